"""Institutions written as common nouns (sixth session, 2026-12-05): an institution noun with a place after it is
one organisation ("die Staatsanwaltschaft Halle"), and a definite institution noun ("die Behörde", "das
Ministerium", "die Gewerkschaft", "die Stadt") is another mention of the organisation or place of its kind named
before it, so events and quotations get it as actor or speaker. Own invented sentences; the whole pipeline."""

from __future__ import annotations

from chronik.document import Document
from tests.quote_docs import analyzed, entity_named, speaker_name, the_quote


def mentions_of(doc: Document, name: str) -> list[str]:
    ent = next((e for e in doc.entities if e.name == name), None)
    assert ent is not None, [e.name for e in doc.entities]
    return [doc.text[a:b] for a, b in ent.mentions]


def test_institution_and_place_are_one_organisation():
    doc = analyzed("Die Staatsanwaltschaft Halle erhob am Montag Anklage gegen einen Lehrer aus Merseburg.")
    ent = entity_named(doc, "Staatsanwaltschaft Halle")
    assert ent is not None and ent.label == "ORG" and ent.country == "DEU"
    assert all(e.label != "PER" for e in doc.entities)
    accuse = [ev for ev in doc.events if ev.type == "ACCUSE"]
    assert accuse and accuse[0].source == [ent.id]


def test_police_and_city_are_one_organisation_of_that_country():
    doc = analyzed("Die Polizei Wuppertal nahm am Abend einen Verdächtigen fest. Das Amtsgericht Cottbus tagte.")
    police = entity_named(doc, "Polizei Wuppertal")
    assert police is not None and police.label == "ORG" and police.country == "DEU"
    court = entity_named(doc, "Amtsgericht Cottbus")
    assert court is not None and court.country == "DEU"
    assert entity_named(doc, "Wuppertal") is None


def test_die_behoerde_is_the_authority_named_before():
    text = (
        "Das Bundeskartellamt hat gegen drei Zementhersteller Bußgelder verhängt. „Die Firmen haben ihre Preise "
        "jahrelang abgesprochen“, teilte die Behörde am Donnerstag in Bonn mit."
    )
    doc = analyzed(text)
    assert "Behörde" in mentions_of(doc, "Bundeskartellamt")
    assert speaker_name(doc, the_quote(doc, "Preise")) == "Bundeskartellamt"


def test_a_spokesman_of_the_union_speaks_for_the_union():
    text = (
        "Die Gewerkschaft IG Metall hat zu Warnstreiks in der Autoindustrie aufgerufen. „Die Beschäftigten haben "
        "lange genug gewartet“, sagte ein Sprecher der Gewerkschaft am Dienstag."
    )
    doc = analyzed(text)
    assert speaker_name(doc, the_quote(doc, "lange genug")) == "IG Metall"


def test_union_known_by_its_kind_without_the_word_gewerkschaft():
    text = "Verdi hat die Beschäftigten der Kliniken zum Streik aufgerufen. Die Gewerkschaft fordert mehr Personal."
    doc = analyzed(text)
    assert "Gewerkschaft" in mentions_of(doc, "Verdi")


def test_das_ministerium_is_the_ministry_with_that_head():
    text = (
        "Das Bundesverkehrsministerium hat die Ausschreibung gestoppt. Das Ministerium begründete den Schritt "
        "mit Kostenbedenken."
    )
    doc = analyzed(text)
    ent = next(e for e in doc.entities if "ministerium" in e.name)
    assert any(doc.text[a:b] == "Ministerium" for a, b in ent.mentions)


def test_a_genitive_attribute_is_not_the_antecedent_before_a_subject():
    text = (
        "Die Bundesanwaltschaft hat zwei Männer festnehmen lassen. Beamte des Bundeskriminalamts hätten sie in "
        "Bremen gefasst, teilte die Behörde mit."
    )
    doc = analyzed(text)
    assert "Behörde" in mentions_of(doc, "Generalbundesanwaltschaft")
    q = the_quote(doc, "Bremen gefasst")
    assert speaker_name(doc, q) == "Generalbundesanwaltschaft"


