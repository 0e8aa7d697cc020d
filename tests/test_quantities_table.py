"""Quantities in real German news phrasings (most from German Wikinews, CC BY 2.5), rule-only pipeline."""

from __future__ import annotations

import pytest

from chronik.pipeline import build


@pytest.fixture(scope="module")
def nlp():
    return build("de", with_model=False, components=["quantities"])


E = None  # "no counted noun"

# sentence, span text, kind, value, unit, counted, approx
FOUND = [
    ("Die Kosten werden auf 120 Milliarden Euro geschätzt.", "120 Milliarden Euro", "money", 1.2e11, "EUR", E, False),
    ("Der Konzern zahlte 3,5 Mio. Dollar Strafe.", "3,5 Mio. Dollar", "money", 3.5e6, "USD", "Strafe", False),
    (
        "Japan legte ein Paket im Umfang von 1,2 Billionen Yen auf.",
        "1,2 Billionen Yen",
        "money",
        1.2e12,
        "JPY",
        E,
        False,
    ),
    ("Das Defizit darf 1,5 % des BIP nicht überschreiten.", "1,5 %", "percent", 1.5, "%", "BIP", False),
    (
        "Die 12.000 eingesetzten Soldaten kehren zurück.",
        "12.000 eingesetzten Soldaten",
        "count",
        12000,
        E,
        "Soldat",
        False,
    ),
    (
        "Hunderte Demonstranten zogen durch die Innenstadt.",
        "Hunderte Demonstranten",
        "count",
        100,
        E,
        "Demonstrant",
        True,
    ),
    (
        "Rekruten mussten nach einem 40 Kilometer langem Marsch eine Übung absolvieren.",
        "40 Kilometer",
        "measure",
        40,
        "km",
        E,
        False,
    ),
    ("Zwei Dutzend Polizisten sicherten den Platz.", "Zwei Dutzend Polizisten", "count", 24, E, "Polizist", False),
    (
        "Die Halle bietet Platz für fünfhundertfünfzig Menschen.",
        "fünfhundertfünfzig Menschen",
        "count",
        550,
        E,
        "Mensch",
        False,
    ),
    (
        "Der wuchtige Bau erfährt nun eine Investition von 60 Millionen Euro.",
        "60 Millionen Euro",
        "money",
        6e7,
        "EUR",
        E,
        False,
    ),
    (
        "Ihr Haushaltsdefizit von voraussichtlich zirka 521 Milliarden US-Dollar soll sinken.",
        "521 Milliarden US-Dollar",
        "money",
        5.21e11,
        "USD",
        E,
        True,
    ),
    (
        "Der Etat ist um durchschnittlich 8,5 Prozent pro Jahr angeschwollen.",
        "8,5 Prozent",
        "percent",
        8.5,
        "%",
        E,
        False,
    ),
    (
        "In diesen zwölf Ländern leben insgesamt 360 Millionen Menschen.",
        "360 Millionen Menschen",
        "count",
        3.6e8,
        E,
        "Mensch",
        False,
    ),
    (
        "Die geringe Wahlbeteiligung von 59,2 Prozent lässt auf Politikverdrossenheit schließen.",
        "59,2 Prozent",
        "percent",
        59.2,
        "%",
        E,
        False,
    ),
    (
        "Deutschland erlässt Äthiopien 67 Millionen Euro Schulden.",
        "67 Millionen Euro",
        "money",
        6.7e7,
        "EUR",
        "Schulden",
        False,
    ),
    ("Jährlich verkaufen sie rund zehn Millionen Bäume.", "zehn Millionen Bäume", "count", 1e7, E, "Baum", True),
    ("Dazu kommen 35.000 Tonnen Tannenzweige.", "35.000 Tonnen", "measure", 35000, "t", "Tannenzweige", False),
    ("Etwa 95 Prozent der Bäume sind Nordmanntannen.", "95 Prozent", "percent", 95, "%", "Baum", True),
    ("Die Emissionen sollen um acht Prozent gegenüber 1990 sinken.", "acht Prozent", "percent", 8, "%", E, False),
    (
        "Der Bund will 800 Millionen Euro für die Ausstattung bereitstellen.",
        "800 Millionen Euro",
        "money",
        8e8,
        "EUR",
        E,
        False,
    ),
    (
        "Der Bund war bereit, 8,5 bis zehn Prozent der Gesamtkosten zu bezahlen.",
        "8,5",
        "percent",
        8.5,
        "%",
        "Gesamtkosten",
        False,
    ),
    (
        "Der Bund war bereit, 8,5 bis zehn Prozent der Gesamtkosten zu bezahlen.",
        "zehn Prozent",
        "percent",
        10,
        "%",
        "Gesamtkosten",
        False,
    ),
    (
        "Seit Januar sind pro Veranstaltung drei Euro Parkgebühren fällig.",
        "drei Euro",
        "money",
        3,
        "EUR",
        "Parkgebühren",
        False,
    ),
    ("Einzelkarten kosten künftig sieben statt 6,50 Euro.", "sieben", "money", 7, "EUR", E, False),
    ("Einzelkarten kosten künftig sieben statt 6,50 Euro.", "6,50 Euro", "money", 6.5, "EUR", E, False),
    ("Die Preise steigen um zehn oder 20 Cent.", "20 Cent", "money", 0.2, "EUR", E, False),
    ("Die Hunde-Abgabe verändert sich von 120 auf 132 Euro im Jahr.", "120", "money", 120, "EUR", E, False),
    (
        "Heute waren vier Millionen Dänen aufgerufen, ein neues Parlament zu wählen.",
        "vier Millionen Dänen",
        "count",
        4e6,
        E,
        "Däne",
        False,
    ),
    ("Sie kamen nur auf 26 Prozent der Stimmen.", "26 Prozent", "percent", 26, "%", "Stimme", False),
    (
        "Wer Tausende von Stellen streicht, handelt unverantwortlich.",
        "Tausende von Stellen",
        "count",
        1000,
        E,
        "Stelle",
        True,
    ),
    (
        "Mindestens acht Millionen Franzosen haben es versucht.",
        "acht Millionen Franzosen",
        "count",
        8e6,
        E,
        "Franzose",
        True,
    ),
    ("Die Ozonschicht nimmt jährlich um etwa vier Prozent ab.", "vier Prozent", "percent", 4, "%", E, True),
    ("Die Gase gelangten in ungefähr 30 Kilometer Höhe.", "30 Kilometer", "measure", 30, "km", "Höhe", True),
    ("Das Fahrzeug kam 700 Meter vor dem Flughafen von der Straße ab.", "700 Meter", "measure", 700, "m", E, False),
    (
        "In dem mehr als 100 Meter hohen Kuppelbau entstand eine Tropenlandschaft.",
        "100 Meter",
        "measure",
        100,
        "m",
        E,
        True,
    ),
    (
        "Die Firma wies einen Schuldenberg von 40 Millionen Euro aus.",
        "40 Millionen Euro",
        "money",
        4e7,
        "EUR",
        E,
        False,
    ),
    (
        "Das Handelsvolumen beläuft sich auf 800 Millionen bis 1,3 Milliarden Euro.",
        "800 Millionen",
        "money",
        8e8,
        "EUR",
        E,
        False,
    ),
    (
        "Das Handelsvolumen beläuft sich auf 800 Millionen bis 1,3 Milliarden Euro.",
        "1,3 Milliarden Euro",
        "money",
        1.3e9,
        "EUR",
        E,
        False,
    ),
    (
        "SPD und CDU wollen keine Nutzung des 142 Quadratkilometer großen Geländes.",
        "142 Quadratkilometer",
        "measure",
        142,
        "km²",
        E,
        False,
    ),
    (
        "5,8 Millionen Wahlberechtigte sind aufgerufen.",
        "5,8 Millionen Wahlberechtigte",
        "count",
        5.8e6,
        E,
        "Wahlberechtigte",
        False,
    ),
    (
        "Mehr als zwei Millionen Menschen seien wegen des Konflikts geflohen.",
        "zwei Millionen Menschen",
        "count",
        2e6,
        E,
        "Mensch",
        True,
    ),
    ("Im Frachtraum befanden sich rund 55 Tonnen Sprengstoff.", "55 Tonnen", "measure", 55, "t", "Sprengstoff", True),
    ("Das 335 Meter lange Schiff wurde von zwei Schleppern gezogen.", "335 Meter", "measure", 335, "m", E, False),
    (
        "Das 335 Meter lange Schiff wurde von zwei Schleppern gezogen.",
        "zwei Schleppern",
        "count",
        2,
        E,
        "Schlepper",
        False,
    ),
    ("Die Grundsicherung wird um 30 Prozent gekürzt.", "30 Prozent", "percent", 30, "%", E, False),
    (
        "Laut israelischen Medien gab es zehn Tote und mehr als 50 Verletzte.",
        "zehn Tote",
        "count",
        10,
        E,
        "Tote",
        False,
    ),
    (
        "Laut israelischen Medien gab es zehn Tote und mehr als 50 Verletzte.",
        "50 Verletzte",
        "count",
        50,
        E,
        "Verletzte",
        True,
    ),
    (
        "Der Irak war mit 15 getöteten Journalisten das gefährlichste Land.",
        "15 getöteten Journalisten",
        "count",
        15,
        E,
        "Journalist",
        False,
    ),
    (
        "Anschließend ließen sie 24.000 Liter Kerosin über dem Mittelmeer ab.",
        "24.000 Liter",
        "measure",
        24000,
        "l",
        "Kerosin",
        False,
    ),
    ("Der Kurs des Euro stieg zeitweise auf 1,5904 US-Dollar.", "1,5904 US-Dollar", "money", 1.5904, "USD", E, False),
    ("ALG-II-Empfänger dürfen pauschal 100,- € ohne Anrechnung behalten.", "100,- €", "money", 100, "EUR", E, False),
    ("Das ist eine Wahlbeteiligung von 31,86 %.", "31,86 %", "percent", 31.86, "%", E, False),
    ("Die Zölle liegen in Höhe von 18 Prozent bis 250 Prozent.", "18 Prozent", "percent", 18, "%", E, False),
    ("Er hat derzeit 568 Delegierte hinter sich.", "568 Delegierte", "count", 568, E, "Delegierte", False),
    ("Das FBI erstellte beinahe 1.200 Seiten über die Gruppe.", "1.200 Seiten", "count", 1200, E, "Seite", True),
    ("Atomwaffen mit Reichweiten von 700 bis 8000 km bedrohen auch Osteuropa.", "700", "measure", 700, "km", E, False),
    (
        "Atomwaffen mit Reichweiten von 700 bis 8000 km bedrohen auch Osteuropa.",
        "8000 km",
        "measure",
        8000,
        "km",
        E,
        False,
    ),
    (
        "Das Schiff wäre 63 Kilometer pro Stunde schnell gewesen.",
        "63 Kilometer pro Stunde",
        "measure",
        63,
        "km/h",
        E,
        False,
    ),
    ("Es war 33,8 Knoten schnell.", "33,8 Knoten", "measure", 33.8, "kn", E, False),
    ("Die Autos stoßen weniger als 130 Gramm CO2 je Kilometer aus.", "130 Gramm", "measure", 130, "g", "CO2", True),
    ("Es entstand ein Schaden zwischen 80.000 und 300.000 Euro.", "80.000", "money", 80000, "EUR", E, False),
    (
        "Der parteilose Häckel setzte sich mit 68,4 Prozent der abgegebenen Stimmen durch.",
        "68,4 Prozent",
        "percent",
        68.4,
        "%",
        "Stimme",
        False,
    ),
    ("In Ratzdorf erreichte der Pegel der Oder bereits 5,54 Meter.", "5,54 Meter", "measure", 5.54, "m", E, False),
    (
        "Griechenland hat den höchsten Korruptionsgrad aller 27 EU-Länder.",
        "27 EU-Länder",
        "count",
        27,
        E,
        "EU-Land",
        False,
    ),
    ("Die Stadt zählt 210.000 Einwohner.", "210.000 Einwohner", "count", 210000, E, "Einwohner", False),
    (
        "Über hundert Polizisten waren an dem Einsatz beteiligt.",
        "hundert Polizisten",
        "count",
        100,
        E,
        "Polizist",
        True,
    ),
    (
        "Es brannten einige hundert Quadratmeter Waldboden.",
        "hundert Quadratmeter",
        "measure",
        100,
        "m²",
        "Waldboden",
        True,
    ),
    (
        "Fast zwei Drittel der israelischen Bevölkerung wollen den Rücktritt.",
        "zwei Drittel",
        "percent",
        66.6667,
        "%",
        "Bevölkerung",
        True,
    ),
    (
        "Der Wert der DFS beträgt mehrere hundert Millionen Euro.",
        "hundert Millionen Euro",
        "money",
        1e8,
        "EUR",
        E,
        True,
    ),
    (
        "Angeblich sollen bis zu 200 Milliarden Euro die Länder stützen.",
        "200 Milliarden Euro",
        "money",
        2e11,
        "EUR",
        E,
        True,
    ),
    ("Die Temperatur liegt bei 30 bis 35°C.", "35°C", "measure", 35, "°C", E, False),
    ("Die Schneeschicht war etwa 30 Zentimeter dick.", "30 Zentimeter", "measure", 30, "cm", E, True),
    ("Täglich werden rund 8.000 Flüge überwacht.", "8.000 Flüge", "count", 8000, E, "Flug", True),
    ("Jährlich sind das rund 2,9 Millionen Flüge.", "2,9 Millionen Flüge", "count", 2.9e6, E, "Flug", True),
    ("Das Projekt kostet € 5 Mio.", "€ 5 Mio.", "money", 5e6, "EUR", E, False),
    ("Die Transaktion hatte ein Volumen von US-$ 3 Mrd.", "US-$ 3 Mrd.", "money", 3e9, "USD", E, False),
    ("Der Umsatz wuchs um 2,5 Prozentpunkte.", "2,5 Prozentpunkte", "percent", 2.5, "pp", E, False),
    ("Die Kraftwerke liefern 1.400 Megawatt.", "1.400 Megawatt", "measure", 1400, "MW", E, False),
    ("Der Spieler wechselt für 12 Millionen Pfund nach London.", "12 Millionen Pfund", "money", 1.2e7, "GBP", E, False),
    (
        "Die Bank zahlt 300 Millionen Schweizer Franken.",
        "300 Millionen Schweizer Franken",
        "money",
        3e8,
        "CHF",
        E,
        False,
    ),
    ("Der Kredit beläuft sich auf 1,5 Milliarden Rubel.", "1,5 Milliarden Rubel", "money", 1.5e9, "RUB", E, False),
    ("China investiert 40 Milliarden Yuan.", "40 Milliarden Yuan", "money", 4e10, "CNY", E, False),
    ("In 16 Bundesländern wird gewählt.", "16 Bundesländern", "count", 16, E, "Bundesland", False),
    ("Dutzende Häuser wurden zerstört.", "Dutzende Häuser", "count", 12, E, "Haus", True),
    ("Zehntausende Menschen demonstrierten in Kiew.", "Zehntausende Menschen", "count", 10000, E, "Mensch", True),
    ("Die Polizei nahm 37 Personen fest.", "37 Personen", "count", 37, E, "Person", False),
    ("Der Ölpreis stieg auf 80 Dollar pro Barrel.", "80 Dollar", "money", 80, "USD", E, False),
    ("Es fielen 2.000 Soldaten.", "2.000 Soldaten", "count", 2000, E, "Soldat", False),
    ("Nachts fiel die Temperatur auf minus 5 Grad.", "minus 5 Grad", "measure", -5, "°", E, False),
    ("Die Wirtschaft schrumpfte um -3,5 Prozent.", "-3,5 Prozent", "percent", -3.5, "%", E, False),
    ("Die Mieten stiegen um 10-15 Prozent.", "10", "percent", 10, "%", E, False),
    ("Die Mieten stiegen um 10-15 Prozent.", "15 Prozent", "percent", 15, "%", E, False),
    ("Mehr als die Hälfte der Befragten lehnt das ab.", "Hälfte", "percent", 50, "%", "Befragte", True),
    ("Der Umbau kostete 960 Millionen Mark.", "960 Millionen Mark", "money", 9.6e8, "DEM", E, False),
    ("Das Haus hat drei Etagen.", "drei Etagen", "count", 3, E, "Etage", False),
    ("Die Sprengsätze: drei Sprengsätze explodierten.", "drei Sprengsätze", "count", 3, E, "Sprengsatz", False),
    (
        "Die Bildung für tausende schulpflichtiger Kinder wurde unterbrochen.",
        "tausende schulpflichtiger Kinder",
        "count",
        1000,
        E,
        "Kind",
        True,
    ),
    ("Das 4,3 Zoll große Display ist hell.", "4,3 Zoll", "measure", 4.3, "in", E, False),
    ("Das Display hat eine Auflösung von 960 × 540 Pixeln.", "960", "count", 960, E, "Pixel", False),
    (
        "Im Stadtteil wurden gut 100 Umleitungs- und Verbotsschilder aufgestellt.",
        "100 Umleitungs- und Verbotsschilder",
        "count",
        100,
        E,
        "Verbotsschild",
        True,
    ),
    ("Der Mann und zwei seiner Töchter liegen im Koma.", "zwei seiner Töchter", "count", 2, E, "Tochter", False),
    (
        "Die Firma will bis zu 130 der noch übrigen 500 Mitarbeiter entlassen.",
        "130",
        "count",
        130,
        E,
        "Mitarbeiter",
        True,
    ),
    (
        "Im zweiten Wahlgang gaben nur 12.643 der 39.684 Wahlberechtigten ihre Stimme ab.",
        "12.643",
        "count",
        12643,
        E,
        "Wahlberechtigte",
        False,
    ),
    ("Zusätzlich müssen zwei der drei Manager Sozialstunden leisten.", "zwei", "count", 2, E, "Manager", False),
    (
        "Die Sendung half mit, zwei andere Mädchen zu identifizieren.",
        "zwei andere Mädchen",
        "count",
        2,
        E,
        "Mädchen",
        False,
    ),
    ("Ein Erdbeben der Stärke 4,4 erschütterte die Region.", "Stärke 4,4", "measure", 4.4, "M", E, False),
    ("Von den 101 Fahrerinnen kamen nur 54 ins Ziel.", "54", "count", 54, E, "Fahrerin", False),
    ("Dabei wurden 23 Gläubige getötet und 97 weitere verletzt.", "97", "count", 97, E, "Gläubige", False),
    # a sign written as a word before a number word
    ("Nachts fällt das Thermometer auf minus acht Grad.", "minus acht Grad", "measure", -8, "°", E, False),
    # speeds and rates in the dative plural, volumes in cubic kilometres
    ("Der Sturm erreichte 90 Kilometern pro Stunde.", "90 Kilometern pro Stunde", "measure", 90, "km/h", E, False),
    ("Die Böen kamen auf 25 Meter pro Sekunde.", "25 Meter pro Sekunde", "measure", 25, "m/s", E, False),
    ("In zwei Stunden fielen 35 Liter pro Quadratmeter.", "35 Liter pro Quadratmeter", "measure", 35, "l/m²", E, False),
    ("Der See fasst 48 Kubikkilometer Wasser.", "48 Kubikkilometer", "measure", 48, "km³", "Wasser", False),
    # a number word before "weitere" with no noun: a count, taking the noun of the sentence if any
    ("Ein Mann starb, vier weitere wurden verletzt.", "vier", "count", 4, E, E, False),
    ("Zwei Soldaten starben, fünf weitere wurden verletzt.", "fünf", "count", 5, E, "Soldat", False),
    # a temperature below zero written after the unit
    ("In der Nacht waren es 12 Grad unter null.", "12 Grad unter null", "measure", -12, "°", E, False),
    # a scale named before the number with "von", and a decimal ending the sentence
    ("Das Beben hatte eine Stärke von 5,9.", "Stärke von 5,9", "measure", 5.9, "M", E, False),
    # number and unit leading a hyphenated compound
    ("Die Stadt baut ein 25-Meter-Becken.", "25-Meter", "measure", 25, "m", E, False),
    ("Die Partei scheiterte an der 3-Prozent-Hürde.", "3-Prozent", "percent", 3, "%", E, False),
    # a bare number as the size of a change
    ("Die Zahl der Mitglieder ist um 12.000 gesunken.", "12.000", "count", 12000, E, E, False),
    ("Die Truppe wurde von 1.500 auf höchstens 4.000 vergrößert.", "1.500", "count", 1500, E, E, False),
]


