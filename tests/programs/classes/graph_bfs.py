"""Graph search with node objects: adjacency lists of GraphNode references, BFS distances and paths."""
# py4c-memory: cycles


class GraphNode:
    def __init__(self, name: str) -> None:
        self.name = name
        self.edges: list["GraphNode"] = []
        self.dist = -1
        self.parent: GraphNode | None = None

    def connect(self, other: "GraphNode") -> None:
        self.edges.append(other)
        other.edges.append(self)

    def __repr__(self) -> str:
        return f"Node({self.name})"


class Graph:
    def __init__(self) -> None:
        self.nodes: dict[str, GraphNode] = {}

    def node(self, name: str) -> GraphNode:
        if name not in self.nodes:
            self.nodes[name] = GraphNode(name)
        return self.nodes[name]

    def add_edge(self, a: str, b: str) -> None:
        self.node(a).connect(self.node(b))

    def bfs(self, start: str) -> list[GraphNode]:
        for n in self.nodes.values():
            n.dist = -1
            n.parent = None
        src = self.nodes[start]
        src.dist = 0
        queue = [src]
        order: list[GraphNode] = []
        head = 0
        while head < len(queue):
            cur = queue[head]
            head += 1
            order.append(cur)
            for nb in cur.edges:
                if nb.dist < 0:
                    nb.dist = cur.dist + 1
                    nb.parent = cur
                    queue.append(nb)
        return order

    def path(self, target: str) -> list[str]:
        out: list[str] = []
        cur: GraphNode | None = self.nodes[target]
        while cur is not None:
            out.append(cur.name)
            cur = cur.parent
        out.reverse()
        return out


def main() -> None:
    g = Graph()
    for a, b in [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e"), ("e", "f"), ("x", "y")]:
        g.add_edge(a, b)
    order = g.bfs("a")
    print(order)
    print({n.name: n.dist for n in g.nodes.values()})
    print(g.path("f"), g.path("a"), g.path("x"))
    print(sorted([(n.dist, n.name) for n in g.nodes.values()]))
    g.bfs("y")
    print([n.name for n in g.nodes.values() if n.dist >= 0], g.path("x"))
    print(len(g.nodes["d"].edges), [e.name for e in g.nodes["d"].edges])
    grid = Graph()
    size = 30
    for r in range(size):
        for c in range(size):
            if c + 1 < size:
                grid.add_edge(f"{r},{c}", f"{r},{c + 1}")
            if r + 1 < size:
                grid.add_edge(f"{r},{c}", f"{r + 1},{c}")
    reached = grid.bfs("0,0")
    print(len(reached), grid.nodes[f"{size - 1},{size - 1}"].dist, len(grid.path("5,7")))


if __name__ == "__main__":
    main()
