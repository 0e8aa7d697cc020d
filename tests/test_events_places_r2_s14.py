"""Event places, second round of the fourteenth session: invented one- to three-sentence news items → the place of the
event on a trigger, checked by the place entity's text.

The table was written before it was run. Each row gives the trigger ("a|b" accepts either word), the expected place
("a|b" accepts either name; ``None`` = no place; "!X|Y" = any place but X and Y, also none) and the text, read after a
title and a dateline (``BERLIN (dpa) –`` unless the row gives its own). Classes (the causes of the place errors of the
blind audits 21 and 22): a region or country the clause states against the dateline's town; a speech place that must
not leak to a planned act in the next sentence; "in der <adjective> Hauptstadt" for the capital of the adjective's
country; "bei X, westlich von Y" for the first town; an unnamed national site ("vor dem Parlament") in the capital of
the country in focus; a capital or ministry that stands for its government is no place; the target country of a
diplomatic act decided elsewhere is no place.
"""

from __future__ import annotations

import pytest

from tests.event_docs import PlaceRow as Row
from tests.event_docs import check_place_row as check_place
from tests.event_docs import table_params

# fmt: off
REGION_STATED = [
    Row("weite_teile_country", "Streik|lahmgelegt", "Frankreich",
        "Ein Streik der Bahngewerkschaften hat am Donnerstag weite Teile Frankreichs lahmgelegt.",
        "Streik\nPARIS (AFP) – "),
    Row("in_weiten_teilen", "demonstrierten", "Kenia",
        "In weiten Teilen Kenias demonstrierten am Dienstag Tausende gegen neue Steuern.",
        "Proteste\nNAIROBI (AFP) – "),
    Row("in_ganz_country", "streikten", "Spanien",
        "In ganz Spanien streikten am Montag die Beschäftigten der Krankenhäuser.",
        "Streik\nMADRID (dpa) – "),
    Row("im_ganzen_land", "demonstrierten", "Portugal",
        "Im ganzen Land demonstrierten am Samstag Lehrer für höhere Gehälter.",
        "Proteste\nLISSABON (dpa) – "),
    Row("weite_teile_protest", "Proteste|lahmgelegt", "Irland",
        "Heftige Proteste von Landwirten haben am Montag weite Teile Irlands lahmgelegt.",
        "Bauern\nDUBLIN (AFP) – "),
    Row("adj_valley", "blockierten", "!Mailand",
        "Im norditalienischen Aostatal blockierten am Samstag Hunderte Bauern eine Passstraße.",
        "Protest\nMAILAND (dpa) – "),
    Row("adj_region", "demonstrierten", "Wallis|Schweizer Wallis|Schweiz",
        "Im Schweizer Wallis demonstrierten am Freitag Hunderte gegen den Bau eines Staudamms.",
        "Protest\nGENF (AFP) – "),
    Row("adj_highland", "blockierten", "Peru",
        "Im peruanischen Hochland blockierten Bergleute am Dienstag mehrere Straßen.",
        "Protest\nLIMA (AFP) – "),
    Row("adj_valley_canton", "protestierten", "!Bern",
        "Im Tessiner Maggiatal protestierten am Sonntag Anwohner gegen eine Hochspannungsleitung.",
        "Protest\nBERN (sda) – "),
    Row("adj_valley_then_police", "nahm", "!Turin",
        "Im französischen Maurienne-Tal kam es in der Nacht zu Krawallen. Die Polizei nahm zwölf Menschen fest.",
        "Krawalle\nTURIN (dpa) – "),
    Row("town_of_cause_lead", "Ultimatum|gestellt", "!Amsterdam",
        "Wegen der Überfüllung des Flüchtlingsheims in Zwolle hat der Bürgermeister der Regierung ein Ultimatum "
        "gestellt.",
        "Zwolle\nAMSTERDAM (AFP) – "),
    Row("town_lead_then_aid", "stellte", "!Amsterdam",
        "In Zwolle ist das Flüchtlingsheim seit Wochen überfüllt. Das Rote Kreuz stellte in der Nacht 200 Feldbetten "
        "zur Verfügung.",
        "Zwolle\nAMSTERDAM (AFP) – "),
    Row("dateline_capital_plain_control", "nahm", "Budapest",
        "Die Polizei nahm am Dienstag sechs Demonstranten fest.",
        "Protest\nBUDAPEST (dpa) – "),
    Row("in_country_control", "nahm", "Venezuela",
        "In Venezuela nahm die Polizei 30 Oppositionelle fest."),
]

