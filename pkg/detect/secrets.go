package detect

import (
	"bytes"
	"encoding/base64"
	"github.com/deidtool/deid/pkg/numwords"
	"regexp"
	"strings"
)

// secretPatterns are credentials with a recognisable shape. Each match
// starts with one of keywords (case-sensitive) at a word boundary, so only
// the starts of the text's words are compared, and the expression runs
// only around those that do.
var secretPatterns = []struct {
	keywords      []string // case-sensitive prefixes every match starts with
	re            *regexp.Regexp
	group         int
	before, after int // the window searched around a keyword
	// match, when set, matches re by hand at a keyword at i (re is then
	// its specification, tested in secrets_test.go)
	match func(s string, i int) (int, bool)
}{
	{[]string{"AKIA", "ASIA", "AGPA", "AIDA", "AROA", "ANPA", "ANVA", "AIPA"}, regexp.MustCompile(`\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}\b`), 0, 1, 24,
		func(s string, i int) (int, bool) { return tokenRun(s, i+4, &upperDigit, 16, 16, true) }},
	{nil, regexp.MustCompile(`(?i)aws.{0,60}?(?:secret|key).{0,20}?([A-Za-z0-9/+=]{40})\b`), 1, 0, 160, nil}, // at the word "aws"
	{[]string{"ghp_", "gho_", "ghu_", "ghs_", "ghr_"}, regexp.MustCompile(`\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b`), 0, 1, 44,
		func(s string, i int) (int, bool) { return tokenRun(s, i+4, &alnumClass, 36, 36, true) }},
	{[]string{"github_pat_"}, regexp.MustCompile(`\bgithub_pat_[A-Za-z0-9_]{60,90}\b`), 0, 1, 110,
		func(s string, i int) (int, bool) { return tokenRun(s, i+11, &wordClass, 60, 90, true) }},
	{[]string{"sk_live_", "rk_live_", "pk_live_"}, regexp.MustCompile(`\b(?:sk|rk|pk)_live_[A-Za-z0-9]{16,}\b`), 0, 0, 250,
		func(s string, i int) (int, bool) { return tokenRun(s, i+8, &alnumClass, 16, -1, true) }},
	{[]string{"sk_test_", "rk_test_"}, regexp.MustCompile(`\b(?:sk|rk)_test_[A-Za-z0-9]{16,}\b`), 0, 0, 250,
		func(s string, i int) (int, bool) { return tokenRun(s, i+8, &alnumClass, 16, -1, true) }},
	{[]string{"xox"}, regexp.MustCompile(`\bxox[baprs]-[A-Za-z0-9-]{10,}\b`), 0, 1, 250,
		func(s string, i int) (int, bool) {
			if i+5 > len(s) || strings.IndexByte("baprs", s[i+3]) < 0 || s[i+4] != '-' {
				return 0, false
			}
			return tokenRun(s, i+5, &alnumDash, 10, -1, true)
		}},
	// Slack's and Discord's incoming webhooks: whoever has the link can post
	{[]string{"https"}, regexp.MustCompile(`https://(?:hooks\.slack\.com/services/[A-Za-z0-9/]+|(?:discord|discordapp)\.com/api/webhooks/[0-9]{6,}/[A-Za-z0-9_-]{20,})`), 0, 0, 250, nil},
	{[]string{"AIza"}, regexp.MustCompile(`\bAIza[0-9A-Za-z_-]{35}\b`), 0, 1, 44,
		func(s string, i int) (int, bool) { return tokenRun(s, i+4, &base64URL, 35, 35, true) }},
	{[]string{"eyJ"}, regexp.MustCompile(`\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{10,}`), 0, 1, 4096,
		func(s string, i int) (int, bool) {
			j, ok := tokenRun(s, i+3, &base64URL, 5, -1, false)
			if !ok || j >= len(s) || s[j] != '.' || !strings.HasPrefix(s[j+1:], "eyJ") {
				return 0, false
			}
			j, ok = tokenRun(s, j+4, &base64URL, 5, -1, false)
			if !ok || j >= len(s) || s[j] != '.' {
				return 0, false
			}
			return tokenRun(s, j+1, &base64URL, 10, -1, false)
		}},
	// a private key block; pasted in part, without its END line, the key's
	// base64 lines (or their escaped "\n"s) up to where they stop
	{[]string{"BEGIN"}, regexp.MustCompile(`-----BEGIN (?:[A-Z]+ )*PRIVATE KEY(?: BLOCK)?-----(?:[\s\S]*?-----END (?:[A-Z]+ )*PRIVATE KEY(?: BLOCK)?-----|(?:[ \t]*(?:\r?\n|\\n)?[ \t]*[A-Za-z0-9+/=:-]{16,})+)`), 0, 5, 16384, nil},
	// an AWS secret key after the word "secret" (client_secret,
	// SecretAccessKey) or after an access key ID, without "aws" nearby;
	// Find keeps only tokens that mix upper case, lower case and digits,
	// so a git commit hash (hex) is not one
	{nil, regexp.MustCompile(`(?:^|[^A-Za-z0-9/+])([A-Za-z0-9/+]{40})(?:[^A-Za-z0-9/+=]|$)`), 1, 0, 120, nil},
	// OpenAI and Anthropic keys (sk-…, sk-proj-…, sk-ant-api03-…): 32 or
	// more characters mixing cases and digits after "sk-"
	{[]string{"sk-"}, regexp.MustCompile(`\bsk-[A-Za-z0-9_-]{32,}\b`), 0, 1, 250, nil},
	// SendGrid, GitLab, npm, Hugging Face, PyPI (their two first bytes
	// seldom start a word: every word so started is compared)
	{[]string{"SG."}, regexp.MustCompile(`\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b`), 0, 1, 80, nil},
	{[]string{"glpat-"}, regexp.MustCompile(`\bglpat-[A-Za-z0-9_-]{20,}\b`), 0, 1, 80,
		func(s string, i int) (int, bool) { return tokenRun(s, i+6, &base64URL, 20, -1, true) }},
	{[]string{"npm_"}, regexp.MustCompile(`\bnpm_[A-Za-z0-9]{36}\b`), 0, 1, 44,
		func(s string, i int) (int, bool) { return tokenRun(s, i+4, &alnumClass, 36, 36, true) }},
	{[]string{"hf_"}, regexp.MustCompile(`\bhf_[A-Za-z]{34}\b`), 0, 1, 40, nil},
	{[]string{"pypi-"}, regexp.MustCompile(`\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}`), 0, 1, 250, nil},
	// a user and password in a URL: postgres://app:Xk9#mP2q@db.example.com/orders
	// (no keywords: Find starts it at the scheme before each "://")
	// (not anchored at the window's start: findAround merges the windows of
	// hits close together, and each URL in one must match)
	{nil, regexp.MustCompile(`\b[a-z][a-z0-9+.-]{1,20}://[^\s:/@]{1,64}:[^\s/@]{1,128}@[^\s/?#]*[^\s.,;:!?)\]}>'"]*`), 0, 0, 400, nil},
	// curl's user and password: curl -u admin:S3cr3tP@ss https://…
	// (no keywords: Find starts it at each "curl" when " -u " or "--user" is there)
	{nil, regexp.MustCompile(`\bcurl\b[^\n]{0,200}?\s(?:-u|--user)\s+['"]?([^\s:'"]{1,64}:[^\s'"]{1,128})`), 1, 0, 300, nil},
	// a Telegram bot's token: the bot's number, a colon, "AA" and 33 more
	{[]string{"AA"}, regexp.MustCompile(`\b[0-9]{8,10}:AA[A-Za-z0-9_-]{33}\b`), 0, 11, 40, nil},
	// Shopify's and DigitalOcean's tokens (words starting "sh" and "do"
	// are common: each is compared with the keywords)
	{[]string{"shpat_", "shpca_", "shppa_", "shpss_"}, regexp.MustCompile(`\bshp(?:at|ca|pa|ss)_[0-9a-fA-F]{32}\b`), 0, 1, 44,
		func(s string, i int) (int, bool) { return tokenRun(s, i+6, &hexClass, 32, 32, true) }},
	{[]string{"dop_v1_", "doo_v1_", "dor_v1_"}, regexp.MustCompile(`\bdo[opr]_v1_[0-9a-f]{64}\b`), 0, 1, 76,
		func(s string, i int) (int, bool) { return tokenRun(s, i+7, &hexLower, 64, 64, true) }},
	// Docker Hub and HashiCorp Vault tokens
	{[]string{"dckr_pat_"}, regexp.MustCompile(`\bdckr_pat_[A-Za-z0-9_-]{20,}\b`), 0, 1, 80, nil},
	{[]string{"hvs.", "hvb."}, regexp.MustCompile(`\bhv[sb]\.[A-Za-z0-9_-]{24,}\b`), 0, 1, 250, nil},
}

