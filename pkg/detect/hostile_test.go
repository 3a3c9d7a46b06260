package detect

import (
	"math"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// hostileTexts repeat what a detector starts from, so that work per start
// that reads on to the end of the text, or compares every start with
// every other, shows. Each takes the text's length.
var hostileTexts = []struct {
	name string
	make func(n int) string
}{
	{"slack tokens", func(n int) string { return strings.Repeat("xoxb-", n/5) }},
	{"street numbers", func(n int) string { return strings.Repeat("1 Main St ", n/10) }},
	{"rue", func(n int) string { return strings.Repeat("12 rue ", n/7) }},
	{"calle", func(n int) string { return strings.Repeat("Calle 1 ", n/8) }},
	{"dotted digits", func(n int) string { return strings.Repeat("1.", n/2) }},
	{"digits", func(n int) string { return strings.Repeat("1", n) }},
	{"spaced digits", func(n int) string { return strings.Repeat("1 ", n/2) }},
	{"at signs", func(n int) string { return strings.Repeat("a@", n/2) }},
	{"colons", func(n int) string { return strings.Repeat("ab:", n/3) }},
	{"ipv6", func(n int) string { return strings.Repeat("1::", n/3) }},
	{"aws", func(n int) string { return strings.Repeat("aws ", n/4) }},
	{"secret", func(n int) string { return strings.Repeat("secret ", n/7) }},
	{"private keys", func(n int) string { return strings.Repeat("-----BEGIN RSA PRIVATE KEY-----", n/31) }},
	{"jwt", func(n int) string { return strings.Repeat("eyJ.", n/4) }},
	{"urls", func(n int) string { return "http://" + strings.Repeat("a/", n/2) }},
	{"greetings", func(n int) string { return strings.Repeat("Hi Ana, ", n/8) }},
	{"names", func(n int) string { return strings.Repeat("Maria ", n/6) }},
	{"my name is", func(n int) string { return strings.Repeat("my name is ", n/11) }},
	{"passwords", func(n int) string { return strings.Repeat("password is ", n/12) }},
	{"user pass", func(n int) string { return strings.Repeat("user admin pass ", n/16) }},
	{"credentials", func(n int) string { return strings.Repeat("login a:bcd1 ", n/13) }},
	{"link queries", func(n int) string { return strings.Repeat("http://a.io/?e=a%40b.co ", n/24) }},
	{"mentions", func(n int) string { return strings.Repeat("@anna ", n/6) }},
	{"no-break digits", func(n int) string { return strings.Repeat("1\u00a0", n/3) }},
	{"born abbreviations", func(n int) string { return strings.Repeat("\nb. 1990-01-01 ", n/16) }},
	{"birth dates", func(n int) string { return strings.Repeat("dob 1", n/5) }},
	{"ibans", func(n int) string { return strings.Repeat("DE44 ", n/5) }},
	{"said", func(n int) string { return strings.Repeat("Ana said ", n/9) }},
	{"sign-offs", func(n int) string { return strings.Repeat("Regards,\n", n/9) }},
	{"accents", func(n int) string { return strings.Repeat("é", n/2) }},
	{"town postcodes", func(n int) string { return strings.Repeat("Rue A 1, 1000 B, ", n/17) }},
	{"name labels", func(n int) string { return strings.Repeat("Name: Ana Name: ", n/16) }},
	{"signatures", func(n int) string { return strings.Repeat("--\n-- Ana! -Ana ", n/16) }},
	{"po boxes", func(n int) string { return strings.Repeat("PO Box 1, ", n/10) }},
	{"ceps", func(n int) string { return strings.Repeat("CEP 01310-100 ", n/14) }},
	{"display names", func(n int) string { return strings.Repeat("Ana Lee <a@b.c> ", n/16) }},
	{"open angles", func(n int) string { return strings.Repeat("Ana <", n/5) }},
	{"chat lines", func(n int) string { return strings.Repeat("\n[10:02] Ana: ", n/14) }},
	{"spelled emails", func(n int) string { return strings.Repeat("a dot b at c dot com ", n/21) }},
	{"encoded emails", func(n int) string { return strings.Repeat("a%40", n/4) }},
	{"greeted names", func(n int) string { return strings.Repeat("Hi, Ana here ", n/13) }},
	{"spoken digits", func(n int) string { return strings.Repeat("one ", n/4) }},
	{"lower-case names", func(n int) string { return strings.Repeat("hi im sarah my name is ", n/23) }},
	{"lower-case streets", func(n int) string { return strings.Repeat("one two elm street ", n/19) }},
	{"street words", func(n int) string { return strings.Repeat("road ", n/5) }},
	{"spelled mailboxes", func(n int) string { return strings.Repeat("a b c d at e ", n/13) }},
	{"letters before at", func(n int) string { return strings.Repeat("a ", n/2-10) + "at b dot com" }},
	{"number words before at", func(n int) string { return strings.Repeat("eighty ", n/7-2) + "at b dot com" }},
	{"spoken dates", func(n int) string { return strings.Repeat("born may march third ", n/21) }},
	{"spoken groups", func(n int) string { return strings.Repeat("five five five one two three four, ", n/35) }},
	{"doubles", func(n int) string { return strings.Repeat("double oh ", n/10) }},
	{"spoken and said", func(n int) string { return strings.Repeat("one two x ", n/10) }},
	{"spoken pairs", func(n int) string { return strings.Repeat("fifty five twelve ", n/18) }},
	{"pairs and hundreds", func(n int) string { return strings.Repeat("one eight hundred twenty ", n/25) }},
	{"lower-case cues", func(n int) string { return strings.Repeat("is this reached ", n/16) }},
	{"units before addresses", func(n int) string { return strings.Repeat("Flat 1, Sai, 1 Main St, ", n/24) }},
	{"japanese blocks", func(n int) string { return strings.Repeat("1-2-3 Ab, Cd-ku, ", n/17) }},
	{"relations", func(n int) string { return strings.Repeat("my my wife my ", n/14) }},
	{"care of", func(n int) string { return strings.Repeat("c/o attn: Ana ", n/14) }},
	{"initials", func(n int) string { return strings.Repeat("ask J. K. ", n/10) }},
	{"name questions", func(n int) string { return strings.Repeat("your name? ", n/11) + "\n" }},
	{"name answers", func(n int) string { return strings.Repeat("your name?\nA: Ana Lee\n", n/22) }},
	{"table headers", func(n int) string { return strings.Repeat("name,email,dob,", n/15) + "\n" }},
	{"table rows", func(n int) string { return "name,email,dob\n" + strings.Repeat("Ana Lee,a,1990-01-01\n", n/21) }},
	{"header lines", func(n int) string { return strings.Repeat("name,dob\n", n/9) }},
	{"national ids", func(n int) string { return strings.Repeat("dni 12345678Z AB 12 34 56 C RSSMRA85T10A562S ", n/46) }},
	{"reference clauses", func(n int) string { return "order " + strings.Repeat("12345678Z ", n/10) }},
	{"script introductions", func(n int) string {
		return strings.Repeat("我叫王芳と申しますاسمي ผมชื่อ ", n/47)
	}},
	{"script birth dates", func(n int) string { return strings.Repeat("生日1985年3月", n/20) }},
	{"unspaced phones", func(n int) string { return strings.Repeat("电话13800138000，", n/27) }},
	{"unspaced numbers", func(n int) string { return strings.Repeat("日本語1a2日本語", n/21) }},
	{"unspaced cards", func(n int) string { return strings.Repeat("卡4111 1111 1111 1111号", n/28) }},
	{"keyed names", func(n int) string { return strings.Repeat(`{"name": "Jo Lee", "first_name_name_name": `, n/43) }},
	{"password questions", func(n int) string { return strings.Repeat("pin? customer: 4821 password\nuser: ", n/36) }},
	{"script addresses", func(n int) string {
		return strings.Repeat("建国路88号区神南1-2 테헤란로 1 ул. Мира 1 ", n/60)
	}},
}

// TestScanLinearOnHostileText checks that scanning a hostile text eight
// times as long takes about eight times as long, not sixty-four: the time
// of each size is the best of five runs, the sizes in turns, after a
// garbage collection, and the test fails when three such measurements all
// come out above 32×. Linear texts measured up to 14× here (the larger
// text no longer fits the caches), with the machine busy; quadratic ones
// go to 64×. (A Slack
// token keyword repeated once read the rest of the text at every repeat,
// and address starts were compared with each other: 1 MB took 107 s and
// 9 s.) Timings under the race detector say nothing, so it skips there.
func TestScanLinearOnHostileText(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("times scans of up to 512 KB")
	}
	s := NewScanner(Default(), nil)
	// the thread's own CPU time where the system gives it: a machine busy
	// with other tests (go test runs packages side by side) stretches
	// wall times, the long text's more than the short one's
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	timed := func(text string) time.Duration {
		clock := func() time.Duration { return time.Duration(time.Now().UnixNano()) }
		if haveThreadCPU {
			clock = threadCPU
		}
		start := clock()
		s.Scan(text, nil)
		return clock() - start
	}
	// ratio times the two sizes in turns, so that a burst of other work on
	// the machine slows both, and compares the best of each
	ratio := func(small, large string) (time.Duration, time.Duration, float64) {
		runtime.GC()
		bs, bl := time.Duration(math.MaxInt64), time.Duration(math.MaxInt64)
		for range 5 {
			bs, bl = min(bs, timed(small)), min(bl, timed(large))
		}
		return bs, bl, float64(bl) / float64(max(bs, time.Millisecond))
	}
	const n = 64 << 10
	for _, h := range hostileTexts {
		small, large := h.make(n), h.make(8*n)
		// a quadratic scan fails every attempt; a busy machine seldom
		// slows three in a row
		for attempt := 1; ; attempt++ {
			bs, bl, r := ratio(small, large)
			if r <= 32 {
				break
			}
			if attempt == 3 {
				t.Errorf("%s: %v for %d bytes, %v for %d (%.1f×, three times)", h.name, bs, n, bl, 8*n, r)
				break
			}
		}
	}
}

