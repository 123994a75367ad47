"""Article structure: lines, and the zone each line belongs to.

News text scraped or pasted from a web page carries more than the story: navigation
breadcrumbs, "Also read" teasers, ads, share buttons, photo credits, and title-case
headlines that statistical NER reads as names. :func:`analyse` gives every line a
:class:`Zone` so that extractors can ignore page furniture and treat headlines with care.

The rules are general (the phrases are in ``data/furniture.jsonl``); nothing here knows any
particular site. Pure Python, no spaCy.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from factpull.resources import read_jsonl

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
# Words a title-case headline leaves in lower case.
_SMALL_WORDS = frozenset({
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of",
    "off", "on", "onto", "or", "out", "over", "per", "the", "to", "up", "via", "vs", "with",
    "without", "about", "after", "against", "among", "before", "between", "during", "under",
    "upon", "than", "that"
})
_CLOSERS = "\"'”’)"
_END_PUNCT = tuple('.!?:;,"”’)…')
# "LONDON 1996-08-30", "NAIROBI, Kenya (AP) _", "WASHINGTON (Reuters) -": a dateline is body text.
_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’ ]{1,40}"
    r"(?:(?:,\s*[A-Z][\w.' ]{1,40})?\s*\([\w .]{1,20}\)\s*[-_—–]*"  # PLACE, Place (AP) -
    r"|,\s*[A-Z][\w.' ]{1,40}\s*[-_—–]+"  # PLACE, Place -
    r"|\s*[-_—–]+"  # PLACE -
    r"|\s+\d{4}-\d{2}-\d{2}|\s+\d{1,2}/\d{1,2}/\d{2,4})\s*$"  # PLACE 1996-08-30
)
#: The place in capitals that opens a dateline, on its own line or before the story's first
#: sentence: "BELGRADE 1996-08-30", "ST. LOUIS (AP) -", "NAIROBI, Kenya (Reuters) —".
_DATELINE_PLACE = re.compile(
    r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}"
    r"(?=(?:,\s*[A-Z][\w.' ]{1,40})?\s*\([\w .]{1,20}\)\s*[-_—–]"
    r"|(?:,\s*[A-Z][\w.' ]{1,40})?\s+[-_—–]{1,2}\s"
    r"|\s+\d{4}-\d{2}-\d{2}\s*$|\s+\d{1,2}/\d{1,2}/\d{2,4}\s*$)"
)
# Numbered or bulleted list items and table rows are not headlines.
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,3}[.)]|[-*•·–—]|\(\w\))\s")


class Zone(StrEnum):
    """What a line is on the page."""

    BODY = "body"
    HEADLINE = "headline"  # headlines and subheadings: short, title case or capitals
    CAPTION = "caption"  # a short line just above or below a photo credit
    CREDIT = "credit"  # photo and image credits: no facts
    FURNITURE = "furniture"  # navigation, teasers, ads, share lines, copyright: no facts
    BLANK = "blank"


#: Zones whose text yields no facts at all.
NO_FACTS = frozenset({Zone.CREDIT, Zone.FURNITURE, Zone.BLANK})
#: Zones whose statistical entities need confirmation from the body or a rule.
NEEDS_CONFIRMATION = frozenset({Zone.HEADLINE, Zone.CAPTION})


@dataclass(frozen=True, slots=True)
class Line:
    start: int  # offset of the first character
    end: int  # offset just past the last character, line break excluded
    zone: Zone
    kind: str = ""  # finer detail for furniture and credits (teaser, ad, photo, ...)


@dataclass(frozen=True)
class Layout:
    """The lines of a text with their zones; answers "which zone is this offset in?"."""

    lines: tuple[Line, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", [line.start for line in self.lines])

    def line_at(self, offset: int) -> Line:
        index = bisect.bisect_right(self._starts, offset) - 1  # type: ignore[attr-defined]
        return self.lines[max(index, 0)]

    def zone_at(self, offset: int) -> Zone:
        return self.line_at(offset).zone if self.lines else Zone.BODY



@dataclass(frozen=True, slots=True)
class _Rule:
    zone: Zone
    kind: str
    regex: re.Pattern[str]
    prose_ok: bool  # may match a line that reads as a sentence ("(c) 2024 X Ltd. All ...")


@cache
def _rules() -> tuple[_Rule, ...]:
    return tuple(
        _Rule(Zone(row["zone"]), row["kind"],
              re.compile(row["regex"], re.IGNORECASE if row.get("ignore_case", True) else 0),
              row.get("prose_ok", False))
        for row in read_jsonl("furniture.jsonl")
    )


def _split_lines(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in _LINE.finditer(text):
        raw = match.group()
        if not raw and match.start() == len(text):
            break
        body = raw.rstrip("\r\n")
        spans.append((match.start(), match.start() + len(body)))
    return spans


def is_title_case(line: str) -> bool:
    """True for headline-style lines: most words capitalised, or all capitals."""
    words = _WORD.findall(line)
    if not words:
        return False
    letters = [c for c in line if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters):
        return True
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if len(content) < 2:
        return bool(content) and content[0][0].isupper() and len(words) == len(content) == 1
    capitalised = sum(1 for w in content if w[0].isupper())
    return capitalised / len(content) >= 0.75


def _is_headline(line: str) -> bool:
    stripped = line.strip()
    if not stripped or len(stripped) > 160 or len(stripped.split()) > 20:
        return False
    # Prose sentences end in punctuation; a short all-capitals line ending in " ." is a
    # CoNLL-style headline all the same.
    ends_like_prose = stripped.endswith(_END_PUNCT) and not stripped.endswith("?")
    if ends_like_prose and not (stripped.endswith(" .") and stripped.upper() == stripped):
        return False
    if _DATELINE.match(stripped) or _LIST_ITEM.match(stripped):
        return False
    return is_title_case(stripped)


def _is_prose(line: str) -> bool:
    """A sentence of the story: eight words or more, ending like a sentence (not cut off)."""
    end = line.rstrip(_CLOSERS)
    return len(line.split()) >= 8 and end.endswith((".", "!", "?")) and not end.endswith("..")


def _classify(line: str) -> tuple[Zone, str]:
    stripped = line.strip()
    if not stripped:
        return Zone.BLANK, ""
    if len(stripped) <= 200:
        prose = _is_prose(stripped)
        for rule in _rules():
            if (rule.prose_ok or not prose) and rule.regex.search(stripped):
                return rule.zone, rule.kind
    if _is_headline(stripped):
        return Zone.HEADLINE, ""
    return Zone.BODY, ""


def _demote_lists(text: str, spans: list[tuple[int, int]], zones: list[Zone]) -> None:
    """Title-case lines inside running text, lists or tables are not headlines.

    A headline follows a blank line (or the page's start, or other page furniture), and it is
    not one of several title-case lines in a row (names, results); lines in capitals are
    headlines all the same.
    """
    def zone(i: int) -> Zone:
        return zones[i] if 0 <= i < len(zones) else Zone.BLANK

    demote = [
        i for i, current in enumerate(zones)
        if current is Zone.HEADLINE
        and not text[spans[i][0]:spans[i][1]].isupper()
        and (zone(i - 1) in (Zone.HEADLINE, Zone.BODY) or zone(i + 1) is Zone.HEADLINE)
    ]
    for i in demote:
        zones[i] = Zone.BODY


def _mark_teased_headlines(
    text: str, spans: list[tuple[int, int]], zones: list[Zone], kinds: list[str]
) -> None:
    """A headline just after a bare "Also read" / "Related" is another article's title."""
    for i, kind in enumerate(kinds):
        start, end = spans[i]
        marker = text[start:end].strip().rstrip(":").strip()
        if kind != "teaser" or len(marker.split()) > 4 or ":" in marker:
            continue
        j = i + 1
        while j < len(zones) and zones[j] is Zone.BLANK:
            j += 1
        if j < len(zones) and zones[j] is Zone.HEADLINE:
            zones[j], kinds[j] = Zone.FURNITURE, "teaser"


def dateline_place(text: str, line: Line) -> tuple[int, int] | None:
    """Where the place name in capitals of a dateline is, when ``line`` opens with one."""
    match = _DATELINE_PLACE.match(text, line.start, line.end)
    return None if match is None else (match.start(), match.end())


def analyse(text: str) -> Layout:
    """Split ``text`` into lines and give each one a :class:`Zone`."""
    spans = _split_lines(text)
    classified = [_classify(text[start:end]) for start, end in spans]
    zones = [zone for zone, _ in classified]
    kinds = [kind for _, kind in classified]
    _demote_lists(text, spans, zones)
    _mark_teased_headlines(text, spans, zones, kinds)
    # A short line right next to a photo credit is the photo's caption.
    for i, zone in enumerate(zones):
        if zone is not Zone.CREDIT:
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(zones) and zones[j] in (Zone.HEADLINE, Zone.BODY):
                start, end = spans[j]
                if end - start <= 120 and not text[start:end].rstrip().endswith((".", "!", "?")):
                    zones[j] = Zone.CAPTION
    lines = tuple(
        Line(start, end, zone, kind) for (start, end), zone, kind in zip(spans, zones, kinds)
    )
    return Layout(lines)
