package bot

// Internals that the external tests drive directly.
var ListPostmortems = listPostmortems

// CheckXYChart checks the Mermaid chart of a summary (weekly_mermaid_test.go).
func CheckXYChart(md string) error {
	_, err := checkXYChart(md)
	return err
}
