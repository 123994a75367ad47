"""Resolving dates in context: weekday direction, quoted speech, narrative anchors and years.

Model tests (the clause's tense comes from the tagger). The reference date is a Thursday,
2024-03-14, so a bare weekday has a past and a future candidate a week apart.
"""

from __future__ import annotations

from datetime import date

import pytest

from factpull.extractors import dates
from factpull.layout import analyse

REF = date(2024, 3, 14)  # a Thursday


def _values(nlp, text: str, reference: date | None = REF) -> dict[str, str]:
    doc = nlp(text)
    found = list(dates.extract(doc, layout=analyse(text), reference=reference))
    for mention in found:
        assert text[mention.start:mention.end] == mention.text
    return {mention.text: mention.value for mention in found}


# ---------------------------------------------------------------- class 4: weekday direction

DIRECTION_CASES = [
    # "next to" and "due to" are prepositions, not pointers to next week
    ("Two shops burned down next to the station on Monday.", "Monday", "2024-03-11"),
    ("The ferry sank due to high winds on Tuesday.", "Tuesday", "2024-03-12"),
    # "due to" before a verb still looks ahead
    ("The board is due to publish its findings on Monday.", "Monday", "2024-03-18"),
    # a modal with a perfect guesses at the past
    ("On Saturday the intruders may have entered through the roof.", "Saturday", "2024-03-09"),
    # a plan word used as an adjective: the clause's verb decides
    ("A planned Monday rally by farmers in the capital ended in clashes.", "Monday",
     "2024-03-11"),
    # a fronted date with a plan verb after it: the planning happened that day
    ("On Tuesday, the mayor planned a recount of the ballots.", "Tuesday", "2024-03-12"),
    # but a plan verb before the date still points forward
    ("The mayor planned a recount of the ballots on Tuesday.", "Tuesday", "2024-03-19"),
    # a count "as of" a day, a report "according to" someone on a day: behind the writer
    ("The toll stood at 40 as of Saturday, and rescuers will keep digging.", "Saturday",
     "2024-03-09"),
    ("According to the coast guard on Monday, the tanker will be towed to port.", "Monday",
     "2024-03-11"),
    # a fronted date whose verb comes after a long subject
    ("In June, a convoy of trucks carrying grain, medicine and fuel from the northern port of"
     " the region, along with two buses of volunteers and their families, finally crossed.",
     "June", "2023-06"),
    # a headline above the paragraph does not lend its tense
    ("Council will review the budget\n\nOn Wednesday, the councillors of the northern district"
     " voted for the cuts.", "Wednesday", "2024-03-13"),
]


@pytest.mark.parametrize(("text", "expression", "value"), DIRECTION_CASES)
def test_weekday_direction(nlp, text: str, expression: str, value: str) -> None:
    found = _values(nlp, text)
    assert found.get(expression) == value, found


# ---------------------------------------------------------------- class 5: quoted speech

SPEECH_CASES = [
    # the attribution before the quotation dates the speech
    ("On Monday, the mayor told the council: 'The new bus lanes open today.'", "today",
     "2024-03-11"),
    # ... or the one after it
    ('"We sign the lease tomorrow," the club chairman said on Tuesday.', "tomorrow",
     "2024-03-13"),
    ("\u201cI saw the smoke this morning,\u201d a neighbour said Wednesday.", "this morning",
     "2024-03-13TMO"),
    ("``The trawler left port yesterday,'' the harbour master said Monday.", "yesterday",
     "2024-03-10"),
    # no day in the attribution: the reference date
    ('"We sign the lease today," the club chairman said.', "today", "2024-03-14"),
    # a day near the quotation but no reporting verb: the reference date
    ('"Open today" was painted on the door on Monday.', "today", "2024-03-14"),
    # reported speech without quotation marks is the writer's "today"
    ("The mayor said on Monday that the bus lanes open today.", "today", "2024-03-14"),
    # an apostrophe is not an opening quotation mark
    ("The Joneses' shop shut on Monday. 'We reopen today,' the owner said.", "today",
     "2024-03-14"),
]


@pytest.mark.parametrize(("text", "expression", "value"), SPEECH_CASES)
def test_quoted_speech_is_relative_to_the_speech(nlp, text: str, expression: str,
                                                 value: str) -> None:
    found = _values(nlp, text)
    assert found.get(expression) == value, found


