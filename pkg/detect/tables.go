package detect

import "strings"

// Tables pasted into a text: a CSV export, a spreadsheet's tab-separated
// rows, a Markdown table. A name or a birth date in a row has no cue
// before it; the header above says what each column holds:
//
//	name,email,phone
//	Ji-woo Park,jiwoo.park@example.com,+1 415 555 0134
//
// The reader starts from a header word ("name", "surname", "dob"), which
// is rare, checks that its line is a header (two cells or more, each a
// short label), and reads the cells of the rows below it in the columns
// that hold names or birth dates.

// tableHeads are the words of a header cell that tableColumns reads.
var tableHeads = newKeywords("name", "names", "fullname", "firstname", "lastname", "surname", "forename", "givenname",
	"familyname", "customername", "contactname", "nombre", "apellido", "apellidos", "nom", "prénom", "prenom", "nome",
	"cognome", "naam", "achternaam", "voornaam", "vorname", "nachname", "dob", "birthdate", "birthday", "birth",
	"geburtsdatum")

// columnKind is what a table's column holds.
type columnKind uint8

const (
	columnOther columnKind = iota
	columnName
	columnBirth
)

// nameHeads are the header words (the cell's last word, or the cell
// written as one word) of a column of people's names.
var nameHeads = map[string]bool{"name": true, "names": true, "fullname": true, "firstname": true, "lastname": true,
	"surname": true, "forename": true, "givenname": true, "familyname": true, "customername": true,
	"contactname": true, "nombre": true, "apellido": true, "apellidos": true, "nom": true, "prénom": true,
	"prenom": true, "nome": true, "cognome": true, "naam": true, "achternaam": true, "voornaam": true,
	"vorname": true, "nachname": true}

// bareNameHeads need another column that says the rows are people
// (personColumns): "Name,Price" lists products.
var bareNameHeads = map[string]bool{"name": true, "names": true, "nom": true, "nombre": true, "nome": true, "naam": true}

// personColumns are header words that say a table lists people.
var personColumns = []string{"email", "e-mail", "mail", "phone", "tel", "mobile", "cell", "address", "street", "city",
	"zip", "postcode", "postal", "dob", "birth", "ssn", "customer", "contact", "patient", "employee", "guest",
	"member", "passenger", "telefono", "teléfono", "correo", "telefon", "adresse", "courriel"}

// maxHeaderLine bounds the header line read.
const maxHeaderLine = 1024

// tableColumns calls fn with each cell of a pasted table's rows whose
// column holds kind, trimmed of blanks and quotes.
func tableColumns(t *Text, kind columnKind, fn func(a, b int)) {
	s := t.S
	done := -1 // the end of the last line read: hits before it are in it
	for _, h32 := range keywordHits(t, tableHeads) {
		h := int(h32)
		if h < done || !endsCell(s, h) || !inShortCell(s, h) {
			continue
		}
		ls := strings.LastIndexByte(s[max(0, h-maxHeaderLine):h], '\n') + 1
		if ls == 0 && h > maxHeaderLine {
			continue
		} else if h > maxHeaderLine {
			ls += h - maxHeaderLine
		}
		le := strings.IndexByte(s[h:min(len(s), h+maxHeaderLine)], '\n')
		if le < 0 {
			done = min(len(s), h+maxHeaderLine)
			continue // a header is a whole line, with rows after it
		}
		le += h
		done = le
		if k := strings.Index(s[ls:h], ": "); k > 0 && k <= 32 {
			ls += k + 2 // a chat line's speaker label: "Customer: name,email"
		}
		header := strings.TrimRight(s[ls:le], "\r")
		delim := tableDelim(header)
		if delim == 0 {
			continue
		}
		var cells, kinds [32]int
		hc := splitCells(header, delim, cells[:0])
		if len(hc) < 4 { // two cells
			continue
		}
		ks, ok := headerKinds(t.Lower[ls:ls+len(header)], hc, kinds[:0])
		if !ok {
			continue
		}
		want := false
		for _, k := range ks {
			want = want || columnKind(k) == kind
		}
		if !want {
			continue
		}
		// the rows: lines of as many cells, up to a blank line
		i := le + 1
		for i < len(s) {
			j := i
			for j < len(s) && s[j] != '\n' {
				j++
			}
			row := strings.TrimRight(s[i:j], "\r")
			if delim == '|' && markdownRule(row) {
				i = j + 1
				continue
			}
			var rbuf [32]int
			rc := splitCells(row, delim, rbuf[:0])
			if len(rc) != len(hc) {
				break
			}
			for c := 0; c < len(ks); c++ {
				if columnKind(ks[c]) != kind {
					continue
				}
				a, b := trimCell(row, rc[2*c], rc[2*c+1])
				if a < b {
					fn(i+a, i+b)
				}
			}
			done = j
			i = j + 1
		}
	}
}

