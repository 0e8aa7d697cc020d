"""Leftovers of blind audits 23 and 24 (session 16): general constructions of German news language, each tested with
invented sentences."""

from __future__ import annotations

from spacy.tokens import Doc

import chronik
from chronik.components.events import _since_date, lexicon
from chronik.document import Timex
from chronik.pipeline import build
from tests.event_docs import event_at, rows_by_trigger

# (word, head, dep, pos, tag, morph) of a parse that hangs the scene noun on the number ending a name
_MISPARSED_SCENE = [
    ("Bei", 2, "case", "ADP", "APPR", ""),
    ("den", 2, "det", "DET", "ART", ""),
    ("Kämpfen", 9, "obl", "NOUN", "NN", ""),
    ("zwischen", 5, "case", "ADP", "APPR", ""),
    ("der", 5, "det", "DET", "ART", ""),
    ("Armee", 2, "nmod", "NOUN", "NN", ""),
    ("und", 8, "cc", "CCONJ", "KON", ""),
    ("der", 8, "det", "DET", "ART", ""),
    ("Brigade", 5, "conj", "PROPN", "NN", ""),
    ("9", 15, "advmod", "NUM", "CARD", ""),
    ("waren", 15, "aux", "AUX", "VAFIN", "Tense=Past|VerbForm=Fin"),
    ("seit", 12, "case", "ADP", "APPR", ""),
    ("Samstag", 10, "obl", "PROPN", "NN", ""),
    ("27", 14, "nummod", "NUM", "CARD", ""),
    ("Menschen", 15, "nsubj:pass", "NOUN", "NN", ""),
    ("getötet", 15, "ROOT", "VERB", "VVPP", "VerbForm=Part"),
    ("worden", 15, "aux:pass", "AUX", "VAPP", "VerbForm=Part"),
    (".", 15, "punct", "PUNCT", "$.", ""),
]


def test_since_day_of_a_scene_noun_hung_on_a_name_number_dates_the_fighting() -> None:
    # "Bei den Kämpfen zwischen der Armee und der Brigade 9 waren seit Samstag 27 Menschen getötet worden.": the parser
    # hangs the scene noun on the number ending the name; the verb above it still tells the fighting began on Saturday
    nlp = build("de", with_model=False, components=[])
    rows = _MISPARSED_SCENE
    doc = Doc(
        nlp.vocab,
        words=[r[0] for r in rows],
        spaces=[True] * (len(rows) - 2) + [False, False],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        tags=[r[4] for r in rows],
        morphs=[r[5] for r in rows],
        sent_starts=[True] + [False] * (len(rows) - 1),
    )
    start = doc.text.index("Samstag")
    doc._.timexes = [Timex(start=start, end=start + 7, text="Samstag", type="DATE", value="2026-11-07")]
    assert _since_date(doc, doc[2], 0, len(doc.text), lexicon("de")) == "2026-11-07"


def test_place_inside_the_object_of_a_mobilisation_is_its_place_not_its_target() -> None:
    text = (
        "Mehr Polizei für die Küste\nROSTOCK (dpa) – Innenminister Karl Brenner hat mehr Personal versprochen. "
        "Brenner kündigte an, die Zahl der Polizisten an der Ostseeküste bis Ende März um 300 aufzustocken."
    )
    row = rows_by_trigger(text, published="2026-11-10")["aufzustocken"]
    assert row[1] == "MOBILIZE" and row[2] == ["Karl Brenner"] and row[3] == [] and row[4] == "Ostseeküste"


def test_the_thing_granted_in_a_suspension_is_no_target() -> None:
    text = (
        "Streit um Einreise\nANKARA (dpa) – Die Türkei hat drei belgische Diplomaten ausgewiesen. Ankara hatte bereits "
        "im Sommer die Vergabe von Visa an belgische Staatsbürger vorübergehend ausgesetzt."
    )
    row = rows_by_trigger(text, published="2026-11-10")["ausgesetzt"]
    assert row[1] == "SANCTION" and row[2] == ["Ankara"] and "Visa" not in row[3]


def test_full_name_after_a_noun_of_what_a_person_does_is_a_person() -> None:
    text = (
        "Streit um Mord\nOTTAWA (dpa) – Kanada wirft Pakistan vor, hinter dem Mord an dem Aktivisten Jaswinder "
        "Brar zu stecken. Die Regierung trauert um den Bürgerrechtler Tejinder Gill."
    )
    doc = chronik.analyze(text, published="2026-11-10")
    people = {e.name for e in doc.entities if e.label == "PER"}
    assert {"Jaswinder Brar", "Tejinder Gill"} <= people


def test_kurdish_regional_government_in_a_genitive_is_found_and_acts() -> None:
    text = (
        "Proteste in Erbil\nERBIL (dpa) – In Erbil gingen am Dienstag Hunderte Menschen auf die Straße. "
        "Sicherheitskräfte der kurdischen Regionalregierung hinderten die Demonstranten daran, zum Parlament zu ziehen."
    )
    doc = chronik.analyze(text, published="2026-11-10")
    krg = [e for e in doc.entities if e.name == "Kurdische Regionalregierung"]
    assert krg and krg[0].label == "ORG" and krg[0].country == "IRQ"
    row = rows_by_trigger(text, published="2026-11-10")["hinderten"]
    assert row[2] == ["Kurdische Regionalregierung"]


def test_two_cities_joined_by_und_in_a_headline_are_two_places() -> None:
    text = (
        "Lissabon und Porto verhängen Fahrverbote\nLISSABON (dpa) – Wegen hoher Feinstaubwerte haben die "
        "portugiesischen Städte Lissabon und Porto Fahrverbote verhängt."
    )
    doc = chronik.analyze(text, published="2026-11-10")
    assert not [e for e in doc.entities if " und " in e.name]
    assert {"Lissabon", "Porto"} <= {e.name for e in doc.entities if e.label == "LOC"}


def test_day_after_a_dated_noun_dates_the_act_one_day_later() -> None:
    text = (
        "Streit um Wahl\nLIMA (dpa) – Die Opposition hat erneut gegen das Wahlergebnis protestiert. Die Wahlbeobachter "
        "der OAS hatten schon am Tag nach der Abstimmung vom 8. Oktober schwere Mängel beklagt."
    )
    doc = chronik.analyze(text, published="2026-10-25")
    assert event_at(doc, "beklagt").date == "2026-10-09"


def test_office_of_an_unnamed_head_of_government_speaks_for_him() -> None:
    text = (
        "Streik in Kanada\nOTTAWA (dpa) – In Kanada haben Tausende Krankenpfleger gestreikt. Gesundheitsministerin "
        "Siobhan Kelly lehnte die Forderungen ab. Das Büro des Premierministers in der Wellington Street teilte mit, "
        "der Regierungschef stehe voll hinter seiner Ministerin. Die Opposition teilte mit, der Regierungschef habe "
        "die Pfleger beleidigt."
    )
    rows = rows_by_trigger(text, published="2026-11-10")
    assert rows["stehe"][1] == "SUPPORT" and rows["stehe"][2] == ["Wellington Street"]
    assert rows["beleidigt"][2] == []  # the opposition does not speak for the head of government
