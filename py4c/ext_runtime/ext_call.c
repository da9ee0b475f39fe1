/* The extension boundary's calls: the stack limit, output, argument binding with
 * CPython's rules and messages, the call itself, and exceptions back to CPython. */
#define _GNU_SOURCE
#include "ext_internal.h"

#include <pthread.h>
#include <string.h>

#define g_mod py4c_x_mod

PyObject *py4c_x_exc_classes[1024]; /* py4c exception id -> class (new references) */

/* ------------------------------------------------------------ the stack limit
 * Compiled code checks its depth against py4c_stack_limit. A call can come from any
 * thread (one at a time: the GIL is held), so the limit is that of the stack the call
 * runs on, recomputed when a call arrives on another stack. */
char *py4c_x_stack_low, *py4c_x_stack_high, *py4c_x_stack_limit;

void x_find_stack_limit(void) {
    char here;
    size_t size = 0;
    char *low = NULL;
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        void *addr;
        if (pthread_attr_getstack(&attr, &addr, &size) == 0) low = addr;
        pthread_attr_destroy(&attr);
    }
    size_t margin = 256u << 10;
    if (low && &here > low + 2 * margin && &here < low + size) {
        py4c_x_stack_low = low;
        py4c_x_stack_high = low + size;
        py4c_x_stack_limit = low + margin;
    } else { /* unknown: 1 MiB below this frame, recomputed on every call */
        py4c_x_stack_low = py4c_x_stack_high = NULL;
        py4c_x_stack_limit = &here - (1u << 20);
    }
}

/* ------------------------------------------------------------ output
 * print() in compiled code writes through sys.stdout / sys.stderr, so that its output
 * interleaves with the interpreter's and follows redirections. A failing write (a
 * closed stream) leaves its exception set: the call raises it when it returns. */
void x_write_hook(int fd, const char *data, int64_t len) {
    if (PyErr_Occurred()) return; /* an earlier write failed */
    PyObject *stream = PySys_GetObject(fd == 2 ? "stderr" : "stdout"); /* borrowed */
    if (!stream || stream == Py_None) return;
    PyObject *text = PyUnicode_DecodeUTF8(data, (Py_ssize_t)len, "surrogatepass");
    if (!text) return;
    PyObject *r = PyObject_CallMethod(stream, "write", "O", text);
    Py_DECREF(text);
    if (r && fd == 2) {
        Py_DECREF(r);
        r = PyObject_CallMethod(stream, "flush", NULL);
    }
    Py_XDECREF(r);
}

PyObject *x_finish(PyObject *result) {
    if (py4c_out_dirty || !result) {
        py4c_flush_all();
        if (PyErr_Occurred()) { /* a failed conversion, or output failed: as CPython's print would raise */
            py4c_clear_exc();
            Py_XDECREF(result);
            return NULL;
        }
    }
    if (py4c_exc_type) { Py_XDECREF(result); return x_raise_pending(0); }
    return result;
}

/* ------------------------------------------------------------ exceptions */

static PyObject *builtin_exc(int32_t id) {
    switch (id) {
    case PY4C_EXC_BaseException: return PyExc_BaseException;
    case PY4C_EXC_SystemExit: return PyExc_SystemExit;
    case PY4C_EXC_KeyboardInterrupt: return PyExc_KeyboardInterrupt;
    case PY4C_EXC_Exception: return PyExc_Exception;
    case PY4C_EXC_ArithmeticError: return PyExc_ArithmeticError;
    case PY4C_EXC_ZeroDivisionError: return PyExc_ZeroDivisionError;
    case PY4C_EXC_OverflowError: return PyExc_OverflowError;
    case PY4C_EXC_AssertionError: return PyExc_AssertionError;
    case PY4C_EXC_AttributeError: return PyExc_AttributeError;
    case PY4C_EXC_EOFError: return PyExc_EOFError;
    case PY4C_EXC_LookupError: return PyExc_LookupError;
    case PY4C_EXC_IndexError: return PyExc_IndexError;
    case PY4C_EXC_KeyError: return PyExc_KeyError;
    case PY4C_EXC_MemoryError: return PyExc_MemoryError;
    case PY4C_EXC_NameError: return PyExc_NameError;
    case PY4C_EXC_OSError: return PyExc_OSError;
    case PY4C_EXC_FileNotFoundError: return PyExc_FileNotFoundError;
    case PY4C_EXC_RuntimeError: return PyExc_RuntimeError;
    case PY4C_EXC_NotImplementedError: return PyExc_NotImplementedError;
    case PY4C_EXC_RecursionError: return PyExc_RecursionError;
    case PY4C_EXC_StopIteration: return PyExc_StopIteration;
    case PY4C_EXC_TypeError: return PyExc_TypeError;
    case PY4C_EXC_ValueError: return PyExc_ValueError;
    case PY4C_EXC_UnicodeError: return PyExc_UnicodeError;
    case PY4C_EXC_GeneratorExit: return PyExc_GeneratorExit;
    case PY4C_EXC_UnsupportedOperation: return py4c_x_exc_classes[id]; /* io's, set at import */
    }
    return NULL;
}