// endsCell reports whether the word at h ends a cell: a delimiter or the
// line's end follows it, blanks apart. Header words end their cells
// ("name,email", "Date of birth;City", "| Full Name |"); in prose a word
// mostly follows them.
func endsCell(s string, h int) bool {
	j := h
	for j < len(s) && (isAlpha(s[j]) || s[j] >= 0x80) {
		j++
	}
	for k := 0; k < 2 && j < len(s) && (s[j] == ' ' || s[j] == '"'); k++ {
		j++ // blanks, or the quote that closes a quoted cell
	}
	if j == len(s) {
		return false
	}
	c := s[j]
	return c == ',' || c == '\t' || c == ';' || c == '|' || c == '\n' || c == '\r'
}

// inShortCell reports whether the header word at h stands in a cell of a
// few label bytes, with a cell delimiter on one side at least: a quick
// test that most of the words tableHeads hits in prose fail.
func inShortCell(s string, h int) bool {
	i := h
	for ; i > 0 && h-i <= 40; i-- {
		if c := s[i-1]; c == '\n' || c == ',' || c == '\t' || c == ';' || c == '|' || c == ':' {
			break // ':' ends a speaker label
		} else if !labelByte(c) {
			return false
		}
	}
	j := h
	for ; j < len(s) && j-h <= 48; j++ {
		if c := s[j]; c == '\n' || c == '\r' || c == ',' || c == '\t' || c == ';' || c == '|' {
			break
		} else if !labelByte(c) {
			return false
		}
	}
	if h-i > 40 || j-h > 48 || j == len(s) {
		return false
	}
	return s[j] != '\n' && s[j] != '\r' || i > 0 && s[i-1] != '\n'
}

// labelByte reports whether c may stand in a header's label.
func labelByte(c byte) bool {
	return isAlnum(c) || c >= 0x80 || c == ' ' || c == '_' || c == '-' || c == '.' || c == '/' || c == '#' || c == '(' || c == ')' || c == '"'
}

// tableDelim returns the byte that separates the cells of header: a tab,
// '|', ';' or ',', the first of them it holds, or 0.
func tableDelim(header string) byte {
	for _, d := range []byte{'\t', '|', ';', ','} {
		if strings.IndexByte(header, d) >= 0 {
			return d
		}
	}
	return 0
}

// splitCells appends the start and end of each cell of line (cut at delim
// outside double quotes) to dst, up to its capacity; more, and it returns
// nil. A Markdown row's outer pipes start and end no cell.
func splitCells(line string, delim byte, dst []int) []int {
	if delim == '|' {
		a, b := 0, len(line)
		for a < b && line[a] == ' ' {
			a++
		}
		for b > a && line[b-1] == ' ' {
			b--
		}
		if a == b || line[a] != '|' || line[b-1] != '|' || b-a < 2 {
			return nil
		}
		return splitCellsFrom(line[:b-1], a+1, delim, dst)
	}
	return splitCellsFrom(line, 0, delim, dst)
}

func splitCellsFrom(line string, from int, delim byte, dst []int) []int {
	start, quoted := from, false
	for i := from; i < len(line); i++ {
		switch c := line[i]; {
		case c == '"':
			quoted = !quoted
		case c == delim && !quoted:
			if len(dst) == cap(dst) {
				return nil
			}
			dst = append(dst, start, i)
			start = i + 1
		}
	}
	if len(dst) == cap(dst) {
		return nil
	}
	return append(dst, start, len(line))
}

