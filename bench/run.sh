#!/usr/bin/env bash
# Runs every comparison of BENCHMARKS.md on this machine and rewrites it.
#
#   bash bench/run.sh
#
# Needs the Rust toolchain, python3 (3.11) with venv/pip, /usr/bin/time and
# network access to crates.io and PyPI (first run only). hyperfine is used
# when installed (Debian package `hyperfine`), else a date +%s%N loop.
# Everything generated goes under bench/work/ (git-ignored): the Python
# virtual environment, the 1M-statement file, the article corpus, results.
# Sizes can be lowered for a quick trial (the defaults are the stated ones):
#   BENCH_STATEMENTS=1000000 BENCH_CORPUS_MB=500 BENCH_TRAIN_BIG=50000
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/tmp/target_bench}
W=bench/work
R=$W/results
rm -rf "$R" "$W/tmp"
mkdir -p "$R" "$W/tmp"
STATEMENTS=${BENCH_STATEMENTS:-1000000}
CORPUS_MB=${BENCH_CORPUS_MB:-500}
SMALL_MB=$(( CORPUS_MB / 10 ))
TRAIN_BIG=${BENCH_TRAIN_BIG:-50000}
HELD_OUT_BATCHES="hard_cases translated_voices"
NPROC=$(nproc)
START=$(date +%s)

# Every measured command is logged verbatim for BENCHMARKS.md.
log() { printf '%s\n' "$*" >> "$R/commands.txt"; echo "+ $*" >&2; }
# timed NAME CMD... : runs CMD under /usr/bin/time -v, report in $R/NAME.time
timed() {
  local name=$1; shift
  log "/usr/bin/time -v $*"
  /usr/bin/time -v -o "$R/$name.time" "$@"
}
section() { echo "=== $* ($(( $(date +%s) - START )) s)" >&2; }

{
  echo "cores=$NPROC"
  echo "cpu=$(lscpu | sed -n 's/^Model name: *//p' | head -1)"
  echo "memory=$(free -g | awk '/^Mem:/ {print $2 " GiB"}')"
  echo "kernel=$(uname -r)"
  echo "rustc=$(rustc --version)"
  echo "python=$(python3 --version 2>&1)"
  echo "load_start=$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "date=$(date -u +%Y-%m-%dT%H:%MZ)"
  echo "sizes=statements $STATEMENTS, corpus $CORPUS_MB MB (small $SMALL_MB MB), training $TRAIN_BIG"
} > "$R/machine.txt"

section "build"
log "cargo build --release --locked"
cargo build --release --locked 2>&1 | tail -2 >&2
BIN=$CARGO_TARGET_DIR/release/nkstance

section "python environment"
if [ ! -x "$W/venv/bin/python" ]; then python3 -m venv "$W/venv"; fi
PY=$W/venv/bin/python
if ! cmp -s bench/requirements.txt "$W/venv/requirements.installed"; then
  log "$PY -m pip install -r bench/requirements.txt"
  "$PY" -m pip install -q --upgrade pip >&2
  "$PY" -m pip install -q -r bench/requirements.txt >&2
  cp bench/requirements.txt "$W/venv/requirements.installed"
fi
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 TOKENIZERS_PARALLELISM=false PYTHONWARNINGS=ignore

section "criterion micro-benchmarks"
log "cargo bench --locked --bench pipeline -- --noplot"
cargo bench --locked --bench pipeline -- --noplot 2>/dev/null | tee "$R/criterion.txt" >&2