SPEECH_LEAK = [
    Row("speech_then_deploy", "entsenden", "!Madrid",
        "Der Verteidigungsminister verurteilte den Angriff. „Wir werden nicht zurückweichen“, sagte er am Montag in "
        "Madrid. Der Minister kündigte an, weitere 200 Soldaten in die Region zu entsenden."),
    Row("speech_then_send_island", "schicken", "!Paris",
        "„Die Gewalt muss aufhören“, sagte die Innenministerin am Dienstag in Paris. Sie kündigte an, zusätzliche "
        "Gendarmen nach Korsika zu schicken."),
    Row("speech_then_send_city", "schicken", "!Berlin",
        "In Hamburg lieferten sich Randalierer Straßenschlachten mit der Polizei. „Das ist kriminell“, sagte die "
        "Innenministerin am Sonntag in Berlin. Sie kündigte an, zusätzliche Polizisten in die Stadt zu schicken.",
        "Krawalle\nHAMBURG (dpa) – "),
    Row("speech_then_aid_plan", "schicken", "!Berlin",
        "„Wir lassen die Menschen nicht allein“, sagte der Kanzler am Montag in Berlin. Die Regierung will 50 Helfer "
        "nach Marokko schicken."),
    Row("named_speech_then_deploy", "entsenden", "!Madrid",
        "Verteidigungsministerin Ana Ruiz verurteilte den Angriff. „Wir werden nicht zurückweichen“, sagte sie am "
        "Montag in Madrid. Die Ministerin kündigte an, weitere 200 Soldaten in die Region zu entsenden."),
    Row("named_speech_then_send", "entsenden", "!Lissabon",
        "Innenminister Rui Cardoso verurteilte die Brandstiftung. „Das waren Verbrecher“, sagte er am Dienstag in "
        "Lissabon. Cardoso kündigte an, zusätzliche Soldaten in die Berge zu entsenden.",
        "Waldbrände\nPORTO (dpa) – "),
    Row("named_speech_asserted_control", "forderte", "Wien",
        "„Wir brauchen mehr Personal“, sagte Gesundheitsminister Karl Haider am Montag in Wien. Haider forderte die "
        "Länder zu raschen Reformen auf."),
    Row("speech_then_plan_same_place_control", "verhandeln", "Rom",
        "„Wir sind zu Gesprächen bereit“, sagte der Minister am Freitag in Rom. Am Montag will er in Rom mit den "
        "Gewerkschaften verhandeln."),
    Row("speech_own_place_control", "verurteilte", "Madrid",
        "Die Ministerin verurteilte am Montag in Madrid den Anschlag auf eine Moschee."),
]

ADJ_CAPITAL = [
    # (a capital the text never names is no entity: the row asks that the place in focus is not taken instead)
    Row("adj_capital_protest", "demonstrierten", "!BERLIN",
        "In der kenianischen Hauptstadt demonstrierten am Dienstag Tausende gegen die Regierung."),
    Row("adj_capital_meeting_dateline", "trafen", "Kairo",
        "Die Außenminister Israels und Jordaniens trafen sich am Montag in der ägyptischen Hauptstadt.",
        "Treffen\nKAIRO (AFP) – "),
    Row("adj_capital_signing", "unterzeichneten", "Prag",
        "Die Regierungschefs Polens und der Slowakei unterzeichneten am Freitag in der tschechischen Hauptstadt ein "
        "Abkommen.",
        "Abkommen\nPRAG (dpa) – "),
    Row("adj_capital_attack", "Anschlag|getötet", "!BERLIN",
        "Bei einem Anschlag in der irakischen Hauptstadt wurden am Sonntag zwölf Menschen getötet."),
    Row("adj_capital_arrest", "nahm", "!BERLIN",
        "Die Polizei nahm in der chilenischen Hauptstadt 40 Demonstranten fest."),
    Row("adj_capital_mediator", "trafen", "!Addis Abeba",
        "Unter Vermittlung Kenias haben sich Äthiopien und Eritrea auf einen Gefangenenaustausch geeinigt. Die "
        "Außenminister beider Länder trafen sich am Freitag in der kenianischen Hauptstadt.",
        "Einigung\nADDIS ABEBA (AFP) – "),
    Row("adj_capital_host", "empfing", "!BERLIN",
        "Der Präsident empfing die Delegationen am Montag in der senegalesischen Hauptstadt."),
    Row("adj_capital_after_other_town", "protestierten", "!Nairobi|Tausende",
        "In Nairobi beriet das Kabinett über die Krise. Am Abend protestierten in der ugandischen Hauptstadt "
        "Tausende."),
]

