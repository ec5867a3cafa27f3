package webhooktest

import (
	"net/http"
	"testing"
)

// Status posts a signed delivery of body with delivery id to url and
// returns the response's status code.
func Status(t testing.TB, url string, secret []byte, event, id string, body []byte) int {
	t.Helper()
	req := Request(t, url, secret, event, body)
	req.Header.Set("X-GitHub-Delivery", id)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("delivering %s to %s: %v", event, url, err)
	}
	resp.Body.Close()
	return resp.StatusCode
}
