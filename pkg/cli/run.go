package cli

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/deidtool/deid/pkg/format/agecrypt"
	"github.com/deidtool/deid/pkg/format/compress"
	"github.com/deidtool/deid/pkg/format/csv"
	"github.com/deidtool/deid/pkg/format/jsonl"
	"github.com/deidtool/deid/pkg/format/parquet"
	"github.com/deidtool/deid/pkg/manifest"
	"github.com/deidtool/deid/pkg/pipeline"
	"github.com/deidtool/deid/pkg/pseudo"
	"github.com/deidtool/deid/pkg/record"
	"github.com/deidtool/deid/pkg/rules"
	"github.com/deidtool/deid/pkg/transform"
)

// runner holds the state of one `deid run`.
type runner struct {
	g        *globalOptions
	o        *runOptions
	rules    *rules.File
	key      *pseudo.Key
	matched  []bool // per field rule: named a field in some input
	progress *progress

	recipients *agecrypt.Recipients // encrypt outputs to these, nil: plain
	identities *agecrypt.Identities // open age-encrypted inputs, nil: none given

	dry        bool // count classes only, write nothing (first pass of suppression)
	classes    map[transform.ClassKey]int64
	suppressed int64
}

func runRun(ctx context.Context, g *globalOptions, o *runOptions) error {
	if o.plan != "" {
		return runShard(ctx, g, o)
	}
	started := now()
	rf, key, err := loadRulesAndKey(g, o)
	if err != nil {
		return err
	}
	if _, want, err := o.dataset.dataset(rf); err != nil {
		return usagef(err)
	} else if want && o.out == "-" {
		return usagef(errors.New("croissant.json needs an output folder, not --out -"))
	} else if want && len(o.encryptTo)+len(o.recipientsFiles) > 0 {
		return usagef(errors.New("croissant.json describes files loaders read as they are; it cannot describe age-encrypted outputs"))
	}
	stdin := bufio.NewReaderSize(g.stdin, 256<<10)
	specs, err := planInputs(o, stdin)
	if err != nil {
		return err
	}
	manifestPath := o.manifest
	if manifestPath == "" {
		manifestPath = filepath.Join(o.out, manifest.FileName)
	}
	return execute(ctx, g, o, rf, key, specs, manifestPath, nil, started)
}

// loadRulesAndKey reads the rule file and the key it needs.
func loadRulesAndKey(g *globalOptions, o *runOptions) (*rules.File, *pseudo.Key, error) {
	rf, err := loadRules(o.rules)
	if err != nil {
		return nil, nil, err
	}
	key, err := o.key.load(rf.Plan.NeedsKey(), g.log)
	if err != nil {
		return nil, nil, err
	}
	return rf, key, nil
}

