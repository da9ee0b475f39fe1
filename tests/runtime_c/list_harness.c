/* Test driver for the runtime's lists (list.c) and type-info value operations (value.c).
 * Reads one command per line on stdin, writes exactly one result line per command.
 *
 * Registers 0..9 hold lists; each remembers its element type.
 * Types:   i int, w i32, u u8, b bool, n None, f float, s str, l<T> list[T]  (e.g. lli),
 *          d<K><V> dict[K, V], S<T> set[T]
 * Values:  ints in decimal (bool 0/1), None as N, floats as x + 16 hex digits of their
 *          bits, strs as h + hex of their UTF-8 bytes, lists as `[ v v ... ]`, dicts as
 *          `{ k v ... }`, sets as `{ k ... }`.
 * Indices: decimal; `_` for an omitted slice part.
 * Commands:
 *   set R T [ v ... ]          repr R       strrepr R      pop R I      -> repr of the item
 *   append R V   insert R I V  del R I      extend R S     remove R V
 *   index R V START STOP       count R V    contains R V   reverse R    clear R
 *   copy D R     concat D A B  repeat D R N                slice D R START STOP STEP
 *   setslice R START STOP STEP S           delslice R START STOP STEP
 *   eq A B       cmp A B       sort R K REV (K: keys register, may be R)
 *   getobj R I   veq T V V     vcmp T V V   vrepr T V
 * Results: OK | OK <int> | OK h<hex> | ERR <ExcName> h<hexmsg> | BUG <text>
 * Also checks the error-flag protocol (error value <=> exception set) and list invariants.
 */
#define _POSIX_C_SOURCE 200809L
#define HARNESS_TYPED_VALUES
#include "harness_common.h"

static py4c_list *reg[NREG];
static const py4c_tinfo *reg_t[NREG]; /* element type */

/* ------------------------------------------------------------ tokens and values */

/* A slice part: `_` (omitted) or an int. */
static int64_t part_tok(char **p, int64_t *has) {
    char *t = next_tok(p), *end;
    if (!t) { bad = 1; return 0; }
    if (!strcmp(t, "_")) { *has = 0; return 0; }
    *has = 1;
    int64_t v = strtoll(t, &end, 10);
    if (*end) bad = 1;
    return v;
}

static int reg_tok(char **p) {
    int64_t r = int_tok(p);
    if (r < 0 || r >= NREG || (!bad && !reg[r])) { bad = 1; return 0; }
    return (int)r;
}

static py4c_dict *parse_dict(const py4c_tinfo *t, char **p);

/* Parses a value of type t into *out (objects: a new reference). 0 or -1. */
static int parse_value(const py4c_tinfo *t, char **p, slot *out) {
    memset(out, 0, sizeof *out);
    if (t->tag == PY4C_TAG_LIST) {
        py4c_list *l = parse_list(t->elem, p);
        out->o = l ? &l->h : NULL;
        return l ? 0 : -1;
    }
    if (t->tag == PY4C_TAG_DICT || t->tag == PY4C_TAG_SET) {
        py4c_dict *d = parse_dict(t, p);
        out->o = d ? &d->h : NULL;
        return d ? 0 : -1;
    }
    char *tok = next_tok(p);
    return tok ? parse_scalar(t, tok, out) : -1;
}

/* `{ k v k v ... }` (dict) or `{ k k ... }` (set) */
static py4c_dict *parse_dict(const py4c_tinfo *t, char **p) {
    char *tok = next_tok(p);
    if (!tok || strcmp(tok, "{") != 0) return NULL;
    const py4c_tinfo *vt = t->tag == PY4C_TAG_DICT ? t->val : NULL;
    py4c_dict *d = py4c_dict_new(t->elem->kind, vt ? vt->kind : -1);
    for (;;) {
        while (**p == ' ') (*p)++;
        if (**p == '}') {
            next_tok(p);
            return d;
        }
        slot k, v;
        memset(&v, 0, sizeof v);
        if (parse_value(t->elem, p, &k) < 0) {
            py4c_decref(d);
            return NULL;
        }
        if (vt && parse_value(vt, p, &v) < 0) {
            py4c_value_decref(t->elem, &k);
            py4c_decref(d);
            return NULL;
        }
        py4c_dict_set(d, &k, vt ? (const void *)&v : NULL, t->elem, vt);
        py4c_value_decref(t->elem, &k);
        if (vt) py4c_value_decref(vt, &v);
    }
}

/* ------------------------------------------------------------ results */

