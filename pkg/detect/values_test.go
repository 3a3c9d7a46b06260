package detect

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestFindValues(t *testing.T) {
	values := []Value{
		{Text: "María José Fernández", Entity: Person, Match: MatchName, Ref: 1},
		{Text: "maria.fernandez@correo.es", Entity: Email, Match: MatchExact, Ref: 2},
		{Text: "+34 612 345 678", Entity: Phone, Match: MatchDigits, Ref: 3},
		{Text: "Will Summers", Entity: Person, Match: MatchName, Ref: 4},
		{Text: "00412345", Entity: "ACCOUNT_NUMBER", Match: MatchDigits, Ref: 5},
	}
	text := "Hi, MARIA here (maria jose fernandez). Mail Maria.Fernandez@correo.es or 612-345-678. " +
		"Will you call? Yes, Will Summers will. Account 00412345, not 100412345678."
	var got []string
	for _, sp := range Resolve(FindValues(text, values, nil)) {
		got = append(got, text[sp.Start:sp.End]+"="+sp.Entity)
	}
	want := []string{
		"MARIA=PERSON", "maria jose fernandez=PERSON", "Maria.Fernandez@correo.es=EMAIL", "612-345-678=PHONE",
		"Will Summers=PERSON", "00412345=ACCOUNT_NUMBER",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestRecordNameScripts checks names written without spaces between words
// (found inside a word, whole only) and surnames that are ordinary words
// (found capitalised mid-sentence, or with the rest of the name).
func TestRecordNameScripts(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"王伟", "客户王伟说他的订单还没到。 王伟 is upset", []string{"王伟", "王伟"}},
		{"山田 ガク", "山田さんから電話がありました", []string{"山田"}},
		{"山田\u3000太郎", "山田太郎です。太郎は不在", []string{"山田", "太郎", "太郎"}},
		{"山田ガク", "山田ガクさんから電話", []string{"山田ガク"}},
		{"王", "王先生", []string{}},
		{"王 Weixin", "Weixin and Weixinx: 王 Weixin", []string{"王 Weixin"}},
		{"Grace Park", "Thanks, Park! I park on the street. grace park called.", []string{"Park", "grace park"}},
		{"Kim Brown", "the brown box came; Ms Brown is happy", []string{"Brown"}},
	} {
		values := []Value{{Text: tc.name, Entity: Person, Match: MatchName, Ref: 1}}
		got := []string{}
		for _, sp := range Resolve(FindValues(tc.text, values, nil)) {
			got = append(got, tc.text[sp.Start:sp.End])
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q in %q (-want +got):\n%s", tc.name, tc.text, diff)
		}
	}
}

// TestRecordNicknames checks that a record's name is found by the names
// its parts go by, both ways, with the same Ref; a short form that is a
// word only capitalised mid-sentence.
func TestRecordNicknames(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"Christopher Robin", "Chris here (well, Christopher). Robin Hood is my favourite", []string{"Chris", "Christopher"}},
		{"Bill Jones", "William called. Is Bill there? Jones said so.", []string{"William", "Bill", "Jones"}},
		{"William Jones", "Will you check? I will. Ask Will, or Bill, or Liam.", []string{"Will", "Bill", "Liam"}},
		{"Albert Ruiz", "voy al banco con Al y Bert; albert llamó", []string{"Al", "Bert", "albert"}},
		// a short form maps to its name, not to the name's other short forms
		{"Bob Marley", "robert called, rob did not: bob and Rob did", []string{"robert", "bob"}},
		{"Ronald Diaz", "un ron con Ron", []string{"Ron"}},
		{"Katherine Ng", "kate and katie, not katja", []string{"kate", "katie"}},
		{"Nicholas Ray", "in the nick of time, Nick! Nicholas?", []string{"Nick", "Nicholas"}},
		// a word as a short form needs a capital; some not at a sentence's start
		{"Michael Brandt", "Mike asked whether the mike works. Is Mike there?", []string{"Mike", "Mike"}},
		{"William Osei", "Bill me later. Will do. Ask Bill, Will and will", []string{"Bill", "Will"}},
		// with the surname, even opening a sentence
		{"William Osei", "Bill Osei called. Bill me later.", []string{"Bill Osei"}},
		{"Christopher Robin Lee", "Chris Robin Lee here", []string{"Chris Robin Lee"}},
		{"Robert Kowalski", "hey its bob again", []string{"bob"}},
		// not inside a brand
		{"Katherine Lowe", "Kate loves her Kate Spade bag; Ralph Lauren too", []string{"Kate"}},
		{"Lauren Smith", "Kate loves her Kate Spade bag; Ralph Lauren too. Lauren?", []string{"Lauren"}},
		{"Jordan Lee", "Jordan here; I bought the Air Jordan 1s.", []string{"Jordan"}},
		// a word as a name is none after an article
		{"Grace Park", "This is Grace. The Grace period ended.", []string{"Grace"}},
		// nor a month after a date's word or before a day, nor a place's
		{"April Summers", "I ordered in April, since May 5. Thanks April!", []string{"April"}},
		// nor a word in lower case, nor part of another capitalised name
		{"Amber Miles", "the amber light, 300 miles. Amber here, Ms. Miles to you", []string{"Amber", "Miles"}},
		{"Sky Lee", "my Sky TV box and the Ivy League; Aunt Sky called", []string{"Sky"}},
		{"Hunter Green", "the hunter green case; hunter green here", []string{"hunter green"}},
		// a surname that is a word, alone, after a title, an initial or thanks
		{"Max Power", "Power outage again. Thanks, Power! Mr. Power and M. Power called", []string{"Power", "Power", "Power"}},
		{"John Walker", "CRM: Walker, John. The dog walker app", []string{"Walker, John"}},
		{"Ana Lucia", "I live in St. Lucia. Ana Lucia here.", []string{"Ana Lucia"}},
	} {
		if diff := cmp.Diff(tc.want, recordNameSpans(t, tc.name, tc.text)); diff != "" {
			t.Errorf("%q in %q (-want +got):\n%s", tc.name, tc.text, diff)
		}
	}
}

