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
	// lockScope is the schema the jobs live in, Schema or the search
	// path's first: the repository locks of one scope exclude each other.
	lockScope string
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
	if s.lockScope, err = lockScope(ctx, pool, cfg.Schema); err != nil {
		pool.Close()
		return nil, fmt.Errorf("reading the PostgreSQL schema: %w", redactErr(err, cfg.DatabaseURL))
	}
	client, err := river.NewClient(driver, rc)
	if err != nil {
		pool.Close()
		return nil, fmt.Errorf("jobs: %w", err)
	}
	s.client = client
	return &Queue{engine: client, db: s}, nil
}

// lockScope is schema, or when that is "" the schema the connection's
// search path puts new tables in.
func lockScope(ctx context.Context, pool *pgxpool.Pool, schema string) (string, error) {
	if schema != "" {
		return schema, nil
	}
	err := pool.QueryRow(ctx, "SELECT coalesce(current_schema(), '')").Scan(&schema)
	return schema, err
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
			" (delivery_id text PRIMARY KEY, args bytea NOT NULL, payload bytea, queued boolean NOT NULL DEFAULT false, created_at timestamptz NOT NULL DEFAULT now())",
		"CREATE INDEX IF NOT EXISTS " + payloadTable + "_waiting ON " + payloads + " (created_at) WHERE NOT queued",
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
func (s *pgStore) insertDeliveries(ctx context.Context, ds []pendingDelivery) ([]bool, error) {
	ids, args, payloads := make([]string, len(ds)), make([][]byte, len(ds)), make([][]byte, len(ds))
	for i, d := range ds {
		ids[i], args[i], payloads[i] = d.args.DeliveryID, d.encodedArgs, d.payload
	}
	rows, err := s.pool.Query(ctx, "INSERT INTO "+qualified(s.schema, payloadTable)+
		" (delivery_id, args, payload) SELECT * FROM unnest($1::text[], $2::bytea[], $3::bytea[]) ON CONFLICT (delivery_id) DO NOTHING RETURNING delivery_id",
		ids, args, payloads)
	if err != nil {
		return nil, err
	}
	added, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, err
	}
	isNew := map[string]bool{}
	for _, id := range added {
		isNew[id] = true
	}
	dup := make([]bool, len(ds))
	for i, id := range ids {
		dup[i] = !isNew[id]
		isNew[id] = false // the same id twice in one batch: the second is a duplicate
	}
	return dup, nil
}

// queueStored implements store: rows another replica is queueing are
// skipped.
func (s *pgStore) queueStored(ctx context.Context, limit int) (int, error) {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	table := qualified(s.schema, payloadTable)
	rows, err := tx.Query(ctx, "SELECT delivery_id, args FROM "+table+" WHERE NOT queued ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED", limit)
	if err != nil {
		return 0, err
	}
	ids, params, err := scanStored(pgRows{rows})
	if err != nil || len(ids) == 0 {
		return 0, err
	}
	if _, err := s.client.InsertManyTx(ctx, tx, params); err != nil {
		return 0, err
	}
	if _, err := tx.Exec(ctx, "UPDATE "+table+" SET queued = true WHERE delivery_id = ANY($1)", ids); err != nil {
		return 0, err
	}
	return len(ids), tx.Commit(ctx)
}

// payload implements store.
func (s *pgStore) payload(ctx context.Context, id string) ([]byte, error) {
	var p []byte
	err := s.pool.QueryRow(ctx, "SELECT payload FROM "+qualified(s.schema, payloadTable)+" WHERE delivery_id = $1", id).Scan(&p)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil
	}
	if err == nil && p == nil {
		return nil, errHandled
	}
	return p, err
}

// forgetPayload implements store.
func (s *pgStore) forgetPayload(ctx context.Context, id string) error {
	_, err := s.pool.Exec(ctx, "UPDATE "+qualified(s.schema, payloadTable)+" SET payload = NULL WHERE delivery_id = $1", id)
	return err
}

// dropDelivery implements store.
func (s *pgStore) dropDelivery(ctx context.Context, id string) error {
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
func (s *pgStore) locker() Locker                 { return &pgLocks{pool: s.pool, scope: s.lockScope} }
func (s *pgStore) close() error                   { s.pool.Close(); return nil }

// discardLogger drops River's migration chatter.
func discardLogger() *slog.Logger { return slog.New(slog.DiscardHandler) }

// countWaiting implements store.
func (s *pgStore) countWaiting(ctx context.Context) (map[string]int, error) {
	rows, err := s.pool.Query(ctx, fmt.Sprintf(countWaitingSQL, qualified(s.schema, "river_job"), qualified(s.schema, payloadTable), "NOT queued"))
	if err != nil {
		return nil, err
	}
	counts := map[string]int{}
	var kind string
	var n int
	_, err = pgx.ForEachRow(rows, []any{&kind, &n}, func() error { counts[kind] += n; return nil })
	return counts, err
}

// deliveriesWaiting implements store.
func (s *pgStore) deliveriesWaiting(ctx context.Context, limit int) (int, error) {
	var n int
	err := s.pool.QueryRow(ctx, fmt.Sprintf(deliveriesWaitingSQL, qualified(s.schema, "river_job"), "$1"), limit).Scan(&n)
	return n, err
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

// pgRows lets scanStored read pgx rows as database/sql rows.
type pgRows struct{ pgx.Rows }

func (r pgRows) Close() error { r.Rows.Close(); return nil }
