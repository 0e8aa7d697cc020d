"""Event places as a class (fourteenth session): invented one- to three-sentence news items → the place of the event
on a trigger, checked by the place entity's text.

The table was written before it was run. Each row gives the trigger ("a|b" accepts either word), the expected place
("a|b" accepts either name; ``None`` = no place; "!X" = any place but X, also none) and the text, read after a title
and a dateline (``BERLIN (dpa) –`` unless the row gives its own). Classes: the event's own place phrase; the dateline
town against a place named in the clause; a capital that stands for its government; the place in focus carried on and
reset by a new place; travel; phone calls; places in a relative clause or a quote; origin phrases; region against
town; invented towns; planned events with a venue.
"""

from __future__ import annotations

import pytest

from tests.event_docs import PlaceRow as Row
from tests.event_docs import check_place_row as check_place
from tests.event_docs import table_params

# fmt: off
OWN_PHRASE = [
    Row("in_town", "demonstrierten", "Leipzig",
        "Am Samstag demonstrierten in Leipzig rund 5000 Menschen gegen steigende Mieten."),
    Row("in_town_front", "festgenommen", "Dortmund",
        "In Dortmund hat die Polizei am Montag zwei mutmaßliche Einbrecher festgenommen."),
    Row("in_country", "verhaftet", "Tunesien",
        "In Tunesien sind mehrere Oppositionspolitiker verhaftet worden."),
    Row("bei_town", "blockierten", "Fulda",
        "Bei Fulda blockierten Klimaaktivisten am Dienstagmorgen eine Autobahn."),
    Row("nahe_town", "griffen", "Kandahar",
        "Nahe Kandahar griffen Taliban am Mittwoch einen Konvoi an."),
    Row("in_der_naehe_von", "nahm", "Graz",
        "In der Nähe von Graz nahm die Polizei einen flüchtigen Häftling fest."),
    Row("vor_der_kueste", "beschlagnahmte", "Libyen",
        "Vor der Küste von Libyen beschlagnahmte die Marine am Sonntag ein Schiff mit Waffen."),
    Row("vor_der_kueste_island", "nahm", "Lesbos",
        "Vor der Küste der Insel Lesbos nahm die Küstenwache zwei Schleuser fest."),
    Row("an_der_grenze_zu", "beschossen", "!Deutschland",
        "Soldaten beschossen an der Grenze zu Pakistan einen Konvoi."),
    Row("in_der_hauptstadt", "protestierten", "Lima",
        "In der peruanischen Hauptstadt Lima protestierten Tausende gegen die Regierung."),
    Row("in_der_hauptstadt_plain", "protestierten", "Dhaka",
        "In der Hauptstadt Dhaka protestierten Textilarbeiter für höhere Löhne."),
    Row("im_hafen_von", "beschlagnahmten", "Antwerpen",
        "Zollbeamte beschlagnahmten im Hafen von Antwerpen acht Tonnen Kokain."),
    Row("im_hafen_der_stadt", "beschlagnahmten", "Hamburg|Hamburger",
        "Im Hamburger Hafen beschlagnahmten Fahnder zwei Container mit gefälschten Markenwaren."),
    Row("in_the_region", "griffen", "Darfur|Region Darfur",
        "In der Region Darfur griffen Milizen erneut mehrere Dörfer an."),
    Row("in_province", "nahm", "Sindh|Provinz Sindh",
        "In der Provinz Sindh nahm die Polizei 40 Demonstranten fest."),
    Row("im_norden_named", "griffen", "Mali",
        "Im Norden Malis griffen Dschihadisten einen Militärposten an."),
    Row("im_sueden_des_landes", "griffen", "Nigeria",
        "Nigerias Armee meldet neue Gewalt. Im Süden des Landes griffen Bewaffnete ein Dorf an."),
    Row("im_osten_der_stadt", "durchsuchten", "Bremen",
        "Im Osten von Bremen durchsuchten Ermittler in der Nacht eine Lagerhalle."),
    Row("auf_insel", "demonstrierten", "Lampedusa",
        "Auf der Insel Lampedusa demonstrierten am Wochenende Hunderte Fischer."),
    Row("am_flughafen", "festgenommen", "Frankfurt|Frankfurter Flughafen",
        "Am Frankfurter Flughafen wurde ein gesuchter Betrüger festgenommen."),
    Row("vor_dem_parlament", "versammelten", "Bukarest",
        "Vor dem Parlament in Bukarest versammelten sich Hunderte Rentner."),
    Row("im_stadtteil", "erschossen", "Marseille",
        "Im Norden von Marseille wurde ein junger Mann auf offener Straße erschossen."),
    Row("at_event_site", "unterzeichneten", "Doha",
        "In Doha unterzeichneten die Konfliktparteien am Freitag ein Waffenstillstandsabkommen."),
    Row("trafen_in", "trafen", "Rom",
        "Die Außenminister Frankreichs und Italiens trafen sich am Montag in Rom."),
    Row("im_sueden_von", "griffen", "Lyon",
        "Im Süden von Lyon griffen Jugendliche in der Nacht Polizisten an."),
    Row("vor_dem_rathaus_in", "protestierten", "Graz",
        "Vor dem Rathaus in Graz protestierten Bauern gegen neue Auflagen."),
    Row("in_bundesland", "durchsuchten", "Bayern",
        "Ermittler durchsuchten in Bayern 14 Wohnungen mutmaßlicher Reichsbürger."),
    Row("in_village_of_country", "töteten", "Burkina Faso",
        "Bewaffnete töteten am Wochenende in Burkina Faso mindestens zwölf Soldaten."),
    Row("auf_dem_platz", "demonstrierten", "Madrid|Puerta del Sol",
        "Auf der Puerta del Sol in Madrid demonstrierten Studenten gegen Kürzungen."),
    Row("im_gebiet", "bombardierte", "Gaza|Gazastreifen",
        "Die israelische Luftwaffe bombardierte in der Nacht Ziele im Gazastreifen."),
    Row("westlich_von", "beschossen", "Bagdad",
        "Westlich von Bagdad beschossen Milizen ein Militärfahrzeug."),
    Row("im_landkreis", "durchsuchte", "Oder-Spree|Landkreis Oder-Spree",
        "Im Landkreis Oder-Spree durchsuchte die Polizei am Sonntag mehrere Höfe."),
]

