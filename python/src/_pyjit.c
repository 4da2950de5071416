/* python/src/_pyjit.c — the CPython extension `pyjit._pyjit`: Python values →
 * jit_value / jit_array (buffer protocol, zero-copy) → libpyjit's public C API
 * (include/pyjit.h) → Python objects. Holds the per-dispatcher fast path: a
 * cache keyed by argument types that calls the compiled entry directly. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

#include <pyjit.h>

#include <stdint.h>
#include <string.h>

/* Direct calls through a register-only generic prototype need an ABI whose
 * integer and floating-point arguments use independent register files. */
#if defined(__x86_64__) && !defined(_WIN32)
#define FAST_NINT 6
#define FAST_NFLT 8
#elif defined(__aarch64__)
#define FAST_NINT 8
#define FAST_NFLT 8
#else
#define FAST_NINT 0
#define FAST_NFLT 0
#endif

#define MAX_ARGS 64

static PyObject *TypingError, *UnsupportedError, *InternalError;
static PyObject *np_asarray; /* numpy.asarray, or Py_None when numpy is missing */

/* ---- NumPy scalar types registered by the Python package ---- */
#define MAX_SCALAR_TYPES 32
static struct {
    PyTypeObject *type;
    jit_kind kind;
} scalar_types[MAX_SCALAR_TYPES];
static int nscalar_types;
/* Per kind, the type results of that kind are boxed as (numpy.int32, ...),
 * like the undecorated function's; NULL: a Python int/float. int64, float64
 * and bool results stay Python int/float/bool, as with Numba. */
static PyTypeObject *box_types[JIT_ARRAY + 1];

/* Boxes v (a new reference to the Python int/float of a result of kind k)
 * as k's registered NumPy scalar type when there is one. Steals v. */
static PyObject *box_as_kind(jit_kind k, PyObject *v)
{
    if (!v || (unsigned)k > JIT_ARRAY || !box_types[k])
        return v;
    PyObject *r = PyObject_CallOneArg((PyObject *)box_types[k], v);
    Py_DECREF(v);
    return r;
}

static const char *kind_names[] = {"none",    "bool",    "int8",   "int16",  "int32",
                                   "int64",   "uint8",   "uint16", "uint32", "uint64",
                                   "float32", "float64", "tuple",  "array"};

static bool kind_is_int(jit_kind k)
{
    return k >= JIT_INT8 && k <= JIT_UINT64;
}
static bool kind_is_uint(jit_kind k)
{
    return k >= JIT_UINT8 && k <= JIT_UINT64;
}

/* ---- errors ---- */

/* Raises the Python exception matching e (and frees e). Always NULL. */
static PyObject *raise_jit_error(jit_error *e)
{
    if (!e) {
        PyErr_SetString(InternalError, "pyjit: unknown error");
        return NULL;
    }
    const char *type = jit_error_type(e);
    const char *msg = jit_error_message(e);
    if (!type)
        type = "InternalError";
    if (!msg)
        msg = "";
    char *rendered = jit_error_render(e);
    const char *text = rendered ? rendered : msg;
    if (jit_error_is_runtime(e)) {
        /* The builtin exception of that name, with the same message. */
        PyObject *exc_type = PyDict_GetItemString(PyEval_GetBuiltins(), type);
        if (!exc_type || !PyExceptionClass_Check(exc_type))
            exc_type = PyExc_RuntimeError;
        PyObject *exc =
            *msg ? PyObject_CallFunction(exc_type, "s", msg) : PyObject_CallNoArgs(exc_type);
        if (exc) {
            if (rendered) {
                /* The compiled code's traceback (file:line of the kernel). */
                PyObject *note = PyUnicode_FromString(rendered);
                PyObject *r = note ? PyObject_CallMethod(exc, "add_note", "O", note) : NULL;
                Py_XDECREF(r);
                Py_XDECREF(note);
                PyErr_Clear();
            }
            PyErr_SetObject(exc_type, exc);
            Py_DECREF(exc);
        }
    } else if (!strcmp(type, "SyntaxError") || !strcmp(type, "IndentationError") ||
               !strcmp(type, "TabError")) {
        PyObject *exc_type = !strcmp(type, "SyntaxError")        ? PyExc_SyntaxError
                             : !strcmp(type, "IndentationError") ? PyExc_IndentationError
                                                                 : PyExc_TabError;
        const char *file = jit_error_file(e);
        PyObject *exc = PyObject_CallFunction(exc_type, "s(ziiz)", text, file, jit_error_line(e),
                                              jit_error_column(e), NULL);
        if (exc) {
            PyErr_SetObject(exc_type, exc);
            Py_DECREF(exc);
        }
    } else if (!strcmp(type, "InvalidArgument")) {
        PyErr_SetString(PyExc_TypeError, msg);
    } else if (!strcmp(type, "InternalError")) {
        PyErr_SetString(InternalError, text);
    } else if (!strcmp(type, "FileNotFoundError") || !strcmp(type, "OSError")) {
        PyErr_SetString(PyExc_OSError, text);
    } else {
        /* TypingError, UnsupportedError, NotImplementedError, TypeError (bad
         * decorator options), ...: compile errors, with pyjit's diagnostic. */
        PyObject *cls = (!strcmp(type, "UnsupportedError") || !strcmp(type, "NotImplementedError"))
                            ? UnsupportedError
                            : TypingError;
        PyObject *exc = PyObject_CallFunction(cls, "s", text);
        if (exc) {
            const char *file = jit_error_file(e);
            PyObject *f = file ? PyUnicode_FromString(file) : Py_NewRef(Py_None);
            PyObject *l = PyLong_FromLong(jit_error_line(e));
            PyObject *c = PyLong_FromLong(jit_error_column(e));
            PyObject *k = PyUnicode_FromString(type);
            PyObject *m = PyUnicode_FromString(msg);
            if (f && l && c && k && m) {
                PyObject_SetAttrString(exc, "filename", f);
                PyObject_SetAttrString(exc, "lineno", l);
                PyObject_SetAttrString(exc, "col", c);
                PyObject_SetAttrString(exc, "kind", k);
                PyObject_SetAttrString(exc, "msg", m);
            }
            Py_XDECREF(f);
            Py_XDECREF(l);
            Py_XDECREF(c);
            Py_XDECREF(k);
            Py_XDECREF(m);
            PyErr_Clear();
            PyErr_SetObject(cls, exc);
            Py_DECREF(exc);
        }
    }
    jit_free(rendered);
    jit_error_free(e);
    return NULL;
}

/* ---- Context ---- */

typedef struct {
    PyObject_HEAD jit_context *ctx;
} ContextObject;

static void context_dealloc(ContextObject *self)
{
    jit_context_free(self->ctx);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyObject *context_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"opt_level", "fastmath", "boundscheck", "debug", NULL};
    int opt = 3, fastmath = 0, boundscheck = 0, debug = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "|ippp", kwlist, &opt, &fastmath, &boundscheck,
                                     &debug))
        return NULL;
    jit_options o;
    jit_options_init(&o);
    o.opt_level = opt;
    o.fastmath = fastmath;
    o.boundscheck = boundscheck;
    o.debug = debug;
    ContextObject *self = (ContextObject *)type->tp_alloc(type, 0);
    if (!self)
        return NULL;
    self->ctx = jit_context_new(&o);
    if (!self->ctx) {
        Py_DECREF(self);
        PyErr_SetString(InternalError, "pyjit: LLVM cannot target this host");
        return NULL;
    }
    return (PyObject *)self;
}

static PyTypeObject ModuleType;

typedef struct {
    PyObject_HEAD PyObject *context; /* ContextObject: owns the jit_module */
    jit_module *mod;
} ModuleObject;

static PyObject *context_load(ContextObject *self, PyObject *args)
{
    const char *name, *source;
    if (!PyArg_ParseTuple(args, "ss", &name, &source))
        return NULL;
    jit_error *err = NULL;
    jit_module *m;
    Py_BEGIN_ALLOW_THREADS m = jit_module_load_string(self->ctx, name, source, &err);
    Py_END_ALLOW_THREADS if (!m) return raise_jit_error(err);
    ModuleObject *mo = PyObject_New(ModuleObject, &ModuleType);
    if (!mo)
        return NULL;
    mo->context = Py_NewRef((PyObject *)self);
    mo->mod = m;
    return (PyObject *)mo;
}

