/* py4c runtime core: memory, exceptions and tracebacks, buffered I/O, the entry point.
 *
 * Phase: runtime. Portable C; the calls into the OS (write, isatty, the stack limit) go
 * through platform.c.
 */
#include "py4c.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int32_t py4c_exc_type = 0;
py4c_str *py4c_exc_msg = NULL;
py4c_head py4c_none_obj = {PY4C_IMMORTAL, 8, 0};
static void *exc_payload = NULL; /* the object of a raised program exception class with fields */
char *py4c_stack_limit = NULL;

/* ------------------------------------------------------------ exception classes */

#define EXC_MAX 1024 /* built-in classes, then the program's own (py4c_register_exc) */

static const char *exc_names[EXC_MAX] = {
    "", "BaseException", "SystemExit", "KeyboardInterrupt", "Exception", "ArithmeticError",
    "ZeroDivisionError", "OverflowError", "AssertionError", "AttributeError", "EOFError",
    "LookupError", "IndexError", "KeyError", "MemoryError", "NameError", "OSError",
    "FileNotFoundError", "RuntimeError", "NotImplementedError", "RecursionError",
    "StopIteration", "TypeError", "ValueError", "UnicodeError", "GeneratorExit", "io.UnsupportedOperation",
};

/* CPython's hierarchy of the built-in classes above. */
static int32_t exc_parent[EXC_MAX] = {
    [PY4C_EXC_BaseException] = 0,
    [PY4C_EXC_SystemExit] = PY4C_EXC_BaseException,
    [PY4C_EXC_KeyboardInterrupt] = PY4C_EXC_BaseException,
    [PY4C_EXC_Exception] = PY4C_EXC_BaseException,
    [PY4C_EXC_ArithmeticError] = PY4C_EXC_Exception,
    [PY4C_EXC_ZeroDivisionError] = PY4C_EXC_ArithmeticError,
    [PY4C_EXC_OverflowError] = PY4C_EXC_ArithmeticError,
    [PY4C_EXC_AssertionError] = PY4C_EXC_Exception,
    [PY4C_EXC_AttributeError] = PY4C_EXC_Exception,
    [PY4C_EXC_EOFError] = PY4C_EXC_Exception,
    [PY4C_EXC_LookupError] = PY4C_EXC_Exception,
    [PY4C_EXC_IndexError] = PY4C_EXC_LookupError,
    [PY4C_EXC_KeyError] = PY4C_EXC_LookupError,
    [PY4C_EXC_MemoryError] = PY4C_EXC_Exception,
    [PY4C_EXC_NameError] = PY4C_EXC_Exception,
    [PY4C_EXC_OSError] = PY4C_EXC_Exception,
    [PY4C_EXC_FileNotFoundError] = PY4C_EXC_OSError,
    [PY4C_EXC_RuntimeError] = PY4C_EXC_Exception,
    [PY4C_EXC_NotImplementedError] = PY4C_EXC_RuntimeError,
    [PY4C_EXC_RecursionError] = PY4C_EXC_RuntimeError,
    [PY4C_EXC_StopIteration] = PY4C_EXC_Exception,
    [PY4C_EXC_TypeError] = PY4C_EXC_Exception,
    [PY4C_EXC_ValueError] = PY4C_EXC_Exception,
    [PY4C_EXC_UnicodeError] = PY4C_EXC_ValueError,
    [PY4C_EXC_GeneratorExit] = PY4C_EXC_BaseException,
    [PY4C_EXC_UnsupportedOperation] = PY4C_EXC_OSError, /* and ValueError: see py4c_exc_matches */
};

const char *py4c_exc_name(int32_t exc) {
    return (exc > 0 && exc < EXC_MAX && exc_names[exc]) ? exc_names[exc] : "Exception";
}

void py4c_register_exc(int32_t exc, int32_t parent, const char *name) {
    if (exc <= 0 || exc >= EXC_MAX) return;
    exc_names[exc] = name;
    exc_parent[exc] = parent;
}

