package facts

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/infer"
	pir "github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/resolve"
	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
	"github.com/pynjit/pynjit/internal/types"
)

// typed takes src through the front end and types function f for args.
func typed(t *testing.T, src, f string, args ...types.Type) *infer.Result {
	t.Helper()
	file := source.NewFile("t.py", []byte(src))
	m, diags := syntax.Parse(file)
	if diags.HasErrors() {
		t.Fatalf("parse: %v", diags)
	}
	mod, diags := resolve.Resolve(file, m, resolve.Options{})
	if diags.HasErrors() {
		t.Fatalf("resolve: %v", diags)
	}
	funcs := map[*resolve.Function]*pir.Func{}
	for _, fn := range mod.Funcs {
		irf, diags := pir.Build(mod, fn)
		if diags.HasErrors() {
			t.Fatalf("ir: %v", diags)
		}
		funcs[fn] = irf
	}
	r, diags := infer.NewProgram(mod, funcs).Specialize(mod.Lookup(f), args)
	if diags.HasErrors() || r == nil {
		t.Fatalf("infer: %v", diags)
	}
	return r
}

// describe lists, in program order, every operation package codegen asks
// about with the facts of its operands: "%:+-" is a % whose left operand
// is known non-negative and right one not, "[]:+" an index known >= 0.
func describe(r *infer.Result, f *Facts) string {
	sign := func(at pir.Inst, v *pir.Var) string {
		if f.NonNeg(at, v) || f.ItemsNonNeg(at, v) {
			return "+"
		}
		return "-"
	}
	var out []string
	for _, b := range r.Func.Blocks {
		for _, inst := range b.Insts {
			switch inst := inst.(type) {
			case *pir.SetItem:
				out = append(out, "[]=:"+sign(inst, inst.Index))
			case *pir.Assign:
				switch v := inst.Value.(type) {
				case *pir.BinOp:
					if v.Op == syntax.FloorDiv || v.Op == syntax.Mod {
						out = append(out, fmt.Sprintf("%s:%s%s", pir.OpName(v.Op), sign(inst, v.Lhs), sign(inst, v.Rhs)))
					}
				case *pir.GetItem:
					out = append(out, "[]:"+sign(inst, v.Index))
				}
			}
		}
	}
	return strings.Join(out, " ")
}