// Byte classes of secret tokens.
var (
	upperDigit = byteSet("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
	alnumClass = byteSet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
	wordClass  = byteSet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
	alnumDash  = byteSet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-")
	base64URL  = byteSet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
	hexLower   = byteSet("0123456789abcdef")
	lowerDigit = byteSet("0123456789abcdefghijklmnopqrstuvwxyz")
	hexClass   = byteSet("0123456789abcdefABCDEF")
)

func byteSet(chars string) (m [256]bool) {
	for i := 0; i < len(chars); i++ {
		m[chars[i]] = true
	}
	return m
}

// tokenRun matches class{min,max} at i (max < 0: no bound), greedily, then
// with wordEnd a \b (an ASCII word boundary) after it, giving back bytes
// as a regular expression would until one holds. It returns the end.
func tokenRun(s string, i int, class *[256]bool, min, max int, wordEnd bool) (int, bool) {
	if i > len(s) {
		return 0, false
	}
	n := 0
	for i+n < len(s) && class[s[i+n]] && (max < 0 || n < max) {
		n++
	}
	for ; n >= min; n-- {
		e := i + n
		if !wordEnd || e > 0 && (e == len(s) || !asciiWord(s[e])) == asciiWord(s[e-1]) {
			return e, true
		}
	}
	return 0, false
}

type secretDetector struct{}

func (secretDetector) Entity() string { return Secret }

func (secretDetector) Name() string { return "secret" }

func (secretDetector) Examples() Examples {
	return Examples{
		Match: [][2]string{
			{"key AKIAIOSFODNN7EXAMPLE ok", "AKIAIOSFODNN7EXAMPLE"},
			{"aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"},
			{"token ghp_1234567890abcdefghijABCDEFGHIJ123456", "ghp_1234567890abcdefghijABCDEFGHIJ123456"},
			{"stripe sk_live_4eC39HqLyjWDarjtT1zdp7dc", "sk_live_4eC39HqLyjWDarjtT1zdp7dc"},
			{"slack xoxb-123456789012-abcdefghij", "xoxb-123456789012-abcdefghij"},
			{"hook https://discord.com/api/webhooks/123456789012345678/AbCdEfGhIjKlMnOpQrStUvWx ok", "https://discord.com/api/webhooks/123456789012345678/AbCdEfGhIjKlMnOpQrStUvWx"},
			{"maps AIzaSyA-1234567890abcdefghijklmnopqrstu ok", "AIzaSyA-1234567890abcdefghijklmnopqrstu"},
			{"jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk"},
			{"-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIB\n-----END RSA PRIVATE KEY-----", "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIB\n-----END RSA PRIVATE KEY-----"},
			{"client_secret: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"},
			{"key AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AKIAIOSFODNN7EXAMPLE"},
			{"API_KEY=sk-proj-4f9Kx2LmQ8vT7bR1nZ3cW6yH0aJ5dE2gU9iO4pS7 ok", "sk-proj-4f9Kx2LmQ8vT7bR1nZ3cW6yH0aJ5dE2gU9iO4pS7"},
			{"key 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 leaked", "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"},
			{"gitlab glpat-xY7zK2mN9pQ4rS6tU8vW please", "glpat-xY7zK2mN9pQ4rS6tU8vW"},
			{"failed with npm_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789", "npm_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"},
			{"DATABASE_URL=postgres://app_user:Xk9#mP2q@db.example.com:5432/orders.", "postgres://app_user:Xk9#mP2q@db.example.com:5432/orders"},
			{"curl -u admin:S3cr3tP@ss https://api.example.com/v1/users", "admin:S3cr3tP@ss"},
			{"curl --user deploy:hunter22 https://example.com", "deploy:hunter22"},
			{"curl -u a:b1cdef https://x.example.com; curl -u c:d2efgh https://y.example.com", "c:d2efgh"},
			{"a postgres://u1:Pa55w0rd1@db1.example.com/x and mysql://u2:Pa55w0rd2@db2.example.com/y", "mysql://u2:Pa55w0rd2@db2.example.com/y"},
			{"Twilio auth token 9f8e7d6c5b4a39281706f5e4d3c2b1a0, SID", "9f8e7d6c5b4a39281706f5e4d3c2b1a0"},
			{"AccountName=acme;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;EndpointSuffix", "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="},
			{"Authorization: Bearer Zm9vYmFyQmF6UXV4MTIzNDU2Nzg5MA.", "Zm9vYmFyQmF6UXV4MTIzNDU2Nzg5MA"},
			{"Authorization: Basic YWRtaW46U3VwZXJTZWNyZXQxMjM= failed", "YWRtaW46U3VwZXJTZWNyZXQxMjM="},
			{"bot token 5839201746:AAHx7kP2mQ9vT4bR1nZ3cW6yH0aJ5dE2gU9, help", "5839201746:AAHx7kP2mQ9vT4bR1nZ3cW6yH0aJ5dE2gU9"},
			{"pasted 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 by accident", "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"},
			{"token dop_v1_9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0 leaked", "dop_v1_9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0"},
			{"Mailgun key-3ax6xnjp29jd6fds4gc373sgvjxteol0 is revoked", "key-3ax6xnjp29jd6fds4gc373sgvjxteol0"},
			{`"client_secret": "vT9kQ2mX7bR4nZ1cW8yH5aJ3",`, "vT9kQ2mX7bR4nZ1cW8yH5aJ3"},
			{"Cookie: session=3f9a2c1b8e7d6f5a4b3c2d1e0f9a8b7c; theme=dark", "3f9a2c1b8e7d6f5a4b3c2d1e0f9a8b7c"},
			{"my key sk_live_xxxxxxxxxxxxxxxxxxxxxxxx leaked", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"},
			{"docker login -p dckr_pat_2bF9kQ7mX3vT8nL1pZ6cY4sD0h now", "dckr_pat_2bF9kQ7mX3vT8nL1pZ6cY4sD0h"},
			{"VAULT_TOKEN=hvs.CAESIJ9kQ7mX3vT8nL1pZ6cY4sD0hR2wF5gB8jN1mK4x", "hvs.CAESIJ9kQ7mX3vT8nL1pZ6cY4sD0hR2wF5gB8jN1mK4x"},
			{"the top of it: -----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n\nthanks",
				"-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ"},
			{"Set-Cookie: sid=s%3AXk9mQ2vT7bR4nZ1c.W8yH5aJ3dE6gU0iO4pS7lK2jH9fG3dS6aQ1w; Path=/", "s%3AXk9mQ2vT7bR4nZ1c.W8yH5aJ3dE6gU0iO4pS7lK2jH9fG3dS6aQ1w"},
		},
		NoMatch: []string{"AKIA is short", "ghp_short", "sk_live_", "-----BEGIN PUBLIC KEY-----", "eyJ alone",
			"the secret fix is in commit 9fceb02d0ae598e95dc970b74767f19372d61af8",
			"pip install scikit-learn; sk-learn-tutorial-for-beginners-and-experts", "https://user@example.com/path",
			"see https://example.com/a:b@c", "curl -s https://example.com",
			"the token expired yesterday", "key 12345", "session token 550e8400-e29b-41d4-a716-446655440000",
			"my keyboard AbCdEfGhIjKlMnOpQrStUv12", "the key is under the mat", "token: abcdefghijklmnopqrstuvwxyz",
			"import the key B1D2BD1375BECB784CF4F8C4D73CF638C53C06BE", "e.g. http://user:pass@host/ or ftp://[[user][:pass]@]host",
			"the Basic plan costs 5 USD", "Authorization: Basic aGVsbG8gd29ybGQ=", "a key-value store", "GnuPG key: 0x7EC2DBB6F4DBF434",
			"dop_v1_short", "the secret is out", "e.g. sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "keys look like AKIAXXXXXXXXXXXXXXXX in the docs", "the session 3f9a2c1b8e7d6f5a4b3c2d1e0f9a8b7c ran long", "account SID AC3f9a2c1b8e7d6f5a4b3c2d1e0f9a8b7c"},
	}
}

// secretKeyword is a keyword of secretPatterns[pattern].
type secretKeyword struct {
	pattern int
	word    string
}

// secretFirst lists, per first byte, the secretPatterns keywords that
// start with it.
var secretFirst = func() (m [256][]secretKeyword) {
	for pi, p := range secretPatterns {
		for _, k := range p.keywords {
			m[k[0]] = append(m[k[0]], secretKeyword{pi, k})
			secretPairs[int(k[0])<<2|int(k[1])>>6] |= 1 << (k[1] & 63)
		}
	}
	return m
}()

// secretPairs has a bit for the first two bytes of every keyword.
var secretPairs [1024]uint64

// secretPair reports whether a keyword may start at i.
func secretPair(s string, i int) bool {
	return i+1 < len(s) && secretPairs[int(s[i])<<2|int(s[i+1])>>6]&(1<<(s[i+1]&63)) != 0
}

// secretWordAt reports whether the word s[a:a+n] may start one of
// secretPatterns' keywords, or holds "aws" or "secret" at one of its ends:
// the words secretDetector.Find looks at (Text.secretWords). head and tail
// are the word's first and last eight bytes in lower case (wordKeys).
// allHits asks it only for the words that pass two bit tests
// (secretHeads, secretTails): the common word is settled by those alone.
// It is kept out of line so that the test around it stays small.
//
//go:noinline
func secretWordAt(s string, a, n int, head, tail uint64) bool {
	const aws, secret = 0x737761, 0x746572636573 // little-endian
	return secretPair(s, a) || n >= 3 && (head&0xffffff == aws || tail>>40 == aws) ||
		n >= 6 && (head&0xffffffffffff == secret || tail>>16 == secret)
}

// secretHeads has a bit for the first two bytes, lower-cased, of every
// keyword of secretPatterns and of "aws" and "secret"; secretTails for the
// last two of "aws" and "secret". Bit b is byte0 | byte1<<8.
var secretHeads, secretTails = func() (heads, tails [1024]uint64) {
	lower := func(c byte) byte { // lowerByte is not set yet: init functions run after this
		if c >= 'A' && c <= 'Z' {
			return c + 'a' - 'A'
		}
		return c
	}
	set := func(m *[1024]uint64, b0, b1 byte) {
		b := uint16(lower(b0)) | uint16(lower(b1))<<8
		m[b>>6] |= 1 << (b & 63)
	}
	for _, p := range secretPatterns {
		for _, k := range p.keywords {
			set(&heads, k[0], k[1])
		}
	}
	set(&heads, 'a', 'w')
	set(&heads, 's', 'e')
	set(&tails, 'w', 's')
	set(&tails, 'e', 't')
	return heads, tails
}()

func (secretDetector) Find(t *Text, dst []Span) []Span {
	from := len(dst)
	dst = findSecrets(t, dst)
	// a manual's placeholder ("e.g. sk_live_xxxxxxxxxxxxxxxxxxxxxxxx") is
	// no secret: a random key never repeats a byte eight times, and an
	// example names itself as one. A pasted one with no such cue stays a
	// secret, as the text says it is one.
	kept := dst[:from]
	for _, sp := range dst[from:] {
		if !placeholderToken(t.S[sp.Start:sp.End]) || !exampleCue(t.Lower[max(0, sp.Start-48):sp.Start]) {
			kept = append(kept, sp)
		}
	}
	return kept
}

// exampleCue reports whether before, lower-cased text ending where a
// value starts, presents the value as an example.
func exampleCue(before string) bool {
	return containsAny(before, "e.g.", "example", "such as", "like ", "like:", "format", "replace", "placeholder", "i.e.")
}

// placeholderToken reports whether s holds eight of 'x', 'X', '*', '#' or
// '.' in a row, the mark of a manual's placeholder standing for a key.
func placeholderToken(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c == 'x' || c == 'X' || c == '*' || c == '#' || c == '.') && i > 0 && s[i-1] == c {
			if run++; run >= 7 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// findSecrets is Find before the placeholders are left out.
func findSecrets(t *Text, dst []Span) []Span {
	text := t.S
	var buf [16]hit
	found := buf[:0] // pattern and position of every keyword
	try := func(i int) {
		for _, kw := range secretFirst[text[i]] {
			if strings.HasPrefix(text[i:], kw.word) {
				found = append(found, hit{int32(kw.pattern), int32(i)})
				return
			}
		}
	}
	t.allHits()
	ws := t.secretWords
	for w := 0; w < len(ws); w += 2 {
		a, b := int(ws[w]), int(ws[w+1])
		if secretPair(text, a) && (a == 0 || !asciiWord(text[a-1])) {
			try(a)
		}
		// "aws" starting or ending a word: AWS_SECRET, MYAWS_SECRET, awsKey
		if l := t.Lower; b-a >= 3 && (l[a] == 'a' && l[a+1] == 'w' && l[a+2] == 's' || l[b-3] == 'a' && l[b-2] == 'w' && l[b-1] == 's') {
			p := a
			if l[a] != 'a' || l[a+1] != 'w' || l[a+2] != 's' {
				p = b - 3
			}
			// the expression wants "secret" or "key" within 60
			// characters (of up to 4 bytes)
			if w := l[p:min(len(l), p+3+4*60+6)]; strings.Contains(w, "key") || strings.Contains(w, "secret") {
				found = append(found, hit{awsPattern, int32(p)})
			}
		}
		// "secret" starting or ending a word: secret, client_secret,
		// SecretAccessKey
		if l := t.Lower; b-a >= 6 && (l[a] == 's' && strings.HasPrefix(l[a:b], "secret") || l[b-1] == 't' && strings.HasSuffix(l[a:b], "secret")) {
			found = append(found, hit{secretKeyPattern, int32(a)})
		}
	}
	dst = findCuedTokens(t, dst)
	found = urlUserHits(t, found)
	// \b also holds after a multi-byte character, inside a lexer word
	for _, h := range t.highs {
		if i := int(h) + 1; i < len(text) && text[i] < 0x80 && secretPair(text, i) {
			try(i)
		}
	}
	if len(found) == 0 {
		return dst
	}
	var hits, keyHits []int
	for pi, p := range secretPatterns {
		hits = hits[:0]
		matchedFrom, matchedTo := 0, 0 // the pattern's last match
		for _, h := range found {
			if int(h.set) != pi {
				continue
			}
			if p.match == nil {
				hits = append(hits, int(h.pos))
			} else if int(h.pos) >= matchedFrom && int(h.pos) < matchedTo {
				// inside the last match, as a regular expression's
				// matches never overlap: "xoxb-xoxb-…" would otherwise
				// be read to its end once per keyword
				continue
			} else if end, ok := p.match(text, int(h.pos)); ok {
				matchedFrom, matchedTo = int(h.pos), end
				dst = append(dst, Span{Start: int(h.pos), End: end, Entity: Secret, Priority: prioSecret})
				if pi == accessKeyPattern {
					keyHits = append(keyHits, end) // a secret key may follow
				}
			}
		}
		if pi == secretKeyPattern {
			hits = append(hits, keyHits...)
		}
		findAround(t, hits, p.before, p.after, p.re, func(m []int) {
			a, b := m[2*p.group], m[2*p.group+1]
			if (pi == secretKeyPattern || pi == skPattern) && !mixedToken(text[a:b]) || pi == urlUserPattern && placeholderCredentials(text[a:b]) {
				return
			}
			dst = append(dst, Span{Start: a, End: b, Entity: Secret, Priority: prioSecret})
		})
	}
	return dst
}

// tokenCues are the words a credential of no known shape follows: "auth
// token 9f8e…", "AccountKey=Eby8…==", "api key: …".
var tokenCues = newKeywords("token", "auth token", "access token", "api token", "bearer", "api key", "api_key", "api-key",
	"apikey", "x-api-key", "accountkey", "account key", "sharedaccesskey", "secret key", "license key", "key",
	"secret", "client secret", "app secret", "basic")

// findCuedTokens appends the values after tokenCues that look random: 20
// characters or more of a key's alphabet mixing upper case, lower case and
// digits, or 32 hex digits or more. "the token expired", "key 1", a UUID
// or a word are no such value.
func findCuedTokens(t *Text, dst []Span) []Span {
	for _, h := range keywordHits(t, tokenCues) {
		dst = cuedToken(t, tokenCues, int(h), dst)
	}
	for _, h := range keywordHits(t, cookieCues) {
		dst = cuedToken(t, cookieCues, int(h), dst)
	}
	return dst
}

// cookieCues name the cookies and fields that hold a session (a
// credential while it lasts): their value follows an "=" directly.
var cookieCues = newKeywords("session", "sessionid", "session_id", "sid", "phpsessid", "jsessionid", "connect.sid",
	"csrftoken", "csrf_token", "xsrf-token")

// cuedToken appends the token after the cue of kw at h, if one is there.
func cuedToken(t *Text, kw *keywords, h int, dst []Span) []Span {
	s := t.S
	i := phraseEnd(t, kw, h)
	if i < len(s) && (isAlpha(s[i]) || s[i] == '_') {
		return dst // inside a longer word: "keyboard", "tokens"
	}
	if kw == cookieCues && (i == len(s) || s[i] != '=') {
		return dst
	}
	if l := t.Lower; l[h] == 'k' && i-h == 3 && i < len(s) && s[i] == '-' {
		// Mailgun's key-3ax6xnjp29jd6fds4gc373sgvjxteol0
		if j, ok := tokenRun(s, i+1, &lowerDigit, 32, 32, true); ok && !allLetters(s[i+1:j]) {
			dst = append(dst, Span{Start: h, End: j, Entity: Secret, Priority: prioSecret})
		}
		return dst
	}
	basic := t.Lower[h] == 'b' && t.Lower[h+1] == 'a'
	if i < len(s) && (s[i] == '"' || s[i] == '\'') {
		i++ // a JSON key's closing quote: "client_secret": "…"
	}
	i = skipSpace(s, i)
	switch {
	case i < len(s) && (s[i] == ':' || s[i] == '='):
		i = skipSpace(s, i+1)
	case strings.HasPrefix(t.Lower[i:], "is "):
		i = skipSpace(s, i+3)
	}
	if i < len(s) && (s[i] == '"' || s[i] == '\'') {
		i++
	}
	j := i
	for j < len(s) && j-i < 256 && tokenByte[s[j]] {
		j++
	}
	for j > i && (s[j-1] == '.' || s[j-1] == '-') {
		j-- // a sentence's full stop
	}
	// (hex after "key" alone is a key's fingerprint: key B1D2BD13…)
	switch v := s[i:j]; {
	case basic:
		// HTTP basic authentication: base64 of "user:password"
		if basicCredentials(v) {
			dst = append(dst, Span{Start: i, End: j, Entity: Secret, Priority: prioSecret})
		}
	case len(v) > 2 && v[0] == '0' && v[1]|0x20 == 'x' && allHex(v[2:]), strings.Contains(v, "%20"):
		// a number in hex: a key's ID (key 0x7EC2DBB6F4DBF434); words
		// parted by encoded spaces (token=Root%20CA%20Certificates)
	case len(v) >= 16 && mixedToken(v) || len(v) >= 32 && allHex(v) && !strings.HasPrefix(t.Lower[h:], "key"):
		dst = append(dst, Span{Start: i, End: j, Entity: Secret, Priority: prioSecret})
	}
	return dst
}

// basicCredentials reports whether v is the base64 of "user:password"
// (printable, with a colon after one byte or more), as an HTTP basic
// authentication header carries.
func basicCredentials(v string) bool {
	if len(v) < 8 || len(v) > 512 {
		return false
	}
	b, err := base64.StdEncoding.DecodeString(v)
	if err != nil {
		return false
	}
	c := bytes.IndexByte(b, ':')
	if c < 1 {
		return false
	}
	for _, x := range b {
		if x < 0x20 || x >= 0x7f {
			return false
		}
	}
	return true
}

// allLetters reports whether s holds letters only.
func allLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isAlpha(s[i]) {
			return false
		}
	}
	return true
}

// tokenByte holds the bytes of keys and tokens: base64, base64url, dots, and
// % of URL encoding.
var tokenByte = byteSet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-.%")

// allHex reports whether s is hex digits only.
func allHex(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isDigit(c) && (c|0x20 < 'a' || c|0x20 > 'f') {
			return false
		}
	}
	return true
}

// Indexes in secretPatterns: the AWS access key ID, the AWS secret key at
// the word "aws", the AWS secret key after "secret" or an access key ID,
// and the sk- keys.
const (
	accessKeyPattern = 0
	awsPattern       = 1
	secretKeyPattern = 11
	skPattern        = 12 // OpenAI's and Anthropic's sk-…, kept when mixed like secretKeyPattern's
	urlUserPattern   = 18 // a user and password in a URL
	curlUserPattern  = 19 // curl -u user:password
)

// urlUserHits appends the starts of the URLs with a user and a password
// (at their scheme, before "://") and of the curl commands with -u or
// --user. These have no keyword of their own: a scheme's or curl's first
// bytes start too many words to be compared at each, and searching the
// text for "://" or "curl" cost 5% of the scan; the lexer's list of colons
// and the word "curl" as a keyword cost next to nothing.
func urlUserHits(t *Text, found []hit) []hit {
	text := t.S
	var colons []int32
	if strings.IndexByte(text, '@') >= 0 { // a URL's user and password end at one
		colons, _ = t.sepsSplit()
	}
	for _, c := range colons {
		p := int(c)
		if p+2 >= len(text) || text[p+1] != '/' || text[p+2] != '/' {
			continue
		}
		a := p
		for a > 0 && p-a <= 20 && (isAlnum(text[a-1]) || text[a-1] == '+' || text[a-1] == '.' || text[a-1] == '-') {
			a--
		}
		for a < p && !isAlpha(text[a]) {
			a++
		}
		if a < p && strings.IndexByte(text[p:min(len(text), p+200)], '@') > 0 {
			found = append(found, hit{urlUserPattern, int32(a)})
		}
	}
	for _, h := range keywordHits(t, curlWord) {
		p := int(h)
		line := text[p:min(len(text), p+256)]
		if e := strings.IndexByte(line, '\n'); e >= 0 {
			line = line[:e]
		}
		if strings.Contains(line, " -u ") || strings.Contains(line, "--user") {
			found = append(found, hit{curlUserPattern, int32(p)})
		}
	}
	return found
}

// curlWord is the command whose -u gives a user and password.
var curlWord = newKeywords("curl")

// placeholderCredentials reports whether the URL u's user and password
// are a manual's placeholders: http://user:pass@host,
// ftp://[[user][:password]@]host, http://Benutzer:Passwort@Server.
func placeholderCredentials(u string) bool {
	i := strings.Index(u, "://")
	at := strings.LastIndexByte(u, '@')
	if i < 0 || at < i {
		return true
	}
	cred := u[i+3 : at]
	if strings.ContainsAny(cred, "[]<>(){}\\") {
		return true
	}
	c := strings.IndexByte(cred, ':')
	if c < 0 {
		return true
	}
	switch strings.ToLower(cred[c+1:]) {
	case "pass", "password", "passwd", "pwd", "pw", "secret", "passwort", "wachtwoord", "mot_de_passe", "motdepasse",
		"contraseña", "senha", "palavra-passe", "xyz", "bar", "xxx", "xxxx", "***", "****", "changeme", "p@ssword":
		return true
	}
	return false
}

// mixedToken reports whether s holds an upper-case letter, a lower-case
// letter and a digit, as a random base64 key of 40 characters almost
// always does and a hex digest or a word never does.
func mixedToken(s string) bool {
	var upper, lower, digit bool
	for i := 0; i < len(s); i++ {
		c := s[i]
		upper = upper || c >= 'A' && c <= 'Z'
		lower = lower || c >= 'a' && c <= 'z'
		digit = digit || c >= '0' && c <= '9'
	}
	return upper && lower && digit
}

// asciiWord reports whether c is an ASCII word byte ([A-Za-z0-9_]), as \b
// in regular expressions sees it.
func asciiWord(c byte) bool { return isAlnum(c) || c == '_' }

// A password is the word after one of passwordWords and "is"/"was"/":"/"=":
// `(?i)\b(?:password|…)(?:\s+(?:is|was|es|ist|est|é|è|era|war|lautet)\s*[:=]?|\s*[:=])\s*["'“]?([^\s"'”]{4,64})`,
// matched by hand (passwordAt).

var notPasswords = map[string]bool{"incorrect": true, "wrong": true, "correct": true, "invalid": true, "expired": true,
	"not": true, "too": true, "the": true, "reset": true, "changed": true, "blocked": true, "locked": true, "still": true,
	"does": true, "doesn't": true, "didn't": true, "isn't": true, "wasn't": true, "again": true, "working": true,
	"please": true, "here": true, "below": true, "above": true, "same": true, "empty": true, "required": true, "field": true,
	"manager": true, "change": true, "recovery": true, "forgotten": true, "forgot": true, "hint": true, "length": true,
	"that": true, "this": true, "your": true, "mine": true, "fine": true, "number": true, "code": true,
	"expected": true, "encrypted": true, "stored": true, "hashed": true, "used": true, "valid": true, "about": true,
	"actually": true, "last": true, "optional": true, "ignored": true, "unset": true, "disabled": true, "enabled": true,
	// the same in the other languages of passwordPhrases
	"falsch": true, "abgelaufen": true, "gesperrt": true, "vergessen": true, "geändert": true, "ungültig": true, "nicht": true,
	"zurückgesetzt": true, "richtig": true, "korrekt": true,
	"incorrecte": true, "invalide": true, "expiré": true, "oublié": true, "bloqué": true, "pas": true,
	"incorrecta": true, "incorrecto": true, "inválida": true, "caducada": true, "olvidada": true, "bloqueada": true,
	"correcta": true, "sbagliata": true, "errata": true, "scaduta": true, "bloccata": true, "dimenticata": true, "corretta": true,
	"non": true, "incorreta": true, "expirada": true, "esquecida": true, "não": true, "correta": true,
	"onjuist": true, "verkeerd": true, "verlopen": true, "geblokkeerd": true, "vergeten": true, "niet": true, "juist": true}

type passwordDetector struct{}

func (passwordDetector) Entity() string { return Password }

func (passwordDetector) Name() string { return "password" }

func (passwordDetector) Examples() Examples {
	return Examples{
		Match: [][2]string{
			{"caller: the pin is four four eight one", "four four eight one"},
			{"my login is jdoe and pass is s3cr3t-Pa55", "s3cr3t-Pa55"},
			{"my passphrase is correct horse battery staple", "correct horse battery staple"}, {"the wifi key is mango-river-42", "mango-river-42"},
			{"the admin pw admin123, thanks", "admin123"},
			{"my password Hunter22! doesnt work", "Hunter22!"},
			{"my password is Hunter2!", "Hunter2!"},
			{"password: s3cr3t-Pa55", "s3cr3t-Pa55"},
			{"the PIN is 4821", "4821"},
			{"my pw is Tr0ub4dor&3 dont share", "Tr0ub4dor&3"},
			{"the password's Hunter22! now", "Hunter22!"},
			{"The temp password you sent, Tmp#44821, doesn't work.", "Tmp#44821"},
			{`{"password": "Hunter2024!", "username": "ghopper"}`, "Hunter2024!"},
			{"Agent: Can you confirm the PIN on the account?\nCustomer: 4821", "4821"},
			{"Agent: what's your password? Customer: sure, it's Blue-Harbor7", "Blue-Harbor7"},
			{"la mia password è Gatto#2024", "Gatto#2024"},
			{"mijn wachtwoord is Fiets2024!", "Fiets2024!"},
			{"mein Passwort lautet Sonne123!", "Sonne123!"},
			{"Kennwort: Blume#42", "Blume#42"},
			{"mi contraseña era Perro#99", "Perro#99"},
			{"I already reset my password to Tr0ub4dor&3 but it fails", "Tr0ub4dor&3"},
			{"the password was changed to Winter2024! yesterday", "Winter2024!"},
			{`I changed it to "Blu3-Harbor-Lamp" and it still says the password is wrong`, "Blu3-Harbor-Lamp"},
			{"login: admin / pass: hunter22!", "hunter22!"},
			{"user admin pass Secret123", "Secret123"},
			{"the password for the admin account: S3cure!Pass", "S3cure!Pass"},
			{"creds are admin:admin123 on the staging box", "admin123"},
			{"PIN 4821, not the card number", "4821"},
			{"La contraseña nueva: Sol.Luna.88", "Sol.Luna.88"},
			{"The temporary password we set is Temp#5521.", "Temp#5521"},
			{"I typed “Hunter2024!” as my password and it failed", "Hunter2024!"},
			{"my password expired, so I reset it to Kestrel#41 this morning", "Kestrel#41"},
			{"my wifi passphrase is correct-horse-battery-staple; SSID", "correct-horse-battery-staple"},
		},
		NoMatch: []string{"the passphrase is stored in the keyring.", "the login page says the pass is expired", "enter the passphrase when asked", "my password is incorrect", "password reset didn't work", "I changed my password yesterday", "the password field",
			"das Passwort ist falsch", "mi contraseña es incorrecta", "la password è scaduta", "mijn wachtwoord is verlopen",
			"mon mot de passe est invalide", "a senha está bloqueada", "the passphrase is requested twice", "[, passphrase: <string>]", "password: $DB_PASS",
			"I need to reset my password to get in", "I sent my password to it@example.com", "I changed my password to something longer",
			"pass the ticket to tier 2", "my boarding pass is ready", "a password change is required\\&. The",
			"the password you entered is incorrect", "I used it as my password hint", "login at 10:30 tomorrow", "the login page is /account/settings",
			"I set it to v2 yesterday. The password prompt never shows", "the password expired, so I changed it to something longer",
			"set the pin to bias-bus-hold", "copy the password to $HOME/.netrc", "send your password to 2 people",
			"the pw field is empty", "--disabled-password passwd(1) niet", "Package: *\nPin: release a=unstable", "PASSWORD is expected to be encrypted", "enter the password 3 times", "NULL pw_passwd (Jaroslav Jindrak)"},
	}
}

// passwordPhrases are the cue words, in the order they are tried.
var passwordPhrases = []string{"password", "passphrase", "pass phrase", "passcode", "passwd", "pwd", "pw", "pin", "passwort", "kennwort", "mot de passe", "contraseña",
	"senha", "wachtwoord", "wifi key", "wi-fi key", "wlan key", "wpa key", "wpa2 key", "network key", "pass"}

var passwordWords = newKeywords(passwordPhrases...)

// credentialWords precede a user and password pair: "creds are
// admin:admin123", "login: deploy:Hunter22!".
var credentialWords = newKeywords("creds", "credentials", "credential", "login", "logins")

func (passwordDetector) Find(t *Text, dst []Span) []Span {
	text := t.S
	for _, h := range keywordHits(t, credentialWords) {
		if a, b, ok := credentialPair(text, phraseEnd(t, credentialWords, int(h))); ok {
			dst = append(dst, Span{Start: a, End: b, Entity: Password, Priority: prioSecret})
		}
	}
	prevEnd := 0
	for _, h := range t.allHits() {
		if int(h.set) != passwordWords.id || int(h.pos) < prevEnd {
			continue
		}
		start, end, ok := passwordAt(t, int(h.pos))
		if !ok {
			start, end, ok = otherPasswordForms(t, int(h.pos))
		}
		if !ok {
			continue
		}
		spoken := false
		if k := lettersEnd(text, start); k > start && numwords.Digit(t.Lower[start:k]) != 0 {
			// "the pin is four four eight one": digits said as words
			if a, b := spokenPIN(t, start); b > a {
				end, spoken = b, true
			}
		}
		prevEnd = end
		for end > start && strings.IndexByte(".,;)", text[end-1]) >= 0 && end-start > 4 {
			end--
		}
		if spoken {
			dst = append(dst, Span{Start: start, End: end, Entity: Password, Priority: prioSecret})
			continue
		}
		passphrase := strings.HasPrefix(t.Lower[h.pos:], "passphrase") || strings.HasPrefix(t.Lower[h.pos:], "pass phrase")
		if passphrase && !passwordShaped(text[start:end]) {
			// manuals: "the passphrase is requested"; a passphrase is words
			// joined, or has a digit or a capital, or is words of their
			// own to the sentence's end ("correct horse battery staple")
			if e := wordsPassphrase(t, start); e > start {
				dst = append(dst, Span{Start: start, End: e, Entity: Password, Priority: prioSecret})
			}
			continue
		}
		if notPasswordWord(strings.TrimRight(text[start:end], ".,;!?")) || text[start] == '<' || text[start] == '{' || text[start] == '$' {
			continue // a word, a placeholder (<string>, {pw}) or a variable ($PASS)
		}
		if l := t.Lower[h.pos:]; strings.HasPrefix(l, "pin") && (len(l) == 3 || !isAlpha(l[3])) && !strongPassword(text[start:end]) {
			continue // a PIN has digits, or is made up: apt's "Pin: release a=unstable" is none
		}
		dst = append(dst, Span{Start: start, End: end, Entity: Password, Priority: prioSecret})
	}
	return findSecretAnswers(t, dst)
}

// wordsPassphrase returns the end of a passphrase of three to six words
// in lower case at i that ends its sentence or line, none of them a
// function word or a verb's form in -ed or -ing ("is stored in the
// keyring", "is never logged"), or i.
func wordsPassphrase(t *Text, i int) int {
	s, words, end := t.S, 0, i
	for j := i; words < 7; {
		k := j
		for k < len(s) && isLower(s[k]) {
			k++
		}
		w := s[j:k]
		if k-j < 3 || passphraseStops[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
			return i
		}
		words, end = words+1, k
		if k+1 >= len(s) || s[k] != ' ' || !isLower(s[k+1]) {
			break
		}
		j = k + 1
	}
	if words < 3 || words > 6 || end < len(s) && strings.IndexByte(".!\n\r", s[end]) < 0 {
		return i
	}
	return end
}

// passphraseStops are the function words that say a sentence goes on
// where a passphrase would be ("the passphrase is not the same").
var passphraseStops = map[string]bool{"the": true, "and": true, "for": true, "not": true, "never": true, "always": true,
	"only": true, "also": true, "but": true, "when": true, "then": true, "than": true, "this": true, "that": true,
	"these": true, "those": true, "are": true, "was": true, "were": true, "been": true, "its": true, "your": true,
	"our": true, "their": true, "his": true, "her": true, "from": true, "with": true, "into": true, "same": true,
	"required": true, "optional": true, "empty": true, "blank": true, "wrong": true, "invalid": true, "too": true,
	"very": true, "just": true, "still": true, "now": true, "here": true, "there": true, "what": true, "which": true,
	"who": true, "will": true, "can": true, "should": true, "must": true, "may": true, "might": true, "would": true,
	"could": true, "does": true, "did": true, "has": true, "have": true, "had": true, "you": true, "set": true}

// lettersEnd returns the end of the run of ASCII letters at i.
func lettersEnd(s string, i int) int {
	for i < len(s) && isAlpha(s[i]) {
		i++
	}
	return i
}

// passwordShaped reports whether v has a byte that is no lower-case
// letter: a digit, a capital, a symbol or a joining dash.
func passwordShaped(v string) bool {
	v = strings.TrimRight(v, ".,;:!?)")
	for i := 0; i < len(v); i++ {
		if c := v[i]; c < 0x80 && (c < 'a' || c > 'z') {
			return true
		}
	}
	return false
}

// notPasswordWord reports whether w, in any case, is one of notPasswords.
func notPasswordWord(w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		buf[i] = lowerByte[w[i]]
	}
	return notPasswords[string(buf[:len(w)])]
}

