// Package postmortembot holds what the program embeds from the repository
// root: the GitHub App manifest, app.yml. Go embeds only files in a
// package's own directory or below, so this package sits beside the file.
package postmortembot

import _ "embed"

// AppManifest is app.yml: the GitHub App's name, description, webhook,
// permissions and events, as GitHub's app-manifest flow takes them. The
// setup page shows it and posts it to GitHub, filling in the URLs of the
// server it runs on.
//
//go:embed app.yml
var AppManifest []byte
