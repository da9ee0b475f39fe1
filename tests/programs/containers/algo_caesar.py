"""Caesar and Vigenère ciphers with ord/chr, ROT13, and frequency analysis to crack."""


def shift_char(ch: str, k: int) -> str:
    if "a" <= ch <= "z":
        return chr((ord(ch) - ord("a") + k) % 26 + ord("a"))
    if "A" <= ch <= "Z":
        return chr((ord(ch) - ord("A") + k) % 26 + ord("A"))
    return ch


def caesar(s: str, k: int) -> str:
    return "".join([shift_char(c, k) for c in s])


def vigenere(s: str, key: str, sign: int) -> str:
    out: list[str] = []
    ki = 0
    for c in s:
        if "a" <= c.lower() <= "z":
            out.append(shift_char(c, sign * (ord(key[ki % len(key)]) - ord("a"))))
            ki += 1
        else:
            out.append(c)
    return "".join(out)


def letter_counts(s: str) -> list[int]:
    counts = [0] * 26
    for c in s.lower():
        if "a" <= c <= "z":
            counts[ord(c) - ord("a")] += 1
    return counts


def crack(s: str) -> int:
    counts = letter_counts(s)
    top = counts.index(max(counts))
    return (top - (ord("e") - ord("a"))) % 26


def main() -> None:
    msg = "The quick brown fox jumps over the lazy dog! Zebras & éclairs, 123."
    for k in [0, 1, 3, 13, 25, 26, -1, 52, -27]:
        enc = caesar(msg, k)
        print(k, enc, caesar(enc, -k) == msg)
    print(caesar(caesar(msg, 13), 13) == msg)
    v = vigenere(msg, "lemon", 1)
    print(v, vigenere(v, "lemon", -1))
    secret = caesar("meet me near the eastern gate when the evening bell rings three times", 11)
    k = crack(secret)
    print(secret, k, caesar(secret, -k))
    print(letter_counts("Hello, World"))


if __name__ == "__main__":
    main()
