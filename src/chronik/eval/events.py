"""PLOVER event coding against chronik's own German Wikinews gold (``tests/data/events``).

The gold is one JSON per article (see ``docs/annotation-events.md``); it lives in the repository, not
in ``$CHRONIK_DATA``, because it was made for chronik. Scores, per split (dev/test):

* trigger+type: a system event matches a gold event when the trigger spans overlap and the types agree
  (one-to-one, greedy in text order);
* type+source+target: matched, and both actor sets agree. A gold actor matches a system entity when one
  of the entity's mentions overlaps the gold span or the names agree (case-folded, or one is the
  other's last word: "Johnson" / "Boris Johnson");
* + place: also the place (gold none ↔ system none, else the same matching as actors);
* + date: also the date, where the gold has one (gold "-" is not scored);
* date accuracy on trigger+type matches whose gold has a date; modality and reported accuracy on all
  trigger+type matches.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from chronik.eval import Table, prf

SPLITS = ("dev", "test")
MODALITIES = {"asserted", "planned", "negated", "hypothetical"}


def gold_dir() -> Path:
    env = os.environ.get("CHRONIK_EVENTS_GOLD")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3] / "tests" / "data" / "events"


def load_gold(folder: Path | None = None, split: str | None = None) -> list[dict[str, Any]]:
    folder = folder or gold_dir()
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("dewn-*.json"))]
    return [d for d in docs if split is None or d.get("split") == split]


# --- compiling the compact annotation file --------------------------------------------------------

_SENT_END = re.compile(r"[.!?][“\"»]?\s+(?=[A-ZÄÖÜ„\"])|\n\n")


def _occurrences(text: str, surface: str) -> list[int]:
    pattern = r"(?<!\w)" + re.escape(surface) + r"(?!\w)"
    return [m.start() for m in re.finditer(pattern, text)]


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for m in _SENT_END.finditer(text):
        bounds.append((start, m.end()))
        start = m.end()
    bounds.append((start, len(text)))
    return bounds


def _nearest(text: str, surface: str, anchor: int, where: str) -> list[int]:
    hits = _occurrences(text, surface)
    if not hits:
        raise ValueError(f"{where}: {surface!r} not in text")
    sent = next((b for b in _sentence_bounds(text) if b[0] <= anchor < b[1]), (0, len(text)))

    def cost(pos: int) -> tuple[int, int]:
        return (0 if sent[0] <= pos < sent[1] else 1, abs(pos - anchor))

    best = min(hits, key=cost)
    return [best, best + len(surface)]


def _parse_refs(text: str, field_text: str, anchor: int, where: str) -> list[dict[str, Any]]:
    refs = []
    for part in field_text.split(";"):
        part = part.strip()
        if not part or part == "-":
            continue
        surface, _, name = part.partition("=")
        refs.append({"span": _nearest(text, surface.strip(), anchor, where), "name": (name or surface).strip()})
    return refs


def parse_annotations(source: str, articles: dict[str, dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Compile the line format of ``tests/data/events/annotations.txt`` into gold event records."""
    out: dict[str, list[dict[str, Any]]] = {}
    quantified: set[str] = set()  # articles whose event quantities were annotated ("q:" columns or "q: none")
    current: str | None = None
    for lineno, raw in enumerate(source.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            current = line[1:].strip()
            if current not in articles:
                raise ValueError(f"line {lineno}: unknown article {current}")
            out.setdefault(current, [])
            continue
        if current is None:
            raise ValueError(f"line {lineno}: event before any @article")
        if line == "q: none":
            quantified.add(current)
            continue
        text = articles[current]["text"]
        cols = [c.strip() for c in line.split("|")]
        qcols = [c for c in cols[7:] if c.startswith("q:")]
        cols = [c for c in cols if not c.startswith("q:")]
        if qcols:
            quantified.add(current)
        if len(cols) not in (7, 8):
            raise ValueError(f"line {lineno}: expected 7 or 8 columns, got {len(cols)}")
        trig, kind, sources, targets, place, date, modality = cols[:7]
        word, _, nth = trig.partition("#")
        hits = _occurrences(text, word)
        index = int(nth or 1) - 1
        if index >= len(hits):
            raise ValueError(f"line {lineno}: trigger {trig!r} not found in {current}")
        start = hits[index]
        etype, _, mode = kind.partition("/")
        if modality not in MODALITIES:
            raise ValueError(f"line {lineno}: bad modality {modality!r}")
        where = f"line {lineno}"
        places = _parse_refs(text, place, start, where)
        out[current].append(
            {
                "trigger": [start, start + len(word)],
                "trigger_text": word,
                "type": etype,
                "mode": mode or None,
                "source": _parse_refs(text, sources, start, where),
                "target": _parse_refs(text, targets, start, where),
                "place": places[0] if places else None,
                "date": None if date == "-" else date,
                "modality": modality,
                "reported": len(cols) == 8 and cols[7] == "reported",
                "quantities": [
                    {"span": ref["span"], "text": ref["name"]}
                    for qcol in qcols
                    for ref in _parse_refs(text, qcol[2:], start, where)
                ],
            }
        )
    for art_id, events in out.items():
        events.sort(key=lambda e: e["trigger"][0])
        if art_id not in quantified:
            for ev in events:
                del ev["quantities"]
    return out


# --- scoring ---------------------------------------------------------------------------------------


def _norm(name: str) -> str:
    return " ".join(re.sub(r"[^\w\s-]", " ", name.casefold()).split())


def names_agree(a: str, b: str) -> bool:
    a, b = _norm(a), _norm(b)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return " " not in short and long_.endswith(" " + short)


def actor_matches(gold: dict[str, Any], entity: Any) -> bool:
    if entity is None:
        return False
    g_start, g_end = gold["span"]
    if any(min(g_end, m_end) > max(g_start, m_start) for m_start, m_end in entity.mentions):
        return True
    return names_agree(gold["name"], entity.name)


def actors_agree(gold: list[dict[str, Any]], system: list[Any]) -> bool:
    if len(gold) != len(system):
        return False
    free = list(system)
    for g in gold:
        hit = next((e for e in free if actor_matches(g, e)), None)
        if hit is None:
            return False
        free.remove(hit)
    return True


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    tp: Counter[str] = field(default_factory=Counter)
    date_n: int = 0
    date_ok: int = 0
    errors: list[str] = field(default_factory=list)
    qty: Counter[str] = field(default_factory=Counter)  # quantity attachment: gold, system, tp pairs
    qty_errors: list[str] = field(default_factory=list)


def _overlap(a: list[int], b: list[int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def score_quantities(gold: dict[str, Any], g: dict[str, Any], document: Any, ev: Any, counts: Counts) -> None:
    """(event, quantity) pairs of one trigger+type match: a gold amount is found when one of the system
    event's quantities overlaps its span (one-to-one). Only articles whose quantities were annotated."""
    if "quantities" not in g:
        return
    system = [document.quantities[k] for k in ev.quantities if 0 <= k < len(document.quantities)]
    free = list(system)
    counts.qty["gold"] += len(g["quantities"])
    counts.qty["system"] += len(system)
    for q in g["quantities"]:
        hit = next((s for s in free if _overlap([s.start, s.end], q["span"])), None)
        if hit is None:
            counts.qty_errors.append(f"{gold['id']} QTY-FN {g['trigger_text']!r} {q['text']!r}")
            continue
        free.remove(hit)
        counts.qty["tp"] += 1
    for s in free:
        counts.qty_errors.append(f"{gold['id']} QTY-FP {g['trigger_text']!r} {s.text!r}")


def score_document(gold: dict[str, Any], document: Any, counts: Counts) -> None:
    entities = {e.id: e for e in document.entities}
    system = list(document.events)
    counts.gold += len(gold["events"])
    counts.system += len(system)
    used: set[int] = set()
    for g in gold["events"]:
        match = None
        for k, ev in enumerate(system):
            if k not in used and ev.type == g["type"] and _overlap(ev.trigger, g["trigger"]):
                match = k
                break
        if match is None:
            counts.errors.append(f"{gold['id']} FN {g['type']} {g['trigger_text']!r}")
            continue
        used.add(match)
        ev = system[match]
        counts.tp["trigger"] += 1
        roles = actors_agree(g["source"], [entities.get(a) for a in ev.source]) and actors_agree(
            g["target"], [entities.get(a) for a in ev.target]
        )
        place_ok = ev.place is None if g["place"] is None else actor_matches(g["place"], entities.get(ev.place or ""))
        date_ok = g["date"] is None or ev.date == g["date"]
        if g["date"] is not None:
            counts.date_n += 1
            counts.date_ok += ev.date == g["date"]
        counts.tp["roles"] += roles
        counts.tp["place"] += roles and place_ok
        counts.tp["date"] += roles and place_ok and date_ok
        counts.tp["modality"] += ev.modality == g["modality"]
        counts.tp["reported"] += bool(getattr(ev, "reported", False)) == g["reported"]
        counts.tp["mode"] += (ev.mode or None) == g["mode"]
        score_quantities(gold, g, document, ev, counts)
        if roles and not place_ok:
            sys_place = entities[ev.place].name if ev.place in entities else None
            gold_place = g["place"]["name"] if g["place"] else None
            counts.errors.append(f"{gold['id']} PLACE {g['trigger_text']!r} gold {gold_place} sys {sys_place}")
        if g["date"] is not None and ev.date != g["date"]:
            how = getattr(ev, "date_source", None)
            counts.errors.append(f"{gold['id']} DATE {g['trigger_text']!r} gold {g['date']} sys {ev.date} ({how})")
        if g["modality"] != ev.modality:
            counts.errors.append(f"{gold['id']} MOD {g['trigger_text']!r} gold {g['modality']} sys {ev.modality}")
        if not roles:
            src = [entities[a].name for a in ev.source if a in entities]
            tgt = [entities[a].name for a in ev.target if a in entities]
            gs = [a["name"] for a in g["source"]]
            gt = [a["name"] for a in g["target"]]
            counts.errors.append(f"{gold['id']} ROLES {g['trigger_text']!r} gold {gs}→{gt} sys {src}→{tgt}")
    for k, ev in enumerate(system):
        if k not in used:
            counts.errors.append(f"{gold['id']} FP {ev.type} {document.text[ev.trigger[0] : ev.trigger[1]]!r}")


def score_split(docs: list[dict[str, Any]]) -> Counts:
    from chronik.analysis import Article, analyze_articles

    counts = Counts()
    articles = [
        Article(
            text=d["text"], title=d["title"], published=date.fromisoformat(d["date"]) if d["date"] else None, id=d["id"]
        )
        for d in docs
    ]
    for gold, document in zip(docs, analyze_articles(articles), strict=True):
        score_document(gold, document, counts)
    return counts


def evaluate(data_dir: Path, limit: int | None = None) -> list[Table]:
    del data_dir  # the event gold ships with the repository
    main = Table(
        "Events: PLOVER coding on German Wikinews (chronik gold)",
        ["split", "docs", "gold", "system", "level", "P", "R", "F1"],
    )
    extra = Table(
        "Events: attribute accuracy on trigger+type matches",
        ["split", "matched", "mode acc", "date acc (gold dated)", "dated", "modality acc", "reported acc"],
    )
    qty = Table(
        "Events: quantity attachment, (event, quantity) pairs on trigger+type matches",
        ["split", "matched", "gold pairs", "system pairs", "P", "R", "F1"],
    )
    details = Table("Events: quantity attachment errors (dev only)", ["error"])
    for split in SPLITS:
        docs = load_gold(split=split)
        if limit:
            docs = docs[:limit]
        c = score_split(docs)
        q_tp, q_gold, q_sys = c.qty["tp"], c.qty["gold"], c.qty["system"]
        qty.rows.append([split, c.tp["trigger"], q_gold, q_sys, *prf(q_tp, q_sys - q_tp, q_gold - q_tp)])
        if split == "dev":
            details.rows.extend([e] for e in c.qty_errors)
        for level, key in (
            ("trigger+type", "trigger"),
            ("type+source+target", "roles"),
            ("+ place", "place"),
            ("+ date", "date"),
        ):
            tp = c.tp[key]
            main.rows.append([split, len(docs), c.gold, c.system, level, *prf(tp, c.system - tp, c.gold - tp)])
        matched = c.tp["trigger"]
        extra.rows.append(
            [
                split,
                matched,
                c.tp["mode"] / matched if matched else 0.0,
                c.date_ok / c.date_n if c.date_n else 0.0,
                c.date_n,
                c.tp["modality"] / matched if matched else 0.0,
                c.tp["reported"] / matched if matched else 0.0,
            ]
        )
    main.note = "gold: tests/data/events (30 dev / 10 test articles); rules were developed on dev only"
    return [main, extra, qty, details]
