"""Economy, trade and disasters (fifteenth session, practice audit tests/data/practice/2026-12-06-economy): ruling out
a step of one's own ("schloss eine Rücknahme aus") is REJECT, not SANCTION/expel; civilians sent ("Experten
entsenden") are AID or a visit, not a troop deployment; relief goods sent by any verb of sending are AID; calling a
decision "nicht nachvollziehbar" or a "Kahlschlag" is ACCUSE; the journalistic name of an authority ("die
Wettbewerbshüter", "das Kartellamt") is that authority; a complaint filed "bei"/"beim" a body is not aimed at that
body; the body in the genitive of envoys met ("mit Vertretern des Betriebsrats") is the partner; a company named
after a company noun ("des Landmaschinenherstellers X") is an organisation. Invented sentences only, several per
construction, with no-event controls."""

from __future__ import annotations

import pytest

import chronik
from tests.event_docs import (
    TABLE_LEAD,
    NonEventRow,
    TableRow,
    check_no_event,
    check_table_row,
    event_rows,
)

A = "asserted"
P = "planned"

ROWS: list[TableRow] = [
    # --- ruling out a step of one's own: REJECT (as ruling out a coalition), not SANCTION/expel
    TableRow("ro1", "schloss", "REJECT", A, None, None, "Eine Rücknahme der Preiserhöhung schloss die Bahn aus."),
    TableRow(
        "ro2",
        "schließt",
        "REJECT",
        A,
        ["Regierung"],
        None,
        "Die Regierung in Lissabon schließt weitere Zugeständnisse an die Fluglotsen aus.",
    ),
    TableRow(
        "ro3",
        "ausgeschlossen",
        "REJECT",
        A,
        None,
        None,
        "Die Reederei hat eine Lösegeldzahlung an die Entführer kategorisch ausgeschlossen.",
    ),
    TableRow(
        "ro4",
        "schloss",
        "REJECT",
        A,
        None,
        None,
        "Der Vorstand schloss einen Kurswechsel bei der geplanten Werksschließung aus.",
    ),
    # (expelling a member stays SANCTION)
    TableRow(
        "ro5",
        "schloss",
        "SANCTION",
        A,
        None,
        ["Holger Brand"],
        "Die Partei schloss den Abgeordneten Holger Brand aus der Fraktion aus.",
    ),
    # --- civilians sent: experts and teams are AID (like schicken), envoys a visit; troops stay MOBILIZE
    TableRow(
        "se1",
        "entsenden",
        "AID",
        P,
        ["Internationale Atomenergiebehörde"],
        None,
        "Die Internationale Atomenergiebehörde bot an, Experten in das beschädigte Kraftwerk zu entsenden.",
    ),
    TableRow(
        "se2",
        "entsandte",
        "AID",
        A,
        ["Japan"],
        None,
        "Japan entsandte ein Team von Fachleuten in das Überschwemmungsgebiet.",
    ),
    TableRow(
        "se3",
        "entsandte",
        "CONSULT",
        A,
        ["Frankreich"],
        None,
        "Frankreich entsandte am Montag eine Delegation nach Algier.",
    ),
    TableRow(
        "se4",
        "entsandte",
        "MOBILIZE",
        A,
        ["Türkei"],
        None,
        "Die Türkei entsandte weitere Soldaten an die Grenze zu Syrien.",
    ),
    TableRow(
        "se5",
        "entsendet",
        "MOBILIZE",
        A,
        None,
        None,
        "Die Bundesregierung entsendet zwei Fregatten in das Rote Meer.",
    ),
    # --- relief goods by any verb of sending: AID
    TableRow(
        "rg1",
        "schicken",
        "AID",
        P,
        ["Europäische Union"],
        None,
        "Die EU kündigte an, Feldbetten und Schlafsäcke in die Erdbebenregion zu schicken.",
    ),
    TableRow("rg2", "schickte", "AID", A, ["Kanada"], None, "Kanada schickte Notunterkünfte und Decken nach Haiti."),
    TableRow(
        "rg3",
        "entsandte",
        "AID",
        A,
        ["Schweden"],
        None,
        "Schweden entsandte Wasserfilter und Verbandsmaterial in das Katastrophengebiet.",
    ),
    # --- denouncing evaluations of a decision: ACCUSE
    TableRow(
        "dn1",
        "nannte",
        "ACCUSE",
        A,
        ["Deutscher Bauernverband"],
        None,
        "Der Deutsche Bauernverband nannte die Kürzung der Agrardiesel-Hilfe „völlig unverständlich“.",
    ),
    TableRow(
        "dn2",
        "bezeichnete",
        "ACCUSE",
        A,
        ["Verdi"],
        None,
        "Die Gewerkschaft Verdi bezeichnete den geplanten Stellenabbau bei der Post als Kahlschlag.",
    ),
    TableRow(
        "dn3",
        "nannte",
        "ACCUSE",
        A,
        ["Teresa Lang"],
        None,
        "Konzernchefin Teresa Lang nannte die Auflagen der Behörde „wirtschaftlich nicht nachvollziehbar“.",
    ),
    TableRow(
        "dn4",
        "nannte",
        "ACCUSE",
        A,
        None,
        ["Regierung"],
        "Der Oppositionsführer nannte die Entscheidung der Regierung einen schweren Fehler.",
    ),
    # --- an authority named by its office: the authority named before
    TableRow(
        "an1",
        "lehnten",
        "REJECT",
        A,
        ["Bundeskartellamt"],
        None,
        "Das Bundeskartellamt prüft den Kauf der Drogeriekette. Die Wettbewerbshüter lehnten die Zusagen des "
        "Käufers ab.",
    ),
    TableRow(
        "an2",
        "verlangten",
        "REQUEST",
        A,
        ["EU-Kommission"],
        None,
        "Die EU-Kommission hat die Fusion zweier Reedereien geprüft. Die Brüsseler Kartellwächter verlangten den "
        "Verkauf eines Terminals in Antwerpen.",
    ),
    TableRow(
        "an3",
        "kritisierte",
        "ACCUSE",
        None,
        None,
        ["Europäische Zentralbank"],
        "Die Europäische Zentralbank hat die Zinsen erneut gesenkt. Der Sparkassenverband kritisierte die "
        "Währungshüter scharf.",
    ),
    TableRow(
        "an4",
        "aufgefordert",
        "REQUEST",
        A,
        None,
        ["Bundeskartellamt"],
        "Das Bundeskartellamt hat den Verkauf untersagt. Der Handelsverband hatte das Kartellamt zuvor aufgefordert, "
        "den Verkauf zu stoppen.",
    ),
    # --- the body a complaint is filed with is not its target; the one it is against is
    TableRow(
        "fi1",
        "Klage",
        "ACCUSE",
        P,
        ["Kanada"],
        ["Indien"],
        "Kanada werde bei der Welthandelsorganisation Klage gegen Indien einreichen, kündigte die Ministerin an.",
    ),
    TableRow(
        "fi2",
        "einlegen",
        "REJECT",
        P,
        None,
        [],
        "Der Versicherer will gegen den Bescheid Beschwerde beim Oberlandesgericht Frankfurt einlegen.",
    ),
    # (complaining "bei" someone names whom the complaint is addressed to)
    TableRow(
        "fi3",
        "beschwerte",
        "ACCUSE",
        A,
        None,
        ["Auswärtiges Amt"],
        "Der Botschafter beschwerte sich beim Auswärtigen Amt über die Festnahme.",
    ),
    # --- envoys met: the body they speak for is the partner
    TableRow(
        "ev1",
        "traf",
        "CONSULT",
        A,
        ["Ulrike Sommer"],
        ["Betriebsrat"],
        "Arbeitsministerin Ulrike Sommer traf sich am Abend mit Vertretern des Betriebsrats.",
    ),
    TableRow(
        "ev2",
        "verhandelte",
        "CONSULT",
        A,
        None,
        ["Taliban"],
        "Die Regierung verhandelte in Doha mit Unterhändlern der Taliban.",
    ),
]

