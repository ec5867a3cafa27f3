package githubtest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/gorillamux"
)

// descriptionFile is where scripts/setup puts GitHub's REST description,
// relative to the module root.
const descriptionFile = ".cache/github/api.github.com.json"

// requireEnv, set to 1, turns a missing description into a test failure.
const requireEnv = "POSTMORTEM_BOT_REQUIRE_FIXTURES"

// validator checks requests against GitHub's REST description.
type validator struct {
	main  routers.Router // every kept path, as described
	multi routers.Router // x-multi-segment paths rewritten to match slashes
	load  time.Duration
}

var (
	loadOnce   sync.Once
	loaded     *validator
	loadErr    error
	loadMissed string
)

// loadValidator loads the description once per process. Without it (no
// scripts/setup run) the server still serves, without checking requests
// against the description, unless requireEnv is set: then, as when the
// description does not load, t fails.
func loadValidator(t testing.TB) *validator {
	t.Helper()
	loadOnce.Do(func() { loaded, loadMissed, loadErr = newValidator() })
	switch {
	case loadMissed != "" && os.Getenv(requireEnv) == "1":
		t.Fatalf("githubtest: %s missing: run scripts/setup", loadMissed)
	case loadMissed != "":
		t.Logf("githubtest: %s missing: requests are not checked against GitHub's REST description (run scripts/setup; set %s=1 to fail instead)", loadMissed, requireEnv)
	case loadErr != nil:
		t.Fatalf("githubtest: loading GitHub's REST description: %v", loadErr)
	}
	return loaded
}

// LoadTime reports how long loading and pruning the description took, or
// zero if it has not been loaded in this process.
func LoadTime() time.Duration {
	if loaded == nil {
		return 0
	}
	return loaded.load
}

// newValidator finds, prunes and loads the description. missing names the
// file when it does not exist.
func newValidator() (v *validator, missing string, err error) {
	start := time.Now()
	path, err := findDescription()
	if err != nil {
		return nil, path, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, "", err
	}
	if data, err = prune(data, describedPaths()); err != nil {
		return nil, "", fmt.Errorf("pruning %s: %w", path, err)
	}
	v, err = buildValidator(data)
	if v != nil {
		v.load = time.Since(start)
	}
	return v, "", err
}

// findDescription walks up from the working directory to the module root
// (the directory holding go.mod) and returns the description's path there.
func findDescription() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return descriptionFile, err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			p := filepath.Join(dir, descriptionFile)
			_, err := os.Stat(p)
			return p, err
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return descriptionFile, os.ErrNotExist
		}
		dir = parent
	}
}

// buildValidator loads the document and builds both routers.
func buildValidator(data []byte) (*validator, error) {
	doc, err := openapi3.NewLoader().LoadFromData(data)
	if err != nil {
		return nil, err
	}
	doc.Servers = nil
	main, err := gorillamux.NewRouter(doc)
	if err != nil {
		return nil, fmt.Errorf("routing description: %w", err)
	}
	multi, err := gorillamux.NewRouter(multiSegmentDoc(doc))
	if err != nil {
		return nil, fmt.Errorf("routing multi-segment paths: %w", err)
	}
	return &validator{main: main, multi: multi}, nil
}

// multiSegmentDoc returns a copy of doc holding only the paths with an
// x-multi-segment parameter, each rewritten to match one or more segments.
// Rewriting a separate document keeps the main router's order intact.
func multiSegmentDoc(doc *openapi3.T) *openapi3.T {
	out := *doc
	out.Paths = openapi3.NewPaths()
	for path, item := range doc.Paths.Map() {
		if names := multiSegmentParams(item); len(names) > 0 {
			out.Paths.Set(rewriteParams(path, names), item)
		}
	}
	return &out
}

// multiSegmentParams names the path parameters of item marked
// x-multi-segment in any of its operations.
func multiSegmentParams(item *openapi3.PathItem) []string {
	var names []string
	for _, op := range item.Operations() {
		for _, p := range op.Parameters {
			if p.Value != nil && p.Value.In == "path" && p.Value.Extensions["x-multi-segment"] == true {
				names = append(names, p.Value.Name)
			}
		}
	}
	return names
}

// rewriteParams turns each {name} in path into gorilla/mux's {name:.+}.
func rewriteParams(path string, names []string) string {
	for _, n := range names {
		path = strings.ReplaceAll(path, "{"+n+"}", "{"+n+":.+}")
	}
	return path
}

// findRoute tries the main router, then the multi-segment one.
func (v *validator) findRoute(r *http.Request) (*routers.Route, map[string]string, error) {
	route, params, err := v.main.FindRoute(r)
	if err == nil {
		return route, params, nil
	}
	if route2, params2, err2 := v.multi.FindRoute(r); err2 == nil {
		return route2, params2, nil
	}
	return nil, nil, err
}

// validate checks r, whose body has been read into body, against the
// description and the checks the description leaves out.
func (v *validator) validate(r *http.Request, body []byte) error {
	if v == nil {
		return nil // no description: see loadValidator
	}
	req := r.Clone(context.Background())
	req.Body = readCloser(body)
	route, params, err := v.findRoute(req)
	if err != nil {
		return fmt.Errorf("not in GitHub's REST description: %w", err)
	}
	if nullOptionalBody(route, body) {
		req.Body, req.ContentLength = readCloser(nil), 0
	}
	err = openapi3filter.ValidateRequest(req.Context(), &openapi3filter.RequestValidationInput{
		Request: req, PathParams: params, Route: route,
		Options: &openapi3filter.Options{
			SkipSettingDefaults: true, MultiError: true,
			AuthenticationFunc: openapi3filter.NoopAuthenticationFunc,
		},
	})
	return errors.Join(err, extraChecks(route.Operation.OperationID, body))
}

// nullOptionalBody reports whether body is JSON null where the operation's
// body is optional. GitHub takes null as no body (ghinstallation sends it
// when asking for a token), though the description's schema says object.
func nullOptionalBody(route *routers.Route, body []byte) bool {
	rb := route.Operation.RequestBody
	return string(bytes.TrimSpace(body)) == "null" && (rb == nil || rb.Value == nil || !rb.Value.Required)
}

// readCloser wraps b as a request body.
func readCloser(b []byte) *bodyReader { return &bodyReader{bytes.NewReader(b)} }

// bodyReader is a request body over bytes.
type bodyReader struct{ *bytes.Reader }

// Close does nothing.
func (bodyReader) Close() error { return nil }
