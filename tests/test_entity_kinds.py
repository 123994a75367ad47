"""What a name's own words and its surroundings say about its kind: no names without a capital,
time zones and diseases are no names, storms are events, head words ("Parish", "Fault",
"Mall") and "the town of" make places, "the charity X" an organisation. Rule tests on a
blank pipeline (no model needed), with made-up names."""

from __future__ import annotations

import pytest

from conftest import decided, doc_with, found, labels, mentions

# -- not names ---------------------------------------------------------------------------------


def test_a_span_without_a_capital_is_no_name():
    text = "Levels fell to two grams per litre in the shallow lagoon near Tarvik.\n"
    doc = doc_with(text, ("per litre", "PERSON", 0), ("shallow lagoon", "LOC", 0),
                   ("Tarvik", "GPE", 0))
    assert found(doc) == [("Tarvik", "GPE")]


def test_a_time_zone_after_a_clock_time_is_no_name():
    text = "The ferry left Tarvik at 0400 GMT and docked at 9 a.m. CEST.\n"
    doc = doc_with(text, ("Tarvik", "GPE", 0), ("GMT", "ORG", 0), ("CEST", "ORG", 0))
    assert found(doc) == [("Tarvik", "GPE")]


def test_a_countrys_division_is_a_place_though_it_begins_with_a_first_name():
    text = ("A base in Marla Quist, Afghanistan, was hit. Marla Quist province is remote. "
            "Marla Quist grew.")
    assert labels(text, ("Marla Quist", "PERSON")) == {"Marla Quist": {"GPE"}}
    text = "The Marla Quist provincial council met. Marla Quist district is remote."
    assert labels(text, ("Marla Quist", "NORP")) == {"Marla Quist": {"GPE"}}
    # Most mentions must say so; a title or a company's word keeps the model's label.
    text = "Marla Quist province is remote. Marla Quist spoke. Marla Quist left."
    assert labels(text, ("Marla Quist", "PERSON")) == {"Marla Quist": {"PERSON"}}
    text = "Mrs Quist said Quist district is remote, and Quist county agreed."
    assert labels(text, ("Quist", "PERSON")) == {"Quist": {"PERSON"}}
    text = "The Tarvik Council district office and Tarvik Council county staff met."
    assert labels(text, ("Tarvik Council", "FAC")) == {"Tarvik Council": {"FAC"}}


def test_a_date_is_no_name():
    text = "After the January 7 quake and the Sat. 9th, Feb. 2021 storm, Tarvik shut.\n"
    doc = doc_with(text, ("January 7", "EVENT", 0), ("Sat. 9th, Feb. 2021", "EVENT", 0),
                   ("Tarvik", "GPE", 0))
    assert found(doc) == [("Tarvik", "GPE")]
    # A month's name alone, or with a word, may be a name: "May", "March 4 Justice".
    text = "Crowds joined the March 4 Justice rally, and May spoke.\n"
    doc = doc_with(text, ("March 4 Justice", "EVENT", 0), ("May", "PERSON", 0))
    assert found(doc) == [("March 4 Justice", "EVENT"), ("May", "PERSON")]


def test_a_disease_is_no_name():
    text = "Cases of Ebola and COVID-19 rose in Tarvik.\n"
    doc = doc_with(text, ("Ebola", "PERSON", 0), ("COVID-19", "ORG", 0), ("Tarvik", "GPE", 0))
    assert found(doc) == [("Tarvik", "GPE")]


def test_a_technologys_generic_name_is_no_name():
    text = "Tarvik sells AI chips with 5G and Wi-Fi.\n"
    doc = doc_with(text, ("Tarvik", "ORG", 0), ("AI", "ORG", 0), ("5G", "PRODUCT", 0),
                   ("Wi-Fi", "PERSON", 0))
    assert found(doc) == [("Tarvik", "ORG")]
    # nor is a unit of measure, or an everyday term's acronym
    text = "The Tarvik EV charges at 150 kW; its VOD app sends DMs.\n"
    doc = doc_with(text, ("Tarvik", "ORG", 0), ("EV", "ORG", 0), ("kW", "GPE", 0),
                   ("VOD", "ORG", 0), ("DMs", "ORG", 0))
    assert found(doc) == [("Tarvik", "ORG")]
    # nor a game statistic's
    text = "Velk had three RBI and a PBU for Tarvik.\n"
    doc = doc_with(text, ("Velk", "PERSON", 0), ("RBI", "ORG", 0), ("PBU", "ORG", 0),
                   ("Tarvik", "ORG", 0))
    assert found(doc) == [("Velk", "PERSON"), ("Tarvik", "ORG")]


def test_a_common_word_the_model_calls_a_person_is_no_name():
    text = ("Then Lava filled the valley, and lava cools. Then Challenges remain, and the "
            "challenges grow.\n")
    doc = doc_with(text, ("Lava", "PERSON", 0), ("Challenges", "PERSON", 0))
    assert found(doc) == []
    # A known first name, a surname of a person named in full, a name after a title, or a
    # word the text never writes in lower case stays.
    text = ("Then Rose said roses rose. Then Dara Jobs spoke; then Jobs said jobs grew. Then "
            "Mr Cook said cook well. Then Tarvik met them.\n")
    doc = doc_with(text, ("Rose", "PERSON", 0), ("Dara Jobs", "PERSON", 0), ("Jobs", "PERSON", 1),
                   ("Cook", "PERSON", 0), ("Tarvik", "PERSON", 0))
    assert found(doc) == [("Rose", "PERSON"), ("Dara Jobs", "PERSON"), ("Jobs", "PERSON"),
                          ("Cook", "PERSON"), ("Tarvik", "PERSON")]


def test_a_common_word_the_model_calls_another_kind_of_name_is_no_name():
    english = frozenset({"hall", "hydrogen", "senate", "west", "lisbon", "youtube", "kelvar"})
    text = ("They left the Hall, for the hall was cold. Then Hydrogen is light, and hydrogen "
            "burns.\n")
    doc = doc_with(text, ("Hall", "ORG", 0), ("Hydrogen", "PRODUCT", 0))
    assert found(doc, english=english) == []
    # Without the language's words, or for a word it does not know ("youtube" of a
    # program's name), the model's name stays.
    assert found(doc) == [("Hall", "ORG"), ("Hydrogen", "PRODUCT")]
    text = "Then Kelvar grew; kelvar-dl is a tool. Then Velmo sold; velmo is no word.\n"
    doc = doc_with(text, ("Kelvar", "ORG", 0), ("Velmo", "ORG", 0))
    assert found(doc, english=english - {"kelvar"}) == [("Kelvar", "ORG"), ("Velmo", "ORG")]
    # An institution, a part of the world, a known place and a people stay.
    text = ("The Senate met; a senate is old. The West agreed, west of here. Then Lisbon rose, "
            "and lisbon too. The Hydrogen voted; hydrogen.\n")
    doc = doc_with(text, ("Senate", "ORG", 0), ("West", "LOC", 0), ("Lisbon", "GPE", 0),
                   ("Hydrogen", "NORP", 0))
    assert found(doc, english=english) == [("Senate", "ORG"), ("West", "LOC"),
                                           ("Lisbon", "GPE"), ("Hydrogen", "NORP")]


def test_the_start_of_a_quoted_sentence_is_no_title():
    text = ('She said: “Tarvik Women Voters have had enough of this.” Then \'Velmo '
            'Union will look again,\' he said, and “The Dask Left Party has failed.”\n')
    doc = doc_with(text, ("Tarvik Women Voters", "WORK_OF_ART", 0),
                   ("Velmo Union", "WORK_OF_ART", 0), ("Dask Left Party", "WORK_OF_ART", 0))
    assert found(doc) == []
    # A title fills its quotes, or goes on in capitals; an article may open the quotes.
    text = ('They sang “Dark Tarvik”, then “A Velmo Year”, then '
            '"Ode to Tarvik Lake Revisited" and "Velmo Nights, They Can\'t Stop Us".\n')
    doc = doc_with(text, ("Dark Tarvik", "WORK_OF_ART", 0), ("Velmo Year", "WORK_OF_ART", 0),
                   ("Ode to Tarvik Lake", "WORK_OF_ART", 0), ("Velmo Nights", "WORK_OF_ART", 0))
    assert found(doc) == [("Dark Tarvik", "WORK_OF_ART"), ("Velmo Year", "WORK_OF_ART"),
                          ("Ode to Tarvik Lake", "WORK_OF_ART"), ("Velmo Nights", "WORK_OF_ART")]
    # Other kinds of name are not judged by their quotes.
    text = '“Tarvik Council will meet,” she said.\n'
    doc = doc_with(text, ("Tarvik Council", "ORG", 0))
    assert found(doc) == [("Tarvik Council", "ORG")]


def test_a_parent_called_by_a_kin_word_is_no_name():
    text = "Pretend that he is Mom or Dad, said Tarvik.\n"
    doc = doc_with(text, ("Mom", "PERSON", 0), ("Dad", "PERSON", 0), ("Tarvik", "PERSON", 0))
    assert found(doc) == [("Tarvik", "PERSON")]


def test_an_office_holders_abbreviation_is_no_name():
    text = "Its 40 MPs backed the MEP from Tarvik, and the CEO agreed.\n"
    doc = doc_with(text, ("MPs", "PRODUCT", 0), ("MEP", "ORG", 0), ("Tarvik", "GPE", 0),
                   ("CEO", "ORG", 0))
    assert found(doc) == [("Tarvik", "GPE")]
    # The model's place stays one ("MP" is also a state's abbreviation).
    text = "The MP government met in Tarvik.\n"
    doc = doc_with(text, ("MP", "GPE", 0), ("Tarvik", "GPE", 0))
    assert found(doc) == [("MP", "GPE"), ("Tarvik", "GPE")]


def test_an_office_holders_abbreviation_ending_a_name_is_cut():
    text = "Dunmore West MP Anna Brandt and the Velmo CEOs met.\n"
    doc = doc_with(text, ("Dunmore West MP", "PERSON", 0), ("Anna Brandt", "PERSON", 0),
                   ("Velmo CEOs", "ORG", 0))
    assert found(doc) == [("Dunmore West", "PERSON"), ("Anna Brandt", "PERSON"),
                          ("Velmo", "ORG")]


def test_an_honour_after_a_name_is_cut_and_says_person():
    text = "Tarn Hall QC spoke, and Anna Brandt OBE agreed.\n"
    doc = doc_with(text, ("Tarn Hall QC", "PERSON", 0), ("Anna Brandt OBE", "PERSON", 0))
    assert found(doc) == [("Tarn Hall", "PERSON"), ("Anna Brandt", "PERSON")]
    # "Hall" ends buildings' names, but a barrister is no building.
    text = "Tarn Hall, QC, said no. Later, Tarn Hall, QC, left."
    assert labels(text, ("Tarn Hall", "PERSON")) == {"Tarn Hall": {"PERSON"}}


@pytest.mark.parametrize(("text", "label"), [
    ("Leeds North MP Anna Brandt said no. Leeds North voted.", "GPE"),  # a seat
    ("Dunmore MEPs backed it, and Dunmore MEPs voted.", "ORG"),  # a party
])
def test_what_an_mp_is_of_is_no_person(text, label):
    name = text.split(" M")[0]
    assert labels(text, (name, "PERSON")) == {name: {label}}


def test_the_seat_an_mp_is_for_is_a_place_though_the_mp_speaks():
    text = "The MP for Dunmore said no. Dunmore voted."
    assert labels(text, ("Dunmore", "PERSON")) == {"Dunmore": {"GPE"}}
    text = "The mayor of Dunmore said no."
    assert labels(text, ("Dunmore", "PERSON")) == {"Dunmore": {"GPE"}}


@pytest.mark.parametrize("text", [
    "Anna Brandt MP said no. Anna Brandt MP left.",  # a given name: the MP herself
    "Mr Brandt MP said no. Brandt MP left.",  # a title
])
def test_an_mp_stays_a_person(text):
    name = "Anna Brandt" if "Anna" in text else "Brandt"
    assert labels(text, (name, "PERSON"))[name] == {"PERSON"}


def test_a_common_word_in_capitals_for_emphasis_is_no_name():
    text = "It is not LEFT or RIGHT, he said; the left lost in Tarvik.\n"
    doc = doc_with(text, ("LEFT", "PERSON", 0), ("RIGHT", "ORG", 0), ("Tarvik", "GPE", 0))
    assert found(doc) == [("RIGHT", "ORG"), ("Tarvik", "GPE")]  # "right" is not in lower case
    # An organisation's acronym that is a word too stays, unless other words in capitals
    # stand around it.
    text = "Banks left SWIFT in a swift move. It agreed a FORMAT/SETUP for the setup format.\n"
    doc = doc_with(text, ("SWIFT", "ORG", 0), ("SETUP", "ORG", 0))
    assert found(doc) == [("SWIFT", "ORG")]
    # Nor a place the gazetteer knows, nor a short acronym ("WHO" beside "who").
    text = "TURKEY WINS. The WHO asked who would eat turkey.\n"
    doc = doc_with(text, ("TURKEY", "GPE", 0), ("WHO", "ORG", 0))
    assert found(doc) == [("TURKEY", "GPE"), ("WHO", "ORG")]


#: A stand-in for the pipeline's English word list (factpull.pipeline.english_words).
ENGLISH = frozenset({"data", "area"})


def test_the_genus_of_a_species_latin_name_is_no_name():
    text = "Divers counted Velora millepora near Tarvik, and V. millepora died.\n"
    doc = doc_with(text, ("Velora", "PERSON", 0), ("Tarvik", "GPE", 0), ("V.", "PERSON", 0))
    assert found(doc, english=ENGLISH) == [("Tarvik", "GPE")]
    # Without a word list, the model's tags stay (but a letter alone is no name).
    assert found(doc) == [("Velora", "PERSON"), ("Tarvik", "GPE")]


