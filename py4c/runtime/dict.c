/* py4c runtime: dicts and sets (insertion-ordered hash tables).
 *
 * Phase: runtime. Layout as CPython 3.7+'s compact dict (see py4c.h): a dense entry
 * array in insertion order (keys, values, live flags, hashes; deletion leaves a hole)
 * plus an open-addressing index table of entry numbers (-1 empty, -2 dummy), a power of
 * two at most 2/3 full, probed with CPython's perturbation scheme. The table grows as
 * CPython's does (new size: the power of two >= 3 * len, at least 8), compacting the
 * holes. All arrays of one table live in ONE allocation starting at d->index (so
 * d->index is the pointer to free); an empty dict allocates no table at all.
 *
 * Keys and values are stored unboxed by kind, like list items; functions take and give
 * values by address. Ownership:
 * - py4c_dict_set / setdefault / update / copy incref what they store;
 * - py4c_dict_get, py4c_dict_lookup (when out != NULL), py4c_dict_setdefault and
 *   py4c_dict_pop give NEW references in *out (pop moves the stored one out);
 * - py4c_dict_next gives BORROWED copies.
 * Int-like functions return 0 on success and -1 with an exception set on failure, except
 * py4c_dict_lookup (1 found, 0 missing, -1 error), py4c_dict_eq and py4c_set_le (1/0, or
 * -1 when a user __eq__ of a key or value raised). Keys of user classes are compared by
 * their __eq__ (an exception in it propagates from every operation).
 *
 * Hashes: int, i32, u8 and bool keys hash as CPython's hash(int), floats as
 * CPython's hash(float) (so -0.0 and 0.0 hash alike; NaN hashes by a per-NaN counter,
 * as CPython hashes it by identity), str keys by py4c_str_hash (cached in s->hash).
 * Entries keep their hash, so resizing, copies, equality and set algebra never rehash.
 * list/dict/set keys raise TypeError "unhashable type: 'list'" (as CPython).
 *
 * Iteration: py4c_dict_next raises RuntimeError "dictionary changed size during
 * iteration" ("Set changed size during iteration" for sets) when d->version differs from
 * the version seen at the start. d->version is bumped when a NEW key is inserted or a key
 * is removed (clear of a non-empty dict included), not when a value is overwritten (which
 * CPython allows during iteration). Codegen must not call it again after it returned 0
 * (CPython's exhausted iterator keeps saying StopIteration even if the dict changed).
 *
 * Sets: add = py4c_dict_set (val NULL), remove = py4c_dict_del, discard = py4c_dict_pop
 * with has_default 1, `in` = py4c_dict_lookup. Dict/set-typed VALUES are
 * compared here (val_eq), other types by py4c_value_eq; repr is in dictrepr.c, hashing in hash.c,
 * set algebra in setalgebra.c.
 * As CPython's dict.pop, py4c_dict_pop does not hash the key of an empty dict
 * ({}.pop([1], 0) is 0, not a TypeError).
 *
 * Deviations from CPython, documented:
 * - Sets are insertion-ordered like dicts. CPython iterates (and prints) a set in hash
 *   table order, so the order of set iteration / repr / pop may differ from CPython's;
 *   set contents and every other result are the same. The algebra keeps the order of its
 *   operands: a | b = a's items then b's new ones; a - b in a's order; a & b in the order
 *   of the smaller operand (a's if as large as b); a ^ b = a's items not in b, then b's
 *   not in a.
 * - CPython detects mutation during iteration by a change of SIZE; py4c by any insertion
 *   or deletion. A loop body that deletes one key and inserts another (size unchanged)
 *   raises "changed size" here at the next step, where CPython goes on (and usually
 *   raises "dictionary keys changed during iteration" later).
 * - Floats are unboxed, so no float has an identity: a NaN key is never found again
 *   (CPython finds the same NaN *object*), and NaN values never compare equal in ==.
 */
#include "dict_internal.h"
#include "py4c.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EMPTY (-1)
#define DUMMY (-2)
#define MIN_SIZE 8

/* A used index slot holds the entry number in its low 32 bits and the top 31 bits of the
 * entry's hash above them (so it stays >= 0): a probe rejects most other keys without
 * reading the entry's hash or key, and a hit goes straight to the key (one cache miss
 * fewer per lookup of a large table). Tables hold fewer than 2**32 entries. */
