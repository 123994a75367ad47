"""The table renderer: one panel per document, as rich renderables (printing is the CLI's job)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from factpull.records import LOW, DateMention, Document, Entity, Fact, Offsets

#: C0 and C1 control characters and DEL: shown escaped (``\\x1b``), never sent to the terminal.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def literal(value: object, style: str = "") -> Text:
    """``value`` as literal text for a table: never read as rich markup, control characters
    shown escaped (``\\x1b``) so that input cannot drive the terminal."""
    text = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", str(value))
    return Text(text, style=style)

#: Entity labels in the order the table lists them: people, groups, organisations, places, ...
LABEL_ORDER = ("PERSON", "NORP", "ORG", "GPE", "LOC", "FAC", "EVENT", "LAW", "PRODUCT",
               "WORK_OF_ART", "LANGUAGE")


def tables(documents: Iterable[Document]) -> Iterator[RenderableType]:
    for document in documents:
        yield render_document(document)


def render_document(document: Document) -> RenderableType:
    parts: list[RenderableType] = [_title(document)]
    parts.append(entity_table(document) if document.entities else _none_found("Entities"))
    parts.append(date_table(document) if document.dates else _none_found("Dates"))
    parts.append(treaty_table(document) if document.treaties else _none_found("Treaties"))
    if document.facts:
        parts.append(fact_table(document))
    legend = _legend(document)
    if legend is not None:
        parts.append(legend)
    parts.append(Text(""))
    return Group(*parts)


def _none_found(section: str) -> Text:
    """Said, so that "none" and "not looked for" never look alike."""
    return Text(f"  {section}: none found", "dim")


#: What the entity labels and TIMEX3 values in a table mean; the legend lists those shown.
LABEL_MEANINGS = {
    "PERSON": "people", "NORP": "nationalities, religious or political groups",
    "ORG": "organisations", "GPE": "countries, cities, states", "LOC": "other places",
    "FAC": "buildings, airports, roads, bridges", "EVENT": "named events",
    "LAW": "named laws and treaties", "PRODUCT": "products", "WORK_OF_ART": "titles of works",
    "LANGUAGE": "languages",
}
_TIMEX_MEANINGS = (
    (re.compile(r"^PRESENT_REF$"), "PRESENT_REF", "now, at the time of writing"),
    (re.compile(r"^PAST_REF$"), "PAST_REF", "some time in the past"),
    (re.compile(r"^FUTURE_REF$"), "FUTURE_REF", "some time in the future"),
    (re.compile(r"X"), "X", "a digit the text leaves open (XXXX: year unknown)"),
    (re.compile(r"-W(\d|X)"), "W", "ISO week (2025-W03; a last -1 to -7 is the weekday, 1 Monday)"),
    (re.compile(r"^P"), "P…", "a duration (P3D: three days, P2Y: two years)"),
)


def _legend(document: Document) -> Text | None:
    """A short key to the labels and TIMEX3 values the document's tables show."""
    shown = {e.label for e in document.entities}
    labels = [label for label in LABEL_ORDER if label in shown]
    values = [d.value for d in document.dates if d.value]
    timex = [(name, meaning) for pattern, name, meaning in _TIMEX_MEANINGS
             if any(pattern.search(v) for v in values)]
    if not labels and not timex:
        return None
    legend = Text("  Key: ", "dim")
    items = [f"{label} {LABEL_MEANINGS[label]}" for label in labels]
    if any(e.confidence == LOW for e in document.entities):
        items.append(f"{UNSURE} unsure of the label (decided against the model, or conflicting "
                     "evidence)")
    items += [f"{name} {meaning}" for name, meaning in timex]
    legend.append_text(literal("; ".join(items), style="dim"))
    return legend


def _title(document: Document) -> Text:
    title = literal(document.source, style="bold")
    details = [document.model]
    if document.reference_date:
        source = document.reference_date_source
        details.append(f"reference date {document.reference_date} ({source})")
    title.append_text(literal("  " + " · ".join(details), style="dim"))
    return title


def _table(title: str) -> Table:
    return Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, expand=False,
                 title_style="bold")


#: Shown after an entity's label where factpull is unsure of it (``confidence`` "low").
UNSURE = "?"


def entity_table(document: Document) -> Table:
    """One row per entity (canonical name and label); an unsure label is marked ``?``."""
    counts = Counter((e.canonical, e.label) for e in document.entities)
    first_seen = {}
    unsure = set()
    for e in document.entities:
        first_seen.setdefault((e.canonical, e.label), e.start)
        if e.confidence == LOW:
            unsure.add((e.canonical, e.label))
    order = {label: i for i, label in enumerate(LABEL_ORDER)}
    table = _table("Entities")
    table.add_column("Name", overflow="fold")
    table.add_column("Label")
    table.add_column("Mentions", justify="right")
    for (name, label), count in sorted(
        counts.items(),
        key=lambda item: (order.get(item[0][1], len(order)), -item[1], first_seen[item[0]]),
    ):
        shown = f"{label} {UNSURE}" if (name, label) in unsure else label
        table.add_row(literal(name), literal(shown), literal(count))
    return table


