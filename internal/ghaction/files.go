package ghaction

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"strings"
)

// SetOutput appends a step output to the runner's output file: name=value,
// or, for a value over several lines, the heredoc form with a delimiter the
// value cannot hold. Outside a runner it does nothing.
func (r Runtime) SetOutput(name, value string) error {
	if !strings.ContainsAny(value, "\r\n") {
		return appendFile(r.OutputPath, name+"="+value+"\n")
	}
	delim, err := delimiter(value)
	if err != nil {
		return err
	}
	return appendFile(r.OutputPath, name+"<<"+delim+"\n"+value+"\n"+delim+"\n")
}

// delimiter returns a random heredoc delimiter that is not in value.
func delimiter(value string) (string, error) {
	for {
		b := make([]byte, 12)
		if _, err := rand.Read(b); err != nil {
			return "", fmt.Errorf("making an output delimiter: %w", err)
		}
		if d := "EOF_" + hex.EncodeToString(b); !strings.Contains(value, d) {
			return d, nil
		}
	}
}

// AppendSummary appends Markdown to the job summary. Outside a runner it
// does nothing.
func (r Runtime) AppendSummary(markdown string) error {
	return appendFile(r.SummaryPath, markdown)
}
