"""Spurious events as a class (fourteenth session): words that name no new act of the report — a re-mention of an act
told before, an act not asserted (a condition, a purpose, an open question, a rule, a generic claim), a compound or
title that only contains an event word, and a wrong word sense — next to control rows where the same word is a new
act. All sentences are invented."""

from __future__ import annotations

import pytest

from tests.event_docs import NonEventRow, TableRow, check_no_event, check_table_row

# (ii) re-mentions: a definite noun for an act the sentence before told
REMENTIONS = [
    NonEventRow(
        "re01", "Zölle", "Die Regierung verhängte am Montag Strafzölle gegen Kanada. Die Zölle gelten ab Juli."
    ),
    NonEventRow(
        "re02",
        "Streik",
        "Die Lokführer legten am Dienstag die Arbeit nieder. Der Streik sei unverhältnismäßig, sagte ein Sprecher "
        "der Bahn.",
    ),
    NonEventRow(
        "re03",
        "Treffen",
        "Der Außenminister traf am Montag seinen chinesischen Kollegen. Nach dem Treffen sprach er von Fortschritten.",
    ),
    NonEventRow(
        "re04",
        "Sanktionen",
        "Die EU beschloss am Freitag Strafmaßnahmen gegen Belarus. Minsk will sich erst später zu den Sanktionen "
        "äußern.",
    ),
    NonEventRow(
        "re06",
        "Angriff",
        "Rebellen überfielen am Sonntag ein Dorf im Norden. Von dem Angriff betroffen seien vor allem Bauern.",
    ),
    NonEventRow(
        "re07",
        "Gespräche",
        "Die Konfliktparteien verhandelten am Montag in Genf. Während der Gespräche blieb es an der Front ruhig.",
    ),
    NonEventRow(
        "re09",
        "Einigung",
        "Die Tarifparteien einigten sich am Mittwoch auf höhere Löhne. Man werde die Einigung genau prüfen, sagte "
        "der Verband.",
    ),
    NonEventRow(
        "re10",
        "Verbot",
        "Das Parlament untersagte im Frühjahr den Verkauf von Feuerwerk. Das Verbot gilt seit dem ersten Mai.",
    ),
    NonEventRow(
        "re11",
        "Festnahmen",
        "Die Polizei nahm am Samstag elf Aktivisten fest. Die Festnahmen seien rechtswidrig, erklärten ihre Anwälte.",
    ),
    NonEventRow(
        "re12",
        "Kritik",
        "Die Grünen kritisierten den Haushaltsentwurf scharf. Der Minister wies die Kritik am Abend zurück.",
    ),
    NonEventRow(
        "re13",
        "Embargo",
        "Der Sicherheitsrat verhängte ein Waffenembargo gegen Libyen. Das Embargo schade vor allem der "
        "Zivilbevölkerung, sagte der Botschafter.",
    ),
    NonEventRow(
        "re14",
        "Proteste",
        "Tausende demonstrierten am Samstag in Lissabon gegen die Mieten. Die Proteste seien friedlich, sagte die "
        "Polizei.",
    ),
    NonEventRow(
        "re15",
        "Besuch",
        "Der Kanzler reiste am Dienstag nach Warschau. Bei dem Besuch sprach er mit Studenten, sagte ein Sprecher.",
    ),
    NonEventRow(
        "re16",
        "Verhandlungen",
        "Die Rebellen brachen die Gespräche mit der Regierung ab. Man halte dennoch an den Verhandlungen fest, sagte "
        "ein Sprecher der Regierung.",
    ),
    NonEventRow(
        "re17",
        "Ausweisung",
        "Die Regierung wies am Montag zwei Diplomaten aus. Man werde auf die Ausweisung angemessen reagieren, hieß "
        "es in Moskau.",
    ),
    NonEventRow(
        "re18",
        "Streik",
        "Die Piloten traten am Mittwoch in den Ausstand. Der Konzern begründete den Streik mit den Tariferhöhungen "
        "der Konkurrenz.",
    ),
    NonEventRow(
        "re21",
        "Verhandlungen",
        "Die Delegationen verhandelten am Montag in Oslo über einen Waffenstillstand. Während der Verhandlungen "
        "seien keine Schüsse gefallen, sagte ein Beobachter.",
    ),
    NonEventRow(
        "re22",
        "Gipfel",
        "Die Staats- und Regierungschefs trafen sich am Donnerstag in Brüssel. Nach dem Gipfel reiste der Kanzler "
        "nach Paris weiter.",
    ),
    NonEventRow(
        "re23",
        "Beratungen",
        "Die Minister berieten am Montag in Rom über die Krise. Während der Beratungen demonstrierten Hunderte vor "
        "dem Gebäude.",
    ),
    NonEventRow(
        "re24",
        "Vorwürfe",
        "Die Opposition warf dem Minister Bestechung vor. Die Vorwürfe seien frei erfunden, sagte sein Sprecher.",
    ),
    NonEventRow(
        "re25",
        "Anschuldigungen",
        "Die Staatsanwaltschaft beschuldigte den Konzern des Betrugs. Die Anschuldigungen seien völlig übertrieben, "
        "erklärte ein Anwalt des Unternehmens.",
    ),
]

