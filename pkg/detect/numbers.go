package detect

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// numberRun is a run of digits and separators starting at a word boundary.
type numberRun struct {
	start, end int
	digits     []byte
	seps       []byte // the separator bytes, in order
	groups     []int  // lengths of the digit groups

	// where a run kept in a Text has its bytes and groups
	ndigits, nseps, ngroups int
	bytesEnd, groupsEnd     int
}

// The separator sets digit runs are read with: phones (and known digit
// values), cards and SSNs, IPv4 addresses.
const (
	sepsPhone = iota
	sepsCard
	sepsDot
	sepsKinds
)

var sepsOf = [sepsKinds]string{" -./()+", " -.", "."}

// scanRuns calls fn for every run of digits joined by single separators of
// the kind seps (a '+' may lead, '(' and ')' may wrap a group for phones).
// It only looks at the parts of the text that hold digits (Text.digitSpans),
// so prose costs nothing, and reads the runs of each kind once per text.
func scanRuns(t *Text, seps int, fn func(r *numberRun)) {
	if !t.runsDone[seps] {
		t.runsDone[seps] = true
		t.buildRuns(seps)
	}
	for i := range t.runs[seps] {
		fn(&t.runs[seps][i])
	}
}

// phoneRunsMax returns the most digits, and the most '.' separators, in
// one phone run. Phone runs join digits over every separator the other
// kinds use, so a card or IPv4 run never has more of either: a text whose
// phone runs are short needs no card, SSN or IPv4 runs. Runs that are not
// kept (too short or too long for any detector) count too.
func (t *Text) phoneRunsMax() (digits, dots int) {
	if !t.runsDone[sepsPhone] {
		t.runsDone[sepsPhone] = true
		t.buildRuns(sepsPhone)
	}
	return t.phoneMax[0], t.phoneMax[1]
}

// minRunDigits is, per kind, the fewest digits any reader of that kind's
// runs takes: phones 7 and the record's digits 6 (4 kept, to be safe);
// cards 13 and SSNs 9; IPv4 4. A run with more than maxRunDigits digits is
// no phone, card, SSN, address or record value either. Runs outside these
// bounds are read but not kept, so a hostile text ("1.1.1.1…", a page of
// digits) costs no memory per run. (Variables, so that a test can lift
// them.)
var (
	minRunDigits = [sepsKinds]int{sepsPhone: 4, sepsCard: 9, sepsDot: 4}
	maxRunDigits = 64
)

// sepTables holds sepsOf as byte sets.
var sepTables = func() (m [sepsKinds][256]bool) {
	for k, seps := range sepsOf {
		for i := 0; i < len(seps); i++ {
			m[k][seps[i]] = true
		}
	}
	return m
}()

