/* Reference C version of bench/programs/raytracer.py (same algorithm, same output).
 * Vectors are small structs passed and returned by value; every float
 * operation happens in the py4 program's order (build with -ffp-contract=off,
 * and -lm for sqrt). */
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define WIDTH 160
#define HEIGHT 120
#define MAX_DEPTH 2
#define EPSILON 1e-6
#define SURFACE_OFFSET 1e-4
#define AMBIENT 0.1

static const char SHADES[] = " .:-=+*#%@";

typedef struct {
    double x, y, z;
} Vec3;

static Vec3 vec3(double x, double y, double z) { return (Vec3){x, y, z}; }
static Vec3 vadd(Vec3 a, Vec3 o) { return vec3(a.x + o.x, a.y + o.y, a.z + o.z); }
static Vec3 vsub(Vec3 a, Vec3 o) { return vec3(a.x - o.x, a.y - o.y, a.z - o.z); }
static Vec3 vmul(Vec3 a, double k) { return vec3(a.x * k, a.y * k, a.z * k); }
static double vdot(Vec3 a, Vec3 o) { return a.x * o.x + a.y * o.y + a.z * o.z; }
static double vlength(Vec3 a) { return sqrt(vdot(a, a)); }
static Vec3 vnormalized(Vec3 a) { return vmul(a, 1.0 / vlength(a)); }

typedef struct {
    Vec3 origin;
    Vec3 direction;
} Ray;

static Vec3 ray_at(Ray ray, double t) { return vadd(ray.origin, vmul(ray.direction, t)); }

typedef struct {
    Vec3 center;
    double radius;
    Vec3 color;
    double reflectivity;
} Sphere;

typedef struct {
    Vec3 position;
    double intensity;
} Light;

#define NSPHERES 5
#define NLIGHTS 2

typedef struct {
    Sphere spheres[NSPHERES];
    Light lights[NLIGHTS];
} Scene;

/* Distance along ray (unit direction) to the nearest hit in front, if any. */
static bool intersect(const Sphere *s, Ray ray, double *t_out) {
    Vec3 oc = vsub(ray.origin, s->center);
    double b = vdot(oc, ray.direction);
    double c = vdot(oc, oc) - s->radius * s->radius;
    double disc = b * b - c;
    if (disc < 0.0) {
        return false;
    }
    double root = sqrt(disc);
    double t = -b - root;
    if (t > EPSILON) {
        *t_out = t;
        return true;
    }
    t = -b + root;
    if (t > EPSILON) {
        *t_out = t;
        return true;
    }
    return false;
}

static Vec3 normal_at(const Sphere *s, Vec3 point) { return vnormalized(vsub(point, s->center)); }

static const Sphere *nearest_hit(const Scene *scene, Ray ray, double *t_out) {
    const Sphere *best = NULL;
    double best_t = 0.0;
    for (int k = 0; k < NSPHERES; k++) {
        double t;
        if (intersect(&scene->spheres[k], ray, &t) && (best == NULL || t < best_t)) {
            best = &scene->spheres[k];
            best_t = t;
        }
    }
    *t_out = best_t;
    return best;
}

static bool in_shadow(const Scene *scene, Vec3 point, Vec3 to_light, double distance) {
    Ray ray = {point, to_light};
    for (int k = 0; k < NSPHERES; k++) {
        double t;
        if (intersect(&scene->spheres[k], ray, &t) && t < distance) {
            return true;
        }
    }
    return false;
}

static Vec3 sky(Vec3 direction) {
    double t = 0.5 * (direction.y + 1.0);
    return vadd(vmul(vec3(1.0, 1.0, 1.0), 1.0 - t), vmul(vec3(0.5, 0.7, 1.0), t));
}

static double pow16(double x) {
    for (int k = 0; k < 4; k++) {
        x = x * x;
    }
    return x;
}

