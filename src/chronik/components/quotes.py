"""Quotations: who said what, as direct, partial, indirect and reported speech.

Surface patterns and lexicons (``lang/<code>/quote_*``) do the work, so the component runs on
a bare tokenizer; a trained model improves it where present (Konjunktiv from ``Mood=Sub``,
the subject of the cue verb from the dependency parse, PER names from ``doc.ents``).

Kinds: ``direct`` is a quotation in quote marks that stands as an utterance of its own,
``partial`` a quoted fragment inside the author's sentence ("nannte die Gespräche „konstruktiv“"),
``indirect`` a paraphrase after a speech frame ("sagte, dass …", "laut X …") or a Konjunktiv
sentence continuing one, ``reported`` a sentence that only reports a speech act
("Die SPD fordert Mindestlöhne.").

Besides ``speaker``/``speaker_text`` a quote may carry ``speaker_span``, ``speaker_resolved`` (the phrase a
pronoun, a relative pronoun or "demnach" stands for) and ``via_span``/``via_text``: the medium or document
that relays the words ("Die Zeitung zitiert X mit den Worten: …" – X speaks, the paper is ``via``).
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.attrs import POS
from spacy.language import Language
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Span, Token

from chronik.components.common import entity_at
from chronik.document import Entity, Quote
from chronik.gazetteer import country_code, first_names
from chronik.gazetteer import role as gazetteer_role
from chronik.quote_marks import CLOSERS, quote_mark_spans
from chronik.text import doc_text, lang_json, token_strings
from chronik.timex_rules import lexicon as timex_lexicon

LANG_DIR = Path(__file__).resolve().parents[1] / "lang"

TERMINAL = frozenset(".!?…")
CLOSING_MARKS = frozenset("“”«‘›")  # German closing quotation marks („…“, »…«, ‚…‘)
SUBJECT_DEPS = frozenset({"nsubj", "sb", "csubj"})  # not nsubj:pass: a passive speech verb's subject is its content
DETERMINER_TAGS = frozenset({"ART", "PPOSAT", "PDAT", "PIAT", "PWAT"})
_VERB_POS = frozenset({int(VERB), int(AUX)})


@lru_cache(maxsize=64)
def _grammar_words(lang: str, key: str) -> tuple[str, ...]:
    """A closed word class of the quote grammar of ``lang`` (``lang/<code>/quote_grammar.json``), for the
    module-level helpers that see a doc but no :class:`QuoteFinder`: the doc's language picks the data."""
    return tuple(lang_json(lang, "quote_grammar.json").get(key, ()))


def _alternation(words: list[str]) -> str:
    """A regex group matching any of ``words``; one that never matches when there are none."""
    return "(" + "|".join(map(re.escape, words)) + ")" if words else "(?!)"


# --- lexicon --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cue:
    lemma: str
    particle: str | None
    role: str  # speech | report | clause


@dataclass
class Lexicon:
    forms: dict[str, list[Cue]] = field(default_factory=dict)  # finite/participle form -> cues
    joined: dict[str, Cue] = field(default_factory=dict)  # particle+form ("mitteilte") -> cue
    lemmas: dict[str, Cue] = field(default_factory=dict)
    konjunktiv: frozenset[str] = frozenset()
    konjunktiv2: frozenset[str] = frozenset()
    verbs_en: frozenset[str] = frozenset()  # verb forms in -en: "X-e" is Konjunktiv I when "X-en" is listed
    cue_nouns: frozenset[str] = frozenset()
    name_nouns: frozenset[str] = frozenset()
    scare: frozenset[str] = frozenset()
    agent_nouns: frozenset[str] = frozenset()  # institutions and offices that speak for themselves
    object_nouns: frozenset[str] = frozenset()  # what is said or criticised, never who says it
    strong_past: set[str] = field(default_factory=set)  # "wies", "sprach": preterites that are never Konjunktiv
    phrases: dict = field(default_factory=dict)
    grammar: dict = field(default_factory=dict)

    def words(self, key: str) -> frozenset[str]:
        return frozenset(self.grammar.get(key, []))


def _weak_forms(lemma: str, particle: str | None, inseparable: tuple[str, ...]) -> list[str]:
    """Regular (weak) German conjugation of a verb, without the separable particle."""
    base = lemma[len(particle) :] if particle else lemma
    stem = base[:-1] if base.endswith(("eln", "ern")) else base[:-2]
    # "antworten" -> "antwortet", "rechnen" -> "rechnet": an -e- keeps the ending audible
    e = "e" if re.search(r"([dt]|chn|[^aeiouäöülrh][mn])$", stem) else ""
    prefix = "" if base.startswith(inseparable) or base.endswith("ieren") else "ge"
    return [stem + e + "t", stem + e + "te", stem + e + "ten", prefix + stem + e + "t", stem + "e", base]


def _strong_forms(lemma: str, particle: str | None, spec: str) -> list[str]:
    base = lemma[len(particle) :] if particle else lemma
    present, past, participle = spec.split("|")
    past_pl = past + ("n" if past.endswith("e") else "en")
    return [present, past, past_pl, participle, base[:-1] if base.endswith("en") else base, base]


@lru_cache(maxsize=4)
def lexicon(lang: str = "de") -> Lexicon:
    folder = LANG_DIR / lang
    lex = Lexicon()
    inseparable = _grammar_words(lang, "inseparable_prefixes")
    path = folder / "quote_cue_verbs.tsv"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            lemma, particle, role, conj = line.split("\t")[:4]
            part = None if particle == "-" else particle
            cue = Cue(lemma, part, role)
            lex.lemmas[lemma] = cue
            forms = _weak_forms(lemma, part, inseparable) if conj == "weak" else _strong_forms(lemma, part, conj)
            if conj != "weak" and not forms[1].endswith("e"):
                lex.strong_past.add(forms[1])
            for form in forms:
                if cue not in lex.forms.setdefault(form, []):
                    lex.forms[form].append(cue)
                if part:
                    lex.joined.setdefault(part + form, cue)
            if part:  # the participle carries the particle: "mitgeteilt", "angekündigt"
                lex.joined.setdefault(part + forms[3], cue)
                lex.joined.setdefault(part + "zu" + forms[-1], cue)
    lex.konjunktiv = _word_list(folder / "quote_konjunktiv.txt")
    lex.konjunktiv2 = _word_list(folder / "quote_konjunktiv2.txt")
    lex.cue_nouns = _word_list(folder / "quote_cue_nouns.txt")
    lex.verbs_en = _word_list(folder / "quote_verb_forms_en.txt") | frozenset(lex.lemmas)
    lex.name_nouns = _word_list(folder / "quote_name_nouns.txt")
    lex.scare = _word_list(folder / "quote_scare_markers.txt")
    lex.agent_nouns = _word_list(folder / "quote_agent_nouns.txt")
    lex.object_nouns = _word_list(folder / "quote_object_nouns.txt")
    for name, attr in (("quote_cue_phrases.json", "phrases"), ("quote_grammar.json", "grammar")):
        p = folder / name
        setattr(lex, attr, json.loads(p.read_text(encoding="utf-8")) if p.exists() else {})
    return lex


def _word_list(path: Path) -> frozenset[str]:
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(s.strip().lower() for s in lines if s.strip() and not s.startswith("#"))


# --- token helpers --------------------------------------------------------------------------


def _organisation_opening(doc: Doc, i: int) -> bool:
    """Token ``i`` is a capitalised preposition that opens a mention of an organisation of the document ("Pro
    Asyl kritisierte, …", "Ohne Grenzen"): the name, not a prepositional phrase."""
    tok = doc[i]
    if not tok.text[:1].isupper():
        return False
    ent = entity_at(doc, tok.idx, tok.idx + len(tok.text))
    return ent is not None and ent.label == "ORG" and any(start == tok.idx for start, _ in ent.mentions)


def _is_cap(tok: Token) -> bool:
    """Capitalised like a German noun or name; a hyphen compound counts by its last part ("documenta-Homepage")."""
    text = tok.text
    return text[:1].isupper() or text[:1].isdigit() or ("-" in text[1:-1] and text.rsplit("-", 1)[1][:1].isupper())


def _is_quote_char(tok: Token) -> bool:
    return tok.text in CLOSERS or tok.text in "“”«»‘’‹›\"'"


def _is_quote_text(text: str) -> bool:
    """:func:`_is_quote_char` on a token's text."""
    return text in CLOSERS or text in "“”«»‘’‹›\"'"


@dataclass
class Frame:
    """A speech frame found in a sentence: the cue tokens and the speaker span (token indexes)."""

    cue: tuple[int, int]
    speaker: tuple[int, int] | None