// execute runs every input to its output, then commits the outputs and
// writes the manifest (with shard set, the shard's manifest).
func execute(ctx context.Context, g *globalOptions, o *runOptions, rf *rules.File, key *pseudo.Key,
	specs []*inputSpec, manifestPath string, shard *manifest.Shard, started string) error {
	if o.out != "-" {
		if err := os.MkdirAll(o.out, o.dirMode()); err != nil {
			return fmt.Errorf("create output folder: %w", err)
		}
	}
	r := &runner{g: g, o: o, rules: rf, key: key, matched: make([]bool, len(rf.Plan.Fields)),
		progress: newProgress(g.stderr, g.quiet)}
	var err error
	if r.recipients, r.identities, err = o.loadAge(); err != nil {
		return err
	}

	m := &manifest.Manifest{
		Schema: manifest.Schema,
		Tool:   manifest.Tool{Name: "deid", Version: g.build.Version},
		Rules:  manifest.Rules{File: rf.Name, SHA256: rf.SHA256, Name: rf.Title, Resolved: rf.Resolved},
		Options: manifest.Options{OnError: o.onError, Strict: o.strict, To: o.to, Compress: o.compress,
			MaxRecordBytes: o.maxRecordBytes, ParquetCompression: o.parquet.compression, ParquetRowGroupRows: o.parquet.rowGroupRows},
		Inputs:  []manifest.Input{},
		Outputs: []manifest.Output{},
		Shard:   shard,
	}
	if o.to == formatParquet {
		m.Options.ParquetSample = o.parquet.sampleRows
	}
	if key != nil {
		m.Key = &manifest.Key{Fingerprint: key.Fingerprint(), Ephemeral: key.Ephemeral()}
	}
	var files []*pipeline.AtomicFile
	defer func() {
		for _, f := range files {
			f.Abort() // no-op after Commit
		}
	}()
	risk := rf.Plan.Risk
	var before transform.RiskFigures
	if risk != nil && risk.Suppress {
		// First pass: count the classes of the whole output, writing nothing;
		// the second pass drops the records of classes smaller than k.
		for _, in := range specs {
			if in.stdin != nil {
				return usagef(errors.New("risk enforce: suppress reads its inputs twice, so it cannot read stdin"))
			}
		}
		r.dry, r.classes = true, map[transform.ClassKey]int64{}
		for _, in := range specs {
			if _, _, _, err := r.process(ctx, in); err != nil {
				return err
			}
		}
		before = risk.Figures(r.classes)
		rf.Plan.Suppress = risk.SmallClasses(r.classes)
		r.dry = false
		clear(r.matched)
	}
	r.classes = map[transform.ClassKey]int64{}
	for _, in := range specs {
		mi, mo, f, err := r.process(ctx, in)
		if err != nil {
			return err
		}
		if f != nil {
			files = append(files, f)
		}
		m.Inputs = append(m.Inputs, *mi)
		m.Outputs = append(m.Outputs, *mo)
		m.Totals.Inputs++
		m.Totals.RowsRead += mi.Rows
		m.Totals.RowsWritten += mo.Rows
		m.Totals.RowsSkipped += mi.Skipped
		for _, d := range mi.RowsDropped {
			m.Totals.RowsDropped += d.Rows
		}
	}
	if risk != nil {
		fig := risk.Figures(r.classes)
		enforce := "report"
		if risk.Suppress {
			fig, enforce = before, "suppress"
			fig.Suppressed = r.suppressed
		}
		m.Risk = &manifest.Risk{QuasiIdentifiers: risk.QuasiIdentifiers, K: risk.K, Enforce: enforce, Records: fig.Records,
			Classes: fig.Classes, SmallestClass: fig.SmallestClass, ClassesBelowK: fig.ClassesBelowK,
			RecordsBelowK: fig.RecordsBelowK, UniqueShare: fig.UniqueShare, Suppressed: fig.Suppressed}
	}
	for i, ok := range r.matched {
		if ok || len(specs) == 0 {
			continue
		}
		w := fmt.Sprintf("%s:%d: rule for field %s matched no field in the data", rf.Name, rf.Lines[i],
			record.QuoteName(rf.Plan.Fields[i].Selector.String()))
		if o.strict {
			return usagef(fmt.Errorf("%s (--strict)", w))
		}
		g.log.Warn(w)
		m.Warnings = append(m.Warnings, w)
	}
	if err := ctx.Err(); err != nil {
		return err
	}

	if o.reveal {
		// Revealed data gets no manifest: nothing may present it as a
		// de-identified deid output.
		for _, f := range files {
			if err := f.Commit(); err != nil {
				return fmt.Errorf("commit output: %w", err)
			}
		}
		g.log.Info("reveal complete", "inputs", m.Totals.Inputs, "rows", m.Totals.RowsWritten, "out", o.out)
		return nil
	}
	// Commit: the old manifest goes first, so that no moment shows new
	// outputs beside a manifest that does not describe them.
	for _, old := range []string{manifestPath, manifestPath + agecrypt.Ext} {
		if err := os.Remove(old); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("remove old manifest: %w", err)
		}
	}
	for _, f := range files {
		if err := f.Commit(); err != nil {
			return fmt.Errorf("commit output: %w", err)
		}
	}
	m.StartedAt, m.FinishedAt = started, now()
	if r.recipients != nil {
		m.Encryption = &manifest.Encryption{Scheme: "age", Recipients: r.recipients.Names()}
	}
	if o.card && o.out != "-" {
		card := datasetCard(m, rf, o.out)
		name, data, err := r.seal(CardName, card)
		if err != nil {
			return err
		}
		if err := writeJSONFile(filepath.Join(o.out, name), func() ([]byte, error) { return data, nil }); err != nil {
			return fmt.Errorf("write dataset card: %w", err)
		}
		m.Documents = append(m.Documents, manifest.Document{Path: name, Bytes: int64(len(data)), SHA256: sha256hex(data)})
	}
	if shard == nil && o.out != "-" {
		if err := writeCroissant(m, &o.dataset, rf, o.out); err != nil {
			return err
		}
	}
	marshal := m.Marshal
	if key != nil {
		marshal = func() ([]byte, error) { return m.Sign(key.Sign) }
	}
	if r.recipients != nil {
		// The manifest is encrypted too: manifest.json.age.
		plainMarshal := marshal
		marshal = func() ([]byte, error) {
			b, err := plainMarshal()
			if err != nil {
				return nil, err
			}
			_, sealed, err := r.seal(manifest.FileName, b)
			return sealed, err
		}
		manifestPath += agecrypt.Ext
	}
	if err := writeJSONFile(manifestPath, marshal); err != nil {
		return fmt.Errorf("write manifest: %w", err)
	}
	g.log.Info("run complete", "inputs", m.Totals.Inputs, "rows_read", m.Totals.RowsRead,
		"rows_written", m.Totals.RowsWritten, "rows_dropped", m.Totals.RowsDropped,
		"rows_skipped", m.Totals.RowsSkipped, "manifest", manifestPath)
	return nil
}

