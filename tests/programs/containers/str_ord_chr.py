"""ord and chr across ASCII, Latin-1, BMP and astral code points; round trips."""


def main() -> None:
    for ch in ["\x00", "\t", "A", "z", "~", "\x7f", "\x80", "é", "ÿ", "Ā", "€", "日", "\uffff", "😀", "\U0010ffff"]:
        print(ord(ch), repr(ch), repr(chr(ord(ch))), chr(ord(ch)) == ch)
    for n in [0, 10, 32, 65, 97, 126, 127, 160, 233, 255, 256, 8364, 26085, 55295, 57344, 65533, 65536, 128512, 1114111]:
        print(n, repr(chr(n)), ord(chr(n)) == n, len(chr(n)))
    print("".join([chr(c) for c in range(ord("a"), ord("z") + 1)]), "".join([chr(c) for c in range(0x3b1, 0x3ca)]))
    print([ord(c) for c in "héllo 日本 😀"], sum([ord(c) for c in "abc"]))
    print(chr(ord("a") + 1), chr(ord("Z") - 25), chr(0x1F600 + 1), chr(ord("0") + 7), ord("B"))
    up = ""
    for c in "hello":
        up += chr(ord(c) - 32)
    print(up)
    digits = [ord(c) - ord("0") for c in "9075"]
    print(digits, sum(digits))
    h = 0
    for c in "hash me 日本":
        h = (h * 31 + ord(c)) % 1000000007
    print(h)
    print(ord("é") == 0xE9, ord("e\u0301"[1]), chr(0x301), repr("e" + chr(0x301)))


if __name__ == "__main__":
    main()
