"""Fourteenth session (timex, issue 4): a third table of invented one-sentence news items, on what agencies write
and the tables of sessions 12 and 13 (test_timex_news_s12.py, test_timex_news_s13.py) left out — "über 2030
hinaus", "um ein weiteres Jahr", "bis Ende des Jahrzehnts", "im Laufe der Woche", "binnen 72 Stunden", "seit
Monatsbeginn", "zum Jahresende", "in der zweiten Dezemberhälfte", "kommenden Monat", "am Wochenende davor", "Ende
vergangenen Jahres", "in den frühen Morgenstunden des Dienstags", "gegen 4.30 Uhr Ortszeit", parts of days,
nights, "in den vergangenen 24 Stunden", "zum 1. März", an ordinal day without its month ("am 31." after a month
in focus), a weekday that does not fit its date, numerals in words ("vor zwei Jahrzehnten"), the turn of the year
both ways and sets ("allwöchentlich", "an jedem ersten Montag im Monat"). The expected TIMEX3 type and value were
written before chronik was run on them (see docs/quality.md for how many passed before and after the session's
changes). A phrase must overlap exactly one timex."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex_docs import expression_problems, tag

TH = date(2026, 11, 12)  # a Thursday, ISO week 46 (Mon 9 – Sun 15)
SU = date(2026, 11, 15)  # a Sunday, ISO week 46
DE = date(2026, 12, 30)  # a Wednesday, ISO week 2026-W53 (Mon 28 Dec – Sun 3 Jan)
JA = date(2027, 1, 7)  # a Thursday, ISO week 2027-W01 (Mon 4 – Sun 10)
MR = date(2027, 3, 3)  # a Wednesday, ISO week 2027-W09

# (publication date, sentence, [(phrase, type, value)])
CASES: list[tuple[date, str, list[tuple[str, str, str]]]] = [
    # horizons and extensions
    (TH, "Die Regierung will das Moratorium über 2030 hinaus verlängern.", [("2030", "DATE", "2030")]),
    (TH, "Das Abkommen gilt bis einschließlich 2035.", [("2035", "DATE", "2035")]),
    (TH, "Im Jahr 2040 soll das letzte Gaskraftwerk vom Netz gehen.", [("2040", "DATE", "2040")]),
    (
        TH,
        "Der Vertrag mit dem Trainer wurde um ein weiteres Jahr verlängert.",
        [("ein weiteres Jahr", "DURATION", "P1Y")],
    ),
    (TH, "Die Frist wurde um drei Monate verlängert.", [("drei Monate", "DURATION", "P3M")]),
    (TH, "Das Mandat wurde um zwei weitere Jahre verlängert.", [("zwei weitere Jahre", "DURATION", "P2Y")]),
    (TH, "Der Einsatz der Soldaten wird um weitere sechs Monate verlängert.", [("sechs Monate", "DURATION", "P6M")]),
    (TH, "Bis Ende des Jahrzehnts sollen alle Dächer Solarzellen tragen.", [("Ende des Jahrzehnts", "DATE", "202")]),
    (TH, "Die Zahl der Pflegekräfte soll bis 2029 verdoppelt werden.", [("2029", "DATE", "2029")]),
    # "im Laufe", "binnen", "innerhalb"
    (TH, "Im Laufe der Woche soll das Gutachten veröffentlicht werden.", [("Laufe der Woche", "DATE", "2026-W46")]),
    (TH, "Im Laufe des Monats werden die Bescheide verschickt.", [("Laufe des Monats", "DATE", "2026-11")]),
    (TH, "Im Laufe des Nachmittags stieg der Pegel weiter.", [("Nachmittags", "TIME", "2026-11-12TAF")]),
    (TH, "Die Behörde muss binnen 72 Stunden über den Antrag entscheiden.", [("72 Stunden", "DURATION", "PT72H")]),
    (TH, "Innerhalb von zwei Wochen gingen 5000 Beschwerden ein.", [("zwei Wochen", "DURATION", "P2W")]),
    (TH, "Binnen eines Monats muss die Stadt reagieren.", [("eines Monats", "DURATION", "P1M")]),
    (TH, "Innerhalb weniger Minuten stand der Dachstuhl in Flammen.", [("weniger Minuten", "DURATION", "PTXM")]),
    # beginning, middle, end; halves
    (TH, "Seit Monatsbeginn sind 40 Bergsteiger verunglückt.", [("Monatsbeginn", "DATE", "2026-11")]),
    (TH, "Seit Wochenmitte ist der Pass gesperrt.", [("Wochenmitte", "DATE", "2026-W46")]),
    (TH, "Zum Jahresende schließt die Filiale in der Altstadt.", [("Jahresende", "DATE", "2026")]),
    (TH, "Um den Jahreswechsel ist mit Engpässen zu rechnen.", [("Jahreswechsel", "DATE", "2027-01-01")]),
    (
        TH,
        "In der zweiten Dezemberhälfte sollen die Gleise erneuert werden.",
        [("zweiten Dezemberhälfte", "DATE", "2026-12")],
    ),
    (TH, "In der ersten Februarhälfte sind in Bayern Ferien.", [("ersten Februarhälfte", "DATE", "2027-02")]),
    (
        TH,
        "In der zweiten Septemberhälfte hatte es kaum geregnet.",
        [("zweiten Septemberhälfte", "DATE", "2026-09")],
    ),
    (TH, "Kommenden Monat stellt der Konzern seine Bilanz vor.", [("Kommenden Monat", "DATE", "2026-12")]),
    (TH, "Nächsten Monat wird im Landtag der Haushalt beraten.", [("Nächsten Monat", "DATE", "2026-12")]),
    (TH, "Vergangenen Monat war die Arbeitslosigkeit gestiegen.", [("Vergangenen Monat", "DATE", "2026-10")]),
    (
        TH,
        "Anfang kommenden Monats soll die Brücke wieder befahrbar sein.",
        [("Anfang kommenden Monats", "DATE", "2026-12")],
    ),
    (
        TH,
        "Anfang vergangenen Monats hatte der Zulieferer Kurzarbeit beantragt.",
        [("Anfang vergangenen Monats", "DATE", "2026-10")],
    ),
    (TH, "Ende dieses Monats läuft das Ultimatum ab.", [("Ende dieses Monats", "DATE", "2026-11")]),
    (TH, "Ende vergangenen Jahres hatte die Bank 800 Mitarbeiter.", [("Ende vergangenen Jahres", "DATE", "2025")]),
    (TH, "Ende vorigen Jahres war die Fabrik geschlossen worden.", [("Ende vorigen Jahres", "DATE", "2025")]),
    (TH, "Mitte vergangenen Jahres begann der Umbau des Bahnhofs.", [("Mitte vergangenen Jahres", "DATE", "2025")]),
    (TH, "Anfang kommenden Jahres wird in der Steiermark gewählt.", [("Anfang kommenden Jahres", "DATE", "2027")]),
    (
        TH,
        "Ende der kommenden Woche sollen die Ergebnisse vorliegen.",
        [("Ende der kommenden Woche", "DATE", "2026-W47")],
    ),
    (TH, "Im vierten Quartal brach der Absatz ein.", [("vierten Quartal", "DATE", "2026-Q4")]),
    (
        TH,
        "Im ersten Quartal des kommenden Jahres soll die Fusion vollzogen werden.",
        [("ersten Quartal des kommenden Jahres", "DATE", "2027-Q1")],
    ),
    # the weekend before or after, parts of days
    (
        TH,
        "Das Derby am Samstag endete torlos. Am Wochenende davor hatte der Verein noch gewonnen.",
        [("Samstag", "DATE", "2026-11-07"), ("Wochenende davor", "DATE", "2026-W44-WE")],
    ),
    (
        TH,
        "In den frühen Morgenstunden des Dienstags brach in der Werkstatt Feuer aus.",
        [("frühen Morgenstunden des Dienstags", "TIME", "2026-11-10TMO")],
    ),
    (
        TH,
        "In den späten Abendstunden des Montags prallte ein Lkw gegen einen Brückenpfeiler.",
        [("späten Abendstunden des Montags", "TIME", "2026-11-09TEV")],
    ),
    (TH, "In den frühen Morgenstunden wurde der Täter gefasst.", [("frühen Morgenstunden", "TIME", "2026-11-12TMO")]),
    (TH, "Zur Mittagszeit war die Innenstadt verstopft.", [("Mittagszeit", "TIME", "2026-11-12TMI")]),
    (TH, "Am frühen Morgen rückte die Feuerwehr aus.", [("frühen Morgen", "TIME", "2026-11-12TMO")]),
    (TH, "Am späten Nachmittag wurde die Sperre aufgehoben.", [("späten Nachmittag", "TIME", "2026-11-12TAF")]),
    (TH, "Im Morgengrauen stürmte die Polizei das Haus.", [("Morgengrauen", "TIME", "2026-11-12TMO")]),
    (TH, "Am Sonntagabend wurde in Bregenz ein Radfahrer angefahren.", [("Sonntagabend", "TIME", "2026-11-08TEV")]),
    (TH, "Am Samstagnachmittag kam es zu Ausschreitungen.", [("Samstagnachmittag", "TIME", "2026-11-07TAF")]),
    (TH, "Am Mittwochmorgen fiel in mehreren Bezirken der Strom aus.", [("Mittwochmorgen", "TIME", "2026-11-11TMO")]),
    (TH, "Am Sonntagvormittag wird in der Gemeinde gewählt.", [("Sonntagvormittag", "TIME", "2026-11-15TMO")]),
    (TH, "Heute Nachmittag berät der Stadtrat über den Etat.", [("Heute Nachmittag", "TIME", "2026-11-12TAF")]),
    (TH, "Morgen Abend spielt das Orchester im Dom.", [("Morgen Abend", "TIME", "2026-11-13TEV")]),
    (TH, "Gestern Vormittag wurde der Bürgermeister vereidigt.", [("Gestern Vormittag", "TIME", "2026-11-11TMO")]),
    (TH, "Am gestrigen Abend kam es zu einem Großbrand.", [("gestrigen Abend", "TIME", "2026-11-11TEV")]),
    (TH, "Vorgestern wurde der Haftbefehl vollstreckt.", [("Vorgestern", "DATE", "2026-11-10")]),
    # nights
    (
        TH,
        "In der Nacht auf Mittwoch wurden zwei Geldautomaten gesprengt.",
        [("Nacht auf Mittwoch", "TIME", "2026-11-10TNI")],
    ),
    (
        TH,
        "In der Nacht zum Donnerstag schneite es bis in die Täler.",
        [("Nacht zum Donnerstag", "TIME", "2026-11-11TNI")],
    ),
    (
        TH,
        "In der Nacht von Freitag auf Samstag brachen Unbekannte in eine Schule ein.",
        [("Nacht von Freitag auf Samstag", "TIME", "2026-11-06TNI")],
    ),
    (SU, "In der Nacht auf Samstag kam es zu einer Messerstecherei.", [("Nacht auf Samstag", "TIME", "2026-11-13TNI")]),
    # clock times
    (TH, "Der Anschlag ereignete sich gegen 23 Uhr Ortszeit.", [("23 Uhr Ortszeit", "TIME", "2026-11-12T23:00")]),
    (TH, "Gegen 4.30 Uhr Ortszeit bebte die Erde.", [("4.30 Uhr Ortszeit", "TIME", "2026-11-12T04:30")]),
    (TH, "Um 18 Uhr MEZ beginnt die Übertragung.", [("18 Uhr MEZ", "TIME", "2026-11-12T18:00")]),
    (
        TH,
        "Am Dienstag um 7.15 Uhr entgleiste ein Güterzug.",
        [("Dienstag", "DATE", "2026-11-10"), ("7.15 Uhr", "TIME", "2026-11-10T07:15")],
    ),
    (TH, "Um Viertel nach acht wurde der Alarm ausgelöst.", [("Viertel nach acht", "TIME", "2026-11-12T08:15")]),
    # stretches up to now or ahead
    (
        TH,
        "In den kommenden Wochen will die Kommission ihren Bericht vorlegen.",
        [("kommenden Wochen", "DURATION", "PXW")],
    ),
    (TH, "In den nächsten Jahren sollen 2000 Wohnungen entstehen.", [("nächsten Jahren", "DURATION", "PXY")]),
    (TH, "In den vergangenen Tagen waren die Flüsse stark gestiegen.", [("vergangenen Tagen", "DURATION", "PXD")]),
    (TH, "In den vergangenen 24 Stunden wurden 300 Erdstöße registriert.", [("24 Stunden", "DURATION", "PT24H")]),
    (TH, "In den letzten 48 Stunden fiel ein Meter Neuschnee.", [("48 Stunden", "DURATION", "PT48H")]),
    (
        TH,
        "In den vergangenen zwölf Monaten stiegen die Preise um drei Prozent.",
        [("zwölf Monaten", "DURATION", "P12M")],
    ),
    (TH, "Seit Wochen wird in der Region nach dem Wolf gesucht.", [("Wochen", "DURATION", "PXW")]),
    (TH, "Seit Jahrzehnten streiten die Nachbarn um den Grenzverlauf.", [("Jahrzehnten", "DURATION", "PXDE")]),
    (TH, "Die Sitzung wurde nach zwei Stunden unterbrochen.", [("zwei Stunden", "DURATION", "PT2H")]),
    (TH, "Der Streik dauerte eine Woche lang.", [("eine Woche", "DURATION", "P1W")]),
    (TH, "Die Bergung zog sich stundenlang hin.", [("stundenlang", "DURATION", "PTXH")]),
    (TH, "Nach monatelangem Streit einigten sich die Partner.", [("monatelangem", "DURATION", "PXM")]),
    (TH, "Die Grenzübergänge blieben tagelang geschlossen.", [("tagelang", "DURATION", "PXD")]),
    # since the start of the year, seasons
    (TH, "Seit Anfang des Jahres sind die Mieten um fünf Prozent gestiegen.", [("Anfang des Jahres", "DATE", "2026")]),
    (TH, "Seit Jahresanfang wurden 70 Wölfe gesichtet.", [("Jahresanfang", "DATE", "2026")]),
    (TH, "Seit Beginn des Jahres sank die Zahl der Geburten.", [("Beginn des Jahres", "DATE", "2026")]),
    (TH, "Im Sommer 2028 sollen die ersten Züge durch den Tunnel rollen.", [("Sommer 2028", "DATE", "2028-SU")]),
    (TH, "Im Frühling 2027 wird der Park eröffnet.", [("Frühling 2027", "DATE", "2027-SP")]),
    (TH, "In diesem Herbst fiel die Traubenernte mager aus.", [("diesem Herbst", "DATE", "2026-FA")]),
    (TH, "Im Frühsommer hatte ein Hagelsturm die Ernte zerstört.", [("Frühsommer", "DATE", "2026-SU")]),
    (MR, "Im Herbst vergangenen Jahres war der Damm gebrochen.", [("Herbst vergangenen Jahres", "DATE", "2026-FA")]),
    # dates from a day on
    (TH, "Zum 1. März erhöht der Verkehrsverbund die Preise.", [("1. März", "DATE", "2027-03-01")]),
    (TH, "Zum 1. Januar 2028 tritt das Gesetz in Kraft.", [("1. Januar 2028", "DATE", "2028-01-01")]),
    (TH, "Zum 30. Juni wird das Werk geschlossen.", [("30. Juni", "DATE", "2027-06-30")]),
    (TH, "Ab dem 1. Dezember gilt auf der Strecke ein Tempolimit.", [("1. Dezember", "DATE", "2026-12-01")]),
    (TH, "Am 11.11. beginnt in Köln der Karneval.", [("11.11.", "DATE", "2026-11-11")]),
    (TH, "Die Abstimmung findet am 24.12.2026 statt.", [("24.12.2026", "DATE", "2026-12-24")]),
    # an ordinal day without its month: the month in focus
    (
        TH,
        "Im Dezember beginnt die Sanierung, ab dem 15. ist die Halle gesperrt.",
        [("Dezember", "DATE", "2026-12"), ("15.", "DATE", "2026-12-15")],
    ),
    (
        TH,
        "Am 28. Oktober begannen die Proteste, am 31. griff die Armee ein.",
        [("28. Oktober", "DATE", "2026-10-28"), ("31.", "DATE", "2026-10-31")],
    ),
    (
        TH,
        "Die Ausstellung wird am 2. Dezember eröffnet und ist bis zum 20. zu sehen.",
        [("2. Dezember", "DATE", "2026-12-02"), ("20.", "DATE", "2026-12-20")],
    ),
    (
        TH,
        "Im September hatte die Polizei die Ermittlungen aufgenommen. Am 9. wurde der Verdächtige gefasst.",
        [("September", "DATE", "2026-09"), ("9.", "DATE", "2026-09-09")],
    ),
    # a weekday with its date
    (
        TH,
        "Am Montag, den 16. November, tagt der Ausschuss.",
        [("Montag", "DATE", "2026-11-16"), ("16. November", "DATE", "2026-11-16")],
    ),
    (
        TH,
        "Am Freitag, 14. November, soll der Landtag abstimmen.",
        [("Freitag", "DATE", "2026-11-14"), ("14. November", "DATE", "2026-11-14")],
    ),
    (
        TH,
        "Am Dienstag, 3. November, war der Damm gebrochen.",
        [("Dienstag", "DATE", "2026-11-03"), ("3. November", "DATE", "2026-11-03")],
    ),
    # numerals in words
    (TH, "Vor zwei Jahrzehnten wurde das Kraftwerk stillgelegt.", [("zwei Jahrzehnten", "DURATION", "P2DE")]),
    (TH, "Vor zwanzig Jahren war die Firma gegründet worden.", [("zwanzig Jahren", "DURATION", "P20Y")]),
    (TH, "Vor fünfzehn Monaten hatte das Hochwasser das Tal verwüstet.", [("fünfzehn Monaten", "DURATION", "P15M")]),
    (TH, "Der Bergsteiger war elf Tage verschollen.", [("elf Tage", "DURATION", "P11D")]),
    (
        TH,
        "Die Waffenruhe hielt gerade einmal zweiundsiebzig Stunden.",
        [("zweiundsiebzig Stunden", "DURATION", "PT72H")],
    ),
    (TH, "Vor anderthalb Jahren war der Minister zurückgetreten.", [("anderthalb Jahren", "DURATION", "P1Y6M")]),
    (TH, "Vor einem Vierteljahrhundert fiel der Eiserne Vorhang.", [("Vierteljahrhundert", "DURATION", "P25Y")]),
    (TH, "Die Anlage ist seit drei Jahrzehnten in Betrieb.", [("drei Jahrzehnten", "DURATION", "P3DE")]),
    # anaphoric years and holidays
    (
        TH,
        "Die Brauerei schloss 2019. Ein Jahr zuvor war der letzte Braumeister gegangen.",
        [("2019", "DATE", "2019"), ("Ein Jahr zuvor", "DATE", "2018")],
    ),
    (
        TH,
        "2017 wurde der Staudamm eröffnet, im Jahr zuvor war das Dorf umgesiedelt worden.",
        [("2017", "DATE", "2017"), ("Jahr zuvor", "DATE", "2016")],
    ),
    (TH, "An Allerheiligen besuchten Tausende die Friedhöfe.", [("Allerheiligen", "DATE", "2026-11-01")]),
    (TH, "Am Nikolaustag verteilt der Verein Geschenke.", [("Nikolaustag", "DATE", "2026-12-06")]),
    (TH, "Am Rosenmontag ziehen die Narren durch die Stadt.", [("Rosenmontag", "DATE", "2027-02-08")]),
    (
        TH,
        "Am Tag der Deutschen Einheit sprach der Präsident in Erfurt.",
        [("Tag der Deutschen Einheit", "DATE", "2026-10-03")],
    ),
    (TH, "Nach Weihnachten soll das Kabinett umgebildet werden.", [("Weihnachten", "DATE", "2026-12-25")]),
    # the turn of the year: a paper at the end of December
    (DE, "Am 4. Januar beginnt die Schule wieder.", [("4. Januar", "DATE", "2027-01-04")]),
    (DE, "Im März soll in dem Land gewählt werden.", [("März", "DATE", "2027-03")]),
    (DE, "Am Montag beginnt der Prozess gegen den Bürgermeister.", [("Montag", "DATE", "2027-01-04")]),
    (DE, "Am Montag begann der Prozess gegen den Bürgermeister.", [("Montag", "DATE", "2026-12-28")]),
    (DE, "Kommende Woche läuft der Mietvertrag aus.", [("Kommende Woche", "DATE", "2027-W01")]),
    (DE, "Anfang kommenden Jahres steigen die Beiträge.", [("Anfang kommenden Jahres", "DATE", "2027")]),
    (DE, "Im November hatte der Handel weniger umgesetzt.", [("November", "DATE", "2026-11")]),
    (DE, "Im Februar wird die Umgehungsstraße eröffnet.", [("Februar", "DATE", "2027-02")]),
    (DE, "Am 3.1. treffen sich die Delegierten in Bern.", [("3.1.", "DATE", "2027-01-03")]),
    (DE, "Das neue Jahr beginnt mit höheren Steuern.", [("neue Jahr", "DATE", "2027")]),
    # the turn of the year: a paper in early January
    (JA, "Am 28. Dezember war der Pegel auf ein Rekordhoch gestiegen.", [("28. Dezember", "DATE", "2026-12-28")]),
    (JA, "Im November hatte die Firma Insolvenz angemeldet.", [("November", "DATE", "2026-11")]),
    (JA, "Zum Jahreswechsel hatten die Tankstellen die Preise erhöht.", [("Jahreswechsel", "DATE", "2027-01-01")]),
    (JA, "Ende letzten Jahres war der Kredit ausgelaufen.", [("Ende letzten Jahres", "DATE", "2026")]),
    (JA, "Vergangenen Dezember waren die Pisten noch grün.", [("Vergangenen Dezember", "DATE", "2026-12")]),
    (JA, "Am Dienstag vergangener Woche stürzte ein Dach ein.", [("Dienstag vergangener Woche", "DATE", "2026-12-29")]),
    (JA, "Am vergangenen Dienstag wurde der Haushalt beschlossen.", [("vergangenen Dienstag", "DATE", "2027-01-05")]),
    (
        JA,
        "Am zweiten Weihnachtsfeiertag kam es zu einer Lawine.",
        [("zweiten Weihnachtsfeiertag", "DATE", "2026-12-26")],
    ),
    (JA, "Im Herbst hatte der Gemeinderat den Plan gebilligt.", [("Herbst", "DATE", "2026-FA")]),
    (JA, "Im Dezember soll die neue Halle fertig sein.", [("Dezember", "DATE", "2027-12")]),
    # sets
    (TH, "Der Stammtisch trifft sich allwöchentlich im Gasthaus.", [("allwöchentlich", "SET", "P1W")]),
    (TH, "Der Beirat tagt an jedem ersten Montag im Monat.", [("jedem ersten Montag im Monat", "SET", "P1M")]),
    (TH, "Die Miete wird monatlich abgebucht.", [("monatlich", "SET", "P1M")]),
    (TH, "Das Museum ist sonntags geöffnet.", [("sonntags", "SET", "XXXX-WXX-7")]),
    (TH, "Jedes Jahr kommen 20.000 Pilger in den Ort.", [("Jedes Jahr", "SET", "P1Y")]),
    (TH, "Die Anlage wird alle sechs Monate überprüft.", [("alle sechs Monate", "SET", "P6M")]),
    (TH, "Der Bürgermeister hält jeden Dienstag eine Sprechstunde.", [("jeden Dienstag", "SET", "XXXX-WXX-2")]),
    (TH, "Die Gebühren werden allmonatlich fällig.", [("allmonatlich", "SET", "P1M")]),
]


@pytest.mark.parametrize(("dct", "text", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_news_expression(dct: date, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert expression_problems(dct, text, expected) == []


def test_a_deadline_phrase_is_no_timex() -> None:
    # "vor Ablauf der Frist", "kurz vor Fristende" name no calendar point: no timex
    assert tag("Die Anwälte reichten die Klage kurz vor Ablauf der Frist ein.", TH) == []


def test_a_year_before_hinaus_is_a_year_after_ueber() -> None:
    # "über 2028 hinaus" is a time horizon; without "hinaus" "über 2028" stays a count ("über 2028 Besucher")
    assert tag("Die Förderung läuft über 2028 hinaus.", TH) == [("2028", "DATE", "2028")]
    assert tag("Über 2028 Besucher kamen zur Messe.", TH) == []
    # guard: a unit between the number and "hinaus" keeps it a count
    assert tag("Die Hilfe geht über 2000 Euro hinaus.", TH) == []


def test_ein_weiteres_jahr_is_a_duration() -> None:
    # the neuter filler "weiteres" as "weitere"/"weiteren" were already
    assert tag("Die Sperre bleibt ein weiteres Jahr bestehen.", TH) == [("ein weiteres Jahr", "DURATION", "P1Y")]


def test_a_boundary_of_a_decade_or_century_is_that_decade_or_century() -> None:
    assert tag("Bis Mitte des Jahrzehnts soll das Glasfasernetz stehen.", TH) == [
        ("Mitte des Jahrzehnts", "DATE", "202")
    ]
    assert tag("Ende des vergangenen Jahrhunderts wurde die Mine geschlossen.", TH) == [
        ("Ende des vergangenen Jahrhunderts", "DATE", "19")
    ]
    assert tag("Anfang des nächsten Jahrzehnts soll der Tunnel fertig sein.", TH)[0][2] == "203"
    # guard: the year's boundary is unchanged
    assert tag("Ende des Jahres läuft der Vertrag aus.", TH) == [("Ende des Jahres", "DATE", "2026")]


def test_a_weekend_before_or_after_counts_from_the_day_in_focus() -> None:
    # "am Wochenende darauf/zuvor" after a day: the weekend of the week after / before that day's week
    after = tag("Am Sonntag wurde gewählt. Am Wochenende darauf trat der neue Rat zusammen.", TH)
    assert after == [("Sonntag", "DATE", "2026-11-08"), ("Wochenende darauf", "DATE", "2026-W46-WE")]
    before = tag("Die Flut kam am Montag. Am Wochenende zuvor hatte es ununterbrochen geregnet.", TH)
    assert before == [("Montag", "DATE", "2026-11-09"), ("Wochenende zuvor", "DATE", "2026-W45-WE")]


def test_counted_compound_numerals_in_words() -> None:
    # "<unit>und<ten>" numerals are built from number_words.json
    assert tag("Die Expedition dauerte einundzwanzig Tage.", TH) == [("einundzwanzig Tage", "DURATION", "P21D")]
    assert tag("Vor dreiundvierzig Jahren wurde die Brücke gebaut.", TH) == [
        ("dreiundvierzig Jahren", "DURATION", "P43Y")
    ]


def test_a_quarter_century_is_twenty_five_years() -> None:
    assert tag("Der Chor besteht seit einem Vierteljahrhundert.", TH) == [
        ("einem Vierteljahrhundert", "DURATION", "P25Y")
    ]


def test_morgengrauen_and_allmonatlich() -> None:
    assert tag("Im Morgengrauen landeten die Fischer ihren Fang an.", TH) == [("Morgengrauen", "TIME", "2026-11-12TMO")]
    assert tag("Die Beiträge werden allmonatlich eingezogen.", TH) == [("allmonatlich", "SET", "P1M")]


def test_a_day_without_its_month_after_a_preposition_is_in_the_month_named() -> None:
    # after "am/ab dem/bis zum/seit dem/vom" and before a lower-case word, with a month named earlier in
    # the paragraph: that month's day
    text = "Im Januar stellt die Bahn um. Seit dem 7. gilt der neue Fahrplan, ab dem 20. fahren Ersatzbusse."
    assert tag(text, TH) == [
        ("Januar", "DATE", "2027-01"),
        ("7.", "DATE", "2027-01-07"),
        ("20.", "DATE", "2027-01-20"),
    ]
    # guards: no month in the paragraph; a noun after the ordinal; a second day of a list
    assert tag("Am 9. wurde der Gefangene verlegt.", TH) == []
    assert tag("Im Mai stand der Verein am 3. Spieltag an der Spitze.", TH) == [("Mai", "DATE", "2026-05")]
    assert tag("Die Tage der offenen Tür sind am 14. und 15. März.", TH) == [
        ("14.", "DATE", "2027-03-14"),
        ("15. März", "DATE", "2027-03-15"),
    ]


def test_a_weekday_that_does_not_fit_a_date_near_the_paper_keeps_the_year() -> None:
    # "Mittwoch, 19. November" in a November paper: the 19th is a Thursday; a slip, not November 2025
    assert tag("Am Mittwoch, 19. November, soll der Rat abstimmen.", TH) == [
        ("Mittwoch, 19. November", "DATE", "2026-11-19")
    ]
    # guard: far from the paper's date the weekday still picks the year it fits (15 July 2025 was a Tuesday)
    assert tag("Am Dienstag, 15. Juli, hatte der Rat getagt.", TH) == [("Dienstag, 15. Juli", "DATE", "2025-07-15")]


def test_a_part_of_the_day_in_a_short_quoted_title_is_no_time() -> None:
    # a short quoted title opening with a capital names a play or film: its "Morgengrauen" is no time
    assert tag("Die Bühne spielt „Der Wirt im Morgengrauen“: eine Komödie in drei Akten.", TH) == []
    assert tag("Die Bühne spielt „Der Wirt am Abend“ als Komödie in drei Akten.", TH) == []
    # guards: a quoted fragment of speech, a framed quote of speech
    assert tag("Der Zeuge sprach von Schüssen „im Morgengrauen“.", TH) == [("Morgengrauen", "TIME", "2026-11-12TMO")]
    assert tag("„Am Nachmittag wird verhandelt“, sagte der Anwalt.", TH) == [("Nachmittag", "TIME", "2026-11-12TAF")]


def test_counted_quarters_are_a_duration() -> None:
    # "in den ersten drei Quartalen" (business news): a DURATION in quarters (unit QT of TIMEX3_VALUE)
    assert tag("In den ersten drei Quartalen schrumpfte der Absatz.", TH) == [
        ("den ersten drei Quartalen", "DURATION", "P3QT")
    ]
    assert tag("Die Wirtschaft wuchs zwei Quartale in Folge.", TH) == [("zwei Quartale", "DURATION", "P2QT")]
    # guard: a named quarter stays a DATE
    assert tag("Im vergangenen Quartal sank der Absatz.", TH) == [("vergangenen Quartal", "DATE", "2026-Q3")]


def test_every_evening_as_one_word_is_a_set_of_the_part_of_the_day() -> None:
    # like "jede Nacht" (XXXX-XX-XXTNI): "allabendlich", "allmorgendlich"
    assert tag("Allabendlich ziehen Hunderte mit Kerzen durch die Altstadt.", TH) == [
        ("Allabendlich", "SET", "XXXX-XX-XXTEV")
    ]
    assert tag("Die allmorgendliche Lagebesprechung fiel aus.", TH) == [("allmorgendliche", "SET", "XXXX-XX-XXTMO")]


def test_a_title_in_a_listing_after_a_colon_is_no_time() -> None:
    # "Ort: „Titel“: Art" in an events listing; a quote after "sagte:" and not followed by a colon stays speech
    assert tag("Kirchdorf: „Ein Abend im Herbst“: Lesung im Pfarrsaal.", TH) == []
    assert tag("Der Pfarrer sagte: „Ein Abend im Herbst wäre schöner“", TH) != []


def test_a_day_weekday_or_weekend_before_or_after_a_holiday_counts_from_the_holiday() -> None:
    # before: only the holiday was found and the weekday or weekend counted from the paper's date
    assert tag("Am Tag vor Silvester wollen die Lokführer streiken.", TH) == [
        ("Tag vor Silvester", "DATE", "2026-12-30")
    ]
    assert tag("Am Freitag vor Pfingsten 2027 beginnen die Ferien.", TH) == [
        ("Freitag vor Pfingsten 2027", "DATE", "2027-05-14")
    ]
    # the weekend before Easter is Palm Sunday's (20/21 March 2027), not Easter's own
    assert tag("Am Wochenende vor Ostern rechnen die Autoclubs mit Staus.", TH) == [
        ("Wochenende vor Ostern", "DATE", "2027-W11-WE")
    ]
    assert tag("Am Wochenende nach Weihnachten öffnen die Skilifte.", TH) == [
        ("Wochenende nach Weihnachten", "DATE", "2026-W52-WE")
    ]


def test_im_verlauf_des_and_im_lauf_des_a_part_of_the_day() -> None:
    # like "im Laufe des Vormittags": the genitive part of the day after "im Verlauf des", "im Lauf des"
    assert tag("Im Verlauf des Nachmittags stieg das Hochwasser weiter.", TH) == [
        ("Nachmittags", "TIME", "2026-11-12TAF")
    ]
    assert tag("Im Lauf des Abends beruhigte sich die Menge.", TH) == [("Abends", "TIME", "2026-11-12TEV")]
    # guard: a genitive part of the day after a noun names an event, not a time
    assert tag("Die Tore des Abends schoss der Stürmer.", TH) == []


def test_a_day_of_the_next_or_last_month_without_its_article() -> None:
    # "am 3. kommenden Monats" as "am 3. des kommenden Monats" (before only "kommenden Monats" was found)
    assert tag("Die Anhörung beginnt am 3. kommenden Monats.", TH) == [("3. kommenden Monats", "DATE", "2026-12-03")]
    assert tag("Am 20. vergangenen Monats wurde der Kassierer verhaftet.", TH) == [
        ("20. vergangenen Monats", "DATE", "2026-10-20")
    ]


def test_the_start_or_end_of_the_year_across_the_turn_of_the_year() -> None:
    # a December paper: the start of "the year" told in the future (or, this late, the present) is the next one's
    assert tag("Anfang des Jahres soll die Reform in Kraft treten.", DE) == [("Anfang des Jahres", "DATE", "2027")]
    assert tag("Zu Jahresbeginn steigen die Gebühren.", DE) == [("Jahresbeginn", "DATE", "2027")]
    # a January paper: the end of "the year" told in the past is the last one's
    assert tag("Am Jahresende waren 300 Menschen ohne Arbeit.", JA) == [("Jahresende", "DATE", "2026")]
    # guards: "seit Jahresbeginn" runs up to now; a past start and a future end stay in the paper's year
    assert tag("Seit Jahresbeginn gilt die neue Regel.", DE) == [("Jahresbeginn", "DATE", "2026")]
    assert tag("Anfang des Jahres hatte die Firma Verluste geschrieben.", DE) == [("Anfang des Jahres", "DATE", "2026")]
    assert tag("Bis Ende des Jahres soll alles fertig sein.", JA) == [("Ende des Jahres", "DATE", "2027")]


def test_a_past_clause_keeps_an_end_of_the_year_it_sets_as_a_target() -> None:
    # a deadline or an announcement in a past clause still points ahead: the paper's year
    assert tag("Der Minister hatte den Abzug zum Jahresende angekündigt.", JA) == [("Jahresende", "DATE", "2027")]
    assert tag("Er warnte, falls der Rat nicht bis zum Jahresende zustimme.", JA)[0][2] == "2027"
