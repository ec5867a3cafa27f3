package actions

import (
	"bytes"
	"context"
	"crypto/sha1"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/postmortem-bot/postmortem-bot/internal/catalog"
	"github.com/postmortem-bot/postmortem-bot/internal/config"
	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
	"github.com/postmortem-bot/postmortem-bot/internal/repodocs"
)

// maxRecords bounds the index records kept between runs: a few MB.
const maxRecords = 4096

// records are the index records of post-mortems read, by repository,
// path, blob SHA and parser options (recordKey): a blob names its
// content, so a document is read once and never again while it stays
// here. nil stands for a file that is no post-mortem to read.
var records = newLRU[*catalog.Record](maxRecords)

// ownIndexes remembers the blobs known to be index files the tool
// wrote, by repository and blob SHA.
var ownIndexes = newLRU[bool](256)

// addIndex adds the index to w when the configuration names one and the
// index of bt, with w's files, differs from the file there. A file there
// that the tool did not write is left alone.
func (r *mergeRun) addIndex(ctx context.Context, bt *branchTree, w *treeWrite, seeds []*mergeDoc) error {
	if r.cfg.Index == "" || bt.isDir(r.cfg.Index) {
		return nil // a folder of that name is no file to write over
	}
	md, err := r.buildIndex(ctx, bt, w.files, seeds)
	if err != nil {
		return err
	}
	old, exists := bt.files[r.cfg.Index]
	if exists && old.sha == gitBlobSHA(md) {
		return nil
	}
	if exists {
		ours, err := r.ownIndex(ctx, old.sha)
		if err != nil || !ours {
			return err
		}
	}
	w.files[r.cfg.Index], w.index = md, true
	ownIndexes.add(r.blobKey(gitBlobSHA(md)), true)
	return nil
}

// writeIndexAlone commits the index alone, when it changes, after a run
// that wrote no document: a merge of post-mortems none of whose actions
// needed an issue (the index is then the merge's only commit), or a
// reconcile that found the index out of date (a merge whose delivery was
// lost, an index just configured). A branch that refuses it is left as it
// is, and not asked again until it moves: the next write-back brings the
// index with it.
func (r *mergeRun) writeIndexAlone(ctx context.Context, attempts int) error {
	if r.cfg.Index == "" || r.cfg.WriteBack != config.WriteBackCommit || len(r.res.Commits) > 0 || r.res.PullRequest != 0 {
		return nil
	}
	r.indexAlone = true
	defer func() { r.indexAlone = false }()
	err := r.commitTree(ctx, nil, r.req.DefaultBranch, nil, attempts)
	if errors.Is(err, errBranchRefuses) {
		indexRefused.add(r.blobKey(""), r.head)
		return nil
	}
	return err
}

// indexRefused remembers, by repository, the head of the default branch
// that refused a commit of the index alone.
var indexRefused = newLRU[string](1024)

// refusedIndexAt reports whether the default branch refused a commit of
// the index alone at head, which then need not be tried again.
func (r *mergeRun) refusedIndexAt(head string) bool {
	refused, ok := indexRefused.get(r.blobKey(""))
	return ok && r.indexAlone && refused == head
}

// indexMessage is the message of a commit of the index alone.
func (r *mergeRun) indexMessage() string {
	if r.req.PullNumber == 0 {
		return "docs(postmortem): update the index of post-mortems"
	}
	return fmt.Sprintf("docs(postmortem): index the post-mortems merged in #%d", r.req.PullNumber)
}

// buildIndex builds the index of the post-mortems in bt, with the new
// content of the files changed, and the days their issues were opened
// and closed.
func (r *mergeRun) buildIndex(ctx context.Context, bt *branchTree, changed map[string][]byte, seeds []*mergeDoc) ([]byte, error) {
	if err := r.readIssues(ctx); err != nil {
		return nil, err
	}
	var recs []catalog.Record
	for _, p := range slices.Sorted(maps.Keys(bt.files)) {
		if !r.cfg.Match(p) {
			continue
		}
		rec, err := r.indexRecord(ctx, p, bt.files[p].sha, changed[p], seeds)
		if err != nil {
			return nil, err
		}
		if rec != nil {
			recs = append(recs, r.withIssueDays(*rec))
		}
	}
	md, err := catalog.Build(recs, catalog.Options{IndexPath: r.cfg.Index})
	if err != nil {
		return nil, mergeErr(r.req, "building the index", err)
	}
	return md, nil
}

