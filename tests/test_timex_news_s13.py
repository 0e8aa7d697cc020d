"""Thirteenth session (timex, issue 4): a second table of invented one-sentence news items, on classes the
twelfth session's table (test_timex_news_s12.py) left out — anaphoric days ("am Folgetag", "tags zuvor", "in der
Nacht darauf", "am Morgen danach", "tags darauf" after a night), ranges ("vom … bis …", "zwischen … und …"),
"Anfang/Mitte/Ende" of weeks, months and years, seasons, decades and centuries, fiscal years, "seit" + date,
durations with "knapp/rund/mehr als", sets, clock times with "gegen"/"kurz nach", and the turn of the year. The
expected TIMEX3 type and value were written before chronik was run on them (see docs/quality.md for how many
passed before and after the session's changes). A phrase must overlap exactly one timex."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.timex_rules import find_timexes
from tests.timex_docs import expression_problems

WE = date(2026, 11, 18)  # a Wednesday, ISO week 47 (Mon 16 – Sun 22)
FR = date(2026, 11, 20)
DEC = date(2026, 12, 28)  # a Monday, ISO week 2026-W53
JAN = date(2027, 1, 4)  # a Monday, ISO week 2027-W01

# (publication date, sentence, [(phrase, type, value)])
CASES: list[tuple[date, str, list[tuple[str, str, str]]]] = [
    # anaphoric days: the day in focus, not the paper's
    (
        WE,
        "Am Montag legten die Fluglotsen die Arbeit nieder. Am Folgetag blieben alle Maschinen am Boden.",
        [("Montag", "DATE", "2026-11-16"), ("Folgetag", "DATE", "2026-11-17")],
    ),
    (
        WE,
        "Die Fähre war am Sonntag gekentert. Bereits tags zuvor hatte der Kapitän vor dem Sturm gewarnt.",
        [("Sonntag", "DATE", "2026-11-15"), ("tags zuvor", "DATE", "2026-11-14")],
    ),
    (
        WE,
        "Das Urteil fiel am Dienstag. Am Vortag hatte die Verteidigung ihr Plädoyer gehalten.",
        [("Dienstag", "DATE", "2026-11-17"), ("Vortag", "DATE", "2026-11-16")],
    ),
    (
        WE,
        "Am Samstag brannte eine Lagerhalle im Hafen. In der Nacht darauf wurde ein zweites Feuer gelegt.",
        [("Samstag", "DATE", "2026-11-14"), ("Nacht darauf", "TIME", "2026-11-14TNI")],
    ),
    (
        WE,
        "Die Koalition zerbrach am Donnerstag. Am Morgen danach trat der Kanzler vor die Presse.",
        [("Donnerstag", "DATE", "2026-11-12"), ("Morgen danach", "TIME", "2026-11-13TMO")],
    ),
    (
        WE,
        "Am Montagabend stimmte der Stadtrat über den Abriss ab. Noch in der Nacht versammelten sich Gegner vor dem "
        "Rathaus. Die Polizei nahm zwölf Personen fest. Tags darauf blockierten Bauern die Zufahrt.",
        [
            ("Montagabend", "TIME", "2026-11-16TEV"),
            ("Nacht", "TIME", "2026-11-16TNI"),
            ("Tags darauf", "DATE", "2026-11-17"),
        ],
    ),
    (
        WE,
        "In der Nacht zum Sonntag überfielen Bewaffnete ein Dorf. Tags darauf flohen Hunderte Bewohner.",
        [("Nacht zum Sonntag", "TIME", "2026-11-14TNI"), ("Tags darauf", "DATE", "2026-11-15")],
    ),
    (
        WE,
        "Der Landtag wählte am Dienstag in Erfurt eine neue Ministerpräsidentin. Ihr Vorgänger war am vergangenen "
        "Donnerstag zurückgetreten.\n\nDie Opposition kritisierte die Wahl scharf. Sie hatte bereits am Vorabend eine "
        "Verfassungsklage angekündigt.",
        [
            ("Dienstag", "DATE", "2026-11-17"),
            ("vergangenen Donnerstag", "DATE", "2026-11-12"),
            ("Vorabend", "TIME", "2026-11-16TEV"),
        ],
    ),
    (
        WE,
        "Am Freitag beginnt der Parteitag in Leipzig. Am Vorabend treffen sich die Delegierten zu einem Empfang.",
        [("Freitag", "DATE", "2026-11-20"), ("Vorabend", "TIME", "2026-11-19TEV")],
    ),
    (
        WE,
        "Am 3. Oktober 2025 wurde die Brücke gesperrt, am Tag danach begann der Abriss.",
        [("3. Oktober 2025", "DATE", "2025-10-03"), ("Tag danach", "DATE", "2025-10-04")],
    ),
    (
        WE,
        "Der Streik begann am Montag. Zwei Tage später lenkte der Konzern ein.",
        [("Montag", "DATE", "2026-11-16"), ("Zwei Tage später", "DATE", "2026-11-18")],
    ),
    (
        WE,
        "Am Mittwoch vergangener Woche stürzte ein Kran um. Am selben Tag wurde die Baustelle geschlossen.",
        [("Mittwoch vergangener Woche", "DATE", "2026-11-11"), ("selben Tag", "DATE", "2026-11-11")],
    ),
    (
        WE,
        "Die Abstimmung ist für Donnerstag angesetzt, tags darauf soll das Gesetz in Kraft treten.",
        [("Donnerstag", "DATE", "2026-11-19"), ("tags darauf", "DATE", "2026-11-20")],
    ),
    (
        WE,
        "Am Sonntag wählen die Schweizer ein neues Parlament. Am Vortag werden die Urnen versiegelt.",
        [("Sonntag", "DATE", "2026-11-22"), ("Vortag", "DATE", "2026-11-21")],
    ),
    (
        WE,
        "Am Abend des 12. März wurde der Bürgermeister verhaftet, am darauffolgenden Morgen kam er frei.",
        [("Abend des 12. März", "TIME", "2026-03-12TEV"), ("darauffolgenden Morgen", "TIME", "2026-03-13TMO")],
    ),
    (
        WE,
        "Am 14. Februar 2026 wurde der Vertrag unterzeichnet. Eine Woche später trat er in Kraft.",
        [("14. Februar 2026", "DATE", "2026-02-14"), ("Eine Woche später", "DATE", "2026-02-21")],
    ),
    (
        WE,
        "Im Mai 2024 begann der Bau, zwei Monate später stand der Rohbau.",
        [("Mai 2024", "DATE", "2024-05"), ("zwei Monate später", "DATE", "2024-07")],
    ),
    (
        WE,
        "Die Firma wurde 2015 gegründet, drei Jahre später ging sie an die Börse.",
        [("2015", "DATE", "2015"), ("drei Jahre später", "DATE", "2018")],
    ),
    (WE, "Am Donnerstag kommender Woche tagt der Kreistag.", [("Donnerstag kommender Woche", "DATE", "2026-11-26")]),
    (
        WE,
        "2022 brannte das Kloster ab. Im Jahr darauf begann der Wiederaufbau.",
        [("2022", "DATE", "2022"), ("Jahr darauf", "DATE", "2023")],
    ),
    (
        WE,
        "Am 2. Mai 2023 war der Bürgermeister verhaftet worden. Seine Partei schloss ihn kurz danach aus.",
        [("2. Mai 2023", "DATE", "2023-05-02"), ("kurz danach", "DATE", "FUTURE_REF")],
    ),
    # ranges
    (WE, "Die Messe dauert vom 3. bis zum 7. März.", [("7. März", "DATE", "2027-03-07")]),
    (
        WE,
        "Die Ausstellung ist vom 12. Januar bis 30. April 2027 geöffnet.",
        [("12. Januar", "DATE", "2027-01-12"), ("30. April 2027", "DATE", "2027-04-30")],
    ),
    (
        FR,
        "Von Montag bis Mittwoch bleibt die Autobahn gesperrt.",
        [("Montag", "DATE", "2026-11-23"), ("Mittwoch", "DATE", "2026-11-25")],
    ),
    (
        WE,
        "Die Baustelle ruht von Weihnachten bis Dreikönig.",
        [("Weihnachten", "DATE", "2026-12-25"), ("Dreikönig", "DATE", "2027-01-06")],
    ),
    (WE, "Zwischen 2019 und 2023 verdoppelte sich der Umsatz.", [("2019", "DATE", "2019"), ("2023", "DATE", "2023")]),
    (
        WE,
        "Zwischen dem 10. und dem 14. August 2025 fielen 300 Liter Regen.",
        [("14. August 2025", "DATE", "2025-08-14")],
    ),
    (WE, "Zwischen 8 und 10 Uhr ist mit Staus zu rechnen.", [("10 Uhr", "TIME", "2026-11-18T10:00")]),
    (WE, "Von 1990 bis 1998 leitete sie das Institut.", [("1990", "DATE", "1990"), ("1998", "DATE", "1998")]),
    (WE, "Vom Frühjahr bis zum Herbst 2027 wird die Strecke saniert.", [("Herbst 2027", "DATE", "2027-FA")]),
    (WE, "Zwischen Mitte Mai und Ende Juni 2026 wurden 40 Fälle gemeldet.", [("Ende Juni 2026", "DATE", "2026-06")]),
    # beginning / middle / end of a unit
    (WE, "Anfang der Woche hatte der Vorstand die Zahlen vorgelegt.", [("Anfang der Woche", "DATE", "2026-W47")]),
    (WE, "Mitte nächster Woche soll das Gutachten vorliegen.", [("Mitte nächster Woche", "DATE", "2026-W48")]),
    (WE, "Ende vergangener Woche war der Pegel gesunken.", [("Ende vergangener Woche", "DATE", "2026-W46")]),
    (WE, "Anfang Dezember öffnet der Weihnachtsmarkt.", [("Anfang Dezember", "DATE", "2026-12")]),
    (WE, "Mitte Oktober hatte die Polizei die Ermittlungen aufgenommen.", [("Mitte Oktober", "DATE", "2026-10")]),
    (WE, "Ende Januar läuft die Frist ab.", [("Ende Januar", "DATE", "2027-01")]),
    (WE, "Anfang 2028 soll die Anlage in Betrieb gehen.", [("Anfang 2028", "DATE", "2028")]),
    (WE, "Mitte des Jahres war die Inflation gesunken.", [("Mitte des Jahres", "DATE", "2026")]),
    (
        WE,
        "Ende des vergangenen Jahres zählte die Stadt 52.000 Einwohner.",
        [("Ende des vergangenen Jahres", "DATE", "2025")],
    ),
    (WE, "Zu Beginn des nächsten Monats steigen die Preise.", [("Beginn des nächsten Monats", "DATE", "2026-12")]),
    (WE, "Zum Monatsende laufen die Verträge aus.", [("Monatsende", "DATE", "2026-11")]),
    (WE, "Am Wochenanfang war der Server ausgefallen.", [("Wochenanfang", "DATE", "2026-W47")]),
    (WE, "Mitte 2025 hatte der Konzern Kurzarbeit angemeldet.", [("Mitte 2025", "DATE", "2025")]),
    (WE, "Ende März 2027 endet das Mandat der Mission.", [("Ende März 2027", "DATE", "2027-03")]),
    # seasons
    (WE, "Im Frühjahr hatte die Gemeinde die Pläne vorgestellt.", [("Frühjahr", "DATE", "2026-SP")]),
    (WE, "Im kommenden Sommer wird das Freibad saniert.", [("kommenden Sommer", "DATE", "2027-SU")]),
    (WE, "Im Herbst 2024 war das Lager geräumt worden.", [("Herbst 2024", "DATE", "2024-FA")]),
    (WE, "Seit dem Sommer sind die Preise für Heizöl gestiegen.", [("Sommer", "DATE", "2026-SU")]),
    (WE, "Über den Winter bleibt die Passstraße gesperrt.", [("Winter", "DATE", "2027-WI")]),
    (WE, "Im Spätsommer 2025 wurde der Damm fertiggestellt.", [("Spätsommer 2025", "DATE", "2025-SU")]),
    # decades and centuries
    (WE, "In den neunziger Jahren wurde die Zeche geschlossen.", [("neunziger Jahren", "DATE", "199")]),
    (WE, "Anfang der 2000er-Jahre zog die Firma nach Prag.", [("2000er-Jahre", "DATE", "200")]),
    (WE, "Im 19. Jahrhundert war die Stadt ein Handelszentrum.", [("19. Jahrhundert", "DATE", "18")]),
    (WE, "Mitte der 60er Jahre entstand die Siedlung am Hang.", [("60er Jahre", "DATE", "196")]),
    (WE, "Die Villa stammt aus den 1920er Jahren.", [("1920er Jahren", "DATE", "192")]),
    # fiscal years
    (WE, "Im Geschäftsjahr 2025 stieg der Gewinn um zehn Prozent.", [("2025", "DATE", "2025")]),
    (WE, "Für das Haushaltsjahr 2027 plant das Land neue Schulden.", [("2027", "DATE", "2027")]),
    (WE, "Im laufenden Jahr rechnet der Konzern mit Verlusten.", [("laufenden Jahr", "DATE", "2026")]),
    # "seit" + date
    (WE, "Seit dem 1. Januar gilt die neue Regel für Mieter.", [("1. Januar", "DATE", "2026-01-01")]),
    (WE, "Seit März sitzt der Verdächtige in Untersuchungshaft.", [("März", "DATE", "2026-03")]),
    (WE, "Seit Anfang Oktober sind die Grenzen geschlossen.", [("Anfang Oktober", "DATE", "2026-10")]),
    (WE, "Seit 2019 ist die Zahl der Pendler gestiegen.", [("2019", "DATE", "2019")]),
    (WE, "Seit vergangenem Freitag fehlt von dem Mädchen jede Spur.", [("vergangenem Freitag", "DATE", "2026-11-13")]),
    (WE, "Seit Dezember ist der neue Bürgermeister im Amt.", [("Dezember", "DATE", "2025-12")]),
    (WE, "Seit dem Wochenende gilt im Tal die höchste Warnstufe.", [("Wochenende", "DATE", "2026-W46-WE")]),
    (WE, "Seit Montag wird in der Fabrik gestreikt.", [("Montag", "DATE", "2026-11-16")]),
    # durations with knapp / rund / mehr als
    (WE, "Die Reparatur dauerte knapp drei Stunden.", [("drei Stunden", "DURATION", "PT3H")]),
    (WE, "Der Prozess zog sich über rund zwei Jahre hin.", [("zwei Jahre", "DURATION", "P2Y")]),
    (WE, "Mehr als zehn Tage war der Ort von der Außenwelt abgeschnitten.", [("zehn Tage", "DURATION", "P10D")]),
    (WE, "Das Verfahren läuft seit gut vier Monaten.", [("vier Monaten", "DURATION", "P4M")]),
    (WE, "Die Sitzung dauerte fast eine Stunde.", [("eine Stunde", "DURATION", "PT1H")]),
    (WE, "Die Suche dauerte knapp eine Woche.", [("eine Woche", "DURATION", "P1W")]),
    (WE, "Der Tunnel war über 20 Jahre lang gesperrt.", [("20 Jahre", "DURATION", "P20Y")]),
    (WE, "Die Geiseln waren mehr als 400 Tage in Gefangenschaft.", [("400 Tage", "DURATION", "P400D")]),
    (WE, "Die Verhandlungen dauerten rund 18 Monate.", [("18 Monate", "DURATION", "P18M")]),
    (WE, "Das Gewitter hielt etwa eine halbe Stunde an.", [("eine halbe Stunde", "DURATION", "PT30M")]),
    (WE, "Die Wartezeit beträgt bis zu drei Monate.", [("drei Monate", "DURATION", "P3M")]),
    (WE, "Der Stromausfall dauerte mehrere Stunden.", [("mehrere Stunden", "DURATION", "PTXH")]),
    (WE, "Die Waffenruhe hielt nur wenige Minuten.", [("wenige Minuten", "DURATION", "PTXM")]),
    (WE, "Die Ermittlungen dauerten jahrelang.", [("jahrelang", "DURATION", "PXY")]),
    (WE, "Der Pilot flog rund 90 Minuten über dem Meer.", [("90 Minuten", "DURATION", "PT90M")]),
    # sets
    (WE, "Der Wochenmarkt findet jeden Samstag statt.", [("jeden Samstag", "SET", "XXXX-WXX-6")]),
    (WE, "Die Müllabfuhr kommt alle zwei Wochen.", [("alle zwei Wochen", "SET", "P2W")]),
    (WE, "Die Fähre zur Insel verkehrt täglich.", [("täglich", "SET", "P1D")]),
    (WE, "Die Mieten werden jährlich angepasst.", [("jährlich", "SET", "P1Y")]),
    (WE, "Die Station wird wöchentlich gewartet.", [("wöchentlich", "SET", "P1W")]),
    (WE, "Die Klinik ist montags geschlossen.", [("montags", "SET", "XXXX-WXX-1")]),
    (WE, "Zweimal täglich wird die Brücke geöffnet.", [("täglich", "SET", "P1D")]),
    (WE, "Alle vier Jahre wird das Parlament neu gewählt.", [("Alle vier Jahre", "SET", "P4Y")]),
    (WE, "Die Stadtwerke lesen die Zähler vierteljährlich ab.", [("vierteljährlich", "SET", "P3M")]),
    # clock times
    (WE, "Gegen 14 Uhr erreichten die Retter den Verschütteten.", [("14 Uhr", "TIME", "2026-11-18T14:00")]),
    (WE, "Kurz vor 8 Uhr kollidierten zwei Güterzüge.", [("8 Uhr", "TIME", "2026-11-18T08:00")]),
    (WE, "Gegen halb zehn wurde der Alarm ausgelöst.", [("halb zehn", "TIME", "2026-11-18T09:30")]),
    (WE, "Um 15.45 Uhr landete die Maschine in Wien.", [("15.45 Uhr", "TIME", "2026-11-18T15:45")]),
    (
        WE,
        "Am Montag gegen 23 Uhr wurde der Brand gemeldet.",
        [("Montag", "DATE", "2026-11-16"), ("23 Uhr", "TIME", "2026-11-16T23:00")],
    ),
    (WE, "Kurz nach 6 Uhr morgens riss die Leitung.", [("6 Uhr morgens", "TIME", "2026-11-18T06:00")]),
    (WE, "Ab 22 Uhr gilt in der Altstadt ein Alkoholverbot.", [("22 Uhr", "TIME", "2026-11-18T22:00")]),
    (WE, "Bis 18 Uhr müssen die Anträge eingegangen sein.", [("18 Uhr", "TIME", "2026-11-18T18:00")]),
    (
        WE,
        "Am Dienstagabend gegen 21.30 Uhr fielen in der Innenstadt Schüsse.",
        [("Dienstagabend", "TIME", "2026-11-17TEV"), ("21.30 Uhr", "TIME", "2026-11-17T21:30")],
    ),
    (WE, "Gegen Mittag wurde die Sperre aufgehoben.", [("Mittag", "TIME", "2026-11-18TMI")]),
    (WE, "Kurz nach 9 Uhr öffnete die Börse mit Verlusten.", [("9 Uhr", "TIME", "2026-11-18T09:00")]),
    # the turn of the year
    (DEC, "Im Januar steigen die Stromtarife.", [("Januar", "DATE", "2027-01")]),
    (DEC, "Am 2. Januar öffnen die Ämter wieder.", [("2. Januar", "DATE", "2027-01-02")]),
    (DEC, "Im Dezember hatten die Händler weniger Umsatz.", [("Dezember", "DATE", "2026-12")]),
    (DEC, "Nächstes Jahr soll die Steuer sinken.", [("Nächstes Jahr", "DATE", "2027")]),
    (DEC, "An Silvester werden 500 Polizisten eingesetzt.", [("Silvester", "DATE", "2026-12-31")]),
    (DEC, "Ab dem 1. Januar gilt das Rauchverbot.", [("1. Januar", "DATE", "2027-01-01")]),
    (DEC, "Am Freitag beginnt das neue Jahr.", [("Freitag", "DATE", "2027-01-01")]),
    (DEC, "Anfang Januar soll die Entscheidung fallen.", [("Anfang Januar", "DATE", "2027-01")]),
    (DEC, "Die Schulen öffnen kommende Woche wieder.", [("kommende Woche", "DATE", "2027-W01")]),
    (DEC, "Ende nächsten Monats läuft das Ultimatum ab.", [("Ende nächsten Monats", "DATE", "2027-01")]),
    (JAN, "Im Dezember war der Umsatz eingebrochen.", [("Dezember", "DATE", "2026-12")]),
    (JAN, "Im vergangenen Jahr starben 30 Menschen im Straßenverkehr.", [("vergangenen Jahr", "DATE", "2026")]),
    (JAN, "An Heiligabend hatte ein Sturm Dächer abgedeckt.", [("Heiligabend", "DATE", "2026-12-24")]),
    (JAN, "Am 30. Dezember war der Deich gebrochen.", [("30. Dezember", "DATE", "2026-12-30")]),
    (JAN, "Im Februar beginnt die Faschingssaison.", [("Februar", "DATE", "2027-02")]),
    (JAN, "Am vergangenen Mittwoch war die Börse geschlossen.", [("vergangenen Mittwoch", "DATE", "2026-12-30")]),
    (JAN, "Vergangene Woche waren viele Skigebiete überfüllt.", [("Vergangene Woche", "DATE", "2026-W53")]),
    (
        JAN,
        "Im Herbst vergangenen Jahres war die Firma verkauft worden.",
        [("Herbst vergangenen Jahres", "DATE", "2026-FA")],
    ),
    (JAN, "Am Silvesterabend brannte ein Dachstuhl.", [("Silvesterabend", "TIME", "2026-12-31TEV")]),
]


@pytest.mark.parametrize(("dct", "text", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_news_expression(dct: date, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert expression_problems(dct, text, expected) == []


def _values(text: str, dct: date) -> dict[str, str]:
    return {text[h.start : h.end]: h.value for h in find_timexes(text, dct)}


def test_noch_in_der_nacht_opening_a_sentence_is_the_night_of_the_day_told() -> None:
    # "Noch in der Nacht" (capitalised) after an evening, even a paragraph later: that evening's night, and
    # "tags darauf" is the day after it (before, the night was the one before the paper's date, and
    # "tags darauf" counted from the paper's date)
    text = (
        "Am Sonntagabend entschied das Schiedsgericht gegen den Verein. Die Fans reagierten wütend.\n\n"
        "Noch in der Nacht zogen Hunderte vor das Stadion. Tags darauf trat der Trainer zurück."
    )
    got = _values(text, WE)
    assert got["Nacht"] == "2026-11-15TNI"
    assert got["Tags darauf"] == "2026-11-16"
    # lower case inside a clause, too
    assert _values("Am Freitagabend fiel der Strom aus, noch in der Nacht rückten Techniker an.", WE)["Nacht"] == (
        "2026-11-13TNI"
    )


def test_a_pluperfect_day_word_after_background_counts_from_the_lead_day() -> None:
    # a day named in a pluperfect clause is background; a pluperfect "am Vorabend", "tags zuvor", "in der Nacht
    # zuvor" a sentence or more later looks back from the story's day (the lead's), not from that background day
    lead = (
        "Der Verwaltungsrat entließ am Montag in Zürich den Firmenchef. Die Aufsicht hatte am vergangenen "
        "Donnerstag Ermittlungen eingeleitet.\n\nDie Belegschaft zeigte sich erleichtert. "
    )
    assert _values(lead + "Der Betriebsrat hatte bereits am Vorabend Neuwahlen gefordert.", WE)["Vorabend"] == (
        "2026-11-15TEV"
    )
    assert _values(lead + "Aktionäre hatten tags zuvor protestiert.", WE)["tags zuvor"] == "2026-11-15"
    assert _values(lead + "Unbekannte hatten in der Nacht zuvor Akten vernichtet.", WE)["der Nacht zuvor"] == (
        "2026-11-15TNI"
    )
    # guard: in the simple past the story goes on from the day just told ("Der Deich war am Samstag gebrochen.
    # … Tags darauf …" is Sunday)
    assert _values(lead + "Tags darauf stürzte die Aktie ab.", WE)["Tags darauf"] == "2026-11-13"
    broke = "Die Behörden meldeten am Montag 12 Tote. Der Deich war am Samstag gebrochen.\n\nTags darauf kam Hilfe."
    assert _values(broke, WE)["Tags darauf"] == "2026-11-15"
    # guard: right after the background day, the words go on from it
    near = (
        "Am Montag einigten sich die Minister. Der Streit war am Freitag eskaliert. Am Vorabend hatte Ungarn gedroht."
    )
    assert _values(near, WE)["Vorabend"] == "2026-11-12TEV"
    # guard: a day of the story itself (simple past) stays the focus however far back
    told = (
        "Am Montag tagte der Rat. Am Dienstag stimmte er ab.\n\nEs gab Streit. Am Vorabend hatten Bauern demonstriert."
    )
    assert _values(told, WE)["Vorabend"] == "2026-11-16TEV"


def test_a_day_word_after_a_night_counts_from_the_side_of_the_night() -> None:
    # a night lies between its evening's day and the day it leads into: "tags darauf" after a bare night of a
    # past clause is the day it led into (the paper's day here, not the day after it), "tags zuvor" after
    # "in der Nacht zum Dienstag" is Monday (not Sunday)
    bare = "In der Nacht stürzte ein Baukran auf zwei Autos. Tags darauf sperrte die Stadt die Baustelle."
    assert _values(bare, WE) == {"Nacht": "2026-11-17TNI", "Tags darauf": "2026-11-18"}
    assert _values("In der Nacht stürzte ein Baukran um. Am Morgen danach kamen Gutachter.", WE)["Morgen danach"] == (
        "2026-11-18TMO"
    )
    before = "In der Nacht zum Dienstag stürzte ein Baukran um. Tags zuvor hatten Anwohner vor Sturm gewarnt."
    assert _values(before, WE)["Tags zuvor"] == "2026-11-16"
    assert _values(before.replace("Tags zuvor", "Am Vortag"), WE)["Vortag"] == "2026-11-16"
    # guard: "tags darauf" after "in der Nacht zum Dienstag" stays Tuesday
    after = "In der Nacht zum Dienstag stürzte ein Baukran um. Tags darauf sperrte die Stadt die Baustelle."
    assert _values(after, WE)["Tags darauf"] == "2026-11-17"


def test_am_naechsten_tag_is_the_day_after_the_one_told_of() -> None:
    # "am nächsten Tag" with a day in focus is the day after it, not the day after the paper's date
    text = "Am Dienstag besetzten Studierende die Aula. Am nächsten Tag räumte die Polizei das Gebäude."
    assert _values(text, FR)["nächsten Tag"] == "2026-11-18"
    assert (
        _values("Am 3. Mai 2025 brach ein Feuer aus. Am übernächsten Tag war es gelöscht.", FR)["übernächsten Tag"]
        == "2025-05-05"
    )
    # guard: with no day in focus it still counts from the paper's date
    assert _values("Am nächsten Tag soll die Suche weitergehen.", FR)["nächsten Tag"] == "2026-11-21"


def test_after_a_pluperfect_flashback_the_simple_past_returns_to_the_story_day() -> None:
    # "Tags zuvor hatten …" looks back from Tuesday; "Am Folgetag flohen …", "Am Abend …" go on from Tuesday
    text = "Am Dienstag besetzten Studierende die Aula. Tags zuvor hatten sie Flugblätter verteilt. "
    assert _values(text + "Am Folgetag räumte die Polizei das Gebäude.", FR)["Folgetag"] == "2026-11-18"
    assert _values(text + "Am Abend räumte die Polizei das Gebäude.", FR)["Abend"] == "2026-11-17TEV"
    # guard: a pluperfect chain goes on back from the flashback's day
    chain = "Am 5. März wurde der Kassierer verhaftet. Am Vortag war er geflohen, am Vorabend hatte er gepackt."
    assert _values(chain, FR)["Vorabend"] == "2026-03-03TEV"


TU = date(2026, 11, 3)  # a Tuesday


def test_a_date_in_the_zu_infinitive_of_a_past_call_lies_ahead() -> None:
    # infinitives in -ern/-eln count as zu-infinitives too ("zu verlängern", "zu sammeln"): the month of a demand
    # made in the past is the nearest one, not the past one
    demand = "Die Ministerin verlangte, das Nachtfahrverbot über den Dezember hinaus zu verlängern."
    assert _values(demand, TU)["Dezember"] == "2026-12"
    assert _values("Der Verein hat beschlossen, im Dezember Decken zu sammeln.", TU)["Dezember"] == "2026-12"
    # a weekday in the zu-infinitive clause of a call (also after its object or a split particle) is ahead
    for text in (
        "Die Gewerkschaft rief die Pfleger dazu auf, am Samstag die Arbeit niederzulegen.",
        "Der Landrat bat die Anwohner, am Samstag die Fenster geschlossen zu halten.",
        "Die Bauern kündigten an, am Samstag die Autobahn zu blockieren.",
    ):
        assert _values(text, TU)["Samstag"] == "2026-11-07", text
    # guards: told as background ("hatte … aufgerufen") the nearest Saturday; a call made on Saturday is past
    assert _values("Die Gewerkschaft hatte dazu aufgerufen, am Samstag zu streiken.", TU)["Samstag"] == "2026-10-31"
    assert _values("Die Gewerkschaft rief am Samstag dazu auf, zu streiken.", TU)["Samstag"] == "2026-10-31"
    # guard: with no comma before the day it belongs to the call ("versprach am Montag Hilfe zu leisten")
    assert _values("Der Landrat versprach am Montag Hilfe zu leisten.", TU)["Montag"] == "2026-11-02"
