"""Source and target from syntax as a class (fourteenth session): invented one- or two-sentence news items whose point
is the ROLE construction → trigger, PLOVER type, source, target.

The table was written before it was run. The constructions: agentless and "von/durch/seitens"-passives, coordinated
subjects and objects, dative objects, PP targets (gegen, mit, auf, an, gegenüber, für), genitive and possessive actors
of event nouns, relative clauses, apposition, the addressee of a control verb ("forderte X auf, …"), causatives
("ließ X festnehmen"), fronted objects, "laut X"/"nach Angaben von X" (who reports, not who acts), co-actors and means
that are no target ("gemeinsam mit X", "drohte, das Militär einzusetzen") and places that are no target ("an die Grenze
zu X"). ``None`` = not checked; a trigger "a|b" accepts either word as the trigger.
"""

from __future__ import annotations

import pytest

from tests.event_docs import TableRow as Row
from tests.event_docs import check_table_row, rows_by_trigger, table_params

# fmt: off
PASSIVES = [
    Row("festnehmen_von_org", "festgenommen", "COERCE", None, ["Bundespolizei"], ["Jonas Wendt"],
        "Der Schleuser Jonas Wendt wurde am Dienstag in Görlitz von der Bundespolizei festgenommen."),
    Row("festnehmen_agentless", "festgenommen", "COERCE", None, [], ["Tarik Yilmazer"],
        "Der regierungskritische Blogger Tarik Yilmazer wurde am Freitag festgenommen."),
    Row("festnehmen_agentless_fronted_place", "festgenommen", "COERCE", None, [], ["Mariela Quintana"],
        "In Caracas wurde am Sonntag die Oppositionelle Mariela Quintana festgenommen."),
    Row("kritisieren_von_person", "kritisiert", "ACCUSE", None, ["Milan Horvat"], ["Pavel Kocian"],
        "Finanzminister Pavel Kocian wurde von Staatspräsident Milan Horvat scharf kritisiert."),
    Row("kritisieren_von_country", "kritisiert", "ACCUSE", None, ["Schweden"], ["Ungarn"],
        "Ungarn wurde am Montag von Schweden für seine Blockade der Hilfsgelder kritisiert."),
    Row("bombardieren_durch", "bombardiert", "ASSAULT", None, ["Myanmar"], None,
        "Das Dorf Tangyan wurde in der Nacht durch die Luftwaffe Myanmars bombardiert."),
    Row("ablehnen_seitens", "abgelehnt", "REJECT", None, ["Rumänien"], None,
        "Seitens der Regierung Rumäniens wurde der Vorschlag am Mittwoch abgelehnt."),
    Row("vorwerfen_agentless_dative", "vorgeworfen", "ACCUSE", None, [], ["Goran Petrovic"],
        "Dem früheren Verkehrsminister Goran Petrovic wird Bestechlichkeit vorgeworfen."),
    Row("ausweisen_passive_von", "ausgewiesen", "SANCTION", None, ["Estland"], ["Russland"],
        "Der Botschafter Russlands wurde am Donnerstag von Estland ausgewiesen."),
    Row("verurteilen_vom_gericht", "verurteilt", "COERCE", None, None, ["Rashid Kamal"],
        "Der Oppositionsführer Rashid Kamal wurde vom Obersten Gericht zu zehn Jahren Haft verurteilt."),
    Row("empfangen_von", "empfangen", "CONSULT", None, ["Friedrich Merz"], ["Ilham Rasulov"],
        "Der Präsident Usbekistans, Ilham Rasulov, wurde in Berlin von Bundeskanzler Friedrich Merz empfangen."),
    Row("angreifen_passive_von", "angegriffen", "ASSAULT", None, ["Huthi-Miliz"], None,
        "Ein Frachter wurde im Roten Meer von der Huthi-Miliz mit Drohnen angegriffen."),
    Row("unterstuetzen_passive_von", "unterstützt", "SUPPORT", None, ["Frankreich"], ["Marokko"],
        "Marokko wird seit Jahren von Frankreich unterstützt."),
    Row("einbestellen_passive", "einbestellt", "ACCUSE", None, ["Polen"], ["Belarus"],
        "Der Geschäftsträger von Belarus wurde am Freitag von Polen einbestellt."),
    Row("abschieben_passive_agentless", "abgeschoben", "COERCE", None, [], None,
        "Am Mittwoch wurden 28 Männer aus Sachsen nach Afghanistan abgeschoben."),
    Row("verhaftet_participle_fronted", "festgenommen", "COERCE", None, ["Polizei"], ["Jonas Ekholm"],
        "Von der Polizei festgenommen wurde auch der Aktivist Jonas Ekholm."),
    Row("vorwuerfen_ausgesetzt", "Vorwürfen", "ACCUSE", None, ["Katrin Vogelsang"], ["Jonas Albers"],
        "Bürgermeister Jonas Albers sah sich scharfen Vorwürfen von Umweltministerin Katrin Vogelsang ausgesetzt."),
    Row("unterstuetzung_erhielt_von", "Unterstützung", "SUPPORT", None, ["Schweden"], ["Finnland"],
        "Finnland erhielt im Streit mit Russland Unterstützung von Schweden."),
    Row("kritik_einstecken_von", "Kritik", "ACCUSE", None, ["Greenpeace"], ["Helmut Dorn"],
        "Landwirtschaftsminister Helmut Dorn musste heftige Kritik von Greenpeace einstecken."),
    Row("getroffen_passive_drohne", "angegriffen", "ASSAULT", None, [], None,
        "Ein Umspannwerk in der Region Sumy wurde in der Nacht mit Drohnen angegriffen."),
]

