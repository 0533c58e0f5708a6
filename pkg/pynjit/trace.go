package pynjit

import (
	"context"
	"os"
	"path/filepath"
	"strings"

	"github.com/pynjit/pynjit/internal/sigfile"
	"github.com/pynjit/pynjit/internal/toolchain"
	"github.com/pynjit/pynjit/internal/trace"
)

// TraceSummary says what Trace recorded.
type TraceSummary struct {
	// Status is the program's exit status (128+N when signal N ended it).
	Status int
	// Recorded counts the distinct signatures of the project's functions
	// the run called; Outside those of files outside the project (not
	// written).
	Recorded, Outside int
	// Total counts the signatures in the file after the run.
	Total int
}

// Trace runs argv (python3 prog.py ARGS, python3 -m pytest ...) under
// CPython with a stand-in for numba whose njit and jit run each function
// as plain Python and record its calls' argument types, and writes them
// to the signature file sigFile, which every command then reads (see
// Project). Only functions in files under sigFile's directory are
// written. The file keeps what it held unless fresh. The signature file
// is written even when the program fails: what ran was recorded.
func Trace(ctx context.Context, argv []string, sigFile string, fresh bool, stdio Stdio) (TraceSummary, error) {
	var sum TraceSummary
	status, recs, err := trace.Run(ctx, argv, os.Environ(), trace.Stdio{In: stdio.In, Out: stdio.Out, Err: stdio.Err})
	sum.Status = status
	if err != nil {
		return sum, err
	}
	root, err := filepath.Abs(filepath.Dir(sigFile))
	if err != nil {
		return sum, err
	}
	var entries []sigfile.Entry
	if !fresh {
		old, err := sigfile.Read(sigFile)
		if err != nil {
			return sum, err
		}
		if old != nil {
			entries = old.Entries
		}
	}
	seen := map[sigfile.Entry]bool{}
	for _, r := range recs {
		rel, err := filepath.Rel(root, r.File)
		if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			sum.Outside++
			continue
		}
		e := sigfile.Entry{File: filepath.ToSlash(rel), Sig: r.Sig}
		if !seen[e] {
			seen[e] = true
			sum.Recorded++
			entries = append(entries, e)
		}
	}
	distinct := map[[2]string]bool{}
	for _, e := range entries {
		distinct[[2]string{e.File, e.Sig}] = true
	}
	sum.Total = len(distinct)
	return sum, toolchain.WriteFileAtomic(sigFile, sigfile.Format(entries), 0o666)
}