/* A status result: rc < 0 means an error, which must be pending. */
static void out_rc(int64_t rc) {
    if (rc < 0) {
        if (!report_exc()) printf("BUG error return without exception\n");
    } else if (py4c_exc_type) {
        printf("BUG success with exception set\n");
        py4c_clear_exc();
    } else {
        printf("OK\n");
    }
}

static void out_int(int64_t v) {
    if (py4c_exc_type) report_exc();
    else printf("OK %" PRId64 "\n", v);
}

static void out_str(py4c_str *r) { out_str_as(r, "OK "); }

/* Stores a list result in register d (replacing what was there). */
static void out_list(int d, py4c_list *l, const py4c_tinfo *elem) {
    if (!result_ok(l)) {
        py4c_xdecref(l);
        return;
    }
    if (reg[d]) py4c_decref(reg[d]);
    reg[d] = l;
    reg_t[d] = elem;
    printf("OK\n");
}

static int check_list(py4c_list *l, const py4c_tinfo *elem) {
    if (l->len < 0 || l->len > l->cap || l->elem_kind != elem->kind || l->h.type_id != PY4C_T_LIST ||
        l->h.refcnt <= 0 || (l->cap > 0 && !l->items))
        return 0;
    if (elem->kind == PY4C_ELEM_OBJ) {
        for (int64_t i = 0; i < l->len; i++) {
            py4c_head *o = ((py4c_head **)l->items)[i];
            if (!o || o->refcnt <= 0) return 0;
            if (elem->tag == PY4C_TAG_LIST && !check_list((py4c_list *)o, elem->elem)) return 0;
        }
    }
    return 1;
}

/* ------------------------------------------------------------ commands */

