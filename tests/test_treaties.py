"""Treaty extraction: gazetteer data, ruler patterns, near misses and back-references."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest
import spacy

from factpull import layout
from factpull.extractors import treaties
from factpull.pipeline import add_rulers
from factpull.vocab import DESCRIPTION_HEADS, STATE_NAMES

KINDS = {
    "treaty", "convention", "protocol", "covenant", "charter", "pact", "agreement", "accord",
    "statute", "memorandum", "amendment",
}
KEYS = {
    "id", "name", "kind", "year", "cets", "untc", "wikidata", "aliases", "cased", "acronyms",
    "weak", "area", "parties", "topics",
}
TORTURE = "European Convention for the Prevention of Torture and Inhuman or Degrading Treatment"


@pytest.fixture(scope="module")
def blank():
    """A tokenizer-only English pipeline with the treaty ruler."""
    return add_rulers(spacy.blank("en"), names=(treaties.SPANS_KEY,))


def _lines() -> list[str]:
    path = resources.files("factpull.data").joinpath(treaties.GAZETTEER_FILE)
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _found(nlp, text: str) -> list[tuple[str, str | None, str, bool]]:
    doc = nlp(text)
    return [
        (t.text, t.id, t.name, t.reference)
        for t in treaties.extract(doc, layout=layout.analyse(text))
    ]


# ---------------------------------------------------------------- gazetteer data


def test_every_line_is_a_valid_record():
    for line in _lines():
        data = json.loads(line)
        assert set(data) <= KEYS, data["id"]
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", data["id"]), data["id"]
        assert data["kind"] in KINDS, data["id"]
        assert data["name"].strip() == data["name"] and data["name"], data["id"]
        assert data.get("year") is None or 1400 < data["year"] <= 2026, data["id"]
        for key in ("aliases", "cased", "acronyms", "weak", "area", "parties", "topics"):
            assert all(isinstance(form, str) and form.strip() for form in data.get(key, []))
        if "cets" in data:
            assert data["id"] == f"cets-{data['cets']}"
        if data.get("wikidata") is not None:
            assert re.fullmatch(r"Q[1-9]\d*", data["wikidata"])
        if "untc" in data:
            assert re.fullmatch(r"[IVXL]+-\d+(-[a-z])?", data["untc"]), data["id"]


def test_parties_are_states_and_topics_are_lowercase_words():
    states = {*treaties._countries().values(), *STATE_NAMES.values()}
    described = [record for record in treaties.gazetteer().values() if record.parties]
    assert described
    for record in described:
        assert set(record.parties) <= states, record.id
        assert len(set(record.parties)) == len(record.parties), record.id
        assert record.topics, record.id
        assert all(re.fullmatch(r"[a-z][a-z-]*", topic) for topic in record.topics), record.id


def test_gazetteer_is_large_with_unique_ids():
    ids = [json.loads(line)["id"] for line in _lines()]
    assert len(ids) >= 200
    assert len(ids) == len(set(ids))
    assert set(treaties.gazetteer()) == set(ids)


def test_no_form_is_shared_by_two_records():
    owner: dict[str, str] = {}
    for record in treaties.gazetteer().values():
        for form in (record.name, *record.aliases, *record.cased):
            key = form.lower()
            assert owner.setdefault(key, record.id) == record.id, form
        for form in (*record.acronyms, *record.weak, *record.area):
            assert owner.setdefault(form, record.id) == record.id, form


def test_every_alias_resolves_to_its_record(blank):
    for record in treaties.gazetteer().values():
        for form in (record.name, *record.aliases, *record.cased, *record.acronyms):
            doc = blank(form)
            whole = {
                span.id_ for span in doc.spans[treaties.SPANS_KEY]
                if span.start == 0 and span.end == len(doc) and span.label_.startswith("TREATY")
                and span.label_ not in ("TREATY_SHAPE", "TREATY_REF")
            }
            assert whole == {record.id}, (form, whole)


def test_seed_instruments_are_recorded_correctly():
    records = treaties.gazetteer()
    assert records["cets-126"].name.startswith(TORTURE)
    assert (records["cets-126"].year, records["cets-126"].cets) == (1987, 126)
    assert records["cets-5"].name == (
        "Convention for the Protection of Human Rights and Fundamental Freedoms"
    )
    assert records["cets-5"].year == 1950


def test_patterns_are_fresh_lists():
    first = treaties.patterns()
    first.clear()
    assert treaties.patterns()


# ---------------------------------------------------------------- ruler patterns (blank)


@pytest.mark.parametrize(
    ("text", "label", "surface"),
    [
        ("He cited the Treaty of Kars today.", "TREATY_SHAPE", "Treaty of Kars"),
        ("the Convention on Cluster Munitions .", "TREATY", "Convention on Cluster Munitions"),
        ("the Convention on Wombat Welfare .", "TREATY_SHAPE", "Convention on Wombat Welfare"),
        ("leaving its additional protocols", "TREATY_REF", "its additional protocols"),
        ("the Kyoto–Briand stuff and the Kellogg–Briand Pact", "TREATY", "Kellogg–Briand Pact"),
        ("a NATO summit on the NPT", "TREATY_EXACT", "NPT"),
        ("the kyoto treaty", "TREATY", "kyoto treaty"),
    ],
)
def test_ruler_patterns(blank, text, label, surface):
    doc = blank(text)
    spans = doc.spans[treaties.SPANS_KEY]
    assert (label, surface) in {(span.label_, span.text) for span in spans}


def test_acronyms_are_case_sensitive(blank):
    doc = blank("the npt and new start")
    spans = doc.spans[treaties.SPANS_KEY]
    assert not [span for span in spans if span.label_ == "TREATY_EXACT"]


def test_extract_on_a_blank_pipeline(blank):
    text = ("Russia ratified the European Convention for the Prevention of Torture in 1998 and "
            "left the anti-torture convention in 2025.")
    found = _found(blank, text)
    assert [(surface, record) for surface, record, _, _ in found] == [
        ("European Convention for the Prevention of Torture", "cets-126"),
        ("anti-torture convention", "cets-126"),
    ]
    assert found[1][2].startswith(TORTURE)


def test_a_generic_description_alone_names_no_instrument(blank):
    # "anti-torture treaty" could be the UN's or the European one: not linked on its own.
    assert _found(blank, "Washington signed the anti-torture treaty at the United Nations.") == []


# ---------------------------------------------------------------- the full pipeline


@pytest.mark.parametrize(
    "text",
    [
        "The Democratic National Convention opened on Monday, and the convention cheered.",
        "By convention, the Speaker does not vote; it is a constitutional convention.",
        "Thousands of fans attended the Texas Comic Convention in Austin.",
        "Microsoft signed a licensing agreement with Sony. The agreement runs until 2010.",
        "Players and owners reached a collective bargaining agreement.",
        "Doctors followed a new protocol for sepsis. The Internet Protocol is a standard.",
        "The North Atlantic Treaty Organization met in Brussels.",
        "The Organisation for the Prohibition of Chemical Weapons inspected the site.",
        "The European Court of Human Rights ruled on the Human Rights Act.",
        "The US Constitution's First Amendment protects speech.",
        "There is no treaty between the US and Russia. Ministers hope for a trade deal.",
        "The producers' body Pact said the deal with the BBC was fair.",
        "The Marshall Plan and an EU directive were discussed.",
        "Iran wants a nuclear nonproliferation treaty with its neighbours.",
        "May was unable to negotiate a Brexit deal.",
        "The CAT scan and the START button worked; INF levels were high.",
    ],
)
def test_near_misses_are_not_treaties(nlp, text):
    assert _found(nlp, text) == []


def test_names_link_to_records(nlp):
    text = (
        "Canada left the Kyoto Protocol. Washington quit the Paris climate accord and "
        "the Iran nuclear deal, and withdrew from the INF Treaty in 2019."
    )
    found = _found(nlp, text)
    assert [(surface, ident) for surface, ident, _, _ in found] == [
        ("Kyoto Protocol", "kyoto-protocol"),
        ("Paris climate accord", "paris-agreement"),
        ("Iran nuclear deal", "jcpoa"),
        ("INF Treaty", "inf-treaty"),
    ]


def test_unknown_treaty_is_reported_with_its_surface(nlp):
    found = _found(nlp, "Both states signed the Treaty of Kars in 1921.")
    assert found == [("Treaty of Kars", None, "Treaty of Kars", False)]


def test_weak_acronym_needs_the_name_elsewhere(nlp):
    text = "Russia left the INF Treaty. Experts said INF had kept the peace."
    assert [f[0] for f in _found(nlp, text)] == ["INF Treaty", "INF"]
    assert _found(nlp, "Experts said INF had kept the peace.") == []


def test_back_references_link_to_the_latest_compatible_name(nlp):
    text = (
        "Russia quit the European Convention for the Prevention of Torture. "
        "It left the convention and its additional protocols."
    )
    found = _found(nlp, text)
    assert [(surface, ident, ref) for surface, ident, _, ref in found] == [
        ("European Convention for the Prevention of Torture", "cets-126", False),
        ("convention", "cets-126", True),
        ("additional protocols", "cets-126", True),
    ]


def test_ambiguous_back_reference_is_not_linked(nlp):
    text = (
        "Britain ratified the Convention on Cluster Munitions and the Chemical Weapons "
        "Convention. Critics say the convention is weak."
    )
    assert [f for f in _found(nlp, text) if f[3]] == []


def test_back_reference_without_antecedent_is_dropped(nlp):
    assert _found(nlp, "Delegates at the convention voted. The treaty was never named.") == []


def test_page_furniture_yields_nothing(nlp):
    text = (
        "Homepage War Canada Quits Kyoto Protocol as Trudeau...\n\n"
        "Canada left the Kyoto Protocol."
    )
    assert layout.analyse(text).zone_at(0) in layout.NO_FACTS
    found = _found(nlp, text)
    assert [(surface, ident) for surface, ident, _, _ in found] == [
        ("Kyoto Protocol", "kyoto-protocol")
    ]
    # the one mention is the body's, after the furniture line, not the headline's
    (mention,) = treaties.extract(nlp(text), layout=layout.analyse(text))
    assert mention.start == text.index("Kyoto Protocol", text.index("Canada left"))


def test_offsets_match_the_text(seed_document, seed_text):
    assert seed_document.treaties
    for mention in seed_document.treaties:
        assert seed_text[mention.start:mention.end] == mention.text


def test_seed_treaties_are_not_org_entities(seed_document):
    treaty_spans = [(t.start, t.end) for t in seed_document.treaties]
    for entity in seed_document.entities:
        assert not any(entity.start < end and start < entity.end for start, end in treaty_spans)


def test_protocol_to_a_known_convention_is_its_own_instrument(nlp):
    text = "Britain signed the Additional Protocol to the Convention on Cybercrime and the treaty."
    found = _found(nlp, text)
    assert [(surface, ident) for surface, ident, _, ref in found if not ref] == [
        ("Additional Protocol to the Convention on Cybercrime", None),
    ]


def test_area_name_counts_only_as_the_object_of_signing(nlp):
    text = (
        "Nigeria signed onto the AfCFTA on Sunday. The success of the AfCFTA depends on trade."
    )
    found = _found(nlp, text)
    assert [(surface, ident) for surface, ident, _, _ in found] == [("AfCFTA", "afcfta")]


def test_patterns_returns_an_unshared_copy():
    import copy

    from factpull.extractors.treaties import patterns

    first = patterns()
    before = copy.deepcopy(patterns())
    for pattern in first:
        if isinstance(pattern["pattern"], list):
            pattern["pattern"].append({"LOWER": "mutated"})
            for token in pattern["pattern"]:
                token["MUTATED"] = True
        pattern["label"] = "MUTATED"
    assert patterns() == before


# ---------------------------------------------------------------- one table each


def _unknown(name: str, start: int = 0, record=None) -> treaties._Named:
    heads = frozenset(w.lower() for w in name.split() if w.lower() in treaties._INSTRUMENT_WORDS)
    return treaties._Named(start, start + len(name), name, record, heads)


def test_reference_patterns_are_built_from_the_reference_table():
    refs = [p for p in treaties.patterns() if p["label"] == "TREATY_REF"]
    heads = {word for p in refs for word in p["pattern"][-1]["LOWER"]["IN"]}
    assert heads == {*treaties.REFERENCE_KINDS, *treaties.DESCRIPTION_REFERENCE_KINDS}
    assert set(treaties.DESCRIPTION_REFERENCE_KINDS) <= DESCRIPTION_HEADS


@pytest.mark.parametrize(
    ("head", "name", "compatible"),
    [("treaty", "Convention on Cluster Munitions", True),  # any binding instrument
     ("pact", "Paris Agreement", True), ("accord", "Paris Agreement", True),
     ("pact", "Convention on Cluster Munitions", False),
     ("convention", "Treaty of Rome", False), ("protocols", "Convention on Torture", True),
     ("protocols", "Paris Agreement", False), ("statute", "Rome Statute", True)],
)
def test_compatible_reads_the_reference_table(head, name, compatible):
    assert treaties._compatible(head, _unknown(name)) is compatible


def test_rank_orders_tier_then_length_then_known_then_text():
    record = next(iter(treaties.gazetteer().values()))
    short_known = _unknown("Treaty of Rome", start=50, record=record)
    long_unknown = _unknown("Treaty of Friendship and Trade", start=0)
    same_unknown = _unknown("Treaty of Roma", start=10)
    ranked = sorted(
        [(long_unknown, treaties._SHAPE_TIER), (same_unknown, treaties._NAME_TIER),
         (short_known, treaties._NAME_TIER), (long_unknown, treaties._LAW_TIER)],
        key=lambda item: treaties._rank(*item),
    )
    assert [(c.name, tier) for c, tier in ranked] == [
        ("Treaty of Rome", treaties._NAME_TIER),  # known before unknown of the same length
        ("Treaty of Roma", treaties._NAME_TIER),
        ("Treaty of Friendship and Trade", treaties._SHAPE_TIER),  # tier before length
        ("Treaty of Friendship and Trade", treaties._LAW_TIER),
    ]


def test_shapes_and_law_entities_share_one_rejection_list(blank):
    """Each rejection turns down a treaty shape and a LAW entity alike (no model needed)."""
    from spacy.tokens import Span

    def verdicts(body: str, name: str) -> tuple[bool, bool]:
        text = "Talks resume\n\nOfficials said on Monday that " + body
        doc = blank(text)
        first = text.index(name)
        span = doc.char_span(first, first + len(name))
        page = layout.analyse(text)
        shape = Span(doc, span.start, span.end, label="TREATY_SHAPE", span_id="strong")
        law = Span(doc, span.start, span.end, label="LAW")
        return (treaties._shape_candidate(shape, page) is not None,
                treaties._law_candidate(law, page) is not None)

    assert verdicts("the Friendship Treaty was signed.", "Friendship Treaty") == (True, True)
    for body, name in (("a Friendship Treaty was signed.", "Friendship Treaty"),  # indefinite
                       ("the Fan Friendship Treaty was signed.", "Fan Friendship Treaty"),
                       ("the Friendship Treaty Oak was felled.", "Friendship Treaty")):
        assert verdicts(body, name) == (False, False), body
    assert len(treaties._REJECTIONS) == 4


def test_usable_alone_layout_optional_and_missing_ruler_is_an_error(blank):
    text = "Officials said on Monday that Britain ratified the Treaty of Rome."
    assert [t.text for t in treaties.extract(blank(text))] == ["Treaty of Rome"]
    with pytest.raises(ValueError, match="no 'factpull_treaties' spans"):
        list(treaties.extract(spacy.blank("en")(text)))


def test_modifier_shape_needs_a_place_or_a_law(nlp):
    # "X Treaty" is a name only when X is a place (to the model or the place list) or the
    # model calls the span a law; a bare capitalised word before "Treaty" is not enough.
    assert _found(nlp, "Delegates praised the Wombat Treaty yesterday.") == []
    found = _found(nlp, "The Ankara Treaty was signed later.")
    assert [(surface, ident) for surface, ident, _, _ in found] == [("Ankara Treaty", None)]


def test_names_matched_as_written_are_split_by_the_pipelines_own_tokenizer():
    """add_rulers hands the pipeline's tokenizer to the treaty patterns: a name its tokenizer
    splits in its own way is still found."""
    import spacy

    from factpull.pipeline import add_rulers

    nlp = spacy.blank("en")
    nlp.tokenizer.add_special_case("JCPOA", [{"ORTH": "JC"}, {"ORTH": "POA"}])
    assert [{"ORTH": "JC"}, {"ORTH": "POA"}] in [p["pattern"]
                                               for p in treaties.patterns(nlp.tokenizer)]
    add_rulers(nlp, names=("factpull_treaties",))
    doc = nlp("Iran left the JCPOA in 2019.")
    assert [span.text for span in doc.spans["factpull_treaties"]] == ["JCPOA"]
