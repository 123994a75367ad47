"""Treaties named by description: parties and subject, back-references, new instruments.

Every sentence here is made up for the test; the model is needed for tags and entities.
"""

from __future__ import annotations

import pytest

from factpull import layout
from factpull.extractors import treaties

TL = "turkey-libya-maritime-mou"


def _found(nlp, text: str) -> list[tuple[str, str | None, str, bool]]:
    doc = nlp(text)
    return [
        (t.text, t.id, t.name, t.reference)
        for t in treaties.extract(doc, layout=layout.analyse(text))
    ]


def _surfaces(nlp, text: str) -> list[tuple[str, str | None, bool]]:
    return [(surface, ident, ref) for surface, ident, _name, ref in _found(nlp, text)]


# ---------------------------------------------------------------- 1. descriptions


@pytest.mark.parametrize(
    ("text", "surface", "ident"),
    [
        # subject + instrument word + parties, either order of the parties
        ("Analysts doubted that the maritime deal between Libya and Turkey would last.",
         "maritime deal between Libya and Turkey", TL),
        # a date in front is left out of the span
        ("Diplomats said the 2019 sea boundary accord between Turkey and Libya was void.",
         "sea boundary accord between Turkey and Libya", TL),
        # a possessive state is a party
        ("Ankara defended Turkey's maritime memorandum with Libya on Friday.",
         "maritime memorandum with Libya", TL),
        # a hyphenated subject, and a bilateral instrument named by one party after "with"
        ("Delhi reviewed the water-sharing treaty with Pakistan this week.",
         "water-sharing treaty with Pakistan", "indus-waters-treaty"),
    ],
)
def test_a_description_names_the_instrument_its_parties_and_subject_fit(
    nlp, text, surface, ident
):
    assert _surfaces(nlp, text) == [(surface, ident, False)]


def test_topics_must_fit_the_record(nlp):
    # Egypt and Israel are parties to two recorded instruments, neither about gas
    found = _found(nlp, "Cairo praised the gas agreement between Egypt and Israel.")
    assert found == [("gas agreement between Egypt and Israel", None,
                      "Egypt–Israel gas agreement", False)]


def test_a_multilateral_instrument_needs_its_principal_party(nlp):
    # Russia and China are parties to the JCPOA, but a nuclear accord between the two is not it
    found = _found(nlp, "Experts studied the nuclear accord between Russia and China.")
    assert [(surface, ident) for surface, ident, _, _ in found] == [
        ("nuclear accord between Russia and China", None)
    ]


def test_an_indefinite_misnomer_is_not_reported_but_is_the_antecedent(nlp):
    text = ("In 2018 Washington abandoned a nuclear treaty with Iran that Obama had agreed. "
            "European states still back the treaty.")
    assert _surfaces(nlp, text) == [("treaty", "jcpoa", True)]


# ---------------------------------------------------------------- 2. back-references


def test_a_back_reference_with_a_subject_word_links_to_the_instrument(nlp):
    text = ("Ankara ratified the Turkey-Libya maritime deal in December. "
            "Athens called the border agreement void.")
    assert _surfaces(nlp, text) == [
        ("Turkey-Libya maritime deal", TL, False), ("border agreement", TL, True),
    ]


def test_a_subject_word_the_instrument_lacks_is_no_back_reference(nlp):
    text = ("Ankara ratified the Turkey-Libya maritime deal in December. "
            "Athens called the fisheries agreement void.")
    assert _surfaces(nlp, text) == [("Turkey-Libya maritime deal", TL, False)]


def test_the_deal_means_an_instrument_the_text_calls_a_deal(nlp):
    text = "Washington quit the Iran nuclear deal in 2018. Paris wants to rescue the deal."
    assert _surfaces(nlp, text) == [
        ("Iran nuclear deal", "jcpoa", False), ("deal", "jcpoa", True),
    ]


def test_the_deal_is_not_an_instrument_the_text_calls_otherwise(nlp):
    text = "Oslo signed the Paris Agreement in 2016. Critics said the deal was weak."
    assert _surfaces(nlp, text) == [("Paris Agreement", "paris-agreement", False)]


def test_an_unnamed_instrument_introduced_later_takes_the_back_reference(nlp):
    text = ("Athens condemned the Turkey-Libya maritime deal. In January, Cyprus and Greece "
            "signed an agreement to build a pipeline. The agreement was signed by ministers.")
    assert _surfaces(nlp, text) == [("Turkey-Libya maritime deal", TL, False)]


def test_an_agreement_on_another_subject_is_no_back_reference(nlp):
    text = ("Ankara ratified the Turkey-Libya maritime deal. Athens also attacked the "
            "agreement on sending troops to Tripoli.")
    assert _surfaces(nlp, text) == [("Turkey-Libya maritime deal", TL, False)]


