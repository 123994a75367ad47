"""Treaty and membership facts: who did what (join, ratify, withdraw, ...) to which treaty or
intergovernmental organisation, when, and how surely (done, planned, proposed, ...).

    extract(nlp, doc, *, entities, dates, treaties, layout) -> Iterator[Fact]

Works on one spaCy ``Doc`` (a piece of an article) with the other extractors' output on it.
A sentence is a candidate when it holds a trigger word from ``data/fact_triggers.jsonl`` and an
object: a treaty mention, an organisation of ``data/organisations.jsonl``, or an instrument
noun of ``data/fact_instruments.jsonl`` ("a trade protocol", "the deal" for the treaty named
before it). Only candidate sentences are parsed (:func:`factpull.parse.parse_span`); from the
parse come the object (the trigger's argument), the party (subject, passive agent, possessor,
"of"/"by" after a noun trigger, the one asked or accused in "asked X to", "accused X of"; a
pronoun resolved to the subject that governs it or to the nearest earlier name; one fact per
coordinated party), the status (cue words of ``data/fact_status.jsonl`` on the words that
govern the trigger and on their auxiliaries and negations) and the date (the one the events
extractor attached to the trigger's clause). Without a parser, text windows stand in.
Lines in no-fact zones (furniture, credits) yield nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from factpull.layout import NO_FACTS, Layout
from factpull.parse import (
    doc_text,
    has_parser,
    overlapping,
    parse_span,
    parse_spans,
    sentences,
)
from factpull.places import place_kind
from factpull.records import (
    DateMention,
    Entity,
    Fact,
    FactDate,
    FactObject,
    Party,
    TreatyMention,
)
from factpull.resources import read_jsonl
from factpull.timex import NUMBER_WORDS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

PARTY_LABELS = frozenset({"GPE", "ORG", "NORP", "PERSON"})
PRONOUNS = re.compile(r"\b(it|they|he|she|its|their)\b", re.IGNORECASE)
STATUS_ORDER = ("negated", "alleged", "proposed", "possible", "planned")
#: how many words before a trigger its clause's cues are looked for in
CUE_WINDOW = 8
_CLAUSE_BREAK = re.compile(
    r"[;:]|,\s+(?:but|and|while|which|who|after|before)\b"
    r"|\b(?:but|after|before|since|when|because)\b"
)


_NAME = re.compile(r"((?:[A-Z][\w'-]*\s+(?:of\s+)?)*[A-Z][\w'-]*(?:\s+member\s+states)?)")


_MEMBERS = re.compile(r"\s+(?:member\s+(?:states|countries|nations)|members|leaders)\b")


@dataclass(frozen=True, slots=True)
class _Trigger:
    start: int
    end: int
    action: str
    form: str


@cache
def _trigger_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    form_action: dict[str, str] = {}
    for row in read_jsonl("fact_triggers.jsonl"):
        for form in row["forms"]:
            form_action[form.lower()] = row["action"]
    alternatives = sorted(form_action, key=len, reverse=True)
    escaped = (re.escape(f).replace(r"\ ", r"\s+") for f in alternatives)
    pattern = r"\b(?:" + "|".join(escaped) + r")\b"
    return re.compile(pattern, re.IGNORECASE), form_action


@cache
def _status_cues() -> dict[str, str]:
    cues: dict[str, str] = {}
    for row in read_jsonl("fact_status.jsonl"):
        for cue in row.get("cues", ()):
            cues.setdefault(cue.lower(), row["status"])
    return cues


@cache
def organisations() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, canonical name) for each organisation name, alias and acronym."""
    return tuple((pattern, name) for pattern, name, _ in _organisation_patterns())


@cache
def _organisation_patterns() -> tuple[tuple[re.Pattern[str], str, str | None], ...]:
    """:func:`organisations` with each name's lower case, the substring an ASCII sentence
    must hold for the pattern to match (None for a name that is not ASCII: its pattern is
    always tried)."""
    out = []
    for row in read_jsonl("organisations.jsonl"):
        for name in [row["name"], *row["aliases"]]:
            flags = 0 if (name.isupper() or len(name) <= 4 or name[0].islower()) else re.IGNORECASE
            if name.startswith("the "):
                flags = re.IGNORECASE
            regex = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", flags)
            out.append((regex, row["name"], name.lower() if name.isascii() else None))
    return tuple(out)


@cache
def _any_organisation() -> re.Pattern[str]:
    """Any of :func:`organisations`, in any case: a sentence it does not match holds none."""
    names = sorted({name for row in read_jsonl("organisations.jsonl")
                    for name in [row["name"], *row["aliases"]]}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])",
                      re.IGNORECASE)


