"""Trivial functions: what a call across the boundary costs (bench/ext/run.py)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Vec:
    x: float
    y: float


def ident(x: int) -> int:
    return x


def add(a: float, b: float) -> float:
    return a + b


def length2(v: Vec) -> float:
    return v.x * v.x + v.y * v.y