// passwordAt matches a stated password at the cue word at h and returns
// the password's bounds.
func passwordAt(t *Text, h int) (int, int, bool) {
	s := t.S
	for _, p := range passwordPhrases {
		if !hasPrefixFold(s[h:], p) {
			continue
		}
		e := h + len(p)
		if p == "pass" {
			// "pass" alone is a verb or a ticket ("pass the ticket", "the
			// pass is valid"): only "pass: X", "pass = X" and "user admin
			// pass X" state a password
			if e < len(s) && isAlpha(s[e]) || s[h:e] == "PASS" || h > 0 && strings.IndexByte("-_.:/", s[h-1]) >= 0 {
				return 0, 0, false // (a test's "PASS: …", "multi-pass: First", "strlen_pass::")
			}
			if k := skipSpace(s, e); k < len(s) && (s[k] == ':' || s[k] == '=') {
				return passwordValue(s, k+1)
			}
			if userBefore(s, h) {
				return passwordValue(s, e)
			}
			if strings.HasPrefix(s[e:], " is ") && loginOnLine(t.Lower, h) {
				return passwordValue(s, e+4) // "my login is jdoe and pass is s3cr3t-Pa55"
			}
			return 0, 0, false
		}
		if a, b, ok := passwordChangedTo(s, h, e); ok {
			return a, b, true
		}
		if a, b, ok := changedItTo(s, h, e); ok {
			return a, b, true
		}
		// \s+(?:is|was|es|ist|est|é|è|era|war|lautet)\s*[:=]?
		if k := skipSpace(s, e); k > e {
			for _, verb := range [...]string{"is", "was", "es", "ist", "est", "é", "è", "era", "war", "lautet"} {
				if !hasPrefixFold(s[k:], verb) {
					continue
				}
				m := skipSpace(s, k+len(verb))
				if m < len(s) && (s[m] == ':' || s[m] == '=') {
					if a, b, ok := passwordValue(s, m+1); ok {
						return a, b, true
					}
				}
				if a, b, ok := passwordValue(s, m); ok {
					return a, b, true
				}
			}
		}
		// "password's Hunter22!", "password’s": a made-up value only, as
		// "'s" is mostly a possessive ("passwd's usage")
		for _, is := range [...]string{"'s ", "’s "} {
			if strings.HasPrefix(s[e:], is) {
				if a, b, ok := passwordValue(s, skipSpace(s, e+len(is))); ok && strongPassword(s[a:b]) {
					return a, b, true
				}
			}
		}
		// \s*[:=], after a JSON key's quote too ("password": "…"; not
		// "PWD", an environment's working directory)
		if e+1 < len(s) && (s[e] == '"' || s[e] == '\'') && h > 0 && s[h-1] == s[e] && p != "pwd" {
			e++
		}
		if k := skipSpace(s, e); k < len(s) && (s[k] == ':' || s[k] == '=') {
			if a, b, ok := passwordValue(s, k+1); ok {
				return a, b, true
			}
		}
		// "the password for the admin account: S3cure!Pass": up to five
		// words after "for", then a colon, on one line
		if k := skipSpace(s, e); hasPrefixFold(s[k:], "for ") {
			w := s[k:min(len(s), k+48)]
			if c := strings.IndexByte(w, ':'); c > 0 && strings.IndexAny(w[:c], ".!?\n") < 0 && strings.Count(w[:c], " ") <= 5 {
				if a, b, ok := passwordValue(s, k+c+1); ok {
					return a, b, true
				}
			}
		}
		// "the temp password you sent, Tmp#44821, doesn't work": up to
		// four words in lower case, then a made-up value set off by commas
		if a, b, ok := passwordAfterComma(s, e); ok {
			return a, b, true
		}
	}
	return 0, 0, false
}

