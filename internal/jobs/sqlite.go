package jobs

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivermigrate"
	_ "modernc.org/sqlite" // the pure-Go SQLite driver, "sqlite"
)

// sqliteParams make every transaction take the write lock when it
// begins (two writers wait for each other instead of failing), wait for
// a busy file rather than fail, and keep a write-ahead log synced at
// every commit (synchronous FULL): a delivery acknowledged survives a
// crash of the process and also of the machine (power loss, kernel
// panic), since GitHub never redelivers a delivery that got its 202.
// NORMAL would sync only at checkpoints, losing the last commits to a
// machine's crash; the deliveries that arrive together share a commit
// (see batcher), so FULL costs one fsync per batch, not per delivery.
const sqliteParams = "?_txlock=immediate&_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)&_pragma=foreign_keys(ON)"

// sqliteStore is the embedded database: one file, one connection, one
// process at a time.
type sqliteStore struct {
	db      *sql.DB
	client  *river.Client[*sql.Tx]
	locks   *localLocks
	release func() // the file lock
}

// fileLockWait bounds how long Open waits for another process to let go
// of the state file: a deploy's old process drains first.
const fileLockWait = time.Minute

// openSQLite opens (or makes) the SQLite file, migrates it and builds
// the client.
func openSQLite(ctx context.Context, cfg Config, rc *river.Config) (*Queue, error) {
	if cfg.StatePath == "" {
		return nil, fmt.Errorf("jobs: no database: set DATABASE_URL or the state file's path")
	}
	if cfg.Inspect {
		return inspectSQLite(ctx, cfg, rc)
	}
	if err := os.MkdirAll(filepath.Dir(cfg.StatePath), 0o700); err != nil {
		return nil, fmt.Errorf("making the state folder: %w", err)
	}
	lctx, cancel := context.WithTimeout(ctx, fileLockWait)
	defer cancel()
	release, err := lockFile(lctx, cfg.StatePath+".lock")
	if err != nil {
		return nil, fmt.Errorf("locking %s: %w", cfg.StatePath, err)
	}
	s := &sqliteStore{locks: newLocalLocks(), release: release}
	q, err := s.open(ctx, cfg, rc)
	if err != nil {
		s.close()
		return nil, err
	}
	return q, nil
}

// inspectSQLite opens an existing state file beside the process that
// owns it, for an operator's look: SQLite lets the two share it.
func inspectSQLite(ctx context.Context, cfg Config, rc *river.Config) (*Queue, error) {
	if _, err := os.Stat(cfg.StatePath); err != nil {
		return nil, fmt.Errorf("no job database: %w", err)
	}
	db, err := sql.Open("sqlite", cfg.StatePath+sqliteParams)
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", cfg.StatePath, err)
	}
	s := &sqliteStore{db: db, locks: newLocalLocks(), release: func() {}}
	client, err := river.NewClient(riversqlite.New(db), rc)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("jobs: %w", err)
	}
	s.client = client
	return &Queue{engine: client, db: s}, nil
}

// open opens the file, migrates it, builds the client on it and returns
// to the queue the jobs a process that ended mid-way left running.
func (s *sqliteStore) open(ctx context.Context, cfg Config, rc *river.Config) (*Queue, error) {
	db, err := sql.Open("sqlite", cfg.StatePath+sqliteParams)
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", cfg.StatePath, err)
	}
	s.db = db
	// SQLite writes one at a time; River's own advice is one connection.
	db.SetMaxOpenConns(1)
	if err := db.PingContext(ctx); err != nil {
		return nil, fmt.Errorf("opening %s: %w", cfg.StatePath, err)
	}
	driver := riversqlite.New(db)
	if err := migrateSQLite(ctx, db, driver); err != nil {
		return nil, fmt.Errorf("migrating %s: %w", cfg.StatePath, err)
	}
	client, err := river.NewClient(driver, rc)
	if err != nil {
		return nil, fmt.Errorf("jobs: %w", err)
	}
	if err := rescueOrphans(ctx, client, driver); err != nil {
		return nil, fmt.Errorf("requeueing the jobs left running in %s: %w", cfg.StatePath, err)
	}
	s.client = client
	return &Queue{engine: client, db: s}, nil
}

// migrateSQLite applies River's migrations in one transaction.
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
	//lint:ignore SA1019 all or nothing; SQLite's migrations have no enum value that a later version uses in the same transaction, PostgreSQL's reason for the deprecation
	if _, err := m.MigrateTx(ctx, tx, rivermigrate.DirectionUp, nil); err != nil {
		return err
	}
	for _, stmt := range sqliteSchema {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// sqliteSchema makes the app's own tables.
var sqliteSchema = []string{
	"CREATE TABLE IF NOT EXISTS " + payloadTable +
		" (delivery_id TEXT PRIMARY KEY, args BLOB NOT NULL, payload BLOB, queued INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL)",
	"CREATE INDEX IF NOT EXISTS " + payloadTable + "_waiting ON " + payloadTable + " (created_at) WHERE queued = 0",
	"CREATE TABLE IF NOT EXISTS " + trackTable + " (id INTEGER PRIMARY KEY AUTOINCREMENT, doc TEXT NOT NULL, change BLOB NOT NULL)",
	"CREATE INDEX IF NOT EXISTS " + trackTable + "_doc ON " + trackTable + " (doc, id)",
}

// insertDeliveries implements store.
func (s *sqliteStore) insertDeliveries(ctx context.Context, ds []pendingDelivery) ([]bool, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, "INSERT INTO "+payloadTable+" (delivery_id, args, payload, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (delivery_id) DO NOTHING")
	if err != nil {
		return nil, err
	}
	defer stmt.Close()
	now, dup := time.Now().Unix(), make([]bool, len(ds))
	for i, d := range ds {
		res, err := stmt.ExecContext(ctx, d.args.DeliveryID, d.encodedArgs, d.payload, now)
		if err != nil {
			return nil, err
		}
		n, err := res.RowsAffected()
		if err != nil {
			return nil, err
		}
		dup[i] = n == 0
	}
	return dup, tx.Commit()
}

