#!/usr/bin/env bash
# fuzz/run.sh with stand-in fuzzers (no clang needed): it runs every target CMake listed, passes the
# corpus and the time bound, fails when one target fails, and copies that target's crash input into
# its corpus as a regression input while the others still run.
# Usage: tst_fuzz_runner.sh SOURCE_DIR
set -euo pipefail
source=${1:?usage: tst_fuzz_runner.sh SOURCE_DIR}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src/fuzz/corpus/fuzz_good" "$work/build/fuzz"
cp "$source/fuzz/run.sh" "$work/src/fuzz/run.sh"
echo seed >"$work/src/fuzz/corpus/fuzz_good/seed"
printf 'fuzz_good\nfuzz_bad\nfuzz_new\n' >"$work/build/fuzz/fuzz-targets.txt"
# A stand-in records its arguments; fuzz_bad writes a crash input where libFuzzer would and fails.
for target in fuzz_good fuzz_bad fuzz_new; do
    cat >"$work/build/fuzz/$target" <<SCRIPT
#!/usr/bin/env bash
echo "\$@" >"$work/$target.args"
if [ "$target" = fuzz_bad ]; then
    for arg in "\$@"; do case "\$arg" in -artifact_prefix=*) prefix=\${arg#-artifact_prefix=} ;; esac; done
    printf 'boom' >"\${prefix}crash-0123abcd"
    echo "==1==ERROR: AddressSanitizer: heap-buffer-overflow" >&2
    exit 1
fi
echo "Done 42 runs in 1 second(s)"
SCRIPT
    chmod +x "$work/build/fuzz/$target"
done

failures=0
check() { if eval "$2"; then echo "PASS: $1"; else echo "FAIL: $1" >&2; failures=$((failures + 1)); fi; }
status=0
"$work/src/fuzz/run.sh" "$work/build" 7 >"$work/out.log" 2>&1 || status=$?
check "run.sh fails when a target fails" '[ "$status" = 1 ]'
for target in fuzz_good fuzz_bad fuzz_new; do
    check "$target ran" '[ -f "$work/$target.args" ]'
done
check "time bound passed" 'grep -q -- "-max_total_time=7" "$work/fuzz_good.args"'
check "leaks are checked" 'grep -q -- "-detect_leaks=1" "$work/fuzz_good.args"'
check "corpus passed" 'grep -q -- "$work/src/fuzz/corpus/fuzz_good" "$work/fuzz_good.args"'
check "a target without a corpus gets one" '[ -d "$work/src/fuzz/corpus/fuzz_new" ]'
check "crash input became a regression input" \
    '[ "$(cat "$work/src/fuzz/corpus/fuzz_bad/regression-crash-0123abcd" 2>/dev/null)" = boom ]'
check "the report is shown" 'grep -q "heap-buffer-overflow" "$work/out.log"'
# A missing binary is an error of its own (exit 2), not a pass.
rm "$work/build/fuzz/fuzz_new"
status=0
"$work/src/fuzz/run.sh" "$work/build" 1 >/dev/null 2>&1 || status=$?
check "missing target binary fails with 2" '[ "$status" = 2 ]'
if [ "$failures" -gt 0 ]; then
    cat "$work/out.log" >&2
    exit 1
fi
echo "all fuzz runner checks passed"
