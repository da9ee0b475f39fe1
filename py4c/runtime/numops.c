/* Float and int arithmetic with CPython's special cases: int(x), round(), %, //, **.
 *
 * Phase: runtime. Input: unboxed int64/double operands. Output: the result, or any
 * value with the exception CPython 3.11 raises set (the caller tests py4c_exc_type).
 * float_rem, _float_div_mod, float_pow and double_round are transcribed from
 * CPython's Objects/floatobject.c; int results outside int64 raise OverflowError
 * until big integers exist.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "int128.h"
#include "numfmt.h"

static int64_t double_to_int64(double x) {
    if (isnan(x)) {
        py4c_raise_cstr(PY4C_EXC_ValueError, "cannot convert float NaN to integer");
        return -1;
    }
    if (isinf(x)) {
        py4c_raise_cstr(PY4C_EXC_OverflowError, "cannot convert float infinity to integer");
        return -1;
    }
    x = trunc(x);
    if (x < -9223372036854775808.0 || x >= 9223372036854775808.0) {
        py4c_raise_cstr(PY4C_EXC_OverflowError, PY4C_INT_OVERFLOW_MSG);
        return -1;
    }
    return (int64_t)x;
}

int64_t py4c_float_to_int(double x) { return double_to_int64(x); }

int64_t py4c_float_round_int(double x) {
    double rounded = round(x);
    if (fabs(x - rounded) == 0.5) rounded = 2.0 * round(x / 2.0);
    return double_to_int64(rounded);
}

double py4c_float_round(double x, int64_t ndigits) {
    if (!isfinite(x)) return x;
    if (ndigits > 323) return x;              /* NDIGITS_MAX */
    if (ndigits < -308) return 0.0 * x;       /* NDIGITS_MIN: zero with the sign of x */
    char digits[PY4C_DTOA_BUFSIZE];
    int decpt, sign;
    int n = py4c_dtoa(x, 3, (int)ndigits, digits, &decpt, &sign);
    char text[PY4C_DTOA_BUFSIZE + 32];
    snprintf(text, sizeof text, "%s0%se%d", sign ? "-" : "", digits, decpt - n);
    double rounded = strtod(text, NULL);
    if (isinf(rounded)) {
        py4c_raise_cstr(PY4C_EXC_OverflowError, "rounded value too large to represent");
        return -1.0;
    }
    return rounded;
}

int64_t py4c_int_round(int64_t v, int64_t ndigits) {
    if (ndigits >= 0) return v;
    if (ndigits < -19) return 0; /* |v| < 10**19 / 2 <= 10**-ndigits / 2 */
    __int128 b = 1;
    for (int64_t i = 0; i < -ndigits; i++) b *= 10;
    __int128 a = v, q = py4c_i128_div(a, b), r = py4c_i128_mod(a, b);
    if (r < 0) { /* floor division */
        r += b;
        q -= 1;
    }
    if (2 * r > b || (2 * r == b && (q & 1))) q += 1; /* _PyLong_DivmodNear */
    __int128 res = q * b;
    if (res < INT64_MIN || res > INT64_MAX) {
        py4c_raise_cstr(PY4C_EXC_OverflowError, PY4C_INT_OVERFLOW_MSG);
        return -1;
    }
    return (int64_t)res;
}

double py4c_float_mod(double vx, double wx) {
    if (wx == 0.0) {
        py4c_raise_cstr(PY4C_EXC_ZeroDivisionError, "float modulo");
        return -1.0;
    }
    double mod = fmod(vx, wx);
    if (mod) {
        if ((wx < 0) != (mod < 0)) mod += wx;
    } else {
        mod = copysign(0.0, wx);
    }
    return mod;
}

double py4c_float_floordiv(double vx, double wx) {
    if (wx == 0.0) {
        py4c_raise_cstr(PY4C_EXC_ZeroDivisionError, "float floor division by zero");
        return -1.0;
    }
    double mod = fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod) {
        if ((wx < 0) != (mod < 0)) div -= 1.0;
    }
    double floordiv;
    if (div) {
        floordiv = floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = copysign(0.0, vx / wx);
    }
    return floordiv;
}

static int is_odd_integer(double x) { return fmod(fabs(x), 2.0) == 1.0; }

double py4c_float_pow(double iv, double iw) {
    int negate_result = 0;
    if (iw == 0) return 1.0;
    if (isnan(iv)) return iv;
    if (isnan(iw)) return iv == 1.0 ? 1.0 : iw;
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0) return 1.0;
        if ((iw > 0.0) == (iv > 1.0)) return fabs(iw);
        return 0.0;
    }
    if (isinf(iv)) {
        int odd = is_odd_integer(iw);
        if (iw > 0.0) return odd ? iv : fabs(iv);
        return odd ? copysign(0.0, iv) : 0.0;
    }
    if (iv == 0.0) {
        int odd = is_odd_integer(iw);
        if (iw < 0.0) {
            py4c_raise_cstr(PY4C_EXC_ZeroDivisionError, "0.0 cannot be raised to a negative power");
            return -1.0;
        }
        return odd ? iv : 0.0;
    }
    if (iv < 0.0) {
        if (iw != floor(iw)) {
            /* CPython computes a complex power; its only error is when the modulus
             * overflows. Otherwise the result is complex, which py4 cannot hold. */
            if (isinf(pow(-iv, iw))) {
                py4c_raise_cstr(PY4C_EXC_OverflowError, "complex exponentiation");
                return -1.0;
            }
            py4c_raise_cstr(PY4C_EXC_ValueError,
                            "py4c: negative number raised to a fractional power gives a "
                            "complex number, which py4 does not support");
            return -1.0;
        }
        iv = -iv;
        negate_result = is_odd_integer(iw);
    }
    if (iv == 1.0) return negate_result ? -1.0 : 1.0;
    double ix = pow(iv, iw);
    if (isinf(ix)) { /* finite operands: the result overflowed (ERANGE) */
        py4c_raise_cstr(PY4C_EXC_OverflowError, "(34, 'Numerical result out of range')");
        return -1.0;
    }
    return negate_result ? -ix : ix;
}

int64_t py4c_int_pow(int64_t a, int64_t b) {
    if (b < 0) {
        if (a == 0)
            py4c_raise_cstr(PY4C_EXC_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        else
            py4c_raise_cstr(PY4C_EXC_ValueError,
                            "py4c: int ** negative int gives a float; write float(x) ** n");
        return -1;
    }
    int64_t result = 1, base = a;
    while (b) {
        if ((b & 1) && __builtin_mul_overflow(result, base, &result)) goto overflow;
        b >>= 1;
        if (b && __builtin_mul_overflow(base, base, &base)) goto overflow;
    }
    return result;
overflow:
    py4c_raise_cstr(PY4C_EXC_OverflowError, PY4C_INT_OVERFLOW_MSG);
    return -1;
}
