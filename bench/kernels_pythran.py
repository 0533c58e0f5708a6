"""Pythran's build of bench/kernels.py: the export comments Pythran needs,
one per kernel, with the types of its @njit signature. scripts/bench.sh
appends kernels.py's functions to this file, without their decorators
and unchanged otherwise (bench/peers.py), and compiles the result with
pythran."""
import math

import numpy as np

#pythran export collatz(int64)
#pythran export leibniz(int64)
#pythran export fib(int64)
#pythran export gcd_sum(int64)
#pythran export count_primes(int64)
#pythran export digit_sum(int64)
#pythran export mandelbrot(int64, int64, int64)
#pythran export float_math(int64)
#pythran export dot(float64[:], float64[:])
#pythran export stencil(float64[:], float64[:], int64)
#pythran export laplace(float64[:, :], float64[:, :], int64)
#pythran export nbody(float64[:, :], float64[:, :], float64[:], int64, float64)
#pythran export matmul(float64[:, :], float64[:, :], float64[:, :])
#pythran export cumsum(float64[:])
#pythran export histogram(float64[:], int64[:])
#pythran export insertion_sort(int64[:])
#pythran export add(int64, int64)
