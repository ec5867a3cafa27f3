package webhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strings"

	"github.com/google/go-github/v62/github"
)

// verify checks the delivery's X-Hub-Signature-256 against body and
// returns "" if it is right, else a short reason for the client. Unsigned
// and SHA-1-only deliveries are refused: go-github's ValidatePayload would
// fall back to X-Hub-Signature (SHA-1).
func verify(h http.Header, body, secret []byte) string {
	sig := h.Get(github.SHA256SignatureHeader)
	if sig == "" {
		if h.Get(github.SHA1SignatureHeader) != "" {
			return "SHA-1 signatures are refused: X-Hub-Signature-256 required"
		}
		return "missing X-Hub-Signature-256"
	}
	digest, ok := strings.CutPrefix(sig, "sha256=")
	if !ok {
		return "X-Hub-Signature-256 must start with sha256="
	}
	got, err := hex.DecodeString(digest)
	if err != nil || len(got) != sha256.Size {
		return "malformed X-Hub-Signature-256"
	}
	if !hmac.Equal(got, sign(secret, body)) {
		return "signature does not match"
	}
	return ""
}

// sign is the HMAC-SHA256 of body under secret.
func sign(secret, body []byte) []byte {
	mac := hmac.New(sha256.New, secret)
	mac.Write(body)
	return mac.Sum(nil)
}
