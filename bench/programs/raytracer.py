"""A small Whitted-style ray tracer: a frozen dataclass `Vec3` with operators
(`__add__`, `__sub__`, `__mul__`) and methods (`dot`, `length`, `normalized`)
allocated for every intermediate vector, `Sphere` and `Light` objects in
lists, `float | None` hit distances, recursion for reflections.

Renders WIDTH x HEIGHT pixels of five spheres lit by two lights with hard
shadows, Phong highlights and one level of reflection; prints per-channel
checksums of the 8-bit colours and a coarse ASCII picture of the luminance.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

WIDTH: Final[int] = 160
HEIGHT: Final[int] = 120
MAX_DEPTH: Final[int] = 2
EPSILON: Final[float] = 1e-6
SURFACE_OFFSET: Final[float] = 1e-4
AMBIENT: Final[float] = 0.1
SHADES: Final[str] = " .:-=+*#%@"


@dataclass(frozen=True)
class Vec3:
    x: float
    y: float
    z: float

    def __add__(self, o: Vec3) -> Vec3:
        return Vec3(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o: Vec3) -> Vec3:
        return Vec3(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k: float) -> Vec3:
        return Vec3(self.x * k, self.y * k, self.z * k)

    def dot(self, o: Vec3) -> float:
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self) -> float:
        return math.sqrt(self.dot(self))

    def normalized(self) -> Vec3:
        return self * (1.0 / self.length())


@dataclass(frozen=True)
class Ray:
    origin: Vec3
    direction: Vec3

    def at(self, t: float) -> Vec3:
        return self.origin + self.direction * t


@dataclass(frozen=True)
class Sphere:
    center: Vec3
    radius: float
    color: Vec3
    reflectivity: float

    def intersect(self, ray: Ray) -> float | None:
        """Distance along `ray` (unit direction) to the nearest hit in front, if any."""
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point: Vec3) -> Vec3:
        return (point - self.center).normalized()


@dataclass(frozen=True)
class Light:
    position: Vec3
    intensity: float


class Scene:
    def __init__(self, spheres: list[Sphere], lights: list[Light]) -> None:
        self.spheres = spheres
        self.lights = lights

    def nearest_hit(self, ray: Ray) -> tuple[Sphere, float] | None:
        best: tuple[Sphere, float] | None = None
        for sphere in self.spheres:
            t = sphere.intersect(ray)
            if t is not None and (best is None or t < best[1]):
                best = (sphere, t)
        return best

    def in_shadow(self, point: Vec3, to_light: Vec3, distance: float) -> bool:
        ray = Ray(point, to_light)
        for sphere in self.spheres:
            t = sphere.intersect(ray)
            if t is not None and t < distance:
                return True
        return False


def sky(direction: Vec3) -> Vec3:
    t = 0.5 * (direction.y + 1.0)
    return Vec3(1.0, 1.0, 1.0) * (1.0 - t) + Vec3(0.5, 0.7, 1.0) * t


def pow16(x: float) -> float:
    for _ in range(4):
        x = x * x
    return x


def trace(scene: Scene, ray: Ray, depth: int) -> Vec3:
    hit = scene.nearest_hit(ray)
    if hit is None:
        return sky(ray.direction)
    sphere, t = hit
    point = ray.at(t)
    normal = sphere.normal_at(point)
    origin = point + normal * SURFACE_OFFSET
    color = sphere.color * AMBIENT
    for light in scene.lights:
        to_light = light.position - point
        distance = to_light.length()
        direction = to_light * (1.0 / distance)
        if scene.in_shadow(origin, direction, distance):
            continue
        diffuse = normal.dot(direction)
        if diffuse > 0.0:
            color = color + sphere.color * (diffuse * light.intensity)
        halfway = (direction - ray.direction).normalized()
        specular = normal.dot(halfway)
        if specular > 0.0:
            color = color + Vec3(1.0, 1.0, 1.0) * (pow16(specular) * light.intensity * 0.5)
    if depth < MAX_DEPTH and sphere.reflectivity > 0.0:
        d = ray.direction
        reflected = d - normal * (2.0 * d.dot(normal))
        bounce = trace(scene, Ray(origin, reflected), depth + 1)
        color = color * (1.0 - sphere.reflectivity) + bounce * sphere.reflectivity
    return color


def to_byte(c: float) -> int:
    if c <= 0.0:
        return 0
    if c >= 1.0:
        return 255
    return int(c * 255.0)


def make_scene() -> Scene:
    spheres = [
        Sphere(Vec3(0.0, -1001.0, 4.0), 1000.0, Vec3(0.8, 0.8, 0.7), 0.2),
        Sphere(Vec3(0.0, 0.0, 4.0), 1.0, Vec3(0.9, 0.2, 0.2), 0.3),
        Sphere(Vec3(-2.2, -0.2, 5.0), 0.8, Vec3(0.2, 0.9, 0.3), 0.1),
        Sphere(Vec3(2.0, -0.3, 3.5), 0.7, Vec3(0.2, 0.3, 0.9), 0.5),
        Sphere(Vec3(0.6, 1.6, 6.0), 1.0, Vec3(0.9, 0.8, 0.2), 0.0),
    ]
    lights = [Light(Vec3(-5.0, 6.0, -2.0), 0.7), Light(Vec3(6.0, 4.0, 1.0), 0.4)]
    return Scene(spheres, lights)


def main() -> None:
    scene = make_scene()
    eye = Vec3(0.0, 0.5, -2.0)
    aspect = WIDTH / HEIGHT
    sum_r = 0
    sum_g = 0
    sum_b = 0
    picture: list[str] = []
    for j in range(HEIGHT):
        line: list[str] = []
        for i in range(WIDTH):
            u = (2.0 * (i + 0.5) / WIDTH - 1.0) * aspect
            v = 1.0 - 2.0 * (j + 0.5) / HEIGHT
            direction = Vec3(u, v - 0.2, 1.5).normalized()
            color = trace(scene, Ray(eye, direction), 0)
            r = to_byte(color.x)
            g = to_byte(color.y)
            b = to_byte(color.z)
            sum_r += r
            sum_g += g
            sum_b += b
            if i % 4 == 0 and j % 8 == 0:
                luminance = (2 * r + 5 * g + b) // 8
                line.append(SHADES[luminance * len(SHADES) // 256])
        if line:
            picture.append("".join(line))
    print(f"raytracer {WIDTH}x{HEIGHT} checksum r={sum_r} g={sum_g} b={sum_b}")
    for row in picture:
        print(row)


if __name__ == "__main__":
    main()