static PyObject *context_parse_type(ContextObject *self, PyObject *args)
{
    const char *text;
    if (!PyArg_ParseTuple(args, "s", &text))
        return NULL;
    jit_error *err = NULL;
    const jit_type *t = jit_type_parse(self->ctx, text, &err);
    if (!t)
        return raise_jit_error(err);
    return PyUnicode_FromString(jit_type_name(t));
}

static PyMethodDef context_methods[] = {
    {"load", (PyCFunction)context_load, METH_VARARGS,
     "load(filename, source) -> Module: parses a module (eager signatures compiled)."},
    {"parse_type", (PyCFunction)context_parse_type, METH_VARARGS,
     "parse_type(text) -> canonical type name (Numba spelling accepted)."},
    {NULL}};

static PyTypeObject ContextType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "pyjit._pyjit.Context",
    .tp_basicsize = sizeof(ContextObject),
    .tp_dealloc = (destructor)context_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "A pyjit compilation context (options, compiled code).",
    .tp_methods = context_methods,
    .tp_new = context_new,
};

/* ---- Module ---- */

static void module_dealloc(ModuleObject *self)
{
    Py_XDECREF(self->context); /* the jit_module lives as long as its context */
    PyObject_Free(self);
}

static PyObject *module_has_function(ModuleObject *self, PyObject *args)
{
    const char *name;
    if (!PyArg_ParseTuple(args, "s", &name))
        return NULL;
    return PyBool_FromLong(jit_module_function(self->mod, name) != NULL);
}

/* check(name): raises the errors the compiler found in the body or
 * parameters of `name` at load (with file:line:col), else None. */
static PyObject *module_check(ModuleObject *self, PyObject *args)
{
    const char *name;
    if (!PyArg_ParseTuple(args, "s", &name))
        return NULL;
    jit_function *fn = jit_module_function(self->mod, name);
    if (!fn) {
        PyErr_Format(PyExc_KeyError, "no function '%s' in the module", name);
        return NULL;
    }
    jit_error *err = NULL;
    if (jit_function_check(fn, &err) != 0)
        return raise_jit_error(err);
    Py_RETURN_NONE;
}

static PyMethodDef module_methods[] = {
    {"has_function", (PyCFunction)module_has_function, METH_VARARGS, "has_function(name)"},
    {"check", (PyCFunction)module_check, METH_VARARGS, "check(name): raise the load-time errors"},
    {NULL}};

static PyTypeObject ModuleType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "pyjit._pyjit.Module",
    .tp_basicsize = sizeof(ModuleObject),
    .tp_dealloc = (destructor)module_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "A loaded pyjit module (owned by its Context).",
    .tp_methods = module_methods,
};

/* ---- Compiled: one specialisation ---- */

typedef struct {
    PyObject_HEAD PyObject *module; /* keeps the context alive */
    jit_compiled *c;
} CompiledObject;

static PyTypeObject CompiledType;

static PyObject *compiled_wrap(PyObject *module, jit_compiled *c)
{
    CompiledObject *o = PyObject_New(CompiledObject, &CompiledType);
    if (!o)
        return NULL;
    o->module = Py_NewRef(module);
    o->c = c;
    return (PyObject *)o;
}

static void compiled_dealloc(CompiledObject *self)
{
    Py_XDECREF(self->module);
    PyObject_Free(self);
}

static PyObject *compiled_dump(CompiledObject *self, PyObject *args)
{
    int kind;
    if (!PyArg_ParseTuple(args, "i", &kind))
        return NULL;
    if (kind < JIT_DUMP_BYTECODE || kind > JIT_DUMP_ASM) {
        PyErr_SetString(PyExc_ValueError, "bad dump kind");
        return NULL;
    }
    char *text;
    Py_BEGIN_ALLOW_THREADS text = jit_compiled_dump(self->c, (jit_dump_kind)kind);
    Py_END_ALLOW_THREADS if (!text) Py_RETURN_NONE;
    PyObject *r = PyUnicode_DecodeUTF8(text, (Py_ssize_t)strlen(text), "replace");
    jit_free(text);
    return r;
}

static PyObject *compiled_times(CompiledObject *self, PyObject *unused)
{
    jit_compile_times t;
    jit_compiled_times(self->c, &t);
    return Py_BuildValue("{sdsdsdsdsdsd}", "parse_ms", t.parse_ms, "infer_ms", t.infer_ms,
                         "lower_ms", t.lower_ms, "opt_ms", t.opt_ms, "mc_ms", t.mc_ms, "total_ms",
                         t.total_ms);
}

static PyObject *compiled_argtypes(CompiledObject *self, void *unused)
{
    size_t n = jit_compiled_nargs(self->c);
    PyObject *t = PyTuple_New((Py_ssize_t)n);
    for (size_t i = 0; t && i < n; i++) {
        PyObject *s = PyUnicode_FromString(jit_type_name(jit_compiled_arg_type(self->c, i)));
        if (!s) {
            Py_DECREF(t);
            return NULL;
        }
        PyTuple_SET_ITEM(t, (Py_ssize_t)i, s);
    }
    return t;
}

static PyObject *compiled_restype(CompiledObject *self, void *unused)
{
    return PyUnicode_FromString(jit_type_name(jit_compiled_return_type(self->c)));
}

static PyObject *compiled_address(CompiledObject *self, void *unused)
{
    return PyLong_FromVoidPtr(jit_compiled_address(self->c));
}

static PyMethodDef compiled_methods[] = {
    {"dump", (PyCFunction)compiled_dump, METH_VARARGS,
     "dump(kind) -> str: 0 bytecode, 1 types, 2 llvm, 3 llvm-opt, 4 asm."},
    {"times", (PyCFunction)compiled_times, METH_NOARGS, "times() -> dict of milliseconds."},
    {NULL}};

static PyGetSetDef compiled_getset[] = {
    {"argtypes", (getter)compiled_argtypes, NULL, "argument type names", NULL},
    {"restype", (getter)compiled_restype, NULL, "return type name", NULL},
    {"address", (getter)compiled_address, NULL, "address of the natural-C-ABI entry", NULL},
    {NULL}};

static PyTypeObject CompiledType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "pyjit._pyjit.Compiled",
    .tp_basicsize = sizeof(CompiledObject),
    .tp_dealloc = (destructor)compiled_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "One compiled specialisation of a function.",
    .tp_methods = compiled_methods,
    .tp_getset = compiled_getset,
};

/* ---- returned arrays: a buffer exporter owning pyjit's memory ---- */

typedef struct {
    PyObject_HEAD jit_array a; /* owner: one nrt reference, or NULL (host memory) */
    PyObject *base;            /* host memory: the argument that owns it */
    Py_ssize_t shape[JIT_MAX_NDIM], strides[JIT_MAX_NDIM];
} ArrayBufObject;

static const char *kind_format(jit_kind k)
{
    switch (k) {
    case JIT_BOOL:
        return "?";
    case JIT_INT8:
        return "b";
    case JIT_UINT8:
        return "B";
    case JIT_INT16:
        return "h";
    case JIT_UINT16:
        return "H";
    case JIT_INT32:
        return "i";
    case JIT_UINT32:
        return "I";
    case JIT_INT64:
        return "q";
    case JIT_UINT64:
        return "Q";
    case JIT_FLOAT32:
        return "f";
    case JIT_FLOAT64:
        return "d";
    default:
        return NULL;
    }
}

