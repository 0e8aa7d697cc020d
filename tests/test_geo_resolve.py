"""Place resolution: offline candidates, context disambiguation, and no silent fallback for unknown places."""

from __future__ import annotations

import pytest

from chronik import gazetteer as gz
from chronik.eval.entities import load_gold, match_mentions
from tests.conftest import needs_data
from tests.test_entities_rules import analyse, by_name


@pytest.fixture(scope="module")
def nlp():
    from chronik.pipeline import build

    return build("de", with_model=False, components=[])


def test_german_exonyms_and_aliases():
    assert max(gz.place_candidates("Peking"), key=lambda p: p.population).country == "CHN"
    assert max(gz.place_candidates("Mailand"), key=lambda p: p.population).country == "ITA"
    assert gz.place_candidates("USA")[0].kind == "country"
    site = gz.place_candidates("Élysée-Palast")[0]
    assert site.kind == "site" and site.country == "FRA"
    quarter = gz.place_candidates("Dresden-Loschwitz")[0]  # not in GeoNames: placed at the city named first
    assert quarter.kind == "site" and gz.haversine_km(quarter.lat, quarter.lon, 51.05, 13.74) < 20


def test_context_decides_between_homonyms(nlp):
    doc = analyse(nlp, "In Paris demonstrierten Tausende.", [("Paris", "LOC", 0)])
    paris = by_name(doc, "Paris")
    assert paris.country == "FRA" and paris.geo.kind == "city"
    assert gz.haversine_km(paris.geo.lat, paris.geo.lon, 48.8566, 2.3522) < 20
    doc = analyse(nlp, "Ein Tornado traf Paris in Texas.", [("Paris", "LOC", 0), ("Texas", "LOC", 0)])
    assert by_name(doc, "Paris").country == "USA"
    # a country named elsewhere in the text does not move a capital to a small namesake there
    doc = analyse(nlp, "Die USA kritisierten das Abkommen. In Paris wurde verhandelt.", [("Paris", "LOC", 0)])
    assert by_name(doc, "Paris").country == "FRA"


def test_unknown_place_gets_no_coordinates(nlp):
    doc = analyse(nlp, "In Xyzabad am Fluss Qwert kam es zu Protesten.", [("Xyzabad", "LOC", 0)])
    place = by_name(doc, "Xyzabad")
    assert place.geo is None and place.country is None


def test_site_takes_the_city(nlp):
    doc = analyse(nlp, "Im Élysée-Palast wurde verhandelt.", [("Élysée-Palast", "LOC", 0)])
    geo = by_name(doc, "Élysée-Palast").geo
    assert geo.kind == "site" and gz.haversine_km(geo.lat, geo.lon, 48.8566, 2.3522) < 20


def test_noun_before_a_bare_name_marks_the_site(nlp):
    # the model tagged only "Bellevue": the president's seat in Berlin, not a US town of that name
    doc = analyse(nlp, "Der Gast wurde im Schloss Bellevue empfangen.", [("Bellevue", "LOC", 0)])
    geo = by_name(doc, "Bellevue").geo
    assert geo.kind == "site" and gz.haversine_km(geo.lat, geo.lon, 52.52, 13.40) < 20
    # without the noun the bare name keeps its ordinary reading
    doc = analyse(nlp, "Der Gast reiste weiter nach Bellevue.", [("Bellevue", "LOC", 0)])
    assert by_name(doc, "Bellevue").geo.kind == "city"


def test_gold_annotations_resolve_and_score():
    docs = load_gold()
    assert len(docs) == 10
    for doc in docs:
        for e in doc.entities:
            assert e.mentions and e.label in ("PER", "ORG", "LOC")
            assert e.country is None or len(e.country) == 3
    assert match_mentions([(0, 5), (10, 15)], [(1, 4), (9, 20), (30, 31)]) == {0: 0, 1: 1}


