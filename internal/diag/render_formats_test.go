package diag_test

import (
	"encoding/json"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/golden"
	"github.com/pynjit/pynjit/internal/source"
)

// withUsage adds a diagnostic that has no place in a file, as command-line
// errors have, and one in a file whose name needs escaping.
func withUsage() diag.List {
	l := sample()
	l.Errorf("E-usage", nil, source.Span{}, "unknown type name 'int65'")
	f := source.NewFile("dir, with: odd%name.py", []byte("x = 1\n"))
	l.Add(diag.Note, "N-demo", f, source.Span{Start: source.Pos{Line: 1, Col: 0}, End: source.Pos{Line: 1, Col: 1}}, "%s", "100% sure\nsecond line")
	return l
}

func render(t *testing.T, format string) string {
	t.Helper()
	var b strings.Builder
	if err := diag.Write(&b, format, withUsage(), diag.Options{ToolVersion: "0.0.0-test"}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestJSONGolden(t *testing.T) {
	out := render(t, "json")
	golden.Check(t, filepath.Join("testdata", "diagnostics.json.golden"), out)
	var v struct {
		Diagnostics []map[string]any `json:"diagnostics"`
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Diagnostics) != len(withUsage()) {
		t.Errorf("%d diagnostics in json, want %d", len(v.Diagnostics), len(withUsage()))
	}
}

func TestJSONEmpty(t *testing.T) {
	var b strings.Builder
	if err := diag.WriteJSON(&b, nil); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(strings.Fields(b.String()), ""); got != `{"diagnostics":[]}` {
		t.Errorf("no diagnostics rendered as %s", got)
	}
}

// githubCommand is the workflow-command syntax of the Actions runner:
// ::name key=value,key=value::message, one per line, with %, CR and LF
// escaped in the message and additionally ':' and ',' in values.
var githubCommand = regexp.MustCompile(`^::(error|warning|notice)( (file|line|col|endLine|endColumn|title)=[^,:\r\n]*(,(file|line|col|endLine|endColumn|title)=[^,:\r\n]*)*)?::[^\r\n]*$`)

func TestGitHubGolden(t *testing.T) {
	out := render(t, "github")
	golden.Check(t, filepath.Join("testdata", "diagnostics.github.golden"), out)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != len(withUsage()) {
		t.Errorf("%d commands, want one per diagnostic (%d)", len(lines), len(withUsage()))
	}
	for _, l := range lines {
		if !githubCommand.MatchString(l) {
			t.Errorf("not a workflow command: %q", l)
		}
	}
	for _, want := range []string{
		"::error file=demo.py,line=2,col=12,endLine=2,endColumn=12,title=E-syntax::invalid syntax",
		"::notice file=dir%2C with%3A odd%25name.py,line=1,col=1,endLine=1,endColumn=1,title=N-demo::100%25 sure%0Asecond line",
		"::error title=E-usage::unknown type name 'int65'",
	} {
		if !strings.Contains(out, want+"\n") {
			t.Errorf("missing %q", want)
		}
	}
}

func TestSARIFGolden(t *testing.T) {
	out := render(t, "sarif")
	golden.Check(t, filepath.Join("testdata", "diagnostics.sarif.golden"), out)
	checkSARIF(t, []byte(out), len(withUsage()))
}

// checkSARIF checks what the SARIF 2.1.0 schema requires of the objects
// pynjit writes (sarifLog: version, runs; run: tool; tool: driver;
// toolComponent: name; result: message with text; physicalLocation:
// artifactLocation; region: positive 1-based lines and columns), plus
// that every result's ruleIndex points at its rule.
func checkSARIF(t *testing.T, out []byte, results int) {
	t.Helper()
	var log struct {
		Schema  string `json:"$schema"`
		Version string `json:"version"`
		Runs    []struct {
			Tool *struct {
				Driver *struct {
					Name           string `json:"name"`
					Version        string `json:"version"`
					InformationURI string `json:"informationUri"`
					Rules          []struct {
						ID string `json:"id"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			ColumnKind string `json:"columnKind"`
			Results    []struct {
				RuleID    string `json:"ruleId"`
				RuleIndex *int   `json:"ruleIndex"`
				Level     string `json:"level"`
				Message   *struct {
					Text *string `json:"text"`
				} `json:"message"`
				Locations        []sarifLocation `json:"locations"`
				RelatedLocations []sarifLocation `json:"relatedLocations"`
			} `json:"results"`
		} `json:"runs"`
	}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&log); err != nil {
		t.Fatalf("sarif: %v", err)
	}
	if log.Version != "2.1.0" || !strings.Contains(log.Schema, "sarif-2.1.0") {
		t.Errorf("version %q, $schema %q", log.Version, log.Schema)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("%d runs", len(log.Runs))
	}
	run := log.Runs[0]
	if run.Tool == nil || run.Tool.Driver == nil || run.Tool.Driver.Name != "pynjit" {
		t.Fatal("run.tool.driver.name missing")
	}
	if run.ColumnKind != "unicodeCodePoints" && run.ColumnKind != "utf16CodeUnits" {
		t.Errorf("columnKind %q", run.ColumnKind)
	}
	if len(run.Results) != results {
		t.Errorf("%d results, want %d", len(run.Results), results)
	}
	for i, r := range run.Results {
		if r.Message == nil || r.Message.Text == nil || *r.Message.Text == "" {
			t.Errorf("result %d: message.text missing", i)
		}
		switch r.Level {
		case "error", "warning", "note", "none":
		default:
			t.Errorf("result %d: level %q", i, r.Level)
		}
		if r.RuleIndex == nil || *r.RuleIndex >= len(run.Tool.Driver.Rules) || run.Tool.Driver.Rules[*r.RuleIndex].ID != r.RuleID {
			t.Errorf("result %d: ruleIndex does not name rule %q", i, r.RuleID)
		}
		for _, l := range append(r.Locations, r.RelatedLocations...) {
			checkSARIFLocation(t, i, l)
		}
	}
}

type sarifLocation struct {
	ID               *int `json:"id"`
	PhysicalLocation *struct {
		ArtifactLocation *struct {
			URI string `json:"uri"`
		} `json:"artifactLocation"`
		Region *struct {
			StartLine   int `json:"startLine"`
			StartColumn int `json:"startColumn"`
			EndLine     int `json:"endLine"`
			EndColumn   int `json:"endColumn"`
		} `json:"region"`
	} `json:"physicalLocation"`
	Message *struct {
		Text string `json:"text"`
	} `json:"message"`
}

func checkSARIFLocation(t *testing.T, i int, l sarifLocation) {
	t.Helper()
	p := l.PhysicalLocation
	if p == nil || p.ArtifactLocation == nil || p.ArtifactLocation.URI == "" {
		t.Errorf("result %d: location without artifactLocation.uri", i)
		return
	}
	if r := p.Region; r != nil {
		if r.StartLine < 1 || r.StartColumn < 1 || r.EndLine != 0 && r.EndLine < r.StartLine ||
			r.EndLine == r.StartLine && r.EndColumn != 0 && r.EndColumn < r.StartColumn {
			t.Errorf("result %d: bad region %+v", i, *r)
		}
	}
}

func TestUnknownFormat(t *testing.T) {
	var b strings.Builder
	if err := diag.Write(&b, "xml", nil, diag.Options{}); err == nil || !strings.Contains(err.Error(), "sarif") {
		t.Errorf("unknown format: %v", err)
	}
}
