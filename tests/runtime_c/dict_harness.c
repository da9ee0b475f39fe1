/* Test driver for the runtime's dicts and sets (dict.c).
 * Reads one command per line on stdin, writes exactly one result line per command.
 *
 * Registers 0..9 hold dicts or sets; each remembers its key and value types and one
 * iterator (position and version).
 * Types:   i int, w i32, u u8, b bool, n None, f float, s str, l<T> list[T],
 *          d<K><V> dict[K, V] (as a value only), `-` as the value type of a set.
 * Values:  ints in decimal (bool 0/1), None as N, floats as x + 16 hex digits of their
 *          bits, strs as h + hex of their UTF-8 bytes, lists as `[ v v ... ]`, dicts as
 *          r<N> (the dict held in register N, shared, not copied).
 * Commands (K a key, V a value; a set takes no V):
 *   new R KT VT     set R K [V]     get R K        lookup R K     del R K
 *   pop R K         popd R K [V]    setdefault R K V              update R S
 *   clear R         copy D S        eq A B         repr R         len R
 *   keys R          items R         iter R         next R         check R
 *   union D A B     inter D A B     diff D A B     symdiff D A B  le A B
 *   hash T V        free R
 * Results: OK h<hex of a text> | ERR <ExcName> h<hexmsg> | BUG <text>
 *   get/pop/popd/setdefault: the repr of the value got; lookup: "1 <repr>" or "0" ("1"
 *   for a set); eq/le: "1"/"0"; len: the length; keys: key reprs joined by "\n"; items:
 *   "k: v" joined by "\n"; next: "0" at the end, else "1 <key repr>" (+ ": <value repr>");
 *   hash: the decimal hash; others: "".
 * Also checks the error-flag protocol (error value <=> exception set) and, on `check`,
 * the table invariants.
 */
#define _POSIX_C_SOURCE 200809L
#define HARNESS_TYPED_VALUES
#include "harness_common.h"

typedef struct {
    py4c_dict *d;
    const py4c_tinfo *kt, *vt; /* vt NULL: a set */
    int64_t pos, version;
} reg_t;

static reg_t reg[NREG];

/* ------------------------------------------------------------ tokens and values */

static int reg_tok(char **p, int must_exist) {
    int64_t r = int_tok(p);
    if (r < 0 || r >= NREG || (!bad && must_exist && !reg[r].d)) { bad = 1; return 0; }
    return (int)r;
}

/* Parses a value of type t into *out (objects: a new reference). 0 or -1. */
static int parse_value(const py4c_tinfo *t, char **p, slot *out) {
    memset(out, 0, sizeof *out);
    if (t->tag == PY4C_TAG_LIST) {
        py4c_list *l = parse_list(t->elem, p);
        out->o = l ? &l->h : NULL;
        return l ? 0 : -1;
    }
    char *tok = next_tok(p);
    if (!tok) return -1;
    if (t->tag != PY4C_TAG_DICT) return parse_scalar(t, tok, out);
    /* a dict value: r<N>, the dict held in register N */
    if (tok[0] != 'r') return -1;
    int r = atoi(tok + 1);
    if (r < 0 || r >= NREG || !reg[r].d || reg[r].kt != t->elem || reg[r].vt != t->val) return -1;
    py4c_incref(reg[r].d);
    out->o = &reg[r].d->h;
    return 0;
}

/* Releases a value parsed by parse_value or received as a new reference. */
static void release(const py4c_tinfo *t, slot *v) {
    if (t && t->kind == PY4C_ELEM_OBJ) py4c_xdecref(v->o);
}

/* ------------------------------------------------------------ results */

/* A text result being built. */
typedef struct { char *buf; int64_t len, cap; } text;

static void tput(text *t, const char *data, int64_t n) {
    if (t->len + n + 1 > t->cap) {
        int64_t cap = t->cap ? t->cap : 256;
        while (cap < t->len + n + 1) cap *= 2;
        t->buf = realloc(t->buf, (size_t)cap);
        t->cap = cap;
    }
    memcpy(t->buf + t->len, data, (size_t)n);
    t->len += n;
}

static void tputs(text *t, const char *s) { tput(t, s, (int64_t)strlen(s)); }

/* Appends repr(v); 0, or -1 with the exception pending. */
static int tput_repr(text *t, const py4c_tinfo *ty, const void *v) {
    py4c_str *r;
    if (ty->tag == PY4C_TAG_DICT) r = py4c_dict_repr(*(py4c_dict *const *)v, ty->elem, ty->val);
    else r = py4c_value_repr(ty, v);
    if (!r) return -1;
    tput(t, r->data, r->len);
    py4c_decref(r);
    return 0;
}

