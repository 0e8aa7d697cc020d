"""Fifteenth session, round 2 (spurious events, duplicates, spurious quotes): "aus Protest" is a motive, not a second
protest; a casualty clause tied back by "dabei" is the attack told before; a definite event noun in a frame phrase
("am Rande der …", "im Zusammenhang mit dem …") is a mention with no roles from its clause; a state passive of
closing, an attributive participle ("die verbotene Partei") and "abführen" of money are no acts; a noun that is only
the topic of talks ("über eine Waffenruhe verhandeln", "Im Mittelpunkt steht …") is no event. Quotes: a report does
not run over a paragraph break nor on after a request's zu-infinitive, and a coordinated speech verb ("lobte …,
warnte jedoch, …") keeps its named subject. All sentences are invented; the rows were written before chronik was run
on them (rows fixed after the first run: rm04/rm05/rm06/rm09 named the same noun in both sentences, rc01/ac05 asked
for the noun where the guide codes the verb; rm05/rm06/rm09, durations of talks told before, were dropped because the
guide and the dev gold code every repeated mention)."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from tests.event_docs import (
    CountRow,
    NonEventRow,
    TableRow,
    check_count,
    check_no_event,
    check_table_row,
    table_params,
)
from tests.quote_docs import analyzed, speaker_name

# (1) one act told twice in one sentence or tied back by "dabei"
DUPLICATES = [
    CountRow(
        "dp01",
        "PROTEST",
        1,
        "Aus Protest gegen die geplanten Rentenkürzungen haben Gewerkschaften in Portugal am Dienstag einen "
        "landesweiten Streik abgehalten.",
    ),
    CountRow(
        "dp02",
        "PROTEST",
        1,
        "Aus Protest gegen die Schließung der Werft sind Hunderte Arbeiter in Danzig am Freitag in den Ausstand "
        "getreten.",
    ),
    CountRow(
        "dp03",
        "PROTEST",
        1,
        "Aus Protest über die Wahlfälschung legten Händler in Lagos am Montag mit einem Generalstreik den Markt lahm.",
    ),
    CountRow(
        "dp04",
        "PROTEST",
        1,
        "Aus Protest gegen die Zensur traten die Journalisten des Senders am Mittwoch in einen Hungerstreik.",
    ),
    CountRow(
        "dp05",
        "ASSAULT",
        1,
        "Die Luftwaffe hat am Sonntag mehrere Stellungen der Rebellen im Norden beschossen. Nach Angaben von "
        "Helfern wurden dabei mindestens 40 Menschen getötet.",
    ),
    CountRow(
        "dp06",
        "ASSAULT",
        1,
        "Kampfflugzeuge bombardierten am Donnerstag einen Markt in der Provinz Idlib. Dabei kamen nach Angaben "
        "der Behörden 17 Menschen ums Leben.",
    ),
    CountRow(
        "dp07",
        "ASSAULT",
        1,
        "Bewaffnete haben in der Nacht ein Dorf im Bundesstaat Plateau überfallen. Nach Polizeiangaben wurden "
        "dabei 23 Bewohner getötet.",
    ),
    CountRow(
        "dp08",
        "ASSAULT",
        1,
        "Die Armee griff am Montag ein Flüchtlingslager bei Rafah an. Dabei wurden nach UN-Angaben mehr als 30 "
        "Menschen verletzt.",
    ),
    CountRow(
        "dp09",
        "ASSAULT",
        1,
        "Extremisten haben am Dienstag einen Konvoi der Armee im Norden Malis überfallen. Dabei wurden nach "
        "Angaben des Militärs elf Soldaten getötet.",
    ),
    CountRow(
        "dp10",
        "PROTEST",
        1,
        "Aus Protest gegen die Abschiebungen blockierten Aktivisten am Montag die Zufahrt zum Flughafen Leipzig.",
    ),
    CountRow(
        "dp11",
        "ASSAULT",
        1,
        "Drohnen haben in der Nacht ein Umspannwerk bei Charkiw angegriffen. Dabei wurden zwei Techniker verletzt.",
    ),
]

# a casualty clause without "dabei" may be another attack, and two attacks stay two
DUPLICATE_CONTROLS = [
    CountRow(
        "dc01",
        "ASSAULT",
        2,
        "Die Luftwaffe hat am Sonntag Stellungen der Rebellen beschossen. Am Montag griffen Milizen eine "
        "Polizeistation in Kidal an.",
    ),
    CountRow(
        "dc02",
        "PROTEST",
        2,
        "Tausende Menschen haben am Samstag in Lissabon gegen die Reform protestiert. Am Montag folgte ein "
        "Generalstreik der Lehrer.",
    ),
]

# (2) re-mentions in a frame phrase are mentions of their own (the guide codes every mention) but take only the roles
# of their own phrase: the subject of the clause's verb did not do the framing act
RE_MENTIONS = [
    TableRow(
        "rm01",
        "Demonstration",
        "PROTEST",
        None,
        [],
        [],
        "Mehrere tausend Menschen haben am Samstag in Sofia gegen die Korruption demonstriert. Am Rande der "
        "Demonstration nahm die Polizei zwölf Männer fest.",
    ),
    TableRow(
        "rm03",
        "Überfall",
        "ASSAULT",
        None,
        [],
        None,
        "Unbekannte haben am Freitag in Hamburg einen Geldtransporter überfallen. Die Polizei nahm am Sonntag zwei "
        "Männer im Zusammenhang mit dem Überfall fest.",
    ),
    TableRow(
        "rm04",
        "Anschlag",
        "ASSAULT",
        None,
        [],
        None,
        "Unbekannte haben am Freitag eine Moschee in Quetta angegriffen und zwölf Menschen getötet. Im "
        "Zusammenhang mit dem Anschlag nahm die Armee drei Verdächtige fest.",
    ),
    TableRow(
        "rm07",
        "Streiks",
        "PROTEST",
        None,
        [],
        None,
        "Die Hafenarbeiter in Antwerpen sind am Montag in einen Streik getreten. Am Rande des Streiks griffen "
        "Lkw-Fahrer aus Frankreich einen Gewerkschafter an.",
    ),
    TableRow(
        "rm08",
        "Entführung",
        "ASSAULT",
        None,
        [],
        None,
        "Bewaffnete haben am Mittwoch in Kaduna einen Priester entführt. Die Armee nahm am Freitag vier Männer im "
        "Zusammenhang mit der Entführung fest.",
    ),
    TableRow(
        "rm10",
        "Mordes",
        "ASSAULT",
        None,
        [],
        None,
        "Ein Journalist ist am Montag in Belgrad erschossen worden. Die Polizei nahm am Dienstag im Zusammenhang "
        "mit dem Mord einen früheren Leibwächter fest. Im Zuge des Mordes ermittelt nun auch Europol.",
    ),
]

RE_MENTION_CONTROLS = [
    TableRow(
        "rc01",
        "trafen|Gipfels",
        "CONSULT",
        None,
        None,
        None,
        "Am Rande des G20-Gipfels in Neu-Delhi trafen sich die Außenminister Chinas und Japans.",
    ),
    TableRow(
        "rc02",
        "Gespräche",
        "CONSULT",
        None,
        None,
        None,
        "Die Gespräche zwischen Serbien und dem Kosovo dauerten am Mittwoch bis in die Nacht.",
    ),
    TableRow(
        "rc03",
        "festgenommen|nahm",
        "COERCE",
        None,
        None,
        None,
        "Unbekannte haben am Freitag in Hamburg einen Geldtransporter überfallen. Die Polizei hat am Sonntag zwei "
        "Männer im Zusammenhang mit dem Überfall festgenommen.",
    ),
]

# (3) no act: an attributive participle, "abführen" of money, the topic of talks
NO_ACTS = [
    NonEventRow(
        "na01", "verbotenen", "Nach Angaben der Polizei gehörten die Männer der verbotenen Gruppe Hizb ut-Tahrir an."
    ),
    NonEventRow("na02", "verbotenen", "Die Behörden rechnen die Flugblätter einer verbotenen Vereinigung zu."),
    NonEventRow("na03", "verbotenen", "Der Anführer der verbotenen Organisation lebt seit Jahren im Exil in London."),
    NonEventRow(
        "na04",
        "festgenommenen",
        "Die Anwälte der festgenommenen Aktivisten kündigten am Dienstag Beschwerde an.",
    ),
    NonEventRow(
        "na05",
        "führt",
        "Nach dem neuen Gesetz behält die Provinz die Einnahmen und führt jährlich zehn Prozent an die "
        "Zentralregierung ab.",
    ),
    NonEventRow(
        "na06",
        "führen",
        "Die Kommunen führen einen Teil der Gewerbesteuer an den Bund ab.",
    ),
    NonEventRow(
        "na07",
        "abgeführt",
        "Der Konzern hat im vergangenen Jahr 40 Millionen Euro Steuern an den Fiskus abgeführt.",
    ),
    NonEventRow(
        "na08",
        "Waffenstillstand",
        "Die Delegationen beider Länder wollen in Kairo über einen Waffenstillstand verhandeln.",
    ),
    NonEventRow(
        "na09",
        "Feuerpause",
        "Vertreter der Regierung und der Rebellen verhandelten am Montag in Nairobi über eine Feuerpause.",
    ),
    NonEventRow(
        "na10",
        "Waffenruhe",
        "Die Gespräche in Doha sollen am Mittwoch fortgesetzt werden. Im Mittelpunkt steht eine Waffenruhe im "
        "Süden des Landes.",
    ),
    NonEventRow(
        "na11",
        "Abkommen",
        "Die Minister berieten am Dienstag in Oslo. Im Mittelpunkt stand ein Abkommen über Fischereirechte.",
    ),
    NonEventRow(
        "na12",
        "Waffenstillstand",
        "Die beiden Präsidenten wollen am Freitag in Astana über einen dauerhaften Waffenstillstand sprechen.",
    ),
    NonEventRow(
        "na13",
        "verbotenen",
        "Bei den Festgenommenen handle es sich um Anhänger der verbotenen Muslimbruderschaft, sagte ein Sprecher.",
    ),
    NonEventRow("na15", "geschlossen", "Die Grenzübergänge nach Serbien waren am Wochenende geschlossen."),
    NonEventRow(
        "na16", "geschlossen", "Wegen des Streiks blieben die Züge im Depot, viele Behörden waren geschlossen."
    ),
    NonEventRow(
        "na17",
        "verbotenen",
        "Ein Sprecher der Armee sagte, die Toten seien Kämpfer der verbotenen Arbeiterpartei Belutschistans gewesen.",
    ),
    NonEventRow(
        "na18",
        "inhaftierten",
        "Die Anwälte der inhaftierten Menschenrechtlerin Narges Mohammadi legten am Montag Beschwerde ein.",
    ),
    NonEventRow(
        "na19",
        "verbotenen",
        "Die Polizei nahm zwei Männer fest. Bei ihnen handle es sich um Mitglieder der verbotenen Kurdischen "
        "Arbeiterpartei (PKK), sagte ein Sprecher.",
    ),
    NonEventRow(
        "ho01",
        "Friedensverhandlungen",
        "Die Konfliktparteien im Jemen haben sich auf eine Feuerpause geeinigt. Die Vereinten Nationen hoffen, dass "
        "die Feuerpause in Friedensverhandlungen mündet.",
    ),
    NonEventRow(
        "ho02",
        "Gesprächen",
        "Washington erwartet, dass der Waffenstillstand zu direkten Gesprächen zwischen Kiew und Moskau führt.",
    ),
    NonEventRow(
        "na14",
        "Feuerpause",
        "Die Unterhändler verhandeln seit Tagen in Katar über eine Feuerpause und den Austausch von Gefangenen.",
    ),
]

NO_ACT_CONTROLS = [
    TableRow(
        "ac01",
        "festgenommen",
        "COERCE",
        None,
        None,
        None,
        "Die Polizei hat am Montag in Köln zwei Mitglieder einer verbotenen Gruppe festgenommen.",
    ),
    TableRow(
        "ac02",
        "verboten",
        "COERCE",
        None,
        None,
        None,
        "Das Innenministerium hat am Dienstag die Gruppe Blood and Honour verboten.",
    ),
    TableRow(
        "ac03",
        "führten|abgeführt",
        "COERCE",
        None,
        None,
        None,
        "Polizisten führten den Demonstranten am Montag in Handschellen ab.",
    ),
    TableRow(
        "ac04",
        "verhandelten",
        "CONSULT",
        None,
        None,
        None,
        "Vertreter der Regierung und der Rebellen verhandelten am Montag in Nairobi über eine Feuerpause.",
    ),
    TableRow(
        "ac06",
        "geschlossen",
        "COERCE",
        None,
        None,
        None,
        "Die Regierung in Budapest hat am Montag die Grenze zu Serbien geschlossen.",
    ),
    TableRow(
        "ac07",
        "geschlossen",
        "COERCE",
        None,
        None,
        None,
        "Die Grenze zu Serbien war am Montag auf Anordnung der Regierung geschlossen worden.",
    ),
    TableRow(
        "ac08",
        "Festnahmen",
        "COERCE",
        None,
        None,
        None,
        "Die Proteste in Lima führten am Montag zu zahlreichen Festnahmen.",
    ),
    TableRow(
        "ac05",
        "geeinigt|Waffenruhe",
        "AGREE",
        None,
        None,
        None,
        "Die Konfliktparteien im Sudan haben sich am Samstag auf eine Waffenruhe geeinigt.",
    ),
]

# known gaps of these tables: none yet
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("row", table_params(DUPLICATES + DUPLICATE_CONTROLS, GAPS))
def test_event_count(row: CountRow) -> None:
    check_count(row)


@pytest.mark.parametrize("row", table_params(NO_ACTS, GAPS))
def test_no_event(row: NonEventRow) -> None:
    check_no_event(row)


@pytest.mark.parametrize("row", table_params(RE_MENTIONS + RE_MENTION_CONTROLS + NO_ACT_CONTROLS, GAPS))
def test_control_event(row: TableRow) -> None:
    check_table_row(row)


# (4) quotes: a paragraph break ends a report; a coordinated speech verb keeps its named subject; "sprach von"
class QuoteRow(NamedTuple):
    id: str
    words: str
    speaker: str | None
    text: str


PARAGRAPH = [
    (
        "pq01",
        "Meldung\nKAIRO (dpa) – Das Gesundheitsministerium erklärte, die Kliniken seien überfüllt. Man werde weitere "
        "Ärzte in die Region schicken.\n\nIn Assuan gingen am Mittwoch Hunderte Menschen auf die Straße.",
        "In Assuan gingen",
    ),
    (
        "pq02",
        "Meldung\nLIMA (dpa) – Der Minister sagte, die Regierung werde die Löhne erhöhen. Die Reform solle im Januar "
        "in Kraft treten.\n\nIn Cusco blockierten Bauern am Donnerstag mehrere Straßen.",
        "In Cusco blockierten",
    ),
    (
        "pq03",
        "Meldung\nQUITO (dpa) – Die Umweltorganisation Amazon Watch rief die Regierung auf, die Bohrungen sofort zu "
        "stoppen. In Coca demonstrierten am Abend mehrere hundert Menschen gegen das Projekt.",
        "In Coca demonstrierten",
    ),
    (
        "pq04",
        "Meldung\nBERN (dpa) – Der Mieterverband forderte die Regierung auf, die Mieten einzufrieren. In Zürich "
        "gingen am Samstag Tausende Menschen auf die Straße.",
        "In Zürich gingen",
    ),
]


@pytest.mark.parametrize("row", [pytest.param(r, id=r[0]) for r in PARAGRAPH])
def test_narrative_after_report_is_no_quote(row: tuple[str, str, str]) -> None:
    _, text, words = row
    doc = analyzed(text, published="2026-11-10")
    assert not [q for q in doc.quotes if words in q.text], doc.quotes


SPEAKERS = [
    QuoteRow(
        "sq01",
        "viele Betriebe",
        "Hans Kohlhaas",
        "Meldung\nMÜNCHEN (dpa) – Handwerkspräsident Hans Kohlhaas lobte die Einigung, warnte jedoch, viele "
        "Betriebe könnten die höheren Löhne kaum bezahlen.",
    ),
    QuoteRow(
        "sq02",
        "die Kosten",
        "Anna Petersen",
        "Meldung\nKIEL (dpa) – Verbandschefin Anna Petersen begrüßte den Beschluss, kritisierte aber, die Kosten "
        "würden allein den Mietern aufgebürdet.",
    ),
    QuoteRow(
        "sq03",
        "teuren Fehler",
        "Greenpeace",
        "Meldung\nWIEN (dpa) – Die Umweltorganisation Greenpeace sprach von einem „teuren Fehler“ und forderte "
        "einen Neustart.",
    ),
    QuoteRow(
        "sq04",
        "Sieg der Beschäftigten",
        "Verdi",
        "Meldung\nBERLIN (dpa) – Die Gewerkschaft Verdi sprach von einem „Sieg der Beschäftigten“ und forderte die "
        "Arbeitgeber auf, den Vertrag rasch umzusetzen.",
    ),
    QuoteRow(
        "sq05",
        "Stunde der Wahrheit",
        "Jonas Berger",
        "Meldung\nWIEN (dpa) – Oppositionsführer Jonas Berger sprach am Dienstag von einer „Stunde der Wahrheit“ für "
        "die Koalition.",
    ),
]


@pytest.mark.parametrize("row", [pytest.param(r, id=r.id) for r in SPEAKERS])
def test_speaker(row: QuoteRow) -> None:
    doc = analyzed(row.text, published="2026-11-10")
    hits = [q for q in doc.quotes if row.words in q.text]
    assert hits, doc.quotes
    assert speaker_name(doc, hits[0]) == row.speaker, doc.quotes
