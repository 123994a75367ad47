"""The rule files are generated: the committed files are what scripts/generate_rules.py writes."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from factpull import vocab

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "generate_rules.py"
DATA = ROOT / "src" / "factpull" / "data"


@pytest.fixture(scope="module")
def generator():
    spec = importlib.util.spec_from_file_location("generate_rules", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_files_are_generated(generator):
    """Fails when a rule file is edited by hand (or the spec changed and it was not rerun)."""
    files = generator.generated()
    assert set(files) == {"date_patterns.jsonl", "treaty_patterns.jsonl"}
    for name, text in files.items():
        assert (DATA / name).read_text(encoding="utf-8") == text, (
            f"{name} differs from scripts/generate_rules.py's output: run the script"
        )


def test_check_mode_reports_a_hand_edit(generator, tmp_path, monkeypatch, capsys):
    for name, text in generator.generated().items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(generator, "DATA", tmp_path)
    assert generator.main(["--check"]) == 0
    edited = tmp_path / "date_patterns.jsonl"
    edited.write_text(edited.read_text(encoding="utf-8").replace('"now"', '"nowish"'),
                      encoding="utf-8")
    assert generator.main(["--check"]) == 1
    assert "date_patterns.jsonl" in capsys.readouterr().err
    assert generator.main([]) == 0  # rewrites it
    assert generator.main(["--check"]) == 0


def test_months_and_weekdays_come_from_the_vocabulary(generator):
    weekday_lists = [
        token["LOWER"]["IN"]
        for pattern in generator.date_patterns()
        for token in pattern["pattern"]
        if isinstance(token.get("LOWER"), dict) and "monday" in token["LOWER"]["IN"]
    ]
    assert weekday_lists and all(
        set(vocab.FULL_WEEKDAYS) <= set(words) for words in weekday_lists
    )
    assert set(vocab.FULL_MONTHS) <= set(generator.MONTH_WORDS)


def test_approximators_listed_once(generator):
    """The 21-word approximator list is one constant in the spec, not 13 copies."""
    text = SCRIPT.read_text(encoding="utf-8")
    assert text.count('"approximately"') == 1
    lines = (DATA / "date_patterns.jsonl").read_text(encoding="utf-8").splitlines()
    uses = [line for line in lines if '"approximately"' in line]
    assert len(uses) == 13
    for line in uses:
        first = json.loads(line)["pattern"][0]
        assert first == {"LOWER": {"IN": list(generator.APPROXIMATORS)}, "OP": "*"}


def test_treaty_shapes_at_three_lengths(generator):
    strong = [p for p in generator.treaty_patterns() if p.get("id") == "strong"]
    assert len(strong) == len(generator.STRONG_SHAPES) * generator.NAME_RUNS
    runs = sorted({sum(1 for t in p["pattern"] if t.get("OP") == "+") for p in strong})
    assert runs == [1, 2, 3]


def test_treaty_words_come_from_the_vocabulary(generator):
    from factpull.extractors import treaties

    heads = {head.lower() for heads, _ in generator.STRONG_SHAPES for head in heads}
    assert heads <= vocab.INSTRUMENT_WORDS
    assert set(treaties.REFERENCE_KINDS) <= vocab.INSTRUMENT_WORDS
    assert treaties._INSTRUMENT_WORDS is vocab.INSTRUMENT_WORDS


def test_every_unit_the_rules_find_is_one_timex_normalises(generator):
    from factpull import timex

    assert len(generator.UNITS) == len(generator.UNITS_PLURAL)
    for singular, plural in zip(generator.UNITS, generator.UNITS_PLURAL):
        assert singular in timex.UNITS
        assert timex._unit(plural) == singular, plural
