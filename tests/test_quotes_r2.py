"""Speaker rules from the seventh session, round 2 (2026-12-05, after blind audit 2026-12-05e); own invented
sentences."""

from __future__ import annotations

import pytest

from tests.quote_docs import analyzed, speaker_name, the_quote


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("„Der Streik beginnt morgen“, sagte Karl Moos der Deutschen Presse-Agentur.", "Streik beginnt", "Karl Moos"),
        (
            "Karl Moos leitet die Gewerkschaft. „Wir bleiben dabei“, sagte Moos der Nachrichtenagentur Reuters.",
            "bleiben dabei",
            "Karl Moos",
        ),
    ],
)
def test_a_news_agency_in_the_dative_after_the_speaker_is_the_addressee(text, words, name):
    doc = analyzed(text)
    q = the_quote(doc, words)
    assert speaker_name(doc, q) == name


def test_a_dateline_agency_is_never_the_authority_of_die_behoerde():
    text = (
        "Madrid (dpa) – Die spanischen Behörden haben ein Frachtschiff im Hafen festgehalten. Die Reederei habe "
        "die Ladung falsch angegeben, erklärte die Behörde am Montag."
    )
    doc = analyzed(text)
    q = the_quote(doc, "Ladung falsch")
    assert "Presse-Agentur" not in (speaker_name(doc, q) or "")


def test_a_reported_demand_with_a_modal_belongs_to_the_inverted_frame():
    text = (
        "Die SPD-Politikerin müsse erklären, warum die Mittel für Sprachkurse fehlten, forderte der "
        "Flüchtlingsrat Hessen."
    )
    doc = analyzed(text)
    q = the_quote(doc, "Sprachkurse")
    assert q.text.startswith("Die SPD-Politikerin müsse erklären")
    assert speaker_name(doc, q) == "Flüchtlingsrat Hessen"


def test_a_coast_guard_after_the_report_speaks():
    text = "Vor Sizilien kenterte ein Boot. Weitere Menschen würden vermisst, warnte die Küstenwache."
    doc = analyzed(text)
    q = the_quote(doc, "vermisst")
    assert speaker_name(doc, q) == "Küstenwache"


def test_a_konjunktiv_cue_without_complement_belongs_to_the_inverted_frame():
    text = (
        "Die Fahrgäste sollen nach Angaben der Reederei umsteigen. Falls die „Aurora“ erneut gegen die Regeln "
        "verstoße, drohe eine hohe Strafe, warnte die Polizei."
    )
    doc = analyzed(text)
    q = the_quote(doc, "Regeln")
    assert "Polizei" in (q.speaker_text or "")
