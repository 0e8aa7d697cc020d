"""Events told in direct quotes and reported speech (tenth session): invented sentences."""

from __future__ import annotations

from tests.event_docs import rows_by_trigger


def test_es_in_ob_clause_is_the_city_named_first() -> None:
    # "es" in an "ob" clause of an indirect quote is the city that opens the quote, acting for its state
    # (a noun in the "ob" clause: a verb there, "ob es Truppen nach Polen entsende", is no event since the fourteenth
    # session, an open question)
    rows = rows_by_trigger(
        "Die US-Regierung verurteilte die Festnahme scharf. Washington werde prüfen, ob es Sanktionen gegen "
        "Polen verhänge, erklärte ein Sprecher des Außenministeriums."
    )
    assert rows["Sanktionen"][2] == ["Washington"]
    assert rows["Sanktionen"][5] == "hypothetical"


def test_sie_with_full_verb_konjunktiv_is_the_speaker() -> None:
    # "sie verhänge": a full verb's Konjunktiv I singular marks one actor, the organisation that speaks
    rows = rows_by_trigger("Die Regierung in Rom erklärte, sie verhänge Sanktionen gegen Ungarn.")
    assert rows["Sanktionen"][2] == ["Regierung"]
    assert rows["Sanktionen"][3] == ["Ungarn"]


def test_sich_nicht_an_halten_is_a_refusal() -> None:
    rows = rows_by_trigger("Die Regierung in Ankara hält sich nicht an die Vereinbarung mit Athen.")
    assert rows["hält"][1] == "REJECT"
    assert rows["hält"][5] == "asserted"
    assert "Vereinbarung" not in rows
    assert "hielt" not in rows_by_trigger("Der Zug aus Hamburg hielt nicht an.")


def test_ausmachen_a_meeting_is_an_agreement() -> None:
    rows = rows_by_trigger("Laut Kreml hätten Putin und Trump ein Treffen in Budapest ausgemacht.")
    assert rows["ausgemacht"][1] == "AGREE"
    assert "Putin" in rows["ausgemacht"][2]
    assert "ausmachen" not in rows_by_trigger("Die Exporte machen ein Drittel der Wirtschaftsleistung aus.")


def test_own_party_of_a_speaker_titled_by_party_compound() -> None:
    # "Die Grünen-Fraktionschefin X …. Ihre Partei werde …": the party named in the title's compound
    rows = rows_by_trigger(
        "Die Abgeordneten der Grünen stimmten gegen das Gesetz. Die Grünen-Fraktionschefin Lena Hofbauer "
        "kritisierte die Regierung. Ihre Partei werde das Gesetz vor dem Verfassungsgericht anfechten, "
        "kündigte sie an."
    )
    assert rows["anfechten"][2] and "Grünen" in rows["anfechten"][2][0]
    assert rows["anfechten"][5] == "planned"


def test_quoted_refusal_to_pay_extortion() -> None:
    rows = rows_by_trigger(
        "„Wir zahlen keine Durchfahrtsgebühren an bewaffnete Gruppen“, sagte eine Sprecherin des Roten "
        "Kreuzes, Anna Berger."
    )
    assert rows["zahlen"][1] == "REJECT"
    assert rows["zahlen"][2]
    assert rows["zahlen"][5] == "asserted"


def test_event_noun_after_reported_must_is_asked_for() -> None:
    rows = rows_by_trigger("Die Ministerin sagte, Berlin müsse Sanktionen gegen Iran verhängen.")
    assert rows["Sanktionen"][5] == "planned"
