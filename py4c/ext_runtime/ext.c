/* The CPython boundary of a py4c extension module (see py4c_ext.h). */
#define _GNU_SOURCE
#include "py4c_ext.h"

#include <pthread.h>
#include <string.h>

static py4c_xmodule *g_mod;          /* one module per shared object */
static PyObject *g_helpers;          /* the dict of the Python helpers below */
static PyObject *g_exc_classes[1024]; /* py4c exception id -> class (new references) */
static PyObject *run(const char *source, int start);

/* ------------------------------------------------------------ the stack limit
 * Compiled code checks its depth against py4c_stack_limit. A call can come from any
 * thread (one at a time: the GIL is held), so the limit is the calling thread's. */
static pthread_t g_limit_thread;
static char *g_limit; /* the limit for g_limit_thread (calls hold the GIL: no race) */
static int g_limit_known;

static void set_stack_limit(void) {
    pthread_t me = pthread_self();
    if (!g_limit_known || !pthread_equal(me, g_limit_thread)) {
        char here;
        size_t size = 0;
        char *low = NULL;
        pthread_attr_t attr;
        if (pthread_getattr_np(me, &attr) == 0) {
            void *addr;
            if (pthread_attr_getstack(&attr, &addr, &size) == 0) low = addr;
            pthread_attr_destroy(&attr);
        }
        size_t margin = 256u << 10;
        g_limit = low && &here > low + 2 * margin ? low + margin : &here - (1u << 20); /* unknown: 1 MiB below */
        g_limit_thread = me;
        g_limit_known = 1;
    }
    py4c_stack_limit = g_limit;
}

/* ------------------------------------------------------------ output
 * print() in compiled code writes through sys.stdout / sys.stderr, so that its output
 * interleaves with the interpreter's and follows redirections. */
static void write_hook(int fd, const char *data, int64_t len) {
    PyObject *stream = PySys_GetObject(fd == 2 ? "stderr" : "stdout"); /* borrowed */
    if (!stream || stream == Py_None) return;
    PyObject *text = PyUnicode_DecodeUTF8(data, (Py_ssize_t)len, "surrogateescape");
    if (!text) { PyErr_Clear(); return; }
    PyObject *r = PyObject_CallMethod(stream, "write", "O", text);
    Py_DECREF(text);
    if (!r) PyErr_Clear();
    Py_XDECREF(r);
    if (fd == 2) {
        r = PyObject_CallMethod(stream, "flush", NULL);
        if (!r) PyErr_Clear();
        Py_XDECREF(r);
    }
}

/* ------------------------------------------------------------ classes */

typedef struct { PyObject_HEAD py4c_obj *obj; } xobject;

static int class_of_type(PyTypeObject *tp) {
    for (int i = 0; i < g_mod->nclasses; i++)
        if (g_mod->classes[i].type == tp) return i;
    return -1;
}

static int class_of_desc(const py4c_class *c) {
    for (; c; c = c->base)
        for (int i = 0; i < g_mod->nclasses; i++)
            if (*g_mod->classes[i].desc == c) return i;
    return -1;
}

static PyObject *wrap(py4c_obj *o) {
    if (o->spare) {
        PyObject *w = (PyObject *)(intptr_t)o->spare;
        Py_INCREF(w);
        return w;
    }
    int ci = class_of_desc(o->cls);
    if (ci < 0 || !g_mod->classes[ci].type) {
        PyErr_Format(PyExc_TypeError, "an object of the compiled class '%s' cannot cross to CPython", o->cls->name);
        return NULL;
    }
    PyTypeObject *tp = g_mod->classes[ci].type;
    allocfunc alloc = (allocfunc)PyType_GetSlot(tp, Py_tp_alloc);
    xobject *w = (xobject *)alloc(tp, 0);
    if (!w) return NULL;
    py4c_incref(o);
    w->obj = o;
    o->spare = (int64_t)(intptr_t)w;
    return (PyObject *)w;
}

static void xobject_dealloc(PyObject *self) {
    xobject *w = (xobject *)self;
    PyTypeObject *tp = Py_TYPE(self);
    if (w->obj) {
        py4c_obj *o = w->obj;
        w->obj = NULL;
        o->spare = 0;
        py4c_decref(o);
    }
    freefunc free_ = (freefunc)PyType_GetSlot(tp, Py_tp_free);
    free_(self);
    Py_DECREF(tp);
}

/* ------------------------------------------------------------ conversions */

static int store_kind(const py4c_xtype *t) {
    switch (t->kind) {
    case X_INT: case X_I64: return PY4C_ELEM_I64;
    case X_I32: return PY4C_ELEM_I32;
    case X_U8: case X_BOOL: case X_NONE: return PY4C_ELEM_U8;
    case X_FLOAT: return PY4C_ELEM_F64;
    default: return PY4C_ELEM_OBJ;
    }
}

static int is_object(const py4c_xtype *t) { return store_kind(t) == PY4C_ELEM_OBJ; }

static void release_slot(const py4c_xtype *t, uint64_t *slot) {
    if (is_object(t)) {
        void *p = *(void **)slot;
        if (p) py4c_decref(p);
        *(void **)slot = NULL;
    }
}

/* What a conversion converts, for messages: "f() argument 'xs' must be list[int], not str";
 * a bad item names the whole argument and then the item. */
typedef struct {
    const py4c_xfunc *f; int param; /* an argument of a call, or */
    const char *field, *cls;        /* a field assignment */
    const py4c_xtype *top;
    PyObject *top_obj;
} xctx;

static const char *what_of(const xctx *cx, char *buf, size_t size) { /* formatted on errors only */
    if (cx->f) snprintf(buf, size, "%s() argument '%s'", cx->f->qualname, cx->f->params[cx->param].name);
    else snprintf(buf, size, "the field '%s' of %s", cx->field, cx->cls);
    return buf;
}

static const char *type_name(PyObject *o, char *buf, size_t size) {
    PyObject *tn = PyObject_GetAttrString((PyObject *)Py_TYPE(o), "__name__");
    const char *s = tn ? PyUnicode_AsUTF8AndSize(tn, NULL) : NULL;
    snprintf(buf, size, "%s", s ? s : "?");
    Py_XDECREF(tn);
    PyErr_Clear();
    return buf;
}

