/* py4c runtime: immutable UTF-8 strings.
 *
 * Phase: runtime. Strings cache their code point count and an all-ASCII flag; ASCII
 * strings index in O(1), others walk the UTF-8 bytes. One-character ASCII strings are
 * static and immortal (one table, initialised at compile time), so iterating, indexing
 * or splitting ASCII text into characters does not allocate.
 */
#include "py4c.h"

#include <stdlib.h>
#include <string.h>

/* The 128 one-character ASCII strings: py4c_str's layout with a fixed-size data array
 * (a flexible array member cannot be initialised statically). */
typedef struct {
    py4c_head h;
    int64_t len, nchars, hash, is_ascii;
    char data[8];
} char_str;

#define C1(c) {{PY4C_IMMORTAL, PY4C_T_STR, 0}, 1, 1, -1, 1, {(char)(c), 0}}
#define C8(c) C1(c), C1(c + 1), C1(c + 2), C1(c + 3), C1(c + 4), C1(c + 5), C1(c + 6), C1(c + 7)
#define C32(c) C8(c), C8(c + 8), C8(c + 16), C8(c + 24)
static char_str ascii_chars[128] = {C32(0), C32(32), C32(64), C32(96)};
#undef C32
#undef C8
#undef C1

py4c_str *py4c_str_alloc(int64_t len) {
    py4c_str *s = py4c_alloc(sizeof(py4c_str) + (size_t)len + 1);
    if (!s) return NULL;
    s->h.refcnt = 1;
    s->h.type_id = PY4C_T_STR;
    s->h.flags = 0;
    s->len = len;
    s->nchars = len;
    s->hash = -1;
    s->is_ascii = 1;
    return s;
}

/* Counts the code points (the bytes that are not UTF-8 continuation bytes 10xxxxxx)
 * eight bytes at a time. */
void py4c_str_finish(py4c_str *s) {
    const unsigned char *d = (const unsigned char *)s->data;
    int64_t len = s->len, i = 0, cont = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, d + i, 8);
        if (!(w & 0x8080808080808080ULL)) continue;
        uint64_t c = (w & ~(w << 1) & 0x8080808080808080ULL) >> 7; /* 1 per continuation byte */
        cont += (int64_t)((c * 0x0101010101010101ULL) >> 56);
    }
    for (; i < len; i++) cont += (d[i] & 0xC0) == 0x80;
    s->nchars = len - cont;
    s->is_ascii = cont == 0;
    s->data[len] = 0;
}

py4c_str *py4c_str_new(const char *data, int64_t len) {
    if (len == 1 && (unsigned char)data[0] < 128) return py4c_str_from_char((unsigned char)data[0]);
    py4c_str *s = py4c_str_alloc(len);
    if (!s) return NULL;
    memcpy(s->data, data, (size_t)len);
    py4c_str_finish(s);
    return s;
}

/* str(v) for a 64-bit int: decimal digits written backwards, two at a time. */
py4c_str *py4c_str_from_int(int64_t v) {
    static const char pairs[201] =
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
        "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
        "8081828384858687888990919293949596979899";
    char buf[24], *p = buf + sizeof buf;
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    if (m < 10 && v >= 0) return py4c_str_from_char((uint32_t)('0' + m));
    while (m >= 100) {
        unsigned k = (unsigned)(m % 100) * 2;
        m /= 100;
        *--p = pairs[k + 1];
        *--p = pairs[k];
    }
    if (m >= 10) {
        *--p = pairs[m * 2 + 1];
        *--p = pairs[m * 2];
    } else {
        *--p = (char)('0' + m);
    }
    if (v < 0) *--p = '-';
    int64_t n = buf + sizeof buf - p;
    py4c_str *s = py4c_str_alloc(n);
    if (!s) return NULL;
    memcpy(s->data, p, (size_t)n);
    s->data[n] = 0; /* digits are ASCII: py4c_str_alloc already set nchars and is_ascii */
    return s;
}

py4c_str *py4c_str_from_cstr(const char *s) { return py4c_str_new(s, (int64_t)strlen(s)); }

