"""A binary search tree with Optional children: insert, find, inorder, height, min/max, delete."""
from typing import Optional


class TreeNode:
    def __init__(self, key: int, label: str) -> None:
        self.key = key
        self.label = label
        self.left: Optional["TreeNode"] = None
        self.right: "TreeNode | None" = None


class BST:
    def __init__(self) -> None:
        self.root: TreeNode | None = None
        self.count = 0

    def insert(self, key: int, label: str) -> None:
        self.root = self._insert(self.root, key, label)

    def _insert(self, node: TreeNode | None, key: int, label: str) -> TreeNode:
        if node is None:
            self.count += 1
            return TreeNode(key, label)
        if key < node.key:
            node.left = self._insert(node.left, key, label)
        elif key > node.key:
            node.right = self._insert(node.right, key, label)
        else:
            node.label = label
        return node

    def find(self, key: int) -> str | None:
        cur = self.root
        while cur is not None:
            if key == cur.key:
                return cur.label
            cur = cur.left if key < cur.key else cur.right
        return None

    def inorder(self) -> list[int]:
        out: list[int] = []
        self._walk(self.root, out)
        return out

    def _walk(self, node: TreeNode | None, out: list[int]) -> None:
        if node is None:
            return
        self._walk(node.left, out)
        out.append(node.key)
        self._walk(node.right, out)

    def height(self) -> int:
        return self._height(self.root)

    def _height(self, node: TreeNode | None) -> int:
        if node is None:
            return 0
        return 1 + max(self._height(node.left), self._height(node.right))

    def minimum(self) -> int:
        cur = self.root
        if cur is None:
            raise ValueError("empty tree")
        while cur.left is not None:
            cur = cur.left
        return cur.key

    def delete(self, key: int) -> None:
        self.root = self._delete(self.root, key)

    def _delete(self, node: TreeNode | None, key: int) -> TreeNode | None:
        if node is None:
            return None
        if key < node.key:
            node.left = self._delete(node.left, key)
        elif key > node.key:
            node.right = self._delete(node.right, key)
        else:
            self.count -= 1
            if node.left is None:
                return node.right
            if node.right is None:
                return node.left
            succ = node.right
            while succ.left is not None:
                succ = succ.left
            node.key, node.label = succ.key, succ.label
            self.count += 1
            node.right = self._delete(node.right, succ.key)
        return node


def main() -> None:
    t = BST()
    try:
        t.minimum()
    except ValueError as e:
        print("error:", e)
    for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
        t.insert(k, f"n{k}")
    t.insert(40, "forty")
    print(t.inorder(), t.count, t.height(), t.minimum())
    print(t.find(40), t.find(65), t.find(99))
    print(t.find(35) is None, t.find(36) is None)
    for k in [20, 30, 50, 99]:
        t.delete(k)
        print("deleted", k, t.inorder(), t.count)
    r = t.root
    print(r.key if r is not None else -1)
    seq = BST()
    x = 7
    for _ in range(200):
        x = (x * 37 + 11) % 1009
        seq.insert(x, str(x))
    keys = seq.inorder()
    print(len(keys), seq.count, keys == sorted(keys), seq.height(), keys[:5])


if __name__ == "__main__":
    main()