// identifierLike reports whether v reads as a program's name for
// something: "BPF_OBJ_GET", "decode_obj", "Dialog::textChanged".
func identifierLike(v string) bool {
	if strings.Contains(v, "::") || strings.Contains(v, "->") {
		return true
	}
	under := false
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c == '_':
			under = true
		case !isAlnum(c):
			return false
		}
	}
	return under
}

// passwordAfterComma matches, after a password word ending at e, up to
// four lower-case words, a comma and a made-up value (strongPassword)
// that a comma or the sentence's end closes.
func passwordAfterComma(s string, e int) (int, int, bool) {
	w := s[e:min(len(s), e+40)]
	c := strings.IndexByte(w, ',')
	if c < 0 || c+2 >= len(w) || w[c+1] != ' ' || strings.Count(w[:c], " ") > 4 {
		return 0, 0, false
	}
	for i := 0; i < c; i++ {
		if ch := w[i]; ch != ' ' && ch != '\'' && (ch < 'a' || ch > 'z') {
			return 0, 0, false // words in lower case only: "password you sent"
		}
	}
	a, b, ok := passwordValue(s, e+c+2)
	if !ok {
		return 0, 0, false
	}
	v := strings.TrimRight(s[a:b], ",.")
	b = a + len(v)
	if len(v) < 6 || !strongPassword(v) || !hasLetter(v) || b < len(s) && s[b] != ',' && s[b] != '.' || identifierLike(v) {
		return 0, 0, false
	}
	return a, b, true
}

