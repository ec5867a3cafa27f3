package postmortem

// Two more wikis write a heading as a run of one mark and a space:
//
//	++ Section      Wikidot's, the level its "+" count
//	!! Section      PmWiki's, the level its "!" count
//
// One "+" opens a Markdown list item and one "!" may open a sentence,
// so both need two marks at least. wikiHeadings reads them.

// markHeading reads a heading line of Wikidot or PmWiki: its level and
// where its text starts and ends; level 0 when it is none.
func markHeading(line []byte) (level, start, end int) {
	n := 0
	for n < len(line) && line[n] == line[0] {
		n++
	}
	if n < 2 || n > 6 || n >= len(line) || line[n] != ' ' {
		return 0, 0, 0
	}
	end = len(line)
	for end > n && (line[end-1] == ' ' || line[end-1] == '\t' || line[end-1] == '\r' || line[end-1] == '\n') {
		end--
	}
	start = skipBlanks(line, n)
	if start >= end {
		return 0, 0, 0
	}
	return n, start, end
}