static void run(char *p) {
    char *cmd = next_tok(&p);
    if (!cmd) return;
    bad = 0;
    if (!strcmp(cmd, "set")) {
        int64_t r = int_tok(&p);
        const py4c_tinfo *t = type_tok(next_tok(&p));
        if (bad || r < 0 || r >= NREG || !t) { printf("BUG bad set\n"); return; }
        py4c_list *l = parse_list(t, &p);
        if (!l) { printf("BUG bad list literal\n"); return; }
        out_list((int)r, l, t);
        return;
    }
    if (!strcmp(cmd, "veq") || !strcmp(cmd, "vcmp") || !strcmp(cmd, "vrepr")) {
        const py4c_tinfo *t = type_tok(next_tok(&p));
        slot a, b;
        if (!t || parse_value(t, &p, &a) < 0) { printf("BUG bad value\n"); return; }
        if (cmd[1] == 'r') {
            out_str(py4c_value_repr(t, &a));
        } else {
            if (parse_value(t, &p, &b) < 0) {
                printf("BUG bad value\n");
                py4c_value_decref(t, &a);
                return;
            }
            out_int(cmd[1] == 'e' ? py4c_value_eq(t, &a, &b) : py4c_value_cmp(t, &a, &b));
            py4c_value_decref(t, &b);
        }
        py4c_value_decref(t, &a);
        return;
    }
    int64_t r = int_tok(&p);
    int is_dest = !strcmp(cmd, "copy") || !strcmp(cmd, "concat") || !strcmp(cmd, "repeat") ||
                  !strcmp(cmd, "slice"); /* register r receives a new list */
    if (bad || r < 0 || r >= NREG || (!reg[r] && !is_dest)) { printf("BUG bad register\n"); return; }
    py4c_list *l = reg[r];
    const py4c_tinfo *t = reg_t[r];
    if (!strcmp(cmd, "repr") || !strcmp(cmd, "strrepr")) {
        if (!check_list(l, t)) { printf("BUG broken list invariants\n"); return; }
        if (cmd[0] == 'r') out_str(py4c_list_repr(l, t));
        else if (t->tag == PY4C_TAG_STR) out_str(py4c_list_str_repr(l));
        else printf("BUG strrepr of a list that is not list[str]\n");
    } else if (!strcmp(cmd, "append") || !strcmp(cmd, "remove") || !strcmp(cmd, "count") ||
               !strcmp(cmd, "contains") || !strcmp(cmd, "insert") || !strcmp(cmd, "index")) {
        int64_t i = 0, stop = 0;
        if (cmd[0] == 'i' && cmd[2] == 's') i = int_tok(&p);
        slot v;
        if (bad || parse_value(t, &p, &v) < 0) { printf("BUG bad value\n"); return; }
        if (!strcmp(cmd, "index")) {
            i = int_tok(&p);
            stop = int_tok(&p);
        }
        if (bad) printf("BUG bad index\n");
        else if (!strcmp(cmd, "append")) out_rc(py4c_list_append(l, &v));
        else if (!strcmp(cmd, "insert")) out_rc(py4c_list_insert(l, i, &v));
        else if (!strcmp(cmd, "remove")) out_rc(py4c_list_remove(l, &v, t));
        else if (!strcmp(cmd, "count")) out_int(py4c_list_count(l, &v, t));
        else if (!strcmp(cmd, "contains")) out_int(py4c_list_contains(l, &v, t));
        else {
            int64_t k = py4c_list_index(l, &v, i, stop, t);
            if (k < 0 && !py4c_exc_type) printf("BUG index -1 without exception\n");
            else out_int(k);
        }
        py4c_value_decref(t, &v);
    } else if (!strcmp(cmd, "pop")) {
        int64_t i = int_tok(&p);
        slot v;
        memset(&v, 0, sizeof v);
        int64_t rc = py4c_list_pop(l, i, &v);
        if (rc < 0) out_rc(rc);
        else {
            out_str(py4c_value_repr(t, &v));
            py4c_value_decref(t, &v);
        }
    } else if (!strcmp(cmd, "getobj")) {
        int64_t i = int_tok(&p);
        py4c_head *o = py4c_list_get_obj(l, i);
        if (!o) {
            out_str(NULL);
        } else {
            out_str(py4c_value_repr(t, &o));
            py4c_decref(o);
        }
    } else if (!strcmp(cmd, "del")) {
        out_rc(py4c_list_del_item(l, int_tok(&p), t));
    } else if (!strcmp(cmd, "extend")) {
        int s = reg_tok(&p);
        if (bad) printf("BUG bad register\n");
        else out_rc(py4c_list_extend(l, reg[s], t));
    } else if (!strcmp(cmd, "reverse")) {
        py4c_list_reverse(l);
        out_rc(0);
    } else if (!strcmp(cmd, "clear")) {
        py4c_list_clear(l, t);
        out_rc(0);
    } else if (!strcmp(cmd, "copy")) {
        int s = reg_tok(&p);
        if (bad) printf("BUG bad register\n");
        else out_list((int)r, py4c_list_copy(reg[s], reg_t[s]), reg_t[s]);
    } else if (!strcmp(cmd, "concat")) {
        int a = reg_tok(&p), b = reg_tok(&p);
        if (bad) printf("BUG bad register\n");
        else out_list((int)r, py4c_list_concat(reg[a], reg[b], reg_t[a]), reg_t[a]);
    } else if (!strcmp(cmd, "repeat")) {
        int s = reg_tok(&p);
        int64_t n = int_tok(&p);
        if (bad) printf("BUG bad register\n");
        else out_list((int)r, py4c_list_repeat(reg[s], n, reg_t[s]), reg_t[s]);
    } else if (!strcmp(cmd, "slice") || !strcmp(cmd, "setslice") || !strcmp(cmd, "delslice")) {
        int s = cmd[0] == 's' && cmd[1] == 'l' ? reg_tok(&p) : (int)r;
        int64_t hs, he, hp;
        int64_t start = part_tok(&p, &hs), stop = part_tok(&p, &he), step = part_tok(&p, &hp);
        if (bad) { printf("BUG bad slice\n"); return; }
        if (cmd[0] == 'd') {
            out_rc(py4c_list_del_slice(l, start, stop, step, hs, he, hp, t));
        } else if (cmd[1] == 'e') {
            int src = reg_tok(&p);
            if (bad) printf("BUG bad register\n");
            else out_rc(py4c_list_set_slice(l, start, stop, step, hs, he, hp, reg[src], t));
        } else {
            out_list((int)r, py4c_list_slice(reg[s], start, stop, step, hs, he, hp, reg_t[s]), reg_t[s]);
        }
    } else if (!strcmp(cmd, "eq") || !strcmp(cmd, "cmp")) {
        int b = reg_tok(&p);
        if (bad) printf("BUG bad register\n");
        else out_int(cmd[0] == 'e' ? py4c_list_eq(l, reg[b], t) : py4c_list_cmp(l, reg[b], t));
    } else if (!strcmp(cmd, "sort")) {
        int k = reg_tok(&p);
        int64_t rev = int_tok(&p);
        if (bad) printf("BUG bad sort\n");
        else out_rc(py4c_list_sort(l, reg[k], reg_t[k], rev));
    } else {
        printf("BUG unknown command %s\n", cmd);
    }
}

int main(void) {
    for_each_line(run);
    for (int i = 0; i < NREG; i++)
        if (reg[i]) py4c_decref(reg[i]);
    py4c_clear_exc();
    return 0;
}
