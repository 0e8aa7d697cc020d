"""Entity rules of the seventeenth session, second round (real-news audits 27/28): surnames written without their
accents or in another transliteration, names that run on into an article or another person's genitive, a party
before its leader's name, cities an attack is aimed at, names of capitalised adjectives, "<Head> für …" and
"<Head> der <People>" bodies, "<Name> Kollektiv", year-numbered committees; each on invented sentences, with the
readings that must stay as they are."""

from __future__ import annotations

from chronik.components.entities import Mention, _trim_mention_edges
from tests.quote_docs import analyzed, entities_of


def _mentions_of(text: str, name: str) -> list[str]:
    doc = analyzed(text, published="2026-11-10")
    entity = next((e for e in doc.entities if e.name == name), None)
    return [doc.text[a:b] for a, b in entity.mentions] if entity else []


def test_surname_without_its_accents_joins_the_full_name() -> None:
    text = (
        "Reform\nMADRID (dpa) – Der Minister José Pérez stellte am Montag einen Plan vor. Perez, der seit Jahren "
        "im Amt ist, sprach lange. Die Rede von Perez dauerte zwei Stunden."
    )
    assert _mentions_of(text, "José Pérez").count("Perez") == 2


def test_surname_without_its_stroke_letter_joins_the_full_name() -> None:
    text = "Wahl\nWARSCHAU (dpa) – Der Abgeordnete Tomasz Błasik kritisierte die Regierung. Blasik sagte, es eile."
    assert "Blasik" in _mentions_of(text, "Tomasz Błasik")


def test_surnames_differing_in_a_real_letter_stay_two_people() -> None:
    names = entities_of(
        "Kritik an Schmitz\nBERLIN (dpa) – Die Abgeordnete Anna Schmitz wurde am Montag kritisiert. Ihr Kollege "
        "Peter Schmidt verteidigte sie."
    )
    assert "Anna Schmitz" in names and "Peter Schmidt" in names


def test_headline_surname_in_another_transliteration_joins_the_full_name() -> None:
    text = (
        "Präsident Gadafi droht Rebellen\nTRIPOLIS (dpa) – Der libysche Machthaber Muammar al-Gaddafi hat am Montag "
        "den Rebellen gedroht. Gaddafi sprach im Fernsehen."
    )
    assert "Präsident Gadafi" in _mentions_of(text, "Muammar al-Gaddafi")
    assert "Gadafi" not in entities_of(text)


def test_organisation_name_never_ends_in_an_article() -> None:
    text = "Der Streit wuchs, als der Oberste Wahlrat des Staates die Abgeordnetenkammer auflöste."
    start = text.index("Oberste")
    end = text.index(" Abgeordnetenkammer")
    m = Mention(start, end, "ORG", "name", text[start:end], tok_start=5, tok_end=10)
    (trimmed,) = _trim_mention_edges([m], text)
    assert trimmed.text == "Oberste Wahlrat des Staates"
    assert trimmed.tok_end == 9


def test_article_inside_a_place_name_stays() -> None:
    text = "Er reiste nach Frankfurt am Main zurück."
    start = text.index("Frankfurt")
    end = text.index(" zurück")
    m = Mention(start, end, "LOC", "name", text[start:end], tok_start=3, tok_end=6)
    (kept,) = _trim_mention_edges([m], text)
    assert kept.text == "Frankfurt am Main"


def test_genitive_of_a_named_person_is_cut_from_a_name_ending_in_a_given_name() -> None:
    names = entities_of(
        "Besuch\nLIMA (dpa) – Der Präsident Jair Bolsonaro war verärgert. Am Montag lehnte Perus Präsident Karim Ali "
        "Bolsonaros Vorschlag ab."
    )
    assert "Karim Ali" in names
    assert "Karim Ali Bolsonaros" not in names


def test_genitive_after_a_full_name_with_an_accented_given_name_in_s() -> None:
    names = entities_of(
        "Besuch\nCARACAS (dpa) – Der Präsident Nicolás Herrera drohte. Später nannte Perus Präsident Omar Said "
        "Herreras Forderung nichtig."
    )
    assert "Omar Said" in names
    assert "Omar Said Herreras" not in names


def test_own_given_name_before_the_genitive_stays_one_person() -> None:
    names = entities_of(
        "Konzert\nLONDON (dpa) – Der Musiker Paul McCartney tritt auf. Sir Paul McCartneys Konzert ist ausverkauft."
    )
    assert "Sir Paul" not in names


def test_listed_party_before_its_leaders_full_name_is_two_entities() -> None:
    names = entities_of(
        "Wahl\nJERUSALEM (dpa) – „Wir gewinnen“, sagte Ministerpräsident und Chef des konservativen Likud Naftali "
        "Bennett am Sonntag."
    )
    assert names.get("Likud", ("",))[0] == "ORG"
    assert names.get("Naftali Bennett", ("",))[0] == "PER"


def test_city_an_attack_is_aimed_at_in_the_texts_country() -> None:
    names = entities_of(
        "Angriff\nTRIPOLIS (dpa) – Die Armee flog am Montag Angriffe gegen Sirte. Die Rebellen hatten zuvor Tobruk "
        "angegriffen und Derna gehalten."
    )
    assert names.get("Sirte") == ("LOC", "LBY")
    assert names.get("Tobruk") == ("LOC", "LBY")


def test_person_after_gegen_stays_a_person() -> None:
    names = entities_of("Prozess\nBERLIN (dpa) – Das Gericht verhandelt seit Montag gegen Schröder.")
    assert names.get("Schröder", ("",))[0] == "PER"


def test_capitalised_adjective_tagged_a_noun_keeps_its_noun() -> None:
    names = entities_of(
        "Streit\nLIMA (dpa) – Die Lateinamerikanische Vereinigung hat sich für Gespräche ausgesprochen."
    )
    assert "Lateinamerikanische Vereinigung" in names
    assert "Lateinamerikanische" not in names


def test_head_fuer_adjective_noun_is_one_organisation() -> None:
    names = entities_of(
        "Protest\nBERLIN (dpa) – Die Gesellschaft für bedrohte Sprachen kritisierte am Montag die Regierung. Der "
        "Verein für soziale Arbeit schwieg."
    )
    assert names.get("Gesellschaft für bedrohte Sprachen", ("",))[0] == "ORG"
    assert names.get("Verein für soziale Arbeit", ("",))[0] == "ORG"


def test_indefinite_head_fuer_is_no_name() -> None:
    names = entities_of("Plan\nBERLIN (dpa) – Die Stadt gründet eine Gesellschaft für günstige Wohnungen.")
    assert not any(n.startswith("Gesellschaft") for n in names)


def test_compound_head_with_a_peoples_genitive_is_one_organisation() -> None:
    names = entities_of(
        "Protest\nBERLIN (dpa) – Auch der Weltkongress der Tamilen protestierte am Montag gegen die Festnahmen."
    )
    assert names.get("Weltkongress der Tamilen", ("",))[0] == "ORG"


def test_name_before_kollektiv_keeps_its_head() -> None:
    names = entities_of("Protest\nLONDON (dpa) – Das Queer Lisboa Kollektiv rief am Montag zu Protesten auf.")
    assert "Queer Lisboa Kollektiv" in names


def test_year_hyphened_to_a_committee_is_an_organisation() -> None:
    names = entities_of(
        "Sitzung\nLONDON (dpa) – Das 1900-Komitee der Partei beriet am Montag. Die 2000-Euro-Grenze bleibt."
    )
    assert names.get("1900-Komitee", ("",))[0] == "ORG"
    assert not any(n.startswith("2000") for n in names)
