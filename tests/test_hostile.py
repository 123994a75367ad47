"""Hostile input: text, names and records crafted (or mangled) to break the output or the run."""

from __future__ import annotations

import csv
import io
import json

from rich.console import Console

from factpull.records import DateMention, Document, Entity, TreatyMention
from factpull.render import RENDERERS


def _doc(name: str, *, source: str = "a.txt") -> Document:
    return Document(
        source=source,
        model="m-1",
        entities=(Entity(name, 0, len(name), "PERSON", name),),
        dates=(DateMention(name, 0, len(name), "DATE", name, anchor=None),),
        treaties=(TreatyMention(name, 0, len(name), name, id=name, year=None),),
    )


def _table(documents) -> str:
    out = io.StringIO()
    console = Console(file=out, width=200, color_system=None, force_terminal=False)
    for piece in RENDERERS["table"](documents):
        console.print(piece)
    return out.getvalue()


# 1. input is never read as rich markup


def test_table_shows_closing_markup_tag_literally_and_goes_on():
    out = _table([_doc("John[/red]Smith"), _doc("Ann Lee", source="b.txt")])
    assert out.count("John[/red]Smith") == 6  # entity; date text, value; treaty name, id, seen as
    assert "b.txt" in out and "Ann Lee" in out


def test_table_shows_opening_markup_tag_literally():
    out = _table([_doc("Pedro[bold]Sanchez", source="x[/]y[red].txt")])
    assert out.count("Pedro[bold]Sanchez") == 6
    assert "x[/]y[red].txt" in out


# 15. control characters are shown escaped, never sent to the terminal


def test_table_escapes_terminal_control_sequences():
    out = _table([_doc("Evil\x1b[2JName", source="f\x1b]0;t\x07.txt")])
    assert "\x1b" not in out and "\x07" not in out
    assert "Evil\\x1b[2JName" in out
    assert "f\\x1b]0;t\\x07.txt" in out


# 16. CSV formula injection


def test_csv_neutralises_formulas_json_keeps_exact_text():
    names = ["=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tTab", "Safe"]
    docs = [_doc(name, source=name) for name in names]
    rows = list(csv.reader(io.StringIO("".join(RENDERERS["csv"](docs)), newline="")))[1:]
    assert "".join(RENDERERS["csv"]([_doc("\rCR", source="s")])).count("'\rCR") == 7
    for name, row in zip(names, [rows[i * 3] for i in range(len(names))], strict=True):
        expected = name if name == "Safe" else "'" + name
        assert row[0] == row[2] == row[6] == expected
    for doc in docs:
        line = "".join(RENDERERS["jsonl"]([doc]))
        assert json.loads(line)["entities"][0]["text"] == doc.entities[0].text


# 2-4, 6: inputs and records that must fail alone, or not at all

import os  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402

import pytest  # noqa: E402

from factpull import reader  # noqa: E402


