"""Writes BENCHMARKS.md from the results folder of bench/run.sh.

Usage: render.py RESULTS_DIR BENCHMARKS.md
"""
import json, re, sys
from pathlib import Path

R, OUT = Path(sys.argv[1]), Path(sys.argv[2])
LABELS = ["conciliatory", "hardline", "neutral"]


def load(name):
    return json.loads((R / name).read_text())


def time_v(name):
    """wall seconds, peak RSS MiB, user+sys seconds of a /usr/bin/time -v report."""
    text = (R / f"{name}.time").read_text()
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text).group(1)
    secs = 0.0
    for part in wall.split(":"):
        secs = secs * 60 + float(part)
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) / 1024
    cpu = float(re.search(r"User time \(seconds\): (\S+)", text).group(1)) + float(re.search(r"System time \(seconds\): (\S+)", text).group(1))
    return secs, rss, cpu


machine = dict(l.split("=", 1) for l in (R / "machine.txt").read_text().splitlines() if "=" in l)
md = []
w = md.append
w("# Benchmarks: nkstance against what a user would otherwise use\n")
w("Every number below was measured by one run of `bash bench/run.sh` (which rewrote this file); "
  "ratios compare figures taken in that same run. Peers run in Python from `bench/requirements.txt` (pinned).\n")
w("## Machine\n")
w(f"- CPU: {machine.get('cpu')}, {machine.get('cores')} cores; memory {machine.get('memory')}; Linux {machine.get('kernel')}")
w(f"- {machine.get('rustc')}; {machine.get('python')}")
w(f"- run at {machine.get('date')}, {int(machine.get('total_seconds', 0)) // 60} min {int(machine.get('total_seconds', 0)) % 60} s in all; "
  f"load average {machine.get('load_start')} at the start, {machine.get('load_end')} at the end "
  "(the machine is shared: wall times are noisy, compare ratios)")
w(f"- sizes: {machine.get('sizes')}\n")

goals = []

# ---------------------------------------------------------------- accuracy
peers = load("peers.json")
nk = {"batches": load("nkstance_batches.json")["overall"], "heldout": load("nkstance_heldout.json")["overall"]}
BOW = ["sklearn TF-IDF(1-2) + logistic regression", "sklearn TF-IDF(1-2) + linear SVM", "fastText supervised (bigrams)"]
EMB = "all-MiniLM-L6-v2 embeddings + logistic regression"
w("## 1. Accuracy\n")
titles = {
    "batches": "Held out by batch: trained on the other batches of `training-data/batches`, tested on the whole batches `hard_cases` and `translated_voices` (no batch on both sides)",
    "heldout": "Held-out set: trained on all batches, tested on `training-data/heldout/heldout.jsonl` (written separately)",
}
for split in ("batches", "heldout"):
    p = peers[split]
    w(f"### {titles[split]}\n")
    if split == "batches":
        names = sorted(q.stem for q in Path("training-data/batches").glob("*.jsonl") if q.stem not in ("hard_cases", "translated_voices"))
        w(f"{p['train']} training statements ({len(names)} batches: {', '.join(names)}), {p['test']} test statements.\n")
    else:
        w(f"{p['train']} training statements, {p['test']} test statements.\n")
    w("| model | macro-F1 | conciliatory F1 | hardline F1 | neutral F1 | settings |")
    w("|---|---|---|---|---|---|")
    f1 = {c["label"]: c["f1"] for c in nk[split]["classes"]}
    w(f"| **nkstance** (naive Bayes, shipped settings) | **{nk[split]['macro_f1']:.3f}** | {f1['conciliatory']:.3f} | {f1['hardline']:.3f} | {f1['neutral']:.3f} | `train --folds 0` defaults |")
    for name, m in p["models"].items():
        params = m.get("params")
        params = ", ".join(f"{k.replace('clf__', '')}={v}" for k, v in params.items()) if isinstance(params, dict) else params
        w(f"| {name} | {m['macro_f1']:.3f} | " + " | ".join(f"{m['f1'][l]:.3f}" for l in LABELS) + f" | {params} |")
    w("")
    best_bow = max(BOW, key=lambda k: p["models"][k]["macro_f1"])
    gap_bow = nk[split]["macro_f1"] - p["models"][best_bow]["macro_f1"]
    gap_emb = nk[split]["macro_f1"] - p["models"][EMB]["macro_f1"]
    goals.append((f"accuracy ({split}): ahead of every bag-of-words peer", gap_bow > 0,
                  f"nkstance {nk[split]['macro_f1']:.3f} vs best bag-of-words peer ({best_bow}) {p['models'][best_bow]['macro_f1']:.3f}: {gap_bow:+.3f}"))
    goals.append((f"accuracy ({split}): within 0.03 of the embedding model or ahead", gap_emb >= -0.03,
                  f"nkstance {nk[split]['macro_f1']:.3f} vs embeddings {p['models'][EMB]['macro_f1']:.3f}: {gap_emb:+.3f}"))