int32_t py4c_exc_matches(int32_t exc, int32_t cls) {
    for (; exc > 0; exc = exc_parent[exc]) {
        if (exc == cls) return 1;
        /* CPython's only multiple inheritance among these: UnsupportedOperation(OSError, ValueError) */
        if (exc == PY4C_EXC_UnsupportedOperation && py4c_exc_matches(PY4C_EXC_ValueError, cls)) return 1;
    }
    return 0;
}

/* Traceback entries of the pending exception, innermost first. Consecutive identical
 * frames (recursion) are folded into one entry with a count, so a 100,000-deep
 * recursion costs one entry and prints as CPython does ("[Previous line repeated N more
 * times]"). */
typedef struct { const char *file; int64_t line; const char *func; int64_t count; } tb_entry;
static tb_entry *tb = NULL;
static int64_t tb_len = 0, tb_cap = 0;

/* The chain of the pending exception (CPython's __cause__ and __context__): owned
 * references to caught exceptions; `restored` is the caught exception a bare `raise` (or
 * `raise e`) made pending again, which must not become its own context (borrowed, only
 * compared). */
static py4c_exc *pending_cause = NULL, *pending_context = NULL, *restored = NULL;
static int32_t pending_suppress = 0; /* `raise ... from`: the context is not printed */

/* The exceptions being handled (`except` blocks running), innermost last, owned: a new
 * exception's context is the innermost (CPython's exc_info). A suspended generator keeps
 * the ones it pushed aside (gen.c: py4c_handled_take/put). */
static py4c_exc **handled = NULL;
static int64_t handled_len = 0, handled_cap = 0;

void py4c_exc_push_handled(py4c_exc *e) {
    if (handled_len == handled_cap) {
        int64_t cap = handled_cap ? handled_cap * 2 : 16;
        py4c_exc **n = realloc(handled, (size_t)cap * sizeof *handled);
        if (!n) return; /* out of memory: this handler gives no context (pop checks) */
        handled = n;
        handled_cap = cap;
    }
    py4c_incref(e);
    handled[handled_len++] = e;
}

void py4c_exc_pop_handled(py4c_exc *e) {
    if (handled_len && handled[handled_len - 1] == e) py4c_decref(handled[--handled_len]);
}

int64_t py4c_handled_len(void) { return handled_len; }

void py4c_handled_take(int64_t base, void **saved, int64_t *n) {
    *saved = NULL;
    *n = handled_len > base ? handled_len - base : 0;
    if (!*n) return;
    py4c_exc **items = malloc((size_t)*n * sizeof *items);
    if (items) memcpy(items, handled + base, (size_t)*n * sizeof *items);
    else for (int64_t i = base; i < handled_len; i++) py4c_decref(handled[i]); /* out of memory: dropped */
    *saved = items;
    if (!items) *n = 0;
    handled_len = base;
}

void py4c_handled_put(void *saved, int64_t n) {
    py4c_exc **items = saved;
    for (int64_t i = 0; i < n; i++) {
        py4c_exc_push_handled(items[i]);
        py4c_decref(items[i]); /* the push took its own reference */
    }
    free(items);
}

void py4c_handled_release(void *saved, int64_t n) {
    py4c_exc **items = saved;
    for (int64_t i = 0; i < n; i++) py4c_decref(items[i]);
    free(items);
}

/* The context a new exception gets: the innermost handled exception. */
static void take_context(void) {
    if (handled_len && !pending_context) {
        pending_context = handled[handled_len - 1];
        py4c_incref(pending_context);
    }
}

int64_t py4c_tb_len(void) { return tb_len; }

void *py4c_exc_pending_payload(void) { return exc_payload; }

void py4c_tb_get(int64_t i, const char **file, int64_t *line, const char **func, int64_t *count) {
    *file = tb[i].file;
    *line = tb[i].line;
    *func = tb[i].func;
    *count = tb[i].count;
}

