import functools  # E: module 'functools' is not supported by py4c yet [unsupported-import]


@functools.cache  # E: the function decorator 'functools.cache' is outside py4 [decorator]
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


async def fetch() -> int:  # E: async def is outside py4: py4 has no event loop [async]
    return 1


def bits(n: int) -> str:
    return bin(n) + str(id(n)) + input()  # E: the built-in 'id' is not supported by py4c [unsupported-builtin]


print(bits(3))
