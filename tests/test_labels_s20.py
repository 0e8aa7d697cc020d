"""Statement acts carried by labelling constructions and speech verbs (twentieth session), tested with invented
sentences: a claim called false ("Zeitungsente", "Unterstellung") or a word of denunciation is REJECT, an act called
a word of denunciation ("Hetzkampagne", "Eingriff in die Grundrechte", "unrealistisch") ACCUSE, praise ("bahnbrechend",
"Lichtblick") SUPPORT; the labelling verbs werten (als) and halten (für) take the same label lists as bezeichnen and
nennen; a speech verb whose content clause calls a claim false ("sagte, die Vorwürfe seien haltlos") rejects it.
Doubting a claim ("bezweifelte", "zweifelten am", "infrage gestellt") is REJECT, an insult label ("titulierte … als
Gesindel", "stempelte … ab") ACCUSE. A neutral label, a neutral content clause and a surgical "Eingriff in der Klinik"
give no event."""

from __future__ import annotations

import pytest

from tests.event_docs import NonEventRow, TableRow, check_no_event, check_table_row, table_params

EVENT_ROWS = [
    # a claim called false: REJECT
    TableRow(
        "newspaper-hoax",
        "nannte",
        "REJECT",
        "asserted",
        ["Jörg Hallmann"],
        None,
        "Der Abgeordnete Jörg Hallmann nannte den Bericht über die Abhöraktion eine Zeitungsente.",
    ),
    TableRow(
        "insinuation",
        "bezeichnete",
        "REJECT",
        "asserted",
        ["Petra Vogelsang"],
        None,
        "Die Staatssekretärin Petra Vogelsang bezeichnete die Darstellung der Gewerkschaft als Unterstellung.",
    ),
    TableRow(
        "valued-propaganda",
        "wertete",
        "REJECT",
        "asserted",
        ["Arno Kessler"],
        None,
        "Der Ministerpräsident Arno Kessler wertete die Vorwürfe der Opposition als Propaganda.",
    ),
    TableRow(
        "holds-baseless",
        "hält",
        "REJECT",
        "asserted",
        ["Ilse Brandauer"],
        None,
        "Die Bürgermeisterin Ilse Brandauer hält die Anschuldigungen des Vereins für haltlos.",
    ),
    TableRow(
        "criticism-called-brazen",
        "bezeichnete",
        "REJECT",
        "asserted",
        ["Ruben Ortega"],
        None,
        "Der Präsident Ruben Ortega bezeichnete die Kritik seines Nachbarlandes als Verleumdung.",
    ),
    # a speech verb whose content clause calls a claim false
    TableRow(
        "said-baseless",
        "sagte",
        "REJECT",
        "asserted",
        ["Lars Henning"],
        None,
        "Der Innenminister Lars Henning sagte, die Vorwürfe der Menschenrechtler seien haltlos.",
    ),
    TableRow(
        "declared-invented",
        "erklärte",
        "REJECT",
        "asserted",
        ["Svenja Albers"],
        None,
        "Die Sprecherin Svenja Albers erklärte, die Berichte über einen Rücktritt seien frei erfunden.",
    ),
    TableRow(
        "said-a-lie",
        "sagte",
        "REJECT",
        "asserted",
        ["Lars Henning"],
        None,
        "Der Innenminister Lars Henning sagte, die Vorwürfe der Opposition seien eine Lüge.",
    ),
    # an act called a word of denunciation: ACCUSE
    TableRow(
        "spoke-of-smear-campaign",
        "sprach",
        "ACCUSE",
        "asserted",
        ["Konrad Weigel"],
        None,
        "Der Fraktionschef Konrad Weigel sprach von einer gezielten Kampagne gegen seine Partei.",
    ),
    TableRow(
        "fronted-leak",
        "sprach",
        "ACCUSE",
        "asserted",
        ["Konrad Weigel"],
        None,
        "Von einer „gezielten Indiskretion“ sprach der Fraktionschef Konrad Weigel.",
    ),
    TableRow(
        "dam-break",
        "sprachen",
        "ACCUSE",
        "asserted",
        None,
        None,
        "Die Abgeordneten Mia Korte und Olaf Stein sprachen von einem „rechtsstaatlichen Dammbruch“.",
    ),
    TableRow(
        "intrusion-rights",
        "bezeichnete",
        "ACCUSE",
        "asserted",
        ["Greta Hollmann"],
        None,
        "Die Datenschützerin Greta Hollmann bezeichnete das neue Meldegesetz als Eingriff in die Grundrechte.",
    ),
    TableRow(
        "unrealistic",
        "bezeichnete",
        "ACCUSE",
        "asserted",
        ["Theo Ramsauer"],
        None,
        "Der Finanzminister Theo Ramsauer bezeichnete den Haushaltsplan der Stadt als völlig unrealistisch.",
    ),
    TableRow(
        "valued-fraud",
        "wertete",
        "ACCUSE",
        "asserted",
        None,
        None,
        "Die Oppositionspartei wertete die Abstimmung im Parlament als Betrug.",
    ),
    TableRow(
        "holds-mistake",
        "hielt",
        "ACCUSE",
        "asserted",
        None,
        None,
        "Der Mieterverband hielt die Entscheidung des Stadtrats für einen schweren Fehler.",
    ),
    TableRow(
        "said-intrusion",
        "sagte",
        "ACCUSE",
        "asserted",
        ["Greta Hollmann"],
        None,
        "Die Datenschützerin Greta Hollmann sagte, das Gesetz sei ein Eingriff in die Pressefreiheit.",
    ),
    # doubting or questioning a claim or a step: REJECT
    TableRow(
        "doubted-figures",
        "bezweifelte",
        "REJECT",
        "asserted",
        ["Eva Lindqvist"],
        None,
        "Die Abgeordnete Eva Lindqvist bezweifelte die Angaben des Verkehrsministeriums.",
    ),
    TableRow(
        "doubted-truth",
        "zweifelten",
        "REJECT",
        "asserted",
        None,
        None,
        "Mehrere Abgeordnete zweifelten am Wahrheitsgehalt der Berichte über die Spionageaffäre.",
    ),
    TableRow(
        "questioned-step",
        "gestellt",
        "REJECT",
        "asserted",
        ["Österreich"],
        None,
        "Die Regierung Österreichs hat den Beitritt Serbiens infrage gestellt.",
    ),
    # an actor given an insult or a falsity label: ACCUSE
    TableRow(
        "titled-rabble",
        "titulierte",
        "ACCUSE",
        "asserted",
        ["Nicolas Petit"],
        None,
        "Der Innenminister Nicolas Petit titulierte die Randalierer als Gesindel.",
    ),
    TableRow(
        "branded-traitor",
        "stempelte",
        "ACCUSE",
        "asserted",
        None,
        None,
        "Das Boulevardblatt stempelte den Abgeordneten als Verräter ab.",
    ),
    TableRow(
        "media-fake-news",
        "bezeichnet",
        "ACCUSE",
        "asserted",
        ["Donald Trump"],
        None,
        "Der Präsident Donald Trump hatte mehrere Fernsehsender als „Fake News“ bezeichnet.",
    ),
    TableRow(
        "report-fake-news",
        "nannte",
        "REJECT",
        "asserted",
        ["Karl Hubertus"],
        None,
        "Der Minister Karl Hubertus nannte den Bericht des Senders „Fake News“.",
    ),
    # praise of someone's act: SUPPORT
    TableRow(
        "groundbreaking",
        "nannte",
        "SUPPORT",
        "asserted",
        ["Edith Sommer"],
        None,
        "Die Ministerin Edith Sommer nannte das Urteil des Verfassungsgerichts bahnbrechend.",
    ),
    TableRow(
        "ray-of-hope",
        "bezeichnete",
        "SUPPORT",
        "asserted",
        ["Edith Sommer"],
        None,
        "Die Ministerin Edith Sommer bezeichnete die Freilassung der Journalisten als Lichtblick.",
    ),
]

