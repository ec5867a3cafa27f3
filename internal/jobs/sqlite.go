package jobs

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivermigrate"
	_ "modernc.org/sqlite" // the pure-Go SQLite driver, "sqlite"
)

// sqliteParams make every transaction take the write lock when it
// begins (two writers wait for each other instead of failing), wait for
// a busy file rather than fail, and keep a write-ahead log, synced at
// checkpoints: a commit survives a crash of the process, as a delivery's
// acknowledgement needs.
const sqliteParams = "?_txlock=immediate&_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(ON)"

// sqliteStore is the embedded database: one file, one connection.
type sqliteStore struct {
	db    *sql.DB
	locks *localLocks
}

// openSQLite opens (or makes) the SQLite file, migrates it and builds
// the client.
func openSQLite(ctx context.Context, cfg Config, rc *river.Config) (*Queue, error) {
	if cfg.StatePath == "" {
		return nil, fmt.Errorf("jobs: no database: set DATABASE_URL or the state file's path")
	}
	if err := os.MkdirAll(filepath.Dir(cfg.StatePath), 0o700); err != nil {
		return nil, fmt.Errorf("making the state folder: %w", err)
	}
	db, err := sql.Open("sqlite", cfg.StatePath+sqliteParams)
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", cfg.StatePath, err)
	}
	// SQLite writes one at a time; River's own advice is one connection.
	db.SetMaxOpenConns(1)
	s := &sqliteStore{db: db, locks: newLocalLocks()}
	if err := connect(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("opening %s: %w", cfg.StatePath, err)
	}
	q, err := s.open(ctx, cfg, rc)
	if err != nil {
		db.Close()
		return nil, err
	}
	return q, nil
}

// open migrates the file and builds the client on it.
func (s *sqliteStore) open(ctx context.Context, cfg Config, rc *river.Config) (*Queue, error) {
	driver := riversqlite.New(s.db)
	if err := migrateSQLite(ctx, s.db, driver); err != nil {
		return nil, fmt.Errorf("migrating %s: %w", cfg.StatePath, err)
	}
	rc.PollOnly = true // no LISTEN in SQLite: River polls
	client, err := river.NewClient(driver, rc)
	if err != nil {
		return nil, fmt.Errorf("jobs: %w", err)
	}
	return &Queue{engine: client, db: s}, nil
}

// connect opens the connection. Turning a new file to write-ahead
// logging needs it alone, and SQLite's busy wait does not cover that
// step: another process opening the same file at the same moment makes
// it fail at once, so it is tried again for a while.
func connect(ctx context.Context, db *sql.DB) error {
	deadline := time.Now().Add(10 * time.Second)
	for {
		err := db.PingContext(ctx)
		if err == nil || !strings.Contains(err.Error(), "SQLITE_BUSY") || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// migrateSQLite applies River's migrations in one transaction, which
// takes the file's write lock first: a second process opening the same
// file waits, then finds nothing left to do.
func migrateSQLite(ctx context.Context, db *sql.DB, driver *riversqlite.Driver) error {
	m, err := rivermigrate.New(driver, &rivermigrate.Config{Logger: discardLogger()})
	if err != nil {
		return err
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback()
	//lint:ignore SA1019 one transaction is what serialises two processes on one file; SQLite's migrations have no enum values that a later version uses in the same transaction, PostgreSQL's reason for the deprecation
	if _, err := m.MigrateTx(ctx, tx, rivermigrate.DirectionUp, nil); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

func (s *sqliteStore) ping(ctx context.Context) error { return s.db.PingContext(ctx) }
func (s *sqliteStore) locker() Locker                 { return s.locks }
func (s *sqliteStore) close() error                   { return s.db.Close() }

// countWaiting implements store.
func (s *sqliteStore) countWaiting(ctx context.Context) (map[string]int, error) {
	rows, err := s.db.QueryContext(ctx, fmt.Sprintf(countWaitingSQL, "river_job"))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	counts := map[string]int{}
	for rows.Next() {
		var kind string
		var n int
		if err := rows.Scan(&kind, &n); err != nil {
			return nil, err
		}
		counts[kind] = n
	}
	return counts, rows.Err()
}
