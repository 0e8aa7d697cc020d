"""Entity rules of the fourteenth session, round 2 (classes of names the audits 21/22 missed): an acronym after a
union or association noun, hyphen movements with an acronym, mountain ranges opened by a capitalised "Hohe",
long names spelled by a bracketed acronym, French/Italian/Spanish company words, a foreign "Demokratische Partei",
"kongolesisch", a town in the genitive before an office, the second town of a pair, the town after "Bürgermeister
von", an airport named by a city and a district. Each on invented sentences, with negative rows."""

from __future__ import annotations

import pytest

from tests.quote_docs import analyzed, entities_of

# (text, name that must be an entity, its label)
FOUND = [
    # an acronym right after a union federation / association / bank noun
    ("MADRID (dpa) – Der kommunistische Gewerkschaftsbund CCOO drohte am Montag mit neuen Streiks.", "CCOO", "ORG"),
    ("LISSABON (dpa) – Der Gewerkschaftsbund CGTP rief am Freitag zum Generalstreik auf.", "CGTP", "ORG"),
    ("BRÜSSEL (AFP) – Die Chefin der Gewerkschaft CGSLB, Anke Peeters, sagte am Montag ab.", "CGSLB", "ORG"),
    # a hyphen movement with an acronym in front of its head
    ("ROM (dpa) – Die No-MUOS-Bewegung warf der Regierung am Montag Wortbruch vor.", "No-MUOS-Bewegung", "ORG"),
    ("BERLIN (dpa) – Die Anti-AKW-Bewegung rief am Samstag zu einer Kundgebung auf.", "Anti-AKW-Bewegung", "ORG"),
    ("PARIS (AFP) – Anhänger der Pro-EU-Bewegung zogen am Sonntag durch die Stadt.", "Pro-EU-Bewegung", "ORG"),
    # a mountain range after a place preposition
    ("KATHMANDU (dpa) – Im Hohen Himalaya verschütteten Lawinen am Montag mehrere Dörfer.", "Hohen Himalaya", "LOC"),
    ("WIEN (dpa) – In den Hohen Tauern wurde am Sonntag ein Bergsteiger vermisst.", "Hohen Tauern", "LOC"),
    ("WARSCHAU (dpa) – In der Hohen Tatra fiel am Montag der erste Schnee.", "Hohen Tatra", "LOC"),
    # a long name and the bracketed acronym spelling its initials
    (
        "MOSKAU (dpa) – Die Schanghaier Organisation für Zusammenarbeit (SOZ) tagt am Montag in Moskau.",
        "Schanghaier Organisation für Zusammenarbeit",
        "ORG",
    ),
    (
        "BERLIN (dpa) – Der Rat der Gemeinden und Regionen Europas (RGRE) tagt am Montag in Berlin.",
        "Rat der Gemeinden und Regionen Europas",
        "ORG",
    ),
    (
        "GENF (dpa) – Die Allianz für globale Impfstoffe (AGI) sammelte am Montag Spenden.",
        "Allianz für globale Impfstoffe",
        "ORG",
    ),
    # French, Spanish, Italian company words that open a name
    (
        "PARIS (AFP) – Die Übernahme der Banque Populaire durch die Crédit Mutuel ist gescheitert.",
        "Crédit Mutuel",
        "ORG",
    ),
    (
        "PARIS (AFP) – Die Übernahme der Banque Populaire durch die Crédit Mutuel ist gescheitert.",
        "Banque Populaire",
        "ORG",
    ),
    ("MADRID (dpa) – Die Bank Banco Sabadell lehnte das Angebot am Montag ab.", "Banco Sabadell", "ORG"),
    ("ROM (dpa) – Die Großbank Intesa Sanpaolo meldete am Montag einen Rekordgewinn.", "Intesa Sanpaolo", "ORG"),
    ("ROM (Reuters) – Die Regierung stoppt die Übernahme der Bank Banco ABC durch einen Fonds.", "Banco ABC", "ORG"),
    ("PARIS (AFP) – Die Aktie von Groupe SEB stieg am Montag.", "Groupe SEB", "ORG"),
    # a town in the genitive before an office
    ("BERLIN (dpa) – Potsdams Bildungsministerin Jana Roth kritisierte am Montag den Plan.", "Potsdam", "LOC"),
    ("BERLIN (dpa) – Schwerins Innenminister Tom Lange kritisierte am Montag den Plan.", "Schwerin", "LOC"),
    ("WIEN (dpa) – Salzburgs Bürgermeister Tom Lange kritisierte am Montag den Plan.", "Salzburg", "LOC"),
    # the second town of a pair after one preposition
    ("BRÜSSEL (AFP) – In Lüttich und Gent fielen am Montag alle Züge aus.", "Gent", "LOC"),
    ("BRÜSSEL (AFP) – In Antwerpen und Gent standen am Montag Busse still.", "Gent", "LOC"),
    # the town after an office only a town has
    ("TURIN (dpa) – Der Bürgermeister von Bra, Carlo Fenoglio, rief am Montag zur Ruhe auf.", "Bra", "LOC"),
    ("TURIN (dpa) – Der Bürgermeister von Susa, Carlo Fenoglio, rief am Montag zur Ruhe auf.", "Susa", "LOC"),
    # a valley named after its river or town, after a place preposition
    ("TIFLIS (dpa) – Im Pankisital nahm die Polizei am Montag drei Männer fest.", "Pankisital", "LOC"),
    ("BERLIN (dpa) – Aus dem Kinzigtal kamen am Montag Helfer.", "Kinzigtal", "LOC"),
    ("TURIN (dpa) – Im norditalienischen Aostatal fielen am Montag Bäume auf die Straße.", "Aostatal", "LOC"),
    # a cabinet or a prefecture named by its common noun: the body of the text's country
    ("ROM (dpa) – Der Ministerrat billigte am Montag den Haushalt.", "Ministerrat", "ORG"),
    ("ROM (dpa) – Die Präfektur in Neapel verbot am Montag die Demonstration.", "Präfektur", "ORG"),
    # an airport named by a big city and its district
    (
        "BRÜSSEL (AFP) – Am Flughafen Brüssel-Zaventem fielen am Montag alle Flüge aus.",
        "Flughafen Brüssel-Zaventem",
        "LOC",
    ),
    ("PARIS (AFP) – Am Flughafen Paris-Orly fielen am Montag alle Flüge aus.", "Flughafen Paris-Orly", "LOC"),
]


