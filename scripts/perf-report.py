#!/usr/bin/env python3
"""One table for every performance budget of SPEC §12, measured side by
side with the peers: hadolint (whole process, same file) and BuildKit's own
parser (PyPI `dockerfile`, in process). Run from a fresh clone:

    python3 scripts/perf-report.py            # about four minutes

It builds the release binary, runs the criterion benches it needs with
short measurement times, times whole processes (hyperfine when installed,
else its own alternating loop), drives the TUI in a pseudo-terminal
(scripts/bench-tui.py) and prints the table; the exit code is 1 when a
budget is missed. The reference venv (hadolint, `dockerfile`) is created
by scripts/reference-venv.sh on first use."""
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.chdir(ROOT)


def run(*args, **kwargs):
    return subprocess.run(args, check=True, text=True, capture_output=True, **kwargs).stdout


def criterion(bench, group, function):
    """Mean time in seconds of one criterion benchmark (a short run)."""
    run("cargo", "bench", "--quiet", "--bench", bench, "--", f"^{re.escape(group + '/' + function)}$",
        "--warm-up-time", "1", "--measurement-time", "3")
    path = ROOT / "target/criterion" / group / function / "new/estimates.json"
    return json.loads(path.read_text())["mean"]["point_estimate"] / 1e9


def whole_process(commands, runs=40):
    """Mean wall time in seconds of each command, alternating them."""
    if shutil.which("hyperfine"):
        with tempfile.NamedTemporaryFile(suffix=".json") as export:
            subprocess.run(["hyperfine", "--shell=none", "--ignore-failure", "--warmup", "5",
                            "--runs", str(runs), "--export-json", export.name, *commands],
                           check=True, capture_output=True)
            results = json.loads(Path(export.name).read_text())["results"]
            return [result["mean"] for result in results]
    times = [[] for _ in commands]
    for _ in range(runs):
        for index, command in enumerate(commands):
            start = time.perf_counter()
            subprocess.run(command.split(), capture_output=True)
            times[index].append(time.perf_counter() - start)
    return [statistics.mean(t) for t in times]


