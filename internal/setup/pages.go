package setup

import (
	"bytes"
	"embed"
	"html/template"
	"io/fs"
	"net/http"
	"strconv"
	"sync"
)

// files are the pages' templates and their style sheet.
//
//go:embed templates static
var files embed.FS

// pages returns the parsed templates by name, each the layout with its
// content. html/template escapes everything they show. They are parsed
// on first use: every command of the binary would pay for them otherwise.
var pages = sync.OnceValue(func() map[string]*template.Template {
	return parsePages("setup", "locked", "done", "failed", "installed")
})

// parsePages parses templates/NAME.html with the layout for each name.
func parsePages(names ...string) map[string]*template.Template {
	out := make(map[string]*template.Template, len(names))
	for _, n := range names {
		out[n] = template.Must(template.ParseFS(files, "templates/layout.html", "templates/"+n+".html"))
	}
	return out
}

// contentSecurity allows the pages nothing but their own style sheet:
// no script, no frames, no other origin's resources.
const contentSecurity = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; frame-ancestors 'none'"

// render answers status with the page name filled in with data.
func render(w http.ResponseWriter, status int, name string, data any) {
	var buf bytes.Buffer
	if err := pages()[name].ExecuteTemplate(&buf, "layout", data); err != nil {
		http.Error(w, "rendering the page failed", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Security-Policy", contentSecurity)
	h.Set("Referrer-Policy", "strict-origin")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	w.WriteHeader(status)
	_, _ = buf.WriteTo(w)
}

// setupPage is what the setup page shows.
type setupPage struct {
	App         Manifest
	Settings    target // the settings form's values
	Error       string // why the settings cannot be used; no form then
	Action      string // where the form posts the manifest
	Manifest    string // the manifest, JSON
	WebBase     string // the GitHub the app is created on
	HookURL     string
	RedirectURL string
	Unreachable bool // GitHub cannot deliver to HookURL
	Elsewhere   bool // RedirectURL is on another host than the page: no cookie there
}

// servePage shows the setup page for the settings in the query, or the
// defaults, with a new state in the form's action. A browser without the
// setup cookie gets the page that says where the setup link is, and no
// state; one that brings the token gets the cookie (admit).
func (s *Server) servePage(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Has(tokenParam) {
		s.admit(w, r)
		return
	}
	if !s.authorized(r) {
		render(w, http.StatusForbidden, "locked", lockedPage{})
		return
	}
	t, err := s.settings(r)
	data := setupPage{App: s.manifest, Settings: t, WebBase: t.webBase()}
	if err != nil {
		data.Error = err.Error()
		render(w, http.StatusBadRequest, "setup", data)
		return
	}
	m := s.manifest.forServer(t.PublicURL, t.hookURL(), t.Name, t.Public)
	if data.Manifest, err = m.JSON(); err != nil {
		http.Error(w, "encoding the manifest failed", http.StatusInternalServerError)
		return
	}
	data.HookURL, data.RedirectURL, data.Unreachable = m.HookAttributes.URL, m.RedirectURL, t.unreachableHook()
	data.Elsewhere = hostOf(t.PublicURL) != headerHost(r.Host)
	state := s.flows.start(flow{apiURL: t.apiURL(s.cfg.APIURL), hookURL: data.HookURL, unreachable: data.Unreachable})
	data.Action = t.newAppURL(state)
	render(w, http.StatusOK, "setup", data)
}

// settings are the settings in the query, or the defaults. Settings count
// only when they come from the page's own form: a link from another site
// must not send GitHub's one-time code to a server of its choosing. A
// GitHub Enterprise Server must be one serve may send the code to.
func (s *Server) settings(r *http.Request) (target, error) {
	q := r.URL.Query()
	if site := r.Header.Get("Sec-Fetch-Site"); site != "" && site != "same-origin" {
		q = nil
	}
	t, err := readTarget(q, s.def)
	if err == nil && t.Host != "" {
		err = s.checkServer(r.Context(), t.Host)
	}
	return t, err
}

// Installed serves, during setup and after it, the page GitHub sends
// people to once they install the app (InstalledPath, the manifest's
// setup_url) and the pages' style sheet (under StaticPath).
func Installed() http.Handler {
	sub, err := fs.Sub(files, "static")
	if err != nil {
		panic(err) // the directory is embedded: cannot happen
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+InstalledPath, func(w http.ResponseWriter, r *http.Request) {
		id, _ := strconv.ParseInt(r.URL.Query().Get("installation_id"), 10, 64)
		render(w, http.StatusOK, "installed", struct{ InstallationID int64 }{id})
	})
	mux.Handle("GET "+StaticPath, http.StripPrefix(StaticPath, http.FileServerFS(sub)))
	return mux
}
