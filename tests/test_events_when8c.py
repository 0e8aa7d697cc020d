"""Event dates (eighth session, audit 2026-12-05g): a plan followed by "Das kündigte X am Montag an" is dated to that
day; an act that sets something up "für" a named coming day
("Für Montag berief die Union einen Gipfel ein") is planned and dated to that day, not dropped to the report's
day; a date inside a noun phrase ("der für Juni geplante Gipfel") is not. Invented sentences, 2026-12-05."""

from __future__ import annotations

from tests.quote_docs import analyzed


def dated(text: str, published: str) -> list[tuple[str, str | None, str]]:
    doc = analyzed(text, published=published)
    return [(doc.text[e.trigger[0] : e.trigger[1]], e.date, e.modality) for e in doc.events]


def test_a_meeting_called_for_a_coming_day_is_dated_to_that_day() -> None:
    rows = dated("Für Montag berief die Afrikanische Union einen Sondergipfel in Nairobi ein.", "2026-10-07")
    summit = next(r for r in rows if r[1] is not None and r[1].startswith("2026-10"))
    assert summit[1] == "2026-10-12"
    assert summit[2] == "planned"


def test_a_date_of_an_attributive_plan_does_not_date_the_act() -> None:
    # (a guard: "der für Juni geplante Gipfel wurde abgesagt" is a cancellation today)
    rows = dated("Der ursprünglich für Anfang Juni geplante Gipfel in Oslo wurde abgesagt.", "2026-03-24")
    assert all(r[1] != "2026-06" for r in rows)


def test_a_plan_is_dated_to_the_day_the_next_sentence_announces_it() -> None:
    text = (
        "Frankreich will den Bau von Schulen in Senegal mit 200 Millionen Euro unterstützen. Das kündigte "
        "Außenminister Paul Girard am Montag in Paris an."
    )
    rows = dated(text, "2026-05-13")
    plan = next(r for r in rows if r[2] == "planned")
    assert plan[1] == "2026-05-11"
