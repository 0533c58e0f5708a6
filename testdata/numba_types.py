"""The result types Numba infers for a program's functions, without compiling them.

usage: numba_types.py PROGRAM.py SIGS.json

SIGS.json maps function names to argument type tuples in Numba's
signature spelling ("(int8[::1], float32)"). Each function is typed for its
arguments by Numba's own front end: its untyped pipeline and its type
inference pass, the passes @njit runs before any code is generated, then
it stops. That is what Numba's dispatcher would compile, for a fraction of
the time: the result-type tables (internal/build/numba_types_test.go) type
thousands of functions, which Numba 0.68 takes many minutes to compile.

Prints one JSON object: {"numba": "0.68.1", "numpy": "2.5.5",
"types": {NAME: "Tuple(int64, float32)" or "TypingError"}}.
"""
import importlib.util
import json
import re
import sys
import warnings

import numba
import numpy as np
from numba.core import compiler, errors, sigutils
from numba.core.compiler_machinery import FunctionPass, register_pass
from numba.core.typed_passes import NopythonTypeInference


@register_pass(mutates_CFG=False, analysis_only=True)
class StopAfterTyping(FunctionPass):
    """Ends the pipeline with the inferred return type."""

    _name = "stop_after_typing"

    def __init__(self):
        FunctionPass.__init__(self)

    def run_pass(self, state):
        raise compiler._EarlyPipelineCompletion(state.return_type)


class TypingOnly(compiler.CompilerBase):
    """Numba's nopython pipeline up to and with type inference."""

    def define_pipelines(self):
        pm = compiler.DefaultPassBuilder.define_untyped_pipeline(self.state)
        pm.add_pass(NopythonTypeInference, "nopython frontend")
        pm.add_pass(StopAfterTyping, "stop after typing")
        pm.finalize()
        return [pm]


def return_type(dispatcher, argtys):
    """The return type Numba infers for dispatcher's function at argtys,
    with the flags, locals and contexts its dispatcher would compile with
    (the implementations of NumPy functions that typing compiles inherit
    the flags)."""
    fc = dispatcher._compiler
    flags = compiler.Flags()
    fc.targetdescr.options.parse_as_flags(flags, fc.targetoptions)
    fc.targetdescr.typing_context.refresh()
    pipeline = TypingOnly(fc.targetdescr.typing_context, fc.targetdescr.target_context, None, argtys, None, flags, fc.locals)
    try:
        ret = pipeline.compile_extra(fc.py_func)
    except errors.TypingError:
        return "TypingError"
    except Exception as e:  # noqa: BLE001 - Numba fails inside its typing: the dispatcher raises it too
        return "TypingError (Numba's internal %s: %s)" % (type(e).__name__, e)
    return str(numba.types.unliteral(ret))


def main():
    program, sigs_path = sys.argv[1:3]
    warnings.simplefilter("ignore")
    spec = importlib.util.spec_from_file_location("program", program)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    with open(sigs_path) as f:
        sigs = json.load(f)
    out = {}
    for name, sig in sorted(sigs.items()):
        # Numba 0.56 has no types.bool: boolean is its name in both
        argtys, _ = sigutils.normalize_signature(re.sub(r"\bbool\b", "boolean", sig))
        out[name] = return_type(getattr(mod, name), argtys)
    print(json.dumps({"numba": numba.__version__, "numpy": np.__version__, "types": out}))


main()
