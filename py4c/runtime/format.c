/* str() and format() of numbers and strings, repr() of floats and strs.
 *
 * Phase: runtime. Input: values and a format spec (py4c_str, UTF-8). Output: new
 * py4c_str references, or NULL with the exception CPython 3.11 raises.
 * This is a transcription of CPython's Python/formatter_unicode.c (spec parsing,
 * calc_number_widths, fill_number, digit grouping) and of unicode_repr, so that the
 * corner cases (fill '0' with grouping, 'c', '=', error precedence) agree exactly.
 * Widths and precisions count code points. Locale: always the C locale ('n' is 'd'
 * or 'g' without grouping), as in a CPython that never calls setlocale(LC_NUMERIC).
 */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "numfmt.h"

/* ------------------------------------------------------------ UTF-8 */

uint32_t py4c_utf8_next(const unsigned char *s, const unsigned char *end, int64_t *len) {
    uint32_t c = s[0];
    int need;
    uint32_t cp;
    if (c < 0x80) {
        *len = 1;
        return c;
    } else if (c >= 0xf0 && c < 0xf8) {
        need = 3;
        cp = c & 0x07;
    } else if (c >= 0xe0 && c < 0xf0) {
        need = 2;
        cp = c & 0x0f;
    } else if (c >= 0xc0 && c < 0xe0) {
        need = 1;
        cp = c & 0x1f;
    } else {
        *len = 1;
        return c;
    }
    if (end - s <= need) {
        *len = 1;
        return c;
    }
    for (int i = 1; i <= need; i++) {
        if ((s[i] & 0xc0) != 0x80) {
            *len = 1;
            return c;
        }
        cp = (cp << 6) | (s[i] & 0x3fu);
    }
    *len = need + 1;
    return cp;
}

int py4c_utf8_put(char *out, uint32_t cp) {
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    } else if (cp < 0x800) {
        o[0] = (unsigned char)(0xc0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3f));
        return 2;
    } else if (cp < 0x10000) {
        o[0] = (unsigned char)(0xe0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
        o[2] = (unsigned char)(0x80 | (cp & 0x3f));
        return 3;
    }
    o[0] = (unsigned char)(0xf0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3f));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
    o[3] = (unsigned char)(0x80 | (cp & 0x3f));
    return 4;
}

/* Raises exc with the message a + b[:blen] + c (b may hold any bytes, even NUL). */
static void raise_concat(int32_t exc, const char *a, const char *b, int64_t blen,
                         const char *c) {
    size_t la = strlen(a), lc = strlen(c);
    char *buf = malloc(la + (size_t)blen + lc + 1);
    if (!buf) {
        py4c_raise_memory();
        return;
    }
    memcpy(buf, a, la);
    memcpy(buf + la, b, (size_t)blen);
    memcpy(buf + la + blen, c, lc);
    py4c_str *msg = py4c_str_new(buf, (int64_t)(la + (size_t)blen + lc));
    free(buf);
    if (!msg) return;
    py4c_raise(exc, msg);
    py4c_decref(msg);
}

/* ------------------------------------------------------------ simple conversions */

py4c_str *py4c_int_to_str(int64_t v) { return py4c_str_from_int(v); }

py4c_str *py4c_float_repr(double x) {
    char small[64];
    size_t len;
    char *text = py4c_float_text(x, 'r', 0, 1, 0, 0, small, sizeof small, &len);
    if (!text) {
        py4c_raise_memory();
        return NULL;
    }
    py4c_str *r = py4c_str_new(text, (int64_t)len);
    if (text != small) free(text);
    return r;
}

/* ------------------------------------------------------------ spec parsing */

#define LT_UNDER_FOUR 4 /* '_' in bin/oct/hex: a separator every four digits */

typedef struct {
    uint32_t fill;
    uint32_t align; /* '<' '>' '^' '=' */
    uint32_t sign;  /* 0, '+', '-', ' ' */
    int no_neg_0;   /* 'z' */
    int alternate;  /* '#' */
    int64_t width;  /* -1 when absent */
    int thousands;  /* 0, ',', '_' or LT_UNDER_FOUR */
    int64_t precision;
    uint32_t type; /* 0 when absent */
} fspec;

