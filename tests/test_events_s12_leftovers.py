"""Events, twelfth session (leftovers of audits 15 and 16): a protest called for is one act, the call; a decision
welcomed is not the rejection of it told just before; a rebutted allegation stated with its own content is not an
earlier, different charge (invented sentences)."""

from __future__ import annotations

from tests.event_docs import event_rows, rows_by_trigger


def test_a_fronted_protest_called_for_is_no_protest_of_its_callers() -> None:
    text = (
        "TIFLIS (AFP) – In Georgien haben am Samstag Tausende Menschen gegen die Regierung demonstriert. Zu den "
        "Kundgebungen hatte der Verband Freie Presse aufgerufen."
    )
    rows = event_rows(text, published="2026-11-10")
    assert [r[1] for r in rows if r[0] == "Kundgebungen"] == []
    assert [r[1] for r in rows if r[0] == "aufgerufen"] == ["REQUEST"]


def test_a_call_for_a_coming_day_is_made_now() -> None:
    text = "Die Bauerngewerkschaft rief für Freitag zu Blockaden vor dem Landwirtschaftsministerium in Paris auf."
    rows = event_rows(text, published="2026-11-10")
    assert [(r[1], r[5]) for r in rows] == [("REQUEST", "asserted")]


def test_a_decision_welcomed_is_not_the_rejection_of_it() -> None:
    text = (
        "STRASSBURG (AFP) – Der Europäische Gerichtshof für Menschenrechte hat die Türkei wegen der Haft eines "
        "Anwalts verurteilt. Das Justizministerium in Ankara wies das Urteil zurück. Die Organisation Amnesty "
        "International begrüßte die Entscheidung."
    )
    assert "Justizministerium" not in rows_by_trigger(text)["begrüßte"][3]


def test_a_rebutted_allegation_with_other_content_is_not_the_earlier_charge() -> None:
    text = (
        "ROTTERDAM (dpa) – Die Staatsanwaltschaft Rotterdam wirft drei Lotsen Bestechlichkeit vor. Die Gewerkschaft "
        "FNV wies den Vorwurf zurück, Hafenarbeiter würden mit Schmugglern kooperieren."
    )
    assert rows_by_trigger(text)["wies"][3] == []
    # (the same allegation told again is that accusation's)
    text = (
        "ROTTERDAM (dpa) – Die Staatsanwaltschaft Rotterdam wirft drei Lotsen vor, mit Schmugglern kooperiert zu "
        "haben. Die Gewerkschaft FNV wies den Vorwurf zurück, die Lotsen hätten mit Schmugglern kooperiert."
    )
    rows = rows_by_trigger(text)
    assert rows["wies"][3] == ["Staatsanwaltschaft Rotterdam"]
    # (and the rebutted allegation, opened by an article, is no event of its own)
    assert "kooperiert" not in rows


def test_a_dateline_is_not_the_critic_of_the_first_sentence() -> None:
    text = (
        "Asylpolitik\n\nBERLIN (dpa) – Der Flüchtlingsrat bemängelte, auf dem Gipfel sei wieder nur über "
        "Grenzschutz geredet worden."
    )
    assert "BERLIN" not in rows_by_trigger(text)["bemängelte"][2]


def test_dateline_agency_is_no_antecedent_of_an_organisation_noun() -> None:
    text = "Streit\n\nPARIS (AFP) – Die Gewerkschaft forderte die Regierung auf, die Reform zurückzunehmen."
    assert "Agence France-Presse" not in rows_by_trigger(text)["forderte"][2]
    text = "Streit\n\nHAMBURG (dpa) – Die Reederei kündigte Entlassungen an. Der Verband kritisierte die Regierung."
    assert "Deutsche Presse-Agentur" not in rows_by_trigger(text)["kritisierte"][2]


def test_the_accused_does_the_act_of_the_accusation() -> None:
    text = "Vorwurf\n\nBERLIN (dpa) – Greenpeace warf der Polizei vor, friedliche Demonstranten angegriffen zu haben."
    assert rows_by_trigger(text)["angegriffen"][2] == ["Polizei"]
    text = "Grenze\n\nKIEW (dpa) – Die Ukraine beschuldigte Russland, ein Dorf im Grenzgebiet bombardiert zu haben."
    assert rows_by_trigger(text)["bombardiert"][2] == ["Russland"]


def test_the_addressee_s_town_is_not_where_the_speaker_spoke() -> None:
    text = (
        "Mahnung\n\nBRÜSSEL (dpa) – Die Staaten berieten am Montag. Die EU-Kommission kündigte an, das Gesetz zu "
        "prüfen, und mahnte die Regierung in Budapest, die Pressefreiheit zu respektieren."
    )
    assert rows_by_trigger(text)["mahnte"][4] != "Budapest"