def main():
    print("building…", file=sys.stderr)
    run("cargo", "build", "--release", "--quiet")
    binary = str(ROOT / "target/release/multistage")
    python = run(str(ROOT / "scripts/reference-venv.sh")).strip()
    hadolint = str(Path(python).parent / "hadolint")
    home = tempfile.mkdtemp(prefix="multistage-perf-")
    os.environ["MULTISTAGE_HOME"] = home
    rows = []

    def row(what, budget, measured, peer, ok):
        rows.append((what, budget, measured, peer, "met" if ok else "MISSED"))

    print("parse + graph + lint…", file=sys.stderr)
    lint = criterion("check", "parse+graph+lint", "multistage-60")
    row("parse + graph + lint, 60 lines", "< 50 µs", f"{lint * 1e6:.1f} µs", "—", lint < 50e-6)

    print("grading the exercises' own files…", file=sys.stderr)
    run("cargo", "bench", "--quiet", "--bench", "check", "--", r"^grade/\d\d-",
        "--warm-up-time", "1", "--measurement-time", "2")
    graded = {path.parent.parent.name: json.loads(path.read_text())["mean"]["point_estimate"] / 1e9
              for path in (ROOT / "target/criterion/grade").glob("*/new/estimates.json")
              if path.parent.parent.name[:2].isdigit()}
    # An exercise built for several platforms, on several machines, grades
    # each build: the budget holds per build.
    def builds(bench):
        import tomllib
        folder = next((ROOT / "exercises").glob(bench.split("-")[0] + "-*"), None)
        if folder is None:
            return 1
        scenario = tomllib.loads((folder / "exercise.toml").read_text()).get("scenario", {})
        return max(1, len(scenario.get("platforms", []))) * max(1, len(scenario.get("build_platforms", [])))
    per_build = {bench: time / builds(bench) for bench, time in graded.items()}
    slowest = max(per_build, key=per_build.get)
    row(f"grading an exercise's own files, per build (worst of starts and solutions, {len(graded) // 2} exercises)", "< 1 ms",
        f"{per_build[slowest] * 1e6:.0f} µs ({slowest})", "—", per_build[slowest] < 1e-3)

    print("check vs hadolint…", file=sys.stderr)
    worst_ratio, worst_time = 0.0, 0.0
    for exercise in ["01-premier-multi-stage", "05-python-venv", "06-php-composer",
                     "12-copier-le-strict-necessaire"]:
        file = f"exercises/{exercise}/solution.Dockerfile"
        ours, theirs = whole_process([f"{binary} check {exercise} {file}", f"{hadolint} {file}"])
        worst_ratio = max(worst_ratio, ours / theirs)
        worst_time = max(worst_time, ours)
        last_theirs = theirs
    row("`check ID FILE`, whole process (worst of 4)", "< 10 ms and < 1/5 of hadolint",
        f"{worst_time * 1e3:.1f} ms (ratio {worst_ratio:.2f})",
        f"hadolint {last_theirs * 1e3:.1f} ms", worst_time < 0.010 and worst_ratio < 0.2)

    print("parse 10,000 lines vs BuildKit's parser…", file=sys.stderr)
    ours = criterion("parse", "parse", "10000-lines")
    reference = run(python, str(ROOT / "scripts/bench-reference.py"))
    theirs = float(re.search(r"10000-lines\s+([\d.]+)", reference).group(1)) / 1e6
    row("parse of a 10,000-line Dockerfile", "faster than BuildKit's parser",
        f"{ours * 1e3:.2f} ms", f"BuildKit (PyPI dockerfile) {theirs * 1e3:.1f} ms", ours < theirs)

    print("a keystroke to the frame…", file=sys.stderr)
    keystroke = max(criterion("keystroke", "keystroke-to-frame-300-lines", size)
                    for size in ["80x24", "140x40"])
    row("keystroke → redrawn frame, 300 lines (worst size)", "< 5 ms",
        f"{keystroke * 1e3:.2f} ms", "—", keystroke < 0.005)
    run("cargo", "bench", "--quiet", "--bench", "keystroke", "--", "^grade-after-pause-300-lines$",
        "--warm-up-time", "1", "--measurement-time", "3")
    pause = json.loads((ROOT / "target/criterion/grade-after-pause-300-lines/new/estimates.json")
                       .read_text())["mean"]["point_estimate"] / 1e9
    row("exercise view: grading after a pause, 300 lines", "< 10 ms",
        f"{pause * 1e3:.2f} ms", "—", pause < 0.010)

    print("the TUI in a pseudo-terminal…", file=sys.stderr)
    tui = run(sys.executable, str(ROOT / "scripts/bench-tui.py"), "--runs", "15")
    medians = {name.strip(): float(median) for name, median in
               re.findall(r"^(.+?)\s+min\s+[\d.]+ ms\s+median\s+([\d.]+) ms", tui, re.M)}
    less = medians.pop("less small.txt (80x24)")
    for size in ("80x24", "140x40"):
        pager = medians.pop(f"less -R, the same section ({size})")
        lesson = medians[f"multistage lesson bonus ({size})"]
        row(f"lesson's first frame against less -R, {size}", "< 1.3x the pager",
            f"{lesson:.1f} ms ({lesson / pager:.2f}x)", f"less -R {pager:.1f} ms",
            lesson < 1.3 * pager)
    worst_name = max(medians, key=medians.get)
    row("first frame, pseudo-terminal (worst median)", "< 25 ms",
        f"{medians[worst_name]:.1f} ms ({worst_name})", f"less {less:.1f} ms",
        medians[worst_name] < 25)
    rss = float(re.search(r"session peak RSS.*?max ([\d.]+) MB", tui).group(1))
    row("memory during a session (peak RSS)", "< 40 MB", f"{rss:.1f} MB", "—", rss < 40)
    shutil.rmtree(home, ignore_errors=True)

    headers = ("budget (SPEC §12)", "limit", "measured", "peer, same run", "verdict")
    widths = [max(len(str(r[i])) for r in rows + [headers]) for i in range(5)]
    line = lambda cells: "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths)) + " |"
    print(line(headers))
    print("| " + " | ".join("-" * w for w in widths) + " |")
    for r in rows:
        print(line(r))
    print(f"\n{time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, release build.")
    sys.exit(0 if all(r[4] == "met" for r in rows) else 1)


if __name__ == "__main__":
    main()