def _objects(
    text: str, start: int, end: int, treaties: Sequence[TreatyMention],
) -> list[FactObject]:
    found: list[FactObject] = [
        FactObject("treaty", t.text, t.start, t.end, t.name, t.id)
        for t in treaties if t.start >= start and t.end <= end
    ]
    taken = [(o.start, o.end) for o in found]
    sentence = text[start:end]
    if not _any_organisation().search(sentence):
        return sorted(found, key=lambda o: o.start)
    # In ASCII text an ASCII name matches only where its lower case is a substring of the
    # sentence's: a test much cheaper than the name's regular expression.
    lowered = sentence.lower() if sentence.isascii() else None
    for pattern, name, needle in _organisation_patterns():
        if lowered is not None and needle is not None and needle not in lowered:
            continue
        for match in pattern.finditer(sentence):
            s, e = start + match.start(), start + match.end()
            if any(s < te and ts < e for ts, te in taken):
                continue
            found.append(FactObject("organisation", text[s:e], s, e, name))
            taken.append((s, e))
    return sorted(found, key=lambda o: o.start)


#: which object kinds each action takes
_KINDS = {
    "negotiate": ("treaty",), "adopt": ("treaty",), "sign": ("treaty",), "ratify": ("treaty",),
    "violate": ("treaty",), "enter_into_force": ("treaty",), "expel": ("organisation",),
}
_BACK_LINK = re.compile(r"^\s*(?:,\s*)?(?:which|that|has|have|had|was|were|is|are|been|be|"
                        r"will|would|"
                        r"to|and|not|n't|never|also|already|formally|officially|itself|"
                        r"\(.{0,40}?\)|[\w.-]+\s+(?:has|have|had|was|were|is|will|would))?\s*"
                        r"(?:(?:has|have|had|was|were|is|are|been|be|will|not|also|formally|already)\s+)*$")


def _pick_object(text: str, trigger: _Trigger, objects: Sequence[FactObject]) -> FactObject | None:
    """The object a trigger takes: the nearest fitting one after it, else just before it."""
    kinds = _KINDS.get(trigger.action, ("treaty", "organisation"))
    fitting = [o for o in objects if o.kind in kinds]
    following = [o for o in fitting if o.start >= trigger.end and o.start - trigger.end <= 60]
    if following:
        return following[0]
    later_any = [o for o in fitting if o.start >= trigger.end]
    if not later_any and re.match(r"\s+(?:of|from|on|with)\b", text[trigger.end:]):
        return None  # "its rejection of European oversight": the trigger takes something else
    preceding = [o for o in fitting if o.end <= trigger.start]
    if preceding:
        last = preceding[-1]
        gap = text[last.end:trigger.start]
        if _BACK_LINK.match(gap) or len(gap) <= 12 or (len(gap) <= 100 and not later_any):
            return last
    later = [o for o in fitting if o.start >= trigger.end]
    if later and not re.search(r"[,;]", text[trigger.end:later[0].start]):
        return later[0]
    return None


def _masked(text: str, start: int, end: int, masks: Sequence[tuple[int, int]]) -> str:
    chars = list(text[start:end])
    for s, e in masks:
        for i in range(max(s, start), min(e, end)):
            chars[i - start] = " "
    return "".join(chars)


def _status(
    text: str, sentence_start: int, trigger: _Trigger, action_form: str,
    masks: Sequence[tuple[int, int]] = (),
) -> str:
    if action_form.lower() in {"rejected", "reject", "rejects", "rejection", "unsigned"}:
        return "negated"
    before = _masked(text, sentence_start, trigger.start, masks)
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end():] if breaks else before
    clause = re.sub(r"\bnot only\b", " ", clause, flags=re.IGNORECASE)
    words = re.findall(r"[\w']+|n't", clause.lower())[-CUE_WINDOW:]
    cues = _status_cues()
    found = {cues[w] for w in words if w in cues}
    for status in STATUS_ORDER:
        if status in found:
            return status
    return "done"


