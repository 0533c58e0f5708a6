package astdump

import (
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"math/rand"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
)

func name(id string) *syntax.Name               { return &syntax.Name{Id: id, Ctx: syntax.Load} }
func store(id string) *syntax.Name              { return &syntax.Name{Id: id, Ctx: syntax.Store} }
func num(v int64) *syntax.Constant              { return &syntax.Constant{Value: big.NewInt(v)} }
func module(body ...syntax.Stmt) *syntax.Module { return &syntax.Module{Body: body} }
func strp(s string) *string                     { return &s }

// dumpCases are hand-built trees with the Python source they stand for
// and the dump CPython prints for that source: 3.11, or the version since
// which the source parses. TestDumpHandBuilt checks the printer alone;
// TestDumpCasesMatchCPython checks the printer in each version's format
// and the expected strings against CPython and our parser.
var dumpCases = []struct {
	src   string
	tree  *syntax.Module
	want  string
	since syntax.Version
}{
	{"", module(), "Module(body=[], type_ignores=[])", 0},
	{"pass\n", module(&syntax.Pass{}), "Module(body=[Pass()], type_ignores=[])", 0},
	{"x = 1\n", module(&syntax.Assign{Targets: []syntax.Expr{store("x")}, Value: num(1)}),
		"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])", 0},
	{"a + b * 2\n", module(&syntax.ExprStmt{Value: &syntax.BinOp{Left: name("a"), Op: syntax.Add,
		Right: &syntax.BinOp{Left: name("b"), Op: syntax.Mult, Right: num(2)}}}),
		"Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=BinOp(left=Name(id='b', ctx=Load()), op=Mult(), right=Constant(value=2))))], type_ignores=[])", 0},
	{"a % b\n", module(&syntax.ExprStmt{Value: &syntax.BinOp{Left: name("a"), Op: syntax.Mod, Right: name("b")}}),
		"Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=Mod(), right=Name(id='b', ctx=Load())))], type_ignores=[])", 0},
	{"return\n", module(&syntax.Return{}), "Module(body=[Return()], type_ignores=[])", 0},
	{"def f(a, *, k=None, **kw): pass\n", module(&syntax.FunctionDef{
		Name: "f",
		Args: &syntax.Arguments{Args: []*syntax.Arg{{Arg: "a"}}, Kwonlyargs: []*syntax.Arg{{Arg: "k"}},
			KwDefaults: []syntax.Expr{&syntax.Constant{Value: syntax.NoneValue{}}}, Kwarg: &syntax.Arg{Arg: "kw"}},
		Body: []syntax.Stmt{&syntax.Pass{}}}),
		"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a')], kwonlyargs=[arg(arg='k')], kw_defaults=[Constant(value=None)], kwarg=arg(arg='kw'), defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])", 0},
	{"def g(*, k): pass\n", module(&syntax.FunctionDef{
		Name: "g",
		Args: &syntax.Arguments{Kwonlyargs: []*syntax.Arg{{Arg: "k"}}, KwDefaults: []syntax.Expr{nil}},
		Body: []syntax.Stmt{&syntax.Pass{}}}),
		"Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='k')], kw_defaults=[None], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])", 0},
	{"f(x, y=2, **z)\n", module(&syntax.ExprStmt{Value: &syntax.Call{Func: name("f"), Args: []syntax.Expr{name("x")},
		Keywords: []*syntax.Keyword{{Arg: strp("y"), Value: num(2)}, {Value: name("z")}}}}),
		"Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[keyword(arg='y', value=Constant(value=2)), keyword(value=Name(id='z', ctx=Load()))]))], type_ignores=[])", 0},
	{"u'x'\n", module(&syntax.ExprStmt{Value: &syntax.Constant{Value: "x", Kind: "u"}}),
		"Module(body=[Expr(value=Constant(value='x', kind='u'))], type_ignores=[])", 0},
	{"...; b'\\x00\"'; 1e16; 2j; 10**30\n", module(
		&syntax.ExprStmt{Value: &syntax.Constant{Value: syntax.EllipsisValue{}}},
		&syntax.ExprStmt{Value: &syntax.Constant{Value: syntax.Bytes("\x00\"")}},
		&syntax.ExprStmt{Value: &syntax.Constant{Value: 1e16}},
		&syntax.ExprStmt{Value: &syntax.Constant{Value: syntax.Imaginary(2)}},
		&syntax.ExprStmt{Value: &syntax.BinOp{Left: num(10), Op: syntax.Pow, Right: num(30)}}),
		"Module(body=[Expr(value=Constant(value=Ellipsis)), Expr(value=Constant(value=b'\\x00\"')), Expr(value=Constant(value=1e+16)), Expr(value=Constant(value=2j)), Expr(value=BinOp(left=Constant(value=10), op=Pow(), right=Constant(value=30)))], type_ignores=[])", 0},
	{"not a < b is not c\n", module(&syntax.ExprStmt{Value: &syntax.UnaryOp{Op: syntax.Not, Operand: &syntax.Compare{
		Left: name("a"), Ops: []syntax.CmpOp{syntax.Lt, syntax.IsNot}, Comparators: []syntax.Expr{name("b"), name("c")}}}}),
		"Module(body=[Expr(value=UnaryOp(op=Not(), operand=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), IsNot()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())])))], type_ignores=[])", 0},
	{"del x[0]\n", module(&syntax.Delete{Targets: []syntax.Expr{&syntax.Subscript{Value: name("x"), Slice: num(0), Ctx: syntax.Del}}}),
		"Module(body=[Delete(targets=[Subscript(value=Name(id='x', ctx=Load()), slice=Constant(value=0), ctx=Del())])], type_ignores=[])", 0},
	{"import a.b as c\n", module(&syntax.Import{Names: []*syntax.Alias{{Name: "a.b", Asname: strp("c")}}}),
		"Module(body=[Import(names=[alias(name='a.b', asname='c')])], type_ignores=[])", 0},
	{"from . import x\n", module(&syntax.ImportFrom{Names: []*syntax.Alias{{Name: "x"}}, Level: 1}),
		"Module(body=[ImportFrom(names=[alias(name='x')], level=1)], type_ignores=[])", 0},
	{"def f[T: int, *Ts, **P](x: T): pass\n", module(&syntax.FunctionDef{Name: "f",
		Args:       &syntax.Arguments{Args: []*syntax.Arg{{Arg: "x", Annotation: name("T")}}},
		Body:       []syntax.Stmt{&syntax.Pass{}},
		TypeParams: []syntax.TypeParam{&syntax.TypeVar{Name: "T", Bound: name("int")}, &syntax.TypeVarTuple{Name: "Ts"}, &syntax.ParamSpec{Name: "P"}}}),
		"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='x', annotation=Name(id='T', ctx=Load()))], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[], type_params=[TypeVar(name='T', bound=Name(id='int', ctx=Load())), TypeVarTuple(name='Ts'), ParamSpec(name='P')])], type_ignores=[])",
		syntax.Python312},
	{"class C[T]: pass\ntype A = int\n", module(
		&syntax.ClassDef{Name: "C", Body: []syntax.Stmt{&syntax.Pass{}}, TypeParams: []syntax.TypeParam{&syntax.TypeVar{Name: "T"}}},
		&syntax.TypeAlias{Name: store("A"), Value: name("int")}),
		"Module(body=[ClassDef(name='C', bases=[], keywords=[], body=[Pass()], decorator_list=[], type_params=[TypeVar(name='T')]), TypeAlias(name=Name(id='A', ctx=Store()), type_params=[], value=Name(id='int', ctx=Load()))], type_ignores=[])",
		syntax.Python312},
	{"type A[T = int, *Ts = *tuple, **P = [int]] = T\n", module(&syntax.TypeAlias{Name: store("A"), Value: name("T"), TypeParams: []syntax.TypeParam{
		&syntax.TypeVar{Name: "T", DefaultValue: name("int")},
		&syntax.TypeVarTuple{Name: "Ts", DefaultValue: &syntax.Starred{Value: name("tuple")}},
		&syntax.ParamSpec{Name: "P", DefaultValue: &syntax.List{Elts: []syntax.Expr{name("int")}}}}}),
		"Module(body=[TypeAlias(name=Name(id='A', ctx=Store()), type_params=[TypeVar(name='T', default_value=Name(id='int', ctx=Load())), TypeVarTuple(name='Ts', default_value=Starred(value=Name(id='tuple', ctx=Load()), ctx=Load())), ParamSpec(name='P', default_value=List(elts=[Name(id='int', ctx=Load())], ctx=Load()))], value=Name(id='T', ctx=Load()))])",
		syntax.Python313},
}

