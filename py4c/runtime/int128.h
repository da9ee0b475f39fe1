/* py4c runtime: 128-bit integer division and conversion to double, written with inline
 * operations only (shifts, compares, 64-bit division).
 *
 * Phase: runtime. The compiler turns `/`, `%` and `(double)` on __int128 into calls of
 * compiler helpers (__divti3, __modti3, __floattidf). With zig cc those live in zig's
 * compiler-rt, one object that also defines weak exp, sin, log, ...: linking it for a
 * helper made those override the C library's (1-ulp different results: exp(1) printed
 * 2.7182818284590455). Without helper calls, compiler-rt stays out of the link and the
 * math functions are the platform's, as CPython's are. Operands stay below 2**126
 * (callers: 64-bit operands, products and differences of them).
 */
#ifndef PY4C_INT128_H
#define PY4C_INT128_H

#include <stdint.h>
#include <math.h>
#include <stddef.h>

typedef __int128 py4c_i128;
typedef unsigned __int128 py4c_u128;

/* n / d (d != 0, n < 2**127), the remainder in *rem when rem is not NULL. */
static inline py4c_u128 py4c_u128_divmod(py4c_u128 n, py4c_u128 d, py4c_u128 *rem) {
    if ((n >> 64) == 0 && (d >> 64) == 0) {
        uint64_t a = (uint64_t)n, b = (uint64_t)d;
        if (rem) *rem = a % b;
        return a / b;
    }
    py4c_u128 q = 0, r = 0;
    for (int i = 127; i >= 0; i--) {
        r = (r << 1) | ((n >> i) & 1);
        if (r >= d) {
            r -= d;
            q |= (py4c_u128)1 << i;
        }
    }
    if (rem) *rem = r;
    return q;
}

static inline py4c_u128 py4c_i128_abs(py4c_i128 v) { return v < 0 ? (py4c_u128)0 - (py4c_u128)v : (py4c_u128)v; }

/* a / b truncated toward zero, as C's `/`. */
static inline py4c_i128 py4c_i128_div(py4c_i128 a, py4c_i128 b) {
    py4c_u128 q = py4c_u128_divmod(py4c_i128_abs(a), py4c_i128_abs(b), NULL);
    return (a < 0) != (b < 0) ? -(py4c_i128)q : (py4c_i128)q;
}

/* a % b with the sign of a, as C's `%`. */
static inline py4c_i128 py4c_i128_mod(py4c_i128 a, py4c_i128 b) {
    py4c_u128 r;
    py4c_u128_divmod(py4c_i128_abs(a), py4c_i128_abs(b), &r);
    return a < 0 ? -(py4c_i128)r : (py4c_i128)r;
}

/* (double)v, correctly rounded: the top 64 bits with a sticky bit for the rest convert
 * exactly as the whole would, then scale. */
static inline double py4c_i128_to_double(py4c_i128 v) {
    py4c_u128 u = py4c_i128_abs(v);
    double d;
    if ((u >> 63) == 0) {
        d = (double)(uint64_t)u;
    } else {
        int shift = 0;
        while ((u >> shift) >> 64) shift++;
        py4c_u128 low = u & (((py4c_u128)1 << shift) - 1);
        uint64_t top = (uint64_t)(u >> shift) | (low != 0);
        d = ldexp((double)top, shift);
    }
    return v < 0 ? -d : d;
}

#endif