w("Peer settings: scikit-learn `TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)`; C of the logistic regression "
  "and the SVM, and of the logistic regression on embeddings, chosen by grouped 5-fold cross-validation (groups = batch) "
  "on the training side only; fastText `train_supervised(wordNgrams=2, epoch=25, lr=0.5, dim=100)` on lower-cased text with "
  "punctuation split off; embeddings L2-normalised; VADER's compound score mapped to three labels (>= 0.05 conciliatory, "
  "<= -0.05 hardline, else neutral), untrained.\n")

# ---------------------------------------------------------------- statement throughput
w("## 2. Statement throughput (one thread, vectorising included)\n")
pt = load("peer_throughput.json")
n = pt["sklearn"]["statements"]
secs, rss, cpu = time_v("classify_1t")
nk_rate = n / secs
w(f"{n:,} statements (`bench/work/statements.txt`: the corpus and held-out statements cycled, numbers varied), "
  "each labelled and the result written out. nkstance: the whole `nkstance classify --format jsonl` process "
  "(start-up, reading, JSON output included); peers: the labelling pass only (model already trained and loaded), "
  "in chunks of 10,000 lines.\n")
w("| | statements/s | wall s | ratio nkstance / peer |")
w("|---|---|---|---|")
w(f"| **nkstance** `classify` | **{nk_rate:,.0f}** | {secs:.1f} | |")
for key, name in (("sklearn", "scikit-learn TF-IDF(1-2) + logistic regression"), ("fasttext", "fastText supervised (bigrams)")):
    w(f"| {name} | {pt[key]['per_second']:,.0f} | {pt[key]['seconds']:.1f} | {nk_rate / pt[key]['per_second']:.2f} |")
w("")
goals.append(("statement throughput: at least 5 × scikit-learn", nk_rate >= 5 * pt["sklearn"]["per_second"], f"{nk_rate / pt['sklearn']['per_second']:.2f} ×"))
goals.append(("statement throughput: at least equal to fastText", nk_rate >= pt["fasttext"]["per_second"], f"{nk_rate / pt['fasttext']['per_second']:.2f} ×"))

# ---------------------------------------------------------------- article throughput
w("## 3. Article throughput (`nkstance score --format jsonl`)\n")
big = int((R / "corpus_bytes").read_text()) / 1e6
small = int((R / "corpus_small_bytes").read_text()) / 1e6
w(f"Corpus: {(R / 'corpus.txt').read_text().strip()} (generated by `bench/make_corpus.py`: each article is one gold test "
  "article with 3 to 8 paragraphs of other test articles mixed in and its numbers varied; JSON Lines files of about 4 MB).\n")
