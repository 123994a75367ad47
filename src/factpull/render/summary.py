"""Renderers for the corpus summary: a :class:`~factpull.summary.Summary` in, output pieces out.

``SUMMARY_RENDERERS`` maps a ``--format`` name to a function from a summary to an iterator of
pieces (rich renderables for the table, ``str`` otherwise), like ``RENDERERS`` does for
documents. They print nothing. Text from the input goes through :func:`literal` (table) or
:func:`~factpull.render.csvout.cell` (CSV).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from typing import Any

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from factpull.render.csvout import cell
from factpull.render.table import literal
from factpull.summary import Summary

#: Rows of the entity and treaty tables (JSON and CSV hold all).
TOP = 25
#: Rows of the facts timeline in the table (JSON and CSV hold all).
TOP_FACTS = 100
#: Widest bar of the per-year chart, in characters.
BAR_WIDTH = 40
#: More years than this and the earliest are folded into one "earlier" row.
MAX_YEARS = 30
_EIGHTHS = " ▏▎▍▌▋▊▉"


# -- table --------------------------------------------------------------------------------------


def summary_table(summary: Summary) -> Iterator[RenderableType]:
    yield render_summary(summary.to_dict())


def render_summary(data: dict[str, Any]) -> RenderableType:
    """The report as one rich renderable, from :meth:`Summary.to_dict` output."""
    parts: list[RenderableType] = [_header(data)]
    if data["entities"]:
        parts.append(_entities(data["entities"]))
    if data["treaties"]:
        parts.append(_treaties(data["treaties"]))
    if data["facts"]:
        parts.append(_facts(data["facts"]))
    if data["disagreements"]:
        parts.append(_disagreements(data["disagreements"]))
    if data["years"]:
        parts.append(Text("Facts and events per year", style="bold"))
        parts.append(year_chart(data["years"]))
    parts.append(Text(""))
    return Group(*parts)


def _header(data: dict[str, Any]) -> Text:
    title = Text("Corpus summary", style="bold")
    details = [f"{data['documents']:,} documents", f"{data['failed']:,} failed",
               f"{data['words']:,} words"]
    dates = data["reference_dates"]
    if dates["first"]:
        details.append(f"published {dates['first']} – {dates['last']} "
                       f"({dates['documents']:,} dated)")
    title.append("  " + " · ".join(details), style="dim")
    return title


def _table(title: str) -> Table:
    return Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, expand=False,
                 title_style="bold")


def _more(shown: int, total: int) -> list[RenderableType]:
    if total <= shown:
        return []
    return [Text(f"  … {total - shown:,} more in --format json", style="dim")]


def _entities(rows: list[dict[str, Any]]) -> RenderableType:
    table = _table("Entities across documents")
    table.add_column("Name", overflow="fold")
    table.add_column("Label")
    table.add_column("Docs", justify="right")
    table.add_column("Mentions", justify="right")
    for row in rows[:TOP]:
        table.add_row(literal(row["name"]), literal(row["label"]), literal(row["documents"]),
                      literal(row["mentions"]))
    return Group(table, *_more(TOP, len(rows)))


def _treaties(rows: list[dict[str, Any]]) -> RenderableType:
    table = _table("Treaties")
    table.add_column("Instrument", overflow="fold")
    table.add_column("Id")
    table.add_column("Year")
    table.add_column("Docs", justify="right")
    table.add_column("Mentions", justify="right")
    for row in rows[:TOP]:
        table.add_row(literal(row["name"]), literal(row["id"] or "—"),
                      literal(row["year"] or "—"), literal(row["documents"]),
                      literal(row["mentions"]))
    return Group(table, *_more(TOP, len(rows)))


def _sources(statement: dict[str, Any]) -> Text:
    shown = ", ".join(statement["sources"])
    rest = statement["documents"] - len(statement["sources"])
    return literal(shown + (f" +{rest}" if rest > 0 else ""), style="dim")


def _facts(rows: list[dict[str, Any]]) -> RenderableType:
    table = _table("Facts timeline")
    for name in ("Date", "Party", "Action", "Object", "Status"):
        table.add_column(name, overflow="fold")
    table.add_column("Docs", justify="right")
    table.add_column("Sources", overflow="fold")
    for row in rows[:TOP_FACTS]:
        table.add_row(literal(row["date"] or "—"), literal(row["party"] or "—"),
                      literal(row["action"]), literal(_object(row["object"])),
                      literal(row["status"]), literal(row["documents"]), _sources(row))
    return Group(table, *_more(TOP_FACTS, len(rows)))


def _disagreements(groups: list[dict[str, Any]]) -> RenderableType:
    table = _table("Disagreements: the same fact told differently")
    table.add_column("Fact", overflow="fold")
    table.add_column("Status", overflow="fold")
    table.add_column("Date", overflow="fold")
    table.add_column("Docs", justify="right")
    table.add_column("Sources · evidence", overflow="fold", ratio=1)
    for group in groups:
        fact = f"{group['party'] or '—'} · {group['action']} · {_object(group['object'])}"
        for index, statement in enumerate(group["statements"]):
            evidence = _sources(statement)
            for item in statement["evidence"][:1]:
                evidence.append_text(literal(f": “{_cut(item['sentence'], 160)}”"))
            table.add_row(literal(fact if index == 0 else ""), literal(statement["status"]),
                          literal(statement["date"] or "—"), literal(statement["documents"]),
                          evidence, end_section=index == len(group["statements"]) - 1)
    return table


def _object(obj: dict[str, Any]) -> str:
    """A fact's object, short: a long treaty name cut, its id beside it."""
    name = _cut(obj["name"], 40)
    return f"{name} ({obj['id']})" if obj["id"] else name


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def year_chart(years: list[dict[str, Any]], width: int = BAR_WIDTH) -> Table:
    """Per year, a bar of block characters as long as its dated facts and events together."""
    rows = [(str(y["year"]), y["facts"], y["events"]) for y in years]
    if len(rows) > MAX_YEARS:
        folded = rows[:len(rows) - MAX_YEARS + 1]
        label = f"≤{folded[-1][0]}"
        rows = [(label, sum(r[1] for r in folded), sum(r[2] for r in folded)),
                *rows[len(rows) - MAX_YEARS + 1:]]
    most = max(facts + events for _, facts, events in rows) or 1
    table = Table(box=None, show_header=True, pad_edge=False, header_style="dim")
    table.add_column("Year", justify="right")
    table.add_column("", no_wrap=True)
    table.add_column("Facts", justify="right")
    table.add_column("Events", justify="right")
    for year, facts, events in rows:
        table.add_row(year, Text(bar(facts + events, most, width), style="cyan"), str(facts),
                      str(events))
    return table


