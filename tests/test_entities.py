"""Entity cleaning and canonical names: rule tests on a blank pipeline (no model needed)."""

from __future__ import annotations

from spacy.tokens import Span

from conftest import doc_with, found
from factpull.extractors.entities import canonicalise, extract
from factpull.layout import analyse
from factpull.records import Entity


def test_entity_is_cut_at_a_line_break():
    text = "Talks ended.\n\nJane Roe\nsnapper / Shutterstock.com\n\nJane Roe spoke in Paris.\n"
    doc = doc_with(text, ("Jane Roe\nsnapper", "PERSON", 0), ("Jane Roe", "PERSON", 1),
                   ("Paris", "GPE", 0))
    assert found(doc) == [("Jane Roe", "PERSON"), ("Jane Roe", "PERSON"), ("Paris", "GPE")]


def test_determiners_and_possessives_are_trimmed():
    text = "The Council of Europe met. The minister cited Europe's rules and Europe’s courts.\n"
    doc = doc_with(text, ("The Council of Europe", "ORG", 0), ("Europe's", "LOC", 0),
                   ("Europe’s", "LOC", 0))
    assert found(doc) == [("Council of Europe", "ORG"), ("Europe", "LOC"), ("Europe", "LOC")]
    # Newswire's doubled quotes and dashes are edge punctuation too.
    text = "He gave his famous ``Velmo Curtain'' speech. -- Ada Brandt\n"
    doc = doc_with(text, ("``Velmo Curtain''", "WORK_OF_ART", 0), ("-- Ada Brandt", "PERSON", 0))
    assert found(doc) == [("Velmo Curtain", "WORK_OF_ART"), ("Ada Brandt", "PERSON")]


def test_headline_entities_need_the_body_to_confirm_them():
    text = ("Home › News\n\nParis Talks Break Down\n\n"
            "A Storm Hits\n\nThe talks in Paris broke down on Friday, delegates said.\n")
    doc = doc_with(text, ("Home", "ORG", 0), ("Paris Talks Break", "ORG", 0),
                   ("Storm Hits", "PERSON", 0), ("Paris", "GPE", 1))
    # "Paris Talks Break" shrinks to the confirmed "Paris", with the body's label;
    # "Storm Hits" has no support in the body; furniture yields nothing.
    assert found(doc) == [("Paris", "GPE"), ("Paris", "GPE")]


def test_body_names_are_found_in_headlines():
    text = "Why Lagos Is Sinking\n\nEngineers say Lagos could flood by 2050.\n"
    doc = doc_with(text, ("Lagos", "GPE", 1))
    assert found(doc) == [("Lagos", "GPE"), ("Lagos", "GPE")]


def test_excluded_ranges():
    text = "The European Convention on Human Rights binds France and Germany.\n"
    doc = doc_with(text, ("European Convention", "ORG", 0), ("France", "GPE", 0),
                   ("Germany", "GPE", 0))
    treaty = (text.index("European"), text.index(" binds"))
    assert found(doc, exclude=[treaty]) == [("France", "GPE"), ("Germany", "GPE")]


def test_a_name_inside_a_date_is_part_of_the_date():
    text = "Crowds came on Velmo Day, and the Velmo Day Parade and Velmo met Tarvik on Velmo Day.\n"
    first, second = text.index("Velmo Day"), text.rindex("Velmo Day")
    doc = doc_with(text, ("Velmo Day", "EVENT", 0), ("Velmo Day Parade", "EVENT", 0),
                   ("Velmo", "PERSON", 2), ("Tarvik", "PERSON", 0), ("Velmo Day", "EVENT", 2))
    dates = [(second, second + 9), (first, first + 9)]  # in any order
    # (a date inside a name leaves the name: the parade is an event)
    assert found(doc, dates=dates) == [("Velmo Day Parade", "EVENT"), ("Velmo", "PERSON"),
                                       ("Tarvik", "PERSON")]


