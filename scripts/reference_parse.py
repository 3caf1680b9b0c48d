#!/usr/bin/env python3
"""Reference Dockerfile parse, as the PyPI package `dockerfile` reports it.

`dockerfile` (3.4.0) wraps BuildKit's Go parser (v0.12.5). This module turns
its result into plain JSON data, in the exact shape that
`multistage parse FILE --format json` must print:

    [{"cmd", "sub_cmd", "json", "original", "start_line", "end_line",
      "flags": [...], "value": [...],
      "heredocs": [{"name", "file_descriptor", "content"}]}, ...]

Library use:
    from reference_parse import parse_to_json
    commands, error = parse_to_json(text)   # exactly one of them is None

Command line:
    reference_parse.py FILE     print the JSON (indent=2), exit 0;
                                or print the parser's error on stderr, exit 2.
    FILE may be `-` for standard input. The file is read as bytes and decoded
    as strict UTF-8; line endings are passed through untouched.

When `dockerfile` cannot be imported, the command line re-runs itself with
the python of the reference venv (scripts/reference-venv.sh creates it).
"""

import json
import os
import subprocess
import sys

SCRIPTS_DIR = os.path.dirname(os.path.abspath(__file__))
_REEXEC_GUARD = "MULTISTAGE_REFERENCE_REEXEC"


def reference_python():
    """Absolute path of the reference venv's python (created on demand)."""
    out = subprocess.run(
        [os.path.join(SCRIPTS_DIR, "reference-venv.sh")],
        check=True,
        stdout=subprocess.PIPE,
    ).stdout
    return out.decode().strip()


def ensure_reference():
    """Import `dockerfile`, or re-exec the current script with the venv python.

    Call it from a script's entry point before using parse_to_json.
    """
    try:
        import dockerfile  # noqa: F401
        return
    except ImportError:
        if os.environ.get(_REEXEC_GUARD):
            raise
    python = reference_python()
    env = dict(os.environ, **{_REEXEC_GUARD: "1"})
    argv = [python, os.path.abspath(sys.argv[0])] + sys.argv[1:]
    sys.stdout.flush()
    sys.stderr.flush()
    os.execve(python, argv, env)


def _command_to_dict(command):
    data = command._asdict()
    out = {}
    for key, value in data.items():
        if key == "heredocs":
            out[key] = [dict(h._asdict()) for h in value]
        elif isinstance(value, tuple):
            out[key] = list(value)
        else:
            out[key] = value
    return out


def parse_to_json(text):
    """Parse Dockerfile text with the reference parser.

    Returns (commands, None) where commands is a list of dicts, or
    (None, message) when the reference rejects the text (GoParseError).
    """
    import dockerfile

    try:
        commands = dockerfile.parse_string(text)
    except dockerfile.GoParseError as exc:
        return None, str(exc)
    return [_command_to_dict(c) for c in commands], None


def to_json_text(commands):
    """The canonical text form (also used for the committed fixtures)."""
    return json.dumps(commands, indent=2, ensure_ascii=False) + "\n"


def read_dockerfile(path):
    """Read a file as bytes and decode it as strict UTF-8 (no newline changes)."""
    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        with open(path, "rb") as fh:
            data = fh.read()
    return data.decode("utf-8", errors="strict")


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1 or argv[0] in ("-h", "--help"):
        sys.stderr.write("usage: reference_parse.py FILE\n")
        return 64 if len(argv) != 1 else 0
    ensure_reference()
    try:
        text = read_dockerfile(argv[0])
    except (OSError, UnicodeDecodeError) as exc:
        sys.stderr.write("reference_parse.py: %s: %s\n" % (argv[0], exc))
        return 1
    commands, error = parse_to_json(text)
    if error is not None:
        sys.stderr.buffer.write((error + "\n").encode("utf-8"))
        sys.stderr.flush()
        return 2
    sys.stdout.buffer.write(to_json_text(commands).encode("utf-8"))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