// BenchmarkScanHostile scans each hostile text at 1 MB.
func BenchmarkScanHostile(b *testing.B) {
	s := NewScanner(Default(), nil)
	for _, h := range hostileTexts {
		text := h.make(1 << 20)
		b.Run(strings.ReplaceAll(h.name, " ", "_"), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			var spans []Span
			for range b.N {
				spans = s.Scan(text, spans)
			}
		})
	}
}

// TestRunLimitsKeepResults checks that not keeping digit runs too short or
// too long for any detector changes no result: random texts of digits,
// separators, cue words and letters are scanned with the limits and with
// every run kept.
func TestRunLimitsKeepResults(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 22))
	pieces := []string{"1", "4", "0", "9", "12", "555", "0132", "4111", " ", "-", ".", "/", "(", ")", "+", ":",
		"call ", "ssn ", "card ", "ip ", "a", "Z", "\n", "version ", "+1 ", "1111", "192.168.", "078-05-1120", "412345"}
	s := NewScanner(Default(), nil)
	values := []Value{{Text: "+1 (415) 555-0132", Entity: Phone, Match: MatchDigits, Ref: 1},
		{Text: "A-412345", Entity: "ACCOUNT_NUMBER", Match: MatchDigits, Ref: 2}} // six digits: the fewest searched
	scan := func(text string) []Span {
		var k Known
		k.Reset(values)
		return s.ScanKnown(text, &k, nil)
	}
	found := 0
	for range 20000 {
		var b strings.Builder
		for k := rng.IntN(40); k > 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		got := scan(text)
		oldMin, oldMax := minRunDigits, maxRunDigits
		minRunDigits, maxRunDigits = [sepsKinds]int{}, math.MaxInt32
		want := scan(text)
		minRunDigits, maxRunDigits = oldMin, oldMax
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("%q (-all runs +limited):\n%s", text, diff)
		}
		found += len(got)
	}
	if found < 5000 {
		t.Fatalf("only %d spans found: the texts test too little", found)
	}
}