COORDINATION = [
    Row("einigen_two_subjects", "einigten", "AGREE", None, ["Polen", "Litauen"], [],
        "Polen und Litauen einigten sich auf eine gemeinsame Mission zum Schutz der Grenze."),
    Row("kritisieren_two_objects", "kritisierte", "ACCUSE", None, ["Spanien"], ["Marokko", "Algerien"],
        "Die Regierung Spaniens kritisierte Marokko und Algerien für die Schließung der Grenzübergänge."),
    Row("verurteilen_two_subjects", "verurteilten", "ACCUSE", None, ["Frankreich", "Italien"], None,
        "Frankreich und Italien verurteilten den Angriff auf einen Hilfskonvoi im Gazastreifen."),
    Row("unterzeichnen_two_subjects", "unterzeichneten", "AGREE", None, ["Serbien", "Kosovo"], [],
        "Serbien und das Kosovo unterzeichneten in Brüssel ein Abkommen über den Grenzverkehr."),
    Row("verhandeln_mit_two", "verhandelt", "CONSULT", None, ["Ägypten"], ["Israel", "Hamas"],
        "Ägypten verhandelt seit Tagen mit Israel und der Hamas über eine Waffenruhe."),
    Row("sanktionen_gegen_two", "Sanktionen", "SANCTION", None, ["Japan"], ["Nordkorea", "Russland"],
        "Japan verhängte neue Sanktionen gegen Nordkorea und Russland."),
    Row("treffen_two_persons", "trafen", "CONSULT", None, ["Anna Bergström", "Jan Kowalczyk"], [],
        "Die Außenministerin Anna Bergström und ihr Amtskollege Jan Kowalczyk trafen sich am Montag in Warschau."),
    Row("second_verb_shared_subject", "kritisierte", "ACCUSE", None, ["Ghana"], ["Togo"],
        "Die Regierung Ghanas wies die Vorwürfe zurück und kritisierte Togo scharf."),
    Row("three_subjects", "forderten", "REQUEST", None, ["Dänemark", "Norwegen", "Island"], None,
        "Dänemark, Norwegen und Island forderten eine Sondersitzung des Nordischen Rates."),
    Row("besuchen_two_objects", "besuchte", "CONSULT", None, ["Rui Moreira"], ["Chile", "Peru"],
        "Der brasilianische Außenminister Rui Moreira besuchte in dieser Woche Chile und Peru."),
    Row("gratulieren_two_objects", "gratulierte", "SUPPORT", None, ["Eva Lindqvist"], ["Pedro Alvares", "Sofia Mendes"],
        "Regierungschefin Eva Lindqvist gratulierte Pedro Alvares und Sofia Mendes zu ihrer Wahl."),
    Row("sowohl_als_auch_objects", "kritisierte", "ACCUSE", None, ["Amnesty International"], ["Iran", "Irak"],
        "Amnesty International kritisierte sowohl Iran als auch den Irak für die Hinrichtungen."),
]

DATIVES = [
    Row("drohen_dative_mit", "drohte", "THREATEN", None, ["China"], ["Taiwan"],
        "China drohte Taiwan mit Konsequenzen für den Besuch des Präsidenten in den USA."),
    Row("drohen_dative_apposition", "drohte", "THREATEN", None, ["Nicolás Ortega"], ["Guyana"],
        "Der Präsident Venezuelas, Nicolás Ortega, drohte Guyana mit militärischen Schritten."),
    Row("vorwerfen_dass_clause", "warf", "ACCUSE", None, ["Litauen"], ["Belarus"],
        "Litauen warf Belarus vor, Migranten gezielt an die Grenze zu schleusen."),
    Row("vorwerfen_person", "wirft", "ACCUSE", None, None, ["Karel Dvorak"],
        "Die Staatsanwaltschaft wirft dem früheren Minister Karel Dvorak Untreue vor."),
    Row("helfen_dative", "hilft", "AID", None, ["Norwegen"], ["Ukraine"],
        "Norwegen hilft der Ukraine beim Wiederaufbau der Stromnetze."),
    Row("gratulieren_dative", "gratulierte", "SUPPORT", None, ["Eva Lindqvist"], ["Pedro Alvares"],
        "Kanzlerin Eva Lindqvist gratulierte dem Wahlsieger Pedro Alvares zu seinem Erfolg."),
    Row("frist_setzen", "Frist", "THREATEN", None, None, ["Ungarn"],
        "Die EU-Kommission setzte Ungarn eine Frist bis Ende Januar."),
    Row("ultimatum_stellen", "Ultimatum", "THREATEN", None, None, ["Frankreich"],
        "Die Militärjunta in Niamey stellte Frankreich ein Ultimatum zum Abzug seiner Soldaten."),
    Row("danken_dative", "dankte", "SUPPORT", None, ["Chile"], ["Argentinien"],
        "Die Regierung Chiles dankte Argentinien für die Hilfe bei den Löscharbeiten."),
    Row("verweigern_dative", "verweigerte", "REJECT", None, ["Ungarn"], ["Ukraine"],
        "Ungarn verweigerte der Ukraine die Zustimmung zu den Beitrittsgesprächen."),
    Row("asyl_gewaehren", "Asyl", "AID", None, ["Brasilien"], ["Luis Paredes"],
        "Brasilien gewährte dem Oppositionspolitiker Luis Paredes Asyl."),
    Row("liefern_dative", "liefert", "AID", None, ["Schweden"], ["Ukraine"],
        "Schweden liefert der Ukraine weitere Kampfflugzeuge."),
    Row("absage_erteilen", "Absage", "REJECT", None, ["Frankreich"], None,
        "Frankreich erteilte dem Vorschlag einer gemeinsamen Schuldenaufnahme eine Absage."),
    Row("widersprechen_dative", "widersprach", "REJECT", None, ["Olaf Brenner"], ["Sabine Krüger"],
        "Finanzminister Olaf Brenner widersprach Kanzlerin Sabine Krüger in der Debatte um die Schuldenbremse."),
    Row("zusagen_dative", "sagte", "AGREE|AID|SUPPORT", None, ["Deutschland"], ["Republik Moldau"],
        "Deutschland sagte Moldau weitere Hilfe beim Ausbau der Stromnetze zu."),
    Row("untersagen_dative", "untersagte", "COERCE", None, None, None,
        "Das Verwaltungsgericht untersagte dem Verein Nordlicht weitere Kundgebungen vor der Moschee."),
    Row("drohen_dative_person", "drohte", "THREATEN", None, ["Viktor Salo"], ["Lena Frisk"],
        "Parteichef Viktor Salo drohte der Abgeordneten Lena Frisk mit dem Ausschluss aus der Fraktion."),
    Row("vorwerfen_zu_infinitive", "warf", "ACCUSE", None, ["Indien"], ["Pakistan"],
        "Indien warf Pakistan am Montag vor, die Waffenruhe in Kaschmir gebrochen zu haben."),
    Row("helfen_passive_dative", "geholfen", "AID", None, ["Japan"], ["Philippinen"],
        "Den Philippinen wurde von Japan mit Hilfsgütern geholfen."),
]

