"""A title line's event that the body tells again is one act: only the body's event stays (2026-12-05, twelfth
session). Invented articles: a title line, then the dateline and the body."""

from __future__ import annotations

import chronik
from chronik.components.events import headline_end
from tests.event_docs import event_rows

PUBLISHED = "2026-03-18"  # a Wednesday

EXPELLED = (
    "Ungarn weist zwei russische Diplomaten aus\n"
    "BUDAPEST (dpa) – Die ungarische Regierung hat am Montag zwei Mitarbeiter der russischen Botschaft in Budapest "
    "ausgewiesen. Sie müssen das Land binnen einer Woche verlassen."
)


def test_restated_title_act_is_one_event_from_the_body() -> None:
    # (a) the title's "weist … aus" is the body's "hat … ausgewiesen": one event, with the body's actors,
    # place and date (Monday), not the title's undated, placeless one
    doc = chronik.analyze(EXPELLED, published=PUBLISHED)
    names = {e.id: e.name for e in doc.entities}
    expels = [e for e in doc.events if e.type == "SANCTION"]
    assert [doc.text[e.trigger[0] : e.trigger[1]] for e in expels] == ["ausgewiesen"]
    (ev,) = expels
    assert [names[x] for x in ev.source] == ["Ungarn"]
    assert names.get(ev.place or "") == "Budapest"
    assert ev.date == "2026-03-16"
    assert [e.id for e in doc.events] == [f"ev{k + 1}" for k in range(len(doc.events))]


def test_title_words_still_serve_entities() -> None:
    # the title's words stay in the text: its names are still entity mentions
    doc = chronik.analyze(EXPELLED, published=PUBLISHED)
    end = headline_end(doc.text)
    hungary = next(e for e in doc.entities if e.name == "Ungarn")
    assert any(start < end for start, _ in hungary.mentions)


def test_title_then_blank_line_in_the_text() -> None:
    # a text given with its title and a blank line (not through the plain-text reader, which takes such a title
    # out of the text) is read the same way
    text = EXPELLED.replace("\n", "\n\n", 1)
    assert [row[0] for row in event_rows(text, published=PUBLISHED) if row[1] == "SANCTION"] == ["ausgewiesen"]


def test_title_capital_and_body_ministry_are_one_party() -> None:
    # a capital in the title, its country's ministry in the body: one party (one country), one act
    text = (
        "Rom weist ägyptischen Diplomaten aus\n"
        "ROM (dpa) – Das italienische Außenministerium hat am Dienstag einen Diplomaten der ägyptischen Botschaft "
        "ausgewiesen. Kairo protestierte gegen die Entscheidung."
    )
    rows = [row for row in event_rows(text, published=PUBLISHED) if row[1] == "SANCTION"]
    assert [(row[0], row[2]) for row in rows] == [("ausgewiesen", ["italienisches Außenministerium"])]


def test_title_abbreviation_and_body_body_of_it_are_one_party() -> None:
    # "EU" in the title, the "EU-Kommission" in the body: the abbreviation is part of the body's name
    text = (
        "EU verhängt Strafzölle auf chinesische Solarmodule\n"
        "BRÜSSEL (dpa) – Die EU-Kommission hat am Dienstag Strafzölle von bis zu 30 Prozent auf Solarmodule aus "
        "China verhängt. Peking kündigte Gegenmaßnahmen an."
    )
    rows = [row for row in event_rows(text, published=PUBLISHED) if row[1] == "SANCTION"]
    assert [(row[0], row[2]) for row in rows] == [("Strafzölle", ["EU-Kommission"])]


def test_title_place_of_no_country_does_not_contradict_the_body_target() -> None:
    # the title's target is the crossing (a place of no known country), the body's the neighbour country:
    # the same closure
    text = (
        "Usbekistan schließt Grenzübergang Ojbek\n"
        "TASCHKENT (dpa) – Usbekistan hat am Montag seine Grenze zu Tadschikistan für Lastwagen geschlossen. Als "
        "Grund nannte die Regierung Schmuggel."
    )
    rows = [row for row in event_rows(text, published=PUBLISHED) if row[1] == "COERCE"]
    assert [(row[0], row[3]) for row in rows] == [("geschlossen", ["Tadschikistan"])]


