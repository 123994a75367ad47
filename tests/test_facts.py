"""Facts: triggers, status classes, noun triggers, parties, objects and dates, on own sentences."""

from __future__ import annotations

import pytest

from factpull.api import extract
from factpull.extractors import facts


def _facts(text):
    doc = extract(text, source="t")
    for fact in doc.facts:
        assert text[fact.start:fact.end] == fact.text
        assert text[fact.object.start:fact.object.end] == fact.object.text
        if fact.party is not None:
            assert text[fact.party.start:fact.party.end] == fact.party.text
        if fact.date is not None:
            assert text[fact.date.start:fact.date.end] == fact.date.text
        start, end = fact.sentence
        assert start <= fact.start < fact.end <= end
    return doc.facts


@pytest.mark.parametrize(("text", "action", "status"), [
    ("Poland joined NATO in 1999.", "join", "done"),
    ("Hungary has already left the Council of Europe.", "withdraw", "done"),
    ("Norway refused to ratify the Kyoto Protocol.", "ratify", "negated"),
    ("Critics accused Iran of breaching the Non-Proliferation Treaty.", "violate", "alleged"),
    ("The opposition has asked the government to withdraw from the WTO.", "withdraw", "proposed"),
    ("Britain threatened to leave the European Union.", "withdraw", "possible"),
    ("Serbia moves to exit the Council of Europe.", "withdraw", "planned"),
    ("Canada will not sign the Ottawa Treaty.", "sign", "negated"),
    ("If elected, he could pull out of NATO.", "withdraw", "possible"),
])
def test_status_classes(text, action, status):
    found = [(f.action, f.status) for f in _facts(text)]
    assert (action, status) in found


def test_noun_trigger_and_possessor():
    (fact,) = [f for f in _facts("Turkey's membership bid to the European Union stalled.")
               if f.action == "join"]
    assert fact.party is not None and fact.party.canonical == "Turkey"
    assert fact.object.kind == "organisation" and fact.object.name == "European Union"


def test_one_fact_per_coordinated_party():
    found = _facts("France and Germany signed the Treaty of Lisbon.")
    parties = sorted(f.party.canonical for f in found if f.action == "sign" and f.party)
    assert parties == ["France", "Germany"]


def test_passive_agent_and_date():
    (fact,) = _facts("The European Convention against Torture was adopted by "
                     "Council of Europe member states in 1987.")
    assert fact.action == "adopt" and fact.status == "done"
    assert fact.date is not None and fact.date.value == "1987"


def test_no_object_no_fact():
    assert _facts("Russia ratified it in 1998.") == ()


def test_organisation_gazetteer_has_canonical_names():
    names = {name for _, name in facts.organisations()}
    assert {"European Union", "North Atlantic Treaty Organization", "Council of Europe"} <= names
    assert len(names) >= 50


@pytest.mark.parametrize(("text", "action", "party"), [
    # passive subject of expel: the state expelled
    ("Russia was expelled from the Council of Europe in March 2022.", "expel", "Russia"),
    # the one called on to act, not the caller
    ("Lawmakers called on Britain to quit the European Union.", "withdraw", "Britain"),
    # a noun trigger's "of"
    ("He wants to complete the withdrawal of the United Kingdom from the European Union.",
     "withdraw", "United Kingdom"),
])

def test_party_from_the_parse(text, action, party):
    found = [(f.action, f.party and f.party.canonical) for f in _facts(text)]
    assert (action, party) in found


def test_date_of_the_triggers_clause():
    text = ("Russia joined the Council of Europe in 1996 and ratified the European Convention "
            "for the Prevention of Torture two years later.")
    dates = {f.action: f.date and f.date.text for f in _facts(text)}
    assert dates == {"join": "1996", "ratify": "two years later"}


def test_unnamed_instruments_between_states_only():
    (fact,) = _facts("On November 27, Turkey and Libya signed a maritime border agreement.")[:1]
    assert fact.object.text == "maritime border agreement"
    assert _facts("Manchester United signed a new deal with Adidas.") == ()


def test_the_deal_refers_back_to_the_named_treaty():
    text = ("Leaders signed the Agreement Establishing the African Continental Free Trade Area. "
            "Only 27 countries have ratified the agreement.")
    (fact,) = [f for f in _facts(text) if f.action == "ratify"]
    assert fact.object.text == "agreement"
    assert fact.object.name.startswith("Agreement Establishing the African")