// markdownRule reports whether row is a Markdown table's rule: |---|:--|.
func markdownRule(row string) bool {
	dash := false
	for i := 0; i < len(row); i++ {
		switch row[i] {
		case '-':
			dash = true
		case '|', ':', ' ':
		default:
			return false
		}
	}
	return dash
}

// headerKinds appends the kind of each of header's cells (lower case) to
// dst, and reports whether every cell is a label (a few words, no more
// than 40 bytes, not empty) and one holds names or birth dates.
func headerKinds(header string, cells []int, dst []int) ([]int, bool) {
	people, any := false, false
	for c := 0; c+1 < len(cells); c += 2 {
		a, b := trimCell(header, cells[c], cells[c+1])
		cell := header[a:b]
		if b == a || b-a > 40 || strings.Count(cell, " ") > 3 {
			return nil, false
		}
		for i := 0; i < len(cell); i++ {
			if !labelByte(cell[i]) {
				return nil, false // no label: "My name is Ana, and yours?"
			}
		}
		words := strings.FieldsFunc(cell, func(r rune) bool { return r == ' ' || r == '_' || r == '-' || r == '.' })
		kind := columnOther
		switch last := ""; {
		case len(words) == 0:
		case strings.Contains(cell, "birth") || cell == "dob" || cell == "d.o.b." || strings.Contains(cell, "geburtsdatum") || strings.HasPrefix(cell, "fecha de nac"):
			kind = columnBirth
		default:
			last = words[len(words)-1]
			if nameHeads[last] && (len(words) == 1 || !labelOwners[words[len(words)-2]]) {
				kind = columnName
				if len(words) == 1 && bareNameHeads[last] {
					kind = columnName | 0x80 // bare: needs a person column
				}
			}
		}
		for _, w := range personColumns {
			if strings.Contains(cell, w) {
				people = true
			}
		}
		any = any || kind != columnOther
		dst = append(dst, int(kind))
	}
	for i, k := range dst {
		if k&0x80 != 0 {
			dst[i] = int(columnName)
			if !people {
				dst[i] = int(columnOther)
			}
		}
	}
	return dst, any
}

// trimCell returns the bounds of line[a:b] without blanks and double
// quotes around it.
func trimCell(line string, a, b int) (int, int) {
	for a < b && (line[a] == ' ' || line[a] == '\t' || line[a] == '"') {
		a++
	}
	for b > a && (line[b-1] == ' ' || line[b-1] == '\t' || line[b-1] == '"' || line[b-1] == '\r') {
		b--
	}
	return a, b
}

// findTableNames flags the names in a pasted table's name columns: one to
// five words of letters ("Okafor, Chiamaka" too), in any case.
func findTableNames(t *Text, dst []Span) []Span {
	s := t.S
	tableColumns(t, columnName, func(a, b int) {
		if b-a < 2 || b-a > 64 || placeholderNames[strings.ToLower(s[a:b])] {
			return
		}
		words, letter, w := 0, false, a
		for i := a; i <= b; i++ {
			if i == b || s[i] == ' ' || s[i] == ',' {
				// a word of the language is no part of a name: a
				// sentence under a header is no row ("Thanks for that")
				if lw := t.Lower[w:i]; i > w && lowerStops[lw] && !commonWords[lw] {
					return
				}
				words += b2i(i > w)
				w = i + 1
				continue
			}
			switch c := s[i]; {
			case isAlpha(c) || c >= 0x80:
				letter = true
			case c == '\'' || c == '-' || c == '.':
			default:
				return // digits, '@': no name
			}
		}
		if letter && words <= 5 {
			dst = append(dst, Span{Start: a, End: b, Entity: Person, Priority: prioPerson})
		}
	})
	return dst
}

// findTableBirthDates flags the dates in a pasted table's birth-date
// columns.
func findTableBirthDates(t *Text, dst []Span) []Span {
	s := t.S
	tableColumns(t, columnBirth, func(a, b int) {
		if b-a > 32 {
			return
		}
		if x, y, ok := findDate(s[a:b]); ok && y-x >= (b-a)*2/3 {
			dst = append(dst, Span{Start: a + x, End: a + y, Entity: DateOfBirth, Priority: prioDate})
		}
	})
	return dst
}