# ---------------------------------------------------------------- 3. instruments not recorded


def test_a_new_bilateral_instrument_is_reported_unknown_with_a_built_name(nlp):
    text = "Officials said the fisheries agreement between Norway and Iceland expires in May."
    assert _found(nlp, text) == [
        ("fisheries agreement between Norway and Iceland", None,
         "Norway–Iceland fisheries agreement", False),
    ]


def test_a_memorandum_signed_between_three_states(nlp):
    text = ("Ministers welcomed the memorandum of understanding on energy signed between "
            "Cyprus, Greece and Israel.")
    assert _found(nlp, text) == [
        # "signed" is left out of the span: it is a fact about the instrument
        ("memorandum of understanding on energy", None,
         "Cyprus–Greece–Israel memorandum of understanding on energy", False),
    ]


def test_an_indefinite_new_instrument_is_named_through_its_back_reference(nlp):
    text = ("In 2017 a memorandum of understanding about gas exports was signed between "
            "Cyprus, Greece and Israel. Critics say the agreement is vague.")
    assert _found(nlp, text) == [
        ("agreement", None, "Cyprus–Greece–Israel memorandum of understanding on gas exports",
         True),
    ]


# ---------------------------------------------------------------- 4. precision


@pytest.mark.parametrize(
    "text",
    [
        "The agreement between Microsoft and Sony was renewed in March.",
        "The broadcasting agreement between France and Belgium ran out.",
        "No agreement between Israel and Lebanon exists on the matter.",
        "Its software deal with US telco Verizon was the largest to date.",
        "Barcelona confirmed the transfer agreement between Barcelona and Liverpool.",
        "Tesco sold its Polish stores to Salling Group. The deal covers 300 shops.",
        "The Security Council resolution on Libya passed. The deal was criticised.",
        "Delegates at the national convention with Iowa voters cheered.",
        "He reached an agreement with his landlord. The agreement ends in June.",
    ],
)
def test_private_negated_and_unnamed_deals_are_not_treaties(nlp, text):
    assert _found(nlp, text) == []


def test_one_state_and_no_subject_is_too_little_for_a_new_instrument(nlp):
    assert _found(nlp, "Officials said the agreement with Norway expires in May.") == []


def test_a_capitalised_modifier_is_left_to_the_name_rules(nlp):
    # not an unnamed instrument introduced here: it does not take "the agreement" away
    text = ("Ankara ratified the Turkey-Libya maritime deal. Brussels praised the Vandalian "
            "fisheries agreement. Athens said the agreement was void.")
    assert [ident for _, ident, _ in _surfaces(nlp, text)] == [TL, TL]


def test_another_state_in_the_sentence_stops_a_partial_party_match(nlp):
    # "with Egypt" fits the Egypt-Israel peace treaty only if no other state signs it
    text = "Officials in Khartoum said Sudan signed the peace treaty with Egypt."
    assert [ident for _, ident, _ in _surfaces(nlp, text)] == [None]
    text = "Officials in Jerusalem said they honour the peace treaty with Egypt."
    assert [ident for _, ident, _ in _surfaces(nlp, text)] == ["egypt-israel-peace-treaty"]


def test_a_party_list_that_goes_on_with_a_non_state(nlp):
    # the instrument is still recognised, but the span stops before the unfinished list ...
    text = "A spokesman said the nuclear accord between Iran and six powers was dead."
    assert _surfaces(nlp, text) == [("nuclear accord", "jcpoa", False)]
    # ... and half a list of parties does not make a new instrument
    assert _found(nlp, "The truce agreement between Israel and Hezbollah held.") == []


def test_a_state_owning_the_other_party_is_no_party(nlp):
    assert _found(nlp, "The club's television agreement with Spain's broadcaster ends.") == []


def test_the_state_before_an_instrument_with_another_is_a_party(nlp):
    text = ("Portugal signed a fisheries agreement with Morocco on Tuesday. "
            "Lisbon said the agreement protects its fleet.")
    assert _found(nlp, text) == [
        ("agreement", None, "Portugal–Morocco fisheries agreement", True),
    ]


def test_the_states_a_description_lists_stay_entities():
    from factpull.api import extract

    text = "Oslo defended the fisheries agreement between Norway and Iceland on Monday."
    document = extract(text)
    assert any("Norway and Iceland" in t.text for t in document.treaties)
    assert {"Norway", "Iceland"} <= {e.text for e in document.entities if e.label == "GPE"}
    named = extract("The Treaty of Lisbon entered into force.")
    assert not [e for e in named.entities if e.text == "Lisbon"]
