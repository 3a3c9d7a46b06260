package detect

import (
	"errors"
	"net/netip"
	"strings"
	"unicode"
	"unicode/utf8"
)

type emailDetector struct{}

func (emailDetector) Entity() string { return Email }

func (emailDetector) Name() string { return "email" }

func (emailDetector) Examples() Examples {
	return Examples{
		Match: [][2]string{
			{"reach me at john.doe+tix@example.co.uk.", "john.doe+tix@example.co.uk"},
			{"<Maria_F@correo.es>", "Maria_F@correo.es"},
			{"mail: a@b.io", "a@b.io"},
			// not only ASCII, but whole labels of Chinese characters
			{"escriba a josé@correo.es hoy", "josé@correo.es"},
			{"联系zhang@example.com联系我", "zhang@example.com"},
			{"write to zhang.wei@例子.公司 please", "zhang.wei@例子.公司"},
			// spaced against scrapers
			{"my address is maria . lopez @ gmail . com (no spaces)", "maria . lopez @ gmail . com"},
			{"or write to jane dot doe at gmail dot com", "jane dot doe at gmail dot com"},
			// spelled as a caller spells it (letter by letter, "underscore")
			{"my email is j o h n dot s m i t h at gmail dot com", "j o h n dot s m i t h at gmail dot com"},
			{"it's mary underscore jones at outlook dot com", "mary underscore jones at outlook dot com"},
			{"it's k dot patel eighty eight at hotmail dot com", "k dot patel eighty eight at hotmail dot com"},
			{"jane.doe [at] gmail [dot] com", "jane.doe [at] gmail [dot] com"},
			{"j_doe(at)example.org thanks", "j_doe(at)example.org"},
			{"mail me: priya at outlook.com", "priya at outlook.com"},
			{"sales at acme dot co dot uk", "sales at acme dot co dot uk"},
			{"email=foo.bar%40gmail.com&ref=1", "foo.bar%40gmail.com"},
			// "@" and "." said in Spanish, French, Italian, Portuguese, German
			{"mi correo es juan punto perez arroba gmail punto com", "juan punto perez arroba gmail punto com"},
			{"c'est marie point dubois arobase orange point fr", "marie point dubois arobase orange point fr"},
			{"è luca punto rossi chiocciola libero punto it", "luca punto rossi chiocciola libero punto it"},
			{"é ana ponto silva arroba gmail ponto com", "ana ponto silva arroba gmail ponto com"},
			{"ist jonas punkt weber at gmx punkt de", "jonas punkt weber at gmx punkt de"},
		},
		NoMatch: []string{"clone git@github.com:acme/app.git", "assets logo@2x.png and icon@3x.webp", "meet me @ 5 . 30", "ping me @ home please", "@support", "user@localhost", "see you @ 5pm", "a@b.c", "ping me on @twitter",
			"let's look at example.com", "log in at portal.example.com", "I live at home dot com",
			"the dot com era at the dot com boom", "we meet at 5.30 tomorrow", "see you at gmail.com",
			"at some point com is fine", "we met at the point of sale", "see you at mario point it", "el punto arroba es raro"},
	}
}

func emailLocal(c byte) bool  { return emailLocalBytes[c] }
func emailDomain(c byte) bool { return isAlnum(c) || c == '.' || c == '-' }

// emailLocalBytes are the ASCII bytes of an address's local part: a
// table, since emailsAround asks it for every byte before an "@".
var emailLocalBytes = func() (tab [256]bool) {
	for c := 0; c < 256; c++ {
		tab[c] = isAlnum(byte(c)) || strings.IndexByte("._%+-'", byte(c)) >= 0
	}
	return tab
}()

func (emailDetector) Find(t *Text, dst []Span) []Span {
	dst = emailsAround(t.S, "@", dst, &t.bareAts)
	t.bareAtsDone = true
	dst = emailsAround(t.S, "%40", dst, nil) // a URL's query: email=foo.bar%40gmail.com
	return findSpelledEmails(t, dst)
}

