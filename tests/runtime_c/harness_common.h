/* Shared pieces of the runtime test drivers (harness.c, str_harness.c, list_harness.c,
 * dict_harness.c): reading command lines, tokens, hex-encoded strings, and printing
 * results and pending exceptions ("ERR <ExcName> h<hexmsg>") while checking the
 * runtime's error-flag protocol (error value <=> exception set).
 *
 * Header-only (static inline, so that each driver uses what it needs). Define
 * HARNESS_TYPED_VALUES before including it for the type-code and typed-value parsing
 * of the register-based drivers; they then define parse_value themselves.
 */
#ifndef PY4C_HARNESS_COMMON_H
#define PY4C_HARNESS_COMMON_H

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "py4c.h"

/* ------------------------------------------------------------ input */

/* The next space-separated token of *p (NUL-terminated in place), or NULL. */
static inline char *next_tok(char **p) {
    while (**p == ' ') (*p)++;
    if (!**p) return NULL;
    char *t = *p;
    while (**p && **p != ' ') (*p)++;
    if (**p) *(*p)++ = '\0';
    return t;
}

static inline int hexval(char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; }

/* A new str from `h` + hex of its UTF-8 bytes (not sscanf: glibc's is O(strlen) per call). */
static inline py4c_str *hex_str(const char *t) {
    size_t n = (strlen(t) - 1) / 2;
    char *buf = malloc(n + 1);
    for (size_t i = 0; i < n; i++)
        buf[i] = (char)(hexval(t[1 + 2 * i]) << 4 | hexval(t[2 + 2 * i]));
    py4c_str *s = py4c_str_new(buf, (int64_t)n);
    free(buf);
    return s;
}

/* A double from 16 hex digits of its bits. */
static inline double bits_double(const char *t) {
    uint64_t bits = strtoull(t, NULL, 16);
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

/* Calls run on every line of stdin (without its newline), flushing after each. */
static inline void for_each_line(void (*run)(char *line)) {
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, stdin)) > 0) {
        if (line[n - 1] == '\n') line[n - 1] = '\0';
        run(line);
        fflush(stdout);
    }
    free(line);
}

/* ------------------------------------------------------------ output */

static inline void put_hex(const char *data, int64_t len) {
    static const char digits[] = "0123456789abcdef";
    putchar('h');
    for (int64_t i = 0; i < len; i++) {
        putchar(digits[(unsigned char)data[i] >> 4]);
        putchar(digits[(unsigned char)data[i] & 15]);
    }
}

/* Prints and clears the pending exception, if any; 1 if there was one. */
static inline int report_exc(void) {
    if (!py4c_exc_type) return 0;
    printf("ERR %s ", py4c_exc_name(py4c_exc_type));
    if (py4c_exc_msg) put_hex(py4c_exc_msg->data, py4c_exc_msg->len);
    else put_hex("", 0);
    putchar('\n');
    py4c_clear_exc();
    return 1;
}

/* Checks an object result r against the error-flag protocol: 1 if it may be printed;
 * else prints the error (or a BUG line) and returns 0, and the caller releases r. */
static inline int result_ok(const void *r) {
    if (!r) {
        if (!report_exc()) printf("BUG NULL without exception\n");
        return 0;
    }
    if (py4c_exc_type) {
        printf("BUG result with exception set\n");
        py4c_clear_exc();
        return 0;
    }
    return 1;
}

/* A string's cached header (type, refcount, NUL, nchars, is_ascii) matches its bytes. */
static inline int header_ok(py4c_str *r) {
    int64_t n = 0;
    for (int64_t i = 0; i < r->len; i++) n += ((unsigned char)r->data[i] & 0xc0) != 0x80;
    if (r->h.type_id != PY4C_T_STR || r->h.refcnt < 1) return 0;
    return r->data[r->len] == '\0' && n == r->nchars && r->is_ascii == (n == r->len);
}

/* Prints a str result as `<prefix>h<hex>` (and releases it). */
static inline void out_str_as(py4c_str *r, const char *prefix) {
    if (result_ok(r)) {
        if (!header_ok(r)) {
            printf("BUG bad string header\n");
        } else {
            fputs(prefix, stdout);
            put_hex(r->data, r->len);
            putchar('\n');
        }
    }
    py4c_xdecref(r);
}

/* `OK i <v>`, or the pending exception. */
static inline void out_i(int64_t v) {
    if (!report_exc()) printf("OK i %" PRId64 "\n", v);
}

/* ------------------------------------------------------------ typed values */
#ifdef HARNESS_TYPED_VALUES

#define NREG 10

static int bad; /* a malformed command */

