/* py4c runtime: str methods (slicing, searching, splitting, joining, padding, hashing).
 *
 * Phase: runtime. CPython 3.11 semantics and messages (Objects/unicodeobject.c and
 * Objects/stringlib/). Indices are code point indices; an all-ASCII string (is_ascii)
 * takes the fast path where a byte offset is a code point index, other strings walk
 * their UTF-8. Searches work on bytes: a valid UTF-8 needle only matches at code point
 * boundaries. Every operation is linear in its input (forward searches use memmem,
 * reverse ones memmem over a reversed copy when the needle is long).
 * Case mapping and the str.is*() predicates live in strcase.c.
 */
#define _GNU_SOURCE /* memmem (glibc, musl, BSDs) */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "numfmt.h"
#include "py4c.h"

/* ------------------------------------------------------------ UTF-8 helpers: numfmt.h */


/* The byte offset of the code point before offset b (b > 0). */
static inline int64_t prev_pos(const unsigned char *d, int64_t b) {
    b--;
    while (b > 0 && is_cont(d[b])) b--;
    return b;
}

/* The byte offset n code points after offset b (stops at len). */
static int64_t advance(const unsigned char *d, int64_t len, int64_t b, int64_t n) {
    while (n > 0 && b < len) {
        b++;
        while (b < len && is_cont(d[b])) b++;
        n--;
    }
    return b;
}

/* Code points in d[0:n]. */
static int64_t count_chars(const unsigned char *d, int64_t n) {
    int64_t k = 0;
    for (int64_t i = 0; i < n; i++) k += !is_cont(d[i]);
    return k;
}

/* The byte offset of code point index i of s (0 <= i; i >= nchars gives len). */
static int64_t byte_at(py4c_str *s, int64_t i) {
    if (s->is_ascii) return i < s->len ? i : s->len;
    if (i >= s->nchars) return s->len;
    const unsigned char *d = (const unsigned char *)s->data;
    if (i <= s->nchars / 2) return advance(d, s->len, 0, i);
    int64_t b = s->len, k = s->nchars;
    while (k > i && b > 0) {
        b--;
        if (!is_cont(d[b])) k--;
    }
    return b;
}

static inline int is_space(uint32_t c) {
    if (c < 0x80) return (c >= 0x9 && c <= 0xd) || (c >= 0x1c && c <= 0x20);
    return py4c_uni_isspace(c);
}

static inline int is_linebreak(uint32_t c) {
    return (c >= 0xa && c <= 0xd) || (c >= 0x1c && c <= 0x1e) || c == 0x85 || c == 0x2028 ||
           c == 0x2029;
}

/* ------------------------------------------------------------ constructors */

static py4c_str *empty_str(void) { return py4c_str_new("", 0); }

/* A new string of the bytes p[0:blen] holding nch code points. */
static py4c_str *sub_str(const char *p, int64_t blen, int64_t nch) {
    if (blen == 1 && (unsigned char)p[0] < 0x80) return py4c_str_from_char((unsigned char)p[0]);
    py4c_str *r = py4c_str_alloc(blen);
    if (!r) return NULL;
    memcpy(r->data, p, (size_t)blen);
    r->data[blen] = 0;
    r->nchars = nch;
    r->is_ascii = nch == blen;
    return r;
}

static py4c_str *same(py4c_str *s) {
    py4c_incref(s);
    return s;
}

/* ------------------------------------------------------------ slicing */

