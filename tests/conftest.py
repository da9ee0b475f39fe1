"""Shared test fixtures: an isolated py4c cache per test worker (builds are cached by
content, so reruns are fast, and parallel workers never share mypy's cache)."""

from __future__ import annotations

import os
import tempfile

import pytest

_BASE = os.environ.get("PY4C_TEST_CACHE") or os.path.join(tempfile.gettempdir(), "py4c-test-cache")


def pytest_configure(config: pytest.Config) -> None:
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    os.environ["PY4C_CACHE_DIR"] = os.path.join(_BASE, worker)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/*.mir from the compiler")