py4c_str *py4c_str_from_char(uint32_t cp) {
    if (cp < 128) {
        py4c_str *s = (py4c_str *)&ascii_chars[cp];
        py4c_incref(s);
        return s;
    }
    char buf[4];
    int64_t n;
    if (cp < 0x800) { buf[0] = (char)(0xC0 | (cp >> 6)); buf[1] = (char)(0x80 | (cp & 0x3F)); n = 2; }
    else if (cp < 0x10000) {
        buf[0] = (char)(0xE0 | (cp >> 12)); buf[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        buf[2] = (char)(0x80 | (cp & 0x3F)); n = 3;
    } else {
        buf[0] = (char)(0xF0 | (cp >> 18)); buf[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        buf[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); buf[3] = (char)(0x80 | (cp & 0x3F)); n = 4;
    }
    py4c_str *s = py4c_str_alloc(n);
    if (!s) return NULL;
    memcpy(s->data, buf, (size_t)n);
    s->data[n] = 0;
    s->nchars = 1;
    s->is_ascii = 0;
    return s;
}

py4c_str *py4c_str_concat(py4c_str *a, py4c_str *b) {
    if (b->len == 0) { py4c_incref(a); return a; }
    if (a->len == 0) { py4c_incref(b); return b; }
    py4c_str *s = py4c_str_alloc(a->len + b->len);
    if (!s) return NULL;
    memcpy(s->data, a->data, (size_t)a->len);
    memcpy(s->data + a->len, b->data, (size_t)b->len);
    s->data[s->len] = 0;
    s->nchars = a->nchars + b->nchars;
    s->is_ascii = a->is_ascii && b->is_ascii;
    return s;
}

py4c_str *py4c_str_join_n(int64_t n, py4c_str **parts) {
    int64_t len = 0, nchars = 0, ascii = 1;
    for (int64_t i = 0; i < n; i++) {
        len += parts[i]->len;
        nchars += parts[i]->nchars;
        ascii &= parts[i]->is_ascii != 0;
    }
    py4c_str *s = py4c_str_alloc(len);
    if (!s) return NULL;
    char *p = s->data;
    for (int64_t i = 0; i < n; i++) {
        memcpy(p, parts[i]->data, (size_t)parts[i]->len);
        p += parts[i]->len;
    }
    *p = 0;
    s->nchars = nchars;
    s->is_ascii = ascii;
    return s;
}

int64_t py4c_str_eq(py4c_str *a, py4c_str *b) {
    return a == b || (a->len == b->len && memcmp(a->data, b->data, (size_t)a->len) == 0);
}

/* UTF-8 byte order equals code point order, so memcmp compares by code point. */
int64_t py4c_str_cmp(py4c_str *a, py4c_str *b) {
    int64_t n = a->len < b->len ? a->len : b->len;
    int c = memcmp(a->data, b->data, (size_t)n);
    if (c) return c;
    return (a->len > b->len) - (a->len < b->len);
}

int64_t py4c_str_contains(py4c_str *hay, py4c_str *needle) {
    if (needle->len == 0) return 1;
    if (needle->len > hay->len) return 0;
    const char *end = hay->data + hay->len - needle->len;
    for (const char *p = hay->data; p <= end; p++) {
        p = memchr(p, needle->data[0], (size_t)(end - p + 1));
        if (!p) return 0;
        if (memcmp(p, needle->data, (size_t)needle->len) == 0) return 1;
    }
    return 0;
}

static uint32_t decode_at(const unsigned char *p, int *width) {
    if (p[0] < 0x80) { *width = 1; return p[0]; }
    if ((p[0] & 0xE0) == 0xC0) { *width = 2; return ((uint32_t)(p[0] & 0x1F) << 6) | (p[1] & 0x3F); }
    if ((p[0] & 0xF0) == 0xE0) {
        *width = 3;
        return ((uint32_t)(p[0] & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    *width = 4;
    return ((uint32_t)(p[0] & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) | ((uint32_t)(p[2] & 0x3F) << 6) |
           (p[3] & 0x3F);
}

py4c_str *py4c_str_getitem(py4c_str *s, int64_t i) {
    if (i < 0) i += s->nchars;
    if ((uint64_t)i >= (uint64_t)s->nchars) {
        py4c_raise_cstr(PY4C_EXC_IndexError, "string index out of range");
        return NULL;
    }
    if (s->is_ascii) {
        py4c_str *c = (py4c_str *)&ascii_chars[(unsigned char)s->data[i] & 127];
        py4c_incref(c);
        return c;
    }
    const unsigned char *p = (const unsigned char *)s->data;
    int w;
    for (int64_t k = 0; k < i; k++) { decode_at(p, &w); p += w; }
    return py4c_str_from_char(decode_at(p, &w));
}

py4c_str *py4c_str_from_bool(int64_t b) { return py4c_str_from_cstr(b ? "True" : "False"); }

py4c_str *py4c_str_char_at_byte(py4c_str *s, int64_t pos) {
    if (pos < 0 || pos >= s->len) {
        py4c_raise_cstr(PY4C_EXC_IndexError, "string index out of range");
        return NULL;
    }
    int w;
    return py4c_str_from_char(decode_at((const unsigned char *)s->data + pos, &w));
}
