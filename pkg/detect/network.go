package detect

import (
	"math/big"
	"net/netip"
	"strings"
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
		},
		NoMatch: []string{"@support", "user@localhost", "see you @ 5pm", "a@b.c", "ping me on @twitter"},
	}
}

func emailLocal(c byte) bool  { return isAlnum(c) || strings.IndexByte("._%+-'", c) >= 0 }
func emailDomain(c byte) bool { return isAlnum(c) || c == '.' || c == '-' }

func (emailDetector) Find(t *Text, dst []Span) []Span {
	text := t.S
	for off := 0; ; {
		k := strings.IndexByte(text[off:], '@')
		if k < 0 {
			return dst
		}
		at := off + k
		off = at + 1
		i := at
		for i > 0 && emailLocal(text[i-1]) {
			i--
		}
		for i < at && (text[i] == '.' || text[i] == '\'') {
			i++
		}
		j := at + 1
		for j < len(text) && emailDomain(text[j]) {
			j++
		}
		for j > at+1 && (text[j-1] == '.' || text[j-1] == '-') {
			j--
		}
		if i == at || j == at+1 {
			continue
		}
		dom := text[at+1 : j]
		dot := strings.LastIndexByte(dom, '.')
		if dot <= 0 || len(dom)-dot-1 < 2 || strings.Contains(dom, "..") {
			continue
		}
		tld := dom[dot+1:]
		allAlpha := true
		for x := 0; x < len(tld); x++ {
			allAlpha = allAlpha && isAlpha(tld[x])
		}
		if !allAlpha {
			continue
		}
		dst = append(dst, Span{Start: i, End: j, Entity: Email, Priority: prioEmail})
		off = j
	}
}

type urlDetector struct{}

func (urlDetector) Entity() string { return URL }

func (urlDetector) Name() string { return "url" }

func (urlDetector) Examples() Examples {
	return Examples{
		Match: [][2]string{
			{"see https://example.com/u/jdoe?id=7.", "https://example.com/u/jdoe?id=7"},
			{"(www.example.org/profile/maria)", "www.example.org/profile/maria"},
		},
		NoMatch: []string{"http is a protocol", "www", "the web"},
	}
}

func (urlDetector) Find(t *Text, dst []Span) []Span {
	text, lower := t.S, t.Lower
	for _, prefix := range []string{"http://", "https://", "www."} {
		for off := 0; ; {
			k := strings.Index(lower[off:], prefix)
			if k < 0 {
				break
			}
			i := off + k
			off = i + len(prefix)
			if !boundaryBefore(text, i) || (prefix == "www." && i >= 3 && lower[i-3:i] == "://") {
				continue
			}
			j := off
			for j < len(text) && text[j] > ' ' && strings.IndexByte(`<>"'`, text[j]) < 0 {
				j++
			}
			for j > off && strings.IndexByte(".,;:!?)]}", text[j-1]) >= 0 {
				j--
			}
			if j-off < 3 {
				continue
			}
			dst = append(dst, Span{Start: i, End: j, Entity: URL, Priority: prioURL})
			off = j
		}
	}
	return dst
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
		},
		NoMatch: []string{"DE89 3704 0044 0532 0130 01", "GB82WEST1234", "US12 3456 7890"},
	}
}

