package postmortem

import "bytes"

// Attributes in brackets after a task, as SilverBullet writes them:
// "* [WAITING] Raise the rate limit [owner: "@okonkwo.e"] [due: "end of
// January"] — waiting on the CA". Each attribute whose key names a field
// gives that field; the title ends before the first attribute.

// bracketAttrRe is one attribute, its key and its value, quoted or not.
var bracketAttrRe = lazyRe(`\s*\[([A-Za-z][A-Za-z ]*):\s*("[^"]*"|[^\]"]*)\]`)

// bracketAttrs reads the attributes of an item and returns the item
// before them.
func (p *parser) bracketAttrs(a *Action, item Span) Span {
	b := p.src[item.Start:item.End]
	if !bytes.Contains(b, []byte("[owner:")) && !bytes.Contains(b, []byte("[due:")) {
		return item
	}
	ms := bracketAttrRe.FindAllSubmatchIndex(b, -1)
	if len(ms) == 0 || ms[0][0] == 0 {
		return item
	}
	for _, m := range ms {
		key := lookupNormal(headingFieldKeys, string(b[m[2]:m[3]]))
		v := attrValue(p.src, Span{item.Start + m[4], item.Start + m[5]})
		if (key == colOwner || key == colDue) && v.Len() > 0 {
			p.itemField(a, key, v)
		}
	}
	return trimSpan(p.src, Span{item.Start, item.Start + ms[0][0]})
}

// attrValue is an attribute's value without its quotes, and a page link
// to a person without its brackets and folder: "[[People/Hattie
// Brandt]]" is Hattie Brandt.
func attrValue(src []byte, v Span) Span {
	v = trimMarks(src, v, ` "`)
	b := src[v.Start:v.End]
	if bytes.HasPrefix(b, []byte("[[")) && bytes.HasSuffix(b, []byte("]]")) {
		v = Span{v.Start + 2, v.End - 2}
		if i := bytes.LastIndexByte(src[v.Start:v.End], '/'); i >= 0 {
			v.Start += i + 1
		}
	}
	return v
}
