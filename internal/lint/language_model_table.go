package lint

// lmFeature is a feature of the model: the hash of its name
// (langmodel.Hash) and its weight.
type lmFeature struct {
	hash   uint64
	weight float64
}

// lmTable finds the weight of a feature by its hash: open addressing
// with linear probing over a power of two of slots, a zero key empty.
type lmTable struct {
	keys    []uint64
	weights []float64
	mask    uint64
}

// newLMTable holds the weights of the features with the given hashes,
// none of them zero or alike (TestLanguageModelGoAgrees).
func newLMTable(fs []lmFeature) lmTable {
	n := 1
	for n < 2*len(fs) {
		n <<= 1
	}
	t := lmTable{keys: make([]uint64, n), weights: make([]float64, n), mask: uint64(n - 1)}
	for _, f := range fs {
		h := f.hash
		j := h & t.mask
		for t.keys[j] != 0 {
			j = (j + 1) & t.mask
		}
		t.keys[j], t.weights[j] = h, f.weight
	}
	return t
}

// weight returns the weight of the feature with hash h, zero when the
// model has none.
func (t *lmTable) weight(h uint64) float64 {
	for j := h & t.mask; ; j = (j + 1) & t.mask {
		switch t.keys[j] {
		case h:
			return t.weights[j]
		case 0:
			return 0
		}
	}
}
