"""A tokenizer for arithmetic expressions using slicing, plus a shunting-yard evaluator."""


def tokenize(src: str) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            out.append(src[i:j])
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            out.append(src[i:j])
            i = j
        elif src[i:i + 2] in ["**", "//", "==", "<=", ">="]:
            out.append(src[i:i + 2])
            i += 2
        else:
            out.append(ch)
            i += 1
    return out


def prec(op: str) -> int:
    if op in ["+", "-"]:
        return 1
    if op in ["*", "/", "//"]:
        return 2
    if op == "**":
        return 3
    return 0


def to_rpn(tokens: list[str]) -> list[str]:
    out: list[str] = []
    ops: list[str] = []
    for t in tokens:
        if t[0].isdigit():
            out.append(t)
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            while len(ops) > 0 and ops[-1] != "(" and (prec(ops[-1]) > prec(t) or (prec(ops[-1]) == prec(t) and t != "**")):
                out.append(ops.pop())
            ops.append(t)
    while len(ops) > 0:
        out.append(ops.pop())
    return out


def eval_rpn(rpn: list[str]) -> float:
    st: list[float] = []
    for t in rpn:
        if t[0].isdigit():
            st.append(float(t))
        else:
            b = st.pop()
            a = st.pop()
            if t == "+":
                st.append(a + b)
            elif t == "-":
                st.append(a - b)
            elif t == "*":
                st.append(a * b)
            elif t == "/":
                st.append(a / b)
            elif t == "//":
                st.append(a // b)
            elif t == "**":
                st.append(a ** b)
    return st[0]


def main() -> None:
    srcs = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "10 / 4 - 0.5", "7 // 2 + 1.5*2", "((4))", "2*(3+4)*(5-1)/7", "100-1-2-3"]
    for s in srcs:
        toks = tokenize(s)
        rpn = to_rpn(toks)
        print(f"{s:<20} {toks} {' '.join(rpn)} = {eval_rpn(rpn)!r}")
    print(tokenize("x_1 = foo(bar, 3.25) <= y**2 == z // é"))
    print(tokenize(""), tokenize("   "), tokenize("a"), tokenize("日本 + 語"))


if __name__ == "__main__":
    main()