DATELINE = [
    Row("dateline_only", "festgenommen", "HAMBURG",
        "Die Polizei hat am Montag einen mutmaßlichen Drogenhändler festgenommen.",
        "Festnahme\nHAMBURG (dpa) – "),
    Row("dateline_vs_clause", "festgenommen", "Köln",
        "In Köln hat die Polizei einen mutmaßlichen Drogenhändler festgenommen.",
        "Festnahme\nDÜSSELDORF (dpa) – "),
    Row("dateline_vs_clause_country", "griffen", "Somalia",
        "In Somalia griffen Kämpfer am Dienstag einen Markt an.",
        "Anschlag\nNAIROBI (AFP) – "),
    Row("dateline_protest", "demonstrierten", "WARSCHAU",
        "Zehntausende demonstrierten am Sonntag gegen die neue Justizreform.",
        "Proteste\nWARSCHAU (dpa) – "),
    Row("dateline_vs_later_town", "stürmten", "Marseille",
        "Polizisten stürmten am Morgen eine Wohnung in Marseille.",
        "Razzia\nPARIS (AFP) – "),
    Row("dateline_second_sentence", "nahmen", "Kiel",
        "Die Küstenwache hat ein Schiff gestoppt. Beamte in Kiel nahmen drei Männer fest.",
        "Schmuggel\nROSTOCK (dpa) – "),
    Row("dateline_meeting", "berieten", "BRÜSSEL",
        "Die EU-Agrarminister berieten am Montag über die Zukunft der Subventionen.",
        "Agrarrat\nBRÜSSEL (dpa) – "),
    Row("dateline_vs_nach_town", "schob", "!WIEN",
        "Die Armee schob am Montag Hunderte Flüchtlinge aus dem Sudan in den Tschad ab.",
        "Flucht\nWIEN (APA) – "),
    Row("dateline_court", "verurteilte", "MÜNCHEN",
        "Das Landgericht verurteilte den Angeklagten am Freitag zu acht Jahren Haft.",
        "Prozess\nMÜNCHEN (dpa) – "),
    Row("dateline_town_court_other", "verurteilte", "Augsburg",
        "Das Landgericht Augsburg verurteilte den Angeklagten zu acht Jahren Haft.",
        "Prozess\nMÜNCHEN (dpa) – "),
]

