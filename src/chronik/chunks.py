"""Long texts are analysed in chunks cut at paragraph or sentence ends; the chunk results are
merged back into one document with every offset, index and id shifted, so nothing is truncated.
"""

from __future__ import annotations

import re

from chronik.document import Document, Entity

_PARAGRAPH = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"[.!?…][\"“”»«')\]]*\s+")


def split_points(text: str, max_chars: int) -> list[tuple[int, int]]:
    """``[start, end)`` chunks of at most ``max_chars`` (where a cut point exists), covering ``text``."""
    chunks: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    while n - start > max_chars:
        window_end = start + max_chars
        cut = -1
        for pattern in (_PARAGRAPH, _SENTENCE_END):
            for m in pattern.finditer(text, start + max_chars // 2, window_end):
                cut = m.end()
            if cut > 0:
                break
        if cut <= start:
            # no break in the window: cut at whitespace, else hard (a 20 MB word is still split)
            space = text.rfind(" ", start + max_chars // 2, window_end)
            cut = space + 1 if space > start else window_end
        chunks.append((start, cut))
        start = cut
    chunks.append((start, n))
    return chunks


def _shift_pair(pair: list[int], offset: int) -> list[int]:
    return [pair[0] + offset, pair[1] + offset]


class Merger:
    """Builds one document from chunk documents as they come (``offset`` = where each chunk starts
    in the full text), so only the growing result is kept, not every chunk's document.

    Entities with the same label and name in different chunks become one entity."""

    def __init__(self, template: Document) -> None:
        self.merged = template.model_copy(deep=True)
        self._by_key: dict[tuple[str, str], Entity] = {}

    def add(self, offset: int, part: Document) -> None:
        merged = self.merged
        id_map: dict[str, str] = {}
        for entity in part.entities:
            key = (entity.label, entity.name)
            mentions = [_shift_pair(m, offset) for m in entity.mentions]
            target = self._by_key.get(key)
            if target is not None:
                target.mentions.extend(mentions)
                target.roles.extend(r for r in entity.roles if r not in target.roles)
                id_map[entity.id] = target.id
                continue
            new = entity.model_copy(update={"id": f"e{len(merged.entities) + 1}", "mentions": mentions})
            merged.entities.append(new)
            self._by_key[key] = new
            id_map[entity.id] = new.id
        n_sentences, n_quantities = len(merged.sentences), len(merged.quantities)
        merged.sentences.extend(_shift_pair(s, offset) for s in part.sentences)
        for timex in part.timexes:
            merged.timexes.append(timex.model_copy(update={"start": timex.start + offset, "end": timex.end + offset}))
        for quantity in part.quantities:
            merged.quantities.append(
                quantity.model_copy(update={"start": quantity.start + offset, "end": quantity.end + offset})
            )
        for quote in part.quotes:
            merged.quotes.append(
                quote.model_copy(
                    update={
                        "start": quote.start + offset,
                        "end": quote.end + offset,
                        "cue": _shift_pair(quote.cue, offset) if quote.cue else None,
                        "speaker": id_map.get(quote.speaker or ""),
                    }
                )
            )
        for event in part.events:
            merged.events.append(
                event.model_copy(
                    update={
                        "id": f"ev{len(merged.events) + 1}",
                        "trigger": _shift_pair(event.trigger, offset),
                        "sentence": event.sentence + n_sentences,
                        "source": [id_map[a] for a in event.source if a in id_map],
                        "target": [id_map[a] for a in event.target if a in id_map],
                        "place": id_map.get(event.place or ""),
                        "quantities": [i + n_quantities for i in event.quantities],
                    }
                )
            )
        merged.warnings.extend(w for w in part.warnings if w not in merged.warnings)

    def result(self) -> Document:
        for entity in self.merged.entities:
            entity.mentions.sort()
        return self.merged


def merge(parts: list[tuple[int, Document]], template: Document) -> Document:
    """One document from chunk documents (see :class:`Merger`)."""
    merger = Merger(template)
    for offset, part in parts:
        merger.add(offset, part)
    return merger.result()
