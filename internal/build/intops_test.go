package build

import (
	"fmt"
	"strings"
	"testing"
)

// intTypes are the integer types and bool, with values at and around
// their limits, as NumPy scalars (so Numba types them as they are).
var intTypes = []struct{ name, np string }{
	{"int8", "np.int8(-128), np.int8(-1), np.int8(0), np.int8(1), np.int8(127)"},
	{"int16", "np.int16(-32768), np.int16(-1), np.int16(0), np.int16(1), np.int16(32767)"},
	{"int32", "np.int32(-2 ** 31), np.int32(-1), np.int32(0), np.int32(1), np.int32(2 ** 31 - 1)"},
	{"int64", "np.int64(-2 ** 63), np.int64(-1), np.int64(0), np.int64(1), np.int64(2 ** 63 - 1)"},
	{"uint8", "np.uint8(0), np.uint8(1), np.uint8(127), np.uint8(128), np.uint8(255)"},
	{"uint16", "np.uint16(0), np.uint16(1), np.uint16(32767), np.uint16(32768), np.uint16(65535)"},
	{"uint32", "np.uint32(0), np.uint32(1), np.uint32(2 ** 31 - 1), np.uint32(2 ** 31), np.uint32(2 ** 32 - 1)"},
	{"uint64", "np.uint64(0), np.uint64(1), np.uint64(2 ** 63 - 1), np.uint64(2 ** 63), np.uint64(2 ** 64 - 1)"},
	{"bool", "False, True"},
}

// intOpsProgram generates, for every integer type and bool, a function of
// the unary operators, and for every pair of them one of the bitwise
// operators with + - * and one of the shifts (by counts every type can
// hold: 0, 1 and 7), with cases over the operands' extreme values; and
// their --sig values.
func intOpsProgram() ([]byte, map[string]string) {
	var b, cases strings.Builder
	b.WriteString("import numpy as np\n\nfrom numba import njit\n\n")
	sigs := map[string]string{}
	vals := func(i int) []string { return strings.Split(intTypes[i].np, ", ") }
	for i, x := range intTypes {
		name := "unary_" + x.name
		fmt.Fprintf(&b, "\n@njit\ndef %s(a):\n    return -a, +a, ~a, not a, abs(a)\n\n", name)
		sigs[name] = "(" + x.name + ",)"
		for _, v := range vals(i) {
			fmt.Fprintf(&cases, "    (%q, (%s,)),\n", name, v)
		}
		for j, y := range intTypes {
			name := "bits_" + x.name + "_" + y.name
			fmt.Fprintf(&b, "\n@njit\ndef %s(a, b):\n    return a & b, a | b, a ^ b, a + b, a - b, a * b\n\n", name)
			sigs[name] = "(" + x.name + ", " + y.name + ")"
			for k, v := range vals(i) {
				ys := vals(j)
				for _, w := range []string{ys[k%len(ys)], ys[(k+1)%len(ys)], ys[len(ys)-1-k%len(ys)]} {
					fmt.Fprintf(&cases, "    (%q, (%s, %s)),\n", name, v, w)
				}
			}
			name = "shift_" + x.name + "_" + y.name
			fmt.Fprintf(&b, "\n@njit\ndef %s(a, b):\n    return a << b, a >> b\n\n", name)
			sigs[name] = "(" + x.name + ", " + y.name + ")"
			counts := []string{"0", "1", "7"}
			if y.name == "bool" {
				counts = []string{"False", "True"}
			}
			for _, v := range vals(i) {
				for _, n := range counts {
					if y.name != "bool" {
						n = "np." + y.name + "(" + n + ")"
					}
					fmt.Fprintf(&cases, "    (%q, (%s, %s)),\n", name, v, n)
				}
			}
		}
	}
	b.WriteString("\nCASES = [\n" + cases.String() + "]\n")
	return []byte(b.String()), sigs
}

// TestIntegerOperators checks the unary operators (- + ~ not), the
// bitwise ones, shifts and + - * over every integer width, signedness
// and bool, and every pair of them, against Numba 0.56: the result
// types Numba gives them and its values, wrap-around included (issue
// 28.2: ~ of a uint32 was complemented in 64 bits).
func TestIntegerOperators(t *testing.T) {
	py := numbaPython(t)
	src, sigs := intOpsProgram()
	refused, accepted := refusedFuncs(t, src, sigs)
	t.Logf("%d functions, %d refused", len(sigs), len(refused))
	numbaOracle(t, py, "", src, oracleRun{sigs: accepted, refused: refused})
}
