"""The py4 contract rules' codes, messages and hints, in one place.

Phase: typecheck (data). Both checkers that report a contract rule build its text here:
py4c's own inference (typecheck/*) and the mypy plugin (py4c/mypy_plugin.py), so that
`py4c check`, the language server and plain `mypy` with the plugin say the same thing
with the same code. `CODES` lists every code py4c's own checker reports, with one line
on what it means (docs/editors.md lists them; the migration report, py4c/explain.py,
tells them from mypy's).
"""

from __future__ import annotations

from py4c.types import INT_RANGES

# code -> what the rule is about (one line). Codes not listed here come from mypy.
CODES: dict[str, str] = {
    "dynamic": "eval/exec/compile/__import__, globals/locals/vars, getattr/setattr/delattr/hasattr with a run-time name",
    "metaclass": "a class with a metaclass",
    "multiple-inheritance": "a class with several bases",
    "finalizer": "a class that defines __del__",
    "class-attr-assign": "assignment to a class attribute (C.attr = v) or to a class constant through an instance",
    "method-assign": "assignment to a method (obj.method = f), as mypy's code of the same name",
    "nested-class": "a class defined inside a function or inside another class",
    "class-body": "a statement in a class body other than fields, constants, methods and docstrings",
    "decorator": "a decorator py4 does not know (functions: none; methods: staticmethod, classmethod, property; "
                 "classes: dataclass)",
    "async": "async def, async for, async with, await and async comprehensions",
    "star-params": "*args / **kwargs parameters",
    "star-import": "from module import *",
    "unsupported-import": "an import of a module (or a name of it) py4c cannot compile",
    "unsupported-builtin": "a built-in function py4c does not compile",
    "no-untyped-def": "a def or a parameter without a type annotation",
    "mixed-type": "a container display, and/or, a conditional or min/max whose operands differ in type",
    "value-range": "a constant out of range for i64, i32 or u8",
    "value-narrowing": "an int stored where an i32 or u8 is declared, without a conversion (a warning)",
    "not-deep-value": "a frozen dataclass with a mutable field (a warning; an error under --strict-frozen)",
    "float-promotion": "an int stored where a float is declared",
    "bool-promotion": "a bool stored where an int is declared",
    "set-order": "printing or iterating a set, whose order differs between CPython and py4c",
    "unhashable": "a set item or dict key of a mutable type",
    "py4c-infer": "a type py4c cannot infer (annotate it)",
    "used-before-def": "a name read before it is assigned",
    "too-deep": "nesting deeper than py4c's limit",
    "import-cycle": "program modules that import each other in a cycle",
    "value-error": "a constant format string that CPython would reject when it runs",
    "syntax": "a syntax error",
    "unsupported": "a construct py4c does not implement yet",
}

# the codes py4c's mypy plugin reports too (mypy_plugin.py), with the same messages
PLUGIN_CODES = frozenset({"value-range", "dynamic", "metaclass", "multiple-inheritance", "finalizer", "nested-class",
                          "class-body", "decorator", "not-deep-value", "class-attr-assign"})

# ------------------------------------------------------------------ dynamic features

DYNAMIC_BUILTINS = {
    "eval": "it runs code given as a string", "exec": "it runs code given as a string",
    "compile": "it compiles code given as a string", "__import__": "it imports a module named at run time",
    "getattr": "it reads an attribute named at run time", "setattr": "it sets an attribute named at run time",
    "delattr": "it deletes an attribute named at run time", "hasattr": "it tests an attribute named at run time",
    "globals": "it exposes the module's names as a dict", "locals": "it exposes a function's names as a dict",
    "vars": "it exposes an object's names as a dict",
}
# the built-ins that take an attribute name as their second argument: a constant name is fine
NAMED_ATTR_BUILTINS = ("getattr", "setattr", "delattr", "hasattr")

DYNAMIC_HINT = ("py4 resolves every name and attribute ahead of time; call the function or use the attribute "
                "directly (getattr(obj, 'name') with a constant name is allowed)")


def dynamic(name: str) -> str:
    return f"'{name}' is outside py4: {DYNAMIC_BUILTINS[name]}"


# ------------------------------------------------------------------ classes


def metaclass(cls: str) -> str:
    return f"class '{cls}' has a metaclass: metaclasses are outside py4"


METACLASS_HINT = "py4 classes are plain classes; use a base class or a decorator-free design"


def multiple_inheritance(cls: str) -> str:
    return f"class '{cls}' has several bases: py4 classes have single inheritance"


MULTIPLE_INHERITANCE_HINT = "keep one base class and hold the other as a field (composition)"

FINALIZER = ("'__del__' is not supported: CPython may run a finalizer late or never, compiled code would run it "
             "at once")
