"""map() with builtins, methods and lambdas over input() lines."""
# py4c-stdin: 3 4 5\n1.5 2.5\nhello world
def main() -> None:
    nums = list(map(int, input().split()))
    fl = list(map(float, input().split()))
    words = input().split()
    print(sum(nums), nums, fl, ", ".join(map(str, nums)), list(map(len, words)), list(map(str.upper, words)))
    print(sorted(map(lambda w: w[::-1], words)), max(map(abs, [-3, 2])), [x for x in map(lambda n: n * 2, nums)])


if __name__ == "__main__":
    main()
