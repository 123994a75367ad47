"""The corpus summary: documents in, one mergeable :class:`Summary` out.

A :class:`Summary` keeps aggregates only (counts per entity, treaty, unique fact and year, and
a few capped lists of sources and evidence sentences), never the documents, so its memory does
not grow with the number of documents read, only with the number of distinct things they name.

Summaries merge like ``collections.Counter``: ``a.merge(b)`` (or ``a + b``) is the summary of
a's documents followed by b's, so the CLI (one summary fed in input order), ``-j`` (the same
stream) and Dask (one summary per partition, merged in a tree) give the same :meth:`to_dict`.
Merging in input order matters only for the capped "first sources" lists; every other part of
the output is sorted on its own keys.

Names are compared by :func:`name_key` (case, punctuation and a leading "the" ignored), so
"the European Union" in one article and "European Union" in another are one row.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from factpull.records import Document, Fact
from factpull.vocab import STATE_NAMES

#: At most this many sources (and evidence sentences) are kept per fact.
MAX_SOURCES = 3
#: At most this many failures are listed (all are counted).
MAX_FAILURES = 20
#: An evidence sentence is cut to this many characters.
MAX_SENTENCE_CHARS = 300

_HYPHENS = re.compile(r"[\s\-‐-―/_]+")
_THE = re.compile(r"^the\s+")


def name_key(name: str) -> str:
    """``name`` as compared across documents: case, punctuation and a leading "the" ignored,
    and a state's short name as its full one (:data:`factpull.vocab.STATE_NAMES`).

    ``"The U.S."``, ``"US"`` and ``"United States"`` give ``"united states"``;
    ``"Al-Qaeda"`` and ``"al Qaeda"`` give ``"al qaeda"``.
    """
    key = _plain_key(name)
    return _state_keys().get(key, key)


def _plain_key(name: str) -> str:
    text = unicodedata.normalize("NFKC", name).casefold()
    text = _HYPHENS.sub(" ", text)
    text = "".join(c for c in text if not unicodedata.category(c).startswith(("P", "S", "C")))
    text = " ".join(text.split())
    return _THE.sub("", text) or text


@functools.cache
def _state_keys() -> dict[str, str]:
    return {_plain_key(short): _plain_key(full) for short, full in STATE_NAMES.items()}


def is_calendar(value: str | None) -> bool:
    """A TIMEX3 value on the calendar (``1996``, ``2019-05``, ``2019-W12``); not ``PAST_REF``,
    nor a decade or century (``199``, ``19``), nor ``XXXX-05``."""
    return bool(value) and len(value) >= 4 and value[:4].isdigit()


def _best(forms: Counter[str]) -> str:
    """The most frequent form; ties go to the alphabetically first (order-independent)."""
    return min(forms.items(), key=lambda item: (-item[1], item[0]))[0]


@dataclass
class _Tally:
    """Documents and mentions of one entity or treaty."""

    documents: int = 0
    mentions: int = 0
    labels: Counter[str] = field(default_factory=Counter)

    def merge(self, other: _Tally) -> None:
        self.documents += other.documents
        self.mentions += other.mentions
        self.labels.update(other.labels)


@dataclass
class _Statement:
    """One unique fact: how many documents state it, the first ones, and what they say."""

    documents: int = 0
    sources: list[str] = field(default_factory=list)
    evidence: list[tuple[str, str]] = field(default_factory=list)

    def merge(self, other: _Statement) -> None:
        self.documents += other.documents
        self.sources = (self.sources + other.sources)[:MAX_SOURCES]
        self.evidence = (self.evidence + other.evidence)[:MAX_SOURCES]


#: (party key, action, object key, status, date value)
FactKey = tuple[str, str, str, str, str | None]


class Summary:
    """What a corpus says: aggregates over documents, mergeable, in flat memory."""

    def __init__(self) -> None:
        self.documents = 0
        self.failed = 0
        self.failures: list[tuple[str, str]] = []
        self.words = 0
        self.first_date: str | None = None
        self.last_date: str | None = None
        self.dated_documents = 0
        self.entities: dict[str, _Tally] = {}
        self.treaties: dict[str, _Tally] = {}
        self.facts: dict[FactKey, _Statement] = {}
        self.fact_years: Counter[str] = Counter()
        self.event_years: Counter[str] = Counter()
        #: display forms of every name key (entities, parties, objects, treaties), counted
        self.forms: dict[str, Counter[str]] = {}
        #: treaty or fact object key -> (id, year, kind of object)
        self.details: dict[str, tuple[str | None, int | None, str]] = {}

    # -- adding ---------------------------------------------------------------------------------

    def add(self, document: Document, text: str | None = None) -> None:
        """Count one document. ``text`` (else ``document.text``) gives words and evidence."""
        text = text if text is not None else document.text
        self.documents += 1
        if text is not None:
            self.words += len(text.split())
        if document.reference_date:
            self.dated_documents += 1
            day = document.reference_date
            self.first_date = day if self.first_date is None else min(self.first_date, day)
            self.last_date = day if self.last_date is None else max(self.last_date, day)
        entities: dict[str, _Tally] = {}
        for entity in document.entities:
            key = self._form(entity.canonical)
            tally = entities.setdefault(key, _Tally(documents=1))
            tally.mentions += 1
            tally.labels[entity.label] += 1
        _merge_tallies(self.entities, entities)
        treaties: dict[str, _Tally] = {}
        for treaty in document.treaties:
            key = self._form(treaty.name, treaty.id)
            self._detail(key, (treaty.id, treaty.year, "treaty"))
            tally = treaties.setdefault(key, _Tally(documents=1))
            tally.mentions += 1
        _merge_tallies(self.treaties, treaties)
        for date in document.dates:
            if date.event is not None and date.resolved and is_calendar(date.value):
                self.event_years[date.value[:4]] += 1
        seen: set[FactKey] = set()
        for fact in document.facts:
            key = self._fact_key(fact)
            if key in seen:
                continue
            seen.add(key)
            if is_calendar(key[4]):
                self.fact_years[key[4][:4]] += 1
            statement = self.facts.setdefault(key, _Statement())
            statement.documents += 1
            if len(statement.sources) < MAX_SOURCES:
                statement.sources.append(document.source)
                statement.evidence.append((document.source, _sentence(text, fact)))

    def add_failure(self, source: str, reason: str) -> None:
        """Count one input that could not be read or processed."""
        self.failed += 1
        if len(self.failures) < MAX_FAILURES:
            self.failures.append((source, reason))

    def add_all(self, results: Iterable[Any]) -> Iterator[Any]:
        """Count each result as it passes: documents, and failures (``source``/``reason``)."""
        for result in results:
            if isinstance(result, Document):
                self.add(result)
            else:
                self.add_failure(getattr(result, "source", "-"),
                                 getattr(result, "reason", str(result)))
            yield result

    def _form(self, name: str, id: str | None = None) -> str:
        key = f"id:{id}" if id else name_key(name)
        self.forms.setdefault(key, Counter())[" ".join(name.split())] += 1
        return key

    def _detail(self, key: str, detail: tuple[str | None, int | None, str]) -> None:
        """The first details seen for a key, but a treaty's year wherever it is known."""
        known = self.details.get(key)
        if known is None or (known[1] is None and detail[1] is not None):
            self.details[key] = detail

    def _fact_key(self, fact: Fact) -> FactKey:
        party = self._form(fact.party.canonical) if fact.party else ""
        obj = self._form(fact.object.name, fact.object.id)
        self._detail(obj, (fact.object.id, None, fact.object.kind))
        return party, fact.action, obj, fact.status, fact.date.value if fact.date else None

    # -- merging --------------------------------------------------------------------------------

    def merge(self, other: Summary) -> Summary:
        """Add ``other``'s documents (read after this summary's) to this summary; returns it."""
        self.documents += other.documents
        self.failed += other.failed
        self.failures = (self.failures + other.failures)[:MAX_FAILURES]
        self.words += other.words
        self.dated_documents += other.dated_documents
        dates = [d for d in (self.first_date, other.first_date) if d]
        self.first_date = min(dates) if dates else None
        dates = [d for d in (self.last_date, other.last_date) if d]
        self.last_date = max(dates) if dates else None
        _merge_tallies(self.entities, other.entities)
        _merge_tallies(self.treaties, other.treaties)
        for key, statement in other.facts.items():
            mine = self.facts.get(key)
            if mine is None:
                self.facts[key] = _Statement(statement.documents, list(statement.sources),
                                             list(statement.evidence))
            else:
                mine.merge(statement)
        self.fact_years.update(other.fact_years)
        self.event_years.update(other.event_years)
        for key, forms in other.forms.items():
            self.forms.setdefault(key, Counter()).update(forms)
        for key, detail in other.details.items():
            self._detail(key, detail)
        return self

    def __add__(self, other: Summary) -> Summary:
        return Summary().merge(self).merge(other)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Summary) and self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]  # mutable

    # -- output ---------------------------------------------------------------------------------

    def name(self, key: str) -> str:
        forms = self.forms.get(key)
        return _best(forms) if forms else key

    def to_dict(self) -> dict[str, Any]:
        """The whole summary as plain data, with the keys documented in the README."""
        return {
            "documents": self.documents,
            "failed": self.failed,
            "failures": [{"source": s, "reason": r} for s, r in self.failures],
            "words": self.words,
            "reference_dates": {"first": self.first_date, "last": self.last_date,
                                "documents": self.dated_documents},
            "entities": self._entities(),
            "treaties": self._treaties(),
            "facts": [self._statement(key, statement, full=True)
                      for key, statement in sorted(self.facts.items(), key=_timeline_order)],
            "disagreements": self._disagreements(),
            "years": [{"year": int(year), "facts": self.fact_years[year],
                       "events": self.event_years[year]}
                      for year in sorted(set(self.fact_years) | set(self.event_years))],
        }

    def _entities(self) -> list[dict[str, Any]]:
        rows = [{"name": self.name(key), "label": _best(tally.labels),
                 "documents": tally.documents, "mentions": tally.mentions}
                for key, tally in self.entities.items()]
        return sorted(rows, key=lambda r: (-r["documents"], -r["mentions"], r["name"],
                                           r["label"]))

    def _treaties(self) -> list[dict[str, Any]]:
        rows = []
        for key, tally in self.treaties.items():
            id_, year, _ = self.details.get(key, (None, None, "treaty"))
            rows.append({"name": self.name(key), "id": id_, "year": year,
                         "documents": tally.documents, "mentions": tally.mentions})
        return sorted(rows, key=lambda r: (-r["documents"], -r["mentions"], r["name"],
                                           r["id"] or ""))

    def _object(self, key: str) -> dict[str, Any]:
        id_, _, kind = self.details.get(key, (None, None, "organisation"))
        return {"kind": kind, "name": self.name(key), "id": id_}

    def _statement(self, key: FactKey, statement: _Statement, *, full: bool) -> dict[str, Any]:
        party, action, obj, status, date = key
        out: dict[str, Any] = {}
        if full:
            out.update(party=self.name(party) if party else None, action=action,
                       object=self._object(obj))
        out.update(status=status, date=date, documents=statement.documents,
                   sources=list(statement.sources),
                   evidence=[{"source": s, "sentence": t} for s, t in statement.evidence])
        return out

    def _disagreements(self) -> list[dict[str, Any]]:
        groups: dict[tuple[str, str, str], list[tuple[FactKey, _Statement]]] = {}
        for key, statement in self.facts.items():
            groups.setdefault(key[:3], []).append((key, statement))
        out = []
        for (party, action, obj), items in groups.items():
            about = _disputed(items)
            if not about:
                continue
            items.sort(key=_timeline_order)
            out.append({
                "party": self.name(party) if party else None,
                "action": action,
                "object": self._object(obj),
                "about": about,
                "statements": [self._statement(k, s, full=False) for k, s in items],
            })
        return sorted(out, key=lambda d: (-sum(s["documents"] for s in d["statements"]),
                                          d["party"] or "", d["action"], d["object"]["name"]))


