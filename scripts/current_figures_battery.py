"""Recall of the forms that name a current figure alone (``lang/de/actors_current.tsv``, third column).

Each form is put into one of six news frames, after an unrelated sentence (``--bare``) or after a sentence that
names the person in full, and analysed as an article; a form inside a PER entity's mention counts as found.
Run: ``.venv/bin/python scripts/current_figures_battery.py [--bare]`` (prints found / total and the misses).
"""

from __future__ import annotations

import sys

from chronik.analysis import Article, analyze_articles
from chronik.text import lang_rows

FRAMES = (
    "{s} kritisierte den Vorschlag am Montag scharf.",
    "Am Dienstag traf {s} in Brüssel mit Vertretern der Opposition zusammen.",
    "Das sagte {s} der Nachrichtenagentur dpa.",
    "Auch {s} äußerte sich zu dem Streit.",
    "Nach dem Treffen mit {s} reiste die Delegation ab.",
    "Die Regierung von {s} lehnte den Plan ab.",
)


def main(bare: bool) -> None:
    items = []
    for name, _code, alone in lang_rows("de", "actors_current.tsv", strip=True):
        for form in alone.split("|"):
            if form == "-":
                continue
            before = "Die Lage ist angespannt. " if bare else f"{name} ist seit Jahren in der Politik. "
            items.append((name, form, before + FRAMES[len(items) % len(FRAMES)].format(s=form)))
    articles = [Article(text=text, id=str(k)) for k, (_, _, text) in enumerate(items)]
    found, missed = 0, []
    for (name, form, text), doc in zip(items, analyze_articles(articles), strict=True):
        start = text.rindex(form)
        if any(e.label == "PER" and any(a <= start < b for a, b in e.mentions) for e in doc.entities):
            found += 1
        else:
            missed.append(f"{name} | {text.split('. ', 1)[1]}")
    print(f"found {found} / {len(items)}")
    print("\n".join(missed))


if __name__ == "__main__":
    main("--bare" in sys.argv[1:])