PP_TARGETS = [
    Row("sanktionen_gegen", "Sanktionen", "SANCTION", None, ["Kanada"], ["Iran"],
        "Kanada verhängte am Dienstag neue Sanktionen gegen Iran."),
    Row("gespraeche_mit", "Gespräche", "CONSULT", None, ["Indien"], ["Pakistan"],
        "Indien führte Gespräche mit Pakistan über die Verteilung des Wassers aus dem Indus."),
    Row("angriff_auf_country", "Angriff", "ASSAULT", None, ["Russland"], ["Georgien"],
        "Der Angriff Russlands auf Georgien jährt sich im August zum 20. Mal."),
    Row("kritik_an_person", "Kritik", "ACCUSE", None, None, ["Lars Holmberg"],
        "Die Opposition übte scharfe Kritik an Ministerpräsident Lars Holmberg."),
    Row("vorwuerfe_gegenueber", "Vorwürfe", "ACCUSE", None, ["Peru"], ["Chile"],
        "Peru erhob gegenüber Chile schwere Vorwürfe wegen der Abschiebung von Migranten."),
    Row("hilfe_fuer", "Hilfe", "AID", None, ["Japan"], ["Philippinen"],
        "Japan kündigte Hilfe für die Philippinen an."),
    Row("demonstrieren_gegen", "demonstrierten", "PROTEST", None, [], ["Georgien"],
        "Tausende Menschen demonstrierten in Tiflis gegen die Regierung Georgiens."),
    Row("klage_gegen_court_not_target", "Klage", "ACCUSE", None, ["Ukraine"], ["Russland"],
        "Die Ukraine reichte beim Internationalen Gerichtshof Klage gegen Russland ein."),
    Row("anklage_gegen_person", "Anklage", "ACCUSE", None, None, ["Florian Gruber"],
        "Die Staatsanwaltschaft Wien erhob Anklage gegen den Abgeordneten Florian Gruber."),
    Row("einigung_mit", "Einigung", "AGREE", None, ["Griechenland"], ["Nordmazedonien"],
        "Griechenland erzielte eine Einigung mit Nordmazedonien über die Nutzung des Hafens."),
    Row("abkommen_mit", "unterzeichnete|Abkommen", "AGREE", None, ["Marokko"], ["Spanien"],
        "Marokko unterzeichnete ein Abkommen mit Spanien über die Fischerei."),
    Row("zusammenarbeit_mit", "vereinbarte|Zusammenarbeit", "COOPERATE|AGREE", None, ["Kenia"], ["Äthiopien"],
        "Kenia vereinbarte eine engere Zusammenarbeit mit Äthiopien bei der Grenzsicherung."),
    Row("forderung_an", "Forderung", "REQUEST", None, ["Ukraine"], ["Deutschland"],
        "Die Ukraine richtete die Forderung an Deutschland, mehr Flugabwehrsysteme zu liefern."),
    Row("drohen_mit_veto", "drohte", "THREATEN", None, ["Türkei"], ["Schweden"],
        "Die Türkei drohte Schweden mit einem Veto gegen den Beitritt zur Nato."),
    Row("protest_gegen_noun", "Protest", "PROTEST", None, None, ["Serbien"],
        "Vor dem Parlament in Belgrad gab es erneut Protest gegen die Regierung Serbiens."),
    Row("angriffe_auf_person", "Angriffe", "ACCUSE", None, ["Jens Brandt"], ["Claudia Roth"],
        "Der Abgeordnete Jens Brandt richtete scharfe Angriffe auf Kulturstaatsministerin Claudia Roth."),
    Row("telefonat_mit", "telefonierte", "CONSULT", None, ["Emmanuel Macron"], ["Recep Tayyip Erdogan"],
        "Frankreichs Präsident Emmanuel Macron telefonierte am Abend mit Recep Tayyip Erdogan."),
    Row("verhandlungen_mit", "Verhandlungen", "CONSULT", None, ["Schweiz"], ["Europäische Union"],
        "Die Schweiz nahm am Montag die Verhandlungen mit der Europäischen Union wieder auf."),
    Row("beschuss_auf", "beschoss", "ASSAULT", None, ["Aserbaidschan"], ["Armenien"],
        "Aserbaidschan beschoss in der Nacht Stellungen Armeniens an der Grenze."),
    Row("solidaritaet_mit", "erklärte|solidarisch", "SUPPORT", None, ["Lettland"], ["Litauen"],
        "Lettland erklärte sich mit Litauen solidarisch."),
    Row("streit_mit_not_target_of_other", "kritisierte", "ACCUSE", None, ["Kolumbien"], ["Ecuador"],
        "Im Streit um die Grenze kritisierte Kolumbien Ecuador für die Festnahme von Fischern."),
    Row("ermittlungen_bei", "Besuch", "CONSULT", None, ["Karl Nehammer"], ["Giorgia Meloni"],
        "Beim Besuch von Karl Nehammer bei Giorgia Meloni ging es um Migration."),
]

