"""Entity rules of the eleventh session (2026-12-05): institutions named by a field compound or by capitalised
adjectives, a court's panel, company names with an ampersand or an English industry word, a first name that is
also a small town, a surname the NER made an organisation. Own invented sentences (skipped without a trained
model)."""

from __future__ import annotations

from tests.quote_docs import analyzed, entity_labels, entity_mentions


def _entity(doc, name: str):
    return next((e for e in doc.entities if e.name == name), None)


def test_field_ministry_and_authority_compounds_are_the_country_institution():
    doc = analyzed("Fahnder hatten am Dienstag Räume des Umweltministeriums in Rom durchsucht.")
    ministry = _entity(doc, "Umweltministerium")
    assert ministry is not None and ministry.label == "ORG" and ministry.country == "ITA"
    doc = analyzed("Die Einwanderungsbehörde in Oslo lehnte den Antrag ab.")
    authority = _entity(doc, "Einwanderungsbehörde")
    assert authority is not None and authority.label == "ORG" and authority.country == "NOR"
    doc = analyzed(
        "Athen (dpa) – Die griechische Regierung bestätigte den Bericht. Ein Sprecher des Verkehrsministeriums "
        "sagte, die Fähren führen wieder."
    )
    ministry = _entity(doc, "Verkehrsministerium")
    assert ministry is not None and ministry.country == "GRC"


def test_court_panel_compound_is_the_court_named_before():
    found = entity_mentions(
        "Das Landgericht Bonn verurteilte den Mann zu drei Jahren Haft. Der Kläger habe die Firma getäuscht, "
        "befand der Strafsenat am Freitag."
    )
    assert "Strafsenat" in found.get("Landgericht Bonn", ("", []))[1]


def test_capitalised_adjectives_before_an_institution_head_make_a_name():
    labels = entity_labels(
        "Die Polizei nahm den Mann fest, nachdem der Militärische Abschirmdienst ihn überwacht hatte."
    )
    assert labels.get("Militärischer Abschirmdienst") == "ORG"
    found = entity_mentions("Nach Angaben des Obersten Nationalen Sicherheitsrats wurde die Grenze geschlossen.")
    assert any(label == "ORG" and "Obersten Nationalen Sicherheitsrats" in ms for label, ms in found.values())


def test_company_names_with_ampersand_or_industry_word_are_organisations():
    labels = entity_labels("Die Reederei Baltic Ferries stellte den Verkehr nach Riga ein.")
    assert labels.get("Baltic Ferries") == "ORG"
    labels = entity_labels("Die Firma Brandt & Sohn meldete Insolvenz an.")
    assert labels.get("Brandt & Sohn") == "ORG"
    labels = entity_labels("Der Versorger Adriatic Energy kündigte höhere Preise an.")
    assert labels.get("Adriatic Energy") == "ORG"


def test_town_adjective_and_head_before_a_company_name():
    doc = analyzed("Die Bremer Reederei Polar Tankers weigerte sich, das Lösegeld zu zahlen.")
    firm = _entity(doc, "Polar Tankers")
    assert firm is not None and firm.label == "ORG" and firm.country == "DEU"
    assert _entity(doc, "Bremer Reederei Polar") is None
    doc = analyzed("Die Kieler Reederei Fjord Lines stellte den Betrieb ein.")
    assert [e.name for e in doc.entities if e.label == "ORG"] == ["Fjord Lines"]
    doc = analyzed("Der spanische Ölkonzern Iberia Petroleum kündigte Investitionen an.")
    firm = _entity(doc, "Iberia Petroleum")
    assert firm is not None and firm.label == "ORG" and firm.country == "ESP"


def test_first_name_that_is_a_small_town_joins_the_surname_after_a_title():
    labels = entity_labels(
        "Bildungsminister Duarte Leitão und Gewerkschaftschefin Ana Sousa unterzeichneten den Vertrag."
    )
    assert labels.get("Duarte Leitão") == "PER"
    assert "Leitão" not in labels
    labels = entity_labels("Gesundheitsminister Duarte Pacheco kündigte neue Regeln an.")
    assert labels.get("Duarte Pacheco") == "PER"
    assert "Pacheco" not in labels


def test_dateline_city_missed_by_the_ner_gives_the_institution_its_country():
    doc = analyzed(
        "Bogotá (AFP) – Die Antidrogenbehörde hat zwölf Tonnen Kokain beschlagnahmt. Die Behörde teilte mit, die "
        "Ladung sei für Europa bestimmt gewesen."
    )
    city = _entity(doc, "Bogotá")
    assert city is not None and city.label == "LOC"
    agency = _entity(doc, "Antidrogenbehörde")
    assert agency is not None and agency.country == "COL"
    assert [doc.text[a:b] for a, b in agency.mentions] == ["Antidrogenbehörde", "Behörde"]
