"""The dates extractor: span rules on a blank pipeline, then the full pipeline on the seed."""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path

import pytest
import spacy

from factpull import timex
from factpull.extractors import dates
from factpull.layout import analyse
from factpull.pipeline import add_rulers
from factpull.records import Offsets

ROOT = Path(__file__).resolve().parent.parent
REF = date(2025, 8, 26)


def _seed_text() -> str:
    for path in (ROOT / "fixtures" / "seed.txt", ROOT / "seeds" / "000_9c0ff21f18ddd123.txt"):
        if path.exists():
            return path.read_text(encoding="utf-8")
    pytest.skip("seed article not found")


@pytest.fixture(scope="module")
def blank():
    return add_rulers(spacy.blank("en"), names=(dates.SPANS_KEY,))


def _run(nlp, text: str, reference: date | None = REF) -> list[tuple[str, str, str | None]]:
    doc = nlp(text)
    found = list(dates.extract(doc, layout=analyse(text), reference=reference))
    for mention in found:
        assert text[mention.start:mention.end] == mention.text
    return [(m.text, m.type, m.value) for m in found]


def test_patterns_are_fresh_span_ruler_patterns() -> None:
    first = dates.patterns()
    assert first and all({"label", "pattern"} <= set(row) for row in first)
    assert {row["label"] for row in first} <= {"DATE", "TIME", "DURATION", "SET"}
    first.clear()
    assert dates.patterns()


RULE_CASES = [
    ("It lasted more than two decades.", [("more than two decades", "DURATION", "P2DE")]),
    ("Prices rose in the 1990s.", [("1990s", "DATE", "199X")]),
    ("Growth slowed in mid-2022.", [("mid-2022", "DATE", "2022")]),
    ("Sales fell over the past 18 months.", [("the past 18 months", "DURATION", "P18M")]),
    ("The report is published annually.", [("annually", "SET", "P1Y")]),
    ("We meet every month.", [("every month", "SET", "P1M")]),
    ("Results for Q3 2024 were good.", [("Q3 2024", "DATE", "2024-Q3")]),
    ("He resigned last week.", [("last week", "DATE", "2025-W34")]),
    ("The deal closes this year.", [("this year", "DATE", "2025")]),
    ("The talks began on Monday.", [("Monday", "DATE", "2025-08-25")]),
    ("A 14-day trip.", [("14-day", "DURATION", "P14D")]),
]


@pytest.mark.parametrize(("text", "expected"), RULE_CASES)
def test_rules(blank, text: str, expected) -> None:
    assert _run(blank, text) == expected


def test_ages_are_not_durations(blank) -> None:
    assert _run(blank, "A 6-year-old boy and a 52-year-old doctor.") == []


def test_furniture_yields_no_dates(blank) -> None:
    text = "Others are reading now\n\nThe talks began on Monday.\n"
    assert _run(blank, text) == [("Monday", "DATE", "2025-08-25")]


def test_without_reference_relative_dates_stay_unresolved(blank) -> None:
    doc = blank("The talks began on Monday.")
    (mention,) = dates.extract(doc, layout=analyse(doc.text), reference=None)
    assert (mention.value, mention.resolved) == ("XXXX-WXX-1", False)


def test_anchor_names_the_earlier_mention(nlp) -> None:
    text = "Russia joined in 1996 and ratified it two years later."
    # the full pipeline: "1996" comes from the model's NER, and "two years later" anchors on it
    first, later = dates.extract(nlp(text), layout=analyse(text), reference=REF)
    assert (first.text, first.value) == ("1996", "1996")
    assert (later.text, later.value, later.anchor) == ("two years later", "1998", Offsets(17, 21))
    assert later.to_dict()["anchor"] == "17:21"


def test_without_an_earlier_mention_the_anchor_is_the_reference(blank) -> None:
    text = "Russia joined in 1996 and ratified it two years later."
    # the blank pipeline has no NER, so "1996" is not a mention: anchor on the reference
    (mention,) = dates.extract(blank(text), layout=analyse(text), reference=REF)
    assert (mention.value, mention.anchor) == ("2027", "reference")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published: August 25, 2025\nBody text.", (date(2025, 8, 25), "published line")),
        ("Some headline\nUpdated 2025-08-20 14:00\nBody.", (date(2025, 8, 20), "published line")),
        ("Headline\n25 August 2025\n\nBody text here.", (date(2025, 8, 25), "date line")),
        ("Tuesday 3 March 2024 | 10:32 GMT\nBody.", (date(2024, 3, 3), "date line")),
        ("LONDON, March 3, 2024 (Reuters) - The bank waited.", (date(2024, 3, 3), "dateline")),
        ("Kyiv, 3 March 2024 — Talks failed.", (date(2024, 3, 3), "dateline")),
        ("On 11 September 2001, planes hit the towers.\nOn Monday they spoke.", None),
        ("Merkel met Putin on 2 May 2020.\n\nOn Monday she left.", None),
        ("No date here at all.\nNor here.", None),
        ("Headline\nIt happened in March.", None),
    ],
)
def test_find_reference_date(text: str, expected) -> None:
    assert dates.find_reference_date(text, analyse(text)) == expected


