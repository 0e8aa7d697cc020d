"""Event places, dates, modality and timexes, second round of the sixteenth session: invented news items for the
causes of the place, date and timex errors of the blind audits 25 and 26.

Places: a country adjective inside a place phrase ("vor der russischen Botschaft in Warschau") is not the place, the
town named after it is; "verhängten eine Ausgangssperre über X" puts the measure in X; a call to a rally told before
("Zu der Kundgebung hatten X und Y aufgerufen") is not placed at the rally's site; a facility inside the topic of the
object ("einen Vertrag über den Bau … im Kraftwerk X") is not where a court ruled; an agreement reached after talks
("Nach Gesprächen in X vereinbarten …") is reached where the talks were; the dateline's town is not the scene of acts
after a lead that put the story in another town ("GOMA (AFP) – … nahe der Stadt Bunia …"); "in der Hauptstadt" is the
town in focus when that is its country's capital; a state declared "für zwölf Bezirke" is not in the town in focus.
Dates: "vor drei Wochen" dates the act to the week it counts back to; an undated lead scene ("ist es zu Krawallen
gekommen") with no later event of its kind takes the day of the body's first dated scene.
Modality: "riefen für kommenden Freitag zu einem Streik auf" is a call made now (asserted).
Timexes: a month after a modal of plan in the preterite ("im Dezember einziehen sollten") is the coming one; a date of
an occasion a call is about ("zum Boykott der Wahl am 22. November aufgerufen") is the coming one; a title line above
the dateline keeps its own tense ("… – Neuwahl im März").
The tables were written before they were run.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.event_docs import PlaceRow as Row
from tests.event_docs import check_date_row, event_rows, table_params
from tests.event_docs import check_place_row as check_place
from tests.test_events_placesdates_r2_s15 import DateRow
from tests.timex_docs import tag

# fmt: off
PLACES = [
    # a country adjective inside the place phrase: the town after it
    Row("embassy_town", "demonstrierten", "Warschau",
        "Polen und Russland streiten seit Wochen über die Grenze. Vor der russischen Botschaft in Warschau "
        "demonstrierten am Dienstag mehrere Hundert Menschen."),
    Row("embassy_town_arrest", "nahm", "Warschau",
        "Polen und Russland streiten seit Wochen über die Grenze. Vor der russischen Botschaft in Warschau "
        "demonstrierten am Dienstag mehrere Hundert Menschen. Die Polizei nahm zehn von ihnen fest."),
    Row("embassy_gathering", "versammelten|protestierten", "Bamako",
        "Frankreich und Mali haben ihre Beziehungen abgebrochen. Vor der französischen Botschaft in Bamako "
        "versammelten sich am Freitag Tausende Demonstranten und protestierten gegen die Militärpräsenz."),
    Row("consulate_town", "Protesten", "Thessaloniki",
        "Im Streit mit der Türkei hat Griechenland protestiert. Am türkischen Konsulat in Thessaloniki kam es am "
        "Sonntag zu Protesten."),
    # a measure imposed "über" a place
    Row("curfew_over_town", "Ausgangssperre", "Adigrat",
        "In der Stadt Mekele kam es am Montag zu Gefechten. Die Behörden verhängten am Dienstag eine Ausgangssperre "
        "über Adigrat."),
    Row("emergency_over_province", "Ausnahmezustand", "Provinz Belutschistan|Belutschistan",
        "In Karatschi starben am Montag zwölf Menschen. Die Regierung verhängte den Ausnahmezustand über die Provinz "
        "Belutschistan."),
    Row("curfew_over_country_town", "Ausnahmezustand", "Mosul",
        "In Bagdad kam es am Montag zu Anschlägen. Die Regierung verhängte am Dienstag den Ausnahmezustand über "
        "Mosul."),
    # a state declared for areas left unnamed: not the town in focus
    Row("decree_unnamed_districts", "Notstand", None,
        "Bei Überschwemmungen sind mindestens 50 Menschen gestorben. Die Armee schickte am Dienstag Soldaten in die "
        "Bezirke Sukkur und Jacobabad. Die Landesregierung rief für acht Distrikte den Notstand aus.",
        "Hochwasser\nKARATSCHI (dpa) – "),
    Row("decree_named_province_control", "Notstand", "Provinz Sindh|Sindh",
        "Die Armee schickte am Dienstag Soldaten nach Sukkur. Die Regierung rief für die Provinz Sindh den Notstand "
        "aus."),
    # the call to a rally told before is not at the rally's site
    Row("call_to_rally", "aufgerufen", "!Brandenburger Tor",
        "Die Koalition hat die Rentenreform beschlossen. Vor dem Brandenburger Tor demonstrierten am Samstag rund "
        "5000 Menschen gegen die Reform. Zu der Kundgebung hatten die IG Metall und der Sozialverband VdK aufgerufen."),
    Row("call_to_protest", "aufgerufen", "!Brandenburger Tor",
        "Vor dem Brandenburger Tor protestierten am Sonntag Tausende gegen die Mietpreise. Zum Protest hatte die "
        "Gewerkschaft Verdi aufgerufen."),
    Row("rally_itself_control", "demonstrierten", "Brandenburger Tor",
        "Die Koalition hat die Rentenreform beschlossen. Vor dem Brandenburger Tor demonstrierten am Samstag rund "
        "5000 Menschen gegen die Reform. Zu der Kundgebung hatten die IG Metall und der Sozialverband VdK aufgerufen."),
    # a facility the object is about is not where the court ruled
    Row("ruling_topic_facility", "untersagt", "!Lipno",
        "Ein Gericht hat die Vergabe eines Auftrags über den Bau zweier Turbinen im Wasserkraftwerk Lipno vorläufig "
        "untersagt.", "Meldung\nPRAG (dpa) – "),
    Row("facility_access_control", "verweigerte", "Natans",
        "Die Behörde verweigerte den Inspektoren den Zugang zur Atomanlage Natans."),
    Row("facility_strike_control", "streikten", "Jänschwalde",
        "Arbeiter streikten am Montag im Kohlekraftwerk Jänschwalde."),
    # an agreement after talks: where the talks were
    Row("agreement_after_talks", "vereinbarten", "Peking",
        "Nach Gesprächen in Peking vereinbarten die Außenminister am Montag den Abzug von Soldaten aus dem "
        "Grenzgebiet in Sikkim.", "Meldung\nPEKING (dpa) – "),
    Row("host_after_agreement", "empfing", "Peking",
        "Nach Gesprächen in Peking vereinbarten die Außenminister am Montag den Abzug von Soldaten aus dem "
        "Grenzgebiet in Sikkim. Wang empfing seinen Kollegen anschließend zu einem Essen.", "Meldung\nPEKING (dpa) – "),
    Row("agreement_after_negotiations", "einigten", "Genf",
        "Nach dreitägigen Verhandlungen in Genf einigten sich die Konfliktparteien am Sonntag auf eine Waffenruhe in "
        "der Provinz Kivu.", "Meldung\nWIEN (dpa) – "),
    Row("arrest_after_attack_control", "nahm", "Bergen",
        "Nach dem Anschlag in Oslo nahm die Polizei in Bergen einen Mann fest."),
    # the lead's town, not the dateline's, for the scene acts after the lead
    Row("lead_town_arrest", "nahm", "Bunia",
        "Beim Einsturz einer Goldmine sind im Osten Kongos mindestens 40 Menschen ums Leben gekommen. Der Stollen sei "
        "am Samstag nahe der Stadt Bunia eingestürzt, teilte der Gouverneur am Sonntag mit.\n\n"
        "Die Polizei nahm den Betreiber der Mine fest.", "Minenunglück\nGOMA (AFP) – "),
    Row("lead_town_dispersal", "trieb", "Bunia",
        "Beim Einsturz einer Goldmine sind im Osten Kongos mindestens 40 Menschen ums Leben gekommen. Der Stollen sei "
        "am Samstag nahe der Stadt Bunia eingestürzt, teilte der Gouverneur am Sonntag mit.\n\n"
        "Am Montag versammelten sich Angehörige vor dem Rathaus. Die Polizei trieb die Menge mit Tränengas "
        "auseinander.", "Minenunglück\nGOMA (AFP) – "),
    Row("lead_town_bus", "nahm", "Huancayo",
        "Bei einem Busunglück in den Anden sind mindestens 25 Menschen ums Leben gekommen. Der Bus sei in der Nacht "
        "zum Sonntag bei Huancayo in eine Schlucht gestürzt, teilte die Polizei mit.\n\n"
        "Die Polizei nahm den Fahrer fest.", "Busunglück\nLIMA (dpa) – "),
    # the unnamed capital is the town in focus when that is the country's capital
    Row("unnamed_capital_dateline", "demonstrierten", "NAIROBI|Nairobi",
        "Die Regierung hat die Steuern erhöht. Am Dienstag demonstrierten Hunderte Studenten in den Straßen der "
        "Hauptstadt.", "Steuern\nNAIROBI (dpa) – "),
    Row("unnamed_capital_march", "zogen", "DAKAR|Dakar",
        "Die Opposition hat zu Protesten gegen die Verfassungsreform aufgerufen. Am Montagnachmittag zogen mehrere "
        "Tausend Demonstranten durch die Innenstadt der Hauptstadt.", "Proteste\nDAKAR (AFP) – "),
]

DATES = [
    # a span counted back dates the act to the day or week it reaches (published Thursday 2026-10-08)
    DateRow("weeks_ago_pluperfect", "Ermittlungen", "2026-W38",
        "Hintergrund sind Vorwürfe gegen den Minister. Die Staatsanwaltschaft in Porto hatte vor drei Wochen "
        "Ermittlungen gegen zwei Berater des Ministers eingeleitet."),
    DateRow("days_ago_perfect", "festgenommen", "2026-10-06",
        "Die Polizei hat vor zwei Tagen einen Mann in Hamburg festgenommen."),
    DateRow("week_ago_fronted", "besetzt", "2026-W40",
        "Vor einer Woche hatten Demonstranten das Rathaus besetzt."),
    DateRow("years_ago", "forderte", "2023",
        "Die Gewerkschaft forderte vor drei Jahren mehr Lohn."),
    DateRow("since_weeks_control", "Streik", "!2026-W39",
        "Der Streik dauert seit zwei Wochen an."),
]

LEAD_DATES = [
    # an undated lead scene takes the day of the body's first dated scene (published Sunday 2026-05-10)
    DateRow("lead_riots_body_day", "Ausschreitungen", "2026-05-09",
        "Nach einer Messerattacke ist es in Hamburg zu schweren Ausschreitungen gekommen. Ein Mann hatte in der Nacht "
        "zum Samstag einen Jugendlichen schwer verletzt.\n\nAm Samstagabend versammelten sich mehrere Hundert "
        "Menschen am Tatort. Einige warfen Flaschen auf Polizisten. Die Polizei nahm 20 Personen fest.",
        "Meldung\nHAMBURG (dpa) – "),
    DateRow("lead_riots_not_lead_night", "Krawallen", "2026-05-09",
        "Nach einem Brandanschlag auf eine Moschee ist es in Bremen zu Krawallen gekommen. Unbekannte hatten in der "
        "Nacht zum Freitag Feuer gelegt.\n\nAm Samstagabend griffen Vermummte Polizisten mit Steinen an. Die Polizei "
        "nahm zwölf Personen fest.", "Meldung\nBREMEN (dpa) – "),
]
# fmt: on


@pytest.mark.parametrize("row", table_params(PLACES, {}))
def test_place(row: Row) -> None:
    check_place(row)


@pytest.mark.parametrize("row", table_params(DATES, {}))
def test_counted_back_date(row: DateRow) -> None:
    check_date_row(row, "2026-10-08")


@pytest.mark.parametrize("row", table_params(LEAD_DATES, {}))
def test_lead_scene_date(row: DateRow) -> None:
    check_date_row(row, "2026-05-10")


@pytest.mark.parametrize(
    "text",
    [
        "Die Gewerkschaften Verdi und IG Metall riefen für kommenden Freitag zu einem Warnstreik in den Filialen auf.",
        "Die Lehrergewerkschaft GEW rief für nächsten Montag zu landesweiten Kundgebungen auf.",
        "Die Bauern riefen für den kommenden Donnerstag zu einer Blockade der Autobahnen auf.",
    ],
)
def test_call_for_coming_named_day_is_asserted(text: str) -> None:
    # the call is made now; the coming day is the strike's (the call keeps it as its date)
    rows = event_rows("Meldung\nBERLIN (dpa) – " + text, published="2026-05-06")
    calls = [r for r in rows if r[1] == "REQUEST"]
    assert calls and calls[0][5] == "asserted", rows


@pytest.mark.parametrize(
    ("published", "text", "phrase", "value"),
    [
        # a modal of plan in the preterite: the coming month
        (
            "2026-11-05",
            "Unbekannte zündeten ein leeres Heim an, in das im Dezember 80 Geflüchtete ziehen sollten.",
            "Dezember",
            "2026-12",
        ),
        (
            "2026-09-20",
            "Die Firma kaufte ein Grundstück, auf dem im Oktober eine Halle entstehen sollte.",
            "Oktober",
            "2026-10",
        ),
        (
            "2026-03-02",
            "Der Sender zeigte die Serie nicht, die eigentlich im April starten sollte.",
            "April",
            "2026-04",
        ),
        # the date of an occasion a call or demand is about
        (
            "2026-11-03",
            "Die Opposition hat zum Boykott der Parlamentswahl am 29. November aufgerufen.",
            "29. November",
            "2026-11-29",
        ),
        (
            "2026-05-04",
            "Die Gewerkschaften haben eine Verschiebung der Abstimmung am 20. Mai gefordert.",
            "20. Mai",
            "2026-05-20",
        ),
        # a title line keeps its own tense
        (
            "2026-10-08",
            "Regierung in Lettland gestürzt – Neuwahl im März\nRIGA (dpa) – Das Parlament hat die Regierung "
            "am Mittwoch gestürzt.",
            "März",
            "2027-03",
        ),
        (
            "2026-11-20",
            "Kanzler tritt zurück – Neuwahl im Februar\nWIEN (dpa) – Der Kanzler ist am Donnerstag zurückgetreten.",
            "Februar",
            "2027-02",
        ),
    ],
)
def test_coming_month_or_day(published: str, text: str, phrase: str, value: str) -> None:
    got = [(t, v) for t, _, v in tag(text, date.fromisoformat(published)) if t == phrase]
    assert got == [(phrase, value)], tag(text, date.fromisoformat(published))


@pytest.mark.parametrize(
    ("published", "text", "phrase", "value"),
    [
        # controls: a past clause about a month gone, a past day of an occasion without a call
        ("2026-11-05", "Die Regierung hatte im Dezember die Steuern erhöht.", "Dezember", "2025-12"),
        ("2026-11-03", "Bei der Wahl am 25. Oktober hatte die Partei verloren.", "25. Oktober", "2026-10-25"),
        ("2026-05-04", "Die Abstimmung am 20. März hatte die Regierung knapp gewonnen.", "20. März", "2026-03-20"),
        # an occasion a demand is about, half a year back: not the coming one
        ("2026-11-03", "Die Opposition forderte eine Untersuchung der Wahl am 3. Mai.", "3. Mai", "2026-05-03"),
    ],
)
def test_past_month_or_day_stays(published: str, text: str, phrase: str, value: str) -> None:
    got = [(t, v) for t, _, v in tag(text, date.fromisoformat(published)) if t == phrase]
    assert got == [(phrase, value)], tag(text, date.fromisoformat(published))
