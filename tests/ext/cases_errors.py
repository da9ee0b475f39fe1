"""Calls of errors, run against the interpreted and the compiled module."""

from typing import Any, Callable


def _catch(m: Any, base: Any, thunk: Callable[[], object]) -> object:
    """Run thunk, catching `base` (a class of the module or a built-in) in CPython."""
    try:
        return ("returned", thunk())
    except base as e:
        return ("caught", type(e).__name__, str(e), e.args, type(e).__module__ == base.__module__)


def _details(m: Any, thunk: Callable[[], object]) -> object:
    try:
        thunk()
    except m.NotFound as e:
        return (e.what, e.code, e.args, isinstance(e, m.AppError), isinstance(e, Exception),
                type(e) is m.NotFound, e.__cause__, e.__context__)
    return None


def _cause(thunk: Callable[[], object]) -> object:
    try:
        thunk()
    except Exception as e:  # noqa: BLE001
        c = e.__cause__
        return (type(e).__name__, str(e), type(c).__name__, str(c), e.__suppress_context__)
    return None


def _key(thunk: Callable[[], object]) -> object:
    try:
        thunk()
    except KeyError as e:
        return ("KeyError", e.args, type(e.args[0]).__name__, repr(e))
    return None


def cases(m: Any) -> list[tuple[str, Callable[[], object]]]:
    return [
        ("value error", lambda: m.check_positive(-3)),
        ("value error ok", lambda: m.check_positive(3)),
        ("int() of bad text", lambda: m.parse_int("12x")),
        ("int() of empty", lambda: m.parse_int("")),
        ("int() ok with spaces", lambda: m.parse_int(" -17 ")),
        ("float() of bad text", lambda: m.parse_float("one")),
        ("key error str", lambda: m.lookup({"a": 1}, "b")),
        ("key error str quote", lambda: m.lookup({}, "it's")),
        ("key error non-ascii", lambda: m.lookup({}, "clé😀")),
        ("key error int", lambda: m.lookup_int({1: "a"}, -5)),
        ("key error tuple", lambda: m.lookup_tuple({(1, "a"): 1}, (2, "b"))),
        ("key error args", lambda: _key(lambda: m.lookup({}, "missing"))),
        ("key error int args", lambda: _key(lambda: m.lookup_int({}, 7))),
        ("key error tuple args", lambda: _key(lambda: m.lookup_tuple({}, (1, "x")))),
        ("key error from pop", lambda: m.pop_key({"a": 1}, "z")),
        ("key error explicit", lambda: _key(m.key_error_custom)),
        ("key error explicit int", lambda: _key(m.key_error_int)),
        ("index error list", lambda: m.item([1, 2], 2)),
        ("index error negative", lambda: m.item([1, 2], -3)),
        ("index negative ok", lambda: m.item([1, 2], -1)),
        ("index error str", lambda: m.char_at("abc", 5)),
        ("index error pop empty", lambda: m.pop_empty()),
        ("zero division //", lambda: m.divide(1, 0)),
        ("zero division %", lambda: m.modulo(1, 0)),
        ("zero division float /", lambda: m.fdivide(1.0, 0.0)),
        ("zero division int /", lambda: m.ratio(1, 0)),
        ("floor division ok", lambda: (m.divide(-7, 2), m.modulo(-7, 2), m.ratio(7, 2))),
        ("assertion with message", lambda: m.must_be_even(3)),
        ("assertion ok", lambda: m.must_be_even(4)),
        ("bare assertion", lambda: m.bare_assert(False)),
        ("user exception", lambda: m.find_user({"a": 1}, "b")),
        ("user exception ok", lambda: m.find_user({"a": 1}, "a")),
        ("user exception fields", lambda: _details(m, lambda: m.find_user({}, "zed"))),
        ("user exception deep fields", lambda: _details(m, lambda: m.deep_user(20))),
        ("caught by base class", lambda: _catch(m, m.AppError, lambda: m.find_user({}, "x"))),
        ("caught by middle class", lambda: _catch(m, m.Invalid, lambda: m.validate("admin"))),
        ("caught by Exception", lambda: _catch(m, Exception, lambda: m.validate(""))),
        ("base class raised", lambda: _catch(m, m.AppError, lambda: m.app_error("plain"))),
        ("not caught by sibling", lambda: _catch(m, m.NotFound, lambda: m.validate(""))),
        ("built-in caught by base", lambda: _catch(m, LookupError, lambda: m.lookup({}, "k"))),
        ("arithmetic caught by base", lambda: _catch(m, ArithmeticError, lambda: m.divide(5, 0))),
        ("exception classes", lambda: (issubclass(m.NotFound, m.AppError), issubclass(m.Conflict, m.Invalid),
                                       issubclass(m.AppError, Exception), issubclass(m.Invalid, m.NotFound),
                                       [c.__name__ for c in m.Conflict.__mro__])),
        ("raise module class from CPython", lambda: _catch(m, m.AppError, lambda: (_ for _ in ()).throw(m.NotFound("py")))),
        ("construct from CPython", lambda: (lambda e: (str(e), e.what, e.code, e.args))(m.NotFound("thing", 500))),
        ("three calls deep", lambda: m.level1(" b ")),
        ("three calls deep ok", lambda: m.level1(" a ")),
        ("recursive user error", lambda: m.deep_user(50)),
        ("caught inside, not leaked", lambda: m.caught_inside("zz")),
        ("caught inside, no error", lambda: m.caught_inside("a")),
        ("caught by base inside", lambda: [m.caught_base(n) for n in ("Bob", "", "admin")]),
        ("finally and handler inside", lambda: (m.finally_runs(1), m.finally_runs(-1))),
        ("re-raise after print", lambda: m.reraise(0)),
        ("re-raise path ok", lambda: m.reraise(3)),
        ("raise from", lambda: m.chained("x1")),
        ("raise from cause", lambda: _cause(lambda: m.chained("x1"))),
        ("finally prints then raises", lambda: m.raise_in_finally_cleanup(0)),
        ("finally prints ok", lambda: m.raise_in_finally_cleanup(4)),
        ("field of caught exception", lambda: m.code_of("nobody")),
        ("many errors caught inside", lambda: m.many_errors(10)),
        ("output before exception", lambda: m.print_then_raise(7)),
        ("not implemented", lambda: m.not_implemented()),
        ("runtime error", lambda: m.runtime("boom")),
        ("explicit type error", lambda: m.type_error()),
        ("still usable after errors", lambda: (m.check_positive(1), m.lookup({"k": 2}, "k"), m.caught_inside("a"))),
    ]