def test_verb_of_saying_is_no_fact():
    assert _facts("They concluded that the Paris Agreement is flawed.") == ()


def test_pronoun_stands_for_its_governing_subject():
    text = "NATO met in Brussels. The new government announced it would leave the Paris Agreement."
    (fact,) = _facts(text)
    assert (fact.action, fact.status, fact.party) == ("withdraw", "planned", None)


@pytest.mark.parametrize("text", [
    "Scotland could exit with or without a trade agreement with Brussels.",
    "Ecuador withdrew its troops under the peace accord.",
    "Bolivia pulled out before the treaty was signed.",
])
def test_an_instrument_in_a_phrase_of_circumstance_is_not_the_object(text):
    assert not [f for f in _facts(text) if f.action == "withdraw"]


@pytest.mark.parametrize(("text", "parties"), [
    ("After years of border disputes between Chile and Peru, the two countries have signed the "
     "Kyoto Protocol.", ["Chile", "Peru"]),
    ("Ghana and Togo met in Lome. Both governments later ratified the Paris Agreement.",
     ["Ghana", "Togo"]),
    # fewer states named than the group counts: no guess
    ("Peru and Chile met in Lima. The three nations joined NATO.", []),
])
def test_a_group_of_states_stands_for_the_states_named_before(text, parties):
    found = [f.party.canonical for f in _facts(text) if f.party is not None]
    assert found == parties


def test_a_documents_candidate_sentences_are_parsed_in_one_batch(nlp):
    """Facts parse their sentences in one call to the parser per document, not one each."""
    from factpull.api import extract

    class Counting:
        def __init__(self, nlp):
            self.nlp, self.calls = nlp, 0

        def __getattr__(self, name):
            return getattr(self.nlp, name)

        def get_pipe(self, name):
            pipe = self.nlp.get_pipe(name)
            if name != "parser":
                return pipe
            counting = self

            class Parser:
                def pipe(self, docs, **kwargs):
                    counting.calls += 1
                    return pipe.pipe(docs, **kwargs)

            return Parser()

    text = ("Kenya signed the Paris Agreement in 2016. Peru ratified the Kyoto Protocol. "
            "Chile joined NATO. Brazil left the Paris Agreement.")
    counting = Counting(nlp)
    found = facts.extract(counting, nlp(text), entities=extract(text).entities, dates=[],
                          treaties=extract(text).treaties)
    assert len(list(found)) >= 3
    assert counting.calls == 1


def _every_pattern(sentence: str) -> list[tuple[int, int, str]]:
    """What :func:`facts._objects` finds when it tries every organisation pattern."""
    found: list[tuple[int, int, str]] = []
    for pattern, name in facts.organisations():
        for match in pattern.finditer(sentence):
            if not any(match.start() < end and start < match.end() for start, end, _ in found):
                found.append((match.start(), match.end(), name))
    return sorted(found)


def test_the_substring_test_before_each_organisation_pattern_hides_no_match():
    for pattern, _ in facts.organisations():
        alias = pattern.pattern.removeprefix(r"(?<![\w-])").removesuffix(r"(?![\w-])")
        alias = alias.replace("\\", "")
        for form in {alias, alias.upper(), alias.lower(), alias.title()}:
            sentence = f"Officials said the country would join {form} next year."
            objects = facts._objects(sentence, 0, len(sentence), ())
            assert [(o.start, o.end, o.name) for o in objects] == _every_pattern(sentence), form


def test_a_name_that_is_not_ascii_is_always_tried(monkeypatch):
    import re

    pattern = re.compile(r"(?<![\w-])Stiftung\ Straſse(?![\w-])", re.IGNORECASE)
    monkeypatch.setattr(facts, "_organisation_patterns",
                        lambda: ((pattern, "Stiftung Strasse", None),))
    monkeypatch.setattr(facts, "_any_organisation", lambda: pattern)
    sentence = "They joined the stiftung strasse in May."
    assert [o.name for o in facts._objects(sentence, 0, len(sentence), ())] == \
        ["Stiftung Strasse"]
