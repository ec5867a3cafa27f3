// Package jobstest gives tests a job database: a SQLite file of their own,
// and a PostgreSQL schema of their own where a server is reachable.
package jobstest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/postmortem-bot/postmortem-bot/internal/jobs"
)

// Environment variables: a PostgreSQL URL that replaces the default, and
// CI's marker, under which a test that cannot reach PostgreSQL fails.
const (
	URLEnv = "TEST_DATABASE_URL"
	ciEnv  = "CI"
)

// DefaultPostgresURL is the server the project's machines run; the
// environment's TEST_DATABASE_URL overrides it.
const DefaultPostgresURL = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"

// SQLite is a configuration with a new state file in t's temporary folder.
func SQLite(t testing.TB) jobs.Config {
	return jobs.Config{StatePath: filepath.Join(t.TempDir(), "state.db"), TestOnly: true, Poll: 50 * time.Millisecond}
}

// Postgres is a configuration with a new schema, dropped when t ends. It
// skips t when no server answers, except under CI, where that fails t.
func Postgres(t testing.TB) jobs.Config {
	t.Helper()
	url := PostgresURL()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		if os.Getenv(ciEnv) == "true" {
			t.Fatalf("PostgreSQL is required under CI: %v", err)
		}
		t.Skipf("no PostgreSQL at %s (scripts/test-postgres starts one): %v", url, err)
	}
	defer conn.Close(ctx)
	schema := "test_" + randomHex()
	t.Cleanup(func() { dropSchema(url, schema) })
	return jobs.Config{DatabaseURL: url, Schema: schema, TestOnly: true, Poll: 50 * time.Millisecond}
}

// SearchPath is cfg's database URL with cfg's schema as its search path,
// as a deployment that names no schema but sets one in its URL has it.
func SearchPath(t testing.TB, cfg jobs.Config) string {
	t.Helper()
	u, err := url.Parse(cfg.DatabaseURL)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", cfg.Schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// PostgresURL is TEST_DATABASE_URL, or the default server.
func PostgresURL() string {
	if u := os.Getenv(URLEnv); u != "" {
		return u
	}
	return DefaultPostgresURL
}

// Each runs f as a subtest on SQLite, then on PostgreSQL.
func Each(t *testing.T, f func(t *testing.T, cfg jobs.Config)) {
	t.Run("sqlite", func(t *testing.T) { f(t, SQLite(t)) })
	t.Run("postgres", func(t *testing.T) { f(t, Postgres(t)) })
}

// dropSchema removes a test's schema and everything in it.
func dropSchema(url, schema string) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		return
	}
	defer conn.Close(ctx)
	conn.Exec(ctx, "DROP SCHEMA IF EXISTS "+pgx.Identifier{schema}.Sanitize()+" CASCADE")
}

// randomHex is 8 random bytes in hex.
func randomHex() string {
	b := make([]byte, 8)
	rand.Read(b)
	return hex.EncodeToString(b)
}
