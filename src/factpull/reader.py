"""Inputs to articles: paths, directories, stdin; bytes decoded with exact offsets.

Inputs are text files, JSON Lines (one article object per line: ``--text-field``,
``--id-field``, ``--date-field``) and saved HTML pages (main text and publication date via
trafilatura, the ``html`` extra). Problems come back as :class:`InputError` values in place of
the article, so that the other inputs still run.

Decoding rules (offsets are into the decoded text): a UTF-32, UTF-8 or UTF-16 byte-order
mark is removed; line ends are kept as they are (``\\r\\n`` is two characters); text that is
almost all valid UTF-8 is decoded as UTF-8 with its few bad bytes replaced (U+FFFD), with a
warning; other text that is not valid UTF-8 is decoded with the encoding charset-normalizer
finds most likely, with a warning — but cp1252 when the bytes read as Western text in it
(accented letters one or two at a time inside words, not runs of another script) and no
Central or Eastern European language is detected; UTF-16 without a mark is recognised
by its NULs at odd or even positions; any other file holding NUL bytes is binary and refused.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
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


_BOMS = (  # UTF-32 first: its little-endian mark begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: Languages whose detection is strong evidence against cp1252.
_NOT_WESTERN = {"Czech", "Polish", "Slovak", "Hungarian", "Croatian", "Slovene", "Romanian",
                "Lithuanian", "Latvian", "Estonian", "Turkish", "Bosnian", "Serbian"}


def decode(data: bytes, source: str) -> Article:
    """Decode ``data`` following the rules in the module docstring."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Article(source, data[len(bom):].decode(encoding))
            except UnicodeDecodeError as exc:
                reason = f"not valid {encoding} after its byte-order mark ({exc.reason})"
                raise InputError(source, reason) from None
    if b"\x00" in data:
        encoding = _utf16_without_bom(data)
        if encoding is None:
            raise InputError(source, "binary file (NUL bytes), not text")
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            raise InputError(source, "binary file (NUL bytes), not text") from None
        warning = f"{source}: no byte-order mark; decoded as {encoding}"
        return Article(source, text, warnings=(warning,))
    try:
        return Article(source, data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    valid = sum(1 for char in text if ord(char) > 0x7F) - text.count("\ufffd")
    if valid >= 20 * bad:  # almost all valid UTF-8: a few bad bytes, not another encoding
        warning = f"{source}: not valid UTF-8 ({bad} bad byte sequences replaced by U+FFFD)"
        return Article(source, text, warnings=(warning,))
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(source, "not text: no character encoding fits its bytes")
    encoding, decoded = best.encoding, str(best)
    if encoding != "cp1252" and best.language not in _NOT_WESTERN:
        western = _as_western(data)
        if western is not None:
            decoded, encoding = western, "cp1252"
    warning = f"{source}: not valid UTF-8; decoded as {encoding}"
    return Article(source, decoded, warnings=(warning,))


#: cp1252 characters that Western text strings together (quotes, dashes, spaces, currency).
_TYPOGRAPHY = frozenset("\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026\u2022\u20ac"
                        "\u00a3\u00a0\u00ab\u00bb\u00b0\u00a9\u00ae\u2122\u00b7")
_FOREIGN_RUN = 3


def _as_western(data: bytes) -> str | None:
    """``data`` as cp1252 when it reads as Western text, else None.

    Western text has its accented letters one or two at a time inside Latin words
    ("Genève", "ação"); bytes of another script read as cp1252 give runs of three or more
    (Cyrillic "Âëàäèìèð", CJK "ÖÐ¹ú"). When most non-ASCII characters sit in such runs, the
    bytes are not cp1252.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    foreign = total = run = 0
    for char in text:
        if ord(char) > 0x7F and char not in _TYPOGRAPHY:
            total += 1
            run += 1
            if run == _FOREIGN_RUN:
                foreign += run
            elif run > _FOREIGN_RUN:
                foreign += 1
        else:
            run = 0
    return text if foreign <= 0.2 * total else None


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``-be`` when NULs sit mostly at odd or even positions, else None."""
    if len(data) % 2 or len(data) < 4:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    half = len(data) // 2
    if odd >= 0.3 * half and even <= 0.05 * half:
        return "utf-16-le"
    if even >= 0.3 * half and odd <= 0.05 * half:
        return "utf-16-be"
    return None


def printable(name: str) -> str:
    """``name`` as valid Unicode, for ``source`` and messages.

    A file name that is not valid UTF-8 reaches Python with its bad bytes as surrogate escapes;
    a JSON string can hold a lone surrogate. Neither can be written as UTF-8: each bad byte or
    surrogate becomes U+FFFD.
    """
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        pass
    # surrogate escapes (U+DC80..U+DCFF) are bytes back; any other surrogate is U+FFFD
    name = "".join("\ufffd" if "\ud800" <= c <= "\udfff" and not "\udc80" <= c <= "\udcff"
                   else c for c in name)
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _without_surrogates(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD (same length: offsets stay)."""
    return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)


@dataclass(frozen=True, slots=True)
class Fields:
    """Which fields of a JSON Lines record hold the text, the id and the publication date."""

    text: str = "text"
    id: str = "id"
    date: str = "date"


_SUFFIX_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".html": "html", ".htm": "html"}


def input_format(path: str, requested: str = "auto") -> str:
    """``text``, ``jsonl`` or ``html``: as requested, else by the file's suffix."""
    if requested != "auto":
        return requested
    return _SUFFIX_FORMATS.get(Path(path).suffix.lower(), "text") if path != STDIN else "text"


def read_bytes(path: str) -> bytes:
    """The bytes of a file, or of standard input for ``-``."""
    if path == STDIN:
        return sys.stdin.buffer.read()
    with _open(path) as handle:
        try:
            return handle.read()
        except OSError as exc:
            raise InputError(printable(path), f"read error: {exc.strerror or exc}") from None


def _open(path: str) -> BinaryIO:
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise InputError(printable(path), "no such file or directory") from None
    except IsADirectoryError:
        raise InputError(printable(path), "is a directory") from None
    except PermissionError:
        raise InputError(printable(path), "permission denied") from None
    except OSError as exc:
        raise InputError(printable(path), exc.strerror or str(exc)) from None


def read_path(path: str) -> Article:
    """Read one text file (or ``-`` for stdin) as an :class:`Article`."""
    return decode(read_bytes(path), printable(path))


def read(
    path: str, *, format: str = "auto", fields: Fields = Fields()
) -> Iterator[Article | InputError]:
    """The articles in ``path``: one for a text or HTML file, one per line of JSON Lines."""
    try:
        kind = input_format(path, format)
        if kind == "jsonl":
            yield from _read_jsonl(path, fields)
        elif kind == "html":
            yield _read_html(path)
        else:
            yield read_path(path)
    except InputError as exc:
        yield exc


def _read_jsonl(path: str, fields: Fields) -> Iterator[Article | InputError]:
    """One article per non-blank line, read as a stream; a bad line fails alone."""
    if path == STDIN:
        yield from _records(sys.stdin.buffer, path, fields)
        return
    with _open(path) as handle:
        yield from _records(handle, path, fields)


def _records(lines: Iterable[bytes], path: str, fields: Fields) -> Iterator[Article | InputError]:
    name = printable(path)
    number = 0
    try:
        for number, raw in enumerate(lines, start=1):
            if raw.strip():
                yield parse_record(raw, f"{name}:{number}", fields)
    except OSError as exc:  # a read error ends this input only; its good records are kept
        yield InputError(f"{name}:{number + 1}", f"read error: {exc.strerror or exc}")


def parse_record(raw: bytes, where: str, fields: Fields) -> Article | InputError:
    """One JSON Lines record as an article (or the error for that line only).

    Whatever a line holds (a 5,000-digit number, 100,000 nested brackets), it fails alone.
    A date field that is not a date is ignored with a warning.
    """
    try:
        return _parse_record(raw, where, fields)
    except InputError as exc:
        return exc
    except Exception as exc:  # RecursionError and ValueError from json included
        return InputError(where, f"not a usable JSON object ({type(exc).__name__}: "
                                 f"{printable(str(exc))[:200]})")


def _parse_record(raw: bytes, where: str, fields: Fields) -> Article:
    try:
        record = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(where, f"not a JSON object ({exc})") from None
    if not isinstance(record, dict):
        raise InputError(where, "not a JSON object")
    text = record.get(fields.text)
    if not isinstance(text, str):
        raise InputError(where, f"no text field {fields.text!r}")
    ident = record.get(fields.id)
    source = printable(str(ident)) if ident not in (None, "") else where
    warnings = []
    if text != (clean := _without_surrogates(text)):
        warnings.append(f"{where}: lone surrogates in the text replaced by U+FFFD")
        text = clean
    try:
        date = parse_date(record.get(fields.date))
    except (ValueError, OverflowError):
        date = None
        value = record.get(fields.date)
        shown = printable(repr(value))[:80] if isinstance(value, str) else type(value).__name__
        warnings.append(f"{where}: date field {fields.date!r} is not a date, ignored: {shown}")
    return Article(source, text, reference_date=date, warnings=tuple(warnings))


def parse_date(value: object) -> dt.date | None:
    """An ISO date (or the date part of an ISO timestamp); None when absent."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError(value)
    return dt.date.fromisoformat(value.strip()[:10])


def _read_html(path: str) -> Article:
    try:
        import trafilatura
    except ImportError:
        raise InputError(
            printable(path), "HTML input needs the html extra: pip install 'factpull[html]'"
        ) from None
    article = decode(read_bytes(path), printable(path))
    extracted = trafilatura.bare_extraction(article.text, with_metadata=True)
    if extracted is None:
        raise InputError(printable(path), "no article text found in the HTML")
    data = extracted if isinstance(extracted, dict) else extracted.as_dict()
    try:
        date = parse_date(data.get("date"))
    except ValueError:
        date = None
    return Article(printable(path), data.get("text") or "", reference_date=date,
                   warnings=article.warnings)


def expand(paths: Iterable[str | InputError]) -> Iterator[str | InputError]:
    """Paths as given, with directories replaced by their ``*.txt`` files, sorted.

    Problems are yielded in place (not raised) so that the other inputs still run; errors
    given are passed on, so expanding twice changes nothing.
    """
    for path in paths:
        if isinstance(path, InputError):
            yield path
        elif path != STDIN and os.path.isdir(path):
            files = sorted(
                str(child) for child in Path(path).iterdir()
                if child.is_file() and child.suffix.lower() in TEXT_SUFFIXES
            )
            if not files:
                yield InputError(printable(path), "directory holds no .txt files")
            yield from files
        else:
            yield path


def read_all(
    paths: Iterable[str | InputError], *, format: str = "auto", fields: Fields = Fields()
) -> Iterator[Article | InputError]:
    """Articles for ``paths``, in order; an unreadable input is yielded as its error."""
    for path in expand(paths):
        if isinstance(path, InputError):
            yield path
        else:
            yield from read(path, format=format, fields=fields)
