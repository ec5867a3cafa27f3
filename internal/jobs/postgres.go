package jobs

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivermigrate"
	"github.com/riverqueue/river/rivertype"
)

// IsPostgres reports whether url names a PostgreSQL database.
func IsPostgres(url string) bool {
	return strings.HasPrefix(url, "postgres://") || strings.HasPrefix(url, "postgresql://")
}

// pgStore is a PostgreSQL database shared by any number of replicas.
type pgStore struct {
	pool   *pgxpool.Pool
	client *river.Client[pgx.Tx]
	schema string
}

// openPostgres connects, migrates and builds the client.
func openPostgres(ctx context.Context, cfg Config, rc *river.Config) (*Queue, error) {
	pool, err := pgxpool.New(ctx, cfg.DatabaseURL)
	if err != nil {
		return nil, fmt.Errorf("connecting to PostgreSQL: %w", redactErr(err, cfg.DatabaseURL))
	}
	s := &pgStore{pool: pool, schema: cfg.Schema}
	driver := riverpgxv5.New(pool)
	if cfg.Inspect {
		err = pool.Ping(ctx)
	} else {
		err = migratePostgres(ctx, pool, driver, cfg.Schema)
	}
	if err != nil {
		pool.Close()
		return nil, fmt.Errorf("migrating the PostgreSQL database: %w", redactErr(err, cfg.DatabaseURL))
	}
	client, err := river.NewClient(driver, rc)
	if err != nil {
		pool.Close()
		return nil, fmt.Errorf("jobs: %w", err)
	}
	s.client = client
	return &Queue{engine: client, db: s}, nil
}

// redactErr keeps a password in url out of err's text.
func redactErr(err error, url string) error {
	cfg, perr := pgx.ParseConfig(url)
	if perr != nil || cfg.Password == "" || !strings.Contains(err.Error(), cfg.Password) {
		return err
	}
	return fmt.Errorf("%s", strings.ReplaceAll(err.Error(), cfg.Password, "xxxxx"))
}

// migrateKey is the advisory lock that makes replicas starting at once
// migrate one after the other.
var migrateKey = lockKey("migrate")

// migratePostgres applies River's migrations while holding an advisory
// lock on a connection of its own: a replica that starts at the same time
// waits, then finds nothing left to do. Each version commits on its own
// (a version that adds an enum value cannot share a transaction with the
// next, which uses it); a replica that dies mid-way frees the lock with
// its connection.
func migratePostgres(ctx context.Context, pool *pgxpool.Pool, driver *riverpgxv5.Driver, schema string) error {
	m, err := rivermigrate.New(driver, &rivermigrate.Config{Schema: schema, Logger: discardLogger()})
	if err != nil {
		return err
	}
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return err
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, "SELECT pg_advisory_lock($1)", migrateKey); err != nil {
		return err
	}
	defer conn.Exec(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", migrateKey)
	if schema != "" {
		if _, err := conn.Exec(ctx, "CREATE SCHEMA IF NOT EXISTS "+pgx.Identifier{schema}.Sanitize()); err != nil {
			return err
		}
	}
	if _, err = m.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		return err
	}
	payloads, track := qualified(schema, payloadTable), qualified(schema, trackTable)
	for _, stmt := range []string{
		"CREATE TABLE IF NOT EXISTS " + payloads +
			" (delivery_id text PRIMARY KEY, payload bytea NOT NULL, created_at timestamptz NOT NULL DEFAULT now())",
		"CREATE TABLE IF NOT EXISTS " + track + " (id bigserial PRIMARY KEY, doc text NOT NULL, change bytea NOT NULL)",
		"CREATE INDEX IF NOT EXISTS " + trackTable + "_doc ON " + track + " (doc, id)",
	} {
		if _, err := conn.Exec(ctx, stmt); err != nil {
			return err
		}
	}
	return nil
}

// prunePayloads implements store.
func (s *pgStore) prunePayloads(ctx context.Context, before time.Time) error {
	_, err := s.pool.Exec(ctx, "DELETE FROM "+qualified(s.schema, payloadTable)+" WHERE created_at < $1", before)
	return err
}

