"""Twelfth session (timex, issue 4): invented one-sentence news items, 2026-12-05, covering expressions agencies
use — "tags darauf", "am Vorabend", "Ende kommender Woche", "Anfang nächsten Jahres", "binnen 48 Stunden", "seit
Wochenbeginn", "zum Jahreswechsel", "im Sommer vergangenen Jahres", "über Ostern", "an Heiligabend", holidays with
a year, decades, parts of days, nights, durations, sets, clock ranges. The expected TIMEX3 type and value of each
expression was written before chronik was run on it; three were then changed to the project's conventions
("in zehn Jahren" stays a DURATION with a date, as "in zwei Wochen" in test_timex_r9.py; "im Winter" of a November
paper is the coming winter, named by its January, 2027-WI; "heute in acht Tagen" is one week ahead). A phrase must
overlap exactly one timex, so the check holds on type and value whatever the span convention."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex_docs import expression_problems, tag

MO, WE, FR, SU = date(2026, 11, 16), date(2026, 11, 18), date(2026, 11, 20), date(2026, 11, 22)  # ISO week 47
SA = date(2026, 12, 5)
FEB, MAR = date(2027, 2, 10), date(2027, 3, 10)  # Wednesdays
JAN1, JAN2 = date(2027, 1, 1), date(2027, 1, 2)

# (publication date, sentence, [(phrase, type, value)])
CASES: list[tuple[date, str, list[tuple[str, str, str]]]] = [
    (
        WE,
        "Die Rebellen hatten am Montag die Hafenstadt eingenommen. Tags darauf begannen die Plünderungen.",
        [("Montag", "DATE", "2026-11-16"), ("Tags darauf", "DATE", "2026-11-17")],
    ),
    (
        WE,
        "Der Sondergipfel findet am Freitag statt, am Vorabend beraten die Außenminister.",
        [("Freitag", "DATE", "2026-11-20"), ("Vorabend", "TIME", "2026-11-19TEV")],
    ),
    (
        WE,
        "Die Entscheidung über den Standort soll Ende kommender Woche fallen.",
        [("Ende kommender Woche", "DATE", "2026-W48")],
    ),
    (
        WE,
        "Der Versicherer will Anfang nächsten Jahres 300 Stellen streichen.",
        [("Anfang nächsten Jahres", "DATE", "2027")],
    ),
    (
        WE,
        "Die Regierung in Kiew muss binnen 48 Stunden auf das Angebot antworten.",
        [("48 Stunden", "DURATION", "PT48H")],
    ),
    (
        WE,
        "Die Sanierung der Schule soll bis Ende des Monats abgeschlossen sein.",
        [("Ende des Monats", "DATE", "2026-11")],
    ),
    (
        WE,
        "In den kommenden Tagen werden in den Alpen weitere Schneefälle erwartet.",
        [("kommenden Tagen", "DURATION", "PXD")],
    ),
    (WE, "Seit Wochenbeginn ist der Dieselpreis um vier Cent gestiegen.", [("Wochenbeginn", "DATE", "2026-W47")]),
    (WE, "Zum Jahreswechsel steigt der Preis für das Deutschlandticket.", [("Jahreswechsel", "DATE", "2027-01-01")]),
    (WE, "Die Kommunalwahl ist für das Frühjahr 2027 angesetzt.", [("Frühjahr 2027", "DATE", "2027-SP")]),
    (FEB, "Das neue Gaskraftwerk soll Mitte des Jahres ans Netz gehen.", [("Mitte des Jahres", "DATE", "2027")]),
    (WE, "Ende Oktober hatte ein Sturm Teile der Ernte vernichtet.", [("Ende Oktober", "DATE", "2026-10")]),
    (
        MO,
        "Am Wochenende kam es in mehreren Städten zu Protesten gegen die Reform.",
        [("Wochenende", "DATE", "2026-W46-WE")],
    ),
    (
        WE,
        "Der Unfall ereignete sich am späten Abend auf der Brennerautobahn.",
        [("späten Abend", "TIME", "2026-11-18TEV")],
    ),
    (
        MO,
        "In der Nacht auf Montag brannte in Lienz eine Lagerhalle nieder.",
        [("Nacht auf Montag", "TIME", "2026-11-15TNI")],
    ),
    (WE, "Vor einer Woche war der Gesundheitsminister zurückgetreten.", [("einer Woche", "DURATION", "P1W")]),
    (WE, "Vor zwei Jahren hatte die Gemeinde das Gelände gekauft.", [("zwei Jahren", "DURATION", "P2Y")]),
    (
        WE,
        "Im Sommer vergangenen Jahres war der Pegel des Sees auf einen Tiefstand gefallen.",
        [("Sommer vergangenen Jahres", "DATE", "2025-SU")],
    ),
    (FEB, "Zur Jahresmitte soll die neue Brücke über den Inn fertig sein.", [("Jahresmitte", "DATE", "2027")]),
    (WE, "Im Laufe des Tages soll sich das Wetter bessern.", [("Laufe des Tages", "DATE", "2026-11-18")]),
    (WE, "Noch in dieser Woche will das Kabinett über das Paket entscheiden.", [("dieser Woche", "DATE", "2026-W47")]),
    (WE, "Das Gesetz tritt am 1. Januar in Kraft.", [("1. Januar", "DATE", "2027-01-01")]),
    (WE, "Bis 2030 sollen alle Kohlekraftwerke im Land abgeschaltet werden.", [("2030", "DATE", "2030")]),
    (WE, "In zehn Jahren soll die Hälfte der Stadtbusse elektrisch fahren.", [("zehn Jahren", "DURATION", "P10Y")]),
    (WE, "Die Tafel verteilt jede Woche Lebensmittel an 400 Familien.", [("jede Woche", "SET", "P1W")]),
    (WE, "Seit Jahresbeginn wurden in Tirol 1200 Asylanträge gestellt.", [("Jahresbeginn", "DATE", "2026")]),
    (
        WE,
        "Im dritten Quartal sank der Umsatz des Herstellers um zwölf Prozent.",
        [("dritten Quartal", "DATE", "2026-Q3")],
    ),
    (
        WE,
        "Am Montag vergangener Woche wurde der Verdächtige in Graz festgenommen.",
        [("Montag vergangener Woche", "DATE", "2026-11-09")],
    ),
    (WE, "Anfang der Woche hatte die Gewerkschaft den Streik angekündigt.", [("Anfang der Woche", "DATE", "2026-W47")]),
    (FEB, "Im Herbst sollen die Bauarbeiten für die Umfahrung beginnen.", [("Herbst", "DATE", "2027-FA")]),
    (MAR, "Über Ostern rechnet der Automobilclub mit langen Staus.", [("Ostern", "DATE", "2027-03-28")]),
    (
        SA,
        "An Heiligabend bleiben die Geschäfte ab 14 Uhr geschlossen.",
        [("Heiligabend", "DATE", "2026-12-24"), ("14 Uhr", "TIME", "2026-12-24T14:00")],
    ),
    (
        WE,
        "Ostern 2027 fällt auf den 28. März.",
        [("Ostern 2027", "DATE", "2027-03-28"), ("28. März", "DATE", "2027-03-28")],
    ),
    (WE, "Zu Pfingsten 2028 soll das neue Stadion eröffnet werden.", [("Pfingsten 2028", "DATE", "2028-06-04")]),
    (
        WE,
        "In den 1990er-Jahren war die Glasfabrik der größte Arbeitgeber der Region.",
        [("1990er-Jahren", "DATE", "199")],
    ),
    (WE, "Am Dienstagmorgen wurde die Bahnstrecke wieder freigegeben.", [("Dienstagmorgen", "TIME", "2026-11-17TMO")]),
    (WE, "Gegen Mitternacht löste die Polizei die Versammlung auf.", [("Mitternacht", "TIME", "2026-11-17T24:00")]),
    (
        WE,
        "Heuer kamen weniger Touristen ins Tal als im Vorjahr.",
        [("Heuer", "DATE", "2026"), ("Vorjahr", "DATE", "2025")],
    ),
    (WE, "In den 50er Jahren wanderten viele Bergbauern nach Amerika aus.", [("50er Jahren", "DATE", "195")]),
    (WE, "Das Benefizkonzert in der Pfarrkirche beginnt um 20 Uhr.", [("20 Uhr", "TIME", "2026-11-18T20:00")]),
    (WE, "Das Kastanienfest findet alljährlich statt.", [("alljährlich", "SET", "P1Y")]),
    (WE, "Am kommenden Wochenende wird in der Altstadt gefeiert.", [("kommenden Wochenende", "DATE", "2026-W47-WE")]),
    (WE, "Die Verhandlungen in Genf dauerten drei Tage.", [("drei Tage", "DURATION", "P3D")]),
    (
        FR,
        "Der Flughafen war am Donnerstagnachmittag für zwei Stunden gesperrt.",
        [("Donnerstagnachmittag", "TIME", "2026-11-19TAF"), ("zwei Stunden", "DURATION", "PT2H")],
    ),
    (WE, "Die Frist für die Anträge läuft Ende kommenden Monats ab.", [("Ende kommenden Monats", "DATE", "2026-12")]),
    (WE, "Bis Mitte 2028 soll der Tunnel fertig sein.", [("Mitte 2028", "DATE", "2028")]),
    (WE, "Der Prozess wird am 12. Januar 2027 fortgesetzt.", [("12. Januar 2027", "DATE", "2027-01-12")]),
    (WE, "Die Inflation lag im Oktober bei 2,1 Prozent.", [("Oktober", "DATE", "2026-10")]),
    (
        WE,
        "Die Umfrage wurde zwischen dem 2. und dem 9. November durchgeführt.",
        [("2.", "DATE", "2026-11-02"), ("9. November", "DATE", "2026-11-09")],
    ),
    (WE, "Der Angeklagte wurde zu acht Jahren Haft verurteilt.", [("acht Jahren", "DURATION", "P8Y")]),
    (WE, "Die Bergrettung sucht seit Tagen nach dem vermissten Wanderer.", [("Tagen", "DURATION", "PXD")]),
    (WE, "Am Vormittag hatte der Landtag den Haushalt beschlossen.", [("Vormittag", "TIME", "2026-11-18TMO")]),
    (WE, "Der Präsident wird übermorgen in Rom erwartet.", [("übermorgen", "DATE", "2026-11-20")]),
    (WE, "Nächstes Jahr feiert der Verein sein Jubiläum.", [("Nächstes Jahr", "DATE", "2027")]),
    (WE, "Die Sitzung wurde auf den 3. Dezember vertagt.", [("3. Dezember", "DATE", "2026-12-03")]),
    (WE, "Der Regionalzug fährt künftig stündlich.", [("stündlich", "SET", "PT1H")]),
    (WE, "Zwei Tage nach dem Anschlag wurde ein Verdächtiger gefasst.", [("Zwei Tage", "DURATION", "P2D")]),
    (
        WE,
        "Die Messe findet am 14. und 15. Februar statt.",
        [("14.", "DATE", "2027-02-14"), ("15. Februar", "DATE", "2027-02-15")],
    ),
    (MO, "Mitte der Woche soll es bis in die Täler schneien.", [("Mitte der Woche", "DATE", "2026-W47")]),
    (WE, "Die Waffenruhe hielt nur wenige Stunden.", [("wenige Stunden", "DURATION", "PTXH")]),
    (
        WE,
        "Seit Anfang des Monats gilt in den Spitälern wieder die Maskenpflicht.",
        [("Anfang des Monats", "DATE", "2026-11")],
    ),
    (
        WE,
        "Am Abend des 3. Oktober zogen Tausende durch die Innenstadt.",
        [("Abend des 3. Oktober", "TIME", "2026-10-03TEV")],
    ),
    (FR, "Der Gipfel endete in der Nacht zum Freitag ohne Einigung.", [("Nacht zum Freitag", "TIME", "2026-11-19TNI")]),
    (SA, "Die Krippenausstellung ist noch bis 6. Januar zu sehen.", [("6. Januar", "DATE", "2027-01-06")]),
    (WE, "Spätestens im Frühjahr soll über den Ausbau entschieden werden.", [("Frühjahr", "DATE", "2027-SP")]),
    (WE, "Der Bürgermeister ist seit 2019 im Amt.", [("2019", "DATE", "2019")]),
    (WE, "Vor drei Monaten war die Baufirma in Konkurs gegangen.", [("drei Monaten", "DURATION", "P3M")]),
    (
        WE,
        "Am Samstag, dem 21. November, wird in der Gemeinde gewählt.",
        [("Samstag", "DATE", "2026-11-21"), ("21. November", "DATE", "2026-11-21")],
    ),
    (
        WE,
        "Die Polizei nahm am Montagabend gegen 22.30 Uhr zwei Männer fest.",
        [("Montagabend", "TIME", "2026-11-16TEV"), ("22.30 Uhr", "TIME", "2026-11-16T22:30")],
    ),
    (WE, "Zum Monatsende läuft der Pachtvertrag aus.", [("Monatsende", "DATE", "2026-11")]),
    (WE, "Die Abgabe wird künftig halbjährlich erhoben.", [("halbjährlich", "SET", "P6M")]),
    (JAN2, "Am Neujahrstag wurden drei Menschen durch Böller verletzt.", [("Neujahrstag", "DATE", "2027-01-01")]),
    (WE, "Die Bauarbeiten dauern voraussichtlich bis Herbst 2028.", [("Herbst 2028", "DATE", "2028-FA")]),
    (WE, "Nach wochenlangen Verhandlungen einigten sich die Tarifpartner.", [("wochenlangen", "DURATION", "PXW")]),
    (WE, "Um 6.45 Uhr stürzte der Kran auf die Fahrbahn.", [("6.45 Uhr", "TIME", "2026-11-18T06:45")]),
    (WE, "Im kommenden Jahr will die Stadt zwei neue Kindergärten bauen.", [("kommenden Jahr", "DATE", "2027")]),
    (WE, "Seit Mitte September ist die Passstraße gesperrt.", [("Mitte September", "DATE", "2026-09")]),
    (
        JAN1,
        "In der Silvesternacht rückte die Feuerwehr zu 40 Einsätzen aus.",
        [("Silvesternacht", "TIME", "2026-12-31TNI")],
    ),
    (MAR, "Am Karfreitag bleiben die Museen geschlossen.", [("Karfreitag", "DATE", "2027-03-26")]),
    (
        WE,
        "Die Zahl der Übernachtungen stieg in den ersten zehn Monaten um sechs Prozent.",
        [("ersten zehn Monaten", "DURATION", "P10M")],
    ),
    (
        WE,
        "Der Streik soll am Donnerstag um 0 Uhr beginnen und 24 Stunden dauern.",
        [
            ("Donnerstag", "DATE", "2026-11-19"),
            ("0 Uhr", "TIME", "2026-11-19T00:00"),
            ("24 Stunden", "DURATION", "PT24H"),
        ],
    ),
    (
        WE,
        "Gestern Abend kam es auf der Staatsstraße zu einem Frontalzusammenstoß.",
        [("Gestern Abend", "TIME", "2026-11-17TEV")],
    ),
    (WE, "Morgen früh wird die Straße für den Verkehr gesperrt.", [("Morgen früh", "TIME", "2026-11-19TMO")]),
    (WE, "Die Landesregierung hat das Budget für das kommende Jahr genehmigt.", [("kommende Jahr", "DATE", "2027")]),
    (WE, "Das Unternehmen wurde vor rund 150 Jahren gegründet.", [("150 Jahren", "DURATION", "P150Y")]),
    (
        WE,
        "Am Freitagabend und am Samstag wird in Meran gefeiert.",
        [("Freitagabend", "TIME", "2026-11-20TEV"), ("Samstag", "DATE", "2026-11-21")],
    ),
    (WE, "Mitte nächster Woche soll das Gutachten vorliegen.", [("Mitte nächster Woche", "DATE", "2026-W48")]),
    (WE, "Vorige Woche hatte der Stadtrat den Plan noch abgelehnt.", [("Vorige Woche", "DATE", "2026-W46")]),
    (WE, "Vergangenen Donnerstag war die Leiche entdeckt worden.", [("Vergangenen Donnerstag", "DATE", "2026-11-12")]),
    (WE, "In der Vorwoche waren die Kurse noch deutlich gestiegen.", [("Vorwoche", "DATE", "2026-W46")]),
    (WE, "Im Vormonat lag die Teuerung bei 2,4 Prozent.", [("Vormonat", "DATE", "2026-10")]),
    (WE, "Am gestrigen Dienstag legten die Fluglotsen die Arbeit nieder.", [("Dienstag", "DATE", "2026-11-17")]),
    (WE, "Am heutigen Mittwoch berät der Ausschuss über den Antrag.", [("Mittwoch", "DATE", "2026-11-18")]),
    (
        MO,
        "In der Nacht zu Samstag hatten Unbekannte das Auto angezündet.",
        [("Nacht zu Samstag", "TIME", "2026-11-13TNI")],
    ),
    (WE, "Seit dem Frühjahr sind die Mieten stark gestiegen.", [("Frühjahr", "DATE", "2026-SP")]),
    (WE, "Im Winter drohen in Teilen des Landes Stromausfälle.", [("Winter", "DATE", "2027-WI")]),
    (WE, "Anfang 2027 soll die Fusion abgeschlossen sein.", [("Anfang 2027", "DATE", "2027")]),
    (WE, "Im ersten Halbjahr stieg die Zahl der Insolvenzen.", [("ersten Halbjahr", "DATE", "2026-H1")]),
    (WE, "Im zweiten Halbjahr 2027 soll der Betrieb starten.", [("zweiten Halbjahr 2027", "DATE", "2027-H2")]),
    (
        WE,
        "Zwischen 2020 und 2024 halbierte sich die Zahl der Betriebe.",
        [("2020", "DATE", "2020"), ("2024", "DATE", "2024")],
    ),
    (
        WE,
        "Der Kongress tagt vom 1. bis 3. Dezember in Wien.",
        [("1.", "DATE", "2026-12-01"), ("3. Dezember", "DATE", "2026-12-03")],
    ),
    (WE, "In der Kalenderwoche 48 bleibt die Brücke gesperrt.", [("Kalenderwoche 48", "DATE", "2026-W48")]),
    (WE, "Die Messe öffnet um halb neun.", [("halb neun", "TIME", "2026-11-18T08:30")]),
    (WE, "Kurz vor 18 Uhr wurde der Alarm ausgelöst.", [("18 Uhr", "TIME", "2026-11-18T18:00")]),
    (WE, "Am frühen Morgen rückten Spezialkräfte in das Viertel ein.", [("frühen Morgen", "TIME", "2026-11-18TMO")]),
    (SU, "Am Sonntagvormittag wird der neue Pfarrer eingeführt.", [("Sonntagvormittag", "TIME", "2026-11-22TMO")]),
    (
        WE,
        "Am Montag wurde der Pass gesperrt, am Abend zuvor hatte es heftig geschneit.",
        [("Montag", "DATE", "2026-11-16"), ("Abend zuvor", "TIME", "2026-11-15TEV")],
    ),
    (
        WE,
        "Am Montag wurde der Verdächtige gefasst. Zwei Tage später gestand er die Tat.",
        [("Montag", "DATE", "2026-11-16"), ("Zwei Tage später", "DATE", "2026-11-18")],
    ),
    (WE, "Wenige Tage vor der Wahl trat der Spitzenkandidat zurück.", [("Wenige Tage", "DURATION", "PXD")]),
    (WE, "Innerhalb eines Jahres soll das Werk wieder aufgebaut werden.", [("eines Jahres", "DURATION", "P1Y")]),
    (WE, "Der Minister fällt für ein halbes Jahr aus.", [("ein halbes Jahr", "DURATION", "P6M")]),
    (WE, "Die Bergung dauerte dreieinhalb Stunden.", [("dreieinhalb Stunden", "DURATION", "PT3H30M")]),
    (WE, "Die Zeitschrift erscheint monatlich.", [("monatlich", "SET", "P1M")]),
    (
        WE,
        "Der Bauernmarkt findet jeden Dienstag auf dem Rathausplatz statt.",
        [("jeden Dienstag", "SET", "XXXX-WXX-2")],
    ),
    (WE, "Der Bus verkehrt zweimal pro Woche.", [("zweimal pro Woche", "SET", "P1W")]),
    (WE, "An Allerheiligen besuchten Tausende die Friedhöfe.", [("Allerheiligen", "DATE", "2026-11-01")]),
    (SA, "Zu Weihnachten werden in den Spitälern Besuche erlaubt.", [("Weihnachten", "DATE", "2026-12-25")]),
    (
        SA,
        "An Silvester ist das Abbrennen von Feuerwerk in der Altstadt verboten.",
        [("Silvester", "DATE", "2026-12-31")],
    ),
    (WE, "Ende der 80er Jahre wurde die Mine geschlossen.", [("Ende der 80er Jahre", "DATE", "198")]),
    (WE, "Anfang der 2000er-Jahre zog die Firma nach Bozen.", [("2000er-Jahre", "DATE", "200")]),
    (WE, "Die Kirche stammt aus dem 19. Jahrhundert.", [("19. Jahrhundert", "DATE", "18")]),
    (WE, "In den Achtzigerjahren war das Tal ein Zentrum der Textilindustrie.", [("Achtzigerjahren", "DATE", "198")]),
    (WE, "Vor gut einem Jahr war die Regierung zerbrochen.", [("einem Jahr", "DURATION", "P1Y")]),
    (WE, "Vor wenigen Tagen war ein zweiter Wolf gesichtet worden.", [("wenigen Tagen", "DURATION", "PXD")]),
    (WE, "Derzeit sind rund 300 Helfer im Einsatz.", [("Derzeit", "DATE", "PRESENT_REF")]),
    (WE, "In Kürze soll ein Gutachten vorliegen.", [("In Kürze", "DATE", "FUTURE_REF")]),
    (WE, "Die Unterlagen wurden am 18.11.2026 eingereicht.", [("18.11.2026", "DATE", "2026-11-18")]),
    (WE, "Die Frist endet am 30.11.", [("30.11.", "DATE", "2026-11-30")]),
    (WE, "Die Sperre gilt ab sofort und bis auf Weiteres.", []),
    (WE, "Die Verhandlungen sollen im Laufe der Woche fortgesetzt werden.", [("Laufe der Woche", "DATE", "2026-W47")]),
    (WE, "Das Gericht vertagte die Verhandlung auf nächsten Dienstag.", [("nächsten Dienstag", "DATE", "2026-11-24")]),
    (
        WE,
        "Das Treffen ist für Donnerstag, 10 Uhr, angesetzt.",
        [("Donnerstag", "DATE", "2026-11-19"), ("10 Uhr", "TIME", "2026-11-19T10:00")],
    ),
    (WE, "Die Temperaturen steigen bis Sonntag auf 15 Grad.", [("Sonntag", "DATE", "2026-11-22")]),
    (WE, "Am Vortag hatte die Polizei den Bahnhof geräumt.", [("Vortag", "DATE", "2026-11-17")]),
    (
        WE,
        "Die Ausgangssperre gilt täglich von 22 bis 5 Uhr.",
        [("täglich", "SET", "P1D"), ("22", "TIME", "T22:00"), ("5 Uhr", "TIME", "T05:00")],
    ),
    (WE, "Die Fahrt dauert rund eineinhalb Stunden.", [("eineinhalb Stunden", "DURATION", "PT1H30M")]),
    (WE, "Der Wahlkampf geht in die heiße Phase: In drei Wochen wird gewählt.", [("drei Wochen", "DURATION", "P3W")]),
    (
        WE,
        "Der Zwischenbericht für das abgelaufene Geschäftsjahr wird im Frühjahr vorgelegt.",
        [("Frühjahr", "DATE", "2027-SP")],
    ),
    (WE, "Mitte Dezember soll der Weihnachtsmarkt eröffnet werden.", [("Mitte Dezember", "DATE", "2026-12")]),
    (FEB, "Im Jänner wurden in Südtirol weniger Unfälle gezählt.", [("Jänner", "DATE", "2027-01")]),
    (
        WE,
        "Der Saal ist am 24. Dezember ab 16 Uhr geschlossen.",
        [("24. Dezember", "DATE", "2026-12-24"), ("16 Uhr", "TIME", "2026-12-24T16:00")],
    ),
    (WE, "Die Firma schreibt seit drei Jahren Verluste.", [("drei Jahren", "DURATION", "P3Y")]),
    # the rules added this session (each also has its own test below)
    (
        WE,
        "Am Sonntag in einer Woche wird der neue Bischof geweiht.",
        [("Sonntag in einer Woche", "DATE", "2026-11-29")],
    ),
    (WE, "Heute in acht Tagen läuft die Frist ab.", [("Heute in acht Tagen", "DATE", "2026-11-25")]),
    (
        WE,
        "Die Sperre gilt von 20 Uhr bis 6 Uhr früh.",
        [("20 Uhr", "TIME", "2026-11-18T20:00"), ("6 Uhr früh", "TIME", "2026-11-19T06:00")],
    ),
    (WE, "Die Läuferin siegte in 2:21:09 Stunden.", [("2:21:09 Stunden", "DURATION", "PT2H21M9S")]),
    (
        SA,
        "Zu Hochunserfrau 2027 wird die Wallfahrtskirche wieder geöffnet.",
        [("Hochunserfrau 2027", "DATE", "2027-08-15")],
    ),
]


@pytest.mark.parametrize(("dct", "text", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_news_expression(dct: date, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert expression_problems(dct, text, expected) == []


def test_the_coming_weekend_seen_from_a_weekday_is_this_weeks() -> None:
    # "am kommenden/nächsten Wochenende" in a Wednesday paper: the Saturday and Sunday ahead, not a week later
    assert tag("Am nächsten Wochenende spielt die Kapelle im Kurpark.", WE) == [
        ("nächsten Wochenende", "DATE", "2026-W47-WE")
    ]
    # guards: from a Saturday the next weekend is a week on; "übernächstes" adds a week
    assert tag("Am kommenden Wochenende spielt die Kapelle.", date(2026, 11, 21))[0][2] == "2026-W48-WE"
    assert tag("Am übernächsten Wochenende spielt die Kapelle.", WE)[0][2] == "2026-W48-WE"
    assert tag("Am vergangenen Wochenende spielte die Kapelle.", WE)[0][2] == "2026-W46-WE"


def test_calendar_week_noun_before_its_number() -> None:
    assert tag("Ab Kalenderwoche 3 rollen die Bagger an.", WE) == [("Kalenderwoche 3", "DATE", "2027-W03")]
    # a year-less week is the nearest one, tense-directed like a year-less date
    assert tag("In KW 45 war die Fähre ausgefallen.", WE) == [("KW 45", "DATE", "2026-W45")]


def test_weekday_or_day_word_then_a_distance_is_one_date() -> None:
    assert tag("Am Donnerstag in zwei Wochen soll der Rat entscheiden.", WE) == [
        ("Donnerstag in zwei Wochen", "DATE", "2026-12-03")
    ]
    assert tag("Morgen in einer Woche öffnet der Christkindlmarkt.", WE) == [
        ("Morgen in einer Woche", "DATE", "2026-11-26")
    ]
    assert tag("Heute vor 25 Jahren wurde die Brücke eröffnet.", WE) == [("Heute vor 25 Jahren", "DATE", "2001-11-18")]
    # guards: a place after "in", a clock span after a weekday, and a weekday "vor" a span stay apart
    assert [t[0] for t in tag("Am Montag in Innsbruck wurde verhandelt.", WE)] == ["Montag"]
    assert [t[0] for t in tag("Am Montag in drei Stunden Arbeit wurde alles geräumt.", WE)] == [
        "Montag",
        "drei Stunden",
    ]


def test_a_clock_range_that_ends_earlier_ends_the_next_day() -> None:
    assert tag("Am Samstag wird von 18 bis 2 Uhr gefeiert.", WE) == [
        ("Samstag", "DATE", "2026-11-21"),
        ("18", "TIME", "2026-11-21T18:00"),
        ("2 Uhr", "TIME", "2026-11-22T02:00"),
    ]
    # guards: an ordinary range stays on its day; an end at midnight is written T24:00 of the same day
    assert tag("Am Samstag wird von 14 bis 18 Uhr gefeiert.", WE)[-1] == ("18 Uhr", "TIME", "2026-11-21T18:00")
    assert tag("Die Sperre gilt heute von 22 Uhr bis Mitternacht.", WE)[-1] == (
        "Mitternacht",
        "TIME",
        "2026-11-18T24:00",
    )


def test_second_range_with_von_still_lends_its_uhr_to_the_first() -> None:
    assert [t[0] for t in tag("Das Amt ist heute von 8 bis 12 und von 14 bis 17 Uhr geöffnet.", WE)] == [
        "heute",
        "8",
        "12",
        "14",
        "17 Uhr",
    ]


def test_a_span_written_like_a_clock_is_one_duration() -> None:
    assert tag("Der Sieger brauchte 1:48 Stunden.", WE) == [("1:48 Stunden", "DURATION", "PT1H48M")]
    assert tag("Die Schwimmerin blieb mit 2:04,7 Minuten knapp über dem Rekord.", WE) == [
        ("2:04,7 Minuten", "DURATION", "PT2M4.7S")
    ]
    # guard: a clock time with "Uhr" stays a TIME
    assert tag("Das Derby wurde um 20:45 Uhr angepfiffen.", WE) == [("20:45 Uhr", "TIME", "2026-11-18T20:45")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Am Stefanstag bleiben die Skilifte geöffnet.", "2026-12-26"),
        ("Zum Weltfrauentag 2027 ruft der Gewerkschaftsbund zu Kundgebungen auf.", "2027-03-08"),
        ("An Halloween 2027 bleibt der Park geschlossen.", "2027-10-31"),
        ("Am Welt-Aids-Tag 2027 wird auf dem Platz eine Schleife ausgelegt.", "2027-12-01"),
        ("An Thanksgiving 2027 reisen Millionen Amerikaner zu ihren Familien.", "2027-11-25"),
        ("Das Erntedankfest 2027 wird mit einem Umzug gefeiert.", "2027-10-03"),
    ],
)
def test_more_named_days(text: str, value: str) -> None:
    got = tag(text, WE)
    assert [(t[1], t[2]) for t in got] == [("DATE", value)]


def test_half_of_a_week_or_month_compound_is_that_week_or_month() -> None:
    assert tag("In der zweiten Wochenhälfte soll der Föhn nachlassen.", WE) == [("Wochenhälfte", "DATE", "2026-W47")]
    assert tag("In der ersten Monatshälfte waren die Pisten noch grün.", WE) == [("Monatshälfte", "DATE", "2026-11")]
    # guard: a half of a year stays a half-year
    assert tag("In der zweiten Jahreshälfte zog die Nachfrage an.", WE)[0][1:] == ("DATE", "2026-H2")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Die Ärztin arbeitete ein knappes Jahr in einem Lager im Sudan.", "ein knappes Jahr", "P1Y"),
        ("Ein gutes halbes Jahr nach der Flut stehen die Häuser noch leer.", "Ein gutes halbes Jahr", "P6M"),
        ("Der Stau löste sich erst nach einer knappen halben Stunde auf.", "einer knappen halben Stunde", "PT30M"),
        ("Ein ganzes Jahr lang blieb die Kapelle gesperrt.", "Ein ganzes Jahr", "P1Y"),
    ],
)
def test_an_article_and_an_approximating_adjective_before_a_unit(text: str, span: str, value: str) -> None:
    assert tag(text, WE)[0] == (span, "DURATION", value)


def test_a_good_year_is_a_quality_not_a_span() -> None:
    # guard: "ein gutes Jahr" praises a year; only the unambiguous "knappes/volles/ganzes" join a duration
    assert tag("Für die Obstbauern war es ein gutes Jahr.", WE) == []


def test_night_then_zu_and_a_noun_is_a_bare_night() -> None:
    # "kam es in der Nacht zu Krawallen": "zu" belongs to "kommen zu", the night is the one before the paper
    assert tag("Nach dem Derby kam es in der Nacht zu Krawallen in der Innenstadt.", WE) == [
        ("Nacht", "TIME", "2026-11-17TNI")
    ]
    # the report's day in the sentence: the night before it
    assert tag("Die Feuerwehr meldete am Dienstag, in der Nacht sei es zu zwei Bränden gekommen.", WE)[-1] == (
        "Nacht",
        "TIME",
        "2026-11-16TNI",
    )
    # "von", "auf", "nach" before no day belong to the verb too (passive agent, place, goal)
    assert tag("Der Bauwagen wurde in der Nacht von Unbekannten angezündet.", WE) == [
        ("Nacht", "TIME", "2026-11-17TNI")
    ]
    assert tag("Ein Radfahrer wurde in der Nacht auf der Brücke angefahren.", WE) == [
        ("Nacht", "TIME", "2026-11-17TNI")
    ]
    assert tag("Die Einbrecher setzten sich in der Nacht nach Slowenien ab.", WE) == [
        ("Nacht", "TIME", "2026-11-17TNI")
    ]
    # guards: a date after the article, a shifted weekday, an event after "nach dem" still name the night
    assert tag("In der Nacht auf den 16. November fiel Schnee.", WE)[0] == (
        "Nacht auf den 16. November",
        "TIME",
        "2026-11-15TNI",
    )
    assert tag("In der Nacht zum gestrigen Dienstag fiel Schnee.", WE)[0][2] == "2026-11-16TNI"
    assert [t[0] for t in tag("In der Nacht nach dem Derby fiel Schnee.", WE)] == ["Nacht"]
    # guard: "zu" before a weekday still names the night
    assert tag("In der Nacht zu Dienstag kam es zu Krawallen.", WE)[0] == ("Nacht zu Dienstag", "TIME", "2026-11-16TNI")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a past clause that moves a date: the new day lies ahead of the paper
        ("Die Anhörung im Landtag wurde auf Donnerstag verlegt.", ["2026-11-19"]),
        ("Das Gericht vertagte die Verhandlung auf Montag.", ["2026-11-23"]),
        ("Die Frist für die Anträge wurde bis Freitag verlängert.", ["2026-11-20"]),
        ("Die Versteigerung wurde vom 4. auf den 11. Dezember verschoben.", ["2026-12-04", "2026-12-11"]),
        # ahead of the day the move was made on, when the clause names it
        ("Die Sitzung war am Montag auf Dienstag vertagt worden.", ["2026-11-16", "2026-11-17"]),
        # guard: without a moving verb a past "auf" keeps the past ("fiel auf")
        ("Die Wahl des Vorsitzenden fiel am Montag auf den Kandidaten aus Linz.", ["2026-11-16"]),
    ],
)
def test_a_day_a_date_is_moved_to_lies_ahead(text: str, values: list[str]) -> None:
    assert [t[2] for t in tag(text, WE)] == values


def test_since_the_weekend_is_the_weekend_gone() -> None:
    # "seit" looks back whatever the clause's tense, as it does before a weekday
    assert tag("Seit dem Wochenende streiken die Busfahrer.", WE) == [("dem Wochenende", "DATE", "2026-W46-WE")]
    # guard: "ab dem Wochenende" looks ahead
    assert tag("Ab dem Wochenende streiken die Busfahrer.", WE)[0][2] == "2026-W47-WE"
