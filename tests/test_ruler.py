"""The anchored span ruler finds exactly what spaCy's span_ruler finds (no model needed)."""

from __future__ import annotations

import spacy

import factpull.ruler  # noqa: F401 (registers the factory)
from factpull.extractors import dates, treaties
from factpull.ruler import _DIGITS, AnchoredSpanRuler

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
    # each anchor reaches only as far as the patterns anchored on it
    assert ruler._reach == {"x": (1, 3), "y": (1, 3), _DIGITS: (0, 0)}
    assert not ruler._everywhere
    # anchors with the same patterns share a group and its one matcher ("x", "y")
    group = ruler._grouped().of
    assert group["x"] == group["y"] != group[_DIGITS] and len(ruler._grouped().matchers) == 2
    doc = spacy.blank("en")("a b c d 1999 e f g x h i j k")
    assert list(ruler._windows(doc)) == [(group[_DIGITS], 4, 5), (group["x"], 7, 12)]
    # windows are kept per group (each runs only the patterns anchored on it), and merged
    # within a group
    doc = spacy.blank("en")("a x b 1999 c y d e f g h")
    assert list(ruler._windows(doc)) == [(group["x"], 0, 9), (group[_DIGITS], 3, 4)]
    ruler.add_patterns([{"label": "C", "pattern": [{"IS_TITLE": True}]}])
    assert ruler._everywhere


def test_the_factory_is_registered_through_its_entry_point():
    """spaCy finds "factpull_anchored_ruler" without factpull being imported first."""
    import subprocess
    import sys

    code = ("import sys, spacy\n"
            "assert 'factpull' not in sys.modules\n"
            "nlp = spacy.blank('en')\n"  # spaCy loads its plugins' factories here
            "print(type(nlp.add_pipe('factpull_anchored_ruler')).__name__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120)
    assert out.stdout.strip() == "AnchoredSpanRuler", out.stderr[-500:]


def test_version_in_one_place():
    from importlib.metadata import version

    import factpull

    assert version("factpull") == factpull.__version__


def test_removed_patterns_stop_matching_and_repeated_anchors_match_whole():
    patterns = [
        {"label": "A", "id": "a", "pattern": [{"LOWER": {"IN": ["x", "y"]}, "OP": "+"},
                                              {"LOWER": "z"}]},
        {"label": "B", "id": "b", "pattern": [{"LOWER": "w"}]},
    ]
    texts = ["p x y y z q w", "w x z"]

    def found(factory: str, remove: str | None = None, by_id: str | None = None) -> list[set]:
        nlp = spacy.blank("en")
        ruler = nlp.add_pipe(factory, config={"spans_key": "k"})
        ruler.add_patterns(patterns)
        if remove:
            ruler.remove(remove)
        if by_id:
            ruler.remove_by_id(by_id)
        docs = [nlp(text) for text in texts]
        return [{(s.start, s.end, s.label_) for s in doc.spans["k"]} for doc in docs]

    assert found("factpull_anchored_ruler") == found("span_ruler")
    assert (1, 5, "A") in found("factpull_anchored_ruler")[0]  # "x y y z": y after x
    assert found("factpull_anchored_ruler", "B") == found("span_ruler", "B")
    assert not any(label == "B" for spans in found("factpull_anchored_ruler", "B")
                   for *_, label in spans)
    assert found("factpull_anchored_ruler", by_id="a") == found("span_ruler", by_id="a")
    assert not any(label == "A" for spans in found("factpull_anchored_ruler", by_id="a")
                   for *_, label in spans)
