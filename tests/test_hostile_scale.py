"""Hostile input at scale: pathological runs, huge texts, bad bytes, workers killed from outside."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from factpull import api
from factpull.api import extract


def _check_offsets(document, text):
    for item in (*document.entities, *document.dates, *document.treaties):
        assert text[item.start:item.end] == item.text


def test_a_long_run_of_punctuation_is_linear(nlp):
    text = "Angela Merkel visited Paris. " + "(" * 20_000 + " Emmanuel Macron left Berlin."
    started = time.monotonic()
    document = extract(text)
    assert time.monotonic() - started < 5
    assert {"Angela Merkel", "Paris", "Berlin"} <= {e.text for e in document.entities}
    _check_offsets(document, text)


def test_a_separator_line_is_masked_with_exact_offsets(nlp):
    text = "Angela Merkel visited Paris.\n" + "=" * 8_000 + "\nThe talks ended on 3 May 2021."
    masked = api.mask(text)
    assert len(masked) == len(text)
    assert masked.strip(" \n") != text and "=" not in masked
    document = extract(text)
    assert "3 May 2021" in {d.text for d in document.dates}
    _check_offsets(document, text)


def test_a_huge_word_yields_no_items_and_no_cut_items(nlp):
    text = "Angela Merkel visited Paris. " + "Ab" * 1_500_000 + " Talks in Berlin."
    document = extract(text)
    items = (*document.entities, *document.dates, *document.treaties)
    assert all(item.end - item.start <= api.MAX_ITEM_CHARS for item in items)
    assert {e.text for e in document.entities} >= {"Angela Merkel", "Paris", "Berlin"}
    _check_offsets(document, text)


MEMORY_SCRIPT = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (CAP, CAP))
from factpull import api
paragraph = "Angela Merkel met Emmanuel Macron in Paris on 3 May 2021 to discuss the treaty.\\n\\n"
document = api.extract(paragraph * (400_000 // len(paragraph)))
print(len(document.entities))
"""


@pytest.mark.slow
def test_a_long_text_runs_in_bounded_memory(nlp):
    limit = 1_600_000_000  # address space: a 400 KB text took ~1.3 GB of RSS before
    script = MEMORY_SCRIPT.replace("CAP", str(limit))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout) > 10_000


def _run(paths, **options):
    import io

    from factpull import cli

    env = cli.Environment(stdin=io.StringIO(), stdout=io.StringIO(), stderr=io.StringIO(),
                          stdin_isatty=True, stdout_isatty=False, stderr_isatty=False)
    status = cli.run(env, paths, format=cli.Format.jsonl, **options)
    return status, env.stdout.getvalue(), env.stderr.getvalue()


def test_jobs_are_capped_at_documents_and_cores(nlp, tmp_path, monkeypatch):
    import factpull.api

    seen = []
    real = factpull.api.process

    def spy(items, options, *, jobs=1, **kwargs):
        seen.append(jobs)
        return real(items, options, jobs=1, **kwargs)

    monkeypatch.setattr(factpull.api, "process", spy)
    (tmp_path / "a.txt").write_text("Angela Merkel visited Paris.")
    status, out, err = _run([str(tmp_path / "a.txt")], jobs=1000)
    assert status == 0 and out.count("\n") == 1
    assert seen == [1]
    assert err.count("\n") == 1 and "-j 1000: using 1 worker" in err
    assert factpull.api.resolve_jobs(1000) <= (os.cpu_count() or 1)


def test_a_huge_jobs_number_is_a_usage_error(nlp, tmp_path):
    (tmp_path / "a.txt").write_text("Angela Merkel visited Paris.")
    status, out, err = _run([str(tmp_path / "a.txt")], jobs=99999999999999999999)
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and "internal error" not in err


ORPHAN_SCRIPT = """
import os, sys
from factpull import api
texts = ["Angela Merkel visited Paris. " * 200] * 400
for document in api.extract_many(texts, jobs=2):
    print(os.getpid(), flush=True)
"""


@pytest.mark.slow
@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL])
def test_workers_die_with_their_parent(nlp, how):
    parent = subprocess.Popen([sys.executable, "-c", ORPHAN_SCRIPT], stdout=subprocess.PIPE,
                              text=True)
    parent.stdout.readline()  # the workers are up
    children = _children(parent.pid)
    assert children
    os.kill(parent.pid, how)
    parent.wait(timeout=30)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(pid) for pid in children):
        time.sleep(0.2)
    alive = [pid for pid in children if _alive(pid)]
    for pid in alive:
        os.kill(pid, signal.SIGKILL)
    assert not alive


