package githubtest

import (
	"encoding/json"
	"fmt"
	"unicode/utf8"
)

// maxBodyChars is the longest issue or comment body GitHub accepts
// ("body is too long (maximum is 65536 characters)"); its REST
// description does not say so.
const maxBodyChars = 65536

// The operations whose body GitHub limits to maxBodyChars.
var bodyLimited = []string{"issues/create", "issues/update", "issues/create-comment", "issues/update-comment"}

// init adds the body limit to the extra checks of bodyLimited, after
// any check they have.
func init() {
	for _, op := range bodyLimited {
		before := extraByOperation[op]
		extraByOperation[op] = func(body []byte) error {
			if before != nil {
				if err := before(body); err != nil {
					return err
				}
			}
			return checkBodyLength(body)
		}
	}
}

// checkBodyLength rejects a body field longer than maxBodyChars
// characters.
func checkBodyLength(body []byte) error {
	var req struct {
		Body *string `json:"body"`
	}
	if err := json.Unmarshal(body, &req); err != nil || req.Body == nil {
		return nil
	}
	if n := utf8.RuneCountInString(*req.Body); n > maxBodyChars {
		return fmt.Errorf("body is too long (maximum is %d characters), got %d", maxBodyChars, n)
	}
	return nil
}