NON_EVENTS: list[NonEventRow] = [
    # a hedge, not a refusal
    NonEventRow("ro-n1", "schloss", "Der Minister schloss eine Lockerung der Exportkontrollen nicht aus."),
    # observers sent are no troop deployment (and no act of aid)
    NonEventRow("se-n1", "entsendet", "Die OSZE entsendet 200 Wahlbeobachter nach Georgien."),
    # a situation described, not an act judged
    NonEventRow("dn-n1", "nannte", "Die Hilfsorganisation nannte die Lage in den Lagern dramatisch."),
    # goods sold are no aid
    NonEventRow("rg-n1", "liefert", "Die Firma liefert Maschinen nach China."),
    # a habit told in the present ("nach/bei jedem …"), no event
    NonEventRow(
        "hb-n1", "festgenommen", "Bei jeder Wahl werden Oppositionelle festgenommen, kritisierte die Organisation."
    ),
    NonEventRow("hb-n2", "demonstrieren", "Vor jedem Heimspiel demonstrieren Fans gegen den Vereinsvorstand."),
]


@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_economy_event_rows(row: TableRow) -> None:
    check_table_row(row)


@pytest.mark.parametrize("row", NON_EVENTS, ids=[r.id for r in NON_EVENTS])
def test_economy_non_events(row: NonEventRow) -> None:
    check_no_event(row)


