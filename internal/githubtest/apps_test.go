package githubtest_test

import (
	"context"
	"encoding/base64"
	"net/http"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
)

// fakeJWT builds an unsigned JWT carrying payload.
func fakeJWT(payload string) string {
	enc := base64.RawURLEncoding.EncodeToString
	return enc([]byte(`{"alg":"RS256","typ":"JWT"}`)) + "." + enc([]byte(payload)) + ".c2ln"
}

func TestInstallationToken(t *testing.T) {
	s := githubtest.New(t)
	s.AddRepo("octo", "docs", githubtest.Installation(7))
	s.AddRepo("other", "repo", githubtest.Installation(8))
	ctx := context.Background()
	app := client(t, s, fakeJWT(`{"iss":"123","iat":1,"exp":2}`))
	tok, resp, err := app.Apps.CreateInstallationToken(ctx, 7, nil)
	wantStatus(t, resp, err, http.StatusCreated)
	if tok.GetToken() == "" || tok.GetExpiresAt().IsZero() {
		t.Fatalf("token: got %+v", tok)
	}
	_, resp, err = app.Apps.CreateInstallationToken(ctx, 99, nil)
	wantStatus(t, resp, err, http.StatusNotFound)
	_, resp, err = client(t, s, fakeJWT(`{"iat":1}`)).Apps.CreateInstallationToken(ctx, 7, nil)
	wantStatus(t, resp, err, http.StatusUnauthorized)

	repos, _, err := client(t, s, tok.GetToken()).Apps.ListRepos(ctx, nil)
	if err != nil || len(repos.Repositories) != 1 || repos.Repositories[0].GetFullName() != "octo/docs" {
		t.Fatalf("ListRepos: got %+v, %v", repos, err)
	}
	if calls := s.Calls(); calls[len(calls)-1].Installation != 7 {
		t.Errorf("call installation: got %d, want 7", calls[len(calls)-1].Installation)
	}
	insts, _, err := app.Apps.ListInstallations(ctx, nil)
	if err != nil || len(insts) != 2 {
		t.Errorf("ListInstallations: got %d, %v; want 2", len(insts), err)
	}
}

func TestRepoInstallation(t *testing.T) {
	s := githubtest.New(t)
	s.AddRepo("octo", "docs", githubtest.Installation(7))
	s.AddRepo("other", "repo", githubtest.Installation(8))
	ctx := context.Background()
	app := client(t, s, fakeJWT(`{"iss":"123","iat":1,"exp":2}`))
	inst, _, err := app.Apps.FindRepositoryInstallation(ctx, "other", "repo")
	if err != nil || inst.GetID() != 8 || inst.GetAccount().GetLogin() != "other" {
		t.Fatalf("FindRepositoryInstallation: got %+v, %v; want installation 8 of other", inst, err)
	}
	_, resp, err := app.Apps.FindRepositoryInstallation(ctx, "octo", "missing")
	wantStatus(t, resp, err, http.StatusNotFound)
	_, resp, err = client(t, s, fakeJWT(`{"iat":1}`)).Apps.FindRepositoryInstallation(ctx, "octo", "docs")
	wantStatus(t, resp, err, http.StatusUnauthorized)
}

func TestGetAppNamesTheBot(t *testing.T) {
	s := githubtest.New(t, githubtest.WithBotLogin("pm-helper[bot]"))
	app, resp, err := client(t, s, fakeJWT(`{"iss":"42","iat":1,"exp":2}`)).Apps.Get(context.Background(), "")
	wantStatus(t, resp, err, http.StatusOK)
	if app.GetSlug() != "pm-helper" || app.GetID() != 42 {
		t.Errorf("app: got slug %q id %d, want pm-helper 42", app.GetSlug(), app.GetID())
	}
	_, resp, err = client(t, s, s.InstallationToken(1)).Apps.Get(context.Background(), "")
	wantStatus(t, resp, err, http.StatusUnauthorized)
}
