"""Event dates after a flashback and event places (fifteenth session, round 3): invented news items → the date or
place of the event on a trigger.

The table was written before the fixes (rows whose trigger word gave no event at all were reworded). A paragraph that
opens in the past perfect tells background ("Seit dem Sommer hatten Unbekannte … angezündet"); a dated act in it ("Am
3. Oktober durchsuchten Ermittler dabei eine Wohnung") is of that background's day, and the reactions told in the next
paragraphs belong to the story's own time again, not to the flashback's day. Controls: a later day moves the story on;
an earlier day told in the simple past outside a background paragraph still moves the day in focus.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from tests.event_docs import PlaceRow, check_date_row, check_place_row, table_params


class DateRow(NamedTuple):
    """The trigger, the expected date ("!X" = any date but X, also none) and the text, read after a title/dateline."""

    id: str
    trigger: str
    date: str | None
    text: str
    lead: str = "Meldung\nOSLO (dpa) – "


# published Wednesday 2026-10-14: "am Montag" = 2026-10-12
PUBLISHED = "2026-10-14"

# fmt: off
ARREST = "Die Polizei hat am Montag drei Männer festgenommen. Sie sollen einer Bande angehören.\n\n"
FIRE = ("Seit dem Sommer hatten Unbekannte in der Stadt mehrere Autos angezündet. "
        "Am 3. Oktober durchsuchten Ermittler dabei die Wohnung eines Verdächtigen.\n\n")
FLASHBACK = [
    DateRow("flash_own_day", "durchsuchten", "2026-10-03", ARREST + FIRE + "Die Innenministerin lobte die Beamten."),
    DateRow("flash_lobte", "lobte", "!2026-10-03", ARREST + FIRE + "Die Innenministerin lobte die Beamten."),
    DateRow("flash_kritisierte", "kritisierte", "!2026-10-03",
            ARREST + FIRE + "Die Opposition kritisierte die Regierung scharf."),
    DateRow("flash_forderte", "forderte", "!2026-10-03",
            ARREST + FIRE + "Der Bürgermeister Lars Holm forderte mehr Polizisten für die Innenstadt."),
    DateRow("flash_two_paragraphs", "dankte", "!2026-10-03",
            ARREST + FIRE + "Die Opposition kritisierte die Regierung.\n\n"
            "Der Bürgermeister Lars Holm dankte den Ermittlern."),
    DateRow("flash_night", "lobte", "!2026-10-04",
            ARREST + "Seit August hatten Brandstifter in Bergen Lagerhallen angezündet. In der Nacht zum 5. Oktober "
            "griffen zwei Männer dabei einen Feuerwehrmann an.\n\nDer Regierungschef Erik Dahl lobte die Ermittler."),
    DateRow("flash_night_own", "griffen", "2026-10-04|2026-10-05",
            ARREST + "Seit August hatten Brandstifter in Bergen Lagerhallen angezündet. In der Nacht zum 5. Oktober "
            "griffen zwei Männer dabei einen Feuerwehrmann an.\n\nDer Regierungschef Erik Dahl lobte die Ermittler."),
    DateRow("flash_month_day", "verurteilte", "!2026-09-28",
            ARREST + "Die Bande hatte seit Monaten Geschäfte erpresst. Am 28. September überfiel sie ein Café.\n\n"
            "Die Justizministerin verurteilte die Gewalt."),
    DateRow("flash_arrest_day", "lobte", "2026-10-12|2026-10-14",
            ARREST + FIRE + "Die Innenministerin lobte die Beamten."),
]
CONTROLS = [
    # a later day moves the story on
    DateRow("later_day_moves", "lobte", "2026-10-13",
            ARREST + "Am Dienstag wurde ein vierter Verdächtiger gefasst.\n\nDie Innenministerin lobte die Beamten."),
    # an earlier day in the simple past outside a background paragraph still moves the day in focus
    DateRow("earlier_simple_past", "verurteilte", "2026-10-11",
            ARREST + "Am Sonntag griffen Demonstranten eine Polizeiwache an. "
            "Der Bürgermeister verurteilte den Angriff."),
    # within the background paragraph the flashback day holds
    DateRow("flash_same_paragraph", "beschlagnahmten", "2026-10-03",
            ARREST + "Seit dem Sommer hatten Unbekannte mehrere Autos angezündet. Am 3. Oktober durchsuchten "
            "Ermittler dabei eine Wohnung. Sie beschlagnahmten dort Benzinkanister."),
]
# fmt: on

# more flashbacks: other openings of the background paragraph, other reactions after it
# fmt: off
MORE = [
    DateRow("flash_bereits", "begrüßte", "!2026-09-20",
            "Die Staatsanwaltschaft hat am Montag Anklage gegen zwei Beamte erhoben.\n\n"
            "Die beiden hatten bereits im Frühjahr Schmiergeld angenommen. Am 20. September durchsuchten Fahnder "
            "deshalb ihre Büros.\n\nDer Innenminister Jonas Berg begrüßte die Anklage."),
    DateRow("flash_bereits_own", "durchsuchten", "2026-09-20",
            "Die Staatsanwaltschaft hat am Montag Anklage gegen zwei Beamte erhoben.\n\n"
            "Die beiden hatten bereits im Frühjahr Schmiergeld angenommen. Am 20. September durchsuchten Fahnder "
            "deshalb ihre Büros.\n\nDer Innenminister Jonas Berg begrüßte die Anklage."),
    DateRow("flash_reaction_verb", "wies", "!2026-10-01",
            "Die Regierung hat am Montag den Botschafter Estlands einbestellt.\n\n"
            "Die Spannungen hatten sich über Wochen verschärft. Am 1. Oktober nahmen Grenzschützer einen "
            "Journalisten fest.\n\nDie estnische Regierung wies die Vorwürfe zurück."),
    DateRow("flash_reaction_own", "nahmen", "2026-10-01",
            "Die Regierung hat am Montag den Botschafter Estlands einbestellt.\n\n"
            "Die Spannungen hatten sich über Wochen verschärft. Am 1. Oktober nahmen Grenzschützer einen "
            "Journalisten fest.\n\nDie estnische Regierung wies die Vorwürfe zurück."),
    DateRow("flash_dated_opening", "protestierte", "!2026-09-30",
            "Die Polizei hat am Montag einen Aktivisten festgenommen.\n\n"
            "Er hatte am 29. September eine Kundgebung angemeldet. Am 30. September blockierten seine Anhänger "
            "eine Brücke.\n\nDie Organisation Amnesty International protestierte gegen die Festnahme."),
    DateRow("flash_dated_opening_own", "blockierten", "2026-09-30",
            "Die Polizei hat am Montag einen Aktivisten festgenommen.\n\n"
            "Er hatte am 29. September eine Kundgebung angemeldet. Am 30. September blockierten seine Anhänger "
            "eine Brücke.\n\nDie Organisation Amnesty International protestierte gegen die Festnahme."),
    # control: a paragraph that opens in the simple past on an earlier day is told in its own right
    DateRow("simple_past_paragraph", "lobte", "2026-10-10",
            "Die Polizei hat am Montag drei Männer festgenommen.\n\n"
            "Am Samstag durchsuchten Ermittler eine Lagerhalle. Der Polizeichef lobte den Einsatz."),
]
# fmt: on

GAPS: dict[str, str] = {}


@pytest.mark.parametrize("row", table_params(FLASHBACK + CONTROLS + MORE, GAPS))
def test_event_date(row: DateRow) -> None:
    check_date_row(row, PUBLISHED)


# Places (fifteenth session, round 3). The dateline's town, taken by the parser for the subject of its sentence, is not
# a capital standing for its government: an event of the lead placed "in der … Hauptstadt X" stays in X, and a later
# "Bei den Kämpfen" is there too, not in the country another phrase names. A compass phrase right after another event
# noun ("Nach einem Raketenangriff im Süden des Landes hat das Ministerium … einbestellt") is that noun's place, not
# the clause's: the summons is not placed in the country.
# fmt: off
PLACES = [
    PlaceRow("dateline_capital_lead", "Gefechten", "Khartum",
             "KHARTUM (AFP) – Nach tagelangen Gefechten in der sudanesischen Hauptstadt Khartum haben sich die "
             "Konfliktparteien auf eine Feuerpause geeinigt. Die Vereinbarung sei unter Vermittlung der Afrikanischen "
             "Union im Sudan unterzeichnet worden, teilte die AU mit. Bei den Kämpfen waren seit Samstag mindestens "
             "40 Menschen getötet worden.", lead="Meldung\n"),
    PlaceRow("dateline_capital_body", "Kämpfen", "Khartum",
             "KHARTUM (AFP) – Nach tagelangen Gefechten in der sudanesischen Hauptstadt Khartum haben sich die "
             "Konfliktparteien auf eine Feuerpause geeinigt. Die Vereinbarung sei unter Vermittlung der Afrikanischen "
             "Union im Sudan unterzeichnet worden, teilte die AU mit. Bei den Kämpfen waren seit Samstag mindestens "
             "40 Menschen getötet worden.", lead="Meldung\n"),
    PlaceRow("dateline_capital_other", "Kämpfen", "Kabul",
             "KABUL (dpa) – Nach schweren Kämpfen in der afghanischen Hauptstadt Kabul hat die Regierung eine "
             "Ausgangssperre verhängt. Die Maßnahme gelte in ganz Afghanistan, teilte das Innenministerium mit.",
             lead="Meldung\n"),
    PlaceRow("capital_subject_still_metonymy", "sperrte", "!Algier",
             "Algier reagierte mit Gegenmaßnahmen: Das Außenministerium von Algerien sperrte den Luftraum.",
             lead="Meldung\nPARIS (AFP) – "),
    PlaceRow("summons_after_attack_title", "einbestellt", "!Syrien",
             "DAMASKUS (dpa) – Nach einem Raketenangriff im Süden des Landes hat das syrische Außenministerium den "
             "israelischen Botschafter einbestellt.",
             lead="Syrien bestellt nach Raketenangriff israelischen Botschafter ein\n"),
    PlaceRow("summons_after_attack_north", "einbestellt", "!Jemen",
             "SANAA (AFP) – Nach einem Luftangriff im Norden des Landes hat das jemenitische Außenministerium den "
             "saudischen Gesandten einbestellt.",
             lead="Jemen bestellt nach Luftangriff saudischen Gesandten ein\n"),
    PlaceRow("attack_keeps_country", "Raketenangriff", "Syrien|DAMASKUS",
             "DAMASKUS (dpa) – Nach einem Raketenangriff im Süden des Landes hat das syrische Außenministerium den "
             "israelischen Botschafter einbestellt.",
             lead="Syrien bestellt nach Raketenangriff israelischen Botschafter ein\n"),
    # the topic of a dispute ("Im Streit um die Ermordung …") happened elsewhere: not in the dateline's town
    PlaceRow("dispute_topic_murder", "Ermordung", "!OTTAWA",
             "OTTAWA (dpa) – Im Streit um die Ermordung eines Journalisten hat Kanada zwei russische Diplomaten "
             "ausgewiesen. Der Mann war im Sommer in Toronto erschossen worden.", lead="Meldung\n"),
    PlaceRow("dispute_topic_attack", "Anschlag", "!PARIS",
             "PARIS (AFP) – Im Konflikt um den Anschlag auf eine Moschee hat Frankreich den Botschafter Algeriens "
             "einbestellt.", lead="Meldung\n"),
    PlaceRow("dispute_act_keeps_dateline", "ausgewiesen", "OTTAWA",
             "OTTAWA (dpa) – Im Streit um die Ermordung eines Journalisten hat Kanada zwei russische Diplomaten "
             "ausgewiesen. Der Mann war im Sommer in Toronto erschossen worden.", lead="Meldung\n"),
    PlaceRow("after_attack_keeps_dateline", "Anschlag", "BERLIN",
             "BERLIN (dpa) – Nach dem Anschlag auf eine Synagoge hat die Polizei einen Verdächtigen festgenommen.",
             lead="Meldung\n"),
    # an unnamed capital ("im Großraum der Hauptstadt") is not the provincial town in focus
    PlaceRow("unnamed_capital_not_town", "verstärkt", "!Trujillo",
             "BERLIN (dpa) – Die Regierung in Lima begrüßte die Entscheidung. Erst am Sonntag hatten Bewaffnete in "
             "der Stadt Trujillo zwölf Menschen erschossen. Die Armee hatte am Montag ihre Patrouillen im Großraum "
             "der Hauptstadt verstärkt.", lead="Meldung\n"),
    PlaceRow("unnamed_capital_not_village", "ausgeweitet", "!Ségou",
             "BAMAKO (AFP) – Erst am Sonntag hatten Dschihadisten in der Ortschaft Ségou 20 Menschen getötet. Die "
             "Armee hatte am Wochenende ihre Einsätze am Rand der Hauptstadt ausgeweitet.", lead="Meldung\n"),
    PlaceRow("unnamed_capital_is_focus", "verstärkt", "LIMA",
             "LIMA (dpa) – Bewaffnete haben am Sonntag in der Hauptstadt zwölf Menschen erschossen. Die Armee hat am "
             "Montag ihre Patrouillen im Süden der Hauptstadt verstärkt.", lead="Meldung\n"),
    PlaceRow("town_noun_still_focus", "nahm", "Trujillo",
             "BERLIN (dpa) – Erst am Sonntag hatten Bewaffnete in der Stadt Trujillo zwölf Menschen erschossen. Die "
             "Polizei nahm am Montag in der Stadt drei Verdächtige fest.", lead="Meldung\n"),
    # control: a compass phrase of the clause itself still puts the clause's act in the country in focus
    PlaceRow("compass_own_clause", "griffen", "Syrien",
             "DAMASKUS (dpa) – Syrien meldet neue Kämpfe. Im Süden des Landes griffen Rebellen am Montag eine "
             "Kaserne an.", lead="Meldung\n"),
]
# fmt: on


@pytest.mark.parametrize("row", table_params(PLACES, {}))
def test_event_place(row: PlaceRow) -> None:
    check_place_row(row)