w("| run | corpus MB | wall s | MB/s | peak RSS MiB | CPU s |")
w("|---|---|---|---|---|---|")
rows = {}
for name, label, mb in (("score_small_1t", "1 thread, small corpus", small), ("score_1t", "1 thread", big), ("score_nt", f"--threads {machine.get('cores')} (all cores)", big)):
    s, m, c = time_v(name)
    rows[name] = (s, m, mb)
    w(f"| {label} | {mb:.0f} | {s:.1f} | {mb / s:.2f} | {m:.0f} | {c:.1f} |")
w("")
speedup = (big / rows["score_nt"][0]) / (big / rows["score_1t"][0])
w(f"All cores against one thread: {speedup:.2f} ×. Peak memory, {small:.0f} MB corpus against {big:.0f} MB: "
  f"{rows['score_small_1t'][1]:.0f} MiB against {rows['score_1t'][1]:.0f} MiB.\n")
flat = rows["score_1t"][1] <= rows["score_small_1t"][1] * 1.25 + 8
goals.append(("article scoring: peak memory flat as the corpus grows", flat,
              f"{rows['score_small_1t'][1]:.0f} MiB at {small:.0f} MB, {rows['score_1t'][1]:.0f} MiB at {big:.0f} MB (1 thread); {rows['score_nt'][1]:.0f} MiB on all cores"))

# ---------------------------------------------------------------- start-up
w("## 4. Start-up\n")
st = load("startup.json")["results"][0]
w("`nkstance classify 'We will not rule out talks with Pyongyang.'` with the embedded model (no `--model`), "
  f"{len(st.get('times', []))} runs after warm-up:\n")
w("| mean ms | median ms | min ms | max ms |")
w("|---|---|---|---|")
w(f"| {st['mean'] * 1000:.1f} | {st['median'] * 1000:.1f} | {st['min'] * 1000:.1f} | {st['max'] * 1000:.1f} |\n")

# ---------------------------------------------------------------- training
w("## 5. Training\n")
w("| run | statements | wall s | CPU s | peak RSS MiB |")
w("|---|---|---|---|---|")
shipped = sum(1 for p in Path("training-data/batches").glob("*.jsonl") for l in open(p, encoding="utf-8") if l.strip())
for name, label, n_st in (("train_shipped", "`nkstance train` (shipped settings, with 5-fold grouped CV)", shipped),
                          ("train_shipped_nocv", "`nkstance train --folds 0` (shipped corpus)", shipped),
                          ("train_big", "`nkstance train --folds 0` (shipped corpus repeated)", int(machine.get("sizes", "").rsplit(" ", 1)[-1] or 0))):
    s, m, c = time_v(name)
    rows[name] = (s, m)
    w(f"| {label} | {n_st:,} | {s:.1f} | {c:.1f} | {m:.0f} |")
w("")
for name in ("train_shipped", "train_big"):
    s, m = rows[name]
    goals.append((f"training ({name.replace('train_', '')}): under a minute and under 4 GB", s < 60 and m < 4096, f"{s:.1f} s, {m:.0f} MiB"))

# ---------------------------------------------------------------- attribution
w("## 6. Attribution: (statement, speaker) pairs on the gold test articles\n")
tot = {"correct": 0, "predicted": 0, "gold": 0}
ext = {"correct": 0, "predicted": 0, "gold": 0}
dirs = []
for f in sorted(R.glob("nkstance_articles_*.json")):
    d = json.loads(f.read_text())
    dirs.append(f.stem.replace("nkstance_articles_", ""))
    for k in tot:
        tot[k] += d["attribution"][k]
        ext[k] += d["extraction"][k]


def prf(c):
    p = c["correct"] / c["predicted"] if c["predicted"] else 0
    r = c["correct"] / c["gold"] if c["gold"] else 0
    return p, r, (2 * p * r / (p + r) if p + r else 0)


