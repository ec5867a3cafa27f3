package githubapp

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"encoding/pem"
	"strings"
	"testing"
)

func TestParsePrivateKey(t *testing.T) {
	key, pkcs1 := testKey(t)
	pkcs8DER, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	pkcs8 := pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: pkcs8DER})
	for name, data := range map[string][]byte{"PKCS #1": pkcs1, "PKCS #8": pkcs8} {
		got, err := parsePrivateKey(data)
		if err != nil || !got.Equal(key) {
			t.Errorf("%s: got %v, want the test key", name, err)
		}
	}
}

func TestParsePrivateKeyErrorsNameTheProblem(t *testing.T) {
	key, pkcs1 := testKey(t)
	ec, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	ecDER, _ := x509.MarshalPKCS8PrivateKey(ec)
	pubDER, _ := x509.MarshalPKIXPublicKey(&key.PublicKey)
	block, _ := pem.Decode(pkcs1)
	corrupt := pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: block.Bytes[:len(block.Bytes)/2]})
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"blank", []byte("  \n"), "empty"},
		{"truncated PEM", pkcs1[:len(pkcs1)/2], "not PEM encoded"},
		{"corrupt PKCS #1", corrupt, "not a valid PKCS #1 key"},
		{"EC key", pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: ecDER}), "*ecdsa.PrivateKey"},
		{"public key", pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: pubDER}), "PUBLIC KEY block"},
		{"other block", pem.EncodeToMemory(&pem.Block{Type: "OPENSSH PRIVATE KEY", Bytes: []byte{1, 2}}), `"OPENSSH PRIVATE KEY"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parsePrivateKey(tc.data)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an error mentioning %q", err, tc.want)
			}
			assertNoKeyMaterial(t, err.Error(), pkcs1)
		})
	}
}

// assertNoKeyMaterial fails if text holds any line of the PEM key's body.
func assertNoKeyMaterial(t *testing.T, text string, pemKey []byte) {
	t.Helper()
	for _, line := range strings.Split(string(pemKey), "\n") {
		if len(line) >= 16 && !strings.HasPrefix(line, "-----") && strings.Contains(text, line[:16]) {
			t.Fatalf("key material %q… appears in %q", line[:16], text)
		}
	}
}