static int is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/* get_integer: digits (any unicode decimal) at *pos; returns the count or -1. */
static int64_t spec_integer(const uint32_t *cp, int64_t *pos, int64_t end, int64_t *out) {
    int64_t acc = 0, n = 0;
    for (; *pos < end; (*pos)++, n++) {
        int d = py4c_uni_decimal(cp[*pos]);
        if (d < 0) break;
        if (acc > (INT64_MAX - d) / 10) {
            py4c_raise_cstr(PY4C_EXC_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + d;
    }
    *out = acc;
    return n;
}

static void raise_thousands_type(int sep, uint32_t type) {
    char msg[64];
    if (type > 32 && type < 128)
        snprintf(msg, sizeof msg, "Cannot specify '%c' with '%c'.", sep, (char)type);
    else
        snprintf(msg, sizeof msg, "Cannot specify '%c' with '\\x%x'.", sep, (unsigned)type);
    py4c_raise_cstr(PY4C_EXC_ValueError, msg);
}

static void raise_unknown_code(uint32_t type, const char *tname) {
    char msg[96];
    if (type > 32 && type < 128)
        snprintf(msg, sizeof msg, "Unknown format code '%c' for object of type '%s'",
                 (char)type, tname);
    else
        snprintf(msg, sizeof msg, "Unknown format code '\\x%x' for object of type '%s'",
                 (unsigned)type, tname);
    py4c_raise_cstr(PY4C_EXC_ValueError, msg);
}

/* parse_internal_render_format_spec over the code points cp[0:end]. */
static int parse_cps(const uint32_t *cp, int64_t end, py4c_str *spec, const char *tname,
                     uint32_t default_type, uint32_t default_align, fspec *f) {
    int64_t pos = 0;
    int align_specified = 0, fill_specified = 0;
    f->fill = ' ';
    f->align = default_align;
    f->alternate = 0;
    f->no_neg_0 = 0;
    f->sign = 0;
    f->width = -1;
    f->thousands = 0;
    f->precision = -1;
    f->type = default_type;

    if (end - pos >= 2 && is_align(cp[pos + 1])) {
        f->align = cp[pos + 1];
        f->fill = cp[pos];
        fill_specified = align_specified = 1;
        pos += 2;
    } else if (end - pos >= 1 && is_align(cp[pos])) {
        f->align = cp[pos];
        align_specified = 1;
        ++pos;
    }
    if (end - pos >= 1 && (cp[pos] == ' ' || cp[pos] == '+' || cp[pos] == '-')) {
        f->sign = cp[pos];
        ++pos;
    }
    if (end - pos >= 1 && cp[pos] == 'z') {
        f->no_neg_0 = 1;
        ++pos;
    }
    if (end - pos >= 1 && cp[pos] == '#') {
        f->alternate = 1;
        ++pos;
    }
    if (!fill_specified && end - pos >= 1 && cp[pos] == '0') {
        f->fill = '0';
        if (!align_specified && default_align == '>') f->align = '=';
        ++pos;
    }
    int64_t consumed = spec_integer(cp, &pos, end, &f->width);
    if (consumed < 0) return 0;
    if (consumed == 0) f->width = -1;
    if (end - pos && cp[pos] == ',') {
        f->thousands = ',';
        ++pos;
    }
    if (end - pos && cp[pos] == '_') {
        if (f->thousands) {
            py4c_raise_cstr(PY4C_EXC_ValueError, "Cannot specify both ',' and '_'.");
            return 0;
        }
        f->thousands = '_';
        ++pos;
    }
    if (end - pos && cp[pos] == ',' && f->thousands == '_') {
        py4c_raise_cstr(PY4C_EXC_ValueError, "Cannot specify both ',' and '_'.");
        return 0;
    }
    if (end - pos && cp[pos] == '.') {
        ++pos;
        consumed = spec_integer(cp, &pos, end, &f->precision);
        if (consumed < 0) return 0;
        if (consumed == 0) {
            py4c_raise_cstr(PY4C_EXC_ValueError, "Format specifier missing precision");
            return 0;
        }
    }
    if (end - pos > 1) {
        char tail[80];
        snprintf(tail, sizeof tail, "' for object of type '%s'", tname);
        raise_concat(PY4C_EXC_ValueError, "Invalid format specifier '", spec->data, spec->len,
                     tail);
        return 0;
    }
    if (end - pos == 1) f->type = cp[pos];
    if (f->thousands) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F':
        case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->thousands == '_') {
                f->thousands = LT_UNDER_FOUR;
                break;
            }
            /* fall through */
        default:
            raise_thousands_type(f->thousands, f->type);
            return 0;
        }
    }
    return 1;
}

