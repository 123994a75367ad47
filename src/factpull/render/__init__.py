"""Renderers: records in, text or rich renderables out. They print nothing themselves.

``RENDERERS`` maps a ``--format`` name to a function from documents to an iterator of output
pieces (``str`` to write as is, or a rich renderable), produced as documents arrive.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from factpull.records import Document


def _table(documents: Iterable[Document]) -> Iterator[Any]:
    from factpull.render.table import tables

    return tables(documents)


def _json(documents: Iterable[Document]) -> Iterator[str]:
    from factpull.render.jsonout import json_array

    return json_array(documents)


def _jsonl(documents: Iterable[Document]) -> Iterator[str]:
    from factpull.render.jsonout import jsonl

    return jsonl(documents)


def _csv(documents: Iterable[Document]) -> Iterator[str]:
    from factpull.render.csvout import csv_lines

    return csv_lines(documents)


RENDERERS: dict[str, Callable[[Iterable[Document]], Iterator[Any]]] = {
    "table": _table,
    "json": _json,
    "jsonl": _jsonl,
    "csv": _csv,
}
