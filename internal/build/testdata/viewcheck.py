"""Checks returned views in the module (--emit py) and the extension
module (--emit pyext) pynjit built from viewprog.py, against NumPy
running the original functions (CPython with the numba stand-in).
usage: viewcheck.py SOURCE MODULE_DIR. Prints "ok" or fails.

For every case: the same values, dtype, shape and strides (negative ones
included), and the result shares memory with an argument exactly when
NumPy's does, so writes through it reach the argument. Then the base
stays alive: a view of an argument keeps the argument (and no other)
alive after the caller drops it, a view of an array compiled code made
keeps that memory alive after the array it was sliced from goes, and
both are freed once the last view goes. Run it with MALLOC_PERTURB_ set,
so that memory freed too early reads as garbage."""
import ctypes
import gc
import importlib.util
import os
import sys
import weakref

import numpy as np

spec = importlib.util.spec_from_file_location("original", sys.argv[1])
original = importlib.util.module_from_spec(spec)
spec.loader.exec_module(original)
moddir = sys.argv[2]
sys.path.insert(0, moddir)
import viewprog_pynjit  # noqa: E402
import viewprog_pyext  # noqa: E402

BIG = 1 << 17  # elements: beyond NumPy's cache of small blocks, so freeing reaches malloc

CASES = [
    ("every_other", lambda: (np.arange(10.0),)),
    ("every_other", lambda: (np.arange(20.0)[::3],)),
    ("every_other", lambda: (np.arange(20.0)[::-2],)),
    ("reversed_", lambda: (np.arange(7.0),)),
    ("reversed_", lambda: (np.arange(12.0)[::-3],)),
    ("same", lambda: (np.arange(4.0),)),
    ("empty_view", lambda: (np.arange(8.0),)),
    ("transposed", lambda: (np.arange(6.0).reshape(2, 3),)),
    ("transposed", lambda: (np.arange(24.0).reshape(4, 6)[::2, ::-3],)),
    ("column", lambda: (np.arange(12.0).reshape(3, 4), 2)),
    ("flipped_rows", lambda: (np.arange(20.0).reshape(4, 5),)),
    ("second_of_two", lambda: (np.arange(3.0), np.arange(5.0))),
    ("odd_places", lambda: (np.arange(9, dtype=np.int32),)),
    ("bools_reversed", lambda: (np.array([True, False, False, True, True]),)),
    ("complex_every_other", lambda: (np.arange(6.0) * (1 + 2j),)),
    ("bytes_reversed", lambda: (np.arange(5, dtype=np.uint8),)),
    ("corner", lambda: (4,)),
    ("corner", lambda: (1,)),
    ("countdown", lambda: (5,)),
    ("countdown", lambda: (0,)),
    ("thirds", lambda: (10,)),
    ("new_transposed", lambda: (3,)),
]


def nrt_live(mod):
    if mod is viewprog_pynjit:
        return mod.nrt_live()
    lib = ctypes.CDLL(mod.__file__)
    lib.pynjit_nrt_live.restype = ctypes.c_int64
    return lib.pynjit_nrt_live()


def check_case(mod, name, make):
    want_args, got_args = make(), make()
    want = getattr(original, name)(*want_args)
    got = getattr(mod, name)(*got_args)
    where = "%s.%s%r" % (mod.__name__, name, want_args)
    assert type(got) is np.ndarray, where
    assert got.dtype == want.dtype and got.shape == want.shape, (where, got.dtype, got.shape, want.shape)
    assert np.array_equal(got, want), (where, got, want)
    if want.size > 1:
        assert got.strides == want.strides, (where, got.strides, want.strides)
    for w, g in zip(want_args, got_args):
        if isinstance(w, np.ndarray):
            assert np.shares_memory(g, got) == np.shares_memory(w, want), (where, "shares memory")
    if got.size > 0 and any(isinstance(g, np.ndarray) and np.shares_memory(g, got) for g in got_args):
        flat = tuple(0 for _ in got.shape)
        got[flat] = want[flat] = 1  # a write through the view reaches the argument, as in NumPy
        for w, g in zip(want_args, got_args):
            if isinstance(w, np.ndarray):
                assert np.array_equal(w, g), (where, "after a write through the result", w, g)


def garbage():
    """Allocates and fills memory, to reuse what was freed."""
    junk = [np.full(BIG, -7.0) for _ in range(8)]
    del junk


def check_alive(mod):
    # a view of an argument keeps the argument alive, and only it
    a, other = np.arange(float(BIG)), np.arange(float(BIG))
    expect = a[::-3].copy()
    wa, wo = weakref.ref(a), weakref.ref(other)
    r = mod.second_of_two(other, a[::-3])
    del a, other
    gc.collect()
    garbage()
    assert wa() is not None and wo() is None, (mod.__name__, "argument kept", wa(), wo())
    assert np.array_equal(r, expect[1:]), mod.__name__
    del r
    gc.collect()
    assert wa() is None, (mod.__name__, "the argument outlives its last view")
    # a read-only buffer is copied; a view of it keeps the copy
    data = bytes(range(200))
    r = mod.bytes_reversed(data)
    del data
    gc.collect()
    garbage()
    assert bytes(r) == bytes(range(199, -1, -1)), mod.__name__
    del r
    # memory compiled code made lives as long as a view of it
    live = nrt_live(mod)
    n = 400
    r = mod.corner(n)
    v = r[2:, ::-7]
    expect = original.corner(n)[2:, ::-7]
    del r
    gc.collect()
    garbage()
    assert nrt_live(mod) == live + 1, mod.__name__
    assert np.array_equal(v, expect), mod.__name__
    del v
    gc.collect()
    assert nrt_live(mod) == live, (mod.__name__, "leaked")


assert os.environ.get("MALLOC_PERTURB_"), "run with MALLOC_PERTURB_ set"
for mod in (viewprog_pynjit, viewprog_pyext):
    for name, make in CASES:
        check_case(mod, name, make)
    check_alive(mod)
print("ok")
