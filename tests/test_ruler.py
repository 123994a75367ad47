"""The anchored span ruler finds exactly what spaCy's span_ruler finds (no model needed)."""

from __future__ import annotations

import spacy

import factpull.ruler  # noqa: F401 (registers the factory)
from factpull.extractors import dates, treaties
from factpull.ruler import AnchoredSpanRuler

TEXTS = [
    "More than two decades later, on Monday, Jan. 6, 2025 at 10 a.m. EST, the 1990s ended.",
    "The talks began in mid-2022 and Q3 2024 results came three days later, every month.",
    "The North Atlantic Treaty and the Treaty of Rome (TR) agreement; the convention held.",
    "Nothing here at all, apart from words. " * 20 + "But then, last week, it rained twice a day.",
    "", "2025", "Monday", "a b c d e f g h i j k l m n o p q r s t u v w x y z " * 5,
]


def spans(factory: str, patterns: list[dict], attr: str | None) -> list[set]:
    nlp = spacy.blank("en")
    nlp.add_pipe(factory, config={"spans_key": "k", "phrase_matcher_attr": attr}).add_patterns(
        patterns
    )
    docs = [nlp(text) for text in TEXTS]
    return [{(s.start, s.end, s.label_, s.id_) for s in doc.spans["k"]} for doc in docs]


def test_same_spans_as_span_ruler():
    for patterns, attr in ((dates.patterns(), None), (treaties.patterns(), "LOWER")):
        assert spans("factpull_anchored_ruler", patterns, attr) == spans("span_ruler", patterns,
                                                                          attr)


def test_anchors_and_reach():
    ruler = AnchoredSpanRuler(spacy.blank("en"))
    ruler.add_patterns([
        {"label": "A", "pattern": [{"LOWER": "the", "OP": "?"}, {"LOWER": {"IN": ["x", "y"]}},
                                   {"LOWER": "z", "OP": "{0,3}"}]},
        {"label": "B", "pattern": [{"TEXT": {"REGEX": r"^\d{4}$"}}]},
    ])
    assert (ruler._words, ruler._digits, ruler._everywhere) == ({"x", "y"}, True, False)
    assert (ruler._before, ruler._after) == (1, 3)
    ruler.add_patterns([{"label": "C", "pattern": [{"IS_TITLE": True}]}])
    assert ruler._everywhere
