"""Eighteenth session, round 2: verbs and nouns of German news that gave no event or the wrong type in the blind
real-news audits 29/30. Aid cut ("kürzen", "streichen", "zusammenstreichen" of "Hilfen") is a SANCTION aimed at
whom the aid was for, and the aid noun is no AID of its own; a court that "spricht ein Urteil" rules (COERCE), it does
not meet; a bid withdrawn ("zog sein Angebot zurück", "nahm das Gebot zurück") is RETREAT; an honour handed back
("gab den Verdienstorden zurück") refuses its giver (REJECT); "ergab sich der Polizei" is a surrender (CONCEDE);
"klagen auf Herausgabe" is a lawsuit (ACCUSE); "hat sich in einem Brief an X gewandt" is an appeal (CONSULT);
"Diskussionen zwischen X und Y" are talks (CONSULT); "gewürgt", "angeschossen" are assaults, and people "in die Hände
von Islamisten geraten" are abducted; the "Explosion einer Autobombe" is an attack; an armed conflict that "flammt
auf" or "entbrennt" is fighting; "gefangengenommen", "gefangen gehalten" are captures. Negative rows keep the other
readings (welfare cut at home, talking about a verdict, a book given back, a study's result, fans addressed, weapons
fallen into rebels' hands, a gas explosion, a debate flaring up, a deer shot). All sentences are invented."""

from __future__ import annotations

import pytest

from tests.event_docs import (
    NonEventRow,
    TableRow,
    check_no_event,
    check_table_row,
    table_params,
)

