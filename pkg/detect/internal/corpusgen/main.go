// Command corpusgen writes the labeled detection corpus used by
// pkg/detect's quality test: support transcripts with the exact spans of
// personal data in them (and of hard negatives that must survive), built from
// many layouts per entity type. Deterministic for a given -seed.
//
//	go run ./pkg/detect/internal/corpusgen -n 400 > pkg/detect/testdata/corpus.jsonl
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"strings"
)

// Doc is one labeled transcript.
type Doc struct {
	Fields map[string]string `json:"fields"`
	Text   string            `json:"text"`
	Spans  []Span            `json:"spans"`
}

// Span is a labeled piece of Text. Type "NEGATIVE" marks text that must not
// be flagged; Source "record" marks a person named in the record's fields.
type Span struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Type   string `json:"type"`
	Source string `json:"source,omitempty"`
}

type builder struct {
	r   *rand.Rand
	b   strings.Builder
	doc Doc
}

func (g *builder) text(s string) { g.b.WriteString(s) }

func (g *builder) span(typ, value, source string) {
	start := g.b.Len()
	g.b.WriteString(value)
	g.doc.Spans = append(g.doc.Spans, Span{Start: start, End: g.b.Len(), Type: typ, Source: source})
}

func (g *builder) pick(xs ...string) string { return xs[g.r.IntN(len(xs))] }

var firstNames = []string{"María", "John", "Priya", "Jürgen", "Chloé", "Oliver", "Yuki", "Ana Luísa", "Sanne", "Liam", "Sofía",
	"Emily", "Wei", "Fatima", "Olu", "Dmitri", "Aoife", "Mateo", "Zoë", "Kwame", "Ingrid", "Rahul", "Léa", "Björn", "Camille"}
var lastNames = []string{"Fernández", "O'Brien", "Raghunathan", "Müller", "Dubois", "Smith", "Tanaka", "Souza", "de Vries",
	"Nguyen", "Hernández", "Chen", "Zhang", "Khan", "Adeyemi", "Petrov", "Murphy", "García", "Kowalski", "Mensah", "Larsen",
	"Sharma", "Lefèvre", "Andersson", "Moreau"}

func (g *builder) name() (string, string) {
	return g.pick(firstNames...), g.pick(lastNames...)
}

func digits(r *rand.Rand, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteByte(byte('0' + r.IntN(10)))
	}
	return b.String()
}

func (g *builder) phone() string {
	r := g.r
	d := func(n int) string { return digits(r, n) }
	nz := func() string { return string(byte('2' + r.IntN(8))) }
	switch r.IntN(20) {
	case 16:
		return "+44 (0)20 " + d(4) + " " + d(4)
	case 17:
		return nz() + d(2) + "-" + d(4)
	case 18:
		return "+1" + nz() + d(2) + nz() + d(2) + d(4)
	case 19:
		return "07" + d(3) + " " + d(6)
	case 0:
		return "(" + nz() + d(2) + ") " + nz() + d(2) + "-" + d(4)
	case 1:
		return "+1 " + nz() + d(2) + " " + nz() + d(2) + " " + d(4)
	case 2:
		return nz() + d(2) + "." + nz() + d(2) + "." + d(4)
	case 3:
		return "+1-" + nz() + d(2) + "-" + nz() + d(2) + "-" + d(4)
	case 4:
		return "020 " + d(4) + " " + d(4)
	case 5:
		return "+44 7" + d(3) + " " + d(6)
	case 6:
		return "+49 30 " + d(6)
	case 7:
		return "0049 89 " + d(4) + " " + d(3)
	case 8:
		return "06 " + d(2) + " " + d(2) + " " + d(2) + " " + d(2)
	case 9:
		return "+33 6 " + d(2) + " " + d(2) + " " + d(2) + " " + d(2)
	case 10:
		return "+91 9" + d(4) + " " + d(5)
	case 11:
		return "0412 " + d(3) + " " + d(3)
	case 12:
		return "+81 3-" + d(4) + "-" + d(4)
	case 13:
		return "+55 11 9" + d(4) + "-" + d(4)
	case 14:
		return "+31 6 " + d(8)
	default:
		return "+52 55 " + d(4) + " " + d(4)
	}
}

