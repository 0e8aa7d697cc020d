"""A separable particle closing the clause makes another verb of a plain speech verb: "sagte das Fest ab" is
"absagen", "drangen in das Rathaus ein" is "eindringen" — no speech (eighth session). Invented sentences,
2026-12-05."""

from __future__ import annotations

from tests.quote_docs import analyzed


def _quotes(text: str) -> list[tuple[str, str]]:
    doc = analyzed(text, published="2026-06-10")
    return [(q.kind, text[q.start : q.end]) for q in doc.quotes]


def test_a_cancelled_event_is_no_speech():
    assert _quotes("Der Bürgermeister sagte das Stadtfest wegen des Sturms ab.") == []


def test_an_intrusion_is_no_speech():
    assert _quotes("Unbekannte drangen in der Nacht in das Rathaus von Kiel ein.") == []


def test_a_particle_of_the_next_coordinated_verb_leaves_the_speech_verb():
    quotes = _quotes("Die Ministerin begrüßte die Einigung und griff die Opposition scharf an.")
    assert [kind for kind, _ in quotes] == ["reported"]


def test_speaking_out_for_something_is_a_speech_act():
    quotes = _quotes("Die Gewerkschaft sprach sich für eine Verkürzung der Arbeitszeit aus.")
    assert [kind for kind, _ in quotes] == ["reported"]


def test_demanding_back_money_is_a_speech_act():
    quotes = _quotes("Die beiden Länder fordern die Kredite von der Bank ein.")
    assert [kind for kind, _ in quotes] == ["reported"]


def test_speech_goes_on_after_weiter():
    quotes = _quotes("Er sagte weiter, die Lage sei ernst.")
    assert ("indirect", "die Lage sei ernst") in quotes