def timeline_key(date: DateMention) -> tuple:
    """Resolved calendar values first, in time order; then the rest in text order."""
    dated = date.resolved and date.value and date.value[:1].isdigit()
    return (0, date.value, date.start) if dated else (1, "", date.start)


def date_table(document: Document) -> Table:
    """One row per distinct date expression and value, as a timeline."""
    by_offsets = {(d.start, d.end): d for d in document.dates}
    rows: dict[tuple, list[DateMention]] = defaultdict(list)
    for date in sorted(document.dates, key=timeline_key):
        key = (" ".join(date.text.split()), date.type, date.value, date.mod, date.resolved)
        rows[key].append(date)
    table = _table("Dates")
    table.add_column("Text", overflow="fold")
    table.add_column("Type")
    table.add_column("Value", overflow="fold")
    table.add_column("Mentions", justify="right")
    table.add_column("What", overflow="fold")
    table.add_column("Note", overflow="fold", style="dim")
    for (text, type_, value, mod, resolved), dates in rows.items():
        notes = [f"mod {mod}"] if mod else []
        if not resolved:
            notes.append("unresolved: no reference date" if document.reference_date is None
                         else "unresolved: beyond the calendar")
        anchors = {by_offsets.get((d.anchor.start, d.anchor.end)) for d in dates
                   if isinstance(d.anchor, Offsets)} - {None}
        if len(anchors) == 1:
            notes.append(f"counted from “{anchors.pop().text}”")
        table.add_row(literal(text), literal(type_), literal(value or "—"),
                      literal(len(dates)), _what(dates, document.entities),
                      literal(", ".join(notes)))
    return table


def _what(dates: list[DateMention], entities: tuple[Entity, ...]) -> Text:
    """What the dates of a row locate: "Russia · joined" (who, when known, and the event)."""
    seen: list[str] = []
    for date in dates:
        if date.event is None:
            continue
        words = [" ".join(date.event.text.split())]
        if date.who is not None:
            words.insert(0, _name(date.who, entities))
        phrase = " · ".join(words)
        if phrase not in seen:
            seen.append(phrase)
    return literal("; ".join(seen) if seen else "—", style="" if seen else "dim")


def _name(who, entities: tuple[Entity, ...]) -> str:
    """The subject's canonical name when it is (part of) an entity, else its own words."""
    for entity in entities:
        if entity.start <= who.start < entity.end or who.start <= entity.start < who.end:
            return entity.canonical
    return " ".join(who.text.split())


def treaty_table(document: Document) -> Table:
    mentions: dict[str, list] = defaultdict(list)
    for treaty in document.treaties:
        mentions[treaty.name].append(treaty)
    table = _table("Treaties")
    table.add_column("Name", overflow="fold")
    table.add_column("Id")
    table.add_column("Year")
    table.add_column("Mentions", justify="right")
    table.add_column("Seen as", overflow="fold")
    for name, items in mentions.items():
        first = items[0]
        seen = sorted({" ".join(t.text.split()) for t in items if not t.reference})
        refs = sum(t.reference for t in items)
        if refs:
            seen.append(f"+{refs} back-reference{'s' if refs > 1 else ''}")
        table.add_row(literal(name), literal(first.id or "—"), literal(first.year or "—"),
                      literal(len(items)), literal("; ".join(seen)))
    return table


def _fact_key(fact: Fact) -> tuple:
    """Facts with a calendar date first, in time order; then the rest in text order."""
    value = fact.date.value if fact.date else None
    dated = bool(value) and value[:1].isdigit()
    return (0, value, fact.start) if dated else (1, "", fact.start)


#: an object's canonical name longer than this is shown as written in the article
SHORT_NAME = 40


def fact_table(document: Document) -> Table:
    """When · party · action · status · object · evidence, in time order where known.

    The object is its canonical name when short, else the words of the article (with the
    treaty id); the evidence is the trigger as written and its offsets, to check in the text.
    Article text is shown literally (:func:`literal`).
    """
    table = _table("Facts")
    for name in ("When", "Party", "Action", "Status", "Object", "Evidence"):
        table.add_column(name, overflow="fold")
    for fact in sorted(document.facts, key=_fact_key):
        when = "—"
        if fact.date is not None:
            when = fact.date.value if fact.date.value and fact.date.value[:1].isdigit() else (
                " ".join(fact.date.text.split()))
        subject = fact.object
        shown = subject.name if len(subject.name) <= SHORT_NAME else " ".join(subject.text.split())
        if subject.id:
            shown = f"{shown} ({subject.id})"
        trigger = " ".join(fact.text.split())
        table.add_row(literal(when), literal(fact.party.canonical if fact.party else "—"),
                      literal(fact.action), literal(fact.status), literal(shown),
                      literal(f"“{trigger}” {fact.start}–{fact.end}", style="dim"))
    return table
