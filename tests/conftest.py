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


def found(doc, **options) -> list[tuple[str, str]]:
    """The (text, label) of each entity :func:`~factpull.extractors.entities.extract` keeps."""
    from factpull.extractors.entities import extract
    from factpull.layout import analyse

    return [(e.text, e.label) for e in extract(doc, layout=analyse(doc.text), **options)]


def decided(text: str, *names: tuple[str, str],
            fields: tuple[str, ...] = ("label", "confidence")) -> dict[str, set[tuple]]:
    """Name -> the given fields of its mentions after the document-level decision (each
    occurrence of each name in ``text`` given the model label that goes with it)."""
    from factpull.extractors.entities import canonicalise

    out: dict[str, set[tuple]] = {}
    for entity in canonicalise(mentions(text, *names), text):
        out.setdefault(entity.text, set()).add(tuple(getattr(entity, f) for f in fields))
    return out


def labels(text: str, *names: tuple[str, str]) -> dict[str, set[str]]:
    """Name -> the labels its mentions end with (see :func:`decided`)."""
    return {name: {label for (label,) in got}
            for name, got in decided(text, *names, fields=("label",)).items()}
