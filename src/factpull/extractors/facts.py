"""Treaty and membership facts: who did what (join, ratify, withdraw, ...) to which treaty or
intergovernmental organisation, when, and how surely (done, planned, proposed, ...).

One fact per statement (sentence, headline or caption) that holds a trigger word from
``data/fact_triggers.jsonl`` and an object: a treaty mention from the treaty extractor or an
organisation from the gazetteer ``data/organisations.jsonl``. The status comes from cue words
of the trigger's clause (``data/fact_status.jsonl``); the party is the nearest state,
organisation or person before the trigger (or the agent of a passive, after it); the date is
the date mention of the sentence nearest the trigger.

The rules are data; this module only reads text and the other extractors' output, so it adds
no spaCy work to the pipeline.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

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

PARTY_LABELS = frozenset({"GPE", "ORG", "NORP", "PERSON"})
PRONOUNS = re.compile(r"\b(it|they|he|she|its|their)\b", re.IGNORECASE)
STATUS_ORDER = ("negated", "alleged", "proposed", "possible", "planned")
#: how many words before a trigger its clause's cues are looked for in
CUE_WINDOW = 8
_CLAUSE_BREAK = re.compile(
    r"[;:]|,\s+(?:but|and|while|which|who|after|before)\b"
    r"|\b(?:but|after|before|since|when|because)\b"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]?\s+(?=[\"'“‘(]?[A-Z0-9])")


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
        for cue in row["cues"]:
            cues.setdefault(cue.lower(), row["status"])
    return cues


@cache
def organisations() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, canonical name) for each organisation name, alias and acronym."""
    out = []
    for row in read_jsonl("organisations.jsonl"):
        for name in [row["name"], *row["aliases"]]:
            flags = 0 if (name.isupper() or len(name) <= 4 or name[0].islower()) else re.IGNORECASE
            if name.startswith("the "):
                flags = re.IGNORECASE
            regex = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", flags)
            out.append((regex, row["name"]))
    return tuple(out)


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence or line of ``text``, stripped of surrounding space."""
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        pieces = _SENTENCE_END.split(line.group())
        offset = start
        for piece in pieces:
            index = text.find(piece, offset)
            if index < 0:
                continue
            stripped = piece.strip()
            if stripped:
                lead = len(piece) - len(piece.lstrip())
                yield index + lead, index + lead + len(stripped)
            offset = index + len(piece)


def _objects(
    text: str, start: int, end: int, treaties: Sequence[TreatyMention],
) -> list[FactObject]:
    found: list[FactObject] = [
        FactObject("treaty", t.text, t.start, t.end, t.name, t.id)
        for t in treaties if t.start >= start and t.end <= end
    ]
    taken = [(o.start, o.end) for o in found]
    sentence = text[start:end]
    for pattern, name in organisations():
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


def extract(
    text: str,
    entities: Sequence[Entity],
    dates: Sequence[DateMention],
    treaties: Sequence[TreatyMention],
) -> Iterable[Fact]:
    """The facts of a document, from its text and the other extractors' output."""
    regex, form_action = _trigger_regex()
    previous: Party | None = None
    facts: list[Fact] = []
    for start, end in sentences(text):
        sentence = text[start:end]
        triggers = [
            _Trigger(start + m.start(), start + m.end(),
                     form_action[re.sub(r"\s+", " ", m.group().lower())], m.group())
            for m in regex.finditer(sentence)
        ]
        objects = _objects(text, start, end, treaties) if triggers else []
        masks = [(o.start, o.end) for o in objects] + [
            (e.start, e.end) for e in entities if start <= e.start < end
        ]
        for trigger in triggers:
            if not objects:
                break
            if any(o.start <= trigger.start < o.end for o in objects):
                continue
            obj = _pick_object(text, trigger, objects)
            if obj is None:
                continue
            party = _party(text, start, end, trigger, obj, entities, previous, objects)
            status = _status(text, start, trigger, trigger.form, masks)
            date = _date(dates, start, end, trigger, triggers)
            for one in _conjuncts(text, start, party, entities):
                facts.append(Fact(
                    text=text[trigger.start:trigger.end], start=trigger.start, end=trigger.end,
                    action=trigger.action, status=status, party=one, object=obj, date=date,
                    sentence=(start, end),
                ))
        sentence_parties = [
            e for e in entities if e.label in ("GPE", "ORG", "PERSON") and start <= e.start < end
        ]
        if sentence_parties:
            e = sentence_parties[0]
            previous = Party(e.text, e.start, e.end, e.canonical)
    return facts