// seal encrypts a document to the run's recipients, when there are any, and
// names it accordingly.
func (r *runner) seal(name string, data []byte) (string, []byte, error) {
	if r.recipients == nil {
		return name, data, nil
	}
	var buf bytes.Buffer
	w, err := r.recipients.Encrypt(&buf)
	if err != nil {
		return "", nil, err
	}
	if _, err := w.Write(data); err != nil {
		return "", nil, err
	}
	if err := w.Close(); err != nil {
		return "", nil, err
	}
	return name + agecrypt.Ext, buf.Bytes(), nil
}

// writeJSONFile writes what marshal returns to path atomically.
func writeJSONFile(path string, marshal func() ([]byte, error)) error {
	data, err := marshal()
	if err != nil {
		return err
	}
	f, err := pipeline.CreateAtomic(path, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Abort()
		return err
	}
	return f.Commit()
}

// now returns the current time, or SOURCE_DATE_EPOCH when set, as RFC 3339.
func now() string {
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		if secs, err := strconv.ParseInt(s, 10, 64); err == nil {
			return time.Unix(secs, 0).UTC().Format(time.RFC3339)
		}
	}
	return time.Now().UTC().Format(time.RFC3339)
}

// hashWriter counts and hashes the bytes written through it.
type hashWriter struct {
	w io.Writer
	h hash.Hash
	n int64
}

func (hw *hashWriter) Write(p []byte) (int, error) {
	n, err := hw.w.Write(p)
	hw.h.Write(p[:n])
	hw.n += int64(n)
	return n, err
}

// sink adapts a format writer to pipeline.Sink plus a final flush.
type sink interface {
	pipeline.Sink
	Flush() error
}

// lineSink names the record's line when a writer rejects it (a JSONL record
// with a field the CSV header lacks).
type lineSink struct {
	sink
	file string
	rows bool // the input has rows, not lines (Parquet)
}

func (s lineSink) Write(rec *record.Record) error {
	if err := s.sink.Write(rec); err != nil {
		return s.positioned(rec.Line, err)
	}
	return nil
}

// Prepare implements pipeline.Preparer for the sinks that can.
func (s lineSink) Prepare(rec *record.Record) (any, error) {
	p, ok := s.sink.(pipeline.Preparer)
	if !ok {
		return nil, nil
	}
	v, err := p.Prepare(rec)
	if err != nil {
		return nil, s.positioned(rec.Line, err)
	}
	return v, nil
}