static Vec3 trace(const Scene *scene, Ray ray, int depth) {
    double t;
    const Sphere *sphere = nearest_hit(scene, ray, &t);
    if (sphere == NULL) {
        return sky(ray.direction);
    }
    Vec3 point = ray_at(ray, t);
    Vec3 normal = normal_at(sphere, point);
    Vec3 origin = vadd(point, vmul(normal, SURFACE_OFFSET));
    Vec3 color = vmul(sphere->color, AMBIENT);
    for (int k = 0; k < NLIGHTS; k++) {
        const Light *light = &scene->lights[k];
        Vec3 to_light = vsub(light->position, point);
        double distance = vlength(to_light);
        Vec3 direction = vmul(to_light, 1.0 / distance);
        if (in_shadow(scene, origin, direction, distance)) {
            continue;
        }
        double diffuse = vdot(normal, direction);
        if (diffuse > 0.0) {
            color = vadd(color, vmul(sphere->color, diffuse * light->intensity));
        }
        Vec3 halfway = vnormalized(vsub(direction, ray.direction));
        double specular = vdot(normal, halfway);
        if (specular > 0.0) {
            color = vadd(color, vmul(vec3(1.0, 1.0, 1.0), pow16(specular) * light->intensity * 0.5));
        }
    }
    if (depth < MAX_DEPTH && sphere->reflectivity > 0.0) {
        Vec3 d = ray.direction;
        Vec3 reflected = vsub(d, vmul(normal, 2.0 * vdot(d, normal)));
        Vec3 bounce = trace(scene, (Ray){origin, reflected}, depth + 1);
        color = vadd(vmul(color, 1.0 - sphere->reflectivity), vmul(bounce, sphere->reflectivity));
    }
    return color;
}

static int64_t to_byte(double c) {
    if (c <= 0.0) {
        return 0;
    }
    if (c >= 1.0) {
        return 255;
    }
    return (int64_t)(c * 255.0);
}

static void make_scene(Scene *scene) {
    scene->spheres[0] = (Sphere){vec3(0.0, -1001.0, 4.0), 1000.0, vec3(0.8, 0.8, 0.7), 0.2};
    scene->spheres[1] = (Sphere){vec3(0.0, 0.0, 4.0), 1.0, vec3(0.9, 0.2, 0.2), 0.3};
    scene->spheres[2] = (Sphere){vec3(-2.2, -0.2, 5.0), 0.8, vec3(0.2, 0.9, 0.3), 0.1};
    scene->spheres[3] = (Sphere){vec3(2.0, -0.3, 3.5), 0.7, vec3(0.2, 0.3, 0.9), 0.5};
    scene->spheres[4] = (Sphere){vec3(0.6, 1.6, 6.0), 1.0, vec3(0.9, 0.8, 0.2), 0.0};
    scene->lights[0] = (Light){vec3(-5.0, 6.0, -2.0), 0.7};
    scene->lights[1] = (Light){vec3(6.0, 4.0, 1.0), 0.4};
}

int main(void) {
    Scene scene;
    make_scene(&scene);
    Vec3 eye = vec3(0.0, 0.5, -2.0);
    double aspect = (double)WIDTH / (double)HEIGHT;
    int64_t sum_r = 0, sum_g = 0, sum_b = 0;
    int64_t nshades = (int64_t)strlen(SHADES);
    static char picture[HEIGHT][WIDTH + 1];
    int rows = 0;
    for (int64_t j = 0; j < HEIGHT; j++) {
        int len = 0;
        for (int64_t i = 0; i < WIDTH; i++) {
            double u = (2.0 * ((double)i + 0.5) / (double)WIDTH - 1.0) * aspect;
            double v = 1.0 - 2.0 * ((double)j + 0.5) / (double)HEIGHT;
            Vec3 direction = vnormalized(vec3(u, v - 0.2, 1.5));
            Vec3 color = trace(&scene, (Ray){eye, direction}, 0);
            int64_t r = to_byte(color.x);
            int64_t g = to_byte(color.y);
            int64_t b = to_byte(color.z);
            sum_r += r;
            sum_g += g;
            sum_b += b;
            if (i % 4 == 0 && j % 8 == 0) {
                int64_t luminance = (2 * r + 5 * g + b) / 8;
                picture[rows][len++] = SHADES[luminance * nshades / 256];
            }
        }
        if (len > 0) {
            picture[rows][len] = '\0';
            rows++;
        }
    }
    printf("raytracer %dx%d checksum r=%lld g=%lld b=%lld\n", WIDTH, HEIGHT, (long long)sum_r,
           (long long)sum_g, (long long)sum_b);
    for (int k = 0; k < rows; k++) {
        puts(picture[k]);
    }
    return 0;
}
