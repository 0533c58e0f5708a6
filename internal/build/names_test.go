package build

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/toolchain"
)

// llvmLocalName matches a local name in LLVM text (a value or a block
// label), quoted or not.
var llvmLocalName = regexp.MustCompile(`%("(?:[^"\\]|\\.)*"|[-a-zA-Z$._][-a-zA-Z$._0-9]*)|(?m)^([-a-zA-Z$._0-9]+):`)

// pythonKeywords may not name a variable.
var pythonKeywords = map[string]bool{"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true,
	"async": true, "await": true, "break": true, "class": true, "continue": true, "def": true, "del": true, "elif": true,
	"else": true, "except": true, "finally": true, "for": true, "from": true, "global": true, "if": true, "import": true,
	"in": true, "is": true, "lambda": true, "nonlocal": true, "not": true, "or": true, "pass": true, "raise": true,
	"return": true, "try": true, "while": true, "with": true, "yield": true}

// digits matches a run of digits.
var digits = regexp.MustCompile(`[0-9]+`)

// identifier matches an ASCII Python identifier.
var identifier = regexp.MustCompile(`^[A-Za-z_][A-Za-z_0-9]*$`)

// generatedNameLikes are Python identifiers spelled like the local names
// (values and blocks) code generation makes, collected from the LLVM IR of
// bench/kernels.py and testdata/run at -O 0: the parts of each name
// between dots, without their numbers and with the numbers 0 to 2
// (of a slot or a parameter, v.NAME or a.NAME, only the prefix: NAME is
// the user's), and temporaries' slots with their dots and dollars made
// underscores (their old spelling, v.t0_1 for v.$0.1); then the old names of parameters and
// symbols, and identifiers outside ASCII, which LLVM quotes (ｂ２ is b2
// once Python normalizes it), in a first group of their own.
func generatedNameLikes(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("../../testdata/run/*.py")
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, "../../bench/kernels.py")
	seen, spellings := map[string]bool{}, map[string]int{}
	add := func(s string) {
		if identifier.MatchString(s) && !pythonKeywords[s] {
			seen[s] = true
		}
	}
	dir := t.TempDir()
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(dir, "m.ll")
		if _, diags, err := Compile(context.Background(), Request{Name: f, Source: src, Output: out, Emit: []string{"ll"}, Env: toolchain.EnvFromOS()}); err != nil || diags.HasErrors() {
			t.Fatalf("%s: %v %v", f, err, diags)
		}
		ll, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range llvmLocalName.FindAllStringSubmatch(string(ll), -1) {
			name := m[1] + m[2]
			if strings.HasPrefix(name, `"`) {
				if name, err = strconv.Unquote(name); err != nil {
					continue
				}
			}
			if prefix, rest, ok := strings.Cut(name, "."); ok && (prefix == "v" || prefix == "a") {
				// a slot or a parameter: the user's name after the prefix
				// is not generated; a temporary's is, in a few spellings
				if key := digits.ReplaceAllString(name, "#"); strings.HasPrefix(rest, "$") && spellings[key] < 3 {
					spellings[key]++
					add(strings.NewReplacer(".", "_", "$", "t").Replace(name))
					add(strings.NewReplacer(".", "_", "$", "t").Replace(rest))
				}
				name = prefix
			}
			for _, part := range strings.Split(name, ".") {
				stem := strings.TrimRight(part, "0123456789")
				add(stem)
				for i := range 3 {
					add(stem + strconv.Itoa(i))
				}
			}
		}
	}
	// the bN blocks: every one a function of 40 branches has
	for i := range 100 {
		add("b" + strconv.Itoa(i))
	}
	for _, s := range []string{"x", "y", "n", "pynjit_out", "pynjit_entry", "argc", "argv", "llvm", "llvm_memcpy", "_str_0", "str"} {
		add(s)
	}
	var names []string
	for s := range seen {
		if !scaffolding[s] {
			names = append(names, s)
		}
	}
	slices.Sort(names)
	return append([]string{"ñ", "变量", "µ", "ｂ２", "ｅｎｔｒｙ"}, names...)
}

// nonASCII counts the names outside ASCII generatedNameLikes starts with.
const nonASCII = 5

// scaffolding are the names the test's functions use besides the ones
// under test.
var scaffolding = map[string]bool{"_s": true, "_n": true, "_i": true, "range": true}

// TestGeneratedNamesAreNotUsers builds functions whose parameters and
// locals are named like every local name code generation makes, eight in
// a function, each function with more than 100 blocks, and compares them
// with CPython (issue 27.2: a parameter named b1 met block b1, and clang
// refused the IR; a local t0_1 and the temporary $0.1 shared a slot).
// The oracle is CPython, not Numba: the functions are int64 and float64
// arithmetic far from overflow, where both agree, and Numba 0.56 cannot
// type one of them ("Type of variable '$binop_add1304.2' cannot be
// determined" in local48, whose names are t, t0, t0_5 ... terms0).
func TestGeneratedNamesAreNotUsers(t *testing.T) {
	py := numbaPython(t)
	names := generatedNameLikes(t)
	if len(names) < 100 {
		t.Fatalf("only %d names: %v", len(names), names)
	}
	var src, cases strings.Builder
	src.WriteString("from numba import njit\n")
	groups := [][]string{names[:nonASCII]}
	for rest := names[nonASCII:]; len(rest) > 0; rest = rest[min(8, len(rest)):] {
		groups = append(groups, rest[:min(8, len(rest))])
	}
	for k, group := range groups {
		// parameters: a function of the group's names
		fmt.Fprintf(&src, "\n\n@njit(\"int64(%s)\")\ndef param%d(%s):\n    _s = 0\n", strings.TrimSuffix(strings.Repeat("int64, ", len(group)), ", "), k, strings.Join(group, ", "))
		for i := range 50 {
			name := group[i%len(group)]
			fmt.Fprintf(&src, "    if %s > %d:\n        _s += %s - %d\n", name, i%7, name, i)
		}
		fmt.Fprintf(&src, "    return _s\n")
		// locals: a loop that reads and writes them
		fmt.Fprintf(&src, "\n\n@njit(\"float64(int64)\")\ndef local%d(_n):\n", k)
		for i, name := range group {
			fmt.Fprintf(&src, "    %s = %d.5\n", name, i)
		}
		src.WriteString("    for _i in range(_n):\n")
		for i, name := range group {
			fmt.Fprintf(&src, "        %s = %s + _i * %d\n", name, group[(i+1)%len(group)], i)
		}
		for i := range 50 {
			name := group[i%len(group)]
			fmt.Fprintf(&src, "    if _n > %d:\n        %s *= 0.5\n", i%9, name)
		}
		fmt.Fprintf(&src, "    return %s\n", strings.Join(group, " + "))
		args := strings.Repeat("3, ", len(group))
		fmt.Fprintf(&cases, "    (\"param%d\", (%s)), (\"param%d\", (%s)), (\"local%d\", (6,)), (\"local%d\", (0,)),\n",
			k, args, k, strings.Repeat("-1, ", len(group)), k, k)
	}
	src.WriteString("\n\nCASES = [\n" + cases.String() + "]\n")
	if got, want := numbaOracle(t, py, "", []byte(src.String()), oracleRun{numpy: true, unoptimized: true}), 4*len(groups); got != want {
		t.Fatalf("%d cases ran, want %d", got, want)
	}
}