static int type_error(const xctx *cx, const py4c_xtype *t, PyObject *o) {
    char a[128], b[128], w[300];
    if (o == cx->top_obj)
        PyErr_Format(PyExc_TypeError, "%s must be %s, not %s", what_of(cx, w, sizeof w), t->name,
                     type_name(o, a, sizeof a));
    else
        PyErr_Format(PyExc_TypeError, "%s must be %s, not %s holding a %s where %s is expected",
                     what_of(cx, w, sizeof w), cx->top->name, type_name(cx->top_obj, a, sizeof a),
                     type_name(o, b, sizeof b), t->name);
    return -1;
}

static int long_in(PyObject *o, long long lo, long long hi, const char *kind, const xctx *cx, const py4c_xtype *t,
                   long long *out) {
    if (!PyLong_Check(o)) {
        PyObject *idx = PyNumber_Check(o) && !PyFloat_Check(o) ? PyNumber_Index(o) : NULL;
        if (!idx) { PyErr_Clear(); return type_error(cx, t, o); }
        int r = long_in(idx, lo, hi, kind, cx, t, out);
        Py_DECREF(idx);
        return r;
    }
    int overflow = 0;
    long long v = PyLong_AsLongLongAndOverflow(o, &overflow);
    if (v == -1 && PyErr_Occurred()) return -1;
    if (overflow || v < lo || v > hi) {
        char w[300];
        if (!strcmp(kind, "int"))
            PyErr_Format(PyExc_OverflowError, "%s is outside py4c's 64-bit int range", what_of(cx, w, sizeof w));
        else
            PyErr_Format(PyExc_OverflowError, "value out of range for %s", kind);
        return -1;
    }
    *out = v;
    return 0;
}

/* Python -> a slot in the type's storage kind; objects as new references. 0 / -1. */
static int from_py(const py4c_xtype *t, PyObject *o, uint64_t *slot, const xctx *cx) {
    long long v;
    *slot = 0;
    switch (t->kind) {
    case X_INT: case X_I64:
        if (long_in(o, INT64_MIN, INT64_MAX, t->kind == X_INT ? "int" : "i64", cx, t, &v)) return -1;
        *(int64_t *)slot = v;
        return 0;
    case X_I32:
        if (long_in(o, INT32_MIN, INT32_MAX, "i32", cx, t, &v)) return -1;
        *(int32_t *)slot = (int32_t)v;
        return 0;
    case X_U8:
        if (long_in(o, 0, 255, "u8", cx, t, &v)) return -1;
        *(uint8_t *)slot = (uint8_t)v;
        return 0;
    case X_FLOAT: {
        if (!PyFloat_Check(o) && !PyLong_Check(o)) return type_error(cx, t, o);
        double d = PyFloat_AsDouble(o);
        if (d == -1.0 && PyErr_Occurred()) return -1;
        *(double *)slot = d;
        return 0;
    }
    case X_BOOL:
        if (!PyBool_Check(o)) return type_error(cx, t, o);
        *(uint8_t *)slot = o == Py_True;
        return 0;
    case X_NONE:
        if (o != Py_None) return type_error(cx, t, o);
        return 0;
    case X_STR: {
        if (!PyUnicode_Check(o)) return type_error(cx, t, o);
        Py_ssize_t n;
        const char *s = PyUnicode_AsUTF8AndSize(o, &n);
        py4c_str *r;
        if (s) {
            r = py4c_str_new(s, n);
        } else { /* lone surrogates: kept as CPython's surrogatepass bytes, one code point each */
            PyErr_Clear();
            PyObject *b = PyUnicode_AsEncodedString(o, "utf-8", "surrogatepass");
            char *data;
            if (!b || PyBytes_AsStringAndSize(b, &data, &n) < 0) { Py_XDECREF(b); return -1; }
            r = py4c_str_new(data, n);
            Py_DECREF(b);
        }
        if (!r) return PyErr_NoMemory(), -1;
        *(void **)slot = r;
        return 0;
    }
    case X_OPT:
        if (o == Py_None) { py4c_incref(PY4C_NONE); *(void **)slot = PY4C_NONE; return 0; }
        return from_py(t->a, o, slot, cx);
    case X_BOX: {
        if (o == Py_None) { py4c_incref(PY4C_NONE); *(void **)slot = PY4C_NONE; return 0; }
        uint64_t inner;
        if (from_py(t->a, o, &inner, cx)) return -1;
        py4c_obj *box = py4c_obj_new((*t->ti)->cls); /* the class cell[X]: one slot */
        if (!box) return PyErr_NoMemory(), -1;
        box->slots[0] = inner;
        *(void **)slot = box;
        return 0;
    }
    case X_OBJ: {
        PyTypeObject *want = g_mod->classes[t->cls].type;
        if (!want || !PyObject_TypeCheck(o, want)) return type_error(cx, t, o);
        py4c_obj *obj = ((xobject *)o)->obj;
        py4c_incref(obj);
        *(void **)slot = obj;
        return 0;
    }
    case X_LIST: case X_SET: {
        int is_list = t->kind == X_LIST;
        if (is_list ? !PyList_Check(o) : !(PySet_Check(o) || PyFrozenSet_Check(o))) return type_error(cx, t, o);
        void *c = is_list ? (void *)py4c_list_new(store_kind(t->a), 0) : (void *)py4c_dict_new(store_kind(t->a), -1);
        if (!c) return PyErr_NoMemory(), -1;
        *(void **)slot = c;
        PyObject *it = PyObject_GetIter(o);
        if (!it) return -1;
        PyObject *item;
        while ((item = PyIter_Next(it))) {
            uint64_t v;
            int bad = from_py(t->a, item, &v, cx);
            Py_DECREF(item);
            if (bad) break;
            int64_t r = is_list ? py4c_list_append(c, &v) : py4c_dict_set(c, &v, NULL, *t->a->ti, NULL);
            release_slot(t->a, &v);
            if (r != 0) { PyErr_NoMemory(); break; }
        }
        Py_DECREF(it);
        if (PyErr_Occurred()) { release_slot(t, slot); return -1; }
        return 0;
    }
    case X_DICT: {
        if (!PyDict_Check(o)) return type_error(cx, t, o);
        py4c_dict *d = py4c_dict_new(store_kind(t->a), store_kind(t->b));
        if (!d) return PyErr_NoMemory(), -1;
        *(void **)slot = d;
        Py_ssize_t pos = 0;
        PyObject *k, *val;
        while (PyDict_Next(o, &pos, &k, &val)) {
            uint64_t ks, vs;
            if (from_py(t->a, k, &ks, cx)) { release_slot(t, slot); return -1; }
            if (from_py(t->b, val, &vs, cx)) { release_slot(t->a, &ks); release_slot(t, slot); return -1; }
            int64_t r = py4c_dict_set(d, &ks, &vs, *t->a->ti, *t->b->ti);
            release_slot(t->a, &ks);
            release_slot(t->b, &vs);
            if (r != 0) { release_slot(t, slot); PyErr_NoMemory(); return -1; }
        }
        return 0;
    }
    case X_TUPLE: {
        if (!PyTuple_Check(o)) return type_error(cx, t, o);
        if (PyTuple_Size(o) != t->n) {
            char w[300];
            if (o == cx->top_obj)
                PyErr_Format(PyExc_TypeError, "%s must be %s, not a tuple of length %zd", what_of(cx, w, sizeof w),
                             t->name, PyTuple_Size(o));
            else
                PyErr_Format(PyExc_TypeError, "%s must be %s, not one holding a tuple of length %zd where %s is "
                             "expected", what_of(cx, w, sizeof w), cx->top->name, PyTuple_Size(o), t->name);
            return -1;
        }
        py4c_tuple *tu = py4c_tuple_new(*t->ti);
        if (!tu) return PyErr_NoMemory(), -1;
        *(void **)slot = tu;
        for (int i = 0; i < t->n; i++)
            if (from_py(t->items[i], PyTuple_GetItem(o, i), &tu->items[i], cx)) { release_slot(t, slot); return -1; }
        return 0;
    }
    }
    PyErr_SetString(PyExc_SystemError, "py4c: unknown boundary type");
    return -1;
}

