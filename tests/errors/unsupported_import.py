import os  # E: module 'os' is not supported by py4c yet [unsupported-import]
