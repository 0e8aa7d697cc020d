"""Event actors, eleventh session: which actor a role noun, a plural subject, a treaty's "beide Seiten" or a
genitive region stands for (invented sentences)."""

from __future__ import annotations

from tests.event_docs import rows_by_trigger


def test_indefinite_person_object_is_the_person_named_next() -> None:
    # "einen Polizisten" in the lead is the man the next sentence names for the first time
    text = (
        "Hamburg (dpa) – Das Landgericht Hamburg hat einen Polizisten wegen Bestechlichkeit zu drei Jahren Haft "
        "verurteilt. Der 38-jährige Markus Krämer habe Geld von Drogenhändlern angenommen, befand das Gericht."
    )
    assert rows_by_trigger(text)["verurteilt"][3] == ["Markus Krämer"]


def test_indefinite_feminine_object_is_the_woman_named_next() -> None:
    text = (
        "Paris (AFP) – Die Polizei hat eine Journalistin festgenommen. Die 28 Jahre alte Claire Dubois soll "
        "vertrauliche Dokumente gestohlen haben."
    )
    assert rows_by_trigger(text)["festgenommen"][3] == ["Claire Dubois"]


def test_definite_role_noun_in_the_passive_is_the_person_acted_on_before() -> None:
    text = (
        "München (epd) – Das Amtsgericht München hat eine Krankenschwester wegen Betrugs zu zwei Jahren Haft "
        "verurteilt. Die 51 Jahre alte Petra Sommer habe Rezepte gefälscht. Die Frau war im Mai in Augsburg "
        "festgenommen worden."
    )
    rows = rows_by_trigger(text)
    assert rows["verurteilt"][3] == ["Petra Sommer"]
    assert rows["festgenommen"][3] == ["Petra Sommer"]


def test_plural_noun_subject_leaves_the_object_country_a_target() -> None:
    # "Demonstranten haben …": the plural subject names no one; the country of the embassy is hit, it does not act
    text = (
        "Demonstranten haben am Freitag das türkische Generalkonsulat in Köln angegriffen. "
        "Die Türkei verurteilte den Angriff."
    )
    row = rows_by_trigger(text)["angegriffen"]
    assert row[2] == []
    assert row[3] == ["Türkei"]


def test_capitalised_adjective_plural_subject_is_no_object() -> None:
    # the tagger takes "Wütende" for a name: the embassy after the verb is still the object
    text = (
        "Kairo (dpa) – Wütende Demonstranten haben am Samstag die französische Botschaft in Kairo gestürmt. "
        "Frankreich verurteilte den Angriff."
    )
    row = rows_by_trigger(text)["gestürmt"]
    assert row[2] == []
    assert row[3] == ["Frankreich"]


def test_treaty_sides_are_the_parties_not_the_witnesses() -> None:
    text = (
        "Armenien und Aserbaidschan haben am Mittwoch in Wien einen Vertrag unterzeichnet. Als Zeugen "
        "unterzeichneten Frankreichs Präsident Pierre Martin und Italiens Präsident Marco Rossi. Der Vertrag "
        "sieht vor, dass beide Seiten ihre Truppen binnen sechs Monaten abziehen."
    )
    row = rows_by_trigger(text)["abziehen"]
    assert row[2] == ["Armenien", "Aserbaidschan"]
    assert row[5] == "planned"


def test_what_an_agreement_provides_for_is_planned() -> None:
    text = (
        "Indien und Pakistan haben ein Abkommen geschlossen. Das Abkommen sieht vor, dass beide Länder ihre "
        "Soldaten von der Grenze abziehen."
    )
    row = rows_by_trigger(text)["abziehen"]
    assert row[2] == ["Indien", "Pakistan"]
    assert row[5] == "planned"


def test_genitive_region_after_an_adjective_is_the_actor() -> None:
    # "Die Behörden der autonomen Provinz X": the region acts through its authorities
    text = (
        "Die Behörden der autonomen Provinz Kandahar warfen der Zentralregierung vor, die Provinz zu vernachlässigen."
    )
    assert rows_by_trigger(text)["warfen"][2] == ["Provinz Kandahar"]


def test_titled_name_without_age_is_no_cataphora() -> None:
    # the police chief named next is someone else than the suspect
    text = (
        "Köln (dpa) – Die Polizei hat einen Verdächtigen festgenommen. Der Polizeipräsident Hans Albrecht "
        "lobte die Beamten."
    )
    assert rows_by_trigger(text)["festgenommen"][3] == []


def test_plural_subject_with_genitive_leaves_the_object_country_a_target() -> None:
    text = (
        "Wütende Anhänger des Präsidenten haben am Sonntag die amerikanische Botschaft in Caracas angegriffen. "
        "Die USA protestierten."
    )
    row = rows_by_trigger(text)["angegriffen"]
    assert row[2] == []
    assert row[3] == ["Vereinigte Staaten"]


def test_suspect_after_an_attack_is_not_its_victim() -> None:
    # "Der Tatverdächtige" is the attacker, not the politician attacked
    text = (
        "Rostock (dpa) – Die Landtagsabgeordnete Karin Lehmann ist in Rostock angegriffen worden. Ein Mann habe "
        "die Politikerin geschlagen, teilte die Polizei mit. Der Tatverdächtige wurde noch vor Ort festgenommen."
    )
    assert rows_by_trigger(text)["festgenommen"][3] == []


def test_bare_plural_subject_leaves_the_named_object_a_target() -> None:
    # "Experten haben die Bundesregierung kritisiert": the government after the plural verb is criticised
    rows = rows_by_trigger("Experten haben die Bundesregierung scharf kritisiert.")
    assert rows["kritisiert"][2:4] == ([], ["Bundesregierung"])
