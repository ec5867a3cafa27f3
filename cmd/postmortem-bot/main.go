// Command postmortem-bot reviews incident post-mortems kept in a GitHub
// repository and follows their action items through.
package main

import (
	"os"
	_ "time/tzdata" // named zones in timelines, also in a minimal image

	"github.com/postmortem-bot/postmortem-bot/internal/cli"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	env := &cli.Env{Stdout: os.Stdout, Stderr: os.Stderr, Version: version}
	os.Exit(cli.Main(env, os.Args[1:]))
}
