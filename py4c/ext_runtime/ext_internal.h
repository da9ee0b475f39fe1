/* Shared between the files of the extension-module boundary (ext_*.c); not an API. */
#ifndef PY4C_EXT_INTERNAL_H
#define PY4C_EXT_INTERNAL_H

#include "py4c_ext.h"

extern py4c_xmodule *py4c_x_mod;  /* the module of this shared object */
extern PyObject *py4c_x_helpers;  /* the namespace of the Python helpers (ext.c) */

/* A compiled object as CPython sees it: its wrapper holds a reference. */
typedef struct { PyObject_HEAD py4c_obj *obj; } xobject;

/* What a conversion converts, for messages: "f() argument 'xs' must be list[int], not
 * str"; a bad item names the whole argument, then the item. */
typedef struct {
    const py4c_xfunc *f; int param; /* an argument of a call, or */
    const char *name, *owner;       /* a field (owner: the class) or a global (owner: NULL) */
    const py4c_xtype *top;
    PyObject *top_obj;
} xctx;

/* ext_convert.c */
static inline int x_store_kind(const py4c_xtype *t) {
    switch (t->kind) {
    case X_INT: case X_I64: return PY4C_ELEM_I64;
    case X_I32: return PY4C_ELEM_I32;
    case X_U8: case X_BOOL: case X_NONE: return PY4C_ELEM_U8;
    case X_FLOAT: return PY4C_ELEM_F64;
    default: return PY4C_ELEM_OBJ;
    }
}
static inline int x_is_object(const py4c_xtype *t) { return x_store_kind(t) == PY4C_ELEM_OBJ; }
void x_release_slot(const py4c_xtype *t, uint64_t *slot);
int x_from_py(const py4c_xtype *t, PyObject *o, uint64_t *slot, const xctx *cx); /* 0 / -1 */
PyObject *x_to_py(const py4c_xtype *t, const uint64_t *slot);                   /* new ref / NULL */
PyObject *x_wrap(py4c_obj *o);
PyObject *x_exc_fields(py4c_obj *o); /* {field: value}, "$msg" included */
int x_class_of_type(PyTypeObject *tp);
int x_class_of_desc(const py4c_class *c);

/* ext_call.c */
extern char *py4c_x_stack_low, *py4c_x_stack_high, *py4c_x_stack_limit;
void x_find_stack_limit(void);
/* the limit of the stack this call runs on (recomputed when a call arrives on another) */
static inline void x_set_stack_limit(void) {
    char here;
    if (&here < py4c_x_stack_low || &here >= py4c_x_stack_high) x_find_stack_limit();
    py4c_stack_limit = py4c_x_stack_limit;
}
PyObject *x_raise_pending(int hidden_frames); /* the pending py4c exception, raised in CPython; NULL */
PyObject *x_finish(PyObject *result);        /* after compiled code ran: output, pending exception */
void x_write_hook(int fd, const char *data, int64_t len);
PyObject *x_exc_class(int32_t id);
extern PyObject *py4c_x_exc_classes[1024];

/* ext.c */
PyObject *x_helper(const char *name); /* borrowed */

#endif