class QuoteFinder:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._konjunktiv_memo: dict[tuple[int, str], int] = {}  # konjunktiv_kind by (morphology, form), bounded
        self.lex = lexicon(lang)
        g = self.lex
        self.articles = g.words("articles")
        self.pronouns = g.words("speaker_pronouns")
        self.nominative_like = g.words("nominative_like_pronouns")
        self.preps = g.words("prepositions")
        self.subord = g.words("subordinators")
        self.adverbs = g.words("clause_adverbs")
        self.modals = g.words("reportative_modals")
        self.ambiguous_modals = g.words("ambiguous_reportative_modals")
        self.future_words = g.words("future_time_words")
        self.negations = g.words("negations")
        self.correlative_negations = g.words("correlative_negations")
        self.reflexive_status = {k: frozenset(v) for k, v in g.grammar.get("reflexive_status_cues", {}).items()}
        self.institution_kinds = {k: tuple(v) for k, v in g.grammar.get("institution_kinds", {}).items()}
        self.addressee_preps = g.words("addressee_prepositions")
        self.medium_ends = tuple(g.words("medium_word_ends"))
        self.medium_names = g.words("medium_names")
        self.conversation_nouns = g.words("conversation_nouns")
        self.impersonal_cues = g.words("impersonal_cue_lemmas")
        self.possessive_relatives = g.words("possessive_relatives")
        timex_lex = timex_lexicon(lang)
        self.date_words = frozenset(timex_lex["weekdays"]) | frozenset(timex_lex["months"])
        self.aux = g.words("finite_aux")
        self.part_aux = g.words("participle_aux")
        self.perfect_aux = g.words("perfect_infinitive_aux") or self.part_aux
        self.relative = g.words("relative_pronouns")
        self.coordinators = g.words("coordinators")
        self.conditionals = g.words("conditional_conjunctions")
        self.passive_aux = g.words("passive_aux")
        self.indefinite_articles = g.words("indefinite_articles")
        self.locative_preps = g.words("locative_prepositions")
        self.spokes_nouns = tuple(g.grammar.get("spokesperson_nouns", ()))
        self.rejecting_verbs = g.words("rejecting_verbs")
        self.judging_verbs = g.words("judging_verbs")
        self.decision_verbs = g.words("decision_verbs")
        self.reflexive_non_cues = g.words("reflexive_non_cues")
        self.summon_cues = g.words("summon_cue_lemmas")
        self.summon_directions = tuple(tuple(w.split()) for w in g.words("summon_directions"))
        self.feminine_suffixes = g.words("feminine_noun_suffixes")
        self.demand_holders = g.words("demand_holder_words")
        # endings of adjectives and adverbs that a weak tagger reads as names when they open a sentence
        self.adverbial_suffix = re.compile(_alternation(g.grammar.get("adverbial_suffixes", [])) + "$")
        # "englische", "kritischen"
        self.inflected_adjective = re.compile("[a-zäöüß-]+" + _alternation(g.grammar.get("adjective_endings", [])))
        self.oblique = g.words("oblique_starts")
        self.skip_after_verb = g.words("skip_after_verb")
        self.not_konjunktiv = g.words("not_konjunktiv")
        self.name_particles = g.words("name_particles")
        self.no_article_particles = g.words("no_article_particles")
        self.back_title_articles = g.words("back_title_articles")
        self.main_conj = g.words("main_clause_conjunctions")
        self.agent_preps = g.words("passive_agent_preps")
        self.expletives = g.words("expletive_subjects")
        self.focus_particles = g.words("focus_particles")
        self.verb_particles = g.words("meaning_particles")
        self.anaphoric_objects = g.words("anaphoric_objects")
        self.lassen = g.words("lassen_forms")
        self.question_modals = g.words("question_modal_forms")
        self.question_infinitives = g.words("question_infinitives")
        self.accusative_masc = g.words("accusative_masculine_determiners")
        self.naming_cues = g.words("naming_cue_lemmas")
        self.adverbial_openers = g.words("adverbial_clause_openers")
        self.fronted_openers = g.words("fronted_clause_openers")
        self.contrast_adverbs = g.words("contrast_adverbs")
        self.postposed_nach = g.words("postposed_nach_determiners")
        self.possessive_sources = g.words("possessive_sources")
        self.source_preps = g.words("document_source_prepositions")
        self.documents = g.words("document_nouns")
        self.back_references = g.words("source_back_references")
        self.own_cue_preps = g.words("own_cue_noun_prepositions")
        self.quantifiers = g.words("quantifier_pronouns")
        self.reported_preps = {k: frozenset(v) for k, v in g.grammar.get("reported_needs_preposition", {}).items()}
        self.trailing_joiners = g.words("speaker_trailing_joiners")
        self.affiliation_links = g.words("speaker_affiliation_links")
        self.object_speaker_pronouns = g.words("object_speaker_pronouns")
        self.dangling_phrase_ends = g.words("dangling_phrase_ends")
        self.formal_address = g.words("formal_address")
        self.age_nominals = g.words("age_nominals")
        self.subject_only = g.words("subject_only_pronouns")
        self.relative_adverbs = g.words("relative_adverbs")
        self.infinitive_nouns = g.words("infinitive_cue_nouns")
        # closed word classes the rules below test inline (quote_grammar.json), looked up once per language
        self.von = g.words("von_prepositions")
        self.origin_preps = g.words("origin_prepositions")
        self.plain_source_preps = g.words("plain_source_prepositions")
        self.passive_source_preps = g.words("passive_source_prepositions")
        self.in_preps = g.words("in_prepositions")
        self.speaker_adjunct_preps = g.words("speaker_adjunct_prepositions")
        self.comparison_particles = g.words("comparison_particles")
        self.genitive_articles = g.words("genitive_articles")
        self.genitive_definite = g.words("genitive_definite_articles")
        self.dative_articles = g.words("dative_articles")
        self.feminine_oblique_articles = g.words("feminine_oblique_articles")
        self.definite_nominative_articles = g.words("definite_nominative_articles")
        self.indefinite_nominative_articles = g.words("indefinite_nominative_articles")
        self.inflected_indefinite_articles = g.words("inflected_indefinite_articles")
        self.name_particle_articles = g.words("name_particle_articles")
        self.non_object_starts = g.words("non_object_starts")
        self.name_conjunctions = g.words("name_conjunctions")
        self.frame_adverbs = g.words("frame_adverbs")
        self.personal_pronouns = g.words("personal_nominative_pronouns")
        self.continuing_pronouns = g.words("continuing_speaker_pronouns")
        self.continuation_words = g.words("speaker_continuation_words")
        self.third_person_pronouns = g.words("third_person_pronouns")
        self.first_person_pronouns = g.words("first_person_pronouns")
        self.inverted_subject_pronouns = g.words("inverted_subject_pronouns")
        # case-sensitive: a sentence-initial pronoun is capitalised and the tagger may read it as a name
        self.capitalised_subject_pronouns = g.words("capitalised_subject_pronouns")
        # tuples: str.endswith takes them as they are
        self.weak_past_endings = tuple(g.grammar.get("weak_past_endings", ()))
        self.dental_past_endings = tuple(g.grammar.get("dental_weak_past_endings", ()))
        self.sein_konjunktiv = g.words("konjunktiv_sein_forms")
        self.reported_not = {k: frozenset(v) for k, v in g.grammar.get("reported_excluded_words", {}).items()}
        p = g.phrases
        self.colon_nouns = frozenset(p.get("colon_cue_nouns", []))
        self.laut = frozenset(p.get("source_prepositions", []))
        self.zufolge = frozenset(p.get("source_postpositions", []))
        self.nach_nouns = frozenset(p.get("nach_nouns", []))
        self.nach_noun_heads = tuple(p.get("nach_noun_heads", []))
        self.nach_source_words = frozenset(p.get("nach_source_words", []))
        self.own_words = frozenset(p.get("own_words", []))

    # -- lexical tests --

    def nach_noun(self, word: str) -> bool:
        """A noun that makes "nach …" a source: listed, or a compound of a listed head ("Militärangaben")."""
        low = word.lower()
        if low in self.nach_nouns:
            return True
        return word[:1].isupper() and any(low.endswith(h) and len(low) > len(h) + 2 for h in self.nach_noun_heads)

    def cue_of(self, doc: Doc, i: int, end: int) -> tuple[Cue, tuple[int, int]] | None:
        """The speech cue at token ``i`` (with its separable particle), if any."""
        texts, verbs = _cue_strings(doc)  # plain strings first: most tokens are no cue and need no Token object
        text = texts[i]
        if not text[:1].isalpha():
            return None
        low = text.lower()
        if not verbs[i] and low not in self.lex.joined and low not in self.lex.forms:
            return None  # no cue form, and no verb whose lemma could be one
        # (``text`` is the token's text, its first character a letter: tested above on the plain strings)
        if low in self.lex.joined and text[:1].islower():  # "mitteilte"; "Angaben" is a noun
            return self.lex.joined[low], (i, i + 1)
        cues = list(self.lex.forms.get(low, []))
        tok = doc[i]
        if not cues and verbs[i] and tok.lemma_:  # (``verbs[i]``: tagged VERB or AUX)
            cue = self.lex.lemmas.get(tok.lemma_.lower())
            cues = [cue] if cue is not None else []
        if not cues or (text[:1].isupper() and i > 0 and not _sent_start(doc, i)):
            return None  # capitalised mid-sentence: a noun ("das Sagen"), not the verb
        # the lexicon knows verb forms better than the v1 tagger ("rät" as ADP); a participle used as an
        # adjective ("der erklärte Wille", "ist bekannt"), a noun or a particle ("bitte") is not a cue
        if tok.pos_ in ("NOUN", "PROPN", "PART", "INTJ"):
            return None
        if (
            i > 0 and doc[i - 1].lower_ in self.comparison_particles and "Part" in tok.morph.get("VerbForm")
            and (i + 1 >= end or doc[i + 1].text in ",;:.)")
        ):  # fmt: skip
            return None  # "schwächer als erwartet, …", "wie angekündigt": a comparison with no speaker, no frame
        # a separable verb needs its particle later in the clause ("teilte … mit"); with that particle closing the
        # clause a form the tagger calls an adjective is the verb ("strich X heraus")
        adjective = tok.pos_ == "ADJ"
        for cue in sorted(cues, key=lambda c: c.particle is None):
            if adjective and (cue.particle is None or (i > 0 and doc[i - 1].text.lower() == cue.particle)):
                continue
            if cue.particle is None:
                if cue.lemma == "heißen":  # only "heißt es" / "hieß es" frames speech
                    near = {doc[k].text.lower() for k in range(max(0, i - 1), min(end, i + 2))}
                    if "es" not in near:
                        continue
                if self._other_particle(doc, i, end):
                    continue  # "sagte das Treffen ab", "drangen in den Luftraum ein": another verb
                if cue.lemma in self.reflexive_non_cues and self._reflexive_clause(doc, i, end):
                    continue  # "Auf der Seite befinden sich keine Informationen": a place, no finding
                if cue.lemma in self.summon_cues and self._summoning_clause(doc, i, end):
                    continue  # "wurde ins Außenministerium zitiert": summoned there, not quoted
                return cue, (i, i + 1)
            if i > 0 and doc[i - 1].text.lower() == cue.particle:  # verb-final: "wie X bekannt gab"
                return cue, (i - 1, i + 1)
            k = i + 1
            while k < end:
                t = doc[k].text
                if t == "," and k > i + 1 and (k == i + 2 or _is_cap(doc[k - 1])):
                    close = self._apposition_end(doc, k, end)
                    if close is not None:  # "ging X, die Anwältin der Frau, davon aus"
                        k = close + 1
                        continue
                if _is_quote_char(doc[k]) and t not in CLOSING_MARKS and doc[k - 1].lower_ == "als":
                    close = _short_quote_end(doc, k, end)
                    if close:  # "wies die Vorwürfe als „haltlos“ zurück": a short predicative quotation
                        k = close
                        continue
                if t in ",;:" or _is_quote_char(doc[k]) or t in TERMINAL:
                    break
                if t.lower() == cue.particle and _closes_clause(doc, k + 1, end):
                    return cue, (i, k + 1)
                k += 1
        return None

    def _reflexive_clause(self, doc: Doc, i: int, end: int) -> bool:
        """ "sich" stands in the clause of the verb at ``i`` (between the nearest commas or colons)."""
        return any(doc[m].lower_ == "sich" for m in _comma_clause(doc, i, end))

    def _summoning_clause(self, doc: Doc, i: int, end: int) -> bool:
        """A directional phrase (``summon_directions``: "ins", "vor den", …) in the clause of the verb at ``i``:
        "Der Botschafter wurde ins Außenministerium zitiert", "zitierte den Gesandten vor den Ausschuss" summon
        someone to a place, no one is quoted (2026-12-06, fifteenth session)."""
        words = [doc[m].lower_ for m in _comma_clause(doc, i, end)]
        return any(tuple(words[k : k + len(d)]) == d for d in self.summon_directions for k in range(len(words)))

    def _feminine_oblique(self, tok: Token) -> bool:
        """A feminine singular noun after "der"/"einer" ("der Ministerin", "einer Sprecherin"): dative or genitive,
        never a nominative subject. Feminine by the model and by a feminine suffix (the model's gender alone
        also calls "der Wissenschaftsjournalist" feminine)."""
        det = _determiners(tok)
        return (
            tok.pos_ == "NOUN"
            and tok.morph.get("Gender") == ["Fem"]
            and tok.morph.get("Number") == ["Sing"]
            and tok.lower_.endswith(tuple(self.feminine_suffixes))
            and bool(det)
            and det[0].lower_ in self.feminine_oblique_articles
        )

    def _other_particle(self, doc: Doc, i: int, end: int) -> bool:
        """A separable particle closing the verb's main clause makes another verb of a plain speech verb ("sagte …
        ab" is "absagen", "drangen … ein" is "eindringen"); particles that leave the saying ("sagte er weiter")
        are not in the list."""
        sent, words = doc[i].sent, token_strings(doc)[1]  # (plain strings: no Token object per word of the sentence)
        if any(_is_quote_text(words[k]) for k in range(sent.start, sent.end)):
            return False  # a quotation framed by the verb is speech whatever the particle ("…“, meldete er sich zurück)
        k = i + 1  # (a verb-final form has its particle joined: scanning right only finds a stranded one)
        while k < end:
            t = doc[k]
            if t.text in ",;:" or _is_quote_char(t) or t.text in TERMINAL or t.lower_ in self.coordinators:
                return False  # (after "und" a particle belongs to the next verb: "begrüßte X und griff Y an")
            if t.tag_ == "PTKVZ" and t.text.lower() in self.verb_particles and _closes_clause(doc, k + 1, end):
                return True
            k += 1
        return False

    def _apposition_end(self, doc: Doc, comma: int, end: int) -> int | None:
        """The closing comma of an apposition opened at ``comma`` (", die Anwältin der Frau,"), if any."""
        if comma + 1 >= end or not (doc[comma + 1].lower_ in self.articles or _is_cap(doc[comma + 1])):
            return None
        if doc[comma + 1].lower_ in self.relative and not _is_cap(doc[comma + 1]):
            nxt = doc[comma + 2] if comma + 2 < end else None
            if nxt is None or not (_is_cap(nxt) or nxt.pos_ == "ADJ"):
                return None  # ", der …": a relative clause, not an apposition
        np = self.np_after(doc, comma + 1, end)
        if np is None or np[1] >= end or doc[np[1]].text != ",":
            return None
        return np[1]

    def is_konjunktiv(self, tok: Token) -> bool:
        return self.konjunktiv_kind(tok) > 0

    def konjunktiv_kind(self, tok: Token) -> int:
        """1 for Konjunktiv I (reported speech on its own), 2 for Konjunktiv II, 0 for neither."""
        # the answer depends on the token's morphology and form only; reading the morphology is the costly part
        key = (tok.morph.key, tok.text)
        kind = self._konjunktiv_memo.get(key)
        if kind is None:
            if len(self._konjunktiv_memo) > 50_000:
                self._konjunktiv_memo.clear()
            kind = self._konjunktiv_memo[key] = self._konjunktiv_kind(tok)
        if kind == 0 and tok.text.endswith("e") and tok.morph.get("Person") == ["1"] and not _first_person(tok):
            # "Merz sagte, Berlin erwarte …": a form in -e read as "ich erwarte" has no "ich" to go with it, so
            # it is the third person's Konjunktiv I
            kind = self._konjunktiv_kind(tok, third=True)
        if (
            kind == 1
            and tok.text.endswith("e")
            and (tok.lower_.endswith("te") or tok.lower_ not in self.lex.konjunktiv)
            and "Sub" not in tok.morph.get("Mood")
            and _next_to_ich(tok)
        ):
            kind = 0  # "Folglich lehne ich das ab", "halte ich": the first person's indicative
        return kind

    def _konjunktiv_kind(self, tok: Token, third: bool = False) -> int:
        mood = tok.morph.get("Mood")
        low = tok.text.lower()
        if "Sub" in mood and not third:
            if low in self.lex.strong_past:
                return 0  # "wies die Armee an": a strong preterite the model reads as subjunctive
            if low.endswith("t") and low not in self.lex.konjunktiv and low not in self.lex.konjunktiv2:
                return 0  # "hat die Warnung verschärft": a third person's Konjunktiv never ends in -t (a participle)
            if (
                low.endswith("te")
                and tok.lemma_.lower() == low[:-2] + "en"
                and low not in self.lex.konjunktiv
                and low not in self.lex.konjunktiv2
            ):
                return 0  # "Die Polizei löste die Blockade auf": stem + "te" of a weak verb is its preterite
            if "Past" not in tok.morph.get("Tense"):
                return 1
            # a weak verb's Konjunktiv II is its preterite ("zeigten", "sagte"): read it as the indicative
            # unless a list knows it as a reporting form ("hätten", "sollten")
            weak = low.endswith(self.weak_past_endings) and not any(c in low for c in "äöü")
            return 0 if weak and low not in self.lex.konjunktiv2 else 2
        if (
            mood
            and not third
            and low not in self.lex.konjunktiv
            and low not in self.lex.konjunktiv2
            # (read last: two more morphology reads, needed only here)
            and not (tok.morph.get("Person") == ["3"] and tok.morph.get("Number") == ["Sing"])
        ):
            return 0  # the model read it as indicative and no list says otherwise
        # a third person singular in -e is never indicative ("droht"), whatever the model says ("es drohe")
        if tok.text[:1].isupper():
            return 0
        if low in self.lex.konjunktiv:
            return 1
        if low in self.lex.konjunktiv2:
            return 2
        if not low.endswith("e") or len(low) < 4 or not low.isalpha() or low in self.not_konjunktiv:
            return 0
        if low.endswith("iere"):  # "reagiere", "resultiere"
            return 1
        # "-te" is the weak past ("sagte", "musste", "leitete") unless the stem ends in t/d ("arbeite", "gelte")
        if low.endswith("te") and (low[-3] not in "td" or low.endswith(self.dental_past_endings)):
            # (the tagger reads such a Konjunktiv before a plural noun as an adjective, "die Regierung verbreite
            # Lügen"; an attributive adjective never has a verb's infinitive as its lemma: seventeenth session)
            verbal = tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "ADJ" and low + "n" in self.lex.verbs_en)
            if low.endswith(self.dental_past_endings) or not verbal or tok.lemma_.lower() != low + "n":
                return 0
            # a stem in -t, as its lemma shows ("erwarte" of "erwarten", "fürchte"; "forderte" is of "fordern")
            return 1
        verb_lemma = tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in (low + "n", low[:-1] + "n")
        if low + "n" in self.lex.verbs_en or verb_lemma:
            # the lemma also knows verbs the list lacks ("lehne" of "lehnen", "fordere" of "fordern")
            return 0 if low in self.articles else 1
        return 0

    # -- noun phrases --

    def np_after(self, doc: Doc, i: int, end: int) -> tuple[int, int] | None:
        """The speaker noun phrase starting at or just after token ``i`` ("der Minister, Hans X")."""
        while i < end and (
            doc[i].text.lower() in self.adverbs
            or doc[i].text in self.skip_after_verb
            or (doc[i].pos_ in ("ADV", "PART") and doc[i].is_alpha)  # "meldeten dann die Nachrichten"
        ):
            if _is_cap(doc[i]):
                break
            i += 1
        if i >= end:
            return None
        first = doc[i]
        if (
            first.text.lower() in self.pronouns and not _is_cap(first)
        ) or first.text in self.capitalised_subject_pronouns:
            return (i, i + 1)
        if first.lower_ in self.pronouns and _stands_alone(doc, i, end):
            return (i, i + 1)  # "Diese glaubten, …", "Dieser behauptete, …": a demonstrative pronoun
        adjective_start = (  # "italienischen Fachblatt", "zahlreiche Experten"
            re.fullmatch(r"[a-zäöüß-]+(e|en|er|es|em)", first.text) is not None
            and first.pos_ in ("ADJ", "DET")
            and i + 1 < end
            and _is_cap(doc[i + 1])
        )
        particle_start = _particle_name(doc, self, i, end)  # "sagte von der Leyen", "sagte de Maizière"
        if not (
            _is_cap(first)
            or first.text.lower() in self.articles
            or _quoted_name_end(doc, i, end)
            or adjective_start
            or particle_start
        ):
            return None
        named = _organisation_opening(doc, i)
        if (first.text.lower() in self.preps and not particle_start and not named) or first.lower_ in self.date_words:
            return None  # "hatte letzten September kritisiert": a date is no speaker
        j = i
        while j < end:
            t = doc[j]
            low = t.text.lower()
            if t.is_space:
                break
            close = _quoted_name_end(doc, j, end)
            if close:  # a newspaper's name in quote marks: "die „Süddeutsche Zeitung“"
                j = close
                continue
            if t.text == "(":  # party or role in brackets: "Müller (SPD)"
                k = j + 1
                while k < end and doc[k].text != ")" and k - j < 8:
                    k += 1
                if k < end and doc[k].text == ")":
                    j = k + 1
                    continue
                break
            if t.text == "," and j + 1 < end and _is_cap(doc[j + 1]) and doc[j + 1].text.lower() not in self.subord:
                # apposition: ", Hans Müller," – only a short run of capitalised words
                k = j + 1
                while k < end and (_is_cap(doc[k]) or doc[k].text.lower() in self.articles) and k - j < 6:
                    k += 1
                if k >= end or doc[k].text in ",.:;!?":
                    j = k
                    continue
                break
            if j > i and t.is_alpha and not _is_cap(t) and _lower_word_of_name(doc, j):
                j += 1  # "die Referentin von Caritas international, Anna X": a lower-case word inside the name
                continue
            if (
                (low in self.preps and low not in self.von and not (j == i and named))
                or low in self.subord
                or low in self.aux
            ):
                break
            if low in self.von:  # "Ministerin von X", "Sprecher vom Amt"
                if j + 1 < end and (_is_cap(doc[j + 1]) or doc[j + 1].text.lower() in self.articles):
                    j += 1
                    continue
                break
            if low in self.articles and j > i and _is_cap(doc[j - 1]) and low not in self.genitive_definite:
                break  # "die G8-Staaten | die Gewalt": a second noun phrase (the object) begins
            if low in self.genitive_definite and j == i + 1 and first.lower_ in self.quantifiers:
                j += 1  # "Einer der beteiligten Feuerwehrmänner"
                continue
            if (
                low in self.dative_articles
                and j > i
                and self._person_mention(doc, j - 1)
                and (_quoted_name_end(doc, j + 1, end) or self._medium_after(doc, j + 1, end))
            ):
                break  # "sagte der Minister der „Rheinischen Post“": a medium after a person is spoken to (dative)
            if _is_cap(t) or low in self.articles or low in self.name_conjunctions or low in ("-", "&"):
                j += 1
                continue
            if j == i and "Yes" in t.morph.get("Poss") and j + 1 < end and _is_cap(doc[j + 1]):
                j += 1  # "nach Angaben seines Grenzschutzes": a possessive opens the phrase like an article
                continue
            if low in self.name_particles and (j > i or particle_start) and j + 1 < end and _is_cap(doc[j + 1]):
                j += 1  # "Jaap de Hoop Scheffer", "Ursula von der Leyen"
                continue
            # lower-case adjective after an article or adjective ("der englische Premier")
            if not self.inflected_adjective.fullmatch(t.text):
                break
            nxt = j + 1
            while nxt < end and nxt - j < 3 and self.inflected_adjective.fullmatch(doc[nxt].text):
                nxt += 1  # "der kritischen thailändischen Öffentlichkeit": adjectives in a row
            if (
                j > i
                and (
                    doc[j - 1].text.lower() in self.articles
                    or self.inflected_adjective.fullmatch(doc[j - 1].text) is not None
                    or doc[j - 1].text.isdigit()  # "Einer der 13 beteiligten Polizisten"
                    or _extended_attribute(doc, self, i, j)  # "die von der Hamas kontrollierte Behörde"
                )
                and (t.pos_ not in ("VERB", "AUX") or _extended_attribute(doc, self, i, j))
                and nxt < end
                and doc[nxt].text[:1].isupper()
            ):
                j += 1
                continue
            break
        while j > i and doc[j - 1].text.lower() in self.trailing_joiners | self.articles:
            j -= 1
        return (i, j) if j > i else None

    def np_before(self, doc: Doc, start: int, verb: int, strict: bool = False) -> tuple[int, int] | None:
        """The fronted subject in ``[start, verb)``: a noun phrase filling the field before the verb.

        A relative or subordinate clause between phrase and verb is allowed
        ("Frank Sichau, der als Sprecher fungiert, erklärte"); anything else means the fronted
        part is not the subject.
        """
        if verb - start >= 3 and doc[verb - 1].text == "." and re.fullmatch(r"[IVX]+", doc[verb - 2].text):
            # "König Mohammed VI. sagte": the full stop belongs to the ordinal of the name
            regnal = self.np_before(doc, start, verb - 1, strict)
            return (regnal[0], verb) if regnal is not None and regnal[1] == verb - 1 else None
        s = start
        while s < verb and (doc[s].is_space or doc[s].text in ",–-:" or _is_quote_char(doc[s])):
            s += 1
        if s >= verb:
            return None
        if (
            doc[s].lower_ in self.focus_particles
            and s + 1 < verb
            and (_is_cap(doc[s + 1]) or doc[s + 1].lower_ in self.articles)
            and doc[s + 1].lower_ not in self.oblique
        ):
            s += 1  # "Auch die Ministerin äußerte …", "Selbst die Zeitung hatte kritisiert …": the subject follows
        first = doc[s].text.lower()
        name_start = (
            first in self.name_particles
            and first not in self.no_article_particles  # "Zu den Protesten hatte X aufgerufen": a preposition
            and s + 2 < verb
            and doc[s + 1].text in self.name_particle_articles
            and doc[s + 2].text[:1].isupper()
        )  # "Von der Leyen sagte"
        if not (name_start or _organisation_opening(doc, s)) and (  # "Pro Asyl kritisierte, …": a name
            first in self.preps
            or first in self.adverbs
            or first in self.subord
            or first in self.oblique
            or first == "des"  # "Des Weiteren verwies X darauf": a genitive is no subject
            or (doc[s].pos_ == "ADV" and not name_start)  # "Unterdessen haben einige Abgeordnete angekündigt"
            or (doc[s].pos_ == "ADP" and not _is_quote_char(doc[s]))  # "Bezüglich des Startortes meldet X"
        ):
            return None
        if any(_is_quote_char(doc[k]) and not _in_short_quote(doc, k, s, verb) for k in range(s, verb)):
            return None  # the field before the verb holds a quotation, not the subject (a quoted name may stand)
        np = self.np_after(doc, s + 1, verb) if name_start else self.np_after(doc, s, verb)
        if np is not None and name_start:
            np = (s, np[1])
        if np is None:
            return None
        rest = [k for k in range(np[1], verb) if not doc[k].is_space]
        if all(doc[k].text == "," or doc[k].text.lower() in self.adverbs for k in rest):
            return np
        if len(rest) == 1 and doc[rest[0]].lower_ in self.focus_particles:
            return np  # "Meiners selbst erklärte"
        if strict:
            return None
        if doc[rest[0]].text.lower() in self.aux:  # "Sie wird mit den Worten zitiert"
            return np
        if doc[rest[0]].lower_ in self.preps and len(rest) > 1 and doc[rest[1]].lower_ in self.date_words:
            return np  # "wie das Unternehmen am Dienstag in Herzogenaurach mitteilte": a date, not the name
        if doc[rest[0]].text.lower() in self.preps and all(
            doc[k].text[:1].isupper() or doc[k].text.lower() in self.preps | self.articles | self.affiliation_links
            for k in rest
        ):
            return (np[0], rest[-1] + 1)  # "Sascha Kempf vom Max-Planck-Institut für Kernphysik in Heidelberg"
        if (
            len(rest) >= 3
            and doc[rest[0]].text == ","
            and (doc[rest[1]].lower_ in self.subord | self.articles | self.relative)
        ):
            close = max(k for k in rest if doc[k].text == ",")
            after = [k for k in rest if k > close]
            if all(doc[k].lower_ in self.adverbs or doc[k].pos_ == "ADV" for k in after):
                return np  # "X, der als Beobachter dort war, (dazu) feststellt"
        return self._attribute_then_clause(doc, np, rest)

    def _attribute_then_clause(self, doc: Doc, np: tuple[int, int], rest: list[int]) -> tuple[int, int] | None:
        """ "Der Minister für Viehzucht, dessen Name kaum jemand kennt, sagte": a prepositional or genitive
        attribute of the fronted phrase ("für Viehzucht", "des Verbandes"), then a relative clause between commas
        right before the verb: the phrase with its attribute is the subject (twenty-third session)."""
        comma = next((n for n, k in enumerate(rest) if doc[k].text == ","), None)
        if comma is None or comma == 0 or len(rest) < comma + 4 or doc[rest[-1]].text != ",":
            return None
        attribute, clause = rest[:comma], rest[comma + 1 : -1]
        links = self.preps | self.articles | self.affiliation_links
        if doc[attribute[0]].lower_ not in self.preps | self.articles:
            return None
        if not all(doc[k].text[:1].isupper() or doc[k].lower_ in links for k in attribute):
            return None
        if doc[clause[0]].lower_ not in self.relative or "," in [doc[k].text for k in clause]:
            return None
        if doc[clause[-1]].pos_ not in ("VERB", "AUX"):
            return None  # a relative clause ends in its verb
        return (np[0], rest[comma])

    def np_ending_at(self, doc: Doc, end: int, lo: int, back: int = 10) -> tuple[int, int] | None:
        """The longest noun phrase that ends right at ``end`` (exclusive), looking back ``back`` tokens."""
        best = None
        for s in range(end - 1, max(lo, end - back) - 1, -1):
            if doc[s].text in ".!?:;" or _is_quote_char(doc[s]):
                break
            np = self.np_after(doc, s, end)
            if np is not None and np[0] == s and np[1] == end and doc[s].text.lower() not in self.preps:
                best = np
        return best

    def subject_from_parse(self, doc: Doc, verb: int, depth: int = 0) -> tuple[int, int] | None:
        tok = doc[verb]
        heads = [tok] + ([tok.head] if tok.dep_ in ("aux", "aux:pass", "oc") else [])
        # the parse may hang the subject on the finite auxiliary ("X will … prüfen" with "X" under "will")
        heads += [c for c in tok.children if c.dep_ == "aux" and c.tag_ in ("VMFIN", "VAFIN") and c.i < tok.i]
        for head in heads:
            passive = any(c.dep_ == "aux:pass" for c in head.children)
            if (
                not passive
                and "Part" in head.morph.get("VerbForm")
                and any(c.dep_ == "aux" and c.lower_ in self.passive_aux for c in head.children)
            ):
                # "Die Gefahr wird vom Wetterdienst als hoch eingestuft" with "wird" parsed as a plain auxiliary:
                # "werden" with a participle is passive, and its "von" agent speaks
                agent = self._passive_agent(head)
                if agent is not None:
                    return self._parsed_phrase(doc, agent)
                source = self.passive_source(doc, head.sent.start, head.i)  # the agent hung on another word
                if source is not None and doc[source[0] - 1].lower_ in self.agent_preps:
                    return source
            if passive:
                # a passive clause's "von" agent speaks even when the parser calls the patient a plain subject
                # ("Die Gefahr wird vom Wetterdienst als hoch eingestuft" with "Gefahr" as nsubj)
                agent = self._passive_agent(head)
                if agent is not None:
                    return self._parsed_phrase(doc, agent)
            # not a word of a quotation the parse hangs on the frame's verb ("Sie schrieben Parolen wie „Wir …“")
            subjects = [c for c in head.children if self._subject_like(c) and not _across_quote(doc, c.i, head.i)]
            if len(subjects) > 1 and any(not _dateline_word(doc, c) for c in subjects):
                # "Lomé (AFP) - In Togo haben Soldaten …": the dateline's town is no subject (ninth session)
                subjects = [c for c in subjects if not _dateline_word(doc, c)]
            if len(subjects) > 1:
                # the parser also calls a fronted adverbial a subject ("Offiziell geht die Regierung davon aus"):
                # a phrase with an article or a known entity is the real one
                # ("Die Mönche, die …, beschrieb die Agentur als …": the one that agrees with the verb in number)
                # ("Der Ministerin warf die Opposition vor": "der" with a feminine singular noun is dative or
                # genitive, never the subject; eleventh session)
                subjects.sort(
                    key=lambda c: (self._feminine_oblique(c), not _agrees(c, head), -self._anchored_rank(doc, c))
                )
            if subjects:
                return self._parsed_phrase(doc, subjects[0])
            if passive:  # "wird von X kritisiert": the agent speaks, the passive subject is the content
                agent = self._passive_agent(head)
                if agent is not None:
                    return self._parsed_phrase(doc, agent)
        passive_aux = any(
            c.dep_ == "aux:pass" or (c.dep_ == "aux" and c.lower_ in self.passive_aux)
            for h in heads
            for c in h.children
        )
        if tok.dep_ == "conj" and tok.head.i != verb and depth < 3 and not passive_aux:
            # "X spielte die Idee herunter und ist der Meinung, …": a conjunct shares the first one's subject (not a
            # passive one: "X gilt als … und wurde im „Standard“ als … bezeichnet" – X is what was spoken about)
            return self.subject_from_parse(doc, tok.head.i, depth + 1)
        return None

    def quoted_person(self, doc: Doc, verb: int) -> tuple[int, int] | None:
        """Who is quoted by "zitieren": the object of "X zitiert Y", the subject of "Y wird zitiert"."""
        if not _has(doc, "DEP"):
            return None
        tok = doc[verb]
        head = tok.head if tok.dep_ in ("aux", "aux:pass") else tok
        deps = ("nsubj:pass", "nsubj", "sb") if _passive(head) else ("obj", "oa")
        for child in head.children:
            if child.is_space or child.pos_ not in ("PROPN", "NOUN", "PRON"):
                continue
            mark = next((m for m in range(child.i + 1, verb) if _is_quote_char(doc[m])), None)
            if mark is not None and doc[mark].text in CLOSING_MARKS:
                continue  # a word of the quotation itself ("„Wir sind Zeugen“, zitierte man X")
            if child.dep_ in deps and not _non_nominative(child):
                if child.pos_ == "PRON" and child.lower_ not in self.pronouns | self.object_speaker_pronouns:
                    continue
                left, right = self._parsed_phrase(doc, child)
                cut = next((k for k in range(child.i + 1, right) if doc[k].lower_ == "mit"), right)
                return (left, cut)  # not "… mit den Worten"
        after = verb + 2 if verb + 1 < len(doc) and doc[verb + 1].lower_ in self.inverted_subject_pronouns else verb + 1
        if deps == ("obj", "oa") and after < len(doc) and doc[after].lower_ not in self.preps:
            # the parse lost the object: "Die Zeitung zitiert einen Augenzeugen mit den Worten: …", "zitierte man X"
            np = self.np_after(doc, after, min(len(doc), after + 12))
            if np is not None and doc[np[0]].lower_ not in self.non_object_starts:
                return np
        return None

    def citing_source(self, doc: Doc, verb: int, lo: int, hi: int) -> tuple[int, int] | None:
        """Who relays a "zitieren" quotation: the subject of "X zitiert Y", the agent or the document of
        "Y wird von X / in X zitiert"."""
        if not _has(doc, "DEP"):
            return None
        tok = doc[verb]
        head = tok.head if tok.dep_ in ("aux", "aux:pass") else tok
        if not _passive(head):
            found = self.subject_from_parse(doc, verb)
            return found if found is not None and lo <= found[0] and found[1] <= hi else None
        agent = self._passive_agent(head)
        if agent is not None:
            return self._parsed_phrase(doc, agent)
        return self.passive_source(doc, lo, verb)

    def note_relay(self, doc: Doc, speaker: tuple[int, int], relay: tuple[int, int] | None) -> None:
        """Remember the medium or document through which ``speaker``'s words are reported."""
        if relay is not None and (relay[1] <= speaker[0] or speaker[1] <= relay[0]):
            marks = sum(1 for k in range(*relay) if _is_quote_char(doc[k]))
            if marks % 2 and relay[1] < len(doc) and _is_quote_char(doc[relay[1]]):
                relay = (relay[0], relay[1] + 1)  # "Die „Süddeutsche Zeitung“" with its closing mark
            _relays(doc)[speaker] = relay

    def _subject_like(self, tok: Token) -> bool:
        """A parsed subject that can be a speaker: not an expletive, a dative/genitive phrase, or an adverb,
        adjective or preposition the parser mislabelled ("Relativierend fügt X hinzu")."""
        return (
            (tok.dep_ in SUBJECT_DEPS or (tok.dep_ == "nsubj:pass" and not _passive(tok.head)))
            and not tok.is_space
            and not _non_nominative(tok)
            and tok.lower_ not in self.expletives
            and tok.pos_ not in ("ADJ", "ADV", "ADP", "SCONJ", "CCONJ", "PART", "AUX", "PUNCT")
            and not (tok.pos_ == "VERB" and not _is_cap(tok))
            and not _is_quote_char(tok)
            and tok.lower_ not in self.adverbs
            and not (
                tok.pos_ == "PRON"
                and set(tok.morph.get("Case")) & ({"Dat"} if tok.lower_ in self.nominative_like else {"Acc", "Dat"})
            )
        )

    def _anchored_rank(self, doc: Doc, tok: Token) -> int:
        """2 for a person's phrase or a nominative pronoun, 1 for another anchored phrase, else 0."""
        if tok.lower_ in self.subject_only:
            return 2
        if tok.i < tok.head.i and _masculine_nominative(tok):
            return 3  # "Der Verband kritisierte X scharf": "der Verband" can only be the subject
        if tok.i < tok.head.i and tok.pos_ == "NOUN" and "Plur" in tok.morph.get("Number"):
            return 1  # a bare plural before the verb ("Regierungsvertreter wiesen die Vorwürfe zurück")
        if _masculine_nominative(tok):
            return 2  # "Besorgt äußerte sich der Vorsitzende": a nominative phrase over a word the parse calls a name
        if any(t.ent_type_ in ("PER", "PERSON") for t in tok.subtree):
            return 2  # "Eine Verschiebung … bezeichnete Conze als fatal": the person speaks
        return int(self._anchored(doc, tok))

    def _named(self, doc: Doc, span: tuple[int, int]) -> bool:
        """The phrase holds a mention of an organisation, person or place entity of the document."""
        return any(entity_at(doc, doc[k].idx, doc[k].idx + len(doc[k].text)) is not None for k in range(*span))

    def _personal(self, doc: Doc, span: tuple[int, int]) -> bool:
        """The phrase names a person (PER) or is a nominative personal pronoun."""
        return any(
            doc[k].ent_type_ in ("PER", "PERSON") or doc[k].lower_ in self.personal_pronouns for k in range(*span)
        )

    def _head_named(self, doc: Doc, span: tuple[int, int]) -> bool:
        """The phrase's head or a word attached to it other than a genitive ("die Agentur „Xinhua“", not "die
        Handlungsweise Kozulins") is a mention of a document entity."""
        root = doc[span[0] : span[1]].root
        return any(
            (doc[k] == root or (doc[k].head == root and "Gen" not in doc[k].morph.get("Case")))
            and self._named(doc, (k, k + 1))
            for k in range(*span)
        )

    def _personal_head(self, doc: Doc, span: tuple[int, int]) -> bool:
        """The phrase's head (or a name part of it) is a person or a nominative personal pronoun – not a genitive
        attribute ("die Handlungsweise Kozulins")."""
        return any(
            (doc[k].ent_type_ in ("PER", "PERSON") or doc[k].lower_ in self.personal_pronouns)
            and doc[k].morph.get("Case") != ["Gen"]
            for k in range(*span)
        )

    def _medium_after(self, doc: Doc, k: int, end: int) -> bool:
        """ "(sagte Müller der) Deutschen Presse-Agentur", "(dem) Sender Phoenix": a capitalised run from ``k`` (up to
        four words) with a medium word (``medium_word_ends``) or a medium's name (``medium_names``)."""
        for t in doc[k : min(end, k + 4)]:
            low = t.text.lower()
            if low in self.medium_names or (len(low) > 3 and low.endswith(self.medium_ends)):
                return True
            if not (_is_cap(t) or t.text == "-" or low in self.medium_names):
                return False
        return False

    def _person_mention(self, doc: Doc, k: int) -> bool:
        """Token ``k`` is part of a person's name: the model's PER label or a PER entity of the document."""
        if doc[k].ent_type_ in ("PER", "PERSON"):
            return True
        ent = entity_at(doc, doc[k].idx, doc[k].idx + len(doc[k].text))
        return ent is not None and ent.label == "PER" and doc[k].pos_ in ("PROPN", "NOUN") and _is_cap(doc[k])

    def statement_owner(self, doc: Doc, phrase: tuple[int, int], limit: int) -> tuple[int, int] | None:
        """The person whose statement a speech noun names: "Das Fazit von X", "Die Antwort des Ministers X"
        (looking up to ``limit``, the verb, as the parse may attach the "von" phrase elsewhere)."""
        root = doc[phrase[0] : phrase[1]].root
        nouns = self.colon_nouns | self.lex.cue_nouns
        if root.lower_ not in nouns:
            # the parse may make the holder's name the root: the phrase's first noun ("Die Antwort des X")
            first = next(
                (doc[k] for k in range(*phrase) if _is_cap(doc[k]) and doc[k].lower_ not in self.articles), None
            )
            if first is None or first.lower_ not in nouns:
                return None
            root = first
        for k in range(root.i + 1, limit):
            if self._person_mention(doc, k):
                start = k - 1 if doc[k - 1].lower_ in self.articles else k
                return self.np_after(doc, start, limit)
            if doc[k].text in ",;:" or (doc[k].lower_ in self.preps and doc[k].lower_ not in self.von):
                return None
        return None

    def _person_after_fronted_object(
        self, doc: Doc, parsed: tuple[int, int], verb: int, end: int
    ) -> tuple[int, int] | None:
        """ "Die Pläne bezeichnete X als …", "Jegliche Verantwortung weist X von sich": a fronted object the
        parser calls the subject. A person's name right after the finite verb speaks when the fronted phrase
        names no person or entity and its form may be accusative (feminine, neuter, plural – not "der Verband")."""
        if parsed[1] > verb or verb + 1 >= end:
            return None
        head = doc[parsed[0] : parsed[1]].root
        det = next(
            (c.lower_ for c in head.lefts if c.dep_ in ("det", "det:poss") or c.tag_ in DETERMINER_TAGS), ""
        )  # by its tag too: the parse may give the determiner a vague label ("Ihren" as dep)
        masculine = "Masc" in head.morph.get("Gender") and "Plur" not in head.morph.get("Number")
        if not (masculine and det in self.accusative_masc):  # "Ihren Widersacher X forderte May auf": an object
            if head.pos_ != "NOUN" or any(self._person_mention(doc, k) for k in range(*parsed)):
                return None
            if entity_at(doc, head.idx, head.idx + len(head.text)) is not None:
                return None
            if masculine:
                return None  # "Der Verband kritisierte X": a masculine singular before the verb is nominative
        k = verb + 1
        if doc[k].lower_ in self.accusative_masc or doc[k].lower_ in self.oblique:
            return None  # "Die Linke forderte den Ministerpräsidenten auf": "den" marks the object, not the subject
        if doc[k].lower_ in self.articles and k + 1 < end:
            k += 1  # "stellte der SPD-Vorsitzende X in Frage"
        if not (self._person_mention(doc, k) or (k + 1 < end and self._person_mention(doc, k + 1) and _is_cap(doc[k]))):
            return None
        after = self.np_after(doc, verb + 1, end)
        if after is None or not any(self._person_mention(doc, m) for m in range(*after)):
            return None
        if (
            "Plur" in head.morph.get("Number")
            and _plural_finite(doc[verb])
            and not any(doc[m].lower_ in self.coordinators for m in range(*after))
            and not (_first_noun(doc, after).tag_ == "NN" and "Plur" in _first_noun(doc, after).morph.get("Number"))
        ):
            # "Die Winzer warfen Müller vor, …": a plural verb agrees with the plural phrase before it, so one
            # person's name after it is the object (the accused), not the speaker (2026-12-05, eleventh session)
            return None
        return after

    def _anchored(self, doc: Doc, tok: Token) -> bool:
        """A subject candidate with an article, a pronoun or a mention of a document entity."""
        if tok.pos_ in ("PRON", "DET") or bool(_determiners(tok)):
            return True
        if tok.pos_ == "PROPN" and not self.adverbial_suffix.search(tok.lower_):  # not "Offiziell", "Sinngemäß"
            return True
        return tok.ent_type_ != "" or entity_at(doc, tok.idx, tok.idx + len(tok.text)) is not None

    def _passive_agent(self, verb: Token) -> Token | None:
        """The noun of a "von"/"durch" phrase attached to a passive verb."""
        for child in verb.children:
            if child.dep_ in ("obl", "obl:agent", "sbp") and any(
                c.dep_ == "case" and c.text.lower() in self.agent_preps for c in child.children
            ):
                return child
        return None

    def _parsed_phrase(self, doc: Doc, child: Token) -> tuple[int, int]:
        """The subject's phrase: its left edge up to (not into) a relative clause or a verb."""
        dash = _dateline_dash(doc, child)
        if dash is not None and dash + 1 < child.sent.end:
            # a dateline the parse takes for the subject: "Berlin – Die Ministerin hat … verteidigt", also with
            # the agency's bracket ("BERLIN (dpa) – Der Flüchtlingsrat bemängelte, …"; twelfth session)
            after = self.np_after(doc, dash + 1, child.sent.end)
            if after is not None:
                return after
        left = child.left_edge.i
        for k in range(left, child.i):
            if doc[k].tag_ in ("VVFIN", "VMFIN", "VAFIN"):
                left = k + 1  # no noun phrase holds a finite verb ("Das musste | Finanzminister X" parsed as one)
        right = child.i + 1
        for r in child.rights:
            if r.dep_ in ("acl", "acl:relcl", "rc", "punct") or r.pos_ == "VERB":
                break
            right = r.right_edge.i + 1
        for k in range(child.i + 1, right):
            # the parse may hang the quotation on the speaker ("sagte ein Wissenschaftler: „…“"), or a
            # relative clause ("X, der die Pläne kritisiert, …")
            if doc[k].text in ":;" or (_is_quote_char(doc[k]) and not _closes_soon(doc, k, right)):
                right = k
                break
            if doc[k].text == "," and k + 1 < right and doc[k + 1].lower_ in self.relative | self.subord:
                right = k
                break
        while right > child.i + 1 and doc[right - 1].lower_ in self.preps | self.dangling_phrase_ends:
            right -= 1  # "Präsident X als (gefährlich)": no dangling preposition
        while right < len(doc) and doc[right].ent_iob_ == "I":
            right += 1  # keep a name whole ("Nicolas | Sarkozy") when the parse splits it
        if right == child.i + 1 and child.tag_ == "NN" and right < len(doc) and doc[right].ent_iob_ == "B":
            ent = next((e for e in doc.ents if e.start == right), None)
            if ent is not None and ent.label_ == "PER":
                right = ent.end  # a title before the name the parse left out ("Regierungssprecher | Tim Kramer")
        while left < child.i and (
            doc[left].dep_ in ("case", "mark")
            or doc[left].is_punct
            or doc[left].is_space
            or doc[left].lower_ in self.subord
            or doc[left].lower_ in self.focus_particles
        ):
            left += 1  # not the agent's "von", a comma the parse hangs on the phrase, "Während" of its clause, "Auch"
        marks = [k for k in range(left, right) if _is_quote_char(doc[k])]
        if len(marks) % 2 and right < len(doc) and doc[right].text not in CLOSING_MARKS:
            # "Das Bündnis „Wasser statt Autos“ warf …" with "statt Autos" left out by the parse: a quoted name the
            # phrase opens runs to its closing mark when only a few words, no verb and no comma lie before it
            close = next((k for k in range(right, min(len(doc), marks[-1] + 7)) if doc[k].text in CLOSING_MARKS), None)
            if close is not None and not any(
                doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX") for k in range(right, close)
            ):
                right = close  # (twelfth session)
        if len(marks) % 2 and right < len(doc) and doc[right].text in CLOSING_MARKS and right - marks[-1] <= 6:
            right += 1  # a quoted name the phrase ends in keeps its closing mark: "die Zeitschrift „Jungle World“"
        return (left, right)

    def subject_of_noun_cue(self, doc: Doc, noun: int) -> tuple[int, int] | None:
        """'X erteilte den Befehl, …', 'X erhob die Forderung, …': a cue noun that is an object speaks
        through the governing verb's subject, not by itself."""
        tok = doc[noun]
        if _has(doc, "DEP") and (tok.dep_ == "conj" or any(c.dep_ in SUBJECT_DEPS for c in tok.children)):
            return self.subject_from_parse(doc, noun)  # copular "X ist der Meinung, …"
        if _has(doc, "DEP") and tok.dep_ in ("obl", "nmod", "op", "mo") and tok.head.pos_ in ("VERB", "AUX"):
            # "X begegnete der Kritik mit dem Argument, …", "X machte zur Bedingung, …": the subject's own words
            case = [c.lower_ for c in tok.children if c.dep_ in ("case", "ac")]
            if case and case[0] in self.own_cue_preps:
                return self.subject_from_parse(doc, tok.head.i)
            return None
        if not _has(doc, "DEP") or tok.dep_ not in ("obj", "oa"):  # accusative only: "folgte dem Appell" is no act
            return None
        if tok.head.pos_ not in ("VERB", "AUX") or tok.head.i == noun:
            return None
        return self.subject_from_parse(doc, tok.head.i)

    def speaker_of_cue(
        self, doc: Doc, clause_start: int, verb: int, cue_end: int, end: int, sent_start: int | None = None
    ) -> tuple[int, int] | None:
        """Subject of the cue verb: German word order first, the parse where that finds nothing."""
        if any(c.lemma == "zitieren" for c in self.lex.forms.get(doc[verb].lower_, [])):
            quoted = self.quoted_person(doc, verb)  # "Ein Sender zitierte X mit den Worten: …"
            if quoted is not None and quoted[1] <= end:
                self.note_relay(doc, quoted, self.citing_source(doc, verb, clause_start, end))
                return quoted
        if verb + 1 < end and doc[verb + 1].lower_ in self.subject_only:
            return (verb + 1, verb + 2)  # nominative only: "Die Bürger forderte er auf, …"
        dash = next((d for d in range(verb - 1, clause_start - 1, -1) if doc[d].text in ("–", "—")), None)
        if (
            dash is not None
            and dash > clause_start
            and 1 <= verb - dash - 1 <= 3
            and all(self._person_mention(doc, m) or doc[m].pos_ == "PROPN" for m in range(dash + 1, verb))
        ):
            # "Proteste legen Autobahnen lahm – Rainer weist Forderungen zurück": a dash opens a clause of its own
            # (headlines); the name right before its verb speaks
            return (dash + 1, verb)
        gap = self._subject_gap(doc, verb) if _has(doc, "DEP") else None
        if gap is not None:
            return gap
        parsed = self.subject_from_parse(doc, verb) if _has(doc, "DEP") else None
        if parsed is not None and (parsed[0] >= end or _after_als(doc, parsed)):
            # "Aus Kreisen verlautete, dies sei Spekulation": a subject of the reported clause; "Als Gründe wurden
            # … genannt": a predicative "als" phrase names what was said, not who said it
            parsed = None
        if parsed is not None and parsed[0] < verb and self._adverbial_start(doc, parsed[0], verb):
            parsed = None  # "Passend zu den Gefahren warnte X": a fronted adverbial the parse calls the subject
        if (
            parsed is not None
            and parsed[1] <= verb
            and doc[verb - 1].text == ","
            and any(doc[m].tag_.endswith("FIN") for m in range(doc[verb].sent.start, parsed[0]))
        ):
            # "X begrüßten die Freilassung Ys, warnten aber, …": the phrase before the comma is the object of the
            # clause before; the cue verb after the comma shares that clause's subject (ninth session, round 2)
            shared = self._asyndetic_subject(doc, verb)
            if shared is not None:
                return shared
        # the parsed subject may stand before an apposition's comma ("Der Vorsitzende X, Y, kritisierte …:")
        lo = sent_start if sent_start is not None and sent_start < clause_start else clause_start
        if parsed is not None and self._plausible_speaker(doc, parsed, lo, end):
            inverted = self._person_after_fronted_object(doc, parsed, verb, end)
            if inverted is not None:
                return inverted
            if parsed[0] > verb and not self._personal_head(doc, parsed):
                # "X, ein Vertreter von Y, kommentierte die Entscheidung …", "Eine Sprecherin wies die Vorwürfe
                # zurück": the parser may take the object for the subject; a person's name, or any phrase when
                # the parsed one is marked accusative, fronted right before the verb is the better guess
                fronted = self._speaker_by_order(doc, clause_start, verb, cue_end, end, sent_start)
                if (
                    fronted is not None
                    and fronted[1] <= verb
                    and not self._feminine_oblique(_first_noun(doc, fronted))  # "Der Ministerin warf X vor": dative
                    and (
                        self._personal(doc, fronted)
                        or _accusative(doc[parsed[0] : parsed[1]].root)
                        or (self._named(doc, fronted) and not self._named(doc, parsed))
                        or (
                            # "Beobachter bezeichneten das Auftreten der Polizei als „…“": the phrase before the verb
                            # is the subject when nothing marks the one after it as nominative or as a name, and its
                            # number does not clash with the verb's ("Die Mönche beschrieb die Agentur als …")
                            doc[clause_start].lower_ not in self.subord  # not the subject of "Wie X berichtet, …"
                            and not self._head_named(doc, parsed)
                            and not _masculine_nominative(doc[parsed[0] : parsed[1]].root)
                            and _nominal(doc, fronted)
                            and _agrees(_first_noun(doc, fronted), doc[verb])
                        )
                    )
                ):  # ("Das Ministerium wies die Vorwürfe zurück": the named organisation before the verb)
                    return fronted
            return parsed
        if parsed is None and _has(doc, "DEP") and _passive(doc[verb]):
            # "Der Plan wurde kritisiert": no agent named; the fronted phrase is the content. "In dem Bericht
            # wurde gefordert" / "vom Verband wurde gefordert": the document or the (unparsed) agent speaks
            return self.passive_source(doc, lo, verb)
        if self._is_heissen(doc[verb]):  # "In dem Papier heißt es, …": the document speaks
            return self.document_source(doc, verb, lo, end)
        found = self._speaker_by_order(doc, clause_start, verb, cue_end, end, sent_start)
        if found is not None and ((_has(doc, "POS") and not _nominal(doc, found)) or _after_als(doc, found)):
            found = None  # "Offenbar entschied sich X": a fronted adverb is no speaker
        if found is None and parsed is None and _has(doc, "DEP"):
            shared = self._asyndetic_subject(doc, verb)  # "X gratulierte dem Sieger, bekräftigte aber, …"
            if shared is not None:
                return shared
        if found is None and parsed is None:  # "Aus Regierungskreisen verlautete, …": where it came from
            return self.document_source(doc, verb, clause_start, end, strict=True)
        return found if found is not None else parsed

    def _subject_gap(self, doc: Doc, verb: int) -> tuple[int, int] | None:
        """ "Die Kommission kündigte an, das Gesetz zu prüfen, und mahnte die Regierung, …": a finite cue verb right
        after "und" has nothing before it in its clause, so its subject is the first conjunct's; the phrase after it
        is the addressee, whatever the parse calls it. The first conjunct is the nearest finite verb before the cue
        verb on its chain of heads, past a zu-infinitive the parse hangs it on ("während X … unterstützt und fordert":
        the verb of the same clause) (2026-12-05, twelfth session)."""
        tok = doc[verb]
        if verb < 1 or doc[verb - 1].lower_ not in self.coordinators or not tok.tag_.endswith("FIN"):
            return None
        first = None
        head, steps = tok, 0
        while first is None and head.head.i != head.i and steps < 6:
            head, steps = head.head, steps + 1
            if head.i < verb and head.tag_.endswith("FIN") and head.sent.start == tok.sent.start:
                first = head
        if first is None:
            return None
        subject = self.subject_from_parse(doc, first.i)
        if subject is None or subject[1] > first.i or not (self._named(doc, subject) or _nominal(doc, subject)):
            return None
        return subject

    def _asyndetic_subject(self, doc: Doc, verb: int) -> tuple[int, int] | None:
        """The subject of an indicative main clause joined to the cue verb by a comma only ("X gratulierte dem
        Sieger, bekräftigte aber, er …"), which the parse may hang on the cue verb as its complement: the cue
        verb, with no subject of its own, shares it when it names a person or a document entity."""
        if verb < 2 or doc[verb - 1].text != ",":
            return None
        tok = doc[verb]
        head = tok.head
        if tok.dep_ == "conj" and head.i < verb and head.tag_.endswith("FIN") and head.right_edge.i >= verb - 2:
            # "X begrüßten die Freilassung, warnten aber, …": the cue verb hangs on the first verb as a conjunct
            subject = self.subject_from_parse(doc, head.i)
            if (
                subject is not None
                and subject[0] < head.i
                and (self._personal(doc, subject) or self._named(doc, subject) or _nominal(doc, subject))
                and not any(doc[k].lower_ in self.pronouns for k in range(*subject))
            ):
                return subject
        for child in tok.children:
            if (
                child.i < verb
                and child.dep_ in ("ccomp", "conj", "parataxis")
                and child.right_edge.i >= verb - 2
                and "Fin" in child.morph.get("VerbForm")
                and "Ind" in child.morph.get("Mood")
                and _agrees(child, tok)
            ):
                subject = self.subject_from_parse(doc, child.i)
                if (
                    subject is not None
                    and subject[0] < child.i
                    and (self._personal(doc, subject) or self._named(doc, subject))
                    and not any(doc[k].lower_ in self.pronouns for k in range(*subject))
                ):
                    return subject
        return None

    def _is_heissen(self, tok: Token) -> bool:
        cues = self.lex.forms.get(tok.lower_, [])
        return any(c.lemma == "heißen" for c in cues) or tok.lemma_ == "heißen"

    def document_source(self, doc: Doc, verb: int, lo: int, hi: int, strict: bool = False) -> tuple[int, int] | None:
        """Where "es heißt" speech comes from: a fronted "In dem Papier"/"Aus Paris" before the verb, else
        "in der Erklärung"/"vom Sprecher" right after it ("heißt es wörtlich in der Erklärung")."""
        s = lo
        while s < verb and (doc[s].is_space or doc[s].text in ",–-" or _is_quote_char(doc[s])):
            s += 1
        if s < verb and doc[s].lower_ in self.frame_adverbs:
            s += 1
        if s < verb and doc[s].lower_ in self.source_preps:
            np = self.np_after(doc, s + 1, verb)
            if np is not None and self._source_like(doc, doc[s].lower_, np, strict):
                return np
        for m in range(verb + 1, min(hi, verb + 8)):
            t = doc[m]
            if t.text in ",;:" or t.text in TERMINAL or _is_quote_char(t):
                break
            if t.lower_ in self.source_preps:
                np = self.np_after(doc, m + 1, hi)
                if np is None or np[1] <= m + 2:
                    # "heißt es in einer gestern verbreiteten Erklärung": adverb and adjective before the document
                    noun = next((k for k in range(m + 2, min(hi, m + 6)) if self._document_noun(doc[k].lower_)), None)
                    if noun is not None and all(not doc[k].is_punct for k in range(m + 1, noun)):
                        np = (m + 1, noun + 1)
                return np if np is not None and self._source_like(doc, t.lower_, np, strict) else None
        return None

    def _source_like(self, doc: Doc, prep: str, np: tuple[int, int], strict: bool) -> bool:
        """Outside "es heißt" frames only "aus Kreisen"/"seitens X" or a document ("in dem Bericht") is a source,
        not a time or a place ("Im Juni wurde festgestellt", "In Nepal protestierten …")."""
        if not strict:
            return True
        if doc[np[0]].text[:1].isdigit():
            return False
        return prep in self.plain_source_preps or any(self._document_noun(doc[k].lower_) for k in range(*np))

    def _document_noun(self, word: str) -> bool:
        """A text that can say something: "Bericht", "Pressemitteilung", "Gesetzentwurf" (compounds too)."""
        return word in self.documents or any(len(d) >= 5 and word.endswith(d) for d in self.documents)

    def passive_source(self, doc: Doc, lo: int, verb: int) -> tuple[int, int] | None:
        """A "von"/"in" phrase in a passive speech clause: the agent the parse missed or the document."""
        for m in range(lo, verb):
            low = doc[m].lower_
            if low not in self.agent_preps and low not in self.passive_source_preps:
                continue
            if m > lo and doc[m - 1].lower_ in self.articles:
                continue
            np = self.np_after(doc, m + 1, verb)
            if np is None or doc[np[0]].text[:1].isdigit():
                continue
            inner = next((k for k in range(np[0] + 1, np[1] - 1) if doc[k].lower_ in self.agent_preps), None)
            if inner is not None and m > lo and doc[m - 1].pos_ == "NOUN":
                np = (inner + 1, np[1])  # "die Gefahr von Waldbränden vom Wetterdienst": the second "von" is the agent
            by_verb = verb - np[1] <= 3 or doc[np[1]].lower_ == "als"  # "vom Wetterdienst als „sehr hoch“ eingestuft"
            if low in self.agent_preps and m > lo and doc[m - 1].pos_ in ("NOUN", "PROPN") and not by_verb:
                continue  # "in der Nähe von Bergen wurde … gewarnt": a noun's attribute; the agent stands by the verb
            quoted = _is_quote_char(doc[np[0]])  # "im „Standard“ als … bezeichnet": a medium's name
            if low in self.in_preps and not quoted and not any(self._document_noun(doc[k].lower_) for k in range(*np)):
                continue  # "In Berlin wurde gefordert", "in den nächsten Tagen": no document, no source
            return np
        return None

    def _adverbial_start(self, doc: Doc, start: int, verb: int) -> bool:
        """The field before the verb opens with an adverb or adjective standing alone ("Relativierend fügt X hinzu",
        "Passend zu den Gefahren warnte X"), not with a noun phrase: the subject follows the verb."""
        tok = doc[start]
        if not _is_cap(tok) or tok.ent_type_ or entity_at(doc, tok.idx, tok.idx + len(tok.text)) is not None:
            return False
        nxt = start + 1
        if not (nxt == verb or (nxt < verb and doc[nxt].lower_ in self.preps)):
            return False  # "Deutsche Bank teilte mit": the adjective belongs to a name
        # (by the tag or the ending: a rare name the tagger calls an adjective, "Milinkewitsch", stays a name)
        return tok.tag_ in ("ADJD", "ADV", "PAV") or self.adverbial_suffix.search(tok.lower_) is not None

    def _oblique_start(self, doc: Doc, start: int, end: int) -> bool:
        """A phrase whose first words mark dative/accusative: "dem Minister", "der englischen Zeitung"."""
        first = doc[start].text.lower()
        if first in self.oblique:
            return True
        return (
            first in self.feminine_oblique_articles
            and start + 1 < end
            and re.fullmatch(r"[a-zäöüß-]+en", doc[start + 1].text) is not None
        )

    def _plausible_speaker(self, doc: Doc, span: tuple[int, int], lo: int, hi: int) -> bool:
        """A parsed subject is trusted when it is a noun phrase or pronoun inside the frame's clause."""
        toks = doc[span[0] : span[1]]
        if span[0] < lo or span[1] > hi:
            return False
        if any(_is_quote_char(t) and not _in_short_quote(doc, t.i, span[0], span[1]) for t in toks):
            return False  # a quotation, not a quoted name ("der „Oberste Rat“")
        head = toks.root
        if self._oblique_start(doc, span[0], span[1]):
            return False  # "Der englisch-sprachigen Zeitung sagte X": a dative, whatever the parse says
        if head.pos_ in ("PRON", "DET"):  # "Einer der Feuerwehrleute", "Einige vertreten die Auffassung"
            return head.lower_ in self.pronouns or head.lower_ in self.quantifiers
        return head.pos_ in ("NOUN", "PROPN") and (_is_cap(toks[0]) or toks[0].text.lower() in self.articles)

    def _speaker_by_order(
        self, doc: Doc, clause_start: int, verb: int, cue_end: int, end: int, sent_start: int | None
    ) -> tuple[int, int] | None:
        region = [
            k
            for k in range(clause_start, verb)
            if not doc[k].is_space and doc[k].text not in ",:" and not _is_quote_char(doc[k])
        ]
        nxt = doc[verb + 1].text if verb + 1 < end else ""
        if nxt.lower() in self.subject_only:  # only ever subjects: "sagte er"
            return (verb + 1, verb + 2)
        if len(region) > 1 and doc[region[0]].lower_ in self.main_conj | self.coordinators:
            # "Aber Zeitungen berichteten, …", "Doch die Regierung erklärte": the conjunction stands outside the clause
            clause_start, region = region[1], region[1:]
        if region:
            first = doc[region[0]].text.lower()
            verb_final = verb + 1 >= end or doc[verb + 1].text in ",.;:"
            if first in self.subord or (first == "als" and verb_final):  # "…, weil der Minister sagte"
                return self.np_after(doc, region[0] + 1, verb)
            if first in self.relative and region[0] > 0 and doc[region[0] - 1].text == ",":
                # "X, der … betonte, …": the relative pronoun is the speaker in the frame and stands for
                # the phrase before the comma
                antecedent = self.np_ending_at(doc, region[0] - 1, sent_start if sent_start is not None else 0)
                if antecedent is None:
                    return None
                pronoun = (region[0], region[0] + 1)
                _resolutions(doc)[pronoun] = antecedent
                return pronoun
            if doc[region[-1]].text.lower() in self.coordinators:
                # "Er halte X für vertretbar und bezeichnete …": the first conjunct's subject
                base = sent_start if sent_start is not None else clause_start
                return self.np_after(doc, base, verb)
            if not self._oblique_start(doc, region[0], verb) and not self._adverbial_start(doc, region[0], verb):
                fronted = self.np_before(doc, clause_start, verb)
                if fronted is not None:
                    return fronted
        elif sent_start is not None and sent_start < clause_start:
            # the clause "starts" after an apposition's comma: "Der Minister, Hans X, sagte"
            fronted = self.np_before(doc, sent_start, verb)
            if fronted is not None:
                return fronted
            # "X wies die Kritik zurück, die Sprecherin der Fraktion, Y (Partei), erklärte: …": the phrase with
            # its apposition between the commas before the verb
            before = self.np_ending_at(doc, clause_start - 1, sent_start, back=16)
            if (
                before is not None
                and (before[0] == sent_start or doc[before[0] - 1].text == ",")
                and any(self._person_mention(doc, k) for k in range(*before))
            ):
                return before
            # "X, einer der Abgeordneten, die den Brief unterschrieben, verurteilte die Haltung der Regierung": the
            # name that opens the sentence, when what follows the verb is an accusative object, not an inverted subject
            first = self.np_after(doc, sent_start, clause_start)
            after = self.np_after(doc, verb + 1, end) if verb + 1 < end else None
            if (
                first is not None
                and first[0] == sent_start
                and doc[first[1]].text == ","
                and all(self._person_mention(doc, k) for k in range(*first))
                and after is not None
                and _accusative(doc[after[0] : after[1]].root)
            ):
                return first
        k = cue_end if cue_end == verb + 1 else verb + 1
        after = self.np_after(doc, k, end)
        if after is not None:
            return after
        # compound tense "hat … gesagt": the subject stands before the finite auxiliary ("Die Regierung hatte den
        # Bericht als „falsch“ zurückgewiesen") or, with something else fronted, right after it
        for m in region:
            if doc[m].text.lower() in self.aux:
                quoting = any(c.lemma == "zitieren" for c in self.lex.forms.get(doc[verb].lower_, []))
                if doc[m].lower_ in self.passive_aux and "Part" in doc[verb].morph.get("VerbForm") and not quoting:
                    # "Seine Werke werden von Kennern als „…“ bezeichnet": the agent speaks, not the passive subject
                    return self.passive_source(doc, m + 1, verb)
                if m > region[0] and not self._oblique_start(doc, region[0], m):
                    fronted = self.np_before(doc, clause_start, m, strict=True)
                    if fronted is not None and (not _has(doc, "POS") or _nominal(doc, fronted)):
                        return fronted
                return self.np_after(doc, m + 1, verb)
        return None