PyObject *x_exc_class(int32_t id) {
    if (id > 0 && id < 1024 && py4c_x_exc_classes[id]) return py4c_x_exc_classes[id];
    PyObject *c = builtin_exc(id);
    return c ? c : PyExc_Exception;
}

/* The traceback entries of an exception (innermost first) as [(file, line, function)],
 * a recursion shown at most 3 times, as CPython prints it; `skip` outermost dropped. */
static PyObject *frames_of(const py4c_exc *e, int64_t n, int64_t skip) {
    PyObject *frames = PyList_New(0);
    n = n > skip ? n - skip : 0;
    for (int64_t i = 0; frames && i < n; i++) {
        const char *file, *func;
        int64_t line, count;
        if (e) py4c_exc_frame(e, i, &file, &line, &func, &count);
        else py4c_tb_get(i, &file, &line, &func, &count);
        for (int64_t k = 0; k < count && k < 3; k++) {
            PyObject *fr = Py_BuildValue("(sLs)", file, (long long)line, func);
            if (!fr || PyList_Append(frames, fr) < 0) { Py_XDECREF(fr); Py_CLEAR(frames); break; }
            Py_DECREF(fr);
        }
    }
    return frames;
}

/* A Python exception for a py4c one: its class, message, fields, compiled frames and chain. */
static PyObject *build(int32_t id, const py4c_str *msg, py4c_obj *payload, PyObject *frames, PyObject *cause,
                       PyObject *context, int32_t suppress) {
    /* no message (`raise ValueError()`) is None: the exception gets no arguments */
    PyObject *text = msg ? PyUnicode_DecodeUTF8(msg->data, (Py_ssize_t)msg->len, "surrogatepass") : Py_NewRef(Py_None);
    PyObject *fields = NULL;
    if (payload && x_class_of_desc(payload->cls) >= 0) {
        fields = x_exc_fields(payload);
        if (fields && PyDict_GetItemString(fields, "$msg")) PyDict_DelItemString(fields, "$msg");
    } else {
        payload = NULL;
    }
    PyObject *e = NULL;
    if (text && frames && (!payload || fields))
        e = PyObject_CallFunction(x_helper("_build"), "OiOOOOOi", x_exc_class(id), (int)id, text, frames,
                                  fields ? fields : Py_None, cause ? cause : Py_None, context ? context : Py_None,
                                  (int)suppress);
    Py_XDECREF(text);
    Py_XDECREF(fields);
    return e;
}

static PyObject *from_caught(const py4c_exc *e, int depth) {
    if (!e || depth > 100) return NULL;
    py4c_exc_view v;
    py4c_exc_fields(e, &v);
    PyObject *cause = from_caught(v.cause, depth + 1), *context = from_caught(v.context, depth + 1);
    PyObject *frames = frames_of(e, v.tb_len, 0);
    PyObject *r = build(v.cls, v.msg, v.obj, frames, cause, context, v.suppress);
    Py_XDECREF(frames);
    Py_XDECREF(cause);
    Py_XDECREF(context);
    if (!r) PyErr_Clear(); /* a link of the chain is lost, not the exception */
    return r;
}

/* The pending py4c exception, raised in CPython with the compiled frames in its
 * traceback and its chain (__cause__, __context__); NULL. An exception without a context
 * of its own raised while the caller handles one gets that one, as in CPython. */
