"""Inputs to articles: paths, directories, stdin; bytes decoded with exact offsets.

Decoding rules (offsets are into the decoded text): a UTF-8 or UTF-16 byte-order mark is
removed; line ends are kept as they are (``\\r\\n`` is two characters); text that is not
valid UTF-8 is decoded with the encoding charset-normalizer finds most likely, with a warning;
a file holding NUL bytes (and no UTF-16 mark) is binary and refused.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from factpull.errors import InputError

STDIN = "-"
TEXT_SUFFIXES = (".txt",)


@dataclass(frozen=True, slots=True)
class Article:
    """One input document: where it came from, its decoded text, what we know about it."""

    source: str
    text: str
    reference_date: dt.date | None = None
    warnings: tuple[str, ...] = ()


def decode(data: bytes, source: str) -> Article:
    """Decode ``data`` following the rules in the module docstring."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return Article(source, data[len(bom):].decode(encoding))
            except UnicodeDecodeError as exc:
                reason = f"not valid {encoding} after its byte-order mark ({exc.reason})"
                raise InputError(source, reason) from None
    if b"\x00" in data:
        raise InputError(source, "binary file (NUL bytes), not text")
    try:
        return Article(source, data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(source, "not text: no character encoding fits its bytes")
    warning = f"{source}: not valid UTF-8; decoded as {best.encoding}"
    return Article(source, str(best), warnings=(warning,))


def read_path(path: str) -> Article:
    """Read one file (or ``-`` for stdin) as an :class:`Article`."""
    if path == STDIN:
        return decode(_read_stream(sys.stdin.buffer), STDIN)
    try:
        with open(path, "rb") as handle:
            return decode(handle.read(), path)
    except FileNotFoundError:
        raise InputError(path, "no such file or directory") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from None


def _read_stream(stream: BinaryIO) -> bytes:
    return stream.read()


def expand(paths: Iterable[str]) -> Iterator[str | InputError]:
    """Paths as given, with directories replaced by their ``*.txt`` files, sorted.

    Problems are yielded in place (not raised) so that the other inputs still run.
    """
    for path in paths:
        if path != STDIN and os.path.isdir(path):
            files = sorted(
                str(child) for child in Path(path).iterdir()
                if child.is_file() and child.suffix.lower() in TEXT_SUFFIXES
            )
            if not files:
                yield InputError(path, "directory holds no .txt files")
            yield from files
        else:
            yield path


def read_all(paths: Iterable[str]) -> Iterator[Article | InputError]:
    """Articles for ``paths``, in order; an unreadable input is yielded as its error."""
    for path in expand(paths):
        if isinstance(path, InputError):
            yield path
            continue
        try:
            yield read_path(path)
        except InputError as exc:
            yield exc
