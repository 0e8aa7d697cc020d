"""Entity grounding rules of the fifteenth session, round 3: a town matched only through an alternate name on
another continent than the countries a report is about stays ungrounded; coast compounds of a sea's or region's
name are places; a capital or country tagged a person as the subject of a headline is a place. Each on invented
sentences, with negative rows."""

from __future__ import annotations

import pytest

from tests.quote_docs import analyzed


def _entities(text: str) -> dict[str, tuple[str, str | None, object]]:
    doc = analyzed(text, published="2026-11-10")
    return {e.name: (e.label, e.country, e.geo) for e in doc.entities}


def test_far_alias_town_stays_ungrounded() -> None:
    # "Tempi" is only an alternate name of Tempe (Arizona); in a report from Athens it is the Greek valley
    text = (
        "Gedenken an Tempi\n"
        "ATHEN (dpa) – Zum Jahrestag des Unglücks von Tempi legten Angehörige in Athen Blumen nieder. "
        "Die griechische Regierung versprach eine rasche Aufklärung."
    )
    ents = _entities(text)
    assert "Tempi" in ents
    label, country, geo = ents["Tempi"]
    assert label == "LOC" and country != "USA" and geo is None


def test_big_city_exonym_kept() -> None:
    # a German exonym of a big city keeps its reading, even when the text names other countries only
    ents = _entities("ATHEN (dpa) – Griechische Reeder trafen sich mit Kollegen in Mailand zu Gesprächen.")
    assert ents["Mailand"][1] == "ITA" and ents["Mailand"][2] is not None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("KIEL (dpa) – Ein Sturm hat an der Ostseeküste mehrere Bootsstege beschädigt.", "Ostseeküste"),
        ("LISSABON (dpa) – Die Regierung schickt zusätzliche Rettungsschwimmer an die Atlantikküste.", "Atlantikküste"),
        ("CALAIS (AFP) – An der Kanalküste warten seit Tagen Hunderte Menschen auf ruhigeres Wetter.", "Kanalküste"),
        ("ODESSA (dpa) – Urlauber an der Schwarzmeerküste meldeten am Sonntag heftige Gewitter.", "Schwarzmeerküste"),
    ],
)
def test_coast_compound_is_place(text: str, name: str) -> None:
    ents = _entities(text)
    assert ents.get(name, (None,))[0] == "LOC"


def test_coast_compound_keeps_region_country() -> None:
    ents = _entities("FARO (dpa) – Waldbrände bedrohen Hotels an der Algarveküste.")
    assert ents["Algarveküste"][:2] == ("LOC", "PRT")


@pytest.mark.parametrize("word", ["Westküste", "Steilküste", "Küste"])
def test_common_coast_nouns_stay_nouns(word: str) -> None:
    ents = _entities(f"BERLIN (dpa) – Spaziergänger an der {word} fanden am Montag einen toten Wal.")
    assert word not in ents


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Lissabon lenkt im Fischereistreit ein\nLISSABON (dpa) – Die Regierung gibt nach.", "Lissabon", "PRT"),
        ("Warschau droht mit Veto\nBRÜSSEL (dpa) – Die polnische Regierung lehnt den Plan ab.", "Warschau", "POL"),
    ],
)
def test_headline_capital_acting_is_place(text: str, name: str, country: str) -> None:
    ents = _entities(text)
    assert ents[name][:2] == ("LOC", country)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital whose country the text names, alone before the finite verb of the headline: the government
        ("Quito lenkt im Grenzstreit ein\nQUITO (dpa) – Die ecuadorianische Regierung gibt nach.", True),
        # a country acting
        ("Chile droht mit Klage\nSANTIAGO (dpa) – Die Regierung prüft rechtliche Schritte.", True),
        # a capital's spelling with no word of its country in the text may be a first name: stays a person
        ("Victoria lenkt ein\nBERLIN (dpa) – Die Sängerin gibt im Streit mit ihrem Label nach.", False),
    ],
)
def test_state_as_subject(text: str, expected: bool) -> None:
    # the NER tags such a headline word a person now and then ("X und Y einigen sich"); the relabelling rule
    # (_ner_mentions) asks this predicate
    import chronik
    from chronik.components.entities import _state_as_subject

    try:
        nlp = chronik.load("de")
    except Exception as exc:  # no trained model in this checkout
        pytest.skip(f"no trained model: {exc}")
    assert _state_as_subject(nlp(text), 0, "de", None) is expected
