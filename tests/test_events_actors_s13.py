"""Event actors, thirteenth session: age nouns in an oblique case, a capital as the object, a second finite verb
with its own object, the seat of an inverted subject, "der Guerilla", follower nouns, a country's unnamed office
holder, a described conjunct in a list of parties, a government named by its make-up and an unnamed
spokesperson after a paragraph break (invented mini-articles)."""

from __future__ import annotations

import chronik
from tests.event_docs import rows_by_trigger


def test_age_noun_in_the_dative_is_the_woman_named_before() -> None:
    text = (
        "Streit um Schulreform in Tirol\n"
        "INNSBRUCK (APA) – Die Tiroler Bildungslandesrätin Martina Egger hat am Montag eine Schulreform "
        "vorgestellt. Die Opposition wirft der 49-Jährigen vor, die Lehrer übergangen zu haben."
    )
    row = rows_by_trigger(text)["wirft"]
    assert row[1] == "ACCUSE" and row[3] == ["Martina Egger"]


def test_age_noun_in_the_genitive_is_the_man_named_before() -> None:
    text = (
        "Ermittlungen gegen Landrat\n"
        "FULDA (dpa) – Die Staatsanwaltschaft ermittelt gegen den Landrat Bernd Kessler. Die Freien Wähler "
        "forderten am Dienstag den Rücktritt des 63-Jährigen."
    )
    assert rows_by_trigger(text)["forderten"][3] == ["Bernd Kessler"]


def test_capital_as_the_dative_object_stands_for_its_state() -> None:
    text = (
        "Spannungen zwischen Vietnam und China\n"
        "HANOI (AFP) – Die vietnamesische Marine hat ein Fischerboot im Golf von Tonkin eskortiert. Hanoi warf "
        "Peking am Mittwoch vor, die Fischer bedroht zu haben."
    )
    row = rows_by_trigger(text)["warf"]
    assert row[1] == "ACCUSE" and row[3] == ["Peking"]


def test_second_verb_with_its_own_object_takes_no_target_from_the_first() -> None:
    text = (
        "Taiwan verurteilt Manöver\n"
        "TAIPEH (AFP) – Taiwans Präsident Lai Ching-te berief am Sonntag den Nationalen Sicherheitsrat ein und "
        "verurteilte das Manöver scharf."
    )
    rows = rows_by_trigger(text)
    assert rows["verurteilte"][1] == "ACCUSE"
    assert "Nationaler Sicherheitsrat" not in rows["verurteilte"][3]


def test_place_of_an_inverted_subject_is_its_seat_not_the_target() -> None:
    text = (
        "Regierung und Rebellen verhandeln wieder\n"
        "MANILA (dpa) – Die philippinische Regierung und die Guerillaorganisation NPA haben ihre Gespräche in Oslo "
        "wieder aufgenommen. Im Gegenzug will die Regierung in Manila drei Anführer der Guerilla freilassen."
    )
    row = rows_by_trigger(text)["freilassen"]
    assert row[1] == "RETREAT" and "Manila" not in row[3]


def test_guerilla_refers_back_to_the_armed_group() -> None:
    text = (
        "Kämpfe im Süden\n"
        "MANILA (dpa) – Die Guerillaorganisation NPA hat einen Armeeposten auf Mindanao überfallen. Präsident "
        "Ramon Cruz hatte der Guerilla schon im Frühjahr Verrat vorgeworfen."
    )
    assert rows_by_trigger(text)["vorgeworfen"][3] == ["Guerillaorganisation NPA"]


def test_followers_in_the_genitive_are_not_the_actor() -> None:
    text = (
        "Präsident in Bolivien abgesetzt\n"
        "LA PAZ (dpa) – Der Kongress hat Präsident Luis Mendoza abgesetzt. Tausende Anhänger Mendozas zogen "
        "daraufhin vor den Regierungspalast."
    )
    row = rows_by_trigger(text)["zogen"]
    assert row[1] == "PROTEST" and "Luis Mendoza" not in row[2]


def test_country_genitive_before_an_unnamed_title_is_the_actor() -> None:
    text = (
        "Vermittlung im Grenzkonflikt\n"
        "DOHA (Reuters) – Im Grenzkonflikt zwischen Äthiopien und Eritrea bemühen sich mehrere Staaten um "
        "Vermittlung. Katars Außenminister telefonierte am Abend mit seinen Amtskollegen."
    )
    assert rows_by_trigger(text)["telefonierte"][2] == ["Katar"]


def test_described_party_without_entity_keeps_the_list_together() -> None:
    # "die rechtspopulistische Zorva" is no entity: the named party after it is still a voter, not the target
    text = (
        "Parlament in Lissabon stoppt Mietgesetz\n"
        "LISSABON (dpa) – Das Mietgesetz ist gescheitert. In der Versammlung stimmten am Dienstag die "
        "konservative Partei PSD (Sozialdemokraten), die rechtspopulistische Zorva und die liberale Partei "
        "Iniciativa Liberal gegen den Gesetzentwurf der Minderheitsregierung. Iniciativa Liberal hatte den "
        "Entwurf schon im Sommer kritisiert."
    )
    row = rows_by_trigger(text)["stimmten"]
    assert "Iniciativa Liberal" in row[2] and "Iniciativa Liberal" not in row[3]
    assert row[3] == ["Minderheitsregierung"]


def test_unnamed_spokesperson_after_a_paragraph_break_speaks_for_the_last_speaking_organisation() -> None:
    text = (
        "Zoll findet Schmuggelware\n"
        "KIEL (dpa) – Zollbeamte haben am Hafen von Kiel zwei Tonnen geschmuggelten Tabak entdeckt. Der Fahrer des "
        "Lastwagens sei festgenommen worden, teilte das Hauptzollamt Kiel mit. Das Amtsgericht Kiel erließ am "
        "Montag Haftbefehl gegen den Mann.\n\n"
        "Die Ware sei in einer Ladung Möbel versteckt gewesen, sagte eine Sprecherin. Der Tabak wird vernichtet."
    )
    doc = chronik.analyze(text, published="2026-11-10")
    names = {e.id: e.name for e in doc.entities}
    quote = next(q for q in doc.quotes if q.text.startswith("Die Ware"))
    assert names.get(quote.speaker or "") == "Hauptzollamt Kiel"


def test_unnamed_spokesperson_in_the_same_paragraph_keeps_the_organisation_acting_before() -> None:
    # control: without a paragraph break the organisation of the sentence before still speaks
    text = (
        "Gericht prüft Klage\n"
        "KASSEL (dpa) – Der Verband klagt gegen die Stadt, teilte der BUND mit. Das Verwaltungsgericht Kassel "
        "setzte am Montag eine Anhörung an. Man werde zügig entscheiden, sagte ein Sprecher."
    )
    doc = chronik.analyze(text, published="2026-11-10")
    names = {e.id: e.name for e in doc.entities}
    quote = next(q for q in doc.quotes if q.text.startswith("Man werde"))
    assert names.get(quote.speaker or "") == "Verwaltungsgericht Kassel"
