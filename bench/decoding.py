#!/usr/bin/env python
"""How well factpull decodes real text saved in other encodings.

Not a test: each article of a JSON Lines corpus (``text`` field; default
``../shared/corpus/wikinews.jsonl``) is encoded in each encoding it fits, decoded with
:func:`factpull.reader.decode`, and counted as right when the text comes back exactly. For the
single-byte encodings, articles that are pure ASCII prove nothing and are skipped; with
``--mixed`` each article also gets a sentence in the encoding's own language appended (an
English-dominant file with a little of another script: the hardest case for detection).

    python bench/decoding.py
    python bench/decoding.py --mixed
"""

from __future__ import annotations

import argparse
import contextlib
import json
from pathlib import Path

from factpull.errors import InputError
from factpull.reader import decode

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wikinews.jsonl"
UNICODE = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32")
SINGLE_BYTE = {
    "cp1252": "The minister said the accord was \u201cfinal\u201d \u2014 for now.",
    "latin-1": "Fran\u00e7ois Hollande a d\u00e9j\u00e0 sign\u00e9 l'accord \u00e0 Gen\u00e8ve.",
    "cp1250": "P\u0159\u00edli\u0161 \u017elu\u0165ou\u010dk\u00fd k\u016f\u0148 \u00fap\u011bl "
              "\u010f\u00e1belsk\u00e9 \u00f3dy.",
    "cp1251": "\u0412\u043b\u0430\u0434\u0438\u043c\u0438\u0440 \u041f\u0443\u0442\u0438\u043d "
              "\u043f\u043e\u0434\u043f\u0438\u0441\u0430\u043b \u0437\u0430\u043a\u043e\u043d.",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--mixed", action="store_true",
                        help="append a sentence in each encoding's language")
    args = parser.parse_args()
    texts = [json.loads(line)["text"] for line in args.corpus.open(encoding="utf-8")]
    for encoding in (*UNICODE, *SINGLE_BYTE):
        right = total = 0
        for text in texts:
            if encoding in SINGLE_BYTE and args.mixed:
                text = f"{text}\n\n{SINGLE_BYTE[encoding]}"
            try:
                data = text.encode(encoding)
            except UnicodeEncodeError:
                continue
            if encoding in SINGLE_BYTE and text.isascii():
                continue
            total += 1
            with contextlib.suppress(InputError):  # an undecodable text counts as wrong
                right += decode(data, "bench").text == text
        print(f"{encoding:10} {right:4}/{total:<4} right")


if __name__ == "__main__":
    main()
