"""The list of current public figures (``lang/de/actors_current.tsv``): news names the well-known by the family name
alone ("Merz", "Selenskyj", "Macron"), and the Phoenix dictionaries of 2014 know none of those who came later. The
list's third column gives, judged by hand, the form that names each person alone, or "-" where that form is also a
common word, first name or place. Sentences are made up for the tests."""

from __future__ import annotations

import pytest

import chronik
from chronik import gazetteer as gz
from chronik.pipeline import build
from chronik.text import lang_rows
from tests.entity_docs import tagged


def people(text: str) -> dict[str, str | None]:
    """Name → country of the people chronik finds in ``text`` (read as an article without a title)."""
    doc = chronik.analyze("Meldung\n" + text)
    return {e.name: e.country for e in doc.entities if e.label == "PER"}


def test_the_list_is_well_formed() -> None:
    codes = {c.iso3 for c in gz.countries("de").values()}
    rows = lang_rows("de", "actors_current.tsv", strip=True)
    assert len(rows) > 300
    for name, code, alone in rows:
        assert code in codes or code == "-", name
        words = name.split()
        for form in alone.split("|"):
            if form == "-":
                continue
            n = len(form.split())
            # the form is the whole name's own words, in their order ("Le Pen", "Lula", "Xi"), the Arabic article
            # dropped ("Assad" of "Baschar al-Assad")
            bare = [w.removeprefix("al-") for w in words]
            assert any(form.split() in (words[k : k + n], bare[k : k + n]) for k in range(len(words))), (name, form)
    names = [r[0] for r in rows]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        ("Selenskyj telefonierte am Abend mit dem Kanzler.", "Selenskyj", "UKR"),
        ("Weimer kritisierte den Vorschlag am Montag scharf.", "Weimer", "DEU"),  # the tagger reads "Weimer" as ADV
        ("Auch Spahn äußerte sich zu dem Streit.", "Spahn", "DEU"),  # the NER reads "Spahn" as an organisation
        ("Nach dem Treffen mit Le Pen reiste die Delegation ab.", "Le Pen", "FRA"),
        ("Am Dienstag traf Xi in Peking ein.", "Xi", "CHN"),
        ("Das sagte Strack-Zimmermann der Zeitung.", "Strack-Zimmermann", "DEU"),
    ],
)
def test_a_current_figure_named_alone_is_a_person_of_the_country(sentence: str, name: str, country: str) -> None:
    assert people(sentence).get(name) == country


def test_von_after_a_common_noun_is_a_preposition_not_a_name_particle() -> None:
    # "von" opens "Ursula von der Leyen", but after "Regierung" it is the preposition and "Tusk" a name alone
    assert people("Die Regierung von Tusk lehnte den Plan ab.").get("Tusk") == "POL"
    assert "Ursula von der Leyen" in people("Ursula von der Leyen sprach in Kiew.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Reiche zahlen künftig mehr Steuern.",  # Katherina Reiche: her family name alone is left to the NER
        "Weil die Brücke gesperrt war, fiel der Markt aus.",  # Stephan Weil
        "Hagel zerstörte die Ernte.",  # Manuel Hagel
    ],
)
def test_a_family_name_that_is_a_common_word_is_not_read_as_the_person(sentence: str) -> None:
    assert people(sentence) == {}


@pytest.fixture(scope="module")
def blank():
    return build("de", with_model=False, components=[])


def test_the_ner_label_of_a_current_figure_named_alone_is_corrected(blank) -> None:
    text = "Am Montag kritisierte Spahn den Plan."
    doc = tagged(blank, text, [("Spahn", "ORG", 0)], {"Spahn": ("NE", "PROPN")})
    assert [(e.label, e.name) for e in doc._.entities if e.name == "Spahn"] == [("PER", "Spahn")]


def test_a_village_of_the_same_name_stays_a_place_after_a_place_preposition(blank) -> None:
    text = "Der Unfall geschah am Montag in Söder."
    doc = tagged(blank, text, [], {"Söder": ("NE", "PROPN")})
    assert not [e for e in doc._.entities if e.label == "PER"]


def test_the_head_of_an_international_body_takes_no_country() -> None:
    # Rutte speaks for NATO, not for the Netherlands (the list's "-"), nor for the place he speaks in
    assert people("Rutte sprach am Montag in Wien.") == {"Rutte": None}
    # the EU commission keeps its members' nationality, as the entity rules decided for commissioners
    assert people("Ursula von der Leyen reiste nach Kiew.") == {"Ursula von der Leyen": "DEU"}


def test_after_an_article_or_adjective_the_form_is_a_common_noun() -> None:
    assert people("In dem Spiel gibt es neun aufregende Modi für vier Spieler.") == {}
    assert people("Der indische Premier Modi reiste nach Berlin.") == {"Modi": "IND"}
