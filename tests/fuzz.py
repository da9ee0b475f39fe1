"""An unbounded local fuzzing session: `python -m tests.fuzz` (or `--minutes N`,
`--seed S`, `--generated`). Mutants of the corpus (tests/fuzzing.py) and, with
--generated, random well-typed programs (tests/progen.py) run until stopped (Ctrl-C)
or for the given time; each finding is printed and saved under fuzz-findings/ (one
file per finding, git-ignored) to be minimised and kept in tests/programs/."""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from concurrent.futures import ProcessPoolExecutor

from tests.fuzzing import ROOT, Finding, fuzz


def _batch(seed: int, count: int, generated: bool) -> tuple[int, int, list[Finding]]:
    """One seed's mutants (and generated programs): (inputs tried, mutants accepted, findings)."""
    accepted, findings = fuzz(seed, count)
    tried = count
    if generated:
        from tests.progen import run_generated
        g_tried, g_findings = run_generated(seed, max(1, count // 10))
        tried += g_tried
        findings += g_findings
    return tried, accepted, findings


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tests.fuzz", description=__doc__)
    p.add_argument("--minutes", type=float, default=0, help="stop after this long (default: until Ctrl-C)")
    p.add_argument("--seed", type=int, default=None, help="the first seed (default: random)")
    p.add_argument("--batch", type=int, default=50, help="mutants per seed")
    p.add_argument("--generated", action="store_true", help="also run random generated programs")
    args = p.parse_args(argv)
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    out_dir = os.path.join(ROOT, "fuzz-findings")
    deadline = time.time() + args.minutes * 60 if args.minutes else None
    tried = accepted = found = 0
    # each batch runs in a fresh process: the checker's in-process mypy caches grow with
    # every new mutant, and a long session would otherwise use gigabytes
    pool = ProcessPoolExecutor(max_workers=1, max_tasks_per_child=1)
    try:
        while deadline is None or time.time() < deadline:
            n_tried, n_acc, findings = pool.submit(_batch, seed, args.batch, args.generated).result()
            tried += n_tried
            accepted += n_acc
            for f in findings:
                found += 1
                os.makedirs(out_dir, exist_ok=True)
                path = os.path.join(out_dir, f"seed{seed}-{found}.txt")
                with open(path, "w", encoding="utf-8") as fh:
                    fh.write(f.report())
                print(f"\n=== finding {found} (seed {seed}), saved to {path}\n{f.report()[:2000]}", flush=True)
            print(f"seed {seed}: {tried} inputs tried, {accepted} mutants accepted, {found} findings", flush=True)
            seed += 1
    except KeyboardInterrupt:
        pass
    finally:
        pool.shutdown(cancel_futures=True)
    print(f"done: {tried} inputs tried, {found} findings")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