def _party(
    text: str, start: int, end: int, trigger: _Trigger, obj: FactObject,
    entities: Sequence[Entity], previous: Party | None, objects: Sequence[FactObject] = (),
) -> Party | None:
    if trigger.action == "enter_into_force":
        return None
    candidates = [
        e for e in entities
        if e.label in PARTY_LABELS and start <= e.start and e.end <= end
        and not (e.start < obj.end and obj.start < e.end)
    ]
    plain = [e for e in candidates if not any(e.start < o.end and o.start < e.end for o in objects)]
    candidates = plain or candidates
    after = text[trigger.end:end]
    by = re.match(r"\s+by\s+", after)
    if by:
        for e in candidates:
            if e.start >= trigger.end + by.end() - 1 and e.start <= trigger.end + by.end() + 2:
                members = _MEMBERS.match(text, e.end, end)
                if members:  # "adopted by Council of Europe member states"
                    stop = members.end()
                    return Party(text[e.start:stop], e.start, stop,
                                 f"{e.canonical} {' '.join(members.group().split())}")
                return Party(e.text, e.start, e.end, e.canonical)
        # "adopted by Council of Europe member states": an organisation's members
        s = trigger.end + by.end()
        m = _NAME.match(text, s, end)
        if m:
            return Party(m.group(1), m.start(1), m.end(1), m.group(1))
    before = [e for e in candidates if e.end <= trigger.start]
    if before:
        e = before[-1]
        return Party(e.text, e.start, e.end, e.canonical)
    pronoun = None
    for m in PRONOUNS.finditer(text, start, trigger.start):
        pronoun = m
    if pronoun and previous is not None:
        return Party(pronoun.group(), pronoun.start(), pronoun.end(), previous.canonical)
    later = [e for e in candidates if e.start >= trigger.end and e.label != "PERSON"]
    if later and re.match(r"\s*(?:By|After|Before|In|Since|On)\b", text[start:trigger.start]):
        e = later[0]
        return Party(e.text, e.start, e.end, e.canonical)
    return None


def _conjuncts(
    text: str, start: int, party: Party | None, entities: Sequence[Entity],
) -> list[Party | None]:
    """``party`` and the states coordinated with it: "Egypt and Israel signed" gives both."""
    if party is None:
        return [party]
    out: list[Party | None] = [party]
    by_end = {e.end: e for e in entities if e.label in ("GPE", "NORP", "ORG", "PERSON")}
    cursor = party.start
    while True:
        window = text[max(start, cursor - 8):cursor]
        m = re.search(r"(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$", window)
        if not m:
            break
        joint_start = max(start, cursor - 8) + m.start()
        e = by_end.get(joint_start)
        if e is None:
            break
        out.insert(0, Party(e.text, e.start, e.end, e.canonical))
        cursor = e.start
    return out


def _date(
    dates: Sequence[DateMention], start: int, end: int, trigger: _Trigger,
    others: Sequence[_Trigger] = (),
) -> FactDate | None:
    """The date of the trigger's stretch of sentence: between the triggers either side."""
    for other in others:
        if other.end <= trigger.start:
            start = max(start, other.end)
        elif other.start >= trigger.end:
            end = min(end, other.start)
    inside = [d for d in dates if start <= d.start and d.end <= end and d.type in ("DATE", "TIME")]
    if not inside:
        return None
    after = [d for d in inside if d.start >= trigger.end]
    best = after[0] if after else inside[-1]
    return FactDate(best.text, best.start, best.end, best.value)


# -- the dependency parse of a sentence that holds a trigger and an object --------------------

#: dependency relations through which a trigger's clause climbs to the words that govern it
#: ("refused to ratify", "asked X to withdraw", "the decision to abandon", "calls for leaving")
_GOVERNED = frozenset({"xcomp", "ccomp", "pcomp", "prep", "acl", "compound", "dobj", "pobj",
                       "advcl", "csubj", "attr", "conj"})
#: children of a governing word that carry status: auxiliaries, negation, "if", adverbs
_STATUS_CHILDREN = frozenset({"aux", "auxpass", "neg", "mark", "advmod"})
_SUBJECTS = frozenset({"nsubj", "csubj"})
_PRONOUN_TAGS = frozenset({"PRP", "PRP$"})
_PERSON_PRONOUNS = frozenset({"he", "she", "his", "her", "him"})
#: Plural nouns that stand for states named just before: "the two countries", "both sides".
_STATE_GROUPS = frozenset({"countries", "nations", "states", "sides", "governments",
                           "neighbours", "neighbors"})
_FUTURE = frozenset({"will", "would", "'ll", "wo", "shall"})
_CLIMB = 6


@cache
def _instrument_nouns() -> dict[str, str]:
    return {noun: row["strength"] for row in read_jsonl("fact_instruments.jsonl")
            for noun in row["nouns"]}


@cache
def _qualifiers() -> frozenset[str]:
    """What makes a "deal" or an "agreement" one between states ("trade deal", "peace deal")."""
    return frozenset(word for row in read_jsonl("fact_instruments.jsonl")
                     for word in row.get("qualifiers", ()))