// recordNameSpans returns the spans FindValues finds for a record's name
// in text, resolved, and checks that each carries the name's Ref.
func recordNameSpans(t *testing.T, name, text string) []string {
	t.Helper()
	got := []string{}
	for _, sp := range Resolve(FindValues(text, []Value{{Text: name, Entity: Person, Match: MatchName, Ref: 7}}, nil)) {
		if sp.Ref != 7 {
			t.Errorf("%q: span %q has Ref %d", name, text[sp.Start:sp.End], sp.Ref)
		}
		got = append(got, text[sp.Start:sp.End])
	}
	return got
}

// TestRecordSpellings checks that a record's name is found as it is
// written in ASCII (umlauts written out, ø, ł), in Latin letters for a
// name in Cyrillic and the other way round, and in Korean with its
// particles attached; all with the record's Ref.
func TestRecordSpellings(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"Jürgen Müller", "Juergen Mueller called; Herr Mueller, or Jürgen, or Muller.", []string{"Juergen Mueller", "Mueller", "Jürgen", "Muller"}},
		{"Søren Kierkegaard", "Soren and Søren and Soeren", []string{"Soren", "Søren", "Soeren"}},
		{"Łukasz Wójcik", "Thanks Lukasz; Wojcik's manager", []string{"Lukasz", "Wojcik"}},
		{"Дмитрий Иванов", "Dmitry Ivanov called, then Dmitriy, Dmitri; Иванов and Ivanova did not", []string{"Dmitry Ivanov", "Dmitriy", "Dmitri", "Иванов"}},
		{"Сергей Алексеев", "Sergei, Sergey Alekseev, Alexeev", []string{"Sergei", "Sergey Alekseev", "Alexeev"}},
		{"Ольга Смирнова", "Olga Smirnova asked", []string{"Olga Smirnova"}},
		{"Dmitry Ivanov", "Дмитрий Иванов звонил; Иванова нет", []string{"Дмитрий Иванов"}},
		{"Olga Petrova", "Ольга ждёт", []string{"Ольга"}},
		{"Yuri Gagarin", "Юрий Гагарин", []string{"Юрий Гагарин"}},
		{"김민준", "김민준님이 환불을 요청했습니다. 김민준 고객님", []string{"김민준", "김민준"}},
		{"Maria Papadopoulou", "Η Μαρία Παπαδοπούλου τηλεφώνησε· η κ. Παπαδοπούλου", []string{"Μαρία Παπαδοπούλου", "Παπαδοπούλου"}},
		{"Χρήστος Χρήστου", "Christos Christou called", []string{"Christos Christou"}},
	} {
		if diff := cmp.Diff(tc.want, recordNameSpans(t, tc.name, tc.text)); diff != "" {
			t.Errorf("%q in %q (-want +got):\n%s", tc.name, tc.text, diff)
		}
	}
}

