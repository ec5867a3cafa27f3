package webhook

import (
	"errors"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/google/go-github/v62/github"
)

// parse turns a verified delivery of a known event type into an Event.
func parse(r *http.Request, typ string, body []byte) (Event, error) {
	raw, err := jsonPayload(r.Header.Get("Content-Type"), body)
	if err != nil {
		return Event{}, err
	}
	payload, err := github.ParseWebHook(typ, raw)
	if err != nil {
		return Event{}, err
	}
	ev := Event{
		Type: typ, DeliveryID: github.DeliveryID(r), Action: action(payload),
		Repo: repoName(payload), InstallationID: installationID(payload),
		Payload: payload, Raw: raw, Received: time.Now(),
	}
	return ev, nil
}

// jsonPayload is the JSON of a body sent as application/json (what GitHub
// Apps send) or as a form with a payload field (a webhook's other option).
func jsonPayload(contentType string, body []byte) ([]byte, error) {
	mt, _, err := mime.ParseMediaType(contentType)
	switch {
	case contentType == "" || mt == "application/json":
		return body, nil
	case err != nil:
		return nil, err
	case mt == "application/x-www-form-urlencoded":
		form, err := url.ParseQuery(string(body))
		return []byte(form.Get("payload")), err
	}
	return nil, errors.New("unsupported Content-Type " + mt)
}

// action is the payload's action, "" if it has none.
func action(payload any) string {
	if p, ok := payload.(interface{ GetAction() string }); ok {
		return p.GetAction()
	}
	return ""
}

// repoName is the payload's repository as owner/name, "" if it has none.
func repoName(payload any) string {
	p, ok := payload.(interface{ GetRepo() *github.Repository })
	if !ok {
		return ""
	}
	repo := p.GetRepo()
	if name := repo.GetFullName(); name != "" || repo.GetName() == "" {
		return name
	}
	return repo.GetOwner().GetLogin() + "/" + repo.GetName()
}

// installationID is the id of the installation the payload names, 0 if none.
func installationID(payload any) int64 {
	if p, ok := payload.(interface{ GetInstallation() *github.Installation }); ok {
		return p.GetInstallation().GetID()
	}
	return 0
}

// laneKey says which events run one after the other: those of one
// repository, and app-level events of one installation.
func laneKey(ev Event) string {
	if ev.Repo != "" {
		return ev.Repo
	}
	return "installation:" + strconv.FormatInt(ev.InstallationID, 10)
}
