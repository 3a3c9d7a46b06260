package detect

import (
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
}{
	{[]string{"AKIA", "ASIA", "AGPA", "AIDA", "AROA", "ANPA", "ANVA", "AIPA"}, regexp.MustCompile(`\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}\b`), 0, 1, 24},
	{nil, regexp.MustCompile(`(?i)aws.{0,60}?(?:secret|key).{0,20}?([A-Za-z0-9/+=]{40})\b`), 1, 0, 160}, // at the word "aws"
	{[]string{"ghp_", "gho_", "ghu_", "ghs_", "ghr_"}, regexp.MustCompile(`\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b`), 0, 1, 44},
	{[]string{"github_pat_"}, regexp.MustCompile(`\bgithub_pat_[A-Za-z0-9_]{60,90}\b`), 0, 1, 110},
	{[]string{"sk_live_", "rk_live_", "pk_live_"}, regexp.MustCompile(`\b(?:sk|rk|pk)_live_[A-Za-z0-9]{16,}\b`), 0, 0, 250},
	{[]string{"sk_test_", "rk_test_"}, regexp.MustCompile(`\b(?:sk|rk)_test_[A-Za-z0-9]{16,}\b`), 0, 0, 250},
	{[]string{"xox"}, regexp.MustCompile(`\bxox[baprs]-[A-Za-z0-9-]{10,}\b`), 0, 1, 250},
	{[]string{"https"}, regexp.MustCompile(`https://hooks\.slack\.com/services/[A-Za-z0-9/]+`), 0, 0, 250},
	{[]string{"AIza"}, regexp.MustCompile(`\bAIza[0-9A-Za-z_-]{35}\b`), 0, 1, 44},
	{[]string{"eyJ"}, regexp.MustCompile(`\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{10,}`), 0, 1, 4096},
	{[]string{"BEGIN"}, regexp.MustCompile(`-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----[\s\S]*?-----END (?:[A-Z]+ )*PRIVATE KEY-----`), 0, 5, 16384},
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
			{"maps AIzaSyA-1234567890abcdefghijklmnopqrstu ok", "AIzaSyA-1234567890abcdefghijklmnopqrstu"},
			{"jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk"},
			{"-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIB\n-----END RSA PRIVATE KEY-----", "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIB\n-----END RSA PRIVATE KEY-----"},
		},
		NoMatch: []string{"AKIA is short", "ghp_short", "sk_live_", "-----BEGIN PUBLIC KEY-----", "eyJ alone"},
	}
}

// awsWord is the cue of the AWS secret key pattern.
var awsWord = newKeywords("aws")

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
		}
	}
	return m
}()

func (secretDetector) Find(t *Text, dst []Span) []Span {
	text := t.S
	var buf [16]hit
	found := buf[:0] // pattern and position of every keyword
	ws := t.wordStarts()
	for w := 0; w < len(ws); w += 2 {
		i := int(ws[w])
		kws := secretFirst[text[i]]
		if len(kws) == 0 || i > 0 && asciiWord(text[i-1]) {
			continue
		}
		for _, kw := range kws {
			if strings.HasPrefix(text[i:], kw.word) {
				found = append(found, hit{int32(kw.pattern), int32(i)})
				break
			}
		}
	}
	for _, h := range keywordHits(t, awsWord, nil) {
		found = append(found, hit{awsPattern, int32(h)})
	}
	if len(found) == 0 {
		return dst
	}
	var hits []int
	for pi, p := range secretPatterns {
		hits = hits[:0]
		for _, h := range found {
			if int(h.set) == pi {
				hits = append(hits, int(h.pos))
			}
		}
		findAround(t, hits, p.before, p.after, p.re, func(m []int) {
			dst = append(dst, Span{Start: m[2*p.group], End: m[2*p.group+1], Entity: Secret, Priority: prioSecret})
		})
	}
	return dst
}

// awsPattern is the index in secretPatterns of the AWS secret key.
const awsPattern = 1

// asciiWord reports whether c is an ASCII word byte ([A-Za-z0-9_]), as \b
// in regular expressions sees it.
func asciiWord(c byte) bool { return isAlnum(c) || c == '_' }

var passwordRE = regexp.MustCompile(`(?i)\b(?:password|passcode|passwd|pwd|pw|pin|passwort|mot de passe|contraseña|senha)(?:\s+(?:is|was|es|ist|est|é)\s*[:=]?|\s*[:=])\s*["'“]?([^\s"'”]{4,64})`)

var notPasswords = map[string]bool{"incorrect": true, "wrong": true, "correct": true, "invalid": true, "expired": true,
	"not": true, "too": true, "the": true, "reset": true, "changed": true, "blocked": true, "locked": true, "still": true,
	"does": true, "doesn't": true, "didn't": true, "isn't": true, "wasn't": true, "again": true, "working": true,
	"please": true, "here": true, "below": true, "above": true, "same": true, "empty": true, "required": true, "field": true,
	"manager": true, "change": true, "recovery": true, "forgotten": true, "forgot": true, "hint": true, "length": true,
	"that": true, "this": true, "your": true, "mine": true, "fine": true, "number": true, "code": true}

type passwordDetector struct{}

func (passwordDetector) Entity() string { return Password }

func (passwordDetector) Name() string { return "password" }

func (passwordDetector) Examples() Examples {
	return Examples{
		Match: [][2]string{
			{"my password is Hunter2!", "Hunter2!"},
			{"password: s3cr3t-Pa55", "s3cr3t-Pa55"},
			{"the PIN is 4821", "4821"},
			{"my pw is Tr0ub4dor&3 dont share", "Tr0ub4dor&3"},
		},
		NoMatch: []string{"my password is incorrect", "password reset didn't work", "I changed my password yesterday", "the password field"},
	}
}

var passwordWords = newKeywords("password", "passcode", "passwd", "pwd", "pw", "pin", "passwort", "mot de passe", "contraseña", "senha")

func (passwordDetector) Find(t *Text, dst []Span) []Span {
	text := t.S
	hits := keywordHits(t, passwordWords, nil)
	findAround(t, hits, 0, 100, passwordRE, func(m []int) {
		start, end := m[2], m[3]
		for end > start && strings.IndexByte(".,;)", text[end-1]) >= 0 && end-start > 4 {
			end--
		}
		if notPasswords[strings.ToLower(strings.TrimRight(text[start:end], ".,;!?"))] {
			return
		}
		dst = append(dst, Span{Start: start, End: end, Entity: Password, Priority: prioSecret})
	})
	return dst
}