GENITIVES = [
    Row("festnahme_genitive_patient", "Festnahme", "COERCE", None, None, ["Iwan Petrenko"],
        "Die Festnahme des Oppositionsführers Iwan Petrenko löste in Kiew Proteste aus."),
    Row("possessive_country_attack", "Angriff", "ASSAULT", None, ["Russland"], ["Georgien"],
        "Russlands Angriff auf Georgien im Jahr 2008 ist bis heute nicht aufgearbeitet."),
    Row("ausweisung_durch", "Ausweisung", "COERCE|SANCTION", None, ["Albanien"], ["Iran"],
        "Die Ausweisung des Botschafters Irans durch Albanien verschärfte den Streit."),
    Row("drohungen_possessive", "Drohungen", "THREATEN", None, ["China"], ["Taiwan"],
        "Chinas Drohungen gegen Taiwan beunruhigen die Nachbarstaaten."),
    Row("possessive_government_subject", "kritisierte", "ACCUSE", None, ["Polen"], ["Deutschland"],
        "Polens Regierung kritisierte Deutschland für die Grenzkontrollen."),
    Row("possessive_title_name", "besuchte", "CONSULT", None, ["Carla Rinaldi"], ["Tunesien"],
        "Italiens Ministerpräsidentin Carla Rinaldi besuchte am Montag Tunesien."),
    Row("verhaftung_von", "Verhaftung", "COERCE", None, None, ["Kemal Aydin"],
        "Die Verhaftung von Kemal Aydin sorgte in der Türkei für Empörung."),
    Row("kritik_genitive_agent", "Kritik", "ACCUSE", None, ["Bündnis 90/Die Grünen"], ["Hans Richter"],
        "Die Kritik der Grünen an Kanzler Hans Richter wird lauter."),
    Row("ruecktritt_genitive", "Rücktritt", "CONCEDE", None, ["Karl Huber"], None,
        "Der Rücktritt des Ministers Karl Huber kam überraschend."),
    Row("besuch_genitive_agent", "Besuch", "CONSULT", None, ["Narendra Singh"], None,
        "Der Besuch des indischen Premierministers Narendra Singh in Washington dauerte drei Tage."),
    Row("genitive_plural_country_adjective", "Angriffe", "ASSAULT", None, ["Israel"], None,
        "Die israelischen Angriffe auf den Süden des Libanon gingen am Sonntag weiter."),
    Row("genitive_of_demands_author", "lehnte", "REJECT", None, ["Israel"], ["Hamas"],
        "Israel lehnte die Forderungen der Hamas ab."),
    Row("proposal_possessive_author", "kritisierte", "ACCUSE", None, ["Dänemark"], ["Frankreich"],
        "Dänemark kritisierte Frankreichs Vorschlag für neue Schulden der EU."),
    Row("angriff_genitive_agent_military", "Angriff", "ASSAULT", None, ["Sudan"], None,
        "Bei einem Angriff der Armee Sudans auf einen Markt in Omdurman starben 30 Menschen."),
]

RELATIVES = [
    Row("relative_subject", "kritisiert", "ACCUSE", None, ["Jens Holtkamp"], ["Peter Krugmann"],
        "Der Minister Jens Holtkamp, der Gewerkschaftschef Peter Krugmann kritisiert hatte, trat zurück."),
    Row("relative_not_main_source", "trat", "CONCEDE", None, ["Jens Holtkamp"], None,
        "Der Minister Jens Holtkamp, der Gewerkschaftschef Peter Krugmann kritisiert hatte, trat zurück."),
    Row("relative_object_pronoun", "kritisiert", "ACCUSE", None, ["Adam Nowicki"], ["Hans Richter"],
        "Kanzler Hans Richter traf Präsident Adam Nowicki, der ihn zuvor kritisiert hatte."),
    Row("relative_ngo", "vorwirft", "ACCUSE", None, ["Amnesty International"], ["Ägypten"],
        "Amnesty International, die Ägypten Folter in den Gefängnissen vorwirft, veröffentlichte einen Bericht."),
    Row("relative_object_antecedent", "festgenommen", "COERCE", None, ["Polizei"], ["Selim Arslan"],
        "Der Aktivist Selim Arslan, der am Montag von der Polizei festgenommen worden war, ist wieder frei."),
    Row("relative_main_clause_target", "traf", "CONSULT", None, ["Hans Richter"], ["Adam Nowicki"],
        "Kanzler Hans Richter traf Präsident Adam Nowicki, der ihn zuvor kritisiert hatte."),
    Row("relative_dative_object", "drohte", "THREATEN", None, ["Iran"], ["Israel"],
        "Iran drohte Israel, das am Wochenende Ziele im Libanon angegriffen hatte, mit Vergeltung."),
]

