"""The Dask recipe (factpull.distributed) gives what the library and the CLI give.

A real ``distributed.LocalCluster`` (2 worker processes) runs a few short made-up articles from
two JSON Lines files; each worker loads the pipeline itself. Skipped without ``factpull[dask]``.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # local dask clusters

dask_bag = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from factpull import extract_many  # noqa: E402 (after the skips)
from factpull.distributed import (  # noqa: E402
    extract_bag,
    jsonl_to_jsonl,
    summarise_jsonl,
    summary_bag,
)
from factpull.reader import Article  # noqa: E402

TIMEOUT = 120  # seconds: a stuck cluster fails the test instead of hanging it

# Made-up articles. Lines of FIRST.jsonl: 1, 2 (no id: source PATH:2), 3 blank, 4 (int id).
FIRST = [
    {"id": "berg-vienna", "date": "2024-03-01",
     "text": "Prime Minister Anna Berg met Daniel Okafor in Vienna on Monday.\n\n"
             "Berg said the two governments would sign the Paris Agreement follow-up in 2025."},
    {"text": "Helena Vargas, the mayor of Lisbon, said on 3 May 2021 that the port would "
             "reopen within two weeks."},
    None,
    {"id": 7, "date": "2019-11-30",
     "text": "The Council of Europe asked Norway and Greece to report by next Friday.\n"
             "Tomas Novak of the European Court of Human Rights declined to comment."},
]
SECOND = [
    {"id": "kyoto", "text": "Officials in Warsaw recalled that the Kyoto Protocol was adopted "
                            "in 1997 and entered into force eight years later."},
    {"id": "empty", "text": ""},
]


def write_jsonl(path: Path, records: list[dict | None]) -> str:
    lines = ["" if record is None else json.dumps(record) for record in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def record_date(record: dict) -> dt.date | None:
    return dt.date.fromisoformat(record["date"]) if "date" in record else None


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> list[str]:
    folder = tmp_path_factory.mktemp("jsonl")
    return [write_jsonl(folder / "first.jsonl", FIRST),
            write_jsonl(folder / "second.jsonl", SECOND)]


@pytest.fixture(scope="module")
def expected(nlp, files) -> list[dict]:
    """The library's documents for the same articles, with the sources the CLI gives them."""
    first, _ = files
    sources = ["berg-vienna", f"{first}:2", "7", "kyoto", "empty"]
    records = [record for record in FIRST + SECOND if record is not None]
    articles = [Article(source, record["text"], record_date(record))
                for source, record in zip(sources, records, strict=True)]
    return [document.to_dict() for document in extract_many(articles)]


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
        silence_logs=logging.ERROR,
    )
    client = distributed.Client(cluster, timeout="60s")
    try:
        yield client
    finally:
        client.close(timeout=30)
        cluster.close(timeout=30)


def compute(client, collection_or_delayed):
    futures = client.compute(collection_or_delayed)
    distributed.wait(futures, timeout=TIMEOUT)
    return client.gather(futures)


def read_lines(folder: Path) -> list[dict]:
    return [json.loads(line)
            for part in sorted(folder.glob("*.part"))
            for line in part.read_text(encoding="utf-8").splitlines()]


def test_jsonl_files_on_a_local_cluster_equal_the_library(client, files, expected, tmp_path):
    writes = jsonl_to_jsonl(files, str(tmp_path / "out"), compute=False)
    compute(client, writes)
    assert read_lines(tmp_path / "out") == expected
    # Each input file is one partition, so two output files, in input order.
    assert len(list((tmp_path / "out").glob("*.part"))) == 2
    # Both workers took part, and each loaded the pipeline on its own.
    assert len(client.scheduler_info()["workers"]) == 2


def test_extract_bag_of_dicts_equals_the_library(client, expected):
    records = [record for record in FIRST + SECOND if record is not None]
    records[1] = {**records[1], "id": expected[1]["source"]}  # no path here: give it its id
    bag = dask_bag.from_sequence(records, npartitions=2)
    assert compute(client, extract_bag(bag)) == expected


def test_matches_the_cli(files, expected, tmp_path):
    from typer.testing import CliRunner

    from factpull.cli import app

    result = CliRunner().invoke(app, ["--format", "jsonl", *files])
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line) for line in result.stdout.splitlines()] == expected


def test_a_bad_record_is_an_error_for_that_record_only(nlp):
    lines = [
        '{"id": "ok", "text": "Anna Berg visited Oslo."}',
        '{"id": "broken", "text": ',
        '["not", "an", "object"]',
        '{"id": "no-text", "body": "Anna Berg visited Oslo."}',
        '{"id": "bad-date", "date": "1 March 2024", "text": "Anna Berg visited Oslo."}',
        "   ",
        '{"text": "Tomas Novak flew to Athens."}',
    ]
    bag = dask_bag.from_sequence([(line, "feed.jsonl") for line in lines], npartitions=1)
    results = extract_bag(bag).compute(scheduler="sync")
    assert [(r["source"], "error" in r) for r in results] == [
        ("ok", False), ("feed.jsonl:2", True), ("feed.jsonl:3", True), ("feed.jsonl:4", True),
        ("bad-date", False), ("feed.jsonl:7", False),
    ]
    # The same rules and messages as the CLI's (factpull.reader).
    assert results[1]["error"].startswith("not a JSON object (")
    assert results[3]["error"] == "no text field 'text'"
    assert results[4]["reference_date"] is None  # a date field that is no date is ignored
    skipped = extract_bag(bag, errors="skip").compute(scheduler="sync")
    assert [r["source"] for r in skipped] == ["ok", "bad-date", "feed.jsonl:7"]
    with pytest.raises(Exception, match=r"feed\.jsonl:2"):
        extract_bag(bag, errors="raise").compute(scheduler="sync")


def test_summary_of_jsonl_files_on_a_local_cluster_equals_the_cli(client, files):
    from typer.testing import CliRunner

    from factpull.cli import app

    result = CliRunner().invoke(app, ["--summary", "--format", "json", *files])
    assert result.exit_code == 0, result.stderr
    cli = json.loads(result.stdout)
    assert summarise_jsonl(files).to_dict() == cli
    assert (cli["documents"], cli["failed"]) == (5, 0)
    assert len(client.scheduler_info()["workers"]) == 2


def test_summary_bag_is_a_tree_reduction_equal_to_the_library(client, expected):
    from factpull import api
    from factpull.summary import Summary

    records = [record for record in FIRST + SECOND if record is not None]
    records[1] = {**records[1], "id": expected[1]["source"]}
    records = records * 3  # 15 records in 5 partitions, merged 2 at a time: 3 levels
    bag = dask_bag.from_sequence(records, npartitions=5)
    item = summary_bag(bag, split_every=2)
    # 5 partial summaries, merged 2 at a time: 3 + 2 + 1 merges
    assert sum("factpull-summary" in str(key) for key in dict(item.dask)) == 5 + 3 + 2 + 1
    library = Summary()
    articles = [Article(str(r["id"]), r["text"], record_date(r)) for r in records]
    for _ in library.add_all(api.process(articles, api.Options(emit_text=True))):
        pass
    assert compute(client, item).to_dict() == library.to_dict()
    assert library.documents == 15
