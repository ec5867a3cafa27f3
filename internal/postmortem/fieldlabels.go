package postmortem

// fieldLabels returns a map from normalised label to field key for the
// labels the options add, or nil when they add none.
func fieldLabels(opt Options) map[string]string {
	if len(opt.Fields) == 0 {
		return nil
	}
	return invert(opt.Fields)
}

// fieldKey is the package's fieldKey after the labels the options add.
func (p *parser) fieldKey(label string) string {
	return fieldKeyWith(p.fields, label)
}

// fieldKeyWith is the package's fieldKey after the labels of fields (a
// map fieldLabels made; nil adds none).
func fieldKeyWith(fields map[string]string, label string) string {
	if fields != nil {
		if k := lookupNormal(fields, label); k != "" {
			return k
		}
	}
	return fieldKey(label)
}

// synonymKey is the package's synonymKey after the labels the options add.
func (p *parser) synonymKey(label string) string {
	if p.fields != nil {
		if k := lookupNormal(p.fields, label); k != "" {
			return k
		}
	}
	return synonymKey(label)
}
