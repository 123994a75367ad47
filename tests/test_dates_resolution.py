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
