"""Trigger typing and modality, ninth session, round 3 (invented sentences, 2026-12-05): an authority shutting a
plant down (COERCE since the sixteenth session), stopping a convoy (COERCE), escorting ships (MOBILIZE), calling an
offer insufficient (REJECT), talks put on ice (no CONSULT) and talks where something "soll … geklärt werden"
(planned)."""

from __future__ import annotations

from tests.event_docs import event_rows, rows_by_trigger


def test_authority_shutting_down_a_plant_is_coerce():
    # (sixteenth session: an authority's shutdown is COERCE (ban/seize) like withdrawing a licence, audit 26; SANCTION
    # before)
    row = rows_by_trigger("Die Aufsichtsbehörde hatte das Chemiewerk bereits am Montag stillgelegt.")["stillgelegt"]
    assert row[1] == "COERCE" and row[5] == "asserted"
    assert rows_by_trigger("Das Kraftwerk wurde von der Behörde stillgelegt.")["stillgelegt"][1] == "COERCE"
    # a company closing its own plant is business news, not a sanction
    assert event_rows("Der Konzern hat das Werk im Sommer stillgelegt.") == []


def test_stopping_a_convoy_is_coerce():
    row = rows_by_trigger("Am Montag haben Milizionäre einen Hilfskonvoi des Roten Kreuzes gestoppt.")["gestoppt"]
    assert row[1] == "COERCE" and row[5] == "asserted"
    assert rows_by_trigger("Soldaten stoppten den Konvoi an einer Straßensperre.")["stoppten"][1] == "COERCE"
    # stopping a plan or a project is no coercion
    assert "stoppte" not in rows_by_trigger("Die Stadt stoppte das Bauprojekt am Hafen.")


def test_escorting_boats_is_mobilize():
    row = rows_by_trigger("Die Küstenwache werde die Fischerboote künftig eskortieren, sagte der Minister.")[
        "eskortieren"
    ]
    assert row[1] == "MOBILIZE" and row[5] == "planned"
    assert rows_by_trigger("Kriegsschiffe eskortierten die Tanker durch die Meerenge.")["eskortierten"][1] == "MOBILIZE"


def test_calling_an_offer_insufficient_is_reject():
    row = rows_by_trigger("Der Gewerkschaftschef nannte das Angebot der Arbeitgeber unzureichend.")["nannte"]
    assert row[1] == "REJECT"
    # a harsh judgement of a deed stays an accusation
    assert rows_by_trigger("Die Ministerin nannte den Angriff inakzeptabel.")["nannte"][1] == "ACCUSE"


def test_talks_put_on_ice_are_no_consult():
    rows = event_rows("Die Opposition forderte, die Beitrittsverhandlungen mit Ankara auf Eis zu legen.")
    assert [r[1] for r in rows] == ["REQUEST"]
    assert "Gespräche" not in rows_by_trigger("Die Regierung legte die Gespräche mit den Rebellen auf Eis.")
    assert rows_by_trigger("Die Regierung führte Gespräche mit den Rebellen.")["Gespräche"][1] == "CONSULT"


def test_talks_where_something_is_to_be_settled_are_planned():
    row = rows_by_trigger("Die offenen Punkte sollen bei Gesprächen in Nairobi geklärt werden.")["Gesprächen"]
    assert row[1] == "CONSULT" and row[5] == "planned"
    done = rows_by_trigger("Bei den Gesprächen in Nairobi wurden die offenen Punkte geklärt.")["Gesprächen"]
    assert done[5] == "asserted"


def test_gathering_in_front_of_parliament_is_a_protest():
    row = rows_by_trigger("Am Abend versammelten sich nach Angaben der Polizei rund 2000 Menschen vor dem Parlament.")
    assert row["versammelten"][1] == "PROTEST"
    assert rows_by_trigger("Hunderte Studenten versammelten sich vor der Botschaft.")["versammelten"][1] == "PROTEST"
    # a memorial gathering or a family is no protest
    assert event_rows("Am Sonntag versammelten sich Hunderte Menschen vor dem Parlament zu einer Gedenkfeier.") == []
    assert event_rows("Die Familie versammelte sich am Abend im Wohnzimmer.") == []