PyObject *x_raise_pending(int hidden_frames) {
    int32_t id = py4c_exc_type;
    PyObject *cause = from_caught(py4c_exc_pending_cause(), 0);
    PyObject *context = from_caught(py4c_exc_pending_context(), 0);
    int32_t suppress = py4c_exc_pending_suppress();
    if (!context) {
        PyObject *t, *v, *tb;
        PyErr_GetExcInfo(&t, &v, &tb);
        Py_XDECREF(t);
        Py_XDECREF(tb);
        context = v != Py_None ? v : (Py_XDECREF(v), NULL);
    }
    PyObject *frames = frames_of(NULL, py4c_tb_len(), hidden_frames);
    PyObject *e = build(id, py4c_exc_msg, py4c_exc_pending_payload(), frames, cause, context, suppress);
    Py_XDECREF(frames);
    Py_XDECREF(cause);
    Py_XDECREF(context);
    py4c_clear_exc();
    if (!e) return NULL;
    PyObject *tb = PyException_GetTraceback(e);
    PyErr_Restore(Py_NewRef((PyObject *)Py_TYPE(e)), e, tb);
    return NULL;
}

/* ------------------------------------------------------------ calls */

#define MAX_PARAMS 64

static const char *plural(Py_ssize_t n) { return n == 1 ? "" : "s"; }

/* Whether the keyword `name` (a str) is the parameter name `param` (UTF-8). */
static int same_name(PyObject *name, const char *param) {
    Py_ssize_t n;
    const char *s = PyUnicode_AsUTF8AndSize(name, &n);
    if (!s) { PyErr_Clear(); return 0; } /* a name with lone surrogates names no parameter */
    return (size_t)n == strlen(param) && !memcmp(s, param, (size_t)n);
}

/* CPython's "missing N required ... argument(s): 'a', 'b' and 'c'" */
static void missing_error(const py4c_xfunc *f, PyObject **bound, int kwonly) {
    char names[600] = "";
    size_t len = 0;
    int missing = 0, seen = 0;
    for (int i = 0; i < f->nparams; i++)
        missing += !bound[i] && !f->params[i].has_default && (f->params[i].kind == 2) == kwonly;
    for (int i = 0; i < f->nparams; i++) {
        if (bound[i] || f->params[i].has_default || (f->params[i].kind == 2) != kwonly) continue;
        seen++;
        const char *sep = seen == 1 ? "" : seen == missing ? (missing > 2 ? ", and " : " and ") : ", ";
        if (len < sizeof names)
            len += (size_t)snprintf(names + len, sizeof names - len, "%s'%s'", sep, f->params[i].name);
    }
    PyErr_Format(PyExc_TypeError, "%s() missing %d required %s argument%s: %s", f->qualname, missing,
                 kwonly ? "keyword-only" : "positional", plural(missing), names);
}

/* Binds a call's arguments to f's parameters as CPython does (keywords first, then the
 * count of positional arguments, then what is missing), with CPython's messages. `self`
 * counts in the messages of methods and constructors, as in CPython's. */
static int bind(const py4c_xfunc *f, int has_self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames,
                PyObject **bound) {
    int npos = 0, nrequired_pos = 0, required_kwonly = 0;
    for (int i = 0; i < f->nparams; i++) {
        bound[i] = NULL;
        if (f->params[i].kind != 2) {
            npos++;
            if (!f->params[i].has_default) nrequired_pos = npos;
        } else {
            required_kwonly += !f->params[i].has_default;
        }
    }
    if (!kwnames && nargs <= npos && nargs >= nrequired_pos && !required_kwonly) { /* the common call */
        for (Py_ssize_t i = 0; i < nargs; i++) bound[i] = args[i];
        return 0;
    }
    for (Py_ssize_t i = 0; i < nargs && i < npos; i++) bound[i] = args[i];
    Py_ssize_t nkw = kwnames ? PyTuple_Size(kwnames) : 0;
    for (Py_ssize_t k = 0; k < nkw; k++) {
        PyObject *name = PyTuple_GetItem(kwnames, k);
        int found = -1;
        for (int i = 0; i < f->nparams; i++)
            if (f->params[i].kind != 0 && same_name(name, f->params[i].name)) { found = i; break; }
        if (found < 0) {
            /* as CPython: positional-only names passed by keyword, if any, else this name */
            char names[600] = "";
            size_t len = 0;
            int nposonly = 0;
            for (Py_ssize_t q = 0; q < nkw; q++)
                for (int i = 0; i < f->nparams; i++)
                    if (f->params[i].kind == 0 && same_name(PyTuple_GetItem(kwnames, q), f->params[i].name)
                            && len < sizeof names)
                        len += (size_t)snprintf(names + len, sizeof names - len, "%s'%s'", nposonly++ ? ", " : "",
                                                f->params[i].name);
            if (nposonly)
                PyErr_Format(PyExc_TypeError, "%s() got some positional-only arguments passed as keyword "
                             "arguments: %s", f->qualname, names);
            else if (has_self && PyUnicode_CompareWithASCIIString(name, "self") == 0)
                PyErr_Format(PyExc_TypeError, "%s() got multiple values for argument 'self'", f->qualname);
            else
                PyErr_Format(PyExc_TypeError, "%s() got an unexpected keyword argument '%U'", f->qualname, name);
            return -1;
        }
        if (bound[found]) {
            PyErr_Format(PyExc_TypeError, "%s() got multiple values for argument '%s'", f->qualname,
                         f->params[found].name);
            return -1;
        }
        bound[found] = args[nargs + k];
    }
    if (nargs > npos) {
        int kwonly_given = 0;
        for (int i = 0; i < f->nparams; i++) kwonly_given += f->params[i].kind == 2 && bound[i] != NULL;
        Py_ssize_t given = nargs + has_self;
        char takes[96], extra[96] = "";
        if (nrequired_pos < npos)
            snprintf(takes, sizeof takes, "from %d to %d positional arguments", nrequired_pos + has_self, npos + has_self);
        else
            snprintf(takes, sizeof takes, "%d positional argument%s", npos + has_self, plural(npos + has_self));
        if (kwonly_given)
            snprintf(extra, sizeof extra, " positional argument%s (and %d keyword-only argument%s)", plural(given),
                     kwonly_given, plural(kwonly_given));
        PyErr_Format(PyExc_TypeError, "%s() takes %s but %zd%s %s given", f->qualname, takes, given, extra,
                     given == 1 && !kwonly_given ? "was" : "were");
        return -1;
    }
    for (int kwonly = 0; kwonly < 2; kwonly++)
        for (int i = 0; i < f->nparams; i++)
            if (!bound[i] && !f->params[i].has_default && (f->params[i].kind == 2) == kwonly) {
                missing_error(f, bound, kwonly);
                return -1;
            }
    return 0;
}

