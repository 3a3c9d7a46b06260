package detect

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestSecretMatchers compares each hand-written secret matcher with the
// regular expression it stands for, on random tokens after each keyword.
func TestSecretMatchers(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 16))
	const alphabet = "ABCXYZabcxyz0189_-./ baprs"
	checked := 0
	for _, p := range secretPatterns {
		if p.match == nil {
			continue
		}
		for range 4000 {
			kw := p.keywords[rng.IntN(len(p.keywords))]
			var b strings.Builder
			b.WriteString(kw)
			if rng.IntN(3) == 0 {
				b.WriteString("b-") // xox tokens
			}
			n := rng.IntN(100)
			for range n {
				switch r := rng.IntN(60); {
				case r == 0:
					b.WriteString(".eyJ")
				case r < 6:
					b.WriteByte("_-./ é"[rng.IntN(6)])
				default:
					b.WriteByte(alphabet[rng.IntN(12)])
				}
			}
			s := b.String()
			end, ok := p.match(s, 0)
			loc := p.re.FindStringIndex(s)
			if loc != nil && loc[0] != 0 {
				loc = nil // a match further on starts at no keyword hit
			}
			if (loc != nil) != ok || ok && loc[1] != end {
				t.Fatalf("%s on %q: hand %d %v, expression %v", kw, s, end, ok, loc)
			}
			if ok {
				checked++
			}
		}
	}
	if checked < 1000 {
		t.Fatalf("only %d matches checked", checked)
	}
}

// passwordSpec is what passwordAt matches at a cue word, as the regular
// expression it replaced.
// ("pass" alone takes a colon or an equals sign only.)
var passwordSpec = regexp.MustCompile(`(?i)^(?:(?:password|passphrase|pass phrase|passcode|passwd|pwd|pw|pin|passwort|kennwort|mot de passe|contraseña|senha|wachtwoord|wifi key|wi-fi key|wlan key|wpa key|wpa2 key|network key)` +
	`(?:\s+(?:is|was|es|ist|est|é|è|era|war|lautet)\s*[:=]?|\s*[:=])|pass\s*[:=])\s*["'“]?([^\s"'”]{4,64})`)

// TestPasswordMatcher compares passwordAt with passwordSpec on random
// statements after each cue word.
func TestPasswordMatcher(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 18))
	pieces := []string{" ", "  ", "\t", "\n", "is", "IS", "was", "ist", "est", "es", "é", "É", "è", "È", "era", "war", "lautet", "LAUTET", ":", "=", "\"", "'", "“", "”", "ab", "Hunter2!", "x", "ñ", "s3cr3t-Pa55", "."}
	matched := 0
	for range 20000 {
		var b strings.Builder
		cue := passwordPhrases[rng.IntN(len(passwordPhrases))]
		if rng.IntN(3) == 0 {
			cue = strings.ToUpper(cue) // PIN, CONTRASEÑA
		}
		b.WriteString(cue)
		for k := rng.IntN(8); k > 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		a, e, ok := passwordAt(NewText(s), 0)
		m := passwordSpec.FindStringSubmatchIndex(s)
		if cue == "PASS" {
			m = nil // a test's result, "PASS: …", states no password
		}
		if (m != nil) != ok || ok && (m[2] != a || m[3] != e) {
			t.Fatalf("%q: hand %d %d %v, expression %v", s, a, e, ok, m)
		}
		if ok {
			matched++
		}
	}
	if matched < 500 {
		t.Fatalf("only %d statements matched", matched)
	}
}

// TestAWSSecretKeyContext checks that a 40-character AWS secret key is found
// after the word "secret" or an access key ID, not only near "aws", and
// that hex digests and plain words of that length are not.
func TestAWSSecretKeyContext(t *testing.T) {
	const key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
	tests := []struct {
		text string
		want []string
	}{
		{"here's my key AKIAIOSFODNN7EXAMPLE and secret " + key + ", thanks", []string{"AKIAIOSFODNN7EXAMPLE", key}},
		{"AKIAIOSFODNN7EXAMPLE " + key, []string{"AKIAIOSFODNN7EXAMPLE", key}},
		{"client_secret=" + key, []string{key}},
		{"SecretAccessKey: \"" + key + "\"", []string{key}},
		// 45 characters: not an AWS key, but a token after "secret is"
		{"the SECRET is " + key + "/more", []string{key + "/more"}},
		{"no secret: the fix is commit 9fceb02d0ae598e95dc970b74767f19372d61af8", nil},
		{"secret word: supercalifragilisticexpialidociousandthensome", nil},
		{key + " alone, with no cue", nil},
	}
	for _, tc := range tests {
		var got []string
		for _, s := range (secretDetector{}).Find(NewText(tc.text), nil) {
			got = append(got, tc.text[s.Start:s.End])
		}
		slices.Sort(got)
		got = slices.Compact(got) // found by its shape and after its cue
		want := slices.Clone(tc.want)
		slices.Sort(want)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestSecretWordFilter checks the words allHits gathers for the secret
// detector, which pass two bit tests before secretWordAt, against
// secretWordAt asked for every word, on random texts made of the secret
// patterns' keywords, their neighbours in case and ordinary words.
func TestSecretWordFilter(t *testing.T) {
	var pieces []string
	for _, p := range secretPatterns {
		for _, k := range p.keywords {
			pieces = append(pieces, k, strings.ToUpper(k), strings.ToLower(k), k[:1])
		}
	}
	pieces = append(pieces, "aws", "AWS", "my", "secret", "SECRET", "Secret", "x", "_", " ", "-", "jaws", "set", "ghost", "ak", "e", "1")
	rng := rand.New(rand.NewPCG(71, 72))
	yes := 0
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		tx := NewText(b.String())
		var want []int32
		for w := 0; w+1 < len(tx.words); w += 2 {
			a, e := int(tx.words[w]), int(tx.words[w+1])
			head, tail := tx.wordKeys(a, e)
			if secretWordAt(tx.S, a, e-a, head, tail) {
				want = append(want, int32(a), int32(e))
			}
		}
		yes += len(want) / 2
		tx.allHits()
		if diff := cmp.Diff(want, tx.secretWords, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("%q (-every word +allHits):\n%s", tx.S, diff)
		}
	}
	if yes < 1000 {
		t.Fatalf("only %d secret words in the random texts", yes)
	}
}

// TestSecretPatternIndexes checks that the indexes Find treats apart name
// the patterns they mean.
func TestSecretPatternIndexes(t *testing.T) {
	got := []string{secretPatterns[accessKeyPattern].keywords[0], secretPatterns[skPattern].keywords[0],
		secretPatterns[urlUserPattern].re.String()[:7], secretPatterns[curlUserPattern].re.String()[:6]}
	if diff := cmp.Diff([]string{"AKIA", "sk-", `\b[a-z]`, `\bcurl`}, got); diff != "" {
		t.Error(diff)
	}
	for _, i := range []int{awsPattern, secretKeyPattern, urlUserPattern, curlUserPattern} {
		if secretPatterns[i].keywords != nil {
			t.Errorf("pattern %d has keywords: Find starts it itself", i)
		}
	}
}
