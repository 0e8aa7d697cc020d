"""Places: accuracy at 161 km (100 miles) and country accuracy on hand-annotated Wikinews places.

Gold: the LOC entities with coordinates in ``tests/data/entities/*.ann`` plus the place-only annotations in
``tests/data/geo/places.tsv`` (dev) and ``places_heldout.tsv`` (article id from
``$CHRONIK_DATA/wikinews_de``, mention, coordinates, kind, country; see ``docs/annotation-entities.md``).
Each gold mention is looked up with ``entity_at``; a mention no system entity covers, or whose entity has no
``geo``, counts as wrong (the end-to-end number); "acc | geo" judges resolution apart from NER recall.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from chronik.analysis import Article, analyze_articles
from chronik.eval import Table
from chronik.eval.entities import GOLD_DIR, GOLD_SETS, _occurrence, load_gold, pipeline
from chronik.gazetteer import haversine_km

PLACE_SETS = {
    "dev": GOLD_DIR.parent / "geo" / "places.tsv",
    "heldout": GOLD_DIR.parent / "geo" / "places_heldout.tsv",  # scored once with frozen code, then kept as is
}
KM = 161.0


@dataclass
class GoldPlace:
    doc_id: str
    surface: str
    span: tuple[int, int]
    lat: float | None
    lon: float | None
    kind: str
    country: str | None
    set: str = "dev"


def _wikinews(data_dir: Path) -> dict[str, dict]:
    path = data_dir / "wikinews_de" / "articles.jsonl.gz"
    if not path.exists():
        return {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return {row["id"]: row for row in map(json.loads, fh)}


def load_places(data_dir: Path) -> tuple[list[GoldPlace], dict[str, dict]]:
    """Gold places and the articles they come from (id → {text, title, date})."""
    places: list[GoldPlace] = []
    articles: dict[str, dict] = {}
    for set_name, gold_dir in GOLD_SETS.items():
        for doc in load_gold(gold_dir):
            articles[doc.id] = {"text": doc.text, "title": doc.title, "date": doc.date}
            for e in doc.entities:
                if e.label == "LOC" and e.geo is not None:
                    for span in e.mentions:
                        group = "heldout" if set_name.startswith("heldout") else set_name
                        places.append(GoldPlace(doc.id, doc.text[span[0] : span[1]], span, e.geo[0], e.geo[1],
                                                e.geo[2], e.country, group))  # fmt: skip
    wikinews = _wikinews(data_dir)
    for set_name, path in PLACE_SETS.items():
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            doc_id, spec, lat, lon, kind, country = (c.strip() for c in line.split("\t"))
            if doc_id not in wikinews:
                continue
            row = wikinews[doc_id]
            articles.setdefault(doc_id, {"text": row["text"], "title": row["title"], "date": row["date"]})
            surface, _, k = spec.rpartition("@") if "@" in spec else (spec, "", "0")
            span = _occurrence(row["text"], surface, int(k))
            places.append(GoldPlace(doc_id, surface, span, float(lat), float(lon), kind, country or None, set_name))
    return places, articles


def evaluate(data_dir: Path, limit: int | None = None) -> list[Table]:
    from chronik.components.common import entity_at

    places, articles = load_places(data_dir)
    ids = sorted(articles)[:limit] if limit else sorted(articles)
    docs = {}
    batch = [
        Article(text=articles[i]["text"], title=articles[i]["title"], id=i,
                published=date.fromisoformat(articles[i]["date"]) if articles[i]["date"] else None)
        for i in ids
    ]  # fmt: skip
    nlp = pipeline()
    for doc_id, doc in zip(ids, analyze_articles(batch, nlp=nlp), strict=True):
        docs[doc_id] = nlp.make_doc(doc.text)
        docs[doc_id]._.entities = doc.entities
    stats: dict[str, list[int]] = {}  # n, km_ok, country_ok, found
    misses = []
    for p in places:
        if p.doc_id not in docs:
            continue
        ent = entity_at(docs[p.doc_id], *p.span)
        geo = ent.geo if ent is not None and ent.label == "LOC" else None
        country = ent.country if ent is not None else None
        km_ok = geo is not None and haversine_km(p.lat, p.lon, geo.lat, geo.lon) <= KM
        if p.kind == "country":  # a country is right when it is the right country (its centre is a convention)
            km_ok = geo is not None and country == p.country
        for key in (f"{p.set}: all", f"{p.set}: " + ("country" if p.kind == "country" else "sub-country")):
            s = stats.setdefault(key, [0, 0, 0, 0])
            s[0] += 1
            s[1] += km_ok
            s[2] += country == p.country
            s[3] += geo is not None
        if not km_ok:
            misses.append(f"{p.doc_id}:{p.surface}→{(ent.name, country, geo and (geo.lat, geo.lon)) if ent else None}")
    rows = []
    for key, (n, km_ok, country_ok, found) in sorted(stats.items()):
        if n:
            rows.append([key, n, km_ok / n, country_ok / n, found / n, km_ok / found if found else 0.0])
    table = Table(
        "Place resolution (hand-annotated Wikinews places)",
        ["places", "n", f"acc@{KM:.0f}km", "country acc", "with geo", f"acc@{KM:.0f}km | geo"],
        rows,
        note="countries count as within 161 km when the country is right; misses: " + "; ".join(misses[:12]),
    )
    return [table]