PyObject *py4c_ext_call(const py4c_xfunc *f, PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                        PyObject *kwnames) {
    PyObject *bound[MAX_PARAMS];
    uint64_t slots[2 * MAX_PARAMS + 1];
    const py4c_xtype *owned[2 * MAX_PARAMS + 1];
    if (f->nparams > MAX_PARAMS) {
        PyErr_SetString(PyExc_TypeError, "too many parameters");
        return NULL;
    }
    if (bind(f, self != NULL || f->kind == XF_CTOR, args, nargs, kwnames, bound)) return NULL;
    int ns = 0;
    if (self) {
        slots[ns] = (uint64_t)(uintptr_t)((xobject *)self)->obj;
        owned[ns++] = NULL; /* borrowed: the wrapper holds it */
    }
    int failed = 0;
    for (int i = 0; i < f->nparams && !failed; i++) {
        const py4c_xparam *p = &f->params[i];
        if (p->has_default) {
            slots[ns] = bound[i] != NULL;
            owned[ns++] = NULL;
        }
        if (!bound[i]) { /* left out: the wrapper evaluates the default */
            slots[ns] = 0;
            if (x_is_object(p->t)) { *(void **)&slots[ns] = PY4C_NONE; }
            owned[ns++] = NULL;
            continue;
        }
        if (p->t->kind == X_INT && PyLong_CheckExact(bound[i])) { /* the common case, inline */
            int overflow;
            long long v = PyLong_AsLongLongAndOverflow(bound[i], &overflow);
            if (!overflow && !(v == -1 && PyErr_Occurred())) {
                slots[ns] = (uint64_t)v;
                owned[ns++] = NULL;
                continue;
            }
            PyErr_Clear();
        } else if (p->t->kind == X_FLOAT && PyFloat_CheckExact(bound[i])) {
            *(double *)&slots[ns] = PyFloat_AsDouble(bound[i]);
            owned[ns++] = NULL;
            continue;
        }
        xctx cx = {f, i, NULL, NULL, p->t, bound[i]};
        if (x_from_py(p->t, bound[i], &slots[ns], &cx)) failed = 1;
        else owned[ns++] = p->t;
    }
    PyObject *result = NULL;
    if (!failed) {
        uint64_t ret = 0;
        x_set_stack_limit();
        if (f->tramp(slots, &ret)) {
            py4c_flush_all();
            if (PyErr_Occurred()) py4c_clear_exc(); /* output failed first */
            else result = x_raise_pending(f->hidden_frames);
        } else {
            result = x_finish(x_to_py(f->ret, &ret));
            x_release_slot(f->ret, &ret);
        }
    }
    for (int i = 0; i < ns; i++)
        if (owned[i]) x_release_slot(owned[i], &slots[i]);
    return result;
}