@cache
def _reporting() -> frozenset[str]:
    return frozenset(word for row in read_jsonl("fact_status.jsonl")
                     for word in row.get("reporting", ()))


@cache
def _instrument_pattern() -> re.Pattern[str]:
    nouns = sorted(_instrument_nouns(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, nouns)) + r")\b", re.IGNORECASE)


def _governors(token: Token) -> list[Token]:
    """The trigger and the words above it whose clause it belongs to, nearest first."""
    chain = [token]
    for _ in range(_CLIMB):
        if token.dep_ not in _GOVERNED or token.head.i == token.i:
            break
        if token.dep_ == "conj" and token.head.tag_[:2] != token.tag_[:2]:
            break
        token = token.head
        chain.append(token)
    return chain


def _parse_status(trigger: Token, form: str) -> str | None:
    """The status read off the words that govern the trigger (None: nothing found)."""
    if form.lower() in {"rejected", "reject", "rejects", "rejection", "unsigned"}:
        return "negated"
    cues = _status_cues()
    found: set[str] = set()
    chain = _governors(trigger)
    future = False
    reported = False
    for depth, token in enumerate(chain):
        if depth and token.lower_ in cues:
            found.add(cues[token.lower_])
        if depth and token.lower_ in _reporting():
            reported = True
        for child in token.children:
            if child.dep_ not in _STATUS_CHILDREN:
                continue
            lower = child.lower_
            if lower in _FUTURE:
                future = True
                if lower == "would":
                    continue
            if lower in cues:
                found.add(cues[lower])
            if child.dep_ == "neg":
                found.add("negated")
        for child in token.children:  # "if he is elected, he will leave": a condition
            marks = [g for g in child.children if g.dep_ == "mark"]
            if child.dep_ == "advcl" and any(g.lower_ in ("if", "unless") for g in marks) \
                    and not any(g.lower_ == "even" for g in child.children):
                found.add("possible")
        if token.dep_ in ("relcl", "acl") and depth:
            break
    if future and "possible" not in found and "planned" not in found:
        would = any(c.lower_ == "would" for t in chain for c in t.children if c.dep_ == "aux")
        found.add("planned" if (reported or not would) else "possible")
    for status in STATUS_ORDER:
        if status in found:
            return status
    return None


def _token_at(sent: Doc, start: int, end: int) -> Token | None:
    """The syntactic head of the trigger at ``start:end`` (offsets into ``sent``)."""
    span = overlapping(sent, start, end)
    inside = [t for t in span if t.idx >= start] if span is not None else []
    for token in inside:
        heads = token.head.i == token.i or not start <= token.head.idx < end
        if heads and (token.dep_ not in ("aux", "auxpass") or len(inside) == 1):
            return token
    for token in inside:
        if not start <= token.head.idx < end:
            return token.head if token.dep_ in ("aux", "auxpass") else token
    return inside[0] if inside else None


def _entity_for(token: Token, base: int, entities: Sequence[Entity],
                obj: FactObject) -> Entity | None:
    """The party entity that ``token`` heads or holds (not the object)."""
    start, end = base + token.idx, base + token.idx + len(token.text)
    for e in entities:
        if e.start <= start and end <= e.end and not _overlaps(e, obj):
            return e
    skip: set[int] = set()
    for t in token.subtree:
        if t.dep_ in ("relcl", "acl", "appos") and t.i != token.i:
            skip.update(x.i for x in t.subtree)
    for t in token.subtree:
        if t.i in skip:
            continue
        s = base + t.idx
        for e in entities:
            if e.start <= s < e.end and not _overlaps(e, obj):
                return e
    return None


def _overlaps(a, b) -> bool:
    return a.start < b.end and b.start < a.end


