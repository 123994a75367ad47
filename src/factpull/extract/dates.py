"""Dates: every temporal expression in a document, with TIMEX3 bounds and values.

Candidates come from spaCy's DATE/TIME entities and from factpull's date rules (a span ruler
with the patterns in ``data/date_patterns.jsonl``, stored under ``doc.spans["factpull_dates"]``).
They are merged, trimmed the TIMEX3 way (no leading "in"/"on"/"since"), filtered (page
furniture, verbs like "may", numbers that are not years) and normalised with
:func:`factpull.timex.normalise`, in text order so that "two years later" is computed from the
most recent date mentioned before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

from factpull.layout import NO_FACTS, Layout
from factpull.records import DateMention
from factpull.resources import read_jsonl
from factpull.timex import Timex, normalise, parse_point

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

SPANS_KEY = "factpull_dates"
_ENT_LABELS = frozenset({"DATE", "TIME"})
#: Words that open a span but are not part of a TIMEX3 extent.
_LEADING = frozenset(
    "in on at since by for during from until till through throughout of within before after"
    " between and or to as into over-the".split()
)
#: After "the", these heads keep it ("the weekend", "the future", "the following year").
_KEEP_THE = frozenset(
    "future past weekend next following previous same preceding end beginning start middle"
    " first second third fourth final last day week morning".split()
)
_TRAILING = frozenset({".", ",", ";", ":", "'s", "’s", "'", "’", "-", "(", ")", '"'})
_TEMPORAL_WORD = re.compile(
    r"\b(?:day|night|week|weekend|month|year|decade|century|quarter|season|spring|summer|autumn"
    r"|fall|winter|morning|afternoon|evening|today|tomorrow|yesterday|hour|minute|time"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july"
    r"|august|september|october|november|december)s?\b",
    re.IGNORECASE,
)
_YEAR_NUMBER = re.compile(r"^(1[0-9]|20)\d\d$")
_VERB_MONTHS = frozenset({"may", "march"})
_FUTURE_WORDS = frozenset(
    {"will", "'ll", "shall", "wo", "would", "may", "might", "should", "must"}
)
_CLAUSE_END = frozenset({".", "!", "?", ";"})
_JOINERS = frozenset({"and", "or", "to", "through", "until", "-", "–", ",", "_", "&"})
_FUTURE_CUES = frozenset(
    "will 'll shall would may might should must scheduled planned planning plans plan expected"
    " due until next upcoming early soon".split()
)


def patterns() -> list[dict[str, Any]]:
    """The span-ruler patterns for dates (a fresh list each call)."""
    return list(read_jsonl("date_patterns.jsonl"))


# ---------------------------------------------------------------- candidates


def _candidates(doc: Doc) -> list[Span]:
    """Rule spans and DATE/TIME entities, merged into non-overlapping spans in text order.

    A rule span wins over the entity it overlaps, unless the entity is a longer expression
    that contains it and means something ("Monday night" over "Monday"); what the entity has
    beyond the rule spans is kept when it is a date of its own ("April" in "April next year").
    Entities that join two dates ("between 1994 and 1997") are split.
    """
    from spacy.util import filter_spans

    rules = filter_spans(doc.spans[SPANS_KEY]) if SPANS_KEY in doc.spans else []
    chosen = list(rules)
    for ent in doc.ents:
        if ent.label_ not in _ENT_LABELS:
            continue
        inside = [r for r in rules if r.start < ent.end and ent.start < r.end]
        if len(inside) == 1 and ent.start <= inside[0].start and inside[0].end <= ent.end \
                and len(ent) > len(inside[0]) and _normalisable(ent):
            chosen.remove(inside[0])
            chosen.append(ent)
            continue
        covered = {i for r in inside for i in range(r.start, r.end)}
        chosen.extend(_pieces(doc, [i for i in range(ent.start, ent.end) if i not in covered]))
    return sorted(filter_spans(chosen), key=lambda span: span.start)


def _pieces(doc: Doc, indices: list[int]) -> Iterator[Span]:
    """Runs of ``indices`` split at conjunctions and commas; whole run if it is one date."""
    runs: list[list[int]] = []
    for i in indices:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        whole = doc[run[0]:run[-1] + 1]
        if _normalisable(whole) or not any(doc[i].lower_ in _JOINERS for i in run):
            yield whole
            continue
        start = run[0]
        for i in [*run, run[-1] + 1]:
            if i > run[-1] or doc[i].lower_ in _JOINERS:
                if i > start:
                    piece = doc[start:i]
                    if _normalisable(piece):
                        yield piece
                start = i + 1


def _normalisable(span: Span) -> bool:
    trimmed = _trim(span)
    return trimmed is not None and normalise(trimmed.text) is not None


def _trim(span: Span) -> Span | None:
    """The span without leading prepositions and trailing punctuation; None if nothing left."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in _LEADING and not (
        start + 1 < end and doc[start + 1].lower_ in ("least", "most", "present")
    ):
        start += 1
    if start < end - 1 and doc[start].lower_ == "the" and doc[start + 1].lower_ not in _KEEP_THE:
        start += 1
    while end > start and (doc[end - 1].text in _TRAILING or doc[end - 1].is_space):
        end -= 1
    return doc[start:end] if start < end else None


