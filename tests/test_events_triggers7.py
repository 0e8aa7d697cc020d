"""Trigger finding and event filtering, audit 7 (invented sentences, 2026-12-05, sixth session)."""

from __future__ import annotations

from tests.event_docs import EventRow, event_rows


def events(text: str, published: str = "2026-07-15") -> list[EventRow]:
    return event_rows(text, published=published)


def kinds(text: str) -> dict[str, str]:
    return {e[0]: e[1] for e in events(text)}


# --- missed events: verbs and constructions without a trigger ----------------------------------------


def test_a_resignation_is_concede():
    # PLOVER/CAMEO 0831 "accede to demands for change in leadership"; "einen Rücktritt anbieten" was already CONCEDE
    assert kinds("Die Bürgermeisterin Anna Vogt ist am Montag zurückgetreten.").get("zurückgetreten") == "CONCEDE"
    assert kinds("Der Parteichef Paul Brenner legte sein Amt nieder.").get("legte") == "CONCEDE"
    assert kinds("Der König dankte nach vierzig Jahren ab.").get("dankte") == "CONCEDE"
    assert "trat" not in kinds("Der Zeuge trat einen Schritt zurück.")  # stepping back is no resignation


def test_accepting_a_resignation_and_a_second_verb_after_und():
    # "dankte" after "und" is tagged as an adjective; a preterite without "ge-" cannot be an attributive participle
    rows = events("Regierungschef Karl Berger nahm den Rücktritt an und dankte der Ministerin für ihre Arbeit.")
    found = {e[0]: e for e in rows}
    assert found["nahm"][1] == "AGREE" and found["nahm"][2] == ["Karl Berger"]
    assert found["dankte"][1] == "SUPPORT" and found["dankte"][2] == ["Karl Berger"]
    assert "Rücktritt" not in found  # the object of "annehmen", not a second event


def test_disapproval_verbs():
    assert kinds("Der Bundesrechnungshof hatte die Vergabe beanstandet.").get("beanstandet") == "ACCUSE"
    assert kinds("Die Kirche missbilligte den Beschluss des Senats.").get("missbilligte") == "ACCUSE"


def test_requests_by_werben_and_bitten_without_um():
    assert kinds("Die Kanzlerin hatte im Bundestag um Zustimmung geworben.").get("geworben") == "REQUEST"
    assert kinds("Die Familie bat die Presse, ihre Ruhe zu respektieren.").get("bat") == "REQUEST"
    assert "wirbt" not in kinds("Die Firma wirbt mit niedrigen Preisen.")


def test_a_warning_is_a_request_only_with_a_directive_complement():
    text = "Reisende sollten die Region meiden, warnte der Sprecher Tom Weber."
    assert kinds(text).get("warnte") == "REQUEST"
    assert "warnte" not in kinds("Der Verband warnte vor Engpässen, sollte der Streik andauern.")
    assert "warnte" not in kinds("Der Ökonom Tom Weber warnte vor einer Rezession.")


def test_withdrawing_a_contract_and_handing_over_a_hostage():
    assert kinds("Dem Lieferanten sei der Auftrag entzogen worden.").get("entzogen") == "SANCTION"
    released = kinds("Der entführte Ingenieur sei am Sonntag an Vermittler übergeben worden.")
    assert released.get("übergeben") == "RETREAT"
    assert "übergeben" not in kinds("Der Brief wurde dem Bürgermeister übergeben.")


def test_an_authority_closing_a_bank_or_a_border():
    assert kinds("Die Bankenaufsicht hatte das Institut im Mai geschlossen.").get("geschlossen") == "COERCE"
    assert "geschlossen" not in kinds("Die beiden Staaten haben ein Abkommen geschlossen.")
    assert "geschlossen" not in kinds("Wegen des Streiks sind Banken und Behörden geschlossen.")  # a state
    assert "schloss" not in kinds("Seit die Armee an der Grenze einen Waffenstillstand schloss, ist es ruhig.")


