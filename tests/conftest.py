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
