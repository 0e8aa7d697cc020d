"""Quotes of the ninth session, second round (2026-12-05): names in quote marks after a common noun, the writer's
Konjunktiv II of possibility, "…, sagte er" after a named person, and the organisation that welcomed
an event rather than the person in the event noun's genitive; own invented sentences."""

from __future__ import annotations

from tests.quote_docs import analyzed, speaker_name


def test_a_ship_name_in_quote_marks_is_no_quotation() -> None:
    doc = analyzed(
        "Der Kanzler Olaf Berger sagte, die Marine sei gut gerüstet. Am Freitag will er den Hafen Kiel besuchen, "
        "wo er sich über die Korvette „Braunschweig-Nord“ informieren lässt."
    )
    assert not [q for q in doc.quotes if "Braunschweig" in q.text]


def test_a_proper_name_in_quote_marks_after_any_noun_is_no_quotation() -> None:
    doc = analyzed(
        "Der Kanzler Olaf Berger sagte, die Marine sei gut gerüstet. Am Freitag will er den Hafen Kiel besuchen, "
        "wo er sich über den Eisbrecher „Nordstern-Polar“ informieren lässt."
    )
    assert not [q for q in doc.quotes if q.kind == "partial"]


def test_a_singular_konjunktiv_ii_after_narration_is_no_report() -> None:
    doc = analyzed(
        "Die Ministerin Petra Lang sagte, man werde den Entwurf prüfen. Der Landtag soll sich Anfang Juli mit der "
        "Vorlage befassen. Die Reform könnte dann im Winter gelten."
    )
    assert not [q for q in doc.quotes if "Winter" in q.text]


def test_sagte_er_after_a_konjunktiv_participle_cue_is_the_named_person() -> None:
    doc = analyzed(
        "Der Sprecher des Ministeriums Karl Brandt sprach von einem „schweren Fehler“. Berlin habe guten Willen "
        "gezeigt, nun müsse Moskau seine „harte Linie“ beenden, sagte er am Montag in Berlin."
    )
    quotes = [q for q in doc.quotes if "Moskau" in q.text or q.text == "harte Linie"]
    assert len(quotes) == 2
    assert all(speaker_name(doc, q) == "Karl Brandt" for q in quotes)
    assert any(q.text.startswith("Berlin habe") for q in quotes)


def test_the_subject_of_the_first_conjunct_speaks_not_the_event_nouns_genitive() -> None:
    doc = analyzed(
        "Hilfsorganisationen wie Ärzte ohne Grenzen begrüßten zwar die Entlassung Schneiders, warnten aber, der "
        "Fall könne weitere Festnahmen nach sich ziehen."
    )
    q = next(q for q in doc.quotes if "Festnahmen" in q.text)
    assert speaker_name(doc, q) == "Ärzte ohne Grenzen"
