"""Event actors, eleventh session (sides, round 3): a bare organisation name coordinated with a mention, the subject
pronoun of a relative clause opened by a preposition, a warship after a country adjective and the person whose
resignation is demanded (invented sentences)."""

from __future__ import annotations

from tests.event_docs import rows_by_trigger


def test_bare_name_coordinated_with_a_mention_is_an_actor() -> None:
    text = (
        "BERLIN (dpa) – Nach monatelangem Streit haben sich Bund und Länder auf einen Ausbau der Kitas geeinigt. "
        "Der Bund übernimmt künftig die Hälfte der Kosten. Bund und Länder wollen im Juni erneut beraten."
    )
    rows = rows_by_trigger(text)  # (the dateline makes "Der Bund" the federal government, an entity)
    assert "Bund" in rows["geeinigt"][2] + rows["geeinigt"][3]


def test_pronoun_after_a_relative_preposition_is_the_main_subject() -> None:
    text = (
        "Ministerin Anna Keller sprach am Montag in Dresden mit Journalisten. Sachsen und Hessen gaben eine "
        "Protokollerklärung ab, in der sie mehr Geld für die Schulen verlangen."
    )
    row = rows_by_trigger(text)["verlangen"]
    assert sorted(row[2]) == ["Hessen", "Sachsen"]


def test_warship_after_a_country_adjective_is_the_country() -> None:
    text = (
        "Deutschland beteiligt sich seit Februar an der Mission im Roten Meer. Die deutsche Fregatte „Bayern“, die "
        "dort im Einsatz ist, schoss am Montag zwei Drohnen ab."
    )
    assert rows_by_trigger(text)["schoss"][2] == ["Deutschland"]


def test_person_whose_resignation_is_demanded_is_the_target() -> None:
    text = "Die Opposition verlangte am Dienstag den Rücktritt von Bildungsministerin Petra Lindqvist."
    assert rows_by_trigger(text)["verlangte"][3] == ["Petra Lindqvist"]


def test_condemned_act_with_only_its_target_named_is_the_earlier_one() -> None:
    text = (
        "Die Hisbollah hat am Sonntag einen Tanker vor der Küste mit Drohnen angegriffen. "
        "Italien verurteilte den Angriff auf das Schiff."
    )
    assert rows_by_trigger(text)["verurteilte"][2:4] == (["Italien"], ["Hisbollah"])


def test_decision_welcomed_is_no_demand_told_before_it() -> None:
    text = (
        "Brasilien forderte am Montag neue Gespräche über den Handel. Das Oberste Gericht in Rom hob am Dienstag das "
        "Verbot der Zeitung auf. Amnesty International begrüßte die Entscheidung."
    )
    rows = rows_by_trigger(text)
    assert "Brasilien" not in rows["begrüßte"][3]


def test_verdict_of_an_unnamed_court_has_no_decider_target() -> None:
    text = (
        "Kanada bot an, zwischen den Parteien zu vermitteln. Ein Gericht in Minsk verurteilte am Montag einen "
        "litauischen Fahrer zu acht Jahren Haft. Das Außenministerium in Vilnius wies das Urteil zurück."
    )
    assert rows_by_trigger(text)["wies"][3] == []


def test_mediation_between_the_two_is_between_the_sides_named_with_zwischen() -> None:
    text = (
        "Zwischen Serbien und dem Kosovo ist es erneut zu Schüssen an der Grenze gekommen. Die EU zeigte sich "
        "besorgt über die Lage auf dem Balkan. Ungarn bot an, zwischen den beiden Nachbarn zu vermitteln."
    )
    assert sorted(rows_by_trigger(text)["vermitteln"][3]) == ["Kosovo", "Serbien"]
