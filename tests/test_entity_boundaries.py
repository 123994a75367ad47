"""Boundary repair, works and technologies, and the confidence of a label: rule tests on a
blank pipeline (no model needed), with made-up names."""

from __future__ import annotations

import pytest

from conftest import decided, doc_with, found, labels, mentions
from factpull.extractors.entities import canonicalise
from factpull.records import Entity

# -- names split or glued ---------------------------------------------------------------------


def test_a_figure_after_a_persons_name_or_a_percentage_is_no_part_of_the_name():
    text = "Arbury 244 (T. Velloq 63, R. Dask 7th). Tarvik 0.5%, Dornmouth 1.6%.\n"
    doc = doc_with(text, ("T. Velloq 63", "PERSON", 0), ("R. Dask 7th", "PERSON", 0),
                   ("Tarvik 0.5%", "ORG", 0), ("Dornmouth 1.6", "GPE", 0))
    assert found(doc) == [("T. Velloq", "PERSON"), ("R. Dask", "PERSON"), ("Tarvik", "ORG"),
                          ("Dornmouth", "GPE")]
    # A product's, an event's or a software's name may end with a number.
    text = "Users ran Velmo Linux 8 and Kestrel 10 before Arbury 2024.\n"
    doc = doc_with(text, ("Velmo Linux 8", "PERSON", 0), ("Kestrel 10", "PRODUCT", 0),
                   ("Arbury 2024", "EVENT", 0))
    # (a platform's name with its number is a product: "Linux" is of cue kind "product_head")
    assert found(doc) == [("Velmo Linux 8", "PRODUCT"), ("Kestrel 10", "PRODUCT"),
                          ("Arbury 2024", "EVENT")]


def test_a_figure_before_a_players_statistic_is_no_part_of_the_name():
    text = "Tarvik (3-0): Ada Velk 8 saves, Bo Rann 1 goal. Quist 19 points.\n"
    doc = doc_with(text, ("Ada Velk 8", "FAC", 0), ("Bo Rann 1", "ORG", 0),
                   ("Quist 19", "PRODUCT", 0))
    assert found(doc) == [("Ada Velk", "FAC"), ("Bo Rann", "ORG"), ("Quist", "PRODUCT")]
    # Not before other words: a product's number ("Kestrel 10 users", "Velmo 2 games"), nor
    # before a title's next word ("Dask 2 Points").
    text = "Kestrel 10 users and Velmo 2 games. Dask 2 Points.\n"
    doc = doc_with(text, ("Kestrel 10", "PRODUCT", 0), ("Velmo 2", "PRODUCT", 0),
                   ("Dask 2", "WORK_OF_ART", 0))
    assert found(doc) == [("Kestrel 10", "PRODUCT"), ("Velmo 2", "PRODUCT"),
                          ("Dask 2", "WORK_OF_ART")]


def test_a_player_with_a_statistic_is_a_person():
    text = "Tarvik (3-0): Velk 8 saves. Ada Rann 1 goal. Dask 19 points and Dask won."
    assert labels(text, ("Velk", "FAC"), ("Ada Rann", "ORG"), ("Dask", "PRODUCT")) == {
        "Velk": {"PERSON"}, "Ada Rann": {"PERSON"}, "Dask": {"PERSON"}}
    # A team scores points too: an organisation needs a first name, or a full name with its
    # statistic in most mentions in a report of games; not a place.
    text = "Tarvik 20 points, Dornby 5. Leeds 3 goals. Vel Dask 2 goals."
    assert labels(text, ("Tarvik", "ORG"), ("Leeds", "FAC"), ("Vel Dask", "ORG")) == {
        "Tarvik": {"ORG"}, "Leeds": {"GPE"}, "Vel Dask": {"ORG"}}
    game = "Tarvik beat Dornby 3-1 and 2-0 this season; the coach scored points. "
    text = game + "Vel Dask 2 goals. Bo Lund 1 assist."
    assert labels(text, ("Vel Dask", "ORG"), ("Bo Lund", "ORG")) == {
        "Vel Dask": {"PERSON"}, "Bo Lund": {"PERSON"}}
    text = game + "Vel Dask 2 goals. Vel Dask won, and Vel Dask lost. Ormby 20 points."
    assert labels(text, ("Vel Dask", "ORG"), ("Ormby", "ORG")) == {
        "Vel Dask": {"ORG"}, "Ormby": {"ORG"}}


def test_an_office_named_after_its_holder_is_one_organisation():
    text = ("Charges came from the U.S. Attorney's Office for the Western District of Velloria "
            "on Monday, and the Velmor County Sheriff’s Office agreed.\n")
    doc = doc_with(text, ("U.S.", "GPE", 0), ("Western District", "LOC", 0),
                   ("Velloria", "GPE", 0), ("Velmor County Sheriff", "GPE", 0))
    assert found(doc) == [("U.S. Attorney's Office for the Western District of Velloria", "ORG"),
                          ("Velmor County Sheriff’s Office", "ORG")]
    # Not a name's possessive, nor a person's; not cutting the model's longer name.
    text = ("Velloria's Ministry of Trade, the Queen's Office and King's College Dask met. Notes "
            "by The Velmor Sheriff's Office Monday said so.\n")
    doc = doc_with(text, ("Velloria", "GPE", 0), ("Ministry of Trade", "ORG", 0),
                   ("Queen", "PERSON", 0), ("King's College Dask", "ORG", 0))
    assert found(doc) == [("Velloria", "GPE"), ("Ministry of Trade", "ORG"), ("Queen", "PERSON"),
                          ("King's College Dask", "ORG"), ("Velmor Sheriff's Office", "ORG")]


def test_a_numbered_bill_is_one_law():
    # The model cuts "House Bill 2" at the chamber, or ends it at "Bill"; "HB 2" and "HB2"
    # are its short names.
    # (The chamber named alone elsewhere does not cut the bill's name in two.)
    text = ("The House met to repeal House Bill 2 on Monday. Foes of HB2 and of HB 5 spoke, "
            "and Senate Bill 30 passed.\n")
    doc = doc_with(text, ("House", "ORG", 0), ("House", "ORG", 1), ("Bill 2", "PERSON", 0),
                   ("HB 5", "ORG", 0), ("Senate Bill", "LAW", 0))
    assert found(doc) == [("House", "ORG"), ("House Bill 2", "LAW"), ("HB2", "LAW"),
                          ("HB 5", "LAW"), ("Senate Bill 30", "LAW")]
    # No chamber before it: a man named Bill; no number: no bill; a legal form or a province's
    # abbreviation is none ("Velmo AB 2023"); a bill ends the text, or has a letter.
    text = "Then Bill 2 times said no to the HB rule, Bill Amos said.\n"
    doc = doc_with(text, ("Bill", "PERSON", 0), ("Bill Amos", "PERSON", 0))
    assert found(doc) == [("Bill", "PERSON"), ("Bill Amos", "PERSON")]
    text = "Velmo AB 2023 results came, then Senate Bill C-51, and foes fought HB2"
    doc = doc_with(text, ("Velmo AB", "ORG", 0))
    assert found(doc) == [("Velmo AB", "ORG"), ("Senate Bill C-51", "LAW"), ("HB2", "LAW")]


def test_organisation_words_cut_off_a_companys_name_are_joined_again():
    # After the model's organisation, or after a word it left untagged (after a colon too).
    text = ("Two firms: Velmora Energy Holdings and Tarvik Capital Partners. Deals went to "
            "Kestrel Group Ltd on Monday.\n")
    doc = doc_with(text, ("Energy Holdings", "ORG", 0), ("Tarvik", "ORG", 0),
                   ("Capital Partners", "ORG", 0), ("Kestrel", "ORG", 0), ("Group Ltd", "ORG", 0))
    assert found(doc) == [("Velmora Energy Holdings", "ORG"), ("Tarvik Capital Partners", "ORG"),
                          ("Kestrel Group Ltd", "ORG")]
    # Not a determiner, a sentence's first word or a lone organisation word.
    text = "Deals went to the Energy Holdings unit. Four Navy ships sailed. Then Velmo Navy left.\n"
    doc = doc_with(text, ("Energy Holdings", "ORG", 0), ("Navy", "ORG", 0), ("Navy", "ORG", 1))
    assert found(doc) == [("Energy Holdings", "ORG"), ("Navy", "ORG"), ("Navy", "ORG")]


def test_a_laws_year_is_part_of_its_name():
    text = "The Velmo Trade Act of 1952 and the Tarvik Act applied in 1960.\n"
    doc = doc_with(text, ("Velmo Trade Act", "LAW", 0), ("Tarvik Act", "LAW", 0))
    assert found(doc) == [("Velmo Trade Act of 1952", "LAW"), ("Tarvik Act", "LAW")]
    # Only after a law's head word: not "the Velmo Trust of 1952"; nor a person's name.
    text = "The Velmo Trust of 1952 paid Ada Act of 1952.\n"
    doc = doc_with(text, ("Velmo Trust", "ORG", 0), ("Ada Act", "PERSON", 0))
    assert found(doc) == [("Velmo Trust", "ORG"), ("Ada Act", "PERSON")]