def _subject_token(trigger: Token, base: int, obj: FactObject) -> Token | None:
    """Whose act the trigger is, from the parse: subject, passive agent, possessor, the one
    asked to act; up through control verbs, conjoined verbs and governing nouns."""
    for child in trigger.children:  # "Russia was expelled from the Council of Europe"
        if child.dep_ == "nsubjpass" and not obj.start <= base + child.idx < obj.end \
                and child.tag_ not in ("WDT", "WP", "DT"):
            return child
    token = trigger
    for _ in range(_CLIMB):
        for child in token.children:
            if child.dep_ in _SUBJECTS or child.dep_ == "poss":
                if child.lower_ in ("which", "that"):
                    continue
                if child.dep_ == "poss" and token.lower_.startswith("signator"):
                    continue  # "its signatories": the treaty's, not a party's
                if child.lower_ == "who" and token.dep_ == "relcl":
                    return token.head
                return child
            if token.tag_.startswith("NN") and child.dep_ == "prep" \
                    and child.lower_ in ("of", "by"):
                # "the withdrawal of the United Kingdom from the EU"
                for grand in child.children:
                    if grand.dep_ == "pobj" and not obj.start <= base + grand.idx < obj.end:
                        return grand
            passive = any(c.dep_ == "auxpass" for c in token.children) or token.dep_ == "acl"
            if child.dep_ == "agent" or (child.dep_ == "prep" and (
                    child.lower_ == "between" or (passive and child.lower_ == "under"))):
                for grand in child.children:
                    if grand.dep_ == "pobj":
                        return grand
        if token.head.i == token.i:
            return None
        dep = token.dep_
        head = token.head
        if dep == "amod":  # "May's negotiated Brexit agreement"
            owners = [c for c in head.children if c.dep_ == "poss"]
            return owners[0] if owners else None
        if dep == "compound":  # a headline read as a noun phrase: "Egypt and Israel seal deal"
            names = [c for c in head.children if c.dep_ in ("nmod", "compound", "poss")
                     and c.i < token.i and c.tag_ in ("NNP", "NNPS")]
            if names:
                return names[0]
        if dep == "xcomp":  # "asked Putin to withdraw", "called on Russia to leave"
            for child in head.children:
                if child.dep_ in ("dobj", "dative"):
                    return child
                if child.dep_ == "prep" and child.lower_ == "on" and child.i < token.i \
                        and _status_cues().get(head.lower_) == "proposed":
                    for grand in child.children:
                        if grand.dep_ == "pobj":
                            return grand
        if dep in ("relcl",) or dep not in _GOVERNED:
            return None
        while token.head.i != token.i and token.dep_ in ("pcomp", "prep", "pobj") \
                and token.head.tag_ in ("IN", "TO"):
            token = token.head
        token = token.head
        cue = _status_cues().get(token.lower_)
        if cue in ("proposed", "alleged") and token.tag_.startswith("VB"):
            # "accused Iran of breaching", "called for leaving": the one asked or accused
            objects = [c for c in token.children if c.dep_ in ("dobj", "dative")]
            return objects[0] if objects else None
    return None


def _resolve(token: Token, base: int, text: str, entities: Sequence[Entity],
             obj: FactObject, antecedents: Sequence[Entity]) -> list[Party]:
    """The party (or parties, for "France and Germany") a subject token stands for."""
    if token.tag_ in _PRONOUN_TAGS:
        governor = _governing_subject(token)
        if governor is not None:  # "the government announced it would ...": its subject
            return _resolve(governor, base, text, entities, obj, antecedents)
        lower = token.lower_
        want = ("PERSON",) if lower in _PERSON_PRONOUNS else ("GPE", "ORG", "NORP")
        start = base + token.idx
        for e in reversed(antecedents):
            if e.end <= start and e.label in want and not _overlaps(e, obj):
                end = start + len(token.text)
                return [Party(text[start:end], start, end, e.canonical)]
        return []
    group = _group_size(token)
    if group:
        return _group_parties(token, group, base, text, obj, antecedents)
    parties: list[Party] = []
    seen: set[tuple[int, int]] = set()
    todo = [token]
    while todo:
        t = todo.pop(0)
        e = _entity_for(t, base, entities, obj)
        if e is not None and (e.start, e.end) not in seen:
            seen.add((e.start, e.end))
            members = _MEMBERS.match(text, e.end)
            if members:
                stop = members.end()
                parties.append(Party(text[e.start:stop], e.start, stop,
                                     f"{e.canonical} {' '.join(members.group().split())}"))
            else:
                parties.append(Party(e.text, e.start, e.end, e.canonical))
        todo.extend(c for c in t.children if c.dep_ == "conj")
    return parties


def _group_size(token: Token) -> int | None:
    """How many states "the two countries", "both governments" stand for (None: not such)."""
    if token.lower_ not in _STATE_GROUPS:
        return None
    for child in token.children:
        if child.lower_ == "both" and child.dep_ in ("det", "predet", "preconj"):
            return 2
        if child.dep_ == "nummod":
            word = child.lower_
            number = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
            return number if number and 2 <= number <= 10 else None
    return None


def _group_parties(token: Token, size: int, base: int, text: str, obj: FactObject,
                   antecedents: Sequence[Entity]) -> list[Party]:
    """One party per state the group stands for: the last ``size`` states named before it
    (none when fewer were named)."""
    left = token.left_edge if token.left_edge.i <= token.i else token
    start, end = base + left.idx, base + token.idx + len(token.text)
    names: list[str] = []
    for e in reversed(antecedents):
        kind = place_kind(e.canonical)
        if e.end <= start and (e.label == "GPE" or kind == "country") \
                and kind not in ("city", "region", "continent") \
                and not _overlaps(e, obj) and e.canonical not in names:
            names.append(e.canonical)
            if len(names) == size:
                return [Party(text[start:end], start, end, name) for name in reversed(names)]
    return []