// emailsAround appends the addresses read around every at, "@" or a URL's
// "%40": the local part before it, a domain with a dot and an alphabetic
// TLD of two letters or more after it. The ats with no local part before
// them go to bare, when it is not nil (a chat's @mentions: findMentions).
func emailsAround(text, at string, dst []Span, bare *[]int32) []Span {
	encoded := at != "@" // "%" then starts no local part: a%40b%40c is one address at most
	for off := 0; ; {
		k := strings.Index(text[off:], at)
		if k < 0 {
			return dst
		}
		a := off + k
		off = a + len(at)
		i := a
		for i > 0 {
			for i > 0 && emailLocal(text[i-1]) && !(encoded && (text[i-1] == '%' || text[i-1] == '\'')) {
				i--
			}
			if i == 0 || text[i-1] < utf8.RuneSelf {
				break
			}
			// an address's letters need not be ASCII: josé@correo.es
			// (but not Chinese, Japanese or Korean, written unspaced:
			// 联系zhang@example.com is not one address)
			r, size := utf8.DecodeLastRuneInString(text[:i])
			if !emailRune(r) {
				break
			}
			i -= size
		}
		for i < a && (text[i] == '.' || text[i] == '\'') {
			i++
		}
		j := a + len(at)
		for {
			for j < len(text) && emailDomain(text[j]) {
				j++
			}
			if j >= len(text) || text[j] < utf8.RuneSelf {
				break
			}
			// an internationalized domain: bücher.de, пример.рф; a label
			// of Chinese characters whole (例子.公司), not glued to letters
			// ("user@example.com联系我" ends at "com")
			r, size := utf8.DecodeRuneInString(text[j:])
			if !unspacedScript(r) {
				if !emailRune(r) {
					break
				}
				j += size
				continue
			}
			if j > a+len(at) && text[j-1] != '.' {
				break
			}
			for j < len(text) {
				r, size := utf8.DecodeRuneInString(text[j:])
				if !unspacedScript(r) {
					break
				}
				j += size
			}
			if j+1 >= len(text) || text[j] != '.' {
				break
			}
			j++ // the next label
		}
		for j > a+len(at) && (text[j-1] == '.' || text[j-1] == '-') {
			j--
		}
		if i == a && bare != nil {
			*bare = append(*bare, int32(a))
		}
		if i == a || j == a+len(at) {
			if !encoded && i == a && j == a+1 {
				if sp, ok := spacedEmail(text, a); ok { // "maria . lopez @ gmail . com"
					dst = append(dst, sp)
					off = sp.End
				}
			}
			continue
		}
		dom := text[a+len(at) : j]
		dot := strings.LastIndexByte(dom, '.')
		if dot <= 0 || strings.Contains(dom, "..") || !tldAt(dom[dot+1:]) {
			continue
		}
		if !encoded && (sshRemote(text, j) || retinaAsset(dom)) {
			continue // git@github.com:acme/app.git; logo@2x.png
		}
		dst = append(dst, Span{Start: i, End: j, Entity: Email, Priority: prioEmail})
		off = j
	}
}

// sshRemote reports whether an address ending at j goes on as an SSH
// remote's path (git@github.com:acme/app.git): a user at a host, not a
// mailbox.
func sshRemote(text string, j int) bool {
	return j+1 < len(text) && text[j] == ':' && (isAlnum(text[j+1]) || text[j+1] == '/' || text[j+1] == '~' || text[j+1] == '_')
}

// retinaAsset reports whether dom, what follows an "@", is an image's
// scale and extension (logo@2x.png, icon@1.5x.webp).
func retinaAsset(dom string) bool {
	dot := strings.IndexByte(dom, '.')
	if dot >= 2 && dom[dot-1] == 'x' && isDigit(dom[0]) {
		return true
	}
	switch dom[strings.LastIndexByte(dom, '.')+1:] {
	case "png", "jpg", "jpeg", "gif", "webp", "svg", "bmp", "ico", "tif", "tiff", "heic", "avif":
		return true
	}
	return false
}

// emailRune reports whether r, not ASCII, may be part of an address: a
// letter, digit or mark of a script written with spaces.
func emailRune(r rune) bool {
	return (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)) && !unspacedScript(r)
}

// spacedEmail reads the address around the "@" at a when it is written
// with spaces around its "@" and dots, so that a scraper misses it:
// "maria . lopez @ gmail . com". Both sides are read in labels parted by
// "." with or without spaces around it; the last label must be a
// top-level domain.
func spacedEmail(text string, a int) (Span, bool) {
	start, ok := spacedLabels(text, a-1, -1)
	if !ok {
		return Span{}, false
	}
	end, ok := spacedLabels(text, a+1, 1)
	if !ok {
		return Span{}, false
	}
	l := end // the top-level domain: the last label
	for l > 0 && isAlpha(text[l-1]) {
		l--
	}
	if end-l < 2 || l == 0 || text[l-1] != '.' && text[l-1] != ' ' {
		return Span{}, false
	}
	return Span{Start: start, End: end, Entity: Email, Priority: prioEmail}, true
}