func TestDumpHandBuilt(t *testing.T) {
	for _, c := range dumpCases {
		if got := Dump(c.tree, max(c.since, syntax.Python311)); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.src, got, c.want)
		}
	}
}

// TestDumpCasesMatchCPython keeps dumpCases honest: each version's
// CPython must print, for each source it parses, the dump of the
// hand-built tree in its format, and so must our parser reading as that
// version; the expected string is the first version's.
func TestDumpCasesMatchCPython(t *testing.T) {
	for v, py := range oracles(t) {
		var srcs []string
		for _, c := range dumpCases {
			if c.since <= v {
				srcs = append(srcs, c.src)
			}
		}
		var dumps []string
		runPython(t, py, `
import ast, json, sys
print(json.dumps([ast.dump(ast.parse(s)) for s in json.load(sys.stdin)]))
`, srcs, &dumps)
		i := 0
		for _, c := range dumpCases {
			if c.since > v {
				continue
			}
			cpython := dumps[i]
			i++
			if v == max(c.since, syntax.Python311) && cpython != c.want {
				t.Errorf("%s %q: CPython dumps\n %s\nthe case expects\n %s", v, c.src, cpython, c.want)
			}
			if got := Dump(c.tree, v); got != cpython {
				t.Errorf("%s %q: the tree dumps\n %s\nCPython\n %s", v, c.src, got, cpython)
			}
			m, diags := syntax.ParseFor(source.NewFile("case.py", []byte(c.src)), v)
			if diags.HasErrors() || m == nil {
				t.Errorf("%s %q: %v", v, c.src, diags)
				continue
			}
			if got := Dump(m, v); got != cpython {
				t.Errorf("%s %q: parsed and dumped\n %s\nCPython\n %s", v, c.src, got, cpython)
			}
		}
	}
}