def test_title_act_the_body_does_not_tell_stays() -> None:
    # (b) the body tells of failed talks, not of the threatened strike: the title's threat is the only record
    text = (
        "Gewerkschaft droht mit unbefristetem Streik\n"
        "MADRID (dpa) – Die Gespräche über höhere Löhne für das Kabinenpersonal der spanischen Fluggesellschaft "
        "Iberia sind am Mittwoch ohne Ergebnis geblieben. Ein neuer Termin steht noch nicht fest."
    )
    rows = event_rows(text, published=PUBLISHED)
    assert ("droht", "THREATEN") in [row[:2] for row in rows]


def test_same_type_by_another_actor_does_not_restate_the_title() -> None:
    # (b) the body's expulsion is another country's: the title's own act stays
    text = (
        "Tschechien weist russischen Diplomaten aus\n"
        "PRAG (dpa) – Die Spionageaffäre um einen Mitarbeiter des tschechischen Verteidigungsministeriums weitet "
        "sich aus. Bereits im Februar hatte die Slowakei zwei russische Diplomaten ausgewiesen."
    )
    rows = [row for row in event_rows(text, published=PUBLISHED) if row[1] == "SANCTION"]
    assert [(row[0], row[2]) for row in rows] == [("weist", ["Tschechien"]), ("ausgewiesen", ["Slowakei"])]


def test_title_with_two_acts_of_which_the_body_tells_one() -> None:
    # (c) the arrest is told again in the body, the rejection is not
    text = (
        "Polizei nimmt Schmuggler fest – Minsk weist Vorwürfe zurück\n"
        "WILNA (dpa) – Die litauische Grenzpolizei hat am Dienstag an der Grenze zu Belarus vier mutmaßliche "
        "Zigarettenschmuggler festgenommen. Die Männer hatten nach Angaben der Behörden mehr als 20.000 Schachteln "
        "in einem Lastwagen versteckt."
    )
    rows = event_rows(text, published=PUBLISHED)
    assert [row[:2] for row in rows if row[1] in ("COERCE", "REJECT")] == [
        ("weist", "REJECT"),
        ("festgenommen", "COERCE"),
    ]
    assert next(row for row in rows if row[0] == "festgenommen")[2] == ["litauische Grenzpolizei"]


def test_related_type_in_the_first_paragraph_restates_the_title() -> None:
    # the title's water cannon (COERCE) is the lead's firing with water cannon (ASSAULT): one event
    text = (
        "Polizei setzt Wasserwerfer gegen Demonstranten ein\n"
        "TIFLIS (dpa) – Die georgische Polizei hat am Sonntagabend Demonstranten vor dem Parlament in Tiflis mit "
        "Wasserwerfern beschossen. Mehrere Menschen wurden verletzt."
    )
    rows = event_rows(text, published=PUBLISHED)
    assert [row[:2] for row in rows if row[1] in ("COERCE", "ASSAULT")] == [("beschossen", "ASSAULT")]


def test_related_type_restates_the_title_only_in_the_first_paragraph() -> None:
    # the lead tells a demonstration (no kind the title's water cannon may be told as), a later paragraph another
    # attack: the title's act is told nowhere again and stays
    text = (
        "Polizei setzt Wasserwerfer gegen Demonstranten ein\n"
        "SKOPJE (dpa) – In der nordmazedonischen Hauptstadt Skopje haben am Sonntag Tausende Menschen gegen die "
        "Regierung demonstriert.\n\n"
        "In einem Vorort beschossen Unbekannte am Abend eine Polizeiwache mit Steinen und Feuerwerkskörpern."
    )
    assert [row[:2] for row in event_rows(text, published=PUBLISHED)] == [
        ("setzt", "COERCE"),
        ("demonstriert", "PROTEST"),
        ("beschossen", "ASSAULT"),
    ]


