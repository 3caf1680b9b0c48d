#!/usr/bin/env python3
"""Check or re-download the real-world Dockerfile corpus of tests/corpus/.

    python3 scripts/corpus.py verify
        Checks tests/corpus/manifest.tsv against tests/corpus/files/ and
        tests/corpus/LICENSES/, prints a summary, exits 1 on any problem.

    python3 scripts/corpus.py refetch [--out DIR] [--jobs N]
        Downloads every file of the manifest again from
        https://raw.githubusercontent.com/<repo>/<commit>/<source_path>
        into DIR (default: tests/corpus/), checks its SHA-256 and size,
        exits 1 if any file is missing or differs.

    python3 scripts/corpus.py expected [--check]
        Parses every file with the reference parser (BuildKit's own, the
        PyPI package `dockerfile`; see scripts/reference_parse.py) and
        writes tests/corpus/expected.jsonl.gz: one line per manifest row,
        {"path": ..., "parse": [...]} or {"path": ..., "error": "..."},
        gzip-compressed without a timestamp so the bytes depend only on the
        parses. --check writes nothing and exits 1 if the file would change.

    python3 scripts/corpus.py lint-report [--binary PATH] [--code CODE]
        Runs `multistage lint --format json` (default binary:
        target/release/multistage) on every file and prints, per code, its
        origin, severity, how many diagnostics and in how many files;
        with --code, every diagnostic of that code (file, line, message).

Standard library only (the `expected` command re-runs itself with the
reference venv's python). Never runs cargo.
"""

import argparse
import collections
import concurrent.futures
import hashlib
import os
import re
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "tests", "corpus")
MANIFEST = os.path.join(CORPUS, "manifest.tsv")
HEADER = ["path", "repo", "commit", "source_path", "licence", "sha256", "bytes"]
PERMISSIVE = {
    "MIT",
    "Apache-2.0",
    "BSD-2-Clause",
    "BSD-3-Clause",
    "ISC",
    "0BSD",
    "Unlicense",
    "CC0-1.0",
    "MIT OR Apache-2.0",
}
MAX_FILE = 64 * 1024
MAX_TOTAL = 3_500_000
RAW = "https://raw.githubusercontent.com/{repo}/{commit}/{path}"


def licence_file(repo):
    return os.path.join(CORPUS, "LICENSES", repo.replace("/", "__") + ".txt")