// spacedLabels reads labels parted by "." (spaces allowed around it) from
// the space at i in direction dir (-1 back, 1 on), and returns where they
// end, and whether there was one at least (and, forward, two).
func spacedLabels(text string, i, dir int) (int, bool) {
	if i < 0 || i >= len(text) || text[i] != ' ' {
		return 0, false
	}
	p := i
	labels := 0
	for {
		// the label
		q := p
		for {
			n := q + dir
			if dir < 0 {
				n = q - 1
				if n < 0 || !emailLocal(text[n]) || text[n] == '.' {
					break
				}
			} else if n >= len(text) || !emailDomain(text[n]) || text[n] == '.' {
				break
			}
			q = n
		}
		if q == p {
			break
		}
		labels++
		p = q
		// a dot, maybe set off by spaces, and another label
		n := p + dir
		for n >= 0 && n < len(text) && text[n] == ' ' && abs(n-p) <= 1 {
			n += dir
		}
		if n < 0 || n >= len(text) || text[n] != '.' {
			break
		}
		m := n + dir
		if m >= 0 && m < len(text) && text[m] == ' ' {
			m += dir
		}
		if m < 0 || m >= len(text) || !isAlnum(text[m]) {
			break
		}
		p = m - dir
	}
	if labels == 0 || dir > 0 && labels < 2 {
		return 0, false
	}
	if dir < 0 {
		return p, true
	}
	return p + 1, true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// tldAt reports whether s is a top-level domain: two ASCII letters or
// more, or letters of another script.
func tldAt(s string) bool {
	if s == "" {
		return false
	}
	if s[0] < utf8.RuneSelf {
		return len(s) >= 2 && allAlpha(s)
	}
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true // (公司, рф)
}

func allAlpha(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isAlpha(s[i]) {
			return false
		}
	}
	return true
}

type urlDetector struct{}

func (urlDetector) Entity() string { return URL }

func (urlDetector) Name() string { return "url" }

func (urlDetector) Examples() Examples {
	return Examples{
		Match: [][2]string{
			{"my portfolio: janedoe.design/work and more", "janedoe.design/work"},
			{"see https://example.com/u/jdoe?id=7.", "https://example.com/u/jdoe?id=7"},
			{"(www.example.org/profile/maria)", "www.example.org/profile/maria"},
			{"see “https://example.com/u/jdoe”", "https://example.com/u/jdoe"},
			{"https://例え.jp/パス。", "https://例え.jp/パス"},
			// no scheme: a host ending in a common top-level domain, and a path
			{"Go to acme-shop.co.uk/account/orders/88123 and click", "acme-shop.co.uk/account/orders/88123"},
			{"the link bit.ly/3xYzAb9.", "bit.ly/3xYzAb9"},
			{"from ftp://files.example.org/pub/a.pdf please", "ftp://files.example.org/pub/a.pdf"},
			{"the site example.io is down", "example.io"},
		},
		NoMatch: []string{"http is a protocol", "www", "the web", "see report.final.v2.pdf and config.yaml", "use node.js and Vue.js",
			"edit Makefile.in/config.h.in", "Makefile.PL/Build.PL", "example.io is a library", "a/b.com/ and i.e./"},
	}
}

// urlStop marks the bytes that end a URL: white space, controls, < > " '.
var urlStop = func() (m [256]bool) {
	for c := 0; c <= ' '; c++ {
		m[c] = true
	}
	for _, c := range []byte(`<>"'`) {
		m[c] = true
	}
	return m
}()

// urlWords are the starts of URLs.
var urlWords = newKeywords("http://", "https://", "www.", "ftp://", "ftps://", "sftp://")

// bareTLDs are the top-level domains a link without a scheme may end its
// host with (acme-shop.co.uk/orders, bit.ly/3xYz): common generic and
// country domains, not those that are also file extensions (py, sh, md,
// rs, so, cc, ps, and in: Makefile.in/…). Written in lower case:
// Makefile.PL/Build.PL is no link.
var bareTLDs = func() map[string]bool {
	m := map[string]bool{}
	for _, d := range strings.Fields(`com org net edu gov io co uk de fr es it nl be ch at se no dk fi pl pt br mx ar
		cl pe jp cn kr tw hk sg au nz ca us ru ua ly me app dev ai gg tv info biz eu shop store online site xyz tech
		cloud page link ie cz sk hu ro gr tr il za ng ke eg ae sa ph id my th vn lk pk bd ir is lt lv ee si hr rs ba bg
		design studio agency blog art photo photography digital space website life world email solutions live social
		codes software academy works company consulting media marketing travel ninja team fm example`) {
		m[d] = true
	}
	return m
}()

func (urlDetector) Find(t *Text, dst []Span) []Span {
	text, lower := t.S, t.Lower
	next := 0
	for _, h := range t.allHits() {
		i := int(h.pos)
		if int(h.set) != urlWords.id || i < next {
			continue
		}
		off := phraseEnd(t, urlWords, i)
		if !boundaryBeforeRune(text, i) || (lower[i] == 'w' && i >= 3 && lower[i-3:i] == "://") {
			continue
		}
		j := off
		for j < len(text) && !urlStop[text[j]] {
			if text[j] >= utf8.RuneSelf {
				r, size := utf8.DecodeRuneInString(text[j:])
				if unicode.IsPunct(r) || unicode.IsSpace(r) {
					break // a closing quote or a no-break space ends it
				}
				j += size
				continue
			}
			j++
		}
		for j > off && strings.IndexByte(".,;:!?)]}", text[j-1]) >= 0 {
			j--
		}
		if j-off < 3 {
			continue
		}
		dst = appendURL(text, i, j, dst)
		next = j
	}
	return bareURLs(t, dst)
}