def test_a_names_possessive_glued_to_what_it_owns_is_two_names():
    text = ("Ada Velk's Blue Harbour grew, and VNA’s Office of Audits and Tarvik University’s Dask "
            "Centre agreed with Ormond's Sea Trust. Ormond said so.\n")
    doc = doc_with(text, ("Ada Velk's Blue Harbour", "PERSON", 0),
                   ("VNA’s Office of Audits", "ORG", 0),
                   ("Tarvik University’s Dask Centre", "ORG", 0),
                   ("Ormond's Sea Trust", "ORG", 0), ("Ormond", "ORG", 1))
    assert found(doc) == [("Ada Velk", "PERSON"), ("Blue Harbour", "ORG"), ("VNA", "ORG"),
                          ("Office of Audits", "ORG"), ("Tarvik University", "ORG"),
                          ("Dask Centre", "ORG"), ("Ormond", "ORG"), ("Sea Trust", "ORG"),
                          ("Ormond", "ORG")]
    # A gazetteer place owns too, though the text never writes it alone.
    text = "Critics of Ohio’s Museum of Glass Art and the U.K.'s Markets Authority spoke.\n"
    doc = doc_with(text, ("Ohio’s Museum of Glass Art", "ORG", 0),
                   ("U.K.'s Markets Authority", "ORG", 0))
    assert found(doc) == [("Ohio", "GPE"), ("Museum of Glass Art", "ORG"), ("U.K.", "GPE"),
                          ("Markets Authority", "ORG")]
    # Not an owner always written so ("Velmo's Analytics" and "Velmo's"), nor what it owns in
    # one word not tagged alone, nor a title, nor a plural's possessive.
    text = ("Velmo's Analytics Unit grew. Velmo's rose. Ada Velk's Mayorship ended. They read "
            "Ada Velk's Blue Book. Tarvik Fishmongers' Great Hall opened, and Tarvik Fishmongers "
            "met.\n")
    doc = doc_with(text, ("Velmo's Analytics Unit", "ORG", 0), ("Velmo", "ORG", 1),
                   ("Ada Velk's Mayorship", "PERSON", 0),
                   ("Ada Velk's Blue Book", "WORK_OF_ART", 0),
                   ("Tarvik Fishmongers' Great Hall", "FAC", 0), ("Tarvik Fishmongers", "ORG", 1))
    assert found(doc) == [("Velmo's Analytics Unit", "ORG"), ("Velmo", "ORG"),
                          ("Ada Velk's Mayorship", "PERSON"),
                          ("Ada Velk's Blue Book", "WORK_OF_ART"),
                          ("Tarvik Fishmongers' Great Hall", "FAC"), ("Tarvik Fishmongers", "ORG")]


def test_a_title_ending_an_organisation_before_a_persons_name_is_the_persons():
    text = ("The Velmor Assembly Speaker Ada Velk and the Tarvik Court Justice, Bo Rann, met the "
            "Ministry of Justice staff, then the Ministry of Justice Bo Rann.\n")
    doc = doc_with(text, ("Velmor Assembly Speaker", "ORG", 0), ("Tarvik Court Justice", "ORG", 0),
                   ("Ministry of Justice", "ORG", 0), ("Ministry of Justice", "ORG", 1))
    assert found(doc) == [("Velmor Assembly", "ORG"), ("Tarvik Court", "ORG"),
                          ("Ministry of Justice", "ORG"), ("Ministry of Justice", "ORG")]
    # Not before another word ("Burger King said"), not a post-positive "General", and not in
    # a work's title.
    text = ("Velmor Burger King said so. The Tarvik Attorney General Ada Velk agreed. They read "
            "Song of the Dask Queen Bo Rann wrote.\n")
    doc = doc_with(text, ("Velmor Burger King", "ORG", 0), ("Tarvik Attorney General", "ORG", 0),
                   ("Song of the Dask Queen", "WORK_OF_ART", 0))
    assert found(doc) == [("Velmor Burger King", "ORG"), ("Tarvik Attorney General", "ORG"),
                          ("Song of the Dask Queen", "WORK_OF_ART")]


def test_a_piece_of_a_hyphenated_term_is_no_name():
    text = "It has Wi-Fi and two USB-C ports, unlike the UK-EU deal or T-Mobile.\n"
    doc = doc_with(text, ("Fi", "PERSON", 0), ("USB", "ORG", 0), ("UK", "GPE", 0),
                   ("EU", "ORG", 0), ("Mobile", "ORG", 0))
    assert found(doc) == [("UK", "GPE"), ("EU", "ORG"), ("Mobile", "ORG")]
    # Nor is it found again as the last word of a name ("Fi" of "802.11ax Wi-Fi").
    text = ("Take the new Wi-Fi standard.\n\nThen the Velmo 11 landed with 802.11ax Wi-Fi 6 "
            "support. Velmo 11 is the first with Wi-Fi 6 support built-in.\n")
    doc = doc_with(text, ("802.11ax Wi-Fi", "PERSON", 0))
    assert found(doc) == [("802.11ax Wi-Fi", "PERSON")]


def test_a_result_after_a_teams_or_places_name_is_no_part_of_the_name():
    text = ("Kelvale beat Dornmouth 2-1, Arbury won 3\u20130, Tarvik thrashed Ostrava 5-1 "
            "(Halftime 1-0) and the Velmo 737-800 flew.\n")
    doc = doc_with(text, ("Dornmouth 2-1", "ORG", 0), ("Arbury won 3\u20130", "GPE", 0),
                   ("Ostrava 5-1", "PRODUCT", 0), ("Halftime 1-0", "LAW", 0),
                   ("Velmo 737-800", "PRODUCT", 0))
    # whatever the model took the name for; a product's designation is no result
    assert found(doc) == [("Dornmouth", "ORG"), ("Arbury", "GPE"), ("Ostrava", "PRODUCT"),
                          ("Halftime", "LAW"), ("Velmo 737-800", "PRODUCT")]


def test_a_row_of_a_table_or_a_bowlers_figures_are_no_part_of_the_name():
    text = ("The standings after Saturday's games were as follows.\n"
            "Tarvik 4 2 0 2 6 7 6 Velmor City 4 1 0 3 7 8 3\nBowling: Quist 9.5-0-44-1, Pike 8.\n")
    doc = doc_with(text, ("Tarvik 4 2 0 2 6 7 6", "LAW", 0), ("Velmor City 4", "ORG", 0),
                   ("Quist 9.5-0-44-1", "LAW", 0), ("Pike 8", "EVENT", 0))
    # (a name may end with one number: "Euro 96")
    assert found(doc) == [("Tarvik", "LAW"), ("Velmor City", "ORG"), ("Quist", "LAW"),
                          ("Pike 8", "EVENT")]


def test_a_fixture_between_two_sides_is_two_names():
    text = "Tonight Kelvale v Dornmouth is live, then Arbury vs. Stenholm Town.\n"
    doc = doc_with(text, ("Kelvale v Dornmouth", "ORG", 0), ("Arbury vs. Stenholm Town", "GPE", 0))
    assert found(doc) == [("Kelvale", "ORG"), ("Dornmouth", "ORG"), ("Arbury", "GPE"),
                          ("Stenholm Town", "GPE")]


def test_a_product_lines_word_is_not_found_again_alone():
    text = "She pushed a VelBook Pro to the limit.\n\nLater the Dask Pro and my iVel Pro came.\n"
    doc = doc_with(text, ("VelBook Pro", "PERSON", 0))
    assert found(doc) == [("VelBook Pro", "PERSON")]
    # A person's surname is found again, whatever it is ("Ada Max" and "Max").
    text = "She met Ada Max there.\n\nLater Max came.\n"
    doc = doc_with(text, ("Ada Max", "PERSON", 0))
    assert found(doc) == [("Ada Max", "PERSON"), ("Max", "PERSON")]


def test_two_brand_names_joined_by_and_are_two_names():
    text = ("Chargers for the iVel Pro and VelBook Pro sold. The iVel Pro is thin. The VelBook "
            "Pro is light.\n")
    doc = doc_with(text, ("iVel Pro and VelBook Pro", "ORG", 0), ("iVel Pro", "ORG", 1),
                   ("VelBook Pro", "ORG", 1))
    assert found(doc) == [("iVel Pro", "ORG"), ("VelBook Pro", "ORG"), ("iVel Pro", "ORG"),
                          ("VelBook Pro", "ORG")]


def test_a_place_and_a_short_name_joined_by_and_are_two_places():
    text = "Ferries from Velloria and Portugal were cancelled.\n"
    doc = doc_with(text, ("Velloria and Portugal", "ORG", 0))
    assert found(doc) == [("Velloria", "GPE"), ("Portugal", "GPE")]


def test_two_names_the_text_tags_alone_are_split_and_keep_their_label():
    text = "Quillon and Brandtex agreed a merger. Quillon shares rose; Brandtex fell.\n"
    doc = doc_with(text, ("Quillon and Brandtex", "ORG", 0), ("Quillon", "ORG", 1),
                   ("Brandtex", "ORG", 1))
    assert found(doc) == [("Quillon", "ORG"), ("Brandtex", "ORG"), ("Quillon", "ORG"),
                          ("Brandtex", "ORG")]


def test_a_name_cut_the_same_way_elsewhere_is_no_evidence_for_a_split():
    text = ("Dornby Fire and Rescue said so. Later Dornby Fire and Rescue left.\n")
    doc = doc_with(text, ("Dornby Fire and Rescue", "ORG", 0), ("Dornby Fire", "PERSON", 1),
                   ("Rescue", "ORG", 1))
    assert found(doc) == [("Dornby Fire and Rescue", "ORG"), ("Dornby Fire and Rescue", "ORG")]


def test_a_title_before_a_person_is_not_found_as_a_name_of_its_own():
    text = "The Queen spoke. Later Queen Maren Osk left.\n"
    doc = doc_with(text, ("Queen", "PERSON", 0), ("Queen Maren Osk", "PERSON", 0))
    assert found(doc) == [("Queen", "PERSON"), ("Maren Osk", "PERSON")]


def test_an_and_inside_one_name_is_kept():
    text = "The Marsh and Fen Growers Board met. Australia and Nuvoria Banking Group paid.\n"
    doc = doc_with(text, ("Marsh and Fen Growers Board", "ORG", 0),
                   ("Australia and Nuvoria Banking Group", "ORG", 0))
    assert found(doc) == [("Marsh and Fen Growers Board", "ORG"),
                          ("Australia and Nuvoria Banking Group", "ORG")]
    text = "Exports from Trinidad and Tobago grew.\n"
    assert found(doc_with(text, ("Trinidad and Tobago", "GPE", 0))) == [
        ("Trinidad and Tobago", "GPE")]