def test_pledge_in_the_title_is_the_aid_of_the_first_paragraph() -> None:
    # "sagt … zu" (AGREE pledge) in the title, "will … helfen" (AID, planned) in the lead: one act
    text = (
        "Kanada sagt Flutopfern in Pakistan 50 Millionen Dollar zu\n"
        "OTTAWA (dpa) – Kanada will den Opfern der Überschwemmungen in Pakistan mit 50 Millionen Dollar helfen. "
        "Das teilte die Regierung am Montag mit."
    )
    assert [row[:2] for row in event_rows(text, published=PUBLISHED)] == [("helfen", "AID")]


def test_blockade_in_the_title_is_the_stop_of_the_first_paragraph() -> None:
    # "blockieren" (PROTEST obstruct) in the title, "haben … gestoppt" (COERCE) in the lead: one act
    text = (
        "Milizen blockieren Fernstraße im Norden Malis\n"
        "BAMAKO (AFP) – Bewaffnete Kämpfer haben seit Sonntag einen Lebensmittelkonvoi auf der Fernstraße zwischen "
        "Gao und Timbuktu gestoppt. Dutzende Lastwagen stecken fest."
    )
    assert [row[:2] for row in event_rows(text, published=PUBLISHED)] == [("gestoppt", "COERCE")]


def test_text_without_title_line_keeps_its_events() -> None:
    # (d) a text opening with its dateline has no title: its events are all kept, the arrest told twice included
    text = (
        "KIEL (dpa) – Die Polizei hat am Freitag in Kiel zwei mutmaßliche Einbrecher festgenommen. Die Festnahme "
        "erfolgte nach einem Hinweis von Anwohnern."
    )
    assert headline_end(text) == 0
    assert [row[:2] for row in event_rows(text, published=PUBLISHED)] == [
        ("festgenommen", "COERCE"),
        ("Festnahme", "COERCE"),
    ]


def test_headline_end() -> None:
    assert headline_end("Bahn streicht Fernzüge\nBERLIN (dpa) – Die Bahn hat alle Fernzüge gestrichen.") == len(
        "Bahn streicht Fernzüge"
    )
    assert headline_end("Die Bahn hat Züge gestrichen.\nDer Verkehr ruht.") == 0  # a sentence, no title
    assert headline_end("Er sagte: „Wir kommen.“\nDann ging er.") == 0
    assert headline_end("Nur eine Zeile ohne Punkt") == 0  # no body after it
    # a kicker above the title, a blank line after it
    assert headline_end(
        "Nahost\nArmee öffnet Grenzübergang\n\nKAIRO (dpa) – Die Armee hat den Übergang geöffnet."
    ) == len("Nahost\nArmee öffnet Grenzübergang")
    assert headline_end("Eins\nZwei\nDrei\nVier\nFünf. Sechs.") == 0  # short lines all along: no title


def test_kicker_above_the_title() -> None:
    # "Kicker\nTitle\nDATELINE – body": the title's act on the second line is restated by the body, whose
    # dateline opens the sentence after the title lines
    text = (
        "Westbalkan\n"
        "Serbien schließt Grenzübergang zu Kosovo\n"
        "BELGRAD (dpa) – Die serbische Regierung hat am Montag den Grenzübergang Jarinje für den Verkehr "
        "geschlossen. Tausende Lastwagen stauen sich."
    )
    rows = [row for row in event_rows(text, published=PUBLISHED) if row[1] == "COERCE"]
    assert [row[0] for row in rows] == ["geschlossen"]
    # the dateline after the two title lines is a dateline: its town and agency are the place, not the actors
    assert rows[0][2] == ["Serbien"]
    assert rows[0][4] == "BELGRAD"
