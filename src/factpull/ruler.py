"""A span ruler that runs its token patterns only near the words they need.

spaCy's ``Matcher`` tries every pattern at every token, so its cost grows with the number of
patterns times the length of the text. Each of factpull's date patterns needs at least one
distinctive token (a month, a weekday, a unit of time, a number, "now", ...): its *anchor*.
:class:`AnchoredSpanRuler` finds the tokens that can be an anchor (a set lookup per token),
and runs the matcher only on windows around them. The spans it finds are the ones
``span_ruler`` would find (a match longer than the window, say with many optional leading
words, can lose some of them); a pattern without a usable anchor makes it look everywhere.

Anchors are taken from the patterns themselves: the first required token that names its
words (``LOWER``/``ORTH``/``TEXT``, a string or an ``IN`` list) without a function word
among them; else a required ``LIKE_NUM`` token, or a ``REGEX`` that needs a digit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from spacy.attrs import LIKE_NUM, LOWER, SHAPE
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import SpanRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

#: Words too common to anchor a pattern: a pattern is anchored on another of its tokens.
FUNCTION_WORDS = frozenset(
    "the a an of and or in on at to for by from this that these those with as is was".split()
)
#: Phrase-matcher attributes the tokenizer alone sets (None is ORTH).
_TOKENIZER_ATTRS = frozenset({None, "ORTH", "TEXT", "LOWER"})
_DIGITS, _NUMBERS = "\x00digits", "\x00numbers"  # keys no word can be
_STAR_WIDTH = 6  # tokens assumed for a "*" or "+" when sizing windows
_DIGIT_REGEX = re.compile(r"\\d|\[0-9\]|\[1-9\]")


class AnchoredSpanRuler(SpanRuler):
    """``span_ruler`` that matches token patterns only in windows around their anchors."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.clear()

    def clear(self) -> None:
        super().clear()
        #: How far a match can reach left and right of each kind of anchor: a word, any token
        #: with a digit (``_DIGITS``), any number-like token (``_NUMBERS``).
        self._reach: dict[str, tuple[int, int]] = {}
        #: The token patterns anchored on each kind of anchor: ``(label, pattern)``.
        self._anchored: dict[str, list[tuple[str, list[dict[str, Any]]]]] = {}
        self._everywhere = False  # a pattern without an anchor: match everywhere
        self._groups: _Groups | None = None  # made from _anchored when first needed

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:
        if self.phrase_matcher_attr in _TOKENIZER_ATTRS:
            # Phrase patterns on token text need only the tokenizer: spaCy's add_patterns would
            # run every component before this one (tok2vec, tagger, ner) over each phrase.
            with self.nlp.select_pipes(enable=[]):
                super().add_patterns(patterns)
        else:
            super().add_patterns(patterns)
        self._anchor(patterns)

    def remove(self, label: str) -> None:
        super().remove(label)
        self._reanchor()

    def remove_by_id(self, pattern_id: str) -> None:
        super().remove_by_id(pattern_id)
        self._reanchor()

    def _reanchor(self) -> None:
        """Anchor the patterns left after a removal anew (spaCy's matchers have them)."""
        self._reach, self._anchored, self._everywhere, self._groups = {}, {}, False, None
        self._anchor(self.patterns)

    def _anchor(self, patterns: list[dict[str, Any]]) -> None:
        """File ``patterns``' token patterns under their anchor's kinds."""
        for pattern in patterns:
            tokens = pattern["pattern"]
            if isinstance(tokens, str):
                continue  # phrase patterns go to the phrase matcher, over the whole doc
            found = _anchor(tokens)
            if found is None:
                self._everywhere = True
                continue
            at, keys = found
            self._groups = None
            # an anchor that repeats ("+", "{2,4}") may be any of its words each time
            extra = _repeats(tokens[at])[1] - 1
            before, after = _width(tokens[:at]) + extra, _width(tokens[at + 1:]) + extra
            label = repr((pattern["label"], pattern.get("id", "")))  # as span_ruler names it
            for key in keys:
                old = self._reach.get(key, (0, 0))
                self._reach[key] = (max(old[0], before), max(old[1], after))
                self._anchored.setdefault(key, []).append((label, tokens))

    def _grouped(self) -> _Groups:
        """The anchors grouped by the patterns anchored on them, one matcher per group: the
        twelve months' names share their patterns, so each is compiled once, not per name."""
        if self._groups is None:
            groups = _Groups([], [], {}, {})
            signatures: dict[tuple[tuple[str, int], ...], int] = {}
            for key, entries in self._anchored.items():
                signature = tuple((label, id(tokens)) for label, tokens in entries)
                group = signatures.get(signature)
                if group is None:
                    group = signatures[signature] = len(groups.matchers)
                    matcher = Matcher(self.nlp.vocab, validate=self.validate,
                                      fuzzy_compare=self.matcher_fuzzy_compare)
                    for label, tokens in entries:
                        matcher.add(label, [tokens])
                    groups.matchers.append(matcher)
                    groups.reach.append(self._reach[key])  # the same for all its anchors
                groups.of[key] = group
                if key not in (_DIGITS, _NUMBERS):
                    groups.of_word[get_string_id(key)] = group
            self._groups = groups
        return self._groups

    def match(self, doc: Doc) -> list[Span]:
        matches = set(self.phrase_matcher(doc))
        if self._everywhere:
            matches.update(self.matcher(doc))
        else:
            matchers = self._grouped().matchers
            for group, first, last in self._windows(doc):
                matches.update((m_id, first + start, first + end)
                               for m_id, start, end in matchers[group](doc[first:last]))
        spans = {
            Span(doc, start, end, label=self._match_label_id_map[m_id]["label"],
                 span_id=self._match_label_id_map[m_id]["id"])
            for m_id, start, end in matches
            if start != end
        }
        return sorted(spans)

    def _windows(self, doc: Doc) -> Iterable[tuple[int, int, int]]:
        """``(group, first, last)``: the token ranges around the occurrences of each group's
        anchors, merged per group, where the patterns anchored on them can match."""
        groups = self._grouped()
        of_word, reach = groups.of_word, groups.reach
        digits, numbers = groups.of.get(_DIGITS), groups.of.get(_NUMBERS)
        # one array instead of a Token object per token: words and shapes as string hashes
        rows = doc.to_array([LOWER, SHAPE, LIKE_NUM]).tolist()
        strings = doc.vocab.strings
        has_digit: dict[int, bool] = {}
        current: dict[int, tuple[int, int]] = {}
        for i, (lower, shape, like_num) in enumerate(rows):
            if digits is not None and shape not in has_digit:
                has_digit[shape] = "d" in strings[shape]
            for group in (of_word.get(lower), digits if digits is not None and has_digit[shape]
                          else None, numbers if like_num else None):
                if group is None:
                    continue
                before, after = reach[group]
                start, end = max(i - before, 0), min(i + after + 1, len(rows))
                window = current.get(group)
                if window is not None and start <= window[1]:
                    current[group] = (window[0], max(window[1], end))
                else:
                    if window is not None:
                        yield group, window[0], window[1]
                    current[group] = (start, end)
        for group, (first, last) in current.items():
            yield group, first, last


