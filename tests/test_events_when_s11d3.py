"""Event dates: a perfect whose participle the tagger calls finite, and an explicit earlier day of the report's own
year (invented sentences, 2026-12-05, eleventh session, audit 16)."""

from __future__ import annotations

import chronik
from chronik.document import Document
from tests.event_docs import event_at as event


def analyzed(text: str, published: str) -> Document:
    return chronik.analyze(text, published=published)


def test_a_lead_whose_participle_is_tagged_as_finite_takes_the_next_sentence_s_day():
    doc = analyzed(
        "Streit um Inseln\nATHEN (dpa) – Im Streit um die Ägäis-Inseln hat Griechenland den türkischen Botschafter "
        "einbestellt. Das Außenministerium in Athen habe den Diplomaten am Dienstag zu einem Gespräch gebeten, "
        "hieß es.",
        "2026-11-12",
    )
    assert event(doc, "einbestellt").date == "2026-11-10"
    doc = analyzed(
        "Streit um Kontrollen\nBERLIN (dpa) – Im Streit um die Grenzkontrollen hat Polen den deutschen Botschafter "
        "einbestellt. Am Dienstag protestierte die Regierung in Warschau gegen die Kontrollen.",
        "2026-11-12",
    )
    assert event(doc, "einbestellt").date == "2026-11-10"


def test_an_explicit_day_earlier_in_the_report_s_year_dates_the_past_act():
    doc = analyzed(
        "Anklage erhoben\nMÜNCHEN (dpa) – Die Staatsanwaltschaft hat Anklage gegen drei Männer erhoben. Am 12. Februar "
        "durchsuchten Ermittler die Wohnungen der Verdächtigen in Augsburg.",
        "2026-11-12",
    )
    assert event(doc, "durchsuchten").date == "2026-02-12"
    doc = analyzed("Am 5. Januar reiste der Präsident zu Gesprächen nach Paris.", "2026-11-12")
    assert event(doc, "reiste").date == "2026-01-05"
    # (a coming day keeps the next year the tagger gave it)
    doc = analyzed("Am 5. Januar will der Präsident zu Gesprächen nach Paris reisen.", "2026-11-12")
    assert event(doc, "reisen").date == "2027-01-05"


def place(doc: Document, trigger: str) -> str | None:
    names = {e.id: e.name for e in doc.entities}
    return names.get(event(doc, trigger).place or "")


def test_talks_of_other_countries_new_to_the_story_do_not_take_its_place():
    doc = analyzed(
        "Ölförderung\nWIEN (dpa) – Die OPEC hat sich auf eine Kürzung der Ölförderung geeinigt. Die Ölminister trafen "
        "sich am Montag in Wien. Japan und Südkorea verhandelten am Dienstag über ein Handelsabkommen.",
        "2026-11-12",
    )
    assert place(doc, "trafen") == "Wien"
    assert place(doc, "verhandelten") is None
    # (talks of the place's own country, or of the story's actors, stay there)
    doc = analyzed(
        "Grenze\nBRÜSSEL (dpa) – Die EU-Außenminister haben sich am Montag in Brüssel getroffen. Frankreich und "
        "Belgien berieten dabei über die Grenzkontrollen.",
        "2026-11-12",
    )
    assert place(doc, "berieten") == "Brüssel"


def test_a_promise_of_help_from_abroad_is_not_made_at_the_scene():
    doc = analyzed(
        "Erdbeben\nLIMA (dpa) – Ein Erdbeben hat in Peru schwere Schäden angerichtet. In der Provinz Arequipa starben "
        "am Montag mindestens 15 Menschen. Die Vereinten Nationen sagten Hilfen in Höhe von zwei Millionen Dollar zu.",
        "2026-11-12",
    )
    assert place(doc, "sagten") is None
    # (a promise by the place's own government is made there)
    doc = analyzed(
        "Erdbeben\nLIMA (dpa) – Ein Erdbeben hat in Peru schwere Schäden angerichtet. In der Provinz Arequipa starben "
        "am Montag mindestens 15 Menschen. Die peruanische Regierung sagte den Opfern schnelle Hilfe zu.",
        "2026-11-12",
    )
    assert place(doc, "sagte") is not None


def test_a_perfect_lead_parsed_with_the_participle_as_head_takes_the_next_sentence_s_day():
    doc = analyzed(
        "Kokain\nQUITO (dpa) – In Ecuador haben Ermittler eine Rekordmenge Kokain beschlagnahmt. Am Sonntag "
        "durchsuchten Polizisten im Hafen von Guayaquil mehrere Container.",
        "2026-11-12",
    )
    assert event(doc, "beschlagnahmt").date == "2026-11-08"