def _resolutions(doc: Doc) -> dict[tuple[int, int], tuple[int, int]]:
    """Speaker spans in a frame ("der" in "X, der sagte", "demnach") -> the phrase they stand for."""
    return doc.user_data.setdefault("chronik_quotes_resolved", {})


def _relays(doc: Doc) -> dict[tuple[int, int], tuple[int, int]]:
    """Speaker spans -> the medium or document that relays their words ("Die Zeitung zitiert X: …")."""
    return doc.user_data.setdefault("chronik_quotes_relays", {})


def _determiners(tok: Token) -> list[Token]:
    """The noun's determiners: by label, or by tag where the parse gives them a vague one ("Das" as dep)."""
    return [c for c in tok.lefts if c.dep_ in ("det", "det:poss") or c.tag_ in DETERMINER_TAGS]


def _masculine_nominative(tok: Token) -> bool:
    """A masculine singular noun with a nominative article ("der Verband", "ein Sprecher"): no object."""
    det = _determiners(tok)
    return (
        tok.pos_ == "NOUN"
        and "Masc" in tok.morph.get("Gender")
        and "Sing" in tok.morph.get("Number")
        and bool(det)
        and det[0].lower_ in _grammar_words(tok.doc.lang_, "masculine_nominative_determiners")
        and "Nom" in det[0].morph.get("Case")
    )


def _first_noun(doc: Doc, span: tuple[int, int]) -> Token:
    """The head of a German noun phrase: its first noun ("Beobachter der regionalen Presse"), whatever the parse."""
    return next((doc[k] for k in range(*span) if doc[k].pos_ in ("NOUN", "PROPN")), doc[span[0] : span[1]].root)


def _dateline_word(doc: Doc, tok: Token) -> bool:
    """The sentence's first word heads a dateline: "Lomé (AFP) - …", "Berlin – …" (2026-12-05, ninth session)."""
    return _dateline_dash(doc, tok) is not None


def _dateline_dash(doc: Doc, tok: Token) -> int | None:
    """The index of the dash that closes the dateline ``tok`` heads ("Lomé (AFP) - …", "Berlin – …"), else None."""
    if tok.i != _first_content(tok.sent):
        return None
    k = tok.i + 1
    if k < len(doc) and doc[k].text == "(":
        k = next((m for m in range(k, min(len(doc), k + 6)) if doc[m].text == ")"), len(doc)) + 1
    return k if k < len(doc) and doc[k].text in ("-", "–", "—") else None


def _across_quote(doc: Doc, a: int, b: int) -> bool:
    """An odd number of quote marks (other than those of short quoted names) lies between tokens ``a`` and ``b``:
    one of them is inside a quotation, the other outside."""
    lo, hi = min(a, b), max(a, b)
    marks = [k for k in range(lo + 1, hi) if _is_quote_char(doc[k]) and not _in_quoted_name(doc, k)]
    return len(marks) % 2 == 1


def _in_quoted_name(doc: Doc, k: int) -> bool:
    """The quote mark at ``k`` opens or closes a short quoted phrase with no finite verb: a name ("„con energy ag“",
    "„Reporter ohne Grenzen“"), not an utterance."""
    for m in [*range(k + 1, min(len(doc), k + 7)), *range(k - 1, max(-1, k - 7), -1)]:
        if doc[m].text in TERMINAL:
            continue
        if _is_quote_char(doc[m]):
            inner = range(min(k, m) + 1, max(k, m))
            return len(inner) > 0 and not any(doc[j].tag_ in ("VVFIN", "VAFIN", "VMFIN") for j in inner)
    return False


def _agrees(subject: Token, verb: Token) -> bool:
    """Subject and finite verb do not clash in number (when the model marks both)."""
    a, b = subject.morph.get("Number"), verb.morph.get("Number")
    return not (a and b and "Fin" in verb.morph.get("VerbForm") and set(a).isdisjoint(b))


def _plural_finite(tok: Token) -> bool:
    """A finite verb in the third person plural: by the model's number, or, where the model gives the finite tag
    but no usable features ("warfen" read as an adjective), by the ending: only the plural of a finite form ends
    in -en/-ern/-eln ("werfen", "warfen", "forderten"; singular "wirft", "warf", "forderte")."""
    if "Fin" in tok.morph.get("VerbForm"):
        return tok.morph.get("Number") == ["Plur"] and "1" not in tok.morph.get("Person")
    return tok.tag_ in ("VVFIN", "VAFIN", "VMFIN") and tok.lower_.endswith(
        _grammar_words(tok.doc.lang_, "plural_verb_endings")
    )


def _non_nominative(tok: Token) -> bool:
    """Noun and determiner both marked dative/genitive by the model: an object, not a subject. (The
    parser's subject label is more reliable than a single word's case, so one word alone does not count.)"""
    oblique = {"Dat", "Gen"}
    cases = [set(tok.morph.get("Case"))] + [set(c.morph.get("Case")) for c in _determiners(tok)]
    return tok.pos_ != "PROPN" and all(c and c <= oblique for c in cases)


def _in_short_quote(doc: Doc, k: int, lo: int, hi: int) -> bool:
    """The quote mark at ``k`` opens or closes a short quoted name within ``[lo, hi)``."""
    opening = _short_quote_start(doc, k)
    if opening is not None and opening >= lo:
        return True
    end = _quoted_name_end(doc, k, hi)
    return end > 0


def _short_quote_start(doc: Doc, close: int) -> int | None:
    """Index of the opening mark of a short quoted phrase (a name, a word) closed at ``close``."""
    for m in range(close - 1, max(-1, close - 8), -1):
        t = doc[m]
        if t.text in TERMINAL or "\n" in t.text:
            return None
        if _is_quote_char(t):
            return m if m < close - 1 else None
    return None


def _quoted_name_end(doc: Doc, k: int, end: int) -> int:
    """End (exclusive) of a short capitalised name in quote marks opening at ``k`` ("„Die Zeit“"), else 0."""
    if not (doc[k].text in '„»"“' and k + 1 < end and _is_cap(doc[k + 1])):
        return 0
    for m in range(k + 2, min(end, k + 7)):
        if _is_quote_char(doc[m]):
            return m + 1
        if not (_is_cap(doc[m]) or doc[m].lower_ in _grammar_words(doc.lang_, "title_inner_words")):
            return 0
    return 0


def _stands_alone(doc: Doc, i: int, end: int) -> bool:
    """A capitalised determiner-like word ("Diese") followed by a verb, not by its noun ("Diese Regel")."""
    nxt = doc[i + 1] if i + 1 < end else None
    if nxt is None or _is_cap(nxt) or not nxt.is_alpha:
        return nxt is not None and nxt.text in ",."
    after = doc[i + 2] if i + 2 < end else None
    return nxt.pos_ in ("VERB", "AUX") or (not nxt.pos_ and (after is None or not _is_cap(after)))


def _closes_soon(doc: Doc, k: int, end: int) -> bool:
    """A quote mark at ``k`` is closed again within a few tokens: a quoted name ("die Zeitung „X“")."""
    return any(_is_quote_char(doc[m]) for m in range(k + 1, min(end, k + 6)))


def _finite_outside_relatives(doc: Doc, start: int, end: int) -> bool:
    """A finite verb in ``[start, end)`` outside a relative clause (one opening with a relative pronoun)."""
    relative = False
    for m in range(start, end):
        t = doc[m]
        if t.text == ",":
            relative = m + 1 < end and doc[m + 1].tag_ in ("PRELS", "PRELAT")
        elif not relative and (t.tag_ in ("VVFIN", "VAFIN", "VMFIN") or "Fin" in t.morph.get("VerbForm")):
            return True
    return False


def _accusative(tok: Token) -> bool:
    """A noun whose own case and its article's are both marked accusative (and nothing else)."""
    cases = [set(tok.morph.get("Case"))] + [set(c.morph.get("Case")) for c in _determiners(tok)]
    return len(cases) > 1 and all(c == {"Acc"} for c in cases)


def _passive(tok: Token) -> bool:
    """The verb (or the main verb its auxiliary belongs to) is passive in the parse."""
    verb = tok.head if tok.dep_ in ("aux", "aux:pass") else tok
    passive_aux = _grammar_words(tok.doc.lang_, "passive_aux")
    if any(c.dep_ == "aux:pass" or c.lower_ in passive_aux for c in verb.children):
        return True
    # a "passive subject" with "haben" as the only auxiliary is a mislabelled active subject
    # ("Der Gerichtshof hatte entschieden")
    has_haben = any(c.dep_ == "aux" and c.lemma_ == "haben" for c in verb.children)
    if not has_haben and "Part" in verb.morph.get("VerbForm") and not any(c.dep_ == "aux" for c in verb.children):
        # the parse may hang "hatte" elsewhere ("Die Opposition hatte den Plan … bezeichnet" with "hatte" as
        # cop): a finite "haben" and no "werden" before the participle in its clause is the perfect
        before = []
        for t in reversed(verb.sent[: verb.i - verb.sent.start]):
            in_name = _in_short_quote(verb.doc, t.i, verb.sent.start, verb.i)
            if t.text in ",;:" or (_is_quote_char(t) and not in_name):
                break  # only the participle's own clause
            before.append(t)
        has_haben = any(t.lemma_ == "haben" and t.tag_ == "VAFIN" for t in before) and not any(
            t.lower_ in passive_aux for t in before
        )
    return not has_haben and any(c.dep_ == "nsubj:pass" for c in verb.children)


