// Package detect finds personal data and secrets in free text: emails, phone
// numbers, payment cards, US social security numbers, IBANs, IP and MAC
// addresses, URLs, dates of birth, street addresses, person names and
// credentials. It is usable alone: build a Scanner from detectors and call
// Scan on a text to get non-overlapping Spans, or ScanKnown to find a
// record's own values (Known) in the same pass.
//
// Detectors are cheap first and careful second. A text is lexed once for
// all of them (words, digit stretches, keyword hits); each detector starts
// only from what it needs there (an '@', a digit run, a cue word, a token
// prefix) and validates candidates (Luhn for cards, mod-97 for IBANs, number
// ranges for SSNs and IPs, context words for dates of birth and version
// strings) so that order numbers, versions, timestamps, prices and SKUs
// survive.
//
// Every detector carries texts it must and must not match (Examples); a test
// runs them all.
package detect
