"""An expression tree: Num, Add, Mul, Neg subclasses with virtual eval(), __repr__ and simplify()."""


class Expr:
    def eval(self, env: dict[str, int]) -> int:
        raise NotImplementedError

    def simplify(self) -> "Expr":
        return self

    def size(self) -> int:
        return 1

    def __repr__(self) -> str:
        return "<expr>"


class Num(Expr):
    def __init__(self, v: int) -> None:
        self.v = v

    def eval(self, env: dict[str, int]) -> int:
        return self.v

    def __repr__(self) -> str:
        return str(self.v)


class Var(Expr):
    def __init__(self, name: str) -> None:
        self.name = name

    def eval(self, env: dict[str, int]) -> int:
        return env[self.name]

    def __repr__(self) -> str:
        return self.name


class BinOp(Expr):
    SYMBOL = "?"

    def __init__(self, left: Expr, right: Expr) -> None:
        self.left = left
        self.right = right

    def size(self) -> int:
        return 1 + self.left.size() + self.right.size()

    def __repr__(self) -> str:
        return f"({self.left!r} {self.SYMBOL} {self.right!r})"


class Add(BinOp):
    SYMBOL = "+"

    def eval(self, env: dict[str, int]) -> int:
        return self.left.eval(env) + self.right.eval(env)

    def simplify(self) -> Expr:
        l, r = self.left.simplify(), self.right.simplify()
        if isinstance(l, Num) and isinstance(r, Num):
            return Num(l.eval({}) + r.eval({}))
        return Add(l, r)


class Mul(BinOp):
    SYMBOL = "*"

    def eval(self, env: dict[str, int]) -> int:
        return self.left.eval(env) * self.right.eval(env)

    def simplify(self) -> Expr:
        l, r = self.left.simplify(), self.right.simplify()
        if isinstance(l, Num) and isinstance(r, Num):
            return Num(l.eval({}) * r.eval({}))
        return Mul(l, r)


class Neg(Expr):
    def __init__(self, inner: Expr) -> None:
        self.inner = inner

    def eval(self, env: dict[str, int]) -> int:
        return -self.inner.eval(env)

    def size(self) -> int:
        return 1 + self.inner.size()

    def __repr__(self) -> str:
        return f"-{self.inner!r}"


def parse(tokens: list[str]) -> Expr:
    """Prefix notation: + a b, * a b, ~ a, numbers and names."""
    tok = tokens.pop(0)
    if tok == "+":
        a = parse(tokens)
        return Add(a, parse(tokens))
    if tok == "*":
        a = parse(tokens)
        return Mul(a, parse(tokens))
    if tok == "~":
        return Neg(parse(tokens))
    if tok.isdigit():
        return Num(int(tok))
    return Var(tok)


def main() -> None:
    env = {"x": 3, "y": -4}
    e = Add(Mul(Num(2), Var("x")), Neg(Add(Var("y"), Num(10))))
    print(e, "=", e.eval(env), "size", e.size())
    for src in ["+ 1 2", "* + 1 2 + x 4", "~ * y y", "+ * 2 3 * x + 1 1", "* 7 ~ 6"]:
        t = parse(src.split())
        s = t.simplify()
        print(f"{src:<20} {t!r:<24} -> {s!r:<16} {t.eval(env):5d} {s.eval(env):5d}")
    exprs: list[Expr] = [Num(5), Var("x"), e, Neg(Num(1))]
    print([x.eval(env) for x in exprs], sum(x.size() for x in exprs))
    try:
        Var("z").eval(env)
    except KeyError as err:
        print("unbound", err)


if __name__ == "__main__":
    main()
