/* py4c runtime: list.sort (see list.c for the conventions of the list functions).
 *
 * Phase: runtime. CPython 3.11's list.sort algorithm (Objects/listobject.c): timsort
 * with the powersort merge policy, reimplemented on typed storage.
 */
#include "py4c.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Bytes per item of l's storage (see py4c_elem_kind). */
static size_t item_size(const py4c_list *l) {
    return l->elem_kind == PY4C_ELEM_U8 ? 1 : l->elem_kind == PY4C_ELEM_I32 ? 4 : 8;
}

#define ES(l) item_size(l)

/* ------------------------------------------------------------ sort
 *
 * CPython 3.11's list.sort, reimplemented: timsort (natural runs, extended to minrun by
 * binary insertion, merged with galloping) with the powersort merge policy, using only
 * "<" on the keys. Following the same algorithm step for step makes the result
 * identical to CPython's even when "<" is not a total order (NaN keys). The sort works
 * on a permutation of indices; the items of l and keys are moved once at the end.
 * reverse=True reverses, sorts stably, reverses back, as CPython does.
 */

#define MIN_GALLOP 7
#define MAX_PENDING 96

typedef struct sorter sorter;
struct sorter {
    int (*lt)(const sorter *s, int64_t a, int64_t b); /* keys[a] < keys[b] */
    const void *keys;
    const py4c_tinfo *t;
    size_t es;
    int64_t n;          /* length of the whole permutation */
    int failed;         /* a comparison raised: lt answers 0 from then on, the sort fails */
    int64_t *base;      /* the permutation being sorted */
    int64_t min_gallop;
    int64_t *tmp;       /* merge buffer */
    int64_t tmp_cap;
    int64_t tmp_small[256];
    int npending;
    struct { int64_t start, len; int power; } pending[MAX_PENDING];
};

#define LT(s, a, b) ((s)->lt((s), (a), (b)))

static int lt_i64(const sorter *s, int64_t a, int64_t b) {
    return ((const int64_t *)s->keys)[a] < ((const int64_t *)s->keys)[b];
}
static int lt_f64(const sorter *s, int64_t a, int64_t b) {
    return ((const double *)s->keys)[a] < ((const double *)s->keys)[b];
}
static int lt_u8(const sorter *s, int64_t a, int64_t b) {
    return ((const uint8_t *)s->keys)[a] < ((const uint8_t *)s->keys)[b];
}
static int lt_i32(const sorter *s, int64_t a, int64_t b) {
    return ((const int32_t *)s->keys)[a] < ((const int32_t *)s->keys)[b];
}
static int lt_str(const sorter *s, int64_t a, int64_t b) {
    py4c_str *const *k = s->keys;
    return py4c_value_cmp(s->t, &k[a], &k[b]) == -1;
}
/* Keys whose comparison may raise (user __lt__/__eq__, None in an optional key): after
 * the first exception every comparison answers "not less" without running user code, so
 * the sort ends quickly and py4c_list_sort reports the failure (the list unchanged). */
static int lt_any(const sorter *s, int64_t a, int64_t b) {
    if (s->failed) return 0;
    const char *k = s->keys;
    int64_t r = py4c_value_cmp(s->t, k + (size_t)a * s->es, k + (size_t)b * s->es);
    if (r == 2 && py4c_exc_type) {
        ((sorter *)s)->failed = 1;
        return 0;
    }
    return r == -1;
}

/* User objects: one call of a.__lt__(b) per comparison, as CPython's sort makes. */
static int lt_obj(const sorter *s, int64_t a, int64_t b) {
    if (s->failed) return 0;
    py4c_obj *const *k = s->keys;
    py4c_obj *x = k[a], *y = k[b];
    if (!x || !y || (void *)x == PY4C_NONE || (void *)y == PY4C_NONE || !x->cls->lt) return lt_any(s, a, b);
    int8_t r = ((int8_t (*)(void *, void *))x->cls->lt)(x, y);
    if (r == 2) {
        ((sorter *)s)->failed = 1;
        return 0;
    }
    return r != 0;
}

static void reverse_perm(int64_t *lo, int64_t *hi) {
    for (--hi; lo < hi; lo++, hi--) {
        int64_t x = *lo;
        *lo = *hi;
        *hi = x;
    }
}

/* Length of the run at lo: non-descending, or strictly descending (*desc = 1). */
static int64_t count_run(const sorter *s, const int64_t *lo, const int64_t *hi, int *desc) {
    *desc = 0;
    if (lo + 1 == hi) return 1;
    int64_t n = 2;
    const int64_t *p = lo + 2;
    if (LT(s, lo[1], lo[0])) {
        *desc = 1;
        for (; p < hi && LT(s, p[0], p[-1]); p++) n++;
    } else {
        for (; p < hi && !LT(s, p[0], p[-1]); p++) n++;
    }
    return n;
}

