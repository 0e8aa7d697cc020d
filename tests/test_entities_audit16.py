"""Entity rules from blind audit 16 (eleventh session), on invented sentences."""

from __future__ import annotations

from tests.quote_docs import analyzed


def _names(text: str) -> dict[str, str]:
    doc = analyzed(text, published="2026-11-10")
    return {e.name: e.label for e in doc.entities}


def test_capital_opening_sentence_before_finite_verb_is_place() -> None:
    names = _names("Krise\nWIEN (dpa) – Die Gespräche sind gescheitert. Teheran wies jede Schuld von sich.")
    assert names.get("Teheran") == "LOC"


def test_month_after_im_is_no_place() -> None:
    names = _names("Bilanz\nBERLIN (dpa) – Im Juli dieses Jahres war die Lage noch ruhig. Dann kam der Streit.")
    assert "Juli" not in names


def test_town_adjective_with_title_before_name_is_no_organisation() -> None:
    names = _names(
        "Prozess\nKÖLN (dpa) – Die Hamburger Oberstaatsanwältin Petra Lindner sagte, die Beweise seien eindeutig."
    )
    assert "Hamburger Oberstaatsanwältin" not in names
    assert any(label == "PER" and "Lindner" in name for name, label in names.items())


def test_acronym_with_digit_loses_the_sentence_full_stop() -> None:
    names = _names("Wahl\nPRAG (dpa) – Das meldete der slowakische Fernsehsender TA3. Die Wahl findet im Mai statt.")
    assert "TA3." not in names
    assert names.get("TA3") == "ORG"


def test_smaller_town_full_name_after_in_is_place() -> None:
    names = _names("Protest\nPRAG (dpa) – In Banská Bystrica demonstrierten am Samstag Tausende Menschen.")
    assert names.get("Banská Bystrica") == "LOC"


def test_plural_party_noun_before_party_name_is_cut() -> None:
    names = _names(
        "Streit\nPRAG (dpa) – Die Oppositionsparteien Progressive Slowakei und Freiheit und Solidarität protestierten."
    )
    assert "Oppositionsparteien Progressive Slowakei" not in names
    assert names.get("Progressive Slowakei") == "ORG"


def test_storm_name_after_storm_noun_is_misc() -> None:
    names = _names("Sturm\nMANILA (dpa) – Der Taifun Haiyan traf die Küste.")
    assert names.get("Haiyan") == "MISC"
    assert "Taifun Haiyan" not in names


def test_adjective_and_kind_noun_before_acronym_are_cut() -> None:
    names = _names("See\nLONDON (dpa) – Das meldete die britische Marinebehörde UKMTO.")
    assert names.get("UKMTO") == "ORG"
