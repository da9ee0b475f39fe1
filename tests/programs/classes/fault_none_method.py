"""Calling a method through a None child of a tree raises AttributeError after some output."""


class Tree:
    def __init__(self, key: int) -> None:
        self.key = key
        self.left: Tree | None = None
        self.right: Tree | None = None

    def leftmost(self) -> int:
        if self.left is None:
            return self.key
        return self.left.leftmost()


def grow(keys: list[int]) -> Tree:
    root = Tree(keys[0])
    for k in keys[1:]:
        cur = root
        while True:
            if k < cur.key:
                if cur.left is None:
                    cur.left = Tree(k)
                    break
                cur = cur.left
            else:
                if cur.right is None:
                    cur.right = Tree(k)
                    break
                cur = cur.right
    return root


def main() -> None:
    t = grow([8, 3, 10, 1, 6, 14])
    print(t.leftmost())
    r = t.right
    if r is not None:
        print(r.key, r.leftmost())
        print(r.right.leftmost())  # type: ignore[union-attr]
        print(r.right.right.leftmost())  # type: ignore[union-attr]
    print("unreachable")


if __name__ == "__main__":
    main()
