from py4 import i32, i64


def f(a: i64, b: i32) -> i64:
    return a + b  # E: Returning Any from function declared to return "i64" [no-any-return] # E: Unsupported operand types for + ("i64" and "i32") [operator]
