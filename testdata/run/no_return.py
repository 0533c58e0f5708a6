"""Code that only a call which never returns leads to never runs: a loop
over the call's result, the code after an if whose branches all call it.
It is neither typed nor compiled, as the rest of a block after such a
call is not (the loop was a diagnostic without a position, "variable $0.4
has no run-time value")."""
from numba import njit


@njit
def fail(x):
    raise ValueError("bad value")


@njit("int64(int64)")
def loop_over(x):
    if x > 2:
        for i in fail(x):
            return i
    return x * 2


@njit("int64(int64)")
def both_branches(x):
    if x < 0:
        if x < -5:
            fail(x)
        else:
            fail(-x)
        return x * 3
    return x + 1


@njit("float64(int64, float64)")
def then_loop(x, y):
    if x == 7:
        n = fail(x)
        for i in range(3):
            y = y + n
    return y


CASES = [("loop_over", (1,)), ("loop_over", (3,)), ("both_branches", (4,)), ("both_branches", (-2,)), ("both_branches", (-9,)),
         ("then_loop", (1, 2.5)), ("then_loop", (7, 2.5))]
