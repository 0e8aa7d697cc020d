"""Sixteenth session, mini-audit on real German Wikinews (diplomacy and politics): constructions of agency news that
chronik missed or over-read. Arson told with "in Brand setzen"; clashes ("Auseinandersetzungen" between police and
demonstrators) and looting ("Plünderungen") as riots; a court that upholds a verdict or sentence ("bestätigte das
Urteil"); a detention told as "bleibt in Strafhaft"; "ohne Anklage" as the manner of a detention, no charge; the act a
call asks for when a relative clause splits its zu-infinitive. All sentences are invented."""

from __future__ import annotations

from tests.event_docs import event_rows


def _types(text: str) -> list[str]:
    return [row[1] for row in event_rows(text, published="2026-11-10")]


def _row(text: str, trigger: str) -> tuple:
    return next(row for row in event_rows(text, published="2026-11-10") if row[0] == trigger)


def test_in_brand_setzen_is_arson() -> None:
    assert _row("Unbekannte setzten in der Nacht das Rathaus von Leipzig in Brand.", "setzten")[1] == "ASSAULT"
    assert _row("In Kairo wurde am Sonntag eine Polizeiwache in Brand gesetzt.", "gesetzt")[1] == "ASSAULT"


def test_fire_set_by_lightning_is_no_attack() -> None:
    assert "ASSAULT" not in _types("Ein Blitz setzte am Abend eine Scheune bei Ulm in Brand.")


def test_clashes_between_police_and_protesters_are_a_riot() -> None:
    row = _row(
        "Vor dem Parlament in Sofia kam es am Montag zu Auseinandersetzungen zwischen der Polizei und Demonstranten.",
        "Auseinandersetzungen",
    )
    assert row[1] == "PROTEST"


def test_political_dispute_is_no_riot() -> None:
    text = "Die Auseinandersetzungen zwischen den Koalitionsparteien über den Haushalt dauern an."
    assert "PROTEST" not in _types(text)


def test_looting_is_a_riot() -> None:
    assert _row("In der Hafenstadt Warna kam es in der Nacht zu Plünderungen.", "Plünderungen")[1] == "PROTEST"


def test_court_upholding_a_sentence_sentences_again() -> None:
    row = _row(
        "Ein Berufungsgericht in Sofia hat am Mittwoch das Urteil gegen den früheren Innenminister Rumen Petkow "
        "bestätigt.",
        "bestätigt",
    )
    assert row[1] == "COERCE"
    assert row[3] == ["Rumen Petkow"]


def test_spokesman_confirming_a_verdict_is_no_sentence() -> None:
    text = "Ein Sprecher des Ministeriums bestätigte am Dienstag das Urteil des Gerichts gegen Rumen Petkow."
    assert "COERCE" not in _types(text)


def test_staying_in_prison_after_a_sentence_is_a_detention() -> None:
    row = _row("Der frühere Innenminister Rumen Petkow bleibt damit in Strafhaft.", "bleibt")
    assert row[1] == "COERCE"
    assert row[3] == ["Rumen Petkow"]


def test_without_charge_is_no_charge() -> None:
    text = "Die Behörden hielten den Journalisten Ali Demir monatelang ohne Anklage fest."
    assert "ACCUSE" not in _types(text)


def test_act_asked_for_past_a_relative_clause_is_no_event() -> None:
    text = "Die Milizen wurden über einen Radiosender dazu aufgerufen, Dörfer, die an der Grenze liegen, anzugreifen."
    assert _types(text) == ["REQUEST"]


def test_headline_surname_with_an_org_label_joins_the_person_named_below() -> None:
    # the NER often labels a lone surname at the end of a headline ORG; the body names the person in full later
    from chronik.components.entities import Mention, _group_names, _headline_end

    text = "Haftstrafe für Marinescu bestätigt\nEin Gericht hat das Urteil gegen Dragoș Marinescu bestätigt."
    end = _headline_end(text)
    assert end == text.index("\n")
    title = Mention(15, 24, "ORG", "name", "Marinescu")
    body = Mention(text.index("Dragoș"), len(text) - 11, "PER", "name", "Dragoș Marinescu")
    clusters = _group_names([title, body], "de", end)
    assert len(clusters) == 1 and clusters[0].label == "PER"


def test_body_surname_before_the_full_name_stays_apart() -> None:
    # outside a headline the full name must come first: a body line ending in a full stop is no headline
    from chronik.components.entities import Mention, _group_names, _headline_end

    text = "Die Firma Marinescu baut ab.\nDer Unternehmer Dragoș Marinescu schweigt."
    assert _headline_end(text) == 0
    firm = Mention(10, 19, "ORG", "name", "Marinescu")
    person = Mention(text.index("Dragoș"), text.index(" schweigt"), "PER", "name", "Dragoș Marinescu")
    assert len(_group_names([firm, person], "de", _headline_end(text))) == 2


def test_sich_stark_machen_fuer_is_support() -> None:
    text = "Die französische Regierung machte sich am Montag für einen Beitritt Georgiens zur Europäischen Union stark."
    row = _row(text, "machte")
    assert row[1] == "SUPPORT"


def test_making_the_economy_strong_is_no_support() -> None:
    assert "SUPPORT" not in _types("Die Reform soll die Wirtschaft Italiens stark machen.")