# (iii) acts not asserted: purposes, conditions, open questions, rules, generic claims, demanded or offered content
NOT_ASSERTED = [
    NonEventRow(
        "na01",
        "anschließen",
        "Die Grünen haben einen Misstrauensantrag eingebracht. Die Liberalen ließen offen, ob sie sich anschließen.",
    ),
    NonEventRow(
        "na02",
        "einlegt",
        "Das Gericht sprach den Bürgermeister frei. Die Staatsanwaltschaft prüft, ob sie Revision einlegt.",
    ),
    NonEventRow(
        "na03",
        "unterstützen",
        "Der Vorschlag liegt seit Montag vor. Unklar ist noch, ob die Sozialdemokraten ihn unterstützen.",
    ),
    NonEventRow(
        "na04",
        "verhängen",
        "Die Außenminister beraten am Montag. Offen ist, ob sie neue Sanktionen gegen Teheran verhängen.",
    ),
    NonEventRow(
        "na05",
        "retten",
        "„Die Stadt kann nicht jedes Schwimmbad mit Steuergeld retten“, sagte der Bürgermeister am Mittwoch.",
    ),
    NonEventRow(
        "na06",
        "bestrafen",
        "„Ein Staat darf nicht jeden Demonstranten bestrafen“, sagte die Richterin in ihrer Rede.",
    ),
    NonEventRow(
        "na07",
        "erlaubt",
        "Der Präsident berief sich auf Paragraf 12 des Notstandsgesetzes, der die Auflösung des Parlaments erlaubt.",
    ),
    NonEventRow(
        "na08",
        "verbietet",
        "Die Richter verwiesen auf Artikel 5 der Verfassung, der die Zensur der Presse verbietet.",
    ),
    NonEventRow(
        "na09",
        "niederlegen",
        "Der Kommandeur der Miliz sagte, seine Kämpfer würden die Waffen erst niederlegen, wenn die Armee abziehe.",
    ),
    NonEventRow(
        "na10",
        "verhandeln",
        "Beide Parteien einigten sich am Freitag darauf, im Januar über einen Gefangenenaustausch zu verhandeln.",
    ),
    NonEventRow(
        "na11",
        "Kämpfe",
        "Der Gesandte drohte mit neuen Sanktionen, falls die Kämpfe in der Provinz nicht aufhörten.",
    ),
    NonEventRow(
        "na12",
        "Beschuss",
        "Sollte der Beschuss der Grenzdörfer anhalten, werde man den Botschafter einbestellen, sagte der Minister.",
    ),
    NonEventRow(
        "na13",
        "Sanktionen",
        "Sanktionen hätten in der Region noch nie etwas bewirkt, sagte der Botschafter am Dienstag.",
    ),
    NonEventRow(
        "na14",
        "Freilassung",
        "Die Familie forderte am Montag die Freilassung des Journalisten.",
    ),
    NonEventRow(
        "na15",
        "Rücktritt",
        "Die Opposition verlangte am Dienstag den Rücktritt der Innenministerin.",
    ),
    NonEventRow(
        "na16",
        "Waffenruhe",
        "Der UN-Generalsekretär rief beide Seiten zu einer sofortigen Waffenruhe auf.",
    ),
    NonEventRow(
        "na17",
        "angreift",
        "„Wer Polizisten angreift, greift den Rechtsstaat an“, sagte der Innenminister am Sonntag.",
    ),
    NonEventRow(
        "na18",
        "einsperren",
        "Die Verfassung sei klar: Man kann Journalisten nicht einfach einsperren, sagte der Anwalt.",
    ),
    NonEventRow(
        "na19",
        "festzunehmen",
        "Die Befugnis, Verdächtige ohne richterliche Anordnung festzunehmen, sei verfassungswidrig, entschied das "
        "Gericht.",
    ),
    NonEventRow(
        "na20",
        "Angriffe",
        "Die Armee hat Vorkehrungen getroffen, um weitere Angriffe auf die Raffinerie zu verhindern.",
    ),
    NonEventRow(
        "na21",
        "Gewalt",
        "Viele Frauen in der Region seien Opfer von Gewalt, heißt es in dem Bericht der Vereinten Nationen.",
    ),
    NonEventRow(
        "na22",
        "Verhandlungen",
        "Die Regierung legte einen Plan für Verhandlungen mit den Gewerkschaften vor.",
    ),
    NonEventRow(
        "na23",
        "Hilfe",
        "Die Stadtverwaltung lehnte die Forderung nach finanzieller Hilfe für die Vereine ab.",
    ),
    NonEventRow(
        "na24",
        "freizulassen",
        "Die Regierung forderte die Entführer auf, die Geiseln sofort freizulassen.",
    ),
    NonEventRow(
        "na25",
        "zurückzuziehen",
        "Der Präsident weigerte sich, seine Truppen aus der Grenzregion zurückzuziehen.",
    ),
    NonEventRow(
        "na26",
        "aufzunehmen",
        "Die Ministerin sagte zu, noch in diesem Jahr tausend Flüchtlinge aufzunehmen.",
    ),
    NonEventRow(
        "na27",
        "einzustellen",
        "Der Gewerkschaftschef drohte, die Arbeit im Hafen einzustellen.",
    ),
    NonEventRow(
        "na29",
        "unterstützt",
        "Die Ermittler prüfen, ob der Verein die Terrorgruppe finanziell unterstützt hat.",
    ),
    NonEventRow(
        "na30",
        "abzuschieben",
        "Das Gesetz verpflichtet die Behörden, abgelehnte Asylbewerber binnen drei Monaten abzuschieben.",
    ),
    NonEventRow(
        "na31",
        "verhaften",
        "Die Polizei darf Verdächtige nach dem neuen Gesetz bis zu vier Tage ohne Anklage verhaften.",
    ),
    NonEventRow(
        "na33",
        "beenden",
        "Der Vermittler schlug vor, die Belagerung der Stadt bis Ende Mai zu beenden.",
    ),
    NonEventRow(
        "na34",
        "angreifen",
        "Es sei unklar, ob die Rebellen die Hauptstadt angreifen würden, sagte ein Militärexperte.",
    ),
    NonEventRow(
        "na36",
        "verüben",
        "Die Miliz sagte zu, während der Feiertage keine Anschläge zu verüben.",
    ),
    NonEventRow(
        "na37",
        "helfen",
        "Der Minister versprach, den Opfern der Flut schnell zu helfen.",
    ),
    NonEventRow(
        "na38",
        "Abschiebungen",
        "Der Innenminister legte einen Gesetzentwurf für schnellere Abschiebungen vor.",
    ),
    NonEventRow(
        "na39",
        "entlassen",
        "Der Betriebsrat befürchtet, dass der Konzern bis zu 3000 Beschäftigte entlassen könnte.",
    ),
    NonEventRow(
        "na40",
        "abgeschoben",
        "Wer keinen Pass besitze, könne nicht abgeschoben werden, erklärte das Ministerium.",
    ),
    NonEventRow(
        "na41",
        "festhalten",
        "Die Polizei darf nicht jeden Demonstranten stundenlang festhalten, urteilte das Gericht.",
    ),
    NonEventRow(
        "na42",
        "ausweisen",
        "„Wir können nicht jeden Diplomaten ausweisen, der uns kritisiert“, sagte der Außenminister.",
    ),
    NonEventRow(
        "na43",
        "untersagt",
        "Die Stadt verwies auf Paragraf 15 des Versammlungsgesetzes, der Kundgebungen vor Schulen untersagt.",
    ),
    NonEventRow(
        "na44",
        "erlaubt",
        "Die Regierung stützt sich auf Artikel 16 der Verfassung, der den Einsatz der Armee im Inneren erlaubt.",
    ),
    NonEventRow(
        "na45",
        "verhandeln",
        "Die Gewerkschaft und der Konzern vereinbarten am Dienstag, im Frühjahr erneut über die Löhne zu verhandeln.",
    ),
    NonEventRow(
        "na46",
        "treffen",
        "Die Außenminister verständigten sich darauf, sich im März in Wien erneut zu treffen.",
    ),
    NonEventRow(
        "na47",
        "zustimmen",
        "Noch ist offen, ob die Abgeordneten dem Haushalt am Donnerstag zustimmen.",
    ),
    NonEventRow(
        "na48",
        "ausliefern",
        "Das Gericht muss nun entscheiden, ob Polen den Verdächtigen an Deutschland ausliefern darf.",
    ),
    NonEventRow(
        "na49",
        "abgeschoben",
        "Die Anwältin wollte nicht sagen, ob ihr Mandant inzwischen abgeschoben worden sei.",
    ),
    NonEventRow(
        "na50",
        "verhängen",
        "Die EU-Kommission prüft derzeit, ob sie Strafzölle auf Stahl aus China verhängen soll.",
    ),
    NonEventRow(
        "na51",
        "ausweist",
        "Die Regierung ließ am Dienstag offen, ob sie den russischen Botschafter ausweist.",
    ),
    NonEventRow(
        "na52",
        "aufnehmen",
        "Es ist fraglich, ob die Nachbarstaaten die Flüchtlinge aus dem Lager aufnehmen.",
    ),
    NonEventRow(
        "na53",
        "verbietet",
        "Die Opposition beruft sich auf Paragraf 3 des Parteiengesetzes, der Spenden aus dem Ausland verbietet.",
    ),
    NonEventRow(
        "na54",
        "abweisen",
        "„Die Regierung darf nicht jeden Flüchtling an der Grenze abweisen“, sagte die Bischöfin.",
    ),
    NonEventRow(
        "na55",
        "inhaftieren",
        "Nach dem Gesetz dürfen die Behörden Ausländer ohne Papiere bis zu 18 Monate inhaftieren.",
    ),
    NonEventRow(
        "na56",
        "freilassen",
        "Die Entführer würden die Geiseln erst freilassen, wenn die Regierung zahle, sagte ein Vermittler.",
    ),
    NonEventRow(
        "na57",
        "abzuziehen",
        "Beide Länder vereinbarten am Montag, ihre Truppen bis Jahresende aus der Grenzregion abzuziehen.",
    ),
    NonEventRow(
        "na58",
        "Boykott",
        "Die Bauern boykottierten seit Mai die Supermärkte. Der Boykott schade vor allem den Kleinbauern, sagte der "
        "Minister.",
    ),
    NonEventRow(
        "na59",
        "zustimmen",
        "Der Bundesrat berät am Freitag über das Gesetz. Ob die Länder zustimmen, gilt als offen.",
    ),
]

