package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/deidtool/deid/pkg/manifest"
)

// duckResult is what testdata/npm/query.mjs prints.
type duckResult struct {
	Columns []string         `json:"columns"`
	Types   []string         `json:"types"`
	Rows    []map[string]any `json:"rows"`
}

// nodeTool runs one of the Node scripts of testdata/npm (DuckDB, jsonld:
// independent implementations to check deid's outputs against) in folder
// dir and returns its stdout. Without the npm packages installed (npm install
// --prefix testdata/npm) the test is skipped, unless DEID_REQUIRE_NPM=1
// (set by .ci/run) makes it fail.
func nodeTool(t *testing.T, dir, module, script string, args ...string) []byte {
	t.Helper()
	npm := filepath.Join(repoRoot, "testdata", "npm")
	_, err := os.Stat(filepath.Join(npm, "node_modules", filepath.FromSlash(module)))
	if _, nodeErr := exec.LookPath("node"); err != nil || nodeErr != nil {
		msg := module + " is not installed: run `npm install --prefix testdata/npm` (needs node)"
		if os.Getenv("DEID_REQUIRE_NPM") == "1" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	cmd := exec.Command("node", append([]string{filepath.Join(npm, script)}, args...)...)
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		var stderr []byte
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = ee.Stderr
		}
		t.Fatalf("%s %v: %v\n%s", script, args, err, stderr)
	}
	return out
}

// duckdb runs SQL in DuckDB, an independent Parquet reader and writer, in
// folder dir.
func duckdb(t *testing.T, dir, sql string) duckResult {
	t.Helper()
	var res duckResult
	if err := json.Unmarshal(nodeTool(t, dir, "@duckdb/node-api", "query.mjs", sql), &res); err != nil {
		t.Fatalf("duckdb output: %v", err)
	}
	return res
}

// one returns the single value of a one-row, one-column result as text.
func (r duckResult) one(t *testing.T) string {
	t.Helper()
	if len(r.Rows) != 1 || len(r.Columns) != 1 {
		t.Fatalf("want one value, got %d rows of %v", len(r.Rows), r.Columns)
	}
	return fmt.Sprint(r.Rows[0][r.Columns[0]])
}

// schemaOf returns column name -> DuckDB type of a Parquet file.
func schemaOf(t *testing.T, dir, file string) map[string]string {
	t.Helper()
	res := duckdb(t, dir, fmt.Sprintf("DESCRIBE SELECT * FROM '%s'", file))
	m := map[string]string{}
	for _, r := range res.Rows {
		m[fmt.Sprint(r["column_name"])] = fmt.Sprint(r["column_type"])
	}
	return m
}

// interopInput is a nested transcript table in DuckDB's all-optional
// layout: nulls, empty and null lists, a map, a struct, decimals and
// timestamps, in 5 row groups.
const interopInput = `COPY (SELECT i AS ticket_id,
  'user' || (i % 997) || '@example.com' AS customer_email,
  '+1 415 555 ' || lpad((i % 10000)::VARCHAR, 4, '0') AS customer_phone,
  TIMESTAMP '2024-01-01' + INTERVAL (i) MINUTE AS created_at,
  (i % 5)::TINYINT AS rating,
  (i * 1.25)::DECIMAL(10,2) AS amount,
  CASE WHEN i % 7 = 0 THEN NULL ELSE 'note ' || i END AS notes,
  CASE WHEN i % 4 = 0 THEN [] WHEN i % 13 = 0 THEN NULL ELSE
    [{'role': 'customer', 'text': 'hi, mail me at user' || (i % 997) || '@example.com', 'ts': TIMESTAMP '2024-01-01' + INTERVAL (i) SECOND},
     {'role': 'agent', 'text': CASE WHEN i % 3 = 0 THEN NULL ELSE 'ok, order #' || i || ' ships today' END, 'ts': NULL}] END AS messages,
  MAP {'plan': i % 3} AS attrs,
  {'name': 'Name ' || i, 'zip': lpad((i % 100000)::VARCHAR, 5, '0')} AS customer
  FROM range(5000) t(i)) TO 'in.parquet' (FORMAT parquet, ROW_GROUP_SIZE 1000, COMPRESSION zstd)`