def _nominal(doc: Doc, span: tuple[int, int]) -> bool:
    """The span holds a noun, name or pronoun (as tagged by the model)."""
    if span[1] - span[0] == 1 and doc[span[0]].pos_ == "DET":
        return True  # a demonstrative standing alone: "Diese glaubten, …"
    return any(doc[k].pos_ in ("NOUN", "PROPN", "PRON", "X") for k in range(span[0], span[1]))


def _comma_clause(doc: Doc, i: int, end: int) -> range:
    """The token indices of the clause around ``i``: back to the nearest comma, semicolon, colon or sentence end,
    forward to the nearest comma, semicolon or colon before ``end``."""
    lo = i
    while lo > 0 and doc[lo - 1].text not in ",;:" and not doc[lo - 1].is_sent_end:
        lo -= 1
    hi = i + 1
    while hi < end and doc[hi].text not in ",;:":
        hi += 1
    return range(lo, hi)


def _closes_clause(doc: Doc, k: int, end: int) -> bool:
    """A separable particle closes its clause: punctuation, a quote mark or a conjunction follows."""
    if k >= end:
        return True
    t = doc[k]
    return (
        t.is_space
        or t.text in ".,;:!?"
        or _is_quote_char(t)
        or t.text in ("–", "-", "(")
        or t.text in _grammar_words(doc.lang_, "particle_closing_conjunctions")
    )


def _cue_strings(doc: Doc) -> tuple[list[str], list[bool]]:
    """Each token's text and whether it is tagged VERB or AUX, read once per document for ``cue_of`` (kept under a
    ``chronik_quotes_`` key: dropped when the quotes component is done, read afresh on its next run)."""
    cached = doc.user_data.get("chronik_quotes_cue_strings")
    if cached is not None and len(cached[0]) == len(doc):
        return cached
    flags = [p in _VERB_POS for p in doc.to_array([POS]).tolist()] if len(doc) else []
    cached = doc.user_data["chronik_quotes_cue_strings"] = (token_strings(doc)[1], flags)
    return cached


def _sent_start(doc: Doc, i: int) -> bool:
    k = i - 1
    while k >= 0 and (doc[k].is_space or _is_quote_char(doc[k]) or doc[k].text in "(–-"):
        k -= 1
    return k < 0 or doc[i].is_sent_start or doc[k].text in TERMINAL or doc[k].text == ":"


# --- the component --------------------------------------------------------------------------


@dataclass
class Found:
    start: int  # char offsets
    end: int
    kind: str
    speaker: tuple[int, int] | None = None  # token span
    cue: tuple[int, int] | None = None  # token span
    parts: list[tuple[int, int]] = field(default_factory=list)  # char spans when discontinuous
    sentence: int = 0
    continued: bool = False  # a Konjunktiv/"sollen" sentence with no frame of its own
    backward: bool = False  # a frame that names the speaker of the sentences before ("Das berichtete X.")
    carried: bool = False  # the speaker comes from an earlier frame, not from one of the quotation's own
    negated: bool = False  # a frame whose speech verb is negated ("wollte das nicht kommentieren")


@Language.factory("chronik_quotes")
def make_quotes(nlp: Language, name: str) -> Quotes:
    return Quotes(nlp.lang)


class Quotes:
    def __init__(self, lang: str) -> None:
        self.finder = QuoteFinder(lang)

    def __call__(self, doc: Doc) -> Doc:
        try:
            doc._.quotes = find_quotes(doc, self.finder)
        finally:  # per-document caches must not travel with the Doc (pickling, serialisation)
            for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith("chronik_quotes_")]:
                doc.user_data.pop(key)
        return doc


def find_quotes(doc: Doc, f: QuoteFinder) -> list[Quote]:
    doc.user_data.pop("chronik_quotes_cue_strings", None)  # read afresh: the tags may have changed since the last run
    space = token_strings(doc)[4]  # plain list: no Token object per token
    sents = [s for s in doc.sents if not all(space[s.start : s.end])]
    marks = quote_mark_spans(_text(doc))
    top = [(s, e) for s, e, depth in marks if depth == 0 and e - s > 2]
    in_direct = _covered_tokens(doc, top)
    found: list[Found] = []
    last: Found | None = None
    direct_by_sent: dict[int, list[tuple[int, int]]] = {}
    for s, e in top:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        for si, sent in enumerate(sents):
            if sent.start <= span.start < sent.end:
                direct_by_sent.setdefault(si, []).append((s, e))
                break
    for si, sent in enumerate(sents):
        turn = _interviewer_turn(doc, f, sent, in_direct)
        if turn:
            last = None  # "Was sagen Sie dazu?": the next unframed quotation answers it, nobody before speaks on
        sent_found: list[Found] = []
        indirect = _indirect_in_sentence(doc, f, sent, in_direct, si)
        for s, e in direct_by_sent.get(si, []):
            q = _classify_direct(doc, f, sent, s, e, indirect, si)
            if q is not None:
                sent_found.append(q)
        sent_found.extend(indirect)
        sent_found = [q for q in sent_found if not _names_a_speaker(doc, q, sent_found)]
        if sent_found and all(_reported_act_in_report(doc, f, q, sent, last, si) for q in sent_found):
            # "…, sagte der Minister. Seine Regierung habe den Sicherheitsrat um eine Sitzung gebeten.": a speech act
            # told in the Konjunktiv I right after a statement is more of that statement, not a new report
            sent_found = []
        if all(q.kind == "partial" for q in sent_found):  # a fragment may sit inside a reported sentence
            q = _continuation(doc, f, sent, in_direct, last, si)
            if q is not None and found and found[-1].continued and found[-1].sentence == si - 1:
                # consecutive reported sentences form one quotation, as annotators mark them
                found[-1].end, found[-1].sentence = q.end, si
                continue
            if q is not None:
                if q.speaker is not None:
                    q.speaker = _same_gender_speaker(doc, sent, q.speaker, found, si)
                sent_found.append(q)
        for q in sorted(sent_found, key=lambda q: q.start):
            if q.kind == "frame":  # a speaker for what follows, not a quotation
                if q.backward:
                    for prev in reversed(found):  # "… soll getötet worden sein. Das berichten arabische Medien."
                        if prev.kind == "direct" and prev.sentence == si - 1 and (prev.speaker is None or prev.carried):
                            prev.speaker = q.speaker  # "„Ja, es gibt Zumutungen.“ Das musste X einräumen."
                            break
                        if prev.sentence < si - 2 or not prev.continued:
                            break
                        prev.speaker = q.speaker
                last = q
                continue
            if q.speaker is None and q.kind == "direct" and si > 0 and (last is None or last.sentence < si - 1):
                # "X, Vorsitzende des Vereins, war sichtlich bewegt. „…“": a quotation standing alone after a
                # sentence about a person (with no speaker of its own since) is that person's
                q.speaker = _sentence_person(doc, f, sents[si - 1])
            if q.speaker is None and q.kind == "partial":
                # "Darin sieht X einen „Angriff auf die Belegschaft“": a fragment in a sentence with no speech verb is
                # the view of the person the sentence is about
                q.speaker = _sentence_person(doc, f, sent, quotes_inside=True)
            if q.speaker is None and last is not None and q.kind in ("direct", "partial") and si - last.sentence <= 2:
                # a quote with no frame continues the previous speaker's statement
                q.speaker, q.carried = last.speaker, True
            if (
                (q.speaker is None or _bare_document(doc, f, q.speaker))
                and q.cue is not None
                and last is not None
                and q.kind == "indirect"
                and si - last.sentence <= 1
                and doc[q.cue[0]].lemma_ in f.impersonal_cues
            ):
                # "Man nehme das ernst, hieß es": the speaker just named goes on, also "hieß es in einer Erklärung"
                q.speaker = last.speaker
            elif (
                q.speaker is not None
                and q.kind in ("direct", "indirect", "partial")
                and si > 0
                and _bare_document(doc, f, q.speaker)
                and q.cue is not None
                and doc[q.cue[0]].lemma_ in f.impersonal_cues
            ):
                # "Die Botschaft wies die Vorwürfe zurück. …, hieß es in einer Erklärung": the statement is the
                # organisation's or person's that acted in the sentence before
                agent = _sentence_person(doc, f, sents[si - 1], organisations=True)
                agent = agent or _opening_organisation(doc, f, sents[si - 1])
                if agent is not None:
                    f.note_relay(doc, agent, q.speaker)
                    q.speaker = agent
            elif (
                q.speaker is None
                and q.kind == "indirect"
                and q.cue is not None
                and si > 0
                and (last is None or last.sentence < si - 1)
                and (doc[q.cue[0]].lemma_ in f.impersonal_cues or _passive(doc[q.cue[0]]))
            ):
                # "Die Polizei nahm drei Männer fest. Sie seien verdächtig, hieß es." (also "wurde mitgeteilt"):
                # with nobody named, the organisation that acted in the sentence before makes the statement
                q.speaker = _organisation_in_focus(doc, f, sents[si - 1])
            elif q.speaker is None and q.kind == "indirect" and q.cue is not None:
                # "X lobte die Einigung, warnte jedoch, …": a speech verb in the second conjunct of a sentence whose
                # first verb has a named subject shares that subject (fifteenth session)
                q.speaker = _coordinated_subject(doc, sent, q.cue[0])
            if (
                q.kind in ("indirect", "partial")
                and q.cue is not None
                and last is not None
                and last.speaker is not None
                and si - last.sentence <= 2
                and _reported_frame(doc, f, q.cue[0])
            ):
                # "Die Mafiamorde seien ein Hinweis, …", "Die Behörde gehe davon aus, dass …": a frame in the
                # Konjunktiv is itself reported speech and goes on with the previous speaker; "Er wisse nicht, …":
                # the pronoun stands for that speaker
                if q.speaker is not None and doc[q.speaker[0]].lower_ in f.continuing_pronouns:
                    if q.speaker[1] - q.speaker[0] == 1 and q.speaker != last.speaker:
                        table = _resolutions(doc)
                        target = table.get(last.speaker, last.speaker)
                        if not _gender_clash(doc, doc[q.speaker[0]], target):  # "er" is no Ms X
                            table.setdefault(q.speaker, target)
                else:
                    q.speaker = last.speaker
            if q.speaker is not None and last is not None and last.speaker is not None and si - last.sentence <= 2:
                _pronoun_goes_on(doc, f, q, last, sent)
            if q.speaker is not None and last is not None and last.speaker is not None:
                _resolve_back(doc, f, q.speaker, last.speaker)
            elif (
                q.speaker is not None
                and si > 0
                and q.speaker[1] - q.speaker[0] == 1
                and doc[q.speaker[0]].lower_ in f.back_references
                and (source := _named_document(doc, f, sents[si - 1])) is not None
            ):
                # "Der Bundestag stimmte einer Gesetzesvorlage zu. Demnach darf …": with no statement before it,
                # "demnach" points to the document the sentence before names
                _resolutions(doc).setdefault(q.speaker, source)
            found.append(q)
            if q.speaker is not None:
                last = q
        if turn:
            last = None
    found = _drop_headline_reports(doc, found)
    found = _object_speakers(doc, f, found)
    for q in found:
        _drop_dateline(doc, q)
    _nested_partials(found)
    out = [_to_quote(doc, f, q) for q in _merge_adjacent(doc, sorted(found, key=lambda q: (q.start, q.end)))]
    _titles_back(f, out)
    _spokesperson_after_break(doc, f, out)
    return out


def _drop_headline_reports(doc: Doc, found: list[Found]) -> list[Found]:
    """A headline's speech verb ("Pelosi verlangt Rücktritt Trumps", "Borloo dementiert Gerüchte") announces the
    article, whose body tells the statement again with its content: a reported or indirect quote in the title lines
    is no quotation of its own (eighteenth session: 10 of 80 real articles). Quotation marks in a headline are kept:
    they quote the speaker's words."""
    from chronik.components.events import headline_end  # (local: events reads quotes, not the other way round)

    end = headline_end(doc_text(doc))
    if not end:
        return found
    return [q for q in found if not (q.start < end and q.kind in ("reported", "indirect"))]


def _object_speakers(doc: Doc, f: QuoteFinder, found: list[Found]) -> list[Found]:
    """A speaker phrase headed by what is said or criticised ("Die Vorwürfe wurden zurückgewiesen", "Frankreich hat
    das Vorgehen der Armee kritisiert": the object or passive subject the parse took for the speaker) names nobody:
    a reported act with it reports no speaker's act (it is dropped), other quotations keep no speaker."""
    nouns = f.lex.object_nouns
    kept: list[Found] = []
    for q in found:
        if q.speaker is not None and _first_noun(doc, q.speaker).lower_ in nouns:
            if q.kind == "reported":
                continue
            q.speaker = None
        kept.append(q)
    return kept


def _coordinated_subject(doc: Doc, sent: Span, cue: int) -> tuple[int, int] | None:
    """The subject opening ``sent`` when the finite speech verb ``cue`` follows the sentence's first verb after a
    comma or "und/aber" with no subject of its own ("Verbandschefin Anna Petersen begrüßte den Beschluss, kritisierte
    aber, …"): the token span before that first verb, when it holds a name and no punctuation."""
    if doc[cue].tag_ != "VVFIN" or cue - 1 <= sent.start:
        return None
    joint = doc[cue - 1]
    if joint.text != "," and joint.lower_ not in ("und", "aber", "doch"):
        return None
    verb = next((t for t in sent if t.i < cue - 1 and t.tag_ in ("VVFIN", "VAFIN")), None)
    if verb is None or verb.i == sent.start:
        return None
    k = verb.i - 1
    while k >= sent.start and not doc[k].is_punct:
        k -= 1
    if k >= sent.start and doc[k].text not in ("–", "—", "-"):
        return None  # (only the dash of a dateline may stand before the subject: "MÜNCHEN (dpa) – X lobte …")
    subject = doc[k + 1 : verb.i]
    if not len(subject) or not any(t.tag_ == "NE" or t.pos_ == "PROPN" for t in subject):
        return None
    if any(t.text in ",;:" or t.tag_ in ("KOUS", "PRELS") for t in doc[verb.i + 1 : cue - 1]):
        return None  # (another clause between: its own subject may be the speaker's)
    return (k + 1, verb.i)


def _drop_dateline(doc: Doc, q: Found) -> None:
    """ "OSLO (Reuters) – Die Förderländer wollen …, wie das Bündnis mitteilte": a dateline before the first sentence
    is neither part of what was said nor of the speaker's phrase ("STRASSBURG (AFP) – Der Gerichtshof hat …")
    (2026-12-05, twelfth session)."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is not None and len(span) > 0:
        dash = _dateline_dash(doc, span[0])
        if dash is not None and dash + 1 < span.end:
            start = doc[dash + 1].idx
            while start < q.end and doc.text[start].isspace():
                start += 1
            q.start = start
            if q.parts:
                q.parts = [(max(a, start), b) for a, b in q.parts if b > start]
    if q.speaker is not None and q.speaker[1] - q.speaker[0] > 1:
        dash = _dateline_dash(doc, doc[q.speaker[0]])
        if dash is not None and dash + 1 < q.speaker[1]:
            q.speaker = (dash + 1, q.speaker[1])


def _nested_partials(found: list[Found]) -> None:
    """ "Präsident X werde „an einem sicheren Ort“ festgehalten, sagte Y": a fragment inside an indirect quotation
    is the words of that quotation's speaker, not of the person the clause is about (2026-12-05, ninth session)."""
    for q in found:
        if q.kind != "partial":
            continue
        outer = next(
            (
                o
                for o in found
                if o.kind == "indirect"
                and o.speaker is not None
                and any(s <= q.start and q.end <= e for s, e in (o.parts or [(o.start, o.end)]))
            ),
            None,
        )
        if outer is not None and outer.speaker != q.speaker:
            q.speaker, q.carried = outer.speaker, outer.carried


def _titles_back(f: QuoteFinder, quotes: list[Quote]) -> None:
    """ "…, sagte EU-Handelskommissar X. … , sagte der Kommissar": a bare title with no entity of its own is the
    speaker of one of the last quotations whose speaker phrase holds that title (or a compound of it)."""
    for n, q in enumerate(quotes):
        words = (q.speaker_text or "").split()
        if q.speaker is not None or len(words) != 2 or words[0].lower() not in f.back_title_articles:
            continue
        title = words[1].lower()
        if not words[1][:1].isupper() or gazetteer_role(words[1], f.lang) is None:
            continue
        for prev in reversed(quotes[max(0, n - 4) : n]):
            names = re.split(r"[\s-]+", (prev.speaker_text or "").lower())
            if prev.speaker is not None and any(w.endswith(title) for w in names):
                q.speaker = prev.speaker
                break


def _spokesperson_after_break(doc: Doc, f: QuoteFinder, quotes: list[Quote]) -> None:
    """ "…, teilte die Bundespolizeidirektion mit. Das Amtsgericht erließ Haftbefehl. ¶ …, sagte ein Sprecher": an
    unnamed spokesperson whose sentence opens a paragraph continues the report of the organisation that spoke last
    in the paragraph before, not the organisation acting in that paragraph's last sentence (2026-12-06, thirteenth
    session; within a paragraph the sentence before still gives the organisation, see :func:`_spokesperson_org`)."""
    text = _text(doc)
    by_id = {e.id: e for e in doc._.entities or []}
    for n, q in enumerate(quotes):
        words = (q.speaker_text or "").split()
        span = q.model_extra.get("speaker_span") if q.model_extra else None
        if span is None or len(words) != 2 or words[1] not in f.spokes_nouns:
            continue
        if words[0].lower() not in f.indefinite_nominative_articles:
            continue
        sent = doc.char_span(span[0], span[1], alignment_mode="expand")
        if sent is None or not doc.has_annotation("SENT_START"):
            continue
        opening = sent.sent.start_char
        para = text.rfind("\n", 0, opening) + 1
        if para == 0 or text[para:opening].strip():
            continue  # the sentence does not open a paragraph (or opens the text)
        before_end = len(text[:para].rstrip())
        before_start = text.rfind("\n", 0, before_end) + 1
        speakers = [
            by_id[p.speaker]
            for p in quotes[:n]
            if p.speaker in by_id and before_start <= p.start < before_end and by_id[p.speaker].label == "ORG"
        ]
        if speakers:
            q.speaker = speakers[-1].id


def _same_gender_speaker(
    doc: Doc, sent: Span, speaker: tuple[int, int], found: list[Found], si: int
) -> tuple[int, int]:
    """A frameless report whose subject pronoun clashes in gender with the last speaker ("Als Ministerin habe
    sie …" after a man's statement) goes on with the closest earlier speaker of the pronoun's gender."""
    third = _grammar_words(doc.lang_, "third_person_pronouns")
    pronoun = next((t for t in sent if t.dep_ in SUBJECT_DEPS and t.lower_ in third), None)
    if pronoun is None or not _gender_clash(doc, pronoun, speaker):
        return speaker
    want = _pronoun_gender(pronoun)
    for prev in reversed(found):
        if prev.sentence < si - 6:
            break
        if prev.speaker is not None and _gender_of(doc, _resolutions(doc).get(prev.speaker, prev.speaker)) == want:
            return prev.speaker
    return speaker


def _sentence_person(
    doc: Doc, f: QuoteFinder, sent: Span, organisations: bool = False, quotes_inside: bool = False
) -> tuple[int, int] | None:
    """The person a sentence is about: its parsed subject when that names a person (or, with
    ``organisations``, when its head is an organisation the document knows), else a name opening it
    before a comma ("X, einer der Unterzeichner, …")."""
    if (not quotes_inside and any(_is_quote_char(t) for t in sent)) or all(t.is_space for t in sent):
        return None
    start = _first_content(sent)
    if _has(doc, "DEP"):
        root = sent.root
        subject = f.subject_from_parse(doc, root.i) if root.pos_ in ("VERB", "AUX", "ADJ") else None
        for aux in (c for c in root.children if c.dep_ == "aux" and subject is None):
            subject = f.subject_from_parse(doc, aux.i)  # the parse may hang the subject on the modal ("will …")
        if subject is not None and any(f._person_mention(doc, k) for k in range(*subject)):
            return subject
        if subject is not None:  # "die Sprecherin der Fraktion, Petra Lange, will …": the name in the apposition
            head = doc[subject[0] : subject[1]].root
            named = [c for c in head.subtree if c.dep_ == "appos" and f._person_mention(doc, c.i)]
            if named and subject[1] <= named[0].i and named[0].right_edge.i < sent.end:
                return (subject[0], named[0].right_edge.i + 1)
        if subject is not None and organisations:
            head = doc[subject[0] : subject[1]].root
            ent = entity_at(doc, head.idx, head.idx + len(head.text))
            agent = _compound_head(head.lower_, f.lex.agent_nouns) and bool(_determiners(head))
            if ((ent is not None and ent.label == "ORG") or agent) and head.pos_ in ("NOUN", "PROPN"):
                return subject
    first = f.np_after(doc, start, sent.end)
    if (
        first is not None
        and first[0] == start
        and first[1] < sent.end
        and doc[first[1]].text == ","
        and all(f._person_mention(doc, k) for k in range(*first))
    ):
        return first
    return None


def _names_a_speaker(doc: Doc, q: Found, found: list[Found]) -> bool:
    """A partial quotation inside another quotation's speaker phrase is that speaker's name in quote marks:
    "Die „Süddeutsche Zeitung“ schreibt, …", "Wie die „FAZ“ berichtete, …"."""
    if q.kind != "partial":
        return False
    relays = _relays(doc)
    for other in found:
        # also the medium that relays it: "Die „Zeitung“ zitierte den Minister mit den Worten: …"
        for sp in (other.speaker, relays.get(other.speaker) if other.speaker is not None else None):
            if other is q or sp is None:
                continue
            stop = sp[1] + 1 if sp[1] < len(doc) and _is_quote_char(doc[sp[1]]) else sp[1]  # its closing mark
            if doc[sp[0]].idx <= q.start and q.end <= doc[stop - 1].idx + len(doc[stop - 1]):
                return True
    return False


def _interviewer_turn(doc: Doc, f: QuoteFinder, sent: Span, in_direct: set[int]) -> bool:
    """A question or a sentence addressing someone formally ("Die Union wirft Ihnen vor, …"), outside quote
    marks: an interviewer's turn."""
    _, texts, _, _, space = token_strings(doc)  # plain lists: no Token object per token
    words = [
        i for i in range(sent.start, sent.end) if not space[i] and i not in in_direct and not _is_quote_text(texts[i])
    ]
    if len(words) < 3:
        return False
    if texts[words[-1]] == "?":
        return True
    return any(texts[i] in f.formal_address for i in words[1:])


def _reported_act_in_report(doc: Doc, f: QuoteFinder, q: Found, sent: Span, last: Found | None, si: int) -> bool:
    """A "reported" speech act whose sentence opens with its subject and a finite verb in the Konjunktiv I ("Seine
    Regierung habe … gebeten"), right after the sentence of a framed statement (direct or indirect) with a speaker."""
    if q.kind != "reported" or q.cue is None or last is None or last.speaker is None or last.carried:
        return False
    # (eighteenth session: also a framed fragment, "…, und er fügte hinzu, dass „… nicht ausreichen werde“. Man fordere
    # …": the fragment inside the reported clause is the last quotation found there, and its frame spoke)
    if last.kind not in ("direct", "indirect", "partial") or si - last.sentence != 1:
        return False
    finite = next((t for t in sent if t.tag_ in ("VAFIN", "VMFIN", "VVFIN")), None)
    if finite is None or finite.i > q.cue[0] or any(t.text in ",:;" for t in doc[sent.start : finite.i]):
        return False
    return _reported_frame(doc, f, finite.i)


def _reported_frame(doc: Doc, f: QuoteFinder, cue: int) -> bool:
    """The frame's verb (or a cue noun's copula, "seien ein Hinweis, …") is in the Konjunktiv I."""
    tok = doc[cue]
    verbs = [tok]
    if tok.pos_ in ("NOUN", "PROPN"):
        # (not a verb of the reported clause after the noun: "der Vorwurf der X, es handele sich um …")
        verbs = [c for c in tok.children if c.dep_ in ("cop", "aux")] + ([tok.head] if tok.head.i < tok.i else [])
    return any(f.konjunktiv_kind(v) == 1 and (v.lower_.endswith("e") or v.lower_ in f.sein_konjunktiv) for v in verbs)


def _pronoun_goes_on(doc: Doc, f: QuoteFinder, q: Found, last: Found, sent: Span) -> None:
    """A pronoun speaker ("er", "sie") right after another speaker's quotation stands for that speaker (when the
    gender does not clash) where the entities component linked it to a place ("er" is no country's voice: the
    place named last is not who speaks) or where the frame goes on with a continuation word
    (``speaker_continuation_words``: "Er fügte hinzu, …", "Sie sagte weiter, …") and the pronoun was linked to
    someone else (the person the previous quotation talked about: "…, dass der Konsul Y ausgewiesen werde. Er fügte
    hinzu, …")."""
    sp = q.speaker
    if sp is None or last.speaker is None or sp[1] - sp[0] != 1 or doc[sp[0]].lower_ not in ("er", "sie"):
        return
    pronoun = doc[sp[0]]
    if _pronoun_gender(pronoun) is None:
        return  # (a plural "sie")
    table = _resolutions(doc)
    target = table.get(last.speaker, last.speaker)
    if target == table.get(sp) or _gender_clash(doc, pronoun, target):
        return
    linked = entity_at(doc, pronoun.idx, pronoun.idx + len(pronoun.text))
    if linked is None and (name := _recent_name(doc, sp[0], pronoun)) is not None:
        linked = entity_at(doc, name.start_char, name.end_char)  # (the fallback :func:`_to_quote` would take)
    previous = entity_at(doc, doc[target[0]].idx, doc[target[1] - 1].idx + len(doc[target[1] - 1].text))
    if linked is not None and previous is not None and linked.id == previous.id:
        return
    place = linked is not None and linked.label == "LOC" and (previous is None or previous.label != "LOC")
    frame = [t for t in sent if not (q.start <= t.idx < q.end) and not _is_quote_char(t)]
    going_on = any(t.lower_ in f.continuation_words for t in frame)
    if place or going_on:
        table[sp] = target


def _resolve_back(doc: Doc, f: QuoteFinder, speaker: tuple[int, int], previous: tuple[int, int]) -> None:
    """ "Demnach …" names no source of its own: it points back to the previous statement's speaker; so does an
    age for a name ("…, kündigte der 51-Jährige an": the person quoted just before)."""
    age = speaker[1] - speaker[0] == 2 and doc[speaker[1] - 1].lower_.endswith(tuple(f.age_nominals))
    own = speaker[1] - speaker[0] == 2 and doc[speaker[0]].lower_ in f.possessive_sources  # "Seiner Meinung nach"
    if speaker == previous or not (
        age or own or (speaker[1] - speaker[0] == 1 and doc[speaker[0]].lower_ in f.back_references)
    ):
        return
    if age and entity_at(doc, doc[speaker[0]].idx, doc[speaker[1] - 1].idx + len(doc[speaker[1] - 1])) is not None:
        return  # the entities component linked it already
    table = _resolutions(doc)
    if age and not any(f._person_mention(doc, k) for k in range(*table.get(previous, previous))):
        # "Nach Angaben der Stadt … Minister X besuchte … „…“, sagte der 63-Jährige": an age is a person, and the
        # last speaker was none; the closest person's name before it is meant
        name = _recent_name(doc, speaker[0])
        if name is not None:
            table.setdefault(speaker, (name.start, name.end))
            return
    table.setdefault(speaker, table.get(previous, previous))


def _merge_adjacent(doc: Doc, found: list[Found]) -> list[Found]:
    """„Satz eins.“ „Satz zwei.“ – direct quotations separated only by a space are one utterance."""
    out: list[Found] = []
    for q in found:
        prev = out[-1] if out else None
        gap = _text(doc)[prev.end : q.start] if prev is not None else None
        if (
            prev is not None
            and prev.kind == q.kind == "direct"
            and gap is not None
            and gap.strip() == ""
            and "\n" not in gap
            and not (prev.cue is not None and q.cue is not None)  # each with a frame of its own: two utterances
        ):
            prev.end = q.end
            prev.speaker = prev.speaker or q.speaker
            prev.cue = prev.cue or q.cue
            continue
        out.append(q)
    return out


def _covered_tokens(doc: Doc, spans: list[tuple[int, int]]) -> set[int]:
    out: set[int] = set()
    for s, e in spans:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out