// appendURL appends the link text[i:j]: a URL, or a SECRET when its query
// carries a credential (?api_key=…, &sig=…).
func appendURL(text string, i, j int, dst []Span) []Span {
	if q := strings.IndexByte(text[i:j], '?'); q >= 0 && credentialQuery(text[i+q+1:j]) {
		return append(dst, Span{Start: i, End: j, Entity: Secret, Priority: prioSecret})
	}
	return append(dst, Span{Start: i, End: j, Entity: URL, Priority: prioURL})
}

// siteWords say that a host name without a path is a link.
var siteWords = newKeywords("site", "website", "web site", "domain", "visit", "url", "link", "homepage", "web page",
	"webpage", "web address", "portal")

// bareURLs appends the links written without a scheme or "www.": a host
// whose last label is one of bareTLDs, then a path (acme-shop.co.uk/orders,
// bit.ly/3xYzAb9, wa.me/447700900123). Without a path a host is a link
// only after siteWords: "example.io" could as well be a file's or a
// library's name.
func bareURLs(t *Text, dst []Span) []Span {
	text := t.S
	sites := len(keywordHits(t, siteWords)) > 0
	if !sites && strings.IndexByte(text, '/') < 0 {
		return dst // neither a path nor a word that names a site
	}
	t.sepsSplit()
	next := 0 // the end of the last link: a link's dots are not read again
	for _, d := range t.dots {
		p := int(d)
		if p < next || p == 0 || p+3 >= len(text) || !isLower(text[p+1]) {
			continue
		}
		k := p + 1
		for k < len(text) && isLower(text[k]) && k-p <= 7 {
			k++
		}
		path := k+1 < len(text) && text[k] == '/' && !urlStop[text[k+1]]
		if !path && (!sites || k < len(text) && (isAlnum(text[k]) || text[k] == '.' || text[k] == '@')) {
			continue
		}
		// the host, back from the dot, at a word's start and not an
		// address's domain or a URL's (tested before the top-level
		// domain: most hosts in a text are addresses' domains)
		a := p
		for a > 0 && (isAlnum(text[a-1]) || text[a-1] == '-' || text[a-1] == '.') {
			a--
		}
		if a == p || !isAlnum(text[a]) || a > 0 && strings.IndexByte("@/:\\", text[a-1]) >= 0 || !bareTLDs[text[p+1:k]] {
			continue
		}
		if !path {
			// a host alone is a link only where a word says so: "the
			// site example.io", "visit acme.co.uk"
			if clauseHas(t, siteWords, a, 24) {
				dst = append(dst, Span{Start: a, End: k, Entity: URL, Priority: prioURL})
				next = k
			}
			continue
		}
		j := k
		for j < len(text) && !urlStop[text[j]] && text[j] < utf8.RuneSelf {
			j++
		}
		for j > k && strings.IndexByte(".,;:!?)]}`\\", text[j-1]) >= 0 {
			j--
		}
		if j-k < 2 {
			continue // a slash alone
		}
		dst = appendURL(text, a, j, dst)
		next = j
	}
	return dst
}

// credentialParams are query parameters whose value is a credential
// (lower case): API keys, tokens, signatures of presigned links.
var credentialParams = map[string]bool{"api_key": true, "apikey": true, "api-key": true, "access_token": true,
	"token": true, "auth": true, "auth_token": true, "client_secret": true, "secret": true, "password": true,
	"passwd": true, "pwd": true, "sig": true, "signature": true, "x-amz-signature": true, "x-amz-security-token": true,
	"refresh_token": true, "id_token": true, "private_token": true, "access_key": true, "secret_key": true}

// credentialQuery reports whether a URL's query holds a parameter of
// credentialParams whose value has eight characters or more and a digit
// or a capital (not a word: ?token=expired).
func credentialQuery(q string) bool {
	for q != "" {
		var p string
		p, q, _ = strings.Cut(q, "&")
		name, v, ok := strings.Cut(p, "=")
		if !ok || len(v) < 8 || len(name) > 24 || !credentialParams[strings.ToLower(name)] {
			continue
		}
		for k := 0; k < len(v); k++ {
			if isDigit(v[k]) || v[k] >= 'A' && v[k] <= 'Z' {
				return true
			}
		}
	}
	return false
}

