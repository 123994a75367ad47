"""TIMEX3 normalisation: the text of a temporal expression -> type, value, mod, freq, quant.

Pure functions, no spaCy. :func:`normalise` turns one expression ("two years later",
"the 1990s", "more than two decades", "Monday", "Aug. 25, 2025") into a :class:`Timex`:

* absolute expressions get a value with the granularity of the text (``1987``, ``1998-05``,
  ``2025-08-25``, ``199X``, ``2022-Q3``, ``2022-SU``), never padded to a day;
* expressions relative to the time of writing ("Monday", "last year", "yesterday") are
  computed from ``reference`` (the document date); without one they keep ``X`` placeholders
  and ``resolved=False``. The clock of the machine is never read;
* narrative anaphora ("two years later", "the following year", "that day") are computed from
  the most recent fitting earlier value in ``anchors`` (falling back to ``reference``);
  :attr:`Timex.anchor` says which one was used.

Common forms are handled by regular expressions; :mod:`dateparser` is the fallback for the
rest, called with one cached parser per reference date, on short inputs only.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from types import MappingProxyType

from factpull.vocab import LEADING_PREPOSITIONS, MONTHS, VERB_MONTHS, WEEKDAYS, alternation

DATE, TIME, DURATION, SET = "DATE", "TIME", "DURATION", "SET"
#: Longest input :func:`normalise` looks at; longer strings are not temporal expressions.
MAX_LENGTH = 80
#: The TIMEX3 value grammar (the forms factpull produces), for validation and tests.
VALUE_GRAMMAR = re.compile(
    r"(?:PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|P(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|DE|CE|ML|Q|H|WE))+"
    r"|PT(?:(?:\d+(?:\.\d+)?|X)[HMS])+"
    r"|P(?:(?:\d+|X)D)?T(?:(?:\d+|X)[HMS])+"
    r"|(?:FY)?(?:\d{4}|\d{3}X|\d{2}XX|XXXX|XX|\d{2}|\d{3})"
    r"(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?|-W(?:\d{2}|XX)(?:-(?:[1-7]|WE))?|-Q[1-4X]|-H[12]"
    r"|-(?:SP|SU|FA|WI))?"
    r"(?:T(?:\d{2}(?::\d{2}(?::\d{2})?)?|MO|AF|EV|NI|DT))?"
    r"|T(?:\d{2}(?::\d{2})?|MO|AF|EV|NI|DT))"
)


@dataclass(frozen=True, slots=True)
class Timex:
    """A normalised temporal expression.

    ``anchor`` is ``"reference"`` when the value was computed from the reference date, an
    ``int`` index into the ``anchors`` given to :func:`normalise` when it was computed from an
    earlier mention, else ``None``.
    """

    type: str
    value: str
    mod: str | None = None
    resolved: bool = True
    anchor: str | int | None = None
    freq: str | None = None
    quant: str | None = None


# ---------------------------------------------------------------- vocabulary

# The public tables are read-only (MappingProxyType): nothing outside can change a rule.
SEASONS = MappingProxyType(
    {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
)
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
PARTS_OF_DAY = MappingProxyType({
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
})
# unit -> (TIMEX3 letter, is a time unit (PT...), granularity for anchored values)
UNITS = MappingProxyType({
    "second": ("S", True, "day"), "minute": ("M", True, "day"), "hour": ("H", True, "day"),
    "day": ("D", False, "day"), "night": ("D", False, "day"), "week": ("W", False, "week"),
    "fortnight": ("W", False, "week"), "month": ("M", False, "month"),
    "quarter": ("Q", False, "month"), "year": ("Y", False, "year"),
    "decade": ("DE", False, "year"), "century": ("CE", False, "year"),
    "millennium": ("ML", False, "year"),
})
_UNIT_ALIASES = {"sec": "second", "secs": "second", "min": "minute", "mins": "minute",
                 "hr": "hour", "hrs": "hour", "yr": "year", "yrs": "year", "centuries": "century",
                 "millennia": "millennium"}
_SMALL = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS: Mapping[str, int] = MappingProxyType({
    **{w: i for i, w in enumerate(_SMALL)},
    **{w: 20 + 10 * i for i, w in enumerate(_TENS)},
    "a": 1, "an": 1, "one": 1, "single": 1, "couple": 2, "a couple of": 2,
    "a dozen": 12, "dozen": 12, "a hundred": 100, "hundred": 100,
})
_VAGUE_NUMBERS = frozenset({"a few", "few", "several", "many", "some", "a number of",
                            "numerous", "the past few", "a couple", "more"})
MODS = [
    (r"more than|over|longer than|upwards of|after more than", "MORE_THAN"),
    (r"at least|no less than", "EQUAL_OR_MORE"),
    (r"less than|under|fewer than|shorter than|nearly|almost|not quite|just under", "LESS_THAN"),
    (r"no more than|at most|up to", "EQUAL_OR_LESS"),
    (r"about|around|some|roughly|approximately|approx\.?|circa|c\.|nearly about|an estimated",
     "APPROX"),
    (r"early|earlier in|the early|the beginning of|the start of|beginning of|start of", "START"),
    (r"mid|mid-|the middle of|middle of|the mid|the mid-", "MID"),
    (r"late|later in|the late|the end of|end of|the close of", "END"),
]
_MOD_RE = re.compile(r"^(" + "|".join(f"(?:{alts})" for alts, _ in MODS) + r")(?:\s+|-)(?=\S)")
_LEADING_NOISE = re.compile(
    r"^(?:(?:" + "|".join((*LEADING_PREPOSITIONS, "as of")) + r")\s+(?!least\b|most\b))+"
)

#: A two-digit year above this is in the 1900s, else in the 2000s ("5/3/98", "5/3/25").
TWO_DIGIT_YEAR_PIVOT = 30
#: The years a span of years ("1997-98") may start and end in.
YEAR_RANGE_FIRST, YEAR_RANGE_LAST = 1000, 2100
#: dateparser's results outside these years are not dates news means.
PLAUSIBLE_FIRST_YEAR, PLAUSIBLE_LAST_YEAR = 1000, 2200


def _group(name: str, body: str, suffix: str = "") -> str:
    """The regex ``(?P<name>body)suffix``.

    A rule that uses one piece twice (a year before or after a season) names each use
    differently: ``_year_group("y2")``, never string surgery on another group.
    """
    return f"(?P<{name}>{body}){suffix}"


def _month_group(name: str = "month") -> str:
    """A month name or abbreviation, with an optional dot ("Sept.")."""
    return _group(name, alternation(MONTHS), r"\.?")


def _weekday_group(name: str = "wd", suffix: str = r"\.?") -> str:
    """A weekday name or abbreviation, with an optional dot ("Thurs.") unless told."""
    return _group(name, alternation(WEEKDAYS), suffix)


def _year_group(name: str = "year") -> str:
    """A four-digit year, 1000 to 2099."""
    return _group(name, r"1[0-9]{3}|20[0-9]{2}")


_MONTH = _month_group()
_WEEKDAY = _weekday_group()
_YEAR = _year_group()
_DAY = r"(?P<day>[0-3]?[0-9])(?:st|nd|rd|th)?"
_NUM = r"(?P<num>\d+(?:[.,]\d+)?(?: and a half| 1/2|½)?|half an?|(?:" + "|".join(
    sorted(
        [*(k for k in NUMBER_WORDS), *(f"{t}[- ]{s}" for t in _TENS for s in _SMALL[1:10]),
         *_VAGUE_NUMBERS],
        key=len, reverse=True,
    )
) + r")(?: and a half)?)"
_UNIT = (r"(?P<unit>seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|fortnights?|"
         r"months?|quarters?|years?|yrs?|decades?|century|centuries|millenni(?:um|a))")


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(r"^(?:" + pattern + r")$")


# ---------------------------------------------------------------- points in time


@dataclass(frozen=True, slots=True)
class Point:
    """A calendar value with its granularity: a year, a month, an ISO week or a day."""

    year: int
    month: int | None = None
    day: int | None = None
    week: int | None = None

    @property
    def granularity(self) -> str:
        if self.day is not None:
            return "day"
        if self.week is not None:
            return "week"
        return "month" if self.month is not None else "year"

    def value(self) -> str:
        if self.day is not None and self.month is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.week is not None:
            return f"{self.year:04d}-W{self.week:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    @classmethod
    def of(cls, day: date, granularity: str) -> Point:
        if granularity == "year":
            return cls(day.year)
        if granularity == "month":
            return cls(day.year, day.month)
        if granularity == "week":
            iso = day.isocalendar()
            return cls(iso[0], week=iso[1])
        return cls(day.year, day.month, day.day)

    def first_day(self) -> date:
        if self.week is not None:
            return date.fromisocalendar(self.year, self.week, 1)
        return date(self.year, self.month or 1, self.day or 1)

    def fits(self, granularity: str) -> bool:
        """Can a value of ``granularity`` be computed from this point?"""
        order = {"year": 0, "month": 1, "week": 2, "day": 3}
        if granularity == "week":
            return self.granularity in ("week", "day")
        return order[self.granularity] >= order[granularity] and not (
            self.granularity == "week" and granularity == "month"
        )


_POINT_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?(?:T.*)?$")


def parse_point(value: str | None) -> Point | None:
    """The :class:`Point` of a TIMEX3 value like ``1996``, ``1998-05``, ``2025-W35``."""
    match = _POINT_RE.match(value or "")
    if not match:
        return None
    year, month, day, week = (int(g) if g else None for g in match.groups())
    assert year is not None
    return Point(year, month, day, week)


def can_anchor(value: str | None) -> bool:
    """Does a mention with this value place the narrative (for a later "two years later")?"""
    return parse_point(value) is not None or bool(_COARSE.match(value or "")) \
        or bool(_QUARTER_VALUE.match(value or ""))


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    year = min(max(year, 1), 9999)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def days_after(day: date, days: int) -> date | None:
    """``day`` + ``days``; None past the calendar's ends (year 1, year 9999)."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return None


