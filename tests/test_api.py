"""The library API: streaming, order, and one bad document never stopping the others."""

from __future__ import annotations

import pytest

from factpull import api
from factpull.errors import InputError
from factpull.reader import Article


class Flaky:
    """The real pipeline, except that it fails on any batch holding the word BOOM."""

    def __init__(self, nlp):
        self.nlp = nlp

    def __getattr__(self, name):  # everything else is the real pipeline's
        return getattr(self.nlp, name)

    def pipe(self, chunks, **kwargs):
        chunks = list(chunks)
        if any("BOOM" in text for text, _ in chunks):
            raise RuntimeError("the model fell over")
        return self.nlp.pipe(chunks, **kwargs)


def test_a_document_spacy_fails_on_fails_alone(nlp):
    batch = [Article("a", "Angela Merkel visited Paris."), Article("b", "BOOM in Berlin."),
             InputError("c", "unreadable"), Article("d", "")]
    results = list(api._process_batch(Flaky(nlp), batch, api.Options()))
    assert [type(r).__name__ for r in results] == ["Document", "InputError", "InputError",
                                                   "Document"]
    assert [e.text for e in results[0].entities] == ["Angela Merkel", "Paris"]
    assert results[1].message == "b: failed: spaCy failed: RuntimeError: the model fell over"


@pytest.mark.slow
def test_extract_many_keeps_order_across_jobs(nlp):
    texts = [f"Talks in Paris ended on day {i}. Angela Merkel left." for i in range(40)]
    serial = list(api.extract_many(texts, batch_size=8))
    parallel = list(api.extract_many(texts, jobs=2, batch_size=8))
    assert [d.source for d in serial] == [str(i) for i in range(40)]
    assert serial == parallel


@pytest.mark.slow
def test_extract_many_raises_for_a_failed_document(nlp, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("bad")

    monkeypatch.setattr(api, "_document", broken)
    with pytest.raises(InputError, match="failed: ValueError: bad"):
        list(api.extract_many(["Some text."]))


def test_documents_stream_before_the_input_ends(nlp):
    pulled = []

    def articles():
        for i in range(100):
            pulled.append(i)
            yield Article(str(i), "Angela Merkel visited Paris.")

    stream = api.extract_many(articles(), batch_size=8)
    first = next(stream)
    assert first.source == "0" and len(pulled) <= 8


@pytest.mark.slow
def test_huge_tokens_long_lines_and_control_characters(nlp):
    texts = [
        "x" * 150_000,  # one token longer than a chunk: cut, offsets still exact
        ("Angela Merkel met Emmanuel Macron in Paris on Monday, " * 3_000).strip(),  # one line
        "Talks\x00in\x07Paris\x1b[31m ended\u2028on Friday.\ufeff\x0c Angela Merkel left.",
    ]
    for text, document in zip(texts, api.extract_many(texts), strict=True):
        for item in (*document.entities, *document.dates, *document.treaties):
            assert text[item.start:item.end] == item.text


def test_a_piece_offset_moves_the_anchor_offsets_too():
    from dataclasses import replace

    from factpull.api import _shift
    from factpull.records import DateMention, Offsets

    later = DateMention("two years later", 60, 75, "DATE", "1998", anchor=Offsets(50, 54))
    moved = _shift(later, 100)
    assert (moved.start, moved.end, moved.anchor) == (160, 175, Offsets(150, 154))
    assert moved.to_dict()["anchor"] == "150:154"
    assert _shift(replace(later, anchor="reference"), 100).anchor == "reference"


def test_a_pipeline_without_a_parser_still_gives_dates_without_events():
    import spacy

    from factpull.pipeline import add_rulers

    nlp = add_rulers(spacy.blank("en"))  # what --model may name: no parser, no NER
    [document] = api._process_batch(nlp, [Article("a", "Talks ended on 3 May 2019.")],
                                    api.Options())
    assert [(d.text, d.value, d.event) for d in document.dates] == [("3 May 2019", "2019-05-03",
                                                                     None)]



def test_a_holiday_is_a_date_not_a_name(nlp):
    # (the model tags this "Thanksgiving" an event; the date rules a date)
    text = "Forecasters see mostly smooth sailing into Thanksgiving."
    [document] = api._process_batch(nlp, [Article("a", text)], api.Options())
    assert [d.text for d in document.dates] == ["Thanksgiving"]
    assert document.entities == ()


def test_the_label_decision_gets_the_languages_words(nlp):
    # (the model tags these "Broncos" and "Raiders" persons; plural nouns name teams, which
    # the decision can tell only with the pipeline's word list)
    text = ("Q: Favorite live event you have ever attended?\nA: Broncos vs. Raiders at Mile "
            "High Stadium in the record-breaking season.")
    [document] = api._process_batch(nlp, [Article("a", text)], api.Options())
    assert [(e.text, e.label) for e in document.entities][:2] == [
        ("Broncos", "ORG"), ("Raiders", "ORG")]
