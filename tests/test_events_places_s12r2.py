"""Event places, twelfth session (second round): invented mini-articles for the place rules of events.py."""

from __future__ import annotations

from tests.event_docs import rows_by_trigger


def test_a_state_declared_for_an_area_is_placed_in_that_area_not_in_the_dateline_town() -> None:
    rows = rows_by_trigger(
        "Hochwasser in Franken\n"
        "NÜRNBERG (dpa) – Nach tagelangem Starkregen stehen weite Teile Frankens unter Wasser.\n"
        "Innenminister Peter Haller rief am Montag für den Landkreis Kitzingen den Katastrophenfall aus.\n",
        published="2026-11-10",
    )
    assert rows["Katastrophenfall"][4] == "Landkreis Kitzingen"


def test_a_town_noun_stands_for_the_town_in_focus_not_for_the_dateline_town() -> None:
    rows = rows_by_trigger(
        "Kämpfe im Sudan\n"
        "KAIRO (dpa) – Im Sudan gehen die Gespräche weiter.\n"
        "Vertreter der Armee und der Miliz berieten am Montag in Dschidda über eine Feuerpause.\n"
        "Kämpfer der Miliz beschossen in der Nacht Stellungen der Armee am Stadtrand von Nyala.\n"
        "Die Armee beschoss daraufhin mehrere Dörfer östlich der Stadt.\n",
        published="2026-11-10",
    )
    assert rows["beschoss"][4] == "Nyala"


def test_a_temporal_clause_takes_the_place_its_main_clause_names() -> None:
    rows = rows_by_trigger(
        "Razzia gegen Schleuser\n"
        "Düsseldorf (dpa) – Die Polizei in Nordrhein-Westfalen hat am Dienstag mehrere Wohnungen durchsucht.\n"
        "Bei dem Einsatz in Hamburg-Altona wurde eine Beamtin leicht verletzt, als ein Mann sie mit einem Messer "
        "attackierte.\n",
        published="2026-11-10",
    )
    assert rows["attackierte"][4] == "Hamburg-Altona"


def test_a_definite_site_noun_names_again_the_site_named_before_its_town() -> None:
    rows = rows_by_trigger(
        "Manöver in Polen beginnt\n"
        "WARSCHAU (dpa) – Rund 5000 Soldaten haben am Montag in Polen ein Großmanöver begonnen.\n"
        "„Wir sind bereit“, sagte der polnische Verteidigungsminister bei der Eröffnung auf dem "
        "Truppenübungsplatz Orzysz.\n"
        "In der Nähe des Übungsplatzes blockierten am Montagmorgen etwa 30 Aktivisten eine Straße.\n",
        published="2026-11-10",
    )
    assert rows["blockierten"][4] == "Orzysz"


def test_a_part_of_a_country_in_the_genitive_is_the_place_not_the_dateline_town() -> None:
    rows = rows_by_trigger(
        "Streik legt Frankreich lahm\n"
        "Paris (dpa) - Ein Generalstreik gegen die Rentenreform hat am Donnerstag das Land lahmgelegt.\n"
        "Im Süden Frankreichs blockierten Demonstranten mehrere Autobahnen.\n",
        published="2026-11-10",
    )
    assert rows["blockierten"][4] == "Frankreich"


def test_a_genitive_place_inside_an_attributive_phrase_is_not_the_event_place() -> None:
    rows = rows_by_trigger(
        "Frachter befreit\n"
        "Nairobi (dpa) – Marinesoldaten haben einen vor der Küste Kenias gekaperten Frachter befreit.\n",
        published="2026-11-10",
    )
    assert rows["befreit"][4] != "Kenia"


def test_the_north_of_the_country_is_the_country_in_focus() -> None:
    rows = rows_by_trigger(
        "Helfer frei\n"
        "Bamako (AFP) – Zwei im Westen Nigers verschleppte Ärzte sind frei.\n"
        "Bewaffnete hatten die Männer im Sommer im Westen Nigers entführt.\n"
        "Sie seien in der Nacht zu Montag im Norden des Landes an Vermittler übergeben worden.\n",
        published="2026-11-10",
    )
    assert rows["entführt"][4] == "Niger"
    assert rows["übergeben"][4] == "Niger"