METONYM = [
    Row("moskau_kritisierte", "kritisierte", "!Moskau",
        "Moskau kritisierte die neuen Sanktionen der Europäischen Union scharf."),
    Row("washington_drohte", "drohte", "!Washington",
        "Washington drohte Teheran mit weiteren Strafmaßnahmen."),
    Row("peking_warnte", "warnte", "!Peking",
        "Peking warnte Taiwan vor einer Unabhängigkeitserklärung."),
    Row("kiew_forderte", "forderte", "!Kiew",
        "Kiew forderte von seinen Verbündeten mehr Flugabwehrsysteme."),
    Row("paris_wies_zurueck", "wies", "!Paris",
        "Paris wies die Vorwürfe aus Algier zurück."),
    Row("ankara_verurteilte", "verurteilte", "!Ankara",
        "Ankara verurteilte den Angriff auf seine Soldaten."),
    Row("berlin_sagte_zu", "sagte", "!Kiew",
        "Berlin sagte Kiew weitere Hilfe zu."),
    Row("london_bestellte", "bestellte", "!London|!Moskau",
        "London bestellte den russischen Botschafter ein."),
    Row("teheran_dementierte", "dementierte|bestritt", "!Teheran",
        "Teheran bestritt jede Beteiligung an dem Anschlag."),
    Row("metonym_then_place", "kritisierte", "!Moskau",
        "Der Kreml kritisierte die Entscheidung. Auch Moskau kritisierte den Schritt."),
]

FOCUS = [
    Row("focus_carried", "nahm", "Bilbao",
        "In Bilbao explodierte am Montag ein Sprengsatz vor einer Bank. "
        "Die Polizei nahm kurz darauf zwei Verdächtige fest."),
    Row("focus_carried_two", "setzte", "Izmir",
        "In der Stadt Izmir protestierten am Sonntag Tausende gegen die Regierung. Die Polizei setzte Tränengas ein."),
    Row("focus_reset", "demonstrierten", "Lyon",
        "In Paris streikten am Donnerstag die Lokführer. In Lyon demonstrierten Studenten."),
    Row("focus_reset_back", "blockierten", "Lyon",
        "In Paris streikten am Donnerstag die Lokführer. In Lyon demonstrierten Studenten. "
        "Sie blockierten eine Brücke."),
    Row("focus_country_then_town", "griffen", "Goma",
        "Im Kongo flammen die Kämpfe wieder auf. In Goma griffen Rebellen einen Stützpunkt der Armee an."),
    Row("focus_town_then_country", "Ausgangssperre", "!Goma",
        "In Goma griffen Rebellen einen Stützpunkt an. "
        "Die Regierung in Kinshasa verhängte daraufhin eine Ausgangssperre."),
    Row("focus_after_paragraph", "festgenommen", "Bern",
        "In Bern ist ein Lastwagen in eine Menschenmenge gefahren.\nDer Fahrer wurde noch am Tatort festgenommen."),
    Row("focus_kept_over_statement", "räumte", "Valencia",
        "In Valencia besetzten am Montag Studenten das Rathaus. Der Bürgermeister sprach von einem Skandal. "
        "Die Polizei räumte das Gebäude erst am Abend."),
    Row("focus_not_from_aside", "stürmten", "Athen",
        "In Athen stürmten Demonstranten am Montag das Finanzministerium."),
    Row("focus_reset_fronted_pp", "demonstrierten", "Tartu",
        "In Tallinn streikten am Montag die Busfahrer. In Tartu demonstrierten Studenten vor der Universität."),
    Row("focus_reset_country", "verhaftete", "Uganda",
        "In Kenia protestierten Tausende gegen Steuererhöhungen. "
        "In Uganda verhaftete die Polizei drei Oppositionelle."),
    Row("focus_event_in_dort", "demonstrierten", "Manila",
        "Die Opposition rief für Sonntag zu Protesten in Manila auf. Dort demonstrierten dann Zehntausende."),
    Row("focus_region_carried", "nahmen", "Tigray|Region Tigray",
        "In der Region Tigray ist es erneut zu Kämpfen gekommen. Soldaten nahmen dabei Dutzende Zivilisten fest."),
]

