"""Experiment (twenty-fourth session, not adopted): can a learned model find the event verbs the trigger lexicon lacks?

    python training/experiments/learned_triggers.py

Eighteen blind real-news audits found that most missed events are verbs no row of ``lang/de/event_triggers.tsv`` names
("alarmiert", "entsandten", "verbündeten sich"). This script asks whether a linear model can find and type them. It
labels every verb of the hand-coded real-news gold (the sets ``chronik eval realnews`` reads; texts from the shared
Wikinews corpus, CC BY 2.5): the PLOVER type of the core gold event whose trigger it is (the first type the gold names),
NONE otherwise; verbs of optional gold events are left out. Features: the verb's context vector (the pipeline's
``doc.tensor``), its lemma's subword vector (with its separated particle) and clause facts (own relation and tag,
dependents present, actor subject/object, reflexive, negated, modal). Trained on every set but the four newest blind
audits (43–46, ``audit-2026-12-07c``–``f``), it is measured on those, among all verbs and among the verbs the lexicon
surely lacks (``events._no_verb_trigger``), the only ones such a model would be asked about. The numbers it printed are
in docs/quality.md (Events, twenty-fourth session); the conclusion there: not adopted.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass

import numpy
from spacy.tokens import Token

from chronik.components import events as ev
from chronik.eval import data_dir
from chronik.eval import realnews as rn
from chronik.pipeline import load

HELD_OUT = ("audit-2026-12-07c", "audit-2026-12-07d", "audit-2026-12-07e", "audit-2026-12-07f")
# (audits written after these, if any, are in neither part: the experiment stays as it was run)
LAST_TRAINED = "audit-2026-12-07b"

NONE = "NONE"
# the verb's own dependency relation and tag, one-hot (UD relations, STTS tags: the trained pipeline's label sets)
OWN_DEPS = ("ROOT", "ccomp", "xcomp", "advcl", "acl", "acl:relcl", "conj", "parataxis", "amod", "csubj")
TAGS = ("VVFIN", "VVINF", "VVPP", "VVIZU", "VVIMP", "ADJD", "ADJA")
# relations of the verb's dependents whose presence is a feature
CHILD_DEPS = ("nsubj", "nsubj:pass", "obj", "iobj", "obl", "aux:pass", "compound:prt", "ccomp", "xcomp", "expl:pv")
ACTOR_LABELS = ("PER", "ORG", "LOC", "GPE")


def lemma_with_particle(tok: Token) -> str:
    """The verb's lemma with its separated particle in front ("zogen … zurück" → "zurückziehen")."""
    particle = next((c.lower_ for c in tok.children if c.dep_ == "compound:prt"), "")
    return particle + tok.lemma_.lower()


def _unit(vector: numpy.ndarray) -> numpy.ndarray:  # type: ignore[type-arg]
    norm = float(numpy.linalg.norm(vector))
    return vector / norm if norm else vector


def features(tok: Token) -> numpy.ndarray | None:  # type: ignore[type-arg]
    """The verb's feature vector, or None where the document has no tensor (a pipeline without a trained model)."""
    doc = tok.doc
    tensor = doc.tensor
    if tensor is None or len(tensor.shape) != 2 or tensor.shape[0] != len(doc) or not doc.vocab.vectors.shape[0]:
        return None
    context = _unit(numpy.asarray(tensor[tok.i], dtype="float32"))
    lemma = _unit(numpy.asarray(doc.vocab[lemma_with_particle(tok)].vector, dtype="float32"))
    children = list(tok.children)
    deps = {c.dep_ for c in children}
    subjects = [c for c in children if c.dep_ in ("nsubj", "nsubj:pass")]
    objects = [c for c in children if c.dep_ in ("obj", "iobj", "obl")]
    flags = [
        *(tok.dep_ == d for d in OWN_DEPS),
        tok.dep_ not in OWN_DEPS,
        *(tok.tag_ == t for t in TAGS),
        *(d in deps for d in CHILD_DEPS),
        any(c.ent_type_ in ACTOR_LABELS for c in subjects),
        any(c.ent_type_ in ACTOR_LABELS for c in objects),
        any(c.pos_ == "PRON" for c in subjects),
        any(c.tag_ == "PRF" for c in children),  # reflexive ("verbündeten sich")
        any(c.tag_ == "PTKNEG" for c in children),
        any(c.tag_.startswith("VM") for c in children) or tok.head.tag_.startswith("VM"),
        tok.head.pos_ == "NOUN",
        1.0,
    ]
    return numpy.concatenate([context, lemma, numpy.asarray(flags, dtype="float32")])