def test_repeated_events_told_in_the_past_stay_events() -> None:
    """ "Nach jedem Anschlag wurden Verdächtige festgenommen": a past tense tells the arrests that happened."""
    rows = event_rows(TABLE_LEAD + "Nach jedem Anschlag wurden Verdächtige festgenommen.", published="2026-11-10")
    assert any(r[0] == "festgenommen" and r[1] == "COERCE" for r in rows), rows


def test_rival_company_name_is_an_organisation() -> None:
    """ "durch den Konkurrenten Vettwerk": an unknown word after a rival-company noun is a company; a rival person the
    NER tags stays a person."""
    doc = chronik.analyze(
        TABLE_LEAD + "Die Behörde untersagte den Kauf der Molkerei Brandhof durch den Konkurrenten Vettwerk. "
        "Sein Konkurrent Markus Söder lag in den Umfragen vorn.",
        published="2026-11-10",
    )
    labels = {e.name: e.label for e in doc.entities}
    assert labels.get("Vettwerk") == "ORG", labels
    assert labels.get("Markus Söder") == "PER", labels


def test_company_after_genitive_compound_noun_is_an_organisation() -> None:
    """ "des Landmaschinenherstellers Hollmann": a surname-like word after a company noun (a compound, in the
    genitive) names the company, and "das Unternehmen" later refers back to it."""
    text = (
        TABLE_LEAD + "Die Bank übernimmt die Mehrheit des Pumpenherstellers Lindemeier. "
        "Das Unternehmen wies Berichte über einen Stellenabbau zurück."
    )
    doc = chronik.analyze(text, published="2026-11-10")
    labels = {e.name: e.label for e in doc.entities}
    assert labels.get("Lindemeier") == "ORG", labels
    rows = event_rows(text, published="2026-11-10")
    assert any(r[0] == "wies" and r[2] == ["Lindemeier"] for r in rows), rows


def test_person_after_title_stays_a_person() -> None:
    """A title noun, not a company noun, before a surname: the person keeps the NER's label."""
    doc = chronik.analyze(
        TABLE_LEAD + "Der Konzernchef Hollmann wies die Vorwürfe der Gewerkschaft zurück.", published="2026-11-10"
    )
    labels = {e.name: e.label for e in doc.entities}
    assert labels.get("Hollmann") == "PER", labels