func luhnDigit(s string) byte {
	sum, double := 0, true
	for i := len(s) - 1; i >= 0; i-- {
		n := int(s[i] - '0')
		if double {
			n *= 2
			if n > 9 {
				n -= 9
			}
		}
		sum += n
		double = !double
	}
	return byte('0' + (10-sum%10)%10)
}

func (g *builder) card(valid bool) string {
	r := g.r
	var prefix string
	n := 16
	switch r.IntN(4) {
	case 0:
		prefix = "4"
	case 1:
		prefix = "5" + string(byte('1'+r.IntN(5)))
	case 2:
		prefix, n = g.pick("34", "37"), 15
	default:
		prefix = "6011"
	}
	body := prefix + digits(r, n-len(prefix)-1)
	check := luhnDigit(body)
	if !valid {
		check = byte('0' + (int(check-'0')+1+r.IntN(8))%10)
	}
	num := body + string(check)
	sep := g.pick(" ", "-", "")
	if n == 15 {
		return num[:4] + sep + num[4:10] + sep + num[10:]
	}
	return num[:4] + sep + num[4:8] + sep + num[8:12] + sep + num[12:]
}

func (g *builder) ssn() string {
	r := g.r
	area := 1 + r.IntN(665)
	if area == 666 {
		area = 667
	}
	sep := g.pick("-", " ")
	return fmt.Sprintf("%03d%s%02d%s%04d", area, sep, 1+r.IntN(99), sep, 1+r.IntN(9999))
}

var ibanShapes = map[string]string{"DE": "nnnnnnnnnnnnnnnnnn", "GB": "aaaannnnnnnnnnnnnn", "FR": "nnnnnnnnnnnnnnnnnnnnnnn", "NL": "aaaannnnnnnnnn", "ES": "nnnnnnnnnnnnnnnnnnnn", "IT": "annnnnnnnnnnnnnnnnnnnnn", "BE": "nnnnnnnnnnnn"}

func (g *builder) iban() string {
	countries := []string{"DE", "GB", "FR", "NL", "ES", "IT", "BE"}
	cc := countries[g.r.IntN(len(countries))]
	var bban strings.Builder
	for _, c := range ibanShapes[cc] {
		if c == 'a' {
			bban.WriteByte(byte('A' + g.r.IntN(26)))
		} else {
			bban.WriteByte(byte('0' + g.r.IntN(10)))
		}
	}
	var num strings.Builder
	for _, c := range bban.String() + cc + "00" {
		if c >= 'A' && c <= 'Z' {
			fmt.Fprintf(&num, "%d", c-'A'+10)
		} else {
			num.WriteRune(c)
		}
	}
	n, _ := new(big.Int).SetString(num.String(), 10)
	check := 98 - new(big.Int).Mod(n, big.NewInt(97)).Int64()
	iban := fmt.Sprintf("%s%02d%s", cc, check, bban.String())
	if g.r.IntN(2) == 0 {
		var spaced []string
		for i := 0; i < len(iban); i += 4 {
			spaced = append(spaced, iban[i:min(i+4, len(iban))])
		}
		return strings.Join(spaced, " ")
	}
	return iban
}

func (g *builder) email(first, last string) string {
	clean := func(s string) string {
		s = strings.NewReplacer("á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u", "ü", "u", "ö", "o", "ë", "e", "ï", "i", "è", "e", " ", "", "'", "").Replace(s)
		return strings.ToLower(s)
	}
	local := g.pick(clean(first)+"."+clean(last), clean(first)+"_"+clean(last)[:1], clean(first)+digits(g.r, 2), clean(first)+"+support")
	dom := g.pick("example.com", "mail.example.org", "correo.example.es", "post.example.de", "example.co.uk", "uni.example.edu")
	if g.r.IntN(6) == 0 {
		local = strings.ToUpper(local[:1]) + local[1:]
	}
	return local + "@" + dom
}

func (g *builder) ipv4() string {
	r := g.r
	return fmt.Sprintf("%d.%d.%d.%d", 11+r.IntN(212), r.IntN(256), r.IntN(256), 10+r.IntN(245))
}

