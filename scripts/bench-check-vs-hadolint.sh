#!/usr/bin/env bash
# Whole-process timing of `multistage check ID FILE` beside `hadolint FILE`
# on the same file (each exercise's solution), alternating runs with
# hyperfine (Debian's package), and the peak memory of one check
# (/usr/bin/time -v). Run from anywhere: scripts/bench-check-vs-hadolint.sh [ID...]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
command -v hyperfine >/dev/null || { echo "hyperfine is needed (apt-get install hyperfine)" >&2; exit 2; }
cargo build --release --quiet
hadolint="$(dirname "$(scripts/reference-venv.sh)")/hadolint"
export MULTISTAGE_HOME="${TMPDIR:-/tmp}/multistage-bench-home"
ids=("$@")
[ ${#ids[@]} -eq 0 ] && ids=(01-premier-multi-stage 05-python-venv 12-copier-le-strict-necessaire)
for id in "${ids[@]}"; do
  file="exercises/$id/solution.Dockerfile"
  echo "== $id ($(wc -l < "$file") lines)"
  hyperfine --shell=none --ignore-failure --warmup 5 --runs 60 \
    "target/release/multistage check $id $file" "$hadolint $file" 2>&1 |
    grep -E "Time \(mean|times faster|times slower"
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v target/release/multistage check "$id" "$file" 2>&1 >/dev/null |
      grep -E "Maximum resident"
  fi
done
