"""Event nouns that only refer to an act told before, or name an act not done, and the speech or court act that is
the event instead of a noun in its content (thirteenth session, invented sentences)."""

from __future__ import annotations

from tests.event_docs import event_rows, rows_by_trigger


def _triggers(text: str) -> set[str]:
    return {row[0] for row in event_rows(text)}


def test_ban_in_force_is_no_new_ban() -> None:
    rows = rows_by_trigger("Der Bundestag verhängte im Mai ein Einfuhrverbot für Pelze. Das Verbot gilt seit Juni.")
    assert "Verbot" not in rows
    assert rows["Einfuhrverbot"][1] == "COERCE"


def test_judged_accusation_is_no_new_accusation() -> None:
    text = (
        "Die Opposition beschuldigte den Bürgermeister der Bestechung. Die Vorwürfe seien haltlos, sagte sein Anwalt."
    )
    assert "Vorwürfe" not in _triggers(text)


def test_present_effect_of_tariffs_is_no_new_sanction() -> None:
    text = "Die Strafzölle schaden vor allem den Bauern in Kenia, sagte der Minister."
    assert "Strafzölle" not in _triggers(text)


def test_past_effect_of_a_strike_is_the_strike() -> None:
    rows = rows_by_trigger("Der Streik der Fluglotsen legte am Montag den Flughafen in Lissabon lahm.")
    assert rows["Streik"][1] == "PROTEST"


def test_fighting_that_goes_on_in_a_condition_is_no_new_fighting() -> None:
    text = "Der Vermittler warnte die Parteien, falls die Gefechte nicht endeten, sei die Waffenruhe gescheitert."
    assert "Gefechte" not in _triggers(text)


def test_an_act_learnt_of_is_no_new_act() -> None:
    text = "Die Anwohner hätten erst aus dem Radio von der Räumung des Lagers erfahren, sagte eine Sprecherin."
    assert "Räumung" not in _triggers(text)


def test_talks_as_what_a_basis_is_for_are_no_talks() -> None:
    text = "Der Überfall auf den Konvoi habe die Grundlage für weitere Gespräche zerstört, sagte der Gesandte."
    assert "Gespräche" not in _triggers(text)


def test_power_to_arrest_is_no_arrest() -> None:
    text = (
        "Die Befugnis, Demonstranten ohne Richterbeschluss festzunehmen, sei verfassungswidrig, urteilte das Gericht."
    )
    assert not any(row[1] == "COERCE" for row in event_rows(text))


def test_closing_threat_frame_is_the_threat() -> None:
    text = "Falls die Stadt die Gebühren nicht senke, werde man die Müllabfuhr bestreiken, drohte die Gewerkschaft."
    rows = event_rows(text)
    assert [row[1] for row in rows] == ["THREATEN"]
    assert rows[0][0] == "drohte"


def test_suing_to_ban_blockades_is_the_lawsuit() -> None:
    rows = event_rows("Der Konzern zog am Freitag vor das Landesgericht, um weitere Blockaden unterbinden zu lassen.")
    assert [(row[0], row[1]) for row in rows] == [("zog", "ACCUSE")]


def test_redrafting_rules_is_no_arrest() -> None:
    text = "Der Landtag will die Regeln für Versammlungen bis zum Sommer neu fassen."
    assert not any(row[1] == "COERCE" for row in event_rows(text))


def test_catching_a_suspect_stays_an_arrest() -> None:
    rows = rows_by_trigger("Die Polizei fasste den mutmaßlichen Täter am Dienstag in Hamburg.")
    assert rows["fasste"][1] == "COERCE"


def test_konjunktiv_effect_of_a_deal_is_no_new_deal() -> None:
    text = "Der Kompromiss begünstige die Großbauern, sagte die Abgeordnete. Die Einigung stärke nur die Konzerne."
    assert "Einigung" not in _triggers(text)


def test_quoted_judgement_of_accusations_is_no_new_accusation() -> None:
    text = "Die Anschuldigungen seien „lächerlich“, sagte der Sprecher des Ministeriums in Ankara."
    assert "Anschuldigungen" not in _triggers(text)


def test_aid_still_to_be_approved_is_no_new_aid() -> None:
    text = "Die Finanzhilfe soll noch vom Haushaltsausschuss gebilligt werden."
    assert "Finanzhilfe" not in _triggers(text)


def test_aid_granted_stays_aid() -> None:
    rows = rows_by_trigger("Die Weltbank sagte Malawi am Montag eine Finanzhilfe von 50 Millionen Dollar zu.")
    assert any(row[1] == "AID" for row in rows.values())


def test_ban_breaking_the_law_in_a_ruling_is_no_new_ban() -> None:
    text = "Das Gericht stellte fest, dass die Münchner Nacht- und Sonntagsfahrverbote gegen das Grundgesetz verstoßen."
    assert not any(row[1] == "COERCE" for row in event_rows(text))


def test_fighting_that_goes_on_in_a_past_condition_is_no_new_fighting() -> None:
    text = "London werde neue Strafen erwägen, falls die Gefechte nicht aufhörten, sagte die Ministerin."
    assert "Gefechte" not in _triggers(text)


def test_general_claim_about_boycotts_is_no_boycott() -> None:
    text = "Blockaden hätten in der Geschichte der Region noch nie zu Frieden geführt, sagte der Gesandte."
    assert "Blockaden" not in _triggers(text)


def test_keeping_to_talks_is_no_new_talks() -> None:
    text = "Die Regierung in Oslo erklärte, man halte an den Verhandlungen mit den Rebellen fest."
    assert "Verhandlungen" not in _triggers(text)


def test_justifying_a_step_by_an_attack_is_an_accusation() -> None:
    text = "Innenministerin Jana Kowal begründete die Schließung der Grenze mit einem Angriff aus dem Nachbarland."
    assert [(row[0], row[1], row[2]) for row in event_rows(text)] == [("begründete", "ACCUSE", ["Jana Kowal"])]


def test_arrest_at_a_rally_keeps_the_rally() -> None:
    rows = rows_by_trigger("Am Rande der Kundgebung in Lyon nahm die Polizei am Samstag zwei Männer fest.")
    assert rows["Kundgebung"][1] == "PROTEST"


def test_justifying_by_a_quoted_attack_is_an_accusation() -> None:
    text = "Verteidigungsminister Piet Aalders rechtfertigte die Sperrung mit einem „gezielten Angriff“ auf das Netz."
    assert [(row[0], row[1]) for row in event_rows(text)] == [("rechtfertigte", "ACCUSE")]