void py4c_clear_exc(void) {
    if (exc_payload) { void *p = exc_payload; exc_payload = NULL; py4c_decref(p); }
    if (pending_cause) { py4c_exc *c = pending_cause; pending_cause = NULL; py4c_decref(c); }
    if (pending_context) { py4c_exc *c = pending_context; pending_context = NULL; py4c_decref(c); }
    pending_suppress = 0;
    restored = NULL;
    py4c_exc_type = 0;
    if (py4c_exc_msg) { py4c_str *m = py4c_exc_msg; py4c_exc_msg = NULL; py4c_decref(m); }
    tb_len = 0;
}

void py4c_raise(int32_t exc, py4c_str *msg) {
    if (msg) py4c_incref(msg);
    py4c_clear_exc();
    py4c_exc_type = exc;
    py4c_exc_msg = msg;
    take_context();
}

void py4c_raise_obj(int32_t exc, py4c_str *msg, void *obj) {
    py4c_raise(exc, msg);
    py4c_incref(obj);
    exc_payload = obj;
}

void py4c_raise_cstr(int32_t exc, const char *msg) {
    py4c_str *s = py4c_str_from_cstr(msg);
    if (!s) return; /* MemoryError is pending instead */
    py4c_raise(exc, s);
    py4c_decref(s);
}

void py4c_raise_fmt(int32_t exc, const char *fmt, ...) {
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    py4c_raise_cstr(exc, buf);
}

static py4c_str memory_error_msg = {{PY4C_IMMORTAL, PY4C_T_STR, 0}, 0, 0, -1, 1, {0}};

void py4c_raise_memory(void) {
    py4c_clear_exc();
    py4c_exc_type = PY4C_EXC_MemoryError;
    py4c_exc_msg = &memory_error_msg;
    py4c_incref(&memory_error_msg);
    take_context();
}

void py4c_raise_recursion(void) {
    py4c_raise_cstr(PY4C_EXC_RecursionError, "maximum recursion depth exceeded");
}

void py4c_traceback_add(const char *file, int64_t line, const char *func) {
    if (tb_len > 0) {
        tb_entry *last = &tb[tb_len - 1];
        if (last->line == line && last->file == file && last->func == func) {
            last->count++;
            return;
        }
    }
    if (tb_len == tb_cap) {
        int64_t cap = tb_cap ? tb_cap * 2 : 64;
        tb_entry *n = realloc(tb, (size_t)cap * sizeof *tb);
        if (!n) return; /* out of memory: the traceback loses its outer frames */
        tb = n;
        tb_cap = cap;
    }
    tb[tb_len++] = (tb_entry){file, line, func, 1};
}

struct py4c_exc {
    py4c_head h;
    int32_t cls;
    int32_t suppress; /* __suppress_context__ */
    py4c_str *msg; /* owned, or NULL */
    void *obj;     /* owned: the exception object of a class with fields, or NULL */
    tb_entry *tb;  /* malloc'ed copy of the traceback entries */
    int64_t tb_len;
    py4c_exc *cause, *context; /* owned, or NULL */
};

py4c_exc *py4c_exc_fetch(void) {
    py4c_exc *e = malloc(sizeof *e);
    tb_entry *entries = tb_len ? malloc((size_t)tb_len * sizeof *tb) : NULL;
    if (!e || (tb_len && !entries)) {
        /* out of memory: keep the class and message, drop the traceback */
        free(entries);
        if (!e) { py4c_clear_exc(); py4c_raise_memory(); e = malloc(sizeof *e); if (!e) abort(); }
        entries = NULL;
        tb_len = 0;
    }
    if (tb_len) memcpy(entries, tb, (size_t)tb_len * sizeof *tb);
    e->h.refcnt = 1;
    e->h.type_id = PY4C_T_EXC;
    e->h.flags = 0;
    e->cls = py4c_exc_type;
    e->msg = py4c_exc_msg; /* moved */
    e->obj = exc_payload;  /* moved */
    exc_payload = NULL;
    e->tb = entries;
    e->tb_len = tb_len;
    e->cause = pending_cause; /* moved */
    e->context = pending_context;
    e->suppress = pending_suppress;
    pending_cause = pending_context = NULL;
    py4c_exc_msg = NULL;
    py4c_clear_exc();
    return e;
}

