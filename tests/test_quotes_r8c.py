"""Quote speakers of the eighth session, third round (2026-12-05): a person's lawyer speaks himself, a place
after a spokesperson is where, a surname after the full name; own invented sentences."""

from __future__ import annotations

from tests.quote_docs import analyzed, speaker_name, the_quote


def test_a_persons_lawyer_is_not_the_person() -> None:
    doc = analyzed(
        "Der frühere Landrat Jonas Keller steht unter Verdacht. Kellers Anwalt sagte, sein Mandant sei unschuldig."
    )
    q = the_quote(doc, "Mandant")
    assert q.speaker_text == "Kellers Anwalt"
    assert speaker_name(doc, q) != "Jonas Keller"


def test_a_persons_spokesman_still_speaks_for_the_person() -> None:
    doc = analyzed(
        "Der Landrat Jonas Keller reiste am Montag ab. Kellers Sprecher sagte, die Reise sei lange geplant gewesen."
    )
    assert speaker_name(doc, the_quote(doc, "Reise")) == "Jonas Keller"


def test_a_place_after_a_spokesperson_is_not_the_speaker() -> None:
    doc = analyzed("Die Behörde prüft den Antrag noch. Ein Sprecher in Paris sagte, man sei zuversichtlich.")
    q = the_quote(doc, "zuversichtlich")
    assert speaker_name(doc, q) != "Paris"


def test_a_surname_with_a_particle_links_to_the_full_name() -> None:
    doc = analyzed(
        "Der Leiter der Delegation, Außenminister Samir al-Haddad, traf am Morgen ein. "
        "„Wir werden nicht nachgeben“, sagte al-Haddad vor Journalisten."
    )
    assert speaker_name(doc, the_quote(doc, "nachgeben")) == "Samir al-Haddad"


def test_a_plural_preterite_after_a_speech_act_is_narration() -> None:
    doc = analyzed(
        "Anwohner berichteten von Schüssen in der Altstadt. Am Abend blieben die Läden und Cafés geschlossen."
    )
    assert not [q for q in doc.quotes if "Läden" in q.text]


def test_a_rejected_demand_is_not_the_rejecters_speech() -> None:
    doc = analyzed("Die Stadtverwaltung wies die Forderung der Gewerkschaft zurück, die Gehälter sofort zu erhöhen.")
    q = the_quote(doc, "Gehälter")
    assert q.speaker_text == "der Gewerkschaft"


def test_a_rejected_demand_with_a_particle_infinitive_has_no_rejecter_as_speaker() -> None:
    doc = analyzed("Die Rebellen lehnten eine Forderung der Regierung ab, die Sperre der Hafenstadt aufzuheben.")
    assert all(q.speaker_text != "Die Rebellen" for q in doc.quotes if "Sperre" in q.text)
