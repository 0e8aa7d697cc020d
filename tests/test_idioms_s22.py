"""Idioms and light-verb constructions of political acts (twenty-second session), tested with invented sentences.

The rows of ``lang/de/idioms.tsv`` are verb triggers with their own role mapping: "X stößt bei Y auf Widerspruch",
"X erntet Kritik von Y", "X erhielt eine Absage aus Y" make the subject whom the act is aimed at and the "bei"/"von"/
"aus" phrase (or the genitive of the idiom's noun) its source; "ging auf Distanz zu X", "brach mit X" take the target
from the phrase of their preposition; "erteilte dem Plan eine Absage", "stärkte X den Rücken" read their roles as any
verb does. An idiom whose noun is an event noun of its own ("erhob Vorwürfe", "stieß auf Kritik", "erteilte eine
Absage") is shown on the noun, as the guide's trigger of a noun with a support verb. Negation is read as for any verb
("erteilte keine Absage": negated), and literal uses ("reichte ihm die Hand zur Begrüßung", "stieß auf Öl", shares
"unter Druck") give no event."""

from __future__ import annotations

import pytest

from chronik.components.events import lexicon
from tests.event_docs import (
    NonEventRow,
    TableRow,
    check_no_event,
    check_table_row,
    table_params,
)

EVENT_ROWS = [
    # the subject is the target: the source stands after "bei", "von", "aus" or in the genitive of the noun
    TableRow(
        "met-objection-at",
        "stieß",
        "REJECT",
        "asserted",
        ["SPD"],
        ["Friedrich Merz"],
        "Der Vorschlag von Friedrich Merz stieß bei der SPD auf Widerspruch.",
    ),
    TableRow(
        "met-criticism-genitive",
        "Kritik",
        "ACCUSE",
        "asserted",
        ["FDP"],
        ["Olaf Scholz"],
        "Die Pläne von Olaf Scholz stießen auf die Kritik der FDP.",
    ),
    TableRow(
        "got-refusal-from",
        "Absage",
        "REJECT",
        "asserted",
        ["Brüssel"],
        ["Türkei"],
        "Die Türkei erhielt eine Absage aus Brüssel.",
    ),
    TableRow(
        "reaped-criticism",
        "Kritik",
        "ACCUSE",
        "asserted",
        ["EU-Kommission"],
        None,
        "Die Regierung in Warschau erntete scharfe Kritik von der EU-Kommission.",
    ),
    TableRow(
        "pocketed-rebuff",
        "Abfuhr",
        "REJECT",
        "asserted",
        ["Emmanuel Macron"],
        ["Olaf Scholz"],
        "Olaf Scholz kassierte eine Abfuhr von Emmanuel Macron.",
    ),
    TableRow(
        "met-objection-within",
        "stieß",
        "REJECT",
        "asserted",
        ["CDU"],
        ["Markus Söder"],
        "Der Vorstoß von Markus Söder stieß innerhalb der CDU auf Widerspruch.",
    ),
    TableRow(
        "met-criticism-on-the-part-of",
        "Kritik",
        "ACCUSE",
        "asserted",
        ["Amnesty International"],
        ["Siemens"],
        "Der Konzern Siemens stößt auf massive Kritik seitens Amnesty International.",
    ),
    TableRow(
        "concessions-to",
        "Zugeständnisse",
        "CONCEDE",
        "negated",
        ["Angela Merkel"],
        ["London"],
        "Angela Merkel hatte bei dem Besuch von Boris Johnson keine Zugeständnisse an London gemacht.",
    ),
    # the subject is the source, the objects the target
    TableRow(
        "refusal-granted",
        "Absage",
        "REJECT",
        "asserted",
        ["Angela Merkel"],
        ["Olaf Scholz"],
        "Angela Merkel erteilte dem Plan von Olaf Scholz eine Absage.",
    ),
    TableRow(
        "green-light",
        "gab",
        "AGREE",
        "asserted",
        ["Bundestag"],
        ["Bundesregierung"],
        "Der Bundestag gab der Bundesregierung grünes Licht für den Einsatz.",
    ),
    TableRow(
        "under-pressure",
        "setzte",
        "REQUEST",
        "asserted",
        ["Verdi"],
        ["Bundesregierung"],
        "Die Gewerkschaft Verdi setzte die Bundesregierung unter Druck.",
    ),
    TableRow(
        "raised-pressure-on",
        "erhöhte",
        "REQUEST",
        "asserted",
        ["Europäische Union"],
        ["Russland"],
        "Die EU erhöhte den Druck auf Russland.",
    ),
    TableRow(
        "took-in-protection",
        "nahmen",
        "SUPPORT",
        "asserted",
        ["Bündnis 90/Die Grünen"],
        ["Annalena Baerbock"],
        "Die Grünen nahmen Annalena Baerbock in Schutz.",
    ),
    TableRow(
        "showed-teeth",
        "zeigte",
        "THREATEN",
        "asserted",
        ["Wladimir Putin"],
        ["NATO"],
        "Wladimir Putin zeigte der Nato die Zähne.",
    ),
    TableRow(
        "following-refused",
        "verweigert",
        "REJECT",
        "asserted",
        ["CDU"],
        ["Friedrich Merz"],
        "Die CDU hat Friedrich Merz die Gefolgschaft verweigert.",
    ),
    TableRow(
        "concessions",
        "Zugeständnisse",
        "CONCEDE",
        "asserted",
        None,
        ["Verdi"],
        "Die Regierung machte der Gewerkschaft Verdi Zugeständnisse.",
    ),
    # the target stands after the idiom's preposition
    TableRow(
        "distance-to",
        "ging",
        "ACCUSE",
        "asserted",
        ["CSU"],
        ["Friedrich Merz"],
        "Die CSU ging auf Distanz zu Friedrich Merz.",
    ),
    TableRow(
        "into-court-with",
        "ging",
        "ACCUSE",
        "asserted",
        ["SPD"],
        ["CDU/CSU"],
        "Die SPD ging mit der Union hart ins Gericht.",
    ),
    TableRow(
        "stood-up-for",
        "trat",
        "SUPPORT",
        "asserted",
        ["FDP"],
        None,
        "Die FDP trat für den Austritt Griechenlands aus der Eurozone ein.",
    ),
    # stance nouns with a support verb, negation and downtoners
    TableRow(
        "little-understanding",
        "zeigte",
        "ACCUSE",
        "asserted",
        ["Emmanuel Macron"],
        None,
        "Emmanuel Macron zeigte wenig Verständnis für die Forderungen der Gewerkschaft CGT.",
    ),
    TableRow(
        "reacted-with-alienation",
        "reagierte",
        "ACCUSE",
        "asserted",
        ["Bundesregierung"],
        ["Wladimir Putin"],
        "Die Bundesregierung reagierte mit Befremden auf die Äußerungen von Wladimir Putin.",
    ),
    TableRow(
        "expressed-astonishment",
        "drückte",
        "ACCUSE",
        "asserted",
        ["Heiko Maas"],
        ["China"],
        "Heiko Maas drückte seine Verwunderung über China aus.",
    ),
    TableRow(
        "declared-satisfaction",
        "erklärte",
        "SUPPORT",
        "asserted",
        None,
        ["Frankreich"],
        "Die Kanzlerin erklärte ihre Zufriedenheit mit der Haltung Frankreichs.",
    ),
    # negation is read as for any verb
    TableRow(
        "no-refusal",
        "Absage",
        "REJECT",
        "negated",
        ["SPD"],
        None,
        "Die SPD erteilte dem Vorschlag von Friedrich Merz keine Absage.",
    ),
]

