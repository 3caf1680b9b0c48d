#!/usr/bin/env python3
"""Differential fuzzing of `multistage parse` against BuildKit's parser.

Generates random Dockerfiles from a grammar of the constructs the parser must
handle (directives, comments, continuations, JSON and broken JSON, flags,
heredocs, ENV/LABEL/ARG forms, ONBUILD, HEALTHCHECK, CRLF, BOM, unicode...),
parses each with the reference (scripts/reference_parse.py, i.e. the PyPI
package `dockerfile`) and with `BINARY parse FILE --format json`, and counts
how often they agree.

Agreement: both accept and print structurally equal JSON, or both reject
(ours exits 2). Every disagreeing input is saved under --out as
case-NNNNN.Dockerfile with case-NNNNN.ours and case-NNNNN.ref, where NNNNN is
the index of the generated file (reproduce one with --show NNNNN).

Generation is seeded: file number i depends only on (--seed, i).

Examples:
  scripts/difffuzz.py --dry-run --count 2000      # generator + reference only
  scripts/difffuzz.py --count 10000 --seed 7 --min-agreement 99.5
  scripts/difffuzz.py --show 42                   # print generated file 42

Exit status: 0, unless --min-agreement P is given and not met (1), or the
binary is missing (2).
"""

import argparse
import collections
import concurrent.futures
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

SCRIPTS_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(SCRIPTS_DIR)
sys.path.insert(0, SCRIPTS_DIR)

import reference_parse  # noqa: E402

# ---------------------------------------------------------------------------
# Word pools
# ---------------------------------------------------------------------------

IMAGES = [
    "alpine", "alpine:3.20", "golang:1.22-alpine", "node:20", "python:3.12-slim",
    "scratch", "debian:bookworm-slim", "gcr.io/distroless/static-debian12:nonroot",
    "ghcr.io/astral-sh/uv:python3.12-bookworm-slim", "busybox@sha256:" + "ab" * 32,
    "nginx:stable-alpine-slim@sha256:" + "0f" * 32, "golang:${GO_VERSION}",
    "${BASE}", "$BASE_IMAGE", "app-${GPU:+gpu-}${GPU:-cpu}", "binaries-$TARGETOS",
    "build", "base", "0", "Build", "café/image", "localhost:5000/x/y:tag",
]
STAGES = ["build", "builder", "base", "deps", "runtime", "final", "Build", "scratch",
          "test-stage", "stage_2", "x", "étape", "a.b"]
PATHS = ["/app", "/out/bin", ".", "./", "src/", "/usr/local/bin/", "a", "b", "*.txt",
         "/data dir", "C:\\app", "/café", "$HOME/x", "${DIR:-/null?}", "$DIR/", "/"]
PLAIN_WORDS = [
    "echo", "hello", "world", "apk", "add", "--no-cache", "curl", "go", "build",
    "./...", "-o", "/out/app", "npm", "ci", "set", "-eux", "make", "-j4", "true",
    "ls", "-la", "cat", "sh", "-c", "x", "y", "z", "1", "0", "ok", "done",
]
SHELL_WORDS = [
    "&&", "||", ";", "|", ">", "2>&1", "$HOME", "${X:-default}", "$(id -u)",
    "'single quoted'", '"double quoted"', '"a \\"b\\" c"', "a=b", "=", "#", "# not-a-comment",
    "[", "]", "[x]", '["x"]', "{", "}", "*", "~", "%", "@", "!", "?", "'", '"',
    "--flag", "-", "--", "<<", "<", ">>", "`id`", "$", "\\$x", "a\\ b", "\\\\",
    "café", "naïve", "🐳", "日本語", "Ωμέγα", "€", "ß", "\u00a0nbsp", "zwj\u200dx",
]
RARE_CHARS = ["\x0b", "\x0c", "\u0085", "\u00a0", "\u2028", "\u3000", "\r", "\x7f", "\x01"]
KEYS = ["A", "PATH", "foo", "MY_VAR", "a.b", "org.opencontainers.image.title", "é",
        "x1", "_", "NODE_ENV", "k-dash", "K"]
VALUES = ["1", "production", "/usr/local/bin:$PATH", '"hello world"', "'single q'",
          "hello\\ world", '"a \\"q\\" b"', '""', "''", "", "a=b", "${X:-y}", "café",
          '"x', "🐳", "escaped\\\ttab", '"multi\\\nline"', '"two words"']
