"""Seventeenth session, mini-audit on real Wikinews (diplomacy and politics; eight articles): constructions of German
political news that recur there. A committee ("Ausschüsse", "Untersuchungsausschüssen") is no shooting; a
demonstrative pronoun opening the clause as its object ("Das lehnte X ab") is followed by the finite verb, not by a
participle; a verb that needs an event noun takes it from the sentence before through a demonstrative pronoun ("nahm
diesen an" after a resignation); calling something "geschmacklos" or an "Angriff auf …" is a denunciation; "gefangen
nehmen" is an arrest and military units storming a building attack it; "zur Bedingung machen" is a demand whose
dass-clause is what is asked for; an event noun after "zu(r/m)" with a verb that pushes someone ("zwingen",
"bewegen", "drängen") is the goal pushed for, and one that "in Betracht kommt" an option weighed — neither is an act;
an organisation in the genitive of the subject's apposition after its kind noun ("Sprecher der Bewegung MPD") is no
target. All sentences are invented."""

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
    # a fronted demonstrative object, then the finite verb: no attributive participle ("das lehnte Abhisit" is no
    # article + participle + noun)
    TableRow(
        "ev01",
        "lehnte",
        "REJECT",
        "asserted",
        None,
        None,
        "Die Bauern verlangen einen festen Termin für die Auszahlung. Das lehnte Müller jedoch ab.",
    ),
    # the required noun of "annehmen" (a resignation) stands in the sentence before, the clause has "diesen"
    TableRow(
        "ev02",
        "nahm",
        "AGREE",
        "asserted",
        ["Anna Vogt"],
        None,
        "Der Minister Karl Brenner reichte am Montag seinen Rücktritt ein. Kanzlerin Anna Vogt nahm diesen an.",
    ),
    # a denunciation word in the passive "wurden … als geschmacklos bezeichnet"
    TableRow(
        "ev03",
        "bezeichnet",
        "ACCUSE",
        "asserted",
        None,
        ["Karl Brenner"],
        "Von Oppositionspolitikern wurden die Äußerungen des Ministers Karl Brenner als geschmacklos bezeichnet.",
    ),
    # "bezeichnete X als … Angriff auf …": a denunciation
    TableRow(
        "ev04",
        "bezeichnete",
        "ACCUSE",
        "asserted",
        ["Paul Miller"],
        None,
        "Der Senator Paul Miller bezeichnete das Gesetz des Gouverneurs als "
        "„gefährlichen Angriff auf die Pressefreiheit“.",
    ),
    # "gefangen nehmen": an arrest (COERCE), here by rebels
    TableRow(
        "ev05",
        "nahmen",
        "COERCE",
        "asserted",
        None,
        ["Ali Yusuf"],
        "Rebellen nahmen am Dienstag den Gouverneur Ali Yusuf gefangen.",
    ),
    # military units storming a building attack it; the ruler taken prisoner in the same sentence is an arrest
    TableRow(
        "ev06",
        "gestürmt",
        "ASSAULT",
        "asserted",
        None,
        None,
        "In der Nacht hatten Militäreinheiten den Regierungssitz gestürmt und den Regierungschef Paul Odinga "
        "gefangen genommen.",
    ),
    TableRow(
        "ev07",
        "genommen",
        "COERCE",
        "asserted",
        None,
        ["Paul Odinga"],
        "In der Nacht hatten Militäreinheiten den Regierungssitz gestürmt und den Regierungschef Paul Odinga "
        "gefangen genommen.",
    ),
    # "zur Bedingung machen": a demand
    TableRow(
        "ev08",
        "machte",
        "REQUEST",
        "asserted",
        ["Karl Brenner"],
        None,
        "Der Kanzler Karl Brenner machte zur Bedingung, dass die Gewerkschaft ihre Blockaden aufhebt.",
    ),
    # the organisation named in the genitive of the subject's apposition, after its kind noun ("der Bewegung MPD"),
    # only describes the speaker: no target
    TableRow(
        "ev09",
        "kritisierte",
        "ACCUSE",
        "asserted",
        ["Karim Salah"],
        ["Frankreich"],
        "Karim Salah, Sprecher der oppositionellen Bewegung MPD, kritisierte Frankreich scharf.",
    ),
]

NON_EVENTS = [
    # a committee is no shooting ("Ausschüsse" ends in "Schüsse")
    NonEventRow(
        "ne01",
        "Ausschüsse",
        "Der Haushalt wurde am Montag beraten. Die Ausschüsse wollen nächste Woche über die Vorlage entscheiden.",
    ),
    NonEventRow(
        "ne02",
        "Untersuchungsausschüssen",
        "Der Minister soll vor den Untersuchungsausschüssen am Mittwoch aussagen.",
    ),
    # what the condition asks for has not happened
    NonEventRow(
        "ne03",
        "aufhebt",
        "Der Kanzler Karl Brenner machte zur Bedingung, dass die Gewerkschaft ihre Blockaden aufhebt.",
    ),
    # the goal someone is to be pushed to ("zum Rücktritt bewegen", "zur Anerkennung zwingen")
    NonEventRow(
        "ne04",
        "Rücktritt",
        "Die Opposition müsse den Kanzler Karl Brenner zum Rücktritt bewegen, schrieb Anna Vogt.",
    ),
    NonEventRow(
        "ne05",
        "Anerkennung",
        "Der Präsident Ivo Marek warf der Nato vor, Moldau zur Anerkennung des Kosovo zwingen zu wollen.",
    ),
    # an option weighed ("käme … in Betracht")
    NonEventRow(
        "ne06",
        "Ausweisung",
        "Als nächster Schritt käme die Ausweisung des Botschafters in Frage, sagte Anna Vogt.",
    ),
    NonEventRow(
        "ne07",
        "Absetzung",
        "Alternativ käme auch die Absetzung des Präsidenten Ivo Marek durch das Parlament in Betracht.",
    ),
]


@pytest.mark.parametrize("row", table_params(EVENTS, ()))
def test_events(row: TableRow) -> None:
    check_table_row(row)


@pytest.mark.parametrize("row", table_params(NON_EVENTS, ()))
def test_non_events(row: NonEventRow) -> None:
    check_no_event(row)