def _to_quote(doc: Doc, f: QuoteFinder, q: Found) -> Quote:
    speaker_text = None
    speaker_id = None
    extra: dict = {}
    if q.speaker is not None:
        resolved = _resolutions(doc).get(q.speaker)
        focus = _speaker_focus(doc, f, q.speaker) if resolved is None else q.speaker
        sp = doc[focus[0] : focus[1]]
        speaker_text = sp.text
        extra["speaker_span"] = [sp.start_char, sp.end_char]
        entity = _first_of_coordinated(doc, f, focus) or _head_entity(doc, f, sp)
        if entity is not None and _owner_only(doc, sp, entity):
            entity = None  # "Reiters Familie": the family speaks, not Reiter
        if resolved is not None and resolved != q.speaker:
            target = doc[resolved[0] : resolved[1]]
            extra["speaker_resolved"] = [target.start_char, target.end_char]
            entity = entity_at(doc, target.start_char, target.end_char) or entity
        elif _plural_pronoun(doc, sp, q.cue) and (group := _plural_antecedent(doc, f, sp)) is not None:
            # "Sie argumentierten, …", "Beide erklärten": the persons or groups just named speak, not the last
            # person named
            extra["speaker_resolved"] = [group.start_char, group.end_char]
            linked = entity_at(doc, group.start_char, group.end_char)
            entity = linked if linked is not None and linked.label != "PER" else None
        elif entity is None and sp.text.lower() in f.pronouns:
            name = _same_sentence_antecedent(doc, f, sp)
            plural = sp.text.lower() == "sie" and q.cue is not None and _plural_finite(doc[q.cue[0]])
            if name is None and not plural:
                # (a plural "sie" with no persons or groups just named is not the last person named: "Tausende
                # demonstrierten. Sie werfen X vor, …" – X is accused, not speaking; eleventh session)
                name = _recent_name(doc, sp.start, sp[0])
            if name is not None:
                extra["speaker_resolved"] = [name.start_char, name.end_char]
                entity = entity_at(doc, name.start_char, name.end_char)
        if entity is None and resolved is None:
            entity = _institution_antecedent(doc, f, sp) or _surname_entity(doc, sp) or _spokesperson_org(doc, f, sp)
        if sp.text.lower() in f.third_person_pronouns and (spokes := _spokesman_before(doc, sp, entity)) is not None:
            # "… wollte ein Sprecher des Ministeriums nicht kommentieren. …, sagte er": the unnamed spokesman
            # named after the pronoun's person speaks, for his organisation (None when it has no entity)
            entity = spokes[0]
            extra.pop("speaker_resolved", None)
        speaker_id = entity.id if entity is not None else None
        relay = _relays(doc).get(q.speaker)
        if relay is not None:  # the quotation reaches us through a medium or document ("X zitiert Y")
            via = doc[relay[0] : relay[1]]
            extra["via_span"] = [via.start_char, via.end_char]
            extra["via_text"] = via.text
    cue = None
    if q.cue is not None:
        c = doc[q.cue[0] : q.cue[1]]
        cue = [c.start_char, c.end_char]
    text = _text(doc)
    start, end = _inside_marks(text, q.start, q.end)
    if len(q.parts) > 1:
        extra["parts"] = [list(_inside_marks(text, *p)) for p in q.parts]
    return Quote(
        start=start,
        end=end,
        text=text[start:end],
        kind=q.kind,  # type: ignore[arg-type]
        speaker=speaker_id,
        speaker_text=speaker_text,
        cue=cue,
        **extra,
    )


def _head_entity(doc: Doc, f: QuoteFinder, sp: Span) -> Entity | None:
    """The entity of a speaker phrase, looked up first before a prepositional phrase after its noun ("Velamed mit
    Sitz in Tuttlingen", "Die Botschaft in Berlin"); a place named only inside that phrase does not speak for a
    name before it."""
    whole = entity_at(doc, sp.start_char, sp.end_char)
    cut = next((t for t in sp[1:] if t.lower_ in f.preps and t.lower_ not in f.von and _is_cap(doc[t.i - 1])), None)
    if cut is None or whole is None:
        return whole
    head = entity_at(doc, sp.start_char, doc[cut.i - 1].idx + len(doc[cut.i - 1].text))
    if head is not None:
        return head
    # (a common noun before the place keeps it: "die Regierung in Kiew" speaks for the place; a person's role
    # does not: "Eine Sprecherin in Brüssel" is said where, not who)
    before = doc[sp.start : cut.i]
    role = gazetteer_role(doc[cut.i - 1].text, f.lang)
    if whole.label == "LOC" and role is not None and role.kind == "person":
        return None
    if whole.label == "LOC" and before[0].lower_ in f.indefinite_articles:
        return None  # "Ein Gericht in Belgrad": some body there, not the place's government (tenth session)
    named = any(t.pos_ == "PROPN" for t in before) or before[0].lower_ not in f.articles
    return None if named and whole.label == "LOC" else whole


def _institution_antecedent(doc: Doc, f: QuoteFinder, sp: Span) -> Entity | None:
    """The organisation a definite common noun stands for ("teilte die Behörde mit" after "Die
    Bundesanwaltschaft …", "die Gewerkschaft" after "die Gewerkschaft Verdi"): the last one named before the
    phrase with a word of its name, or the word before its name, ending in a word of the noun's kind."""
    words = [t for t in sp if not t.is_punct]
    if len(words) != 2 or words[0].lower_ not in f.definite_nominative_articles or not _is_cap(words[1]):
        return None
    kinds = f.institution_kinds.get(words[1].lower_)
    if not kinds:
        return None
    text = _text(doc)
    best: tuple[int, Entity] | None = None
    for entity in doc._.entities or []:
        if entity.label != "ORG":
            continue
        for m_start, m_end in entity.mentions:
            if m_end > sp.start_char or (best is not None and m_end <= best[0]):
                continue
            name = re.findall(r"[\w-]+", text[m_start:m_end].lower())  # "Gewerkschaft Deutscher Lokführer (GDL)"
            before = re.findall(r"[\w-]+", text[max(0, m_start - 40) : m_start].lower())
            if any(w.endswith(k) for w in name for k in kinds) or (
                before and any(before[-1].endswith(k) for k in kinds)
            ):
                best = (m_end, entity)
    return best[1] if best is not None else None


def _spokesperson_org(doc: Doc, f: QuoteFinder, sp: Span) -> Entity | None:
    """ "Die EU-Kommission muss … genehmigen. Eine Sprecherin in Brüssel sagte, …": an unnamed spokesperson with no
    organisation of their own (at most a place after the noun) speaks for the organisation that acts in the
    sentence before (2026-12-05, ninth session)."""
    words = [t for t in sp if not t.is_punct]
    if len(words) < 2 or words[0].lower_ not in f.indefinite_nominative_articles or words[1].text not in f.spokes_nouns:
        return None
    if len(words) > 2 and (words[2].lower_ not in f.locative_preps or len(words) > 4):
        return None
    if not doc.has_annotation("SENT_START"):
        return None
    before = None
    for sent in doc.sents:
        if sent.start >= sp.start:
            break
        if sent.end <= sp.start:
            before = sent
    if before is None or sp.sent.start != before.end:
        return None
    span = _organisation_in_focus(doc, f, before)
    if span is None:
        return None
    ent = entity_at(doc, doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1].text))
    return ent if ent is not None and ent.label == "ORG" else None


def _surname_entity(doc: Doc, sp: Span) -> Entity | None:
    """The one person named before with the speaker phrase as the end of the full name, when the recogniser
    missed the short mention ("Khaled al-Haddad …, sagte al-Haddad")."""
    text = sp.text
    if not 0 < len(sp) <= 3 or not any(c.isupper() for c in text) or text.lower() == text:
        return None
    hits = [
        e
        for e in doc._.entities or []
        if e.label == "PER" and e.name.endswith(" " + text) and any(b <= sp.start_char for _, b in e.mentions)
    ]
    return hits[0] if len(hits) == 1 else None


def _owner_only(doc: Doc, sp: Span, entity: Entity) -> bool:
    """ "Reiters Familie", "Müllers Anwälte": the entity is only the genitive owner before a common noun (not a
    person's title: "Merkels Sprecher" speaks for her), so it is not the speaker."""
    words = [t for t in sp if not t.is_punct]
    if (
        len(words) in (3, 4) and words[0].pos_ == "DET" and words[1].tag_ == "NN" and words[-1].text.endswith("s")
        and all(_is_cap(t) for t in words[2:])
        # (only when the entity is named without the -s: "der Konzern Siemens" is the company's own name)
        and entity.name.split()[-1] == words[-1].text[:-1]
    ):  # fmt: skip
        # "die Anwältin Samanis": the owner's genitive after the noun (a title's own name after an article takes
        # no -s: "der Anwalt Berg"); seventeenth session
        words = [words[-1], words[1]]
    if len(words) != 2 or not words[0].text.endswith("s") or words[1].tag_ != "NN" or not _is_cap(words[1]):
        return False
    owner, noun = words
    covers = [(a, b) for a, b in entity.mentions if a < owner.idx + len(owner.text) and b > owner.idx]
    if not covers or any(a <= noun.idx < b for a, b in covers) or entity_at(doc, noun.idx, noun.idx + len(noun)):
        return False
    role = gazetteer_role(noun.text, doc.lang_)
    if role is not None and role.kind == "person" and entity.label == "PER":
        # "Kellers Anwalt", "Müllers Berater": a person's lawyer or adviser speaks himself; only a spokesperson
        # ("Merkels Sprecher") speaks for the person
        return not noun.text.endswith(_grammar_words(doc.lang_, "spokesperson_nouns"))
    return role is None or role.kind != "person"


def _spokesman_before(doc: Doc, sp: Span, entity: Entity | None) -> tuple[Entity | None] | None:
    """An unnamed spokesperson ("ein Sprecher des Ministeriums", "eines NATO-Sprechers") in the pronoun's sentence
    or the one before it, after every mention of the entity the pronoun was given: (his organisation's entity or
    None,); None when there is no such spokesperson."""
    pron = sp[0]
    spokes_articles = _grammar_words(doc.lang_, "spokesperson_determiners")
    spokes_heads = _grammar_words(doc.lang_, "spokesperson_heads")
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else []
    own = pron.sent if sents else None
    lo = 0
    if own is not None:
        k = sents.index(own)
        lo = sents[max(0, k - 1)].start
    last = max((b for a, b in entity.mentions if b <= pron.idx), default=-1) if entity is not None else -1
    for k in range(pron.i - 1, lo, -1):
        tok = doc[k]
        word = tok.text.rstrip("s")
        if not (word.endswith(spokes_heads) and doc[k - 1].lower_ in spokes_articles):
            continue
        if tok.idx < last:
            return None
        nxt = doc[k + 1] if k + 1 < len(doc) else None
        if nxt is not None and (nxt.pos_ == "PROPN" or nxt.text == ","):
            return None  # "ein Sprecher, Max X," / "Sprecher Max X": a named person
        org = None
        if "-" in tok.text:  # "eines NATO-Sprechers"
            org = entity_at(doc, tok.idx, tok.idx + tok.text.rindex("-"))
        if org is None and nxt is not None and nxt.lower_ in _grammar_words(doc.lang_, "genitive_definite_articles"):
            m = k + 2
            while m < len(doc) and m <= k + 4 and not _is_cap(doc[m]):
                m += 1
            if m < len(doc):
                org = entity_at(doc, doc[m].idx, doc[m].idx + len(doc[m].text))
        if org is not None and org.label == "PER":
            org = None
        return (org,)
    return None


def _plural_pronoun(doc: Doc, sp: Span, cue: tuple[int, int] | None) -> bool:
    """ "sie"/"beide" as the subject of a plural speech verb (or of its plural finite auxiliary)."""
    if len(sp) != 1 or sp[0].lower_ not in _grammar_words(doc.lang_, "plural_subject_pronouns") or cue is None:
        return False
    verb = doc[cue[0]]
    finite = [verb] + [c for c in verb.children if c.dep_ in ("aux", "aux:pass") and "Fin" in c.morph.get("VerbForm")]
    if verb.dep_ in ("aux", "aux:pass") and "Fin" in verb.head.morph.get("VerbForm"):
        finite.append(verb.head)
    numbers = {n for t in finite if "Fin" in t.morph.get("VerbForm") for n in t.morph.get("Number")}
    if not numbers and len(finite) == 1 and verb.morph.get("VerbForm") != ["Part"]:
        # a finite verb the model tags as an infinitive ("Sie argumentierten"): with "sie" as its subject, only
        # the plural ends in -en
        return verb.lower_.endswith("en")
    return numbers == {"Plur"}


def _plural_antecedent(doc: Doc, f: QuoteFinder, pronoun: Span) -> Span | None:
    """The closest plural or coordinated subject before ``pronoun``, in its sentence or the one before, when
    it names persons or organisations (a name, an entity, an institution noun)."""
    sent = pronoun.sent
    lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for k in range(pronoun.start - 1, lo - 1, -1):
        t = doc[k]
        if (t.dep_ not in SUBJECT_DEPS and t.dep_ != "ROOT") or t.pos_ not in ("NOUN", "PROPN"):
            continue  # (a ROOT noun: the parse of "Geklagt hatten X, Y sowie Z" may have no subject)
        if "Plur" in t.morph.get("Number") or any(c.dep_ == "conj" for c in t.children):
            # the phrase's own words before its head (not a subject or auxiliary the parse hangs on a ROOT noun)
            own = [c.left_edge.i for c in t.lefts if c.dep_ not in (*SUBJECT_DEPS, "cop", "aux", "punct")]
            left = min([k, *own])
            right = max(t.right_edge.i, k)
            while right > k and (doc[right].is_punct or doc[right].is_space):
                right -= 1
            group = doc[left : right + 1]
            if (
                any(f._person_mention(doc, m) for m in range(group.start, group.end))
                or entity_at(doc, group.start_char, group.end_char) is not None
                or _compound_head(t.lower_, f.lex.agent_nouns)
            ):
                return group
            return None
    return None


def _lower_word_of_name(doc: Doc, j: int) -> bool:
    """Token ``j`` is a lower-case word inside an organisation's or work's name that began before it ("Caritas
    international", "Ärzte ohne Grenzen"): one mention of a document entity covers it and the word before it."""
    lo, hi = doc[j - 1].idx, doc[j].idx + len(doc[j].text)
    return any(
        s <= lo and hi <= e for ent in doc._.entities or [] if ent.label in ("ORG", "MISC") for s, e in ent.mentions
    )


def _speaker_focus(doc: Doc, f: QuoteFinder, span: tuple[int, int]) -> tuple[int, int]:
    """Who in a speaker phrase speaks: the holder of a speech noun ("Die Antwort des Ministers X" → X) and the
    named apposition of a role noun ("Der Kommandeur der Luftwaffe, General X" → General X)."""
    owner = f.statement_owner(doc, span, span[1])
    if owner is not None and span[0] <= owner[0] and owner[1] <= span[1]:
        return owner
    for k in range(span[0] + 2, span[1] - 1):
        if _extended_attribute(doc, f, span[0], k) and _is_cap(doc[k + 1]):
            # "die von der Hamas kontrollierte Zivilschutzbehörde": the noun after the attribute speaks
            return (k + 1, span[1])
    commas = [k for k in range(span[0] + 1, span[1] - 1) if doc[k].text == ","]
    if len(commas) == 1:
        before, after = (span[0], commas[0]), (commas[0] + 1, span[1])
        if not any(_names_person(doc, f, k) for k in range(*before)) and any(
            f._person_mention(doc, k) for k in range(*after)
        ):
            return after
    k = span[1]
    if k < len(doc) and doc[k].lower_ in f.preps and doc[k].lower_ not in f.von:
        # "die Generalsekretärin von Amnesty in Deutschland, Julia X": a short place phrase before the name
        m = k + 1
        while m < len(doc) and m - k <= 3 and (_is_cap(doc[m]) or doc[m].lower_ in f.articles):
            m += 1
        if m > k + 1 and m < len(doc) and doc[m].text == ",":
            k = m
    if k + 1 < len(doc) and doc[k].text == "," and not any(_names_person(doc, f, m) for m in range(*span)):
        # "der Vorsitzende der Initiative, Wolfgang X, äußerte sich": the name in the apposition after the role
        m = k + 1
        while m < len(doc) and f._person_mention(doc, m) and m - k <= 4:
            m += 1
        if m > k + 1 and m < len(doc) and (doc[m].text in ",:" or doc[m].text in TERMINAL):
            return (k + 1, m)
    return span


def _extended_attribute(doc: Doc, f: QuoteFinder, i: int, j: int) -> bool:
    """Token ``j`` is the lower-case participle closing an attribute opened by "von" right after the article
    at ``i``: "die von der Hamas kontrollierte …", "der vom Bund eingesetzte …"."""
    return (
        i + 2 < j
        and doc[i].lower_ in f.articles
        and doc[i + 1].lower_ in f.von
        and doc[j].pos_ in ("ADJ", "VERB")
        and doc[j].text.islower()
        and re.fullmatch(r"[a-zäöüß]+(te|ten|tes|ter|tem|ene|enen|enes|ener|enem)", doc[j].text) is not None
        and all(_is_cap(doc[m]) or doc[m].lower_ in f.articles for m in range(i + 2, j))
    )


def _names_person(doc: Doc, f: QuoteFinder, k: int) -> bool:
    """Token ``k`` is a word of a person's name, not a role noun the entities component links to the person
    ("Die Sprecherin des Ministeriums, Maria X": "Sprecherin" is a mention of X, but no name)."""
    if doc[k].ent_type_ in ("PER", "PERSON"):
        return True
    if not f._person_mention(doc, k):
        return False
    ent = entity_at(doc, doc[k].idx, doc[k].idx + len(doc[k].text))
    return ent is None or doc[k].pos_ == "PROPN" or any(doc[k].text.startswith(w) for w in ent.name.split())


def _first_of_coordinated(doc: Doc, f: QuoteFinder, span: tuple[int, int]) -> Entity | None:
    """The first entity of a coordinated speaker phrase ("die Zeitung X und die Agentur Y"), which
    ``entity_at`` would pick by length."""
    coord = [k for k in range(span[0] + 1, span[1] - 1) if doc[k].lower_ in f.coordinators]
    if not coord:
        return None
    first = doc[span[0] : coord[0]]
    if not first.text.strip():
        return None
    return entity_at(doc, first.start_char, first.end_char)


QUOTE_MARKS = frozenset('„“”"»«‚‘’›‹')
PAIRED_MARKS = (("„", "“"), ("»", "«"), ("‚", "‘"), ("›", "‹"))


def _inside_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the quote marks (and spaces) at its ends: the contract's quote covers the
    quoted words only; a span that is all marks is kept as it is."""
    s, e = start, end
    while s < e and (text[s] in QUOTE_MARKS or text[s].isspace()):
        s += 1
    while e > s and (text[e - 1] in QUOTE_MARKS or text[e - 1].isspace()):
        e -= 1
    for opener, closer in PAIRED_MARKS:
        # "die Regierung sei „am Ende“": a closing mark that closes a quotation opened inside the span stays
        if e < end and text[e] == closer and text.count(opener, s, e) > text.count(closer, s, e):
            e += 1
            break
    return (s, e) if s < e else (start, end)


def _same_sentence_antecedent(doc: Doc, f: QuoteFinder, pronoun: Span) -> Span | None:
    """ "Der Student verbrachte die Nacht in Gewahrsam, ab und zu hatte er gefragt: …": a pronoun speaker stands for
    the subject that opens its sentence when that is a noun phrase of the pronoun's gender and number."""
    if not _has(doc, "DEP") or len(pronoun) != 1:
        return None
    sent = pronoun[0].sent
    root = sent.root
    subject = f.subject_from_parse(doc, root.i) if root.pos_ in ("VERB", "AUX") and root.i < pronoun.start else None
    if subject is None or subject[1] > pronoun.start or subject[0] != _first_content(sent):
        return None
    head = doc[subject[0] : subject[1]].root
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    gender, number = head.morph.get("Gender"), head.morph.get("Number")
    low = pronoun[0].lower_
    fits = (low == "er" and "Masc" in gender and "Plur" not in number) or (
        low == "sie" and ("Fem" in gender or "Plur" in number)
    )
    return doc[subject[0] : subject[1]] if fits else None


def _recent_name(doc: Doc, before: int, pronoun: Token | None = None) -> Span | None:
    """Fallback coreference for a pronoun: the closest preceding PER name from the model's NER (one whose
    first name's gender does not clash with the pronoun's)."""
    if "chronik_quotes_people" not in doc.user_data:  # Doc.ents and Doc.text are rebuilt on every access
        # (not a country the model calls a person: "China sei selbst Opfer, …, forderte sie")
        # (nor a name the document's entities read as a place: "im Westen von Xinjiang …, sagte er"; a personal
        # pronoun never stands for a place, seventeenth session)
        people = []
        for e in doc.ents:
            if e.label_ not in ("PER", "PERSON") or country_code(e.text, doc.lang_) is not None:
                continue
            label = getattr(entity_at(doc, e.start_char, e.end_char), "label", None)
            if label != "LOC":
                people.append((e, label == "ORG"))
        doc.user_data["chronik_quotes_people"] = people
    # (twenty-third session) "er" never stands for a name the entities read as an organisation ("Kämpfer von Boko
    # Haram …. Er sagt, …"): a masculine organisation is named by its noun ("der Verband"), not by its name alone;
    # "sie" may ("die Tageszeitung X …, nachdem sie berichtet hatte")
    masculine = pronoun is not None and pronoun.lower_ == "er"
    best = None
    for ent, org in doc.user_data["chronik_quotes_people"]:
        if org and masculine:
            continue
        if ent.end <= before and (pronoun is None or not _gender_clash(doc, pronoun, (ent.start, ent.end))):
            best = ent
    return best


def _gender_clash(doc: Doc, pronoun: Token, span: tuple[int, int]) -> bool:
    """ "er" for a phrase with a female first name or a feminine "-in" noun, "sie" (singular) for a male first
    name: the pronoun cannot stand for it."""
    want = _pronoun_gender(pronoun)
    have = _gender_of(doc, span)
    return want is not None and have is not None and want != have


def _pronoun_gender(pronoun: Token) -> str | None:
    want = {"er": "m", "sie": "f"}.get(pronoun.lower_)
    return None if want == "f" and "Plur" in pronoun.morph.get("Number") else want


def _gender_of(doc: Doc, span: tuple[int, int]) -> str | None:
    names = first_names()
    genders = {names[t.text] for t in doc[span[0] : span[1]] if t.text in names}
    if not genders:
        genders = {
            "f"
            for t in doc[span[0] : span[1]]
            if t.pos_ == "NOUN" and t.text.endswith("in") and "Fem" in t.morph.get("Gender")
        }
    return next(iter(genders)) if len(genders) == 1 else None


def _has(doc: Doc, attr: str) -> bool:
    """``doc.has_annotation(attr)``, checked once per document (it scans every token)."""
    key = f"chronik_quotes_has_{attr}"
    if key not in doc.user_data:
        doc.user_data[key] = doc.has_annotation(attr)
    return doc.user_data[key]


def _text(doc: Doc) -> str:
    """``doc.text``, built once per document (spaCy joins the tokens on every access)."""
    return doc_text(doc)


# --- direct quotes --------------------------------------------------------------------------


def _quoted_org_name(mentions: list[tuple[int, int]], s: int, e: int) -> bool:
    """An organisation's mention that is exactly the text between the quote marks at ``s`` and ``e`` ("der Verein
    „Freie Presse e.V.“"): a name, never speech, also when it ends in an abbreviation's full stop (twenty-third
    session)."""
    return any(ms == s + 1 and me == e - 1 for ms, me in mentions)


def _classify_direct(
    doc: Doc, f: QuoteFinder, sent: Span, s: int, e: int, indirect: list[Found], si: int
) -> Found | None:
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return None
    inner = _text(doc)[s + 1 : e - 1].strip()
    words = re.findall(r"[^\W\d_][\w'’-]*", inner)
    if not words:
        return None
    lower_words = [w for w in words if w[0].islower()]
    ends_terminal = inner[-1:] in TERMINAL or inner[-2:-1] in TERMINAL
    prev = _prev_word(doc, span.start)
    nxt = _next_token(doc, span.end)
    # right frame: „…“, sagte er / „…“, so Kondé / „…?“ fragte sie – in the sentence of the closing mark
    close_sent = doc[span.end - 1].sent
    frame = _right_frame(doc, f, span.end, close_sent.end)
    colon = _left_colon_frame(doc, f, sent, span.start)
    left = _left_comma_frame(doc, f, sent, span.start) if frame is None and colon is None else None
    explicit = frame or colon or left
    if (
        frame is not None
        and colon is not None
        and colon.speaker is not None
        and (frame.speaker is None or _pronoun_speaker(doc, f, frame))
    ):
        # "X sagte: „…“, betont sie": the named speaker of the colon frame; "X schrieb: „…“, weiter hieß es, …":
        # the impersonal frame after the quotation belongs to what follows
        explicit = colon
        if frame.speaker is not None and colon.cue is not None and doc[colon.cue[0]].i < frame.speaker[0]:
            # "X sagte: „…“, betont sie": the pronoun speaks and stands for X (both name the speaker, and a
            # following unframed quotation goes on with the pronoun)
            _resolutions(doc).setdefault(frame.speaker, colon.speaker)
            explicit = Frame(frame.cue, frame.speaker)
    name_like = False
    if prev is not None:
        low = prev.text.lower()
        if low in f.lex.scare or low in f.lex.name_nouns or _compound_head(low, f.lex.name_nouns):
            name_like = True
        if low in f.laut:  # "laut „BBC News“": a source name
            name_like = True
        if low in f.articles and prev.i > 0 and doc[prev.i - 1].lower_ in f.addressee_preps:
            name_like = True  # "gegenüber der „Zeit“": the medium spoken to
        if (
            low in f.articles
            and prev.i > 1
            and doc[prev.i - 1].lower_ == "mit"
            and doc[prev.i - 2].lower_ in f.conversation_nouns
        ):
            name_like = True  # "im Gespräch mit der „Welt am Sonntag“": the medium spoken with
    entity = entity_at(doc, s, e)
    if entity is not None and entity.label == "ORG" and any(ms <= s + 1 and e - 1 <= me for ms, me in entity.mentions):
        name_like = True  # "mit der „Welt am Sonntag“": an organisation's name in quote marks
        if colon is None and _quoted_org_name(entity.mentions, s, e):
            return None  # "der Verein „Freie Presse e.V.“": the whole quotation is the name, whatever it ends in
    if nxt is not None and nxt.text == "(":  # „Partei X“ (PX)
        name_like = True
    if (
        prev is not None
        and prev.pos_ == "NOUN"
        and not _cue_noun_before(f, prev)
        and len(words) <= 4
        and not ends_terminal
        and all(t.pos_ == "PROPN" for t in span if t.is_alpha)
    ):
        name_like = True  # "die Fregatte „Nordland“": a name in quote marks after a common noun (ninth session)
    title_case = not lower_words or all(w[0].isupper() for w in words if len(w) > 3)
    at_sentence_start = span.start == _first_content(sent)
    covers_sentence = at_sentence_start and _last_content(sent) < span.end + 2
    full = ends_terminal or covers_sentence or colon is not None
    if name_like and not (ends_terminal and len(words) >= 4) and colon is None:
        return None
    host = next((q for q in indirect if q.start <= s and e <= q.end + 1), None)
    if explicit is None and _cue_noun_before(f, prev):
        explicit = _frame_after_words(doc, f, span.end, close_sent.end)  # "Mit den Worten „…“ richtete er …"
    if explicit is None and prev is not None and prev.text == "(" and prev.i > 0:
        # "…, der Leiter der Behörde, X („…“), und …": a quotation in brackets after a person's name is theirs
        name = f.np_ending_at(doc, prev.i, sent.start)
        if name is not None and any(f._person_mention(doc, m) for m in range(*name)):
            explicit = Frame((prev.i, prev.i + 1), name)
    if explicit is None and host is None:
        # "Nach Auffassung von X sei es „…“": a source phrase in a sentence mostly made of the quotation
        source = _source_phrase(doc, f, sent, set(range(span.start, span.end)))
        if source is not None and source[2] is not None:
            explicit = Frame(source[3], source[2])
    if (
        host is not None
        and left is not None
        and _inside(doc, left.cue, host)
        and (_in_relative(doc, f, sent, left.cue) or (host.cue is not None and doc[host.cue[1] - 1].idx < host.start))
    ):
        # "Laut X ist die Demo, zu der Y aufgerufen hatte, „…“ verlaufen", "X sagte, Y solle wissen, „…“": the
        # verb belongs to the reported content, the quotation to the frame around it
        explicit = left = None
    speechy = explicit is not None or host is not None
    ctx = None
    if explicit is None and host is None and not full:
        # a fragment in the author's sentence counts only with speech around it
        ctx = _sentence_cue(doc, f, sent, exclude=set(range(span.start, span.end)))
        speechy = ctx is not None or _konjunktiv_outside(doc, f, sent, span) or _cue_noun_before(f, prev)
        if not speechy:
            return None
    if title_case and not ends_terminal and len(words) <= 6 and not covers_sentence and explicit is None:
        # names and titles are capitalised throughout; a capitalised common noun in speech
        # ("nannte sie „Gesindel“") is still a quotation, a proper name (by the model's tags) is not
        proper = _has(doc, "TAG") and all(t.pos_ == "PROPN" for t in span if t.is_alpha)
        numbered = bool(re.search(r"\d|\b[IVX]+\b", inner))  # "Hvalur 9", "Schäuble I"
        framed = explicit is not None or host is not None or ctx is not None
        # "verurteilte die Entscheidung als „Angriff auf die Demokratie“": after "als" in a framed sentence the
        # fragment is the speaker's own evaluation, not a title
        evaluation = ctx is not None and prev is not None and prev.lower_ == "als"
        # "wies die Vorwürfe als „Hetze“ zurück", "nannte das Gesetz einen „Skandal“": one word after "als" or an
        # indefinite article in a framed sentence is a common noun of the speaker's, however the tagger (which
        # reads a word in quote marks as a name) tags it; a name takes no indefinite article
        indefinite = prev is not None and prev.lower_ in f.inflected_indefinite_articles
        # (so several capitalised words after one are the speaker's phrase, no title: "sprach von einem „Sieg der
        # Beschäftigten“"; fifteenth session)
        long_title = len([w for w in words if len(w) > 3]) > 1 and not evaluation and not (framed and indefinite)
        if framed and len(words) == 1 and (evaluation or indefinite) and entity is None:
            proper = False
        if not framed or proper or numbered or long_title:
            return None
    if ctx is None and explicit is None and host is None and not at_sentence_start:
        # "X betonte, unter den Verkäuferinnen seien „…“": the frame's cue precedes the quotation
        before = _sentence_cue(doc, f, sent, exclude=set(range(span.start, len(doc))))
        ctx = before
    if ctx is not None and host is None:  # a fragment inside a framed clause ("laut X …") keeps its frame
        explicit = ctx
    if explicit is None and host is None and full and len(words) < 3 and not covers_sentence:
        return None
    kind = "direct" if full or (colon is not None) or (frame is not None and at_sentence_start) else "partial"
    q = Found(s, e, kind, sentence=si + _sentences_between(doc, span))
    if explicit is not None:
        q.speaker, q.cue = explicit.speaker, explicit.cue
    elif host is not None:
        q.speaker, q.cue = host.speaker, host.cue
    return q


