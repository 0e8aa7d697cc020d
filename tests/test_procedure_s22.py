"""Court, police and military procedure (twenty-second session), tested with invented sentences: broad rows read
through shared lists (revoked_entitlements, ruling_nouns, sentence_nouns, withdrawn_personnel, security_forces,
seizable_objects, deployed_forces, troop_forces, wanted_persons). Withdrawing a title, document or right
("erkannte ihm den Doktortitel ab", "ihm wurde der Pass entzogen") is COERCE/ban with the dative person as target (an
agentless passive has no source); a higher court quashing a ruling ("hob das Urteil auf") is REJECT; a court
announcing its judgment, a penalty order, a sentence suspended on probation, force-feeding, surrounding a house,
securing evidence and a manhunt are COERCE; a charge laid ("zur Last legen") is ACCUSE/allege; personnel withdrawn
("zogen ihre Mitarbeiter ab") is RETREAT/withdraw; forces mustered or brought up ("bot 50.000 Soldaten auf", "ließ
Wasserwerfer auffahren") are MOBILIZE. Products withdrawn, coaches dismissed, hands raised, ensuring ("stellte
sicher, dass") and searching for a solution are no events."""

from __future__ import annotations

import pytest

from tests.event_docs import (
    NonEventRow,
    TableRow,
    check_no_event,
    check_table_row,
    table_params,
)

EVENT_ROWS = [
    # titles, documents and rights withdrawn (COERCE/ban)
    TableRow(
        "title-revoked",
        "erkannte",
        "COERCE",
        "asserted",
        ["Universität Heidelberg"],
        ["Karl Berger"],
        "Die Universität Heidelberg erkannte dem Politiker Karl Berger den Doktortitel ab.",
    ),
    TableRow(
        "passport-withdrawn-passive",
        "entzogen",
        "COERCE",
        "asserted",
        [],
        ["Jan Weber"],
        "Dem Journalisten Jan Weber wurde der Pass entzogen.",
    ),
    TableRow(
        "citizenship-withdrawn",
        "entzogen",
        "COERCE",
        "asserted",
        None,
        ["Jan Weber"],
        "Die Behörden entzogen dem Oppositionellen Jan Weber die Staatsbürgerschaft.",
    ),
    TableRow(
        "mandate-revoked",
        "aberkannt",
        "COERCE",
        "asserted",
        None,
        None,
        "Dem Abgeordneten wurde das Mandat aberkannt.",
    ),
    TableRow(
        "driving-licence-seized",
        "zog",
        "COERCE",
        "asserted",
        ["Polizei"],
        None,
        "Die Polizei zog den Führerschein des Fahrers ein.",
    ),
    # rulings
    TableRow(
        "ruling-quashed",
        "hob",
        "REJECT",
        "asserted",
        ["Bundesgerichtshof"],
        None,
        "Der Bundesgerichtshof hob das Urteil gegen Karl Berger auf.",
    ),
    TableRow(
        "verdict-quashed",
        "kassierte",
        "REJECT",
        "asserted",
        None,
        ["Karl Berger"],
        "Das Oberlandesgericht kassierte den Schuldspruch gegen Karl Berger.",
    ),
    TableRow(
        "verdict-announced",
        "verkündete",
        "COERCE",
        "asserted",
        ["Landgericht Berlin"],
        ["Karl Berger"],
        "Das Landgericht Berlin verkündete das Urteil gegen Karl Berger.",
    ),
    TableRow(
        "penalty-order",
        "erließ",
        "COERCE",
        "asserted",
        ["Amtsgericht München"],
        ["Karl Berger"],
        "Das Amtsgericht München erließ einen Strafbefehl gegen Karl Berger.",
    ),
    TableRow(
        "suspended-sentence",
        "ausgesetzt",
        "COERCE",
        "asserted",
        [],
        ["Karl Berger"],
        "Die Strafe gegen Karl Berger wurde zur Bewährung ausgesetzt.",
    ),
    TableRow(
        "warrant-executed",
        "vollstreckt",
        "COERCE",
        "asserted",
        None,
        None,
        "Der Haftbefehl wurde am Montag in Hamburg vollstreckt.",
    ),
    TableRow(
        "rehabilitated",
        "rehabilitiert",
        "RETREAT",
        "asserted",
        [],
        ["Karl Berger"],
        "Der Dissident Karl Berger wurde rehabilitiert.",
    ),
    # charges and summonses
    TableRow(
        "charge-laid-passive",
        "gelegt",
        "ACCUSE",
        "asserted",
        [],
        ["Karl Berger"],
        "Karl Berger wird Betrug zur Last gelegt.",
    ),
    TableRow(
        "charge-laid-active",
        "legt",
        "ACCUSE",
        "asserted",
        ["Staatsanwaltschaft"],
        ["Karl Berger"],
        "Die Staatsanwaltschaft legt Karl Berger Betrug zur Last.",
    ),
    TableRow(
        "summoned",
        "lud",
        "ACCUSE",
        "asserted",
        ["Staatsanwaltschaft"],
        ["Karl Berger"],
        "Die Staatsanwaltschaft lud Karl Berger als Beschuldigten vor.",
    ),
    # police
    TableRow(
        "wanted-by-warrant",
        "gesucht",
        "COERCE",
        "asserted",
        [],
        ["Karl Berger"],
        "Karl Berger wird per Haftbefehl gesucht.",
    ),
    TableRow(
        "manhunt",
        "fahndet",
        "COERCE",
        "asserted",
        ["Polizei"],
        None,
        "Die Polizei fahndet nach Karl Berger.",
    ),
    TableRow(
        "police-search-suspect",
        "sucht",
        "COERCE",
        "asserted",
        ["Polizei"],
        None,
        "Die Polizei sucht nach dem flüchtigen Täter.",
    ),
    TableRow(
        "phone-secured",
        "stellte",
        "COERCE",
        "asserted",
        ["Polizei"],
        None,
        "Die Polizei stellte das Handy des Mannes sicher.",
    ),
    TableRow(
        "documents-secured-passive",
        "sichergestellt",
        "COERCE",
        "asserted",
        [],
        None,
        "Bei der Durchsuchung wurden Laptops und Unterlagen sichergestellt.",
    ),
    TableRow(
        "house-surrounded",
        "umstellten",
        "COERCE",
        "asserted",
        None,
        ["Karl Berger"],
        "Polizeikräfte umstellten das Haus von Karl Berger.",
    ),
    TableRow(
        "force-fed",
        "zwangsernährt",
        "COERCE",
        "asserted",
        None,
        None,
        "Die Häftlinge in dem Lager werden zwangsernährt.",
    ),
    TableRow(
        "amnesty",
        "amnestierte",
        "RETREAT",
        "asserted",
        None,
        ["Karl Berger"],
        "Der Präsident amnestierte Karl Berger.",
    ),
    # personnel and forces
    TableRow(
        "staff-withdrawn",
        "zogen",
        "RETREAT",
        "asserted",
        ["Vereinte Nationen"],
        None,
        "Die Vereinten Nationen zogen ihre Mitarbeiter aus Mali ab.",
    ),
    TableRow(
        "observers-withdrawn",
        "zog",
        "RETREAT",
        "asserted",
        ["OSZE"],
        None,
        "Die OSZE zog ihre Beobachter aus der Region zurück.",
    ),
    TableRow(
        "water-cannon-brought-up",
        "auffahren",
        "MOBILIZE",
        "asserted",
        ["Polizei"],
        None,
        "Die Polizei ließ Wasserwerfer auffahren.",
    ),
    TableRow(
        "soldiers-mustered",
        "bot",
        "MOBILIZE",
        "asserted",
        ["Regierung"],
        None,
        "Die Regierung bot 50.000 Soldaten auf.",
    ),
    TableRow(
        "troops-brought-up-passive",
        "herangeführt",
        "MOBILIZE",
        "asserted",
        None,
        None,
        "An der Grenze wurden weitere Truppen herangeführt.",
    ),
    TableRow(
        "judgment-passed",
        "fällte",
        "COERCE",
        "asserted",
        ["Ute Kramer"],
        None,
        "Die Amtsrichterin Ute Kramer fällte am Dienstag das Urteil.",
    ),
    TableRow(
        "army-on-standby",
        "versetzte",
        "MOBILIZE",
        "asserted",
        None,
        None,
        "Die Regierung versetzte die Armee in erhöhte Bereitschaft.",
    ),
    TableRow(
        "reservists-drafted",
        "zog",
        "MOBILIZE",
        "asserted",
        None,
        None,
        "Die Armee zog 20.000 Reservisten ein.",
    ),
]

