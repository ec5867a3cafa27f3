package webhook

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strings"

	"github.com/google/go-github/v62/github"
)

// signature returns the digest of the delivery's X-Hub-Signature-256, or
// a short reason for the client when there is none fit to check: a body
// is read only for a well-formed signature. Unsigned and SHA-1-only
// deliveries are refused: go-github's ValidatePayload would fall back to
// X-Hub-Signature (SHA-1).
func signature(h http.Header) ([]byte, string) {
	sig := h.Get(github.SHA256SignatureHeader)
	if sig == "" {
		if h.Get(github.SHA1SignatureHeader) != "" {
			return nil, "SHA-1 signatures are refused: X-Hub-Signature-256 required"
		}
		return nil, "missing X-Hub-Signature-256"
	}
	digest, ok := strings.CutPrefix(sig, "sha256=")
	if !ok {
		return nil, "X-Hub-Signature-256 must start with sha256="
	}
	got, err := hex.DecodeString(digest)
	if err != nil || len(got) != sha256.Size {
		return nil, "malformed X-Hub-Signature-256"
	}
	return got, ""
}
