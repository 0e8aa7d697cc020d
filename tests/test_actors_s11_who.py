"""Event actors, eleventh session (who): subjects behind a relative clause or a long title, the agent of a passive
done in an operation, what a criticism is aimed at, counted groups and "alle Seiten", one's own forces, coordinated
country adjectives and a headline noun before a colon (invented sentences)."""

from __future__ import annotations

from tests.event_docs import rows_by_trigger


def test_subject_before_a_relative_clause_controls_the_zu_infinitive() -> None:
    text = (
        "Polen, das an der Grenze zu Belarus liegt, kündigte am Dienstag an, 2000 Soldaten an die Grenze zu verlegen."
    )
    assert rows_by_trigger(text)["verlegen"][2] == ["Polen"]


def test_zu_infinitive_after_a_conjunct_keeps_the_asked_object() -> None:
    # control: "die M23 … zu unterstützen" opens with an article, not a relative pronoun
    text = (
        "Die Regierung in Kinshasa warf dem Nachbarland Ruanda vor, die Rebellen mit Waffen zu unterstützen, und "
        "forderte den UN-Sicherheitsrat auf, neue Sanktionen zu verhängen."
    )
    rows = rows_by_trigger(text)
    # the asked object stays the demand's addressee; the demanded sanction itself is not coded (eleventh session,
    # round 2: an act asked for in a zu-infinitive is only the REQUEST's content)
    assert rows["forderte"][1] == "REQUEST" and "UN-Sicherheitsrat" in rows["forderte"][3]
    assert "Sanktionen" not in rows


def test_named_holder_of_a_long_title_is_the_subject() -> None:
    # the names inside the title ("der Vereinten Nationen für den Jemen") neither act nor are acted on
    text = (
        "Der Sonderbeauftragte der Vereinten Nationen für den Jemen, Hans Grundberg, forderte die Huthi-Rebellen "
        "zur Freilassung der Geiseln auf."
    )
    row = rows_by_trigger(text)["forderte"]
    assert row[2:4] == (["Hans Grundberg"], ["Houthi"])


def test_both_sides_are_the_two_a_dialogue_is_between() -> None:
    text = (
        "PRISTINA (dpa) – An der Grenze zwischen Serbien und dem Kosovo haben sich die Spannungen verschärft. "
        "Die Vermittlerin für den Dialog zwischen Belgrad und Pristina, Eva Lindqvist, rief beide Seiten zur "
        "Mäßigung auf."
    )
    row = rows_by_trigger(text)["rief"]
    assert row[2:4] == (["Eva Lindqvist"], ["Serbien", "Kosovo"])


def test_all_sides_are_the_parties_of_the_conflict_not_who_commented() -> None:
    text = (
        "Baku (dpa) – Aserbaidschan hat Stellungen in Armenien beschossen. Russland kommentierte den Konflikt "
        "zwischen Armenien und Aserbaidschan zurückhaltend. China rief alle Seiten zur Zurückhaltung auf."
    )
    assert rows_by_trigger(text)["rief"][3] == ["Armenien", "Aserbaidschan"]


def test_genitive_of_an_operation_is_the_agent_of_the_passive() -> None:
    text = "Drei Schleuser wurden am Montag bei einer Razzia der Bundespolizei in Rosenheim festgenommen."
    assert rows_by_trigger(text)["festgenommen"][2] == ["Bundespolizei"]


def test_passive_subject_of_two_named_before_is_the_target() -> None:
    text = (
        "Der Unternehmer Karl Berger und sein Partner Jan Wolf stehen vor Gericht. Die beiden Männer waren im März "
        "in Passau festgenommen worden."
    )
    row = rows_by_trigger(text)["festgenommen"]
    assert row[2:4] == ([], ["Karl Berger", "Jan Wolf"])


def test_subject_of_the_criticised_dass_clause_is_the_target() -> None:
    rows = rows_by_trigger("Die Gewerkschaft kritisierte scharf, dass die Deutsche Bahn die Löhne kürzen wolle.")
    assert rows["kritisierte"][3] == ["Deutsche Bahn"]


def test_passive_dass_clause_names_no_target() -> None:
    rows = rows_by_trigger("Amnesty International kritisierte, dass die Demonstranten festgenommen worden seien.")
    assert rows["kritisierte"][3] == []


def test_author_of_the_condemned_act_is_the_target() -> None:
    text = "Die USA haben Zölle auf Stahl aus Kanada verhängt. Kanada verurteilte die Strafzölle."
    assert rows_by_trigger(text)["verurteilte"][2:4] == (["Kanada"], ["Vereinigte Staaten"])


def test_condemned_act_with_its_own_actor_is_not_the_earlier_one() -> None:
    text = "Israel hat am Montag Ziele im Libanon angegriffen. Ägypten verurteilte den Angriff der Hisbollah."
    assert rows_by_trigger(text)["verurteilte"][3] == ["Hisbollah"]


def test_counted_group_is_the_group_named_before() -> None:
    # "die drei Länder" are the three named together, not the last three names (Belarus is the one warned)
    text = (
        "Polen, Litauen und Lettland haben Belarus eine Frist gesetzt. Andernfalls würden die drei Länder die "
        "Verhängung neuer Sanktionen beantragen."
    )
    assert rows_by_trigger(text)["Sanktionen"][2] == ["Polen", "Litauen", "Lettland"]


def test_counted_group_controls_the_zu_infinitive() -> None:
    text = (
        "Estland, Lettland und Litauen haben Russland gewarnt. Die drei Staaten kündigten an, ihre Botschafter "
        "abzuziehen."
    )
    assert rows_by_trigger(text)["abzuziehen"][2] == ["Estland", "Lettland", "Litauen"]


def test_own_forces_are_no_target_of_a_mobilisation() -> None:
    text = "Tiflis (dpa) – Georgien versetzte die Armee in erhöhte Alarmbereitschaft."
    row = rows_by_trigger(text)["versetzte"]
    assert row[1:4] == ("MOBILIZE", ["Georgien"], [])


def test_coordinated_country_adjectives_are_both_actors() -> None:
    text = (
        "Polen und Tschechien arbeiten bei der Fahndung zusammen. Polnische und tschechische Polizisten nahmen "
        "zwei Männer fest."
    )
    assert rows_by_trigger(text)["nahmen"][2] == ["Polen", "Tschechien"]


def test_firing_at_a_patrol_is_an_attack_on_it() -> None:
    text = "Unbekannte haben in der Nacht bei Passau auf eine Streife der Bundespolizei gefeuert."
    row = rows_by_trigger(text)["gefeuert"]
    assert row[1] == "ASSAULT"
    assert row[3] == ["Bundespolizei"]


def test_headline_noun_before_a_colon_has_the_actors_of_the_clause_after_it() -> None:
    text = (
        "Tiflis (dpa) – Angriff an der Grenze: Bewaffnete hätten auf eine Patrouille der Grenzpolizei geschossen, "
        "teilte das Innenministerium mit."
    )
    assert rows_by_trigger(text)["Angriff"][3] == ["Grenzpolizei"]
