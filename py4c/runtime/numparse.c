/* int(s) and float(s) for a str.
 *
 * Phase: runtime. Input: a py4c_str. Output: the value, or the error value with the
 * exception CPython 3.11 raises (the caller tests py4c_exc_type).
 * Like CPython, the text first goes through _PyUnicode_TransformDecimalAndSpaceToASCII
 * (unicode spaces become ' ', unicode decimal digits become ASCII digits, anything
 * else non-ASCII ends the text with '?'), then an ASCII parser that follows
 * PyLong_FromString / float_from_string_inner + _Py_dg_strtod. The decimal-to-binary
 * step of float() is libc's strtod, given only plain validated decimal text.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "numfmt.h"

#define MAX_STR_DIGITS 4300 /* sys.get_int_max_str_digits() default */

/* The ASCII transform, NUL-terminated; *len excludes the NUL. NULL on no memory. */
static char *to_ascii(py4c_str *s, char *small, size_t small_size, int64_t *len) {
    char *buf = (size_t)s->len + 2 <= small_size ? small : malloc((size_t)s->len + 2);
    if (!buf) {
        py4c_raise_memory();
        return NULL;
    }
    if (s->is_ascii) {
        memcpy(buf, s->data, (size_t)s->len);
        *len = s->len;
    } else {
        const unsigned char *p = (const unsigned char *)s->data, *end = p + s->len;
        int64_t n = 0;
        while (p < end) {
            int64_t l;
            uint32_t ch = py4c_utf8_next(p, end, &l);
            p += l;
            if (ch < 127) {
                buf[n++] = (char)ch;
            } else if (py4c_uni_isspace(ch)) {
                buf[n++] = ' ';
            } else {
                int d = py4c_uni_decimal(ch);
                if (d < 0) {
                    buf[n++] = '?';
                    break;
                }
                buf[n++] = (char)('0' + d);
            }
        }
        *len = n;
    }
    buf[*len] = '\0';
    return buf;
}

static int ascii_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* Raises exc with prefix + repr(s), the repr cut to max_chars code points (-1: all). */
static void raise_with_repr(int32_t exc, const char *prefix, py4c_str *s, int64_t max_chars) {
    py4c_str *r = py4c_str_repr(s);
    if (!r) return;
    int64_t nbytes = r->len;
    if (max_chars >= 0 && r->nchars > max_chars) {
        const unsigned char *p = (const unsigned char *)r->data, *end = p + r->len;
        nbytes = 0;
        for (int64_t i = 0; i < max_chars; i++) {
            int64_t l;
            py4c_utf8_next(p + nbytes, end, &l);
            nbytes += l;
        }
    }
    size_t lp = strlen(prefix);
    char *buf = malloc(lp + (size_t)nbytes + 1);
    if (!buf) {
        py4c_decref(r);
        py4c_raise_memory();
        return;
    }
    memcpy(buf, prefix, lp);
    memcpy(buf + lp, r->data, (size_t)nbytes);
    py4c_decref(r);
    py4c_str *msg = py4c_str_new(buf, (int64_t)lp + nbytes);
    free(buf);
    if (!msg) return;
    py4c_raise(exc, msg);
    py4c_decref(msg);
}

static int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* int(s, base) with CPython's grammar: whitespace around, a sign, for bases 2, 8 and 16
 * (and base 0, which takes the base from it) an optional 0b/0o/0x prefix, digits with
 * single underscores between them (and after a prefix). */
