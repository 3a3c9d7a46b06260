package detect

import (
	"regexp"
	"strings"
)

const monthNames = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`

// dateRE matches the common numeric and written date layouts.
var dateRE = regexp.MustCompile(`(?i)\b(?:` +
	`\d{4}[-/.]\d{1,2}[-/.]\d{1,2}` +
	`|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})` +
	`|\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?[\s-]+` + monthNames + `\.?,?[\s-]+\d{4}` +
	`|` + monthNames + `\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}` +
	`)\b`)

var dobWords = []string{"born", "dob", "d.o.b", "date of birth", "birth date", "birthdate", "birthday", "geboren", "né le", "née le", "fecha de nacimiento", "nacido", "nacida"}

type dobDetector struct{}

func (dobDetector) Entity() string { return DateOfBirth }

func (dobDetector) Name() string { return "date_of_birth" }

func (dobDetector) Examples() Examples {
	return Examples{
		Match: [][2]string{
			{"I was born on 14/07/1985 in Lyon", "14/07/1985"},
			{"DOB: 1990-02-28.", "1990-02-28"},
			{"my birthday is March 5, 1984", "March 5, 1984"},
			{"date of birth 5th of June 1979", "5th of June 1979"},
			{"geboren am 03.10.1990", "03.10.1990"},
		},
		NoMatch: []string{"the order from 14/07/2024 arrived", "due 2024-03-05", "born to run", "my birthday is in May"},
	}
}

func (dobDetector) Find(text string, dst []Span) []Span {
	lower := ""
	for _, w := range dobWords {
		if lower == "" {
			if !strings.ContainsAny(text, "bBdDgGnNfF") {
				return dst
			}
			lower = strings.ToLower(text)
		}
		for off := 0; ; {
			k := strings.Index(lower[off:], w)
			if k < 0 {
				break
			}
			start := off + k + len(w)
			off = start
			window := text[start:min(len(text), start+48)]
			if loc := dateRE.FindStringIndex(window); loc != nil {
				dst = append(dst, Span{Start: start + loc[0], End: start + loc[1], Entity: DateOfBirth, Priority: prioDate})
			}
		}
	}
	return dst
}

var streetSuffix = `(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|Place|Pl|Terrace|Parkway|Pkwy|Highway|Hwy|Circle|Square|Sq|Crescent|Close|Grove|Gardens|Row|Mews|Walk|Hill)`

var addressREs = []*regexp.Regexp{
	// US / UK / AU / CA: 1600 Market St Apt 4B, San Francisco, CA 94103
	regexp.MustCompile(`\b\d{1,5}[A-Za-z]?\s+(?:[A-Z][A-Za-z'.-]*\s+){1,4}` + streetSuffix + `\b\.?` +
		`(?:,?\s+(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|#)\.?\s*[A-Za-z0-9-]+)?` +
		`(?:,\s*[A-Z][A-Za-z.' -]{1,30}?(?:,?\s+(?:[A-Z]{2}|NSW|VIC|QLD)\s+\d{4,5}(?:-\d{4})?|,?\s+[A-Z][A-Z0-9]{1,3}\s*\d[A-Z]{2}|,?\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d)` +
		`|,\s*[A-Z][A-Za-z.'-]+(?:\s[A-Z][A-Za-z.'-]+)?)?`),
	// DE / AT / CH: Friedrichstraße 43, 10117 Berlin
	regexp.MustCompile(`\b[A-ZÄÖÜ][\p{L}-]*(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer)\s+\d{1,4}[a-z]?(?:,\s*\d{4,5}\s+[A-ZÄÖÜ][\p{L}-]+)?`),
	// FR / ES / IT / PT / BR: 8 rue de Rivoli, 75004 Paris; Calle Mayor 12, 28013 Madrid; Av. Paulista 1000
	regexp.MustCompile(`(?i)\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|chemin|allée|impasse|quai)\s+(?:[\p{L}'-]+\s+){0,4}[\p{L}'-]+(?:,\s*\d{5}\s+\p{Lu}[\p{L}-]+)?`),
	regexp.MustCompile(`\b(?:Calle|Avenida|Av\.|Rua|Via|Viale|Piazza|Plaza|Paseo|Carrer)\s+(?:\p{Lu}[\p{L}'.-]*\s+){0,3}\d{1,5}(?:,\s*(?:\d{5}(?:-\d{3})?\s+)?\p{Lu}[\p{L}-]+)?`),
	// Dutch: Prinsengracht 263, 1016 GV Amsterdam
	regexp.MustCompile(`\b[A-Z][a-z]+(?:gracht|straat|laan|weg|plein|kade|singel)\s+\d{1,4}[a-z]?(?:,\s*\d{4}\s?[A-Z]{2}\s+[A-Z][a-z]+)?`),
}