EVENT_GAPS: dict[str, str] = {}

NON_EVENT_ROWS = [
    NonEventRow("product-withdrawn", "zog", "Die Firma Bayer zog das Produkt zurück."),
    NonEventRow("coach-dismissed", "entließ", "Der FC Bayern entließ den Trainer."),
    NonEventRow("hand-raised", "hob", "Karl Berger hob die Hand."),
    NonEventRow("ensure", "stellte", "Die Regierung stellte sicher, dass die Versorgung funktioniert."),
    NonEventRow("police-ensure", "stellte", "Die Polizei stellte sicher, dass niemand das Gebäude betrat."),
    NonEventRow("solution-sought", "suchte", "Die Regierung suchte nach einer Lösung."),
    NonEventRow("witnesses-sought", "sucht", "Die Polizei sucht Zeugen des Unfalls."),
    NonEventRow("switch-over", "stellte", "Die Firma Siemens stellte die Produktion auf Elektroautos um."),
    NonEventRow("retired", "zog", "Karl Berger zog sich aus der Politik zurück."),
    NonEventRow("wage-deduction", "zog", "Die Firma zog zehn Prozent vom Lohn ab."),
    NonEventRow("rear-end", "fuhr", "Der Fahrer fuhr auf einen Lastwagen auf."),
    NonEventRow("witness-summons", "vorgeladen", "Der Minister wurde als Zeuge vorgeladen."),
    NonEventRow("tree-felled", "fällten", "Die Arbeiter fällten einen Baum."),
    NonEventRow("judgement-by-lawyer", "fällte", "Der Verteidiger fällte ein vernichtendes Urteil über den Bericht."),
    NonEventRow("office-summons", "vorgeladen", "Die Mutter wurde vom Sozialamt vorgeladen, um ihre Lage zu besprechen."),
    NonEventRow("civil-standby", "versetzt", "Die Regierung hat den Katastrophenschutz in Bereitschaft versetzt."),
    NonEventRow("self-rehab", "rehabilitiert", "Mit dem Sieg hat sich die Mannschaft rehabilitiert."),
]


@pytest.mark.parametrize("row", table_params(EVENT_ROWS, EVENT_GAPS))
def test_procedure_event(row: TableRow) -> None:
    check_table_row(row)


@pytest.mark.parametrize("row", table_params(NON_EVENT_ROWS, ()))
def test_procedure_non_event(row: NonEventRow) -> None:
    check_no_event(row)
