#!/usr/bin/env python3
"""Times BuildKit's own Go parser (PyPI `dockerfile`, in-process through
`dockerfile.parse_string`) on the inputs of benches/data/, the same ones
`cargo bench --bench parse` times for ours. Prints microseconds per parse
(the best of several timeit repeats, as criterion reports a central value
of many runs). Run: python3 scripts/bench-reference.py"""
import os
import subprocess
import sys
import timeit
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
try:
    import dockerfile
except ImportError:  # run again inside the reference venv
    python = subprocess.run([str(ROOT / "scripts/reference-venv.sh")], check=True,
                            capture_output=True, text=True).stdout.strip()
    os.execv(python, [python, __file__, *sys.argv[1:]])

data = ROOT / "benches/data"
sixty = (data / "multistage-60.Dockerfile").read_text()
big = sixty * 166 + "".join(line + "\n" for line in sixty.splitlines()[:40])
assert big.count("\n") == 10_000
inputs = [
    ("cheat-sheet", (data / "cheat-sheet.Dockerfile").read_text()),
    ("multistage-60", sixty),
    ("10000-lines", big),
]
for name, text in inputs:
    timer = timeit.Timer(lambda: dockerfile.parse_string(text))
    number, _ = timer.autorange()
    best = min(timer.repeat(repeat=7, number=number)) / number
    print(f"{name:14} {best * 1e6:12.1f} µs")