py4c_str *py4c_str_slice(py4c_str *s, int64_t start, int64_t stop, int64_t step, int64_t has_start,
                         int64_t has_stop, int64_t has_step) {
    if (!has_step) step = 1;
    if (step == 0) {
        py4c_raise_cstr(PY4C_EXC_ValueError, "slice step cannot be zero");
        return NULL;
    }
    if (step < -INT64_MAX) step = -INT64_MAX; /* PySlice_Unpack: -step must not overflow */
    if (!has_start) start = step < 0 ? INT64_MAX : 0;
    if (!has_stop) stop = step < 0 ? INT64_MIN : INT64_MAX;
    /* PySlice_AdjustIndices */
    int64_t length = s->nchars, n = 0;
    if (start < 0) {
        start += length;
        if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= length) {
        start = step < 0 ? length - 1 : length;
    }
    if (stop < 0) {
        stop += length;
        if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= length) {
        stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (stop < start) n = (start - stop - 1) / (-step) + 1;
    } else if (start < stop) {
        n = (stop - start - 1) / step + 1;
    }
    if (n <= 0) return empty_str();
    if (n == length && step == 1) return same(s);
    const unsigned char *d = (const unsigned char *)s->data;
    if (step == 1) {
        int64_t b0 = byte_at(s, start);
        int64_t b1 = s->is_ascii ? b0 + n : advance(d, s->len, b0, n);
        return sub_str(s->data + b0, b1 - b0, n);
    }
    if (s->is_ascii) {
        py4c_str *r = py4c_str_alloc(n);
        if (!r) return NULL;
        for (int64_t k = 0; k < n; k++) r->data[k] = s->data[start + k * step]; /* no overflow */
        r->data[n] = 0;
        return r;
    }
    /* Walk the selected code points in increasing order: sum their widths, then copy
     * them (from the end of the result backwards when step < 0). */
    int64_t astep = step < 0 ? -step : step;
    int64_t lo = step > 0 ? start : start + (n - 1) * step;
    int64_t b0 = byte_at(s, lo), blen = 0, nascii = 0;
    for (int64_t k = 0, b = b0; k < n; k++) {
        int64_t e = advance(d, s->len, b, 1);
        blen += e - b;
        nascii += e - b == 1;
        if (k + 1 < n) b = advance(d, s->len, e, astep - 1);
    }
    if (nascii == n && n == 1) return py4c_str_from_char(d[b0]);
    py4c_str *r = py4c_str_alloc(blen);
    if (!r) return NULL;
    int64_t out = step > 0 ? 0 : blen;
    for (int64_t k = 0, b = b0; k < n; k++) {
        int64_t e = advance(d, s->len, b, 1);
        if (step > 0) {
            memcpy(r->data + out, d + b, (size_t)(e - b));
            out += e - b;
        } else {
            out -= e - b;
            memcpy(r->data + out, d + b, (size_t)(e - b));
        }
        if (k + 1 < n) b = advance(d, s->len, e, astep - 1);
    }
    r->data[blen] = 0;
    r->nchars = n;
    r->is_ascii = blen == n;
    return r;
}

/* ------------------------------------------------------------ searching */

static const char *search_fwd(const char *h, int64_t hl, const char *n, int64_t nl) {
    if (nl > hl) return NULL;
    if (nl == 1) return memchr(h, n[0], (size_t)hl);
    return memmem(h, (size_t)hl, n, (size_t)nl);
}

/* Reverse search: the last occurrence of n in h. Short needles scan directly (linear);
 * long ones search the reversed haystack for the reversed needle with memmem, so that
 * no input is quadratic. *oom is set on out of memory (MemoryError raised). */
static const char *search_rev(const char *h, int64_t hl, const char *n, int64_t nl, int *oom) {
    *oom = 0;
    if (nl > hl) return NULL;
    if (nl <= 4 || hl <= 64) {
        for (int64_t i = hl - nl; i >= 0; i--)
            if (h[i] == n[0] && memcmp(h + i, n, (size_t)nl) == 0) return h + i;
        return NULL;
    }
    char *rh = malloc((size_t)(hl + nl));
    if (!rh) { py4c_raise_memory(); *oom = 1; return NULL; }
    char *rn = rh + hl;
    for (int64_t i = 0; i < hl; i++) rh[i] = h[hl - 1 - i];
    for (int64_t i = 0; i < nl; i++) rn[i] = n[nl - 1 - i];
    const char *m = memmem(rh, (size_t)hl, rn, (size_t)nl);
    const char *res = m ? h + (hl - (m - rh) - nl) : NULL;
    free(rh);
    return res;
}

