"""Missed events and wrong types by construction (fifteenth session, round 2, part A): meeting a demand
("kam den Mietern entgegen") and granting a pay rise or access ("gewährte … eine Erhöhung") are CONCEDE, also inside
Konjunktiv-I reported speech; "hinter jdm stehen" is SUPPORT; "mit X in Kontakt stehen/treten", "im Austausch stehen"
is CONSULT; the agentless passive of a bodily harm ("wurde … schwer verletzt") is ASSAULT; striking workers or
opponents who gather ("versammelten sich … Streikende") PROTEST; a constitutional complaint or a lawsuit lodged
("Verfassungsbeschwerde einlegen") is ACCUSE (sue), an appeal stays REJECT; a threat with a conditional content
closed by "kündigte … an" or "drohte" is THREATEN, asserted (the condition belongs to what is threatened); "…, drohte
er" after reported speech of the form "Wer …, werde …" is THREATEN; armed men or heavy weapons withdrawn are RETREAT.
Invented sentences only, one class per block, several verbs or nouns per class."""

from __future__ import annotations

import pytest

from tests.event_docs import NonEventRow, TableRow, check_no_event, check_table_row, event_rows

P = "planned"
A = "asserted"

ROWS: list[TableRow] = [
    # --- meeting someone's demands: "jdm entgegenkommen" is CONCEDE (also in Konjunktiv-I reported speech)
    TableRow(
        "ek1",
        "entgegengekommen",
        "CONCEDE",
        A,
        None,
        None,
        "Die Vermieter seien den Mietern bei den Nebenkosten weit entgegengekommen, sagte die Sprecherin des Verbands.",
    ),
    TableRow(
        "ek2",
        "kam",
        "CONCEDE",
        A,
        None,
        None,
        "Der Konzern kam den Forderungen der Belegschaft nach kürzeren Schichten schließlich entgegen.",
    ),
    TableRow(
        "ek3",
        "entgegenkommen",
        "CONCEDE",
        None,
        None,
        None,
        "Die Stadtverwaltung will den Markthändlern bei den Standgebühren entgegenkommen.",
    ),
    TableRow(
        "ek4",
        "entgegengekommen",
        "CONCEDE",
        A,
        None,
        None,
        "Man sei der Opposition in mehreren Punkten entgegengekommen, erklärte der Fraktionschef.",
    ),
    # --- a concession granted: "gewähren" + a pay rise, an allowance or access is CONCEDE (pluperfect too)
    TableRow(
        "gw1",
        "gewährt",
        "CONCEDE",
        A,
        None,
        None,
        "Die Landesregierung hatte den Lehrern im Frühjahr eine Gehaltserhöhung von drei Prozent gewährt.",
    ),
    TableRow(
        "gw2",
        "gewährte",
        "CONCEDE",
        A,
        None,
        None,
        "Der Arbeitgeberverband gewährte den Pflegekräften einen Inflationsausgleich.",
    ),
    TableRow(
        "gw3",
        "gewährten",
        "CONCEDE",
        A,
        None,
        None,
        "Die Behörden gewährten den Hilfsorganisationen Zugang zu dem abgeriegelten Lager.",
    ),
    TableRow(
        "gw4",
        "gewährt",
        "CONCEDE",
        None,
        None,
        None,
        "Die Reederei habe den Matrosen ein Lohnplus von sieben Prozent gewährt, sagte ein Gewerkschafter.",
    ),
    TableRow(
        "gw6",
        "räumte",
        "CONCEDE",
        A,
        None,
        None,
        "Die Zentralregierung räumte den Provinzen im Norden mehr Autonomie ein.",
    ),
    # (a loan granted stays AID)
    TableRow(
        "gw5",
        "gewährte",
        "AID",
        A,
        None,
        None,
        "Die Weltbank gewährte dem Inselstaat einen Kredit über 200 Millionen Dollar.",
    ),
    # --- a lawsuit or constitutional complaint lodged is ACCUSE (sue); an appeal against a ruling stays REJECT
    TableRow(
        "kl1",
        "einlegen",
        "ACCUSE",
        None,
        None,
        None,
        "Die Umweltverbände wollen gegen das Gesetz Verfassungsbeschwerde einlegen.",
    ),
    TableRow(
        "kl2",
        "legte",
        "ACCUSE",
        A,
        None,
        None,
        "Die Journalistin legte Verfassungsbeschwerde gegen das neue Überwachungsgesetz ein.",
    ),
    TableRow(
        "kl3",
        "einzulegen|Organklage",
        "ACCUSE",
        P,
        None,
        None,
        "Der Anwalt der Familie kündigte an, beim Verfassungsgericht Organklage einzulegen.",
    ),
    TableRow(
        "kl4",
        "einzureichen|Klage",
        "ACCUSE",
        P,
        None,
        None,
        "Die Partei kündigte an, beim Verwaltungsgericht Klage gegen den Bescheid einzureichen.",
    ),
    TableRow(
        "kl5", "legte", "REJECT", A, None, None, "Der verurteilte Bauunternehmer legte gegen das Urteil Berufung ein."
    ),
    TableRow(
        "kl6",
        "legte",
        "REJECT",
        A,
        None,
        None,
        "Die Verteidigung legte Beschwerde gegen den Haftbefehl des Amtsgerichts ein.",
    ),
    # --- "hinter jdm/etw. stehen" is SUPPORT (also in reported speech)
    TableRow(
        "hs1",
        "stehe",
        "SUPPORT",
        A,
        None,
        None,
        "Die Fraktion stehe geschlossen hinter ihrer Vorsitzenden, sagte der Generalsekretär.",
    ),
    TableRow(
        "hs2",
        "steht",
        "SUPPORT",
        A,
        None,
        None,
        "Die Gewerkschaft steht voll hinter den Forderungen der Lokführer.",
    ),
    TableRow(
        "hs3",
        "steht",
        "SUPPORT",
        A,
        None,
        None,
        "Der Kanzler steht weiterhin hinter seiner umstrittenen Gesundheitsministerin.",
    ),
    TableRow(
        "hs4",
        "stellte",
        "SUPPORT",
        A,
        None,
        None,
        "Der Bürgermeister stellte sich demonstrativ hinter den Polizeipräsidenten.",
    ),
    TableRow(
        "hs5",
        "stehe",
        "SUPPORT",
        A,
        None,
        None,
        "Der Präsident stehe uneingeschränkt hinter dem Generalstabschef, hieß es aus dem Palast.",
    ),
    # --- contact: "mit X in Kontakt stehen/treten", "im Austausch stehen" is CONSULT
    TableRow(
        "ko1",
        "stehe",
        "CONSULT",
        A,
        None,
        None,
        "Das Außenministerium stehe mit den Behörden in Ankara in engem Kontakt, sagte eine Sprecherin.",
    ),
    TableRow(
        "ko2",
        "steht",
        "CONSULT",
        A,
        None,
        None,
        "Die Botschaft steht in ständigem Austausch mit der Regierung in Lima.",
    ),
    TableRow(
        "ko3",
        "traten",
        "CONSULT",
        A,
        None,
        None,
        "Die Unterhändler traten noch am Abend mit den Geiselnehmern in Kontakt.",
    ),
    TableRow(
        "ko4",
        "nahm",
        "CONSULT",
        A,
        None,
        None,
        "Die Reederei nahm über einen Vermittler Kontakt zu den Piraten auf.",
    ),
    TableRow(
        "ko5",
        "stehen",
        "CONSULT",
        A,
        None,
        None,
        "Die Innenminister beider Länder stehen nach eigenen Angaben in direktem Kontakt miteinander.",
    ),
    # --- agentless passive of bodily harm: "wurde … schwer verletzt" is ASSAULT
    TableRow(
        "vl1",
        "verletzt",
        "ASSAULT",
        A,
        None,
        None,
        "Am Samstagabend wurde vor einer Diskothek in Bremen ein 19-Jähriger durch Messerstiche schwer verletzt.",
    ),
    TableRow(
        "vl2",
        "verletzt",
        "ASSAULT",
        A,
        None,
        None,
        "In der Nacht wurde ein Wachmann des Depots von Unbekannten lebensgefährlich verletzt.",
    ),
    TableRow(
        "vl3",
        "verletzt",
        "ASSAULT",
        None,
        None,
        None,
        "Ein Fotograf sei von Sicherheitsleuten schwer verletzt worden, teilte seine Agentur mit.",
    ),
    TableRow(
        "vl4",
        "verletzt",
        "ASSAULT",
        A,
        None,
        None,
        "Bei Sprengstoffexplosionen vor zwei Wohnhäusern in Malmö ist niemand ums Leben gekommen. Dabei wurde "
        "jedoch eine 40 Jahre alte Nachbarin schwer verletzt.",
    ),
    # --- striking workers, opponents or demonstrators who gather protest
    TableRow(
        "vs1",
        "versammelten",
        "PROTEST",
        A,
        None,
        None,
        "Vor dem Rathaus von Lyon versammelten sich am Vormittag rund 300 Streikende.",
    ),
    TableRow(
        "vs2",
        "versammelt",
        "PROTEST",
        A,
        None,
        None,
        "Vor der Zentrale des Konzerns hatten sich Hunderte Demonstrierende versammelt.",
    ),
    TableRow(
        "vs3",
        "versammelten",
        "PROTEST",
        A,
        None,
        None,
        "Auf dem Marktplatz versammelten sich mehrere tausend Gegner des geplanten Kohlekraftwerks.",
    ),
    TableRow(
        "vs4",
        "versammelten",
        "PROTEST",
        A,
        None,
        None,
        "Vor dem Werkstor versammelten sich am Morgen Dutzende streikende Hafenarbeiter.",
    ),
    # --- a threat whose content is conditional: THREATEN, asserted, by the speaker of the closing frame
    TableRow(
        "th1",
        "kündigte",
        "THREATEN",
        A,
        None,
        None,
        "Sollte der Vorstand die Kürzungen nicht zurücknehmen, werde man die Produktion bestreiken, kündigte der "
        "Betriebsrat an.",
    ),
    TableRow(
        "th2",
        "drohte",
        "THREATEN",
        A,
        ["Henning Saalfeld"],
        None,
        "Falls die Regierung das Gesetz verabschiede, würden die Bauern die Autobahnen blockieren, drohte "
        "Verbandspräsident Henning Saalfeld.",
    ),
    TableRow(
        "th3",
        "drohte",
        "THREATEN",
        A,
        ["Marek Olszewski"],
        None,
        "Wer sich an den Plünderungen beteilige, werde festgenommen, drohte Polizeichef Marek Olszewski.",
    ),
    TableRow(
        "th4",
        "kündigten",
        "THREATEN",
        A,
        None,
        None,
        "Sollten die Verhandlungen scheitern, werde man den Flughafen blockieren, kündigten die Fluglotsen an.",
    ),
    TableRow(
        "th5",
        "drohte",
        "THREATEN",
        A,
        None,
        None,
        "Sollte Belgrad weitere Soldaten an die Grenze verlegen, werde man die Beziehungen abbrechen, drohte die "
        "Außenministerin.",
    ),
    # --- armed men or heavy weapons withdrawn: RETREAT (planned when announced)
    TableRow(
        "rz1",
        "abzuziehen",
        "RETREAT",
        P,
        None,
        None,
        "Der Kommandeur kündigte an, die Kämpfer bis Monatsende aus der Hafenstadt abzuziehen.",
    ),
    TableRow(
        "rz2",
        "abziehen",
        "RETREAT",
        None,
        None,
        None,
        "Die Rebellen wollen ihre schweren Waffen aus der Pufferzone abziehen.",
    ),
    TableRow(
        "rz3",
        "zog",
        "RETREAT",
        A,
        None,
        None,
        "Die Armee zog ihre Panzer am Wochenende aus dem Grenzgebiet ab.",
    ),
    TableRow(
        "rz4",
        "abziehen",
        "RETREAT",
        None,
        None,
        None,
        "Die Übergangsregierung will die Milizen binnen zwei Wochen aus dem Stadtzentrum abziehen.",
    ),
]

