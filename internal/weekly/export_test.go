package weekly

// Internals that the external tests drive directly.
var ParseActionIssue = parseActionIssue

// CheckXYChart checks the Mermaid chart of a summary (mermaid_test.go).
func CheckXYChart(md string) error {
	_, err := checkXYChart(md)
	return err
}