static inline int64_t int_tok(char **p) {
    char *t = next_tok(p), *end;
    if (!t) { bad = 1; return 0; }
    int64_t v = strtoll(t, &end, 10);
    if (*end) bad = 1;
    return v;
}

static py4c_tinfo pool[64];
static int pool_n;

/* Type codes: i int, w i32, u u8, b bool, n None, f float, s str, l<T> list[T],
 * d<K><V> dict[K, V], S<T> set[T]. Equal types share one (interned) py4c_tinfo. */
static inline const py4c_tinfo *parse_type(const char **p) {
    py4c_tinfo t;
    memset(&t, 0, sizeof t);
    char c = *(*p)++;
    switch (c) {
    case 'i': t.tag = PY4C_TAG_INT; t.kind = PY4C_ELEM_I64; break;
    case 'w': t.tag = PY4C_TAG_I32; t.kind = PY4C_ELEM_I32; break;
    case 'u': t.tag = PY4C_TAG_U8; t.kind = PY4C_ELEM_U8; break;
    case 'b': t.tag = PY4C_TAG_BOOL; t.kind = PY4C_ELEM_U8; break;
    case 'n': t.tag = PY4C_TAG_NONE; t.kind = PY4C_ELEM_U8; break;
    case 'f': t.tag = PY4C_TAG_FLOAT; t.kind = PY4C_ELEM_F64; break;
    case 's': t.tag = PY4C_TAG_STR; t.kind = PY4C_ELEM_OBJ; break;
    case 'l':
        t.tag = PY4C_TAG_LIST;
        t.kind = PY4C_ELEM_OBJ;
        t.elem = parse_type(p);
        if (!t.elem) return NULL;
        break;
    case 'd': case 'S':
        t.tag = c == 'd' ? PY4C_TAG_DICT : PY4C_TAG_SET;
        t.kind = PY4C_ELEM_OBJ;
        t.elem = parse_type(p);
        if (!t.elem) return NULL;
        if (c == 'd' && !(t.val = parse_type(p))) return NULL;
        break;
    default: return NULL;
    }
    for (int i = 0; i < pool_n; i++)
        if (pool[i].tag == t.tag && pool[i].kind == t.kind && pool[i].elem == t.elem && pool[i].val == t.val)
            return &pool[i];
    if (pool_n == 64) return NULL;
    pool[pool_n] = t;
    return &pool[pool_n++];
}

static inline const py4c_tinfo *type_tok(const char *s) {
    if (!s) return NULL;
    const py4c_tinfo *t = parse_type(&s);
    return t && !*s ? t : NULL;
}

typedef union { int64_t i; double f; uint8_t u; int32_t w; py4c_head *o; } slot;

/* Defined by the driver: parses a value of type t into *out (objects: a new
 * reference). 0 or -1. */
static int parse_value(const py4c_tinfo *t, char **p, slot *out);

/* A scalar or str token of type t: ints in decimal (bool 0/1), None as N, floats as
 * x + 16 hex digits of their bits, strs as h + hex. 0, or -1 (malformed or not such a type). */
static inline int parse_scalar(const py4c_tinfo *t, const char *tok, slot *out) {
    switch (t->tag) {
    case PY4C_TAG_INT: out->i = strtoll(tok, NULL, 10); return 0;
    case PY4C_TAG_I32: out->w = (int32_t)strtol(tok, NULL, 10); return 0;
    case PY4C_TAG_U8: case PY4C_TAG_BOOL: out->u = (uint8_t)strtol(tok, NULL, 10); return 0;
    case PY4C_TAG_NONE: out->u = 0; return tok[0] == 'N' ? 0 : -1;
    case PY4C_TAG_FLOAT:
        if (tok[0] != 'x') return -1;
        out->f = bits_double(tok + 1);
        return 0;
    case PY4C_TAG_STR: {
        if (tok[0] != 'h') return -1;
        py4c_str *s = hex_str(tok);
        out->o = s ? &s->h : NULL;
        return s ? 0 : -1;
    }
    default: return -1;
    }
}

/* `[ v v ... ]` as a new list, or NULL. */
static inline py4c_list *parse_list(const py4c_tinfo *elem, char **p) {
    char *tok = next_tok(p);
    if (!tok || strcmp(tok, "[") != 0) return NULL;
    py4c_list *l = py4c_list_new(elem->kind, 0);
    for (;;) {
        while (**p == ' ') (*p)++;
        if (**p == ']') {
            next_tok(p);
            return l;
        }
        slot v;
        if (parse_value(elem, p, &v) < 0) {
            py4c_decref(l);
            return NULL;
        }
        py4c_list_append(l, &v);
        py4c_value_decref(elem, &v);
    }
}

#endif /* HARNESS_TYPED_VALUES */
#endif /* PY4C_HARNESS_COMMON_H */
