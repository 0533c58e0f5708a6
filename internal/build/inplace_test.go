package build

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// augOps are Python's augmented assignment operators.
var augOps = []struct{ sym, name string }{
	{"+", "add"}, {"-", "sub"}, {"*", "mul"}, {"/", "div"}, {"//", "floordiv"}, {"%", "mod"},
	{"**", "pow"}, {"&", "and"}, {"|", "or"}, {"^", "xor"}, {"<<", "lshift"}, {">>", "rshift"},
	{"@", "matmul"},
}

// augDtypes are the element types the generated targets have, with the
// values of a target and of an operand (six of each; operands stay small
// and non-negative so shifts and powers are defined everywhere, and one
// is 0, so division by zero is there too).
var augDtypes = []struct{ name, x, y string }{
	{"int64", "[5, -3, 7, 0, -2, 9]", "[2, 3, 1, 0, 3, 2]"},
	{"int32", "[5, -3, 7, 0, -2, 9]", "[2, 3, 1, 0, 3, 2]"},
	{"uint8", "[5, 250, 7, 0, 2, 9]", "[2, 3, 1, 0, 3, 2]"},
	{"uint64", "[5, 2 ** 64 - 3, 7, 0, 2, 9]", "[2, 3, 1, 0, 3, 2]"},
	{"float64", "[5.5, -3.25, 7.0, 0.0, -2.5, 9.75]", "[2.0, 1.5, 0.5, 0.0, 3.0, 2.0]"},
	{"float32", "[5.5, -3.25, 7.0, 0.0, -2.5, 9.75]", "[2.0, 1.5, 0.5, 0.0, 3.0, 2.0]"},
	{"bool", "[True, False, True, False, True, True]", "[True, True, False, False, True, False]"},
}

// augForm is one shape of augmented assignment: its body (x is the
// target, OP the operator), its parameter types (T is the target's
// dtype, U another) and the arguments of its case.
type augForm struct {
	name, body, sig, args string
	// scalar forms take part with a scalar: Numba is their oracle
	scalar bool
}

// augForms are the targets: whole arrays of one and two dimensions,
// broadcasting, strided and column views, rows, overlapping views, and
// with scalar operands arrays, views, elements and scalar locals.
var augForms = []augForm{
	{name: "arr", body: "x OP= y", sig: "(T[::1], T[::1])", args: "X, Y"},
	{name: "arr_u", body: "x OP= y", sig: "(T[::1], U[::1])", args: "X, YU"},
	{name: "bcast", body: "x OP= y", sig: "(T[:, ::1], T[::1])", args: "X.reshape(2, 3), Y[:3]"},
	{name: "strided", body: "x[::2] OP= y", sig: "(T[::1], T[::1])", args: "X, Y[:3]"},
	{name: "column", body: "x[:, 1] OP= y", sig: "(T[:, ::1], T[::1])", args: "X.reshape(2, 3), Y[:2]"},
	{name: "row", body: "x[1] OP= y", sig: "(T[:, ::1], T[::1])", args: "X.reshape(2, 3), Y[:3]"},
	{name: "overlap", body: "x[1:] OP= x[:-1]", sig: "(T[::1],)", args: "X,"},
	{name: "arr2d", body: "x OP= y", sig: "(T[:, :], T[:, :])", args: "X.reshape(3, 2).T, Y.reshape(2, 3)"},
	{name: "int", body: "x OP= y", sig: "(T[::1], int64)", args: "X, 3", scalar: true},
	{name: "float", body: "x OP= y", sig: "(T[::1], float64)", args: "X, 1.5", scalar: true},
	{name: "view_int", body: "x[1::2] OP= y", sig: "(T[::1], int64)", args: "X, 2", scalar: true},
	{name: "elem", body: "x[2] OP= y", sig: "(T[::1], int64)", args: "X, 3", scalar: true},
	{name: "local", body: "v = x[0]\n    v OP= y\n    return v", sig: "(T[::1], int64)", args: "X, 2", scalar: true},
}

// augProgram generates one function per operator, dtype and form (with
// scalar operands or without), their --sig values and cases.
func augProgram(scalar bool) ([]byte, map[string]string) {
	var b strings.Builder
	b.WriteString("import numpy as np\n\nfrom numba import njit\n\n")
	sigs := map[string]string{}
	var cases []string
	for _, f := range augForms {
		if f.scalar != scalar {
			continue
		}
		for _, d := range augDtypes {
			others := []string{"int64", "float64"}
			if f.name != "arr_u" {
				others = []string{""}
			}
			for _, u := range others {
				if u == d.name {
					continue
				}
				for _, op := range augOps {
					name := fmt.Sprintf("%s_%s_%s%s", f.name, op.name, d.name, strings.TrimSuffix("_"+u, "_"))
					body := strings.ReplaceAll(f.body, "OP", op.sym)
					params := "x, y"
					if !strings.Contains(body, "y") {
						params = "x"
					}
					fmt.Fprintf(&b, "\n@njit\ndef %s(%s):\n    %s\n\n", name, params, body)
					sig := strings.NewReplacer("T[", dtypeSig(d.name)+"[", "U[", dtypeSig(u)+"[").Replace(f.sig)
					args := strings.NewReplacer("X", fmt.Sprintf("np.array(%s, dtype=np.%s)", d.x, npDtype(d.name)),
						"YU", fmt.Sprintf("np.array(%s, dtype=np.%s)", d.y, u),
						"Y", fmt.Sprintf("np.array(%s, dtype=np.%s)", d.y, npDtype(d.name))).Replace(f.args)
					sigs[name] = sig
					cases = append(cases, fmt.Sprintf("    (%q, lambda: (%s)),\n", name, args))
				}
			}
		}
	}
	sort.Strings(cases)
	b.WriteString("\nCASES = [\n" + strings.Join(cases, "") + "]\n")
	return []byte(b.String()), sigs
}

func dtypeSig(name string) string {
	if name == "bool" {
		return "boolean"
	}
	return name
}

func npDtype(name string) string {
	if name == "bool" {
		return "bool_"
	}
	return name
}

// TestAugmentedAssignment checks every augmented operator over arrays
// (one and two dimensions, broadcasting, non-contiguous and overlapping
// views), over arrays and views with scalar operands, over elements and
// over scalars, in every dtype, against its oracle: NumPy for arrays
// with arrays (in place, with NumPy's loops and 'same_kind' casts, and
// overlapping operands read as if copied), Numba 0.56 where a scalar
// takes part (its loops, and its scalar arithmetic). Every function
// pynjit refuses, the oracle must refuse too; every other one must give
// the oracle's values. Built with -O 0, as the other generated tables.
func TestAugmentedAssignment(t *testing.T) {
	py := numbaPython(t)
	for _, scalar := range []bool{false, true} {
		oracle := map[bool]string{false: "numpy-arrays", true: "numba-scalars"}[scalar]
		t.Run(oracle, func(t *testing.T) {
			src, sigs := augProgram(scalar)
			refused, accepted := refusedFuncs(t, src, sigs)
			t.Logf("%d functions, %d refused", len(sigs), len(refused))
			numbaOracle(t, py, "", src, oracleRun{sigs: accepted, refused: refused, numpy: !scalar, unoptimized: true})
		})
	}
}
