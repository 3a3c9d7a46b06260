package detect

import (
	"regexp"
	"strings"
)

// secretPatterns are credentials with a recognisable shape. keyword is a
// substring every match contains, checked before the expression runs.
var secretPatterns = []struct {
	keyword string
	re      *regexp.Regexp
	group   int
}{
	{"A", regexp.MustCompile(`\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}\b`), 0},
	{"", regexp.MustCompile(`(?i)aws.{0,60}?(?:secret|key).{0,20}?([A-Za-z0-9/+=]{40})\b`), 1},
	{"gh", regexp.MustCompile(`\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b`), 0},
	{"github_pat_", regexp.MustCompile(`\bgithub_pat_[A-Za-z0-9_]{60,90}\b`), 0},
	{"_live_", regexp.MustCompile(`\b(?:sk|rk|pk)_live_[A-Za-z0-9]{16,}\b`), 0},
	{"_test_", regexp.MustCompile(`\b(?:sk|rk)_test_[A-Za-z0-9]{16,}\b`), 0},
	{"xox", regexp.MustCompile(`\bxox[baprs]-[A-Za-z0-9-]{10,}\b`), 0},
	{"hooks.slack.com", regexp.MustCompile(`https://hooks\.slack\.com/services/[A-Za-z0-9/]+`), 0},
	{"AIza", regexp.MustCompile(`\bAIza[0-9A-Za-z_-]{35}\b`), 0},
	{"eyJ", regexp.MustCompile(`\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{10,}`), 0},
	{"-----BEGIN", regexp.MustCompile(`-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----[\s\S]*?-----END (?:[A-Z]+ )*PRIVATE KEY-----`), 0},
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

func (secretDetector) Find(text string, dst []Span) []Span {
	var lower string
	for _, p := range secretPatterns {
		if p.keyword == "" {
			if lower == "" {
				lower = strings.ToLower(text)
			}
			if !strings.Contains(lower, "aws") {
				continue
			}
		} else if !strings.Contains(text, p.keyword) {
			continue
		}
		for _, m := range p.re.FindAllStringSubmatchIndex(text, -1) {
			dst = append(dst, Span{Start: m[2*p.group], End: m[2*p.group+1], Entity: Secret, Priority: prioSecret})
		}
	}
	return dst
}

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

func (passwordDetector) Find(text string, dst []Span) []Span {
	if !strings.ContainsAny(text, "pPsScCmM") {
		return dst
	}
	for _, m := range passwordRE.FindAllStringSubmatchIndex(text, -1) {
		start, end := m[2], m[3]
		for end > start && strings.IndexByte(".,;)", text[end-1]) >= 0 && end-start > 4 {
			end--
		}
		if notPasswords[strings.ToLower(strings.TrimRight(text[start:end], ".,;!?"))] {
			continue
		}
		dst = append(dst, Span{Start: start, End: end, Entity: Password, Priority: prioSecret})
	}
	return dst
}
