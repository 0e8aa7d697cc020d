"""Quote speaker rules from blind audit 16 (eleventh session), on invented sentences."""

from __future__ import annotations

from tests.quote_docs import analyzed


def _speaker_names(text: str) -> list[tuple[str, str | None]]:
    doc = analyzed(text, published="2026-11-10")
    names = {e.id: e.name for e in doc.entities}
    return [(q.text, names.get(q.speaker) if q.speaker else None) for q in doc.quotes]


def test_place_in_time_phrase_of_wie_frame_is_no_speaker() -> None:
    found = _speaker_names(
        "Förderung\nBERLIN (dpa) – Die Lage bleibt ernst. Die Förderung werde gesenkt, wie das Kartell nach einer "
        "Sitzung der Minister am Montag in Genf mitteilte."
    )
    assert all(speaker != "Genf" for _, speaker in found)


def test_comparison_participle_is_no_frame() -> None:
    found = _speaker_names(
        "Öl\nBERLIN (dpa) – Die Lage bleibt ernst. Der Minister Jonas Albrecht verteidigte den Schritt. Die "
        "Nachfrage sei geringer als erwartet, die Branche brauche Ruhe."
    )
    texts = [t for t, _ in found]
    assert any(t.startswith("Die Nachfrage sei geringer") and t.endswith("Ruhe.") for t in texts)
    assert all(speaker is not None and "Albrecht" in speaker for t, speaker in found if "Nachfrage" in t)


def test_organisation_opening_with_preposition_speaks() -> None:
    found = _speaker_names(
        "Asyl\nBERLIN (dpa) – Die Lage ist ernst. Das war klar. Pro Asyl kritisierte, bei dem Gipfel sei nicht "
        "über Flüchtlinge gesprochen worden."
    )
    assert any(speaker == "Pro Asyl" for t, speaker in found if "Gipfel" in t)
