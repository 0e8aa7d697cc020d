"""Entity spans of the twenty-third session (mechanisms the blind audits of 2026-12-07 named): a name in quotation
marks after a media or group noun is an organisation and no direct quote; a person's name does not swallow the
common noun after it (the verb's object, or what a genitive name owns), and its short re-mention links to it; a
title noun the NER took into an organisation's span before a first name is cut and the rest is a person; a bracket
opened inside a span divides two names; a hyphen compound of an unknown name and an organisation head, and a
country's armed service ("US-Navy"), are organisations, and so are a body named by what it works against ("das
Komitee gegen Folter") and a quoted name ending in an organisation head after an article ("der „Münsterschen
Zeitung“"). Invented sentences, with negative rows."""

from __future__ import annotations

import pytest

from tests.quote_docs import analyzed, entities_of

# (text, name that must be an entity, its label)
FOUND = [
    # 1. a quoted name after a media noun or a group noun (also a compound ending in one)
    ("Die Nachrichtenseite „Netzpost“ berichtete am Montag über den Streit.", "Netzpost", "ORG"),
    ("Wie die Internet-Nachrichtenseite „Datenblick“ meldete, fiel der Server aus.", "Datenblick", "ORG"),
    ("Die Fraktion „Neue Mitte“ stimmte gegen den Haushalt.", "Neue Mitte", "ORG"),
    ("Der Verein „Freie Presse e.V.“ klagte gegen die Stadt.", "Freie Presse e.V.", "ORG"),
    # 2. a person's name ends before a common noun: the verb's object, or what a genitive name owns
    ("Im Ausschuss meldete Laura Dean Bedenken an.", "Laura Dean", "PER"),
    ("Im Stadtmuseum liegt seit Montag Atahualpas Kopfschmuck.", "Atahualpas", "PER"),
    # 2b. a title noun tagged as part of an organisation's span before a (Romance) first name
    ("Der Conquistador Hernán Morales eroberte die Stadt.", "Hernán Morales", "PER"),
    # 3. an opened bracket divides two names
    ("Die Partei Nueva Fuerza (Henrique Salcedo) gewann die Wahl deutlich.", "Nueva Fuerza", "ORG"),
    ("Die Partei Nueva Fuerza (Henrique Salcedo) gewann die Wahl deutlich.", "Henrique Salcedo", "PER"),
    # a person's name in closed brackets after a country's genitive; a second first name in -s is no genitive
    (
        "Er traf die Präsidenten Perus (Luiz Carlos da Costa) und Chiles in Lima.",
        "Luiz Carlos da Costa",
        "PER",
    ),
    ("Der Regierungschef José Luis Ortega Marín sprach in Madrid.", "José Luis Ortega Marín", "PER"),
    # 4. a hyphen compound of an unknown name and an organisation head; a country's armed service
    ("Die Mekongbecken-Kommission tagte am Montag in Vientiane.", "Mekongbecken-Kommission", "ORG"),
    ("Nach Angaben der Regierung griff die US-Navy am Montag ein Schnellboot an.", "US-Navy", "ORG"),
    # a body named by what it works against; a quoted name after an article that ends in an organisation head
    ("Das Komitee gegen Folter kritisierte die Regierung scharf.", "Komitee gegen Folter", "ORG"),
    ("Das berichtete die Montagsausgabe der „Münsterschen Zeitung“ am Montag.", "Münsterschen Zeitung", "ORG"),
]


@pytest.mark.parametrize(("text", "name", "label"), FOUND)
def test_entity_found(text: str, name: str, label: str) -> None:
    found = entities_of(text)
    assert name in found, (text, found)
    assert found[name][0] == label, (text, found)


# (text, a name that must NOT be an entity)
NOT_FOUND = [
    ("Im Ausschuss meldete Laura Dean Bedenken an.", "Laura Dean Bedenken"),
    ("Im Stadtmuseum liegt seit Montag Atahualpas Kopfschmuck.", "Atahualpas Kopfschmuck"),
    ("Der Conquistador Hernán Morales eroberte die Stadt.", "Conquistador Hernán Morales"),
    ("Die Partei Nueva Fuerza (Henrique Salcedo) gewann die Wahl deutlich.", "Nueva Fuerza (Henrique Salcedo"),
    # negative rows: what must not change
    ("Die Experten-Kommission legte am Montag ihren Bericht vor.", "Experten-Kommission"),
    ("Das Flugblatt „Nie wieder Krieg“ wurde verteilt.", "Nie wieder Krieg"),
    ("Ein Komitee gegen Lärm gründete sich im Dorf.", "Komitee gegen Lärm"),
    ("Der Regierungschef José Luis Ortega Marín sprach in Madrid.", "José Luis"),
    ("Er las den Roman „Die kleine Zeitung“ am Abend.", "Die kleine Zeitung"),
]


@pytest.mark.parametrize(("text", "name"), NOT_FOUND)
def test_entity_not_found(text: str, name: str) -> None:
    found = entities_of(text)
    assert name not in found, (text, found)


def test_whole_names_stay_whole() -> None:
    # a first name with a surname the dictionary knows as a noun stays one person; a company keeps its name
    found = entities_of("Sabine Kraft sagte am Montag, der Autobauer Tesla Motors wachse weiter.")
    assert found.get("Sabine Kraft", ("",))[0] == "PER", found
    assert found.get("Tesla Motors", ("",))[0] == "ORG", found


def test_short_re_mention_links_to_the_whole_name() -> None:
    doc = analyzed("Im Ausschuss meldete Laura Dean Bedenken an dem Plan an. Dean kritisiert die Eile.")
    person = next(e for e in doc.entities if e.name == "Laura Dean")
    assert "Dean" in [doc.text[a:b] for a, b in person.mentions]


def test_quoted_organisation_name_is_no_quote() -> None:
    doc = analyzed("Der Verein „Freie Presse e.V.“ klagte am Montag gegen die Stadt.")
    assert not [q for q in doc.quotes if "Freie Presse" in q.text], doc.quotes


def test_quoted_speech_after_a_group_noun_stays_a_quote() -> None:
    # negative row: a full sentence in quotation marks after a colon is speech, not the group's name
    doc = analyzed("Der Verein erklärte: „Wir klagen gegen die Stadt, weil sie uns nicht anhört.“")
    assert any("Wir klagen" in q.text for q in doc.quotes), doc.quotes


def test_town_with_its_bracketed_qualifier_is_not_split() -> None:
    # negative row: "Frankfurt (Oder)" is one town, not Frankfurt and a river
    found = entities_of("In Frankfurt (Oder) demonstrierten am Montag Hunderte Menschen.")
    assert "Oder" not in found, found
