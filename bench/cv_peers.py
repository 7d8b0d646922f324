"""The peers a user would try first, on exactly nkstance's grouped folds.

    nkstance eval --write-folds /tmp/folds.jsonl        # nkstance's own figure, and the folds
    bench/work/venv/bin/python bench/cv_peers.py /tmp/folds.jsonl

scikit-learn TF-IDF (1-2 grams, sublinear tf) with logistic regression (C=10
and C=1) and a linear SVM, each trained on four folds and tested on the fifth,
pooled like `nkstance eval`.
"""
import json, glob, sys
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.svm import LinearSVC
from sklearn.metrics import f1_score
rows = {}
for f in sorted(glob.glob('training-data/batches/*.jsonl')):
    for l in open(f):
        d = json.loads(l); rows[d['id']] = d
folds = {json.loads(l)['id']: json.loads(l)['fold'] for l in open(sys.argv[1] if len(sys.argv) > 1 else '/tmp/folds.jsonl')}
ids = list(folds)
X = [rows[i]['text'] for i in ids]; y = [rows[i]['label'] for i in ids]; hard = [rows[i]['hard'] for i in ids]
for name, make in [('tfidf+logreg', lambda: LogisticRegression(max_iter=2000, C=10)),
                   ('tfidf+logreg(C=1)', lambda: LogisticRegression(max_iter=2000)),
                   ('tfidf+linearsvm', lambda: LinearSVC())]:
    pred = [None]*len(ids)
    for k in range(5):
        tr = [j for j,i in enumerate(ids) if folds[i] != k]; te = [j for j,i in enumerate(ids) if folds[i] == k]
        vec = TfidfVectorizer(ngram_range=(1,2), sublinear_tf=True)
        clf = make().fit(vec.fit_transform([X[j] for j in tr]), [y[j] for j in tr])
        for j, p in zip(te, clf.predict(vec.transform([X[j] for j in te]))): pred[j] = p
    hy = [y[j] for j in range(len(ids)) if hard[j]]; hp = [pred[j] for j in range(len(ids)) if hard[j]]
    print(name, 'macroF1 %.4f' % f1_score(y, pred, average='macro'), 'hard %.4f' % f1_score(hy, hp, average='macro'),
          'per-class', {c: round(v,3) for c, v in zip(['conciliatory','hardline','neutral'], f1_score(y, pred, average=None, labels=['conciliatory','hardline','neutral']))})
