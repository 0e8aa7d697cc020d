"""Hand-made documents for the web tests (no tests here): every annotation type filled, two
days of one actor's chronicle, places of fine and coarse precision, and a hostile document."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

from chronik.document import Document, Entity, Event, Geo, Quantity, Quote, Timex

XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = '"><img src=x onerror=alert(1)>'


def _span(text: str, part: str, start: int = 0) -> list[int]:
    i = text.index(part, start)
    return [i, i + len(part)]


def _sentences(text: str, *starts: str) -> list[list[int]]:
    """Sentence spans from the first words of each sentence (the text is a run of them)."""
    bounds = [text.index(s) for s in starts] + [len(text)]
    return [[a, len(text[a:b].rstrip()) + a] for a, b in itertools.pairwise(bounds)]


def summit_document() -> Document:
    text = (
        "Bundeskanzler Olaf Scholz hat am Dienstag in Paris den französischen Präsidenten Emmanuel Macron getroffen. "
        "„Wir stehen fest an der Seite der Ukraine“, sagte Scholz nach dem Treffen. "
        "Beide kündigten an, 500 Millionen Euro Hilfe zu leisten. "
        "In Russland protestierten Tausende gegen den Krieg."
    )
    scholz = Entity(
        id="e1",
        label="PER",
        name="Olaf Scholz",
        country="DEU",
        roles=["Bundeskanzler"],
        mentions=[_span(text, "Olaf Scholz"), _span(text, "Scholz", text.index("sagte"))],
    )
    macron = Entity(
        id="e2",
        label="PER",
        name="Emmanuel Macron",
        country="FRA",
        roles=["Präsident"],
        mentions=[_span(text, "Emmanuel Macron")],
    )
    paris = Entity(
        id="e3",
        label="LOC",
        name="Paris",
        country="FRA",
        mentions=[_span(text, "Paris")],
        geo=Geo(lat=48.8566, lon=2.3522, geonameid=2988507, kind="city", precision_km=5),
    )
    russia = Entity(
        id="e4",
        label="LOC",
        name="Russland",
        country="RUS",
        mentions=[_span(text, "Russland")],
        geo=Geo(lat=61.5, lon=90.0, geonameid=2017370, kind="country", precision_km=1500),
    )
    quote_text = "„Wir stehen fest an der Seite der Ukraine“"
    return Document(
        id="test-summit",
        lang="de",
        title="Scholz trifft Macron in Paris",
        published=date(2024, 3, 13),
        source="https://example.org/scholz-macron",
        text=text,
        sentences=_sentences(text, "Bundeskanzler", "„Wir", "Beide", "In Russland"),
        entities=[scholz, macron, paris, russia],
        timexes=[
            Timex(
                **dict(zip(("start", "end"), _span(text, "am Dienstag"), strict=True)),
                text="am Dienstag",
                type="DATE",
                value="2024-03-12",
            )
        ],
        quantities=[
            Quantity(
                **dict(zip(("start", "end"), _span(text, "500 Millionen Euro"), strict=True)),
                text="500 Millionen Euro",
                kind="money",
                value=5e8,
                unit="EUR",
            )
        ],
        quotes=[
            Quote(
                **dict(zip(("start", "end"), _span(text, quote_text), strict=True)),
                text=quote_text,
                kind="direct",
                speaker="e1",
                speaker_text="Scholz",
                cue=_span(text, "sagte"),
            )
        ],
        events=[
            Event(
                id="ev1",
                type="CONSULT",
                mode="meet",
                trigger=_span(text, "getroffen"),
                sentence=0,
                source=["e1"],
                target=["e2"],
                place="e3",
                date="2024-03-12",
            ),
            Event(
                id="ev2",
                type="AID",
                trigger=_span(text, "Hilfe"),
                sentence=2,
                source=["e1", "e2"],
                modality="planned",
                date="2024-03-12",
                quantities=[0],
            ),
            Event(
                id="ev3",
                type="PROTEST",
                trigger=_span(text, "protestierten"),
                sentence=3,
                place="e4",
                date="2024-03-12",
            ),
        ],
    )


def berlin_document() -> Document:
    text = "Am Mittwoch reiste Emmanuel Macron nach Berlin. Dort traf er Olaf Scholz erneut im Kanzleramt."
    scholz = Entity(id="p1", label="PER", name="Olaf Scholz", country="DEU", mentions=[_span(text, "Olaf Scholz")])
    macron = Entity(
        id="p2", label="PER", name="Emmanuel Macron", country="FRA", mentions=[_span(text, "Emmanuel Macron")]
    )
    berlin = Entity(
        id="p3",
        label="LOC",
        name="Berlin",
        country="DEU",
        mentions=[_span(text, "Berlin")],
        geo=Geo(lat=52.52, lon=13.405, geonameid=2950159, kind="city", precision_km=8),
    )
    return Document(
        id="test-berlin",
        lang="de",
        title="Macron in Berlin",
        published=date(2024, 3, 14),
        text=text,
        sentences=_sentences(text, "Am Mittwoch", "Dort"),
        entities=[scholz, macron, berlin],
        timexes=[Timex(start=0, end=11, text="Am Mittwoch", type="DATE", value="2024-03-13")],
        events=[
            Event(
                id="b1",
                type="CONSULT",
                mode="meet",
                trigger=_span(text, "traf"),
                sentence=1,
                source=["p2"],
                target=["p1"],
                place="p3",
                date="2024-03-13",
            ),
        ],
    )


def hostile_document() -> Document:
    """Script and attribute-breaking markup in title, text, names, speaker and ids."""
    text = f"Der Hacker {XSS_SCRIPT} schrieb {XSS_IMG} und sagte: „Ich war {XSS_SCRIPT} hier“. Er drohte in Wien."
    hacker = Entity(id='h"1', label="PER", name=f"Hacker {XSS_IMG}", mentions=[_span(text, "Hacker")])
    vienna = Entity(
        id="h2",
        label="LOC",
        name=f"Wien {XSS_SCRIPT}",
        country="AUT",
        mentions=[_span(text, "Wien")],
        geo=Geo(lat=48.2082, lon=16.3738, kind="city", precision_km=10),
    )
    quote_text = f"„Ich war {XSS_SCRIPT} hier“"
    return Document(
        id="test-xss",
        lang="de",
        title=f"{XSS_SCRIPT} {XSS_IMG}",
        published=date(2024, 3, 15),
        source=f"https://example.org/{XSS_IMG}",
        text=text,
        sentences=_sentences(text, "Der Hacker", "Er drohte"),
        entities=[hacker, vienna],
        quotes=[
            Quote(
                **dict(zip(("start", "end"), _span(text, quote_text), strict=True)),
                text=quote_text,
                kind="direct",
                speaker='h"1',
                speaker_text=f"Hacker {XSS_IMG}",
            )
        ],
        events=[
            Event(
                id="x1",
                type="THREATEN",
                trigger=_span(text, "drohte"),
                sentence=1,
                source=['h"1'],
                place="h2",
                date="2024-03-15",
            ),
            Event(id="x2", type="ACCUSE", trigger=_span(text, XSS_SCRIPT), sentence=0, source=['h"1']),
        ],
    )


def hand_made() -> list[Document]:
    return [summit_document(), berlin_document(), hostile_document()]


def build_db(path: Path, examples: list[Document]) -> str:
    """A SQLite store with the hand-made documents plus the analysed examples; returns its URL."""
    from chronik.store import Store

    url = f"sqlite:///{path}"
    store = Store(url)
    try:
        for doc in [*hand_made(), *examples]:
            store.add_document(doc)
    finally:
        store.close()
    return url