// buildRuns reads the runs of kind seps from the digit stretches into
// t.runs[seps]: every run of digits joined by single separators of the
// kind (a '+' may lead, '(' and ')' may wrap a group for phones), starting
// at a word boundary.
func (t *Text) buildRuns(kind int) {
	text := t.S
	if kind != sepsPhone {
		t.phoneRunsMax() // the phone runs fill t.spanMax
	}
	seps := &sepTables[kind]
	runs := t.runs[kind][:0]
	bytesFrom, groupsFrom := len(t.runBytes), len(t.runGroups)
	spans := t.digits
	if kind == sepsPhone {
		// the most digits and dots of a phone run in each stretch: a card,
		// SSN or IPv4 run lies inside a phone run (phones join digits over
		// every separator the other kinds use), so the other kinds skip
		// the stretches whose phone runs are too short for them
		if cap(t.spanMax) < len(spans)/2 {
			t.spanMax = make([][2]int32, len(spans)/2, len(spans)/2+len(spans)/8)
		}
		t.spanMax = t.spanMax[:len(spans)/2]
		clear(t.spanMax)
	}
	wordEnd := 0 // the end of the last word skipped: it may hold more stretches
	for k := 0; k < len(spans); k += 2 {
		switch kind {
		case sepsCard:
			if t.spanMax[k/2][0] < int32(minRunDigits[sepsCard]) {
				continue
			}
		case sepsDot:
			if t.spanMax[k/2][1] < 3 {
				continue // an IPv4 address has three dots
			}
		}
		for i, to := int(spans[k]), int(spans[k+1]); i < to; i++ {
			c := text[i]
			start := i
			switch {
			case c == '+' && i+1 < len(text) && isDigit(text[i+1]) && seps['+'] && (i == 0 || !isAlnum(text[i-1]) && text[i-1] != '.'):
				// (not a version's "+": 2.4+20131018, gtk+2.0)
			case c == '(' && i+1 < len(text) && isDigit(text[i+1]) && seps['('] && closedGroup(text, i+1):
				// an area code in brackets, not a date in them: "(2003-08-08)"
			case c == '2' && seps['+'] && i >= 1 && text[i-1] == '%' && i+2 < len(text) && (text[i+1] == 'B' || text[i+1] == 'b') &&
				isDigit(text[i+2]) && boundaryBefore(text, i-1):
				// "%2B353…": a URL's "+", read as one
				start, c = i-1, '+'
				i++
			case isDigit(c):
			default:
				continue
			}
			if !boundaryBefore(text, i) && !(c == '(' || c == '+') && (text[i-1] < utf8.RuneSelf || !unspacedBefore(text, i)) {
				// inside a word, unless after a character of no word
				// or of a script written without spaces (unspacedBefore)
				i = skipWord(text, i, &wordEnd)
				continue
			}
			// digits first, then separators, of this run; past
			// maxRunDigits the run is only read to its end
			db, gb := len(t.runBytes), len(t.runGroups)
			var sepBuf [24]byte
			sb := sepBuf[:0]
			j := i
			if c == '+' {
				j++
			}
			group, nd, dots := 0, 0, 0
			for j < len(text) {
				d := text[j]
				if isDigit(d) {
					if nd++; nd <= maxRunDigits {
						t.runBytes = append(t.runBytes, d)
					}
					group++
					j++
					continue
				}
				if d == ' ' && kind == sepsPhone && j+3 < len(text) && text[j+2] == ' ' && isDigit(text[j+3]) && group > 0 &&
					(text[j+1] == '-' || text[j+1] == '/' && group >= 2 && group <= 5 && (c == '+' || t.runBytes[db] == '0')) {
					// "415 - 555 - 0132", "089 / 123 456 78": a dash set
					// off by spaces, one separator; a slash so only after
					// an area code (a trunk 0 or a country code before it:
					// "100 / 200 / 300" are sizes, "5.5.4 / 1.4.12" versions)
					if nd <= maxRunDigits {
						t.runGroups = append(t.runGroups, group)
						sb = append(sb, text[j+1])
					}
					group = 0
					j += 3
					continue
				}
				if !seps[d] || d == '+' || j+1 >= len(text) {
					break
				}
				next := text[j+1]
				// one separator, or ") " / " (" pairs
				if !isDigit(next) && !(d == ')' && next == ' ' && j+2 < len(text) && isDigit(text[j+2])) &&
					!(d == ' ' && next == '(' && seps['('] && j+2 < len(text) && isDigit(text[j+2]) && closedGroup(text, j+2)) &&
					!(d == '(' && isDigit(next)) {
					break
				}
				if group > 0 {
					if nd <= maxRunDigits {
						t.runGroups = append(t.runGroups, group)
					}
					group = 0
				}
				if nd <= maxRunDigits {
					sb = append(sb, d)
				}
				if d == '.' {
					dots++
				}
				j++
			}
			if group > 0 && nd <= maxRunDigits {
				t.runGroups = append(t.runGroups, group)
			}
			if kind == sepsPhone {
				t.phoneMax = [2]int{max(t.phoneMax[0], nd), max(t.phoneMax[1], dots)}
				m := &t.spanMax[k/2]
				m[0], m[1] = max(m[0], int32(min(nd, 1<<30))), max(m[1], int32(min(dots, 1<<30)))
			}
			if nd < minRunDigits[kind] || nd > maxRunDigits {
				t.runBytes, t.runGroups = t.runBytes[:db], t.runGroups[:gb]
			} else {
				t.runBytes = append(t.runBytes, sb...)
				runs = append(runs, numberRun{start: start, end: j, ndigits: nd, nseps: len(sb), ngroups: len(t.runGroups) - gb,
					bytesEnd: len(t.runBytes), groupsEnd: len(t.runGroups)})
			}
			// the rest of the word the run ends in ("4th", "12ab"), but
			// not past a character of a script written without spaces,
			// which bounds a number (携帯は090-1234-5678、自宅は03-…): the
			// next number may follow it, and a text of such characters
			// would be read to its end from every number in it
			i = j - 1
			for i+1 < len(text) && wordByte(text[i+1]) {
				if text[i+1] >= utf8.RuneSelf {
					r, size := utf8.DecodeRuneInString(text[i+1:])
					if unspacedScript(r) || isThai(r) || !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) {
						break
					}
					i += size
					continue
				}
				i++
			}
		}
	}
	// the slices, now that runBytes and runGroups no longer move
	for i := range runs {
		r := &runs[i]
		r.digits = t.runBytes[r.bytesEnd-r.nseps-r.ndigits : r.bytesEnd-r.nseps : r.bytesEnd-r.nseps]
		r.seps = t.runBytes[r.bytesEnd-r.nseps : r.bytesEnd : r.bytesEnd]
		r.groups = t.runGroups[r.groupsEnd-r.ngroups : r.groupsEnd : r.groupsEnd]
	}
	_, _ = bytesFrom, groupsFrom
	t.runs[kind] = runs
}

// thousands reports whether r is a number grouped by thousands: one to
// three digits, then groups of three, all after one separator, '.' or ','.
func thousands(r *numberRun) bool {
	g := r.groups
	if len(g) < 3 || g[0] > 3 || r.digits[0] == '0' || r.seps[0] != '.' && r.seps[0] != ',' {
		return false
	}
	for i, n := range g[1:] {
		if n != 3 || r.seps[i] != r.seps[0] {
			return false
		}
	}
	return true
}

// closedGroup reports whether the digits at i are closed by ')': an area
// code in brackets ("+44 (20) 7946"), not a remark after a number
// ("415-555-0199 (1 hour)", "(1-800-FLOWERS)").
func closedGroup(text string, i int) bool {
	for i < len(text) && isDigit(text[i]) {
		i++
	}
	return i < len(text) && text[i] == ')'
}

// digitSpans returns, in pairs, the start and end of every stretch of the
// text made of digits, separators and parentheses that holds a digit, made
// by lex.
func (t *Text) digitSpans() []int32 { return t.digits }