def _pronoun_speaker(doc: Doc, f: QuoteFinder, frame: Frame) -> bool:
    sp = frame.speaker
    return sp is not None and sp[1] - sp[0] == 1 and doc[sp[0]].lower_ in f.pronouns


def _in_relative(doc: Doc, f: QuoteFinder, sent: Span, cue: tuple[int, int] | None) -> bool:
    """The cue verb stands in a relative clause (", zu der X aufgerufen hatte")."""
    if cue is None:
        return False
    k = _clause_start(doc, sent, cue[0])
    if k < len(doc) and doc[k].lower_ in f.preps:
        k += 1
    return k < cue[0] and doc[k].lower_ in f.relative


def _inside(doc: Doc, cue: tuple[int, int] | None, q: Found) -> bool:
    """The cue tokens lie inside the text of quotation ``q`` (so they are its content, not its frame)."""
    if cue is None:
        return False
    start = doc[cue[0]].idx
    parts = q.parts or [(q.start, q.end)]
    return any(s <= start < e for s, e in parts)


def _frame_after_words(doc: Doc, f: QuoteFinder, i: int, end: int) -> Frame | None:
    """ "Mit den Worten „…“, verabschiedete sich X": the subject of the verb after the quotation speaks."""
    while i < end and (doc[i].text == "," or doc[i].is_space):
        i += 1
    if i >= end or doc[i].pos_ not in ("VERB", "AUX"):
        return None
    speaker = f.speaker_of_cue(doc, i, i, i + 1, end)
    return Frame((i, i + 1), speaker) if speaker is not None else None


def _cue_noun_before(f: QuoteFinder, prev: Token | None) -> bool:
    """ "mit den Worten „…“", "die Warnung „…“": a speech noun right before the quotation."""
    return prev is not None and prev.text.lower() in f.colon_nouns


def _sentences_between(doc: Doc, span: Span) -> int:
    """How many sentence starts lie inside a quotation (multi-sentence quotes end sentences later)."""
    return sum(1 for t in doc[span.start + 1 : span.end] if t.is_sent_start and not t.is_space)


def _konjunktiv_outside(doc: Doc, f: QuoteFinder, sent: Span, span: Span) -> bool:
    """Reported speech around a fragment: a Konjunktiv verb in the sentence outside the quote."""
    return any(f.is_konjunktiv(t) and not _is_cap(t) for t in sent if not (span.start <= t.i < span.end))


def _compound_head(word: str, nouns: frozenset[str]) -> bool:
    return any(len(n) >= 4 and word.endswith(n) for n in nouns)


def _prev_word(doc: Doc, i: int) -> Token | None:
    k = i - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    return doc[k] if k >= 0 else None


def _next_token(doc: Doc, i: int) -> Token | None:
    while i < len(doc) and doc[i].is_space:
        i += 1
    return doc[i] if i < len(doc) else None


def _first_content(sent: Span) -> int:
    for t in sent:
        if not t.is_space:
            return t.i
    return sent.start


def _last_content(sent: Span) -> int:
    for t in reversed(sent):
        if not t.is_space and t.text not in TERMINAL:
            return t.i
    return sent.end - 1  # (a sentence of punctuation only, "! ! !": its last token, never one past the sentence)


def _right_frame(doc: Doc, f: QuoteFinder, i: int, end: int) -> Frame | None:
    after_quote = i
    while i < end and (doc[i].text in "," or doc[i].is_space):
        i += 1
    # "… als „sehr hoch“ eingestuft": no comma, the quotation stands inside the clause its verb closes
    inside = not any(doc[m].text == "," for m in range(after_quote, i))
    if i >= end:
        return None
    tok = doc[i]
    if tok.lower_ in f.coordinators:
        return None  # "„…“ und erklärte, …": a second verb of the sentence before, not a frame of the quote
    if tok.text.lower() == "so" and i + 1 < end:
        sp = f.np_after(doc, i + 1, end)
        if sp is not None and sp[1] + 1 < end and doc[sp[1]].lower_ in f.laut:
            relayed = f.np_after(doc, sp[1] + 1, end)  # "„…“, so die Sprachregelung laut der Agentur X"
            sp = relayed if relayed is not None else sp
        if sp is not None:
            return Frame((i, i + 1), sp)
        hit = f.cue_of(doc, i + 1, end)  # "„…“, so charakterisierte ihn X"
        if hit is not None:
            return Frame(hit[1], f.np_after(doc, hit[1][1] if hit[1][1] == i + 2 else i + 2, end))
    if tok.lower_ in f.aux:  # "„…“, hatte Koch-Mehrin damals gesagt": the participle comes later
        for k in range(i + 1, min(end, i + 14)):
            if _is_quote_char(doc[k]) and _in_short_quote(doc, k, i, end):
                continue  # a quoted name on the way: "wird X im Fachblatt „La Gazzetta“ zitiert"
            if doc[k].text in ",;:" or _is_quote_char(doc[k]) or doc[k].text in TERMINAL:
                break
            hit = f.cue_of(doc, k, end)
            if hit is not None and "Part" in doc[k].morph.get("VerbForm"):
                speaker = f.np_after(doc, i + 1, k)
                if hit[0].lemma == "zitieren" and speaker is not None:  # "„…“ wird X in der Zeitung zitiert"
                    f.note_relay(doc, speaker, f.citing_source(doc, k, i, end))
                return Frame(hit[1], speaker)
    if tok.lower_ in f.lassen:  # "„…“, ließ ein Sprecher aus Washington verlauten": the infinitive comes later
        for k in range(i + 2, min(end, i + 14)):
            if doc[k].text in ",;:" or _is_quote_char(doc[k]) or doc[k].text in TERMINAL:
                break
            hit = f.cue_of(doc, k, end)
            if hit is not None and k + 1 < end and (doc[k + 1].text in TERMINAL or doc[k + 1].text in ",;"):
                return Frame(hit[1], f.np_after(doc, i + 1, k))
    if tok.lower_ in f.question_modals and any(doc[m].text == "?" for m in range(max(0, after_quote - 3), after_quote)):
        # "„…?“, wollte die Abgeordnete wissen": the asker is the subject between modal and infinitive
        for k in range(i + 2, min(end, i + 14)):
            if doc[k].text in ",;:" or _is_quote_char(doc[k]) or doc[k].text in TERMINAL:
                break
            if doc[k].lower_ in f.question_infinitives and k + 1 < end and doc[k + 1].text in (*TERMINAL, ",", ";"):
                return Frame((k, k + 1), f.np_after(doc, i + 1, k))
    stop = min(end, i + 3)
    for k in range(i, stop):
        if _is_quote_char(doc[k]) or doc[k].text in TERMINAL:
            break
        hit = f.cue_of(doc, k, end)
        if hit is not None:
            cue, span = hit
            if cue.lemma == "zitieren":  # "„…“, zitiert die Zeitung X" / "wird X zitiert": X said it
                quoted = f.quoted_person(doc, k)
                if quoted is not None and i <= quoted[0] and quoted[1] <= end:
                    f.note_relay(doc, quoted, f.citing_source(doc, k, i, end))
                    return Frame(span, quoted)
            if k == i:  # "…“, sagte der Minister" / "heißt es in der Erklärung"
                if cue.lemma == "heißen":
                    return Frame(span, f.document_source(doc, k, k, end))
                sp = f.np_after(doc, span[1] if span[1] == k + 1 else k + 1, end)
            else:
                sp = f.np_before(doc, i, k)  # "…“, der Minister sagte"
            if sp is None and _has(doc, "DEP"):  # "…“, ließ ein Sprecher kurz verlauten": the parse's subject
                parsed = f.subject_from_parse(doc, k)
                lo = doc[k].sent.start if inside and k == i else i  # "vom Wetterdienst als „…“ eingestuft"
                if parsed is not None and f._plausible_speaker(doc, parsed, lo, end):
                    sp = parsed
            if sp is None and inside and k == i:
                # "Die Opposition hatte den Plan als „Unsinn“ bezeichnet" with a parse that misses the subject:
                # the clause's subject by word order
                sp = f.speaker_of_cue(doc, doc[k].sent.start, k, span[1], end, doc[k].sent.start)
            return Frame(span, sp)
    return None


def _left_colon_frame(doc: Doc, f: QuoteFinder, sent: Span, q_start: int) -> Frame | None:
    k = q_start - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 0 or doc[k].text != ":":
        return None
    colon = k
    # the clause before the colon may start in an earlier sentence piece: go back to a boundary
    start = colon - 1
    while start > 0 and doc[start - 1].text not in TERMINAL:
        if "\n" in doc[start - 1].text:
            break
        if _is_quote_char(doc[start - 1]):
            opening = _short_quote_start(doc, start - 1)
            if opening is None:
                break
            start = opening  # a quoted name inside the frame: "kommentierte laut „news.bbc.co.uk“ mit …"
            continue
        start -= 1
    for v in range(colon - 1, start - 1, -1):  # the main clause's verb is the one nearest the colon
        hit = f.cue_of(doc, v, colon)
        if hit is not None:
            _, span = hit
            clause = v
            while clause > start and doc[clause - 1].text != ",":
                clause -= 1
            closed = any(doc[m].text == "," for m in range(span[1], colon))
            if doc[clause].lower_ in f.subord and ((clause > start and doc[clause].lower_ != "wie") or closed):
                # "Auf der Homepage heißt es, warum man sich entschieden hat: „…“", "Wie der Sender berichtet, gab
                # X eine Erklärung ab: „…“": a side clause's verb does not introduce the quotation
                continue
            speaker = f.speaker_of_cue(doc, clause, v, span[1], colon, start)
            if (
                hit[0].role == "clause"
                and any(f.konjunktiv_kind(doc[m]) == 1 for m in range(clause, colon) if doc[m].pos_ in ("AUX", "VERB"))
                and not (speaker is not None and any(f._person_mention(doc, m) for m in range(*speaker)))
            ):
                # "Die Pflichten seien im Vertrag festgelegt: „…“": a clause in the Konjunktiv I is itself reported
                # speech; the quotation goes on with the speaker before
                return Frame(span, None)
            if speaker is not None:  # "X kommentierte laut „BBC“ mit den Worten: „…“": the medium relays it
                f.note_relay(doc, speaker, _source_inside(doc, f, start, colon))
            return Frame(span, speaker)
    for m in range(start, colon):
        if doc[m].text.lower() in f.colon_nouns:  # "versuchte mit den Worten zu beruhigen:"
            if _has(doc, "POS"):
                verbs = [k for k in range(start + 1, colon) if doc[k].pos_ in ("VERB", "AUX") and not _is_cap(doc[k])]
                if verbs:  # "X, ein Vertreter von Y, kommentierte das mit den Worten: „…“"
                    # the main clause's verb, not one of a side clause ("Wie X berichtet, gab Y eine Erklärung ab,
                    # die aus einem Wort bestand: „…“")
                    v0 = next((k for k in verbs if doc[k].dep_ == "ROOT"), verbs[0])
                    sp = f.speaker_of_cue(doc, start, v0, v0 + 1, colon, start)
                    owner = f.statement_owner(doc, sp, v0) if sp is not None else None
                    return Frame((m, m + 1), owner or sp)  # "Das Fazit von X überrascht nicht: „…“"
            first_verb = next((k for k in range(start + 1, colon) if doc[k].text[:1].islower()), colon)
            sp = f.np_before(doc, start, first_verb)
            owner = f.statement_owner(doc, (start, m + 1), colon) if m < first_verb else None
            return Frame((m, m + 1), owner or sp)
    n = colon - start
    if 0 < n <= f.lex.grammar.get("colon_speaker_max_tokens", 6):
        np = f.np_after(doc, start, colon)  # "Macron: „…“", "Der Minister: „…“"
        if np is not None and np == (start, colon) and doc[start].text.lower() not in f.oblique:
            return Frame((colon, colon + 1), np)
        if (
            np is not None
            and np[0] == start
            and np[1] < colon
            and doc[np[1]].lower_ in f.preps
            and not any(doc[m].pos_ in ("VERB", "AUX") for m in range(np[1], colon))
        ):
            return Frame((colon, colon + 1), np)  # "Nina Hagen zur neuen Heimat: „…“"
    if n <= 20 and _has(doc, "POS") and not any(doc[m].pos_ in ("VERB", "AUX") for m in range(start, colon)):
        np = f.np_after(doc, start, colon)  # "X, Präsident des Rats der EU: „…“": a name with its apposition
        if (
            np is not None
            and np[0] == start
            and (np[1] == colon or doc[np[1]].text == ",")
            and any(f._person_mention(doc, m) for m in range(*np))
        ):
            return Frame((colon, colon + 1), (start, colon))
    before = f.np_ending_at(doc, colon, start, back=12)
    if (
        before is not None
        and before[0] > start
        and doc[before[0] - 1].lower_ in {",", "und", "sowie"}
        and any(f._person_mention(doc, m) for m in range(*before))
        and not any(doc[m].pos_ in ("VERB", "AUX") for m in range(before[0], colon))
    ):
        return Frame((colon, colon + 1), before)  # "…, so X, Y und der Ministerpräsident Z: „…“": a list of voices
    reported = any(doc[m].lower_ == "so" for m in range(start, colon))
    # "Die Pflichten seien im Vertrag festgelegt: „…“": a clause in the Konjunktiv I is itself reported speech, and the
    # quotation goes on with its speaker
    main_end = next((m for m in range(start, colon) if doc[m].text in ",;"), colon)  # the main clause only
    reported = reported or any(f.konjunktiv_kind(doc[m]) == 1 for m in range(start, main_end) if doc[m].pos_ == "AUX")
    if _has(doc, "DEP") and not reported:
        # "Die Firma empfindet die Kritik als ungerechtfertigt: „…“" – whoever is the subject of the clause
        # that introduces a quotation with a colon speaks it, whatever the verb (not when the clause is itself
        # reported speech, "…, so X weiter: „…“", nor "Seine Zuversicht gründet auf …:", which points back)
        for v in range(colon - 1, start - 1, -1):
            tok = doc[v]
            # a rare verb the tagger misses ("Kovac haderte:" as ADV) still heads the clause and its subject
            verb_like = tok.pos_ in ("VERB", "AUX") or (
                tok.dep_ == "ROOT" and tok.text[:1].islower() and any(c.dep_ == "nsubj" for c in tok.children)
            )
            if not verb_like or not (tok.dep_ == "ROOT" or not start <= tok.head.i < colon):
                continue
            parsed = f.subject_from_parse(doc, v) if f.konjunktiv_kind(tok) != 1 else None
            if (
                parsed is not None
                and f._plausible_speaker(doc, parsed, start, colon)
                and "Yes" not in doc[parsed[0]].morph.get("Poss")
            ):
                owner = f.statement_owner(doc, parsed, v)  # "Das Fazit von X fällt positiv aus: „…“"
                return Frame((v, v + 1), owner or f._person_after_fronted_object(doc, parsed, v, colon) or parsed)
            break
    return None


def _source_inside(doc: Doc, f: QuoteFinder, start: int, end: int) -> tuple[int, int] | None:
    """A "laut X" phrase inside a frame clause."""
    for m in range(start, end - 1):
        if doc[m].lower_ in f.laut:
            if _is_quote_char(doc[m + 1]):  # laut „news.bbc.co.uk“
                close = _short_quote_end(doc, m + 1, end)
                return (m + 1, close) if close else None
            return f.np_after(doc, m + 1, end)
    return None


def _short_quote_end(doc: Doc, opening: int, end: int) -> int:
    """End (exclusive) of a short quoted phrase opening at ``opening`` (up to 8 tokens), else 0."""
    for m in range(opening + 1, min(end, opening + 9)):
        if doc[m].text in TERMINAL:
            return 0
        if _is_quote_char(doc[m]):
            return m + 1 if m > opening + 1 else 0
    return 0


def _left_comma_frame(doc: Doc, f: QuoteFinder, sent: Span, q_start: int) -> Frame | None:
    k = q_start - 1
    while k >= sent.start and doc[k].is_space:
        k -= 1
    if k < sent.start or doc[k].text != ",":
        return None
    for v in range(k - 1, max(sent.start, k - 12) - 1, -1):
        hit = f.cue_of(doc, v, k)
        if hit is not None:
            _, span = hit
            return Frame(span, f.speaker_of_cue(doc, _clause_start(doc, sent, v), v, span[1], k, sent.start))
    return None


def _sentence_cue(doc: Doc, f: QuoteFinder, sent: Span, exclude: set[int]) -> Frame | None:
    hits = []
    for t in sent:
        if t.i in exclude or t.is_space:
            continue
        hit = f.cue_of(doc, t.i, sent.end)
        if hit is not None and _attributive_naming(doc, f, sent, t.i, hit[0]):
            continue  # "durch sogenannte „PACs“, kurz „PACs“ genannt, …": a name explained, no one speaking
        if hit is not None:
            hits.append((t.i, hit[1]))
    if not hits:
        return None
    quote = min(exclude) if exclude else None
    if quote is not None and len(hits) > 1:
        # "X nannte A „…“, Y bezeichnete B als „…“": the cue of the quotation's own clause, the last one before it
        # when no comma separates them and it names a speaker, else the first in the sentence
        # (commas of a relative clause may stand between: "Y bezeichnete acht Karten in einem Spiel, in dem es nur
        # 26 Fouls gab, als „übertrieben“")
        before = [(m, sp) for m, sp in hits if m < quote and not _main_clause_between(doc, f, m, quote)]
        if before and before[-1] != hits[0] and f.konjunktiv_kind(doc[before[-1][0]]) == 0:
            k, span = before[-1]
            speaker = f.speaker_of_cue(doc, _clause_start(doc, sent, k), k, span[1], sent.end, sent.start)
            if speaker is not None and _nominal(doc, speaker) and _is_cap(doc[speaker[0]]):
                return Frame(span, speaker)
    k, span = hits[0]
    return Frame(span, f.speaker_of_cue(doc, _clause_start(doc, sent, k), k, span[1], sent.end, sent.start))


def _main_clause_between(doc: Doc, f: QuoteFinder, a: int, b: int) -> bool:
    """A comma between tokens ``a`` and ``b`` that does not open a relative clause closed again before ``b``."""
    m = a
    while m < b:
        if doc[m].text == ",":
            nxt = m + 1
            if nxt < b and doc[nxt].lower_ in f.preps:
                nxt += 1  # ", in dem …"
            close = next((j for j in range(nxt + 1, b) if doc[j].text == ","), None)
            if nxt < b and doc[nxt].lower_ in f.relative and close is not None:
                m = close + 1
                continue
            return True
        m += 1
    return False


def _attributive_naming(doc: Doc, f: QuoteFinder, sent: Span, k: int, cue: Cue) -> bool:
    """A naming participle with no finite verb in its clause ("…, kurz „X“ genannt, …") names, it does not report."""
    if cue.lemma not in f.naming_cues or "Part" not in doc[k].morph.get("VerbForm"):
        return False
    lo, hi = _clause_around(doc, sent, (k, k + 1))
    return not any(doc[m].tag_ in ("VAFIN", "VMFIN", "VVFIN") for m in range(lo, hi))


def _clause_start(doc: Doc, sent: Span, i: int) -> int:
    k = i - 1
    while k >= sent.start and doc[k].text not in ",;:":
        if _is_quote_char(doc[k]):
            opening = _short_quote_start(doc, k) if doc[k].text in CLOSING_MARKS else None
            if opening is None or opening < sent.start or not _quoted_name_end(doc, opening, k + 1):
                break
            k = opening  # a quoted name inside the clause: "Die Zeitschrift „Jungle World“ hatte kritisiert"
        k -= 1
    return k + 1


# --- indirect and reported speech -----------------------------------------------------------


def _indirect_in_sentence(doc: Doc, f: QuoteFinder, sent: Span, in_direct: set[int], si: int) -> list[Found]:
    space = token_strings(doc)[4]  # plain list: no Token object per token
    free = [i for i in range(sent.start, sent.end) if not space[i]]
    toks = [i for i in free if i not in in_direct]
    if len(toks) < 3:
        return []
    if sum(1 for i in free if i in in_direct) > 0.6 * len(free):
        return []  # the sentence is a direct quote
    end = _last_content(sent) + 1
    start = _first_content(sent)
    found: list[Found] = []
    source = _source_phrase(doc, f, sent, in_direct)
    if source is not None:
        frame_start, frame_end, speaker, cue = source
        lo, hi = _source_scope(doc, f, sent, frame_start, frame_end, start, end)
        parts = _minus(doc, lo, hi, frame_start, frame_end)
        q = _found_from_parts(doc, parts, "indirect", si)
        if q is not None:
            q.speaker, q.cue = speaker, cue
            return [q]
    # the first tests of ``cue_of`` and ``_held_noun_complement`` on plain strings: most words are neither a cue nor
    # a speech noun, and are passed over here without a call and a Token object
    words, verbs = _cue_strings(doc)
    joined, forms, cue_nouns, infinitive_nouns = f.lex.joined, f.lex.forms, f.lex.cue_nouns, f.infinitive_nouns
    for k in toks:
        if k >= end:
            break
        word = words[k]
        low = word.lower()
        if not (word[:1].isalpha() and (verbs[k] or low in joined or low in forms)) and not (
            low in cue_nouns or low in infinitive_nouns
        ):
            continue  # cue_of and _held_noun_complement would both answer None
        if found and doc[k].idx < found[-1].end and not _coordinated(doc, k, sent.start):
            continue
        hit = f.cue_of(doc, k, sent.end)
        if hit is None:
            q = _held_noun_complement(doc, f, sent, k, in_direct, si)
            if q is not None:  # "Auf den Vorwurf der Opposition, es handele sich um …, entgegnete X": the holder's
                found.append(q)
            continue
        cue, span = hit
        q = _complement(doc, f, sent, k, span, in_direct, si, cue)
        if q is not None and _attribution_clause(doc, f, q):
            q = None  # "nahm den Rücktritt an, wie das Rathaus mitteilte": an attribution, not what was said
        if q is not None and _condition_only(doc, f, q):
            q = None  # "hatte mit dem Abzug gedroht, falls der Staat nicht zahlt": the threat's condition, not speech
        # "Sie wisse, dass …, sagte X", also with no complement of its own ("…, drohe eine Strafe, warnte X")
        # (also a participle cue under a Konjunktiv I auxiliary: "Berlin habe Geduld gezeigt, …, sagte er")
        aux_konj1 = "Part" in doc[k].morph.get("VerbForm") and any(
            c.dep_ == "aux" and c.i < k and f.konjunktiv_kind(c) == 1 for c in doc[k].children
        )
        if not found and (
            f.konjunktiv_kind(doc[k]) == 1 or aux_konj1 or (q is not None and _reported_modal(doc, f, sent, k))
        ):
            outer = _outer_inverted(doc, f, sent, span[1], in_direct, si)
            if outer is not None:  # "Sie wisse, dass …, sagte X": the reported frame is X's speech
                return [outer]
        if q is None and not found:
            q = _inverted(doc, f, sent, k, span, in_direct, si)
        if q is None:
            continue
        if found and q.start < found[-1].end:
            # "…, dass X gilt, und gab an, Y zu tun": the first complement ends where the next frame starts
            prev = found[-1]
            cut = _coordinated(doc, k, sent.start)
            if cut is None or doc[cut].idx <= prev.start:
                continue
            prev_span = doc.char_span(prev.start, prev.end, alignment_mode="expand")
            trimmed = _found_from_parts(doc, [(prev_span.start, cut)], prev.kind, si) if prev_span else None
            if trimmed is None:
                continue
            trimmed.speaker, trimmed.cue = prev.speaker, prev.cue
            found[-1] = trimmed
            if q.speaker is None:
                q.speaker = prev.speaker
        found.append(q)
    if not found:
        texts = token_strings(doc)[1]  # plain list: no Token object per token
        for k in toks:
            low = texts[k].lower()
            if low in f.lex.cue_nouns and k + 1 < end and texts[k + 1] == ",":
                q = _complement(doc, f, sent, k, (k, k + 1), in_direct, si, Cue(low, None, "noun"))
                if q is not None:
                    found.append(q)
                    break
    if not found:
        opening = _colon_opening(doc, f, sent, in_direct)
        q = None
        if opening is not None:
            q = _noun_colon_report(doc, f, opening, in_direct, si) or _verb_colon_report(doc, f, opening, in_direct, si)
        if q is not None:
            return [q]
    if found:
        return found
    q = _reported(doc, f, sent, in_direct, si)
    return [q] if q is not None else []


def _condition_only(doc: Doc, f: QuoteFinder, q: Found) -> bool:
    """The content found is one conditional clause and nothing else ("drohte mit der Schließung, falls das Land
    nicht zahlt"): the condition of the act named before it, not what was said ("drohte, falls das Land nicht
    zahle, werde man schließen" goes on past a comma to what was said; a condition in the Konjunktiv I, "drohte
    mit einem Veto, falls der Text nicht geändert werde", is the speaker's own)."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or len(span) < 3 or span[0].lower_ not in f.conditionals:
        return False
    return not any((t.text in ",;:" and t.i < span.end - 1) or f.konjunktiv_kind(t) == 1 for t in span[1:])


def _attribution_clause(doc: Doc, f: QuoteFinder, q: Found) -> bool:
    """The content found is itself an attribution clause ("wie das Rathaus mitteilte"): "wie" and a speech verb."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or len(span) < 3 or span[0].lower_ != "wie":
        return False
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX")]
    return bool(verbs) and verbs[-1].i >= span.end - 2 and f.cue_of(doc, verbs[-1].i, span.end) is not None


def _colon_opening(
    doc: Doc, f: QuoteFinder, sent: Span, in_direct: set[int]
) -> tuple[int, int, int, tuple[int, int]] | None:
    """The sentence's content bounds, its first colon outside direct quotes and the noun phrase that opens the
    sentence and reaches up to the colon without a comma: (start, end, colon, subject), or None (read once for
    both colon reports)."""
    start = _first_content(sent)
    end = _last_content(sent) + 1
    texts = _cue_strings(doc)[0]  # plain strings: this scans every sentence with no reported speech
    colon = next((k for k in range(start, end) if texts[k] == ":" and k not in in_direct), None)
    if colon is None or colon + 2 >= end or any(k in in_direct for k in range(start, colon)):
        return None
    if any(doc[k].text in ",;" for k in range(start, colon)):
        return None
    subject = f.np_after(doc, start, colon)
    if subject is None or subject[0] != start:
        return None
    return start, end, colon, subject


