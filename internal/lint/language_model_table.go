package lint

// lmFeature is a feature of the model: the hash of its name
// (langmodel.Hash) and its weight.
type lmFeature struct {
	hash   uint64
	weight float64
}

// lmTable finds the weight of a feature by its hash: open addressing
// with linear probing over a power of two of slots, a zero key empty. A
// hash's first slot is read from its high bits, mixed (slot): the low
// bits of the polynomial hash (langmodel.HashAdd) mix little.
type lmTable struct {
	keys    []uint64
	weights []float64
	mask    uint64
	shift   uint
}

// lmSlotMix mixes a hash into its first slot.
const lmSlotMix = 0xbf58476d1ce4e5b9

// slot returns the first slot of hash h.
func (t *lmTable) slot(h uint64) uint64 { return (h * lmSlotMix) >> t.shift }

// newLMTable holds the weights of the features with the given hashes,
// none of them zero or alike (TestLanguageModelGoAgrees).
func newLMTable(fs []lmFeature) lmTable {
	n, bits := 1, uint(0)
	for n < 2*len(fs) {
		n <<= 1
		bits++
	}
	t := lmTable{keys: make([]uint64, n), weights: make([]float64, n), mask: uint64(n - 1), shift: 64 - bits}
	for _, f := range fs {
		h := f.hash
		j := t.slot(h) & t.mask
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
	for j := t.slot(h) & t.mask; ; j = (j + 1) & t.mask {
		switch t.keys[j] {
		case h:
			return t.weights[j]
		case 0:
			return 0
		}
	}
}