static int arraybuf_getbuffer(ArrayBufObject *self, Py_buffer *view, int flags)
{
    const jit_array *a = &self->a;
    Py_ssize_t itemsize = (Py_ssize_t)jit_kind_size(a->dtype);
    Py_ssize_t n = 1;
    for (int i = 0; i < a->ndim; i++) {
        self->shape[i] = (Py_ssize_t)a->shape[i];
        self->strides[i] = (Py_ssize_t)a->strides[i];
        n *= self->shape[i];
    }
    view->buf = a->data;
    view->obj = Py_NewRef((PyObject *)self);
    view->len = n * itemsize;
    view->readonly = 0;
    view->itemsize = itemsize;
    view->format = (flags & PyBUF_FORMAT) ? (char *)kind_format(a->dtype) : NULL;
    view->ndim = a->ndim;
    view->shape = self->shape;
    view->strides = self->strides;
    view->suboffsets = NULL;
    view->internal = NULL;
    if ((flags & PyBUF_STRIDES) != PyBUF_STRIDES) {
        /* A consumer that cannot take strides gets contiguous data only. */
        Py_ssize_t s = itemsize;
        for (int i = a->ndim - 1; i >= 0; i--) {
            if (self->shape[i] != 1 && self->strides[i] != s) {
                Py_CLEAR(view->obj);
                PyErr_SetString(PyExc_BufferError, "pyjit array is not C-contiguous");
                return -1;
            }
            s *= self->shape[i];
        }
        view->strides = NULL;
    }
    return 0;
}

static void arraybuf_dealloc(ArrayBufObject *self)
{
    jit_array_release(&self->a); /* no-op for host memory */
    Py_XDECREF(self->base);
    PyObject_Free(self);
}

static PyBufferProcs arraybuf_as_buffer = {
    .bf_getbuffer = (getbufferproc)arraybuf_getbuffer,
};

static PyTypeObject ArrayBufType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "pyjit._pyjit.ArrayBuffer",
    .tp_basicsize = sizeof(ArrayBufObject),
    .tp_dealloc = (destructor)arraybuf_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Memory of an array returned by compiled code (freed when the last view dies).",
    .tp_as_buffer = &arraybuf_as_buffer,
};

/* One argument as the dispatcher sees it. */
typedef struct {
    PyObject *obj;
    jit_kind kind; /* of the value */
    bool has_buf;
    Py_buffer buf;
    jit_array *arr; /* JIT_ARRAY: view of buf (PyMem_Malloc'd) */
    char layout;    /* 'C' or 'A' */
} Arg;

/* Wraps an array result; takes over its reference. With owner NULL the data
 * is an argument's memory: the view keeps that argument alive. */
static PyObject *array_to_python(jit_array *a, Arg *args, int nargs)
{
    ArrayBufObject *o = PyObject_New(ArrayBufObject, &ArrayBufType);
    if (!o) {
        jit_array_release(a);
        return NULL;
    }
    o->a = *a;
    o->base = NULL;
    memset(a, 0, sizeof *a);
    if (!o->a.owner) {
        /* Host memory: a view of the argument whose memory holds the data
         * (that argument keeps it alive). */
        int best = -1;
        for (int i = 0; i < nargs; i++) {
            if (!args[i].has_buf || !args[i].arr)
                continue;
            if (best < 0)
                best = i;
            const jit_array *x = args[i].arr;
            char *lo = x->data, *hi = x->data;
            for (int k = 0; k < x->ndim; k++) {
                int64_t ext = (x->shape[k] - 1) * x->strides[k];
                if (ext < 0)
                    lo += ext;
                else
                    hi += ext;
            }
            hi += jit_kind_size(x->dtype);
            if ((char *)o->a.data >= lo && (char *)o->a.data < hi) {
                best = i;
                break;
            }
        }
        if (best >= 0)
            o->base = Py_NewRef(args[best].buf.obj ? args[best].buf.obj : args[best].obj);
    }
    PyObject *r = np_asarray == Py_None ? PyMemoryView_FromObject((PyObject *)o)
                                        : PyObject_CallOneArg(np_asarray, (PyObject *)o);
    Py_DECREF(o);
    return r;
}

/* ---- argument conversion ---- */

static jit_kind buffer_kind(const Py_buffer *b)
{
    const char *f = b->format ? b->format : "B";
    if (*f == '@' || *f == '=' || *f == '<')
        f++;
    else if (*f == '>' || *f == '!')
        return JIT_NONE; /* big-endian data */
    if (f[0] == 0 || f[1] != 0)
        return JIT_NONE;
    bool sgn;
    switch (*f) {
    case '?':
        return b->itemsize == 1 ? JIT_BOOL : JIT_NONE;
    case 'f':
        return b->itemsize == 4 ? JIT_FLOAT32 : JIT_NONE;
    case 'd':
        return b->itemsize == 8 ? JIT_FLOAT64 : JIT_NONE;
    case 'b':
    case 'h':
    case 'i':
    case 'l':
    case 'q':
    case 'n':
        sgn = true;
        break;
    case 'B':
    case 'H':
    case 'I':
    case 'L':
    case 'Q':
    case 'N':
        sgn = false;
        break;
    default:
        return JIT_NONE;
    }
    switch (b->itemsize) {
    case 1:
        return sgn ? JIT_INT8 : JIT_UINT8;
    case 2:
        return sgn ? JIT_INT16 : JIT_UINT16;
    case 4:
        return sgn ? JIT_INT32 : JIT_UINT32;
    case 8:
        return sgn ? JIT_INT64 : JIT_UINT64;
    default:
        return JIT_NONE;
    }
}

static void arg_release(Arg *a)
{
    if (a->has_buf) {
        PyBuffer_Release(&a->buf);
        a->has_buf = false;
    }
    if (a->arr) {
        PyMem_Free(a->arr);
        a->arr = NULL;
    }
}

/* Classifies one argument; arrays get their buffer. -1 + exception on failure. */
static int arg_classify(Arg *a, PyObject *o, const char *fname, int index)
{
    PyTypeObject *t = Py_TYPE(o);
    a->obj = o;
    a->has_buf = false;
    a->arr = NULL;
    if (t == &PyFloat_Type) {
        a->kind = JIT_FLOAT64;
        return 0;
    }
    if (t == &PyLong_Type) {
        a->kind = JIT_INT64;
        return 0;
    }
    if (t == &PyBool_Type) {
        a->kind = JIT_BOOL;
        return 0;
    }
    if (o == Py_None) {
        a->kind = JIT_NONE;
        return 0;
    }
    if (t == &PyTuple_Type) {
        a->kind = JIT_TUPLE;
        return 0;
    }
    for (int i = 0; i < nscalar_types; i++)
        if (scalar_types[i].type == t) {
            a->kind = scalar_types[i].kind;
            return 0;
        }
    if (PyBool_Check(o)) {
        a->kind = JIT_BOOL;
        return 0;
    }
    if (PyFloat_Check(o)) {
        a->kind = JIT_FLOAT64;
        return 0;
    }
    if (PyLong_Check(o)) {
        a->kind = JIT_INT64;
        return 0;
    }
    if (PyTuple_Check(o)) {
        a->kind = JIT_TUPLE;
        return 0;
    }
    if (PyObject_CheckBuffer(o) && !PyBytes_Check(o) && !PyByteArray_Check(o)) {
        if (PyObject_GetBuffer(o, &a->buf, PyBUF_RECORDS) < 0) {
            /* NumPy says ValueError, others BufferError: read-only if a
             * read-only request works. */
            PyObject *et, *ev, *tb;
            PyErr_Fetch(&et, &ev, &tb);
            if (PyObject_GetBuffer(o, &a->buf, PyBUF_RECORDS_RO) == 0) {
                PyBuffer_Release(&a->buf);
                Py_XDECREF(et);
                Py_XDECREF(ev);
                Py_XDECREF(tb);
                PyErr_Format(PyExc_TypeError,
                             "%s(): argument %d is a read-only array; pyjit passes arrays "
                             "zero-copy and needs writable ones (use a copy)",
                             fname, index + 1);
            } else {
                PyErr_Clear();
                PyErr_Restore(et, ev, tb);
            }
            return -1;
        }
        a->has_buf = true;
        jit_kind k = buffer_kind(&a->buf);
        if (k == JIT_NONE || a->buf.ndim < 1 || a->buf.ndim > JIT_MAX_NDIM) {
            PyErr_Format(PyExc_TypeError,
                         "%s(): argument %d: unsupported array (format '%s', %d dimensions); "
                         "pyjit takes 1-%d dimensional arrays of bool, int8..uint64, float32, "
                         "float64 in native byte order",
                         fname, index + 1, a->buf.format ? a->buf.format : "B", a->buf.ndim,
                         JIT_MAX_NDIM);
            arg_release(a);
            return -1;
        }
        jit_array *ar = a->arr = PyMem_Malloc(sizeof *a->arr);
        if (!ar) {
            arg_release(a);
            PyErr_NoMemory();
            return -1;
        }
        ar->data = a->buf.buf;
        ar->dtype = k;
        ar->ndim = a->buf.ndim;
        ar->owner = NULL;
        for (int i = 0; i < a->buf.ndim; i++) {
            ar->shape[i] = a->buf.shape[i];
            ar->strides[i] = a->buf.strides[i];
        }
        /* 'C' exactly when the API types the value as C layout (docs/c-api.md). */
        int64_t s = (int64_t)jit_kind_size(k);
        a->layout = 'C';
        for (int i = ar->ndim - 1; i >= 0; i--) {
            if (ar->shape[i] != 1 && ar->strides[i] != s) {
                a->layout = 'A';
                break;
            }
            s *= ar->shape[i];
        }
        a->kind = JIT_ARRAY;
        return 0;
    }
    PyErr_Format(PyExc_TypeError,
                 "%s(): argument %d has type '%s', which pyjit cannot pass (supported: int, "
                 "float, bool, None, tuples of these, NumPy arrays and scalars)",
                 fname, index + 1, t->tp_name);
    return -1;
}