// WritePrepared implements pipeline.Preparer.
func (s lineSink) WritePrepared(rec *record.Record, v any) error {
	p, ok := s.sink.(pipeline.Preparer)
	if !ok || v == nil {
		return s.Write(rec)
	}
	if err := p.WritePrepared(rec, v); err != nil {
		return s.positioned(rec.Line, err)
	}
	return nil
}

// positioned names the input, record and field of a writer's error.
func (s lineSink) positioned(line int64, err error) error {
	pe := &record.ParseError{File: s.file, Line: line}
	if s.rows && line > 0 {
		pe.Where = "row " + strconv.FormatInt(line, 10)
	}
	var ce *csv.ColumnError
	var fe *parquet.FieldError
	switch {
	case errors.Is(err, csv.ErrNewColumn):
		if errors.As(err, &ce) {
			pe.Field = ce.Name
		}
		pe.Err = csv.ErrNewColumn
	case errors.As(err, &fe):
		pe.Field, pe.Err = fe.Path, fe.Err
	default:
		return err
	}
	return pe
}

// process runs one input to its (uncommitted) output.
func (r *runner) process(ctx context.Context, in *inputSpec) (*manifest.Input, *manifest.Output, *pipeline.AtomicFile, error) {
	// Input chain: file -> sha256 tee -> byte counter -> buffer -> decompressor -> format reader.
	var raw io.Reader
	if in.stdin != nil {
		raw = in.stdin
	} else {
		f, err := os.Open(in.path)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("open input: %w", err)
		}
		defer f.Close()
		raw = f
	}
	inHash := sha256.New()
	var inBytes atomic.Int64
	r.progress.start(in.path)
	defer r.progress.done()
	counted := countingReader{r: io.TeeReader(raw, inHash), n: &inBytes}
	progressBytes := countingReader{r: counted, n: &r.progress.bytes}
	buffered := bufio.NewReaderSize(progressBytes, 256<<10)
	plain := buffered // the input's bytes, decrypted when age-encrypted
	if in.age && in.format == formatParquet {
		in.codec = compress.None // decrypted by random access in openParquet
	} else if in.age {
		d, err := r.identities.Decrypt(buffered)
		if err != nil {
			return nil, nil, nil, &record.ParseError{File: in.path, Err: err}
		}
		plain = bufio.NewReaderSize(d, 256<<10)
		name, _ := ageName(in.path)
		if in.codec, err = compress.Sniff(plain, name); err != nil {
			return nil, nil, nil, &record.ParseError{File: in.path, Err: err}
		}
	}
	dec, err := compress.NewReader(plain, in.codec)
	if err != nil {
		return nil, nil, nil, &record.ParseError{File: in.path, Err: err}
	}
	defer dec.Close()

	var src pipeline.Source
	var csvIn *csv.Reader
	var jsonIn *jsonl.Reader
	var pin *parquetInput
	text, encoding, err := decodeText(in, plain, dec)
	if err != nil {
		return nil, nil, nil, &record.ParseError{File: in.path, Err: err}
	}
	switch in.format {
	case formatParquet:
		if pin, err = openParquet(in, buffered, dec, r.identities); err != nil {
			return nil, nil, nil, r.inputError(in, err)
		}
		defer pin.close()
		// columns the rules drop unread are not decoded at all
		pin.reader.Omit(r.rules.Plan.Unread)
		src = pin.reader
	case formatCSV:
		csvIn = csv.NewReader(text, csv.ReaderOptions{Name: in.path, Comma: in.comma, MaxRecordBytes: r.o.maxRecordBytes})
		src = csvIn
	default:
		jsonIn = jsonl.NewReader(text, jsonl.ReaderOptions{Name: in.path, MaxRecordBytes: r.o.maxRecordBytes})
		src = jsonIn
	}
	var kept []string
	if csvIn != nil {
		header, err := csvIn.Header()
		if err != nil {
			return nil, nil, nil, r.inputError(in, err)
		}
		if header != nil {
			if kept, err = r.rules.Plan.Columns(header, r.matched); err != nil {
				return nil, nil, nil, r.fieldError(in, 1, err)
			}
		}
	}

	// Output chain: format writer -> compressor -> sha256 + counter -> file.
	var out io.Writer = r.g.stdout
	var af *pipeline.AtomicFile
	if r.dry {
		out = io.Discard
	} else if in.out != "-" {
		if af, err = pipeline.CreateAtomic(in.out, r.o.fileMode()); err != nil {
			return nil, nil, nil, fmt.Errorf("create output: %w", err)
		}
		out = af
	}
	fail := func(err error) (*manifest.Input, *manifest.Output, *pipeline.AtomicFile, error) {
		if af != nil {
			af.Abort()
		}
		return nil, nil, nil, err
	}
	hw := &hashWriter{w: out, h: sha256.New()}
	var sealed io.Writer = hw // the output's bytes before encryption
	var ageOut io.WriteCloser
	if in.outAge {
		if ageOut, err = r.recipients.Encrypt(hw); err != nil {
			return fail(err)
		}
		sealed = ageOut
	}
	comp, err := compress.NewWriter(sealed, in.outCodec)
	if err != nil {
		return fail(err)
	}
	var dst sink
	var jsonOut *jsonl.Writer
	var csvOut *csv.Writer
	var pqOut parquetSink
	switch in.outFormat {
	case formatParquet:
		if pqOut, err = r.newParquetSink(comp, in, pin); err != nil {
			return fail(r.inputError(in, err))
		}
		dst = pqOut
	case formatCSV:
		opts := csv.WriterOptions{}
		if csvIn != nil {
			// (a byte-order mark in, or text decoded from another
			// encoding: a spreadsheet's file, whose program needs the
			// mark to read UTF-8)
			opts.Comma, opts.CRLF, opts.BOM = csvIn.Comma(), csvIn.CRLF(), csvIn.BOM() || encoding != ""
		}
		csvOut = csv.NewWriter(comp, opts)
		if kept != nil {
			if err := csvOut.SetColumns(kept); err != nil {
				return fail(err)
			}
		}
		dst = csvOut
	default:
		// one JSON array in (a .json export), one out
		if jsonIn != nil {
			array, err := jsonIn.Array()
			if err != nil {
				return fail(r.inputError(in, err))
			}
			if array {
				jsonOut = jsonl.NewArrayWriter(comp)
			}
		}
		if jsonOut == nil {
			jsonOut = jsonl.NewWriter(comp)
		}
		dst = jsonOut
	}

	res, err := pipeline.Run(ctx, src, lineSink{dst, in.path, in.format == formatParquet}, pipeline.Options{
		File: in.path, Plan: r.rules.Plan, Key: r.key, Workers: r.o.workers,
		OnError:  map[string]pipeline.OnError{"fail": pipeline.Fail, "skip": pipeline.Skip}[r.o.onError],
		Progress: &r.progress.rows,
	})
	if err != nil {
		return fail(r.inputError(in, err))
	}
	flush := dst.Flush
	if jsonOut != nil {
		flush = jsonOut.Close // (an array's end)
	}
	if err := flush(); err != nil {
		return fail(r.inputError(in, lineSink{dst, in.path, pin != nil}.positioned(0, err)))
	}
	if err := comp.Close(); err != nil {
		return fail(fmt.Errorf("write %s: %w", in.out, err))
	}
	if ageOut != nil {
		if err := ageOut.Close(); err != nil {
			return fail(fmt.Errorf("write %s: %w", in.out, err))
		}
	}
	if af != nil {
		if err := af.Close(); err != nil {
			return fail(fmt.Errorf("write %s: %w", in.out, err))
		}
	}
	// Hash the whole input, even bytes after the last record.
	if _, err := io.Copy(io.Discard, buffered); err != nil {
		return fail(r.inputError(in, err))
	}
	for i, ok := range res.Stats.RuleMatched {
		r.matched[i] = r.matched[i] || ok
	}
	for c, n := range res.Stats.Classes {
		r.classes[c] += n
	}
	r.suppressed += res.Stats.Suppressed
	inSHA := hex.EncodeToString(inHash.Sum(nil))
	if in.wantSHA != "" && inSHA != in.wantSHA {
		return fail(&record.ParseError{File: in.path, Err: errors.New("input changed since the plan was made (sha256 differs)")})
	}

	inFormat := in.format
	if jsonIn != nil {
		if array, _ := jsonIn.Array(); array {
			inFormat = formatJSON
		}
	}
	mi := &manifest.Input{
		Path: in.path, Format: inFormat, Compression: string(in.codec), Encoding: encoding,
		Bytes: inBytes.Load(), SHA256: inSHA,
		Rows: res.Read, Skipped: res.Skips,
	}
	if jsonIn != nil {
		mi.BlankLines = jsonIn.BlankLines()
	}
	for _, s := range res.Skipped {
		mi.SkippedRows = append(mi.SkippedRows, manifest.Skipped{Line: s.Line, Field: s.Field, Reason: s.Reason})
	}
	reasons := map[string]int{}
	for i, n := range res.Stats.RowsDropped {
		reason := r.rules.Plan.Rows[i].Reason
		if j, ok := reasons[reason]; ok {
			mi.RowsDropped[j].Rows += n
			continue
		}
		reasons[reason] = len(mi.RowsDropped)
		mi.RowsDropped = append(mi.RowsDropped, manifest.Dropped{Reason: reason, Rows: n})
	}
	for i, n := range res.Stats.LimitHits {
		lim := r.rules.Plan.Limits[i]
		if lim.Drop {
			mi.RowsDropped = append(mi.RowsDropped, manifest.Dropped{Reason: lim.Reason, Rows: n})
		} else {
			mi.RowsFlagged = append(mi.RowsFlagged, manifest.Dropped{Reason: lim.Reason, Rows: n})
		}
	}
	if res.Stats.Suppressed > 0 {
		mi.RowsDropped = append(mi.RowsDropped, manifest.Dropped{
			Reason: fmt.Sprintf("k-anonymity: class smaller than k=%d", r.rules.Plan.Risk.K), Rows: res.Stats.Suppressed})
	}
	outFormat := in.outFormat
	if jsonOut != nil && jsonOut.IsArray() {
		outFormat = formatJSON // one JSON array of records
	}
	mo := &manifest.Output{
		Path: filepath.ToSlash(in.outName), Input: in.path, Format: outFormat, Compression: string(in.outCodec),
		Bytes: hw.n, SHA256: hex.EncodeToString(hw.h.Sum(nil)), Rows: res.Written,
	}
	fields := res.Stats.Sorted()
	if csvOut != nil {
		for _, c := range csvOut.Columns() {
			mo.Schema = append(mo.Schema, manifest.Field{Name: c, Types: []string{"string"}})
		}
	}
	for _, f := range fields {
		if csvOut == nil && !strings.HasPrefix(f.Action, "drop") && len(f.Types) > 0 {
			mo.Schema = append(mo.Schema, manifest.Field{Name: f.Path, Types: f.Types})
		}
		if f.Action != "descend" {
			mo.Fields = append(mo.Fields, manifest.FieldCounts{Path: f.Path, Action: f.Action, Rule: f.Rule,
				Values: f.Values, Nulls: f.Nulls, Changed: f.Changed, Dropped: f.Dropped, Entities: f.Entities})
		}
	}
	if pqOut != nil && pqOut.Schema() != nil {
		for _, c := range pqOut.Schema().Fields() {
			mo.Columns = append(mo.Columns, manifest.Column{Name: c[0], Type: c[1]})
		}
	}
	if mo.Schema == nil {
		mo.Schema = []manifest.Field{}
	}
	if mo.Fields == nil {
		mo.Fields = []manifest.FieldCounts{}
	}
	return mi, mo, af, nil
}

// inputError adds the input's name to errors that lack it.
func (r *runner) inputError(in *inputSpec, err error) error {
	var pe *record.ParseError
	if errors.As(err, &pe) || errors.Is(err, context.Canceled) {
		return err
	}
	return &record.ParseError{File: in.path, Err: err}
}

// fieldError turns a transform.FieldError into a positioned ParseError.
func (r *runner) fieldError(in *inputSpec, line int64, err error) error {
	var fe *transform.FieldError
	if errors.As(err, &fe) {
		return &record.ParseError{File: in.path, Line: line, Field: fe.Path, Err: fe.Err}
	}
	return r.inputError(in, err)
}

func sha256hex(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}