def test_a_name_found_again_is_no_part_of_a_longer_date():
    text = "Ada Vell spoke on Vell 5, and Vell's plan failed.\n"
    doc = doc_with(text, ("Ada Vell", "PERSON", 0))
    day, plan = text.index("Vell 5"), text.index("Vell's")
    # (a date that is the name alone is the date rules' doubt: the name stays)
    out = extract(doc, layout=analyse(text), dates=[(day, day + 6), (plan, plan + 4)])
    assert [(e.text, e.start) for e in out] == [("Ada Vell", 0), ("Vell", plan)]


def entity(text: str, label: str, start: int = 0) -> Entity:
    return Entity(text, start, start + len(text), label, text)


def test_surname_takes_the_full_name():
    out = canonicalise([entity("Vladimir Putin", "PERSON"), entity("Putin", "PERSON", 20),
                        entity("Putin", "ORG", 40)])
    assert [(e.canonical, e.label) for e in out] == [("Vladimir Putin", "PERSON")] * 3


def test_ambiguous_surname_stays_as_it_is():
    out = canonicalise([entity("Bill Clinton", "PERSON"), entity("Hillary Clinton", "PERSON", 20),
                        entity("Clinton", "PERSON", 40)])
    assert [e.canonical for e in out] == ["Bill Clinton", "Hillary Clinton", "Clinton"]


def test_case_variants_are_one_entity_with_the_majority_label():
    out = canonicalise([
        entity("Council of Europe", "ORG"), entity("COUNCIL OF EUROPE", "ORG", 30),
        entity("Council of Europe", "ORG", 60), entity("Council of Europe", "GPE", 90),
    ])
    assert {(e.canonical, e.label) for e in out} == {("Council of Europe", "ORG")}


def test_span_type_is_untouched():
    # extract() yields records, never spaCy objects.
    doc = doc_with("Paris is big.\n", ("Paris", "GPE", 0))
    (record,) = extract(doc, layout=analyse(doc.text))
    assert isinstance(record, Entity) and not isinstance(record, Span)


def test_acronym_takes_the_name_it_abbreviates():
    out = canonicalise([
        entity("EU", "ORG"), entity("European Union", "ORG", 10), entity("EU", "ORG", 30),
        entity("U.S.", "GPE", 40), entity("United States", "GPE", 50),
        entity("ECHR", "ORG", 70), entity("European Court of Human Rights", "ORG", 80),
    ])
    assert [e.canonical for e in out] == [
        "European Union", "European Union", "European Union", "United States", "United States",
        "European Court of Human Rights", "European Court of Human Rights",
    ]


def test_ambiguous_acronym_stays_as_it_is():
    out = canonicalise([entity("UN", "ORG"), entity("United Nations", "ORG", 10),
                        entity("Upper Nile", "LOC", 30)])
    assert out[0].canonical == "UN"


def test_an_initial_and_surname_is_the_full_name_with_that_initial():
    out = canonicalise([entity("Marta Oyelaran", "PERSON"), entity("M. Oyelaran", "PERSON", 30),
                        entity("Oyelaran", "PERSON", 60)])
    assert [e.canonical for e in out] == ["Marta Oyelaran"] * 3


def test_a_different_initial_is_a_different_person():
    out = canonicalise([entity("Marta Oyelaran", "PERSON"), entity("K Oyelaran", "PERSON", 30),
                        entity("Oyelaran", "PERSON", 60)])
    assert [e.canonical for e in out] == ["Marta Oyelaran", "K Oyelaran", "Oyelaran"]


def test_a_name_is_cut_at_a_bracket():
    text = "The Union of Coastal Towns (UCT) met. The Union of Coastal Towns (UCT said no.\n"
    doc = doc_with(text, ("Union of Coastal Towns (UCT)", "ORG", 0),
                   ("Union of Coastal Towns (UCT", "ORG", 1))
    assert found(doc) == [("Union of Coastal Towns", "ORG"), ("UCT", "ORG")] * 2
    names = {e.canonical for e in canonicalise(extract(doc, layout=analyse(text)))}
    assert names == {"Union of Coastal Towns"}
