"""Treaties: every named international instrument in a document, linked to its canonical record.

Three kinds of candidate spans come from the span ruler ``factpull_treaties`` (patterns from
:func:`patterns`, stored under ``doc.spans["factpull_treaties"]``), plus spaCy's LAW entities:

* ``TREATY`` / ``TREATY_EXACT`` / ``TREATY_WEAK`` / ``TREATY_AREA`` -- a name, short name,
  alias or acronym from the gazetteer (``data/treaties.jsonl``); the span id is the record id.
* ``TREATY_SHAPE`` -- a treaty-shaped name from ``data/treaty_patterns.jsonl``: ``strong``
  shapes ("Treaty of X", "Convention on Y", "Protocol to Z") are names by themselves;
  ``modifier`` shapes ("X Treaty") need the model's confirmation that X is a place, or a LAW
  entity. Unknown names are reported with ``known=False``.
* ``TREATY_REF`` -- a back-reference ("the convention", "its additional protocols"), linked to
  the most recent compatible named instrument, unless two candidates compete nearby.

Gazetteer schema (one JSON object a line; optional keys may be absent):

``id``        stable slug: ``cets-<n>`` for Council of Europe treaties, else a name slug
``name``      canonical official English title (the conventional name where none is usable)
``kind``      treaty, convention, protocol, covenant, charter, pact, agreement, accord,
              statute, memorandum or amendment
``year``      year adopted or signed (optional when not certain)
``cets``      Council of Europe (E)TS number (optional)
``untc``      UN Treaty Collection chapter reference, e.g. ``"IV-9"`` (optional)
``wikidata``  Wikidata QID (optional; only where certain)
``aliases``   other names, matched ignoring case (the ``name`` is one implicitly)
``cased``     names matched only as written ("Chicago Convention", not a convention in Chicago)
``acronyms``  acronyms, matched only as written ("NPT", "ECHR")
``weak``      ambiguous acronyms ("CAT", "INF"), matched as written, and generic
              descriptions ("anti-torture convention"), matched ignoring case; kept only when
              the same document also names the instrument another way
``area``      names of the area or body the instrument sets up ("AfCFTA"), matched as written
              and kept only as the object of signing or ratifying ("ratified the AfCFTA")
"""

from __future__ import annotations

import copy
import dataclasses
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple

