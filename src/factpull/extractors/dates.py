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
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from spacy.attrs import LOWER
from spacy.tokens import Span

from factpull import ruler
from factpull.layout import NO_FACTS, Layout, analyse
from factpull.parse import doc_ents, entity_bounds
from factpull.records import DateMention, Offsets
from factpull.resources import read_jsonl
from factpull.timex import HOLIDAYS, Timex, can_anchor, normalise
from factpull.vocab import (
    BUSINESS_WORDS,
    CLOSING_QUOTES,
    FULL_MONTHS,
    FULL_WEEKDAYS,
    HOLIDAY_DATE_HEADS,
    LEADING_PREPOSITIONS,
    MONTHS,
    OPENING_QUOTES,
    REPORTING_VERBS,
    SPORT_WORDS,
    STRAIGHT_QUOTES,
    VERB_MONTHS,
    WEEKDAY_NAMES,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

SPANS_KEY = "factpull_dates"
_ENT_LABELS = frozenset({"DATE", "TIME"})
_LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
#: Words that open a span but are not part of a TIMEX3 extent.
_LEADING = frozenset((*LEADING_PREPOSITIONS, "as", "into", "over-the"))
#: After "the", these heads keep it ("the weekend", "the future", "the following year").
_KEEP_THE = frozenset(
    "future past weekend next following previous same preceding end beginning start middle"
    " first second third fourth final last day week morning quarter latest most full fiscal"
    .split()
)
_APPROXIMATORS = frozenset(
    "about around roughly approximately nearly almost only just barely some".split()
)
_SEPARATORS = frozenset({",", ";", ":", "–", "—"})
_TRAILING = frozenset({".", ",", ";", ":", "'s", "’s", "'", "’", "''", "``", "-", "(", ")", '"'})
_TEMPORAL_WORD = re.compile(
    r"\b(?:day|night|week|weekend|month|year|decade|century|quarter|season|spring|summer|autumn"
    r"|fall|winter|morning|afternoon|evening|today|tomorrow|yesterday|hour|minute|time"
    r"|" + "|".join((*FULL_WEEKDAYS, *FULL_MONTHS)) + r")s?\b",
    re.IGNORECASE,
)
#: ("thur." is left out as before: adding it would change which spans merge.)
_DAY_WORDS = frozenset(
    ("today", "tonight", "tomorrow", "yesterday", *FULL_WEEKDAYS)
) | frozenset(f"{name}." for names in WEEKDAY_NAMES for name in names[1:] if name != "thur")
_DAY_NUMBER = re.compile(r"^(?:[1-9]|[12]\d|3[01])$")
_DAY_JOINERS = frozenset({"and", "or", "-", "–", "to", "through", "&"})
_UNIT_WORDS = frozenset(
    "second seconds minute minutes hour hours noon midnight day days week weeks month months"
    " year years decade decades century centuries".split()
)
_YEAR_NUMBER = re.compile(r"^(1[0-9]|20)\d\d$")
_FUTURE_WORDS = frozenset(
    {"will", "'ll", "shall", "wo", "would", "may", "might", "should", "must"}
)
_QUOTES = frozenset({"``", "`", "''", "'", '"', "\u201c", "\u201d"})
_CLAUSE_END = frozenset({".", "!", "?", ";"})
_JOINERS = frozenset({"and", "or", "to", "through", "until", "-", "–", ",", "_", "&"})
_FUTURE_CUES = frozenset("will 'll shall would may might should must next upcoming soon".split())
#: Verbs of planning and deferral point forward whatever their tense ("planned to leave Friday").
_PLAN_WORDS = frozenset(
    "scheduled planned planning plans plan expected expects expect due slated postponed"
    " delayed deferred".split()
)
_SUBORDINATORS = frozenset("that which who whom whose because when while if although".split())
_BE_PRESENT = frozenset({"is", "are", "am", "be", "'s", "'re"})


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

    rules = filter_spans(rule_spans(doc))  # sorted, none overlapping: their ends sorted too
    starts, ends = [r.start for r in rules], [r.end for r in rules]
    replaced: set[int] = set()
    found: list[Span] = []
    for ent in _paragraph_parts(doc_ents(doc)):
        if ent.label_ not in _ENT_LABELS:
            continue
        first, last = bisect_right(ends, ent.start), bisect_left(starts, ent.end)
        inside = rules[first:last]  # the rule spans it overlaps
        if len(inside) == 1 and ent.start <= inside[0].start and inside[0].end <= ent.end \
                and len(ent) > len(inside[0]) and _normalisable(ent, fallback=False):
            replaced.add(first)
            found.append(ent)
            continue
        covered = {i for r in inside for i in range(r.start, r.end)}
        # Beside a rule's date, a number left alone is a count ("Monday, 2000 of them") or a
        # clock ("2053 Wednesday night"), but for a day after a month's ("December 5 and 6").
        found.extend(piece for piece in _pieces(doc, [i for i in range(ent.start, ent.end)
                                                      if i not in covered])
                     if not (inside and _bare_number(piece) and not _month_before(piece)))
    # the rules' spans first: filter_spans keeps the first of two alike
    chosen = [rule for k, rule in enumerate(rules) if k not in replaced] + found
    return sorted(filter_spans(chosen), key=lambda span: span.start)


def _bare_number(span: Span) -> bool:
    """One number and nothing else, once trimmed ("2000", ", 1885")."""
    trimmed = _trim(span)
    return trimmed is not None and len(trimmed) == 1 and trimmed[0].text.isdigit()


def _paragraph_parts(ents: Iterable[Span]) -> Iterator[Span]:
    """``ents``, each split at blank lines: no date runs from one paragraph into the next
    (the model's "Killed 95\n\nThursday, June 20, 2019" is a headline's number and a
    dateline)."""
    for ent in ents:
        start = ent.start
        for token in ent:
            if token.is_space and _paragraph_break(token.text):
                if token.i > start:
                    yield Span(ent.doc, start, token.i, label=ent.label)
                start = token.i + 1
        if start == ent.start:
            yield ent
        elif start < ent.end:
            yield Span(ent.doc, start, ent.end, label=ent.label)


def _paragraph_break(space: str) -> bool:
    """Whitespace that ends a paragraph: two line breaks, or a paragraph separator."""
    return "\u2029" in space or len(_LINE_BREAK.findall(space)) >= 2


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
                    if _normalisable(piece) or _month_before(piece):
                        yield piece
                start = i + 1


def _month_before(span: Span) -> str | None:
    """The month of "April 24 and 25" for its bare "25": each day is a date of its own."""
    doc = span.doc
    if len(span) != 1 or not _DAY_NUMBER.match(span.text) or span.start < 3:
        return None
    joiner, day, month = doc[span.start - 1], doc[span.start - 2], doc[span.start - 3]
    if joiner.lower_ not in _DAY_JOINERS or not _DAY_NUMBER.match(day.text):
        return None
    return month.text if month.is_title and month.lower_.rstrip(".") in MONTHS else None


def _normalisable(span: Span, *, fallback: bool = True) -> bool:
    """Whether ``span`` is one expression :func:`~factpull.timex.normalise` understands
    (without its dateparser ``fallback`` if told so)."""
    trimmed = _trim(span)
    return trimmed is not None and normalise(trimmed.text, fallback=fallback) is not None


def _trim(span: Span) -> Span | None:
    """The span without leading separators and prepositions and trailing punctuation; None if
    nothing left."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].text in _SEPARATORS or doc[start].is_space):
        start += 1  # what is left of a longer entity: ", 1885" in "Wednesday, 1885 aftershocks"
    while start < end and doc[start].lower_ in _LEADING and not (
        start + 1 < end and doc[start + 1].lower_ in ("least", "most", "present")
    ):
        start += 1
    if start < end - 1 and doc[start].lower_ == "the" and doc[start + 1].lower_ not in _KEEP_THE:
        start += 1
    while end > start and (doc[end - 1].text in _TRAILING or doc[end - 1].is_space):
        end -= 1
    return doc[start:end] if start < end else None


def _extent(span: Span) -> Span:
    """The TIMEX3 extent, TimeBank-style: a leading approximator ("about five hours", "only
    14 days") is left out, its meaning stays in ``mod``; so is "earlier"/"later" before a day
    ("earlier Friday", "later today", "earlier this week"), which relates rather than dates."""
    doc = span.doc
    if span.end - span.start > 1 and doc[span.start].lower_ in ("earlier", "later") \
            and _names_a_day(doc, span.start + 1):
        return doc[span.start + 1:span.end]  # "earlier Friday", "later today": relation words
    start = span.start
    while start < span.end - 1 and span.doc[start].lower_ in _APPROXIMATORS:
        start += 1
    following = span.doc[start]
    numeric = following.like_num or following.text[:1].isdigit() or following.lower_ in ("a", "an")
    if start == span.start or not numeric:
        return span
    return span.doc[start:span.end]


def _names_a_day(doc: Doc, i: int) -> bool:
    """Does token ``i`` start a day or this-week expression ("Friday", "today", "this week")?"""
    if i >= len(doc):
        return False
    word = doc[i].lower_
    if word == "this":
        return i + 1 < len(doc) and doc[i + 1].lower_ in ("week", "morning", "afternoon", "evening")
    return word in _DAY_WORDS


def _rejected(span: Span, layout: Layout) -> bool:
    """Page furniture, a verb that looks like a month, a number that is not a year."""
    if layout.zone_at(span.start_char) in NO_FACTS:
        return True
    doc = span.doc
    if span.end < len(doc) - 1 and doc[span.end].text == "-" and doc[span.end + 1].lower_ == "old":
        return True  # an age: "a 6-year-old"
    if span[-1].lower_ in ("old", "-old") or span.text.lower().endswith("-old"):
        return True
    if _in_a_title(span):
        return True
    if span[0].lower_ == "noon" and span.start > 0 and doc[span.start - 1].lower_ == "high":
        return True  # "high noon": the idiom, not twelve o'clock
    if span.start > 0 and doc[span.start - 1].tag_ == "PRP$" and span[-1].text.endswith("0s"):
        return True  # "in his 30s": an age, not a decade
    if span[0].lower_ in ("daily", "weekly", "monthly") and span.end < len(doc) \
            and doc[span.end].tag_ in ("NNP", "NNPS"):
        return True  # "the party daily Granma": a newspaper
    if _not_a_period(span) or _discourse_now(span) or _in_a_name(span) \
            or _generic_holiday(span) or _a_count(span):
        return True
    if len(span) == 1:
        token = span[0]
        if token.lower_ in ("earlier", "later") and _names_a_day(doc, span.end):
            return True  # "Earlier" of "Earlier Friday": the date is "Friday"
        if token.lower_ in VERB_MONTHS and (token.tag_ in ("MD", "VB", "VBP") or token.is_lower):
            return True
        if token.like_num and not _YEAR_NUMBER.match(token.text) and not _month_before(span):
            return True
        if _YEAR_NUMBER.match(token.text) and _not_a_year(token):
            return True
    return False


# ---------------------------------------------------------------- not dates

#: A half or quarter with no year named: a period of a year, or match time in sport.
_BARE_PERIOD = re.compile(
    r"^(?:the |a )?(?:(?:first|second|third|fourth|final|last|opening|closing)[- ])?"
    r"(?:half|quarter|period)$", re.IGNORECASE
)
#: "a quarter", "about a half": an indefinite part, which a comparison or a noun after makes
#: a fraction.
_INDEFINITE_PART = re.compile(r"(?:^|\s)an? (?:half|quarter)$", re.IGNORECASE)
_NON_DATE_ENTS = frozenset(
    {"ORG", "GPE", "LOC", "FAC", "WORK_OF_ART", "PRODUCT", "PERSON", "NORP", "EVENT"}
)


def _not_a_period(span: Span) -> bool:
    """"a quarter of the vote", "the first half of the match": a share or match time.

    A half or quarter followed by "of" and something that is not a time is a fraction; a
    bare one ("in the first half", "the final quarter") in a sentence about a game, and
    not about business, is match time (the document decides when the sentence does not).
    """
    doc = span.doc
    if span[-1].lower_ in ("half", "halves", "quarter", "quarters") and span.end + 1 < len(doc):
        if doc[span.end].text in ("-", "–"):
            return True  # "the quarter-final", "the half-time whistle"
        if doc[span.end].lower_ == "of":
            return not _temporal_complement(doc, span.end + 1)
        if _INDEFINITE_PART.search(span.text) and (doc[span.end].lower_ == "as"
                                                   or doc[span.end].tag_ in ("NN", "NNS", "CD")):
            return True  # "a quarter as much", "a quarter mile": a fraction
    if not _BARE_PERIOD.match(span.text):
        return False
    sentence = {token.lower_ for token in _sentence(span)}
    if sentence & BUSINESS_WORDS:
        return False
    if sentence & SPORT_WORDS:
        return True
    return _about_sport(doc)


_SPORT = "factpull.dates.sport"


def _about_sport(doc: Doc) -> bool:
    """The document has more sport words than business words (counted once per document and
    kept in its ``user_data``: a text of many halves and quarters asks for each)."""
    sport = doc.user_data.get(_SPORT)
    if sport is None:
        counts, strings = doc.count_by(LOWER), doc.vocab.strings  # hash of a word -> count
        sport = doc.user_data[_SPORT] = (sum(counts.get(strings[w], 0) for w in SPORT_WORDS)
                                         > sum(counts.get(strings[w], 0) for w in BUSINESS_WORDS))
    return sport


def _temporal_complement(doc: Doc, i: int) -> bool:
    """Is the noun phrase starting at token ``i`` a time ("the year", "2024", "fiscal 1990")?"""
    for token in doc[i:i + 4]:
        if token.like_num or _TEMPORAL_WORD.fullmatch(token.text) or token.lower_ in MONTHS \
                or token.lower_ == "fiscal":
            return True
        if token.tag_.startswith(("NN", "PRP")):
            return False
    return False


def _sentence(span: Span) -> Span:
    """The sentence around ``span``, from punctuation (the pipeline runs no parser)."""
    doc = span.doc
    start, end = span.start, span.end
    while start > 0 and not _ends_sentence(doc[start - 1]):
        start -= 1
    while end < len(doc) and not _ends_sentence(doc[end - 1]):
        end += 1
    return doc[start:end]


def _ends_sentence(token: Any) -> bool:
    return token.text in ("!", "?") or (token.text == "." and not token.is_space) \
        or "\n" in token.text


def _starts_sentence(doc: Doc, i: int) -> bool:
    """Does token ``i`` open a sentence, or a quotation (`said: "Now ...`)?"""
    if i > 0 and doc[i - 1].text in _QUOTES:
        i -= 1
        return i == 0 or doc[i - 1].is_punct or _ends_sentence(doc[i - 1])
    return i == 0 or _ends_sentence(doc[i - 1])


def _a_count(span: Span) -> bool:
    """"nineteen ninety-six delegates": a spelled-out number before a plural noun counts."""
    doc = span.doc
    last = span[-1]
    if len(span) < 2 or not last.like_num or last.text[:1].isdigit() or span.end >= len(doc):
        return False
    after = doc[span.end]
    return after.tag_ in ("NNS", "NNPS") and not _TEMPORAL_WORD.match(after.text)


def _discourse_now(span: Span) -> bool:
    """"Now, ..." or "Now the question is ..." opening a sentence or a quotation: a discourse
    marker; "now-defunct": part of an adjective."""
    if len(span) != 1 or span[0].lower_ != "now":
        return False
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text == "-":
        return True  # "the now-former governor": an adjective's modifier
    return _starts_sentence(doc, span.start)


def _in_a_name(span: Span) -> bool:
    """"USA Today", "the Sunday Times", "Christmas Island": a date word inside a name.

    The span is capitalised words only, strictly inside a named entity that is not a date.
    A number inside a name ("the 2008 Olympics") still dates it.
    """
    if any(not token.is_title for token in span if token.is_alpha):
        return False
    if any(token.like_num for token in span):
        return False
    for start, end, label in entity_bounds(span.doc):
        if label in _NON_DATE_ENTS and start <= span.start and span.end <= end \
                and end - start > len(span):
            return True
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if span[0].lower_ in ("today", "tonight") and before is not None \
            and before.tag_ in ("NNP", "NNPS") and not _starts_sentence(doc, span.start):
        return True  # "USA Today"
    # "the Sunday Telegraph": "the", a weekday and a name that is not a date word
    return len(span) == 1 and span[0].lower_ in FULL_WEEKDAYS and before is not None \
        and before.lower_ == "the" and after is not None and after.tag_ == "NNP" \
        and after.lower_.rstrip(".") not in MONTHS and not _TEMPORAL_WORD.fullmatch(after.text)


def _generic_holiday(span: Span) -> bool:
    """"a Christmas tree", "her love for Halloween": the holiday as a thing, not a date.

    A holiday name alone (no year, no "last"/"this") that modifies another noun, or that
    completes a noun ("love for", "the spirit of"), is not a point in time.
    """
    if span.text.lower() not in HOLIDAYS:
        return False
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (after.text == "-" or after.tag_ in ("NN", "NNS")) \
            and after.lower_ not in HOLIDAY_DATE_HEADS:
        return True  # "a Christmas tree", "Halloween costumes", "Easter-themed"
    if span.start < 3:
        return False
    # "her love for Halloween", "the spirit of Christmas": a noun phrase's complement
    preposition, noun, determiner = doc[span.start - 1], doc[span.start - 2], doc[span.start - 3]
    return preposition.lower_ in ("for", "of", "about") and noun.tag_ in ("NN", "NNS") \
        and noun.lower_ not in HOLIDAY_DATE_HEADS and determiner.tag_ in ("DT", "PRP$")


def _in_a_title(span: Span) -> bool:
    """"CBS's ''60 Minutes''", "the film ``High Noon''": a unit word capitalised inside
    running text belongs to a title, not a temporal expression."""
    doc = span.doc
    previous = doc[span.start - 1] if span.start > 0 else None
    if previous is None or not (previous.is_lower or previous.text in _QUOTES):
        return False
    return any(
        token.lower_ in _UNIT_WORDS and token.text[:1].isupper()
        and (token.i == span.start or doc[token.i - 1].like_num)  # not "Thanksgiving Day"
        for token in span
    )


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
    """The tense of the clause around ``span``: the nearest verb that tells one decides.

    The search stops at clause boundaries (punctuation ending a clause, "that", "which", ...)
    so that "officials warned Wednesday that they should ..." is read as past. A verb on the
    left wins a tie: news puts the reporting verb before the date ("said Friday").
    """
    doc = span.doc
    if _deadline(span):
        return "future"
    if _status_date(span):
        return "past"
    fronted = _fronted(span)
    best: tuple[float, str] | None = None
    for direction, weight in ((-1, 1.0), (1, 1.01)):
        i = span.start - 1 if direction < 0 else span.end
        distance = 1
        limit = _FRONTED_REACH if fronted and direction > 0 else _REACH
        while 0 <= i < len(doc) and doc[i].text not in _CLAUSE_END and distance < limit \
                and doc[i].text not in _QUOTES and "\n" not in doc[i].text:
            token = doc[i]
            if direction > 0 and token.lower_ in _SUBORDINATORS:
                break
            tense = _token_tense(token, after_date=direction > 0)
            if tense:
                if best is None or distance * weight < best[0]:
                    best = (distance * weight, tense)
                break
            if direction < 0 and token.lower_ in _SUBORDINATORS:
                break
            i += direction
            distance += 1
    return best[1] if best else None


def _deadline(span: Span) -> bool:
    """"gave them until Tuesday", "extended until 9 a.m. Tuesday": a deadline lies ahead.

    Not "up until Thursday" or "not until Tuesday" nor a sentence-initial "Until Thursday,",
    which look back."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ not in ("until", "till"):
        return False
    before = doc[span.start - 2]
    return before.lower_ not in ("up", "not", "n't") and before.text not in _CLAUSE_END \
        and before.text not in _QUOTES and not before.is_sent_start


def _token_tense(token: Any, *, after_date: bool = False) -> str | None:
    """The tense ``token`` signals: a modal or plan word, a past or present verb form.

    ``after_date``: the token comes after the date, so a plan verb in the past ("On Friday,
    the council planned to ...") was done on that day and points back, not forward."""
    lower = token.lower_
    previous = token.nbor(-1).lower_ if token.i > 0 else ""
    following = token.nbor().lower_ if token.i + 1 < len(token.doc) else ""
    if _not_a_cue(token):
        return None
    if lower in _PLAN_WORDS and after_date and token.tag_ == "VBD":
        return "past"
    if lower in _PLAN_WORDS or (lower == "early" and previous == "as"):
        return "future"  # "planned to leave Thursday", "postponed until", "as early as"
    if lower in _FUTURE_CUES and (token.tag_ == "MD" or lower not in _FUTURE_WORDS):
        if token.tag_ == "MD" and _perfect_after(token):
            return "past"  # "may have killed", "might have encouraged": a past guess
        return "future"
    if (lower == "going" and following == "to") or (
            token.tag_.startswith("VB") and following in _PLAN_WORDS
            and not _not_a_cue(token.nbor())):
        return "future"  # "going to", "were planning", "is expected"
    if token.tag_ == "VBD" or (token.tag_ == "VBN" and previous not in _BE_PRESENT):
        return "past"
    if token.tag_ in ("VBZ", "VBP") and lower not in ("is", "are", "'s", "has", "have"):
        return "present"
    return None


#: How far (in tokens) the clause search looks for a verb; further for a fronted date
#: ("In January, a week after ..., a bombing killed ..."), whose verb is the main clause's.
_REACH = 25
_FRONTED_REACH = 60
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD"})
_PRENOMINAL = frozenset({"DT", "PRP$", "RB", "JJ", "POS", "CD"})


def _not_a_cue(token: Any) -> bool:
    """Cue words in another use: "next to", "due to concerns", "the planned launch".

    "next" and "due" before a preposition or a noun phrase are not about time; a plan verb
    used as an adjective before its noun ("a planned Wednesday special") does not give the
    clause a tense: the clause's own verb does."""
    doc = token.doc
    lower = token.lower_
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if lower == "next":
        return after is None or after.lower_ == "to" or after.tag_ in ("JJ", "JJS", "RBS", "RB")
    if lower == "due":
        if token.tag_ == "IN":
            return True
        second = doc[token.i + 2] if token.i + 2 < len(doc) else None
        return after is not None and after.lower_ == "to" and (
            second is None or not second.tag_.startswith("VB"))
    if lower in _PLAN_WORDS and token.tag_ in ("VBN", "JJ") and token.i > 0 and after is not None:
        before = doc[token.i - 1]
        return before.tag_ in _PRENOMINAL and before.lower_ not in _BE_PRESENT \
            and after.tag_ in _NOUN_TAGS
    return False


def _perfect_after(token: Any) -> bool:
    """A modal followed by "have" and a participle: "may have fled" guesses at the past."""
    doc = token.doc
    i = token.i + 1
    if i < len(doc) and doc[i].tag_ == "RB":
        i += 1  # "could well have"
    return i + 1 < len(doc) and doc[i].lower_ == "have" and doc[i + 1].tag_ == "VBN"


def _fronted(span: Span) -> bool:
    """Does the date open its clause, set off by a comma ("On Friday, ...", "In January, ...")?

    Such a date dates the main clause, whose verb may come after a long subject."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and doc[i].lower_ in _LEADING:
        i -= 1
    opens = i < 0 or doc[i].is_space or doc[i].text in _CLAUSE_END or doc[i].text in _QUOTES
    return opens and span.end < len(doc) and doc[span.end].text == ","


def _status_date(span: Span) -> bool:
    """"as of Wednesday", "according to officials on Saturday": the date of a report or a
    count, which lies behind the writer."""
    doc = span.doc
    start = span.start
    if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ == "as":
        return True
    i, distance = start - 1, 0
    while i >= 0 and distance < 8 and doc[i].text not in _CLAUSE_END and not doc[i].is_space:
        if doc[i].lower_ == "according" and i + 1 < len(doc) and doc[i + 1].lower_ == "to":
            return all(not t.tag_.startswith("VB") for t in doc[i + 2:start])
        i -= 1
        distance += 1
    return False


# ---------------------------------------------------------------- extraction


def rule_spans(doc: Doc) -> Any:
    """The date rules' spans of ``doc`` (:func:`factpull.ruler.rule_spans`)."""
    return ruler.rule_spans(doc, SPANS_KEY)


def extract(
    doc: Doc, *, layout: Layout | None = None, reference: date | None = None
) -> Iterator[DateMention]:
    """Yield the temporal expressions of ``doc`` in text order, normalised to TIMEX3.

    ``doc`` must come from a pipeline with factpull's rulers (:func:`rule_spans`);
    ``layout`` defaults to :func:`factpull.layout.analyse` of its text; ``reference`` is
    the date relative expressions are computed from (None: they stay unresolved).

    Inside a quotation whose attribution dates the speech ("..., she said Monday"), "today",
    "tomorrow" or "Friday" are computed from the day of the speech instead.
    """
    layout = analyse(doc.text) if layout is None else layout
    found = list(_resolve(doc, layout, reference, {}))
    if reference is not None:
        spoken = _speech_days(doc, layout, found)
        if spoken:
            found = list(_resolve(doc, layout, reference, spoken))
    for _, mention in found:
        yield mention


def _resolve(
    doc: Doc, layout: Layout, reference: date | None, spoken: dict[int, date]
) -> Iterator[tuple[Timex, DateMention]]:
    """Each kept candidate's ``(timex, mention)``; ``spoken`` maps a mention's start
    character to the day its speaker spoke, which replaces ``reference`` for it."""
    anchors: list[str] = []
    anchor_spans: list[Offsets] = []
    candidates = _candidates(doc)
    names = [(start, end) for start, end, label in entity_bounds(doc) if label in _NAME_LABELS]
    anchor_tokens: list[tuple[int, int]] = []
    for number, candidate in enumerate(candidates):
        span = _trim(candidate)
        if span is None or _rejected(span, layout):
            continue
        span = _with_anaphor(span)
        month = _month_before(span)
        text = f"{month} {span.text}" if month else span.text
        extent = _extent(span)
        tense = _tense(span)
        year = _narrative_year(span, text, anchors, anchor_tokens, tense)
        timex = normalise(f"{text} {anchors[-1][:4]}" if year else text,
                          reference=spoken.get(extent.start_char, reference),
                          anchors=anchors, tense=tense)
        if timex is None:
            continue
        if year:
            timex = replace(timex, anchor=len(anchors) - 1)
        if timex.type == "TIME":
            timex = _clock_on_day(span, text, timex, candidates[number + 1:number + 3],
                                  spoken.get(extent.start_char, reference), anchors, tense)
        mention = _mention(extent, timex, anchor_spans)
        if timex.type == "DATE" and timex.resolved and can_anchor(timex.value) \
                and _places_the_narrative(extent, layout, names):
            anchors.append(timex.value)
            anchor_spans.append(Offsets(extent.start_char, extent.end_char))
            anchor_tokens.append((extent.start, extent.end))
        yield timex, mention


# ---------------------------------------------------------------- clock times

#: What may stand between a clock time and the day it is on: "2:49 a.m. local time (0749
#: UTC) on Saturday", "5:03 AM, February 10, 2019", "8 p.m. AST on Wednesday".
_CLOCK_TO_DAY = re.compile(
    r"^\)?\s*(?:[a-z]{2,12}\s+time\b\s*)?(?:\([^()\n]{0,40}\)\s*)?,?\s*(?:\bon\s*)?$",
    re.IGNORECASE,
)


def _clock_on_day(span: Span, text: str, timex: Timex, following: list[Span],
                  reference: date | None, anchors: list[str], tense: str | None) -> Timex:
    """A clock time whose day comes just after it, past a time zone or a conversion in
    brackets (which may hold a date of its own), is on that day, not on the day the story
    was last at."""
    for candidate in following:
        day_span = _trim(candidate)
        if day_span is None or not _CLOCK_TO_DAY.match(
                span.doc[span.end:day_span.start].text):
            continue
        day = normalise(day_span.text, reference=reference, anchors=anchors, tense=tense)
        if day is None or not day.resolved or not _DAY_VALUE.match(day.value):
            continue
        joined = normalise(f"{text} on {day_span.text}", reference=reference,
                           anchors=anchors, tense=tense)
        if joined is not None and joined.type == "TIME" \
                and joined.value.startswith(day.value[:10]):
            return joined
    return timex


# ---------------------------------------------------------------- narrative anchors

#: Entity labels of names: a date inside one ("USA Today", "the Tuesday Group") is no anchor.
#: Not EVENT: the date of "the January 7 quake" is the event's own.
_NAME_LABELS = frozenset({"ORG", "WORK_OF_ART", "FAC", "PRODUCT", "PERSON", "GPE", "NORP", "LOC"})


def _places_the_narrative(span: Span, layout: Layout, names: list[tuple[int, int]]) -> bool:
    """Can a later "the next day" or "two years later" be counted from this date?

    ``names`` are the token ranges of the names of ``span.doc`` (see :data:`_NAME_LABELS`).
    Not from a date word inside a name ("USA Today", "the Tuesday Group"; a date with a
    number stays one, whatever the name around it), nor from one in
    parentheses: an aside such as a time-zone conversion ("11 p.m. EST Sunday (0400 GMT
    Monday)") or a birth date is not where the story is."""
    numbered = any(token.text[:1].isdigit() for token in span)  # "Convention on June 20"
    if not numbered and any(start < span.end and span.start < end for start, end in names):
        return False
    line_start = layout.line_at(span.start_char).start
    depth, i = 0, span.start - 1
    while i >= 0 and span.doc[i].idx >= line_start:
        depth += {"(": 1, ")": -1}.get(span.doc[i].text, 0)
        i -= 1
    return depth <= 0


# ---------------------------------------------------------------- narrative year

_ANAPHORS = (("that",), ("the", "following"), ("the", "previous"), ("the", "preceding"),
             ("the", "same"))
_CALENDAR_NAMES = frozenset((*MONTHS, *(name for names in WEEKDAY_NAMES for name in names),
                             "spring", "summer", "autumn", "fall", "winter"))
_YEAR_VALUE = re.compile(r"^\d{4}$")
_YEAR_PREPOSITIONS = frozenset(
    "in of since during from until through throughout early late mid mid-".split())


def _with_anaphor(span: Span) -> Span:
    """"that September", "the following spring", "the previous Friday": the span of a month,
    season or weekday grows over the word that ties it to the narrative. "that" must be a
    determiner ("said that September was wet" keeps "September" alone)."""
    doc = span.doc
    if span[0].lower_.rstrip(".") not in _CALENDAR_NAMES or len(span) > 2 or (
            len(span) == 2 and not _DAY_NUMBER.match(span[1].text.rstrip("stndrh"))
            and span[1].lower_ not in ("morning", "afternoon", "evening", "night")):
        return span  # not "the preceding Saturday, August 17": that day is named
    for words in _ANAPHORS:
        start = span.start - len(words)
        if start < 0 or tuple(t.lower_ for t in doc[start:span.start]) != words:
            continue
        if words == ("that",) and not _determiner_that(doc[start]):
            continue
        return doc[start:span.end]
    return span


def _determiner_that(token: Any) -> bool:
    """"that" of "that winter", not the conjunction of "said that winter was hard": tagged a
    determiner, or opening a clause (after punctuation, a preposition or "and")."""
    if token.tag_ == "DT":
        return True
    previous = token.doc[token.i - 1] if token.i > 0 else None
    return previous is None or previous.is_space or previous.tag_ in _CLAUSE_OPENERS


_CLAUSE_OPENERS = frozenset({":", ",", ".", "IN", "CC", "-LRB-", "``"})


def _narrative_year(span: Span, text: str, anchors: list[str],
                    anchor_tokens: list[tuple[int, int]], tense: str | None) -> bool:
    """Is the bare month ``text`` ("in September") in the year the sentence has just named?

    Only in a clause that is not about the future, after a year said as the time of
    something ("in 1990", "since 2016"), with no sentence break between: "The firm was
    founded in 1990 and in September it hired ..." is 1990-09. Across a sentence break the
    month stays with the reference date, as news has it ("... dating to 1994. In January,
    a bombing ..."); after a month or a day, too ("since late December, ... on January 7")."""
    if not anchors or tense == "future" or not _BARE_MONTH.match(text):
        return False
    doc = span.doc
    value, (start, end) = anchors[-1], anchor_tokens[-1]
    if not _YEAR_VALUE.match(value) or end > span.start or start == 0:
        return False
    if doc[start - 1].lower_ not in _YEAR_PREPOSITIONS:
        return False
    return not any(token.text in _CLAUSE_END or "\n" in token.text
                   for token in doc[end:span.start])


_BARE_MONTH = re.compile(
    r"^(?:" + "|".join(MONTHS) + r")\.?(?: (?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?)?$",
    re.IGNORECASE,
)


# ---------------------------------------------------------------- quoted speech

_DAY_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:T.*)?$")


def _speech_days(doc: Doc, layout: Layout,
                 found: list[tuple[Timex, DateMention]]) -> dict[int, date]:
    """Start character -> day of speech, for the reference-relative mentions of quotations
    whose attribution names the day ("'... today,' the minister said Monday", "On Monday,
    the minister said: '... today ...'"); only where that day is not the reference date."""
    spoken: dict[int, date] = {}
    relative = [mention for timex, mention in found if timex.anchor == "reference"]
    if not relative:
        return spoken
    quotations: list[tuple[int, int]] = []
    done: set[int] = set()
    for mention in relative:
        line = layout.line_at(mention.start)
        if line.start in done:
            continue
        done.add(line.start)
        paragraph = doc.char_span(line.start, max(line.end, mention.end), alignment_mode="expand")
        if paragraph is not None:
            quotations.extend(_quotations(doc, paragraph.start, paragraph.end))
    for first, last in quotations:
        inside = [(timex, mention) for timex, mention in found
                  if doc[first].idx < mention.start and mention.end <= doc[last].idx
                  and timex.anchor == "reference"]
        if not inside:
            continue
        day = _speech_day(doc, first, last, found)
        if day is not None:
            for _, mention in inside:
                spoken[mention.start] = day
    return spoken


def _speech_day(doc: Doc, first: int, last: int,
                found: list[tuple[Timex, DateMention]]) -> date | None:
    """The day named in the attribution of the quotation between tokens ``first`` and
    ``last``: the clause just after it, else the one just before it, with a reporting verb."""
    for start, end in (_attribution_after(doc, last), _attribution_before(doc, first)):
        if end <= start or not any(doc[i].lower_ in REPORTING_VERBS for i in range(start, end)):
            continue
        begin, finish = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        days = [match[1] for timex, mention in found
                if begin <= mention.start and mention.end <= finish and timex.resolved
                and (match := _DAY_VALUE.match(timex.value))]
        if days:
            return date.fromisoformat(days[0] if start > last else days[-1])
    return None


def _attribution_after(doc: Doc, last: int) -> tuple[int, int]:
    """Token range after a closing quote up to the end of its sentence or the next quote."""
    end = last + 1
    while end < len(doc) and doc[end].text not in _CLAUSE_END and "\n" not in doc[end].text \
            and not _is_quote(doc[end]):
        end += 1
    return last + 1, end


def _attribution_before(doc: Doc, first: int) -> tuple[int, int]:
    """Token range before an opening quote back to the start of its sentence."""
    start = first
    while start > 0 and doc[start - 1].text not in _CLAUSE_END \
            and "\n" not in doc[start - 1].text and not _is_quote(doc[start - 1]):
        start -= 1
    return start, first


def _is_quote(token: Any) -> bool:
    return token.text in OPENING_QUOTES or token.text in CLOSING_QUOTES \
        or token.text in STRAIGHT_QUOTES


def _quotations(doc: Doc, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``(opening, closing)`` token indices of the quotations of ``doc``, in order.

    Curly quotes and TeX-style ````...''`` say which way they face; a straight quote opens
    when it sticks to the next word and closes when it sticks to the previous one. A quotation
    left open at a paragraph break ends there (news reopens it in the next paragraph)."""
    found: list[tuple[int, int]] = []
    opening: int | None = None
    end = len(doc) if end is None else end
    for token in doc[start:end]:
        if "\n" in token.text and opening is not None:
            found.append((opening, token.i))
            opening = None
        if opening is None and _opens(token):
            opening = token.i
        elif opening == token.i - 1 and token.text == "`":
            opening = token.i  # "``" comes as two tokens
        elif opening is not None and _closes(token):
            found.append((opening, token.i))
            opening = None
    if opening is not None:
        found.append((opening, end - 1))
    return found


def _opens(token: Any) -> bool:
    if token.text in OPENING_QUOTES:
        return True
    if token.text not in STRAIGHT_QUOTES or token.whitespace_ or token.i + 1 >= len(token.doc):
        return False
    previous = token.doc[token.i - 1] if token.i > 0 else None
    return previous is None or bool(previous.whitespace_) or previous.is_space \
        or previous.text in (":", "(", "\u2014", "\u2013", "-")


def _closes(token: Any) -> bool:
    if token.text in CLOSING_QUOTES:
        return True
    previous = token.doc[token.i - 1] if token.i > 0 else None
    return token.text in STRAIGHT_QUOTES and previous is not None and not previous.whitespace_


def _mention(span: Span, timex: Timex, anchor_spans: list[Offsets]) -> DateMention:
    anchor = anchor_spans[timex.anchor] if isinstance(timex.anchor, int) else timex.anchor
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
#: "LONDON, March 3, 2024 (Reuters) -", "Kyiv, 3 March 2024 —": place, date, agency, dash.
_DATELINE_DATE = re.compile(
    r"^\s*[A-Z][\w.'’ -]{1,40}?,\s*(?P<date>[^()\-—–:]{6,40}?)\s*(?:\([^)]{1,30}\))?\s*[-—–:_]",
)


def find_reference_date(text: str, layout: Layout) -> tuple[date, str] | None:
    """The publication date the article states: a "Published ..." line, a dateline, a date line.

    Only full dates (day, month and year) count, and only where they date the article: after
    "Published"/"Updated", in a dateline ("LONDON, March 3, 2024 (Reuters) -"), or as most of
    a line near the top ("Tuesday 3 March 2024 | 10:32 GMT"). A date in the story's first
    sentence ("On 11 September 2001, ...") is not the article's date.
    Returns ``(date, how_found)``.
    """
    for line in layout.lines:
        line_text = text[line.start:line.end]
        if _PUBLISHED.match(line_text):
            found = _full_date(line_text)
            if found:
                return found, "published line"
    header = [line for line in layout.lines if line.end > line.start][:_HEADER_LINES]
    for line in header:
        line_text = text[line.start:line.end]
        dateline = _DATELINE_DATE.match(line_text)
        if dateline and (found := _full_date(dateline["date"])):
            return found, "dateline"
        match = _DATE_IN_LINE.search(line_text[:200])
        if match and len(match.group()) >= 0.4 * len(line_text.strip()):
            found = _full_date(match.group())
            if found:
                return found, "date line"
    return None


def _full_date(line: str) -> date | None:
    for match in _DATE_IN_LINE.finditer(line):
        timex = normalise(match.group(), reference=None)
        if timex is not None and timex.resolved and re.fullmatch(r"\d{4}-\d{2}-\d{2}",
                                                                  timex.value):
            return date.fromisoformat(timex.value)
    return None
