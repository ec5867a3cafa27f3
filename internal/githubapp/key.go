package githubapp

import (
	"bytes"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
)

// parsePrivateKey decodes a GitHub App's PEM key. Its errors say what is
// wrong with the key without quoting any of it.
func parsePrivateKey(data []byte) (*rsa.PrivateKey, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, errors.New("GitHub App private key is empty")
	}
	block, _ := pem.Decode(data)
	if block == nil {
		return nil, notPEMError(data)
	}
	key, err := rsaKeyFromBlock(block)
	if err != nil {
		return nil, err
	}
	if key.Validate() != nil {
		return nil, errors.New("GitHub App private key is not a consistent RSA key")
	}
	return key, nil
}

// notPEMError explains why data holds no PEM block.
func notPEMError(data []byte) error {
	if bytes.Contains(data, []byte("-----BEGIN")) && bytes.Contains(data, []byte(`\n`)) {
		return errors.New(`GitHub App private key is not valid PEM: it contains literal \n sequences where line breaks belong`)
	}
	return errors.New("GitHub App private key is not PEM encoded: expected a block starting with -----BEGIN RSA PRIVATE KEY-----")
}

// rsaKeyFromBlock parses a PKCS #1 or PKCS #8 block holding an RSA key.
func rsaKeyFromBlock(block *pem.Block) (*rsa.PrivateKey, error) {
	switch block.Type {
	case "RSA PRIVATE KEY":
		key, err := x509.ParsePKCS1PrivateKey(block.Bytes)
		if err != nil {
			return nil, errors.New("GitHub App private key: the RSA PRIVATE KEY block is not a valid PKCS #1 key")
		}
		return key, nil
	case "PRIVATE KEY":
		return rsaKeyFromPKCS8(block.Bytes)
	case "PUBLIC KEY", "RSA PUBLIC KEY", "CERTIFICATE":
		return nil, fmt.Errorf("GitHub App private key: found a %s block; use the private key (.pem) downloaded from the app's settings", block.Type)
	default:
		return nil, fmt.Errorf("GitHub App private key: PEM block type %q is not an RSA private key", block.Type)
	}
}

// rsaKeyFromPKCS8 parses a PKCS #8 key and insists that it is RSA.
func rsaKeyFromPKCS8(der []byte) (*rsa.PrivateKey, error) {
	parsed, err := x509.ParsePKCS8PrivateKey(der)
	if err != nil {
		return nil, errors.New("GitHub App private key: the PRIVATE KEY block is not a valid PKCS #8 key")
	}
	key, ok := parsed.(*rsa.PrivateKey)
	if !ok {
		return nil, fmt.Errorf("GitHub App private key is a %T; GitHub Apps use RSA keys", parsed)
	}
	return key, nil
}
