"""The shared vocabulary is read-only and the rules are built from it."""

import re

import pytest

from factpull import timex, vocab
from factpull.extractors import dates


def test_vocabularies_are_read_only():
    with pytest.raises(TypeError):
        vocab.MONTHS["smarch"] = 13  # type: ignore[index]
    with pytest.raises(TypeError):
        vocab.WEEKDAYS["funday"] = 8  # type: ignore[index]
    assert isinstance(vocab.LEADING_PREPOSITIONS, tuple)


def test_numbering():
    assert vocab.MONTHS["jan"] == 1 and vocab.MONTHS["sept"] == 9 and vocab.MONTHS["dec"] == 12
    assert vocab.WEEKDAYS["mon"] == 1 and vocab.WEEKDAYS["thurs"] == 4
    assert vocab.WEEKDAYS["sunday"] == 7


def test_timex_uses_the_vocabulary():
    assert timex.MONTHS is vocab.MONTHS and timex.WEEKDAYS is vocab.WEEKDAYS
    for name in vocab.MONTHS:
        assert re.fullmatch(timex._MONTH, name)
    assert set(vocab.LEADING_PREPOSITIONS) <= dates._LEADING
