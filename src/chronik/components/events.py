"""spaCy component ``chronik_events``: PLOVER event coding for German news.

For every trigger (a verb lemma or an event noun from ``lang/<lang>/event_triggers.tsv``) one
:class:`~chronik.document.Event` is written to ``doc._.events``:

* **type/mode** from the lexicon; separable verbs are matched with their particle ("traf … ein"),
  event nouns also as the head of a compound ("Antrittsbesuch", "Massenfestnahmen");
* **one event per predicate**: an event noun that is the object of a verb trigger, or that repeats the
  verb's type in its clause ("Auf einer Großdemonstration … demonstrierten"), is not coded again;
* **source/target** from the clause: prepositions decide roles ("mit/gegen/an/auf X" → target,
  passive "von X" → source), otherwise the first bare actor is the subject (the target in the passive);
  coordinated actors share a role; "die beiden" takes the last two actors; entity ids come from the
  entities component (its coreference gives pronouns and titles their person);
* **place**: a place after a place preposition in the clause, else the place in focus (the last event's);
* **date**: the clause's own DATE timex, else the date in focus, else the publication date
  (``date_source`` says which);
* **modality** (hypothetical > negated > planned > asserted) from the clause's cue words
  (``event_modality.json``); ``reported`` marks events inside quotes or with reporting cues;
* **quantities** of kind count/money inside the clause.

Everything degrades to surface rules: clauses come from punctuation and clause openers, lemmas from
the model or ``simplemma``; with no entities the actors stay empty.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from chronik.document import Entity, Event
from chronik.pipeline import register_extensions
from chronik.text import LANG_DIR

ACTOR_LABELS = frozenset({"PER", "ORG", "LOC"})
PLACE_KINDS = frozenset({"country", "admin1", "city", "site"})
QUANTITY_KINDS = frozenset({"count", "money"})
# Quote marks are not clause boundaries: quoted names and slogans sit inside clauses.
PUNCT_BOUNDARY = frozenset({",", ";", ":", "–", "—", "(", ")"})
# A noun in a PP headed by one of these, in a clause with an event verb, is that verb's complement
# ("forderte … zu Verhandlungen auf", "ging gegen die Proteste vor").
COMPLEMENT_PREPS = frozenset({"zu", "zum", "zur", "über", "gegen"})
PLURAL_ENDINGS = ("en", "n", "es", "s", "e")


# --- data -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Trigger:
    lemma: str
    type: str
    mode: str | None
    pos: str  # verb | noun
    particle: str | None
    requires: tuple[str, ...]
    excludes: tuple[str, ...]
    flags: frozenset[str]

    @property
    def base(self) -> str:
        """The verb without its separable particle ("treffen" for "eintreffen")."""
        if self.particle and self.lemma.startswith(self.particle):
            return self.lemma[len(self.particle) :]
        return self.lemma


@dataclass
class Lexicon:
    verbs: dict[str, list[Trigger]] = field(default_factory=dict)  # full lemma → entries
    nouns: dict[str, Trigger] = field(default_factory=dict)  # noun (lower-cased) → entry
    cues: dict[str, frozenset[str]] = field(default_factory=dict)

    def cue(self, key: str) -> frozenset[str]:
        return self.cues.get(key, frozenset())


def _split(cell: str) -> tuple[str, ...]:
    return tuple(s.strip() for s in cell.split(",") if s.strip()) if cell != "-" else ()


@lru_cache(maxsize=4)
def lexicon(lang: str = "de") -> Lexicon:
    folder = LANG_DIR / lang
    lex = Lexicon()
    path = folder / "event_triggers.tsv"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            lemma, etype, mode, pos, particle, requires, excludes, flags = line.split("\t")
            trig = Trigger(
                lemma=lemma,
                type=etype,
                mode=None if mode == "-" else mode,
                pos=pos,
                particle=None if particle == "-" else particle,
                requires=_split(requires),
                excludes=_split(excludes),
                flags=frozenset(_split(flags)),
            )
            if pos == "verb":
                lex.verbs.setdefault(lemma, []).append(trig)
            else:
                lex.nouns[lemma.casefold()] = trig
    cue_path = folder / "event_modality.json"
    if cue_path.exists():
        raw = json.loads(cue_path.read_text(encoding="utf-8"))
        lex.cues = {k: frozenset(v) for k, v in raw.items() if isinstance(v, list)}
    return lex


@lru_cache(maxsize=65536)
def _simplemma(word: str, lang: str) -> str:
    try:
        import simplemma
    except ImportError:  # the lexicon's surface forms still work
        return word
    return str(simplemma.lemmatize(word, lang=lang))


def lemma_of(tok: Token, lang: str) -> str:
    """The model's lemma when there is one, else simplemma's."""
    model = tok.lemma_
    if model and model != tok.text:
        return model
    return _simplemma(tok.text, lang)


# --- clauses --------------------------------------------------------------------------------------


def _is_verbish(tok: Token, lex: Lexicon, lang: str) -> bool:
    if tok.doc.has_annotation("POS") and tok.pos_ in ("VERB", "AUX"):
        return True
    text = tok.text
    if not text.isalpha() or not text.islower() or text in lex.cue("function_words"):
        return False
    return lemma_of(tok, lang).endswith("n")


def _enum_like(toks: list[Token], lex: Lexicon) -> bool:
    """A comma segment that only continues a list of names or an apposition ("Mulu Ketsela")."""
    fillers = lex.cue("np_filler") | lex.cue("group_joiners")
    words = [t for t in toks if not t.is_punct and not t.is_space]
    if not words:
        return True
    for t in words:
        low = t.text.lower()
        if t.text[:1].isupper() or low in fillers or t.like_num:
            continue
        if low.endswith(("e", "en", "er", "es", "em")) and low not in lex.cue("function_words"):
            continue  # a prenominal adjective
        return False
    return True


def clauses(sent: list[Token], lex: Lexicon, lang: str) -> list[list[Token]]:
    """Split a sentence into clauses at punctuation and clause openers, re-joining name lists."""
    segments: list[list[Token]] = [[]]
    openers = lex.cue("clause_openers")
    relatives = lex.cue("relative_pronouns")
    for k, tok in enumerate(sent):
        if tok.text in PUNCT_BOUNDARY or tok.text in {";"}:
            if segments[-1]:
                segments.append([])
            continue
        prev = sent[k - 1].text if k else ""
        low = tok.text.lower()
        nxt = sent[k + 1] if k + 1 < len(sent) else None
        is_relative = low in relatives and prev == "," and nxt is not None and not nxt.text[:1].isupper()
        if segments[-1] and prev in {",", "und"} and (low in openers or is_relative) and low != "und":
            segments.append([])
        segments[-1].append(tok)
    segments = [s for s in segments if s]
    merged: list[list[Token]] = []
    for seg in segments:
        if merged and (_enum_like(seg, lex) or not any(_is_verbish(t, lex, lang) for t in merged[-1])):
            if seg[0].text.lower() not in openers:
                merged[-1].extend(seg)
                continue
        merged.append(list(seg))
    return merged


# --- triggers -------------------------------------------------------------------------------------


@dataclass
class Hit:
    tok: Token
    trigger: Trigger
    clause: int  # index into the sentence's clauses


def _words_match(clause: list[Token], words: tuple[str, ...], lang: str) -> bool:
    for w in words:
        if w.startswith("<"):
            continue
        wl = w.lower()
        for t in clause:
            for form in (t.text.lower(), lemma_of(t, lang).lower()):
                if form == wl or (len(wl) >= 4 and form.endswith(wl)):
                    return True
    return False


def _preceded_by(tok: Token, words: tuple[str, ...], lex: Lexicon) -> bool:
    wanted = {w[1:] for w in words if w.startswith("<")}
    if not wanted:
        return False
    i = tok.i - 1
    while i >= 0 and tok.doc[i].text.lower() in lex.cue("np_filler"):
        i -= 1
    return i >= 0 and tok.doc[i].text in wanted


def _allowed(trig: Trigger, tok: Token, clause: list[Token], lex: Lexicon, lang: str) -> bool:
    if trig.requires and not _words_match(clause, trig.requires, lang):
        return False
    plain = tuple(w for w in trig.excludes if not w.startswith("<"))
    if plain and _words_match(clause, plain, lang):
        return False
    return not _preceded_by(tok, trig.excludes, lex)


def _separated_particle(clause: list[Token], lex: Lexicon) -> Token | None:
    """A verb particle closing the clause ("traf … ein.")."""
    words = [t for t in clause if not t.is_punct and not t.is_space]
    if len(words) < 2:
        return None
    last = words[-1]
    # surface position decides: the trained parser is not reliable enough on particles yet
    return last if last.text in lex.cue("particles") else None


def _noun_trigger(tok: Token, lex: Lexicon, lang: str) -> Trigger | None:
    text = tok.text
    keys = [text.casefold(), lemma_of(tok, lang).casefold()]
    keys += [text.casefold()[: -len(e)] for e in PLURAL_ENDINGS if text.casefold().endswith(e)]
    for key in keys:
        if key in lex.nouns:
            return lex.nouns[key]
    # compound head: the longest lexicon noun the word ends with ("Antrittsbesuch" → Besuch)
    lemma = lemma_of(tok, lang).casefold()
    best: Trigger | None = None
    for noun, trig in lex.nouns.items():
        if "nocompound" in trig.flags or len(noun) < 4:
            continue
        for form in (lemma, *keys[2:], text.casefold()):
            prefix = form[: -len(noun)] if form.endswith(noun) else None
            if prefix and (len(prefix) >= 3 or prefix.endswith("-")):
                if best is None or len(noun) > len(best.lemma):
                    best = trig
    return best


def _sentence_particle(tok: Token, lex: Lexicon) -> Token | None:
    """A particle closing the sentence after an embedded clause ("griffen …, die …, das Haus an.")."""
    words = [t for t in tok.sent if not t.is_punct and not t.is_space]
    if not words or words[-1].i <= tok.i + 1 or words[-1].text not in lex.cue("particles"):
        return None
    return words[-1]


def _attributive(tok: Token, lang: str, name_spans: list[tuple[int, int]]) -> bool:
    """ "den geforderten Reformen", "von verbotenen Gegenständen": a participle used as an adjective."""
    doc = tok.doc
    if tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
    if not prev.text.islower() or not nxt.text[:1].isupper() or _inside(nxt, name_spans):
        return False
    return tok.text.endswith(("e", "en", "er", "es", "em")) and lemma_of(tok, lang) != tok.text


def _verb_triggers(tok: Token, clause: list[Token], lex: Lexicon, lang: str) -> list[Trigger]:
    lemma = lemma_of(tok, lang).lower()
    forms = [lemma, tok.text.lower()]
    particle = _separated_particle(clause, lex) or _sentence_particle(tok, lex)
    if particle is not None and particle.i > tok.i + 1:
        full = particle.text + lemma
        return [t for t in lex.verbs.get(full, [])]
    found: list[Trigger] = []
    for form in forms:
        found.extend(t for t in lex.verbs.get(form, []) if t not in found)
    return found


def _inside(tok: Token, spans: list[tuple[int, int]]) -> bool:
    return any(s <= tok.idx < e for s, e in spans)


def find_triggers(sent_clauses: list[list[Token]], lex: Lexicon, lang: str, name_spans: list[tuple[int, int]]) -> list[Hit]:
    hits: list[Hit] = []
    for ci, clause in enumerate(sent_clauses):
        for tok in clause:
            if not tok.is_alpha and "-" not in tok.text:
                continue
            if _inside(tok, name_spans):
                continue
            candidates: list[Trigger] = []
            if tok.text[:1].isupper():
                noun = _noun_trigger(tok, lex, lang)
                if noun is not None:
                    candidates.append(noun)
            if tok.text[:1].islower() and not _attributive(tok, lang, name_spans):
                candidates.extend(_verb_triggers(tok, clause, lex, lang))
            for trig in candidates:
                if _allowed(trig, tok, clause, lex, lang):
                    hits.append(Hit(tok, trig, ci))
                    break
    return _one_per_predicate(hits, sent_clauses, lex)


def _pp_of(tok: Token, clause: list[Token], lex: Lexicon) -> str | None:
    """The preposition of the PP a noun sits in ("bei einem Anschlag" → "bei"), else None."""
    preps = lex.cue("prep_target") | lex.cue("prep_agent") | lex.cue("prep_place") | lex.cue("prep_other")
    i = tok.i - 1
    steps = 0
    while i >= clause[0].i and steps < 5:
        low = tok.doc[i].text.lower()
        if low in preps:
            return low
        if low in lex.cue("np_filler") or (low.islower() and low.endswith(("e", "en", "er", "es", "em"))):
            i -= 1
            steps += 1
            continue
        break
    return None


def _nested_in_noun(h: Hit, nouns: list[Hit]) -> bool:
    """ "Bereitschaft zur Aufnahme von Verhandlungen": a noun complement of an earlier event noun."""
    for o in nouns:
        if o is h or o.clause != h.clause or not (0 < h.tok.i - o.tok.i <= 6):
            continue
        between = [t.text.lower() for t in h.tok.doc[o.tok.i + 1 : h.tok.i]]
        if any(w in ("zu", "zum", "zur", "von", "vom", "für", "über") for w in between):
            return True
    return False


def _in_pp(tok: Token, clause: list[Token], lex: Lexicon) -> bool:
    """Whether a noun sits in a prepositional phrase ("bei einem Anschlag")."""
    preps = lex.cue("prep_target") | lex.cue("prep_agent") | lex.cue("prep_place") | lex.cue("prep_other")
    i = tok.i - 1
    steps = 0
    while i >= clause[0].i and steps < 5:
        low = tok.doc[i].text.lower()
        if low in preps:
            return True
        if low in lex.cue("np_filler") or (low.islower() and low.endswith(("e", "en", "er", "es", "em"))):
            i -= 1
            steps += 1
            continue
        break
    return False


def _one_per_predicate(hits: list[Hit], sent_clauses: list[list[Token]], lex: Lexicon) -> list[Hit]:
    keep: list[Hit] = []
    for h in hits:
        same = [o for o in hits if o.clause == h.clause and o is not h]
        verbs = [o for o in same if o.trigger.pos == "verb" and "weak" not in o.trigger.flags]
        if h.trigger.pos == "noun":
            clause = sent_clauses[h.clause]
            if any(v.trigger.type == h.trigger.type or "cancel" in v.trigger.flags for v in verbs):
                continue
            prep = _pp_of(h.tok, clause, lex)
            if verbs and prep is None:
                continue  # the noun is the object of another event verb ("verurteilte den Anschlag")
            if verbs and (prep in COMPLEMENT_PREPS or any(prep in v.trigger.requires for v in verbs)):
                continue  # a prepositional object ("ging auf eine Forderung ein", "rief zum Krieg auf")
            if _nested_in_noun(h, [o for o in hits if o.trigger.pos == "noun"]):
                continue
        elif "weak" in h.trigger.flags:
            if any(o.trigger.pos == "noun" and o.trigger.type == h.trigger.type for o in same):
                continue
        keep.append(h)
    return keep


# --- actors ---------------------------------------------------------------------------------------


@dataclass
class MentionRef:
    entity: Entity
    start: int  # char offsets
    end: int
    tok_start: int
    tok_end: int


def _mention_index(doc: Doc) -> list[MentionRef]:
    refs: list[MentionRef] = []
    for ent in doc._.entities or []:
        if ent.label not in ACTOR_LABELS:
            continue
        for start, end in ent.mentions:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            refs.append(MentionRef(ent, start, end, span.start, span.end))
    refs.sort(key=lambda r: (r.start, -r.end))
    return refs


def _prep_before(doc: Doc, tok_start: int, lo: int, lex: Lexicon) -> str | None:
    """The preposition heading the noun phrase that starts at ``tok_start`` (None if bare)."""
    i = tok_start - 1
    steps = 0
    preps = lex.cue("prep_target") | lex.cue("prep_agent") | lex.cue("prep_place") | lex.cue("prep_other")
    while i >= lo and steps < 6:
        t = doc[i]
        low = t.text.lower()
        if low in preps:
            return low
        if low in lex.cue("np_filler") or t.like_num:
            i -= 1
            steps += 1
            continue
        if t.text[:1].isupper() and t.is_alpha:  # a title word before the name ("Präsident")
            i -= 1
            steps += 1
            continue
        if low.isalpha() and low.endswith(("e", "en", "er", "es", "em")) and low not in lex.cue("function_words"):
            i -= 1
            steps += 1
            continue
        return None
    return None


def _is_place(ent: Entity) -> bool:
    return ent.label == "LOC"


def _groups(refs: list[MentionRef], doc: Doc, lex: Lexicon) -> list[list[MentionRef]]:
    """Mentions joined by "und", commas or brackets, with only titles/articles between them."""
    groups: list[list[MentionRef]] = []
    joiners = lex.cue("group_joiners")
    fillers = lex.cue("np_filler")
    for ref in refs:
        if groups:
            last = groups[-1][-1]
            gap = [t for t in doc[last.tok_end : ref.tok_start] if not t.is_space]
            has_joiner = any(t.text.lower() in joiners for t in gap)
            ok = has_joiner and len(gap) <= 8 and all(
                t.text.lower() in joiners
                or t.text.lower() in fillers
                or t.text[:1].isupper()
                or (t.text.islower() and t.text.endswith(("e", "en", "er", "es", "em")) and t.text not in lex.cue("function_words"))
                for t in gap
            )
            if ok:
                groups[-1].append(ref)
                continue
        groups.append([ref])
    return groups


def _is_passive(clause: list[Token], trig_tok: Token, lex: Lexicon) -> bool:
    if trig_tok.doc.has_annotation("DEP"):
        if any(c.dep_ in ("nsubj:pass", "aux:pass") for c in trig_tok.children):
            return True
    aux = lex.cue("passive_aux")
    has_aux = any(t.text.lower() in aux for t in clause)
    participle = trig_tok.text.lower().startswith("ge") or "ge" in trig_tok.text.lower()[:6]
    return has_aux and participle and trig_tok.text.endswith(("t", "en"))


@dataclass
class Roles:
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    place: str | None = None


def _add(ids: list[str], ent: Entity) -> None:
    if ent.id not in ids:
        ids.append(ent.id)


def _possessor(doc: Doc, trig_tok: Token, refs: list[MentionRef], lex: Lexicon) -> Entity | None:
    """ "sein Besuch", "ihrem Chinabesuch": the last person mentioned before the possessive."""
    i = trig_tok.i - 1
    while i >= 0 and doc[i].text.islower() and doc[i].text not in lex.cue("possessives") and i > trig_tok.i - 4:
        i -= 1
    if i < 0 or doc[i].text.lower() not in lex.cue("possessives"):
        return None
    before = [r for r in refs if r.end <= doc[i].idx and r.entity.label == "PER"]
    if not before or doc[i].idx - before[-1].end > 400:
        return None
    return before[-1].entity


def _both(doc: Doc, clause: list[Token], refs: list[MentionRef], lex: Lexicon) -> list[Entity]:
    """ "die beiden Länder" / "beide": the last two distinct actors before the clause."""
    words = [t.text for t in clause]
    hit = False
    for k, w in enumerate(words):
        if w.lower() in lex.cue("both_words"):
            nxt = words[k + 1] if k + 1 < len(words) else ""
            if nxt in lex.cue("plural_actor_nouns") or not nxt[:1].isupper():
                hit = True
    if not hit:
        return []
    seen: list[Entity] = []
    for r in reversed([r for r in refs if r.end <= clause[0].idx]):
        if r.entity not in seen:
            seen.append(r.entity)
        if len(seen) == 2:
            break
    return list(reversed(seen)) if len(seen) == 2 else []


def assign_roles(doc: Doc, hit: Hit, clause: list[Token], refs: list[MentionRef], lex: Lexicon) -> Roles:
    roles = Roles()
    lo, hi = clause[0].i, clause[-1].i + 1
    trig = hit.tok
    inside = [r for r in refs if r.tok_start >= lo and r.tok_end <= hi and not (r.tok_start <= trig.i < r.tok_end)]
    passive = hit.trigger.pos == "verb" and _is_passive(clause, trig, lex)
    bare_seen = 0
    for group in _groups(inside, doc, lex):
        first = group[0]
        prep = _prep_before(doc, first.tok_start, lo, lex)
        ents = [r.entity for r in group]
        if prep is not None and prep in lex.cue("prep_place") and all(_is_place(e) for e in ents):
            if hit.trigger.type in ("ASSAULT", "THREATEN") and prep in ("auf",):
                for e in ents:
                    _add(roles.target, e)
            elif roles.place is None:
                roles.place = ents[0].id
            continue
        if prep is not None and prep in lex.cue("prep_target"):
            if prep == "mit" and hit.trigger.type == "THREATEN":
                continue
            if prep in ("an", "auf", "am") and all(_is_place(e) for e in ents) and hit.trigger.type not in ("ASSAULT", "ACCUSE"):
                if roles.place is None and prep != "an":
                    roles.place = ents[0].id
                continue
            for e in ents:
                _add(roles.target, e)
            continue
        if prep is not None and prep in lex.cue("prep_agent"):
            agentive = passive or hit.trigger.pos == "noun"
            for e in ents:
                _add(roles.source if agentive else roles.target, e)
            continue
        if prep is not None:
            continue
        # a bare noun phrase: genitive after an event noun, else subject / object by order
        if hit.trigger.pos == "noun" and first.tok_start > trig.i and first.tok_start - trig.i <= 4:
            for e in ents:
                _add(roles.source, e)
            continue
        if all(_is_place(e) for e in ents) and any(e.geo is not None and e.geo.kind in ("city", "site") for e in ents):
            if roles.place is None:
                roles.place = ents[0].id
            continue
        is_subject = bare_seen == 0
        bare_seen += 1
        if hit.trigger.pos == "noun" and _in_pp(trig, clause, lex) and first.tok_start > trig.i:
            continue
        to_source = is_subject != passive
        for e in ents:
            _add(roles.source if to_source else roles.target, e)
    if not roles.source:
        both = _both(doc, clause, refs, lex) if hit.trigger.pos == "verb" else []
        for e in both:
            _add(roles.source, e)
    if not roles.source and hit.trigger.pos == "noun":
        owner = _possessor(doc, trig, refs, lex)
        if owner is not None:
            _add(roles.source, owner)
    roles.target = [t for t in roles.target if t not in roles.source]
    if roles.place in roles.source or roles.place in roles.target:
        roles.place = None
    return roles


# --- modality, date, quantities ------------------------------------------------------------------


def _neg_applies(hit: Hit, clause: list[Token], lex: Lexicon) -> bool:
    neg = lex.cue("negation")
    kein = lex.cue("kein_forms")
    words = [t for t in clause if not t.is_punct]
    for k, t in enumerate(words):
        low = t.text.lower()
        if low not in neg:
            continue
        nxt = words[k + 1] if k + 1 < len(words) else None
        if nxt is not None and nxt.text.lower() in lex.cue("negation_exceptions_next"):
            continue
        if low == "nicht" and nxt is not None and nxt.text.islower() and nxt.i + 2 >= hit.tok.i > nxt.i:
            continue  # "nicht erklärte Streiks": the negation belongs to the adjective
        if hit.trigger.pos == "noun":
            if low in kein:
                if t.i < hit.tok.i and hit.tok.i - t.i <= 3:
                    return True
                continue
            if _in_pp(hit.tok, clause, lex):
                continue
        elif low in kein and t.i > hit.tok.i:
            pass
        return True
    return False


def _conditional_sentence(sent_clauses: list[list[Token]], ci: int, lex: Lexicon) -> bool:
    """The clause opens with "wenn/falls/sollte", or a conditional clause opens the sentence."""
    openers = lex.cue("conditional_openers")
    own = sent_clauses[ci][0].text.lower()
    if own in openers:
        return True
    first = sent_clauses[0][0].text.lower()
    return ci > 0 and first in openers


def _future(clause: list[Token], hit: Hit, lex: Lexicon, lang: str) -> bool:
    aux = lex.cue("future_aux")
    if not any(t.text.lower() in aux for t in clause):
        return False
    words = [t for t in clause if t.is_alpha]
    if not words:
        return False
    last = words[-1]
    if last.text.lower() in aux:
        last = words[-2] if len(words) > 1 else last
    low = last.text.lower()
    return low.islower() and low.endswith("n") and _simplemma(low, lang) == low and not low.startswith("ge")


def _reportative_soll(clause: list[Token], lex: Lexicon) -> bool:
    """ "soll … beteiligt gewesen sein": hearsay about the past, not a plan."""
    words = [t.text.lower() for t in clause if t.is_alpha]
    return bool(set(words) & lex.cue("modal_soll")) and bool(words) and words[-1] in lex.cue("perfect_aux")


def modality(hit: Hit, sent_clauses: list[list[Token]], lex: Lexicon, lang: str) -> tuple[str, bool]:
    """(modality, hearsay) for one trigger."""
    clause = sent_clauses[hit.clause]
    words = {t.text.lower() for t in clause}
    context = set(words)
    # a zu-infinitive clause inherits the cues of the clause it depends on ("plant, … zu treffen")
    if hit.clause > 0 and any(t.text.lower() == "zu" for t in clause):
        context |= {t.text.lower() for t in sent_clauses[hit.clause - 1]}
    following = sent_clauses[hit.clause + 1] if hit.clause + 1 < len(sent_clauses) else None
    hearsay = _reportative_soll(clause, lex)
    if _conditional_sentence(sent_clauses, hit.clause, lex) or words & lex.cue("hypothetical"):
        return "hypothetical", hearsay
    if following is not None and following[0].text.lower() in {"wenn", "falls", "sofern"} and context & lex.cue("planned"):
        return "hypothetical", hearsay
    if _neg_applies(hit, clause, lex):
        return "negated", hearsay
    if hearsay:
        return "asserted", True
    planned = context & lex.cue("planned")
    if planned or words & lex.cue("modal_soll") or _future(clause, hit, lex, lang):
        return "planned", False
    return "asserted", False


def _timex_day(value: str) -> str | None:
    """A TIMEX3 DATE value cut to the date part; None for values that are not calendar dates."""
    if not re.match(r"^\d{4}", value):
        return None
    return value.split("T")[0]


def clause_date(doc: Doc, clause: list[Token]) -> str | None:
    lo, hi = clause[0].idx, clause[-1].idx + len(clause[-1].text)
    for tx in doc._.timexes or []:
        if tx.type in ("DATE", "TIME") and lo <= tx.start and tx.end <= hi:
            text_before = doc.text[max(lo, tx.start - 6) : tx.start].lower()
            if "bis" in text_before.split():
                continue  # "bis zum 1. Juli": an end point, not the event's date
            day = _timex_day(tx.value)
            if day:
                return day
    return None


def is_reported(doc: Doc, hit: Hit, clause: list[Token], lex: Lexicon) -> bool:
    for q in doc._.quotes or []:
        if q.start <= hit.tok.idx < q.end:
            return True
    return bool({t.text.lower() for t in clause} & lex.cue("reported"))


def clause_quantities(doc: Doc, clause: list[Token]) -> list[int]:
    lo, hi = clause[0].idx, clause[-1].idx + len(clause[-1].text)
    return [k for k, q in enumerate(doc._.quantities or []) if q.kind in QUANTITY_KINDS and lo <= q.start and q.end <= hi]


# --- the component --------------------------------------------------------------------------------


def _sentences(doc: Doc) -> list[list[Token]]:
    """The non-empty sentences, as in ``Document.sentences``."""
    out = []
    for sent in doc.sents:
        toks = [t for t in sent if not t.is_space]
        if toks:
            out.append(toks)
    return out


def extract_events(doc: Doc, lang: str = "de") -> list[Event]:
    lex = lexicon(lang)
    if not lex.verbs and not lex.nouns:
        return []
    refs = _mention_index(doc)
    name_spans = [(r.start, r.end) for r in refs if r.entity.label in ("PER", "ORG")]
    published = str(doc._.published)[:10] if doc._.published else None
    events: list[Event] = []
    focus_place: str | None = None
    focus_date: str | None = None
    for si, sent in enumerate(_sentences(doc)):
        sent_clauses = clauses(sent, lex, lang)
        for hit in find_triggers(sent_clauses, lex, lang, name_spans):
            clause = sent_clauses[hit.clause]
            roles = assign_roles(doc, hit, clause, refs, lex)
            if roles.place is not None:
                focus_place = roles.place
            place = roles.place or focus_place
            own_date = clause_date(doc, clause)
            if own_date:
                date, date_source = own_date, "timex"
                focus_date = own_date
            elif focus_date:
                date, date_source = focus_date, "focus"
            else:
                date, date_source = published, ("published" if published else None)
            mod, hearsay = modality(hit, sent_clauses, lex, lang)
            start = hit.tok.idx
            events.append(
                Event(
                    id=f"ev{len(events) + 1}",
                    type=hit.trigger.type,  # type: ignore[arg-type]  # the lexicon only holds PLOVER types
                    mode=hit.trigger.mode,
                    trigger=[start, start + len(hit.tok.text)],
                    sentence=si,
                    source=roles.source,
                    target=roles.target,
                    place=place,
                    date=date,
                    modality=mod,  # type: ignore[arg-type]
                    quantities=clause_quantities(doc, clause),
                    date_source=date_source,
                    reported=hearsay or is_reported(doc, hit, clause, lex),
                    lemma=hit.trigger.lemma,
                )
            )
    return events


class EventCoder:
    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = extract_events(doc, self.lang)
        return doc


@Language.factory("chronik_events")
def make_events(nlp: Language, name: str) -> EventCoder:
    register_extensions()
    return EventCoder(nlp.lang)


def lexicon_path(lang: str = "de") -> Path:
    return LANG_DIR / lang / "event_triggers.tsv"