@pytest.mark.parametrize(("sentence", "text", "kind", "value", "unit", "counted", "approx"), FOUND)
def test_quantity_found(nlp, sentence, text, kind, value, unit, counted, approx):
    doc = nlp(sentence)
    by_text = {q.text: q for q in doc._.quantities}
    assert text in by_text, [q.text for q in doc._.quantities]
    q = by_text[text]
    assert sentence[q.start : q.end] == q.text
    assert (q.kind, q.unit, q.counted) == (kind, unit, counted)
    assert q.value == pytest.approx(value, rel=1e-4)
    assert q.model_extra["approx"] is approx


# Numbers that are not quantities: dates, years, times, ordinals, durations, identifiers, scores.
NOTHING = [
    "Bis zu seinem Rücktritt 1993 Bundesminister für Verkehr, dann Botschafter.",
    "In Phase 2 der Reform sinken die Steuern.",
    "Davon gehören 780 der deutschen Bundeswehr an.",
    "Die Abstimmung wurde drei Mal vertagt.",
    "In der zweiten Hälfte des Jahres wuchs die Wirtschaft.",
    "Der am 18. Mai 1992 vom Landgericht Stuttgart verurteilte Mann starb.",
    "Am 3.12.2004 um 14.30 Uhr explodierte eine Bombe.",
    "Die Sitzung beginnt um 14:30 Uhr.",
    "Der FC Bayern gewann gegen den AC Mailand 2:1.",
    "Er starb im Alter von 92 Jahren.",
    "Die Verhandlungen dauerten 45 Minuten.",
    "Er wurde zu neun Jahren Haft verurteilt.",
    "Das regelt § 3 des Gesetzes.",
    "Nach Artikel 5 des Grundgesetzes ist das erlaubt.",
    "Die Sinfonie Nr. 5 wurde gespielt.",
    "Rufen Sie 0621/123456 an.",
    "Im Jahr 2005 wurden Wahlen abgehalten.",
    "Seit 1993 hat Deutschland Äthiopien geholfen.",
    "In der 32. Minute fiel der zweite Treffer.",
    "Auf der Autobahn A 67 bei Darmstadt kam es zu einem Unfall.",
    "Die Resolution 1441 wurde einstimmig angenommen.",
    "Canonical hat die Version 17.10 veröffentlicht.",
    "Der 45-jährige Ferenc Bago ist der Chef.",
    "Ein Soldat wurde verletzt.",
    "Die Elf des FC spielte stark.",
    "Er war 1967 an die Macht gekommen.",
    "Die Wachstumsprognose für die nächsten beiden Jahre ist gut.",
    "Der Zins stieg von 2,5 auf 3,1.",
    "Die Zahl wuchs von 2010 auf 2011 stark.",
]


@pytest.mark.parametrize("sentence", NOTHING)
def test_not_a_quantity(nlp, sentence):
    assert [q.text for q in nlp(sentence)._.quantities] == []


def test_timex_spans_are_skipped(nlp):
    from chronik.document import Timex

    text = "Die Firma zahlte 500 Euro."
    doc = nlp.make_doc(text)
    doc._.timexes = [Timex(start=17, end=25, text="500 Euro", type="DURATION", value="P500D")]
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert doc._.quantities == []


def test_unit_outside_a_timex_keeps_the_quantity(nlp):
    """A timex tagger calling "1200" a year must not swallow "1200 €"."""
    from chronik.document import Timex

    text = "Der Freibetrag beträgt 1200 €."
    doc = nlp.make_doc(text)
    doc._.timexes = [Timex(start=23, end=27, text="1200", type="DATE", value="1200")]
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert [(q.text, q.unit) for q in doc._.quantities] == [("1200 €", "EUR")]
