#!/usr/bin/env bash
# Regenerate tests/fixtures/parse/*.json|*.error with the reference parser.
# Extra arguments (e.g. --check) are passed to regen-parse-fixtures.py.
set -euo pipefail
script_dir=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
python=$("$script_dir/reference-venv.sh")
exec "$python" "$script_dir/regen-parse-fixtures.py" "$@"
