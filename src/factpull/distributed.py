"""Run factpull on Dask: a ``dask.bag`` of JSON Lines articles in, plain dicts or JSONL out.

Needs the optional extra ``factpull[dask]`` (``dask[bag]`` and ``distributed``); Dask is
imported only when a function here is called, so importing this module costs nothing.

The work is done per partition by :func:`factpull.api.process`, which loads the spaCy pipeline
once per worker process (it is cached) and runs it over the partition's articles in batches.
Every record becomes one output dict, in input order within its partition:

* a document, as :meth:`factpull.records.Document.to_dict` gives it (what ``factpull --format
  jsonl`` prints), or
* ``{"source": ..., "error": ...}`` for a record that could not be used (not JSON, no text,
  a bad date, ...): one bad record never stops the others. Pass ``errors="skip"`` to drop
  them, or ``errors="raise"`` to fail the computation on the first one.

Sources follow the CLI's rule for JSON Lines input: the record's id field if it has one,
else ``PATH:LINE`` (1-based line number in the file). Blank lines are skipped (and counted).

JSONL files to JSONL files, on a cluster::

    from distributed import Client
    from factpull.distributed import jsonl_to_jsonl

    client = Client()                                        # or Client("scheduler:8786")
    jsonl_to_jsonl(["news/2024.jsonl", "news/2025.jsonl"], "out/")  # out/0.part, out/1.part

the corpus summary (what ``factpull --summary`` reports), as a tree reduction: one
:class:`~factpull.summary.Summary` per partition, merged in partition order::

    from factpull.distributed import summarise_jsonl
    report = summarise_jsonl(["news/2024.jsonl", "news/2025.jsonl"])  # a Summary
    report.to_dict()                                       # == factpull --summary --format json

or, to go on computing with the results::

    import dask.bag as db
    from factpull.distributed import extract_bag
    bag = db.read_text(paths, include_path=True)             # one partition per file
    docs = extract_bag(bag)                                  # a bag of dicts
    people = docs.pluck("entities").flatten().filter(lambda e: e["label"] == "PERSON")
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from factpull import reader
from factpull.errors import InputError
from factpull.reader import Article
from factpull.summary import Summary

if TYPE_CHECKING:
    import dask.bag

ErrorPolicy = Literal["include", "skip", "raise"]

#: Source prefix of a record whose path is not known (a bag built from dicts or strings).
UNKNOWN_PATH = "-"


def extract_bag(
    bag: dask.bag.Bag,
    *,
    text_field: str = "text",
    id_field: str = "id",
    date_field: str = "date",
    model: str | None = None,
    reference_date: dt.date | None = None,
    labels: Iterable[str] | None = None,
    emit_text: bool = False,
    batch_size: int | None = None,
    errors: ErrorPolicy = "include",
) -> dask.bag.Bag:
    """A bag of result dicts (see the module docstring), one per non-blank record of ``bag``.

    ``bag`` holds article records in any of these forms:

    * ``(line, path)`` pairs, as ``dask.bag.read_text(paths, include_path=True)`` gives them;
      records without an id get the source ``path:line``. Line numbers are counted within a
      partition, so keep read_text's default ``blocksize=None`` (one partition per file);
    * JSON strings (lines), or dicts already parsed; records without an id get ``-:N``, N
      counted within the partition (give such records an id for unique sources).

    ``text_field``, ``id_field`` and ``date_field`` name the record's fields; the date field,
    if present and not null, is the article's publication date in ISO form (``2024-03-01``;
    a date-time's date part is used) and becomes its reference date for relative dates.
    ``reference_date`` (if given) overrides it for every record, as ``--reference-date`` does.
    """
    if errors not in ("include", "skip", "raise"):
        raise ValueError(f"errors must be 'include', 'skip' or 'raise', not {errors!r}")
    return bag.map_partitions(
        extract_partition,
        text_field=text_field,
        id_field=id_field,
        date_field=date_field,
        model=model,
        reference_date=reference_date,
        labels=frozenset(labels) if labels else None,
        emit_text=emit_text,
        batch_size=batch_size,
        errors=errors,
    )


def extract_partition(
    records: Iterable[Any],
    *,
    text_field: str = "text",
    id_field: str = "id",
    date_field: str = "date",
    model: str | None = None,
    reference_date: dt.date | None = None,
    labels: frozenset[str] | None = None,
    emit_text: bool = False,
    batch_size: int | None = None,
    errors: ErrorPolicy = "include",
) -> list[dict[str, Any]]:
    """The work of one partition (see :func:`extract_bag`): a plain function, no Dask needed."""
    from factpull import api

    options = api.Options(model=model, reference_date=reference_date, labels=labels,
                          emit_text=emit_text)
    articles = _articles(records, text_field, id_field, date_field)
    out: list[dict[str, Any]] = []
    for result in api.process(articles, options, batch_size=batch_size or api.BATCH_SIZE):
        if isinstance(result, InputError):
            if errors == "raise":
                raise result
            if errors == "include":
                out.append({"source": result.source, "error": result.reason})
        else:
            out.append(result.to_dict())
    return out


def jsonl_to_jsonl(
    paths: str | Sequence[str],
    out: str,
    *,
    name_function=None,
    compute: bool = True,
    **options: Any,
):
    """Read JSON Lines articles from ``paths``, write one JSON line per result under ``out``.

    ``paths`` and ``out`` are as for ``dask.bag.read_text`` and ``Bag.to_textfiles`` (local
    paths, globs, or any fsspec URL such as ``s3://bucket/news/*.jsonl``; ``out`` is a
    directory or a name pattern with ``*``). Each input file is one partition and gives one
    output file, in order. ``options`` are those of :func:`extract_bag`. Runs on the current
    Dask scheduler (a ``distributed.Client`` if one is active) and returns the names of the
    files written; with ``compute=False``, returns the delayed writes instead.
    """
    lines = extract_bag(_read_jsonl(paths), **options).map(_to_json_line)
    return lines.to_textfiles(out, name_function=name_function, compute=compute,
                              encoding="utf-8", last_endline=True)


def summary_bag(
    bag: dask.bag.Bag,
    *,
    text_field: str = "text",
    id_field: str = "id",
    date_field: str = "date",
    model: str | None = None,
    reference_date: dt.date | None = None,
    labels: Iterable[str] | None = None,
    batch_size: int | None = None,
    split_every: int | None = None,
) -> dask.bag.Item:
    """The corpus :class:`~factpull.summary.Summary` of ``bag`` (records as for
    :func:`extract_bag`), as a Dask ``Item``: a tree reduction.

    Each partition becomes one partial summary (:func:`summarise_partition`); partial
    summaries are merged ``split_every`` at a time (Dask's default: 8), in partition order,
    up to one. Records that fail are counted as failures, as the CLI counts them. Only
    summaries cross the network, never the documents.
    """
    from functools import partial

    perpartition = partial(
        summarise_partition, text_field=text_field, id_field=id_field, date_field=date_field,
        model=model, reference_date=reference_date,
        labels=frozenset(labels) if labels else None, batch_size=batch_size,
    )
    return bag.reduction(perpartition, merge_summaries, split_every=split_every,
                         name="factpull-summary")


def summarise_partition(
    records: Iterable[Any],
    *,
    text_field: str = "text",
    id_field: str = "id",
    date_field: str = "date",
    model: str | None = None,
    reference_date: dt.date | None = None,
    labels: frozenset[str] | None = None,
    batch_size: int | None = None,
) -> Summary:
    """The summary of one partition (see :func:`summary_bag`): a plain function, no Dask."""
    from factpull import api

    # The text comes along for words and evidence sentences; the summary does not keep it.
    options = api.Options(model=model, reference_date=reference_date, labels=labels,
                          emit_text=True)
    articles = _articles(records, text_field, id_field, date_field)
    summary = Summary()
    for _ in summary.add_all(api.process(articles, options,
                                         batch_size=batch_size or api.BATCH_SIZE)):
        pass
    return summary


def merge_summaries(summaries: Iterable[Summary]) -> Summary:
    """One summary of several, merged in the order given (the aggregate of the reduction)."""
    merged = Summary()
    for summary in summaries:
        merged.merge(summary)
    return merged


def summarise_jsonl(paths: str | Sequence[str], *, split_every: int | None = None,
                    **options: Any) -> Summary:
    """The corpus summary of JSON Lines files, computed on the current Dask scheduler.

    Files are read as :func:`jsonl_to_jsonl` reads them (one partition per file, sources as
    the CLI gives them), so ``summarise_jsonl(paths).to_dict()`` equals the output of
    ``factpull --summary --format json --input-format jsonl PATHS``. ``options`` are those of
    :func:`summary_bag`.
    """
    return summary_bag(_read_jsonl(paths), split_every=split_every, **options).compute()


# -- records to articles ------------------------------------------------------------------------


def _articles(
    records: Iterable[Any], text_field: str, id_field: str, date_field: str
) -> Iterator[Article | InputError]:
    """Each record as the CLI reads a JSON Lines line (``factpull.reader``), so both agree."""
    fields = reader.Fields(text_field, id_field, date_field)
    for line, record in enumerate(records, start=1):
        path = UNKNOWN_PATH
        if isinstance(record, tuple) and len(record) == 2:
            record, path = record
        if isinstance(record, str):
            raw = record.encode("utf-8", "surrogateescape")  # undecodable bytes stay as read
        elif isinstance(record, bytes):
            raw = record
        else:
            raw = json.dumps(record).encode("utf-8")
        if raw.strip():  # blank lines are skipped, but counted
            yield reader.parse_record(raw, f"{path}:{line}", fields)


def _read_jsonl(paths: str | Sequence[str]) -> dask.bag.Bag:
    """``(line, path)`` pairs, one partition per file, paths as given."""
    import dask.bag as db

    given = [paths] if isinstance(paths, str) else list(paths)
    # Lines split at "\n" only, and undecodable bytes kept, as the CLI reads a file.
    return db.read_text(given, include_path=True, encoding="utf-8", errors="surrogateescape",
                        linedelimiter="\n").map_partitions(_as_given, _given_names(given))


# -- helpers for jsonl_to_jsonl (module level, so that workers can unpickle them) ---------------


def _given_names(given: list[str]) -> dict[str, str]:
    """Map the paths Dask reports (absolute, protocol stripped) back to the paths as given."""
    from fsspec.core import get_fs_token_paths

    names = {}
    for path in given:
        if any(char in path for char in "*?["):
            continue  # a glob: its files keep the names Dask reports
        _, _, (resolved,) = get_fs_token_paths(path)
        names[resolved] = path
    return names


def _as_given(pairs: Iterable[tuple[str, str]], names: dict[str, str]) -> list[tuple[str, str]]:
    return [(line, names.get(path, path)) for line, path in pairs]


def _to_json_line(result: dict[str, Any]) -> str:
    return json.dumps(result, ensure_ascii=False)
