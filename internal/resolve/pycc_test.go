package resolve

import (
	"fmt"
	"strings"
	"testing"
)

// TestPyCC reads numba.pycc files: every way of importing CC, the
// settings pycc's CC has, and each cc.export as a decorator signature
// exported under its name.
func TestPyCC(t *testing.T) {
	const exports = "\n@cc.export('multf', 'f8(f8, f8)')\n@cc.export('multi', exported_name='multi', sig='i8(i8, i8)')\ndef mult(a, b):\n    return a * b\n"
	for _, c := range []struct{ src, want string }{
		{"from numba.pycc import CC\ncc = CC('m')\n", "cc m dir= file= cpu="},
		{"from numba.pycc import CC as Compiler\ncc = Compiler(extension_name='m2')\n", "cc m2 dir= file= cpu="},
		{"from numba import pycc\ncc = pycc.CC('m')\n", "cc m dir= file= cpu="},
		{"import numba.pycc\ncc = numba.pycc.CC('m')\n", "cc m dir= file= cpu="},
		{"import numba.pycc as p\ncc = p.CC('m')\n", "cc m dir= file= cpu="},
		{"from numba.pycc import CC\ncc = CC('m')\ncc.output_dir = 'out'\ncc.output_file = 'm.so'\ncc.verbose = True\ncc.target_cpu = 'host'\n", "cc m dir=out file=m.so cpu=host"},
		{"import os\nfrom numba.pycc import CC\ncc = CC('m')\ncc.output_dir = os.path.dirname(__file__)\n", "cc m dir=. file= cpu="},
		{"import os.path\nfrom numba.pycc import CC\ncc = CC('m')\ncc.output_dir = os.path.join(os.path.dirname(os.path.realpath(__file__)), 'a', 'b')\n", "cc m dir=a/b file= cpu="},
		{"from os.path import join, dirname\nfrom numba.pycc import CC\ncc = CC('m')\ncc.output_dir = join(dirname(__file__), 'lib')\n", "cc m dir=lib file= cpu="},
		{"import os\nfrom numba.pycc import CC\ncc = CC('m')\ncc.output_dir = os.getcwd()\n", "cc m dir= file= cpu= unread=1"},
		{"import os\nfrom numba.pycc import CC\ncc = CC('m')\ncc.output_dir = os.path.join(__file__, 'x')\n", "cc m dir= file= cpu= unread=1"},
		{"from other import CC\ncc = CC('m')\n", "no CC"},
	} {
		mod, diags := resolveSrc(t, c.src+exports, Options{})
		got := "no CC"
		if cc := mod.PyCC; cc != nil {
			got = fmt.Sprintf("%s %s dir=%s file=%s cpu=%s", cc.Var, cc.Name, cc.OutputDir, cc.OutputFile, cc.TargetCPU)
			if len(cc.Unread) > 0 {
				got += fmt.Sprintf(" unread=%d", len(cc.Unread))
			}
			var xs []string
			for _, x := range cc.Exports {
				xs = append(xs, x.Name+"="+SigText(x.Func.Name, x.Sig))
			}
			if strings.Join(xs, " ") != "multf=mult: float64(float64, float64) multi=mult: int64(int64, int64)" {
				t.Errorf("%q: exports %v", c.src, xs)
			}
			fn := mod.Lookup("mult")
			if !fn.Compiled || !fn.NoPython || sigsOf(mod, "mult") != "mult: float64(float64, float64) decorator; mult: int64(int64, int64) decorator" {
				t.Errorf("%q: mult compiled %v nopython %v at %s", c.src, fn.Compiled, fn.NoPython, sigsOf(mod, "mult"))
			}
			if mod.Lookup("multf") != fn {
				t.Errorf("%q: the exported name does not find the function", c.src)
			}
		} else if mod.Lookup("mult").Compiled {
			t.Errorf("%q: mult is compiled without a CC", c.src)
		}
		if got != c.want || len(diags) > 0 {
			t.Errorf("%q: got %s %v, want %s", c.src, got, diags, c.want)
		}
	}
}

// TestPyCCErrors: what pycc refuses, at the decorator or the signature.
func TestPyCCErrors(t *testing.T) {
	const cc = "from numba.pycc import CC\ncc = CC('m')\n"
	for _, c := range []struct{ src, want string }{
		{"@cc.export('f', 'f8(f8)')\n@cc.export('f', 'i8(i8)')\ndef f(x):\n    return x\n", `10:2: duplicated export symbol f`},
		{"@cc.export('g', 'f8(f8)')\ndef f(x):\n    return x\n@cc.export('g', 'i8(i8)')\ndef h(x):\n    return x\n", `12:2: duplicated export symbol g`},
		{"@cc.export('f', 'f8(f8, f8)')\ndef f(x):\n    return x\n", `9:17: signature f8(f8, f8) has 2 argument types, but f takes 1`},
		{"@cc.export('f', 'f8(f9)')\ndef f(x):\n    return x\n", `9:21: invalid type signature "f8(f9)" at column 4: unknown type "f9"`},
		{"@cc.export('f')\ndef f(x):\n    return x\n", `9:2: cc.export('f', ...) needs a signature string`},
		{"@cc.export(name, 'f8(f8)')\ndef f(x):\n    return x\n", `9:2: cc.export takes the exported name and a signature string`},
		{"@cc.export('f', 'f8(i8)')\n@cc.export('g', 'i8(i8)')\ndef f(x):\n    return x\n", `10:17: f is exported as f and as g at the same argument types (int64) with different result types`},
		{"cc2 = CC(name)\n", `9:7: CC(...) takes the extension module's name as a string`},
		{"cc2 = CC('n')\n", `9:7: a second CC in this file: pynjit builds one extension module per file (the first is m, line 8)`},
	} {
		_, diags := resolveSrc(t, cc+c.src, Options{})
		var got []string
		for _, d := range diags {
			got = append(got, fmt.Sprintf("%d:%d: %s", d.Span.Start.Line, d.Span.Start.Col+1, d.Message))
		}
		if len(got) != 1 || !strings.HasPrefix(got[0], c.want) {
			t.Errorf("%q: got %q, want %q", c.src, got, c.want)
		}
	}
}
