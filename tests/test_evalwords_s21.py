"""Broad evaluative label lexicons (twenty-first session), tested with invented sentences: a labelling verb (nennen,
bezeichnen, werten, halten für, beschreiben/charakterisieren als) whose label is a word of negative_labels.txt is
ACCUSE/disapprove, of negated_labels.txt ("nicht akzeptabel") ACCUSE too, of praise_words.txt SUPPORT/praise, a claim
so labelled or called a word of falsity_words.txt REJECT. The lists hold base forms; inflected, graded and
attributive forms ("einen unausgegorenen Schnellschuss", "die fatalste", "Fehlentscheidungen", "Versagerin") match
through events.py's _label_forms. A situation so called ("die Lage katastrophal"), an outcome praised ("das
Wahlergebnis als Erfolg"), a mention ("nannte drei Gründe") and a neutral label give no event."""

from __future__ import annotations

import pytest

from chronik.components.events import _label_forms, _list_words
from chronik.text import lang_json
from tests.event_docs import NonEventRow, TableRow, check_no_event, check_table_row, table_params

EVENT_ROWS = [
    # a negative label: ACCUSE; the labelled act's owner (genitive) or the labelled actor is the target
    TableRow(
        "half-baked",
        "bezeichnete",
        "ACCUSE",
        "asserted",
        ["Karla Wendt"],
        None,
        "Die Abgeordnete Karla Wendt bezeichnete den Plan als unausgegoren.",
    ),
    TableRow(
        "attributive-inflected",
        "nannte",
        "ACCUSE",
        "asserted",
        ["Bernd Falkner"],
        None,
        "Der Fraktionschef Bernd Falkner nannte die Reform einen unausgegorenen Schnellschuss.",
    ),
    TableRow(
        "superlative",
        "nannte",
        "ACCUSE",
        "asserted",
        ["Mira Olsen"],
        None,
        "Die Senatorin Mira Olsen nannte die Kürzung die fatalste Entscheidung seit Jahren.",
    ),
    TableRow(
        "noun-plural",
        "bezeichnete",
        "ACCUSE",
        "asserted",
        ["Till Brommer"],
        None,
        "Der Stadtrat Till Brommer bezeichnete die Beschlüsse als Fehlentscheidungen.",
    ),
    TableRow(
        "catastrophe-for",
        "nannte",
        "ACCUSE",
        "asserted",
        ["Hanna Lüders"],
        None,
        "Die Abgeordnete Hanna Lüders nannte das Gesetz eine Katastrophe für die Demokratie.",
    ),
    TableRow(
        "owner-target",
        "nannte",
        "ACCUSE",
        "asserted",
        ["Rolf Anger"],
        ["Polizei"],
        "Der Anwalt Rolf Anger nannte das Vorgehen der Polizei dilettantisch.",
    ),
    TableRow(
        "actor-feminine",
        "nannte",
        "ACCUSE",
        "asserted",
        ["Opposition"],
        ["Merkel"],
        "Die Opposition nannte Merkel eine Versagerin.",
    ),
    TableRow(
        "held-for-misguided",
        "hält",
        "ACCUSE",
        "asserted",
        ["Egon Hasler"],
        None,
        "Der Ökonom Egon Hasler hält den Vorschlag für völlig realitätsfern.",
    ),
    TableRow(
        "described-as",
        "beschrieb",
        "ACCUSE",
        "asserted",
        ["Lena Marx"],
        None,
        "Die Gutachterin Lena Marx beschrieb das Konzept als stümperhaft.",
    ),
    TableRow(
        "unfair-not-praise",
        "halten",
        "ACCUSE",
        "asserted",
        None,
        None,
        "Die Grünen halten die Reform für unfair.",
    ),
    # "verlogen" is a word of denunciation (ACCUSE), not "erlogen" (a claim called false) as the end of a compound
    TableRow(
        "mendacious-not-lie",
        "bezeichnete",
        "ACCUSE",
        "asserted",
        ["Jörg Hallmann"],
        None,
        "Der Abgeordnete Jörg Hallmann bezeichnete die Haltung der Partei als verlogen.",
    ),
    # "sprach von" a broad label: ACCUSE (allege), the owner in the genitive the target
    TableRow(
        "spoke-of-rash",
        "sprach",
        "ACCUSE",
        "asserted",
        ["Karla Wendt"],
        None,
        "Die Abgeordnete Karla Wendt sprach von einem unausgegorenen Schnellschuss.",
    ),
    # "Auflagen" ends in "lage" but is no situation
    TableRow(
        "conditions-not-situation",
        "nannte",
        "ACCUSE",
        "asserted",
        ["Rolf Anger"],
        None,
        "Der Anwalt Rolf Anger nannte die Auflagen der Behörde unzumutbar.",
    ),
    # praise negated: ACCUSE, not negated
    TableRow(
        "not-acceptable",
        "nannte",
        "ACCUSE",
        "asserted",
        ["Uwe Pfarr"],
        None,
        "Der Gewerkschafter Uwe Pfarr nannte das Angebot nicht akzeptabel.",
    ),
    # praise: SUPPORT
    TableRow(
        "described-balanced",
        "beschrieb",
        "SUPPORT",
        "asserted",
        ["Edith Sommer"],
        None,
        "Die Ministerin Edith Sommer beschrieb die Reform als ausgewogen.",
    ),
    TableRow(
        "characterised-quantum-leap",
        "charakterisierte",
        "SUPPORT",
        "asserted",
        ["Sven Holt"],
        None,
        "Der Minister Sven Holt charakterisierte die Freilassung der Geiseln als Quantensprung.",
    ),
    # a claim called false or a negative label: REJECT
    TableRow(
        "lies",
        "bezeichnete",
        "REJECT",
        "asserted",
        ["Gesa Thiel"],
        ["Opposition"],
        "Die Ministerin Gesa Thiel bezeichnete die Vorwürfe der Opposition als gelogen.",
    ),
    TableRow(
        "claim-absurd-new",
        "nannte",
        "REJECT",
        "asserted",
        ["Jan Korte"],
        None,
        "Der Sprecher Jan Korte nannte die Behauptungen hanebüchen.",
    ),
    # what a speech verb says is judged with the same inflected lists ("ein feiger Akt", "frei erfundene Geschichten")
    TableRow(
        "said-inflected-denunciation",
        "sagte",
        "ACCUSE",
        "asserted",
        ["Lena Borchert"],
        None,
        "Die Sprecherin Lena Borchert sagte, der Überfall der Miliz sei ein feiger Akt.",
    ),
    TableRow(
        "said-inflected-falsity",
        "sagte",
        "REJECT",
        "asserted",
        ["Jonas Merkt"],
        None,
        "Der Sprecher Jonas Merkt sagte, die Berichte seien frei erfundene Geschichten.",
    ),
]