// queueStored implements store.
func (s *sqliteStore) queueStored(ctx context.Context, limit int) (int, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, "SELECT delivery_id, args FROM "+payloadTable+" WHERE queued = 0 ORDER BY created_at LIMIT ?", limit)
	if err != nil {
		return 0, err
	}
	ids, params, err := scanStored(rows)
	if err != nil || len(ids) == 0 {
		return 0, err
	}
	if _, err := s.client.InsertManyTx(ctx, tx, params); err != nil {
		return 0, err
	}
	stmt, err := tx.PrepareContext(ctx, "UPDATE "+payloadTable+" SET queued = 1 WHERE delivery_id = ?")
	if err != nil {
		return 0, err
	}
	defer stmt.Close()
	for _, id := range ids {
		if _, err := stmt.ExecContext(ctx, id); err != nil {
			return 0, err
		}
	}
	return len(ids), tx.Commit()
}

// payload implements store.
func (s *sqliteStore) payload(ctx context.Context, id string) ([]byte, error) {
	var p []byte
	err := s.db.QueryRowContext(ctx, "SELECT payload FROM "+payloadTable+" WHERE delivery_id = ?", id).Scan(&p)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err == nil && p == nil {
		return nil, errHandled
	}
	return p, err
}

// forgetPayload implements store.
func (s *sqliteStore) forgetPayload(ctx context.Context, id string) error {
	_, err := s.db.ExecContext(ctx, "UPDATE "+payloadTable+" SET payload = NULL WHERE delivery_id = ?", id)
	return err
}

// dropDelivery implements store.
func (s *sqliteStore) dropDelivery(ctx context.Context, id string) error {
	_, err := s.db.ExecContext(ctx, "DELETE FROM "+payloadTable+" WHERE delivery_id = ?", id)
	return err
}

func (s *sqliteStore) ping(ctx context.Context) error { return s.db.PingContext(ctx) }
func (s *sqliteStore) locker() Locker                 { return s.locks }

// close closes the file and lets it go to another process.
func (s *sqliteStore) close() error {
	var err error
	if s.db != nil {
		err = s.db.Close()
	}
	s.release()
	return err
}

// countWaiting implements store.
func (s *sqliteStore) countWaiting(ctx context.Context) (map[string]int, error) {
	rows, err := s.db.QueryContext(ctx, fmt.Sprintf(countWaitingSQL, "river_job", payloadTable, "queued = 0"))
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
		counts[kind] += n
	}
	return counts, rows.Err()
}

// deliveriesWaiting implements store.
func (s *sqliteStore) deliveriesWaiting(ctx context.Context, limit int) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, fmt.Sprintf(deliveriesWaitingSQL, "river_job", "?"), limit).Scan(&n)
	return n, err
}

// recordChange implements store.
func (s *sqliteStore) recordChange(ctx context.Context, doc string, change []byte, job river.InsertManyParams) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, "INSERT INTO "+trackTable+" (doc, change) VALUES (?, ?)", doc, change); err != nil {
		return err
	}
	if _, err := s.client.InsertManyTx(ctx, tx, []river.InsertManyParams{job}); err != nil {
		return err
	}
	return tx.Commit()
}

// changes implements store.
func (s *sqliteStore) changes(ctx context.Context, doc string) (int64, [][]byte, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT id, change FROM "+trackTable+" WHERE doc = ? ORDER BY id", doc)
	if err != nil {
		return 0, nil, err
	}
	defer rows.Close()
	var upTo int64
	var out [][]byte
	for rows.Next() {
		var c []byte
		if err := rows.Scan(&upTo, &c); err != nil {
			return 0, nil, err
		}
		out = append(out, c)
	}
	return upTo, out, rows.Err()
}

// deleteChanges implements store.
func (s *sqliteStore) deleteChanges(ctx context.Context, doc string, upTo int64) error {
	_, err := s.db.ExecContext(ctx, "DELETE FROM "+trackTable+" WHERE doc = ? AND id <= ?", doc, upTo)
	return err
}

// prunePayloads implements store.
func (s *sqliteStore) prunePayloads(ctx context.Context, before time.Time) error {
	_, err := s.db.ExecContext(ctx, "DELETE FROM "+payloadTable+" WHERE created_at < ?", before.Unix())
	return err
}
