"""Generate factpull's span-ruler rule files from one small spec.

    python scripts/generate_rules.py           # rewrite the files
    python scripts/generate_rules.py --check   # exit 1 if a committed file differs

Writes ``src/factpull/data/date_patterns.jsonl`` and ``src/factpull/data/treaty_patterns.jsonl``.
Do not edit those files by hand: change the spec below (or :mod:`factpull.vocab`, where the
month and weekday names come from) and run this script; ``tests/test_generate_rules.py`` fails
when a committed file is not what this script writes.

Conventions of the spec: ``any_of(words)`` is a token in a word list (``LOWER``
unless said otherwise), ``word(w)`` a single lowercase word, ``regex(r)`` a ``TEXT`` regex.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from factpull.extractors.treaties import DESCRIPTION_REFERENCE_KINDS, REFERENCE_KINDS
from factpull.timex import HOLIDAYS
from factpull.timex import UNITS as TIMEX_UNITS
from factpull.vocab import DESCRIPTION_HEADS, FULL_MONTHS, FULL_WEEKDAYS, TIME_ZONES

DATA = Path(__file__).resolve().parent.parent / "src" / "factpull" / "data"
Token = dict[str, Any]
Pattern = dict[str, Any]

# ---------------------------------------------------------------- token helpers


def any_of(words: tuple[str, ...] | list[str], *, attr: str = "LOWER", **extra: Any) -> Token:
    return {attr: {"IN": list(words)}, **extra}


def word(text: str, **extra: Any) -> Token:
    return {"LOWER": text, **extra}


def regex(pattern: str, **extra: Any) -> Token:
    return {"TEXT": {"REGEX": pattern}, **extra}


def rule(label: str, tokens: list[Token], id: str | None = None) -> Pattern:
    return {"label": label, **({"id": id} if id else {}), "pattern": tokens}


def optional(token: Token) -> Token:
    return {**token, "OP": "?"}


# ---------------------------------------------------------------- date vocabulary

#: Words that may stand before an amount of time ("more than", "at least", "just over").
APPROXIMATORS = (
    "more", "less", "fewer", "nearly", "almost", "about", "around", "some", "roughly",
    "approximately", "over", "under", "least", "just", "up", "than", "at", "to", "only",
    "barely", "well",
)
#: The units of time :mod:`factpull.timex` normalises, in its order; "night" only counts
#: ("two nights") and is left to the model.
UNITS = tuple(unit for unit in TIMEX_UNITS if unit != "night")
UNITS_PLURAL = ("seconds", "minutes", "hours", "days", "weeks", "fortnights", "months",
                "quarters", "years", "decades", "centuries", "millennia")
#: Units after "a"/"an": not "second" ("a second time" is an ordinal).
UNITS_AFTER_A = tuple(unit for unit in UNITS if unit != "second")
#: The units that read naturally with "more" ("two more weeks"), "recent" or "for": no
#: fortnights, quarters or millennia.
UNITS_PLURAL_COMMON = ("seconds", "minutes", "hours", "days", "weeks", "months", "years",
                       "decades")
UNITS_PLURAL_VAGUE = ("days", "weeks", "months", "years", "decades")
NUMBER_WORDS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "several", "few", "couple", "dozen", "hundred",
)
SMALL_NUMBER_WORDS = (*NUMBER_WORDS[:12], "several", "few", "couple", "dozen")
#: "two years later", "a decade ago": an offset from a point, not a duration.
OFFSET_WORDS = ("later", "earlier", "ago", "afterwards", "afterward", "back")
SPAN_WORDS = ("past", "last", "next", "coming", "previous", "first", "final", "recent",
              "following", "preceding", "upcoming")
MORE_WORDS = ("more", "additional", "further", "extra")
#: Month abbreviations news writes with a dot (AP style: Jan. Feb. Aug. Sept. Oct. Nov. Dec.).
AP_MONTHS = ("jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.")
MONTH_WORDS = (*FULL_MONTHS, *AP_MONTHS)
#: A month opening "Month day": any dotted abbreviation of a month news abbreviates at all.
MONTH_DAY_WORDS = (*FULL_MONTHS, *AP_MONTHS[:2], "mar.", "apr.", *AP_MONTHS[2:])
WEEKDAYS = FULL_WEEKDAYS
SEASONS = ("spring", "summer", "autumn", "fall", "winter")
DEICTIC = ("this", "last", "next", "past", "coming")
CLOCK = regex(r"^\d{1,2}(:\d\d)?$")
MERIDIEM = any_of(("a.m.", "p.m.", "am", "pm", "a.m", "p.m"))
ZONE = any_of(sorted(TIME_ZONES), attr="TEXT", OP="?")
YEAR = regex(r"^(1[5-9]|20)\d\d$")
#: A year after a month and day ("May 5 1998"): a wider range.
DAY_YEAR = regex(r"^(1\d|20)\d\d$")
DAY = regex(r"^[0-3]?\d$")
DECADE = regex(r"^(?:(1[5-9]|20)\d0s|'?[0-9]0s)$")
EARLY_LATE = ("early", "mid", "late", "mid-")


def _amounts() -> list[Pattern]:
    """Durations and offsets: "(more than) two years (later)", "a year and a half", ..."""
    approx = any_of(APPROXIMATORS, OP="*")
    all_units = any_of((*UNITS_PLURAL, *UNITS))
    found = [
        rule("DURATION", [approx, any_of(("a", "an")), any_of(UNITS_AFTER_A)]),
        rule("DURATION", [approx, any_of(("a", "an")), any_of(UNITS_AFTER_A), any_of(("and",)),
                          any_of(("a",)), any_of(("half",))]),
        rule("DATE", [approx, any_of(("a", "an")), any_of(UNITS_AFTER_A), any_of(OFFSET_WORDS)],
             "offset"),
        rule("DURATION", [approx, any_of(("half",)), any_of(("a", "an")),
                          any_of(UNITS_AFTER_A)]),
        rule("DURATION", [approx, {"LIKE_NUM": True}, regex(r"^\d/\d$"),
                          any_of(UNITS_PLURAL)]),
    ]
    # The same five shapes for a number word ("two") and a number ("2").
    for number in (any_of(NUMBER_WORDS), {"LIKE_NUM": True}):
        found += [
            rule("DURATION", [approx, number, all_units]),
            rule("DURATION", [approx, number, word("and"), word("a"), word("half"), all_units]),
            rule("DATE", [approx, number, all_units, any_of(OFFSET_WORDS)], "offset"),
            rule("DATE", [approx, number, all_units, word("from"), word("now")], "offset"),
            rule("DURATION", [number, {"ORTH": "-"}, any_of(UNITS)], "hyphen"),
            rule("DURATION", [optional(word("the")), any_of(SPAN_WORDS), number,
                              any_of(UNITS_PLURAL)]),
        ]
    return found


def date_patterns() -> list[Pattern]:
    """The patterns of ``date_patterns.jsonl``, in order."""
    the = optional(word("the"))
    title_weekday = any_of(WEEKDAYS, IS_TITLE=True)
    return [
        *_amounts(),
        rule("DURATION", [the, any_of(("past", "last", "next", "coming", "recent")),
                          any_of(("few", "several", "couple")), optional(word("of")),
                          any_of(UNITS_PLURAL)]),
        rule("DURATION", [optional(word("a")), any_of(("few", "several")),
                          any_of(UNITS_PLURAL)]),
        rule("DURATION", [any_of(("recent", "coming")), any_of(UNITS_PLURAL_VAGUE)]),
        rule("DURATION", [any_of(("for", "in", "over", "within")),
                          any_of((*UNITS_PLURAL_VAGUE, "centuries"))], "bare"),
        rule("DURATION", [any_of((*UNITS_PLURAL, *UNITS)), {"ORTH": "-"}, word("long")]),
        rule("DURATION", [word("the"), any_of(("past", "last")),
                          any_of(("year", "month", "week", "decade", "century"))]),
        # Narrative anaphora: computed from the most recent earlier date.
        rule("DATE", [any_of(("the",)),
                      any_of(("following", "next", "previous", "same", "preceding")),
                      any_of(("day", "week", "month", "year", "quarter", "decade", "weekend",
                              "century"))], "narrative"),
        rule("DATE", [any_of(("later", "earlier", "early", "late", "by", "until")),
                      optional(word("that")),
                      any_of(("day", "week", "month", "year", "night", "morning", "evening"))],
             "narrative"),
        rule("DATE", [word("that"),
                      any_of(("day", "week", "month", "year", "morning", "evening", "afternoon",
                              "night", "weekend"))], "narrative"),
        rule("DATE", [any_of(("earlier", "later", "early", "late")), word("this"),
                      any_of(("day", "week", "month", "year", "morning", "evening",
                              "afternoon"))]),
        rule("DATE", [any_of(DEICTIC),
                      any_of(("day", "week", "month", "year", "quarter", "decade", "weekend",
                              "century"))]),
        rule("DATE", [word("the"), any_of(("weekend",))]),
        rule("DATE", [any_of(DEICTIC), any_of(WEEKDAYS)]),
        rule("DATE", [title_weekday,
                      any_of(("morning", "afternoon", "evening", "night", "overnight"))]),
        rule("DATE", [title_weekday]),
        rule("DATE", [any_of(("last", "next", "this", "early", "late", "mid")),
                      any_of(MONTH_WORDS, IS_TITLE=True)]),
        # Times of day.
        rule("TIME", [any_of(("this", "yesterday", "tomorrow", "early", "late")),
                      any_of(("morning", "afternoon", "evening", "night"))]),
        rule("TIME", [any_of(("tonight", "overnight", "noon", "midnight", "midday"))]),
        rule("TIME", [CLOCK, MERIDIEM, ZONE, title_weekday]),
        rule("TIME", [CLOCK, MERIDIEM, ZONE, any_of(("today", "yesterday", "tomorrow"))]),
        rule("TIME", [CLOCK, MERIDIEM, ZONE]),
        rule("TIME", [word("last"), word("night")]),
        rule("DATE", [any_of(("today", "yesterday", "tomorrow"))]),
        # Decades, centuries, parts of years.
        rule("DATE", [the, any_of(EARLY_LATE), {"ORTH": "-", "OP": "?"}, DECADE]),
        rule("DATE", [the, {"ORTH": "'", "OP": "?"}, DECADE]),
        rule("DATE", [regex(r"^(?i:mid|early|late)-(1[5-9]|20)\d0s$")]),
        rule("DATE", [regex(r"^(?i:mid|early|late|pre|post)-(1[5-9]|20)\d\d$")]),
        rule("DATE", [the, regex(r"^(1?\d|2[01])(st|nd|rd|th)$"), word("century")]),
        rule("DATE", [any_of(EARLY_LATE), {"ORTH": "-", "OP": "?"}, YEAR]),
        rule("DATE", [word("the"), any_of(("end", "beginning", "start", "middle")), word("of"),
                      YEAR]),
        rule("DATE", [regex(r"^Q[1-4]$"), optional(word("of")), YEAR]),
        rule("DATE", [YEAR, regex(r"^Q[1-4]$")]),
        rule("DATE", [word("the"),
                      any_of(("first", "second", "third", "fourth", "final", "last")),
                      optional(word("fiscal")), word("quarter"), optional(word("of")),
                      optional(YEAR)]),
        rule("DATE", [word("the"), any_of(("first", "second")), word("half"), word("of"),
                      YEAR]),
        *_business_periods(),
        *_spoken_years(),
        rule("DATE", [any_of(DEICTIC), any_of(SEASONS)]),
        rule("DATE", [any_of(SEASONS), optional(word("of")), YEAR]),
        rule("DATE", [any_of(("early", "late", "mid")),
                      any_of(tuple(season for season in SEASONS if season != "fall"))]),
        # Sets.
        rule("SET", [any_of(("daily", "weekly", "monthly", "annually", "yearly", "quarterly",
                             "hourly", "nightly", "biweekly", "biannually"))]),
        rule("SET", [any_of(("every", "each", "per")), optional(word("other")),
                     {"LIKE_NUM": True, "OP": "?"}, any_of((*UNITS, *UNITS_PLURAL, *WEEKDAYS))]),
        rule("SET", [any_of(("once", "twice", "thrice")), any_of(("a", "per", "every", "each")),
                     any_of(UNITS)]),
        rule("SET", [{"LIKE_NUM": True}, word("times"), any_of(("a", "per", "every", "each")),
                     any_of(UNITS)]),
        # The present, the past, the future.
        rule("DATE", [word("now")], "now"),
        rule("DATE", [any_of(("currently", "nowadays"))]),
        rule("DATE", [word("at"), word("present")]),
        rule("DATE", [word("the"), optional(any_of(("near", "distant", "foreseeable"))),
                      word("future")]),
        rule("DATE", [word("in"), word("the"), word("past")]),
        # Holidays: every name factpull.timex normalises, after "last", "next", "this" or not.
        *_holidays(),
        rule("DATE", [any_of(("last", "next", "this")), any_of(MONTH_WORDS, IS_TITLE=True), DAY]),
        # "two more weeks"
        rule("DURATION", [optional(any_of(("a", "an"))), any_of(SMALL_NUMBER_WORDS),
                          any_of(MORE_WORDS), any_of(UNITS_PLURAL_COMMON)], "more_units"),
        rule("DURATION", [{"LIKE_NUM": True}, any_of(MORE_WORDS), any_of(UNITS_PLURAL_COMMON)],
             "more_units"),
        # Month and day, with a weekday before or a year after.
        *_month_days(),
        rule("DATE", [any_of(MONTH_DAY_WORDS, IS_TITLE=True), optional(DAY),
                      {"TEXT": ",", "OP": "?"}, any_of(("this", "last", "next")), word("year")],
             "month_relative_year"),
        rule("DATE", [any_of(("the", "near", "distant", "foreseeable"), OP="*"),
                      {"TEXT": "future"}], "future"),
        rule("DATE", [DAY, any_of(MONTH_DAY_WORDS, IS_TITLE=True), optional(DAY_YEAR)],
             "day_month"),
        *_day_ranges(),
    ]


#: What joins the two days of a range ("5-12 October", "Nov. 3 to 5").
RANGE_JOINERS = ("-", "–", "to", "through")


#: The apostrophe tokens of holiday names, straight and curly.
APOSTROPHES = {"'s": ("'s", "’s"), "'": ("'", "’")}


def _holidays() -> list[Pattern]:
    """A pattern for each of :data:`factpull.timex.HOLIDAYS`' names, as the tokenizer splits
    it ("new year's" is "new", "year", "'s"; an apostrophe may be straight or curly)."""
    import spacy

    tokenizer = spacy.blank("en").tokenizer
    patterns = []
    for name in sorted(HOLIDAYS):
        # (split as written, capitalised: "St." and "Jr." are one token each)
        written = " ".join(w[:1].upper() + w[1:] for w in name.split())
        tokens = [any_of(APOSTROPHES[t.lower_]) if t.lower_ in APOSTROPHES else word(t.lower_)
                  for t in tokenizer(written)]
        patterns.append(rule("DATE", tokens))
        patterns.append(rule("DATE", [any_of(("last", "next", "this")), *tokens]))
    return patterns


def _day_ranges() -> list[Pattern]:
    """"5-12 October 2025", "Nov. 3-5, 2024": a range of days is one expression (its first day
    is the value), so that the second day never pairs with the year alone."""
    month, joiner = any_of(MONTH_DAY_WORDS, IS_TITLE=True), any_of(RANGE_JOINERS)
    year = [{"TEXT": ",", "OP": "?"}, optional(DAY_YEAR)]
    return [
        rule("DATE", [DAY, joiner, DAY, optional(word("of")), month, optional(DAY_YEAR)],
             "day_range"),
        rule("DATE", [month, DAY, joiner, DAY, *year], "day_range"),
    ]


#: Quarters and halves by their order in the year ("the third quarter", "second-half").
QUARTER_ORDINALS = ("first", "second", "third", "fourth", "final", "last")
HALF_ORDINALS = ("first", "second")
#: "the latest quarter", "the same quarter": the quarter a business story reports on.
QUARTER_DETERMINERS = ("the", "that")
QUARTER_QUALIFIERS = ("latest", "recent", "same")
#: "the year-earlier quarter", "year-ago levels": the period a year-earlier comparison is in.
YEAR_EARLIER_NOUNS = ("quarter", "period", "half", "month", "week", "year", "level", "levels")
#: A fiscal year over two calendar years: "2019/20", "2023-24".
YEAR_SPLIT = regex(r"^(1[5-9]|20)\d\d[/-]\d\d$")
#: "this fiscal year", "the current fiscal year".
FISCAL_DETERMINERS = ("the", "this", "last", "next", "current", "past", "previous", "coming")


def _business_periods() -> list[Pattern]:
    """Quarters, halves, fiscal years and year-earlier periods of business news."""
    the, fiscal, hyphen = optional(word("the")), optional(word("fiscal")), {"ORTH": "-"}
    of_the_year = [word("of"), any_of(("the", "this", "last", "next")), fiscal, word("year")]
    quarter = {"ORTH": "quarter"}  # lowercase: not "the Latin Quarter"
    return [
        rule("DATE", [the, fiscal, any_of(QUARTER_ORDINALS), hyphen, quarter], "period"),
        rule("DATE", [the, fiscal, any_of(HALF_ORDINALS), hyphen, word("half")], "period"),
        rule("DATE", [word("the"), fiscal, any_of(HALF_ORDINALS), word("half")], "period"),
        rule("DATE", [word("the"), any_of(QUARTER_ORDINALS), fiscal, quarter, *of_the_year],
             "period"),
        rule("DATE", [word("the"), any_of(HALF_ORDINALS), word("half"), *of_the_year],
             "period"),
        rule("DATE", [word("the"), any_of(QUARTER_ORDINALS), fiscal, quarter, word("of"),
                      word("fiscal"), optional(word("year")), YEAR], "period"),
        rule("DATE", [any_of(QUARTER_DETERMINERS), optional(word("most")),
                      optional(any_of(QUARTER_QUALIFIERS)), fiscal, quarter], "period"),
        rule("DATE", [word("fiscal"), optional(word("year")), YEAR], "fiscal"),
        rule("DATE", [regex(r"^(?i:fy)(?:\d\d|(1[5-9]|20)\d\d)$")], "fiscal"),
        rule("DATE", [word("fy"), YEAR], "fiscal"),
        rule("DATE", [the, YEAR, word("fiscal"), word("year")], "fiscal"),
        rule("DATE", [any_of(FISCAL_DETERMINERS), optional(word("current")), word("fiscal"),
                      word("year")], "fiscal"),
        rule("DATE", [the, word("year"), hyphen, any_of(("earlier", "ago")),
                      optional(any_of(YEAR_EARLIER_NOUNS))], "year_earlier"),
        rule("DATE", [the, YEAR_SPLIT, word("fiscal"), word("year")], "fiscal"),
        rule("DATE", [any_of(("fiscal", "fy")), optional(word("year")), YEAR_SPLIT], "fiscal"),
        rule("DATE", [fiscal, word("year"), hyphen, word("end"), optional(YEAR)], "year_end"),
        rule("DATE", [word("yearend"), optional(YEAR)], "year_end"),
        rule("DATE", [the, word("full"), optional(hyphen), fiscal, word("year")], "full_year"),
    ]


#: Years said in words ("nineteen ninety-six", "twenty ten", "two thousand and eight"): the
#: centuries said, and the words of the rest (:mod:`factpull.timex` reads the same words).
SPOKEN_CENTURIES = ("eighteen", "nineteen", "twenty")
TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
TEEN_WORDS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
              "seventeen", "eighteen", "nineteen")
UNIT_WORDS = NUMBER_WORDS[:9]
DECADE_WORDS = tuple(f"{tens[:-1]}ies" for tens in TENS_WORDS)


def _spoken_years() -> list[Pattern]:
    """Spelled-out years; "two thousand" alone only after "the year" (else it is a number)."""
    century, hyphen = any_of(SPOKEN_CENTURIES), {"ORTH": "-", "OP": "?"}
    unit, tens = any_of(UNIT_WORDS), any_of(TENS_WORDS)
    prefix = [optional(word("the")), optional(word("year"))]  # "(the year) nineteen ..."
    found = [
        rule("DATE", [*prefix, century, tens, hyphen, optional(unit)], "spoken_year"),
        rule("DATE", [*prefix, century, any_of(TEEN_WORDS)], "spoken_year"),
        rule("DATE", [*prefix, century, word("oh"), hyphen, unit], "spoken_year"),
        rule("DATE", [*prefix, century, word("hundred"), optional(word("and")),
                      optional(any_of((*TENS_WORDS, *TEEN_WORDS, *UNIT_WORDS))), hyphen,
                      optional(unit)], "spoken_year"),
        rule("DATE", [*prefix, word("two"), word("thousand"), optional(word("and")),
                      any_of((*TENS_WORDS, *TEEN_WORDS, *UNIT_WORDS)), hyphen,
                      optional(unit)], "spoken_year"),
    ]
    found.append(rule("DATE", [word("the"), word("year"), word("two"), word("thousand")],
                      "spoken_year"))
    # Decades in words, only after "the" ("in his seventies" is an age).
    found.append(rule("DATE", [word("the"), optional(any_of(EARLY_LATE)), optional(century),
                               hyphen, any_of(DECADE_WORDS)], "spoken_decade"))
    return found


def _month_days() -> list[Pattern]:
    month = any_of(MONTH_DAY_WORDS, IS_TITLE=True)
    comma = {"TEXT": ","}
    found = []
    for weekday in ([], [any_of(WEEKDAYS, IS_TITLE=True), comma]):
        for year in ([], [DAY_YEAR], [comma, DAY_YEAR]):
            found.append(rule("DATE", [*weekday, month, DAY, *year], "month_day"))
    return found


# ---------------------------------------------------------------- treaty shapes

#: A capitalised word of a name (accented capitals included).
CAPITALISED = r"^[A-ZÀ-Þ][\w'’.]*$"
#: Instrument heads that make a name by themselves with one of their prepositions:
#: "Treaty of Rome", "Convention on Cluster Munitions", "Protocol to the ...".
STRONG_SHAPES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("Treaty", "Treaties"),
     ("of", "on", "for", "establishing", "between", "banning", "concerning")),
    (("Convention", "Conventions"),
     ("on", "for", "against", "concerning", "regarding", "abolishing", "relating")),
    (("Protocol",), ("to", "on", "for", "against", "relating", "concerning")),
    (("Covenant",), ("on",)),
    (("Statute",), ("of",)),
    (("Agreement",), ("on", "establishing", "between", "concerning")),
)
#: Words joining the capitalised runs of a long name ("... of the Sea and the ...").
NAME_JOINERS = ("of", "and", "on", "the", "for", "to", "in", "against", "-", "–")
#: A strong shape's name is one, two or three capitalised runs.
NAME_RUNS = 3
DASHES = ("-", "–")
#: Back-references: determiner + instrument word ("the convention", "its additional protocols").
REFERENCE_DETERMINERS = ("the", "this", "that", "its", "their")
#: The words a back-reference can end in: the table :mod:`factpull.extractors.treaties` links
#: a reference to its instrument with (the plural "protocols" only after "additional").
REFERENCE_WORDS = tuple(
    head for head in (*REFERENCE_KINDS, *DESCRIPTION_REFERENCE_KINDS) if head != "protocols"
)


def treaty_patterns() -> list[Pattern]:
    """The patterns of ``treaty_patterns.jsonl``, in order."""
    name_word = regex(CAPITALISED)
    run = regex(CAPITALISED, OP="+")
    found = []
    for heads, prepositions in STRONG_SHAPES:
        tokens = [regex(CAPITALISED, OP="{0,3}"), any_of(heads, attr="ORTH"),
                  any_of(prepositions), any_of(("to",), OP="?"), optional(word("the")), run]
        for _ in range(NAME_RUNS):
            found.append(rule("TREATY_SHAPE", list(tokens), "strong"))
            tokens += [any_of(NAME_JOINERS, OP="{1,2}"), run]
    treaty = any_of(STRONG_SHAPES[0][0], attr="ORTH")
    found += [
        rule("TREATY_SHAPE", [name_word, regex(CAPITALISED, OP="{0,2}"), treaty], "modifier"),
        rule("TREATY_SHAPE", [name_word, any_of(DASHES, attr="ORTH"), name_word,
                              regex(CAPITALISED, OP="{0,2}"), treaty], "modifier"),
        rule("TREATY_REF", [any_of(REFERENCE_DETERMINERS), any_of(REFERENCE_WORDS)], "ref"),
        rule("TREATY_REF", [any_of(REFERENCE_DETERMINERS), any_of(("additional", "optional")),
                            any_of(("protocol", "protocols"))], "ref"),
        # the head noun of a description ("the maritime border agreement between A and B"):
        # the extractor reads the words around it
        rule("TREATY_HEAD", [any_of(sorted(DESCRIPTION_HEADS))], "head"),
    ]
    return found


# ---------------------------------------------------------------- output

FILES = {"date_patterns.jsonl": date_patterns, "treaty_patterns.jsonl": treaty_patterns}


def render(patterns: list[Pattern]) -> str:
    return "".join(json.dumps(pattern, ensure_ascii=False) + "\n" for pattern in patterns)


def generated() -> dict[str, str]:
    """File name (under ``src/factpull/data``) -> the text this script writes."""
    return {name: render(build()) for name, build in FILES.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if a committed file differs")
    args = parser.parse_args(argv)
    stale = []
    for name, text in generated().items():
        path = DATA / name
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        stale.append(name)
        if not args.check:
            path.write_text(text, encoding="utf-8")
    if args.check and stale:
        print(f"out of date (run scripts/generate_rules.py): {', '.join(stale)}", file=sys.stderr)
        return 1
    for name in stale:
        print(f"wrote src/factpull/data/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