def test_an_acronym_in_brackets_joins_the_pieces_of_the_name_it_spells():
    text = "The Union of Marsh and Fen Growers (UMFG) met. The UMFG voted.\n"
    doc = doc_with(text, ("Union of Marsh", "ORG", 0), ("Fen Growers", "PERSON", 0),
                   ("UMFG", "ORG", 1))
    assert found(doc) == [("Union of Marsh and Fen Growers", "ORG"), ("UMFG", "ORG"),
                          ("UMFG", "ORG")]


def test_a_name_tagged_whole_once_joins_its_pieces_elsewhere():
    text = ("The Office of Weights and Measures opened. Staff at the Office of Weights and "
            "Measures left.\n")
    doc = doc_with(text, ("Office of Weights and Measures", "ORG", 0),
                   ("Office of Weights", "ORG", 1), ("Measures", "PERSON", 1))
    assert found(doc) == [("Office of Weights and Measures", "ORG"),
                          ("Office of Weights and Measures", "ORG")]


def test_a_piece_reaching_beyond_the_known_name_is_left_alone():
    text = ("The Office of Weights and Measures opened. The Office of Weights and Measures "
            "Tribunal sat.\n")
    doc = doc_with(text, ("Office of Weights and Measures", "ORG", 0),
                   ("Office of Weights", "ORG", 1), ("Measures Tribunal", "ORG", 0))
    assert found(doc) == [("Office of Weights and Measures", "ORG"), ("Office of Weights", "ORG"),
                          ("Measures Tribunal", "ORG")]


def test_a_reporting_verb_and_titles_are_not_part_of_a_name():
    text = "Says Dr Orwenna Pike, the author. Ms Talla Brune agreed, Brune said.\n"
    doc = doc_with(text, ("Says Dr Orwenna Pike", "ORG", 0), ("Ms Talla Brune", "PERSON", 0),
                   ("Brune said", "PERSON", 0))
    assert found(doc) == [("Orwenna Pike", "PERSON"), ("Talla Brune", "PERSON"),
                          ("Brune", "PERSON")]



def test_an_offices_words_before_a_title_and_a_full_name_are_no_part_of_it():
    text = ("Patrol Chief Gerald Hall spoke. Deputy Police Chief Maria Velk agreed. Crown Prince "
            "Ahmed bin Tarvik came.\n")
    doc = doc_with(text, ("Patrol Chief Gerald Hall", "WORK_OF_ART", 0),
                   ("Deputy Police Chief Maria Velk", "PERSON", 0),
                   ("Crown Prince Ahmed bin Tarvik", "PERSON", 0))
    assert found(doc) == [("Gerald Hall", "PERSON"), ("Maria Velk", "PERSON"),
                          ("Ahmed bin Tarvik", "PERSON")]
    # An organisation's name after the title stays one ("Queen Mary University"), as does a
    # title without a known first name after it.
    text = "Velmo Queen Mary University Trust met. Patrol Chief Tarvik Hall spoke.\n"
    doc = doc_with(text, ("Velmo Queen Mary University Trust", "ORG", 0),
                   ("Patrol Chief Tarvik Hall", "ORG", 0))
    assert found(doc) == [("Velmo Queen Mary University Trust", "ORG"),
                          ("Patrol Chief Tarvik Hall", "ORG")]


def test_a_social_media_handle_is_no_part_of_a_name():
    text = "Follow him on Velmogram @VelkReports for news.\n"
    doc = doc_with(text, ("Velmogram @VelkReports", "PERSON", 0))
    assert found(doc) == [("Velmogram", "PERSON")]


def test_a_title_and_the_surname_of_a_person_in_the_text_are_that_person():
    text = "Dr Orwenna Pike led the dig. Dr Pike said so, and Prof. Pike agreed.\n"
    doc = doc_with(text, ("Orwenna Pike", "PERSON", 0), ("Dr Pike", "ORG", 0),
                   ("Prof. Pike", "GPE", 0))
    assert found(doc) == [("Orwenna Pike", "PERSON"), ("Pike", "PERSON"), ("Pike", "PERSON")]
    # A title and a word no person of the text ends with: the model's label (a brand).
    text = "Orwenna Pike drank Dr Pepper.\n"
    doc = doc_with(text, ("Orwenna Pike", "PERSON", 0), ("Dr Pepper", "ORG", 0))
    assert found(doc) == [("Orwenna Pike", "PERSON"), ("Dr Pepper", "ORG")]
    # Only a full name gives a surname ("Pepper" alone may be anyone's or anything's).
    text = "Pepper said so. Dr Pepper sold well.\n"
    doc = doc_with(text, ("Pepper", "PERSON", 0), ("Dr Pepper", "ORG", 0))
    assert found(doc) == [("Pepper", "PERSON"), ("Dr Pepper", "ORG")]
    # Only titles before the surname: a place that ends with it stays one.
    text = "Orwenna Pike flew to North Pike.\n"
    doc = doc_with(text, ("Orwenna Pike", "PERSON", 0), ("North Pike", "GPE", 0))
    assert found(doc) == [("Orwenna Pike", "PERSON"), ("North Pike", "GPE")]


def test_a_the_between_two_capitalised_words_joins_two_names():
    text = "She told Velmor the Tarvik Harbour Authority would act.\n"
    doc = doc_with(text, ("Velmor the Tarvik Harbour Authority", "ORG", 0))
    assert found(doc) == [("Velmor", "ORG"), ("Tarvik Harbour Authority", "ORG")]
    # "of the" and "and the" inside a name stay; so does a person's epithet ("Alexander the
    # Great"), and titles and events.
    text = "The Bank of the Velmor Hills and the Friends and the Tarvik Trust met.\n"
    doc = doc_with(text, ("Bank of the Velmor Hills", "ORG", 0),
                   ("Friends and the Tarvik Trust", "ORG", 0))
    assert found(doc) == [("Bank of the Velmor Hills", "ORG"),
                          ("Friends and the Tarvik Trust", "ORG")]
    text = "Orvan the Bold ruled. Tales of Orvan the Bold Knight and the Velmor the Great Fair.\n"
    doc = doc_with(text, ("Orvan the Bold", "PERSON", 0),
                   ("Orvan the Bold Knight", "WORK_OF_ART", 0),
                   ("Velmor the Great Fair", "EVENT", 0))
    assert found(doc) == [("Orvan the Bold", "PERSON"), ("Orvan the Bold Knight", "WORK_OF_ART"),
                          ("Velmor the Great Fair", "EVENT")]


def test_an_acronym_glued_to_a_person_the_text_tags_alone_is_two_names():
    text = "Orwenna Pike spoke. An agent told NPR Orwenna Pike had left, as USS Orwenna Pike did.\n"
    doc = doc_with(text, ("Orwenna Pike", "PERSON", 0), ("NPR Orwenna Pike", "ORG", 0),
                   ("USS Orwenna Pike", "PRODUCT", 0))
    assert found(doc) == [("Orwenna Pike", "PERSON"), ("NPR", "ORG"), ("Orwenna Pike", "PERSON"),
                          ("USS Orwenna Pike", "PRODUCT")]  # (a ship's prefix: one name)
    # A person the text does not tag alone: the model's span, first name or not.
    text = "An agent told NPR Orwenna Pike had left, and CBS Marla Quist too.\n"
    doc = doc_with(text, ("NPR Orwenna Pike", "ORG", 0), ("CBS Marla Quist", "ORG", 0))
    assert found(doc) == [("NPR Orwenna Pike", "ORG"), ("CBS Marla Quist", "ORG")]


def test_a_name_the_model_cut_into_an_organisation_and_a_person_is_one():
    text = "Vanda beat Petra Velkova, and Tarnwell Martin won contracts.\n"
    doc = doc_with(text, ("Vanda", "PERSON", 0), ("Petra", "ORG", 0), ("Velkova", "PERSON", 0),
                   ("Tarnwell", "ORG", 0), ("Martin", "PERSON", 0))
    assert found(doc) == [("Vanda", "PERSON"), ("Petra Velkova", "PERSON"),
                          ("Tarnwell Martin", "ORG")]
    # Not after an acronym, a comma or a line's end.
    text = "Ada told MSNBC Velkova was fine. Tarnwell, Martin said.\n"
    doc = doc_with(text, ("Ada", "PERSON", 0), ("MSNBC", "ORG", 0), ("Velkova", "PERSON", 0),
                   ("Tarnwell", "ORG", 0), ("Martin", "PERSON", 0))
    assert found(doc) == [("Ada", "PERSON"), ("MSNBC", "ORG"), ("Velkova", "PERSON"),
                          ("Tarnwell", "ORG"), ("Martin", "PERSON")]


def test_a_first_name_the_model_took_for_a_place_joins_the_surname_after_it():
    text = "VNN's Margot Velkova reported, with Tarnwell Quist and Georgia Dask.\n"
    doc = doc_with(text, ("VNN", "ORG", 0), ("Margot", "GPE", 0), ("Velkova", "PERSON", 0),
                   ("Tarnwell", "GPE", 0), ("Quist", "PERSON", 0), ("Georgia", "GPE", 0),
                   ("Dask", "PERSON", 0))
    # Not a word that is no first name ("Tarnwell"), nor a country's or a state's name.
    assert found(doc) == [("VNN", "ORG"), ("Margot Velkova", "PERSON"), ("Tarnwell", "GPE"),
                          ("Quist", "PERSON"), ("Georgia", "GPE"), ("Dask", "PERSON")]


