"""Property tests: any text goes through without error, and offsets are always exact."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factpull.api import extract, split_text

NEWSY = st.sampled_from([
    "Vladimir Putin", "the Council of Europe", " in 1996", " two years later", "\n", "\r\n",
    "\n\n", "Also read", "Monday", "Treaty of Rome", " and ", "’s", ". ", "NATO", "\t",
    "the convention", "Photo: AFP", "\u00a0", "\x00", "\ufeff", "Geneva Conventions", "🙂",
    "Senator D'Amato", "Ada", " Kessler", "((es))", "\u200d",
])
TEXTS = st.lists(st.one_of(NEWSY, st.text(max_size=20)), max_size=25).map("".join)


@pytest.mark.slow
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_text_has_exact_offsets(nlp, text):
    document = extract(text)
    for item in (*document.entities, *document.dates, *document.treaties):
        assert 0 <= item.start <= item.end <= len(text)
        assert text[item.start:item.end] == item.text
    mentions = sorted((entity.start, entity.end) for entity in document.entities)
    assert all(end <= start for (_, end), (start, _) in pairwise(mentions))


@given(st.text(alphabet="ab \n", max_size=300), st.integers(min_value=1, max_value=40))
def test_split_text_covers_the_text(text, limit):
    pieces = list(split_text(text, limit))
    assert "".join(piece for _, piece in pieces) == text
    for offset, piece in pieces:
        assert text[offset:offset + len(piece)] == piece


def test_long_text_is_processed_in_pieces_with_exact_offsets(nlp, monkeypatch):
    import factpull.api

    monkeypatch.setattr(factpull.api, "CHUNK_CHARS", 300)
    paragraph = "Angela Merkel met Emmanuel Macron in Paris on Monday.\n\n"
    text = paragraph * 20
    document = extract(text)
    assert [e.canonical for e in document.entities].count("Angela Merkel") == 20
    for item in (*document.entities, *document.dates):
        assert text[item.start:item.end] == item.text
