"""A long text analysed in chunks is resolved as a whole: the focus carries across chunk borders."""

from __future__ import annotations

from datetime import date

import spacy

from chronik.components.timex import TimexTagger
from chronik.pipeline import register_extensions


def test_chunk_is_resolved_against_the_whole_text() -> None:
    register_extensions()
    nlp = spacy.blank("de")
    first = "Am 3. Mai 1945 kapitulierte die Armee. "
    second = "Am selben Abend wurde gefeiert."
    text = first + second
    tagger = TimexTagger("de")
    doc = nlp.make_doc(second)
    doc._.published = date(2011, 2, 16)
    doc.user_data["chunk_of"] = (text, len(first))
    timexes = tagger(doc)._.timexes
    assert [(t.start, t.end, t.value) for t in timexes] == [(3, 15, "1945-05-03TEV")]
    # the same chunk alone only knows the publication date
    alone = nlp.make_doc(second)
    alone._.published = date(2011, 2, 16)
    assert [t.value for t in tagger(alone)._.timexes] == ["2011-02-16TEV"]
