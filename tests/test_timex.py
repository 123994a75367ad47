"""Table-driven tests of TIMEX3 normalisation (factpull.timex), one table per class."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factpull.timex import is_valid_value, normalise, parse_point, shift

REF = date(2025, 8, 26)  # a Tuesday

ABSOLUTE = [
    ("1987", "DATE", "1987", None),
    ("in 1987", "DATE", "1987", None),
    ("2025-08-25", "DATE", "2025-08-25", None),
    ("25 August 2025", "DATE", "2025-08-25", None),
    ("August 25, 2025", "DATE", "2025-08-25", None),
    ("Aug. 25, 2025", "DATE", "2025-08-25", None),
    ("Monday, Aug. 25, 2025", "DATE", "2025-08-25", None),
    ("May 1998", "DATE", "1998-05", None),
    ("the 1990s", "DATE", "199X", None),
    ("the early 1990s", "DATE", "199X", "START"),
    ("the '90s", "DATE", "199X", None),
    ("the 20th century", "DATE", "19", None),
    ("Q3 2022", "DATE", "2022-Q3", None),
    ("the third quarter of 2022", "DATE", "2022-Q3", None),
    ("summer 2022", "DATE", "2022-SU", None),
    ("the first half of 2022", "DATE", "2022-H1", None),
    ("mid-2022", "DATE", "2022", "MID"),
    ("early 2022", "DATE", "2022", "START"),
    ("late 2022", "DATE", "2022", "END"),
    ("the end of 2022", "DATE", "2022", "END"),
]

DURATIONS = [
    ("two years", "DURATION", "P2Y", None),
    ("18 months", "DURATION", "P18M", None),
    ("the past 18 months", "DURATION", "P18M", None),
    ("the past three months", "DURATION", "P3M", None),
    ("more than two decades", "DURATION", "P2DE", "MORE_THAN"),
    ("nearly five months", "DURATION", "P5M", "LESS_THAN"),
    ("about three days", "DURATION", "P3D", "APPROX"),
    ("at least 72 hours", "DURATION", "PT72H", "EQUAL_OR_MORE"),
    ("three hours", "DURATION", "PT3H", None),
    ("14-day", "DURATION", "P14D", None),
    ("five-hour", "DURATION", "PT5H", None),
    ("5 1/2 hours", "DURATION", "PT5H30M", None),
    ("a few years", "DURATION", "PXY", None),
    ("recent years", "DURATION", "PXY", None),
    ("the past year", "DURATION", "P1Y", None),
]

SETS = [
    ("annually", "SET", "P1Y", None),
    ("daily", "SET", "P1D", None),
    ("every month", "SET", "P1M", None),
    ("every two weeks", "SET", "P2W", None),
    ("every Monday", "SET", "XXXX-WXX-1", None),
    ("twice a year", "SET", "P1Y", None),
]

RELATIVE = [  # resolved against REF, a Tuesday
    ("Monday", "DATE", "2025-08-25", None),
    ("on Monday", "DATE", "2025-08-25", None),
    ("last Friday", "DATE", "2025-08-22", None),
    ("yesterday", "DATE", "2025-08-25", None),
    ("today", "DATE", "2025-08-26", None),
    ("tomorrow", "DATE", "2025-08-27", None),
    ("last year", "DATE", "2024", None),
    ("this year", "DATE", "2025", None),
    ("next year", "DATE", "2026", None),
    ("last month", "DATE", "2025-07", None),
    ("this week", "DATE", "2025-W35", None),
    ("last week", "DATE", "2025-W34", None),
    ("in March", "DATE", "2025-03", None),
    ("Aug. 25", "DATE", "2025-08-25", None),
    ("two years ago", "DATE", "2023", None),
    ("two months ago", "DATE", "2025-06", None),
    ("this morning", "TIME", "2025-08-26TMO", None),
    ("last night", "TIME", "2025-08-25TNI", None),
    ("2:30 p.m.", "TIME", "2025-08-26T14:30", None),
    ("14:30", "TIME", "2025-08-26T14:30", None),
    ("last summer", "DATE", "2024-SU", None),
    ("this weekend", "DATE", "2025-W34-WE", None),
    ("the third quarter", "DATE", "2025-Q3", None),
    ("now", "DATE", "PRESENT_REF", None),
    ("currently", "DATE", "PRESENT_REF", None),
    ("the future", "DATE", "FUTURE_REF", None),
    ("in the past", "DATE", "PAST_REF", None),
    ("Thanksgiving", "DATE", "2025-11-27", None),
]


@pytest.mark.parametrize(("text", "type_", "value", "mod"), ABSOLUTE + DURATIONS + SETS + RELATIVE)
def test_normalise(text: str, type_: str, value: str, mod: str | None) -> None:
    timex = normalise(text, reference=REF)
    assert timex is not None, text
    assert (timex.type, timex.value, timex.mod) == (type_, value, mod)
    assert is_valid_value(timex.value)


@pytest.mark.parametrize(("text", "type_", "value", "mod"), ABSOLUTE + DURATIONS + SETS)
def test_absolute_expressions_need_no_reference(text, type_, value, mod) -> None:
    timex = normalise(text, reference=None)
    assert timex is not None and (timex.type, timex.value, timex.resolved) == (type_, value, True)


@pytest.mark.parametrize(
    ("text", "placeholder"),
    [("Monday", "XXXX-WXX-1"), ("last year", "XXXX"), ("yesterday", "XXXX-XX-XX"),
     ("in March", "XXXX-03"), ("Aug. 25", "XXXX-08-25"), ("last week", "XXXX-WXX"),
     ("this morning", "XXXX-XX-XXTMO"), ("two years ago", "XXXX")],
)
def test_relative_without_reference_stays_unresolved(text: str, placeholder: str) -> None:
    timex = normalise(text, reference=None)
    assert timex is not None
    assert (timex.value, timex.resolved) == (placeholder, False)


def test_year_of_a_month_follows_the_tense() -> None:
    ref = date(2000, 1, 7)
    assert normalise("December", reference=ref, tense="past").value == "1999-12"
    assert normalise("Jan. 14", reference=ref, tense="future").value == "2000-01-14"
    assert normalise("Jan. 14", reference=ref, tense="past").value == "2000-01-14"
    assert normalise("Nov. 20", reference=ref).value == "1999-11-20"


def test_weekday_follows_the_tense() -> None:
    assert normalise("Friday", reference=REF, tense="past").value == "2025-08-22"
    assert normalise("Friday", reference=REF, tense="future").value == "2025-08-29"
    assert normalise("Tuesday", reference=REF).value == "2025-08-26"


NARRATIVE = [  # (text, anchors, value, index of the anchor used)
    ("two years later", ["1996"], "1998", 0),
    ("the following year", ["1996"], "1997", 0),
    ("later that year", ["1996"], "1996", 0),
    ("the next day", ["1996", "1998-10-23"], "1998-10-24", 1),
    ("the next day", ["1998-10-23", "1999"], "1998-10-24", 0),  # "1999" is too coarse
    ("three months later", ["1998-05"], "1998-08", 0),
    ("the next morning", ["2000-02-22"], "2000-02-23TMO", 0),
    ("two decades later", ["2023-08", "197X"], "199X", 1),
    ("a decade earlier", ["1996", "197X"], "196X", 1),
]


@pytest.mark.parametrize("anchors", [["2023-08", "197X"], ["1996", "19"]])
def test_a_decade_or_century_since_leaves_year_anaphora_unresolved(anchors) -> None:
    timex = normalise("two years later", reference=REF, anchors=anchors)
    assert timex is not None and timex.value == "XXXX" and not timex.resolved


@pytest.mark.parametrize(("text", "anchors", "value", "index"), NARRATIVE)
def test_narrative_anaphora(text: str, anchors: list[str], value: str, index: int) -> None:
    timex = normalise(text, reference=REF, anchors=anchors)
    assert timex is not None
    assert (timex.value, timex.anchor) == (value, index)


def test_narrative_falls_back_to_reference_then_unresolved() -> None:
    assert normalise("the next day", reference=REF).anchor == "reference"
    timex = normalise("two years later", reference=None)
    assert timex is not None and not timex.resolved and timex.value == "XXXX"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hello",
        "Others are reading now",
        "may",
        "march",
        "the",
        "15",
        "x" * 500,
        "1/2 hours",
    ],
)
def test_not_a_date(text: str) -> None:
    assert normalise(text, reference=REF) is None


def test_points_and_shifts() -> None:
    point = parse_point("2025-08-26")
    assert point is not None and point.granularity == "day"
    assert shift(point, "week", 1).value() == "2025-W36"
    assert shift(parse_point("1996"), "decade", 1).value() == "2006"
    assert parse_point("PRESENT_REF") is None


@settings(max_examples=300, deadline=1000)
@given(st.text(max_size=120), st.sampled_from([None, REF]))
def test_any_string_normalises_to_a_grammatical_value_or_none(text: str, ref) -> None:
    timex = normalise(text, reference=ref, anchors=["1996", "2025-08-01"])
    if timex is not None:
        assert is_valid_value(timex.value), (text, timex)
        assert timex.type in ("DATE", "TIME", "DURATION", "SET")


WORDS = ["the", "last", "next", "two", "years", "later", "ago", "Monday", "May", "1998", "early",
         "mid-", "more than", "every", "week", "of", "quarter", "summer", "1990s", "a", "day",
         "12", "p.m.", "on", "since", "decades", "century", "20th", "Aug.", ",", "that"]


@settings(max_examples=300, deadline=1000)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=6), st.sampled_from([None, REF]))
def test_word_salad_normalises_to_a_grammatical_value_or_none(words: list[str], ref) -> None:
    timex = normalise(" ".join(words), reference=ref, anchors=["1996"])
    if timex is not None:
        assert is_valid_value(timex.value), (words, timex)


FRACTIONS = [  # durations with halves: hours keep their minutes (PT5H30M, not PT330M)
    ("5 1/2 hours", "PT5H30M"),
    ("1.5 hours", "PT1H30M"),
    ("two and a half hours", "PT2H30M"),
    ("half an hour", "PT30M"),
    ("half a day", "PT12H"),
    ("two more weeks", "P2W"),
    ("three additional months", "P3M"),
    ("decades-long", "PXDE"),
    ("24-hour", "PT24H"),
]


@pytest.mark.parametrize(("text", "value"), FRACTIONS)
def test_duration_amounts(text: str, value: str) -> None:
    timex = normalise(text, reference=REF)
    assert timex is not None and (timex.type, timex.value) == ("DURATION", value)
    assert is_valid_value(timex.value)


MONTH_OF_RELATIVE_YEAR = [  # the year is named relative to the reference date
    ("October this year", date(1998, 12, 2), "1998-10"),
    ("early October this year", date(1998, 12, 2), "1998-10"),
    ("April next year", date(1998, 12, 2), "1999-04"),
    ("May 5 last year", date(1998, 12, 2), "1997-05-05"),
    ("February of this year", date(1998, 12, 2), "1998-02"),
]


@pytest.mark.parametrize(("text", "ref", "value"), MONTH_OF_RELATIVE_YEAR)
def test_month_of_a_relative_year(text: str, ref: date, value: str) -> None:
    timex = normalise(text, reference=ref)
    assert timex is not None and (timex.type, timex.value, timex.anchor) == (
        "DATE", value, "reference"
    )
    unresolved = normalise(text, reference=None)
    assert unresolved is not None and not unresolved.resolved
    assert unresolved.value == "XXXX" + value[4:]


BARE_MONTH_BY_TENSE = [  # (text, reference, tense, value): news leans to the past
    ("Oct. 23", date(1999, 5, 5), None, "1998-10-23"),
    ("Oct. 23", date(1999, 5, 5), "past", "1998-10-23"),
    ("Oct. 23", date(1999, 5, 5), "future", "1999-10-23"),
    ("October", date(1999, 4, 20), "present", "1998-10"),
    ("February", date(1998, 12, 2), "past", "1998-02"),
    ("February", date(1998, 12, 2), None, "1999-02"),  # two months ahead: still the nearest
    ("September", date(1998, 8, 20), "future", "1998-09"),
    ("Thanksgiving", REF, None, "2025-11-27"),
]


@pytest.mark.parametrize(("text", "ref", "tense", "value"), BARE_MONTH_BY_TENSE)
def test_month_without_year_leans_to_the_past(text, ref, tense, value) -> None:
    timex = normalise(text, reference=ref, tense=tense)
    assert timex is not None and timex.value == value


def test_clock_time_is_on_the_day_the_story_is_at() -> None:
    timex = normalise("10 p.m.", reference=date(1999, 4, 20), anchors=["1998", "1998-10-23"])
    assert timex is not None and (timex.type, timex.value, timex.anchor) == (
        "TIME", "1998-10-23T22:00", 1
    )
    plain = normalise("10 p.m.", reference=date(1999, 4, 20))
    assert plain is not None and (plain.value, plain.anchor) == ("1999-04-20T22:00", "reference")
    assert normalise("10 p.m.").value == "XXXX-XX-XXT22:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1997-98", ("DURATION", "P1Y")), ("1991 to 1997", None),  # two dates, split by the extractor
     ("the week of March 6", ("DATE", "XXXX-WXX")), ("last century", ("DATE", "XX"))],
)
def test_ranges_weeks_of_and_centuries_without_reference(text: str, expected) -> None:
    timex = normalise(text, reference=None)
    assert (timex.type, timex.value) == expected if expected else timex is None
    if timex is not None:
        assert is_valid_value(timex.value)


def test_first_matching_rule_wins() -> None:
    """Two rules match "a couple of hours"; the earlier one (an amount) wins over the vague one."""
    from factpull import timex

    matching = [handler.__name__ for pattern, handler in timex._RULES
                if pattern.match("a couple of hours")]
    assert matching[:2] == ["_duration", "_vague_duration"]
    assert normalise("a couple of hours").value == "PT2H"  # not _vague_duration's PTXH
    assert normalise("one day").value == "FUTURE_REF"  # _future before _duration's P1D


@pytest.mark.parametrize(
    ("text", "value"),
    [("Easter 2020", "2020-04-12"), ("Easter Sunday, 2024", "2024-03-31"),
     ("Easter 1998", "1998-04-12"), ("Christmas Eve 2019", "2019-12-24"),
     ("Thanksgiving 2023", "2023-11-23"), ("Election Day 2020", "2020-11-03"),
     # a weekday of its month, the last one, or days from Easter
     ("Labor Day 2019", "2019-09-02"), ("Martin Luther King Jr. Day 2021", "2021-01-18"),
     ("Presidents' Day 2020", "2020-02-17"), ("Memorial Day 2019", "2019-05-27"),
     ("Memorial Day 2021", "2021-05-31"), ("Columbus Day 2024", "2024-10-14"),
     ("Good Friday 2020", "2020-04-10"), ("Easter Monday 2019", "2019-04-22"),
     ("Ash Wednesday 2024", "2024-02-14"), ("Pentecost 2019", "2019-06-09"),
     ("St. Patrick’s Day 2022", "2022-03-17"), ("Boxing Day 2020", "2020-12-26")],
)
def test_holidays_with_a_year(text: str, value: str) -> None:
    timex = normalise(text)
    assert timex is not None and (timex.type, timex.value, timex.resolved) == ("DATE", value, True)


def test_holidays_relative_to_the_reference() -> None:
    ref = date(2025, 8, 26)
    assert normalise("last Christmas", reference=ref).value == "2024-12-25"
    assert normalise("next Easter", reference=ref).value == "2026-04-05"
    assert normalise("last Thanksgiving", reference=date(2025, 11, 28)).value == "2025-11-27"
    assert normalise("Easter").value == "XXXX-XX-XX"
    assert normalise("Thanksgiving").value == "XXXX-11-XX"
    assert normalise("Halloween").value == "XXXX-10-31"


def test_two_digit_year_pivot() -> None:
    from factpull.timex import TWO_DIGIT_YEAR_PIVOT

    assert TWO_DIGIT_YEAR_PIVOT == 30
    assert normalise("5/3/30").value == "2030-05-03"
    assert normalise("5/3/31").value == "1931-05-03"


def test_rule_registry_is_closed_after_import() -> None:
    from factpull import timex

    assert isinstance(timex._RULES, tuple) and len(timex._RULES) > 30
    with pytest.raises(RuntimeError, match="closed"):
        timex.rule(r"smarch")(lambda m, ctx: None)
    assert normalise("smarch") is None


@pytest.mark.parametrize("name", ["SEASONS", "PARTS_OF_DAY", "UNITS", "NUMBER_WORDS", "HOLIDAYS"])
def test_public_tables_are_read_only(name: str) -> None:
    from factpull import timex

    with pytest.raises(TypeError):
        getattr(timex, name)["smarch"] = None


def test_without_the_fallback_only_factpulls_own_rules_normalise() -> None:
    # dateparser understands "night of June 21"; factpull's own rules do not.
    assert normalise("night of June 21", reference=REF) is not None
    assert normalise("night of June 21", reference=REF, fallback=False) is None
    assert normalise("June 21", reference=REF, fallback=False).value == "2025-06-21"
