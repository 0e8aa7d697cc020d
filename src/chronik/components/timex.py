"""spaCy component ``chronik_timex``: temporal expressions normalised to TIMEX3.

The work is done by :func:`chronik.timex_rules.find_timexes` on ``doc.text`` (compiled regexes,
no token matcher), anchored to ``doc._.published``. Each :class:`~chronik.document.Timex` also
carries ``date`` — the calendar DATE a TIME or relative expression resolved to — so the event
component can date events without re-resolving anything.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from chronik.document import Timex
from chronik.pipeline import register_extensions
from chronik.text import doc_text
from chronik.timex_rules import TimexHit, find_timexes


def to_timex(text: str, hit: TimexHit) -> Timex:
    return Timex(
        start=hit.start,
        end=hit.end,
        text=text[hit.start : hit.end],
        type=hit.type,  # type: ignore[arg-type]  # the rules only emit the four TIMEX3 types
        value=hit.value,
        anchor=hit.anchor,
        date=hit.date,
    )


def timexes_for(text: str, published: object = None, lang: str = "de") -> list[Timex]:
    """The contract objects for ``text``; ``published`` is a ``datetime.date`` or None."""
    from datetime import date

    dct = published if isinstance(published, date) else None
    return [to_timex(text, h) for h in find_timexes(text, dct, lang)]


# Up to this length a chunked text is resolved as a whole (its focus, narrative mode and chapter
# years span the chunks); longer ones are resolved chunk by chunk.
WHOLE_TEXT_MAX_CHARS = 2_000_000


class TimexTagger:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._whole: tuple[str, object, list[Timex]] | None = None  # (text, published, timexes)

    def __call__(self, doc: Doc) -> Doc:
        chunk_of = doc.user_data.get("chunk_of")
        if chunk_of is not None and len(chunk_of[0]) <= WHOLE_TEXT_MAX_CHARS:
            doc._.timexes = self._from_whole(chunk_of[0], chunk_of[1], len(doc_text(doc)), doc._.published)
        else:
            doc._.timexes = timexes_for(doc_text(doc), doc._.published, self.lang)
        return doc

    def _from_whole(self, text: str, offset: int, length: int, published: object) -> list[Timex]:
        """The timexes of ``text[offset:offset + length]``, resolved against the whole text (once per text)."""
        whole = self._whole  # a local reference: another thread may swap the cache meanwhile
        if whole is None or whole[0] is not text or whole[1] != published:
            whole = self._whole = (text, published, timexes_for(text, published, self.lang))
        end = offset + length
        out = [
            t.model_copy(update={"start": t.start - offset, "end": t.end - offset})
            for t in whole[2]
            if t.start >= offset and t.end <= end
        ]
        if end >= len(text):  # last chunk: do not keep the text alive
            self._whole = None
        return out


@Language.factory("chronik_timex")
def make_timex(nlp: Language, name: str) -> TimexTagger:
    register_extensions()
    return TimexTagger(nlp.lang)
