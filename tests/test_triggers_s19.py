"""Trigger rows added from the corpus-frequency ranking of the nineteenth session (verbs and nouns of clauses with an
actor and no event across German Wikinews), their guards, and strong participles with a prefix that the lemmatiser
leaves as they are (events._prefixed_strong). Invented sentences."""

from __future__ import annotations

from chronik.components.events import _participle_infinitives, lexicon
from tests.event_docs import event_rows

LEAD = "Meldung\nLISSABON (dpa) – "


def _types(text: str) -> list[tuple[str, str]]:
    return [(row[0], row[1]) for row in event_rows(LEAD + text, published="2026-11-10")]


def test_strong_participle_with_particle_reads_through_the_simple_verb() -> None:
    lex = lexicon("de")
    assert "umbringen" in _participle_infinitives("umgebracht", lex)
    assert "bewerfen" in _participle_infinitives("beworfen", lex)
    assert "anschießen" in _participle_infinitives("angeschossen", lex)


def test_killing_verbs() -> None:
    assert ("umgebracht", "ASSAULT") in _types("Bewaffnete haben in der Nacht vier Bauern umgebracht.")
    assert ("massakriert", "ASSAULT") in _types("In dem Dorf wurden nach Angaben der UN Dutzende massakriert.")
    assert ("kidnappten", "ASSAULT") in _types("Piraten kidnappten vor der Küste Nigerias zwei Seeleute.")


def test_sexual_abuse_is_an_assault_and_abused_office_is_not() -> None:
    assert ("missbraucht", "ASSAULT") in _types("Der Trainer soll mehrere Schülerinnen sexuell missbraucht haben.")
    assert _types("Der Bürgermeister hat sein Amt für private Geschäfte missbraucht.") == []


def test_deportation_and_expulsion() -> None:
    assert ("deportierten", "COERCE") in _types("Die Behörden deportierten im März 300 Migranten nach Honduras.")
    assert ("Deportation", "COERCE") in _types("Die Deportation der Familie nach Serbien löste Empörung aus.")
    assert ("vertrieben", "COERCE") in _types("Milizen haben im Osten Tausende aus ihren Dörfern vertrieben.")


def test_selling_goods_is_no_expulsion() -> None:
    assert _types("Der Verlag vertreibt die Zeitschrift inzwischen auch in Österreich.") == []


def test_repression_needs_a_people_or_a_protest() -> None:
    assert ("unterdrückte", "COERCE") in _types("Die Armee unterdrückte die Proteste im Süden mit großer Härte.")
    assert _types("Der Minister unterdrückte bei der Rede ein Lächeln.") == []


def test_looting_censoring_interrogating() -> None:
    assert ("plünderten", "COERCE") in _types("Bewaffnete plünderten am Sonntag das Lager des Roten Kreuzes in Goma.")
    assert ("zensiert", "COERCE") in _types("Die Regierung hat die Berichte der Zeitung über den Streik zensiert.")
    assert ("verhörten", "ACCUSE") in _types("Ermittler verhörten den Verdächtigen am Dienstag mehrere Stunden lang.")


def test_settling_a_dispute_and_sealing_a_treaty() -> None:
    assert ("beigelegt", "AGREE") in _types("Die Nachbarländer haben ihren Streit um die Fischerei beigelegt.")
    assert ("besiegelten", "AGREE") in _types("Peru und Chile besiegelten am Freitag ein Abkommen über die Grenze.")
    assert _types("Mit der Niederlage war das Schicksal des Vereins besiegelt.") == []


def test_congratulations() -> None:
    assert ("Glückwünsche", "SUPPORT") in _types("Glückwünsche kamen vom Präsidenten Frankreichs, Emmanuel Macron.")
    # the support verb's row codes it once
    assert len(_types("Die Kanzlerin sprach dem Sieger ihre Glückwünsche aus.")) == 1


def test_a_mediation_attempt_is_consult() -> None:
    assert ("Vermittlungsversuch", "CONSULT") in _types("Norwegen unternahm einen neuen Vermittlungsversuch.")


def test_a_mutilated_body_is_no_act() -> None:
    assert ("verstümmelte", "ASSAULT") not in _types("Die verstümmelte Leiche des Reporters wurde im Wald gefunden.")
    assert ("verstümmelt", "ASSAULT") in _types("Die Kämpfer haben mehrere Gefangene verstümmelt.")


def test_round_two_rows() -> None:
    assert ("prügelten", "ASSAULT") in _types("Vier Männer prügelten vor dem Bahnhof auf einen Touristen ein.")
    assert ("zwangsgeräumt", "COERCE") in _types("Die Siedlung soll nach Angaben der Armee zwangsgeräumt werden.")
    assert ("eingeschüchtert", "THREATEN") in _types("Zeugen wurden von Anhängern der Miliz eingeschüchtert.")
    assert ("belästigt", "ASSAULT") in _types("Der Arzt soll drei Patientinnen sexuell belästigt haben.")
    assert ("schimpfte", "ACCUSE") in _types("Der Verband schimpfte auf die Regierung in Madrid.")
    assert _types("Der Nachbar hat die Familie monatelang mit Anrufen belästigt.") == []
    assert _types("Die Lehrerin fühlte sich von den Eltern eingeschüchtert.") == []
    assert _types("Die Reporter ließen sich von der Kampagne nicht einschüchtern.") == []


def test_looting_leaves_the_attack_noun_of_its_clause() -> None:
    types = _types("Die Miliz soll Angriffe gegen Zivilisten geführt und Städte geplündert haben, um zu siegen.")
    assert ("Angriffe", "ASSAULT") in types
    assert ("geplündert", "COERCE") in types
