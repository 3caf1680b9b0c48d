#!/usr/bin/env python3
"""Whole-process timings of the tutorial as a terminal emulator sees them.

Each run spawns the command in a fresh pseudo-terminal (80x24 unless told
otherwise) and stops the clock when the last text of its first screen has
arrived on the terminal side: the footer's last key hint for multistage,
the `(END)` prompt for `less` on a small file, the peer this is measured
against. The command is then told to quit (`q`). A last scenario drives a
whole session (every lesson, a search, the help) under `/usr/bin/time` and
reports its peak memory (RSS).

Usage: scripts/bench-tui.py [--runs N] [--binary target/release/multistage]
"""

import argparse
import json
import fcntl
import os
import pty
import select
import shutil
import statistics
import subprocess
import struct
import sys
import tempfile
import termios
import time


def spawn(argv, cols, rows, env):
    """Forks `argv` on a new pseudo-terminal; returns (pid, master fd)."""
    pid, master = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        os.execvpe(argv[0], argv, env)
    return pid, master


def read_until(master, needle, timeout=10.0):
    """Reads the terminal until `needle` has arrived; returns all bytes read."""
    seen = b""
    deadline = time.monotonic() + timeout
    while needle not in seen:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"{needle!r} never arrived; got {seen[-200:]!r}")
        ready, _, _ = select.select([master], [], [], left)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    return seen


def settle(master, quiet=0.05):
    """Reads until the terminal has been quiet for `quiet` seconds."""
    while select.select([master], [], [], quiet)[0]:
        try:
            if not os.read(master, 65536):
                return
        except OSError:
            return


def finish(pid, master, keys=b"q"):
    """Quits the program and reaps it, reading whatever it still writes."""
    os.write(master, keys)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.05)
        if ready:
            try:
                if not os.read(master, 65536):
                    break
            except OSError:
                break
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
    else:
        os.kill(pid, 9)
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
    os.close(master)


def first_frame(argv, needle, env, cols, rows, keys=b"q"):
    start = time.perf_counter()
    pid, master = spawn(argv, cols, rows, env)
    read_until(master, needle)
    elapsed = time.perf_counter() - start
    finish(pid, master, keys)
    return elapsed * 1000


def report(name, times):
    times = sorted(times)
    print(
        f"{name:<44} min {times[0]:6.2f} ms  median {statistics.median(times):6.2f} ms"
        f"  max {times[-1]:6.2f} ms  ({len(times)} runs)"
    )


def session_rss(binary, env):
    """Peak RSS (kB) of a session reading every lesson, searching, showing help."""
    with tempfile.NamedTemporaryFile(suffix=".time") as out:
        argv = ["/usr/bin/time", "-f", "%M", "-o", out.name, binary]
        pid, master = spawn(argv, 120, 40, env)
        read_until(master, b"quitter")
        # Open the first lesson, then each: to its end (marks it read), next.
        for key in [b"\r"] + [b"G", b"\x1b[C"] * 7 + [b"G", b"/stage\r", b"n", b"?"]:
            os.write(master, key)
            settle(master)
        finish(pid, master, b"q")
        with open(os.path.join(env["MULTISTAGE_HOME"], "progress.json")) as progress:
            read = len(json.load(progress)["lessons_read"])
        assert read == 8, f"the session read {read} lessons, not 8"
        return int(open(out.name).read().strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--binary", default="target/release/multistage")
    parser.add_argument("--only", help="run only the scenarios whose name holds one of these comma-separated texts")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    if not os.access(binary, os.X_OK):
        sys.exit(f"{binary}: build it first (cargo build --release)")
    home = tempfile.mkdtemp(prefix="multistage-bench-")
    env = dict(os.environ, TERM="xterm-256color", MULTISTAGE_HOME=home, COLORTERM="truecolor")
    env.pop("NO_COLOR", None)
    small = os.path.join(home, "small.txt")
    with open(small, "w") as f:
        f.write("".join(f"line {n}\n" for n in range(10)))

    # The same section as the pager shows it: the peer for a lesson.
    bonus = os.path.join(home, "bonus.ansi")
    with open(bonus, "wb") as f:
        f.write(subprocess.run(
            [binary, "fiche", "--section", "bonus", "--color", "always"],
            env=env, check=True, capture_output=True).stdout)

    scenarios = [
        ("multistage lesson bonus (80x24)", [binary, "lesson", "bonus"], b"quitter", 80, 24),
        ("less -R, the same section (80x24)", ["less", "-R", bonus], b"bonus.ansi", 80, 24),
        ("multistage lesson bonus (140x40)", [binary, "lesson", "bonus"], b"quitter", 140, 40),
        ("less -R, the same section (140x40)", ["less", "-R", bonus], b"bonus.ansi", 140, 40),
        ("multistage (home screen, 80x24)", [binary], b"quitter", 80, 24),
        ("multistage (home screen, 120x40)", [binary], b"quitter", 120, 40),
        ("multistage lesson exemples (120x40)", [binary, "lesson", "exemples"], b"quitter", 120, 40),
        # The editor has the keys: Ctrl-Q quits (q would be typed).
        ("multistage exercise 01 (80x24)", [binary, "exercise", "01"], b"quitter", 80, 24, b"\x11"),
        ("multistage exercise 01 (140x40)", [binary, "exercise", "01"], b"quitter", 140, 40, b"\x11"),
        ("less small.txt (80x24)", ["less", small], b"(END)", 80, 24),
    ]
    chosen = [
        scenario for scenario in scenarios
        if not args.only or any(part in scenario[0] for part in args.only.split(","))
    ]
    # One run of each in turn, so that the machine's drift (up to x1.7
    # within minutes here) falls on every command alike.
    times = {scenario[0]: [] for scenario in chosen}
    for run in range(args.runs + 1):
        for name, argv, needle, cols, rows, *keys in chosen:
            elapsed = first_frame(argv, needle, env, cols, rows, keys[0] if keys else b"q")
            if run > 0:  # the first round warms the page cache
                times[name].append(elapsed)
    for name, _, _, _, _, *_ in chosen:
        report(name, times[name])
    if args.only:
        shutil.rmtree(home)
        return
    rss = [session_rss(binary, env) for _ in range(3)]
    print(f"{'session peak RSS (every lesson, search, help)':<44} max {max(rss) / 1024:.1f} MB "
          f"(runs: {', '.join(f'{r / 1024:.1f}' for r in rss)})")
    shutil.rmtree(home)


if __name__ == "__main__":
    main()
