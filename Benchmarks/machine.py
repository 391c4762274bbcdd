"""Describes the machine and the software a benchmark run measures on. Prints a JSON line.

Usage:
  machine.py SWIFT_VERSION_LINE     the machine and the versions
  machine.py --cpu WHEN TIMES_FILE  the CPU time the whole machine and the runner's children
                                    have used so far; TIMES_FILE holds the output of bash's
                                    `times` in the runner
"""

import datetime
import json
import os
import platform
import sys

import numpy
import scipy
import sklearn

import blas_info

BLAS_SETTINGS = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE", "OPENBLAS_NUM_THREADS",
                 "OMP_NUM_THREADS")


def cpu_model():
    with open("/proc/cpuinfo") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def machine_cpu_seconds():
    """Returns (busy, total) CPU seconds over all cores since boot, from /proc/stat."""
    with open("/proc/stat") as stat:
        fields = [int(value) for value in stat.readline().split()[1:8]]
    user, nice, system, idle, iowait, irq, softirq = fields
    ticks = os.sysconf("SC_CLK_TCK")
    busy = user + nice + system + irq + softirq
    return busy / ticks, (busy + idle + iowait) / ticks


def children_cpu_seconds(times_file):
    """The user plus system time of the runner's children, from bash's `times`."""
    with open(times_file) as times:
        children = times.read().splitlines()[1].split()
    total = 0.0
    for value in children:
        minutes, seconds = value.rstrip("s").split("m")
        total += 60 * float(minutes) + float(seconds)
    return total


def cpu_snapshot(when, times_file):
    busy, total = machine_cpu_seconds()
    print(json.dumps({
        "benchmark": "cpu",
        "when": when,
        "machine_busy_seconds": busy,
        "machine_total_seconds": total,
        "runner_seconds": children_cpu_seconds(times_file),
    }))


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--cpu":
        cpu_snapshot(sys.argv[2], sys.argv[3])
        return
    print(json.dumps({
        "benchmark": "machine",
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "usable_cores": len(os.sched_getaffinity(0)),
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "system": f"{platform.system()} {platform.release()} {platform.machine()}",
        "swift": sys.argv[1] if len(sys.argv) > 1 else "unknown",
        "python": platform.python_version(),
        "numpy": numpy.__version__,
        "scipy": scipy.__version__,
        "sklearn": sklearn.__version__,
        "blas": blas_info.libraries(),
        "environment": {name: os.environ[name] for name in BLAS_SETTINGS if name in os.environ},
    }))


if __name__ == "__main__":
    main()