def test_die_stadt_is_the_city_named_before():
    text = (
        "In Göttingen ist ein Bürohaus abgebrannt. Verletzt wurde niemand. Die Stadt werde den Betroffenen "
        "Ersatzräume anbieten, teilte die Stadt am Abend mit."
    )
    doc = analyzed(text)
    q = the_quote(doc, "Ersatzräume")
    assert speaker_name(doc, q) == "Göttingen"


def test_no_antecedent_no_mention():
    doc = analyzed("Die Gewerkschaft kündigte am Montag neue Warnstreiks an.")
    assert all("Gewerkschaft" not in doc.text[a:b] for e in doc.entities for a, b in e.mentions)


def test_another_institution_of_the_kind_is_not_the_antecedent():
    text = "Die Firma Siemens hat einen Auftrag erhalten. Das andere Unternehmen ging leer aus."
    doc = analyzed(text)
    assert all(doc.text[a:b] != "Unternehmen" for e in doc.entities for a, b in e.mentions)


def test_police_with_no_antecedent_is_the_country_group_of_the_article():
    text = (
        "In Göttingen hat die Polizei am Dienstag zwei Männer festgenommen. Die Festnahmen erfolgten in der "
        "Innenstadt von Göttingen."
    )
    doc = analyzed(text)
    police = entity_named(doc, "Polizei")
    assert police is not None and police.label == "ORG" and police.country == "DEU"
    arrest = [ev for ev in doc.events if ev.type == "COERCE" and ev.source]
    assert arrest and arrest[0].source == [police.id]


def test_police_in_a_named_city_takes_its_country():
    doc = analyzed(
        "Bei einem Besuch in Berlin sprach Klara Mönch über Paris. Die Polizei in Lyon nahm einen Mann fest."
    )
    police = entity_named(doc, "Polizei")
    assert police is not None and police.country == "FRA"


def test_police_in_an_article_spread_over_countries_stays_unannotated():
    text = (
        "Nach Ausschreitungen in Rom, Madrid und Lissabon hat die Polizei mehrere Menschen festgenommen. In Wien "
        "blieb es ruhig."
    )
    doc = analyzed(text)
    assert entity_named(doc, "Polizei") is None


def test_a_minister_named_in_between_owns_das_ministerium():
    text = (
        "Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, wies das zurück. "
        "Verteidigungsminister Boris Pistorius kündigte neue Hilfen an. "
        "Ein Abschuss sei nicht geplant, betonte ein Sprecher des Ministeriums."
    )
    doc = analyzed(text)
    assert all(doc.text[a:b] != "Ministeriums" for e in doc.entities for a, b in e.mentions)


def test_the_dateline_gives_the_police_its_country():
    text = (
        "LISSABON (Reuters) – Ein Waldbrand hat am Dienstag mehrere Dörfer erreicht. Spanien, Italien und "
        "Frankreich schickten Löschflugzeuge, auch Griechenland bot Hilfe an. Die Polizei nahm einen Mann fest."
    )
    doc = analyzed(text)
    police = entity_named(doc, "Polizei")
    assert police is not None and police.country == "PRT"


def test_das_land_is_not_a_country_named_in_passing():
    text = (
        "In Libyen gehen die Kämpfe weiter. Die Regierung von Libyen sucht einen früheren Minister. "
        "Er wolle an der Grenze zu Algerien das Land verlassen, berichtete ein Sender."
    )
    doc = analyzed(text)
    assert "Land" not in mentions_of(doc, "Algerien")


def test_des_landes_is_no_mention():
    doc = analyzed("Kenia hat neue Gesetze beschlossen. Im Süden des Landes kam es zu Protesten.")
    assert all(doc.text[a:b] != "Landes" for e in doc.entities for a, b in e.mentions)


def test_das_land_is_the_state_named_in_the_subject_of_its_sentence():
    doc = analyzed("Sachsens Innenminister Paul Wendt kündigte an, das Land werde der Stadt Görlitz helfen.")
    assert "Land" in mentions_of(doc, "Sachsen")
