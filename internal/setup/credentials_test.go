package setup

import (
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// testCredentials has a secret in every secret field.
var testCredentials = Credentials{
	AppID: 42, Slug: "pmb-octo", Name: "pmb octo", Owner: "octo-org", HTMLURL: "https://github.com/apps/pmb-octo",
	APIURL: "https://api.github.com/", ClientID: "Iv1.0123", ClientSecret: "client-secret-9f3a",
	WebhookSecret: "webhook-secret-77c1", PrivateKey: "-----BEGIN RSA PRIVATE KEY-----\nkey-body-5e2d\n-----END RSA PRIVATE KEY-----\n",
	CreatedAt: time.Date(2026, 11, 5, 9, 0, 0, 0, time.UTC),
}

// secrets are the secret values of testCredentials.
var secrets = []string{"client-secret-9f3a", "webhook-secret-77c1", "key-body-5e2d"}

func TestSaveAndLoadCredentials(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state", "credentials.json")
	if err := SaveCredentials(path, Credentials{AppID: 1}); err != nil {
		t.Fatal(err)
	}
	if err := SaveCredentials(path, testCredentials); err != nil { // replaces
		t.Fatal(err)
	}
	got, err := LoadCredentials(path)
	if err != nil || got != testCredentials {
		t.Fatalf("load: got %+v, %v", got, err)
	}
	for p, want := range map[string]os.FileMode{path: 0o600, filepath.Dir(path): 0o700 | os.ModeDir} {
		if info, err := os.Stat(p); err != nil || info.Mode() != want {
			t.Errorf("%s: got mode %v, %v; want %v", p, info.Mode(), err, want)
		}
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("directory holds %d files, want the credentials alone", len(entries))
	}
}

func TestLoadCredentialsErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := LoadCredentials(filepath.Join(dir, "none.json")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: got %v, want fs.ErrNotExist", err)
	}
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"app_id":"x","webhook_secret":"hunter2"}`), 0o600)
	if _, err := LoadCredentials(bad); err == nil || strings.Contains(err.Error(), "hunter2") {
		t.Errorf("bad file: got %v, want an error without the file's contents", err)
	}
}

func TestCheckWritable(t *testing.T) {
	dir := t.TempDir()
	if err := CheckWritable(filepath.Join(dir, "new", "credentials.json")); err != nil {
		t.Errorf("new directory: %v", err)
	}
	if entries, _ := os.ReadDir(filepath.Join(dir, "new")); len(entries) != 0 {
		t.Errorf("left %d files behind", len(entries))
	}
	file := filepath.Join(dir, "file")
	os.WriteFile(file, nil, 0o600)
	if err := CheckWritable(filepath.Join(file, "credentials.json")); err == nil {
		t.Error("under a file: got no error")
	}
}

func TestCredentialsNeverPrintSecrets(t *testing.T) {
	var logs strings.Builder
	slog.New(slog.NewJSONHandler(&logs, nil)).Info("x", "app", testCredentials)
	printed := logs.String() + fmt.Sprint(testCredentials) + fmt.Sprintf("%v %s %+v %#v", testCredentials, testCredentials, testCredentials, testCredentials)
	for _, s := range secrets {
		if strings.Contains(printed, s) {
			t.Errorf("printed %q:\n%s", s, printed)
		}
	}
	if !strings.Contains(logs.String(), `"app_id":42`) {
		t.Errorf("logs lack the app id: %s", logs.String())
	}
}

// A credentials file others may read holds a key they may have copied:
// refused, with the fix. One in a directory others may write to could be
// replaced: a warning.
func TestCredentialsPermissions(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no Unix modes")
	}
	dir := filepath.Join(t.TempDir(), "creds")
	path := filepath.Join(dir, "credentials.json")
	if err := SaveCredentials(path, testCredentials); err != nil {
		t.Fatal(err)
	}
	for _, mode := range []os.FileMode{0o644, 0o640, 0o604, 0o660} {
		os.Chmod(path, mode)
		if _, err := LoadCredentials(path); err == nil || !strings.Contains(err.Error(), "chmod 600 "+path) {
			t.Errorf("mode %v: got %v, want a refusal naming the path and chmod 600", mode, err)
		}
	}
	os.Chmod(path, 0o400)
	if _, err := LoadCredentials(path); err != nil {
		t.Errorf("mode 0400: %v", err)
	}
	if err := CheckDir(path); err != nil {
		t.Errorf("directory 0700: %v", err)
	}
	for _, mode := range []os.FileMode{0o770, 0o757, 0o777} {
		os.Chmod(dir, mode)
		if err := CheckDir(path); err == nil || !strings.Contains(err.Error(), "chmod 700 "+dir) {
			t.Errorf("directory %v: got %v, want a warning", mode, err)
		}
	}
	os.Chmod(dir, 0o755)
	if err := CheckDir(path); err != nil {
		t.Errorf("directory 0755: %v", err)
	}
}
