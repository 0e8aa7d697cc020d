"""Missed events and wrong types by construction (fourteenth session, round 2): appeals with "in Berufung gehen",
a government stopping or forbidding a takeover or sale, evaluative "nannte/bezeichnete" (a claim called false is
REJECT, an act called wrong ACCUSE), throwing things at someone, gatherings and marches that voice a demand, crowd
dispersal, announced investigations, warnings that a government will not tolerate something, visa and entry bans,
offers of aid or money (AID, not SUPPORT), aid teams sent (AID, not MOBILIZE), a review of cooperation announced
(THREATEN) and declaring oneself no longer bound by an agreement (REJECT). Invented sentences only, one class per
table, several verbs or nouns per class."""

from __future__ import annotations

import pytest

from tests.event_docs import NonEventRow, TableRow, check_no_event, check_table_row, event_rows

P = "planned"
A = "asserted"

ROWS: list[TableRow] = [
    # --- appeal: "in Berufung/Revision gehen" is the appeal itself (REJECT, like "Berufung einlegen")
    TableRow(
        "ap1",
        "gehen",
        "REJECT",
        P,
        None,
        None,
        "Der Anwalt des Bauunternehmers kündigte an, gegen das Urteil in Berufung zu gehen.",
    ),
    TableRow(
        "ap2",
        "gehen",
        "REJECT",
        P,
        None,
        None,
        "Die Staatsanwaltschaft will in Revision gehen, weil sie die Strafe für zu niedrig hält.",
    ),
    TableRow(
        "ap3",
        "ging",
        "REJECT",
        A,
        None,
        None,
        "Die Reederei Halvorsen ging gegen den Bescheid der Behörde in Berufung.",
    ),
    TableRow(
        "ap4", "gegangen", "REJECT", A, None, None, "Der verurteilte Bürgermeister ist inzwischen in Berufung gegangen."
    ),
    TableRow(
        "ap5", "gehen", "REJECT", None, None, None, "Die Kläger erklärten, sie würden in die nächste Instanz gehen."
    ),
    # --- a government stops or forbids a takeover, sale or merger (COERCE/ban)
    TableRow(
        "st1",
        "gestoppt",
        "COERCE",
        A,
        None,
        None,
        "Die spanische Regierung hat den geplanten Verkauf des Stromnetzbetreibers an einen Investor gestoppt.",
    ),
    TableRow(
        "st2",
        "stoppte",
        "COERCE",
        A,
        None,
        None,
        "Das Wirtschaftsministerium stoppte am Montag die Übernahme der Werft durch eine chinesische Firma.",
    ),
    TableRow(
        "st3",
        "untersagte",
        "COERCE",
        A,
        None,
        None,
        "Das Kartellamt untersagte die Fusion der beiden größten Molkereien des Landes.",
    ),
    TableRow(
        "st4",
        "untersagte",
        "COERCE",
        A,
        None,
        None,
        "Die Regierung untersagte dem Fonds, seine Beteiligung an dem Hafenbetreiber weiter aufzustocken.",
    ),
    TableRow(
        "st5", "untersagt", "COERCE", A, None, None, "Die Behörde hat der Brauerei den Export nach Übersee untersagt."
    ),
    TableRow(
        "st6",
        "stoppen",
        "COERCE",
        P,
        None,
        None,
        "Das Kabinett will den Einstieg des Staatsfonds bei der Reederei stoppen.",
    ),
    # --- an act called wrong or illegitimate in a (partial) quote: ACCUSE
    TableRow("ac1", "nannte", "ACCUSE", A, None, None, "Der Verbandschef nannte das Urteil „politisch motiviert“."),
    TableRow(
        "ac2",
        "bezeichnete",
        "ACCUSE",
        A,
        None,
        None,
        "Die Reederei bezeichnete die Beschlagnahme als „rechtlich unhaltbar“.",
    ),
    TableRow("ac3", "nannte", "ACCUSE", A, None, None, "Die Opposition nannte den Erlass „willkürlich und unhaltbar“."),
    TableRow(
        "ac4",
        "bezeichnete",
        "ACCUSE",
        A,
        None,
        None,
        "Der Gewerkschaftsvorsitzende bezeichnete die Kündigungen als „politisch motiviert und unzulässig“.",
    ),
    TableRow(
        "ac5",
        "nannte",
        "ACCUSE",
        A,
        None,
        None,
        "Der Bürgermeister nannte die Schließung der Klinik „verantwortungslos“.",
    ),
    # --- a claim called false: REJECT (not ACCUSE, and not nothing)
    TableRow(
        "rj1",
        "bezeichnete",
        "REJECT",
        A,
        None,
        None,
        "Der Innenminister bezeichnete die Vorwürfe der Opposition als „haltlos“.",
    ),
    TableRow(
        "rj2", "nannte", "REJECT", A, None, None, "Ein Sprecher des Konzerns nannte die Anschuldigungen unbegründet."
    ),
    TableRow(
        "rj3",
        "bezeichnete",
        "REJECT",
        A,
        None,
        None,
        "Das Verteidigungsministerium bezeichnete die Berichte über Verluste als frei erfunden.",
    ),
    TableRow(
        "rj4",
        "nannte",
        "REJECT",
        A,
        None,
        None,
        "Die Botschaft nannte die Behauptungen „völlig aus der Luft gegriffen“.",
    ),
    TableRow(
        "rj5",
        "bezeichnete",
        "REJECT",
        A,
        None,
        None,
        "Die Stadtverwaltung bezeichnete die Darstellung der Bürgerinitiative als falsch.",
    ),
    TableRow("rj6", "nannte", "REJECT", A, None, None, "Der Präsident nannte den Bericht der Kommission eine „Lüge“."),
    # --- throwing things at someone: ASSAULT
    TableRow(
        "th1",
        "schleuderten",
        "ASSAULT",
        A,
        None,
        None,
        "Vermummte schleuderten am Abend Pflastersteine auf die Beamten.",
    ),
    TableRow(
        "th2",
        "schleuderten",
        "ASSAULT",
        A,
        None,
        None,
        "Sie schleuderten Flaschen und Brandsätze gegen das Polizeirevier.",
    ),
    TableRow("th3", "bewarfen", "ASSAULT", A, None, None, "Jugendliche bewarfen die Einsatzkräfte mit Steinen."),
    TableRow(
        "th4", "geschleudert", "ASSAULT", A, None, None, "Auf die Wasserwerfer wurden Feuerwerkskörper geschleudert."
    ),
    TableRow("th5", "warfen", "ASSAULT", A, None, None, "Die Randalierer warfen Steine auf die Polizisten."),
    # --- a gathering that voices a demand or protest in its relative or purpose clause: PROTEST
    TableRow(
        "ga1",
        "versammelten",
        "PROTEST",
        A,
        None,
        None,
        "Vor dem Rathaus versammelten sich etwa 300 Bauern, die höhere Erzeugerpreise forderten.",
    ),
    TableRow(
        "ga2",
        "versammelten",
        "PROTEST",
        A,
        None,
        None,
        "Am Hafen versammelten sich Hunderte Fischer, um eine Rücknahme der neuen Fangquoten zu fordern.",
    ),
    TableRow(
        "ga3",
        "versammelten",
        "PROTEST",
        A,
        None,
        None,
        "Vor der Fabrik versammelten sich Beschäftigte, die den Erhalt ihrer Arbeitsplätze verlangten.",
    ),
    TableRow(
        "ga4",
        "versammelten|demonstrieren",
        "PROTEST",
        A,
        None,
        None,
        "In der Altstadt versammelten sich rund 500 Eltern, um gegen die Schulschließungen zu demonstrieren.",
    ),
    TableRow(
        "ga5",
        "versammelten",
        "PROTEST",
        A,
        None,
        None,
        "Vor der Kaserne versammelten sich Angehörige der Soldaten mit Transparenten.",
    ),
    # --- a march through a town that voices a demand: PROTEST
    TableRow(
        "ma1",
        "zogen",
        "PROTEST",
        A,
        None,
        None,
        "Tausende Anhänger der Opposition zogen am Samstag durch die Hauptstadt und forderten Neuwahlen.",
    ),
    TableRow(
        "ma2",
        "zogen",
        "PROTEST",
        A,
        None,
        None,
        "Mehrere hundert Studenten zogen durch die Innenstadt und skandierten Parolen gegen die Regierung.",
    ),
    TableRow(
        "ma3", "zogen", "PROTEST", A, None, None, "Rund 2000 Landwirte zogen mit Plakaten durch das Regierungsviertel."
    ),
    TableRow(
        "ma4",
        "marschierten",
        "PROTEST",
        A,
        None,
        None,
        "Hunderte Lehrer marschierten durch die Stadt und verlangten höhere Gehälter.",
    ),
    # --- crowd dispersal: COERCE
    TableRow("di1", "trieb", "COERCE", A, None, None, "Die Polizei trieb die Menge mit Wasserwerfern auseinander."),
    TableRow(
        "di2",
        "trieben",
        "COERCE",
        A,
        None,
        None,
        "Sicherheitskräfte trieben die Demonstranten mit Schlagstöcken auseinander.",
    ),
    TableRow(
        "di3",
        "auseinandergetrieben",
        "COERCE",
        A,
        None,
        None,
        "Die Kundgebung wurde mit Tränengas auseinandergetrieben.",
    ),
    TableRow(
        "di4",
        "trieb",
        "COERCE",
        A,
        None,
        None,
        "Hunderte Menschen blockierten die Brücke, die Polizei trieb sie mit Gummigeschossen auseinander.",
    ),
    TableRow(
        "di5",
        "zerstreute",
        "COERCE",
        A,
        None,
        None,
        "Die Bereitschaftspolizei zerstreute die Menschenmenge vor dem Stadion.",
    ),
    # --- an investigation announced or ordered: ACCUSE/investigate
    TableRow(
        "iv1",
        "kündigte",
        "ACCUSE",
        None,
        None,
        None,
        "Der Innenminister kündigte eine Untersuchung des Polizeieinsatzes an.",
    ),
    TableRow(
        "iv2",
        "kündigte",
        "ACCUSE",
        None,
        None,
        None,
        "Die Gouverneurin kündigte am Dienstag eine unabhängige Untersuchung der Brandursache an.",
    ),
    TableRow(
        "iv3",
        "ordnete",
        "ACCUSE",
        None,
        None,
        None,
        "Der Präsident ordnete eine Untersuchung der Todesfälle in dem Gefängnis an.",
    ),
    TableRow(
        "iv4",
        "kündigte|Ermittlungen",
        "ACCUSE",
        None,
        None,
        None,
        "Die Staatsanwaltschaft kündigte Ermittlungen gegen die beteiligten Beamten an.",
    ),
    TableRow(
        "iv5",
        "angekündigt",
        "ACCUSE",
        None,
        None,
        None,
        "Das Verkehrsministerium hat eine Überprüfung der Sicherheitsvorschriften angekündigt.",
    ),
    # --- a warning that one will not tolerate something: THREATEN
    TableRow(
        "wa1",
        "warnte",
        "THREATEN",
        A,
        None,
        None,
        "Der Regierungschef warnte, der Staat werde „keine Gewalt auf den Straßen dulden“.",
    ),
    TableRow(
        "wa2",
        "warnte",
        "THREATEN",
        A,
        None,
        None,
        "Die Innenministerin warnte, man werde Plünderungen nicht hinnehmen.",
    ),
    TableRow(
        "wa3",
        "warnte",
        "THREATEN",
        A,
        None,
        None,
        "Der Polizeichef warnte, die Sicherheitskräfte würden Straßenblockaden nicht länger tolerieren.",
    ),
    TableRow(
        "wa4",
        "warnte",
        "THREATEN",
        A,
        None,
        None,
        "Der Präsident warnte, die Armee werde gegen Aufrührer „mit aller Härte durchgreifen“.",
    ),
    # --- visa and entry bans: SANCTION
    TableRow(
        "sa1",
        "Visabeschränkungen",
        "SANCTION",
        A,
        None,
        None,
        "Kanada hatte bereits im Frühjahr Visabeschränkungen gegen mehrere Richter verhängt.",
    ),
    TableRow(
        "sa2",
        "Einreisesperren",
        "SANCTION",
        A,
        None,
        None,
        "Die EU verhängte Einreisesperren gegen zwölf Offiziere der Armee.",
    ),
    TableRow(
        "sa3",
        "Visasperren",
        "SANCTION",
        A,
        None,
        None,
        "Großbritannien hat Visasperren gegen Angehörige der Militärregierung erlassen.",
    ),
    TableRow(
        "sa4",
        "Einreisebeschränkungen",
        "SANCTION",
        A,
        None,
        None,
        "Australien verhängte Einreisebeschränkungen gegen führende Mitglieder der Junta.",
    ),
    # --- offers and pledges of support, aid or money: AID (not SUPPORT)
    TableRow(
        "ai1",
        "angeboten|Unterstützung",
        "AID",
        None,
        None,
        None,
        "Auch Japan hatte dem Inselstaat Unterstützung angeboten.",
    ),
    TableRow(
        "ai2",
        "bot|Unterstützung",
        "AID",
        None,
        None,
        None,
        "Norwegen bot der Regierung in Lima Unterstützung bei der Suche nach Verschütteten an.",
    ),
    TableRow(
        "ai3",
        "unterstützen",
        "AID",
        None,
        None,
        None,
        "Die Weltbank kündigte an, den Wiederaufbau der Schulen finanziell zu unterstützen.",
    ),
    TableRow(
        "ai4",
        "unterstützt",
        "AID",
        None,
        None,
        None,
        "Die Stiftung unterstützt die Flüchtlingshilfe in der Region finanziell.",
    ),
    TableRow(
        "ai5",
        "sagte|Unterstützung",
        "AID",
        None,
        None,
        None,
        "Die Schweiz sagte der Region Unterstützung beim Wiederaufbau zu.",
    ),
    TableRow("ai6", "zugesagt|Hilfe", "AID", None, None, None, "Mehrere Nachbarländer haben Hilfe zugesagt."),
    # --- an aid, rescue or coordination team sent: AID (not MOBILIZE)
    TableRow(
        "tm1",
        "entsenden",
        "AID",
        None,
        None,
        None,
        "Die Vereinten Nationen boten an, ein Koordinierungsteam in das Katastrophengebiet zu entsenden.",
    ),
    TableRow(
        "tm2",
        "schickte",
        "AID",
        None,
        None,
        None,
        "Die EU schickte ein Katastrophenschutzteam in die überflutete Provinz.",
    ),
    TableRow("tm3", "entsandte", "AID", None, None, None, "Das Rote Kreuz entsandte ein Nothilfeteam nach Haiti."),
    TableRow(
        "tm4",
        "entsandte",
        "AID",
        None,
        None,
        None,
        "Frankreich entsandte ein Hilfsteam mit Ärzten und Ingenieuren in das Erdbebengebiet.",
    ),
    # --- a review of cooperation or aid announced: THREATEN (not ACCUSE/investigate)
    TableRow(
        "rv1",
        "kündigte|überprüfen",
        "THREATEN",
        None,
        None,
        None,
        "Die Regierung kündigte an, die Zusammenarbeit mit ausländischen Stiftungen zu überprüfen.",
    ),
    TableRow(
        "rv2",
        "überprüfen|will",
        "THREATEN",
        None,
        None,
        None,
        "Die EU will ihre Entwicklungshilfe für das Land überprüfen.",
    ),
    TableRow(
        "rv3",
        "stellen|kündigte",
        "THREATEN",
        None,
        None,
        None,
        "Berlin kündigte an, die Beziehungen zu dem Regime auf den Prüfstand zu stellen.",
    ),
    # --- declaring oneself no longer bound by an agreement: REJECT
    TableRow(
        "bd1",
        "gebunden",
        "REJECT",
        A,
        None,
        None,
        "Die Rebellen erklärten, man fühle sich an die Waffenruhe nicht mehr gebunden.",
    ),
    TableRow(
        "bd2",
        "gebunden",
        "REJECT",
        A,
        None,
        None,
        "Die Regierung sieht sich an den Vertrag mit dem Nachbarland nicht länger gebunden.",
    ),
    TableRow(
        "bd3",
        "gebunden",
        "REJECT",
        A,
        None,
        None,
        "Die Miliz erklärte, sie sei an das Abkommen von Doha nicht gebunden.",
    ),
]