def _noun_colon_report(
    doc: Doc, f: QuoteFinder, opening: tuple[int, int, int, tuple[int, int]], in_direct: set[int], si: int
) -> Found | None:
    """ "Die Antwort des Ministers X kam am Abend: Man wolle …": a speech noun with its holder opens the
    sentence, and the Konjunktiv I clause after the colon is the holder's reported speech."""
    start, end, colon, _subject = opening
    owner = f.statement_owner(doc, (start, colon), colon) or _noun_holder(doc, f, start, colon)
    if owner is None:
        return None
    body = colon + 1
    while body < end and doc[body].is_space:
        body += 1
    window = [m for m in range(body, min(end, body + 8)) if doc[m].text not in ",;"]
    if not any(f.konjunktiv_kind(doc[m]) == 1 for m in window) or body in in_direct:
        return None
    q = _found_from_parts(doc, [(body, _complement_end(doc, f, body, end))], "indirect", si)
    if q is not None:
        q.speaker = owner
    return q


def _verb_colon_report(
    doc: Doc, f: QuoteFinder, opening: tuple[int, int, int, tuple[int, int]], in_direct: set[int], si: int
) -> Found | None:
    """ "Die Vertreter lehnten umgehend ab: Mit einem Vorstand, der lüge, werde man nicht reden.", "Die Regierung
    reagierte prompt: Man werde …": a main clause of a subject and its finite verb (in the indicative) ends in a
    colon, and the clause after it is in the Konjunktiv I: that clause is the subject's reported speech, whatever
    the verb (the mood, not the verb, marks the speech)."""
    _start, end, colon, subject = opening
    finite = next((k for k in range(subject[1], colon) if doc[k].tag_ in ("VVFIN", "VAFIN", "VMFIN")), None)
    if finite is None or finite - subject[1] > 3 or f.konjunktiv_kind(doc[finite]) == 1:
        return None
    body = colon + 1
    while body < end and doc[body].is_space:
        body += 1
    # (a relative clause may stand before the main verb: "Mit einem Vorstand, der lüge, werde man …")
    window = [m for m in range(body, min(end, body + 14)) if doc[m].text not in ",;"]
    if body in in_direct or not any(f.konjunktiv_kind(doc[m]) == 1 for m in window):
        return None
    q = _found_from_parts(doc, [(body, _complement_end(doc, f, body, end))], "indirect", si)
    if q is not None:
        if doc[subject[0]].lower_ in f.possessive_relatives and subject[1] - subject[0] > 1:
            # "Deren Vertreter lehnten ab": the possessor is a group named before, not the last speaker that a
            # pronoun would stand for; the noun alone speaks
            subject = (subject[0] + 1, subject[1])
        q.speaker, q.cue = subject, (finite, finite + 1)
    return q


def _noun_holder(doc: Doc, f: QuoteFinder, start: int, end: int) -> tuple[int, int] | None:
    """The genitive or "von" phrase after a speech noun opening ``[start, end)``: "Die Stellungnahme des
    Ministeriums", "Die Antwort von X"."""
    nouns = f.colon_nouns | f.lex.cue_nouns
    k = next((m for m in range(start, end) if _is_cap(doc[m]) and doc[m].lower_ not in f.articles), None)
    if k is None or doc[k].lower_ not in nouns or k + 2 >= end:
        return None
    nxt = doc[k + 1].lower_
    if nxt in f.von:
        return f.np_after(doc, k + 2, end)
    if nxt in f.genitive_articles:
        return f.np_after(doc, k + 1, end)
    return None


def _coordinated(doc: Doc, k: int, lo: int) -> int | None:
    """Start of ", und <verb>" / "und <verb>" right before token ``k`` (a second main clause)."""
    m = k - 1
    while m > lo and m > k - 4:
        if doc[m].text.lower() in _grammar_words(doc.lang_, "speaker_list_conjunctions"):
            return m - 1 if doc[m - 1].text == "," else m
        m -= 1
    return None


def _source_phrase(
    doc: Doc, f: QuoteFinder, sent: Span, in_direct: set[int]
) -> tuple[int, int, tuple[int, int] | None, tuple[int, int]] | None:
    """'laut X', 'X zufolge', 'nach Angaben (von) X', 'wie X mitteilte': frame span, speaker, cue."""
    end = sent.end
    _, texts, _, _, space = token_strings(doc)  # plain lists: no Token object per token
    for i in range(sent.start, end):
        if space[i] or i in in_direct:
            continue
        low = texts[i].lower()
        if low in f.laut and i + 1 < end:
            sp = f.np_after(doc, i + 1, end)
            if sp is None and _is_quote_char(doc[i + 1]):  # laut „BBC News“
                m = i + 2
                while m < end and not _is_quote_char(doc[m]) and m - i < 10:
                    m += 1
                sp = (i + 1, m + 1) if m < end else None
            if sp is not None:
                return i, _frame_end(doc, sp[1], end), sp, (i, i + 1)
        if low in f.zufolge:
            sp = f.np_ending_at(doc, i, sent.start)  # "Berichten zufolge", "Angaben der Polizei zufolge"
            if sp is None and i - 1 > sent.start and _is_quote_char(doc[i - 1]):
                opening = _short_quote_start(doc, i - 1)  # "Dem „Handelsblatt“ zufolge": a quoted name
                if opening is not None:
                    det = opening - 1 >= sent.start and (
                        doc[opening - 1].pos_ == "DET" or doc[opening - 1].lower_ in f.articles
                    )
                    sp = (opening - 1 if det else opening, i)
            if sp is None:
                sp = (i - 1, i) if i - 1 >= sent.start else None
            if sp is not None and sp[0] - 2 >= sent.start and doc[sp[0] - 1].lower_ in f.locative_preps:
                # "Diplomaten in Doha zufolge": the people at the place report, not the place (tenth session)
                holder = f.np_ending_at(doc, sp[0] - 1, sent.start)
                if holder is not None and doc[holder[1] - 1].pos_ == "NOUN":
                    sp = (holder[0], sp[1])
            c = sp[0] - 1 if sp is not None else sent.start
            while c > sent.start and doc[c].text not in ",;:" and sp[0] - c <= 10:
                c -= 1
            hit = f.cue_of(doc, c + 1, sp[0]) if sp is not None and doc[c].text == "," and c + 1 < sp[0] else None
            subject = f.np_after(doc, hit[1][1], sp[0]) if hit is not None and hit[0].role != "report" else None
            if subject is None and hit is not None and hit[0].role != "report" and hit[1][1] == sp[0]:
                # "sagte Petrow der Agentur X zufolge": the phrase before "zufolge" took the speaker in
                d = next((m for m in range(sp[0] + 1, sp[1]) if doc[m].lower_ in f.dative_articles), None)
                if d is not None:
                    subject, sp = (sp[0], d), (d, sp[1])
            if subject is not None and subject[1] <= sp[0]:
                # "…, sagte er der Agentur X zufolge": the subject of the cue speaks, the agency relays
                f.note_relay(doc, subject, sp)
                return _frame_start(doc, c + 1, sent.start), _frame_end(doc, i + 1, end), subject, hit[1]
            if sp is not None:
                return _frame_start(doc, sp[0], sent.start), _frame_end(doc, i + 1, end), sp, (i, i + 1)
        if low == "so" and i > sent.start and doc[i - 1].text == "," and i + 1 < end:
            # "…, so der Sprecher." – the reporting frame closes the sentence or a clause
            sp = f.np_after(doc, i + 1, end)
            if sp is not None and sp[1] < end and doc[sp[1]].lower_ in f.laut:
                sp = None  # "…, so die Sprachregelung laut der Agentur X, …": the agency is the source
            if sp is not None:
                fe = sp[1]
                while fe < end and doc[fe].text != "," and doc[fe].text not in TERMINAL:
                    fe += 1
                if fe >= _last_content(sent) or doc[fe].text == ",":
                    return i - 1, _frame_end(doc, fe, end), sp, (i, i + 1)
        if (
            low == "nach"
            and i - 2 >= sent.start
            and f.nach_noun(doc[i - 1].text)
            and doc[i - 2].lower_ in f.postposed_nach
            and (i - 2 == sent.start or doc[i - 3].text == ",")
        ):  # "Seiner Meinung nach …", "Dem Vernehmen nach …": the phrase is the source
            return i - 2, _frame_end(doc, i + 1, end), (i - 2, i), (i, i + 1)
        if low == "nach" and i + 1 < end:
            k = i + 1
            while k < end and k - i <= 3 and not f.nach_noun(doc[k].text):
                if doc[k].text in ",.;:":
                    break
                k += 1
            if k < end and f.nach_noun(doc[k].text):
                sp = None  # "nach ersten Meldungen": the source is the phrase itself
                if k + 1 < end and doc[k + 1].text.lower() in f.nach_source_words:
                    # "nach Angaben von X", "nach Angaben aus Diplomatenkreisen": the phrase after the preposition
                    sp = f.np_after(doc, k + 2 if doc[k + 1].text.lower() in f.origin_preps else k + 1, end)
                speaker = sp if sp is not None else (i + 1, k + 1)
                if sp is None and doc[k - 1].text.lower() in f.own_words and _has(doc, "DEP"):
                    # "Die Behörde schickte nach eigenen Angaben 3.000 Helfer": the phrase points to the subject
                    root = next((t for t in sent if t.dep_ == "ROOT"), None)
                    own = None
                    if doc[k].head.pos_ in ("VERB", "AUX") and doc[k].head.i != k:
                        # the verb the phrase hangs on first (the ROOT may be a paragraph break)
                        own = f.subject_from_parse(doc, doc[k].head.i)
                    if own is None and root is not None:
                        own = f.subject_from_parse(doc, root.i)
                    if own is not None and not own[0] <= k < own[1]:
                        _resolutions(doc)[speaker] = own
                fe = max(k + 1, sp[1] if sp is not None else k + 1)
                return _frame_start(doc, i, sent.start), _frame_end(doc, fe, end), speaker, (i, k + 1)
        if (
            low == "wie"
            and (i == _first_content(sent) or doc[i - 1].text == ",")
            and not any(f.cue_of(doc, m, i) is not None for m in range(sent.start, i) if m not in in_direct)
        ):  # not after a frame of its own: "X sagte, er verstehe nicht, wie Y behaupten konnte, …"
            # ", wie die Polizei mitteilte," – a verb-final frame
            v = i
            relative_end = i
            while v + 1 < min(end, i + 20 + relative_end - i):
                v += 1
                if doc[v].text in ".;:":
                    break
                if doc[v].text == ",":
                    # a comma continues the frame only around an apposition ("X, der Direktor, mitteilte") or a
                    # relative clause ("wie X, der als Beobachter dort war, feststellt")
                    if v + 1 < end and (_is_cap(doc[v + 1]) or f.cue_of(doc, v + 1, end) is not None):
                        continue
                    if v + 1 < end and doc[v + 1].lower_ in f.relative and relative_end == i:
                        close = next((m for m in range(v + 2, min(end, v + 30)) if doc[m].text == ","), None)
                        if close is not None:
                            relative_end = close
                            v = close
                            continue
                    break
                if v < relative_end:
                    continue
                hit = f.cue_of(doc, v, end)
                if (
                    hit is not None
                    and hit[0].lemma in f.naming_cues
                    and (
                        "Part" in doc[v].morph.get("VerbForm")
                        or doc[v].lower_.startswith("genannt")
                        or any(doc[m].lower_ == "sich" for m in range(i, v))
                    )
                ):
                    break  # "„Uncle Ted“, wie der Senator genannt wurde / wie er sich nannte": a name, no source
                if hit is not None:
                    first = doc[i + 1].text.lower()
                    v0 = hit[1][0]
                    sp = f.np_after(doc, i + 2, v0) if first in f.origin_preps else f.np_before(doc, i + 1, v0)
                    if sp is None and _has(doc, "DEP"):  # a long subject: "wie das Magazin X in einem Bericht …"
                        parsed = f.subject_from_parse(doc, v)
                        sp = parsed if parsed is not None and i < parsed[0] and parsed[1] <= v0 else None
                    if sp is not None and first not in f.origin_preps:
                        # "wie das Kartell nach einem Treffen der Minister in Wien mitteilte": a time or occasion
                        # phrase after the speaker's noun is no part of the speaker (nor is a place inside it)
                        cut = next(
                            (
                                m for m in range(sp[0] + 2, sp[1] - 1)
                                if doc[m].lower_ in f.speaker_adjunct_preps and _is_cap(doc[m - 1])
                            ),
                            None,
                        )  # fmt: skip
                        if cut is not None:
                            sp = (sp[0], cut)
                    fs = i - 1 if doc[i - 1].text == "," else i
                    return fs, _frame_end(doc, hit[1][1], end), sp, hit[1]
        if low == "für" and i == _first_content(sent) and i + 1 < end:
            # "Für den Theologen X sei der Rücktritt „verständlich“": a person's view, reported in the Konjunktiv I
            sp = f.np_after(doc, i + 1, end)
            if (
                sp is not None
                and sp[1] < end
                and f.konjunktiv_kind(doc[sp[1]]) == 1
                and any(f._person_mention(doc, m) for m in range(*sp))
            ):
                return i, sp[1], sp, (i, i + 1)
        if low in f.back_references:  # "demnach": the adverb points back to the last source
            return i, i + 1, (i, i + 1), (i, i + 1)
    return None


def _source_scope(doc: Doc, f: QuoteFinder, sent: Span, fs: int, fe: int, start: int, end: int) -> tuple[int, int]:
    """What a 'laut X' frame covers: its own subordinate clause if it sits in one, else the sentence."""
    lo, hi = start, end
    k = fs - 1
    while k > start and doc[k].text not in ",;:":
        k -= 1
    if k > start and doc[k].text == "," and k + 1 < fs:
        opener = doc[k + 1].text.lower()
        # a relative clause ends in its verb; "Der Bund, die Stadt und der Kreis einigten sich, wie …" is a list
        verb_final = opener not in f.relative or not any(
            "Fin" in doc[m].morph.get("VerbForm") and doc[m + 1].pos_ not in ("VERB", "AUX", "PART")
            for m in range(k + 2, fs - 1)
        )
        if opener in f.subord or (opener in f.relative and verb_final):
            lo = k + 1
            m = fe
            while m < end and doc[m].text not in ",;:":
                m += 1
            hi = m
    else:
        m = fe
        while m < end and doc[m].text not in ";:":
            m += 1
        hi = m
    return lo, hi


def _frame_start(doc: Doc, s: int, lo: int) -> int:
    while s > lo and doc[s - 1].text == ",":
        s -= 1
    return s


def _frame_end(doc: Doc, e: int, hi: int) -> int:
    while e < hi and doc[e].text == ",":
        e += 1
    return e


def _minus(doc: Doc, start: int, end: int, fs: int, fe: int) -> list[tuple[int, int]]:
    parts = []
    if fs > start:
        parts.append((start, fs))
    if fe < end:
        parts.append((fe, end))
    return [(s, e) for s, e in parts if any(not doc[k].is_space and doc[k].text not in ",;–-" for k in range(s, e))]


def _found_from_parts(doc: Doc, parts: list[tuple[int, int]], kind: str, si: int) -> Found | None:
    chars = []
    for s, e in parts:
        while s < e and (doc[s].is_space or doc[s].text in ",;–-"):
            s += 1
        while e > s and (doc[e - 1].is_space or doc[e - 1].text in ",;–-:"):
            e -= 1
        if e - s >= 2:
            chars.append((doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)))
    if not chars:
        return None
    return Found(chars[0][0], chars[-1][1], kind, parts=chars, sentence=si)


def _complement(
    doc: Doc, f: QuoteFinder, sent: Span, k: int, span: tuple[int, int], in_direct: set[int], si: int, cue: Cue
) -> Found | None:
    """'X sagte, dass …' / 'X betonte, man werde …' / 'X forderte Y auf, … zu tun'."""
    end = _last_content(sent) + 1
    c = max(span[1], k + 1)
    limit = min(end, c + 14)
    while c < limit and doc[c].text not in ",:":
        if doc[c].text in TERMINAL:
            return None
        c += 1
    if c >= limit:
        return None
    body = c + 1
    while body < end and doc[body].is_space:
        body += 1
    if body >= end or (body in in_direct and _direct_covers_rest(doc, body, end, in_direct)):
        return None
    if "Fin" in doc[body].morph.get("VerbForm") and doc[body].pos_ in ("VERB", "AUX"):
        return None  # "X, die … gerügt worden waren, plant …": the main clause resumes, nothing is reported
    first = doc[body].text.lower()
    if first in f.adverbial_openers and not any(
        f.konjunktiv_kind(doc[m]) == 1 for m in range(body, min(end, body + 14)) if doc[m].text not in ",;"
    ):
        # "X bestätigte den Unfall, da …", "…, um … zu …": a side clause, not what was said (unless its
        # Konjunktiv I reports speech: "…, weil die Kasse es versäumt habe")
        return None
    clause_end = end
    ok = first in f.subord
    if (
        ok
        and first in f.relative_adverbs
        and _has(doc, "POS")
        and doc[c - 1].pos_ in ("NOUN", "PROPN")
        and doc[c - 1].lower_ not in f.lex.cue_nouns | f.colon_nouns
        and not any(f.konjunktiv_kind(doc[m]) == 1 for m in range(body, min(end, body + 20)))
    ):
        return None  # "… im Norden des Landes, wo Milizen Anschläge verüben": a relative clause on the place
    if (
        first in f.relative
        and doc[body].pos_ == "PRON"
        and "Rel" in doc[body].morph.get("PronType")
        and body + 1 < end
        and "Fin" not in doc[body + 1].morph.get("VerbForm")  # not "Er sagte, der sei krank" (a demonstrative)
        and not any(f.konjunktiv_kind(doc[m]) == 1 for m in range(body, min(end, body + 20)))
    ):
        # "X hatte die Auslieferung des Kaufmanns Y abgelehnt, den die Polizei sucht": a relative clause on a
        # noun of the main clause, not what X said (2026-12-05, tenth session)
        return None
    # right after the cue (and its subject or particle) a comma opens the reported clause:
    # "Er sagte, die Lage ist ernst" – unless the comma closes an apposition
    near = cue.role not in ("report", "noun") and c - max(span[1], k + 1) <= 4
    if (
        near
        and _has(doc, "DEP")
        and any(doc[m].dep_ in ("obj", "oa") and doc[m].pos_ in ("NOUN", "PROPN") for m in range(k + 1, c))
        and any(
            "Fin" in doc[m].morph.get("VerbForm")
            for m in itertools.takewhile(lambda m: doc[m].text not in ",;", range(body, end))
        )
    ):
        # "Ein Wachmann erwiderte das Feuer, der Täter floh": a noun object takes the verb's place for what is
        # said, so an indicative main clause after the comma is no report (a Konjunktiv one still is)
        near = False
    # "X sagte Hilfe zu: Das Amt kündigte an, … zu geben": after a colon, a subject and an indicative cue verb are
    # a second speaker's own frame, and its zu-infinitive or Konjunktiv is that speaker's (tenth session)
    own_frame = False
    if doc[c].text == ":" and (subject := f.np_after(doc, body, end)) is not None and subject[1] < end:
        verb = doc[subject[1]]
        own_frame = "Fin" in verb.morph.get("VerbForm") and f.konjunktiv_kind(verb) == 0
        own_frame = own_frame and f.cue_of(doc, verb.i, end) is not None
    if not ok and near and (doc[body].text[:1].isupper() or first in f.articles):
        ok = f.np_after(doc, body, end) is not None and not _apposition_close(doc, body, end)
        verb = next((m for m in range(body, end) if "Fin" in doc[m].morph.get("VerbForm")), None)
        if ok and verb is not None and f.cue_of(doc, verb, end) is not None and f.konjunktiv_kind(doc[verb]) == 0:
            ok = False  # "X wies die Kritik zurück, die Sprecherin Y erklärte: …": a second speaker's own frame
        if ok and _has(doc, "POS") and _verbless(doc, f, body, end):
            ok = False  # "„…“, sagte X, Chef von Y.", "Das bestätigte der Präsident, X.": an apposition follows
    if not ok and near and first in f.pronouns:
        ok = True
    if not ok and not own_frame:
        for m in range(body, min(end, body + 12)):
            if doc[m].text in ",;" and m > body + 1:
                break
            if f.is_konjunktiv(doc[m]) and not _is_cap(doc[m]):
                ok = True
                break
    infinitive = False
    if not ok and not own_frame:
        # infinitive complement: "forderte die Regierung auf, die Gesetze zu ändern"
        for m in range(body, end - 1):
            if doc[m].text.lower() == "zu" and doc[m + 1].text[:1].islower():
                if _has(doc, "POS") and doc[m + 1].pos_ not in ("VERB", "AUX") and doc[m + 1].lower_ in f.articles:
                    continue  # "…, Wolfgang X, zu den Vorgängen": a preposition, no infinitive
                ok = infinitive = m - body < 20
                break
        if not ok and _zu_infinitive(doc, body, end):
            # "kündigte an, von seinem Amt zurückzutreten": the particle verb holds its "zu" (ninth session)
            clause = itertools.takewhile(lambda m: doc[m].text not in ",;", range(body, min(end, body + 20)))
            ok = infinitive = any(doc[m].tag_ == "VVIZU" or "zu" in doc[m].lower_[2:-3] for m in clause)
    if not ok:
        return None
    clause_start = _clause_start(doc, sent, k)
    # (a zu-infinitive whose "haben"/"sein" the Konjunktiv test took first: "… erhoben zu haben, und zogen …")
    zu_clause = infinitive or _zu_infinitive(doc, body, end)
    if cue.role == "noun" and zu_clause and _judged_noun(doc, f, k):
        return None  # "X kritisierte die Entscheidung, das Werk zu schließen": no holder named, nobody's words
    if cue.role == "noun":  # "der Appell, …", "mit der Begründung, …": the noun phrase is the source
        speaker = f.subject_of_noun_cue(doc, k) or f.np_ending_at(doc, k + 1, sent.start) or (k, k + 1)
    else:
        speaker = f.speaker_of_cue(doc, clause_start, k, span[1], c, sent.start)
    demand = None
    if cue.lemma in f.rejecting_verbs and zu_clause:
        demand = next((m for m in range(k + 1, c) if doc[m].lower_ in f.lex.cue_nouns), None)
    elif cue.lemma in f.judging_verbs and zu_clause:
        # "X protestierte gegen die Entscheidung der Regierung, … zu …", "X begrüßte den Plan der Y, … zu …": the
        # zu-infinitive is the decision's or plan's content, its holder's (eleventh session)
        demand = next((m for m in range(k + 1, c) if doc[m].lower_ in f.infinitive_nouns), None)
    if demand is not None:
        # "X wies die Forderung der Regierung zurück, … zu …": the demand's content, not X's; its holder (the
        # genitive or "von" phrase) asks for it, or no one named
        nxt = doc[demand + 1].lower_ if demand + 1 < c else ""
        holder = f.np_after(doc, demand + (2 if nxt in f.von else 1), c) if nxt in f.demand_holders else None
        if holder is None:
            return None
        speaker = holder
    clause_end = _complement_end(doc, f, body, end)
    if zu_clause and _has(doc, "POS"):
        # "forderte X auf, den Beschluss zurückzunehmen, und drohte mit …", "hatte angeboten, auszusagen, zog das
        # Angebot aber zurück": a finite indicative verb after the infinitive's comma resumes the main clause
        for m in range(body + 1, clause_end - 1):
            nxt = doc[m + 2] if doc[m + 1].lower_ in f.coordinators and m + 2 < clause_end else doc[m + 1]
            finite = nxt.pos_ in ("VERB", "AUX") and "Fin" in nxt.morph.get("VerbForm")
            if doc[m].text == "," and finite and f.konjunktiv_kind(nxt) == 0:
                clause_end = m
                break
    if clause_start > sent.start and doc[clause_start - 1].text == "," and doc[clause_start].lower_ in f.relative:
        # "X, der betonte, die Schule bleibe offen, trat zurück": the main clause resumes after the complement
        for m in range(body + 2, clause_end - 1):
            nxt = doc[m + 1]
            finite = nxt.pos_ in ("VERB", "AUX") and "Fin" in nxt.morph.get("VerbForm")
            if doc[m].text == "," and finite and f.konjunktiv_kind(nxt) == 0:
                clause_end = m
                break
    q = _found_from_parts(doc, [(body, clause_end)], "indirect", si)
    if q is not None:
        q.speaker, q.cue = speaker, span
    return q


def _judged_noun(doc: Doc, f: QuoteFinder, k: int) -> bool:
    """The decision or demand noun at ``k`` is the object of a verb that judges or rejects it ("kritisierte die
    Entscheidung", "protestierte gegen den Plan"): its zu-infinitive is the decision's, not the judge's words."""
    tok = doc[k]
    if not _has(doc, "DEP") or tok.lower_ not in f.infinitive_nouns or tok.head.i == k:
        return False
    verb = tok.head
    lemmas = {verb.lemma_.lower()} | {c.lemma for c in f.lex.forms.get(verb.lower_, [])}
    return bool(lemmas & (f.judging_verbs | f.rejecting_verbs))


def _zu_infinitive(doc: Doc, start: int, end: int) -> bool:
    """The clause from ``start`` is a zu-infinitive ("die Sperre aufzuheben", "die Löhne zu erhöhen"): no finite
    verb before its end, and an infinitive with "zu" in it."""
    words = token_strings(doc)[1]  # (plain strings: no Token object per word)
    clause = list(itertools.takewhile(lambda m: words[m] not in ",;", range(start, end)))
    if any("Fin" in doc[m].morph.get("VerbForm") for m in clause if doc[m].pos_ in ("VERB", "AUX")):
        return False
    return any(
        doc[m].tag_ == "VVIZU"
        or (doc[m].lower_ == "zu" and m + 1 < end and doc[m + 1].pos_ in ("VERB", "AUX"))
        or ("Inf" in doc[m].morph.get("VerbForm") and "zu" in doc[m].lower_[2:-3])  # "aufzuheben" read as VVINF
        for m in clause
    )


def _verbless(doc: Doc, f: QuoteFinder, start: int, end: int) -> bool:
    """No verb in ``[start, end)``: no verb or auxiliary by the tagger, no Konjunktiv form, and every lower-case
    adjective attributive (before a noun) – "dauere" tagged as an adjective at the end of a phrase is a verb."""
    for m in range(start, end):
        tok = doc[m]
        if tok.pos_ in ("VERB", "AUX") or f.konjunktiv_kind(tok):
            return False
        if tok.pos_ == "ADJ" and tok.text[:1].islower():
            nxt = _next_token(doc, m + 1)
            if nxt is None or not (_is_cap(nxt) or _is_quote_char(nxt) or nxt.pos_ in ("ADJ", "NOUN", "PROPN")):
                return False
    return True


def _complement_end(doc: Doc, f: QuoteFinder, body: int, end: int) -> int:
    """Where a reported clause ends: a colon or semicolon, a main-clause conjunction, or a new frame."""
    for m in range(body + 1, end):
        t = doc[m].text
        if t in ";:" and not _is_quote_char(doc[m]):
            return m
        if t == "," and m + 1 < end:
            nxt = doc[m + 1].text.lower()
            if nxt in f.main_conj:
                return m
            hit = f.cue_of(doc, m + 1, end) if m + 1 not in range(body, body + 2) else None
            if hit is not None and hit[0].role != "report" and f.np_after(doc, hit[1][1], end) is not None:
                return m  # "…, entgegnete Suttner"
    return end


def _apposition_close(doc: Doc, body: int, end: int) -> bool:
    """Whether the text after a comma is a name closed by another comma (an apposition)."""
    k = body
    while k < end and doc[k].text[:1].isupper():
        k += 1
    return k > body and k < end and doc[k].text == "," and k - body <= 4 and not doc[k - 1].text.lower().endswith("e")


def _direct_covers_rest(doc: Doc, body: int, end: int, in_direct: set[int]) -> bool:
    return sum(1 for m in range(body, end) if m in in_direct) >= 0.8 * (end - body)