APPOSITION = [
    Row("apposition_successor", "verbot", "COERCE", None, ["Sabine Rothe"], None,
        "Innenministerin Sabine Rothe, die Nachfolgerin von Klaus Meiners, verbot die Vereinigung Nordsturm."),
    Row("apposition_critic_of", "forderte", "REQUEST", None, ["Levente Farkas"], [],
        "Der Oppositionsführer Levente Farkas, ein scharfer Kritiker von Regierungschef Zoltan Bako, forderte "
        "Neuwahlen."),
    Row("apposition_title_genitive", "empfing", "CONSULT", None, ["William Mwangi"], ["Somalia"],
        "Der Präsident Kenias, William Mwangi, empfing den Außenminister Somalias."),
    Row("apposition_country_description", "bat", "REQUEST", None, ["Republik Moldau"], ["Europäische Union"],
        "Moldau, ein Nachbarland der Ukraine, bat die Europäische Union um Hilfe."),
    Row("apposition_object", "traf", "CONSULT", None, ["Olaf Lindner"], ["Adam Nowicki"],
        "Außenminister Olaf Lindner traf den Präsidenten Polens, Adam Nowicki, in Warschau."),
    Row("apposition_former", "kritisierte", "ACCUSE", None, ["Boris Tadic"], ["Aleksandar Vulin"],
        "Der frühere Präsident Boris Tadic, ein Gegner der Regierungspartei, kritisierte Parlamentspräsident "
        "Aleksandar Vulin."),
]

CONTROL = [
    Row("auffordern_freilassen", "forderte", "REQUEST", None, ["Frankreich"], ["Russland"],
        "Frankreich forderte Russland auf, den Journalisten Ilja Sorin freizulassen."),
    Row("aufrufen_dazu", "rief", "REQUEST", None, ["Irland"], ["Israel"],
        "Die Regierung Irlands rief Israel dazu auf, die Blockade zu beenden."),
    Row("bitten_vermitteln", "bat", "REQUEST", None, ["Ägypten"], ["Katar"],
        "Ägypten bat Katar, zwischen den Parteien zu vermitteln."),
    Row("lassen_festnehmen", "ließ|festnehmen", "COERCE", None, ["Karim Saleh"], ["Amir Haddad"],
        "Präsident Karim Saleh ließ den Oppositionsführer Amir Haddad festnehmen."),
    Row("beschliessen_ausweisen", "auszuweisen", "SANCTION|COERCE", None, ["Algerien"], ["Frankreich"],
        "Die Regierung Algeriens beschloss, den Botschafter Frankreichs auszuweisen."),
    Row("bereit_erklaeren_liefern", "liefern", "AID", None, ["Japan"], ["Philippinen"],
        "Japan erklärte sich bereit, den Philippinen Schiffe für die Küstenwache zu liefern."),
    Row("weigern_anerkennen", "weigerte", "REJECT", None, ["Serbien"], None,
        "Serbien weigerte sich, die Unabhängigkeit des Kosovo anzuerkennen."),
    Row("drohen_einsetzen_means", "drohte", "THREATEN", None, ["Venezuela"], [],
        "Venezuela drohte, das Militär einzusetzen."),
    Row("auffordern_passive_infinitive", "aufgefordert", "REQUEST", None, ["Vereinte Nationen"], ["Myanmar"],
        "Myanmar wurde von den Vereinten Nationen aufgefordert, die Gewalt gegen die Rohingya zu beenden."),
    Row("versuchen_zu_treffen", "treffen", "CONSULT", None, ["Kai Sörensen"], ["Xi Jinping"],
        "Außenminister Kai Sörensen versuchte vergeblich, Xi Jinping in Peking zu treffen."),
    Row("ankuendigen_zu_sanktionieren", "Sanktionen", "SANCTION", None, ["Australien"], ["Iran"],
        "Australien kündigte an, neue Sanktionen gegen Iran zu verhängen."),
    Row("auffordern_object_not_embedded", "forderte", "REQUEST", None, ["Norwegen"], ["Eritrea"],
        "Norwegen forderte Eritrea auf, den Schriftsteller Dawit Tesfaye freizulassen."),
    Row("ersuchen_um", "ersuchte", "REQUEST", None, ["Ecuador"], ["Mexiko"],
        "Ecuador ersuchte Mexiko um die Auslieferung des früheren Vizepräsidenten Jorge Vidal."),
    Row("zwingen_zu", "zwang", "COERCE", None, None, None,
        "Die Armee Malis zwang die Bewohner des Dorfes zur Flucht."),
]

FRONTED = [
    Row("fronted_accusative_reject", "wies", "REJECT", None, ["Marko Ilic"], None,
        "Den Vorwurf der Korruption wies Regierungschef Marko Ilic entschieden zurück."),
    Row("fronted_kritik_an", "Kritik", "ACCUSE", None, ["Schweden"], ["Ungarn"],
        "Scharfe Kritik übte Schweden an Ungarn."),
    Row("fronted_object_person_arrest", "nahm", "COERCE", None, None, ["Emil Bergqvist"],
        "Den Journalisten Emil Bergqvist nahm die Polizei am Flughafen fest."),
    Row("fronted_object_visit", "empfing", "CONSULT", None, ["Narges Tehrani"], ["Armenien"],
        "Den Außenminister Armeniens empfing Präsidentin Narges Tehrani am Dienstag."),
    Row("fronted_dative_help", "sagte", "AGREE|AID|SUPPORT", None, ["Kanada"], ["Ukraine"],
        "Der Ukraine sagte Kanada weitere Hilfe zu."),
    Row("vorwerfen_country_object", "warf", "ACCUSE", None, ["Aserbaidschan"], ["Armenien"],
        "Aserbaidschan warf Armenien am Sonntag Provokationen an der Grenze vor."),
    Row("kritisieren_country_object", "kritisierte", "ACCUSE", None, ["Russland"], ["Lettland"],
        "Russland kritisierte Lettland wegen des Abrisses sowjetischer Denkmäler."),
    Row("fronted_adverbial_subject_after", "kritisierte", "ACCUSE", None, ["Nora Lindahl"], ["Bernd Stolz"],
        "Am Dienstag kritisierte die Abgeordnete Nora Lindahl den Minister Bernd Stolz."),
    Row("fronted_object_country_subject_named", "verurteilte", "ACCUSE", None, ["Kanada"], None,
        "Den Angriff auf das Krankenhaus verurteilte auch Kanada."),
]