// postcodeREs find postal codes on their own; they need no street word.
var postcodeREs = []*regexp.Regexp{
	// UK postcode on its own: SW1A 1AA
	regexp.MustCompile(`\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s\d[ABD-HJLNP-UW-Z]{2}\b`),
	// Canadian postal code on its own: M5H 2N2
	regexp.MustCompile(`\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s\d[ABCEGHJ-NPRSTV-Z]\d\b`),
}

var addressWords = []string{"st", "ave", "road", "rd", "street", "blvd", "lane", "drive", "way", "court", "place", "terrace",
	"straße", "strasse", "str.", "weg", "platz", "allee", "rue", "avenue", "boulevard", "calle", "rua", "via", "piazza",
	"gracht", "straat", "laan", "close", "crescent", "gardens", "square", "plaza", "paseo", "hill", "walk", "row", "mews",
	"grove", "circle", "parkway", "highway", "ring", "damm", "gasse", "kade", "plein", "singel", "chemin", "quai", "impasse", "carrer", "viale"}

type addressDetector struct{}

func (addressDetector) Entity() string { return StreetAddress }

func (addressDetector) Name() string { return "street_address" }

func (addressDetector) Examples() Examples {
	return Examples{
		Match: [][2]string{
			{"ship to 1600 Market St Apt 4B, San Francisco, CA 94103 please", "1600 Market St Apt 4B, San Francisco, CA 94103"},
			{"I live at 221B Baker Street, London NW1 6XE.", "221B Baker Street, London NW1 6XE"},
			{"Adresse: Friedrichstraße 43, 10117 Berlin", "Friedrichstraße 43, 10117 Berlin"},
			{"au 8 rue de Rivoli, 75004 Paris", "8 rue de Rivoli, 75004 Paris"},
			{"en Calle Mayor 12, 28013 Madrid", "Calle Mayor 12, 28013 Madrid"},
			{"postcode SW1A 1AA", "SW1A 1AA"},
			{"Toronto ON M5H 2N2", "M5H 2N2"},
			{"Prinsengracht 263, 1016 GV Amsterdam", "Prinsengracht 263, 1016 GV Amsterdam"},
		},
		NoMatch: []string{"I waited 3 days for the way out", "plan 5 Gb data", "give me 2 minutes", "version 2 Drive sync"},
	}
}

func (addressDetector) Find(text string, dst []Span) []Span {
	if !strings.ContainsAny(text, "0123456789") {
		return dst
	}
	res := postcodeREs
	if containsAny(strings.ToLower(text), addressWords...) {
		res = append(addressREs[:len(addressREs):len(addressREs)], postcodeREs...)
	}
	for _, re := range res {
		for _, loc := range re.FindAllStringIndex(text, -1) {
			end := loc[1]
			for end > loc[0] && (text[end-1] == ' ' || text[end-1] == ',') {
				end--
			}
			dst = append(dst, Span{Start: loc[0], End: end, Entity: StreetAddress, Priority: prioAddress})
		}
	}
	return dst
}
