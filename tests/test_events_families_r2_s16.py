"""Missed and spurious events by family (sixteenth session, round 2): a crowd that gathers ("versammelten sich", "kamen
zusammen", "fanden sich ein", "sammelten sich") is PROTEST unless the gathering is a rite, an assembly or a
gathering of officials (no event; "kamen … zusammen" stays CONSULT); one side approving a deal, sale or plan
("billigen", "genehmigen", "absegnen", "durchwinken") is AGREE (an approved or offered act keeps its noun: "Hilfe"
AID; an approval still owed is none); a formal request to an institution ("beantragen", "einen Antrag stellen") is
REQUEST, not one's own applications; examining a complaint or accusations ("prüfen", "nachgehen") is
ACCUSE/investigate, the complainant not its target; an offer made to someone in the dative ("bot den Mietern … an",
"unterbreitete der Gewerkschaft ein Angebot") is AGREE; a partitive subject ("Einige von ihnen griffen … an") keeps
its verb. Spurious: cancelled flights or trains are no cancelled meeting; a force in a "mit" phrase is the manner of
the clause's act; a call "für kommenden Montag" stays asserted; "Der Streik ist bis … befristet" re-mentions the
strike; a title "rufen zum Streik" is a call, restated by the body. Invented sentences only."""

from __future__ import annotations

import pytest

from tests.event_docs import NonEventRow, TableRow, check_no_event, check_table_row, event_rows

P = "planned"
A = "asserted"