/* CPython's ADJUST_INDICES with the defaults start=0, end=sys.maxsize. */
static void adjust(int64_t len, int64_t *start, int64_t *stop, int64_t has_start, int64_t has_stop) {
    if (!has_start) *start = 0;
    if (!has_stop) *stop = INT64_MAX;
    if (*stop > len) *stop = len;
    else if (*stop < 0) {
        *stop += len;
        if (*stop < 0) *stop = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = 0;
    }
}

/* Byte offsets of code point indices start <= stop (both within [0, nchars]). */
static void byte_range(py4c_str *s, int64_t start, int64_t stop, int64_t *b0, int64_t *b1) {
    *b0 = byte_at(s, start);
    *b1 = s->is_ascii ? stop : advance((const unsigned char *)s->data, s->len, *b0, stop - start);
}

int64_t py4c_str_find(py4c_str *s, py4c_str *sub, int64_t start, int64_t stop, int64_t has_start,
                      int64_t has_stop, int64_t reverse) {
    adjust(s->nchars, &start, &stop, has_start, has_stop);
    if (stop - start < sub->nchars) return -1;
    if (sub->len == 0) return reverse ? stop : start;
    int64_t b0, b1;
    byte_range(s, start, stop, &b0, &b1);
    const char *p;
    if (reverse) {
        int oom;
        p = search_rev(s->data + b0, b1 - b0, sub->data, sub->len, &oom);
        if (oom) return -1;
    } else {
        p = search_fwd(s->data + b0, b1 - b0, sub->data, sub->len);
    }
    if (!p) return -1;
    int64_t off = p - (s->data + b0);
    return start + (s->is_ascii ? off : count_chars((const unsigned char *)s->data + b0, off));
}

int64_t py4c_str_index(py4c_str *s, py4c_str *sub, int64_t start, int64_t stop, int64_t has_start,
                       int64_t has_stop, int64_t reverse) {
    int64_t r = py4c_str_find(s, sub, start, stop, has_start, has_stop, reverse);
    if (r < 0 && !py4c_exc_type) py4c_raise_cstr(PY4C_EXC_ValueError, "substring not found");
    return r;
}

int64_t py4c_str_count(py4c_str *s, py4c_str *sub, int64_t start, int64_t stop, int64_t has_start,
                       int64_t has_stop) {
    adjust(s->nchars, &start, &stop, has_start, has_stop);
    if (stop - start < sub->nchars) return 0;
    if (sub->len == 0) return stop - start + 1;
    int64_t b0, b1, n = 0;
    byte_range(s, start, stop, &b0, &b1);
    const char *p = s->data + b0, *end = s->data + b1;
    while ((p = search_fwd(p, end - p, sub->data, sub->len)) != NULL) {
        n++;
        p += sub->len;
    }
    return n;
}

int64_t py4c_str_startswith(py4c_str *s, py4c_str *prefix, int64_t start, int64_t stop,
                            int64_t has_start, int64_t has_stop, int64_t ends) {
    adjust(s->nchars, &start, &stop, has_start, has_stop);
    if (stop - prefix->nchars < start) return 0;
    if (prefix->len == 0) return 1;
    int64_t b;
    if (ends) {
        b = byte_at(s, stop) - prefix->len;
        if (b < 0) return 0;
    } else {
        b = byte_at(s, start);
        if (b + prefix->len > s->len) return 0;
    }
    return memcmp(s->data + b, prefix->data, (size_t)prefix->len) == 0;
}

/* ------------------------------------------------------------ splitting and joining */

static py4c_list *fail(py4c_list *l) {
    py4c_decref(l);
    return NULL;
}