/* Integer value of o as a 64-bit pattern for kind k (OverflowError when it
 * does not fit). -1 + exception on failure: check PyErr_Occurred. */
static int unbox_int(PyObject *o, jit_kind k, int64_t *out)
{
    PyObject *idx = NULL;
    if (!PyLong_Check(o)) {
        bool is_bool = false; /* numpy.bool_: __index__ is deprecated */
        for (int i = 0; i < nscalar_types; i++)
            if (scalar_types[i].type == Py_TYPE(o))
                is_bool = scalar_types[i].kind == JIT_BOOL;
        if (!is_bool && Py_TYPE(o)->tp_as_number && Py_TYPE(o)->tp_as_number->nb_index)
            idx = PyNumber_Index(o);
        else {
            int t = PyObject_IsTrue(o); /* numpy.bool_ has no __index__ */
            if (t < 0)
                return -1;
            *out = t;
            return 0;
        }
        if (!idx)
            return -1;
        o = idx;
    }
    int rc = 0;
    if (k == JIT_UINT64) {
        unsigned long long u = PyLong_AsUnsignedLongLong(o);
        if (u == (unsigned long long)-1 && PyErr_Occurred())
            rc = -1;
        *out = (int64_t)u;
    } else {
        long long v = PyLong_AsLongLong(o);
        if (v == -1 && PyErr_Occurred())
            rc = -1;
        *out = v;
    }
    Py_XDECREF(idx);
    return rc;
}

static int unbox_double(PyObject *o, double *out)
{
    if (PyFloat_CheckExact(o)) {
        *out = PyFloat_AS_DOUBLE(o);
        return 0;
    }
    double d = PyFloat_AsDouble(o);
    if (d == -1.0 && PyErr_Occurred())
        return -1;
    *out = d;
    return 0;
}

/* Arrays found inside tuple arguments: their buffers stay held until the
 * call returns (arglist_release), and returned views of them keep them alive. */
typedef struct {
    Arg **v;
    int n, cap;
} ArgList;

static int arglist_push(ArgList *l, const Arg *a)
{
    if (l->n == l->cap) {
        int cap = l->cap ? l->cap * 2 : 4;
        Arg **nv = PyMem_Realloc(l->v, (size_t)cap * sizeof *nv);
        if (!nv)
            return -1;
        l->v = nv;
        l->cap = cap;
    }
    Arg *c = PyMem_Malloc(sizeof *c);
    if (!c)
        return -1;
    *c = *a;
    l->v[l->n++] = c;
    return 0;
}

static void arglist_release(ArgList *l)
{
    for (int i = 0; i < l->n; i++) {
        arg_release(l->v[i]);
        PyMem_Free(l->v[i]);
    }
    PyMem_Free(l->v);
    memset(l, 0, sizeof *l);
}

/* args followed by the tuple arrays of extra (shallow copies, read only:
 * where array_to_python looks for the memory of a returned view).
 * PyMem_Malloc'd; NULL + exception on failure. */
static Arg *args_with_extra(const Arg *args, int n, const ArgList *extra)
{
    Arg *all = PyMem_Malloc(((size_t)n + (size_t)extra->n + 1) * sizeof *all);
    if (!all) {
        PyErr_NoMemory();
        return NULL;
    }
    for (int i = 0; i < n; i++)
        all[i] = args[i];
    for (int i = 0; i < extra->n; i++)
        all[n + i] = *extra->v[i];
    return all;
}

/* Python value -> jit_value of the value's own kind (tuples recursively:
 * items malloc'd, freed by value_free). Arrays point at a->arr; arrays
 * inside tuples are classified here and kept in extra. */
static int to_jit_value(PyObject *o, jit_kind kind, jit_value *v, Arg *arrarg, ArgList *extra)
{
    memset(v, 0, sizeof *v);
    v->kind = kind;
    switch (kind) {
    case JIT_NONE:
        return 0;
    case JIT_BOOL: {
        int t = PyObject_IsTrue(o);
        if (t < 0)
            return -1;
        v->v.b = t;
        return 0;
    }
    case JIT_FLOAT32:
    case JIT_FLOAT64:
        return unbox_double(o, &v->v.f);
    case JIT_ARRAY:
        v->v.array = arrarg->arr;
        return 0;
    case JIT_TUPLE: {
        Py_ssize_t n = PyTuple_GET_SIZE(o);
        v->v.tuple.n = (size_t)n;
        v->v.tuple.items = n ? PyMem_RawCalloc((size_t)n, sizeof(jit_value)) : NULL;
        if (n && !v->v.tuple.items) {
            PyErr_NoMemory();
            return -1;
        }
        for (Py_ssize_t i = 0; i < n; i++) {
            PyObject *it = PyTuple_GET_ITEM(o, i);
            Arg sub;
            if (arg_classify(&sub, it, "tuple", (int)i) < 0)
                return -1;
            if (sub.kind == JIT_ARRAY) {
                if (arglist_push(extra, &sub) < 0) {
                    arg_release(&sub);
                    PyErr_NoMemory();
                    return -1;
                }
                v->v.tuple.items[i].kind = JIT_ARRAY;
                v->v.tuple.items[i].v.array = sub.arr;
                continue;
            }
            if (to_jit_value(it, sub.kind, &v->v.tuple.items[i], NULL, extra) < 0)
                return -1;
        }
        return 0;
    }
    default:
        if (kind_is_uint(kind)) {
            int64_t x;
            if (unbox_int(o, kind, &x) < 0)
                return -1;
            v->v.u = (uint64_t)x;
        } else {
            int64_t x;
            if (unbox_int(o, kind, &x) < 0)
                return -1;
            v->v.i = x;
        }
        return 0;
    }
}

static void value_free(jit_value *v)
{
    if (v->kind == JIT_TUPLE) {
        for (size_t i = 0; i < v->v.tuple.n; i++)
            value_free(&v->v.tuple.items[i]);
        PyMem_RawFree(v->v.tuple.items);
    }
    v->kind = JIT_NONE;
}

/* A value returned by jit_call -> Python (arrays take over the reference). */
static PyObject *from_jit_value(jit_value *v, Arg *args, int nargs)
{
    switch (v->kind) {
    case JIT_NONE:
        Py_RETURN_NONE;
    case JIT_BOOL:
        return PyBool_FromLong(v->v.b);
    case JIT_FLOAT32:
        return box_as_kind(JIT_FLOAT32, PyFloat_FromDouble(v->v.f));
    case JIT_FLOAT64:
        return PyFloat_FromDouble(v->v.f);
    case JIT_UINT8:
    case JIT_UINT16:
    case JIT_UINT32:
    case JIT_UINT64:
        return box_as_kind(v->kind, PyLong_FromUnsignedLongLong(v->v.u));
    case JIT_TUPLE: {
        PyObject *t = PyTuple_New((Py_ssize_t)v->v.tuple.n);
        for (size_t i = 0; t && i < v->v.tuple.n; i++) {
            PyObject *it = from_jit_value(&v->v.tuple.items[i], args, nargs);
            if (!it) {
                Py_CLEAR(t);
                break;
            }
            PyTuple_SET_ITEM(t, (Py_ssize_t)i, it);
        }
        return t;
    }
    case JIT_ARRAY:
        return v->v.array ? array_to_python(v->v.array, args, nargs) : NULL;
    default:
        return box_as_kind(v->kind, PyLong_FromLongLong(v->v.i));
    }
}

