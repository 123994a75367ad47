"""JSON renderers: a streamed array, or one document per line (JSON Lines)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from factpull.records import Document


def dumps(document: Document) -> str:
    return json.dumps(document.to_dict(), ensure_ascii=False)


def jsonl(documents: Iterable[Document]) -> Iterator[str]:
    """One line per document, yielded as each document finishes."""
    for document in documents:
        yield dumps(document) + "\n"


def json_array(documents: Iterable[Document]) -> Iterator[str]:
    """One JSON array of documents, streamed element by element."""
    first = True
    for document in documents:
        yield ("[\n" if first else ",\n") + dumps(document)
        first = False
    yield "[]\n" if first else "\n]\n"
