"""Trigger readings that made spurious or wrong-type events (twelfth session, second trigger round): a verb of
toppling used intransitively, an event noun a speaker only names ("sprach von …"), a blocked agreement, listing a
group as terrorist, and "treffen" of a weapon. Invented sentences."""

from __future__ import annotations

from tests.event_docs import event_rows

LEAD = "Meldung\nMADRID (dpa) – "


def _types(text: str) -> list[tuple[str, str]]:
    return [(row[0], row[1]) for row in event_rows(LEAD + text, published="2026-11-10")]


def test_a_government_that_falls_is_toppled_by_no_one() -> None:
    assert _types("In Quito stürzt das Kabinett nach nur fünf Monaten.") == []
    assert _types("Die Regierung in Bukarest ist am Donnerstag gestürzt.") == []


def test_toppling_someone_stays_coerce() -> None:
    assert ("stürzten", "COERCE") in _types("Meuternde Offiziere stürzten im August den Staatschef.")
    assert ("gestürzt", "COERCE") in _types("Der Machthaber wurde von der Armee gestürzt.")


def test_rising_prices_and_tolls_are_no_events() -> None:
    assert _types("Die Mieten in Lissabon steigen seit Jahren.") == []
    assert _types("Die Zahl der Verletzten stieg bis zum Abend auf 37.") == []


def test_an_event_noun_a_speaker_names_is_no_act() -> None:
    assert _types("Die Ministerin sprach von einer Blockade durch die Gewerkschaften.") == []
    assert _types("Der Parteichef redete von einem Angriff auf die Unabhängigkeit der Gerichte.") == []


def test_speaking_of_extortion_stays_an_accusation() -> None:
    assert _types("Der Verband spricht von Erpressung.") == [("spricht", "ACCUSE")]


def test_speaking_of_a_massacre_or_excessive_force_is_an_accusation() -> None:
    # a named act is no act of its own, but naming it with a word of denunciation accuses (the guide's ACCUSE rule)
    assert _types("Die Opposition sprach von einem Massaker an Gefangenen.") == [("sprach", "ACCUSE")]
    assert _types("Human Rights Watch sprach von „exzessiver Gewalt“ der Polizei.") == [("sprach", "ACCUSE")]
    assert _types("Der Verband sprach von einem schweren Verbrechen.") == [("sprach", "ACCUSE")]


def test_an_event_noun_not_after_speaking_of_stays_an_event() -> None:
    types = _types("Nach dem Angriff auf die Kaserne nahmen Soldaten zwei Männer fest.")
    assert ("Angriff", "ASSAULT") in types


def test_a_blocked_agreement_is_a_rejection() -> None:
    assert _types("Tschechien blockiert eine Einigung über das Budget.") == [("blockiert", "REJECT")]
    assert _types("Irland verhinderte eine Einigung der Finanzminister.") == [("verhinderte", "REJECT")]
    assert _types("Griechenland blockiert seit Wochen das neue Hilfspaket.") == [("blockiert", "REJECT")]


def test_a_reached_agreement_and_a_blocked_road_keep_their_types() -> None:
    assert ("Einigung", "AGREE") in _types("Portugal und Marokko erzielten eine Einigung über die Fangquoten.")
    assert ("blockierten", "PROTEST") in _types("Landwirte blockierten mit Traktoren die Bundesstraße.")


def test_listing_a_group_as_terrorist_is_a_sanction() -> None:
    assert ("stuft", "SANCTION") in _types("Das Außenministerium stuft die Bewegung als Terrororganisation ein.")
    assert ("eingestuft", "SANCTION") in _types("Australien hat die Miliz als terroristische Vereinigung eingestuft.")
    assert ("erklärte", "SANCTION") in _types("Der Senat erklärte das Netzwerk zur Terrororganisation.")


def test_rating_a_risk_is_no_event() -> None:
    assert _types("Das Gesundheitsamt stuft die Gefahr als gering ein.") == []


def test_a_weapon_that_hits_meets_no_one_in_more_shapes() -> None:
    # (no meeting; since the twenty-ninth session the hit is the attack, ASSAULT)
    assert _types("Die Schule wurde am Morgen von einer Granate getroffen.") == [("getroffen", "ASSAULT")]
    assert _types("Mehrere Raketen trafen ein Wohnhaus in Odessa.") == [("trafen", "ASSAULT")]
    assert _types("Der Frachter wurde von zwei Drohnen getroffen.") == [("getroffen", "ASSAULT")]
    assert ("traf", "CONSULT") in _types("Die Kanzlerin traf am Freitag den polnischen Regierungschef.")


def test_a_definite_act_a_speaker_reports_stays_an_event() -> None:
    types = _types("Das Innenministerium sprach von der Festnahme mehrerer Schleuser.")
    assert ("Festnahme", "COERCE") in types


def test_an_agreement_as_a_condition_is_no_act() -> None:
    types = _types("Ohne eine Einigung werde die Fraktion dem Etat nicht zustimmen, sagte Bauer.")
    assert all(t != "AGREE" for _, t in types)


def test_an_agreement_after_a_blockade_stays_an_agreement() -> None:
    types = _types("Nach monatelanger Blockade erzielten die Anrainerstaaten eine Einigung.")
    assert ("Einigung", "AGREE") in types


def test_a_headline_government_that_falls_is_toppled_by_no_one() -> None:
    text = "Regierung in Quito stürzt\nQUITO (dpa) – In Ecuador ist die Regierung nach einer Abstimmung gestürzt."
    assert event_rows(text, published="2026-11-10") == []


def test_a_headline_that_topples_someone_stays_coerce() -> None:
    text = "Offiziere stürzen Präsidenten\nBAMAKO (dpa) – In Mali herrscht seit dem Morgen Unruhe."
    assert ("stürzen", "COERCE") in [(row[0], row[1]) for row in event_rows(text, published="2026-11-10")]
