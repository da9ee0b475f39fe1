"""Where py4c keeps its caches (mypy's incremental data, the compiled runtime, built
programs). `PY4C_CACHE_DIR` overrides the default `$XDG_CACHE_HOME/py4c`."""

from __future__ import annotations

import os


def cache_dir() -> str:
    env = os.environ.get("PY4C_CACHE_DIR")
    if env:
        return os.path.abspath(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "py4c")