EVENTS = [
    # aid cut: a sanction against the recipient, the aid noun not coded as AID
    TableRow(
        "cut01",
        "gekürzt",
        "SANCTION",
        "asserted",
        ["Schweden", "Dänemark"],
        ["Kenia"],
        "Wegen der Wahlfälschung haben Schweden und Dänemark ihre Hilfen für Kenia um mehrere Millionen Euro gekürzt.",
    ),
    TableRow(
        "cut02",
        "strichen",
        "SANCTION",
        "asserted",
        ["Niederlande"],
        ["Malawi"],
        "Nach dem Putsch strichen die Niederlande ihre Finanzhilfen für Malawi zusammen.",
    ),
    TableRow(
        "cut03",
        "gestrichen",
        "SANCTION",
        "asserted",
        ["Schweden"],
        ["Kenia"],
        "Schweden hat die Entwicklungshilfe für Kenia gestrichen.",
    ),
    TableRow(
        "cut05",
        "gekürzt",
        "SANCTION",
        "asserted",
        ["Schweden"],
        ["Kenia"],
        "Wegen der Politik des Präsidenten Ruto hat Schweden seine Hilfen für Kenia gekürzt.",
    ),
    TableRow(
        "cut04",
        "kürzt",
        "SANCTION",
        None,
        ["Japan"],
        None,
        "Japan kürzt seine Hilfe für Myanmar nach der Verhaftung der Oppositionsführerin.",
    ),
    # a court's ruling
    TableRow(
        "ver01",
        "gesprochen",
        "COERCE",
        "asserted",
        None,
        None,
        "Das Oberlandesgericht hat am Mittwoch ein lange erwartetes Urteil zur Erbschaftsteuer gesprochen.",
    ),
    TableRow(
        "ver02",
        "sprachen",
        "COERCE",
        "asserted",
        None,
        None,
        "Die Richter des Verfassungsgerichts sprachen am Montag ihr Urteil im Verfahren gegen die Partei.",
    ),
    # a bid withdrawn
    TableRow(
        "bid01",
        "zog",
        "RETREAT",
        "asserted",
        ["Rheinmetall"],
        None,
        "Der Rüstungskonzern Rheinmetall zog am Freitag sein Angebot für den Bau der Fregatten zurück.",
    ),
    TableRow(
        "bid02",
        "zurückgezogen",
        "RETREAT",
        "asserted",
        None,
        None,
        "Der Bieter hat sein Übernahmeangebot für die Reederei am Dienstag zurückgezogen.",
    ),
    TableRow(
        "bid03",
        "nahm",
        "RETREAT",
        "asserted",
        None,
        None,
        "Der Investor nahm sein Gebot für den Flughafen überraschend zurück.",
    ),
    # an honour handed back
    TableRow(
        "hon01",
        "zurückgegeben",
        "REJECT",
        "asserted",
        None,
        None,
        "Der Schriftsteller hat den Verdienstorden aus Protest gegen die Politik der Regierung zurückgegeben.",
    ),
    TableRow(
        "hon03",
        "zurückgegeben",
        "REJECT",
        "asserted",
        None,
        None,
        "Der Dirigent hat den Orden, der ihm 1999 vom Präsidenten verliehen worden war, im Streit zurückgegeben.",
    ),
    TableRow(
        "hon02",
        "gab",
        "REJECT",
        "asserted",
        None,
        None,
        "Die frühere Ministerin gab ihre Ehrenbürgerschaft der Stadt zurück.",
    ),
    # surrender
    TableRow(
        "sur01",
        "ergab",
        "CONCEDE",
        "asserted",
        None,
        None,
        "Der gesuchte Drogenboss ergab sich am Morgen der Polizei.",
    ),
    TableRow(
        "sur02",
        "ergeben",
        "CONCEDE",
        "asserted",
        None,
        None,
        "Rund 200 Kämpfer der Miliz haben sich den Truppen der Regierung ergeben.",
    ),
    # a lawsuit for a claim
    TableRow(
        "sue01",
        "klagen",
        "ACCUSE",
        "asserted",
        None,
        None,
        "Zwei Umweltverbände klagen auf Herausgabe der Gutachten.",
    ),
    TableRow(
        "sue02",
        "klagte",
        "ACCUSE",
        "asserted",
        None,
        None,
        "Die Witwe des Soldaten klagte auf Schadensersatz gegen das Ministerium.",
    ),
    # a written appeal
    TableRow(
        "app01",
        "gewandt",
        "CONSULT",
        "asserted",
        None,
        None,
        "Der Rebellenführer hat sich in einem Brief an den UN-Generalsekretär gewandt.",
    ),
    TableRow(
        "app02",
        "wandte",
        "CONSULT",
        "asserted",
        None,
        None,
        "Mit einem Schreiben wandte sich die Oppositionsführerin an die Europäische Union.",
    ),
    # talks between named parties
    TableRow(
        "dis01",
        "Diskussionen",
        "CONSULT",
        "asserted",
        None,
        None,
        "Es gab heftige Diskussionen zwischen dem Kanzler und den Ministerpräsidenten der Länder.",
    ),
    TableRow(
        "dis02",
        "Diskussion",
        "CONSULT",
        "asserted",
        None,
        None,
        "Nach einer langen Diskussion zwischen Frankreich und Italien blieb der Streit ungelöst.",
    ),
    # violence on a person
    TableRow(
        "vio01",
        "gewürgt",
        "ASSAULT",
        "asserted",
        None,
        None,
        "Der Kassierer wurde von den Räubern gewürgt.",
    ),
    TableRow(
        "vio02",
        "angeschossen",
        "ASSAULT",
        "asserted",
        None,
        None,
        "Ein Polizist wurde bei dem Überfall angeschossen.",
    ),
    TableRow(
        "vio03",
        "schossen",
        "ASSAULT",
        "asserted",
        None,
        None,
        "Unbekannte schossen den Bürgermeister vor seinem Haus an.",
    ),
    # abduction idiom
    TableRow(
        "abd01",
        "geraten",
        "ASSAULT",
        "asserted",
        None,
        None,
        "Im Süden des Landes sind drei Entwicklungshelfer in die Hände von Islamisten geraten.",
    ),
    TableRow(
        "abd02",
        "gerieten",
        "ASSAULT",
        "asserted",
        None,
        None,
        "Zwei Journalisten gerieten im Grenzgebiet in die Gewalt von Entführern.",
    ),
    # a bomb's blast
    TableRow(
        "exp01",
        "Explosion",
        "ASSAULT",
        "asserted",
        None,
        None,
        "In Kabul hat die Explosion einer Autobombe vor dem Innenministerium mehrere Gebäude beschädigt.",
    ),
    TableRow(
        "exp02",
        "Explosion",
        "ASSAULT",
        "asserted",
        None,
        None,
        "Bei der Explosion eines Sprengsatzes an einer Bushaltestelle in Quetta wurden vier Menschen verletzt.",
    ),
    # an armed conflict flaring up again
    TableRow(
        "fla01",
        "aufgeflammt",
        "ASSAULT",
        "asserted",
        None,
        None,
        "Der Konflikt zwischen der Armee und den Rebellen ist im Norden erneut aufgeflammt.",
    ),
    TableRow(
        "fla02",
        "entbrannt",
        "ASSAULT",
        "asserted",
        None,
        None,
        "Im Osten des Landes ist der Bürgerkrieg im Sommer wieder entbrannt.",
    ),
    # capture in one word, captivity with "halten"
    TableRow(
        "cap01",
        "gefangengenommen",
        "COERCE",
        "asserted",
        None,
        None,
        "Die Miliz hatte die Soldaten, die sie im Mai gefangengenommen hatte, freigelassen.",
    ),
    TableRow(
        "cap02",
        "gehalten",
        "COERCE",
        "asserted",
        ["Nordkorea"],
        None,
        "Die Marine hatte die Fischer, die von Nordkorea gefangen gehalten werden, freigelassen.",
    ),
]