static PyObject *to_py(const py4c_xtype *t, const uint64_t *slot);

/* The fields of an exception object with fields, by name ("$msg": its message). */
static PyObject *exc_fields(py4c_obj *o) {
    int ci = class_of_desc(o->cls);
    PyObject *d = PyDict_New();
    if (!d || ci < 0) return d;
    const py4c_xclass *c = &g_mod->classes[ci];
    for (int i = 0; i < c->nfields; i++) {
        if (!c->field_types[i]) continue;
        PyObject *v = to_py(c->field_types[i], &o->slots[i]);
        if (!v || PyDict_SetItemString(d, c->field_names[i], v) < 0) { Py_XDECREF(v); Py_DECREF(d); return NULL; }
        Py_DECREF(v);
    }
    return d;
}

/* A slot in the type's storage kind -> a new Python object (the slot is not consumed). */
static PyObject *to_py(const py4c_xtype *t, const uint64_t *slot) {
    switch (t->kind) {
    case X_INT: case X_I64: return PyLong_FromLongLong(*(const int64_t *)slot);
    case X_I32: return PyLong_FromLong(*(const int32_t *)slot);
    case X_U8: return PyLong_FromLong(*(const uint8_t *)slot);
    case X_FLOAT: return PyFloat_FromDouble(*(const double *)slot);
    case X_BOOL: return PyBool_FromLong(*(const uint8_t *)slot & 1);
    case X_NONE: Py_RETURN_NONE;
    case X_STR: {
        const py4c_str *s = *(void *const *)slot;
        return PyUnicode_DecodeUTF8(s->data, (Py_ssize_t)s->len, "surrogatepass");
    }
    case X_OPT: case X_BOX: {
        void *p = *(void *const *)slot;
        if (!p || p == PY4C_NONE) Py_RETURN_NONE;
        if (t->kind == X_BOX) return to_py(t->a, ((py4c_obj *)p)->slots);
        return to_py(t->a, slot);
    }
    case X_OBJ: return wrap(*(void *const *)slot);
    case X_EXC: {
        py4c_obj *o = *(void *const *)slot;
        PyObject *fields = exc_fields(o);
        PyObject *msg = fields ? PyDict_GetItemString(fields, "$msg") : NULL; /* borrowed */
        if (!msg) { Py_XDECREF(fields); return NULL; }
        PyObject *r = Py_BuildValue("(OO)", msg, fields);
        Py_DECREF(fields);
        return r;
    }
    case X_LIST: {
        const py4c_list *l = *(void *const *)slot;
        PyObject *r = PyList_New((Py_ssize_t)l->len);
        if (!r) return NULL;
        for (int64_t i = 0; i < l->len; i++) {
            uint64_t v = 0;
            switch (l->elem_kind) {
            case PY4C_ELEM_I64: case PY4C_ELEM_F64: case PY4C_ELEM_OBJ: v = ((const uint64_t *)l->items)[i]; break;
            case PY4C_ELEM_I32: *(int32_t *)&v = ((const int32_t *)l->items)[i]; break;
            default: *(uint8_t *)&v = ((const uint8_t *)l->items)[i]; break;
            }
            PyObject *x = to_py(t->a, &v);
            if (!x) { Py_DECREF(r); return NULL; }
            PyList_SetItem(r, (Py_ssize_t)i, x);
        }
        return r;
    }
    case X_SET: case X_DICT: {
        py4c_dict *d = *(void *const *)slot;
        PyObject *r = t->kind == X_SET ? PySet_New(NULL) : PyDict_New();
        if (!r) return NULL;
        for (int64_t pos = 0;;) {
            uint64_t k = 0, v = 0;
            int64_t more = py4c_dict_next(d, &pos, d->version, &k, t->kind == X_DICT ? &v : NULL);
            if (more <= 0) break;
            PyObject *pk = to_py(t->a, &k);
            PyObject *pv = pk && t->kind == X_DICT ? to_py(t->b, &v) : NULL;
            int bad = !pk || (t->kind == X_DICT && !pv) ||
                      (t->kind == X_SET ? PySet_Add(r, pk) : PyDict_SetItem(r, pk, pv)) < 0;
            Py_XDECREF(pk);
            Py_XDECREF(pv);
            if (bad) { Py_DECREF(r); return NULL; }
        }
        return r;
    }
    case X_TUPLE: {
        const py4c_tuple *tu = *(void *const *)slot;
        PyObject *r = PyTuple_New(t->n);
        if (!r) return NULL;
        for (int i = 0; i < t->n; i++) {
            PyObject *x = to_py(t->items[i], &tu->items[i]);
            if (!x) { Py_DECREF(r); return NULL; }
            PyTuple_SetItem(r, i, x);
        }
        return r;
    }
    }
    PyErr_SetString(PyExc_SystemError, "py4c: unknown boundary type");
    return NULL;
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
    }
    return NULL;
}

