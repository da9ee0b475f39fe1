from os.path import *  # E: module 'os.path' is not supported by py4c yet [unsupported-import]
import os  # E: module 'os' is not supported by py4c yet [unsupported-import]
import json  # E: module 'json' is not supported by py4c yet [unsupported-import]
from collections import OrderedDict  # E: 'OrderedDict' from 'collections' is not supported by py4c yet [unsupported-import]
from typing import Any, Final  # E: 'Any' from 'typing' is not supported by py4c yet [unsupported-import]

LIMIT: Final = 3
print(LIMIT)
