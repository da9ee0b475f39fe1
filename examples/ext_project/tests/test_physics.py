"""Run against the installed package: physics must be the compiled module and agree
with the numbers of the benchmark game's reference output."""

import pytest

from nbody_demo import physics


def test_compiled() -> None:
    assert physics.__file__.endswith(".abi3.so"), physics.__file__


def test_energy() -> None:
    before, after = physics.simulate(1000)
    assert f"{before:.9f}" == "-0.169075164"
    assert f"{after:.9f}" == "-0.169087605"


def test_bodies_cross_the_boundary() -> None:
    bodies = physics.solar_system()
    physics.offset_momentum(bodies)
    e = physics.energy(bodies)
    physics.advance(bodies, 0.01, 10)
    assert physics.energy(bodies) != e
    assert isinstance(bodies[1], physics.Body)
    assert bodies[0].mass == physics.SOLAR_MASS


def test_errors() -> None:
    with pytest.raises(ValueError, match="steps must be >= 0, not -1"):
        physics.advance(physics.solar_system(), 0.01, -1)
    with pytest.raises(TypeError):
        physics.simulate("10")  # type: ignore[arg-type]