// otherPasswordForms matches, at the cue word at h, the statements
// passwordAt does not: "PIN 4821" (four to eight digits right after the
// word), "contraseña nueva: X" and "the password we set is X"
// (qualifiedPassword).
func otherPasswordForms(t *Text, h int) (int, int, bool) {
	s := t.S
	for _, p := range passwordPhrases {
		if !hasPrefixFold(s[h:], p) {
			continue
		}
		e := h + len(p)
		if e < len(s) && isAlpha(s[e]) {
			continue // a longer word: "pink", "passing"
		}
		if p == "pin" && e < len(s) && s[e] == ' ' {
			k := e + 1
			for k < len(s) && isDigit(s[k]) {
				k++
			}
			if n := k - e - 1; n >= 4 && n <= 8 && (k == len(s) || !isAlnum(s[k])) {
				return e + 1, k, true
			}
		}
		if a, b, ok := typedAs(s, h); ok {
			return a, b, true
		}
		if p != "pass" && p != "pin" {
			if a, b, ok := adjacentPassword(s, h, e); ok {
				return a, b, true
			}
			return qualifiedPassword(s, e)
		}
	}
	return 0, 0, false
}

// typedAs reads "I typed X as my password": the value before the cue at h,
// after a verb of entering it, made up (strongPassword).
func typedAs(s string, h int) (int, int, bool) {
	before := s[max(0, h-64):h]
	var rest string
	for _, as := range []string{" as my ", " as the ", " as a ", " as our "} {
		if strings.HasSuffix(before, as) {
			rest = before[:len(before)-len(as)]
			break
		}
	}
	if rest == "" {
		return 0, 0, false
	}
	w := lastWords(rest, 2)
	if len(w) < 2 {
		return 0, 0, false
	}
	switch strings.ToLower(w[0]) {
	case "typed", "entered", "used", "tried", "set", "put", "chose", "picked", "type", "enter", "use":
	default:
		return 0, 0, false
	}
	v := strings.Trim(w[1], `"'“”`)
	if len(v) < 4 || !strongPassword(v) {
		return 0, 0, false
	}
	start := h - len(before) + strings.LastIndex(rest, v)
	return start, start + len(v), true
}

