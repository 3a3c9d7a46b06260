package transform_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/deidtool/deid/pkg/record"
	"github.com/deidtool/deid/pkg/transform"
)

// TestRiskFiguresMatchBruteForce counts equivalence classes of random
// records by hashing (the Applier's way) and by plain string keys.
func TestRiskFiguresMatchBruteForce(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	risk := transform.NewRisk([]string{"zip", "age", "meta.sex"}, 3, false)
	classes := map[transform.ClassKey]int64{}
	brute := map[string]int64{}
	for i := 0; i < 2000; i++ {
		zip := fmt.Sprint(100 + r.IntN(8))
		age := fmt.Sprint(20 + 10*r.IntN(5))
		sex := []string{"F", "M", "X"}[r.IntN(3)]
		fields := []record.Field{{Name: "zip", Value: record.String(zip)}, {Name: "age", Value: record.String(age)}}
		if r.IntN(10) > 0 {
			fields = append(fields, record.Field{Name: "meta", Value: record.Value{Kind: record.KindMap,
				Map: []record.Field{{Name: "sex", Value: record.String(sex)}}}})
		} else {
			sex = "<missing>"
		}
		classes[risk.Key(&record.Record{Fields: fields})]++
		brute[strings.Join([]string{zip, age, sex}, "|")]++
	}
	want := transform.RiskFigures{K: 3, Classes: len(brute)}
	unique := int64(0)
	for _, n := range brute {
		want.Records += n
		if want.SmallestClass == 0 || n < want.SmallestClass {
			want.SmallestClass = n
		}
		if n < 3 {
			want.ClassesBelowK++
			want.RecordsBelowK += n
		}
		if n == 1 {
			unique++
		}
	}
	want.UniqueShare = float64(unique) / float64(want.Records)
	if diff := cmp.Diff(want, risk.Figures(classes)); diff != "" {
		t.Errorf("(-brute force +hashed):\n%s", diff)
	}
}