def test_the_other_country_of_a_hyphenated_pair_is_found():
    text = "The Iran-Iraq war, Pakistan-India ties, Kenya-Velmo trade and Iran - Chad talks.\n"
    doc = doc_with(text, ("Iran", "GPE", 0), ("India", "GPE", 0), ("Kenya", "GPE", 0),
                   ("Iran", "GPE", 1))
    # (a gazetteer country's one-word name, with no space around the hyphen)
    assert found(doc) == [("Iran", "GPE"), ("Iraq", "GPE"), ("Pakistan", "GPE"),
                          ("India", "GPE"), ("Kenya", "GPE"), ("Iran", "GPE")]


def test_the_name_an_acronym_spells_out_is_whole():
    text = ("Officials of Athletics Velmo (AV) met the Kestrel Wildlife Tarn Service (KWTS) and "
            "the Democratic Republic of Congo (DRC).\n")
    doc = doc_with(text, ("Velmo", "GPE", 0), ("AV", "ORG", 0), ("Kestrel", "PERSON", 0),
                   ("Tarn Service", "ORG", 0), ("KWTS", "ORG", 0), ("Congo", "GPE", 0),
                   ("DRC", "GPE", 0))
    # (an organisation's, but for the model's organisation, law, event, building or work, or
    # a gazetteer place's)
    assert found(doc) == [("Athletics Velmo", "ORG"), ("AV", "ORG"),
                          ("Kestrel Wildlife Tarn Service", "ORG"), ("KWTS", "ORG"),
                          ("Democratic Republic of Congo", "GPE"), ("DRC", "GPE")]
    # Not words the model tagged no part of, an owner's name before it, or common words.
    text = ("The Chief Executive Officer (CEO) spoke of the Kestrel Tarnby's (KT) staff, the "
            "Velmo virus disease (VVD) and the anterior cingulate cortex (ACC).\n")
    doc = doc_with(text, ("Kestrel Tarnby", "GPE", 0), ("KT", "ORG", 0), ("Velmo", "PERSON", 0),
                   ("cortex", "ORG", 0))
    # (the common words' acronyms are terms, no names)
    assert found(doc) == [("Kestrel Tarnby", "GPE"), ("KT", "ORG"), ("Velmo", "PERSON")]


def test_a_person_and_what_the_person_is_of_are_two_names():
    text = ("Ada Velk of Tarnby Public Radio reported. Bo Rann of the Velmo Times and Ida Lund "
            "of Chicago spoke. The Duke of Tarnby Council and Ada Velk of Quellin came.\n")
    doc = doc_with(text, ("Ada Velk of Tarnby Public Radio", "ORG", 0),
                   ("Bo Rann of the Velmo Times", "PERSON", 0),
                   ("Ida Lund of Chicago", "PERSON", 0),
                   ("Duke of Tarnby Council", "ORG", 0), ("Ada Velk of Quellin", "PERSON", 0))
    # (not a title's "of", nor a name after "of" that is neither an organisation's nor a place's)
    assert found(doc) == [("Ada Velk", "PERSON"), ("Tarnby Public Radio", "ORG"),
                          ("Bo Rann", "PERSON"), ("Velmo Times", "ORG"), ("Ida Lund", "PERSON"),
                          ("Chicago", "GPE"), ("Duke of Tarnby Council", "ORG"),
                          ("Ada Velk of Quellin", "PERSON")]


def test_a_first_name_tagged_alone_joins_the_surname_after_it():
    # A surname the model tags a place's there, or misses there but tags elsewhere.
    text = "Champion Edith Dornvek and Ada Quellin won. Dornvek, Quellin and Bo Kenya lost.\n"
    doc = doc_with(text, ("Edith", "PERSON", 0), ("Dornvek", "GPE", 0), ("Ada", "PERSON", 0),
                   ("Dornvek", "PERSON", 1), ("Quellin", "PERSON", 1), ("Bo", "PERSON", 0),
                   ("Kenya", "GPE", 0))
    # (not a country's name: "Bo" + "Kenya")
    assert found(doc) == [("Edith Dornvek", "PERSON"), ("Ada Quellin", "PERSON"),
                          ("Dornvek", "PERSON"), ("Quellin", "PERSON"), ("Bo", "PERSON"),
                          ("Kenya", "GPE")]


def test_a_stance_prefix_is_no_part_of_the_name():
    text = "An anti-Velloran march met pro-Tarvik crowds and non-Velloran voters.\n"
    doc = doc_with(text, ("anti-Velloran", "NORP", 0), ("pro-Tarvik", "NORP", 0),
                   ("non-Velloran", "ORG", 0))
    assert found(doc) == [("Velloran", "NORP"), ("Tarvik", "NORP"), ("Velloran", "ORG")]
    # A prefix that makes a new name stays ("pan-African", "ex-Muslims"); so does one that
    # begins a name with a capital ("Pro-Life Velloria").
    text = "The pan-Velloran body, ex-Tarvikans and Pro-Life Velloria met.\n"
    doc = doc_with(text, ("pan-Velloran", "NORP", 0), ("ex-Tarvikans", "NORP", 0),
                   ("Pro-Life Velloria", "ORG", 0))
    assert found(doc) == [("pan-Velloran", "NORP"), ("ex-Tarvikans", "NORP"),
                          ("Pro-Life Velloria", "ORG")]


def test_a_compound_peoples_name_is_one_group():
    text = "A Korean-Canadian family, an Asian-American judge and American Samoans met.\n"
    doc = doc_with(text, ("Korean", "NORP", 0), ("Canadian", "NORP", 0), ("Asian", "NORP", 0),
                   ("American", "NORP", 1), ("Samoans", "NORP", 0))
    # ("American" of "Asian-American" untagged, as the model often leaves it)
    assert found(doc) == [("Korean-Canadian", "NORP"), ("Asian-American", "NORP"),
                          ("American Samoans", "NORP")]
    # Two peoples with a space between them, which the model tags apart: one group too.
    text = "Many Korean Canadians and a Mexican American judge met.\n"
    doc = doc_with(text, ("Korean", "NORP", 0), ("Canadians", "NORP", 0), ("Mexican", "NORP", 0),
                   ("American", "NORP", 0))
    assert found(doc) == [("Korean Canadians", "NORP"), ("Mexican American", "NORP")]
    # Two groups with a space between them that are no country's people stay two; so do a
    # group and the group after a spaced dash, and a group before a word that is no people's
    # ("Chinese-Made").
    text = "Many Chinese Muslims came. The Velloran - Kenyan talks began on Chinese-Made sets.\n"
    doc = doc_with(text, ("Chinese", "NORP", 0), ("Muslims", "NORP", 0), ("Velloran", "NORP", 0),
                   ("Kenyan", "NORP", 0), ("Chinese", "NORP", 1))
    assert found(doc) == [("Chinese", "NORP"), ("Muslims", "NORP"), ("Velloran", "NORP"),
                          ("Kenyan", "NORP"), ("Chinese", "NORP")]

    # A chain of three names three: "a Tongan-Fijian-Samoan venture" is a venture of three.
    text = "It is a Tongan-Fijian-Samoan venture.\n"
    doc = doc_with(text, ("Tongan", "NORP", 0))
    assert found(doc) == [("Tongan", "NORP")]


def test_a_partys_members_are_named_whole():
    text = ("Ada Brandt, for the Liberal Democrats, spoke. The Velloran Free Democrats, the "
            "Christian Democrats and a Progressive Republican agreed.\n")
    doc = doc_with(text, ("Ada Brandt", "PERSON", 0), ("Democrats", "NORP", 0),
                   ("Velloran", "NORP", 0), ("Democrats", "NORP", 1), ("Christian", "NORP", 0),
                   ("Democrats", "NORP", 2), ("Republican", "NORP", 0))
    assert found(doc) == [("Ada Brandt", "PERSON"), ("Liberal Democrats", "NORP"),
                          ("Velloran", "NORP"), ("Free Democrats", "NORP"),
                          ("Christian Democrats", "NORP"), ("Progressive Republican", "NORP")]
    # Not a determiner, a people's adjective, a place or a kind of place, a title, a name
    # of its own or a group that is no party's; nor a sentence's first word.
    text = ("Then Kenyan Democrats, Texas Republicans and State Democrat lawyers met For The "
            "Greens, Mr Green, Tarvik Union Democrats and Senior Serbs. Many Democrats agreed, "
            "and angry Democrats left.\n")
    doc = doc_with(text, ("Democrats", "NORP", 0), ("Republicans", "NORP", 0),
                   ("Democrat", "NORP", 1), ("Greens", "NORP", 0), ("Green", "PERSON", 1),
                   ("Tarvik Union", "ORG", 0), ("Democrats", "NORP", 1), ("Serbs", "NORP", 0),
                   ("Democrats", "NORP", 2), ("Democrats", "NORP", 3))
    assert [t for t, _ in found(doc)] == ["Democrats", "Republicans", "Democrat", "Greens",
                                          "Green", "Tarvik Union", "Democrats", "Serbs",
                                          "Democrats", "Democrats"]


def test_a_place_glued_to_a_full_name_the_text_tags_alone_is_two_names():
    text = "The premier of Velloria Anna Brandt spoke, and later Anna Brandt left Perth.\n"
    doc = doc_with(text, ("Velloria Anna Brandt", "GPE", 0), ("Anna Brandt", "PERSON", 1),
                   ("Perth", "GPE", 0))
    # (Velloria is no gazetteer place: nothing is cut)
    assert found(doc)[0] == ("Velloria Anna Brandt", "GPE")
    text = "The premier of Portugal Anna Brandt spoke, and later Anna Brandt left.\n"
    doc = doc_with(text, ("Portugal Anna Brandt", "GPE", 0), ("Anna Brandt", "PERSON", 1))
    assert found(doc) == [("Portugal", "GPE"), ("Anna Brandt", "PERSON"), ("Anna Brandt", "PERSON")]