# (iii) compounds, titles and institutions that contain an event word; background spans
COMPOUNDS = [
    NonEventRow(
        "co01", "Streikrecht", "Die Regierung will das Streikrecht für Beamte einschränken, sagte ein Sprecher."
    ),
    NonEventRow(
        "co02",
        "Waffenstillstandslinie",
        "Soldaten patrouillierten am Montag entlang der Waffenstillstandslinie im Süden.",
    ),
    NonEventRow(
        "co03",
        "Friedensnobelpreisträger",
        "Der Friedensnobelpreisträger eröffnete am Freitag eine Schule in Accra.",
    ),
    NonEventRow(
        "co04",
        "Verhandlungsführer",
        "Der Verhandlungsführer der Gewerkschaft zeigte sich am Abend optimistisch.",
    ),
    NonEventRow(
        "co05",
        "Sicherheitsrat",
        "Der Sicherheitsrat tagt am Donnerstag in New York, teilte ein Sprecher mit.",
    ),
    NonEventRow(
        "co06", "Streikkasse", "Die Streikkasse der Gewerkschaft ist nach Angaben ihres Vorsitzenden gut gefüllt."
    ),
    NonEventRow(
        "co07",
        "Protestbewegung",
        "Die Protestbewegung hat nach eigenen Angaben mehr als 20.000 Mitglieder.",
    ),
    NonEventRow(
        "co08",
        "Kriegsverbrecher",
        "Der Angeklagte gilt in seiner Heimat als Kriegsverbrecher, schreibt die Zeitung.",
    ),
    NonEventRow(
        "co09",
        "Friedensforscher",
        "Der Friedensforscher hält eine rasche Einigung für unwahrscheinlich.",
    ),
    NonEventRow(
        "co10",
        "Sanktionsliste",
        "Der Name des Unternehmers steht seit Jahren auf der Sanktionsliste.",
    ),
    NonEventRow(
        "co11",
        "Krieg",
        "Seit dem Krieg leben Tausende Familien in Notunterkünften am Rand der Stadt.",
    ),
    NonEventRow(
        "co12",
        "Protestcamp",
        "Im Protestcamp vor dem Parlament übernachteten am Wochenende rund 200 Menschen.",
    ),
    NonEventRow(
        "co13",
        "Streikposten",
        "Am Werkstor standen am Morgen nur wenige Streikposten, berichtete ein Reporter.",
    ),
    NonEventRow(
        "co14",
        "Friedensprozess",
        "Der Friedensprozess gilt seit Jahren als festgefahren, sagen Beobachter.",
    ),
    NonEventRow(
        "co15",
        "Kriegsgebiet",
        "Die Ärzte arbeiten seit Monaten in einem Kriegsgebiet, sagte die Leiterin der Klinik.",
    ),
    NonEventRow(
        "co16",
        "Verhandlungstisch",
        "Der Präsident rief die Rebellen auf, an den Verhandlungstisch zurückzukehren.",
    ),
    NonEventRow(
        "co17",
        "Anschlagsserie",
        "Die Stadt kommt nach der Anschlagsserie der Jahre 2015 und 2016 nur langsam zur Ruhe.",
    ),
    NonEventRow(
        "co18",
        "Demonstrationsrecht",
        "Das Gericht stärkte mit seinem Urteil das Demonstrationsrecht, schreibt die Zeitung.",
    ),
    NonEventRow(
        "co19",
        "Menschenrechtsrat",
        "Der Menschenrechtsrat der Vereinten Nationen hat 47 Mitglieder.",
    ),
    NonEventRow(
        "co20",
        "Hilfsorganisation",
        "Die Hilfsorganisation ist seit zwanzig Jahren im Land tätig, sagte ihr Direktor.",
    ),
    NonEventRow(
        "co21",
        "Wiederaufbau",
        "Nach dem Bürgerkrieg kam der Wiederaufbau nur langsam voran, sagte die Ministerin.",
    ),
    NonEventRow(
        "co22",
        "Flüchtlingslager",
        "Im Flüchtlingslager nahe der Grenze leben nach UN-Angaben 40.000 Menschen.",
    ),
    NonEventRow(
        "co23",
        "Friedensabkommen",
        "Seit dem Friedensabkommen von 2016 ist die Zahl der Morde stark gesunken.",
    ),
    NonEventRow(
        "co24",
        "Protestforscher",
        "Der Protestforscher rechnet mit weiteren Kundgebungen im Herbst.",
    ),
]