def test_a_name_before_a_word_that_is_no_latin_name_stays():
    # An English word, or a function word, after the name.
    text = "Velora data reached Dask this week.\n"
    doc = doc_with(text, ("Velora", "ORG", 0), ("Dask", "GPE", 0))
    assert found(doc, english=ENGLISH) == [("Velora", "ORG"), ("Dask", "GPE")]
    # A name the text also has alone ("Ortega said"), a first name, a place.
    text = "Ortega necesita ayuda, Ortega said. Maria necesita. Lima necesita.\n"
    doc = doc_with(text, ("Ortega", "PERSON", 0), ("Maria", "PERSON", 0), ("Lima", "GPE", 0))
    assert found(doc, english=ENGLISH) == [("Ortega", "PERSON"), ("Ortega", "PERSON"),
                                           ("Maria", "PERSON"), ("Lima", "GPE")]
    # A country's people or a group before a borrowed word ("Korean kimchi", "Hindu puja"); a
    # "versus"; a name the text has alone before an English word ("Velora data").
    text = "Korean kimchi and Hindu puja sold. Federer versus Dask. Velora data, Velora quinoa.\n"
    doc = doc_with(text, ("Korean", "ORG", 0), ("Hindu", "NORP", 0), ("Federer", "PERSON", 0),
                   ("Dask", "PERSON", 0), ("Velora", "ORG", 1))
    assert found(doc, english=ENGLISH) == [("Korean", "ORG"), ("Hindu", "NORP"),
                                           ("Federer", "PERSON"), ("Dask", "PERSON"),
                                           ("Velora", "ORG"), ("Velora", "ORG")]
    # A genus is known by its Latin ending, whatever the model called it; a group's name
    # before a borrowed word is none ("Sikh gurdwara").
    text = "Velloria coli and Vellorix coli grew near a Tesvik gurdwara.\n"
    doc = doc_with(text, ("Velloria", "NORP", 0), ("Vellorix", "ORG", 0), ("Tesvik", "PERSON", 0))
    assert found(doc, english=ENGLISH) == [("Tesvik", "PERSON")]
    # A name of two words is no genus, even after an initial.
    text = "V. Dask necesita ayuda.\n"
    doc = doc_with(text, ("V. Dask", "PERSON", 0))
    assert found(doc, english=ENGLISH) == [("V. Dask", "PERSON")]


# -- storms ------------------------------------------------------------------------------------


def test_a_named_storm_is_one_event_with_its_storm_word():
    text = "Tropical Storm Oswin strengthened as Hurricane Pell weakened.\n"
    doc = doc_with(text, ("Storm Oswin", "PERSON", 0), ("Pell", "PERSON", 0))
    assert found(doc) == [("Tropical Storm Oswin", "EVENT"), ("Hurricane Pell", "EVENT")]


def test_a_storm_word_before_a_longer_name_makes_no_storm():
    text = 'The "Hurricane Pell Advisory Nine" came out, and "Hurricane Hunters" flew.\n'
    doc = doc_with(text, ("Hurricane Pell Advisory Nine", "WORK_OF_ART", 0),
                   ("Hurricane", "WORK_OF_ART", 1))
    assert found(doc) == [("Hurricane Pell Advisory Nine", "WORK_OF_ART")]  # nor "Hurricane"


def test_a_storms_own_name_is_found_again_where_the_model_missed_it():
    text = "Cyclone Marwa hit the coast.\nMarwa weakened overnight.\n"
    doc = doc_with(text, ("Cyclone Marwa", "PERSON", 0))
    assert found(doc) == [("Cyclone Marwa", "EVENT"), ("Marwa", "EVENT")]


def test_a_storm_word_that_is_not_capitalised_names_no_storm():
    text = "The storm Oswin feared never came.\n"
    doc = doc_with(text, ("Oswin", "PERSON", 0))
    assert found(doc) == [("Oswin", "PERSON")]


def test_a_storms_own_name_alone_is_that_storm():
    text = ("Hurricane Oswin hit the coast. Oswin was the strongest in years. Later "
            "Storm Oswin moved north.")
    out = decided(text, ("Hurricane Oswin", "EVENT"), ("Storm Oswin", "EVENT"),
                    ("Oswin", "PERSON"), fields=("canonical", "label"))
    assert out == {"Hurricane Oswin": {("Hurricane Oswin", "EVENT")},
                   "Storm Oswin": {("Hurricane Oswin", "EVENT")},
                   "Oswin": {("Hurricane Oswin", "EVENT")}}


# -- head words --------------------------------------------------------------------------------


def test_an_administrative_head_word_makes_a_person_or_group_a_place():
    text = "Flooding hit Tallow Parish and County Dunmore. Tallow Parish closed schools."
    assert labels(text, ("Tallow Parish", "PERSON"), ("County Dunmore", "NORP")) == {
        "Tallow Parish": {"GPE"}, "County Dunmore": {"GPE"}}


def test_a_natural_feature_or_building_head_word_overrides_an_organisation():
    text = "Tremors along the Kessel Fault damaged Harlan Mall and Mount Vorra."
    out = labels(text, ("Kessel Fault", "ORG"), ("Harlan Mall", "PERSON"), ("Mount Vorra", "GPE"))
    assert out == {"Kessel Fault": {"LOC"}, "Harlan Mall": {"FAC"}, "Mount Vorra": {"LOC"}}
    # A street's abbreviation and an auditorium are buildings' heads too.
    text = "Shows moved from 1225 N. Harlan St. to the Kessel Auditorium."
    out = labels(text, ("N. Harlan St.", "ORG"), ("Kessel Auditorium", "LOC"))
    assert out == {"N. Harlan St.": {"FAC"}, "Kessel Auditorium": {"FAC"}}
    # So are a statehouse, a capitol and a courthouse.
    text = "Crowds filled the Velmor Statehouse, then the Velmor Courthouse."
    out = labels(text, ("Velmor Statehouse", "ORG"), ("Velmor Courthouse", "ORG"))
    assert out == {"Velmor Statehouse": {"FAC"}, "Velmor Courthouse": {"FAC"}}


def test_a_place_head_word_does_not_turn_a_region_into_a_town_or_a_park_into_a_building():
    text = "The court for the Western District met near Dunmore Park."
    out = labels(text, ("Western District", "LOC"), ("Dunmore Park", "GPE"))
    assert out == {"Western District": {"LOC"}, "Dunmore Park": {"GPE"}}


def test_an_organisation_named_with_a_place_word_stays_one():
    # Football clubs end with "County" or "City"; concert halls run companies.
    text = "Brantham County beat the leaders. Brantham County are fourth."
    assert labels(text, ("Brantham County", "ORG")) == {"Brantham County": {"ORG"}}


def test_a_head_word_that_is_a_surname_after_a_first_name_is_a_person():
    text = "Oliver Hill resigned on Monday. Oliver Hill had led the board."
    assert labels(text, ("Oliver Hill", "PERSON")) == {"Oliver Hill": {"PERSON"}}


def test_a_gazetteer_place_keeps_its_label_whatever_its_head_word():
    # "Beach" heads natural features, but the gazetteer knows this city.
    text = "Crowds filled Long Beach overnight."
    assert labels(text, ("Long Beach", "GPE")) == {"Long Beach": {"GPE"}}
    # A country of islands is a GPE, "the" before it or not; a country's river stays a
    # location ("the Niger").
    text = "Flights to the Cayman Islands resumed, and the Niger rose."
    assert labels(text, ("Cayman Islands", "LOC"), ("Niger", "LOC")) == {
        "Cayman Islands": {"GPE"}, "Niger": {"LOC"}}


# -- what the text says a name is ----------------------------------------------------------


def test_the_town_of_x_is_a_place():
    text = "Voters in the town of Marrowby went to the polls. Marrowby has two schools."
    assert labels(text, ("Marrowby", "PERSON")) == {"Marrowby": {"GPE"}}


def test_the_mayor_of_x_is_a_place_but_a_named_person_stays_one():
    text = "The mayor of Marrowby resigned."
    assert labels(text, ("Marrowby", "ORG")) == {"Marrowby": {"GPE"}}
    # A nationality before the place's kind stays a nationality.
    text = "The mayor of the Velloran city of Dask resigned."
    assert labels(text, ("Velloran", "NORP")) == {"Velloran": {"NORP"}}
    text = "Mr Marrowby, the leader of Marrowby's party, spoke. The mayor of Marrowby agreed."
    assert labels(text, ("Marrowby", "ORG")) == {"Marrowby": {"PERSON"}}


def test_a_name_the_model_calls_a_person_that_the_text_puts_on_the_map_is_a_place():
    text = "A bomb hit a base in Qarvel Shahr. Troops near Qarvel Shahr fled."
    assert labels(text, ("Qarvel Shahr", "PERSON")) == {"Qarvel Shahr": {"GPE"}}
    # Not with a person's evidence (a first name, speech), nor at a list's end ("in Y and
    # X": X may be in a list of roles), nor a possessive ("in X's house").
    for text in ("Shops in Anna Velk closed.", "In Qarvel Shahr, Qarvel Shahr said no.",
                 "She starred in Tarvik and Qarvel Shahr in Kessel.",
                 "We met in Qarvel Shahr's house, then in Qarvel Shahr."):
        assert labels(text, ("Anna Velk", "PERSON"), ("Qarvel Shahr", "PERSON")).get(
            "Qarvel Shahr", {"PERSON"}) == {"PERSON"}, text


def test_a_gazetteer_city_the_text_puts_on_the_map_is_no_organisation():
    text = "Prices in Rotterdam rose, and rents in Rotterdam doubled."
    assert labels(text, ("Rotterdam", "ORG")) == {"Rotterdam": {"GPE"}}
    # The last of a list after "in" is put on the map too; a city the model calls a product
    # is a place there.
    text = "Ports stand in Velmo, Tarvik and Rotterdam. Ports stand in Utrecht."
    assert labels(text, ("Velmo", "GPE"), ("Tarvik", "GPE"), ("Rotterdam", "ORG"),
                  ("Utrecht", "PRODUCT")) == {"Velmo": {"GPE"}, "Tarvik": {"GPE"},
                                             "Rotterdam": {"GPE"}, "Utrecht": {"GPE"}}
    # Not without the locative: "Velmo and Rotterdam signed" (the city's club).
    text = "Velmo and Rotterdam signed a deal. The Utrecht sold well."
    assert labels(text, ("Velmo", "ORG"), ("Rotterdam", "ORG"), ("Utrecht", "PRODUCT")) == {
        "Velmo": {"ORG"}, "Rotterdam": {"ORG"}, "Utrecht": {"PRODUCT"}}



def test_the_state_or_republic_of_a_known_place_is_a_place():
    text = "The State of New Jersey sued, and the Republic of Korea agreed."
    assert labels(text, ("State of New Jersey", "ORG"), ("Republic of Korea", "PERSON")) == {
        "State of New Jersey": {"GPE"}, "Republic of Korea": {"GPE"}}
    # Not of an unknown name ("the State of the Union" is a speech).
    text = "He gave the State of Velloria address."
    assert labels(text, ("State of Velloria", "ORG")) == {"State of Velloria": {"ORG"}}


def test_the_street_of_a_block_is_a_facility():
    text = "Police found the car in the 2100 block of Tarvik Ridge. Tarvik Ridge was shut."
    assert labels(text, ("Tarvik Ridge", "ORG")) == {"Tarvik Ridge": {"FAC"}}
    # Not when most mentions say nothing of a block, nor a company ("Velmo Ltd").
    text = "The 300 block of Kessel was shut. Kessel said so. Kessel agreed."
    assert labels(text, ("Kessel", "PERSON")) == {"Kessel": {"PERSON"}}
    text = "The 300 block of Velmo Ltd was shut."
    assert labels(text, ("Velmo Ltd", "ORG")) == {"Velmo Ltd": {"ORG"}}


def test_the_charity_x_is_an_organisation():
    text = ("She founded the non-profit organisation Bright Lantern in May. Bright Lantern "
            "helps refugees.")
    assert labels(text, ("Bright Lantern", "PERSON")) == {"Bright Lantern": {"ORG"}}
    text = "Quill Harbour is a charity that feeds families. Quill Harbour grew."
    assert labels(text, ("Quill Harbour", "PERSON")) == {"Quill Harbour": {"ORG"}}
    # Whatever the model took it for: "the rock band Tarnish" is no product.
    text = "He co-founded the rock band Tarnish in 1966."
    assert labels(text, ("Tarnish", "PRODUCT")) == {"Tarnish": {"ORG"}}


@pytest.mark.parametrize("text", [
    "Shares in Velmora fell 5% on Monday. Velmora warned on profits.",
    "Investors sold a stake in Velmora. Velmora said it would appeal.",
    "Velmora's shares rose. Velmora told reporters it would grow.",
    "Velmora's chief executive resigned, and Velmora said little.",
    "Velmora's chief\nexecutive resigned, and Velmora said little.",  # hard-wrapped text
    "Velmora chief executive Tavi Orrin resigned. Velmora said little.",
    "Velmora boss Tavi Orrin resigned. Velmora said little.",
    "Velmora leader Tavi Orrin resigned. Velmora said little.",  # a party's, too
    "The takeover of Velmora was approved. Velmora said it was pleased.",
    "Tarnek, a subsidiary of Velmora, was sold. Velmora said it was pleased.",
    "Velmora's creditors met. Velmora said it would pay.",
    "Velmora's market value fell. Velmora said it would recover.",
    "Tavi Orrin, chief of Velmora, said Velmora would grow.",
    "Tavi Orrin, a co-founder of Velmora, said Velmora would grow.",
    "He joined Bergamo-based Velmora. Velmora said it was pleased.",  # based in a place
    "She bought a Velmora TV. Velmora said it was pleased.",  # its products
    "She uses the Velmora smart TV. Velmora said it was pleased.",
    "Velmora laptops sold well. Velmora said it was pleased.",
    "A Velmora jet crashed, and Velmora said it grieved.",  # an airline's, or a maker's
    "The Velmora co-pilot was named. Velmora said it grieved.",
])
def test_a_company_is_known_by_its_shares_and_its_chief(text):
    # An organisation, though it speaks ("Velmora said").
    assert labels(text, ("Velmora", "PERSON")) == {"Velmora": {"ORG"}}


@pytest.mark.parametrize("text", [
    "Velmora's boss said Velmora was tired.",  # a person has a boss
    "Velmora shares his view, and Velmora profits from it.",  # verbs
    "Mr Velmora's shares rose, and Mr Velmora said so.",  # a title
    "Velmora on TV said Velmora was tired.",  # no product of its
    "Mr Velmora's plane landed, and Velmora said so.",  # a person may have a plane
])
def test_a_person_keeps_a_boss_and_may_share_a_view(text):
    assert labels(text, ("Velmora", "PERSON")) == {"Velmora": {"PERSON"}}


def test_a_product_before_its_kind_of_device_stays_a_product():
    text = "She bought the Velmora smartphone. Velmora sold well."
    assert labels(text, ("Velmora", "PRODUCT")) == {"Velmora": {"PRODUCT"}}