def _rejected(span: Span, layout: Layout) -> bool:
    """Page furniture, a verb that looks like a month, a number that is not a year."""
    if layout.zone_at(span.start_char) in NO_FACTS:
        return True
    doc = span.doc
    if span.end < len(doc) - 1 and doc[span.end].text == "-" and doc[span.end + 1].lower_ == "old":
        return True  # an age: "a 6-year-old"
    if span[-1].lower_ in ("old", "-old") or span.text.lower().endswith("-old"):
        return True
    if span.start > 0 and doc[span.start - 1].tag_ == "PRP$" and span[-1].text.endswith("0s"):
        return True  # "in his 30s": an age, not a decade
    if span[0].lower_ in ("daily", "weekly", "monthly") and span.end < len(doc) \
            and doc[span.end].pos_ == "PROPN":
        return True  # "the party daily Granma": a newspaper
    if len(span) == 1:
        token = span[0]
        if token.lower_ in _VERB_MONTHS and (token.tag_ in ("MD", "VB", "VBP") or token.is_lower):
            return True
        if token.like_num and not _YEAR_NUMBER.match(token.text):
            return True
        if _YEAR_NUMBER.match(token.text) and _not_a_year(token):
            return True
    return False


def _not_a_year(token: Any) -> bool:
    """'1998' in '$1998', '1998 people', '1,998' or a street number is not a year."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if before is not None and (before.is_currency or before.text in ("#", "No.", "no.")):
        return True
    return after is not None and after.tag_ in ("NNS",) and not _TEMPORAL_WORD.match(after.text)


# ---------------------------------------------------------------- context


def _tense(span: Span) -> str | None:
    """The tense of the clause around ``span``: the nearest finite verb decides."""
    doc = span.doc
    best: tuple[int, str] | None = None
    for step, direction in ((1, -1), (1, 1)):
        i = span.start - 1 if direction < 0 else span.end
        distance = step
        while 0 <= i < len(doc) and doc[i].text not in _CLAUSE_END and distance < 25:
            token = doc[i]
            tense = _token_tense(token)
            if tense and (best is None or distance < best[0]):
                best = (distance, tense)
                break
            i += direction
            distance += 1
    return best[1] if best else None


def _token_tense(token: Any) -> str | None:
    if token.lower_ in _FUTURE_CUES and (token.tag_ == "MD" or token.lower_ not in _FUTURE_WORDS):
        return "future"
    if token.lower_ == "going" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
        return "future"
    if token.tag_ == "VBD":
        return "past"
    if token.tag_ in ("VBZ", "VBP") and token.lower_ not in ("is", "are", "'s", "has", "have"):
        return "present"
    return None


# ---------------------------------------------------------------- extraction


def extract(
    doc: Doc, *, layout: Layout, reference: date | None
) -> Iterator[DateMention]:
    """Yield the temporal expressions of ``doc`` in text order, normalised to TIMEX3."""
    anchors: list[str] = []
    anchor_spans: list[str] = []
    for candidate in _candidates(doc):
        span = _trim(candidate)
        if span is None or _rejected(span, layout):
            continue
        timex = normalise(span.text, reference=reference, anchors=anchors, tense=_tense(span))
        if timex is None:
            continue
        mention = _mention(span, timex, candidate.label_, anchor_spans)
        if timex is not None and timex.type == "DATE" and timex.resolved \
                and parse_point(timex.value) is not None:
            anchors.append(timex.value)
            anchor_spans.append(f"{span.start_char}:{span.end_char}")
        yield mention


def _mention(span: Span, timex: Timex | None, label: str, anchor_spans: list[str]) -> DateMention:
    if timex is None:
        kind = label if label in ("DATE", "TIME", "DURATION", "SET") else "DATE"
        return DateMention(span.text, span.start_char, span.end_char, kind, None, resolved=False)
    anchor = timex.anchor
    if isinstance(anchor, int):
        anchor = anchor_spans[anchor]
    return DateMention(
        text=span.text,
        start=span.start_char,
        end=span.end_char,
        type=timex.type,
        value=timex.value,
        mod=timex.mod,
        resolved=timex.resolved,
        anchor=anchor,
        freq=timex.freq,
        quant=timex.quant,
    )


# ---------------------------------------------------------------- reference date

_PUBLISHED = re.compile(
    r"^\s*(?:(?:first |last )?(?:published|updated|posted|modified|date(?:d)?|released)\b"
    r"(?:\s+on)?\s*:?)",
    re.IGNORECASE,
)
_DATE_IN_LINE = re.compile(
    r"\b(?:\d{4}-\d{2}-\d{2}"
    r"|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]{3,9}\.?,?\s+\d{4}"
    r"|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"
    r"|\d{1,2}/\d{1,2}/\d{4})",
    re.IGNORECASE,
)
_HEADER_LINES = 12


def find_reference_date(text: str, layout: Layout) -> tuple[date, str] | None:
    """The publication date the article states: a "Published ..." line, a dateline, a header date.

    Only full dates (day, month and year) count. Returns ``(date, how_found)``.
    """
    header = [line for line in layout.lines if line.end > line.start][:_HEADER_LINES]
    for line in layout.lines:
        line_text = text[line.start:line.end]
        if _PUBLISHED.match(line_text):
            found = _full_date(line_text)
            if found:
                return found, "published line"
    for index, line in enumerate(header):
        line_text = text[line.start:line.end]
        found = _full_date(line_text[:200])
        if found:
            return found, "dateline" if (index > 0 and "—" in line_text) or " - " in line_text \
                else "header date"
    return None


def _full_date(line: str) -> date | None:
    for match in _DATE_IN_LINE.finditer(line):
        timex = normalise(match.group(), reference=None)
        if timex is not None and timex.resolved and re.fullmatch(r"\d{4}-\d{2}-\d{2}",
                                                                  timex.value):
            return date.fromisoformat(timex.value)
    return None