type ibanDetector struct{}

func (ibanDetector) Entity() string { return IBAN }

func (ibanDetector) Name() string { return "iban" }

func (ibanDetector) Examples() Examples {
	return Examples{
		Match: [][2]string{
			{"IBAN DE89 3704 0044 0532 0130 00, thanks", "DE89 3704 0044 0532 0130 00"},
			{"GB82WEST12345698765432", "GB82WEST12345698765432"},
			{"my iban is nl91abna0417164300", "nl91abna0417164300"},
			{"FR14 2004 1010 0505 0001 3M02 606", "FR14 2004 1010 0505 0001 3M02 606"},
			{"IBAN: DE89-3704-0044-0532-0130-00 (copied from the bank)", "DE89-3704-0044-0532-0130-00"},
		},
		NoMatch: []string{"DE89 3704 0044 0532 0130 01", "DE89-3704 0044-0532 0130-00", "GB82WEST1234", "US12 3456 7890"},
	}
}

// ibanLengths is the IBAN length per country (ISO 13616 registry, and
// the countries that use IBANs outside it).
var ibanLengths = map[[2]byte]int{
	{'A', 'D'}: 24, {'A', 'E'}: 23, {'A', 'L'}: 28, {'A', 'T'}: 20, {'A', 'Z'}: 28, {'B', 'A'}: 20, {'B', 'E'}: 16, {'B', 'G'}: 22, {'B', 'H'}: 22, {'B', 'R'}: 29,
	{'B', 'Y'}: 28, {'C', 'H'}: 21, {'C', 'R'}: 22, {'C', 'Y'}: 28, {'C', 'Z'}: 24, {'D', 'E'}: 22, {'D', 'K'}: 18, {'D', 'O'}: 28, {'E', 'E'}: 20, {'E', 'G'}: 29,
	{'E', 'S'}: 24, {'F', 'I'}: 18, {'F', 'O'}: 18, {'F', 'R'}: 27, {'G', 'B'}: 22, {'G', 'E'}: 22, {'G', 'I'}: 23, {'G', 'L'}: 18, {'G', 'R'}: 27, {'G', 'T'}: 28,
	{'H', 'R'}: 21, {'H', 'U'}: 28, {'I', 'E'}: 22, {'I', 'L'}: 23, {'I', 'Q'}: 23, {'I', 'S'}: 26, {'I', 'T'}: 27, {'J', 'O'}: 30, {'K', 'W'}: 30, {'K', 'Z'}: 20,
	{'L', 'B'}: 28, {'L', 'C'}: 32, {'L', 'I'}: 21, {'L', 'T'}: 20, {'L', 'U'}: 20, {'L', 'V'}: 21, {'M', 'C'}: 27, {'M', 'D'}: 24, {'M', 'E'}: 22, {'M', 'K'}: 19,
	{'M', 'R'}: 27, {'M', 'T'}: 31, {'M', 'U'}: 30, {'N', 'L'}: 18, {'N', 'O'}: 15, {'P', 'K'}: 24, {'P', 'L'}: 28, {'P', 'S'}: 29, {'P', 'T'}: 25, {'Q', 'A'}: 29,
	{'R', 'O'}: 24, {'R', 'S'}: 22, {'S', 'A'}: 24, {'S', 'C'}: 31, {'S', 'E'}: 24, {'S', 'I'}: 19, {'S', 'K'}: 24, {'S', 'M'}: 27, {'S', 'T'}: 25, {'S', 'V'}: 28,
	{'T', 'L'}: 23, {'T', 'N'}: 24, {'T', 'R'}: 26, {'U', 'A'}: 29, {'V', 'A'}: 22, {'V', 'G'}: 24, {'X', 'K'}: 20,
	// registered since 2020
	{'B', 'H'}: 22, {'B', 'I'}: 27, {'D', 'J'}: 27, {'F', 'K'}: 18, {'H', 'N'}: 28, {'L', 'Y'}: 25, {'M', 'N'}: 20,
	{'N', 'I'}: 28, {'O', 'M'}: 23, {'R', 'U'}: 33, {'S', 'D'}: 18, {'S', 'O'}: 23, {'Y', 'E'}: 30,
	// in use outside the registry (Iran, and the African countries whose
	// banks write IBANs): the lengths their banks give
	{'I', 'R'}: 26, {'A', 'O'}: 25, {'B', 'F'}: 28, {'B', 'J'}: 28, {'C', 'I'}: 28, {'C', 'M'}: 27, {'C', 'V'}: 25,
	{'D', 'Z'}: 26, {'G', 'A'}: 27, {'M', 'G'}: 27, {'M', 'L'}: 28, {'M', 'Z'}: 25, {'S', 'N'}: 28, {'C', 'G'}: 27,
	{'K', 'M'}: 27, {'T', 'D'}: 27, {'G', 'Q'}: 27, {'G', 'W'}: 25, {'N', 'E'}: 28, {'T', 'G'}: 28, {'M', 'A'}: 28,
}

