"""Statement labels inside the gold articles: nkstance against scikit-learn.

The statements of the development gold sets (tests/fixtures/articles*/, not
the blind ones) are labelled by models trained on training-data/batches.
Usage (from the repository root, with the bench virtual environment):

    bench/work/venv/bin/python bench/article_statements.py [nkstance binary]

Prints accuracy and macro-F1 per model on the same statements.
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score
from sklearn.naive_bayes import MultinomialNB
from sklearn.svm import LinearSVC

DEV_SETS = ["articles", "articles_heldout", "articles_dev2", "articles_transcripts",
            "articles_dev3", "articles_blind2", "articles_dev4", "articles_dev5",
            "articles_dev6"]
LABELS = ["conciliatory", "hardline", "neutral"]


def gold_statements():
    rows = []
    for s in DEV_SETS:
        for f in sorted(glob.glob(f"tests/fixtures/{s}/*.gold.json")):
            for st in json.load(open(f))["statements"]:
                rows.append((st["text"], st["label"]))
    return rows


def report(name, y, p):
    print(f"{name:44} accuracy {accuracy_score(y, p):.3f}  macro-F1 {f1_score(y, p, average='macro'):.3f}")


def nkstance(binary, rows):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as t:
        for i, (text, label) in enumerate(rows):
            t.write(json.dumps({"id": f"g-{i}", "text": text, "label": label, "speaker_role": "x",
                                "country": "x", "source": "gold", "hard": False}) + "\n")
    out = subprocess.run([binary, "eval", "--test", t.name], capture_output=True, text=True).stdout
    os.unlink(t.name)
    line = next(l for l in out.splitlines() if l.startswith("held-out test"))
    print(f"{'nkstance (shipped model)':44} {line.split(': ', 1)[1]}")


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else "target/release/nkstance"
    train = [json.loads(l) for f in sorted(glob.glob("training-data/batches/*.jsonl")) for l in open(f)]
    X = [d["text"] for d in train]
    y = np.array([d["label"] for d in train])
    rows = gold_statements()
    Xt = [r[0] for r in rows]
    yt = np.array([r[1] for r in rows])
    print(f"{len(train)} training statements; {len(rows)} statements in {len(DEV_SETS)} gold sets")
    nkstance(binary, rows)
    v = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
    A, At = v.fit_transform(X), None
    At = v.transform(Xt)
    for name, m in [("sklearn TF-IDF(1-2) + multinomial NB a=0.1", MultinomialNB(alpha=0.1)),
                    ("sklearn TF-IDF(1-2) + logistic regression C=10", LogisticRegression(C=10, max_iter=2000)),
                    ("sklearn TF-IDF(1-2) + linear SVM C=1", LinearSVC(C=1))]:
        report(name, yt, m.fit(A, y).predict(At))
    # NB-SVM (Wang & Manning 2012): one-vs-rest logistic regression on
    # features scaled by naive Bayes log-count ratios.
    B = (A > 0).astype(float)
    scores = []
    for c in LABELS:
        pos = np.asarray(B[y == c].sum(0)).ravel() + 1
        neg = np.asarray(B[y != c].sum(0)).ravel() + 1
        r = np.log((pos / pos.sum()) / (neg / neg.sum()))
        m = LogisticRegression(C=4, max_iter=2000).fit(A.multiply(r).tocsr(), (y == c).astype(int))
        scores.append(m.decision_function(At.multiply(r).tocsr()))
    report("NB-SVM (log-count ratio + logistic, C=4)", yt, np.array(LABELS)[np.argmax(scores, 0)])


if __name__ == "__main__":
    main()