// indexRecord is the record of the post-mortem at path: from its new
// content when this write changes it, else from the cache, a document
// this run read, or the blob read now; nil for a file that does not
// parse, which the index leaves out as `index` does.
func (r *mergeRun) indexRecord(ctx context.Context, path, sha string, content []byte, seeds []*mergeDoc) (*catalog.Record, error) {
	if content != nil {
		sha = gitBlobSHA(content)
	}
	key := r.recordKey(path, sha)
	if rec, ok := records.get(key); ok {
		return rec, nil
	}
	if i := slices.IndexFunc(seeds, func(d *mergeDoc) bool { return d.Path == path && d.SHA == sha }); i >= 0 {
		rec := catalog.Read(path, seeds[i].Doc)
		records.add(key, &rec)
		return &rec, nil
	}
	if content == nil {
		var err error
		if content, err = r.readBlob(ctx, sha); err != nil {
			return nil, mergeErr(r.req, "reading "+path+" for the index", err)
		}
	}
	var rec *catalog.Record
	if doc, err := postmortem.Parse(content, r.cfg.ParseOptions()); err == nil {
		rec = &catalog.Record{}
		*rec = catalog.Read(path, doc)
	}
	records.add(key, rec)
	return rec, nil
}

// recordKey names a record in the cache: the API's address and the
// repository (a blob of one installation is never shown to another),
// the path (a record's date may come from it), the blob and the parser
// options (the sections and field labels the configuration names).
func (r *mergeRun) recordKey(path, sha string) string {
	o := r.cfg.ParseOptions()
	return strings.Join([]string{r.blobKey(sha), path, fmt.Sprint(o.Sections), fmt.Sprint(o.Fields)}, "\x00")
}

// withIssueDays is rec with the days its actions' issues were opened and
// closed, where the app's issues say. The cached record is not changed.
func (r *mergeRun) withIssueDays(rec catalog.Record) catalog.Record {
	rec.Actions = slices.Clone(rec.Actions)
	for i, a := range rec.Actions {
		ai := r.issues.byNumber[a.Issue]
		if a.Issue == 0 || ai == nil || ai.Path != rec.Path {
			continue
		}
		rec.Actions[i].Opened = ai.Created.UTC()
		if a.Status != postmortem.Open && !ai.Closed.IsZero() {
			rec.Actions[i].Closed = ai.Closed.UTC()
		}
	}
	return rec
}

// ownIndex reports whether the blob sha is an index the tool wrote: its
// first line says so.
func (r *mergeRun) ownIndex(ctx context.Context, sha string) (bool, error) {
	key := r.blobKey(sha)
	if ours, ok := ownIndexes.get(key); ok {
		return ours, nil
	}
	b, err := r.readBlob(ctx, sha)
	if err != nil {
		return false, mergeErr(r.req, "reading "+r.cfg.Index, err)
	}
	ours := bytes.HasPrefix(b, []byte(catalog.Header))
	ownIndexes.add(key, ours)
	return ours, nil
}

// blobKey names the blob sha of the run's repository.
func (r *mergeRun) blobKey(sha string) string {
	return strings.Join([]string{r.gh.BaseURL.String(), r.req.Owner, r.req.Repo, sha}, "\x00")
}

// gitBlobSHA is git's object id of content, as GitHub names blobs.
func gitBlobSHA(content []byte) string {
	h := sha1.New()
	fmt.Fprintf(h, "blob %d\x00", len(content))
	h.Write(content)
	return hex.EncodeToString(h.Sum(nil))
}

// decodeBase64 decodes GitHub's base64, which breaks lines.
func decodeBase64(s string) ([]byte, error) {
	b, err := base64.StdEncoding.DecodeString(strings.ReplaceAll(s, "\n", ""))
	if err != nil {
		return nil, errors.Join(repodocs.ErrUnreadable, err)
	}
	return b, nil
}