static int parse_spec(py4c_str *spec, const char *tname, uint32_t default_type,
                      uint32_t default_align, fspec *f) {
    uint32_t small[64];
    uint32_t *cp = small;
    if (spec->len > 64) { /* bytes bound the code point count */
        cp = malloc((size_t)spec->len * sizeof *cp);
        if (!cp) {
            py4c_raise_memory();
            return 0;
        }
    }
    const unsigned char *s = (const unsigned char *)spec->data, *end = s + spec->len;
    int64_t n = 0;
    while (s < end) {
        int64_t l;
        cp[n++] = py4c_utf8_next(s, end, &l);
        s += l;
    }
    int ok = parse_cps(cp, n, spec, tname, default_type, default_align, f);
    if (cp != small) free(cp);
    return ok;
}

/* ------------------------------------------------------------ number layout */

/* _PyUnicode_InsertThousandsGrouping: groups n_digits digits (zero-extended to
 * min_width) every `group` digits with `sep` (group 0: no grouping). Returns the
 * length; when out is not NULL, writes the text ending at out + length. */
static int64_t group_digits(const char *digits, int64_t n_digits, int64_t min_width,
                            int group, char sep, char *out, int64_t out_len) {
    int64_t count = 0, remaining = n_digits, len, n_zeros, n_chars;
    int use_sep = 0, broken = 0, sep_len = group ? 1 : 0;
    char *bp = out ? out + out_len : NULL;
    int64_t dpos = n_digits;
    if (min_width < 0) min_width = 0;
    for (len = group; len > 0;) {
        int64_t cap = remaining > min_width ? remaining : min_width;
        if (cap < 1) cap = 1;
        if (len > cap) len = cap;
        n_zeros = len - remaining > 0 ? len - remaining : 0;
        n_chars = remaining < len ? remaining : len;
        if (n_chars < 0) n_chars = 0;
        count += (use_sep ? sep_len : 0) + n_zeros + n_chars;
        if (bp) {
            if (use_sep) *--bp = sep;
            bp -= n_chars;
            dpos -= n_chars;
            memcpy(bp, digits + dpos, (size_t)n_chars);
            bp -= n_zeros;
            memset(bp, '0', (size_t)n_zeros);
        }
        use_sep = 1;
        remaining -= n_chars;
        min_width -= len;
        if (remaining <= 0 && min_width <= 0) {
            broken = 1;
            break;
        }
        min_width -= sep_len;
        len = group;
    }
    if (!broken) {
        len = remaining > min_width ? remaining : min_width;
        if (len < 1) len = 1;
        n_zeros = len - remaining > 0 ? len - remaining : 0;
        n_chars = remaining < len ? remaining : len;
        if (n_chars < 0) n_chars = 0;
        count += (use_sep ? sep_len : 0) + n_zeros + n_chars;
        if (bp) {
            if (use_sep) *--bp = sep;
            bp -= n_chars;
            dpos -= n_chars;
            memcpy(bp, digits + dpos, (size_t)n_chars);
            bp -= n_zeros;
            memset(bp, '0', (size_t)n_zeros);
        }
    }
    return count;
}

static char *fill_run(char *p, const char *fill, int fill_len, int64_t n) {
    if (fill_len == 1) {
        memset(p, fill[0], (size_t)n);
        return p + n;
    }
    for (int64_t i = 0; i < n; i++, p += fill_len) memcpy(p, fill, (size_t)fill_len);
    return p;
}

/* Huge widths: CPython fails to allocate them; fail before sizes overflow. */
#define MAX_WIDTH (INT64_MAX / 16)

/* calc_number_widths + fill_number. The number is
 * [sign_char] prefix digits ['.' remainder] where remainder has rem_chars code points. */
