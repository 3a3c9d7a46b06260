package cli

import (
	"fmt"
	"html/template"
	"io"
	"sort"
	"strings"
)

// scanPage is a self-contained HTML report of a scan: no scripts, no
// external assets, a bar chart drawn in inline SVG.
var scanPage = template.Must(template.New("scan").Funcs(template.FuncMap{
	"pct": func(f float64) string { return fmt.Sprintf("%.0f%%", 100*f) },
	"join": func(xs []int64) string {
		s := make([]string, len(xs))
		for i, x := range xs {
			s[i] = fmt.Sprint(x)
		}
		return strings.Join(s, ", ")
	},
}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>deid scan report</title>
<style>
body { font: 14px/1.45 system-ui, sans-serif; margin: 2em; color: #1d2430; }
h1 { font-size: 1.5em; margin-bottom: .2em; }
.sub { color: #5b6675; margin-top: 0; }
table { border-collapse: collapse; margin: 1em 0 2em; }
th, td { text-align: left; padding: .35em .8em; border-bottom: 1px solid #dde2e8; vertical-align: top; }
th { background: #f3f5f8; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.ent { display: inline-block; margin: 0 .4em .2em 0; padding: 0 .45em; border-radius: 3px; background: #fde8e4; color: #8a2414; font-size: .9em; }
.none { color: #8c96a3; }
.act { font-weight: 600; }
svg text { font: 12px system-ui, sans-serif; fill: #1d2430; }
</style>
</head>
<body>
<h1>deid scan report</h1>
<p class="sub">{{.Records}} records from {{range $i, $in := .Inputs}}{{if $i}}, {{end}}<code>{{$in}}</code>{{end}}. Locations are line numbers; no value of the data is shown.</p>
{{if .Risk}}<p>k-anonymity on the raw quasi-identifiers: {{.Risk.Classes}} classes, smallest {{.Risk.SmallestClass}}, {{.Risk.RecordsBelowK}} records in classes below k={{.Risk.K}}, {{pct .Risk.UniqueShare}} unique.</p>{{end}}
<h2>Personal data found per field</h2>
{{if .Bars}}<svg id="chart" role="img" aria-label="values holding personal data, per field" width="{{.Width}}" height="{{.Height}}" xmlns="http://www.w3.org/2000/svg">
{{range .Bars}}<text x="0" y="{{.TextY}}">{{.Label}}</text><rect x="{{.X}}" y="{{.Y}}" width="{{.W}}" height="16" fill="{{.Color}}"><title>{{.Label}}: {{.N}}</title></rect><text x="{{.NX}}" y="{{.TextY}}">{{.N}}</text>
{{end}}</svg>{{else}}<p class="none">No personal data found.</p>{{end}}
<h2>Fields</h2>
<table id="fields">
<tr><th>field</th><th>values</th><th>found (share of values; example lines)</th><th>suggested</th></tr>
{{range .Fields}}<tr><td><code>{{.Path}}</code></td><td class="num">{{.Values}}</td><td>{{range $e, $c := .Entities}}<span class="ent">{{$e}} {{pct $c.Share}} (l. {{join $c.Lines}})</span>{{else}}<span class="none">none</span>{{end}}</td><td><span class="act">{{.Suggested}}{{if .Kind}} ({{.Kind}}){{end}}</span> — {{.Why}}</td></tr>
{{end}}</table>
</body>
</html>
`))

type bar struct {
	Label              string
	N                  int64
	X, Y, W, TextY, NX int
	Color              string
}

// writeScanHTML renders the report.
func writeScanHTML(w io.Writer, rep *scanReport) error {
	type row struct {
		label string
		n     int64
	}
	var rows []row
	for _, fp := range rep.Fields {
		for e, c := range fp.Entities {
			rows = append(rows, row{fp.Path + " · " + e, c.Values})
		}
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].n != rows[j].n {
			return rows[i].n > rows[j].n
		}
		return rows[i].label < rows[j].label
	})
	const labelW, barW = 260, 360
	var max int64 = 1
	for _, r := range rows {
		max = maxI64(max, r.n)
	}
	colors := []string{"#c0392b", "#d35400", "#8e44ad", "#2c7fb8", "#16a085"}
	var bars []bar
	for i, r := range rows {
		w := int(int64(barW) * r.n / max)
		bars = append(bars, bar{Label: r.label, N: r.n, X: labelW, Y: 4 + 22*i, W: max2(w, 2), TextY: 17 + 22*i,
			NX: labelW + max2(w, 2) + 6, Color: colors[i%len(colors)]})
	}
	return scanPage.Execute(w, map[string]any{
		"Records": rep.Records, "Inputs": rep.Inputs, "Risk": rep.Risk, "Fields": rep.Fields,
		"Bars": bars, "Width": labelW + barW + 80, "Height": 8 + 22*len(bars),
	})
}

func maxI64(a, b int64) int64 {
	if a > b {
		return a
	}
	return b
}

func max2(a, b int) int {
	if a > b {
		return a
	}
	return b
}
