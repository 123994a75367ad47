"""Golden files: each fixture article beside its expected facts, reviewed by hand.

`pytest tests/test_golden.py --update-golden` rewrites them from the current output; review
the diff before committing it.
"""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from conftest import FIXTURES, load_expected

KINDS = ("entities", "dates", "treaties")
# articles written for the tests; the first line is "Published: YYYY-MM-DD", the reference date
ARTICLES = ("business", "sports")


def _check(name, kind, found, update):
    path = FIXTURES / f"{name}.{kind}.json"
    if update and (not path.exists() or load_expected(path.name) != found):
        path.write_text(json.dumps(found, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert path.exists(), f"missing golden file {path.name}"
    assert found == load_expected(path.name)


@pytest.mark.parametrize("kind", KINDS)
def test_seed(seed_document, kind, update_golden):
    found = [item.to_dict() for item in getattr(seed_document, kind)]
    _check("seed", kind, found, update_golden)


@pytest.fixture(scope="module", params=ARTICLES)
def article(request, nlp):
    from factpull.api import extract

    name = request.param
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    published = re.match(r"Published: (\d{4}-\d\d-\d\d)\n", text)
    assert published, f"{name}.txt must start with a 'Published: YYYY-MM-DD' line"
    reference = dt.date.fromisoformat(published.group(1))
    return name, extract(text, source=f"{name}.txt", reference_date=reference)


@pytest.mark.parametrize("kind", KINDS)
def test_article(article, kind, update_golden):
    name, document = article
    _check(name, kind, [item.to_dict() for item in getattr(document, kind)], update_golden)


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
