"""A list used as a stack: bracket matching, RPN evaluation, undo history."""


def balanced(s: str) -> bool:
    opens = "([{"
    closes = ")]}"
    st: list[str] = []
    for ch in s:
        if ch in opens:
            st.append(ch)
        elif ch in closes:
            if len(st) == 0:
                return False
            if opens.index(st.pop()) != closes.index(ch):
                return False
    return len(st) == 0


def depth(s: str) -> int:
    d = 0
    best = 0
    for ch in s:
        if ch == "(":
            d += 1
            best = max(best, d)
        elif ch == ")":
            d -= 1
    return best


def rpn(expr: str) -> int:
    st: list[int] = []
    for tok in expr.split():
        if tok in ["+", "-", "*", "//"]:
            b = st.pop()
            a = st.pop()
            if tok == "+":
                st.append(a + b)
            elif tok == "-":
                st.append(a - b)
            elif tok == "*":
                st.append(a * b)
            else:
                st.append(a // b)
        else:
            st.append(int(tok))
    return st[-1]


def main() -> None:
    for s in ["()", "([]{})", "([)]", "((", "))", "", "{[()()]}", "a(b[c]d)e", "日(本)語", "(]"]:
        print(repr(s), balanced(s), depth(s))
    print(rpn("3 4 +"), rpn("5 1 2 + 4 * + 3 -"), rpn("2 3 4 * +"), rpn("-7 2 //"), rpn("42"))
    doc: list[str] = []
    undo: list[list[str]] = []
    for cmd in ["add hello", "add world", "undo", "add 日本", "add é", "undo", "undo", "add end"]:
        if cmd == "undo":
            if len(undo) > 0:
                doc = undo.pop()
        else:
            undo.append(doc.copy())
            doc.append(cmd.split(" ", 1)[1])
        print(f"{cmd:<10} -> {doc} (history {len(undo)})")


if __name__ == "__main__":
    main()