NON_EVENT_ROWS = [
    NonEventRow("neutral-self-label", "nannte", "Der Landwirt Jens Lahm nannte sich einen Vertreter der Bauern."),
    NonEventRow("spoke-of-injured", "sprach", "Der Polizeisprecher Ole Brandt sprach von zwanzig Verletzten."),
    NonEventRow("said-long-report", "sagte", "Der Minister Lars Henning sagte, der Bericht sei sehr lang."),
    NonEventRow("denial-negated", "erklärte", "Die Sprecherin Ina Alt erklärte, die Berichte seien nicht falsch."),
    NonEventRow("surgery", "nannte", "Der Chirurg Paul Ebner nannte den Eingriff in der Klinik ungefährlich."),
    NonEventRow("gave-speech", "hielt", "Der Trainer Udo Kranz hielt eine Rede vor der Mannschaft."),
    NonEventRow("goal-counted", "gewertet", "Das Tor des Stürmers wurde nicht gewertet."),
    NonEventRow("question-raised", "stellte", "Die Journalistin Ina Roth stellte dem Minister eine Frage."),
    NonEventRow("titled-neutral", "titulierte", "Die Zeitung titulierte den Trainer als Fußballlehrer."),
    NonEventRow("doubt-outcome", "zweifelt", "Der Abgeordnete Udo Bell zweifelt an einer raschen Wahl der Kandidatin."),
    NonEventRow("questioned-state", "gestellt", "Die Strategie der Regierung sei damit in Frage gestellt."),
]


@pytest.mark.parametrize("row", table_params(EVENT_ROWS, {}))
def test_label_event(row: TableRow) -> None:
    check_table_row(row)


@pytest.mark.parametrize("row", table_params(NON_EVENT_ROWS, {}))
def test_label_non_event(row: NonEventRow) -> None:
    check_no_event(row)
