// Package detect finds personal data and secrets in free text: emails, phone
// numbers, payment cards, US social security numbers, IBANs, IP and MAC
// addresses, URLs, dates of birth, street addresses, person names and
// credentials. It is usable alone: build a Scanner from detectors and call
// Scan on a text to get non-overlapping Spans.
//
// Detectors are cheap first and careful second: each one looks for a byte or
// keyword that every match must contain (an '@', a digit, "http", "born")
// before it runs its pattern, and validates candidates (Luhn for cards,
// mod-97 for IBANs, number ranges for SSNs and IPs, context words for dates
// of birth and version strings) so that order numbers, versions, timestamps,
// prices and SKUs survive.
//
// Every detector carries texts it must and must not match (Examples); a test
// runs them all.
package detect
