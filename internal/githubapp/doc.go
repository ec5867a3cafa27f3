// Package githubapp builds the GitHub API clients the app uses: one
// authenticated as the app itself (a signed JWT) and one per installation
// (an installation token that is fetched once, reused and refreshed).
//
// Every client is a chain of small http.RoundTrippers:
//
//	installation: userAgent → metrics → retry → cache → ghinstallation.Transport → base
//	app:          userAgent → metrics → retry → ghinstallation.AppsTransport → base
//
// Each installation has its own bounded HTTP cache, so a response fetched
// with one installation's token is never served to another installation.
// Use Fresh for reads that must not be answered from the cache without
// asking GitHub first.
package githubapp
