package runtime

import (
	"fmt"
	"math"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// numberCases are the lines of testdata/numbers.c's input: round() of
// floats at every place from 10**-330 to 10**330 and of ints, slices at
// the extremes of int64, and np.arange lengths near and past 2**63.
func numberCases() []string {
	rng := rand.New(rand.NewSource(2))
	var cases []string
	floats := []float64{0.5, 1.5, 2.5, -2.5, 2.675, 0.125, 1e22, 8.380835e25, 1.005295e27, 3.71158086510851e17,
		math.MaxFloat64, -math.MaxFloat64, 5e-324, 1e-300, 123456789012345678, 5e18, math.Inf(1), math.NaN(), math.Copysign(0, -1), -4}
	for i := 0; i < 3000; i++ {
		switch i % 4 {
		case 0:
			floats = append(floats, (rng.Float64()-0.5)*math.Pow(10, float64(rng.Intn(60)-20)))
		case 1:
			floats = append(floats, math.Float64frombits(rng.Uint64()&^(1<<63)))
		case 2: // ties at a power of ten
			p := rng.Intn(22) + 1
			floats = append(floats, (float64(rng.Intn(1000000))+0.5)*math.Pow(10, float64(p)))
		default:
			floats = append(floats, float64(rng.Int63()))
		}
	}
	places := []int{-330, -309, -308, -307, -300, -22, -20, -19, -3, -2, -1, 0, 1, 2, 3, 10, 17, 200, 300, 323, 324}
	for i, x := range floats {
		for k := 0; k < 3; k++ {
			n := places[(i*3+k)%len(places)]
			if k == 0 {
				n = -rng.Intn(25)
			}
			cases = append(cases, fmt.Sprintf("round %016x %d", math.Float64bits(x), n))
		}
	}
	for _, x := range []int64{0, 5, 15, 25, -25, 149, 150, 250, 1234567, -1234567, 5e18, -5e18, 4999999999999999999,
		math.MaxInt64, math.MinInt64, math.MinInt64 + 1, 9150000000000000000} {
		for n := 0; n >= -22; n-- {
			cases = append(cases, fmt.Sprintf("roundi %d %d", x, n))
		}
	}
	bounds := []int64{math.MinInt64, -11, -10, -9, -1, 0, 1, 9, 10, 11, math.MaxInt64}
	for _, length := range []int64{0, 1, 10, math.MaxInt64} {
		for _, step := range []int64{1, 2, 3, -1, -2, -3, math.MaxInt64, math.MinInt64, -math.MaxInt64, 0} {
			for flags := 0; flags < 4; flags++ {
				for _, start := range bounds {
					stop := bounds[rng.Intn(len(bounds))]
					cases = append(cases, fmt.Sprintf("slice %d %d %d %d %d", length, start, stop, step, flags))
				}
			}
		}
	}
	for _, a := range [][3]float64{{0, 10, 3}, {0.5, 10.25, 0.25}, {10, 0, -3}, {0, 1e300, 1}, {0, -1e300, 1}, {0, math.Inf(1), 1},
		{math.Inf(1), 0, -1}, {0, math.NaN(), 1}, {0, 1 << 63, 1}, {0, -(1 << 63), -1}, {0, 1e19, 1}, {0, -1e19, -1},
		{1, 0, 1}, {0, 1, 1e-320}} {
		cases = append(cases, fmt.Sprintf("arange %016x %016x %016x", math.Float64bits(a[0]), math.Float64bits(a[1]), math.Float64bits(a[2])))
	}
	return cases
}

// TestNumbersAgainstCPython runs round(), slices and np.arange's length
// through the runtime (testdata/numbers.c, with AddressSanitizer and
// UndefinedBehaviorSanitizer) and through each CPython with NumPy that
// pythons finds.
func TestNumbersAgainstCPython(t *testing.T) {
	dir := t.TempDir()
	exe := filepath.Join(dir, "numbers")
	buildC(t, append(unitFiles(t, dir, "core", "arith", "reduce"), "testdata/numbers.c", "-g", "-O1",
		"-fsanitize=address,undefined", "-fno-sanitize-recover=all", "-lm", "-o", exe)...)
	cases := numberCases()
	input := strings.Join(cases, "\n") + "\n"
	run := func(args ...string) []string {
		cmd := exec.Command(args[0], args[1:]...)
		cmd.Stdin = strings.NewReader(input)
		out, err := cmd.Output()
		if err != nil {
			if ee, ok := err.(*exec.ExitError); ok {
				t.Fatalf("%v: %v\n%s", args, err, ee.Stderr)
			}
			t.Fatal(err)
		}
		return strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	}
	got := run(exe)
	if len(got) != len(cases) {
		t.Fatalf("%d cases, %d results", len(cases), len(got))
	}
	for _, py := range pythons(t, "numpy") {
		want := run(py, "testdata/numbers_oracle.py")
		if len(want) != len(cases) {
			t.Fatalf("%d cases, %d results from %s", len(cases), len(want), py)
		}
		bad := 0
		for i, c := range cases {
			if got[i] != want[i] {
				if bad++; bad <= 20 {
					t.Errorf("%s: runtime %s, %s %s", c, got[i], py, want[i])
				}
			}
		}
		if bad > 0 {
			t.Errorf("%d of %d cases differ from %s", bad, len(cases), py)
		}
		t.Logf("%s: %d cases", py, len(cases))
	}
}

// TestAllocSizes: pynjit_nrt_alloc refuses a negative size with NumPy's
// ValueError and a size no memory holds (up to INT64_MAX, where 64 bytes
// of header once overflowed on 32-bit size_t) with MemoryError, and
// aligns data to 64 bytes.
func TestAllocSizes(t *testing.T) {
	dir := t.TempDir()
	exe := filepath.Join(dir, "numbers")
	buildC(t, append(unitFiles(t, dir, "core", "arith", "reduce"), "testdata/numbers.c", "-g", "-O1",
		"-fsanitize=undefined", "-fno-sanitize-recover=all", "-lm", "-o", exe)...)
	cmd := exec.Command(exe)
	cmd.Stdin = strings.NewReader("alloc -1\nalloc 0\nalloc 100\nalloc 1000000\nalloc 9223372036854775744\nalloc 9223372036854775807\nalloc 1000000000000000000\n")
	cmd.Env = os.Environ()
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	want := "!ValueError: negative dimensions are not allowed\nok\nok\nok\n!MemoryError: \n!MemoryError: \n!MemoryError: \n"
	if string(out) != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
}