func (g *builder) ipv6() string {
	r := g.r
	h := func() string { return fmt.Sprintf("%x", r.IntN(0x10000)) }
	switch r.IntN(3) {
	case 0:
		return "2001:db8:" + h() + ":" + h() + "::" + h()
	case 1:
		return "fe80::" + h() + ":" + h() + ":" + h() + ":" + h()
	default:
		return strings.Join([]string{"2a02", h(), h(), h(), h(), h(), h(), h()}, ":")
	}
}

func (g *builder) mac() string {
	var parts []string
	for i := 0; i < 6; i++ {
		parts = append(parts, fmt.Sprintf("%02X", g.r.IntN(256)))
	}
	switch g.r.IntN(3) {
	case 0:
		return strings.Join(parts, ":")
	case 1:
		return strings.ToLower(strings.Join(parts, "-"))
	default:
		s := strings.ToLower(strings.Join(parts, ""))
		return s[0:4] + "." + s[4:8] + "." + s[8:12]
	}
}

var months = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

func (g *builder) dob() string {
	r := g.r
	y, m, d := 1940+r.IntN(65), 1+r.IntN(12), 1+r.IntN(28)
	switch r.IntN(6) {
	case 0:
		return fmt.Sprintf("%02d/%02d/%d", d, m, y)
	case 1:
		return fmt.Sprintf("%d-%02d-%02d", y, m, d)
	case 2:
		return fmt.Sprintf("%s %d, %d", months[m-1], d, y)
	case 3:
		return fmt.Sprintf("%d %s %d", d, months[m-1], y)
	case 4:
		return fmt.Sprintf("%02d.%02d.%d", d, m, y)
	default:
		return fmt.Sprintf("%d%s of %s %d", d, g.pick("th"), months[m-1], y)
	}
}

func (g *builder) address() string {
	r := g.r
	n := 1 + r.IntN(2400)
	street := g.pick("Market", "Baker", "Oak", "Maple", "Elm", "Sunset", "Queen", "King George", "Church", "Victoria")
	switch r.IntN(7) {
	case 0:
		return fmt.Sprintf("%d %s %s, %s, %s %05d", n, street, g.pick("St", "Street", "Ave", "Avenue", "Rd", "Blvd", "Drive", "Lane"), g.pick("Springfield", "San Francisco", "Austin", "Denver"), g.pick("CA", "TX", "CO", "IL"), r.IntN(100000))
	case 1:
		return fmt.Sprintf("%d %s %s Apt %d%s", n, street, g.pick("St", "Road", "Avenue"), 1+r.IntN(40), g.pick("", "B", "C"))
	case 2:
		return fmt.Sprintf("%d %s %s, London %s%d %d%s", n, street, g.pick("Road", "Street", "Lane"), g.pick("SW", "NW", "E", "N"), 1+r.IntN(19), 1+r.IntN(9), g.pick("AA", "XE", "HB", "QP"))
	case 3:
		return fmt.Sprintf("%s %d, %05d %s", g.pick("Friedrichstraße", "Hauptstraße", "Lindenallee", "Gartenweg", "Marktplatz"), 1+r.IntN(120), 10000+r.IntN(89999), g.pick("Berlin", "München", "Köln"))
	case 4:
		return fmt.Sprintf("%d %s %s, %05d %s", 1+r.IntN(120), g.pick("rue", "avenue", "boulevard"), g.pick("de Rivoli", "Victor Hugo", "des Lilas", "Pasteur"), 75000+r.IntN(20), g.pick("Paris", "Lyon"))
	case 5:
		return fmt.Sprintf("%s %s %d, %05d %s", g.pick("Calle", "Avenida"), g.pick("Mayor", "Goya", "Serrano"), 1+r.IntN(200), 28000+r.IntN(999), g.pick("Madrid", "Sevilla"))
	default:
		return fmt.Sprintf("%s %d, %04d %s %s", g.pick("Prinsengracht", "Keizersgracht", "Kerkstraat", "Vondellaan"), 1+r.IntN(500), 1000+r.IntN(8999), g.pick("GV", "AB", "KL"), g.pick("Amsterdam", "Utrecht"))
	}
}

func alnum(r *rand.Rand, n int, alphabet string) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[r.IntN(len(alphabet))]
	}
	return string(b)
}

const (
	upperNum = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	mixed    = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
)

