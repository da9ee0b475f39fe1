from setuptools import setup

from py4c.build import BuildPy4c, py4c_extensions

setup(ext_modules=py4c_extensions(["nbody_demo/physics.py"]), cmdclass={"build_ext": BuildPy4c})