NON_EVENTS: list[NonEventRow] = [
    NonEventRow("n1", "gehen", "Der Richter wird im Frühjahr in den Ruhestand gehen."),
    NonEventRow("n2", "schleuderte", "Der Sturm schleuderte Äste und Dachziegel auf die Straße."),
    NonEventRow("n3", "trieb", "Der Wind trieb die Wolken am Nachmittag auseinander."),
    NonEventRow("n4", "versammelten", "Im Dom versammelten sich Hunderte Gläubige, die für die Opfer beteten."),
    NonEventRow("n5", "zogen", "Die Zugvögel zogen im Oktober durch das Tal."),
    NonEventRow("n6", "nannte", "Der Minister nannte das Treffen „konstruktiv und offen“."),
    NonEventRow("n7", "warnte", "Der Wetterdienst warnte, die Hitze werde bis zum Wochenende anhalten."),
    NonEventRow("n8", "gebunden", "Die Zusage ist an strenge Bedingungen gebunden."),
    NonEventRow("n9", "stoppte", "Ein Schiedsrichter stoppte das Spiel nach zehn Minuten."),
    NonEventRow("n11", "untersagen", "Die Reederei zog vor das Landgericht, um den Streik untersagen zu lassen."),
    NonEventRow("n10", "Vertrag", "Die Regierung sieht sich an den Vertrag mit dem Nachbarland nicht länger gebunden."),
]