/* Appends the string p[0:blen] to l; a piece of an ASCII string is ASCII (no recount). */
static int add_piece(py4c_list *l, const char *p, int64_t blen, int ascii) {
    py4c_str *x = ascii ? sub_str(p, blen, blen) : py4c_str_new(p, blen);
    if (!x) return -1;
    return py4c_list_append_obj(l, (py4c_head *)x) < 0 ? -1 : 0;
}

/* The ASCII whitespace of str.split() and str.isspace(): \t\n\v\f\r, \x1c-\x1f, space. */
static inline int ascii_space(unsigned char c) { return (c >= 0x9 && c <= 0xd) || (c >= 0x1c && c <= 0x20); }

/* str.split() (whitespace, no maxsplit) of an ASCII string. */
static py4c_list *split_ascii_whitespace(py4c_list *l, const unsigned char *d, int64_t len) {
    int64_t i = 0;
    for (;;) {
        while (i < len && ascii_space(d[i])) i++;
        if (i == len) return l;
        int64_t j = i++;
        while (i < len && !ascii_space(d[i])) i++;
        if (add_piece(l, (const char *)d + j, i - j, 1) < 0) return fail(l);
    }
}

static void reverse_items(py4c_list *l) {
    py4c_head **it = (py4c_head **)l->items;
    for (int64_t i = 0, j = l->len - 1; i < j; i++, j--) {
        py4c_head *t = it[i];
        it[i] = it[j];
        it[j] = t;
    }
}

py4c_list *py4c_str_split(py4c_str *s, py4c_str *sep, int64_t maxsplit) {
    if (sep && sep->len == 0) {
        py4c_raise_cstr(PY4C_EXC_ValueError, "empty separator");
        return NULL;
    }
    py4c_list *l = py4c_list_new(PY4C_ELEM_OBJ, 0);
    if (!l) return NULL;
    if (maxsplit < 0) maxsplit = INT64_MAX;
    const unsigned char *d = (const unsigned char *)s->data, *end = d + s->len;
    int64_t len = s->len, i = 0;
    int ascii = s->is_ascii != 0;
    if (sep) {
        while (maxsplit-- > 0) {
            const char *p = search_fwd(s->data + i, len - i, sep->data, sep->len);
            if (!p) break;
            int64_t j = p - s->data;
            if (add_piece(l, s->data + i, j - i, ascii) < 0) return fail(l);
            i = j + sep->len;
        }
        if (add_piece(l, s->data + i, len - i, ascii) < 0) return fail(l);
        return l;
    }
    if (ascii && maxsplit == INT64_MAX) return split_ascii_whitespace(l, d, len);
    int w = 1;
    while (maxsplit-- > 0) {
        while (i < len && is_space(dec(d + i, end, &w))) i += w;
        if (i == len) break;
        int64_t j = i;
        i += w;
        while (i < len && !is_space(dec(d + i, end, &w))) i += w;
        if (add_piece(l, s->data + j, i - j, ascii) < 0) return fail(l);
    }
    if (i < len) {
        while (i < len && is_space(dec(d + i, end, &w))) i += w;
        if (i != len && add_piece(l, s->data + i, len - i, ascii) < 0) return fail(l);
    }
    return l;
}