REPORTERS = [
    Row("laut_ngo", "nahm", "COERCE", None, None, [],
        "Laut Amnesty International nahm die Polizei in Kampala 40 Demonstranten fest."),
    Row("nach_angaben_von_ngo", "griff", "ASSAULT", None, ["Myanmar"], None,
        "Nach Angaben von Human Rights Watch griff die Armee Myanmars ein Dorf im Norden des Landes an."),
    Row("zufolge_agency", "nahm", "COERCE", None, ["Türkei"], [],
        "Der Nachrichtenagentur Anadolu zufolge nahm die Türkei zwölf Verdächtige fest."),
    Row("laut_staatsmedien", "traf", "CONSULT", None, ["Kim Jong Un"], ["Russland"],
        "Laut Staatsmedien traf Machthaber Kim Jong Un in Pjöngjang den Außenminister Russlands."),
    Row("nach_angaben_der_uno", "angegriffen", "ASSAULT", None, [], None,
        "Nach Angaben der Vereinten Nationen wurden im Sudan mehrere Dörfer angegriffen."),
    Row("wie_berichtete", "beschoss", "ASSAULT", None, ["Syrien"], None,
        "Wie die Agentur Reuters berichtete, beschoss die Armee Syriens Stellungen bei Idlib."),
    Row("laut_regierung_passive", "festgenommen", "COERCE", None, [], ["Nikos Dimou"],
        "Laut der Regierung Griechenlands wurde der Schleuser Nikos Dimou am Montag festgenommen."),
    Row("nach_angaben_von_person", "Angriff|getötet", "ASSAULT", None, [], None,
        "Nach Angaben von Gouverneur Oleh Syrko wurden bei dem Angriff drei Menschen getötet."),
]

COACTORS_PLACES = [
    Row("gemeinsam_mit_not_target", "verlegen", "MOBILIZE", None, None, [],
        "Frankreich will gemeinsam mit Belgien Soldaten nach Rumänien verlegen."),
    Row("grenze_zu_not_target", "verlegte", "MOBILIZE", None, ["Polen"], [],
        "Polen verlegte weitere Soldaten an die Grenze zu Belarus."),
    Row("in_city_not_target", "nahm", "COERCE", None, None, [],
        "Die Polizei nahm in Berlin drei Männer fest."),
    Row("place_pp_not_target_meeting", "einigten", "AGREE", None, ["Armenien", "Aserbaidschan"], [],
        "Bei einem Treffen in Genf einigten sich Armenien und Aserbaidschan auf einen Grenzverlauf."),
    Row("mit_hilfe_von_instrument", "verhaftete", "COERCE", None, ["Ecuador"], ["Diego Vargas"],
        "Ecuador verhaftete mit Hilfe von Kolumbien den Drogenboss Diego Vargas."),
    Row("zusammen_mit_source_side", "Manöver", "MOBILIZE|COOPERATE", None, None, [],
        "Die Marine Südkoreas hielt zusammen mit Japan ein Manöver im Gelben Meer ab."),
    Row("demonstrieren_in_city", "demonstrierten", "PROTEST", None, [], [],
        "In Paris demonstrierten am Samstag Tausende gegen die Rentenreform."),
    Row("angriff_in_region_target_group", "griff", "ASSAULT", None, ["Sudan"], ["RSF"],
        "Die Armee Sudans griff in Darfur Stellungen der RSF an."),
    Row("besuch_ort_not_target", "besuchte", "CONSULT", None, ["Kai Sörensen"], [],
        "Außenminister Kai Sörensen besuchte am Montag ein Flüchtlingslager in Jordanien."),
    Row("mit_drohnen_instrument", "griff", "ASSAULT", None, ["Ukraine"], None,
        "Die Ukraine griff mit Drohnen aus eigener Produktion eine Raffinerie an."),
    Row("drohte_truppen_schicken", "drohte", "THREATEN", None, ["Ruanda"], [],
        "Ruanda drohte, Truppen an die Grenze zu schicken."),
]