COMPASS = [
    Row("bei_town_compass", "griffen", "Kupjansk",
        "Russische Truppen griffen am Sonntag Stellungen bei Kupjansk, östlich von Charkiw, an."),
    Row("bei_invented_compass", "beschossen", "Malundi|Kongo-Kinshasa",
        "Bei Malundi, nördlich von Bukavu, beschossen Milizen am Montag ein Dorf."),
    Row("bei_compass_dateline", "beschossen", "Rutshuru",
        "Noch am Sonntag beschossen Rebellen Stellungen der Armee bei Rutshuru, nördlich von Goma.",
        "Kämpfe\nKINSHASA (AFP) – "),
    Row("bei_compass_not_neighbour", "beschossen", "!Ruanda",
        "Ruanda und Kongo haben eine Waffenruhe vereinbart. Noch am Sonntag beschossen Rebellen Stellungen der Armee "
        "bei Rutshuru, nördlich von Goma.",
        "Kämpfe\nKINSHASA (AFP) – "),
    Row("nahe_town_compass", "töteten", "Menaka|Ménaka",
        "Dschihadisten töteten bei Menaka, östlich von Gao, zehn Soldaten."),
    Row("nahe_grenzstadt", "abgeschossen", "!Bamako",
        "Die Armee teilte mit, die Drohne sei nahe der Grenzstadt Kidal abgeschossen worden.",
        "Drohne\nBAMAKO (AFP) – "),
]

NATIONAL_SITE = [
    Row("vor_parlament_dateline", "protestiert", "Bukarest",
        "Das rumänische Parlament hat am Dienstag ein umstrittenes Mediengesetz verabschiedet. Bereits am "
        "Montagabend hatten rund 5000 Menschen vor dem Parlamentsgebäude gegen das Gesetz protestiert.",
        "Gesetz\nBUKAREST (AFP) – "),
    Row("vor_parlament_after_other_place", "protestierten", "Warschau",
        "Das polnische Parlament hat am Mittwoch ein neues Justizgesetz beschlossen. Die EU-Kommission kritisierte das "
        "Gesetz, sagte eine Sprecherin in Brüssel. Am Abend protestierten Tausende vor dem Parlament.",
        "Gesetz\nWARSCHAU (dpa) – "),
    Row("im_praesidentenpalast", "empfing", "Dakar",
        "Der senegalesische Präsident empfing am Montag die Vermittler im Präsidentenpalast.",
        "Vermittlung\nDAKAR (AFP) – "),
    Row("praesidentenpalast_adjective", "empfangen", "Nairobi",
        "Die Gespräche in Nairobi begannen am Montag. Der kenianische Präsident hatte die Delegationen bereits am "
        "Sonntag im Präsidentenpalast empfangen.",
        "Gespräche\nMOMBASA (dpa) – "),
    Row("parlament_adjective_other_focus", "protestierten", "Tiflis",
        "Der Außenminister kritisierte in Berlin das neue Gesetz in Tiflis. Vor dem georgischen Parlament "
        "protestierten am Abend Tausende."),
    Row("vor_regierungspalast", "demonstrierten", "Lima",
        "Hunderte Lehrer demonstrierten am Donnerstag vor dem Regierungspalast.",
        "Protest\nLIMA (AFP) – "),
    Row("vor_parlament_country_focus", "protestierten", "Belgrad|Serbien",
        "In Serbien hat das Parlament ein Mediengesetz verabschiedet. Vor dem Parlamentsgebäude protestierten "
        "Tausende."),
    Row("vor_rathaus_dateline_control", "demonstrierten", "Bonn",
        "Vor dem Rathaus demonstrierten am Samstag Hunderte Radfahrer.",
        "Protest\nBONN (dpa) – "),
]