static py4c_str *render_number(const fspec *f, char sign_char, const char *prefix,
                               int64_t n_prefix, const char *digits, int64_t n_digits,
                               int has_decimal, const char *rem, int64_t rem_bytes,
                               int64_t rem_chars, int upper) {
    char sign = 0;
    int64_t n_sign = 0;
    if (f->sign == '+') {
        n_sign = 1;
        sign = sign_char == '-' ? '-' : '+';
    } else if (f->sign == ' ') {
        n_sign = 1;
        sign = sign_char == '-' ? '-' : ' ';
    } else if (sign_char == '-') {
        n_sign = 1;
        sign = '-';
    }
    if (f->width > MAX_WIDTH) {
        py4c_raise_memory();
        return NULL;
    }
    int group = f->thousands == LT_UNDER_FOUR ? 4 : f->thousands ? 3 : 0;
    char sep = f->thousands == ',' ? ',' : '_';
    int64_t n_other = n_sign + n_prefix + has_decimal + rem_chars;
    int64_t min_width = (f->fill == '0' && f->align == '=') ? f->width - n_other : 0;
    int64_t n_grouped =
        n_digits ? group_digits(digits, n_digits, min_width, group, sep, NULL, 0) : 0;
    int64_t lpad = 0, spad = 0, rpad = 0;
    int64_t n_padding = f->width - (n_other + n_grouped);
    if (n_padding > 0) {
        switch (f->align) {
        case '<': rpad = n_padding; break;
        case '^':
            lpad = n_padding / 2;
            rpad = n_padding - lpad;
            break;
        case '=': spad = n_padding; break;
        default: lpad = n_padding; break;
        }
    }
    char fill[4];
    int fill_len = py4c_utf8_put(fill, f->fill);
    int64_t total = (lpad + spad + rpad) * fill_len + n_sign + n_prefix + n_grouped +
                    has_decimal + rem_bytes;
    py4c_str *out = py4c_str_alloc(total);
    if (!out) return NULL;
    char *p = out->data;
    p = fill_run(p, fill, fill_len, lpad);
    if (n_sign) *p++ = sign;
    for (int64_t i = 0; i < n_prefix; i++)
        *p++ = upper && prefix[i] >= 'a' && prefix[i] <= 'z' ? (char)(prefix[i] - 32) : prefix[i];
    p = fill_run(p, fill, fill_len, spad);
    if (n_digits) {
        group_digits(digits, n_digits, min_width, group, sep, p, n_grouped);
        if (upper)
            for (int64_t i = 0; i < n_grouped; i++)
                if (p[i] >= 'a' && p[i] <= 'z') p[i] = (char)(p[i] - 32);
    }
    p += n_grouped;
    if (has_decimal) *p++ = '.';
    memcpy(p, rem, (size_t)rem_bytes);
    p += rem_bytes;
    p = fill_run(p, fill, fill_len, rpad);
    py4c_str_finish(out);
    return out;
}

/* format_long_internal */
static py4c_str *format_long(int64_t v, const fspec *f) {
    if (f->precision != -1) {
        py4c_raise_cstr(PY4C_EXC_ValueError, "Precision not allowed in integer format specifier");
        return NULL;
    }
    if (f->no_neg_0) {
        py4c_raise_cstr(PY4C_EXC_ValueError,
                        "Negative zero coercion (z) not allowed in integer format specifier");
        return NULL;
    }
    if (f->type == 'c') {
        if (f->sign) {
            py4c_raise_cstr(PY4C_EXC_ValueError,
                            "Sign not allowed with integer format specifier 'c'");
            return NULL;
        }
        if (f->alternate) {
            py4c_raise_cstr(PY4C_EXC_ValueError,
                            "Alternate form (#) not allowed with integer format specifier 'c'");
            return NULL;
        }
        if (v < 0 || v > 0x10ffff) {
            py4c_raise_cstr(PY4C_EXC_OverflowError, "%c arg not in range(0x110000)");
            return NULL;
        }
        char ch[4];
        int n = py4c_utf8_put(ch, (uint32_t)v);
        return render_number(f, 0, "", 0, "", 0, 0, ch, n, 1, 0);
    }
    unsigned base = 10;
    const char *prefix = "";
    switch (f->type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': case 'X': base = 16; prefix = "0x"; break;
    default: break;
    }
    uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    char tmp[72];
    int n = 0;
    do {
        tmp[sizeof tmp - 1 - n++] = "0123456789abcdef"[mag % base];
        mag /= base;
    } while (mag);
    return render_number(f, v < 0 ? '-' : 0, prefix, f->alternate && base != 10 ? 2 : 0,
                         tmp + sizeof tmp - n, n, 0, "", 0, 0, f->type == 'X');
}