/* ---- Dispatcher ---- */

/* How one parameter is passed in the generic direct call. */
enum { PC_NONE, PC_INT, PC_F64, PC_F32, PC_ARRAY };

/* One compiled specialisation, found by the argument kinds (+ array dtype,
 * ndim, layout). Never freed before the dispatcher (calls may be running). */
typedef struct Entry {
    int nargs;
    jit_kind vkind[MAX_ARGS]; /* value kind per argument */
    PyTypeObject *vtype[MAX_ARGS];
    jit_kind adtype[MAX_ARGS]; /* arrays: dtype, ndim, layout */
    int andim[MAX_ARGS];
    char alayout[MAX_ARGS];
    jit_compiled *c;
    void *addr;
    bool fast; /* direct call (else jit_call) */
    unsigned char pcls[MAX_ARGS];
    jit_kind pkind[MAX_ARGS]; /* compiled parameter kind (scalars) */
    int rcls;                 /* 0 void/none, 1 int, 2 f64, 3 f32, 4 array, 5 bool */
    jit_kind rkind;
} Entry;

typedef struct {
    PyObject_HEAD vectorcallfunc vectorcall;
    PyObject *dict;
    PyObject *weakrefs;
    PyObject *host;   /* Python helper: _materialize(), introspection */
    PyObject *module; /* ModuleObject once materialized */
    jit_function *fn;
    PyObject *name;     /* str */
    PyObject *params;   /* tuple of parameter names */
    PyObject *defaults; /* tuple: defaults of the last parameters, or NULL */
    bool release_gil;
    int nentries, cap;
    Entry **entries;
    int ncompiled;
    jit_compiled *compiled[256]; /* distinct specialisations seen (overloads) */
} DispatcherObject;

static PyTypeObject DispatcherType;

static void note_compiled(DispatcherObject *d, jit_compiled *c)
{
    for (int i = 0; i < d->ncompiled; i++)
        if (d->compiled[i] == c)
            return;
    if (d->ncompiled < 256)
        d->compiled[d->ncompiled++] = c;
}

static jit_kind type_kind(const jit_type *t)
{
    static const jit_type *(*const ctors[])(void) = {
        jit_type_none,   jit_type_bool,   jit_type_int8,    jit_type_int16,
        jit_type_int32,  jit_type_int64,  jit_type_uint8,   jit_type_uint16,
        jit_type_uint32, jit_type_uint64, jit_type_float32, jit_type_float64};
    for (int k = 0; k < (int)(sizeof ctors / sizeof ctors[0]); k++)
        if (ctors[k]() == t)
            return (jit_kind)k;
    const char *n = jit_type_name(t);
    if (n && !strncmp(n, "array(", 6))
        return JIT_ARRAY;
    return JIT_TUPLE; /* tuples and anything else: through jit_call */
}

static int materialize(DispatcherObject *d)
{
    if (d->fn)
        return 0;
    PyObject *r = PyObject_CallMethod(d->host, "_materialize", NULL);
    if (!r)
        return -1;
    Py_DECREF(r);
    if (!d->fn) {
        PyErr_SetString(InternalError, "pyjit: dispatcher was not bound");
        return -1;
    }
    return 0;
}

static bool entry_matches(const Entry *e, const Arg *args, int n)
{
    if (e->nargs != n)
        return false;
    for (int i = 0; i < n; i++) {
        if (e->vkind[i] != args[i].kind || e->vtype[i] != Py_TYPE(args[i].obj))
            return false;
        if (args[i].kind == JIT_ARRAY &&
            (e->adtype[i] != args[i].arr->dtype || e->andim[i] != args[i].arr->ndim ||
             e->alayout[i] != args[i].layout))
            return false;
    }
    return true;
}

/* Builds the entry for compiled c and these arguments. */
static Entry *entry_new(DispatcherObject *d, jit_compiled *c, const Arg *args, int n)
{
    Entry *e = PyMem_Calloc(1, sizeof *e);
    if (!e) {
        PyErr_NoMemory();
        return NULL;
    }
    e->nargs = n;
    e->c = c;
    e->addr = jit_compiled_address(c);
    bool fast = FAST_NINT > 0 && e->addr && (int)jit_compiled_nargs(c) == n;
    int nint = 0, nflt = 0;
    jit_context *ctx = ((ContextObject *)((ModuleObject *)d->module)->context)->ctx;
    for (int i = 0; i < n; i++) {
        e->vkind[i] = args[i].kind;
        e->vtype[i] = Py_TYPE(args[i].obj);
        if (args[i].kind == JIT_ARRAY) {
            e->adtype[i] = args[i].arr->dtype;
            e->andim[i] = args[i].arr->ndim;
            e->alayout[i] = args[i].layout;
        }
        if (!fast)
            continue;
        const jit_type *pt = jit_compiled_arg_type(c, (size_t)i);
        jit_kind pk = type_kind(pt);
        e->pkind[i] = pk;
        if (pk == JIT_ARRAY) {
            /* Only when the compiled layout accepts every array with this key:
             * C-layout code is reused only for C-contiguous arguments. */
            if (args[i].kind != JIT_ARRAY ||
                (pt != jit_type_array(ctx, args[i].arr->dtype, args[i].arr->ndim, 'A') &&
                 pt != jit_type_array(ctx, args[i].arr->dtype, args[i].arr->ndim, args[i].layout)))
                fast = false;
            e->pcls[i] = PC_ARRAY;
            nint++;
        } else if (pk == JIT_TUPLE || args[i].kind == JIT_TUPLE || args[i].kind == JIT_ARRAY) {
            fast = false;
        } else if (pk == JIT_NONE) {
            e->pcls[i] = PC_NONE;
        } else if (pk == JIT_FLOAT64) {
            e->pcls[i] = PC_F64;
            nflt++;
        } else if (pk == JIT_FLOAT32) {
            e->pcls[i] = PC_F32;
            nflt++;
        } else {
            e->pcls[i] = PC_INT;
            nint++;
        }
    }
    if (fast) {
        jit_kind rk = type_kind(jit_compiled_return_type(c));
        e->rkind = rk;
        if (rk == JIT_NONE)
            e->rcls = 0;
        else if (rk == JIT_BOOL)
            e->rcls = 5;
        else if (kind_is_int(rk))
            e->rcls = 1;
        else if (rk == JIT_FLOAT64)
            e->rcls = 2;
        else if (rk == JIT_FLOAT32)
            e->rcls = 3;
        else if (rk == JIT_ARRAY) {
            e->rcls = 4;
            nint++; /* the out-pointer */
        } else
            fast = false;
    }
    e->fast = fast && nint <= FAST_NINT && nflt <= FAST_NFLT;
    return e;
}

typedef int64_t (*GenI)(int64_t, int64_t, int64_t, int64_t, int64_t, int64_t, int64_t, int64_t,
                        double, double, double, double, double, double, double, double);
typedef double (*GenD)(int64_t, int64_t, int64_t, int64_t, int64_t, int64_t, int64_t, int64_t,
                       double, double, double, double, double, double, double, double);
typedef float (*GenF)(int64_t, int64_t, int64_t, int64_t, int64_t, int64_t, int64_t, int64_t,
                      double, double, double, double, double, double, double, double);

static PyObject *box_int_raw(jit_kind k, int64_t r)
{
    switch (k) {
    case JIT_INT8:
        return PyLong_FromLong((int8_t)r);
    case JIT_INT16:
        return PyLong_FromLong((int16_t)r);
    case JIT_INT32:
        return PyLong_FromLong((int32_t)r);
    case JIT_UINT8:
        return PyLong_FromLong((uint8_t)r);
    case JIT_UINT16:
        return PyLong_FromLong((uint16_t)r);
    case JIT_UINT32:
        return PyLong_FromUnsignedLong((uint32_t)r);
    case JIT_UINT64:
        return PyLong_FromUnsignedLongLong((uint64_t)r);
    default:
        return PyLong_FromLongLong(r);
    }
}