// runPython runs script under py with in as JSON on stdin and decodes its
// JSON output into out.
func runPython(t *testing.T, py, script string, in, out any) {
	t.Helper()
	data, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, "-c", script)
	cmd.Stdin = strings.NewReader(string(data))
	var stderr strings.Builder
	cmd.Stderr = &stderr
	res, err := cmd.Output()
	if err != nil {
		t.Fatalf("python: %v\n%s", err, stderr.String())
	}
	if err := json.Unmarshal(res, out); err != nil {
		t.Fatal(err)
	}
}

// TestPrintableMatchesCPython compares isPrintable with each version's
// str.isprintable on every code point.
func TestPrintableMatchesCPython(t *testing.T) {
	for v, py := range oracles(t) {
		t.Run(v.String(), func(t *testing.T) { checkPrintable(t, v, py) })
	}
}

func checkPrintable(t *testing.T, v syntax.Version, py string) {
	var ranges [][2]rune
	runPython(t, py, `
import json, sys
out, start = [], None
for c in range(0x110001):
    p = c < 0x110000 and not chr(c).isprintable()
    if p and start is None:
        start = c
    elif not p and start is not None:
        out.append([start, c - 1])
        start = None
print(json.dumps(out))
`, nil, &ranges)
	notPrintable := make([]bool, utf8.MaxRune+1)
	for _, r := range ranges {
		for c := r[0]; c <= r[1]; c++ {
			notPrintable[c] = true
		}
	}
	bad := 0
	for c := rune(0); c <= utf8.MaxRune; c++ {
		if isPrintable(c, v) == notPrintable[c] {
			if bad < 10 {
				t.Errorf("U+%04X: ours printable=%v, CPython %v", c, isPrintable(c, v), !notPrintable[c])
			}
			bad++
		}
	}
	if bad > 0 {
		t.Errorf("%d code points disagree", bad)
	}
}

// TestReprMatchesCPython compares ReprFloat, reprImag, reprStr and
// reprBytes with each version's repr on special values and many random
// ones.
func TestReprMatchesCPython(t *testing.T) {
	for v, py := range oracles(t) {
		t.Run(v.String(), func(t *testing.T) { checkRepr(t, v, py) })
	}
}

