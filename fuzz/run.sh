#!/usr/bin/env bash
# Runs each libFuzzer target for a bounded time on its corpus in the repo.
# Usage: fuzz/run.sh BUILD_DIR [SECONDS]   (make fuzz runs: ./fuzz/run.sh build/fuzz)
# New interesting inputs go to a scratch folder, not into the repo; crashes are written to
# BUILD_DIR/fuzz-artifacts/ and make the script fail.
set -euo pipefail
build=${1:?usage: fuzz/run.sh BUILD_DIR [SECONDS]}
seconds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
artifacts="$build/fuzz-artifacts"
mkdir -p "$artifacts"
status=0
for target in fuzz_csvreader fuzz_values fuzz_xlsx; do
    binary="$build/fuzz/$target"
    if [ ! -x "$binary" ]; then
        echo "missing $binary (build with: cmake --preset fuzz && cmake --build --preset fuzz)" >&2
        exit 2
    fi
    scratch=$(mktemp -d)
    echo "== $target for ${seconds}s"
    if ! ASAN_OPTIONS=detect_leaks=0 "$binary" -max_total_time="$seconds" -max_len=65536 -timeout=20 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/$target-" \
        "$scratch" "$here/corpus/$target"; then
        echo "!! $target found a problem; see $artifacts" >&2
        status=1
    fi
    rm -rf "$scratch"
done
exit $status
