#!/usr/bin/env python3
"""Compare `multistage lint` with hadolint on the checks both of them have.

For each Dockerfile, both linters run; their findings are reduced to sets of
(line, code), with hadolint's codes mapped to ours and every other code
dropped:

    DL3006, DL3007 -> UntaggedImage        DL3024 -> DuplicateStageName
    DL3022         -> UndefinedStage       DL3025 -> JSONArgsRecommended
    DL3023         -> StageSelfReference   DL3063 -> ReservedStageName

The script prints (and with --markdown-out writes) a markdown table of every
disagreement (file, line, our codes, hadolint's codes) and per-code counts:
found by both, by us only, by hadolint only.

Inputs: the paths given on the command line (files, or folders searched for
*.Dockerfile), else every tests/fixtures/lint/**/*.Dockerfile plus
../shared/conformance/real-world/*.Dockerfile (relative to the repository
root; skipped with a message when absent).

Ours: `BINARY lint FILE --format json` (default target/release/multistage),
which prints {"diagnostics": [{"code", "severity", "line", "message"}]} and
exits 0, 1 or 2. hadolint: the reference venv's (scripts/reference-venv.sh
prints the venv's python; hadolint sits next to it), or --hadolint PATH, run
as `hadolint --format json --no-fail FILE`. Files hadolint cannot parse
(DL1000) are listed and left out of the comparison.

Exit status: 0 when every file was compared (disagreements are the report,
not a failure, unless --fail-on-disagreement), 1 when some file could not be
compared or --fail-on-disagreement found disagreements, 2 when our binary or
its `lint` command is missing, or hadolint is missing. Plain python3 (3.11+)
is enough; nothing here needs the venv's packages. Never runs cargo.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BINARY = "target/release/multistage"
FIXTURES_DIR = "tests/fixtures/lint"
REAL_WORLD_DIR = "../shared/conformance/real-world"
TIMEOUT_SECONDS = 60

HADOLINT_TO_OURS = {
    "DL3006": "UntaggedImage",
    "DL3007": "UntaggedImage",
    "DL3022": "UndefinedStage",
    "DL3023": "StageSelfReference",
    "DL3024": "DuplicateStageName",
    "DL3025": "JSONArgsRecommended",
    "DL3063": "ReservedStageName",
}
SHARED_CODES = sorted(set(HADOLINT_TO_OURS.values()))

Finding = tuple[int, str]  # (line, our code)


class BinaryMissing(Exception):
    """Our binary, or its `lint` command, does not exist (yet)."""


class ToolError(Exception):
    """One run produced no usable result for one file."""


@dataclass
class FileResult:
    path: Path
    ours: set[Finding] = field(default_factory=set)
    theirs: set[Finding] = field(default_factory=set)
    skipped: str | None = None  # why the file was not compared
    error: str | None = None  # a tool failed on this file


def display_path(path: Path) -> str:
    """The path relative to the repository root when possible (../ allowed)."""
    try:
        relative = os.path.relpath(path, REPO_ROOT)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if relative.startswith(os.pardir + os.sep + os.pardir) else relative


def resolve_binary(text: str) -> Path:
    """An absolute path, a path relative to the current folder, else to the repository root."""
    path = Path(text)
    if path.is_absolute() or path.exists():
        return path.resolve()
    return REPO_ROOT / path


def collect_files(paths: list[str]) -> tuple[list[Path], list[str]]:
    """The Dockerfiles to compare, and notes about skipped inputs."""
    notes: list[str] = []
    files: list[Path] = []
    if paths:
        for text in paths:
            path = Path(text)
            if path.is_dir():
                found = sorted(path.rglob("*.Dockerfile"))
                if not found:
                    notes.append(f"{text}: no *.Dockerfile inside, skipped")
                files.extend(found)
            elif path.is_file():
                files.append(path)
            else:
                notes.append(f"{text}: not found, skipped")
        return [f.resolve() for f in files], notes

    fixtures = REPO_ROOT / FIXTURES_DIR
    if fixtures.is_dir():
        files.extend(sorted(fixtures.rglob("*.Dockerfile")))
    else:
        notes.append(f"{FIXTURES_DIR}: absent, skipped")
    real_world = (REPO_ROOT / REAL_WORLD_DIR).resolve()
    if real_world.is_dir():
        files.extend(sorted(real_world.glob("*.Dockerfile")))
    else:
        notes.append(f"{REAL_WORLD_DIR} (from the repository root): absent, skipped")
    return [f.resolve() for f in files], notes


def find_hadolint(explicit: str | None) -> Path:
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise FileNotFoundError(f"hadolint not found at {explicit}")
        return path
    script = REPO_ROOT / "scripts" / "reference-venv.sh"
    try:
        done = subprocess.run(
            ["bash", str(script)],
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise FileNotFoundError(f"could not run {display_path(script)}: {exc}") from exc
    if done.returncode != 0 or not done.stdout.strip():
        raise FileNotFoundError(
            f"{display_path(script)} failed (exit {done.returncode}): {done.stderr.strip()}"
        )
    python = Path(done.stdout.strip().splitlines()[-1])
    hadolint = python.parent / "hadolint"
    if not hadolint.is_file():
        raise FileNotFoundError(f"no hadolint next to the venv's python ({hadolint})")
    return hadolint


def run_ours(binary: Path, file: Path) -> set[Finding]:
    try:
        done = subprocess.run(
            [str(binary), "lint", str(file), "--format", "json"],
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    except FileNotFoundError as exc:
        raise BinaryMissing(f"binary missing: {binary}") from exc
    except PermissionError as exc:
        raise BinaryMissing(f"binary missing (not executable): {binary}") from exc
    except subprocess.TimeoutExpired as exc:
        raise ToolError(f"ours timed out after {TIMEOUT_SECONDS} s") from exc
    try:
        data = json.loads(done.stdout)
    except json.JSONDecodeError:
        data = None
    if not isinstance(data, dict) or not isinstance(data.get("diagnostics"), list):
        stderr = done.stderr.strip()
        if done.returncode == 2 and (
            "unrecognized subcommand" in stderr or "invalid subcommand" in stderr
        ):
            raise BinaryMissing(f"binary missing: {binary} has no `lint` command yet")
        first = stderr.splitlines()[0] if stderr else done.stdout.strip()[:200]
        raise ToolError(f"ours exited {done.returncode} without JSON diagnostics: {first}")
    if done.returncode not in (0, 1):
        raise ToolError(f"ours exited {done.returncode}")
    findings: set[Finding] = set()
    for diag in data["diagnostics"]:
        code = diag.get("code") if isinstance(diag, dict) else None
        line = diag.get("line") if isinstance(diag, dict) else None
        if not isinstance(code, str) or not isinstance(line, int):
            raise ToolError(f"ours printed a malformed diagnostic: {diag!r}")
        if code in SHARED_CODES:
            findings.add((line, code))
    return findings


def run_hadolint(hadolint: Path, file: Path) -> tuple[set[Finding], str | None]:
    """Mapped findings, and the parse error when hadolint rejected the file."""
    try:
        done = subprocess.run(
            [str(hadolint), "--format", "json", "--no-fail", str(file)],
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise ToolError(f"hadolint timed out after {TIMEOUT_SECONDS} s") from exc
    try:
        data = json.loads(done.stdout)
    except json.JSONDecodeError:
        data = None
    if not isinstance(data, list):
        first = done.stderr.strip().splitlines()[0] if done.stderr.strip() else ""
        raise ToolError(f"hadolint exited {done.returncode} without JSON: {first}")
    findings: set[Finding] = set()
    parse_error: str | None = None
    for item in data:
        if not isinstance(item, dict):
            continue
        code, line = item.get("code"), item.get("line")
        if code == "DL1000":
            message = str(item.get("message", "")).splitlines()
            parse_error = f"line {line}: {message[0] if message else 'parse error'}"
        elif code in HADOLINT_TO_OURS and isinstance(line, int):
            findings.add((line, HADOLINT_TO_OURS[code]))
    return findings, parse_error


def compare_file(binary: Path, hadolint: Path, file: Path) -> FileResult:
    result = FileResult(file)
    try:
        result.theirs, parse_error = run_hadolint(hadolint, file)
    except ToolError as exc:
        result.error = str(exc)
        return result
    if parse_error is not None:
        result.skipped = f"hadolint cannot parse it ({parse_error})"
        # Still run ours: a missing binary must be noticed on the first file.
        try:
            run_ours(binary, file)
        except ToolError:
            pass
        return result
    try:
        result.ours = run_ours(binary, file)
    except ToolError as exc:
        result.error = str(exc)
    return result


def md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_report(results: list[FileResult], notes: list[str]) -> tuple[str, int]:
    """The markdown report and the number of disagreeing (file, line) rows."""
    rows: list[tuple[str, int, str, str]] = []
    both: Counter[str] = Counter()
    ours_only: Counter[str] = Counter()
    theirs_only: Counter[str] = Counter()
    compared = [r for r in results if r.skipped is None and r.error is None]
    for result in compared:
        for _, code in result.ours & result.theirs:
            both[code] += 1
        for _, code in result.ours - result.theirs:
            ours_only[code] += 1
        for _, code in result.theirs - result.ours:
            theirs_only[code] += 1
        lines = sorted({line for line, _ in result.ours ^ result.theirs})
        for line in lines:
            ours = sorted(code for l, code in result.ours if l == line)
            theirs = sorted(code for l, code in result.theirs if l == line)
            rows.append(
                (display_path(result.path), line, ", ".join(ours) or "—", ", ".join(theirs) or "—")
            )

    out: list[str] = []
    out.append("# multistage lint vs hadolint")
    out.append("")
    out.append(
        f"{len(results)} files: {len(compared)} compared, "
        f"{sum(r.skipped is not None for r in results)} skipped, "
        f"{sum(r.error is not None for r in results)} failed. "
        "Codes compared: " + ", ".join(SHARED_CODES) + "."
    )
    out.append("")
    out.append("## Disagreements")
    out.append("")
    if rows:
        out.append("| file | line | ours | hadolint |")
        out.append("| --- | ---: | --- | --- |")
        for path, line, ours, theirs in rows:
            out.append(f"| {md_cell(path)} | {line} | {md_cell(ours)} | {md_cell(theirs)} |")
    else:
        out.append("None.")
    out.append("")
    out.append("## Per code")
    out.append("")
    out.append("| code | both | ours only | hadolint only |")
    out.append("| --- | ---: | ---: | ---: |")
    for code in SHARED_CODES:
        out.append(f"| {code} | {both[code]} | {ours_only[code]} | {theirs_only[code]} |")
    out.append(
        f"| **total** | {sum(both.values())} | {sum(ours_only.values())} "
        f"| {sum(theirs_only.values())} |"
    )
    skipped = [r for r in results if r.skipped is not None]
    failed = [r for r in results if r.error is not None]
    if skipped or failed or notes:
        out.append("")
        out.append("## Not compared")
        out.append("")
        for note in notes:
            out.append(f"- {md_cell(note)}")
        for result in skipped:
            out.append(f"- {md_cell(display_path(result.path))}: {md_cell(result.skipped or '')}")
        for result in failed:
            out.append(f"- {md_cell(display_path(result.path))}: FAILED: {md_cell(result.error or '')}")
    return "\n".join(out) + "\n", len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Compare `multistage lint` with hadolint on the codes both have.",
    )
    parser.add_argument(
        "paths",
        nargs="*",
        help="Dockerfiles or folders (default: tests/fixtures/lint and the real-world corpus)",
    )
    parser.add_argument(
        "--binary",
        default=DEFAULT_BINARY,
        help=f"our binary (default {DEFAULT_BINARY}; a relative path not found from the current folder is taken from the repository root)",
    )
    parser.add_argument(
        "--hadolint",
        help="hadolint executable (default: the one in the reference venv)",
    )
    parser.add_argument("--markdown-out", metavar="FILE", help="also write the report to FILE")
    parser.add_argument(
        "--fail-on-disagreement",
        action="store_true",
        help="exit 1 when the linters disagree anywhere",
    )
    args = parser.parse_args(argv)

    binary = resolve_binary(args.binary)
    if not binary.is_file():
        print(f"binary missing: {binary} (build it with cargo build --release)", file=sys.stderr)
        return 2

    files, notes = collect_files(args.paths)
    for note in notes:
        print(note, file=sys.stderr)
    if not files:
        print("no Dockerfiles to compare", file=sys.stderr)
        return 1

    try:
        hadolint = find_hadolint(args.hadolint)
    except FileNotFoundError as exc:
        print(f"hadolint missing: {exc}", file=sys.stderr)
        return 2

    results: list[FileResult] = []
    try:
        for file in files:
            results.append(compare_file(binary, hadolint, file))
    except BinaryMissing as exc:
        print(str(exc), file=sys.stderr)
        return 2

    report, disagreements = render_report(results, notes)
    sys.stdout.write(report)
    if args.markdown_out:
        out = Path(args.markdown_out)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(report, encoding="utf-8")
    if any(r.error is not None for r in results):
        return 1
    if args.fail_on_disagreement and disagreements:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