func (g *builder) secret() string {
	r := g.r
	switch r.IntN(7) {
	case 0:
		return "AKIA" + alnum(r, 16, upperNum)
	case 1:
		return "ghp_" + alnum(r, 36, mixed)
	case 2:
		return "sk_live_" + alnum(r, 24, mixed)
	case 3:
		return "xoxb-" + digits(r, 12) + "-" + alnum(r, 24, mixed)
	case 4:
		return "AIza" + alnum(r, 35, mixed)
	case 5:
		return "eyJhbGciOiJIUzI1NiJ9.eyJ" + alnum(r, 20, mixed) + "." + alnum(r, 43, mixed)
	default:
		return "-----BEGIN PRIVATE KEY-----\n" + alnum(r, 64, mixed) + "\n-----END PRIVATE KEY-----"
	}
}

// negative writes a hard negative: text that looks like personal data but is
// not, and must survive.
func (g *builder) negative() {
	r := g.r
	neg := func(before, value, after string) {
		g.text(before)
		g.span("NEGATIVE", value, "")
		g.text(after)
	}
	switch r.IntN(16) {
	case 0:
		neg("Your order #A-", digits(r, 5), " has shipped. ")
	case 1:
		neg("Tracking number ", "1Z"+alnum(r, 16, upperNum), ". ")
	case 2:
		neg("I'm on firmware ", fmt.Sprintf("%d.%d.%d.%d", r.IntN(9), r.IntN(9), r.IntN(9), r.IntN(9)), " right now. ")
	case 3:
		neg("It happened at ", fmt.Sprintf("2026-%02d-%02d %02d:%02d:%02d", 1+r.IntN(12), 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60)), " yesterday. ")
	case 4:
		neg("The plan costs ", fmt.Sprintf("$%d,%03d.%02d", 1+r.IntN(9), r.IntN(1000), r.IntN(100)), " per year. ")
	case 5:
		neg("I typed ", g.card(false), " but it was rejected. ")
	case 6:
		neg("The part is SKU ", fmt.Sprintf("%04d-%04d-%02d", r.IntN(10000), r.IntN(10000), r.IntN(100)), ". ")
	case 7:
		neg("I get error ", "0x8007"+alnum(r, 4, "0123456789ABCDEF"), " on start. ")
	case 8:
		neg("", "May", " I ask what model you have? ")
	case 9:
		neg("", "Will", " do, thanks. ")
	case 10:
		neg("I asked ", "Alexa", " to restart it. ")
	case 11:
		neg("Your case number is ", fmt.Sprintf("%d-%d", 100000+r.IntN(900000), 1000+r.IntN(9000)), ". ")
	case 12:
		neg("It was delivered on ", fmt.Sprintf("%02d/%02d/2026", 1+r.IntN(28), 1+r.IntN(12)), ". ")
	case 13:
		neg("Windows build ", fmt.Sprintf("10.0.%d.%d", 19000+r.IntN(1000), r.IntN(3000)), " here. ")
	case 14:
		neg("Reference TCK-", digits(r, 6), " please. ")
	default:
		neg("Total due: ", fmt.Sprintf("€%d.%02d", 10+r.IntN(990), r.IntN(100)), ". ")
	}
}

// variant writes a name the way people type it: as is, without accents, or
// in capitals.
func (g *builder) variant(name string) string {
	switch g.r.IntN(5) {
	case 0:
		return strings.NewReplacer("á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u", "ü", "u", "ö", "o", "ë", "e", "è", "e").Replace(name)
	case 1:
		return strings.ToUpper(name)
	}
	return name
}

