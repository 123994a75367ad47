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

import bisect
import functools
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Iterator
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from spacy.attrs import IDX, IS_LOWER, IS_SPACE, LENGTH
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span

from factpull.layout import (
    NEEDS_CONFIRMATION,
    NO_FACTS,
    Layout,
    Zone,
    dateline_place,
    is_title_case,
)
from factpull.parse import doc_ents, doc_text
from factpull.places import place_kind, state_codes
from factpull.records import ENTITY_LABELS, HIGH, LOW, Entity
from factpull.resources import read_jsonl
from factpull.vocab import MONTHS, TIME_ZONE_WORDS, TIME_ZONES, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_LEADING = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "his", "her",
                      "their", "our", "my", "your"})
_POSSESSIVE = frozenset({"'s", "’s", "‘s", "'", "’", "s'", "s’"})
#: Lower-case words no name ends with ("Patrice Talon of", "Trade and"): the model's span ran
#: on into the phrase after the name.
_TRAILING = frozenset({"of", "and", "or", "the", "for", "in", "at", "on", "to", "from", "by",
                       "with", "a", "an"})
#: Punctuation no name starts or ends with, alone or doubled ("``", "''": newswire's quotes).
_EDGE_PUNCT = frozenset("\"'`“”‘’()[]{}<>«»‹›,;:.-–—/|*•·!?")
_MAX_KEY_TOKENS = 8


def extract(
    doc: Doc,
    *,
    layout: Layout,
    exclude: Iterable[tuple[int, int]] = (),
    dates: Iterable[tuple[int, int]] = (),
    terms: Collection[str] | None = None,
    english: Collection[str] | None = None,
) -> Iterator[Entity]:
    """Yield the cleaned entity mentions of ``doc``, in text order.

    ``exclude`` holds character ranges (e.g. treaty names) that no entity may overlap;
    ``dates`` those of the date expressions, which no entity lies inside (a holiday is a date:
    "Thanksgiving", "Happy Thanksgiving!"; "Macy's Thanksgiving Day Parade" is an event);
    ``terms`` the acronyms that are no names (:func:`defined_terms` of the whole text, when
    ``doc`` is one piece of a longer one; by default those of ``doc``'s text); ``english`` the
    language's words in lower case (:func:`factpull.pipeline.english_words`), which tell a
    species' Latin name from a name (without them, species' names are kept as the model tags
    them).
    Canonical names are the mention's own cleaned text here; use :func:`canonicalise` over a
    whole document's mentions (labels can change there, so filter by label after it).
    """
    blocked = sorted(exclude)
    date_ranges = sorted(dates)
    body: list[Span] = []
    headline: list[Span] = []
    words = _word_cases(doc)
    if terms is None:
        terms = defined_terms(doc_text(doc))
    cleaned = [piece for ent in doc_ents(doc) if ent.label_ in ENTITY_LABELS
               for piece in _clean(ent)]
    for repair in _REPAIRS:
        cleaned = repair(doc, cleaned)
    cleaned = _venues(doc, cleaned, date_ranges)
    alone = _Alone()
    for piece in cleaned:
        alone[_token_key(piece)].append((piece.start_char, piece.end_char, piece.label_))
    for whole in cleaned:
        for part in _split(whole, alone):
            trimmed = _trim_reporting(part)
            piece = None if trimmed is None else _sentence_initial(trimmed, words, english)
            if (piece is None or not _is_name(piece) or piece.text in terms
                    or _hyphen_fragment(piece) or _spelled_term(piece)
                    or _shouted(piece, words[0]) or _genus(piece, english) or _unit(piece)
                    or _currency_of(piece) or _rank(piece)
                    or _portfolio_before(piece, english)):
                continue
            piece = _vessel(_storm(piece))
            zone = layout.zone_at(piece.start_char)
            if zone in NO_FACTS or _overlaps(piece, blocked) or _inside(piece, date_ranges):
                continue
            (headline if zone in NEEDS_CONFIRMATION else body).append(piece)

    body = _lowercase_words(_datelines(doc, layout, body, blocked), words[0],
                            _named_after_titles(doc_text(doc)), english)
    body += _defined_acronyms(doc, body, blocked)
    known = _confirmed_names(body)
    kept = list(body)
    for span in headline:
        confirmed = _confirm(span, known)
        if confirmed is not None:
            kept.append(confirmed)
    # (a name found again is no part of a longer date: not "May" of "May 5" after "Theresa
    # May"; a date that is the name alone, "May's plan", is the date rules' doubt)
    kept.extend(span for span in _find_known(doc, layout, known, kept, blocked)
                if not (_inside(span, date_ranges, strictly=True) or _hyphen_fragment(span)
                        or _currency_of(span)))
    kept = _teams_of_places(doc, _join_known(doc, layout, kept, blocked))

    for span in sorted(kept, key=lambda s: s.start_char):
        yield Entity(span.text, span.start_char, span.end_char, span.label_, span.text)


def canonicalise(entities: Iterable[Entity], text: str | None = None, *,
                 english: Collection[str] | None = None) -> list[Entity]:
    """Give each mention its entity's name and label within the document.

    With the document's ``text`` (the one the offsets point into), each name's label is first
    decided once from all its mentions: the model's votes and the evidence of
    :func:`decide_labels` (``english``, the language's words in lower case, as for
    :func:`extract`, tells a plural noun: "Raiders").
    """
    mentions = list(entities)
    model_labels = [entity.label for entity in mentions]
    # Acronyms the text defines by a mention (its index): labels and canonical names follow.
    defined = _defined(mentions, text) if text is not None else {}
    if text is not None:
        mentions = decide_labels(mentions, text, defined=defined, english=english)
    surnames = _full_names(mentions)
    acronyms = _acronym_names(mentions)
    abbreviated = {_key(name) for name in acronyms.values()}
    acronyms.update(_storm_names(mentions))
    acronyms.update(_vessel_names(mentions, products_only=True))
    acronyms.update(_short_names(mentions))
    acronyms.update({key: mentions[i].text for key, i in defined.items()})
    keys: list[str] = []
    full_names: dict[str, str] = {}
    is_surname: list[bool] = []
    for entity in mentions:
        key = _key(entity.text)
        surname = entity.label in ("PERSON", "ORG") and key in surnames
        full = surnames[key] if surname else acronyms.get(key)
        words = entity.text.split()
        if entity.label == "PERSON" and len(words) > 1 and full is None:
            # "A. Smith" is the document's "Anna Smith" (and only when no other Smith is).
            longer = surnames.get(_key(words[-1]))
            if longer is not None and _part_of(entity.text, longer):
                full = longer
        if full is not None:
            key = _key(full)
            full_names[key] = full
        keys.append(key)
        is_surname.append(surname)

    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    label_votes: dict[str, Counter[str]] = defaultdict(Counter)
    spelled_votes: dict[str, Counter[str]] = defaultdict(Counter)
    for entity, key, surname, model in zip(mentions, keys, is_surname, model_labels):
        surfaces[key][entity.text] += 1
        # A surname standing for a person's full name is a person, whatever NER said.
        label_votes[key]["PERSON" if surname else entity.label] += 1
        if key in abbreviated and _key(entity.text) == key and entity.label != model:
            spelled_votes[key][entity.label] += 1
    # An acronym is what evidence says its name spelt out is ("WBC" of "the World Baseball
    # Classic", an event by its head word), however many more mentions the acronym has.
    label_votes.update(spelled_votes)
    names = {key: _best_surface(counter) for key, counter in surfaces.items()}
    names.update(full_names)

    out = []
    for entity, key, surname in zip(mentions, keys, is_surname):
        label = "PERSON" if surname else _majority(label_votes[key], entity.label)
        if (key in full_names and label in ("ORG", "PERSON", "NORP")
                and place_kind(full_names[key]) in ("country", "region")):
            # "DRC" for "Democratic Republic of the Congo": the country the gazetteer knows,
            # however the model tagged its abbreviation.
            label = "GPE"
        if label in ("NORP", "LANGUAGE") and text is not None:
            label = _language_or_people(text, entity.end, label)
        elif label == "GPE" and text is not None and _team_metonym(entity, text):
            label = "ORG"  # "Velmo center Ada Brandt": the city's team, in this mention
        out.append(replace(entity, canonical=names.get(key, entity.text), label=label))
    return _confidence(out, keys, model_labels)


#: "Polish language", "Spanish-language": the name of a language.
_LANGUAGE_AFTER = re.compile(r"[\s-]+languages?\b")
#: The lower-case word right after a name.
_LOWER_AFTER = re.compile(r" ([a-z]+)\b")


def _language_or_people(text: str, end: int, label: str) -> str:
    """The label of one mention of a language's or a people's name (which the document may
    use both ways) from the word after it: "the Velloran language" names a language, "a
    Velloran drummer" a people (not "in Velloran and English", "a Velloran speaker": words of
    cue kind "language_use")."""
    if _LANGUAGE_AFTER.match(text, end):
        return "LANGUAGE"
    after = _LOWER_AFTER.match(text, end)
    if after is not None and after.group(1) not in STOP_WORDS and (
            after.group(1) not in _cues()["language_use"]):
        return "NORP"
    return label


def _confidence(mentions: list[Entity], keys: list[str], model_labels: list[str]) -> list[Entity]:
    """Each entity's ``confidence``: ``"low"`` when its label was decided against the model
    (the label most of its mentions had from NER), the model's votes were split (the runner-up
    at least half the winner's), its mentions still differ in label, or the evidence about it
    was conflicting (marked by :func:`decide_labels`); else ``"high"``."""
    model: dict[str, Counter[str]] = defaultdict(Counter)
    final: dict[str, set[str]] = defaultdict(set)
    low: set[str] = set()
    for entity, key, label in zip(mentions, keys, model_labels):
        model[key][label] += 1
        final[key].add(entity.label)
        if entity.confidence == LOW:
            low.add(key)
    for key, votes in model.items():
        (top, count), *rest = votes.most_common()
        if (len(final[key]) > 1 or final[key] != {top} or (rest and 2 * rest[0][1] >= count)):
            low.add(key)
    return [replace(entity, confidence=LOW if key in low else HIGH)
            for entity, key in zip(mentions, keys)]


# -- cleaning -----------------------------------------------------------------------------


def _clean(ent: Span) -> Iterator[Span]:
    """The pieces of ``ent`` between line breaks, brackets, slashes between words and dashes
    with spaces around them, trimmed; only pieces that look like names."""
    doc = ent.doc
    start = ent.start
    for i in range(ent.start, ent.end + 1):
        if (i == ent.end or _is_break(doc[i]) or doc[i].text in _BRACKETS or _slash(doc, i)
                or _spaced_dash(doc, i)):
            piece = _trim(doc, start, i, ent.label_)
            if piece is not None:
                yield _particle_name(_versus_name(piece)) if i == ent.end else piece
            start = i + 1


