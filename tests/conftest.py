"""Shared fixtures: the real pipeline is loaded once per test session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(scope="session")
def nlp():
    """The full factpull pipeline (model + rulers), as the CLI uses it."""
    from factpull import pipeline

    return pipeline.load()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (FIXTURES / "seed.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_document(nlp, seed_text):
    import datetime as dt

    from factpull.api import extract

    return extract(seed_text, source="seed.txt", reference_date=dt.date(2025, 8, 26))


def load_expected(name: str) -> list[dict]:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite fixtures/<name>.{entities,dates,treaties}.json from the "
                          "current output, for review with git diff")


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


# -- helpers for entity rule tests (imported as ``from conftest import ...``) ------------------


def doc_with(text: str, *ents: tuple[str, str, int]):
    """A blank-pipeline doc whose entities are given as (surface, label, occurrence)."""
    import spacy

    doc = spacy.blank("en")(text)
    spans = []
    for surface, label, occurrence in ents:
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(surface, start + 1)
        span = doc.char_span(start, start + len(surface), label=label)
        assert span is not None, surface
        spans.append(span)
    doc.ents = spans
    return doc


def mentions(text: str, *names: tuple[str, str]):
    """Every occurrence of each name in ``text``, all with the given (wrong or right) model
    label, as :class:`~factpull.records.Entity` records in text order."""
    from factpull.records import Entity

    out = []
    for name, label in names:
        start = text.find(name)
        while start != -1:
            out.append(Entity(name, start, start + len(name), label, name))
            start = text.find(name, start + 1)
    return sorted(out, key=lambda e: e.start)