tx = load("textacy_attribution.json")
w(f"Articles of `tests/fixtures/{{{', '.join(dirs)}}}` ({tx['stats']['articles']} gold articles, {tot['gold']} gold statements, "
  "direct quotes and reported speech). Matching as in `nkstance eval --articles` (`src/gold.rs`): spans overlapping by at "
  "least half of the longer; precision = right pairs / extracted, recall = right pairs / gold.\n")
w("| extractor | extracted | right pairs | precision | recall | F1 | extraction F1 (speaker ignored) |")
w("|---|---|---|---|---|---|---|")
p, r, f = prf(tot)
w(f"| **nkstance** `score` | {tot['predicted']} | {tot['correct']} | {p:.3f} | {r:.3f} | **{f:.3f}** | {prf(ext)[2]:.3f} |")
a = tx["attribution"]
w(f"| textacy 0.13 `direct_quotations` + spaCy en_core_web_sm 3.8.0 | {a['predicted']} | {a['correct']} | {a['precision']:.3f} | {a['recall']:.3f} | {a['f1']:.3f} | {tx['extraction']['f1']:.3f} |")
ad = tx["attribution_direct_only"]
w(f"| textacy, against the {ad['gold']} direct quotes only | {ad['predicted']} | {ad['correct']} | {ad['precision']:.3f} | {ad['recall']:.3f} | {ad['f1']:.3f} | |")
w("")
s = tx["stats"]
w(f"textacy extracts direct quotations only (no reported speech) and refuses a text with an odd number of quote marks: "
  f"{s['articles_per_paragraph']} of {s['articles']} articles were therefore run paragraph by paragraph, and "
  f"{s['paragraphs_skipped']} paragraphs that still had an odd number were skipped. Its quotations are cut at spaCy's "
  "sentence boundaries (the gold lists one statement per sentence); its speaker is right when it equals the gold name or an "
  "alias, or ends one (\"Hale\" for \"Martha Hale\"); for an anonymous gold source it must name none of the article's officials. "
  "HTML articles are reduced to their paragraphs by `bench/make_corpus.py`'s parser; every gold statement was found in that text"
  + ("" if s["gold_not_found"] == 0 else f" except {s['gold_not_found']}") + ".\n")
goals.append(("attribution: F1 ahead of textacy", f > a["f1"], f"{f:.3f} vs {a['f1']:.3f}"))

# ---------------------------------------------------------------- micro
w("## Criterion micro-benchmarks (`benches/pipeline.rs`)\n")
w("500 corpus statements per iteration for the statement stages; one gold test article (`2017-09-05_sanctions_push.txt`) for quote extraction.\n")
w("| benchmark | time (median of the estimate) | throughput |")
w("|---|---|---|")
crit = (R / "criterion.txt").read_text()
for m in re.finditer(r"^(\S[^\n]*?)\s*\n?\s+time:\s+\[(\S+ \S+) (\S+ \S+) (\S+ \S+)\]\s*\n(?:\s+thrpt:\s+\[(\S+ \S+) (\S+ \S+) (\S+ \S+)\])?", crit, re.M):
    w(f"| {m.group(1).strip()} | {m.group(3)} | {m.group(6) or ''} |")
w("")

# ---------------------------------------------------------------- goals
w("## Goals\n")
w("| goal | met | measured |")
w("|---|---|---|")
for g, ok, detail in goals:
    w(f"| {g} | {'yes' if ok else '**NO**'} | {detail} |")
w("")
missed = [g for g, ok, _ in goals if not ok]
w("nkstance misses: " + ("; ".join(missed) + "." if missed else "none of the goals.") + "\n")

analysis = Path(__file__).parent / "analysis.md"
if analysis.exists():
    w(analysis.read_text().rstrip() + "\n")

w("## Commands\n")
w("Run from the repository root by `bash bench/run.sh` (BIN is the release binary it builds, under `$CARGO_TARGET_DIR`):\n")
w("```")
w((R / "commands.txt").read_text().rstrip())
w("```")
OUT.write_text("\n".join(md) + "\n")
