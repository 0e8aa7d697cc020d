"""Missed events by construction (thirteenth session, round 2): second conjuncts of a coordinated VP, invitations,
sieges with a von-agent, causative "lassen", crowd control, gatherings before courts, alert levels, stone throwing,
sabotage and arson, a suspended right, a ban from office and a coup label. Invented sentences only."""

from __future__ import annotations

from tests.event_docs import event_rows, rows_by_trigger


def test_second_plural_conjunct_after_und_is_a_verb() -> None:
    # the tagger reads "blockierten" as a finite verb, the morphology as an adjective: the plural verb before decides
    rows = rows_by_trigger(
        "In Dakar zogen Bauern am Montag durch die Innenstadt und blockierten Kreuzungen vor dem Ministerium."
    )
    assert rows["blockierten"][1] == "PROTEST"


def test_attributive_after_und_in_a_dative_phrase_stays_an_adjective() -> None:
    rows = rows_by_trigger("Der Verkehr kam mit gesperrten Straßen und blockierten Kreuzungen zum Erliegen.")
    assert "blockierten" not in rows


def test_invitation_in_a_second_conjunct_takes_the_first_subject() -> None:
    rows = rows_by_trigger(
        "Norwegens Regierungschef Lars Berg bot sich als Vermittler an und lud beide Parteien nach Oslo ein."
    )
    assert rows["lud"][1] == "CONSULT"
    assert rows["lud"][2] == ["Lars Berg"]


def test_pluperfect_invitation_with_coordinated_subject() -> None:
    rows = rows_by_trigger("Katar und Ägypten hatten die Verhandlungsführer beider Lager für Donnerstag eingeladen.")
    assert rows["eingeladen"][1] == "CONSULT"
    assert set(rows["eingeladen"][2]) == {"Katar", "Ägypten"}


def test_invitation_to_talks_keeps_the_talks_as_trigger() -> None:
    rows = rows_by_trigger("Kanzlerin Petra Lange lud die Gewerkschaften für Freitag zu Gesprächen ins Kanzleramt ein.")
    assert "lud" not in rows
    assert rows["Gesprächen"][1] == "CONSULT"


def test_invitation_to_a_fair_is_no_event() -> None:
    rows = event_rows("Die Gemeinde lädt am Sonntag zum Weihnachtsmarkt ein.")
    assert not [r for r in rows if r[1] == "CONSULT"]


def test_siege_passive_keeps_its_agent_after_a_time_phrase() -> None:
    rows = rows_by_trigger("Die Stadt Goma wird seit mehr als zwei Jahren von der Hamas belagert.")
    assert rows["belagert"][1] == "ASSAULT"
    assert rows["belagert"][2] == ["Hamas"]


def test_participle_with_its_article_far_before_is_attributive() -> None:
    rows = rows_by_trigger(
        "Die Bewohner der beiden seit mehr als drei Jahren belagerten Dörfer dürfen die Region verlassen."
    )
    assert "belagerten" not in rows


def test_crowd_pushed_back_is_coercion() -> None:
    rows = rows_by_trigger("Bereitschaftspolizisten drängten die Demonstranten am Abend vom Platz ab.")
    assert rows["drängten"][1] == "COERCE"


def test_reflexive_gathering_before_a_court_is_a_protest() -> None:
    rows = rows_by_trigger(
        "Vor dem Verfassungsgericht versammelten sich am Morgen rund 300 Unterstützer der Angeklagten."
    )
    assert rows["versammelten"][1] == "PROTEST"


def test_alert_level_declared_and_the_government_seat_is_no_place() -> None:
    rows = rows_by_trigger("Die Regierung in Manila rief am Montag die höchste Alarmstufe aus.")
    assert rows["Alarmstufe"][1] == "COERCE"
    assert rows["Alarmstufe"][4] != "Manila"


def test_injury_by_stone_throwing_is_an_assault() -> None:
    rows = rows_by_trigger("Vier Polizisten wurden bei der Räumung durch Steinwürfe verletzt.")
    assert rows["Steinwürfe"][1] == "ASSAULT"


def test_cables_cut_is_sabotage() -> None:
    rows = rows_by_trigger(
        "Unbekannte hätten an einer Bahnstrecke bei Linz Signalkabel durchtrennt, teilte die Polizei mit."
    )
    assert rows["durchtrennt"][1] == "ASSAULT"


def test_fire_set_is_arson() -> None:
    rows = rows_by_trigger("Randalierer legten in der Nacht Feuer in einem Parteibüro.")
    assert rows["legten"][1] == "ASSAULT"


def test_causative_lassen_gives_the_event_to_the_causer() -> None:
    rows = rows_by_trigger(
        "Präsidentin Ana Ferreira berief den Krisenstab ein und ließ die Armee an die Grenze ausrücken."
    )
    assert rows["ausrücken"][1] == "MOBILIZE"
    assert rows["ausrücken"][2] == ["Ana Ferreira"]


def test_suspending_a_right_is_coercion() -> None:
    rows = rows_by_trigger("Litauen hat das Recht auf Asyl an der Grenze für drei Monate ausgesetzt.")
    assert rows["ausgesetzt"][1] == "COERCE"
    assert rows["ausgesetzt"][2] == ["Litauen"]


def test_ban_from_office_targets_its_subject() -> None:
    rows = rows_by_trigger(
        "Zudem darf der frühere Bürgermeister Jens Roth drei Jahre lang kein öffentliches Amt bekleiden, "
        "wie das Gericht entschied."
    )
    assert rows["bekleiden"][1] == "COERCE"
    assert rows["bekleiden"][3] == ["Jens Roth"]
    assert rows["bekleiden"][5] == "asserted"


def test_coup_label_is_a_denunciation() -> None:
    rows = rows_by_trigger("Innenminister Miroslav Lendl bezeichnete die Blockaden als „gesteuerten Putschversuch“.")
    assert rows["bezeichnete"][1] == "ACCUSE"


def test_passive_agent_after_a_time_phrase_with_a_known_verb() -> None:
    # (the von-phrase after "seit mehr als einem Jahr" is the passive's agent, not a modifier of "Jahr")
    rows = rows_by_trigger("Die Stadt Goma wird seit mehr als einem Jahr von der Hamas beschossen.")
    assert rows["beschossen"][2] == ["Hamas"]


def test_government_seat_is_no_place_of_its_event_noun() -> None:
    rows = rows_by_trigger("Die Regierung in Manila verhängte am Montag den Ausnahmezustand.")
    assert rows["Ausnahmezustand"][1] == "COERCE"
    assert rows["Ausnahmezustand"][4] != "Manila"


def test_negated_permission_with_a_passive_is_a_rule() -> None:
    rows = event_rows("Die inhaftierten Reporter dürfen nicht abgeschoben werden, erklärte die Organisation.")
    assert not [r for r in rows if r[0] == "abgeschoben"]


def test_verb_after_a_time_phrase_with_its_own_article_stays_a_verb() -> None:
    rows = rows_by_trigger("Noch in der Nacht zogen Hunderte Bauern vor das Agrarministerium.")
    assert rows["zogen"][1] == "PROTEST"
