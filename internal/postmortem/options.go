package postmortem

// Options tune the parser.
type Options struct {
	// Sections maps a canonical section key ("remediation",
	// "what_happened", ...) to the heading names that count as it,
	// compared without regard to case. Keys absent use DefaultSections.
	Sections map[string][]string
	// Fields maps a field key (one of FieldKeys) to labels that count as
	// it besides the vocabulary's, compared as the vocabulary's are.
	Fields map[string][]string
}