static void out_text(text *t) {
    if (py4c_exc_type) {
        printf("BUG result with exception set\n");
        py4c_clear_exc();
    } else {
        printf("OK ");
        put_hex(t->buf ? t->buf : "", t->len);
        putchar('\n');
    }
    free(t->buf);
    t->buf = NULL;
    t->len = t->cap = 0;
}

/* A status: rc < 0 means an error, which must be pending; else the text (may be empty). */
static void out_rc(int64_t rc, text *t) {
    if (rc < 0) {
        if (!report_exc()) printf("BUG error return without exception\n");
        free(t->buf);
        t->buf = NULL;
        t->len = t->cap = 0;
    } else {
        out_text(t);
    }
}

static void out_empty(int64_t rc) {
    text t = {NULL, 0, 0};
    out_rc(rc, &t);
}

static void out_bool(int64_t v) {
    text t = {NULL, 0, 0};
    tputs(&t, v ? "1" : "0");
    out_text(&t);
}

/* Stores a new dict result in register dst (replacing what was there). */
static void out_dict(int dst, py4c_dict *d, const py4c_tinfo *kt, const py4c_tinfo *vt) {
    if (!d) {
        if (!report_exc()) printf("BUG NULL without exception\n");
        return;
    }
    if (reg[dst].d) py4c_decref(reg[dst].d);
    reg[dst] = (reg_t){d, kt, vt, 0, d->version};
    out_empty(0);
}

/* ------------------------------------------------------------ invariants */

static const char *check_dict(py4c_dict *d, const py4c_tinfo *kt, const py4c_tinfo *vt) {
    if (d->h.refcnt <= 0) return "refcnt";
    if (d->h.type_id != (vt ? PY4C_T_DICT : PY4C_T_SET)) return "type id";
    if (d->key_kind != kt->kind || d->val_kind != (vt ? vt->kind : -1)) return "kinds";
    if (d->len < 0 || d->len > d->used || d->used > d->cap) return "len/used/cap";
    if (d->index_size == 0) return d->cap == 0 && d->len == 0 ? NULL : "empty table with entries";
    if (d->index_size & (d->index_size - 1)) return "index size not a power of two";
    if (d->cap > d->index_size * 2 / 3) return "load factor";
    int64_t live = 0;
    for (int64_t i = 0; i < d->used; i++) live += d->live[i] != 0;
    if (live != d->len) return "live count";
    int64_t in_index = 0, empty = 0;
    uint8_t *seen = calloc((size_t)d->used + 1, 1);
    for (int64_t s = 0; s < d->index_size; s++) {
        int64_t v = d->index[s], ix = v >= 0 ? (v & 0xffffffff) : v; /* entry | hash tag << 32 */
        if (ix == -1) empty++;
        else if (ix >= 0) {
            if (ix >= d->used || !d->live[ix] || seen[ix]) { free(seen); return "index entry"; }
            if ((uint64_t)v >> 32 != (uint64_t)d->hashes[ix] >> 33) { free(seen); return "index hash tag"; }
            seen[ix] = 1;
            in_index++;
        } else if (ix != -2) { free(seen); return "index value"; }
    }
    free(seen);
    if (in_index != d->len) return "index count";
    if (empty == 0) return "no empty slot";
    size_t ks = d->key_kind == PY4C_ELEM_U8 ? 1 : d->key_kind == PY4C_ELEM_I32 ? 4 : 8;
    size_t vs = !vt ? 0 : vt->kind == PY4C_ELEM_U8 ? 1 : vt->kind == PY4C_ELEM_I32 ? 4 : 8;
    for (int64_t i = 0; i < d->used; i++) {
        if (!d->live[i]) continue;
        const void *k = (char *)d->keys + (size_t)i * ks;
        if (kt->kind == PY4C_ELEM_OBJ) {
            py4c_head *o = *(py4c_head *const *)k;
            if (!o || o->refcnt <= 0) return "key object";
        }
        if (vt && vt->kind == PY4C_ELEM_OBJ) {
            py4c_head *o = *(py4c_head *const *)((char *)d->vals + (size_t)i * vs);
            if (!o || o->refcnt <= 0) return "value object";
        }
        int is_nan = kt->tag == PY4C_TAG_FLOAT && *(const double *)k != *(const double *)k;
        if (is_nan) continue; /* hashed by a counter; never found again */
        if (py4c_value_hash(kt, k) != d->hashes[i]) return "stored hash";
        int64_t v0 = d->version;
        if (py4c_dict_lookup(d, k, NULL, kt, vt) != 1) return "live key not found";
        if (d->version != v0) return "lookup changed the version";
    }
    return NULL;
}