/* format_float_internal */
static py4c_str *format_double(double x, const fspec *f) {
    if (f->precision > INT_MAX) {
        py4c_raise_cstr(PY4C_EXC_ValueError, "precision too big");
        return NULL;
    }
    int precision = (int)f->precision, default_precision = 6, add_dot_0 = 0, add_pct = 0;
    char type = (char)f->type;
    if (type == 0) {
        add_dot_0 = 1;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n') type = 'g';
    if (type == '%') {
        type = 'f';
        x *= 100;
        add_pct = 1;
    }
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';
    if ((type == 'e' || type == 'E') && precision == INT_MAX) { /* would overflow */
        py4c_raise_memory();
        return NULL;
    }
    char small[128];
    size_t len;
    char *text = py4c_float_text(x, type, precision, add_dot_0, f->alternate, f->no_neg_0,
                                 small, sizeof small - 1, &len);
    if (!text) {
        py4c_raise_memory();
        return NULL;
    }
    if (add_pct) {
        if (text == small) {
            text[len++] = '%';
        } else {
            char *t = realloc(text, len + 2);
            if (!t) {
                free(text);
                py4c_raise_memory();
                return NULL;
            }
            text = t;
            text[len++] = '%';
        }
    }
    const char *s = text, *end = text + len;
    char sign_char = 0;
    if (*s == '-') {
        sign_char = '-';
        s++;
    }
    const char *d = s;
    while (d < end && *d >= '0' && *d <= '9') d++;
    int has_decimal = d < end && *d == '.';
    const char *rem = d + has_decimal;
    py4c_str *r = render_number(f, sign_char, "", 0, s, d - s, has_decimal, rem, end - rem,
                                end - rem, 0);
    if (text != small) free(text);
    return r;
}

static py4c_str *format_int_typed(int64_t v, py4c_str *spec, const char *tname) {
    fspec f;
    if (!parse_spec(spec, tname, 'd', '>', &f)) return NULL;
    switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        return format_long(v, &f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
        return format_double((double)v, &f);
    default:
        raise_unknown_code(f.type, tname);
        return NULL;
    }
}

py4c_str *py4c_format_int(int64_t v, py4c_str *spec) {
    if (spec->len == 0) return py4c_int_to_str(v);
    return format_int_typed(v, spec, "int");
}

py4c_str *py4c_format_bool(int64_t b, py4c_str *spec) {
    if (spec->len == 0) return b ? py4c_str_new("True", 4) : py4c_str_new("False", 5);
    return format_int_typed(b ? 1 : 0, spec, "bool");
}

py4c_str *py4c_format_float(double v, py4c_str *spec) {
    if (spec->len == 0) return py4c_float_repr(v);
    fspec f;
    if (!parse_spec(spec, "float", 0, '>', &f)) return NULL;
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return format_double(v, &f);
    default:
        raise_unknown_code(f.type, "float");
        return NULL;
    }
}

/* Byte offset of code point n in s. */
static int64_t str_offset(py4c_str *s, int64_t n) {
    if (s->is_ascii || n >= s->nchars) return n >= s->nchars ? s->len : n;
    const unsigned char *p = (const unsigned char *)s->data, *end = p + s->len;
    int64_t off = 0;
    for (int64_t i = 0; i < n; i++) {
        int64_t l;
        py4c_utf8_next(p + off, end, &l);
        off += l;
    }
    return off;
}