py4c_list *py4c_str_rsplit(py4c_str *s, py4c_str *sep, int64_t maxsplit) {
    if (sep && sep->len == 0) {
        py4c_raise_cstr(PY4C_EXC_ValueError, "empty separator");
        return NULL;
    }
    py4c_list *l = py4c_list_new(PY4C_ELEM_OBJ, 0);
    if (!l) return NULL;
    if (maxsplit < 0) maxsplit = INT64_MAX;
    const unsigned char *d = (const unsigned char *)s->data, *end = d + s->len;
    int w;
    if (sep) {
        int64_t i = s->len; /* the unsplit part is s[0:i] */
        const char *h = s->data;
        char *rev = NULL;    /* reversed copy of s, for long separators */
        const char *rsep = sep->data;
        int64_t scanned = 0; /* bytes of rev already searched */
        if (sep->len > 4 && s->len > 64) {
            rev = malloc((size_t)(s->len + sep->len));
            if (!rev) { py4c_raise_memory(); return fail(l); }
            for (int64_t k = 0; k < s->len; k++) rev[k] = h[s->len - 1 - k];
            for (int64_t k = 0; k < sep->len; k++) rev[s->len + k] = sep->data[sep->len - 1 - k];
            rsep = rev + s->len;
        }
        while (maxsplit-- > 0) {
            int64_t pos;
            if (rev) {
                const char *m = search_fwd(rev + scanned, s->len - scanned, rsep, sep->len);
                if (!m) break;
                scanned = (m - rev) + sep->len;
                pos = s->len - scanned;
            } else {
                int oom;
                const char *m = search_rev(h, i, sep->data, sep->len, &oom);
                if (!m) break;
                pos = m - h;
            }
            if (add_piece(l, h + pos + sep->len, i - pos - sep->len, s->is_ascii != 0) < 0) {
                free(rev);
                return fail(l);
            }
            i = pos;
        }
        free(rev);
        if (add_piece(l, h, i, s->is_ascii != 0) < 0) return fail(l);
        reverse_items(l);
        return l;
    }
    int64_t i = s->len; /* exclusive end of the unscanned part */
    while (maxsplit-- > 0) {
        while (i > 0) {
            int64_t p = prev_pos(d, i);
            if (!is_space(dec(d + p, end, &w))) break;
            i = p;
        }
        if (i == 0) break;
        int64_t j = i;
        i = prev_pos(d, i);
        while (i > 0) {
            int64_t p = prev_pos(d, i);
            if (is_space(dec(d + p, end, &w))) break;
            i = p;
        }
        if (add_piece(l, s->data + i, j - i, s->is_ascii != 0) < 0) return fail(l);
    }
    if (i > 0) {
        while (i > 0) {
            int64_t p = prev_pos(d, i);
            if (!is_space(dec(d + p, end, &w))) break;
            i = p;
        }
        if (i > 0 && add_piece(l, s->data, i, s->is_ascii != 0) < 0) return fail(l);
    }
    reverse_items(l);
    return l;
}

py4c_list *py4c_str_splitlines(py4c_str *s, int64_t keepends) {
    py4c_list *l = py4c_list_new(PY4C_ELEM_OBJ, 0);
    if (!l) return NULL;
    const unsigned char *d = (const unsigned char *)s->data, *end = d + s->len;
    int64_t len = s->len, i = 0, j = 0;
    int w = 1;
    while (i < len) {
        while (i < len && !is_linebreak(dec(d + i, end, &w))) i += w;
        int64_t eol = i;
        if (i < len) {
            if (d[i] == '\r' && i + 1 < len && d[i + 1] == '\n') i += 2;
            else i += w;
            if (keepends) eol = i;
        }
        if (add_piece(l, s->data + j, eol - j, s->is_ascii != 0) < 0) return fail(l);
        j = i;
    }
    return l;
}

py4c_str *py4c_str_join(py4c_str *sep, py4c_list *parts) {
    int64_t n = parts->len;
    py4c_str **items = (py4c_str **)parts->items;
    if (n == 0) return empty_str();
    if (n == 1) return same(items[0]);
    int64_t len = 0, nchars = 0, ascii = sep->is_ascii;
    for (int64_t i = 0; i < n; i++) {
        if (items[i]->len > INT64_MAX / 2 - len) { py4c_raise_memory(); return NULL; }
        len += items[i]->len;
        nchars += items[i]->nchars;
        ascii &= items[i]->is_ascii != 0;
    }
    if (sep->len && n - 1 > (INT64_MAX / 2 - len) / sep->len) { py4c_raise_memory(); return NULL; }
    len += (n - 1) * sep->len;
    nchars += (n - 1) * sep->nchars;
    py4c_str *r = py4c_str_alloc(len);
    if (!r) return NULL;
    char *p = r->data;
    for (int64_t i = 0; i < n; i++) {
        if (i && sep->len) {
            memcpy(p, sep->data, (size_t)sep->len);
            p += sep->len;
        }
        memcpy(p, items[i]->data, (size_t)items[i]->len);
        p += items[i]->len;
    }
    *p = 0;
    r->nchars = nchars;
    r->is_ascii = ascii;
    return r;
}

