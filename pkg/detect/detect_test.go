package detect

import (
	"testing"
)

// TestDetectorExamples runs every detector's own examples, through a
// Scanner so overlap resolution is part of the test.
func TestDetectorExamples(t *testing.T) {
	for _, d := range Default() {
		ex := d.Examples()
		if len(ex.Match) == 0 || len(ex.NoMatch) == 0 {
			t.Errorf("%s: needs examples that must and must not match", d.Name())
		}
		for _, f := range CheckExamples(d) {
			t.Error(f)
		}
	}
}

func TestCustomAndDenyList(t *testing.T) {
	emp, err := NewCustom("employee_id", "EMPLOYEE_ID", `\bEMP-(\d{6})\b`, ValidateNone, []string{"emp-"}, []string{"employee", "staff"},
		Examples{Match: [][2]string{{"employee EMP-123456", "123456"}}, NoMatch: []string{"order EMP-123456", "employee EMP-12"}})
	if err != nil {
		t.Fatal(err)
	}
	imei, err := NewCustom("imei", "IMEI", `\b\d{15}\b`, ValidateLuhn, nil, nil,
		Examples{Match: [][2]string{{"imei 490154203237518", "490154203237518"}}, NoMatch: []string{"imei 490154203237519"}})
	if err != nil {
		t.Fatal(err)
	}
	deny := NewDenyList([]string{"Project Falcon"})
	for _, d := range []Detector{emp, imei, deny} {
		for _, f := range CheckExamples(d) {
			t.Error(f)
		}
	}
	if _, err := NewCustom("x", "X", "(", ValidateNone, nil, nil, Examples{}); err == nil {
		t.Error("bad pattern accepted")
	}
	if _, err := NewCustom("x", "X", "a", "crc", nil, nil, Examples{}); err == nil {
		t.Error("unknown validator accepted")
	}
}