func (ibanDetector) Find(t *Text, dst []Span) []Span {
	text := t.S
	spans := t.digitSpans()
	next := 0
	for k := 0; k < len(spans); k += 2 {
		// an IBAN starts with two letters right before a digit; a letter
		// is no number byte, so that digit starts its stretch
		d := int(spans[k])
		i := d - 2
		if !isDigit(text[d]) || i < next || i < 0 || !isAlpha(text[i]) || !isAlpha(text[i+1]) || !boundaryBefore(text, i) && !unspacedBefore(text, i) ||
			i+3 >= len(text) || !isDigit(text[i+3]) {
			continue
		}
		if j, ok := ibanAt(text, i); ok {
			dst = append(dst, Span{Start: i, End: j, Entity: IBAN, Priority: prioIBAN})
			next = j + 1
		}
	}
	return dst
}

// ibanAt reads an IBAN starting at i (country letters, check digits, then
// the country's length, a space, dash or dot every four allowed) and
// checks it.
func ibanAt(text string, i int) (int, bool) {
	want, ok := ibanLengths[[2]byte{text[i] &^ 0x20, text[i+1] &^ 0x20}]
	if !ok {
		return 0, false
	}
	var buf [40]byte
	compact := buf[:0]
	j := i
	var sep byte // the separator of the groups of four: ' ', '-' or '.', one kind
	for j < len(text) && len(compact) < want {
		c := text[j]
		if isAlnum(c) {
			compact = append(compact, c)
			j++
		} else if (c == ' ' || c == '-' || c == '.') && (sep == 0 || c == sep) && j+1 < len(text) && isAlnum(text[j+1]) && len(compact)%4 == 0 {
			sep = c
			j++
		} else {
			break
		}
	}
	return j, len(compact) == want && (boundaryAfter(text, j) || unspacedAt(text, j)) && mod97(compact)
}

// mod97 checks an IBAN's check digits (ISO 7064 MOD 97-10), digit by
// digit (letters count as two digits, A=10).
func mod97(iban []byte) bool {
	r := 0
	add := func(c byte) bool {
		switch {
		case isDigit(c):
			r = (r*10 + int(c-'0')) % 97
		case isAlpha(c):
			v := int(c|0x20-'a') + 10
			r = (r*100 + v) % 97
		default:
			return false
		}
		return true
	}
	for _, c := range iban[4:] {
		if !add(c) {
			return false
		}
	}
	for _, c := range iban[:4] {
		if !add(c) {
			return false
		}
	}
	return r == 1
}

// versionWords make a dotted quad a version, not an address.
var versionWords = newKeywords("version", "versions", "firmware", "build", "release", "ver", "update",
	"updated", "upgrade", "upgraded", "downgrade", "install", "installed", "patch", "driver", "fix", "v")

type ipv4Detector struct{}

func (ipv4Detector) Entity() string { return IPv4 }

func (ipv4Detector) Name() string { return "ipv4" }

func (ipv4Detector) Examples() Examples {
	return Examples{
		Match: [][2]string{{"my ip is 203.0.113.42.", "203.0.113.42"}, {"Version 10.0.19045.3803 on host 10.20.30.40, ok", "10.20.30.40"}, {"from 10.0.0.1:8080", "10.0.0.1"},
			{"I'm on firmware 2.4.1.7 right now. My IP address is 164.188.140.111.", "164.188.140.111"},
			{"Server 10.20.30.40 rejected the login", "10.20.30.40"}, {"the v4 address is 10.0.0.138.", "10.0.0.138"}, {"Ping 8.8.8.8 works but not DNS", "8.8.8.8"}, {"WAN 192.168.001.010 (padded)", "192.168.001.010"}},
		NoMatch: []string{"firmware 2.4.1.7", "part 012.345.678.901", "code 300.300.300.300", "the server runs firmware 10.2.3.4", "the app 2.4.1.7 crashed", "version 10.0.19045.2", "v1.2.3.4", "999.1.1.1", "1.2.3", "build 4.18.0.305",
			"01.02.03.04", "the fix ships in 2.4.2.0", "v4 2.4.1.7 shipped", "ping 127.0.0.1 works", "bind to 0.0.0.0:8080", "the netmask 255.255.255.0 is standard", "upgrade to 3.1.0.2 tonight", "Upgrade to 4.10.2.1 fixed it"},
	}
}