TRAVEL = [
    Row("reisen_nach", "reiste", "Tokio",
        "Bundeskanzler Merz reiste am Montag nach Tokio."),
    Row("eintreffen_in", "traf", "Nairobi",
        "Der UN-Generalsekretär traf am Dienstag in Nairobi ein."),
    Row("aus_abreisen", "abgereist|reiste", "Kairo",
        "Die israelische Delegation reiste am Mittwoch aus Kairo ab."),
    Row("besuchte_town", "besuchte", "Mostar",
        "Die Außenministerin besuchte am Freitag die Stadt Mostar."),
    Row("besuchte_country", "besuchte", "Vietnam",
        "Der französische Präsident besuchte am Freitag Vietnam."),
    Row("flog_nach", "flog", "Washington",
        "Der ukrainische Präsident flog am Donnerstag nach Washington."),
    Row("ankunft_in", "traf", "Manila",
        "Der Papst traf am Sonntag in Manila mit Präsident Marcos zusammen."),
    Row("travel_then_meet", "traf", "Ottawa",
        "Der Bundespräsident reiste nach Ottawa. Dort traf er Premierminister Carney."),
    Row("travel_from_to", "reiste", "Kiew",
        "Der Außenminister reiste am Morgen aus Polen nach Kiew."),
    Row("aus_abreisen_after_days", "reiste", "Hanoi",
        "Der Präsident reiste nach zwei Tagen aus Hanoi ab."),
    Row("aus_eintreffen_origin", "trafen", "Athen",
        "Aus Rumänien trafen am Dienstag 100 Feuerwehrleute in Athen ein."),
    Row("zu_besuch_in", "Besuch|hält", "Brasília",
        "Der Bundeskanzler hält sich zu einem Besuch in Brasília auf."),
]

PHONE = [
    Row("telefonierte_mit", "telefonierte", "!Paris",
        "Kanzler Merz telefonierte am Montag mit dem französischen Präsidenten Macron in Paris."),
    Row("telefonierte_kollegen_in", "telefonierte", "!Riad",
        "Die Außenministerin telefonierte am Abend mit ihrem Amtskollegen in Riad."),
    Row("telefonat_plain", "telefonierte", "!Moskau",
        "Der türkische Präsident telefonierte mit Kremlchef Putin."),
    Row("telefon_in_town_named", "telefonierte", "!Ankara",
        "Scholz telefonierte mit Erdogan. Erdogan hatte zuvor in Ankara Reformen angekündigt."),
    Row("telefonisch_forderte", "forderte", "!Peking",
        "In einem Telefonat forderte der US-Außenminister von Peking mehr Druck auf Nordkorea."),
    Row("video_schalte", "beriet|berieten", "!Kiew",
        "Per Videoschalte berieten die Verteidigungsminister mit ihrem Kollegen in Kiew."),
    Row("phone_caller_town", "telefonierte", "!Teheran",
        "Von Genf aus telefonierte der UN-Vermittler mit der Führung in Teheran."),
]

