"""Event dates, thirteenth session: invented mini-articles for the date of a conjunct that shares its subject, a
prefixed strong past form, and an undated lead dated by the lead paragraph."""

from __future__ import annotations

import chronik
from tests.event_docs import event_at

PUBLISHED = "2026-05-08"  # a Friday: "am Mittwoch" is 2026-05-06, "am Montag" 2026-05-04


def _date(text: str, trigger: str) -> str | None:
    doc = chronik.analyze(text, published=PUBLISHED)
    return event_at(doc, trigger).date


# --- a conjunct that shares its subject shares the day of the clause before ------------------------------


def test_a_subject_sharing_conjunct_takes_the_day_of_the_clause_before() -> None:
    text = (
        "Pflegekräfte demonstrieren in Bremen\n"
        "BREMEN (dpa) – Hunderte Pflegekräfte haben in Bremen gegen Stellenkürzungen demonstriert. Die Beschäftigten "
        "versammelten sich am Mittwoch vor dem Rathaus und forderten mehr Personal für die Kliniken.\n"
    )
    assert _date(text, "forderten") == "2026-05-06"


def test_a_conjunct_after_a_past_perfect_clause_takes_its_day() -> None:
    text = (
        "Streit um Kohlemine\n"
        "KATTOWITZ (dpa) – Die Bergleute hatten sich am Montag vor der Zentrale des Konzerns versammelt und verlangten "
        "den Erhalt der Zeche. Der Vorstand lehnte ab.\n"
    )
    assert _date(text, "verlangten") == "2026-05-04"


def test_a_conjunct_with_a_subject_of_its_own_keeps_its_own_reading() -> None:
    # ("und die Gewerkschaft fordert": a new subject and the present tense: the report's day, not Monday's)
    text = (
        "Streik bei der Bahn\n"
        "KÖLN (dpa) – Die Lokführer legten am Montag den Verkehr lahm, und die Gewerkschaft fordert weiter höhere "
        "Löhne.\n"
    )
    assert _date(text, "fordert") == PUBLISHED


# --- a prefixed strong past form is no present ----------------------------------------------------------


def test_a_prefixed_strong_past_unknown_to_the_lemmatizer_is_not_the_report_day() -> None:
    # "beschossen" (be + schossen → schießen) is a simple past, so it takes the night the lead dates, not the
    # publication day a present would take
    text = (
        "Kämpfe im Grenzgebiet\n"
        "DUSCHANBE (Reuters) – Im Grenzgebiet haben sich Soldaten beider Länder in der Nacht zum Mittwoch schwere "
        "Kämpfe geliefert. Nach Angaben des Militärs beschossen feindliche Einheiten mehrere Posten mit Raketen.\n"
    )
    assert _date(text, "beschossen") == "2026-05-06"


# --- an undated lead dated by its paragraph -------------------------------------------------------------


def test_a_perfect_lead_takes_the_day_of_its_retelling_in_the_scene_the_next_sentence_sets() -> None:
    text = (
        "Polizei räumt Hafen\n"
        "LISSABON (dpa) – Bei Protesten gegen eine neue Fangquote ist die Polizei in Lissabon mit Schlagstöcken gegen "
        "Hunderte Fischer vorgegangen. Die Fischer hatten sich am Mittwoch vor dem Hafenamt versammelt und verlangten "
        "die Abschaffung der Quote. Als einige Demonstranten Flaschen warfen, räumte die Polizei den Platz.\n"
    )
    assert _date(text, "vorgegangen") == "2026-05-06"
    assert _date(text, "räumte") == "2026-05-06"
    # ("Bei Protesten …": the protests during which the police acted are on that day too)
    assert _date(text, "Protesten") == "2026-05-06"


def test_a_present_statement_lead_takes_the_day_the_next_sentence_gives() -> None:
    text = (
        "Bauern fordern Hilfe\n"
        "HANNOVER (dpa) – Nach der langen Dürre verlangt der Bauernverband vom Land ein Hilfsprogramm für "
        "Milchbetriebe. Verbandschef Jens Gerdes forderte am Montag in Hannover mindestens 200 Millionen Euro.\n"
    )
    assert _date(text, "verlangt") == "2026-05-04"


def test_a_present_lead_that_is_no_statement_keeps_the_report_day() -> None:
    text = (
        "Ermittlungen in Kassel\n"
        "KASSEL (dpa) – Die Polizei ermittelt gegen zwei Männer aus Kassel. Die beiden überfielen am Montag einen "
        "Kiosk in der Innenstadt.\n"
    )
    assert _date(text, "ermittelt") == PUBLISHED


