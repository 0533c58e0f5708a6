"""Two bodies in a plane under gravity, integrated with leapfrog steps;
positions and velocities travel as tuples."""
import math

from numba import njit


@njit
def accel(p, q, mass):
    dx, dy = q[0] - p[0], q[1] - p[1]
    r = math.sqrt(dx * dx + dy * dy)
    f = mass / (r * r * r)
    return dx * f, dy * f


@njit
def energy(p1, v1, m1, p2, v2, m2):
    kin = 0.5 * m1 * (v1[0] ** 2 + v1[1] ** 2) + 0.5 * m2 * (v2[0] ** 2 + v2[1] ** 2)
    r = math.hypot(p2[0] - p1[0], p2[1] - p1[1])
    return kin - m1 * m2 / r


@njit
def step(p1, v1, m1, p2, v2, m2, dt):
    a1 = accel(p1, p2, m2)
    a2 = accel(p2, p1, m1)
    v1 = (v1[0] + 0.5 * dt * a1[0], v1[1] + 0.5 * dt * a1[1])
    v2 = (v2[0] + 0.5 * dt * a2[0], v2[1] + 0.5 * dt * a2[1])
    p1 = (p1[0] + dt * v1[0], p1[1] + dt * v1[1])
    p2 = (p2[0] + dt * v2[0], p2[1] + dt * v2[1])
    a1 = accel(p1, p2, m2)
    a2 = accel(p2, p1, m1)
    v1 = (v1[0] + 0.5 * dt * a1[0], v1[1] + 0.5 * dt * a1[1])
    v2 = (v2[0] + 0.5 * dt * a2[0], v2[1] + 0.5 * dt * a2[1])
    return p1, v1, p2, v2


def main():
    m1, m2 = 1.0, 0.001
    p1, v1 = (0.0, 0.0), (0.0, -0.001)
    p2, v2 = (1.0, 0.0), (0.0, 1.0)
    e0 = energy(p1, v1, m1, p2, v2, m2)
    print(f"energy before: {e0:.12f}")
    for k in range(1, 6):
        for _ in range(1000):
            p1, v1, p2, v2 = step(p1, v1, m1, p2, v2, m2, 0.001)
        print(f"t={k}: p2=({p2[0]:+.6f}, {p2[1]:+.6f}) e={energy(p1, v1, m1, p2, v2, m2):.12f}")
    print("drift", abs(energy(p1, v1, m1, p2, v2, m2) - e0) < 1e-6)


if __name__ == "__main__":
    main()