# a noun event's actors, the subject of the clause around it
CLAUSE_NOUNS = [
    Row("kritik_ueben_an", "Kritik", "ACCUSE", None, ["Nora Lindahl"], ["Bernd Stolz"],
        "Die Abgeordnete Nora Lindahl übte Kritik an Minister Bernd Stolz."),
    Row("gespraeche_aufnehmen", "Gespräche", "CONSULT", None, ["Kolumbien"], ["ELN"],
        "Kolumbien nahm in Havanna Gespräche mit der ELN auf."),
    Row("sanktionen_verhaengen_gegen_person", "Sanktionen", "SANCTION", None, ["Vereinigtes Königreich"],
        ["Oleg Sarkow"],
        "Großbritannien verhängte Sanktionen gegen den Oligarchen Oleg Sarkow."),
    Row("vorwuerfe_erheben_gegen", "Vorwürfe", "ACCUSE", None, ["Kosovo"], ["Serbien"],
        "Das Kosovo erhob schwere Vorwürfe gegen Serbien."),
    Row("drohung_aussprechen_gegen", "Drohung", "THREATEN", None, ["Nordkorea"], ["Südkorea"],
        "Nordkorea sprach eine offene Drohung gegen Südkorea aus."),
    Row("hilfe_leisten_dative", "leistete|Hilfe", "AID", None, ["Türkei"], ["Syrien"],
        "Die Türkei leistete Syrien nach dem Erdbeben Hilfe."),
    Row("besuch_abstatten", "Besuch", "CONSULT", None, ["Olaf Lindner"], ["Litauen"],
        "Außenminister Olaf Lindner stattete Litauen einen Besuch ab."),
    Row("appell_richten_an", "Appell", "REQUEST|APPEAL", None, ["Vereinte Nationen"], ["Äthiopien"],
        "Die Vereinten Nationen richteten einen Appell an Äthiopien."),
    Row("unterstuetzung_zusichern", "sicherte|Unterstützung", "SUPPORT|AID|AGREE", None, ["Kanada"], ["Ukraine"],
        "Kanada sicherte der Ukraine weitere Unterstützung zu."),
    Row("kritik_zurueckweisen_author", "wies", "REJECT", None, ["Israel"], None,
        "Israel wies die Kritik Spaniens an der Militäroffensive zurück."),
    Row("festnahme_by_subject_noun", "Festnahme", "COERCE", None, None, ["Ruben Ortiz"],
        "Die Polizei meldete die Festnahme des Bandenchefs Ruben Ortiz."),
    Row("angriff_verurteilen_two_events_accuse", "verurteilte", "ACCUSE", None, ["Jordanien"], ["Israel"],
        "Jordanien verurteilte den Angriff Israels auf das Flüchtlingslager Dschenin."),
]

PRONOUNS = [
    Row("pronoun_subject_next_sentence", "kritisierte", "ACCUSE", None, ["Tomas Bergman"], ["Russland"],
        "Ministerpräsident Tomas Bergman reiste nach Vilnius. Dort kritisierte er Russland scharf."),
    Row("pronoun_object_next_sentence", "gratulierte", "SUPPORT", None, ["Emmanuel Macron"], ["Pedro Alvares"],
        "Pedro Alvares gewann die Präsidentenwahl in Portugal. Emmanuel Macron gratulierte ihm am Abend."),
    Row("pronoun_feminine_country", "drohte", "THREATEN", None, ["Türkei"], ["Griechenland"],
        "Die Türkei verlegte Kriegsschiffe in die Ägäis. Zugleich drohte sie Griechenland mit Konsequenzen."),
    Row("pronoun_feminine_person_subject", "warf", "ACCUSE", None, ["Maria Lindholm"], ["Viktor Salo"],
        "Die Abgeordnete Maria Lindholm trat aus der Partei aus. Sie warf Parteichef Viktor Salo Machtmissbrauch vor."),
]

# variants of the constructions the rules of this round cover, in other words
VARIANTS = [
    Row("fronted_feminine_dative_accuse", "warf", "ACCUSE", None, ["Serbien"], ["Slowakei"],
        "Der Slowakei warf Serbien am Mittwoch Einmischung in den Wahlkampf vor."),
    Row("fronted_feminine_dative_threaten", "drohte", "THREATEN", None, ["Russland"], ["Schweiz"],
        "Der Schweiz drohte Russland mit Gegenmaßnahmen."),
    Row("masculine_der_stays_subject", "drohte", "THREATEN", None, ["Iran"], ["Israel"],
        "Der Iran drohte Israel mit Vergeltung."),
    Row("exposed_sich_ausgesetzt_genitive", "Kritik", "ACCUSE", None, ["SPD"], ["Karl Odenthal"],
        "Ministerpräsident Karl Odenthal sah sich nach der Wahl heftiger Kritik der SPD ausgesetzt."),
    Row("exposed_sich_ausgesetzt_present", "Vorwürfen", "ACCUSE", None, ["Transparency International"],
        ["Petra Lindau"],
        "Die Bürgermeisterin Petra Lindau sieht sich Vorwürfen von Transparency International ausgesetzt."),
    Row("einstecken_infinitive", "Schelte|Kritik", "ACCUSE", None, None, ["Boris Kettler"],
        "Verkehrsminister Boris Kettler musste im Bundestag scharfe Kritik einstecken."),
    Row("ausgesetzt_suspend_not_receiving", "ausgesetzt", "SANCTION", None, ["Paul Teske"], None,
        "Der Minister Paul Teske hat die Hilfe für Kenia ausgesetzt."),
    Row("genitive_object_after_place_name", "bombardierte", "ASSAULT", None, ["Israel"], ["Hisbollah"],
        "Die Luftwaffe Israels bombardierte im Libanon Depots der Hisbollah."),
    Row("genitive_object_after_place_name_shelling", "beschossen", "ASSAULT", None, ["Ukraine"], ["Russland"],
        "Einheiten der Ukraine beschossen bei Kursk Stellungen der Armee Russlands."),
    Row("time_phrase_then_object", "traf", "CONSULT", None, ["Kai Sörensen"], ["Xi Jinping"],
        "Außenminister Kai Sörensen traf im vergangenen Jahr Xi Jinping."),
    Row("time_phrase_then_two_objects", "kritisierte", "ACCUSE", None, ["Kanada"], ["Indien", "China"],
        "Kanada kritisierte in der vergangenen Woche Indien und China."),
    Row("dative_title_er_before_name", "dankte", "SUPPORT", None, ["Olaf Lindner"], ["Carlos Torres"],
        "Außenminister Olaf Lindner dankte dem Vermittler Carlos Torres für seinen Einsatz."),
    Row("apposition_genitive_member", "kritisierte", "ACCUSE", None, ["Litauen"], ["Russland"],
        "Litauen, ein Gründungsmitglied der Nato, kritisierte Russland."),
    Row("apposition_genitive_neighbour", "verurteilte", "ACCUSE", None, ["Kuwait"], None,
        "Kuwait, ein enger Verbündeter der USA, verurteilte den Anschlag auf die Botschaft."),
    Row("followers_genitive_not_actor", "versammelten", "PROTEST", None, [], [],
        "Vor dem Justizministerium in Dakar versammelten sich am Mittwoch Hunderte Anhänger der Oppositionellen "
        "Aminata Diallo zu einer Kundgebung."),
    Row("fronted_unnamed_title_object", "traf", "CONSULT", None, ["Arun Mehta"], ["Nepal"],
        "Den Regierungschef Nepals traf Premierminister Arun Mehta in Delhi."),
    Row("postnominal_genitive_then_object", "griff", "ASSAULT", None, ["China"], ["Philippinen"],
        "Am Montag griff die Marine Chinas Schiffe der Philippinen an."),
    Row("fronted_demand_reject", "lehnte", "REJECT", None, ["Petra Hollmann"], [],
        "Die Forderung lehnte Bundeskanzlerin Petra Hollmann ab."),
    Row("fronted_plans_accuse", "kritisierte", "ACCUSE", None, ["Lena Brandt"], [],
        "Die neuen Pläne kritisierte Umweltministerin Lena Brandt scharf."),
    Row("fronted_plural_charges_reject", "wies", "REJECT", None, ["Marko Ilic"], [],
        "Die Vorwürfe wies Regierungschef Marko Ilic zurück."),
    Row("fronted_object_title_mention_trim", "wies", "REJECT", None, ["Jonas Ekberg"], [],
        "Den Antrag wies Parlamentspräsident Jonas Ekberg zurück."),
    Row("institution_subject_stays", "kritisierte", "ACCUSE", None, ["Kanada"], ["Mexiko"],
        "Die Regierung Kanadas kritisierte Mexiko scharf."),
    Row("genitive_name_after_plural_noun", "kritisierte", "ACCUSE", None, ["Peru"], [],
        "Die Regierung Perus kritisierte die Anhänger Pedro Castillos."),
]

