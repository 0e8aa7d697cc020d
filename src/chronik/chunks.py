"""Long texts are analysed in chunks cut at paragraph or sentence ends; the chunk results are
merged back into one document with every offset, index and id shifted, so nothing is truncated.

A very long text's merged result does not fit a worker's memory as one :class:`Document`
(a 20 MB text has ~370,000 sentences, ~185,000 timexes and their mentions, each a pydantic
object), so the chunk results can also be kept as :class:`Parts`: each shifted chunk document
as compressed JSON, written to the store part by part (:meth:`chronik.store.Store.add_parts`).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from chronik.document import DescribedActor, Document, Entity

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


def _shifted_group(group: DescribedActor, offset: int) -> DescribedActor:
    return group.model_copy(update={"start": group.start + offset, "end": group.end + offset})


# Extra offset fields components add to quotes (``speaker_span``, ``speaker_resolved``, ``via_span``, ``parts``).
_EXTRA_PAIR_KEYS = ("speaker_span", "speaker_resolved", "via_span")


def _shifted_extra_spans(extra: dict, offset: int) -> dict:
    out: dict = {key: _shift_pair(extra[key], offset) for key in _EXTRA_PAIR_KEYS if extra.get(key)}
    if extra.get("parts"):
        out["parts"] = [_shift_pair(p, offset) for p in extra["parts"]]
    return out


class Merger:
    """Shifts chunk documents as they come (``offset`` = where each chunk starts in the full text)
    into parts of one document: offsets into the full text, sentence and quantity indexes and
    entity and event ids continuing the parts before. Entities with the same label and name in
    different chunks become one entity: it keeps its first id, and a later part lists it again
    with only that part's mentions (sorted) and roles.

    :meth:`add` also collects the parts into one :class:`Document` (:meth:`result`); :meth:`shift`
    only returns the part, so just the counters and the entity ids are kept."""

    def __init__(self, template: Document) -> None:
        self.merged = template.model_copy(deep=True)
        self._ids: dict[tuple[str, str], str] = {}
        self._by_id: dict[str, Entity] = {}
        self._sentences = self._quantities = self._events = 0
        self._warnings: list[str] = list(template.warnings)

    def shift(self, offset: int, part: Document) -> Document:
        """``part`` (a chunk's document) as a part of the whole: text empty, everything shifted."""
        id_map: dict[str, str] = {}
        entities: dict[str, Entity] = {}  # one per id, also when a chunk has the same entity twice
        for entity in part.entities:
            key = (entity.label, entity.name)
            new_id = self._ids.setdefault(key, f"e{len(self._ids) + 1}")
            id_map[entity.id] = new_id
            mentions = [_shift_pair(m, offset) for m in entity.mentions]
            same = entities.get(new_id)
            if same is None:
                entities[new_id] = entity.model_copy(update={"id": new_id, "mentions": mentions})
            else:
                _absorb(same, mentions, entity.roles)
        for entity in entities.values():
            entity.mentions.sort()
        timexes = [t.model_copy(update={"start": t.start + offset, "end": t.end + offset}) for t in part.timexes]
        quantities = [q.model_copy(update={"start": q.start + offset, "end": q.end + offset}) for q in part.quantities]
        quotes = [
            q.model_copy(
                update={
                    "start": q.start + offset,
                    "end": q.end + offset,
                    "cue": _shift_pair(q.cue, offset) if q.cue else None,
                    "speaker": id_map.get(q.speaker or ""),
                    **_shifted_extra_spans(q.model_extra or {}, offset),
                }
            )
            for q in part.quotes
        ]
        events = [
            event.model_copy(
                update={
                    "id": f"ev{self._events + i + 1}",
                    "trigger": _shift_pair(event.trigger, offset),
                    "sentence": event.sentence + self._sentences,
                    "source": [id_map[a] for a in event.source if a in id_map],
                    "target": [id_map[a] for a in event.target if a in id_map],
                    "place": id_map.get(event.place or ""),
                    "quantities": [i + self._quantities for i in event.quantities],
                    # the described actors' offsets too (a chunk's "Demonstranten" is at its place in the full text)
                    "source_groups": [_shifted_group(g, offset) for g in event.source_groups],
                    "target_groups": [_shifted_group(g, offset) for g in event.target_groups],
                }
            )
            for i, event in enumerate(part.events)
        ]
        warnings = [w for w in dict.fromkeys(part.warnings) if w not in self._warnings]
        self._warnings.extend(warnings)
        self._sentences += len(part.sentences)
        self._quantities += len(part.quantities)
        self._events += len(part.events)
        return Document.model_construct(
            id=self.merged.id,
            lang=self.merged.lang,
            text="",
            sentences=[_shift_pair(s, offset) for s in part.sentences],
            entities=list(entities.values()),
            timexes=timexes,
            quantities=quantities,
            quotes=quotes,
            events=events,
            warnings=warnings,
        )

    def add(self, offset: int, part: Document) -> None:
        """Shift ``part`` and append it to the one merged document."""
        _append(self.merged, self._by_id, self.shift(offset, part))

    def result(self) -> Document:
        for entity in self.merged.entities:
            entity.mentions.sort()
        return self.merged


def _absorb(target: Entity, mentions: list[list[int]], roles: list[str]) -> None:
    target.mentions.extend(mentions)
    target.roles.extend(r for r in roles if r not in target.roles)


def _append(merged: Document, by_id: dict[str, Entity], part: Document) -> None:
    """Append one shifted part (see :meth:`Merger.shift`) to ``merged``."""
    for entity in part.entities:
        target = by_id.get(entity.id)
        if target is None:  # a copy: joining never changes the parts
            target = entity.model_copy(update={"mentions": list(entity.mentions), "roles": list(entity.roles)})
            merged.entities.append(target)
            by_id[entity.id] = target
        else:
            _absorb(target, entity.mentions, entity.roles)
    merged.sentences.extend(part.sentences)
    merged.timexes.extend(part.timexes)
    merged.quantities.extend(part.quantities)
    merged.quotes.extend(part.quotes)
    merged.events.extend(part.events)
    merged.warnings.extend(part.warnings)


@dataclass
class Parts:
    """A long document as parts: ``head`` has its metadata and text (no annotations), ``packed``
    the shifted chunk documents (:meth:`Merger.shift`) as zlib-compressed JSON, about a tenth of
    the size of the same facts as pydantic objects. Iterating yields the parts in order."""

    head: Document
    packed: list[bytes] = field(default_factory=list)

    def append(self, part: Document) -> None:
        self.packed.append(zlib.compress(part.model_dump_json(by_alias=True).encode(), 1))

    def __iter__(self) -> Iterator[Document]:
        for blob in self.packed:
            yield Document.model_validate_json(zlib.decompress(blob))

    def __len__(self) -> int:
        return len(self.packed)

    def document(self) -> Document:
        """The parts joined into one document (equal to the one :class:`Merger` builds)."""
        return join(self.head, self)


def join(head: Document, parts: Iterable[Document]) -> Document:
    """``head`` with the annotations of ``parts`` (shifted chunk documents), as one document."""
    merged = head.model_copy(deep=True)
    by_id: dict[str, Entity] = {}
    for part in parts:
        _append(merged, by_id, part)
    for entity in merged.entities:
        entity.mentions.sort()
    return merged


def merge(parts: list[tuple[int, Document]], template: Document) -> Document:
    """One document from chunk documents (see :class:`Merger`)."""
    merger = Merger(template)
    for offset, part in parts:
        merger.add(offset, part)
    return merger.result()
