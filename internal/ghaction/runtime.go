// Package ghaction is what a step of a GitHub Actions workflow is given:
// the environment variables the runner sets, the inputs of the action,
// the event payload, the files the runner reads back (outputs and the job
// summary), and the files a pull request changes, from git. It knows
// nothing of post-mortems.
package ghaction

import (
	"os"
	"strings"
)

// Runtime is the part of a runner's environment an action step reads.
type Runtime struct {
	// Workspace is the checkout of the repository, where steps run.
	Workspace string
	// EventName names the event that started the workflow
	// ("pull_request", "push", ...).
	EventName string
	// EventPath is the file holding the event's webhook payload.
	EventPath string
	// OutputPath is the file step outputs are appended to.
	OutputPath string
	// SummaryPath is the file the job summary's Markdown is appended to.
	SummaryPath string

	getenv func(string) string
}

// FromEnv reads the runtime from the variables GitHub Actions sets;
// getenv is os.Getenv outside tests.
func FromEnv(getenv func(string) string) Runtime {
	return Runtime{
		Workspace:   getenv("GITHUB_WORKSPACE"),
		EventName:   getenv("GITHUB_EVENT_NAME"),
		EventPath:   getenv("GITHUB_EVENT_PATH"),
		OutputPath:  getenv("GITHUB_OUTPUT"),
		SummaryPath: getenv("GITHUB_STEP_SUMMARY"),
		getenv:      getenv,
	}
}

// InputVar is the variable an action's input is passed in, as the runner
// names it: INPUT_ and the input's id upper-cased, spaces as underscores.
func InputVar(id string) string {
	return "INPUT_" + strings.ToUpper(strings.ReplaceAll(id, " ", "_"))
}

// Input returns an input's value with surrounding space trimmed; "" when
// it is not set.
func (r Runtime) Input(id string) string {
	if r.getenv == nil {
		return ""
	}
	return strings.TrimSpace(r.getenv(InputVar(id)))
}

// InputList returns an input holding a list, one item a line or separated
// by commas, without empty items.
func (r Runtime) InputList(id string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(r.Input(id), func(c rune) bool { return c == '\n' || c == ',' }) {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// appendFile appends text to the file at path; a path that is not set
// (outside a runner) is not an error, and nothing is written.
func appendFile(path, text string) error {
	if path == "" {
		return nil
	}
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	_, err = f.WriteString(text)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
