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


class TimexTagger:
    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        doc._.timexes = timexes_for(doc.text, doc._.published, self.lang)
        return doc


@Language.factory("chronik_timex")
def make_timex(nlp: Language, name: str) -> TimexTagger:
    register_extensions()
    return TimexTagger(nlp.lang)
