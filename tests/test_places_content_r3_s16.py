"""Event places, third round of the sixteenth session: a place inside the content object of an agreement, talk,
demand or refusal ("verständigten sich auf einen Abzug aus Grenzgebieten in X", "forderten Geld für den Wiederaufbau
in Y") is where the agreed or demanded act is to happen, not where the event happened: the dateline or the place in
focus stays. A place phrase of the verb itself ("einigten sich in Doha auf …", "verhandelten in Genf über …") and a
time phrase after "für" ("ist für Anfang kommenden Jahres in X geplant") keep their place.
The table was written before it was run.
"""

from __future__ import annotations

import pytest

from tests.event_docs import PlaceRow as Row
from tests.event_docs import check_place_row as check_place
from tests.event_docs import table_params

# fmt: off
PLACES = [
    # the "auf" object of an agreement, through an "aus" phrase: the dateline
    Row("agree_withdrawal_from", "verständigt", "Ankara",
        "Armenien und Aserbaidschan haben sich auf einen weiteren Abzug aus umkämpften Gebieten in Bergkarabach "
        "verständigt.", lead="Meldung\nANKARA (AFP) – "),
    Row("agree_return_to_villages", "geeinigt", "Nairobi",
        "Die Regierung und die Rebellen haben sich auf die Rückkehr von Vertriebenen aus Lagern in Darfur geeinigt.",
        lead="Meldung\nNAIROBI (Reuters) – "),
    # the "auf" object directly: an act in a place
    Row("agree_ceasefire_in", "einigten", "Kairo",
        "Die Konfliktparteien einigten sich am Sonntag auf eine Pufferzone in Tripolis.",
        lead="Meldung\nKAIRO (dpa) – "),
    # the "für" object of a demand
    Row("request_money_for", "forderten", "Genf",
        "Mehrere Hilfswerke forderten am Montag mehr Geld für den Wiederaufbau zerstörter Schulen in Aleppo.",
        lead="Meldung\nGENF (dpa) – "),
    # the place in focus, not the content's place, after a lead in that town
    Row("agree_focus_town", "verständigten", "Brüssel",
        "In Brüssel trafen sich am Montag die Außenminister der EU. Sie verständigten sich auf eine Mission zur "
        "Überwachung der Grenze in Moldau."),
    # guards: a place phrase of the verb itself stays the place
    Row("guard_agree_in_town", "einigten", "Doha",
        "Die Außenminister beider Länder einigten sich am Montag in Doha auf eine Waffenruhe.",
        lead="Meldung\nBERLIN (dpa) – "),
    Row("guard_negotiate_in_town", "verhandelten", "Genf",
        "Die Unterhändler verhandelten am Dienstag in Genf über einen Gefangenenaustausch.",
        lead="Meldung\nBERLIN (dpa) – "),
    Row("guard_talks_noun", "Gespräche", "Wien",
        "Die Gespräche in Wien über das Atomprogramm sollen am Freitag fortgesetzt werden."),
    # guard: a time phrase after "für" is no content object
    Row("guard_planned_for_time", "Treffen", "Madrid",
        "Die Minister sprachen am Montag in Paris. Ein weiteres Treffen ist für Ende kommenden Monats in Madrid "
        "geplant."),
    # guard: an "auf" phrase of an act that is no agreement keeps its place ("Angriff auf X in Y")
    Row("guard_attack_on_in", "griffen", "Charkiw",
        "Russische Truppen griffen am Morgen Stellungen in Charkiw an."),
]
# fmt: on


@pytest.mark.parametrize("row", table_params(PLACES, {}))
def test_content_object_place(row: Row) -> None:
    check_place(row)