NON_EVENT_ROWS = [
    NonEventRow("hand-in-greeting", "reichte", "Emmanuel Macron reichte Olaf Scholz die Hand zur Begrüßung."),
    NonEventRow("struck-oil", "stieß", "Die Firma Wintershall stieß vor der Küste auf Öl."),
    NonEventRow("shares-under-pressure", "gerieten", "Die Aktien von Siemens gerieten unter Druck."),
    NonEventRow("dollar-pressure", "setzte", "Der schwache Dollar setzte die Aktien von Siemens unter Druck."),
    NonEventRow("dog-teeth", "zeigte", "Der Hund zeigte dem Briefträger die Zähne."),
    NonEventRow("broke-with-tradition", "brach", "Die Partei brach mit der Tradition."),
    NonEventRow("rowed-back", "ruderte", "Der Ruderer ruderte mit dem Boot zurück ans Ufer."),
    NonEventRow("applicant-refused", "erhielt", "Die Bewerberin erhielt eine Absage."),
    # the idiom's noun stands in a clause the verb does not govern ("sich erklären" = explain; the support is a point
    # of the question's content)
    NonEventRow(
        "explain-question",
        "erkläre",
        "Der Reporter fragte, wie sie es sich erkläre, dass ihr Bild im Ausland vor allem von einem Punkt geprägt sei: "
        "ihre Unterstützung für den Präsidenten.",
    ),
]


@pytest.mark.parametrize("row", table_params(EVENT_ROWS, {}))
def test_idiom_event(row: TableRow) -> None:
    check_table_row(row)


@pytest.mark.parametrize("row", table_params(NON_EVENT_ROWS, {}))
def test_idiom_non_event(row: NonEventRow) -> None:
    check_no_event(row)


def test_idiom_rows_are_read_with_their_role_mapping() -> None:
    """Every idiom row is a verb trigger flagged "idiom" with its (source, target) slots, placed before the table's
    rows of the same verb; its slots name a known slot or prepositions."""
    lex = lexicon("de")
    idioms = [t for ts in lex.verbs.values() for t in ts if "idiom" in t.flags]
    assert len(idioms) > 150
    assert all(t.slots is not None and t.pos == "verb" for t in idioms)
    met = [t for t in lex.verbs["stoßen"] if "idiom" in t.flags and t.type == "REJECT"]
    assert met and met[0].slots[1] == "subj" and "bei" in met[0].slots[0].split(",")
    first = lex.verbs["gehen"][0]  # before the table's "gehen … auf Distanz" row
    assert "idiom" in first.flags
    types = {"REJECT", "ACCUSE", "SUPPORT", "AGREE", "CONCEDE", "COOPERATE", "REQUEST", "THREATEN", "SANCTION"}
    assert {t.type for t in idioms} <= types