NON_EVENTS = [
    # welfare cut at home is no sanction, nor is shortening a text
    NonEventRow("ne01", "kürzte", "Die Stadt kürzte die Sozialhilfe für Familien."),
    NonEventRow("ne02", "gekürzt", "Die Redaktion hat den Bericht um zwei Seiten gekürzt."),
    # talking with a judge about a verdict is no ruling
    NonEventRow("ne03", "sprach", "Der Minister sprach am Abend über das Urteil gegen den Richter."),
    # withdrawing from a bidding process, or a question
    NonEventRow("ne04", "zog", "Die Abgeordnete zog ihre Frage an den Minister zurück."),
    # a book given back
    NonEventRow("ne05", "gab", "Die Schülerin gab das Buch der Bibliothek zurück."),
    # a study's result
    NonEventRow("ne06", "ergab", "Aus der Studie ergab sich ein klares Bild der Lage bei der Polizei."),
    # complaining about a drought
    NonEventRow("ne07", "klagen", "Die Bauern klagen über die Dürre."),
    # a singer turning to his fans
    NonEventRow("ne08", "wandte", "Der Sänger wandte sich in einem Brief an seine Fans."),
    # a debate on a topic
    NonEventRow("ne09", "Diskussion", "Die Diskussion über die Steuerreform dauert an."),
    # a deer shot by a hunter, a gag
    NonEventRow("ne10", "angeschossen", "Der Jäger hat im Wald ein Reh angeschossen."),
    NonEventRow("ne11", "würgen", "Der Patient musste nach der Narkose heftig würgen."),
    NonEventRow("ne16", "würgte", "Das Kind würgte und hustete."),
    # a town fallen to rebels; a bomb already told; a mining blast; "inzwischen" is no "zwischen"
    NonEventRow("ne17", "geraten", "Die Hafenstadt ist im Frühjahr in die Hände der Rebellen geraten."),
    NonEventRow(
        "ne18",
        "Explosion",
        "In Lahore ist ein Bus angegriffen worden. Zur Explosion der Bombe kam es an einer Kreuzung im Zentrum.",
    ),
    NonEventRow("ne19", "Explosion", "Bei einer Explosion in einer Mine in Chile wurden drei Bergleute verletzt."),
    NonEventRow(
        "ne20",
        "Diskussionen",
        "Nach langen Diskussionen haben sich die Parteien inzwischen auf einen Haushalt geeinigt.",
    ),
    # weapons fallen into rebels' hands
    NonEventRow("ne12", "geraten", "Die Waffen sind in die Hände der Rebellen geraten."),
    # a gas explosion
    NonEventRow("ne13", "Explosion", "Bei der Explosion einer Gasleitung wurden zwei Häuser zerstört."),
    # a debate flaring up, a price war breaking out
    NonEventRow("ne14", "aufgeflammt", "Die Debatte über die Rentenreform ist erneut aufgeflammt."),
    NonEventRow("ne15", "entbrannt", "Zwischen den Supermärkten ist ein harter Preiskampf entbrannt."),
]


@pytest.mark.parametrize("row", table_params(EVENTS, ()))
def test_events(row: TableRow) -> None:
    check_table_row(row)


@pytest.mark.parametrize("row", table_params(NON_EVENTS, ()))
def test_non_events(row: NonEventRow) -> None:
    check_no_event(row)