def _governing_subject(pronoun: Token) -> Token | None:
    """The subject of the clause that governs a pronoun's clause ("Moscow denied it had ...")."""
    verb = pronoun.head
    for _ in range(4):
        if verb.head.i == verb.i:
            return None
        if verb.dep_ not in ("ccomp", "xcomp", "conj", "advcl", "pcomp", "prep", "dobj", "pobj"):
            return None
        verb = verb.head
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i < pronoun.i:
                return None if child.tag_ in _PRONOUN_TAGS or child.tag_ == "WP" else child
    return None


def _instrument_objects(sent: Doc, base: int, taken: Sequence[FactObject],
                        has_state: bool, earlier: TreatyMention | None,
                        triggers: Sequence[_Trigger]) -> list[FactObject]:
    """Unnamed instruments ("a trade protocol", "the maritime border agreement"), and "the
    deal" or "the agreement" standing for the treaty last named before it."""
    nouns = _instrument_nouns()
    out = []
    for token in sent:
        strength = nouns.get(token.lower_)
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                       for c in token.children)
        if strength is None or (token.tag_ != "NN" and not definite):
            continue  # not "treaties" in general
        left = token
        while left.i > 0:
            before = sent[left.i - 1]
            if before.head.i != token.i or before.dep_ not in ("compound", "amod", "nmod") \
                    or any(t.start <= base + before.idx < t.end for t in triggers):
                break
            left = before
        qualified = any(sent[i].lower_ in _qualifiers() for i in range(left.i, token.i))
        start = base + left.idx
        end = base + token.idx + len(token.text)
        if strength == "weak" and definite and left.i == token.i and earlier is not None:
            if not any(o.start < end and start < o.end for o in taken):
                out.append(FactObject("treaty", doc_text(sent)[token.idx:end - base], start, end,
                                      earlier.name, earlier.id))
            continue
        if strength == "weak" and not (has_state and qualified):
            continue
        if any(o.start < end and start < o.end for o in taken):
            continue
        span_text = doc_text(sent)[left.idx:token.idx + len(token.text)]
        out.append(FactObject("treaty", span_text, start, end, span_text))
    return out


def _related(trigger: Token, obj: FactObject, base: int) -> bool:
    """Whether the parse ties the object to the trigger (object, complement, subject, head)."""
    def inside(t: Token) -> bool:
        s = base + t.idx
        return obj.start <= s < obj.end
    for t in trigger.subtree:
        if inside(t):
            return True
    token = trigger
    for _ in range(3):  # "the agreement signed between ...", "the treaty was signed"
        if inside(token.head):
            return True
        if token.head.i == token.i or token.dep_ not in ("acl", "relcl", "conj", "xcomp"):
            break
        token = token.head
    return any(inside(t) for t in trigger.head.children
               if t.dep_ in ("nsubjpass", "nsubj") and trigger.dep_ in ("xcomp", "conj"))


_ARGUMENT_PREPS = frozenset({"from", "of", "to", "into", "on", "onto", "in"})
#: Prepositions whose phrase is a circumstance of the act, never what it acts on: "leave
#: without a trade deal", "joined despite the accord", "withdrew under the treaty's terms".
_CIRCUMSTANCE_PREPS = frozenset({"with", "without", "despite", "amid", "under", "after",
                                 "before", "until", "against"})


def _argument(token: Token, trigger: _Trigger, objects: Sequence[FactObject],
              base: int) -> FactObject | None:
    """The object the parse gives the trigger: its direct object or complement, its passive
    subject, the noun it modifies ("the agreement signed in 2019"), nearest first."""
    kinds = _KINDS.get(trigger.action, ("treaty", "organisation"))
    slots: list[Token] = []
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "compound", "poss", "npadvmod") \
                or (child.dep_ == "nsubj" and trigger.action == "enter_into_force"):
            slots.append(child)
        elif child.dep_ in ("prep", "agent") and child.lower_ in _ARGUMENT_PREPS:
            slots.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "prt":  # "pull out of", "signed on to"
            for grand in child.children:
                if grand.dep_ == "prep":
                    slots.extend(c for c in grand.children if c.dep_ == "pobj")
    up = token
    for _ in range(3):
        if up.dep_ in ("acl", "relcl", "amod", "compound") and up.head.i != up.i:
            slots.append(up.head)
            break
        if up.dep_ in ("xcomp", "conj") and up.head.i != up.i:
            slots.extend(c for c in up.head.children if c.dep_ == "nsubjpass")
            up = up.head
            continue
        break
    best = None
    for slot in slots:
        for obj in objects:
            if obj.kind not in kinds:
                continue
            head_in = obj.start <= base + slot.idx < obj.end
            if head_in or any(obj.start <= base + t.idx < obj.end for t in slot.subtree
                              if t.dep_ in ("compound", "amod", "appos", "conj", "pobj", "prep",
                                            "nmod", "poss")):
                distance = abs(obj.start - trigger.start)
                if best is None or distance < best[0]:
                    best = (distance, obj)
    return None if best is None else best[1]