// qualifiedPassword reads the value of a password statement whose cue
// word ends at e and is followed by a qualifying word and a colon
// ("contraseña nueva: X", "password (new): X") or by up to three words
// and "is" or "was" ("the password we set is X"). The value needs a digit
// or a symbol, so "the password you entered is incorrect" is none.
func qualifiedPassword(s string, e int) (int, int, bool) {
	w := s[e:min(len(s), e+40)]
	if nl := strings.IndexAny(w, "\n.!?"); nl >= 0 {
		w = w[:nl+1]
	}
	f := strings.Fields(w)
	if len(f) >= 2 && strings.HasSuffix(f[0], ":") && passwordQualifiers[strings.ToLower(strings.TrimSuffix(f[0], ":"))] {
		c := strings.IndexByte(w, ':')
		return changedValue(s, e+c+1)
	}
	for n := 1; n <= 3 && n < len(f); n++ {
		if !allLetters(f[n-1]) {
			break // a clause of words: "we set", "you were given"
		}
		if v := strings.ToLower(f[n]); v == "is" || v == "was" {
			i := e + strings.Index(w, " "+f[n]+" ") + len(f[n]) + 2
			if i > e+len(f[n])+1 {
				if a, b, ok := changedValue(s, i); ok && strongPassword(s[a:b]) {
					return a, b, true
				}
			}
			break
		}
	}
	return 0, 0, false
}

