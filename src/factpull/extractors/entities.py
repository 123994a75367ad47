"""Named entities: spaCy's NER, cleaned of page noise, with one canonical name per entity.

Cleaning, mention by mention:

- an entity never crosses a line break (it is cut there, and each piece judged on its own);
- leading determiners and trailing possessives and punctuation are not part of a span;
- nothing comes from page furniture or photo credits (see :mod:`factpull.layout`);
- in headlines and captions, statistical NER over title case is unreliable ("Russia Ratified"
  as a PERSON), so a mention there is kept only when the body confirms it: the same name (or
  a part of it) is an entity in the body text. Body entities are also looked for in headlines.

:func:`canonicalise` then gives every mention its entity's name in the document: a surname
takes the full name ("Putin" -> "Vladimir Putin"), an acronym the one name it abbreviates
("EU" -> "European Union"), case variants are one entity, and an entity's label is the one
most of its mentions have.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span

from factpull.layout import NEEDS_CONFIRMATION, NO_FACTS, Layout
from factpull.records import ENTITY_LABELS, Entity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_LEADING = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "his", "her",
                      "their", "our", "my", "your"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’", "s'", "s’"})
_EDGE_PUNCT = frozenset("\"'“”‘’()[]{}<>«»‹›,;:.-–—/|*•·!?")
_MAX_KEY_TOKENS = 8


def extract(
    doc: Doc,
    *,
    layout: Layout,
    exclude: Iterable[tuple[int, int]] = (),
) -> Iterator[Entity]:
    """Yield the cleaned entity mentions of ``doc``, in text order.

    ``exclude`` holds character ranges (e.g. treaty names) that no entity may overlap.
    Canonical names are the mention's own cleaned text here; use :func:`canonicalise` over a
    whole document's mentions (labels can change there, so filter by label after it).
    """
    blocked = sorted(exclude)
    body: list[Span] = []
    headline: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        for piece in _clean(ent):
            zone = layout.zone_at(piece.start_char)
            if zone in NO_FACTS or _overlaps(piece, blocked):
                continue
            (headline if zone in NEEDS_CONFIRMATION else body).append(piece)

    known = _confirmed_names(body)
    kept = list(body)
    for span in headline:
        confirmed = _confirm(span, known)
        if confirmed is not None:
            kept.append(confirmed)
    kept.extend(_find_known(doc, layout, known, kept, blocked))

    for span in sorted(kept, key=lambda s: s.start_char):
        yield Entity(span.text, span.start_char, span.end_char, span.label_, span.text)


def canonicalise(entities: Iterable[Entity]) -> list[Entity]:
    """Give each mention its entity's name and label within the document."""
    mentions = list(entities)
    surnames = _full_names(mentions)
    acronyms = _acronym_names(mentions)
    keys: list[str] = []
    full_names: dict[str, str] = {}
    is_surname: list[bool] = []
    for entity in mentions:
        key = _key(entity.text)
        surname = entity.label in ("PERSON", "ORG") and key in surnames
        full = surnames[key] if surname else acronyms.get(key)
        if full is not None:
            key = _key(full)
            full_names[key] = full
        keys.append(key)
        is_surname.append(surname)

    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    label_votes: dict[str, Counter[str]] = defaultdict(Counter)
    for entity, key in zip(mentions, keys):
        surfaces[key][entity.text] += 1
        label_votes[key][entity.label] += 1
    names = {key: _best_surface(counter) for key, counter in surfaces.items()}
    names.update(full_names)

    out = []
    for entity, key, surname in zip(mentions, keys, is_surname):
        # A surname standing for a person's full name is a person, whatever NER said.
        label = "PERSON" if surname else _majority(label_votes[key], entity.label)
        out.append(replace(entity, canonical=names.get(key, entity.text), label=label))
    return out


# -- cleaning -----------------------------------------------------------------------------


def _clean(ent: Span) -> Iterator[Span]:
    """The pieces of ``ent`` between line breaks, trimmed; only pieces that look like names."""
    doc = ent.doc
    start = ent.start
    for i in range(ent.start, ent.end + 1):
        if i == ent.end or _is_break(doc[i]):
            piece = _trim(doc, start, i, ent.label_)
            if piece is not None:
                yield piece
            start = i + 1


def _is_break(token: Token) -> bool:
    return "\n" in token.text or "\r" in token.text


def _trim(doc: Doc, start: int, end: int, label: str) -> Span | None:
    while start < end and (
        doc[start].lower_ in _LEADING or doc[start].text in _EDGE_PUNCT or doc[start].is_space
    ):
        start += 1
    while end > start and (
        doc[end - 1].lower_ in _POSSESSIVE
        or doc[end - 1].text in _EDGE_PUNCT
        or doc[end - 1].is_space
    ):
        end -= 1
    if start >= end:
        return None
    span = Span(doc, start, end, label=label)
    if not any(c.isalpha() for c in span.text):
        return None
    return span


def _overlaps(span: Span, blocked: list[tuple[int, int]]) -> bool:
    return any(start < span.end_char and span.start_char < end for start, end in blocked)


# -- confirmation of headline mentions -------------------------------------------------------


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _token_key(tokens: Iterable[Token]) -> str:
    return " ".join(t.text for t in tokens).casefold()


