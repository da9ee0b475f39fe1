/* The extension boundary's module and types: the classes of the module as CPython heap
 * types (limited API), its exception classes, and the module itself (multi-phase
 * initialisation: a re-import gets a new module object over the same compiled state). */
#include "ext_internal.h"

#include <string.h>

#define g_mod py4c_x_mod

py4c_xmodule *py4c_x_mod;
PyObject *py4c_x_helpers;
#define MAX_PARAMS 64

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
    "        args = () if text is None else (text,)\n"
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
    "        if text is None:\n"
    "            return cls()\n"
    "        try:\n"
    "            return cls(int(text))\n"
    "        except ValueError:\n"
    "            return cls(text)\n"
    "    return cls() if text is None else cls(text)\n"
    "def _build(cls, id, text, frames, fields, cause, context, suppress):\n"
    "    e = _make(cls, id, text, fields)\n"   /* an exception whose traceback is the compiled frames */
    "    if len(frames) > 100:\n"
    "        frames = frames[:50] + frames[-50:]\n"
    "    if frames:\n"
    "        call = None\n"
    "        for i, (file, line, name) in enumerate(frames):\n"
    "            g = {'_n': call, '_e': e, '__builtins__': __builtins__}\n"
    "            call = _types.FunctionType(_code(file, line, name, i == 0), g)\n"
    "        try:\n"
    "            call()\n"
    "        except BaseException:\n"
    "            pass\n"
    "        e = e.with_traceback(e.__traceback__.tb_next)\n"   /* without this function's frame */
    "    e.__context__ = context\n"
    "    e.__cause__ = cause\n"
    "    e.__suppress_context__ = bool(suppress)\n"
    "    return e\n"
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


PyObject *x_helper(const char *name) { return PyDict_GetItemString(py4c_x_helpers, name); }

/* Python source run in the helpers' namespace (the limited API has no PyRun_String). */
static PyObject *run(const char *source, int start) {
    PyObject *code = Py_CompileString(source, "<py4c>", start);
    if (!code) return NULL;
    PyObject *r = PyEval_EvalCode(code, py4c_x_helpers, py4c_x_helpers);
    Py_DECREF(code);
    return r;
}

/* ------------------------------------------------------------ type slots */

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

