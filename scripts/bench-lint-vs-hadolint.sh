#!/usr/bin/env bash
# Whole-process timing of `multistage lint FILE` beside `hadolint FILE` on the
# same files, alternating runs (hyperfine, from Debian's package). Prints the
# mean of each and the ratio. Run from anywhere: scripts/bench-lint-vs-hadolint.sh [FILE...]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
command -v hyperfine >/dev/null || { echo "hyperfine is needed (apt-get install hyperfine)" >&2; exit 2; }
cargo build --release --quiet
hadolint="$(dirname "$(scripts/reference-venv.sh)")/hadolint"
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  files=(benches/data/multistage-60.Dockerfile)
  [ -d ../shared/conformance/real-world ] && files+=(../shared/conformance/real-world/apache_superset_root.Dockerfile ../shared/conformance/real-world/vercel_next.js_with-docker.Dockerfile)
fi
for file in "${files[@]}"; do
  echo "== $file ($(wc -l < "$file") lines)"
  hyperfine --shell=none --ignore-failure --warmup 5 --runs 60 \
    "target/release/multistage lint $file" "$hadolint $file" 2>&1 |
    grep -E "Time \(mean|times faster|times slower"
done
