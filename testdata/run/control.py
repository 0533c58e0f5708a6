"""Control flow: loops with else, break and continue, ranges with every
step, chained comparisons, short-circuit logic, ternaries, swaps and
variables whose type unifies across branches."""
from numba import njit


@njit("int64(int64, int64, int64)")
def range_sum(start, stop, step):
    s = 0
    for i in range(start, stop, step):
        s += i
    return s


@njit("int64(int64)")
def first_multiple_of_7(n):
    for i in range(1, n):
        if i % 7 == 0:
            break
    else:
        return -1
    return i


@njit("int64(int64)")
def while_else(n):
    k = 0
    while k < n:
        k += 3
        if k == 9:
            break
    else:
        k = k * 100
    return k


@njit("int64(int64)")
def skip_odds(n):
    total = 0
    i = 0
    while i < n:
        i += 1
        if i % 2:
            continue
        total += i
    return total


@njit("bool(int64, int64, int64)")
def between(a, b, c):
    return a < b <= c


@njit("bool(float64, float64, float64)")
def fchain(a, b, c):
    return a < b < c != a


@njit("bool(int64, int64)")
def safe_divides(a, b):
    return b != 0 and a % b == 0


@njit("bool(int64, int64)")
def either_zero(a, b):
    return a == 0 or 10 // a > b


@njit("int64(int64)")
def sign(x):
    return 1 if x > 0 else (-1 if x < 0 else 0)


@njit("int64(int64, int64)")
def swap_sub(a, b):
    a, b = b, a
    return a - b


@njit("float64(int64)")
def unify(n):
    x = 0
    if n > 2:
        x = 1.5
    return x * n


@njit("int64(int64)")
def nested(n):
    count = 0
    for i in range(n):
        for j in range(i):
            if (i + j) % 3 == 0:
                count += 1
            elif i == j + 1:
                count -= 1
    return count


@njit("int64(int64)")
def countdown(n):
    steps = 0
    for i in range(n, 0, -2):
        steps += i
    return steps


@njit("bool(float64)")
def truthy(x):
    if x:
        return True
    return not x and False


@njit("int64(int64, int64)")
def assert_positive(a, b):
    assert a > 0, "a must be positive"
    return a + b


@njit("int64(int64)")
def raise_if_negative(a):
    if a < 0:
        raise ValueError("negative")
    return a


@njit("int64(int64)")
def last_of_loop(n):
    # assigned only in the loop: CPython raises UnboundLocalError when
    # the loop runs zero times, and so does the compiled code
    for i in range(n):
        v = i * 2
    return v + i


@njit("int64(int64)")
def maybe_assigned(x):
    if x > 0:
        y = x
    elif x < -5:
        y = -x
    return y


@njit("int64(int64)")
def range_at_the_top(k):
    # the iterator's counter passes the stop value at the end: near
    # INT64_MAX it wraps, which must not restart the loop
    n = 0
    for i in range(9223372036854775807 - k, 9223372036854775807):
        n += 1
    for i in range(-9223372036854775807 + k, -9223372036854775807 - 1, -1):
        n += 1
    return n


@njit("int64(int64, int64)")
def zip_ranges(a, b):
    n = 0
    for i, j in zip(range(a), range(b)):
        n += i * 10 + j
    return n


CASES = [
    ("range_at_the_top", (0,)), ("range_at_the_top", (1,)), ("range_at_the_top", (3,)),
    ("zip_ranges", (3, 10)), ("zip_ranges", (10, 2)), ("zip_ranges", (0, 5)),
    ("last_of_loop", (3,)), ("last_of_loop", (0,)), ("maybe_assigned", (4,)), ("maybe_assigned", (-9,)), ("maybe_assigned", (-1,)),
    ("range_sum", (0, 10, 1)), ("range_sum", (10, 0, -1)), ("range_sum", (10, 0, -3)), ("range_sum", (5, 5, 1)),
    ("range_sum", (-5, 5, 2)), ("range_sum", (0, 10, 0)),
    ("first_multiple_of_7", (20,)), ("first_multiple_of_7", (5,)),
    ("while_else", (20,)), ("while_else", (5,)),
    ("skip_odds", (10,)), ("skip_odds", (0,)),
    ("between", (1, 2, 2)), ("between", (1, 3, 2)), ("between", (3, 2, 5)),
    ("fchain", (1.0, 2.0, 3.0)), ("fchain", (1.0, float("nan"), 3.0)),
    ("safe_divides", (10, 0)), ("safe_divides", (10, 5)), ("safe_divides", (10, 3)),
    ("either_zero", (0, 100)), ("either_zero", (5, 1)), ("either_zero", (5, 3)),
    ("sign", (5,)), ("sign", (-5,)), ("sign", (0,)),
    ("swap_sub", (3, 10)),
    ("unify", (1,)), ("unify", (4,)),
    ("nested", (10,)), ("countdown", (10,)), ("countdown", (9,)),
    ("truthy", (0.0,)), ("truthy", (float("nan"),)), ("truthy", (-0.0,)),
    ("assert_positive", (1, 2)), ("assert_positive", (-1, 2)),
    ("raise_if_negative", (3,)), ("raise_if_negative", (-3,)),
]
