"""Long texts are analysed in chunks and merged without losing or shifting anything."""

from __future__ import annotations

import itertools

import chronik
from chronik import analysis, chunks


def test_split_points_cover_the_text_without_gaps():
    text = ("Ein Satz über Berlin. " * 40 + "\n\n") * 30
    parts = chunks.split_points(text, 2000)
    assert parts[0][0] == 0 and parts[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(parts))
    assert all(end - start <= 2000 for start, end in parts)


def test_text_without_any_break_is_still_split():
    parts = chunks.split_points("x" * 5000, 1000)
    assert [e - s for s, e in parts] == [1000] * 5


def test_long_document_equals_its_chunks_merged(monkeypatch):
    paragraph = "Die Regierung tagte in Berlin. Der Minister reiste am Dienstag nach Paris."
    text = "\n\n".join(f"{paragraph} Absatz {i}." for i in range(60))
    whole = chronik.analyze(text, published="2024-03-14")
    monkeypatch.setattr(analysis, "MAX_CHUNK_CHARS", 700)
    chunked = chronik.analyze(text, published="2024-03-14")
    assert chunked.text == text and chunked.id == whole.id
    assert chunked.sentences == whole.sentences
    assert [(t.start, t.value) for t in chunked.timexes] == [(t.start, t.value) for t in whole.timexes]
    assert [(q.start, q.value) for q in chunked.quantities] == [(q.start, q.value) for q in whole.quantities]
    for ent in chunked.entities:
        for s, e in ent.mentions:
            assert 0 <= s < e <= len(text)


def test_order_is_kept_with_long_and_short_articles_mixed(monkeypatch):
    monkeypatch.setattr(analysis, "MAX_CHUNK_CHARS", 200)
    texts = ["Kurz eins.", "Lang. " * 100, "Kurz zwei.", "Lang zwei. " * 50, "Kurz drei."]
    docs = list(chronik.analyze_articles([chronik.Article(text=t) for t in texts], batch_size=2))
    assert [d.text for d in docs] == texts


def test_long_document_in_parts_equals_the_merged_one(monkeypatch, tmp_path):
    paragraph = "Die Kanzlerin traf in Berlin den Präsidenten. „Wir sind einig“, sagte sie am Dienstag."
    text = "\n\n".join(f"{paragraph} Absatz {i} kostete 3 Millionen Euro." for i in range(30))
    monkeypatch.setattr(analysis, "MAX_CHUNK_CHARS", 700)
    merged = chronik.analyze(text, published="2024-03-14", title="Lang")
    article = chronik.Article(text=text, published=merged.published, title="Lang")
    [parts] = chronik.analyze_articles([article], long_as_parts=True)
    assert isinstance(parts, chunks.Parts) and len(parts) == len(chunks.split_points(text, 700))
    assert parts.head.text == text and not parts.head.sentences
    assert merged.entities and merged.events and merged.quotes and merged.timexes
    seen_events = 0
    for part in parts:  # every part: no text, offsets into the whole text, events numbered on
        assert part.text == "" and all(0 <= a < b <= len(text) for a, b in part.sentences)
        assert [e.id for e in part.events] == [f"ev{seen_events + i + 1}" for i in range(len(part.events))]
        seen_events += len(part.events)
    assert parts.document() == merged

    from chronik.store import Store

    store = Store(f"sqlite:///{tmp_path / 'c.db'}")
    assert store.add_parts(parts.head, parts)
    assert store.get_document(merged.id) == merged
    store.close()


def test_quote_extra_offsets_are_shifted_with_their_chunk(monkeypatch) -> None:
    import chronik.analysis as analysis

    monkeypatch.setattr(analysis, "MAX_CHUNK_CHARS", 400)
    para = "Die Zeitung zitiert den Minister mit den Worten: „Wir kommen voran.“ Der Minister sagte, man handle. "
    text = para * 6
    doc = analysis.analyze(text, published="2024-01-02")
    checked = 0
    for quote in doc.quotes:
        extra = quote.model_extra or {}
        if extra.get("speaker_span"):
            start, end = extra["speaker_span"]
            assert text[start:end] == quote.speaker_text
            checked += 1
        if extra.get("via_span"):
            start, end = extra["via_span"]
            assert text[start:end] == extra["via_text"]
    assert checked >= 6 and max(q.start for q in doc.quotes) > 400  # quotes in later chunks were checked
