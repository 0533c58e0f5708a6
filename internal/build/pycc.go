package build

import (
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/pynjit/pynjit/internal/codegen"
	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/infer"
	"github.com/pynjit/pynjit/internal/pymodule"
	"github.com/pynjit/pynjit/internal/resolve"
	"github.com/pynjit/pynjit/internal/types"
)

// pyccRequest fits a build of a numba.pycc file (resolve.PyCC) to what
// pycc built: without --emit, the output is the extension module named
// by CC(...), written as cc.output_dir and cc.output_file say (default:
// NAME.abi3.so beside the file, or in the request's output directory);
// --emit pyext without -o goes there too. cc.target_cpu is the CPU
// unless --cpu names one. It returns outs, changed so, and an E-usage
// error for a module name Python cannot import or an output place
// pynjit cannot know without running the file.
func (fe *frontEnd) pyccRequest(req *Request, outs []output) ([]output, diag.List, error) {
	cc := fe.mod.PyCC
	if cc == nil {
		return outs, nil, nil
	}
	var diags diag.List
	if req.CPU == "" && cc.TargetCPU != "" {
		req.CPU = cc.TargetCPU
		if req.CPU == "host" {
			req.CPU = "native"
		}
	}
	if len(req.Emit) == 0 {
		outs = []output{{kind: "pyext"}}
	}
	i := slices.IndexFunc(outs, func(o output) bool { return o.kind == "pyext" })
	if i < 0 {
		return outs, nil, nil
	}
	if why := pymodule.ModuleNameProblem(cc.Name, true); why != "" {
		diags.Errorf("E-usage", fe.file, cc.Span, "CC(%q): Python cannot import an extension module of this name (%s)", cc.Name, why)
		return nil, diags, nil
	}
	var path string
	switch {
	case req.Output != "" && len(outs) == 1:
		path = req.Output
		if !strings.HasSuffix(path, ".so") {
			path += ".abi3.so"
		}
	case req.Output != "":
		path = req.Output + ".abi3.so" // beside the other outputs of -o STEM
	case len(cc.Unread) > 0:
		diags.Errorf("E-usage", fe.file, cc.Unread[0], "pynjit cannot know where this puts the extension module without running the file: assign a string (or os.path.dirname(__file__)), or name the output with -o")
		return nil, diags, nil
	default:
		dir := req.OutputDir
		if dir == "" {
			dir = filepath.Dir(req.Name)
		}
		if cc.OutputDir != "" {
			dir = cc.OutputDir
			if !filepath.IsAbs(dir) {
				dir = filepath.Join(filepath.Dir(req.Name), dir)
			}
			// pycc (distutils' linker) makes the directory it writes to
			if err := os.MkdirAll(dir, 0o777); err != nil {
				return nil, nil, usagef("cc.output_dir: %v", err)
			}
		}
		file := cc.Name + ".abi3.so"
		if cc.OutputFile != "" {
			file = cc.OutputFile
		}
		path = filepath.Join(dir, file)
	}
	if err := checkOutput(path, req.Name); err != nil {
		return nil, nil, err
	}
	outs = slices.Clone(outs)
	outs[i].path = path
	return outs, nil, nil
}

// pyccExports are the exports of a pycc file: each cc.export's
// specialization under its exported name, in the order of the names (as
// pycc sorts them). Other compiled functions are compiled for their
// callers only.
func pyccExports(fe *frontEnd, results []*infer.Result) []codegen.Export {
	xs := slices.Clone(fe.mod.PyCC.Exports)
	slices.SortFunc(xs, func(a, b resolve.PyCCExport) int { return strings.Compare(a.Name, b.Name) })
	type key struct {
		fn   *resolve.Function
		args string
	}
	byKey := map[key]*infer.Result{}
	for _, r := range results {
		k := key{fe.prog.FuncOf(r), types.ArgsString(r.Args)}
		if byKey[k] == nil {
			byKey[k] = r
		}
	}
	var out []codegen.Export
	for _, x := range xs {
		if r := byKey[key{x.Func, types.ArgsString(x.Sig.Args)}]; r != nil {
			out = append(out, codegen.Export{Spec: r, Symbol: x.Name})
		}
	}
	return publicSymbols(out)
}
