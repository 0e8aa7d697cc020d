"""The place of an event: definite nouns that point back to an earlier event or to the country in focus, a day
before the one in focus, and possibilities (invented sentences, 2026-12-05, seventh session)."""

from __future__ import annotations

from tests.event_docs import EventRow, event_rows


def events(text: str, published: str = "2025-06-25") -> list[EventRow]:
    return event_rows(text, published=published)


def test_on_the_sidelines_of_the_summit_is_where_the_summit_was():
    text = (
        "Gipfel in Prag\n\n"
        "Die Staats- und Regierungschefs der Nato haben sich am Mittwoch auf ihrem Gipfel in Prag auf neue Ziele "
        "geeinigt. Der Generalsekretär lobte die Einigung.\n\n"
        "Am Rande des Gipfels traf Bundeskanzler Olaf Scholz den polnischen Präsidenten Andrzej Duda. "
        "Der Kanzler sagte weitere Hilfe zu."
    )
    rows = events(text)
    assert next(e for e in rows if e[0] == "traf")[4] == "Prag"
    assert next(e for e in rows if e[0] == "sagte")[4] == "Prag"  # (the same story: its actors are in focus)


def test_a_next_summit_is_not_the_summit_told_before():
    # (a guard: "auf den nächsten Gipfel" names another meeting)
    text = (
        "Gipfel in Prag\n\n"
        "Die Staats- und Regierungschefs der Nato haben sich am Mittwoch auf ihrem Gipfel in Prag auf neue Ziele "
        "geeinigt.\n\n"
        "Bundeskanzler Olaf Scholz will beim nächsten Gipfel mit dem polnischen Präsidenten Andrzej Duda sprechen."
    )
    talk = next(e for e in events(text) if e[0] == "sprechen")
    assert talk[4] != "Prag"


def test_the_country_named_again_as_a_noun_is_the_country():
    text = (
        "Besuch in Marokko\n\n"
        "Die Schweizer Bundesrätin Karin Keller-Sutter ist am Montag in Rabat eingetroffen. "
        "Geplant ist ein zweitägiger Besuch in dem nordafrikanischen Land."
    )
    visit = [e for e in events(text) if e[0] == "Besuch"][-1]  # (the body's, not the title's)
    assert visit[4] == "Marokko"


def test_a_day_before_the_one_in_focus_goes_back_to_its_event():
    text = (
        "Schüsse in Erfurt\n\n"
        "Nach dem Angriff auf ein Café in Erfurt hat die Polizei einen Tatverdächtigen festgenommen. "
        "Ein 40-jähriger Mann wurde am Sonntagmorgen in einer Wohnung in Weimar gefasst.\n\n"
        "Der Angreifer hatte am Samstagabend mit einer Pistole auf Gäste geschossen."
    )
    shots = next(e for e in events(text, "2025-06-16") if e[0] == "geschossen")
    assert shots[4] == "Erfurt"


def test_a_possibility_does_not_take_the_place_in_focus():
    text = (
        "Gespräche in Ankara\n\n"
        "Die Unterhändler beider Länder haben am Dienstag in Ankara über den Grenzverlauf verhandelt. "
        "Sollte keine Einigung zu erzielen sein, wolle man ein Schiedsgericht anrufen, sagte der Delegationsleiter."
    )
    agreement = next(e for e in events(text, "2025-06-25") if e[0] == "Einigung")
    assert agreement[4] is None


def test_the_country_after_a_noun_is_that_nouns_place():
    # (a guard: "alle Deutschen im Land" says where the Germans are, not where the ministry spoke)
    text = (
        "Geisel frei\n\n"
        "Eine in Niger entführte deutsche Ingenieurin ist wieder frei. Bewaffnete hatten sie im Mai in Niamey "
        "verschleppt.\n\n"
        "Das Auswärtige Amt forderte alle Deutschen im Land auf, es zu verlassen."
    )
    request = next(e for e in events(text, "2026-02-10") if e[0] == "forderte")
    assert request[4] != "Niger"


def test_a_search_told_in_the_past_perfect_does_not_move_the_story():
    text = (
        "Rücktritt in Thüringen\n\n"
        "Thüringens Innenminister Paul Bergmann (CDU) ist am Dienstag zurückgetreten. Er bestritt erneut alle "
        "Vorwürfe.\n\n"
        "Die Staatsanwaltschaft hatte am Montag Büros des Ministeriums in Jena durchsucht.\n\n"
        "Die Opposition hatte seit Wochen den Rücktritt gefordert. Sie verlangte einen Untersuchungsausschuss."
    )
    rows = events(text, "2026-07-15")
    assert next(e for e in rows if e[0] == "durchsucht")[4] == "Jena"
    assert next(e for e in rows if e[0] == "verlangte")[4] != "Jena"


def test_an_aside_places_its_own_paragraph_only():
    text = (
        "Hafenstreik in Rotterdam\n\n"
        "Die Hafenarbeiter haben am Dienstag in Rotterdam gestreikt. Die Regierung lehnte Verhandlungen ab.\n\n"
        "Auch in Deutschland wächst die Sorge. Der Industrieverband forderte eine rasche Lösung.\n\n"
        "Am Abend setzte die Polizei Wasserwerfer gegen Streikende ein."
    )
    rows = events(text, "2026-04-22")
    assert next(e for e in rows if e[0] == "forderte")[4] == "Deutschland"
    assert next(e for e in rows if e[0] == "setzte")[4] == "Rotterdam"


def test_a_site_after_am_is_the_place():
    rows = events("Am Montag demonstrierten Tausende am Brandenburger Tor gegen die Reform.")
    assert next(e for e in rows if e[0] == "demonstrierten")[4] == "Brandenburger Tor"


def test_the_town_after_a_site_after_am_stays_the_place():
    # (a guard: "am Hauptbahnhof in Köln" keeps the town, as before)
    rows = events("Die Polizei nahm am Montag am Hauptbahnhof in Köln zwei Männer fest.")
    assert next(e for e in rows if e[0] == "nahm")[4] == "Köln"


def test_a_towns_adjective_before_a_noun_is_no_place():
    rows = events("Nach der Karlsruher Entscheidung demonstrierten am Samstag Tausende Menschen.")
    assert next(e for e in rows if e[0] == "demonstrierten")[4] is None