def test_a_word_of_a_longer_capitalised_name_is_not_found_again_alone():
    # "Stream" and "Dornvale" are tagged once alone; their other uses are words of longer
    # names the model did not tag ("Tarnix Stream", "the Dornvale Police").
    text = ("Users said Stream grew. Users moved to Tarnix Stream, and the Dornvale Police "
            "replied. Later Dornvale voted.\n")
    doc = doc_with(text, ("Stream", "ORG", 0), ("Dornvale", "GPE", 1))
    assert found(doc) == [("Stream", "ORG"), ("Dornvale", "GPE")]


def test_a_name_found_again_may_follow_a_title_a_first_name_a_day_or_another_name():
    text = ("Kessler spoke, and Tarvik voted. Then Chancellor Kessler left, and Velmo Ada "
            "Kessler came. On Tuesday Kessler flew. Two Tarvik Senators and the 14 Tarvik MPs "
            "met at the Tarvik Kessler plant, by Port Qorvath Kessler docks. (Q) Did Kessler go? "
            "Yesterday Kessler came, and the Honourable Kessler sat.\n")
    doc = doc_with(text, ("Kessler", "PERSON", 0), ("Tarvik", "NORP", 0),
                   ("Port Qorvath", "GPE", 0))
    assert found(doc) == [("Kessler", "PERSON"), ("Tarvik", "NORP"), ("Kessler", "PERSON"),
                          ("Kessler", "PERSON"), ("Kessler", "PERSON"), ("Tarvik", "NORP"),
                          ("Tarvik", "NORP"), ("Tarvik", "NORP"), ("Kessler", "PERSON"),
                          ("Port Qorvath", "GPE"), ("Kessler", "PERSON"), ("Kessler", "PERSON"),
                          ("Kessler", "PERSON"), ("Kessler", "PERSON")]


def test_a_surname_found_again_takes_the_first_names_before_it():
    text = ("Kessler spoke. Later Ada Mae Kessler came. The Kessler plan failed. At Velmo Ada "
            "Kessler docks, Ada Kessler Marin waved.\n")
    doc = doc_with(text, ("Kessler", "PERSON", 0))
    # Not "The" (a first name in the list, and a function word), nor a first name glued to
    # another capitalised word ("Velmo Ada"); a second surname may follow ("Marin").
    assert found(doc) == [("Kessler", "PERSON"), ("Ada Mae Kessler", "PERSON"),
                          ("Kessler", "PERSON"), ("Kessler", "PERSON"), ("Ada Kessler", "PERSON")]
    # A first name found as a name of its own is not taken again: names never overlap.
    text = "Ada spoke, and Kessler spoke. Later Ada Kessler came.\n"
    doc = doc_with(text, ("Ada", "PERSON", 0), ("Kessler", "PERSON", 0))
    assert found(doc) == [("Ada", "PERSON"), ("Kessler", "PERSON"), ("Ada", "PERSON"),
                          ("Kessler", "PERSON")]


def test_a_place_name_that_is_a_first_name_stays_in_a_person_s_name():
    text = "Jordan Henderson scored. Henderson celebrated.\n"
    doc = doc_with(text, ("Jordan Henderson", "PERSON", 0), ("Henderson", "PERSON", 1))
    assert found(doc) == [("Jordan Henderson", "PERSON"), ("Henderson", "PERSON")]


def test_a_name_that_is_a_reporting_verb_stays():
    text = "The envoy Said Hassan arrived.\n"
    assert found(doc_with(text, ("Said Hassan", "PERSON", 0))) == [("Said Hassan", "PERSON")]


def test_a_contractions_s_and_an_inverted_reporting_verb_are_no_part_of_a_name():
    text = "“That’s Velmo Stadium,” he said.\n\nReplied Ada Velk, “Well, yes.” Added Quist: no.\n"
    doc = doc_with(text, ("’s Velmo Stadium", "FAC", 0), ("Replied Ada Velk", "PERSON", 0),
                   ("Added Quist", "PERSON", 0))
    assert found(doc) == [("Velmo Stadium", "FAC"), ("Ada Velk", "PERSON"), ("Quist", "PERSON")]
    # "Said" is also a first name: only before a title.
    text = "Said Hassan arrived. Said Mr Velk: no.\n"
    doc = doc_with(text, ("Said Hassan", "PERSON", 0), ("Said Mr Velk", "PERSON", 0))
    assert found(doc) == [("Said Hassan", "PERSON"), ("Velk", "PERSON")]


def test_a_clubs_prefix_is_part_of_its_name():
    text = "He left FC Tarvik for Sporting Velmo and AC Dornby.\n"
    doc = doc_with(text, ("Tarvik", "GPE", 0), ("Sporting", "GPE", 0), ("Velmo", "GPE", 0),
                   ("Dornby", "PERSON", 0))
    assert found(doc) == [("FC Tarvik", "ORG"), ("Sporting Velmo", "ORG"), ("AC Dornby", "ORG")]
    # Not a word the model tagged in another name, nor one in lower case.
    text = "He left the fc Tarvik side.\n"
    assert found(doc_with(text, ("Tarvik", "GPE", 0))) == [("Tarvik", "GPE")]


def test_a_quoted_titles_article_is_part_of_it():
    text = "They saw the film “A Velmo Harbour” and read “The Tarnby”, then The Quist Show.\n"
    doc = doc_with(text, ("A Velmo Harbour", "WORK_OF_ART", 0), ("The Tarnby", "WORK_OF_ART", 0),
                   ("The Quist Show", "WORK_OF_ART", 0))
    # (not a title out of quotes, nor another kind of name in them)
    assert found(doc) == [("A Velmo Harbour", "WORK_OF_ART"), ("The Tarnby", "WORK_OF_ART"),
                          ("Quist Show", "WORK_OF_ART")]
    text = "They met “The Velmo Group” staff.\n"
    assert found(doc_with(text, ("The Velmo Group", "ORG", 0))) == [("Velmo Group", "ORG")]


def test_a_rank_by_its_number_is_no_name():
    text = "The world No 1 lost to the No. 3 seed. No 10 said so, and Velk is No 2.\n"
    doc = doc_with(text, ("No 1", "LAW", 0), ("No. 3", "ORG", 0), ("No 10", "FAC", 0),
                   ("Velk", "PERSON", 0), ("No 2", "LAW", 0))
    # (an address, "No 10", is a name; so is a number the text does not say is a rank)
    assert found(doc) == [("No 10", "FAC"), ("Velk", "PERSON"), ("No 2", "LAW")]


def test_a_rank_or_a_clerics_title_is_no_part_of_a_persons_name():
    text = ("Cdr Orla Pike and Det Supt Talla Brune met Rabbi Bo Rann and Cpl Ada Velk. "
            "Insp Dan Holm and Fr Ciaran Quist came.\n")
    doc = doc_with(text, ("Cdr Orla Pike", "PERSON", 0), ("Det", "PERSON", 0),
                   ("Supt Talla Brune", "PERSON", 0), ("Rabbi Bo Rann", "PERSON", 0),
                   ("Cpl Ada Velk", "PERSON", 0), ("Insp Dan Holm", "PERSON", 0),
                   ("Fr Ciaran Quist", "PERSON", 0))
    assert found(doc) == [("Orla Pike", "PERSON"), ("Talla Brune", "PERSON"),
                          ("Bo Rann", "PERSON"), ("Ada Velk", "PERSON"), ("Dan Holm", "PERSON"),
                          ("Ciaran Quist", "PERSON")]


def test_an_abbreviated_honorific_alone_is_no_name_but_a_title_word_may_be_a_surname():
    text = "The witness, Mrs, was named. Later Major spoke.\n"
    doc = doc_with(text, ("Mrs", "PERSON", 0), ("Major", "PERSON", 0))
    assert found(doc) == [("Major", "PERSON")]


# -- works and technologies ----------------------------------------------------------------------


def test_a_title_after_the_name_of_a_kind_of_work_is_a_work():
    text = "Critics loved the film Harbour Lights. Harbour Lights won prizes."
    assert decided(text, ("Harbour Lights", "PERSON")) == {
        "Harbour Lights": {("WORK_OF_ART", "low")}}
    text = "Her 2019 novel “Glass Orchard” sold well, and Glass Orchard was reprinted."
    assert decided(text, ("Glass Orchard", "ORG")) == {"Glass Orchard": {("WORK_OF_ART", "low")}}


def test_a_game_or_software_the_text_names_as_such_is_a_product():
    text = "Fans of the video game Ember Quest queued. Ember Quest sold out."
    assert decided(text, ("Ember Quest", "PERSON")) == {"Ember Quest": {("PRODUCT", "low")}}
    text = "Ember Quest is an open-source game, which runs anywhere. Ember Quest grew, she said."
    assert decided(text, ("Ember Quest", "ORG")) == {"Ember Quest": {("PRODUCT", "low")}}
    text = "Ember Quest is a game developer. Ember Quest hired staff."  # not what it is
    assert decided(text, ("Ember Quest", "ORG")) == {"Ember Quest": {("ORG", "high")}}


