package rules

import (
	"net/url"
	"regexp"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// Dataset is the rule file's `dataset:` block: what the data its runs
// produce is, for Croissant metadata (`deid run --croissant`).
type Dataset struct {
	Name            string
	Description     string
	License         string // a URL; an SPDX identifier is turned into its spdx.org URL
	URL             string
	Creators        []Creator
	DatePublished   string // YYYY-MM-DD or RFC 3339; empty: the run's date
	Version         string
	DataCollection  string // how the source data was collected (rai:dataCollection)
	DataLimitations string // known limits of the data (rai:dataLimitations)
	Croissant       bool   // write croissant.json on every run
}

// Creator is a person or organization that made the dataset.
type Creator struct {
	Name string
	Type string // "organization" (the default) or "person"
	URL  string
}

var datasetKeys = []string{"name", "description", "license", "url", "creator", "date_published", "version",
	"data_collection", "data_limitations", "croissant"}

// spdxID matches an SPDX license identifier such as CC-BY-4.0 or MIT.
var spdxID = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9.+-]*$`)

// LicenseURL turns an SPDX identifier into its spdx.org URL and checks that
// anything else is an http(s) URL.
func LicenseURL(s string) (string, bool) {
	if spdxID.MatchString(s) && !strings.Contains(s, "://") {
		return "https://spdx.org/licenses/" + s, true
	}
	return s, IsWebURL(s)
}

// IsWebURL reports whether s is an absolute http or https URL.
func IsWebURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// ValidDate reports whether s is a date (2006-01-02) or an RFC 3339 time.
func ValidDate(s string) bool {
	if _, err := time.Parse(time.DateOnly, s); err == nil {
		return true
	}
	_, err := time.Parse(time.RFC3339, s)
	return err == nil
}

func parseDataset(d *decoder, n *yaml.Node) *Dataset {
	m, ok := d.mapping(n, "dataset", datasetKeys)
	if !ok {
		return nil
	}
	ds := &Dataset{}
	text := func(key string, dst *string) (*yaml.Node, bool) {
		e, ok := m[key]
		if !ok {
			return nil, false
		}
		s, ok := d.str(e.val, "dataset "+key)
		if ok && strings.TrimSpace(s) == "" {
			d.errorf(e.val, "dataset %s is empty", key)
			return nil, false
		}
		*dst = s
		return e.val, ok
	}
	text("name", &ds.Name)
	text("description", &ds.Description)
	text("version", &ds.Version)
	text("data_collection", &ds.DataCollection)
	text("data_limitations", &ds.DataLimitations)
	if v, ok := text("license", &ds.License); ok {
		lic, good := LicenseURL(ds.License)
		if !good {
			d.errorf(v, "dataset license must be an SPDX identifier (CC-BY-4.0) or an http(s) URL")
		}
		ds.License = lic
	}
	if v, ok := text("url", &ds.URL); ok && !IsWebURL(ds.URL) {
		d.errorf(v, "dataset url must be an http(s) URL")
	}
	if v, ok := text("date_published", &ds.DatePublished); ok && !ValidDate(ds.DatePublished) {
		d.errorf(v, "dataset date_published must be a date (2026-11-23) or an RFC 3339 time")
	}
	if e, ok := m["croissant"]; ok {
		ds.Croissant, _ = d.boolean(e.val, "dataset croissant")
	}
	if e, ok := m["creator"]; ok {
		ds.Creators = parseCreators(d, e.val)
	}
	return ds
}

// parseCreators reads `creator:` as a name, or a list of names and
// {name, type, url} mappings.
func parseCreators(d *decoder, n *yaml.Node) []Creator {
	n = resolve(n)
	items := []*yaml.Node{n}
	if n.Kind == yaml.SequenceNode {
		items = n.Content
		if len(items) == 0 {
			d.errorf(n, "dataset creator: the list is empty")
		}
	}
	var out []Creator
	for _, it := range items {
		it = resolve(it)
		if it.Kind == yaml.ScalarNode {
			if s, ok := d.str(it, "dataset creator"); ok && strings.TrimSpace(s) != "" {
				out = append(out, Creator{Name: s, Type: "organization"})
			} else if ok {
				d.errorf(it, "dataset creator is empty")
			}
			continue
		}
		m, ok := d.mapping(it, "dataset creator", []string{"name", "type", "url"})
		if !ok {
			continue
		}
		c := Creator{Type: "organization"}
		if e, ok := m["name"]; ok {
			c.Name, _ = d.str(e.val, "creator name")
		} else {
			d.errorf(it, "dataset creator: missing key \"name\"")
		}
		if e, ok := m["type"]; ok {
			c.Type, _ = d.oneOf(e.val, "creator type", []string{"organization", "person"})
		}
		if e, ok := m["url"]; ok {
			if c.URL, ok = d.str(e.val, "creator url"); ok && !IsWebURL(c.URL) {
				d.errorf(e.val, "dataset creator url must be an http(s) URL")
			}
		}
		out = append(out, c)
	}
	return out
}