def shift(point: Point, unit: str, amount: int) -> Point | None:
    """``point`` moved by ``amount`` ``unit``s, at the unit's granularity."""
    letter, _, granularity = UNITS[unit]
    try:
        start = point.first_day()
        if letter in ("Y", "DE", "CE", "ML"):
            years = amount * {"Y": 1, "DE": 10, "CE": 100, "ML": 1000}[letter]
            return replace(Point(point.year + years), month=None) if granularity else None
        if letter in ("M", "Q"):
            return Point.of(add_months(start, amount * (3 if letter == "Q" else 1)), "month")
        if letter == "W":
            days = 7 * amount * (2 if unit == "fortnight" else 1)
            return Point.of(start + timedelta(days=days), "week")
        return Point.of(start + timedelta(days=amount), "day")
    except (ValueError, OverflowError):
        return None


# ---------------------------------------------------------------- helpers


def _number(text: str | None) -> int | float | None:
    """``"two"`` -> 2, ``"25"`` -> 25, ``"twenty-five"`` -> 25; vague words -> None."""
    if not text:
        return None
    text = text.replace(",", "")
    if text in _VAGUE_NUMBERS:
        return None
    if re.fullmatch(r"half an?", text):
        return 0.5
    half = re.fullmatch(r"(.+?)(?: and a half| 1/2|½)", text)
    if half:
        whole = _number(half.group(1))
        return None if whole is None else whole + 0.5
    if re.fullmatch(r"\d+", text):
        return int(text)
    if re.fullmatch(r"\d+\.\d+", text):
        return float(text)
    if text in NUMBER_WORDS:
        return NUMBER_WORDS[text]
    parts = re.split(r"[- ]", text)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


def _unit(text: str) -> str:
    text = _UNIT_ALIASES.get(text, text)
    if text.endswith("ies"):
        text = text[:-3] + "y"
    elif text.endswith("s") and text[:-1] in UNITS:
        text = text[:-1]
    return _UNIT_ALIASES.get(text, text)


def duration_value(amount: int | float | None, unit: str) -> str:
    letter, is_time, _ = UNITS[unit]
    if unit == "fortnight" and amount is not None:
        amount *= 2
    if isinstance(amount, float):
        if amount.is_integer():
            amount = int(amount)
        elif letter == "Y" and (amount * 12).is_integer():
            amount, letter = int(amount * 12), "M"
        elif letter == "H" and (amount * 60).is_integer():  # "5 1/2 hours": PT5H30M
            hours, minutes = int(amount), round((amount - int(amount)) * 60)
            return f"PT{hours}H{minutes}M" if hours else f"PT{minutes}M"
        elif letter == "M" and is_time and (amount * 60).is_integer():  # "a minute and a half"
            minutes, seconds = int(amount), round((amount - int(amount)) * 60)
            return f"PT{minutes}M{seconds}S" if minutes else f"PT{seconds}S"
        elif letter == "D" and (amount * 24).is_integer():
            amount, letter, is_time = int(amount * 24), "H", True
    count = "X" if amount is None else str(amount)
    return f"PT{count}{letter}" if is_time else f"P{count}{letter}"


def _clean(text: str) -> str:
    text = text.lower().replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    text = re.sub(r"\s+", " ", text).strip(" ,;:!?\"'()[]")
    text = re.sub(r"'s$", "", text)
    text = _LEADING_NOISE.sub("", text)
    text = re.sub(r"^(?:only|just|barely|another|all|some \d)\s+(?=\S)", "", text)
    return text.rstrip(".") if not re.search(r"\b[ap]\.m\.$", text) else text


def _split_mod(text: str) -> tuple[str, str | None]:
    match = _MOD_RE.match(text)
    if not match:
        return text, None
    word = match.group(1)
    for alts, mod in MODS:
        if re.fullmatch(alts, word):
            return text[match.end():], mod
    return text, None  # pragma: no cover - the alternation mirrors MODS


# ---------------------------------------------------------------- context

@dataclass(frozen=True, slots=True)
class _Context:
    reference: date | None
    anchors: Sequence[str]
    tense: str | None  # "past", "present", "future" or None

    def from_reference(self, granularity: str) -> Point | None:
        return Point.of(self.reference, granularity) if self.reference else None

    def narrative(self, granularity: str) -> tuple[Point, str | int] | None:
        """The most recent earlier value fitting ``granularity``, else the reference date.

        A decade or a century mentioned since ("in the 1970s") is where the narrative is:
        nothing fits then, rather than a date from before it. In a past clause a date after
        the reference date is not where the narrative is ("remanded until April 5. The next
        day his lawyer appealed" counts from the day of the remand, not April 5).
        """
        for index in range(len(self.anchors) - 1, -1, -1):
            point = parse_point(self.anchors[index])
            if point is not None and point.fits(granularity):
                if self.tense == "past" and self.reference is not None \
                        and point.first_day() > self.reference:
                    continue
                return point, index
            if _COARSE.match(self.anchors[index] or ""):
                return None
        if self.reference is not None:
            return Point.of(self.reference, granularity), "reference"
        return None


    def recent_decade(self) -> tuple[int, int] | None:
        """``(decade, index)`` when the most recent earlier value is a decade ("197X")."""
        if self.anchors and (match := _DECADE_VALUE.match(self.anchors[-1] or "")):
            return int(match[1]), len(self.anchors) - 1
        return None


_COARSE = re.compile(r"^\d{2}(?:\dX|XX)?$")  # "197X", "19XX", "19" (a century)
_DECADE_VALUE = re.compile(r"^(\d{3})X$")


def _unresolved(type_: str, placeholder: str, mod: str | None = None) -> Timex:
    return Timex(type_, placeholder, mod, resolved=False)


_PLACEHOLDER = {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "day": "XXXX-XX-XX"}


