package githubtest

import (
	"sync"
	"testing"
)

var (
	appKeyOnce sync.Once
	appKeyPEM  []byte
)

// AppKey is an RSA private key in PEM for the app under test, made once
// per test binary (making one takes a while).
func AppKey(t testing.TB) []byte {
	t.Helper()
	appKeyOnce.Do(func() { appKeyPEM = []byte(newKeyPEM(t)) })
	return appKeyPEM
}
