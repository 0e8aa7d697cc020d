"""Event places, thirteenth session: invented mini-articles for the place of an event whose clause opens with a
source attribution ("Nach Angaben der …": a place named after it wins over the reporter's country), and for foreign
parties acting in the lead under a title (the dateline's sentence sets the dateline town in focus)."""

from __future__ import annotations

import chronik
from tests.event_docs import event_at

PUBLISHED = "2026-05-08"


def _place(text: str, trigger: str) -> str | None:
    doc = chronik.analyze(text, published=PUBLISHED)
    names = {e.id: e.name for e in doc.entities}
    return names.get(event_at(doc, trigger).place or "")


# --- "nach Angaben/Informationen der …": who reports the act, not where it happened ---------------------------


def test_a_country_adjective_in_a_source_attribution_is_not_the_place() -> None:
    # ("Nach Informationen der griechischen Regierung": Griechenland, named in the next sentence, reports the search;
    # the search was in Piräus)
    text = (
        "Razzia gegen Schmuggler\n"
        "ATHEN (dpa) – Die griechische Küstenwache hat vor der Insel Kreta ein Schiff mit Waffen gestoppt. Nach "
        "Informationen der griechischen Regierung durchsuchten Beamte anschließend ein Lagerhaus in der Hafenstadt "
        "Piräus. Griechenland forderte Aufklärung.\n"
    )
    assert _place(text, "durchsuchten") == "Piräus"


def test_a_place_after_a_report_noun_attribution_leaves_the_clause_place() -> None:
    text = (
        "Schüsse an der Grenze\n"
        "ERIWAN (Reuters) – An der Grenze zwischen Armenien und Aserbaidschan ist es erneut zu Schusswechseln "
        "gekommen. Nach Angaben des armenischen Verteidigungsministeriums beschossen aserbaidschanische Soldaten "
        "mehrere Dörfer in der Provinz Sjunik. Armenien bestellte den Botschafter ein.\n"
    )
    place = _place(text, "beschossen")
    assert place is not None and "Sjunik" in place


# --- the dateline's own sentence, not the title above it, sets the dateline town in focus ---------------------


def test_foreign_parties_in_the_lead_under_a_title_act_in_the_dateline_town() -> None:
    # (two foreign parties new to the story: a paragraph after the dateline they would be their own occasion; in the
    # dateline's own sentence the lead is where the report is from, with a title above it as without one)
    text = (
        "Serbien und Kosovo schließen Abkommen\n"
        "GENF (AFP) – Nach monatelangen Verhandlungen haben Serbien und das Kosovo ein Abkommen über den Grenzverkehr "
        "unterzeichnet. Die Außenminister beider Länder lobten die Vermittlung der Schweiz.\n"
    )
    assert _place(text, "unterzeichnet") == "GENF"
