"""Writes benchmark inputs under WORKDIR (git-ignored).

Usage: make_corpus.py REPO WORKDIR statements N_STATEMENTS
       make_corpus.py REPO WORKDIR articles DIR TOTAL_MB
       make_corpus.py REPO WORKDIR repeat DIR N

repeat: the shipped training corpus repeated (ids made unique, one file per
batch as shipped) until it holds N statements, written under DIR.

statements: N lines, the corpus statements (training-data/batches and the
held-out set) cycled in a shuffled order, each copy with its numbers varied.

articles: a folder of JSON Lines files (about 4 MB each) of articles. Each
article is one gold test article (tests/fixtures/articles*, plain text and
HTML reduced to its paragraphs) whose paragraphs are mixed with 3 to 8
paragraphs drawn from the other test articles, with numbers varied, so that
no two articles are the same text.
"""
import html, json, random, re, sys
from html.parser import HTMLParser
from pathlib import Path


class Paragraphs(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.cur, self.skip = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "nav", "header", "footer", "aside"):
            self.skip += 1
        if tag in ("p", "h1", "h2", "li", "blockquote"):
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("script", "style", "nav", "header", "footer", "aside"):
            self.skip = max(0, self.skip - 1)
        if tag in ("p", "h1", "h2", "li", "blockquote"):
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)

    def flush(self):
        t = " ".join("".join(self.cur).split())
        if t:
            self.out.append(t)
        self.cur = []


def article_texts(repo):
    """(name, text) of every gold test article, text as paragraphs joined by blank lines."""
    out = []
    for d in ("tests/fixtures/articles", "tests/fixtures/articles_heldout"):
        folder = repo / d
        if not folder.is_dir():
            continue
        for p in sorted(folder.iterdir()):
            if p.suffix == ".txt":
                out.append((p.name, p.read_text(encoding="utf-8")))
            elif p.suffix == ".html":
                parser = Paragraphs()
                parser.feed(p.read_text(encoding="utf-8"))
                parser.flush()
                out.append((p.name, "\n\n".join(parser.out)))
            elif p.suffix == ".jsonl":
                for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
                    if line.strip():
                        out.append((f"{p.name}#{i}", json.loads(line)["text"]))
    return out


def vary(text, rng):
    return re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randint(0, 9)), text)


def statements(repo, work, n):
    texts = [json.loads(l)["text"] for p in sorted((repo / "training-data").rglob("*.jsonl")) for l in open(p, encoding="utf-8") if l.strip()]
    rng = random.Random(7)
    path = work / "statements.txt"
    with open(path, "w", encoding="utf-8") as f:
        written = 0
        while written < n:
            rng.shuffle(texts)
            for t in texts[: n - written]:
                f.write(vary(t, rng).replace("\n", " ") + "\n")
            written += min(len(texts), n - written)
    print(path)


def articles(repo, out, total_mb):
    base = article_texts(repo)
    pool = [p for _, t in base for p in t.split("\n\n") if len(p) > 40]
    rng = random.Random(11)
    out.mkdir(parents=True, exist_ok=True)
    target, written, file_no, n = total_mb * 1_000_000, 0, 0, 0
    f, fsize = None, 0
    while written < target:
        if f is None or fsize > 4_000_000:
            if f:
                f.close()
            f, fsize = open(out / f"corpus-{file_no:05d}.jsonl", "w", encoding="utf-8"), 0
            file_no += 1
        name, text = base[n % len(base)]
        paras = text.split("\n\n")
        for extra in rng.sample(pool, rng.randint(3, 8)):
            paras.insert(rng.randint(1, len(paras)), extra)
        body = vary("\n\n".join(paras), rng)
        line = json.dumps({"id": f"a{n}", "title": name, "date": f"20{17 + n % 4}-0{1 + n % 9}-1{n % 10}", "text": body}) + "\n"
        f.write(line)
        size = len(line.encode("utf-8"))
        fsize += size
        written += size
        n += 1
    f.close()
    print(f"{out}: {n} articles, {written / 1e6:.1f} MB in {file_no} files")


if __name__ == "__main__":
    repo, work, what = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    work.mkdir(parents=True, exist_ok=True)
    if what == "repeat":
        out, n = Path(sys.argv[4]), int(sys.argv[5])
        out.mkdir(parents=True, exist_ok=True)
        batches = {p.stem: [json.loads(l) for l in open(p, encoding="utf-8") if l.strip()] for p in sorted((repo / "training-data/batches").glob("*.jsonl"))}
        files = {k: open(out / f"{k}.jsonl", "w", encoding="utf-8") for k in batches}
        written, copy = 0, 0
        while written < n:
            for k, rows in batches.items():
                for r in rows:
                    if written == n:
                        break
                    files[k].write(json.dumps({**r, "id": f"{r['id']}-r{copy}"}) + "\n")
                    written += 1
            copy += 1
        for f in files.values():
            f.close()
        print(f"{out}: {written} statements")
    elif what == "statements":
        statements(repo, work, int(sys.argv[4]))
    else:
        articles(repo, Path(sys.argv[4]), int(sys.argv[5]))
