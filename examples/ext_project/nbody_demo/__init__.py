"""A small planetary simulation: the driver is ordinary Python, physics.py is py4."""
