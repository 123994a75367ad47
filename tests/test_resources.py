"""Packaged data files: read whole, one JSON value per line, a bad line named by number."""

from __future__ import annotations

import pytest

from factpull import resources


class _Files:
    """A stand-in for ``importlib.resources.files("factpull.data")`` holding one file."""

    def __init__(self, text: str) -> None:
        self.text = text

    def joinpath(self, name: str) -> _Files:
        return self

    def read_text(self, encoding: str) -> str:
        return self.text


def _read(monkeypatch, text: str) -> list:
    monkeypatch.setattr(resources.resources, "files", lambda package: _Files(text))
    return list(resources.read_jsonl("x.jsonl"))


def test_every_line_is_one_object_and_blank_lines_are_skipped(monkeypatch) -> None:
    text = '{"name": "a"}\n\n  \n{"name": "b\\u2028c"}\n'
    assert _read(monkeypatch, text) == [{"name": "a"}, {"name": "b\u2028c"}]


@pytest.mark.parametrize(("text", "line"), [
    ('{"name": "a"}\n{"name": \n', 2),
    ('{"name": "a"}\n{"name": "b"}, {"name": "c"}\n', 2),  # two objects on one line
    ('1]\n[2\n', 1),  # lines that decode only when joined
    ('{"a": 1}, {"b": 2}\n{"c": [3\n4]}\n', 1),  # as many objects as lines, joined
])
def test_a_bad_line_is_named_by_its_number(monkeypatch, text: str, line: int) -> None:
    with pytest.raises(ValueError, match=rf"factpull/data/x\.jsonl:{line}: "):
        _read(monkeypatch, text)


def test_every_packaged_file_reads_as_its_lines_one_by_one() -> None:
    import json
    from importlib.resources import files

    paths = [p for p in files("factpull.data").iterdir() if p.name.endswith(".jsonl")]
    assert len(paths) >= 10
    for path in paths:
        by_line = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                   if line.strip()]
        assert list(resources.read_jsonl(path.name)) == by_line, path.name
        assert all(isinstance(row, dict) for row in by_line), path.name