static PyObject *exc_class(int32_t id) {
    if (id > 0 && id < 1024 && g_exc_classes[id]) return g_exc_classes[id];
    PyObject *c = builtin_exc(id);
    return c ? c : PyExc_Exception;
}

/* The pending py4c exception, raised in CPython through frames that show the compiled
 * functions' files and lines (the helper `_raise` below); NULL. */
static PyObject *raise_pending(int hidden_frames) {
    int32_t id = py4c_exc_type;
    py4c_str *msg = py4c_exc_msg;
    PyObject *text = msg ? PyUnicode_DecodeUTF8(msg->data, (Py_ssize_t)msg->len, "surrogatepass") : PyUnicode_FromString("");
    int64_t n = py4c_tb_len();
    if (n > hidden_frames) n -= hidden_frames; else n = 0;
    PyObject *frames = PyList_New(0);
    for (int64_t i = 0; frames && i < n; i++) {
        const char *file, *func;
        int64_t line, count;
        py4c_tb_get(i, &file, &line, &func, &count);
        for (int64_t k = 0; k < count && k < 3; k++) {
            PyObject *fr = Py_BuildValue("(sLs)", file, (long long)line, func);
            if (!fr || PyList_Append(frames, fr) < 0) { Py_XDECREF(fr); Py_CLEAR(frames); break; }
            Py_DECREF(fr);
        }
    }
    py4c_obj *payload = py4c_exc_pending_payload();
    PyObject *fields = NULL;
    if (payload) {
        fields = exc_fields(payload);
        if (fields) PyDict_DelItemString(fields, "$msg") < 0 ? PyErr_Clear() : (void)0;
    }
    py4c_clear_exc();
    if (!text || !frames || (payload && !fields)) {
        Py_XDECREF(text); Py_XDECREF(frames); Py_XDECREF(fields);
        return NULL;
    }
    PyObject *fn = PyDict_GetItemString(g_helpers, "_raise"); /* borrowed */
    PyObject *r = PyObject_CallFunction(fn, "OiOOO", exc_class(id), (int)id, text, frames, fields ? fields : Py_None);
    Py_DECREF(text);
    Py_DECREF(frames);
    Py_XDECREF(fields);
    Py_XDECREF(r);
    if (!PyErr_Occurred()) return NULL;
    /* drop the helper's own frame from the traceback */
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyErr_NormalizeException(&type, &value, &tb);
    if (tb) {
        PyObject *next = PyObject_GetAttrString(tb, "tb_next");
        if (next) {
            Py_DECREF(tb);
            tb = next == Py_None ? (Py_DECREF(next), NULL) : next;
            if (value) PyException_SetTraceback(value, tb ? tb : Py_None);
        } else {
            PyErr_Clear();
        }
    }
    PyErr_Restore(type, value, tb);
    return NULL;
}

