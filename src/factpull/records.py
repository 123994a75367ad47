"""The records factpull returns: small frozen dataclasses with ``to_dict()``.

No spaCy import here: records are plain data that renderers, tests and user code can
build and read without loading a model.

Every item has ``text``, ``start`` and ``end``: Python ``str`` offsets (end exclusive) into
the decoded input text, so ``text == input[start:end]`` always holds.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

#: OntoNotes labels that name things, in the order the CLI lists them; the numeric labels
#: (DATE, TIME, PERCENT, MONEY, QUANTITY, ORDINAL, CARDINAL) are not entities.
ENTITY_LABELS = ("PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT",
                 "WORK_OF_ART", "LAW", "LANGUAGE")


#: An entity's ``confidence``: ``LOW`` where factpull is unsure of its label (decided against
#: the model, the model's votes split, or conflicting evidence), else ``HIGH``.
HIGH = "high"
LOW = "low"


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity (person, organisation, place, group, ...)."""

    text: str
    start: int
    end: int
    label: str
    canonical: str
    confidence: str = HIGH

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the input text: the word or phrase an item points at."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Offsets:
    """Where an earlier mention is: ``[start, end)`` in the input text (JSON ``"start:end"``)."""

    start: int
    end: int

    def __str__(self) -> str:
        return f"{self.start}:{self.end}"


@dataclass(frozen=True, slots=True)
class DateMention:
    """A temporal expression normalised to TIMEX3.

    ``value`` is the TIMEX3 value (``1987``, ``2025-08-25``, ``P2DE``, ``PRESENT_REF``, ...)
    or ``None`` when it cannot be normalised. ``resolved`` is False when the value still
    holds ``X`` placeholders because no reference date was known. ``anchor`` says what a
    relative value was computed from: ``"reference"`` (the document's reference date) or
    the :class:`Offsets` of the earlier mention it was computed from (``"start:end"`` in
    JSON).
    """

    text: str
    start: int
    end: int
    type: str
    value: str | None
    mod: str | None = None
    resolved: bool = True
    anchor: Offsets | str | None = None
    freq: str | None = None
    quant: str | None = None
    #: the word or short phrase (verb or event noun) this date locates in its sentence
    event: Span | None = None
    #: who did the event: the nominal subject of the event verb, when there is one (not in
    #: the JSON output; the table's timeline uses it)
    who: Span | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "value": self.value,
            "resolved": self.resolved,
            "event": None if self.event is None else self.event.to_dict(),
        }
        for key in ("mod", "anchor", "freq", "quant"):
            value = getattr(self, key)
            if value is not None:
                out[key] = str(value) if isinstance(value, Offsets) else value
        return out


@dataclass(frozen=True, slots=True)
class TreatyMention:
    """A treaty, convention, protocol, ... named in the text (or referred back to)."""

    text: str
    start: int
    end: int
    name: str
    id: str | None = None
    wikidata: str | None = None
    year: int | None = None
    known: bool = False
    reference: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Party:
    """Who a fact is about: a mention and its canonical name (a pronoun's antecedent)."""

    text: str
    start: int
    end: int
    canonical: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class FactObject:
    """What a fact is about: a treaty mention or an intergovernmental organisation."""

    kind: str  # "treaty" | "organisation"
    text: str
    start: int
    end: int
    name: str
    id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class FactDate:
    """The date expression of a fact's sentence that says when."""

    text: str
    start: int
    end: int
    value: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


#: closed sets, in the order they are documented
FACT_ACTIONS = ("negotiate", "adopt", "sign", "ratify", "join", "withdraw", "suspend",
                "expel", "violate", "enter_into_force")
FACT_STATUSES = ("done", "planned", "proposed", "possible", "negated", "alleged")


@dataclass(frozen=True, slots=True)
class Fact:
    """One treaty or membership statement: who did what to which instrument, when, how surely.

    ``text``/``start``/``end`` are the trigger ("ratified", "withdrawal", "pull out");
    ``sentence`` is the sentence (or headline line) that says it.
    """

    text: str
    start: int
    end: int
    action: str
    status: str
    party: Party | None
    object: FactObject
    date: FactDate | None
    sentence: tuple[int, int]

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "action": self.action,
            "status": self.status,
            "party": None if self.party is None else self.party.to_dict(),
            "object": self.object.to_dict(),
            "date": None if self.date is None else self.date.to_dict(),
            "sentence": {"start": self.sentence[0], "end": self.sentence[1]},
        }


@dataclass(frozen=True, slots=True)
class Document:
    """Everything factpull found in one input document."""

    source: str
    model: str
    entities: tuple[Entity, ...] = ()
    dates: tuple[DateMention, ...] = ()
    treaties: tuple[TreatyMention, ...] = ()
    facts: tuple[Fact, ...] = ()
    reference_date: str | None = None
    reference_date_source: str | None = None
    text: str | None = field(default=None, repr=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "source": self.source,
            "model": self.model,
            "reference_date": self.reference_date,
            "reference_date_source": self.reference_date_source,
            "entities": [e.to_dict() for e in self.entities],
            "dates": [d.to_dict() for d in self.dates],
            "treaties": [t.to_dict() for t in self.treaties],
            "facts": [f.to_dict() for f in self.facts],
        }
        if self.text is not None:
            out["text"] = self.text
        return out
