"""Renderers on hand-made records (no model): exact output."""

from __future__ import annotations

import io
import json

from rich.console import Console

from factpull.records import DateMention, Document, Entity, Offsets, TreatyMention
from factpull.render import RENDERERS

DOC = Document(
    source="a.txt",
    model="m-1",
    entities=(Entity("Putin", 0, 5, "PERSON", "Vladimir Putin"),
              Entity("Russia", 10, 16, "GPE", "Russia"),
              Entity("Vladimir Putin", 20, 34, "PERSON", "Vladimir Putin")),
    dates=(DateMention("Monday", 40, 46, "DATE", "XXXX-WXX-1", resolved=False),
           DateMention("1996", 50, 54, "DATE", "1996"),
           DateMention("two years later", 60, 75, "DATE", "1998", anchor=Offsets(50, 54)),
           DateMention("1987", 80, 84, "DATE", "1987")),
    treaties=(TreatyMention("ECHR", 90, 94, "Convention for the Protection of Human Rights",
                            id="cets-5", year=1950, known=True),
              TreatyMention("convention", 95, 105, "Convention for the Protection of Human Rights",
                            id="cets-5", year=1950, known=True, reference=True)),
)


def render_table(document: Document) -> str:
    out = io.StringIO()
    console = Console(file=out, width=120, color_system=None)
    for piece in RENDERERS["table"]([document]):
        console.print(piece)
    return "\n".join(line.rstrip() for line in out.getvalue().splitlines())


def test_table():
    assert render_table(DOC) == """a.txt  m-1
Entities

  Name             Label    Mentions
 ────────────────────────────────────
  Vladimir Putin   PERSON          2
  Russia           GPE             1

Dates

  Text              Type   Value        Mentions   What   Note
 ───────────────────────────────────────────────────────────────────────────────────────
  1987              DATE   1987                1   —
  1996              DATE   1996                1   —
  two years later   DATE   1998                1   —      counted from “1996”
  Monday            DATE   XXXX-WXX-1          1   —      unresolved: no reference date

Treaties

  Name                                            Id       Year   Mentions   Seen as
 ────────────────────────────────────────────────────────────────────────────────────────────────────
  Convention for the Protection of Human Rights   cets-5   1950          2   ECHR; +1 back-reference

  Key: PERSON people; GPE countries, cities, states; X a digit the text leaves open (XXXX: year unknown); W ISO week
(2025-W03; a last -1 to -7 is the weekday, 1 Monday)
"""  # noqa: E501


def test_empty_sections_say_none_found_and_no_legend_is_shown():
    empty = Document(source="b.txt", model="m-1")
    assert render_table(empty) == (
        "b.txt  m-1\n  Entities: none found\n  Dates: none found\n  Treaties: none found\n")


def test_the_legend_explains_only_what_is_shown():
    from factpull.records import Entity

    doc = Document(source="c.txt", model="m-1",
                   entities=(Entity("Kurds", 0, 5, "NORP", "Kurds"),))
    legend = render_table(doc).splitlines()[-1]
    assert legend.strip() == "Key: NORP nationalities, religious or political groups"


def test_json_and_jsonl_stream_documents():
    assert json.loads("".join(RENDERERS["json"]([DOC, DOC]))) == [DOC.to_dict()] * 2
    assert "".join(RENDERERS["json"]([])) == "[]\n"
    lines = list(RENDERERS["jsonl"]([DOC, DOC]))
    assert lines == [json.dumps(DOC.to_dict(), ensure_ascii=False) + "\n"] * 2


def test_csv_rows():
    out = "".join(RENDERERS["csv"]([DOC])).splitlines()
    assert out[0] == "source,kind,text,start,end,label,value,confidence"
    assert out[1] == "a.txt,entity,Putin,0,5,PERSON,Vladimir Putin,high"
    assert out[4] == "a.txt,date,Monday,40,46,DATE,XXXX-WXX-1,"
    assert out[-1] == (
        "a.txt,treaty,convention,95,105,Convention for the Protection of Human Rights,cets-5,"
    )


UNSURE_DOC = Document(source="d.txt", model="m-1", entities=(
    Entity("Harbour Lights", 0, 14, "WORK_OF_ART", "Harbour Lights", confidence="low"),
    Entity("Quorvath", 20, 28, "ORG", "Quorvath"),
    Entity("Harbour Lights", 30, 44, "WORK_OF_ART", "Harbour Lights", confidence="low"),
))


def test_an_unsure_label_is_marked_in_the_table_and_explained_in_the_key():
    assert render_table(UNSURE_DOC) == """d.txt  m-1
Entities

  Name             Label           Mentions
 ───────────────────────────────────────────
  Quorvath         ORG                    1
  Harbour Lights   WORK_OF_ART ?          2

  Dates: none found
  Treaties: none found
  Key: ORG organisations; WORK_OF_ART titles of works; ? unsure of the label (decided against the model, or conflicting
evidence)
"""  # noqa: E501


def test_confidence_is_in_json_and_csv():
    entity = json.loads("".join(RENDERERS["json"]([UNSURE_DOC])))[0]["entities"][0]
    assert entity["confidence"] == "low"
    rows = "".join(RENDERERS["csv"]([UNSURE_DOC])).splitlines()
    assert [row.rsplit(",", 1)[1] for row in rows[1:]] == ["low", "high", "low"]