void py4c_exc_restore(py4c_exc *e) {
    if (e->msg) py4c_incref(e->msg);
    py4c_clear_exc();
    py4c_exc_type = e->cls;
    py4c_exc_msg = e->msg;
    if (e->obj) { py4c_incref(e->obj); exc_payload = e->obj; }
    if (e->cause) { py4c_incref(e->cause); pending_cause = e->cause; }
    if (e->context) { py4c_incref(e->context); pending_context = e->context; }
    pending_suppress = e->suppress;
    restored = e;
    if (e->tb_len > tb_cap) {
        tb_entry *n = realloc(tb, (size_t)e->tb_len * sizeof *tb);
        if (!n) return; /* out of memory: the traceback is lost, the exception is not */
        tb = n;
        tb_cap = e->tb_len;
    }
    if (e->tb_len) memcpy(tb, e->tb, (size_t)e->tb_len * sizeof *tb);
    tb_len = e->tb_len;
}

int64_t py4c_exc_is(py4c_exc *e, int32_t cls) { return py4c_exc_matches(e->cls, cls); }

py4c_str *py4c_exc_str(py4c_exc *e) {
    if (e->msg) { py4c_incref(e->msg); return e->msg; }
    return py4c_str_new("", 0);
}

py4c_str *py4c_exc_type_name(py4c_exc *e) {
    const char *name = py4c_exc_name(e->cls), *dot = strrchr(name, '.');
    return py4c_str_from_cstr(dot ? dot + 1 : name); /* __name__ has no module ("io.") */
}

void *py4c_exc_payload(py4c_exc *e) {
    if (!e->obj) { py4c_raise_cstr(PY4C_EXC_TypeError, "the exception has no object"); return NULL; }
    py4c_incref(e->obj);
    return e->obj;
}

/* `raise X from c` (c NULL: `from None`), right after X is raised */
void py4c_exc_set_cause(py4c_exc *c) {
    if (!py4c_exc_type) return;
    if (c) py4c_incref(c);
    if (pending_cause) py4c_decref(pending_cause);
    pending_cause = c;
    pending_suppress = 1;
}

/* `raise e` of a caught exception: as a raise, it takes the handled exception as its
 * context, unless it has one, is that exception, or the link would close a cycle. */
void py4c_exc_reraised(void) {
    if (!py4c_exc_type || pending_context || !handled_len) return;
    py4c_exc *h = handled[handled_len - 1];
    int depth = 0;
    for (py4c_exc *x = h; x; x = x->context)
        if (x == restored || ++depth > 1000) return;
    py4c_incref(h);
    pending_context = h;
}

py4c_exc *py4c_exc_pending_cause(void) { return pending_cause; }
py4c_exc *py4c_exc_pending_context(void) { return pending_context; }
int32_t py4c_exc_pending_suppress(void) { return pending_suppress; }

void py4c_exc_fields(const py4c_exc *e, py4c_exc_view *v) {
    v->cls = e->cls;
    v->msg = e->msg;
    v->obj = e->obj;
    v->tb_len = e->tb_len;
    v->cause = e->cause;
    v->context = e->context;
    v->suppress = e->suppress;
}

void py4c_exc_frame(const py4c_exc *e, int64_t i, const char **file, int64_t *line, const char **func, int64_t *count) {
    *file = e->tb[i].file;
    *line = e->tb[i].line;
    *func = e->tb[i].func;
    *count = e->tb[i].count;
}

void py4c_exc_dealloc(py4c_exc *e) {
    if (e->cause) py4c_decref(e->cause);
    if (e->context) py4c_decref(e->context);
    py4c_xdecref(e->obj);
    py4c_xdecref(e->msg);
    free(e->tb);
    free(e);
}

void *py4c_set_flags(void *o, int64_t flags) {
    ((py4c_head *)o)->flags |= (int32_t)flags;
    return o;
}

