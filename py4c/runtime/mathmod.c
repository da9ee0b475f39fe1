/* py4c runtime: the `math` module's functions, with CPython 3.11's results and errors
 * (Modules/mathmodule.c): a NaN result from a non-NaN argument is
 * ValueError("math domain error"); an infinite result from finite arguments is
 * OverflowError("math range error") where the function can overflow (exp, pow, ...),
 * else ValueError("math domain error") (log(0)).
 *
 * Phase: runtime. Functions are selected by number (codegen/primitives.py MATH1/MATH2).
 * Scalar results: the caller checks py4c_exc_type.
 */
#include <math.h>

#include "py4c.h"

static double domain_error(void) {
    py4c_raise_cstr(PY4C_EXC_ValueError, "math domain error");
    return -1.0;
}

static double range_error(void) {
    py4c_raise_cstr(PY4C_EXC_OverflowError, "math range error");
    return -1.0;
}

/* The outcome of f(x) by CPython's math_1 rules. */
static double checked1(double r, double x, int can_overflow) {
    if (isnan(r) && !isnan(x)) return domain_error();
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error() : domain_error();
    return r;
}

enum { M_SQRT, M_EXP, M_LOG, M_LOG2, M_LOG10, M_SIN, M_COS, M_TAN, M_ASIN, M_ACOS, M_ATAN, M_SINH, M_COSH,
       M_TANH, M_FABS, M_EXPM1, M_LOG1P, M_DEGREES, M_RADIANS };

double py4c_math1(int64_t fn, double x) {
    switch (fn) {
    case M_SQRT: return checked1(sqrt(x), x, 0);
    case M_EXP: return checked1(exp(x), x, 1);
    case M_EXPM1: return checked1(expm1(x), x, 1);
    case M_LOG: case M_LOG2: case M_LOG10: case M_LOG1P: {
        double arg = fn == M_LOG1P ? x + 1.0 : x;
        if (isnan(x)) return x;
        if (arg <= 0.0) return domain_error(); /* log(0) and log(-1): "math domain error" */
        if (isinf(x)) return x;
        return fn == M_LOG ? log(x) : fn == M_LOG2 ? log2(x) : fn == M_LOG10 ? log10(x) : log1p(x);
    }
    case M_SIN: return checked1(sin(x), x, 0);
    case M_COS: return checked1(cos(x), x, 0);
    case M_TAN: return checked1(tan(x), x, 0);
    case M_ASIN: return checked1(asin(x), x, 0);
    case M_ACOS: return checked1(acos(x), x, 0);
    case M_ATAN: return checked1(atan(x), x, 0);
    case M_SINH: return checked1(sinh(x), x, 1);
    case M_COSH: return checked1(cosh(x), x, 1);
    case M_TANH: return checked1(tanh(x), x, 0);
    case M_FABS: return fabs(x);
    case M_DEGREES: return x * (180.0 / 3.141592653589793);
    case M_RADIANS: return x * (3.141592653589793 / 180.0);
    default: return domain_error();
    }
}

enum { M2_POW, M2_ATAN2, M2_HYPOT, M2_COPYSIGN, M2_FMOD, M2_LOGB };

double py4c_math2(int64_t fn, double x, double y) {
    switch (fn) {
    case M2_POW: {
        /* CPython's math_pow: special cases first, then errno-style checks */
        if (!isfinite(x) || !isfinite(y)) {
            if (isnan(x)) return y == 0.0 ? 1.0 : x;
            if (isnan(y)) return x == 1.0 ? 1.0 : y;
            return pow(x, y); /* infinities: C99 Annex F agrees with CPython */
        }
        if (x == 0.0 && y < 0.0) return domain_error();
        double r = pow(x, y);
        if (isnan(r)) return domain_error();
        if (isinf(r)) return range_error();
        return r;
    }
    case M2_ATAN2: return atan2(x, y);
    case M2_HYPOT: return hypot(x, y);
    case M2_COPYSIGN: return copysign(x, y);
    case M2_FMOD:
        if (isinf(y) && isfinite(x)) return x;
        if (y == 0.0 && !isnan(x)) return domain_error();
        if (isinf(x) && !isnan(y)) return domain_error();
        return fmod(x, y);
    case M2_LOGB: { /* log(x, base) = log(x) / log(base) */
        if (isnan(x) || isnan(y)) return x + y;
        if (x <= 0.0 || y <= 0.0) return domain_error();
        double d = log(y);
        if (d == 0.0) {
            py4c_raise_cstr(PY4C_EXC_ZeroDivisionError, "float division by zero");
            return -1.0;
        }
        return log(x) / d;
    }
    default: return domain_error();
    }
}

/* floor/ceil/trunc of a float as an int (ValueError for NaN, OverflowError for inf and
 * for results beyond py4c's 64-bit int, as py4c_float_to_int). */
int64_t py4c_math_to_int(int64_t how, double x) {
    double r = how == 0 ? floor(x) : how == 1 ? ceil(x) : trunc(x);
    return py4c_float_to_int(r);
}

int64_t py4c_math_gcd(int64_t a, int64_t b) {
    uint64_t x = a < 0 ? 0 - (uint64_t)a : (uint64_t)a, y = b < 0 ? 0 - (uint64_t)b : (uint64_t)b;
    while (y) { uint64_t t = x % y; x = y; y = t; }
    if (x > (uint64_t)INT64_MAX) {
        py4c_raise_cstr(PY4C_EXC_OverflowError,
                        "integer overflow: result does not fit in 64 bits (py4c big integers are not supported yet)");
        return -1;
    }
    return (int64_t)x;
}

/* isclose(a, b, rel_tol, abs_tol) as CPython's math_isclose_impl. */
int64_t py4c_math_isclose(double a, double b, double rel_tol, double abs_tol) {
    if (rel_tol < 0.0 || abs_tol < 0.0) {
        py4c_raise_cstr(PY4C_EXC_ValueError, "tolerances must be non-negative");
        return -1;
    }
    if (a == b) return 1;
    if (isinf(a) || isinf(b)) return 0;
    double diff = fabs(b - a);
    return (diff <= fabs(rel_tol * b)) || (diff <= fabs(rel_tol * a)) || (diff <= abs_tol);
}

int64_t py4c_math_factorial(int64_t n) {
    if (n < 0) {
        py4c_raise_cstr(PY4C_EXC_ValueError, "factorial() not defined for negative values");
        return -1;
    }
    int64_t r = 1;
    for (int64_t i = 2; i <= n; i++) {
        if (__builtin_mul_overflow(r, i, &r)) {
            py4c_raise_cstr(PY4C_EXC_OverflowError,
                            "integer overflow: result does not fit in 64 bits (py4c big integers are not supported yet)");
            return -1;
        }
    }
    return r;
}

/* time.time() (clock 0) / time.perf_counter() and time.monotonic() (clock 1). */
double py4c_time_seconds(int64_t clock) {
    int64_t ns = py4c_os_clock_ns(clock != 0);
    return (double)(ns / 1000000000) + (double)(ns % 1000000000) * 1e-9;
}

int64_t py4c_time_ns(int64_t clock) { return py4c_os_clock_ns(clock != 0); }