// TestParquetInteropDuckDB has DuckDB write a nested Parquet file, runs
// deid on it, and has DuckDB compare the output with the input: the
// schema, the row count, every kept value (nested columns included, row by
// row), and for transformed columns that each input value maps to one
// token that is not the value.
func TestParquetInteropDuckDB(t *testing.T) {
	dir := t.TempDir()
	duckdb(t, dir, interopInput)
	write(t, filepath.Join(dir, "k"), strings.Repeat("ab", 32))
	write(t, filepath.Join(dir, "identity.yaml"), "version: 1\ndefault: keep\n")
	write(t, filepath.Join(dir, "rules.yaml"), `version: 1
default: keep
fields:
  - {name: customer_phone, action: drop}
  - {name: customer_email, action: pseudonymize, kind: email}
  - {name: created_at, action: generalize, to: day}
  - {name: rating, action: mask}
  - {name: "messages[].text", action: scan}
  - {name: customer.name, action: pseudonymize, kind: name}
`)
	// drops.yaml drops scalars, a map, a struct and a list of structs
	// without reading them, and notes, which a row rule reads
	write(t, filepath.Join(dir, "drops.yaml"), `version: 1
default: drop
keep: [ticket_id, amount, rating]
rows:
  - drop_if: {field: notes, equals: "note 12"}
    reason: test
`)
	for _, args := range [][]string{
		{"run", "-q", "-r", "identity.yaml", "-o", "same", "in.parquet"},
		{"run", "-q", "-r", "rules.yaml", "--key-file", "k", "-o", "out", "in.parquet"},
		{"run", "-q", "-r", "identity.yaml", "--parquet-compression", "gzip", "--parquet-row-group-rows", "700", "-o", "gz", "in.parquet"},
		{"run", "-q", "-r", "identity.yaml", "--to", "jsonl", "-o", "asjsonl", "in.parquet"},
		{"run", "-q", "-r", "drops.yaml", "-o", "drops-pq", "in.parquet"},
		{"run", "-q", "-r", "drops.yaml", "-o", "drops-jsonl", "asjsonl/in.jsonl"},
	} {
		if out, err := deidProcess(dir, args...).CombinedOutput(); err != nil {
			t.Fatalf("deid %v: %v\n%s", args, err, out)
		}
	}
	in := schemaOf(t, dir, "in.parquet")

	// Columns the rules drop unread (Reader.Omit) are counted as the
	// same fields read from JSONL and dropped.
	t.Run("dropped unread", func(t *testing.T) {
		counts := func(run string) []manifest.FieldCounts {
			m, err := manifest.Read(filepath.Join(dir, run, "manifest.json"))
			if err != nil {
				t.Fatal(err)
			}
			var out []manifest.FieldCounts
			for _, f := range m.Outputs[0].Fields {
				if strings.HasPrefix(f.Action, "drop") {
					out = append(out, f)
				}
			}
			return out
		}
		pq, js := counts("drops-pq"), counts("drops-jsonl")
		if diff := cmp.Diff(js, pq); diff != "" {
			t.Errorf("dropped fields (-jsonl +parquet):\n%s", diff)
		}
		if len(pq) != 7 || pq[0].Dropped != 4999 {
			t.Errorf("dropped fields: %+v, want 7 of them, 4,999 times each", pq)
		}
		// the kept ones are the input's, value for value
		q := `SELECT count(*) FROM 'in.parquet' a FULL JOIN 'drops-pq/in.parquet' b USING (ticket_id)
			WHERE a.notes IS NOT DISTINCT FROM 'note 12' OR a.amount IS DISTINCT FROM b.amount OR a.rating IS DISTINCT FROM b.rating`
		if n := duckdb(t, dir, q).one(t); n != "1" {
			t.Errorf("%s rows differ in kept columns or were not dropped, want 1 (the row rule's)", n)
		}
	})
	all := "ticket_id, customer_email, customer_phone, created_at, rating, amount, notes, messages, attrs, customer"

	t.Run("identity", func(t *testing.T) {
		for _, out := range []string{"same/in.parquet", "gz/in.parquet"} {
			if diff := cmp.Diff(in, schemaOf(t, dir, out)); diff != "" {
				t.Errorf("%s schema (-in +out):\n%s", out, diff)
			}
			q := fmt.Sprintf(`SELECT count(*) FROM (SELECT %[1]s FROM 'in.parquet') a POSITIONAL JOIN (SELECT %[1]s FROM '%[2]s') b
				WHERE a.ticket_id IS NULL OR b.ticket_id IS NULL OR row(a.*) IS DISTINCT FROM row(b.*)`, all, out)
			q = strings.ReplaceAll(q, "row(a.*) IS DISTINCT FROM row(b.*)", distinctAll("a", "b", all))
			if n := duckdb(t, dir, q).one(t); n != "0" {
				t.Errorf("%s: %s rows differ from the input", out, n)
			}
		}
		// Each input row group is cut into pieces of at most 700 rows.
		groups := duckdb(t, dir, "SELECT count(DISTINCT row_group_id) FROM parquet_metadata('gz/in.parquet')").one(t)
		want := duckdb(t, dir, `SELECT sum(ceil(n / 700))::INT FROM (SELECT any_value(row_group_num_rows) AS n
			FROM parquet_metadata('in.parquet') GROUP BY row_group_id)`).one(t)
		if groups != want {
			t.Errorf("gz/in.parquet has %s row groups, want %s", groups, want)
		}
		// Dictionary-encoded columns stay so.
		dict := func(file string) string {
			return duckdb(t, dir, fmt.Sprintf(`SELECT string_agg(DISTINCT path_in_schema, ',' ORDER BY path_in_schema)
				FROM parquet_metadata('%s') WHERE encodings LIKE '%%DICTIONARY%%'`, file)).one(t)
		}
		if in, out := dict("in.parquet"), dict("same/in.parquet"); in != out || in == "" {
			t.Errorf("dictionary-encoded columns: input %q, output %q", in, out)
		}
		codec := duckdb(t, dir, "SELECT DISTINCT compression FROM parquet_metadata('gz/in.parquet')").one(t)
		if codec != "GZIP" {
			t.Errorf("codec %s, want GZIP", codec)
		}
	})

	t.Run("rules", func(t *testing.T) {
		out := schemaOf(t, dir, "out/in.parquet")
		want := map[string]string{}
		for k, v := range in {
			want[k] = v
		}
		delete(want, "customer_phone")
		want["rating"] = "VARCHAR" // masked: a string now
		if diff := cmp.Diff(want, out); diff != "" {
			t.Errorf("schema (-want +got):\n%s", diff)
		}
		n := duckdb(t, dir, "SELECT count(*) FROM 'out/in.parquet'").one(t)
		if n != "5000" {
			t.Errorf("%s rows, want 5000", n)
		}
		// Kept values, row by row.
		kept := "ticket_id, amount, notes, attrs, customer.zip AS zip, [m.role FOR m IN messages] AS roles, [m.ts FOR m IN messages] AS ts, len(messages) AS n"
		q := fmt.Sprintf(`SELECT count(*) FROM (SELECT %[1]s FROM 'in.parquet') a POSITIONAL JOIN (SELECT %[1]s FROM 'out/in.parquet') b WHERE %[2]s`,
			kept, distinctAll("a", "b", "ticket_id, amount, notes, attrs, zip, roles, ts, n"))
		if n := duckdb(t, dir, q).one(t); n != "0" {
			t.Errorf("%s rows differ in kept columns", n)
		}
		// Transformed values: one token per value, never the value.
		q = `SELECT count(DISTINCT a.customer_email) = count(DISTINCT b.customer_email)
			AND count(DISTINCT a.customer_email) = count(DISTINCT (a.customer_email, b.customer_email))
			AND count(*) FILTER (WHERE a.customer_email = b.customer_email) = 0
			AND count(*) FILTER (WHERE date_trunc('day', a.created_at) IS DISTINCT FROM b.created_at) = 0
			AND count(*) FILTER (WHERE b.rating <> repeat('*', length(a.rating::VARCHAR))) = 0
			AND count(*) FILTER (WHERE b.customer.name = a.customer.name) = 0
			AND count(*) FILTER (WHERE list_contains([m.text FOR m IN b.messages], NULL) IS DISTINCT FROM list_contains([m.text FOR m IN a.messages], NULL)) = 0
			AND count(*) FILTER (WHERE array_to_string([m.text FOR m IN b.messages], ' ') LIKE '%@example.com%') = 0
			AND count(*) FILTER (WHERE array_to_string([m.text FOR m IN b.messages], ' ') NOT LIKE '%<EMAIL_%' AND len(a.messages) > 0) = 0
			FROM 'in.parquet' a POSITIONAL JOIN 'out/in.parquet' b`
		if ok := duckdb(t, dir, q).one(t); ok != "true" {
			t.Errorf("transformed columns fail the checks")
		}
	})
}

