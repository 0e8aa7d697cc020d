"""Constructions of current-affairs news that the invented current-news audits 51/52 (session 28) found unread. Each
test uses made-up sentences, read as a short article (a title line, then the sentence)."""

from __future__ import annotations

from tests.event_docs import short_news_events as events


def test_reported_speech_after_an_opening_threat_frame_is_what_is_threatened() -> None:
    text = "Söder hatte gedroht, die CSU werde den Etat blockieren, sollte die SPD an Steuererhöhungen festhalten."
    assert [e[0] for e in events(text)] == ["THREATEN"]  # not the blockade as a protest of its own
    assert [e[0] for e in events("Der Minister drohte, die Regierung werde die Konten einfrieren.")] == ["THREATEN"]
    # what looms is threatened by no one
    assert events("Es drohte, die Lage werde sich weiter verschärfen.") == []


def test_announced_reserved_or_prepared_countermeasures_are_threats() -> None:
    assert events("Irans Außenminister kündigte eine „entschlossene Antwort“ an.")[0][0] == "THREATEN"
    assert events("Russland behalte sich Gegenmaßnahmen vor, sagte Peskow.")[0][:2] == ("THREATEN", ["Russland"])
    prepared = events("Die Kommission werde Gegenmaßnahmen vorbereiten, falls Washington die Zölle erhebe.")
    assert prepared[0][0] == "THREATEN"
    # preparing without a condition is planning, no threat
    assert [e for e in events("Die Kommission bereitet einen Gipfel vor.") if e[0] == "THREATEN"] == []


def test_a_wrongdoing_named_as_a_label_is_disapproval() -> None:
    assert events("Orbán nannte den Mechanismus einen „Angriff auf die Souveränität“ Ungarns.")[0][:2] == (
        "ACCUSE",
        ["Orbán"],
    )
    assert events("Dobrindt sprach von einem „ernsten Angriff auf unsere Sicherheit“.")[0][:2] == (
        "ACCUSE",
        ["Dobrindt"],
    )


def test_affirming_a_right_or_support_endorses_and_disinviting_excludes() -> None:
    assert events("Merz bekräftigte das Recht Israels auf Selbstverteidigung.") == [("SUPPORT", ["Merz"], ["Israel"])]
    # the meeting one is disinvited from is no meeting of its own
    assert events("Trump hatte Südafrika von den Treffen ausgeladen.") == [("SANCTION", ["Trump"], ["Südafrika"])]


def test_a_demonstration_march_is_a_protest() -> None:
    assert [e[0] for e in events("Am Nachmittag zog ein Demonstrationszug durch die Innenstadt.")] == ["PROTEST"]


def test_fire_on_a_foreign_place_hits_it() -> None:
    assert events("Die iranischen Revolutionsgarden feuerten 30 Raketen auf den Norden Israels ab.")[0][2] == ["Israel"]
    assert events("Die israelische Luftwaffe hat Raketenstellungen im Westen Irans bombardiert.")[0][2] == ["Iran"]
    assert events("Russland feuerte in der Nacht Raketen auf Kiew ab.")[0][2] == ["Kiew"]
    # where it happened is no target: a town of the attackers' own country, a plain "in", a beating or torture
    assert events("Die ukrainische Armee beschoss Stellungen im Osten der Ukraine.")[0][2] == []
    assert events("Amerikanische Soldaten folterten Häftlinge in Guantánamo.")[0][2] == []


def test_a_name_before_the_verb_with_er_after_it_is_the_object() -> None:
    assert events("Ungarn drohte er mit einem neuen Vertragsverletzungsverfahren.") == [("THREATEN", [], ["Ungarn"])]
    # "es" and "sie" after the verb are objects as often as subjects
    assert events("Tusk lehnte es ab, Minsk zu besuchen.")[0][:2] == ("REJECT", ["Tusk"])


def test_giving_up_a_demand_concedes_and_the_demand_is_no_event_of_its_own() -> None:
    text = "Im Gegenzug verzichtete die SPD auf ihre Forderung nach einem höheren Spitzensteuersatz."
    assert events(text) == [("CONCEDE", ["SPD"], [])]
    assert events("Ungarn verzichtete auf sein Veto.") == [("CONCEDE", ["Ungarn"], [])]
