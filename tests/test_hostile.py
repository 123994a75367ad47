"""Hostile input: text, names and records crafted (or mangled) to break the output or the run."""

from __future__ import annotations

import csv
import io
import json

from rich.console import Console

from factpull.records import DateMention, Document, Entity, TreatyMention
from factpull.render import RENDERERS


def _doc(name: str, *, source: str = "a.txt") -> Document:
    return Document(
        source=source,
        model="m-1",
        entities=(Entity(name, 0, len(name), "PERSON", name),),
        dates=(DateMention(name, 0, len(name), "DATE", name, anchor=None),),
        treaties=(TreatyMention(name, 0, len(name), name, id=name, year=None),),
    )


def _table(documents) -> str:
    out = io.StringIO()
    console = Console(file=out, width=200, color_system=None, force_terminal=False)
    for piece in RENDERERS["table"](documents):
        console.print(piece)
    return out.getvalue()


# 1. input is never read as rich markup


def test_table_shows_closing_markup_tag_literally_and_goes_on():
    out = _table([_doc("John[/red]Smith"), _doc("Ann Lee", source="b.txt")])
    assert out.count("John[/red]Smith") == 6  # entity; date text, value; treaty name, id, seen as
    assert "b.txt" in out and "Ann Lee" in out


def test_table_shows_opening_markup_tag_literally():
    out = _table([_doc("Pedro[bold]Sanchez", source="x[/]y[red].txt")])
    assert out.count("Pedro[bold]Sanchez") == 6
    assert "x[/]y[red].txt" in out


# 15. control characters are shown escaped, never sent to the terminal


def test_table_escapes_terminal_control_sequences():
    out = _table([_doc("Evil\x1b[2JName", source="f\x1b]0;t\x07.txt")])
    assert "\x1b" not in out and "\x07" not in out
    assert "Evil\\x1b[2JName" in out
    assert "f\\x1b]0;t\\x07.txt" in out


# 16. CSV formula injection


def test_csv_neutralises_formulas_json_keeps_exact_text():
    names = ["=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tTab", "Safe"]
    docs = [_doc(name, source=name) for name in names]
    rows = list(csv.reader(io.StringIO("".join(RENDERERS["csv"](docs)), newline="")))[1:]
    assert "".join(RENDERERS["csv"]([_doc("\rCR", source="s")])).count("'\rCR") == 7
    for name, row in zip(names, [rows[i * 3] for i in range(len(names))], strict=True):
        expected = name if name == "Safe" else "'" + name
        assert row[0] == row[2] == row[6] == expected
    for doc in docs:
        line = "".join(RENDERERS["jsonl"]([doc]))
        assert json.loads(line)["entities"][0]["text"] == doc.entities[0].text
