"""Single-thread statement throughput of the scikit-learn and fastText peers.

Usage: throughput.py REPO WORKDIR STATEMENTS.txt OUT.json

Both are trained on all of training-data/batches (scikit-learn TF-IDF 1-2
grams + logistic regression with C=10; fastText bigrams), then label every
line of STATEMENTS.txt, reading the file, vectorising (fastText: its
tokenisation plus ours), predicting and writing one label per line to
/dev/null, in chunks of 10,000 lines. Only the labelling pass is timed.
"""
import json, sys, time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from peers import LABELS, fasttext_model, ft_tokens, load  # noqa: E402
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

CHUNK = 10_000


def chunks(path):
    buf = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line:
                buf.append(line)
                if len(buf) == CHUNK:
                    yield buf
                    buf = []
    if buf:
        yield buf


def main():
    repo, work, statements, out = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], Path(sys.argv[4])
    train = [s for p in sorted((repo / "training-data/batches").glob("*.jsonl")) for s in load(p)]
    texts, labels = [s["text"] for s in train], [s["label"] for s in train]
    results = {}

    pipe = Pipeline([("tfidf", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)), ("clf", LogisticRegression(C=10, max_iter=2000))])
    pipe.fit(texts, labels)
    n, t0 = 0, time.perf_counter()
    with open("/dev/null", "w") as sink:
        for c in chunks(statements):
            proba = pipe.predict_proba(c)
            sink.write("\n".join(pipe.classes_[proba.argmax(axis=1)]) + "\n")
            n += len(c)
    dt = time.perf_counter() - t0
    results["sklearn"] = {"statements": n, "seconds": dt, "per_second": n / dt}
    print(f"[throughput] sklearn {n / dt:,.0f}/s", file=sys.stderr)

    ft = fasttext_model(train, work)
    n, t0 = 0, time.perf_counter()
    with open("/dev/null", "w") as sink:
        for c in chunks(statements):
            got, _ = ft.predict([ft_tokens(t) for t in c], k=3)
            sink.write("\n".join(g[0] for g in got) + "\n")
            n += len(c)
    dt = time.perf_counter() - t0
    results["fasttext"] = {"statements": n, "seconds": dt, "per_second": n / dt}
    print(f"[throughput] fastText {n / dt:,.0f}/s", file=sys.stderr)
    out.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
