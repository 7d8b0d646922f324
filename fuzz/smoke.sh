#!/usr/bin/env bash
# CI smoke run: builds every fuzz target and runs each for a few seconds
# from its committed seeds (fuzz/seeds/<target>). Exits 0 with
# "skipped: <reason>" when this machine cannot build fuzz targets at all;
# exits 1 if a target fails to build or finds a crash.
#
# Usage: fuzz/smoke.sh [seconds per target, default 10]
set -uo pipefail
cd "$(dirname "$0")"
secs="${1:-10}"
targets=(article_reader quote_extractor feature_extractor model_loader)

skip() { echo "fuzz smoke: skipped: $*"; exit 0; }

command -v cargo >/dev/null || skip "cargo not found"
command -v rustc >/dev/null || skip "rustc not found"
command -v c++ >/dev/null || skip "no C++ compiler (libfuzzer-sys builds libFuzzer from C++ source)"
probe="$(mktemp -d)"
trap 'rm -rf "$probe"' EXIT
echo 'pub fn f(x: u8) -> bool { x == 7 }' > "$probe/p.rs"
# An object file only: linking needs libFuzzer's runtime, which build.sh brings.
rustc --crate-type lib --emit obj -Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
    -Cllvm-args=-sanitizer-coverage-inline-8bit-counters \
    -o "$probe/p.o" "$probe/p.rs" >"$probe/log" 2>&1 \
    || skip "rustc cannot instrument for libFuzzer: $(head -1 "$probe/log")"

if ! bin="$(./build.sh 2>"$probe/build.log" | tail -1)"; then
    cat "$probe/build.log" >&2
    if grep -qiE "failed to (download|get|fetch)|could not (download|resolve)|network" "$probe/build.log"; then
        skip "the fuzz dependencies (libfuzzer-sys) cannot be fetched"
    fi
    echo "fuzz smoke: FAILED to build the fuzz targets" >&2
    exit 1
fi

status=0
for t in "${targets[@]}"; do
    work="$probe/corpus-$t"
    mkdir -p "$work"
    # Crash cases go to the temporary folder, never into the repository.
    # Article-shaped targets also start from the gold test articles, read in
    # place rather than copied into seeds/.
    extra=()
    case "$t" in article_reader|quote_extractor) extra=(../tests/fixtures/articles) ;; esac
    if "$bin/$t" "$work" "seeds/$t" "${extra[@]}" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$probe/$t-" -print_final_stats=1 >"$probe/$t.log" 2>&1; then
        execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$probe/$t.log")"
        echo "fuzz smoke: $t ok (${execs:-?} runs in ${secs}s)"
    else
        status=1
        echo "fuzz smoke: $t FAILED" >&2
        tail -40 "$probe/$t.log" >&2
        ls "$probe/$t-"* 2>/dev/null >&2
    fi
done
exit $status