@pytest.mark.parametrize(("text", "person"), [
    ("Tavi Orrin of Velmora Marine spoke. Velmora Marine grew.", "Tavi Orrin"),
    ("Dr Orrin of the Velmora Marine spoke. Velmora Marine grew.", "Orrin"),  # a title, "the"
])
def test_what_a_person_is_of_is_no_person(text, person):
    got = labels(text, (person, "PERSON"), ("Velmora Marine", "PERSON"))
    assert got["Velmora Marine"] == {"ORG"}


@pytest.mark.parametrize(("text", "names", "label"), [
    # A place the model tags keeps its label (a small town the gazetteer does not know).
    ("Tavi Orrin of Velmora Marine spoke.", (("Tavi Orrin", "PERSON"),), "GPE"),
    # Not after one word with no title ("Kesh of"), nor after a name the model calls no
    # person, nor a name with a person's own evidence ("Mr").
    ("Kesh of Velmora Marine spoke.", (("Kesh", "PERSON"),), "PERSON"),
    ("Tavi Orrin of Velmora Marine spoke.", (("Tavi Orrin", "ORG"),), "PERSON"),
    ("Tavi Orrin of Velmora Marine met Mr Velmora Marine.", (("Tavi Orrin", "PERSON"),),
     "PERSON"),
])
def test_what_a_person_is_of_keeps_its_label_without_that_evidence(text, names, label):
    assert labels(text, *names, ("Velmora Marine", label))["Velmora Marine"] == {label}

def test_a_product_based_on_a_model_stays_a_product():
    text = "Users moved to subscription-based Velmora. Velmora costs more."
    assert labels(text, ("Velmora", "PRODUCT")) == {"Velmora": {"PRODUCT"}}


@pytest.mark.parametrize("name", ["Velexit", "Grexit"])
def test_a_countrys_exit_by_a_blend_of_its_name_is_an_event(name):
    text = f"Supporters of {name} rallied, and {name} was delayed again."
    assert labels(text, (name, "PERSON")) == {name: {"EVENT"}}


def test_a_places_people_in_the_plural_are_a_group():
    text = "Many New Zealanders left, and Rotterdamers voted."
    assert labels(text, ("New Zealanders", "PERSON"), ("Rotterdamers", "PERSON")) == {
        "New Zealanders": {"NORP"}, "Rotterdamers": {"NORP"}}
    text = "Delhiites wore masks; Parisians and Chicagoans did not."
    assert labels(text, ("Delhiites", "PERSON"), ("Parisians", "PERSON"),
                  ("Chicagoans", "PERSON")) == {
        "Delhiites": {"NORP"}, "Parisians": {"NORP"}, "Chicagoans": {"NORP"}}
    # In the singular, a surname too ("Huber", "Berliner"); a title stays one.
    text = "Rotterdamer spoke, and Rotterdamer left. The Londoners magazine sold."
    assert labels(text, ("Rotterdamer", "PERSON"), ("Londoners", "ORG")) == {
        "Rotterdamer": {"PERSON"}, "Londoners": {"ORG"}}


def test_a_team_named_team_x_is_an_organisation():
    text = "Team Velmora won the race. Team Velmora celebrated."
    assert labels(text, ("Team Velmora", "PERSON")) == {"Team Velmora": {"ORG"}}


def test_an_acronym_is_a_bodys_not_a_titles():
    text = "The VCF ruled, and players wrote to the VCF."
    assert labels(text, ("VCF", "WORK_OF_ART")) == {"VCF": {"ORG"}}
    # unless the text says it is a work
    text = "She starred in the series VCF. VCF ran for years."
    assert labels(text, ("VCF", "WORK_OF_ART")) == {"VCF": {"WORK_OF_ART"}}


def test_a_member_of_a_group_is_not_the_group():
    text = "Tavi Orrin is a member of the group. Tavi Orrin sings."
    assert labels(text, ("Tavi Orrin", "PERSON")) == {"Tavi Orrin": {"PERSON"}}


def test_a_platform_is_an_organisation_and_a_religion_a_group():
    text = "She posted on Twitter about Islam, and Twitter removed it."
    assert labels(text, ("Twitter", "PERSON"), ("Islam", "ORG")) == {
        "Twitter": {"ORG"}, "Islam": {"NORP"}}


# -- people ----------------------------------------------------------------------------------


def test_a_family_named_by_a_persons_surname_is_people():
    text = "Dara Okafor sold the farm. The Okafors moved to the coast."
    assert labels(text, ("Dara Okafor", "PERSON"), ("Okafors", "ORG")) == {
        "Dara Okafor": {"PERSON"}, "Okafors": {"PERSON"}}
    # Without "the", a plural is a group of the kind, not the family.
    text = "Dara Okafor spoke. Many Okafors agreed, and young Okafors left."
    assert labels(text, ("Dara Okafor", "PERSON"), ("Okafors", "NORP"))["Okafors"] == {"NORP"}


def test_a_surname_spelled_without_its_accents_is_the_same_person():
    text = "Minister Tomás Ferrández spoke. Later Ferrandez ordered checks."
    out = decided(text, ("Tomás Ferrández", "PERSON"), ("Ferrandez", "ORG"),
                  fields=("canonical", "label"))
    assert out["Ferrandez"] == {("Tomás Ferrández", "PERSON")}


def test_a_place_glued_to_a_full_name_with_a_known_first_name_is_two_names():
    text = "Mayor of Rotterdam Pieter Vosselaar opened the bridge.\n"
    doc = doc_with(text, ("Rotterdam Pieter Vosselaar", "PERSON", 0))
    assert found(doc) == [("Rotterdam", "GPE"), ("Pieter Vosselaar", "PERSON")]
    # A first name that heads a place is no person's ("Bay" in "Rotterdam Bay Area").
    text = "Flooding hit the Rotterdam Bay Area.\n"
    doc = doc_with(text, ("Rotterdam Bay Area", "LOC", 0))
    assert found(doc) == [("Rotterdam Bay Area", "LOC")]
    # A place that is also a first name starts a person's name.
    text = "The actor Chad Michael Ostrow arrived.\n"
    doc = doc_with(text, ("Chad Michael Ostrow", "PERSON", 0))
    assert found(doc) == [("Chad Michael Ostrow", "PERSON")]


def test_a_storm_name_with_its_qualifier_in_the_span_is_an_event():
    text = "It would be named Tropical Storm Oswin by Monday.\n"
    doc = doc_with(text, ("Tropical Storm Oswin", "ORG", 0))
    assert found(doc) == [("Tropical Storm Oswin", "EVENT")]


def test_an_act_or_a_constitution_is_a_law():
    # The model's label does not matter: no building, place or group is called an Act.
    text = ("The Clean Rivers Act amended the Velloran Constitution. The Clean Rivers Act "
            "passed; the Open Data Act did not.")
    assert labels(text, ("Clean Rivers Act", "ORG"), ("Velloran Constitution", "EVENT"),
                  ("Open Data Act", "FAC")) == {
        "Clean Rivers Act": {"LAW"}, "Velloran Constitution": {"LAW"}, "Open Data Act": {"LAW"}}
    # A regulation, a treaty, accords or a protocol by name too.
    text = "The Clean Air Regulation, the Tarvik Accords and the Velmo Protocol were signed."
    assert labels(text, ("Clean Air Regulation", "WORK_OF_ART"), ("Tarvik Accords", "ORG"),
                  ("Velmo Protocol", "PRODUCT")) == {
        "Clean Air Regulation": {"LAW"}, "Tarvik Accords": {"LAW"}, "Velmo Protocol": {"LAW"}}
    # Not a person's name ("Ada Charter"), nor a car's ("Velmo Accord": no law's word alone).
    text = "Ada Charter drove a Velmo Accord."
    assert labels(text, ("Ada Charter", "PERSON"), ("Velmo Accord", "PRODUCT")) == {
        "Ada Charter": {"PERSON"}, "Velmo Accord": {"PRODUCT"}}


def test_an_award_is_a_work_of_art_not_its_namesake_or_a_body():
    # Named after a person ("Ada Velk") or a place, an award is none of them; nor is a prize
    # "of" or "in" something; OntoNotes tags awards WORK_OF_ART.
    text = ("Ana Moss won the Ada Velk Prize and the Velloran Medal of Valour. The Ada Velk "
            "Prize came a year after the Tarvo Prize in Physics.")
    assert labels(text, ("Ada Velk Prize", "PERSON"), ("Velloran Medal of Valour", "ORG"),
                  ("Tarvo Prize in Physics", "ORG")) == {
        "Ada Velk Prize": {"WORK_OF_ART"}, "Velloran Medal of Valour": {"WORK_OF_ART"},
        "Tarvo Prize in Physics": {"WORK_OF_ART"}}
    # A body named after its prize stays one ("the Velk Prize Foundation", "the Velk Medal of
    # Honour Society"); the word alone is no award.
    text = ("The Velk Prize Foundation said the Prize would go to Ana Moss; the Velk Medal of "
            "Honour Society agreed.")
    assert labels(text, ("Velk Prize Foundation", "ORG"), ("Prize", "ORG"),
                  ("Velk Medal of Honour Society", "ORG")) == {
        "Velk Prize Foundation": {"ORG"}, "Prize": {"ORG"}, "Velk Medal of Honour Society": {"ORG"}}


def test_a_major_languages_name_names_its_speakers_too():
    # From ISO 639-1 (pycountry): a people, whatever the model said, with or without accents.
    text = "Yorùbá elders and Xhosa youth met; the Yorùbá leaders spoke."
    assert labels(text, ("Yorùbá", "PRODUCT"), ("Xhosa", "PERSON")) == {
        "Yorùbá": {"NORP"}, "Xhosa": {"NORP"}}
    # A place the text puts on the map keeps the model's place label.
    text = "Troops are in Xhosa now; Xhosa was calm."
    assert labels(text, ("Xhosa", "GPE")) == {"Xhosa": {"GPE"}}


def test_a_countrys_people_are_a_group_not_a_person():
    text = ("A Tongan official met Namibian, Omani and Italian envoys; the Tongan side "
            "agreed.")
    out = labels(text, ("Tongan", "PERSON"), ("Namibian", "GPE"), ("Omani", "ORG"),
                 ("Italian", "PERSON"))
    assert out == {"Tongan": {"NORP"}, "Namibian": {"NORP"}, "Omani": {"NORP"},
                   "Italian": {"NORP"}}
    # A continent's people too (a plural English noun is no company's name here).
    text = "Many Europeans and Asians saw him as a hero; African leaders did not."
    assert labels(text, ("Europeans", "ORG"), ("Asians", "PERSON"), ("African", "GPE")) == {
        "Europeans": {"NORP"}, "Asians": {"NORP"}, "African": {"NORP"}}
    # A name that only looks like one stays a person's.
    text = "Adrian Holt spoke, and Adrian left."
    assert labels(text, ("Adrian", "PERSON")) == {"Adrian": {"PERSON"}}


def test_a_countrys_people_with_an_irregular_adjective_are_a_group():
    # demonyms.jsonl, generated from countryinfo: no ending makes these from the country's name.
    text = "Dutch investors, Swiss bankers and Filipinos met a Welsh envoy."
    out = labels(text, ("Dutch", "PERSON"), ("Swiss", "ORG"), ("Filipinos", "ORG"),
                 ("Welsh", "PERSON"))
    assert out == {"Dutch": {"NORP"}, "Swiss": {"NORP"}, "Filipinos": {"NORP"},
                   "Welsh": {"NORP"}}


def test_the_people_of_a_stan_country_are_a_group():
    text = "Kazakh citizens and Uzbek traders met Afghan envoys."
    out = labels(text, ("Kazakh", "ORG"), ("Uzbek", "PERSON"), ("Afghan", "GPE"))
    assert out == {"Kazakh": {"NORP"}, "Uzbek": {"NORP"}, "Afghan": {"NORP"}}


def test_a_countrys_people_in_the_plural_or_of_two_words_are_a_group():
    text = "Kenyans and American Samoans met South Korean envoys."
    out = labels(text, ("Kenyans", "ORG"), ("American Samoans", "ORG"), ("South Korean", "PERSON"))
    assert out == {"Kenyans": {"NORP"}, "American Samoans": {"NORP"}, "South Korean": {"NORP"}}
    # A country's own name in the plural stays one ("the Bahamas").
    text = "Flights to Bahamas resumed."
    assert labels(text, ("Bahamas", "GPE")) == {"Bahamas": {"GPE"}}
    # Two peoples joined by a hyphen are one group; a person's double name is not.
    text = "The Cuban-Guatemalan actor met Ana Velk-Tarvik."
    assert labels(text, ("Cuban-Guatemalan", "ORG"), ("Ana Velk-Tarvik", "PERSON")) == {
        "Cuban-Guatemalan": {"NORP"}, "Ana Velk-Tarvik": {"PERSON"}}


# -- apposition, contests, "the X" --------------------------------------------------------------


def test_a_role_in_apposition_makes_a_person():
    text = ("The current chair of Velloria, Oskari Tamm, spoke. Oskari Tamm, 61, a former "
            "teacher, agreed.")
    assert labels(text, ("Oskari Tamm", "ORG")) == {"Oskari Tamm": {"PERSON"}}
    text = "Kaveri Nandan — who has been the railway's manager since May — spoke."
    assert labels(text, ("Kaveri Nandan", "WORK_OF_ART")) == {"Kaveri Nandan": {"PERSON"}}


def test_a_name_the_model_calls_a_title_is_a_person_by_its_first_name_or_surname():
    text = "Sanctions hit those who support Oskari Tamm in Velloria."
    assert labels(text, ("Oskari Tamm", "WORK_OF_ART")) == {"Oskari Tamm": {"PERSON"}}
    # A surname of a person the text names, of one word or of several.
    text = "He named preacher Marla Quist as his running mate. Quist may serve elsewhere."
    assert labels(text, ("Marla Quist", "PERSON"), ("Quist", "WORK_OF_ART")) == {
        "Marla Quist": {"PERSON"}, "Quist": {"PERSON"}}
    text = "The governor, Pedro R. Velmar Quist, was sworn in. Velmar Quist must now leave."
    assert labels(text, ("Pedro R. Velmar Quist", "PERSON"), ("Velmar Quist", "WORK_OF_ART")) == {
        "Pedro R. Velmar Quist": {"PERSON"}, "Velmar Quist": {"PERSON"}}


