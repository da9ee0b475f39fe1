/* Private interface between the runtime's number/text formatting files:
 * dtoa.c (float -> decimal digits), format.c (format spec mini-language, repr),
 * numparse.c (int()/float() of a str), numops.c (round, %, //, **), unitables.c
 * (generated code point tables). Not part of the codegen contract (py4c.h is).
 */
#ifndef PY4C_NUMFMT_H
#define PY4C_NUMFMT_H

#include <stddef.h>
#include <stdint.h>

#include "py4c.h"

/* The OverflowError of an int result outside int64 (until big integers exist). */
#define PY4C_INT_OVERFLOW_MSG \
    "integer overflow: result does not fit in 64 bits (py4c big integers are not supported yet)"

/* ---- unitables.c (generated) */
int py4c_uni_isprintable(uint32_t cp); /* str.isprintable() of one code point */
int py4c_uni_isspace(uint32_t cp);     /* str.isspace() of one code point */
int py4c_uni_decimal(uint32_t cp);     /* unicodedata.decimal(), or -1 */

/* ---- UTF-8 helpers (format.c). Decoding is lenient: it never fails, an invalid
 * byte decodes as itself, so strings built from surrogates round-trip. */
uint32_t py4c_utf8_next(const unsigned char *s, const unsigned char *end, int64_t *len);
int py4c_utf8_put(char *out, uint32_t cp); /* writes 1..4 bytes, returns the count */

/* ---- dtoa.c: decimal digits of a double, with the conventions of David Gay's
 * _Py_dg_dtoa that CPython uses: |x| = 0.DIGITS * 10**decpt, no trailing zeros,
 * x == 0 gives "0" with decpt 1.
 *   mode 0: the shortest digits that round-trip (closest to x among those).
 *   mode 2: max(ndigits, 1) significant digits, rounded half-even on the exact value.
 *   mode 3: ndigits digits after the decimal point (ndigits may be negative); a value
 *           that rounds to zero gives "" with decpt = -ndigits.
 * buf must hold PY4C_DTOA_BUFSIZE bytes; the digits are NUL-terminated. x must be
 * finite. Returns the digit count. */
#define PY4C_DTOA_BUFSIZE 800
int py4c_dtoa(double x, int mode, int ndigits, char *buf, int *decpt, int *sign);

/* CPython's format_float_short: the NUL-terminated text of a float for format code
 * 'e', 'f', 'g', 'r' (repr) or 'E', 'F', 'G'. Written to `small` when it fits in
 * small_size bytes, else to a malloc'd buffer (free it when the result != small);
 * NULL on out of memory, with nothing raised. *len receives the length.
 * add_dot_0: repr's trailing ".0"; alt: the '#' flag; no_neg_0: the 'z' flag. */
char *py4c_float_text(double x, char code, int precision, int add_dot_0, int alt,
                      int no_neg_0, char *small, size_t small_size, size_t *len);

/* UTF-8 decoding shared by strmethods.c and strcase.c. */
static inline int is_cont(unsigned char b) { return (b & 0xC0) == 0x80; }

/* The code point at p (p < end); *w receives its byte count. Lenient on bad input
 * (never reads past end) and exact on valid UTF-8, surrogates included. */
static inline uint32_t dec(const unsigned char *p, const unsigned char *end, int *w) {
    unsigned c = p[0];
    if (c < 0x80) { *w = 1; return c; }
    if (c >= 0xF0 && c < 0xF8 && end - p >= 4) {
        *w = 4;
        return ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
               ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    }
    if (c >= 0xE0 && c < 0xF0 && end - p >= 3) {
        *w = 3;
        return ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    if (c >= 0xC0 && c < 0xE0 && end - p >= 2) {
        *w = 2;
        return ((uint32_t)(c & 0x1F) << 6) | (p[1] & 0x3F);
    }
    *w = 1;
    return c;
}

#endif
