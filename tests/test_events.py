"""Events: the word each date locates in its sentence, from a parse of that sentence only."""

from __future__ import annotations

import datetime as dt

import pytest
from rich.console import Console

from factpull.api import extract
from factpull.extractors.events import event_nouns
from factpull.render.table import date_table


def _events(text: str) -> dict[str, str | None]:
    document = extract(text, reference_date=dt.date(2025, 8, 26))
    for date in document.dates:
        if date.event is not None:
            assert text[date.event.start:date.event.end] == date.event.text
    return {d.text: None if d.event is None else d.event.text for d in document.dates}


def test_each_conjunct_gets_its_own_date(nlp):
    found = _events("Russia joined the Council of Europe in 1996 and ratified the anti-torture"
                    " convention two years later.")
    assert found == {"1996": "joined", "two years later": "ratified"}


def test_a_date_in_a_participle_clause(nlp):
    found = _events("After launching its full-scale invasion of Ukraine in 2022, Russia began"
                    " to leave European bodies.")
    assert found["2022"] in ("launching", "invasion")


@pytest.mark.parametrize(("text", "date", "event"), [
    ("The minister said Tuesday that talks would resume.", "Tuesday", "said"),
    ("Officials said the bomb exploded on Friday near the embassy.", "Friday", "exploded"),
    ("The 1996 accession was welcomed in Strasbourg.", "1996", "accession"),
    ("The president paid a five-hour visit to the region.", "five-hour", "visit"),
])
def test_what_the_date_locates(nlp, text, date, event):
    assert _events(text)[date] == event


def test_a_date_that_locates_nothing(nlp):
    text = "Published 12 March 2024\n\nRussia Ratified in 1998\n\nThe talks began in May."
    found = _events(text)
    assert found["1998"] is None  # a headline
    assert found["May"] == "began"


def test_offsets_hold_past_the_first_chunk(nlp, monkeypatch):
    from factpull import api

    monkeypatch.setattr(api, "CHUNK_CHARS", 60)
    text = "Nothing happened here at all today.\n\n" * 3 + "Russia joined the Council in 1996."
    document = extract(text)
    (date,) = [d for d in document.dates if d.text == "1996"]
    assert text[date.event.start:date.event.end] == "joined"


def test_event_nouns_are_packaged():
    assert {"invasion", "election", "summit", "talks"} <= event_nouns()


def test_timeline_says_who_did_what_as_literal_text():
    from factpull.records import DateMention, Document, Entity, Span

    document = Document(
        source="a.txt", model="m",
        entities=(Entity("Russia", 0, 6, "GPE", "Russian Federation"),),
        dates=(DateMention("1996", 30, 34, "DATE", "1996", event=Span("joined", 7, 13),
                           who=Span("Russia", 0, 6)),
               DateMention("[b]2001[/b]", 40, 51, "DATE", "2001",
                           event=Span("[red]left[/red]", 52, 67))),
    )
    console = Console(width=120, record=True, color_system=None)
    console.print(date_table(document))
    out = console.export_text()
    assert "What" in out and "Russian Federation · joined" in out
    assert "[red]left[/red]" in out and "[b]2001[/b]" in out