// TestRunLimitsBoundMemory checks that a text of a million one-digit runs
// keeps none of them.
func TestRunLimitsBoundMemory(t *testing.T) {
	tx := NewText(strings.Repeat("1.", 1<<20))
	if d, dots := tx.phoneRunsMax(); d != 1<<20 || dots != 1<<20-1 {
		t.Errorf("phoneRunsMax = %d, %d, want %d, %d", d, dots, 1<<20, 1<<20-1)
	}
	for kind := range sepsKinds {
		tx.buildRuns(kind)
		if len(tx.runs[kind]) != 0 {
			t.Errorf("kind %d: %d runs kept", kind, len(tx.runs[kind]))
		}
	}
	if len(tx.runBytes) != 0 || len(tx.runGroups) != 0 {
		t.Errorf("%d run bytes and %d groups kept", len(tx.runBytes), len(tx.runGroups))
	}
}

// TestRunsSkipStretches checks that building card and IPv4 runs only in
// the digit stretches whose phone runs are long enough for them gives the
// runs a build over every stretch gives (for IPv4, the runs of three dots
// its detector reads), on random texts of digits, separators and words.
func TestRunsSkipStretches(t *testing.T) {
	type run struct {
		Start, End   int
		Digits, Seps string
		Groups       []int
	}
	list := func(tx *Text, kind int) []run {
		var out []run
		scanRuns(tx, kind, func(r *numberRun) {
			if kind == sepsDot && len(r.seps) != 3 {
				return // what the IPv4 detector, the only reader, skips
			}
			out = append(out, run{r.start, r.end, string(r.digits), string(r.seps), append([]int(nil), r.groups...)})
		})
		return out
	}
	rng := rand.New(rand.NewPCG(61, 62))
	pieces := []string{"1", "4", "0", "9", "12", "555", "4111", "1111", " ", "-", ".", "/", "(", ")", "+", "192.168.", "1.1",
		"078-05-1120", "4111 1111 1111 1111", "card ", "ip ", "a", "\n", "  "}
	kept := 0
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(30) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		tx := NewText(b.String())
		var got [sepsKinds][]run
		for _, kind := range []int{sepsCard, sepsDot} {
			got[kind] = list(tx, kind)
			kept += len(got[kind])
		}
		for i := range tx.spanMax {
			tx.spanMax[i] = [2]int32{1 << 30, 1 << 30} // every stretch
		}
		tx.runBytes, tx.runGroups = tx.runBytes[:0], tx.runGroups[:0]
		for _, kind := range []int{sepsCard, sepsDot} {
			tx.runsDone[kind] = false
			if diff := cmp.Diff(list(tx, kind), got[kind]); diff != "" {
				t.Fatalf("kind %d in %q (-every stretch +skipping):\n%s", kind, tx.S, diff)
			}
		}
	}
	if kept < 5000 {
		t.Fatalf("only %d card and IPv4 runs in the random texts", kept)
	}
}
