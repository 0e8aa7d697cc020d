"""The silver-sentence conversion of the self-training experiment (training/selftrain.py), on invented sentences."""

import importlib.util
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")
from spacy.tokens import Doc  # noqa: E402

_PATH = Path(__file__).resolve().parents[1] / "training" / "selftrain.py"
_spec = importlib.util.spec_from_file_location("selftrain", _PATH)
selftrain = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(selftrain)


def _doc(tagged: str) -> Doc:
    """ "Wort/TAG Wort/TAG …" as a tagged doc (one sentence)."""
    pairs = [w.rsplit("/", 1) for w in tagged.split()]
    return Doc(spacy.blank("de").vocab, words=[w for w, _ in pairs], tags=[t for _, t in pairs])


def _span(doc: Doc, text: str, label: str) -> tuple[int, int, str]:
    start = doc.text.index(text)
    return start, start + len(text), label


def _labels(doc: Doc) -> list[str]:
    return [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else ("?" if t.ent_iob == 0 else "O") for t in doc]


SENT = (
    "Am/APPR Montag/NN traf/VVFIN Bundeskanzlerin/NN Anna/NE Musterfrau/NE in/APPR Leipzig/NE den/ART Vorstand/NN "
    "der/ART Nordwind/NE AG/NN zum/APPRART Festival/NN Elbklang/NE ./$."
)


def test_names_become_entities_titles_trimmed_misc_missing():
    doc = _doc(SENT)
    mentions = [
        _span(doc, "Bundeskanzlerin Anna Musterfrau", "PER"),
        _span(doc, "Leipzig", "LOC"),
        _span(doc, "Nordwind AG", "ORG"),
        _span(doc, "Elbklang", "MISC"),
    ]
    silver = selftrain.silver_sentence(doc[:], mentions)
    assert [(e.text, e.label_) for e in silver.ents] == [
        ("Anna Musterfrau", "PER"),
        ("Leipzig", "LOC"),
        ("Nordwind AG", "ORG"),
    ]
    assert _labels(silver)[3] == "O"  # the title is outside the person
    assert _labels(silver)[-2] == "?"  # MISC: unannotated, not O
    assert [t.tag_ for t in silver] == [t.tag_ for t in doc]  # the NER reads the tag


def test_unreliable_sentences_are_dropped():
    doc = _doc(SENT)
    full = [_span(doc, "Anna Musterfrau", "PER"), _span(doc, "Leipzig", "LOC"), _span(doc, "Nordwind AG", "ORG")]
    # a proper noun (Elbklang) outside every mention
    assert selftrain.silver_sentence(doc[:], full) is None
    full.append(_span(doc, "Elbklang", "MISC"))
    assert selftrain.silver_sentence(doc[:], full) is not None
    # a name over a date expression
    assert selftrain.silver_sentence(doc[:], [*full, _span(doc, "Montag", "LOC")], timexes=[(3, 9)]) is None
    # a person with a common noun in it, a single unknown common noun as a name
    assert selftrain.silver_sentence(doc[:], [*full[:2], *full[3:], _span(doc, "Nordwind AG", "PER")]) is None
    assert selftrain.silver_sentence(doc[:], [*full, _span(doc, "Vorstand", "ORG")]) is None
    # no sentence-final punctuation (a heading)
    heading = _doc("Anna/NE Musterfrau/NE besucht/VVFIN Leipzig/NE heute/ADV")
    names = [_span(heading, "Anna Musterfrau", "PER"), _span(heading, "Leipzig", "LOC")]
    assert selftrain.silver_sentence(heading[:], names) is None