@pytest.mark.parametrize(("text", "name", "label"), FOUND)
def test_name_of_the_class_is_found(text: str, name: str, label: str) -> None:
    names = entities_of("Meldung\n" + text)
    assert names.get(name, ("",))[0] == label, names


# (text, name that must not be an entity)
NOT_FOUND = [
    # a capitalised "Hohe" that opens a sentence, or names a body or an office
    ("BERLIN (dpa) – Hohe Kosten belasten am Montag die Firmen.", "Hohe Kosten"),
    # a bracketed acronym that spells nothing before it
    ("BERLIN (dpa) – Die Kosten stiegen um zehn Prozent (ZDF). Das Amt widersprach.", "Kosten stiegen um zehn Prozent"),
    # (a surname in the genitive before an office is no town: "Merkels Sprecher" is now the person Merkel, thirty-first
    # session, tested in test_current_news_s31.py)
    ("HANNOVER (dpa) – Stephan Weils Sprecher Tom Lange kritisierte am Montag den Plan.", "Weil"),
    ("BERLIN (dpa) – Des Landes Innenminister Tom Lange kritisierte am Montag den Plan.", "Land"),
    # a common noun in -tal, or a word ending like one, is no valley
    ("BERLIN (dpa) – Im Seitental lagen am Montag zwei Verletzte.", "Seitental"),
    ("BERLIN (dpa) – Im Eigenkapital der Bank fehlen Milliarden.", "Eigenkapital"),
    ("BERLIN (dpa) – Im Internetportal der Stadt stand am Montag nichts.", "Internetportal"),
    # the head noun stays out of the bank's name
    ("MADRID (dpa) – Die Bank Banco Sabadell lehnte das Angebot am Montag ab.", "Bank Banco Sabadell"),
]


@pytest.mark.parametrize(("text", "name"), NOT_FOUND)
def test_no_name_of_the_class(text: str, name: str) -> None:
    assert name not in entities_of("Meldung\n" + text)


def test_high_house_is_no_mountain_range() -> None:
    names = entities_of("Debatte\nBERLIN (dpa) – Im Hohen Haus wurde am Montag heftig gestritten.")
    assert names.get("Hohen Haus", ("",))[0] != "LOC"


def test_foreign_democratic_party_is_no_us_party() -> None:
    names = entities_of("Wahl\nSEOUL (dpa) – Die oppositionelle Demokratische Partei gewann am Montag die Wahl.")
    assert "Demokraten" not in names
    assert names.get("Demokratische Partei") == ("ORG", "KOR")


def test_democratic_party_in_washington_stays_the_us_party() -> None:
    names = entities_of("Wahl\nWASHINGTON (dpa) – Die Demokratische Partei stellte am Montag ihren Kandidaten vor.")
    assert names.get("Demokraten") == ("ORG", "USA")


def test_congolese_army_is_grounded_in_the_democratic_republic() -> None:
    names = entities_of("Kämpfe\nNAIROBI (dpa) – Rebellen warfen der kongolesischen Armee am Montag Angriffe vor.")
    assert names.get("kongolesischen Armee") == ("ORG", "COD")


def test_acronym_spelled_by_the_long_name_is_its_alias() -> None:
    doc = analyzed(
        "Gipfel\nBERLIN (dpa) – Der Rat der Gemeinden und Regionen Europas (RGRE) tagt am Montag. Der RGRE fordert "
        "mehr Geld.",
        published="2026-11-10",
    )
    ent = next(e for e in doc.entities if e.name == "Rat der Gemeinden und Regionen Europas")
    assert "RGRE" in [doc.text[a:b] for a, b in ent.mentions]


def test_company_word_and_acronym_are_one_name_in_every_mention() -> None:
    names = entities_of(
        "Kauf\nMADRID (dpa) – Die Bank Grupo ACS scheiterte am Montag mit dem Angebot. Die Aktie von Grupo ACS fiel."
    )
    assert names.get("Grupo ACS", ("",))[0] == "ORG"
    assert "ACS" not in names
