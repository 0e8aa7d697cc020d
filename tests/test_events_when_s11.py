"""The date and place of events: a lead dated by the next sentence, reporting frames, "Dabei", "bis" days,
attributive dates, places told relative to a town, town adjectives, facilities and sendings from abroad
(invented sentences, 2026-12-05, eleventh session, audit 15)."""

from __future__ import annotations

import chronik
from chronik.document import Document
from tests.event_docs import event_at as event
from tests.event_docs import event_rows


def analyzed(text: str, published: str) -> Document:
    return chronik.analyze(text, published=published)


def place(doc: Document, trigger: str) -> str | None:
    names = {e.id: e.name for e in doc.entities}
    return names.get(event(doc, trigger).place or "")


# dates


def test_a_lead_whose_participle_is_tagged_as_an_infinitive_takes_the_next_sentence_s_day():
    doc = analyzed(
        "KIEW (dpa) – Die ukrainische Armee hat russische Stellungen im Süden des Landes angegriffen. In der Nacht "
        "zum Sonntag beschossen Artillerieeinheiten Stellungen bei Cherson.",
        "2026-11-10",
    )
    assert event(doc, "angegriffen").date == "2026-11-08"


def test_a_statement_lead_and_a_reaction_take_the_frame_s_day_not_the_reported_act_s():
    doc = analyzed(
        "WIEN (dpa) – Die Atomenergiebehörde hat Nordkorea mangelnde Kooperation vorgeworfen. Pjöngjang habe den "
        "Kontrolleuren am Sonntag den Zutritt verweigert, teilte die Behörde am Dienstag mit. Die Regierung in "
        "Pjöngjang wies die Vorwürfe zurück.",
        "2026-11-12",
    )
    assert event(doc, "vorgeworfen").date == "2026-11-10"
    assert event(doc, "verweigert").date == "2026-11-08"
    assert event(doc, "wies").date == "2026-11-10"
    doc = analyzed(
        "WIEN (dpa) – Die IAEA hat dem Iran mangelnde Zusammenarbeit vorgeworfen. Teheran habe den Inspektoren am "
        "Sonntag den Zugang verweigert, teilte die IAEA am Dienstag mit. Die Regierung in Teheran wies die Vorwürfe "
        "zurück.",
        "2026-11-12",
    )
    assert event(doc, "verweigert").date == "2026-11-08"
    assert event(doc, "wies").date == "2026-11-10"


def test_dabei_takes_the_day_of_the_act_the_sentence_before_told():
    doc = analyzed(
        "MÜNCHEN (dpa) – Die Staatsanwaltschaft hat Anklage gegen fünf mutmaßliche Drogenhändler erhoben. Ermittler "
        "hatten am 14. Februar mehrere Wohnungen in Augsburg durchsucht. Dabei hatten sie 40 Kilogramm Kokain "
        "beschlagnahmt.",
        "2026-03-10",
    )
    assert event(doc, "beschlagnahmt").date == "2026-02-14"


def test_an_act_told_up_to_a_day_is_dated_to_that_day():
    text = (
        "PORT-AU-PRINCE (dpa) – Aus einem Gefängnis in Haiti sind am Samstag Hunderte Häftlinge geflohen. Die "
        "Polizei nahm bis Sonntagabend 37 entflohene Häftlinge wieder fest."
    )
    assert event(analyzed(text, "2026-11-10"), "nahm").date == "2026-11-08"
    doc = analyzed("Die Behörden nahmen bis Freitag mehr als 200 Demonstranten fest.", "2026-11-10")
    assert event(doc, "nahmen").date == "2026-11-06"
    # (a day after publication is a deadline, not the act's day)
    doc = analyzed("Die Regierung muss bis zum 1. Dezember einen Plan vorlegen.", "2026-11-10")
    assert all(e.date != "2026-12-01" for e in doc.events)


