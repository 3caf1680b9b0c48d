#!/usr/bin/env python3
"""Regenerate the expected outputs of tests/fixtures/parse/.

For every NN-name.Dockerfile, runs the reference parser (scripts/
reference_parse.py) and writes either NN-name.json (the reference accepts the
file: its commands, JSON with indent=2, UTF-8, final newline) or NN-name.error
(it rejects the file: the error message and a newline). The stale one of the
pair is deleted, and expected files without a Dockerfile are removed.

Files are read as bytes and decoded as strict UTF-8; the text is passed to the
parser exactly (CRLF is not translated). Deterministic: rerunning changes
nothing.

Usage: regen-parse-fixtures.py [--check] [FIXTURE_DIR]
  --check   write nothing; exit 1 if any expected file would change.
"""

import argparse
import os
import sys

SCRIPTS_DIR = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, SCRIPTS_DIR)

import reference_parse  # noqa: E402

DEFAULT_DIR = os.path.join(os.path.dirname(SCRIPTS_DIR), "tests", "fixtures", "parse")
SUFFIX = ".Dockerfile"


def read_bytes(path):
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except FileNotFoundError:
        return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dir", nargs="?", default=DEFAULT_DIR)
    parser.add_argument("--check", action="store_true",
                        help="only report differences; exit 1 if any")
    args = parser.parse_args()
    reference_parse.ensure_reference()

    names = sorted(n[: -len(SUFFIX)] for n in os.listdir(args.dir) if n.endswith(SUFFIX))
    accepted = rejected = changed = removed = 0
    for name in names:
        base = os.path.join(args.dir, name)
        with open(base + SUFFIX, "rb") as fh:
            text = fh.read().decode("utf-8", errors="strict")
        commands, error = reference_parse.parse_to_json(text)
        if error is None:
            accepted += 1
            want_path, stale_path = base + ".json", base + ".error"
            content = reference_parse.to_json_text(commands)
        else:
            rejected += 1
            want_path, stale_path = base + ".error", base + ".json"
            if "\n" in error:
                sys.stderr.write("warning: %s: multi-line error message\n" % name)
            content = error + "\n"
        data = content.encode("utf-8")
        if read_bytes(want_path) != data:
            changed += 1
            if args.check:
                print("would update %s" % os.path.relpath(want_path))
            else:
                with open(want_path, "wb") as fh:
                    fh.write(data)
        if os.path.exists(stale_path):
            removed += 1
            if args.check:
                print("would remove %s" % os.path.relpath(stale_path))
            else:
                os.remove(stale_path)

    known = set(names)
    for entry in sorted(os.listdir(args.dir)):
        stem, ext = os.path.splitext(entry)
        if ext in (".json", ".error") and stem not in known:
            removed += 1
            if args.check:
                print("would remove orphan %s" % entry)
            else:
                os.remove(os.path.join(args.dir, entry))

    verb = "would change" if args.check else "changed"
    print("%d fixtures: %d accepted (.json), %d rejected (.error); %s %d, removed %d"
          % (len(names), accepted, rejected, verb, changed, removed))
    if args.check and (changed or removed):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