static const char HELPERS[] =
    "import ast as _ast, types as _types\n"
    "_codes = {}\n"
    "def _code(file, line, name, last):\n"
    "    key = (file, line, name, last)\n"
    "    c = _codes.get(key)\n"
    "    if c is None:\n"
    "        c = compile('\\n' * (line - 1) + ('raise _e' if last else '_n()'), file, 'exec')\n"
    "        c = _codes[key] = _no_columns(c.replace(co_name=name), line)\n"
    "    return c\n"
    "def _no_columns(c, line):\n"           /* the frame shows the line without carets */
    "    n, out, delta = len(c.co_code) // 2, bytearray(), line - c.co_firstlineno\n"
    "    while n > 0:\n"
    "        k = min(n, 8)\n"
    "        n -= k\n"
    "        out.append(0x80 | (13 << 3) | (k - 1))\n"
    "        v = ((-delta) << 1) | 1 if delta < 0 else delta << 1\n"
    "        while v >= 64:\n"
    "            out.append(0x40 | (v & 63))\n"
    "            v >>= 6\n"
    "        out.append(v)\n"
    "        delta = 0\n"
    "    try:\n"
    "        return c.replace(co_linetable=bytes(out))\n"
    "    except Exception:\n"
    "        return c\n"
    "def _make(cls, id, text, fields=None):\n"
    "    if fields is not None:\n"            /* a class with fields: no __init__ of its own runs */
    "        args = (text,) if text else ()\n"
    "        e = cls.__new__(cls, *args)\n"
    "        BaseException.__init__(e, *args)\n"
    "        e.__dict__.update(fields)\n"
    "        return e\n"
    "    if id == 13 and text:\n"                 /* KeyError: the message is the key's repr */
    "        try:\n"
    "            return cls(_ast.literal_eval(text))\n"
    "        except Exception:\n"
    "            pass\n"
    "    if id == 2:\n"                            /* SystemExit: its code */
    "        if not text:\n"
    "            return cls()\n"
    "        try:\n"
    "            return cls(int(text))\n"
    "        except ValueError:\n"
    "            return cls(text)\n"
    "    return cls(text) if text else cls()\n"
    "def _raise(cls, id, text, frames, fields):\n"
    "    e = _make(cls, id, text, fields)\n"
    "    if len(frames) > 100:\n"
    "        frames = frames[:50] + frames[-50:]\n"
    "    if not frames:\n"
    "        raise e\n"
    "    call = None\n"
    "    for i, (file, line, name) in enumerate(frames):\n"
    "        g = {'_n': call, '_e': e, '__builtins__': __builtins__}\n"
    "        call = _types.FunctionType(_code(file, line, name, i == 0), g)\n"
    "    call()\n"
    "def _exc_class(name, module, base, ctor):\n"   /* runs the compiled __init__ */
    "    def __init__(self, *args, **kwargs):\n"
    "        msg, fields = ctor(*args, **kwargs)\n"
    "        del fields['$msg']\n"
    "        BaseException.__init__(self, *((msg,) if msg else ()))\n"
    "        self.__dict__.update(fields)\n"
    "    __init__.__qualname__ = name + '.__init__'\n"
    "    return type(name, (base,), {'__init__': __init__, '__module__': module, '__qualname__': name})\n"
    "def _module_class(setter):\n"           /* module.global = v reaches compiled code */
    "    class Module(_types.ModuleType):\n"
    "        def __setattr__(self, name, value):\n"
    "            if not setter(name, value):\n"
    "                super().__setattr__(name, value)\n"
    "    return Module\n"
    "class _Field:\n"                      /* a field with a class-level default */
    "    __slots__ = ('gs', 'default')\n"
    "    def __init__(self, gs, default):\n"
    "        self.gs, self.default = gs, default\n"
    "    def __get__(self, obj, owner=None):\n"
    "        return self.default if obj is None else self.gs.__get__(obj, owner)\n"
    "    def __set__(self, obj, value):\n"
    "        self.gs.__set__(obj, value)\n"
    "    def __delete__(self, obj):\n"
    "        self.gs.__delete__(obj)\n"
    "def _class_default(tp, name, default):\n"
    "    for k in tp.__mro__:\n"
    "        d = k.__dict__.get(name)\n"
    "        if d is not None:\n"
    "            setattr(tp, name, _Field(d.gs if isinstance(d, _Field) else d, default))\n"
    "            return\n"
    "def _install(tp, dunder, plain):\n"
    "    setattr(tp, dunder, tp.__dict__[plain])\n";

/* ------------------------------------------------------------ calls */

#define MAX_PARAMS 64

static const char *plural(int n) { return n == 1 ? "" : "s"; }

static int bind(const py4c_xfunc *f, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames,
                PyObject **bound) {
    if (!kwnames && nargs == f->nparams && (nargs == 0 || f->params[nargs - 1].kind != 2)) {
        for (Py_ssize_t i = 0; i < nargs; i++) bound[i] = args[i]; /* the common call: all positional */
        return 0;
    }
    int npos = 0, nrequired_pos = 0;
    for (int i = 0; i < f->nparams; i++) {
        bound[i] = NULL;
        if (f->params[i].kind != 2) {
            npos++;
            if (!f->params[i].has_default) nrequired_pos = npos;
        }
    }
    if (nargs > npos) {
        if (nrequired_pos < npos)
            PyErr_Format(PyExc_TypeError, "%s() takes from %d to %d positional arguments but %zd were given",
                         f->qualname, nrequired_pos, npos, nargs);
        else
            PyErr_Format(PyExc_TypeError, "%s() takes %d positional argument%s but %zd %s given", f->qualname, npos,
                         plural(npos), nargs, nargs == 1 ? "was" : "were");
        return -1;
    }
    for (Py_ssize_t i = 0; i < nargs; i++) bound[i] = args[i];
    Py_ssize_t nkw = kwnames ? PyTuple_Size(kwnames) : 0;
    for (Py_ssize_t k = 0; k < nkw; k++) {
        PyObject *name = PyTuple_GetItem(kwnames, k);
        const char *s = PyUnicode_AsUTF8AndSize(name, NULL);
        if (!s) return -1;
        int found = -1;
        for (int i = 0; i < f->nparams; i++)
            if (!strcmp(f->params[i].name, s)) { found = i; break; }
        if (found < 0 || f->params[found].kind == 0) {
            if (found >= 0)
                PyErr_Format(PyExc_TypeError,
                             "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                             f->qualname, s);
            else
                PyErr_Format(PyExc_TypeError, "%s() got an unexpected keyword argument '%s'", f->qualname, s);
            return -1;
        }
        if (bound[found]) {
            PyErr_Format(PyExc_TypeError, "%s() got multiple values for argument '%s'", f->qualname, s);
            return -1;
        }
        bound[found] = args[nargs + k];
    }
    int missing = 0, kwonly = 0;
    for (int i = 0; i < f->nparams; i++)
        if (!bound[i] && !f->params[i].has_default) { missing++; kwonly = f->params[i].kind == 2; }
    if (missing) {
        char names[512] = "";
        size_t len = 0;
        int seen = 0;
        for (int i = 0; i < f->nparams; i++) {
            if (bound[i] || f->params[i].has_default || (f->params[i].kind == 2) != kwonly) continue;
            seen++;
            const char *sep = seen == 1 ? "" : (seen == missing ? (missing > 2 ? ", and " : " and ") : ", ");
            len += (size_t)snprintf(names + len, len < sizeof names ? sizeof names - len : 0, "%s'%s'", sep,
                                    f->params[i].name);
        }
        PyErr_Format(PyExc_TypeError, "%s() missing %d required %s argument%s: %s", f->qualname, missing,
                     kwonly ? "keyword-only" : "positional", plural(missing), names);
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
    if (bind(f, args, nargs, kwnames, bound)) return NULL;
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
            if (is_object(p->t)) { *(void **)&slots[ns] = PY4C_NONE; }
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
        }
        xctx cx = {f, i, NULL, NULL, p->t, bound[i]};
        if (from_py(p->t, bound[i], &slots[ns], &cx)) failed = 1;
        else owned[ns++] = p->t;
    }
    PyObject *result = NULL;
    if (!failed) {
        uint64_t ret = 0;
        set_stack_limit();
        int32_t bad = f->tramp(slots, &ret);
        py4c_flush_all();
        if (bad) {
            result = raise_pending(f->hidden_frames);
        } else {
            result = to_py(f->ret, &ret);
            release_slot(f->ret, &ret);
        }
    }
    for (int i = 0; i < ns; i++)
        if (owned[i]) release_slot(owned[i], &slots[i]);
    return result;
}