def _confirmed_names(body: list[Span]) -> dict[str, str]:
    """Body names (and the surnames of body persons) -> the label they have in the body."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for span in body:
        votes[_token_key(span)][span.label_] += 1
        if span.label_ == "PERSON" and len(span) > 1 and span[-1].is_title:
            votes[span[-1].text.casefold()]["PERSON"] += 1
    return {key: counter.most_common(1)[0][0] for key, counter in votes.items()}


def _confirm(span: Span, known: dict[str, str]) -> Span | None:
    """``span`` (or its longest part) when the body confirms it, with the body's label."""
    n = len(span)
    for size in range(min(n, _MAX_KEY_TOKENS), 0, -1):
        for first in range(0, n - size + 1):
            part = span[first:first + size]
            label = known.get(_token_key(part))
            if label is not None and _looks_like_name(part):
                return Span(span.doc, part.start, part.end, label=label)
    return None


def _looks_like_name(span: Span) -> bool:
    first = span.text[0]
    return first.isupper() or first.isdigit()


def _find_known(
    doc: Doc,
    layout: Layout,
    known: dict[str, str],
    kept: list[Span],
    blocked: list[tuple[int, int]],
) -> Iterator[Span]:
    """Further mentions of body names that NER missed ("Merkel flew home" after "Angela Merkel").

    In headlines and captions any case matches (they are often in capitals); in the body only
    the exact spelling does, so "Will" never matches a "WILL" or "will".
    """
    if not known:
        return
    exact = {key for span in kept if layout.zone_at(span.start_char) not in NEEDS_CONFIRMATION
             for key in _surface_keys(span)}
    first_words = {key.split(" ", 1)[0] for key in known}
    taken = {i for span in kept for i in range(span.start, span.end)}
    for line in layout.lines:
        if line.zone in NO_FACTS:
            continue
        region = doc.char_span(line.start, line.end, alignment_mode="expand")
        if region is None:
            continue
        same_case = line.zone not in NEEDS_CONFIRMATION
        i = region.start
        while i < region.end:
            match = None
            if doc[i].text.casefold() in first_words:
                match = _longest_known(doc, i, region.end, known, taken,
                                       exact if same_case else None)
            if match is None:
                i += 1
                continue
            if not _overlaps(match, blocked):
                yield match
            i = match.end


def _surface_keys(span: Span) -> Iterator[str]:
    yield " ".join(t.text for t in span)
    if span.label_ == "PERSON" and len(span) > 1:
        yield span[-1].text


def _longest_known(
    doc: Doc, i: int, stop: int, known: dict[str, str], taken: set[int], exact: set[str] | None
) -> Span | None:
    for size in range(min(_MAX_KEY_TOKENS, stop - i), 0, -1):
        if any(j in taken for j in range(i, i + size)):
            continue
        part = doc[i:i + size]
        if exact is not None and " ".join(t.text for t in part) not in exact:
            continue
        label = known.get(_token_key(part))
        if label is not None and _looks_like_name(part):
            return Span(doc, i, i + size, label=label)
    return None


# -- canonical names ---------------------------------------------------------------------------


def _full_names(mentions: list[Entity]) -> dict[str, str]:
    """Surname keys -> the one full PERSON name in the document that ends with that surname."""
    by_surname: dict[str, set[str]] = defaultdict(set)
    for entity in mentions:
        words = entity.text.split()
        if entity.label == "PERSON" and len(words) > 1:
            by_surname[words[-1].casefold()].add(" ".join(words))
    out = {}
    for surname, names in by_surname.items():
        longest = max(names, key=lambda name: (len(name.split()), len(name)))
        # Ambiguous when two different people share the surname ("Bill"/"Hillary Clinton").
        if all(set(name.split()) <= set(longest.split()) for name in names):
            out[surname] = longest
    return out


#: Words an acronym leaves out ("European Court of Human Rights" -> ECHR).
_ACRONYM_SKIPS = frozenset({"of", "the", "for", "and", "on", "in", "de", "du", "des", "la", "le"})
_ACRONYM_LABELS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW"})


def _acronym_names(mentions: list[Entity]) -> dict[str, str]:
    """Acronym keys ("eu", "u.s.") -> the one longer name in the document they abbreviate."""
    by_initials: dict[str, set[str]] = defaultdict(set)
    for entity in mentions:
        words = [w for w in entity.text.split() if w.lower() not in _ACRONYM_SKIPS]
        if entity.label in _ACRONYM_LABELS and len(words) > 1:
            initials = "".join(w[0] for w in words if w[0].isalpha())
            if initials.isupper():
                by_initials[initials].add(" ".join(entity.text.split()))
    out = {}
    for entity in mentions:
        letters = entity.text.replace(".", "")
        if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper():
            names = by_initials.get(letters, set())
            if len(names) == 1:  # two names with the same initials: leave the acronym alone
                out[_key(entity.text)] = next(iter(names))
    return out


def _best_surface(counter: Counter[str]) -> str:
    # Most frequent form; among equals prefer the one with more capitals ("Council of Europe").
    return max(counter.items(), key=lambda item: (item[1], sum(c.isupper() for c in item[0])))[0]


def _majority(votes: Counter[str], own: str) -> str:
    (top, count), *rest = votes.most_common()
    if rest and rest[0][1] == count:
        return own
    return top