/* An integer result of kind k as CPython would hold it (numpy.int32 ...). */
static PyObject *box_int(jit_kind k, int64_t r)
{
    return box_as_kind(k, box_int_raw(k, r));
}

/* Direct call of a fast entry: integer-class arguments in order through the
 * integer registers, floating ones through the FP registers (float32 in the
 * low half of a double's bits, as the ABIs place it). */
static PyObject *call_fast(DispatcherObject *d, Entry *e, Arg *args, int n)
{
    int64_t ia[8] = {0};
    union {
        double d;
        float f;
        uint64_t bits;
    } fa[8];
    memset(fa, 0, sizeof fa);
    int ni = 0, nf = 0;
    jit_array out; /* array results only */
    if (e->rcls == 4) {
        memset(&out, 0, sizeof out);
        ia[ni++] = (int64_t)(intptr_t)&out;
    }
    for (int i = 0; i < n; i++) {
        PyObject *o = args[i].obj;
        switch (e->pcls[i]) {
        case PC_NONE:
            break;
        case PC_ARRAY:
            ia[ni++] = (int64_t)(intptr_t)args[i].arr;
            break;
        case PC_F64:
            if (unbox_double(o, &fa[nf].d) < 0)
                return NULL;
            nf++;
            break;
        case PC_F32: {
            double x;
            if (unbox_double(o, &x) < 0)
                return NULL;
            fa[nf].bits = 0;
            fa[nf].f = (float)x;
            nf++;
            break;
        }
        default: {
            int64_t x;
            if (args[i].kind == JIT_INT64 && PyLong_CheckExact(o)) {
                x = PyLong_AsLongLong(o);
                if (x == -1 && PyErr_Occurred())
                    return NULL;
                if (e->pkind[i] == JIT_UINT64 && x < 0) {
                    PyErr_SetString(PyExc_OverflowError, "can't convert negative int to unsigned");
                    return NULL;
                }
            } else if (unbox_int(o, e->pkind[i], &x) < 0)
                return NULL;
            if (e->pkind[i] == JIT_BOOL)
                x = x != 0;
            ia[ni++] = x;
        }
        }
    }
    int64_t ri = 0;
    double rd = 0;
    float rf = 0;
    void *addr = e->addr;
#define ARGS                                                                                       \
    ia[0], ia[1], ia[2], ia[3], ia[4], ia[5], ia[6], ia[7], fa[0].d, fa[1].d, fa[2].d, fa[3].d,    \
        fa[4].d, fa[5].d, fa[6].d, fa[7].d
    if (d->release_gil) {
        Py_BEGIN_ALLOW_THREADS;
        if (e->rcls == 2)
            rd = ((GenD)addr)(ARGS);
        else if (e->rcls == 3)
            rf = ((GenF)addr)(ARGS);
        else
            ri = ((GenI)addr)(ARGS);
        Py_END_ALLOW_THREADS;
    } else {
        if (e->rcls == 2)
            rd = ((GenD)addr)(ARGS);
        else if (e->rcls == 3)
            rf = ((GenF)addr)(ARGS);
        else
            ri = ((GenI)addr)(ARGS);
    }
#undef ARGS
    jit_error *err = jit_take_error();
    if (err) {
        if (e->rcls == 4)
            jit_array_release(&out);
        return raise_jit_error(err);
    }
    switch (e->rcls) {
    case 0:
        Py_RETURN_NONE;
    case 1:
        return box_int(e->rkind, ri);
    case 2:
        return PyFloat_FromDouble(rd);
    case 3:
        return box_as_kind(JIT_FLOAT32, PyFloat_FromDouble((double)rf));
    case 5:
        return PyBool_FromLong((uint8_t)ri != 0);
    default:
        return array_to_python(&out, args, n);
    }
}

/* Everything else (tuples, many arguments): jit_call with the GIL released. */
static PyObject *call_slow(DispatcherObject *d, Arg *args, int n)
{
    jit_value vals[MAX_ARGS];
    int nv = 0;
    PyObject *result = NULL;
    ArgList extra = {0};
    for (; nv < n; nv++)
        if (to_jit_value(args[nv].obj, args[nv].kind, &vals[nv], &args[nv], &extra) < 0) {
            value_free(&vals[nv]);
            goto out;
        }
    jit_value ret;
    jit_error *err = NULL;
    int rc;
    Py_BEGIN_ALLOW_THREADS rc = jit_call(d->fn, vals, (size_t)n, &ret, &err);
    Py_END_ALLOW_THREADS if (rc != 0)
    {
        raise_jit_error(err);
        goto out;
    }
    if (extra.n) {
        Arg *all = args_with_extra(args, n, &extra);
        if (all)
            result = from_jit_value(&ret, all, n + extra.n);
        PyMem_Free(all);
    } else
        result = from_jit_value(&ret, args, n);
    jit_value_clear(&ret);
out:
    for (int i = 0; i < nv; i++)
        value_free(&vals[i]);
    arglist_release(&extra);
    return result;
}

/* Finds (or compiles) the specialisation for args and calls it. */
static PyObject *dispatch_call(DispatcherObject *d, Arg *args, int n)
{
    for (int i = 0; i < d->nentries; i++) {
        Entry *e = d->entries[i];
        if (entry_matches(e, args, n))
            return e->fast ? call_fast(d, e, args, n) : call_slow(d, args, n);
    }
    if (materialize(d) < 0)
        return NULL;
    /* Compile (or find) the specialisation: the GIL is released meanwhile. */
    jit_value vals[MAX_ARGS];
    int nv = 0;
    bool has_tuple = false;
    ArgList extra = {0};
    for (; nv < n; nv++) {
        if (args[nv].kind == JIT_TUPLE)
            has_tuple = true;
        if (to_jit_value(args[nv].obj, args[nv].kind, &vals[nv], &args[nv], &extra) < 0) {
            value_free(&vals[nv]);
            for (int i = 0; i < nv; i++)
                value_free(&vals[i]);
            arglist_release(&extra);
            return NULL;
        }
    }
    jit_error *err = NULL;
    jit_compiled *c;
    Py_BEGIN_ALLOW_THREADS c = jit_dispatch(d->fn, vals, (size_t)n, &err);
    Py_END_ALLOW_THREADS for (int i = 0; i < nv; i++) value_free(&vals[i]);
    arglist_release(&extra);
    if (!c)
        return raise_jit_error(err);
    note_compiled(d, c);
    if (has_tuple) /* a tuple's key is its items' types: no entry */
        return call_slow(d, args, n);
    Entry *e = entry_new(d, c, args, n);
    if (!e)
        return NULL;
    /* Another thread may have added the same key meanwhile: harmless. */
    if (d->nentries == d->cap) {
        int cap = d->cap ? d->cap * 2 : 4;
        Entry **ne = PyMem_Realloc(d->entries, (size_t)cap * sizeof *ne);
        if (!ne) {
            PyMem_Free(e);
            return PyErr_NoMemory();
        }
        d->entries = ne;
        d->cap = cap;
    }
    d->entries[d->nentries++] = e;
    return e->fast ? call_fast(d, e, args, n) : call_slow(d, args, n);
}

