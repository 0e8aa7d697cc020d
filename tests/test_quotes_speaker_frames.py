"""Speaker frames found on errors of the Wikinews train split, fourth session (hand-written sentences, own wording)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from chronik.components.quotes import QuoteFinder, _speaker_focus
from tests.quote_docs import quote_pipeline, quotes


@pytest.fixture(scope="module")
def nlp() -> Language:
    return quote_pipeline(with_model=True)


def speaker_of(nlp: Language, text: str, quoted: str) -> str | None:
    """The speaker text (or the phrase it resolves to) of the quotation whose text is ``quoted``."""
    hits = [q for q in quotes(nlp, text) if q.text == quoted]
    assert hits, quotes(nlp, text)
    q = hits[0]
    span = (q.model_extra or {}).get("speaker_resolved")
    return text[span[0] : span[1]] if span else q.speaker_text


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        # a focus particle before the subject: the object after the verb is no speaker
        (
            "Auch die Ministerin Renate Vogel (SPD) äußerte Vorbehalte und wagte die Prognose, bei der Abstimmung "
            "würden nicht alle Abgeordneten zustimmen: „Ich gehe davon aus, dass es knapp wird.“",
            "Ich gehe davon aus, dass es knapp wird.",
            "die Ministerin Renate Vogel (SPD)",
        ),
        # compound tense: the subject before the finite auxiliary, not the object after it
        (
            "Die Landesregierung hatte den Bericht des Rechnungshofs umgehend als „unseriös“ zurückgewiesen.",
            "unseriös",
            "Die Landesregierung",
        ),
        # a quoted name inside the subject, and a month after the auxiliary that is no speaker
        (
            "Selbst die Wochenzeitung „Nordblick“ hatte im vergangenen Mai kritisiert, dass die Stadt „viel zu spät“ "
            "reagiert habe.",
            "viel zu spät",
            "die Wochenzeitung „Nordblick“",
        ),
        # a fronted adverbial the parse takes for the subject
        (
            "Passend zu den Gefahren des Eises warnte die Moderatorin eines Radiosenders: „Auf dem See kann es "
            "glatt sein.“",
            "Auf dem See kann es glatt sein.",
            "die Moderatorin",
        ),
        # the phrase before the verb speaks; the one after it is what is described
        (
            "Beobachter der regionalen Presse bezeichneten die Reaktion der Polizei als „völlig überzogen“.",
            "völlig überzogen",
            "Beobachter der regionalen Presse",
        ),
        # an unknown name before the verb, a genitive name inside the object
        (
            "Milinkowa kritisierte die Entscheidung Petrows, die am Montag verkündet worden war, als „politisch "
            "motiviert“.",
            "politisch motiviert",
            "Milinkowa",
        ),
    ],
)
def test_fronted_subject_speaks(nlp, text, quoted, speaker):
    assert speaker_of(nlp, text, quoted) == speaker


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            "Die Pläne werden von Umweltverbänden als „Rückschritt für den Klimaschutz“ bezeichnet.",
            "Rückschritt für den Klimaschutz",
            "Umweltverbänden",
        ),
        (
            "Die Gefahr von Lawinen wird vom Lawinenwarndienst als „erheblich“ eingestuft.",
            "erheblich",
            "Lawinenwarndienst",
        ),
        (
            "Die Stadtwerke gelten als solide und wurden gestern im „Tageblatt“ als „ein Vorbild für andere "
            "Gemeinden“ bezeichnet.",
            "ein Vorbild für andere Gemeinden",
            "„Tageblatt“",
        ),
    ],
)
def test_passive_agent_or_medium_speaks_not_the_passive_subject(nlp, text, quoted, speaker):
    assert speaker_of(nlp, text, quoted) == speaker


def test_list_of_voices_with_bracketed_and_colon_quotations(nlp):
    text = (
        "Viele Politiker gratulierten, so der Ministerpräsident Karl Weber, die Vorsitzende des Verbands, Maria Lenz "
        "(„Das ist ein großer Tag für uns alle.“), und der Landrat Peter Holm: „Wir sind stolz auf die Mannschaft.“"
    )
    assert "Maria Lenz" in speaker_of(nlp, text, "Das ist ein großer Tag für uns alle.")
    assert speaker_of(nlp, text, "Wir sind stolz auf die Mannschaft.") == "der Landrat Peter Holm"


def test_konjunktiv_clause_before_colon_goes_on_with_the_speaker(nlp):
    text = (
        "Der Sprecher der Stadtwerke, Jonas Keller, bestätigte den Ausfall. Die Ursache sei im Prüfbericht bereits "
        "festgehalten: „Ein Kabel war durchgeschmort.“"
    )
    assert "Jonas Keller" in speaker_of(nlp, text, "Ein Kabel war durchgeschmort.")


def test_a_name_explained_is_no_frame(nlp):
    text = (
        "Keller sagte, die Preise seien zu hoch. Zudem sei das System „veraltet“, denn die Kosten könnten durch "
        "sogenannte Umlagen, kurz „Aufschläge“ genannt, weiter steigen."
    )
    assert speaker_of(nlp, text, "veraltet") == "Keller"


def test_words_inside_a_quotation_are_not_the_frames_subject(nlp):
    text = (
        "Die Brandstifter drangen in das Gebäude ein. Sie schrieben Parolen wie „Wir kommen wieder“ und „Wir "
        "vergessen nichts“ an die Wand."
    )
    assert speaker_of(nlp, text, "Wir kommen wieder") == "Sie"
    assert speaker_of(nlp, text, "Wir vergessen nichts") == "Sie"


def test_pronoun_resolves_to_the_subject_opening_its_sentence(nlp):
    text = "Der Trainer verbrachte die Nacht im Krankenhaus, erst am Morgen hatte er gefragt: „Wie geht es dem Team?“"
    assert speaker_of(nlp, text, "Wie geht es dem Team?") == "Der Trainer"


def test_named_apposition_after_a_role_is_the_speaker(nlp):
    text = "Geäußert hat sich der Vorsitzende des Vereins, Thomas Brand, am Montag."
    doc = nlp(text)
    role = next(i for i, t in enumerate(doc) if t.text == "der")
    comma = next(i for i, t in enumerate(doc) if t.text == ",")
    if not all(t.ent_type_ == "PER" for t in doc[comma + 1 : comma + 3]):
        pytest.skip("the model does not tag the name")
    focus = _speaker_focus(doc, QuoteFinder("de"), (role, comma))
    assert doc[focus[0] : focus[1]].text == "Thomas Brand"


def test_colon_quotation_with_a_frame_after_it_is_no_paraphrase(nlp):
    text = (
        "Besorgt äußerte sich auch der Vorstandsvorsitzende der Stiftung Umwelt Deutschland, Wolfgang Berger, zu den "
        "Vorgängen in Kiel: „Wir befürchten das Schlimmste“, sagte er gegenüber dem Radio."
    )
    assert [q.kind for q in quotes(nlp, text)] == ["direct"]


def test_cue_of_the_quotations_own_clause_past_a_relative_clause(nlp):
    text = (
        "Der Kapitän nannte die Niederlage „bitter“, Trainerin Lena Vogt bezeichnete zwei Gegentore in einer Phase, "
        "in der ihr Team überlegen war, als „vermeidbar“."
    )
    assert speaker_of(nlp, text, "bitter") == "Der Kapitän"
    assert speaker_of(nlp, text, "vermeidbar") == "Trainerin Lena Vogt"


def test_so_frame_names_the_source_behind_laut(nlp):
    text = "Die Männer wurden als „Verräter“, so die offizielle Lesart laut der Agentur Nordpress, verurteilt."
    assert speaker_of(nlp, text, "Verräter") == "der Agentur Nordpress"


def test_klarmachen_frames_a_dass_clause(nlp):
    text = "Das Gericht machte klar, dass die Zeuginnen keine Interviews gegeben hätten."
    found = [q for q in quotes(nlp, text) if q.kind == "indirect"]
    assert found and found[0].speaker_text == "Das Gericht"


def test_fuer_person_with_konjunktiv_is_a_source(nlp):
    text = "Für den Theologen Hans Berger sei der Rücktritt „aus vielen Gründen verständlich“."
    assert speaker_of(nlp, text, "aus vielen Gründen verständlich") == "den Theologen Hans Berger"
    # an indicative opinion sentence with no quotation stays unattributed
    assert quotes(nlp, "Für den Verein ist die Saison damit beendet.") == []