def _merge_tallies(into: dict[str, _Tally], other: dict[str, _Tally]) -> None:
    for key, tally in other.items():
        mine = into.get(key)
        if mine is None:
            into[key] = _Tally(tally.documents, tally.mentions, Counter(tally.labels))
        else:
            mine.merge(tally)


def _timeline_order(item: tuple[FactKey, _Statement]) -> tuple:
    """Calendar dates first, in time order; then the rest; ties by the key itself."""
    key, _ = item
    date = key[4]
    return (0, date, key[:4]) if is_calendar(date) else (1, date or "", key[:4])


def _different_documents(a: _Statement, b: _Statement) -> bool:
    """Whether two statements come from different documents (exact: see the README)."""
    return a.documents > 1 or b.documents > 1 or a.sources != b.sources


def _dates_conflict(a: str | None, b: str | None) -> bool:
    """Two calendar values that cannot both hold (``1996`` and ``1996-05`` can)."""
    if not (is_calendar(a) and is_calendar(b)):
        return False
    return not (a.startswith(b) or b.startswith(a))


def _disputed(items: list[tuple[FactKey, _Statement]]) -> list[str]:
    """What differs between documents among the statements of one (party, action, object)."""
    about = set()
    for i, (key_a, a) in enumerate(items):
        for key_b, b in items[i + 1:]:
            if not _different_documents(a, b):
                continue
            if key_a[3] != key_b[3]:
                about.add("status")
            if _dates_conflict(key_a[4], key_b[4]):
                about.add("date")
            if len(about) == 2:
                break
    return sorted(about, key=("status", "date").index)


def _sentence(text: str | None, fact: Fact) -> str:
    if text is None:
        return ""
    start, end = fact.sentence
    sentence = " ".join(text[start:end].split())
    if len(sentence) > MAX_SENTENCE_CHARS:
        sentence = sentence[:MAX_SENTENCE_CHARS - 1] + "…"
    return sentence


def summarise(documents: Iterable[Document]) -> Summary:
    """The summary of ``documents`` (each must carry its ``text`` for words and evidence)."""
    summary = Summary()
    for document in documents:
        summary.add(document)
    return summary