func (ipv4Detector) Find(t *Text, dst []Span) []Span {
	text := t.S
	if _, dots := t.phoneRunsMax(); dots < 3 {
		return dst
	}
	scanRuns(t, sepsDot, func(r *numberRun) {
		if len(r.groups) != 4 || len(r.seps) != 3 {
			return
		}
		if r.end < len(text) && (text[r.end] == '.' && r.end+1 < len(text) && isDigit(text[r.end+1]) || !boundaryAfter(text, r.end) && !unspacedAt(text, r.end)) {
			return
		}
		a, err := netip.ParseAddr(text[r.start:r.end])
		if err != nil && r.groups[0] == 3 && r.groups[1] == 3 && r.groups[2] == 3 && r.groups[3] == 3 && r.digits[0] != '0' {
			a, err = paddedIPv4(r.digits) // 192.168.001.010, as some routers print it
		}
		if err != nil || !a.Is4() || a.IsLoopback() || a.IsUnspecified() || netmask(a) {
			return // (127.0.0.1, 0.0.0.0 are every machine's; 255.255.255.0 is a netmask, 255.255.255.255 the broadcast address)
		}
		if v := lastVersionWord(t, r.start, 48); v >= 0 && !containsWord(t.Lower[v:r.start], ipWords...) {
			return // "firmware 10.2.3.4"; but "version 10.0.19045.3803 on host 10.20.30.40"
		}
		if r.groups[0] == 1 && r.groups[1] == 1 && r.groups[2] == 1 && r.groups[3] == 1 &&
			!containsWord(clauseWindow(t, r.start, 48), ipWords...) {
			return // 2.4.1.7: a version far more often than an address, unless "ping 8.8.8.8"
		}
		dst = append(dst, Span{Start: r.start, End: r.end, Entity: IPv4, Priority: prioIP})
	})
	return dst
}

// paddedIPv4 reads the twelve digits of an IPv4 address whose every part
// is written with three digits.
func paddedIPv4(d []byte) (netip.Addr, error) {
	var b [4]byte
	for k := range b {
		v := int(d[3*k]-'0')*100 + int(d[3*k+1]-'0')*10 + int(d[3*k+2]-'0')
		if v > 255 {
			return netip.Addr{}, errors.New("part over 255")
		}
		b[k] = byte(v)
	}
	return netip.AddrFrom4(b), nil
}

// netmask reports whether a is a netmask: ones, then zeros, from
// 255.0.0.0 to 255.255.255.255.
func netmask(a netip.Addr) bool {
	b := a.As4()
	m := uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
	return b[0] == 255 && (^m)&(^m+1) == 0 // the zeros after the ones are all that is left
}

// lastVersionWord returns the end of the last of versionWords in the n
// bytes before i within i's clause, or -1.
func lastVersionWord(t *Text, i, n int) int {
	from, last := i-len(clauseWindow(t, i, n)), -1
	for _, p := range keywordHits(t, versionWords) {
		if int(p) >= i {
			break
		}
		if e := phraseEnd(t, versionWords, int(p)); int(p) >= from && e <= i && !ipVersionTag(t.S, int(p), e) {
			last = e
		}
	}
	return last
}

// ipVersionTag reports whether the version word s[a:e] is the "v" of
// "v4" or "v6", the Internet Protocol's version ("v4 10.0.0.138"), not a
// release's.
func ipVersionTag(s string, a, e int) bool {
	return e-a == 1 && e+1 < len(s) && (s[e] == '4' || s[e] == '6') && !isAlnum(s[e+1]) && s[e+1] != '.'
}

// ipWords say a four-digit dotted quad is an address ("ping 8.8.8.8", "DNS
// 1.1.1.1"), in the words before it (not in the lexicon: see siteWords).
var ipWords = []string{"ip", "ping", "dns", "server", "host", "gateway", "nameserver", "resolver", "traceroute",
	"nslookup", "dig", "router", "subnet", "netmask", "ipv4"}

type ipv6Detector struct{}

func (ipv6Detector) Entity() string { return IPv6 }

func (ipv6Detector) Name() string { return "ipv6" }

func (ipv6Detector) Examples() Examples {
	return Examples{
		Match: [][2]string{
			{"addr 2001:db8:85a3::8a2e:370:7334 here", "2001:db8:85a3::8a2e:370:7334"},
			{"fe80::1ff:fe23:4567:890a.", "fe80::1ff:fe23:4567:890a"},
		},
		NoMatch: []string{"at 14:22:10", "ratio 3:2", "00:1A:2B:3C:4D:5E", "::", "a::b is odd"},
	}
}