_OPTIONAL_LINE = re.compile(r"^\s*(?:- )?O\d+[a-z]? ?\| (.*)$")


@dataclass
class Example:
    set_name: str
    row: numpy.ndarray  # type: ignore[type-arg]
    label: str
    unlisted: bool  # the lexicon surely has no row for the verb (the model's population at run time)
    word: str


def _first_type(line: str) -> str | None:
    cells = [c.strip() for c in line.split(" | ")]
    for cell in cells[1:]:
        words = [rn.TYPE_ALIASES.get(w, w) for w in re.findall(r"\b[A-Z]{3,}\b", cell)]
        typed = [w for w in words if w in rn.TYPES]
        if typed:
            return typed[0]
    return None


def _optional_triggers(gold_text: str) -> dict[str, list[str]]:
    """Article key → the trigger cells of its optional events."""
    found: dict[str, list[str]] = {}
    key = None
    for line in gold_text.splitlines():
        head = rn._ARTICLE_HEAD.match(line)
        if head:
            key = head.group(1) or head.group(2)
            continue
        m = _OPTIONAL_LINE.match(line)
        if m and key is not None:
            found.setdefault(key, []).append(m.group(1).split(" | ")[0])
    return found


def _words(trigger: str) -> set[str]:
    return {w.lower() for f in rn._fragments(trigger) for w in re.findall(r"\w+", f) if len(w) >= 3}


def _marked_tokens(doc, sentences, trigger: str, after: int) -> tuple[list[int], int]:  # type: ignore[no-untyped-def]
    """Indices of the verbs of one gold trigger (one "|" alternative) in the sentence it is located in."""
    probe = rn.GoldEvent("x", [trigger], frozenset(), rn.Role(), rn.Role(), "")
    where = rn.locate(doc.text, sentences, probe, after)
    if where is None:
        return [], after
    start, end = sentences[where]
    words = _words(trigger)
    span = doc.char_span(start, end, alignment_mode="expand")
    return [t.i for t in span if t.pos_ == "VERB" and t.lower_ in words], where


def collect(exclude: list[str]) -> list[Example]:
    nlp = load("de")
    lex = ev.lexicon("de")
    examples: list[Example] = []
    for set_name, path in rn.gold_files().items():
        if any(set_name.startswith(x) for x in exclude):
            continue
        optional = _optional_triggers(path.read_text(encoding="utf-8"))
        pairs = rn.articles_of(set_name, path, data_dir())
        for (gold, _), doc in zip(pairs, nlp.pipe(t for _, t in pairs), strict=True):
            sentences = [(s.start_char, s.end_char) for s in doc.sents]
            labels: dict[int, str] = {}
            after = 0
            for event in gold.events:
                kind = _first_type(event.line)
                if kind is None:
                    continue
                for trigger in event.triggers:
                    marked, where = _marked_tokens(doc, sentences, trigger, after)
                    for i in marked:
                        labels.setdefault(i, kind)
                    after = where if marked else after
            skipped: set[int] = set()
            for trigger in optional.get(gold.key, []):
                skipped.update(_marked_tokens(doc, sentences, trigger, 0)[0])
            for tok in doc:
                if tok.pos_ != "VERB" or (tok.i in skipped and tok.i not in labels):
                    continue
                row = features(tok)
                if row is None:
                    continue
                unlisted = ev._no_verb_trigger(tok, lex, "de")
                examples.append(Example(set_name, row, labels.get(tok.i, NONE), unlisted, tok.text))
    return examples