# (iv) wrong word sense, a state or attribute instead of an act
WRONG_SENSE = [
    NonEventRow(
        "ws01",
        "Kampf",
        "Die Regierung will im Kampf gegen den Hunger mehr Geld ausgeben, sagte die Ministerin.",
    ),
    NonEventRow(
        "ws02",
        "Kampf",
        "Die Stiftung unterstützt seit Jahren den Kampf gegen die Korruption in der Verwaltung.",
    ),
    NonEventRow(
        "ws03",
        "inhaftierte",
        "Amnesty zählt derzeit mehr als 60 inhaftierte Journalisten in dem Land.",
    ),
    NonEventRow(
        "ws04",
        "festgenommenen",
        "Die Angehörigen der festgenommenen Studenten versammelten sich vor der Wache.",
    ),
    NonEventRow(
        "ws05",
        "geschlagen",
        "Die Opposition warf der Partei vor, sich auf die Seite der Banken geschlagen zu haben.",
    ),
    NonEventRow(
        "ws06",
        "verschleppt",
        "Der Rechnungshof warf dem Senat vor, die Reform der Schulen jahrelang verschleppt zu haben.",
    ),
    NonEventRow(
        "ws07",
        "gedrängt",
        "Die Passagiere hätten dicht gedrängt im Laderaum gestanden, sagte ein Polizeisprecher.",
    ),
    NonEventRow(
        "ws08",
        "getroffen",
        "Die Regierung hat eine Entscheidung getroffen, sagte die Sprecherin am Montag.",
    ),
    NonEventRow(
        "ws09",
        "traf",
        "Die Lava traf am Nachmittag mehrere Häuser am Hang des Berges.",
    ),
    NonEventRow(
        "ws11",
        "verschleppt",
        "Die Behörden hätten das Verfahren über Jahre verschleppt, kritisierte der Anwalt.",
    ),
    NonEventRow(
        "ws15",
        "angeschlossen",
        "Das Dorf ist seit Montag an das Stromnetz angeschlossen.",
    ),
    NonEventRow(
        "ws17",
        "besetzt",
        "Der Posten des Botschafters ist seit Monaten nicht besetzt, sagte eine Sprecherin.",
    ),
    NonEventRow(
        "ws19",
        "drängten",
        "Sie drängten Flüchtlinge auf immer gefährlichere Routen über das Meer, sagte die Sprecherin.",
    ),
    NonEventRow(
        "ws20",
        "geschlagen",
        "Der Bürgermeister habe sich auf die Seite der Investoren geschlagen, kritisierten Anwohner.",
    ),
    NonEventRow(
        "ws21",
        "Kampf",
        "Im Kampf gegen den Klimawandel setzt die Stadt auf mehr Radwege.",
    ),
    NonEventRow(
        "ws23",
        "verletzte",
        "Der verletzte Fahrer wurde in ein Krankenhaus gebracht, sagte ein Polizeisprecher.",
    ),
    NonEventRow(
        "ws25",
        "geschlagen",
        "Der Verband habe sich im Streit um die Renten auf die Seite der Arbeitgeber geschlagen, sagte die "
        "Gewerkschaft.",
    ),
    NonEventRow(
        "ws26",
        "drängten",
        "Die Schleuser drängten die Menschen in immer kleinere Boote, sagte ein Sprecher der Küstenwache.",
    ),
    NonEventRow(
        "ws27",
        "inhaftierten",
        "Die Familien der rund 200 inhaftierten Aktivisten forderten am Montag ein faires Verfahren.",
    ),
    NonEventRow(
        "ws28",
        "besetzen",
        "Der Präsident will den Posten des Generalstaatsanwalts bis zum Sommer neu besetzen.",
    ),
    NonEventRow(
        "ws29",
        "trafen",
        "Glühende Gesteinsbrocken trafen am Abend mehrere Häuser am Fuß des Vulkans.",
    ),
    NonEventRow(
        "ws30",
        "festgenommene",
        "Die Behörden ließen am Montag 30 festgenommene Studenten wieder frei.",
    ),
    NonEventRow(
        "ws31",
        "entführte",
        "Mehr als 300 entführte Kinder sind nach UN-Angaben noch nicht zu ihren Familien zurückgekehrt.",
    ),
    NonEventRow(
        "ws32",
        "besetzt",
        "Die Stelle der Intendantin soll im Herbst neu besetzt werden, teilte der Sender mit.",
    ),
    NonEventRow(
        "ws33",
        "traf",
        "Der heiße Schlamm traf am Morgen mehrere Häuser am Rand des Dorfes.",
    ),
    NonEventRow(
        "ws34",
        "verschleppt",
        "Die Ministerin habe die Aufklärung des Skandals monatelang verschleppt, sagte der Abgeordnete.",
    ),
    NonEventRow(
        "ws35",
        "gedrängt",
        "Tausende Fans standen am Abend eng gedrängt vor dem Stadion.",
    ),
]

