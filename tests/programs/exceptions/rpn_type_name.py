"""An RPN calculator class: exceptions from methods, type(err).__name__, Optional peek, print(file=sys.stderr)."""

import sys
from typing import Optional


class Stack:
    def __init__(self) -> None:
        self._items: list[int] = []

    def push(self, x: int) -> None:
        self._items.append(x)

    def pop(self) -> int:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self) -> Optional[int]:
        return self._items[-1] if self._items else None

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Stack({self._items})"


def evaluate(expr: str) -> int:
    s = Stack()
    for tok in expr.split():
        if tok.isdigit():
            s.push(int(tok))
        else:
            b, a = s.pop(), s.pop()
            if tok == "+":
                s.push(a + b)
            elif tok == "-":
                s.push(a - b)
            elif tok == "*":
                s.push(a * b)
            elif tok == "/":
                s.push(a // b)
            else:
                raise ValueError(f"bad token {tok!r}")
    if len(s) != 1:
        raise ValueError(f"leftover {s}")
    return s.pop()


def main() -> None:
    for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4", "1 +", "4 0 /", "2 x"]:
        try:
            print(e, "=", evaluate(e))
        except (ValueError, IndexError) as err:
            print(e, "->", type(err).__name__, err)
        except ZeroDivisionError:
            print(e, "-> division by zero", file=sys.stderr)
    st = Stack()
    print(st.peek(), len(st), st)
    st.push(7)
    print(st.peek(), bool(st))


if __name__ == "__main__":
    main()
