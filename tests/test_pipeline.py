"""The pipeline factpull loads: what it keeps of the model, and what it reads from it."""

from __future__ import annotations


def test_the_english_word_list_comes_from_the_pipelines_lemmatizer(nlp):
    import spacy

    from factpull.pipeline import english_words

    words = english_words(nlp)
    assert {"data", "virus", "alumni"} <= words and "millepora" not in words
    assert "lemmatizer" in nlp.disabled  # loaded for its tables, never run
    assert english_words(spacy.blank("en")) is None


def test_the_real_word_list_tells_a_species_from_a_name_before_a_borrowed_word(nlp):
    from conftest import doc_with, found
    from factpull.pipeline import english_words

    text = ("Divers saw Acropora millepora. Sales of Tesco sushi rose, and the Tesco data "
            "showed why.\n")
    doc = doc_with(text, ("Acropora", "PERSON", 0), ("Tesco", "ORG", 0), ("Tesco", "ORG", 1))
    assert found(doc, english=english_words(nlp)) == [("Tesco", "ORG"), ("Tesco", "ORG")]


def test_wiki_markup_and_zero_width_characters_are_split_from_words(nlp):
    import spacy

    from factpull.pipeline import split_markup

    blank = split_markup(spacy.blank("en"))
    text = 'he said." ((es))Spanish language: \u200dSi el Senado. ((Ana Brandt))  Yes, Xtra\u200d.'
    assert [t.text for t in blank(text)] == [
        "he", "said", ".", '"', "(", "(", "es", "))", "Spanish", "language", ":", "\u200d", "Si",
        "el", "Senado", ".", "(", "(", "Ana", "Brandt", ")", ")", " ", "Yes", ",", "Xtra",
        "\u200d", "."]
    assert [t.text for t in nlp.tokenizer("((fr))French \u200dParis")] == [
        "(", "(", "fr", "))", "French", "\u200d", "Paris"]  # the pipeline factpull loads


def test_a_closing_bracket_glued_to_the_next_word_is_split_off(nlp):
    # A dateline's credit: "(VNN)The" is "(", "VNN", ")", "The"; not before a capital alone
    # or a lower-case letter ("f(x)Y", "(b)c").
    assert [t.text for t in nlp.tokenizer("(VNN)The mayor, f(x)Y and (b)c.")] == [
        "(", "VNN", ")", "The", "mayor", ",", "f(x)Y", "and", "(", "b)c", "."]


def test_a_possessive_typed_with_an_opening_quote_is_split_off(nlp):
    # "Velk‘s" as "Velk’s": the name ends before it; a quotation's opening quote stays whole.
    assert [t.text for t in nlp.tokenizer("Ana Velk‘s album, ‘sure’.")] == [
        "Ana", "Velk", "‘s", "album", ",", "‘", "sure", "’", "."]
    from conftest import found

    text = "Fans of Ana Velk‘s album cheered.\n"
    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(text.index("Ana"), text.index(" album"), label="PERSON")]
    assert found(doc) == [("Ana Velk", "PERSON")]
