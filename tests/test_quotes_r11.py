"""Quote rules of the eleventh session (2026-12-05), from audit 14: an accusation's content belongs to the accuser,
never to the accused ("Die Winzer warfen Müller vor, …": a plural verb's subject is the plural phrase; a plural
"Sie" with no group just named is not the last person named); a court's finding ("…, befand die Strafkammer")
is its reported speech, and the court's chamber speaks for the court named before; the zu-infinitive of a
decision or plan that someone criticises or protests against is its holder's. Own invented sentences (skipped
without a trained model)."""

from __future__ import annotations

from chronik.document import Document
from tests.quote_docs import analyzed


def _quote(doc: Document, words: str):
    found = [q for q in doc.quotes if words in doc.text[q.start : q.end]]
    assert found, [doc.text[q.start : q.end] for q in doc.quotes]
    return found[0]


def _name(doc: Document, entity_id: str | None) -> str | None:
    return next((e.name for e in doc.entities if e.id == entity_id), None)


def test_accusation_content_is_the_accusers_not_the_accused():
    doc = analyzed("Die Winzer warfen Müller vor, sie im Stich gelassen zu haben.")
    assert _quote(doc, "im Stich gelassen").speaker_text == "Die Winzer"
    doc = analyzed("Die Bauern warfen Ministerin Karin Vogt vor, sie jahrelang ignoriert zu haben.")
    q = _quote(doc, "jahrelang ignoriert")
    assert q.speaker_text == "Die Bauern"
    assert _name(doc, q.speaker) != "Karin Vogt"
    # a singular verb keeps the name after it as the inverted subject
    doc = analyzed(
        "Die Gewerkschaft Verdi lobte die Einigung. Die Kürzungen kritisierte Verdi-Chef Frank Werneke scharf."
    )
    assert all(q.speaker_text != "Die Kürzungen" for q in doc.quotes)


def test_plural_pronoun_accuser_is_not_the_last_person_named():
    doc = analyzed(
        "Präsident Ilham Karimov sprach von einem guten Tag. In Baku demonstrierten am Abend mehrere Tausend "
        "Menschen gegen den Vertrag. Sie werfen Karimov vor, zu viele Zugeständnisse gemacht zu haben."
    )
    q = _quote(doc, "Zugeständnisse")
    assert q.speaker_text == "Sie"
    assert _name(doc, q.speaker) != "Ilham Karimov"


def test_court_finding_is_the_courts_reported_speech():
    doc = analyzed("Der Angeklagte habe die Gelder veruntreut, befand das Landgericht am Dienstag.")
    q = _quote(doc, "veruntreut")
    assert q.speaker_text == "das Landgericht"
    assert "befand" not in doc.text[q.start : q.end]
    doc = analyzed("Die Richter befanden, die Kündigung sei rechtens gewesen.")
    assert _quote(doc, "Kündigung").speaker_text == "Die Richter"
    # "sich befinden" of a place is no speech
    doc = analyzed("Zwei Soldaten befanden sich noch in dem Gebäude, als es einstürzte.")
    assert not doc.quotes


def test_court_chamber_speaks_for_the_court_named_before():
    doc = analyzed(
        "Das Oberlandesgericht München verurteilte einen Mann wegen Terrorfinanzierung. Er habe Geld an eine "
        "Miliz überwiesen, befand der Staatsschutzsenat."
    )
    q = _quote(doc, "Miliz")
    assert q.speaker_text == "der Staatsschutzsenat"
    assert _name(doc, q.speaker) == "Oberlandesgericht München"


def test_judged_decision_content_is_its_holders():
    doc = analyzed("Die Bauern protestierten gegen den Plan der EU-Kommission, die Agrarhilfen zu streichen.")
    assert _quote(doc, "Agrarhilfen zu streichen").speaker_text == "der EU-Kommission"
    doc = analyzed("Die Opposition kritisierte den Beschluss des Kabinetts, die Mehrwertsteuer zu erhöhen.")
    assert _quote(doc, "Mehrwertsteuer zu erhöhen").speaker_text == "des Kabinetts"
    # with no holder named, the content is nobody's indirect quote
    doc = analyzed("Die Gewerkschaft kritisierte die Entscheidung, das Werk zu schließen.")
    assert not [q for q in doc.quotes if doc.text[q.start : q.end] == "das Werk zu schließen"]
    # an accusation against a person (no decision noun) stays the critic's
    doc = analyzed("Der Verband kritisierte die Regierung, die Bauern im Stich gelassen zu haben.")
    assert _quote(doc, "im Stich gelassen").speaker_text == "Der Verband"


def test_fronted_feminine_dative_is_the_accused_not_the_accuser():
    doc = analyzed("Der Ministerin warf die Opposition vor, das Parlament belogen zu haben.")
    assert _quote(doc, "Parlament belogen").speaker_text == "die Opposition"
    doc = analyzed("Die Ministerin warf der Opposition vor, Ängste zu schüren.")
    assert _quote(doc, "Ängste zu schüren").speaker_text == "Die Ministerin"


def test_accusation_content_ends_before_the_resumed_main_clause():
    doc = analyzed("Die Kläger warfen der Stadt vor, die Gebühren zu Unrecht erhoben zu haben, und zogen vor Gericht.")
    q = _quote(doc, "Gebühren")
    assert "zogen" not in doc.text[q.start : q.end]
    assert q.speaker_text == "Die Kläger"


def test_reflexive_befinden_and_singular_sie_guards():
    # "sich befinden" of a place frames no quotation
    doc = analyzed(
        "Auf der Homepage der Firma („Wir übernehmen Verantwortung“) befinden sich bisher keine Informationen zu "
        "den Vorwürfen."
    )
    assert not [q for q in doc.quotes if q.speaker_text and "Informationen" in q.speaker_text]
    # a singular "Sie warf … vor" still stands for the woman just named
    doc = analyzed(
        "Die Abgeordnete Anna Roth schloss sich der Kritik an. Sie warf der Regierung vor, die Lage auszunutzen."
    )
    assert _name(doc, _quote(doc, "die Lage auszunutzen").speaker) == "Anna Roth"
