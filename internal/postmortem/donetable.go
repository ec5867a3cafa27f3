package postmortem

import "strings"

// A table of what was done says so in a column: "Done by", "Performed
// by", "Implemented" (the day). Its rows are steps, whatever the
// section: "| Step | Done By | Time |" of a containment tab, "| No. |
// Emergency response action | Done by | Time |" of an 8D report.

// doneByHeads are the column headers that make a table a record.
var doneByHeads = map[string]bool{
	"done by": true, "performed by": true, "taken by": true, "executed by": true, "carried out by": true,
	"implemented": true, "implemented by": true, "implemented on": true,
}

// doneByTable reads a table whose header records what was done as
// steps, by the column that names the step, and reports whether it
// did.
func (p *parser) doneByTable(header row, body []row) bool {
	done, step := -1, -1
	for i, c := range header.Cells {
		if lookupNormal(doneByHeads, p.doc.Text(c.Value)) {
			done = i
		}
	}
	if done < 0 {
		return false // as nearly every table: no normalising of its headers
	}
	for i, c := range header.Cells {
		if i != done && stepHead(normalize(p.doc.Text(c.Value))) {
			step = i
			break
		}
	}
	if step < 0 {
		return false
	}
	p.recordTable(map[string]int{colAction: step}, body)
	return true
}

// stepHead reports a normalised header naming what was done, in a
// table of steps: "Step", "Action", "Task", "What", "Containment
// action", "Emergency response action".
func stepHead(h string) bool {
	if h == "what" {
		return true
	}
	if strings.Count(h, " ") > 2 {
		return false
	}
	switch h[strings.LastIndexByte(h, ' ')+1:] {
	case "step", "steps", "action", "actions", "task":
		return true
	}
	return false
}