// adjacentPassword reads a value right after the cue word from h to e,
// one space apart, with no verb or colon ("the admin pw admin123", "wifi
// password Sunny-Day42"): only a made-up one, of five characters or more
// holding a letter and a digit, or a capital and a symbol, or six digits
// or more ("password reset", "password 3 times" and "pw v2" are none).
func adjacentPassword(s string, h, e int) (int, int, bool) {
	if e+1 >= len(s) || s[e] != ' ' || isSpace(s[e+1]) || h > 0 && strings.IndexByte("-_./", s[h-1]) >= 0 {
		return 0, 0, false // (an identifier's word: "pw_passwd", "--disabled-password")
	}
	a, b, ok := passwordValue(s, e+1)
	if !ok {
		return 0, 0, false
	}
	v := strings.TrimRight(s[a:b], ".,;:?)") // a "!" may be the password's
	if len(v) < 5 || strings.IndexByte(v, '@') >= 0 || strings.IndexByte(v, '\\') >= 0 || strings.Contains(v, "://") || strings.IndexByte("-$<{([", v[0]) >= 0 {
		return 0, 0, false
	}
	var letter, digit, upper, symbol bool
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case isDigit(c):
			digit = true
		case isUpper(c):
			letter, upper = true, true
		case isAlpha(c) || c >= 0x80:
			letter = true
		default:
			symbol = true
		}
	}
	if letter && digit || upper && symbol || digit && !letter && !symbol && len(v) >= 6 {
		return a, a + len(v), true
	}
	return 0, 0, false
}

// strongPassword reports whether v, read after a clause, looks made up: a
// digit, or a symbol and a capital ("Temp#5521", "Blue-Sky!"), not a
// word with a markup escape ("required\&").
func strongPassword(v string) bool {
	var upper, symbol bool
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case isDigit(c):
			return true
		case isUpper(c):
			upper = true
		case c < 0x80 && !isAlpha(c) && c != '\\':
			symbol = true
		}
	}
	return upper && symbol
}

// passwordQualifiers are the words that may stand between a password word
// and its colon: "neue", "nueva", "temporary".
var passwordQualifiers = map[string]bool{"new": true, "nueva": true, "nuevo": true, "neue": true, "neues": true, "nouveau": true,
	"nouvelle": true, "nuova": true, "nova": true, "novo": true, "temporary": true, "temp": true, "initial": true, "default": true,
	"current": true, "old": true, "wifi": true, "admin": true, "root": true, "provisoire": true, "temporal": true, "temporäres": true}