/* Binds positional + keyword arguments and defaults to bound[]. */
static int bind_args(DispatcherObject *d, PyObject *const *argv, Py_ssize_t nargs,
                     PyObject *kwnames, PyObject **bound, int *nbound)
{
    Py_ssize_t np = d->params ? PyTuple_GET_SIZE(d->params) : nargs;
    const char *fname = PyUnicode_AsUTF8(d->name);
    if (nargs > np || np > MAX_ARGS) {
        PyErr_Format(PyExc_TypeError, "%s() takes %zd positional argument%s but %zd %s given",
                     fname, np, np == 1 ? "" : "s", nargs, nargs == 1 ? "was" : "were");
        return -1;
    }
    for (Py_ssize_t i = 0; i < np; i++)
        bound[i] = i < nargs ? argv[i] : NULL;
    Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    for (Py_ssize_t k = 0; k < nkw; k++) {
        PyObject *key = PyTuple_GET_ITEM(kwnames, k);
        Py_ssize_t i = 0;
        for (; i < np; i++) {
            int eq = PyUnicode_Compare(PyTuple_GET_ITEM(d->params, i), key);
            if (eq == 0)
                break;
        }
        if (i == np) {
            PyErr_Format(PyExc_TypeError, "%s() got an unexpected keyword argument '%U'", fname,
                         key);
            return -1;
        }
        if (bound[i]) {
            PyErr_Format(PyExc_TypeError, "%s() got multiple values for argument '%U'", fname, key);
            return -1;
        }
        bound[i] = argv[nargs + k];
    }
    Py_ssize_t ndef = d->defaults ? PyTuple_GET_SIZE(d->defaults) : 0;
    for (Py_ssize_t i = 0; i < np; i++) {
        if (bound[i])
            continue;
        Py_ssize_t j = i - (np - ndef);
        if (j < 0) {
            PyErr_Format(PyExc_TypeError, "%s() missing required argument: '%U'", fname,
                         PyTuple_GET_ITEM(d->params, i));
            return -1;
        }
        bound[i] = PyTuple_GET_ITEM(d->defaults, j);
    }
    *nbound = (int)np;
    return 0;
}

static PyObject *dispatcher_vectorcall(PyObject *self, PyObject *const *argv, size_t nargsf,
                                       PyObject *kwnames)
{
    DispatcherObject *d = (DispatcherObject *)self;
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    PyObject *bound[MAX_ARGS];
    PyObject *const *av = argv;
    int n = (int)nargs;
    if (kwnames || !d->params || nargs != PyTuple_GET_SIZE(d->params)) {
        if (!d->params && materialize(d) < 0)
            return NULL;
        if (bind_args(d, argv, nargs, kwnames, bound, &n) < 0)
            return NULL;
        av = bound;
    }
    Arg args[MAX_ARGS];
    const char *fname = NULL;
    for (int i = 0; i < n; i++) {
        PyTypeObject *t = Py_TYPE(av[i]);
        args[i].obj = av[i];
        args[i].has_buf = false;
        args[i].arr = NULL;
        if (t == &PyFloat_Type)
            args[i].kind = JIT_FLOAT64;
        else if (t == &PyLong_Type)
            args[i].kind = JIT_INT64;
        else {
            if (!fname)
                fname = PyUnicode_AsUTF8(d->name);
            if (arg_classify(&args[i], av[i], fname, i) < 0) {
                for (int j = 0; j < i; j++)
                    arg_release(&args[j]);
                return NULL;
            }
        }
    }
    PyObject *r = dispatch_call(d, args, n);
    for (int i = 0; i < n; i++)
        arg_release(&args[i]);
    return r;
}

static PyObject *dispatcher_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
    PyObject *host, *name;
    int release_gil = 1;
    static char *kwlist[] = {"host", "name", "release_gil", NULL};
    if (!PyArg_ParseTupleAndKeywords(args, kw, "OU|p", kwlist, &host, &name, &release_gil))
        return NULL;
    DispatcherObject *d = (DispatcherObject *)type->tp_alloc(type, 0);
    if (!d)
        return NULL;
    d->vectorcall = dispatcher_vectorcall;
    d->host = Py_NewRef(host);
    d->name = Py_NewRef(name);
    d->release_gil = release_gil;
    return (PyObject *)d;
}

static int dispatcher_traverse(DispatcherObject *d, visitproc visit, void *arg)
{
    Py_VISIT(d->dict);
    Py_VISIT(d->host);
    Py_VISIT(d->module);
    Py_VISIT(d->defaults);
    return 0;
}

static int dispatcher_clear(DispatcherObject *d)
{
    Py_CLEAR(d->dict);
    Py_CLEAR(d->host);
    Py_CLEAR(d->defaults);
    return 0; /* module/fn stay: compiled code may still be referenced */
}

static void dispatcher_dealloc(DispatcherObject *d)
{
    PyObject_GC_UnTrack(d);
    if (d->weakrefs)
        PyObject_ClearWeakRefs((PyObject *)d);
    dispatcher_clear(d);
    Py_CLEAR(d->module);
    Py_CLEAR(d->name);
    Py_CLEAR(d->params);
    for (int i = 0; i < d->nentries; i++)
        PyMem_Free(d->entries[i]);
    PyMem_Free(d->entries);
    Py_TYPE(d)->tp_free((PyObject *)d);
}

/* Unknown attributes come from the Python host (inspect_*, signatures, ...). */
static PyObject *dispatcher_getattro(PyObject *self, PyObject *name)
{
    PyObject *r = PyObject_GenericGetAttr(self, name);
    DispatcherObject *d = (DispatcherObject *)self;
    if (r || !d->host || !PyErr_ExceptionMatches(PyExc_AttributeError))
        return r;
    PyErr_Clear();
    PyObject *fwd = PyObject_GetAttr(d->host, name);
    if (!fwd && PyErr_ExceptionMatches(PyExc_AttributeError)) {
        PyErr_Clear();
        PyErr_Format(PyExc_AttributeError, "'pyjit.Dispatcher' object has no attribute '%U'", name);
    }
    return fwd;
}

static PyObject *dispatcher_bind(DispatcherObject *d, PyObject *args)
{
    PyObject *module, *params, *defaults;
    const char *fname;
    if (!PyArg_ParseTuple(args, "O!sO!O", &ModuleType, &module, &fname, &PyTuple_Type, &params,
                          &defaults))
        return NULL;
    jit_function *fn = jit_module_function(((ModuleObject *)module)->mod, fname);
    if (!fn) {
        PyErr_Format(InternalError, "pyjit: no function '%s' in the generated module", fname);
        return NULL;
    }
    if (PyTuple_GET_SIZE(params) > MAX_ARGS) {
        PyErr_Format(PyExc_TypeError, "pyjit: at most %d parameters", MAX_ARGS);
        return NULL;
    }
    Py_XSETREF(d->module, Py_NewRef(module));
    Py_XSETREF(d->params, Py_NewRef(params));
    Py_XSETREF(d->defaults, defaults == Py_None ? NULL : Py_NewRef(defaults));
    d->fn = fn;
    Py_RETURN_NONE;
}

/* _compile(args_tuple): the specialisation for these example values, compiled
 * now (no call). Returns a Compiled. */
static PyObject *dispatcher_compile_for(DispatcherObject *d, PyObject *targs)
{
    if (!PyTuple_Check(targs)) {
        PyErr_SetString(PyExc_TypeError, "expected a tuple of arguments");
        return NULL;
    }
    if (materialize(d) < 0)
        return NULL;
    int n = (int)PyTuple_GET_SIZE(targs);
    if (n > MAX_ARGS) {
        PyErr_SetString(PyExc_TypeError, "too many arguments");
        return NULL;
    }
    Arg args[MAX_ARGS];
    jit_value vals[MAX_ARGS];
    int na = 0, nv = 0;
    PyObject *result = NULL;
    ArgList extra = {0};
    const char *fname = PyUnicode_AsUTF8(d->name);
    for (; na < n; na++)
        if (arg_classify(&args[na], PyTuple_GET_ITEM(targs, na), fname, na) < 0)
            goto out;
    for (; nv < n; nv++)
        if (to_jit_value(args[nv].obj, args[nv].kind, &vals[nv], &args[nv], &extra) < 0) {
            value_free(&vals[nv]);
            goto out;
        }
    jit_error *err = NULL;
    jit_compiled *c;
    Py_BEGIN_ALLOW_THREADS c = jit_dispatch(d->fn, vals, (size_t)n, &err);
    Py_END_ALLOW_THREADS if (!c)
    {
        raise_jit_error(err);
        goto out;
    }
    note_compiled(d, c);
    result = compiled_wrap(d->module, c);
out:
    for (int i = 0; i < nv; i++)
        value_free(&vals[i]);
    for (int i = 0; i < na; i++)
        arg_release(&args[i]);
    arglist_release(&extra);
    return result;
}

static PyObject *dispatcher_compiled_list(DispatcherObject *d, PyObject *unused)
{
    PyObject *l = PyList_New(0);
    for (int i = 0; l && i < d->ncompiled; i++) {
        PyObject *c = compiled_wrap(d->module, d->compiled[i]);
        if (!c || PyList_Append(l, c) < 0) {
            Py_XDECREF(c);
            Py_CLEAR(l);
            break;
        }
        Py_DECREF(c);
    }
    return l;
}