int64_t py4c_int_from_str_base(py4c_str *s, int64_t base) {
    if (base != 0 && (base < 2 || base > 36)) {
        py4c_raise_cstr(PY4C_EXC_ValueError, "int() base must be >= 2 and <= 36, or 0");
        return -1;
    }
    char small[128];
    int64_t len;
    char *buf = to_ascii(s, small, sizeof small, &len);
    if (!buf) return -1;
    const char *p = buf;
    int negative = 0, ok = 0, overflow = 0;
    int64_t digits = 0, b = base;
    uint64_t mag = 0;
    while (*p && ascii_space(*p)) p++;
    if (*p == '+') {
        p++;
    } else if (*p == '-') {
        p++;
        negative = 1;
    }
    int prefixed = 0;
    if (p[0] == '0' && p[1]) {
        char x = (char)(p[1] | 0x20);
        int pb = x == 'x' ? 16 : x == 'o' ? 8 : x == 'b' ? 2 : 0;
        if (pb && (b == 0 || b == pb)) {
            b = pb;
            p += 2;
            prefixed = 1;
        }
    }
    int leading_zero_decimal = 0;
    if (b == 0) {
        b = 10;
        leading_zero_decimal = 1; /* base 0: "010" is not allowed, "0" and "00" are */
    }
    if (*p != '_' || prefixed) {
        char prev = prefixed ? '_' : 0;
        const char *start = p;
        int nonzero = 0, first_zero = *p == '0';
        for (;; prev = *p++) {
            if (*p == '_') {
                if (prev == '_' && !(prefixed && p == start)) break;
                continue;
            }
            int d = digit_value(*p);
            if (d >= b) break;
            digits++;
            if (d) nonzero = 1;
            if (mag > (UINT64_MAX - (uint64_t)d) / (uint64_t)b) overflow = 1;
            else mag = mag * (uint64_t)b + (uint64_t)d;
        }
        if ((prev == '_' && p != start) || *p == '_' || digits == 0) {
            ok = 0; /* a double or trailing underscore, or no digits */
        } else if (b == 10 && digits > MAX_STR_DIGITS) {
            if (buf != small) free(buf);
            char msg[200];
            snprintf(msg, sizeof msg,
                     "Exceeds the limit (%d digits) for integer string conversion: value has "
                     "%lld digits; use sys.set_int_max_str_digits() to increase the limit",
                     MAX_STR_DIGITS, (long long)digits);
            py4c_raise_cstr(PY4C_EXC_ValueError, msg);
            return -1;
        } else if (leading_zero_decimal && first_zero && nonzero) {
            ok = 0;
        } else {
            while (*p && ascii_space(*p)) p++;
            ok = p == buf + len;
        }
    }
    if (buf != small) free(buf);
    if (!ok) {
        char head[64];
        snprintf(head, sizeof head, "invalid literal for int() with base %lld: ", (long long)base);
        raise_with_repr(PY4C_EXC_ValueError, head, s, 200);
        return -1;
    }
    if (overflow || mag > (negative ? (uint64_t)1 << 63 : (uint64_t)INT64_MAX)) {
        py4c_raise_cstr(PY4C_EXC_OverflowError, PY4C_INT_OVERFLOW_MSG);
        return -1;
    }
    return negative ? (int64_t)((uint64_t)0 - mag) : (int64_t)mag;
}

int64_t py4c_int_from_str(py4c_str *s) { return py4c_int_from_str_base(s, 10); }

static int ieq(const char *p, const char *word) {
    for (; *word; p++, word++)
        if ((*p | 0x20) != *word) return 0;
    return 1;
}

/* _Py_dg_strtod's grammar, then _Py_parse_inf_or_nan. Returns the end of the number
 * (p when there is none); *value receives it (decimal text goes through strtod). */
static const char *parse_double(const char *p, double *value) {
    const char *s = p;
    int negative = 0;
    if (*s == '-' || *s == '+') negative = *s++ == '-';
    int ndigits = 0;
    while (*s >= '0' && *s <= '9') s++, ndigits = 1;
    if (*s == '.') {
        s++;
        while (*s >= '0' && *s <= '9') s++, ndigits = 1;
    }
    if (ndigits) {
        if (*s == 'e' || *s == 'E') {
            const char *e = s + 1;
            if (*e == '+' || *e == '-') e++;
            if (*e >= '0' && *e <= '9') {
                while (*e >= '0' && *e <= '9') e++;
                s = e;
            }
        }
        *value = strtod(p, NULL);
        return s;
    }
    s = p + (*p == '-' || *p == '+');
    if (ieq(s, "inf")) {
        s += 3;
        if (ieq(s, "inity")) s += 5;
        *value = negative ? -INFINITY : INFINITY;
        return s;
    }
    if (ieq(s, "nan")) {
        *value = negative ? -NAN : NAN;
        return s + 3;
    }
    return p;
}

double py4c_float_from_str(py4c_str *s) {
    char small[128];
    int64_t len;
    char *buf = to_ascii(s, small, sizeof small, &len);
    if (!buf) return -1.0;
    int ok = 1;
    if (memchr(buf, '_', (size_t)len)) {
        /* _Py_string_to_number_with_underscores: '_' only between two digits. */
        char prev = 0;
        int64_t o = 0;
        for (int64_t i = 0; i < len && ok; i++) {
            char c = buf[i];
            if (c == '_') {
                if (!(prev >= '0' && prev <= '9')) ok = 0;
            } else {
                if (prev == '_' && !(c >= '0' && c <= '9')) ok = 0;
                buf[o++] = c;
            }
            prev = c;
        }
        if (prev == '_') ok = 0;
        len = o;
        buf[len] = '\0';
    }
    double x = -1.0;
    if (ok) {
        const char *p = buf, *last = buf + len;
        while (p < last && ascii_space(*p)) p++;
        while (last - 1 > p && ascii_space(last[-1])) last--;
        if (p == last) {
            ok = 0;
        } else {
            char save = *last;
            *(char *)last = '\0'; /* so that strtod stops at the stripped end */
            const char *end = parse_double(p, &x);
            *(char *)last = save;
            ok = end == last;
        }
    }
    if (buf != small) free(buf);
    if (!ok) {
        raise_with_repr(PY4C_EXC_ValueError, "could not convert string to float: ", s, -1);
        return -1.0;
    }
    return x;
}
