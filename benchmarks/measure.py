"""Timing helpers for the benchmark: the machine, wall clocks, subprocess runs, percentiles.

>>> percentile([3.0, 1.0, 2.0], 50)
2.0
>>> ratio(3.0, 1.5)
2.0
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np


def machine() -> dict[str, Any]:
    """CPU model, cores, RAM, OS and the versions that decide the figures."""
    import pandas
    import scipy
    import sklearn

    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "ram_gb": round(_ram_bytes() / 2**30, 1),
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "scikit-learn": sklearn.__version__,
        "pandas": pandas.__version__,
        "PYTHONDONTWRITEBYTECODE": bool(os.environ.get("PYTHONDONTWRITEBYTECODE")),
    }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_bytes() -> int:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        return 0


def load_average() -> float | None:
    """The 1-minute load average: other work on the machine skews every figure."""
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:
        return None


def seconds(function: Callable[[], Any]) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def interleaved(functions: dict[str, Callable[[], Any]], repeats: int) -> dict[str, list[float]]:
    """Wall times of each function, run in turn ``repeats`` times, so that a burst of load
    elsewhere on the machine hits both sides of a ratio alike."""
    times: dict[str, list[float]] = {name: [] for name in functions}
    for _ in range(repeats):
        for name, function in functions.items():
            times[name].append(seconds(function))
    return times


def run_seconds(command: Sequence[str], cwd: Path, env: dict[str, str] | None = None) -> float:
    """Wall time of a subprocess, which must succeed (``env``: its environment, else ours)."""
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return time.perf_counter() - started


def run_json(command: Sequence[str], cwd: Path) -> dict[str, Any]:
    """Run a subprocess that prints one JSON object as its last line; return the object."""
    done = subprocess.run(command, cwd=cwd, check=False, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def python() -> str:
    return sys.executable


def percentile(values: Sequence[float], q: float) -> float:
    return float(np.percentile(np.asarray(values, dtype=float), q))


def median(values: Sequence[float]) -> float:
    return percentile(values, 50)


def ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else float("inf")


def script_arguments(doc: str | None, argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Read the command line of a benchmark script that takes no arguments: ``--help``
    prints ``doc`` (the script's docstring: what it measures, and for how long) and exits 0,
    and any argument is refused, exit 2. Each such script ignored its arguments, so
    ``python benchmarks/ablation.py --help`` started minutes of training.

    >>> script_arguments("Measures nothing.", [])
    Namespace()
    """
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    return parser.parse_args(argv)