static PyMethodDef dispatcher_methods[] = {
    {"_bind", (PyCFunction)dispatcher_bind, METH_VARARGS,
     "_bind(module, name, params, defaults): attaches the compiled module's function."},
    {"_compile_for", (PyCFunction)dispatcher_compile_for, METH_O,
     "_compile_for(args) -> Compiled for these example arguments (no call)."},
    {"_compiled", (PyCFunction)dispatcher_compiled_list, METH_NOARGS,
     "_compiled() -> list of Compiled specialisations, in order of creation."},
    {NULL}};

static PyObject *dispatcher_get_name(DispatcherObject *d, void *unused)
{
    return Py_NewRef(d->name);
}

static PyObject *dispatcher_get_host(DispatcherObject *d, void *unused)
{
    return Py_NewRef(d->host ? d->host : Py_None);
}

static PyObject *dispatcher_get_nentries(DispatcherObject *d, void *unused)
{
    return PyLong_FromLong(d->nentries);
}

static PyMemberDef dispatcher_members[] = {{"_release_gil", T_BOOL,
                                            offsetof(DispatcherObject, release_gil), 0,
                                            "release the GIL around direct calls of compiled code"},
                                           {NULL}};

static PyGetSetDef dispatcher_getset[] = {
    {"_name", (getter)dispatcher_get_name, NULL, "function name", NULL},
    {"_host", (getter)dispatcher_get_host, NULL, "the Python helper", NULL},
    {"_nentries", (getter)dispatcher_get_nentries, NULL, "fast-path cache entries", NULL},
    {"__dict__", PyObject_GenericGetDict, PyObject_GenericSetDict, NULL, NULL},
    {NULL}};

/* As a class attribute it binds like a function (Numba's dispatchers do too). */
static PyObject *dispatcher_descr_get(PyObject *self, PyObject *obj, PyObject *type)
{
    if (!obj || obj == Py_None)
        return Py_NewRef(self);
    return PyMethod_New(self, obj);
}

static PyTypeObject DispatcherType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "pyjit.Dispatcher",
    .tp_basicsize = sizeof(DispatcherObject),
    .tp_dealloc = (destructor)dispatcher_dealloc,
    .tp_vectorcall_offset = offsetof(DispatcherObject, vectorcall),
    .tp_call = PyVectorcall_Call,
    .tp_getattro = dispatcher_getattro,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL,
    .tp_doc = "A @jit function: compiles per argument types on first call, then calls the "
              "machine code.",
    .tp_traverse = (traverseproc)dispatcher_traverse,
    .tp_clear = (inquiry)dispatcher_clear,
    .tp_weaklistoffset = offsetof(DispatcherObject, weakrefs),
    .tp_methods = dispatcher_methods,
    .tp_members = dispatcher_members,
    .tp_getset = dispatcher_getset,
    .tp_descr_get = dispatcher_descr_get,
    .tp_dictoffset = offsetof(DispatcherObject, dict),
    .tp_new = dispatcher_new,
};

/* ---- module functions ---- */

static PyObject *mod_register_scalar(PyObject *m, PyObject *args)
{
    PyObject *type;
    int kind;
    if (!PyArg_ParseTuple(args, "O!i", &PyType_Type, &type, &kind))
        return NULL;
    if (kind < JIT_BOOL || kind > JIT_FLOAT64) {
        PyErr_SetString(PyExc_ValueError, "bad kind");
        return NULL;
    }
    for (int i = 0; i < nscalar_types; i++)
        if (scalar_types[i].type == (PyTypeObject *)type) {
            scalar_types[i].kind = (jit_kind)kind;
            Py_RETURN_NONE;
        }
    if (nscalar_types == MAX_SCALAR_TYPES) {
        PyErr_SetString(PyExc_ValueError, "too many scalar types");
        return NULL;
    }
    Py_INCREF(type); /* kept for the process lifetime */
    if (kind != JIT_INT64 && kind != JIT_FLOAT64 && kind != JIT_BOOL && !box_types[kind])
        box_types[kind] = (PyTypeObject *)type;
    scalar_types[nscalar_types].type = (PyTypeObject *)type;
    scalar_types[nscalar_types].kind = (jit_kind)kind;
    nscalar_types++;
    Py_RETURN_NONE;
}

static PyObject *mod_set_asarray(PyObject *m, PyObject *fn)
{
    Py_XSETREF(np_asarray, Py_NewRef(fn));
    Py_RETURN_NONE;
}

static PyObject *mod_version(PyObject *m, PyObject *unused)
{
    return PyUnicode_FromString(jit_version());
}

/* _array_info(obj) -> (kind, ndim, layout) as the dispatcher classifies it;
 * for tests of the buffer path. */
static PyObject *mod_array_info(PyObject *m, PyObject *o)
{
    Arg a;
    if (arg_classify(&a, o, "_array_info", 0) < 0)
        return NULL;
    if (a.kind != JIT_ARRAY)
        return Py_BuildValue("(sis)", kind_names[a.kind], 0, "");
    PyObject *r = Py_BuildValue("(siC)", kind_names[a.arr->dtype], a.arr->ndim, a.layout);
    arg_release(&a);
    return r;
}

static PyMethodDef mod_methods[] = {
    {"_register_scalar", mod_register_scalar, METH_VARARGS,
     "_register_scalar(type, kind): values of `type` pass as that kind (NumPy scalars)."},
    {"_set_asarray", mod_set_asarray, METH_O,
     "_set_asarray(fn): converts returned array buffers (numpy.asarray)."},
    {"version", mod_version, METH_NOARGS, "libpyjit version string."},
    {"_array_info", mod_array_info, METH_O, "(dtype, ndim, layout) of an array argument."},
    {NULL}};

static struct PyModuleDef moddef = {
    PyModuleDef_HEAD_INIT,
    .m_name = "pyjit._pyjit",
    .m_doc = "pyjit's CPython binding of the C API (include/pyjit.h).",
    .m_size = -1,
    .m_methods = mod_methods,
};

PyMODINIT_FUNC PyInit__pyjit(void)
{
    PyTypeObject *types[] = {&ContextType, &ModuleType, &CompiledType, &ArrayBufType,
                             &DispatcherType};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (PyType_Ready(types[i]) < 0)
            return NULL;
    PyObject *m = PyModule_Create(&moddef);
    if (!m)
        return NULL;
    np_asarray = Py_NewRef(Py_None);
    TypingError = PyErr_NewExceptionWithDoc(
        "pyjit.TypingError", "pyjit cannot compile the function (text: file:line:col + caret).",
        PyExc_Exception, NULL);
    UnsupportedError = PyErr_NewExceptionWithDoc(
        "pyjit.UnsupportedError", "A construct pyjit does not compile.", TypingError, NULL);
    InternalError = PyErr_NewExceptionWithDoc(
        "pyjit.InternalError", "A bug in pyjit: please report it.", PyExc_RuntimeError, NULL);
    if (!TypingError || !UnsupportedError || !InternalError)
        return NULL;
    PyModule_AddObjectRef(m, "TypingError", TypingError);
    PyModule_AddObjectRef(m, "UnsupportedError", UnsupportedError);
    PyModule_AddObjectRef(m, "InternalError", InternalError);
    PyModule_AddObjectRef(m, "Context", (PyObject *)&ContextType);
    PyModule_AddObjectRef(m, "Module", (PyObject *)&ModuleType);
    PyModule_AddObjectRef(m, "Compiled", (PyObject *)&CompiledType);
    PyModule_AddObjectRef(m, "Dispatcher", (PyObject *)&DispatcherType);
    for (int k = JIT_NONE; k <= JIT_ARRAY; k++) {
        char name[32];
        snprintf(name, sizeof name, "KIND_%s", kind_names[k]);
        for (char *p = name; *p; p++)
            if (*p >= 'a' && *p <= 'z')
                *p = (char)(*p - 'a' + 'A');
        PyModule_AddIntConstant(m, name, k);
    }
    PyModule_AddIntConstant(m, "FAST_PATH", FAST_NINT > 0);
    return m;
}