func checkRepr(t *testing.T, v syntax.Version, py string) {
	rng := rand.New(rand.NewSource(1))
	floats := []float64{0, 1, 0.1, 1e16, 1e15, 123456789012345678, 1e-4, 1e-5, 0.0001234, 1.5e300, 5e-324,
		math.MaxFloat64, math.Inf(1), math.NaN(), 2.5, 1e22, 9007199254740993}
	for i := 0; i < 3000; i++ {
		f := math.Float64frombits(rng.Uint64())
		if math.IsNaN(f) || f < 0 {
			f = math.Abs(rng.NormFloat64() * math.Pow(10, float64(rng.Intn(40)-20)))
		}
		floats = append(floats, f)
	}
	bits := make([]string, len(floats))
	for i, f := range floats {
		bits[i] = strconv.FormatUint(math.Float64bits(f), 10)
	}
	strs := []string{"", "'", "\"", "'\"", "\\", "\t\n\r\x00\x7f", "é€\u00a0\u2028\U0001F600\U000E0001\u200b", "\xed\xa0\x80"}
	for c := rune(0x80); c <= utf8.MaxRune; c += 61 {
		if c < 0xD800 || c > 0xDFFF {
			strs = append(strs, "a"+string(c))
		}
	}
	codepoints := make([][]rune, len(strs))
	for i, s := range strs {
		codepoints[i] = []rune{}
		for j := 0; j < len(s); {
			if r, ok := surrogate(s[j:]); ok {
				codepoints[i] = append(codepoints[i], r)
				j += 3
				continue
			}
			r, size := utf8.DecodeRuneInString(s[j:])
			codepoints[i] = append(codepoints[i], r)
			j += size
		}
	}
	var allBytes []byte
	for b := 0; b < 256; b++ {
		allBytes = append(allBytes, byte(b))
	}
	byteStrs := []string{string(allBytes), "'", "'\"", "\""}
	byteVals := make([][]int, len(byteStrs))
	for i, s := range byteStrs {
		for _, b := range []byte(s) {
			byteVals[i] = append(byteVals[i], int(b))
		}
	}
	var want struct{ Floats, Imags, Strs, Bytes []string }
	runPython(t, py, `
import json, struct, sys
d = json.load(sys.stdin)
fl = [struct.unpack("<d", struct.pack("<Q", int(b)))[0] for b in d["floats"]]
print(json.dumps({"Floats": [repr(f) for f in fl], "Imags": [repr(complex(0, f)) for f in fl],
  "Strs": [repr("".join(map(chr, s))) for s in d["strs"]], "Bytes": [repr(bytes(b)) for b in d["bytes"]]}))
`, map[string]any{"floats": bits, "strs": codepoints, "bytes": byteVals}, &want)
	check := func(kind string, in any, got, want string) {
		t.Helper()
		if got != want {
			t.Errorf("%s %v: ours %s, CPython %s", kind, in, got, want)
		}
	}
	for i, f := range floats {
		check("float", f, ReprFloat(f), want.Floats[i])
		check("imaginary", f, reprImag(f), want.Imags[i])
	}
	for i, s := range strs {
		check("str", fmt.Sprintf("%+q", s), reprStr(s, v), want.Strs[i])
	}
	for i, s := range byteStrs {
		check("bytes", fmt.Sprintf("%q", s), reprBytes(s), want.Bytes[i])
	}
}

// TestPositionsViaParse checks positions against each version on a
// snippet with non-ASCII text, where characters and UTF-8 bytes differ.
func TestPositionsViaParse(t *testing.T) {
	for v, py := range oracles(t) {
		t.Run(v.String(), func(t *testing.T) { checkPositions(t, v, py) })
	}
}

func checkPositions(t *testing.T, v syntax.Version, py string) {
	src := "é = ('ü', f'{é!r:>{ü}}')\ndef f(ß: int = 1, *a, **k) -> 'ö':\n    return ß.x[1:2], [y for y in ß if y]\n"
	if v >= syntax.Python312 {
		src += "class Ç[ñ: int, *Ts, **P](B):\n    type Ł[T] = list[Ł]\n"
	}
	if v >= syntax.Python313 {
		src += "def g[T = 'ß', *Ts = *'ü']() -> T: pass\n"
	}
	var want [][]any
	runPython(t, py, `
import ast, json, sys
sys.path.insert(0, "testdata")
from oracle import positions
out = []
positions(ast.parse(json.load(sys.stdin)), out)
print(json.dumps(out))
`, src, &want)
	m, diags := syntax.ParseFor(source.NewFile("p.py", []byte(src)), v)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	got := Positions(source.NewFile("p.py", []byte(src)), m)
	if len(got) != len(want) {
		t.Fatalf("%d positions, CPython has %d", len(got), len(want))
	}
	for i, p := range got {
		g := fmt.Sprintf("%s %d:%d-%d:%d", p.Type, p.Lineno, p.ColOffset, p.EndLineno, p.EndColOffset)
		w := fmt.Sprintf("%v %v:%v-%v:%v", want[i]...)
		if g != w {
			t.Errorf("node %d: ours %s, CPython %s", i, g, w)
		}
	}
}
