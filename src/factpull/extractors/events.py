"""Events: for each date, the word (verb or event noun) it locates in its sentence.

Only the sentences that hold a date are parsed (:func:`factpull.parse.parse_span`). From the
date's root token the walk goes up the dependency heads, past the date's own tokens and the
prepositions that attach it ("in 1996" -> "joined"), to the first verb or event noun
(``data/event_nouns.jsonl``). Coordination and reported speech follow from the parse: "joined
in 1996 and ratified two years later" gives each date its own conjunct; "said Tuesday" gives
"said", while a date inside the reported clause gives the reported event. A date in a
headline, a dateline or a line with no verb locates nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from factpull.layout import Layout, Zone
from factpull.parse import (
    doc_text,
    has_parser,
    overlapping,
    parse_span,
    parse_spans,
    sentence_at,
)
from factpull.records import DateMention, Span
from factpull.resources import read_jsonl

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

_AUX_DEPS = frozenset({"aux", "auxpass"})
#: Active subjects only: a passive subject ("the convention was adopted") did not do it.
_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
_PRONOUNS = frozenset({"PRP", "WP", "EX", "DT"})
_BE = frozenset({"be", "is", "are", "am", "was", "were", "been", "being", "'s", "'re", "'m"})
_PREDICATE_DEPS = frozenset({"acomp", "attr", "oprd"})
#: How a date modifies a noun: "the 1996 accession", "a five-hour visit", "last week's talks".
_NOUN_MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod", "nummod", "npadvmod"})
_EVENT_SUFFIX = re.compile(r"(?:tion|sion|ment|ing|ure|al)s?$")


@cache
def event_nouns() -> frozenset[str]:
    """Nouns that name events (invasion, election, talks, ...), lower case."""
    return frozenset(item["word"] for item in read_jsonl("event_nouns.jsonl"))


def attach(nlp: Language, doc: Doc, dates: list[DateMention], *, layout: Layout
           ) -> list[DateMention]:
    """``dates`` (offsets into ``doc``) with ``event`` and ``who`` set where a date has one
    (none with a pipeline that has no parser: ``--model`` may name one)."""
    if not has_parser(nlp):
        return dates
    text = doc_text(doc)
    spans = [_sentence(doc, text, date, layout) for date in dates]
    parse_spans(nlp, [span for span in spans if span is not None])
    out = []
    for date, span in zip(dates, spans):
        if span is None:
            out.append(date)
            continue
        sent, base = parse_span(nlp, span), span.start_char
        found = find_event(sent, date.start - base, date.end - base)
        if found is None:
            out.append(date)
            continue
        event, subject = found
        out.append(replace(
            date,
            event=_span(event, event.idx + base, event.idx + len(event.text) + base),
            who=None if subject is None else _span(
                subject, subject.idx + base, subject.idx + len(subject.text) + base),
        ))
    return out


def _sentence(doc: Doc, text: str, date: DateMention, layout: Layout) -> SpacySpan | None:
    """The sentence of ``date`` to parse, or None: not in a headline or a dateline."""
    bounds = sentence_at(text, date.start, date.end)
    if layout.zone_at(date.start) == Zone.HEADLINE or _in_dateline(text, bounds, date):
        return None
    span = doc.char_span(*bounds, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _span(token: Token, start: int, end: int) -> Span:
    return Span(token.text, start, end)


def _in_dateline(text: str, bounds: tuple[int, int], date: DateMention) -> bool:
    """"LONDON, March 3 (Reuters) -": the date of the report, not of an event in it."""
    head = text[bounds[0]:date.start]
    after = text[date.end:date.end + 40]
    return bool(re.fullmatch(r"\s*[A-Z][\w.'’ -]{0,40}?,\s*(?:\w+,\s*)?", head)) and bool(
        re.match(r"\s*(?:,?\s*\d{4})?\s*(?:\([^)]{1,30}\))?\s*[-—–:_]", after))


def find_event(sent: Doc, start: int, end: int) -> tuple[Token, Token | None] | None:
    """The event token the date at ``start:end`` (offsets into ``sent``) locates, and its
    subject; None when the date locates nothing."""
    span = overlapping(sent, start, end)
    if span is None:
        return None
    inside = range(span.start, span.end)
    roots = [token for token in span if token.head.i not in inside or token.head.i == token.i]
    token = roots[0] if roots else span[0]
    head = token.head
    if head.i not in inside and token.dep_ in _NOUN_MODIFIER_DEPS and head.tag_ in ("NN", "NNS") \
            and (_is_event(head) or _EVENT_SUFFIX.search(head.lower_)):
        return head, None  # "the 1996 accession", "a 16-hour flight"
    seen = set()
    while token.head.i != token.i and token.i not in seen:
        seen.add(token.i)
        token = token.head
        if token.i in inside:
            continue
        if _is_event(token):
            return _predicate(token), _subject(token)
    if token.i not in inside and _is_event(token):
        return _predicate(token), _subject(token)
    return None


def _predicate(token: Token) -> Token:
    """For a copula, the predicate it links ("is worried", "was the first"): TimeML's event."""
    if token.lower_ not in _BE:
        return token
    for child in token.children:
        if child.dep_ in _PREDICATE_DEPS and child.tag_[:2] in ("JJ", "NN", "VB"):
            return child
    return token


def _is_event(token: Token) -> bool:
    tag = token.tag_
    if tag.startswith("VB"):
        return token.dep_ not in _AUX_DEPS or token.head.i == token.i
    if tag.startswith("NN") and tag not in ("NNP", "NNPS"):
        lower = token.lower_
        return lower in event_nouns() or lower.rstrip("s") in event_nouns()
    return False


def _subject(event: Token) -> Token | None:
    """Who did it: the nominal subject of the event verb (or of the verb it is conjoined to)."""
    if not event.tag_.startswith("VB"):
        return None
    verb = event
    for _ in range(3):
        for child in verb.children:
            if child.dep_ in _SUBJECT_DEPS:
                return None if child.tag_ in _PRONOUNS else child
            if child.dep_ == "nsubjpass":
                return None
        if verb.dep_ in ("conj", "xcomp") and verb.head.tag_.startswith("VB"):
            verb = verb.head
            continue
        break
    return None
