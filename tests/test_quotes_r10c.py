"""Quote rules of the tenth session, round 3 (2026-12-05): an attribution clause ("wie das Rathaus mitteilte") is no
content of a cue verb; a reportative "sollen" sentence after a mere speech act
("Er wies die Vorwürfe zurück.") and a sentence of narration is hearsay, nobody's quote. Own invented sentences
(skipped without a trained model)."""

from __future__ import annotations

from tests.quote_docs import analyzed


def test_reportative_sollen_after_a_speech_act_is_no_quote():
    doc = analyzed(
        "Minister Paul Weber ist zurückgetreten. Er wies die Vorwürfe erneut zurück. Ermittler hatten in der "
        "vergangenen Woche sein Büro durchsucht. Sie sollen Aufträge an befreundete Firmen vergeben haben."
    )
    assert not [q for q in doc.quotes if "Aufträge" in doc.text[q.start : q.end]]


def test_attribution_clause_after_a_cue_verb_is_no_content():
    doc = analyzed("Bürgermeister Jan Holt nahm den Rücktritt noch am Abend an, wie das Rathaus mitteilte.")
    assert not [q for q in doc.quotes if doc.text[q.start : q.end].startswith("wie das Rathaus")]
    # an indirect question after a speech verb stays what was said
    doc = analyzed("Die Ärztin schilderte, wie die Polizei eingriff.")
    assert [q for q in doc.quotes if doc.text[q.start : q.end].startswith("wie die Polizei")]
