package runtime

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"math"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// formatCase is one line of testdata/format.c's input.
type formatCase struct{ kind, value, spec string }

func (c formatCase) line() string {
	spec := c.spec
	switch {
	case c.kind == "c":
	case spec == "":
		spec = "-"
	default:
		spec = hex.EncodeToString([]byte(spec))
	}
	return c.kind + " " + c.value + " " + spec + "\n"
}

func floatBits(x float64) string { return fmt.Sprintf("%016x", math.Float64bits(x)) }

// formatValues are the ints and floats every spec is tried on.
var (
	formatInts = []string{"0", "1", "-1", "7", "-42", "65", "233", "255", "-255", "1234567", "-1234567", "1099511627776",
		"9223372036854775807", "-9223372036854775808", "1114111", "1114112", "55296", "128512"}
	formatUints   = []string{"0", "18446744073709551615", "9223372036854775808"}
	formatFloats  = []float64{0, math.Copysign(0, -1), 1, -1.5, 3.14159265358979, 1234.5678, 1e-7, 6.02e23, 1e16, 1e22, 123456789.125, 0.125, 2.5, 9.995, 0.0001, 1.0 / 3, 1e300, -1e-300, 5e-324, math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(), math.Float64frombits(math.Float64bits(math.NaN()) | 1<<63), 0.1, 100, 1e15, 123456.0, 99.5, 0.5, 2.0 / 3 * 1e-5}
	formatWidths  = []string{"", "1", "8", "13", "25", "0", "04"}
	formatAligns  = []string{"", "<", ">", "^", "=", "*<", "*>", "*^", "*=", "é^", "0<", "0=", "∞="}
	formatSigns   = []string{"", "+", "-", " "}
	formatGroups  = []string{"", "", ",", "_"}
	formatPrecs   = []string{"", "", ".0", ".1", ".3", ".10", ".17", ".30", ".60"}
	formatTypes   = []string{"", "", "d", "b", "o", "x", "X", "c", "n", "e", "E", "f", "F", "g", "G", "%", "s", "q", "é"}
	formatLiteral = []string{".", "xx", ",_", "_,", "<<", "+-", ".2x", "ü", "=", ".", "#", "z", "0", "00", "010", ",.2", "0,", "%", "z#.2f", "#z.2f", "0=10,", "10,.0"}
)

// formatCases are every value under a random sample of specs (a fixed
// seed), the literal specs above, and widths and precisions up to 10,000,
// and the ones CPython refuses.
func formatCases() []formatCase {
	rng := rand.New(rand.NewSource(1))
	pick := func(xs []string) string { return xs[rng.Intn(len(xs))] }
	var specs []string
	for i := 0; i < 1500; i++ {
		zero, alt, z := "", "", ""
		if rng.Intn(4) == 0 {
			zero = "0"
		}
		if rng.Intn(4) == 0 {
			alt = "#"
		}
		if rng.Intn(8) == 0 {
			z = "z"
		}
		specs = append(specs, pick(formatAligns)+pick(formatSigns)+z+alt+zero+pick(formatWidths)+pick(formatGroups)+pick(formatPrecs)+pick(formatTypes))
	}
	specs = append(specs, formatLiteral...)
	var cases []formatCase
	for i, spec := range specs {
		// each spec on a few values of each kind
		for k := 0; k < 3; k++ {
			cases = append(cases, formatCase{"i", formatInts[(i+k*7)%len(formatInts)], spec})
			cases = append(cases, formatCase{"f", floatBits(formatFloats[(i+k*11)%len(formatFloats)]), spec})
		}
		cases = append(cases, formatCase{"u", formatUints[i%len(formatUints)], spec})
	}
	for _, n := range []string{"100", "500", "1000", "1074", "1075", "1100", "1101", "5000", "10000"} {
		for _, spec := range []string{"." + n + "f", "." + n + "e", "." + n + "g", "#." + n + "g", "." + n, "." + n + "%", n, "0" + n + ",", "^" + n + ".3f", "*<" + n, "é>" + n, n + "." + n + "E"} {
			for _, x := range []float64{1.5, -math.MaxFloat64, 5e-324, 1.0 / 3, math.Inf(-1), math.NaN(), 1e22} {
				cases = append(cases, formatCase{"f", floatBits(x), spec})
			}
			if !strings.Contains(spec, ".") {
				cases = append(cases, formatCase{"i", "-1234567", spec})
			}
		}
	}
	// CPython refuses: precision past INT_MAX, digits past PY_SSIZE_T_MAX,
	// and widths no memory holds
	for _, spec := range []string{".2147483648f", ".1000000000000f", ".9223372036854775807", ".9223372036854775808f",
		"99999999999999999999", "9223372036854775807", "1000000000000000", "01000000000000000.2f", "é<1000000000000000",
		"9223372036854775807.1f", ".99999999999999999999999999"} {
		cases = append(cases, formatCase{"f", floatBits(1.5), spec}, formatCase{"i", "7", spec})
	}
	for _, x := range formatFloats {
		cases = append(cases, formatCase{"r", floatBits(x), ""})
		for _, y := range []float64{0, math.Copysign(0, -1), 2, -2.5, math.NaN(), math.Inf(-1)} {
			cases = append(cases, formatCase{"c", floatBits(x), floatBits(y)})
		}
	}
	// repr where the nearest short decimal misses a power of two's
	// lopsided rounding interval
	for e := -1074; e <= 1023; e++ {
		cases = append(cases, formatCase{"r", floatBits(math.Ldexp(1, e)), ""})
	}
	return cases
}

