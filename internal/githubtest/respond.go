package githubtest

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
)

// docsURL is the documentation_url of error bodies.
const docsURL = "https://docs.github.com/rest"

// errorBody is GitHub's error response.
type errorBody struct {
	Message          string `json:"message"`
	Errors           []any  `json:"errors,omitempty"`
	DocumentationURL string `json:"documentation_url"`
	Status           string `json:"status,omitempty"`
}

// fieldError is one entry of a 422 "Validation Failed" response.
type fieldError struct {
	Resource string `json:"resource,omitempty"`
	Field    string `json:"field,omitempty"`
	Code     string `json:"code"`
	Value    any    `json:"value,omitempty"`
	Message  string `json:"message,omitempty"`
}

// writeJSON answers status with v as JSON.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// writeError answers status with a message.
func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, errorBody{Message: msg, DocumentationURL: docsURL, Status: strconv.Itoa(status)})
}

// notFound answers 404 as GitHub does.
func notFound(w http.ResponseWriter) { writeError(w, http.StatusNotFound, "Not Found") }

// validationFailed answers 422 "Validation Failed" with one field error.
func validationFailed(w http.ResponseWriter, e fieldError) {
	writeJSON(w, http.StatusUnprocessableEntity, errorBody{
		Message: "Validation Failed", Errors: []any{e},
		DocumentationURL: docsURL, Status: "422",
	})
}

// decode reads the JSON body of r into v, answering 400 on failure.
func decode(w http.ResponseWriter, r *http.Request, v any) bool {
	if err := json.NewDecoder(r.Body).Decode(v); err != nil {
		writeError(w, http.StatusBadRequest, "Problems parsing JSON")
		return false
	}
	return true
}

// readBody reads and closes the request body.
func readBody(r *http.Request) ([]byte, error) {
	if r.Body == nil {
		return nil, nil
	}
	defer r.Body.Close()
	return io.ReadAll(r.Body)
}

// pathInt parses the path value name as a positive integer.
func pathInt(r *http.Request, name string) (int64, bool) {
	n, err := strconv.ParseInt(r.PathValue(name), 10, 64)
	return n, err == nil && n > 0
}

// queryInt parses the query parameter name, or returns def.
func queryInt(r *http.Request, name string, def int) int {
	n, err := strconv.Atoi(r.URL.Query().Get(name))
	if err != nil || n <= 0 {
		return def
	}
	return n
}

type prefixKey struct{}

// withPrefix remembers the prefix stripped from r's path ("/api/v3" or "").
func withPrefix(r *http.Request, prefix string) *http.Request {
	return r.WithContext(context.WithValue(r.Context(), prefixKey{}, prefix))
}

// page is the requested page of items (see paginate), each as toJSON
// writes it.
func page[T any](w http.ResponseWriter, r *http.Request, items []T, toJSON func(T) obj) []obj {
	out := []obj{}
	for _, it := range paginate(w, r, items) {
		out = append(out, toJSON(it))
	}
	return out
}

// paginate returns the page of items r asks for (per_page at most 100,
// default 30) and sets the Link header with rel next, last, first and prev.
func paginate[T any](w http.ResponseWriter, r *http.Request, items []T) []T {
	per := min(queryInt(r, "per_page", 30), 100)
	page := queryInt(r, "page", 1)
	last := max((len(items)+per-1)/per, 1)
	setLinks(w, r, page, last)
	lo := min((page-1)*per, len(items))
	return items[lo:min(lo+per, len(items))]
}

// setLinks writes the Link header for page of last.
func setLinks(w http.ResponseWriter, r *http.Request, page, last int) {
	var links []string
	add := func(p int, rel string) { links = append(links, fmt.Sprintf("<%s>; rel=%q", pageURL(r, p), rel)) }
	if page < last {
		add(page+1, "next")
		add(last, "last")
	}
	if page > 1 {
		add(1, "first")
		add(min(page-1, last), "prev")
	}
	if len(links) > 0 {
		w.Header().Set("Link", strings.Join(links, ", "))
	}
}

// pageURL is the absolute URL of r with page set to p.
func pageURL(r *http.Request, p int) string {
	q := r.URL.Query()
	q.Set("page", strconv.Itoa(p))
	prefix, _ := r.Context().Value(prefixKey{}).(string)
	return "http://" + r.Host + prefix + r.URL.Path + "?" + q.Encode()
}
