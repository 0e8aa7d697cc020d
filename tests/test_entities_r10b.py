"""Entity rules of the tenth session, round 2 (2026-12-05): a role noun's genitive complement never runs across the
clause's verb, the head of state's office as an institution, a name that goes on after a shorter known name or an
adjective, a foreign word the NER leaves after a kind of place, "in Seenot", and a vessel's quoted name. Own
invented sentences (skipped without a trained model)."""

from __future__ import annotations

from tests.quote_docs import analyzed, entity_labels, entity_mentions, entity_named


def test_unnamed_spokesperson_is_not_the_named_person_after_the_verb():
    doc = analyzed(
        "Staatspräsident Paul Marin will am Montag mit den Parteien beraten. "
        "Ein Sprecher des Präsidialamts sagte, Marin werde niemanden ernennen."
    )
    marin = entity_named(doc, "Paul Marin")
    assert marin is not None and "Sprecher" not in marin.roles
    assert not any(doc.text[a:b] == "Sprecher" for a, b in marin.mentions)
    # the apposition itself still joins: "der Sprecher des Amtes, Jan Korte, sagte"
    doc = analyzed("Der Sprecher des Präsidialamts, Jan Korte, sagte, die Lage sei ruhig.")
    korte = entity_named(doc, "Jan Korte")
    assert korte is not None and "Sprecher" in korte.roles


def test_presidential_office_is_an_institution():
    found = entity_mentions("Das Präsidialamt teilte am Abend mit, der Präsident sei erkrankt.")
    assert found.get("Präsidialamt", ("", []))[0] == "ORG", found


def test_name_goes_on_after_a_known_shorter_name_and_after_an_adjective():
    labels = entity_labels("Die Partei will vor den Europäischen Gerichtshof für Menschenrechte in Straßburg ziehen.")
    assert any(n.endswith("Gerichtshof für Menschenrechte") and lab == "ORG" for n, lab in labels.items()), labels
    labels = entity_labels(
        "Der Beauftragte der Deutschen Bischofskonferenz, Pater Karl Ober, kritisierte die Regierung."
    )
    assert any("Bischofskonferenz" in n and lab == "ORG" for n, lab in labels.items()), labels
    assert "Deutschen" not in labels
    # the known name alone stays
    labels = entity_labels("Der Europäische Gerichtshof in Luxemburg urteilte am Montag.")
    assert labels.get("Europäischer Gerichtshof") == "ORG", labels


def test_unknown_foreign_word_after_a_kind_of_place_joins_the_place():
    labels = entity_labels("Bei einem Angriff in der Provinz Khyber Pakhtunkhwa starben zwei Soldaten.")
    assert any(n.endswith("Khyber Pakhtunkhwa") and lab == "LOC" for n, lab in labels.items()), labels


def test_distress_at_sea_is_no_place():
    assert "Seenot" not in entity_labels("Die Crew rettete am Freitag zwölf Menschen in Seenot.")
    assert "Hungersnot" not in entity_labels("Die Hungersnot in Somalia verschärft sich.")


def test_quoted_vessel_name_after_a_compound_ship_noun():
    labels = entity_labels("Die Behörden haben das Seenotrettungsschiff „Sea Star 2“ im Hafen von Bari festgesetzt.")
    assert labels.get("Sea Star 2") == "MISC", labels
    labels = entity_labels("Das Marineschiff „Hessen“ kehrte am Montag nach Kiel zurück.")
    assert labels.get("Hessen") == "MISC", labels


def test_mission_command_is_an_institution():
    found = entity_mentions("Die Fregatte werde im Mai nach Kiel zurückkehren, teilte das Einsatzführungskommando mit.")
    assert found.get("Einsatzführungskommando", ("", []))[0] == "ORG", found


def test_unknown_acronym_with_an_adjective_is_an_organisation():
    labels = entity_labels("Den Antrag hatten die rechtsnationale VNR und die Partei Neue Mitte eingebracht.")
    assert labels.get("VNR") == "ORG", labels
    # a known acronym is a common noun: "die geplante WM"
    assert "WM" not in entity_labels("Die geplante WM findet im Sommer statt.")