def test_the_given_name_of_a_person_in_the_text_alone_is_that_person():
    text = "Marla bin Quist was killed. The death of Marla was confirmed, and Marla's son spoke."
    assert labels(text, ("Marla bin Quist", "PERSON"), ("Marla", "ORG")) == {
        "Marla bin Quist": {"PERSON"}, "Marla": {"PERSON"}}
    # A people's adjective stays one, though it begins a name the model took for a person.
    text = "The Thai Velmor Chart party spoke. Thai law is strict, and Thai voters agree."
    assert labels(text, ("Thai Velmor Chart", "PERSON"), ("Thai", "NORP"))["Thai"] == {"NORP"}
    # Only a known given name: "Red" of a wrong person "Red Lantern" is no evidence.
    text = "Red Lantern spoke. Red issued a statement."
    assert labels(text, ("Red Lantern", "PERSON"), ("Red", "ORG"))["Red"] == {"ORG"}


def test_a_plural_noun_the_model_calls_a_person_is_a_team_or_a_body():
    from factpull.extractors.entities import canonicalise

    english = {"raider", "bronco", "church", "news"}
    text = "Broncos vs. Raiders was a great match. The Raiders won."
    out = canonicalise(mentions(text, ("Broncos", "PERSON"), ("Raiders", "PERSON")), text,
                       english=english)
    assert {(e.text, e.label) for e in out} == {("Broncos", "ORG"), ("Raiders", "ORG")}
    # Not without the word list, not a family the text names by its surname ("Raiders"
    # beside "Ada Raider"), not a word whose singular is no English word.
    text = "Broncos vs. Raiders was a great match. Raiders won."
    assert {e.label for e in canonicalise(mentions(text, ("Raiders", "PERSON")), text)} == {
        "PERSON"}
    text = "Ada Raider and Raiders came. Velkers won."
    out = canonicalise(mentions(text, ("Ada Raider", "PERSON"), ("Raiders", "PERSON"),
                                ("Velkers", "PERSON")), text, english=english)
    assert {(e.text, e.label) for e in out} == {
        ("Ada Raider", "PERSON"), ("Raiders", "PERSON"), ("Velkers", "PERSON")}


def test_a_places_name_in_quotes_in_most_mentions_is_a_title():
    text = "Her song “Leeds” topped the charts; “Leeds,” she said, took a year. She sang “Leeds.”"
    assert labels(text, ("Leeds", "PERSON")) == {"Leeds": {"WORK_OF_ART"}}
    # Not a quotation the name opens (the model's label stays), nor a name the model already
    # calls a place.
    text = "“Leeds is quiet,” she said. “Leeds was loud before.”"
    assert labels(text, ("Leeds", "ORG")) == {"Leeds": {"ORG"}}
    text = "Her song “Leeds” topped the charts, and “Leeds,” she said, took a year."
    assert labels(text, ("Leeds", "GPE")) == {"Leeds": {"GPE"}}


def test_a_title_with_a_first_name_stays_a_title_when_quoted_or_called_a_work():
    text = 'She starred in "Marla Quist" and then in Oskari Tamm, a 2019 film by Rhee.'
    assert labels(text, ("Marla Quist", "WORK_OF_ART"), ("Oskari Tamm", "WORK_OF_ART")) == {
        "Marla Quist": {"WORK_OF_ART"}, "Oskari Tamm": {"WORK_OF_ART"}}


def test_a_surname_of_several_words_does_not_outvote_an_organisation():
    # "Will Red Lantern" at a sentence start is a wrong person; the company stays one.
    text = ("Red Lantern said so. Will Red Lantern change? Red Lantern declined. "
            "Red Lantern grew.")
    assert labels(text, ("Will Red Lantern", "PERSON"), ("Red Lantern", "ORG"))[
        "Red Lantern"] == {"ORG"}


def test_an_organisation_in_apposition_stays_one():
    text = "Brightmoor Analytics, a company that tracks ships, said so."
    assert labels(text, ("Brightmoor Analytics", "PERSON")) == {
        "Brightmoor Analytics": {"ORG"}}


def test_a_side_that_defeats_or_is_defeated_is_a_team():
    text = "Tallowby defeated Marrowfield 31 points to 12. Tallowby now lead."
    assert labels(text, ("Tallowby", "PERSON"), ("Marrowfield", "PERSON")) == {
        "Tallowby": {"ORG"}, "Marrowfield": {"ORG"}}
    # A person the text names in full stays one.
    text = "Ines Varga beat Lotte Brand in three sets. Varga beat Brand again."
    out = labels(text, ("Ines Varga", "PERSON"), ("Lotte Brand", "PERSON"), ("Varga", "PERSON"),
                 ("Brand", "PERSON"))
    assert set(out) == {"Ines Varga", "Lotte Brand", "Varga", "Brand"}
    assert all(label == {"PERSON"} for label in out.values())


def test_the_x_ending_its_phrase_is_no_person():
    text = ("The storm hit the Velmores. Ferries sailed to the Velmores, and schools on the "
            "Velmores closed.")
    assert labels(text, ("Velmores", "PERSON")) == {"Velmores": {"LOC"}}
    text = "Fans cheered the Quillfeathers. Tickets for the Quillfeathers sold out."
    assert labels(text, ("Quillfeathers", "PERSON")) == {"Quillfeathers": {"ORG"}}
    # "the Tamm government": the name only qualifies the phrase.
    text = "Critics of the Tamm government met. Tamm replied."
    assert labels(text, ("Tamm", "PERSON")) == {"Tamm": {"PERSON"}}



def test_a_plural_after_the_the_model_calls_a_place_is_a_team_unless_known():
    text = "The Astros routed the Quillfeathers 10-0, and the Quillfeathers' coach left."
    assert labels(text, ("Quillfeathers", "GPE")) == {"Quillfeathers": {"ORG"}}
    # Not a place the gazetteer knows, in the plural ("the Hamptons": Hampton is a city), nor
    # a name of two words ("the Velmo Hills").
    text = "Summer in the Hamptons and the Velmo Hills was hot."
    assert labels(text, ("Hamptons", "GPE"), ("Velmo Hills", "GPE")) == {
        "Hamptons": {"GPE"}, "Velmo Hills": {"GPE"}}


def test_a_point_a_creek_or_falls_head_a_places_name():
    text = "Boats left Velmo Point for Tarvik Creek; Ada Velk saw Kestrel Falls."
    assert labels(text, ("Velmo Point", "PERSON"), ("Tarvik Creek", "ORG"),
                  ("Ada Velk", "PERSON"), ("Kestrel Falls", "PERSON")) == {
        "Velmo Point": {"LOC"}, "Tarvik Creek": {"LOC"}, "Ada Velk": {"PERSON"},
        "Kestrel Falls": {"LOC"}}
    # A town in a state stays a town ("X Falls, Ohio"), as does a town the model found under
    # a head that names towns as often as features; a surname after a first name is a person's.
    text = "Kestrel Falls, Ohio, voted; Kestrel Falls, Ohio, is small."
    assert labels(text, ("Kestrel Falls", "GPE")) == {"Kestrel Falls": {"GPE"}}
    text = "Voters in Velmo Springs met Ada Ridge."
    assert labels(text, ("Velmo Springs", "GPE"), ("Ada Ridge", "PERSON")) == {
        "Velmo Springs": {"GPE"}, "Ada Ridge": {"PERSON"}}


def test_a_festival_a_summit_or_a_war_is_an_event():
    text = "After the Velloran War, the Marrowby Festival and the Kestrel Summit resumed."
    out = labels(text, ("Velloran War", "NORP"), ("Marrowby Festival", "ORG"),
                 ("Kestrel Summit", "GPE"))
    assert out == {"Velloran War": {"EVENT"}, "Marrowby Festival": {"EVENT"},
                   "Kestrel Summit": {"EVENT"}}
    text = "Crowds left Marrowby Fest."
    assert labels(text, ("Marrowby Fest", "ORG")) == {"Marrowby Fest": {"EVENT"}}
    text = "She played at the Kestrel Olympiad in 2016."
    assert labels(text, ("Kestrel Olympiad", "PERSON")) == {"Kestrel Olympiad": {"EVENT"}}



def test_the_marines_are_their_service_and_a_corps_an_organisation():
    text = "Two Marines and a former Marine of the Velloran Corps spoke."
    out = labels(text, ("Marines", "NORP"), ("Marine", "PERSON"), ("Velloran Corps", "PERSON"))
    assert out == {"Marines": {"ORG"}, "Marine": {"ORG"}, "Velloran Corps": {"ORG"}}


def test_great_lakes_are_a_location():
    text = "Snow fell over the Tarvik Lakes."
    assert labels(text, ("Tarvik Lakes", "FAC")) == {"Tarvik Lakes": {"LOC"}}


def test_the_kind_of_a_vessel_before_its_name_makes_a_product():
    text = "The dive boat Kestrel sank. The boat, Kestrel, had passed inspection."
    assert labels(text, ("Kestrel", "ORG")) == {"Kestrel": {"PRODUCT"}}
    text = "The ferry, Marlin, sank."
    assert labels(text, ("Marlin", "ORG")) == {"Marlin": {"PRODUCT"}}


def test_an_apposition_after_an_organisation_or_in_a_list_makes_no_person():
    text = "Dr Ana Ruiz of Kestrel Polytechnic College, a researcher, spoke."
    assert labels(text, ("Kestrel Polytechnic College", "ORG"))["Kestrel Polytechnic College"] \
        == {"ORG"}
    text = "Speaking to VNA, the minister said so."
    assert labels(text, ("VNA", "ORG")) == {"VNA": {"ORG"}}
    text = ("He was a well-known 2012 and 2016 presidential candidate, Quillpost interviewee "
            "and lawyer. Quillpost asked him. Quillpost called.")
    assert labels(text, ("Quillpost", "ORG")) == {"Quillpost": {"ORG"}}
    # A role word without its determiner is a list's item, not an apposition.
    text = "Voters heard from each candidate, Quillpost, and the press."
    assert labels(text, ("Quillpost", "ORG")) == {"Quillpost": {"ORG"}}


def test_a_player_who_speaks_is_no_team_and_a_family_no_band():
    text = ("Varkesh defeated Tomlin in the final. Varkesh lifted the trophy. Crowds cheered "
            "Varkesh. Varkesh said he was tired.")
    assert labels(text, ("Varkesh", "PERSON"))["Varkesh"] == {"PERSON"}
    text = "Critics attacked Okafor's plan. The scandal would damage the Okafors."
    assert labels(text, ("Okafors", "PERSON"))["Okafors"] == {"PERSON"}


def test_a_name_before_the_kind_of_natural_feature_is_a_place():
    text = "Lava from the Vorrakai volcano reached the coast. Vorrakai erupted again."
    assert labels(text, ("Vorrakai", "PERSON")) == {"Vorrakai": {"LOC"}}
    # An organisation named so only when most mentions say so.
    text = "Kestrel river levels rose. Kestrel shares fell. Kestrel hired staff."
    assert labels(text, ("Kestrel", "ORG")) == {"Kestrel": {"ORG"}}
    # A nationality before the kind of feature stays a nationality.
    text = "They sailed to the Velloran island of Dask."
    assert labels(text, ("Velloran", "NORP")) == {"Velloran": {"NORP"}}


def test_a_name_before_the_kind_of_building_is_a_facility():
    text = "Twelve men were held at Corvane prison. The Corvane detainees were freed."
    assert labels(text, ("Corvane", "PERSON")) == {"Corvane": {"FAC"}}
    # A place the gazetteer knows stays a place ("Kabul airport" is in Kabul).
    text = "Flights to Kabul airport resumed."
    assert labels(text, ("Kabul", "GPE")) == {"Kabul": {"GPE"}}
    # A company named so only when most mentions say so.
    text = "Fans filled the Kestrel stadium. Kestrel shares fell. Kestrel hired staff."
    assert labels(text, ("Kestrel", "ORG")) == {"Kestrel": {"ORG"}}
    # Nor an organisation's own word ("United", "Club").
    text = "Fans filled the Ardwick United stadium."
    assert labels(text, ("Ardwick United", "ORG")) == {"Ardwick United": {"ORG"}}
    # A title makes a person, whatever follows the name.
    text = "Mayor Dask opened the Dask bridge."
    assert labels(text, ("Dask", "PERSON")) == {"Dask": {"PERSON"}}
    # The kind must end its phrase: not a verb's ("help Dask bridge the gap"), nor a noun's
    # modifier ("Dask prison letters").
    text = "It could help Dask bridge the gap. The Dask prison letters were sold."
    assert labels(text, ("Dask", "PERSON")) == {"Dask": {"PERSON"}}
    # Most mentions must say so.
    text = "Dask spoke. The Dask bridge opened, and Dask left."
    assert labels(text, ("Dask", "PERSON")) == {"Dask": {"PERSON"}}


def test_a_brands_spelling_with_a_capital_inside_is_an_organisation():
    text = "ZentaPay said profits rose."
    assert labels(text, ("ZentaPay", "PERSON")) == {"ZentaPay": {"ORG"}}
    # A place may be spelt so ("PyeongChang").
    text = "Police in VelaPort made arrests."
    assert labels(text, ("VelaPort", "GPE")) == {"VelaPort": {"GPE"}}
    # A surname with a particle or a prefix is no brand ("McAllister", "DeVorn", "DosVar").
    text = "McAllister said so, DeVorn agreed and DosVar left."
    names = ("McAllister", "DeVorn", "DosVar")
    assert labels(text, *((name, "PERSON") for name in names)) == {
        name: {"PERSON"} for name in names}
    # A title, an age or a role in apposition, or the full name in the text, makes a person.
    text = ("Ms KaiLor spoke. Rina TevRan arrived, and TevRan left. KesTor, 45, agreed. "
            "DunVar, a teacher, agreed.")
    names = ("KaiLor", "Rina TevRan", "TevRan", "KesTor", "DunVar")
    assert labels(text, *((name, "PERSON") for name in names)) == {
        name: {"PERSON"} for name in names}


def test_a_word_in_capitals_the_model_calls_a_person_is_an_organisation():
    text = "Shoppers queued at VELKO, and VELKO set a limit on Monday."
    assert labels(text, ("VELKO", "PERSON")) == {"VELKO": {"ORG"}}
    # Not one with a person's evidence ("Mr"), nor a place the gazetteer knows.
    text = "Mr VELKO said so, and VELKO left for LEEDS."
    assert labels(text, ("VELKO", "PERSON"), ("LEEDS", "PERSON")) == {
        "VELKO": {"PERSON"}, "LEEDS": {"GPE"}}