class _Groups(NamedTuple):
    """Anchors grouped by their patterns (see :meth:`AnchoredSpanRuler._grouped`)."""

    matchers: list[Matcher]  # per group: its patterns
    reach: list[tuple[int, int]]  # per group: how far its matches reach around an anchor
    of: dict[str, int]  # anchor kind -> its group
    of_word: dict[int, int]  # a word anchor's string hash -> its group


def rule_spans(doc: Doc, key: str) -> Any:
    """The spans a factpull ruler stored under ``key``; a clear error when ``doc``'s pipeline
    has no such ruler (instead of silently finding nothing)."""
    try:
        return doc.spans[key]
    except KeyError:
        raise ValueError(
            f"the Doc has no {key!r} spans: make it with factpull.pipeline.load(), or "
            "add the rulers to your pipeline with factpull.pipeline.add_rulers(nlp)"
        ) from None


def _anchor(tokens: Sequence[dict[str, Any]]) -> tuple[int, set[str]] | None:
    """A token pattern's anchor: its position and what can stand there (words, or the
    ``_DIGITS``/``_NUMBERS`` keys); None when it has none."""
    required = [i for i, spec in enumerate(tokens)
                if spec.get("OP") != "!" and _repeats(spec)[0] > 0]
    for i in required:
        words = _words(tokens[i])
        if words and not words & FUNCTION_WORDS:
            return i, words
    for i in required:
        if tokens[i].get("LIKE_NUM") is True:
            return i, {_NUMBERS}
        regex = tokens[i].get("TEXT", {})
        if isinstance(regex, dict) and _DIGIT_REGEX.search(str(regex.get("REGEX", ""))):
            return i, {_DIGITS}
    return None


def _words(spec: dict[str, Any]) -> set[str] | None:
    for key in ("LOWER", "ORTH", "TEXT"):
        value = spec.get(key)
        if isinstance(value, str):
            return {value.lower()}
        if isinstance(value, dict) and isinstance(value.get("IN"), list):
            return {str(word).lower() for word in value["IN"]}
    return None


def _repeats(spec: dict[str, Any]) -> tuple[int, int]:
    """How many tokens a pattern token matches at least and (for sizing windows) at most."""
    op = spec.get("OP")
    if op is None or op in ("!", "1"):
        return 1, 1
    if op == "?":
        return 0, 1
    if op in ("*", "+"):
        return (0 if op == "*" else 1), _STAR_WIDTH
    low, _, high = op.strip("{}").partition(",")
    least = int(low or 0)
    if "," not in op:
        return least, least
    return least, int(high) if high else max(least, _STAR_WIDTH)


def _width(tokens: Sequence[dict[str, Any]]) -> int:
    return sum(_repeats(spec)[1] for spec in tokens)


@Language.factory(
    "factpull_anchored_ruler",
    default_config={"spans_key": "ruler", "phrase_matcher_attr": None, "overwrite": True},
)
def make_anchored_ruler(
    nlp: Language, name: str, spans_key: str, phrase_matcher_attr: str | None, overwrite: bool
) -> AnchoredSpanRuler:
    return AnchoredSpanRuler(nlp, name, spans_key=spans_key,
                             phrase_matcher_attr=phrase_matcher_attr, overwrite=overwrite)