ROWS = (VARIANTS + PASSIVES + COORDINATION + DATIVES + PP_TARGETS + GENITIVES + RELATIVES + APPOSITION + CONTROL
        + FRONTED + REPORTERS + COACTORS_PLACES + CLAUSE_NOUNS + PRONOUNS)
# fmt: on

# rows the rules of this round do not reach yet, each with why (strict: a row that starts to pass must leave the list)
ENTITIES = "entities, not roles: "
TRIGGERS = "trigger detection, not roles: "
KNOWN_GAPS: dict[str, str] = {
    "genitive_object_after_place_name_shelling": "'Stellungen der Armee Russlands': the army's country is read as "
    "acting through its staff, not as whose positions are hit",
    "festnehmen_agentless_fronted_place": ENTITIES + "the person's name keeps the noun 'Oppositionelle'",
    "einbestellen_passive": "'Der Geschäftsträger von Belarus': an unnamed envoy with 'von' is not read as his state "
    "(the genitive 'der Botschafter Russlands' is)",
    "unterstuetzung_erhielt_von": "'im Streit mit Russland': the partner of the event noun 'Streit' stays a target "
    "(_plain_noun_complement: 'Streit' is an event noun, its partner counts)",
    "gratulieren_two_objects": ENTITIES + "'Sofia Mendes' after 'und' is not recognised",
    "asyl_gewaehren": TRIGGERS + "'Asyl gewähren' gives no event",
    "klage_gegen_court_not_target": TRIGGERS + "'reichte … Klage gegen X ein' gives no event",
    "angriffe_auf_person": "type, not roles: verbal attacks ('richtete scharfe Angriffe auf') are coded ASSAULT",
    "genitive_plural_country_adjective": ENTITIES + "'Die israelischen Angriffe' with Israel never named: the "
    "adjective makes no entity",
    "relative_ngo": "'Amnesty International, die Ägypten … vorwirft': the relative pronoun after the comma joins the "
    "names as a list ('X, die Y')",
    "bereit_erklaeren_liefern": TRIGGERS + "'liefern' in a zu-infinitive after 'erklärte sich bereit'",
    "zwingen_zu": TRIGGERS + "'zwingen' is no trigger",
    "fronted_kritik_an": "'Scharfe Kritik übte Schweden': a fronted event noun without article is taken for the "
    "subject phrase (no list of support verbs tells 'übte' from 'traf')",
    "fronted_adverbial_subject_after": ENTITIES + "'Nora Lindahl den Minister' is read as one organisation",
    "pronoun_feminine_country": "'sie' after 'Die Türkei' in the sentence before is not resolved to the state",
    "pronoun_feminine_person_subject": ENTITIES + "the name runs into the object noun ('Viktor Salo Machtmissbrauch')",
}


def check_role_row(row: Row) -> None:
    """:func:`check_table_row` with "A|B" in the type column accepting either type (where the PLOVER type is not the
    row's point)."""
    errors: list[AssertionError] = []
    for kind in row.type.split("|"):
        try:
            check_table_row(row._replace(type=kind))
            return
        except AssertionError as err:
            errors.append(err)
    raise errors[-1]


@pytest.mark.parametrize("row", table_params(ROWS, KNOWN_GAPS))
def test_role(row: Row) -> None:
    check_role_row(row)


def test_a_masculine_name_with_a_feminine_genitive_inside_stays_the_subject() -> None:
    # the gender of "Der Gerichtshof der Europäischen Union" is the one of its head, not of its last word
    row = rows_by_trigger("Der Gerichtshof der Europäischen Union rügte am Dienstag die Slowakei.", "2026-11-10")
    assert row["rügte"][2:4] == (["Gerichtshof der Europäischen Union"], ["Slowakei"])