# ---------------------------------------------------------------- holidays


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` (Monday 0) of ``month``: Thanksgiving is the 4th Thursday."""
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def easter(year: int) -> date:
    """Western Easter Sunday of ``year`` (the Gregorian computus, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the algorithm's name)
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


@dataclass(frozen=True, slots=True)
class Holiday:
    """A holiday: its day in a given year, fixed or computed."""

    on: Callable[[int], date]
    #: The value's ``MM-DD`` when the year is unknown: ``12-25``, ``11-XX``, ``XX-XX``.
    placeholder: str


def _fixed(month: int, day: int) -> Holiday:
    return Holiday(lambda year: date(year, month, day), f"{month:02d}-{day:02d}")


def _computed(on: Callable[[int], date], month: int | None) -> Holiday:
    return Holiday(on, f"{month:02d}-XX" if month else "XX-XX")


def _nth(month: int, weekday: int, n: int) -> Holiday:
    """The ``n``-th ``weekday`` (Monday 0) of ``month``, or its last with ``n`` -1."""
    if n > 0:
        return _computed(lambda year: _nth_weekday(year, month, weekday, n), month)
    return _computed(lambda year: _nth_weekday(year, month, weekday, 5)
                     if _nth_weekday(year, month, weekday, 5).month == month
                     else _nth_weekday(year, month, weekday, 4), month)


def _from_easter(days: int) -> Holiday:
    return _computed(lambda year: easter(year) + timedelta(days=days), None)


#: Every holiday name factpull normalises (in lower case, as the text's words, "'s" apart):
#: one row each, fixed dates and computed ones. The date rules' patterns are generated from
#: these names (``scripts/generate_rules.py``). Holidays with one date wherever English news
#: names them, and the US days of "Independence Day", "Thanksgiving" and "Election Day"
#: (another country's "Independence Day" is read as the US one too: a known fault); not "Labour
#: Day" or "Mother's Day", whose dates differ by country, nor the lunar holidays ("Ramadan",
#: "Diwali"), which need their calendars. A holiday of several days is its first ("Kwanzaa").
HOLIDAYS: Mapping[str, Holiday] = MappingProxyType({
    "christmas": _fixed(12, 25),
    "christmas day": _fixed(12, 25),
    "christmas eve": _fixed(12, 24),
    "boxing day": _fixed(12, 26),
    "kwanzaa": _fixed(12, 26),
    "new year's": _fixed(1, 1),
    "new year's day": _fixed(1, 1),
    "new year's eve": _fixed(12, 31),
    "independence day": _fixed(7, 4),
    "halloween": _fixed(10, 31),
    "valentine's day": _fixed(2, 14),
    "st. patrick's day": _fixed(3, 17),
    "st patrick's day": _fixed(3, 17),
    "saint patrick's day": _fixed(3, 17),
    "juneteenth": _fixed(6, 19),
    "bastille day": _fixed(7, 14),
    "canada day": _fixed(7, 1),
    "australia day": _fixed(1, 26),
    "anzac day": _fixed(4, 25),
    "veterans day": _fixed(11, 11),
    "armistice day": _fixed(11, 11),
    "remembrance day": _fixed(11, 11),
    "guy fawkes night": _fixed(11, 5),
    "thanksgiving": _nth(11, 3, 4),
    "thanksgiving day": _nth(11, 3, 4),
    # US federal holidays on a weekday of their month
    "martin luther king day": _nth(1, 0, 3),
    "martin luther king jr. day": _nth(1, 0, 3),
    "presidents day": _nth(2, 0, 3),
    "presidents' day": _nth(2, 0, 3),
    "memorial day": _nth(5, 0, -1),
    "labor day": _nth(9, 0, 1),
    "columbus day": _nth(10, 0, 2),
    # US federal elections: the Tuesday after the first Monday of November.
    "election day": _computed(lambda year: _nth_weekday(year, 11, 0, 1) + timedelta(days=1), 11),
    "easter": _from_easter(0),
    "easter sunday": _from_easter(0),
    "easter monday": _from_easter(1),
    "good friday": _from_easter(-2),
    "palm sunday": _from_easter(-7),
    "ash wednesday": _from_easter(-46),
    "pentecost": _from_easter(49),
})


# ---------------------------------------------------------------- rules

#: The rules in order; a tuple once this module has registered them all (see the end of the
#: rules section): the registry is closed after import.
_RULES: list[tuple[re.Pattern[str], object]] | tuple[tuple[re.Pattern[str], object], ...] = []


def rule(pattern: str):
    """Register a handler for texts matching ``pattern`` (anchored at both ends).

    Rules are tried in the order they are registered (the order of this module) and the
    first whose pattern matches and whose handler returns a :class:`Timex` wins; a handler
    returning None passes the text on to the next rule. So order matters where patterns
    overlap: "a couple of hours" is ``_duration``'s PT2H before ``_vague_duration``'s PTXH,
    "one day" is ``_future``'s FUTURE_REF before ``_duration``'s P1D.
    """

    def register(handler):
        if not isinstance(_RULES, list):
            raise RuntimeError("factpull.timex's rules are closed: add a rule in the module")
        _RULES.append((_re(pattern), handler))
        return handler

    return register


@rule(r"(?:right |just )?now|currently|current(?:ly)?|at present|presently|nowadays"
      r"|these days|at the moment|the present|present|this time|today's"
      r"|(?:the )?present[- ]day|the present time")
def _present(m: re.Match[str], ctx: _Context) -> Timex:
    return Timex(DATE, "PRESENT_REF")


@rule(r"(?:the )?past|(?:in )?the past|formerly|previously|once|recently|lately|earlier")
def _past(m: re.Match[str], ctx: _Context) -> Timex:
    return Timex(DATE, "PAST_REF")


@rule(r"(?:the |near |the near |the distant |the foreseeable )?future|soon|someday|one day"
      r"|the coming (?:period|time)")
def _future(m: re.Match[str], ctx: _Context) -> Timex:
    return Timex(DATE, "FUTURE_REF")


@rule(r"(?P<tag>daily|nightly|weekly|monthly|quarterly|yearly|annually|annual|hourly|biweekly"
      r"|bimonthly|biannually|semiannually|semi-annually)")
def _set_adverb(m: re.Match[str], ctx: _Context) -> Timex:
    values = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
              "quarterly": "P1Q", "yearly": "P1Y", "annually": "P1Y", "annual": "P1Y",
              "hourly": "PT1H", "biweekly": "P2W", "bimonthly": "P2M", "biannually": "P6M",
              "semiannually": "P6M", "semi-annually": "P6M"}
    return Timex(SET, values[m["tag"]], quant="EVERY" if m["tag"] != "annual" else None)


@rule(r"(?P<q>every|each|per|once every) (?:(?P<other>other|second) )?"
      r"(?:" + _NUM + r" )?" + _UNIT)
def _set_every(m: re.Match[str], ctx: _Context) -> Timex | None:
    amount = _number(m["num"]) if m["num"] else 1
    if m["other"]:
        amount = 2
    quant = "EACH" if m["q"] == "each" else "EVERY"
    return Timex(SET, duration_value(amount, _unit(m["unit"])), quant=quant)


@rule(r"(?P<times>once|twice|thrice|" + _NUM + r" times?) (?:a|an|per|each|every) " + _UNIT)
def _set_freq(m: re.Match[str], ctx: _Context) -> Timex:
    count = {"once": 1, "twice": 2, "thrice": 3}.get(m["times"])
    if count is None:
        count = _number(m["num"])
    freq = f"{count}X" if count is not None else None
    return Timex(SET, duration_value(1, _unit(m["unit"])), freq=freq)


@rule(r"(?:every|each) " + _WEEKDAY + r"|" + _weekday_group("wds", suffix="s"))
def _set_weekday(m: re.Match[str], ctx: _Context) -> Timex:
    name = m["wd"] or m["wds"]
    return Timex(SET, f"XXXX-WXX-{WEEKDAYS[name]}", quant="EVERY")


# Years said in words, as transcripts write them: "nineteen ninety-six", "twenty ten",
# "nineteen oh five", "the year two thousand", "two thousand and eight".
_UNIT_WORD = "|".join(_SMALL[1:10])
_YEAR_TAIL = (r"(?:" + "|".join(_TENS) + r")(?:[- ](?:" + _UNIT_WORD + r"))?|"
              + "|".join(_SMALL[10:]) + r"|oh[- ](?:" + _UNIT_WORD + r")")
_SPOKEN_CENTURIES = {"eighteen": 18, "nineteen": 19, "twenty": 20}


def _words_number(text: str) -> int:
    """"ninety-six" -> 96, "oh five" -> 5, "eleven" -> 11 (words :data:`_YEAR_TAIL` took)."""
    return sum(NUMBER_WORDS.get(part, 0) for part in re.split(r"[- ]", text))


@rule(r"(?:(?:the )?year )?(?P<century>eighteen|nineteen|twenty)(?: (?P<tail>" + _YEAR_TAIL
      + r")| (?P<hundred>hundred)(?: and)?(?: (?P<tail2>" + _YEAR_TAIL + r"|" + _UNIT_WORD
      + r"))?)|(?P<the_year>(?:the )?year )?two thousand(?: and)?(?: (?P<tail3>" + _YEAR_TAIL + r"|"
      + _UNIT_WORD + r"))?")
def _spoken_year(m: re.Match[str], ctx: _Context) -> Timex | None:
    if m["century"]:
        if not (m["tail"] or m["hundred"]):
            return None
        year = _SPOKEN_CENTURIES[m["century"]] * 100 + _words_number(m["tail"] or m["tail2"] or "")
        return Timex(DATE, f"{year:04d}")
    if not (m["the_year"] or m["tail3"]):
        return None  # "two thousand" alone is a number
    return Timex(DATE, f"{2000 + _words_number(m['tail3'] or ''):04d}")


_DECADE_WORDS = {f"{tens[:-1]}ies": 10 * (i + 2) for i, tens in enumerate(_TENS)}


@rule(r"(?:the )?(?:(?P<century>nineteen|eighteen|twenty)[- ])?(?P<tens>"
      + "|".join(_DECADE_WORDS) + r")")
def _spoken_decade(m: re.Match[str], ctx: _Context) -> Timex:
    """"the seventies", "the nineteen-eighties": a decade said in words (the 1900s unless
    the century is said, as for "the '70s")."""
    century = _SPOKEN_CENTURIES.get(m["century"] or "nineteen", 19)
    return Timex(DATE, f"{century * 100 + _DECADE_WORDS[m['tens']]:04d}"[:3] + "X")


@rule(r"(?:the )?(?:" + _YEAR + r"s|(?P<short>')?(?P<dec>[0-9]0)'?s)")
def _decade(m: re.Match[str], ctx: _Context) -> Timex:
    if m["year"]:
        return Timex(DATE, m["year"][:3] + "X")
    return Timex(DATE, ("19" if m["dec"] != "00" else "20") + m["dec"][0] + "X")


@rule(r"(?:the )?(?P<ord>\d{1,2})(?:st|nd|rd|th) century|(?:the )?(?P<word>first|second|third"
      r"|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth"
      r"|seventeenth|eighteenth|nineteenth|twentieth|twenty-first) century")
def _century(m: re.Match[str], ctx: _Context) -> Timex:
    words = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first",
    ]
    number = int(m["ord"]) if m["ord"] else words.index(m["word"]) + 1
    return Timex(DATE, f"{number - 1:02d}")


@rule(r"(?P<rel>this|last|next|the last|the previous|the next|the coming|the current) century")
def _relative_century(m: re.Match[str], ctx: _Context) -> Timex:
    if ctx.reference is None:
        return _unresolved(DATE, "XX")
    offset = {"last": -1, "the last": -1, "the previous": -1, "next": 1, "the next": 1,
              "the coming": 1}.get(m["rel"], 0)
    return Timex(DATE, f"{ctx.reference.year // 100 + offset:02d}", anchor="reference")


# Business periods. A fiscal year is its own value, TimeML's ``FY1990``: a company's fiscal
# 1990 need not be the calendar year 1990.
_FISCAL_YEAR = (r"(?:fiscal(?: year)?|fy) ?" + _year_group("fy") + r"|fy ?'?(?P<fy2>\d{2})"
                r"|fiscal '(?P<fy3>\d{2})|(?:the )?" + _year_group("fy4") + r" fiscal year"
                r"|(?:(?:the )?(?P<fy5>\d{4})[/-](?P<fy5end>\d{2}) fiscal year"
                r"|(?:fiscal(?: year)?|fy) ?(?P<fy6>\d{4})[/-](?P<fy6end>\d{2}))")


def _fiscal_value(m: re.Match[str]) -> str:
    """``FY1990`` from any group of :data:`_FISCAL_YEAR` that matched; a fiscal year written
    over two calendar years ("the 2019/20 fiscal year") is named by the year it ends in."""
    if m["fy"] or m["fy4"]:
        return f"FY{m['fy'] or m['fy4']}"
    if m["fy5"] or m["fy6"]:
        start, end = m["fy5"] or m["fy6"], m["fy5end"] or m["fy6end"]
        return f"FY{int(start[:2]) * 100 + int(end) + (100 if end < start[2:] else 0):04d}"
    short = int(m["fy2"] or m["fy3"])
    return f"FY{(1900 if short > TWO_DIGIT_YEAR_PIVOT else 2000) + short}"


@rule(_FISCAL_YEAR)
def _fiscal_year(m: re.Match[str], ctx: _Context) -> Timex:
    """"fiscal 1990", "FY2024", "fiscal '91", "the 1990 fiscal year": ``FY1990``."""
    return Timex(DATE, _fiscal_value(m))


@rule(r"(?P<rel>this|last|next|the current|current|the last|the previous|the next|the coming"
      r"|the new|the past|the) fiscal year")
def _relative_fiscal_year(m: re.Match[str], ctx: _Context) -> Timex | None:
    """"this fiscal year", "last fiscal year": counted from the calendar year of the reference.

    "the past fiscal year" is the one just ended (not a duration: a fiscal year is a period
    with a name); "the fiscal year" is the current one.
    """
    offset = {"last": -1, "the last": -1, "the previous": -1, "the past": -1, "next": 1,
              "the next": 1, "the coming": 1, "the new": 1}.get(m["rel"], 0)
    if ctx.reference is None:
        return _unresolved(DATE, "FYXXXX")
    return Timex(DATE, f"FY{ctx.reference.year + offset:04d}", anchor="reference")


@rule(_YEAR + r"|(?:calendar|the year|post-|pre-|the) ?" + _year_group("y2"))
def _year(m: re.Match[str], ctx: _Context) -> Timex:
    return Timex(DATE, m["year"] or m["y2"])


@rule(r"(?P<y1>\d{4})(?:-|/)(?P<y2>\d{2}|\d{4})")
def _year_range(m: re.Match[str], ctx: _Context) -> Timex | None:
    """"1997-98": a span of years. "from 1991 to 1997" is two dates, as TIMEX3 marks it."""
    start, end = int(m["y1"]), int(m["y2"][-2:]) + int(m["y1"][:2]) * 100
    if not YEAR_RANGE_FIRST <= start < end <= YEAR_RANGE_LAST:
        return None
    return Timex(DURATION, f"P{end - start}Y")


@rule(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[t ](?P<h>\d{2}):(?P<mi>\d{2}))?.*")
def _iso(m: re.Match[str], ctx: _Context) -> Timex | None:
    try:
        day = date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    if m["h"]:
        return Timex(TIME, f"{day.isoformat()}T{m['h']}:{m['mi']}")
    return Timex(DATE, day.isoformat())


@rule(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})")
def _slashed(m: re.Match[str], ctx: _Context) -> Timex | None:
    a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
    if year < 100:
        year += 1900 if year > TWO_DIGIT_YEAR_PIVOT else 2000
    month, day = (a, b) if a <= 12 else (b, a)
    try:
        return Timex(DATE, date(year, month, day).isoformat())
    except ValueError:
        return None


def _month_day(month: int, day: int | None, year: int | None, ctx: _Context) -> Timex | None:
    if day is not None and not 1 <= day <= 31:
        return None
    if year is not None:
        try:
            if day is not None:
                return Timex(DATE, date(year, month, day).isoformat())
        except ValueError:
            return None
        return Timex(DATE, f"{year:04d}-{month:02d}")
    suffix = f"-{month:02d}" + (f"-{day:02d}" if day is not None else "")
    if ctx.reference is None:
        return _unresolved(DATE, "XXXX" + suffix)
    year = _year_for(month, day or 1, ctx)
    try:
        date(year, month, day or 1)
    except ValueError:
        return None
    return Timex(DATE, f"{year:04d}{suffix}", anchor="reference")


#: How much more a date after the reference costs than one before it, by tense.
_WRONG_SIDE = 6.0
_FUTURE_COST = {"past": _WRONG_SIDE, None: 2.0, "present": 2.0, "future": 1.0}


def _year_for(month: int, day: int, ctx: _Context) -> int:
    """The year of a month (and day) named without one, from the reference date and tense.

    The nearest occurrence wins, but the side of the reference date the tense points away from
    costs more; news reports the past, so without a tense (or in the present) the past side is
    still preferred: "the October slaying" in April is last October.
    """
    assert ctx.reference is not None
    ref = ctx.reference
    future_cost = _FUTURE_COST.get(ctx.tense, 1.0)

    def cost(year: int) -> float:
        try:
            days = (date(year, month, min(day, 28)) - ref).days
        except ValueError:
            return float("inf")
        if days > 0:
            return days * future_cost
        return -days * (_WRONG_SIDE if ctx.tense == "future" else 1.0)

    return min((ref.year - 1, ref.year, ref.year + 1), key=cost)


_DAY2 = r"(?P<day2>[0-3]?[0-9])(?:st|nd|rd|th)?"
_RANGE_DASH = r" ?(?:-|to|through|until) ?"


@rule(_DAY + _RANGE_DASH + _DAY2 + r" (?:of )?" + _MONTH + r"(?:,? " + _YEAR + r")?"
      r"|" + _month_group("m2") + r" (?P<d3>[0-3]?[0-9])(?:st|nd|rd|th)?" + _RANGE_DASH
      + r"(?P<d4>[0-3]?[0-9])(?:st|nd|rd|th)?(?:,? " + _year_group("y2") + r")?")
def _day_range(m: re.Match[str], ctx: _Context) -> Timex | None:
    """"16-28 November", "Nov. 3-5, 2025": a range of days. TIMEX3 has no range value: the
    first day is the value, and the span stays whole (never "28 November" read as 1928)."""
    first, last = int(m["day"] or m["d3"]), int(m["day2"] or m["d4"])
    if not 1 <= first < last <= 31:
        return None
    year = m["year"] or m["y2"]
    return _month_day(MONTHS[m["month"] or m["m2"]], first, int(year) if year else None, ctx)


@rule(r"(?:" + _WEEKDAY + r",? )?" + _MONTH + r" " + _DAY + r"(?:,? " + _YEAR + r")?")
def _month_day_year(m: re.Match[str], ctx: _Context) -> Timex | None:
    year = int(m["year"]) if m["year"] else None
    return _month_day(MONTHS[m["month"]], int(m["day"]), year, ctx)


@rule(r"(?:" + _WEEKDAY + r",? )?(?:the )?" + _DAY + r" (?:of )?" + _MONTH + r"(?:,? " + _YEAR
      + r")?")
def _day_month_year(m: re.Match[str], ctx: _Context) -> Timex | None:
    year = int(m["year"]) if m["year"] else None
    return _month_day(MONTHS[m["month"]], int(m["day"]), year, ctx)


@rule(_MONTH + r"(?:,? (?:of )?" + _YEAR + r")?")
def _month_year(m: re.Match[str], ctx: _Context) -> Timex | None:
    year = int(m["year"]) if m["year"] else None
    return _month_day(MONTHS[m["month"]], None, year, ctx)


@rule(_MONTH + r"(?: " + _DAY + r")?,? (?:of )?(?P<rel>this|last|next|the previous|the following"
      r"|the preceding|that|the same) year")
def _month_of_relative_year(m: re.Match[str], ctx: _Context) -> Timex | None:
    """"October this year", "April next year", "May 5 last year": the year is named.

    "the following year", "that year" are the narrative's: the year of the latest date
    mentioned before ("in 2009 ... March of the following year" is 2010-03)."""
    rel = m["rel"]
    offset = {"last": -1, "the previous": -1, "the preceding": -1, "next": 1,
              "the following": 1}.get(rel, 0)
    day = int(m["day"]) if m["day"] else None
    if rel.startswith("th") and rel != "this":
        found = ctx.narrative("year")
        if found is None:
            return _month_day(MONTHS[m["month"]], day, None, replace(ctx, reference=None))
        point, anchor = found
        timex = _month_day(MONTHS[m["month"]], day, point.year + offset, ctx)
        return replace(timex, anchor=anchor) if timex else None
    if ctx.reference is None:
        return _month_day(MONTHS[m["month"]], day, None, ctx)
    timex = _month_day(MONTHS[m["month"]], day, ctx.reference.year + offset, ctx)
    return replace(timex, anchor="reference") if timex else None


@rule(r"(?P<rel>last|next|this|this past|this coming|the coming|the past) " + _MONTH
      + r"(?: " + _DAY + r")?")
def _relative_month(m: re.Match[str], ctx: _Context) -> Timex | None:
    month = MONTHS[m["month"]]
    day = f"-{int(m['day']):02d}" if m["day"] else ""
    if day and not 1 <= int(m["day"]) <= 31:
        return None
    if ctx.reference is None:
        return _unresolved(DATE, f"XXXX-{month:02d}{day}")
    ref = ctx.reference
    if m["rel"] in ("last", "this past", "the past"):
        year = ref.year if month < ref.month else ref.year - 1
    elif m["rel"] in ("next", "this coming", "the coming"):
        year = ref.year if month > ref.month else ref.year + 1
    else:
        year = ref.year
    return Timex(DATE, f"{year:04d}-{month:02d}{day}", anchor="reference")


@rule(r"(?:the )?(?P<season>spring|summer|autumn|fall|winter)(?:,? (?:of )?" + _YEAR + r")?"
      r"|" + _year_group("y2") + r" (?P<s2>spring|summer|autumn|fall|winter)")
def _season(m: re.Match[str], ctx: _Context) -> Timex:
    code = SEASONS[m["season"] or m["s2"]]
    year = m["year"] or m["y2"]
    if year:
        return Timex(DATE, f"{year}-{code}")
    if ctx.reference is None:
        return _unresolved(DATE, f"XXXX-{code}")
    return Timex(DATE, f"{_season_year(code, 'this', ctx.reference):04d}-{code}",
                 anchor="reference")


def _season_year(code: str, rel: str, ref: date) -> int:
    start = _SEASON_START[code]
    started = ref.month >= start
    if code == "WI" and ref.month <= 2:
        started, start = True, 0  # January/February belong to the winter begun last year
        ref = date(ref.year - 1, 12, 1)
    ended = ref.month >= start + 3
    if rel in ("last", "this past", "past"):
        return ref.year if ended else ref.year - 1
    if rel in ("next", "coming", "this coming"):
        return ref.year if not started else ref.year + 1
    return ref.year


@rule(r"(?P<rel>last|next|this|this past|this coming|the past|the coming|the last|the next|past"
      r"|coming) (?P<season>spring|summer|autumn|fall|winter)")
def _relative_season(m: re.Match[str], ctx: _Context) -> Timex:
    code = SEASONS[m["season"]]
    if ctx.reference is None:
        return _unresolved(DATE, f"XXXX-{code}")
    rel = m["rel"].removeprefix("the ")
    return Timex(DATE, f"{_season_year(code, rel, ctx.reference):04d}-{code}", anchor="reference")


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
             "4th": 4, "final": 4, "last": 4}
#: "... of 1990", "... of fiscal 1990", "... of this year": the year a quarter or half is in.
_PERIOD_YEAR = (r"(?:,? (?:of )?(?:(?:calendar )?" + _YEAR + r"|" + _FISCAL_YEAR
                + r"|(?P<prel>the|this|last|next|the current|the previous|the following)"
                r" (?P<pfiscal>fiscal )?year))?")


def _period(m: re.Match[str], ctx: _Context, suffix: str, start_month: int) -> Timex:
    """A quarter or half (``suffix`` "Q3", "H1") in the year the text names, else one placed
    from the reference date.

    Without a year, business news reports the period that has begun or just ended: the
    reference year, unless the period starts more than a quarter after the reference date
    ("fourth-quarter profit" in a January story is last year's), or after it in a clause
    about the past, and the clause does not look ahead.
    """
    if m["fy"] or m["fy2"] or m["fy3"] or m["fy4"] or m["fy5"] or m["fy6"]:
        return Timex(DATE, f"{_fiscal_value(m)}-{suffix}")
    if m["year"]:
        return Timex(DATE, f"{m['year']}-{suffix}")
    fiscal = "FY" if m["fiscal"] or m["pfiscal"] else ""
    if ctx.reference is None:
        return _unresolved(DATE, f"{fiscal}XXXX-{suffix}")
    ref = ctx.reference
    offset = {"last": -1, "the previous": -1, "next": 1, "the following": 1}.get(m["prel"], 0)
    ahead = start_month > ref.month + 3 or (ctx.tense == "past" and start_month > ref.month)
    if m["prel"] is None and ctx.tense != "future" and ahead:
        offset = -1  # not begun yet, or too far ahead to be what the story reports
    return Timex(DATE, f"{fiscal}{ref.year + offset:04d}-{suffix}", anchor="reference")


@rule(r"(?:the )?(?P<fiscal>fiscal )?(?:(?P<ord>first|1st|second|2nd|third|3rd|fourth|4th|final"
      r"|last)[- ](?:fiscal )?quarter|q(?P<n>[1-4]))" + _PERIOD_YEAR + r"|"
      + _year_group("y2") + r" q(?P<n2>[1-4])")
def _quarter(m: re.Match[str], ctx: _Context) -> Timex:
    """"the third quarter", "third-quarter", "Q3 2022", "the first quarter of fiscal 1990"."""
    number = int(m["n"] or m["n2"] or _ORDINALS[m["ord"]])
    if m["y2"]:
        return Timex(DATE, f"{m['y2']}-Q{number}")
    return _period(m, ctx, f"Q{number}", 3 * number - 2)


@rule(r"(?:the )?(?P<fiscal>fiscal )?(?P<ord>first|second|1st|2nd)[- ]half" + _PERIOD_YEAR)
def _half(m: re.Match[str], ctx: _Context) -> Timex:
    """"the first half of 2022", "second-half sales", "the first half of the year"."""
    half = 1 if m["ord"] in ("first", "1st") else 2
    return _period(m, ctx, f"H{half}", 1 if half == 1 else 7)


_QUARTER_VALUE = re.compile(r"^(?P<fy>FY)?(?P<year>\d{4})-Q(?P<q>[1-4])$")


def _last_quarter(ctx: _Context) -> tuple[str, int, int, str | int] | None:
    """``(fy, year, quarter, anchor)`` of the quarter the story is at: the most recent quarter
    mentioned, else the last one completed before the reference date (the one business news
    reports on). A quarter a year before the one mentioned just before it is a comparison
    ("third-quarter profit rose from the year-earlier quarter"): the story stays where it was.
    """
    found: list[tuple[str, int, int, int]] = []
    for index in range(len(ctx.anchors) - 1, -1, -1):
        if match := _QUARTER_VALUE.match(ctx.anchors[index] or ""):
            found.append((match["fy"] or "", int(match["year"]), int(match["q"]), index))
            if len(found) == 2:
                break
    if found:
        if len(found) == 2 and found[0][1:3] == (found[1][1] - 1, found[1][2]):
            return found[1]
        return found[0]
    if ctx.reference is None:
        return None
    quarter = (ctx.reference.month - 1) // 3  # the one before the current quarter, 0 = Q4
    year = ctx.reference.year - (quarter == 0)
    return "", year, quarter or 4, "reference"


@rule(r"(?:the|that) (?P<rel>latest |most recent |recent |just-ended |just ended |same )?"
      r"(?P<fiscal>fiscal )?quarter")
def _the_quarter(m: re.Match[str], ctx: _Context) -> Timex:
    """"the quarter", "the latest quarter": the quarter being reported (:func:`_last_quarter`)."""
    found = _last_quarter(ctx)
    if found is None:
        return _unresolved(DATE, "XXXX-QX")
    fy, year, quarter, anchor = found
    return Timex(DATE, f"{fy}{year:04d}-Q{quarter}", anchor=anchor)


@rule(r"(?:the )?year-(?:earlier|ago)(?: (?P<noun>quarter|period|half|month|week|year|level"
      r"|levels))?")
def _year_earlier(m: re.Match[str], ctx: _Context) -> Timex:
    """"the year-earlier quarter", "year-ago": the period the story is at, a year before.

    That period is a quarter when the noun says so or a quarter was the last period named
    ("third-quarter profit ... the year-earlier period"), else a year.
    """
    at_quarter = bool(ctx.anchors) and bool(_QUARTER_VALUE.match(ctx.anchors[-1] or ""))
    if m["noun"] == "quarter" or (at_quarter and m["noun"] in (None, "period", "level",
                                                                "levels")):
        found = _last_quarter(ctx)
        if found is None:
            return _unresolved(DATE, "XXXX-QX")
        fy, year, quarter, anchor = found
        return Timex(DATE, f"{fy}{year - 1:04d}-Q{quarter}", anchor=anchor)
    found_point = ctx.narrative("year")
    if found_point is None:
        return _unresolved(DATE, "XXXX")
    point, point_anchor = found_point
    return Timex(DATE, f"{point.year - 1:04d}", anchor=point_anchor)


@rule(r"(?:the )?(?P<fiscal>fiscal )?(?:year-end|yearend|year end)(?: " + _YEAR + r")?")
def _year_end(m: re.Match[str], ctx: _Context) -> Timex:
    """"by year-end": the end of this year; in a clause about the past, last year's."""
    fiscal = "FY" if m["fiscal"] else ""
    if m["year"]:
        return Timex(DATE, fiscal + m["year"], "END")
    if ctx.reference is None:
        return _unresolved(DATE, f"{fiscal}XXXX", "END")
    year = ctx.reference.year - (ctx.tense == "past" and ctx.reference.month < 12)
    return Timex(DATE, f"{fiscal}{year:04d}", "END", anchor="reference")


@rule(r"(?:the )?full[- ](?P<fiscal>fiscal )?year")
def _full_year(m: re.Match[str], ctx: _Context) -> Timex:
    """"the full year", "full-year results": the year being reported, from the reference date
    (not the narrative: "founded in 1952 ... full-year results" are not 1952's); in a clause
    about the past, the last year completed (as for "year-end")."""
    fiscal = "FY" if m["fiscal"] else ""
    if ctx.reference is None:
        return _unresolved(DATE, f"{fiscal}XXXX")
    year = ctx.reference.year - (ctx.tense == "past" and ctx.reference.month < 12)
    return Timex(DATE, f"{fiscal}{year:04d}", anchor="reference")


_DAY_OFFSETS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0,
                "the day before yesterday": -2, "the day after tomorrow": 2,
                "last night": -1, "earlier today": 0, "later today": 0}


@rule(r"(?P<word>today|yesterday|tomorrow|tonight|the day before yesterday|the day after tomorrow"
      r"|last night|earlier today|later today)(?: (?P<pod>morning|afternoon|evening|night))?"
      r"|(?P<this>this|late this|early this|earlier this|later this) (?P<pod2>morning|afternoon"
      r"|evening)")
def _deictic_day(m: re.Match[str], ctx: _Context) -> Timex:
    word = m["word"] or "today"
    part = m["pod"] or m["pod2"]
    if word in ("tonight", "last night"):
        part = "night"
    suffix = f"T{PARTS_OF_DAY[part]}" if part else ""
    type_ = TIME if part else DATE
    if ctx.reference is None:
        return _unresolved(type_, "XXXX-XX-XX" + suffix)
    day = days_after(ctx.reference, _DAY_OFFSETS[word])
    if day is None:  # past the calendar's ends: cannot be computed, stays unresolved
        return _unresolved(type_, "XXXX-XX-XX" + suffix)
    return Timex(type_, day.isoformat() + suffix, anchor="reference")


def _weekday_date(weekday: int, ref: date, direction: str) -> date | None:
    """The day named; None past the calendar's ends."""
    delta = weekday - ref.isoweekday()
    if direction == "future":
        return days_after(ref, delta if delta > 0 else delta + 7)
    if direction == "last":  # "last Monday": strictly before the reference day
        return days_after(ref, delta if delta < 0 else delta - 7)
    return days_after(ref, delta if delta <= 0 else delta - 7)


@rule(r"(?:(?P<rel>last|next|this|this past|this coming|past|coming|on) )?" + _WEEKDAY
      + r"(?:'s)?(?: (?P<pod>morning|afternoon|evening|night|overnight))?"
      r"|(?P<pod_first>early|late) " + _weekday_group("wd2"))
def _weekday(m: re.Match[str], ctx: _Context) -> Timex:
    weekday = WEEKDAYS[m["wd"] or m["wd2"]]
    part = m["pod"]
    suffix = f"T{PARTS_OF_DAY[part]}" if part else ""
    if ctx.reference is None:
        return _unresolved(DATE, f"XXXX-WXX-{weekday}" + suffix)
    rel = m["rel"]
    if rel in ("last", "this past", "past"):
        direction = "last"
    elif rel in ("next", "this coming", "coming") or ctx.tense == "future":
        direction = "future"
    else:
        direction = "past"
    day = _weekday_date(weekday, ctx.reference, direction)
    if day is None:  # past the calendar's ends: cannot be computed, stays unresolved
        return _unresolved(DATE, f"XXXX-WXX-{weekday}" + suffix)
    return Timex(DATE, day.isoformat() + suffix, anchor="reference")


@rule(r"(?:the |this |last |past |this past |next |coming |this coming )?weekend")
def _weekend(m: re.Match[str], ctx: _Context) -> Timex:
    text = m.group(0)
    if ctx.reference is None:
        return _unresolved(DATE, "XXXX-WXX-WE")
    ref = ctx.reference
    weekday = ref.isoweekday()
    if "next" in text or "coming" in text or (ctx.tense == "future" and "last" not in text):
        day = days_after(ref, (6 - weekday) % 7 or 7)  # the next Saturday
    elif weekday < 6 or "last" in text or "past" in text:
        day = days_after(ref, -(weekday + 1))  # the Saturday before this week
    else:
        day = ref
    if day is None:  # past the calendar's ends: cannot be computed, stays unresolved
        return _unresolved(DATE, "XXXX-WXX-WE")
    iso = day.isocalendar()
    return Timex(DATE, f"{iso[0]:04d}-W{iso[1]:02d}-WE", anchor="reference")


_CALENDAR_UNIT = r"(?P<cu>day|week|month|year|quarter|decade)"


@rule(r"(?P<pre>earlier |later |early |late |the end of |the beginning of |the start of "
      r"|the rest of |the middle of )?(?:the )?(?P<rel>this|last|next|past|previous|coming|current"
      r"|the same|same|that|the following|following|the previous|the next|the past|the last"
      r"|the coming|the current|the preceding|this past|this coming|the) " + _CALENDAR_UNIT)
def _relative_unit(m: re.Match[str], ctx: _Context) -> Timex | None:
    unit, rel, pre = m["cu"], m["rel"].removeprefix("the "), (m["pre"] or "").strip()
    mod = {"earlier": None, "later": None, "early": "START", "late": "END", "the end of": "END",
           "the beginning of": "START", "the start of": "START", "the middle of": "MID"}.get(pre)
    granularity = UNITS[unit][2]
    if m.group(0).startswith(("the past", "the last", "past")) and rel in ("past", "last") \
            and m.group(0).split()[0] == "the" and unit != "quarter":
        return Timex(DURATION, duration_value(1, unit))  # "the past year": a year long
    narrative = rel in ("same", "that", "following", "preceding") or (
        rel in ("next", "previous") and re.search(r"\bthe (?:next|previous) ", m.group(0))
    )
    if narrative:
        offset = {"following": 1, "next": 1, "previous": -1, "preceding": -1}.get(rel, 0)
        found = ctx.narrative(granularity)
        if found is None:
            return _unresolved(DATE, _PLACEHOLDER[granularity], mod)
        point, anchor = found
        moved = shift(point, unit, offset)
        if moved is None:
            return None
        return Timex(DATE, _unit_value(moved, unit), mod, anchor=anchor)
    if rel == "the":
        return None
    offset = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
    base = ctx.from_reference(granularity)
    if base is None:
        return _unresolved(DATE, _PLACEHOLDER[granularity], mod)
    moved = shift(base, unit, offset)
    if moved is None:
        return None
    return Timex(DATE, _unit_value(moved, unit), mod, anchor="reference")


def _unit_value(point: Point, unit: str) -> str:
    if unit == "quarter" and point.month:
        return f"{point.year:04d}-Q{(point.month - 1) // 3 + 1}"
    if unit == "decade":
        return f"{point.year // 10:03d}X"
    return point.value()


@rule(r"(?:the )?(?P<rel>past|last|previous|next|coming|first|final|recent|following|"
      r"preceding|upcoming|remaining|latest|recent) (?:" + _NUM + r" )?(?P<plural>seconds|minutes"
      r"|hours|days|nights|weeks|months|quarters|years|decades|centuries)")
def _span_of_units(m: re.Match[str], ctx: _Context) -> Timex | None:
    if m["rel"] in ("following", "preceding") and not m["num"]:
        return None
    amount = _number(m["num"]) if m["num"] else None
    return Timex(DURATION, duration_value(amount, _unit(m["plural"])))


@rule(r"(?P<num>an?|one|" + "|".join(_SMALL[2:]) + r"|\d+) " + _UNIT + r" and a half")
def _unit_and_a_half(m: re.Match[str], ctx: _Context) -> Timex:
    """"a minute and a half", "two hours and a half": the amount and half a unit."""
    amount = (1 if m["num"] in ("a", "an", "one") else _number(m["num"]) or 0) + 0.5
    return Timex(DURATION, duration_value(amount, _unit(m["unit"])))


@rule(r"(?:(?P<the>the )?(?P<num2>\d+|" + "|".join(_SMALL[1:]) + r"|" + "|".join(_TENS) +
      r") )?(?P<unit_h>second|minute|hour|day|night|week|month|year|decade|century)(?P<pl>s?)[- ]"
      r"(?:long|old)|" + _NUM + r"(?: more| additional| further| extra)?[- ]" + _UNIT
      + r"(?:[- ](?:long|old))?")
def _duration(m: re.Match[str], ctx: _Context) -> Timex | None:
    if m["unit_h"]:  # "a 24-hour vigil"; "decades-long": how many is not said
        amount = _number(m["num2"]) if m["num2"] else (None if m["pl"] else 1)
        return Timex(DURATION, duration_value(amount, _unit(m["unit_h"])))
    unit = _unit(m["unit"])
    amount = _number(m["num"])
    if amount is None and m["num"] not in _VAGUE_NUMBERS:
        return None
    return Timex(DURATION, duration_value(amount, unit))


@rule(r"(?:(?:a|an|the) )?(?:few |several |couple of )?(?P<unit>seconds|minutes|hours|days|weeks"
      r"|months|years|decades|centuries)(?:[- ](?:long|old))?|(?P<unit2>recent (?:days|weeks|months"
      r"|years|decades))")
def _vague_duration(m: re.Match[str], ctx: _Context) -> Timex:
    unit = _unit((m["unit"] or m["unit2"]).split()[-1])
    return Timex(DURATION, duration_value(None, unit))


@rule(_NUM + r"[- ]" + _UNIT + r" (?P<dir>ago|earlier|before|later|after|afterwards?|from now"
      r"|hence|back|on|previously|prior|into the future)")
def _offset(m: re.Match[str], ctx: _Context) -> Timex | None:
    unit = _unit(m["unit"])
    amount = _number(m["num"])
    granularity = UNITS[unit][2]
    sign = -1 if m["dir"] in ("ago", "earlier", "before", "back", "previously", "prior") else 1
    if m["dir"] in ("ago", "from now", "hence", "back", "into the future"):
        base = ctx.from_reference(granularity)
        anchor: str | int = "reference"
    else:
        decade = ctx.recent_decade() if unit == "decade" else None
        if decade is not None and isinstance(amount, int):  # "the 1970s ... two decades later"
            return Timex(DATE, f"{decade[0] + sign * amount:03d}X", anchor=decade[1])
        found = ctx.narrative(granularity)
        base, anchor = found if found else (None, "reference")
    if UNITS[unit][1]:  # "three hours later": a time we cannot place precisely
        return Timex(TIME if base else DATE, _PLACEHOLDER["day"], resolved=False)
    if amount is None or isinstance(amount, float):
        if base is None:
            return _unresolved(DATE, _PLACEHOLDER[granularity])
        word = "PAST_REF" if sign < 0 else "FUTURE_REF"
        return Timex(DATE, word, anchor=anchor)
    if base is None:
        return _unresolved(DATE, _PLACEHOLDER[granularity])
    moved = shift(base, unit, sign * amount)
    if moved is None:
        return None
    return Timex(DATE, moved.value(), anchor=anchor)


_TIME_RE = (r"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.?m\.?|p\.?m\.?)?"
            r"(?: (?:[a-z]{2,4}t|gmt|utc))?")


@rule(r"(?:at )?" + _TIME_RE + r"(?:,? (?:on )?(?P<rest>.+))?|(?P<noon>noon|midday|midnight)"
      r"(?:,? (?:on )?(?P<rest2>.+))?")
def _clock(m: re.Match[str], ctx: _Context) -> Timex | None:
    if m["noon"]:
        hour, minute = (0 if m["noon"] == "midnight" else 12), 0
    else:
        if not m["mi"] and not m["ap"]:
            return None
        hour, minute = int(m["h"]), int(m["mi"] or 0)
        ap = (m["ap"] or "").replace(".", "")
        if ap == "pm" and hour < 12:
            hour += 12
        elif ap == "am" and hour == 12:
            hour = 0
    clock = f"T{hour:02d}:{minute:02d}"
    rest = m["rest"] or m["rest2"]
    if rest:
        day = _normalise(rest, ctx)
        if day is None or parse_point(day.value) is None or not day.resolved:
            day_value = day.value if day and day.value.startswith("XXXX") else None
            if day_value:
                return _unresolved(TIME, day_value.split("T")[0] + clock)
            return None
        return Timex(TIME, day.value.split("T")[0] + clock, anchor=day.anchor)
    found = ctx.narrative("day")  # "at 10 p.m.": on the day the story is at
    if found is None:
        return _unresolved(TIME, "XXXX-XX-XX" + clock)
    point, anchor = found
    return Timex(TIME, point.first_day().isoformat() + clock, anchor=anchor)


@rule(r"(?P<rel>the next|the following|that|the previous|the same) (?P<pod>morning|afternoon"
      r"|evening|night)")
def _narrative_part_of_day(m: re.Match[str], ctx: _Context) -> Timex:
    suffix = "T" + PARTS_OF_DAY[m["pod"]]
    offset = {"the next": 1, "the following": 1, "the previous": -1}.get(m["rel"], 0)
    found = ctx.narrative("day")
    if found is None:
        return _unresolved(TIME, "XXXX-XX-XX" + suffix)
    point, anchor = found
    moved = shift(point, "day", offset)
    assert moved is not None
    return Timex(TIME, moved.value() + suffix, anchor=anchor)


@rule(r"(?:the )?week of (?P<rest>.+)")
def _week_of(m: re.Match[str], ctx: _Context) -> Timex | None:
    inner = _normalise(m["rest"], ctx)
    if inner is not None and not inner.resolved and re.fullmatch(r"X{4}-\d\d-\d\d", inner.value):
        return _unresolved(DATE, "XXXX-WXX")
    point = parse_point(inner.value) if inner else None
    if inner is None or point is None or point.granularity != "day":
        return None
    week = Point.of(point.first_day(), "week").value()
    return Timex(DATE, week, resolved=inner.resolved, anchor=inner.anchor)


@rule(r"(?:(?P<rel>last|next|this) )?(?P<holiday>" + alternation(map(re.escape, HOLIDAYS))
      + r")(?:,? "
      + _YEAR + r")?")
def _holiday(m: re.Match[str], ctx: _Context) -> Timex | None:
    """A holiday of :data:`HOLIDAYS`, in the year named, else the one nearest the reference."""
    holiday = HOLIDAYS[m["holiday"]]
    if m["year"]:
        return Timex(DATE, holiday.on(int(m["year"])).isoformat())
    if ctx.reference is None:
        return _unresolved(DATE, "XXXX-" + holiday.placeholder)
    ref = ctx.reference
    this_year = holiday.on(ref.year)
    if m["rel"] == "last":
        year = ref.year if this_year < ref else ref.year - 1
    elif m["rel"] == "next":
        year = ref.year if this_year > ref else ref.year + 1
    else:
        year = _year_for(this_year.month, this_year.day, ctx)
    return Timex(DATE, holiday.on(year).isoformat(), anchor="reference")


# ---------------------------------------------------------------- narrative anaphora
# "that September", "the following spring", "the previous Friday": a month, season or weekday
# placed from the date the narrative is at (the latest fitting date mentioned before), not
# from the reference date.

_ANAPHOR = r"(?P<rel>that|the following|the previous|the preceding|the same)"
_LATER, _EARLIER = ("the following",), ("the previous", "the preceding")


def _narrative_year(month: int, rel: str, point: Point) -> int:
    """The year of ``month`` said with ``rel`` from the narrative's ``point``."""
    if rel in _LATER:  # the first such month after the point
        return point.year + 1 if point.month is None or month <= point.month else point.year
    if rel in _EARLIER:  # the last such month before it
        return point.year - 1 if point.month is None or month >= point.month else point.year
    return point.year


@rule(_ANAPHOR + r" " + _MONTH + r"(?: " + _DAY + r")?")
def _narrative_month(m: re.Match[str], ctx: _Context) -> Timex | None:
    month = MONTHS[m["month"]]
    day = int(m["day"]) if m["day"] else None
    found = ctx.narrative("year")
    if found is None:
        return _month_day(month, day, None, replace(ctx, reference=None))
    point, anchor = found
    timex = _month_day(month, day, _narrative_year(month, m["rel"], point), ctx)
    return replace(timex, anchor=anchor) if timex else None


@rule(_ANAPHOR + r" (?P<season>spring|summer|autumn|fall|winter)")
def _narrative_season(m: re.Match[str], ctx: _Context) -> Timex:
    code = SEASONS[m["season"]]
    found = ctx.narrative("year")
    if found is None:
        return _unresolved(DATE, f"XXXX-{code}")
    point, anchor = found
    year = _narrative_year(_SEASON_START[code], m["rel"], point)
    return Timex(DATE, f"{year:04d}-{code}", anchor=anchor)


@rule(_ANAPHOR + r" " + _WEEKDAY + r"(?: (?P<pod>morning|afternoon|evening|night))?")
def _narrative_weekday(m: re.Match[str], ctx: _Context) -> Timex:
    """"that Friday" is the Friday nearest the narrative's day; "the following Monday" the
    first after it, "the previous Monday" the last before it."""
    weekday = WEEKDAYS[m["wd"]]
    suffix = f"T{PARTS_OF_DAY[m['pod']]}" if m["pod"] else ""
    found = ctx.narrative("day")
    if found is None:
        return _unresolved(DATE, f"XXXX-WXX-{weekday}" + suffix)
    point, anchor = found
    base = point.first_day()
    delta = weekday - base.isoweekday()
    if m["rel"] in _LATER:
        delta = delta if delta > 0 else delta + 7
    elif m["rel"] in _EARLIER:
        delta = delta if delta < 0 else delta - 7
    elif delta > 3:
        delta -= 7
    elif delta < -3:
        delta += 7
    day = days_after(base, delta)
    if day is None:
        return _unresolved(DATE, f"XXXX-WXX-{weekday}" + suffix)
    return Timex(DATE, day.isoformat() + suffix, anchor=anchor)


_RULES = tuple(_RULES)  # every rule is registered above: close the registry


# ---------------------------------------------------------------- dateparser fallback


@lru_cache(maxsize=8)
def _parser(reference: date | None):
    from dateparser.date import DateDataParser

    base = datetime.combine(reference or _SENTINEL, datetime.min.time()).replace(hour=12)
    settings = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": "past",
        "RETURN_TIME_AS_PERIOD": True,
        "PARSERS": ["relative-time", "absolute-time"],
        "STRICT_PARSING": False,
    }
    return DateDataParser(languages=["en"], settings=settings)


#: The base date dateparser sees when there is no reference date: results near it were
#: computed from it (relative expressions), so they are reported unresolved, never as dates.
_SENTINEL = date(1800, 6, 15)
_FALLBACK_MAX = 40
_PLAUSIBLE = re.compile(
    r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\b(?:"
    + alternation(set(MONTHS) | set(WEEKDAYS)) + r")\b"
)
_IMPLAUSIBLE = re.compile(r"\b(?:and|or|to|through|hours?|days?|weeks?|years?|months?)\b"
                          r"|(?<![\d/.-])\d{1,2} ?- ?\d{1,2}(?![\d/.-])")  # "28-16": no date


@lru_cache(maxsize=4096)
def _dateparser(text: str, reference: date | None) -> Timex | None:
    if len(text) > _FALLBACK_MAX or not _PLAUSIBLE.search(text) or _IMPLAUSIBLE.search(text):
        return None
    try:
        data = _parser(reference).get_date_data(text)
    except Exception:
        return None
    when, period = data.date_obj, data.period
    if when is None:
        return None
    relative = reference is None and abs(when.year - _SENTINEL.year) <= 10
    if not PLAUSIBLE_FIRST_YEAR <= when.year <= PLAUSIBLE_LAST_YEAR:
        return None
    granularity = {"year": "year", "month": "month", "week": "week"}.get(period or "", "day")
    if period == "time":
        value = f"{when.date().isoformat()}T{when:%H:%M}"
        type_ = TIME
    else:
        value = Point.of(when.date(), granularity).value()
        type_ = DATE
    if relative:
        placeholder = _PLACEHOLDER[granularity] + (value[10:] if type_ == TIME else "")
        return _unresolved(type_, placeholder)
    anchor = "reference" if reference is not None and str(when.year) not in text else None
    return Timex(type_, value, anchor=anchor)


# ---------------------------------------------------------------- entry point


def _normalise(text: str, ctx: _Context) -> Timex | None:
    for pattern, handler in _RULES:
        match = pattern.match(text)
        if match:
            result = handler(match, ctx)  # type: ignore[operator]
            if result is not None:
                return result
    return None


def normalise(
    text: str,
    *,
    reference: date | None = None,
    anchors: Sequence[str] = (),
    tense: str | None = None,
    fallback: bool = True,
) -> Timex | None:
    """Normalise one temporal expression; None when it is not one factpull understands.

    ``reference`` is the document date ("Monday", "last year" are computed from it);
    ``anchors`` are the values of earlier date mentions, most recent last (for "two years
    later"); ``tense`` ("past", "present", "future") of the clause helps place a weekday or a
    month named without a year; ``fallback=False`` leaves out dateparser, which is tried when
    factpull's own rules do not apply.
    """
    if not text or len(text) > MAX_LENGTH:
        return None
    cleaned = _clean(text)
    if not cleaned or text.strip(" ,.;:!?\"'()") in VERB_MONTHS:
        return None  # lower-case "may", "march" alone are the verb (a month is capitalised)
    ctx = _Context(reference, tuple(anchors), tense)
    body, mod = _split_mod(cleaned)
    result = _normalise(body, ctx) if mod else None
    if result is None:
        result, mod = _normalise(cleaned, ctx), None
    if result is None and fallback:
        result = _dateparser(body if mod else cleaned, reference)
    if result is None:
        return None
    if mod and result.mod is None:
        result = replace(result, mod=mod)
    return result


def is_valid_value(value: str) -> bool:
    """Does ``value`` match the TIMEX3 value grammar factpull produces?"""
    return VALUE_GRAMMAR.fullmatch(value) is not None
