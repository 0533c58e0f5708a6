// Package sigfile reads and writes signature files: the argument types
// `pynjit trace` recorded for the jitted functions of a project, which
// build, check, run, sigs and the inspect commands read as signatures.
//
// The format is plain text, sorted, one signature a line, so that a
// change shows as a readable diff:
//
//	# comments start with #
//	[kernels.py]
//	add(int64, int64)
//	norm(float64[:, ::1])
//
// A line [FILE] starts the signatures of a Python file, named relative
// to the signature file's directory with / between names; each line
// after it is NAME(TYPES) as --sig takes it. Types pynjit cannot compile
// yet (lists, strings) are written all the same, in Numba's names.
package sigfile

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/pynjit/pynjit/internal/resolve"
	"github.com/pynjit/pynjit/internal/source"
)

// DefaultName is the signature file pynjit looks for beside
// pyproject.toml, or beside the Python file without one.
const DefaultName = "pynjit-sigs.txt"

// Entry is one recorded signature.
type Entry struct {
	File string // relative to the signature file's directory, with /
	Sig  string // NAME(TYPES)
	Line int    // 1-based line in the file it was read from; 0 if new
}

// File is a parsed signature file.
type File struct {
	Path    string
	Src     *source.File
	Entries []Entry
}

// Read parses the signature file at path; a file that does not exist
// reads as nil without an error.
func Read(path string) (*File, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// Parse reads a signature file's text.
func Parse(path string, data []byte) (*File, error) {
	f := &File{Path: path, Src: source.NewFile(path, data)}
	current := ""
	for i, line := range strings.Split(string(data), "\n") {
		t := strings.TrimSpace(line)
		switch {
		case t == "" || strings.HasPrefix(t, "#"):
		case strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]"):
			current = strings.TrimSpace(t[1 : len(t)-1])
		case current == "":
			return nil, fmt.Errorf("%s:%d: a signature before any [FILE] line", path, i+1)
		default:
			f.Entries = append(f.Entries, Entry{File: current, Sig: t, Line: i + 1})
		}
	}
	return f, nil
}

// For returns the signatures recorded for the Python file at srcPath,
// as given signatures placed at their lines.
func (f *File) For(srcPath string) []resolve.Given {
	if f == nil {
		return nil
	}
	want, err := filepath.Abs(srcPath)
	if err != nil {
		return nil
	}
	dir, _ := filepath.Abs(filepath.Dir(f.Path))
	var out []resolve.Given
	for _, e := range f.Entries {
		if filepath.Join(dir, filepath.FromSlash(e.File)) != want {
			continue
		}
		line := f.Src.Line(e.Line)
		col := len([]rune(line[:len(line)-len(strings.TrimLeft(line, " \t"))]))
		out = append(out, resolve.Given{Text: e.Sig, Kind: resolve.FromTrace, File: f.Src,
			Span: source.Span{Start: source.Pos{Line: e.Line, Col: col}, End: source.Pos{Line: e.Line, Col: col + len([]rune(e.Sig))}}})
	}
	return out
}

// header opens every signature file pynjit writes.
const header = `# pynjit signatures, recorded by pynjit trace: build, check, run, sigs and
# the inspect commands read them. [FILE] starts a Python file's signatures
# (relative to this file); each line is NAME(TYPES), as --sig takes it.
`

// Format writes entries as a signature file: files sorted, each file's
// signatures sorted, without repeats.
func Format(entries []Entry) []byte {
	byFile := map[string][]string{}
	for _, e := range entries {
		if !slices.Contains(byFile[e.File], e.Sig) {
			byFile[e.File] = append(byFile[e.File], e.Sig)
		}
	}
	files := make([]string, 0, len(byFile))
	for f := range byFile {
		files = append(files, f)
	}
	slices.Sort(files)
	var b bytes.Buffer
	b.WriteString(header)
	for _, f := range files {
		sigs := byFile[f]
		slices.Sort(sigs)
		fmt.Fprintf(&b, "\n[%s]\n", f)
		for _, s := range sigs {
			b.WriteString(s + "\n")
		}
	}
	return b.Bytes()
}