def test_a_name_before_the_kind_of_software_it_names_is_a_product():
    text = "Her team backs the Velmora operating system. Users run Velmora on laptops."
    assert decided(text, ("Velmora", "PERSON")) == {"Velmora": {("PRODUCT", "low")}}
    text = "Velmora is an operating system, which runs anywhere. Velmora grew."
    assert decided(text, ("Velmora", "ORG")) == {"Velmora": {("PRODUCT", "low")}}
    text = "Fans played the Kestrel game, which sold out. Kestrel won prizes."
    assert decided(text, ("Kestrel", "GPE")) == {"Kestrel": {("PRODUCT", "low")}}
    # Not a company the model tags (its software), a demonym, nor before a longer phrase
    # ("the X game show"), a person or a vehicle (an airline's: "an X freighter").
    text = "Staff at the Velmora software, and Velmora said no."
    assert decided(text, ("Velmora", "ORG")) == {"Velmora": {("ORG", "high")}}
    text = "She hosts the Velmora game show. Velmora laughed."
    assert decided(text, ("Velmora", "PERSON")) == {"Velmora": {("PERSON", "high")}}
    text = "Dr Velmora wrote the Velmora app. Velmora laughed."
    assert decided(text, ("Velmora", "PERSON")) == {"Velmora": {("PERSON", "high")}}
    text = "Engineers said Velmora software is slow. Velmora grew."  # no determiner: a maker
    assert decided(text, ("Velmora", "PERSON")) == {"Velmora": {("PERSON", "high")}}
    text = "A Tarvik freighter crashed, and Tarvik paid."
    assert decided(text, ("Tarvik", "GPE")) == {"Tarvik": {("GPE", "high")}}
    text = "A Velloran game was sold. Velloran fans laughed."
    assert decided(text, ("Velloran", "NORP")) == {"Velloran": {("NORP", "high")}}


def test_a_kind_after_a_determiner_and_up_to_three_modifiers_is_evidence():
    text = "He starred in the 2018 Velmo superhero film Harbour Lights. Harbour Lights won."
    assert decided(text, ("Harbour Lights", "ORG")) == {"Harbour Lights": {("WORK_OF_ART", "low")}}
    text = "Her data sits with the Tarvik software company Velmo Labs. Velmo Labs grew."
    assert decided(text, ("Velmo Labs", "PERSON")) == {"Velmo Labs": {("ORG", "low")}}
    # Four modifiers, a function word ("will": a verb's), or an introductory phrase's comma
    # are no kind's phrase.
    text = "He was in the Velmo Tarvik Arbury superhero film Harbour Lights. Harbour Lights won."
    assert decided(text, ("Harbour Lights", "ORG")) == {"Harbour Lights": {("ORG", "high")}}
    text = "The crew will film Harbour Lights. Harbour Lights won."
    assert decided(text, ("Harbour Lights", "ORG")) == {"Harbour Lights": {("ORG", "high")}}
    text = "In the first game, Dara Velk scored. Dara Velk left."
    assert decided(text, ("Dara Velk", "PERSON")) == {"Dara Velk": {("PERSON", "high")}}


def test_an_organisations_kind_needs_modifiers_but_no_determiner():
    text = "Velmo began by hiring law firm Kessel Arbury. Kessel Arbury agreed."
    assert decided(text, ("Kessel Arbury", "PERSON")) == {"Kessel Arbury": {("ORG", "low")}}
    text = "Velloran daily Tarvikka reported it. Tarvikka sold out."
    assert decided(text, ("Tarvikka", "PERSON")) == {"Tarvikka": {("ORG", "low")}}
    # No modifier at all: the kind's word may be a verb ("to band X", "will chain X"); nor a
    # work's or a product's kind without a determiner ("crews shoot action film X": a verb's
    # object as often).
    text = "Fans began to band Kessel Arbury together. Kessel Arbury agreed."
    assert decided(text, ("Kessel Arbury", "PERSON")) == {"Kessel Arbury": {("PERSON", "high")}}
    text = "Crews shoot action film Kessel Arbury. Kessel Arbury agreed."
    assert decided(text, ("Kessel Arbury", "PERSON")) == {"Kessel Arbury": {("PERSON", "high")}}


def test_a_work_noun_without_a_determiner_or_a_person_s_name_is_no_evidence():
    # "film" as a verb ("to film X"), and a person the text names with a first name.
    text = "Crews will film Harbour Lights tomorrow. Harbour Lights is a pier."
    assert decided(text, ("Harbour Lights", "FAC")) == {"Harbour Lights": {("FAC", "high")}}
    text = "She praised the film Tomas Brandt made, and Tomas Brandt thanked her."
    # (the evidence points two ways, so the label is marked unsure)
    assert decided(text, ("Tomas Brandt", "PERSON")) == {"Tomas Brandt": {("PERSON", "low")}}


def test_an_acronym_before_a_technical_word_is_a_product():
    text = "The tablet has a QXB port, and QXB-enabled screens are coming."
    assert decided(text, ("QXB", "ORG")) == {"QXB": {("PRODUCT", "low")}}


def test_an_acronym_that_speaks_or_owns_stays_an_organisation():
    text = "AMXO scanners sell well, AMXO said, and AMXO's profits rose."
    assert decided(text, ("AMXO", "ORG")) == {"AMXO": {("ORG", "high")}}
    text = "A Zembla Tech sensor failed."  # not an acronym
    assert decided(text, ("Zembla Tech", "ORG")) == {"Zembla Tech": {("ORG", "high")}}


def test_a_building_named_after_a_person_is_a_facility():
    text = "Inmates at Harold P. Wexley Correctional Facility rioted. Wexley Arena was shut."
    out = decided(text, ("Harold P. Wexley Correctional Facility", "PERSON"),
                  ("Wexley Arena", "ORG"))
    assert out == {"Harold P. Wexley Correctional Facility": {("FAC", "low")},
                   "Wexley Arena": {("FAC", "low")}}


def test_a_french_honorific_is_not_part_of_a_name():
    text = "Mme Orsolya Brandt testified.\n"
    assert found(doc_with(text, ("Mme Orsolya Brandt", "PERSON", 0))) == [
        ("Orsolya Brandt", "PERSON")]


# -- how sure a label is ------------------------------------------------------------------------


def test_a_label_decided_against_the_model_is_low_confidence():
    text = "Talks with Mongolia stalled, and Mongolia recalled its envoy."
    assert decided(text, ("Mongolia", "PERSON")) == {"Mongolia": {("GPE", "low")}}
    text = "Talks with Mongolia stalled, and Mongolia recalled its envoy."
    assert decided(text, ("Mongolia", "GPE")) == {"Mongolia": {("GPE", "high")}}


def test_split_model_votes_are_low_confidence():
    text = "Quorvath signed. Quorvath left. Quorvath won."
    entities = mentions(text, ("Quorvath", "ORG"))
    entities[0] = Entity("Quorvath", 0, 8, "GPE", "Quorvath")
    out = canonicalise(entities, text)
    assert {(e.label, e.confidence) for e in out} == {("ORG", "low")}
    entities.append(Entity("Quorvath", 0, 8, "ORG", "Quorvath"))  # 3 to 1: clear enough
    out = canonicalise(sorted(entities, key=lambda e: e.start), text)
    assert {(e.label, e.confidence) for e in out} == {("ORG", "high")}


def test_conflicting_evidence_is_low_confidence_even_when_the_model_is_followed():
    # A title says person, the gazetteer says country.
    text = "Senator Jordan spoke. Jordan left."
    assert decided(text, ("Jordan", "PERSON")) == {"Jordan": {("PERSON", "low")}}


def test_confidence_is_the_last_key_of_an_entity():
    entity = canonicalise([Entity("Quorvath", 0, 8, "ORG", "Quorvath")], "Quorvath")[0]
    assert list(entity.to_dict()) == ["text", "start", "end", "label", "canonical", "confidence"]
    assert entity.confidence == "high"


def test_a_name_never_ends_with_a_lower_case_function_word():
    text = "Premier Amara Koné of Lanvia and the Board of Trade and spoke."
    doc = doc_with(text, ("Amara Koné of", "PERSON", 0), ("Board of Trade and", "ORG", 0))
    assert found(doc) == [("Amara Koné", "PERSON"), ("Board of Trade", "ORG")]


def test_a_title_and_a_first_name_make_a_person_of_a_word_the_model_called_otherwise():
    # Tagged there, or found again after the model tagged it elsewhere.
    text = "Police fired Officer Marla Quvist on Monday. Quvist had shot him.\n"
    doc = doc_with(text, ("Quvist", "ORG", 0), ("Quvist", "ORG", 1))
    assert found(doc) == [("Marla Quvist", "PERSON"), ("Quvist", "ORG")]
    doc = doc_with(text, ("Quvist", "ORG", 1))
    assert found(doc) == [("Marla Quvist", "PERSON"), ("Quvist", "ORG")]
    # Not without the title, nor after a word that is no first name.
    text = "Police fired Marla Quvist on Monday. Quvist had shot him.\n"
    doc = doc_with(text, ("Quvist", "ORG", 0))
    assert found(doc) == [("Quvist", "ORG"), ("Quvist", "ORG")]
    text = "Police fired Officer Velmo Quvist on Monday. Quvist had shot him.\n"
    doc = doc_with(text, ("Quvist", "ORG", 0))
    assert found(doc) == [("Quvist", "ORG"), ("Quvist", "ORG")]


def test_a_finite_verb_between_names_cuts_the_span_in_two():
    text = "Then Velk hit Okafor twice. Velk left, and Okafor stayed.\n"
    doc = doc_with(text, ("Velk hit Okafor", "ORG", 0))
    doc[2].tag_ = "VBD"
    assert found(doc) == [("Velk", "ORG"), ("Okafor", "ORG"), ("Velk", "ORG"), ("Okafor", "ORG")]
    # Not a word that is no verb ("Bank of Velk"), nor a capitalised one.
    text = "Then Velk Hit Okafor twice.\n"
    doc = doc_with(text, ("Velk Hit Okafor", "ORG", 0))
    doc[2].tag_ = "VBD"
    assert found(doc) == [("Velk Hit Okafor", "ORG")]
    text = "Then Bank of Velk rose.\n"
    doc = doc_with(text, ("Bank of Velk", "ORG", 0))
    doc[2].tag_ = "IN"
    assert found(doc) == [("Bank of Velk", "ORG")]