def _held_noun_complement(doc: Doc, f: QuoteFinder, sent: Span, k: int, in_direct: set[int], si: int) -> Found | None:
    """A speech noun with its holder and a Konjunktiv clause after a comma ("der Vorwurf der Opposition, es
    handele sich um …"): the holder's reported speech, even when the sentence has a frame of its own."""
    low = _cue_strings(doc)[0][k].lower()  # called for most tokens: no Token object, no set union per call
    if low not in f.lex.cue_nouns and low not in f.infinitive_nouns:
        return None
    if k + 3 >= sent.end or doc[k + 1].lower_ not in f.demand_holders:
        return None
    comma = next((m for m in range(k + 2, min(sent.end, k + 10)) if doc[m].text in ",;:"), None)
    if comma is None or doc[comma].text != ",":
        return None
    holder = f.np_after(doc, k + 2 if doc[k + 1].lower_ in f.von else k + 1, comma)
    if holder is None or holder[1] != comma:  # the holder: a genitive or "von" phrase right up to the comma
        return None
    body = comma + 1
    clause = list(itertools.takewhile(lambda m: doc[m].text not in ",;", range(body, sent.end)))
    if not any(doc[m].pos_ in ("VERB", "AUX") and f.konjunktiv_kind(doc[m]) == 1 for m in clause) and not (
        low in f.infinitive_nouns and _zu_infinitive(doc, body, sent.end)
    ):  # (ninth session) "die Forderung des Ministers, auf die Grünen zuzugehen": a demand's zu-infinitive
        return None
    q = _complement(doc, f, sent, k, (k, k + 1), in_direct, si, Cue(low, None, "noun"))
    inner = doc.char_span(q.start, q.end, alignment_mode="expand") if q is not None else None
    if q is None or inner is None:
        return None
    for m in range(inner.start, inner.end):
        if doc[m].text != ",":
            continue
        segment = list(itertools.takewhile(lambda n: doc[n].text not in ",;", range(m + 1, inner.end)))
        verb = any(
            doc[n].pos_ in ("VERB", "AUX") and not {"Inf", "Part"} & set(doc[n].morph.get("VerbForm")) for n in segment
        )
        head = segment[1] if len(segment) > 1 and doc[segment[0]].lower_ in f.preps else segment[0] if segment else None
        relative = head is not None and doc[head].lower_ in f.relative and doc[head].pos_ == "PRON"  # "mit dem man"
        if not verb and not relative:
            # "…, das Gericht sei nicht legitim, mit den Worten entgegen, …": the main clause resumes
            q = _found_from_parts(doc, [(inner.start, m)], "indirect", si)
            if q is None:
                return None
            q.cue = (k, k + 1)
            break
    q.speaker = holder
    return q


def _reported_modal(doc: Doc, f: QuoteFinder, sent: Span, k: int) -> bool:
    """ "Die Ministerin müsse erklären, warum …, forderte X": the cue at ``k`` is an infinitive under a modal or
    auxiliary in the Konjunktiv I of its own clause (no comma between), so the clause itself is reported."""
    if not doc[k].tag_.endswith(("INF", "IZU")):
        return False
    for m in range(k - 1, sent.start - 1, -1):
        if doc[m].text in (",", ";", ":") or doc[m].text in TERMINAL:
            return False
        if doc[m].tag_ in ("VMFIN", "VAFIN"):
            return f.konjunktiv_kind(doc[m]) == 1
    return False


def _outer_inverted(doc: Doc, f: QuoteFinder, sent: Span, after: int, in_direct: set[int], si: int) -> Found | None:
    """An inverted frame (", sagte X") after a complement whose own cue verb (ending at ``after``) is in the
    Konjunktiv I: the whole sentence before it is X's reported speech."""
    for k in range(after + 2, _last_content(sent) + 1):
        if k in in_direct or doc[k - 1].text != ",":
            continue
        if doc[k].pos_ == "AUX" and "Fin" in doc[k].morph.get("VerbForm"):
            # ", hatte X damals gesagt": the auxiliary comes first, the speech verb closes the frame
            stop = next((m for m in range(k + 1, sent.end) if doc[m].text == "," or doc[m].text in TERMINAL), sent.end)
            verb = next((m for m in range(k + 2, stop) if f.cue_of(doc, m, stop) is not None), None)
            if verb is None:
                return None
            speaker = f.subject_from_parse(doc, verb)
            if speaker is None or not k < speaker[0] < verb:
                speaker = f.np_after(doc, k + 1, verb)  # the parse may take the inverted subject for an object
            if speaker is None or _accusative(doc[speaker[0] : speaker[1]].root):
                return None
            parts = [(_first_content(sent), k - 1)] + ([(stop + 1, sent.end)] if stop + 1 < sent.end else [])
            outer = _found_from_parts(doc, parts, "indirect", si)
            if outer is not None:
                outer.speaker, outer.cue = speaker, (verb, verb + 1)
            return outer
        hit = f.cue_of(doc, k, sent.end)
        if hit is None:
            continue
        outer = _inverted(doc, f, sent, k, hit[1], in_direct, si)
        return outer if outer is not None and outer.speaker is not None else None
    return None


def _inverted(
    doc: Doc, f: QuoteFinder, sent: Span, k: int, span: tuple[int, int], in_direct: set[int], si: int
) -> Found | None:
    """'Die Lage sei ernst, sagte der Minister.' and 'Die Lage, so X, sei ernst.'"""
    start = _first_content(sent)
    end = _last_content(sent) + 1
    if k - 1 <= start or doc[k - 1].text != ",":
        return None
    before = [m for m in range(start, k - 1) if not doc[m].is_space]
    if len(before) < 3 or all(m in in_direct or doc[m].is_punct or _is_quote_char(doc[m]) for m in before):
        return None  # "„…“, sagte X, Chef von Y.": the quotation's own frame; the apposition reports nothing
    if f.np_before(doc, start, k, strict=True) is not None:  # "Der Minister, Hans X, sagte": a subject
        return None
    if _is_quote_char(doc[k - 2]) and k - 2 in in_direct:
        opening = next((m for m in range(k - 3, start - 1, -1) if m not in in_direct), start)
        if doc[opening].text == ":":
            return None  # "X äußerte sich zu Y: „…“, sagte er": the frame is the quotation's, nothing is paraphrased
    # a Konjunktiv I before the comma is the reported clause's verb even where the tagger missed it ("Die Regierung
    # verbreite Lügen, erklärte X": "verbreite" read as an adjective, "Regierung" as the cue's subject; seventeenth
    # session)
    reported = any(f.konjunktiv_kind(doc[m]) == 1 and doc[m].pos_ == "ADJ" for m in before)
    if _has(doc, "TAG") and not reported and not _finite_outside_relatives(doc, start, k - 1):
        # "Jonas Weber, einer der Abgeordneten, die den Antrag stellten, verurteilte …": no clause before the
        # comma, only a subject with its apposition and relative clause – the verb is the sentence's own
        return None
    if _has(doc, "DEP"):
        subject = f.subject_from_parse(doc, k, depth=3)  # its own subject, not a conjunct's ("…, erklärte X")
        if subject is not None and start <= subject[0] < k - 1 and not reported:
            return None  # "Anna X, die Vorsitzende des Vereins, verteidigte …": the parse's subject, not speech
    anonymous = False
    if f._is_heissen(doc[k]):  # "Die Lage sei ernst, hieß es vom Sprecher X."
        speaker = f.document_source(doc, k, k, end)
        # "…, hieß es.": the frame names no source, but it closes the quotation all the same
        anonymous = speaker is None and k + 1 < end and doc[k + 1].lower_ in f.expletives and k + 2 >= end
    else:
        speaker = f.np_after(doc, span[1] if span[1] == k + 1 else k + 1, end)
    if anonymous:
        q = _found_from_parts(doc, [(start, k - 1)], "indirect", si)
        if q is not None:
            q.cue = span
        return q
    if speaker is None or (_accusative(doc[speaker[0] : speaker[1]].root) and not _parsed_subject(doc, speaker, k)):
        return None  # "X, eine der Abgeordneten, verurteilte die Haltung der Regierung": an object, no speaker
    if (
        k + 1 < end
        and (
            doc[k + 1].lower_ in f.contrast_adverbs
            or (speaker[1] < end and doc[speaker[1]].lower_ in f.contrast_adverbs)
        )
        and not (f._personal(doc, speaker) or f._named(doc, speaker))
    ):
        # "Y lobten die Einigung, verlangten aber die Öffnung …", "X zeigte Verständnis, lehnte eine Rücknahme aber
        # ab": the same subject goes on, no frame
        return None
    fe = speaker[1]
    while fe < end and doc[fe].text != "," and fe - speaker[1] < 8:
        fe += 1  # trailing adverbials of the frame: "sagte er am Montag in Berlin"
    parts = [(start, k - 1)]
    if fe < end and doc[fe].text == ",":
        parts.append((fe + 1, end))
    q = _found_from_parts(doc, parts, "indirect", si)
    if q is not None:
        q.speaker, q.cue = speaker, span
    return q


def _parsed_subject(doc: Doc, span: tuple[int, int], verb: int) -> bool:
    """The phrase after an inverted cue verb hangs on that verb, no other subject does, and its article does not
    mark the accusative: the clause before the comma is the content ("…, teilte das Ministerium mit": "das" is
    nominative or accusative, and the parse may call it the object; "den" is no subject)."""
    root = doc[span[0] : span[1]].root
    rest = doc[span[1] : doc[verb].sent.end]
    if root.dep_ == "obj" and not all(t.dep_ == "compound:prt" or t.is_punct or t.is_space for t in rest):
        return False  # "…, forderten aber die Freilassung weiterer Gefangener": an object with more after it
    return (
        root.dep_ in (*SUBJECT_DEPS, "obj")
        and root.head.i == verb
        and not any(c.dep_ in SUBJECT_DEPS and c.i != root.i for c in doc[verb].children)
        and not any(d.lower_ in _grammar_words(doc.lang_, "accusative_masculine_articles") for d in root.lefts)
    )


def _reported(doc: Doc, f: QuoteFinder, sent: Span, in_direct: set[int], si: int) -> Found | None:
    """A sentence whose main verb reports a speech act: 'Die SPD fordert Mindestlöhne.'"""
    start = _first_content(sent)
    end = sent.end
    while end > start and doc[end - 1].is_space:
        end -= 1
    if not in_direct.isdisjoint(range(sent.start, sent.end)):
        return None  # the quotation itself is the speech; the sentence is its frame
    for t in _main_verb_candidates(doc, sent):
        if t.is_space or t.i in in_direct:
            continue
        if t.text in ",;:":
            break  # only the main clause's verb
        hit = f.cue_of(doc, t.i, sent.end)
        if hit is None:
            continue
        cue, span = hit
        if doc[end - 1].text == "?":
            return None  # "Was sagen Sie dazu?": a question asked is no statement reported
        excluded = f.reported_not.get(cue.lemma, frozenset())
        texts = token_strings(doc)[1]  # plain list: no Token object per token
        if excluded and any(
            texts[m].lower() in excluded for m in range(sent.start, sent.end) if not span[0] <= m < span[1]
        ):
            return None  # "wurde zu drei Jahren Haft verurteilt", "begrüßte den Gast": no speech act
        status = f.reflexive_status.get(cue.lemma, frozenset())
        clause = range(*_clause_around(doc, sent, span))
        words = {doc[m].lower_ for m in clause if not span[0] <= m < span[1]}
        if "sich" in words and words & status and not any(f.konjunktiv_kind(doc[m]) for m in clause):
            # "1965 erklärte sich das Land für unabhängig": a status declared, no speech reported (in the
            # Konjunktiv, "hätten sich für nicht zuständig erklärt", someone reports it)
            return None
        # a "clause" verb ("melden", "berichten") reports nothing alone, but "Dies meldete X." names the source of
        # the sentences before
        pointer = doc[start].lower_ in f.anaphoric_objects and start + 1 == span[0]
        if cue.role == "clause" and not pointer:
            return None
        speaker = f.speaker_of_cue(doc, start, t.i, span[1], sent.end, start)
        if speaker is None:
            return None
        content = _reported_content(doc, f, cue, sent, span, speaker)
        if cue.role == "clause" and content:
            return None
        # "Das musste der Minister zu Beginn der Debatte einräumen.": "das" before the finite verb points back
        # to what was said before; the sentence names its speaker and reports nothing new
        pointing_back = (
            doc[start].lower_ in f.anaphoric_objects
            and _has(doc, "POS")
            and doc[start + 1].pos_ in ("VERB", "AUX")
            and start + 1 < speaker[0]
            and f.konjunktiv_kind(doc[start + 1]) == 0
        )
        # (not the speaker's own words: "Dazu muss ich nicht viel sagen" in a speech is said right there)
        negated = _negated(doc, f, sent, span, speaker) and doc[speaker[0]].lower_ not in f.first_person_pronouns
        if not content or pointing_back or negated:
            # "Sie fügte hinzu." reports nothing itself but names who speaks in the next quotation; "Das
            # Ministerium wollte den Bericht nicht kommentieren": nothing was said, the speaker may go on; "Das
            # berichten arabische Medien." names who said the sentences before
            frame = Found(doc[start].idx, doc[start].idx, "frame", sentence=si)
            frame.speaker, frame.cue, frame.negated = speaker, span, negated
            frame.backward = not negated and (
                pointing_back
                or (
                    doc[start].lower_ in f.anaphoric_objects
                    and start < span[0] < speaker[0]
                    and f.konjunktiv_kind(doc[span[0]]) == 0  # "Dies begründe …" is itself reported content
                )
            )
            return frame
        q = Found(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), "reported", sentence=si)
        q.speaker, q.cue = speaker, span
        return q
    return None


def _clause_around(doc: Doc, sent: Span, span: tuple[int, int]) -> tuple[int, int]:
    """The tokens between the commas (or sentence ends) around a cue."""
    lo = span[0]
    while lo > sent.start and doc[lo - 1].text not in ",;:":
        lo -= 1
    hi = span[1]
    while hi < sent.end and doc[hi].text not in ",;:":
        hi += 1
    return lo, hi


def _negated(doc: Doc, f: QuoteFinder, sent: Span, span: tuple[int, int], speaker: tuple[int, int]) -> bool:
    """A negation of the cue's own clause (before a comma, colon or semicolon after the cue): not one inside
    the speaker's phrase ("die nicht im Landtag vertretenen Linken") nor one of an adjective ("sich für nicht
    zuständig erklärt")."""
    for t in sent:
        if t.text in ",;:" and t.i > span[0]:
            break
        if t.lower_ not in f.negations or t.is_space or speaker[0] <= t.i < speaker[1]:
            continue
        if not _has(doc, "DEP") or t.head.pos_ in ("VERB", "AUX") or t.lower_ in f.correlative_negations:
            # ("weder von X noch von Y kommentiert": the parse hangs "weder" on the first conjunct)
            return True
    return False


def _main_verb_candidates(doc: Doc, sent: Span) -> list[Token]:
    """Where the main clause's verb is: the parse's root (also past a subject's apposition commas,
    "X, Vorsitzende der Y, verteidigte …"; a speech verb in a side clause reports nothing), else
    the words up to the first comma."""
    if _has(doc, "DEP"):
        root = sent.root
        if root.pos_ in ("VERB", "AUX"):
            return [root]
    return list(sent)


def _reported_content(
    doc: Doc, f: QuoteFinder, cue: Cue, sent: Span, span: tuple[int, int], speaker: tuple[int, int]
) -> bool:
    """A reported statement needs content of its own besides speaker and verb: not "(Wikinews berichtete)",
    "Sie fügte hinzu.", nor "Dies gab X bekannt" (a frame pointing back at the previous sentence), and
    verbs that also mean conversation ("sprach mit X") only with their content preposition ("sprach von")."""
    rest = [
        t
        for t in sent
        # (the words between a verb and its particle are content: "wies die Vorwürfe zurück")
        if not (t.is_space or t.is_punct or t.i in (span[0], span[1] - 1) or speaker[0] <= t.i < speaker[1])
        and t.lower_ not in f.aux
        and t.lower_ not in f.part_aux
    ]
    if len(rest) < 2:
        return False
    first = rest[0]
    pronoun = first.pos_ == "PRON" or first.i + 1 == span[0]  # "Dies gab …", not the article of "Das Gericht"
    if first.lower_ in f.anaphoric_objects and first.i < span[0] and pronoun:
        return False
    needs = f.reported_preps.get(cue.lemma)
    return needs is None or any(t.lower_ in needs for t in sent if t.i > span[0])


def _dated_ahead(doc: Doc, sent: Span) -> bool:
    """Whether a date in the sentence lies after the publication date (what "soll" then announces is a plan)."""
    published = str(doc._.published or "")[:10]
    if not published:
        return False
    return any(
        sent.start_char <= t.start < sent.end_char and t.value[:10] > published and t.value[:1].isdigit()
        for t in doc._.timexes or []
    )


def _bare_document(doc: Doc, f: QuoteFinder, span: tuple[int, int]) -> bool:
    """An indefinite document with no holder: "in einer Erklärung", "in einer Mitteilung"; also with its day after it
    ("in einer Mitteilung vom Dienstag", "einer Erklärung vom 3. Mai"): a date names no holder."""
    words = [t for t in doc[span[0] : span[1]] if not t.is_punct]
    if (
        len(words) > 3 and words[2].lower_ in f.von
        and any(t.lower_ in f.date_words for t in words[3:])
        and all(t.lower_ in f.date_words or t.like_num or t.lower_ in f.articles for t in words[3:])
    ):  # fmt: skip
        words = words[:2]
    return len(words) == 2 and words[0].lower_ in f.inflected_indefinite_articles and f._document_noun(words[1].lower_)


def _particle_name(doc: Doc, f: QuoteFinder, i: int, end: int) -> bool:
    """A surname opened by name particles that ends the frame: "sagte von der Leyen.", "so de Maizière,"."""
    if doc[i].lower_ not in f.name_particles or doc[i].lower_ in f.articles or not doc[i].text.islower():
        return False
    k = i
    while k < end and k - i < 3 and doc[k].lower_ in f.name_particles:
        k += 1
    if k == i or k >= end or not _is_cap(doc[k]):
        return False
    name = k
    while k < end and _is_cap(doc[k]) and not _is_quote_char(doc[k]):
        k += 1
    if not any(f._person_mention(doc, m) for m in range(name, k)):
        return False  # "berichtete von Angriffen.": a prepositional object, no name
    return k >= len(doc) or doc[k].text in ",.;:!?" or doc[k].is_space


def _opening_organisation(doc: Doc, f: QuoteFinder, sent: Span) -> tuple[int, int] | None:
    """An organisation that opens a sentence before its finite verb ("Die Botschaft in Wien wies … zurück")."""
    start = _first_content(sent)
    np = f.np_after(doc, start, sent.end)
    if np is None or np[0] != start:
        return None
    k = np[1]
    if k < sent.end and doc[k].pos_ == "ADP":  # "in Wien"
        k = next((m for m in range(k + 1, min(sent.end, k + 5)) if doc[m].pos_ in ("VERB", "AUX")), sent.end)
    if k >= sent.end or doc[k].pos_ not in ("VERB", "AUX") or "Fin" not in doc[k].morph.get("VerbForm"):
        return None
    head = doc[np[1] - 1]
    ent = entity_at(doc, head.idx, head.idx + len(head.text))
    if (ent is not None and ent.label == "ORG") or _compound_head(head.lower_, f.lex.agent_nouns):
        return np
    return None


def _named_document(doc: Doc, f: QuoteFinder, sent: Span) -> tuple[int, int] | None:
    """The noun phrase of the last document or statement noun in ``sent`` ("einer Gesetzesvorlage", "dem Urteil",
    "präzise Vorwürfe")."""
    for tok in reversed(sent):
        low = tok.lower_
        if tok.pos_ in ("NOUN", "PROPN") and _is_cap(tok) and (f._document_noun(low) or low in f.lex.cue_nouns):
            start = tok.left_edge.i if sent.start <= tok.left_edge.i <= tok.i else tok.i
            while start < tok.i and doc[start].pos_ == "ADP":  # "aus dem Urteil": the phrase, not its preposition
                start += 1
            return (start, tok.i + 1)
    return None


def _after_als(doc: Doc, span: tuple[int, int]) -> bool:
    """The phrase opens with or follows a predicative "als" ("Als Gründe wurden … angegeben")."""
    return doc[span[0]].lower_ == "als" or (span[0] > 0 and doc[span[0] - 1].lower_ == "als")


def _organisation_in_focus(doc: Doc, f: QuoteFinder, sent: Span) -> tuple[int, int] | None:
    """The organisation that acts in ``sent``: the one opening it or its parsed subject, never a person."""
    span = _opening_organisation(doc, f, sent)
    if span is None:
        span = _sentence_person(doc, f, sent, organisations=True)
        if span is not None and any(f._person_mention(doc, k) for k in range(*span)):
            span = None
    return span


def _first_person(tok: Token) -> bool:
    """Whether "ich" is in the verb's sentence before it or just after it ("ich erwarte", "erwarte ich")."""
    sent = tok.sent
    return any(t.lower_ == "ich" for t in sent[: tok.i - sent.start + 4])


def _next_to_ich(tok: Token) -> bool:
    """Whether "ich" stands right after the verb or at most two words before it."""
    doc = tok.doc
    return any(doc[k].lower_ == "ich" for k in range(max(0, tok.i - 2), min(len(doc), tok.i + 2)) if k != tok.i)


def _preterite_like(tok: Token) -> bool:
    """A singular Konjunktiv II that reads as the preterite indicative ("wollte", "sollte", "machte"): in
    reported speech the Konjunktiv I ("wolle") stands there, so the form continues no report."""
    low = tok.lower_
    if not low.endswith("te"):
        return False  # (tested first: no lemma to read)
    if tok.lemma_.lower() == low + "n":
        return False  # a stem in -t: "halte" (of "halten"), "erwarte"
    return not any(c in low for c in "äöü") and "Plur" not in tok.morph.get("Number")


def _plural_preterite(f: QuoteFinder, tok: Token) -> bool:
    """A strong verb's plural Konjunktiv II the same as its preterite ("blieben", "gingen"; not "sollten"), read
    as indicative past by the model: after a mere speech act ("Zeugen berichteten von Schüssen. Die Läden blieben
    zu.") it is the writer's narration."""
    low = tok.lower_
    return (
        low.endswith("en")
        and not low.endswith("ten")
        and not any(c in low for c in "äöü")
        and low not in f.modals
        and tok.morph.get("Mood") == ["Ind"]
        and tok.morph.get("Tense") == ["Past"]
    )


def _passive_infinitive_end(doc: Doc, f: QuoteFinder, sent: Span) -> bool:
    """The sentence ends in a participle and "werden": "… soll einem Haftrichter vorgeführt werden"."""
    toks = [t for t in sent if not t.is_space and not t.is_punct]
    return len(toks) >= 2 and toks[-1].lower_ == "werden" and "Part" in toks[-2].morph.get("VerbForm")


def _continuation(
    doc: Doc, f: QuoteFinder, sent: Span, in_direct: set[int], last: Found | None, si: int
) -> Found | None:
    """Konjunktiv or reportative 'sollen' sentences that continue a reported statement."""
    space = token_strings(doc)[4]  # (the plain whitespace flags: no Token object for a space)
    toks = [doc[i] for i in range(sent.start, sent.end) if not space[i]]
    if len(toks) < 3 or all(t.i in in_direct for t in toks[:2]):
        return None
    recent = last is not None and si - last.sentence <= 2
    main = []
    for t in toks:
        if t.text in ",;:":
            break
        main.append(t)
    # the finite verb of the main clause, or of a short fronted clause ("Egal, ob …, die USA könnten …")
    window = main[1:8] if len(main) > 3 else [t for t in toks[1:14] if t.i not in in_direct]
    if (
        len(main) > 3
        and main[0].lower_ in f.fronted_openers
        and main[-1].pos_ in ("VERB", "AUX")
        and "Part" not in main[-1].morph.get("VerbForm")  # the clause's finite verb (the model may say "Inf")
        and len(toks) > len(main) + 2
    ):
        # "Als Demonstranten die Kette durchbrechen wollten, setzten die Beamten …": the main clause's verb after
        # the comma decides, not the fronted clause's
        window = [t for t in toks[len(main) + 1 : len(main) + 4] if t.i not in in_direct]
    modal = any(t.text.lower() in f.modals for t in main[1:6])
    # "sollen" is also the indicative (and Konjunktiv I) plural: with a time ahead ("sollen in den kommenden
    # Tagen fortgesetzt werden") it announces a plan and continues no report, whatever mood the model reads
    # (only read for a modal, or for an ambiguous modal in the window: the scan of all tokens is spared otherwise)
    planned = (
        (modal or any(t.lower_ in f.ambiguous_modals for t in window))
        and any(t.lower_ in f.future_words for t in toks)
        and not any(t.text.lower() in f.modals - f.ambiguous_modals for t in main[1:6])
    )
    # (also after a direct quotation: the speaker's own words were given, "„…“, sagte X. Auch in Y gingen Hunderte
    # auf die Straße." narrates on; a reported plural stands in the Konjunktiv I or an umlauted Konjunktiv II)
    after_act = last is not None and last.kind in ("reported", "direct")
    if last is not None and not after_act:
        # (so too where the sentence opens a paragraph — "…, werde Ärzte schicken. ¶ In Assuan gingen Hunderte auf die
        # Straße." — or follows the zu-infinitive content of a request, which reports no statement that could go on:
        # "rief die Regierung auf, die Bohrungen zu stoppen. In Coca demonstrierten …"; fifteenth session)
        text = _text(doc)
        opens = sent.start > 0 and "\n" in text[doc[sent.start - 1].idx : toks[0].idx]
        span = doc.char_span(last.start, last.end, alignment_mode="expand")
        asked = span is not None and len(span) > 0 and _zu_infinitive(doc, span.start, span.end)
        after_act = opens or asked
    kinds = [
        0
        if (planned and t.lower_ in f.ambiguous_modals) or _preterite_like(t) or (after_act and _plural_preterite(f, t))
        else f.konjunktiv_kind(t)
        for t in window
    ]
    konj = any(kinds)
    konj1 = 1 in kinds  # Konjunktiv I reports speech even far from its frame
    modal_report = modal and not planned
    # reportative "sollen" with a perfect infinitive: "Er soll Gelder veruntreut haben."
    # ("Die Transaktion soll … abgeschlossen werden": a passive infinitive is a plan, not hearsay)
    sollen = modal and toks[-2].text.lower() in f.perfect_aux
    # An indicative modal continues only speech reported in the sentence right before; after a mere
    # speech-act mention ("reported") "Macron soll am Mittwoch abreisen" is a plan, not a report.
    # (nor after a denial: "Die Polizei wollte das nicht bestätigen. Das Feuer soll …" is no report of hers)
    modal_goes_on = (
        modal_report and last is not None and si - last.sentence == 1 and last.kind != "reported" and not last.negated
    )
    if modal_goes_on and not sollen and (_dated_ahead(doc, sent) or _passive_infinitive_end(doc, f, sent)):
        # "Sánchez soll am Mittwoch nach Brüssel weiterreisen": a plan with its date; "Der Verdächtige soll einem
        # Haftrichter vorgeführt werden": a passive infinitive is a plan, not hearsay
        modal_goes_on = False
    if (
        konj
        and recent
        and not konj1
        and any(t.lower_ in f.conditionals for t in toks)
        and last is not None
        and last.kind == "reported"
    ):
        # after a mere speech act ("Die AfD kündigte einen Antrag an."), a singular Konjunktiv II with a condition
        # ("Ein solcher Antrag hätte nur Erfolg, wenn …") is the writer's conditional: it has a Konjunktiv I of
        # its own ("habe"), unlike the plural ("Die Arbeitgeber hätten …"), which stands in for one
        konj = any(kind == 2 and not t.lower_.endswith("e") for kind, t in zip(kinds, window, strict=True))
    if (
        konj
        and not konj1
        and last is not None
        and si - last.sentence >= 2
        and all(kind == 0 or t.lower_.endswith("e") for kind, t in zip(kinds, window, strict=True))
    ):
        # "Der Bundesrat soll im Juli beraten. Das Gesetz könnte dann im Herbst gelten.": a singular Konjunktiv II
        # (its Konjunktiv I "könne" differs) with a sentence of narration before it is the writer's possibility,
        # not speech reported further back (ninth session, second round)
        konj = False
    if not (konj and recent) and not konj1 and not sollen and not modal_goes_on:
        return None
    if (
        sollen
        and not modal_goes_on
        and not (konj and recent)
        and not konj1
        and last is not None
        and last.kind == "reported"
    ):
        # "Er wies die Vorwürfe zurück. … Sie sollen Aufträge vergeben haben.": after a mere speech act a reportative
        # "sollen" is hearsay ("it is alleged"), not the words of the one who acted
        return None
    if sollen and not konj1 and last is not None and last.cue is not None:
        cue_tok = doc[last.cue[0]]
        if cue_tok.lemma_.lower() in f.decision_verbs or cue_tok.lower_ in f.decision_verbs:
            # "…, wie das Gericht entschied. Er soll Gelder abgezweigt haben.": a court or board decided, it did not
            # speak; the reportative "sollen" after its decision is the allegation of the case, no one's words
            return None
    end = toks[-1]
    q = Found(toks[0].idx, end.idx + len(end.text), "indirect", sentence=si, continued=True)
    if last is not None and si - last.sentence <= 6:
        q.speaker = last.speaker
    if (last is None or si - last.sentence >= 2) and sent.start > 0:
        # "Der Präsident ist besorgt. Der Konflikt sei nicht ethnisch motiviert.": the person or organisation the
        # sentence before is about speaks on, not a speaker from further back
        agent = _sentence_person(doc, f, doc[sent.start - 1].sent, organisations=True)
        if agent is not None:
            q.speaker = agent
    return q