section "accuracy: nkstance"
SPLIT=$W/tmp/split
mkdir -p "$SPLIT/train"
cp training-data/batches/*.jsonl "$SPLIT/train/"
: > "$SPLIT/test.jsonl"
for b in $HELD_OUT_BATCHES; do rm "$SPLIT/train/$b.jsonl"; cat "training-data/batches/$b.jsonl" >> "$SPLIT/test.jsonl"; done
log "$BIN train --data $SPLIT/train --folds 0 --model $SPLIT/split.model"
"$BIN" train --data "$SPLIT/train" --folds 0 --model "$SPLIT/split.model" >&2
log "$BIN eval --test $SPLIT/test.jsonl --model $SPLIT/split.model --format json"
"$BIN" eval --test "$SPLIT/test.jsonl" --model "$SPLIT/split.model" --format json > "$R/nkstance_batches.json"
log "$BIN train --data training-data/batches --folds 0 --model $SPLIT/all.model"
"$BIN" train --data training-data/batches --folds 0 --model "$SPLIT/all.model" >&2
log "$BIN eval --test training-data/heldout/heldout.jsonl --model $SPLIT/all.model --format json"
"$BIN" eval --test training-data/heldout/heldout.jsonl --model "$SPLIT/all.model" --format json > "$R/nkstance_heldout.json"

section "accuracy: peers"
log "$PY bench/peers.py . $W/tmp $R/peers.json $HELD_OUT_BATCHES"
"$PY" bench/peers.py . "$W/tmp" "$R/peers.json" $HELD_OUT_BATCHES

section "statement throughput"
log "python3 bench/make_corpus.py . $W statements $STATEMENTS"
python3 bench/make_corpus.py . "$W" statements "$STATEMENTS" >&2
timed classify_1t "$BIN" classify --format jsonl < "$W/statements.txt" > /dev/null
log "    (standard input: $W/statements.txt, $STATEMENTS lines; standard output to /dev/null)"
log "OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 $PY bench/throughput.py . $W/tmp $W/statements.txt $R/peer_throughput.json"
OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 "$PY" bench/throughput.py . "$W/tmp" "$W/statements.txt" "$R/peer_throughput.json"

section "article throughput"
log "python3 bench/make_corpus.py . $W articles $W/corpus $CORPUS_MB"
python3 bench/make_corpus.py . "$W" articles "$W/corpus" "$CORPUS_MB" > "$R/corpus.txt"
log "python3 bench/make_corpus.py . $W articles $W/corpus_small $SMALL_MB"
python3 bench/make_corpus.py . "$W" articles "$W/corpus_small" "$SMALL_MB" > "$R/corpus_small.txt"
du -sb "$W/corpus" | cut -f1 > "$R/corpus_bytes"
du -sb "$W/corpus_small" | cut -f1 > "$R/corpus_small_bytes"
# (each with its standard output sent to /dev/null)
timed score_small_1t "$BIN" score --threads 1 --format jsonl "$W/corpus_small" > /dev/null
timed score_1t "$BIN" score --threads 1 --format jsonl "$W/corpus" > /dev/null
timed score_nt "$BIN" score --threads "$NPROC" --format jsonl "$W/corpus" > /dev/null
log "    (the three score runs write to /dev/null)"

section "start-up"
if command -v hyperfine > /dev/null; then
  log "hyperfine -N --warmup 5 --runs 50 --export-json $R/startup.json \"$BIN classify 'We will not rule out talks with Pyongyang.'\""
  hyperfine -N --warmup 5 --runs 50 --export-json "$R/startup.json" "$BIN classify 'We will not rule out talks with Pyongyang.'" >&2
else
  log "50 runs of: $BIN classify 'We will not rule out talks with Pyongyang.' timed with date +%s%N"
  python3 - "$BIN" "$R/startup.json" <<'PYEOF'
import json, subprocess, sys, time
ts = []
for i in range(55):
    t = time.perf_counter(); subprocess.run([sys.argv[1], "classify", "We will not rule out talks with Pyongyang."], stdout=subprocess.DEVNULL, check=True); ts.append(time.perf_counter() - t)
ts = sorted(ts[5:]); json.dump({"results": [{"mean": sum(ts) / len(ts), "median": ts[len(ts) // 2], "min": ts[0], "max": ts[-1], "times": ts}]}, open(sys.argv[2], "w"))
PYEOF
fi

section "training"
log "python3 bench/make_corpus.py . $W repeat $W/tmp/train_big $TRAIN_BIG"
python3 bench/make_corpus.py . "$W" repeat "$W/tmp/train_big" "$TRAIN_BIG" >&2
timed train_shipped "$BIN" train --data training-data/batches --model "$W/tmp/shipped.model"
timed train_shipped_nocv "$BIN" train --data training-data/batches --folds 0 --model "$W/tmp/shipped_nocv.model"
timed train_big "$BIN" train --data "$W/tmp/train_big" --folds 0 --model "$W/tmp/big.model"

section "attribution"
ART_DIRS="tests/fixtures/articles"
[ -d tests/fixtures/articles_heldout ] && ART_DIRS="$ART_DIRS tests/fixtures/articles_heldout"
for d in $ART_DIRS; do
  log "$BIN eval --articles $d --format json"
  "$BIN" eval --articles "$d" --format json > "$R/nkstance_articles_$(basename "$d").json" || [ $? -le 2 ]
done
log "$PY bench/attribution.py . $R/textacy_attribution.json $ART_DIRS"
"$PY" bench/attribution.py . "$R/textacy_attribution.json" $ART_DIRS

echo "load_end=$(cut -d' ' -f1-3 /proc/loadavg)" >> "$R/machine.txt"
echo "total_seconds=$(( $(date +%s) - START ))" >> "$R/machine.txt"
section "report"
python3 bench/render.py "$R" BENCHMARKS.md
echo "wrote BENCHMARKS.md" >&2