/* ------------------------------------------------------------ memory */

void *py4c_alloc(size_t size) {
    void *p = malloc(size);
    if (!p) py4c_raise_memory();
    return p;
}

void py4c_dealloc(py4c_head *obj) {
    if (obj->type_id == PY4C_T_DICT || obj->type_id == PY4C_T_SET) { py4c_dict_dealloc((py4c_dict *)obj); return; }
    if (obj->type_id == PY4C_T_TUPLE) { py4c_tuple_dealloc((py4c_tuple *)obj); return; }
    if (obj->type_id == PY4C_T_EXC) { py4c_exc_dealloc((py4c_exc *)obj); return; }
    if (obj->type_id == PY4C_T_OBJ) { py4c_obj_dealloc((py4c_obj *)obj); return; }
    if (obj->type_id == PY4C_T_FILE) { py4c_file_dealloc((py4c_file *)obj); return; }
    if (obj->type_id == PY4C_T_GEN) { py4c_gen_dealloc((py4c_gen *)obj); return; }
    if (obj->type_id == PY4C_T_LIST) {
        py4c_list *l = (py4c_list *)obj;
        if (l->elem_kind == PY4C_ELEM_OBJ) {
            py4c_head **items = (py4c_head **)l->items;
            for (int64_t i = 0; i < l->len; i++) py4c_xdecref(items[i]);
        }
        free(l->items);
    }
    free(obj);
}

/* ------------------------------------------------------------ buffered output */

typedef struct { int fd; int64_t len; char buf[1 << 16]; } outbuf;
static outbuf out_stdout = {1, 0, {0}}, out_stderr = {2, 0, {0}};
static int stdout_tty = -1;

/* Set by a CPython extension module (ext_runtime/ext.c): output goes to sys.stdout and
 * sys.stderr instead of the file descriptors. */
void (*py4c_write_hook)(int fd, const char *data, int64_t len) = NULL;

static void flush_buf(outbuf *o) {
    if (py4c_write_hook && o->len) {
        py4c_write_hook(o->fd, o->buf, o->len);
        o->len = 0;
        return;
    }
    int64_t off = 0;
    while (off < o->len) {
        int64_t n = py4c_os_write(o->fd, o->buf + off, o->len - off);
        if (n <= 0) break; /* a closed pipe: drop the output, as CPython would at exit */
        off += n;
    }
    o->len = 0;
}

int32_t py4c_out_dirty = 0; /* some output waits in a buffer (extension modules test it cheaply) */

static void buf_write(outbuf *o, const char *data, int64_t len) {
    py4c_out_dirty = 1;
    if (o->len + len > (int64_t)sizeof o->buf) flush_buf(o);
    if (len > (int64_t)sizeof o->buf) {
        if (py4c_write_hook) { py4c_write_hook(o->fd, data, len); return; }
        int64_t off = 0;
        while (off < len) {
            int64_t n = py4c_os_write(o->fd, data + off, len - off);
            if (n <= 0) return;
            off += n;
        }
        return;
    }
    memcpy(o->buf + o->len, data, (size_t)len);
    o->len += len;
}

void py4c_flush_all(void) {
    if (out_stdout.len) flush_buf(&out_stdout);
    if (out_stderr.len) flush_buf(&out_stderr);
    py4c_out_dirty = 0;
}

void py4c_write_stdout(const char *data, int64_t len) {
    buf_write(&out_stdout, data, len);
    if (stdout_tty < 0) stdout_tty = py4c_os_isatty(1);
    if (stdout_tty && memchr(data, '\n', (size_t)len)) flush_buf(&out_stdout); /* line-buffered on a terminal */
}

void py4c_write_stderr(const char *data, int64_t len) {
    flush_buf(&out_stdout); /* keep the interleaving a terminal user sees */
    buf_write(&out_stderr, data, len);
    flush_buf(&out_stderr);
}

void py4c_print_str(py4c_str *s, int64_t to_stderr) {
    if (to_stderr) py4c_write_stderr(s->data, s->len);
    else py4c_write_stdout(s->data, s->len);
}