/* ------------------------------------------------------------ type slots */

static PyObject *x_new(PyTypeObject *tp, PyObject *args, PyObject *kwargs) {
    int ci = class_of_type(tp);
    if (ci < 0) {
        PyErr_Format(PyExc_TypeError, "cannot create instances of a Python subclass of a compiled class");
        return NULL;
    }
    if (!g_mod->classes[ci].ctor) {
        PyErr_Format(PyExc_TypeError, "cannot create '%s' instances from CPython: a parameter of its __init__ "
                     "cannot cross the boundary", g_mod->classes[ci].name);
        return NULL;
    }
    Py_ssize_t n = PyTuple_Size(args), nkw = kwargs ? PyDict_Size(kwargs) : 0;
    PyObject *vec[2 * MAX_PARAMS];
    if (n + nkw > 2 * MAX_PARAMS) { PyErr_SetString(PyExc_TypeError, "too many arguments"); return NULL; }
    for (Py_ssize_t i = 0; i < n; i++) vec[i] = PyTuple_GetItem(args, i);
    PyObject *kwnames = NULL;
    if (nkw) {
        kwnames = PyTuple_New(nkw);
        Py_ssize_t pos = 0, k = 0;
        PyObject *key, *val;
        while (PyDict_Next(kwargs, &pos, &key, &val)) {
            Py_INCREF(key);
            PyTuple_SetItem(kwnames, k, key);
            vec[n + k++] = val;
        }
    }
    PyObject *r = py4c_ext_call(g_mod->classes[ci].ctor, NULL, vec, n, kwnames);
    Py_XDECREF(kwnames);
    return r;
}

static int is_wrapper(PyObject *o) {
    for (int i = 0; i < g_mod->nclasses; i++)
        if (g_mod->classes[i].type && PyObject_TypeCheck(o, g_mod->classes[i].type)) return 1;
    return 0;
}

static PyObject *finish(PyObject *r) {
    py4c_flush_all();
    if (py4c_exc_type) { Py_XDECREF(r); return raise_pending(0); }
    return r;
}

static PyObject *str_result(py4c_str *s) {
    if (!s) return finish(NULL);
    PyObject *r = PyUnicode_DecodeUTF8(s->data, (Py_ssize_t)s->len, "surrogatepass");
    py4c_decref(s);
    return finish(r);
}

static PyObject *x_repr(PyObject *self) { set_stack_limit(); return str_result(py4c_obj_repr(((xobject *)self)->obj)); }
static PyObject *x_str(PyObject *self) { set_stack_limit(); return str_result(py4c_obj_str(((xobject *)self)->obj)); }

static Py_hash_t x_hash(PyObject *self) {
    set_stack_limit();
    int64_t h = py4c_obj_hash(((xobject *)self)->obj);
    py4c_flush_all();
    if (py4c_exc_type) { raise_pending(0); return -1; }
    return (Py_hash_t)h;
}

static PyObject *x_richcompare(PyObject *a, PyObject *b, int op) {
    if ((op != Py_EQ && op != Py_NE) || !is_wrapper(b)) Py_RETURN_NOTIMPLEMENTED;
    set_stack_limit();
    int64_t r = py4c_obj_eq(((xobject *)a)->obj, ((xobject *)b)->obj);
    py4c_flush_all();
    if (r < 0 || py4c_exc_type) return raise_pending(0);
    return PyBool_FromLong(op == Py_EQ ? r : !r);
}

typedef struct { int cls, field; } field_ref;

static PyObject *field_get(PyObject *self, void *closure) {
    const field_ref *fr = closure;
    py4c_obj *o = ((xobject *)self)->obj;
    return to_py(g_mod->classes[fr->cls].field_types[fr->field], &o->slots[fr->field]);
}

static int field_set(PyObject *self, PyObject *value, void *closure) {
    const field_ref *fr = closure;
    const py4c_xclass *c = &g_mod->classes[fr->cls];
    const char *name = c->field_names[fr->field];
    if (c->frozen) {
        PyObject *mod = PyImport_ImportModule("dataclasses");
        PyObject *err = mod ? PyObject_GetAttrString(mod, "FrozenInstanceError") : NULL;
        if (err) PyErr_Format(err, "cannot %s field '%s'", value ? "assign to" : "delete", name);
        Py_XDECREF(err);
        Py_XDECREF(mod);
        return -1;
    }
    if (!value) { PyErr_Format(PyExc_TypeError, "cannot delete the field '%s' of a compiled object", name); return -1; }
    uint64_t v;
    const py4c_xtype *t = c->field_types[fr->field];
    xctx cx = {NULL, 0, name, c->name, t, value};
    if (from_py(t, value, &v, &cx)) return -1;
    py4c_obj *o = ((xobject *)self)->obj;
    uint64_t old = o->slots[fr->field];
    o->slots[fr->field] = v;
    release_slot(t, &old);
    return 0;
}

typedef struct { const py4c_xfunc *get, *set; const char *cls; } prop_ref;

static PyObject *property_get(PyObject *self, void *closure) {
    return py4c_ext_call(((const prop_ref *)closure)->get, self, NULL, 0, NULL);
}

static int property_set(PyObject *self, PyObject *value, void *closure) {
    const prop_ref *pr = closure;
    if (!pr->set || !value) {
        PyErr_Format(PyExc_AttributeError, "property '%s' of '%s' object has no %s", pr->get->name, pr->cls,
                     value ? "setter" : "deleter");
        return -1;
    }
    PyObject *r = py4c_ext_call(pr->set, self, &value, 1, NULL);
    Py_XDECREF(r);
    return r ? 0 : -1;
}

