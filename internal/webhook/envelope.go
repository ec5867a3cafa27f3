package webhook

import (
	"bytes"
	"errors"
	"net/http"
	"strings"
	"unsafe"

	"github.com/google/go-github/v62/github"
	"github.com/tidwall/gjson"
)

// Envelope is what the endpoint reads of a verified delivery to decide
// whether a job wants it, without decoding the payload.
type Envelope struct {
	Event          string // X-GitHub-Event
	Action         string // the payload's action, "" if it has none
	DeliveryID     string // X-GitHub-Delivery
	InstallationID int64  // 0 if the payload names no installation
	Repo           string // owner/name; "" for app-level events
}

// errNotJSON is a payload that is not a JSON object.
var errNotJSON = errors.New("payload is not a JSON object")

// ReadEnvelope reads the envelope of a verified delivery: the headers,
// and from the JSON payload only the action, the installation's id and
// the repository's name, skipping the rest unparsed. It returns the JSON
// payload too (a form-encoded delivery's payload field).
func ReadEnvelope(h http.Header, body []byte) (Envelope, []byte, error) {
	env, payload, err := readAction(h, body)
	if err != nil {
		return env, nil, err
	}
	readRest(&env, payload)
	return env, payload, nil
}

// readAction reads the headers and the payload's action alone: GitHub
// writes the action first, so the rest of the payload is not read.
func readAction(h http.Header, body []byte) (Envelope, []byte, error) {
	payload, err := jsonPayload(h.Get("Content-Type"), body)
	if err != nil {
		return Envelope{}, nil, err
	}
	if trimmed := bytes.TrimLeft(payload, " \t\r\n"); len(trimmed) == 0 || trimmed[0] != '{' {
		return Envelope{}, nil, errNotJSON
	}
	env := Envelope{
		Event: h.Get(github.EventTypeHeader), DeliveryID: h.Get(github.DeliveryIDHeader),
		Action: gjson.GetBytes(payload, "action").String(),
	}
	return env, payload, nil
}

// readRest reads the installation and the repository into env, in one
// pass over the payload's top level: the values in between (a pull
// request's tens of kilobytes) are skipped once, not once per field.
func readRest(env *Envelope, payload []byte) {
	if len(payload) == 0 {
		return
	}
	// Read in place (ParseBytes would copy the payload): the strings kept
	// are cloned, and the payload is not written to.
	doc := gjson.Parse(unsafe.String(unsafe.SliceData(payload), len(payload)))
	doc.ForEach(func(key, value gjson.Result) bool {
		switch key.Str {
		case "installation":
			env.InstallationID = value.Get("id").Int()
		case "repository":
			repo := value.Get("full_name").String()
			if name := value.Get("name").String(); repo == "" && name != "" {
				repo = value.Get("owner.login").String() + "/" + name
			}
			env.Repo = strings.Clone(repo)
		}
		return true
	})
}
