"""Event actors, tenth session (2026-12-05): an occupation noun before a full name whose surname ends in -s is
the name's title, not a noun that owns the name as its genitive ("Der Koordinator Henrik Aas reist …"); "der"
right after an object noun opens that noun's genitive, so the owner of an attacked object is no subject ("haben
Unbekannte ein Büro der Vereinten Nationen angegriffen"); a staff noun after a named subject is the object
("Ungarn hat drei Mitarbeiter der … Botschaft … erklärt"); an "Er habe …" after a quote continues its speaker,
not a person named inside the quote; a complaint joined by "und" to one with a target
shares it; a pledge targets the party its zu-infinitive names. Own invented sentences; the whole pipeline."""

from __future__ import annotations

from tests.event_docs import rows_by_trigger


def test_occupation_title_before_a_surname_in_s_is_no_genitive():
    rows = rows_by_trigger("Der Koordinator Henrik Aas reist am Freitag nach Bamako.")
    assert rows["reist"][2] == ["Henrik Aas"]
    rows = rows_by_trigger("Die Journalistin Maria Torres kritisierte die Regierung in Lima scharf.")
    assert rows["kritisierte"][2] == ["Maria Torres"]


def test_genitive_of_an_object_after_a_fronted_adverbial_is_no_source():
    rows = rows_by_trigger("In der Nacht haben Unbekannte ein Büro der Vereinten Nationen in Bamako angegriffen.")
    assert rows["angegriffen"][2] == []
    assert rows["angegriffen"][3] == ["Vereinte Nationen"]


def test_staff_noun_after_a_named_subject_is_the_object():
    rows = rows_by_trigger("Ungarn hat drei Mitarbeiter der ukrainischen Botschaft zu unerwünschten Personen erklärt.")
    assert rows["erklärt"][2] == ["Ungarn"]
    text = (
        "Wilna (dpa) - Litauen hat drei Mitarbeiter der belarussischen Botschaft in Wilna zu unerwünschten Personen "
        "erklärt. Belarus wies die Vorwürfe zurück."
    )
    rows = rows_by_trigger(text)
    assert rows["erklärt"][2] == ["Litauen"]
    assert rows["erklärt"][3] == ["Belarus"]


def test_pronoun_after_a_quote_is_its_speaker_not_a_person_named_in_it():
    text = (
        "Hamburg (dpa) - Bürgermeister Jonas Berger hat Senator Paul Wendler entlassen. Landtagspräsident Uwe "
        "Kramer nahm die Entlassung am Abend zur Kenntnis.\n\n„Ein Senator, der so handelt, kann nicht bleiben“, "
        "sagte Berger am Montag. Er habe Wendler am Freitag zum Rücktritt aufgefordert."
    )
    rows = rows_by_trigger(text)
    assert rows["aufgefordert"][2] == ["Jonas Berger"]
    assert rows["aufgefordert"][3] == ["Paul Wendler"]


def test_complaint_in_a_second_conjunct_takes_the_first_ones_target():
    rows = rows_by_trigger("Die Regierung in Vilnius kritisierte Russland scharf und drohte mit Konsequenzen.")
    assert rows["drohte"][2:4] == (["Regierung"], ["Russland"])
    text = (
        "Warschau (dpa) - Russland hat erneut Drohnen über Polen fliegen lassen. Warschau bestellte am Abend den "
        "russischen Botschafter ein und legte formell Protest ein."
    )
    rows = rows_by_trigger(text)
    assert rows["Protest"][3] == rows["bestellte"][3] == ["Russland"]


def test_pledge_targets_the_party_its_zu_infinitive_names():
    text = (
        "Nach Angaben des Außenministeriums sicherte Kenia zu, die Souveränität und territoriale Einheit Ugandas zu "
        "respektieren. Im Gegenzug stellte Kampala in Aussicht, Nairobi einen Zugang zu einem Hafen am Viktoriasee "
        "zu gewähren. Die Regierung versprach, die Steuern in Berlin zu senken."
    )
    rows = rows_by_trigger(text)
    assert rows["sicherte"][2:4] == (["Kenia"], ["Uganda"])
    assert rows["stellte"][2:4] == (["Kampala"], ["Nairobi"])
    assert rows["versprach"][3] == []  # a place after a preposition is no recipient
