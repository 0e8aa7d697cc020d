"""Eleventh session (timex, issue 4): eight short agency articles invented for these tests, 2026-12-05, full of
the expression classes of unseen news — weekdays in both directions with tense, year rollover, named nights,
week and month parts, quarters, durations, sets, decades, clock times, counted-back years, deadlines. The
expected TIMEX3 type and value of every expression was written before chronik was run on the articles.
A phrase is looked up by its first occurrence (or the occurrence after a given context) and must overlap
exactly one timex, so the checks hold on value and type whatever the span convention. Written first as DATE
(TimeBank's "two years ago"), "vor zwei Wochen/vier Jahren" follow the KRAUTS convention chronik is measured on:
a DURATION without the "vor" (Dolomiten-42 gold: "vor 90 Jahren" → "90 Jahren" P90Y)."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.timex_rules import find_timexes

# (publication date, text, [(phrase, context before it or "", type, value)])
Article = tuple[date, str, list[tuple[str, str, str, str]]]

ARTICLES: dict[str, Article] = {
    "koalition": (
        date(2026, 12, 4),  # a Friday
        "Berlin (dpa) – Die Koalition hat sich nach langem Streit auf einen Haushalt geeinigt. Die Spitzen von "
        "Union und SPD verständigten sich am Donnerstagabend nach einem zehnstündigen Treffen im Kanzleramt. Der "
        "Bundestag wird am Montag in erster Lesung beraten, die Abstimmung ist für Ende des Monats geplant. "
        "Bereits am Dienstag hatte der Finanzminister einen Kompromiss vorgelegt. Am selben Abend war er jedoch "
        "von der Fraktion zurückgewiesen worden. Im Vorjahr hatte die Regierung den Haushalt verspätet "
        "beschlossen. Die Schuldenbremse soll bis Ende 2027 eingehalten werden.",
        [
            ("Donnerstagabend", "", "TIME", "2026-12-03TEV"),
            ("zehnstündigen", "", "DURATION", "PT10H"),
            ("Montag", "", "DATE", "2026-12-07"),
            ("Ende des Monats", "", "DATE", "2026-12"),
            ("Dienstag", "", "DATE", "2026-12-01"),
            ("selben Abend", "", "TIME", "2026-12-01TEV"),
            ("Vorjahr", "", "DATE", "2025"),
            ("Ende 2027", "", "DATE", "2027"),
        ],
    ),
    "tournee": (
        date(2026, 12, 28),  # a Monday
        "Innsbruck (APA) – Die Vierschanzentournee beginnt am Dienstag in Oberstdorf. Das Springen in Innsbruck "
        "findet am 3. Januar statt, das Finale in Bischofshofen am 6. Januar. Der Titelverteidiger hatte am "
        "Samstag bei einem Trainingssprung eine Knieverletzung erlitten. Er werde zwei Wochen lang pausieren "
        "müssen, sagte der Teamarzt am Sonntag. Die Tournee wird seit 1953 jährlich ausgetragen. Tickets für das "
        "Neujahrsspringen am 1. Januar seien seit Mitte November ausverkauft.",
        [
            ("Dienstag", "", "DATE", "2026-12-29"),
            ("3. Januar", "", "DATE", "2027-01-03"),
            ("6. Januar", "", "DATE", "2027-01-06"),
            ("Samstag", "", "DATE", "2026-12-26"),
            ("zwei Wochen", "", "DURATION", "P2W"),
            ("Sonntag", "", "DATE", "2026-12-27"),
            ("1953", "", "DATE", "1953"),
            ("jährlich", "", "SET", "P1Y"),
            ("1. Januar", "", "DATE", "2027-01-01"),
            ("Mitte November", "", "DATE", "2026-11"),
        ],
    ),
    "einbruch": (
        date(2026, 3, 15),  # a Sunday
        "Bozen (dpa) – Unbekannte haben in der Nacht zum Sonntag in der Bozner Altstadt drei Geschäfte "
        "aufgebrochen. Die Polizei wurde gegen 3.30 Uhr von einem Anwohner alarmiert. Bereits vor zwei Wochen war "
        "in demselben Viertel ein Juweliergeschäft überfallen worden. Die Ermittler werten nun Aufnahmen von "
        "Überwachungskameras aus, die Auswertung soll binnen 48 Stunden abgeschlossen sein. Seit Anfang des "
        "Jahres zählte die Polizei in der Stadt 40 Einbrüche, im Vorjahr waren es 25. Am Montag will der "
        "Bürgermeister mit dem Polizeichef über zusätzliche Streifen beraten.",
        [
            ("Nacht zum Sonntag", "", "TIME", "2026-03-14TNI"),
            ("3.30 Uhr", "", "TIME", "2026-03-15T03:30"),
            ("vor zwei Wochen", "", "DURATION", "P2W"),  # KRAUTS: "vor 90 Jahren" is P90Y
            ("48 Stunden", "", "DURATION", "PT48H"),
            ("Anfang des Jahres", "", "DATE", "2026"),
            ("Vorjahr", "", "DATE", "2025"),
            ("Montag", "", "DATE", "2026-03-16"),
        ],
    ),
    "zulieferer": (
        date(2026, 6, 10),  # a Wednesday
        "Frankfurt (Reuters) – Der Autozulieferer Brenner AG will im dritten Quartal rund 800 Stellen abbauen. "
        "Das kündigte Vorstandschef Klaus Berger am Mittwoch an. Im ersten Quartal war der Umsatz um zwölf "
        "Prozent eingebrochen. Berger führt das Unternehmen seit drei Jahren. Nach einem zweistündigen Gespräch "
        "mit dem Betriebsrat am Dienstag sagte er, die Gewerkschaft werde Anfang kommender Woche über das Angebot "
        "informiert. Die Hauptversammlung findet am 24. Juni statt. Zuletzt hatte das Unternehmen Mitte der 90er "
        "Jahre Personal abgebaut.",
        [
            ("dritten Quartal", "", "DATE", "2026-Q3"),
            ("Mittwoch", "", "DATE", "2026-06-10"),
            ("ersten Quartal", "", "DATE", "2026-Q1"),
            ("drei Jahren", "", "DURATION", "P3Y"),
            ("zweistündigen", "", "DURATION", "PT2H"),
            ("Dienstag", "", "DATE", "2026-06-09"),
            ("Anfang kommender Woche", "", "DATE", "2026-W25"),
            ("24. Juni", "", "DATE", "2026-06-24"),
            ("Mitte der 90er", "", "DATE", "199"),
        ],
    ),
    "warnstreik": (
        date(2026, 10, 1),  # a Thursday
        "Wien (APA) – Die Gewerkschaft hat für Montag einen Warnstreik im Nahverkehr angekündigt. Zwischen 5 Uhr "
        "und 9 Uhr sollen keine U-Bahnen fahren. Sollte es bis Freitag keine Einigung geben, will die "
        "Gewerkschaft ab dem 12. Oktober jeden Montag streiken. Die Verhandlungen waren am Dienstag nach sechs "
        "Stunden ergebnislos abgebrochen worden. Zuletzt hatten die Beschäftigten vor vier Jahren gestreikt. Die "
        "Stadt erwartet eine Entscheidung Ende der Woche.",
        [
            ("Montag", "", "DATE", "2026-10-05"),
            ("5 Uhr", "", "TIME", "2026-10-05T05:00"),
            ("9 Uhr", "", "TIME", "2026-10-05T09:00"),
            ("Freitag", "", "DATE", "2026-10-02"),
            ("12. Oktober", "", "DATE", "2026-10-12"),
            ("jeden Montag", "", "SET", "XXXX-WXX-1"),
            ("Dienstag", "", "DATE", "2026-09-29"),
            ("sechs Stunden", "", "DURATION", "PT6H"),
            ("vor vier Jahren", "", "DURATION", "P4Y"),
            ("Ende der Woche", "", "DATE", "2026-W40"),
        ],
    ),
    "erdrutsch": (
        date(2026, 5, 16),  # a Saturday
        "Kathmandu (dpa) – Bei einem Erdrutsch im Osten Nepals sind mindestens zwölf Menschen ums Leben gekommen. "
        "Die Schlammlawine hatte am Mittwochmorgen ein Dorf verschüttet, wie die Polizei am Freitag mitteilte. "
        "Tags darauf wurden zwei Überlebende aus den Trümmern geborgen. „Heute haben wir kaum noch Hoffnung“, "
        "sagte ein Helfer am Freitag. Der Monsun soll in diesem Jahr Mitte Juni beginnen. Im vergangenen Jahr "
        "waren bei Unwettern mehr als 200 Menschen gestorben.",
        [
            ("Mittwochmorgen", "", "TIME", "2026-05-13TMO"),
            ("Freitag", "", "DATE", "2026-05-15"),
            ("Tags darauf", "", "DATE", "2026-05-14"),
            ("Heute", "", "DATE", "2026-05-15"),
            ("diesem Jahr", "", "DATE", "2026"),
            ("Mitte Juni", "", "DATE", "2026-06"),
            ("vergangenen Jahr", "", "DATE", "2025"),
        ],
    ),
    "einwanderung": (
        date(2026, 12, 15),  # a Tuesday
        "Rom (ANSA) – Italiens Regierung hat am Montag ein neues Einwanderungsgesetz beschlossen. Das Parlament "
        "soll am 3. Januar darüber abstimmen. Ministerpräsidentin Rossi hatte das Vorhaben im Sommer angekündigt. "
        "Die Opposition kündigte für Samstag Proteste in mehreren Städten an. In der Nacht zum Dienstag hatten "
        "bereits Hunderte vor dem Parlament demonstriert. Die Zahl der Ankünfte über das Mittelmeer sei in diesem "
        "Jahr um ein Drittel gesunken, hieß es. Das Gesetz soll im ersten Quartal in Kraft treten.",
        [
            ("Montag", "", "DATE", "2026-12-14"),
            ("3. Januar", "", "DATE", "2027-01-03"),
            ("Sommer", "", "DATE", "2026-SU"),
            ("Samstag", "", "DATE", "2026-12-19"),
            ("Nacht zum Dienstag", "", "TIME", "2026-12-14TNI"),
            ("diesem Jahr", "", "DATE", "2026"),
            ("ersten Quartal", "", "DATE", "2027-Q1"),
        ],
    ),
    "grippe": (
        date(2026, 2, 12),  # a Thursday
        "Genf (AFP) – Die Weltgesundheitsorganisation hat am Mittwoch vor einer neuen Grippewelle gewarnt. In den "
        "vergangenen sieben Tagen seien in Europa mehr als 40.000 Fälle gemeldet worden. Am kommenden Dienstag "
        "wird ein Expertengremium in Genf zusammenkommen. Der Impfstoff wird jährlich angepasst; die Herstellung "
        "dauert etwa sechs Monate. Bereits im Januar hatten mehrere Länder Schulen geschlossen. Die WHO will ihre "
        "Empfehlungen bis Ende Februar veröffentlichen. Die letzte vergleichbare Welle hatte es vor zehn Jahren "
        "gegeben. Am Freitag hatte die Organisation noch von einer stabilen Lage gesprochen.",
        [
            ("Mittwoch", "", "DATE", "2026-02-11"),
            ("sieben Tagen", "", "DURATION", "P7D"),
            ("kommenden Dienstag", "", "DATE", "2026-02-17"),
            ("jährlich", "", "SET", "P1Y"),
            ("sechs Monate", "", "DURATION", "P6M"),
            ("Januar", "", "DATE", "2026-01"),
            ("Ende Februar", "", "DATE", "2026-02"),
            ("vor zehn Jahren", "", "DURATION", "P10Y"),
            ("Freitag", "", "DATE", "2026-02-06"),
        ],
    ),
}


def _check(name: str) -> list[str]:
    dct, text, expected = ARTICLES[name]
    hits = find_timexes(text, dct)
    wrong = []
    for phrase, before, typ, value in expected:
        start = text.index(phrase, text.index(before) + len(before) if before else 0)
        end = start + len(phrase)
        over = [h for h in hits if h.start < end and h.end > start]
        got = [(text[h.start : h.end], h.type, h.value) for h in over]
        if len(over) != 1 or (over[0].type, over[0].value) != (typ, value):
            wrong.append(f"{phrase!r}: expected {typ} {value}, got {got}")
    return wrong


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_news_article(name: str) -> None:
    assert _check(name) == []


# --- a reporting clause's day does not move the story's day -------------------------------------------------
# Audit 14 fixed ", wie die Mission am Donnerstag mitteilte"; the same holds for the other shapes of a report.


@pytest.mark.parametrize(
    "report",
    [
        "Rebellen hatten den Flughafen am Montag besetzt. Das teilte die Armee am Donnerstag mit.",
        "Rebellen hatten den Flughafen am Montag besetzt, teilte die Armee am Donnerstag mit.",
        "Rebellen hatten den Flughafen am Montag besetzt, hieß es am Donnerstag aus Armeekreisen.",
        "Rebellen hatten den Flughafen am Montag besetzt, berichtete die Zeitung „Al Watan“ am Donnerstag.",
        "Rebellen hatten den Flughafen am Montag besetzt, wie erst am Donnerstag bekannt wurde.",
        "Rebellen besetzten am Montag den Flughafen. Ein Armeesprecher bestätigte dies am Donnerstag.",
        "Rebellen besetzten am Montag den Flughafen. Dies gab die Regierung am Donnerstag bekannt.",
    ],
)
def test_day_of_a_report_does_not_move_tags_darauf(report: str) -> None:
    got = find_timexes(report + " Tags darauf flogen Kampfjets Angriffe.", date(2026, 11, 20))  # a Friday
    assert [(h.type, h.value) for h in got][-1] == ("DATE", "2026-11-17")


def test_evening_after_an_inverted_report_is_the_story_s() -> None:
    text = (
        "Ein Erdbeben der Stärke 6,1 hat am Montag den Süden des Landes erschüttert, sagte ein Sprecher des "
        "Zivilschutzes am Mittwoch. Am Abend bebte die Erde erneut."
    )
    got = find_timexes(text, date(2026, 11, 20))
    assert [(h.type, h.value) for h in got][-1] == ("TIME", "2026-11-16TEV")


def test_a_report_day_is_still_the_latest_day_for_a_later_afternoon() -> None:
    # the report's day stays the story's latest day: reactions "am Nachmittag" after a planned day lie on it
    text = (
        "Der Bürgermeister hat am Montagabend seinen Rücktritt erklärt, bestätigte die Stadt am Dienstag. Der "
        "Stadtrat soll am Donnerstag zusammenkommen. Die Opposition forderte Neuwahlen. Der Bürgermeister lehnte "
        "das am Nachmittag ab."
    )
    got = find_timexes(text, date(2026, 11, 17))  # a Tuesday
    assert [(h.type, h.value) for h in got][-1] == ("TIME", "2026-11-17TAF")


# --- the finite verb after a fronted phrase is past, also before its subject -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Am Wochenende protestierten Bauern vor dem Landtag.",  # V2: the subject follows the verb
        "Am Montag stürmten Polizisten die Wohnung.",
        "Am Montag reiste die Kanzlerin nach Warschau.",  # "reiste": -ste is also a superlative's ending
        "Am Montag passte die Delegation ihren Zeitplan an.",
        "Am Montag löste die Polizei die Kundgebung auf.",
    ],
)
def test_weak_preterite_before_a_capital_is_past(text: str) -> None:
    got = find_timexes(text, date(2026, 11, 20))  # a Friday: a bare Monday without tense is the coming one
    assert [h.value for h in got] in (["2026-11-16"], ["2026-W46-WE"])


def test_adjective_before_its_noun_is_still_no_verb() -> None:
    # guard: "verletzte" between an article and its noun is an adjective; the clause is about the coming Monday
    got = find_timexes("Die verletzten Bergsteiger sollen am Montag ausgeflogen werden.", date(2026, 11, 20))
    assert [h.value for h in got] == ["2026-11-23"]


# --- a half or a week of a named month -------------------------------------------------------------------------


def test_half_of_a_month_compound_is_that_month() -> None:
    got = find_timexes("Der Umzug soll in der zweiten Januarhälfte beginnen.", date(2026, 11, 20))
    assert [(h.type, h.value) for h in got] == [("DATE", "2027-01")]
    got = find_timexes("In der ersten Oktoberhälfte hatte es kaum geregnet.", date(2026, 11, 20))
    assert [(h.type, h.value) for h in got] == [("DATE", "2026-10")]


def test_week_of_a_month_compound_is_an_iso_week() -> None:
    got = find_timexes("Die Fähre fährt erst in der ersten Märzwoche wieder.", date(2026, 11, 20))
    assert [(h.type, h.value) for h in got] == [("DATE", "2027-W09")]  # 4 March 2027 is in week 9
    got = find_timexes("In der letzten Dezemberwoche ruht der Betrieb.", date(2026, 11, 20))
    assert [(h.type, h.value) for h in got] == [("DATE", "2026-W53")]


# --- reported speech: a present subjunctive announces, "sei/seien" + participle reports a past -----------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Die Gewerkschaft teilte mit, die Kundgebung finde am Sonntag statt.", "2026-11-22"),
        ("Eine Sprecherin sagte, der Krisenstab komme am Montag erneut zusammen.", "2026-11-23"),
        ("Der Vorstand sei am Montag geschlossen zurückgetreten, teilte der Verein mit.", "2026-11-16"),
        ("Die Delegation sei bereits am Montag abgereist, hieß es aus Diplomatenkreisen.", "2026-11-16"),
    ],
)
def test_tense_of_reported_speech(text: str, value: str) -> None:
    got = find_timexes(text, date(2026, 11, 20))  # a Friday
    assert [h.value for h in got] == [value]
