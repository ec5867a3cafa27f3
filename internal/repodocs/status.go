package repodocs

import (
	"errors"
	"net/http"

	"github.com/google/go-github/v62/github"
)

// IsStatus reports whether resp answered status.
func IsStatus(resp *github.Response, status int) bool {
	return resp != nil && resp.StatusCode == status
}

// IsFieldError reports whether err is a 422 about field.
func IsFieldError(err error, field string) bool {
	var er *github.ErrorResponse
	if !errors.As(err, &er) || er.Response == nil || er.Response.StatusCode != http.StatusUnprocessableEntity {
		return false
	}
	for _, e := range er.Errors {
		if e.Field == field {
			return true
		}
	}
	return false
}
