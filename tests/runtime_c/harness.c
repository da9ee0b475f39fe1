/* Test driver for the runtime's formatting functions (format.c, dtoa.c, numparse.c,
 * numops.c). Reads one command per line on stdin, writes one result line per command:
 *   command:  NAME ARG...   strings as 'h' + hex of their UTF-8 bytes, ints in decimal,
 *                           floats as 16 hex digits of their bits
 *   result:   OK s <hexstr> | OK i <int> | OK f <hexbits> | ERR <ExcName> <hexmsg>
 * Also checks the runtime's error-flag protocol (NULL <=> exception set).
 */
#define _POSIX_C_SOURCE 200809L
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "py4c.h"

static char *next_tok(char **p) {
    while (**p == ' ') (*p)++;
    if (!**p) return NULL;
    char *t = *p;
    while (**p && **p != ' ') (*p)++;
    if (**p) *(*p)++ = '\0';
    return t;
}

static py4c_str *arg_str(char *t) {
    size_t n = (strlen(t) - 1) / 2;
    char *buf = malloc(n + 1);
    for (size_t i = 0; i < n; i++) {
        unsigned v;
        sscanf(t + 1 + 2 * i, "%2x", &v);
        buf[i] = (char)v;
    }
    py4c_str *s = py4c_str_new(buf, (int64_t)n);
    free(buf);
    return s;
}

static double arg_f(char *t) {
    uint64_t bits = strtoull(t, NULL, 16);
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

static int64_t arg_i(char *t) { return strtoll(t, NULL, 10); }

static void put_hex(const char *data, int64_t len) {
    putchar('h');
    for (int64_t i = 0; i < len; i++) printf("%02x", (unsigned char)data[i]);
}

static int report_exc(void) {
    if (!py4c_exc_type) return 0;
    printf("ERR %s ", py4c_exc_name(py4c_exc_type));
    if (py4c_exc_msg)
        put_hex(py4c_exc_msg->data, py4c_exc_msg->len);
    else
        put_hex("", 0);
    putchar('\n');
    py4c_clear_exc();
    return 1;
}

static void out_str(py4c_str *r) {
    if (!r) {
        if (!report_exc()) printf("BUG NULL without exception\n");
        return;
    }
    if (py4c_exc_type) {
        printf("BUG result with exception set\n");
        py4c_clear_exc();
    } else {
        int64_t n = 0;
        for (int64_t i = 0; i < r->len; i++) n += ((unsigned char)r->data[i] & 0xc0) != 0x80;
        if (r->data[r->len] != '\0' || n != r->nchars || r->is_ascii != (n == r->len)) {
            printf("BUG bad string header\n");
        } else {
            printf("OK s ");
            put_hex(r->data, r->len);
            putchar('\n');
        }
    }
    py4c_decref(r);
}

static void out_i(int64_t v) {
    if (!report_exc()) printf("OK i %" PRId64 "\n", v);
}

static void out_f(double d) {
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    if (!report_exc()) printf("OK f %016" PRIx64 "\n", bits);
}

int main(void) {
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, stdin)) > 0) {
        if (line[n - 1] == '\n') line[n - 1] = '\0';
        char *p = line, *cmd = next_tok(&p), *a = next_tok(&p), *b = next_tok(&p);
        if (!cmd) continue;
        if (!strcmp(cmd, "repr")) {
            out_str(py4c_float_repr(arg_f(a)));
        } else if (!strcmp(cmd, "istr")) {
            out_str(py4c_int_to_str(arg_i(a)));
        } else if (!strcmp(cmd, "srepr") || !strcmp(cmd, "int") || !strcmp(cmd, "float")) {
            py4c_str *s = arg_str(a);
            if (cmd[0] == 's') out_str(py4c_str_repr(s));
            else if (cmd[0] == 'i') out_i(py4c_int_from_str(s));
            else out_f(py4c_float_from_str(s));
            py4c_decref(s);
        } else if (!strncmp(cmd, "fmt", 3)) {
            py4c_str *spec = arg_str(b);
            switch (cmd[3]) {
            case 'i': out_str(py4c_format_int(arg_i(a), spec)); break;
            case 'b': out_str(py4c_format_bool(arg_i(a), spec)); break;
            case 'f': out_str(py4c_format_float(arg_f(a), spec)); break;
            default: {
                py4c_str *s = arg_str(a);
                out_str(py4c_format_str(s, spec));
                py4c_decref(s);
            }
            }
            py4c_decref(spec);
        } else if (!strcmp(cmd, "f2i")) {
            out_i(py4c_float_to_int(arg_f(a)));
        } else if (!strcmp(cmd, "rndi")) {
            out_i(py4c_float_round_int(arg_f(a)));
        } else if (!strcmp(cmd, "rnd")) {
            out_f(py4c_float_round(arg_f(a), arg_i(b)));
        } else if (!strcmp(cmd, "irnd")) {
            out_i(py4c_int_round(arg_i(a), arg_i(b)));
        } else if (!strcmp(cmd, "mod")) {
            out_f(py4c_float_mod(arg_f(a), arg_f(b)));
        } else if (!strcmp(cmd, "fdiv")) {
            out_f(py4c_float_floordiv(arg_f(a), arg_f(b)));
        } else if (!strcmp(cmd, "pow")) {
            out_f(py4c_float_pow(arg_f(a), arg_f(b)));
        } else if (!strcmp(cmd, "ipow")) {
            out_i(py4c_int_pow(arg_i(a), arg_i(b)));
        } else {
            printf("BUG unknown command %s\n", cmd);
        }
        fflush(stdout);
    }
    free(line);
    return 0;
}