# ---------------------------------------------------------------- the full pipeline


def test_seed_dates_match_the_golden_file(nlp) -> None:
    text = _seed_text()
    expected = json.loads((ROOT / "fixtures" / "seed.dates.json").read_text(encoding="utf-8"))
    found = [m.to_dict() for m in dates.extract(nlp(text), layout=analyse(text), reference=REF)]
    # the dates extractor leaves `event` to extractors.events (its golden check: test_golden)
    assert all(item.pop("event") is None for item in found)
    assert found == [{k: v for k, v in item.items() if k != "event"} for item in expected]


def test_seed_without_reference(nlp) -> None:
    text = _seed_text()
    found = list(dates.extract(nlp(text), layout=analyse(text), reference=None))
    monday = [m for m in found if m.text == "Monday"]
    assert [(m.value, m.resolved) for m in monday] == [("XXXX-WXX-1", False)]
    assert not any(text.index("Others are reading now") <= m.start < text.index("Others") + 22
                   for m in found)
    later = next(m for m in found if m.text == "two years later")
    assert later.value == "1998" and text[later.anchor.start:later.anchor.end] == "1996"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The protesters may march on Friday.", [("Friday", "DATE", "2025-08-29")]),
        ("Officials said on Friday that 1500 people had fled.", [("Friday", "DATE", "2025-08-22")]),
        ("The law was passed between 1994 and 1997.",
         [("1994", "DATE", "1994"), ("1997", "DATE", "1997")]),
        ("He was born in May 1960 and moved in March.",
         [("May 1960", "DATE", "1960-05"), ("March", "DATE", "2025-03")]),
    ],
)
def test_model_cases(nlp, text: str, expected) -> None:
    assert _run(nlp, text) == expected


TENSE_CASES = [  # weekday direction from the clause (REF is Tuesday 2025-08-26)
    ("Officials warned reporters Wednesday that they should stay away.", "Wednesday",
     "2025-08-20"),  # the reporting verb, not the modal of the clause after "that"
    ("They would appeal the decision, announced Friday by the agency.", "Friday", "2025-08-22"),
    ("The team planned to leave Nairobi on Thursday.", "Thursday", "2025-08-28"),
    ("Protesters held a vigil and were planning a march on Saturday.", "Saturday", "2025-08-30"),
    ("The agency extended its deadline until Thursday.", "Thursday", "2025-08-28"),
    ("Up until Thursday, they had described him only as a witness.", "Thursday", "2025-08-21"),
    ("``We will leave at dawn Friday,'' the minister said.", "Friday", "2025-08-29"),
]


@pytest.mark.parametrize(("text", "expression", "value"), TENSE_CASES)
def test_weekday_direction_follows_the_clause(nlp, text: str, expression: str, value) -> None:
    found = {found_text: found_value for found_text, _, found_value in _run(nlp, text)}
    assert found.get(expression) == value, found


EXTENT_CASES = [  # TIMEX3 extents: approximators and "earlier"/"later" stay outside
    ("He spent about five hours in the city.", [("five hours", "DURATION", "PT5H")]),
    ("She has only 14 days to decide.", [("14 days", "DURATION", "P14D")]),
    ("Earlier Friday, the minister resigned.", [("Friday", "DATE", "2025-08-22")]),
    ("The minister resigned earlier this week.", [("this week", "DATE", "2025-W35")]),
    ("He was cited twice from 1991 to 1997.", [("1991", "DATE", "1991"), ("1997", "DATE", "1997")]),
    ("The vote is set for October this year.", [("October this year", "DATE", "2025-10")]),
    ("No cancellations followed the Aug. 7 embassy bombings.", [("Aug. 7", "DATE", "2025-08-07")]),
    ("We must prepare for future disasters.", [("future", "DATE", "FUTURE_REF")]),
    ("He told CBS's ``60 Minutes'' he was sorry.", []),
]