def test_an_operating_system_is_a_product():
    text = "Users moved to Jasper Linux, and Jasper Linux grew."
    assert labels(text, ("Jasper Linux", "PERSON")) == {"Jasper Linux": {"PRODUCT"}}
    # and so is the system itself, named alone
    text = "Linux is free, and Android runs on Linux."
    assert labels(text, ("Linux", "PERSON"), ("Android", "ORG")) == {
        "Linux": {"PRODUCT"}, "Android": {"PRODUCT"}}
    # A telescope is a made thing too, whoever it is named after.
    text = "The Anna Velmor Space Telescope flew."
    assert labels(text, ("Anna Velmor Space Telescope", "PERSON")) == {
        "Anna Velmor Space Telescope": {"PRODUCT"}}
    text = "Astronomers used the Very Broad Telescope in Chile."
    assert labels(text, ("Very Broad Telescope", "FAC")) == {"Very Broad Telescope": {"FAC"}}


def test_a_products_line_word_or_its_size_in_inches_makes_a_product():
    text = "She bought a Velmo Pro, then a Kestrel Ultra and a Dask Mini. Velmo Pro works."
    assert labels(text, ("Velmo Pro", "ORG"), ("Kestrel Ultra", "NORP"),
                  ("Dask Mini", "PERSON")) == {
        "Velmo Pro": {"PRODUCT"}, "Kestrel Ultra": {"PRODUCT"}, "Dask Mini": {"PRODUCT"}}
    text = "The new 12.9-inch VelBook is thin. Users like the VelBook."
    assert labels(text, ("VelBook", "ORG")) == {"VelBook": {"PRODUCT"}}
    # Not an airline's word, not without the size, not a person's name ("Ada Max").
    text = "Kestrel Air flew to Dask. Users like the VelBook. It is 12 inches wide."
    assert labels(text, ("Kestrel Air", "ORG"), ("VelBook", "ORG")) == {
        "Kestrel Air": {"ORG"}, "VelBook": {"ORG"}}
    text = "The painter Ada Max showed prints. Ada Max said so."
    assert labels(text, ("Ada Max", "PERSON")) == {"Ada Max": {"PERSON"}}


def test_an_organisation_glued_to_a_full_name_with_a_known_first_name_is_two_names():
    text = "The Storting met. The Speaker of the Storting Helen Varga spoke.\n"
    doc = doc_with(text, ("Storting", "ORG", 0), ("Storting Helen Varga", "ORG", 0))
    assert found(doc) == [("Storting", "ORG"), ("Storting", "ORG"), ("Helen Varga", "PERSON")]
    # Without the organisation alone elsewhere, nothing says where the name starts.
    text = "The Speaker of the Assembly Helen Varga spoke.\n"
    doc = doc_with(text, ("Assembly Helen Varga", "ORG", 0))
    assert found(doc) == [("Assembly Helen Varga", "ORG")]
    # A left side the document knows as a person is part of a longer name.
    text = "Tamm spoke first. Later Tamm Anna Lind spoke.\n"
    doc = doc_with(text, ("Tamm", "PERSON", 0), ("Tamm Anna Lind", "PERSON", 0))
    assert ("Tamm Anna Lind", "PERSON") in found(doc)
    # A company ("Marine Corp") or a particle ("De La Vega") is no first name's.
    text = "The US army and the US Marine Corp met.\n"
    doc = doc_with(text, ("US", "GPE", 0), ("US Marine Corp", "ORG", 0))
    assert ("US Marine Corp", "ORG") in found(doc)
    text = "Rocky spoke. Nominee Rocky De La Vega won.\n"
    doc = doc_with(text, ("Rocky", "GPE", 0), ("Rocky De La Vega", "PERSON", 0))
    assert ("Rocky De La Vega", "PERSON") in found(doc)
    text = "Rocky spoke. Vega won. Nominee Rocky De La Vega won.\n"
    doc = doc_with(text, ("Rocky", "GPE", 0), ("Vega", "PERSON", 0),
                   ("Rocky De La Vega", "PERSON", 0))
    assert ("Rocky De La Vega", "PERSON") in found(doc)


def test_a_named_day_is_an_event_but_a_first_name_and_day_a_person():
    text = "Crowds marked Velloran Unity Day and Oskar Tamm Day; Doris Day sang."
    out = labels(text, ("Velloran Unity Day", "ORG"), ("Oskar Tamm Day", "PERSON"),
                 ("Doris Day", "PERSON"))
    assert out == {"Velloran Unity Day": {"EVENT"}, "Oskar Tamm Day": {"EVENT"},
                   "Doris Day": {"PERSON"}}
    # Nor is "Day" alone found again as that person's name.
    text = "Schools closed for Oskar Tamm Day.\nChristmas Day was quiet.\n"
    doc = doc_with(text, ("Oskar Tamm Day", "PERSON", 0))
    assert found(doc) == [("Oskar Tamm Day", "PERSON")]
    # A person's two-word name still gives its surname.
    text = "Singer Doris Day died.\nDay made films.\n"
    doc = doc_with(text, ("Doris Day", "PERSON", 0))
    assert found(doc) == [("Doris Day", "PERSON"), ("Day", "PERSON")]


# -- boundaries ------------------------------------------------------------------------------


def test_lower_case_words_at_a_names_edges_are_not_part_of_it():
    text = "Troops who led Vellor War veterans met at a Kestrel graduation ceremony.\n"
    doc = doc_with(text, ("led Vellor War", "EVENT", 0),
                   ("Kestrel graduation ceremony", "ORG", 0))
    assert found(doc) == [("Vellor War", "EVENT"), ("Kestrel", "ORG")]
    # A hyphen joins a lower-case word to a name; an organisation word ends one.
    text = "Officer Yu Hoi-kwan met ex-Velloran members of the Velloran party.\n"
    doc = doc_with(text, ("Yu Hoi-kwan", "PERSON", 0), ("ex-Velloran", "NORP", 0),
                   ("Velloran party", "ORG", 0))
    assert found(doc) == [("Yu Hoi-kwan", "PERSON"), ("ex-Velloran", "NORP"),
                          ("Velloran party", "ORG")]
    # Not after another lower-case word, nor a word that names a kind of organisation.
    text = "Kestrel news agency, Tarnfax news and the Holm youth party said so.\n"
    doc = doc_with(text, ("Kestrel news agency", "ORG", 0), ("Tarnfax news", "ORG", 0),
                   ("Holm youth party", "ORG", 0))
    assert found(doc) == [("Kestrel", "ORG"), ("Tarnfax", "ORG"), ("Holm", "ORG")]
    # Name particles stay.
    text = "A portrait of de Vaulx hung there.\n"
    doc = doc_with(text, ("de Vaulx", "PERSON", 0))
    assert found(doc) == [("de Vaulx", "PERSON")]


def test_a_name_never_ends_with_its_particle():
    text = "Voters backed Gloria La Vessa and Henri Marchal d'Aubry.\n"
    doc = doc_with(text, ("Gloria La", "PERSON", 0), ("Henri Marchal", "PERSON", 0))
    assert found(doc) == [("Gloria La Vessa", "PERSON"), ("Henri Marchal d'Aubry", "PERSON")]
    # Nor with "v." or "vs." (a court case: "Roe vs. Wade"); a fixture's sides are two names.
    text = "The Tarn vs. Velmore ruling stands, and Arbury vs. Kestrel ended 2-1.\n"
    doc = doc_with(text, ("Tarn vs.", "LAW", 0), ("Arbury vs.", "ORG", 0))
    assert found(doc) == [("Tarn vs. Velmore", "LAW"), ("Arbury", "ORG"), ("Kestrel", "ORG")]
    doc = doc_with("In Tarn vs. Velmore, judges sat.\n", ("Tarn vs.", "LAW", 0),
                   ("Velmore", "PERSON", 0))
    assert found(doc) == [("Tarn", "LAW"), ("Velmore", "PERSON")]
    # Not over a name the model tags itself: names never overlap.
    text = "Voters in Velloria D'Aubry backed the plan.\n"
    doc = doc_with(text, ("Velloria", "GPE", 0), ("D'Aubry", "PERSON", 0))
    assert found(doc) == [("Velloria", "GPE"), ("D'Aubry", "PERSON")]


def test_two_names_joined_by_v_dot_are_one_court_case():
    text = "Judges cited Tarn v. Velloria and Holm v. Arbury County. Tarn v Kestrel ended 2-1.\n"
    doc = doc_with(text, ("Tarn", "PERSON", 0), ("Velloria", "GPE", 0),
                   ("Holm v. Arbury County", "PERSON", 0), ("Tarn v Kestrel", "GPE", 0))
    assert found(doc) == [("Tarn v. Velloria", "LAW"), ("Holm v. Arbury County", "LAW"),
                          ("Tarn", "GPE"), ("Kestrel", "GPE")]  # a fixture: two sides


def test_a_makers_name_before_its_products_is_part_of_the_product():
    text = "He drove a white Velmo Kestrel and flew Velmo 707s. Arbury 1 Tarvik 1 Holm 2.\n"
    doc = doc_with(text, ("Velmo", "ORG", 0), ("Kestrel", "PRODUCT", 0), ("Velmo", "ORG", 1),
                   ("707s", "PRODUCT", 0), ("Arbury 1", "ORG", 0), ("Tarvik 1", "PRODUCT", 0))
    # (not in a table of results)
    assert found(doc) == [("Velmo Kestrel", "PRODUCT"), ("Velmo 707s", "PRODUCT"),
                          ("Arbury 1", "ORG"), ("Tarvik 1", "PRODUCT")]
    text = "Results: Holm Rovers 1 Velk 3.\n"
    doc = doc_with(text, ("Holm Rovers", "ORG", 0), ("1 Velk 3", "PRODUCT", 0))
    assert ("Holm Rovers", "ORG") in found(doc)


def test_a_slash_between_two_names_cuts_them():
    text = "The Tamm/Vessa ticket beat the AC/DC tribute act.\n"
    doc = doc_with(text, ("Tamm/Vessa", "ORG", 0), ("AC/DC", "ORG", 0))
    assert found(doc) == [("Tamm", "ORG"), ("Vessa", "ORG"), ("AC/DC", "ORG")]


def test_the_portfolio_of_an_office_is_no_name_but_a_place_is():
    text = "The Secretary of State met the Minister of Velloria and the Minister of Fisheries.\n"
    doc = doc_with(text, ("State", "ORG", 0), ("Velloria", "GPE", 0), ("Fisheries", "ORG", 0))
    assert found(doc) == [("Velloria", "GPE")]
    text = "The Minister of Mongolia spoke.\n"
    doc = doc_with(text, ("Mongolia", "ORG", 0))
    assert found(doc) == [("Mongolia", "ORG")]


def test_a_common_word_before_the_office_it_is_part_of_is_no_name():
    words = {"defence", "state", "community", "senate", "shell", "care"}
    text = ("Defence Secretary Ann Holm met State Sen. Ben Tarn, the Community Manager, the "
            "Senate Secretary, CARE Commissioner Cal Vey and Tarvik Minister Dee Park.\n")
    doc = doc_with(text, ("Defence", "ORG", 0), ("State", "ORG", 0), ("Community", "ORG", 0),
                   ("Senate", "ORG", 0), ("CARE", "ORG", 0), ("Tarvik", "ORG", 0))
    # (an institution, an acronym or a word that is no common word stays a name; so does any
    # word without the word list)
    assert found(doc, english=words) == [("Senate", "ORG"), ("CARE", "ORG"), ("Tarvik", "ORG")]
    assert len(found(doc)) == 6
    text = "Shell Chairman Ann Holm and Chad Minister Ben Tarn spoke.\n"  # a company, a place
    doc = doc_with(text, ("Shell", "ORG", 0), ("Chad", "GPE", 0))
    assert found(doc, english=words | {"chad"}) == [("Shell", "ORG"), ("Chad", "GPE")]


# -- acronyms a text defines ---------------------------------------------------------------


def test_an_acronym_of_common_words_is_no_name():
    text = ("Doctors scanned the posterior parietal lobe (PPL) of each patient. The PPL "
            "responded. Prices of compressed shale gas (CSG) fell.\n")
    doc = doc_with(text, ("PPL", "ORG", 0), ("PPL", "ORG", 1), ("CSG", "ORG", 0))
    assert found(doc) == []


def test_a_common_term_may_start_with_a_name_and_spell_hyphenated_words():
    text = ("Cases of Marburg virus disease (MVD) rose. A water-repellent smooth coating "
            "(WRSC) helps. MVD kills. WRSC is cheap.\n")
    doc = doc_with(text, ("MVD", "ORG", 1), ("WRSC", "ORG", 1))
    assert found(doc) == []


def test_a_term_defined_early_in_a_long_article_is_no_name_in_its_later_pieces(nlp, monkeypatch):
    from factpull import api

    monkeypatch.setattr(api, "CHUNK_CHARS", 80)
    text = ("Doctors scanned the anterior cingulate cortex (ACC) in rats.\n\n"
            + "Nothing happened here at all today.\n\n" * 3
            + "The ACC of the rats was active, the ACC said.")
    assert [e.text for e in api.extract(text).entities] == []


def test_an_acronym_before_its_common_words_in_brackets_is_no_name():
    text = ("Critics fault GPF (grid power fees, a levy) and GPF rises. KLP (Kestrel Labour "
            "Party).\n")
    doc = doc_with(text, ("GPF", "ORG", 0), ("GPF", "ORG", 1), ("KLP", "ORG", 0))
    assert found(doc) == [("KLP", "ORG")]


def test_an_acronym_an_editor_defines_in_square_brackets_is_no_name():
    text = "It passed QK [quality keeping] and the QK team agreed.\n"
    doc = doc_with(text, ("QK", "ORG", 0), ("QK", "ORG", 1))
    assert found(doc) == []


def test_a_technique_and_its_acronym_are_no_names():
    text = ("Ships send Long Range Tagging and Tracking (LRTT) data. LRTT works. Doctors use "
            "Velloran Wave Tomography (VWT) scans. VWT helps.\n")
    doc = doc_with(text, ("Long Range Tagging and Tracking", "ORG", 0), ("LRTT", "ORG", 1),
                   ("Velloran Wave Tomography", "ORG", 0), ("VWT", "ORG", 1))
    assert found(doc) == []


def test_a_body_named_like_a_technique_keeps_its_name():
    # An organisation's word or a place: a body ("Velloran Bank Imaging", "Velloran Institute
    # of Imaging", "Kenya Data Processing"); "System" and "Line" end bodies' names too.
    text = ("The Velloran Bank Imaging (VBI), the Velloran Institute of Imaging (VII), Kenya "
            "Data Processing (KDP) and the Tarn Reserve System (TRS) met.\n")
    names = ("Velloran Bank Imaging", "VBI", "Velloran Institute of Imaging", "VII",
             "Kenya Data Processing", "KDP", "Tarn Reserve System", "TRS")
    doc = doc_with(text, *((name, "ORG", 0) for name in names))
    assert tuple(name for name, _ in found(doc)) == names
    # A language's name is a name ("Language" ends the names of techniques too).
    text = "Pupils learn Velloran Sign Language (VSL) at school.\n"
    doc = doc_with(text, ("Velloran Sign Language", "LANGUAGE", 0))
    assert found(doc) == [("Velloran Sign Language", "LANGUAGE"), ("VSL", "LANGUAGE")]


