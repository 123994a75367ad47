"""Renderers: records in, text or rich renderables out. They print nothing themselves.

``RENDERERS`` maps a ``--format`` name to a function from documents to an iterator of output
pieces (``str`` to write as is, or a rich renderable), produced as documents arrive. The CLI
imports this package only when there is work to do, so ``--help`` never loads rich tables.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from factpull.records import Document
from factpull.render.csvout import csv_lines
from factpull.render.jsonout import json_array, jsonl
from factpull.render.table import tables

RENDERERS: dict[str, Callable[[Iterable[Document]], Iterator[Any]]] = {
    "table": tables,
    "json": json_array,
    "jsonl": jsonl,
    "csv": csv_lines,
}
