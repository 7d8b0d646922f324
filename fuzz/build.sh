#!/usr/bin/env bash
# Builds the fuzz targets with libFuzzer and coverage instrumentation, the
# way `cargo fuzz build --sanitizer none` does, but with plain cargo: no
# cargo-fuzz and no nightly needed (-Cpasses and -Cllvm-args are stable
# codegen options; only AddressSanitizer would need nightly, and nkstance
# has no unsafe code for it to watch).
#
# Usage: fuzz/build.sh            (binaries in $CARGO_TARGET_DIR/<host>/release)
# Environment: CARGO_TARGET_DIR (default /tmp/target_fuzz), CARGO_BUILD_JOBS.
set -euo pipefail
cd "$(dirname "$0")"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/tmp/target_fuzz}"
host="$(rustc -vV | sed -n 's/^host: //p')"
export RUSTFLAGS="-Cpasses=sancov-module \
 -Cllvm-args=-sanitizer-coverage-level=4 \
 -Cllvm-args=-sanitizer-coverage-inline-8bit-counters \
 -Cllvm-args=-sanitizer-coverage-pc-table \
 -Cllvm-args=-sanitizer-coverage-trace-compares \
 --cfg fuzzing -Cdebug-assertions -Coverflow-checks"
# --target keeps build scripts and proc macros uninstrumented.
cargo build --release --target "$host" --bins "$@"
echo "$CARGO_TARGET_DIR/$host/release"
