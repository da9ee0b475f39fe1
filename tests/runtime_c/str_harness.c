/* Test driver for the runtime's str methods (strmethods.c, strcase.c). Reads one
 * command per line on stdin, writes one result line per command:
 *   command:  NAME ARG...   strings as 'h' + hex of their UTF-8 bytes ('N' for NULL),
 *                           ints in decimal
 *   result:   OK s <hexstr> | OK i <int> | OK l <hexstr>... | OK b <0|1>...
 *             | ERR <ExcName> <hexmsg>
 * "ismap S P" applies predicate P to each code point of S alone (one digit each).
 * Also checks the runtime's error-flag protocol (NULL <=> exception set) and every
 * result string's cached header (nchars, is_ascii, NUL); prints BUG lines otherwise.
 */
#define _POSIX_C_SOURCE 200809L
#include "harness_common.h"

static py4c_str *arg_str(const char *t) { return t[0] == 'N' ? NULL : hex_str(t); }
static int64_t arg_i(const char *t) { return strtoll(t, NULL, 10); }
static void out_str(py4c_str *r) { out_str_as(r, "OK s "); }

static void out_list(py4c_list *l) {
    if (!result_ok(l)) {
        py4c_xdecref(l);
        return;
    }
    py4c_str **items = (py4c_str **)l->items;
    for (int64_t i = 0; i < l->len; i++) {
        if (!header_ok(items[i])) {
            printf("BUG bad string header in list\n");
            py4c_decref(l);
            return;
        }
    }
    printf("OK l");
    for (int64_t i = 0; i < l->len; i++) {
        putchar(' ');
        put_hex(items[i]->data, items[i]->len);
    }
    putchar('\n');
    py4c_decref(l);
}

static void release(py4c_str *s) { py4c_xdecref(s); }

static void run(char *line) {
    int nt = 0;
    for (char *c = line; *c; c++) nt += *c == ' ';
    char **tok = malloc(sizeof(char *) * (size_t)(nt + 2));
    nt = 0;
    for (char *p = strtok(line, " "); p; p = strtok(NULL, " ")) tok[nt++] = p;
    if (nt < 2) {
        if (nt) printf("BUG missing argument\n");
        free(tok);
        return;
    }
    const char *cmd = tok[0];
#define I(k) ((k) < nt ? arg_i(tok[k]) : 0)
    if (!strcmp(cmd, "chr")) {
        out_str(py4c_str_chr(I(1)));
        free(tok);
        return;
    }
    py4c_str *s = arg_str(tok[1]);
    py4c_str *a = nt > 2 && tok[2][0] == 'h' ? arg_str(tok[2]) : NULL;
    py4c_str *b = nt > 3 && tok[3][0] == 'h' ? arg_str(tok[3]) : NULL;
    if (!strcmp(cmd, "slice")) {
        out_str(py4c_str_slice(s, I(2), I(3), I(4), I(5), I(6), I(7)));
    } else if (!strcmp(cmd, "split")) {
        out_list(py4c_str_split(s, a, I(3)));
    } else if (!strcmp(cmd, "rsplit")) {
        out_list(py4c_str_rsplit(s, a, I(3)));
    } else if (!strcmp(cmd, "lines")) {
        out_list(py4c_str_splitlines(s, I(2)));
    } else if (!strcmp(cmd, "join")) {
        py4c_list *l = py4c_list_new(PY4C_ELEM_OBJ, 0);
        for (int k = 2; k < nt; k++) py4c_list_append_obj(l, (py4c_head *)arg_str(tok[k]));
        out_str(py4c_str_join(s, l));
        py4c_decref(l);
    } else if (!strcmp(cmd, "strip")) {
        out_str(py4c_str_strip(s, a, I(3)));
    } else if (!strcmp(cmd, "replace")) {
        out_str(py4c_str_replace(s, a, b, I(4)));
    } else if (!strcmp(cmd, "find") || !strcmp(cmd, "index")) {
        int64_t r = (cmd[0] == 'f' ? py4c_str_find : py4c_str_index)(s, a, I(3), I(4), I(5), I(6), I(7));
        if (cmd[0] == 'i' && r < 0 && !py4c_exc_type) printf("BUG index -1 without exception\n");
        else out_i(r);
    } else if (!strcmp(cmd, "count")) {
        out_i(py4c_str_count(s, a, I(3), I(4), I(5), I(6)));
    } else if (!strcmp(cmd, "sw")) {
        out_i(py4c_str_startswith(s, a, I(3), I(4), I(5), I(6), I(7)));
    } else if (!strcmp(cmd, "upper")) {
        out_str(py4c_str_upper(s));
    } else if (!strcmp(cmd, "lower")) {
        out_str(py4c_str_lower(s));
    } else if (!strcmp(cmd, "title")) {
        out_str(py4c_str_title(s));
    } else if (!strcmp(cmd, "cap")) {
        out_str(py4c_str_capitalize(s));
    } else if (!strcmp(cmd, "swap")) {
        out_str(py4c_str_swapcase(s));
    } else if (!strcmp(cmd, "is")) {
        out_i(py4c_str_is(s, I(2)));
    } else if (!strcmp(cmd, "ismap")) {
        printf("OK b ");
        int64_t pos = 0;
        while (pos < s->len) {
            py4c_str *c = py4c_str_next_char(s, &pos);
            putchar(py4c_str_is(c, I(2)) ? '1' : '0');
            py4c_decref(c);
        }
        putchar('\n');
    } else if (!strcmp(cmd, "ord")) {
        out_i(py4c_str_ord(s));
    } else if (!strcmp(cmd, "rep")) {
        out_str(py4c_str_repeat(s, I(2)));
    } else if (!strcmp(cmd, "pad")) {
        py4c_str *fill = arg_str(tok[3]);
        out_str(py4c_str_pad(s, I(2), fill, I(4)));
        release(fill);
    } else if (!strcmp(cmd, "hash")) {
        /* equal strings hash equal; the value is cached and never -1 */
        py4c_str *copy = py4c_str_new(s->data, s->len);
        int64_t h1 = py4c_str_hash(s), h2 = py4c_str_hash(s), h3 = py4c_str_hash(copy);
        if (h1 == -1 || h1 != h2 || h1 != h3 || s->hash != h1) printf("BUG hash\n");
        else out_i(h1);
        py4c_decref(copy);
    } else if (!strcmp(cmd, "iter")) {
        py4c_list *l = py4c_list_new(PY4C_ELEM_OBJ, 0);
        int64_t pos = 0;
        while (pos < s->len) {
            py4c_str *c = py4c_str_next_char(s, &pos);
            if (!c) break;
            py4c_list_append_obj(l, (py4c_head *)c);
        }
        if (py4c_exc_type) { report_exc(); py4c_decref(l); }
        else out_list(l);
    } else {
        printf("BUG unknown command %s\n", cmd);
    }
    release(s);
    release(a);
    release(b);
    free(tok);
}

int main(void) {
    for_each_line(run);
    return 0;
}
