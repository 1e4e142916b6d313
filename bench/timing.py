#!/usr/bin/env python3
"""Whole-process timing: runs each command several times after a warm-up and prints median/min/max wall time.

Usage: timing.py RUNS LABEL=COMMAND [LABEL=COMMAND ...]
The first command is the baseline; every other median is also shown as a ratio to it, measured in the same run.
"""
import shlex
import statistics
import subprocess
import sys
import time


def measure(command, runs):
    args = shlex.split(command)
    subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # warm-up: disk cache, JIT cache
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        completed = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        samples.append((time.perf_counter() - start) * 1000)
        if completed.returncode not in (0, 1):
            sys.exit(f"{command!r} exited {completed.returncode}")
    return samples


def main():
    runs = int(sys.argv[1])
    rows = []
    for spec in sys.argv[2:]:
        label, command = spec.split("=", 1)
        rows.append((label, measure(command, runs)))
    baseline = statistics.median(rows[0][1])
    print(f"{'command':<28} {'median ms':>10} {'min':>8} {'max':>8} {'x baseline':>11}")
    for label, samples in rows:
        median = statistics.median(samples)
        print(f"{label:<28} {median:>10.1f} {min(samples):>8.1f} {max(samples):>8.1f} {median / baseline:>11.2f}")


if __name__ == "__main__":
    main()