EMBEDDED = [
    Row("relative_clause_place", "festgenommen", "!Sizilien",
        "Ein Mann, der früher in Sizilien gelebt hatte, wurde in Stuttgart festgenommen."),
    Row("relative_clause_place_no_own", "festgenommen", "!Sizilien",
        "Die Polizei hat einen Mann festgenommen, der in Sizilien geboren wurde."),
    Row("relative_clause_where", "demonstrierten", "Zagreb",
        "In Zagreb demonstrierten Hunderte für die Arbeiter, die in Split entlassen worden waren."),
    Row("quote_place", "warf", "!Mariupol",
        "„In Mariupol haben sie alles zerstört“, warf der Bürgermeister den Besatzern vor."),
    Row("quote_place_event", "forderte", "!Kabul",
        "Der Minister forderte am Montag: „Wir müssen die Botschaft in Kabul sofort schließen.“"),
    Row("dass_clause_place", "warf", "!Tripolis",
        "Die Opposition warf der Regierung vor, dass sie in Tripolis Demonstranten habe verhaften lassen."),
    Row("noun_of_earlier_event", "verurteilte", "!Halle",
        "Das Gericht verurteilte den Mann wegen des Anschlags in Halle zu lebenslanger Haft.",
        "Urteil\nMAGDEBURG (dpa) – "),
    Row("wegen_place", "ermittelt", "!Lissabon",
        "Die Staatsanwaltschaft ermittelt wegen eines Betrugs in Lissabon gegen zwei Manager."),
    Row("after_event_noun", "nahm", "!Oslo",
        "Nach dem Anschlag in Oslo nahm die Polizei in Bergen zwei Verdächtige fest."),
    Row("after_event_noun_two_places", "durchsuchten", "Gent",
        "Wegen der Schießerei in Brügge durchsuchten Ermittler am Morgen in Gent mehrere Wohnungen."),
    Row("relative_clause_then_main", "verhaftet", "Bukarest",
        "In Bukarest wurde ein Politiker verhaftet, der zuvor in Brüssel gearbeitet hatte."),
]

ORIGIN = [
    Row("fluechtlinge_aus", "nahm", "!Syrien",
        "Deutschland nahm im vergangenen Jahr 20.000 Flüchtlinge aus Syrien auf."),
    Row("hilfe_aus", "trafen", "!Deutschland",
        "Hilfsgüter aus Deutschland trafen am Montag in Beirut ein."),
    Row("hilfe_aus_dest", "trafen", "Beirut",
        "Hilfsgüter aus Deutschland trafen am Montag in Beirut ein."),
    Row("soldaten_aus", "griffen", "!Ruanda",
        "Soldaten aus Ruanda griffen nach UN-Angaben Stellungen der Armee an."),
    Row("delegation_aus", "empfing", "!Seoul",
        "Der Bundespräsident empfing eine Delegation aus Seoul."),
    Row("abgeordnete_aus", "forderten", "!Sachsen",
        "Abgeordnete aus Sachsen forderten mehr Geld für den Strukturwandel."),
    Row("firma_aus", "kritisierte", "!Stuttgart",
        "Ein Unternehmer aus Stuttgart kritisierte die Regierung scharf."),
    Row("origin_then_place", "festgenommen", "Zürich",
        "Ein Mann aus Albanien wurde in Zürich festgenommen."),
]

CONTAINMENT = [
    Row("town_then_country", "griffen", "Aleppo",
        "In der Stadt Aleppo in Syrien griffen Rebellen einen Flughafen an."),
    Row("town_comma_country", "demonstrierten", "Kathmandu",
        "In Kathmandu, der Hauptstadt Nepals, demonstrierten Tausende gegen Korruption."),
    Row("country_then_town_later", "blockierten", "Porto",
        "In Portugal streiken die Lehrer. Am Stadtrand von Porto blockierten sie eine Schnellstraße."),
    Row("region_of_town", "durchsuchten", "Kalabrien|Region Kalabrien",
        "Ermittler durchsuchten am Montag in der Region Kalabrien 30 Wohnungen."),
    Row("town_in_region", "festgenommen", "Passau",
        "In Niederbayern wurden in Passau drei Schleuser festgenommen."),
    Row("town_in_state", "verhaftet", "Chemnitz",
        "Im sächsischen Chemnitz wurde ein Neonazi verhaftet."),
]

