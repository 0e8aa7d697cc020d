"""(fifteenth session) One reading of the dateline's country for the entity linker, the geo resolver and the
events: German and alternate city names, multi-word cities, double datelines, texts without a dateline."""

from __future__ import annotations

from collections import Counter

import pytest

from chronik.components.entities import _dateline_country, _dateline_text_country, dateline_countries
from chronik.components.geo import FOCUS_MIN, _focus_country


@pytest.fixture(scope="module")
def nlp():
    from chronik.pipeline import build

    return build("de", with_model=False, components=[])


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("ERIWAN (dpa) – Nach dem Erdbeben suchen Helfer weiter nach Verschütteten.", "ARM"),
        ("KAPSTADT (AFP) – Ein Buschfeuer bedroht mehrere Vororte.", "ZAF"),
        ("Nachrichten aus Asien\nRANGUN (Reuters) – Die Militärjunta hat Wahlen verschoben.", "MMR"),
    ],
)
def test_german_named_capital_gives_its_country(nlp, text, country):
    # GeoNames lists these cities under their local names only; the German name is an alternate one
    assert dateline_countries(nlp(text), "de") == (country,)
    assert _dateline_text_country(nlp(text), "de") == country


def test_alternate_and_multiword_city_names(nlp):
    assert dateline_countries(nlp("BOMBAY (dpa) – Der Monsun hat die Stadt erreicht."), "de") == ("IND",)
    assert dateline_countries(nlp("SANKT PETERSBURG (dpa) – Die Newa ist zugefroren."), "de") == ("RUS",)
    assert dateline_countries(nlp("Kapstadt (epd) – Die Kirchen rufen zu Spenden auf."), "de") == ("ZAF",)


def test_double_dateline_gives_both_countries_in_order(nlp):
    doc = nlp("GENF/ERIWAN (dpa) – Das Rote Kreuz schickt Zelte.")
    assert dateline_countries(doc, "de") == ("CHE", "ARM")
    # the linker's "the text's country" reads the first place; the state-institution reading needs one country
    assert _dateline_text_country(doc, "de") == "CHE"
    assert _dateline_country(doc, "de") is None
    # both places of a double dateline in one country are one country
    doc = nlp("Hagen/Bochum (dpa) – Die Polizei sucht Zeugen.")
    assert dateline_countries(doc, "de") == ("DEU",)
    assert _dateline_country(doc, "de") == "DEU"


def test_geo_focus_fires_after_a_german_named_or_second_dateline_city(nlp):
    votes = Counter({"ARM": FOCUS_MIN + 2})
    assert _focus_country(votes, nlp("ERIWAN (dpa) – Nach dem Beben fehlt Wasser."), "de") == "ARM"
    assert _focus_country(votes, nlp("GENF/ERIWAN (dpa) – Das Rote Kreuz hilft."), "de") == "ARM"
    assert _focus_country(votes, nlp("Nach dem Beben fehlt in vielen Dörfern Wasser."), "de") is None


@pytest.mark.parametrize(
    "text",
    [
        "Nach dem Sturm sind in Bombay noch viele Straßen überflutet.",
        "Die Regierung in Eriwan (Armenien) – so heißt es – prüft den Antrag.",
        "Hagen (SPD) sagte am Montag, er werde nicht erneut kandidieren.",
        "Hagen (SPD) – der Bürgermeister – will nicht erneut kandidieren.",  # no agency: a name in small letters
        "NATO (dpa) – Das Bündnis verlegt Truppen.",
    ],
)
def test_no_dateline(nlp, text):
    doc = nlp(text)
    assert dateline_countries(doc, "de") == ()
    assert _dateline_text_country(doc, "de") is None


def test_town_that_is_also_a_surname_is_a_dateline_only_as_one(nlp):
    assert dateline_countries(nlp("HAGEN (dpa) – Ein Brand hat eine Lagerhalle zerstört."), "de") == ("DEU",)
    assert dateline_countries(nlp("Hagen (dpa) – Ein Brand hat eine Lagerhalle zerstört."), "de") == ("DEU",)


def test_river_after_the_slash_qualifies_the_city(nlp):
    assert dateline_countries(nlp("FRANKFURT/ODER (dpa) – Die Brücke bleibt gesperrt."), "de") == ("DEU",)
    assert dateline_countries(nlp("Halle/Saale (dpa) – Die Messe öffnet wieder."), "de") == ("DEU",)


def test_hyphenated_dateline_city_is_a_place_not_an_organisation():
    import chronik

    doc = chronik.analyze("SAN-JOSÉ (dpa) – Die Regierung von Costa Rica hat den Notstand ausgerufen.")
    city = next(e for e in doc.entities if e.name == "SAN-JOSÉ")
    assert (city.label, city.country) == ("LOC", "CRI")
    doc = chronik.analyze("PORT-LOUIS (AFP) – Ein Zyklon hat auf Mauritius schwere Schäden angerichtet.")
    assert [(e.label, e.country) for e in doc.entities if e.name == "PORT-LOUIS"] == [("LOC", "MUS")]