NON_EVENTS: list[NonEventRow] = [
    NonEventRow("n-ek1", "kam", "Kurz vor der Brücke kam dem Radfahrer ein Traktor entgegen."),
    NonEventRow("n-ek2", "kamen", "Auf dem Waldweg kamen den Wanderern zwei Reiter entgegen."),
    NonEventRow("n-gw1", "gewährt", "Das Museum gewährt Besuchern einen Einblick in die Restaurierungswerkstatt."),
    NonEventRow("n-gw3", "räumte", "Der Minister räumte ein, dass der Zugang zu den Akten erschwert worden sei."),
    NonEventRow("n-gw4", "gewährt", "Die Hebammen möchten künftig eine Zulage für Nachtdienste gewährt bekommen."),
    NonEventRow("n-gw2", "gewährt", "Der Händler gewährt Stammkunden einen Rabatt von zehn Prozent."),
    NonEventRow(
        "n-hs1",
        "steht",
        "Die Ermittler vermuten, dass eine kriminelle Bande hinter dem Überfall auf den Juwelier steht.",
    ),
    NonEventRow("n-hs2", "stand", "Der Redner stand hinter einem Pult aus Eichenholz."),
    NonEventRow("n-hs3", "steht", "Wer hinter den Drohbriefen steht, ist noch unklar."),
    NonEventRow("n-hs4", "stehen", "Hinter dem Brandanschlag stehen nach Angaben der Polizei Rechtsextremisten."),
    NonEventRow("n-ko1", "standen", "Alle Personen, die mit dem Erkrankten in Kontakt standen, müssen in Quarantäne."),
    NonEventRow("n-ko2", "stehen", "Die Stecker stehen bei Nässe in Kontakt mit dem Metallgehäuse."),
    NonEventRow(
        "n-vl1", "verletzt", "Bei einem Verkehrsunfall auf der Bundesstraße wurde ein Motorradfahrer schwer verletzt."
    ),
    NonEventRow("n-vl2", "verletzt", "Der Torwart hat sich im Training schwer verletzt."),
    NonEventRow("n-vl3", "verletzt", "Beim Sturz von einem Baugerüst wurde ein Dachdecker lebensgefährlich verletzt."),
    NonEventRow("n-vs1", "versammelten", "Zum Gottesdienst versammelten sich Hunderte Gläubige in der Kathedrale."),
    NonEventRow("n-vs2", "versammelte", "Die Familie versammelte sich zum Geburtstag der Großmutter."),
    NonEventRow(
        "n-th1",
        "kündigte",
        "Sollte es regnen, werde das Konzert in die Stadthalle verlegt, kündigte der Veranstalter an.",
    ),
    NonEventRow(
        "n-th2", "sagte", "Sollte das Wetter halten, werde man am Sonntag weitersuchen, sagte der Einsatzleiter."
    ),
    NonEventRow("n-rz1", "abziehen", "Der Arbeitgeber darf die Kosten nicht vom Lohn abziehen."),
]


