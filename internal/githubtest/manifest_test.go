// In package githubtest, unlike the other tests, to check the answer
// against the response schema of GitHub's description, which the fake
// checks requests against but not its own answers.
package githubtest

import (
	"bytes"
	"context"
	"crypto/x509"
	"encoding/pem"
	"io"
	"net/http"
	"net/url"
	"testing"

	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/google/go-github/v62/github"
)

func TestManifestConversion(t *testing.T) {
	s := New(t)
	want := s.AddManifestCode("a1b2c3", ManifestApp{Name: "Post-mortem review", Owner: "octo-org"})
	c := github.NewClient(s.Client())
	c.BaseURL, _ = url.Parse(s.URL)
	ctx := context.Background()

	got, resp, err := c.Apps.CompleteAppManifest(ctx, "a1b2c3")
	if err != nil || resp.StatusCode != http.StatusCreated {
		t.Fatalf("first conversion: got %v, %v; want 201", resp, err)
	}
	if got.GetID() != want.ID || got.GetSlug() != "post-mortem-review" || got.GetOwner().GetLogin() != "octo-org" ||
		got.GetHTMLURL() != "https://github.com/apps/post-mortem-review" || got.GetWebhookSecret() != want.WebhookSecret ||
		got.GetClientID() != want.ClientID || got.GetClientSecret() != want.ClientSecret || got.GetPEM() != want.PEM {
		t.Errorf("conversion: got %+v, want %+v", got, want)
	}
	block, _ := pem.Decode([]byte(got.GetPEM()))
	if block == nil {
		t.Fatal("pem: not PEM")
	}
	if _, err := x509.ParsePKCS1PrivateKey(block.Bytes); err != nil {
		t.Errorf("pem: %v", err)
	}
	for _, code := range []string{"a1b2c3", "never-issued"} {
		if _, resp, _ := c.Apps.CompleteAppManifest(ctx, code); resp == nil || resp.StatusCode != http.StatusNotFound {
			t.Errorf("code %s: got %v, want 404 (a code converts once)", code, resp)
		}
	}
	if calls := s.Calls(); len(calls) != 3 || calls[0].String() != "POST /app-manifests/a1b2c3/conversions Created" {
		t.Errorf("calls: got %v", calls)
	}
}

func TestManifestCodesArePerServer(t *testing.T) {
	a, b := New(t), New(t)
	a.AddManifestCode("shared", ManifestApp{PEM: "key-a"})
	if status := convert(t, b, "shared"); status != http.StatusNotFound {
		t.Errorf("other server: got %d, want 404", status)
	}
	if status := convert(t, a, "shared"); status != http.StatusCreated {
		t.Errorf("own server: got %d, want 201", status)
	}
}

// convert posts a conversion of code to s and returns the status.
func convert(t *testing.T, s *Server, code string) int {
	t.Helper()
	resp, err := s.Client().Post(s.URL+"app-manifests/"+code+"/conversions", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

// The answer matches the 201 response GitHub's description gives the
// operation: the integration schema with the credentials.
func TestManifestAnswerMatchesDescription(t *testing.T) {
	s := New(t)
	if !s.Validates() {
		t.Skip("GitHub's REST description is not fetched: run scripts/setup")
	}
	s.AddManifestCode("c0de", ManifestApp{Owner: "octo-org", Events: []string{"pull_request"}})
	req, err := http.NewRequest(http.MethodPost, s.URL+"app-manifests/c0de/conversions", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := s.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	route, params, err := s.check.findRoute(req)
	if err != nil {
		t.Fatal(err)
	}
	err = openapi3filter.ValidateResponse(context.Background(), &openapi3filter.ResponseValidationInput{
		RequestValidationInput: &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route},
		Status:                 resp.StatusCode, Header: resp.Header, Body: io.NopCloser(bytes.NewReader(body)),
		Options: &openapi3filter.Options{MultiError: true},
	})
	if err != nil {
		t.Errorf("answer %d does not match the description: %v", resp.StatusCode, err)
	}
}
