"""Golden files: each fixture article beside its expected facts, written by hand."""

from __future__ import annotations

import pytest

from conftest import FIXTURES, load_expected


@pytest.mark.parametrize("kind", ["entities", "dates", "treaties"])
def test_seed(seed_document, kind):
    path = FIXTURES / f"seed.{kind}.json"
    if not path.exists():
        pytest.skip(f"no golden file {path.name}")
    found = [item.to_dict() for item in getattr(seed_document, kind)]
    assert found == load_expected(path.name)


def test_fixture_is_the_seed(seed_text):
    from pathlib import Path

    seeds = sorted((Path(FIXTURES).parent / "seeds").glob("*.txt"))
    assert seed_text in [path.read_text(encoding="utf-8") for path in seeds]


def test_seed_facts(seed_document):
    """The hand-checked facts of the seed are among the output, offsets and all."""
    expected = load_expected("seed.facts.json")
    found = [item.to_dict() for item in seed_document.facts]
    for fact in expected:
        assert fact in found, fact
