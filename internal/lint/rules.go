package lint

// ruleFuncs lists the checks a linter runs.
func (l *Linter) ruleFuncs() []rule {
	return []rule{checkFields, checkEventTimes, checkTimeline, checkActions, checkContent}
}
