package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// newFlags returns a flag set that reports errors to the caller instead
// of exiting, and prints usage to w on -h.
func newFlags(name, args string, w io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(w)
	fs.Usage = func() {
		fmt.Fprintf(w, "%s\n\nFlags:\n", strings.TrimSpace("Usage: postmortem-bot "+name+" [flags] "+args))
		fs.SetOutput(w)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args; -h prints the usage and is not an error, and a
// bad flag is a usage error (the caller prints it, with a hint).
func parseFlags(fs *flag.FlagSet, args []string) (help bool, err error) {
	usage := fs.Usage
	fs.Usage = func() {} // the flag package calls it on -h and on every error
	fs.SetOutput(io.Discard)
	err = fs.Parse(args)
	fs.Usage = usage
	if errors.Is(err, flag.ErrHelp) {
		fs.Usage()
		return true, nil
	}
	if err != nil {
		return false, usagef("%v", err)
	}
	return false, nil
}

// oneOf checks a flag value against its allowed values.
func oneOf(flagName, value string, allowed ...string) error {
	for _, a := range allowed {
		if value == a {
			return nil
		}
	}
	return usagef("-%s %q: want one of %s", flagName, value, strings.Join(allowed, ", "))
}