METONYM_SEAT = [
    Row("ministry_seat_next_sentence", "angenommen", "!Tunis",
        "Nach den Überschwemmungen hat die tunesische Regierung Hilfsangebote aus Italien und Frankreich angenommen. "
        "Das teilte das Innenministerium in Tunis am Dienstag mit.",
        "Hilfe\nTUNIS (AFP) – "),
    Row("capital_reacted_then_ministry", "sperrte", "!Kairo",
        "Kairo reagierte tags darauf mit Gegenmaßnahmen: Das Außenministerium bestellte den Botschafter ein und "
        "sperrte den Luftraum für Flüge aus dem Sudan."),
    Row("capital_reacted_country_named", "sperrte", "Ägypten",
        "Kairo reagierte tags darauf mit Gegenmaßnahmen: Das Außenministerium bestellte den Botschafter ein und "
        "sperrte den Luftraum für Flüge aus Ägypten in den Sudan."),
    Row("capital_reacted_expelled", "wies", "!Ankara",
        "Ankara reagierte umgehend und wies zwei Diplomaten aus."),
    Row("capital_subject_recalled", "zurückgerufen", "!Teheran",
        "Teheran hat seinen Botschafter aus Baku zurückgerufen."),
]

TARGET_COUNTRY = [
    Row("sanctions_government_in", "Sanktionen|verhängt", "!Venezuela",
        "Die Europäische Union hat neue Sanktionen gegen die Regierung in Venezuela verhängt.",
        "Sanktionen\nBRÜSSEL (dpa) – "),
    Row("whole_country_not_focus", "warfen", "Lyon",
        "Ein Streik der Eisenbahner hat am Dienstag weite Teile Frankreichs lahmgelegt. In Lyon zogen Tausende durch "
        "die Innenstadt. Am Rande der Kundgebung warfen Vermummte Steine auf Polizisten.",
        "Streik\nLYON (AFP) – "),
    Row("sanctions_then_meeting_place", "Sanktionen|verhängt", "!Myanmar",
        "Die EU hat neue Sanktionen gegen die Führung in Myanmar verhängt. Die Außenminister beschlossen am Montag in "
        "Luxemburg Einreiseverbote gegen zwölf Generäle.",
        "Sanktionen\nBRÜSSEL (dpa) – "),
    Row("sanctions_decided_in", "beschlossen|Strafmaßnahmen", "Luxemburg",
        "Die Außenminister der EU beschlossen am Montag in Luxemburg Strafmaßnahmen gegen Belarus."),
    Row("criticised_government_in", "kritisierte", "!Georgien",
        "Die Bundesregierung kritisierte die Regierung in Georgien scharf."),
    Row("demand_junta_in", "forderten", "!Niger",
        "Die USA forderten die Militärjunta in Niger auf, den Präsidenten freizulassen."),
    Row("sanctions_against_country_plain", "Sanktionen|verhängte", "!Iran",
        "Die Europäische Union verhängte am Montag neue Sanktionen gegen den Iran.",
        "Sanktionen\nBRÜSSEL (dpa) – "),
    Row("embassy_in_control", "demonstrierten", "Berlin",
        "Vor der russischen Botschaft in Berlin demonstrierten Hunderte Menschen."),
]
# fmt: on

ROWS = REGION_STATED + SPEECH_LEAK + ADJ_CAPITAL + COMPASS + NATIONAL_SITE + METONYM_SEAT + TARGET_COUNTRY

# Rows still wrong (strict: a fix shows up as XPASS and the row moves out of here): "im ganzen Land" has no country
# entity to name; a valley or highland the tagger makes no entity of ("Aostatal", "Hochland") leaves the dateline's
# town; an invented or unrecognised town before "östlich von Y" ("bei Malundi", "bei Menaka") is no entity; the
# tagger's entity "Tausende" taken for a place; a government act in the dateline's own sentence stays in the
# dateline's capital (the older rule "Brüssel (Reuters) – Die EU hat … beschlossen" = Brüssel) even when the next
# sentence names the ministry's seat.
KNOWN_GAPS = {
    "im_ganzen_land",
    "adj_highland",
    "adj_capital_after_other_town",
    "bei_invented_compass",
    "nahe_town_compass",
    "ministry_seat_next_sentence",
}


@pytest.mark.parametrize("row", table_params(ROWS, KNOWN_GAPS))
def test_event_place(row: Row) -> None:
    check_place(row)


def test_table_size() -> None:
    assert len(ROWS) >= 50
    assert len({r.id for r in ROWS}) == len(ROWS)
