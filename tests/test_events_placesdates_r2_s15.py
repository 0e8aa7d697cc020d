"""Event places and dates, second round of the fifteenth session: invented news items → the date and the place of the
event on a trigger.

The tables were written before they were run. The classes are the causes of the date and place errors of the blind
audits 23 and 24: a flashback paragraph ("Damals …" after "im Mai 2024") keeps the flashback's date; a pluperfect
"tags zuvor" / "am Vortag" counts from the story's day named the sentence before; "seit Samstag" dates an ongoing act
to its start; the day of another act's timex ("ab Donnerstag" of a ban) does not carry over to the clashes of the day
before; the place of a speech is not the place of an announced act that names its own place; England, Schottland and
Wales stay themselves; a dateline's town is not the place of acts in another country; the town the clause names wins
over its country; the target country of sanctions decided elsewhere is no place; "in der <adjective> Stadt X" is X.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

import chronik
from tests.event_docs import PlaceRow as Row
from tests.event_docs import check_date_row, table_params
from tests.event_docs import check_place_row as check_place

PUBLISHED = "2026-11-12"  # a Thursday: "am Mittwoch" is 2026-11-11, "am Dienstag" 2026-11-10, "am Samstag" 2026-11-07


class DateRow(NamedTuple):
    """A date-table row: the trigger, the expected date ("a|b" accepts either; ``None`` = no date; "!X" = any date
    but X, also none) and the text, read after ``lead``."""

    id: str
    trigger: str
    date: str | None
    text: str
    lead: str = "Meldung\nBERLIN (dpa) – "


# fmt: off
FLASHBACK = [
    DateRow("damals_raid", "durchsuchten", "2024-05",
        "Das Landgericht hat am Mittwoch drei Männer wegen Betrugs verurteilt. Die Ermittler hatten die Bande im Mai "
        "2024 zerschlagen. Damals durchsuchten Beamte mehr als 40 Büros in Bremen und Hannover."),
    DateRow("damals_seized", "beschlagnahmt", "2024-05",
        "Das Landgericht hat am Mittwoch drei Männer wegen Betrugs verurteilt. Die Ermittler hatten die Bande im Mai "
        "2024 zerschlagen. Damals wurden Computer und Bargeld beschlagnahmt."),
    DateRow("damals_arrest", "festgenommen", "2023-09",
        "Ein Gericht in Dresden hat am Dienstag den Prozess gegen einen mutmaßlichen Spion eröffnet. Der Mann war im "
        "September 2023 aufgeflogen. Damals wurden auch zwei Komplizen festgenommen."),
    DateRow("damals_protest", "demonstrierten", "2022-03",
        "Das Parlament hat am Mittwoch das umstrittene Gesetz endgültig gebilligt. Ein erster Entwurf war im März 2022 "
        "gescheitert. Damals demonstrierten Zehntausende in der Hauptstadt."),
    DateRow("damals_ban_then_searches", "durchsucht", "2025-02",
        "Das Oberverwaltungsgericht hat am Mittwoch das Verbot einer Rockergruppe bestätigt. Das Innenministerium "
        "hatte die Gruppe im Februar 2025 verboten. Damals wurden Vereinsheime in drei Städten durchsucht."),
    DateRow("zu_diesem_zeitpunkt_control", "verurteilt", "2026-11-11",
        "Das Landgericht hat am Mittwoch drei Männer wegen Betrugs verurteilt. Die Ermittler hatten die Bande im Mai "
        "2024 zerschlagen."),
    DateRow("damals_not_after_return", "kündigte", "!2024-05",
        "Das Landgericht hat am Mittwoch drei Männer wegen Betrugs verurteilt. Die Ermittler hatten die Bande im Mai "
        "2024 zerschlagen. Damals durchsuchten Beamte mehr als 40 Büros.\n\n"
        "Die Verteidigung kündigte am Mittwoch Revision an."),
]

TAGS_ZUVOR = [
    DateRow("tags_zuvor_charge", "Anklage|erhoben", "2026-11-10",
        "In Frankreich haben Fluglotsen am Mittwoch die Arbeit niedergelegt. Hunderte Flüge fielen aus. Die "
        "Staatsanwaltschaft in Lyon hatte tags zuvor Anklage gegen zwei Gewerkschafter erhoben."),
    DateRow("am_vortag_meeting", "getroffen", "2026-11-10",
        "Die Metallarbeiter in Portugal haben am Mittwoch gestreikt. Die Fabriken standen still. Die Gewerkschaft "
        "hatte sich am Vortag vergeblich mit den Arbeitgebern getroffen."),
    DateRow("tags_zuvor_threat", "gedroht", "2026-11-09",
        "In Rumänien haben Lehrer am Dienstag den Unterricht bestreikt. Viele Schulen blieben geschlossen. Der "
        "Bildungsminister hatte tags zuvor mit Gehaltskürzungen gedroht."),
    DateRow("tags_zuvor_after_background", "Anklage|erhoben", "2026-11-10",
        "In Frankreich haben Fluglotsen am Mittwoch die Arbeit niedergelegt. Die Gewerkschaft warf der Regierung vor, "
        "die Ursachen des Absturzes zu verschleiern. Bei dem Unglück waren im Juni 2024 zwei Kleinflugzeuge "
        "zusammengestoßen. Die Staatsanwaltschaft in Lyon hatte tags zuvor Anklage gegen zwei Fluglotsen erhoben."),
    DateRow("am_vortag_raid", "durchsucht", "2026-11-10",
        "Die Polizei hat am Mittwoch in Köln zwei mutmaßliche Schleuser festgenommen. Die Männer sollen Dutzende "
        "Menschen eingeschleust haben. Ermittler hatten am Vortag mehrere Wohnungen durchsucht."),
    DateRow("tags_zuvor_no_day_control", "Anklage|erhoben", "2026-11-11",
        "Die Staatsanwaltschaft in Lyon hatte tags zuvor Anklage gegen zwei Gewerkschafter erhoben."),
]

SINCE = [
    DateRow("seit_samstag_killed", "Gefechten|getötet", "2026-11-07|None",
        "Bei den Gefechten zwischen Armee und Rebellen waren seit Samstag nach Angaben von Helfern mindestens 40 "
        "Menschen getötet worden."),
    DateRow("seit_anfang_month", "bombardiert", "2026-10|2026-10-01|None",
        "Die Luftwaffe hatte das Grenzgebiet seit Anfang Oktober immer wieder bombardiert."),
    DateRow("seit_montag_strike", "streiken", "2026-11-09|None",
        "Die Hafenarbeiter in Antwerpen streiken seit Montag für höhere Löhne."),
    DateRow("seit_mitte_month", "besetzt", "2026-10|2026-10-15|None",
        "Studenten haben die Universität seit Mitte Oktober besetzt."),
    DateRow("seit_montag_pluperfect_parse", "bombardiert", "2026-11-09",
        "Die Armee hatte seit Montag zahlreiche Dörfer aus der Luft bombardiert."),
    DateRow("seit_attributive_not_verb", "festgenommen", "!2026-07",
        "Die Polizei hat die seit Juli gesuchten Männer am Mittwoch festgenommen."),
    DateRow("seit_samstag_not_pub", "blockieren", "!2026-11-12",
        "Landwirte blockieren seit Samstag mehrere Autobahnen im Süden des Landes."),
]

OTHER_TIMEX = [
    DateRow("ab_donnerstag_then_tuesday_clash", "setzten", "2026-11-10|None",
        "Nach schweren Krawallen hat die Regierung ein Versammlungsverbot verhängt. Es gelte ab Donnerstag, teilte das "
        "Innenministerium mit.\n\n"
        "Tausende Arbeiter hatten am Dienstag gegen die Schließung einer Fabrik protestiert. Als Demonstranten das "
        "Rathaus zu besetzen versuchten, setzten Polizisten Wasserwerfer ein."),
    DateRow("ab_donnerstag_then_tuesday_killed", "getötet", "2026-11-10|None",
        "Nach schweren Krawallen hat die Regierung ein Versammlungsverbot verhängt. Es gelte ab Donnerstag, teilte das "
        "Innenministerium mit.\n\n"
        "Tausende Arbeiter hatten am Dienstag gegen die Schließung einer Fabrik protestiert. Nach Angaben von Ärzten "
        "wurden dabei drei Menschen getötet."),
    DateRow("ab_montag_fee_then_monday_protest", "blockierten", "!2026-11-16",
        "Die Stadt will ab Montag eine Gebühr für Lastwagen erheben, teilte die Verwaltung mit. Spediteure "
        "blockierten daraufhin am Mittwoch die Innenstadt."),
    DateRow("protest_day_kept", "protestiert", "2026-11-10",
        "Nach schweren Krawallen hat die Regierung ein Versammlungsverbot verhängt. Es gelte ab Donnerstag, teilte das "
        "Innenministerium mit.\n\n"
        "Tausende Arbeiter hatten am Dienstag gegen die Schließung einer Fabrik protestiert."),
    DateRow("attributive_future_month_then_clash", "setzten", "2026-11-10|None",
        "Nach schweren Krawallen hat die Regierung ein Versammlungsverbot verhängt. Es gelte ab Freitag, teilte das "
        "Innenministerium mit.\n\n"
        "Tausende Arbeiter hatten am Dienstag gegen die Verschiebung der für März geplanten Wahl protestiert. Als "
        "Demonstranten das Rathaus zu besetzen versuchten, setzten Polizisten Wasserwerfer ein."),
    DateRow("attributive_future_month_then_killed", "getötet", "2026-11-10|None",
        "Die Behörden haben eine nächtliche Ausgangssperre verhängt.\n\n"
        "Hunderte Bauern hatten am Dienstag gegen die für Januar angekündigte Steuer demonstriert. Nach Angaben von "
        "Ärzten wurden dabei zwei Menschen getötet."),
    DateRow("ab_freitag_ban_dated_control", "Ausgangssperre|verhängt", "!2026-11-10",
        "Die Regierung hat eine nächtliche Ausgangssperre verhängt. Sie gelte ab Freitag, teilte das Innenministerium "
        "mit. Am Dienstag hatten Hunderte Jugendliche randaliert."),
]

SPEECH_PLACE = [
    Row("visit_then_own_place", "aufzustocken|kündigte", "!Dover",
        "Die Innenministerin verteidigte die Razzien. Man werde kriminelle Schleuser nicht dulden, sagte sie bei einem "
        "Besuch in Dover. Sie kündigte an, die Zahl der Grenzbeamten an der Südküste bis März um 500 aufzustocken.",
        "Migration\nLONDON (dpa) – "),
    Row("visit_then_border_troops", "aufzustocken|kündigte", "!Görlitz",
        "Der Minister lobte die Bundespolizei. Die Lage sei unter Kontrolle, sagte er bei einem Besuch in Görlitz. Er "
        "kündigte an, die Zahl der Beamten an der Grenze zu Tschechien aufzustocken."),
    Row("press_conference_then_island", "entsenden|kündigte", "!Rom",
        "Die Regierung reagierte auf den Ansturm. Man sei vorbereitet, sagte der Innenminister auf einer "
        "Pressekonferenz in Rom. Er kündigte an, 300 zusätzliche Polizisten nach Lampedusa zu entsenden.",
        "Migration\nROM (dpa) – "),
    Row("visit_same_place_control", "Besuch", "Dover",
        "Man werde kriminelle Schleuser nicht dulden, sagte die Ministerin bei einem Besuch in Dover.",
        "Migration\nLONDON (dpa) – "),
    Row("visit_then_deploy_to_port", "schicken|kündigte", "!Marseille",
        "Der Innenminister verurteilte die Gewalt. Der Staat weiche nicht zurück, sagte er bei einem Besuch in "
        "Marseille. Er kündigte an, zusätzliche Gendarmen in die Häfen der Bretagne zu schicken.",
        "Gewalt\nPARIS (AFP) – "),
]

UK_NATIONS = [
    Row("in_schottland_strike", "begonnen|Streik", "Schottland",
        "In Schottland haben Tausende Lehrer am Montag einen dreitägigen Streik begonnen.",
        "Streik\nLONDON (dpa) – "),
    Row("in_wales_protest", "demonstrierten", "Wales",
        "In Wales demonstrierten am Samstag Hunderte Bauern gegen neue Umweltauflagen.",
        "Protest\nLONDON (dpa) – "),
    Row("in_england_nurses", "legten", "England",
        "In England legten am Dienstag Tausende Pflegekräfte die Arbeit nieder.",
        "Streik\nLONDON (dpa) – "),
    Row("in_nordirland_riot", "randalierten", "Nordirland|Belfast",
        "In Nordirland randalierten in der Nacht Dutzende Jugendliche.",
        "Krawalle\nBELFAST (dpa) – "),
    Row("uk_control", "Sanktionen|verhängte", "Großbritannien|Vereinigtes Königreich|London",
        "Großbritannien verhängte am Montag neue Sanktionen gegen Belarus.",
        "Sanktionen\nLONDON (dpa) – "),
]

DATELINE_ELSEWHERE = [
    Row("dateline_bombing_other_country", "bombardiert", "!Peking",
        "Die Streitkräfte von Laos hatten das Grenzgebiet im Norden seit Wochen bombardiert.",
        "Konflikt\nPEKING (dpa) – "),
    Row("dateline_region_there", "bombardiert", "Kachin-Staat|!Bangkok",
        "Im Kachin-Staat stehen Rebellen und Armee sich gegenüber. Die Armee hatte dort mehrere Dörfer bombardiert.",
        "Myanmar\nBANGKOK (dpa) – "),
    Row("dateline_there_state_noun", "bombardiert", "Kachin",
        "Im Bundesstaat Kachin stehen Rebellen und Armee sich gegenüber. Die Armee hatte dort mehrere Dörfer "
        "bombardiert.",
        "Myanmar\nBANGKOK (dpa) – "),
    Row("there_after_adjective_town", "empfangen", "Haiphong",
        "In der nordvietnamesischen Hafenstadt Haiphong trafen am Montag die Unterhändler ein. Der Präsident werde sie "
        "dort empfangen.",
        "Gespräche\nHANOI (dpa) – "),
    Row("dateline_meeting_in_other_town", "zusammen|traf", "!Peking",
        "Am Montagabend traf der Sondergesandte in Kunming mit beiden Delegationen zusammen.",
        "Gespräche\nPEKING (dpa) – "),
    Row("dateline_captured_town", "erobert", "!Nairobi",
        "Die Rebellen im Osten Kongos hatten im August die Stadt Goma erobert.",
        "Kongo\nNAIROBI (AFP) – "),
    Row("dateline_home_control", "nahm", "Peking",
        "Die Polizei nahm am Montag zwei Aktivisten fest.",
        "Festnahmen\nPEKING (dpa) – "),
]

TOWN_OVER_COUNTRY = [
    Row("bei_den_kaempfen_in_town", "Kämpfen|getötet", "Bengasi",
        "Bei den Kämpfen zwischen zwei Milizen in der libyschen Stadt Bengasi waren seit Freitag 15 Menschen getötet "
        "worden.",
        "Libyen\nTUNIS (AFP) – "),
    Row("bei_gefechten_in_capital", "Gefechten|getötet", "Khartum",
        "Bei Gefechten in Khartum sind am Sonntag mindestens 20 Menschen getötet worden.",
        "Sudan\nKAIRO (AFP) – "),
    Row("summoned_in_capital", "einbestellt", "!Türkei",
        "Nach einem Grenzzwischenfall hat das türkische Außenministerium den syrischen Botschafter einbestellt.",
        "Diplomatie\nANKARA (dpa) – "),
    Row("summoned_not_country", "einbestellt", "!Polen",
        "Das polnische Außenministerium hat den russischen Botschafter einbestellt.",
        "Diplomatie\nWARSCHAU (dpa) – "),
    Row("kaempfe_plain_country_control", "Kämpfen|getötet", "Sudan|Khartum",
        "Im Sudan sind bei Kämpfen mindestens 20 Menschen getötet worden.",
        "Sudan\nKHARTUM (AFP) – "),
]

TARGET_COUNTRY = [
    Row("sanctions_against_gangs_in", "Sanktionen|verhängt", "!Kolumbien",
        "Die Europäische Union hat Sanktionen gegen vier Anführer von Drogenkartellen in Kolumbien verhängt.",
        "Sanktionen\nBRÜSSEL (dpa) – "),
    Row("sanctions_against_militia_in", "Strafmaßnahmen|verhängt", "!Sudan",
        "Die USA haben Strafmaßnahmen gegen Kommandeure einer Miliz im Sudan verhängt.",
        "Sanktionen\nWASHINGTON (AFP) – "),
    Row("ban_against_officials_of", "Einreiseverbote|verhängte", "!Venezuela",
        "Kanada verhängte am Montag Einreiseverbote gegen zehn Funktionäre in Venezuela.",
        "Sanktionen\nOTTAWA (AFP) – "),
    Row("sanctions_decided_in_town", "Sanktionen|beschlossen", "Luxemburg|!Mali",
        "Die Außenminister der EU beschlossen am Montag in Luxemburg Sanktionen gegen Offiziere in Mali.",
        "Sanktionen\nBRÜSSEL (dpa) – "),
]

ADJ_TOWN = [
    Row("adj_city_talks", "Gespräche|aufgenommen", "Kunming",
        "Unter Vermittlung Chinas haben Vertreter von Regierung und Rebellen in der südchinesischen Stadt Kunming "
        "Gespräche aufgenommen.",
        "Gespräche\nPEKING (dpa) – "),
    Row("adj_port_talks", "verhandeln", "Mombasa",
        "In der kenianischen Hafenstadt Mombasa verhandeln seit Montag Regierung und Opposition.",
        "Gespräche\nNAIROBI (AFP) – "),
    Row("adj_city_summit", "trafen", "Porto",
        "In der portugiesischen Stadt Porto trafen sich am Dienstag die Außenminister der Mittelmeerstaaten.",
        "Gipfel\nLISSABON (dpa) – "),
    Row("seat_then_adj_town", "verhandelt|Gespräche", "Algier",
        "Vertreter der Junta in Mali und der Tuareg-Rebellen haben in der algerischen Hauptstadt Algier verhandelt.",
        "Gespräche\nRABAT (AFP) – "),
    Row("seat_then_adj_city_talks", "Gespräche|aufgenommen", "Kunming",
        "Vertreter der Regierung in Laos und der Rebellen haben in der südchinesischen Stadt Kunming Gespräche "
        "aufgenommen.",
        "Gespräche\nPEKING (dpa) – "),
    Row("adj_city_signed", "unterzeichnet", "Doha|Katar",
        "Die Vereinbarung wurde in der katarischen Hauptstadt Doha unterzeichnet.",
        "Abkommen\nKAIRO (AFP) – "),
]
# fmt: on

DATE_GAPS: dict[str, str] = {}
PLACE_GAPS: dict[str, str] = {
    "dateline_bombing_other_country": "a foreign army's act away from the dateline's country still takes the dateline",
    "dateline_region_there": "'Kachin-Staat' is no entity, so 'dort' finds no place",
}


@pytest.mark.parametrize("row", table_params(FLASHBACK + TAGS_ZUVOR + SINCE + OTHER_TIMEX, DATE_GAPS))
def test_date(row: DateRow) -> None:
    check_date_row(row, PUBLISHED)


@pytest.mark.parametrize(
    "row",
    table_params(
        SPEECH_PLACE + UK_NATIONS + DATELINE_ELSEWHERE + TOWN_OVER_COUNTRY + TARGET_COUNTRY + ADJ_TOWN, PLACE_GAPS
    ),
)
def test_place(row: Row) -> None:
    check_place(row)


def test_tags_zuvor_timex_counts_from_the_story_day() -> None:
    text = (
        "Meldung\nBERLIN (dpa) – In Frankreich haben Fluglotsen am Mittwoch die Arbeit niedergelegt. Hunderte Flüge "
        "fielen aus. Die Staatsanwaltschaft in Lyon hatte tags zuvor Anklage gegen zwei Gewerkschafter erhoben."
    )
    doc = chronik.analyze(text, published=PUBLISHED)
    values = {doc.text[t.start : t.end]: t.value for t in doc.timexes}
    assert values.get("tags zuvor") == "2026-11-10", values


def test_tags_zuvor_after_a_background_month_counts_from_the_story_day() -> None:
    text = (
        "Meldung\nBERLIN (dpa) – In Frankreich haben Fluglotsen am Mittwoch die Arbeit niedergelegt. Bei dem Unglück "
        "waren im Juni 2024 zwei Kleinflugzeuge zusammengestoßen. Die Staatsanwaltschaft in Lyon hatte tags zuvor "
        "Anklage gegen zwei Fluglotsen erhoben."
    )
    doc = chronik.analyze(text, published=PUBLISHED)
    values = {doc.text[t.start : t.end]: t.value for t in doc.timexes}
    assert values.get("tags zuvor") == "2026-11-10", values
