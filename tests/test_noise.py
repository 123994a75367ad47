"""Scraped pages: page furniture, bylines and credits yield no facts (made-up article)."""

from __future__ import annotations

from conftest import FIXTURES
from factpull.api import extract
from factpull.layout import NO_FACTS, analyse

PAGE = FIXTURES / "noise" / "trade-page.txt"


def test_no_facts_from_furniture(nlp):
    text = PAGE.read_text(encoding="utf-8")
    layout = analyse(text)
    document = extract(text)
    items = (*document.entities, *document.dates, *document.treaties)
    assert items
    for item in items:
        assert layout.zone_at(item.start) not in NO_FACTS, item
    names = {entity.canonical for entity in document.entities}
    assert {"William Ruto", "Valdis Dombrovskis", "Kenya", "Nairobi", "European Union",
            "Tanzania", "Uganda", "Brussels"} <= names
    # Bylines, photo credits and linked teaser titles are not facts of the story.
    assert not names & {"Amina Odhiambo", "Peter Clarke", "Simon Maina", "Getty Images", "AFP"}
    assert (document.reference_date, document.reference_date_source) == (
        "2023-06-19", "published line"
    )
    assert "19 June 2023" not in [date.text for date in document.dates]
