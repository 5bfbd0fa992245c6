#!/usr/bin/env bash
# Runs each libFuzzer target for a bounded time on its corpus in the repo, and fails on any crash,
# leak, timeout or sanitizer report. make test runs it (60 s a target); make fuzz too.
# Usage: fuzz/run.sh BUILD_DIR [SECONDS]   (e.g. ./fuzz/run.sh build/fuzz 60)
# The targets are the fuzz_* executables of fuzz/CMakeLists.txt (BUILD_DIR/fuzz/fuzz-targets.txt,
# written by CMake). New interesting inputs go to a scratch folder, not into the repo. An input that
# fails is copied into fuzz/corpus/TARGET/ as regression-* (commit it with the fix: every later run
# replays it first) and kept in BUILD_DIR/fuzz-artifacts/.
set -euo pipefail
build=${1:?usage: fuzz/run.sh BUILD_DIR [SECONDS]}
seconds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
artifacts="$build/fuzz-artifacts"
mkdir -p "$artifacts"
list="$build/fuzz/fuzz-targets.txt"
if [ -f "$list" ]; then
    mapfile -t targets <"$list"
else
    # Not configured yet: the names in the CMake file.
    mapfile -t targets < <(grep -o 'fuzz_[a-z0-9_]*' "$here/CMakeLists.txt" | grep -v '^fuzz_all$' | sort -u)
fi
[ "${#targets[@]}" -gt 0 ] || { echo "fuzz/run.sh: no fuzz targets in $list" >&2; exit 2; }
status=0
for target in "${targets[@]}"; do
    binary="$build/fuzz/$target"
    if [ ! -x "$binary" ]; then
        echo "missing $binary (build with: cmake --preset fuzz && cmake --build --preset fuzz)" >&2
        exit 2
    fi
    corpus="$here/corpus/$target"
    mkdir -p "$corpus"
    scratch=$(mktemp -d)
    log="$artifacts/$target.log"
    echo "== $target for ${seconds}s on $(find "$corpus" -type f | wc -l) corpus inputs"
    # Leaks count: libFuzzer checks each input that allocates more than it frees with LeakSanitizer.
    if ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:allocator_may_return_null=1 \
        UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        "$binary" -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=2048 \
        -detect_leaks=1 -print_final_stats=1 -artifact_prefix="$artifacts/$target-" \
        "$scratch" "$corpus" >"$log" 2>&1; then
        grep -E '^stat::number_of_executed_units|^Done ' "$log" | tr '\n' ' ' || true
        echo
    else
        tail -n 60 "$log" >&2
        echo "!! $target found a problem; full log: $log" >&2
        for found in "$artifacts/$target"-{crash,leak,timeout,oom,slow-unit}-*; do
            [ -f "$found" ] || continue
            cp "$found" "$corpus/regression-$(basename "$found" | sed "s/^$target-//")"
            echo "!! added $corpus/regression-$(basename "$found" | sed "s/^$target-//")" >&2
        done
        status=1
    fi
    rm -rf "$scratch"
done
exit $status
