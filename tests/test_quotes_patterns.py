"""Quotation frames on hand-written German news sentences, with a bare tokenizer (no trained model).

The rules must work from surface patterns alone; the model only refines them.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

from chronik.document import Entity, Quote
from chronik.pipeline import build
from tests.quote_docs import quote_pipeline, quotes


@pytest.fixture(scope="module")
def nlp() -> Language:
    return quote_pipeline(with_model=False)


def cue_text(text: str, q: Quote) -> str | None:
    return text[q.cue[0] : q.cue[1]] if q.cue else None


def test_colon_name_frame(nlp):
    text = "Macron: „Wir werden die Reform nicht zurücknehmen.“"
    (q,) = quotes(nlp, text)
    assert (q.kind, q.text, q.speaker_text) == ("direct", "Wir werden die Reform nicht zurücknehmen.", "Macron")


def test_colon_cue_frame(nlp):
    text = "Der Innenminister sagte am Montag in Berlin: „Die Lage ist ernst.“"
    (q,) = quotes(nlp, text)
    assert q.kind == "direct"
    assert q.speaker_text == "Der Innenminister"
    assert cue_text(text, q) == "sagte"


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("„Wir haben keine Wahl“, sagte der Minister am Dienstag.", "der Minister", "sagte"),
        (
            "„Das ist ein schwarzer Tag für Europa“, erklärte Kommissionschefin Ursula von der Leyen.",
            "Kommissionschefin Ursula von der Leyen",
            "erklärte",
        ),
        ("„Ich freue mich auf die Aufgabe“, so Kondé.", "Kondé", "so"),
        ("„Wir prüfen den Fall“, teilte die Staatsanwaltschaft mit.", "die Staatsanwaltschaft", "teilte mit"),
    ],
)
def test_inverted_frame(nlp, text, speaker, cue):
    (q,) = quotes(nlp, text)
    assert q.kind == "direct"
    assert q.speaker_text == speaker
    # a separable verb's cue runs from the verb to its particle ("teilte … mit")
    words = cue_text(text, q).split()
    assert (words[0], words[-1]) == (cue.split()[0], cue.split()[-1])


def test_interrupted_quote_keeps_the_speaker(nlp):
    text = "„Die Lage ist ernst“, sagte der Minister, „aber wir handeln jetzt.“"
    first, second = quotes(nlp, text)
    assert first.text == "Die Lage ist ernst"
    assert second.text == "aber wir handeln jetzt."
    assert first.speaker_text == second.speaker_text == "der Minister"


def test_multi_sentence_quote_is_one_quotation(nlp):
    text = "Die Sprecherin sagte: „Wir sind erleichtert. Die Geiseln sind frei. Jetzt beginnt die Aufarbeitung.“"
    (q,) = quotes(nlp, text)
    # the span covers the quoted words only, without the marks (the output contract)
    assert q.text == "Wir sind erleichtert. Die Geiseln sind frei. Jetzt beginnt die Aufarbeitung."
    assert q.speaker_text == "Die Sprecherin"


def test_nested_quotes_do_not_break_the_outer_one(nlp):
    text = "Die Ministerin sagte: „Der Vertrag ‚Pakt für die Zukunft‘ und das Motto „Gemeinsam stark“ gelten weiter.“"
    (q,) = quotes(nlp, text)
    assert q.text == "Der Vertrag ‚Pakt für die Zukunft‘ und das Motto „Gemeinsam stark“ gelten weiter."
    assert q.speaker_text == "Die Ministerin"


def test_continued_quote_takes_the_previous_speaker(nlp):
    text = "„Wir sind bereit“, sagte Scholz. „Die Verhandlungen können beginnen.“"
    first, second = quotes(nlp, text)
    assert first.speaker_text == second.speaker_text == "Scholz"


def test_laut_zufolge_nach_angaben(nlp):
    text = (
        "Laut Polizei wurden drei Menschen verletzt. Der Feuerwehr zufolge brannten zwei Häuser. "
        "Nach Angaben des Innenministeriums gab es keine Toten."
    )
    found = quotes(nlp, text)
    assert [(q.kind, q.text, q.speaker_text) for q in found] == [
        ("indirect", "wurden drei Menschen verletzt", "Polizei"),
        ("indirect", "brannten zwei Häuser", "Der Feuerwehr"),
        ("indirect", "gab es keine Toten", "des Innenministeriums"),
    ]


def test_indirect_speech_frames(nlp):
    text = (
        "Die Kanzlerin sagte, dass die Regierung handeln werde. Sie betonte, man werde die Hilfen verlängern. "
        "Die Regierung habe keine Wahl."
    )
    dass, betonte, konj = quotes(nlp, text)
    assert (dass.kind, dass.text, dass.speaker_text) == (
        "indirect",
        "dass die Regierung handeln werde",
        "Die Kanzlerin",
    )
    assert (betonte.text, betonte.speaker_text) == ("man werde die Hilfen verlängern", "Sie")
    # a Konjunktiv sentence after a frame continues the reported statement of the same speaker
    assert (konj.kind, konj.text, konj.speaker_text) == ("indirect", "Die Regierung habe keine Wahl.", "Sie")


def test_inverted_indirect_speech(nlp):
    text = "Der Angriff sei eine Strafe für die Regierung, so ein Sprecher der Gruppe."
    (q,) = quotes(nlp, text)
    assert (q.kind, q.text, q.speaker_text) == (
        "indirect",
        "Der Angriff sei eine Strafe für die Regierung",
        "ein Sprecher der Gruppe",
    )


def test_partial_quote_of_the_minister(nlp):
    text = "Der Außenminister nannte die Gespräche „äußerst konstruktiv“."
    found = quotes(nlp, text)
    partial = [q for q in found if q.kind == "partial"]
    assert [(q.text, q.speaker_text) for q in partial] == [("äußerst konstruktiv", "Der Außenminister")]


@pytest.mark.parametrize(
    "text",
    [
        "Der Vertrag „Pakt für die Zukunft“ wurde in New York unterzeichnet.",
        "Die Partei „Einiges Russland“ gewann die Wahl deutlich.",
        "Die Schweizer trafen auf ihren so genannten „Traumgegner“.",
        "Die Raumsonde „Cassini“ umkreist seit 2004 den Saturn.",
        "Der Film „Das Leben der Anderen“ gewann einen Oscar.",
    ],
)
def test_titles_names_and_scare_quotes_are_not_speech(nlp, text):
    assert [q for q in quotes(nlp, text) if q.kind in ("direct", "partial")] == []


def test_pronoun_speaker_resolves_through_entity_mentions(nlp):
    text = "Angela Merkel besuchte Paris. „Wir stehen zusammen“, sagte sie. Die Kanzlerin sagte: „Europa hält.“"
    doc = nlp.make_doc(text)
    # the entities component owns coreference: its mentions include the pronoun and the title
    mentions = [
        [0, 13],
        [text.index("sie."), text.index("sie.") + 3],
        [text.index("Die Kanzlerin"), text.index("Die Kanzlerin") + 13],
    ]
    doc._.entities = [Entity(id="per-merkel", label="PER", name="Angela Merkel", mentions=mentions)]
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    first, second = doc._.quotes
    assert (first.speaker_text, first.speaker) == ("sie", "per-merkel")
    assert (second.speaker_text, second.speaker) == ("Die Kanzlerin", "per-merkel")


def test_pronoun_falls_back_to_the_last_person_name(nlp):
    text = "Olaf Scholz reiste nach Kiew. „Wir helfen“, sagte er."
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, 0, 2, label="PER")]  # as the model's NER would mark it
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    (q,) = doc._.quotes
    assert q.speaker_text == "er"
    assert q.speaker is None  # no entities component: no id, but the resolved name is kept
    assert text[slice(*q.model_extra["speaker_resolved"])] == "Olaf Scholz"


def test_no_entities_gives_speaker_text_without_id(nlp):
    (q,) = quotes(nlp, "„Wir handeln“, sagte der Bürgermeister.")
    assert q.speaker is None and q.speaker_text == "der Bürgermeister"


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Wie das Fischereiministerium heute bekannt gab, wird Island den Walfang aufnehmen.",
            "wird Island den Walfang aufnehmen",
            "das Fischereiministerium",
        ),
        (
            "Wie der Direktor des Amtes, Smith Dharmmasaroj, mitteilte, waren die Menschen nicht informiert.",
            "waren die Menschen nicht informiert",
            "der Direktor des Amtes, Smith Dharmmasaroj",
        ),
    ],
)
def test_wie_frame(nlp, text, quote, speaker):
    (q,) = quotes(nlp, text)
    assert (q.kind, q.text, q.speaker_text) == ("indirect", quote, speaker)


# --- reported statements need content of their own (bare tokenizer) ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "(Die Zeitung berichtete.)",
        "Dies gab die Firma am Montag in Hamburg bekannt.",
        "Die Ministerin sprach am Abend mit ihrem Amtskollegen.",
    ],
)
def test_reported_needs_content_not_a_bare_or_backward_frame(nlp, text):
    assert [q for q in quotes(nlp, text) if q.kind == "reported"] == []


def test_reported_sprechen_von_keeps_its_content(nlp):
    text = "Die Ministerin sprach am Abend von einem großen Erfolg."
    assert [q.kind for q in quotes(nlp, text)] == ["reported"]


# --- speakers from the trained model's parse and morphology -----------------------------------


@pytest.fixture(scope="module")
def nlp_model() -> Language:
    return quote_pipeline(with_model=True)


def only(found: list[Quote], kind: str) -> Quote:
    hits = [q for q in found if q.kind == kind]
    assert len(hits) == 1, found
    return hits[0]


def test_parsed_subject_before_a_long_apposition_wins_over_the_object(nlp_model):
    text = (
        "Der Vorsitzende des Handwerksverbands in Bayern, Georg Lindner, kritisierte die Entscheidung der "
        "Behörde scharf: „Die Behörde muss sich fragen lassen, warum sie so handelt.“"
    )
    q = only(quotes(nlp_model, text), "direct")
    assert "Georg Lindner" in q.speaker_text and "Entscheidung" not in q.speaker_text


def test_cue_noun_as_object_speaks_through_the_verbs_subject(nlp_model):
    text = "Die Ministerin Petra Vogt erteilte der Polizei den Befehl, die Straße sofort zu räumen."
    q = only(quotes(nlp_model, text), "indirect")
    assert "Petra Vogt" in q.speaker_text


def test_fronted_adverb_is_not_the_speaker(nlp_model):
    text = "Offenbar kündigte der Konzernchef Karl Huber am Montag an, das Werk in Kassel zu schließen."
    q = only(quotes(nlp_model, text), "indirect")
    assert q.speaker_text is not None and "Karl Huber" in q.speaker_text


def test_expletive_es_is_not_the_speaker(nlp_model):
    text = "Es gibt Hinweise, dass die Zahl der Unfälle in der Stadt stark gestiegen sei."
    q = only(quotes(nlp_model, text), "indirect")
    assert (q.speaker_text or "").lower() != "es"


def test_wie_frame_takes_a_long_parsed_subject(nlp_model):
    text = (
        "Wie das Nachrichtenmagazin Der Spiegel in einem Vorabbericht vom 3. Mai berichtet, soll die Firma "
        "Gelder veruntreut haben."
    )
    q = only(quotes(nlp_model, text), "indirect")
    assert q.speaker_text is not None and "Nachrichtenmagazin" in q.speaker_text


def test_speech_verb_in_a_relative_clause_does_not_report_the_main_clause(nlp_model):
    text = (
        "Trotz der Mängel im Haushalt, die von allen Fraktionen heftig kritisiert worden waren, plant die "
        "Regierung, die Steuern zu senken."
    )
    assert not any(q.text.startswith("plant") for q in quotes(nlp_model, text))


def test_coordinated_cue_noun_shares_the_first_conjuncts_subject(nlp_model):
    text = "Der Sprecher Jan Roth wies die Kritik zurück und ist der Meinung, dass der Plan funktionieren werde."
    q = only(quotes(nlp_model, text), "indirect")
    assert q.speaker_text is not None and "Jan Roth" in q.speaker_text


@pytest.mark.xfail(
    reason="known weakness: the shipped model (2026-11-25) misparses this sentence (object/subject heads), and the "
    "rule needs the parse; passes with the earlier v1 model",
    strict=False,
)
def test_reported_main_verb_found_past_the_subjects_apposition(nlp_model):
    text = "Anna Weber, die Vorsitzende des Mietervereins, verteidigte das Vorgehen der Stadtverwaltung."
    q = only(quotes(nlp_model, text), "reported")
    assert q.speaker_text is not None and q.speaker_text.startswith("Anna Weber")


def test_passive_subject_is_not_the_speaker_the_agent_is(nlp_model):
    text = "Der neue Haushaltsplan wurde am Dienstag von der Gewerkschaft scharf kritisiert."
    found = quotes(nlp_model, text)
    assert all("Haushaltsplan" not in (q.speaker_text or "") for q in found)
    assert any("Gewerkschaft" in (q.speaker_text or "") for q in found)


def test_contentless_speech_sentence_names_the_next_quotations_speaker(nlp):
    text = "Die Sprecherin fügte hinzu. „Wir werden die Straße morgen wieder öffnen.“"
    found = quotes(nlp, text)
    assert [q.kind for q in found] == ["direct"]
    assert found[0].speaker_text == "Die Sprecherin"


# --- speaker rules from error analysis (parse-based; sentences written for these tests) --------------


def test_fronted_adverbial_the_parser_calls_a_subject_is_not_the_speaker(nlp_model):
    text = "Passend zum Wetter warnte die Sprecherin des Wetterdienstes: „Auf den Straßen kann es glatt sein.“"
    q = only(quotes(nlp_model, text), "direct")
    assert q.speaker_text == "die Sprecherin des Wetterdienstes"


def test_person_after_the_verb_wins_over_a_fronted_object(nlp_model):
    text = "Eine Verschiebung der Wahl bezeichnete Präsident Mahmoud Kalla als gefährlich, weil das Land Ruhe brauche."
    q = only(quotes(nlp_model, text), "indirect")
    assert q.speaker_text == "Präsident Mahmoud Kalla"  # no "als", no fronted object


def test_nominative_pronoun_after_the_verb_is_the_speaker(nlp_model):
    text = "Die neue Regelung lobte er ausdrücklich als „großen Fortschritt“."
    assert only(quotes(nlp_model, text), "partial").speaker_text == "er"


def test_parsed_speaker_stops_before_a_relative_clause(nlp_model):
    text = "Der Stadtrat Jan Berger, der die Pläne seit Monaten kritisiert, erklärte, der Bau sei zu teuer."
    assert only(quotes(nlp_model, text), "indirect").speaker_text == "Der Stadtrat Jan Berger"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "In dem Schreiben, das am Montag an alle Mitglieder ging, heißt es, die Beiträge würden erhöht.",
            "dem Schreiben",
        ),
        ("Aus dem Rathaus hieß es, die Sperrung dauere bis Freitag.", "dem Rathaus"),
        ("„Wir rechnen mit Verspätungen“, hieß es in einer Mitteilung der Bahn.", "einer Mitteilung der Bahn"),
    ],
)
def test_heisst_es_frames_take_the_document_as_source(nlp_model, text, speaker):
    (q,) = quotes(nlp_model, text)
    assert q.speaker_text == speaker


def test_passive_speech_verb_takes_the_document_it_appears_in(nlp_model):
    text = "In einem Bericht des Rechnungshofs wird gefordert, die Ausgaben deutlich zu senken."
    assert only(quotes(nlp_model, text), "indirect").speaker_text == "einem Bericht des Rechnungshofs"


def test_in_a_place_is_no_source_of_passive_speech(nlp_model):
    text = "In Berlin wurde am Montag gefordert, die Mieten zu deckeln."
    assert all(q.speaker_text != "Berlin" for q in quotes(nlp_model, text))


def test_impersonal_frame_takes_its_aus_phrase(nlp_model):
    text = "Aus Regierungskreisen verlautete, das Gesetz solle noch im Herbst beschlossen werden."
    assert only(quotes(nlp_model, text), "indirect").speaker_text == "Regierungskreisen"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ein Radiosender zitierte den Trainer mit den Worten: „Wir haben heute verdient verloren.“", "den Trainer"),
        ("„Die Mannschaft hat alles gegeben“, wird der Trainer in der Zeitung zitiert.", "der Trainer"),
    ],
)
def test_zitieren_attributes_the_quote_to_the_person_quoted(nlp_model, text, speaker):
    (q,) = quotes(nlp_model, text)
    assert q.speaker_text == speaker


def test_colon_after_any_verb_gives_its_subject(nlp_model):
    text = "Die Gewerkschaft empfindet das Angebot als unzureichend: „Damit lassen wir uns nicht abspeisen.“"
    assert only(quotes(nlp_model, text), "direct").speaker_text == "Die Gewerkschaft"


def test_colon_after_reported_speech_keeps_its_speaker(nlp_model):
    text = (
        "Der Richter sagte, das Urteil sei gerecht. Auch diese Strafe habe einen Grund, so der Richter weiter: "
        "„Wer so handelt, muss die Folgen tragen.“"
    )
    q = only(quotes(nlp_model, text), "direct")
    assert q.speaker_text is not None and "Strafe" not in q.speaker_text


def test_cue_noun_after_mit_speaks_through_the_subject(nlp_model):
    text = "Die Firma begegnete der Kritik mit dem Argument, die Preise seien seit Jahren stabil."
    assert only(quotes(nlp_model, text), "indirect").speaker_text == "Die Firma"


def test_quoted_newspaper_name_is_a_speaker(nlp_model):
    text = "„Wir bleiben in der Stadt“, schrieb die „Rheinische Post“ unter Berufung auf den Vorstand."
    assert only(quotes(nlp_model, text), "direct").speaker_text == "die „Rheinische Post“"


def test_verb_coordinated_after_a_partial_quote_is_not_its_frame(nlp_model):
    text = "Die Verkehrsministerin nannte den Plan „unausgegoren“ und erklärte, sie werde ihn ablehnen."
    assert only(quotes(nlp_model, text), "partial").speaker_text == "Die Verkehrsministerin"


def test_mit_den_worten_before_the_quote_takes_the_following_subject(nlp_model):
    text = "Mit den Worten „Das war mein letztes Spiel“ verabschiedete sich der Kapitän."
    q = only(quotes(nlp_model, text), "partial")
    assert q.speaker_text is not None and q.speaker_text.startswith("der Kapitän")


def test_separable_cue_across_an_apposition(nlp_model):
    text = (
        "Zu diesem Zeitpunkt ging Eva Schulz, die Sprecherin der Klinik, noch davon aus, dass alle Patienten "
        "gesund seien."
    )
    q = only(quotes(nlp_model, text), "indirect")
    assert q.text == "dass alle Patienten gesund seien"
    assert q.speaker_text is not None and q.speaker_text.startswith("Eva Schulz")


def test_relative_pronoun_speaker_resolves_to_its_antecedent(nlp_model):
    text = "Der Direktor Max Roth, der am Montag betonte, die Schule bleibe offen, trat am Dienstag zurück."
    q = only(quotes(nlp_model, text), "indirect")
    assert q.text == "die Schule bleibe offen"  # the main clause "trat … zurück" is not reported
    assert q.speaker_text == "der"
    start, end = q.model_extra["speaker_resolved"]
    assert text[start:end] == "Der Direktor Max Roth"


def test_demnach_resolves_to_the_previous_source(nlp):
    text = "Die Polizei teilte mit, der Fahrer sei geflohen. Demnach sei er mit hoher Geschwindigkeit gefahren."
    first, second = quotes(nlp, text)
    assert second.speaker_text == "Demnach"
    start, end = second.model_extra["speaker_resolved"]
    assert text[start:end] == first.speaker_text == "Die Polizei"


def test_frame_in_the_konjunktiv_continues_the_previous_speaker(nlp_model):
    text = "Der Minister sagte, die Lage sei ernst. Die Regierung gehe davon aus, dass die Preise weiter steigen."
    first, second = quotes(nlp_model, text)
    assert first.speaker_text == second.speaker_text == "Der Minister"


def test_source_phrase_in_a_sentence_made_mostly_of_a_quotation(nlp_model):
    text = (
        "Nach Auffassung des Vorsitzenden Brandt sei es „völlig unverständlich, dass die Stadt so lange mit der "
        "Sanierung der alten Brücke am Hafen gewartet hat“."
    )
    q = only(quotes(nlp_model, text), "partial")
    assert q.speaker_text == "des Vorsitzenden Brandt"


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        (
            "Ein Radiosender zitierte den Trainer mit den Worten: „Wir haben heute verdient verloren.“",
            "den Trainer",
            "Ein Radiosender",
        ),
        (
            "Der Bürgermeister Ralf Klein wird in einer Mitteilung der Stadt mit den Worten zitiert: „Die Brücke "
            "bleibt gesperrt.“",
            "Der Bürgermeister Ralf Klein",
            "einer Mitteilung der Stadt",
        ),
        (
            "Die Ärztin Lea Hahn kommentierte den Fund laut „tagesschau.de“ mit folgenden Worten: „Das ist ein "
            "seltener Fall.“",
            "Die Ärztin Lea Hahn",
            "„tagesschau.de“",
        ),
    ],
)
def test_relayed_quotation_names_the_medium_as_via(nlp_model, text, speaker, via):
    q = only(quotes(nlp_model, text), "direct")
    assert q.speaker_text == speaker
    assert q.model_extra["via_text"] == via
    start, end = q.model_extra["via_span"]
    assert text[start:end] == via


def test_plain_quotation_has_no_via(nlp_model):
    text = "Der Trainer sagte: „Wir haben heute verdient verloren.“"
    assert "via_span" not in (only(quotes(nlp_model, text), "direct").model_extra or {})


def test_right_frame_with_auxiliary_before_the_participle(nlp_model):
    text = "„Wir haben keine Fehler gemacht“, hatte die Ministerin Julia Lenz damals gesagt."
    q = only(quotes(nlp_model, text), "direct")
    assert q.speaker_text == "die Ministerin Julia Lenz"
    assert cue_text(text, q) == "gesagt"


def test_third_person_in_e_is_konjunktiv_and_continues_the_speaker(nlp_model):
    text = (
        "Die Umweltministerin Anna Roth sagte, die Zeit werde knapp. Es drohe „eine dramatische Dürre, die nur "
        "durch sofortiges Handeln abgewendet werden kann“."
    )
    q = only(quotes(nlp_model, text), "partial")
    assert q.speaker_text == "Die Umweltministerin Anna Roth"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Um 15 Uhr meldeten dann die Nachrichten des Senders, der Streik sei beendet.", "die Nachrichten des Senders"),
        ("Des Weiteren verwies Kramer darauf, dass der Haushalt ausgeglichen sei.", "Kramer"),
    ],
)
def test_subject_after_the_verb_past_adverbs_and_a_fronted_genitive(nlp_model, text, speaker):
    assert only(quotes(nlp_model, text), "indirect").speaker_text == speaker


def test_fronted_adverb_before_the_auxiliary_leaves_the_subject_after_it(nlp_model):
    text = "Unterdessen haben einige Abgeordnete aus der Opposition angekündigt, gegen das Gesetz zu stimmen."
    assert only(quotes(nlp_model, text), "indirect").speaker_text == "einige Abgeordnete"


def test_passive_subject_label_with_haben_is_an_active_subject():
    from spacy.tokens import Doc

    from chronik.components.quotes import QuoteFinder, _passive

    words = ["Der", "Gerichtshof", "hatte", "entschieden", ",", "dass", "es", "gilt"]
    heads = [1, 3, 3, 3, 7, 7, 7, 3]
    deps = ["det", "nsubj:pass", "aux", "ROOT", "punct", "mark", "nsubj", "ccomp"]
    lemmas = ["der", "Gerichtshof", "haben", "entscheiden", ",", "dass", "es", "gelten"]
    pos = ["DET", "NOUN", "AUX", "VERB", "PUNCT", "SCONJ", "PRON", "VERB"]
    doc = Doc(
        build("de", with_model=False, components=[]).vocab, words=words, heads=heads, deps=deps, lemmas=lemmas, pos=pos
    )
    assert not _passive(doc[3])
    assert QuoteFinder("de").subject_from_parse(doc, 3) == (0, 2)
    deps[2] = "aux:pass"
    words[2], lemmas[2] = "wurde", "werden"
    passive = Doc(doc.vocab, words=words, heads=heads, deps=deps, lemmas=lemmas, pos=pos)
    assert _passive(passive[3])


def test_quantifier_pronoun_with_a_genitive_is_a_speaker(nlp_model):
    text = "Einer der 13 beteiligten Polizisten sagte: „So etwas habe ich noch nie gesehen.“"
    assert only(quotes(nlp_model, text), "direct").speaker_text == "Einer der 13 beteiligten Polizisten"


def test_fragment_after_a_verb_inside_the_reported_clause_keeps_the_frame(nlp_model):
    text = "Der Präsident sagte am Sonntag weiter, der Rebellenführer solle wissen, „dass wir ihn bald fassen werden“."
    assert only(quotes(nlp_model, text), "partial").speaker_text == "Der Präsident"


def test_wie_frame_across_a_relative_clause(nlp_model):
    text = "Wie Anna Berg, die als Beobachterin im Saal war, dazu feststellt, fehlte jeder Beweis für die Anklage."
    q = only(quotes(nlp_model, text), "indirect")
    assert q.speaker_text == "Anna Berg"
    assert q.text == "fehlte jeder Beweis für die Anklage"


def test_quotation_over_several_paragraphs(nlp):
    text = (
        "Die Richterin sagte zum Schluss:\n\n„Wir haben das Urteil nach bestem Wissen gefällt. Wir wissen, dass "
        "nicht alle zufrieden sind.\nBedenken Sie, dass der Grundsatz „im Zweifel für den Angeklagten“ gilt.“\n\n"
        "Danach wurde die Sitzung geschlossen."
    )
    found = [q for q in quotes(nlp, text) if q.kind == "direct"]
    assert len(found) == 1
    assert found[0].text.startswith("Wir haben das Urteil") and found[0].text.endswith("Angeklagten“ gilt.")
    assert found[0].speaker_text == "Die Richterin"


def test_unclosed_mark_does_not_swallow_the_next_paragraph(nlp):
    from chronik.components.quotes import quote_mark_spans

    text = "Er rief „Hallo und ging.\n\nDie Stadt plant „neue Wege“ für den Verkehr."
    assert [text[s:e] for s, e, _ in quote_mark_spans(text)] == ["„neue Wege“"]


def test_inverted_heisst_es_frame_after_reported_content(nlp_model):
    text = "Die Lage an der Grenze sei weiterhin angespannt, hieß es vom Sprecher Mark Wells."
    q = only(quotes(nlp_model, text), "indirect")
    assert q.speaker_text == "Sprecher Mark Wells"
    assert q.text == "Die Lage an der Grenze sei weiterhin angespannt"


def test_backward_frame_names_the_source_of_the_sentence_before(nlp_model):
    text = "Der Anführer der Gruppe soll dabei getötet worden sein. Dies meldete die Polizei am Abend."
    q = only(quotes(nlp_model, text), "indirect")
    assert q.text == "Der Anführer der Gruppe soll dabei getötet worden sein."
    assert q.speaker_text == "die Polizei"


def test_pronoun_in_a_konjunktiv_frame_stands_for_the_previous_speaker(nlp_model):
    text = (
        "Der Sprecher Jan Holm sagte, die Lage sei ernst. Er wisse auch nicht, wann die Grenze wieder geöffnet werde."
    )
    first, second = quotes(nlp_model, text)
    assert second.speaker_text == "Er"
    start, end = second.model_extra["speaker_resolved"]
    assert text[start:end] == first.speaker_text == "Der Sprecher Jan Holm"


def test_soll_with_a_date_ahead_is_a_plan_not_a_continued_report():
    from chronik import analyze

    text = (
        "Nach Angaben der Polizei waren mehr als 3000 Beamte im Einsatz. "
        "Der Minister soll am Mittwoch nach Brüssel weiterreisen."
    )
    doc = analyze(text, published="2025-05-20")
    assert not [q for q in doc.quotes if "weiterreisen" in q.text]
    # without a date ahead, "soll" right after a report still continues it
    text = "Nach Angaben der Polizei waren mehr als 3000 Beamte im Einsatz. Der Täter soll bewaffnet sein."
    doc = analyze(text, published="2025-05-20")
    assert [q for q in doc.quotes if "bewaffnet" in q.text]


def test_nach_angaben_with_an_indefinite_genitive_names_the_source(nlp):
    text = "Die Minister sprachen nach Angaben eines Regierungssprechers über die Lage."
    (q,) = quotes(nlp, text)
    assert q.speaker_text == "eines Regierungssprechers"


def test_nach_eigenen_angaben_makes_the_subject_the_source():
    import chronik

    doc = chronik.analyze(
        "Das Technische Hilfswerk schickte nach eigenen Angaben 50 Helfer in die Region.", published="2024-01-19"
    )
    (q,) = doc.quotes
    thw = next(e for e in doc.entities if e.name.endswith("Hilfswerk"))
    assert q.speaker_text == "eigenen Angaben" and q.speaker == thw.id


def test_question_sentence_is_no_reported_statement(nlp):
    assert quotes(nlp, "Was sagen Sie zu den Vorwürfen der Opposition?") == []


def test_sentencing_and_greeting_are_no_speech_acts(nlp):
    assert quotes(nlp, "Der Unternehmer wurde zu einer Bewährungsstrafe von zwei Jahren verurteilt.") == []
    assert quotes(nlp, "Am Flughafen wurde er von Außenministerin Annalena Baerbock begrüßt.") == []
    (q,) = quotes(nlp, "Die Außenministerin begrüßte die Entscheidung der Europäischen Union.")
    assert q.kind == "reported"


def test_hiess_es_closes_an_indirect_quote_without_a_source(nlp):
    text = "Die Truppen hätten sich zurückgezogen, hieß es."
    (q,) = quotes(nlp, text)
    assert (q.kind, q.text, q.speaker_text, cue_text(text, q)) == (
        "indirect",
        "Die Truppen hätten sich zurückgezogen",
        None,
        "hieß",
    )


def test_named_organisation_before_a_separable_cue_verb_speaks():
    import chronik

    text = "Josep Borrell kritisierte Teheran scharf. Das iranische Außenministerium wies die Vorwürfe zurück."
    doc = chronik.analyze(text, published="2024-04-22")
    q = next(q for q in doc.quotes if q.text.startswith("Das iranische"))
    assert q.kind == "reported" and q.speaker_text == "Das iranische Außenministerium"


def test_interviewer_question_stops_the_previous_speaker(nlp):
    text = (
        "Die Opposition wirft Ihnen vor, zu zögerlich zu handeln. Was sagen Sie dazu?\n\n"
        "„Das ist schlicht falsch. Wir haben viel erreicht.“"
    )
    direct = [q for q in quotes(nlp, text) if q.kind == "direct"]
    assert len(direct) == 1 and direct[0].speaker_text is None


def test_soll_with_a_passive_infinitive_is_a_plan_not_hearsay(nlp):
    text = "Die Übernahme soll im ersten Quartal abgeschlossen werden."
    assert quotes(nlp, text) == []
    (q,) = quotes(nlp, "Der Manager soll Gelder veruntreut haben.")
    assert q.kind == "indirect"


def test_an_age_as_the_speaker_is_the_person_quoted_just_before():
    import chronik

    text = (
        "„Wir gehen in die Opposition“, sagte Pedro Nuno Santos in Lissabon. "
        "Er wolle die Partei erneuern, kündigte der 51-Jährige an."
    )
    doc = chronik.analyze(text, published="2024-03-11")
    names = {e.id: e.name for e in doc.entities}
    q = next(q for q in doc.quotes if q.text.startswith("Er wolle"))
    assert q.speaker_text == "der 51-Jährige" and names.get(q.speaker) == "Pedro Nuno Santos"


def test_colon_frame_with_a_verb_the_tagger_misses_names_its_subject(nlp_model):
    text = "Der Kapitän Jonas Weber haderte: „Wir waren heute einfach zu langsam.“"
    assert only(quotes(nlp_model, text), "direct").speaker_text == "Der Kapitän Jonas Weber"


def test_quoted_newspaper_name_is_the_speaker_not_a_quotation(nlp_model):
    text = "Die „Süddeutsche Zeitung“ schreibt, die Regierung habe versagt."
    found = quotes(nlp_model, text)
    assert [q.kind for q in found] == ["indirect"]
    assert found[0].speaker_text == "Die „Süddeutsche Zeitung“"


def test_quoted_name_before_zufolge_is_the_source(nlp_model):
    text = "Dem „Tagesspiegel“ zufolge will der Senat die Gebühr erhöhen."
    q = only(quotes(nlp_model, text), "indirect")
    assert (q.speaker_text, q.text) == ("Dem „Tagesspiegel“", "will der Senat die Gebühr erhöhen")


def test_weak_preterite_tagged_subjunctive_is_not_konjunktiv():
    from spacy.tokens import Doc

    from chronik.components.quotes import QuoteFinder

    words = ["Analysten", "zeigten", "sich", "enttäuscht", "und", "hätten", "gewarnt"]
    sub = "Mood=Sub|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"
    morphs = ["", sub, "", "", "", sub, ""]
    doc = Doc(build("de", with_model=False, components=[]).vocab, words=words, morphs=morphs)
    f = QuoteFinder("de")
    assert f.konjunktiv_kind(doc[1]) == 0  # "zeigten" is the preterite too
    assert f.konjunktiv_kind(doc[5]) == 2


def test_date_after_the_speaker_of_a_wie_frame_is_not_part_of_it(nlp_model):
    text = "Der Absatz stieg um zwei Prozent, wie die Firma am Montag in Bremen mitteilte."
    assert only(quotes(nlp_model, text), "indirect").speaker_text == "die Firma"


def test_konjunktiv_of_tun_reports_speech(nlp):
    text = "Die Managerin sagte, es tue ihr leid."
    q = only(quotes(nlp, text), "indirect")
    assert q.text == "es tue ihr leid"


def test_medium_addressed_with_gegenueber_is_a_name_not_a_quotation(nlp):
    text = "Gegenüber der „Post“ sagte die Bürgermeisterin, sie trete nicht wieder an."
    assert [q.kind for q in quotes(nlp, text)] == ["indirect"]


def test_quoted_organisation_name_is_not_a_quotation():
    from chronik.pipeline import load

    try:
        nlp_full = load("de")
    except Exception as exc:  # no trained model in this checkout
        pytest.skip(f"no trained model: {exc}")
    text = "Im Gespräch mit der „Welt am Sonntag“ kündigte die Ministerin an, die Mieten zu deckeln."
    assert [q.kind for q in quotes(nlp_full, text)] == ["indirect"]


def test_hiess_es_continues_the_speaker_of_the_sentence_before(nlp_model):
    text = "Der Verband kritisierte den Entwurf scharf. Man werde dagegen klagen, hieß es."
    q = only(quotes(nlp_model, text), "indirect")
    assert (q.text, q.speaker_text) == ("Man werde dagegen klagen", "Der Verband")