static PyObject *x_new(PyTypeObject *tp, PyObject *args, PyObject *kwargs) {
    int ci = x_class_of_type(tp);
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
        if (!kwnames) return NULL;
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

static PyObject *str_result(py4c_str *s) {
    if (!s) return x_finish(NULL);
    PyObject *r = PyUnicode_DecodeUTF8(s->data, (Py_ssize_t)s->len, "surrogatepass");
    py4c_decref(s);
    return x_finish(r);
}

/* repr() without a __repr__ of the class's own: CPython's default, named by this module */
static PyObject *default_repr(PyObject *self) {
    PyObject *name = PyObject_GetAttrString((PyObject *)Py_TYPE(self), "__qualname__");
    if (!name) return NULL;
    PyObject *r = PyUnicode_FromFormat("<%s.%U object at %p>", g_mod->name, name, (void *)self);
    Py_DECREF(name);
    return r;
}

static PyObject *x_repr(PyObject *self) {
    py4c_obj *o = ((xobject *)self)->obj;
    if (!o->cls->repr) return default_repr(self);
    x_set_stack_limit();
    return str_result(py4c_obj_repr(o));
}

static PyObject *x_str(PyObject *self) {
    py4c_obj *o = ((xobject *)self)->obj;
    if (!o->cls->str && !o->cls->repr) return default_repr(self);
    x_set_stack_limit();
    return str_result(py4c_obj_str(o));
}

static Py_hash_t x_hash(PyObject *self) {
    x_set_stack_limit();
    int64_t h = py4c_obj_hash(((xobject *)self)->obj);
    PyObject *ok = x_finish(Py_NewRef(Py_None));
    if (!ok) return -1;
    Py_DECREF(ok);
    return (Py_hash_t)h;
}

/* == and != (a class's own __ne__, when it has one, is installed over this for !=) */
static PyObject *x_richcompare(PyObject *a, PyObject *b, int op) {
    if ((op != Py_EQ && op != Py_NE) || !is_wrapper(b)) Py_RETURN_NOTIMPLEMENTED;
    x_set_stack_limit();
    int64_t r = py4c_obj_eq(((xobject *)a)->obj, ((xobject *)b)->obj);
    if (r < 0) r = 0; /* the exception is pending: x_finish raises it */
    return x_finish(PyBool_FromLong(op == Py_EQ ? r : !r));
}

static PyObject *frozen_error(const char *verb, PyObject *name) {
    PyObject *mod = PyImport_ImportModule("dataclasses");
    PyObject *err = mod ? PyObject_GetAttrString(mod, "FrozenInstanceError") : NULL;
    if (err) PyErr_Format(err, "cannot %s field %R", verb, name);
    Py_XDECREF(err);
    Py_XDECREF(mod);
    return NULL;
}

/* A frozen dataclass refuses every assignment, as CPython's __setattr__ does. */
static int frozen_setattro(PyObject *self, PyObject *name, PyObject *value) {
    (void)self;
    frozen_error(value ? "assign to" : "delete", name);
    return -1;
}

typedef struct { int cls, field; } field_ref;

static PyObject *field_get(PyObject *self, void *closure) {
    const field_ref *fr = closure;
    const py4c_xclass *c = &g_mod->classes[fr->cls];
    py4c_obj *o = ((xobject *)self)->obj;
    const py4c_xtype *t = c->field_types[fr->field];
    if (x_is_object(t) && !o->slots[fr->field]) { /* never assigned (an `if` in __init__ skipped it) */
        PyObject *tn = PyObject_GetAttrString((PyObject *)Py_TYPE(self), "__name__");
        PyErr_Format(PyExc_AttributeError, "'%U' object has no attribute '%s'", tn, c->field_names[fr->field]);
        Py_XDECREF(tn);
        return NULL;
    }
    return x_to_py(t, &o->slots[fr->field]);
}

static int field_set(PyObject *self, PyObject *value, void *closure) {
    const field_ref *fr = closure;
    const py4c_xclass *c = &g_mod->classes[fr->cls];
    const char *name = c->field_names[fr->field];
    if (!value) { PyErr_Format(PyExc_TypeError, "cannot delete the field '%s' of a compiled object", name); return -1; }
    uint64_t v;
    const py4c_xtype *t = c->field_types[fr->field];
    xctx cx = {NULL, 0, name, c->name, t, value};
    if (x_from_py(t, value, &v, &cx)) return -1;
    py4c_obj *o = ((xobject *)self)->obj;
    uint64_t old = o->slots[fr->field];
    o->slots[fr->field] = v;
    x_release_slot(t, &old);
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

static int make_class(py4c_xclass *c) {
    if (c->type || c->exception) return 0;
    PyObject *bases = NULL;
    if (c->base >= 0) {
        if (make_class(&g_mod->classes[c->base])) return -1;
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
        {Py_tp_getset, gs}, {0, NULL}, {0, NULL},
    };
    if (c->frozen) slots[8] = (PyType_Slot){Py_tp_setattro, frozen_setattro};
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
        PyObject *r = PyObject_CallFunction(x_helper("_install"), "Oss", tp, n, plain);
        if (!r) return -1;
        Py_DECREF(r);
    }
    for (int i = 0; i < c->nconsts; i++) {
        PyObject *v = run(c->consts[i].source, Py_eval_input);
        if (!v) return -1;
        const char *name = c->consts[i].name;
        int bad;
        if (!strncmp(name, "$field:", 7)) { /* C.field reads the default; instances their own value */
            PyObject *r = PyObject_CallFunction(x_helper("_class_default"), "OsO", tp,
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
    return 0;
}


static PyObject *exc_ctor_call(PyObject *cap, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames) {
    return py4c_ext_call(PyCapsule_GetPointer(cap, NULL), NULL, args, nargs, kwnames);
}

static int make_exception(const py4c_xexc *e) {
    if (e->id <= 0 || e->id >= 1024 || (e->parent >= PY4C_EXC_COUNT && e->parent >= 1024)) {
        PyErr_SetString(PyExc_SystemError, "py4c: too many exception classes");
        return -1;
    }
    if (py4c_x_exc_classes[e->id]) return 0;
    if (e->parent >= PY4C_EXC_COUNT && !py4c_x_exc_classes[e->parent]) {
        for (int i = 0; i < g_mod->nexcs; i++)
            if (g_mod->excs[i].id == e->parent && make_exception(&g_mod->excs[i])) return -1;
    }
    PyObject *base = x_exc_class(e->parent);
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
        cls = ctor && modname ? PyObject_CallFunction(x_helper("_exc_class"), "sOOO",
                                                     dot ? dot + 1 : qual, modname, base, ctor) : NULL;
        Py_XDECREF(ctor);
        Py_XDECREF(modname);
    } else {
        cls = PyErr_NewException(qual, base, NULL);
    }
    PyMem_Free(qual);
    if (!cls) return -1;
    py4c_x_exc_classes[e->id] = cls;
    return 0;
}


static PyObject *global_getattr(PyObject *module, PyObject *name) {
    const char *s = PyUnicode_AsUTF8AndSize(name, NULL);
    if (!s) return NULL;
    for (int i = 0; i < g_mod->nglobals; i++)
        if (!strcmp(g_mod->globals[i].name, s)) {
            const void *addr = *g_mod->globals[i].addr;
            const py4c_xtype *t = g_mod->globals[i].t;
            if (x_is_object(t) && !*(void *const *)addr) break; /* not assigned yet */
            return x_to_py(t, addr);
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
        xctx cx = {NULL, 0, s, NULL, t, args[1]};
        if (x_from_py(t, args[1], &v, &cx)) return NULL;
        void *addr = *g_mod->globals[i].addr;
        switch (x_store_kind(t)) {
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



/* ------------------------------------------------------------ the module */

static int g_ready;               /* the compiled state exists (the module's code ran) */
static PyObject *g_module_class;  /* a ModuleType subclass: `module.global = v` reaches compiled code */

/* Once per process: helpers, exception classes, class types, then the module's own code. */
static int init_state(void) {
    if (!py4c_x_helpers) {
        py4c_x_helpers = PyDict_New();
        if (!py4c_x_helpers || PyDict_SetItemString(py4c_x_helpers, "__builtins__", PyEval_GetBuiltins()) < 0) return -1;
        PyObject *r = run(HELPERS, Py_file_input);
        if (!r) return -1;
        Py_DECREF(r);
        PyObject *io = PyImport_ImportModule("io");
        PyObject *unsupported = io ? PyObject_GetAttrString(io, "UnsupportedOperation") : NULL;
        Py_XDECREF(io);
        if (!unsupported) return -1;
        py4c_x_exc_classes[PY4C_EXC_UnsupportedOperation] = unsupported;
        py4c_write_hook = x_write_hook;
    }
    for (int i = 0; i < g_mod->nexcs; i++)
        if (make_exception(&g_mod->excs[i])) return -1;
    /* the types are named as CPython names a class (`Point`, not `hot.Point`: messages
     * show tp_name); PyType_FromSpec warns about the missing module prefix, which is set
     * as __module__ right after */
    PyObject *warnings = PyImport_ImportModule("warnings");
    PyObject *cm = warnings ? PyObject_CallMethod(warnings, "catch_warnings", NULL) : NULL;
    PyObject *entered = cm ? PyObject_CallMethod(cm, "__enter__", NULL) : NULL;
    PyObject *filtered = entered ? PyObject_CallMethod(warnings, "simplefilter", "sO", "ignore",
                                                       PyExc_DeprecationWarning) : NULL;
    int bad = !filtered;
    for (int i = 0; i < g_mod->nclasses && !bad; i++) bad = make_class(&g_mod->classes[i]) < 0;
    PyObject *exc_type = NULL, *exc_value = NULL, *exc_tb = NULL;
    if (bad) PyErr_Fetch(&exc_type, &exc_value, &exc_tb);
    PyObject *exited = entered ? PyObject_CallMethod(cm, "__exit__", "OOO", Py_None, Py_None, Py_None) : NULL;
    if (bad) PyErr_Restore(exc_type, exc_value, exc_tb);
    Py_XDECREF(exited);
    Py_XDECREF(filtered);
    Py_XDECREF(entered);
    Py_XDECREF(cm);
    Py_XDECREF(warnings);
    if (bad || PyErr_Occurred()) return -1;
    static PyMethodDef setattr_def = {"_set_global", (PyCFunction)(void (*)(void))global_setattr, METH_FASTCALL, NULL};
    if (!g_module_class && g_mod->nglobals) { /* (an exact module type looks its functions up faster) */
        PyObject *setter = PyCFunction_NewEx(&setattr_def, NULL, NULL);
        g_module_class = setter ? PyObject_CallFunction(x_helper("_module_class"), "O", setter) : NULL;
        Py_XDECREF(setter);
        if (!g_module_class) return -1;
    }
    x_set_stack_limit();
    int8_t failed = g_mod->init(); /* the module's own code, as `import` runs it */
    if (failed) {
        py4c_flush_all();
        x_raise_pending(0);
        return -1;
    }
    PyObject *ok = x_finish(Py_NewRef(Py_None));
    if (!ok) return -1;
    Py_DECREF(ok);
    g_ready = 1;
    return 0;
}

static int add(PyObject *module, const char *name, PyObject *value) { /* steals value */
    if (!value) return -1;
    int r = PyModule_AddObject(module, name, value);
    if (r < 0) Py_DECREF(value);
    return r;
}

/* Py_mod_exec: fills a module object (the first import runs the module's code; a
 * re-import after `del sys.modules[...]` gets a new module over the same state). */
static int exec_module(PyObject *module) {
    if (!g_ready && init_state() < 0) return -1;
    if (PyModule_AddFunctions(module, g_mod->func_defs) < 0) return -1;
    for (int i = 0; i < g_mod->nclasses; i++) {
        py4c_xclass *c = &g_mod->classes[i];
        if (c->public_ && c->type && add(module, c->name, Py_NewRef((PyObject *)c->type)) < 0) return -1;
    }
    for (int i = 0; i < g_mod->nexcs; i++) {
        const py4c_xexc *e = &g_mod->excs[i];
        if (e->public_ && add(module, e->name, Py_NewRef(py4c_x_exc_classes[e->id])) < 0) return -1;
    }
    for (int i = 0; i < g_mod->nconsts; i++)
        if (add(module, g_mod->consts[i].name, run(g_mod->consts[i].source, Py_eval_input)) < 0) return -1;
    /* globals are read live (PEP 562 __getattr__) and written through the module's class */
    static PyMethodDef getattr_def = {"__getattr__", global_getattr, METH_O, NULL};
    if (!g_mod->nglobals) return 0;
    if (add(module, "__getattr__", PyCFunction_NewEx(&getattr_def, module, NULL)) < 0) return -1;
    return PyObject_SetAttrString(module, "__class__", g_module_class);
}

static PyModuleDef_Slot g_slots[] = {{Py_mod_exec, (void *)exec_module}, {0, NULL}};
static PyModuleDef g_def;

PyObject *py4c_ext_init(py4c_xmodule *m) {
    g_mod = m;
    g_def = (PyModuleDef){PyModuleDef_HEAD_INIT, m->name, m->doc, 0, NULL, g_slots, NULL, NULL, NULL};
    return PyModuleDef_Init(&g_def);
}
