"""Entity rules of the eleventh session, second round (2026-12-05): datelines of two words in capitals, names in
quotation marks after a group noun, facility names, foreign company names, party acronyms after an adjective, a
plural noun after a lone surname, a name after a settlement noun, the headline's country for a bare "Polizei".
Own invented sentences (skipped without a trained model)."""

from __future__ import annotations

from tests.quote_docs import analyzed, entity_labels


def _entity(doc, name: str):
    return next((e for e in doc.entities if e.name == name), None)


def test_two_word_dateline_in_capitals_is_one_city():
    doc = analyzed("Dürre in Brasilien\nBELO HORIZONTE (dpa) – Nach dem Dammbruch werden Dutzende vermisst.")
    city = _entity(doc, "BELO HORIZONTE")
    assert city is not None and city.label == "LOC" and city.country == "BRA"
    assert _entity(doc, "BELO") is None
    labels = entity_labels("Wahl verschoben\nBUENOS AIRES (AFP) – Die Abstimmung findet erst im Mai statt.")
    assert labels.get("BUENOS AIRES") == "LOC"


def test_quoted_name_after_a_group_noun_is_one_organisation():
    labels = entity_labels("Das Bündnis „Wasser statt Autos“ rief zu einer Demonstration auf.")
    assert labels.get("Wasser statt Autos") == "ORG"
    assert "Wasser" not in labels
    labels = entity_labels("Die Bande „Viv Ansanm“ kontrolliert große Teile der Hauptstadt.")
    assert labels.get("Viv Ansanm") == "ORG"
    labels = entity_labels("Die Rebellengruppe „Freie Söhne des Nordens“ griff ein Dorf an.")
    assert labels.get("Freie Söhne des Nordens") == "ORG"


def test_name_after_a_facility_noun_is_a_place():
    labels = entity_labels(
        "Die Inspektoren verlangten Zugang zur Urananreicherungsanlage Fordo. Die Atomanlage Natans wurde beschädigt."
    )
    assert labels.get("Fordo") == "LOC"
    labels = entity_labels("Arbeiter verließen die Raffinerie Baiji am Morgen.")
    assert labels.get("Baiji") == "LOC"


def test_foreign_company_name_after_a_company_noun_is_whole():
    labels = entity_labels("Der Bergbaukonzern Mineração Serra Azul wies die Vorwürfe zurück.")
    assert labels.get("Mineração Serra Azul") == "ORG"


def test_party_acronym_with_small_letters_after_an_adjective():
    labels = entity_labels("Die oppositionelle PiS begrüßte das Veto des Präsidenten.")
    assert labels.get("PiS") == "ORG"


def test_plural_noun_after_a_lone_surname_is_the_object():
    labels = entity_labels("Präsident Pezeshkian lehnte ab, dagegen bot Kamali Gespräche an.")
    assert labels.get("Kamali") == "PER"
    assert "Kamali Gespräche" not in labels


def test_name_after_a_settlement_noun_is_a_place_and_the_noun_no_entity():
    doc = analyzed("Bei einem Angriff in der Stadt Duma nahe Damaskus starben fünf Menschen.")
    town = _entity(doc, "Duma")
    assert town is not None and town.label == "LOC" and town.country == "SYR"
    labels = entity_labels("Im Bundesstaat Zamfara wurden 20 Schüler entführt.")
    assert labels.get("Zamfara") == "LOC"
    assert "Bundesstaat" not in labels


def test_bare_police_takes_the_headline_country():
    doc = analyzed(
        "Haiti: Banden erobern Viertel\nDie Banden in dem Karibikstaat haben mehrere Viertel erobert. Die Polizei "
        "nahm am Montag drei Verdächtige fest. Die USA und Kenia sagten Hilfe zu."
    )
    police = _entity(doc, "Polizei")
    assert police is not None and police.country == "HTI"
