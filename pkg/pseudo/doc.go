// Package pseudo holds deid's keyed pseudonymization: loading and
// fingerprinting keys, normalizing a value per entity kind, and turning a
// (namespace, value) pair into a token with HMAC-SHA-256.
//
// The same key, namespace and normalized value always give the same token, in
// every column, file, run and machine; another key gives unrelated tokens. The
// key itself is never printed: Key has no String method that reveals it, and
// Fingerprint is an HMAC of a fixed label, safe to publish in a manifest.
package pseudo