ROWS: list[TableRow] = [
    # --- a crowd gathering is a protest (several verbs, several crowd subjects)
    TableRow(
        "ga1",
        "versammelten",
        "PROTEST",
        A,
        None,
        None,
        "Am Dienstagabend versammelten sich mehrere Tausend Anwohner vor dem Rathaus von Kassel.",
    ),
    TableRow(
        "ga2",
        "versammelten",
        "PROTEST",
        A,
        None,
        None,
        "Hunderte Studierende versammelten sich am Vormittag auf dem Campus der Universität.",
    ),
    TableRow(
        "ga3",
        "kamen",
        "PROTEST",
        A,
        None,
        None,
        "Auf dem Domplatz kamen am Freitag Tausende Menschen zusammen.",
    ),
    TableRow(
        "ga4",
        "fanden",
        "PROTEST",
        A,
        None,
        None,
        "Rund 3000 Landwirte fanden sich mit ihren Traktoren vor dem Agrarministerium ein.",
    ),
    TableRow(
        "ga5",
        "sammelten",
        "PROTEST",
        A,
        None,
        None,
        "Aufgebrachte Bürger sammelten sich am späten Abend vor der Polizeiwache.",
    ),
    # --- approving a deal, sale or plan is AGREE; approving aid is AID
    TableRow(
        "ap1",
        "gebilligt",
        "AGREE",
        A,
        ["Spanien"],
        None,
        "Spaniens Regierung hat die Übernahme der Fluglinie durch einen katarischen Fonds gebilligt.",
    ),
    TableRow(
        "ap2",
        "genehmigte",
        "AGREE",
        A,
        None,
        None,
        "Die Wettbewerbsbehörde genehmigte am Montag die Fusion der beiden Molkereien.",
    ),
    TableRow(
        "ap3",
        "segnete",
        "AGREE",
        A,
        None,
        None,
        "Der Aufsichtsrat segnete den Verkauf der Chemiesparte an einen Finanzinvestor ab.",
    ),
    TableRow(
        "ap4",
        "winkten",
        "AGREE",
        A,
        None,
        None,
        "Die Stadtverordneten winkten den Bau der neuen Arena ohne Aussprache durch.",
    ),
    TableRow(
        "ap5",
        "bewilligte",  # money granted is AID on the verb (test_events_families26_r2_s16: aid-*)
        "AID",
        A,
        None,
        None,
        "Die Weltbank bewilligte 80 Millionen Dollar Hilfe für die Flutopfer.",
    ),
    # --- a formal request to an institution is REQUEST
    TableRow(
        "rq1",
        "beantragte",
        "REQUEST",
        A,
        None,
        None,
        "Die Verteidigung beantragte am Montag die Vertagung des Prozesses.",
    ),
    TableRow(
        "rq2",
        "beantragt",
        "REQUEST",
        A,
        None,
        None,
        "Die Generalbundesanwaltschaft hat die Auslieferung des Verdächtigen an Deutschland beantragt.",
    ),
    TableRow(
        "rq3",
        "stellte",
        "REQUEST",
        A,
        None,
        None,
        "Die Landesregierung stellte beim Verfassungsgericht einen Antrag auf ein Verbot der Vereinigung.",
    ),
    TableRow(
        "rq4",
        "stellten",
        "REQUEST",
        A,
        None,
        None,
        "Die Anwälte der Aktivistin stellten einen Eilantrag beim Verwaltungsgericht.",
    ),
    # --- examining a complaint or accusations is ACCUSE/investigate; the complainant is not its target
    TableRow(
        "iv1",
        "prüft",
        "ACCUSE",
        A,
        ["Bundeskartellamt"],
        [],
        "Das Bundeskartellamt prüft seit Wochen eine Beschwerde von Siemens.",
    ),
    TableRow(
        "iv2",
        "prüft",
        "ACCUSE",
        A,
        None,
        None,
        "Die Datenschutzbehörde prüft die Vorwürfe gegen den Versandhändler.",
    ),
    TableRow(
        "iv3",
        "geht",
        "ACCUSE",
        A,
        None,
        None,
        "Die Staatsanwaltschaft geht den Hinweisen auf Bestechung im Bauamt nach.",
    ),
    TableRow(
        "iv4",
        "prüfen",
        "ACCUSE",
        P,
        None,
        None,
        "Die Ethikkommission des Verbands werde die Anschuldigungen gegen den Trainer prüfen, sagte ein Sprecher.",
    ),
    # --- an offer made to someone is AGREE
    TableRow(
        "of1",
        "bot",
        "AGREE",
        A,
        None,
        None,
        "Der Bürgermeister bot den Obdachlosen Plätze in einer Turnhalle an.",
    ),
    TableRow(
        "of2",
        "angeboten",
        "AGREE",
        A,
        None,
        None,
        "Die Gemeinde hatte den Familien im Frühjahr Ersatzwohnungen angeboten, sie lehnten jedoch ab.",
    ),
    TableRow(
        "of3",
        "unterbreitete",
        "AGREE",
        A,
        None,
        None,
        "Die Konzernleitung unterbreitete der Gewerkschaft am Dienstag ein neues Angebot.",
    ),
    TableRow(
        "of4",
        "machte",
        "AGREE",
        A,
        None,
        None,
        "Der Senat machte den Fischern ein Angebot zur Entschädigung.",
    ),
    # --- a partitive subject keeps its verb
    TableRow(
        "pt1",
        "griffen",
        "ASSAULT",
        A,
        None,
        None,
        "Einige von ihnen griffen Beamte mit Flaschen an und beschädigten mehrere Autos.",
    ),
    TableRow(
        "pt2",
        "griffen",
        "ASSAULT",
        A,
        None,
        None,
        "Viele von ihnen griffen Sicherheitskräfte mit Steinen an.",
    ),
    # --- a call for a named coming day stays asserted (the day belongs to the strike called for)
    TableRow(
        "cd1",
        "riefen",
        "REQUEST",
        A,
        None,
        None,
        "Die Lehrergewerkschaften riefen für kommenden Donnerstag zu einem ganztägigen Warnstreik auf.",
    ),
    TableRow(
        "cd2",
        "riefen",
        "REQUEST",
        A,
        None,
        None,
        "Die Umweltverbände riefen für den nächsten Samstag zu Kundgebungen in allen Landeshauptstädten auf.",
    ),
]

