"""TIMEX3 normalisation of business periods, spoken years and numbers, and day ranges.

Issue 10, classes 1, 3 and 7 (the normalisation side); the sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from factpull.timex import is_valid_value, normalise

OCTOBER = date(2023, 10, 24)  # a business story in the fourth quarter
FEBRUARY = date(2024, 2, 7)  # earnings season for last year's fourth quarter

BUSINESS = [  # (text, reference, tense, value, mod)
    ("second-quarter", OCTOBER, None, "2023-Q2", None),
    ("the third quarter", OCTOBER, "past", "2023-Q3", None),
    ("fourth-quarter", FEBRUARY, "past", "2023-Q4", None),
    ("fourth-quarter", FEBRUARY, "future", "2024-Q4", None),
    ("the fourth-quarter", OCTOBER, None, "2023-Q4", None),
    ("the fiscal first quarter", OCTOBER, None, "FY2023-Q1", None),
    ("the first quarter of fiscal 2021", OCTOBER, None, "FY2021-Q1", None),
    ("the third quarter of this year", FEBRUARY, "future", "2024-Q3", None),
    ("the third quarter of last year", FEBRUARY, None, "2023-Q3", None),
    ("first-half", OCTOBER, None, "2023-H1", None),
    ("the second half of next year", OCTOBER, None, "2024-H2", None),
    ("the most recent quarter", OCTOBER, None, "2023-Q3", None),
    ("the latest quarter", FEBRUARY, None, "2023-Q4", None),
    ("the quarter", OCTOBER, None, "2023-Q3", None),
    ("fiscal 2024", OCTOBER, None, "FY2024", None),
    ("fiscal year 2019", OCTOBER, None, "FY2019", None),
    ("FY2022", OCTOBER, None, "FY2022", None),
    ("FY23", OCTOBER, None, "FY2023", None),
    ("the 2019 fiscal year", OCTOBER, None, "FY2019", None),
    ("last fiscal year", OCTOBER, None, "FY2022", None),
    ("the current fiscal year", OCTOBER, None, "FY2023", None),
    ("the 2021/22 fiscal year", OCTOBER, None, "FY2022", None),
    ("fiscal 1999-00", OCTOBER, None, "FY2000", None),
    ("fiscal year-end", OCTOBER, "past", "FY2022", "END"),
    ("the year-ago period", OCTOBER, None, "2022", None),
    ("year-earlier", OCTOBER, None, "2022", None),
    ("year-end", OCTOBER, "future", "2023", "END"),
    ("yearend", FEBRUARY, "past", "2023", "END"),
    ("the full year", OCTOBER, "future", "2023", None),
    ("full-year", FEBRUARY, "past", "2023", None),
]


@pytest.mark.parametrize(("text", "ref", "tense", "value", "mod"), BUSINESS)
def test_business_periods(text, ref, tense, value, mod) -> None:
    timex = normalise(text, reference=ref, tense=tense)
    assert timex is not None, text
    assert (timex.type, timex.value, timex.mod) == ("DATE", value, mod)
    assert is_valid_value(timex.value)


def test_a_quarter_named_before_sets_the_period_of_later_references() -> None:
    anchors = ("2021-05", "2022-Q1")
    assert normalise("the quarter", reference=OCTOBER, anchors=anchors).value == "2022-Q1"
    assert normalise("the year-earlier quarter", reference=OCTOBER,
                     anchors=anchors).value == "2021-Q1"
    assert normalise("the year-ago period", reference=OCTOBER, anchors=anchors).value == "2021-Q1"
    assert normalise("the year-ago period", reference=OCTOBER,
                     anchors=("2022-Q1", "2020")).value == "2019"
    # a year-earlier quarter is a comparison: "the quarter" after it is still the story's one
    assert normalise("the quarter", reference=OCTOBER,
                     anchors=("2022-Q1", "2021-Q1")).value == "2022-Q1"
    assert normalise("the quarter", reference=OCTOBER,
                     anchors=("2022-Q1", "2021-Q3")).value == "2021-Q3"


def test_business_periods_without_a_reference_stay_unresolved() -> None:
    for text, value in [("third-quarter", "XXXX-Q3"), ("the fiscal second half", "FYXXXX-H2"),
                        ("the quarter", "XXXX-QX"), ("this fiscal year", "FYXXXX")]:
        timex = normalise(text)
        assert timex is not None and (timex.value, timex.resolved) == (value, False), text
        assert is_valid_value(timex.value)


SPOKEN = [
    ("nineteen eighty-four", "DATE", "1984"),
    ("in nineteen seventy", "DATE", "1970"),
    ("twenty nineteen", "DATE", "2019"),
    ("twenty twelve", "DATE", "2012"),
    ("nineteen oh seven", "DATE", "1907"),
    ("eighteen hundred", "DATE", "1800"),
    ("two thousand and three", "DATE", "2003"),
    ("two thousand eleven", "DATE", "2011"),
    ("the year two thousand", "DATE", "2000"),
    ("the present day", "DATE", "PRESENT_REF"),
    ("the sixties", "DATE", "196X"),
    ("the nineteen-thirties", "DATE", "193X"),
    ("the twenty-twenties", "DATE", "202X"),
    ("half a minute", "DURATION", "PT30S"),
    ("a minute and a half", "DURATION", "PT1M30S"),
    ("three minutes and a half", "DURATION", "PT3M30S"),
    ("an hour and a half", "DURATION", "PT1H30M"),
    ("a week and a half", "DURATION", "P1.5W"),
]


@pytest.mark.parametrize(("text", "type_", "value"), SPOKEN)
def test_spoken_years_and_amounts(text, type_, value) -> None:
    timex = normalise(text, reference=OCTOBER)
    assert timex is not None, text
    assert (timex.type, timex.value) == (type_, value)
    assert is_valid_value(timex.value)


@pytest.mark.parametrize("text", ["two thousand", "nineteen", "twenty one", "twenty-two"])
def test_spoken_numbers_that_are_not_years(text) -> None:
    timex = normalise(text, reference=OCTOBER)
    assert timex is None or not timex.value.isdigit(), text


RANGES = [  # a range of days: the first day is the value
    ("4-11 June", "past", "2023-06-04"),
    ("4–11 June 2021", None, "2021-06-04"),
    ("June 4-11", "past", "2023-06-04"),
    ("Sept. 29-30, 2019", None, "2019-09-29"),
    ("12 to 15 March 2022", None, "2022-03-12"),
]


@pytest.mark.parametrize(("text", "tense", "value"), RANGES)
def test_day_ranges_give_their_first_day(text, tense, value) -> None:
    timex = normalise(text, reference=OCTOBER, tense=tense)
    assert timex is not None and (timex.type, timex.value) == ("DATE", value)


def test_day_ranges_are_never_years() -> None:
    assert normalise("14-29 June", reference=OCTOBER, tense="past").value == "2023-06-14"
    for text in ("11-4 June", "30-31 February 2020", "18-19"):  # not a range of days
        assert normalise(text, reference=OCTOBER) is None, text