// ibanLengths is the IBAN length per country (ISO 13616 registry).
var ibanLengths = map[string]int{
	"AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
	"BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29,
	"ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28,
	"HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
	"LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
	"MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29,
	"RO": 24, "RS": 22, "SA": 24, "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28,
	"TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}

func (ibanDetector) Find(t *Text, dst []Span) []Span {
	text := t.S
	for i := 0; i+4 <= len(text); i++ {
		if !isAlpha(text[i]) || !isAlpha(text[i+1]) || !isDigit(text[i+2]) || !isDigit(text[i+3]) || !boundaryBefore(text, i) {
			continue
		}
		want, ok := ibanLengths[strings.ToUpper(text[i:i+2])]
		if !ok {
			continue
		}
		var compact []byte
		j := i
		for j < len(text) && len(compact) < want {
			c := text[j]
			if isAlnum(c) {
				compact = append(compact, c)
				j++
			} else if c == ' ' && j+1 < len(text) && isAlnum(text[j+1]) && len(compact)%4 == 0 {
				j++
			} else {
				break
			}
		}
		if len(compact) != want || !boundaryAfter(text, j) || !mod97(compact) {
			continue
		}
		dst = append(dst, Span{Start: i, End: j, Entity: IBAN, Priority: prioIBAN})
		i = j
	}
	return dst
}

// mod97 checks an IBAN's check digits (ISO 7064 MOD 97-10).
func mod97(iban []byte) bool {
	var s strings.Builder
	for _, c := range append(append([]byte{}, iban[4:]...), iban[:4]...) {
		switch {
		case isDigit(c):
			s.WriteByte(c)
		case c >= 'a' && c <= 'z':
			s.WriteString(itoa(int(c-'a') + 10))
		case c >= 'A' && c <= 'Z':
			s.WriteString(itoa(int(c-'A') + 10))
		}
	}
	n, ok := new(big.Int).SetString(s.String(), 10)
	return ok && new(big.Int).Mod(n, big.NewInt(97)).Int64() == 1
}

func itoa(n int) string { return string([]byte{byte('0' + n/10), byte('0' + n%10)}) }

type ipv4Detector struct{}

func (ipv4Detector) Entity() string { return IPv4 }

func (ipv4Detector) Name() string { return "ipv4" }

func (ipv4Detector) Examples() Examples {
	return Examples{
		Match: [][2]string{{"my ip is 203.0.113.42.", "203.0.113.42"}, {"from 10.0.0.1:8080", "10.0.0.1"},
			{"I'm on firmware 2.4.1.7 right now. My IP address is 164.188.140.111.", "164.188.140.111"},
			{"Server 10.20.30.40 rejected the login", "10.20.30.40"}},
		NoMatch: []string{"firmware 2.4.1.7", "version 10.0.19045.2", "v1.2.3.4", "999.1.1.1", "1.2.3", "build 4.18.0.305",
			"01.02.03.04", "the fix ships in 2.4.2.0", "upgrade to 3.1.0.2 tonight", "Upgrade to 4.10.2.1 fixed it"},
	}
}

func (ipv4Detector) Find(t *Text, dst []Span) []Span {
	text := t.S
	scanRuns(t, ".", func(r *numberRun) {
		if len(r.groups) != 4 || len(r.seps) != 3 {
			return
		}
		if r.end < len(text) && (text[r.end] == '.' && r.end+1 < len(text) && isDigit(text[r.end+1]) || wordByte(text[r.end])) {
			return
		}
		a, err := netip.ParseAddr(text[r.start:r.end])
		if err != nil || !a.Is4() {
			return
		}
		if containsWord(clauseWindow(t, r.start, 48), "version", "versions", "firmware", "build", "release", "ver", "update",
			"updated", "upgrade", "upgraded", "downgrade", "install", "installed", "patch", "driver", "fix", "v") {
			return
		}
		if r.groups[0] == 1 && r.groups[1] == 1 && r.groups[2] == 1 && r.groups[3] == 1 {
			return // 2.4.1.7: a version far more often than an address
		}
		dst = append(dst, Span{Start: r.start, End: r.end, Entity: IPv4, Priority: prioIP})
	})
	return dst
}

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
	for off := 0; ; {
		k := strings.IndexByte(text[off:], ':')
		if k < 0 {
			return dst
		}
		c := off + k
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
		NoMatch: []string{"14:22:10", "00:1A:2B:3C:4D", "00:1A-2B:3C:4D:5E"},
	}
}

func (macDetector) Find(t *Text, dst []Span) []Span {
	text := t.S
	for i := 0; i+14 <= len(text); i++ {
		if !isHex(text[i]) || !boundaryBefore(text, i) {
			continue
		}
		if i+17 <= len(text) && (text[i+2] == ':' || text[i+2] == '-') {
			sep, ok := text[i+2], true
			for g := 0; g < 6 && ok; g++ {
				p := i + g*3
				ok = isHex(text[p]) && isHex(text[p+1]) && (g == 5 || text[p+2] == sep)
			}
			if ok && boundaryAfter(text, i+17) {
				dst = append(dst, Span{Start: i, End: i + 17, Entity: MAC, Priority: prioMAC})
				i += 16
				continue
			}
		}
		if text[i+4] == '.' && text[i+9] == '.' {
			ok := true
			for _, p := range []int{0, 1, 2, 3, 5, 6, 7, 8, 10, 11, 12, 13} {
				ok = ok && isHex(text[i+p])
			}
			if ok && boundaryAfter(text, i+14) {
				dst = append(dst, Span{Start: i, End: i + 14, Entity: MAC, Priority: prioMAC})
				i += 13
			}
		}
	}
	return dst
}
