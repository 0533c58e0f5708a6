package syntax_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/pynjit/pynjit/internal/astdump"
	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
)

// fuzzSeeds are small inputs that reach every corner of the grammar; the
// corpus seeds below add real files.
var fuzzSeeds = []string{
	"x = 1\n",
	"def f(a, /, b: int = 2, *args: *Ts, c, d=4, **kw) -> float:\n    return a @ b\n",
	"@njit('int64(int64)')\ndef f(n):\n    s = 0\n    for i in range(n):\n        s += i ** 2 // 3 % 7\n    return s\n",
	"if (n := 10) > 5:\n    pass\nelif x:\n    ...\nelse:\n    del a[1:2, ::3]\n",
	"match p:\n    case [1, *rest] | {'k': v, **kw} if v > 0:\n        pass\n    case Point(x=0, y=_) as q:\n        pass\n    case -1+2j | None:\n        pass\n",
	"f'{x!r:>{width}.{prec}} {y=} {{z}}' rb'\\x00' u'\\N{BULLET}'\n",
	"async def g():\n    async with a as b, c:\n        async for x in y:\n            await z\n    return [i async for i in q if i]\n",
	"try:\n    pass\nexcept* (A, B) as e:\n    raise X from e\nfinally:\n    pass\n",
	"lambda *a, k=1, **kw: (yield from g)\n",
	"x = [1,\n     2\n",
	"class C(B, metaclass=M):\n\tdef m(self): return {k: v for k, v in d.items()}\n",
	"s = '''abc\n\\\n'''\nt = 0x_ff + 1_000.5e-3j + 0o17 + 0b1\n",
	"with (open(a) as f, open(b) as g):\n    print(f, g, sep='')\n",
	"global a, b; nonlocal c\nassert x, 'msg'\nimport a.b.c as d\nfrom ...m import (x as y, z,)\n",
	"\ufeff# coding: utf-8\r\nx = 'é'\r\n",
	"if x:\n  y\n   z\n",
	"f(**{'a': 1}, *b, c=d)\nx[a:b, c] = *y, z\n",
	"type Vec[T: (int, float) = int, *Ts, **P] = list[T]\nclass C[T](B): pass\ndef f[T = int, *Ts = *tuple[int]](x: T) -> T: pass\n",
	"x = f\"{\"a\" + f'{b!r:>{w}}'}{x = }{y!s:{z}.{p}}{{}}\\N{BULLET}\"\ny = f'''{a # c\n+ 1=}\n{\"\\n\".join(l)}'''\n",
	"f'{lambda: 1}' f'{x:\n}' rf'{x:\\n}' f'{' f'{)}'\n",
}

// FuzzParse parses inputs as each version, and dumps what parses.
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	if files, _ := filepath.Glob("/usr/lib/python3.11/*.py"); len(files) > 0 {
		for _, path := range files[:min(len(files), 40)] {
			if b, err := os.ReadFile(path); err == nil && len(b) < 64<<10 {
				f.Add(b)
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		done := make(chan diag.List, 1)
		go func() {
			// one version per input (by its length), so that an input
			// costs one parse and the versions share the runs
			v := syntax.Versions[len(src)%len(syntax.Versions)]
			file := source.NewFile("fuzz.py", src)
			m, diags := syntax.ParseFor(file, v)
			if m != nil {
				_ = astdump.Dump(m, v)
				_ = astdump.Positions(file, m)
			}
			done <- diags
		}()
		select {
		case diags := <-done:
			for _, d := range diags {
				if d.Code == diag.CodeInternal {
					t.Fatalf("parser bug on %q: %s", src, d.Message)
				}
				if !d.Span.Start.IsValid() {
					t.Fatalf("diagnostic without a position on %q: %s", src, d.Message)
				}
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("parser hangs on %q", src)
		}
	})
}