#define SLOT_TAG(h) ((uint64_t)(h) >> 33)
#define SLOT_VALUE(e, h) ((int64_t)((SLOT_TAG(h) << 32) | (uint64_t)(e)))
#define SLOT_ENTRY(v) ((v) & 0xffffffff)
#define MAX_ENTRIES ((int64_t)0xffffffff)

/* ------------------------------------------------------------ values by kind */

static inline size_t kind_size(int64_t kind) { return py4c__kind_size(kind); }

static inline void copy_slot(void *dst, const void *src, size_t size) {
    switch (size) {
    case 8: memcpy(dst, src, 8); break;
    case 4: memcpy(dst, src, 4); break;
    default: memcpy(dst, src, size); break;
    }
}

static inline void slot_incref(int64_t kind, const void *slot) {
    if (kind == PY4C_ELEM_OBJ) {
        void *o = *(void *const *)slot;
        if (o) py4c_incref(o);
    }
}

static inline void slot_decref(int64_t kind, const void *slot) {
    if (kind == PY4C_ELEM_OBJ) py4c_xdecref(*(void *const *)slot);
}

#define KEY_AT(d, i) ((char *)(d)->keys + (size_t)(i) * kind_size((d)->key_kind))
#define VAL_AT(d, i) ((char *)(d)->vals + (size_t)(i) * kind_size((d)->val_kind))

/* Equality and repr of values, handling dict and set values here (value.c knows lists
 * and scalars). */
static int64_t val_eq(const py4c_tinfo *t, const void *a, const void *b) {
    if (t->tag == PY4C_TAG_DICT || t->tag == PY4C_TAG_SET) {
        py4c_dict *x = *(py4c_dict *const *)a, *y = *(py4c_dict *const *)b;
        if (!x || !y) return x == y;
        return py4c_dict_eq(x, y, t->elem, t->tag == PY4C_TAG_DICT ? t->val : NULL);
    }
    return py4c_value_eq(t, a, b);
}

/* How keys compare, chosen once per operation from the key type. */
enum { KC_STR, KC_F64, KC_I64, KC_I32, KC_U8, KC_GENERIC };

static inline int key_class(const py4c_tinfo *kt) {
    if (kt->tag == PY4C_TAG_STR) return KC_STR;
    if (kt->tag == PY4C_TAG_FLOAT) return KC_F64;
    switch (kt->kind) {
    case PY4C_ELEM_I64: return KC_I64;
    case PY4C_ELEM_I32: return KC_I32;
    case PY4C_ELEM_U8: return KC_U8;
    default: return KC_GENERIC;
    }
}

static inline int key_eq(int kc, const py4c_tinfo *kt, const void *a, const void *b) {
    switch (kc) {
    case KC_STR: {
        const py4c_str *x = *(py4c_str *const *)a, *y = *(py4c_str *const *)b;
        if (x == y) return 1;
        if (!x || !y) return 0;
        return x->len == y->len && memcmp(x->data, y->data, (size_t)x->len) == 0;
    }
    case KC_F64: return *(const double *)a == *(const double *)b;
    case KC_I64: return *(const int64_t *)a == *(const int64_t *)b;
    case KC_I32: return *(const int32_t *)a == *(const int32_t *)b;
    case KC_U8: return *(const uint8_t *)a == *(const uint8_t *)b;
    default: return val_eq(kt, a, b) > 0; /* generic keys go through generic_key_eq */
    }
}

/* Compares the stored key of entry ix with key by the key type's __eq__: 1/0, -1 with
 * the exception set. The stored key is held (incref'd) meanwhile, as CPython holds
 * `startkey`, so an __eq__ that mutates the dict cannot free it under us. */
static int64_t generic_key_eq(const py4c_dict *d, const py4c_tinfo *kt, int64_t ix, const void *key) {
    size_t ks = kind_size(d->key_kind);
    uint64_t stored = 0;
    memcpy(&stored, (char *)d->keys + (size_t)ix * ks, ks);
    void *held = d->key_kind == PY4C_ELEM_OBJ ? *(void **)&stored : NULL;
    if (held) py4c_incref(held);
    int64_t r = val_eq(kt, &stored, key);
    if (held) py4c_decref(held);
    return r;
}