static int make_class(PyObject *module, py4c_xclass *c) {
    if (c->type || c->exception) return 0;
    PyObject *bases = NULL;
    if (c->base >= 0) {
        if (make_class(module, &g_mod->classes[c->base])) return -1;
        bases = PyTuple_Pack(1, (PyObject *)g_mod->classes[c->base].type);
        if (!bases) return -1;
    }
    int nprops = 0;
    for (int i = 0; i < c->nmethods; i++) nprops += c->methods[i].kind == XF_PROPERTY;
    int own_first = c->base >= 0 ? g_mod->classes[c->base].nfields : 0;
    int ngs = c->nfields - own_first + nprops;
    PyGetSetDef *gs = PyMem_Calloc((size_t)ngs + 1, sizeof *gs);
    field_ref *refs = PyMem_Calloc((size_t)c->nfields + 1, sizeof *refs);
    prop_ref *props = PyMem_Calloc((size_t)nprops + 1, sizeof *props);
    if (!gs || !refs || !props) { Py_XDECREF(bases); PyErr_NoMemory(); return -1; }
    int k = 0;
    for (int i = own_first; i < c->nfields; i++) {
        if (!c->field_types[i]) continue; /* a field CPython cannot see (a callable) */
        refs[i] = (field_ref){(int)(c - g_mod->classes), i};
        gs[k++] = (PyGetSetDef){(char *)c->field_names[i], field_get, field_set, NULL, &refs[i]};
    }
    for (int i = 0, np = 0; i < c->nmethods; i++) {
        if (c->methods[i].kind != XF_PROPERTY) continue;
        prop_ref *pr = &props[np++];
        *pr = (prop_ref){&c->methods[i], NULL, c->name};
        for (int j = 0; j < c->nmethods; j++)
            if (c->methods[j].kind == XF_SETTER && !strcmp(c->methods[j].name, c->methods[i].name))
                pr->set = &c->methods[j];
        gs[k++] = (PyGetSetDef){(char *)c->methods[i].name, property_get, property_set, NULL, pr};
    }
    if (!nprops) PyMem_Free(props); /* else the getset closures keep them */
    if (own_first >= c->nfields) PyMem_Free(refs);
    PyType_Slot slots[] = {
        {Py_tp_dealloc, xobject_dealloc}, {Py_tp_new, x_new}, {Py_tp_repr, x_repr}, {Py_tp_str, x_str},
        {Py_tp_hash, x_hash}, {Py_tp_richcompare, x_richcompare}, {Py_tp_methods, c->method_defs},
        {Py_tp_getset, gs}, {0, NULL},
    };
    PyType_Spec spec = {c->name, (int)sizeof(xobject), 0,
                        Py_TPFLAGS_DEFAULT | (c->has_subclasses ? Py_TPFLAGS_BASETYPE : 0), slots};
    PyObject *tp = PyType_FromSpecWithBases(&spec, bases);
    Py_XDECREF(bases);
    if (!tp) return -1;
    c->type = (PyTypeObject *)tp;
    /* special methods other than the slots above: installed under their dunder names,
     * so that CPython's operators reach them (`a < b`, `len(x)`, `x + y`) */
    for (int i = 0; i < c->nmethods; i++) {
        const char *n = c->methods[i].name;
        size_t len = strlen(n);
        if (c->methods[i].kind != XF_METHOD || len < 5 || strncmp(n, "__", 2) || strcmp(n + len - 2, "__")) continue;
        char plain[256];
        snprintf(plain, sizeof plain, "_py4c%s", n);
        PyObject *r = PyObject_CallFunction(PyDict_GetItemString(g_helpers, "_install"), "Oss", tp, n, plain);
        if (!r) return -1;
        Py_DECREF(r);
    }
    for (int i = 0; i < c->nconsts; i++) {
        PyObject *v = run(c->consts[i].source, Py_eval_input);
        if (!v) return -1;
        const char *name = c->consts[i].name;
        int bad;
        if (!strncmp(name, "$field:", 7)) { /* C.field reads the default; instances their own value */
            PyObject *r = PyObject_CallFunction(PyDict_GetItemString(g_helpers, "_class_default"), "OsO", tp,
                                                name + 7, v);
            bad = !r;
            Py_XDECREF(r);
        } else {
            bad = PyObject_SetAttrString(tp, name, v) < 0;
        }
        Py_DECREF(v);
        if (bad) return -1;
    }
    PyObject *modname = PyUnicode_FromString(g_mod->name);
    if (!modname || PyObject_SetAttrString(tp, "__module__", modname) < 0) { Py_XDECREF(modname); return -1; }
    Py_DECREF(modname);
    if (c->public_) {
        Py_INCREF(tp);
        if (PyModule_AddObject(module, c->name, tp) < 0) { Py_DECREF(tp); return -1; }
    }
    return 0;
}

/* ------------------------------------------------------------ the module */

static PyObject *exc_ctor_call(PyObject *cap, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames) {
    return py4c_ext_call(PyCapsule_GetPointer(cap, NULL), NULL, args, nargs, kwnames);
}