def _circumstance(trigger: Token, obj: FactObject, base: int) -> bool:
    """Whether ``obj`` sits in a phrase of circumstance of the trigger ("leave with or without
    a deal") or in an adverbial clause of its own ("pulled out before the treaty was signed"),
    so it is not the trigger's object."""
    return any(
        obj.start <= base + t.idx < obj.end
        for child in trigger.children
        if child.dep_ == "advcl" or (child.dep_ == "prep" and child.lower_ in _CIRCUMSTANCE_PREPS)
        for t in child.subtree
    )


def _taken(trigger: Token, obj: FactObject, base: int) -> bool:
    """Whether the trigger verb has an object of its own and ``obj`` is elsewhere in its
    clause ("left the country because of quotas set by the WTO")."""
    if not trigger.tag_.startswith("VB") or not any(c.dep_ == "dobj" for c in trigger.children):
        return False
    for child in trigger.children:
        if child.dep_ in ("dobj", "prep", "dative", "agent", "xcomp", "conj", "attr", "oprd") \
                and any(obj.start <= base + t.idx < obj.end for t in child.subtree):
            return False
    return any(obj.start <= base + t.idx < obj.end for t in trigger.subtree)


# -- facts of one spaCy doc ----------------------------------------------------------------------


def extract(
    nlp: Language,
    doc: Doc,
    *,
    entities: Sequence[Entity],
    dates: Sequence[DateMention],
    treaties: Sequence[TreatyMention],
    layout: Layout | None = None,
) -> Iterator[Fact]:
    """The facts of ``doc``, from the other extractors' output on it (offsets into ``doc``).

    Only the sentences that hold both a trigger and an object are parsed.
    """
    text = doc_text(doc)
    regex, form_action = _trigger_regex()
    parties = sorted((e for e in entities if e.label in PARTY_LABELS), key=lambda e: e.start)
    party_starts = [e.start for e in parties]
    persons = [(e.start, e.end) for e in entities if e.label == "PERSON"]
    dates = [d for d in dates if not any(s < d.end and d.start < e for s, e in persons)]
    previous: Party | None = None
    candidates = []  # sentences with a trigger and something it can take, parsed at once
    for start, end in sentences(text):
        if layout is not None and layout.zone_at(start) in NO_FACTS:
            continue
        triggers = [
            _Trigger(m.start(), m.end(),
                     form_action[re.sub(r"\s+", " ", m.group().lower())], m.group())
            for m in regex.finditer(text, start, end)
        ]
        if triggers:
            objects = _objects(text, start, end, treaties)
            maybe_instrument = _instrument_pattern().search(text, start, end) is not None
            if objects or maybe_instrument:
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is not None and not len(span):
                    span = None
                candidates.append(_Candidate(start, end, triggers, objects,
                                             maybe_instrument, span, previous))
        first = bisect_left(party_starts, start)
        e = next((e for e in parties[first:bisect_left(party_starts, end)]
                  if e.label != "NORP"), None)
        if e is not None:
            previous = Party(e.text, e.start, e.end, e.canonical)
    if candidates and has_parser(nlp):
        parse_spans(nlp, [c.span for c in candidates if c.span is not None])
    for candidate in candidates:
        yield from _sentence_facts(nlp, doc, candidate, parties, dates, treaties)


class _Candidate(NamedTuple):
    """A sentence that may state facts: it has triggers, and objects or an instrument."""

    start: int
    end: int
    triggers: list[_Trigger]
    objects: list[FactObject]
    maybe_instrument: bool
    span: Span | None  # the sentence's tokens, to parse
    previous: Party | None  # the last party named before it


