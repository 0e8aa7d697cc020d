"""Speech-act and evaluative verbs as a class (thirteenth session): the verbs and idioms by which German agencies report
that one political actor criticises, backs, rebuffs, asks or threatens another (PLOVER ACCUSE, SUPPORT, REJECT, REQUEST,
THREATEN), each with its negated, planned and hypothetical forms, and the same verbs in uses that are no act between
political actors (weather, food, sport, "drohen" = be about to).

Invented sentences, one table: invented sentence → trigger, type, modality, source, target. ``None`` = not checked
(an actor the entity recogniser names otherwise, not part of the construction).
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from tests.event_docs import event_rows

LEAD = "Meldung\nBERLIN (dpa) – "
A, N, P, H = "asserted", "negated", "planned", "hypothetical"


class Row(NamedTuple):
    id: str
    trigger: str
    type: str
    modality: str | None
    sources: list[str] | None
    targets: list[str] | None
    text: str


class Neg(NamedTuple):
    id: str
    trigger: str
    text: str


# fmt: off
ACCUSE = [
    Row("kritisieren", "kritisierte", "ACCUSE", A, ["Polen"], ["Ungarn"],
        "Die Regierung Polens kritisierte am Dienstag die Pläne Ungarns scharf."),
    Row("kritisieren_person", "kritisierte", "ACCUSE", A, ["Emmanuel Macron"], None,
        "Der französische Präsident Emmanuel Macron kritisierte die Zollpolitik der USA."),
    Row("anprangern", "prangerte", "ACCUSE", A, ["Amnesty International"], None,
        "Amnesty International prangerte die Haftbedingungen in den Gefängnissen Ägyptens an."),
    Row("geisseln", "geißelte", "ACCUSE", A, None, ["Israel"],
        "Der Außenminister Irlands geißelte das Vorgehen Israels im Gazastreifen."),
    Row("ruegen", "rügte", "ACCUSE", A, ["Bundesrechnungshof"], None,
        "Der Bundesrechnungshof rügte das Finanzministerium für seine lückenhafte Haushaltsplanung."),
    Row("monieren", "monierten", "ACCUSE", A, ["FDP"], None,
        "Politiker der FDP monierten am Mittwoch, die Regierung habe den Mittelstand vernachlässigt."),
    Row("beanstanden", "beanstandete", "ACCUSE", A, ["EU-Kommission"], ["Italien"],
        "Die EU-Kommission beanstandete den Haushaltsentwurf Italiens."),
    Row("verurteilen", "verurteilte", "ACCUSE", A, ["Frankreich"], ["Nordkorea"],
        "Frankreich verurteilte den jüngsten Raketentest Nordkoreas."),
    Row("verurteilen_schaerfste", "verurteilt", "ACCUSE", A, None, None,
        "Die Bundesregierung hat den Angriff auf die Botschaft in Kabul auf das Schärfste verurteilt."),
    Row("attackieren_verbal", "attackierte", "ACCUSE", A, ["Friedrich Merz"], ["Olaf Scholz"],
        "Oppositionsführer Friedrich Merz attackierte Bundeskanzler Olaf Scholz in der Generaldebatte scharf."),
    Row("vorwuerfe_erheben", "Vorwürfe", "ACCUSE", A, ["Armenien"], ["Aserbaidschan"],
        "Die Regierung Armeniens erhob schwere Vorwürfe gegen Aserbaidschan."),
    Row("vorwurf_erheben_gen", "Vorwurf", "ACCUSE", A, None, None,
        "Die Opposition in Serbien erhob den Vorwurf des Wahlbetrugs gegen die Regierungspartei."),
    Row("scharf_angreifen", "griff", "ACCUSE", A, ["Lars Klingbeil"], None,
        "SPD-Chef Lars Klingbeil griff die Union im Bundestag scharf an."),
    Row("ins_visier_nehmen", "nahm", "ACCUSE", A, ["Donald Trump"], ["Kanada"],
        "Präsident Donald Trump nahm in einer Rede erneut die Regierung Kanadas ins Visier."),
    Row("an_den_pranger", "stellte", "ACCUSE", A, ["Reporter ohne Grenzen"], ["Aserbaidschan"],
        "Die Organisation Reporter ohne Grenzen stellte die Regierung Aserbaidschans an den Pranger."),
    Row("empoeren_ueber", "empörte", "ACCUSE", A, ["China"], None,
        "Die Regierung Chinas empörte sich über den Besuch einer Delegation des US-Kongresses in Taiwan."),
    Row("empoert_reagieren", "reagierte", "ACCUSE", A, ["Dänemark"], None,
        "Die Regierung Dänemarks reagierte empört auf die Äußerungen aus Washington."),
    Row("vorwerfen", "warf", "ACCUSE", A, ["Ukraine"], ["Russland"],
        "Die Ukraine warf Russland vor, Getreidelager in Odessa beschossen zu haben."),
    Row("beschuldigen", "beschuldigte", "ACCUSE", A, ["Israel"], ["Iran"],
        "Israel beschuldigte den Iran, die Miliz mit Waffen zu versorgen."),
    Row("kritik_ueben", "Kritik", "ACCUSE", A, ["FDP"], None,
        "Die FDP übte scharfe Kritik an der Rentenreform der Regierung."),
    Row("kritik_aeussern", "Kritik", "ACCUSE", A, None, ["Slowakei"],
        "Mehrere EU-Staaten äußerten Kritik an dem Vorgehen der Regierung der Slowakei."),
    Row("bemaengeln", "bemängelte", "ACCUSE", A, None, None,
        "Der Städtetag bemängelte die fehlenden Mittel des Bundes für die Unterbringung von Flüchtlingen."),
    Row("missbilligen", "missbilligte", "ACCUSE", A, ["Auswärtiges Amt"], None,
        "Das Auswärtige Amt missbilligte die Festnahme eines deutschen Journalisten in Minsk."),
    Row("tadeln", "tadelte", "ACCUSE", A, None, None,
        "Der Papst tadelte die Regierungen Europas für ihre Abschottung gegenüber Flüchtlingen."),
    Row("beschweren_bei", "beschwerte", "ACCUSE", A, ["Mexiko"], ["Vereinigte Staaten"],
        "Die Regierung Mexikos beschwerte sich bei den USA über die Massenabschiebungen."),
    Row("brandmarken", "brandmarkte", "ACCUSE", A, ["Venezuela"], None,
        "Die Regierung Venezuelas brandmarkte die Sanktionen als Wirtschaftskrieg."),
    Row("vorhalten", "hielten", "ACCUSE", A, ["Bündnis 90/Die Grünen"], None,
        "Die Grünen hielten der Regierung Wortbruch vor."),
    Row("schwere_vorwuerfe_machen", "Vorwürfe", "ACCUSE", A, ["Südafrika"], ["Israel"],
        "Südafrika machte Israel schwere Vorwürfe."),
    Row("verantwortlich_machen", "machte", "ACCUSE", A, ["Pakistan"], ["Indien"],
        "Pakistan machte Indien für den Anschlag in Quetta verantwortlich."),
    Row("distanzieren", "distanzierte", "ACCUSE", A, ["CDU"], None,
        "Die CDU distanzierte sich von den Äußerungen ihres Kreisvorsitzenden."),
    Row("aufs_schaerfste_verurteilen", "verurteilten", "ACCUSE", A, None, ["Russland"],
        "Die Außenminister der G7 verurteilten die Angriffe Russlands auf die Energieversorgung der Ukraine."),
    Row("hart_kritisieren_passiv", "kritisiert", "ACCUSE", A, None, None,
        "Der Beschluss wurde von Umweltverbänden heftig kritisiert."),
    Row("kritik_einstecken", "Kritik", "ACCUSE", A, None, ["Olaf Scholz"],
        "Für seinen Kurs erntete Bundeskanzler Olaf Scholz heftige Kritik aus der eigenen Partei."),
    Row("protestnote", "Protestnote", "ACCUSE", A, ["Japan"], ["China"],
        "Japan übergab dem Botschafter Chinas eine Protestnote."),
    Row("schelte", "Schelte", "ACCUSE", A, None, None,
        "Für den Gesetzentwurf gab es scharfe Schelte aus der Opposition."),
    Row("anschuldigungen", "Anschuldigungen", "ACCUSE", A, ["Kosovo"], ["Serbien"],
        "Das Kosovo erhob Anschuldigungen gegen Serbien."),
    Row("scharf_zurechtweisen", "wies", "ACCUSE", A, ["China"], ["Philippinen"],
        "Die Regierung Chinas wies die Philippinen scharf zurecht."),
    Row("kritisieren_neg", "kritisiert", "ACCUSE", N, ["Italien"], None,
        "Die Regierung Italiens hat die Pläne der EU-Kommission nicht kritisiert."),
    Row("verurteilen_neg", "verurteilte", "ACCUSE", N, ["Indien"], None,
        "Indien verurteilte den Einmarsch Russlands in die Ukraine nicht."),
    Row("kritisieren_planned", "kritisieren", "ACCUSE", P, ["Bündnis 90/Die Grünen"], None,
        "Die Grünen wollen die Sparpläne der Regierung in der Haushaltsdebatte kritisieren."),
    Row("vorwerfen_planned", "vorwerfen", "ACCUSE", P, None, None,
        "Die Opposition will der Regierung Täuschung der Wähler vorwerfen."),
    Row("verurteilen_hyp", "verurteilen", "ACCUSE", H, None, None,
        "Die Nato würde einen solchen Schritt scharf verurteilen, sagte Generalsekretär Mark Rutte."),
    Row("kritisieren_hyp", "kritisieren", "ACCUSE", H, None, None,
        "Die Union könnte den Haushaltsentwurf im Bundestag scharf kritisieren."),
]

SUPPORT = [
    Row("begruessen", "begrüßte", "SUPPORT", A, ["Kanada"], None,
        "Die Regierung Kanadas begrüßte die Freilassung der Geiseln."),
    Row("begruessen_person", "begrüßte", "SUPPORT", A, ["Friedrich Merz"], None,
        "Bundeskanzler Friedrich Merz begrüßte die Einigung zwischen Armenien und Aserbaidschan."),
    Row("loben", "lobte", "SUPPORT", A, ["Wolodymyr Selenskyj"], ["Dänemark"],
        "Der Präsident der Ukraine, Wolodymyr Selenskyj, lobte die Hilfe Dänemarks."),
    Row("wuerdigen", "würdigte", "SUPPORT", A, ["Frank-Walter Steinmeier"], None,
        "Bundespräsident Frank-Walter Steinmeier würdigte die Verdienste des verstorbenen Altkanzlers."),
    Row("gutheissen", "hieß", "SUPPORT", A, ["CSU"], None,
        "Die CSU hieß die Pläne des Innenministers zur Begrenzung der Migration gut."),
    Row("hinter_stellen", "stellten", "SUPPORT", A, None, ["Ukraine"],
        "Die Regierungschefs der EU stellten sich geschlossen hinter die Ukraine."),
    Row("rueckendeckung", "Rückendeckung", "SUPPORT", A, None, ["Carsten Linnemann"],
        "Der Parteivorstand der CDU gab Generalsekretär Carsten Linnemann Rückendeckung."),
    Row("ruecken_staerken", "stärkten", "SUPPORT", A, None, ["Estland"],
        "Die Verbündeten in der Nato stärkten der Regierung Estlands den Rücken."),
    Row("beipflichten", "pflichtete", "SUPPORT", A, ["Lars Klingbeil"], None,
        "Finanzminister Lars Klingbeil pflichtete dem Vorschlag der Wirtschaftsweisen bei."),
    Row("solidarisch_erklaeren", "erklärten", "SUPPORT", A, None, ["Finnland"],
        "Die Regierungen der baltischen Staaten erklärten sich mit Finnland solidarisch."),
    Row("unterstuetzen", "unterstützt", "SUPPORT", A, ["Spanien"], None,
        "Spanien unterstützt den Antrag der Palästinenser auf Vollmitgliedschaft in der Uno."),
    Row("befuerworten", "befürwortet", "SUPPORT", A, ["FDP"], None,
        "Die FDP befürwortet eine Lockerung des Verbots von Verbrennermotoren."),
    Row("gratulieren", "gratulierte", "SUPPORT", A, ["Emmanuel Macron"], None,
        "Der französische Präsident Emmanuel Macron gratulierte dem neuen Regierungschef Kanadas zum Wahlsieg."),
    Row("danken", "dankte", "SUPPORT", A, None, ["Rumänien"],
        "Die Präsidentin Moldaus dankte Rumänien für die Hilfe bei der Stromversorgung."),
    Row("positiv_bewerten", "bewertete", "SUPPORT", A, ["Deutsche Bundesbank"], None,
        "Die Bundesbank bewertete die Reformpläne der Regierung positiv."),
    Row("bedanken", "bedankte", "SUPPORT", A, None, ["Frankreich"],
        "Der Regierungschef des Libanon bedankte sich bei Frankreich für die humanitäre Hilfe."),
    Row("lob_aussprechen", "sprach", "SUPPORT", A, None, ["Katar"],
        "Der UN-Generalsekretär sprach Katar sein Lob für die Vermittlung aus."),
    Row("beglueckwuenschen", "beglückwünschte", "SUPPORT", A, ["Indien"], ["Sri Lanka"],
        "Die Regierung Indiens beglückwünschte Sri Lanka zur friedlichen Wahl."),
    Row("anerkennend_aeussern", "äußerte", "SUPPORT", A, None, ["Katar"],
        "Der Präsident der Türkei äußerte sich lobend über die Vermittlung Katars."),
    Row("ehren", "ehrte", "SUPPORT", A, None, None,
        "Die Stadt Aachen ehrte den Präsidenten Finnlands mit dem Karlspreis."),
    Row("beistand_zusagen", "sagten", "SUPPORT", A, None, ["Polen"],
        "Die Partner in der Nato sagten Polen ihren Beistand zu."),
    Row("solidaritaet_bekunden", "bekundeten", "SUPPORT", A, None, ["Taiwan"],
        "Abgeordnete aus zwölf Ländern bekundeten ihre Solidarität mit Taiwan."),
    Row("anerkennung_zollen", "zollte", "SUPPORT", A, ["Olaf Scholz"], None,
        "Bundeskanzler Olaf Scholz zollte den Einsatzkräften in Bayern Anerkennung."),
    Row("ausdruecklich_begruessen", "begrüßten", "SUPPORT", A, ["Bündnis 90/Die Grünen"], None,
        "Die Grünen begrüßten ausdrücklich die Entscheidung des Verfassungsgerichts."),
    Row("loben_als", "lobte", "SUPPORT", A, None, None,
        "Der Außenminister Japans lobte das Abkommen als Meilenstein für die Region."),
    Row("verteidigen_politik", "verteidigte", "SUPPORT", A, ["Keir Starmer"], None,
        "Der britische Premierminister Keir Starmer verteidigte seinen Kurs in der Migrationspolitik."),
    Row("an_die_seite", "stellte", "SUPPORT", A, ["Japan"], ["Philippinen"],
        "Japan stellte sich im Streit um das Riff an die Seite der Philippinen."),
    Row("beifall_zollen", "zollten", "SUPPORT", A, None, None,
        "Die Abgeordneten zollten dem Präsidenten der Ukraine stehend Beifall."),
    Row("begruessen_neg", "begrüßt", "SUPPORT", N, ["Serbien"], None,
        "Die Regierung Serbiens hat die Einigung nicht begrüßt."),
    Row("unterstuetzen_neg", "unterstützen", "SUPPORT", N, ["Österreich"], None,
        "Österreich wird den Antrag der Ukraine nicht unterstützen."),
    Row("unterstuetzen_planned", "unterstützen", "SUPPORT", P, ["CDU"], None,
        "Die CDU will den Kandidaten der SPD bei der Wahl zum Bundespräsidenten unterstützen."),
    Row("unterstuetzen_hyp", "unterstützen", "SUPPORT", H, ["Bündnis 90/Die Grünen"], None,
        "Die Grünen würden eine Verschärfung des Waffenrechts unterstützen."),
    Row("loben_hyp", "loben", "SUPPORT", H, None, None,
        "Falls Russland die Gefangenen freilässt, würde die Regierung in Kiew den Schritt loben."),
]

REJECT = [
    Row("zurueckweisen", "wies", "REJECT", A, None, ["Litauen"],
        "Der Kreml wies die Vorwürfe Litauens zurück."),
    Row("ablehnen", "lehnte", "REJECT", A, ["Dänemark"], ["Vereinigte Staaten"],
        "Die Regierung Dänemarks lehnte das Angebot der USA ab."),
    Row("dementieren", "dementierte", "REJECT", A, None, None,
        "Das Verteidigungsministerium Russlands dementierte Berichte über einen Truppenabzug."),
    Row("bestreiten", "bestritt", "REJECT", A, ["Ruanda"], None,
        "Die Regierung Ruandas bestritt jede Unterstützung der Rebellen im Osten des Kongo."),
    Row("absage_erteilen", "Absage", "REJECT", A, None, None,
        "Die Ministerpräsidentin erteilte Forderungen nach höheren Steuern eine Absage."),
    Row("klare_absage", "Absage", "REJECT", A, ["CDU"], ["AfD"],
        "Die CDU erteilte einer Zusammenarbeit mit der AfD erneut eine klare Absage."),
    Row("verwahren_gegen", "verwahrte", "REJECT", A, ["Österreich"], None,
        "Die Regierung Österreichs verwahrte sich gegen die Einmischung aus Brüssel."),
    Row("abfuhr_erteilen", "Abfuhr", "REJECT", A, None, None,
        "Das Parlament Georgiens erteilte den Plänen der Opposition eine Abfuhr."),
    Row("von_sich_weisen", "wies", "REJECT", A, None, None,
        "Der Verkehrsminister wies die Anschuldigungen der Opposition entschieden von sich."),
    Row("zurueckgewiesen_passiv", "zurückgewiesen", "REJECT", A, ["Serbien"], None,
        "Die Vorwürfe wurden von der Regierung Serbiens zurückgewiesen."),
    Row("ablehnen_es_zu", "lehnte", "REJECT", A, ["Türkei"], None,
        "Die Türkei lehnte es ab, die Sanktionen gegen Russland mitzutragen."),
    Row("weigern", "weigerte", "REJECT", A, ["Ungarn"], None,
        "Ungarn weigerte sich, die Abschlusserklärung des Gipfels zu unterzeichnen."),
    Row("veto_einlegen", "Veto", "REJECT", A, ["Slowakei"], None,
        "Die Slowakei legte ihr Veto gegen das Sanktionspaket ein."),
    Row("widersprechen", "widersprach", "REJECT", A, None, None,
        "Der Verteidigungsminister widersprach der Darstellung aus Moskau."),
    Row("ausschlagen", "schlug", "REJECT", A, None, None,
        "Die Regierung Grönlands schlug das Kaufangebot aus Washington aus."),
    Row("verwerfen", "verwarf", "REJECT", A, None, None,
        "Das Kabinett in Rom verwarf den Vorschlag aus Berlin."),
    Row("kategorisch_ausschliessen", "schloss", "REJECT", A, ["CSU"], None,
        "Die CSU schloss eine Koalition mit den Grünen kategorisch aus."),
    Row("in_abrede_stellen", "stellte", "REJECT", A, ["Nordkorea"], None,
        "Die Regierung Nordkoreas stellte jede Beteiligung an dem Hackerangriff in Abrede."),
    Row("zurueckweisen_kritik", "wies", "REJECT", A, ["China"], ["G7"],
        "China wies die Kritik der G7 als Einmischung in innere Angelegenheiten zurück."),
    Row("ablehnung_stossen", "Ablehnung", "REJECT", A, None, None,
        "Der Vorschlag stieß in Paris auf Ablehnung."),
    Row("nein_sagen", "sagte", "REJECT", A, ["Schweiz"], None,
        "Die Schweiz sagte Nein zu einem Rahmenabkommen mit der EU."),
    Row("widersetzen", "widersetzten", "REJECT", A, None, None,
        "Mehrere Bundesländer widersetzten sich den Plänen des Bundes."),
    Row("verweigern", "verweigerte", "REJECT", A, ["Bundestag"], None,
        "Der Bundestag verweigerte dem Gesetz die Zustimmung."),
    Row("gegen_aussprechen", "sprach", "REJECT", A, ["SPD"], None,
        "Die SPD sprach sich gegen eine Verlängerung der Laufzeiten aus."),
    Row("ablehnen_neg", "abgelehnt", "REJECT", N, ["Polen"], None,
        "Die Regierung Polens hat den Vorschlag nicht abgelehnt."),
    Row("zurueckweisen_neg", "wies", "REJECT", N, ["Chile"], None,
        "Chile wies die Forderung Boliviens nicht zurück."),
    Row("ablehnen_planned", "ablehnen", "REJECT", P, ["FDP"], None,
        "Die FDP will den Gesetzentwurf im Bundesrat ablehnen."),
    Row("zurueckweisen_planned", "zurückweisen", "REJECT", P, None, None,
        "Die Regierung Irans will die Forderungen der Atomenergiebehörde zurückweisen."),
    Row("ablehnen_hyp", "ablehnen", "REJECT", H, ["Slowakei"], None,
        "Die Slowakei könnte das Sanktionspaket ablehnen."),
    Row("veto_hyp", "Veto", "REJECT", H, None, None,
        "Sollte der Beitritt zur Abstimmung kommen, würde Ungarn sein Veto einlegen."),
]

REQUEST = [
    Row("fordern_von", "forderte", "REQUEST", A, ["Ukraine"], ["Deutschland"],
        "Die Ukraine forderte von Deutschland die Lieferung weiterer Luftabwehrsysteme."),
    Row("verlangen", "verlangte", "REQUEST", A, None, None,
        "Die Opposition in Georgien verlangte Neuwahlen."),
    Row("verlangen_aufklaerung", "verlangte", "REQUEST", A, ["Italien"], ["Tunesien"],
        "Die Regierung Italiens verlangte von Tunesien Aufklärung über den Tod der Migranten."),
    Row("anmahnen", "mahnte", "REQUEST", A, ["Bundesrechnungshof"], None,
        "Der Bundesrechnungshof mahnte Reformen bei der Beschaffung der Bundeswehr an."),
    Row("pochen_auf", "pochte", "REQUEST", A, ["Mexiko"], None,
        "Die Regierung Mexikos pochte auf die Einhaltung des Handelsabkommens."),
    Row("draengen_auf", "drängten", "REQUEST", A, ["Vereinigte Staaten"], None,
        "Die USA drängten auf eine rasche Waffenruhe im Sudan."),
    Row("dringen_auf", "drang", "REQUEST", A, ["Griechenland"], None,
        "Die Regierung Griechenlands drang auf eine Rückgabe der Skulpturen aus London."),
    Row("appellieren", "appellierte", "REQUEST", A, None, None,
        "Der Papst appellierte an die Konfliktparteien im Kongo, die Waffen niederzulegen."),
    Row("aufrufen", "rief", "REQUEST", A, ["Bangladesch"], None,
        "Die Regierung Bangladeschs rief die Demonstranten zur Ruhe auf."),
    Row("ersuchen", "ersuchte", "REQUEST", A, ["Haiti"], None,
        "Die Regierung Haitis ersuchte die Vereinten Nationen um die Entsendung einer Polizeitruppe."),
    Row("auffordern", "forderte", "REQUEST", A, ["Europäische Union"], ["Serbien"],
        "Die EU forderte Serbien auf, die Spannungen im Norden des Kosovo abzubauen."),
    Row("einfordern", "forderten", "REQUEST", A, None, None,
        "Die Länder forderten vom Bund mehr Geld für die Unterbringung von Flüchtlingen ein."),
    Row("forderung_erheben", "Forderung", "REQUEST", A, ["Verdi"], None,
        "Die Gewerkschaft Verdi erhob die Forderung nach acht Prozent mehr Lohn."),
    Row("plaedieren", "plädierte", "REQUEST", A, None, None,
        "Der Wirtschaftsminister plädierte für eine Senkung der Stromsteuer."),
    Row("bestehen_auf", "bestand", "REQUEST", A, ["Pakistan"], None,
        "Die Regierung Pakistans bestand auf einer unabhängigen Untersuchung des Anschlags."),
    Row("beharren_auf", "beharrte", "REQUEST", A, ["Spanien"], None,
        "Die Regierung Spaniens beharrte auf der Auslieferung des Politikers."),
    Row("appell_richten", "Appell", "REQUEST", A, None, None,
        "Der UN-Generalsekretär richtete einen eindringlichen Appell an die Militärregierung Myanmars."),
    Row("ruecktritt_auffordern", "forderte", "REQUEST", A, None, None,
        "Die Opposition forderte den Regierungschef zum Rücktritt auf."),
    Row("ruecktritt_fordern", "forderten", "REQUEST", A, ["Bündnis 90/Die Grünen"], None,
        "Die Grünen forderten den Rücktritt des Verkehrsministers."),
    Row("bitten_um", "bat", "REQUEST", A, ["Libanon"], None,
        "Die Regierung des Libanon bat die internationale Gemeinschaft um Hilfe."),
    Row("drängen_zu", "drängte", "REQUEST", A, ["Frankreich"], ["Israel"],
        "Frankreich drängte Israel zu mehr Zurückhaltung im Libanon."),
    Row("einmahnen", "mahnte", "REQUEST", A, ["ÖVP"], None,
        "Die ÖVP mahnte bei der Regierung Reformen im Gesundheitswesen ein."),
    Row("fordern_dass", "forderte", "REQUEST", A, ["Polen"], ["Belarus"],
        "Polen forderte, dass Belarus die Schleusungen an der Grenze beendet."),
    Row("aufruf", "Aufruf", "REQUEST", A, None, None,
        "Dem Aufruf der Gewerkschaften zu einem Generalstreik folgten Zehntausende."),
    Row("zur_zurueckhaltung_aufrufen", "riefen", "REQUEST", A, None, ["Indien", "Pakistan"],
        "Die Vereinten Nationen riefen Indien und Pakistan zur Zurückhaltung auf."),
    Row("fordern_neg", "forderte", "REQUEST", N, ["Irland"], None,
        "Die Regierung Irlands forderte keinen Boykott des Wettbewerbs."),
    Row("verlangen_neg", "verlangt", "REQUEST", N, None, None,
        "Die Regierung habe von den Banken keine Entschädigung verlangt, sagte der Minister."),
    Row("fordern_planned", "fordern", "REQUEST", P, None, None,
        "Die Linke will im Bundestag einen Untersuchungsausschuss fordern."),
    Row("aufrufen_planned", "aufrufen", "REQUEST", P, None, None,
        "Die Gewerkschaft will zu weiteren Warnstreiks aufrufen."),
    Row("verlangen_hyp", "verlangen", "REQUEST", H, None, None,
        "Die Regierung Spaniens könnte die Auslieferung des Unternehmers verlangen."),
]

THREATEN = [
    Row("drohen_mit", "drohte", "THREATEN", A, ["Donald Trump"], ["Kanada"],
        "Präsident Donald Trump drohte Kanada mit neuen Zöllen."),
    Row("androhen", "drohte", "THREATEN", A, ["Europäische Union"], ["Belarus"],
        "Die EU drohte Belarus weitere Sanktionen an."),
    Row("ultimatum_stellen", "Ultimatum", "THREATEN", A, None, None,
        "Die Regierung Kosovos stellte den Besetzern des Rathauses ein Ultimatum."),
    Row("vergeltung_drohen", "drohte", "THREATEN", A, ["Iran"], ["Israel"],
        "Der Iran drohte Israel mit Vergeltung."),
    Row("drohungen_aussprechen", "Drohungen", "THREATEN", A, ["Nordkorea"], ["Südkorea"],
        "Nordkorea sprach erneut Drohungen gegen Südkorea aus."),
    Row("austritt_drohen", "drohte", "THREATEN", A, ["Ungarn"], None,
        "Die Regierung Ungarns drohte mit einem Austritt aus dem Abkommen."),
    Row("drohen_zu", "drohte", "THREATEN", A, None, None,
        "Die Gewerkschaft drohte, den Flughafen in München zu bestreiken."),
    Row("frist_setzen", "Frist", "THREATEN", A, ["Europäische Union"], ["Polen"],
        "Die EU setzte Polen eine Frist von zwei Monaten."),
    Row("konsequenzen_ankuendigen", "kündigte", "THREATEN", A, ["Türkei"], None,
        "Die Türkei kündigte Konsequenzen an, falls Schweden die Proteste weiter dulde."),
    Row("drohen_praesens", "droht", "THREATEN", A, ["China"], ["Taiwan"],
        "China droht Taiwan mit militärischen Konsequenzen."),
    Row("drohen_passiv_dass", "drohte", "THREATEN", A, ["Russland"], None,
        "Russland drohte, die Gaslieferungen nach Moldau einzustellen."),
    Row("drohung_wahrmachen", "Drohung", "THREATEN", A, None, None,
        "Die Regierung in Washington erneuerte am Montag ihre Drohung gegen Venezuela."),
    Row("mit_dem_saebel", "rasselte", "THREATEN", A, ["Nordkorea"], [],
        "Nordkorea rasselte wieder mit dem Säbel."),
    Row("drohen_neg", "drohte", "THREATEN", N, ["Japan"], None,
        "Anders als erwartet drohte die Regierung Japans nicht mit Gegenmaßnahmen."),
    Row("ultimatum_planned", "Ultimatum", "THREATEN", P, None, None,
        "Die Nato will Russland ein Ultimatum stellen."),
    Row("drohen_hyp", "drohen", "THREATEN", H, None, None,
        "Die Regierung könnte den Rebellen mit einer Offensive drohen."),
]

# rows added after the first run, for constructions that run showed (see the module docstring)
ADDED = [
    Row("sich_empoert_zeigen", "zeigte", "ACCUSE", A, ["Spanien"], None,
        "Die Regierung Spaniens zeigte sich empört über das Urteil des Obersten Gerichts."),
    Row("sich_enttaeuscht_zeigen", "zeigten", "ACCUSE", A, ["Bündnis 90/Die Grünen"], None,
        "Die Grünen zeigten sich enttäuscht von dem Kompromiss zur Schuldenbremse."),
    Row("sich_erfreut_zeigen", "zeigte", "SUPPORT", A, ["Marokko"], None,
        "Die Regierung Marokkos zeigte sich erfreut über die Entscheidung des Sicherheitsrats."),
    Row("empoeren_praesens", "empört", "ACCUSE", A, ["Kuba"], None,
        "Die Regierung Kubas empört sich über die neuen Reisebeschränkungen."),
    Row("genitive_act_plural", "verurteilten", "ACCUSE", A, ["Kanada"], ["Iran"],
        "Die Minister Kanadas verurteilten die Anschläge Irans."),
    Row("genitive_patient_not_target", "verurteilte", "ACCUSE", A, ["Schweden"], [],
        "Schweden verurteilte die Festnahme Nawalnys."),
    Row("authored_genitive_vorschlag", "lehnte", "REJECT", A, ["Norwegen"], ["Island"],
        "Norwegen lehnte den Vorschlag Islands zur Fangquote ab."),
    Row("aussprechen_drohung", "Drohung", "THREATEN", A, ["Iran"], ["Vereinigte Staaten"],
        "Der Iran sprach eine offene Drohung gegen die USA aus."),
    # second pass: further verbs and idioms of the class
    Row("beistehen", "stand", "SUPPORT", A, ["Polen"], ["Litauen"],
        "Polen stand Litauen in dem Streit mit Belarus bei."),
    Row("solidarisieren", "solidarisierte", "SUPPORT", A, ["Verdi"], None,
        "Die Gewerkschaft Verdi solidarisierte sich mit den Beschäftigten von Amazon."),
    Row("lanze_brechen", "brach", "SUPPORT", A, ["FDP"], None,
        "Die FDP brach eine Lanze für die Kernkraft."),
    Row("erbitten", "erbat", "REQUEST", A, None, None,
        "Die Regierung Jordaniens erbat Hilfe aus Saudi-Arabien."),
    Row("in_die_pflicht_nehmen", "nahm", "REQUEST", A, ["Friedrich Merz"], None,
        "Bundeskanzler Friedrich Merz nahm die Länder bei der Finanzierung der Schulen in die Pflicht."),
    Row("ins_gewissen_reden", "redete", "REQUEST", A, None, None,
        "Der Bundespräsident redete den Abgeordneten ins Gewissen."),
    Row("ersuchen_noun", "Ersuchen", "REQUEST", A, ["Mali"], None,
        "Auf Ersuchen der Regierung Malis zog Frankreich seine Truppen ab."),
    Row("gesuch_compound", "Auslieferungsgesuch", "REQUEST", A, ["Peru"], ["Vereinigte Staaten"],
        "Die Regierung Perus stellte ein Auslieferungsgesuch an die USA."),
    Row("diffamieren", "diffamierte", "ACCUSE", A, ["Venezuela"], ["Opposition"],
        "Die Regierung Venezuelas diffamierte die Opposition als Terroristen."),
    Row("verunglimpfen", "verunglimpfte", "ACCUSE", A, ["Brasilien"], None,
        "Der Präsident Brasiliens verunglimpfte die Richter des Obersten Gerichts."),
    Row("leviten_lesen", "las", "ACCUSE", A, None, ["Italien"],
        "Der Parteichef las der Regierung Italiens die Leviten."),
    Row("auf_die_finger_klopfen", "klopfte", "ACCUSE", A, None, ["Verkehrsministerium"],
        "Der Rechnungshof klopfte dem Verkehrsministerium auf die Finger."),
    Row("front_machen", "machten", "ACCUSE", A, None, None,
        "Die Bauernverbände machten Front gegen das Abkommen mit dem Mercosur."),
    Row("rote_karte", "zeigten", "ACCUSE", A, None, ["Portugal"],
        "Die Wähler zeigten der Regierung Portugals die Rote Karte."),
    Row("ruege_noun", "Rüge", "ACCUSE", A, ["Bundesrechnungshof"], None,
        "Der Bundesrechnungshof erteilte der Regierung eine Rüge."),
    Row("vorhaltungen", "Vorhaltungen", "ACCUSE", A, None, ["Ungarn"],
        "Die Verbündeten haben Vorhaltungen gegen Ungarn erhoben."),
    Row("abstreiten", "stritt", "REJECT", A, ["Kenia"], None,
        "Die Regierung Kenias stritt jede Beteiligung an den Entführungen ab."),
    Row("leugnen", "leugnete", "REJECT", A, ["Türkei"], None,
        "Die Türkei leugnete die Vorwürfe."),
    Row("abschmettern", "schmetterte", "REJECT", A, ["Bundestag"], ["AfD"],
        "Der Bundestag schmetterte den Antrag der AfD ab."),
    Row("verbitten", "verbat", "REJECT", A, ["China"], None,
        "Die Regierung Chinas verbat sich jede Einmischung in die Angelegenheiten Hongkongs."),
    Row("kalte_schulter", "zeigte", "REJECT", A, ["China"], ["Litauen"],
        "Die Regierung Chinas zeigte Litauen die kalte Schulter."),
    Row("dementi", "Dementi", "REJECT", A, ["Kreml"], None,
        "Der Kreml veröffentlichte ein Dementi."),
]

NOT_EVENTS = [
    Neg("sprechen_wetter", "sprach", "Der Bürgermeister sprach am Abend über das Wetter in den Alpen."),
    Neg("loben_essen", "lobten", "Die Gäste des Festes lobten das Essen und die Musik."),
    Neg("loben_roman", "lobte", "Die Kritikerin lobte den neuen Roman des Schriftstellers."),
    Neg("begruessen_gaeste", "begrüßte", "Der Gastgeber begrüßte die Gäste am Eingang des Saals."),
    Neg("begruessen_publikum", "begrüßte", "Der Sänger begrüßte das Publikum in der ausverkauften Halle."),
    Neg("begruessen_zoo", "begrüßte", "Der Tierpark begrüßte im Mai drei junge Elefanten."),
    Neg("fordern_opfer", "forderte", "Die Hitzewelle forderte in Südeuropa zahlreiche Todesopfer."),
    Neg("fordern_aufgabe", "fordert", "Die Strecke fordert von den Läufern viel Ausdauer."),
    Neg("fordern_zugabe", "forderte", "Das Publikum forderte am Ende des Konzerts eine Zugabe."),
    Neg("verlangen_pruefung", "verlangt", "Die Prüfung verlangt von den Studenten gute Kenntnisse in Statistik."),
    Neg("verlangen_abverlangen", "verlangte", "Der steile Anstieg verlangte den Radfahrern alles ab."),
    Neg("drohen_einsturz", "drohte", "Das Dach der Halle drohte unter der Schneelast einzustürzen."),
    Neg("drohen_hungersnot", "droht", "In der Region droht eine Hungersnot."),
    Neg("drohen_scheitern", "drohen", "Die Gespräche über den Haushalt drohen zu scheitern."),
    Neg("drohen_kosten", "drohen", "Die Kosten für den Neubau drohen aus dem Ruder zu laufen."),
    Neg("drohen_ertrinken", "drohte", "Ein Schwimmer drohte in der Strömung zu ertrinken."),
    Neg("bestreiten_spiel", "bestritt", "Der Verein bestritt am Samstag sein erstes Heimspiel der Saison."),
    Neg("bestreiten_finanzieren", "bestreiten", "Die Forscher bestreiten ihre Arbeit zum großen Teil aus Spenden."),
    Neg("absagen_konzert", "sagte", "Die Sängerin sagte das Konzert in Wien wegen einer Erkältung ab."),
    Neg("aufrufen_kandidatin", "rief", "Die Moderatorin rief die nächste Kandidatin auf die Bühne auf."),
    Neg("bitten_ruhe", "bat", "Die Lehrerin bat die Schüler um Ruhe."),
    Neg("danken_gaeste", "dankte", "Die Braut dankte den Gästen für die Geschenke."),
    Neg("verteidigen_titel", "verteidigte", "Die Schwimmerin verteidigte ihren Weltmeistertitel über 200 Meter."),
    Neg("warnen_glaette", "warnte", "Der Wetterdienst warnte vor Glätte auf den Straßen im Harz."),
    Neg("warnen_gewitter", "warnt", "Der Deutsche Wetterdienst warnt vor schweren Gewittern in Bayern."),
    Neg("kritisieren_trainer", "kritisierte", "Der Trainer kritisierte nach dem Spiel die Leistung seiner Abwehr."),
    Neg("loben_trainer", "lobte", "Der Trainer lobte die Moral seiner Mannschaft."),
    Neg("ablehnen_wand", "lehnte", "Der Wanderer lehnte sein Fahrrad an die Wand der Hütte."),
    Neg("zurueckweisen_ball", "wies", "Der Torwart wies den Ball mit der Faust zurück ins Feld."),
    Neg("wuerdigen_natur", "würdigte", "Der Biologe würdigte in seinem Vortrag die Vielfalt der Insekten."),
    Neg("empoeren_zuschauer", "empörten", "Viele Zuschauer empörten sich über den Schiedsrichter."),
    Neg("appellieren_vernunft_kinder", "appellierte", "Die Mutter appellierte an die Vernunft ihrer Kinder."),
    Neg("bedanken_kunden", "bedankte", "Die Bäckerei bedankte sich bei ihren Kunden für die Treue."),
    Neg("drohen_haft_passiv", "drohen", "Den Angeklagten drohen bis zu zehn Jahre Haft."),
    # added after the first run
    Neg("aussprechen_verbot_gegen", "sprach", "Die Innenministerin sprach ein Vereinsverbot gegen die Gruppe aus."),
    Neg("empoert_nach_zeigen", "empört", "Die Regierung Chiles zeigte sich empört über die Äußerungen."),
    Neg("lobend_nach_aeussern", "lobend", "Die Regierung Ghanas äußerte sich lobend über die Wahlbeobachter."),
    Neg("ruecktrittsgesuch", "Rücktrittsgesuch", "Der Minister reichte sein Rücktrittsgesuch ein."),
    Neg("leugnen_klimawandel", "leugnete", "Der Moderator leugnete in seiner Sendung den Klimawandel."),
    Neg("rote_karte_sport", "zeigte", "Der Schiedsrichter zeigte dem Verteidiger in der 80. Minute die Rote Karte."),
    Neg("dringend_adverb", "dringend", "Die Bewohner der Insel warten dringend auf Trinkwasser."),
]
# fmt: on

ROWS = ACCUSE + SUPPORT + REJECT + REQUEST + THREATEN + ADDED

# Rows chronik still gets wrong, with the reason (strict: a fix makes them fail, so that the mark is removed).
NON_POLITICAL = (
    "the same verb sense as between political actors; the actor test (event_private_roles.json) knows only private "
    "persons, audiences, customers, teams and families, not a critic, a zoo or a scientist"
)
KNOWN_GAPS = {
    "attackieren_verbal": "the tagger reads 'attackierte' as an adjective: the mention of Olaf Scholz swallows it",
    "danken": "the tagger reads 'dankte' as an adjective after 'Moldaus': the dative is taken as the source",
    "ins_visier_nehmen": "'ins Visier nehmen' is also to investigate or to attack: not coded",
    "loben_roman": NON_POLITICAL,
    "begruessen_zoo": NON_POLITICAL,
    "fordern_aufgabe": "'fordern' = to require (a thing as subject) is not told from 'fordern' = to demand",
    "verlangen_pruefung": "'verlangen' = to require (a thing as subject) is not told from 'verlangen' = to demand",
    "wuerdigen_natur": NON_POLITICAL,
    # applause is not coded (test_events_support_verbs.py::respekt_allgemein: an audience's applause), and chronik
    # cannot tell a parliament's applause for a head of state from an audience's
    "beifall_zollen": NON_POLITICAL,
}


def _params(rows: list) -> list:
    return [
        pytest.param(r, id=r.id, marks=pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[r.id]))
        if r.id in KNOWN_GAPS
        else pytest.param(r, id=r.id)
        for r in rows
    ]


def _check(row: Row) -> None:
    rows = event_rows(LEAD + row.text, published="2026-11-10")
    found = [r for r in rows if r[0] == row.trigger and r[1] == row.type]
    assert found, f"{row.id}: no {row.type} on {row.trigger!r}: {rows}"
    _, _, sources, targets, _, modality = found[0]
    if row.modality is not None:
        assert modality == row.modality, f"{row.id}: {found[0]}"
    if row.sources is not None:
        assert sorted(sources) == sorted(row.sources), f"{row.id}: {found[0]}"
    if row.targets is not None:
        assert sorted(targets) == sorted(row.targets), f"{row.id}: {found[0]}"


@pytest.mark.parametrize("row", _params(ROWS))
def test_speech_verb(row: Row) -> None:
    _check(row)


@pytest.mark.parametrize("row", _params(NOT_EVENTS))
def test_not_an_event(row: Neg) -> None:
    rows = event_rows(LEAD + row.text, published="2026-11-10")
    assert all(r[0] != row.trigger for r in rows), f"{row.id}: {rows}"
