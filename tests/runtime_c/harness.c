/* Test driver for the runtime's formatting functions (format.c, dtoa.c, numparse.c,
 * numops.c). Reads one command per line on stdin, writes one result line per command:
 *   command:  NAME ARG...   strings as 'h' + hex of their UTF-8 bytes, ints in decimal,
 *                           floats as 16 hex digits of their bits
 *   result:   OK s <hexstr> | OK i <int> | OK f <hexbits> | ERR <ExcName> <hexmsg>
 * Also checks the runtime's error-flag protocol (NULL <=> exception set).
 */
#define _POSIX_C_SOURCE 200809L
#include "harness_common.h"

static py4c_str *arg_str(char *t) { return hex_str(t); }
static double arg_f(char *t) { return bits_double(t); }
static int64_t arg_i(char *t) { return strtoll(t, NULL, 10); }
static void out_str(py4c_str *r) { out_str_as(r, "OK s "); }

static void out_f(double d) {
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    if (!report_exc()) printf("OK f %016" PRIx64 "\n", bits);
}

static void run(char *line) {
    char *p = line, *cmd = next_tok(&p), *a = next_tok(&p), *b = next_tok(&p);
    if (!cmd) return;
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
}

int main(void) {
    for_each_line(run);
    return 0;
}
