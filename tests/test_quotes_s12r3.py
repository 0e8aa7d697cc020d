"""Twelfth session, third round: quote boundaries and speakers from blind audits 17 and 18 (invented sentences)."""

from __future__ import annotations

from tests.quote_docs import analyzed


def _quotes(text: str, kinds: tuple[str, ...] = ("direct", "indirect", "partial")) -> list[tuple[str, str | None]]:
    """(text, speaker name) of the quotations of ``kinds`` (not the mere speech-act reports, kind "reported")."""
    doc = analyzed(text, published="2026-11-10")
    names = {e.id: e.name for e in doc.entities}
    return [(q.text, names.get(q.speaker or "")) for q in doc.quotes if q.kind in kinds]


def test_plural_preterite_after_a_direct_quote_is_narration() -> None:
    # "gingen", "blieben": a strong verb's plural preterite reads like its Konjunktiv II; after a direct quotation
    # (the speaker's own words given) it is the writer's narration, not more of the speaker's statement
    found = _quotes(
        "Proteste in Lima\nLIMA (AFP) – Die Gewerkschaften riefen zu einem Streik auf. „Wir weichen keinen Schritt "
        "zurück“, sagte Sprecher Carlos Medina. Auch in Arequipa und Cusco blieben am Donnerstag viele Geschäfte "
        "geschlossen."
    )
    assert not any("Arequipa" in text for text, _ in found)


def test_a_year_with_its_period_before_an_opening_quote_ends_the_sentence() -> None:
    # "… bis 2028. „Wir …“, sagte sie.": the narrative sentence is no quotation, and the direct quote is whole
    found = _quotes(
        "Kliniken\nWIESBADEN (dpa) – Gesundheitsministerin Anna Berger (SPD) verlangte am Mittwoch zwei Milliarden "
        "Euro zusätzlich bis 2028. „Wir dürfen nicht zuschauen, wie die Notaufnahmen schließen“, sagte sie."
    )
    assert not any("verlangte" in text for text, _ in found)
    assert any(text.startswith("Wir dürfen") and speaker == "Anna Berger" for text, speaker in found)
    direct = _quotes(
        "Kliniken\nWIESBADEN (dpa) – Gesundheitsministerin Anna Berger (SPD) verlangte am Mittwoch zwei Milliarden "
        "Euro zusätzlich bis 2028. „Wir dürfen nicht zuschauen, wie die Notaufnahmen schließen“, sagte sie.",
        kinds=("direct",),
    )
    assert any(text.startswith("Wir dürfen") for text, _ in direct)
