"""Event actors, tenth session, round 3: which country a bare "die Regierung" belongs to."""

from __future__ import annotations

import chronik
from tests.event_docs import rows_by_trigger


def _target_countries(text: str, published: str, trigger: str) -> list[str | None]:
    doc = chronik.analyze(text, published=published)
    by_id = {e.id: e for e in doc.entities}
    for ev in doc.events:
        if doc.text[ev.trigger[0] : ev.trigger[1]] == trigger:
            return [by_id[x].country for x in ev.target]
    raise AssertionError(f"no event on {trigger!r}")


def test_dateline_city_is_read_as_its_biggest_namesake() -> None:
    # "Madrid" is also a Colombian town: the dateline's Madrid is Spain's, and so is the bare "die Regierung"
    text = (
        "Madrid (dpa) – Der spanische Innenminister Tomás Berrocal ist am Dienstag zurückgetreten.\n\n"
        "Die Opposition warf der Regierung vor, die Polizei zu spät informiert zu haben."
    )
    assert rows_by_trigger(text, published="2026-10-06")["warf"][3] == ["Regierung"]
    assert _target_countries(text, "2026-10-06", "warf") == ["ESP"]


def test_bare_government_is_the_last_government_named() -> None:
    # the dateline is in France; the government the text is about sits in Kinshasa
    text = (
        "Paris (Reuters) – Die Gläubiger einigten sich am Freitag in Paris mit der Regierung in Kinshasa auf einen "
        "Erlass der Schulden, wie das französische Außenministerium mitteilte.\n\n"
        "Im Gegenzug verpflichtete sich die Regierung, Reformen umzusetzen."
    )
    doc = chronik.analyze(text, published="2026-10-06")
    governments = [e for e in doc.entities if e.name == "Regierung"]
    assert [e.country for e in governments] == ["COD"]


def test_accusative_after_event_noun_is_the_verbs_object() -> None:
    # "nach der Festnahme den … Botschafter": "den" opens the verb's object, not the arrest's genitive
    text = (
        "Russland hat einen deutschen Journalisten festgenommen.\n\n"
        "Das Auswärtige Amt hatte bereits nach der Festnahme den russischen Botschafter einbestellt."
    )
    assert rows_by_trigger(text)["einbestellt"][3] == ["Russland"]


def test_feminine_sie_continues_a_union_named_after_a_man() -> None:
    # "sie" with a singular verb: no woman before it; the union (a feminine noun before its name) was the subject
    text = (
        "Bildungsminister João Pereira unterzeichnete am Freitag die Einigung. Die kleinere Gewerkschaft Verdi "
        "lehnte die Einigung ab. Sie kündigte an, ab Montag erneut zu streiken."
    )
    assert rows_by_trigger(text)["streiken"][2] == ["Verdi"]


def test_plural_sie_is_not_a_single_speaker() -> None:
    # "Sie werfen … vor" after a demonstration: a plural verb, so not the man who spoke last
    text = (
        "Regierungschef Jan Kowalski und Präsident Ivan Horvat unterzeichneten am Freitag den Vertrag. Horvat "
        "sprach von einem historischen Tag.\n\n"
        "In Krakau demonstrierten am Abend mehrere Tausend Menschen gegen den Vertrag. Sie werfen Kowalski vor, "
        "zu viele Zugeständnisse gemacht zu haben."
    )
    assert rows_by_trigger(text)["werfen"][2] == []


def test_central_government_is_a_state_institution() -> None:
    # "der Zentralregierung": the national government of the country in focus, the accusation's target
    text = (
        "Mogadischu (dpa) – Die somalische Armee hat am Montag zwei Piraten festgenommen. Die Behörden der Region "
        "Puntland warfen der Zentralregierung dagegen vor, sie allein zu lassen."
    )
    assert rows_by_trigger(text)["warfen"][3] == ["Zentralregierung"]
