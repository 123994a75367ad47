"""One sentence splitter for every extractor, and parses shared within a document."""

import pytest

from factpull.parse import MAX_SENTENCE_CHARS, parse_span, sentence_at, sentences


def _split(text):
    return [text[start:end] for start, end in sentences(text)]


def test_sentences_keep_offsets_and_lines():
    text = "Headline here\n\n  First one. Second one!  Third?\r\nLast line  "
    assert _split(text) == ["Headline here", "First one.", "Second one!", "Third?", "Last line"]


@pytest.mark.parametrize("text", [
    "Dr. Okonkwo met Gen. Haftar in Tripoli.",
    "Ms. Ardern and Sen. Warren spoke at the meeting.",
    "The U.S. Senate never voted on it.",
    "Franklin D. Roosevelt signed the charter.",
    "Article 5 of Protocol No. 6 abolished the death penalty.",
    "Real Madrid v. Barcelona ended in a draw.",
])
def test_abbreviations_and_initials_do_not_end_a_sentence(text):
    assert _split(text + " It was news.") == [text, "It was news."]


def test_closing_quotes_and_brackets_stay_with_their_sentence():
    text = '"We will leave." The minister (who spoke first.) Then "Another one," she said.'
    assert _split(text) == ['"We will leave."', "The minister (who spoke first.)",
                            'Then "Another one," she said.']


def test_a_lowercase_or_digit_start_does_not_begin_a_sentence():
    text = "Growth was 2.5 p.c. in 2019. 2020 was worse, e.g. in spring."
    assert _split(text) == [text]


def test_sentence_at_is_the_sentence_sentences_gives():
    text = "Mr. Smith arrived. Kenya joined in 1963 and left. Dr. Who? Then Mr. X left.\nLine"
    for start, end in sentences(text):
        for position in range(start, end):
            assert sentence_at(text, position, position + 1) == (start, end)


def test_sentence_at_looks_only_so_far():
    text = "word " * (3 * MAX_SENTENCE_CHARS) + "1996 was the year."
    at = text.index("1996")
    start, end = sentence_at(text, at, at + 4)
    assert at - start <= MAX_SENTENCE_CHARS
    assert text[start:end].endswith("1996 was the year.")


def test_a_sentence_is_parsed_once_per_document(nlp):
    doc = nlp("Kenya joined the treaty in 1963. It left in 1990.")
    sent = doc.char_span(0, 32, alignment_mode="expand")
    first = parse_span(nlp, sent)
    assert parse_span(nlp, doc[sent.start:sent.end]) is first
    assert [token.dep_ for token in first if token.text == "Kenya"] == ["nsubj"]
    other = parse_span(nlp, doc.char_span(33, len(doc.text), alignment_mode="expand"))
    assert other is not first and other[0].text == "It"


def test_sentences_parsed_in_one_batch_are_parsed_as_one_by_one(nlp):
    from factpull.parse import parse_spans

    text = "Kenya joined the treaty in 1963. It left in 1990. Chile signed it later."
    one_by_one, batched = nlp(text), nlp(text)
    bounds = [(0, 32), (33, 49), (50, len(text))]
    singles = [parse_span(nlp, one_by_one.char_span(s, e, alignment_mode="expand"))
               for s, e in bounds]
    spans = [batched.char_span(s, e, alignment_mode="expand") for s, e in bounds]
    parse_spans(nlp, spans)
    parsed = [parse_span(nlp, span) for span in spans]
    assert [[(t.text, t.dep_, t.head.i) for t in doc] for doc in parsed] == \
        [[(t.text, t.dep_, t.head.i) for t in doc] for doc in singles]
    assert all(parse_span(nlp, span) is doc for span, doc in zip(spans, parsed))


def test_a_parsed_sentence_is_its_span_parsed_as_a_doc(nlp):
    """The parser's input is made without ``Span.as_doc`` (which is linear in the whole
    document per sentence), and gives the same words, spaces, tags and parse."""
    text = "Mr. O'Neil  didn't sign it. Chile's   envoy, Ana Pérez, signed the treaty in Paris."
    doc = nlp(text)
    span = doc.char_span(28, len(text), alignment_mode="expand")
    reference = span.as_doc()
    nlp.get_pipe("parser")(reference)
    parsed = parse_span(nlp, span)

    def read(d):
        return [(t.text, t.whitespace_, t.tag_, t.dep_, t.head.i) for t in d]

    assert read(parsed) == read(reference)
    assert parsed.text == span.text and any(t.tag_ == "NNP" for t in parsed)


def test_a_documents_entities_are_made_once(nlp):
    from factpull.parse import doc_ents

    doc = nlp("Angela Merkel met Emmanuel Macron in Paris.")
    ents = doc_ents(doc)
    assert [(e.start, e.end, e.label_) for e in ents] == \
        [(e.start, e.end, e.label_) for e in doc.ents] and ents
    assert doc_ents(doc) == ents and doc.user_data  # kept, not found again
    from factpull.parse import entity_bounds

    assert entity_bounds(doc) is entity_bounds(doc)
    assert [label for _, _, label in entity_bounds(doc)] == ["PERSON", "PERSON", "GPE"]


def test_a_processed_document_is_freed_without_the_garbage_collector(nlp):
    """No cache an extractor keeps in a document refers back to it: a reference cycle would
    hold every document's memory until a full collection (RSS grew 17 % over 600 documents)."""
    import gc
    import weakref

    from factpull.extractors import dates, entities, events, facts, treaties
    from factpull.layout import analyse
    from factpull.parse import doc_ents

    text = ("Kenya signed the Paris Agreement on 3 May 2016 in New York. Angela Merkel said "
            "Germany would ratify the Kyoto Protocol next year.")
    gc.disable()
    try:
        doc = nlp(text)
        layout = analyse(text)
        doc_ents(doc)
        found_treaties = list(treaties.extract(doc, layout=layout))
        found_dates = events.attach(nlp, doc, list(dates.extract(doc, layout=layout)),
                                    layout=layout)
        found_entities = list(entities.extract(doc, layout=layout))
        assert list(facts.extract(nlp, doc, entities=found_entities, dates=found_dates,
                                  treaties=found_treaties, layout=layout))
        assert doc.user_data
        alive = weakref.ref(doc)
        del doc
        assert alive() is None
    finally:
        gc.enable()


def test_sentence_starts_a_pipeline_set_are_kept_in_the_parse(nlp):
    doc = nlp("Kenya joined the treaty and Chile left it in 1990.")
    doc[5].is_sent_start = True  # as a sentencizer in the user's pipeline would say
    parsed = parse_span(nlp, doc[0:len(doc)])
    reference = doc[0:len(doc)].as_doc()
    nlp.get_pipe("parser")(reference)
    assert parsed[5].is_sent_start and [t.head.i for t in parsed] == [t.head.i for t in reference]


@pytest.mark.parametrize(("start", "end", "expected"), [
    (0, 5, ["Talks"]), (2, 8, ["Talks", "ended"]), (6, 11, ["ended"]),
    (5, 6, None),  # only the space between two words
    (-3, 1, ["Talks"]), (12, 99, ["Friday", "."]), (40, 50, None), (3, 3, None),
])
def test_overlapping_gives_the_tokens_a_character_range_touches(start, end, expected):
    import spacy

    from factpull.parse import overlapping

    doc = spacy.blank("en")("Talks ended Friday.")
    span = overlapping(doc, start, end)
    assert (None if span is None else [t.text for t in span]) == expected
