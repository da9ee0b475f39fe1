/* py4c runtime: text files (open(), read, readline, readlines, write, iteration, close)
 * with CPython's defaults: UTF-8, universal newlines on reading ("\r\n" and "\r" read as
 * "\n"), and CPython's messages for the common failures.
 *
 * Phase: runtime. A file is a heap object; releasing it closes it (as CPython's file
 * objects do when collected), and `with` closes it explicitly.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "py4c.h"

struct py4c_file {
    py4c_head h;
    FILE *fp;
    int64_t writable;
    int64_t readable;
};

static const char *open_error(int err, int32_t *exc) {
    switch (err) {
    case ENOENT: *exc = PY4C_EXC_FileNotFoundError; return "No such file or directory";
    case EACCES: *exc = PY4C_EXC_OSError; return "Permission denied";   /* PermissionError in CPython */
    case EISDIR: *exc = PY4C_EXC_OSError; return "Is a directory";      /* IsADirectoryError in CPython */
    default: *exc = PY4C_EXC_OSError; return strerror(err);
    }
}

py4c_file *py4c_file_open(py4c_str *path, py4c_str *mode) {
    const char *m = mode ? mode->data : "r";
    const char *cm = NULL;
    int readable = 0, writable = 0;
    if (!strcmp(m, "r") || !strcmp(m, "rt")) { cm = "rb"; readable = 1; }
    else if (!strcmp(m, "w") || !strcmp(m, "wt")) { cm = "wb"; writable = 1; }
    else if (!strcmp(m, "a") || !strcmp(m, "at")) { cm = "ab"; writable = 1; }
    else if (!strcmp(m, "x") || !strcmp(m, "xt")) { cm = "wbx"; writable = 1; }
    if (!cm) {
        py4c_raise_fmt(PY4C_EXC_ValueError, "invalid mode: '%s'", m);
        return NULL;
    }
    FILE *fp = fopen(path->data, cm);
    if (!fp) {
        int err = errno;
        int32_t exc;
        const char *why = open_error(err, &exc);
        py4c_str *r = py4c_str_repr(path);
        py4c_raise_fmt(exc, "[Errno %d] %s: %s", err, why, r ? r->data : "?");
        py4c_xdecref(r);
        return NULL;
    }
    py4c_file *f = py4c_alloc(sizeof *f);
    if (!f) { fclose(fp); return NULL; }
    f->h.refcnt = 1;
    f->h.type_id = PY4C_T_FILE;
    f->h.flags = 0;
    f->fp = fp;
    f->readable = readable;
    f->writable = writable;
    return f;
}

static int check_open(py4c_file *f, int want_read) {
    if (!f->fp) {
        py4c_raise_cstr(PY4C_EXC_ValueError, "I/O operation on closed file.");
        return -1;
    }
    if (want_read && !f->readable) {
        py4c_raise_cstr(PY4C_EXC_UnsupportedOperation, "not readable");
        return -1;
    }
    if (!want_read && !f->writable) {
        py4c_raise_cstr(PY4C_EXC_UnsupportedOperation, "not writable");
        return -1;
    }
    return 0;
}

/* Text from fp: one line (ending with "\n" unless at the end) or everything to the
 * end; "" at the end. With `universal`, "\r\n" and "\r" read as "\n" (CPython's
 * default for files; its sys.stdin keeps them). */
py4c_str *py4c_read_text(FILE *fp, int one_line, int universal) {
    size_t cap = one_line ? 128 : 4096, len = 0;
    char *buf = malloc(cap);
    if (!buf) { py4c_raise_memory(); return NULL; }
    int c;
    while ((c = getc(fp)) != EOF) {
        if (c == '\r' && universal) {
            int n = getc(fp);
            if (n != '\n' && n != EOF) ungetc(n, fp);
            c = '\n';
        }
        if (len + 1 >= cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) { free(buf); py4c_raise_memory(); return NULL; }
            buf = nb;
        }
        buf[len++] = (char)c;
        if (c == '\n' && one_line) break;
    }
    py4c_str *s = py4c_str_new(buf, (int64_t)len);
    free(buf);
    return s;
}

py4c_str *py4c_file_readline(py4c_file *f) {
    if (check_open(f, 1) < 0) return NULL;
    return py4c_read_text(f->fp, 1, 1);
}

py4c_str *py4c_file_read(py4c_file *f) {
    if (check_open(f, 1) < 0) return NULL;
    return py4c_read_text(f->fp, 0, 1);
}

py4c_list *py4c_file_readlines(py4c_file *f) {
    if (check_open(f, 1) < 0) return NULL;
    py4c_list *l = py4c_list_new(PY4C_ELEM_OBJ, 0);
    if (!l) return NULL;
    for (;;) {
        py4c_str *line = py4c_file_readline(f);
        if (!line) { py4c_decref(l); return NULL; }
        if (line->len == 0) { py4c_decref(line); return l; }
        if (py4c_list_append_obj(l, (py4c_head *)line) != 0) { py4c_decref(l); return NULL; }
    }
}

int64_t py4c_file_write(py4c_file *f, py4c_str *s) {
    if (check_open(f, 0) < 0) return -1;
    if (s->len && fwrite(s->data, 1, (size_t)s->len, f->fp) != (size_t)s->len) {
        py4c_raise_fmt(PY4C_EXC_OSError, "[Errno %d] %s", errno, strerror(errno));
        return -1;
    }
    return s->nchars;
}

void py4c_file_close(py4c_file *f) {
    if (f->fp) fclose(f->fp);
    f->fp = NULL;
}

int64_t py4c_file_closed(py4c_file *f) { return f->fp == NULL; }

void py4c_file_dealloc(py4c_file *f) {
    py4c_file_close(f);
    free(f);
}
