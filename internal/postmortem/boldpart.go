package postmortem

import "bytes"

// An item's part may be set in bold as a whole, as a writer marks whose
// the work is: "Rotate the keys — **Ines Varga**, by 12 January". The
// part reads as the words inside the stars.

// boldInner returns the words inside a part wrapped whole in "**" or
// "__", and any other part as it is.
func boldInner(src []byte, part Span) Span {
	if part.Len() < 5 {
		return part
	}
	b := src[part.Start:part.End]
	if !bytes.HasPrefix(b, []byte("**")) && !bytes.HasPrefix(b, []byte("__")) || !bytes.HasSuffix(b, b[:2]) {
		return part
	}
	if bytes.Contains(b[2:len(b)-2], b[:2]) {
		return part // "**Fix** the **alert**": two bold runs, not one
	}
	return Span{part.Start + 2, part.End - 2}
}
