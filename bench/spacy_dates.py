"""Which temporal expressions plain spaCy finds that factpull's dates do not.

    python bench/spacy_dates.py [CORPUS.jsonl] [--limit N] [--show K]

Runs plain spaCy (the model factpull uses, its full default pipeline) and factpull's date
extraction over a JSON Lines corpus (default ``../shared/corpus/wikinews.jsonl``, one
``{"text", "date"}`` per line) and counts spaCy's DATE/TIME entities that no factpull date
overlaps. It prints the counts, then up to K misses with their context, to read: a
held-out genre where spaCy's span recall is above factpull's shows up here first.
Not a test: nothing fails.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent.parent / "shared" / "corpus" / "wikinews.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--limit", type=int, default=0, help="first N articles only")
    parser.add_argument("--show", type=int, default=200, help="misses to print")
    args = parser.parse_args(argv)

    import spacy

    from factpull import pipeline
    from factpull.api import extract

    lines = Path(args.corpus).read_text(encoding="utf-8").splitlines()
    articles = [json.loads(line) for line in lines if line.strip()]
    if args.limit:
        articles = articles[:args.limit]
    plain = spacy.load(pipeline.model_name())
    pipeline.load()
    spacy_total = found = ours_total = 0
    misses: list[tuple[str, str, str]] = []
    words: Counter[str] = Counter()
    for article, doc in zip(articles, plain.pipe(a["text"] for a in articles), strict=True):
        text = article["text"]
        reference = dt.date.fromisoformat(article["date"]) if article.get("date") else None
        ours = [(d.start, d.end) for d in extract(text, reference_date=reference).dates]
        ours_total += len(ours)
        for ent in doc.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            spacy_total += 1
            if any(s < ent.end_char and ent.start_char < e for s, e in ours):
                found += 1
                continue
            left = text[max(0, ent.start_char - 50):ent.start_char].replace("\n", " ")
            right = text[ent.end_char:ent.end_char + 30].replace("\n", " ")
            misses.append((ent.label_, ent.text, f"{left}[[{ent.text}]]{right}"))
            words[ent.text.lower()] += 1
    recall = found / spacy_total if spacy_total else 1.0
    print(f"articles {len(articles)}  spaCy DATE/TIME {spacy_total}  factpull dates {ours_total}"
          f"  spaCy spans factpull overlaps {found} ({recall:.3f})  missed {len(misses)}")
    print("most frequent missed texts:", ", ".join(f"{w!r}×{n}" for w, n in words.most_common(25)))
    for label, _, context in misses[:args.show]:
        print(f"{label:5} {context}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