@pytest.mark.parametrize("row", [pytest.param(r, id=r.id) for r in ROWS])
def test_missed_event_class(row: TableRow) -> None:
    check_table_row(row)


@pytest.mark.parametrize("row", [pytest.param(r, id=r.id) for r in NON_EVENTS])
def test_no_event(row: NonEventRow) -> None:
    check_no_event(row)


def test_violated_rights_are_no_assault() -> None:
    rows = event_rows(
        "Die Regierung habe mit dem Gesetz die Pressefreiheit schwer verletzt, kritisierte die Opposition."
    )
    assert not [r for r in rows if r[1] == "ASSAULT"]


def test_threatened_content_is_no_event_of_its_own() -> None:
    rows = event_rows(
        "Sollten die Verhandlungen scheitern, werde man den Flughafen blockieren, kündigten die Fluglotsen an."
    )
    assert not [r for r in rows if r[0] == "blockieren"]


def test_announced_strike_without_condition_is_no_threat() -> None:
    rows = event_rows("Man werde im Januar erneut streiken, kündigte die Gewerkschaft der Busfahrer an.")
    assert not [r for r in rows if r[1] == "THREATEN"]


def test_closing_drohte_after_reported_speech_is_a_threat() -> None:
    rows = event_rows("Man werde die Guthaben der Reeder einfrieren, drohte der Finanzminister.")
    assert [(r[1], r[5]) for r in rows if r[0] == "drohte"] == [("THREATEN", A)]
    assert not [r for r in rows if r[0] == "einfrieren"]  # the threatened step is the threat's content


def test_fronted_behind_phrase_is_no_support() -> None:
    rows = event_rows("Hinter der Stiftung stehen mehrere Bauunternehmer aus der Region.")
    assert not [r for r in rows if r[1] == "SUPPORT"]


def test_dead_and_injured_of_one_sentence_are_one_assault() -> None:
    rows = event_rows("Drei Passanten wurden getötet, vier weitere lebensgefährlich verletzt.")
    assert len([r for r in rows if r[1] == "ASSAULT"]) == 1


def test_person_coming_towards_someone_is_no_concession() -> None:
    rows = event_rows("Als die Kanzlerin ausstieg, kam ihr der Bürgermeister auf dem Rollfeld entgegen.")
    assert not [r for r in rows if r[1] == "CONCEDE"]


def test_announced_end_of_protests_on_a_condition_is_no_threat() -> None:
    rows = event_rows("Sollte der Senat einlenken, werde man die Blockaden beenden, kündigten die Studenten an.")
    assert not [r for r in rows if r[1] == "THREATEN"]