static int make_exception(PyObject *module, const py4c_xexc *e) {
    if (g_exc_classes[e->id]) return 0;
    if (e->parent >= PY4C_EXC_COUNT && !g_exc_classes[e->parent]) {
        for (int i = 0; i < g_mod->nexcs; i++)
            if (g_mod->excs[i].id == e->parent && make_exception(module, &g_mod->excs[i])) return -1;
    }
    PyObject *base = exc_class(e->parent);
    char *qual = PyMem_Malloc(strlen(g_mod->name) + strlen(e->name) + 2);
    if (!qual) { PyErr_NoMemory(); return -1; }
    if (strchr(e->name, '.')) strcpy(qual, e->name);
    else sprintf(qual, "%s.%s", g_mod->name, e->name);
    PyObject *cls;
    if (e->cls >= 0) { /* a class with fields: its constructor runs the compiled __init__ */
        static PyMethodDef ctor_def = {"__init__", (PyCFunction)(void (*)(void))exc_ctor_call,
                                       METH_FASTCALL | METH_KEYWORDS, NULL};
        PyObject *cap = PyCapsule_New((void *)g_mod->classes[e->cls].ctor, NULL, NULL);
        PyObject *ctor = cap ? PyCFunction_NewEx(&ctor_def, cap, NULL) : NULL;
        Py_XDECREF(cap);
        const char *dot = strrchr(qual, '.');
        PyObject *modname = PyUnicode_FromStringAndSize(qual, dot ? dot - qual : 0);
        cls = ctor && modname ? PyObject_CallFunction(PyDict_GetItemString(g_helpers, "_exc_class"), "sOOO",
                                                     dot ? dot + 1 : qual, modname, base, ctor) : NULL;
        Py_XDECREF(ctor);
        Py_XDECREF(modname);
    } else {
        cls = PyErr_NewException(qual, base, NULL);
    }
    PyMem_Free(qual);
    if (!cls) return -1;
    g_exc_classes[e->id] = cls;
    if (e->public_) {
        Py_INCREF(cls);
        const char *dot = strrchr(e->name, '.');
        if (PyModule_AddObject(module, dot ? dot + 1 : e->name, cls) < 0) { Py_DECREF(cls); return -1; }
    }
    return 0;
}

static PyModuleDef g_def;

static PyObject *global_getattr(PyObject *module, PyObject *name) {
    const char *s = PyUnicode_AsUTF8AndSize(name, NULL);
    if (!s) return NULL;
    for (int i = 0; i < g_mod->nglobals; i++)
        if (!strcmp(g_mod->globals[i].name, s)) {
            const void *addr = *g_mod->globals[i].addr;
            const py4c_xtype *t = g_mod->globals[i].t;
            if (is_object(t) && !*(void *const *)addr) break; /* not assigned yet */
            return to_py(t, addr);
        }
    PyErr_Format(PyExc_AttributeError, "module '%s' has no attribute '%s'", g_mod->name, s);
    return NULL;
}

/* `module.name = value` from CPython for a global of the module: compiled code sees the
 * new value (converted as an argument would be). False for any other name. */
static PyObject *global_setattr(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    if (nargs != 2) { PyErr_SetString(PyExc_TypeError, "_set_global(name, value)"); return NULL; }
    const char *s = PyUnicode_AsUTF8AndSize(args[0], NULL);
    if (!s) return NULL;
    for (int i = 0; i < g_mod->nglobals; i++) {
        if (strcmp(g_mod->globals[i].name, s)) continue;
        const py4c_xtype *t = g_mod->globals[i].t;
        uint64_t v;
        xctx cx = {NULL, 0, s, g_mod->name, t, args[1]};
        if (from_py(t, args[1], &v, &cx)) return NULL;
        void *addr = *g_mod->globals[i].addr;
        switch (store_kind(t)) {
        case PY4C_ELEM_I64: case PY4C_ELEM_F64: *(uint64_t *)addr = v; break;
        case PY4C_ELEM_I32: *(int32_t *)addr = *(int32_t *)&v; break;
        case PY4C_ELEM_U8: *(uint8_t *)addr = *(uint8_t *)&v; break;
        default: {
            void *old = *(void **)addr;
            *(void **)addr = *(void **)&v;
            if (old) py4c_decref(old);
        }
        }
        Py_RETURN_TRUE;
    }
    Py_RETURN_FALSE;
}

/* Python source run in the helpers' namespace (the limited API has no PyRun_String). */
static PyObject *run(const char *source, int start) {
    PyObject *code = Py_CompileString(source, "<py4c>", start);
    if (!code) return NULL;
    PyObject *r = PyEval_EvalCode(code, g_helpers, g_helpers);
    Py_DECREF(code);
    return r;
}

PyObject *py4c_ext_init(py4c_xmodule *m) {
    g_mod = m;
    g_def = (PyModuleDef){PyModuleDef_HEAD_INIT, m->name, m->doc, -1, m->func_defs, NULL, NULL, NULL, NULL};
    PyObject *module = PyModule_Create(&g_def);
    if (!module) return NULL;
    g_helpers = PyDict_New();
    if (!g_helpers || PyDict_SetItemString(g_helpers, "__builtins__", PyEval_GetBuiltins()) < 0) goto fail;
    PyObject *r = run(HELPERS, Py_file_input);
    if (!r) goto fail;
    Py_DECREF(r);
    py4c_write_hook = write_hook;
    for (int i = 0; i < m->nexcs; i++)
        if (make_exception(module, &m->excs[i])) goto fail;
    for (int i = 0; i < m->nclasses; i++)
        if (make_class(module, &m->classes[i])) goto fail;
    set_stack_limit();
    int8_t bad = m->init(); /* the module's own code, as `import` runs it */
    py4c_flush_all();
    if (bad) { raise_pending(0); goto fail; }
    { /* globals are read live (PEP 562 __getattr__): the value compiled code sees now */
        static PyMethodDef getattr_def = {"__getattr__", global_getattr, METH_O, NULL};
        PyObject *fn = PyCFunction_NewEx(&getattr_def, module, NULL);
        if (!fn || PyModule_AddObject(module, "__getattr__", fn) < 0) { Py_XDECREF(fn); goto fail; }
        static PyMethodDef setattr_def = {"_set_global", (PyCFunction)(void (*)(void))global_setattr, METH_FASTCALL,
                                          NULL};
        PyObject *setter = PyCFunction_NewEx(&setattr_def, module, NULL);
        PyObject *cls = setter ? PyObject_CallFunction(PyDict_GetItemString(g_helpers, "_module_class"), "O", setter)
                               : NULL;
        Py_XDECREF(setter);
        if (!cls || PyObject_SetAttrString(module, "__class__", cls) < 0) { Py_XDECREF(cls); goto fail; }
        Py_DECREF(cls);
    }
    for (int i = 0; i < m->nconsts; i++) {
        PyObject *v = run(m->consts[i].source, Py_eval_input);
        if (!v || PyModule_AddObject(module, m->consts[i].name, v) < 0) { Py_XDECREF(v); goto fail; }
    }
    return module;
fail:
    Py_DECREF(module);
    return NULL;
}