// credentialPair reads, after a credentials cue ending at i ("are", "is",
// ":" or "=" may follow it), a user and password pair written as one token,
// "admin:admin123", and returns the password's bounds: four characters or
// more, with a digit or a symbol.
func credentialPair(s string, i int) (int, int, bool) {
	if i >= len(s) || !isSpace(s[i]) && s[i] != ':' && s[i] != '=' {
		return 0, 0, false // "login-utils/vipw.c", "login.defs"
	}
	k := skipSpace(s, i)
	for _, w := range []string{"are ", "is ", "were ", "was "} {
		if hasPrefixFold(s[k:], w) {
			k = skipSpace(s, k+len(w))
			break
		}
	}
	if k < len(s) && (s[k] == ':' || s[k] == '=') {
		k = skipSpace(s, k+1)
	}
	e := k
	for e < len(s) && !isSpace(s[e]) && s[e] != ',' && s[e] != ';' && s[e] != ')' && e-k < 96 {
		e++
	}
	for e > k && strings.IndexByte(".!?", s[e-1]) >= 0 {
		e--
	}
	tok := s[k:e]
	sep := strings.IndexByte(tok, ':')
	if sep < 1 || strings.Contains(tok, "://") || strings.IndexByte(tok, '@') >= 0 {
		return 0, 0, false // no pair; a URL; an address
	}
	user, pass := tok[:sep], tok[sep+1:]
	if len(pass) < 4 || strings.IndexAny(pass, ":/") >= 0 || !passwordShaped(pass) || isDigitsOnly(pass) && isDigitsOnly(user) {
		return 0, 0, false // "10:30", a path
	}
	return k + sep + 1, e, true
}

// isDigitsOnly reports whether s is made of digits only.
func isDigitsOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// userBefore reports whether a user name comes right before the cue at h:
// "user admin pass X", "login: admin / pass: X", "username jdoe, pass X".
func userBefore(s string, h int) bool {
	from := max(0, h-64) // on the cue's line, near it
	line := s[from+strings.LastIndexByte(s[from:h], '\n')+1 : h]
	w := lastWords(line, 4)
	for len(w) > 0 && (w[len(w)-1] == "/" || w[len(w)-1] == "|" || w[len(w)-1] == "-") {
		w = w[:len(w)-1]
	}
	if len(w) < 2 || notUserNames[strings.ToLower(w[len(w)-1])] || strings.IndexByte(".;!?", w[len(w)-1][len(w[len(w)-1])-1]) >= 0 {
		return false // "the user must pass --user"
	}
	switch strings.ToLower(strings.TrimRight(w[len(w)-2], ":=")) {
	case "user", "username", "login", "user:", "userid", "account", "usuario", "benutzer", "utilisateur":
		return true
	}
	return false
}

// loginOnLine reports whether a login's word stands before h on its line,
// within 64 bytes: "my login is jdoe and pass is …", "username jdoe, pass
// is …".
func loginOnLine(lower string, h int) bool {
	from := max(0, h-64)
	line := lower[from+strings.LastIndexByte(lower[from:h], '\n')+1 : h]
	return strings.Contains(line, "login") || strings.Contains(line, "username") || strings.Contains(line, "user name") ||
		strings.Contains(line, "user id")
}

// notUserNames are words that follow "user" in prose, not a user's name.
var notUserNames = map[string]bool{"must": true, "can": true, "cannot": true, "should": true, "will": true, "may": true,
	"might": true, "shall": true, "would": true, "could": true, "to": true, "and": true, "or": true, "then": true, "not": true,
	"needs": true, "has": true, "have": true, "is": true, "was": true, "does": true, "did": true, "who": true, "that": true}

// passwordChangedTo matches "reset my password to X" and "the password
// was changed to X" after the cue word password or passcode at h, ending
// at e. The first needs a change verb and a possessive before the cue, the
// second the verb after it, and the value a digit or a symbol: "reset my
// password to get in" and a manual's "set the pin to bias-bus-hold" name
// no password.
func passwordChangedTo(s string, h, e int) (int, int, bool) {
	if !hasPrefixFold(s[h:], "password") && !hasPrefixFold(s[h:], "passcode") {
		return 0, 0, false
	}
	k := skipSpace(s, e)
	if k == e {
		return 0, 0, false
	}
	verbAfter := false
	for _, w := range [...]string{"was ", "has been ", "got ", "is now "} {
		if hasPrefixFold(s[k:], w) {
			m := skipSpace(s, k+len(w))
			for _, v := range changeVerbs {
				if hasPrefixFold(s[m:], v+" ") {
					k, verbAfter = skipSpace(s, m+len(v)), true
					break
				}
			}
			break
		}
	}
	if !hasPrefixFold(s[k:], "to ") || !verbAfter && !changedMy(s, h) {
		return 0, 0, false
	}
	return changedValue(s, k+len("to "))
}

// changedValue reads the value a password was changed to at i: it has a
// digit or a symbol and is no address, option or variable.
func changedValue(s string, i int) (int, int, bool) {
	a, b, ok := passwordValue(s, i)
	if !ok {
		return 0, 0, false
	}
	v := strings.TrimRight(s[a:b], ".,;:!?)")
	if strings.IndexByte(v, '@') >= 0 || strings.Contains(v, "://") || v[0] == '-' || v[0] == '$' {
		return 0, 0, false // an address, an option, a variable
	}
	for i := 0; i < len(v); i++ {
		if c := v[i]; c < 0x80 && !isAlpha(c) {
			return a, b, true // a digit or a symbol
		}
	}
	return 0, 0, false
}

// changedItTo matches "I changed it to "X" and it still says the password
// is wrong" and "my password expired, so I reset it to X": a change verb
// and "it to" in the sentence of the cue word (from h to e), the value
// quoted or with a digit or a symbol (changedValue).
func changedItTo(s string, h, e int) (int, int, bool) {
	from, to := max(0, h-120), min(len(s), e+120)
	for _, end := range [...]string{". ", "! ", "? ", "\n"} {
		if k := strings.LastIndex(s[from:h], end); k >= 0 {
			from += k + len(end)
		}
		if k := strings.Index(s[e:to], end); k >= 0 {
			to = e + k
		}
	}
	for off := from; ; {
		k := strings.Index(s[off:to], " it to ")
		if k < 0 {
			return 0, 0, false
		}
		k += off
		off = k + 1
		w := lastWords(s[from:k], 1)
		if len(w) == 0 {
			continue
		}
		for _, v := range changeVerbs {
			if strings.EqualFold(w[0], v) {
				if a, b, ok := changedValue(s, k+len(" it to ")); ok && b <= to {
					return a, b, true
				}
			}
		}
	}
}

// changeVerbs set a password to a value.
var changeVerbs = [...]string{"changed", "change", "reset", "set", "updated", "update"}

// changedMy reports whether the words before h are a change verb and a
// possessive, "reset my", "changed your new", "set her".
func changedMy(s string, h int) bool {
	w := lastWords(s[:h], 3)
	if len(w) > 0 && strings.EqualFold(w[len(w)-1], "new") {
		w = w[:len(w)-1]
	}
	if len(w) < 2 {
		return false
	}
	switch strings.ToLower(w[len(w)-1]) {
	case "my", "your", "our", "his", "her", "their":
	default:
		return false
	}
	for _, v := range changeVerbs {
		if strings.EqualFold(w[len(w)-2], v) {
			return true
		}
	}
	return false
}

// lastWords returns up to n space-separated words at the end of s.
func lastWords(s string, n int) []string {
	f := strings.Fields(s[max(0, len(s)-48):])
	if len(f) > n {
		f = f[len(f)-n:]
	}
	return f
}

// hasPrefixFold reports whether s starts with prefix in any case (ñ and Ñ
// alike).
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// passwordValue reads \s*["'“]?([^\s"'”]{4,64}) at i.
func passwordValue(s string, i int) (int, int, bool) {
	i = skipSpace(s, i)
	starts := [2]int{-1, i}
	if i < len(s) && (s[i] == '"' || s[i] == '\'') {
		starts[0] = i + 1
	} else if strings.HasPrefix(s[i:], "“") {
		starts[0] = i + len("“")
	}
	for _, a := range starts {
		if a < 0 {
			continue
		}
		b, n := a, 0
		for b < len(s) && n < 64 {
			r, size := runeAt(s, b)
			if isSpace(s[b]) || r == '"' || r == '\'' || r == '”' {
				break
			}
			b += size
			n++
		}
		if n >= 4 {
			return a, b, true
		}
	}
	return 0, 0, false
}