HEREDOC_NAMES = ["EOF", "EOT", "END", "FILE1", "X", "E_O_F", "eof", "ÉOF", "A1"]
FLAG_VALUES = [
    "--from=build", "--from=0", "--from=composer:2", "--from=tonistiigi/xx@sha256:" + "12" * 32,
    "--from=${STAGE}", "--chown=app:app", "--chown=1000", "--chmod=755", "--chmod=0644",
    "--link", "--link=false", "--mount=type=cache,target=/root/.cache",
    "--mount=type=cache,target=/go/pkg/mod,sharing=locked",
    "--mount=type=bind,from=build,source=/out,target=/in", "--mount=from=binaries",
    "--mount=target=.,type=tmpfs", "--mount=type=secret,id=npmrc", "--mount=type=ssh",
    "--platform=$BUILDPLATFORM", "--platform=${TARGETPLATFORM:-linux/amd64}",
    "--network=none", "--network=host", "--security=insecure",
    "--checksum=sha256:" + "24" * 32, "--exclude=*.md", "--exclude=.git", "--parents",
    "--keep-git-dir=true", "--interval=30s", "--timeout=3s", "--start-period=5s",
    "--retries=3", "--unknown-flag", "--x=y=z", "--=", "---triple",
    '--mount="type=cache,target=/a b"', "--chown='app user'", "--x=a\\ b",
    '--y="q\\"q"', "--chown=Jérôme", "--mount=type=cache,target=/café",
    "--platform=linux/amd64", '--x="unterminated', "--e=🐳", "--x=a`b",
]
HC_OPTS = ["--interval=30s", "--timeout=3s", "--start-period=5s", "--start-interval=1s",
           "--retries=3", "--interval=1m30s"]
JSON_ELEMS = ["sh", "-c", "echo hi", "/bin/app", "--help", "a b", "", "café", "🐳",
              "x=y", "[", "]", ",", "'", "#", "<<EOF", "$HOME", "C:\\\\app", "raw\ttab"]
JSON_ESCAPES = ["\\u00e9", "\\/", "\\n", "\\t", '\\"', "\\\\", "\\ud83d\\ude00", "\\b",
                "\\f", "\\r", "\\u0041", "\\u20ac"]
COMMENTS = ["comment", "install deps", "# double", "syntax=docker/dockerfile:1",
            "escape=`", "FROM not-an-instruction", "café ☕", "ends with backslash \\",
            "ends with backtick `", "", "  indented text", "check=skip=all"]
SIGNALS = ["SIGTERM", "SIGKILL", "9", "SIGRTMIN+3", "$SIG"]
USERS = ["root", "65532:65532", "app", "app:app", "${USER}", "1000:1000", "nobody user"]


# ---------------------------------------------------------------------------
# Generator
# ---------------------------------------------------------------------------

