class Greeter:
    def hello(self) -> str:
        return "hello"


def other(self: Greeter) -> str:
    return "patched"


g = Greeter()
g.hello = lambda: "hi"  # E: Cannot assign to a method [method-assign]
Greeter.hello = other  # E: Cannot assign to a method [method-assign]
print(g.hello())
