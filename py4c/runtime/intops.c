/* py4c runtime: integer operations too large to inline (checked power and left shift)
 * and the printed form of divmod().
 *
 * Phase: runtime. Results outside [lo, hi] raise OverflowError with the caller's
 * message, which names the value type ("value out of range for i32") or says that py4c's
 * 64-bit int overflowed.
 */
#include "int128.h"
#include "py4c.h"

#include <math.h>
#include <stdio.h>

int64_t py4c_int_pow_checked(int64_t a, int64_t b, int64_t lo, int64_t hi, const char *msg) {
    if (b < 0) {
        if (a == 0) {
            py4c_raise_cstr(PY4C_EXC_ZeroDivisionError, "0.0 cannot be raised to a negative power");
            return -1;
        }
        py4c_raise_cstr(PY4C_EXC_ValueError, "py4c: int ** negative int gives a float; write float(x) ** n");
        return -1;
    }
    __int128 result = 1, base = a;
    int64_t e = b;
    while (e > 0) {
        if (e & 1) {
            result *= base;
            if (result < lo || result > hi) goto overflow;
        }
        e >>= 1;
        if (e > 0) {
            base *= base;
            /* |base| beyond 2^63 can only stay in range if the result never uses it again
             * with |result| > 1, and then the next multiplication detects it. */
            if (base > ((__int128)1 << 63) || base < -((__int128)1 << 63)) {
                if (result == 0) return 0;
                goto overflow;
            }
        }
    }
    return (int64_t)result;
overflow:
    py4c_raise_cstr(PY4C_EXC_OverflowError, msg);
    return -1;
}

int64_t py4c_int_lshift_checked(int64_t a, int64_t b, int64_t lo, int64_t hi, const char *msg) {
    if (b < 0) {
        py4c_raise_cstr(PY4C_EXC_ValueError, "negative shift count");
        return -1;
    }
    if (a == 0) return 0;
    if (b >= 64) goto overflow;
    __int128 r = (__int128)a * ((__int128)1 << b);
    if (r < lo || r > hi) goto overflow;
    return (int64_t)r;
overflow:
    py4c_raise_cstr(PY4C_EXC_OverflowError, msg);
    return -1;
}

double py4c_float_divmod_check(double b) {
    if (b == 0.0) py4c_raise_cstr(PY4C_EXC_ZeroDivisionError, "float divmod()");
    return b;
}

/* Exact comparison of an int with a float, as CPython compares them (no rounding of the
 * int): -1, 0 or 1 for a <, ==, > b, and 2 when b is NaN (every order test is false). */
int64_t py4c_int_float_cmp(int64_t a, double b) {
    if (isnan(b)) return 2;
    if (b >= 9223372036854775808.0) return -1;
    if (b < -9223372036854775808.0) return 1;
    double fl = floor(b);
    int64_t bi = (int64_t)fl;
    if (a < bi) return -1;
    if (a > bi) return 1;
    return fl == b ? 0 : -1;
}

/* pow(a, b, m) for 64-bit ints, as CPython: the result has m's sign; b < 0 takes the
 * inverse of a modulo m (ValueError if there is none); m == 0 is a ValueError. */
static int64_t floor_mod(__int128 a, int64_t m) {
    __int128 r = py4c_i128_mod(a, m);
    if (r != 0 && ((r < 0) != (m < 0))) r += m;
    return (int64_t)r;
}

static int64_t powmod_nonneg(int64_t a, __int128 e, int64_t m) {
    __int128 result = floor_mod(1, m), base = floor_mod(a, m);
    while (e > 0) {
        if (e & 1) result = floor_mod(result * base, m);
        base = floor_mod(base * base, m);
        e >>= 1;
    }
    return (int64_t)result;
}

int64_t py4c_int_powmod(int64_t a, int64_t b, int64_t m) {
    if (m == 0) {
        py4c_raise_cstr(PY4C_EXC_ValueError, "pow() 3rd argument cannot be 0");
        return -1;
    }
    if (b >= 0) return powmod_nonneg(a, b, m);
    /* b < 0: the inverse of a modulo |m| (extended Euclid), to the power -b */
    __int128 am = m < 0 ? -(__int128)m : m, r0 = floor_mod(a, (int64_t)am), r1 = am, s0 = 1, s1 = 0;
    while (r1) {
        __int128 q = py4c_i128_div(r0, r1), t = r0 - q * r1;
        r0 = r1;
        r1 = t;
        t = s0 - q * s1;
        s0 = s1;
        s1 = t;
    }
    if (r0 != 1) {
        py4c_raise_cstr(PY4C_EXC_ValueError, "base is not invertible for the given modulus");
        return -1;
    }
    return powmod_nonneg(floor_mod(s0, (int64_t)am), -(__int128)b, m);
}
