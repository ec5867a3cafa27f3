package postmortem

// A table of the people of the response, a person a row with the role
// they had beside them ("| Name | Role |" over "| Dana Ruiz | Incident
// commander |"), gives the field a role names with that person: the
// contact from the incident commander's row.

// roleTable reads such a table and reports whether it was one: its
// header names a person's column and a role's, in either order.
func (p *parser) roleTable(header row, body []row) bool {
	who, role := -1, -1
	for i, c := range header.Cells {
		switch normalize(p.doc.Text(c.Value)) {
		case "name", "names", "person", "people", "who", "member", "participant", "responder":
			who = i
		case "role", "roles", "responsibility", "responsibilities", "function", "position":
			role = i
		}
	}
	if who < 0 || role < 0 {
		return false
	}
	for _, r := range body {
		if who >= len(r.Cells) || role >= len(r.Cells) {
			continue
		}
		name, v := r.Cells[who].Value, p.doc.Text(r.Cells[role].Value)
		if key := p.fieldKey(v); personKey(key) && name.Len() > 0 {
			if _, ok := p.doc.Field(key); !ok {
				p.doc.Fields = append(p.doc.Fields, Field{Key: key, Label: v, Value: p.doc.Text(name), Span: name, LabelSpan: r.Cells[role].Value})
			}
		}
	}
	return true
}
