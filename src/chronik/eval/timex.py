"""Temporal expressions against KRAUTS (TimeML) and WikiWarsDE (TIMEX2), TempEval-3 measures.

* strict extent F1: exact character spans;
* relaxed extent F1: spans overlap (one-to-one, in text order);
* value F1: relaxed match and equal value (precision over all system timexes, recall over gold);
* type accuracy: share of relaxed matches with the right TIMEX3 type (KRAUTS only; TIMEX2 has none).

The HeidelTime output shipped with KRAUTS is scored by the same code, side by side. Values are
compared after one canonicalisation applied to both sides: clock times are written ``T08:30``
(KRAUTS gold sometimes has ``T20.30`` or ``T8:30``, which are not ISO 8601).

Run: ``chronik eval timex`` (``python -m chronik.eval.timex --errors Dolomiten-42`` lists errors).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from chronik.eval import Table, Tally, prf
from chronik.timeml import TimeMLText, read

KRAUTS = ("Dolomiten-42", "Dolomiten-100")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    type: str
    value: str


@dataclass
class Counts(Tally):
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def row(self) -> list[object]:
        strict = prf(self.strict, self.system - self.strict, self.gold - self.strict)[2]
        p, r, relaxed = prf(self.relaxed, self.system - self.relaxed, self.gold - self.relaxed)
        vp = self.value / self.system if self.system else 0.0
        vr = self.value / self.gold if self.gold else 0.0
        vf = 2 * vp * vr / (vp + vr) if vp + vr else 0.0
        type_acc = self.type / self.relaxed if self.relaxed else 0.0
        return [self.gold, self.system, strict, p, r, relaxed, vf, type_acc]


COLUMNS = ["gold", "system", "strict F1", "relaxed P", "relaxed R", "relaxed F1", "value F1", "type acc"]

_CLOCK = re.compile(r"T(\d{1,2})[.:](\d{2})")


def canonical(value: str) -> str:
    return _CLOCK.sub(lambda m: f"T{int(m.group(1)):02d}:{m.group(2)}", value.strip())


def spans_of(doc: TimeMLText, tag: str) -> list[Span]:
    out = []
    for t in doc.tags:
        if t.tag != tag or t.end <= t.start:
            continue
        value = t.attrs.get("value", t.attrs.get("val", ""))
        out.append(Span(t.start, t.end, t.attrs.get("type", ""), canonical(value)))
    return out


def compare(gold: list[Span], system: list[Span]) -> tuple[Counts, list[tuple[str, Span | None, Span | None]]]:
    """Counts plus a list of (kind, gold, system) errors for inspection."""
    counts = Counts(gold=len(gold), system=len(system))
    used: set[int] = set()
    errors: list[tuple[str, Span | None, Span | None]] = []
    for g in gold:
        match = None
        for k, s in enumerate(system):
            if k in used or s.end <= g.start or s.start >= g.end:
                continue
            if match is None or (s.start, s.end) == (g.start, g.end):
                match = k
                if (s.start, s.end) == (g.start, g.end):
                    break
        if match is None:
            errors.append(("missed", g, None))
            continue
        used.add(match)
        s = system[match]
        counts.relaxed += 1
        counts.strict += (s.start, s.end) == (g.start, g.end)
        counts.value += s.value == g.value
        counts.type += s.type == g.type
        if s.value != g.value:
            errors.append(("value", g, s))
        elif (s.start, s.end) != (g.start, g.end):
            errors.append(("extent", g, s))
    errors.extend(("spurious", None, s) for k, s in enumerate(system) if k not in used)
    return counts, errors


def _predict(docs: list[TimeMLText]) -> Iterator[list[Span]]:
    from chronik.analysis import Article, analyze_articles
    from chronik.pipeline import build

    nlp = build("de", with_model=False, components=["timex"])
    articles = (Article(text=d.text, published=d.dct) for d in docs)
    for document in analyze_articles(articles, nlp=nlp):
        yield [Span(t.start, t.end, t.type, canonical(t.value)) for t in document.timexes]


def krauts_files(data_dir: Path, subset: str, limit: int | None) -> list[Path]:
    files = sorted((data_dir / "krauts_timeml_de" / "gold" / subset).glob("*.tml"))
    return files[:limit] if limit else files


def wikiwars_files(data_dir: Path, limit: int | None) -> list[Path]:
    files = sorted((data_dir / "wikiwarsde_timex2" / "keyinline").glob("*.key.xml"))
    return files[:limit] if limit else files


def score_krauts(data_dir: Path, subset: str, limit: int | None = None) -> tuple[Counts, Counts, list]:
    """(ours, HeidelTime, our errors) on one KRAUTS subset."""
    files = krauts_files(data_dir, subset, limit)
    golds = [read(f) for f in files]
    ours, heidel = Counts(), Counts()
    errors: list = []
    for f, gold, system in zip(files, golds, _predict(golds), strict=True):
        counts, errs = compare(spans_of(gold, "TIMEX3"), system)
        ours.add(counts)
        errors.extend((f.name, gold, e) for e in errs)
        baseline = read(data_dir / "krauts_timeml_de" / "heideltime_baseline" / subset / f.name)
        if baseline.text != gold.text:
            raise ValueError(f"{f.name}: HeidelTime text differs from gold text")
        heidel.add(compare(spans_of(gold, "TIMEX3"), spans_of(baseline, "TIMEX3"))[0])
    return ours, heidel, errors


def score_wikiwars(data_dir: Path, limit: int | None = None) -> tuple[Counts, list]:
    files = wikiwars_files(data_dir, limit)
    golds = [read(f) for f in files]
    ours = Counts()
    errors: list = []
    for f, gold, system in zip(files, golds, _predict(golds), strict=True):
        # TIMEX2 carries no type: count type as right so the column stays meaningful elsewhere
        gold_spans = spans_of(gold, "TIMEX2")
        counts, errs = compare(gold_spans, system)
        counts.type = 0
        ours.add(counts)
        errors.extend((f.name, gold, e) for e in errs)
    return ours, errors


def evaluate(data_dir: Path, limit: int | None = None) -> list[Table]:
    rows: list[list[object]] = []
    for subset in KRAUTS:
        if not (data_dir / "krauts_timeml_de" / "gold" / subset).is_dir():
            continue
        ours, heidel, _ = score_krauts(data_dir, subset, limit)
        rows.append([f"KRAUTS {subset}", "chronik", *ours.row()])
        rows.append([f"KRAUTS {subset}", "HeidelTime (shipped output)", *heidel.row()])
    if (data_dir / "wikiwarsde_timex2" / "keyinline").is_dir():
        ours_ww, _ = score_wikiwars(data_dir, limit)
        row = ours_ww.row()
        row[-1] = "n/a"
        rows.append(["WikiWarsDE (TIMEX2 val)", "chronik", *row])
    return [
        Table(
            title="Temporal expressions (TempEval-3 measures)",
            columns=["corpus", "system", *COLUMNS],
            rows=rows,
            note="value F1 = relaxed match + equal value; clock times canonicalised to Thh:mm on both sides; "
            "no HeidelTime output ships with WikiWarsDE",
        )
    ]


def _print_errors(data_dir: Path, which: str) -> None:
    if which == "wikiwars":
        _, errors = score_wikiwars(data_dir)
    else:
        _, _, errors = score_krauts(data_dir, which)
    for name, doc, (kind, g, s) in errors:
        ref = g or s
        assert ref is not None
        ctx = doc.text[max(0, ref.start - 40) : ref.end + 20].replace("\n", " ")
        gs = f"{doc.text[g.start : g.end]!r} {g.type} {g.value}" if g else "-"
        ss = f"{doc.text[s.start : s.end]!r} {s.type} {s.value}" if s else "-"
        print(f"{kind:8} {name[:18]:18} dct={doc.dct} gold={gs} | sys={ss} | …{ctx}…")


if __name__ == "__main__":
    from chronik.eval import data_dir as _data_dir

    if len(sys.argv) >= 3 and sys.argv[1] == "--errors":
        _print_errors(_data_dir(), sys.argv[2])