FINALIZER_HINT = "release resources explicitly, with a close() method or a `with` block"


def not_deep_value(cls: str, field: str, t: str) -> str:
    return f"frozen dataclass '{cls}' is not a deep value: field '{field}' has the mutable type '{t}'"


NOT_DEEP_VALUE_HINT = "use a tuple or a frozen dataclass for the field, so that the whole value is immutable"


def class_attr_assign(cls: str, attr: str) -> str:
    return f"assignment to class attribute '{cls}.{attr}' is outside py4: a class's attributes are fixed when it is defined"


CLASS_ATTR_ASSIGN_HINT = ("keep changing state in a module-level variable or in an instance field "
                          "(declared in the class body or assigned in __init__, then obj.attr = value)")

METHOD_ASSIGN = "Cannot assign to a method"  # mypy's own message for the same rule
METHOD_ASSIGN_HINT = ("py4 methods are fixed when the class is defined; store a callable in a field "
                      "(f: Callable[[int], int]) or subclass and override the method")

NESTED_CLASS_IN_FUNCTION = "classes inside functions are outside py4: a class is defined once, at module level"
NESTED_CLASS_IN_CLASS = "classes inside classes are outside py4: a class is defined once, at module level"
NESTED_CLASS_HINT = "move the class to module level"

CLASS_BODY = "this statement in a class body is outside py4"
CLASS_BODY_HINT = ("class bodies hold field annotations, constants, methods and docstrings; "
                   "put code in a method or at module level")

# ------------------------------------------------------------------ functions


def written_name(e: object) -> str:
    """A decorator as written (`dataclass`, `functools.cache`; the callee of a call)."""
    from py4c.frontend import ast

    if isinstance(e, ast.Call):
        return written_name(e.func)
    if isinstance(e, ast.Name):
        return e.id
    if isinstance(e, ast.Attribute):
        return f"{written_name(e.value)}.{e.attr}"
    return "this expression"


def decorator(what: str, name: str) -> str:
    return f"the {what} decorator '{name}' is outside py4"


DECORATOR_HINTS = {
    "function": "py4 functions are called directly; call the wrapper explicitly where you need it",
    "method": "py4 methods take @staticmethod, @classmethod, @property and @x.setter",
    "class": "py4 classes take @dataclass (with frozen=, eq=, order=)",
    "exception class": "exception classes take no decorator",
}

ASYNC_HINT = "py4 programs are synchronous: write a plain def, for or with"


def async_construct(what: str) -> str:
    return f"{what} is outside py4: py4 has no event loop"


# ------------------------------------------------------------------ built-ins and modules

UNSUPPORTED_BUILTIN_HINT = ("py4c compiles the common built-ins (print, len, range, min, max, sorted, sum, ...); "
                            "write this one as a loop or a helper function")


def unsupported_builtin(name: str) -> str:
    return f"the built-in '{name}' is not supported by py4c"


# ------------------------------------------------------------------ value integers

VALUE_INTS = ("i64", "i32", "u8")


def value_range(value: int, kind: str) -> str:
    lo, hi = INT_RANGES[kind]
    return f"constant {value} is out of range for {kind} ({lo}..{hi})"


def value_range_hint(kind: str) -> str:
    wider = {"u8": "i32 or i64", "i32": "i64", "i64": "int"}.get(kind, "a wider type")
    return f"use a constant that fits, or the wider type {wider}"


def widening(to: str, text: str) -> str:
    """The hint for a value of a narrower (or other) width where `to` is expected."""
    return f"write {to}({text}) to convert explicitly"


def narrowing(to: str, text: str) -> str:
    return f"write {to}({text}) to convert explicitly; it raises OverflowError if the value does not fit in {to}"


def implicit_narrowing(target: str, where: str) -> str:
    return f"int value narrowed to {target} implicitly ({where}): it raises OverflowError if it does not fit"


def span_text(path: str, line: int, col: int, end_line: int, end_col: int) -> str | None:
    """The source text of a one-line span (1-based columns, end exclusive), or None."""
    if end_line != line or end_col <= col:
        return None
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            lines = f.read().splitlines()
    except OSError:
        return None
    if not 1 <= line <= len(lines):
        return None
    text = lines[line - 1][col - 1:end_col - 1].strip()
    return text or None


def conversion_hint(source: str, target: str, text: str) -> str:
    """What to write for a `source` value where a `target` value integer is expected."""
    lo_s, hi_s = INT_RANGES.get(source, (0, 0))
    lo_t, hi_t = INT_RANGES.get(target, (0, 0))
    if source in INT_RANGES and target in INT_RANGES and lo_t <= lo_s and hi_s <= hi_t:
        return widening(target, text)
    return narrowing(target, text)
