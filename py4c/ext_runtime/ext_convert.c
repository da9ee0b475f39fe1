/* The extension boundary's conversions: Python objects <-> py4c values in their
 * storage kind (see py4c_ext.h), and the wrappers of compiled objects. */
#include "ext_internal.h"

#include <string.h>

#define g_mod py4c_x_mod

int x_class_of_type(PyTypeObject *tp) {
    for (int i = 0; i < g_mod->nclasses; i++)
        if (g_mod->classes[i].type == tp) return i;
    return -1;
}

int x_class_of_desc(const py4c_class *c) {
    for (; c; c = c->base)
        for (int i = 0; i < g_mod->nclasses; i++)
            if (*g_mod->classes[i].desc == c) return i;
    return -1;
}

PyObject *x_wrap(py4c_obj *o) {
    if (o->spare) {
        PyObject *w = (PyObject *)(intptr_t)o->spare;
        Py_INCREF(w);
        return w;
    }
    int ci = x_class_of_desc(o->cls);
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

/* ------------------------------------------------------------ conversions */

void x_release_slot(const py4c_xtype *t, uint64_t *slot) {
    if (x_is_object(t)) {
        void *p = *(void **)slot;
        if (p) py4c_decref(p);
        *(void **)slot = NULL;
    }
}


static const char *what_of(const xctx *cx, char *buf, size_t size) { /* formatted on errors only */
    if (cx->f) snprintf(buf, size, "%s() argument '%s'", cx->f->qualname, cx->f->params[cx->param].name);
    else if (cx->owner) snprintf(buf, size, "the field '%s' of %s", cx->name, cx->owner);
    else snprintf(buf, size, "the global '%s' of module %s", cx->name, g_mod->name);
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
    if (PyBool_Check(o)) return type_error(cx, t, o); /* py4 keeps no bool in an int (bool-promotion) */
    if (!PyLong_Check(o)) {
        if (PyFloat_Check(o) || !PyNumber_Check(o)) return type_error(cx, t, o);
        PyObject *idx = PyNumber_Index(o); /* an object with __index__ is an int, as in CPython */
        if (!idx) {
            if (!PyErr_ExceptionMatches(PyExc_TypeError)) return -1; /* __index__ itself failed */
            PyErr_Clear();
            return type_error(cx, t, o);
        }
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
int x_from_py(const py4c_xtype *t, PyObject *o, uint64_t *slot, const xctx *cx) {
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
        if ((!PyFloat_Check(o) && !PyLong_Check(o)) || PyBool_Check(o)) return type_error(cx, t, o);
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
        return x_from_py(t->a, o, slot, cx);
    case X_BOX: {
        if (o == Py_None) { py4c_incref(PY4C_NONE); *(void **)slot = PY4C_NONE; return 0; }
        uint64_t inner;
        if (x_from_py(t->a, o, &inner, cx)) return -1;
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
        void *c = is_list ? (void *)py4c_list_new(x_store_kind(t->a), 0) : (void *)py4c_dict_new(x_store_kind(t->a), -1);
        if (!c) return PyErr_NoMemory(), -1;
        *(void **)slot = c;
        PyObject *it = PyObject_GetIter(o);
        if (!it) { x_release_slot(t, slot); return -1; }
        PyObject *item;
        while ((item = PyIter_Next(it))) {
            uint64_t v;
            int bad = x_from_py(t->a, item, &v, cx);
            Py_DECREF(item);
            if (bad) break;
            int64_t r = is_list ? py4c_list_append(c, &v) : py4c_dict_set(c, &v, NULL, *t->a->ti, NULL);
            x_release_slot(t->a, &v);
            if (r != 0) { PyErr_NoMemory(); break; }
        }
        Py_DECREF(it);
        if (PyErr_Occurred()) { x_release_slot(t, slot); return -1; }
        return 0;
    }
    case X_DICT: {
        if (!PyDict_Check(o)) return type_error(cx, t, o);
        py4c_dict *d = py4c_dict_new(x_store_kind(t->a), x_store_kind(t->b));
        if (!d) return PyErr_NoMemory(), -1;
        *(void **)slot = d;
        Py_ssize_t pos = 0;
        PyObject *k, *val;
        while (PyDict_Next(o, &pos, &k, &val)) {
            uint64_t ks, vs;
            if (x_from_py(t->a, k, &ks, cx)) { x_release_slot(t, slot); return -1; }
            if (x_from_py(t->b, val, &vs, cx)) { x_release_slot(t->a, &ks); x_release_slot(t, slot); return -1; }
            int64_t r = py4c_dict_set(d, &ks, &vs, *t->a->ti, *t->b->ti);
            x_release_slot(t->a, &ks);
            x_release_slot(t->b, &vs);
            if (r != 0) { x_release_slot(t, slot); PyErr_NoMemory(); return -1; }
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
            if (x_from_py(t->items[i], PyTuple_GetItem(o, i), &tu->items[i], cx)) { x_release_slot(t, slot); return -1; }
        return 0;
    }
    }
    PyErr_SetString(PyExc_SystemError, "py4c: unknown boundary type");
    return -1;
}

/* The fields of an exception object with fields, by name ("$msg": its message). */
PyObject *x_exc_fields(py4c_obj *o) {
    int ci = x_class_of_desc(o->cls);
    PyObject *d = PyDict_New();
    if (!d || ci < 0) return d;
    const py4c_xclass *c = &g_mod->classes[ci];
    for (int i = 0; i < c->nfields; i++) {
        if (!c->field_types[i] || (x_is_object(c->field_types[i]) && !o->slots[i])) continue; /* never assigned */
        PyObject *v = x_to_py(c->field_types[i], &o->slots[i]);
        if (!v || PyDict_SetItemString(d, c->field_names[i], v) < 0) { Py_XDECREF(v); Py_DECREF(d); return NULL; }
        Py_DECREF(v);
    }
    return d;
}

/* A slot in the type's storage kind -> a new Python object (the slot is not consumed). */
PyObject *x_to_py(const py4c_xtype *t, const uint64_t *slot) {
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
        if (t->kind == X_BOX) return x_to_py(t->a, ((py4c_obj *)p)->slots);
        return x_to_py(t->a, slot);
    }
    case X_OBJ: return x_wrap(*(void *const *)slot);
    case X_EXC: {
        py4c_obj *o = *(void *const *)slot;
        PyObject *fields = x_exc_fields(o);
        PyObject *msg = fields ? PyDict_GetItemString(fields, "$msg") : NULL; /* borrowed */
        if (!msg) {
            if (fields && !PyErr_Occurred()) PyErr_SetString(PyExc_SystemError, "py4c: exception without message");
            Py_XDECREF(fields);
            return NULL;
        }
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
            PyObject *x = x_to_py(t->a, &v);
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
            PyObject *pk = x_to_py(t->a, &k);
            PyObject *pv = pk && t->kind == X_DICT ? x_to_py(t->b, &v) : NULL;
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
            PyObject *x = x_to_py(t->items[i], &tu->items[i]);
            if (!x) { Py_DECREF(r); return NULL; }
            PyTuple_SetItem(r, i, x);
        }
        return r;
    }
    }
    PyErr_SetString(PyExc_SystemError, "py4c: unknown boundary type");
    return NULL;
}

