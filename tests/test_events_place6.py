"""Places that are not the event's scene, and scenes stated for what comes (invented sentences, 2026-12-05, sixth
session; audit 6 cause 6)."""

from __future__ import annotations

from tests.event_docs import EventRow, event_rows


def events(text: str, published: str = "2025-08-12") -> list[EventRow]:
    return event_rows(text, published=published)


def test_where_helpers_come_from_is_not_the_scene():
    text = (
        "Brand in Portugal\n\n"
        "LISSABON (dpa) – Ein Waldbrand hat am Montag mehrere Dörfer bedroht. "
        "Aus Spanien und Frankreich sollen bis Dienstag rund 80 Feuerwehrleute eintreffen."
    )
    arrival = next(e for e in events(text) if e[0] == "eintreffen")
    assert arrival[4] not in ("Spanien", "Frankreich")


def test_dabei_inside_a_sentence_points_to_the_trip_before():
    text = (
        "Treffen in Brüssel\n\n"
        "BRÜSSEL (dpa) – Die Außenminister der Gruppe haben sich am Mittwoch in Brüssel auf neue Hilfen verständigt. "
        "Die Ministerin will bereits kommende Woche nach Vilnius reisen, um mit der Regierung über Munition zu "
        "sprechen. Nach Angaben aus Regierungskreisen könnte dabei auch ein Vertrag unterzeichnet werden."
    )
    signing = next(e for e in events(text, "2025-10-15") if e[0] == "unterzeichnet")
    assert signing[4] == "Vilnius"


def test_a_dabei_correlate_is_no_scene_anaphor():
    # (a guard: "ist dabei, … zu unterzeichnen" is no act of the trip before)
    text = (
        "Treffen in Brüssel\n\n"
        "BRÜSSEL (dpa) – Die Außenminister der Gruppe haben sich am Mittwoch in Brüssel auf neue Hilfen verständigt. "
        "Die Ministerin will kommende Woche nach Vilnius reisen. Die Regierung ist dabei, einen Vertrag zu "
        "unterzeichnen."
    )
    signing = [e for e in events(text, "2025-10-15") if e[0] == "unterzeichnen"]
    assert all(e[4] != "Vilnius" for e in signing)


def test_a_coming_scene_places_what_may_happen_there():
    text = (
        "Landwirte protestieren\n\n"
        "In Hannover waren bereits am Freitag Tausende Landwirte vor den Landtag gezogen. Die Polizei nahm zwölf "
        "Menschen fest.\n\n"
        "Der Bauernverband kündigte weitere Proteste für kommende Woche in Straßburg an, wenn das Europäische "
        "Parlament über den Vertrag berät. Die Abgeordneten könnten dann zustimmen."
    )  # (was "Ob die Abgeordneten zustimmen, gilt als offen.": an open question is no event since the 14th session)
    rows = events(text, "2026-01-17")
    assert next(e for e in rows if e[0] == "nahm")[4] == "Hannover"
    assert next(e for e in rows if e[0] == "berät")[4] == "Straßburg"
    assert next(e for e in rows if e[0] == "zustimmen")[4] == "Straßburg"


def test_a_scheduled_round_places_the_agreement_it_may_bring():
    text = (
        "Warnstreiks an Flughäfen\n\n"
        "In München blockierten Aktivisten am Montag eine Zufahrt zum Flughafen. "
        "Die dritte Verhandlungsrunde ist für den 14. März in Kassel angesetzt. "
        "Die Gewerkschaft drohte mit unbefristeten Streiks, sollte es dann keine Einigung geben."
    )
    rows = events(text, "2025-03-10")
    agreement = next(e for e in rows if e[0] == "Einigung")
    assert agreement[4] == "Kassel"


def test_the_town_in_focus_as_an_actor_is_not_the_place():
    text = (
        "Erdbeben in Italien\n\n"
        "ROM (dpa) – Ein Erdbeben hat am Dienstag mehrere Dörfer zerstört. "
        "EU-Kommissarin Hadja Lahbib sagte Rom weitere Unterstützung zu."
    )
    pledge = next(e for e in events(text) if e[0] == "sagte")
    assert "Rom" in pledge[3] or "ROM" in pledge[3]
    assert pledge[4] is None


def test_a_place_inside_an_event_noun_phrase_keeps_the_town_in_focus():
    # (a guard: "vor der Landtagswahl in Sachsen" says which election, not where the arrest was)
    text = (
        "Angriff auf Kandidaten\n\n"
        "In Görlitz ist am Montag ein Kandidat der Grünen an einem Wahlkampfstand angegriffen worden. "
        "Kurz vor der Landtagswahl in Sachsen nahm die Polizei den Tatverdächtigen fest."
    )
    arrest = next(e for e in events(text, "2026-09-15") if e[0] == "nahm")
    assert arrest[4] == "Görlitz"


def test_a_town_before_the_auxiliary_of_a_full_verb_is_the_actor_not_the_place():
    text = (
        "Treffen in Brüssel\n\n"
        "BRÜSSEL (dpa) – Die Verteidigungsminister haben sich am Mittwoch in Brüssel auf neue Hilfen verständigt. "
        "Der britische Minister erklärte, London werde zudem die Ausbildung ukrainischer Piloten ausweiten."
    )
    training = next(e for e in events(text, "2025-10-15") if e[0] == "Ausbildung")
    assert "London" in training[2] and training[4] != "London"


def test_a_coming_scene_without_an_event_does_not_move_the_story():
    text = (
        "Landwirte protestieren\n\n"
        "In Hannover waren bereits am Freitag Tausende Landwirte vor den Landtag gezogen. "
        "Der Bundesrat stimmt kommende Woche in Berlin über das Gesetz ab. "
        "Die Polizei nahm am Freitag zwölf Menschen fest."
    )
    arrest = next(e for e in events(text, "2026-01-17") if e[0] == "nahm")
    assert arrest[4] == "Hannover"


def test_a_coming_scene_without_an_event_places_what_may_happen_then():
    text = (
        "Landwirte protestieren\n\n"
        "In Hannover waren bereits am Freitag Tausende Landwirte vor den Landtag gezogen. "
        "Der Bundesrat stimmt kommende Woche in Berlin über das Gesetz ab. "
        "Die Länder könnten dann zustimmen."
    )  # (was "Ob die Länder dann zustimmen, gilt als offen.": an open question is no event since the 14th session)
    vote = next(e for e in events(text, "2026-01-17") if e[0] == "zustimmen")
    assert vote[4] == "Berlin"
