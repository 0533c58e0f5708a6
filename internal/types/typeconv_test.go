package types

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// numbaTable prints Numba's type manager's conversions among the types
// of argv[1:]: {"from to": "promote"|"safe"|"unsafe"}.
const numbaTable = `
import json, sys
from numba.core import types
from numba.core.typeconv.rules import default_type_manager as tm
names = sys.argv[1:]
ty = {n: types.boolean if n == "bool" else getattr(types, n) for n in names}
out = {}
for a in names:
    for b in names:
        c = tm.check_compatible(ty[a], ty[b])
        if a != b and c is not None:
            out[a + " " + b] = c.name
print(json.dumps(out))
`

// TestConversionTableIsNumbas checks the table Convert rates number
// conversions by (in compiled code's calls and in the generated
// modules) against the type manager of each real Numba: 0.68's rules,
// and 0.56's, which lack int8 to float16.
func TestConversionTableIsNumbas(t *testing.T) {
	var numba056 []castRule
	for _, r := range castRules {
		if r != (castRule{"int8", "float16", ConvSafe, ConvUnsafe}) {
			numba056 = append(numba056, r)
		}
	}
	venv, _ := filepath.Abs("../../.venv/bin/python")
	for _, stack := range []struct {
		python string
		rules  []castRule
	}{{"/usr/bin/python3", numba056}, {venv, castRules}} {
		if _, err := os.Stat(stack.python); err != nil && stack.python == venv && os.Getenv("PYNJIT_REQUIRE_ORACLE") != "1" {
			t.Logf("%s is missing (scripts/setup.sh makes it): not compared", venv)
			continue
		}
		var names []string
		for _, t := range NumberTypes {
			names = append(names, t.String())
		}
		out, err := exec.Command(stack.python, append([]string{"-c", numbaTable}, names...)...).Output()
		if err != nil {
			t.Fatalf("%s: %v", stack.python, err)
		}
		var want map[string]string
		if err := json.Unmarshal(out, &want); err != nil {
			t.Fatal(err)
		}
		relNames := map[Conversion]string{ConvPromote: "promote", ConvSafe: "safe", ConvUnsafe: "unsafe"}
		got := map[string]string{}
		for pair, rel := range conversionTable(stack.rules) {
			got[pair[0]+" "+pair[1]] = relNames[rel]
		}
		for pair, rel := range want {
			if got[pair] != rel {
				t.Errorf("%s: %s is %q, Numba's %q", stack.python, pair, got[pair], rel)
			}
		}
		for pair, rel := range got {
			if _, ok := want[pair]; !ok {
				t.Errorf("%s: %s is %q, Numba has no conversion", stack.python, pair, rel)
			}
		}
		t.Logf("%s: %d conversions", stack.python, len(want))
	}
}

// TestConvert checks the conversions Convert adds to the table's, as
// Numba's can_convert has them.
func TestConvert(t *testing.T) {
	c1 := &Array{Dtype: Float64, NDim: 1, Layout: LayoutC}
	a1 := &Array{Dtype: Float64, NDim: 1, Layout: LayoutA}
	f1 := &Array{Dtype: Float64, NDim: 1, Layout: LayoutF}
	for _, tc := range []struct {
		from, to Type
		want     Conversion
	}{
		{Int64, Int64, ConvExact},
		{Int32, Int64, ConvPromote},
		{Bool, Float64, ConvSafe},
		{Float64, Int64, ConvUnsafe},
		{Complex128, Float64, ConvNone},
		{c1, a1, ConvSafe},
		{a1, c1, ConvNone},
		{c1, f1, ConvNone},
		{c1, &Array{Dtype: Float32, NDim: 1, Layout: LayoutA}, ConvNone},
		{&Tuple{Elems: []Type{Int32, Float64}}, &Tuple{Elems: []Type{Int64, Float64}}, ConvPromote},
		{&Tuple{Elems: []Type{Int32, Float64}}, &Tuple{Elems: []Type{Int64, Int64}}, ConvUnsafe},
		{&Tuple{Elems: []Type{Int32}}, &Tuple{Elems: []Type{Int64, Int64}}, ConvNone},
		{None, Int64, ConvNone},
	} {
		if got := Convert(tc.from, tc.to); got != tc.want {
			t.Errorf("Convert(%s, %s) = %d, want %d", tc.from, tc.to, got, tc.want)
		}
	}
}