INVENTED = [
    Row("invented_town", "überfielen", "Kulmbrück|Dorf Kulmbrück",
        "Im Norden Nigerias überfielen Bewaffnete das Dorf Kulmbrück."),
    Row("invented_town_in", "töteten", "Tamazra",
        "Dschihadisten töteten im Ort Tamazra in Niger 15 Soldaten."),
    Row("invented_town_focus", "angegriffen", "Orvanka",
        "In Mali haben Rebellen die Stadt Orvanka angegriffen."),
    Row("invented_village_with_noun", "bombardierte", "Barsuni",
        "Im Sudan bombardierte die Armee das Dorf Barsuni."),
    Row("invented_camp", "angegriffen", "Selmak|Lager Selmak",
        "Im Tschad wurde das Flüchtlingslager Selmak in der Nacht angegriffen."),
]

PLANNED = [
    Row("soll_stattfinden", "Gipfel|stattfinden", "Genf",
        "Der nächste Gipfel soll im Frühjahr in Genf stattfinden."),
    Row("planned_talks", "Verhandlungen|verhandeln", "Istanbul",
        "Die Verhandlungen sollen nächste Woche in Istanbul fortgesetzt werden."),
    Row("planned_meeting_future", "treffen", "Wien",
        "Die Außenminister wollen sich im Dezember in Wien treffen."),
    Row("planned_not_focus", "reisen", "Peking",
        "In Paris beriet der Präsident mit seinen Ministern. Er will im Januar nach Peking reisen."),
    Row("planned_after_plan_focus_kept", "kritisierte", "!Peking",
        "In Paris kündigte der Präsident an, im Januar nach Peking zu reisen. Die Opposition kritisierte die Reise."),
    Row("planned_vote", "demonstrieren", "Straßburg",
        "Die Gewerkschaft will im März in Straßburg gegen das Gesetz demonstrieren."),
    Row("planned_signing", "unterzeichnet", "Kairo",
        "Das Abkommen soll am Freitag in Kairo unterzeichnet werden."),
    Row("planned_farmers_protest", "protestieren", "Oldenburg",
        "Die Bauern wollen im Januar in Oldenburg gegen die Agrarpolitik protestieren."),
]
# fmt: on

ROWS = OWN_PHRASE + DATELINE + METONYM + FOCUS + TRAVEL + PHONE + EMBEDDED + ORIGIN + CONTAINMENT + INVENTED + PLANNED


# Rows still wrong after the fourteenth session (strict: a fix shows up as XPASS and the row moves out of here):
# the tagger's entities ("Landkreis Oder-Spree", "Insel Lampedusa" as a target, invented villages after "das Dorf"),
# a court's seat named only in the court's name, a town as a bare dative object, "im Süden des Landes" without a
# country in focus, visits of a country (target, not place), a video call, a region before a town and a government's
# seat after a town in focus.
KNOWN_GAPS = {
    "im_sueden_des_landes",
    "im_landkreis",
    "dateline_town_court_other",
    "focus_town_then_country",
    "besuchte_country",
    "video_schalte",
    "town_in_region",
    "invented_town",
    "invented_town_focus",
    "invented_village_with_noun",
    "invented_camp",
}


@pytest.mark.parametrize("row", table_params(ROWS, KNOWN_GAPS))
def test_event_place(row: Row) -> None:
    check_place(row)


def test_table_size() -> None:
    assert len(ROWS) >= 100
    assert len({r.id for r in ROWS}) == len(ROWS)
