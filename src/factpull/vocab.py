"""One source for the words factpull's date and treaty rules share.

Month and weekday names, the prepositions that open a date span, the words that head an
instrument's name: the regexes, the pattern ``IN`` lists and the lookup tables in
:mod:`factpull.timex`, :mod:`factpull.extractors.dates`, :mod:`factpull.extractors.treaties`
and ``scripts/generate_rules.py`` (which writes the rule files) are built from these.
Everything here is read-only (tuples, frozensets, :class:`types.MappingProxyType`).
"""

from __future__ import annotations

from types import MappingProxyType

#: Month names in calendar order: the full name first, then its abbreviations.
MONTH_NAMES: tuple[tuple[str, ...], ...] = (
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
    ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
    ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
    ("december", "dec"),
)
#: Weekday names, Monday first (ISO numbering): the full name first, then abbreviations.
WEEKDAY_NAMES: tuple[tuple[str, ...], ...] = (
    ("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"),
    ("thursday", "thu", "thur", "thurs"), ("friday", "fri"), ("saturday", "sat"),
    ("sunday", "sun"),
)

#: Full month names, January first.
FULL_MONTHS: tuple[str, ...] = tuple(names[0] for names in MONTH_NAMES)
#: Full weekday names, Monday first.
FULL_WEEKDAYS: tuple[str, ...] = tuple(names[0] for names in WEEKDAY_NAMES)
#: Every month name or abbreviation -> month number (1-12).
MONTHS: MappingProxyType[str, int] = MappingProxyType(
    {name: number for number, names in enumerate(MONTH_NAMES, start=1) for name in names}
)
#: Every weekday name or abbreviation -> ISO weekday number (Monday 1 ... Sunday 7).
WEEKDAYS: MappingProxyType[str, int] = MappingProxyType(
    {name: number for number, names in enumerate(WEEKDAY_NAMES, start=1) for name in names}
)
#: Month names that are also common English words (a modal, a verb, a noun).
VERB_MONTHS: frozenset[str] = frozenset({"may", "march"})

#: Prepositions and conjunctions that open a span but are not part of a date's extent
#: ("in 2019", "since Monday", "between May and June").
LEADING_PREPOSITIONS: tuple[str, ...] = (
    "in", "on", "at", "since", "by", "for", "during", "from", "until", "till", "through",
    "throughout", "of", "within", "before", "after", "between", "and", "or", "to",
)


#: Words that head the name of an international instrument ("the Treaty of Rome", "the Paris
#: Agreement"), lowercase: the treaty shapes, back-references and gazetteer rules use them.
INSTRUMENT_WORDS: frozenset[str] = frozenset(
    "treaty treaties convention conventions protocol protocols covenant charter pact accord"
    " accords agreement agreements statute".split()
)


def alternation(words, *, longest_first: bool = True) -> str:
    """A regex alternation of ``words`` (longest first, so prefixes never shadow)."""
    ordered = sorted(words, key=len, reverse=True) if longest_first else list(words)
    return "|".join(ordered)


#: Verbs that report speech or writing, in their common forms: the attribution of a quotation
#: ("..., the minister said Monday") dates what the speaker said.
REPORTING_VERBS: frozenset[str] = frozenset(
    "say says said saying tell tells told telling add adds added state states stated announce"
    " announces announced declare declares declared write writes wrote written explain explains"
    " explained insist insists insisted warn warns warned claim claims claimed argue argues"
    " argued ask asks asked reply replies replied note notes noted remark remarks remarked"
    " comment comments commented tweet tweets tweeted testify testifies testified recall recalls"
    " recalled admit admits admitted confirm confirms confirmed promise promises promised vow"
    " vows vowed pledge pledges pledged urge urges urged predict predicts predicted acknowledge"
    " acknowledges acknowledged concede concedes conceded quote quoted according".split()
)
#: Quotation marks that only open or only close a quotation (straight quotes do either).
OPENING_QUOTES: frozenset[str] = frozenset({"\u201c", "\u2018", "``", "`"})
CLOSING_QUOTES: frozenset[str] = frozenset({"\u201d", "\u2019", "''"})
STRAIGHT_QUOTES: frozenset[str] = frozenset({'"', "'"})