/* The hash of key: int keys inline (CPython's hash(int)), others by py4c_value_hash.
 * -1 with an exception set when the key is unhashable. */
static inline int64_t key_hash(int kc, const py4c_tinfo *kt, const void *key) {
    if (kc == KC_I64) return py4c_hash_int(*(const int64_t *)key);
    return py4c_value_hash(kt, key);
}

/* find, with a copy specialised for int keys (the most common kind of key). */
#define FIND(d, kc, kt, key, hash, slot)                                                          \
    ((kc) == KC_I64 ? find((d), KC_I64, (kt), (key), (hash), (slot))                              \
                    : find((d), (kc), (kt), (key), (hash), (slot)))

/* ------------------------------------------------------------ table */

/* Finds key (with the given hash). Returns its entry number, -1 when missing, or -2 with
 * the exception set when a user __eq__ raised (generic keys only). *slot receives the
 * index slot of the entry found, or (missing) the first free slot of the probe sequence
 * (dummy or empty), or -1 when the dict has no table. As CPython's lookdict, a generic
 * comparison that changed the table (its __eq__ inserted or removed keys) restarts the
 * search. */
static inline __attribute__((always_inline)) int64_t find(const py4c_dict *d, int kc, const py4c_tinfo *kt, const void *key, int64_t hash,
                           int64_t *slot) {
restart:
    if (d->index_size == 0) { *slot = -1; return -1; }
    uint64_t mask = (uint64_t)d->index_size - 1, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    int64_t free_slot = -1;
    size_t ks = kind_size(d->key_kind);
    uint64_t tag = SLOT_TAG(hash);
    for (;;) {
        int64_t v = d->index[i];
        if (v == EMPTY) {
            *slot = free_slot >= 0 ? free_slot : (int64_t)i;
            return -1;
        }
        if (v == DUMMY) {
            if (free_slot < 0) free_slot = (int64_t)i;
        } else if ((uint64_t)v >> 32 == tag) {
            /* Equal keys have equal hashes: only generic keys, whose comparison may be
             * costly (and run user code), check the whole hash first. */
            int64_t ix = SLOT_ENTRY(v);
            if (kc == KC_GENERIC) {
                if (d->hashes[ix] == hash) {
                    const int64_t *index0 = d->index;
                    int64_t version0 = (int64_t)d->version;
                    int64_t r = generic_key_eq(d, kt, ix, key);
                    if (r < 0) return -2;
                    if (d->index != index0 || (int64_t)d->version != version0) goto restart;
                    if (r) {
                        *slot = (int64_t)i;
                        return ix;
                    }
                }
            } else if (key_eq(kc, kt, (char *)d->keys + (size_t)ix * ks, key)) {
                *slot = (int64_t)i;
                return ix;
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* The first free (empty or dummy) slot on hash's probe sequence. */
static inline int64_t free_slot_for(const py4c_dict *d, int64_t hash) {
    uint64_t mask = (uint64_t)d->index_size - 1, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    while (d->index[i] >= 0) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    return (int64_t)i;
}

static inline size_t round8(size_t n) { return (n + 7) & ~(size_t)7; }

/* Drops the holes of the entry array in place (the table keeps its size): the
 * steady state of a table whose keys come and go (a set used as a stack of marks)
 * allocates nothing. */
static void compact(py4c_dict *d) {
    size_t ks = kind_size(d->key_kind), vs = d->val_kind >= 0 ? kind_size(d->val_kind) : 0;
    uint64_t mask = (uint64_t)d->index_size - 1;
    memset(d->index, 0xff, (size_t)d->index_size * 8); /* all EMPTY */
    int64_t j = 0;
    for (int64_t i = 0; i < d->used; i++) {
        if (!d->live[i]) continue;
        int64_t h = d->hashes[i];
        if (j != i) {
            memcpy((char *)d->keys + (size_t)j * ks, (char *)d->keys + (size_t)i * ks, ks);
            if (vs) memcpy((char *)d->vals + (size_t)j * vs, (char *)d->vals + (size_t)i * vs, vs);
            d->hashes[j] = h;
            d->live[j] = 1;
        }
        uint64_t perturb = (uint64_t)h, s = (uint64_t)h & mask;
        while (d->index[s] != EMPTY) {
            perturb >>= 5;
            s = (s * 5 + perturb + 1) & mask;
        }
        d->index[s] = SLOT_VALUE(j, h);
        j++;
    }
    memset(d->live + j, 0, (size_t)(d->used - j));
    d->used = j;
}

/* Replaces the table by one of index_size slots (a power of two >= 8 whose usable part
 * holds d->len entries), compacting the live entries. 0, or -1 + MemoryError (the dict
 * is unchanged). */
static int64_t rebuild(py4c_dict *d, int64_t index_size) {
    if (index_size == d->index_size) {
        compact(d);
        return 0;
    }
    int64_t cap = index_size * 2 / 3;
    if (cap > MAX_ENTRIES) {
        py4c_raise_memory();
        return -1;
    }
    size_t ks = kind_size(d->key_kind), vs = d->val_kind >= 0 ? kind_size(d->val_kind) : 0;
    size_t n = (size_t)cap;
    size_t per_entry = 8 + ks + vs + 1;
    if ((uint64_t)index_size > (SIZE_MAX / 4) / 8 || n > (SIZE_MAX / 4) / per_entry) {
        py4c_raise_memory();
        return -1;
    }
    size_t off_hashes = (size_t)index_size * 8;
    size_t off_keys = off_hashes + n * 8;
    size_t off_vals = off_keys + round8(n * ks);
    size_t off_live = off_vals + round8(n * vs);
    char *block = malloc(off_live + n);
    if (!block) {
        py4c_raise_memory();
        return -1;
    }
    int64_t *index = (int64_t *)block;
    int64_t *hashes = (int64_t *)(block + off_hashes);
    char *keys = block + off_keys;
    char *vals = vs ? block + off_vals : NULL;
    uint8_t *live = (uint8_t *)(block + off_live);
    memset(index, 0xff, (size_t)index_size * 8); /* all EMPTY */
    uint64_t mask = (uint64_t)index_size - 1;
    int64_t j = 0;
    for (int64_t i = 0; i < d->used; i++) {
        if (!d->live[i]) continue;
        int64_t h = d->hashes[i];
        memcpy(keys + (size_t)j * ks, (char *)d->keys + (size_t)i * ks, ks);
        if (vs) memcpy(vals + (size_t)j * vs, (char *)d->vals + (size_t)i * vs, vs);
        hashes[j] = h;
        live[j] = 1;
        uint64_t perturb = (uint64_t)h, s = (uint64_t)h & mask;
        while (index[s] != EMPTY) {
            perturb >>= 5;
            s = (s * 5 + perturb + 1) & mask;
        }
        index[s] = SLOT_VALUE(j, h);
        j++;
    }
    free(d->index);
    d->index = index;
    d->index_size = index_size;
    d->hashes = hashes;
    d->keys = keys;
    d->vals = vals;
    d->live = live;
    d->cap = cap;
    d->used = j;
    return 0;
}

/* The smallest table size (power of two >= 8) with at least n usable entries. */
static int64_t size_for_entries(int64_t n) {
    int64_t size = MIN_SIZE;
    while (size * 2 / 3 < n) {
        if (size > ((int64_t)1 << 60)) return -1;
        size <<= 1;
    }
    return size;
}

/* Makes room for one more entry: CPython's growth (size >= 3 * len). */
static int64_t grow(py4c_dict *d) {
    int64_t want = d->len * 3, size = MIN_SIZE;
    while (size < want) {
        if (size > ((int64_t)1 << 60)) { py4c_raise_memory(); return -1; }
        size <<= 1;
    }
    if (size * 2 / 3 <= d->len) size <<= 1;
    return rebuild(d, size);
}

/* Ensures that n more entries can be appended without a resize. */
static int64_t reserve(py4c_dict *d, int64_t n) {
    if (d->cap - d->used >= n) return 0;
    int64_t size = size_for_entries(d->len + n);
    if (size < 0) { py4c_raise_memory(); return -1; }
    return rebuild(d, size);
}

/* Appends a new entry (the key is known to be absent) at index slot `slot` (-1: find
 * one), increfing key and value. The table must have room (used < cap). */
static inline void append_at(py4c_dict *d, int64_t slot, int64_t hash, const void *key, const void *val) {
    int64_t e = d->used++;
    if (slot < 0) slot = free_slot_for(d, hash);
    d->index[slot] = SLOT_VALUE(e, hash);
    d->hashes[e] = hash;
    d->live[e] = 1;
    size_t ks = kind_size(d->key_kind);
    void *kslot = (char *)d->keys + (size_t)e * ks;
    copy_slot(kslot, key, ks);
    slot_incref(d->key_kind, kslot);
    if (d->val_kind >= 0) {
        size_t vs = kind_size(d->val_kind);
        void *vslot = (char *)d->vals + (size_t)e * vs;
        if (val) {
            copy_slot(vslot, val, vs);
            slot_incref(d->val_kind, vslot);
        } else {
            memset(vslot, 0, vs);
        }
    }
    d->len++;
    d->version++;
}

/* Stores val into entry e (replacing, releasing the old value). */
static inline void overwrite(py4c_dict *d, int64_t e, const void *val) {
    if (d->val_kind < 0 || !val) return;
    size_t vs = kind_size(d->val_kind);
    void *vslot = (char *)d->vals + (size_t)e * vs;
    if (d->val_kind == PY4C_ELEM_OBJ) {
        void *old = *(void **)vslot, *nw = *(void *const *)val;
        if (nw) py4c_incref(nw);
        *(void **)vslot = nw;
        py4c_xdecref(old);
    } else {
        copy_slot(vslot, val, vs);
    }
}

/* Inserts or overwrites key -> val where hash is key's hash. 0 or -1. */
static int64_t insert(py4c_dict *d, int kc, const py4c_tinfo *kt, const void *key, int64_t hash, const void *val) {
    int64_t slot;
    int64_t e = find(d, kc, kt, key, hash, &slot);
    if (e == -2) return -1;
    if (e >= 0) {
        overwrite(d, e, val);
        return 0;
    }
    if (d->used >= d->cap) {
        if (grow(d) < 0) return -1;
        slot = -1;
    }
    append_at(d, slot, hash, key, val);
    return 0;
}

/* Removes entry e found at index slot `slot`, releasing key and value. */
static void remove_entry(py4c_dict *d, int64_t e, int64_t slot) {
    d->index[slot] = DUMMY;
    d->live[e] = 0;
    d->len--;
    d->version++;
    void *kslot = KEY_AT(d, e);
    if (d->key_kind == PY4C_ELEM_OBJ) {
        void *k = *(void **)kslot;
        *(void **)kslot = NULL;
        py4c_xdecref(k);
    }
    if (d->val_kind == PY4C_ELEM_OBJ) {
        void **vslot = (void **)VAL_AT(d, e);
        void *v = *vslot;
        *vslot = NULL;
        py4c_xdecref(v);
    }
}

static void raise_key_error(const py4c_tinfo *kt, const void *key) {
    py4c_str *r = py4c_value_repr(kt, key);
    if (!r) return; /* MemoryError is pending */
    py4c_raise(PY4C_EXC_KeyError, r);
    py4c_decref(r);
}

static void copy_val_out(py4c_dict *d, int64_t e, void *out) {
    if (!out || d->val_kind < 0) return;
    size_t vs = kind_size(d->val_kind);
    void *vslot = (char *)d->vals + (size_t)e * vs;
    copy_slot(out, vslot, vs);
    slot_incref(d->val_kind, vslot);
}

/* ------------------------------------------------------------ public API */

py4c_dict *py4c_dict_new(int64_t key_kind, int64_t val_kind) {
    py4c_dict *d = py4c_alloc(sizeof *d);
    if (!d) return NULL;
    memset(d, 0, sizeof *d);
    d->h.refcnt = 1;
    d->h.type_id = val_kind < 0 ? PY4C_T_SET : PY4C_T_DICT;
    d->h.flags = 0;
    d->key_kind = key_kind;
    d->val_kind = val_kind < 0 ? -1 : val_kind;
    return d;
}

int64_t py4c_dict_set(py4c_dict *d, const void *key, const void *val, const py4c_tinfo *kt, const py4c_tinfo *vt) {
    (void)vt;
    int kc = key_class(kt);
    int64_t hash = key_hash(kc, kt, key);
    if (hash == -1) return -1;
    if (kc == KC_I64) return insert(d, KC_I64, kt, key, hash, val);
    return insert(d, kc, kt, key, hash, val);
}

int64_t py4c_dict_lookup(py4c_dict *d, const void *key, void *out, const py4c_tinfo *kt, const py4c_tinfo *vt) {
    (void)vt;
    int kc = key_class(kt);
    int64_t hash = key_hash(kc, kt, key);
    if (hash == -1) return -1;
    int64_t slot, e = FIND(d, kc, kt, key, hash, &slot);
    if (e == -2) return -1;
    if (e < 0) return 0;
    copy_val_out(d, e, out);
    return 1;
}

/* A fresh default value of type vt for a defaultdict (the factory is vt's type):
 * 0, 0.0, False, "", [], {} or set(). 0, or -1 with an exception. */
static int64_t make_default(const py4c_tinfo *vt, void *out) {
    memset(out, 0, 8);
    switch (vt->tag) {
    case PY4C_TAG_STR: {
        py4c_str *s = py4c_str_new("", 0);
        if (!s) return -1;
        *(py4c_str **)out = s;
        return 0;
    }
    case PY4C_TAG_LIST: {
        py4c_list *l = py4c_list_new(vt->elem->kind, 0);
        if (!l) return -1;
        *(py4c_list **)out = l;
        return 0;
    }
    case PY4C_TAG_DICT: case PY4C_TAG_SET: {
        py4c_dict *x = py4c_dict_new(vt->elem->kind, vt->tag == PY4C_TAG_SET ? -1 : vt->val->kind);
        if (!x) return -1;
        *(py4c_dict **)out = x;
        return 0;
    }
    default:
        return 0; /* numbers and bools: zero */
    }
}

int64_t py4c_dict_get(py4c_dict *d, const void *key, void *out, const py4c_tinfo *kt, const py4c_tinfo *vt) {
    int64_t found = py4c_dict_lookup(d, key, out, kt, vt);
    if (found == 0 && (d->h.flags & PY4C_DICT_COUNTER)) {
        memset(out, 0, 8); /* Counter: a missing key counts 0 (and is not added) */
        return 0;
    }
    if (found == 0 && (d->h.flags & PY4C_DICT_DEFAULT)) {
        uint64_t dflt;
        if (make_default(vt, &dflt) < 0) return -1;
        int64_t rc = py4c_dict_set(d, key, &dflt, kt, vt);
        copy_slot(out, &dflt, kind_size(d->val_kind)); /* the dict took its own reference */
        if (rc < 0) { py4c_value_decref(vt, &dflt); return -1; }
        return 0;
    }
    if (found == 0) raise_key_error(kt, key);
    return found == 1 ? 0 : -1;
}

int64_t py4c_dict_del(py4c_dict *d, const void *key, const py4c_tinfo *kt, const py4c_tinfo *vt) {
    (void)vt;
    int kc = key_class(kt);
    int64_t hash = key_hash(kc, kt, key);
    if (hash == -1) return -1;
    int64_t slot, e = FIND(d, kc, kt, key, hash, &slot);
    if (e == -2) return -1;
    if (e < 0) {
        raise_key_error(kt, key);
        return -1;
    }
    remove_entry(d, e, slot);
    return 0;
}

int64_t py4c_dict_pop(py4c_dict *d, const void *key, void *out, const void *deflt, int64_t has_default,
                      const py4c_tinfo *kt, const py4c_tinfo *vt) {
    (void)vt;
    /* CPython's dict.pop does not hash the key when the dict is empty ({}.pop([1], 0)
     * is 0), set.discard/remove do */
    int kc = key_class(kt);
    int64_t hash = d->len == 0 && d->val_kind >= 0 ? 0 : key_hash(kc, kt, key);
    if (hash == -1) return -1;
    int64_t slot, e = d->len == 0 ? -1 : FIND(d, kc, kt, key, hash, &slot);
    if (e == -2) return -1;
    if (e < 0) {
        if (!has_default) {
            raise_key_error(kt, key);
            return -1;
        }
        if (out && deflt && d->val_kind >= 0) {
            copy_slot(out, deflt, kind_size(d->val_kind));
            slot_incref(d->val_kind, out);
        }
        return 0;
    }
    if (d->val_kind >= 0) {
        /* move the value out (the reference passes to *out), then release the entry */
        size_t vs = kind_size(d->val_kind);
        void *vslot = VAL_AT(d, e);
        if (out) {
            copy_slot(out, vslot, vs);
            memset(vslot, 0, vs);
        }
    }
    remove_entry(d, e, slot);
    return 0;
}

int64_t py4c_dict_setdefault(py4c_dict *d, const void *key, const void *deflt, void *out, const py4c_tinfo *kt,
                             const py4c_tinfo *vt) {
    (void)vt;
    int64_t hash = py4c_value_hash(kt, key);
    if (hash == -1) return -1;
    int kc = key_class(kt);
    int64_t slot, e = find(d, kc, kt, key, hash, &slot);
    if (e == -2) return -1;
    if (e < 0) {
        if (d->used >= d->cap) {
            if (grow(d) < 0) return -1;
            slot = -1;
        }
        e = d->used;
        append_at(d, slot, hash, key, deflt);
    }
    copy_val_out(d, e, out);
    return 0;
}

int64_t py4c_dict_update(py4c_dict *d, py4c_dict *src, const py4c_tinfo *kt, const py4c_tinfo *vt) {
    (void)vt;
    if ((d->h.flags & PY4C_DICT_COUNTER) && d->val_kind == PY4C_ELEM_I64 && src->val_kind == PY4C_ELEM_I64) {
        /* Counter.update(mapping) adds the counts */
        int64_t n = src->used;
        for (int64_t i = 0; i < n; i++) {
            if (!src->live[i]) continue;
            const void *key = (char *)src->keys + (size_t)i * kind_size(src->key_kind);
            int64_t add = ((int64_t *)src->vals)[i], cur = 0;
            int64_t found = py4c_dict_lookup(d, key, &cur, kt, vt);
            if (found < 0) return -1;
            if (__builtin_add_overflow(cur, add, &cur)) {
                py4c_raise_cstr(PY4C_EXC_OverflowError, "integer overflow: result does not fit in 64 bits");
                return -1;
            }
            if (py4c_dict_set(d, key, &cur, kt, vt) < 0) return -1;
        }
        return 0;
    }
    if (src == d) return 0; /* d.update(d) changes nothing */
    int kc = key_class(kt);
    size_t ks = kind_size(src->key_kind), vs = src->val_kind >= 0 ? kind_size(src->val_kind) : 0;
    if (d->len == 0 && reserve(d, src->len) < 0) return -1;
    for (int64_t i = 0; i < src->used; i++) {
        if (!src->live[i]) continue;
        const void *v = vs && d->val_kind >= 0 ? (char *)src->vals + (size_t)i * vs : NULL;
        if (insert(d, kc, kt, (char *)src->keys + (size_t)i * ks, src->hashes[i], v) < 0) return -1;
    }
    return 0;
}

static void release_all(py4c_dict *d) {
    int64_t used = d->used;
    if (d->key_kind == PY4C_ELEM_OBJ || d->val_kind == PY4C_ELEM_OBJ) {
        for (int64_t i = 0; i < used; i++) {
            if (!d->live[i]) continue;
            if (d->key_kind == PY4C_ELEM_OBJ) py4c_xdecref(((void **)d->keys)[i]);
            if (d->val_kind == PY4C_ELEM_OBJ) py4c_xdecref(((void **)d->vals)[i]);
        }
    }
}

void py4c_dict_clear(py4c_dict *d, const py4c_tinfo *kt, const py4c_tinfo *vt) {
    (void)kt;
    (void)vt;
    if (d->index_size == 0) return;
    /* detach the table first: releasing values may run arbitrary deallocations */
    py4c_dict old = *d;
    if (d->len > 0) d->version++;
    d->len = d->used = d->cap = d->index_size = 0;
    d->keys = d->vals = NULL;
    d->live = NULL;
    d->hashes = d->index = NULL;
    release_all(&old);
    free(old.index);
}

py4c_dict *py4c_dict_copy(py4c_dict *d, const py4c_tinfo *kt, const py4c_tinfo *vt) {
    (void)kt;
    (void)vt;
    py4c_dict *r = py4c_dict_new(d->key_kind, d->val_kind);
    if (!r) return NULL;
    if (d->len == 0) return r;
    if (reserve(r, d->len) < 0) {
        py4c_decref(r);
        return NULL;
    }
    size_t ks = kind_size(d->key_kind), vs = d->val_kind >= 0 ? kind_size(d->val_kind) : 0;
    for (int64_t i = 0; i < d->used; i++) {
        if (!d->live[i]) continue;
        append_at(r, -1, d->hashes[i], (char *)d->keys + (size_t)i * ks, vs ? (char *)d->vals + (size_t)i * vs : NULL);
    }
    r->version = 0;
    return r;
}

int64_t py4c_dict_eq(py4c_dict *a, py4c_dict *b, const py4c_tinfo *kt, const py4c_tinfo *vt) {
    /* no identity shortcut for a == b: py4c floats have no identity, so a NaN key or
     * value is not equal to itself (as in py4c_list_eq) */
    if (a->len != b->len) return 0;
    int kc = key_class(kt);
    size_t ks = kind_size(a->key_kind);
    int cmp_vals = a->val_kind >= 0 && b->val_kind >= 0 && vt != NULL;
    for (int64_t i = 0; i < a->used; i++) {
        if (!a->live[i]) continue;
        int64_t slot, e = find(b, kc, kt, (char *)a->keys + (size_t)i * ks, a->hashes[i], &slot);
        if (e == -2) return -1;
        if (e < 0) return 0;
        if (cmp_vals) {
            int64_t r = val_eq(vt, VAL_AT(a, i), VAL_AT(b, e));
            if (r <= 0) return r; /* 0, or -1: __eq__ raised */
        }
    }
    return 1;
}

/* A growable byte buffer for repr. */
int64_t py4c_dict_next(py4c_dict *d, int64_t *pos, int64_t version, void *key_out, void *val_out) {
    if (d->version != version) {
        py4c_raise_cstr(PY4C_EXC_RuntimeError, d->val_kind < 0 ? "Set changed size during iteration"
                                                               : "dictionary changed size during iteration");
        return -1;
    }
    int64_t i = *pos;
    while (i < d->used && !d->live[i]) i++;
    if (i >= d->used) {
        *pos = i;
        return 0;
    }
    if (key_out) copy_slot(key_out, KEY_AT(d, i), kind_size(d->key_kind));
    if (val_out && d->val_kind >= 0) copy_slot(val_out, VAL_AT(d, i), kind_size(d->val_kind));
    *pos = i + 1;
    return 1;
}

/* ------------------------------------------------------------ for setalgebra.c (dict_internal.h) */

int64_t py4c__dict_find(const py4c_dict *d, const py4c_tinfo *kt, const void *key, int64_t hash) {
    int64_t slot;
    int kc = key_class(kt);
    return FIND(d, kc, kt, key, hash, &slot);
}

int64_t py4c__dict_append_new(py4c_dict *d, const void *key, int64_t hash) {
    if (d->used >= d->cap && grow(d) < 0) return -1;
    append_at(d, -1, hash, key, NULL);
    return 0;
}

int64_t py4c__dict_reserve(py4c_dict *d, int64_t n) { return reserve(d, n); }

void py4c_dict_dealloc(py4c_dict *d) {
    if (d->index_size) {
        release_all(d);
        free(d->index);
    }
    free(d);
}

/* ------------------------------------------------------------ compiled-code helpers */

/* The index of the first live entry at or after pos, -1 at the end, or -2 with
 * RuntimeError when the dict changed since `version` (compiled for-loops read the
 * entry's key and value inline from d->keys / d->vals at that index). */
int64_t py4c_dict_next_index(py4c_dict *d, int64_t pos, int64_t version) {
    if (d->version != version) {
        py4c_raise_cstr(PY4C_EXC_RuntimeError, d->val_kind < 0 ? "Set changed size during iteration"
                                                               : "dictionary changed size during iteration");
        return -2;
    }
    while (pos < d->used && !d->live[pos]) pos++;
    return pos < d->used ? pos : -1;
}

/* d.get(key, default): the value (or the default) copied to *out as a new reference;
 * 0, or -1 with an exception (unhashable key). */
int64_t py4c_dict_get_default(py4c_dict *d, const void *key, const void *deflt, void *out, const py4c_tinfo *kt,
                              const py4c_tinfo *vt) {
    int64_t found = py4c_dict_lookup(d, key, out, kt, vt);
    if (found < 0) return -1;
    if (!found) {
        size_t vs = kind_size(d->val_kind);
        copy_slot(out, deflt, vs);
        slot_incref(d->val_kind, out);
    }
    return 0;
}
