/* py4c extension modules: the CPython side of a module built with `py4c build --ext`.
 *
 * Phase: runtime (compiled with the module; needs Python.h, limited API 3.11: the
 * result is an abi3 module). Contract with codegen/ext.py, which generates the tables
 * below for one module (py4c_ext_module) and the one-line method functions that call
 * py4c_ext_call; the LLVM object supplies the trampolines (`int32 tramp(slots, ret)`,
 * see codegen/ext.py) and the exported pointers to type infos and class descriptors.
 *
 * Values cross by conversion: numbers, bools, str and None by value; list, dict, set and
 * tuple are copied (recursively) in each direction; instances of the module's classes
 * are wrapped (one wrapper per compiled object, kept in the object's spare word, so `is`
 * holds) and unwrapped without copying.
 */
#ifndef PY4C_EXT_H
#define PY4C_EXT_H

#define Py_LIMITED_API 0x030B0000
#include <Python.h>

#include "py4c.h"

enum py4c_xkind {
    X_INT = 1, X_I64, X_I32, X_U8, X_FLOAT, X_BOOL, X_NONE, X_STR,
    X_LIST, X_DICT, X_SET, X_TUPLE, X_OBJ, X_OPT, X_BOX,
    X_EXC, /* an exception object with fields (a constructor's result): to CPython as (message, fields) */
};

typedef struct py4c_xtype {
    int kind;
    const char *name;                   /* as py4 writes the type: "list[int]" */
    const struct py4c_xtype *a, *b;     /* LIST/SET/OPT/BOX: the item type; DICT: key, value */
    int n;                              /* TUPLE: number of items */
    const struct py4c_xtype *const *items;
    const py4c_tinfo *const *ti;        /* the type's py4c_tinfo (containers, boxes), or NULL */
    int cls;                            /* OBJ: index of the class in the module's table */
} py4c_xtype;

typedef struct py4c_xparam {
    const char *name;
    const py4c_xtype *t;
    int kind;        /* 0 positional-only, 1 normal, 2 keyword-only */
    int has_default; /* the caller may leave it out: the trampoline takes a "given" flag first */
} py4c_xparam;

enum { XF_FUNCTION = 0, XF_METHOD, XF_STATIC, XF_PROPERTY, XF_SETTER, XF_CTOR };

typedef struct py4c_xfunc {
    const char *name;
    const char *qualname;   /* what messages name: "f", "C.f", "C.__init__" */
    int kind;               /* XF_* */
    int nparams;
    const py4c_xparam *params;
    const py4c_xtype *ret;
    int32_t (*tramp)(uint64_t *slots, uint64_t *ret);
    int hidden_frames;      /* compiled frames of the wrappers py4c adds (not shown) */
} py4c_xfunc;

typedef struct py4c_xconst { const char *name; const char *source; } py4c_xconst;

typedef struct py4c_xclass {
    const char *name;
    const py4c_class *const *desc;
    int base;               /* index of the base class, -1 */
    int frozen;
    int has_subclasses;
    int public_;            /* an attribute of the module */
    int nfields;
    const char *const *field_names;
    const py4c_xtype *const *field_types;
    const py4c_xfunc *ctor;
    int nmethods;
    const py4c_xfunc *methods;
    PyMethodDef *method_defs; /* NULL-terminated; generated, properties excluded */
    int nconsts;
    const struct py4c_xconst *consts; /* class-level constants (literals) */
    int exception;            /* an exception class with fields: no Python type of its own */
    PyTypeObject *type;       /* made at import */
} py4c_xclass;

typedef struct py4c_xglobal { const char *name; const py4c_xtype *t; void *const *addr; } py4c_xglobal; /* *addr: the global */
typedef struct py4c_xexc {
    const char *name;
    int32_t id, parent;
    int public_;
    int cls; /* the class (fields, constructor) of an exception class with fields, or -1 */
} py4c_xexc;

typedef struct py4c_xmodule {
    const char *name;
    const char *doc;
    int8_t (*init)(void);
    int nfuncs;
    const py4c_xfunc *funcs;
    PyMethodDef *func_defs;
    int nclasses;
    py4c_xclass *classes;
    int nglobals;
    const py4c_xglobal *globals;
    int nconsts;
    const py4c_xconst *consts;
    int nexcs;
    const py4c_xexc *excs;
} py4c_xmodule;

/* A call from CPython: binds the arguments (positional and keyword, CPython's messages),
 * converts them, runs the trampoline, converts the result or raises the exception. */
PyObject *py4c_ext_call(const py4c_xfunc *f, PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                        PyObject *kwnames);
/* PyInit_<name>: the module object, its classes, exceptions and constants (runs the
 * module's code first). */
PyObject *py4c_ext_init(py4c_xmodule *m);

#endif
