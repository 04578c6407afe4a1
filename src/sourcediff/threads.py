"""Whether numpy's native thread pools start with one thread each, seen just before numpy loads.

OpenBLAS and OpenMP size their pools from environment variables when numpy
is imported; the command sets them to 1 first thing (cli.one_native_thread).
The pipeline imports this module before anything that loads numpy, so the
answer describes the pools numpy is about to make.
"""

from __future__ import annotations

import os
import sys

from sourcediff.options import NATIVE_THREAD_VARS

STARTED_SINGLE = "numpy" not in sys.modules and all(os.environ.get(v) == "1" for v in NATIVE_THREAD_VARS)