// TestFormatAgainstCPython formats about 14,000 (value, spec) pairs and
// reprs through the print unit (testdata/format.c, built with
// AddressSanitizer) and through format() and repr() of each CPython
// pythons finds (3.11 to 3.13 agree): the texts, or the exceptions, must
// be the same.
func TestFormatAgainstCPython(t *testing.T) {
	dir := t.TempDir()
	exe := filepath.Join(dir, "format")
	buildC(t, append(unitFiles(t, dir, "core", "print"), "testdata/format.c", "-g", "-O1", "-fsanitize=address,undefined",
		"-fno-sanitize-recover=all", "-lm", "-o", exe)...)
	cases := formatCases()
	var in strings.Builder
	for _, c := range cases {
		in.WriteString(c.line())
	}
	run := func(args ...string) []string {
		cmd := exec.Command(args[0], args[1:]...)
		// huge widths must fail as MemoryError, not abort
		cmd.Env = append(os.Environ(), "ASAN_OPTIONS=allocator_may_return_null=1")
		cmd.Stdin = strings.NewReader(in.String())
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("%v: %v\n%s", args, err, stderr.String())
		}
		return strings.Split(strings.TrimSuffix(string(out), "\x00\n"), "\x00\n")
	}
	got := run(exe)
	if len(got) != len(cases) {
		t.Fatalf("%d cases, %d results", len(cases), len(got))
	}
	for _, py := range pythons(t) {
		want := run(py, "testdata/format_oracle.py")
		if len(want) != len(cases) {
			t.Fatalf("%d cases, %d results from %s", len(cases), len(want), py)
		}
		bad, raised := 0, 0
		for i, c := range cases {
			if strings.HasPrefix(want[i], "!") {
				raised++
			}
			if got[i] != want[i] {
				if bad++; bad <= 25 {
					g, w := got[i], want[i]
					if len(g) > 200 || len(w) > 200 {
						g, w = fmt.Sprintf("%d bytes %.80q...", len(g), g), fmt.Sprintf("%d bytes %.80q...", len(w), w)
					}
					t.Errorf("%s %s %q:\n  pynjit  %q\n  %s %q", c.kind, c.value, c.spec, g, py, w)
				}
			}
		}
		if bad > 0 {
			t.Errorf("%d of %d cases differ from %s", bad, len(cases), py)
		}
		t.Logf("%s: %d cases, %d of them exceptions", py, len(cases), raised)
	}
}
