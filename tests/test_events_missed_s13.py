"""Core events the system missed (no output on the trigger) in the history audits, as general constructions
(thirteenth session): invented one-sentence news items → trigger, PLOVER type, modality.

* a deliberating body "befasst sich mit" a matter (a council, committee, chamber, summit): CONSULT; a person who
  "befasst sich" with a topic (an author, a historian) and the participle "die mit dem Fall befassten Ermittler" are no
  event;
* "stellt Lebensmittel / Zelte / Medikamente bereit": humanitarian AID, like the money and arms rows of bereitstellen;
  a town providing car parks is no event;
* air defence intercepting drones or missiles ("fing … ab", "abgefangen", "abgewehrt"): ASSAULT, like the shooting-down
  ("abgeschossen"); a goalkeeper or the police intercepting is no event, and "wehrte einen Angriff ab" leaves the
  event on the attack noun.
"""

from __future__ import annotations

import pytest

from tests.event_docs import event_rows

LEAD = "Meldung\nBERLIN (dpa) – "

# (id, trigger, type, modality, text)
# fmt: off
ROWS = [
    ("rat_befassen_geplant", "befassen", "CONSULT", "planned",
     "Der Weltsicherheitsrat will sich am Montag mit dem Grenzkonflikt im Kaukasus befassen."),
    ("gremium_befasste", "befasste", "CONSULT", "asserted",
     "Das Gremium befasste sich am Abend mit dem Antrag der Ukraine."),
    ("kammer_befassen_soll", "befassen", "CONSULT", "planned",
     "Die Länderkammer soll sich im Februar abschließend mit dem Heizungsgesetz befassen."),
    ("ausschuss_befasst", "befasst", "CONSULT", "asserted",
     "Der Verteidigungsausschuss hat sich am Mittwoch in einer Sondersitzung mit der Drohnenaffäre befasst."),
    ("nahrungsmittel_bereitstellen", "bereitstellen", "AID", "planned",
     "Die Vereinten Nationen wollen Nahrungsmittel und Zelte für 50 000 Vertriebene bereitstellen."),
    ("trinkwasser_stellte_bereit", "stellte", "AID", "asserted",
     "Das Rote Kreuz stellte Trinkwasser und Medikamente für die Flüchtlinge im Grenzgebiet bereit."),
    ("drohnen_abgefangen", "abgefangen", "ASSAULT", "asserted",
     "Die Flugabwehr habe in der Nacht 40 Drohnen und fünf Raketen abgefangen, teilte die Armee mit."),
    ("raketen_abgewehrt", "abgewehrt", "ASSAULT", "asserted",
     "Nach Angaben des Militärs wurden alle sechs Raketen über der Hauptstadt abgewehrt."),
    ("fing_drohnen_ab", "fing", "ASSAULT", "asserted",
     "Die Luftwaffe fing über der Ostsee drei Drohnen ab."),
]

NOT_EVENTS = [
    ("historiker_befasst", "befasst",
     "Der Historiker befasst sich in seinem neuen Buch mit der Weimarer Republik."),
    ("befasste_ermittler", "befassten",
     "Die mit dem Fall befassten Ermittler in Hamburg schweigen bislang."),
    ("parkplaetze_bereit", "stellt",
     "Die Stadt Ulm stellt für die Besucher des Weihnachtsmarkts zusätzliche Parkplätze bereit."),
    ("torwart_wehrte_ab", "wehrte",
     "Der Torwart wehrte in der Schlussminute einen Elfmeter ab."),
    ("polizei_fing_ab", "fing",
     "Die Polizei fing den Dieb am Bahnhof ab."),
    ("angriff_abgewehrt", "wehrte",
     "Die Luftabwehr wehrte einen Angriff mit Marschflugkörpern ab."),
]
# fmt: on


@pytest.mark.parametrize(("trigger", "etype", "modality", "text"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_missed_construction_is_event(trigger: str, etype: str, modality: str, text: str) -> None:
    rows = [r for r in event_rows(LEAD + text) if r[0] == trigger]
    assert rows, f"no event on {trigger!r}: {event_rows(LEAD + text)}"
    assert rows[0][1] == etype
    assert rows[0][5] == modality


@pytest.mark.parametrize(("trigger", "text"), [r[1:] for r in NOT_EVENTS], ids=[r[0] for r in NOT_EVENTS])
def test_missed_construction_not_event(trigger: str, text: str) -> None:
    assert not [r for r in event_rows(LEAD + text) if r[0] == trigger]
