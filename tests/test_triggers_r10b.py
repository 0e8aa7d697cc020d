"""Event triggers, tenth session, round 2: verb families and evaluative constructions missing from the lexicon
(invented sentences)."""

from tests.event_docs import rows_by_trigger


def test_mahnen_with_zu_infinitive_is_request():
    rows = rows_by_trigger("Die Regierung in Wien mahnte Prag, an den vereinbarten Zielen festzuhalten.")
    assert rows["mahnte"][1] == "REQUEST"


def test_refusing_to_recognise_is_reject_not_negated_support():
    rows = rows_by_trigger("Der Oppositionsführer Karl Brenner erkannte das Wahlergebnis nicht an.")
    assert rows["erkannte"][1] == "REJECT"
    assert rows["erkannte"][5] == "asserted"
    assert rows_by_trigger("Der Präsident erkannte das Wahlergebnis an.")["erkannte"][1] == "SUPPORT"


def test_drones_fired_are_an_assault():
    rows = rows_by_trigger("Die Armee habe in der Nacht 40 Drohnen auf die Stadt abgefeuert, teilte das Militär mit.")
    assert rows["abgefeuert"][1] == "ASSAULT"


def test_named_weapon_systems_delivered_are_military_aid():
    rows = rows_by_trigger("Die Regierung werde drei Patriot-Systeme an die Ukraine liefern, kündigte der Minister an.")
    assert rows["liefern"][1] == "AID"


def test_people_recovered_from_a_boat_are_rescued():
    rows = rows_by_trigger("Die Küstenwache hatte am Sonntag 40 Menschen aus einem Schlauchboot geborgen.")
    assert rows["geborgen"][1] == "AID"
    assert "birgt" not in rows_by_trigger("Das Projekt birgt Risiken für viele Menschen.")


def test_handing_over_a_base_and_troops_leaving_are_retreat():
    rows = rows_by_trigger("Am Dienstag übergaben französische Soldaten ihren Stützpunkt an die malische Armee.")
    assert rows["übergaben"][1] == "RETREAT"
    rows = rows_by_trigger("Bis Ende Mai sollen alle Soldaten das Land verlassen haben.")
    assert rows["verlassen"][1] == "RETREAT"
    rows = rows_by_trigger("Auch die Bundeswehr beendet ihre Beteiligung an der Mission.")
    assert rows["beendet"][1] == "RETREAT"


def test_withdrawing_confidence_and_breaking_with_someone_are_reject():
    rows = rows_by_trigger("Das Parlament in Lissabon hat der Regierung das Vertrauen entzogen.")
    assert rows["entzogen"][1] == "REJECT"
    rows = rows_by_trigger("Die Grünen hatten sich von Kanzler Kurt Mayr losgesagt.")
    assert rows["losgesagt"][1] == "REJECT"


def test_shooting_down_a_drone_is_an_assault():
    rows = rows_by_trigger("Die Armee meldete am Abend den Abschuss einer Drohne.")
    assert rows["Abschuss"][1] == "ASSAULT"


def test_denouncing_an_act_is_accuse():
    rows = rows_by_trigger("Der Oppositionsführer Karl Brenner sprach von einem „politischen Urteil“.")
    assert rows["sprach"][1] == "ACCUSE"
    rows = rows_by_trigger("Bischof Anton Weber nannte die Abschiebung „unmenschlich“.")
    assert rows["nannte"][1] == "ACCUSE"


def test_fronted_participle_of_a_lawsuit_is_accuse():
    rows = rows_by_trigger("Geklagt hatte die Regierung von Premier Jan Novak im Frühjahr.")
    assert rows["Geklagt"][1] == "ACCUSE"
    assert "klagen" not in rows_by_trigger("Die Anwohner klagen über Lärm.")


def test_second_conjunct_verb_in_ern_is_no_participle():
    rows = rows_by_trigger("Die Grünen hatten sich von Kanzler Kurt Mayr losgesagt und forderten Neuwahlen.")
    assert rows["forderten"][1] == "REQUEST"


def test_what_a_legal_text_obliges_is_no_event():
    rows = rows_by_trigger("Das Völkerrecht verpflichte jeden Kapitän, Menschen in Seenot zu helfen, sagte er.")
    assert "helfen" not in rows


def test_event_noun_called_something_is_a_re_mention():
    assert "Abzug" not in rows_by_trigger("Der Ministerpräsident nannte den Abzug verfrüht.")


def test_event_noun_in_a_denial_of_any_link_is_a_re_mention():
    rows = rows_by_trigger("Die Regierung habe mit den Anschlägen nichts zu tun, sagte ein Sprecher.")
    assert "Anschlägen" not in rows


def test_participle_right_after_a_preposition_is_attributive():
    rows = rows_by_trigger("Einen Austausch gegen inhaftierte Kämpfer habe es nicht gegeben, sagte sie.")
    assert "inhaftierte" not in rows


def test_idioms_of_fighting_and_verifying_are_no_events():
    assert "Kampf" not in rows_by_trigger("Die Regierung sicherte dem Land Hilfe im Kampf gegen Desinformation zu.")
    assert "überprüfen" not in rows_by_trigger("Unabhängig überprüfen ließen sich die Angaben nicht.")