// TestLastFirstNames checks that a CRM's "LAST, First" name is found in
// either order and by its parts, the comma not taken into a part.
func TestLastFirstNames(t *testing.T) {
	values := []Value{{Text: "MCALLISTER, Ronan", Entity: Person, Match: MatchName, Ref: 1}}
	for _, tc := range []struct{ text, want string }{
		{"Ronan McAllister here", "Ronan McAllister"},
		{"this is McAllister, Ronan", "McAllister, Ronan"},
		{"ask Mr McAllister.", "McAllister"},
		{"hi Ronan", "Ronan"},
	} {
		var got []string
		for _, sp := range Resolve(FindValues(tc.text, values, nil)) {
			got = append(got, tc.text[sp.Start:sp.End])
		}
		if diff := cmp.Diff([]string{tc.want}, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestPlaceholderNames checks that a name field holding a CRM placeholder
// is not searched in the text (it would turn speaker labels and common
// words into PERSON tokens), that a placeholder part is not searched alone,
// and that a one-word name that is also a word must be capitalised
// mid-sentence.
func TestPlaceholderNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Customer", "Customer: hi, can customer service call me?", nil},
		{"Guest User", "Guest: hello. Agent: Welcome guest, which user account?", nil},
		{"N/A", "the field says n/a and N/A", nil},
		{"unknown", "the error is unknown to me", nil},
		{"Not Provided", "Customer: not provided, sorry", nil},
		{"  ", "nothing to find here", nil},
		{"Guest Anna", "Guest: hi, Anna here", []string{"Anna"}},
		{"Dr. Okafor", "Okafor called; the dr. is in", []string{"Okafor"}},
		{"Will", "I will call back. Thanks, Will! Will it work?", []string{"Will"}},
		{"Grace", "grace period ends; Grace said ok", []string{"Grace"}},
		{"Zorblax", "zorblax here, ZORBLAX again", []string{"zorblax", "ZORBLAX"}},
		// a part with no letter is no name: the whole is looked for
		{"Customer 123", "this is Customer 123; order #A-123, 123 items", []string{"Customer 123"}},
		{"Guest 4821", "guest 4821 here, room 4821", []string{"guest 4821"}},
	}
	// placeholders in an exact-match field (an email column) are not
	// searched either
	for _, tc := range []struct{ value, text string }{
		{"unknown", "the error is unknown to me"}, {"N/A", "field says n/a"}, {"none", "none of it works"},
	} {
		if got := FindValues(tc.text, []Value{{Text: tc.value, Entity: Email, Match: MatchExact, Ref: 2}}, nil); len(got) > 0 {
			t.Errorf("exact value %q found in %q: %v", tc.value, tc.text, got)
		}
	}
	for _, tc := range tests {
		var got []string
		values := []Value{{Text: tc.name, Entity: Person, Match: MatchName, Ref: 1}}
		for _, sp := range Resolve(FindValues(tc.text, values, nil)) {
			got = append(got, tc.text[sp.Start:sp.End])
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("name %q in %q (-want +got):\n%s", tc.name, tc.text, diff)
		}
	}
}

// refFold is the specification of foldedText: the folded string and, for
// every folded byte and the end, the offset of its character in text.
func refFold(text string) (string, []int) {
	var b strings.Builder
	var offs []int
	for i, r := range text {
		var f string
		if r < 0x80 {
			f = strings.ToLower(string(r))
		} else {
			f = foldRune(r)
		}
		for range len(f) {
			offs = append(offs, i)
		}
		b.WriteString(f)
	}
	return b.String(), append(offs, len(text))
}

// TestFold compares foldedText with refFold on random texts of ASCII,
// accented letters, ligatures and invalid bytes.
func TestFold(t *testing.T) {
	pieces := []string{"a", "B", " ", "é", "É", "ß", "ﬃ", "ø", "İ", "ǆ", "\xff", "日", "’", "Ç", "x"}
	rng := rand.New(rand.NewPCG(9, 10))
	for range 5000 {
		var b strings.Builder
		for k := rng.IntN(30); k > 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		f := fold(text)
		want, offs := refFold(text)
		if f.s != want {
			t.Fatalf("fold(%q) = %q, want %q", text, f.s, want)
		}
		if got := NewText(text).folded().s; got != want { // from the lexer's positions
			t.Fatalf("NewText(%q).folded() = %q, want %q", text, got, want)
		}
		for k := range offs {
			if got := f.orig(k); got != offs[k] {
				t.Fatalf("fold(%q).orig(%d) = %d, want %d", text, k, got, offs[k])
			}
		}
	}
}

// TestFindNamesPaths checks that the word-start comparison findNames uses
// finds what searching the folded text for each needle finds.
func TestFindNamesPaths(t *testing.T) {
	docs := loadCorpus(t, "testdata/corpus.jsonl")
	docs = append(docs, loadCorpus(t, "testdata/heldout.jsonl")...)
	texts := 0
	for _, d := range docs {
		values := recordValues(d.Fields)
		for _, text := range []string{d.Text, strings.ToUpper(d.Text), strings.ReplaceAll(d.Text, " ", "'"), strings.ReplaceAll(d.Text, " ", " ’é\u0301")} {
			texts++
			tx := NewText(text)
			var known Known
			known.Reset(values)
			fast := findValues(tx, &known, nil)
			var slow []Span
			for _, v := range values {
				if v.Match != MatchName {
					slow = append(slow, FindValues(text, []Value{v}, nil)...)
				}
			}
			names := len(slow)
			for _, n := range known.needles {
				if n.unspaced { // Chinese and Japanese: searched, not compared at word starts
					slow = findUnspaced(text, n.s, values[n.v], slow)
					continue
				}
				slow = tx.folded().findWords(tx, &n, values[n.v], slow)
			}
			slow = joinParts(text, slow, names, values)
			if diff := cmp.Diff(Resolve(slow), Resolve(fast)); diff != "" {
				t.Fatalf("%q (-search +word starts):\n%s", text, diff)
			}
		}
	}
	if texts < 300 {
		t.Fatalf("only %d texts", texts)
	}
}

// FuzzFindNames is TestFindNamesPaths on any text and record name: the
// word-start comparison finds what searching the folded text finds.
//
//	go test -run XXX -fuzz FuzzFindNames ./pkg/detect
func FuzzFindNames(f *testing.F) {
	f.Add("Thanks Ana, I'm ÉMILE O'Brien-Smith; éMile ﬁnn says hi", "Émile O'Brien", "Ana ﬁnn")
	f.Add("L'anna d’Ana  K\u0301ate", "Anna", "Kate")
	f.Fuzz(func(t *testing.T, text, name1, name2 string) {
		values := []Value{
			{Text: name1, Entity: Person, Match: MatchName, Ref: 1},
			{Text: name2, Entity: Person, Match: MatchName, Ref: 2},
		}
		tx := NewText(text)
		var known Known
		known.Reset(values)
		fast := findValues(tx, &known, nil)
		var slow []Span
		for _, n := range known.needles {
			if n.unspaced {
				slow = findUnspaced(text, n.s, values[n.v], slow)
				continue
			}
			slow = tx.folded().findWords(tx, &n, values[n.v], slow)
		}
		slow = joinParts(text, slow, 0, values)
		if diff := cmp.Diff(Resolve(slow), Resolve(fast)); diff != "" {
			t.Fatalf("(-search +word starts):\n%s", diff)
		}
	})
}

func TestNextField(t *testing.T) {
	for _, s := range []string{"", "  ", "a", " a  b\tc\n", "x\u00a0y\u2003 z\u0085", "é ü", "\xff a", "n/a  (unknown) "} {
		var got []string
		for rest := s; ; {
			var f string
			if f, rest = nextField(rest); f == "" {
				break
			}
			got = append(got, f)
		}
		if diff := cmp.Diff(strings.Fields(s), got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("nextField on %q (-strings.Fields +got):\n%s", s, diff)
		}
	}
}

// TestJoinParts: the parts of one record name side by side are one span,
// in either order; two mentions in a list are two.
func TestJoinParts(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"Wang Fang", "Customer Fang Wang called", []string{"Fang Wang"}},
		{"Kateryna Shevchenko", "Shevchenko, Kateryna (holder) asked", []string{"Shevchenko, Kateryna"}},
		{"William Osei", "Ask Bill, Will and Osei", []string{"Bill", "Will", "Osei"}},
		{"Will Price", "Thanks, W. Price", []string{"Price"}},
	} {
		text := c.text
		var got []string
		for _, sp := range Resolve(FindValues(text, []Value{{Text: c.name, Entity: Person, Match: MatchName, Ref: 1}}, nil)) {
			got = append(got, text[sp.Start:sp.End])
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%q in %q (-want +got):\n%s", c.name, text, diff)
		}
	}
}
