"""The corpus summary: unit tests on hand-built documents, renderers, and the CLI's --summary."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from factpull.cli import app
from factpull.records import (
    DateMention,
    Document,
    Entity,
    Fact,
    FactDate,
    FactObject,
    Party,
    Span,
    TreatyMention,
)
from factpull.render.summary import (
    CSV_HEADER,
    SUMMARY_RENDERERS,
    bar,
    render_summary,
    year_chart,
)
from factpull.summary import MAX_SOURCES, Summary, is_calendar, name_key, summarise

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
LEADERS = str(FIXTURES / "cli" / "leaders.txt")
SEED = str(FIXTURES / "seed.txt")
CONTRADICTING = str(FIXTURES / "summary" / "contradicting.txt")

# -- hand-built documents ------------------------------------------------------------------------

TORTURE = ("European Convention for the Prevention of Torture", "cets-126")


def entity(name: str, label: str = "GPE", canonical: str | None = None) -> Entity:
    return Entity(name, 0, len(name), label, canonical or name)


def fact(text: str, action: str, status: str, party: str | None, *, date: str | None = None,
         obj: tuple[str, str | None] = TORTURE, sentence: tuple[int, int] | None = None) -> Fact:
    kind = "treaty" if obj[1] else "organisation"
    return Fact(
        text=text, start=0, end=len(text), action=action, status=status,
        party=Party(party, 0, len(party), party) if party else None,
        object=FactObject(kind, obj[0], 0, len(obj[0]), obj[0], obj[1]),
        date=FactDate(date, 0, 4, date) if date else None,
        sentence=sentence or (0, len(text)),
    )


def document(source: str, *, text: str | None = None, entities=(), facts=(), treaties=(),
             dates=(), reference_date: str | None = None) -> Document:
    return Document(source=source, model="test", entities=tuple(entities), dates=tuple(dates),
                    treaties=tuple(treaties), facts=tuple(facts),
                    reference_date=reference_date, text=text)


def corpus() -> list[Document]:
    """Three articles: two say Russia has withdrawn (one dates it), one that it is proposed."""
    first = "Russia withdrew from the torture convention in 2025. Russia joined in 1996."
    second = "The government asked Putin to withdraw Russia from the torture convention."
    third = "Russia has withdrawn from the torture convention, the Kremlin said."
    return [
        document("a", text=first, reference_date="2025-08-27",
                 entities=[entity("Russia"), entity("Russia"), entity("The Kremlin", "ORG")],
                 treaties=[TreatyMention("torture convention", 25, 43, TORTURE[0], TORTURE[1],
                                         year=1987, known=True)],
                 dates=[DateMention("2025", 47, 51, "DATE", "2025",
                                    event=Span("withdrew", 7, 15)),
                        DateMention("in", 0, 2, "DATE", "PAST_REF", event=Span("x", 0, 1))],
                 facts=[fact("withdrew", "withdraw", "done", "Russia", date="2025",
                             sentence=(0, 52)),
                        fact("joined", "join", "done", "Russia", date="1996",
                             obj=("Council of Europe", None), sentence=(53, len(first)))]),
        document("b", text=second, reference_date="2025-08-26",
                 entities=[entity("russia"), entity("Putin", "PERSON", "Vladimir Putin")],
                 facts=[fact("withdraw", "withdraw", "proposed", "Russia",
                             sentence=(0, len(second)))]),
        document("c", text=third,
                 entities=[entity("Russia"), entity("Kremlin", "ORG")],
                 facts=[fact("withdrawn", "withdraw", "done", "Russia", date="2025-08"),
                        fact("withdrawn", "withdraw", "done", "Russia", date="2025-08")]),
    ]


# -- names --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("a", "b"), [
    ("the European Union", "European Union"),
    ("The U.S.", "US"),
    ("US", "United States"),  # a state's short name is its full one
    ("Britain", "the United Kingdom"),
    ("Al-Qaeda", "al Qaeda"),
    ("  Council   of Europe ", "COUNCIL OF EUROPE"),
    ("Kremlin", "the Kremlin"),
])
def test_name_key_ignores_case_punctuation_and_the(a, b):
    assert name_key(a) == name_key(b)


def test_name_key_keeps_different_names_apart():
    assert name_key("Theresa May") != name_key("Resa May")  # "the" only as a word
    assert name_key("The") == "the"  # a name that is only "the" stays a name
    assert name_key("Georgia") != name_key("Georgian")


@pytest.mark.parametrize(("value", "calendar"), [
    ("1996", True), ("2019-05-03", True), ("2019-W12", True), ("19", False), ("199", False),
    ("PAST_REF", False), ("XXXX-05", False), (None, False), ("", False),
])
def test_is_calendar(value, calendar):
    assert is_calendar(value) is calendar


# -- the aggregate ------------------------------------------------------------------------------


def test_header_entities_and_treaties():
    data = summarise(corpus()).to_dict()
    assert {key: data[key] for key in ("documents", "failed", "failures", "words",
                                       "reference_dates")} == {
        "documents": 3, "failed": 0, "failures": [], "words": 12 + 11 + 10,
        "reference_dates": {"first": "2025-08-26", "last": "2025-08-27", "documents": 2},
    }
    assert data["entities"] == [  # "Russia" and "russia" are one row; "The Kremlin" = "Kremlin"
        {"name": "Russia", "label": "GPE", "documents": 3, "mentions": 4},
        {"name": "Kremlin", "label": "ORG", "documents": 2, "mentions": 2},
        {"name": "Vladimir Putin", "label": "PERSON", "documents": 1, "mentions": 1},
    ]
    assert data["treaties"] == [{"name": TORTURE[0], "id": "cets-126", "year": 1987,
                                 "documents": 1, "mentions": 1}]


def test_facts_are_unique_counted_once_per_document_with_sources_and_evidence():
    data = summarise(corpus()).to_dict()
    rows = [(f["party"], f["action"], f["object"]["name"], f["status"], f["date"],
             f["documents"], f["sources"]) for f in data["facts"]]
    assert rows == [  # calendar dates in order, then the undated
        ("Russia", "join", "Council of Europe", "done", "1996", 1, ["a"]),
        ("Russia", "withdraw", TORTURE[0], "done", "2025", 1, ["a"]),
        ("Russia", "withdraw", TORTURE[0], "done", "2025-08", 1, ["c"]),  # said twice in c
        ("Russia", "withdraw", TORTURE[0], "proposed", None, 1, ["b"]),
    ]
    assert data["facts"][0]["object"] == {"kind": "organisation", "name": "Council of Europe",
                                          "id": None}
    assert data["facts"][0]["evidence"] == [{"source": "a", "sentence": "Russia joined in 1996."}]
    assert data["years"] == [{"year": 1996, "facts": 1, "events": 0},
                             {"year": 2025, "facts": 2, "events": 1}]


def test_disagreement_on_status_between_documents():
    (disagreement,) = summarise(corpus()).to_dict()["disagreements"]
    assert disagreement["party"] == "Russia"
    assert disagreement["action"] == "withdraw"
    assert disagreement["object"]["id"] == "cets-126"
    assert disagreement["about"] == ["status"]  # 2025 and 2025-08 agree
    assert [(s["status"], s["date"], s["sources"]) for s in disagreement["statements"]] == [
        ("done", "2025", ["a"]), ("done", "2025-08", ["c"]), ("proposed", None, ["b"]),
    ]
    assert disagreement["statements"][2]["evidence"] == [
        {"source": "b", "sentence": corpus()[1].text}]


def test_disagreement_on_dates_and_none_within_one_document():
    one = document("one", facts=[fact("left", "withdraw", "done", "Russia", date="2022"),
                                 fact("leave", "withdraw", "planned", "Russia", date="2023")])
    assert summarise([one]).to_dict()["disagreements"] == []  # one document, not a dispute
    other = document("two", facts=[fact("left", "withdraw", "done", "Russia", date="2022-03")])
    (disagreement,) = summarise([one, other]).to_dict()["disagreements"]
    assert disagreement["about"] == ["status", "date"]  # two's 2022-03 vs one's 2023 planned
    compatible = document("three", facts=[fact("left", "withdraw", "done", "Russia",
                                               date="2022-03-16")])
    assert summarise([other, compatible]).to_dict()["disagreements"] == []


def test_merge_in_any_split_equals_one_pass():
    documents = corpus() * 5  # more documents per fact than sources kept
    whole = summarise(documents).to_dict()
    assert whole["facts"][0]["sources"] == ["a", "a", "a"]
    for cut in range(len(documents) + 1):
        left, right = summarise(documents[:cut]), summarise(documents[cut:])
        assert (left + right).to_dict() == whole
        assert left.merge(right).to_dict() == whole
    a, b, c = (summarise(documents[i:i + 5]) for i in (0, 5, 10))
    assert ((a + b) + c).to_dict() == (a + (b + c)).to_dict() == whole


def test_merge_leaves_the_other_summary_alone():
    a, b = summarise(corpus()[:1]), summarise(corpus()[1:])
    before = b.to_dict()
    a.merge(b)
    a.merge(summarise(corpus()))
    assert b.to_dict() == before


def test_memory_is_flat_in_the_number_of_documents():
    summary = Summary()
    for number in range(1000):
        for item in corpus():
            summary.add(Document(f"{item.source}{number}", "test", item.entities, item.dates,
                                 item.treaties, item.facts, item.reference_date,
                                 text=item.text))
    assert summary.documents == 3000
    assert len(summary.facts) == 4 and len(summary.entities) == 3
    assert all(len(s.sources) == len(s.evidence) == MAX_SOURCES
               for s in summary.facts.values())
    assert summary.to_dict()["facts"][0]["sources"] == ["a0", "a1", "a2"]
    assert summary.to_dict()["facts"][0]["documents"] == 1000


def test_failures_are_counted_and_listed():
    summary = Summary()
    summary.add_failure("missing.txt", "no such file or directory")
    data = summary.to_dict()
    assert (data["documents"], data["failed"], data["failures"]) == (
        0, 1, [{"source": "missing.txt", "reason": "no such file or directory"}])


def test_without_text_no_words_and_empty_evidence():
    item = corpus()[1]
    bare = Document(item.source, item.model, facts=item.facts)
    data = summarise([bare]).to_dict()
    assert data["words"] == 0
    assert data["facts"][0]["evidence"] == [{"source": "b", "sentence": ""}]
    with_text = Summary()
    with_text.add(bare, text=item.text)
    assert with_text.to_dict()["facts"][0]["evidence"][0]["sentence"] == item.text


# -- renderers ----------------------------------------------------------------------------------


def render(renderable, width: int) -> str:
    console = Console(file=io.StringIO(), width=width, force_terminal=False, color_system=None)
    console.print(renderable)
    return console.file.getvalue()


def test_bar_uses_eighths_and_shows_any_nonzero_value():
    assert bar(8, 8, width=4) == "████"
    assert bar(3, 8, width=4) == "█▌"
    assert bar(1, 1000, width=4) == "▏"
    assert bar(0, 8, width=4) == ""


def test_year_chart_folds_early_years():
    years = [{"year": 1900 + i, "facts": i, "events": 0} for i in range(40)]
    text = render(year_chart(years), 80)
    assert "≤1910" in text and "1909" not in text and "1939" in text


@pytest.mark.parametrize("width", [80, 120])
def test_table_shows_hostile_text_literally(width):
    hostile = "[bold red]Evil[/] \x1b[2J Corp"
    items = corpus()
    items.append(document("[link=http://x]src[/link]", text=hostile,
                          entities=[entity(hostile, "ORG")] * 30,
                          facts=[fact(hostile, "withdraw", "negated", hostile)]))
    items.append(document("d", text="x",
                          facts=[fact("y", "withdraw", "done", hostile, sentence=(0, 1))]))
    text = render(render_summary(summarise(items).to_dict()), width)
    assert "\x1b" not in text
    packed = "".join(text.split())  # folded cells: compare without the wrapping
    assert "[boldred]Evil[/]\\x1b[2JCorp" in packed
    assert "[link=http://x]src[/link]" in packed
    assert "Entities across documents" in text and "Facts timeline" in text
    assert "Disagreements" in text and "Facts and events per year" in text
    assert all(len(line) <= width for line in text.splitlines())


def test_csv_rows_have_a_section_and_neutralised_cells():
    hostile = document("=cmd|' /C calc'!A0", text="+1 signed", entities=[entity("@SUM(A1)", "ORG")],
                       facts=[fact("signed", "sign", "done", "-Norway", sentence=(0, 9))])
    (out,) = SUMMARY_RENDERERS["csv"](summarise([*corpus(), hostile]))
    rows = list(csv.reader(io.StringIO(out)))
    assert tuple(rows[0]) == CSV_HEADER
    sections = Counter(row[0] for row in rows[1:])
    assert sections == {"corpus": 6, "entity": 4, "treaty": 1, "fact": 5,
                        "disagreement": 3, "year": 4}
    assert ["entity", "'@SUM(A1)", "ORG", "", "", "", "", "", "1", "1", "", "", ""] in rows
    assert ["fact", TORTURE[0], "treaty", "cets-126", "'-Norway", "sign", "done", "", "1", "",
            "", "'=cmd|' /C calc'!A0", "'+1 signed"] in rows
    assert rows[1] == ["corpus", "documents", "", "", "", "", "", "", "", "", "4", "", ""]


def test_json_and_jsonl_are_the_same_object():
    summary = summarise(corpus())
    (pretty,) = SUMMARY_RENDERERS["json"](summary)
    (line,) = SUMMARY_RENDERERS["jsonl"](summary)
    assert json.loads(pretty) == json.loads(line) == summary.to_dict()
    assert line.count("\n") == 1 and line.endswith("\n")
    assert list(json.loads(pretty)) == ["documents", "failed", "failures", "words",
                                        "reference_dates", "entities", "treaties", "facts",
                                        "disagreements", "years"]


# -- the command line ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def runner(nlp):
    return CliRunner()


def invoke(runner, args):
    return runner.invoke(app, args, env={"COLUMNS": "100"})


def test_cli_summary_json_exact(runner, tmp_path):
    missing = str(tmp_path / "missing.txt")
    result = invoke(runner, ["--summary", "--format", "json", LEADERS, missing, LEADERS])
    assert result.exit_code == 1
    assert result.stderr == (f"factpull: {missing}: no such file or directory\n"
                             "factpull: 2 documents done, 1 failed\n")
    assert json.loads(result.stdout) == {
        "documents": 2, "failed": 1,
        "failures": [{"source": missing, "reason": "no such file or directory"}],
        "words": 26,
        "reference_dates": {"first": None, "last": None, "documents": 0},
        "entities": [
            {"name": "Angela Merkel", "label": "PERSON", "documents": 2, "mentions": 4},
            {"name": "Berlin", "label": "GPE", "documents": 2, "mentions": 2},
            {"name": "Emmanuel Macron", "label": "PERSON", "documents": 2, "mentions": 2},
            {"name": "Paris", "label": "GPE", "documents": 2, "mentions": 2},
        ],
        "treaties": [], "facts": [], "disagreements": [], "years": [],
    }
    jsonl = invoke(runner, ["--summary", "--format", "jsonl", LEADERS, missing, LEADERS])
    assert jsonl.stdout == json.dumps(json.loads(result.stdout), ensure_ascii=False) + "\n"


def test_without_summary_jsonl_is_per_document(runner):
    result = invoke(runner, ["--format", "jsonl", LEADERS, LEADERS])
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [LEADERS] * 2


def seed_articles():
    from factpull.reader import Article

    day = dt.date(2025, 8, 26)
    return [Article(path, Path(path).read_text(encoding="utf-8"), day)
            for path in (SEED, CONTRADICTING)]


def test_cli_summary_equals_the_library_and_shows_the_disagreement(runner):
    from factpull import extract_many

    args = ["--summary", "--format", "json", "--reference-date", "2025-08-26", SEED,
            CONTRADICTING]
    result = invoke(runner, args)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    documents = list(extract_many(seed_articles()))
    library = Summary()
    for item, article in zip(documents, seed_articles(), strict=True):
        library.add(item, text=article.text)
    assert data == library.to_dict()
    # The article written to contradict the seed: a withdrawal done, not proposed or planned.
    disputed = {(d["party"], d["action"], d["object"]["name"]) for d in data["disagreements"]}
    assert ("Russia", "withdraw", "European Convention for the Prevention of Torture and "
            "Inhuman or Degrading Treatment or Punishment") in disputed


def test_counts_agree_with_the_per_document_jsonl(runner):
    """Entity and fact counts computed independently from the per-document output."""
    common = ["--reference-date", "2025-08-26", SEED, CONTRADICTING, LEADERS]
    lines = invoke(runner, ["--format", "jsonl", *common]).stdout.splitlines()
    data = json.loads(invoke(runner, ["--summary", "--format", "json", *common]).stdout)
    docs, mentions = Counter(), Counter()
    facts = Counter()
    for line in lines:
        item = json.loads(line)
        names = [e["canonical"].lower().removeprefix("the ") for e in item["entities"]]
        mentions.update(names)
        docs.update(set(names))
        facts.update({((f["party"] or {}).get("canonical"), f["action"], f["object"]["name"],
                       f["status"], (f["date"] or {}).get("value")) for f in item["facts"]})
    assert {e["name"].lower(): (e["documents"], e["mentions"]) for e in data["entities"]} == {
        name: (docs[name], mentions[name]) for name in docs}
    assert {(f["party"], f["action"], f["object"]["name"], f["status"], f["date"]):
            f["documents"] for f in data["facts"]} == dict(facts)
    assert data["documents"] == len(lines)


@pytest.mark.slow
def test_summary_is_the_same_with_two_workers():
    base = [sys.executable, "-m", "factpull", "--summary", "--format", "json",
            "--reference-date", "2025-08-26", SEED, LEADERS, CONTRADICTING, SEED]
    one = subprocess.run([*base, "-j1"], capture_output=True, text=True, timeout=300)
    two = subprocess.run([*base, "-j2"], capture_output=True, text=True, timeout=300)
    assert one.returncode == two.returncode == 0, two.stderr
    assert one.stdout == two.stdout
    assert json.loads(one.stdout)["documents"] == 4


def test_cli_summary_table_and_help(runner):
    result = runner.invoke(app, ["--summary", "--format", "table", LEADERS, LEADERS],
                           env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Corpus summary  2 documents · 0 failed · 26 words"
    assert "Entities across documents" in lines[1]
    assert any(line.split() == ["Angela", "Merkel", "PERSON", "2", "4"] for line in lines)
    assert all(len(line) <= 80 for line in lines)
    text = " ".join(invoke(runner, ["--help"]).stdout.split())
    assert "--summary Print one corpus report" in text


def test_a_treaty_keeps_its_year_when_a_fact_names_it_first():
    facts_only = document("x", facts=[fact("ratified", "ratify", "done", "Russia")])
    mention = document("y", treaties=[TreatyMention("the convention", 0, 14, TORTURE[0],
                                                    TORTURE[1], year=1987, known=True)])
    for order in ([facts_only, mention], [mention, facts_only]):
        assert summarise(order).to_dict()["treaties"][0]["year"] == 1987
        assert (summarise(order[:1]) + summarise(order[1:])).to_dict() == \
            summarise(order).to_dict()