def test_a_handle_or_a_hashtag_is_no_name():
    text = "Thanks to @VelmoPD and #VelmoStrong, Velmo Police said.\n"
    doc = doc_with(text, ("@VelmoPD", "ORG", 0), ("#VelmoStrong", "NORP", 0),
                   ("Velmo Police", "ORG", 0))
    assert found(doc) == [("Velmo Police", "ORG")]


def test_a_federal_court_s_district_is_one_organisation():
    text = "He was charged in the Eastern District of Velloria, a court in Velloria.\n"
    doc = doc_with(text, ("Eastern District", "LOC", 0), ("Velloria", "GPE", 0),
                   ("Velloria", "GPE", 1))
    assert found(doc, ) == [("Eastern District", "LOC"), ("Velloria", "GPE"),
                            ("Velloria", "GPE")]  # (no state the gazetteer knows)
    text = "He was charged in the Eastern District of Wisconsin, a court in Wisconsin.\n"
    doc = doc_with(text, ("Eastern District", "LOC", 0), ("Wisconsin", "GPE", 0),
                   ("Wisconsin", "GPE", 1))
    assert found(doc) == [("Eastern District of Wisconsin", "ORG"), ("Wisconsin", "GPE")]
    # Not a district of a city.
    text = "He lives in the Central District of Tehran.\n"
    doc = doc_with(text, ("Central District", "LOC", 0), ("Tehran", "GPE", 0))
    assert found(doc) == [("Central District", "LOC"), ("Tehran", "GPE")]


def test_a_chamber_and_a_political_group_are_two_names():
    text = "Senate Democrats and House Republicans met.\n"
    doc = doc_with(text, ("Senate Democrats", "NORP", 0), ("House Republicans", "ORG", 0))
    assert found(doc) == [("Senate", "ORG"), ("Democrats", "NORP"), ("House", "ORG"),
                          ("Republicans", "NORP")]
    text = "Velmo Democrats met.\n"
    doc = doc_with(text, ("Velmo Democrats", "NORP", 0))
    assert found(doc) == [("Velmo Democrats", "NORP")]


def test_a_person_of_one_english_word_starting_a_sentence_is_that_word():
    english = {"law", "order", "bush"}
    text = "He left. Law and order is an issue.\n"
    doc = doc_with(text, ("Law", "PERSON", 0))
    doc[3].tag_ = "NNP"
    assert found(doc, english=english) == []
    assert found(doc) == [("Law", "PERSON")]  # (without the word list)
    # Not a word the text capitalises inside a sentence, nor a first name.
    text = "He left. Bush spoke, said Ana Bush.\n"
    doc = doc_with(text, ("Bush", "PERSON", 0), ("Ana Bush", "PERSON", 0))
    doc[3].tag_ = "NNP"
    assert found(doc, english=english) == [("Bush", "PERSON"), ("Ana Bush", "PERSON")]
    text = "He left. Grant spoke.\n"
    doc = doc_with(text, ("Grant", "PERSON", 0))
    doc[3].tag_ = "NNP"
    assert found(doc, english=english | {"grant"}) == [("Grant", "PERSON")]
    text = "He left. Birmingham : Kent 238.\n"
    doc = doc_with(text, ("Birmingham", "PERSON", 0))
    doc[3].tag_ = "NNP"
    assert found(doc, english=english | {"birmingham"}) == [("Birmingham", "PERSON")]


def test_a_person_s_name_after_a_role_is_found_where_the_model_missed_it():
    text = "The suspensions hit Velmo center Maurkice Quvist and spokeswoman Ada Lund Okafor.\n"
    doc = doc_with(text, ("Velmo", "GPE", 0))
    for token in doc:
        if token.text[:1].isupper() and token.i > 0:
            token.tag_ = "NNP"
    assert found(doc) == [("Velmo", "GPE"), ("Maurkice Quvist", "PERSON"),
                          ("Ada Lund Okafor", "PERSON")]
    # Not one word, a longer capitalised run, a role that stands before organisations
    # ("owner Velmo Capital"), or words of an organisation's or a place's name.
    text = ("Ask spokeswoman Okafor, coach Ana Velk Lund Quvist, owner Velmo Quvist, "
            "coach Velmo University and lawyer Ana Texas.\n")
    doc = doc_with(text)
    for token in doc:
        if token.text[:1].isupper() and token.i > 0:
            token.tag_ = "NNP"
    assert found(doc) == []


def test_a_team_a_position_and_a_player_glued_are_two_names():
    text = "Velkers DL Ana Quvist spoke. The Velkers lost, and Velkers coach Bo Rann left.\n"
    doc = doc_with(text, ("Velkers DL Ana Quvist", "PERSON", 0), ("Velkers", "ORG", 1),
                   ("Velkers coach Bo Rann", "PERSON", 0))
    assert found(doc) == [("Velkers", "ORG"), ("Ana Quvist", "PERSON"), ("Velkers", "ORG"),
                          ("Velkers", "ORG"), ("Bo Rann", "PERSON")]
    # Not a team the document never tags alone, nor a name after the role with no first name.
    text = "Velkers DL Ana Quvist spoke.\n"
    doc = doc_with(text, ("Velkers DL Ana Quvist", "PERSON", 0))
    assert found(doc) == [("Velkers DL Ana Quvist", "PERSON")]
    text = "Velkers coach Rann Quvist spoke. The Velkers lost.\n"
    doc = doc_with(text, ("Velkers coach Rann Quvist", "PERSON", 0), ("Velkers", "ORG", 1))
    assert found(doc) == [("Velkers coach Rann Quvist", "PERSON"), ("Velkers", "ORG")]


def test_a_word_in_capitals_written_only_after_figures_is_a_unit():
    text = "It makes 8.69 GW a year and plans 30 GW more; Velmo sold 3 GW.\n"
    doc = doc_with(text, ("GW", "ORG", 0), ("GW", "ORG", 1), ("Velmo", "ORG", 0))
    assert found(doc) == [("Velmo", "ORG")]
    # Not once only, nor a word the text writes elsewhere too.
    text = "It won 3 NBA titles.\n"
    doc = doc_with(text, ("NBA", "ORG", 0))
    assert found(doc) == [("NBA", "ORG")]
    text = "In 2019 NATO met, and in 2020 NATO met again.\n"
    doc = doc_with(text, ("NATO", "ORG", 0), ("NATO", "ORG", 1))
    assert found(doc) == [("NATO", "ORG")] * 2
    text = "It won 3 NBA titles and 2 NBA awards; the NBA agreed.\n"
    doc = doc_with(text, ("NBA", "ORG", 0), ("NBA", "ORG", 1), ("NBA", "ORG", 2))
    assert found(doc) == [("NBA", "ORG")] * 3


def test_a_place_naming_a_currency_in_an_amount_is_no_name():
    text = "Shares cost 176 Velmo dollars, or 88 billion Kestrel dollars, in Velmo.\n"
    doc = doc_with(text, ("Velmo", "GPE", 0), ("Kestrel", "NORP", 0), ("Velmo", "GPE", 1))
    assert found(doc) == [("Velmo", "GPE")]
    text = "The Velmo dollar fell.\n"
    doc = doc_with(text, ("Velmo", "GPE", 0))
    assert found(doc) == [("Velmo", "GPE")]


def test_a_letter_alone_or_naming_a_draw_s_section_is_no_name():
    text = "Spain (Group F) and Wales (Group E) went into Path A. Then F fell.\n"
    doc = doc_with(text, ("Spain", "GPE", 0), ("Group F", "ORG", 0), ("Wales", "GPE", 0),
                   ("Group E", "ORG", 0), ("Path A.", "ORG", 0), ("F", "PRODUCT", 1))
    assert found(doc) == [("Spain", "GPE"), ("Wales", "GPE")]
    text = "Velmo Group C bought it, and posted on X today.\n"
    doc = doc_with(text, ("Velmo Group C", "ORG", 0), ("X", "ORG", 0))
    assert found(doc) == [("Velmo Group C", "ORG"), ("X", "ORG")]


def test_a_person_s_name_cut_at_a_hyphen_is_whole():
    text = "Prosecutor Eva-Marie Quvist and president Moon Jae-in met. Quvist spoke.\n"
    doc = doc_with(text, ("Marie Quvist", "PERSON", 0), ("Moon Jae", "PERSON", 0))
    assert found(doc) == [("Eva-Marie Quvist", "PERSON"), ("Moon Jae-in", "PERSON"),
                          ("Quvist", "PERSON")]
    # Found again too; not a word that is no first name, nor a long word after the hyphen.
    text = "Quvist spoke. Then Eva-Marie Quvist left.\n"
    doc = doc_with(text, ("Quvist", "PERSON", 0))
    assert found(doc) == [("Quvist", "PERSON"), ("Eva-Marie Quvist", "PERSON")]
    text = "Then Velmo-Marie Quvist and Ana Velk-based met.\n"
    doc = doc_with(text, ("Marie Quvist", "PERSON", 0), ("Ana Velk", "PERSON", 0))
    assert found(doc) == [("Marie Quvist", "PERSON"), ("Ana Velk", "PERSON")]


def test_a_syllable_after_a_hyphen_joins_only_a_short_given_name_at_its_end():
    text = "Then Prayut Chan-o-cha and the Velmora-side team met.\n"
    doc = doc_with(text, ("Prayut Chan", "PERSON", 0), ("Velmora", "PERSON", 0))
    assert found(doc) == [("Prayut Chan", "PERSON"), ("Velmora", "PERSON")]


