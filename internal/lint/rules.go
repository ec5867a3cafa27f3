package lint

// ruleFuncs lists the checks a linter runs.
func (l *Linter) ruleFuncs() []rule {
	return []rule{checkLanguage, checkFields, checkEventTimes, checkTimeline, checkActions, checkContent}
}