def test_an_acronym_of_a_name_stays_and_so_does_an_undefined_one():
    text = ("The Velloran Workers Party (VWP) won. The VWP formed a government with the "
            "KLP.\n")
    doc = doc_with(text, ("Velloran Workers Party", "ORG", 0), ("VWP", "ORG", 1),
                   ("KLP", "ORG", 0))
    assert found(doc) == [("Velloran Workers Party", "ORG"), ("VWP", "ORG"), ("VWP", "ORG"),
                          ("KLP", "ORG")]


def test_a_name_and_a_single_capitalised_word_before_it_do_not_make_a_term():
    # "Democratic party (DP)": one lower-case word after a capitalised one is a name's.
    text = "The Democratic party (DP) won. The DP governs.\n"
    doc = doc_with(text, ("DP", "ORG", 1))
    assert found(doc) == [("DP", "ORG"), ("DP", "ORG")]


def test_an_acronym_a_name_defines_is_found_where_the_model_missed_it():
    text = ("An aide of the Velloran Labour Party (VLP) spoke. VLP fighters left. Ada Holm "
            "(AH) agreed.\n")
    doc = doc_with(text, ("Velloran Labour Party", "ORG", 0), ("Ada Holm", "PERSON", 0))
    assert found(doc) == [("Velloran Labour Party", "ORG"), ("VLP", "ORG"), ("VLP", "ORG"),
                          ("Ada Holm", "PERSON")]


def test_an_acronym_takes_the_label_decided_for_the_name_it_stands_for():
    text = ("Lawmakers passed the Harbor Noise Abatement Act (HNAA) in May. Critics of the "
            "HNAA said the HNAA was weak. Users of Kestrel Enterprise Linux (KEL) upgraded; "
            "KEL is free.")
    out = decided(text, ("Harbor Noise Abatement Act", "ORG"), ("HNAA", "NORP"),
                  ("Kestrel Enterprise Linux", "ORG"), ("KEL", "ORG"),
                  fields=("label", "canonical"))
    assert out == {"Harbor Noise Abatement Act": {("LAW", "Harbor Noise Abatement Act")},
                   "HNAA": {("LAW", "Harbor Noise Abatement Act")},
                   "Kestrel Enterprise Linux": {("PRODUCT", "Kestrel Enterprise Linux")},
                   "KEL": {("PRODUCT", "Kestrel Enterprise Linux")}}


def test_an_acronym_does_not_take_a_persons_label_from_a_name_the_model_got_wrong():
    text = "A Grid Scale Storage (GSS) plan. GSS costs less."
    assert labels(text, ("Grid Scale Storage", "PERSON"), ("GSS", "ORG")) == {
        "Grid Scale Storage": {"ORG"}, "GSS": {"ORG"}}


# -- ships, planets and stars, grades ------------------------------------------------------------


def test_a_ship_is_a_product_with_or_without_its_prefix():
    text = "MV Kestrel Dawn sank. Kestrel Dawn carried nickel. HMS Dunmore searched."
    out = decided(text, ("MV Kestrel Dawn", "ORG"), ("Kestrel Dawn", "PERSON"),
                  ("HMS Dunmore", "GPE"), fields=("label", "canonical"))
    assert out == {"MV Kestrel Dawn": {("PRODUCT", "MV Kestrel Dawn")},
                   "Kestrel Dawn": {("PRODUCT", "MV Kestrel Dawn")},
                   "HMS Dunmore": {("PRODUCT", "HMS Dunmore")}}
    # The prefix may be written with dots; an initial and a name are not one ("A.B. Dunmore").
    text = "U.S.S. Kestrel Dawn sank. Kestrel Dawn carried nickel. A.B. Dunmore searched."
    out = decided(text, ("U.S.S. Kestrel Dawn", "ORG"), ("Kestrel Dawn", "PERSON"),
                  ("A.B. Dunmore", "PERSON"), fields=("label", "canonical"))
    assert out == {"U.S.S. Kestrel Dawn": {("PRODUCT", "U.S.S. Kestrel Dawn")},
                   "Kestrel Dawn": {("PRODUCT", "U.S.S. Kestrel Dawn")},
                   "A.B. Dunmore": {("PERSON", "A.B. Dunmore")}}


def test_a_person_a_ship_is_named_after_stays_a_person():
    text = ("They renamed their ship after Ada Kessel, a child. MV Ada Kessel sails. Ada Kessel "
            "died.")
    assert labels(text, ("Ada Kessel", "PERSON"), ("MV Ada Kessel", "PRODUCT")) == {
        "Ada Kessel": {"PERSON"}, "MV Ada Kessel": {"PRODUCT"}}


def test_a_first_name_the_model_left_out_is_part_of_the_persons_name():
    text = "Her aunt, Gertrude Velkar Holm, spoke. The Velkar campaign agreed. Florence Holm won.\n"
    doc = doc_with(text, ("Velkar Holm", "PERSON", 0), ("Velkar", "PERSON", 1),
                   ("Holm", "PERSON", 1))
    assert found(doc) == [("Gertrude Velkar Holm", "PERSON"), ("Velkar", "PERSON"),
                          ("Holm", "PERSON")]


def test_an_age_in_apposition_makes_a_person():
    text = ("Police detained Velko on Friday. Velko, 45, was sentenced last month. Kestrel, 25, "
            "Tarnby 10.")
    assert labels(text, ("Velko", "ORG"), ("Kestrel", "ORG")) == {
        "Velko": {"PERSON"}, "Kestrel": {"ORG"}}


def test_a_dash_between_spaces_parts_two_names_but_not_a_hyphen():
    text = "Romania - Ada Kessel 6-4 6-3. Yu Hoi-kwan won.\n"
    doc = doc_with(text, ("Romania - Ada Kessel", "ORG", 0), ("Yu Hoi-kwan", "PERSON", 0))
    assert found(doc) == [("Romania", "ORG"), ("Ada Kessel", "ORG"), ("Yu Hoi-kwan", "PERSON")]


def test_a_ships_prefix_the_model_left_out_is_part_of_its_name():
    text = "Their ship, MV Ada Kessel, docked. The MV sailed.\n"
    doc = doc_with(text, ("MV", "PRODUCT", 0), ("Ada Kessel", "PERSON", 0), ("MV", "ORG", 1))
    assert found(doc) == [("MV Ada Kessel", "PRODUCT")]


def test_a_kind_after_a_nationality_says_what_a_name_is():
    text = "The Latvian cargo ship Tarn Spirit vanished. Tarn Spirit carried coal."
    assert labels(text, ("Latvian", "NORP"), ("Tarn Spirit", "ORG")) == {
        "Latvian": {"NORP"}, "Tarn Spirit": {"PRODUCT"}}


def test_planets_and_stars_named_by_their_constellation_are_locations():
    text = ("Neptune is cold, and the Milky Way is large. Beta Velorum is a young star. "
            "Neptune has rings.")
    out = labels(text, ("Neptune", "ORG"), ("Milky Way", "PERSON"), ("Beta Velorum", "ORG"))
    assert out == {"Neptune": {"LOC"}, "Milky Way": {"LOC"}, "Beta Velorum": {"LOC"}}


def test_a_planets_name_stays_a_companys_or_a_persons():
    text = "Mars Inc said profits rose. Mercury told reporters she would stay."
    assert labels(text, ("Mars Inc", "ORG"), ("Mercury", "PERSON")) == {
        "Mars Inc": {"ORG"}, "Mercury": {"PERSON"}}


def test_a_code_of_letters_and_digits_is_no_place_or_person_and_a_zone_no_name():
    text = "The R0 rose above 1 and CO2 fell at 9 p.m. ET. The G7 met.\n"
    doc = doc_with(text, ("R0", "GPE", 0), ("CO2", "PERSON", 0), ("ET", "PERSON", 0),
                   ("G7", "ORG", 0))
    assert found(doc) == [("G7", "ORG")]


def test_a_storms_or_ships_word_alone_a_degree_and_a_numbered_part_are_no_names():
    text = ("Tropical Depression strengthened. The MV sank. She holds a PhD in law. Round 4 began. "
            "The Great Depression ended.\n")
    doc = doc_with(text, ("Tropical Depression", "LAW", 0), ("MV", "PRODUCT", 0),
                   ("PhD", "WORK_OF_ART", 0), ("Round 4", "EVENT", 0),
                   ("Great Depression", "EVENT", 0))
    assert found(doc) == [("Great Depression", "EVENT")]


def test_members_of_a_group_the_text_names_are_that_group():
    text = ("Houthi rebels fired missiles. The Houthis said so. Houthi leaders agreed. "
            "Philippine troops flew to the Philippines.")
    assert labels(text, ("Houthi", "ORG"), ("Houthis", "PERSON"), ("Philippine", "NORP"),
                  ("Philippines", "GPE")) == {
        "Houthi": {"ORG"}, "Houthis": {"NORP"}, "Philippine": {"NORP"}, "Philippines": {"GPE"}}


def test_a_step_on_a_scale_is_no_name():
    text = "The storm reached Category 5 and Level 3 alerts followed. Stage Nine played.\n"
    doc = doc_with(text, ("Category 5", "LAW", 0), ("Level 3", "ORG", 0),
                   ("Stage Nine", "ORG", 0))
    assert found(doc) == [("Stage Nine", "ORG")]


# -- towns in their state, occupations, short names ----------------------------------------------


def test_a_town_a_comma_and_its_state_are_two_places():
    text = "A man from Tarnby, North Carolina was bitten.\n"
    doc = doc_with(text, ("Tarnby, North Carolina", "ORG", 0))
    assert found(doc) == [("Tarnby", "GPE"), ("North Carolina", "GPE")]


def test_a_name_in_and_a_known_place_are_two_names():
    text = ("Mass was said at Velmo Cathedral in Ostrava. Rain fell on Lyon in France. The "
            "Organisation for Trade and Cooperation in Europe met, and so did the Centre for "
            "Rights in France. The Tarvik Prize in Physics went to Brno.\n")
    doc = doc_with(text, ("Velmo Cathedral in Ostrava", "ORG", 0), ("Lyon in France", "ORG", 0),
                   ("Organisation for Trade and Cooperation in Europe", "ORG", 0),
                   ("Centre for Rights in France", "ORG", 0),
                   ("Tarvik Prize in Physics", "WORK_OF_ART", 0), ("Brno", "GPE", 0))
    assert found(doc) == [("Velmo Cathedral", "ORG"), ("Ostrava", "GPE"), ("Lyon", "GPE"),
                          ("France", "GPE"),
                          ("Organisation for Trade and Cooperation in Europe", "ORG"),
                          ("Centre for Rights in France", "ORG"),
                          ("Tarvik Prize in Physics", "WORK_OF_ART"), ("Brno", "GPE")]
    text = "Rain fell. Crowds came to the Velmo Cathedral in Brno festival, which sold out.\n"
    doc = doc_with(text, ("Velmo Cathedral in Brno", "EVENT", 0))
    assert found(doc) == [("Velmo Cathedral in Brno", "EVENT")]  # a title, whole


def test_a_countrys_short_name_is_a_country_and_names_its_institutions():
    text = ("The U.S. said so. A judge of the U.S. District Court for the Northern District of "
            "Ohio ruled.\n")
    doc = doc_with(text, ("U.S.", "ORG", 0), ("U.S.", "GPE", 1), ("District Court", "ORG", 0),
                   ("Northern District", "LOC", 0), ("Ohio", "GPE", 0))
    assert found(doc) == [("U.S.", "ORG"),
                          ("U.S. District Court for the Northern District of Ohio", "ORG")]
    assert labels("The U.S. said so. The U.S. agreed.", ("U.S.", "ORG")) == {"U.S.": {"GPE"}}


def test_a_name_before_a_comma_and_an_amount_is_no_town():
    text = "According to Kestrel Jara, US$3.6 billion was moved."
    assert labels(text, ("Kestrel Jara", "ORG")) == {"Kestrel Jara": {"ORG"}}


def test_an_organisation_before_a_comma_and_a_place_stays_whole():
    text = "She studied at Dunmore College, Ohio campus.\n"
    doc = doc_with(text, ("Dunmore College, Ohio", "ORG", 0))
    assert found(doc) == [("Dunmore College, Ohio", "ORG")]


def test_a_name_before_a_comma_and_a_state_or_country_is_a_town():
    text = ("The fire began in Tarn Falls, Pennsylvania. Lanby, Philippines was flooded. "
            "Ada Brandt, Ohio governor, spoke. Kestrel Vote, Ohio Native Vote and others sued.")
    out = labels(text, ("Tarn Falls", "FAC"), ("Lanby", "PERSON"), ("Ada Brandt", "PERSON"),
                 ("Kestrel Vote", "ORG"))
    assert out == {"Tarn Falls": {"GPE"}, "Lanby": {"GPE"}, "Ada Brandt": {"PERSON"},
                   "Kestrel Vote": {"ORG"}}


def test_an_occupation_before_a_full_name_is_not_part_of_it():
    # Not before a word that is no first name, and not a word that is no occupation.
    text = ("Astronomer Anna Brandt led the study. Cartographer Tarn Holm did not. Kestrel "
            "Anna Brandt did.\n")
    doc = doc_with(text, ("Astronomer Anna Brandt", "PERSON", 0),
                   ("Cartographer Tarn Holm", "PERSON", 0), ("Kestrel Anna Brandt", "PERSON", 0))
    assert found(doc) == [("Anna Brandt", "PERSON"), ("Cartographer Tarn Holm", "PERSON"),
                          ("Kestrel Anna Brandt", "PERSON")]
    # The tagger may call a sentence's first word an adjective.
    doc = doc_with("Immunologist Anna Brandt spoke.\n", ("Immunologist Anna Brandt", "PERSON", 0))
    doc[0].tag_ = "JJ"
    assert found(doc) == [("Anna Brandt", "PERSON")]


def test_a_place_glued_to_a_person_the_text_names_elsewhere_is_cut_off():
    text = "Prime Minister of India Tarun Velkar paid tribute. Tarun Velkar spoke later.\n"
    doc = doc_with(text, ("India Tarun Velkar", "ORG", 0), ("Tarun Velkar", "PERSON", 1))
    assert found(doc) == [("India", "GPE"), ("Tarun Velkar", "PERSON"),
                          ("Tarun Velkar", "PERSON")]


