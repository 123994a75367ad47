"""CSV renderer: one row per extracted item, for spreadsheets."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator

from factpull.records import Document

HEADER = ("source", "kind", "text", "start", "end", "label", "value", "confidence")

#: A cell starting with one of these is a formula to a spreadsheet (OWASP "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> object:
    """``value``, with a leading ``'`` when a spreadsheet would read it as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def rows(document: Document) -> Iterator[tuple]:
    """``(source, kind, text, start, end, label/type/name, value, confidence)`` for each item
    (``confidence`` only for entities: "high" or "low")."""
    for e in document.entities:
        yield (document.source, "entity", e.text, e.start, e.end, e.label, e.canonical,
               e.confidence)
    for d in document.dates:
        yield document.source, "date", d.text, d.start, d.end, d.type, d.value or "", ""
    for t in document.treaties:
        yield document.source, "treaty", t.text, t.start, t.end, t.name, t.id or "", ""
    for f in document.facts:
        party = f.party.canonical if f.party else ""
        label = f"{f.action}:{f.status}"
        value = f"{party} -> {f.object.name}" + (f" @ {f.date.value}" if f.date else "")
        yield document.source, "fact", f.text, f.start, f.end, label, value, ""


def csv_lines(documents: Iterable[Document]) -> Iterator[str]:
    """The header, then each document's rows as it finishes."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADER)
    for document in documents:
        writer.writerows([cell(value) for value in row] for row in rows(document))
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    if buffer.getvalue():
        yield buffer.getvalue()
