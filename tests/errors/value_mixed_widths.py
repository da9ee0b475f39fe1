from py4 import i32, i64, u8


def take(x: i64) -> None:
    print(x)


def f(a: i64, b: i32, c: u8, n: int) -> i32:
    s = a + b  # E: Unsupported operand types for + ("i64" and "i32") [operator]
    t = b * c  # E: Unsupported operand types for * ("i32" and "u8") [operator]
    w: i64 = b  # E: Incompatible types in assignment (expression has type "i32", variable has type "i64") [assignment]
    v: i32 = a  # E: Incompatible types in assignment (expression has type "i64", variable has type "i32") [assignment]
    take(b)  # E: Argument 1 to "take" has incompatible type "i32"; expected "i64" [arg-type]
    k: u8 = n
    print(s, t, w, v, k)
    return a  # E: Incompatible return value type (got "i64", expected "i32") [return-value]


def g(a: i64, b: i32) -> None:
    a += b  # E: Unsupported operand types for + ("i64" and "i32") [operator]
    print(a * b + a)  # E: Unsupported operand types for * ("i64" and "i32") [operator]