def _sentence_facts(nlp, doc, candidate, parties, dates, treaties):
    start, end, triggers, objects, maybe_instrument, span, previous = candidate
    text = doc_text(doc)
    sent = None
    if span is not None and has_parser(nlp):
        sent = parse_span(nlp, span)
        base = span.start_char
    if sent is not None and maybe_instrument:
        has_state = any(e.label in ("GPE", "NORP") and start <= e.start < end for e in parties) \
            or any(o.kind == "organisation" for o in objects)
        named = [t for t in treaties if t.end <= end and not t.reference]
        earlier = max(named, key=lambda t: t.start) if named else None
        objects = sorted([*objects, *_instrument_objects(sent, base, objects, has_state,
                                                         earlier, triggers)],
                         key=lambda o: o.start)
    if not objects:
        return
    masks = [(o.start, o.end) for o in objects] + [
        (e.start, e.end) for e in parties if start <= e.start < end
    ]
    antecedents = [e for e in parties if e.start < end]
    for trigger in triggers:
        if any(o.start <= trigger.start < o.end for o in objects):
            continue
        token = None if sent is None else _token_at(sent, trigger.start - base,
                                                     trigger.end - base)
        if token is not None and token.tag_.startswith("VB") and any(
                c.dep_ == "ccomp" and c.i > token.i for c in token.children):
            continue  # "concluded that ...", "agreed that ...": a verb of saying here
        obj = None if token is None else _argument(token, trigger, objects, base)
        if obj is None:
            obj = _pick_object(text, trigger, objects)
            if obj is not None and token is not None and obj.end <= trigger.start and not any(
                    c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("it", "them")
                    for c in token.children):
                obj = None  # an object before the trigger is its object only by the parse
                # (or through a pronoun: "the treaty ... those who signed it")
        if obj is not None and token is not None and (
                (obj.kind == "treaty" and obj.id is None and obj.name == obj.text
                 and not _related(token, obj, base)) or _taken(token, obj, base)
                or _circumstance(token, obj, base)):
            obj = None  # an unnamed instrument counts only when the parse ties it to the trigger
        if obj is None:
            continue
        found: list[Party] = []
        status = None
        if token is not None:
            status = _parse_status(token, trigger.form) or "done"
            if trigger.action != "enter_into_force":
                subject = _subject_token(token, base, obj)
                if subject is not None:
                    found = _resolve(subject, base, text, parties, obj, antecedents)
        if status is None:
            status = _status(text, start, trigger, trigger.form, masks)
        if not found and token is None:
            party = _party(text, start, end, trigger, obj, parties, previous, objects)
            found = [p for p in _conjuncts(text, start, party, parties) if p is not None]
        date = _fact_date(dates, start, end, trigger, triggers, token, base)
        for one in found or [None]:
            yield Fact(
                text=text[trigger.start:trigger.end], start=trigger.start, end=trigger.end,
                action=trigger.action, status=status, party=one, object=obj, date=date,
                sentence=(start, end),
            )


def _fact_date(dates, start, end, trigger, triggers, token, base) -> FactDate | None:
    """The date the parse attaches to the trigger's clause, else the nearest in its stretch."""
    inside = [d for d in dates if start <= d.start and d.end <= end and d.type in ("DATE", "TIME")]
    if token is not None and inside:
        chain = {base + t.idx: depth for depth, t in enumerate(_governors(token))}
        linked = [d for d in inside if d.event is not None and d.event.start in chain]
        if linked:
            best = min(linked, key=lambda d: chain[d.event.start])
            return FactDate(best.text, best.start, best.end, best.value)
        inside = [d for d in inside if d.event is None]  # the others locate other events
    return _date(inside, start, end, trigger, triggers)


def shift(fact: Fact, offset: int) -> Fact:
    """``fact`` with every offset moved by ``offset`` (a piece's place in its text)."""
    if not offset:
        return fact

    def moved(item):
        return None if item is None else replace(item, start=item.start + offset,
                                                 end=item.end + offset)
    return replace(
        fact, start=fact.start + offset, end=fact.end + offset, party=moved(fact.party),
        object=moved(fact.object), date=moved(fact.date),
        sentence=(fact.sentence[0] + offset, fact.sentence[1] + offset),
    )


def rename(found: Iterable[Fact], before: Sequence[Entity], after: Sequence[Entity]) -> list[Fact]:
    """Facts whose parties carry the document's canonical names (``before`` -> ``after``
    are the entities as extracted and as canonicalised, in the same order)."""
    names: dict[str, str] = {}
    for old, new in zip(before, after):
        names.setdefault(old.canonical, new.canonical)
    out = []
    for fact in found:
        party = fact.party
        if party is not None and party.canonical in names:
            fact = replace(fact, party=replace(party, canonical=names[party.canonical]))
        out.append(fact)
    return out
