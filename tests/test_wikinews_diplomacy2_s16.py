"""Sixteenth session, second mini-audit on real German Wikinews (diplomacy and politics, round 2): verb senses that
depend on the frame ("hielt fest, dass" states, "ging der Antrag ein" arrives, "schloss sich dem Kurs an" endorses),
a military deposing a leader told with a pronoun, a conditional suit in reported speech as a threat, an announced
refusal to implement a decision, words that honour a person, and event nouns naming a field of work. All sentences
are invented."""

from __future__ import annotations

from tests.event_docs import event_rows

PUB = "2024-05-14"


def _types(text: str) -> list[str]:
    return [row[1] for row in event_rows(text, published=PUB)]


def _row(text: str, trigger: str) -> tuple:
    return next(row for row in event_rows(text, published=PUB) if row[0] == trigger)


def test_festhalten_with_dass_clause_states_no_detention() -> None:
    assert "COERCE" not in _types("Der Präsident der Kommission hielt fest, dass die Frist abgelaufen sei.")
    assert _row("Die Rebellen hielten den Präsidenten drei Tage lang fest.", "hielten")[1] == "COERCE"


def test_filed_request_arriving_is_no_concession() -> None:
    text = "Beim Landratsamt ging am Montag der Antrag der Bürgermeisterin Petra Lindner auf eine Sondersitzung ein."
    assert "CONCEDE" not in _types(text)
    assert _row("Die Regierung ging auf die Forderungen der Lehrer ein.", "ging")[1] == "CONCEDE"


def test_army_deposing_him_is_coercion() -> None:
    assert _row("Bis ihn die Armee 1999 absetzte, regierte der General das Land.", "absetzte")[1] == "COERCE"
    # a "bis" clause after a relative clause is no part of the main clause: its subject is not the deposer
    row = _row(
        "Der frühere Präsident Hans Bauer, der Bolivien lange regierte, bis ihn die Armee 2019 absetzte, ist "
        "gestorben.",
        "absetzte",
    )
    assert (row[1], row[2]) == ("COERCE", ["Armee"])


def test_conditional_suit_in_reported_speech_is_threat() -> None:
    row = _row(
        "Der Grünen-Vorsitzende Omid Nouripour bekräftigte, dass die Grünen vor Gericht ziehen würden, wenn der Senat "
        "das Gesetz ändere.",
        "ziehen",
    )
    assert (row[1], row[5]) == ("THREATEN", "asserted")
    # an announced zu-infinitive with a condition has no "würde" to read as reported speech: left as it was
    text = (
        "Die Regierung Perus hat angekündigt, eine Ausgangssperre zu verhängen, wenn sich die Lage nicht verbessern "
        "sollte."
    )
    assert _row(text, "Ausgangssperre")[1] == "COERCE"
    # the writer's own hypothetical stays one
    row = _row("Die Reederei würde gegen die Stadt klagen, wenn die Hafengebühren stiegen.", "klagen")
    assert (row[1], row[5]) == ("ACCUSE", "hypothetical")


def test_announced_refusal_to_implement_is_reject() -> None:
    row = _row(
        "Sachsen werde die Empfehlung der Ständigen Impfkommission nicht umsetzen, erklärte Gesundheitsministerin "
        "Petra Köpping am Dienstag.",
        "umsetzen",
    )
    assert (row[1], row[2], row[5]) == ("REJECT", ["Sachsen"], "asserted")
    assert _row("Die Stadt Leipzig befolgt die Weisung des Landesamts nicht.", "befolgt")[1] == "REJECT"
    assert "REJECT" not in _types("Die Länder setzen den Beschluss der Kommission um.")


def test_joining_a_course_or_decision_is_support() -> None:
    row = _row("Brandenburg schloss sich diesem Kurs am Mittwoch an.", "schloss")
    assert (row[1], row[2]) == ("SUPPORT", ["Brandenburg"])
    assert _row("Der sächsische Landrat Uwe Jahn schloss sich der Entscheidung des Kreistags an.", "schloss")[1] == (
        "SUPPORT"
    )
    assert _row("Die Gemeinde schloss sich dem Zweckverband an.", "schloss")[1] == "COOPERATE"


def test_word_honouring_a_person_is_praise() -> None:
    row = _row(
        "In ihrem Nachruf bezeichnete Bürgermeisterin Henriette Reker den verstorbenen Kardinal Joachim Meisner als "
        "„Glaubensikone“.",
        "bezeichnete",
    )
    assert (row[1], row[2], row[3]) == ("SUPPORT", ["Henriette Reker"], ["Joachim Meisner"])
    row = _row("Der Trainer Julian Nagelsmann nannte den Torwart Manuel Neuer einen Nationalhelden.", "nannte")
    assert row[1] == "SUPPORT"


def test_event_noun_naming_a_field_of_work_is_no_event() -> None:
    text = (
        "Kritiker bemängeln, dass die neue Ministerin Karin Prien kaum Erfahrung im Bereich der internationalen "
        "Zusammenarbeit habe."
    )
    assert "COOPERATE" not in _types(text)
    assert "COOPERATE" in _types("Polen und Litauen bauen ihre Zusammenarbeit beim Grenzschutz aus.")