/* ------------------------------------------------------------ commands */

static int is(const char *a, const char *b) { return strcmp(a, b) == 0; }

static void run(char *p) {
    char *cmd = next_tok(&p);
    if (!cmd) return;
    bad = 0;
    text t = {NULL, 0, 0};
    if (is(cmd, "new")) {
        int r = reg_tok(&p, 0);
        const py4c_tinfo *kt = type_tok(next_tok(&p));
        char *vtok = next_tok(&p);
        const py4c_tinfo *vt = vtok && is(vtok, "-") ? NULL : type_tok(vtok);
        if (bad || !kt || !vtok || (!vt && !is(vtok, "-"))) { printf("BUG bad new\n"); return; }
        out_dict(r, py4c_dict_new(kt->kind, vt ? vt->kind : -1), kt, vt);
        return;
    }
    if (is(cmd, "hash")) {
        const py4c_tinfo *ty = type_tok(next_tok(&p));
        slot v;
        if (!ty || parse_value(ty, &p, &v) < 0) { printf("BUG bad value\n"); return; }
        int64_t h = py4c_value_hash(ty, &v);
        if (h == -1) out_empty(-1);
        else {
            char buf[32];
            snprintf(buf, sizeof buf, "%" PRId64, h);
            tputs(&t, buf);
            out_text(&t);
        }
        release(ty, &v);
        return;
    }
    int is_dest = is(cmd, "copy") || is(cmd, "union") || is(cmd, "inter") || is(cmd, "diff") || is(cmd, "symdiff");
    int r = reg_tok(&p, !is_dest);
    if (bad) { printf("BUG bad register\n"); return; }
    py4c_dict *d = reg[r].d;
    const py4c_tinfo *kt = reg[r].kt, *vt = reg[r].vt;

    if (is(cmd, "set") || is(cmd, "get") || is(cmd, "lookup") || is(cmd, "del") || is(cmd, "pop") ||
        is(cmd, "popd") || is(cmd, "setdefault")) {
        slot k, v, out;
        memset(&v, 0, sizeof v);
        memset(&out, 0, sizeof out);
        if (parse_value(kt, &p, &k) < 0) { printf("BUG bad key\n"); return; }
        int has_v = 0;
        if (vt && (is(cmd, "set") || is(cmd, "setdefault") || (is(cmd, "popd") && *p))) {
            if (parse_value(vt, &p, &v) < 0) { printf("BUG bad value\n"); release(kt, &k); return; }
            has_v = 1;
        }
        int64_t rc;
        if (is(cmd, "set")) {
            rc = py4c_dict_set(d, &k, vt ? &v : NULL, kt, vt);
            out_empty(rc);
        } else if (is(cmd, "get")) {
            rc = py4c_dict_get(d, &k, &out, kt, vt);
            if (rc == 0 && vt && tput_repr(&t, vt, &out) < 0) rc = -1;
            out_rc(rc, &t);
            if (rc == 0) release(vt, &out);
        } else if (is(cmd, "lookup")) {
            rc = py4c_dict_lookup(d, &k, vt ? &out : NULL, kt, vt);
            if (rc == 1) {
                tputs(&t, "1");
                if (vt) {
                    tputs(&t, " ");
                    tput_repr(&t, vt, &out);
                    release(vt, &out);
                }
            } else if (rc == 0) {
                tputs(&t, "0");
            } else if (rc != -1) {
                printf("BUG lookup returned %" PRId64 "\n", rc);
                free(t.buf);
                release(kt, &k);
                return;
            }
            out_rc(rc, &t);
        } else if (is(cmd, "del")) {
            out_empty(py4c_dict_del(d, &k, kt, vt));
        } else if (is(cmd, "pop") || is(cmd, "popd")) {
            int hd = is(cmd, "popd");
            rc = py4c_dict_pop(d, &k, vt ? &out : NULL, has_v ? &v : NULL, hd, kt, vt);
            if (rc == 0 && vt) {
                if (tput_repr(&t, vt, &out) < 0) rc = -1;
                release(vt, &out);
            }
            out_rc(rc, &t);
        } else { /* setdefault */
            rc = py4c_dict_setdefault(d, &k, vt ? &v : NULL, vt ? &out : NULL, kt, vt);
            if (rc == 0 && vt) {
                if (tput_repr(&t, vt, &out) < 0) rc = -1;
                release(vt, &out);
            }
            out_rc(rc, &t);
        }
        release(kt, &k);
        if (has_v) release(vt, &v);
        return;
    }
    if (is(cmd, "update") || is(cmd, "eq") || is(cmd, "le")) {
        int s = reg_tok(&p, 1);
        if (bad || reg[s].kt != kt || reg[s].vt != vt) { printf("BUG bad source\n"); return; }
        if (is(cmd, "update")) out_empty(py4c_dict_update(d, reg[s].d, kt, vt));
        else if (is(cmd, "eq")) out_bool(py4c_dict_eq(d, reg[s].d, kt, vt));
        else out_bool(py4c_set_le(d, reg[s].d, kt));
        return;
    }
    if (is(cmd, "copy")) {
        int s = reg_tok(&p, 1);
        if (bad) { printf("BUG bad source\n"); return; }
        out_dict(r, py4c_dict_copy(reg[s].d, reg[s].kt, reg[s].vt), reg[s].kt, reg[s].vt);
        return;
    }
    if (is_dest) {
        int a = reg_tok(&p, 1), b = reg_tok(&p, 1);
        if (bad || reg[a].vt || reg[b].vt || reg[a].kt != reg[b].kt) { printf("BUG bad operands\n"); return; }
        py4c_dict *x = reg[a].d, *y = reg[b].d, *res;
        const py4c_tinfo *st = reg[a].kt;
        if (is(cmd, "union")) res = py4c_set_union(x, y, st);
        else if (is(cmd, "inter")) res = py4c_set_intersection(x, y, st);
        else if (is(cmd, "diff")) res = py4c_set_difference(x, y, st);
        else res = py4c_set_symmetric_difference(x, y, st);
        out_dict(r, res, st, NULL);
        return;
    }
    if (is(cmd, "clear")) {
        py4c_dict_clear(d, kt, vt);
        out_empty(0);
    } else if (is(cmd, "repr")) {
        py4c_str *s = py4c_dict_repr(d, kt, vt);
        if (!s) { out_empty(-1); return; }
        tput(&t, s->data, s->len);
        py4c_decref(s);
        out_text(&t);
    } else if (is(cmd, "len")) {
        char buf[32];
        snprintf(buf, sizeof buf, "%" PRId64, d->len);
        tputs(&t, buf);
        out_text(&t);
    } else if (is(cmd, "keys") || is(cmd, "items")) {
        int64_t pos = 0, version = d->version, rc;
        slot k, v;
        int first = 1;
        while ((rc = py4c_dict_next(d, &pos, version, &k, is(cmd, "items") ? &v : NULL)) == 1) {
            if (!first) tputs(&t, "\n");
            first = 0;
            tput_repr(&t, kt, &k);
            if (is(cmd, "items") && vt) {
                tputs(&t, ": ");
                tput_repr(&t, vt, &v);
            }
        }
        out_rc(rc, &t);
    } else if (is(cmd, "iter")) {
        reg[r].pos = 0;
        reg[r].version = d->version;
        out_empty(0);
    } else if (is(cmd, "next")) {
        slot k, v;
        int64_t rc = py4c_dict_next(d, &reg[r].pos, reg[r].version, &k, vt ? &v : NULL);
        if (rc == 1) {
            tputs(&t, "1 ");
            tput_repr(&t, kt, &k);
            if (vt) {
                tputs(&t, ": ");
                tput_repr(&t, vt, &v);
            }
        } else if (rc == 0) {
            tputs(&t, "0");
        }
        out_rc(rc, &t);
    } else if (is(cmd, "check")) {
        const char *err = check_dict(d, kt, vt);
        if (err) printf("BUG %s\n", err);
        else out_empty(0);
    } else if (is(cmd, "free")) {
        py4c_decref(d);
        reg[r].d = NULL;
        out_empty(0);
    } else {
        printf("BUG unknown command %s\n", cmd);
    }
}

int main(void) {
    for_each_line(run);
    for (int i = 0; i < NREG; i++)
        if (reg[i].d) py4c_decref(reg[i].d);
    return 0;
}