// distinctAll is a WHERE clause true when any of the columns differs
// between the two sides.
func distinctAll(a, b, columns string) string {
	var parts []string
	for _, c := range strings.Split(columns, ",") {
		c = strings.TrimSpace(c)
		if i := strings.LastIndex(c, " AS "); i >= 0 {
			c = c[i+4:]
		}
		parts = append(parts, fmt.Sprintf("%s.%s IS DISTINCT FROM %s.%s", a, c, b, c))
	}
	return strings.Join(parts, " OR ")
}

// TestParquetFromCSVDuckDB converts CSV to Parquet and has DuckDB read it:
// inferred types, empty cells as nulls in typed columns, values intact.
func TestParquetFromCSVDuckDB(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "r.yaml"), "version: 1\ndefault: keep\n")
	write(t, filepath.Join(dir, "in.csv"), "id,zip,score,ok,at,day,note\n1,02139,1.5,true,2024-03-05T14:22:10Z,2024-03-05,hi\n2,10001,,false,2024-03-06T01:00:00.250Z,2024-03-06,\n3,94103,-2,true,,2024-03-07,\"a, b\"\n")
	if out, err := deidProcess(dir, "run", "-q", "-r", "r.yaml", "--to", "parquet", "-o", "out", "in.csv").CombinedOutput(); err != nil {
		t.Fatalf("deid: %v\n%s", err, out)
	}
	want := map[string]string{"id": "BIGINT", "zip": "VARCHAR", "score": "DOUBLE", "ok": "BOOLEAN",
		"at": "TIMESTAMP WITH TIME ZONE", "day": "DATE", "note": "VARCHAR"}
	if diff := cmp.Diff(want, schemaOf(t, dir, "out/in.parquet")); diff != "" {
		t.Errorf("schema (-want +got):\n%s", diff)
	}
	res := duckdb(t, dir, `SELECT id, zip, score, ok, epoch_ms("at") AS "at", day::VARCHAR AS day, note FROM 'out/in.parquet' ORDER BY id`)
	got, _ := json.Marshal(res.Rows)
	wantRows := `[{"at":"1709648530000","day":"2024-03-05","id":"1","note":"hi","ok":true,"score":1.5,"zip":"02139"},` +
		`{"at":"1709686800250","day":"2024-03-06","id":"2","note":"","ok":false,"score":null,"zip":"10001"},` +
		`{"at":null,"day":"2024-03-07","id":"3","note":"a, b","ok":true,"score":-2,"zip":"94103"}]`
	if diff := cmp.Diff(wantRows, string(got)); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
}