def read_manifest(problems):
    """The manifest rows as dicts (bytes as int); format problems appended."""
    rows = []
    try:
        with open(MANIFEST, encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
    except OSError as e:
        problems.append(f"cannot read manifest: {e}")
        return rows
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != HEADER:
        problems.append("manifest header is not: " + "\\t".join(HEADER))
        return rows
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(HEADER):
            problems.append(f"manifest line {n}: {len(fields)} fields, want {len(HEADER)}")
            continue
        row = dict(zip(HEADER, fields))
        try:
            row["bytes"] = int(row["bytes"])
        except ValueError:
            problems.append(f"manifest line {n}: bytes is not an integer")
            continue
        row["line"] = n
        rows.append(row)
    return rows


def check_rows(rows, problems):
    """Checks of the manifest itself (no file access)."""
    paths = [r["path"] for r in rows]
    if paths != sorted(paths):
        problems.append("manifest is not sorted by path")
    seen_path, seen_sha = set(), {}
    repo_commit, repo_licence = {}, {}
    for r in rows:
        where = f"manifest line {r['line']}"
        if r["path"] in seen_path:
            problems.append(f"{where}: duplicate path {r['path']}")
        seen_path.add(r["path"])
        if r["sha256"] in seen_sha:
            problems.append(f"{where}: same content as {seen_sha[r['sha256']]}")
        seen_sha.setdefault(r["sha256"], r["path"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+", r["repo"]):
            problems.append(f"{where}: bad repo {r['repo']!r}")
        if not re.fullmatch(r"[0-9a-f]{40}", r["commit"]):
            problems.append(f"{where}: commit is not 40 hex digits")
        if not re.fullmatch(r"[0-9a-f]{64}", r["sha256"]):
            problems.append(f"{where}: sha256 is not 64 hex digits")
        if r["path"] != f"files/{r['repo']}/{r['source_path']}":
            problems.append(f"{where}: path is not files/<repo>/<source_path>")
        if ".." in r["source_path"].split("/") or r["source_path"].startswith("/"):
            problems.append(f"{where}: unsafe source_path")
        if r["licence"] not in PERMISSIVE:
            problems.append(f"{where}: licence {r['licence']!r} is not in the allowed list")
        if r["bytes"] > MAX_FILE:
            problems.append(f"{where}: {r['bytes']} bytes, over {MAX_FILE}")
        if repo_commit.setdefault(r["repo"], r["commit"]) != r["commit"]:
            problems.append(f"{where}: {r['repo']} has more than one commit")
        if repo_licence.setdefault(r["repo"], r["licence"]) != r["licence"]:
            problems.append(f"{where}: {r['repo']} has more than one licence")
    total = sum(r["bytes"] for r in rows)
    if total > MAX_TOTAL:
        problems.append(f"total size {total} bytes is over {MAX_TOTAL}")


def summary(rows):
    repos = collections.OrderedDict()
    for r in sorted(rows, key=lambda r: r["repo"].lower()):
        repos.setdefault(r["repo"], r["licence"])
    files_by_lic = collections.Counter(r["licence"] for r in rows)
    repos_by_lic = collections.Counter(repos.values())
    print(f"files: {len(rows)}")
    print(f"repos: {len(repos)}")
    print(f"bytes: {sum(r['bytes'] for r in rows)}")
    print("per licence (files / repos):")
    for lic, n in sorted(files_by_lic.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {lic:20s} {n:5d} / {repos_by_lic[lic]}")


def verify():
    problems = []
    rows = read_manifest(problems)
    check_rows(rows, problems)
    listed = set()
    for r in rows:
        listed.add(r["path"])
        fp = os.path.join(CORPUS, r["path"])
        try:
            with open(fp, "rb") as f:
                data = f.read()
        except OSError:
            problems.append(f"missing file {r['path']}")
            continue
        if len(data) != r["bytes"]:
            problems.append(f"{r['path']}: {len(data)} bytes, manifest says {r['bytes']}")
        if hashlib.sha256(data).hexdigest() != r["sha256"]:
            problems.append(f"{r['path']}: sha256 differs from the manifest")
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"{r['path']}: not valid UTF-8")
    files_dir = os.path.join(CORPUS, "files")
    for dirpath, dirnames, filenames in os.walk(files_dir):
        for name in filenames:
            rel = os.path.relpath(os.path.join(dirpath, name), CORPUS).replace(os.sep, "/")
            if rel not in listed:
                problems.append(f"{rel}: not in the manifest")
    repos = sorted({r["repo"] for r in rows})
    for repo in repos:
        lf = licence_file(repo)
        if not os.path.isfile(lf) or os.path.getsize(lf) == 0:
            problems.append(f"{repo}: no LICENSES/{os.path.basename(lf)}")
    lic_dir = os.path.join(CORPUS, "LICENSES")
    if os.path.isdir(lic_dir):
        wanted = {os.path.basename(licence_file(repo)) for repo in repos}
        for name in sorted(os.listdir(lic_dir)):
            if name not in wanted:
                problems.append(f"LICENSES/{name}: no manifest row for this repo")
    summary(rows)
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems[:200]:
            print("  " + p, file=sys.stderr)
        if len(problems) > 200:
            print(f"  ... and {len(problems) - 200} more", file=sys.stderr)
        return 1
    print("OK")
    return 0


def download(url, attempts=3):
    last = None
    for i in range(attempts):
        try:
            req = urllib.request.Request(url, headers={"User-Agent": "corpus-refetch"})
            with urllib.request.urlopen(req, timeout=60) as resp:
                return resp.read()
        except urllib.error.HTTPError as e:
            if e.code == 404:
                raise
            last = e
        except (urllib.error.URLError, OSError) as e:
            last = e
        time.sleep(1 + 2 * i)
    raise last


def refetch_one(row, out):
    url = RAW.format(
        repo=row["repo"],
        commit=row["commit"],
        path=urllib.parse.quote(row["source_path"], safe="/"),
    )
    try:
        data = download(url)
    except Exception as e:  # noqa: BLE001 - reported, not raised
        return f"{row['path']}: download failed: {e} ({url})"
    if len(data) != row["bytes"] or hashlib.sha256(data).hexdigest() != row["sha256"]:
        return f"{row['path']}: downloaded bytes differ from the manifest ({url})"
    dest = os.path.join(out, row["path"])
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(dest), prefix=".refetch-")
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.replace(tmp, dest)
    return None


def refetch(out, jobs):
    problems = []
    rows = read_manifest(problems)
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        return 1
    out = os.path.abspath(out)
    done = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        for err in pool.map(lambda r: refetch_one(r, out), rows):
            done += 1
            if err:
                problems.append(err)
                print(err, file=sys.stderr)
            if done % 100 == 0:
                print(f"{done}/{len(rows)}", file=sys.stderr)
    print(f"fetched {len(rows) - len(problems)} of {len(rows)} files into {out}")
    return 1 if problems else 0


EXPECTED = os.path.join(CORPUS, "expected.jsonl.gz")


def expected_bytes(rows):
    """The gzip bytes of the reference parses, deterministic."""
    import gzip
    import io
    import json

    sys.path.insert(0, os.path.join(ROOT, "scripts"))
    from reference_parse import parse_to_json

    lines = []
    for row in rows:
        with open(os.path.join(CORPUS, row["path"]), "rb") as f:
            text = f.read().decode("utf-8")
        commands, error = parse_to_json(text)
        entry = {"path": row["path"]}
        if error is None:
            entry["parse"] = commands
        else:
            entry["error"] = error
        lines.append(json.dumps(entry, ensure_ascii=False, separators=(",", ":")))
    raw = ("\n".join(lines) + "\n").encode("utf-8")
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9, mtime=0, filename="") as z:
        z.write(raw)
    return out.getvalue()


def expected(check):
    sys.path.insert(0, os.path.join(ROOT, "scripts"))
    from reference_parse import ensure_reference

    ensure_reference()
    problems = []
    rows = read_manifest(problems)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    data = expected_bytes(rows)
    try:
        with open(EXPECTED, "rb") as f:
            current = f.read()
    except OSError:
        current = None
    if check:
        if current != data:
            print("tests/corpus/expected.jsonl.gz is out of date: run scripts/corpus.py expected")
            return 1
        print(f"expected parses up to date ({len(rows)} files)")
        return 0
    with open(EXPECTED, "wb") as f:
        f.write(data)
    print(f"wrote {len(rows)} reference parses to tests/corpus/expected.jsonl.gz ({len(data)} bytes)")
    return 0


def lint_report(binary, code):
    import json
    import subprocess

    problems = []
    rows = read_manifest(problems)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    counts = collections.Counter()
    files = collections.defaultdict(set)
    kinds = {}
    for row in rows:
        path = os.path.join(CORPUS, row["path"])
        out = subprocess.run(
            [binary, "--lang", "en", "lint", "--format", "json", path],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=dict(os.environ, NO_COLOR="1"),
        )
        if out.returncode not in (0, 1):
            print(f"{row['path']}: exit {out.returncode}: {out.stderr.decode(errors='replace')}")
            return 1
        for d in json.loads(out.stdout)["diagnostics"]:
            counts[d["code"]] += 1
            files[d["code"]].add(row["path"])
            kinds[d["code"]] = (d["origin"], d["severity"])
            if code == d["code"]:
                print(f"{row['path']}:{d['line']}: {d['message']}")
    if code:
        return 0
    print(f"{len(rows)} files")
    print(f"| code | origin | severity | diagnostics | files |")
    print(f"| --- | --- | --- | ---: | ---: |")
    for name, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        origin, severity = kinds[name]
        print(f"| {name} | {origin} | {severity} | {n} | {len(files[name])} |")
    return 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("verify", help="check the manifest against the stored files")
    rf = sub.add_parser("refetch", help="download every file again and check its SHA-256")
    rf.add_argument("--out", default=CORPUS, help="output directory (default: tests/corpus/)")
    rf.add_argument("--jobs", type=int, default=4, help="parallel downloads (default 4)")
    ex = sub.add_parser("expected", help="write the reference parses (expected.jsonl.gz)")
    ex.add_argument("--check", action="store_true", help="write nothing; exit 1 if out of date")
    lr = sub.add_parser("lint-report", help="diagnostics per code over the corpus")
    lr.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "multistage"))
    lr.add_argument("--code", help="list every diagnostic of this code")
    args = ap.parse_args(argv)
    if args.cmd == "lint-report":
        return lint_report(args.binary, args.code)
    if args.cmd == "verify":
        return verify()
    if args.cmd == "expected":
        return expected(args.check)
    return refetch(args.out, args.jobs)


if __name__ == "__main__":
    sys.exit(main())