/* Binary insertion sort of [lo, hi) where [lo, start) is already sorted. */
static void binary_insertion(const sorter *s, int64_t *lo, int64_t *hi, int64_t *start) {
    if (start == lo) start++;
    for (; start < hi; start++) {
        int64_t pivot = *start;
        int64_t *l = lo, *r = start;
        do { /* pivot >= all of [lo, l), pivot < all of [r, start) */
            int64_t *m = l + ((r - l) >> 1);
            if (LT(s, pivot, *m)) r = m;
            else l = m + 1;
        } while (l < r);
        memmove(l + 1, l, (size_t)(start - l) * sizeof *l);
        *l = pivot;
    }
}

/* The k in [0, n] with a[k-1] < key <= a[k], searched from a[hint] outwards. */
static int64_t gallop_left(const sorter *s, int64_t key, const int64_t *a, int64_t n, int64_t hint) {
    int64_t lastofs = 0, ofs = 1;
    const int64_t *h = a + hint;
    if (LT(s, h[0], key)) { /* a[hint] < key: look right */
        int64_t maxofs = n - hint;
        while (ofs < maxofs && LT(s, h[ofs], key)) {
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    } else { /* key <= a[hint]: look left */
        int64_t maxofs = hint + 1;
        while (ofs < maxofs && !LT(s, h[-ofs], key)) {
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        int64_t k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    }
    /* a[lastofs] < key <= a[ofs]: binary search in between */
    lastofs++;
    while (lastofs < ofs) {
        int64_t m = lastofs + ((ofs - lastofs) >> 1);
        if (LT(s, a[m], key)) lastofs = m + 1;
        else ofs = m;
    }
    return ofs;
}

/* The k in [0, n] with a[k-1] <= key < a[k] (right of any equal items). */
static int64_t gallop_right(const sorter *s, int64_t key, const int64_t *a, int64_t n, int64_t hint) {
    int64_t lastofs = 0, ofs = 1;
    const int64_t *h = a + hint;
    if (LT(s, key, h[0])) { /* key < a[hint]: look left */
        int64_t maxofs = hint + 1;
        while (ofs < maxofs && LT(s, key, h[-ofs])) {
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        int64_t k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    } else { /* a[hint] <= key: look right */
        int64_t maxofs = n - hint;
        while (ofs < maxofs && !LT(s, key, h[ofs])) {
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    lastofs++;
    while (lastofs < ofs) {
        int64_t m = lastofs + ((ofs - lastofs) >> 1);
        if (LT(s, key, a[m])) ofs = m;
        else lastofs = m + 1;
    }
    return ofs;
}

static int get_tmp(sorter *s, int64_t need) {
    if (need <= s->tmp_cap) return 0;
    if (s->tmp != s->tmp_small) free(s->tmp);
    s->tmp = py4c_alloc((size_t)need * sizeof *s->tmp);
    if (!s->tmp) {
        s->tmp = s->tmp_small;
        s->tmp_cap = 256;
        return -1;
    }
    s->tmp_cap = need;
    return 0;
}

#define MOVE(dst, src, k) memmove((dst), (src), (size_t)(k) * sizeof(int64_t))

/* Merges the runs pa[0:na] and pb[0:nb] (adjacent, na <= nb) through a copy of A. */
static int merge_lo(sorter *s, int64_t *pa, int64_t na, int64_t *pb, int64_t nb) {
    if (get_tmp(s, na) < 0) return -1;
    MOVE(s->tmp, pa, na);
    int64_t *dest = pa, *a = s->tmp, *b = pb;
    int64_t min_gallop = s->min_gallop;
    *dest++ = *b++;
    if (--nb == 0) goto done;
    if (na == 1) goto copy_b;
    for (;;) {
        int64_t acount = 0, bcount = 0; /* wins in a row */
        for (;;) {
            if (LT(s, *b, *a)) {
                *dest++ = *b++;
                bcount++;
                acount = 0;
                if (--nb == 0) goto done;
                if (bcount >= min_gallop) break;
            } else {
                *dest++ = *a++;
                acount++;
                bcount = 0;
                if (--na == 1) goto copy_b;
                if (acount >= min_gallop) break;
            }
        }
        min_gallop++;
        do { /* galloping while either side keeps winning in blocks */
            min_gallop -= min_gallop > 1;
            s->min_gallop = min_gallop;
            int64_t k = gallop_right(s, *b, a, na, 0);
            acount = k;
            if (k) {
                MOVE(dest, a, k);
                dest += k;
                a += k;
                na -= k;
                if (na == 1) goto copy_b;
                if (na == 0) goto done; /* only with an inconsistent "<" */
            }
            *dest++ = *b++;
            if (--nb == 0) goto done;
            k = gallop_left(s, *a, b, nb, 0);
            bcount = k;
            if (k) {
                MOVE(dest, b, k);
                dest += k;
                b += k;
                nb -= k;
                if (nb == 0) goto done;
            }
            *dest++ = *a++;
            if (--na == 1) goto copy_b;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;
        s->min_gallop = min_gallop;
    }
done:
    if (na) MOVE(dest, a, na);
    return 0;
copy_b: /* the last item of A goes after the rest of B */
    MOVE(dest, b, nb);
    dest[nb] = *a;
    return 0;
}

/* Merges the runs pa[0:na] and pb[0:nb] (adjacent, na >= nb) from the right, through
 * a copy of B. */
static int merge_hi(sorter *s, int64_t *pa, int64_t na, int64_t *pb, int64_t nb) {
    if (get_tmp(s, nb) < 0) return -1;
    MOVE(s->tmp, pb, nb);
    int64_t *basea = pa, *baseb = s->tmp;
    int64_t *dest = pb + nb - 1, *a = pa + na - 1, *b = s->tmp + nb - 1;
    int64_t min_gallop = s->min_gallop;
    *dest-- = *a--;
    if (--na == 0) goto done;
    if (nb == 1) goto copy_a;
    for (;;) {
        int64_t acount = 0, bcount = 0;
        for (;;) {
            if (LT(s, *b, *a)) {
                *dest-- = *a--;
                acount++;
                bcount = 0;
                if (--na == 0) goto done;
                if (acount >= min_gallop) break;
            } else {
                *dest-- = *b--;
                bcount++;
                acount = 0;
                if (--nb == 1) goto copy_a;
                if (bcount >= min_gallop) break;
            }
        }
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            s->min_gallop = min_gallop;
            int64_t k = na - gallop_right(s, *b, basea, na, na - 1);
            acount = k;
            if (k) {
                dest -= k;
                a -= k;
                MOVE(dest + 1, a + 1, k);
                na -= k;
                if (na == 0) goto done;
            }
            *dest-- = *b--;
            if (--nb == 1) goto copy_a;
            k = nb - gallop_left(s, *a, baseb, nb, nb - 1);
            bcount = k;
            if (k) {
                dest -= k;
                b -= k;
                MOVE(dest + 1, b + 1, k);
                nb -= k;
                if (nb == 1) goto copy_a;
                if (nb == 0) goto done; /* only with an inconsistent "<" */
            }
            *dest-- = *a--;
            if (--na == 0) goto done;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;
        s->min_gallop = min_gallop;
    }
done:
    if (nb) MOVE(dest - (nb - 1), baseb, nb);
    return 0;
copy_a: /* the first item of B goes before the rest of A */
    dest -= na;
    a -= na;
    MOVE(dest + 1, a + 1, na);
    *dest = *b;
    return 0;
}

/* Merges pending runs i and i+1. */
static int merge_at(sorter *s, int i) {
    int64_t *pa = s->base + s->pending[i].start, *pb = s->base + s->pending[i + 1].start;
    int64_t na = s->pending[i].len, nb = s->pending[i + 1].len;
    s->pending[i].len = na + nb;
    if (i == s->npending - 3) s->pending[i + 1] = s->pending[i + 2];
    s->npending--;
    /* items of A before B's first item, and of B after A's last, are in place */
    int64_t k = gallop_right(s, *pb, pa, na, 0);
    pa += k;
    na -= k;
    if (na == 0) return 0;
    nb = gallop_left(s, pa[na - 1], pb, nb, nb - 1);
    if (nb <= 0) return 0;
    return na <= nb ? merge_lo(s, pa, na, pb, nb) : merge_hi(s, pa, na, pb, nb);
}

/* Powersort: the depth of the boundary between runs [s1, s1+n1) and [s1+n1, s1+n1+n2)
 * in the ideal binary merge tree of [0, n). */
static int node_power(int64_t s1, int64_t n1, int64_t n2, int64_t n) {
    int power = 0;
    int64_t a = 2 * s1 + n1;  /* twice the midpoint of run 1 */
    int64_t b = a + n1 + n2;  /* twice the midpoint of run 2 */
    for (;;) { /* the first bit where a/n and b/n differ */
        power++;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return power;
}

static int64_t min_run(int64_t n) {
    int64_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

static int timsort(sorter *s) {
    int64_t *lo = s->base, remaining = s->n;
    if (remaining < 2) return 0;
    int64_t minrun = min_run(remaining);
    do {
        int desc;
        int64_t n = count_run(s, lo, lo + remaining, &desc);
        if (desc) reverse_perm(lo, lo + n);
        if (n < minrun) {
            int64_t force = remaining <= minrun ? remaining : minrun;
            binary_insertion(s, lo, lo + force, lo + n);
            n = force;
        }
        if (s->npending) {
            int top = s->npending - 1;
            int power = node_power(s->pending[top].start, s->pending[top].len, n, s->n);
            while (s->npending > 1 && s->pending[s->npending - 2].power > power)
                if (merge_at(s, s->npending - 2) < 0) return -1;
            s->pending[s->npending - 1].power = power;
        }
        s->pending[s->npending].start = lo - s->base;
        s->pending[s->npending].len = n;
        s->pending[s->npending].power = 0;
        s->npending++;
        lo += n;
        remaining -= n;
    } while (remaining);
    while (s->npending > 1) {
        int i = s->npending - 2;
        if (i > 0 && s->pending[i - 1].len < s->pending[i + 1].len) i--;
        if (merge_at(s, i) < 0) return -1;
    }
    return 0;
}

/* Rearranges l's items as items[perm[0]], items[perm[1]], ... into `fresh`. */
static void apply_perm(py4c_list *l, const int64_t *perm, void *fresh) {
    size_t es = ES(l);
    for (int64_t i = 0; i < l->len; i++)
        memcpy((char *)fresh + (size_t)i * es, (char *)l->items + (size_t)perm[i] * es, es);
    free(l->items);
    l->items = fresh;
    l->cap = l->len > 0 ? l->len : 1;
}

int64_t py4c_list_sort(py4c_list *l, py4c_list *keys, const py4c_tinfo *key_t, int64_t reverse) {
    int64_t n = l->len;
    if (keys->len != n) {
        py4c_raise_cstr(PY4C_EXC_ValueError, "py4c: sort keys and items differ in length");
        return -1;
    }
    if (n < 2) return 0;
    if (key_t->tag == PY4C_TAG_NONE || key_t->tag == PY4C_TAG_DICT) { /* no order at all */
        const char *name = key_t->tag == PY4C_TAG_NONE ? "NoneType" : "dict";
        py4c_raise_fmt(PY4C_EXC_TypeError, "'<' not supported between instances of '%s' and '%s'",
                       name, name);
        return -1;
    }
    sorter *s = py4c_alloc(sizeof *s);
    int64_t *perm = py4c_alloc((size_t)n * sizeof *perm);
    void *fresh_l = py4c_alloc((size_t)n * ES(l));
    void *fresh_k = keys == l ? NULL : py4c_alloc((size_t)n * ES(keys));
    int64_t rc = -1;
    if (!s || !perm || !fresh_l || (keys != l && !fresh_k)) goto out;
    s->keys = keys->items;
    s->t = key_t;
    s->es = ES(keys);
    s->n = n;
    s->base = perm;
    s->min_gallop = MIN_GALLOP;
    s->tmp = s->tmp_small;
    s->tmp_cap = 256;
    s->npending = 0;
    s->failed = 0;
    switch (key_t->tag) {
    case PY4C_TAG_FLOAT: s->lt = lt_f64; break;
    case PY4C_TAG_STR: s->lt = lt_str; break;
    case PY4C_TAG_LIST: s->lt = lt_any; break;
    case PY4C_TAG_OBJ: s->lt = lt_obj; break;
    default:
        switch (keys->elem_kind) {
        case PY4C_ELEM_U8: s->lt = lt_u8; break;
        case PY4C_ELEM_I32: s->lt = lt_i32; break;
        case PY4C_ELEM_I64: s->lt = lt_i64; break;
        default: s->lt = lt_any; break;
        }
    }
    for (int64_t i = 0; i < n; i++) perm[i] = reverse ? n - 1 - i : i;
    rc = timsort(s);
    if (s->failed) rc = -1; /* the exception is set; the list keeps its order */
    if (s->tmp != s->tmp_small) free(s->tmp);
    if (rc == 0) {
        if (reverse) reverse_perm(perm, perm + n);
        apply_perm(l, perm, fresh_l);
        fresh_l = NULL;
        if (keys != l) {
            apply_perm(keys, perm, fresh_k);
            fresh_k = NULL;
        }
    }
out:
    free(s);
    free(perm);
    free(fresh_l);
    free(fresh_k);
    return rc;
}