def bar(value: int, most: int, width: int = BAR_WIDTH) -> str:
    """``value`` out of ``most`` as a bar of ``width`` characters at most, in eighths."""
    eighths = round(8 * width * value / most) if most else 0
    if value and not eighths:
        eighths = 1  # a year with anything at all shows
    full, part = divmod(eighths, 8)
    return "█" * full + (_EIGHTHS[part] if part else "")


# -- JSON ---------------------------------------------------------------------------------------


def summary_json(summary: Summary) -> Iterator[str]:
    """The summary as one indented JSON object."""
    yield json.dumps(summary.to_dict(), ensure_ascii=False, indent=2) + "\n"


def summary_jsonl(summary: Summary) -> Iterator[str]:
    """The summary as one JSON object on one line (for JSON Lines pipelines)."""
    yield json.dumps(summary.to_dict(), ensure_ascii=False) + "\n"


# -- CSV ----------------------------------------------------------------------------------------

CSV_HEADER = ("section", "name", "label", "id", "party", "action", "status", "date",
              "documents", "mentions", "value", "sources", "evidence")


def summary_rows(data: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One dict per aggregate item (keys from :data:`CSV_HEADER`), section by section."""
    dates = data["reference_dates"]
    for name, value in (("documents", data["documents"]), ("failed", data["failed"]),
                        ("words", data["words"]), ("first_reference_date", dates["first"]),
                        ("last_reference_date", dates["last"]),
                        ("dated_documents", dates["documents"])):
        yield {"section": "corpus", "name": name, "value": value}
    for failure in data["failures"]:
        yield {"section": "failure", "name": failure["source"], "value": failure["reason"]}
    for row in data["entities"]:
        yield {"section": "entity", "name": row["name"], "label": row["label"],
               "documents": row["documents"], "mentions": row["mentions"]}
    for row in data["treaties"]:
        yield {"section": "treaty", "name": row["name"], "id": row["id"], "date": row["year"],
               "documents": row["documents"], "mentions": row["mentions"]}
    for row in data["facts"]:
        yield {"section": "fact", **_fact_cells(row["party"], row["action"], row["object"]),
               **_statement_cells(row)}
    for number, group in enumerate(data["disagreements"], start=1):
        for statement in group["statements"]:
            yield {"section": "disagreement", "value": number,
                   **_fact_cells(group["party"], group["action"], group["object"]),
                   **_statement_cells(statement), "label": "+".join(group["about"])}
    for row in data["years"]:
        for kind in ("facts", "events"):
            yield {"section": "year", "name": row["year"], "label": kind, "value": row[kind]}


def _fact_cells(party, action, obj) -> dict[str, Any]:
    return {"name": obj["name"], "label": obj["kind"], "id": obj["id"], "party": party,
            "action": action}


def _statement_cells(statement: dict[str, Any]) -> dict[str, Any]:
    evidence = statement["evidence"][0]["sentence"] if statement["evidence"] else None
    return {"status": statement["status"], "date": statement["date"],
            "documents": statement["documents"], "sources": "; ".join(statement["sources"]),
            "evidence": evidence}


def summary_csv(summary: Summary) -> Iterator[str]:
    """A header, then one row per aggregate item; a ``section`` column says which."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for row in summary_rows(summary.to_dict()):
        writer.writerow(cell("" if row.get(key) is None else row[key]) for key in CSV_HEADER)
    yield buffer.getvalue()


SUMMARY_RENDERERS: dict[str, Callable[[Summary], Iterator[Any]]] = {
    "table": summary_table,
    "json": summary_json,
    "jsonl": summary_jsonl,
    "csv": summary_csv,
}