def _children(pid):
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry))
    return found


def _alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


KILLED_SCRIPT = """
import os, signal
from factpull import api
from factpull.reader import Article

def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

real = api._worker
def worker(batch, options):
    if any("doomed" in item.source for item in batch):
        die()
    return real(batch, options)
api._worker = worker
"""


@pytest.mark.slow
def test_a_worker_killed_from_outside_loses_only_its_documents(nlp, tmp_path):
    for name in ("a", "doomed", "c"):
        (tmp_path / f"{name}.txt").write_text("Angela Merkel visited Paris.")
    runner = tmp_path / "run.py"
    runner.write_text(KILLED_SCRIPT + "\nfrom factpull.cli import main\nmain()\n")
    paths = [str(tmp_path / f"{name}.txt") for name in ("a", "doomed", "c")]
    done = subprocess.run([sys.executable, str(runner), "-j", "2", "-f", "jsonl", *paths],
                          capture_output=True, text=True, timeout=200)
    assert done.returncode == 1, done.stderr
    assert "interrupted" not in done.stderr
    assert "doomed.txt: lost" in done.stderr


def test_utf8_with_a_few_bad_bytes_stays_utf8():
    from factpull.reader import decode

    text = "Zürich, Genève and Kraków signed the accord. " * 20
    data = text.encode() + b"\xff" + text.encode()
    article = decode(data, "x")
    assert article.text == text + "\ufffd" + text
    assert article.warnings


def test_latin1_francois_is_cp1252():
    from factpull.reader import decode

    article = decode("François Hollande met the press in Besançon.".encode("latin-1"), "x")
    assert "François" in article.text and "Besançon" in article.text


def test_czech_cp1250_stays_cp1250():
    from factpull.reader import decode

    text = "Vláda České republiky schválila návrh zákona o státním rozpočtu. " * 5
    assert decode(text.encode("cp1250"), "x").text == text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_decoded(encoding):
    from factpull.reader import decode

    text = "Angela Merkel visited Paris on 3 May 2021."
    article = decode(text.encode(encoding), "x")
    assert article.text == text


@pytest.mark.parametrize("encoding", ["utf-32-le", "utf-32-be"])
def test_utf32_with_a_bom_is_decoded_as_utf32(encoding):
    import codecs

    from factpull.reader import decode

    bom = codecs.BOM_UTF32_LE if encoding.endswith("le") else codecs.BOM_UTF32_BE
    text = "Angela Merkel visited Paris."
    assert decode(bom + text.encode(encoding), "x").text == text


ENGLISH = ("The council met on Tuesday to discuss the budget. Officials said the plan, which "
           "had been delayed twice, would now go ahead. Residents were not consulted, critics "
           "said, and the vote was close. The mayor defended the decision at a press conference "
           "later that day. ")


@pytest.mark.parametrize("extra", [
    "\n\n\u2014Troy Roberts, reporting from the scene.",     # an em-dash before a capital
    "\nThe wall rose 50\u00a0m (165\u00a0ft) above the river.",  # no-break spaces
    "\nFran\u00e7ois Hollande met the press in Besan\u00e7on, they said.",
])
def test_english_cp1252_with_few_non_ascii_bytes_is_cp1252(extra):
    from factpull.reader import decode

    text = ENGLISH * 6 + extra + " " + ENGLISH * 2
    for encoding in ("cp1252", "latin-1"):
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:
            continue
        assert decode(data, "x").text == text


@pytest.mark.parametrize(("encoding", "text"), [
    ("cp1251", "Президент России Владимир Путин подписал в понедельник закон о выходе страны "
               "из Европейской конвенции по предупреждению пыток. "),
    ("cp1253", "Η Ελλάδα υπέγραψε τη συνθήκη στις Βρυξέλλες τη Δευτέρα. "),
    ("gb18030", "中国于周一在北京签署了该条约。"),
])
def test_other_scripts_are_not_read_as_cp1252(encoding, text):
    from factpull.reader import decode

    assert decode((text * 4).encode(encoding), "x").text == text * 4
