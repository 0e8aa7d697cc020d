"""Quotes, twelfth session (leftovers of audits 15 and 16): a dateline with an agency bracket is neither speaker nor
part of the quotation; a quoted campaign name keeps its speaker whole; a verb right after "und" shares the first
conjunct's subject (invented sentences)."""

from __future__ import annotations

from tests.quote_docs import analyzed, speaker_name, the_quote


def test_dateline_with_agency_is_no_speaker_of_the_first_sentence() -> None:
    doc = analyzed(
        "Hafen\n\nROTTERDAM (dpa) – Die Gewerkschaft FNV wies den Vorwurf zurück, Lotsen hätten mit Schmugglern "
        "kooperiert."
    )
    q = the_quote(doc, "Lotsen hätten")
    assert speaker_name(doc, q) == "FNV"
    doc = analyzed(
        "Asylpolitik\n\nBERLIN (dpa) – Der Flüchtlingsrat bemängelte, auf dem Gipfel sei wieder nur über "
        "Grenzschutz geredet worden."
    )
    q = the_quote(doc, "Gipfel")
    assert speaker_name(doc, q) != "BERLIN" and "BERLIN" not in (q.speaker_text or "")


def test_dateline_is_cut_off_the_quotation_and_the_speaker_phrase() -> None:
    doc = analyzed(
        "Ölpreis\n\nOSLO (Reuters) – Die Förderländer wollen ihre Produktion ab Januar senken, wie das Bündnis "
        "nach einer Konferenz am Samstag mitteilte."
    )
    q = the_quote(doc, "Förderländer")
    assert q.text.startswith("Die Förderländer")
    doc = analyzed("Urteil\n\nKIEW (AFP) – Das Verfassungsgericht in Kiew hat das Wahlgesetz verurteilt.")
    for q in doc.quotes:
        assert "KIEW" not in q.text and "KIEW" not in (q.speaker_text or "")


def test_quoted_campaign_name_subject_speaks_not_the_dative() -> None:
    doc = analyzed(
        "POTSDAM (dpa) – Die Polizei hat ein Camp geräumt. Das Bündnis „Wald statt Asphalt“ warf der Polizei vor, "
        "unverhältnismäßig hart vorgegangen zu sein."
    )
    q = the_quote(doc, "vorgegangen")
    assert speaker_name(doc, q) == "Wald statt Asphalt"


def test_verb_after_und_shares_the_first_subject_not_the_addressee() -> None:
    doc = analyzed(
        "Mahnung\n\nBRÜSSEL (dpa) – Die EU-Kommission kündigte an, das Gesetz zu prüfen, und mahnte die Regierung "
        "in Budapest, die Pressefreiheit zu respektieren."
    )
    assert speaker_name(doc, the_quote(doc, "Pressefreiheit")) == "EU-Kommission"
    assert speaker_name(doc, the_quote(doc, "Gesetz zu prüfen")) == "EU-Kommission"
    # (in a subordinate clause "und" joins two verbs of that clause: its own subject speaks, not the main clause's)
    doc = analyzed(
        "LUXEMBURG (dpa) – Zwei Vereine wurden gegründet. Der „Verein Blau-Gelb“ setzt sich für die alte Fahne ein, "
        "während der „Verein Grüner Baum“ den Plan unterstützt und fordert, dass der Baum auf die Flagge kommt."
    )
    assert "Blau-Gelb" not in (the_quote(doc, "Baum auf die Flagge").speaker_text or "")


def test_name_ending_in_a_number_ends_its_sentence_before_a_continuation() -> None:
    doc = analyzed(
        "PRAG (dpa) – Die Ministerin wies die Kritik zurück. Die Reform solle die Schulen stärken, sagte sie dem "
        "Sender CT24. Ein Rücktritt komme nicht infrage."
    )
    assert any(q.text.startswith("Ein Rücktritt komme") for q in doc.quotes)


def test_name_ending_in_a_number_with_a_period_splits_before_an_article_only() -> None:
    from chronik.pipeline import build
    from chronik.text import sentence_spans

    nlp = build("de", with_model=False, components=[])
    for text, expected in (
        (
            "Er sprach mit dem Sender TA3. Die Ministerin schwieg.",
            ["Er sprach mit dem Sender TA3.", "Die Ministerin schwieg."],
        ),
        ("Der Gipfel der G7. Er beginnt morgen.", ["Der Gipfel der G7.", "Er beginnt morgen."]),
        ("Der Airbus A380. Flugzeuge sind groß.", ["Der Airbus A380. Flugzeuge sind groß."]),
    ):
        assert [text[s:e] for s, e in sentence_spans(nlp(text))] == expected