NON_EVENT_ROWS = [
    NonEventRow(
        "spoke-of-disaster", "sprach", "Der Bürgermeister Kai Ruhl sprach von einer Katastrophe für die Region."
    ),
    NonEventRow("reasons", "nannte", "Der Minister Kai Ruhl nannte drei Gründe für die Entscheidung."),
    NonEventRow("number", "nannte", "Die Polizei nannte die Zahl der Opfer."),
    NonEventRow("friend", "nannte", "Der Minister Kai Ruhl nannte ihn einen Freund."),
    NonEventRow("situation", "nannte", "Die Ministerin Eva Stolz nannte die Lage in den Wäldern katastrophal."),
    NonEventRow(
        "situation-compound", "bezeichnete", "Der Minister Kai Ruhl bezeichnete die Versorgungslage als unerträglich."
    ),
    NonEventRow("election-result", "wertete", "Die CDU wertete das Wahlergebnis als Erfolg."),
    NonEventRow("self-assessed", "werteten", "Die Veranstalter werteten die Kundgebung als Riesenerfolg."),
    NonEventRow("cause-of-death", "nannten", "Die Ärzte nannten Herzversagen als Todesursache."),
    NonEventRow("partly", "bezeichnete", "Die Behörde bezeichnete die Maßnahme als teilweise umgesetzt."),
    NonEventRow("held-necessary", "halten", "Die Grünen halten es für notwendig, die Steuern zu senken."),
    NonEventRow("held-right", "halte", "„Ich halte Studiengebühren für richtig“, sagte die Ministerin Edith Sommer."),
    NonEventRow("described-tall", "beschrieb", "Die Polizei beschrieb den Täter als etwa 1,80 Meter groß."),
]


@pytest.mark.parametrize("row", table_params(EVENT_ROWS, {}))
def test_evalword_event(row: TableRow) -> None:
    check_table_row(row)


@pytest.mark.parametrize("row", table_params(NON_EVENT_ROWS, {}))
def test_evalword_non_event(row: NonEventRow) -> None:
    check_no_event(row)


def test_label_forms_inflect_and_grade() -> None:
    grammar = lang_json("de", "event_grammar.json")
    assert {"unausgegorenen", "unausgegorener"} <= set(_label_forms("unausgegoren", grammar))
    assert {"inakzeptablen", "schwärzesten", "feigen"} <= {
        *_label_forms("inakzeptabel", grammar),
        *_label_forms("schwarz", grammar),
        *_label_forms("feige", grammar),
    }
    assert {"Fiaskos", "Versagerin"} <= {*_label_forms("Fiasko", grammar), *_label_forms("Versager", grammar)}
    assert "frei erfundenen" in _label_forms("frei erfunden", grammar)
    assert _label_forms("schweren Fehler", grammar) == ["schweren Fehler"]


def test_only_listed_files_inflect() -> None:
    assert "verfehlten" in _list_words("de", "negative_labels")
    assert all(w in _list_words("de", "claim_nouns") for w in ("Vorwurf", "Bericht"))
    assert "Vorwurfen" not in _list_words("de", "claim_nouns")
