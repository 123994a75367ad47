"""Packaged data files (JSONL rule patterns and gazetteers), read via importlib.resources."""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from typing import Any


def read_jsonl(name: str) -> Iterator[dict[str, Any]]:
    """Yield the objects of ``factpull/data/<name>``, skipping blank lines."""
    with resources.files("factpull.data").joinpath(name).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:  # a packaging bug, not user error
                    raise ValueError(f"factpull/data/{name}:{number}: {exc}") from exc
