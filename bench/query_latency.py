"""Query latency of the store on a synthetic chronicle of 100,000 events (SQLite by default).

Events are synthesised as :class:`chronik.document.Document` objects and written through the
public API (:meth:`Store.add_document`), so actor linking and event merging run as in a real
ingest. Then each query shape of ``chronik query events`` is timed (median and p95 of repeated
runs with varying arguments). Usage:

    python bench/query_latency.py [--events 100000] [--db sqlite:////tmp/q.db] [--reuse]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from chronik.document import Document, text_id
from chronik.store import Store

TYPES = [
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]  # fmt: skip
FIRST = ["Anna", "Bernd", "Clara", "Dieter", "Eva", "Frank", "Greta", "Hans", "Ines", "Jonas", "Karin", "Lars"]
LAST = ["Adler", "Becker", "Dietrich", "Engel", "Fuchs", "Graf", "Hahn", "Jung", "Keller", "Lang", "Maier", "Nowak"]
COUNTRIES = ["DEU", "FRA", "AUT", "POL", "ITA", "USA"]
EVENTS_PER_DOC = 5
START = date(2023, 1, 1)


def people(rng: random.Random, n: int) -> list[tuple[str, str]]:
    out = []
    while len(out) < n:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}-{len(out)}"
        out.append((name, rng.choice(COUNTRIES)))
    return out


def places(rng: random.Random, n: int) -> list[tuple[str, float, float]]:
    return [(f"Stadt{i}", rng.uniform(44, 55), rng.uniform(2, 20)) for i in range(n)]


def synth_doc(
    i: int, rng: random.Random, actors: list[tuple[str, str]], geo: list[tuple[str, float, float]]
) -> Document:
    day = START + timedelta(days=rng.randrange(730))
    parts, entities, events, sentences = [], [], [], []
    pos = 0
    for k in range(EVENTS_PER_DOC):
        (a, ca), (b, cb) = rng.sample(actors, 2)
        place, lat, lon = rng.choice(geo)
        sentence = f"{a} traf {b} in {place} (Meldung {i}.{k})."
        base = pos
        ids = [f"e{k}a", f"e{k}b", f"e{k}p"]
        for eid, name, country, label in ((ids[0], a, ca, "PER"), (ids[1], b, cb, "PER"), (ids[2], place, None, "LOC")):
            start = base + sentence.index(name)
            ent: dict[str, Any] = {"id": eid, "label": label, "name": name, "country": country}
            ent["mentions"] = [[start, start + len(name)]]
            if label == "LOC":
                ent["geo"] = {"lat": lat, "lon": lon, "kind": "city", "precision_km": 5}
            entities.append(ent)
        trig = base + sentence.index("traf")
        events.append(
            {
                "id": f"v{k}",
                "type": rng.choice(TYPES),
                "trigger": [trig, trig + 4],
                "sentence": k,
                "source": [ids[0]],
                "target": [ids[1]],
                "place": ids[2],
                "date": (day - timedelta(days=rng.randrange(2))).isoformat(),
            }
        )
        sentences.append([base, base + len(sentence)])
        parts.append(sentence)
        pos += len(sentence) + 1
    text = " ".join(parts)
    return Document.model_validate(
        {
            "id": text_id(text),
            "lang": "de",
            "title": f"Meldung {i}",
            "published": day,
            "text": text,
            "sentences": sentences,
            "entities": entities,
            "events": events,
        }
    )


def fill(store: Store, n_events: int, seed: int = 7) -> float:
    rng = random.Random(seed)
    actors, geo = people(rng, 2000), places(rng, 300)
    start = time.perf_counter()
    for i in range(n_events // EVENTS_PER_DOC):
        store.add_document(synth_doc(i, rng, actors, geo))
        if i and i % 2000 == 0:
            print(f"  {i * EVENTS_PER_DOC:,} events, {time.perf_counter() - start:.0f} s", flush=True)
    return time.perf_counter() - start


def timed(fn: Any, runs: int) -> tuple[float, float, int]:
    times, n = [], 0
    for k in range(runs):
        t = time.perf_counter()
        n = len(fn(k))
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))], n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--db", default="sqlite:////tmp/chronik-query-bench.db")
    parser.add_argument("--reuse", action="store_true", help="do not rebuild an existing database")
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    if args.db.startswith("sqlite:///") and not args.reuse:
        for suffix in ("", "-wal", "-shm"):
            Path(args.db.removeprefix("sqlite:///") + suffix).unlink(missing_ok=True)
    store = Store(args.db)
    if not args.reuse or store.count_documents() == 0:
        print(f"synthesising {args.events:,} events …", flush=True)
        seconds = fill(store, args.events)
        print(f"  written in {seconds:.0f} s ({args.events / seconds:,.0f} events/s through add_document)")
    store.optimize()  # as `chronik ingest` does at the end of a run
    stats = store.stats()
    print(f"events: {stats['events']:,}  merged: {stats['merged_events']:,}  actors: {stats['actors']:,}")
    rng = random.Random(1)
    names = [a["name"] for a in store.actors(limit=2000) if a["label"] == "PER"][:500]
    surnames = [n.split(" ")[1] for n in names]

    def day(k: int) -> str:
        return (START + timedelta(days=(k * 37) % 700)).isoformat()

    def month_end(k: int) -> str:
        return (START + timedelta(days=(k * 37) % 700 + 30)).isoformat()

    queries = {
        "actor (full name)": lambda k: store.events(actor=names[k % len(names)]),
        "actor (surname substring)": lambda k: store.events(actor=surnames[k % len(surnames)]),
        "type": lambda k: store.events(type=TYPES[k % len(TYPES)]),
        "date range (1 month)": lambda k: store.events(date_from=day(k), date_to=month_end(k)),
        "actor + type + year": lambda k: store.events(
            actor=names[k % len(names)], type=TYPES[k % 16], date_from="2023-01-01", date_to="2023-12-31"
        ),
        "type + date range": lambda k: store.events(type=TYPES[k % 16], date_from=day(k), date_to=month_end(k)),
        "place": lambda k: store.events(place=f"Stadt{k % 300}"),
        "bbox": lambda k: store.events(bbox=(10 + k % 5, 48, 12 + k % 5, 50)),
        "merged events by actor": lambda k: store.merged_events(actor=names[k % len(names)]),
        "stats": lambda k: [store.stats()],
    }
    rng.shuffle(names)
    print(f"{'query':30} {'median ms':>10} {'p95 ms':>8} {'rows':>6}")
    for label, fn in queries.items():
        fn(0)  # warm the page cache
        med, p95, n = timed(fn, args.runs)
        print(f"{label:30} {med:10.1f} {p95:8.1f} {n:6d}", flush=True)


if __name__ == "__main__":
    main()
