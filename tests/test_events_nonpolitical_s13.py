"""Acts among private persons are no political events (thirteenth session): an event with no entity as actor whose
subject is an unnamed private person, an audience, customers, a team or a family ("Die Zuschauer lobten …"), or
whose non-institution subject acts on one ("Das Reisebüro bat seine Kunden um Geduld"), is dropped; acts of police,
courts, armed forces, governments, named persons, protests and crimes stay (invented sentences)."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from tests.event_docs import event_rows

LEAD = "Meldung\nBERLIN (dpa) – "


class Row(NamedTuple):
    id: str
    trigger: str
    kept: bool
    text: str


# fmt: off
DROPPED = [
    Row("besucher_loben", "lobten", False, "Die Besucher lobten die freundliche Bedienung im Museum."),
    Row("gastgeber_danken", "dankte", False, "Der Gastgeber dankte den Nachbarn für ihre Hilfe beim Umzug."),
    Row("zuhoerer_fordern", "forderten", False, "Die Zuhörer forderten eine zweite Lesung des Gedichts."),
    Row("vater_verbieten", "verbot", False, "Der Vater verbot seiner Tochter den Besuch der Party."),
    Row("trainer_vorwerfen", "warf", False, "Der Trainer warf dem Stürmer mangelnden Einsatz vor."),
    Row("schuelerin_bedanken", "bedankte", False, "Die Schülerin bedankte sich bei ihrer Lehrerin für die Geduld."),
    Row("eltern_loben", "lobten", False, "Die Eltern lobten das neue Spielzeug im Kindergarten."),
    Row("trainer_drohen", "drohte", False, "Der Trainer drohte dem Torwart mit einer Geldstrafe."),
    Row("sohn_bitten", "bat", False, "Der Sohn bat seine Mutter um mehr Taschengeld."),
    Row("vater_durchsuchen", "durchsuchte", False, "Der Vater durchsuchte die Taschen seines Sohnes."),
    Row("hotelier_gaeste", "entschuldigte", False, "Der Hotelier entschuldigte sich bei seinen Gästen für den Lärm."),
    Row("patientin_loben", "lobte", False, "Die Patientin lobte die Pfleger der Station."),
    Row("reisebuero_kunden", "bat", False, "Das Reisebüro bat seine Kunden um Geduld."),
    Row("nachbarn_kritisieren", "kritisierten", False, "Die Nachbarn kritisierten den Lärm der Baustelle."),
    Row("spieler_fans", "entschuldigte", False, "Der Spieler entschuldigte sich bei den Fans für die Niederlage."),
    Row("publikum_fordern", "forderte", False, "Das Publikum im Saal forderte laut eine weitere Runde."),
    Row("mutter_verbieten", "verbot", False, "Die Mutter verbot den Kindern das Spielen auf der Straße."),
    Row("zuschauer_loben", "lobten", False, "Viele Zuschauer lobten die Kulisse des Festivals."),
    Row("trainerin_kritisieren", "kritisierte", False, "Die Trainerin kritisierte die schwache Chancenverwertung."),
    Row("kunden_loben", "lobten", False, "Die Kunden lobten den schnellen Service des Ladens."),
    Row("gaeste_danken", "dankten", False, "Die Gäste dankten dem Wirt für den schönen Abend."),
    Row("schueler_fordern", "forderten", False, "Die Schüler forderten vom Hausmeister einen neuen Ball."),
]

KEPT = [
    Row("polizei_bitten", "bat", True, "Die Polizei bat die Zuschauer um Ruhe."),
    Row("polizei_durchsuchen", "durchsuchte", True, "Die Polizei durchsuchte die Wohnung des Verdächtigen."),
    Row("gericht_verbieten", "verbot", True, "Das Gericht verbot dem Angeklagten jeden Kontakt zu den Zeugen."),
    Row("regierung_danken", "dankte", True, "Die Regierung dankte den Helfern für ihren Einsatz."),
    Row("bundestrainer_name", "kritisierte", True,
        "Bundestrainer Julian Nagelsmann kritisierte die Abwehr seiner Mannschaft."),
    Row("fans_protest", "protestierten", True, "Die Fans protestierten vor dem Stadion gegen den Vereinsvorstand."),
    Row("vater_festgenommen", "festgenommen", True, "Der Vater wurde am Morgen von der Polizei festgenommen."),
    Row("eltern_buergermeister", "forderten", True, "Die Eltern forderten vom Bürgermeister mehr Plätze in den Kitas."),
    Row("staatsanwaltschaft_trainer", "warf", True, "Die Staatsanwaltschaft warf dem Trainer Betrug vor."),
    Row("buergermeister_schueler", "lobte", True, "Der Bürgermeister lobte die Schüler für ihr Engagement."),
    Row("kanzlerin_zuschauer", "dankte", True, "Die Kanzlerin dankte den Zuschauern in Hamburg."),
    Row("staat_fans", "kritisierte", True, "Frankreich kritisierte die Fans aus England."),
    Row("minister_kunden", "forderte", True, "Der Minister forderte die Kunden der Banken zur Vorsicht auf."),
    Row("soldaten_durchsuchen", "durchsuchten", True, "Die Soldaten durchsuchten das Dorf nach Waffen."),
    Row("gewerkschaft_kritisieren", "kritisierte", True, "Die Gewerkschaft kritisierte die Bahn scharf."),
    Row("zuschauer_protest", "protestierten", True, "Die Zuschauer protestierten mit Pfiffen gegen die Regierung."),
    Row("ministerin_eltern", "lobte", True, "Die Ministerin lobte die Eltern für ihre Geduld in der Pandemie."),
    Row("staat_staat", "warf", True, "Russland warf der Ukraine den Angriff vor."),
    Row("demonstranten_fordern", "forderten", True, "Die Demonstranten forderten den Rücktritt des Ministers."),
    Row("eltern_opfer", "forderten", True, "Die Eltern des getöteten Jungen forderten eine lückenlose Aufklärung."),
    Row("angehoerige_opfer", "kritisierten", True, "Die Angehörigen der Opfer kritisierten die Ermittler scharf."),
    Row("mutter_rettungskraefte", "bedankte", True,
        "Die Mutter bedankte sich bei den Rettungskräften für die schnelle Hilfe."),
    Row("fans_verein_name", "kritisierten", True, "Die Fans von Hertha BSC kritisierten den Verkauf des Stadions."),
    # a leader ("Anführer", "Milizenführer") is a public actor, even towards "die Nachbarn" (a private role as lemma)
    Row("anfuehrer_nachbarn", "drohte", True, "Der Milizenführer drohte den Nachbarn mit einem Angriff."),
]
# fmt: on

ROWS = DROPPED + KEPT


@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_private_act(row: Row) -> None:
    rows = event_rows(LEAD + row.text, published="2026-11-10")
    found = [r for r in rows if r[0] == row.trigger]
    if row.kept:
        assert found, f"{row.id}: no event on {row.trigger!r}: {rows}"
    else:
        assert not found, f"{row.id}: a private act coded: {found}"


def test_compound_naming_a_political_actor_is_not_private() -> None:
    # "Landesvater" ends in "Vater" but names a head of government: his praise of the helpers stays an event
    rows = event_rows(
        LEAD + "Der Landesvater lobte die Helfer für ihren Einsatz nach dem Sturm.", published="2026-11-10"
    )
    assert any(r[0] == "lobte" for r in rows), rows