/* ------------------------------------------------------------ strip */

static int cmp_u32(const void *a, const void *b) {
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

py4c_str *py4c_str_strip(py4c_str *s, py4c_str *chars, int64_t which) {
    const unsigned char *d = (const unsigned char *)s->data, *end = d + s->len;
    uint64_t ascii_set[2] = {0, 0}; /* the ASCII code points of chars */
    uint32_t *set = NULL;            /* the others, sorted */
    int64_t nset = 0;
    int w;
    if (chars) {
        if (chars->len == 0 || s->len == 0) return same(s);
        const unsigned char *c = (const unsigned char *)chars->data, *ce = c + chars->len;
        if (!chars->is_ascii) {
            set = malloc(sizeof(uint32_t) * (size_t)chars->nchars);
            if (!set) { py4c_raise_memory(); return NULL; }
        }
        for (; c < ce; c += w) {
            uint32_t cp = dec(c, ce, &w);
            if (cp < 128) ascii_set[cp >> 6] |= (uint64_t)1 << (cp & 63);
            else set[nset++] = cp;
        }
        if (nset > 1) qsort(set, (size_t)nset, sizeof *set, cmp_u32);
    }
#define STRIPPED(cp)                                                                         \
    (!chars ? is_space(cp)                                                                   \
            : (cp) < 128 ? (int)((ascii_set[(cp) >> 6] >> ((cp) & 63)) & 1)                  \
                         : (nset && bsearch(&(cp), set, (size_t)nset, sizeof *set, cmp_u32) != NULL))
    int64_t i = 0, j = s->len;
    if (which & 1) {
        while (i < j) {
            uint32_t cp = dec(d + i, end, &w);
            if (!STRIPPED(cp)) break;
            i += w;
        }
    }
    if (which & 2) {
        while (j > i) {
            int64_t p = prev_pos(d, j);
            uint32_t cp = dec(d + p, end, &w);
            if (!STRIPPED(cp)) break;
            j = p;
        }
    }
#undef STRIPPED
    free(set);
    if (i == 0 && j == s->len) return same(s);
    return sub_str(s->data + i, j - i, s->is_ascii ? j - i : count_chars(d + i, j - i));
}

/* ------------------------------------------------------------ replace */

py4c_str *py4c_str_replace(py4c_str *s, py4c_str *old, py4c_str *new_, int64_t count) {
    if (count < 0) count = INT64_MAX;
    if (s->nchars < old->nchars || count == 0) return same(s);
    if (old->len == 0) {
        /* new_ before every code point and at the end, count times at most */
        if (new_->len == 0) return same(s);
        int64_t k = count < s->nchars + 1 ? count : s->nchars + 1;
        if (k > (INT64_MAX / 2 - s->len) / new_->len) {
            py4c_raise_cstr(PY4C_EXC_OverflowError, "replace string is too long");
            return NULL;
        }
        py4c_str *r = py4c_str_alloc(s->len + k * new_->len);
        if (!r) return NULL;
        const unsigned char *d = (const unsigned char *)s->data;
        char *o = r->data;
        int64_t b = 0;
        for (int64_t i = 0; i < k; i++) {
            memcpy(o, new_->data, (size_t)new_->len);
            o += new_->len;
            if (b < s->len) {
                int64_t e = advance(d, s->len, b, 1);
                memcpy(o, d + b, (size_t)(e - b));
                o += e - b;
                b = e;
            }
        }
        memcpy(o, d + b, (size_t)(s->len - b));
        r->data[r->len] = 0;
        r->nchars = s->nchars + k * new_->nchars;
        r->is_ascii = s->is_ascii && new_->is_ascii;
        return r;
    }
    int64_t n = 0;
    const char *p = s->data, *end = s->data + s->len;
    while (n < count && (p = search_fwd(p, end - p, old->data, old->len)) != NULL) {
        n++;
        p += old->len;
    }
    if (n == 0) return same(s);
    int64_t delta = new_->len - old->len;
    if (delta > 0 && n > (INT64_MAX / 2 - s->len) / delta) {
        py4c_raise_cstr(PY4C_EXC_OverflowError, "replace string is too long");
        return NULL;
    }
    int64_t rlen = s->len + n * delta;
    if (rlen == 0) return empty_str();
    py4c_str *r = py4c_str_alloc(rlen);
    if (!r) return NULL;
    char *o = r->data;
    p = s->data;
    for (int64_t k = 0; k < n; k++) {
        const char *m = search_fwd(p, end - p, old->data, old->len);
        memcpy(o, p, (size_t)(m - p));
        o += m - p;
        memcpy(o, new_->data, (size_t)new_->len);
        o += new_->len;
        p = m + old->len;
    }
    memcpy(o, p, (size_t)(end - p));
    r->data[rlen] = 0;
    r->nchars = s->nchars + n * (new_->nchars - old->nchars);
    r->is_ascii = r->nchars == rlen;
    if (rlen == 1 && r->is_ascii) { /* keep one-char ASCII strings canonical */
        py4c_str *c = py4c_str_from_char((unsigned char)r->data[0]);
        py4c_decref(r);
        return c;
    }
    return r;
}

/* ------------------------------------------------------------ characters */

int64_t py4c_str_ord(py4c_str *s) {
    if (s->nchars != 1) {
        py4c_raise_fmt(PY4C_EXC_TypeError, "ord() expected a character, but string of length %" PRId64 " found",
                       s->nchars);
        return -1;
    }
    int w;
    return dec((const unsigned char *)s->data, (const unsigned char *)s->data + s->len, &w);
}

py4c_str *py4c_str_chr(int64_t cp) {
    if (cp < INT32_MIN || cp > INT32_MAX) { /* chr() converts its argument to a C int first */
        py4c_raise_cstr(PY4C_EXC_OverflowError, "Python int too large to convert to C int");
        return NULL;
    }
    if (cp < 0 || cp > 0x10FFFF) {
        py4c_raise_cstr(PY4C_EXC_ValueError, "chr() arg not in range(0x110000)");
        return NULL;
    }
    return py4c_str_from_char((uint32_t)cp);
}

py4c_str *py4c_str_next_char(py4c_str *s, int64_t *pos) {
    int64_t b = *pos;
    if (b < 0 || b >= s->len) {
        py4c_raise_cstr(PY4C_EXC_IndexError, "string index out of range");
        return NULL;
    }
    unsigned char c = (unsigned char)s->data[b];
    if (c < 0x80) {
        *pos = b + 1;
        return py4c_str_from_char(c);
    }
    int64_t e = advance((const unsigned char *)s->data, s->len, b, 1);
    *pos = e;
    return sub_str(s->data + b, e - b, 1);
}

/* ------------------------------------------------------------ repeat and padding */

py4c_str *py4c_str_repeat(py4c_str *s, int64_t n) {
    if (n <= 0 || s->len == 0) return empty_str();
    if (n == 1) return same(s);
    if (s->nchars > INT64_MAX / n) {
        py4c_raise_cstr(PY4C_EXC_OverflowError, "repeated string is too long");
        return NULL;
    }
    if (s->len > (INT64_MAX / 2) / n) { py4c_raise_memory(); return NULL; }
    int64_t total = s->len * n;
    py4c_str *r = py4c_str_alloc(total);
    if (!r) return NULL;
    if (s->len == 1) {
        memset(r->data, s->data[0], (size_t)total);
    } else {
        memcpy(r->data, s->data, (size_t)s->len);
        int64_t done = s->len;
        while (done < total) { /* doubling copies */
            int64_t k = done < total - done ? done : total - done;
            memcpy(r->data + done, r->data, (size_t)k);
            done += k;
        }
    }
    r->data[total] = 0;
    r->nchars = s->nchars * n;
    r->is_ascii = s->is_ascii;
    return r;
}

static void fill_n(char *o, const char *f, int64_t flen, int64_t n) {
    if (flen == 1) {
        memset(o, f[0], (size_t)n);
        return;
    }
    for (int64_t i = 0; i < n; i++) memcpy(o + i * flen, f, (size_t)flen);
}

py4c_str *py4c_str_pad(py4c_str *s, int64_t width, py4c_str *fill, int64_t how) {
    if (how != 4 && fill && fill->nchars != 1) {
        py4c_raise_cstr(PY4C_EXC_TypeError, "The fill character must be exactly one character long");
        return NULL;
    }
    if (width <= s->nchars) return same(s);
    int64_t marg = width - s->nchars, left, right;
    const char *f = " ";
    int64_t flen = 1;
    if (how == 4) f = "0";
    else if (fill) { f = fill->data; flen = fill->len; }
    switch (how) {
    case 1: left = 0; break;
    case 2: case 4: left = marg; break;
    default: left = marg / 2 + (marg & width & 1); break;
    }
    right = marg - left;
    if (marg > (INT64_MAX / 2 - s->len) / flen) { py4c_raise_memory(); return NULL; }
    int64_t total = s->len + marg * flen;
    py4c_str *r = py4c_str_alloc(total);
    if (!r) return NULL;
    fill_n(r->data, f, flen, left);
    memcpy(r->data + left * flen, s->data, (size_t)s->len);
    fill_n(r->data + left * flen + s->len, f, flen, right);
    if (how == 4 && s->len && (s->data[0] == '+' || s->data[0] == '-')) {
        r->data[0] = s->data[0]; /* the sign moves in front of the zeros */
        r->data[left] = '0';
    }
    r->data[total] = 0;
    r->nchars = width;
    r->is_ascii = width == total;
    return r;
}

/* ------------------------------------------------------------ hash */

static inline uint64_t rotl64(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

static inline uint64_t fmix64(uint64_t k) {
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    k *= 0xc4ceb9fe1a85ec53ULL;
    k ^= k >> 33;
    return k;
}

/* MurmurHash3-style mixing of 8-byte words, with a final avalanche. */
int64_t py4c_str_hash(py4c_str *s) {
    if (s->hash != -1) return s->hash;
    const unsigned char *p = (const unsigned char *)s->data;
    int64_t n = s->len;
    const uint64_t c1 = 0x87c37b91114253d5ULL, c2 = 0x4cf5ad432745937fULL;
    uint64_t h = 0x9e3779b97f4a7c15ULL ^ ((uint64_t)n * 0xc2b2ae3d27d4eb4fULL);
    while (n >= 8) {
        uint64_t k;
        memcpy(&k, p, 8);
        k *= c1;
        k = rotl64(k, 31);
        k *= c2;
        h ^= k;
        h = rotl64(h, 27) * 5 + 0x52dce729;
        p += 8;
        n -= 8;
    }
    if (n) {
        uint64_t k = 0;
        for (int64_t i = 0; i < n; i++) k |= (uint64_t)p[i] << (8 * i);
        k *= c1;
        k = rotl64(k, 31);
        k *= c2;
        h ^= k;
    }
    int64_t r = (int64_t)fmix64(h);
    if (r == -1) r = -2;
    s->hash = r;
    return r;
}