def test_a_team_cut_into_its_place_and_its_nickname_is_one_name_in_a_report_of_games():
    game = ("The Lakers beat the Oklahoma City Thunder 112-107 on Tuesday. The Thunder are "
            "8-9 this season; their coach said the points came late in the game.\n")
    doc = doc_with(game, ("Lakers", "ORG", 0), ("Oklahoma City", "GPE", 0), ("Thunder", "ORG", 1))
    assert found(doc) == [("Lakers", "ORG"), ("Oklahoma City Thunder", "ORG"),
                          ("Thunder", "ORG")]
    # Not outside a report of games, nor a word the document never names alone.
    text = game.replace("112-107", "well").replace("8-9", "fine")
    doc = doc_with(text, ("Lakers", "ORG", 0), ("Oklahoma City", "GPE", 0), ("Thunder", "ORG", 1))
    assert found(doc) == [("Lakers", "ORG"), ("Oklahoma City", "GPE"), ("Thunder", "ORG"),
                          ("Thunder", "ORG")]
    text = game.replace("The Thunder are", "They are")
    doc = doc_with(text, ("Lakers", "ORG", 0), ("Oklahoma City", "GPE", 0), ("Thunder", "ORG", 0))
    assert found(doc) == [("Lakers", "ORG"), ("Oklahoma City", "GPE"), ("Thunder", "ORG")]


def test_a_states_abbreviation_after_a_town_is_a_place_and_so_is_the_town():
    text = ("Crews from Tarnwick, OR, and Velmora, Calif., met in Dunmere, NSW. Paris, TX Rangers "
            "came too.\n")
    doc = doc_with(text, ("OR", "ORG", 0), ("Velmora", "ORG", 0), ("Calif.", "PERSON", 0),
                   ("Paris", "GPE", 0))
    assert found(doc) == [("Tarnwick", "GPE"), ("OR", "GPE"), ("Velmora", "ORG"),
                          ("Calif.", "GPE"), ("Dunmere", "GPE"), ("NSW", "GPE"), ("Paris", "GPE")]
    # A ship's prefix that is a state's code too is kept when it follows a town ("MT").
    doc = doc_with("Crews came from Velmora, MT, on Monday.\n", ("MT", "GPE", 0))
    assert found(doc) == [("Velmora", "GPE"), ("MT", "GPE")]
    # No town but a sentence's first word, a small word or a name the model tagged.
    doc = doc_with("Yes, OR not. Fine, OK. In Dunmere, the Velmo, CA, said.\n", ("Velmo", "ORG", 0))
    assert found(doc) == [("Velmo", "ORG"), ("CA", "GPE")]
    # A town of up to three words.
    doc = doc_with("Crews came from North Velk Tarnby, ME.\n")
    assert found(doc) == [("North Velk Tarnby", "GPE"), ("ME", "GPE")]


def _listing(lines: list[str]) -> tuple[str, list[tuple[int, int]]]:
    text = "Tour dates:\n" + "\n".join(lines) + "\n"
    dates = []
    for line in lines:
        day = line.split(" – ")[0].split(":")[0]
        start = text.index(day)
        dates.append((start, start + len(day)))
    return text, dates


def test_the_venue_of_a_list_of_dates_is_a_building():
    text, dates = _listing(["May 2 – Velmora, OR – Kestrel Ballroom",
                            "May 4 – Tarnwick, CA – The Arbury",
                            "May 6: Dunmere Music Hall, Corvale, WA",
                            "May 8 – Quist, NY – House of Velk"])
    doc = doc_with(text, ("Velmora", "GPE", 0), ("Arbury", "LOC", 0), ("Tarnwick", "GPE", 0),
                   ("Dunmere Music Hall", "ORG", 0), ("House of Velk", "PERSON", 0))
    assert [name for name in found(doc, dates=dates) if name[1] == "FAC"] == [
        ("Kestrel Ballroom", "FAC"), ("Arbury", "FAC"), ("Dunmere Music Hall", "FAC"),
        ("House of Velk", "FAC")]
    # Two such lines make no list; a line that is a sentence names no venue.
    short, dates = _listing(["May 2 – Velmora, OR – Kestrel Ballroom",
                             "May 4 – Tarnwick, CA – The Arbury",
                             "May 6 – the band plays in Dunmere, WA"])
    doc = doc_with(short, ("Arbury", "LOC", 0))
    assert [name for name in found(doc, dates=dates) if name[1] == "FAC"] == []


def test_a_products_name_and_number_after_its_maker_are_one_product():
    text = ("Velmora's Kestrel Note 7 was recalled. Owners of the Kestrel Note 7 and of the "
            "Note 7 Plus were told to stop.\n")
    doc = doc_with(text, ("Velmora", "ORG", 0), ("Kestrel Note", "PERSON", 0),
                   ("Note", "PERSON", 2))
    # the name's words after the maker are a product's elsewhere too ("the Note 7 Plus")
    assert found(doc) == [("Velmora", "ORG"), ("Kestrel Note 7", "PRODUCT"),
                          ("Kestrel Note 7", "PRODUCT"), ("Note 7 Plus", "PRODUCT")]
    # Without a maker before it somewhere, the name is left as the model tagged it.
    text = "The Kestrel Note 7 was recalled, and the Note 7 Plus too.\n"
    doc = doc_with(text, ("Kestrel Note", "PERSON", 0), ("Note", "PERSON", 1))
    assert found(doc) == [("Kestrel Note", "PERSON"), ("Note", "PERSON")]


def test_a_name_written_as_a_products_or_a_platforms_is_one_product_with_its_number():
    text = ("Tarvik shipped the zelPhone 9 Plus with velOS 12.1, while Windows 11 and "
            "Kestrel Linux 8 lagged.\n")
    doc = doc_with(text, ("Tarvik", "GPE", 0), ("Windows 11", "LOC", 0), ("Kestrel", "ORG", 0),
                   ("Linux 8", "PERSON", 0))
    # (a maker's name right before it is the product's first word, as in "Velmo Kestrel 7")
    assert found(doc) == [("Tarvik", "GPE"), ("zelPhone 9 Plus", "PRODUCT"),
                          ("velOS 12.1", "PRODUCT"), ("Windows 11", "PRODUCT"),
                          ("Kestrel Linux 8", "PRODUCT")]


@pytest.mark.parametrize("text", [
    "Velmora's Season 2 starts, and Velmora's Phase 3 too.\n",  # a part's number
    "Velmora's Kestrel 3 percent rise and Velmora's Kestrel 2-1 win.\n",  # an amount, a score
    "Velmora Kestrel 2, Arbury 1 was the score.\n",  # a result
    "Scores: Velmora Kestrel 2 Arbury 1.\n",  # a table of results
    "Velmora's Ada Holt 10 was rated.\n",  # a person's name
    "Velmora's Nadia Quist 8 and Velmora's Bo Rann 7.\n",  # a player's mark
    "Velmora Kestrel won, and Old Kestrel 2 won.\n",  # inside a longer name
    "Velmora's Kestrel Q3 sales and Velmora's Kestrel H1 results.\n",  # a quarter, a half
])
def test_a_name_and_a_number_are_no_product_where_the_number_is_something_else(text):
    doc = doc_with(text, ("Velmora", "ORG", 0), *(
        [("Ada Holt", "PERSON", 0)] if "Ada" in text else []))
    assert [label for _, label in found(doc)].count("PRODUCT") == 0


def test_a_products_number_keeps_it_a_product_against_a_companys_cue():
    text = "Owners of the Kestrel Note 7 met. The Kestrel Note 7 sold.\n"
    assert labels(text, ("Kestrel Note 7", "PRODUCT")) == {"Kestrel Note 7": {"PRODUCT"}}
    # (the cue is an organisation's for a name without one)
    text = "Owners of the Kestrel Note met. The Kestrel Note sold.\n"
    assert labels(text, ("Kestrel Note", "PRODUCT")) == {"Kestrel Note": {"ORG"}}


def test_a_flights_name_and_number_are_one_product():
    text = ("The Velmo Air Flight 9525 crashed. Kestrel Airways Flight MH17 and Flight 800 "
            "were named. In March Flight 93 was remembered. Tarvik's flight 12 left.\n")
    doc = doc_with(text, ("Velmo Air Flight 9525", "WORK_OF_ART", 0),
                   ("Kestrel Airways Flight", "PERSON", 0), ("March", "DATE", 0),
                   ("Flight 93", "LAW", 0), ("Tarvik", "ORG", 0))
    # (the airline's words the model tags with it, or up to three capitalised words before
    # "Flight" that are no date's and no sentence's opening: not "The", "In March")
    assert found(doc) == [("Velmo Air Flight 9525", "PRODUCT"),
                          ("Kestrel Airways Flight MH17", "PRODUCT"), ("Flight 800", "PRODUCT"),
                          ("Flight 93", "PRODUCT"), ("Tarvik", "ORG")]
    # Its label is decided a product's, whatever the model's votes and other cues say.
    text = "Writes in The Velmo Air Flight 9525 report. The Velmo Air Flight 9525 fell."
    assert labels(text, ("Velmo Air Flight 9525", "ORG")) == {
        "Velmo Air Flight 9525": {"PRODUCT"}}


def test_a_places_name_joined_by_hyphens_and_particles_is_whole():
    text = "Police in Velmy-sous-Bois and Tarvik-upon-Kell met near Dask-les-Alpes.\n"
    doc = doc_with(text, ("Velmy", "ORG", 0), ("Tarvik", "GPE", 0), ("Dask", "LOC", 0),
                   ("Alpes", "LOC", 0))
    # (a town's, where the model took its first word for an organisation)
    assert found(doc) == [("Velmy-sous-Bois", "GPE"), ("Tarvik-upon-Kell", "GPE"),
                          ("Dask-les-Alpes", "LOC")]
    # Not over a lower-case word, a spaced dash, or a person's particle.
    text = "Velmy-sur-mer and Tarvik - on - Kell and Ada-de-Velk met.\n"
    doc = doc_with(text, ("Velmy", "GPE", 0), ("Tarvik", "GPE", 0), ("Ada", "PERSON", 0))
    assert found(doc) == [("Velmy", "GPE"), ("Tarvik", "GPE"), ("Ada", "PERSON")]
