"""A retry loop: a flaky deterministic operation is retried until it succeeds or gives up."""

attempts_log: list[str] = []


def flaky(job: int, attempt: int) -> int:
    attempts_log.append(f"{job}.{attempt}")
    if job == 3:
        raise RuntimeError(f"job {job} is broken")
    if attempt < job % 3:
        raise FileNotFoundError(f"job {job} input missing on attempt {attempt}")
    if job == 4 and attempt == 0:
        raise OSError("connection reset")
    return job * 100 + attempt


def with_retry(job: int, limit: int) -> int:
    attempt = 0
    while True:
        try:
            result = flaky(job, attempt)
        except (FileNotFoundError, OSError) as e:
            print("  retrying after:", e)
            attempt += 1
            if attempt >= limit:
                raise RuntimeError(f"job {job} gave up after {attempt} attempts") from e
            continue
        finally:
            print("  attempt", attempt, "of job", job, "finished")
        return result


def main() -> None:
    done = 0
    for job in range(6):
        print("job", job)
        try:
            r = with_retry(job, 2)
        except RuntimeError as e:
            print("  failed:", e)
        else:
            done += 1
            print("  result", r)
    print("done", done)
    print(" ".join(attempts_log))
    with_retry(5, 1)


if __name__ == "__main__":
    main()
