from py4 import i32, u8


def byte(n: int) -> u8:
    return n  # W: int value narrowed to u8 implicitly (return value): it raises OverflowError if it does not fit [value-narrowing]


def put(b: u8) -> None:
    print(b)


def main() -> None:
    n = 300
    small: i32 = n  # W: int value narrowed to i32 implicitly (assignment to 'small'): it raises OverflowError if it does not fit [value-narrowing]
    tiny: u8 = 7
    put(n)  # W: int value narrowed to u8 implicitly (argument 1 of 'put'): it raises OverflowError if it does not fit [value-narrowing]
    put(8)
    print(small, tiny, byte(n), i32(n))


main()
