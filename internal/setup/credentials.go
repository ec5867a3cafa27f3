package setup

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"time"
)

// Credentials are what GitHub hands over when the app-manifest flow
// completes: everything serve needs to act as the app. They are kept in a
// file only the owner can read, and never logged: LogValue, String and
// GoString leave the secrets out.
type Credentials struct {
	AppID         int64     `json:"app_id"`
	Slug          string    `json:"slug,omitempty"`
	Name          string    `json:"name,omitempty"`
	Owner         string    `json:"owner,omitempty"`
	HTMLURL       string    `json:"html_url,omitempty"`
	APIURL        string    `json:"api_url,omitempty"`
	ClientID      string    `json:"client_id,omitempty"`
	ClientSecret  string    `json:"client_secret,omitempty"`
	WebhookSecret string    `json:"webhook_secret,omitempty"`
	PrivateKey    string    `json:"private_key,omitempty"`
	CreatedAt     time.Time `json:"created_at,omitzero"`
}

// String names the app without its secrets.
func (c Credentials) String() string {
	return "GitHub App " + cmp.Or(c.Slug, "(no slug)") + " (id " + strconv.FormatInt(c.AppID, 10) + ")"
}

// GoString is String, so that %#v prints no secret either.
func (c Credentials) GoString() string { return c.String() }

// LogValue logs the app's identity, never its secrets.
func (c Credentials) LogValue() slog.Value {
	return slog.GroupValue(
		slog.Int64("app_id", c.AppID), slog.String("slug", c.Slug),
		slog.String("owner", c.Owner), slog.String("html_url", c.HTMLURL),
	)
}

// InstallURL is the page where the app's owner installs it.
func (c Credentials) InstallURL() string { return c.HTMLURL + "/installations/new" }

// LoadCredentials reads a credentials file. A file that does not exist is
// an error satisfying errors.Is(err, fs.ErrNotExist). On Unix, a file its
// group or others may read or write is an error too, which says how to
// fix it.
func LoadCredentials(path string) (Credentials, error) {
	var c Credentials
	f, err := os.Open(path)
	if err != nil {
		return c, fmt.Errorf("reading credentials: %w", err)
	}
	defer f.Close()
	data, err := readPrivate(f, path)
	if err != nil {
		return c, err
	}
	if err := json.Unmarshal(data, &c); err != nil {
		return c, fmt.Errorf("reading credentials %s: %w", path, err)
	}
	return c, nil
}

// readPrivate reads f, the credentials file at path, once it has checked
// that the file is its owner's alone.
func readPrivate(f *os.File, path string) ([]byte, error) {
	info, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("reading credentials: %w", err)
	}
	if perm := info.Mode().Perm(); runtime.GOOS != "windows" && perm&0o077 != 0 {
		return nil, fmt.Errorf("credentials file %s may be read or written by others than its owner (mode %04o), "+
			"and it holds the app's private key: run chmod 600 %s", path, perm, path)
	}
	return io.ReadAll(f)
}

// CheckDir reports, on Unix, that the directory of the credentials file at
// path is one its group or others may write to: they could replace the
// file with an app of their own. serve warns of it and goes on.
func CheckDir(path string) error {
	dir := filepath.Dir(path)
	info, err := os.Stat(dir)
	if err != nil || runtime.GOOS == "windows" || info.Mode().Perm()&0o022 == 0 {
		return nil
	}
	return fmt.Errorf("the directory of the credentials file, %s, may be written by others than its owner (mode %04o): "+
		"they could replace the file; run chmod 700 %s", dir, info.Mode().Perm(), dir)
}

// SaveCredentials writes c to path atomically: to a temporary file in the
// same directory, readable by the owner only (0600), flushed, then renamed
// over path. A missing directory is created, readable by the owner only
// (0700).
func SaveCredentials(path string, c Credentials) error {
	data, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return err
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("saving credentials: %w", err)
	}
	f, err := os.CreateTemp(dir, ".credentials-*.tmp")
	if err != nil {
		return fmt.Errorf("saving credentials: %w", err)
	}
	defer os.Remove(f.Name()) // a no-op once renamed
	if err := writeSynced(f, append(data, '\n')); err != nil {
		return fmt.Errorf("saving credentials: %w", err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("saving credentials: %w", err)
	}
	syncDir(dir)
	return nil
}

// writeSynced makes f owner-only, writes data, flushes it to disk and
// closes f.
func writeSynced(f *os.File, data []byte) error {
	err := f.Chmod(0o600)
	if err == nil {
		_, err = f.Write(data)
	}
	if err == nil {
		err = f.Sync()
	}
	return errors.Join(err, f.Close())
}

// syncDir flushes a directory's entries (the rename) to disk where the
// system allows it; the rename is done either way.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}

// CheckWritable reports whether credentials can be saved at path, before
// GitHub creates an app whose one-time code would otherwise be wasted.
// It creates the directory (0700) if needed.
func CheckWritable(path string) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("credentials cannot be saved at %s: %w", path, err)
	}
	f, err := os.CreateTemp(dir, ".credentials-*.tmp")
	if err != nil {
		return fmt.Errorf("credentials cannot be saved at %s: %w", path, err)
	}
	f.Close()
	return os.Remove(f.Name())
}