@needs_data("wikinews_de", "articles.jsonl.gz")
def test_place_gold_sets_resolve():
    from chronik.eval import data_dir
    from chronik.eval.geo import load_places

    places, articles = load_places(data_dir())
    sets = {p.set for p in places}
    assert sets == {"dev", "heldout"}
    assert len(places) > 140
    for p in places:
        assert articles[p.doc_id]["text"][p.span[0] : p.span[1]] == p.surface
        assert -90 <= p.lat <= 90 and -180 <= p.lon <= 180


def test_place_words_and_parts_of_countries():
    assert gz.place_candidates("Freistaat Bayern")[0].kind == "admin1"
    airport = gz.place_candidates("Flughafen Düsseldorf")[0]
    assert airport.kind == "site" and airport.country == "DEU"
    north_iraq = gz.place_candidates("Nordirak")[0]
    assert north_iraq.country == "IRQ" and north_iraq.lat is None  # a part of a country is not its centre
    assert gz.place_candidates("Rom")[0].country == "ITA"


def test_a_name_after_an_article_is_no_town(nlp):
    # "im Westen" is a direction; the town Westen / Norden takes no article
    doc = analyse(nlp, "Im Norden regnet es, in Norden nicht.", [("Norden", "LOC", 1)])
    assert by_name(doc, "Norden").geo.kind == "city"
    doc = analyse(nlp, "Im Norden und Osten regnet es.", [("Norden", "LOC", 0)])
    assert by_name(doc, "Norden").geo is None
    # the article belongs to the noun that opens the mention, not to the town
    doc = analyse(nlp, "Im Landkreis Rosenheim regnet es.", [("Landkreis Rosenheim", "LOC", 0)])
    assert by_name(doc, "Landkreis Rosenheim").geo.kind == "city"


def test_regions_seas_and_slashed_datelines(nlp):
    doc = analyse(nlp, "Im Erzgebirge und an der Ostsee schneit es.", [("Erzgebirge", "LOC", 0), ("Ostsee", "LOC", 0)])
    assert by_name(doc, "Erzgebirge").country == "DEU" and by_name(doc, "Erzgebirge").geo.kind == "admin1"
    ostsee = by_name(doc, "Ostsee")
    assert ostsee.country is None and ostsee.geo is not None
    assert gz.place_candidates("Oberbayerns")[0].country == "DEU"  # genitive
    doc = analyse(nlp, "Bonn/Paris (dpa) – Es wurde verhandelt.", [("Bonn/Paris", "LOC", 0)])
    assert by_name(doc, "Bonn/Paris").geo.kind == "city"
    assert gz.place_candidates("Regionen Charkiw")[0].country == "UKR"


def test_capital_beats_a_larger_citys_old_alternate_name(nlp):
    # GeoNames lists "Islamabad" also as an old name of Chattogram (Bangladesh); the capital is curated
    doc = analyse(nlp, "Der Minister flog nach Islamabad.", [("Islamabad", "LOC", 0)])
    assert by_name(doc, "Islamabad").country == "PAK"
    # a German exonym (an alternate name in GeoNames) still beats a same-named smaller town abroad
    doc = analyse(nlp, "In Kiew und Odessa gab es Alarm.", [("Kiew", "LOC", 0), ("Odessa", "LOC", 0)])
    assert by_name(doc, "Odessa").country == "UKR"


def test_a_name_cut_before_its_closing_bracket_still_resolves():
    assert gz.place_candidates("Frankfurt (Oder")[0].country == "DEU"


def test_islands_resolve_to_their_country():
    for name, country in (("Rügen", "DEU"), ("Mallorca", "ESP"), ("Lampedusa", "ITA")):
        place = gz.place_candidates(name)[0]
        assert place.country == country and place.lat is not None


def test_country_in_brackets_after_a_city_decides_its_reading():
    from chronik.components.geo import _bracket_country

    text = "Konzerte fanden in London (Großbritannien) und in Barrie (Kanada) statt."
    assert _bracket_country(text, text.index("London") + len("London"), "de") == "GBR"
    assert _bracket_country(text, text.index("Barrie") + len("Barrie"), "de") == "CAN"
    assert _bracket_country("in Halle (Saale) und", len("in Halle"), "de") is None
