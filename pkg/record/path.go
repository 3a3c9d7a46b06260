package record

import "strings"

// ListSuffix marks a path segment that descends into every element of a list.
const ListSuffix = "[]"

// PathTokens splits a field path into tokens, with every list step as its
// own "[]" token: "messages[].text" gives ["messages", "[]", "text"]. A list
// field and its elements are then parent and child.
func PathTokens(p string) []string {
	var out []string
	for _, seg := range strings.Split(p, ".") {
		n := 0
		for strings.HasSuffix(seg, ListSuffix) {
			seg = strings.TrimSuffix(seg, ListSuffix)
			n++
		}
		out = append(out, seg)
		for ; n > 0; n-- {
			out = append(out, ListSuffix)
		}
	}
	return out
}

// JoinTokens is the inverse of PathTokens.
func JoinTokens(tokens []string) string {
	var b strings.Builder
	for i, t := range tokens {
		if i > 0 && t != ListSuffix {
			b.WriteByte('.')
		}
		b.WriteString(t)
	}
	return b.String()
}
