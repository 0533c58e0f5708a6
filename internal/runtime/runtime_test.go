package runtime

import (
	"bytes"
	"context"
	"debug/elf"
	"slices"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/toolchain"
)

// Each unit, compiled on its own, defines exactly the functions Units
// says it does (so Needed links the unit that has a function), and
// calls no pynjit_ function outside itself but core's (so linking the
// units Needed returns leaves nothing undefined).
func TestUnitsDefineWhatTheyExport(t *testing.T) {
	tc, err := toolchain.Discover(toolchain.EnvFromOS())
	if err != nil {
		t.Fatalf("no toolchain (scripts/setup.sh installs clang-14): %v", err)
	}
	units := Units()
	if units[0].Name != "core" {
		t.Fatalf("the first unit is %s, not core", units[0].Name)
	}
	seen := map[string]string{}
	for _, u := range units {
		obj, err := tc.CompileC(context.Background(), u.Source, toolchain.Options{})
		if err != nil {
			t.Fatalf("%s: %v", u.Name, err)
		}
		f, err := elf.NewFile(bytes.NewReader(obj))
		if err != nil {
			t.Fatal(err)
		}
		syms, err := f.Symbols()
		if err != nil {
			t.Fatal(err)
		}
		var defined []string
		for _, s := range syms {
			if !strings.HasPrefix(s.Name, "pynjit_") {
				continue
			}
			if s.Section == elf.SHN_UNDEF {
				if !slices.Contains(units[0].Defines, s.Name) {
					t.Errorf("%s calls %s, which is not in core", u.Name, s.Name)
				}
				continue
			}
			if bind := elf.ST_BIND(s.Info); (bind == elf.STB_GLOBAL || bind == elf.STB_WEAK) && elf.ST_TYPE(s.Info) == elf.STT_FUNC {
				defined = append(defined, s.Name)
			}
		}
		slices.Sort(defined)
		want := slices.Sorted(slices.Values(u.Defines))
		if !slices.Equal(defined, want) {
			t.Errorf("%s defines %v; Units says %v", u.Name, defined, want)
		}
		for _, name := range defined {
			if other, ok := seen[name]; ok {
				t.Errorf("%s is defined in %s and %s", name, other, u.Name)
			}
			seen[name] = u.Name
		}
	}
}

func TestNeeded(t *testing.T) {
	names := func(ir ...string) ([]string, error) {
		var texts [][]byte
		for _, s := range ir {
			texts = append(texts, []byte(s))
		}
		units, err := Needed(texts...)
		var out []string
		for _, u := range units {
			out = append(out, u.Name)
		}
		return out, err
	}
	for _, tc := range []struct {
		ir   []string
		want []string
	}{
		{[]string{"define i64 @add(i64 %a) {\n  ret i64 %a\n}\n"}, []string{"core"}},
		{[]string{"declare i32 @pynjit_math_exp(double %0, double* %1)\n"}, []string{"core", "math"}},
		// a large program's parts together; a unit once, in Units' order
		{[]string{"declare void @pynjit_write_int(i64 %0)\ndeclare i32 @pynjit_sum_f(i8* %0)\n",
			"declare i32 @pynjit_float_pow(double %0, double %1, double* %2)\ndeclare void @pynjit_write_float(double %0)\n"},
			[]string{"core", "arith", "print", "reduce"}},
		// a call of a runtime function is not a declaration
		{[]string{"  %1 = call i32 @pynjit_math_exp(double %x, double* %p)\n"}, []string{"core"}},
	} {
		got, err := names(tc.ir...)
		if err != nil || !slices.Equal(got, tc.want) {
			t.Errorf("Needed(%q) = %v, %v; want %v", tc.ir, got, err, tc.want)
		}
	}
	if _, err := names("declare void @pynjit_no_such_helper()\n"); err == nil || !strings.Contains(err.Error(), "pynjit_no_such_helper") {
		t.Errorf("an unknown runtime function: err = %v", err)
	}
}
