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


#: Abbreviations whose full stop does not end a sentence before a capital ("Mr. Putin",
#: "the U.S. Senate"), lowercase and without their final stop. (A stop before a digit, as in
#: "No. 14", never ends one; nor does an initial's, as in "George W. Bush".)
ABBREVIATIONS: frozenset[str] = frozenset(
    "mr mrs ms dr prof st gen lt col capt cmdr adm sgt sen rep gov pres amb rev hon jr sr"
    " inc corp co ltd bros vs v cf approx u.s u.n u.k e.u".split()
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


#: Head nouns of a description of one instrument between states ("the maritime border
#: agreement between Turkey and Libya", "a memorandum of understanding ... signed between
#: Cyprus, Greece and Israel"), lowercase singular: the treaty description rule starts at them.
DESCRIPTION_HEADS: frozenset[str] = frozenset(
    "treaty convention protocol covenant charter pact accord agreement deal memorandum".split()
)
#: Words that join a description to the states that are its parties ("... between A and B").
PARTY_LINKS: frozenset[str] = frozenset({"between", "with", "among"})
#: Participles between a description and its parties ("an agreement signed between A and B").
CONCLUDING_VERBS: frozenset[str] = frozenset(
    "signed concluded reached agreed struck inked negotiated made brokered".split()
)
#: Short and older names of states, casefolded, -> the name the place list and the treaty
#: gazetteer's ``parties`` use ("U.S." -> "United States"). Not applied to all-lowercase text
#: ("us" is a pronoun).
STATE_NAMES: MappingProxyType[str, str] = MappingProxyType({
    "us": "United States", "u.s.": "United States", "usa": "United States",
    "u.s.a.": "United States", "america": "United States",
    "united states of america": "United States",
    "uk": "United Kingdom", "u.k.": "United Kingdom", "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "eu": "European Union", "european union": "European Union",
    "uae": "United Arab Emirates", "russian federation": "Russia",
    "ussr": "Soviet Union", "soviet union": "Soviet Union", "dprk": "North Korea",
})
#: Words that make an agreement between places a private, commercial or sporting one ("the
#: transfer agreement between Barcelona and ...", "a broadcasting deal").
PRIVATE_DEAL_WORDS: frozenset[str] = frozenset(
    "transfer loan sponsorship sponsor broadcasting broadcast licensing licence license"
    " merger acquisition plea settlement contract record recording distribution supply"
    " purchase sale sales lease franchise kit shirt naming"
    .split()
)

#: Words that make a sentence about a game: there "the first half", "the final quarter" are
#: match time, not halves and quarters of a year.
SPORT_WORDS: frozenset[str] = frozenset(
    "game games match matches scored score scoring goal goals goalkeeper halftime half-time"
    " touchdown touchdowns basket baskets penalty penalties inning innings quarterback kick"
    " kicked kickoff kick-off referee striker midfielder defender try tries wicket wickets"
    " rebound rebounds free-throw three-pointer points trailed trailing led equaliser"
    " equalizer header overtime extra-time fixture stadium pitch coach team teams league"
    " tournament championship playoff playoffs final semifinal semi-final quarterfinal"
    " quarter-final cup innings".split()
)
#: Words that make a sentence about business or the economy: there a bare "the second half"
#: is a period of the (fiscal) year, whatever else the sentence says.
BUSINESS_WORDS: frozenset[str] = frozenset(
    "profit profits revenue revenues earnings sales income loss losses fiscal shares share"
    " dividend dividends economy economic gdp growth output inflation forecast forecasts"
    " quarterly results analysts margin margins demand prices investors deficit surplus"
    " exports imports unemployment spending budget production orders %  percent".split()
)
#: Nouns a holiday name modifies without being a date ("a Christmas tree", "Halloween
#: costumes" are things; "Christmas Day", "the Easter weekend" are dates).
HOLIDAY_DATE_HEADS: frozenset[str] = frozenset(
    "day eve morning afternoon evening night week weekend season holiday holidays break"
    " period time vacation".split()
)

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

#: Time-zone abbreviations written after a clock time ("1700 UTC", "9 a.m. EST"): part of a
#: time, never a name of their own.
TIME_ZONES: frozenset[str] = frozenset(
    "UTC GMT EST EDT CST CDT MST MDT PST PDT AKST AKDT HST AST ADT NST NDT BST IST CET CEST"
    " EET EEST WET WEST MSK JST KST HKT SGT PHT AEST AEDT ACST ACDT AWST NZST NZDT ET PT".split()
)
#: Words that make "... Time" a time zone's name ("Eastern Time", "Central European Summer
#: Time", "Greenwich Mean Time", "Coordinated Universal Time"), with a place or its people's
#: adjective ("Moscow Time", "Indian Standard Time").
TIME_ZONE_WORDS: frozenset[str] = frozenset(
    "Standard Daylight Summer Mean Universal Eastern Central Western Pacific Mountain Atlantic"
    " Greenwich Coordinated European".split()
)