NON_EVENTS: list[NonEventRow] = [
    # a gathering that is a rite, a collection or talks is no protest
    NonEventRow("gn1", "versammelten", "Tausende Gläubige versammelten sich am Sonntag zur Messe vor der Kathedrale."),
    NonEventRow("gn2", "kamen", "Hunderte Menschen kamen am Abend zusammen, um der Opfer des Busunglücks zu gedenken."),
    NonEventRow("gn3", "sammelten", "Die Anwohner sammelten Spenden für die Familien der Flutopfer."),
    NonEventRow("gn4", "versammelten", "Hunderte Delegierte versammelten sich zum Parteitag in der Messehalle."),
    # officials who gather are no protest (test_events_general: no event at all)
    NonEventRow("gn5", "versammelten", "Die Verteidigungsminister der Allianz versammelten sich am Morgen in Vilnius."),
    # an approval still owed, or a law a parliament passes
    NonEventRow("an1", "genehmigen", "Die Kartellbehörde muss die Übernahme noch genehmigen."),
    NonEventRow("an2", "genehmigen", "Die Bank muss den Kredit für das Bauprojekt genehmigen."),
    NonEventRow("an3", "billigte", "Der Landtag billigte am Freitag das Gesetz zur Reform der Grundsteuer."),
    # one's own applications are no request
    NonEventRow("rn1", "beantragt", "Der Autozulieferer hat am Freitag Insolvenz beantragt."),
    NonEventRow("rn2", "beantragt", "Die Familie hatte im Frühjahr Elterngeld beantragt."),
    NonEventRow("rn3", "beantragte", "Die Spedition beantragte eine Baugenehmigung für die neue Halle."),
    # examining a plan is no investigation
    NonEventRow("in1", "prüfen", "Die Behörde werde den Antrag sorgfältig prüfen, sagte eine Sprecherin."),
    NonEventRow("in2", "prüft", "Die Landesregierung prüft derzeit mehrere Varianten für die Ortsumgehung."),
    # an offer to no one, or to customers
    NonEventRow("on1", "bietet", "Die Bäckerei bietet seit Montag auch Vollkornbrot an."),
    NonEventRow("on2", "bietet", "Der Discounter bietet seinen Kunden ab Montag günstigere Tarife an."),
    NonEventRow("on3", "unterbreiten", "Der Rat wurde aufgefordert einen neuen Vorschlag zu unterbreiten."),
    # cancelled flights and trains are no cancelled meeting
    NonEventRow("cn1", "sagten", "Wegen des Sturms sagten mehrere Fluggesellschaften zahlreiche Flüge ab."),
    NonEventRow("cn2", "sagte", "Die Bahn sagte am Morgen alle Fernverbindungen nach Hamburg ab."),
    # a force in a "mit" phrase is the manner of the clause's act
    NonEventRow(
        "mn1", "Großaufgebot", "Mit einem Großaufgebot hat die Polizei am Morgen ein besetztes Haus in Bremen geräumt."
    ),
    NonEventRow("mn2", "Polizeiaufgebot", "Unter massivem Polizeiaufgebot wurden am Abend drei Männer festgenommen."),
    # the extent of an act told before is no new act
    NonEventRow(
        "ex1",
        "Streik",
        "Die Busfahrer legten am Montag die Arbeit nieder. Der Streik ist zunächst bis Freitag befristet.",
    ),
]


@pytest.mark.parametrize("row", [pytest.param(r, id=r.id) for r in ROWS])
def test_family_event(row: TableRow) -> None:
    check_table_row(row)


@pytest.mark.parametrize("row", [pytest.param(r, id=r.id) for r in NON_EVENTS])
def test_family_non_event(row: NonEventRow) -> None:
    check_no_event(row)


def test_force_alone_stays_a_deployment() -> None:
    """Without another act in its clause the force is the deployment told."""
    rows = event_rows("Meldung\nBERLIN (dpa) – Die Polizei zog am Samstag ein Großaufgebot in der Innenstadt zusammen.")
    assert any(r[0] == "Großaufgebot" and r[1] == "MOBILIZE" for r in rows), rows


def test_an_approved_or_offered_act_stays_on_its_noun() -> None:
    """An approval or an offer whose object is an event noun is coded on the noun, not on the verb."""
    rows = event_rows("Meldung\nBERLIN (dpa) – Die Mahnwache war vom Ordnungsamt genehmigt worden.")
    assert [r[:2] for r in rows] == [("Mahnwache", "PROTEST")], rows
    rows = event_rows("Meldung\nBERLIN (dpa) – Die Regierung bot den Flutopfern rasche Hilfe an.")
    assert [r[:2] for r in rows] == [("Hilfe", "AID")], rows


def test_approval_and_signing_stay_two() -> None:
    """One side approves, then the parties sign: two AGREE events, not one agreement told twice."""
    rows = event_rows(
        "Meldung\nMADRID (dpa) – Spaniens Regierung hat den Verkauf der Werft an einen norwegischen Konzern gebilligt. "
        "Die Industrieministerin und Vertreter des Konzerns unterzeichneten den Vertrag am Dienstag in Madrid."
    )
    assert {r[0] for r in rows if r[1] == "AGREE"} >= {"gebilligt", "unterzeichneten"}, rows


def test_title_call_is_restated() -> None:
    """A title "rufen zum Streik" is a call that the body's call tells again; the strike called for is not coded."""
    rows = event_rows(
        "Pflegekräfte rufen zum Warnstreik\nHANNOVER (dpa) – Die Gewerkschaft Verdi hat die Pflegekräfte der "
        "Landeskliniken für Mittwoch zu einem Warnstreik aufgerufen."
    )
    assert not any(r[1] == "PROTEST" for r in rows), rows
    assert [r[0] for r in rows if r[1] == "REQUEST"] == ["aufgerufen"], rows