def fit(
    rows: numpy.ndarray, y: numpy.ndarray, classes: int, l2: float = 1e-3, steps: int = 600
) -> tuple[numpy.ndarray, numpy.ndarray]:  # type: ignore[type-arg]
    """Softmax regression by full-batch Adam (a few thousand rows of a few hundred features)."""
    rng = numpy.random.default_rng(0)
    weights = rng.normal(0, 0.01, (rows.shape[1], classes)).astype("float64")
    bias = numpy.zeros(classes)
    onehot = numpy.eye(classes)[y]
    m = [numpy.zeros_like(weights), numpy.zeros_like(bias)]
    v = [numpy.zeros_like(weights), numpy.zeros_like(bias)]
    rate, beta1, beta2 = 0.05, 0.9, 0.999
    for step in range(1, steps + 1):
        scores = rows @ weights + bias
        scores -= scores.max(axis=1, keepdims=True)
        probs = numpy.exp(scores)
        probs /= probs.sum(axis=1, keepdims=True)
        delta = (probs - onehot) / len(rows)
        grads = [rows.T @ delta + l2 * weights, delta.sum(axis=0)]
        for k, (param, grad) in enumerate(zip((weights, bias), grads, strict=True)):
            m[k] = beta1 * m[k] + (1 - beta1) * grad
            v[k] = beta2 * v[k] + (1 - beta2) * grad * grad
            param -= rate * (m[k] / (1 - beta1**step)) / (numpy.sqrt(v[k] / (1 - beta2**step)) + 1e-8)
    return weights, bias


def _softmax(scores: numpy.ndarray) -> numpy.ndarray:  # type: ignore[type-arg]
    scores = scores - scores.max(axis=1, keepdims=True)
    exp = numpy.exp(scores)
    return exp / exp.sum(axis=1, keepdims=True)  # type: ignore[no-any-return]


def _auc(scores: numpy.ndarray, positive: numpy.ndarray) -> float:  # type: ignore[type-arg]
    pos, neg = scores[positive], scores[~positive]
    return float((pos[:, None] > neg[None, :]).mean()) if len(pos) and len(neg) else float("nan")


def main() -> int:
    examples = collect([])
    train = [e for e in examples if not e.set_name.startswith("audit-") or e.set_name <= LAST_TRAINED]
    held = [e for e in examples if e.set_name.startswith(HELD_OUT)]
    for name, part in (("train", train), ("held-out", held)):
        unlisted = [e for e in part if e.unlisted]
        print(f"{name}: {len(part)} verbs, {sum(e.label != NONE for e in part)} gold triggers; lexicon lacks "
              f"{len(unlisted)} verbs, {sum(e.label != NONE for e in unlisted)} gold triggers of "
              f"{len({e.label for e in unlisted} - {NONE})} types")  # fmt: skip
    labels = (NONE, *sorted({e.label for e in train} - {NONE}))
    x = numpy.stack([e.row for e in train]).astype("float64")
    weights, bias = fit(x, numpy.asarray([labels.index(e.label) for e in train]), len(labels))
    unlisted = [e for e in held if e.unlisted]
    probs = _softmax(numpy.stack([e.row for e in unlisted]) @ weights + bias)
    for threshold in (0.3, 0.5, 0.7):
        best = probs.argmax(axis=1)
        chosen = [
            (e, labels[k])
            for e, k, p in zip(unlisted, best, probs, strict=True)
            if labels[k] != NONE and p[k] >= threshold
        ]
        right = sum(label == e.label for e, label in chosen)
        print(f"typed model, unlisted held-out verbs, threshold {threshold}: {len(chosen)} predicted, {right} right")
    for name, part in (("all verbs", train), ("unlisted verbs", [e for e in train if e.unlisted])):
        w, b = fit(
            numpy.stack([e.row for e in part]).astype("float64"),
            numpy.asarray([e.label != NONE for e in part], dtype=int),
            2,
        )
        p = _softmax(numpy.stack([e.row for e in unlisted]) @ w + b)[:, 1]
        gold = numpy.asarray([e.label != NONE for e in unlisted])
        top = numpy.argsort(-p)
        found = f"top 20 {int(gold[top[:20]].sum())}, top 40 {int(gold[top[:40]].sum())} of {int(gold.sum())}"
        print(f"event/no-event model on {name}: held-out unlisted AUC {_auc(p, gold):.3f}, gold triggers {found}")
    positives = [e for e in train if e.label != NONE]
    kinds = sorted({e.label for e in positives})
    w, b = fit(
        numpy.stack([e.row for e in positives]).astype("float64"),
        numpy.asarray([kinds.index(e.label) for e in positives]),
        len(kinds),
    )
    for name, part in (("all", held), ("unlisted", unlisted)):
        gold_rows = [e for e in part if e.label != NONE]
        guess = (numpy.stack([e.row for e in gold_rows]) @ w + b).argmax(axis=1)
        right = sum(kinds[k] == e.label for k, e in zip(guess, gold_rows, strict=True))
        print(f"type model on the held-out {name} gold verb triggers: {right} / {len(gold_rows)} types right")
    return 0


if __name__ == "__main__":
    sys.exit(main())
