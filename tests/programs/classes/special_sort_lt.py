"""Objects ordered by __lt__: sorted(), sorted(reverse=True), list.sort(), min() and max()."""


class Job:
    def __init__(self, priority: int, name: str) -> None:
        self.priority = priority
        self.name = name

    def __lt__(self, other: "Job") -> bool:
        if self.priority != other.priority:
            return self.priority < other.priority
        return self.name < other.name

    def __repr__(self) -> str:
        return f"{self.name}:{self.priority}"


def main() -> None:
    jobs = [Job(3, "build"), Job(1, "lint"), Job(2, "test"), Job(1, "fmt"), Job(3, "deploy")]
    print(sorted(jobs))
    print(sorted(jobs, reverse=True))
    print(min(jobs), max(jobs))
    jobs.sort()
    print(jobs)
    jobs.sort(reverse=True)
    print(jobs[0], jobs[-1])
    print(min(Job(5, "a"), Job(4, "z")), max(Job(5, "a"), Job(5, "b")))


if __name__ == "__main__":
    main()
