"""The pipeline factpull loads: what it keeps of the model, and what it reads from it."""

from __future__ import annotations


def test_the_english_word_list_comes_from_the_pipelines_lemmatizer(nlp):
    import spacy

    from factpull.pipeline import english_words

    words = english_words(nlp)
    assert {"data", "virus", "alumni"} <= words and "millepora" not in words
    assert "lemmatizer" in nlp.disabled  # loaded for its tables, never run
    assert english_words(spacy.blank("en")) is None