def test_a_lead_of_its_own_paragraph_takes_the_day_the_next_paragraph_opens_with():
    doc = analyzed(
        "BANGKOK (AFP) – Bei einem Feuergefecht an der Grenze zu Laos ist ein thailändischer Soldat ums Leben "
        "gekommen.\n\nIn der Nacht zum Mittwoch hätten Schmuggler das Feuer auf eine Patrouille eröffnet, teilte "
        "die Armee mit. Die Soldaten hätten das Feuer erwidert.",
        "2026-11-12",
    )
    assert event(doc, "Feuergefecht").date == "2026-11-11"
    assert event(doc, "erwidert").date == "2026-11-11"


def test_the_date_of_an_attributive_participle_is_not_the_clause_s():
    doc = analyzed(
        "PRAG (dpa) – Tschechiens Präsident hat das im Juli vom Parlament beschlossene Mediengesetz mit einem Veto "
        "gestoppt. Am Montagabend unterzeichnete er die Ablehnung.",
        "2026-11-10",
    )
    # one REJECT for the veto: on "Veto" or, since "stoppen" with a law is REJECT (sixteenth session), on "gestoppt"
    veto = next(
        e for e in doc.events if e.type == "REJECT" and doc.text[e.trigger[0] : e.trigger[1]] in ("Veto", "gestoppt")
    )
    assert veto.date == "2026-11-09"


# places


def test_a_place_told_relative_to_a_town_is_not_that_town():
    doc = analyzed(
        "PORT-AU-PRINCE (dpa) – Bewaffnete Banden haben das Gefängnis von Croix-des-Bouquets nordöstlich der "
        "haitianischen Hauptstadt Port-au-Prince angegriffen.",
        "2026-11-10",
    )
    assert place(doc, "angegriffen") == "Croix-des-Bouquets"
    doc = analyzed(
        "Rebellen haben am Montag das Krankenhaus von Kindu südlich der Stadt Kisangani angegriffen.", "2026-11-10"
    )
    assert place(doc, "angegriffen") == "Kindu"


def test_a_town_adjective_on_a_building_gives_the_town():
    doc = analyzed(
        # (twelfth session: a demonstration announced, not called for – a called one is no PROTEST of its own)
        "BERLIN (dpa) – Die Gewerkschaft Verdi kündigte eine Demonstration vor dem Potsdamer Landtag an.",
        "2026-11-10",
    )
    assert "Potsdam" in (place(doc, "Demonstration") or "")
    doc = analyzed("BERLIN (dpa) – Die Polizei nahm am Münchner Hauptbahnhof zwei Männer fest.", "2026-11-10")
    assert "Münch" in (place(doc, "nahm") or "")
    # (a group's seat is not where it acts: the phrase belongs to the noun before it)
    rows = event_rows(
        "BERLIN (dpa) – Die Grünen im Kieler Landtag forderten den Minister zum Rücktritt auf.", published="2026-11-10"
    )
    assert all("Kiel" not in (r[4] or "") for r in rows)


def test_a_country_sending_forces_is_not_in_the_story_s_town():
    doc = analyzed(
        "BAMAKO (dpa) – Bei Angriffen von Islamisten auf eine Kaserne in Bamako sind am Samstag zwölf Soldaten "
        "getötet worden. Die Armee nahm am Sonntag 20 Verdächtige fest. Frankreich kündigte an, weitere 200 Soldaten "
        "zu entsenden.",
        "2026-11-10",
    )
    assert place(doc, "entsenden") is None
    doc = analyzed(
        "PORT-AU-PRINCE (dpa) – Bei Kämpfen zwischen Banden und der Polizei sind in Port-au-Prince am Samstag zwölf "
        "Menschen getötet worden. Die Polizei nahm am Sonntag 37 mutmaßliche Bandenmitglieder fest. Kenia, das die "
        "Mission in Haiti anführt, kündigte an, 300 weitere Polizisten zu entsenden.",
        "2026-11-10",
    )
    assert place(doc, "entsenden") is None


def test_a_facility_name_after_a_facility_noun_is_the_place():
    text = "WIEN (dpa) – Der Iran hat den Inspektoren den Zugang zur Atomanlage Natans verweigert."
    doc = analyzed(text, "2026-11-10")
    assert place(doc, "verweigert") == "Natans"
