"""The dates of events on unseen news: a lead summed up by a next sentence that also names background years or
holds a copula "waren" (invented sentences, 2026-12-05, twelfth session, history audits)."""

from __future__ import annotations

import chronik
from tests.event_docs import event_at as event


def test_a_lead_takes_the_next_sentence_s_day_not_a_background_year_it_names():
    # the next sentence names the years of the deed (a span before any day) and the day of the ruling
    doc = chronik.analyze(
        "MÜNCHEN (dpa) – Das Landgericht München hat einen früheren Bankberater wegen Untreue zu vier Jahren Haft "
        "verurteilt. Der 47-Jährige habe zwischen 2019 und 2023 Kundengelder auf eigene Konten umgeleitet, "
        "befand die Strafkammer am Donnerstag.",
        published="2026-09-12",
    )
    assert event(doc, "verurteilt").date == "2026-09-10"


def test_a_copula_waren_in_the_next_sentence_is_no_past_perfect_background():
    # "erforderlich waren 301 Stimmen" is a copula, not "hatte/war … beschlossen": the sentence still dates the lead
    doc = chronik.analyze(
        "PRAG (dpa) – Das tschechische Abgeordnetenhaus hat den Haushalt der Minderheitsregierung abgelehnt. "
        "In der Sitzung am Mittwochabend unterstützten 112 Abgeordnete einen Gegenantrag der Opposition, "
        "erforderlich waren 101 Stimmen.",
        published="2026-03-13",
    )
    assert event(doc, "abgelehnt").date == "2026-03-11"


def test_a_next_sentence_told_in_the_past_perfect_still_does_not_date_the_lead():
    # background with "hatten … eingereicht" keeps the old rule: the lead is not dated by it
    doc = chronik.analyze(
        "PRAG (dpa) – Das tschechische Abgeordnetenhaus hat den Haushalt der Minderheitsregierung abgelehnt. "
        "Am Montag hatten die Oppositionsparteien einen Gegenentwurf eingereicht.",
        published="2026-03-13",
    )
    assert event(doc, "abgelehnt").date != "2026-03-09"


def test_a_planned_act_tied_to_a_plan_of_the_sentence_before_takes_its_coming_date():
    doc = chronik.analyze(
        "BERLIN (dpa) – Die Kanzlerin hat die Lage in Moldau erörtert. Außenministerin Anja Keller will am "
        "kommenden Montag nach Chisinau reisen. Sie werde dort auch mit Präsidentin Elena Rusu zusammentreffen, "
        "teilte ein Sprecher mit.",
        published="2026-05-06",
    )
    assert event(doc, "zusammentreffen").date == "2026-05-11"


def test_a_planned_act_without_a_word_tying_it_to_the_plan_keeps_its_own_date():
    # a pledge after a dated meeting, with no "dort"/"dabei"/"auch", is not the meeting's next step
    doc = chronik.analyze(
        "BERLIN (dpa) – Die Agrarminister der Länder wollen am kommenden Montag in Erfurt über die Dürrehilfen "
        "beraten. Brandenburg werde den betroffenen Betrieben mit zinslosen Krediten helfen, kündigte "
        "Landwirtschaftsminister Jörg Pahl an.",
        published="2026-05-06",
    )
    assert event(doc, "helfen").date != "2026-05-11"


# places


def _place(text: str, trigger: str, published: str) -> str | None:
    doc = chronik.analyze(text, published=published)
    names = {e.id: e.name for e in doc.entities}
    return names.get(event(doc, trigger).place or "")


def test_dort_in_a_sentence_naming_no_place_points_to_the_place_of_the_sentence_before():
    text = (
        "PARIS (AFP) – Der entführte Ingenieur ist frei. Er soll am Sonntagmorgen in Toulouse landen. Die "
        "Premierministerin werde ihn dort empfangen, teilte ihr Büro mit."
    )
    assert _place(text, "empfangen", "2026-05-08") == "Toulouse"


def test_dort_after_a_place_of_its_own_sentence_keeps_that_place():
    text = (
        "BERLIN (dpa) – Die Ministerin will am Montag nach Peking reisen, um dort Gespräche mit der Regierung zu "
        "führen."
    )
    assert _place(text, "Gespräche", "2026-05-08") == "Peking"
