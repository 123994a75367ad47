"""Decoding inputs with exact offsets, and every kind of bad input."""

from __future__ import annotations

import codecs

import pytest

from factpull.errors import InputError
from factpull.reader import Article, decode, expand, read_all


@pytest.mark.parametrize(
    "data, text",
    [
        (b"plain", "plain"),
        (codecs.BOM_UTF8 + "caf\u00e9".encode(), "caf\u00e9"),
        (codecs.BOM_UTF16_LE + "Kyiv\r\n".encode("utf-16-le"), "Kyiv\r\n"),
        (codecs.BOM_UTF16_BE + "Kyiv".encode("utf-16-be"), "Kyiv"),
        (b"one\r\ntwo\r\n", "one\r\ntwo\r\n"),
        (b"", ""),
    ],
)
def test_decode(data, text):
    assert decode(data, "f.txt") == Article("f.txt", text)


def test_binary_is_refused():
    with pytest.raises(InputError, match=r"f\.bin: binary file"):
        decode(b"\x89PNG\x00\x00\x00", "f.bin")


def test_not_utf8_is_decoded_with_a_warning():
    data = ("Le président de la République a signé le traité à Genève, "
            "en présence des délégués étrangers.").encode("cp1252")
    article = decode(data, "f.txt")
    assert "président" in article.text
    assert article.warnings and "not valid UTF-8" in article.warnings[0]


def test_expand_directories(tmp_path):
    (tmp_path / "b.txt").write_text("b")
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "c.md").write_text("c")
    empty = tmp_path / "empty"
    empty.mkdir()
    out = list(expand([str(tmp_path), str(empty)]))
    assert out[:2] == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    assert isinstance(out[2], InputError) and "no .txt files" in out[2].message


def test_read_all_keeps_going(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Some text.")
    results = list(read_all([str(tmp_path / "missing.txt"), str(good)]))
    assert isinstance(results[0], InputError)
    assert results[0].message.endswith("missing.txt: no such file or directory")
    assert results[1] == Article(str(good), "Some text.")
