"""setuptools integration: compile a project's hot py4 modules during `pip install .`.

In setup.py:

    from setuptools import setup
    from py4c.build import py4c_extensions, BuildPy4c

    setup(ext_modules=py4c_extensions(["mypkg/hot.py"]), cmdclass={"build_ext": BuildPy4c})

Each listed module becomes `mypkg/hot.abi3.so` in the wheel, beside `hot.py` (which
stays: CPython imports the compiled module first, and the source still documents it
and works uncompiled). py4c must be importable by the build: list it in the project's
`[build-system] requires`, or build with `pip install --no-build-isolation` in an
environment that has it. A module py4c rejects fails the build with its diagnostics.
"""

from __future__ import annotations

import os
from typing import Any

from setuptools import Extension
from setuptools.command.build_ext import build_ext


class Py4cExtension(Extension):
    """An extension module built by py4c from one py4 source file."""

    def __init__(self, name: str, source: str, opt: int = 2) -> None:
        super().__init__(name, sources=[source], py_limited_api=True)
        self.py4c_source = source
        self.py4c_opt = opt


def py4c_extensions(paths: list[str], opt: int = 2) -> list[Extension]:
    """Extensions for the given module files (paths relative to setup.py, with `/`):
    `mypkg/hot.py` becomes the extension module `mypkg.hot`."""
    out: list[Extension] = []
    for p in paths:
        if not p.endswith(".py"):
            raise ValueError(f"py4c_extensions: {p} is not a .py file")
        name = p[:-3].replace("/", ".").replace(os.sep, ".")
        if name.startswith("src."):
            name = name[4:]
        out.append(Py4cExtension(name, p, opt))
    return out


class BuildPy4c(build_ext):
    """build_ext that hands Py4cExtension modules to py4c and the rest to setuptools."""

    def build_extension(self, ext: Any) -> None:
        if not isinstance(ext, Py4cExtension):
            super().build_extension(ext)
            return
        from py4c.diagnostics import CompileError, render
        from py4c.driver import BuildOptions, build_extension

        target = self.get_ext_fullpath(ext.name)
        out_dir = os.path.dirname(os.path.abspath(target))
        try:
            built = build_extension(os.path.abspath(ext.py4c_source), out_dir, BuildOptions(opt=ext.py4c_opt),
                                    name=ext.name)
        except CompileError as e:
            msg = "\n".join(render(d) for d in e.diagnostics)
            raise RuntimeError(f"py4c could not compile {ext.py4c_source}:\n{msg}") from None
        if os.path.abspath(built) != os.path.abspath(target):
            os.replace(built, target)