def test_costs_taken_over_a_motion_and_rockets_fired():
    assert kinds("Der Konzern wird sämtliche Kosten übernehmen.").get("übernehmen") == "AGREE"
    assert kinds("Die Anwältin will die Einstellung des Verfahrens beantragen.").get("beantragen") == "REQUEST"
    assert kinds("Fans hatten Leuchtraketen in die Zuschauerränge geschossen.").get("geschossen") == "ASSAULT"


# --- spurious events: other readings of trigger words ----------------------------------------------


def test_einigen_as_a_pronoun_is_no_agreement():
    assert "einigen" not in kinds("In einigen Proben sei Blei gefunden worden.")
    assert kinds("Die Parteien einigten sich auf einen Kompromiss.").get("einigten") == "AGREE"


def test_verunreinigung_is_no_einigung():
    assert kinds("Im Trinkwasser wurden Verunreinigungen gefunden.") == {}
    assert kinds("Die Bereinigung der Liste dauerte Wochen.") == {}


def test_cuts_that_hit_people_meet_no_one():
    assert "träfen" not in kinds("Die Kürzungen bei der Rente träfen die Schwächsten, sagte sie.")
    assert "treffen" not in kinds("Höhere Gebühren treffen vor allem Studenten.")


def test_goods_delivered_are_no_extradition():
    assert "ausgeliefert" not in kinds("Die Packungen wurden seit März an Apotheken ausgeliefert.")
    assert kinds("Der Verdächtige wurde an die USA ausgeliefert.").get("ausgeliefert") == "COERCE"


def test_travel_advice_is_no_visit():
    assert "Reisen" not in kinds("Das Auswärtige Amt rät von Reisen nach Niger ab.")


def test_an_event_noun_inside_a_name_with_an_acronym():
    text = "Zu dem Anschlag bekannte sich die Bewegung für die Unterstützung der Bauern (MSP)."
    assert "Unterstützung" not in kinds(text)


def test_nothing_to_reproach_oneself_is_no_accusation():
    assert "vorzuwerfen" not in kinds("„Ich habe mir nichts vorzuwerfen“, sagte der Landrat Ernst Kuhn.")


def test_the_object_after_a_finite_verb_is_not_in_a_pp():
    # "lehnte" ends in "-e" like an adjective: the noun's phrase must not reach back to "von" before the verb
    text = "Die Regierung von Premierminister Peter Jansen lehnte Nachverhandlungen ab."
    assert kinds(text) == {"lehnte": "REJECT"}


def test_the_object_after_a_noun_in_en_is_not_in_a_pp():
    # "seit Wochen": a capitalised noun in "-en" is no adjective of the object's phrase
    assert kinds("Die Opposition hatte seit Wochen einen Boykott gefordert.") == {"gefordert": "REQUEST"}
    assert kinds("Die Opposition hatte seit Wochen den Rücktritt gefordert.") == {"gefordert": "REQUEST"}


def test_nominal_re_mentions_as_a_topic_or_a_document():
    assert kinds("Der Angeklagte will sich erst im Mai zu den Vorwürfen äußern.") == {}
    text = "Die Opfer hätten Millionen verloren, sagte die Staatsanwältin Eva Lenz bei der Verlesung der Anklage."
    assert "Anklage" not in kinds(text)


def test_reviewing_ones_own_posture_is_no_investigation():
    assert "überprüfen" not in kinds("Das Bündnis werde seine Präsenz im Osten im Herbst überprüfen.")


# --- type choice -----------------------------------------------------------------------------------


def test_a_sharp_verbal_attack_is_accuse():
    assert kinds("Die Opposition griff die Ministerin scharf an.").get("griff") == "ACCUSE"
    assert kinds("Bewaffnete griffen einen Konvoi an.").get("griffen") == "ASSAULT"


def test_countermeasures_on_a_condition_are_a_threat():
    text = "Peking erklärte, China werde Gegenmaßnahmen ergreifen, falls Japan Raketen stationiere."
    assert kinds(text).get("ergreifen") == "THREATEN"
    assert "ergriff" not in kinds("Die Regierung ergriff Maßnahmen gegen die Inflation.")