func TestNonNegative(t *testing.T) {
	i64 := types.Int64
	vec := &types.Array{Dtype: types.Float64, NDim: 1, Layout: types.LayoutC}
	mat := &types.Array{Dtype: types.Float64, NDim: 2, Layout: types.LayoutC}
	tests := []struct {
		name string
		src  string
		args []types.Type
		want string
	}{
		{"gcd over positive ranges: induction around the while loop", `
def f(n):
    t = 0
    for i in range(1, n):
        for j in range(1, n):
            a, b = i, j
            while b != 0:
                a, b = b, a % b
            t += a
    return t`, []types.Type{i64}, "%:++"},
		{"gcd over ranges that start below zero", `
def f(n):
    t = 0
    for i in range(-n, n):
        for j in range(-n, n):
            a, b = i, j
            while b != 0:
                a, b = b, a % b
            t += a
    return t`, []types.Type{i64}, "%:--"},
		{"a remainder by a positive constant is >= 0 whatever its dividend", `
def f(x):
    y = x % 7
    return y // 2`, []types.Type{i64}, "%:-+ //:++"},
		{"a remainder has its divisor's sign, which may be negative", `
def f(x, m):
    y = x % m
    return y // 2`, []types.Type{i64, i64}, "%:-- //:-+"},
		{"a sum can wrap around to a negative value", `
def f(n):
    t = 0
    for i in range(n):
        x = i + 1
        t += x // 2
    return t`, []types.Type{i64}, "//:-+"},
		{"one branch negative: nothing known after the join", `
def f(a, flag):
    t = 0.0
    for i in range(a.shape[0]):
        if flag:
            k = i % 5
        else:
            k = i - 7
        t += a[k]
    return t`, []types.Type{vec, types.Bool}, "%:++ []:-"},
		{"a negative step down to -1 stays >= 0", `
def f(a):
    t = 0.0
    for i in range(a.shape[0] - 1, -1, -1):
        t += a[i]
    return t`, []types.Type{vec}, "[]:+"},
		{"a negative step down to -2 reaches -1", `
def f(a):
    t = 0.0
    for i in range(a.shape[0] - 1, -2, -1):
        t += a[i]
    return t`, []types.Type{vec}, "[]:-"},
		{"a negative step to an unknown stop", `
def f(a, m):
    t = 0.0
    for i in range(a.shape[0] - 1, m, -1):
        t += a[i]
    return t`, []types.Type{vec, i64}, "[]:-"},
		{"a positive step from an unknown start", `
def f(a, s):
    t = 0.0
    for i in range(s, a.shape[0], 2):
        t += a[i]
    return t`, []types.Type{vec, i64}, "[]:-"},
		{"a quotient by an unknown divisor", `
def f(a, m):
    t = 0.0
    for i in range(a.shape[0]):
        t += a[i // m] + a[i // 3]
    return t`, []types.Type{vec, i64}, "//:+- []:- //:++ []:+"},
		{"a step that is not constant", `
def f(a, s):
    t = 0.0
    for i in range(0, a.shape[0], s):
        t += a[i]
    return t`, []types.Type{vec, i64}, "[]:-"},
		{"tuple indexes from the shape; one of them shifted", `
def f(a):
    n, m = a.shape
    t = 0.0
    for i in range(n):
        for j in range(m):
            t += a[i, j] + a[i - 1, j]
            a[i, j] = t
    return t`, []types.Type{mat}, "[]:+ []:- []=:+"},
		{"masks and shifts", `
def f(a, k):
    return a[k & 3] + a[k >> 1] + a[len(a) // 2]`, []types.Type{vec, i64}, "[]:+ []:- //:++ []:+"},
		{"min and max", `
def f(a, k):
    t = 0.0
    for i in range(a.shape[0]):
        for j in range(a.shape[0]):
            t += a[min(i, j)] + a[max(i, k)] + a[min(i, k)]
    return t`, []types.Type{vec, i64}, "[]:+ []:+ []:-"},
		{"a counter decremented in a loop", `
def f(a):
    t = 0.0
    for i in range(1, a.shape[0]):
        j = i - 1
        while j >= 0 and a[j] > 0.5:
            t += a[j]
            j -= 1
    return t`, []types.Type{vec}, "[]:- []:-"},
		{"reassigned after the loop", `
def f(a):
    i = 0
    for i in range(a.shape[0]):
        pass
    x = a[i]
    i = -1
    return x + a[i]`, []types.Type{vec}, "[]:+ []:-"},
		{"a loop variable read after the loop that never ran", `
def f(a, n):
    i = -1
    for i in range(n):
        pass
    return a[i]`, []types.Type{vec, i64}, "[]:-"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := typed(t, tt.src, "f", tt.args...)
			if got := describe(r, Analyze(r)); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestIntConstantsAreLiterals(t *testing.T) {
	r := typed(t, `
def f(x):
    return x // 3 + x % -2 + x // 0 + x // (2 ** 62 * 2 - 1) + x // -True`, "f", types.Int64)
	var got []int64
	for _, b := range r.Func.Blocks {
		for _, inst := range b.Insts {
			if a, ok := inst.(*pir.Assign); ok {
				if bo, ok := a.Value.(*pir.BinOp); ok && (bo.Op == syntax.FloorDiv || bo.Op == syntax.Mod) {
					k, _ := Analyze(r).Const(bo.Rhs)
					got = append(got, k)
				}
			}
		}
	}
	if fmt.Sprint(got) != "[3 -2 0 9223372036854775807 -1]" {
		t.Errorf("divisors %v, want [3 -2 0 9223372036854775807 -1]", got)
	}
}

func TestKeeps(t *testing.T) {
	u8 := types.Int{Bits: 8}
	u64 := types.Int{Bits: 64}
	i32 := types.Int{Bits: 32, Signed: true}
	for _, tt := range []struct {
		from, to types.Type
		want     bool
	}{
		{types.Int64, types.Int64, true},
		{u8, types.Int64, true},
		{i32, types.Int64, true},
		{u64, types.Int64, false}, // 2**63 and up turn negative
		{types.Int64, i32, false}, // truncation
		{types.Float64, types.Int64, false},
		{types.Bool, types.Int64, false},
	} {
		if got := Keeps(tt.from, tt.to); got != tt.want {
			t.Errorf("Keeps(%s, %s) = %v, want %v", tt.from, tt.to, got, tt.want)
		}
	}
}