@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_missed_construction(row: TableRow) -> None:
    check_table_row(row)


@pytest.mark.parametrize("row", NON_EVENTS, ids=[r.id for r in NON_EVENTS])
def test_no_event(row: NonEventRow) -> None:
    check_no_event(row)


def test_support_for_a_candidate_stays_support() -> None:
    rows = event_rows("Die Grünen unterstützen den Kandidaten der Sozialdemokraten bei der Stichwahl.")
    assert [r[1] for r in rows if r[0] == "unterstützen"] == ["SUPPORT"]


def test_pledged_backing_stays_support() -> None:
    rows = event_rows("Der Parteichef sicherte dem Präsidenten seine volle Rückendeckung zu.")
    assert not [r for r in rows if r[1] == "AID"]


def test_offered_aid_is_one_event() -> None:
    rows = event_rows("Auch Japan hatte dem Inselstaat Unterstützung angeboten.")
    assert len([r for r in rows if r[0] in ("angeboten", "Unterstützung")]) == 1


def test_dispatch_of_soldiers_stays_mobilize() -> None:
    rows = event_rows("Die Regierung entsandte ein Team von Elitesoldaten in die Grenzregion.")
    assert [r[1] for r in rows if r[0] == "entsandte"] == ["MOBILIZE"]


def test_review_of_a_strategy_is_no_threat() -> None:
    rows = event_rows("Das Ministerium will seine Strategie für den Winter überprüfen.")
    assert not [r for r in rows if r[1] == "THREATEN"]


def test_dispersal_after_a_semicolon_is_dated_by_the_clause_before() -> None:
    import chronik

    doc = chronik.analyze(
        "Meldung\nLIMA (dpa) – In Lima wollten Studenten am Montag das Rathaus besetzen; die Polizei trieb sie mit "
        "Wasserwerfern auseinander.",
        published="2026-11-12",
    )
    ev = next(e for e in doc.events if doc.text[e.trigger[0] : e.trigger[1]] == "trieb")
    assert ev.date == "2026-11-09"


def test_a_review_of_cooperation_done_is_an_investigation() -> None:
    rows = event_rows("Die Stiftung hatte ihre Zusammenarbeit mit der Provinzregierung nach dem Skandal überprüft.")
    assert [r[1] for r in rows if r[0] == "überprüft"] == ["ACCUSE"]