func (ipv6Detector) Find(t *Text, dst []Span) []Span {
	text := t.S
	off := 0
	colons, _ := t.sepsSplit()
	for k, sp := range colons {
		c := int(sp)
		if c < off {
			continue
		}
		// an address has two colons or more, at most four hex digits
		// apart: a colon with none that near ("Agent:", "10:30") is no part
		if (k == 0 || c-int(colons[k-1]) > 5) && (k+1 == len(colons) || int(colons[k+1])-c > 5) {
			continue
		}
		i := c
		for i > 0 && (isHex(text[i-1]) || text[i-1] == ':') {
			i--
		}
		j := c
		for j < len(text) && (isHex(text[j]) || text[j] == ':' || text[j] == '.' && j+1 < len(text) && isDigit(text[j+1])) {
			j++
		}
		off = j
		if j == c {
			off = c + 1
		}
		cand := text[i:j]
		if strings.Count(cand, ":") < 2 || !boundaryBefore(text, i) || !boundaryAfter(text, j) || len(cand) < 6 {
			continue
		}
		a, err := netip.ParseAddr(cand)
		if err != nil || !a.Is6() || a.IsUnspecified() {
			continue
		}
		hexDigits := 0
		for x := 0; x < len(cand); x++ {
			if isHex(cand[x]) {
				hexDigits++
			}
		}
		if hexDigits < 4 {
			continue
		}
		dst = append(dst, Span{Start: i, End: j, Entity: IPv6, Priority: prioIP})
	}
	return dst
}

type macDetector struct{}

func (macDetector) Entity() string { return MAC }

func (macDetector) Name() string { return "mac" }

func (macDetector) Examples() Examples {
	return Examples{
		Match: [][2]string{
			{"device 00:1A:2B:3C:4D:5E online", "00:1A:2B:3C:4D:5E"},
			{"mac 00-1a-2b-3c-4d-5e", "00-1a-2b-3c-4d-5e"},
			{"cisco 001a.2b3c.4d5e", "001a.2b3c.4d5e"},
		},
		NoMatch: []string{"the broadcast MAC FF:FF:FF:FF:FF:FF", "00:00:00:00:00:00", "14:22:10", "00:1A:2B:3C:4D", "00:1A-2B:3C:4D:5E"},
	}
}

func (macDetector) Find(t *Text, dst []Span) []Span {
	colons, dashes := t.sepsSplit()
	dst = findMACs(t.S, colons, 4, 12, 2, dst) // 00:1a:2b:3c:4d:5e: five colons in twelve bytes
	dst = findMACs(t.S, dashes, 4, 12, 2, dst) // the same with dashes
	return findMACs(t.S, t.dots, 1, 5, 4, dst) // 001a.2b3c.4d5e: two dots five bytes apart
}

// sameHexDigits reports whether every hex digit of a MAC address is the
// same 0 or F: 00:00:00:00:00:00 (no address) and FF:FF:FF:FF:FF:FF (the
// broadcast address) are no device's.
func sameHexDigits(m string) bool {
	var first byte
	for i := 0; i < len(m); i++ {
		c := lowerByte[m[i]]
		if !isHex(c) {
			continue
		}
		if first == 0 {
			first = c
		}
		if c != first {
			return false
		}
	}
	return first == '0' || first == 'f'
}

// findMACs reads a MAC where a separator of seps (positions of one kind)
// has the one places further on the list span bytes on, the address
// starting off bytes before the first. The separators of an address are
// next to each other on their list, so the test of the span leaves out,
// without a branch that mispredicts, every separator of prose.
func findMACs(text string, seps []int32, places, span, off int, dst []Span) []Span {
	next := 0
	for k := 0; k+places < len(seps); k++ {
		if seps[k+places]-seps[k] != int32(span) {
			continue
		}
		i := int(seps[k]) - off
		if i < next || i < 0 || !isHex(text[i]) || !boundaryBefore(text, i) {
			continue
		}
		if end := macAt(text, i); end > 0 {
			if !sameHexDigits(text[i:end]) {
				dst = append(dst, Span{Start: i, End: end, Entity: MAC, Priority: prioMAC})
			}
			next = end
		}
	}
	return dst
}

// macAt returns the end of a MAC address starting at i, or 0.
func macAt(text string, i int) int {
	if i+14 > len(text) {
		return 0
	}
	if i+17 <= len(text) && (text[i+2] == ':' || text[i+2] == '-') {
		sep, ok := text[i+2], true
		for g := 0; g < 6 && ok; g++ {
			p := i + g*3
			ok = isHex(text[p]) && isHex(text[p+1]) && (g == 5 || text[p+2] == sep)
		}
		if ok && boundaryAfter(text, i+17) {
			return i + 17
		}
	}
	if text[i+4] == '.' && text[i+9] == '.' {
		for _, p := range [12]int{0, 1, 2, 3, 5, 6, 7, 8, 10, 11, 12, 13} {
			if !isHex(text[i+p]) {
				return 0
			}
		}
		if boundaryAfter(text, i+14) {
			return i + 14
		}
	}
	return 0
}
