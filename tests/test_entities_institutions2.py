"""Institutions and collectives written as common nouns, second round (sixth session, 2026-12-05): "die
Regierung", "die Opposition" and the ministries without a country adjective are the country group of the
article's country, or of the capital after "in" ("Die Regierung in Riga"); "den Hersteller" is the company named
before; an unnamed spokesman ("ein Sprecher des Ministeriums") named after a person takes the following "sagte
er" from that person. Own invented sentences; the whole pipeline."""

from __future__ import annotations

from tests.quote_docs import analyzed, entity_named, event_of, names, speaker_name, the_quote


def test_government_and_opposition_without_country_are_the_articles_country():
    text = (
        "BERLIN (dpa) – Der Bundestag hat den Etat für das kommende Jahr beschlossen. Die Opposition griff den "
        "Minister scharf an. Die Grünen-Politikerin Anna Weber warf der Regierung vor, Geld verschwendet zu haben."
    )
    doc = analyzed(text)
    government = entity_named(doc, "Regierung")
    opposition = entity_named(doc, "Opposition")
    assert government is not None and government.country == "DEU"
    assert opposition is not None and opposition.country == "DEU"
    assert names(doc, event_of(doc, "warf").target) == ["Regierung"]
    assert names(doc, event_of(doc, "griff").source) == ["Opposition"]


def test_institution_in_a_capital_is_that_countrys_institution():
    text = (
        "Die Regierung in Riga bestellte am Montag den russischen Geschäftsträger ein. Das Außenministerium in "
        "Moskau warf den baltischen Staaten eine Provokation vor."
    )
    doc = analyzed(text)
    government = entity_named(doc, "Regierung")
    ministry = entity_named(doc, "Außenministerium")
    assert government is not None and government.country == "LVA"
    assert ministry is not None and ministry.country == "RUS"
    assert names(doc, event_of(doc, "warf").source) == ["Außenministerium"]


def test_the_manufacturer_is_the_company_named_before():
    text = (
        "Das Bundesinstitut für Arzneimittel warnte vor Tabletten des Pharmakonzerns Bayer. Die Behörde forderte "
        "den Hersteller auf, die Packungen zurückzurufen."
    )
    doc = analyzed(text)
    request = event_of(doc, "forderte")
    assert names(doc, request.source) == ["Bundesinstitut für Arzneimittel"]
    assert names(doc, request.target) == ["Bayer"]


def test_sagte_er_after_an_unnamed_spokesman_is_not_the_minister_named_before():
    text = (
        "BERLIN (dpa) – „Wir sind sehr erleichtert“, sagte Außenminister Peter Krause in Berlin. Er dankte der "
        "Regierung von Katar für die Vermittlung. Ob Geld gezahlt wurde, ließ der Minister offen. Berichte über "
        "eine Zahlung wollte ein Sprecher des Ministeriums nicht kommentieren. Die Regierung zahle grundsätzlich "
        "kein Lösegeld, sagte er lediglich."
    )
    doc = analyzed(text)
    assert speaker_name(doc, the_quote(doc, "kein Lösegeld")) != "Peter Krause"


def test_sagte_er_after_a_compound_spokesman_is_not_the_general_named_before():
    text = (
        "WILNA (dpa) – „Moskau testet unsere Geduld“, sagte Generalstabschef Andrius Kalnis. Er sprach von einer "
        "gezielten Provokation. Eine Verlegung weiterer Truppen ist nach Angaben eines NATO-Sprechers derzeit "
        "nicht geplant. Das Bündnis werde die Lage aber im Herbst erneut prüfen, sagte er."
    )
    doc = analyzed(text)
    assert speaker_name(doc, the_quote(doc, "im Herbst")) in (None, "NATO")


def test_sagte_er_after_the_named_person_still_goes_to_him():
    text = (
        "Ein Sprecher des Ministeriums wollte die Zahlen nicht nennen. Innenminister Klaus Berger sprach später "
        "von einem Erfolg. Die Ermittlungen liefen noch, sagte er."
    )
    doc = analyzed(text)
    assert speaker_name(doc, the_quote(doc, "Ermittlungen liefen")) == "Klaus Berger"


def test_er_after_a_quoted_statement_is_its_speaker():
    text = (
        "Arbeitsminister Karel Jansen sagte dem Sender RTBF: „Das Gesetz ist beschlossen. Daran wird nichts "
        "geändert.“ Er warf den Gewerkschaften vor, das Land zu lähmen."
    )
    doc = analyzed(text)
    assert names(doc, event_of(doc, "warf").source) == ["Karel Jansen"]


def test_sie_after_a_feminine_institution_subject_is_that_institution():
    text = (
        "NIAMEY (dpa) – Die Militärregierung in Niamey erklärte, ihre Soldaten hätten die Geiseln befreit. "
        "Zugleich warf sie den Nachbarstaaten vor, die Rebellen zu unterstützen."
    )
    doc = analyzed(text)
    junta = entity_named(doc, "Militärregierung")
    assert junta is not None and junta.country == "NER"
    assert names(doc, event_of(doc, "warf").source) == ["Militärregierung"]


def test_supporters_of_the_government_are_not_the_government():
    doc = analyzed(
        "KAIRO (dpa) – Die Polizei löste die Kundgebung in Kairo auf. Unterstützer der Regierung schlugen mit "
        "Stöcken auf Demonstranten ein."
    )
    assert entity_named(doc, "Regierung") is None


def test_the_government_of_a_named_premier_is_one_actor():
    doc = analyzed(
        "BRÜSSEL (dpa) – Die Gewerkschaften in Belgien streiken seit Montag. Die Regierung von Premierminister Jan "
        "Peeters lehnte Nachverhandlungen ab."
    )
    reject = event_of(doc, "lehnte")
    assert names(doc, reject.source) == ["Regierung"] and reject.target == []


def test_the_unions_without_a_name_are_the_countrys_unions():
    doc = analyzed(
        "ROTTERDAM (dpa) – Ein Streik legt den Hafen von Rotterdam lahm. Arbeitsminister Karel Jansen sagte dem "
        "Sender NOS: „Das Gesetz ist beschlossen.“ Er warf den Gewerkschaften vor, das Land zu lähmen. Die "
        "Gewerkschaften drohten mit weiteren Streiks."
    )
    unions = entity_named(doc, "Gewerkschaften")
    assert unions is not None and unions.country == "NLD"
    assert names(doc, event_of(doc, "warf").target) == ["Gewerkschaften"]
    assert names(doc, event_of(doc, "drohten").source) == ["Gewerkschaften"]


def test_a_family_named_by_its_member_is_not_that_member():
    doc = analyzed(
        "Der entführte Ingenieur Markus Lehner ist wieder frei. Lehners Familie veröffentlichte am Mittwoch eine "
        "kurze Erklärung. „Wir sind unendlich dankbar“, heißt es darin."
    )
    assert speaker_name(doc, the_quote(doc, "unendlich dankbar")) != "Markus Lehner"
