"""Hello world: used by `bench/run.py --build-stats` (build time, executable size)."""


def main() -> None:
    print("Hello, world!")


if __name__ == "__main__":
    main()