class Gen:
    """Builds one random Dockerfile as a list of physical lines."""

    def __init__(self, rng):
        self.r = rng
        self.lines = []
        self.features = set()
        self.esc = "\\"
        self.heredoc_ok = True  # may this file hold an unterminated heredoc

    # -- small helpers -----------------------------------------------------
    def chance(self, p):
        return self.r.random() < p

    def pick(self, seq):
        return self.r.choice(seq)

    def casing(self, word):
        x = self.r.random()
        if x < 0.6:
            return word.upper()
        if x < 0.8:
            self.features.add("lowercase-keyword")
            return word.lower()
        if x < 0.9:
            return word.capitalize()
        self.features.add("mixed-case-keyword")
        return "".join(c.upper() if self.chance(0.5) else c.lower() for c in word)

    def sep(self):
        x = self.r.random()
        if x < 0.85:
            return " "
        if x < 0.93:
            return " " * self.r.randint(2, 4)
        if x < 0.98:
            self.features.add("tab")
            return "\t"
        return " \t "

    def word(self):
        x = self.r.random()
        if x < 0.55:
            w = self.pick(PLAIN_WORDS)
        elif x < 0.93:
            w = self.pick(SHELL_WORDS)
        elif x < 0.97:
            w = self.pick(PATHS)
        else:
            self.features.add("rare-char")
            w = self.pick(PLAIN_WORDS) + self.pick(RARE_CHARS) + self.pick(PLAIN_WORDS)
        if self.esc == "`" and "\\" in w and self.chance(0.5):
            w = w.replace("\\", "`")
        return w

    def words(self, lo, hi):
        return [self.word() for _ in range(self.r.randint(lo, hi))]

    # -- JSON arrays -------------------------------------------------------
    def json_string(self):
        s = self.pick(JSON_ELEMS)
        if self.chance(0.2):
            self.features.add("json-escape")
            pos = self.r.randint(0, len(s))
            s = s[:pos] + self.pick(JSON_ESCAPES) + s[pos:]
        return '"' + s + '"'

    def json_array(self, allow_error=True):
        """Returns text starting with '['; valid JSON, broken JSON, or non-string."""
        n = self.r.randint(0, 4)
        elems = [self.json_string() for _ in range(n)]
        kind = self.r.random()
        self.features.add("json")
        if allow_error and kind < 0.06:
            self.features.add("json-non-string")
            bad = self.pick(["1", "null", "true", "[\"nested\"]", "{}", "-2.5"])
            elems.insert(self.r.randint(0, len(elems)), bad)
        elif kind < 0.09:
            self.features.add("json-single-quotes")
            elems = ["'" + e[1:-1] + "'" for e in elems] or ["'x'"]
        elif kind < 0.13:
            self.features.add("json-unterminated-string")
            elems.append('"open')
        elif kind < 0.15:
            self.features.add("json-bad-escape")
            elems.append('"bad\\x"')
        inner_sep = self.pick([", ", ",", " , ", ",  ", ",\t"])
        body = inner_sep.join(elems)
        lead = self.pick(["", "", "", " ", "  "])
        trail = self.pick(["", "", "", " ", "  "])
        text = "[" + lead + body + trail
        x = self.r.random()
        if x < 0.06:
            self.features.add("json-missing-bracket")
        elif x < 0.11:
            self.features.add("json-trailing-comma")
            text += ",]"
        else:
            text += "]"
            if self.chance(0.07):
                self.features.add("json-trailing-text")
                text += self.pick([" && echo more", " x", " ]", " []", " # c", "  "])
        return text

    # -- flags -------------------------------------------------------------
    def flags(self, pool=None, p=0.35):
        out = []
        while self.chance(p) and len(out) < 4:
            out.append(self.pick(pool or FLAG_VALUES))
            p *= 0.8
        if out:
            self.features.add("flags")
        if self.chance(0.05):
            self.features.add("double-dash")
            out.append("--")
        return out

    # -- heredocs ----------------------------------------------------------
    def heredoc_word(self):
        name = self.pick(HEREDOC_NAMES)
        dash = "-" if self.chance(0.3) else ""
        quote = self.r.random()
        if quote < 0.15:
            word_name, self_q = '"' + name + '"', "dq"
        elif quote < 0.28:
            word_name, self_q = "'" + name + "'", "sq"
        elif quote < 0.3:
            word_name, self_q = name[0] + '"' + name[1:] + '"', "partial"
        else:
            word_name, self_q = name, ""
        fd = ""
        if self.chance(0.1):
            fd = str(self.r.randint(0, 9))
            self.features.add("heredoc-fd")
        if dash:
            self.features.add("heredoc-dash")
        if self_q:
            self.features.add("heredoc-quoted")
        return fd + "<<" + dash + word_name, name, bool(dash)

    def heredoc_body(self, name, dash):
        """Body lines plus terminator (or none, making the heredoc unterminated)."""
        lines = []
        for _ in range(self.r.randint(0, 4)):
            x = self.r.random()
            if x < 0.45:
                line = " ".join(self.words(1, 4))
            elif x < 0.55:
                line = ""
            elif x < 0.62:
                line = "# " + self.pick(COMMENTS)
            elif x < 0.7:
                line = self.pick(["FROM alpine", "RUN echo inner", "ENV A B",
                                  "COPY <<X /x", '["json"]'])
            elif x < 0.78:
                line = " ".join(self.words(1, 3)) + " " + self.esc
            elif x < 0.86:
                # near-miss terminators
                line = self.pick([name + " ", " " + name, name + "x", "x" + name,
                                  name.lower() if name != name.lower() else name.upper(),
                                  '"' + name + '"'])
            else:
                line = "\t" * self.r.randint(1, 2) + " ".join(self.words(1, 3))
            if dash and self.chance(0.4):
                line = "\t" + line
            lines.append(line)
        if self.heredoc_ok and self.chance(0.1):
            self.features.add("heredoc-unterminated")
            return lines
        term = name
        if dash and self.chance(0.5):
            term = "\t" * self.r.randint(1, 2) + name
        lines.append(term)
        return lines

    # -- instruction bodies -------------------------------------------------
    def shell_or_json(self, json_p=0.35):
        if self.chance(json_p):
            return [self.json_array()], []
        return self.words(0 if self.chance(0.05) else 1, 6), []

    def run_args(self):
        if self.chance(0.3):
            return self.heredoc_args(cmd_words=True)
        return self.shell_or_json(0.3)

    def heredoc_args(self, cmd_words):
        """Tokens with 1-3 heredoc words, plus their bodies."""
        self.features.add("heredoc")
        tokens, bodies = [], []
        count = 1 if self.chance(0.75) else self.r.randint(2, 3)
        if count > 1:
            self.features.add("heredoc-several")
        for i in range(count):
            if cmd_words and self.chance(0.4):
                tokens += self.words(1, 2)
            word, name, dash = self.heredoc_word()
            tokens.append(word)
            if cmd_words and self.chance(0.3):
                tokens += self.pick([["|", "sh"], [">", "/out"], ["&&", "echo"], ["bash"]])
            bodies.append(self.heredoc_body(name, dash))
        return tokens, bodies

    def copy_args(self):
        if self.chance(0.2):
            tokens, bodies = self.heredoc_args(cmd_words=False)
            return tokens + [self.pick(PATHS)], bodies
        if self.chance(0.2):
            return [self.json_array()], []
        return [self.pick(PATHS) for _ in range(self.r.randint(0, 4))], []

    def kv_args(self):
        """ENV/LABEL arguments (key=value pairs, legacy form, or broken)."""
        x = self.r.random()
        if x < 0.7:
            pairs = []
            for _ in range(self.r.randint(1, 3)):
                key = self.pick(KEYS)
                if self.chance(0.05):
                    key = '"' + key + ' k"'
                pairs.append(key + "=" + self.pick(VALUES))
            return pairs
        if x < 0.91:
            self.features.add("legacy-kv")
            return [self.pick(KEYS)] + self.words(1, 3)
        if x < 0.96:
            self.features.add("kv-missing-value")
            return [self.pick(KEYS)]
        self.features.add("kv-mixed-forms")
        return [self.pick(KEYS) + "=" + self.pick(VALUES), self.pick(KEYS)]

    def arg_args(self):
        out = []
        for _ in range(self.r.randint(0 if self.chance(0.05) else 1, 3)):
            key = self.pick(KEYS)
            if self.chance(0.6):
                key += "=" + self.pick(VALUES)
            out.append(key)
        return out

    def instruction(self, kind=None, in_onbuild=False):
        """Returns (tokens, heredoc bodies) for one instruction (keyword included)."""
        kinds = [("FROM", 10), ("RUN", 18), ("CMD", 5), ("ENTRYPOINT", 4), ("SHELL", 2),
                 ("COPY", 10), ("ADD", 4), ("VOLUME", 2), ("ENV", 6), ("LABEL", 4),
                 ("ARG", 5), ("ONBUILD", 3), ("HEALTHCHECK", 3), ("EXPOSE", 2),
                 ("STOPSIGNAL", 1), ("USER", 2), ("WORKDIR", 3), ("MAINTAINER", 1),
                 ("UNKNOWN", 1)]
        if kind is None:
            names, weights = zip(*kinds)
            kind = self.r.choices(names, weights)[0]
        self.features.add("instr-" + kind.lower())
        bodies = []
        if kind == "FROM":
            args = self.flags(["--platform=$BUILDPLATFORM", "--platform=linux/arm64",
                               "--platform=${BUILDPLATFORM:-linux/amd64}", "--x"], 0.25)
            args.append(self.pick(IMAGES))
            if self.chance(0.6):
                args += [self.pick(["AS", "as", "As", "aS"]), self.pick(STAGES)]
            elif self.chance(0.05):
                args += self.words(1, 2)
        elif kind == "RUN":
            args = self.flags()
            more, bodies = self.run_args()
            args += more
        elif kind in ("CMD", "ENTRYPOINT", "SHELL"):
            args = self.flags(p=0.05)
            more, bodies = self.shell_or_json(0.5)
            args += more
        elif kind in ("COPY", "ADD"):
            args = self.flags()
            more, bodies = self.copy_args()
            args += more
        elif kind == "VOLUME":
            args = [self.json_array()] if self.chance(0.5) else [self.pick(PATHS) for _ in range(self.r.randint(0, 3))]
        elif kind in ("ENV", "LABEL"):
            args = self.kv_args()
        elif kind == "ARG":
            args = self.arg_args()
        elif kind == "ONBUILD":
            if in_onbuild or self.chance(0.04):
                args = self.words(0, 3)
            else:
                sub = self.pick(["RUN", "RUN", "COPY", "ADD", "ENV", "CMD", "HEALTHCHECK",
                                 "LABEL", "WORKDIR", "EXPOSE", "ONBUILD", "FROM"])
                args, bodies = self.instruction(sub, in_onbuild=True)
                if bodies:
                    self.features.add("onbuild-heredoc")
        elif kind == "HEALTHCHECK":
            x = self.r.random()
            if x < 0.2:
                args = [self.pick(["NONE", "none"])]
            elif x < 0.9:
                args = self.flags(HC_OPTS, 0.5) + [self.pick(["CMD", "cmd", "Cmd"])]
                more, _ = self.shell_or_json(0.5)
                args += more
            else:
                args = self.words(0, 3)
        elif kind == "EXPOSE":
            args = [self.pick(["80", "443/tcp", "53/udp", "8080", "$PORT", "a"]) for _ in range(self.r.randint(1, 3))]
        elif kind == "STOPSIGNAL":
            args = [self.pick(SIGNALS)]
        elif kind == "USER":
            args = [self.pick(USERS)]
        elif kind == "WORKDIR":
            args = [self.pick(PATHS)]
        elif kind == "MAINTAINER":
            args = self.pick([["Jane", "Doe", "<jane@example.com>"], ["José"], []])
        else:  # unknown instruction
            kw = self.pick(["FOO", "frobnicate", "RUNN", "EOF", "echo", "x"])
            return [kw] + self.words(0, 3), []
        if self.chance(0.03):
            self.features.add("empty-args")
            args, bodies = [], []
        return [self.casing(kind)] + args, bodies

    # -- physical layout -----------------------------------------------------
    def filler_line(self):
        """A comment, blank or whitespace-only line."""
        x = self.r.random()
        if x < 0.5:
            self.features.add("comment")
            indent = self.pick(["", "", "", "  ", "\t"])
            return indent + "#" + self.pick(["", " "]) + self.pick(COMMENTS)
        if x < 0.8:
            return ""
        self.features.add("whitespace-line")
        return self.pick([" ", "   ", "\t", " \t "])

    def emit(self, tokens, bodies):
        """Appends the instruction as physical lines, with random continuations."""
        cont_p = 0.0 if self.chance(0.6) else self.r.uniform(0.1, 0.5)
        split = [tokens[0]]
        for tok in tokens[1:]:
            if tok.startswith("[") and "," in tok and self.chance(0.3):
                # let continuations fall inside a JSON array too
                parts = tok.split(",")
                split.extend(p + "," for p in parts[:-1])
                split.append(parts[-1])
            else:
                split.append(tok)
        line = self.pick(["", "", "", "", "", " ", "  ", "\t"]) + split[0]
        for tok in split[1:]:
            if self.chance(cont_p):
                self.features.add("continuation")
                before = self.pick([" ", " ", "", "  "])
                after = ""
                if self.chance(0.12):
                    self.features.add("continuation-trailing-ws")
                    after = self.pick([" ", "  ", "\t", " \t"])
                self.lines.append(line + before + self.esc + after)
                while self.chance(0.25):
                    self.features.add("continuation-filler")
                    if self.chance(0.15):
                        self.features.add("continuation-lone-escape")
                        self.lines.append(self.pick(["", "  "]) + self.esc)
                    else:
                        self.lines.append(self.filler_line())
                line = self.pick(["", "  ", "    ", "\t"]) + tok
            else:
                line += self.sep() + tok
        if self.chance(0.05):
            line += self.pick([" ", "  ", "\t"])
        kv = any(t.upper() in ("ENV", "LABEL") for t in tokens[:2])
        if kv and not self.chance(0.1):
            pass  # a stray escape after ENV/LABEL pairs is nearly always an error
        elif self.chance(0.02):
            self.features.add("trailing-double-escape")
            line += " " + self.esc + self.esc
        elif self.chance(0.02):
            self.features.add("trailing-escape")
            line += " " + self.esc
        self.lines.append(line)
        for body in bodies:
            self.lines.extend(body)

    def directives(self):
        """Optional parser directives at the top of the file."""
        out = []
        if self.chance(0.25):
            self.features.add("directive")
            keys = ["syntax", "escape", "check"]
            self.r.shuffle(keys)
            keys = keys[: self.r.randint(1, 3)]
            if "check" in keys and self.chance(0.85):
                # the reference predates `# check=`: keep most files comparable
                keys.remove("check")
                keys.append("check")
            if self.chance(0.12):
                self.features.add("directive-repeated")
                keys.insert(self.r.randint(0, len(keys)), self.pick(keys))
            for key in keys:
                if key == "escape":
                    x = self.r.random()
                    if x < 0.5:
                        value = "`"
                    elif x < 0.93:
                        value = "\\"
                    elif x < 0.97:
                        value = ""
                    else:
                        value = self.pick(["^", "``", "x", "\\\\"])
                elif key == "syntax":
                    value = self.pick(["docker/dockerfile:1", "docker/dockerfile:1.7-labs",
                                       "docker/dockerfile-upstream:master"])
                else:
                    value = self.pick(["skip=all", "error=true",
                                       "skip=JSONArgsRecommended;error=true"])
                spelled = key if self.chance(0.8) else key.upper()
                prefix = self.pick(["# ", "#", "# ", "#  ", " # "])
                eq = self.pick(["=", "=", " = ", "= "])
                out.append((key, value, prefix + spelled + eq + value + self.pick(["", "", "  "])))
            if self.chance(0.06):
                # something that ends the directive block early
                out.insert(self.r.randint(0, len(out)), (None, None, self.pick(["", "# comment", "# foo=bar"])))
        # the escape character in effect: the first escape directive that is
        # still in the leading block (approximation for generation only)
        for key, value, _ in out:
            if key is None:
                break
            if key == "escape":
                if value == "`":
                    self.esc = "`"
                    self.features.add("escape-backtick")
                break
        return [line for _, _, line in out]

    def document(self):
        self.lines.extend(self.directives())
        if self.chance(0.015):
            # no instruction at all: comments and blank lines only
            self.features.add("no-instruction")
            for _ in range(self.r.randint(0, 4)):
                self.lines.append(self.filler_line())
            return
        n = self.r.randint(0, 12) if self.chance(0.03) else self.r.randint(1, 12)
        if self.chance(0.6):
            tokens, bodies = self.instruction("FROM")
            self.emit(tokens, bodies)
        for i in range(n):
            while self.chance(0.2):
                self.lines.append(self.filler_line())
            # heredoc bodies that never end only make sense near the end
            self.heredoc_ok = i == n - 1
            tokens, bodies = self.instruction()
            self.emit(tokens, bodies)
        while self.chance(0.1):
            self.lines.append(self.filler_line())


