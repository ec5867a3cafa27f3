package githubapp

import (
	"context"
	"fmt"
)

// BotLogin returns the login of the app's bot user, the author of every
// issue and comment the app writes: its slug and "[bot]". It asks GitHub
// (GET /app) once; a failure is not remembered.
func (c *Clients) BotLogin(ctx context.Context) (string, error) {
	c.mu.Lock()
	login := c.botLogin
	c.mu.Unlock()
	if login != "" {
		return login, nil
	}
	app, _, err := c.app.Apps.Get(ctx, "")
	if err != nil {
		return "", fmt.Errorf("reading the app's own description: %w", err)
	}
	if app.GetSlug() == "" {
		return "", fmt.Errorf("reading the app's own description: GitHub gave no slug")
	}
	login = app.GetSlug() + "[bot]"
	c.mu.Lock()
	c.botLogin = login
	c.mu.Unlock()
	return login, nil
}