/* format_string_internal */
py4c_str *py4c_format_str(py4c_str *s, py4c_str *spec) {
    if (spec->len == 0) {
        py4c_incref(s);
        return s;
    }
    fspec f;
    if (!parse_spec(spec, "str", 's', '<', &f)) return NULL;
    if (f.type != 's') {
        raise_unknown_code(f.type, "str");
        return NULL;
    }
    const char *err = NULL;
    if (f.sign)
        err = f.sign == ' ' ? "Space not allowed in string format specifier"
                            : "Sign not allowed in string format specifier";
    else if (f.no_neg_0)
        err = "Negative zero coercion (z) not allowed in string format specifier";
    else if (f.alternate)
        err = "Alternate form (#) not allowed in string format specifier";
    else if (f.align == '=')
        err = "'=' alignment not allowed in string format specifier";
    if (err) {
        py4c_raise_cstr(PY4C_EXC_ValueError, err);
        return NULL;
    }
    int64_t len = s->nchars;
    if ((f.width == -1 || f.width <= len) && (f.precision == -1 || f.precision >= len)) {
        py4c_incref(s);
        return s;
    }
    if (f.width > MAX_WIDTH) {
        py4c_raise_memory();
        return NULL;
    }
    if (f.precision >= 0 && len >= f.precision) len = f.precision;
    int64_t total = f.width >= 0 && f.width > len ? f.width : len;
    int64_t lpad = f.align == '>' ? total - len : f.align == '^' ? (total - len) / 2 : 0;
    int64_t rpad = total - len - lpad;
    int64_t nbytes = str_offset(s, len);
    char fill[4];
    int fill_len = py4c_utf8_put(fill, f.fill);
    py4c_str *out = py4c_str_alloc((lpad + rpad) * fill_len + nbytes);
    if (!out) return NULL;
    char *p = fill_run(out->data, fill, fill_len, lpad);
    memcpy(p, s->data, (size_t)nbytes);
    fill_run(p + nbytes, fill, fill_len, rpad);
    py4c_str_finish(out);
    return out;
}

/* ------------------------------------------------------------ repr(str) */

/* unicode_repr: returns the output size of one code point (escapes included). */
static int repr_size(uint32_t ch, int64_t utf8_len) {
    switch (ch) {
    case '\\': case '\t': case '\r': case '\n':
        return 2;
    default:
        if (ch < ' ' || ch == 0x7f) return 4;
        if (ch < 0x7f) return 1;
        if (py4c_uni_isprintable(ch)) return (int)utf8_len;
        if (ch < 0x100) return 4;
        if (ch < 0x10000) return 6;
        return 10;
    }
}

py4c_str *py4c_str_repr(py4c_str *s) {
    const unsigned char *p = (const unsigned char *)s->data, *end = p + s->len;
    int64_t squote = 0, dquote = 0, size = 2;
    for (const unsigned char *q = p; q < end;) {
        int64_t l;
        uint32_t ch = py4c_utf8_next(q, end, &l);
        q += l;
        if (ch == '\'') squote++;
        else if (ch == '"') dquote++;
        size += repr_size(ch, l);
    }
    char quote = '\'';
    if (squote) {
        if (dquote)
            size += squote;
        else
            quote = '"';
    }
    py4c_str *out = py4c_str_alloc(size);
    if (!out) return NULL;
    char *o = out->data;
    static const char hex[] = "0123456789abcdef";
    *o++ = quote;
    while (p < end) {
        int64_t l;
        uint32_t ch = py4c_utf8_next(p, end, &l);
        if (ch == (uint32_t)quote || ch == '\\') {
            *o++ = '\\';
            *o++ = (char)ch;
        } else if (ch == '\t') {
            *o++ = '\\';
            *o++ = 't';
        } else if (ch == '\n') {
            *o++ = '\\';
            *o++ = 'n';
        } else if (ch == '\r') {
            *o++ = '\\';
            *o++ = 'r';
        } else if (ch < ' ' || ch == 0x7f) {
            *o++ = '\\';
            *o++ = 'x';
            *o++ = hex[(ch >> 4) & 0xf];
            *o++ = hex[ch & 0xf];
        } else if (ch < 0x7f || py4c_uni_isprintable(ch)) {
            memcpy(o, p, (size_t)l);
            o += l;
        } else {
            int digits = ch < 0x100 ? 2 : ch < 0x10000 ? 4 : 8;
            *o++ = '\\';
            *o++ = ch < 0x100 ? 'x' : ch < 0x10000 ? 'u' : 'U';
            for (int i = digits - 1; i >= 0; i--) *o++ = hex[(ch >> (4 * i)) & 0xf];
        }
        p += l;
    }
    *o++ = quote;
    py4c_str_finish(out);
    return out;
}