def _factpull(*args, cwd=None, input=None):
    return subprocess.run([sys.executable, "-m", "factpull", *args], capture_output=True,
                          cwd=cwd, input=input, env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def test_printable_replaces_bad_bytes_and_lone_surrogates():
    assert reader.printable(os.fsdecode(b"bad\xff.txt")) == "bad\ufffd.txt"
    assert reader.printable("id-\ud800") == "id-\ufffd"
    assert reader.printable("plain é") == "plain é"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names are bytes")
def test_file_name_not_utf8_gives_valid_json_and_the_run_goes_on(nlp, tmp_path):
    (tmp_path / os.fsdecode(b"bad\xff.txt")).write_text("Anna Berg visited Oslo.")
    (tmp_path / "good.txt").write_text("Tomas Novak flew to Athens.")
    result = _factpull("-f", "jsonl", os.fsdecode(b"bad\xff.txt"), "good.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    docs = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert [d["source"] for d in docs] == ["bad\ufffd.txt", "good.txt"]


def test_jsonl_lone_surrogate_id_and_text_give_valid_json():
    article = reader.parse_record(b'{"id": "x\\ud800", "text": "Oslo \\udc00."}', "f:1",
                                  reader.Fields())
    assert article.source == "x\ufffd"
    assert article.text == "Oslo \ufffd."  # same length: offsets stay exact
    json.dumps(article.source, ensure_ascii=False).encode("utf-8")


@pytest.mark.parametrize("line", [
    b'{"text": "x", "n": ' + b"9" * 5000 + b"}",  # ValueError: too many digits
    b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",  # RecursionError
    b'{"text": "x", "id": ' + b"7" * 5000 + b"}",
], ids=["huge-int", "deep-nesting", "huge-int-id"])
def test_a_hostile_jsonl_line_fails_alone(line):
    lines = [b'{"id": "a", "text": "Oslo."}\n', line + b"\n", b'{"id": "b", "text": "Rome."}\n']
    items = list(reader._records(lines, "feed.jsonl", reader.Fields()))
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "Article"]
    assert items[1].source == "feed.jsonl:2"


@pytest.mark.skipif(not os.path.exists("/proc/self/mem"), reason="needs /proc")
def test_a_read_error_fails_that_input_only(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Oslo.")
    items = list(reader.read_all(["/proc/self/mem", str(good)]))
    assert isinstance(items[0], reader.InputError) and "read error" in items[0].message
    assert items[1].text == "Oslo."


def test_a_read_error_in_jsonl_keeps_the_records_before_it():
    def lines():
        yield b'{"id": "a", "text": "Oslo."}\n'
        raise OSError(5, "Input/output error")

    items = list(reader._records(lines(), "feed.jsonl", reader.Fields()))
    assert items[0].source == "a"
    assert items[1].message == "feed.jsonl:2: read error: Input/output error"


@pytest.mark.parametrize("value", ['"yesterday"', '"2025-13-45"', "12345", "[1]"])
def test_a_bad_date_field_is_ignored_with_a_warning(value):
    raw = ('{"id": "a", "text": "Oslo.", "date": ' + value + "}").encode()
    article = reader.parse_record(raw, "feed.jsonl:7", reader.Fields())
    assert isinstance(article, reader.Article) and article.reference_date is None
    assert article.warnings[0].startswith("feed.jsonl:7: date field 'date' is not a date, ignored")


# 5. reference dates at the calendar's ends


@pytest.mark.parametrize(("reference", "text", "placeholder"), [
    ("0001-01-01", "yesterday", "XXXX-XX-XX"),
    ("0001-01-01", "last Monday", "XXXX-WXX-1"),
    ("9999-12-31", "tomorrow", "XXXX-XX-XX"),
    ("9999-12-31", "next Monday", "XXXX-WXX-1"),
    ("9999-12-31", "next weekend", "XXXX-WXX-WE"),
])
def test_a_relative_date_past_the_calendar_ends_stays_unresolved(reference, text, placeholder):
    import datetime as dt

    from factpull import timex

    result = timex.normalise(text, reference=dt.date.fromisoformat(reference))
    assert (result.value, result.resolved) == (placeholder, False)


@pytest.mark.parametrize("reference", ["0001-01-01", "9999-12-31"])
def test_documents_at_the_calendar_ends_are_processed(nlp, reference):
    import datetime as dt

    from factpull.api import extract

    text = "Anna Berg arrived yesterday and leaves tomorrow, before next Monday."
    document = extract(text, reference_date=dt.date.fromisoformat(reference))
    assert {d.text for d in document.dates} >= {"yesterday", "tomorrow"}


# 12. output streams


def _write_article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Angela Merkel met Emmanuel Macron in Paris.\n")
    return str(path)


def test_table_into_a_closed_pipe_ends_quietly_with_status_0(nlp, tmp_path):
    path = _write_article(tmp_path)
    proc = subprocess.Popen([sys.executable, "-m", "factpull", "-f", "table", path, path, path],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    assert proc.wait() == 0
    assert proc.stderr.read() == b""


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("format", ["jsonl", "table"])
def test_a_full_disk_is_one_plain_line(nlp, tmp_path, format):
    path = _write_article(tmp_path)
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "factpull", "-f", format, path],
                                stdout=full, stderr=subprocess.PIPE)
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == [
        "factpull: cannot write output: No space left on device"]


def test_closed_stdout_is_one_plain_line(nlp, tmp_path):
    result = subprocess.run([sys.executable, "-m", "factpull", "-f", "jsonl",
                             _write_article(tmp_path)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, pass_fds=(), preexec_fn=lambda: os.close(1))
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == [
        "factpull: cannot write output: standard output is closed"]


def test_with_stderr_closed_errors_never_reach_stdout(nlp, tmp_path):
    result = subprocess.run([sys.executable, "-m", "factpull", "-f", "jsonl",
                             str(tmp_path / "missing.txt")], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, preexec_fn=lambda: os.close(2))
    assert result.returncode == 1
    assert result.stdout == b""


# 14. usage errors are one line


@pytest.mark.parametrize(("args", "start"), [
    (["-f", "xml", "x"], "factpull: invalid value for '--format' / '-f': 'xml' is not one of"),
    (["-j", "abc", "x"], "factpull: invalid value for '--jobs' / '-j':"),
    (["--bogus", "x"], "factpull: no such option: --bogus"),
])
def test_a_usage_error_is_one_line_with_status_2(args, start):
    result = _factpull(*args)
    lines = result.stderr.decode().splitlines()
    assert (result.returncode, len(lines), result.stdout) == (2, 1, b"")
    assert lines[0].startswith(start)


# 13. --model that is not a usable spaCy pipeline


def test_a_model_path_that_is_no_pipeline_is_a_one_line_usage_error(tmp_path):
    from factpull import pipeline
    from factpull.errors import ExitStatus, UsageError

    plain = tmp_path / "plain"
    plain.mkdir()
    afile = tmp_path / "a.txt"
    afile.write_text("x")
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "config.cfg").write_text("[paths\ntrain = null\n")
    (broken / "meta.json").write_text('{"lang": "en", "name": "x", "version": "1"}')
    no_meta = tmp_path / "no-meta"
    no_meta.mkdir()
    (no_meta / "config.cfg").write_text("[paths]\n")
    expected = {
        plain: "is not a spaCy pipeline (no config.cfg in it)",
        afile: "is a file, not a spaCy pipeline directory",
        broken: "cannot load spaCy pipeline",
        no_meta: "is not a usable spaCy pipeline",
    }
    for path, words in expected.items():
        with pytest.raises(UsageError) as caught:
            pipeline.load(str(path))
        assert words in caught.value.message and str(path) in caught.value.message
        assert "\n" not in caught.value.message and "pip install" not in caught.value.message
        assert caught.value.exit_status == ExitStatus.USAGE


def test_table_says_why_an_edge_of_calendar_date_is_unresolved():
    doc = Document(source="a.txt", model="m-1", entities=(),
                   dates=(DateMention("tomorrow", 0, 8, "DATE", "XXXX-XX-XX", resolved=False),),
                   treaties=(), reference_date="9999-12-31",
                   reference_date_source="option")
    assert "unresolved: beyond the calendar" in _table([doc])


def test_facts_table_shows_input_literally():
    from factpull.records import Fact, FactDate, FactObject, Party

    name = "Evil[/red]\x1b[2JCorp"
    fact = Fact(name, 0, len(name), "join", "done", Party(name, 0, len(name), name),
                FactObject("organisation", name, 0, len(name), name, None),
                FactDate(name, 0, len(name), None), (0, len(name)))
    out = _table([Document(source="a.txt", model="m-1", facts=(fact,))])
    assert "\x1b" not in out
    assert out.count("Evil[/red]\\x1b[2JCorp") == 4  # when, party, object, evidence