#: A model's designation: letters and digits ("A320", "B-17", "F-35"), a number of three or
#: four digits ("737"), or one with a variant in hundreds ("737-800", "777-300ER").
_VARIANT = r"\d{0,2}00[A-Z]{0,3}"
_DESIGNATION = re.compile(
    rf"^(?:[A-Z]{{1,3}}-?\d{{1,4}}[A-Za-z]{{0,3}}|\d{{3,4}})(?:-{_VARIANT})?$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
#: What follows a number that is a score or a count, not a model ("108, ", "108-102", "3 to 1").
_NOT_AFTER_MODEL = frozenset({",", "-", "–", "to", ":", "/", "%"})


def _models(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each maker's or product's name and the model designation after it as one
    PRODUCT, with the capitalised words that name the variant ("Boeing 737 Max", "Airbus
    A320", "Lockheed Martin F-35", "Boeing B-17 Flying Fortress"): the model tags the maker
    alone, and the number as a quantity or a person's ("Martin F-35")."""
    owner = {i: n for n, span in enumerate(spans) for i in range(span.start, span.end)}
    made: list[Span] = []
    for span in spans:
        if span.label_ not in ("ORG", "PRODUCT", "PERSON"):
            continue
        # The designation inside the span ("Boeing B-17 Flying Fortress") or right after it.
        at = next((t.i for t in span[1:] if _designation_end(t.i, doc)), span.end)
        model_end = _designation_end(at, doc) if at < len(doc) else None
        if model_end is None:
            continue
        first = span.start
        if first > 0 and first - 1 in owner and spans[owner[first - 1]].label_ == "ORG" \
                and doc[first - 1].whitespace_:
            first = spans[owner[first - 1]].start  # "Lockheed" + "Martin F-35"
        elif span.label_ == "PERSON":
            continue  # a person's name before a number ("Smith 108") is no maker's
        end = model_end
        while (end < len(doc) and end - model_end < 2 and doc[end].is_title and doc[end].is_alpha
               and doc[end - 1].whitespace_ and place_kind(doc[end].text) is None):
            end += 1
        made.append(Span(doc, first, max(end, span.end), label="PRODUCT"))
    return _replacing(spans, made)


#: A product's number in its name: "7", "10", "10.12", "S8" (not a quarter or a half: "Q3", "H1").
_PRODUCT_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,2}|[A-GI-PR-Z]\d{1,2}")
#: What follows a figure that is an amount, a count or a score, not a product's number.
_NOT_AFTER_PRODUCT = frozenset({"-", "–", "to", ":", "/", "%", "percent", "per", "million",
                                "billion", "of", "out"})


def _numbered_products(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a product's name and number as one PRODUCT ("Galaxy Note 7", "iPhone 7
    Plus", "Windows 10"), which the model misses or cuts at the number (then a person's or a
    place's name: "Note", "Windows 10" as a region). The name must be a product's by the text:
    it follows a maker's name somewhere ("Samsung Galaxy Note 7", "Samsung's Note 7"; then its
    words are a product's anywhere, "the Note 7"), is written like one ("iPhone", "iOS") or is a
    platform's ("Windows", "Android": cue kind "product_head"). Not a person's name."""
    makers = {span.end - 1: span.start for span in spans if span.label_ == "ORG"}
    after_makers: set[str] = set()
    for span in spans:
        j = span.end
        if j - 1 not in makers or j >= len(doc) or _is_break(doc[j - 1]):
            continue
        if doc[j].text in ("'s", "’s") and j + 1 < len(doc):
            j += 1
        if doc[j - 1].whitespace_ and (doc[j].is_title or _product_shape(doc[j])):
            after_makers.add(doc[j].text)
    if not after_makers and not any(_product_shape(t) for t in doc):
        return spans
    # The words of a name after a maker are a product's too ("Note" of "Galaxy Note 7").
    words = set(after_makers)
    for i, token in enumerate(doc):
        found = token.text in after_makers and _numbered_product(doc, i, after_makers, makers)
        if found:
            words.update(t.text for t in doc[found[0]:found[1]] if t.is_alpha)
    made = []
    i = 0
    while i < len(doc):
        found = _numbered_product(doc, i, words, makers)
        if found is None:
            i += 1
            continue
        made.append(Span(doc, *found, label="PRODUCT"))
        i = found[1]
    return _replacing(spans, made)


def _product_shape(token: Token) -> bool:
    """A word written as a product's name: "iPhone", "iOS", "macOS" (a small letter, then a
    capital), or a platform's of cue kind "product_head" ("Windows", "Android")."""
    text = token.text
    return ((len(text) >= 3 and text.isalpha() and text[0].islower()
             and any(c.isupper() for c in text[1:]))
            or (token.is_title and token.lower_ in _cues()["product_head"]))


def _numbered_product(doc: Doc, i: int, words: set[str],
                      makers: dict[int, int]) -> tuple[int, int] | None:
    """The start and end of a product's name with its number from token ``i`` (one to three
    words, the first of ``words`` or shaped like a product's, a number, a variant: "iPhone 7
    Plus"; a platform's name with the capitalised words before it: "Velmo Linux 8"), or
    ``None``; not a person's name, a first name and a capitalised word ("Ada Holt 8", a
    player's mark). ``makers`` are the last tokens of organisations' names -> their first
    (a maker's name right before is the product's first word, as in "Velmo Kestrel 7"; not
    one with "'s")."""
    first = doc[i]
    cues = _cues()
    if not (first.text in words or _product_shape(first)) or (
            first.lower_ in _first_names() and i + 1 < len(doc) and doc[i + 1].is_title):
        return None
    start = i
    if first.lower_ in cues["product_head"]:
        while (start > 0 and i - start < 2 and _capitalised_before(doc, start)
               and start - 1 not in makers):
            start -= 1
    if start > 0 and start - 1 in makers and doc[start - 1].whitespace_:
        start = makers[start - 1]
    elif start > 0 and start - 1 not in makers and (
            _capitalised_before(doc, start) or doc[start - 1].like_num):
        return None  # inside a longer name ("Velmo Galaxy 2")
    k = i + 1
    while (k < len(doc) and k - i < 3 and doc[k].is_alpha and doc[k - 1].whitespace_
           and (doc[k].text[0].isupper() or _product_shape(doc[k]))):
        k += 1
    if k >= len(doc) or not doc[k - 1].whitespace_ or not _PRODUCT_NUMBER.fullmatch(doc[k].text):
        return None
    end = k + 1
    variants = cues["product_line"] | cues["product_variant"]
    if end < len(doc) and doc[end - 1].whitespace_ and doc[end].lower_ in variants \
            and doc[end].text[0].isupper():
        end += 1
    after = doc[end] if end < len(doc) else None
    if after is not None and (
            after.lower_ in _NOT_AFTER_PRODUCT or after.like_num
            # a table of results: "Kestrel 2, Arbury 1", "Kestrel 2 Arbury 1"
            or (after.text == "," and _figure_follows(doc, end + 2))
            or (after.is_title and _figure_follows(doc, end + 1))):
        return None
    return start, end


def _capitalised_before(doc: Doc, i: int) -> bool:
    """The word before token ``i`` is capitalised and in the same phrase ("CentOS" before
    "Linux")."""
    before = doc[i - 1]
    return (before.text[:1].isupper() and before.text[0].isalpha() and bool(before.whitespace_)
            and not _is_break(before))


#: A flight's number: "9525", "MH17", "8501", "93", "800" (a year too: no figure is excluded).
_FLIGHT_NUMBER = re.compile(r"(?:[A-Z]{1,3}|[A-Z]\d)?\d{1,4}[A-Z]?")


def _flights(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a flight's name and number as one PRODUCT ("Velmo Air Flight 9525",
    "Flight 93"): the word "Flight" (cue kind "flight"), capitalised, with its number after it
    and the airline's capitalised words before it, which the model tags as a work, an event or
    a person, or cuts before the number. The airline's words are those of the model's name
    that ends right before "Flight", or up to three capitalised words that are no date's and
    no sentence's opening ("The", "On")."""
    flight = _cues()["flight"]
    text = doc_text(doc)
    if not any(word.capitalize() in text for word in flight):
        return spans  # (no token to look at: most texts name no flight)
    starts = {span.end: span.start for span in spans}
    made = []
    for token in doc:
        i = token.i
        if (token.lower_ not in flight or not token.is_title or i + 1 >= len(doc)
                or not token.whitespace_
                or not _FLIGHT_NUMBER.fullmatch(doc[i + 1].text)):
            continue
        start = i
        if i in starts and starts[i] < i and doc[i - 1].whitespace_:
            start = starts[i]
        else:
            while (i - start < 3 and start > 0 and _capitalised_before(doc, start)
                   and not doc[start - 1].is_stop and doc[start - 1].ent_type_ != "DATE"):
                start -= 1
        made.append(Span(doc, start, i + 2, label="PRODUCT"))
    return _replacing(spans, made)


def _joined_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a place's name joined by hyphens and particles whole ("Rosny-sous-Bois",
    "Stoke-on-Trent": cue kind "joined_particle"; not a person's particle, "de"), which the
    model ends at its first word; a town's (GPE) where the model took that word for an
    organisation or a person (no name of either is so joined)."""
    particles = _cues()["joined_particle"]
    made = []
    for span in spans:
        end = span.end
        k = end
        while (k + 1 < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_
               and doc[k + 1].lower_ in particles and k + 1 - end < 6):
            k += 2  # "-sous", "-upon"
        if (k == end or k + 1 >= len(doc) or doc[k].text != "-" or doc[k - 1].whitespace_
                or doc[k].whitespace_ or not doc[k + 1].is_title):
            continue
        label = "GPE" if span.label_ in ("ORG", "PERSON") else span.label_
        made.append(Span(doc, span.start, k + 2, label=label))
    return _replacing(spans, made)


def _institutions(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a country's or state's institution as one ORG with its place: "the
    United States House of Representatives", "the U.S. District Court for the Southern
    District of New York", "the Texas Senate" (the model takes the place alone, and the rest
    as a region or not at all), as it does itself for "the U.S. Senate"."""
    owner = {i: n for n, span in enumerate(spans) for i in range(span.start, span.end)}
    made: list[Span] = []
    for span in spans:
        if span.label_ not in ("GPE", "ORG") or _place_label(span) is None:
            continue
        end = _institution_end(doc, span.end)
        if end is None:
            continue
        inside = {owner[i] for i in range(span.start, end) if i in owner}
        if all(spans[n].label_ != "PERSON" and spans[n].end <= end for n in inside):
            made.append(Span(doc, span.start, end, label="ORG"))
    return _replacing(spans, made)


def _institution_end(doc: Doc, i: int) -> int | None:
    """The end of the institution's name that starts at token ``i``: capitalised words to a
    word of kind "institution" ("House", "Court"), then what it is "of" or "for" ("of
    Representatives", "for the Southern District of New York"); ``None`` if there is none."""
    institutions = _cues()["institution"]
    end = None
    k = i
    while k < len(doc) and doc[k].is_title and not _is_break(doc[k - 1]) and k - i < 4:
        k += 1
        if doc[k - 1].lower_ in institutions:
            end = k
    if end is None or end != k:
        return None
    # "of Representatives", "for the Southern District", "of New York".
    while end + 1 < len(doc) and doc[end].lower_ in ("of", "for"):
        k = end + 1
        if doc[k].lower_ == "the":
            k += 1
        start = k
        while k < len(doc) and doc[k].is_title and k - start < 4:
            k += 1
        if k == start:
            break
        end = k
    return end


def _with_first_name(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a person's first name where the model left it out ("Yolanda" + "Yu
    Hoi-kwan"): a capitalised known first name right before the name, in no other name. After
    a title, the first name makes a person of one word the model called something else
    ("Officer Ada Velk", "Velk" tagged an organisation)."""
    taken = {i for span in spans for i in range(span.start, span.end)}
    out = []
    for span in spans:
        i = span.start - 1
        if (i >= 0 and i not in taken and doc[i].is_title
                and doc[i].is_alpha and doc[i].whitespace_ and len(doc[i]) > 2
                and doc[i].lower_ in _first_names() and not _is_title(doc[i])
                and doc[i].lower_ not in _LEADING and doc[i].tag_ not in _COMMON_TAGS
                and place_kind(doc[i].text) is None
                and (span.label_ == "PERSON" or _titled_first_name(span, taken))):
            span = Span(doc, i, span.end, label="PERSON")
        out.append(span)
    return out


def _titled_first_name(span: Span, taken: set[int]) -> bool:
    """One capitalised word after a title and a known first name ("Officer Ada" + "Velk"), of
    no other name (tokens ``taken``): a person's surname, whatever the model called it."""
    doc, i = span.doc, span.start - 1
    return (len(span) == 1 and span[0].is_title and span[0].is_alpha and i > 0
            and i not in taken and i - 1 not in taken and doc[i].is_title
            and doc[i].lower_ in _first_names() and _is_title(doc[i - 1]))


def _titled_surnames(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a title and a surname the model called something else made a person's
    ("Dr Tamm" tagged an organisation, when the text names "Oskari Tamm"): titles, then one
    word that ends a person's name of several words in ``spans``."""
    surnames = {span[-1].text for span in spans if span.label_ == "PERSON" and len(span) > 1}
    out = []
    for span in spans:
        if (span.label_ != "PERSON" and len(span) > 1 and span[-1].text in surnames
                and all(_is_title(token) for token in span[:-1])):
            span = Span(doc, span.start, span.end, label="PERSON")
        out.append(span)
    return out


def _joined_groups(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a compound people's name whole: "Asian-American" (a group, a hyphen and a
    country's people, tagged or not), "American Samoan" (two groups that together are a
    country's people) and "Chinese Americans" (two peoples, the model's two groups). A chain of
    three ("an Israeli-Cypriot-Greek effort") names three."""
    out: list[Span] = []
    for span in spans:
        previous = out[-1] if out else None
        if (previous is not None and previous.label_ == span.label_ == "NORP" and (
                (previous.end == span.start - 1 and doc[previous.end].text == "-"
                 and not doc[previous.end - 1].whitespace_ and not doc[previous.end].whitespace_)
                or (previous.end == span.start and (
                    _demonym([*previous.text.split(), *span.text.split()])
                    or (_demonym(previous.text.split()) and _demonym(span.text.split())))))):
            out[-1] = Span(doc, previous.start, span.end, label="NORP")
            continue
        out.append(span)
    taken = {i for span in out for i in range(span.start, span.end)}
    joined = []
    for span in out:
        i = span.end
        if (span.label_ == "NORP" and i + 1 < len(doc) and doc[i].text == "-"
                and not doc[i - 1].whitespace_ and not doc[i].whitespace_ and i + 1 not in taken
                and doc[i + 1].is_title and _demonym([doc[i + 1].text])
                and not (i + 2 < len(doc) and doc[i + 2].text == "-"
                         and not doc[i + 1].whitespace_)):
            span = Span(doc, span.start, i + 2, label="NORP")
        joined.append(span)
    return joined


def _party_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a party's members named whole: a group of kind "political_group" and the
    capitalised word before it, untagged or tagged alone ("Liberal" + "Democrats", "Free
    Democrats", "Christian" + "Democrats"), inside a sentence; not a determiner ("The
    Greens"), a people's or a place's name ("Kenyan Democrats", "Texas Republicans") or a
    kind of place ("State Democrat prosecutors")."""
    ends = {span.end: k for k, span in enumerate(spans)}
    taken = {i for span in spans for i in range(span.start, span.end)}
    merged: dict[int, Span] = {}
    dropped: set[int] = set()
    for k, span in enumerate(spans):
        i = span.start - 1
        if not (span.label_ == "NORP" and len(span) == 1 and i >= 0
                and span[0].lower_ in _cues()["political_group"]):
            continue
        before = doc[i]
        alone = ends.get(span.start)
        if (not before.is_title or _starts_sentence(before)
                or before.lower_ in _LEADING or before.lower_ in _cues()["place_of"]
                or _demonym([before.text]) or place_kind(before.text) is not None
                or (i in taken and (alone is None or len(spans[alone]) != 1))):
            continue
        merged[k] = Span(doc, i, span.end, label="NORP")
        if alone is not None:
            dropped.add(alone)
    return [merged.get(k, span) for k, span in enumerate(spans) if k not in dropped]


def _with_first_part(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an organisation's name whole where the model took only what follows its
    "and": "the Bread and Roses Party", "the Bill and Ada Holm Foundation" (the first part is
    a capitalised word of no other name, right after "the")."""
    taken = {i for span in spans for i in range(span.start, span.end)}
    out = []
    for span in spans:
        i = span.start
        if (span.label_ == "ORG" and span[-1].is_title and span[-1].lower_ in _cues()["org_head"]
                and i >= 3 and doc[i - 1].lower_ == "and" and doc[i - 2].is_title
                and doc[i - 2].is_alpha and i - 2 not in taken and doc[i - 3].lower_ == "the"):
            span = Span(doc, i - 2, span.end, label="ORG")
        out.append(span)
    return out


def _organisation_words_joined(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a company's name whole where the model cut its organisation words off
    as a name of their own: "Velmo" + "Energy Holdings" (an organisation whose words are all
    organisation words or legal forms, cue kind "org_head", right after another organisation,
    or, two words at least, after a capitalised word the model left untagged inside a
    sentence or after a colon: no determiner)."""
    owner = {i: span for span in spans for i in range(span.start, span.end)}
    made = []
    for span in spans:
        i = span.start
        if not (span.label_ == "ORG" and i > 0 and doc[i - 1].whitespace_
                and all(t.is_title and (t.lower_ in _cues()["org_head"]
                                        or _is_company_suffix(t.text)) for t in span)):
            continue
        left = owner.get(i - 1)
        if left is not None and left.label_ == "ORG" and not (made and made[-1].end > left.start):
            made.append(Span(doc, left.start, span.end, label="ORG"))
        elif (left is None and len(span) >= 2 and doc[i - 1].is_title and doc[i - 1].is_alpha
              and doc[i - 1].lower_ not in _LEADING
              and ((i >= 2 and doc[i - 2].text == ":") or not _starts_sentence(doc[i - 1]))):
            made.append(Span(doc, i - 1, span.end, label="ORG"))
    return _replacing(spans, made)


def _of_place(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an institution's name whole where the model ended it before "of" and
    the place it belongs to: "the Supreme Court of Velloria", "the Civil Liberties Union of
    Montana" (an organisation ending in a word of kind "of_place", then "of" or "of the" and a
    place that ends the name; not a company's seat: "Mahan Air of Iran"); and a federal
    court's district, whatever the model called it: "the Eastern District of Velloria" (cue
    kind "court_district", and a state)."""
    cues = _cues()
    places = {span.start: span for span in spans if span.label_ == "GPE"}
    made = []
    for span in spans:
        end = span.end
        district = span.text.casefold() in cues["court_district"]
        if not ((district or (span.label_ == "ORG" and span[-1].is_title
                              and span[-1].lower_ in cues["of_place"]))
                and end + 1 < len(doc) and doc[end].lower_ == "of"):
            continue
        place = places.get(end + 1) or (
            places.get(end + 2) if doc[end + 1].lower_ == "the" else None)
        if place is None or (district and place_kind(place.text) != "region"):
            continue
        after = doc[place.end] if place.end < len(doc) else None
        # not when the name goes on: "of Velloria Province", "of England and Wales"
        if after is None or not (after.is_title or after.lower_ in ("'s", "’s") or (
                after.lower_ == "and" and place.end + 1 in places)):
            made.append(Span(doc, span.start, place.end, label="ORG"))
    return _replacing(spans, made)


def _prefix_joined(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a place's or a club's prefix word the model tagged on its own joined to
    the name right after it ("Lake" + "Velloria", "Punta" + "Tarvo", "Sporting" + "Velmo"): one
    place, LOC or GPE by the prefix's kind, or one organisation."""
    cues = _cues()
    made: list[Span] = []
    for left, right in pairwise(spans):
        if made and made[-1].end > left.start:
            continue  # "left" is already joined to the name before it
        word = left[0].lower_
        label = ("LOC" if word in cues["loc_prefix"] else "GPE" if word in cues["gpe_prefix"]
                 else "ORG" if word in cues["org_prefix"] else None)
        if (label is not None and len(left) == 1 and _prefix_word(left[0], label)
                and right.start == left.end and left[0].whitespace_ == " " and right[0].is_title):
            made.append(Span(doc, left.start, right.end, label=label))
    # A club's prefix the model left out of the name: "FC" + "Velmo".
    taken = {i for span in spans for i in range(span.start, span.end)}
    joined = {span.start for span in made}  # (a prefix already joined to a name)
    for span in spans:
        i = span.start - 1
        if (i >= 0 and i not in taken and span.start not in joined
                and doc[i].lower_ in cues["org_prefix"]
                and _prefix_word(doc[i], "ORG") and doc[i].whitespace_ == " "
                and span[0].is_title and span.label_ in ("GPE", "LOC", "ORG", "PERSON")):
            made.append(Span(doc, i, span.end, label="ORG"))
    return _replacing(spans, made)


def _prefix_word(token: Token, label: str) -> bool:
    """A prefix word written as one: capitalised, or in capitals for a club's ("FC")."""
    return token.is_title or (label == "ORG" and token.is_upper and token.is_alpha)


def _of_and(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an organisation's name whole where the model cut it at the "and" of
    what it is "of": "the School of Marine and Atmospheric Science", "the Department of Energy
    and Climate Change" (capitalised words after "and", up to a lower-case word or a stop;
    not a place, a person's first name, an organisation's own name ("the University of
    Velloria and Ohio State") or a name the model took as anything but a person, its usual
    mistake for such words)."""
    owner = {i: span for span in spans for i in range(span.start, span.end)}
    made = []
    for span in spans:
        end = span.end
        if not (span.label_ == "ORG" and len(span) >= 3 and span[-1].is_title
                and any(t.lower_ == "of" for t in span[1:-1])
                and end + 1 < len(doc) and doc[end].lower_ == "and" and doc[end].whitespace_):
            continue
        k = end + 1
        while (k < len(doc) and doc[k].is_title and doc[k].is_alpha and k - end <= 3
               and not _is_break(doc[k - 1])):
            k += 1
        words = doc[end + 1:k]
        other = {owner[i].start for i in range(end + 1, k) if i in owner}
        if (not len(words) or (k < len(doc) and doc[k].is_title) or _is_break(doc[k - 1])
                or any(_is_title(word) for word in words)  # "... and Governor Ann Holm"
                or place_kind(words[0].text) is not None or place_kind(words.text) is not None
                or words[0].lower_ in _first_names() or words[-1].lower_ in _cues()["org_head"]
                or any(owner[s].label_ != "PERSON" or owner[s].end > k for s in other)):
            continue
        made.append(Span(doc, span.start, k, label="ORG"))
    return _replacing(spans, made)


#: What may stand between two pieces of one person's name: a space, or a nickname in quotes
#: ('Edward "Eddie" Lodewijk').
_NAME_GAP = re.compile(r""" | +["“'‘][A-Z][\w.-]{0,15}["”'’] +""")


def _adjacent_people(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with two persons' names that touch made one ("Amy Berman" + "Holm", or with a
    nickname between): a text separates two people's names with a comma or a word (but two
    one-word names that touch are two people in a headline: "the Holm Tarn summit")."""
    text = doc_text(doc)
    made = []
    i = 0
    while i + 1 < len(spans):
        left, right = spans[i], spans[i + 1]
        gap = _NAME_GAP.fullmatch(text, left.end_char, right.start_char)
        if (left.label_ == right.label_ == "PERSON" and len(left) + len(right) <= 4
                and gap is not None and (len(left) >= 2 or gap.group() != " ")
                and not left.text.isupper() and not right.text.isupper()
                and not _is_break(doc[left.end - 1])):
            made.append(Span(doc, left.start, right.end, label="PERSON"))
            i += 2
        else:
            i += 1
    return _replacing(spans, made)


def _cut_in_two(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a name of two words the model cut into an organisation's or a place's
    word and a person's made one ("Petra" + "Langrova", "Lockheed" + "Martin", "Margot" +
    "Haddad"): two capitalised words with nothing between them. A person's, unless its last
    word is a given name and its first none ("Lockheed Martin", a company's); not after an
    acronym ("told MSNBC X"); after a place's word, only a known first name that is no
    country's or state's."""
    made = []
    for left, right in pairwise(spans):
        if not (right.label_ == "PERSON" and len(left) == len(right) == 1
                and left.end == right.start and left[0].is_title and left[0].is_alpha
                and right[0].text[:1].isupper()):
            continue
        given = [word.lower_ in _first_names() for word in (left[0], right[0])]
        if left.label_ == "ORG":
            made.append(Span(doc, left.start, right.end,
                             label="ORG" if given == [False, True] else "PERSON"))
        elif (left.label_ in ("GPE", "LOC", "NORP") and given[0]
              and place_kind(left.text) in (None, "city")):
            # "Margot" + "Haddad": a first name the model took for a town's (not a
            # country's or a state's: "Georgia" + "Velk" is left as it is)
            made.append(Span(doc, left.start, right.end, label="PERSON"))
    return _replacing(spans, made)


#: The labels a name an acronym spells out keeps from the model; any other becomes ORG.
_DEFINED_LABELS = frozenset({"ORG", "LAW", "EVENT", "FAC", "WORK_OF_ART"})


def _defined_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with the name an acronym in brackets spells out whole ("Athletics Kenya
    (AK)"), where the model tagged only part of it ("Kenya", a place): an organisation's name
    (or the model's law, event, building or work; a gazetteer place stays a place, and so does
    a polity's name the model tagged a place in: "Democratic Republic of Congo (DRC)"). Not
    words the model tagged no part of ("Chief Executive Officer (CEO)"), nor common words
    ("anterior cingulate cortex (ACC)")."""
    text = doc_text(doc)
    if "(" not in text:
        return spans
    made = []
    for _, start, end, common in _acronym_definitions(text):
        whole = None if common else _char_span(doc, start, end)
        if (whole is None or not whole[0].text[:1].isupper()
                or whole[-1].lower_ in _POSSESSIVE):  # "the United Kingdom's (UK) X"
            continue
        inside = [span for span in spans if whole.start <= span.start and span.end <= whole.end]
        if not inside or any(span.start == whole.start and span.end == whole.end
                             for span in inside) or any(
                span.start < whole.start < span.end or span.start < whole.end < span.end
                for span in spans):
            continue
        place = place_kind(whole.text)
        polity = any(t.lower_ in _cues()["polity"] for t in whole) and all(
            span.label_ == "GPE" for span in inside)  # "Democratic Republic of X (DRX)"
        label = ("GPE" if polity or place in ("country", "region", "city") else "LOC" if place
                 else inside[0].label_ if inside[0].label_ in _DEFINED_LABELS else "ORG")
        made.append(Span(doc, whole.start, whole.end, label=label))
    return _replacing(spans, made)


def _country_pairs(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with the other country of a hyphenated pair the model tagged one of ("Iran" of
    "the Iran-Iraq war", "Pakistan" of "India-Pakistan talks"): a gazetteer country's one-word
    name joined by a hyphen, with no space, to a place the model tagged."""
    taken = {i for span in spans for i in range(span.start, span.end)}
    made = []
    for span in spans:
        if span.label_ != "GPE":
            continue
        for dash, other in ((span.end, span.end + 1), (span.start - 1, span.start - 2)):
            if (0 <= other < len(doc) and 0 <= dash < len(doc) and doc[dash].text == "-"
                    and other not in taken and doc[other].is_title
                    and not doc[dash - 1].whitespace_ and not doc[dash].whitespace_
                    and place_kind(doc[other].text) == "country"):
                made.append(Span(doc, other, other + 1, label="GPE"))
                taken.add(other)
    return sorted(spans + made, key=lambda span: span.start) if made else spans


def _person_of_organisation(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a person's name and the organisation or place the person is "of" made
    two, where the model tagged them one ("Ada Velk of Tarnby Public Radio"): a known first
    name and one or two capitalised words before "of"; after it, capitalised words with an
    organisation's head word ("Radio", "University": cue kind "org_head") or a gazetteer
    place's name. Not a title's ("Duke of Tarnby": no first name)."""
    cues = _cues()
    made = []
    for span in spans:
        k = next((t.i for t in span[2:4] if t.lower_ == "of"), None)
        if k is None or k + 1 >= span.end:
            continue
        person, rest = doc[span.start:k], doc[k + 1:span.end]
        if rest[0].lower_ == "the":
            rest = rest[1:]
        if not (len(rest) and person[0].lower_ in _first_names() and not _is_title(person[0])
                and all(t.is_title and t.is_alpha for t in person)
                and all(t.text[:1].isupper() or t.lower_ in _INNER for t in rest)):
            continue
        place = place_kind(rest.text)
        if rest[-1].lower_ in cues["org_head"]:
            label = "ORG"
        elif place is not None:
            label = "GPE" if place != "continent" else "LOC"
        else:
            continue
        made += [Span(doc, person.start, person.end, label="PERSON"),
                 Span(doc, rest.start, rest.end, label=label)]
    return _replacing(spans, made)


def _surname_after_first_name(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a first name the model tagged a person alone joined to the surname
    right after it, a word it tags a place's or a people's there ("Edith" + "Masai" GPE) or
    misses there but tags elsewhere in the text: one person. Not a country's or a state's name
    ("Ada" + "Kenya"), nor a people's ("Ada" + "Kenyan")."""
    owner = {span.start: span for span in spans if len(span) == 1}
    names = {span.text for span in spans if len(span) == 1}
    taken = {i for span in spans for i in range(span.start, span.end)}
    made = []
    for span in spans:
        j = span.end
        if not (span.label_ == "PERSON" and len(span) == 1 and span[0].is_title
                and span[0].lower_ in _first_names() and span[0].whitespace_ == " "
                and j < len(doc) and doc[j].is_title and doc[j].is_alpha
                and place_kind(doc[j].text) in (None, "city") and not _demonym([doc[j].text])
                and not (made and made[-1].end > span.start)):
            continue
        right = owner.get(j)
        if (right is not None and right.label_ in ("GPE", "LOC", "NORP")) or (
                j not in taken and doc[j].text in names):
            made.append(Span(doc, span.start, j + 1, label="PERSON"))
    return _replacing(spans, made)


def _makers_products(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a maker's name and the product name right after it made one product
    ("Toyota" + "Corolla", "Velmo" + "Kestrel 7"): the model tags the maker an organisation
    and the model's name a product."""
    made = []
    for left, right in pairwise(spans):
        if (left.label_ == "ORG" and right.label_ == "PRODUCT" and right.start == left.end
                and doc[left.end - 1].whitespace_ == " " and not _is_break(doc[left.end - 1])
                # (not in a table of results: "Dumbarton 1 Brechin 1", "Rovers 1 Stockport 1")
                and not any(t.text[:1].isdigit() for t in left)
                and sum(t.text[:1].isdigit() for t in right) <= 1
                and not (made and made[-1].end > left.start)):
            made.append(Span(doc, left.start, right.end, label="PRODUCT"))
    return _replacing(spans, made)


#: A legislature's chamber, whose bills are numbered: "House Bill 2", "Senate Bill 30".
_CHAMBERS = frozenset({"House", "Senate", "Assembly"})
#: A bill's number: "2", "1040", "C-51".
_BILL_NUMBER = re.compile(r"(?:[A-Z]-)?\d{1,5}")
#: A bill's short name: "HB 2", "HB2", "SB 30", "AB 5" (a chamber's letter, "B", a number).
_SHORT_BILL = re.compile(r"[HSA]B\d{0,5}")


def _numbered_bills(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a numbered bill's name whole, a LAW: "House Bill 2" (which the model
    cuts into "House" and "Bill 2", or ends at "Bill"), "HB 2", "HB2"; a chamber's word
    ("House", "Senate", "Assembly") must start it, so no man named Bill is one, and a short
    name must stand alone (not a legal form or a province: "Velmo AB 2023", "Calgary, AB 2")."""
    made = []
    k = 0
    while k < len(doc):
        token = doc[k]
        after = doc[k + 1] if k + 1 < len(doc) else None
        if (after is not None and token.text in _CHAMBERS and after.text == "Bill"
                and k + 2 < len(doc) and token.whitespace_ and after.whitespace_
                and _BILL_NUMBER.fullmatch(doc[k + 2].text)):
            made.append(Span(doc, k, k + 3, label="LAW"))
            k += 3
            continue
        alone = k == 0 or not (doc[k - 1].is_title or doc[k - 1].text == ",")
        if alone and _SHORT_BILL.fullmatch(token.text):
            if any(c.isdigit() for c in token.text):
                made.append(Span(doc, k, k + 1, label="LAW"))
            elif (after is not None and token.whitespace_ and after.text.isdigit()
                  and len(after.text) <= 5):
                made.append(Span(doc, k, k + 2, label="LAW"))
                k += 1
        k += 1
    return _replacing(spans, made)


def _laws_of_years(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a law's year on its name: "the Civil Rights Act of 1964" (the model ends
    it at "Act"; a word of cue kind "law_head" must end the span)."""
    heads = _cues()["law_head"]
    made = []
    for span in spans:
        end = span.end
        if (span.label_ != "PERSON" and span[-1].is_title and span[-1].lower_ in heads
                and end + 1 < len(doc)
                and doc[end].text == "of" and _YEAR.match(doc[end + 1].text)
                and span[-1].whitespace_ and doc[end].whitespace_):
            made.append(Span(doc, span.start, end + 2, label="LAW"))
    return _replacing(spans, made)


def _court_cases(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with two names joined by "v." made one case, a LAW ("Kelly v. United States",
    "Velk v. Tarvik County"): a court case's parties (a match's sides are written "v" or
    "vs.": "Velloria v Tarvik", two names)."""
    made = []
    for left, right in pairwise(spans):
        if (right.start == left.end + 1 and doc[left.end].text == "v."
                and doc[left.end - 1].whitespace_ and doc[left.end].whitespace_
                and not _is_break(doc[left.end - 1])
                and not (made and made[-1].end > left.start)):
            made.append(Span(doc, left.start, right.end, label="LAW"))
    return _replacing(spans, made)


#: Words that go on an office's name after its head, before more of its capitalised words
#: ("... Office for the Western District of Velloria").
_OFFICE_LINKS = frozenset({"of", "for"})
_MAX_OFFICE_TOKENS = 12


def _office_of_holder(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an organisation named after its holder's office whole: "the U.S.
    Attorney's Office for the Western District of Velloria", "the Velmor County Sheriff's
    Office" (capitalised words, a title or a role in the possessive, an organisation's head
    word: cue kinds "title", "role", "org_head"), not a person's ("President Ada Velk's
    Office")."""
    cues = _cues()
    ends = {span.end: span for span in spans}
    made: list[Span] = []
    for k in range(1, len(doc) - 1):
        holder, head = doc[k - 1], doc[k + 1]
        if not (doc[k].lower_ in ("'s", "’s") and holder.is_title and head.is_title
                and head.lower_ in cues["org_head"]
                and (holder.lower_ in cues["title"] or holder.lower_ in cues["role"])):
            continue
        named = ends.get(k)
        if named is not None and named.label_ == "PERSON":
            continue
        start = k - 1
        while (start > 0 and doc[start - 1].text[:1].isupper()
               and doc[start - 1].lower_ not in _LEADING):  # not "The"
            start -= 1
        end = k + 2
        while end + 1 < len(doc) and doc[end].lower_ in _OFFICE_LINKS:
            name = end + 2 if doc[end + 1].lower_ == "the" else end + 1
            if name >= len(doc) or not doc[name].is_title or name - start >= _MAX_OFFICE_TOKENS:
                break
            end = name + 1
            while end < len(doc) and doc[end].is_title and end - start < _MAX_OFFICE_TOKENS:
                end += 1
        longer = any(span.start < start < span.end or span.start < end < span.end
                     for span in spans)  # the model's name goes on: "King's College London"
        if not longer and (not made or made[-1].end <= start):
            made.append(Span(doc, start, end, label="ORG"))
    return _replacing(spans, made)


def _first_name_hyphened(doc: Doc, start: int, taken: set[int]) -> bool:
    """A known first name and a hyphen, in no other name, glued right before token ``start``
    ("Eva-" before "Marie Velk")."""
    return (start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_
            and not doc[start - 2].whitespace_ and start - 2 not in taken
            and doc[start - 2].is_title and doc[start - 2].lower_ in _first_names())


#: The letters of a syllable of a romanised East Asian given name ("Jae-in", "Jong-un").
_SYLLABLE = 3


def _hyphenated_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a person's name whole where the model cut it at a hyphen: a first name
    joined before ("Eva-" + "Marie Velk"; a known first name) or a syllable of a given name
    after ("Moon Jae" + "-in", "Kim Jong" + "-un": in lower case, of two or three letters,
    after a syllable of four letters at most, and the name's end: not "Chan-o-cha", nor
    "Velmo-side")."""
    taken = {i for span in spans for i in range(span.start, span.end)}
    made = []
    for span in spans:
        if span.label_ != "PERSON":
            continue
        start, end = span.start, span.end
        if _first_name_hyphened(doc, start, taken):
            start -= 2
        if (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
                and not doc[end].whitespace_ and end + 1 not in taken and doc[end + 1].is_lower
                and doc[end + 1].is_alpha and 2 <= len(doc[end + 1]) <= _SYLLABLE
                and len(doc[end - 1]) <= _SYLLABLE + 1
                and (end + 2 == len(doc) or doc[end + 2].text != "-")):
            end += 2
        if (start, end) != (span.start, span.end):
            made.append(Span(doc, start, end, label="PERSON"))
    return _replacing(spans, made)


#: How many words a person's name after a role may have ("center Ada Velk", "lawyer Ana
#: María Velk").
_MAX_NAME_WORDS = 3


def _named_after_role(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a person's name the model missed after a role in lower case ("center
    Maurice Velk", "spokeswoman Ada Velk"; cue kinds "role" and "team_role", not a word that
    stands before organisations too: "owner", "official"): two or three capitalised words,
    in no other name, then no capitalised word; none of them a head word of an organisation
    or a place, a place the gazetteer knows, or a people's name."""
    cues = _cues()
    roles = (cues["role"] | cues["team_role"]) - _NO_PERSON_BEFORE_ROLES
    taken = {i for span in spans for i in range(span.start, span.end)}
    made = []
    for token in doc[:-2]:
        if not (token.is_lower and token.lower_ in roles):
            continue
        end = token.i + 1
        while (end < len(doc) and end - token.i <= _MAX_NAME_WORDS and end not in taken
               and doc[end].is_title and doc[end].is_alpha and doc[end].tag_ == "NNP"):
            end += 1
        words = doc[token.i + 1:end]
        if (len(words) >= 2 and not (end < len(doc) and doc[end].text[:1].isupper())
                and not any(w.lower_ in cues["head"] or place_kind(w.text) is not None
                            or _demonym([w.text]) for w in words)):
            made.append(Span(doc, token.i + 1, end, label="PERSON"))
    return sorted(spans + made, key=lambda span: span.start) if made else spans


def _state_word(word: str) -> bool:
    """A state's or a province's abbreviation as news writes it after a town: a postal code
    ("OR", "NSW"), or the AP's ("Calif.", "N.D.", cue kind "state_abbrev")."""
    return word in state_codes() or (word[:1].isupper() and word.endswith(".")
                                     and word.casefold() in _cues()["state_abbrev"])


def _towns_in_states(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a state's abbreviation after a town a place ("Bend, OR", "Yakima,
    Wash."), whatever the model made of it, and the town a place where the model missed it
    (its label, where the model gave one, is decided over the document: ``in_region``). The
    abbreviation ends its phrase; the town is a name the model tagged, or capitalised words
    that are no small word and, unless the gazetteer knows them, no sentence's first ("Yes,
    OK.")."""
    owner = {i for span in spans for i in range(span.start, span.end)}
    made: list[Span] = []
    for i in range(2, len(doc)):
        token = doc[i]
        if not (_state_word(token.text) and doc[i - 1].text == "," and doc[i - 2].is_title):
            continue
        if i + 1 < len(doc) and not (_is_break(doc[i + 1]) or doc[i + 1].is_punct
                                     or doc[i + 1].is_lower):
            continue  # "Paris, TX Rangers": no abbreviation ending a place
        if i - 2 in owner:
            made.append(Span(doc, i, i + 1, label="GPE"))
            continue
        if doc[i - 2].lower_ in STOP_WORDS or (_starts_sentence(doc[i - 2])
                                               and place_kind(doc[i - 2].text) is None):
            continue  # "Yes, OK.": no town
        made.append(Span(doc, i, i + 1, label="GPE"))
        start = i - 2
        while (start > 0 and i - 2 - start < 2 and doc[start - 1].is_title
               and not _starts_sentence(doc[start]) and doc[start - 1].lower_ not in STOP_WORDS
               and start - 1 not in owner):
            start -= 1
        made.append(Span(doc, start, i - 1, label="GPE"))
    return _replacing(spans, made)


#: What parts a listing line's fields: a spaced dash, "@", "|", a bullet, a colon.
_FIELD_BREAK = re.compile(r"\s+[–—-]{1,2}\s+|\s*[@|•·]\s*|:\s+")
#: A venue's name: capitalised words, with small words inside ("House of Blues", "The 9:30
#: Club"); no sentence.
_VENUE = re.compile(r"(?:The\s+)?([A-Z0-9][\w.'’&-]*(?:\s+(?:(?:of|the|at|on|and|&)\s+)?"
                    r"[A-Z0-9][\w.'’&:-]*){0,5})")
#: Listing lines a document needs before their fields are read as venues, and the longest
#: line that may be one (a listing is short; longer lines are prose, and are not read).
_MIN_LISTINGS = 3
_MAX_LISTING_CHARS = 160


def _venues(doc: Doc, spans: list[Span], dates: list[tuple[int, int]]) -> list[Span]:
    """``spans`` with the venues of a list of dates: lines that begin with a date, and name a
    place and a venue ("March 3 – Seattle, WA – Paramount Theatre", "Oct. 5: The Fillmore,
    Denver"); the venue is a building (FAC), whatever the model made of it or missed. Only in
    a list: three such lines at least."""
    text = doc_text(doc)
    if len(dates) < _MIN_LISTINGS:
        return spans
    places = sorted((span.start_char, span.end_char) for span in spans if span.label_ == "GPE")
    starts = [start for start, _ in dates]
    venues: list[tuple[int, int]] = []
    listings = 0
    for line in re.finditer(r"[^\n]+", text):
        if line.end() - line.start() > _MAX_LISTING_CHARS:
            continue
        lead = len(line.group()) - len(line.group().lstrip(" \t*•-–·"))
        k = bisect.bisect_left(starts, line.start() + lead)
        if k == len(dates) or dates[k][0] != line.start() + lead or dates[k][1] >= line.end():
            continue
        parts = [(a, b) for a, b in _comma_parts(text, _fields(text, dates[k][1], line.end()))
                 if text[a:b].strip(" –—-:")]
        found = [part for part in parts if not _place_part(text, part, places)]
        if len(found) == 1 and 2 <= len(parts) <= 4:
            a, b = found[0]
            match = _VENUE.fullmatch(text, _past_breaks(text, a, b), b)
            if match is not None and not text[match.start(1):match.end(1)].isupper():
                listings += 1
                venues.append((match.start(1), match.end(1)))
    if listings < _MIN_LISTINGS:
        return spans
    made = [span for a, b in venues if (span := _char_span(doc, a, b, "FAC")) is not None]
    return _replacing(spans, made)


def _fields(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The fields of a listing line's ``start:end``, between its breaks (:data:`_FIELD_BREAK`)."""
    fields = []
    for found in _FIELD_BREAK.finditer(text, start, end):
        fields.append((start, found.start()))
        start = found.end()
    return [*fields, (start, end)]


def _comma_parts(text: str, fields: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The comma-parted pieces of a listing line's fields, trimmed of spaces."""
    for start, end in fields:
        for piece in re.finditer(r"[^,]+", text[start:end]):
            a, b = start + piece.start(), start + piece.end()
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if a < b:
                yield a, b


def _past_breaks(text: str, a: int, b: int) -> int:
    """The start of a listing line's piece ``a:b`` past the field breaks' marks before it."""
    while a < b and text[a] in " –—-:@|•·":
        a += 1
    return a


def _place_part(text: str, part: tuple[int, int], places: list[tuple[int, int]]) -> bool:
    """A listing line's piece that names a place: a state's abbreviation, a place the
    gazetteer knows, or one the model tags (``places``: the model's places, in text order,
    which do not overlap)."""
    a, b = part
    a = _past_breaks(text, a, b)
    words = text[a:b]
    k = bisect.bisect_right(places, (a, math.inf)) - 1  # the last place starting at a or before
    return (_state_word(words) or place_kind(words) is not None
            or (k >= 0 and places[k][1] >= b))


def _replacing(spans: list[Span], made: list[Span]) -> list[Span]:
    """``spans`` less those that overlap one of ``made``, with ``made``, in text order."""
    if not made:
        return spans
    taken = {i for span in made for i in range(span.start, span.end)}
    kept = [span for span in spans if not any(i in taken for i in range(span.start, span.end))]
    return sorted(kept + made, key=lambda span: span.start)


def _designation_end(i: int, doc: Doc) -> int | None:
    """The end of the model designation at token ``i`` ("A320", "737", "737-800"), or ``None``:
    after a word (not "§ 1201"), not a year or a round number, and a bare number not a score
    or a count ("108, ", "108-102", "3 to 1")."""
    token = doc[i]
    if (not _DESIGNATION.match(token.text) or _YEAR.match(token.text)
            or not (i > 0 and doc[i - 1].whitespace_ and doc[i - 1].is_alpha)
            # a round number: an index or a list ("FTSE 100", "Fortune 500")
            or (token.text.isdigit() and token.text.endswith("00"))):
        return None
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is None:
        return i + 1
    if (after.text == "-" and not token.whitespace_ and i + 2 < len(doc)
            and not after.whitespace_ and re.fullmatch(_VARIANT, doc[i + 2].text)):
        return i + 3  # "737-800", "A330-300"
    if token.text[0].isalpha():
        return i + 1
    if after.text in _NOT_AFTER_MODEL or after.like_num:
        return None
    return i + 1


#: Span repairs over the model's entities, in order, before each piece is judged: each takes
#: the document and its spans and returns the spans with what it mends.
_REPAIRS = (_models, _defined_names, _with_first_part, _organisation_words_joined, _institutions,
            _of_place, _of_and, _with_first_name, _adjacent_people, _cut_in_two,
            _surname_after_first_name, _person_of_organisation, _prefix_joined,
            _titled_surnames, _joined_groups, _party_names, _court_cases, _numbered_bills,
            _laws_of_years, _makers_products, _numbered_products, _office_of_holder,
            _named_after_role, _hyphenated_names, _towns_in_states, _joined_places, _flights,
            _country_pairs)


def _spaced_dash(doc: Doc, i: int) -> bool:
    """A dash with spaces around it parts two names ("Romania - Cosmin Contra")."""
    return (doc[i].text in ("-", "–", "—", "--") and 0 < i < len(doc) - 1
            and bool(doc[i - 1].whitespace_) and bool(doc[i].whitespace_))


def _slash(doc: Doc, i: int) -> bool:
    """A slash between two words of three letters or more joins two names ("Hawkins/Walker",
    "Fedora/Red Hat"; not "AC/DC")."""
    return (doc[i].text == "/" and 0 < i < len(doc) - 1
            and all(len(t.text) >= 3 and t.is_alpha for t in (doc[i - 1], doc[i + 1])))


def _particle_name(span: Span) -> Span:
    """``span`` with the word after a final name particle ("Gloria La" -> "Gloria La Riva",
    "Valéry Giscard" -> "Valéry Giscard d'Estaing"): no name ends with a particle, and the
    model often stops before a lower-case "d'"; not over a name the model tags itself ("Senator"
    + "D'Souza")."""
    doc = span.doc
    end = span.end
    if (end >= len(doc) or _is_break(doc[end]) or doc[end - 1].whitespace_ == ""
            or doc[end].ent_iob_ in ("B", "I")):
        return span
    after = doc[end]
    last = span[-1]
    particle = last.text[:1].isupper() and last.lower_ in _cues()["particle"]
    if (particle and after.is_title) or _ELIDED.match(after.text):
        return Span(doc, span.start, end + 1, label=span.label_)
    return span


def _versus_name(span: Span) -> Span:
    """``span`` with the capitalised words after a final "v." or "vs." ("Roe vs." -> "Roe vs.
    Wade"): no name ends with it, and the model may stop there. Not over a name the model
    tags itself: then without the "vs."."""
    doc = span.doc
    end = span.end
    if len(span) < 2 or span[-1].lower_ not in _cues()["versus"]:
        return span
    while end < len(doc) and doc[end].is_title and doc[end].ent_iob_ not in ("B", "I"):
        end += 1
    return Span(doc, span.start, end if end > span.end else end - 1, label=span.label_)


#: A name's elided particle and the word it joins ("d'Estaing", "D'Souza").
_ELIDED = re.compile(r"^[dD]['’][A-Z]\w+$")


#: A bracket inside a name cuts it: "Council of Europe (CoE)" is "Council of Europe" and
#: "CoE", and no name ends inside brackets ("Council of Europe (CoE").
_BRACKETS = frozenset("()[]{}")


def _lower_word(token: Token) -> bool:
    """A lower-case word that is no name particle: no name begins or ends with it."""
    return token.is_lower and token.is_alpha and token.text not in _cues()["particle"]


def _is_break(token: Token) -> bool:
    return "\n" in token.text or "\r" in token.text


#: Prefixes of a stance or a negation, no part of the name they join ("anti-Muslim"); not
#: those that make a new one ("pan-African", "ex-Muslims").
_STANCE_PREFIXES = frozenset({"anti", "pro", "non"})


def _trim(doc: Doc, start: int, end: int, label: str) -> Span | None:
    """``doc[start:end]`` without determiners, possessives, edge punctuation, and lower-case
    words at either end ("led Iraq War", "Kestrel graduation ceremony", "Interfax news
    agency"), but for name particles ("de Gaulle"), a word joined by a hyphen ("Yu
    Hoi-kwan", "ex-Muslim") and a word of kind "lower_org_head" right after a capitalised one
    ("the Democratic party"); without a stance's prefix ("anti-Muslim", "pro-Beijing")."""
    while start < end and (
        (doc[start].lower_ in _LEADING and not _quoted_title(doc, start, end, label))
        or _edge_punct(doc[start].text) or doc[start].is_space
        or (_lower_word(doc[start]) and doc[start].whitespace_)
        or doc[start].lower_ in _POSSESSIVE  # a contraction's: "That’s X"
    ):
        start += 1
    if (start + 2 < end and doc[start].text in _STANCE_PREFIXES and doc[start + 1].text == "-"
            and not doc[start].whitespace_ and not doc[start + 1].whitespace_):
        start += 2  # "anti-Muslim", "pro-Beijing", "non-Latino": the name after the prefix
    while end > start and (
        doc[end - 1].lower_ in _POSSESSIVE
        or (end - 1 > start and doc[end - 1].text.startswith("@"))  # "Twitter @handle"
        or doc[end - 1].text in _TRAILING
        or _edge_punct(doc[end - 1].text)
        or doc[end - 1].is_space
        or (_lower_word(doc[end - 1]) and end - 1 > start and doc[end - 2].whitespace_
            and (doc[end - 1].text not in _cues()["lower_org_head"]
                 or not doc[end - 2].is_title))
        or _trailing_figure(doc, start, end, label)
        or (end - 1 > start and _post_nominal(doc[end - 1].text))
        or (label == "ORG" and _office_before_name(doc, start, end))
    ):
        end -= 1
    if start >= end:
        return None
    span = Span(doc, start, end, label=label)
    if not any(c.isalpha() for c in span.text):
        return None
    return span


def _quoted_title(doc: Doc, start: int, end: int, label: str) -> bool:
    """A work's title in quotes starts with its article: “A Quiet Harbour”, “The Velmo”."""
    return (label == "WORK_OF_ART" and start > 0 and doc[start - 1].text in _QUOTES
            and doc[start].is_title and end < len(doc) and _CLOSED.fullmatch(doc[end].text)
            is not None)


def _office_before_name(doc: Doc, start: int, end: int) -> bool:
    """An organisation's name ends with the title of the person named next ("House of
    Representatives Speaker Ada Velk", "the Supreme Court Justice, Ada Velk"): the title is
    the person's, unless it is a word of the name ("Ministry of Justice") or follows one ("Attorney
    General")."""
    after = end + 1 if end < len(doc) and doc[end].text == "," else end
    return (end - start > 2 and after < len(doc) and _is_title(doc[end - 1])
            and doc[end - 1].lower_ != "general"  # "Attorney General", "Surgeon General"
            and doc[end - 2].lower_ not in _INNER and doc[after].text[:1].isupper())


def _edge_punct(text: str) -> bool:
    return bool(text) and all(c in _EDGE_PUNCT for c in text)


#: A figure: a count, a score, an amount or a rank ("63", "442,201", "1.6", "75th").
_FIGURE = re.compile(r"\d[\d.,]*|\d+(?:st|nd|rd|th)")
#: A game's result ("2-1", "3–0"), and either of its numbers.
_SCORE = re.compile(r"\d{1,2}[-–]\d{1,2}")
_GOALS = re.compile(r"\d{1,2}")


def _score_part(doc: Doc, i: int) -> bool:
    """Token ``i`` is a game's result ("3–0") or one of its numbers ("2" or "1" of "2-1")."""
    def goals(k: int) -> bool:
        return 0 <= k < len(doc) and _GOALS.fullmatch(doc[k].text) is not None

    def dash(k: int) -> bool:
        return 0 <= k < len(doc) and doc[k].text in ("-", "–")

    return (_SCORE.fullmatch(doc[i].text) is not None
            or (goals(i) and ((dash(i + 1) and goals(i + 2)) or (dash(i - 1) and goals(i - 2)))))


def _trailing_figure(doc: Doc, start: int, end: int, label: str) -> bool:
    """The last token of ``doc[start:end]`` is a percentage ("Melbourne 0.5%": the sign, then
    the figure), a game's result ("Liverpool 2-1"), one of several figures in a row ("Burnley
    4 2 0 2", a table's row; "McGrath 9.5-0-44-1", a bowler's figures), or a figure after a
    person's name ("G. Kersey 63", a score in a table): no name ends with one. A product's or an
    event's name may end with one number ("Windows 10", "Apollo 11"), and so may a software's
    the model took for a person ("Velmo Linux 8")."""
    if end - 1 <= start:
        return False
    last = doc[end - 1]
    if last.text == "%":
        return True
    if _score_part(doc, end - 1):
        return True  # "Liverpool 2-1", "Chelsea 3–0", "Halftime 1-0": a result, not a name
    if _FIGURE.fullmatch(last.text) is None:
        return False
    if _FIGURE.fullmatch(doc[end - 2].text) is not None or _figure_follows(doc, end):
        # "Velmor 4 2 0 2 5", "Velmor 9.5-0-44-1": a row of a table or a bowler's figures (a
        # name ends with one number)
        return True
    if end < len(doc) and _counts_play(doc[end]):
        return True  # "Ada Velk 8 saves", "Velk 1 goal": a player's count, no name's number
    percentage = end < len(doc) and doc[end].text == "%"
    return percentage or (label == "PERSON"
                          and doc[end - 2].lower_ not in _cues()["product_head"])


def _counts_play(token: Token) -> bool:
    """A player's statistic in lower case, in the plural or not (cue kind "stat": "points",
    "goal", "saves"): what a figure before it counts."""
    word = token.text  # (the cue words are in lower case: not a title's "Points")
    stats = _cues()["stat"]
    return word in stats or word + "s" in stats


def _figure_follows(doc: Doc, i: int) -> bool:
    """A figure at token ``i``, or a dash and a figure ("- 0" of "9.5-0-44-1")."""
    if i < len(doc) and doc[i].text in ("-", "–"):
        i += 1
    return i < len(doc) and _FIGURE.fullmatch(doc[i].text) is not None


#: Tags of a sentence's first word that make it no name (verbs, plural nouns, adverbs, ...).
#: Not "NN" and "JJ": the tagger gives them to names and nationalities there too
#: ("Reuters", "Chinese"); such a word is judged by its lower-case uses instead.
_COMMON_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "NNS", "RB", "RBR", "RBS",
                          "IN", "DT", "MD", "UH", "CC", "EX", "PDT", "RP", "TO", "WDT", "WP",
                          "WRB", "JJR", "JJS"})
_UNSURE_TAGS = frozenset({"NN", "JJ", ""})
#: What ends a sentence before the next one starts; quotes and brackets may come between.
_SENTENCE_ENDS = frozenset(".!?:;")
_OPENERS = frozenset("\"'“‘([«")
#: Opening quotes: a title may stand in them.
_QUOTES = _OPENERS - frozenset("([")
#: A closing quote right after a name, maybe after a comma or a full stop: ”, ", ’ or ».
_CLOSED = re.compile(r"[,.]?[\"'”’»]")


def _word_cases(doc: Doc) -> tuple[frozenset[str], frozenset[str]]:
    """The words of ``doc`` written in lower case, and those capitalised inside a sentence
    (where :func:`_starts_sentence` is false) and not after another capitalised word inside it
    (but for a title or an initial): a word capitalised only as part of a longer name ("of
    Yahoo Games") is no name of its own. One pass over a token array, no Token objects."""
    text = doc_text(doc)
    lower, inside = set(), set()
    starts = True  # whether the next word starts a sentence
    after_capital = False  # whether the last word was capitalised
    titles = _cues()["title"]
    for idx, length, is_lower, is_space in doc.to_array([IDX, LENGTH, IS_LOWER, IS_SPACE]).tolist():
        word = text[idx:idx + length]
        capital = word[:1].isupper()
        if is_lower:
            lower.add(word)
        elif capital and not starts and not after_capital:
            inside.add(word)
        if not (word in _OPENERS or (is_space and "\n" not in word)):
            # A title or an initial leaves the next word on its own ("Mr Banks", "J. Banks");
            # so does a sentence's first word ("The Rowing Trust": "Rowing" counts).
            after_capital = (capital and not starts and not _is_initial(word)
                             and word.rstrip(".").casefold() not in titles)
            starts = word in _SENTENCE_ENDS or "\n" in word or "\r" in word
    return frozenset(lower), frozenset(inside)


def _starts_sentence(token: Token) -> bool:
    doc = token.doc
    i = token.i - 1
    while i >= 0 and (doc[i].text in _OPENERS or (doc[i].is_space and "\n" not in doc[i].text)):
        i -= 1
    return i < 0 or doc[i].text in _SENTENCE_ENDS or _is_break(doc[i])


def _sentence_initial(span: Span, words: tuple[frozenset[str], frozenset[str]],
                      english: Collection[str] | None = None) -> Span | None:
    """``span`` less a first word that is capitalised only for starting the sentence.

    Such a word ("Stung by ...", "Tributes were paid", "Said Mr X") is no name when the
    tagger calls it something else than a proper noun, or the text has it in lower case,
    unless the text also capitalises it inside a sentence. ``None`` when nothing is left.
    Before a person's name, an English word in "-ing" is a verb ("Questioning Brandt, the
    lawyer said"), whatever the tagger calls it, unless it is a first name too ("Sterling").
    A "person" of one English word that is no first name nor a place the gazetteer knows
    ("Law and order is ...") is that word, unless the text capitalises it inside a sentence
    too (a surname: "Bush").
    """
    first = span[0]
    lower, inside = words
    if first.is_upper or not first.text[:1].isupper() or not _starts_sentence(first):
        return span
    # Judged by its lower-case uses too: a name of one word the tagger calls a proper noun
    # ("Collagen is ...", "Findings also suggest ...": the tagger calls most capitalised words
    # that; not the first word of a longer name: "New Jersey", "De Blasio", "Press TV"), and a
    # plural proper noun ("Games aimed at"), unless it names a group: "Democrats" is
    # "democrats" in lower case too.
    unsure = (first.tag_ in _UNSURE_TAGS or (first.tag_ == "NNP" and len(span) == 1)
              or (first.tag_ == "NNPS" and span.label_ != "NORP"))
    common = (first.tag_ in _COMMON_TAGS or (unsure and first.text.lower() in lower)
              or (span.label_ == "PERSON" and len(span) > 1 and _gerund(first, english))
              or (span.label_ == "PERSON" and len(span) == 1 and unsure and english is not None
                  and first.lower_ in english and first.lower_ not in _first_names()
                  and place_kind(first.text) is None))
    if not common or first.text in inside:
        return span
    if len(span) == 1 or not span[1].text[:1].isupper():
        return None
    return Span(span.doc, span.start + 1, span.end, label=span.label_)


def _gerund(token: Token, english: Collection[str] | None) -> bool:
    """An English verb's form in "-ing" ("questioning", "meeting", "hoping", "planning"), not
    a word that only ends so ("sterling", "darling") and no first name. The form itself need
    not be in the word list when its stem has four letters or more ("hosting")."""
    word = token.lower_
    if english is None or len(word) <= 5 or not word.endswith("ing"):
        return False
    stem = word[:-3]
    verb = (stem in english or stem + "e" in english
            or (stem[-1] == stem[-2] and stem[:-1] in english))
    return verb and word not in _first_names() and (word in english or len(stem) >= 4)


#: The tags of a common noun phrase's words: modifiers (not a plural: "workers network"),
#: then its noun.
_NOUN_TAGS = frozenset({"NN", "NNS"})
_MODIFIER_TAGS = frozenset({"JJ", "NN", "VBN", "VBG", "RB"}) | _NOUN_TAGS
#: Labels an acronym of a common noun phrase is given ("HP" an organisation); not a place's.
_TERM_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "PERSON", "EVENT", "LAW", "FAC"})


#: An acronym as written (or its plural), and how near its spelling must be: one of two
#: letters right before or after it, but for brackets, punctuation or "or" ("electric
#: vehicle (EV)", "PI: principal investigator", "pneumonitis, or HP"; not "AP" and "abortion
#: providers" in the next sentence), a longer one in the same passage.
_CAPITALS = re.compile(r"\b([A-Z]{2,5})s?\b")
_SPELLED = "factpull.entities.lower_case_spellings"
_SPELLING_REACH = 200
_DEFINITION_GAP = re.compile(r"[\s()\[\]:,—–-]{0,6}(?:or\s+)?[\s(\[]{0,2}")


def _currency_of(span: Span) -> bool:
    """A place or a people naming a currency in an amount ("176 Hong Kong dollars", "88
    billion Australian dollars"): part of the amount, no name (cue kind "currency" after it, a
    figure or a number's word before it)."""
    doc = span.doc
    return (span.label_ in ("GPE", "NORP") and span.start > 0 and span.end < len(doc)
            and doc[span.end].lower_ in _cues()["currency"]
            and (doc[span.start - 1].like_num or doc[span.start - 1].text[-1:].isdigit()))


_UNITS = "factpull.entities.units"
#: How many times a word in capitals must follow a figure, and never stand elsewhere, to be a
#: unit ("8.69 GW" ... "3 GW"; not "3 NBA titles" in a text that says "NBA" once).
_MIN_UNIT_USES = 2


#: A rank by its number: "No 1", "No. 2", "Number 3".
_RANK = re.compile(r"(?:No|Number)\.?\s?\d{1,3}")
#: Before a rank: whose or what it is ("world No 1").
_RANK_BEFORE = re.compile(r"\b(?:world|seeded|ranked|former)\s+$")
#: After a rank: what holds it ("No. 1 seed", "No 2 player").
_RANK_AFTER = re.compile(r"\.?\s+(?:seed|seeds|seeded|player|players|pick|ranking|ranked|spot)\b")


def _rank(span: Span) -> bool:
    """A rank by its number, no name: "world No 1", "the No. 2 seed" (not an address with no
    rank's word around it: "No 10 said")."""
    if not _RANK.fullmatch(span.text):
        return False
    text = doc_text(span.doc)
    return (_RANK_BEFORE.search(text, max(0, span.start_char - 12), span.start_char) is not None
            or _RANK_AFTER.match(text, span.end_char, span.end_char + 12) is not None)


#: An interstate highway's name: "I-30", "I-95".
_INTERSTATE = re.compile(r"I-\d{1,3}")


def _unit(span: Span) -> bool:
    """One word in capitals that the document writes only right after a figure (not a year),
    twice at least: a unit ("8.69 GW", "30-600 MW", "5 TB"), no name. The document's units
    are found in one pass over its tokens and kept in its ``user_data``."""
    if len(span) != 1 or not span[0].is_upper:
        return False
    units = span.doc.user_data.get(_UNITS)
    if units is None:
        units = span.doc.user_data[_UNITS] = _units(span.doc)
    return span.text in units


def _units(doc: Doc) -> frozenset[str]:
    after_figure: Counter[str] = Counter()
    elsewhere: set[str] = set()
    for token in doc[1:]:
        if token.is_upper and token.is_alpha and len(token) <= 4:
            before = doc[token.i - 1]
            if (before.text[-1:].isdigit() and before.whitespace_
                    and _YEAR.match(before.text) is None):  # (not "in 2019 NATO")
                after_figure[token.text] += 1
            else:
                elsewhere.add(token.text)
    return frozenset(word for word, uses in after_figure.items()
                     if uses >= _MIN_UNIT_USES and word not in elsewhere)


def _lower_case_spellings(doc: Doc) -> frozenset[str]:
    """The acronyms of ``doc`` that a common noun phrase near one of them spells in lower
    case: two to five words of three letters or more, the last a noun (see
    :data:`_CAPITALS` for how near): "hypersensitivity pneumonitis" (HP),
    "real-time bidding" (RTB), "sexually transmitted disease" (STD). One pass over the
    tokens, made only for a document with an acronym among its names, and kept in its
    ``user_data``."""
    spelled = doc.user_data.get(_SPELLED)
    if spelled is None:
        spelled = doc.user_data[_SPELLED] = _spellings(doc)
    return spelled


def _spellings(doc: Doc) -> frozenset[str]:
    text = doc_text(doc)
    written: dict[str, list[int]] = defaultdict(list)
    for match in _CAPITALS.finditer(text):
        written[match.group(1)].append(match.start())
    spelled: set[str] = set()
    if not written:
        return frozenset()
    words: list[Token] = []  # the phrase so far: its last five words
    for token in doc:
        word = token.text
        if word == "-" and words and not token.whitespace_ and not doc[token.i - 1].whitespace_:
            continue  # "real-time"
        if not (len(word) >= 3 and word.isalpha() and word.islower()
                and token.tag_ in _MODIFIER_TAGS):
            words.clear()
            continue
        if words and words[-1].tag_ == "NNS":
            words.clear()  # a plural ends its phrase (not "workers network")
        words.append(token)
        del words[:-5]
        if token.tag_ not in _NOUN_TAGS:
            continue
        end = token.idx + len(word)
        for n in range(2, len(words) + 1):
            acronym = "".join(w.text[0] for w in words[-n:]).upper()
            start = words[-n].idx
            if acronym not in spelled and any(_spelled_near(text, acronym, at, start, end)
                                               for at in written.get(acronym, ())):
                spelled.add(acronym)
    return frozenset(spelled)


def _spelled_near(text: str, acronym: str, at: int, start: int, end: int) -> bool:
    """The acronym written at ``at`` is near enough to its spelling at ``start:end``."""
    if len(acronym) > 2:
        return abs(at - start) <= _SPELLING_REACH
    if at > end:
        return _DEFINITION_GAP.fullmatch(text, end, at) is not None
    after = at + len(acronym)
    return after <= start and _DEFINITION_GAP.fullmatch(text, after, start) is not None


def _spelled_term(span: Span) -> bool:
    """An acronym (or its plural) that the text spells in lower case: a term, no name ("HP"
    after "hypersensitivity pneumonitis"); a place's stays ("US" and "usual sense")."""
    text = span.text
    if text.endswith("s") and text[:-1].isupper():
        text = text[:-1]
    return (len(span) == 1 and text.isupper() and text.isalpha()
            and span.label_ in _TERM_LABELS and place_kind(text) is None
            and text in _lower_case_spellings(span.doc))


def _hyphen_fragment(span: Span) -> bool:
    """A piece of a hyphenated term, no name ("Fi" of "Wi-Fi", "USB" of "USB-C"): one word of
    three letters at most, joined by a hyphen to one letter or digit, or to a piece of two
    letters in title case ("Wi"); not to a name's ("UK" of "UK-EU")."""
    doc, i = span.doc, span.start
    if len(span) != 1 or len(span.text) > 3 or not span.text.isalpha():
        return False

    def short(k: int) -> bool:
        text = doc[k].text
        return (len(text) == 1 and text.isalnum()) or (len(text) == 2 and text.istitle())

    def joined(left: int) -> bool:  # doc[left], "-", doc[left + 2] written as one word
        return (left >= 0 and left + 2 < len(doc) and doc[left + 1].text == "-"
                and not doc[left].whitespace_ and not doc[left + 1].whitespace_)

    return (joined(i - 2) and short(i - 2)) or (joined(i) and short(i + 2))


def _shouted(span: Span, lower: frozenset[str]) -> bool:
    """A common word written in capitals for emphasis ("the LEFT or the RIGHT", "agreed
    FORMAT/SETUP"): one word of four letters or more that the text also writes in lower case,
    and no place the gazetteer knows ("TURKEY" in a headline). An organisation's acronym may
    be a word too ("SWIFT", "CARE"): one the model tagged ORG counts only among other words in
    capitals (:func:`_shouting_near`)."""
    text = span.text
    return (len(span) == 1 and _capitalised_word(text, lower) and place_kind(text) is None
            and (span.label_ != "ORG" or _shouting_near(span, lower)))


def _capitalised_word(text: str, lower: frozenset[str]) -> bool:
    return len(text) >= 4 and text.isalpha() and text.isupper() and text.lower() in lower


def _shouting_near(span: Span, lower: frozenset[str], reach: int = 3) -> bool:
    """Another common word in capitals within ``reach`` tokens of ``span``."""
    doc = span.doc
    return any(_capitalised_word(doc[i].text, lower)
               for i in range(max(0, span.start - reach), min(len(doc), span.end + reach))
               if not span.start <= i < span.end)


#: How a species' Latin name ends ("millepora", "coli", "magellanicus", "damicornis"); not
#: "-es", which ends English plurals and verbs.
_EPITHET = re.compile(r"[a-z]{2,}(?:us|um|a|ae|i|is|ix|ex|ax)")
#: How a genus is written: a capital and a Latin ending ("Acropora", "Escherichia",
#: "Threskiornis", "Caudipteryx", "Vibrio"), not a group's name before a borrowed word ("Sikh
#: gurdwara", "Maori haka").
_GENUS_SHAPE = re.compile(r"[A-Z][a-z]+(?:a|is|us|um|ix|yx|ex|on|ops|es|o)")
#: A genus written as its initial ("A. millepora").
_GENUS_INITIAL = re.compile(r"[A-Z]\.")


def _genus(span: Span, english: Collection[str] | None) -> bool:
    """The genus of a species' Latin name ("Acropora millepora", "A. millepora", "Escherichia
    coli"): no name.

    One capitalised word of a genus' Latin ending (:data:`_GENUS_SHAPE`; or its initial) right
    before a word of a Latin ending that is no English word (:func:`_epithet`), everywhere the
    text has it (so not the "Ortega" of "Ortega necesita" when the text also says "Ortega
    said"); no place the gazetteer knows, first name or country's people ("Korean kimchi")."""
    doc = span.doc
    if english is None or len(span) != 1 or span.end >= len(doc):
        return False
    genus, epithet = span[0], doc[span.end]
    if not (genus.whitespace_ and _epithet(epithet.text, english, doc)):
        return False
    if _GENUS_INITIAL.fullmatch(genus.text):
        return True
    return (_GENUS_SHAPE.fullmatch(genus.text) is not None and place_kind(genus.text) is None
            and genus.lower_ not in _first_names() and not _demonym([genus.text])
            and genus.text not in _words_alone(doc, english))


def _epithet(word: str, english: Collection[str], doc: Doc) -> bool:
    """A species' name after its genus: lower case, of a Latin ending, and in none of the
    English word tables, nor a function word ("this", "via") or a "versus"."""
    return (len(word) >= 4 and _EPITHET.fullmatch(word) is not None and word not in english
            and not doc.vocab[word].is_stop and word not in _cues()["versus"])


#: A word, and the lower-case word after it if any.
_WORD_NEXT = re.compile(r"\b([^\W\d_]+)\b(?: ([a-z]+)\b)?")
_ALONE = "factpull.entities.words_alone"


def _words_alone(doc: Doc, english: Collection[str]) -> frozenset[str]:
    """The words ``doc``'s text has at least once not before a species' name
    (:func:`_epithet`): found in one pass per document, and kept in its ``user_data``."""
    words = doc.user_data.get(_ALONE)
    if words is None:
        words = doc.user_data[_ALONE] = frozenset(
            match.group(1) for match in _WORD_NEXT.finditer(doc_text(doc))
            if match.group(2) is None or not _epithet(match.group(2), english, doc))
    return words


def _is_name(span: Span) -> bool:
    """Not a name: a span without a capital letter ("cubic meter", "et al"), a time zone
    ("1700 UTC"), a word of kind "not_name" (diseases: "COVID-19" is no person, group or
    organisation; technologies' generic names: "AI", "USB"), the portfolio of an office
    ("State" in "Secretary of State"), a step on a scale ("Category 5"), a code of letters and
    digits as a place, person or group ("R0"), a storm's or ship's word alone ("Tropical
    Depression", "MV"), a kind of body alone ("the Court"), a title alone ("the President"), an
    office holder's abbreviation ("MPs", "the CEO"), a disease ("X Syndrome"), a time zone's
    name ("Eastern Time"), a word with an editor's bracket in it ("W]e"), a date ("January
    7"), a social-media handle or hashtag ("@velmo", "#VelmoNews"), or a letter, alone or
    naming a draw's section ("F", "Group C", "Pool B")."""
    text = span.text
    return (any(c.isupper() for c in text) and text not in TIME_ZONES and not _zone_name(span)
            and text[:1] not in "@#"
            and _key(text) not in _cues()["not_name"] and not _portfolio(span)
            and not _grade(span) and not _code(span) and not _prefix_alone(span)
            and not _body_alone(span) and not _title_alone(span) and not _office_holder(span)
            and span[-1].lower_ not in _cues()["disease_head"] and not _bracketed(span)
            and not _calendar_date(span) and not _quotation_start(span)
            and not _letter(span))


#: An opening quote and the closing quote that goes with it.
_QUOTE_PAIRS = {"\u201c": "\u201d", '"': '"', "\u2018": "\u2019", "'": "'"}
#: The opening quote right before a span (an article may come between: "“A Most Violent").
_OPENING_QUOTE = re.compile(r"([\u201c\u2018\"'])(?:(?:A|An|The) )?$")


def _quotation_start(span: Span) -> bool:
    """A "work" that only begins a quotation: "“Women in Nevada have said ...”" is someone's
    words, not a title (a title fills its quotes, "“Dark Star”", or goes on in capitals).
    Judged by the model's label: the name is then left to the document's other mentions."""
    if span.label_ != "WORK_OF_ART":
        return False
    text = doc_text(span.doc)
    opening = _OPENING_QUOTE.search(text, max(0, span.start_char - 6), span.start_char)
    if opening is None:
        return False
    closing = text.find(_QUOTE_PAIRS[opening.group(1)], span.end_char, span.end_char + 400)
    if closing == -1:
        return False
    rest = text[span.end_char:closing]
    # (the quotation goes on as a sentence, "have said", not as a title's words: "“Shang-Chi
    # and the Legend of the Ten Rings”", "“International Women's Day Celebration”")
    return "\n" not in rest and any(c.isalpha() for c in rest) and not is_title_case(rest)


#: A day's number in a date: "7", "7th", "2020".
_DAY_OR_YEAR = re.compile(r"\d{1,2}(?:st|nd|rd|th)?|\d{4}")


def _calendar_date(span: Span) -> bool:
    """A date, in the dates table, not a name: names of months and weekdays, and a number
    ("the January 7 quake", "Monday 3 May"; not "May" alone, a name too)."""
    number = False
    for token in span:
        folded = token.lower_.rstrip(".")
        if _DAY_OR_YEAR.fullmatch(folded):
            number = True
        elif not (folded in MONTHS or folded in WEEKDAYS or token.text in (",", ".")):
            return False
    return number


def _title_alone(span: Span) -> bool:
    """A title that is also a role, on its own ("the President", "Actress"): an office, not a
    name (but "King", "Bishop", "Pope": surnames too, not roles; nor a company the model
    found, "Coach"). The surname of a person the text names in full ("Peter Singer" ...
    "Singer") is found again as that person's (:func:`_find_known`)."""
    return (len(span) == 1 and span.label_ != "ORG" and span.text.istitle()
            and span[0].lower_ in _cues()["title"] and span[0].lower_ in _cues()["role"])


def _post_nominal(word: str) -> bool:
    """An office holder's abbreviation ("MP", "MEPs", "CEO") or an honour ("QC", "OBE") as
    written after a name, no word of it: "Bolton West MP" is a seat and its member's title,
    "Anna Brandt QC" a barrister."""
    folded = word.casefold()
    return ((folded in _cues()["office_holder"] or folded in _cues()["post_nominal"])
            and word.removesuffix("s").isupper())


def _office_holder(span: Span) -> bool:
    """An office holder's abbreviation ("MP", "MEPs", "CEO"): a role, no name, unless the
    model made it a place ("MP" is also Madhya Pradesh)."""
    return (len(span) == 1 and span.label_ not in ("GPE", "LOC")
            and span.text.casefold() in _cues()["office_holder"])


def _bracketed(span: Span) -> bool:
    """An editor's bracket inside a word ("W]e", "[S]evengill"): a quotation's repair, no
    name."""
    return re.search(r"\w[\[\]]|[\[\]]\w", span.text) is not None


def _letter(span: Span) -> bool:
    """A capital letter alone ("F", "V."; not an organisation's: the platform "X"), or after
    a word of cue kind "draw_section" ("Group C", "Path A.", "Pool B")."""
    letter = span[-1].text.rstrip(".")
    return len(letter) == 1 and letter.isupper() and (
        (len(span) == 1 and span.label_ != "ORG")
        or (len(span) == 2 and span[0].lower_ in _cues()["draw_section"]))


def _zone_name(span: Span) -> bool:
    """A time zone's name: "... Time" after a word of :data:`~factpull.vocab.TIME_ZONE_WORDS`
    or a place ("Central European Time", "Moscow Time"), not "Prime Time"."""
    words = span.text.split()
    return (len(words) >= 2 and words[-1] == "Time"
            and any(w in TIME_ZONE_WORDS or place_kind(w) is not None or _demonym([w])
                    for w in words[:-1]))


def _body_alone(span: Span) -> bool:
    """A kind of body as one capitalised word ("the Court", "the Council", "the Ministry"): the
    court or council the text has named, not a name of its own."""
    return (len(span) == 1 and span.label_ == "ORG" and span.text.istitle()
            and span[0].lower_ in _cues()["common_body"])


def _prefix_alone(span: Span) -> bool:
    """A storm's or a ship's word without the name it comes before ("Tropical Depression",
    "Hurricane", "MV"; not a state the model or the text names: "Helena, MT")."""
    storm, qualifier = _cues()["storm"], _cues()["storm_qualifier"]
    return (all(t.lower_ in storm or t.lower_ in qualifier for t in span)
            or (len(span) == 1 and _vessel_prefix(span.text) is not None
                and not (span.label_ == "GPE" and _state_word(span.text))))


#: Letters and digits in one word ("R0", "K-12", "CO2").
_CODE = re.compile(r"^[A-Za-z]{1,3}-?\d{1,3}[A-Za-z]?$")


def _code(span: Span) -> bool:
    """A code of letters and digits tagged a place, person or group: a quantity's or a
    formula's symbol ("R0", "CO2"), no name (an organisation's or a product's may be: "G7",
    "A320")."""
    return (len(span) == 1 and span.label_ in ("GPE", "LOC", "PERSON", "NORP")
            and _CODE.match(span.text) is not None)


def _grade(span: Span) -> bool:
    """A step on a scale: "Category 5", "Level 3", "Phase 2" (a storm's category, an alert
    level), no name."""
    return (len(span) == 2 and span[0].lower_ in _cues()["scale"] and span[1].text.isdigit())


def _portfolio(span: Span) -> bool:
    """One word after "Secretary of", "Minister of": part of the office's title, not a name
    of its own ("Secretary of State", "Minister of Health"); a place stays one ("Minister of
    Velloria")."""
    doc, i = span.doc, span.start
    return (len(span) == 1 and i >= 2 and doc[i - 1].lower_ == "of"
            and doc[i - 2].text[:1].isupper() and doc[i - 2].lower_ in _cues()["office"]
            and span.label_ not in ("GPE", "LOC") and place_kind(span.text) is None)


def _portfolio_before(span: Span, english: Collection[str] | None) -> bool:
    """One common word, right before the office it names a part of ("Defence" of "Defence
    Secretary Ann Holm", "State" of "State Sen. Ann Holm"): no name (an institution stays one:
    "Senate President", "House Speaker"; so does an acronym: "NATO Secretary General"). The
    offices are cue kind "portfolio_office": not titles a company's name comes before ("Velmo
    Chief Executive")."""
    if english is None or len(span) != 1 or span.end >= len(span.doc) or span.text.isupper():
        return False
    office, word = span.doc[span.end], span[0]
    return (word.whitespace_ == " " and office.is_title
            and office.text.rstrip(".").casefold() in _cues()["portfolio_office"]
            and word.lower_ in english and word.lower_ not in _cues()["institution"]
            and span.label_ not in ("GPE", "NORP"))


def _storm(span: Span) -> Span:
    """A named storm as one EVENT: "Hurricane Ada", and "Tropical Storm Ada" when the model
    tagged only "Storm Ada" or "Ada" after the storm word."""
    doc = span.doc
    words = _cues()["storm"]
    start, end = span.start, span.end
    # A storm's own name is one word ("Hurricane Ada", not "Hurricane Ada Advisory 25").
    qualifiers = 0
    while qualifiers < len(span) - 1 and _is_storm_word(span[qualifiers],
                                                          _cues()["storm_qualifier"]):
        qualifiers += 1
    if _is_storm_word(span[qualifiers], words):
        if len(span) != qualifiers + 2:
            return span
    elif len(span) != 1 or start == 0 or not _is_storm_word(doc[start - 1], words):
        return span
    else:
        start -= 1
    while start > 0 and _is_storm_word(doc[start - 1], _cues()["storm_qualifier"]):
        start -= 1
    if start == span.start and span.label_ == "EVENT":
        return span
    return Span(doc, start, end, label="EVENT")


def _vessel(span: Span) -> Span:
    """A ship's name with its prefix, when the model left the prefix out ("MV" + "Alan
    Kurdi")."""
    doc, i = span.doc, span.start
    prefix = _vessel_prefix(doc[i - 1].text) if i > 0 else None
    if prefix is not None and doc[i - 1].whitespace_ \
            and _ship_prefix(prefix, doc_text(doc), doc[i - 1].idx):
        return Span(doc, i - 1, span.end, label="PRODUCT")
    return span


def _ship_prefix(prefix: str, text: str, start: int) -> bool:
    """Whether ``prefix`` at ``start`` begins a ship's name. A prefix of two letters ("MV",
    "MS", "SS") may be a person's initials ("MS Dhoni", "SS Rajamouli"): it counts after "the"
    or "aboard" ("the MS Estonia"), or in a text about ships (a word of cue kind "ship_word":
    "MV Kestrel sank")."""
    if len(prefix) > 2:
        return True
    return _word_before(text, start).casefold() in ("the", "aboard") or _about_ships(text)


@functools.lru_cache(maxsize=16)
def _about_ships(text: str) -> bool:
    """Whether ``text`` speaks of ships (kept for the few texts in hand: a string's hash is
    computed once)."""
    return re.search(rf"\b(?:{_words('ship_word')})\b", text, re.IGNORECASE) is not None


def _is_storm_word(token: Token, words: frozenset[str]) -> bool:
    return token.is_title and token.lower_ in words


# -- boundary repair ---------------------------------------------------------------------------

#: Labels whose names may hold a "v" or an "and" ("Roe v Wade", "Pride and Prejudice").
_WHOLE_NAMES = frozenset({"LAW", "WORK_OF_ART", "EVENT"})


class _Alone(defaultdict[str, list[tuple[int, int, str]]]):
    """Name key -> where the document tags it on its own: (start, end, label) of each piece;
    and, indexed once when first asked for, where the persons' names of two words or more
    among them start, by their first and by their last word."""

    def __init__(self) -> None:
        super().__init__(list)
        self._people: dict[tuple[str, str], list[int]] | None = None

    def people(self, end: str, word: str) -> list[int]:
        """Where a person's name whose ``end`` ("first" or "last") word is ``word`` starts."""
        if self._people is None:
            self._people = defaultdict(list)
            for key, pieces in self.items():
                words = key.split()
                starts = [start for start, _, label in pieces if label == "PERSON"]
                if len(words) >= 2 and starts:
                    self._people["first", words[0]].extend(starts)
                    self._people["last", words[-1]].extend(starts)
        return self._people.get((end, word), [])


def _alone_elsewhere(side: Span, whole: Span, alone: _Alone, label: str | None = None) -> bool:
    """``side`` is tagged on its own (with ``label``, if given) somewhere outside every
    occurrence of ``whole``'s words: the model cutting the same name the same way elsewhere
    is no evidence that it is two names."""
    pieces = [(start, end) for start, end, own in alone.get(_token_key(side), ())
              if label is None or own == label]
    if not pieces:
        return False
    pattern = _name_pattern(tuple(t.text for t in whole))
    wholes = [(m.start(), m.end()) for m in pattern.finditer(doc_text(whole.doc))]
    return any(not any(ws <= start and end <= we for ws, we in wholes) for start, end in pieces)


def _split(span: Span, alone: _Alone) -> Iterator[Span]:
    """``span`` cut into the names it joins.

    "A v B" and "A vs B" are always two names (a fixture, a contest), but "A v. B" is one, a
    court case (a LAW: "Abbott v. Burke"; see :func:`_court_cases`). "A and B" is two names
    only when each side is a name by itself: a place in the gazetteer or a name the document
    tags on its own elsewhere (``alone``, outside another occurrence of the whole), and the whole
    is not one place ("Trinidad and Tobago"), nor an "of" name ("Ministry of Trade and
    Industry"). Coordinated names are of one kind, so a side the gazetteer does not know
    takes the place label of a side it knows ("Crete and Cyprus"). A place glued to a person
    the document names alone ("the leader of Velloria Anna Brandt") is two names too.
    """
    cues = _cues()
    if any(token.text == "v." and token.whitespace_ for token in span[1:-1]):
        yield Span(span.doc, span.start, span.end, label="LAW")
        return
    glued = (_comma_place(span) or _in_place(span) or _glued(span, alone)
             or _possessive_glued(span, alone) or _caucus(span) or _team_glued(span, alone))
    if glued is not None:
        yield from glued
        return
    if len(span) >= 3 and span.label_ not in _WHOLE_NAMES:
        the = _glued_by_the(span)
        if the is not None:
            left = _trim(span.doc, span.start, span.start + the, span.label_)
            right = _trim(span.doc, span.start + the + 1, span.end, span.label_)
            for part in (left, right):
                if part is not None:
                    yield from _split(part, alone)
            return
        verb = next((i for i in range(1, len(span) - 1) if _glued_verb(span, i)), None)
        if verb is not None:
            # "Velk hit Okafor": two names and the verb between them
            for part in (_trim(span.doc, span.start, span.start + verb, span.label_),
                         _trim(span.doc, span.start + verb + 1, span.end, span.label_)):
                if part is not None:
                    yield from _split(part, alone)
            return
        for kind in ("versus", "coordinator"):
            for i in range(1, len(span) - 1):
                if span[i].lower_ not in cues[kind]:
                    continue
                left = _trim(span.doc, span.start, span.start + i, span.label_)
                right = _trim(span.doc, span.start + i + 1, span.end, span.label_)
                if left is None or right is None:
                    continue
                if kind == "coordinator" and not _coordinated(span, left, right, alone):
                    continue
                parts = [*_split(left, alone), *_split(right, alone)]
                yield from _relabel_coordinated(parts) if kind == "coordinator" else parts
                return
    yield span


#: Tags of a verb in the past or the present tense ("hit", "beats", "tackled").
_FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _glued_verb(span: Span, i: int) -> bool:
    """Word ``i`` of ``span`` is a lower-case finite verb between capitalised words: the model
    ran two names together over the clause between them ("Velk hit Okafor")."""
    token = span[i]
    return (token.is_lower and token.is_alpha and token.tag_ in _FINITE_VERB_TAGS
            and span[i - 1].text[:1].isupper() and span[i + 1].text[:1].isupper())


def _team_glued(span: Span, alone: _Alone) -> list[Span] | None:
    """"Velmo DL Ada Brandt", "Velmo coach Ada Brandt" as one name: a team the document tags
    alone, a position or a team role (cue kinds "team_position", "team_role"), and a person's
    name of two words at least that starts with a known first name: a team and a person."""
    cues = _cues()
    for i in range(1, len(span) - 2):
        role = span[i]
        if not ((role.is_upper and role.lower_ in cues["team_position"])
                or (role.is_lower and role.lower_ in cues["team_role"])):
            continue
        left, right = span[:i], span[i + 1:]
        if (right[0].is_title and right[0].lower_ in _first_names()
                and _alone_elsewhere(left, span, alone)):
            doc = span.doc
            return [Span(doc, left.start, left.end, label="ORG"),
                    Span(doc, right.start, right.end, label="PERSON")]
    return None


def _caucus(span: Span) -> list[Span] | None:
    """"Senate Democrats", "House Republicans": a chamber (cue kind "institution") and a
    political group (cue kind "political_group"), two names: an organisation and a group."""
    cues = _cues()
    if (len(span) == 2 and span[0].is_title and span[0].lower_ in cues["institution"]
            and span[1].lower_ in cues["political_group"]):
        doc = span.doc
        return [Span(doc, span.start, span.start + 1, label="ORG"),
                Span(doc, span.start + 1, span.end, label="NORP")]
    return None


def _possessive_glued(span: Span, alone: _Alone) -> list[Span] | None:
    """"Ada Velk's Blue Harbour", "NASA's Office of Audits", "Tarvik University's Dask Centre":
    a name's possessive glued to the capitalised name of what it owns, two names. The owner
    must be a name of its own: a gazetteer place, a full name with a known first name, an
    acronym, an organisation's name ending in its head word, or a name the document tags alone
    elsewhere and writes once at least without the possessive (not "Moody's Analytics",
    "Macy's"). What
    it owns is two words or more, or a name tagged alone ("NPR's Feng"; not "Ada Velk's
    Mayorship"). Not a title ("Schindler's List"), an event or a law, which are names whole,
    nor a plural's possessive ("Fishmongers' Hall")."""
    if span.label_ in _WHOLE_NAMES:
        return None
    doc = span.doc
    for i in range(span.start + 1, span.end - 1):
        if doc[i].lower_ not in ("'s", "’s") or not doc[i + 1].text[:1].isupper():
            continue
        owner, owned = Span(doc, span.start, i), Span(doc, i + 1, span.end)
        own = alone.get(_token_key(owned))
        if len(owned) == 1 and not own:
            return None  # "Ada Velk's Mayorship", "the Sheriff's Office"
        words = [t.text for t in owner]
        label = _owner_label(owner, words, alone)
        if label is None:
            return None
        owned_label = own[0][2] if own else (
            "ORG" if span.label_ == "PERSON" == label else span.label_)
        return [Span(doc, owner.start, owner.end, label=label),
                Span(doc, owned.start, owned.end, label=owned_label)]
    return None


def _owner_label(owner: Span, words: list[str], alone: _Alone) -> str | None:
    """The label of a possessive's owner that is a name of its own (see
    :func:`_possessive_glued`), else ``None``: a gazetteer place's ("the U.K.'s Competition
    Authority") among them."""
    place = _place_label(owner)
    if place is not None:
        return place
    if len(words) >= 2 and words[0].casefold() in _first_names() and words[0].istitle() \
            and not _is_company_suffix(words[-1]):
        return "PERSON"
    if _ACRONYM.match(owner.text) or (len(words) >= 2 and words[-1].casefold()
                                      in _cues()["org_head"] and words[-1].istitle()):
        return "ORG"
    pieces = alone.get(_token_key(owner))
    if pieces and re.search(rf"\b{re.escape(owner.text)}\b(?!\s?['’]s?\b)", doc_text(owner.doc)):
        return pieces[0][2]
    return None


def _glued_by_the(span: Span) -> int | None:
    """Where a lower-case "the" right after a capitalised word joins two names in ``span``
    ("Twitter the Federal Aviation Administration", "Ferraro the Democratic Party"); not a
    person's epithet ("Alexander the Great": one word after it, in a person's name), nor a
    verb's object ("Save the Children", "Stop the Steal")."""
    for i in range(1, len(span) - 1):
        before = span[i - 1]
        if span[i].text == "the" and before.text[:1].isupper() and before.tag_ not in _COMMON_TAGS:
            if span.label_ == "PERSON" and i == len(span) - 2:
                return None
            return i
    return None


def _comma_place(span: Span) -> list[Span] | None:
    """A town, a comma and the state or country it is in, as two places ("Shelby, North
    Carolina"); not an organisation's name ("University of Velloria, Ostrava")."""
    for i in range(1, len(span) - 1):
        if span[i].text != ",":
            continue
        left, right = span[:i], span[i + 1:]
        place = _place_label(right)
        if place is None or place_kind(right.text) == "city":
            return None
        if any(not t.text[:1].isupper() or t.lower_ in _cues()["org_head"] for t in left):
            return None
        return [Span(span.doc, left.start, left.end, label="GPE"),
                Span(span.doc, right.start, right.end, label=place)]
    return None


def _in_place(span: Span) -> list[Span] | None:
    """A name, "in" and the gazetteer place it is in, as two names ("Velmo Cathedral in
    Ostrava", "Tomsk in Russia"): the name before "in" is a place or ends with a head word
    ("Cathedral", "Hospital"). Not a title ("Nobel Prize in Physics") nor a name that goes on
    ("Organisation for Security and Cooperation in Europe", "Centre for Rights in Velloria")."""
    if span.label_ in _WHOLE_NAMES:
        return None
    for i in range(1, len(span) - 1):
        if span[i].text != "in":
            continue
        left, right = span[:i], span[i + 1:]
        place = _place_label(right)
        if place is None:
            return None
        own = _place_label(left)
        if own is None and left[-1].lower_ not in _cues()["head"]:
            return None
        return [Span(span.doc, left.start, left.end, label=own or span.label_),
                Span(span.doc, right.start, right.end, label=place)]
    return None


def _glued(span: Span, alone: _Alone) -> list[Span] | None:
    """A place or an organisation, then a person's full name, as two names ("the mayor of
    Velloria Anna Brandt", "Speaker of the Assembly Anna Brandt", "told NPR Anna Brandt").

    The left side is a gazetteer place, or a name the document tags alone (not as a person);
    the right side starts with a known first name, or, after a gazetteer place, is a name
    the document tags alone as a person or shares a first name or surname with one, or,
    after an acronym, is a name the document tags alone as a person. A full
    name: "Jordan Henderson" is not "Jordan" and the "Henderson" of the text; nor is
    "Elizabeth Warren" a city and a person, nor a law ("House Bill 2").
    """
    if len(span) < 3 or span.label_ == "LAW" or place_kind(span.text) is not None:
        return None
    for cut in range(1, len(span) - 1):
        left, right = span[:cut], span[cut:]
        place = _place_label(left)
        label = place or _label_alone(left, span, alone)
        acronym = place is None and _ACRONYM.fullmatch(left.text) is not None
        if (label is None and not acronym) or not right[0].text[:1].isupper():
            continue
        # "Chad Michael Murray": a place that is a first name too starts a name.
        given = left.text.casefold() in _first_names()
        if ((place is not None or acronym) and _alone_elsewhere(right, span, alone, "PERSON")) or (
                label is not None and not given and (
                    (place is not None and _names_person(right, span, alone))
                    or (len(right) >= 2 and len(right[0]) > 2
                        and right[0].text.casefold() in _first_names()
                        and not any(t.lower_ in _cues()["head"] for t in right)
                        and not _is_company_suffix(right[-1].text)
                        and place_kind(right.text) is None))):
            return [Span(span.doc, left.start, left.end, label=label or "ORG"),
                    Span(span.doc, right.start, right.end, label="PERSON")]
    return None


def _names_person(side: Span, whole: Span, alone: _Alone) -> bool:
    """``side`` begins with a person's first name or ends with a surname that the document
    has in a person's full name elsewhere ("India Narendra Modi" when the text also names
    "Narendra Modi" or "Mr Modi", "Velloria Pranab" when it names "Pranab Mukherjee")."""
    starts = (alone.people("first", side[0].text.casefold())
              + alone.people("last", side[-1].text.casefold()))
    return any(not whole.start_char <= start < whole.end_char for start in starts)


def _label_alone(side: Span, whole: Span, alone: _Alone) -> str | None:
    """The label the document gives ``side`` where it tags it alone (outside ``whole``), when
    that is not a person's."""
    labels = Counter(own for start, end, own in alone.get(_token_key(side), ())
                     if not (whole.start_char <= start and end <= whole.end_char))
    if not labels:
        return None
    label = labels.most_common(1)[0][0]
    return None if label == "PERSON" else label


def _coordinated(whole: Span, left: Span, right: Span, alone: _Alone) -> bool:
    if place_kind(whole.text) is not None or not all(
            _looks_like_name(side) or side.text[1:2].isupper() for side in (left, right)):
        return False  # (a brand's spelling is a name's: "iPad Pro and MacBook Pro")
    if any(t.lower_ in _INNER for t in left[1:]):
        # "Ministry of Trade and Industry": an "and" after an "of" is inside one name.
        return False
    place = [place_kind(side.text) is not None for side in (left, right)]
    if all(p or _alone_elsewhere(side, whole, alone) for p, side in zip(place, (left, right))):
        return True
    # A place and a short name with no organisation word ("Crete and Cyprus", not "Australia
    # and New Zealand Banking Group").
    other = right if place[0] else left
    heads = _cues()["head"]
    return any(place) and len(other) <= 2 and all(
        t.text[:1].isupper() and t.lower_ not in heads and not _is_company_suffix(t.text)
        for t in other)


def _place_label(span: Span) -> str | None:
    kind = place_kind(span.text)
    return None if kind is None else ("LOC" if kind == "continent" else "GPE")


def _relabel_coordinated(parts: list[Span]) -> list[Span]:
    """The sides of a split "A and B": a side that is no known place takes its partner's place
    label when the model's label for the whole was not a place's."""
    places = [_place_label(part) for part in parts]
    known = {label for label in places if label is not None}
    if len(known) != 1 or len(parts) < 2:
        return parts
    label = known.pop()
    return [part if part.label_ in ("GPE", "LOC")
            else Span(part.doc, part.start, part.end, label=place or label)
            for part, place in zip(parts, places)]


def _trim_reporting(span: Span) -> Span | None:
    """``span`` without a reporting verb at either end ("Said Mr X", "X said") and, in a
    person's name, without leading titles ("Mr", "President": not part of the name).

    ``None`` when only a title is left: an abbreviated honorific ("Mr", "Dr") alone is no
    name (a longer title word alone may be a surname: "Major", "King").
    """
    cues = _cues()
    start, end = span.start, span.end
    doc = span.doc
    label = span.label_
    # "Said Mr X", "Replied Ada Velk": only before a title where the verb is also a first
    # name ("Said Hassan").
    if end - start >= 2 and doc[start].lower_ in cues["speech"] and doc[start].is_title and (
            _is_title(doc[start + 1]) if doc[start].lower_ in _first_names()
            else doc[start + 1].is_title):
        start += 1
        label = "PERSON"
    while end - 1 > start and doc[end - 1].lower_ in cues["speech"] and doc[end - 1].is_lower:
        end -= 1
    # "Patrol Chief Ada Brandt", "Deputy Police Chief Ada Brandt": an office's words, a title,
    # then a full name with a known first name: the office is no part of the name
    office = next((k for k in range(start + 1, min(start + 3, end - 2))
                   if _is_title(doc[k]) and doc[k + 1].is_title
                   and doc[k + 1].lower_ in _first_names()), None)
    if office is not None and all(
            t.is_title and t.lower_ not in _first_names() for t in doc[start:office]) \
            and not _organisation_words(doc[office + 1:end]) \
            and not _is_company_suffix(doc[end - 1].text):
        start, label = office, "PERSON"
    name = start  # where the name after the leading titles starts
    while name < end and _is_title(doc[name]):
        name += 1
    if (label == "ORG" and name > start and end - name >= 2
            and doc[name].is_title and doc[name].lower_ in _first_names()
            and not _is_company_suffix(doc[end - 1].text)
            and not _organisation_words(doc[name + 1:end])):  # "Queen Mary University of X"
        # "Assemblywoman Ada Brandt", "Detective Constable Ada Brandt" tagged an organisation:
        # a titled person
        label = "PERSON"
    if label == "PERSON":
        while start < end and _is_title(doc[start]):
            if start == end - 1 or not doc[start + 1].text[:1].isupper():
                if len(doc[start].text.rstrip(".")) <= 3:
                    return None
                break
            start += 1
        if end - start >= 3 and _occupation(doc[start]) and doc[start + 1].is_title \
                and doc[start + 1].lower_ in _first_names():
            start += 1  # "Astronomer Ada Brandt": her occupation, then her full name
    if (start, end) == (span.start, span.end):
        return span
    return _trim(doc, start, end, label)


#: Words that make a titled name an organisation's ("Queen Mary University of London", "Sir
#: John Soane's Museum").
_NOT_IN_A_TITLED_NAME = frozenset({"of", "and", "&", "'s", "’s", "for", "the"})


def _organisation_words(tokens: Span) -> bool:
    """Words that make a titled name an organisation's: "of", "and", a possessive, a head
    word ("University", "Museum"), a kind of body ("Council"); a head word that is also a
    surname may end a person's name ("Ada Hall")."""
    cues = _cues()
    last = len(tokens) - 1
    return any((t.lower_ in _NOT_IN_A_TITLED_NAME or t.lower_ in cues["head"]
                or t.lower_ in cues["of_place"] or t.lower_ in cues["common_body"])
               and not (i == last > 0 and t.lower_ in cues["surname_head"])
               for i, t in enumerate(tokens))


#: Endings of words for what a person does ("astronomer", "immunologist", "librarian").
_OCCUPATION_ENDINGS = ("er", "or", "ist", "ian")


def _occupation(token: Token) -> bool:
    """A capitalised word for what a person does, no first name: a role word, or a common
    noun with an occupation's ending ("Astronomer", "Immunologist"; which the tagger may call an
    adjective at a sentence's start), not a verb ("Remember")."""
    folded = token.lower_
    return token.is_title and folded not in _first_names() and (
        folded in _cues()["role"]
        or (folded.endswith(_OCCUPATION_ENDINGS) and token.tag_ in ("NN", "NNP", "JJ", "")))


def _is_title(token: Token) -> bool:
    return token.text[:1].isupper() and _is_title_word(token.text)


def _is_title_word(word: str) -> bool:
    """A title or an honorific, with or without its full stop ("Mr", "Dr.", "President")."""
    return word.rstrip(".").casefold() in _cues()["title"]


#: Words inside a name that a model tends to cut it at ("Bank of England", "Trade and Industry").
_INNER = frozenset({"of", "and", "&", "for", "the", "de", "on"})


def _known_names(doc: Doc, spans: list[Span], text: str) -> dict[tuple[str, ...], str]:
    """Names of several words with a lower-case word inside, known to be one name -> label.

    Known are: a name the model tags whole somewhere in the document; a name an acronym in
    brackets spells out ("Ministry of Fisheries and Oceans (MFO)"); the names of
    ``organisations.jsonl``.
    """
    out: dict[tuple[str, ...], str] = {}
    for span in spans:
        if len(span) >= 3 and any(t.lower_ in _INNER for t in span[1:-1]):
            out.setdefault(tuple(t.text for t in span), span.label_)
    labels = {(s.start, s.end): s.label_ for s in spans}
    for match in _BRACKETED.finditer(text):
        bracketed = _char_span(doc, match.start(), match.end())
        if bracketed is None or len(bracketed) != 3:
            continue
        i = bracketed.start
        words = _spelled_out(doc, i, doc[i + 1].text)
        if words is not None:
            first = next((s.label_ for s in spans if s.start <= i - len(words) < s.end), None)
            out.setdefault(words, first or labels.get((i + 1, i + 2)) or "ORG")
    for name in _organisation_names():
        if name[0] in text:
            out.setdefault(name, "ORG")
    return out


def _char_span(doc: Doc, start: int, end: int, label: str = "") -> Span | None:
    """``doc.char_span`` for a span that starts and ends at token edges, from a token map
    made once per document (spaCy's ``char_span`` walks the whole document each call)."""
    edges = doc.user_data.get(_EDGES)
    if edges is None:
        rows = doc.to_array([IDX, LENGTH]).tolist()  # no Token objects: one array
        edges = ({idx: i for i, (idx, _) in enumerate(rows)},
                 {idx + length: i + 1 for i, (idx, length) in enumerate(rows)})
        doc.user_data[_EDGES] = edges
    first, last = edges[0].get(start), edges[1].get(end)
    if first is None or last is None or last <= first:
        return None
    return Span(doc, first, last, label=label)


_EDGES = "factpull.entities.token_edges"


#: A short word in brackets: a candidate acronym ("(ISIL)").
_BRACKETED = re.compile(r"\([^\s()]{2,12}\)")


@functools.lru_cache(maxsize=4096)
def _name_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)")


@functools.cache
def _organisation_names() -> tuple[tuple[str, ...], ...]:
    names = (row["name"] for row in read_jsonl("organisations.jsonl"))
    return tuple(tuple(name.split()) for name in names
                 if any(w in _INNER for w in name.split()[1:-1]))


def _spelled_out(doc: Doc, bracket: int, acronym: str) -> tuple[str, ...] | None:
    """The words before ``bracket`` whose initials spell ``acronym`` (skipping "of", "and",
    "the", ...), when there is a lower-case word among them."""
    # "CoE": a mixed-case acronym spells only its capitals ("Council of Europe").
    wanted = "".join(c for c in acronym if c.isupper())
    if not 2 <= len(wanted) <= 8 or not acronym.replace(".", "").isalpha():
        return None
    j, got = bracket, ""
    while j > 0 and len(got) < len(wanted):
        j -= 1
        word = doc[j].text
        if doc[j].lower_ in _ACRONYM_SKIPS or doc[j].lower_ in _INNER:
            continue
        if not word[:1].isupper():
            return None
        got = word[0].upper() + got
    words = tuple(t.text for t in doc[j:bracket])
    if got != wanted or len(words) < 3 or not any(t.lower_ in _INNER for t in doc[j:bracket]):
        return None
    return words


def _join_known(
    doc: Doc, layout: Layout, spans: list[Span], blocked: list[tuple[int, int]]
) -> list[Span]:
    """Pieces of a known name made one entity again ("Bank of" + "England" -> "Bank of
    England" when the document knows that name whole)."""
    text = doc_text(doc)
    names = _known_names(doc, spans, text)
    if not names:
        return spans
    owner = {i: n for n, span in enumerate(spans) for i in range(span.start, span.end)}
    drop: set[int] = set()
    added: list[Span] = []
    taken: set[int] = set()
    for words, label in sorted(names.items(), key=lambda item: -len(item[0])):
        for match in _name_pattern(words).finditer(text):
            whole = _char_span(doc, match.start(), match.end(), label)
            if whole is None or tuple(t.text for t in whole) != words:
                continue
            i, j = whole.start, whole.end
            inside = {owner[k] for k in range(i, j) if k in owner}
            if not inside or any(k in taken for k in range(i, j)) or any(
                    spans[n].start < i or spans[n].end > j for n in inside) or (
                    len(inside) == 1 and (spans[min(inside)].start, spans[min(inside)].end)
                    == (i, j)) or layout.zone_at(whole.start_char) in NO_FACTS \
                    or _overlaps(whole, blocked):
                continue
            drop |= inside
            added.append(whole)
            taken.update(range(i, j))
    if not added:
        return spans
    return [span for n, span in enumerate(spans) if n not in drop] + added


def _teams_of_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a team's name whole where the model cut it into its place and its
    nickname ("the Velmo City" + "Thunder"), in a report of games (:func:`_reports_games`): a
    gazetteer city or state, then, after a space, one capitalised word that the document also
    names alone (by then, found again too: the model often tags a nickname that is an English
    word only once)."""
    spans = sorted(spans, key=lambda span: span.start)
    pairs = [(left, right) for left, right in pairwise(spans)
             if left.label_ == "GPE" and right.start == left.end and len(right) == 1
             and right[0].is_title and right[0].is_alpha and left[-1].whitespace_ == " "
             and place_kind(left.text) in ("city", "region")]
    if not pairs:
        return spans
    glued = Counter(right.text for _, right in pairs)
    alone = Counter(span.text for span in spans if len(span) == 1)
    pairs = [(left, right) for left, right in pairs if alone[right.text] > glued[right.text]]
    text = doc_text(doc)
    if not pairs or not _reports_games(text, frozenset(_LOWER_WORD.findall(text))):
        return spans
    return _replacing(spans, [Span(doc, left.start, right.end, label="ORG")
                              for left, right in pairs])


def _datelines(doc: Doc, layout: Layout, body: list[Span],
               blocked: list[tuple[int, int]]) -> list[Span]:
    """``body`` with the place of each dateline ("BELGRADE 1996-08-30", "ST. LOUIS (AP) -")
    that the gazetteer knows, whole, in place of what the model made of it (the model, trained
    on mixed case, misses most names in capitals or cuts them: "ST")."""
    places = []
    text = doc_text(doc)
    for line in layout.lines:
        where = dateline_place(text, line) if line.zone == Zone.BODY else None
        if where is None:
            continue
        span = _char_span(doc, *where)
        label = None if span is None else _place_label(span)
        if label is not None and not _overlaps(span, blocked):
            places.append(Span(doc, span.start, span.end, label=label))
    return _replacing(body, places)


def _defined_acronyms(doc: Doc, body: list[Span],
                      blocked: list[tuple[int, int]]) -> list[Span]:
    """The acronym in brackets after a name the model found ("Kurdistan Democratic Party
    (KDP)"), with that name's label, when the model missed it: its later mentions are then
    found too ("KDP fighters")."""
    text = doc_text(doc)
    ends = {span.end_char: span for span in body}
    taken = {i for span in body for i in range(span.start_char, span.end_char)}
    found = []
    for acronym, _, end, common in _acronym_definitions(text):
        name = ends.get(end)
        if common or name is None or name.label_ == "PERSON" or len(name) < 2:
            continue
        start = text.find("(" + acronym + ")", end, end + len(acronym) + 4) + 1
        span = _char_span(doc, start, start + len(acronym), name.label_) if start else None
        if span is not None and span.start_char not in taken and not _overlaps(span, blocked):
            found.append(span)
    return found


def _lowercase_words(body: list[Span], lower: frozenset[str], titled: frozenset[str],
                     english: Collection[str] | None) -> list[Span]:
    """``body`` less the one-word names whose word the text also writes in lower case: a
    common word with a capital, no name ("Fire", "Railways" as persons; "the Universe",
    "Hydrogen", "the Hall" as organisations or places).

    A person's word may be any word; a known first name stays, and so does a word the text
    writes after a title or an initial (``titled``: "Mr Cook", "J. Banks"). (The surname of a
    person the text names in full is found again: "Jobs" after "Steve Jobs", though the text
    speaks of jobs; see :func:`_find_known`.) Another name's word must be an English one
    (``english``: not "youtube" of "youtube-dl"); an institution ("the Senate"), a part of
    the world ("the West"), a known place, a people and a language stay.
    """
    return [span for span in body if not (
        len(span) == 1 and span.text.isalpha() and not span.text.isupper()
        and span.text.lower() in lower and _common_word(span, titled, english))]


def _common_word(span: Span, titled: frozenset[str], english: Collection[str] | None) -> bool:
    word = span.text.casefold()
    if span.label_ == "PERSON":
        return word not in _first_names() and span.text not in titled
    return (english is not None and word in english and span.label_ not in ("NORP", "LANGUAGE")
            and word not in _cues()["institution"] and word not in _cues()["place_part"]
            and place_kind(word) is None)


@functools.cache
def _after_title() -> re.Pattern[str]:
    """A capitalised title or an initial, then the word it names ("Mr Cook", "J. Banks")."""
    titles = "|".join(sorted((re.escape(w.capitalize()) for w in _cues()["title"]),
                             key=len, reverse=True))
    return re.compile(rf"\b(?:(?:{titles})\.?|[A-Z]\.)\s+([A-Z][\w'’-]*)")


def _named_after_titles(text: str) -> frozenset[str]:
    """The words ``text`` writes right after a title or an initial."""
    return frozenset(match.group(1) for match in _after_title().finditer(text))


def _overlaps(span: Span, blocked: list[tuple[int, int]]) -> bool:
    return any(start < span.end_char and span.start_char < end for start, end in blocked)


def _inside(span: Span, ranges: list[tuple[int, int]], *, strictly: bool = False) -> bool:
    """``span`` lies within one of ``ranges`` (sorted; they do not overlap one another); with
    ``strictly``, within one longer than itself."""
    i = bisect.bisect_right(ranges, (span.start_char, math.inf)) - 1
    return i >= 0 and ranges[i][1] >= span.end_char and not (
        strictly and ranges[i] == (span.start_char, span.end_char))


# -- confirmation of headline mentions -------------------------------------------------------


def _key(text: str) -> str:
    """A name's key: case, spacing and accents do not count ("Brudzinski" is "Brudziński")."""
    folded = " ".join(text.split()).casefold()
    if folded.isascii():
        return folded
    return "".join(c for c in unicodedata.normalize("NFKD", folded)
                   if not unicodedata.combining(c))


def _token_key(tokens: Iterable[Token]) -> str:
    return " ".join(t.text for t in tokens).casefold()


def _confirmed_names(body: list[Span]) -> dict[str, str]:
    """Body names (and the surnames of body persons) -> the label they have in the body."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for span in body:
        votes[_token_key(span)][span.label_] += 1
        if _own_name_last(span):
            votes[span[-1].text.casefold()][span.label_] += 1
            if _has_particle_surname(span):
                votes[_token_key(span[-2:])][span.label_] += 1
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
    """Capitalised, a figure first ("7-Eleven") or a particle before a capital ("de
    Blasio")."""
    first = span.text[0]
    return first.isupper() or first.isdigit() or (
        len(span) > 1 and span[0].lower_ in _cues()["particle"] and span[1].text[:1].isupper())


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
    # A title before a person ("Queen" in "Queen Elizabeth") is no mention of a name, even
    # when the document tags the title alone elsewhere ("the Queen").
    taken.update(span.start - 1 for span in kept
                 if span.label_ == "PERSON" and span.start > 0 and _is_title(doc[span.start - 1]))
    for line in layout.lines:
        if line.zone in NO_FACTS:
            continue
        region = doc.char_span(line.start, line.end, alignment_mode="expand")
        if region is None:
            continue
        same_case = line.zone not in NEEDS_CONFIRMATION
        i = floor = region.start  # (names found before ``floor`` are not extended over)
        while i < region.end:
            match = None
            if doc[i].text.casefold() in first_words:
                match = _longest_known(doc, i, region.end, known, taken,
                                       exact if same_case else None)
            if match is None:
                i += 1
                continue
            whole = match
            if same_case and (match.label_ == "PERSON" or _titled_first_name(match, taken)):
                whole = _with_given_names(match, floor, taken)
                if whole is not match:
                    whole = Span(doc, whole.start, whole.end, label="PERSON")
            if whole is not match:  # a full name (it may go on: "Ana Rossi Vidal")
                if not _overlaps(whole, blocked):
                    yield whole
            elif not (_overlaps(match, blocked) or (
                    same_case and _inside_longer_name(match, region, first_words, taken))):
                yield match
            i = floor = match.end


def _with_given_names(span: Span, floor: int, taken: set[int]) -> Span:
    """A person's name found again with the known first names the model left out before it
    ("Elijah Eugene" + "Okafor" where the text names "Okafor"), back to token ``floor`` at
    most; not words of a longer name ("Velmo Hat" + "Okafor": "Hat" is a first name too) nor
    function words ("The")."""
    doc = span.doc
    start = span.start
    while (start > floor and (start - 1) not in taken
           and doc[start - 1].is_title and not doc[start - 1].is_stop
           and doc[start - 1].lower_ in _first_names()):
        start -= 1
    if start - 2 >= floor and start < span.start and _first_name_hyphened(doc, start, taken):
        start -= 2  # "Eva-Marie Velk"
    if start == span.start:
        return span
    if start > 0 and _glued_word(doc[start - 1], taken):
        return span
    return Span(doc, start, span.end, label=span.label_)


def _glued_word(token: Token, taken: set[int]) -> bool:
    """A capitalised word right before a name that may be a word of it: no function word
    ("Did X"), title, sentence's first word or word of a name tagged there."""
    return token.is_alpha and token.text[:1].isupper() and not (
        token.is_stop or token.i in taken or _is_title(token) or _starts_sentence(token))


def _inside_longer_name(span: Span, region: Span, first_words: set[str], taken: set[int]) -> bool:
    """``span`` is a word of a longer capitalised name the model did not tag: "Stream" of
    "Velmo Stream", "Kessler" of "Kessler Tarn". No part of it: a title before it ("Chancellor
    Kessler"), a person's first name ("Ada Kessler Tarn": her full name), a sentence's first
    word, a day or a month ("on Tuesday Kessler"), or another name ("the Velmo Kessler capsule"
    where "Velmo" is a name too)."""
    doc = span.doc
    if span.start > region.start:
        before = doc[span.start - 1]
        if before.is_title and before.lower_ in _first_names():
            return False
        if (_glued_word(before, taken) and before.lower_ not in MONTHS
                and before.lower_ not in WEEKDAYS and before.text.casefold() not in first_words):
            return True
    if span.end < region.end:
        after = doc[span.end]
        # (not a title or a member's seat after it: "two Velloran Senators", "the X MPs")
        singular = after.text.removesuffix("s").casefold()
        if (after.is_alpha and after.text[:1].isupper() and after.i not in taken
                and after.text.casefold() not in first_words
                and singular not in _cues()["title"] and singular not in _cues()["seat_holder"]):
            return True
    return False


def _surface_keys(span: Span) -> Iterator[str]:
    yield " ".join(t.text for t in span)
    if _own_name_last(span):
        yield span[-1].text
        if _has_particle_surname(span):
            yield " ".join(t.text for t in span[-2:])


def _has_particle_surname(span: Span) -> bool:
    """A full name whose surname has a particle ("Bill de Blasio", "Ana da Silva"): "de
    Blasio" alone is that person too."""
    return len(span) >= 3 and span[-2].is_lower and span[-2].lower_ in _cues()["particle"]


def _own_name_last(span: Span) -> bool:
    """The last word of ``span`` names it alone too: a person's surname, a storm's name
    ("Okafor" for "Dara Okafor", "Ada" for "Hurricane Ada")."""
    if len(span) < 2 or not span[-1].is_title:
        return False
    if len(span) > 2 and span[-1].lower_ in _cues()["event_head"]:
        return False  # "Martin Luther King Jr. Day": no "Day" alone is that name (but Doris's)
    if span[-1].lower_ in _cues()["product_line"] and span[0].lower_ not in _first_names():
        return False  # "MacBook Pro" the model calls a person: no "Pro" alone is a name
    return span.label_ == "PERSON" or (
        span.label_ == "EVENT" and _is_storm_word(span[-2], _cues()["storm"]))


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
    """Surname keys -> the one full PERSON name in the document that ends with that surname
    (or, for the one name of two words that begins with it, that name: a family name
    written first, or the person's first name)."""
    by_surname: dict[str, set[str]] = defaultdict(set)
    by_family_first: dict[str, set[str]] = defaultdict(set)
    alone: dict[str, set[str]] = defaultdict(set)
    for entity in mentions:
        words = entity.text.split()
        if len(words) == 1:
            alone[_key(entity.text)].add(entity.label)
        if entity.label == "PERSON" and len(words) > 1:
            by_surname[_key(words[-1])].add(" ".join(words))
            if len(words) == 2 and _family_name_first(words):
                by_family_first[_key(words[0])].add(" ".join(words))
    out = {}
    for surname, names in by_surname.items():
        longest = max(names, key=lambda name: (len(name.split()), len(name)))
        # Ambiguous when two different people share the surname ("Bill"/"Hillary Clinton",
        # "J. Smith"/"Anna Smith").
        if all(_part_of(name, longest) for name in names):
            out[surname] = longest
    for family, names in by_family_first.items():
        # "Wang" of "Wang Donghai", "Anna" of "Anna Brandt"; not "Velmo", no given name and
        # never tagged a person alone, of a "Velmo Cables" the model took for a person.
        if len(names) == 1 and family not in out and (
                family in _first_names() or "PERSON" in alone.get(family, {"PERSON"})):
            out[family] = names.pop()
    return out


def _family_name_first(words: list[str]) -> bool:
    """The first word of a person's two-word name may stand for the person alone: a family
    name written first ("Wang" of "Wang Donghai", "Moon" of "Moon Jae-in"), or a first name
    (the text's only "Narendra"); not a place ("Jordan Henderson" and "Jordan"), a title, a
    platform or an acronym."""
    first = words[0]
    return (first[:1].isupper() and not first.isupper() and words[1][:1].isupper()
            and place_kind(first) is None
            and first.casefold() not in _cues()["title"]
            and first.casefold() not in _cues()["platform"])


def _part_of(name: str, longest: str) -> bool:
    """Each word of ``name`` is a word of ``longest``, or the initial of one ("A. Smith"); a
    particle in either case ("De Blasio" starting a sentence, of "Bill de Blasio")."""
    words = longest.split()
    initials = {w[0] for w in words[:-1] if w[:1].isupper()}
    particles = {w.casefold() for w in words if w.casefold() in _cues()["particle"]}
    return all(w in words or (_is_initial(w) and w[0] in initials) or w.casefold() in particles
               for w in name.split())


def _is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1 and word[0].isupper()


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


def _storm_names(mentions: list[Entity]) -> dict[str, str]:
    """A storm's own name ("ada") and each of its names ("storm ada") -> its most frequent
    name in the document ("Hurricane Ada": a storm keeps its name as it strengthens or
    weakens)."""
    storms: dict[str, Counter[str]] = defaultdict(Counter)
    for entity in mentions:
        words = entity.text.split()
        if entity.label == "EVENT" and len(words) > 1 and words[-2].casefold() in _cues()["storm"]:
            storms[_key(words[-1])][" ".join(words)] += 1
    out = {}
    for key, names in storms.items():
        # "Storm Ada" and "Hurricane Ada" are one storm: its most frequent name.
        best = _best_surface(names)
        out.update({key: best, **{_key(name): best for name in names}})
    return out


#: An acronym in brackets, as a text defines it ("(ACC)", "(AfCFTA)", "(SIGs)"); and an
#: acronym, then the words it stands for in brackets ("DRM (digital rights management)").
_BRACKETED_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")
_ACRONYM_BRACKET = re.compile(r"\b([A-Z][A-Za-z]{1,9}) (?:\(([^()\n]{3,120})\)|"
                              r"\[([^\[\]\n]{3,120})\])")
_WORD = re.compile(r"[A-Za-z][\w'’]*(?:-[\w'’]+)*")
#: How far before its bracket an acronym's spelled-out words may start.
_DEFINITION_CHARS = 120


def defined_terms(text: str) -> frozenset[str]:
    """The acronyms ``text`` defines by common words, or by the capitalised name of a kind of
    technique (see :func:`_term_words`), and those names: terms, not names ("anterior
    cingulate cortex (ACC)", "DRM (digital rights management)", "Computed Tomography
    (CT)")."""
    terms: set[str] = set()
    for acronym, start, end, common in _acronym_definitions(text):
        if common:
            terms.update((acronym, text[start:end]))
    return frozenset(terms)


@functools.lru_cache(maxsize=2)
def _acronym_definitions(text: str) -> tuple[tuple[str, int, int, bool], ...]:
    """Each acronym the text defines in brackets, after or before the words it abbreviates:
    (acronym, start, end of those words, whether they are common words). Found once per text:
    the terms, the names' repairs, the acronyms found and the label decision all read them.

    The words spell the acronym by their initials, skipping "of", "the", "and", ... (a
    hyphenated word may give one letter or one per part: "liquid-entrenched smooth surface
    (LESS)"). Common words are lower case, but for a first word that may be a name ("Ebola
    virus disease (EVD)"): "anterior cingulate cortex (ACC)" is a term, not a name, and so is
    its acronym; "Red Hat Enterprise Linux (RHEL)" is a name.
    """
    return tuple(_find_acronym_definitions(text))


def _find_acronym_definitions(text: str) -> Iterator[tuple[str, int, int, bool]]:
    """The work of :func:`_acronym_definitions`, one definition at a time."""
    for match in _BRACKETED_ACRONYM.finditer(text):
        acronym = match.group(1)
        # The words before the bracket, on its line, up to the space before it.
        offset = max(0, match.start() - _DEFINITION_CHARS)
        window = text[offset:match.start()]
        if not window.endswith(" "):
            continue
        offset += window.rfind("\n") + 1
        words = list(_WORD.finditer(text, offset, match.start() - 1))
        if words and words[-1].end() == match.start() - 1:
            spelled = _spelling(acronym, words[::-1])
            if spelled:
                yield (acronym, spelled[-1].start(), words[-1].end(),
                       _common_words([w.group() for w in spelled[::-1]]))
    for match in _ACRONYM_BRACKET.finditer(text):
        acronym = match.group(1)
        inner = 2 if match.group(2) is not None else 3  # round brackets, or an editor's square
        words = list(_WORD.finditer(text, match.start(inner), match.end(inner)))
        spelled = _spelling(acronym, words) if words and words[0].start() == match.start(inner) \
            else []
        if spelled:
            yield (acronym, words[0].start(), spelled[-1].end(),
                   _common_words([w.group() for w in spelled]))


def _spelling(acronym: str, words: list[re.Match[str]]) -> list[re.Match[str]]:
    """The first of ``words`` whose initials spell ``acronym`` in the order given (backwards
    when the words come before it), or ``[]``."""
    letters = acronym[:-1] if acronym.endswith("s") and acronym[:-1].isupper() else acronym
    wanted = "".join(c for c in letters if c.isupper()).casefold()
    backwards = len(words) > 1 and words[0].start() > words[-1].start()
    if len(wanted) < 2:
        return []
    if backwards:
        wanted = wanted[::-1]
    done = 0
    spelled: list[re.Match[str]] = []
    for word in words:
        folded = word.group().casefold()
        initials = "".join(part[0] for part in folded.split("-") if part)
        if backwards:
            initials = initials[::-1]
        if spelled and folded in _ACRONYM_SKIPS:
            continue
        if len(initials) > 1 and wanted.startswith(initials, done):
            done += len(initials)
        elif folded[0] == wanted[done]:
            done += 1
        else:
            return []
        spelled.append(word)
        if done == len(wanted):
            return spelled
    return []


def _common_words(words: list[str]) -> bool:
    """Lower-case words, but for a first word that may be a name and two more after it; or
    :func:`_term_words`."""
    content = [w for w in words if w.casefold() not in _ACRONYM_SKIPS]
    rest = content[1:] if content[0][:1].isupper() else content
    return ((all(w[:1].islower() for w in rest) and len(rest) >= min(2, len(content)))
            or _term_words(content))


def _term_words(words: list[str]) -> bool:
    """Capitalised words naming a kind of technique, not a body: the last is a word of kind
    "term_head" ("Computed Tomography", "Long Range Identification and Tracking", "Portable
    Document Format"; not "System" or "Line": the "Federal Reserve System", the "White Star
    Line"; nor "Language": "American Sign Language" is a language's name), and none is an
    organisation's word or a place."""
    cues = _cues()
    if len(words) < 2 or words[-1].casefold() not in cues["term_head"]:
        return False
    return not any(w.casefold() in cues["head"] or w.casefold() in cues["common_body"]
                   or place_kind(w) is not None for w in words)


def _defined(mentions: list[Entity], text: str) -> dict[str, int]:
    """Acronym keys -> the index of the mention the text defines them by ("Red Hat Enterprise
    Linux (RHEL)": "rhel" -> that mention)."""
    ends = {entity.end: i for i, entity in enumerate(mentions)}
    out = {}
    for acronym, _, end, common in _acronym_definitions(text):
        i = ends.get(end)
        if not common and i is not None and " " in mentions[i].text.strip():
            out.setdefault(_key(acronym), i)
    return out


def _short_names(mentions: list[Entity]) -> dict[str, str]:
    """An organisation's short name ("mahan") -> its one full name in the document ("Mahan
    Air"), when every mention of the short name is an organisation's."""
    full: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, set[str]] = defaultdict(set)
    for entity in mentions:
        words = entity.text.split()
        short = _short_name(words) if entity.label == "ORG" else None
        if short is not None:
            full[_key(short)].add(" ".join(words))
        elif len(words) == 1:
            labels[_key(entity.text)].add(entity.label)
    return {key: names.pop() for key, names in full.items()
            if len(names) == 1 and labels.get(key) == {"ORG"}}


def _vessel_names(mentions: list[Entity], *, products_only: bool = False) -> dict[str, str]:
    """A ship's name without its prefix ("kestrel") -> the name with it ("MV Kestrel"); with
    ``products_only``, only a name whose mentions are all products (not the person a ship is
    named after)."""
    out: dict[str, str] = {}
    labels: dict[str, set[str]] = defaultdict(set)
    for entity in mentions:
        words = entity.text.split()
        labels[_key(entity.text)].add(entity.label)
        if len(words) > 1 and _vessel_prefix(words[0]) is not None:
            out.setdefault(_key(" ".join(words[1:])), " ".join(words))
    if products_only:
        return {key: name for key, name in out.items()
                if labels.get(key, {"PRODUCT"}) == {"PRODUCT"}}
    return out


def _best_surface(counter: Counter[str]) -> str:
    # Most frequent form; among equals prefer the one with more capitals ("Council of Europe").
    return max(counter.items(), key=lambda item: (item[1], sum(c.isupper() for c in item[0])))[0]


def _majority(votes: Counter[str], own: str) -> str:
    (top, count), *rest = votes.most_common()
    if rest and rest[0][1] == count:
        return own
    return top


# -- the document-level label decision ------------------------------------------------------------

#: A word just before or after a mention (at most this many characters are looked at).
_CONTEXT_CHARS = 40
#: Prepositions that put a name on the map ("in Bolton", not "Bolton said").
_LOCATIVE = frozenset({"in", "near", "outside", "across", "via"})
#: The last name of a list after a locative ("in Velmo and ", "near Velmo, Tarvik or "): the
#: name that follows is put on the map too (not after a date: "in May, and ").
_LOCATIVE_LIST = re.compile(
    rf"\b(?i:{'|'.join(sorted(_LOCATIVE))})\s+(?!(?i:{'|'.join(sorted(MONTHS))})\b)"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
    r"(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}){0,4},?\s+(?:and|or)\s+$")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'-]*\b")
_CAPITALISED_WORD = re.compile(r"\b[A-Z]\w*")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w.-]*)[\s,]*$")
_WORD_AFTER = re.compile(r"^[\s,]*([A-Za-z][\w-]*)")


@functools.cache
def _first_names() -> frozenset[str]:
    return frozenset(row["name"].casefold() for row in read_jsonl("first_names.jsonl"))


@functools.cache
def _vessel_prefixes() -> frozenset[str]:
    """Ship prefixes as written ("MV", "HMS": only in capitals)."""
    return frozenset(word.upper() for word in _cues()["vessel_prefix"])


#: A ship's prefix written with dots ("U.S.S.", "H.M.S.").
_DOTTED_CAPITALS = re.compile(r"(?:[A-Z]\.){2,}")


def _vessel_prefix(word: str) -> str | None:
    """The ship prefix ``word`` is, without dots ("USS" for "USS" or "U.S.S."), or ``None``."""
    if _DOTTED_CAPITALS.fullmatch(word):
        word = word.replace(".", "")
    return word if word in _vessel_prefixes() else None


@functools.cache
def _company_suffixes() -> frozenset[str]:
    return frozenset(row["suffix"] for row in read_jsonl("company_suffixes.jsonl"))


@functools.cache
def _cues() -> dict[str, frozenset[str]]:
    """Cue kind ("title", "speech", "org_head", "gpe_head", "loc_head", "fac_head",
    "place_head"; "head" for any of these heads; "work", "product", "tech", ...) -> its words,
    casefolded."""
    kinds: dict[str, set[str]] = defaultdict(set)
    for row in read_jsonl("entity_cues.jsonl"):
        kinds[row["kind"]].add(row["word"].casefold())
    # An elected member's abbreviation ("MP", and "MPs") is an office holder's too.
    kinds["office_holder"] |= kinds["seat_holder"] | {w + "s" for w in kinds["seat_holder"]}
    kinds["head"] = (kinds["org_head"] | kinds["place_head"] | kinds["gpe_head"]
                     | kinds["loc_head"] | kinds["fac_head"])
    return {kind: frozenset(words) for kind, words in kinds.items()}


def _word_before(text: str, start: int) -> str:
    """The word before ``start``, as written ("Mr", "said")."""
    match = _WORD_BEFORE.search(text, max(0, start - _CONTEXT_CHARS), start)
    return match.group(1).rstrip(".") if match else ""


def _word_after(text: str, end: int) -> str:
    match = _WORD_AFTER.match(text[end:end + _CONTEXT_CHARS])
    return match.group(1).casefold() if match else ""


def _is_company_suffix(word: str) -> bool:
    folded = word.casefold()
    suffixes = _company_suffixes()
    # "Ltd.", "Inc" and "S.A": written with or without the full stop cleanco has
    if folded not in suffixes and folded + "." not in suffixes \
            and folded.rstrip(".") not in suffixes:
        return False
    # Short legal forms ("AG", "SA", "NV") only in capitals: "Sa" or "Ab" may be a name.
    return len(folded.strip(".")) >= 3 or word.isupper()


#: A word of the phrase before a name ("2018", "superhero", "film's").
_PHRASE_WORD = re.compile(r"[\w'’-]+")
#: How many words may stand between a determiner and a kind's word ("the 2018 Velmo superhero
#: film X").
_KIND_MODIFIERS = 3
#: What ends a name in apposition ("the boat, X, sank", "the boat, X.").
_APPOSITION_ENDS = re.compile(r"\s*(?:[,.;:)]|$)")
#: "USB port", "GPS-enabled": the word right after a name.
_TECH_AFTER = re.compile(r"^(?:\s+|-)([a-z]+)\b")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,5}(?:-[A-Z0-9]{1,3})?$")
#: A possessive right after a name ("X's", "X’"): matched at the name's end.
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
#: "X, 45, was sentenced", "X, aged 70, a teacher": a person's age in apposition.
_AGE_AFTER = re.compile(r"\s*,\s*(?:aged\s+)?\d{1,3}\s*(?:,|[–—]|\s-)\s+[a-z]")
#: An actor's name in brackets after a character's ("Ada (Nadia Quist)", "Ada (played by
#: Nadia Quist)"): a first name and a capitalised word; group 1 is the first name.
_PLAYED_BY = re.compile(r"\s*\((?:played\s+by\s+)?([A-Z][a-z]+)\s+[A-Z][\w'’-]+")
#: A part of a work or its people, "of", and an opening quote right before a name ("an
#: episode of “X”", "the cast of 'X'").
_WORK_OF_BEFORE = re.compile(r"\b(?:episodes?|seasons?|series|finale|premiere|sequel|remake|"
                             r"version|cast|stars?)\s+of\s+(?:the\s+)?[“\"‘']\s*$")
#: A closing quote after a name, then one of a work's people or parts ("“X” star", "'X'
#: creator").
_WORK_ROLE_AFTER = re.compile(r"\s*[”\"’']\s*(?:stars?|actor|actress|cast|creator|showrunner|"
                              r"episode|finale|host|remake|sequel)\b")
#: An opening quote right before a name, maybe with a space ("“ X").
_OPENED = re.compile(r"[“\"‘']\s?$")
#: A possessive right before a name ("Velmo's X").
_POSSESSIVE_BEFORE = re.compile(r"\w['’]s\s+$")
#: "The" with a capital inside a sentence, right before a name (after a word or a comma).
_TITLED_THE = re.compile(r"[\w,]\s+The\s+$")
#: A closing bracket and a dash after a name: a dateline's news agency ("(X) --", "(X) —").
_WIRE_AFTER = re.compile(r"\)\s*(?:--?|[–—])\s")


@functools.cache
def _kind_after() -> re.Pattern[str]:
    """"X is an open-source game, which ...", "X, a 2019 film by ...": X is a work ("X is a
    charity that ...": an organisation).

    The kind must end the phrase: punctuation or a word of kind "kind_end" follows it ("Y is a
    video game, which", not "Y is a film director"), and no "of" comes before it ("Y is a
    member of the band.")."""
    kinds = _words("work", "product", "org_kind", "body_kind")
    ends = _words("kind_end")
    return re.compile(rf"^\s*(?:,|\s(?:is|was))\s+(?:{_DETERMINERS})\s+"
                      rf"(?:(?!of\b)[\w'’-]+\s+){{0,3}}?({kinds})(?=\s*[,.;:)]|\s+(?:{ends})\b)",
                      re.IGNORECASE)


#: Cue kind -> what :func:`_kind_of_work` calls a name of that kind.
_KINDS = (("work", "work"), ("product", "product"), ("org_kind", "company"), ("body_kind", "org"))


def _introduces(word: str) -> bool:
    """A word that may open a phrase naming a kind of thing: "the", "her", "2019", "new",
    "Velloran"."""
    folded = word.casefold()
    return (folded in _LEADING or folded in _cues()["work_qualifier"] or folded.isdigit()
            or folded.endswith(("'s", "’s")) or _demonym([word]))


#: A name before another in a list: its capitalised words, then a comma, "and" or "or"
#: ("chains Kestrel, Velmor and ").
_LISTED_BEFORE = re.compile(
    r"[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}\s*(?:,\s*(?:(?:and|or)\s+)?|\s(?:and|or|&)\s+)$")
#: How many names back a list may carry the kind its first name follows.
_LIST_HOPS = 3


#: Examples of a kind: "retailers such as ", "companies including the ", "models like the "
#: (not "like" after a comma: "sites which offer games, like X").
_SUCH_AS = re.compile(r"\b([\w'’-]+)(?:,?\s+(?:such\s+as|including)|\s+like)\s+(?:the\s+)?$")


def _kind_word(word: str) -> str | None:
    """"work", "product", "company" or "org" for a kind's word, in the singular or the plural,
    in lower case or in capitals ("chains", "NGO")."""
    if not (word.islower() or word.isupper()):
        return None
    cues = _cues()
    folded = word.casefold()
    singular = folded[:-3] + "y" if folded.endswith("ies") else folded.removesuffix("s")
    for cue, kind in _KINDS:
        if folded in cues[cue] or singular in cues[cue]:
            return kind
    return None


def _words_before(text: str, start: int, end: int | None) -> list[str]:
    """The last words before the name at ``start:end``, up to an opening quote or an
    apposition's comma ("the dive boat 'X'", "the boat, X, sank"; not "In the first game, X
    scored"), back to the first that is no plain word."""
    window = text[max(0, start - 2 * _CONTEXT_CHARS):start].rstrip()
    window = window.removesuffix(next((q for q in _QUOTES if window.endswith(q)), "")).rstrip()
    if window.endswith(","):
        if end is None or not _APPOSITION_ENDS.match(text, end):
            return []
        window = window[:-1]
    words = window.split()[-(_KIND_MODIFIERS + 2):]
    plain = len(words)
    while plain and _PHRASE_WORD.fullmatch(words[plain - 1]):
        plain -= 1
    return words[plain:]


def _clause_after(modifiers: list[str], text: str, end: int) -> bool:
    """After an indefinite article and a kind's word, a name and a verb are a clause whose
    subject the name is, not the kind's name: "a rover Velmor plans to fly", "a film Ada Velk
    directed" (not "a rover Velmor that"; a lower-case word that is no function word)."""
    article = next((word for word in reversed(modifiers) if _introduces(word)), "")
    after = _LOWER_AFTER.match(text, end)
    return (article.casefold() in ("a", "an") and after is not None
            and after.group(1) not in STOP_WORDS)


def _introduced(words: list[str], *, bare: bool = False) -> bool:
    """``words`` (before a kind's word) open a phrase that names the kind: they end with a
    determiner, a possessive, a year or a qualifier ("the", "her", "2019", "new"), or with one
    and up to three modifiers after it ("the dive boat", "the 2018 Velmo superhero film"),
    capitalised or lower-case words that are not function words ("the crew will film X": a
    verb). With ``bare``, modifiers alone will do ("by hiring law firm X", "of US rock band
    X"), but not none ("to film X")."""
    modifiers = 0
    for word in reversed(words):  # (at most three modifiers: see :func:`_words_before`)
        if _introduces(word):
            return True
        if word.casefold() in STOP_WORDS or not (word[:1].isupper() or word.islower()):
            break
        modifiers += 1
    return bare and modifiers > 0


def _kind_before(text: str, start: int, end: int | None = None,
                 hops: int = _LIST_HOPS) -> str | None:
    """"work", "product", "company" or "org" when the name at ``start`` (ending at ``end``,
    where known) follows its kind, after a determiner, a possessive, a year or a qualifier ("the
    film X", "his latest novel 'X'", "the boat, X, sank"), is an example of the kind
    ("retailers such as X", "games including X"), or is listed after a name that does ("the
    chains Kestrel and X")."""
    *modifiers, word = _words_before(text, start, end) or [""]
    kind = _kind_word(word)  # "the chain X", "the supermarket chains X"
    # (an organisation's kind needs no determiner: "law firm X", "Velloran daily X"; a work's
    # or a product's may be a verb's object: "to film X", "crews ship X")
    if kind is not None and _introduced(modifiers, bare=kind in ("company", "org")):
        if kind in ("work", "product") and end is not None and _clause_after(modifiers, text, end):
            return None
        return kind
    window = text[max(0, start - _CONTEXT_CHARS):start]
    # (the regexes only where their last words are: a search anchored at the end is slow)
    if "such as" in window or "including" in window or "like" in window:
        such_as = _SUCH_AS.search(window)
        if such_as is not None:
            kind = _kind_word(such_as.group(1).lower())  # ("Retailers such as X")
            if kind is not None:
                return kind
    if hops and window.rstrip().endswith((",", " and", " or", "&")):
        listed = _LISTED_BEFORE.search(window)
        if listed is not None:
            return _kind_before(text, start - len(window) + listed.start(), hops=hops - 1)
    return None


#: A screen's or a device's size in inches right before a name ("the 12.9-inch X").
_SIZE_BEFORE = re.compile(r"\b\d+(?:\.\d+)?[- ]inch\s+$")


def _kind_of_work(text: str, start: int, end: int) -> str | None:
    """"work", "product", "company" or "org" when the text says what kind of thing the name at
    ``start:end`` is: the name follows the kind (:func:`_kind_before`) or a size in inches
    (a device: "the 12-inch X"), or the text says "X is a <kind>" / "X, a <kind> by"."""
    kind = _kind_before(text, start, end)
    if kind is not None:
        return kind
    size = text[max(0, start - 16):start]
    if "inch" in size and _SIZE_BEFORE.search(size) is not None:
        return "product"  # "the 12-inch X", "a 6.1-inch X": a device
    after = _kind_after().match(text[end:end + 2 * _CONTEXT_CHARS])
    if after is not None:
        cues = _cues()
        return next(kind for cue, kind in _KINDS if after.group(1).casefold() in cues[cue])
    return None


class _Evidence:
    """What the text and the gazetteers say about one name (all its mentions together)."""

    def __init__(self, name: str, starts_ends: list[tuple[int, int]], text: str,
                 lower: frozenset[str] = frozenset(), capitalised: frozenset[str] = frozenset(),
                 fellows: Counter[str] | None = None, employers: int = 0,
                 sport: bool = False, org_first: bool = False, plural_noun: bool = False,
                 family_member: int = 0, last_alone: bool = True, works: bool = False):
        cues = _cues()
        words = name.split()
        self.name = name
        #: The name's last word is found alone in the text (as a surname is: "Velk" after
        #: "Ada Velk"); true of a name of one word.
        self.last_alone = last_alone
        #: Mentions in a list of a family's first names ("Ada, Bo and Cy Velk").
        self.family_member = family_member
        #: A part of a continent by its compass point ("East Africa", "Southeast Asia"; cue
        #: kind "compass"), no country ("South Africa"): a region.
        self.continent_part = (len(words) == 2 and words[0].casefold() in cues["compass"]
                               and place_kind(words[1]) == "continent"
                               and place_kind(name) is None)
        #: One word, the plural of an English noun ("Raiders", "Broncos"): a team's or a
        #: band's name, or a group's, no person's.
        self.plural_noun = plural_noun
        #: The text reports games (see :func:`_reports_games`).
        self.sport = sport
        #: The text is about works: films, albums, books (see :func:`_about_works`).
        self.works = works
        #: The labels of the other names in the lists the name is in ("Beni, Butembo and X").
        self.fellows: Counter[str] = fellows or Counter()
        self.place = place_kind(name) or _state_of(name)
        self.title = self.speech = self.locative = self.owner = 0
        self.work = self.product = self.tech = self.org_kind = self.place_of = 0
        self.role = self.contest = self.the = self.the_place = self.after_the = 0
        self.feature = self.facility = self.in_region = self.age = self.seat = 0
        self.leader = 0
        self.quoted = self.division = self.product_noun = self.business = self.kin = 0
        self.enclosed = self.deal = self.stock = self.stock_moved = self.wire = 0
        self.gathering = self.owned_gathering = self.titled_the = self.orbiting = 0
        self.settlement = self.quoted_work = self.result = self.side = self.played = 0
        self.street = self.located_alone = self.team = self.stat = self.maker = 0
        #: Mentions right after a person's name and "of" ("Dr Ana Velk of X"): what the
        #: person is of, an organisation or a place, not another person.
        self.employer = employers
        self.acronym = acronym = _ACRONYM.match(name) is not None
        # "Zanu-PF", "Fidesz-KDNP": a word joined to an acronym by a hyphen (a party's or a
        # body's name; no person's name has a part in capitals).
        self.acronym_part = any(_ACRONYM_PART.fullmatch(word) for word in words)
        for start, end in starts_ends:
            before = _word_before(text, start)
            # Titles only as written before a name ("Major X", not "a major X").
            if before[:1].isupper() and before.casefold() in cues["title"]:
                self.title += 1
            after = text[end:end + _CONTEXT_CHARS]
            owner = _POSSESSIVE_AFTER.match(text, end, end + 3) is not None
            self.owner += owner
            quoted = text[max(0, start - 1):start] in _QUOTES
            self.quoted += quoted
            # in quotes whole: “X” (not a quotation it opens: “X is ...”)
            self.enclosed += quoted and _CLOSED.match(text, end, end + 2) is not None
            # "in X" and "in X's town centre" put X on the map; "in X's campaign" does not
            located = before.casefold() in _LOCATIVE or (
                before in ("and", "or") and _LOCATIVE_LIST.search(
                    text, max(0, start - 3 * _CONTEXT_CHARS), start) is not None)
            if located and (
                    not owner or _place_part_after().match(text, end, end + _CONTEXT_CHARS)):
                self.locative += 1
                # (right after its preposition, not at a list's end: "in Get On Up and X")
                self.located_alone += before.casefold() in _LOCATIVE
            if _word_after(text, end) in cues["speech"]:
                self.speech += 1
            kind = _kind_of_work(text, start, end)
            if kind == "work":
                self.work += 1
            elif kind == "product":
                self.product += 1
            else:
                # "the store chain X", "shares in X": a business; "the group X": a body (or a
                # people: "the ethnic group X")
                business = kind == "company" or _company_before().search(
                    text, max(0, start - _CONTEXT_CHARS), start) is not None
                self.business += business
                if business or kind == "org" or _company_after().match(
                        text, end, end + _CONTEXT_CHARS):
                    self.org_kind += 1
                else:
                    stock = _stock_after().match(text, end, end + _CONTEXT_CHARS)
                    self.stock += stock is not None
                    self.stock_moved += stock is not None and stock.group(1) is not None
            tech = _TECH_AFTER.match(after)
            if acronym and tech is not None and tech.group(1) in cues["tech"]:
                self.tech += 1
            if _place_of().search(text, max(0, start - _CONTEXT_CHARS), start):
                self.place_of += 1
            self.deal += _deal_before().search(text, max(0, start - _CONTEXT_CHARS),
                                                start) is not None
            self.seat += _seat_holder_after().match(text, end, end + _CONTEXT_CHARS) is not None
            # An honour after a name is a title too ("Anna Brandt QC", "X OBE").
            self.title += _honour_after().match(text, end, end + _CONTEXT_CHARS) is not None
            if (_role_before().search(text, max(0, start - 2 * _CONTEXT_CHARS), start)
                    or _role_word_before().search(text, max(0, start - _CONTEXT_CHARS), start)
                    or _role_after().match(text, end, end + 2 * _CONTEXT_CHARS)):
                self.role += 1
            # "X's wife": a person, though one mention says so (an apposition must be in most)
            self.kin += _kin_after().match(text, end, end + _CONTEXT_CHARS) is not None
            # "the Velk administration", "a Velk presidency": a leader's term in office
            self.leader += _leader_after().match(text, end, end + _CONTEXT_CHARS) is not None
            played = _PLAYED_BY.match(text, end, end + _CONTEXT_CHARS)
            self.played += played is not None and played.group(1).casefold() in _first_names()
            # "the 2100 block of X": a street
            window = text[max(0, start - _CONTEXT_CHARS):start]
            self.street += "block of" in window and _BLOCK_OF.search(window) is not None
            self.age += _AGE_AFTER.match(text, end, end + _CONTEXT_CHARS) is not None
            self.team += _team_role_after().match(text, end, end + _CONTEXT_CHARS) is not None
            self.maker += _maker_after().match(text, end, end + _CONTEXT_CHARS) is not None
            self.stat += _stat_after().match(text, end, end + _CONTEXT_CHARS) is not None
            # "Westfield 58, Lincoln 55": a game's result names its two sides
            self.result += _result(text, start, end)
            if (_contest_before().search(text, max(0, start - _CONTEXT_CHARS), start)
                    or _contest_after().match(text, end, end + _CONTEXT_CHARS)):
                self.contest += 1
            # "X fans", "X v Y", "Y vs. X", "struggling side X", "X are", "as X do": a side in
            # a game, or its followers
            self.side += (_side_after().match(text, end, end + _CONTEXT_CHARS) is not None
                          or _side_before().search(window) is not None
                          or (_PLURAL_VERB_AFTER.match(text, end, end + 12) is not None
                              and _LISTED.search(window) is None))
            if _kind_word_after("feature").match(text, end, end + _CONTEXT_CHARS):
                self.feature += 1
            if _kind_word_after("facility").match(text, end, end + _CONTEXT_CHARS):
                self.facility += 1
            self.division += _kind_word_after("division").match(
                text, end, end + _CONTEXT_CHARS) is not None
            # "the X operating system.", "a X game that": the name of the software the phrase
            # names (or of its maker: see :func:`_decide`; a vehicle's or a drug's, "an X jet",
            # "the X vaccine", is its operator's or maker's as often)
            if before.casefold() in _LEADING and _kind_word_after("software").match(
                    text, end, end + _CONTEXT_CHARS):
                self.product_noun += 1
            # "the X website", "the X news agency": a publisher
            if before.casefold() in _LEADING and _kind_word_after("outlet").match(
                    text, end, end + _CONTEXT_CHARS):
                self.org_kind += 1
            # "the X security conference", "the X festival": a gathering
            if _gathering_after().match(text, end, end + _CONTEXT_CHARS):
                self.gathering += before.casefold() in _LEADING
                # "Velmo's X conference": the gathering of its owner, no organisation
                self.owned_gathering += _POSSESSIVE_BEFORE.search(
                    text, max(0, start - 4), start) is not None
            # "an episode of “X”", "the former “X” star": a show's or a film's title
            self.quoted_work += (_WORK_OF_BEFORE.search(text, max(0, start - _CONTEXT_CHARS),
                                                        start) is not None
                                 or (_OPENED.search(text, max(0, start - 3), start) is not None
                                     and _WORK_ROLE_AFTER.match(text, end, end + _CONTEXT_CHARS)
                                     is not None))
            # "X, a village southwest of Y": a place
            self.settlement += _settlement_after().match(
                text, end, end + _CONTEXT_CHARS) is not None
            # "Saturn's moon X", "the dwarf planet X": a body in space
            self.orbiting += _celestial_before().search(
                text, max(0, start - _CONTEXT_CHARS), start) is not None
            # "writes in The X": a title's own "The", capitalised inside a sentence
            self.titled_the += _TITLED_THE.search(text, max(0, start - 8), start) is not None
            # "SEOUL, Aug. 20 (X) --", "(X) - ": a news agency credited in a dateline
            self.wire += (text[max(0, start - 1):start] == "("
                          and _WIRE_AFTER.match(text, end, end + 5) is not None)
            self.in_region += _in_region(text, end)
            the = _THE_BEFORE.search(text, max(0, start - _CONTEXT_CHARS), start)
            self.after_the += the is not None
            # "the X." but not "the X government": the name heads its phrase.
            if the is not None and _HEADS_PHRASE.match(text, end):
                self.the += 1
                self.the_place += (the.group(1) or "") in _PLACE_PREPOSITIONS
        self.mentions = len(starts_ends)
        # An apposition names a person only for a name that could be one ("Agence
        # France-Presse, the ..." may introduce the next clause's subject): not an acronym,
        # and in most of its mentions.
        if _ACRONYM.match(name) or 2 * self.role < self.mentions:
            self.role = 0
        last = words[-1].casefold() if len(words) > 1 else ""
        # a legal form ("Velloria Holdings Ltd"), or a web address ("News.com.au", "Velloria.org")
        self.company = (len(words) > 1 and _is_company_suffix(words[-1])) or bool(
            _WEB_ADDRESS.fullmatch(name))
        # "Velloria United", "Team Velloria": an organisation's word ends or starts the name.
        self.org_head = last in cues["org_head"] or (
            len(words) > 1 and words[0].casefold() in cues["org_prefix"] and words[0].istitle())
        # "the United States Coast Guard", "the Velloran Senate": an institution, no place.
        self.institution = len(words) > 1 and last in cues["institution"] and words[-1].istitle()
        if self.org_head or self.company:
            self.role = 0  # "Dr X of University College London, a researcher, ..."
        self.head, self.head_word = _head(words)
        self.place_head = self.head is not None or last in cues["place_head"]
        # A first name, unless the text tags the word alone an organisation: "Nissan Connect"
        # beside "Nissan" (``org_first``).
        self.given = len(words) > 1 and _given_name(words[0]) and not org_first
        #: The first word alone is an organisation's name to the model ("Nissan Connect").
        self.org_first = org_first
        #: A flight by its number: "Velmo Air Flight 9525" (see :func:`_flights`).
        self.flight = (len(words) > 1 and words[-2] == words[-2].capitalize()
                       and words[-2].casefold() in cues["flight"]
                       and _FLIGHT_NUMBER.fullmatch(words[-1]) is not None)
        #: The first word is an acronym of three letters or more, the others capitalised
        #: words: "VNN Sport", "BMO Velk Burns", an organisation's (not a person's initials,
        #: "TJ Velk", a headline in capitals, or a ship's prefix).
        self.org_acronym = (len(words) > 1 and len(words[0]) >= 3 and words[0].isupper()
                            and words[0].isalpha() and not _is_title_word(words[0])
                            and words[0].casefold() not in cues["vessel_prefix"]  # "HMS X"
                            and all(w[:1].isupper() and not w.isupper() for w in words[1:]))
        #: A first name and a head word that is also a surname: "Doris Day", "Ada Field".
        self.given_surname = self.given and len(words) == 2 and last in cues["surname_head"]
        self.platform = name.casefold() in cues["platform"]
        # "the Marines", "a former Marine": a service's members, named after it (ORG)
        self.service = name.casefold() in cues["service_member"]
        # A religion, a social group or a country's people: a group (NORP).
        self.group = (name.casefold() in cues["religion"] or name.casefold() in cues["social_group"]
                      or _demonym(words))
        self.law = len(words) > 1 and last in cues["law_head"] and words[-1][:1].isupper()
        self.award = _award(words)
        # "Bastille Day", "Martin Luther King Jr. Day"; not "Doris Day" (a first name and a
        # head word that is also a surname).
        self.event = (len(words) > 1 and (last in cues["event_head"] or (
            len(words) > 2 and " ".join(words[-2:]).casefold() in cues["event_head"]))
            and words[-1][:1].isupper() and not self.given_surname) or _EXIT.fullmatch(
            name) is not None
        # "Londoners", "Hong Kongers", "Delhiites", "Parisians": a place's people (in the
        # plural: in the singular, a surname too: "Huber", "Berliner").
        self.townsfolk = len(words) <= 3 and any(
            name.endswith(ending) and place_kind(name[:-len(ending)]) in ("city", "region",
                                                                           "country")
            for ending in _TOWNSFOLK_ENDINGS)
        # "Velmo Linux", "Kestrel OS", or the product alone: "Linux", "Android"
        self.product_head = (words[-1].casefold() in cues["product_head"]
                             and words[-1][:1].isupper())
        # "Velmo Pro", "Kestrel Ultra": a product line's word ends a device's name
        self.product_line = (len(words) > 1 and last in cues["product_line"]
                             and words[-1][:1].isupper())
        # "MV Kestrel", "HMS Dunmore": a ship (a vehicle: PRODUCT); not "MS Dhoni".
        prefix = _vessel_prefix(words[0]) if len(words) > 1 else None
        self.vessel = prefix is not None and any(
            _ship_prefix(prefix, text, start) for start, _ in starts_ends)
        # "Jupiter", "the Solar System", "Alpha Velorum": a planet or a star (LOC).
        self.celestial = name.casefold() in cues["celestial"] or bool(self.orbiting) or (
            len(words) > 1 and last in cues["constellation"] and words[-1][:1].isupper())
        self.title_word = len(words) == 1 and name.casefold() in cues["title"]
        self.camel = (len(words) == 1 and _camel_case().fullmatch(name) is not None
                      and name.casefold() not in _first_names())
        self.family = len(words) == 1 and name.endswith("s") and name[:-1] in capitalised
        self.first_name = (
            2 <= len(words) <= 4
            and self.given
            and not words[0].isupper()
            # "Marine Traffic": a word the text also writes in lower case is no name's.
            and not any(w.lower() in lower for w in words)
            and all(w[:1].isupper() for w in words)
            and not _starts_with_place(words)
            and not self.company
            and not any(w.casefold() in cues["head"] for w in words)
        )


@functools.cache
def _polity_of() -> re.Pattern[str]:
    """"State of X", "Republic of X": a word of cue kind "polity", "of", and a place."""
    words = "|".join(sorted((re.escape(w.capitalize()) for w in _cues()["polity"]),
                            key=len, reverse=True))
    return re.compile(rf"(?:{words})\s+of\s+(?:the\s+)?(.+)")


def _state_of(name: str) -> str | None:
    """"region" or "country" for "State of X" or "Republic of X" where the gazetteer knows X
    as one ("the State of New Jersey", "the Commonwealth of Virginia")."""
    match = _polity_of().fullmatch(name)
    kind = place_kind(match.group(1)) if match is not None else None
    return kind if kind in ("region", "country") else None


def _award(words: list[str]) -> bool:
    """An award's name: a word of cue kind "award_head" ends it or is followed by what it is
    of, in or for ("the Velmo Prize", "the Medal of Honour", "the Velmo Prize in Physics");
    the word alone is none ("Prize")."""
    heads = _cues()["award_head"]
    for i, word in enumerate(words):
        if word.casefold() not in heads or not word[:1].isupper():
            continue
        if i == len(words) - 1:
            return i > 0
        if words[i + 1] in ("of", "in", "for"):
            return True
    return False


def _head(words: list[str]) -> tuple[str | None, str]:
    """The place label a name's head word gives it, and that word: "GPE" for "Kerr County"
    or "County Kerr", "LOC" for "Tana River" or "Mount Tana", "FAC" for "Tana Mall", and for
    a street's name in one word, its head glued on or after a hyphen ("Tanaplatz",
    "Ada-Tana-Allee": cue kind "street_suffix")."""
    cues = _cues()
    if len(words) == 1 and words[0][:1].isupper():
        word = words[0].casefold()
        suffix = next((end for end in cues["street_suffix"]
                       if word.endswith(end) and len(word) >= len(end) + 3), None)
        return ("FAC", suffix) if suffix else (None, "")
    if len(words) < 2 or not words[-1][:1].isupper():
        return None, ""
    last, first = words[-1].casefold(), words[0].casefold()
    for label, ends, starts in (("GPE", "gpe_head", "gpe_prefix"),
                                ("LOC", "loc_head", "loc_prefix"), ("FAC", "fac_head", "")):
        if last in cues[ends]:
            return label, last
        if starts and first in cues[starts]:
            return label, first
    return None, ""


#: A team's nickname: one or two capitalised words, the last a plural ("Nationals", "Red
#: Sox", "Maple Leafs").
_NICKNAME = re.compile(r"(?:[A-Z][a-z]+\s)?[A-Z][a-z]+(?<!s)(?:s|x)")
#: A team's nickname of one word in the singular ("Fusion", "Clash").
_SINGULAR_NICKNAME = re.compile(r"[A-Z][a-z]{2,}")


def _place_and_nickname(words: list[str], *, singular: bool = False) -> str | None:
    """The nickname of a team named by a gazetteer city or state and a plural that is no
    head word of a place, a law or an event, nor a game's word ("Nationals" of "Washington
    Nationals"; not "Velmo Springs", "Ohio Valley", "Geneva Conventions", "Tokyo Olympics",
    "Beijing Games"), or ``None``. With ``singular``, one capitalised word in the singular
    too ("Fusion" of "Miami Fusion"; for a report of games only: "Miami Beach" is a town)."""
    cues = _cues()
    last = words[-1].casefold()
    if any(last in cues[kind] or last[:-1] in cues[kind]
           for kind in ("head", "town_head", "law_head", "event_head", "sport", "org_prefix")
           ) or place_kind(" ".join(words)) is not None:  # (not "San Jose")
        return None
    for k in (len(words) - 1, len(words) - 2):
        nickname = " ".join(words[k:])
        shaped = _NICKNAME.fullmatch(nickname) or (
            singular and _SINGULAR_NICKNAME.fullmatch(nickname))
        if k >= 1 and place_kind(" ".join(words[:k])) in ("city", "region") and (
                shaped and place_kind(nickname) is None):
            return nickname
    return None


def _head_decides(ev: _Evidence, top: str) -> bool:
    """The head word's place label overrides the model's ``top`` label: a person's or group's
    always, unless the head is also a surname after a first name ("Damon Hill") or a title
    says person; an organisation's unless organisations end with that word too ("Derby
    County", "Carnegie Hall"); a place label only for a head of one kind of place ("Mount X"
    is no town; but "X Park" may be one), never to make a region a town ("the Western District"
    of a court), not for a place the gazetteer knows, and not to make a feature of a town (one
    in its state, "Velmo Bay, Ohio", or one the model calls a town whose head names towns as
    often as features, cue kind "town_head": "Velmo Falls", "Velmo Springs")."""
    cues = _cues()
    if top in ("PERSON", "NORP"):
        return not ev.title and not (ev.given and ev.head_word in cues["surname_head"])
    if top == "EVENT":
        return ev.head == "FAC" and not ev.event  # "Velmo Field": an airport, no event
    if top == "ORG":
        return ev.head_word not in cues["not_org_head"]
    return (top in ("GPE", "LOC", "FAC") and ev.place is None and ev.head != "GPE"
            and ev.head_word not in cues["not_org_head"]
            and not (top == "GPE" and (ev.head_word in cues["town_head"]
                                       or 2 * ev.in_region >= ev.mentions)))


#: Words that open a noun phrase in apposition ("X, the minister"), and a possessor
#: ("X, Velloria's minister").
_DETERMINERS = "the|a|an|his|her|their|its"
_POSSESSOR = r"[A-Z][\w.'’-]*['’]s"
#: What may follow a name that heads its phrase: punctuation, or the end of the text.
_HEADS_PHRASE = re.compile(r"\s*(?:[,.;:!?)\]—–]|$)")
#: "the" right before a name, and the preposition before it ("on the X").
_THE_BEFORE = re.compile(r"(?:\b([a-z]+)\s+)?\b[Tt]he\s+$")
_PLACE_PREPOSITIONS = frozenset({"in", "on", "to", "from", "near", "across", "over", "off",
                                 "around", "into", "onto", "towards", "toward", "via", "at"})


@functools.cache
def _words(*kinds: str) -> str:
    """The words of the cue ``kinds`` as one regex alternation, longest first."""
    words = set().union(*(_cues()[kind] for kind in kinds))
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@functools.cache
def _role_before() -> re.Pattern[str]:
    """"the president of Velloria, X": a determiner, a role (and what it is a role in), a
    comma, the name (not a list: "a candidate, X interviewee and ...")."""
    roles = _words("role", "title")
    return re.compile(rf"\b(?:(?i:{_DETERMINERS})|{_POSSESSOR})\s+"
                      rf"(?:[\w'’-]+\s+){{0,3}}?(?:{roles})(?:\s+(?:of|for|at)\s+(?:the\s+)?"
                      r"[A-Z][\w.'’&-]*(?:\s+(?:of\s+)?[A-Z][\w.'’&-]*){0,5})?,\s*$")


#: Roles that say nothing written right before a name: adjectives too ("official Velloran
#: territory", "an executive order"), or words that stand before organisations as often as
#: before people ("Sky's owner Velloria Cable").
_NO_PERSON_BEFORE_ROLES = frozenset({"official", "executive", "expert", "resident", "owner",
                                     "employee", "player"})


@functools.cache
def _role_word_before() -> re.Pattern[str]:
    """"spokesperson X", "activist X": a role written in lower case right before the name (a
    title, "President X", is written with a capital and is :attr:`_Evidence.title`)."""
    roles = "|".join(sorted((re.escape(w) for w in _cues()["role"]
                             if w.islower() and w not in _NO_PERSON_BEFORE_ROLES),
                            key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{roles})\s+$")


@functools.cache
def _role_after() -> re.Pattern[str]:
    """"X, 45, a teacher", "X, the minister's spokesman", "X — who is the mayor": a person
    (an age alone is :data:`_AGE_AFTER`)."""
    roles = _words("role", "title")
    return re.compile(r"\s*(?:[,—–]\s+(?:(?:aged\s+)?\d{1,3},\s+)?"
                      r"(?:who\s+(?:is|was|has\s+been|had\s+been)\s+)?"
                      rf"(?:{_DETERMINERS}|{_POSSESSOR})\s+"
                      rf"(?:(?!of\b)[\w'’-]+\s+){{0,3}}?(?:{roles})s?\b)", re.IGNORECASE)


@functools.cache
def _side_after() -> re.Pattern[str]:
    """" fans", " supporters" (cue kind "team_follower"), or " v Velmo", " vs. Velmo" right
    after a name: a side in a game."""
    return re.compile(rf"\s+(?:(?:{_words('team_follower')})\b|vs?\.?\s+[A-Z])")


@functools.cache
def _side_before() -> re.Pattern[str]:
    """"Velmo v ", "Kestrel vs. ": the other side of a fixture; "struggling side ", "rivals ",
    "League One side " (cue kind "side_word"): a side in a game."""
    return re.compile(rf"(?:[A-Z][\w'.-]*\s+vs?\.?|\b(?:{_words('side_word')}))\s+$")


#: A plural verb after a name, as a team takes in British English ("Velmo are", "as Velmo
#: do"; not a question's "do you").
_PLURAL_VERB_AFTER = re.compile(r"\s+(?:are|were|have|do)\b(?!\s+(?:you|we|they|I)\b)")
#: The end of a list's last gap before a name ("X and ", "X, "): a plural verb after the name
#: is the list's.
_LISTED = re.compile(r"(?:\band|\bor|,|&)\s+$")


@functools.cache
def _team_role_after() -> re.Pattern[str]:
    """"X coach Ada Brandt", "X defensive captain Ada Brandt", "X QB Ada Brandt": one of a
    team's staff or players, named after the team (cue kind "team_role", in lower case, after
    a word of kind "team_role_qualifier" or none; or a position's abbreviation, cue kind
    "team_position", in capitals)."""
    return re.compile(rf"\s+(?:(?:{_words('team_role_qualifier')})\s+)?"
                      rf"(?:{_words('team_role')}|{_capitals('team_position')})\s+[A-Z]")


@functools.cache
def _stat_after() -> re.Pattern[str]:
    """"X 8 saves", "X 1 goal": a player's statistic (cue kind "stat", in the plural or
    not)."""
    stats = "|".join(sorted({re.escape(w.removesuffix("s")) for w in _cues()["stat"]},
                            key=len, reverse=True))
    return re.compile(rf"\s+\d{{1,3}}\s+(?:{stats})s?\b")


@functools.cache
def _leader_after() -> re.Pattern[str]:
    """" administration", " presidency" right after a name (cue kind "leader_term"): the
    leader's time in office ("the Velk administration")."""
    return re.compile(rf"\s+(?:{_words('leader_term')})\b")


@functools.cache
def _kin_after() -> re.Pattern[str]:
    """"X's wife", "X’s late father": a person's family (cue kind "kin")."""
    return re.compile(rf"['’]s?\s+(?:late\s+)?(?:{_words('kin')})\b")


@functools.cache
def _camel_case() -> re.Pattern[str]:
    """One word with a capital inside, after lower-case letters ("SpaceX"): a brand's
    spelling. Surnames with a particle or a prefix ("DeSantis", "DosSantos", "McCain",
    "MacArthur": cue kinds "particle" and "name_prefix") are not of this shape."""
    prefixes = "|".join(sorted((re.escape(w.capitalize()) for w in
                                _cues()["particle"] | _cues()["name_prefix"]),
                               key=len, reverse=True))
    return re.compile(rf"(?!(?:{prefixes})[A-Z])[A-Z][a-z]+[A-Z][A-Za-z]*")


#: What may follow the kind of building after a name, for the kind to end the phrase
#: ("Belmarsh prison, London", "X stadium on Saturday"): not a noun it modifies ("X prison
#: letters") nor the object of a verb ("help X bridge the gap").
_PHRASE_END = (r"(?:\s*(?:[,.;:!?)\]—–]|$)|\s+(?:in|on|at|of|near|outside|and|or|was|were|is|"
               r"are|has|had|where|which|that|to|from|for|with|since|after|before)\b)")


@functools.cache
def _place_part_after() -> re.Pattern[str]:
    """A possessive and a word of a place ("'s town centre", "'s south side", "'s harbour")."""
    return re.compile(rf"['’]s\s+(?:{_words('place_part', 'place_of', 'feature', 'facility')})\b",
                      re.IGNORECASE)


@functools.cache
def _settlement_after() -> re.Pattern[str]:
    """An apposition that says the name is a settlement: ", a village", ", a small town" (cue
    kind "place_noun", after an article and at most one modifier)."""
    return re.compile(rf"\s*,\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:{_words('place_noun')})\b")


@functools.cache
def _celestial_before() -> re.Pattern[str]:
    """A body in space named right before a name: "moon X", "the dwarf planet X" (cue kind
    "celestial_kind", in lower case)."""
    return re.compile(rf"\b(?:{_words('celestial_kind')})\s+$")


@functools.cache
def _gathering_after() -> re.Pattern[str]:
    """A name, then a word of cue kind "event_kind" ending the phrase, maybe after one
    lower-case word: "X conference", "X security conference", "X film festival"."""
    return re.compile(rf"\s+(?:[a-z]+\s+)?(?:{_words('event_kind')})\b{_PHRASE_END}")


@functools.cache
def _kind_word_after(kind: str) -> re.Pattern[str]:
    """A name, then the lower-case word of ``kind`` it names: "X volcano", "X river" (kind
    "feature"); "X prison", "X airport", "the X game", "the X website" (kinds "facility",
    "software" and "outlet", which must end the phrase: :data:`_PHRASE_END`; not "X prison
    officers", "the X game show")."""
    end = _PHRASE_END if kind in ("facility", "software", "outlet") else ""
    return re.compile(rf"\s+(?:{_words(kind)})\b{end}")


def _capitals(kind: str) -> str:
    """The words of cue ``kind``, abbreviations written in capitals ("MP", "QC"), as one
    regex alternation, longest first."""
    return "|".join(sorted({re.escape(w.upper()) for w in _cues()[kind]}, key=len, reverse=True))


def _phrases(*kinds: str) -> str:
    """:func:`_words` for cue words of more than one word: any space between them."""
    return _words(*kinds).replace(r"\ ", r"\s+")


@functools.cache
def _deal_before() -> re.Pattern[str]:
    """"sold to X", "acquired by X", "an agreement with X": a party to a deal (cue kind
    "deal"), a company, a country or a person."""
    return re.compile(rf"\b(?:{_phrases('deal')})\s+$")


@functools.cache
def _company_before() -> re.Pattern[str]:
    """"shares in X", "a stake in X", "the chief executive of X", "the takeover of X": a
    company (cue kinds "company_in" and "company_of"); "Ontario-based X": a company or
    another organisation, based in a place (not "subscription-based X", a product)."""
    return re.compile(rf"(?:\b(?i:(?:{_phrases('company_in')})\s+in|(?:{_phrases('company_of')})"
                      r"\s+of)|\b[A-Z][\w.'’]*-based)\s+(?:the\s+)?$")


#: Words that link a name to the next phrase rather than modify it ("X on TV").
_LINKS = "on|in|at|for|with|to|by|from|of|and|or|as|via"


@functools.cache
def _company_after() -> re.Pattern[str]:
    """"X's shares", "X's chief executive", "X chief executive Y", "X boss", "X leader Y": a
    company or another organisation (cue kinds "company_owns", after a possessive, and
    "org_staff")."""
    owns, staff = _phrases("company_owns"), _phrases("org_staff")
    return re.compile(rf"(?i:['’]s?\s+(?:{owns})|\s+(?:{staff}))\b")


@functools.cache
def _stock_after() -> re.Pattern[str]:
    """"X shares fell", "X stock, which": a company's stock (cue kind "company_stock") as a
    noun; not the verb before its object ("X shares a border", "X shares my view", "X stock
    up on food"). Group 1: the price's move after it ("closed", "fell": cue kind
    "price_move"), which no person's verb has ("X shares photos")."""
    objects = "a|an|the|his|her|their|its|my|our|your|this|that|these|those|some|up|with|in"
    return re.compile(rf"\s+(?:{_phrases('company_stock')})\b(?!\s+(?:{objects})\b)"
                      rf"(\s+(?:\w+\s+)?(?:{_words('price_move')})\b)?")


@functools.cache
def _maker_after() -> re.Pattern[str]:
    """"a X TV", "X laptops": the maker of a kind of device (cue kind "made", in any case,
    maybe after one lower-case adjective: "a X smart TV"; not after a linking word: "X on
    TV")."""
    return re.compile(rf"\s+(?:(?!(?:{_LINKS})\b)[a-z]+\s+)?(?i:{_phrases('made')})\b")


@functools.cache
def _contest_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_words('contest')})(?:\s+(?:off|with|to))?\s+$")


@functools.cache
def _contest_after() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{_words('contest')})\b")


@functools.cache
def _place_of() -> re.Pattern[str]:
    """"the city of X", "the mayor of X": a word of kind "place_of", then "of", right before;
    "the MP for X": a member's abbreviation (kind "seat_holder"), then "for"; "the capital X",
    "the coastal town X": a place's kind (kind "place_noun") in apposition."""
    places, seats, nouns = _words("place_of"), _capitals("seat_holder"), _words("place_noun")
    return re.compile(rf"(?:\b(?:{places})\s+of|(?<![\w-])(?:{seats})s?\s+for)\s+(?:the\s+)?$"
                      rf"|\b(?:[Tt]he|[Aa])\s+(?:[a-z]+\s+)?(?:{nouns})\s+$")


@functools.cache
def _honour_after() -> re.Pattern[str]:
    """",? QC", " OBE": an honour after a person's name (cue kind "post_nominal")."""
    return re.compile(rf",?\s+(?:{_capitals('post_nominal')})\b")


@functools.cache
def _seat_holder_after() -> re.Pattern[str]:
    """"X MP Y", "X MEPs": a seat or a party, then its member's abbreviation."""
    return re.compile(rf"\s+(?:{_capitals('seat_holder')})s?\b")


#: ", North Carolina": a comma, then up to three capitalised words on its line that end the
#: clause or the line, or come before a lower-case word (not ", US$3 billion").
_COMMA_PLACE = re.compile(r",[^\S\n]+([A-Z][\w'’-]*(?:\.[A-Z][\w'’-]*)*"
                          r"(?:[^\S\n]+[A-Z][\w'’-]*(?:\.[A-Z][\w'’-]*)*){0,2})"
                          r"(?=\s*(?:[.,;:!?()\"'”’–—]|\s[a-z]|\n|$))")


def _in_region(text: str, end: int) -> bool:
    """The name at ``end`` is followed by a comma and a state or country, and no more
    capitalised words ("Beaver Falls, Pennsylvania", "Lanuza, Philippines"): a town in it."""
    match = _COMMA_PLACE.match(text, end, end + _CONTEXT_CHARS)
    if match is None:
        return False
    # The place is all the capitalised words there: not ", United States President X".
    place = " ".join(match.group(1).split())
    dotted = text.startswith(".", match.end(1))  # "Ore.": the abbreviation's own full stop
    return place_kind(place) in ("region", "country") or _state_word(place + "." * dotted)


#: A country's exit from a union, by a blend of its name ("Brexit", "Grexit", "Polexit").
_EXIT = re.compile(r"[A-Z][a-z]{1,5}xit")

#: How English makes a people's adjective from a country's name: (letters dropped, ending).
_DEMONYM_ENDINGS = ((0, "n"), (0, "an"), (0, "ian"), (1, "ian"), (0, "ese"), (1, "ese"), (0, "i"))


def _demonym(words: list[str]) -> bool:
    """A country's people or adjective: one of ``demonyms.jsonl`` ("French", "Dutch", "Swiss",
    "Filipino"), or one made from the gazetteer's country or continent names ("Tongan",
    "Namibian", "Nepalese", "Omani", "Kazakh", "African"), or its people in the plural
    ("Kenyans", "American Samoans"), or two of them joined by a hyphen ("Cuban-Guatemalan"): a
    group, not a person or a place."""
    if len(words) == 1 and words[0].count("-") == 1 and words[0].casefold() not in _demonyms():
        return all(_demonym([part]) for part in words[0].split("-"))
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    name = _key(" ".join(words))
    forms = (name, name[:-1]) if name.endswith("s") else (name,)
    return any(form in _demonyms() for form in forms) or (
        len(words[-1]) >= 5 and any(_people_of_country(form) for form in forms))


@functools.cache
def _demonyms() -> frozenset[str]:
    """The names of ``demonyms.jsonl`` as keys (:func:`_key`: casefolded, without accents;
    "Māori" is written so and as "Maori")."""
    return frozenset(_key(row["name"]) for row in read_jsonl("demonyms.jsonl"))


def _people_of_country(word: str) -> bool:
    """``word`` (casefolded) is made from a country's or a continent's name by an ending of
    :data:`_DEMONYM_ENDINGS` ("tongan", "african", "european"), or is a country's name less
    "-(i)stan" ("kazakh", "uzbek", "afghan")."""
    if any(place_kind(word + stan) == "country" for stan in ("stan", "istan")):
        return True
    for dropped, ending in _DEMONYM_ENDINGS:
        if word.endswith(ending):
            stem = word[:-len(ending)]
            candidates = [stem] if not dropped else [stem + c for c in "aeiouy"]
            if any(place_kind(c) in ("country", "continent") for c in candidates):
                return True
    return False


#: How English names a place's people in the plural: "Londoners", "Delhiites",
#: "Parisians", "Chicagoans".
_TOWNSFOLK_ENDINGS = ("ers", "ites", "ians", "ans")


def _given_name(word: str) -> bool:
    """A known first name, or two joined by a hyphen ("Rose-Lynn", "Anne-Marie")."""
    folded = word.casefold()
    return folded in _first_names() or (
        folded.count("-") == 1 and all(part in _first_names() for part in folded.split("-")))


def _plural_noun(key: str, english: Collection[str]) -> bool:
    """``key`` (a name's key, in lower case) is one word, the plural of an English noun
    ("raiders", "broncos", "churches"); not a word whose singular is no English word
    ("lakers") nor one that is English itself in the plural ("news")."""
    if " " in key or not key.endswith("s") or key.endswith("ss") or key in english:
        return False
    return key[:-1] in english or (key.endswith("es") and key[:-2] in english)


def _starts_with_place(words: list[str]) -> bool:
    """"Hong Kong Open": the name begins with a place of two words or more, so its first word
    is no first name ("Jordan Kessler" still has one)."""
    return any(place_kind(" ".join(words[:n])) is not None for n in range(2, len(words) + 1))


#: A web site's address as its name: words joined by dots, ending in a top-level domain.
_WEB_ADDRESS = re.compile(r"(?:[A-Za-z0-9-]+\.)+(?:com|org|net|gov|edu|info|news|io|co|tv)"
                          r"(?:\.[a-z]{2})?")


#: A word and an acronym joined by a hyphen, either first: "Zanu-PF", "SPD-Fraktion".
_ACRONYM_PART = re.compile(r"[A-Z][a-z]+-[A-Z]{2,}|[A-Z]{2,}-[A-Z][a-z]+")


#: A country's head word that is a feature's too ("the Cayman Islands", "Norfolk Island").
_ISLANDS = frozenset({"islands", "island"})


#: Organisations' head words that end events' names too ("the Boston Tea Party", "the 19th
#: Party Congress", "the Council of Trent").
_GATHERING_HEADS = frozenset({"party", "congress", "council", "movement", "assembly"})
#: Compass points that stand for a country named after one ("the North" for North Korea).
_COMPASS = frozenset({"north", "south", "east", "west"})


def _decide(votes: Counter[str], ev: _Evidence, surname: bool) -> str | None:
    """One name's label from the model's votes and the evidence.

    The model is trusted unless the evidence is of a kind it cannot weigh: a title before a
    mention ("Mr", "President"), a known first name, the surname of a person in the document,
    a legal form, organisation, place, law, event, award or software word heading the name, a
    gazetteer place, platform, religion, country's, continent's or language's people, a ship's
    prefix ("MV"), a word joined to an acronym ("X-PF"), a planet or
    a star's constellation ("Alpha Velorum"), what the text says the name is
    ("the charity X", "the town of X", "X province", "the X volcano", "X prison", "X, 45, a
    teacher", "retailers such as X", "the X operating system", "the 2100 block of X"), a
    contest ("X defeated Y", and in a report of games a place's team), a company's shares or
    chief ("shares in X", "X's chief executive", "X shares fell"), a deal ("sold to X"), what
    a person is of ("Ana Velk of X"), a member's seat ("X MP Y"), a leader's term ("the X
    administration"), a side's word or a plural verb in a report of games ("rivals X", "X are
    bottom"), quotes around it (in a review of works, too), "the X" ending its phrase, or "in
    X" in most of its mentions; also a word in capitals ("ALDI"), an acronym before capitalised
    words ("BMO X Burns"), a flight's number ("X Air Flight 9525"), a plural English noun
    ("Raiders"), the kinds of a list's other names.
    The rules run in order; the first that applies decides. ``None`` when the votes tie and
    no evidence breaks the tie: each mention keeps its own label.
    """
    (top, count), *rest = votes.most_common()
    tied = bool(rest) and rest[0][1] == count
    if tied and "PERSON" in (top, rest[0][0]) and (ev.title or surname):
        top, tied = "PERSON", False
    elif tied and {top, rest[0][0]} in ({"PERSON", "GPE"}, {"PERSON", "LOC"}) and (
            ev.locative or ev.place_of) and not _person_evidence(ev, surname):
        # "near X", "the town of X": the place the model calls a person as often as a place
        top, tied = top if top != "PERSON" else rest[0][0], False
    elif tied and {top, rest[0][0]} in ({"ORG", "GPE"}, {"ORG", "LOC"}) and (
            ev.locative or ev.place_of or ev.division or ev.in_region) and not (
            ev.org_kind or ev.org_head or ev.company or ev.institution or ev.stock):
        # "in X province": the place the model calls an organisation as often as a place
        top, tied = top if top != "ORG" else rest[0][0], False
    elif tied and ev.head is not None and ev.head in (top, rest[0][0]):
        top, tied = ev.head, False  # "X Stadium", a building as often as an organisation
    if ev.family_member and 2 * ev.family_member >= ev.mentions and " " not in ev.name:
        # "mother of Elizabeth, James, Georgia and Gabriel Jagger": a family's first names,
        # though a country or a city has one too.
        return "PERSON"
    if _INTERSTATE.fullmatch(ev.name):
        return "FAC"  # "I-30": a highway, no model's designation
    if ev.flight:
        return "PRODUCT"  # "Velmo Air Flight 9525": a flight, whatever its airline's words say
    if ev.continent_part and not (ev.title or ev.company or ev.org_head or ev.institution):
        return "LOC"  # "East Africa", "Central Europe": a region, not a country
    if (top == "PRODUCT" and not tied and " " in ev.name
            and _PRODUCT_NUMBER.fullmatch(ev.name.rsplit(" ", 1)[1])):
        return "PRODUCT"  # "Velmo Kestrel 7": a model's number, whoever "owners of" it are
    if ev.company or (ev.org_head and top == "PERSON") or (ev.platform and top != "ORG") or (
            ev.institution and top in ("GPE", "LOC", "NORP")) or (
            ev.service and top in ("NORP", "PERSON", "GPE")):
        return "ORG"
    if ev.org_acronym and top == "PERSON" and not _person_evidence(ev, surname, speech=False):
        return "ORG"  # "VNN Sport", "BMO Velk Burns": an organisation's name, no person's
    if (ev.org_head and top == "EVENT" and not ev.event
            and ev.name.split()[-1].casefold() not in _GATHERING_HEADS):
        # "the Velmo Morning News", "the Velmo League": an organisation (not "the Velmo Tea
        # Party", "the 19th Party Congress": a gathering's name may end so)
        return "ORG"
    if (ev.titled_the and 2 * ev.titled_the >= ev.mentions and top in ("LOC", "FAC", "PRODUCT")
            and ev.place is None and not (ev.place_head or _person_evidence(ev, surname))):
        # "Velk writes in The Kestrel": a publication's or a band's name, whose "The" is its
        # own (not a sea's: "in the Atlantic")
        return "ORG"
    if ev.wire and top != "ORG" and ev.place is None and not _person_evidence(ev, surname):
        # "SEOUL, Aug. 20 (X) --": the news agency the dateline credits (not a place: "the
        # artists Ada & Velk (Australia) –")
        return "ORG"
    if (ev.group and top in ("ORG", "PERSON", "GPE", "LOC", "PRODUCT") and not (
            top in ("GPE", "LOC") and _demonym(ev.name.split())
            and (ev.locative or ev.place_of or ev.in_region))) or (
            ev.townsfolk and top == "PERSON"):
        # (a townsfolk the model calls an organisation may be a title: "The New Yorker"; a
        # people's name the text puts on the map is its land: "in Xhosa")
        return "NORP"
    if ev.camel and top == "PERSON" and not (ev.title or ev.role or ev.age):
        # "SpaceX": a brand's spelling, no person's name (speaking is no evidence: "X said");
        # a place may be spelt so ("PyeongChang", "KwaMashu").
        return "ORG"
    if ev.vessel:
        return "PRODUCT"
    if top == "WORK_OF_ART" and ev.acronym and not (ev.work or ev.product):
        # "FIDE", "LIFFE": an acronym is a body's, not a title's, unless the text says so
        # ("the series NCIS").
        return "ORG"
    if top == "PERSON" and (ev.acronym or ev.acronym_part) and not (
            _person_evidence(ev, surname) or ev.place):
        # "ALDI", "TED", "Velmo-PF": a word in capitals (or joined to one) is a body's or a
        # brand's, not a person's.
        return "ORG"
    if ev.celestial and top in ("ORG", "PERSON", "GPE", "NORP", "FAC", "PRODUCT") and not (
            ev.company or _person_evidence(ev, surname)):
        # "Jupiter", "the Solar System": no company or person ("Mars Inc", "Venus said").
        return "LOC"
    if ev.quoted_work and top != "WORK_OF_ART" and not _person_evidence(ev, surname):
        # "an episode of “X”", "the former “X” star": a show's or a film's title, whatever
        # its words ("“Velmo Creek”")
        return "WORK_OF_ART"
    if (ev.works and 2 * ev.enclosed >= ev.mentions and top != "WORK_OF_ART"
            and not (_person_evidence(ev, surname) or ev.company or ev.org_head)):
        # "“Velmo Creek”" in quotes in a review of films or albums: a title
        return "WORK_OF_ART"
    if ev.law and top != "LAW" and not (ev.first_name or ev.title):
        # "the Clean Water Act", "the Velloran Constitution": a law (not "Ada Charter").
        return "LAW"
    if ev.award and top != "WORK_OF_ART" and not (
            ev.company or ev.org_kind or ev.org_head or ev.institution):
        # "the Velmo Prize", "the Medal of Honour": an award (a work of art, as OntoNotes has
        # it), not the person or the body it is named after.
        return "WORK_OF_ART"
    if ev.product_line and top in ("ORG", "PERSON", "GPE", "LOC", "NORP", "FAC") and not (
            top == "PERSON" and _person_evidence(ev, surname)):
        # "Velmo Pro", "Kestrel Ultra": a device (not "Ada Max", a person).
        return "PRODUCT"
    if ev.product_head and top in ("ORG", "PERSON", "GPE", "LOC", "NORP"):
        # "Velmo Linux", "Kestrel OS", "Linux": software; "X Space Telescope": an instrument
        # (a telescope the model calls a building stays one: an observatory).
        return "PRODUCT"
    if ev.feature and top in ("PERSON", "ORG") and ev.place is None and not (
            _person_evidence(ev, surname)) and (top != "ORG" or 2 * ev.feature >= ev.mentions):
        # "the X volcano", "the X river": a natural feature.
        return "LOC"
    if (ev.facility and top in ("PERSON", "ORG", "GPE", "LOC", "PRODUCT", "WORK_OF_ART")
            and ev.place is None and not (_person_evidence(ev, surname) or ev.org_head)
            and 2 * ev.facility >= ev.mentions):
        # "X prison", "the X stadium": a building, when most mentions say so (a place the
        # gazetteer knows keeps its label: "Kabul airport").
        return "FAC"
    if ev.street and 2 * ev.street >= ev.mentions and top in ("PERSON", "ORG", "GPE", "LOC",
                                                             "NORP") and not ev.company:
        # "the 2100 block of X": a street (a building, a road: FAC), whoever it is named after
        return "FAC"
    if (ev.in_region and 2 * ev.in_region >= ev.mentions and top in ("PERSON", "ORG", "FAC",
                                                                     "NORP")
            and ev.place is None and ev.head != "FAC" and ev.name.istitle()
            and not (_person_evidence(ev, surname) or ev.company or ev.org_head
                     or ev.org_kind)):
        # "Beaver Falls, Pennsylvania": a town in that state.
        return "GPE"
    if (ev.division and top in ("PERSON", "ORG", "NORP", "FAC")
            and 2 * (ev.division + ev.in_region) >= ev.mentions
            and not (ev.title or ev.role or ev.age or surname or ev.org_head)):
        # "X province", "the X provincial council", "X, Afghanistan": a country's division
        # (a first name starting it is no evidence: "Maidan Wardak").
        return "GPE"
    if ((ev.gathering and top in ("PERSON", "FAC", "PRODUCT", "WORK_OF_ART"))
            or (ev.owned_gathering and top == "ORG" and not (ev.org_head or ev.company))) and (
            ev.place is None and not _person_evidence(ev, surname)):
        # "the X security conference", "the X festival": the gathering (an organisation's
        # name keeps its label, "the Velmo developer conference" is Velmo's, unless another
        # owns the gathering, "Velmo's X conference"; and so does a place's, "the Cannes film
        # festival").
        return "EVENT"
    if ev.event and top in ("ORG", "PERSON", "GPE", "LOC", "NORP", "FAC") and not (
            top == "PERSON" and (ev.title or ev.role or ev.age or ev.kin or surname
                                 or 2 * ev.speech >= ev.mentions)):
        # "the Glastonbury Festival", "the G7 Summit", "the Vietnam War": an event (not a
        # person whose surname is a head word, as a title or speech shows: "Minister Ada Day").
        return "EVENT"
    if (ev.org_kind or ev.stock_moved or (ev.stock and top != "PERSON")) and top in (
            "PERSON", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART") and not (
            _person_evidence(ev, surname, speech=False) or ev.place):
        # "the charity X", "X is a non-profit organisation", "shares in X", "X's chief
        # executive": an organisation, whether or not it speaks ("X said").
        return "ORG"
    if (ev.deal and top in ("GPE", "LOC") and ev.place is None
            and not (ev.locative or ev.place_of or ev.in_region or ev.place_head or ev.group
                     or ev.division)):
        # "sold to X", "an agreement with X": a party to a deal that the gazetteer does not
        # know and the text never puts on the map is a company, not a country.
        return "ORG"
    if ev.maker and top in ("PERSON", "GPE", "LOC", "NORP") and not (
            _person_evidence(ev, surname, speech=False) or ev.place or ev.group):
        # "a X TV", "X laptops": a maker (a product the model took for one keeps its label:
        # "the X smartphone").
        return "ORG"
    if ev.employer and top == "PERSON" and not (_person_evidence(ev, surname) or ev.place):
        # "Dr Ana Velk of X": her employer (a place the gazetteer knows is decided below; one
        # the model calls a place keeps its label: "Ana Velk of Smalltown").
        return "ORG"
    if ev.business and top == "NORP" and not (ev.group or ev.place):
        # "the store chains X and Y", "newspaper X": a business the model took for a people's
        # name (not a people or a place the gazetteer or the cues know: "the chief of X").
        return "ORG"
    if (ev.sport and ev.result and top in ("ORG", "PERSON", "NORP", "GPE", "LOC", "FAC")
            and ev.place not in ("country", "continent", "region") and not (
                ev.title or ev.role or ev.age or ev.kin or surname
                or (" " in ev.name and (ev.first_name or _is_initial(ev.name.split()[0]))))):
        # "Westfield 58, Oak Hill 55": in a report of games, the sides of a result are teams
        # (not a country's, "Brazil 2, Peru 1"; nor a player's, "Ana Velk 68, Eva Lind 70"
        # in a golf leaderboard, "A. Velk 41" in a scorecard), whatever their head word
        # ("Oak Hill 55": a school's)
        return "ORG"
    if (top in ("PERSON", "NORP", "FAC", "PRODUCT", "WORK_OF_ART") or (
            ev.sport and top in ("GPE", "LOC"))) and _place_and_nickname(
                ev.name.split(), singular=ev.sport) and not _person_evidence(ev, surname):
        # "the Buffalo Sabres", "Boston Red Sox": a place and a plural after it make a team,
        # which the model calls a person or a building; or a place, in a report of games
        # ("the Washington Nationals", and there "Miami Fusion" too); not a person's name
        # ("Charlotte Velks")
        return "ORG"
    if ev.sport and ev.org_head and top in ("GPE", "LOC") and ev.place is None:
        return "ORG"  # "Velmo United", "Sporting Velmo" in a report of games: a club
    if ev.head is not None and top != ev.head and _head_decides(ev, top):
        # "X Correctional Facility", "X Parish", "X Fault": a building or a place, whoever or
        # whatever it is named after.
        return ev.head
    if ev.seat and top == "PERSON" and not _person_evidence(ev, surname, speech=False):
        # "Bolton West MP Y", "Velmoran MEPs": a member's seat or party, no person: a place
        # when it begins with one.
        words = ev.name.split()
        begins_with_place = any(place_kind(" ".join(words[:n])) is not None
                                for n in range(1, len(words) + 1))
        return "GPE" if begins_with_place else "ORG"
    if ev.settlement and top in ("PERSON", "ORG", "FAC", "NORP") and not (
            _person_evidence(ev, surname, speech=False) or ev.org_head or ev.org_kind
            or ev.company):
        # "X, a village southwest of Y", "X, a small town": a place
        return "GPE"
    if ev.place_of and top in ("PERSON", "ORG", "FAC") and not (
            ev.org_head or ev.title or surname or ev.role or ev.age or ev.kin
            or (ev.first_name and top == "PERSON")):
        # "the city of X", "the mayor of X", "the MP for X": a place (what follows is said by
        # the mayor or the MP: "the mayor of X said"). A first name counts against it only
        # where the model sees a person: "the village of Le Vernet" is no person's.
        return "GPE"
    named = top in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP")
    if (ev.work or ev.product) and named and not (
            _person_evidence(ev, surname) or ev.place or ev.org_head or ev.place_head):
        # "the film X", "X is a video game": a title of a work or a product, not a person or
        # a company.
        return "WORK_OF_ART" if ev.work >= ev.product else "PRODUCT"
    if ev.product_noun and top in ("PERSON", "GPE", "LOC", "FAC") and not (
            _person_evidence(ev, surname) or ev.place or ev.org_head or ev.org_kind):
        # "the X operating system": a product's name (a company's, "the X software", is
        # left to the model's ORG; a demonym's, "a Velloran game", to its NORP).
        return "PRODUCT"
    if ev.tech and named and not (ev.speech or ev.owner or ev.title or ev.place):
        # "a USB port", "GPS-enabled": a technology, not an organisation.
        return "PRODUCT"
    if (ev.place is not None and top in ("PERSON", "ORG") and ev.mentions >= 2
            and 2 * ev.enclosed >= ev.mentions and not _person_evidence(ev, surname)):
        # "the song “Glasgow”": a place's name in quotes in most of its mentions, which the
        # model calls no place, is a title.
        return "WORK_OF_ART"
    if ev.place in ("country", "continent", "region") and not (ev.title or surname):
        if top in ("PERSON", "ORG", "NORP", "FAC") or (top == "PRODUCT" and not ev.product) or (
                top == "LOC" and ev.place != "continent" and 2 * ev.after_the < ev.mentions
                and not ev.head) or (
                top == "LOC" and ev.place == "country" and ev.head_word in _ISLANDS):
            # A country or a state is a GPE (not "the Niger", the river; nor a product the
            # text says is one: "the ship Mauritius"), and so is a country of islands ("the
            # Cayman Islands").
            return "LOC" if ev.place == "continent" else "GPE"
        if tied and ev.place != "continent" and {top, rest[0][0]} == {"GPE", "LOC"}:
            return "GPE"  # a country the model calls a location as often as a place
        return None if tied else top
    if (ev.played and " " not in ev.name
            and ev.name.casefold() in _first_names() and not ev.head):
        # "Otis (Asa Butterfield)": a character, a first name with its actor's name after it
        return "PERSON"
    if (ev.role or ev.age) and top in ("WORK_OF_ART", "PRODUCT", "FAC") and not (
            ev.work or ev.product or ev.head):
        # "X, the railway's manager, said", "X — who ...": a person, whatever the model said.
        return "PERSON"
    if top == "WORK_OF_ART" and (ev.first_name or ev.title or surname) and not (
            ev.work or ev.product or ev.head or ev.quoted):
        # "Velma Okafor", "Okafor" after "Velma Okafor": a person's name; a title that is one
        # is said to be a work ("the film X") or quoted.
        return "PERSON"
    if (top in ("PERSON", "ORG", "GPE") and " " not in ev.name and _given_name(ev.name)
            and 2 * ev.fellows["PERSON"] > ev.fellows.total()
            and not (ev.locative or ev.place_of or ev.in_region or ev.org_kind)):
        # "four daughters, Nadine, Ashley, X and Toni": a first name in a list of persons is
        # a person's, though a city has it too ("Elizabeth") or the model says organisation.
        return "PERSON"
    if (top == "ORG" and 1 < len(ev.name.split()) <= 3 and ev.name.istitle()
            and set(ev.fellows) == {"PERSON"} and ev.fellows["PERSON"] >= 2
            and not (_named_otherwise(ev) or ev.owner or ev.org_first)):
        # "including Ada Velk, Bo Rann and Stormy Quist": a full name in a list of persons,
        # with nothing to say it is an organisation's
        return "PERSON"
    if ev.fellows and " " not in ev.name and (
            (top == "PERSON" and ev.name.casefold() not in _first_names()
             and not _person_evidence(ev, surname))
            or (top in ("GPE", "LOC", "FAC") and ev.place is None
                and not (ev.place_head or ev.locative or _state_word(ev.name)))):
        # "Beni, Butembo, Mangina and X", "Newsweek, X, The Hill and Y": a list names things
        # of one kind; a word the model calls a person there, with nothing else to say it is
        # one, or a place the gazetteer does not know nor the text puts on the map ("in X"),
        # is of the kind of the list's other names, when none of them is of another kind and
        # fewer are of the model's (so two or more share it: a list has three names at least).
        others = [(label, count) for label, count in ev.fellows.items() if label != top]
        if len(others) == 1:
            (label, count), = others
            if label in _LIST_LABELS and count > ev.fellows[top]:
                return label
    if ((ev.contest or (ev.sport and ev.side)) and top == "PERSON" and " " not in ev.name
            and ev.place is None and not ev.speech and ev.name.casefold() not in _first_names()
            and not _person_evidence(ev, surname)):
        # "X defeated Y 45-24", "X are bottom" in a report of games: a team (a person in a
        # result has a full name in the text).
        return "ORG"
    if (top == "PERSON" and ev.mentions and 2 * ev.the >= ev.mentions and not ev.title_word
            and " " not in ev.name and not ev.family and not _person_evidence(ev, surname)):
        # "the X" is no person's name ("the Azores", "the Beatles"; but "the Okafors" when
        # the text names an Okafor).
        return "LOC" if ev.the_place else "ORG"
    if (top == "PERSON" and " " not in ev.name and ev.name.endswith("s")
            and not ev.name.endswith("ss") and ev.mentions and 2 * ev.after_the >= ev.mentions
            and ev.place is None and ev.name[:-1].casefold() not in _first_names()
            and not (ev.family or ev.group or ev.townsfolk or _person_evidence(ev, surname))):
        # "The Velkers spent Monday ...": a plural after "the" names a team, a band or a body,
        # not a family ("the Okafors" beside "Okafor") nor a surname made of a first name
        # ("the Williams sisters").
        return "ORG"
    if (ev.stat and top in ("ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART")
            and ev.place is None and not (ev.company or ev.org_head or ev.team)
            and (top != "ORG" or ev.given or (
                " " in ev.name and ev.sport and 2 * ev.stat >= ev.mentions))):
        # "X 8 saves", "X 1 goal": a player, in a game's summary (a team may score points,
        # "Velmor 20 points": an organisation needs a first name, or a full name with the
        # statistic in most mentions in a report of games)
        return "PERSON"
    if (ev.team and top in ("PERSON", "LOC") and ev.place is None
            and not _person_evidence(ev, surname)):
        # "Wild coach Ada Brandt", "Sabres captain Ada Brandt": a team, not a person or a
        # region (a place keeps its label, "England captain Ada Brandt", and so do a
        # people's, "Belgian coach Ada Brandt", a ship's, "Velmo captain Ada Brandt", and a
        # building's, "Kremlin guard Ada Brandt").
        return "ORG"
    if (ev.plural_noun and top == "PERSON" and ev.place is None and not ev.family
            and not (_person_evidence(ev, surname) or ev.group)):
        # "the Raiders", "Broncos": a plural noun names a team, a band or a body, not a
        # person (a family is named by a surname the text writes alone: "the Bushes").
        return "ORG"
    if (ev.sport and (ev.contest or ev.side)
            and (top in ("GPE", "LOC") or (top == "FAC" and ev.head == "GPE")
                 or (top == "PERSON" and ev.place == "city"))
            and ev.contest + ev.side >= ev.locative
            and not ((ev.head and ev.head != "GPE") or _person_evidence(ev, surname))):
        # "Surrey beat Kent", "lost to Velmo", "Velmo fans", "Velmo v Kestrel", "Velmo are
        # bottom", "League One side Velmo Town": in a report of games, a place that wins or
        # loses, plays a fixture or has fans is its team (when it does so as often as the
        # text puts it on the map), and so is a town's name ("Velmo Town", "Velmo County").
        return "ORG"
    if (ev.sport and top in ("PERSON", "PRODUCT", "WORK_OF_ART")
            and " " not in ev.name and ev.mentions and 2 * ev.after_the >= ev.mentions
            and ev.place is None and not (_person_evidence(ev, surname) or ev.group)):
        # "the Lakers' lead", "for the Thunder": in a report of games, a team's nickname
        # (not a people, "the Texans", nor a ground, "the Oval")
        return "ORG"
    if (ev.sport and top in ("PERSON", "PRODUCT", "WORK_OF_ART", "LAW") and " " in ev.name
            and ev.name.endswith("s") and not ev.name.endswith("ss")
            and 2 * ev.after_the >= ev.mentions and ev.place is None
            and not (ev.head or ev.law or ev.event or ev.group
                     or _person_evidence(ev, surname))):
        # "the Black Cats", "the Red Wings": in a report of games, a nickname of several
        # words, ending in a plural, after "the" (not "the Geneva Conventions")
        return "ORG"
    if (top == "PERSON" and ev.mentions and 2 * ev.located_alone >= ev.mentions
            and not (_person_evidence(ev, surname) or ev.owner)):
        # "just outside Lashkar Gah", "in Tuna el-Gebel": a place the model took for a person
        return "GPE"
    if (top == "GPE" and ev.mentions and 2 * ev.after_the >= ev.mentions and " " not in ev.name
            and ev.name.endswith("s") and not ev.name.endswith("ss") and ev.place is None
            and place_kind(ev.name[:-1]) is None and not ev.gathering):
        # "the Buckeyes", "the Pirates": a team's nickname, no place the gazetteer knows
        # (nor one whose singular it knows: "the Hamptons", "the Carolinas"; nor a place
        # that names a gathering: "the Cannes film festival")
        return "ORG"
    if (ev.leader and top in ("ORG", "GPE", "LOC", "NORP") and not ev.acronym
            and not _named_otherwise(ev)):
        # "the Velk administration", "a Velk presidency": a president's or a premier's name,
        # where nothing says it is a place's, a people's or an organisation's
        return "PERSON"
    # A surname that is also a city is the person's unless the text puts it on the map; a
    # first name alone does not outweigh an organisation's evidence ("shares in Fannie Mae",
    # "the firm X"), nor the model's organisation in three mentions of four at least where
    # the name's last word is never found alone, as a person's surname is ("Paris Velmo"
    # thrice, and never "Velmo").
    first_name = ev.first_name and not ev.org_kind and (
        ev.last_alone or top != "ORG" or votes["ORG"] < 3 or 4 * votes["ORG"] < 3 * ev.mentions)
    person = ev.title or first_name or ev.role or ev.age or ev.kin or (
        surname and (ev.place is None or (ev.place == "city" and not ev.locative))
    )
    if person and not ev.place_head and (
        top in ("ORG", "GPE", "LOC") or (top == "NORP" and not (ev.first_name and _groupish(ev)))
        or (top == "FAC" and (surname or ev.title))
    ):
        # (a group's name that begins with a first name stays a group's: "Christian
        # Democrats", "Thai Raksa Chart"; "Satish Velk" is a person's; a building is a person
        # only by a surname or a title, and not one with a place's head: "Velk Tower")
        return "PERSON"
    if top == "ORG" and ev.given_surname and not (ev.locative or ev.org_kind or ev.business):
        # "Ada Field", "Dan Castle": a first name and a surname that heads places too; an
        # organisation to the model, a place when the text puts it on the map.
        return "PERSON"
    if ev.place == "city" and (
        top in ("NORP", "FAC") or (top == "LOC" and 2 * ev.after_the < ev.mentions and not ev.head)
        or (top == "PRODUCT" and 2 * ev.locative >= ev.mentions)
        or (top == "ORG" and (2 * (ev.locative + ev.in_region) >= ev.mentions or (
            (ev.locative or ev.in_region)
            and not (ev.sport or ev.org_kind or ev.stock or ev.maker or ev.owner))))
        or (top == "PERSON" and not ev.title and (
            ev.locative or not (ev.speech or surname)))
    ):
        # A city is a GPE, not a location, unless the text makes it a feature ("the X",
        # "X River"); nor an organisation when the text puts it on the map ("in X", "X,
        # France"), in most mentions or once outside a report of games and with no sign of a
        # company ("X's shares"). A city's name may be a surname ("Bolton"): a person when
        # the document has the full name or the name speaks, unless the text also puts it on
        # the map ("in Bolton").
        return "GPE"
    if (2 * ev.speech >= ev.mentions and top in ("GPE", "LOC", "FAC") and ev.place is None
            and not _state_word(ev.name)):
        if ev.institution or ev.org_head:
            return "ORG"  # "the White House said": the body, not the building
        if not ev.place_head:  # ("X Airport said": its operator, no person)
            return "PERSON"
    return None if tied else top


#: A side's name in a game's result and its score, then a comma or a semicolon: the score
#: may have a mark of overtime or penalties ("58 (OT),"); no count of thousands, no amount.
_SIDE_NAME = r"[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}"
_POINTS = r"\d{1,3}(?![\d.%-]|,\d)"
_SCORE_MARK = r"(?:\s*\((?:\d?OT|SO|[Pp]ens?|AET|aet|\d OT|\d?ot)\))?"
_RESULT_AFTER = re.compile(rf"\s+{_POINTS}{_SCORE_MARK}\s*[,;]\s+{_SIDE_NAME}\s+{_POINTS}")
_RESULT_BEFORE = re.compile(rf"\b{_SIDE_NAME}\s+{_POINTS}{_SCORE_MARK}\s*[,;]\s+$")
_SCORE_AFTER = re.compile(rf"\s+{_POINTS}")


def _result(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` is a side in a game's result: "X 58, Lincoln 55", "Westfield
    58, X 55" (on one line)."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_RESULT_AFTER.match(text, end, end + _CONTEXT_CHARS + 20)) or bool(
        _SCORE_AFTER.match(text, end, end + 6)
        and _RESULT_BEFORE.search(text, max(line_start, start - _CONTEXT_CHARS - 20), start))


#: A health-care law named after the politician behind it ("Obamacare", "TrumpCare").
_CARE = re.compile(r"[A-Z][a-z]+[Cc]are")


#: A game's score or a team's record in running text: "112-107", "43–5", "4-2-1".
_GAME_SCORE = re.compile(r"(?<![\d–-])\d{1,3}[-–]\d{1,3}(?:[-–]\d{1,3})?(?![\d–-])")


def _reports_games(text: str, lower: frozenset[str]) -> bool:
    """The text reports games: two scores or records at least, and three of the words of a
    game's report (cue kind "sport": "points", "season", "coach") among its words in lower
    case (``lower``); or, without scores (a column, a preview), five of those words."""
    words = len(lower & _cues()["sport"])
    return words >= 5 or (words >= 3 and len(_GAME_SCORE.findall(text)) >= 2)


def _about_works(text: str) -> bool:
    """The text is about works (a review, a profile): four mentions at least of two kinds of
    work or more (cue kind "work", singular or plural: "album", "songs", "film")."""
    found = _work_words().findall(text)
    return len(found) >= 4 and len({word.casefold().rstrip("s") for word in found}) >= 2


@functools.cache
def _work_words() -> re.Pattern[str]:
    """A kind of work's word (cue kind "work"), singular or plural, in lower case."""
    return re.compile(rf"\b(?:{_words('work')})s?\b")


def _group_word(key: str, groups: dict[str, list[int]], mentions: list[Entity]) -> bool:
    """The text tags ``key`` as a group or an organisation in most of its mentions ("Houthi"
    in "Houthi rebels")."""
    labels = Counter(mentions[i].label for i in groups.get(key, ()))
    return bool(labels) and labels.most_common(1)[0][0] in ("NORP", "ORG")


def _initials(name: str) -> set[str]:
    """A person's initials of three letters or more, with and without the lower-case
    particles: "SRK" of "Shah Rukh Khan", "AOC" of "Alexandria Ocasio-Cortez", "MBS" and "MS"
    of "Mohammed bin Salman" (the short one dropped)."""
    words = name.replace("-", " ").split()
    every = "".join(w[0] for w in words if w[0].isalpha()).upper()
    capitals = "".join(w[0] for w in words if w[0].isupper())
    return {initials for initials in (every, capitals) if len(initials) >= 3}


def _short_name(words: list[str]) -> str | None:
    """An organisation's short name: its one word that is not an organisation word or a legal
    form, after an acronym at most ("Mahan Air", "Kestrel Holdings Ltd", "LM Kestrel AB"),
    when that word is no place, people, acronym or first name ("Ohio Holdings", "European
    Union", "US Army", "Olga Holdings")."""
    if len(words) > 1 and words[0].isupper() and len(words[0]) <= 3:
        words = words[1:]  # "LM Ericsson AB"
    own, rest = words[0], words[1:]
    if (rest and own[:1].isupper() and not own.isupper()
            and place_kind(own) is None and own.casefold() not in _first_names()
            and not _demonym([own])
            and all(w.casefold() in _cues()["org_head"] or _is_company_suffix(w) for w in rest)):
        return own
    return None


def _groupish(ev: _Evidence) -> bool:
    """A word of the name names a group or a place: a people ("Thai"), a religion or its
    believers ("Catholic"), a social or political group ("Democrats"), a gazetteer place; or
    the name is one word in the plural ("Velkas"; not "Ana Harris")."""
    return ev.group or (" " not in ev.name and ev.name.endswith("s")) or any(
        _demonym([word]) or place_kind(word) is not None or word.casefold() in _group_words()
        for word in ev.name.split())


@functools.cache
def _group_words() -> frozenset[str]:
    """The words of cue kinds "religion", "believer", "social_group" and "political_group"."""
    cues = _cues()
    return cues["religion"] | cues["believer"] | cues["social_group"] | cues["political_group"]


def _named_otherwise(ev: _Evidence, *, acronym: bool = True) -> bool:
    """Evidence that a name is not a person's: a legal form, a head word of an organisation,
    place, law, event or award, a gazetteer place or people, what the text says it is, and
    (with ``acronym``) an acronym's shape."""
    return bool(ev.company or ev.org_head or ev.org_kind or ev.business or ev.institution
                or ev.place is not None or ev.place_head or ev.law or ev.event or ev.award
                or ev.group or ev.townsfolk or ev.work or ev.product or ev.product_head
                or ev.product_line or ev.maker or ev.celestial or ev.vessel or ev.platform
                or ev.service or ev.team or (acronym and ev.acronym))


def _person_evidence(ev: _Evidence, surname: bool, *, speech: bool = True) -> bool:
    """A title, a first name, a surname of a person in the text, a role or an age in
    apposition, a family ("X's wife"), or (with ``speech``) speech in most mentions."""
    return bool(ev.title or ev.first_name or surname or ev.role or ev.age or ev.kin
                or (speech and 2 * ev.speech >= ev.mentions))


def _conflicting(ev: _Evidence, surname: bool) -> bool:
    """The evidence points two ways: at a person and at a place, company or work."""
    other = (ev.place is not None or ev.locative or ev.company or ev.org_head or ev.place_head
             or ev.work or ev.product or ev.tech or ev.org_kind or ev.place_of)
    return _person_evidence(ev, surname) and bool(other)


#: What a list makes of a name the model calls a person (see :func:`_decide`).
_LIST_LABELS = frozenset({"ORG", "GPE", "LOC"})
#: What stands between two names of a list: a comma, or "and"/"or"/"&" after an optional one.
_LIST_GAP = re.compile(r"\s*(?:,\s*|,?\s+(?:and|or|&)\s+|&\s*)(?:[Tt]he\s+)?")
_CONJUNCTION = re.compile(r"\band\b|\bor\b|&")


def _fellows(mentions: list[Entity], lists: list[list[int]],
             labels: dict[str, str]) -> dict[int, Counter[str]]:
    """For each mention in one of ``lists`` (see :func:`_lists`), the labels (``labels``, by
    name key) of the list's other names."""
    out: dict[int, Counter[str]] = {}
    for run in lists:
        names = [labels[_key(mentions[i].text)] for i in run]
        every = Counter(names)
        for i, label in zip(run, names):
            out[i] = every - Counter((label,))
    return out


def _family_members(mentions: list[Entity], lists: list[list[int]],
                    labels: dict[str, str]) -> set[int]:
    """The mentions of one word in one of ``lists`` (see :func:`_lists`) that ends with a
    person's full name, a first name and a capitalised surname, where two of the others at
    least are known first names ("father of Ada, Bo and Cy Velk"): the family's first names."""
    first_names = _first_names()
    out: set[int] = set()
    for run in lists:
        words = mentions[run[-1]].text.split()
        alone = [i for i in run[:-1] if " " not in mentions[i].text]
        if (labels[_key(mentions[run[-1]].text)] == "PERSON" and len(words) == 2
                and words[0].casefold() in first_names and words[1][:1].isupper()
                and sum(mentions[i].text.casefold() in first_names for i in alone) >= 2):
            out.update(alone)
    return out


def _lists(mentions: list[Entity], text: str) -> Iterator[list[int]]:
    """The lists of names ("Beni, Butembo, Mangina and Katwa"), as indices of ``mentions`` in
    text order. A list is a run of mentions with only :data:`_LIST_GAP` between them: four or
    more, or three whose last gap holds "and", "or" or "&" ("Paris, Texas, France" may be one
    place). The list ends after its "and" ("Beni, Butembo and Mangina, X said"), and at a
    possessive, which names the owner of the next item, not an item ("Kenya, Uganda and X's
    Rwanda")."""
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    runs: list[list[int]] = []
    last_gaps: list[str] = []  # per run: the gap before its last mention
    for previous, current in zip([None, *order], order):
        if _POSSESSIVE_AFTER.match(text, mentions[current].end, mentions[current].end + 3):
            runs.append([])  # no item, and the end of any list before it
            last_gaps.append("")
            continue
        if previous is not None and runs[-1] and not _CONJUNCTION.search(last_gaps[-1]) \
                and 0 <= mentions[current].start - mentions[previous].end <= 12:
            gap = text[mentions[previous].end:mentions[current].start]
            if _LIST_GAP.fullmatch(gap):
                runs[-1].append(current)
                last_gaps[-1] = gap
                continue
        runs.append([current])
        last_gaps.append("")
    for run, last in zip(runs, last_gaps):
        if len(run) > 3 or (len(run) == 3 and _CONJUNCTION.search(last)):
            yield run


#: "the 2100 block of ": a street's name follows.
_BLOCK_OF = re.compile(r"\b\d+\s+block\s+of\s+(?:the\s+)?$")
#: Between a person's name and what the person is of ("Ana Velk of the X").
_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?")


def _employers(mentions: list[Entity], text: str, labels: dict[str, str]) -> set[int]:
    """The mentions right after a person's name and "of" ("Ana Velk of X", "Dr Velk of the
    X"): the person's organisation or place. The person is a name of two words or more, or
    one after a title, that the model (``labels``, by name key) calls a person."""
    titles = _cues()["title"]
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    out = set()
    for previous, current in pairwise(order):
        person = mentions[previous]
        full = " " in person.text.strip() or _word_before(text, person.start).casefold() in titles
        if full and labels[_key(person.text)] == "PERSON" and _OF_GAP.fullmatch(
                text, person.end, mentions[current].start):
            out.add(current)
    return out


def _team_metonym(entity: Entity, text: str) -> bool:
    """A city or a state named for its team, in this mention: "Velmo center Ada Brandt",
    "Velmo head coach Ada Brandt" (a country keeps its label: "France captain Ada Brandt";
    the gazetteer's regions include England and Scotland, whose teams are named so too)."""
    return place_kind(entity.text) in ("city", "region") and _team_role_after().match(
        text, entity.end, entity.end + _CONTEXT_CHARS) is not None


def decide_labels(mentions: list[Entity], text: str, *,
                  defined: dict[str, int] | None = None,
                  english: Collection[str] | None = None) -> list[Entity]:
    """``mentions`` with each name's label decided once for the document (see :func:`_decide`).

    Names of several words are decided first; a name that ends one of them decided PERSON (a
    surname: "Okafor" or "Ruiz Okafor" of "Ana Ruiz Okafor"), or a known first name that
    begins one ("Ana"), counts that as evidence, and an acronym the text defines by a name
    ("Red Hat Enterprise Linux (RHEL)") takes that name's label. Last, a full name ending in a
    surname that is a person by its own evidence ("Okafor, 75,") is that person, unless
    evidence says it is something else (:func:`_named_otherwise`). ``english``, the language's
    words in lower case, tells a plural noun ("Raiders") from a name; without it, that rule
    is skipped.
    """
    groups: dict[str, list[int]] = defaultdict(list)
    for i, entity in enumerate(mentions):
        groups[_key(entity.text)].append(i)
    decided: dict[str, str | None] = {}
    doubtful: set[str] = set()
    surnames: set[str] = set()
    given_names: set[str] = set()
    first_words: set[str] = set()  # "dak" of "dak prescott", "shah rukh" of "shah rukh khan"
    lower = frozenset(_LOWER_WORD.findall(text))
    capitalised = frozenset(_CAPITALISED_WORD.findall(text))
    storms = _storm_names(mentions)
    vessels = _vessel_names(mentions)
    if defined is None:
        defined = _defined(mentions, text)
    expansions = {key: _key(mentions[i].text) for key, i in defined.items()}
    companies: set[str] = set()  # "mahan" of "Mahan Air"
    person_initials: set[str] = set()  # "SRK" of "Shah Rukh Khan"
    nicknames: set[str] = set()  # "bruins" of "Boston Bruins"
    model_labels = {key: Counter(mentions[i].label for i in indices).most_common(1)[0][0]
                    for key, indices in groups.items()}
    lists = list(_lists(mentions, text))
    fellows = _fellows(mentions, lists, model_labels)
    family = _family_members(mentions, lists, model_labels)
    employers = _employers(mentions, text, model_labels)
    sport = _reports_games(text, lower)
    works = _about_works(text)
    evidences: dict[str, _Evidence] = {}
    for key in sorted(groups, key=lambda k: -len(k.split())):
        indices = groups[key]
        name = " ".join(mentions[indices[0]].text.split())
        votes = Counter(mentions[i].label for i in indices)
        top = votes.most_common(1)[0][0]
        # A surname of several words ("Ruiz Okafor") weighs only against a title's label: a
        # name the model calls an organisation may end a wrong person's ("Will Red Hat");
        # one that starts with a name particle is a surname whole ("El Okafor", "van Dijk").
        # A given name counts against any label but a group's: "Thai" of "Thai Raksa Chart"
        # (a party the model took for a person) is a people's adjective.
        surname = (key in surnames and (" " not in key or top == "WORK_OF_ART"
                                        or key.split()[0] in _cues()["particle"])) or (
            key in given_names and top != "NORP")
        evidence = _Evidence(
            name, [(mentions[i].start, mentions[i].end) for i in indices], text, lower,
            capitalised, sum((fellows[i] for i in indices if i in fellows), Counter()),
            sum(i in employers for i in indices), sport,
            org_first=" " in key and model_labels.get(key.split()[0]) == "ORG",
            plural_noun=english is not None and _plural_noun(key, english),
            family_member=sum(i in family for i in indices),
            last_alone=" " not in key or key.rsplit(" ", 1)[1] in groups, works=works)
        if key in first_words and top != "NORP" and not (
                evidence.org_kind or evidence.business or evidence.company or evidence.stock):
            # "Dak" of "Dak Prescott", "Shah Rukh" of "Shah Rukh Khan": weaker than a known
            # first name, it does not outweigh a company's cue ("Byju's has agreed", a firm
            # named after its founder)
            surname = True
        if key in storms:
            label: str | None = "EVENT"
        elif key in vessels and not _person_evidence(evidence, surname):
            label = "PRODUCT"  # "Kestrel" after "MV Kestrel": the ship (not the one it honours)
        elif key in companies and top in ("PERSON", "FAC") \
                and not (surname or evidence.title or evidence.first_name or evidence.role):
            label = "ORG"  # "Mahan" after "Mahan Air": the company's short name
        elif key in nicknames and top in ("PERSON", "NORP", "FAC", "PRODUCT", "WORK_OF_ART") \
                and not _person_evidence(evidence, surname):
            label = "ORG"  # "the Bruins" after "the Boston Bruins": the team
        elif decided.get(expansions.get(key, "")) not in (None, "PERSON"):
            label = decided[expansions[key]]  # "Red Hat Enterprise Linux (RHEL)": what it is
        elif key in _COMPASS and top in ("LOC", "NORP", "ORG", "PERSON") and (
                2 * evidence.after_the >= evidence.mentions) and any(
                other.startswith(key + " ")
                and place_kind(mentions[groups[other][0]].text) == "country"
                for other in groups):
            label = "GPE"  # "the North" where the text names North Korea: the country
        elif (_CARE.fullmatch(name) and top in ("ORG", "NORP", "PERSON", "PRODUCT", "GPE")
              and (name[-4] == "C" or key[:-4] in surnames
                   or "PERSON" in (decided.get(key[:-4]), model_labels.get(key[:-4])))):
            # "ObamaCare", and "Trumpcare" where the text names Trump: the law named after the
            # politician (not "Medicare")
            label = "LAW"
        elif (" " not in key and key.endswith("s")
              and (key[:-1] in surnames or (key.endswith("ses") and key[:-2] in surnames))
              and 2 * evidence.after_the >= evidence.mentions):
            label = "PERSON"  # "the Okafors", "the Joneses": the family of a person the text names
        elif (" " not in key and key.endswith("s") and _group_word(key[:-1], groups, mentions)
              and top in ("PERSON", "ORG", "GPE", "LOC")
              and evidence.place is None):  # (not "Philippines" after "Philippine")
            label = "NORP"  # "the Houthis": members of the group "Houthi" names
        elif (name in person_initials and top != "PERSON" and key not in expansions
              and not _named_otherwise(evidence, acronym=False)):
            # "SRK" beside "Shah Rukh Khan": the person's initials (an acronym the text
            # defines, "FGM [Female Genital Mutilation]", is what it defines)
            label = "PERSON"
        else:
            label = _decide(votes, evidence, surname)
        decided[key] = label
        evidences[key] = evidence
        if _conflicting(evidence, surname):
            doubtful.add(key)
        words = key.split()
        if label == "PERSON" and len(words) > 1:
            # "okafor" and "ruiz okafor" of "ana ruiz okafor"
            surnames.update(" ".join(words[i:]) for i in range(1, len(words)))
            first = name.split()[0]
            if place_kind(first) is None and words[0] in _first_names():
                given_names.add(words[0])  # "hamza" of "hamza bin laden" (not "sydney")
            elif (place_kind(first) is None and evidence.last_alone and len(words) <= 3
                  and first.istitle() and first.isalpha() and first.casefold() not in lower
                  and not _is_title_word(first)):
                # a first word no known first name, which the text never writes in lower
                # case, of a person whose last word the text names alone, is a given name or
                # a surname written first ("Dak" of "Dak Prescott" beside "Prescott"; not
                # "Red" of "Red Lantern", a wrong person)
                first_words.add(words[0])
            # "shah rukh" of "shah rukh khan": a longer given name (of a name of four words
            # at most: a few look-ups per name, whatever its length)
            first_words.update(prefix for prefix in (" ".join(words[:k])
                                                     for k in range(2, min(len(words), 4)))
                               if place_kind(prefix) is None)
            person_initials.update(_initials(name))
        short = _short_name(name.split()) if label == "ORG" else None
        if short is not None:
            companies.add(_key(short))
        nickname = _place_and_nickname(name.split()) if label == "ORG" else None
        if nickname is not None:
            nicknames.add(_key(nickname))
    for key, label in decided.items():
        words = key.split()
        if (label not in (None, "PERSON") and 2 <= len(words) <= 3
                and decided.get(words[-1]) == "PERSON"
                and _person_evidence(evidences[words[-1]], False, speech=False)
                and not _named_otherwise(evidences[key])):
            # "Hori Velk" (the model's organisation) when "Velk, 75," is a person: his full name
            decided[key] = "PERSON"
            doubtful.add(key)
    out = []
    for entity in mentions:
        key = _key(entity.text)
        changes = {"label": decided[key] or entity.label}
        if key in doubtful:
            changes["confidence"] = LOW
        out.append(replace(entity, **changes))
    return out
