"""Organisation names the entity layer missed, ranked by how often their kind occurs in German Wikinews
(2026-12-06, nineteenth session): a one-word compound spelled by its bracketed short form, short forms with
lower-case letters ("GdP"), an unknown acronym right after an organisation-head noun, and well-known organisations
listed in orgs.tsv. Run on a blank pipeline with hand-set NER spans and tags, so the tests do not depend on a
model. Own invented sentences."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from chronik.pipeline import build
from tests.entity_docs import link


@pytest.fixture(scope="module")
def nlp():
    return build("de", with_model=False, components=[])


NN = ("NN", "NOUN")
NE = ("NE", "PROPN")
ART = ("ART", "DET")


def analyse(nlp, text: str, ents=(), tags: dict[str, tuple[str, str]] | None = None) -> Doc:
    doc = nlp(text)
    doc._.title = None
    for k, tok in enumerate(doc):
        tok.is_sent_start = k == 0 or doc[k - 1].text == "."
        if tags and tok.text in tags:
            tok.tag_, tok.pos_ = tags[tok.text]
    return link(doc, ents)


def clusters(doc: Doc) -> dict[str, tuple[str, list[str]]]:
    """name → (label, mention texts)"""
    return {e.name: (e.label, [doc.text[s:t] for s, t in e.mentions]) for e in doc._.entities}


# --- a one-word compound before a bracketed short form it spells


def test_compound_spelled_by_its_short_form_is_the_organisation(nlp) -> None:
    doc = analyse(
        nlp,
        "Die Händler zahlen an den Heizölvorratsverband (HVV). Der HVV hält die Reserven.",
        tags={"Heizölvorratsverband": NN, "den": ART, "Der": ART},
    )
    found = clusters(doc)
    assert found.get("Heizölvorratsverband", ("", []))[0] == "ORG"
    assert "HVV" in found["Heizölvorratsverband"][1]


def test_compound_with_a_dictionary_short_form_stays_a_common_noun(nlp) -> None:
    # "NGO" is a word of the dictionary: a kind of body, not one organisation's name
    doc = analyse(
        nlp, "Die Nichtregierungsorganisation (NGO) protestierte.", tags={"Nichtregierungsorganisation": NN, "Die": ART}
    )
    assert "Nichtregierungsorganisation" not in clusters(doc)


def test_compound_that_does_not_spell_the_short_form_stays_a_common_noun(nlp) -> None:
    doc = analyse(nlp, "Der Landesverband (KTX) widersprach.", tags={"Landesverband": NN, "Der": ART})
    assert "Landesverband" not in clusters(doc)


# --- short forms with lower-case letters


def test_mixed_case_short_form_names_the_long_name(nlp) -> None:
    doc = analyse(
        nlp,
        "Die Vereinigung der Lokführer (VdL) rief zum Streik auf.",
        tags={"Vereinigung": NN, "Lokführer": NN, "Die": ART},
    )
    found = clusters(doc)
    assert found.get("Vereinigung der Lokführer", ("", []))[0] == "ORG"
    assert "VdL" in found["Vereinigung der Lokführer"][1]


def test_place_inside_a_name_spelled_by_a_mixed_case_short_form_stays_a_place(nlp) -> None:
    # only all-capital short forms are spelled out word by word: the place stays one of the text's places (the
    # state institutions named alone take their country from those)
    doc = analyse(
        nlp,
        "Er ist Mitglied der Alternative für Bayern (AfB) und klagt gegen die Polizei.",
        ents=[("Bayern", "LOC", 0)],
        tags={"Bayern": NE, "Alternative": NN, "der": ART},
    )
    assert clusters(doc).get("Bayern", ("", []))[0] == "LOC"


def test_mixed_case_word_opening_with_another_letter_is_no_short_form(nlp) -> None:
    # "McKay" has two capitals but neither spells nor opens "Partei der Arbeit"
    doc = analyse(
        nlp, "Die Partei der Arbeit (McKay) tagte.", tags={"Partei": NN, "Arbeit": NN, "Die": ART, "McKay": NE}
    )
    assert "Partei der Arbeit" not in clusters(doc)


# --- an unknown acronym right after an organisation-head noun


def test_unknown_acronym_after_organisation_head_noun_is_an_organisation(nlp) -> None:
    doc = analyse(nlp, "Die nationale Polizei PNTL sei machtlos.", tags={"Polizei": NN, "PNTL": NN})
    assert clusters(doc).get("PNTL", ("", []))[0] == "ORG"


def test_acronym_known_to_the_dictionary_after_head_noun_is_no_name(nlp) -> None:
    doc = analyse(nlp, "Die Polizei SEK war vor Ort.", tags={"Polizei": NN, "SEK": NN})
    assert "SEK" not in clusters(doc)


def test_acronym_after_a_name_ending_in_a_head_noun_is_left_alone(nlp) -> None:
    # "Nordische Post" is a name of its own (capitalised word before the head): the short form after it is no
    # second organisation
    doc = analyse(nlp, "Der Konzern Nordische Post NPX meldete Gewinne.", tags={"Post": NN, "NPX": NN})
    assert "NPX" not in clusters(doc)


def test_head_noun_tagged_as_place_before_acronym_is_dropped(nlp) -> None:
    doc = analyse(
        nlp,
        "Eine Sperre wurde vom Radsportverband UCI nicht verhängt.",
        ents=[("Radsportverband", "LOC", 0)],
        tags={"Radsportverband": NN, "UCI": NE},
    )
    found = clusters(doc)
    assert "Radsportverband" not in found
    assert found.get("Union Cycliste Internationale", ("", []))[0] == "ORG"


# --- well-known organisations (orgs.tsv rows of this session)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ein Sprecher von Attac sagte, man prüfe den Vorgang.", "Attac"),
        ("Nach Angaben von amnesty international wurden Häftlinge gefoltert.", "Amnesty International"),
        ("Die Gruppe LobbyControl forderte mehr Transparenz.", "LobbyControl"),
        ("Das Bündnis Mercosur einigte sich auf neue Zölle.", "Mercosur"),
        ("Die Enthüllungsplattform Wikileaks veröffentlichte neue Dokumente.", "WikiLeaks"),
    ],
)
def test_listed_organisation_is_found(nlp, text: str, name: str) -> None:
    assert clusters(analyse(nlp, text)).get(name, ("", []))[0] == "ORG"


def test_listed_organisation_tagged_as_person_is_an_organisation(nlp) -> None:
    doc = analyse(nlp, "Auch Foodwatch kritisierte die Pläne.", ents=[("Foodwatch", "PER", 0)], tags={"Foodwatch": NE})
    assert clusters(doc).get("Foodwatch", ("", []))[0] == "ORG"
