package astdump

import (
	"bytes"
	"fmt"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	gast "github.com/go-python/gpython/ast"
	gparser "github.com/go-python/gpython/parser"
	"github.com/go-python/gpython/py"

	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
)

// TestGpythonAgrees uses gpython's Python 3.4 parser as a second, coarse
// oracle on the stdlib files it can parse: the statements (kind and start
// line, in order) and the multiset of expression kinds must agree, and so
// must the lines of all names. Other expression positions are not
// compared: gpython puts calls at 0:0 and starts binary operations,
// attributes and subscripts at the operator. The If of an elif is compared without its line (gpython gives it the
// line before); Slice and Starred are left out of the expression kinds
// (in gpython's 3.4 tree a slice is not an expression, and f(*a) is a
// field of Call, not a Starred node); a dotted decorator, one Name "a.b"
// in gpython, counts as the attributes it stands for; gpython's ExtSlice
// counts as the Tuple it is in 3.11, and "with (a, b):", one Tuple in 3.4,
// as the two items it is in 3.11. Files that are not UTF-8 after their
// coding declaration are left out: gpython does not decode source, while
// CPython (and pynjit) reject them, and so are files whose declaration
// CPython refuses (an unknown encoding, or one other than UTF-8 after a
// byte order mark).
func TestGpythonAgrees(t *testing.T) {
	files := corpusFiles(t, "/usr/lib/python3.11")
	compared, disagree := 0, 0
	for _, path := range files {
		text, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		g, ok := gpythonParse(text)
		if !ok {
			continue
		}
		decoded := syntax.DecodeSource(text)
		if !utf8.Valid(decoded) {
			continue
		}
		f := source.NewFile(path, decoded)
		m, diags := syntax.ParseFor(f, syntax.Python311)
		if m == nil && len(diags) == 1 && (strings.HasPrefix(diags[0].Message, "unknown encoding: ") || strings.HasPrefix(diags[0].Message, "encoding problem: ")) {
			continue // gpython reads no encoding declaration; CPython refuses this one
		}
		if m == nil {
			t.Errorf("%s: gpython parses it, we report %v", path, diags)
			continue
		}
		compared++
		if msg := compareShapes(ourShape(m), g); msg != "" {
			disagree++
			if disagree <= 10 {
				t.Errorf("%s: %s", path, msg)
			}
		}
	}
	t.Logf("gpython parsed %d of %d files; %d disagree", compared, len(files), disagree)
	if compared < 100 {
		t.Errorf("gpython parsed only %d files: the comparison says little", compared)
	}
}

// shape is the coarse structure both parsers must agree on.
type shape struct {
	stmts     []string       // "Kind@line" in source order
	exprKinds map[string]int // expression kind -> count
	nameLines []int          // lines of every Name, sorted
}

func gpythonParse(text []byte) (s shape, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	mod, err := gparser.Parse(bytes.NewReader(text), "<corpus>", py.ExecMode)
	if err != nil {
		return shape{}, false
	}
	s = shape{exprKinds: map[string]int{}}
	elifs := map[gast.Ast]bool{}
	gast.Walk(mod, func(n gast.Ast) bool {
		if i, ok := n.(*gast.If); ok && len(i.Orelse) == 1 {
			if inner, ok := i.Orelse[0].(*gast.If); ok {
				elifs[inner] = true
			}
		}
		return true
	})
	gast.Walk(mod, func(n gast.Ast) bool {
		kind := reflect.TypeOf(n).Elem().Name()
		if _, ok := n.(*gast.ExtSlice); ok {
			s.exprKinds["Tuple"]++
		}
		if w, ok := n.(*gast.With); ok {
			// "with (a, b):" is one tuple in 3.4 and two items in 3.9+.
			for _, item := range w.Items {
				if _, ok := item.ContextExpr.(*gast.Tuple); ok && item.OptionalVars == nil {
					s.exprKinds["Tuple"]--
				}
			}
		}
		switch n := n.(type) {
		case gast.Stmt:
			if elifs[n] {
				s.stmts = append(s.stmts, "If@elif")
				return true
			}
			s.stmts = append(s.stmts, fmt.Sprintf("%s@%d", kind, n.GetLineno()))
		case gast.Expr:
			switch kind {
			case "Num", "Str", "Bytes", "NameConstant", "Ellipsis":
				kind = "Constant"
			case "Index":
				return true
			case "Starred":
				return true
			case "Name":
				s.nameLines = append(s.nameLines, n.GetLineno())
				// gpython keeps a dotted decorator as one Name "a.b".
				if name, ok := n.(*gast.Name); ok {
					if dots := strings.Count(string(name.Id), "."); dots > 0 {
						s.exprKinds["Attribute"] += dots
					}
				}
			}
			s.exprKinds[kind]++
		}
		return true
	})
	for k, v := range s.exprKinds {
		if v == 0 {
			delete(s.exprKinds, k)
		}
	}
	sort.Ints(s.nameLines)
	return s, true
}

func ourShape(m *syntax.Module) shape {
	s := shape{exprKinds: map[string]int{}}
	elifs := map[syntax.Node]bool{}
	var walk func(v any)
	walk = func(v any) {
		if isNone(v) {
			return
		}
		if n, ok := v.(syntax.Node); ok {
			kind := className(n)
			if i, ok := n.(*syntax.If); ok && len(i.Orelse) == 1 {
				if inner, ok := i.Orelse[0].(*syntax.If); ok {
					elifs[inner] = true
				}
			}
			switch n := n.(type) {
			case syntax.Stmt:
				if elifs[n] {
					s.stmts = append(s.stmts, "If@elif")
					break
				}
				line := n.Span().Start.Line
				switch n.(type) {
				case *syntax.ExprStmt:
					kind = "ExprStmt"
				}
				s.stmts = append(s.stmts, fmt.Sprintf("%s@%d", kind, line))
			case syntax.Expr:
				if kind == "Name" {
					s.nameLines = append(s.nameLines, n.Span().Start.Line)
				}
				if kind != "Slice" && kind != "Starred" {
					s.exprKinds[kind]++
				}
			}
			for _, f := range fieldsOf(n, syntax.Latest) {
				walk(f.value)
			}
			return
		}
		rv := reflect.ValueOf(v)
		if rv.Kind() == reflect.Slice && rv.Type().Elem().Kind() != reflect.String {
			for i := 0; i < rv.Len(); i++ {
				walk(rv.Index(i).Interface())
			}
		}
	}
	walk(m)
	sort.Ints(s.nameLines)
	return s
}

func compareShapes(ours, theirs shape) string {
	if a, b := strings.Join(ours.stmts, " "), strings.Join(theirs.stmts, " "); a != b {
		i := 0
		for i < len(ours.stmts) && i < len(theirs.stmts) && ours.stmts[i] == theirs.stmts[i] {
			i++
		}
		return fmt.Sprintf("statement %d: ours %v, gpython %v", i, at(ours.stmts, i), at(theirs.stmts, i))
	}
	if !reflect.DeepEqual(ours.exprKinds, theirs.exprKinds) {
		return fmt.Sprintf("expression kinds: ours %v, gpython %v", ours.exprKinds, theirs.exprKinds)
	}
	if !reflect.DeepEqual(ours.nameLines, theirs.nameLines) {
		return "name lines differ"
	}
	return ""
}

func at(s []string, i int) string {
	if i < len(s) {
		return s[i]
	}
	return "<end>"
}