// TestParquetDeclaredTypes: types declared in the rule file win over
// inference, and a declared field the data lacks is an all-null column.
func TestParquetDeclaredTypes(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "r.yaml"), `version: 1
default: keep
types:
  id: int32
  zip: int64
  ok: string
  at: timestamp[us]
  later: double
`)
	write(t, filepath.Join(dir, "in.csv"), "id,zip,ok,at\n1,02139,true,2024-03-05T14:22:10Z\n2,,false,\n")
	if out, err := deidProcess(dir, "run", "-q", "-r", "r.yaml", "--to", "parquet", "-o", "out", "in.csv").CombinedOutput(); err != nil {
		t.Fatalf("deid: %v\n%s", err, out)
	}
	want := map[string]string{"id": "INTEGER", "zip": "BIGINT", "ok": "VARCHAR", "at": "TIMESTAMP WITH TIME ZONE", "later": "DOUBLE"}
	if diff := cmp.Diff(want, schemaOf(t, dir, "out/in.parquet")); diff != "" {
		t.Errorf("schema (-want +got):\n%s", diff)
	}
	res := duckdb(t, dir, `SELECT string_agg(concat_ws('|', id, zip, ok, epoch_us("at"), later), ';' ORDER BY id) FROM 'out/in.parquet'`).one(t)
	if res != "1|2139|true|1709648530000000;2|false" {
		t.Errorf("values %q", res)
	}
}