def generate(seed, index):
    """The text of generated file number `index` and its feature tags."""
    rng = random.Random("multistage-difffuzz:%s:%d" % (seed, index))
    g = Gen(rng)
    g.document()
    lines = g.lines
    x = rng.random()
    if x < 0.75:
        endings = ["\n"] * len(lines)
    elif x < 0.95:
        g.features.add("crlf")
        endings = ["\r\n"] * len(lines)
    else:
        g.features.add("mixed-line-endings")
        endings = [rng.choice(["\n", "\r\n"]) for _ in lines]
    text = "".join(line + end for line, end in zip(lines, endings))
    if lines and rng.random() < 0.12:
        g.features.add("no-final-newline")
        text = text[: -len(endings[-1])]
    if rng.random() < 0.04:
        g.features.add("bom")
        text = "\ufeff" + text
    if "\x00" in text:  # the reference wrapper truncates at NUL; never generate it
        text = text.replace("\x00", "")
    text.encode("utf-8")  # only valid UTF-8 (no lone surrogates)
    return text, g.features


# ---------------------------------------------------------------------------
# Running and comparing
# ---------------------------------------------------------------------------

def run_ours(binary, path, timeout):
    """Returns ("accept", data) | ("reject", message) | ("crash", description)."""
    try:
        proc = subprocess.run([binary, "parse", path, "--format", "json"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return "crash", "timeout after %ss" % timeout
    except OSError as exc:
        return "crash", "could not run %s: %s" % (binary, exc)
    stderr = proc.stderr.decode("utf-8", "replace").strip()
    if proc.returncode == 0:
        try:
            data = json.loads(proc.stdout.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            return "crash", "exit 0 but stdout is not JSON (%s)\n%s" % (
                exc, proc.stdout.decode("utf-8", "replace"))
        if not isinstance(data, list):
            return "crash", "exit 0 but stdout is not a JSON array\n" + proc.stdout.decode("utf-8", "replace")
        return "accept", data
    if proc.returncode == 2:
        return "reject", stderr
    return "crash", "exit %s\nstdout:\n%s\nstderr:\n%s" % (
        proc.returncode, proc.stdout.decode("utf-8", "replace"), stderr)


def render(status, payload):
    if status == "accept":
        return reference_parse.to_json_text(payload)
    if status == "reject":
        return "REJECTED: %s\n" % payload
    return "CRASHED: %s\n" % payload


def classify(ref_status, ours_status, ref_data, ours_data):
    if ours_status == "crash":
        return "ours-crashed"
    if ref_status == "accept" and ours_status == "accept":
        return None if ref_data == ours_data else "both-accept-different"
    if ref_status == "reject" and ours_status == "reject":
        return None
    if ref_status == "accept":
        return "we-reject-they-accept"
    return "they-reject-we-accept"


DIRECTIVE = re.compile(r"^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$")


def predates_check_directive(text):
    """Whether the reference (BuildKit v0.12.5) and current BuildKit read this
    file differently because of `# check=`, a parser directive only since
    BuildKit v0.14: for the old parser it is a comment that ends the directive
    block, so a directive after it (or a second `check`) changes meaning."""
    seen_check = False
    for line in text.lstrip("\ufeff").splitlines():
        # BuildKit trims leading blanks and the line break, not trailing blanks.
        match = DIRECTIVE.match(line.lstrip().rstrip("\r\n"))
        if not match or match.group(1).lower() not in ("syntax", "escape", "check"):
            return False
        if seen_check:
            return True
        seen_check = match.group(1).lower() == "check"
    return False


def reference(text):
    try:
        data, error = reference_parse.parse_to_json(text)
    except Exception as exc:  # the wrapper failing (not a parse error)
        return "crash", "%s: %s" % (type(exc).__name__, exc)
    if error is not None:
        return "reject", error
    return "accept", data


KINDS = ["we-reject-they-accept", "they-reject-we-accept", "both-accept-different",
         "ours-crashed"]


def main():
    ap = argparse.ArgumentParser(
        description="Differential fuzzing of `multistage parse` against BuildKit's parser.")
    ap.add_argument("--count", type=int, default=10000, help="files to generate (10000)")
    ap.add_argument("--seed", default="1", help="generator seed (1)")
    ap.add_argument("--binary", default="target/release/multistage",
                    help="our binary (target/release/multistage, relative to the repo root)")
    ap.add_argument("--out", default="target/difffuzz",
                    help="where disagreeing cases are saved (target/difffuzz)")
    ap.add_argument("--min-agreement", type=float, default=None, metavar="P",
                    help="exit 1 when the agreement percentage is below P")
    ap.add_argument("--keep-generated", action="store_true",
                    help="keep the temp dir with every generated file")
    ap.add_argument("--dry-run", action="store_true",
                    help="only generate and run the reference; print accept/reject stats")
    ap.add_argument("--show", type=int, metavar="N",
                    help="print generated file N (for this seed) and exit")
    ap.add_argument("--jobs", type=int, default=2, help="parallel runs of our binary (max 2)")
    ap.add_argument("--timeout", type=float, default=20.0, help="seconds per run of our binary")
    ap.add_argument("--max-saved", type=int, default=2000,
                    help="save at most this many disagreeing cases (2000)")
    args = ap.parse_args()

    if args.show is not None:
        text, features = generate(args.seed, args.show)
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stderr.write("\n[features: %s]\n" % ", ".join(sorted(features)))
        return 0

    reference_parse.ensure_reference()

    def from_root(p):
        return p if os.path.isabs(p) else os.path.join(REPO_ROOT, p)

    binary = from_root(args.binary)
    out_dir = from_root(args.out)
    if not args.dry_run and not os.access(binary, os.X_OK):
        sys.stderr.write("difffuzz: binary not found or not executable: %s\n"
                         "(build it with cargo build --release, or use --dry-run)\n" % binary)
        return 2

    tmp = tempfile.mkdtemp(prefix="multistage-difffuzz-")
    ref_counts = collections.Counter()
    ref_errors = collections.Counter()
    feature_counts = collections.Counter()
    kinds = collections.Counter()
    agree = saved = version_differences = 0
    jobs = max(1, min(2, args.jobs))

    if not args.dry_run:
        os.makedirs(out_dir, exist_ok=True)
        for entry in os.listdir(out_dir):
            if entry.startswith("case-"):
                os.remove(os.path.join(out_dir, entry))

    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
            pending = collections.deque()

            def finish(item):
                nonlocal agree, saved
                index, path, text, ref_status, ref_payload, fut = item
                ours_status, ours_payload = fut.result()
                kind = classify(ref_status, ours_status, ref_payload, ours_payload)
                if kind is None:
                    agree += 1
                    return
                kinds[kind] += 1
                if saved < args.max_saved:
                    saved += 1
                    base = os.path.join(out_dir, "case-%05d" % index)
                    with open(base + ".Dockerfile", "wb") as fh:
                        fh.write(text.encode("utf-8"))
                    with open(base + ".ours", "wb") as fh:
                        fh.write(render(ours_status, ours_payload).encode("utf-8"))
                    with open(base + ".ref", "wb") as fh:
                        fh.write(render(ref_status, ref_payload).encode("utf-8"))

            for index in range(args.count):
                text, features = generate(args.seed, index)
                feature_counts.update(features)
                path = os.path.join(tmp, "gen-%05d.Dockerfile" % index)
                with open(path, "wb") as fh:
                    fh.write(text.encode("utf-8"))
                ref_status, ref_payload = reference(text)
                ref_counts[ref_status] += 1
                if ref_status == "reject":
                    ref_errors[ref_payload.split('"')[0]] += 1
                elif ref_status == "crash":
                    ref_errors["(reference crashed) " + ref_payload[:60]] += 1
                if args.dry_run:
                    continue
                if predates_check_directive(text):
                    # not comparable: the reference is older than the feature
                    version_differences += 1
                    continue
                if ref_status == "crash":
                    # the reference itself failed: nothing to compare against
                    continue
                fut = pool.submit(run_ours, binary, path, args.timeout)
                pending.append((index, path, text, ref_status, ref_payload, fut))
                while len(pending) > 4 * jobs:
                    finish(pending.popleft())
            while pending:
                finish(pending.popleft())
    finally:
        if args.keep_generated:
            print("generated files kept in %s" % tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    total = args.count
    print("difffuzz: seed %s, %d generated files" % (args.seed, total))
    print("reference: %d accepted, %d rejected (%.2f%% accepted)%s" % (
        ref_counts["accept"], ref_counts["reject"],
        100.0 * ref_counts["accept"] / total if total else 0.0,
        ", %d reference crashes (skipped)" % ref_counts["crash"] if ref_counts["crash"] else ""))
    if args.dry_run:
        print("reference errors:")
        for msg, n in ref_errors.most_common():
            print("  %6d  %s" % (n, msg.strip()))
        print("features (files containing each):")
        for name, n in sorted(feature_counts.items()):
            print("  %6d  %s" % (n, name))
        return 0

    compared = total - ref_counts["crash"] - version_differences
    pct = 100.0 * agree / compared if compared else 100.0
    print("not compared: %d files with a directive after `# check=` (a directive since "
          "BuildKit v0.14, a comment for the reference's v0.12.5)" % version_differences)
    print("total: %d" % compared)
    print("agreements: %d (%.2f%%)" % (agree, pct))
    for kind in KINDS:
        print("  %s: %d" % (kind, kinds[kind]))
    if sum(kinds.values()):
        more = "" if saved == sum(kinds.values()) else " (first %d only)" % saved
        shown = os.path.relpath(out_dir)
        if shown.startswith(".."):
            shown = out_dir
        print("disagreeing cases saved in %s%s" % (shown, more))
    if args.min_agreement is not None and pct < args.min_agreement:
        print("FAILED: agreement %.2f%% is below --min-agreement %.2f%%" % (pct, args.min_agreement))
        return 1
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # e.g. piped into `head`
        sys.stderr.close()
        sys.exit(0)
