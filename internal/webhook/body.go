package webhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"errors"
	"hash"
	"io"
	"sync"
)

// Reading bodies with bounded memory. Anyone can send a request, so the
// signature header is checked before a byte of the body is read, the
// body is read in pooled chunks while its HMAC is computed, and the
// chunks of all bodies being read at once come out of one budget: a
// request that would go past it is answered 503 at once. Only a body
// whose signature is right is copied out of the chunks, to be parsed.

// bodyChunk is the unit bodies are read in.
const bodyChunk = 64 << 10

// DefaultBodyBudget bounds the memory of the bodies being read at once.
const DefaultBodyBudget = 48 << 20

// chunk is one pooled piece of a body.
type chunk = [bodyChunk]byte

var chunkPool = sync.Pool{New: func() any { return new(chunk) }}

// Errors of reading a body.
var (
	errTooLarge     = errors.New("body too large")
	errBusy         = errors.New("too many bodies being read at once")
	errBadSignature = errors.New("signature does not match")
)

// budget is the memory left for bodies being read.
type budget struct {
	mu   sync.Mutex
	left int64
}

// take reserves n bytes, or reports that there are not so many left.
func (b *budget) take(n int64) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if n > b.left {
		return false
	}
	b.left -= n
	return true
}

// give returns n bytes.
func (b *budget) give(n int64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.left += n
}

// bodyReader reads one body into pooled chunks, hashing it as it goes.
type bodyReader struct {
	budget   *budget
	reserved int64
	chunks   []*chunk
	n        int64 // bytes read
	mac      hash.Hash
}

// readSigned reads a body of at most max bytes (length is its
// Content-Length, -1 when unknown) and returns it if its HMAC-SHA256
// under secret is want.
func readSigned(r io.Reader, length, max int64, secret, want []byte, b *budget) ([]byte, error) {
	br := &bodyReader{budget: b, mac: hmac.New(sha256.New, secret)}
	defer br.release()
	if length >= 0 && !br.reserve(roundUp(length+1)) { // +1: room to read EOF
		return nil, errBusy
	}
	if err := br.readFrom(io.LimitReader(r, max+1)); err != nil {
		return nil, err
	}
	if br.n > max {
		return nil, errTooLarge
	}
	if !hmac.Equal(br.mac.Sum(nil), want) {
		return nil, errBadSignature
	}
	return br.bytes(), nil
}

// roundUp is n rounded up to whole chunks.
func roundUp(n int64) int64 { return (n + bodyChunk - 1) / bodyChunk * bodyChunk }

// reserve takes n more bytes of the budget.
func (br *bodyReader) reserve(n int64) bool {
	if !br.budget.take(n) {
		return false
	}
	br.reserved += n
	return true
}

// readFrom reads r to its end, a chunk at a time.
func (br *bodyReader) readFrom(r io.Reader) error {
	for {
		off := int(br.n % bodyChunk)
		if off == 0 && int64(len(br.chunks)) == br.n/bodyChunk {
			if err := br.grow(); err != nil {
				return err
			}
		}
		c := br.chunks[len(br.chunks)-1]
		k, err := r.Read(c[off:])
		br.mac.Write(c[off : off+k])
		br.n += int64(k)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// grow adds a chunk, within the budget.
func (br *bodyReader) grow() error {
	if int64(len(br.chunks)+1)*bodyChunk > br.reserved && !br.reserve(bodyChunk) {
		return errBusy
	}
	br.chunks = append(br.chunks, chunkPool.Get().(*chunk))
	return nil
}

// bytes copies the body out of its chunks.
func (br *bodyReader) bytes() []byte {
	out := make([]byte, 0, br.n)
	for _, c := range br.chunks {
		out = append(out, c[:min(br.n-int64(len(out)), bodyChunk)]...)
	}
	return out
}

// release puts the chunks back in the pool and returns the budget.
func (br *bodyReader) release() {
	for _, c := range br.chunks {
		chunkPool.Put(c)
	}
	br.chunks = nil
	br.budget.give(br.reserved)
	br.reserved = 0
}
