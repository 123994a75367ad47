"""Issue 10, classes 1, 2, 3 and 7 on the full pipeline: business periods and spoken years are
found; fractions, match time, discourse "Now", holidays as things and date words inside names
are not dates. Our own sentences, not the development set's."""

from __future__ import annotations

from datetime import date

import pytest

from factpull.extractors import dates
from factpull.layout import analyse

JANUARY = date(2024, 1, 25)


def _found(nlp, text: str, reference: date = JANUARY) -> list[tuple[str, str]]:
    doc = nlp(text)
    found = list(dates.extract(doc, layout=analyse(text), reference=reference))
    for mention in found:
        assert text[mention.start:mention.end] == mention.text
    return [(m.text, m.value) for m in found]


BUSINESS = [
    ("The brewer said fourth-quarter sales fell 3% from the year-ago quarter.",
     [("fourth-quarter", "2023-Q4"), ("year-ago quarter", "2022-Q4")]),
    ("Margins narrowed in the latest quarter, and the group expects a loss for fiscal 2025.",
     [("the latest quarter", "2023-Q4"), ("fiscal 2025", "FY2025")]),
    ("Orders should pick up in the second half, the maker of valves said.",
     [("the second half", "2024-H2")]),
    ("Debt stood at $2 billion at year-end.", [("year-end", "2023")]),
]


@pytest.mark.parametrize(("text", "expected"), BUSINESS)
def test_business_periods_are_found(nlp, text, expected) -> None:
    assert _found(nlp, text) == expected


SPOKEN = [
    ("My father arrived here in nineteen sixty-two, he told the programme.",
     [("nineteen sixty-two", "1962")]),
    ("They married in twenty fifteen.", [("twenty fifteen", "2015")]),
    ("The band toured through the late sixties.", [("late sixties", "196X")]),
]


def test_a_decade_word_after_a_possessive_is_an_age(nlp) -> None:
    assert _found(nlp, "She learned to paint in her sixties.") == []


@pytest.mark.parametrize(("text", "expected"), SPOKEN)
def test_spoken_years_are_found(nlp, text, expected) -> None:
    assert _found(nlp, text) == expected


def test_a_spoken_number_before_a_plural_noun_is_a_count(nlp) -> None:
    assert _found(nlp, "The hall seats nineteen forty-five guests.") == []


def test_a_range_of_days_keeps_its_span_and_gives_its_first_day(nlp) -> None:
    text = "The book fair runs 5-12 October 2025 in the old harbour."
    assert _found(nlp, text) == [("5-12 October 2025", "2025-10-05")]


NOT_DATES = [
    "The winger scored twice in the second half before the hosts equalised.",
    "Roughly a quarter of the members voted against the motion.",
    "Half of the money went to schools, a quarter of it to roads.",
    "They lost the quarter-final on penalties.",
    "Now, the committee has to decide what comes next.",
    "\u201cNow we wait for the jury,\u201d the lawyer said.",
    "They decorated the Christmas tree together.",
    "The shop sold Easter-themed sweets.",
    "The league raised about a quarter as much as it hoped.",
    "The dam stands a quarter mile upstream.",
    "The mayor answered: \"Now everybody has to pay.\"",
    "The now-defunct airline owed millions.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(nlp, text) -> None:
    assert _found(nlp, text) == []


def test_now_inside_a_clause_is_the_present(nlp) -> None:
    assert _found(nlp, "The committee is now divided.") == [("now", "PRESENT_REF")]
    assert _found(nlp, "The committee, split for years, is now united.") == [
        ("years", "PXY"), ("now", "PRESENT_REF")]


def test_a_quarter_alone_is_still_a_length_of_time(nlp) -> None:
    assert [v for _, v in _found(nlp, "The plant closed for a quarter, then reopened.")] == ["P1Q"]


def test_match_time_is_told_by_the_document_when_the_sentence_does_not_tell(nlp) -> None:
    sport = ("The visitors scored early and led by two goals. The coach praised the defence. "
             "Little changed in the second half.")
    business = ("The chain's revenue rose 4 percent and its profit doubled. Analysts were "
                "pleased. Little changed in the second half.")
    assert _found(nlp, sport) == []
    assert [value for _, value in _found(nlp, business)] == ["2023-H2"]  # past: last year's


def test_a_weekday_in_a_newspaper_name_is_not_a_date(nlp) -> None:
    text = "She told the Sunday Telegraph that the talks had failed on Friday."
    assert [text for text, _ in _found(nlp, text)] == ["Friday"]


def test_a_holiday_as_a_date_is_kept(nlp) -> None:
    assert _found(nlp, "The shops close early on Christmas Eve.") == [
        ("Christmas Eve", "2023-12-24")
    ]
    # Every holiday the normaliser knows is found, curly apostrophe or not.
    assert _found(nlp, "Markets shut for Memorial Day and reopen after Presidents’ Day.") == [
        ("Memorial Day", "2023-05-29"), ("Presidents’ Day", "2024-02-19")]
    assert _found(nlp, "Parades are held on St. Patrick's Day in Tarvik.") == [
        ("St. Patrick's Day", "2024-03-17")]