// numberBytes may stand between the digits of one number.
const numberBytes = " -./()+"

// luhn reports whether digits pass the Luhn check.
func luhn(digits []byte) bool {
	sum, double := 0, false
	for i := len(digits) - 1; i >= 0; i-- {
		d := int(digits[i] - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return sum%10 == 0
}

// looksLikeDate reports whether a run is a calendar date or a year range:
// 2024-03-05, 05/03/2024, 5.3.2024, 2019-2024.
func looksLikeDate(r *numberRun) bool {
	g := r.groups
	if len(g) >= 3 && len(r.seps) >= 2 && r.seps[0] == r.seps[1] && strings.IndexByte("-/.", r.seps[0]) >= 0 &&
		(g[0] == 4 && g[1] <= 2 && g[2] <= 2 || g[0] <= 2 && g[1] <= 2 && (g[2] == 4 || g[2] == 2 && len(g) == 3)) {
		return true // a date, maybe followed by a time: 2024-03-05 14:22
	}
	return len(r.groups) == 2 && r.groups[0] == 4 && r.groups[1] == 4 && (r.seps[0] == '-' || r.seps[0] == '/')
}

// decimals reports whether r is decimal numbers in a row, a dot inside each
// and a space between them: "load 0.52 0.48 0.45".
func decimals(r *numberRun) bool {
	if len(r.seps) < 3 {
		return false
	}
	for i, c := range r.seps {
		if c != ". "[i%2] {
			return false
		}
	}
	return true
}

// skipWord returns the end of the word or longer number that i is inside
// of, and keeps it in wordEnd: a word that holds many digit stretches (a
// hash, c4ca4238a0b923820dcc) is read to its end once, not once per
// stretch.
//
//go:noinline
func skipWord(text string, i int, wordEnd *int) int {
	if i < *wordEnd {
		return *wordEnd
	}
	for i < len(text) && wordByte(text[i]) {
		i++
	}
	*wordEnd = i
	return i
}

// httpStatusBefore reports whether the number at i follows an HTTP request
// line's protocol, as an access log writes it: `"GET /x HTTP/1.1" 200 5123`
// is a status and a size.
func httpStatusBefore(text string, i int) bool {
	if i < 2 || text[i-1] != ' ' || text[i-2] != '"' {
		return false
	}
	w := text[max(0, i-12) : i-2]
	k := strings.LastIndex(w, "HTTP/")
	return k >= 0 && strings.Trim(w[k+5:], "0123456789.") == ""
}

// allGroups reports whether every digit group of r has n digits.
func allGroups(r *numberRun, n int) bool {
	for _, g := range r.groups {
		if g != n {
			return false
		}
	}
	return true
}

// readOut reports whether r is seven digits or more, each alone, parted by
// single spaces ("4 1 5 5 5 5 0 1 3 2"), and neither one digit repeated
// nor counting up ("0 0 0 0 0 0 0", "1 2 3 4 5 6 7": a table's column, a
// list).
func readOut(r *numberRun) bool {
	if len(r.digits) < 7 || len(r.groups) != len(r.digits) {
		return false
	}
	same, up := true, true
	for i, c := range r.seps {
		if c != ' ' {
			return false
		}
		same = same && r.digits[i+1] == r.digits[i]
		up = up && r.digits[i+1] == r.digits[i]+1
	}
	return !same && !up
}

// startsDottedQuad reports whether r starts with four groups of one to
// three digits joined by dots, and goes on after a separator that is not a
// dot: an IPv4 address with a prefix length (192.168.0.0/16).
func startsDottedQuad(r *numberRun) bool {
	if len(r.seps) < 4 || len(r.groups) < 5 || r.seps[3] == '.' {
		return false
	}
	for i := range 4 {
		if r.groups[i] > 3 || i < 3 && r.seps[i] != '.' {
			return false
		}
	}
	return true
}

// numberContext is what makes a digit run a reference rather than a phone.
var numberContext = newKeywords("order", "tracking", "invoice", "inv", "ticket", "case", "ref", "reference", "sku", "item", "serial",
	"model", "version", "build", "firmware", "account", "acct", "id ", "id:", "code",
	"usd", "eur", "price", "total", "amount", "iban", "card", "ssn", "social security", "zip", "postcode", "po box",
	"fedex", "ups", "usps", "dhl", "parcel", "shipment", "awb", "waybill", "receipt", "transaction", "confirmation",
	"ein", "tax id", "vat", "po", "p.o.", "po#", "purchase order", "requisition", "req",
	// companies' tax and registry numbers: Italy, France, Spain, the Netherlands, Germany, the UK
	"p.iva", "partita iva", "iva", "siret", "siren", "cif", "nif", "kvk", "btw", "ust-idnr", "hrb", "company no",
	"company number", "registration number", "reg no",
	// parts, publications, lots and claims
	"part no", "part number", "part #", "doi", "isbn", "issn", "lot no", "lot number", "lot #", "batch no",
	"batch number", "policy number", "policy no", "policy #", "claim number", "claim no", "claim #", "patent",
	// the same in Spanish, French, Italian, German, Portuguese and Dutch:
	// order, invoice, reference, account, case, customer number
	"pedido", "commande", "ordine", "bestellung", "bestelling", "encomenda", "factura", "facture", "fattura",
	"rechnung", "fatura", "factuur", "referencia", "référence", "riferimento", "referenz", "referência",
	"cuenta", "compte", "conto", "konto", "conta", "expediente", "dossier", "pratica", "vorgang",
	"kundennummer", "auftrag", "suivi", "seguimiento", "tracciamento", "sendungsnummer",
	// compounds: German and Dutch write order number as one word
	"bestellnummer", "bestellnr", "auftragsnummer", "rechnungsnummer", "vertragsnummer", "kundennr", "vorgangsnummer",
	"ordernummer", "bestelnummer", "factuurnummer", "klantnummer", "dossiernummer")

// timestampWords make a bare number of ten digits a Unix time in seconds,
// not a phone number ("timestamp 1700000000").
var timestampWords = newKeywords("timestamp", "epoch", "unix", "ts")

// referenceSymbol reports whether clause, the text before a number, holds
// "$", "€", "£" or "#"; a "#" only when a number follows it ("order
// #88412", "ticket # " right before the run), since "my new # is" says
// "number".
func referenceSymbol(clause string) bool {
	if containsWord(clause, "$", "€", "£") {
		return true
	}
	for off := 0; ; {
		k := strings.IndexByte(clause[off:], '#')
		if k < 0 {
			return false
		}
		j := skipSpace(clause, off+k+1)
		if j == len(clause) || isDigit(clause[j]) {
			return true
		}
		off += k + 1
	}
}

// referenceBefore reports whether a numberContext word is in the clause
// [from, i) of a run of n digits; "card" only for twelve digits or more
// (a payment, gift or SIM card's number), since "left his card:
// 080-1234-5678" is a business card's phone.
func referenceBefore(t *Text, from, i, n int) bool {
	for _, p := range keywordHits(t, numberContext) {
		if int(p) >= i {
			break
		}
		if int(p) < from || phraseEnd(t, numberContext, int(p)) > i {
			continue
		}
		if n < 12 && strings.HasPrefix(t.Lower[p:], "card") {
			continue
		}
		return true
	}
	return false
}

// phoneWords say that a number next to them is a phone number.
var phoneWords = newKeywords("phone", "call", "tel", "mobile", "cell", "reach", "text me", "whatsapp", "fax", "ring", "handy", "portable",
	"area code", "caller id", "callback", "call back", "number on the account", "number on your account", "number on file",
	"number we have on file",
	// Spanish, French, Italian, German, Portuguese, Dutch
	"teléfono", "telefono", "téléphone", "telefone", "telefoon", "telefon", "telefonnummer", "rufnummer", "móvil",
	"movil", "celular", "cellulare", "mobiel", "telemóvel", "llamar", "appeler", "chiamare", "anrufen")

type phoneDetector struct{}

func (phoneDetector) Entity() string { return Phone }

func (phoneDetector) Name() string { return "phone" }

func (phoneDetector) Examples() Examples {
	return Examples{
		Match: [][2]string{
			{"call me at (415) 555-0132 tonight", "(415) 555-0132"},
			{"Call 415-555-0199 (1 hour) or 1-800-356-9377 (1-800-FLOWERS)", "1-800-356-9377"},
			{"Call 415-555-0199 (1 hour)", "415-555-0199"},
			{"my number is +1 415 555 0132.", "+1 415 555 0132"},
			{"ring 020 7946 0018 please", "020 7946 0018"},
			{"Handy: +49 30 901820", "+49 30 901820"},
			{"Tel. 030 901820", "030 901820"},
			{"Telefon: +49 (0) 89 / 123 456 78, Fax", "+49 (0) 89 / 123 456 78"},
			{"tel 0049 30 9018 2011", "0049 30 9018 2011"},
			{"mon portable 06 12 34 56 78", "06 12 34 56 78"},
			{"whatsapp +91 98765 43210", "+91 98765 43210"},
			{"mobile 0412 345 678", "0412 345 678"},
			{"電話 +81 3-1234-5678", "+81 3-1234-5678"},
			{"cel +55 11 91234-5678", "+55 11 91234-5678"},
			{"bel +31 6 12345678", "+31 6 12345678"},
			{"+52 55 1234 5678 is mine", "+52 55 1234 5678"},
			{"text 415.555.0132", "415.555.0132"},
			{"number 4155550132", "4155550132"},
			{"call +91-9876543210 now", "+91-9876543210"},
			// read out, as speech recognition writes it (spoken.go)
			{"my number is five five five, one two three, four five six seven", "five five five, one two three, four five six seven"},
			{"it's oh seven seven double oh nine double oh one two three", "oh seven seven double oh nine double oh one two three"},
			{"call me on four one five uh five five five oh one three two", "four one five uh five five five oh one three two"},
			{"reach me at 415 five five five zero one three two", "415 five five five zero one three two"},
			{"and phone 4 1 5 5 5 5 0 1 3 2 thanks", "4 1 5 5 5 5 0 1 3 2"},
			{"you can call me at four one five five fifty five oh one three two", "four one five five fifty five oh one three two"},
			{"it's area code four one five then five five five twelve twelve", "four one five then five five five twelve twelve"},
			{"mi número es cinco cinco cinco, uno dos tres, cuatro cinco seis siete", "cinco cinco cinco, uno dos tres, cuatro cinco seis siete"},
			{"mon numéro c'est zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit", "zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit"},
			{"meine Nummer ist null eins sieben zwei, drei vier fünf, sechs sieben acht neun", "null eins sieben zwei, drei vier fünf, sechs sieben acht neun"},
			{"my number 03-1234567", "03-1234567"},
			{"or +44 7700900123", "+44 7700900123"},
			{`"phone": "+81-90-1234-5678"}`, "+81-90-1234-5678"},
			{"tel +44-20-7946-0018", "+44-20-7946-0018"},
			{"my new # is (646) 555-0143, old one 646-555-0188 is dead", "(646) 555-0143"},
			{"the tech left his card: 080-1234-5678.", "080-1234-5678"},
			{"?user_phone=%2B353871234567&plan=pro", "%2B353871234567"},
			{"Caller ID: 0049 30 1234567 (Berlin office)", "0049 30 1234567"},
			{"best number to reach me is 523602285, thanks", "523602285"},
			{"Agent: And a phone number in case the courier needs to call?\nCustomer: 500389061", "500389061"},
			{"the number on the account is five five five two three four nine eight seven six", "five five five two three four nine eight seven six"},
		},
		NoMatch: []string{"the form shows 000-12-3456, which is wrong", "12.03.24 14:22 Dana: ok", "the PO is 4500012345", "the meter reads 004512.7 kWh", "P.IVA 01234567890", "客户：订单号 20261103001，金额", "注文番号は 123-4567890 です", "Ihre Bestellnummer lautet 4500123456", "part no. 860-00298-01", "not NL91 ABNA 0417 1643 01 (a typo)", "DOI 10.1000/182", "policy number 4481 2290 18", "release 1.8.0 (2003-08-08) fixed it", "a buffer of 1.048.576 bytes",
			"tcpdump (2.4+20131018.git79459a2-1)", "gtk+2.0 (2.24.33-2) unstable",
			`"GET /api/v1/users/8842 HTTP/1.1" 200 5123`, "kernel: [12345.678901] eth0: link up",
			"order #A-99812 ships today", "tracking 1Z999AA10123456784", "order number 123-456-7890",
			"firmware 2.4.1.7", "on 2024-03-05 14:22:10", "it costs $1,299.00", "between 2019-2024",
			"error 0x80070005", "SKU 4410-2210-88", "account 43464097", "4111 1111 1111 1111",
			"dated 05/03/2024", "192.168.1.10", "Your case number is 140470-4316.", "3443 231598 97054",
			"employer EIN 12-3456789", "Coordinates 37.7749, -122.4194, app v2.10.3.", "employer 12-3456789",
			"shipped via FedEx 7489 2749 1234, ETA Friday", "transaction 5551234567 was declined", "route 192.168.0.0/16 via the VPN",
			"load 0.52 0.48 0.45", "00000000  7f 45 4c 46 02 01 01 00  00 00",
			"one or two of the five items", "give me one, two, three minutes", "order number four four one two three nine eight seven",
			"oh no, one two three four five six", "double double four four one", "someone two three four five six seven",
			"my account number is 4 4 7 1 9 2 3 8", "counts 0 0 0 0 0 0 0 0", "steps 1 2 3 4 5 6 7 8",
			"the plans are nineteen ninety nine, twenty nine ninety nine and thirty nine ninety nine a month",
			"twelve thirty four fifty six seventy eight", "i waited twenty-one two three four five minutes",
			"it's four four zero one two three nine eight seven for the account", "[null, null, null, null, null, null, null]",
			"un deux trois quatre cinq six sept huit neuf", "it expires at 1516239022", "disputes charge CH-2024-03-0091 today", "Nr zamówienia PL/88123/24.", "ticket # 646-555-0188", "BIC AIBKIE2D, reference INV 2024 118.", "gift card 6035 7102 3344", "ref #555-0143-2231", "nothing happens (v3.14.159.26)", "pass callback function (cf: 20130112)", "Agent: your order number?\nCustomer: 500389061", "my account 523602285", "les prix: douze, trente-quatre, cinquante-six, soixante-dix-huit",
		},
	}
}

func (phoneDetector) Find(t *Text, dst []Span) []Span {
	if len(t.spokenRuns()) > 0 {
		dst = findSpoken(t, Phone, prioPhone, dst) // read out: spoken.go
	}
	text := t.S
	scanRuns(t, sepsPhone, func(r *numberRun) {
		n := len(r.digits)
		if n < 7 || n > 15 || !boundaryAfter(text, r.end) && !unspacedAt(text, r.end) {
			return
		}
		if r.end < len(text) && (text[r.end] == '%' || text[r.end] == '@') {
			return
		}
		if r.start >= 2 && text[r.start-1] == '.' && isDigit(text[r.start-2]) {
			return // the rest of a version whose start was inside a word (v3.14.159.26)
		}
		if r.end+1 < len(text) && text[r.end] == ':' && isDigit(text[r.end+1]) && text[r.start] != '+' {
			return // "12.03.24 14:22": a date, then the hour of a time
		}
		if readOut(r) {
			// "4 1 5 5 5 5 0 1 3 2": read out digit by digit, as speech
			// recognition writes it; a phone by the spoken runs' rule
			clause := clauseWindow(t, r.start, 40)
			from := r.start - len(clause)
			if !clauseHasFrom(t, numberContext, from, r.start) || clauseHasFrom(t, phoneWords, from, r.start) {
				dst = append(dst, Span{Start: r.start, End: r.end, Entity: Phone, Priority: prioPhone})
			}
			return
		}
		// (a "00" prefix is one group: "0 0 0 0 …" is a table's zeros)
		plus := text[r.start] == '+' || text[r.start] == '%' // "%2B", a URL's "+"
		// (no country code starts with 0: "000-12-3456" has no "00" prefix)
		intl := plus || (len(r.digits) > 2 && r.digits[0] == '0' && r.digits[1] == '0' && r.digits[2] != '0' && len(r.groups) > 1 && r.groups[0] >= 2)
		if len(r.groups) == 1 && !intl && (n < 10 || n > 11) && (n > 9 || n < 8 || !bareNationalPhone(t, r.start)) {
			return // a bare number of 7-9 or 12+ digits is an id, not a phone (but for eight or nine after a phone's word)
		}
		clause := clauseWindow(t, r.start, 32) // the run's clause, asked about below
		from := r.start - len(clause)
		if len(r.groups) == 1 && !intl && n == 10 && (r.digits[0] == '1' || clauseHasFrom(t, timestampWords, from, r.start)) {
			// a Unix time in seconds (2001-09-09 to 2033 start with 1); a
			// North American number's area code starts with 2-9, and
			// national numbers elsewhere with a trunk 0
			return
		}
		if !intl && n > 12 {
			return // national numbers are shorter: a card or an id
		}
		if (!plus || len(r.groups) == 2) && looksLikeDate(r) || !plus && (bytes.Count(r.seps, []byte(".")) == 3 && len(r.groups) == 4 || startsDottedQuad(r)) || decimals(r) {
			// (+1.415.555.0177 is a phone, though dotted as an address is)
			return
		}
		if !intl && thousands(r) {
			return // 1.048.576, 12,345,678: a number's thousands
		}
		if !intl && len(r.groups) >= 5 && r.digits[0] != '0' && allGroups(r, 2) {
			return // pairs not led by a trunk 0 (06 12 34 56 78): a hex dump's bytes
		}
		if !intl && len(r.groups) == 2 && r.groups[0] == 2 && r.groups[1] == 7 && r.digits[0] != '0' {
			return // 12-3456789: a US employer number; two digits then seven are a phone only after a trunk 0 (03-1234567)
		}
		if !intl && len(r.groups) == 3 && r.groups[0] == 3 && r.groups[1] == 2 && r.groups[2] == 4 && string(r.seps) == "--" &&
			!clauseHasFrom(t, phoneWords, from, r.start) {
			return // 000-12-3456: an SSN's layout, whose number failed its ranges; no phone is written so
		}
		if r.start >= 1 && text[r.start-1] == '-' && (r.start == 1 || !isDigit(text[r.start-2]) && !isAlpha(text[r.start-2])) &&
			bytes.IndexByte(r.seps, '.') >= 0 {
			return // -122.4194: a signed decimal (a longitude), not a phone
		}
		if !intl && r.start >= 2 && (text[r.start-1] == '-' || text[r.start-1] == '_' || text[r.start-1] == '/') && isAlpha(text[r.start-2]) {
			return // CH-2024-03-0091, INV_2024_0042, PL/88123/24: an identifier's digits
		}
		if ibanHeadBefore(text, r.start) {
			return // the account digits of an IBAN that failed its check: "NL91 ABNA 0417 1643 01"
		}
		if cjkReferenceBefore(text, r.start) {
			return // 订单号 20261103001, 注文番号は 123-4567890: an order's number
		}
		// +91 9876543210: a country code, then the national number unbroken
		ccThenNational := plus && len(r.groups) == 2 && r.groups[0] <= 3 && r.groups[1] <= 12
		for _, g := range r.groups {
			if g > 8 && len(r.groups) > 1 && !ccThenNational {
				return // 4410-2210-88 style, or a long id with a suffix
			}
		}
		if !plus && len(r.groups) > 1 && r.groups[len(r.groups)-1] < 2 {
			return // (a "00" prefix too: "004512.7 kWh")
		}
		if (referenceBefore(t, from, r.start, n) || referenceSymbol(clause) || httpStatusBefore(text, r.start) ||
			!intl && len(r.groups) == 2 && r.seps[0] == '.') && !clauseHasFrom(t, phoneWords, from, r.start) {
			// (two groups parted by a dot: a decimal, 12345.678901)
			return
		}
		dst = append(dst, Span{Start: r.start, End: r.end, Entity: Phone, Priority: prioPhone})
	})
	return dst
}

// bareNationalPhone reports whether a number of eight or nine digits
// written without a separator at i is a phone: a phone's word before it
// in its clause, no reference's word ("best number to reach me is
// 523602285"; Danish, Norwegian, Czech and Spanish numbers are so long).
func bareNationalPhone(t *Text, i int) bool {
	near := false // a phone's word in the 32 bytes before, no stop between (asked first: it is cheap)
	for _, p := range keywordHits(t, phoneWords) {
		if int(p) >= i {
			break
		}
		if int(p) >= i-32 && strings.IndexAny(t.S[p:i], ".?!;\n") < 0 {
			near = true
		}
	}
	if !near {
		return phoneQuestionBefore(t, i)
	}
	from := i - len(clauseWindow(t, i, 32))
	return clauseHasFrom(t, phoneWords, from, i) && !clauseHasFrom(t, numberContext, from, i) &&
		!(i+8 <= len(t.S) && compactDate(t.S[i:i+8])) // (callback function (cf: 20130112): a date)
}

// phoneQuestionBefore reports whether the number at i answers a question
// for a phone number: it opens its line after a speaker's label at most
// ("Customer: 500389061"), and the line before asks with a phone's word
// ("a phone number in case the courier needs to call?").
func phoneQuestionBefore(t *Text, i int) bool {
	s := t.S
	if i < 2 || s[i-1] != '\n' && (s[i-1] != ' ' || s[i-2] != ':') {
		return false // (asked first: most bare numbers stand inside a sentence)
	}
	ls := strings.LastIndexByte(s[max(0, i-25):i], '\n')
	if ls >= 0 {
		ls += max(0, i-25)
	}
	if ls < 1 || i-ls > 24 {
		return false
	}
	if label := strings.TrimSpace(s[ls+1 : i]); label != "" && (!strings.HasSuffix(label, ":") || strings.IndexByte(label, ' ') >= 0) {
		return false
	}
	q := strings.TrimRight(s[:ls], " \r")
	if !strings.HasSuffix(q, "?") {
		return false
	}
	ps := strings.LastIndexByte(q, '\n') + 1
	for _, p := range keywordHits(t, phoneWords) {
		if int(p) >= ps && int(p) < len(q) {
			return true
		}
	}
	return false
}

// cjkReferenceWords name an order's, a waybill's or an invoice's number
// in Chinese, Japanese and Korean, written without spaces, so not in
// numberContext (a keyword set of words).
var cjkReferenceWords = []string{"订单", "單號", "单号", "编号", "編號", "发票", "快递", "注文", "伝票", "請求書", "주문", "송장",
	"운송장", "영수증"}

// cjkReferenceBefore reports whether one of cjkReferenceWords stands in
// the 24 bytes before i, in the number's clause (after the last comma or
// full stop: "订单号123，电话：13800138000" is a phone): asked only when a
// character of those scripts comes right before the number.
func cjkReferenceBefore(s string, i int) bool {
	k := i
	for k > 0 && (s[k-1] == ' ' || s[k-1] == ':') {
		k--
	}
	if k == 0 || s[k-1] < 0x80 {
		return false
	}
	w := s[max(0, k-24):k]
	for _, sep := range [...]string{"，", "、", "。", ",", ";", "；"} {
		if c := strings.LastIndex(w, sep); c >= 0 {
			w = w[c+len(sep):]
		}
	}
	for _, r := range cjkReferenceWords {
		if strings.Contains(w, r) {
			return true
		}
	}
	return false
}

// ibanHeadBefore reports whether an IBAN's first groups end right before
// i: a country code and two check digits, then a group of four capitals or
// digits holding a capital (a bank code), each followed by one space.
func ibanHeadBefore(s string, i int) bool {
	if i < 10 || s[i-1] != ' ' || s[i-6] != ' ' || i > 10 && (isAlnum(s[i-11]) || s[i-11] >= 0x80) {
		return false
	}
	h, b := s[i-10:i-6], s[i-5:i-1]
	if !isUpper(h[0]) || !isUpper(h[1]) || !isDigit(h[2]) || !isDigit(h[3]) {
		return false
	}
	upper := false
	for k := 0; k < 4; k++ {
		if !isUpper(b[k]) && !isDigit(b[k]) {
			return false
		}
		upper = upper || isUpper(b[k])
	}
	return upper
}

type cardDetector struct{}

func (cardDetector) Entity() string { return CreditCard }

func (cardDetector) Name() string { return "credit_card" }

func (cardDetector) Examples() Examples {
	return Examples{
		Match: [][2]string{
			{"card 4111 1111 1111 1111 exp 12/27", "4111 1111 1111 1111"},
			{"my visa is 4111-1111-1111-1111.", "4111-1111-1111-1111"},
			{"amex 3782 822463 10005", "3782 822463 10005"},
			{"mc 5555555555554444", "5555555555554444"},
			{"discover 6011 1111 1111 1117", "6011 1111 1111 1117"},
			{"JCB 3530-1113-3330-0000", "3530-1113-3330-0000"},
			{"diners 3056 930902 5904", "3056 930902 5904"},
			{"card 4111.1111.1111.1111? no", "4111.1111.1111.1111"},
			{"the card is four one one one, one one one one, one one one one, one one one one", "four one one one, one one one one, one one one one, one one one one"},
		},
		NoMatch: []string{"4111 1111 1111 1112", "the IMEI is 35-209900-176148-1", "IMEI 490154203237518", "card 352099001761481 (an IMEI: JCB cards have 16 digits)", "order 1234 5678 9012 3456", "1234567812345678", "version 4.1.1.1", "n=500: 20,445.06368453332",
			"four one one one one one one one one one one one one one one two"},
	}
}

func (cardDetector) Find(t *Text, dst []Span) []Span {
	if len(t.spokenRuns()) > 0 {
		dst = findSpoken(t, CreditCard, prioCard, dst) // read out: spoken.go
	}
	text := t.S
	if d, _ := t.phoneRunsMax(); d < 13 {
		return dst
	}
	scanRuns(t, sepsCard, func(r *numberRun) {
		n := len(r.digits)
		if n < 13 || n > 19 || !boundaryAfter(text, r.end) && !unspacedAt(text, r.end) || !luhn(r.digits) || !issuer(r.digits) {
			return
		}
		for _, c := range r.seps {
			if c != r.seps[0] {
				return // mixed separators
			}
		}
		if len(r.seps) > 0 && r.seps[0] == '.' && !allGroups(r, 4) && !(len(r.groups) == 3 && r.groups[0] == 4 && r.groups[1] == 6) {
			return // dots only in a card's own groups (4111.1111.1111.1111): 445.06368453332 is a decimal
		}
		dst = append(dst, Span{Start: r.start, End: r.end, Entity: CreditCard, Priority: prioCard})
	})
	return dst
}

// issuer reports whether digits start like a payment card of a known
// network (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro).
func issuer(d []byte) bool {
	p2 := int(d[0]-'0')*10 + int(d[1]-'0')
	p4 := p2*100 + int(d[2]-'0')*10 + int(d[3]-'0')
	switch {
	case d[0] == '4':
		return len(d) == 13 || len(d) == 16 || len(d) == 19 // Visa (a 15-digit IMEI starting 49 is none)
	case p2 >= 51 && p2 <= 55, p4 >= 2221 && p4 <= 2720:
		return len(d) == 16
	case p2 == 34 || p2 == 37:
		return len(d) == 15
	case p4 == 6011 || p2 == 65 || p4 >= 6440 && p4 <= 6499, p2 == 62:
		return len(d) >= 16 // Discover, UnionPay
	case p2 == 35:
		return p4 >= 3528 && p4 <= 3589 && len(d) >= 16 // JCB
	case p2 == 36, p2 == 38, p2 == 39, p2 == 30:
		return len(d) != 15 // Diners: 14 digits, or 16 to 19
	case p2 == 50, p2 >= 56 && p2 <= 58, p2 == 67:
		return true // Maestro, 12 to 19 digits
	}
	return false
}

type ssnDetector struct{}

func (ssnDetector) Entity() string { return USSSN }

func (ssnDetector) Name() string { return "us_ssn" }

func (ssnDetector) Examples() Examples {
	return Examples{
		Match: [][2]string{
			{"SSN 123-45-6789 on file", "123-45-6789"},
			{"social is 536 22 1234", "536 22 1234"},
			{"my ssn: 536221234", "536221234"},
			{"my social is five three six, two two, one two three four", "five three six, two two, one two three four"},
			{"ssn 5 3 6 2 2 1 2 3 4", "5 3 6 2 2 1 2 3 4"},
			{"My SSN is 536-22-1234 and the old form, which is lost, had 536221234", "536221234"},
			{"My SSN is 536-22-1234; the old one on file, 078051120, is wrong", "078051120"},
		},
		NoMatch: []string{"000-12-3456", "order 123456789 shipped; ask HR about your SSN, not us", "666-12-3456", "912-34-5678", "123-00-4567", "123-45-0000", "call 536221234", "123-456-7890",
			"my social is nine one two three four five six seven eight", "call five three six two two one two three four"},
	}
}

func (ssnDetector) Find(t *Text, dst []Span) []Span {
	if len(t.spokenRuns()) > 0 {
		dst = findSpoken(t, USSSN, prioSSN, dst) // read out: spoken.go
	}
	text := t.S
	if d, _ := t.phoneRunsMax(); d < 9 {
		return dst
	}
	from := len(dst)
	var later []*numberRun // nine digits in one group with no cue near
	scanRuns(t, sepsCard, func(r *numberRun) {
		if len(r.digits) != 9 || !boundaryAfter(text, r.end) && !unspacedAt(text, r.end) {
			return
		}
		d := r.digits
		area := string(d[0:3])
		if area == "000" || area == "666" || d[0] == '9' || string(d[3:5]) == "00" || string(d[5:9]) == "0000" {
			return
		}
		switch {
		case len(r.groups) == 3 && r.groups[0] == 3 && r.groups[1] == 2 && r.groups[2] == 4 && r.seps[0] == r.seps[1]:
		case (len(r.groups) == 1 || readOut(r)) && containsAny(lowerWindow(t, r.start, 30), "ssn", "social security", "social is", "social:"):
		default:
			if len(r.groups) == 1 {
				later = append(later, r)
			}
			return
		}
		dst = append(dst, Span{Start: r.start, End: r.end, Entity: USSSN, Priority: prioSSN})
	})
	// the digits of an SSN found, written again without its dashes, or
	// nine digits in the sentence of an SSN cue when an SSN was found
	// ("My SSN is 123 45 6789; the old one on file 078051120")
	for _, r := range later {
		if len(dst) > from && r.start > 0 && text[r.start-1] != '#' &&
			containsAny(clauseWindow(t, r.start, 100), "ssn", "social security", "social is", "social:") {
			dst = append(dst, Span{Start: r.start, End: r.end, Entity: USSSN, Priority: prioSSN})
			continue
		}
		for _, sp := range dst[from:] {
			if digitsEqual(text[sp.Start:sp.End], string(r.digits)) {
				dst = append(dst, Span{Start: r.start, End: r.end, Entity: USSSN, Priority: prioSSN})
				break
			}
		}
	}
	return dst
}

// digitsEqual reports whether s holds the digits d and no others.
func digitsEqual(s, d string) bool {
	k := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			if k == len(d) || s[i] != d[k] {
				return false
			}
			k++
		}
	}
	return k == len(d)
}