@pytest.mark.parametrize(("text", "expected"), EXTENT_CASES)
def test_extents(nlp, text: str, expected) -> None:
    assert _run(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The summit is on April 24 and 25.",
         [("April 24", "DATE", "2025-04-24"), ("25", "DATE", "2025-04-25")]),
        ("For Poland, high noon comes today.", [("today", "DATE", "2025-08-26")]),
        ("They met at noon.", [("noon", "TIME", "2025-08-26T12:00")]),
    ],
)
def test_second_days_and_idioms(nlp, text: str, expected) -> None:
    assert _run(nlp, text) == expected


def test_day_month_year_found_by_the_rules(blank) -> None:
    # The statistical NER misses the day after a bracket; the rules do not.
    assert _run(blank, "[2 May 2020] Talks resumed.")[0] == ("2 May 2020", "DATE", "2020-05-02")


def test_usable_alone_layout_optional_and_missing_ruler_is_an_error(blank):
    text = "The talks ended on 5 May 1998."
    doc = blank(text)
    assert [m.to_dict() for m in dates.extract(doc)] == [
        m.to_dict() for m in dates.extract(doc, layout=analyse(text), reference=None)
    ]
    assert [m.value for m in dates.extract(doc)] == ["1998-05-05"]
    with pytest.raises(ValueError, match="no 'factpull_dates' spans"):
        list(dates.extract(spacy.blank("en")(text)))



@pytest.mark.parametrize("gap", ["\n\n", "\n \n", "\r\n\r\n", "\r\r", "\u2029"])
def test_a_model_date_across_a_blank_line_is_two_paragraphs_not_one_date(blank, monkeypatch,
                                                                          gap):
    # A headline's number and the dateline below it, which the model may tag as one DATE: the
    # two are never normalised as one expression (dateparser, the fallback, would be asked).
    text = f"Floods kill 95{gap}Thursday, June 20, 2019{gap}The river rose."
    doc = blank(text)
    doc.ents = [doc.char_span(text.index("95"), text.index(", 2019") + 6, label="DATE")]
    asked: list[str] = []

    def normalise(expression: str, **options):
        asked.append(expression)
        return timex.normalise(expression, **options)

    monkeypatch.setattr(dates, "normalise", normalise)
    found = [(m.text, m.value) for m in dates.extract(doc, layout=analyse(text), reference=REF)]
    assert found == [("Thursday, June 20, 2019", "2019-06-20")]
    assert asked and not any("95" in expression and "June" in expression for expression in asked)



def test_a_longer_model_date_understood_only_by_the_fallback_does_not_replace_a_rule_date(
        nlp) -> None:
    # The model's "Wednesday, 1885" (1885 counts aftershocks) is no one date: the rule's
    # "Wednesday" stays, and the count left over is no year (the tagger's plural noun).
    text = "As of Wednesday, 1885 aftershocks had occurred."
    doc = nlp(text)
    doc.ents = [doc.char_span(text.index("Wednesday"), text.index(" aftershocks"),
                              label="DATE")]
    found = [(m.text, m.value) for m in dates.extract(doc, layout=analyse(text), reference=REF)]
    assert found == [("Wednesday", "2025-08-20")]


@pytest.mark.parametrize(("text", "entity", "expected"), [
    # a count or a clock left beside a rule's date is no year
    ("On Monday, 2000 of them marched.", "Monday, 2000", ["Monday"]),
    ("The quake hit (2053 Wednesday night, UTC).", "2053 Wednesday", ["Wednesday night"]),
    # but a day after a month's is a date
    ("Talks were held on December 5 and 6 in Suva.", "December 5 and 6", ["December 5", "6"]),
])
def test_a_number_left_beside_a_rule_date_in_a_model_entity(blank, text, entity, expected):
    doc = blank(text)
    start = text.index(entity)
    doc.ents = [doc.char_span(start, start + len(entity), label="DATE")]
    assert [m.text for m in dates.extract(doc, layout=analyse(text), reference=REF)] == expected


def test_one_model_date_over_many_paragraphs_is_split_in_linear_time(blank) -> None:
    def run(count: int) -> float:
        text = "\n\n".join(f"June {1 + k % 28}" for k in range(count))
        doc = blank(text)
        doc.ents = [doc.char_span(0, len(text), label="DATE")]
        started = time.perf_counter()
        found = list(dates._candidates(doc))
        assert len(found) == count
        return time.perf_counter() - started

    run(500)  # warm-up
    small, large = run(2_000), run(8_000)
    assert large < 12 * small + 0.2  # quadratic would be 16 times