/* ------------------------------------------------------------ process */

static int g_argc;
static char **g_argv;

py4c_list *py4c_argv(void) {
    py4c_list *l = py4c_list_new(PY4C_ELEM_OBJ, 0);
    if (!l) return NULL;
    for (int i = 0; i < g_argc; i++) {
        py4c_str *s = py4c_str_from_cstr(g_argv[i]);
        if (!s || py4c_list_append_obj(l, &s->h) != 0) { py4c_decref(l); return NULL; }
    }
    return l;
}

void py4c_sys_exit(int64_t code, int64_t has_code) {
    /* the exception carries its code as its message: str(SystemExit(2)) is "2" */
    if (!has_code) { py4c_raise_cstr(PY4C_EXC_SystemExit, ""); return; }
    py4c_str *s = py4c_int_to_str(code);
    if (!s) return;
    py4c_raise(PY4C_EXC_SystemExit, s);
    py4c_decref(s);
}

/* The process status of an uncaught SystemExit, as CPython computes it from the
 * exception's argument: none -> 0, an int -> that int, anything else is printed to
 * stderr and gives 1. py4c keeps the argument as text, so an int is recognised by its
 * form. */
static int exit_status(void) {
    py4c_str *m = py4c_exc_msg;
    if (!m || m->len == 0) return 0;
    const char *p = m->data;
    int neg = *p == '-';
    if (neg) p++;
    int64_t v = 0, digits = 0;
    for (; *p >= '0' && *p <= '9'; p++, digits++) v = v * 10 + (*p - '0');
    if (digits && !*p && digits < 19) return (int)((neg ? -v : v) & 0xff);
    py4c_write_stderr(m->data, m->len);
    py4c_write_stderr("\n", 1);
    return 1;
}

static void print_source_line(const char *file, int64_t line) {
    FILE *f = fopen(file, "r");
    if (!f) return;
    char buf[4096];
    int64_t n = 0;
    while (fgets(buf, sizeof buf, f)) {
        size_t len = strlen(buf);
        int complete = len > 0 && buf[len - 1] == '\n';
        if (complete) n++;
        if (n == line || (!complete && n + 1 == line)) {
            char *p = buf;
            while (*p == ' ' || *p == '\t') p++;
            size_t plen = strlen(p);
            while (plen && (p[plen - 1] == '\n' || p[plen - 1] == '\r' || p[plen - 1] == ' ')) plen--;
            char head[8] = "    ";
            py4c_write_stderr(head, 4);
            py4c_write_stderr(p, (int64_t)plen);
            py4c_write_stderr("\n", 1);
            break;
        }
        if (!complete) { /* a line longer than the buffer: skip the rest of it */
            int c;
            while ((c = fgetc(f)) != EOF && c != '\n') {}
            n++;
        }
    }
    fclose(f);
}

static void print_frame(const tb_entry *e) {
    char line[8192];
    int n = snprintf(line, sizeof line, "  File \"%s\", line %lld, in %s\n", e->file, (long long)e->line, e->func);
    py4c_write_stderr(line, n < (int)sizeof line ? n : (int)sizeof line - 1);
    print_source_line(e->file, e->line);
}

static void print_entries(const tb_entry *entries, int64_t n) {
    py4c_write_stderr("Traceback (most recent call last):\n", 35);
    for (int64_t i = n - 1; i >= 0; i--) {
        int64_t shown = entries[i].count < 3 ? entries[i].count : 3;
        for (int64_t k = 0; k < shown; k++) print_frame(&entries[i]);
        if (entries[i].count > 3) {
            char line[128];
            int64_t more = entries[i].count - 3;
            int len = snprintf(line, sizeof line, "  [Previous line repeated %lld more time%s]\n", (long long)more,
                               more == 1 ? "" : "s");
            py4c_write_stderr(line, len);
        }
    }
}

