"""pyjit.types — Numba-style type objects for eager signatures.

float64, int64[:], float64[:, ::1], float64(float64, int64), UniTuple(float64, 3)
→ their Numba spelling (str(t)), which the compiler parses (jit_type_parse).
"""

__all__ = [
    "Type", "Array", "Signature", "UniTuple", "Tuple",
    "boolean", "bool_", "b1", "int8", "int16", "int32", "int64", "uint8", "uint16",
    "uint32", "uint64", "float32", "float64", "i1", "i2", "i4", "i8", "u1", "u2", "u4",
    "u8", "f4", "f8", "intp", "uintp", "none", "void",
]


class Type:
    """A pyjit type, named as Numba names it."""

    def __init__(self, name):
        self.name = name

    def __str__(self):
        return self.name

    def __repr__(self):
        return self.name

    def __eq__(self, other):
        if isinstance(other, Type):
            return self.name == other.name
        if isinstance(other, str):
            return self.name == other
        return NotImplemented

    def __hash__(self):
        return hash(self.name)

    def __call__(self, *args):
        """float64(float64, int64) -> a Signature."""
        if len(args) == 1 and isinstance(args[0], (tuple, list)):
            args = tuple(args[0])
        return Signature(self, args)

    def __getitem__(self, index):
        """int64[:] / float64[:, ::1] / float64[::1] -> an Array type."""
        if not isinstance(index, tuple):
            index = (index,)
        parts = []
        for i, s in enumerate(index):
            if not isinstance(s, slice) or s.start is not None or s.stop is not None:
                raise TypeError("array types are written like float64[:] or float64[:, ::1]")
            if s.step is None:
                parts.append(":")
            elif s.step == 1 and i == len(index) - 1:
                parts.append("::1")
            else:
                raise TypeError("only the last dimension may be ::1 (C layout)")
        return Array(self, len(index), "C" if parts[-1] == "::1" else "A", parts)


class Array(Type):
    def __init__(self, dtype, ndim, layout, parts=None):
        self.dtype, self.ndim, self.layout = dtype, ndim, layout
        if parts is None:
            parts = [":"] * ndim
            if layout == "C":
                parts[-1] = "::1"
        super().__init__("%s[%s]" % (dtype.name, ", ".join(parts)))


class Signature:
    """return_type(arg types...)."""

    def __init__(self, return_type, args):
        self.return_type = return_type
        self.args = tuple(args)

    def __str__(self):
        return "%s(%s)" % (self.return_type, ", ".join(str(a) for a in self.args))

    __repr__ = __str__

    def __eq__(self, other):
        return str(self) == str(other)

    def __hash__(self):
        return hash(str(self))


def UniTuple(dtype, count):
    return Type("UniTuple(%s, %d)" % (dtype, count))


def Tuple(items):
    items = list(items)
    return Type("(%s%s)" % (", ".join(str(t) for t in items), "," if len(items) == 1 else ""))


boolean = bool_ = b1 = Type("boolean")
int8 = i1 = Type("int8")
int16 = i2 = Type("int16")
int32 = i4 = Type("int32")
int64 = i8 = intp = Type("int64")
uint8 = u1 = Type("uint8")
uint16 = u2 = Type("uint16")
uint32 = u4 = Type("uint32")
uint64 = u8 = uintp = Type("uint64")
float32 = f4 = Type("float32")
float64 = f8 = Type("float64")
none = void = Type("none")


def from_name(name):
    """A Type for a type name printed by the compiler ("int64", "array(float64, 1d, C)")."""
    return Type(name)