func (g *builder) transcript() Doc {
	g.b.Reset()
	g.doc = Doc{Fields: map[string]string{}}
	cf, cl := g.name()
	af, al := g.name()
	custName := cf + " " + cl
	agentName := af + " " + al
	email := g.email(cf, cl)
	phone := g.phone()
	g.doc.Fields = map[string]string{"customer_name": custName, "agent_name": agentName, "customer_email": email, "customer_phone": phone}

	g.text("Agent: Hello, thanks for contacting support. This is ")
	g.span("PERSON", g.pick(af, agentName), "record")
	g.text(" speaking. How can I help?\nCustomer: Hi ")
	g.span("PERSON", af, "record")
	g.text(", my name is ")
	g.span("PERSON", g.variant(g.pick(cf, custName)), "record")
	g.text(". ")
	for k := 0; k < 3+g.r.IntN(4); k++ {
		switch g.r.IntN(15) {
		case 0:
			g.text(g.pick("You can email me at ", "My email is ", "Send it to "))
			g.span("EMAIL", g.pick(email, g.email(g.name())), "")
			g.text(". ")
		case 1:
			g.text(g.pick("Call me on ", "My number is ", "Reach me at ", "Text me: "))
			g.span("PHONE", g.pick(phone, g.phone()), "")
			g.text(g.pick(". ", " after 5pm. ", ", thanks. "))
		case 2:
			g.text(g.pick("My card is ", "Charge the card ", "I paid with "))
			g.span("CREDIT_CARD", g.card(true), "")
			g.text(". ")
		case 3:
			g.text(g.pick("My SSN is ", "Social security number: "))
			g.span("US_SSN", g.ssn(), "")
			g.text(". ")
		case 4:
			g.text(g.pick("Please refund to IBAN ", "My bank account is "))
			g.span("IBAN", g.iban(), "")
			g.text(". ")
		case 5:
			g.text(g.pick("My IP address is ", "It connects from "))
			if g.r.IntN(3) == 0 {
				g.span("IPV6", g.ipv6(), "")
			} else {
				g.span("IPV4", g.ipv4(), "")
			}
			g.text(". ")
		case 6:
			g.text(g.pick("The router MAC is ", "Device "))
			g.span("MAC", g.mac(), "")
			g.text(". ")
		case 7:
			g.text(g.pick("My profile is at ", "See "))
			g.span("URL", g.pick("https://", "http://", "www.")+g.pick("social.example.com/u/", "example.org/profile/")+strings.ToLower(alnum(g.r, 6, mixed)), "")
			g.text(" for details. ")
		case 8:
			g.text(g.pick("I was born on ", "My date of birth is ", "DOB: ", "My birthday is "))
			g.span("DATE_OF_BIRTH", g.dob(), "")
			g.text(". ")
		case 9:
			g.text(g.pick("Ship it to ", "I live at ", "My address is "))
			g.span("STREET_ADDRESS", g.address(), "")
			g.text(". ")
		case 10:
			of, ol := g.name()
			switch g.r.IntN(7) {
			case 4:
				g.text("I talked to ")
				g.span("PERSON", of, "")
				g.text(" yesterday and nothing happened. ")
			case 5:
				g.span("PERSON", of+" "+ol, "")
				g.text(" said it would be fixed by Friday. ")
			case 6:
				g.text("Please forward this to ")
				g.span("PERSON", of+" "+ol, "")
				g.text(" in accounting. ")
			case 0:
				g.text("My colleague ")
				g.text("Dr. ")
				g.span("PERSON", ol, "")
				g.text(" set it up. ")
			case 1:
				g.text("Earlier I was speaking with ")
				g.span("PERSON", of+" "+ol, "")
				g.text(" about it. ")
			case 2:
				g.text("My husband is Mr. ")
				g.span("PERSON", of+" "+ol, "")
				g.text(". ")
			default:
				g.text("The account holder is my wife, Ms. ")
				g.span("PERSON", ol, "")
				g.text(". ")
			}
		case 11:
			g.text(g.pick("Here is the key: ", "Our token is ", "The API key we use is "))
			g.span("SECRET", g.secret(), "")
			g.text("\n")
		case 12:
			g.text(g.pick("My password is ", "password: ", "the PIN is "))
			g.span("PASSWORD", alnum(g.r, 6, mixed)+g.pick("!", "9", "#x"), "")
			g.text(". ")
		default:
			g.negative()
		}
	}
	g.negative()
	g.text("\nAgent: Thanks ")
	g.span("PERSON", cf, "record")
	g.text(", I've noted everything. Have a good day!\nCustomer: Thank you, bye.\n\nKind regards,\n")
	g.span("PERSON", custName, "record")
	g.doc.Text = g.b.String()
	return g.doc
}

func main() {
	n := flag.Int("n", 400, "transcripts")
	seed := flag.Uint64("seed", 2026, "random seed")
	flag.Parse()
	g := &builder{r: rand.New(rand.NewPCG(*seed, 11))}
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	for i := 0; i < *n; i++ {
		if err := enc.Encode(g.transcript()); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}