def test_a_city_that_is_a_first_name_starts_a_persons_name():
    text = "Sydney Ada Velkar spoke. Ada Holm agreed.\n"
    doc = doc_with(text, ("Sydney Ada Velkar", "PERSON", 0), ("Ada Holm", "PERSON", 0))
    assert found(doc) == [("Sydney Ada Velkar", "PERSON"), ("Ada Holm", "PERSON")]


def test_an_organisations_first_word_alone_is_its_short_name():
    text = "Germany banned the airline Kestrel Air. Kestrel flies to Syria. Kestrel's permit ended."
    out = decided(text, ("Kestrel Air", "ORG"), ("Kestrel", "PERSON"),
                  fields=("label", "canonical"))
    assert out == {"Kestrel Air": {("ORG", "Kestrel Air")}, "Kestrel": {("ORG", "Kestrel Air")}}
    for full in ("Tarnwell International Inc", "LM Tarnwell AB"):  # after an acronym, too
        text = f"{full} bought it. Tarnwell rose 2 percent."
        out = decided(text, (full, "ORG"), ("Tarnwell", "PERSON"), fields=("label", "canonical"))
        assert out == {full: {("ORG", full)}, "Tarnwell": {("ORG", full)}}


def test_a_place_or_a_person_named_like_an_organisation_keeps_its_label():
    text = ("Ohio Holdings hired staff in Ohio. Ada Holm founded Holm Holdings. Holm said so. "
            "Olga Holdings sold it to Olga.")
    out = labels(text, ("Ohio Holdings", "ORG"), ("Ohio", "GPE"), ("Ada Holm", "PERSON"),
                 ("Holm Holdings", "ORG"), ("Holm", "PERSON"), ("Olga Holdings", "ORG"),
                 ("Olga", "PERSON"))
    assert out == {"Ohio Holdings": {"ORG"}, "Ohio": {"GPE"}, "Ada Holm": {"PERSON"},
                   "Holm Holdings": {"ORG"}, "Holm": {"PERSON"}, "Olga Holdings": {"ORG"},
                   "Olga": {"PERSON"}}
    # a place the model took for a person is still no company's short name
    out = labels("Ohio Holdings hired staff in Ohio.", ("Ohio Holdings", "ORG"),
                 ("Ohio", "PERSON"))
    assert out["Ohio"] == {"GPE"}


# -- datelines ---------------------------------------------------------------------------------


def test_the_place_of_a_dateline_in_capitals_is_found_whole():
    text = ("SOCCER - RESULTS .\nBELGRADE 1996-08-30\nResults of the league.\n"
            "ST. LOUIS (AP) - The Cardinals won at home on Friday night, again.\n")
    doc = doc_with(text, ("ST", "GPE", 0))
    assert found(doc) == [("BELGRADE", "GPE"), ("ST. LOUIS", "GPE")]


def test_a_dateline_word_the_gazetteer_does_not_know_is_no_place():
    text = "BREAKING - The storm hit the coast on Friday night, officials said.\n"
    doc = doc_with(text)
    assert found(doc) == []


# -- a person named by the first word of a two-word name -----------------------------------------


def test_a_family_name_written_first_stands_for_the_person():
    text = "Police detained Tarn Dongli on Friday. Tarn's family was told. Tarn was released."
    out = decided(text, ("Tarn Dongli", "PERSON"), ("Tarn", "PERSON"),
                  fields=("label", "canonical"))
    assert out == {"Tarn Dongli": {("PERSON", "Tarn Dongli")}, "Tarn": {("PERSON", "Tarn Dongli")}}
    # A given name stands for the person however the model tagged it alone.
    text = "Police detained Anna Dongli on Friday. Anna was released."
    out = decided(text, ("Anna Dongli", "PERSON"), ("Anna", "ORG"), fields=("label", "canonical"))
    assert out["Anna"] == {("PERSON", "Anna Dongli")}


def test_a_company_the_model_always_tags_so_is_not_the_first_word_of_a_person():
    # "Velmo Cables", a division the model took for a person, does not make "Velmo" one.
    text = "Velmo rose. Velmo Cables has global sales. Velmo plans more."
    out = decided(text, ("Velmo Cables", "PERSON"), ("Velmo", "ORG"),
                  fields=("label", "canonical"))
    assert out["Velmo"] == {("ORG", "Velmo")}


def test_a_given_name_the_text_tags_alone_an_organisation_is_no_first_name():
    # "Dana Connect" beside the company "Dana": a product or a division, no person named Dana.
    text = "Dana rose. Dana Connect ships soon, and Dana plans more."
    out = labels(text, ("Dana Connect", "ORG"), ("Dana", "ORG"))
    assert out == {"Dana Connect": {"ORG"}, "Dana": {"ORG"}}
    # Without the company alone, the first name still makes a person.
    text = "Dana Velk spoke, and the crowd cheered."
    assert labels(text, ("Dana Velk", "ORG")) == {"Dana Velk": {"PERSON"}}


def test_a_place_or_a_platform_that_begins_a_persons_name_stays_itself():
    # (a team named after its city: "Sydney won the final")
    text = "Sydney Kessler scored. Sydney won the final. Twitter Velkar posted on Twitter."
    out = decided(text, ("Sydney Kessler", "PERSON"), ("Sydney", "ORG"),
                  ("Twitter Velkar", "PERSON"), ("Twitter", "ORG"), fields=("label", "canonical"))
    assert out["Sydney"] == {("ORG", "Sydney")} and out["Twitter"] == {("ORG", "Twitter")}


# -- makers and model designations --------------------------------------------------------------


def test_a_maker_and_a_model_designation_are_one_product():
    text = ("Velair flew a Kestrel 737 Max. A Kestrel 737-800 and a Tarnair A330-300 landed. "
            "Holm Dynamics F-35 jets are costly.\n")
    doc = doc_with(text, ("Velair", "ORG", 0), ("Kestrel", "ORG", 0), ("Max", "PERSON", 0),
                   ("Kestrel", "ORG", 1), ("Tarnair", "ORG", 0), ("Holm", "ORG", 0),
                   ("Dynamics F-35", "PERSON", 0))
    assert found(doc) == [("Velair", "ORG"), ("Kestrel 737 Max", "PRODUCT"),
                          ("Kestrel 737-800", "PRODUCT"), ("Tarnair A330-300", "PRODUCT"),
                          ("Holm Dynamics F-35", "PRODUCT")]


def test_a_score_a_year_a_round_number_or_a_persons_number_is_no_model():
    text = ("The Kestrels 108, Tarns 102. Kestrel 2019 results. The Tarn 100 fell. "
            "Velkar 117 not out. Velloran Code § 1201 applies.\n")
    doc = doc_with(text, ("Kestrels", "ORG", 0), ("Kestrel", "ORG", 1), ("Tarn", "ORG", 1),
                   ("Velkar", "PERSON", 0), ("Velloran Code §", "ORG", 0))
    assert found(doc) == [("Kestrels", "ORG"), ("Kestrel", "ORG"), ("Tarn", "ORG"),
                          ("Velkar", "PERSON"), ("Velloran Code §", "ORG")]


def test_a_place_written_without_its_accents_is_still_that_place():
    text = "Fans in Montreal and Bogota cheered. Montreal celebrated."
    assert labels(text, ("Montreal", "NORP"), ("Bogota", "FAC")) == {
        "Montreal": {"GPE"}, "Bogota": {"GPE"}}


def test_a_gazetteer_city_tagged_a_location_is_a_place_with_a_government():
    text = "A shooting in Christchurch shocked the nation. Rowers crossed the Reading at dawn."
    out = labels(text, ("Christchurch", "LOC"), ("Reading", "LOC"))
    assert out == {"Christchurch": {"GPE"}, "Reading": {"LOC"}}


def test_the_first_part_of_an_organisations_name_before_and_is_part_of_it():
    text = "Voters chose the Bread and Tarn Party, or the Velloria and Holm Party rivals.\n"
    doc = doc_with(text, ("Tarn Party", "ORG", 0), ("Velloria", "GPE", 0), ("Holm Party", "ORG", 0))
    assert found(doc) == [("Bread and Tarn Party", "ORG"), ("Velloria", "GPE"),
                          ("Holm Party", "ORG")]


# -- a country's institutions ----------------------------------------------------------------


def test_a_countrys_institution_is_one_organisation_with_its_place():
    text = ("The bill passed the United States House of Representatives. A judge of the "
            "United States District Court for the Southern District of Ohio ruled.\n")
    doc = doc_with(text, ("United States", "ORG", 0), ("United States", "GPE", 1),
                   ("Southern District", "LOC", 0), ("Ohio", "GPE", 0))
    assert found(doc) == [
        ("United States House of Representatives", "ORG"),
        ("United States District Court for the Southern District of Ohio", "ORG")]


def test_a_name_ending_with_an_institutions_word_is_no_place():
    text = "The Velloran Coast Guard (VCG) called off the search. The VCG said so."
    assert labels(text, ("Velloran Coast Guard", "GPE"), ("VCG", "GPE")) == {
        "Velloran Coast Guard": {"ORG"}, "VCG": {"ORG"}}


def test_a_place_before_a_title_or_a_person_is_no_institution():
    # (a surname that is an institution's word too: "Margaret Court")
    text = ("United States President Ada Brandt met France Senate Tarn Velkar. Ohio Court "
            "Ada Holm sat. Ohio Tara Court won.\n")
    doc = doc_with(text, ("United States", "GPE", 0), ("Ada Brandt", "PERSON", 0),
                   ("France", "GPE", 0), ("Ohio", "GPE", 0), ("Court Ada Holm", "PERSON", 0),
                   ("Ohio", "GPE", 1), ("Tara Court", "PERSON", 0))
    assert found(doc) == [("United States", "GPE"), ("Ada Brandt", "PERSON"), ("France", "GPE"),
                          ("Ohio", "GPE"), ("Court Ada Holm", "PERSON"), ("Ohio", "GPE"),
                          ("Tara Court", "PERSON")]


def test_a_country_or_state_tagged_a_location_is_a_place_with_a_government():
    text = ("Floods hit Saskatchewan and Eritrea. Aid reached Saskatchewan, Eritrea and Africa "
            "by boat up the Niger.")
    out = labels(text, ("Saskatchewan", "LOC"), ("Eritrea", "LOC"), ("Africa", "LOC"),
                 ("Niger", "LOC"))
    assert out == {"Saskatchewan": {"GPE"}, "Eritrea": {"GPE"}, "Africa": {"LOC"},
                   "Niger": {"LOC"}}  # a continent; "the Niger", the river


# -- institutions of a place, people's names in two pieces, web addresses, bodies -------------


def test_an_institution_of_a_place_is_one_organisation():
    text = ("The Supreme Court of Velloria and the Civil Liberties Union of the Tarvik Isles "
            "sued Holm Air of Velloria.\n")
    doc = doc_with(text, ("Supreme Court", "ORG", 0), ("Velloria", "GPE", 0),
                   ("Civil Liberties Union", "ORG", 0), ("Tarvik Isles", "GPE", 0),
                   ("Holm Air", "ORG", 0), ("Velloria", "GPE", 1))
    assert found(doc) == [("Supreme Court of Velloria", "ORG"),
                          ("Civil Liberties Union of the Tarvik Isles", "ORG"),
                          ("Holm Air", "ORG"), ("Velloria", "GPE")]  # a company's seat

    # A bank, a club or a foundation of a place too; not a company's seat ("Holm Air").
    text = "The Reserve Bank of Velloria and the Boys Club of Tarvik met.\n"
    doc = doc_with(text, ("Reserve Bank", "ORG", 0), ("Velloria", "GPE", 0),
                   ("Boys Club", "ORG", 0), ("Tarvik", "GPE", 0))
    assert found(doc) == [("Reserve Bank of Velloria", "ORG"), ("Boys Club of Tarvik", "ORG")]


def test_an_institution_of_a_place_whose_name_goes_on_is_left_alone():
    text = "The High Court of Velloria and Tarvik met. The Senate of Velloria Province sat.\n"
    doc = doc_with(text, ("High Court", "ORG", 0), ("Velloria", "GPE", 0), ("Tarvik", "GPE", 0),
                   ("Senate", "ORG", 0), ("Velloria", "GPE", 1))
    assert ("High Court of Velloria", "ORG") not in found(doc)
    assert ("Senate of Velloria", "ORG") not in found(doc)


def test_two_pieces_of_a_persons_name_that_touch_are_one_name():
    text = ('Judge Amy Berman Holm ruled. Edwin Lodewik "Eddie" Van Tarn played.\n'
            "Ada Holm, Ben Tarn\nCal Vey\n")
    doc = doc_with(text, ("Amy Berman", "PERSON", 0), ("Holm", "PERSON", 0),
                   ("Edwin Lodewik", "PERSON", 0), ("Van Tarn", "PERSON", 0),
                   ("Ada Holm", "PERSON", 0), ("Ben Tarn", "PERSON", 0), ("Cal Vey", "PERSON", 0))
    assert found(doc) == [("Amy Berman Holm", "PERSON"),
                          ('Edwin Lodewik "Eddie" Van Tarn', "PERSON"), ("Ada Holm", "PERSON"),
                          ("Ben Tarn", "PERSON"), ("Cal Vey", "PERSON")]


def test_a_web_address_is_an_organisation():
    text = "A Velloria.com.au report and Tarvik.org said so."
    assert labels(text, ("Velloria.com.au", "GPE"), ("Tarvik.org", "PERSON")) == {
        "Velloria.com.au": {"ORG"}, "Tarvik.org": {"ORG"}}


def test_a_tribe_is_an_organisation():
    assert labels("The Tarvik Tribe sued.", ("Tarvik Tribe", "PERSON")) == {
        "Tarvik Tribe": {"ORG"}}


def test_a_form_of_address_or_a_kind_of_body_alone_is_no_name():
    text = ("Her Majesty thanked the Court and the Tarvik Court. The Council met.\n")
    doc = doc_with(text, ("Majesty", "PERSON", 0), ("Court", "ORG", 0),
                   ("Tarvik Court", "ORG", 0), ("Council", "ORG", 0))
    assert found(doc) == [("Tarvik Court", "ORG")]


def test_a_places_prefix_tagged_alone_is_joined_to_the_name_after_it():
    text = "Birds nest at Punta Qorvex and on Lake Velloria.\nPunta said no.\n"
    doc = doc_with(text, ("Punta", "GPE", 0), ("Qorvex", "PERSON", 0), ("Lake", "ORG", 0),
                   ("Velloria", "GPE", 0), ("Punta", "PERSON", 1))
    assert found(doc) == [("Punta Qorvex", "LOC"), ("Lake Velloria", "LOC"),
                          ("Punta", "PERSON")]  # a word, then a line break


