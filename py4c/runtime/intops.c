/* py4c runtime: integer operations too large to inline (checked power and left shift)
 * and the printed form of divmod().
 *
 * Phase: runtime. Results outside [lo, hi] raise OverflowError with the caller's
 * message, which names the value type ("value out of range for i32") or says that py4c's
 * 64-bit int overflowed.
 */
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