static void print_exc_line(int32_t cls, const py4c_str *msg) {
    const char *name = py4c_exc_name(cls);
    py4c_write_stderr(name, (int64_t)strlen(name));
    if (msg && msg->len > 0) {
        py4c_write_stderr(": ", 2);
        py4c_write_stderr(msg->data, msg->len);
    }
    py4c_write_stderr("\n", 1);
}

/* What CPython prints before an exception: its cause, or else its context, each
 * followed by the sentence that links it to the next. */
static void print_exc(const py4c_exc *e, int depth);

static void print_chain(const py4c_exc *cause, const py4c_exc *context, int32_t suppress, int depth) {
    if (depth > 100) return;
    if (cause) {
        print_exc(cause, depth + 1);
        const char *s = "\nThe above exception was the direct cause of the following exception:\n\n";
        py4c_write_stderr(s, (int64_t)strlen(s));
    } else if (context && !suppress) {
        print_exc(context, depth + 1);
        const char *s = "\nDuring handling of the above exception, another exception occurred:\n\n";
        py4c_write_stderr(s, (int64_t)strlen(s));
    }
}

static void print_exc(const py4c_exc *e, int depth) {
    print_chain(e->cause, e->context, e->suppress, depth);
    print_entries(e->tb, e->tb_len);
    print_exc_line(e->cls, e->msg);
}

static void print_traceback(void) {
    py4c_flush_all();
    print_chain(pending_cause, pending_context, pending_suppress, 0);
    print_entries(tb, tb_len);
    print_exc_line(py4c_exc_type, py4c_exc_msg);
}

static void init_stack_limit(void) {
    char here;
    size_t size = py4c_os_stack_size();
    if (size > (size_t)1 << 30) size = (size_t)1 << 30;
    size_t margin = 256u << 10; /* room for runtime calls below the last compiled frame */
    py4c_stack_limit = size > 2 * margin ? &here - (size - margin) : &here - size / 2;
}

int py4c_main(int argc, char **argv, int8_t (*module_init)(void), void (*module_fini)(void)) {
    g_argc = argc;
    g_argv = argv;
    init_stack_limit();
    int8_t failed = module_init();
    int status = 0;
    if (failed) {
        if (py4c_exc_type == PY4C_EXC_SystemExit) {
            py4c_flush_all();
            status = exit_status();
        } else {
            print_traceback();
            status = 1;
        }
        py4c_clear_exc();
    }
    /* then the module's objects go, as CPython clears its modules at exit: a suspended
     * generator is closed (its finally runs); what they raise is ignored */
    module_fini();
    py4c_collect_cycles(); /* nested functions that escaped and referenced themselves */
    py4c_clear_exc();
    py4c_flush_all();
    return status;
}

/* ------------------------------------------------------------ standard input */

/* One line of stdin including its newline, "" at end of input (sys.stdin.readline()). */
py4c_str *py4c_stdin_readline(void) {
    py4c_flush_all(); /* a prompt written with print(..., end="") shows before we block */
    /* no newline translation: CPython's sys.stdin on POSIX keeps "\r\n" as read */
    return py4c_read_text(stdin, 1, 0);
}

/* input(prompt): the prompt goes to stdout, the line comes back without its newline;
 * EOFError "EOF when reading a line" at end of input, as CPython. */
py4c_str *py4c_input(py4c_str *prompt) {
    if (prompt) py4c_write_stdout(prompt->data, prompt->len);
    py4c_str *line = py4c_stdin_readline();
    if (!line) return NULL;
    if (line->len == 0) {
        py4c_decref(line);
        py4c_raise_cstr(PY4C_EXC_EOFError, "EOF when reading a line");
        return NULL;
    }
    if (line->data[line->len - 1] != '\n') return line;
    int64_t n = line->len - 1;
    py4c_str *r = py4c_str_new(line->data, n);
    py4c_decref(line);
    return r;
}

/* sys.stdin.read(): the rest of the input. */
py4c_str *py4c_stdin_read(void) {
    py4c_flush_all();
    return py4c_read_text(stdin, 0, 0);
}