def test_a_plural_kind_before_a_name_says_what_it_is():
    text = "The supermarket chains Qorvex cut prices on Monday."
    assert labels(text, ("Qorvex", "PERSON")) == {"Qorvex": {"ORG"}}


def test_a_business_the_model_calls_a_people_is_an_organisation():
    text = "The store chains Qorvex and Velmor cut prices. Velmor grew, and shares in Tarn rose."
    assert labels(text, ("Qorvex", "NORP"), ("Velmor", "NORP"), ("Tarn", "NORP")) == {
        "Qorvex": {"ORG"}, "Velmor": {"ORG"}, "Tarn": {"ORG"}}
    # Not a group ("the ethnic group X"), a people or a country the gazetteer knows.
    text = "The ethnic group Qorvani fled, the firm Kenyans left, and the chief of France spoke."
    assert labels(text, ("Qorvani", "NORP"), ("Kenyans", "NORP"), ("France", "NORP")) == {
        "Qorvani": {"NORP"}, "Kenyans": {"NORP"}, "France": {"GPE"}}


def test_a_kind_before_a_list_of_names_says_what_each_is():
    text = "The store chains Qorvex, Tallow Bay and Velmor cut prices. Velmor grew."
    assert labels(text, ("Qorvex", "PERSON"), ("Tallow Bay", "PERSON"), ("Velmor", "PERSON")) == {
        "Qorvex": {"ORG"}, "Tallow Bay": {"ORG"}, "Velmor": {"ORG"}}
    text = "Her films Orchard Glass and Kestrel Rain won prizes."
    assert labels(text, ("Orchard Glass", "PERSON"), ("Kestrel Rain", "ORG")) == {
        "Orchard Glass": {"WORK_OF_ART"}, "Kestrel Rain": {"WORK_OF_ART"}}
    # No kind before the list's first name: nothing is carried.
    text = "Qorvex, Tallow Bay and Velmor cut prices."
    assert labels(text, ("Velmor", "PERSON")) == {"Velmor": {"PERSON"}}
    # A list carries a kind three names back at most.
    text = "The chains Adra, Bellow, Corran, Dunmere and Velmor cut prices."
    assert labels(text, ("Velmor", "PERSON")) == {"Velmor": {"PERSON"}}


def test_a_name_and_a_verb_after_a_kind_with_an_indefinite_article_are_a_clause():
    # "a rover Velmor plans to fly": Velmor plans it, the rover is no Velmor.
    text = "It carries a rover Velmor plans to fly. Velmor said so, and Velmor agreed."
    assert labels(text, ("Velmor", "ORG")) == {"Velmor": {"ORG"}}
    text = "It carries a new rover Velmor built in 2020. Velmor said so."
    assert labels(text, ("Velmor", "ORG")) == {"Velmor": {"ORG"}}
    # The kind's name all the same: after "the", or before a function word.
    text = "It saw the rover Velmor climb a hill. Velmor landed."
    assert labels(text, ("Velmor", "ORG")) == {"Velmor": {"PRODUCT"}}
    text = "It carries a rover Velmor that can climb. Velmor landed."
    assert labels(text, ("Velmor", "ORG")) == {"Velmor": {"PRODUCT"}}


def test_an_example_of_a_kind_is_of_that_kind():
    text = "Retailers such as Velmor and Tallow Crest cut prices. Velmor grew."
    assert labels(text, ("Velmor", "PERSON"), ("Tallow Crest", "GPE")) == {
        "Velmor": {"ORG"}, "Tallow Crest": {"ORG"}}
    text = "He sold films, including the Orchard Glass, abroad."
    assert labels(text, ("Orchard Glass", "PERSON")) == {"Orchard Glass": {"WORK_OF_ART"}}
    # "like" may compare the name with something else than the kind before it.
    text = "Sites which offer free games, like Velmor, grew."
    assert labels(text, ("Velmor", "ORG")) == {"Velmor": {"ORG"}}


def test_more_head_words_and_groups():
    text = ("The Velloria Music Awards honoured the Tarvik Reform Bill, the Qorvex Estuary and "
            "the Moon. Bill Qorvex spoke for the LGBT community.")
    out = labels(text, ("Velloria Music Awards", "ORG"), ("Tarvik Reform Bill", "ORG"),
                 ("Qorvex Estuary", "ORG"), ("Moon", "PERSON"), ("Bill Qorvex", "PERSON"),
                 ("LGBT", "ORG"))
    assert out == {"Velloria Music Awards": {"EVENT"}, "Tarvik Reform Bill": {"LAW"},
                   "Qorvex Estuary": {"LOC"}, "Moon": {"LOC"}, "Bill Qorvex": {"PERSON"},
                   "LGBT": {"NORP"}}
    # a surname that is a celestial body's name stays a person's
    assert labels("President Moon met Kim. Moon said he was glad.", ("Moon", "PERSON")) == {
        "Moon": {"PERSON"}}


def test_a_role_in_lower_case_right_before_a_name_makes_a_person():
    text = "The Tarvik spokesperson Qorvan Dellin said no. It was official Velloran policy."
    assert labels(text, ("Qorvan Dellin", "ORG"), ("Velloran", "NORP")) == {
        "Qorvan Dellin": {"PERSON"}, "Velloran": {"NORP"}}


def test_an_organisations_name_cut_at_the_and_of_what_it_is_of_is_made_whole():
    text = ("Staff of the Qorvex Institute of Allergy and Infectious Diseases, the University of "
            "Tarvik and Dellin Expeditions, and the College of Arts and Chris Holm of Qorvex.\n")
    doc = doc_with(text, ("Qorvex Institute of Allergy", "ORG", 0),
                   ("Infectious Diseases", "PERSON", 0), ("University of Tarvik", "ORG", 0),
                   ("Dellin Expeditions", "FAC", 0), ("College of Arts", "ORG", 0),
                   ("Chris Holm", "PERSON", 0))
    assert found(doc) == [("Qorvex Institute of Allergy and Infectious Diseases", "ORG"),
                          ("University of Tarvik", "ORG"), ("Dellin Expeditions", "FAC"),
                          ("College of Arts", "ORG"), ("Chris Holm", "PERSON")]


def test_a_time_zones_name_is_no_name():
    text = "It aired at 9 p.m. Eastern Time, 5 a.m. Moscow Time, on Qorvex Prime Time.\n"
    doc = doc_with(text, ("Eastern Time", "ORG", 0), ("Moscow Time", "ORG", 0),
                   ("Qorvex Prime Time", "WORK_OF_ART", 0))
    assert found(doc) == [("Qorvex Prime Time", "WORK_OF_ART")]


def test_titles_alone_diseases_and_editors_brackets_are_no_names():
    text = ('The President met the Society at 4 A.M. about Qorvex Syndrome. "[W]e will," said '
            "Actress Ann Holm. King spoke.\n")
    doc = doc_with(text, ("President", "PERSON", 0), ("Society", "ORG", 0), ("A.M.", "GPE", 0),
                   ("Qorvex Syndrome", "ORG", 0), ("W]e", "PERSON", 0), ("Actress", "PRODUCT", 0),
                   ("Ann Holm", "PERSON", 0), ("King", "PERSON", 0))
    assert found(doc) == [("Ann Holm", "PERSON"), ("King", "PERSON")]  # King: a surname too


def test_a_titled_full_name_tagged_an_organisation_is_a_person():
    text = "Dr Ann Qorvex and Professor Ann Qorvex Institute met.\n"
    doc = doc_with(text, ("Dr Ann Qorvex", "ORG", 0), ("Professor Ann Qorvex Institute", "ORG", 0))
    assert found(doc) == [("Ann Qorvex", "PERSON"), ("Professor Ann Qorvex Institute", "ORG")]
    # Titles one after another ("Detective Constable").
    text = "Detective Constable Ann Qorvex spoke.\n"
    doc = doc_with(text, ("Detective Constable Ann Qorvex", "ORG", 0))
    assert found(doc) == [("Ann Qorvex", "PERSON")]


def test_a_terminal_is_a_facility():
    assert labels("They met at Grand Qorvex Terminal.", ("Grand Qorvex Terminal", "ORG")) == {
        "Grand Qorvex Terminal": {"FAC"}}


def test_a_streaming_platform_or_a_wiki_is_an_organisation():
    assert labels("The Netflix show ended. Wikinews asked why.", ("Netflix", "GPE"),
                  ("Wikinews", "PERSON")) == {"Netflix": {"ORG"}, "Wikinews": {"ORG"}}


# -- guards found in review --------------------------------------------------------------------


def test_a_titled_name_with_an_organisations_words_stays_an_organisation():
    text = "King Ann of Tarvik, Queen Ann's College and Sir Ann Holm Foundation opened.\n"
    doc = doc_with(text, ("King Ann of Tarvik", "ORG", 0), ("Queen Ann's College", "ORG", 0),
                   ("Sir Ann Holm Foundation", "ORG", 0))
    assert [label for _, label in found(doc)] == ["ORG", "ORG", "ORG"]


def test_an_of_name_does_not_take_a_titled_person_after_and():
    text = "The Bank of Tarvik and Governor Ann Holm said so.\n"
    doc = doc_with(text, ("Bank of Tarvik", "ORG", 0), ("Ann Holm", "PERSON", 0))
    assert found(doc) == [("Bank of Tarvik", "ORG"), ("Ann Holm", "PERSON")]


def test_a_team_a_company_or_a_surname_is_not_taken_for_a_disease_or_a_title():
    text = ("The Tarvik Fever beat Coach. Peter Singer wrote it; Singer argued, and the Singer "
            "nodded.\n")
    doc = doc_with(text, ("Tarvik Fever", "ORG", 0), ("Coach", "ORG", 0),
                   ("Peter Singer", "PERSON", 0), ("Singer", "PERSON", 1),
                   ("Singer", "PERSON", 2))
    assert found(doc) == [("Tarvik Fever", "ORG"), ("Coach", "ORG"), ("Peter Singer", "PERSON"),
                          ("Singer", "PERSON"), ("Singer", "PERSON")]


def test_an_owner_before_a_name_does_not_make_a_person():
    assert labels("Sky's owner Qorvex Cable said it would sell.", ("Qorvex Cable", "ORG")) == {
        "Qorvex Cable": {"ORG"}}


def test_two_one_word_names_that_touch_stay_two_people():
    text = "Before the Holm Tarn summit, Ada Holm and Ben Tarn met.\n"
    doc = doc_with(text, ("Holm", "PERSON", 0), ("Tarn", "PERSON", 0),
                   ("Ada Holm", "PERSON", 0), ("Ben Tarn", "PERSON", 0))
    assert ("Holm Tarn", "PERSON") not in found(doc)


def test_a_chain_of_prefixes_makes_no_overlapping_names():
    text = "Birds nest at Lake Punta Qorvex.\n"
    doc = doc_with(text, ("Lake", "GPE", 0), ("Punta", "GPE", 0), ("Qorvex", "PERSON", 0))
    from itertools import pairwise

    from factpull.extractors.entities import extract
    from factpull.layout import analyse

    spans = [(e.start, e.end) for e in extract(doc, layout=analyse(text))]
    assert spans and all(a_end <= b_start for (_, a_end), (b_start, _) in pairwise(spans))


def test_a_surname_with_its_particle_is_found_again_whole():
    text = "Mayor Ana da Qorvex spoke. Later da Qorvex left, and Qorvex returned.\n"
    doc = doc_with(text, ("Ana da Qorvex", "PERSON", 0))
    assert found(doc) == [("Ana da Qorvex", "PERSON"), ("da Qorvex", "PERSON"),
                          ("Qorvex", "PERSON")]


def test_a_surname_with_its_particle_in_either_case_takes_the_full_name():
    text = "Ana da Qorvex spoke. Da Qorvex left. Then da Qorvex returned."
    out = decided(text, ("Ana da Qorvex", "PERSON"), ("Da Qorvex", "PERSON"),
                  ("da Qorvex", "PERSON"), fields=("canonical",))
    assert out == {"Ana da Qorvex": {("Ana da Qorvex",)}, "Da Qorvex": {("Ana da Qorvex",)},
                   "da Qorvex": {("Ana da Qorvex",)}}


@pytest.mark.parametrize(("text", "name", "expected"), [
    # two letters before a name may be a person's initials, in a text not about ships
    ("Former captain MS Varghese scored 50 runs. Fans cheered.", "MS Varghese", "PERSON"),
    ("Director SS Kanthan released a film. Critics loved it.", "SS Kanthan", "PERSON"),
    # "the" before the prefix, or a text about ships, makes a ship
    ("Fans cheered the MS Varghese as it left port.", "MS Varghese", "PRODUCT"),
    ("MS Varghese ran aground off the coast.", "MS Varghese", "PRODUCT"),
    # a longer prefix is always a ship's
    ("HMS Varghese scored a direct hit.", "HMS Varghese", "PRODUCT"),
])
def test_a_two_letter_ship_prefix_needs_a_ship_around_it(text, name, expected):
    assert labels(text, (name, "PERSON")) == {name: {expected}}


def test_initials_the_model_left_out_are_not_made_a_ship():
    text = "Former captain MS Varghese scored 50 runs.\n"
    doc = doc_with(text, ("Varghese", "PERSON", 0))
    assert found(doc) == [("Varghese", "PERSON")]


def test_a_streets_name_in_one_word_is_a_building_or_road_by_its_head():
    # A head glued on ("-allee", "-platz", "-strasse") or joined by hyphens.
    text = ("Activists want Velmoallee and Tarvikplatz renamed; Ada-Quist-Allee and "
            "Velmostrasse were renamed in May.")
    assert labels(text, ("Velmoallee", "PERSON"), ("Tarvikplatz", "ORG"),
                  ("Ada-Quist-Allee", "PERSON"), ("Velmostrasse", "GPE")) == {
        "Velmoallee": {"FAC"}, "Tarvikplatz": {"FAC"}, "Ada-Quist-Allee": {"FAC"},
        "Velmostrasse": {"FAC"}}
    # Not the head alone, nor a word that only ends in its letters, nor a person by a title.
    text = "Platz said so. Mr Velmoplatz said so too. Allee left."
    assert labels(text, ("Platz", "PERSON"), ("Velmoplatz", "PERSON"), ("Allee", "ORG")) == {
        "Platz": {"PERSON"}, "Velmoplatz": {"PERSON"}, "Allee": {"ORG"}}