def test_quotations_found_by_their_marks(nlp) -> None:
    text = "He said \u2018no\u2019 and \"yes\" and ``maybe'' but the Joneses' car left."
    doc = nlp(text)
    assert [doc[a + 1:b].text for a, b in dates._quotations(doc)] == ["no", "yes", "maybe"]


# ---------------------------------------------------------------- class 8: narrative year

NARRATIVE_CASES = [
    ("The orchestra toured Japan in 2011. That October it played in Osaka.", "That October",
     "2011-10"),
    ("The mill shut in 2005, and the following April the bank foreclosed.",
     "the following April", "2006-04"),
    ("The mayor was elected in May 2017. The previous November he had lost a by-election.",
     "The previous November", "2016-11"),
    ("The levee failed in 2008; that winter the town was empty.", "that winter", "2008-WI"),
    ("The strike began on 5 June 2018. The following Monday, the docks closed.",
     "The following Monday", "2018-06-11"),
    # a bare month after a year in the same sentence is in that year ...
    ("The bakery was founded in 1987 and in May it sold its first loaf.", "May", "1987-05"),
    # ... but not across a sentence break, nor in a clause about the future
    ("The bakery was founded in 1987. In November it sold its first loaf.", "November",
     "2023-11"),
    ("The bakery was founded in 1987 and in November it will close.", "November", "2024-11"),
    # "that" as a conjunction does not make the month anaphoric
    ("In 2010 forecasters said that June would be dry.", "June", "2024-06"),
    # "that" with a named day keeps the whole date
    ("They last saw him on the previous Saturday, March 9.", "Saturday, March 9", "2024-03-09"),
]


@pytest.mark.parametrize(("text", "expression", "value"), NARRATIVE_CASES)
def test_narrative_year(nlp, text: str, expression: str, value: str) -> None:
    found = _values(nlp, text)
    assert found.get(expression) == value, found


@pytest.mark.parametrize(
    ("text", "anchors", "value"),
    [
        ("March of the following year", ["1994"], "1995-03"),
        ("June of that year", ["1994-11-02"], "1994-06"),
        ("October this year", ["1994"], "2024-10"),  # "this year" is the writer's
        ("the following March", ["2009-06-03"], "2010-03"),
        ("the following March", ["2009-01-20"], "2009-03"),
        ("the previous spring", ["2009-02"], "2008-SP"),
        ("that Friday", ["2019-05-01"], "2019-05-03"),
        ("that Friday", ["2019-05-06"], "2019-05-03"),
        ("the previous Friday night", ["2019-05-03"], "2019-04-26TNI"),
    ],
)
def test_narrative_anaphora_normalised(text: str, anchors: list[str], value: str) -> None:
    from factpull.timex import normalise

    timex = normalise(text, reference=REF, anchors=anchors, tense="past")
    assert timex is not None and timex.value == value
    assert timex.anchor == (0 if value[:4] != "2024" else "reference")


# ---------------------------------------------------------------- class 6: anchoring

ANCHOR_CASES = [
    # in a past clause, a date still to come is not where the story is
    ("The ferry sank on 2 March. The captain was bailed until a hearing on 5 April. The next"
     " day his lawyer appealed.", "The next day", "2024-03-03"),
    # in a future clause it is
    ("The trial opens on 5 April. The next day the jury will visit the wreck.", "The next day",
     "2024-04-06"),
    # a date word inside a name is no anchor
    ("The senator was arrested on 2 March 2024, USA Today reported. The next day he resigned.",
     "The next day", "2024-03-03"),
    # nor is a date in brackets (a conversion, an aside)
    ("The storm hit land on 2 March (3 March in Tokyo). The next day the roads were closed.",
     "The next day", "2024-03-03"),
    # a clock time is on the day named right after it, past a time zone and a bracket
    ("At 2:49 a.m. local time (07:49 GMT) on Saturday, the capsule docked.", "2:49 a.m.",
     "2024-03-09T02:49"),
    ("The lift failed at 9:15 a.m., 1 March 2024, in the east tower.", "9:15 a.m.",
     "2024-03-01T09:15"),
    # but not on a day in another clause
    ("The polls closed at 8 p.m. and on Sunday the count began.", "8 p.m.", "2024-03-14T20:00"),
]


@pytest.mark.parametrize(("text", "expression", "value"), ANCHOR_CASES)
def test_anchoring(nlp, text: str, expression: str, value: str) -> None:
    found = _values(nlp, text)
    assert found.get(expression) == value, found