from factpull import ruler
from factpull.layout import NO_FACTS, Layout, Zone, analyse
from factpull.parse import doc_ents, doc_text, entity_bounds
from factpull.records import TreatyMention
from factpull.resources import read_jsonl
from factpull.vocab import (
    CONCLUDING_VERBS,
    DESCRIPTION_HEADS,
    FULL_MONTHS,
    FULL_WEEKDAYS,
    INSTRUMENT_WORDS,
    PARTY_LINKS,
    PRIVATE_DEAL_WORDS,
    STATE_NAMES,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

SPANS_KEY = "factpull_treaties"
GAZETTEER_FILE = "treaties.jsonl"
PATTERNS_FILE = "treaty_patterns.jsonl"

_NAME_LABELS = frozenset({"TREATY", "TREATY_EXACT", "TREATY_WEAK", "TREATY_AREA"})
#: Verbs whose object is an instrument, whatever its name also denotes.
_TREATY_VERBS = re.compile(
    r"^(?:sign|ratif|accede|accession|adopt|signator)", re.IGNORECASE
)
_SHAPE = "TREATY_SHAPE"
_REF = "TREATY_REF"
#: Words in front of a shape that are not part of the name.
_LEADING = frozenset(
    "the a an this that these those its their his her our new revised draft proposed current"
    " landmark historic so-called".split()
)
_INDEFINITE = frozenset("a an no any another every each some".split())
#: A name followed by one of these is part of an organisation's or a court's name.
_ORG_FOLLOWERS = frozenset(
    "organization organisation organizations organisations court secretariat".split()
)
#: Words that make a treaty-shaped name something else (a party convention, a standard, ...).
_NEAR_MISS_WORDS = frozenset(
    "democratic republican national party labour labor conservative liberal green comic fan fans"
    " annual constitutional internet transmission league club players collective bargaining"
    .split()
)
#: Full weekday and month names, except "may" (a modal: "the treaty may ...").
_WEEKDAYS_MONTHS = re.compile(
    r"^(?:" + "|".join(name for name in (*FULL_WEEKDAYS, *FULL_MONTHS) if name != "may") + r")$",
    re.IGNORECASE,
)
_INSTRUMENT_WORDS = INSTRUMENT_WORDS
#: Words a mention's surface can be headed by, for back-references ("the deal").
_HEAD_WORDS = INSTRUMENT_WORDS | DESCRIPTION_HEADS
#: LAW entities naming these are domestic law, not treaties.
_DOMESTIC_WORDS = frozenset(
    "constitution act bill amendment directive resolution plan code law chapter regulation".split()
)
#: After a back-reference word, these make it part of another noun ("the convention centre").
_COMPOUND_HEADS = _ORG_FOLLOWERS | frozenset(
    "centre center centres centers hall floor delegate delegates speech goers organizers"
    " organisers crowd venue stage attendees".split()
)
_MODIFIER_ENTS = frozenset({"GPE", "LOC"})
#: Instrument kinds that can have additional or optional protocols.
_PROTOCOL_PARENTS = frozenset({"convention", "covenant", "treaty", "charter"})
_PROTOCOL_SHAPE = re.compile(r"(?:(?:Additional|Optional|Second|Third)\s+)*Protocol\b")
#: "the Protocol to X and the Convention on Y": two names, not one.
_TWO_NAMES = re.compile(
    r"\b(?:and|or)\s+(?:the\s+)?(?:\S+\s+){0,3}?"
    r"(?:Treaty|Treaties|Convention|Protocol|Agreement|Covenant|Charter|Statute)\b"
)
#: Kinds a back-reference "the treaty" can mean: news calls any binding instrument that.
_BINDING = frozenset(
    "treaty treaties convention conventions protocol covenant statute charter".split()
)
#: Near-synonyms in back-references: "the accord" or "the pact" for an agreement.
_DEAL_WORDS = frozenset({"agreement", "accord", "accords", "pact", "memorandum"})
#: The head word of a back-reference -> the kinds and head words of the instruments it can
#: mean. The reference patterns (``scripts/generate_rules.py``) are built from its keys, and
#: :func:`_compatible` reads it.
REFERENCE_KINDS: Mapping[str, frozenset[str]] = MappingProxyType({
    "convention": frozenset({"convention"}),
    "treaty": _BINDING,
    "pact": _DEAL_WORDS,
    "accord": _DEAL_WORDS,
    "protocol": frozenset({"protocol"}),
    "covenant": frozenset({"covenant"}),
    "charter": frozenset({"charter"}),
    "agreement": _DEAL_WORDS,
    "statute": frozenset({"statute"}),
    # "its additional protocols": those of a convention (or a covenant, treaty, charter)
    "protocols": _PROTOCOL_PARENTS,
})
#: Back-references headed by a description's head word that is not an instrument word
#: (:data:`factpull.vocab.DESCRIPTION_HEADS`), read like :data:`REFERENCE_KINDS`.
DESCRIPTION_REFERENCE_KINDS: Mapping[str, frozenset[str]] = MappingProxyType({
    # "the deal": only an instrument the same text calls a deal ("the Iran nuclear deal")
    "deal": frozenset({"deal"}),
    "memorandum": frozenset({"memorandum"}),
})
#: How far back (characters) a second compatible instrument makes a back-reference ambiguous.
_AMBIGUITY_WINDOW = 400


_LIST_KEYS = ("aliases", "cased", "acronyms", "weak", "area", "parties", "topics")


@dataclass(frozen=True, slots=True)
class Record:
    """One instrument of the gazetteer."""

    id: str
    name: str
    kind: str
    year: int | None = None
    cets: int | None = None
    untc: str | None = None
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    cased: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()
    area: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Record:
        lists = {key: tuple(data.get(key, ())) for key in _LIST_KEYS}
        scalars = {key: data.get(key) for key in ("year", "cets", "untc", "wikidata")}
        return cls(id=data["id"], name=data["name"], kind=data["kind"], **scalars, **lists)


@dataclass(frozen=True, slots=True)
class _Named:
    """A named mention chosen for output, before it becomes a :class:`TreatyMention`."""

    start: int
    end: int
    name: str
    record: Record | None
    head_words: frozenset[str]
    #: States the text names as its parties, and the words that say what it is about
    #: (descriptions only: "the maritime border agreement between Turkey and Libya").
    parties: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()


# ---------------------------------------------------------------- gazetteer and patterns


@cache
def gazetteer() -> Mapping[str, Record]:
    """The packaged gazetteer, by record id (read once)."""
    records = (Record.from_json(item) for item in read_jsonl(GAZETTEER_FILE))
    return MappingProxyType({record.id: record for record in records})


def patterns(tokenizer: Any = None) -> list[dict[str, Any]]:
    """All span-ruler patterns: gazetteer names and the generic shapes.

    ``tokenizer`` splits the names matched as written into tokens: the pipeline's own
    (:func:`factpull.pipeline.add_rulers` passes it), else a blank English pipeline's.

    A deep copy: changing a returned pattern (its token list, a token's ``IN`` list) never
    changes the cached patterns the next call returns.
    """
    return copy.deepcopy(list(_patterns(tokenizer)))


#: How the span ruler compares phrase patterns (gazetteer names): ignoring case.
PHRASE_MATCHER_ATTR = "LOWER"
_BODY = "TREATY_BODY"
_BRACKET = "TREATY_BRACKET"


@cache
def _patterns(tokenizer: Any = None) -> tuple[dict[str, Any], ...]:
    split = tokenizer if tokenizer is not None else _tokenizer()
    # Names matched ignoring case are phrase patterns (hashed, fast whatever their number);
    # names matched only as written are token patterns on ORTH.
    found: list[dict[str, Any]] = []
    for record in gazetteer().values():
        for alias in (record.name, *record.aliases):
            for variant in _variants(alias):
                found.append({"label": "TREATY", "id": record.id, "pattern": variant})
                words = variant.split()
                if len(words) > 2 and words[-1].lower() in _INSTRUMENT_WORDS:
                    # "African Continental Free Trade Area (AfCFTA) agreement": the name's
                    # body, joined to a bracketed acronym and head word by _join_bracketed.
                    body = " ".join(words[:-1])
                    found.append({"label": _BODY, "id": record.id, "pattern": body})
        for form in record.weak:
            if any(c.islower() for c in form):  # a description, matched ignoring case
                for variant in _variants(form):
                    found.append({"label": "TREATY_WEAK", "id": record.id, "pattern": variant})
        exact = (
            [("TREATY_EXACT", form) for form in (*record.cased, *record.acronyms)]
            + [("TREATY_WEAK", form) for form in record.weak if not any(c.islower() for c in form)]
            + [("TREATY_AREA", form) for form in record.area]
        )
        for label, form in exact:
            for variant in _variants(form):
                found.append({
                    "label": label,
                    "id": record.id,
                    "pattern": [{"ORTH": token.text} for token in split(variant)],
                })
    found.append({
        "label": _BRACKET,
        "pattern": [{"ORTH": "("}, {"TEXT": {"REGEX": r"^[A-Z][A-Za-z.]*[A-Z]"}}, {"ORTH": ")"},
                    {"LOWER": {"IN": sorted(_INSTRUMENT_WORDS)}}],
    })
    found.extend(read_jsonl(PATTERNS_FILE))
    return tuple(found)


@cache
def _tokenizer() -> Any:
    import spacy

    return spacy.blank("en").tokenizer


def _join_bracketed(doc: Doc, spans: list[Span]) -> list[Span]:
    """Join a name's body to a following "(ACRONYM) head" into one TREATY span."""
    from spacy.tokens import Span as SpanType

    brackets = {span.start: span for span in spans if span.label_ == _BRACKET}
    joined = [
        SpanType(doc, body.start, brackets[body.end].end, label="TREATY", span_id=body.id_)
        for body in spans
        if body.label_ == _BODY and body.end in brackets
    ]
    return [span for span in spans if span.label_ not in (_BODY, _BRACKET)] + joined


def _variants(form: str) -> set[str]:
    """``form`` with hyphen/en dash and straight/curly apostrophe variants."""
    variants = {form}
    if "-" in form or "–" in form:
        variants |= {form.replace("–", "-"), form.replace("-", "–")}
    if "'" in form or "’" in form:
        variants |= {v.replace("'", "’") for v in variants} | {
            v.replace("’", "'") for v in variants
        }
    return variants


# ---------------------------------------------------------------- extraction


def rule_spans(doc: Doc) -> Any:
    """The treaty ruler's spans of ``doc`` (:func:`factpull.ruler.rule_spans`)."""
    return ruler.rule_spans(doc, SPANS_KEY)


def extract(doc: Doc, *, layout: Layout | None = None) -> Iterator[TreatyMention]:
    """Yield the treaty mentions of ``doc`` in text order (named ones and back-references).

    ``doc`` must come from a pipeline with factpull's rulers (:func:`rule_spans`);
    ``layout`` defaults to :func:`factpull.layout.analyse` of its text.
    """
    layout = analyse(doc.text) if layout is None else layout
    spans = _join_bracketed(doc, list(rule_spans(doc)))
    named = _select_named(doc, spans, layout)
    found = _Descriptions()
    for span in sorted(spans, key=lambda span: span.start):
        if span.label_ == _HEAD and layout.zone_at(span.start_char) not in NO_FACTS:
            _add_description(doc, span.start, named, found)
    refs = _references(doc, spans, named, layout, found)
    mentions = [_mention(doc, item, reference=False) for item in named]
    mentions += [_mention(doc, item, reference=ref) for item, ref in found.shown]
    mentions += [_mention(doc, item, reference=True) for item in refs]
    yield from sorted(mentions, key=lambda mention: mention.start)


def name_extent(mention: TreatyMention) -> tuple[int, int]:
    """The characters of ``mention`` that name the instrument itself: a description's list of
    parties ("maritime border agreement *between Turkey and Libya*") names states, which stay
    entities of their own."""
    if mention.text[:1].islower():
        links = "|".join(sorted(PARTY_LINKS))
        link = re.search(rf"\s(?:{links})\s", mention.text)
        if link is not None:
            return mention.start, mention.start + link.start()
    return mention.start, mention.end


def _mention(doc: Doc, item: _Named, *, reference: bool) -> TreatyMention:
    record = item.record
    return TreatyMention(
        text=doc_text(doc)[item.start:item.end],
        start=item.start,
        end=item.end,
        name=record.name if record else item.name,
        id=record.id if record else None,
        wikidata=record.wikidata if record else None,
        year=record.year if record else None,
        known=record is not None,
        reference=reference,
    )


def _select_named(doc: Doc, spans: list[Span], layout: Layout) -> list[_Named]:
    """Accepted named candidates without overlaps: gazetteer names first, longest first.

    An unknown "Protocol to/on ..." shape competes with the gazetteer on length: "Additional
    Protocol to the Convention on X" is a protocol, not the convention it contains.
    """
    records = gazetteer()
    strong_ids = {span.id_ for span in spans if span.label_ in ("TREATY", "TREATY_EXACT")}
    candidates: list[tuple[_Named, int]] = []
    for span in spans:
        candidate = _candidate(span, records, strong_ids, layout)
        if candidate is None:
            continue
        named = candidate.record is not None or _is_protocol_shape(candidate)
        candidates.append((candidate, _NAME_TIER if named else _SHAPE_TIER))
    for ent in doc_ents(doc):
        candidate = _law_candidate(ent, layout)
        if candidate is not None:
            candidates.append((candidate, _LAW_TIER))
    chosen: list[_Named] = []
    for candidate, _tier in sorted(candidates, key=lambda item: _rank(*item)):
        if not any(_overlaps(candidate, other) for other in chosen):
            chosen.append(candidate)
    return sorted(chosen, key=lambda item: item.start)


#: Tiers of :class:`_Rank`: gazetteer names (and unknown protocols, which compete with them),
#: other treaty shapes, then the model's LAW entities.
_NAME_TIER, _SHAPE_TIER, _LAW_TIER = 0, 1, 2


class _Rank(NamedTuple):
    """The order :func:`_select_named` takes candidates in (smallest first)."""

    tier: int  #: _NAME_TIER, _SHAPE_TIER or _LAW_TIER
    minus_length: int  #: longest first
    unknown: bool  #: a known name before an unknown one of the same tier and length
    start: int  #: then text order


def _rank(candidate: _Named, tier: int) -> _Rank:
    return _Rank(tier, -_length(candidate), candidate.record is None, candidate.start)


def _length(item: _Named) -> int:
    return item.end - item.start


def _is_protocol_shape(item: _Named) -> bool:
    return _PROTOCOL_SHAPE.match(item.name) is not None


def _candidate(
    span: Span, records: Mapping[str, Record], strong_ids: set[str], layout: Layout
) -> _Named | None:
    if span.label_ in _NAME_LABELS:
        record = records.get(span.id_)
        if record is None or not _allowed(span, layout):
            return None
        if span.label_ == "TREATY_WEAK" and span.id_ not in strong_ids:
            return None
        if span.label_ == "TREATY_AREA" and not _object_of_treaty_verb(span):
            return None
        if _determiner(span) in _INDEFINITE and not span[-1].text[:1].isupper():
            return None  # "a Brexit deal", "a nuclear nonproliferation treaty with Iran"
        return _named(span, record)
    if span.label_ == _SHAPE:
        return _shape_candidate(span, layout)
    return None


def _object_of_treaty_verb(span: Span) -> bool:
    """"signed onto the AfCFTA", "ratification of the AfCFTA": the instrument is meant."""
    words = [token.text for token in span.doc[max(span.start - 4, 0):span.start]]
    words = [word for word in words if word.lower() not in ("the", "onto", "on", "to", "of")]
    return bool(words) and bool(_TREATY_VERBS.match(words[-1]))


def _named(span: Span, record: Record | None) -> _Named:
    heads = frozenset(token.lower_ for token in span if token.lower_ in _HEAD_WORDS)
    text = re.sub(r"\s+", " ", span.text)
    return _Named(span.start_char, span.end_char, text, record, heads)


def _allowed(span: Span, layout: Layout) -> bool:
    """Not page furniture, not part of an organisation's name."""
    if layout.zone_at(span.start_char) in NO_FACTS:
        return False
    following = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    return following not in _ORG_FOLLOWERS


#: Why a name-shaped span (a treaty shape, a LAW entity), leading words trimmed, is not an
#: unknown instrument's name; both :func:`_shape_candidate` and :func:`_law_candidate` apply
#: every one of these before their own checks.
_REJECTIONS: tuple[tuple[str, Callable[[Span, Layout], bool]], ...] = (
    ("page furniture, or part of an organisation's name",
     lambda span, layout: not _allowed(span, layout)),
    ("indefinite: 'a new Treaty'", lambda span, layout: _determiner(span) in _INDEFINITE),
    ("a party convention, a weekday, ...", lambda span, layout: _has_near_miss_word(span)),
    ("part of another name: 'the Treaty Oak'", lambda span, layout: _followed_by_name(span)),
)


def _unknown_name(span: Span, layout: Layout) -> Span | None:
    """``span`` without its leading words, unless too short or rejected by ``_REJECTIONS``."""
    trimmed = _trim_leading(span)
    if trimmed is None or len(trimmed) < 2:
        return None
    if any(rejects(trimmed, layout) for _reason, rejects in _REJECTIONS):
        return None
    return trimmed


def _shape_candidate(span: Span, layout: Layout) -> _Named | None:
    """A treaty-shaped name the gazetteer does not know, if it is one."""
    name = _unknown_name(span, layout)
    if name is None:
        return None
    if layout.zone_at(name.start_char) == Zone.HEADLINE:
        return None  # title case everywhere: a shape says nothing
    if _TWO_NAMES.search(name.text):
        return None
    # the shape's kind is on the ruler's span: the trimmed span is a new one, without an id
    if span.id_ == "modifier" and not _confirmed_modifier(name):
        return None
    return _named(name, None)


def _trim_leading(span: Span) -> Span | None:
    start = span.start
    while start < span.end and (
        span.doc[start].lower_ in _LEADING or span.doc[start].tag_.startswith(("VB", "MD", "IN"))
    ):
        start += 1
    return span.doc[start:span.end] if start < span.end else None


def _followed_by_name(span: Span) -> bool:
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return following is not None and following.is_title and following.is_alpha


def _determiner(span: Span) -> str:
    """The word opening the noun phrase ``span`` ends, past lowercase modifiers ("a new ...")."""
    index = span.start - 1
    while index >= 0 and span.start - index <= 3 and _is_modifier(span.doc[index]):
        index -= 1
    return span.doc[index].lower_ if index >= 0 else ""


def _is_modifier(token) -> bool:
    # Penn tags (the pipeline runs no attribute ruler): adjectives JJ*, common nouns NN/NNS.
    return token.is_lower and (token.tag_.startswith(("JJ", "NN")) or token.text in ("-", "–"))


def _has_near_miss_word(span: Span) -> bool:
    return any(
        token.lower_ in _NEAR_MISS_WORDS or _WEEKDAYS_MONTHS.match(token.text) for token in span
    )


def _confirmed_modifier(span: Span) -> bool:
    """"X Treaty": X must be a place (to the model or the place list), or the model must call
    the span a law."""
    if span[0].ent_type_ in _MODIFIER_ENTS or _is_place(span[:-1].text):
        return True
    return any(token.ent_type_ == "LAW" for token in span)


def _is_place(text: str) -> bool:
    return re.sub(r"\s+", " ", text).casefold() in _places()


@cache
def _places() -> frozenset[str]:
    """Names of countries and cities (``data/places.jsonl``), casefolded."""
    return frozenset(row["name"].casefold() for row in read_jsonl("places.jsonl"))


def _law_candidate(ent: Span, layout: Layout) -> _Named | None:
    """A LAW entity headed by an instrument word and holding a name ("the Ankara Treaty")."""
    if ent.label_ != "LAW":
        return None
    span = _unknown_name(ent, layout)
    if span is None or span[-1].lower_ not in _INSTRUMENT_WORDS:
        return None
    if not span[-1].is_title or not all(token.is_title or token.is_punct for token in span):
        return None
    if any(token.lower_ in _DOMESTIC_WORDS for token in span):
        return None
    return _named(span, None)


def _overlaps(a: _Named, b: _Named) -> bool:
    return a.start < b.end and b.start < a.end


# ---------------------------------------------------------------- back-references


def _references(
    doc: Doc, spans: list[Span], named: list[_Named], layout: Layout,
    described: _Descriptions | None = None,
) -> list[_Named]:
    """Back-references linked to the most recent compatible named instrument.

    ``described`` adds the descriptions (:func:`_add_description`) as antecedents, and the
    heads of descriptions that say what they are about ("the agreement on X") are no
    back-references.
    """
    described = _Descriptions() if described is None else described
    shown = [item for item, _reference in described.shown]
    antecedents = sorted([*named, *shown, *described.hidden], key=lambda item: item.start)
    found: list[_Named] = []
    for span in sorted(spans, key=lambda span: span.start):
        if span.label_ != _REF or layout.zone_at(span.start_char) in NO_FACTS:
            continue
        if span.end - 1 in described.heads:
            continue
        ref = span[1:]  # without the determiner or possessive
        target = _antecedent(ref, antecedents)
        if target is None or _continues_as_compound(span) or any(
            ref.start_char < item.end and item.start < ref.end_char
            for item in [*named, *shown, *found]
        ):
            continue
        found.append(_Named(ref.start_char, ref.end_char, target.name, target.record,
                            target.head_words))
    return found


def _antecedent(ref: Span, named: list[_Named]) -> _Named | None:
    head = ref[-1].lower_
    if len(ref) > 1 and head != "protocols":
        return None  # "the additional protocol" is an instrument of its own
    before = [item for item in named if item.end <= ref.start_char and _compatible(head, item)]
    if not before:
        return None
    latest = before[-1]
    if not latest.name:
        return None  # the latest instrument is one the text introduces without naming it
    window = ref.start_char - _AMBIGUITY_WINDOW
    rivals = {_identity(item) for item in before if item.end > window}
    return latest if len(rivals) <= 1 else None


def _identity(item: _Named) -> str:
    if item.record:
        return item.record.id
    return item.name.lower() or f"#{item.start}"


def _compatible(head: str, item: _Named) -> bool:
    """Can a back-reference headed by ``head`` mean the instrument ``item`` names?"""
    kind = item.record.kind if item.record else None
    words = set(item.head_words) | (set(item.record.name.lower().split()) if item.record else set())
    if kind:
        words.add(kind)
    kinds = REFERENCE_KINDS.get(head) or DESCRIPTION_REFERENCE_KINDS.get(head, frozenset({head}))
    return bool(words & kinds)


def _continues_as_compound(span: Span) -> bool:
    """"the convention centre", "the treaty organisation": the head is another noun."""
    if span.end >= len(span.doc):
        return False
    return span.doc[span.end].lower_ in _COMPOUND_HEADS or _followed_by_name(span)


# ---------------------------------------------------------------- descriptions

_HEAD = "TREATY_HEAD"
_DEFINITE = frozenset({"the", "this", "that"})
_NEGATING = frozenset("no any every each some another neither either".split())
_TOPIC_PREPOSITIONS = frozenset("on about concerning regarding over".split())
_AUXILIARIES = frozenset("was were is are be been being has have had".split())
#: Adjectives that say nothing about which instrument a description means: neither topics
#: nor, in front, part of its span.
_PLAIN_ADJECTIVES = _LEADING | frozenset(
    "bilateral trilateral multilateral international interim final preliminary formal initial"
    " first second latest earlier previous original signed controversial disputed"
    " much-criticised much-criticized contested existing pending".split()
)
#: At most this many words before a description's head, and in its subject ("on ...").
_MAX_MODIFIERS = 4


@dataclass
class _Descriptions:
    """What :func:`_add_description` found, in text order.

    ``shown``: mentions to report, each with whether it is a back-reference; ``hidden``:
    instruments the text introduces indefinitely ("signed a maritime agreement"), which
    later back-references may mean (with an empty name when unidentified); ``heads``: the
    token indices of every description's head word.
    """

    shown: list[tuple[_Named, bool]] = dataclasses.field(default_factory=list)
    hidden: list[_Named] = dataclasses.field(default_factory=list)
    heads: set[int] = dataclasses.field(default_factory=set)


class _Description(NamedTuple):
    """A noun phrase describing one instrument, read around its head word."""

    start: int  #: character offsets of the span to report
    end: int
    head: str  #: the head word, lowercase
    definite: bool  #: "the ...", "Turkey's ...", not "a ..."
    parties: tuple[str, ...]  #: states named as its parties, canonical, in text order
    topics: tuple[str, ...]  #: what it is about, normalised words, in text order
    label: str  #: modifiers, head and subject as written, for a new name
    complete: bool = True  #: False when the parties go on with something else


def _add_description(doc: Doc, index: int, named: list[_Named], found: _Descriptions) -> None:
    """Read the description headed by ``doc[index]`` and file it in ``found``.

    A description that identifies one instrument of the gazetteer (its parties and topics
    fit one record's, :func:`_gazetteer_match`) is that instrument; one that fits an
    instrument named before it ("the border agreement") refers back to it; one that names
    states as parties but fits nothing known is a new instrument (``known=False``). Only
    definite descriptions are reported; indefinite ones ("a maritime agreement", "an
    agreement") are kept as antecedents for later back-references.
    """
    head = doc[index]
    if any(item.start <= head.idx < item.end for item in named):
        return  # part of a name ("Turkish-Libyan maritime border agreement")
    description = _describe(doc, index)
    if description is None:
        return
    if description.parties or description.topics:
        found.heads.add(index)
    start, end = description.start, description.end
    shown = [item for item, _reference in found.shown]
    if any(item.start < end and start < item.end for item in [*named, *shown]):
        return
    heads = frozenset({description.head})
    parties, topics = frozenset(description.parties), frozenset(description.topics)
    record = _gazetteer_match(description, _sentence_states(head))
    if record is not None:
        item = _Named(start, end, record.name, record, heads, parties, topics)
        reference = False
    else:
        earlier = sorted([*named, *shown, *found.hidden], key=lambda item: item.start)
        target = _described_antecedent(description, earlier)
        if target is not None:
            item = _Named(start, end, target.name, target.record, heads | target.head_words,
                          parties | target.parties, topics | target.topics)
            reference = True
        elif description.parties and description.complete and (
            description.topics or len(description.parties) > 1
        ):
            # a new instrument: "the fisheries agreement between Norway and Iceland", not
            # just "the agreement with Iran"
            item = _Named(start, end, _new_name(description), None, heads, parties, topics)
            reference = False
        elif not description.definite:
            # "signed an agreement to build a pipeline": a new, unnamed instrument, which
            # "the agreement" after it means
            item = _Named(start, end, "", None, heads)
            reference = False
        else:
            return
    if description.definite and item.name:
        found.shown.append((item, reference))
    else:
        found.hidden.append(item)


def _describe(doc: Doc, index: int) -> _Description | None:
    """The description around the head word ``doc[index]``, or None if it is not one."""
    head = doc[index]
    if not head.is_lower or head.tag_ not in ("NN", "NNP"):
        return None
    # words before the head: lowercase modifiers, dates left out, up to a determiner
    first = index
    left = index - 1
    while left >= 0 and index - left <= _MAX_MODIFIERS + 2:
        token = doc[left]
        if token.ent_type_ == "DATE" and token.lower_ not in _DEFINITE | {"a", "an"}:
            left -= 1
        elif token.is_lower and token.is_alpha and (
            token.tag_.startswith(("JJ", "NN", "VBN"))
            or (token.tag_ == "VBG" and left > 0 and doc[left - 1].text in ("-", "–"))
        ):  # "maritime border", "water-sharing"
            first = left
            left -= 1
        elif token.text in ("-", "–") and left > 0 and doc[left - 1].is_lower:
            left -= 1
        else:
            break
    if left < 0:
        return None
    determiner = doc[left]
    parties: list[str] = []
    if determiner.lower_ in _DEFINITE or determiner.tag_ == "PRP$":
        definite = True
    elif determiner.tag_ == "POS":  # "Turkey's maritime deal with Libya"
        definite = True
        possessor = _party_ending_at(doc, left)
        if possessor is not None:
            parties.append(possessor)
    elif determiner.lower_ in ("a", "an"):
        definite = False
    elif determiner.lower_ in _NEGATING:
        return None  # "no treaty between the US and Russia", "any deal"
    elif not determiner.is_lower:
        return None  # "the EU-Turkey migration deal": a name the rules above did not know
    else:
        definite = False  # a bare noun phrase: an antecedent at most
    modifiers = [doc[i] for i in range(first, index) if doc[i].is_alpha]
    while modifiers and modifiers[0].lower_ in _PLAIN_ADJECTIVES:
        modifiers.pop(0)
    start = modifiers[0].idx if modifiers else head.idx
    # words after the head: "of understanding", a subject, a participle, the parties
    right = index + 1
    if head.lower_ == "memorandum" and [t.lower_ for t in doc[right:right + 2]] == [
        "of", "understanding",
    ]:
        right += 2
    label_end = doc[right - 1].idx + len(doc[right - 1])
    subject: list[str] = []
    if right < len(doc) and doc[right].lower_ in _TOPIC_PREPOSITIONS:
        after = right + 1
        if after < len(doc) and doc[after].lower_ == "the":
            after += 1
        words = []
        while after < len(doc) and len(words) < _MAX_MODIFIERS and doc[after].is_lower and (
            doc[after].is_alpha or doc[after].text in ("-", "–")
        ) and doc[after].tag_.startswith(("JJ", "NN", "VBG", "HYPH")):
            words.append(doc[after])
            after += 1
        if words:
            subject = [token.lower_ for token in words if token.is_alpha]
            label_end = words[-1].idx + len(words[-1])
            right = after
    end = label_end
    link = right
    while link < len(doc) and doc[link].lower_ in _AUXILIARIES:
        link += 1
    verb = link < len(doc) and doc[link].lower_ in CONCLUDING_VERBS
    link += verb
    complete = True
    if link < len(doc) and doc[link].lower_ in PARTY_LINKS:
        listed, party_end, complete = _party_list(doc, link + 1)
        if listed:
            if doc[link].lower_ == "with" and not parties:
                # "Greece signed a defence pact with France": the state before it is a party
                signer = _state_before(doc, left)
                if signer is not None:
                    parties.append(signer)
            parties += [party for party in listed if party not in parties]
            # the parties are part of the description, unless a verb ("signed between")
            # stands between (a fact about it, not its name) or the list goes on with
            # something else ("between Iran and world powers")
            end = party_end if complete and not verb else label_end
    topics = [_normal(token.text) for token in modifiers if token.lower_ not in _PLAIN_ADJECTIVES]
    topics += [_normal(word) for word in subject if word not in _PLAIN_ADJECTIVES]
    if any(topic in PRIVATE_DEAL_WORDS or topic in _NEAR_MISS_WORDS for topic in topics):
        return None  # "the transfer agreement", "the collective bargaining agreement"
    label = doc_text(doc)[start:label_end]
    if subject:
        label = re.sub(r"\b(?:about|concerning|regarding|over) ", "on ", label, count=1)
    return _Description(start, end, head.lower_, definite, tuple(parties),
                        tuple(dict.fromkeys(topics)), re.sub(r"\s+", " ", label), complete)


def _sentence_states(token: Any) -> frozenset[str]:
    """The states named by place entities in ``token``'s sentence (the pipeline has no
    parser: the sentence runs to the nearest full stop, question or exclamation mark or
    line break on either side)."""
    doc = token.doc
    start = token.i
    while start > 0 and not _ends_sentence(doc[start - 1]):
        start -= 1
    end = token.i
    while end < len(doc) and not _ends_sentence(doc[end]):
        end += 1
    return frozenset(
        state for first, last, label in entity_bounds(doc)
        if start <= first and last <= end and label in ("GPE", "LOC", "ORG")
        for state in [_state(_without_the(doc[first:last].text))]
        if state is not None
    )


def _without_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def _state_before(doc: Doc, index: int) -> str | None:
    """The nearest state named by a place entity before ``doc[index]`` in its sentence."""
    while index > 0 and not _ends_sentence(doc[index - 1]):
        index -= 1
        token = doc[index]
        if token.ent_type_ == "GPE" and token.ent_iob_ == "B":
            end = next(last for first, last, _ in entity_bounds(doc) if first == index)
            state = _state(_without_the(doc[index:end].text))
            if state is not None:
                return state
    return None


def _ends_sentence(token: Any) -> bool:
    return token.text in (".", "!", "?") or "\n" in token.text


def _party_list(doc: Doc, index: int) -> tuple[list[str], int, bool]:
    """States listed from ``doc[index]`` ("Cyprus, Greece and Israel"), where they end, and
    whether the list is complete (not "Iran and world powers")."""
    parties: list[str] = []
    end = 0
    conjoined = False
    while index < len(doc):
        found = _party_at(doc, index)
        if found is None:
            return parties, end, not conjoined
        name, after = found
        parties.append(name)
        end = doc[after - 1].idx + len(doc[after - 1])
        index = after
        conjoined = False
        if index < len(doc) and doc[index].text == ",":
            index += 1
        if index < len(doc) and doc[index].lower_ in ("and", "&"):
            index += 1
            conjoined = True
        elif index < len(doc) and doc[index - 1].text != ",":
            break
    return parties, end, not conjoined


def _party_at(doc: Doc, index: int) -> tuple[str, int] | None:
    """The state named from ``doc[index]`` ("the United States", "Libya") and its end."""
    if doc[index].lower_ == "the":
        index += 1
    for length in (4, 3, 2, 1):
        if index + length > len(doc):
            continue
        name = _state(doc[index:index + length].text)
        if name is None:
            continue
        after = index + length
        if after < len(doc) and (
            (doc[after].is_alpha and doc[after].tag_.startswith("NN")) or doc[after].tag_ == "POS"
        ):
            return None  # "with US telco SBC", "with Italy's broadcaster": not the state
        return name, after
    return None


def _party_ending_at(doc: Doc, end: int) -> str | None:
    for length in (1, 2, 3, 4):
        if end - length < 0:
            break
        name = _state(doc[end - length:end].text)
        if name is not None:
            return name
    return None


def _state(text: str) -> str | None:
    """The canonical name of the state ``text`` names, or None ("us" is not the US)."""
    if text.islower() or not text[:1].isupper():
        return None
    key = re.sub(r"\s+", " ", text).casefold()
    return STATE_NAMES.get(key) or _countries().get(key)


@cache
def _countries() -> Mapping[str, str]:
    """Country names of the place list (``data/places.jsonl``), casefolded -> as written."""
    return MappingProxyType({
        row["name"].casefold(): row["name"]
        for row in read_jsonl("places.jsonl") if row["kind"] == "country"
    })


def _normal(word: str) -> str:
    """A topic word as compared: lowercase, without hyphens ("non-proliferation")."""
    return word.lower().replace("-", "").replace("–", "")


def _new_name(description: _Description) -> str:
    """"Cyprus–Greece–Israel memorandum of understanding on pipeline"-style names."""
    return "–".join(description.parties) + " " + description.label


@cache
def _pool(record: Record) -> frozenset[str]:
    """Every word of a record's names and topics, as :func:`_normal` compares them."""
    words = set()
    for form in (record.name, *record.aliases, *record.cased, *record.topics):
        words.update(_normal(word.strip("(),.'’")) for word in form.split())
    return frozenset(words)


def _gazetteer_match(description: _Description, states: frozenset[str]) -> Record | None:
    """The one record whose parties include the description's and whose words cover its
    topics; for an instrument of more than two parties, the first listed must be named.

    When the description names only some of the record's parties ("the peace treaty with
    Egypt"), no other state may be named in its sentence ("Sudan signed a peace treaty with
    Egypt" is not the Egypt-Israel treaty); ``states`` are the sentence's.
    """
    if not description.parties or not description.topics:
        return None
    parties = set(description.parties)
    matches = [
        record for record in gazetteer().values()
        if record.parties and parties <= set(record.parties)
        and (len(record.parties) <= 2 or record.parties[0] in parties)
        and (parties == set(record.parties) or states <= set(record.parties))
        and set(description.topics) <= _pool(record)
    ]
    return matches[0] if len(matches) == 1 else None


def _described_antecedent(description: _Description, earlier: list[_Named]) -> _Named | None:
    """The instrument named before ``description`` that it fits, unless two compete."""
    if not description.parties and not description.topics:
        return None

    def fits(item: _Named) -> bool:
        if not item.name or item.end > description.start:
            return False
        parties = item.parties | (frozenset(item.record.parties) if item.record else frozenset())
        if description.parties and not set(description.parties) <= parties:
            return False
        words = item.topics | (_pool(item.record) if item.record else frozenset(
            _normal(word) for word in item.name.split()))
        if not set(description.topics) <= words:
            return False
        return description.head in item.head_words or _compatible(description.head, item)

    candidates = [item for item in earlier if fits(item)]
    if not candidates:
        return None
    window = description.start - _AMBIGUITY_WINDOW
    rivals = {_identity(item) for item in candidates if item.end > window}
    latest = candidates[-1]
    return latest if len(rivals) <= 1 else None