// qualified is table in schema, quoted; in the search path when schema
// is "".
func qualified(schema, table string) string {
	if schema == "" {
		return pgx.Identifier{table}.Sanitize()
	}
	return pgx.Identifier{schema, table}.Sanitize()
}

// insertDeliveries implements store.
func (s *pgStore) insertDeliveries(ctx context.Context, ds []pendingDelivery) ([]*rivertype.JobInsertResult, error) {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	ids, payloads := make([]string, len(ds)), make([][]byte, len(ds))
	for i, d := range ds {
		ids[i], payloads[i] = d.args.DeliveryID, d.payload
	}
	if _, err := tx.Exec(ctx, "INSERT INTO "+qualified(s.schema, payloadTable)+
		" (delivery_id, payload) SELECT * FROM unnest($1::text[], $2::bytea[]) ON CONFLICT (delivery_id) DO NOTHING", ids, payloads); err != nil {
		return nil, err
	}
	res, err := s.client.InsertManyTx(ctx, tx, insertParams(ds))
	if err != nil {
		return nil, err
	}
	return res, tx.Commit(ctx)
}

// payload implements store.
func (s *pgStore) payload(ctx context.Context, id string) ([]byte, error) {
	var p []byte
	err := s.pool.QueryRow(ctx, "SELECT payload FROM "+qualified(s.schema, payloadTable)+" WHERE delivery_id = $1", id).Scan(&p)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil
	}
	return p, err
}

// deletePayload implements store.
func (s *pgStore) deletePayload(ctx context.Context, id string) error {
	_, err := s.pool.Exec(ctx, "DELETE FROM "+qualified(s.schema, payloadTable)+" WHERE delivery_id = $1", id)
	return err
}

// lockKey is the 64-bit advisory lock key of name, in a space of the
// app's own.
func lockKey(name string) int64 {
	h := fnv.New64a()
	h.Write([]byte("postmortem-bot:" + name))
	return int64(h.Sum64())
}

func (s *pgStore) ping(ctx context.Context) error { return s.pool.Ping(ctx) }
func (s *pgStore) locker() Locker                 { return &pgLocks{pool: s.pool} }
func (s *pgStore) close() error                   { s.pool.Close(); return nil }

// discardLogger drops River's migration chatter.
func discardLogger() *slog.Logger { return slog.New(slog.DiscardHandler) }

// countWaiting implements store.
func (s *pgStore) countWaiting(ctx context.Context) (map[string]int, error) {
	rows, err := s.pool.Query(ctx, fmt.Sprintf(countWaitingSQL, qualified(s.schema, "river_job")))
	if err != nil {
		return nil, err
	}
	counts := map[string]int{}
	var kind string
	var n int
	_, err = pgx.ForEachRow(rows, []any{&kind, &n}, func() error { counts[kind] = n; return nil })
	return counts, err
}

// recordChange implements store.
func (s *pgStore) recordChange(ctx context.Context, doc string, change []byte, job river.InsertManyParams) error {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	if _, err := tx.Exec(ctx, "INSERT INTO "+qualified(s.schema, trackTable)+" (doc, change) VALUES ($1, $2)", doc, change); err != nil {
		return err
	}
	if _, err := s.client.InsertManyTx(ctx, tx, []river.InsertManyParams{job}); err != nil {
		return err
	}
	return tx.Commit(ctx)
}

// changes implements store.
func (s *pgStore) changes(ctx context.Context, doc string) (int64, [][]byte, error) {
	rows, err := s.pool.Query(ctx, "SELECT id, change FROM "+qualified(s.schema, trackTable)+" WHERE doc = $1 ORDER BY id", doc)
	if err != nil {
		return 0, nil, err
	}
	var upTo int64
	var c []byte
	var out [][]byte
	_, err = pgx.ForEachRow(rows, []any{&upTo, &c}, func() error { out = append(out, bytes.Clone(c)); return nil })
	return upTo, out, err
}

// deleteChanges implements store.
func (s *pgStore) deleteChanges(ctx context.Context, doc string, upTo int64) error {
	_, err := s.pool.Exec(ctx, "DELETE FROM "+qualified(s.schema, trackTable)+" WHERE doc = $1 AND id <= $2", doc, upTo)
	return err
}