NON_EVENTS = REMENTIONS + NOT_ASSERTED + COMPOUNDS + WRONG_SENSE

# controls: the same word as a new act, told for the first time and asserted
CONTROLS = [
    TableRow(
        "c01", "Streik", "PROTEST", "asserted", None, None, "Am Montag begann ein Streik der Hafenarbeiter in Hamburg."
    ),
    TableRow(
        "c02",
        "Sanktionen",
        "SANCTION",
        "asserted",
        ["Europäische Union"],
        None,
        "Die Europäische Union verhängte am Montag neue Sanktionen gegen Belarus.",
    ),
    TableRow(
        "c03",
        "traf",
        "CONSULT",
        "asserted",
        None,
        None,
        "Der Außenminister traf am Montag in Rom seinen italienischen Kollegen.",
    ),
    TableRow(
        "c04",
        "Treffen",
        "CONSULT",
        "asserted",
        None,
        None,
        "In Kairo kam es am Dienstag zu einem Treffen der Außenminister Ägyptens und Jordaniens.",
    ),
    TableRow(
        "c05",
        "festgenommen",
        "COERCE",
        "asserted",
        None,
        None,
        "In Minsk wurden am Samstag elf Journalisten festgenommen.",
    ),
    TableRow(
        "c06",
        "kritisierte",
        "ACCUSE",
        "asserted",
        None,
        None,
        "Die Opposition kritisierte den Haushaltsentwurf am Montag scharf.",
    ),
    TableRow(
        "c07",
        "verschleppt",
        "ASSAULT",
        None,
        None,
        None,
        "Bewaffnete haben am Sonntag im Norden Nigerias mehr als 30 Schüler verschleppt.",
    ),
    TableRow(
        "c08",
        "geschlagen",
        "ASSAULT",
        None,
        None,
        None,
        "Polizisten hätten die Demonstranten mit Knüppeln geschlagen, sagte ein Augenzeuge.",
    ),
    TableRow(
        "c09",
        "Angriff",
        "ASSAULT",
        "asserted",
        None,
        None,
        "Bei einem Angriff auf einen Konvoi im Osten Kongos wurden am Montag sechs Soldaten getötet.",
    ),
    TableRow(
        "c10",
        "drängte",
        "REQUEST",
        "asserted",
        None,
        None,
        "Der Präsident drängte den Kongress am Montag zu einer raschen Abstimmung.",
    ),
    TableRow(
        "c11",
        "Kampf",
        "ASSAULT",
        None,
        None,
        None,
        "Bei einem Kampf zwischen Armee und Rebellen starben am Montag in der Provinz Ituri zwölf Menschen.",
    ),
    TableRow(
        "c12",
        "Verhandlungen",
        "CONSULT",
        None,
        None,
        None,
        "In Doha begannen am Montag Verhandlungen zwischen der Regierung und den Taliban.",
    ),
    TableRow(
        "c13",
        "inhaftiert",
        "COERCE",
        None,
        None,
        None,
        "Der Journalist wurde am Freitag in Ankara inhaftiert, teilte sein Anwalt mit.",
    ),
    TableRow(
        "c14",
        "unterstützten",
        "SUPPORT",
        None,
        None,
        None,
        "Die Sozialdemokraten unterstützten am Montag den Antrag der Grünen im Parlament.",
    ),
    TableRow(
        "c15",
        "Blockade",
        "PROTEST",
        None,
        None,
        None,
        "Bei einer Blockade des Hafens durch Fischer kam es am Montag zu Rangeleien mit der Polizei.",
    ),
    TableRow(
        "c16",
        "verhängte|Waffenembargo",
        "SANCTION",
        "asserted",
        None,
        None,
        "Der Sicherheitsrat verhängte am Freitag ein Waffenembargo gegen den Südsudan.",
    ),
    TableRow(
        "c17",
        "gesprengt",
        "ASSAULT",
        None,
        None,
        None,
        "Rebellen haben in der Nacht eine Brücke im Norden des Landes gesprengt, meldete die Armee.",
    ),
    TableRow(
        "c18",
        "kritisierten",
        "ACCUSE",
        "asserted",
        None,
        None,
        "Umweltverbände kritisierten die Entscheidung des Ministers am Dienstag als Fehler.",
    ),
    TableRow(
        "c19",
        "abgelehnt",
        "REJECT",
        None,
        None,
        None,
        "Die Regierung hat die Forderung der Gewerkschaft nach höheren Löhnen am Montag abgelehnt.",
    ),
    TableRow(
        "c20",
        "Kundgebung",
        "PROTEST",
        None,
        None,
        None,
        "In Budapest fand am Sonntag eine Kundgebung gegen das neue Mediengesetz statt.",
    ),
]


@pytest.mark.parametrize("row", NON_EVENTS, ids=[r.id for r in NON_EVENTS])
def test_no_event(row: NonEventRow) -> None:
    check_no_event(row)


@pytest.mark.parametrize("row", CONTROLS, ids=[r.id for r in CONTROLS])
def test_control_event(row: TableRow) -> None:
    check_table_row(row)