# --- a place after an action noun that a sequence preposition opens ------------------------------------


def test_a_place_after_an_action_noun_opened_by_nach_is_not_the_lead_acts() -> None:
    # "Schließung" is no event trigger, but "nach der Schließung … in Suhl" still tells where the closing was
    text = (
        "Land fordert Geld\n"
        "ERFURT (dpa) – Nach der Schließung einer weiteren Geburtsstation in Suhl verlangt Thüringen vom Bund mehr "
        "Geld für Kliniken. Gesundheitsministerin Anna Berg forderte am Montag in Erfurt eine Reform der "
        "Finanzierung.\n"
    )
    doc = chronik.analyze(text, published=PUBLISHED)
    names = {e.id: e.name for e in doc.entities}
    assert names.get(event_at(doc, "verlangt").place or "") != "Suhl"


def test_an_event_noun_after_an_opening_nach_phrase_does_not_take_its_place() -> None:
    # the sanctions are not imposed in Sudan, where the air strike of the opening phrase was
    text = (
        "EU bestraft Armee\n"
        "BRÜSSEL (dpa) – Nach dem tödlichen Luftangriff auf ein Krankenhaus im Süden Sudans hat die Europäische Union "
        "neue Sanktionen gegen die Armee verhängt. Die Außenminister beschlossen am Montag in Brüssel Einreiseverbote "
        "gegen fünf Generäle.\n"
    )
    doc = chronik.analyze(text, published=PUBLISHED)
    names = {e.id: e.name for e in doc.entities}
    assert names.get(event_at(doc, "Sanktionen").place or "") != "Sudan"
    assert names.get(event_at(doc, "Luftangriff").place or "") == "Sudan"


# --- "damals" after background of an earlier year -------------------------------------------------------


def test_damals_after_past_perfect_background_takes_its_month_not_only_its_year() -> None:
    text = (
        "Gespräche wieder aufgenommen\n"
        "OSLO (dpa) – Die Regierung und die Rebellen haben ihre Verhandlungen in Oslo wieder aufgenommen. Die "
        "Gespräche waren im vergangenen August abgebrochen worden, nachdem Rebellen bei einem Überfall auf einen "
        "Konvoi zwölf Polizisten getötet hatten. Die Innenministerin hatte den Rebellen damals Terror vorgeworfen.\n"
    )
    assert _date(text, "vorgeworfen") == "2025-08"


def test_a_during_noun_of_the_lead_takes_the_lead_acts_day_not_a_later_protest_elsewhere() -> None:
    text = (
        "Polizei räumt Hafen\n"
        "LISSABON (dpa) – Bei Protesten gegen eine neue Fangquote ist die Polizei in Lissabon mit Schlagstöcken gegen "
        "Hunderte Fischer vorgegangen. Die Fischer hatten sich am Mittwoch vor dem Hafenamt versammelt und verlangten "
        "die Abschaffung der Quote. Als einige Demonstranten Flaschen warfen, räumte die Polizei den Platz.\n\n"
        "Auch in Porto gingen am Donnerstagabend Hunderte Menschen auf die Straße.\n"
    )
    assert _date(text, "Protesten") == "2026-05-06"


# --- an announced plan told in detail in the next sentence ----------------------------------------------


def test_announced_strikes_take_the_coming_day_the_next_sentence_gives_the_plan() -> None:
    text = (
        "Lehrer wollen streiken\n"
        "ROM (dpa) – Das Parlament hat die Schulreform gebilligt. Die Lehrergewerkschaften kündigten daraufhin "
        "Streiks an. Am 20. Mai wollen die Lehrer in allen Großstädten demonstrieren.\n"
    )
    assert _date(text, "Streiks") == "2026-05-20"


def test_a_perfect_conjunct_after_a_simple_past_does_not_take_the_day_as_its_own() -> None:
    # ("und hat inzwischen … verlegt": told in the perfect after a dated simple past, a later step; its day is only
    # the one in focus, not a date of its own sentence)
    text = (
        "Truppen verlegt\n"
        "KIEW (dpa) – Die russische Armee beschoss am Montag mehrere Dörfer im Osten und hat inzwischen weitere "
        "Truppen an die Grenze verlegt.\n"
    )
    doc = chronik.analyze(text, published=PUBLISHED)
    assert event_at(doc, "verlegt").date_source != "timex"
