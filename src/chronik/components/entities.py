"""Document entities: NER mentions plus gazetteer finds, titles, roles and safe pronouns, grouped per actor.

Steps, each conservative (precision over recall):

1. *Names*: the NER spans (``doc.ents``, trimmed and re-labelled where a title, first name or country shows the
   NER wrong), plus what the NER missed: organisations, countries, curated places, known political actors, cities
   and towns after a place preposition or place noun, names after a title or a known first name, bracketed short
   forms, repeats of names found once, and bare surnames of people named in full.
2. *Roles*: titles such as "Frankreichs Präsident", "der französische Präsident", "US-Präsident",
   "Kremlchef" give a person roles and a country; an attached title joins the following name's mention,
   a stand-alone one becomes a nominal mention. Country groups ("britische Soldaten", "die russische
   Regierung") become ORG entities with that country.
3. *Grouping*: names by surname / normalised form / country code / organisation alias; nominal mentions
   join the one person with that role (and country) in the text; "er"/"sie" join a person only when exactly
   one compatible person was mentioned in the current or previous sentence. A person or organisation still
   without a country takes the article's clearly dominant one.

Output: ``doc._.entities``, a list of :class:`chronik.document.Entity` with ids ``e1``, ``e2`` …
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.attrs import SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from chronik import gazetteer as gz
from chronik import nouns
from chronik.components.geo import HOME_COUNTRIES
from chronik.document import Entity
from chronik.lemmatizer import dictionary_lemma
from chronik.lemmatizer import known_word as _dictionary_word
from chronik.numbers import number_words
from chronik.text import doc_text, lang_json, lang_resource, lang_rows, token_strings


@lru_cache(maxsize=64)
def _entity_words(key: str, lang: str = "de") -> tuple[str, ...]:
    """One closed-class word list of entity_words.json (German words live in data files, not in the code)."""
    return tuple(lang_json(lang, "entity_words.json").get(key, ()))


DETERMINERS = frozenset(_entity_words("determiners"))
# Prenominal adjectives that may stand between determiner and title ("der frühere russische Präsident").
ADJ_ENDINGS = _entity_words("adjective_endings")
_SINGULAR_POSSESSIVES = frozenset(_entity_words("singular_possessives"))  # "seinen Innenminister": as an article
# The same endings longest first, so that stripping one takes "en" before "e".
_LONGEST_ENDING_FIRST = tuple(sorted(ADJ_ENDINGS, key=len, reverse=True))
ADJ_NAME_SUFFIXES = _entity_words("adjective_name_suffixes")  # "Islamische", "Königliche", "Heilige", "Nationale"
# Before a bare title these make it predicative ("als Kanzlerin", "zum Außenminister"), not a reference.
PREDICATIVE = frozenset(_entity_words("predicative_markers"))
INDEFINITE = frozenset(_entity_words("indefinite_articles"))
SENT_WINDOW = 1  # pronouns look back into this many previous sentences
CATAPHOR_CHARS = 250  # a title before the name joins a person named with that title this soon after it
# Words before a pronoun that are not its verb (conjunctions, prepositions, determiners).
NOT_VERBS = DETERMINERS | frozenset(_entity_words("pronoun_non_verbs"))
PAIR_CONJUNCTIONS = frozenset(_entity_words("pair_conjunctions"))  # "Köln und Bonn"
LIST_CONJUNCTIONS = frozenset(_entity_words("list_conjunctions"))  # "A, B sowie C"
VON_FORMS = frozenset(_entity_words("von_forms"))
GENITIVE_ARTICLES = frozenset(_entity_words("genitive_articles"))
NOMINATIVE_ARTICLES = frozenset(_entity_words("nominative_articles"))  # "der Minister", "die Ministerin"
_NOT_NEUTER_DEFINITE = frozenset(_entity_words("non_neuter_definite_articles"))  # "der", "des", "die", "den"
STATE_GROUP_NOUNS = frozenset(_entity_words("state_group_nouns"))  # "Organisation Amerikanischer Staaten"
GENITIVE_ENDINGS = _entity_words("genitive_endings")  # "", "s", "es": "Bund", "Bunds", "Bundes"


def _genitive_forms(head: str) -> tuple[str, ...]:
    """A masculine/neuter noun with its genitive singular forms ("Bund", "Bunds", "Bundes")."""
    return tuple(head + ending for ending in GENITIVE_ENDINGS)


@lru_cache(maxsize=64)
def _genitive_suffixes(heads: frozenset[str]) -> tuple[str, ...]:
    """Every head of a word list with its genitive forms, built once per list: one ``in`` test or one
    ``str.endswith`` call instead of a tuple built per head per word (a measurable cost in the mention scans)."""
    return tuple(dict.fromkeys(form for h in heads for form in _genitive_forms(h)))


@lru_cache(maxsize=64)
def _genitive_set(heads: frozenset[str]) -> frozenset[str]:
    """The forms of :func:`_genitive_suffixes` as a set, for the test whether a word is one of them."""
    return frozenset(_genitive_suffixes(heads))


@dataclass
class Mention:
    start: int  # char offsets
    end: int
    label: str  # PER ORG LOC MISC
    kind: str  # name | nominal | pronoun | group
    text: str
    key: str = ""  # grouping key for names/groups
    roles: list[str] = field(default_factory=list)
    country: str | None = None
    gender: str | None = None
    tok_start: int = 0
    tok_end: int = 0
    alias_of: int | None = None  # start of the full name this parenthetical short form abbreviates
    name_start: int | None = None  # start of the name itself when an attached title opened the mention


@dataclass
class Cluster:
    label: str
    mentions: list[Mention] = field(default_factory=list)
    country_votes: Counter = field(default_factory=Counter)
    roles: list[str] = field(default_factory=list)
    gender: str | None = None
    org_country: str | None = None

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        if mention.country:
            self.country_votes[mention.country] += 1
        for r in mention.roles:
            if r not in self.roles:
                self.roles.append(r)
        if mention.gender and not self.gender:
            self.gender = mention.gender

    def first_named_role(self, role: str) -> bool:
        """Whether the first mention is a name carrying ``role`` ("Generalbundesanwalt Harald Range")."""
        first = min(self.mentions, key=lambda m: m.start)
        return first.kind == "name" and role in first.roles

    def mentioned_in(self, lo: int, hi: int) -> bool:
        return any(lo <= m.start < hi for m in self.mentions)

    def last_before(self, pos: int) -> int:
        return max((m.start for m in self.mentions if m.start < pos), default=-1)


# --- helpers ---------------------------------------------------------------------------------------------


@lru_cache(maxsize=4)
def _pronouns(lang: str) -> dict[str, str]:
    return dict(line.split("\t")[:2] for line in lang_resource(lang, "pronouns.tsv") if "\t" in line)


def _is_adjective(tok: Token, lang: str = "de") -> bool:
    """A prenominal adjective: the tagger's ADJ when there is a tagger, else a known title adjective stem."""
    low = tok.lower_
    if tok.pos_:
        # a prenominal adjective is inflected ("empfing", tagged ADJ before a title, is a verb)
        return tok.pos_ == "ADJ" and low.endswith(ADJ_ENDINGS)
    stems = lang_resource(lang, "title_adjectives.txt")
    return any(low.endswith(e) and low[: len(low) - len(e)] in stems for e in ADJ_ENDINGS)


def _is_capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper()


def _strip_genitive(text: str) -> str:
    return text[:-1] if text.endswith("s") and len(text) > 3 and not text.endswith("ss") else text


def _name_key(text: str) -> str:
    return gz.norm(text)


@lru_cache(maxsize=1 << 14)  # pure, asked for every surname of every person mention
def _unaccented(word: str) -> str:
    """ "Chávez" → "Chavez", "Błasik" → "Blasik": German newsrooms often drop the accents of a foreign surname
    ("Hugo Chávez" … "Chavez"), so a bare surname is compared without them (umlauts fold too, on both sides)."""
    bare = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    return bare.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("đ", "d")


@lru_cache(maxsize=1 << 16)  # pure, asked for most capitalised tokens of every document
def _split_compound(word: str, lang: str) -> tuple[str | None, gz.Role | None, str | None]:
    """("US-Präsident") → country USA, role Präsident; ("Kremlchef") → RUS, Chef; org name for "EU-Kommissar"."""
    if "-" in word:
        prefix, _, head = word.rpartition("-")
        r = gz.role(head, lang) or _role_suffix(head, lang)  # "EU-Binnenmarktkommissar": a role compound after "-"
        if r is None:
            return None, None, None
        country = gz.country_code(prefix, lang) or gz.demonym_adjective(prefix, lang)
        org = gz.org(prefix, lang)
        if org is not None:
            return org.country, r, org.name
        return country, r, None
    # Closed compounds: the longest known role at the end, a country or organisation before it.
    for i in range(3, len(word) - 3):
        head = word[i:].capitalize()
        r = gz.role(head, lang)
        if r is None:
            continue
        prefix = word[:i]
        for candidate in (prefix, prefix[:-1] if prefix.endswith("s") else None):
            if not candidate:
                continue
            org = gz.org(candidate, lang)
            if org is not None:
                return org.country, r, org.name
            code = gz.country_code(candidate, lang) or _role_prefixes(lang).get(candidate)
            if code:
                return code, r, None
        return None, None, None
    return None, None, None


@lru_cache(maxsize=1 << 14)  # pure, asked for most capitalised words of every document
def _role_suffix(word: str, lang: str) -> gz.Role | None:
    """The longest known role a closed compound ends in ("Binnenmarktkommissar" → Kommissar); the part in front
    only narrows the office, so it is not checked here (the caller has a country or organisation before "-")."""
    for i in range(3, len(word) - 3):
        r = gz.role(word[i:].capitalize(), lang)
        if r is not None:
            return r
    return None


def _title_before_name(doc: Doc, i: int, lang: str) -> gz.Role | None:
    """ "Oberstaatsanwältin Sabine Kraft", "Ministeriumssprecher Ruslan Warankou": a closed compound ending in a
    person's title, right before a known first name, is that title (not part of the name)."""
    tok = doc[i]
    if (
        i + 1 >= len(doc)
        or not _is_capitalised(tok)
        or not tok.text.isalpha()
        or not _given_name(doc[i + 1].text, lang)
    ):
        return None
    r = _role_suffix(tok.text, lang)
    return r if r is not None and r.kind == "person" else None


def _person_title(tok: Token, lang: str) -> bool:
    """ "Ministerpräsident", "Ministeriumssprecherin", "Außenamtssprecher": a capitalised person's title, also as the
    last part of a closed or hyphen compound. What follows it is one person's whole name."""
    word = tok.text
    if not word[:1].isupper() or not word.replace("-", "").isalpha():
        return False
    r = gz.role(word, lang) or _split_compound(word, lang)[1] or _role_suffix(word, lang)
    return r is not None and r.kind == "person"


@lru_cache(maxsize=16)
def _pairs(lang: str, name: str) -> dict[str, str]:
    """A two-column resource file as a dict ("group_synonyms.tsv": "Truppen" → "military")."""
    return {row[0]: row[1] for row in lang_rows(lang, name, strip=True) if len(row) >= 2}


@lru_cache(maxsize=4)
def _role_prefixes(lang: str) -> dict[str, str]:
    return dict(line.split("\t")[:2] for line in lang_resource(lang, "role_prefixes.tsv") if "\t" in line)


@lru_cache(maxsize=4)
def _number_words(lang: str) -> frozenset[str]:
    words = number_words(lang)
    return frozenset(words.units) | frozenset(words.tens)


def _ends_in_head(word: str, heads: frozenset[str]) -> bool:
    """Does a compound's last part end in one of ``heads`` ("Solidaritätsunion" → Union), also as genitive?"""
    low = word.casefold()
    suffixes = _folded_heads(heads)
    if low and low.endswith(suffixes):
        return True
    return low.endswith("s") and len(low) > 1 and low[:-1].endswith(suffixes)


@lru_cache(maxsize=64)
def _folded_heads(heads: frozenset[str]) -> tuple[str, ...]:
    """A head list case-folded once, as a tuple for ``str.endswith`` (folding every head for every word was among
    the costliest lines of the entity scans)."""
    return tuple(h.casefold() for h in heads)


def _known_name(word: str, lang: str) -> bool:
    """Gazetteer support for a word as a name: a country, place, organisation or first name."""
    return bool(
        gz.country_code(word, lang) or gz.org(word, lang) or word in gz.given_names(lang)
        or gz.place_candidates(word, lang)
    )  # fmt: skip


def _common_noun_compound(tok: Token, lang: str) -> bool:
    """ "IS-Kämpfer", "EU-Referendum", "CDU-Vorsitz", "US-Bürgern": a hyphen compound the tagger calls a common
    noun (NN, not NE) whose last part is neither an organisation head nor a known name is something related to the
    name in front (its fighters, its referendum), not the named entity; the guide leaves such compounds out."""
    text = tok.text
    if "-" not in text or tok.tag_ != "NN":
        return False
    head = text.rpartition("-")[2]
    if len(head) < 3 or not head[:1].isupper() or not head[1:].islower():
        return False  # "Österreich-Ungarn" is caught below; "Bruxelles-Hal-VILVORDE"-style all-caps parts stay
    if _ends_in_head(head, lang_resource(lang, "org_heads.txt")):
        return False
    if head in lang_resource(lang, "org_bodies.txt"):
        return False  # "die CDU-Führung" tagged ORG: the party acting through its leaders (_org_body_mentions)
    # the whole word as an exact place ("Rheinland-Pfalz", "Mexiko-Stadt"), not as a quarter: "EU-Referendum" is
    # no part of the French town Eu
    whole = gz.country_code(text, lang) or gz.org(text, lang) or gz.exact_places(text, lang)
    return not (whole or _known_name(head, lang))


def _hyphen_place(tok: Token, label: str, lang: str) -> bool:
    """ "Essen-Kray", "Robert-Bosch-Straße", "Main-Tauber-Kreises" tagged LOC: a hyphen compound that names a place,
    a city of 100,000 or more and its quarter, or a name ending in a place noun (``place_name_heads.txt``)."""
    if label != "LOC" or "-" not in tok.text:
        return False
    first, _, _ = tok.text.partition("-")
    last = tok.text.rpartition("-")[2]
    heads = lang_resource(lang, "place_name_heads.txt")
    if last in _genitive_set(heads) or _feature_compound(tok.text, lang):
        return True  # (sixteenth session) also a name and a natural feature ("Kongo-Fluss")
    if not last[:1].isupper() or _common_head(tok.text, lang) or last.endswith(_abstract_suffixes(lang)):
        return False
    return any(p.kind == "city" and p.population >= 100_000 for p in gz.exact_places(first, lang))


def _genitive_owner(doc: Doc, start: int, end: int, lang: str) -> int | None:
    """End of a genitive person name that opens a longer name span ("Matteo Salvinis Lega", "Angela Merkels
    CDU"): a first name, then a proper noun in -s, then more name; None when the span is not built that way."""
    if end - start < 3 or not _given_name(doc[start].text, lang):
        return None
    for k in range(start + 1, end - 1):
        tok = doc[k]
        if tok.text.endswith("s") and len(tok.text) > 3 and tok.pos_ == "PROPN" and doc[k + 1].text[:1].isupper():
            if _given_name(tok.text, lang):
                continue  # "José Luis Rodríguez Zapatero": a second first name in -s is no genitive (s23)
            return k + 1
        if not tok.text[:1].isupper():
            return None
    return None


# accented vowels of Romance names, folded for the first-name list (the umlauts ä, ö, ü stay: German letters)
_ACCENT_FOLD = str.maketrans("áàâéèêíìîóòôúùûñçÁÉÍÓÚ", "aaaeeeiiiooouuuncAEIOU")


@lru_cache(maxsize=1 << 15)  # pure, asked for most capitalised words of every document, by many rules
def _given_name(word: str, lang: str) -> bool:
    """A first name, double names included ("Gina-Lisa", "Karl-Theodor"): two capitalised parts, one of them known."""
    names = gz.given_names(lang)
    if word in names:
        return True
    folded = word.translate(_ACCENT_FOLD)
    if folded != word and folded in names:
        return True  # "Hernán", "José", "Andrés": a Romance first name the list holds without its accent (s23)
    parts = word.split("-")
    plain = all(p[:1].isupper() and p[1:].islower() and len(p) >= 2 for p in parts)
    return len(parts) == 2 and plain and any(p in names for p in parts)


@lru_cache(maxsize=4)
def _abstract_suffixes(lang: str) -> tuple[str, ...]:
    return tuple(lang_resource(lang, "abstract_noun_suffixes.txt"))


def _abstract_noun(tok: Token, lang: str) -> bool:
    return (
        tok.tag_ == "NN"
        and len(tok.text) >= 6
        and tok.text.endswith(_abstract_suffixes(lang))
        and not _known_name(tok.text, lang)
        # a German compound capitalises every part ("EU-Erweiterung"); "Jae-myung", "Dae-jung" are given names
        and not any(part[:1].islower() for part in tok.text.split("-")[1:])
    )


def _common_noun(tok: Token, lang: str) -> bool:
    return _common_noun_compound(tok, lang) or _plural_common_noun(tok, lang)


def _plural_common_noun(tok: Token, lang: str) -> bool:
    """ "Parlamente", "Gaskonzerne", "Tauschbörsen": a single word the tagger calls a plural common noun, with an
    inflected plural ending its lemma lacks, and no gazetteer support, names a kind of thing, not one entity."""
    text, lemma = tok.text, tok.lemma_
    if tok.tag_ != "NN" or tok.morph.get("Number") != ["Plur"] or not lemma or lemma == text or len(text) < 5:
        return False
    fold = str.maketrans("äöü", "aou")  # "Zöllen" (lemma "Zoll"): an umlaut plural
    if not text.endswith(_entity_words("plural_endings", lang)) or not text.translate(fold).startswith(
        lemma[:-2] or lemma
    ):
        return False
    return not _known_name(text, lang) and gz.demonym_noun(text, lang) is None


def _listed_with_plural_noun(doc: Doc, i: int) -> bool:
    """Token ``i`` follows "und"/"oder"/"sowie" after a plural common noun that no NER span holds ("Sojabohnen und
    Jeans"): one more item of a list of things."""
    if i < 2 or doc[i - 1].lower_ not in LIST_CONJUNCTIONS:
        return False
    partner = doc[i - 2]
    lemma = partner.lemma_
    plural = partner.morph.get("Number") == ["Plur"] and bool(lemma) and lemma != partner.text
    return partner.tag_ == "NN" and partner.ent_iob_ == "O" and plural


def _lexicon_plural(tok: Token, lang: str, name_words: tuple[frozenset[str], frozenset[str]]) -> bool:
    """ "Lehmhäuser", "Strafzölle": a plural of the noun lexicon (irregular and umlaut plurals, also as the last part
    of a compound) that the document nowhere else tags as a proper noun and that is no first name or known name."""
    text = tok.text
    if not text.isalpha() or not text[1:].islower() or text in name_words[0]:
        return False
    base = nouns.lexicon_base(text, lang)
    if base is None or base == text or base.casefold() == text.casefold():
        return False
    return not _given_name(text, lang) and not _known_name(text, lang)


def _object_after_name(
    doc: Doc, start: int, end: int, lang: str, name_words: tuple[frozenset[str], frozenset[str]]
) -> bool:
    """ "Donald Trump Zölle (verhängt)", "Joe Biden Strafzölle": the last word of a person span is the object of the
    verb, not part of the name, when it is a common noun (tagged NN) after a first name and a proper noun, and it is
    no known name, first name or word the document tags NE elsewhere."""
    tok = doc[end - 1]
    text = tok.text
    # "bot Kamali Gespräche an": a surname alone (no first name before it) and a plural noun is read the same way
    lone_surname = end - start == 2 and not _given_name(doc[start].text, lang)
    if tok.tag_ != "NN" or not (lone_surname or (end - start >= 3 and _given_name(doc[start].text, lang))):
        return False
    if doc[end - 2].tag_ not in ("NE", "FM") or not text.isalpha() or not text[1:].islower():
        return False
    if text in name_words[0] or _given_name(text, lang) or _known_name(text, lang):
        return False
    if gz.demonym_noun(text, lang) is not None:
        return False
    # evidence that the word is a common noun, not a surname the tagger calls NN ("Anders Fogh Rasmussen"): an
    # irregular plural of the noun lexicon ("Zölle", "Strafzölle"), a tagger plural with a lemma of its own, or a
    # common-noun head ("Sicherheitsfragen")
    base = nouns.lexicon_base(text, lang)
    tagger_plural = tok.morph.get("Number") == ["Plur"] and bool(tok.lemma_) and tok.lemma_ != text
    lexicon_plural = base is not None and base.casefold() != text.casefold()
    return lexicon_plural or tagger_plural or _common_head(text, lang) == "closed"


HEAD_ENDINGS = ("", "s", "es", "e", "en", "n", "er")
# lower-case words inside an organisation's name ("Institut für Weltwirtschaft", "Zentralrat der Juden")
NAME_FUNCTION_WORDS = frozenset(_entity_words("name_function_words"))
# quote marks and brackets that an NER span or a name sometimes takes along at its edges
EDGE_MARKS = "„“”‚‘’\"'«»‹›()[]/"
CLAUSE_MARKS = ".,;:"  # a separate token of these at the end of a NER span is never part of the name


@lru_cache(maxsize=8)
def _casefolded(words: frozenset[str]) -> tuple[str, ...]:
    """The words as ``str.casefold`` writes them ("straße" → "strasse"), to meet a casefolded word."""
    return tuple(sorted(w.casefold() for w in words))


@lru_cache(maxsize=1 << 14)
def _common_head(word: str, lang: str) -> str:
    """ "closed" for "Regierungssitz", "Sicherheitsfragen" (a compound, or the bare word, ending in a common-noun
    head of ``common_noun_heads.txt``), "hyphen" for "Lancaster-House-Abkommen", "" otherwise."""
    low = word.casefold()
    last = low.rpartition("-")[2]
    for head in _casefolded(lang_resource(lang, "common_noun_heads.txt")):
        for ending in HEAD_ENDINGS:
            form = head + ending
            if not last.endswith(form):
                continue
            before = len(last) - len(form)
            if before == 0 and "-" in low:
                return "hyphen"
            if before == 0 or before >= 4:
                return "closed"
    return ""


@lru_cache(maxsize=4)
def _currency_forms(lang: str) -> frozenset[str]:
    return frozenset(row[0] for row in lang_rows(lang, "currencies.tsv", strip=True) if row)


@lru_cache(maxsize=4)
def _scale_words(lang: str) -> frozenset[str]:
    return frozenset(number_words(lang).scales) | _number_words(lang)


def _number_before(doc: Doc, i: int, lang: str) -> bool:
    """A number, number word or scale word ("3,5 Milliarden", "fünf") right before token ``i``."""
    if i == 0:
        return False
    prev = doc[i - 1]
    year = prev.text.isdigit() and len(prev.text) == 4  # "im September 1922 Stern …": a date, then a name
    return not year and (prev.like_num or prev.tag_ == "CARD" or prev.lower_ in _scale_words(lang))


def _name_words(doc: Doc, words: list[str] | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """Words the document uses as names: (tagged NE somewhere, inside a multi-word NER span with a proper noun).
    ``words`` are the tokens' texts when the caller has them (one array read instead of a Token per token)."""
    if words is None:
        words = [t.text for t in doc]
    ne = doc.vocab.strings.as_int("NE")
    tagged = [tag == ne for tag in doc.to_array(TAG).tolist()]
    multi = set()
    for ent in doc.ents:
        if len(ent) > 1 and any(t.tag_ == "NE" or t.pos_ == "PROPN" for t in ent):
            multi.update(words[ent.start : ent.end])
    return frozenset(w for w, is_ne in zip(words, tagged, strict=True) if is_ne), frozenset(multi)


def _after_non_name_determiner(doc: Doc, i: int, lang: str) -> bool:
    """ "mit einem Geschoss", "seine neue Baugrube", "fünf Knoten": token ``i`` follows a determiner names do not
    take (``non_name_determiners.txt``; lower-case adjectives and adverbs may stand between), or a number when the
    tagger calls it plural."""
    dets = lang_resource(lang, "non_name_determiners.txt")
    k = i - 1
    while k >= 0 and doc[k].text.islower() and doc[k].tag_ in ("ADJA", "ADJD", "ADV") and k > i - 4:
        k -= 1
    if k < 0:
        return False
    if doc[k].lower_ in dets:
        return True
    return k == i - 1 and _number_before(doc, i, lang) and doc[i].morph.get("Number") == ["Plur"]


def _after_indefinite_article(doc: Doc, i: int) -> bool:
    """Token ``i`` follows an indefinite article ("einer CD"), lower-case adjectives between ("einer alten CD")."""
    k = i - 1
    while k >= 0 and doc[k].text.islower() and doc[k].tag_ in ("ADJA", "ADJD") and k > i - 4:
        k -= 1
    return k >= 0 and doc[k].lower_ in INDEFINITE


def _after_bare_adjective(doc: Doc, i: int) -> bool:
    """ "billiges Rindfleisch", "billiges Rindfleisch und Geflügel": a lower-case attributive adjective with no
    article or determiner before it stands right before the word, or before a common noun joined to it."""
    j = i - 1
    if j >= 2 and doc[j].lower_ in PAIR_CONJUNCTIONS and doc[j - 1].tag_ == "NN":
        j -= 2
    if j < 0 or doc[j].tag_ != "ADJA" or not doc[j].text[:1].islower():
        return False
    return j == 0 or doc[j - 1].tag_ not in ("ART", "APPRART", "PDAT", "PPOSAT", "PIAT", "PIDAT", "PWAT", "ADJA")


@lru_cache(maxsize=4)
def _holidays(lang: str) -> frozenset[str]:
    return frozenset(lang_json(lang, "timex.json").get("holidays", {}))


def _non_name_head(doc: Doc, start: int, end: int, lang: str) -> bool:
    """(eighteenth session) "Präsidentschaftswahl Wahlbetrug", "die Hamburger Bürgerschaftswahlen", "Fußball-WM
    2006", "Massaker im Südsudan", "Bundeswehrbericht": the span's first noun (after its adjectives), or its last
    word where no preposition follows the first, ends in a head of ``non_name_heads.txt`` — an event, a document
    or a policy, no name. Known organisations and places keep their reading."""
    span = doc[start:end]
    nouns = [t for t in span if t.pos_ in ("NOUN", "PROPN") and t.text[:1].isupper()]
    if not nouns:
        return False
    words = [nouns[0].text]
    if not any(t.pos_ == "ADP" for t in span):
        words.append(span[-1].text)
    if not any(_ends_in_non_name_head(word, lang) for word in words):
        return False
    # (the gazetteers last: few spans end in such a head, and the place look-up is the costly test)
    text = span.text
    return not (gz.org(text, lang) is not None or gz.place_candidates(text, lang) or gz.country_code(text, lang))


@lru_cache(maxsize=1 << 12)  # pure, asked for the first noun of every NER span
def _ends_in_non_name_head(word: str, lang: str) -> bool:
    """``word`` (its last hyphen part, inflected) is a head of ``non_name_heads.txt`` or a compound ending in one
    after more than two letters (each tail of the stem looked up in the set, not every head tried)."""
    heads = lang_resource(lang, "non_name_heads.txt")
    suffixes = _suffix_tuple(heads)  # a stem ending in none of the heads has no tail in the set
    low = word.casefold().rpartition("-")[2]
    for ending in HEAD_ENDINGS:
        stem = low[: len(low) - len(ending)] if ending else low
        if ending and not low.endswith(ending):
            continue
        if stem in heads or (stem.endswith(suffixes) and any(stem[k:] in heads for k in range(3, len(stem)))):
            return True
    return False


@lru_cache(maxsize=16)
def _suffix_tuple(words: frozenset[str]) -> tuple[str, ...]:
    """The words of a resource set as one tuple for ``str.endswith``: a single C-level test that rules out a word
    before each of its tails is looked up in the set."""
    return tuple(words)


def _junk_name(
    doc: Doc, start: int, end: int, label: str, lang: str, name_words: tuple[frozenset[str], frozenset[str]]
) -> str | None:
    """What a final NER span is when it is no name of a person, organisation or place: "drop" (a common noun, a
    time zone, a currency in an amount; its token stays blocked), "keep-free" (dropped, but later rules may find a
    name there: a bare institution word such as "College", lower-case adjectives + a noun), "MISC" (the name of an
    agreement or programme, "Lancaster-House-Abkommen"), or None (a name). A single word the document uses as a
    name elsewhere (tagged NE while this one is NN, or inside a multi-word name) stays."""
    if end - start == 1 and doc[start].text.isdigit():
        return "drop"  # "hatte das Ministerium 2018 die Entscheidung …": a bare year or number is no name
    if label in ("PER", "ORG", "LOC") and _non_name_head(doc, start, end, lang):
        return "keep-free"  # "Präsidentschaftswahl Wahlbetrug", "Bundeswehrbericht": an event or document, no name
    if (
        label == "PER" and end - start == 2 and doc[start].tag_ in ("KOUS", "KON", "ADV", "APPR", "KOKOM")
        and doc[start + 1].tag_ == "NN" and _dictionary_word(doc[start + 1].text, lang)
        and not _given_name(doc[start + 1].text, lang)
    ):  # fmt: skip
        return "drop"  # (eighteenth session) "Weil Wähler, die …" tagged PER: a conjunction and a common noun
    if label != "MISC" and " ".join(doc[start:end].text.casefold().split()) in _holidays(lang):
        return "drop"  # "nach Ostern", "vor Pfingsten" tagged LOC: a holiday (a date, `timex.json`), no place
    if (
        label == "ORG" and end - start == 2 and _town_adjective(doc[start].text, lang)
        and _title_before_name(doc, end - 1, lang)
    ):  # fmt: skip
        return "keep-free"  # "die Hamburger Oberstaatsanwältin Anna Berg": a person's title, not a body of the town
    if (
        label in ("PER", "ORG") and end - start == 1 and end < len(doc) and _town_adjective(doc[start].text, lang)
        and _is_capitalised(doc[end]) and doc[end].tag_ == "NN" and doc[end].ent_iob_ == "O"
        and not _given_name(doc[start].text, lang)
    ):  # fmt: skip
        return "keep-free"  # "der Wiener Behörde", "die Kölner Staatsanwaltschaft": a town's adjective before a noun
    if end - start >= 2:
        span = doc[start:end]
        # "der evangelischen Kirche", "die jüdische Gemeinde": a lower-case adjective before a common noun describes
        # a kind of thing; names capitalise their adjectives ("Deutsche Bank"). Country groups stay ("die
        # schwedische Regierung", "der baden-württembergischen Landesregierung"): an adjective of a country or
        # region, or an organisation or group noun at the end. Only adjectives + one noun: "der oberste
        # Gerichtshof des Landes" has more to it and stays.
        if (
            label == "PER" and end - start == 2 and gz.demonym_adjective(span[0].lower_, lang)
            and span[-1].tag_ == "NN" and not _known_name(span[-1].text, lang)
        ):  # fmt: skip
            return "keep-free"  # "Japanischer Konzern übernimmt …" tagged PER: a country adjective and a noun
        if (
            label in ("LOC", "ORG") and end - start == 2 and span[0].is_sent_start
            and gz.demonym_adjective(span[0].lower_, lang)
            # a noun tagged NE counts when it ends in a kind noun that introduces names ("Batteriehersteller")
            and (span[-1].tag_ == "NN" or _ends_in_head(span[-1].text, lang_resource(lang, "name_heads.txt")))
            and not _known_name(span[-1].text, lang) and not gz.place_candidates(span.text, lang)
            and not gz.org(span.text, lang) and not gz.role(span[-1].text, lang)
            and not _ends_in_head(span[-1].text, lang_resource(lang, "org_heads.txt"))
        ):  # fmt: skip
            # "Schwedischer Batteriehersteller insolvent" (a headline) tagged LOC or ORG: the adjective is capitalised
            # only as the sentence's first word; a country adjective and a common noun describe, they name nothing
            # ("Französische Regierung", an organisation head, stays a country's body)
            return "keep-free"
        adjectives = all(t.text[:1].islower() and t.pos_ == "ADJ" for t in span[:-1])
        if not adjectives or span[-1].tag_ != "NN":
            return None
        last = span[-1].text
        if last in gz.place_nouns(lang) and label == "LOC":
            return "keep-free"  # "in der westafghanischen Provinz": a kind of place, not its name
        if any("-" in t.text or gz.demonym_adjective(t.text, lang) for t in span[:-1]):
            return None
        if _ends_in_head(last, lang_resource(lang, "org_heads.txt")) or gz.role(last, lang):
            return None
        if gz.org(span.text, lang) or gz.place_candidates(span.text, lang):
            return None
        return "keep-free"
    tok = doc[start]
    text = tok.text
    if text in lang_resource(lang, "time_zones.txt"):
        return "drop"  # "um 15 Uhr (MEZ)"
    if (
        label != "PER" and end < len(doc) and text[1:].islower() and text.endswith(ADJ_ENDINGS)
        and gz.demonym_adjective(text.lower(), lang) and doc[end].tag_ == "NN" and _is_capitalised(doc[end])
        and gz.country_code(text, lang) is None
    ):  # fmt: skip
        # "Russische Truppen haben … erobert" with "Russische" tagged LOC: a country adjective capitalised to open the
        # sentence describes the noun after it (the role rules read the two; thirty-first session)
        return "keep-free"
    if text in lang_resource(lang, "diseases.txt"):
        return "drop"  # "leiden an Hunger und Cholera" tagged LOC: a disease
    if (
        label == "LOC" and text.endswith("er") and start + 1 < len(doc)
        and doc[start + 1].text in gz.place_nouns(lang) and not gz.place_candidates(text, lang)
        and any(p.kind == "city" and not p.alias for p in gz.exact_places(text[:-2], lang))
    ):  # fmt: skip
        return "keep-free"  # "im Hamburger Stadtteil St. Pauli": the city's adjective before a kind of place
    if text in _currency_forms(lang) and _number_before(doc, start, lang):
        return "drop"  # "3,5 Milliarden Euro": a unit of a money amount (the quantity), not a name
    if text in _org_name_words(lang):
        return "keep-free"  # "das elitäre Kutama College" with only "College" tagged
    if label == "LOC" and gz.role(text, lang) and not gz.place_candidates(text, lang):
        return "keep-free"  # "gegen den Kapitän" tagged LOC: a person's role (a nominal mention), never a place
    if (
        label == "PER" and gz.role(text, lang) and start > 0 and doc[start - 1].lower_ in DETERMINERS
        and not _given_name(text, lang)
    ):  # fmt: skip
        return "keep-free"  # (sixteenth session) "nach Angaben des Gouverneurs" tagged PER: a title after its article
    if gz.role(text, lang) or gz.org(text, lang) or gz.country_code(text, lang):
        return None
    head = _common_head(text, lang)
    if head == "hyphen" and label in ("PER", "ORG", "LOC"):
        return "MISC"
    tagged_ne, in_names = name_words
    if text in in_names or (tok.tag_ != "NE" and text in tagged_ne):
        return None
    if (
        head == "closed" and label != "MISC" and text[1:].islower()
        and any(text.casefold() == h + e for h in lang_resource(lang, "common_noun_heads.txt") for e in HEAD_ENDINGS)
        and all(p.alias for p in gz.place_candidates(text, lang))
        and not (gz.org(text, lang) or text in gz.given_names(lang) or gz.demonym_noun(text, lang))
    ):  # fmt: skip
        return "drop"  # "Kitas" (another name of Quito): a common noun whose place reading is only an alias
    known = _known_name(text, lang) or gz.demonym_noun(text, lang) is not None
    if known:
        return None
    if head == "closed" and label != "MISC":
        return "drop"  # "Rüstungsindustrie", "Katastrophengebiet"
    if (
        label == "LOC"
        and tok.tag_ == "NN"
        and _listed_with_plural_noun(doc, start)
        and not gz.place_candidates(text, lang)
    ):
        return "drop"  # "Whiskey, Sojabohnen und Jeans": a word in a list of goods, not a place
    if (
        label == "LOC" and tok.tag_ == "NN" and text[1:].islower() and text.isalpha()
        and not gz.place_candidates(text, lang)
        and any(w == text and _after_bare_adjective(doc, i) for i, w in enumerate(token_strings(doc)[1]))
    ):  # fmt: skip
        # "durch billiges Rindfleisch und Geflügel" (here or elsewhere in the text): goods; a place takes no
        # article-less adjective
        return "drop"
    if label in ("PER", "LOC") and _abstract_noun(tok, lang):
        return "drop"  # "Effizienz", "Einmischung": a person or place is never named by an abstract noun
    if label != "MISC" and text.isupper() and text.isalpha() and _after_indefinite_article(doc, start):
        # (eighteenth session) "auf einer CD", "eine neue DVD": an unknown acronym after an indefinite article is a
        # thing; a body's acronym takes the definite article or a possessive ("der UMP", "seiner UMP"), and one the
        # text uses as a name elsewhere or the lexicons know was kept above
        return "drop"
    # only a plain common-noun shape: acronyms and hyphenated names take possessives ("seiner UMP")
    plain = text[1:].islower() and text.isalpha()
    if tok.tag_ == "NN" and plain and _after_non_name_determiner(doc, start, lang):
        return "drop"
    if (
        tok.tag_ == "NN" and plain and label != "MISC"
        and any(w == text and _after_non_name_determiner(doc, i, lang) for i, w in enumerate(token_strings(doc)[1]))
    ):  # fmt: skip
        return "drop"  # "nach einer Affäre … Die Affäre belastet" tagged ORG: the word takes "einer" elsewhere
    return None


# --- step 1: names ---------------------------------------------------------------------------------------


def _place_before_object(doc: Doc, start: int, end: int, lang: str) -> bool:
    """ "in Belgrad und Pristina Fortschritte": a PER span of a place and a common noun after it. The place
    is a big one or after a place preposition ("Heath Miller fing …" is a person), and the last word is a plain
    noun, no known name ("Uta Hagen") or abbreviation ("Nico G.")."""
    last = doc[end - 1].text
    if not last.isalpha() or _known_name(last, lang):
        return False
    after_preposition = start > 0 and doc[start - 1].lower_ in lang_resource(lang, "place_prepositions.txt")
    return any(
        p.kind != "city" or p.population >= 100_000 or after_preposition
        for p in gz.exact_places(doc[start : end - 1].text, lang)
    )


def _title_word(text: str, label: str, lang: str) -> bool:
    """A role noun ("Präsidenten", "Unterhaus"); not a place tagged LOC that only an inflection ending makes one
    ("Oberhausen" read as "Oberhaus" + "-en")."""
    role = gz.role(text, lang)
    if role is None:
        return False
    return not (label == "LOC" and role.form != text and gz.exact_places(text, lang))


def _country_role_phrase(ent: Span, lang: str) -> bool:
    """Country adjectives and a role noun ("Australischer Premier", "thailändischer Soldat", "Kambodschanische
    Truppen"), not a known organisation ("Deutsche Bundesbank")."""
    if len(ent) < 2 or gz.role(ent[-1].text, lang) is None or gz.org(ent.text, lang) is not None:
        return False
    return all(gz.demonym_adjective(t.text.lower(), lang) for t in ent[:-1])


def _lower_case_name(tok: Token, lang: str) -> bool:
    """ "dpa", "dpa-AFX", "n-tv", "stern.de": a lower-case word that is a name, not an adjective ("deutschen")."""
    text = tok.text
    if gz.org(text, lang) is not None or tok.tag_ in ("NE", "FM") or "." in text[1:-1]:
        return True
    return not text.isalpha() and tok.pos_ != "ADJ" and tok.tag_ not in ("ADJA", "ADJD")


def _big_city(word: str, lang: str) -> bool:
    """A city of a million people or more ("Lima", "Paris"): more likely the place than a first name. Smaller
    namesakes do not count: many first names are towns somewhere ("Duarte", "Moreira", "Victoria")."""
    return word not in gz.given_names(lang) and any(
        p.kind == "city" and p.population >= 1_000_000 for p in gz.exact_places(word, lang)
    )


def _person_spans_joined(doc: Doc, lang: str) -> list[Span]:
    """The NER's spans, with person names made whole: a surname the parser attaches to the name ("flat") but the
    NER left out ("Katherina | Reiche sagte"), and two person spans back to back tied by an Arabic name word
    (``name_connectors.txt``: "Mohammed bin Abdulrahman | Al Thani")."""
    connectors = lang_resource(lang, "name_connectors.txt")
    out: list[Span] = []
    for ent in doc.ents:
        if len(ent) <= 2 and ent.end < len(doc) and doc[ent.end].ent_iob_ == "O" and (
            _APOSTROPHE_SURNAME.match(doc[ent.end].text) and not gz.country_code(ent.text, lang)
        ):  # fmt: skip
            # (sixteenth session) "Michele | D'Onofrio" with only the first name tagged (as a place): an Italian or
            # Irish surname with an elided particle after a name word makes one person's name
            ent = Span(doc, ent.start, ent.end + 1, label="PER")
        if ent.start >= 1 and _place_head_word(doc, ent.start - 1, lang):
            joined = doc[ent.start - 1 : ent.end].text
            if any(p.kind in ("city", "admin1") and (p.population >= 10_000 or p.kind == "admin1")
                   for p in gz.exact_places(joined, lang)):  # fmt: skip
                # (sixteenth session) "bei Debre | Tabor" with only the last word tagged (as a person): the word
                # before completes a place name the gazetteer knows
                out.append(Span(doc, ent.start - 1, ent.end, label="LOC"))
                continue
        if (
            ent.label_ == "ORG" and len(ent) == 1 and ent.start >= 2 and doc[ent.start - 1].ent_iob_ == "O"
            and doc[ent.start - 1].pos_ == "PROPN" and _name_token(doc[ent.start - 1], lang)
            and _name_token(ent[0], lang) and gz.org(ent.text, lang) is None
            and _person_title(doc[ent.start - 2], lang)
        ):  # fmt: skip
            ent = Span(doc, ent.start - 1, ent.end, label="PER")  # "Gesundheitsminister Duarte | Pacheco" (ORG)
            out.append(ent)
            continue
        if ent.label_ == "PER" and (cut := _owner_title_cut(ent, lang)) is not None:
            # "Bayerns Ministerpräsident | Max Huber", "Müllers Sprecherin | Eva Roth": an owner in the genitive and
            # a person's title the NER took into the name; the name is what follows the title (the title and its
            # owner are read by the role rules). A span that ends in the title names nobody: dropped.
            if cut >= ent.end:
                continue
            ent = Span(doc, cut, ent.end, label="PER")
        if ent.label_ == "PER":
            start = ent.start
            # "Ministerpräsident Rui | Carvalho", "Ministerpräsident Kittisak | Wongsawat": after a person's title,
            # a proper noun the NER left out before its one-word person span is the first name (the title names one
            # person); not before a whole name ("Armeesprecher Oberst | Somchai Prasert": a rank)
            # (sixteenth session) also before a two-word span right after the title ("Präsident Duarte | Lobo
            # Sequeira": a double surname), where the word is no German word (a rank: "Armeesprecher Oberst | Somchai
            # Prasert")
            two = (
                len(ent) == 2 and ent.start >= 2 and _person_title(doc[ent.start - 2], lang)
                and not _dictionary_word(doc[ent.start - 1].text, lang)
            )  # fmt: skip
            while (
                (len(ent) == 1 or two) and ent.start - start < (1 if two else 2) and start >= 2
                and doc[start - 1].ent_iob_ == "O"
                and doc[start - 1].pos_ == "PROPN" and _name_token(doc[start - 1], lang)
                and not _big_city(doc[start - 1].text, lang)
            ):  # fmt: skip
                start -= 1
            if start < ent.start and doc[start - 1].ent_iob_ == "O" and _person_title(doc[start - 1], lang):
                ent = Span(doc, start, ent.end, label="PER")
            end = ent.end
            genitive = ent[-1].text.endswith("s") and not _given_name(ent[-1].text, lang)  # "Brandts Rücktritt"
            while (
                not genitive and end < len(doc) and doc[end].ent_iob_ == "O" and doc[end].dep_ == "flat"
                and doc[end].tag_ == "NE" and ent.start <= doc[end].head.i < end and doc[end].text[:1].isupper()
            ):  # fmt: skip
                end += 1
            nxt = doc[end] if end == ent.end and end < len(doc) and doc[end].ent_iob_ == "O" else None
            # "Handelsministerin Maaike | Jansen": after a person's title the parser's flat proper noun after a one-word
            # name is the surname, also when the first name is not in the lexicon (the title names one person)
            titled_flat = (
                nxt is not None and len(ent) == 1 and ent.start >= 1 and _person_title(doc[ent.start - 1], lang)
                and nxt.dep_ == "flat" and nxt.pos_ == "PROPN"
                # the surname hangs on the first name, or both hang on the title ("Ministerin ← Anouk, Verstappen")
                and (nxt.head.i == ent.start or (doc[ent.start].dep_ == "flat" and nxt.head.i == ent.start - 1))
                and not _genitive_surname(nxt.text, gz.given_names(lang))
            )  # fmt: skip
            # (eighteenth session) "Präsident Trumps | Entscheidung": a genitive name owns the common noun after it
            owned = genitive and nxt is not None and nxt.tag_ == "NN" and _dictionary_word(nxt.text, lang)
            # (twenty-third session) "meldete Elizabeth Warren | Zweifel an": after a name of two words or more, a
            # common noun of the dictionary is the verb's object, not one more surname
            owned = owned or (len(ent) >= 2 and nxt is not None and _owned_common_noun(nxt, lang))
            if (
                nxt is not None and (_given_name(ent[-1].text, lang) or titled_flat) and not owned
                and (nxt.pos_ == "PROPN" or (nxt.dep_ == "flat" and ent.start <= nxt.head.i < end))
                and _name_token(nxt, lang, loose=True)
                and all(gz.role(t.text, lang) or _role_suffix(t.text, lang) or _given_name(t.text, lang)
                        for t in ent[:-1])
            ):  # fmt: skip
                end += 1  # "Arbeitsminister Luc | Verstraeten", "Sabine | Kraft": a first name cut from its surname
            prev = out[-1] if out else None
            # (sixteenth session) "Präsident Duarte | Lobo Sequeira": two person spans back to back right after a
            # person's title are one name (a title names one person; two people take a comma or "und")
            titled_pair = (
                prev is not None and prev.label_ == "PER" and prev.end == ent.start and prev.start >= 1
                and _person_title(doc[prev.start - 1], lang) and doc[prev.start - 1].ent_iob_ == "O"
            )  # fmt: skip
            if prev is not None and prev.label_ == "PER" and prev.end == ent.start and (
                doc[ent.start].text in connectors or any(t.text in connectors for t in prev[1:]) or titled_pair
            ):  # fmt: skip
                out[-1] = Span(doc, prev.start, end, label="PER")
                continue
            # "Kronprinz Mohammed | bin | Salman": the connector the NER left out between two person spans ties them
            if (
                prev is not None and prev.label_ == "PER" and prev.end == ent.start - 1
                and doc[prev.end].ent_iob_ == "O" and doc[prev.end].text in connectors
            ):  # fmt: skip
                out[-1] = Span(doc, prev.start, end, label="PER")
                continue
            if end != ent.end:
                ent = Span(doc, ent.start, end, label="PER")
        out.append(ent)
    return out


def _owned_common_noun(tok: Token, lang: str) -> bool:
    """ "Montezumas | Kopfschmuck", "Lafontaines | Folter-Äußerungen" with the noun read as a proper noun, "Elizabeth
    Warren | Zweifel" after a whole name: a word tagged NN whose last part is a dictionary noun (lower case after its
    capital), no first name and no known name — the thing a genitive name owns, or the verb's object after a name
    (twenty-third session)."""
    last = tok.text.rpartition("-")[2]
    if tok.tag_ != "NN" or not last.isalpha() or not last[1:].islower() or len(last) < 3:
        return False
    return _dictionary_word(last, lang) and not _known_name(tok.text, lang) and not _given_name(last, lang)


def _named_body_compound(word: str, lang: str) -> bool:
    """ "Tschadseebecken-Kommission", "Rhein-Main-Kommission" tagged ORG: a hyphen compound ending in an organisation
    head (``org_heads.txt``) whose front is a name no dictionary knows (no country, organisation or people, no
    common noun as in "Experten-Kommission") names one body; the role rules would read it as a title and drop it
    (twenty-third session)."""
    front, _, head = word.rpartition("-")
    if not front or not front[:1].isupper() or not _ends_in_head(head, lang_resource(lang, "org_heads.txt")):
        return False
    first = front.partition("-")[0]
    if gz.country_code(front, lang) or gz.org(front, lang) or gz.demonym_adjective(front, lang):
        return False
    return not any(_dictionary_word(part, lang) for part in (front, first))


def _open_bracket_cut(ent: Span, lang: str) -> tuple[int, int] | None:
    """An opening bracket inside an NER span that divides two names: (its index, the end of the name inside). The
    bracket is not closed in the span, with a capitalised name of one word or more on both sides ("Primero Justicia
    (Henrique Capriles"), or it closes the span around a person's name of two words or more ("Brasiliens (Luiz
    Inácio Lula da Silva)"); None for any other span ("Frankfurt (Oder)", "Deutsche Polizeigewerkschaft (DPolG)")."""
    k = next((t.i for t in ent if t.text == "("), None)
    if k is None or k - ent.start < 1 or ent.end - k < 2:
        return None
    doc = ent.doc
    outer = doc[ent.start : k]
    if not all(t.text[:1].isupper() and t.is_alpha for t in outer):
        return None
    # lower-case particles inside a person's name ("Lula da Silva", "Van der Bellen")
    particles = {*_entity_words("lower_name_particles", lang), *(p.lower() for p in _name_particle_words(lang))}
    closes = [t.i for t in ent if t.text == ")"]
    end = ent.end - 1 if closes == [ent.end - 1] else ent.end
    if (closes and end == ent.end) or end - (k + 1) < 1:
        return None
    inner = doc[k + 1 : end]
    if not inner[0].text[:1].isupper() or not all(
        (t.text[:1].isupper() and t.is_alpha) or t.text in particles for t in inner
    ):
        return None
    person = _given_name(inner[0].text, lang)
    if closes:
        return (k, end) if person and len(inner) >= 2 else None
    inner_text = inner.text
    unplaced = not (gz.country_code(inner_text, lang) or gz.exact_places(inner_text, lang))
    if ent.label_ == "LOC" and not person and (
        gz.exact_places(f"{outer.text} ({inner_text})", lang) or (unplaced and gz.exact_places(outer.text, lang))
    ):  # fmt: skip
        return None  # "Frankfurt (Oder", "Halle (Saale": a town's qualifier, one place with it
    return (k, end)


@lru_cache(maxsize=4)
def _name_particle_words(lang: str) -> frozenset[str]:
    return frozenset(lang_resource(lang, "name_particles.txt"))


# "D'Onofrio", "O'Brien", "Dell'Utri": a surname opened by an elided particle
_APOSTROPHE_SURNAME = re.compile(r"^(?:D|O|Dell|Dall|Degl)['’][A-ZÄÖÜ][a-zäöüéèàò]+$")


def _place_head_word(doc: Doc, k: int, lang: str) -> bool:
    """An untagged capitalised word at ``k`` inside a sentence that may open a place name of two words ("Debre" of
    "Debre Tabor", "Bad" of "Bad Homburg"): no title, determiner or given name."""
    tok = doc[k]
    return (
        tok.ent_iob_ == "O" and tok.text[:1].isupper() and tok.is_alpha and not tok.is_sent_start
        and tok.lower_ not in DETERMINERS and gz.role(tok.text, lang) is None and not _given_name(tok.text, lang)
    )  # fmt: skip


def _genitive_plural_adjective(doc: Doc, i: int, end: int, lang: str) -> bool:
    """ "Verband Europäischer | Reeder", "Bund Deutscher | Architekten": a capitalised adjective in -er before a noun
    of the same name right after the head noun is the genitive plural the head governs, so the head belongs to the
    name (without it "Europäischer Reeder" names nothing)."""
    if i + 1 >= end:
        return False
    tok = doc[i]
    adjective = tok.tag_ == "ADJA" or gz.demonym_adjective(tok.lower_, lang) is not None
    return tok.text.endswith("er") and _is_capitalised(tok) and adjective and _is_capitalised(doc[i + 1])


def _owner_title_cut(ent: Span, lang: str) -> int | None:
    """Where the name starts in a person span "<genitive owner> <title> [name]" ("Hessens Innenminister Jan Roth",
    "Kellers Anwalt"): the token after the title; None when the span does not open that way."""
    if len(ent) < 2:
        return None
    owner, title = ent[0], ent[1]
    if not (owner.text.endswith("s") and not owner.text.endswith("ss") and _is_capitalised(owner)):
        return None
    if _given_name(owner.text, lang) or not _person_title(title, lang):
        return None  # "Hans Müller": a first name in -s owns nothing
    return ent.start + 2


def _town_adjective(word: str, lang: str) -> str | None:
    """ "Hamburger", "Bremer", "Münchner", "Dresdner": the indeclinable adjective of a town the gazetteer knows; the
    country of its most populous namesake."""
    if not (word.endswith("er") and word[:1].isupper() and word.isalpha() and len(word) >= 5):
        return None
    stem = word[:-2]
    names = (stem, stem + "en", stem[:-1] + "en")
    towns = [p for name in names for p in gz.exact_places(name, lang) if p.kind == "city"]
    return max(towns, key=lambda p: p.population).country if towns else None


def _describing_adjective(tok: Token, lang: str) -> bool:
    """A lower-case attributive adjective or a town's adjective (the tagger calls "Hamburger" a noun as often as
    not) before a head noun: "die Bremer Reederei …", "die staatliche Fluglinie …"."""
    if tok.text[:1].islower():
        return tok.tag_ == "ADJA"
    return _town_adjective(tok.text, lang) is not None


def _place_pair(ent: Span, lang: str) -> list[tuple[int, int]]:
    """The token ranges of two places the NER joined into one span at a pair conjunction ("Lissabon und Porto"):
    each part a country, region or city the gazetteer knows, the whole neither a place nor an organisation."""
    joints = [t.i for t in ent if t.lower_ in PAIR_CONJUNCTIONS]
    if len(joints) != 1 or joints[0] in (ent.start, ent.end - 1):
        return []
    if gz.org(ent.text, lang) is not None or gz.exact_places(ent.text, lang) or gz.country_code(ent.text, lang):
        return []
    parts = [(ent.start, joints[0]), (joints[0] + 1, ent.end)]
    for a, b in parts:
        name = ent.doc[a:b].text
        if gz.org(name, lang) is not None or not any(
            p.kind in ("country", "admin1", "city") for p in gz.exact_places(name, lang)
        ):
            return []
    return parts


def _place_then_person(doc: Doc, ent: Span, words: list[str], lang: str) -> int | None:
    """Where a place's name ends and a person's begins inside one NER span after a place preposition ("in Heilbronn
    Michael Müller"): the words before a first name name a known place and no first name comes before it; at least a
    first and a family name follow."""
    if len(ent) < 3 or ent.start == 0 or doc[ent.start - 1].lower_ not in lang_resource(lang, "place_entry_preps.txt"):
        return None
    for k in range(ent.start + 1, ent.end - 1):
        if _given_name(words[k], lang):
            if any(_given_name(words[j], lang) for j in range(ent.start, k)):
                return None
            if not all(words[j][:1].isupper() and doc[j].is_alpha for j in range(k, ent.end)):
                return None
            return k if gz.exact_places(doc[ent.start : k].text, lang) else None
    return None


def _ner_mentions(doc: Doc, lang: str, blocked: list[int] | None = None, view: DocView | None = None) -> list[Mention]:
    """NER spans as name mentions; tokens of spans dropped as common nouns go to ``blocked`` so that no later rule
    finds them again (the city rule would read "Kyoto-Protokoll" as a quarter of Kyoto)."""
    out = []
    # plain strings: ``doc[i].text`` built a Token object for each of the many word tests below
    token_texts = view.words if view is not None else token_strings(doc)[1]
    name_words = _name_words(doc, view.words if view is not None else None)
    text_countries: list[frozenset[str]] = []

    def countries() -> frozenset[str]:  # the countries the text names, read once when a rule needs them
        if not text_countries:
            text_countries.append(_text_countries(doc, view or DocView.of(doc), lang))
        return text_countries[0]

    covered = 0  # end of a known organisation name a span was extended to: spans inside it are part of it
    timex_bounds = [(tx.start, tx.end) for tx in doc._.timexes or ()]  # (read once, not once per span)
    datelines = _multiword_datelines(doc, lang)
    for a, b in datelines:  # "BELO HORIZONTE (dpa) –": the whole dateline is the city
        out.append(Mention(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), "LOC", "name", doc[a:b].text, tok_start=a,
                           tok_end=b))  # fmt: skip
    quoted = _quoted_group_names(doc, lang)
    for a, b in quoted:  # "das Bündnis „Wasser statt Autos“": the whole quoted name is the organisation
        out.append(Mention(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), "ORG", "name", doc[a:b].text, tok_start=a,
                           tok_end=b))  # fmt: skip
    vessels = _quoted_vessel_names(doc, lang)
    for a, b in vessels:  # "der Zerstörer „USS Ralph Johnson“": a ship's name, neither a person nor an actor
        out.append(Mention(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), "MISC", "name", doc[a:b].text, tok_start=a,
                           tok_end=b))  # fmt: skip
    datelines = datelines + quoted + vessels
    for ent in _person_spans_joined(doc, lang):
        if ent.end <= covered:
            continue
        if any(a < ent.end and ent.start < b for a, b in datelines):
            continue  # "(Nutzung der) Bundeswehr" inside "Bundesamt für Ausrüstung, … und Nutzung der Bundeswehr"
        bracket = _open_bracket_cut(ent, lang)
        if bracket is not None:
            # (twenty-third session) "Primero Justicia (Henrique Capriles" as one span: a bracket opened and not
            # closed inside a name divides two names; the one inside is a person when it opens with a first name
            cut, b = bracket
            a = cut + 1
            if _given_name(token_texts[a], lang):
                inner = "PER"
            elif ent.label_ == "PER":
                # "Schimon Peres (Awoda": after a person's name, a bracketed word that opens no name of a person is
                # the person's party or country
                place = gz.country_code(doc[a:b].text, lang) or gz.place_candidates(doc[a:b].text, lang)
                inner = "LOC" if place else "ORG"
            else:
                inner = ent.label_
            out.append(Mention(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), inner, "name", doc[a:b].text,
                               tok_start=a, tok_end=b))  # fmt: skip
            ent = Span(doc, ent.start, cut, label=ent.label_)
        comma = next((t.i for t in ent[1:-1] if t.text == "," and token_texts[t.i + 1][:1].islower()), None)
        if comma is not None:
            # (twenty-third session) "Minister für Viehzucht, dessen Amtszeit" as one span: a comma and a lower-case
            # word (a relative pronoun, a conjunction) open a clause; no name goes on after them
            ent = Span(doc, ent.start, comma, label=ent.label_)
        cut = _place_then_person(doc, ent, token_texts, lang)
        if cut is not None:
            # "wurde in Heilbronn Michael Müller erschossen" tagged as one span: a known place after "in" and a first
            # name with a family name after it are a place and a person
            out.append(Mention(ent.start_char, doc[cut - 1].idx + len(doc[cut - 1]), "LOC", "name",
                               doc[ent.start : cut].text, tok_start=ent.start, tok_end=cut))  # fmt: skip
            ent = Span(doc, cut, ent.end, label="PER")
        ent = _without_adjectives_before_place_noun(ent, lang)
        label = ent.label_ if ent.label_ in ("PER", "ORG", "LOC", "MISC") else "MISC"
        figure = _current_figure_name(doc, ent.start, ent.end, lang)
        if label != "PER" and figure:
            label = "PER"  # "Auch Spahn äußerte sich" with "Spahn" tagged ORG, "Ben-Gvir" tagged ORG
        text = ent.text
        if (
            len(ent) == 2 and not figure and all(_current_alone_name(t.text, lang) for t in ent)
            and not _given_name(ent[0].text, lang)
        ):  # fmt: skip
            # "lobte Merz Macron für …" tagged as one name: two listed figures named alone, side by side, are two
            # people (the subject after the verb, then the object; twenty-ninth session)
            for t in ent:
                out.append(Mention(t.idx, t.idx + len(t), "PER", "name", t.text, tok_start=t.i, tok_end=t.i + 1))
            continue
        if len(ent) >= 2 and figure:
            # "Marine Le Pen" tagged LOC: a listed figure's whole name is one person's, none of its words a common
            # noun or a title to cut (twenty-ninth session)
            out.append(Mention(ent.start_char, ent.end_char, "PER", "name", text, tok_start=ent.start,
                               tok_end=ent.end))  # fmt: skip
            continue
        # Lower-case single words ("deutschen", "bayerische") are adjectives describing something, not names; names
        # spelt in lower case stay: a known organisation ("dpa"), a word tagged NE ("dpa-AFX"), a web address
        # ("stern.de") or a non-adjective with digits or hyphens ("n-tv", "office21")
        if len(ent) == 1 and text[:1].islower() and not _lower_case_name(ent[0], lang):
            continue
        if len(ent) >= 2 and ent[-1].text in _party_members(lang) and all(t.text[:1].islower() for t in ent[:-1]):
            continue  # "italienischen Sozialdemokraten" tagged ORG: left to the party-member rule, with its article
        if label == "MISC" and len(ent) == 1 and gz.demonym_adjective(text, lang):
            continue
        first, _, rest = text.partition("-")
        if len(ent) == 1 and rest and gz.demonym_noun(rest, lang) and gz.demonym_adjective(first.lower(), lang):
            continue  # "der Deutsch-Iraner" tagged ORG: an inhabitant noun of two countries, no name
        title_only = len(ent) == 1 and (
            (label != "PER" and _title_word(text, label, lang)) or _split_compound(text, lang)[1]
        )
        if title_only and not (label == "ORG" and _named_body_compound(text, lang)):
            continue  # a title such as "US-Präsident", "CDU-Politiker" tagged as a name (a plain "Richter" may be one)
        pair = _place_pair(ent, lang)
        if pair:
            # "Lissabon und Porto verhängen Fahrverbote" tagged as one ORG: two places joined by "und", each known
            # to the gazetteer, are two places (not "Bosnien und Herzegowina", a place as a whole; sixteenth session)
            for a, b in pair:
                out.append(Mention(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), "LOC", "name", doc[a:b].text,
                                   tok_start=a, tok_end=b))  # fmt: skip
            continue
        if (
            label != "LOC" and len(ent) == 2 and ent[0].text.endswith("s") and len(ent[0].text) > 4
            and (gz.country_code(ent[0].text[:-1], lang) or _genitive_place(ent[0].text, lang, cities=False))
            and getattr(gz.role(ent[1].text, lang) or _split_compound(ent[1].text, lang)[1], "kind", "") == "person"
            and not _institution_word(ent[1].text, lang)  # "Sachsens Staatskanzlei": a state's institution
        ):  # fmt: skip
            out.append(Mention(ent[0].idx, ent[0].idx + len(ent[0]), "LOC", "name", ent[0].text, tok_start=ent.start,
                               tok_end=ent.start + 1))  # fmt: skip
            continue  # "Belgiens Verkehrsminister tritt zurück" tagged ORG: the country, then a title (no name)
        if (
            len(ent) == 2 and ent[0].text.endswith("s") and len(ent[0].text) > 4
            and gz.country_code(ent[0].text[:-1], lang)
            and ent[1].text in lang_json(lang, "institution_anaphors.json").get("generic_state", {})
        ):  # fmt: skip
            out.append(Mention(ent[0].idx, ent[0].idx + len(ent[0]), "LOC", "name", ent[0].text, tok_start=ent.start,
                               tok_end=ent.start + 1))  # fmt: skip
            out.append(Mention(ent[1].idx, ent[1].idx + len(ent[1]), "ORG", "name", ent[1].text,
                               country=gz.country_code(ent[0].text[:-1], lang), tok_start=ent.start + 1,
                               tok_end=ent.end))  # fmt: skip
            continue  # "Malis Militärjunta" tagged PER or ORG: the country, then its state institution (no name)
        if (
            label in ("ORG", "MISC") and len(ent) in (2, 3) and ent[0].text in gz.place_nouns(lang)
            and all(_place_name_token(t, lang) for t in ent[1:])
        ):  # fmt: skip
            # "im Bezirk Kupwara" tagged ORG: the name after the place noun is the place, also one no gazetteer
            # knows, as the pattern rule reads it when the NER misses the name
            out.append(Mention(ent[1].idx, ent.end_char, "LOC", "name", doc.text[ent[1].idx : ent.end_char],
                               tok_start=ent.start + 1, tok_end=ent.end))  # fmt: skip
            continue
        if label != "PER" and _country_role_phrase(ent, lang):
            # "Australischer Premier", "Chinesische Küstenwache" (a headline, a sentence start): no name; the role
            # rules read it as they read "die chinesische Küstenwache", one body or office holder of the country
            continue
        if len(ent) == 1 and label != "PER" and _common_noun(ent[0], lang) and not _hyphen_place(ent[0], label, lang):
            if blocked is not None:
                blocked.append(ent.start)
            continue  # "IS-Kämpfer", "Parlamente": common nouns, not names
        if len(ent) == 1 and label == "LOC" and text in gz.place_nouns(lang):
            # "im Bundesstaat Zamfara" with "Bundesstaat" tagged LOC: the name after the noun is the place; "alle
            # Minen im Bundesstaat" with no name: the kind of place, which the anaphor rules may read
            continue
        people_name = text.partition("-")[0] in lang_resource(lang, "peoples.txt")
        if len(ent) == 1 and label in ("LOC", "ORG") and people_name:
            if blocked is not None:
                blocked.append(ent.start)
            continue  # "ein Lager für Rohingya", "Rohingya-Lager" tagged LOC: a people (and its camp), no name
        dated = any(t_start <= ent.start_char and ent.end_char <= t_end for t_start, t_end in timex_bounds)
        if len(ent) == 1 and label != "PER" and dated:
            if blocked is not None:
                blocked.append(ent.start)
            continue  # "soll nach Ostern beginnen" tagged LOC: a holiday the time layer dated, no place
        if len(ent) == 1 and _lexicon_plural(ent[0], lang, name_words):
            if blocked is not None:
                blocked.append(ent.start)
            continue  # "Viele Lehmhäuser stürzten ein" tagged PER, "bei Razzien" tagged LOC: an irregular plural
        start, end = _trim_marks(doc, ent.start, ent.end)
        if label == "LOC" and end < len(doc) and _after_place_noun(doc, start, end, lang):
            # "in der Provinz Khyber | Pakhtunkhwa": the NER stops before a foreign word no dictionary knows
            while end < min(ent.end + 2, len(doc)) and _unknown_name_word(doc[end]):
                end += 1
        if label == "PER" and end - start >= 2 and token_texts[end - 1] in lang_resource(lang, "name_particles.txt"):
            k = end  # "Alexander Van | der Bellen": the NER stops at the particle that opens the family name
            while k < min(end + 2, len(doc)) and token_texts[k] in _entity_words("lower_name_particles", lang):
                k += 1
            if k < len(doc) and token_texts[k][:1].isupper() and doc[k].is_alpha and doc[k].ent_iob_ != "B":
                end = k + 1
        if label == "PER":
            end = _before_genitive_state(token_texts, start, end, lang)
            if _capital_after_name(token_texts, start, end, lang) or _noun_after_family_name(doc, start, end, lang):
                # "warnte Marco Rubio Peking vor …", "warfen Merz Wortbruch vor": the capital or common noun after the
                # name is the next object, no name part
                end -= 1
        if label == "LOC" and token_texts[end - 1].endswith(("'s", "’s")) and end < len(doc):
            nxt = doc[end]  # "Cox's | Bazar", "Martha's | Vineyard": an English possessive opens a place name
            if nxt.is_alpha and nxt.text[:1].isupper() and nxt.pos_ == "PROPN" and nxt.ent_iob_ != "B":
                end += 1
        snapped = _org_alias_in_span(doc, start, end, lang)
        if snapped is not None:  # "(Kieler) Instituts für Weltwirtschaft am Montag": the known name only
            if snapped[0] > start and blocked is not None:
                blocked.extend(range(start, snapped[0]))  # "Linkspartei | La France insoumise": the kind noun
            start, end = snapped
            label = "ORG"
            covered = max(covered, end)
        at = _place_after_in(doc, start, end, label, lang)
        if at == start + 1 and _common_head(token_texts[start], lang) == "closed":
            if blocked is not None:
                blocked.extend(range(start, end))
            continue  # "vor der Landtagswahl in Sachsen-Anhalt": an event's qualifier, neither organisation nor scene
        if at is not None:  # "des Bundeskartellamts in Bonn", "bei den Olympischen Spielen in Hongkong"
            out.append(Mention(doc[at + 1].idx, ent.end_char, "LOC", "name", doc[at + 1 : end].text,
                               tok_start=at + 1, tok_end=end))  # fmt: skip
            end = at
            if label == "LOC" and gz.org(doc[start:end].text, lang) is not None:
                label = "ORG"  # ("der Hisbollah im Südlibanon" read as one place)
        inner = token_texts[end - 2] if end - start >= 4 else ""
        bracketed = (
            end - start >= 4 and token_texts[end - 1] == ")" and token_texts[end - 3] == "("
            and (sum(ch.isupper() for ch in inner) >= 2 or bool(gz.country_code(inner, lang) or gz.org(inner, lang)))
        )  # fmt: skip  # "… Dissuasion (RAID)", "Johannesburg (Südafrika)", "Vilnius (Reuters)"; not "Frankfurt (Oder)"
        if bracketed:
            end -= 3  # "Recherche Assistance Intervention Dissuasion (RAID)": the short form is found as an alias
        heads = lang_resource(lang, "name_heads.txt")
        if (
            label in ("ORG", "MISC") and end < len(doc) and doc[end].ent_iob_ == "B" and token_texts[end - 1] in heads
            and all(_describing_adjective(t, lang) for t in doc[start : end - 1])
        ):  # fmt: skip
            if blocked is not None:
                blocked.extend(range(start, end))
            continue  # "die Hamburger Reederei | Nordkap Tankers": the description before the name the NER split off
        if label != "LOC" and end < len(doc) and doc[end].ent_iob_ == "O" and token_texts[end][:1].isupper():
            if _org_name_words(lang).get(token_texts[end]) == "last" or token_texts[end - 1] == "&":
                end += 1  # "Polar | Tankers", "Brandt & | Söhne": the NER stops before a company name's last word
            elif token_texts[end] == "&" and end + 1 < len(doc) and token_texts[end + 1][:1].isupper():
                end += 2  # "Brandt | & Söhne"
        lead = start
        while lead < end - 2 and _describing_adjective(doc[lead], lang):
            lead += 1  # "Bremer Reederei Polar Tankers": a town's (or a lower-case) adjective before the head noun
        if (
            label in ("ORG", "MISC") and end - lead >= 2
            and (token_texts[lead] in heads or _mission_noun(token_texts[lead], lang))  # "EU-Mission Atalanta"
            and not gz.org(doc[start:end].text, lang)  # "Gewerkschaft Deutscher Lokomotivführer": a listed name
            and not _genitive_plural_adjective(doc, lead + 1, end, lang)
        ):  # fmt: skip
            start = lead + 1  # "Gruppe Turkey Blocks" → "Turkey Blocks"
        if (
            label != "LOC" and end - start >= 2 and token_texts[start] in lang_resource(lang, "state_forms.txt")
            and gz.country_code(doc[start + 1 : end].text, lang)
        ):  # fmt: skip
            start, label = start + 1, "LOC"  # "das Sultanat Oman" tagged ORG: the country
        if label != "ORG" and end - start >= 2 and _org_name_words(lang).get(token_texts[end - 1]) == "last":
            label = "ORG"  # "das elitäre Kutama College" tagged PER: an institution's name, not a person
        if label == "PER" and any("&" in t.text for t in doc[start:end]):
            label = "ORG"  # "P&O Ferries", "Brandt & Söhne" tagged PER: no person's name has an ampersand; a firm's
        if (
            label == "PER" and end - start == 2 and _genitive_place(token_texts[start], lang, cities=False)
            and doc[end - 1].tag_ == "NN" and _institution_word(token_texts[end - 1], lang)
        ):  # fmt: skip
            label = "ORG"  # "Sachsens Staatskanzlei" tagged PER: a state's institution, no person
        if label == "PER" and end - start == 1 and _state_as_subject(doc, start, lang, view):
            label = "LOC"  # "Madrid lenkt ein" tagged PER: a capital or country acting stands for its government
        if label == "PER" and end - start >= 3 and gz.role(token_texts[end - 1], lang):
            end -= 1  # "Richard Nixon Arbeitsminister": a predicate noun glued to the name
        von = doc[end - 2].lower_ in VON_FORMS
        if label == "PER" and end - start >= 3 and von and _abstract_noun(doc[end - 1], lang):
            end -= 2  # "sprach Pavlos Marinakis von Brandstiftung": the object of "sprechen von", no name particle
        # "Johnsons Besuch"; a first name in -s ("Jonas Keller", "Andreas Müller") is no genitive
        genitive_head = (
            end - start >= 2
            and token_texts[end - 2].endswith("s")
            and doc[end - 2].pos_ == "PROPN"
            and not _given_name(token_texts[end - 2], lang)
            # "Feuerwehrsprecher Vassilios Vathrakogiannis": after a title comes a whole name, no genitive
            and not any(
                gz.role(t.text, lang) or _split_compound(t.text, lang)[1] for t in doc[max(start - 1, 0) : end - 2]
            )
        )
        if label == "PER" and genitive_head and (
            doc[end - 1].pos_ == "NOUN" or _owned_common_noun(doc[end - 1], lang)
        ):  # fmt: skip
            end -= 1  # "Johnsons Besuch": the noun a genitive name modifies
        if label != "LOC" and end - start >= 2 and doc[end - 1].tag_ == "NN":
            # "in Belgrad und Pristina Fortschritte zeigen", "warf dem Rat Einmischung vor": the object follows
            place = (
                label == "PER"
                and not _given_name(token_texts[start], lang)  # "Antony Blinken": a first name that is also a town
                and _place_before_object(doc, start, end, lang)
            )
            # a run of foreign name words keeps its last one ("Recherche Assistance Intervention Dissuasion")
            foreign = end - start >= 3 and all(doc[k].tag_ in ("NE", "FM") for k in range(start, end - 1))
            # a name with its short form in brackets is whole ("Deutsche Polizeigewerkschaft (DPolG)")
            # (also an adjective the parse calls PROPN: "der Deutschen Bischofskonferenz")
            foreign = foreign or bracketed or doc[end - 2].pos_ == "ADJ" or doc[end - 2].tag_ == "ADJA"
            # "die Karibische Gemeinschaft" with the adjective tagged a noun: a capitalised adjective of a name
            # ending ("-ische", "-liche", "-ale") opens the name of its noun (seventeenth session)
            foreign = foreign or _name_adjective(token_texts[end - 2])
            # "Vassilios Vathrakogiannis": a first name and one more word is a whole name (a surname in -nis)
            foreign = foreign or (label == "PER" and end - start == 2 and _given_name(token_texts[start], lang))
            # "Ministeriumssprecherin Sok Channary in Phnom Penh": after a person's title comes one whole name
            titled = label == "PER" and end - start <= 3 and start > 0 and _person_title(doc[start - 1], lang)
            place = place and not titled
            foreign = foreign or titled
            # "Institut für Weltwirtschaft", "Deutsche Polizeigewerkschaft": a known name, a name word after a
            # function word, or an organisation head ends the name
            foreign = (
                foreign
                or gz.org(doc[start:end].text, lang) is not None
                or doc[end - 2].lower_ in NAME_FUNCTION_WORDS
                or _ends_in_head(token_texts[end - 1], lang_resource(lang, "org_heads.txt"))
            )
            # "US-Präsident Donald Trump Zölle verhängt": a person's name never ends in a plural common noun
            plural_object = label == "PER" and not bracketed and _object_after_name(doc, start, end, lang, name_words)
            if place or plural_object or (_abstract_noun(doc[end - 1], lang) and not foreign):
                end -= 1
                label = "LOC" if place else label
                if end - start == 1 and (
                    gz.role(token_texts[start], lang) or _split_compound(token_texts[start], lang)[1]
                ):
                    continue  # "dem Justizminister Einmischung": with the object cut, only the title is left
        if (
            label == "PER" and end - start == 2 and start > 0
            and doc[start - 1].lower_ in lang_resource(lang, "place_entry_preps.txt")
            and gz.exact_places(token_texts[start], lang)
        ):  # fmt: skip
            end, label = start + 1, "LOC"  # "in Paris Unterschlupf finden": a place and the object after it
        placed = start > 0 and (
            doc[start - 1].lower_ in lang_resource(lang, "place_entry_preps.txt")
            or token_texts[start - 1] in gz.place_nouns(lang)
            or _listed_after_in(doc, start, lang)  # "in Košice, Žilina und Banská Bystrica": the last of a list
        )
        if (
            label in ("PER", "ORG") and end - start >= 2 and not _given_name(token_texts[start], lang)
            and gz.org(doc[start:end].text, lang) is None
            and any(
                p.kind == "city" and (p.population >= 100_000 or (p.population >= 20_000 and placed))
                for p in gz.exact_places(doc[start:end].text, lang)
            )
        ):  # fmt: skip
            # "Raketen auf Tel Aviv" tagged ORG: a big city's whole name is a place; a smaller town's whole name
            # after "in"/"nach"/"aus" or a place noun too ("in Banská Bystrica", "die Stadt Nové Zámky")
            label = "LOC"
        if (
            end - start >= 2 and label != "LOC"
            and (
                token_texts[start] in lang_resource(lang, "landform_nouns.txt")
                or token_texts[start] in gz.place_nouns(lang)  # "im Bundesstaat Pará" tagged ORG
            )
            and gz.exact_places(doc[start + 1 : end].text, lang)
        ):  # fmt: skip
            start, label = start + 1, "LOC"  # "in der Exklave Kaliningrad" tagged ORG: the place after the place noun
        if (
            end - start >= 2 and label == "LOC" and _plural_common_noun(doc[start], lang)
            and gz.exact_places(doc[start + 1 : end].text, lang)
        ):  # fmt: skip
            start += 1  # "an ihren Standorten | Kassel und Ulm": a plural common noun heads no one place's name
        if (
            end - start >= 2 and label in ("PER", "ORG", "MISC")
            and token_texts[start] in _genitive_set(lang_resource(lang, "feature_name_nouns.txt"))
            and all(_is_capitalised(t) for t in doc[start + 1 : end])
        ):  # fmt: skip
            label = "LOC"  # "des Vulkans Merapi" tagged ORG: a natural feature's name is a place, no actor
        if (
            label in ("PER", "ORG", "MISC") and start >= 1
            and token_texts[start - 1] in gz.place_nouns(lang)
            and gz.org(doc[start:end].text, lang) is None and gz.exact_places(doc[start:end].text, lang)
        ):  # fmt: skip
            label = "LOC"  # "im Bundesstaat | Blue Nile" with the name tagged ORG: the place noun says what it is
        if (
            label in ("PER", "ORG") and gz.org(doc[start:end].text, lang) is None
            and any(p.kind == "admin1" and not p.country for p in gz.exact_places(doc[start:end].text, lang))
        ):  # fmt: skip
            label = "LOC"  # "hat im Roten Meer erneut" tagged ORG: a sea or region of no one country is no actor
        if label == "MISC" and end - start == 1 and gz.capital_country(token_texts[start]) is not None:
            label = "LOC"  # "Moskau bestritt den Vorfall" tagged MISC: the capital as its government's seat
        one = label in ("PER", "ORG") and end - start == 1
        if one and _capital_genitive(doc, start, token_texts[start], lang):
            label = "LOC"  # "verurteilte die Haltung Ankaras" tagged PER: the capital's genitive after a noun
        if one and _single_place_mistagged(doc, start, name_words[1], lang, countries):
            label = "LOC"  # "in Belgrad und Pristina" with "Pristina" tagged PER, "in Niamey" tagged ORG
        if label == "LOC" and end - start == 1 and _letter_digit_code(doc, start, lang):
            label = "ORG"  # "Ruanda unterstütze die M23", "die G20" tagged LOC: a group's code, no place
        if label in ("PER", "ORG") and end - start == 1 and _continent(token_texts[start], lang):
            label = "LOC"  # "die stärkste Armee Europas" tagged ORG: a continent, also in the genitive
        if label != "MISC" and _operation_name(doc, start, lang) and gz.org(doc[start:end].text, lang) is None:
            label = "MISC"  # "die Übung mit dem Namen „Baltic Shield“", "die Operation Desert Storm": no actor
        site = (
            start > 0
            and (_site_noun(token_texts[start - 1], lang) or _facility_noun(token_texts[start - 1], lang))
            and not _given_name(token_texts[start], lang)
        )
        if label == "PER" and site:
            label = "LOC"  # "nahe dem Tempel Ta Moan Thom", "in das Flüchtlingslager Adré" tagged PER: the place
        if (
            label == "ORG" and end - start >= 2 and token_texts[start] in lang_resource(lang, "site_nouns.txt")
            and token_texts[start + 1][:1].isupper() and gz.org(doc[start:end].text, lang) is None
        ):  # fmt: skip
            label = "LOC"  # "wie der Regierungssitz Planalto mitteilte" tagged ORG: a site, named with its noun
        before = start - 2 if start > 1 and token_texts[start - 1] in ("„", '"', "»", "‚") else start - 1
        if before >= 0 and _product_noun(token_texts[before], lang):
            label = "MISC"  # "Löschflugzeuge vom Typ Canadair" tagged PER, "die Fregatte „Bayern“": no actor
        if end - start >= 2 and doc[start].lower_ in lang_resource(lang, "product_type_nouns.txt"):
            start, label = start + 1, "MISC"  # "des Typs Taurus" tagged ORG with its type noun: the product
        if (
            end - start >= 2 and label == "ORG" and token_texts[start][1:].islower() and _is_capitalised(doc[start + 1])
            and any(
                doc[start].lower_.endswith(h.lower() + e)
                for h in lang_resource(lang, "party_heads.txt")
                for e in lang_resource(lang, "party_head_plural_endings.txt")
            )
        ):  # fmt: skip
            start += 1  # "die Oppositionsparteien Progressive Slowakei": the plural kind noun is no part of the name
        elif (
            end - start >= 2 and label == "ORG" and token_texts[start][1:].islower() and _is_capitalised(doc[start + 1])
            and doc[start].lower_ in _party_role_compounds(lang)
        ):  # fmt: skip
            start += 1  # "die Oppositionspartei | Tisza": a compound naming the party's role is no part of its name
        if (
            end - start >= 3 and label == "ORG" and token_texts[end - 1].isupper() and token_texts[end - 1].isalnum()
            and len(token_texts[end - 1]) >= 3 and token_texts[end - 2][1:].islower() and token_texts[end - 2].isalpha()
            and all(t.text[:1].islower() and t.tag_ == "ADJA" for t in doc[start : end - 2])
        ):  # fmt: skip
            start = end - 1  # "die britische Marinebehörde UKMTO": an adjective and a kind noun describe the acronym
        if label == "PER" and _place_pair_partner(doc, start, end, lang):
            label = "LOC"  # "Teile von Marathonas und Nea Makri" with "Nea Makri" tagged PER: two places
        if label == "PER" and _unknown_place_after_in(doc, start, end, lang):
            label = "LOC"  # "ein Feuer nahe Nea Styra" tagged PER: nobody stands "in" or "nahe" a person
        if label in ("PER", "ORG") and end - start == 1 and _dateline_place(doc, start, lang):
            label = "LOC"  # "BRÜSSEL (dpa) –" tagged ORG: the dateline's city in capitals, never an actor
        if end - start == 2 and _two_places(doc, start, lang):
            for k in (start, start + 1):  # "2021 hatte Prag Russland … verantwortlich gemacht": subject and object
                out.append(Mention(doc[k].idx, doc[k].idx + len(doc[k]), "LOC", "name", token_texts[k], tok_start=k,
                                   tok_end=k + 1))  # fmt: skip
            continue
        parts = _dateline_parts(doc, start, end, lang) if label != "LOC" else []
        for a, b in parts:  # "Doha/Kairo (Reuters) –" tagged ORG as one name: the dateline's places
            out.append(Mention(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), "LOC", "name", doc[a:b].text,
                               tok_start=a, tok_end=b))  # fmt: skip
        if parts:
            continue
        common_first = doc[start].pos_ == "NOUN" and token_texts[start] not in gz.given_names(lang)
        if label == "PER" and end - start >= 2 and common_first and doc[start + 1].pos_ == "PROPN":
            start += 1  # "Milliardär Epstein": a common noun before the name
        front = token_texts[start]
        if (
            label in ("PER", "ORG") and end - start >= 3 and front[1:].islower()
            and _given_name(token_texts[start + 1], lang) and not _given_name(front, lang)
        ):  # fmt: skip
            # a word the NER swallowed before a given name is no part of the person's name: a known party ("Chef des
            # Likud Benjamin Netanjahu", seventeenth session; "der Linken Gesine Lötzsch" tagged ORG), an inhabitant
            # noun ("die Deutsche Maria Riesch"), or in a PER span any noun the dictionary knows ("Nationalspieler
            # Philipp Lahm" opening a sentence, the noun tagged as a name; twenty-fifth session)
            if gz.org(front, lang) is not None:
                out.append(Mention(doc[start].idx, doc[start].idx + len(doc[start]), "ORG", "name", front,
                                   tok_start=start, tok_end=start + 1))  # fmt: skip
                start, label = start + 1, "PER"
            elif gz.demonym_noun(front, lang) or (label == "PER" and _dictionary_word(front, lang)):
                start, label = start + 1, "PER"
        if (
            end - start >= 3 and doc[start].tag_ == "ADJA" and gz.role(token_texts[start + 1], lang)
            and any(_given_name(token_texts[k], lang) for k in range(start + 2, end - 1))
        ):  # fmt: skip
            start += 1  # "Niederösterreichischer Landeshauptmann Erwin Pröll" as one name: the title is stripped below
        # "General Motors", "General Electric" tagged ORG: a title word opening a company's name is no title
        company = label == "ORG" and _org_name_words(lang).get(token_texts[end - 1]) == "last"
        while not company and end - start >= 2 and (
            gz.role(token_texts[start], lang) or _split_compound(token_texts[start], lang)[1]
            or _title_before_name(doc, start, lang)
        ):  # fmt: skip
            start += 1  # "Justizminister David Gauke": the title is handled as a role below
            label = "PER"
            if (
                end - start >= 2
                and doc[start].lower_ in VON_FORMS
                and gz.place_candidates(doc[start + 1 : end].text, lang)
            ):
                start, label = start + 1, "LOC"  # "Bischof von Goma", "Bürgermeister von Lyon": the title's place
                break
            if end - start >= 2 and doc[start].lower_ in GENITIVE_ARTICLES:
                start, label = start + 1, "ORG"  # "Landesvorsitzende der Grünen": what the title holder leads
                break
        if label == "PER" and end - start == 1 and _abstract_noun(doc[start], lang):
            continue  # "wirft dem Justizminister Einmischung vor": the title stays, as a role mention below
        owner = _genitive_owner(doc, start, end, lang)
        if owner is not None:  # "Matteo Salvinis Lega": the person, then what is theirs
            out.append(Mention(doc[start].idx, doc[owner - 1].idx + len(doc[owner - 1]), "PER", "name",
                               doc[start:owner].text, tok_start=start, tok_end=owner))  # fmt: skip
            start = owner
            if label == "PER":  # what a person owns and has a name is a party, firm or country, not a person
                label = "LOC" if gz.place_candidates(doc[start:end].text, lang) else "ORG"
        # (twenty-third session) "der Conquistador Hernán Cortés" with the noun tagged NN but read as a proper noun
        tagged_common = doc[start].tag_ == "NN" and token_texts[start][1:].islower() and doc[start].is_alpha
        tagged_common = tagged_common and not _ends_in_head(token_texts[start], lang_resource(lang, "org_heads.txt"))
        if (
            label != "PER" and end - start >= 3 and (common_first or tagged_common)
            and _given_name(token_texts[start + 1], lang)
        ):  # fmt: skip
            start += 1  # "das Model Gina-Lisa Lohfink" tagged ORG: a common noun before a first name
        if label != "PER" and end - start >= 2 and _given_name(token_texts[start], lang):
            first_text = doc[start:end].text
            # not "die Erwin Büchele Unternehmensgruppe", "Matthew Humberstone School" tagged ORG: an organisation
            # head or institution word ends the name
            last_word = token_texts[end - 1]
            org_head = _ends_in_head(last_word, lang_resource(lang, "org_heads.txt"))
            org_head = org_head or _org_name_words(lang).get(last_word) == "last"
            if not gz.place_candidates(first_text, lang) and gz.org(first_text, lang) is None and not org_head:
                label = "PER"  # "Boris Johnson" tagged LOC: a first name starts a person's name
        if (
            ent.label_ in ("ORG", "MISC") and end - start == 1 and start > ent.start and doc[start].tag_ == "NN"
            and doc[start].pos_ == "NOUN" and not _known_name(token_texts[start], lang)
        ):  # fmt: skip
            if blocked is not None:
                blocked.append(start)
            continue  # "setzte die Polizei Wasserwerfer ein" tagged ORG as one span: the actor's equipment, a noun
        if end - start >= 2 and doc[start].tag_ == "KON":
            # "Küstenwache und Marine" with the common noun cut: no name opens with "und"; a common noun left alone
            # is none either (twenty-ninth session)
            start += 1
            if end - start == 1 and ent.label_ != "PER" and (doc[start].tag_ == "NN" or _common_noun(doc[start], lang)):
                continue
        span = doc[start:end]
        text = span.text
        if label == "PER" and span[0].pos_ == "ADJ" and not any(t.pos_ == "PROPN" for t in span):
            continue  # "Großer Gewinner": an adjective and a common noun, not a name
        last_role = gz.role(span[-1].text, lang)
        title_phrase = last_role is not None and last_role.kind == "person"
        if len(span) >= 2 and title_phrase and all(t.text[:1].islower() for t in span[:-1]):
            continue  # "der republikanische Politiker" tagged ORG: a title phrase, handled as a role below
        after_place_word = start > 0 and doc[start - 1].lower_ in lang_resource(lang, "place_prepositions.txt")
        if label == "ORG" and after_place_word and any(p.kind == "site" for p in gz.exact_places(text, lang)):
            label = "LOC"  # "im Schloss Bellevue", "im Kreml": the building as a place, not its office
        if label == "ORG" and len(span) == 2 and span[0].text.endswith("er") and _city_building(text, lang):
            label = "LOC"  # "vor dem Kölner Rathaus": a building of a city, a place (not "Universität Potsdam")
        if (
            label == "ORG" and len(span) == 2 and not _ends_in_head(span[0].text, lang_resource(lang, "org_heads.txt"))
            and not any(t.dep_ == "sb" for t in span) and gz.org(text, lang) is None
            and not gz.exact_places(text, lang) and _city_building(text, lang)
        ):  # fmt: skip  # a curated site ("das Weiße Haus") keeps the rules above
            label = "LOC"  # "besuchten den Marinestützpunkt Yokosuka": a site at a known place, not its operator
        prev = doc[start - 1] if start > 0 else None
        if (
            label in ("LOC", "PER", "MISC")
            and prev is not None
            and (prev.pos_ == "NOUN" or prev.tag_ == "NN")  # "der Chemiekonzern Rhenochem": NN read as PROPN
            and prev.text[:1].isupper()
            and _ends_in_head(prev.text, lang_resource(lang, "org_heads.txt"))
            and not gz.country_code(text, lang)
            and not _continent(text, lang)  # "die stärkste Armee Europas": the genitive owner, a place
            and not _given_name(token_texts[start], lang)
        ):
            label = "ORG"  # "die Katastrophenschutzbehörde Afad", "die Partei Chega": the organisation's name
            if gz.place_candidates(text, lang) and not prev.ent_type_:
                # "der Flüchtlingsrat NRW", "das Landesjugendamt Brandenburg": a body and its region is one name
                start -= 1
                span = doc[start:end]
                text = span.text
        if label == "LOC" and _body_of_place(span, lang):
            label = "ORG"  # "das Landvolk Niedersachsen", "der Bauernverband Bayern": an association of a region
        if label == "PER" and gz.org(text, lang) is not None:
            label = "ORG"  # "Laut Auswärtigem Amt": a known organisation, whatever the tagger says
        # "in der Stadt Duma", "im Dorf Hamas": a name after a settlement noun is the place, whatever else it names
        settled = prev is not None and prev.text in gz.place_nouns(lang)
        if (
            label == "LOC" and gz.org(text, lang) is not None and not settled
            and all(p.kind == "city" and (p.alias or p.population < 100_000) for p in gz.exact_places(text, lang))
        ):  # fmt: skip  # "der Hamas" tagged LOC: its place readings are only a town or another name of Hamm
            label = "ORG"  # "Wikipedia" tagged LOC: a known organisation that is no place ("im Kreml" stays LOC)
        if label != "LOC" and gz.country_code(text, lang) and gz.org(text, lang) is None:
            label = "LOC"  # a country is a place even when it acts ("Brasilien sagte zu …")
        if label == "LOC" and _inhabitants(doc, start, text, lang):
            continue  # "70 Prozent der Polen": the inhabitants, not the country
        junk = _junk_name(doc, start, end, label, lang, name_words)
        if junk == "MISC":
            label = "MISC"  # "Lancaster-House-Abkommen": an agreement's name, no place
        elif junk is not None:
            if junk == "drop" and blocked is not None:
                blocked.append(start)  # no later rule may find the common noun again
            continue
        country = None
        described = start >= 2 and (
            token_texts[start - 1] in heads
            or _ends_in_head(token_texts[start - 1], lang_resource(lang, "org_heads.txt"))
        )
        if label == "ORG" and described and gz.org(text, lang) is None:
            # "die Hamburger Reederei Nordkap Tankers", "der spanische Ölkonzern Iberia Petroleum": the town's or
            # country's adjective before the head noun gives the company's country
            adjective = token_texts[start - 2]
            country = _town_adjective(adjective, lang) or (
                gz.demonym_adjective(adjective, lang) if adjective[:1].islower() else None
            )
        if not text.strip():
            continue  # "Scholz \r\n Berlin": the trimming rules can leave a span of only a line break
        out.append(Mention(span.start_char, span.end_char, label, "name", text, tok_start=start, tok_end=end,
                           country=country))  # fmt: skip
    return out


_CODE = re.compile(r"[A-ZÄÖÜ]{1,3}-?\d{1,3}")


def _listed_after_in(doc: Doc, start: int, lang: str, preps: str = "place_entry_preps.txt") -> bool:
    """ "in Košice, Žilina und Banská Bystrica": a name that closes a list of proper nouns (each of up to three words,
    joined by ``list_joiners.txt``) right after "in", "nach" or "aus" (the words of ``preps``) stands where the
    first one does."""
    joiners = lang_resource(lang, "list_joiners.txt")
    k = start - 1
    joined = False
    while k >= 1 and doc[k].lower_ in joiners:
        k -= 1
        words = 0
        while k >= 0 and words < 3 and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
            k -= 1
            words += 1
        if not words:
            return False
        joined = True
    return joined and k >= 0 and doc[k].lower_ in lang_resource(lang, preps)


def _after_place_noun(doc: Doc, start: int, end: int, lang: str) -> bool:
    """The place name ``[start, end)`` follows a kind of place, in the span or before it ("Provinz Khyber")."""
    nouns = gz.place_nouns(lang)
    return end - start >= 1 and (doc[start].text in nouns or (start > 0 and doc[start - 1].text in nouns))


def _unknown_name_word(tok: Token) -> bool:
    """A capitalised word outside every NER span that no German dictionary knows ("Pakhtunkhwa")."""
    return (
        tok.ent_iob_ == "O"
        and tok.is_alpha
        and tok.text[:1].isupper()
        and tok.text[1:].islower()
        and tok.pos_ in ("PROPN", "NOUN")
        and not _dictionary_word(tok.text, tok.doc.lang_)
    )


def _letter_digit_code(doc: Doc, i: int, lang: str) -> bool:
    """ "M23", "G7", "P5": capitals and digits that name no known place and follow no preposition or noun
    ("auf der A7", "die Autobahn A7" stay places)."""
    if not _CODE.fullmatch(doc[i].text) or gz.exact_places(doc[i].text, lang):
        return False
    if any(t.pos_ == "ADP" for t in doc[max(i - 2, 0) : i]):
        return False
    if i + 1 < len(doc) and doc[i + 1].lower_ in lang_resource(lang, "place_prepositions.txt"):
        return False  # "die A2 bei Hannover": a road located by a place
    return i == 0 or doc[i - 1].pos_ not in ("NOUN", "PROPN")


def _around_settlement(doc: Doc, i: int, lang: str) -> bool:
    """ "in den Lagern um Rutshuru", "die Dörfer um Kupjansk": "um" after a settlement noun names a place's
    surroundings (not "der Streit um Merz")."""
    return i >= 2 and doc[i - 1].lower_ == "um" and _site_noun(doc[i - 2].text, lang, plural=True)


def _site_noun(word: str, lang: str, plural: bool = False) -> bool:
    """ "Tempel", "Flüchtlingslager", "Stadt" (also "Tempels"): a noun for a site or settlement, whose name follows.
    With ``plural`` also its plural ("Lagern", "Dörfern", "Städte") and a bare "Lager"."""
    site = lang_resource(lang, "site_nouns.txt") | gz.place_nouns(lang)
    if word in site or (word.endswith("s") and (word[:-1] in site or word[:-2] in site)):
        return True
    return plural and nouns.base_noun(word, lang=lang) in site | {"Lager"}


@lru_cache(maxsize=1 << 12)
def _facility_noun(word: str, lang: str) -> bool:
    """ "Urananreicherungsanlage", "Kohlekraftwerks", "Raffinerie": a facility noun (``facility_heads.txt``, at the end
    of a compound) whose name follows and is a place."""
    heads = lang_resource(lang, "facility_heads.txt")
    low = word.casefold()
    return word[:1].isupper() and low.endswith(_genitive_suffixes(heads))


def _two_places(doc: Doc, start: int, lang: str) -> bool:
    """ "hatte Prag Russland … verantwortlich gemacht": an NER span of two words, a country or capital and then a
    country, that together name no known place or organisation, is two places (a clause's subject and object)."""
    first, second = doc[start].text, doc[start + 1].text
    if not (first.isalpha() and second.isalpha()) or gz.exact_places(f"{first} {second}", lang):
        return False
    if gz.org(f"{first} {second}", lang) is not None or not gz.country_code(second, lang):
        return False
    return bool(gz.country_code(first, lang) or gz.capital_country(first))


def _body_of_place(span: Span, lang: str) -> bool:
    """ "Landvolk Niedersachsen", "Philologenverband Sachsen": a plain common noun ending in an organisation head
    (``org_heads.txt``) before a place the gazetteer knows, together no place, names a body of that place."""
    first = span[0]
    if len(span) < 2 or first.tag_ != "NN" or not first.text.isalpha() or not first.text[1:].islower():
        return False
    if not _ends_in_head(first.text, lang_resource(lang, "org_heads.txt")):
        return False  # "Kloster Andechs", "Nationalpark Harz" stay places
    if gz.place_candidates(span.text, lang) or gz.place_candidates(first.text, lang):
        return False
    return bool(gz.exact_places(span[1:].text, lang))


def _operation_name(doc: Doc, start: int, lang: str) -> bool:
    """The name at ``start`` follows a noun for a military exercise or operation (``operation_nouns.txt``), right
    after it or after "mit dem Namen" / "unter dem Namen" / "namens", maybe in quotes ("das Manöver „Steadfast
    Defender“", "die Militäroperation Barbarossa"): the name of the event, not of an actor."""
    k = start - 1
    while k >= 0 and doc[k].text in ("„", '"', "»", "“"):
        k -= 1
    if k >= 0 and doc[k].lower_ == "namens":
        k -= 1
    elif (
        k >= 2
        and doc[k].text == "Namen"
        and doc[k - 1].lower_ == "dem"
        and doc[k - 2].lower_ in _entity_words("name_phrase_prepositions", lang)
    ):
        k -= 3
    if k < 0:
        return False
    word = doc[k].text.casefold()
    for noun in lang_resource(lang, "operation_nouns.txt"):
        noun = noun.casefold()
        if word == noun or (word.endswith(noun) and len(word) - len(noun) >= 4):
            return True
        if word.endswith(noun + "s") and (len(word) - len(noun) == 1 or len(word) - len(noun) >= 5):
            return True  # "des Manövers"
    return False


def _continent(word: str, lang: str) -> str | None:
    """The nominative of a continent or world region (``continents.txt``) that ``word`` names, also in the
    genitive ("Europas" → "Europa"); None for other words."""
    names = lang_resource(lang, "continents.txt")
    for form in (word, _strip_genitive(word)):
        if form in names:
            return form
    return None


def _place_pair_partner(doc: Doc, start: int, end: int, lang: str) -> bool:
    """ "in Varnavas und Nea Makri", "von Marathonas und Nea Makri": a name joined by "und"/"oder" to a single word
    tagged LOC that follows a place preposition is a second place; not when it starts with a given name or a word
    the lexicons know as a name ("in Paris und Macron" is no pair of places)."""
    if start < 3 or doc[start - 1].lower_ not in PAIR_CONJUNCTIONS or doc[start - 2].ent_type_ != "LOC":
        return False
    if doc[start - 2].ent_iob_ != "B" or doc[start - 3].lower_ not in HOME_TOWN_PREPOSITIONS | {"von", "zwischen"}:
        return False
    return not _given_name(doc[start].text, lang) and not (end - start == 1 and _known_name(doc[start].text, lang))


def _unknown_place_after_in(doc: Doc, start: int, end: int, lang: str) -> bool:
    """A PER span right after "in" or "nahe" that starts with no first name and whose last word is in no other
    person span of the text ("in Merz' Rede", "sehen in Scholz einen Partner" after "Olaf Scholz"): a town the
    gazetteer lacks. "bei", "nach" and "aus" are left out: "bei Merz", "nach Scholz" are common with people."""
    around = _around_settlement(doc, start, lang)
    if (
        start == 0
        or (doc[start - 1].lower_ not in lang_resource(lang, "unlisted_place_preps.txt") and not around)
        or _given_name(doc[start].text, lang)
    ):
        return False
    last = doc[end - 1].text
    if not last[:1].isupper() or last.isupper() or _known_name(last, lang):
        return False
    return not any(e.label_ == "PER" and e.start != start and any(t.text == last for t in e) for e in doc.ents)


def _dateline_place(doc: Doc, i: int, lang: str) -> bool:
    """ "BRÜSSEL (dpa) –", "ASUNCIÓN/BRÜSSEL (Reuters) –": a word in capitals that opens a paragraph (or follows
    another such word and a slash) and is followed by a bracket, a slash, a comma or a dash is a dateline; it is a
    place when the gazetteer knows it as one and it is no known organisation ("NATO")."""
    word = doc[i].text
    if i + 1 >= len(doc) or doc[i + 1].text not in ("(", "/", ",", "–", "-", "—"):
        return False  # checked first: most words are followed by none of these
    # "NEU-DELHI", "PORT-AU-PRINCE": one hyphenated token (fifteenth session)
    if len(word) < 3 or not word.replace("-", "").isalpha() or gz.org(word, lang) or gz.org(word.title(), lang):
        return False
    if not word.isupper() and doc[i + 1].text not in ("(", "/"):
        return False  # "Maskat/Berlin (dpa) –": a name in small letters needs the bracket or slash of a dateline
    opens = i == 0 or "\n" in doc[i - 1].text_with_ws
    after_slash = i >= 2 and doc[i - 1].text == "/" and doc[i - 2].text.isupper()
    return (opens or after_slash) and any(p.kind == "city" for p in gz.exact_places(word, lang))


def _dateline_city(doc: Doc, i: int, lang: str) -> bool:
    """ "Bogotá (AFP) –", "NAIROBI (Reuters) –": a dateline city (``_dateline_place``) written in capitals or
    followed by one bracketed word and a dash, which no sentence opening with a name has ("Merkel (CDU) sagte")."""
    if not _dateline_place(doc, i, lang):
        return False
    if doc[i].text.isupper():
        return True
    return i + 4 < len(doc) and doc[i + 1].text == "(" and doc[i + 3].text == ")" and doc[i + 4].text in ("–", "-", "—")


def _multiword_datelines(doc: Doc, lang: str) -> list[tuple[int, int]]:
    """ "BELO HORIZONTE (dpa) –", "SANTO DOMINGO (AFP) –": two to four words in capitals that open a paragraph, are
    followed by a bracket or a dash and together are a city the gazetteer knows: one place (the NER tags the words
    apart, often as organisations)."""
    out = []
    n = len(doc)
    # (plain strings: a Token object per word was this scan's main cost; the whitespace a token carries after it is
    # one space at most, so a line break shows in the token's own text)
    words = token_strings(doc)[1]
    for i in range(n):
        if not (i == 0 or "\n" in words[i - 1]):
            continue
        k = i
        while (
            k < n
            and k - i < 4
            and len(doc[k].text) >= 2
            and doc[k].text.replace("-", "").isalpha()
            and doc[k].text.isupper()
        ):
            k += 1
        if k - i < 2 or k >= n or doc[k].text not in ("(", "–", "-", "—", "/", ","):
            continue
        if any(p.kind == "city" for p in gz.exact_places(doc[i:k].text, lang)):
            out.append((i, k))
    return out


QUOTE_OPEN = {"„": "“", "»": "«", '"': '"', "«": "»"}


@lru_cache(maxsize=4)
def _quoted_name_heads(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The group nouns of ``quoted_name_heads.txt`` case-folded, and their genitive forms as ``str.endswith``
    suffixes: built once per language, not for every document."""
    heads = tuple(h.casefold() for h in lang_resource(lang, "quoted_name_heads.txt"))
    return heads, tuple(form for h in heads for form in _genitive_forms(h))


def _quoted_group_names(doc: Doc, lang: str) -> list[tuple[int, int]]:
    """ "die Bande „Viv Ansanm“", "das Bündnis „Wasser statt Autos“": the words inside quotation marks right after
    a group noun (``quoted_name_heads.txt``, also as the end of a compound) are one organisation's name, whatever
    the NER tagged inside (it often stops at the first word)."""
    heads, suffixes = _quoted_name_heads(lang)
    words = token_strings(doc)[1]  # (plain strings: a Token object per word was this scan's main cost)
    out = []
    n = len(doc)
    definite = _entity_words("definite_forms", lang)
    for k in range(n - 3):
        word = words[k]
        close = QUOTE_OPEN.get(words[k + 1])
        if (
            close is not None
            and word.casefold() in definite
            and _quoted_head_name(words, k + 2, close, heads, suffixes)
        ):
            # "der „Arbeitskreis Vorratsdatenspeicherung“", "dem „Verein Freie Presse“": a quoted name after an article
            # that opens with a group noun and goes on (seventeenth session); or ends in one: "der „Münsterschen
            # Zeitung“" (twenty-third session)
            b = next((m for m in range(k + 3, min(k + 10, n)) if doc[m].text == close), None)
            inner = range(k + 2, b) if b is not None else range(0)
            words_only = all(doc[m].text[:1].isupper() or doc[m].is_alpha for m in inner)
            if b is not None and b > k + 3 and words_only:
                out.append((k + 2, b))  # (alphabetic words or capitalised ones only: no comma, no full stop)
            continue
        if close is None or not word[:1].isupper() or doc[k].pos_ not in ("NOUN", "PROPN"):
            continue
        low = word.casefold()
        if not low.endswith(suffixes):
            continue
        a = k + 2
        b = next((m for m in range(a, min(a + 8, n)) if doc[m].text == close), None)
        if b is None or b == a or not doc[a].text[:1].isupper():
            continue
        if any(doc[m].text in (".", "!", "?", ";", ":") or doc[m].text in QUOTE_OPEN for m in range(a, b)):
            continue
        out.append((a, b))
    return out


@lru_cache(maxsize=4)
def _vessel_heads(lang: str) -> tuple[str, ...]:
    """The warship nouns of ``warship_nouns.txt``, case-folded, read once (not every ship: the "Raumfähre
    „Discovery“" is named unquoted later in the text, and "Sea-Watch" is also the organisation of the rescue ship)."""
    return tuple(h.casefold() for h in lang_resource(lang, "warship_nouns.txt"))


def _quoted_vessel_names(doc: Doc, lang: str) -> list[tuple[int, int]]:
    """ "der Zerstörer „USS Ralph Johnson“", "die Fregatte „Hessen“": the capitalised words inside quotation marks
    right after a warship noun (``warship_nouns.txt``, also as the end of a compound) are the ship's name (thirty-third
    session, audit 60)."""
    heads = _vessel_heads(lang)
    words = token_strings(doc)[1]
    out = []
    n = len(doc)
    for k in range(n - 2):
        close = QUOTE_OPEN.get(words[k + 1])
        if close is None or not words[k][:1].isupper() or not words[k].casefold().endswith(heads):
            continue
        a = k + 2
        b = next((m for m in range(a, min(a + 6, n)) if words[m] == close), None)
        if b is None or b == a or not words[a][:1].isupper():
            continue
        if all(words[m][:1].isupper() or words[m][:1].isdigit() or words[m] == "-" for m in range(a, b)):
            out.append((a, b))
    return out


def _quoted_head_name(words: list[str], a: int, close: str, heads: tuple[str, ...], suffixes: tuple[str, ...]) -> bool:
    """The quoted words from ``a`` open with a group noun ("„Arbeitskreis Vorratsdatenspeicherung“") or are two to
    five capitalised words whose last ends in one ("„Münstersche Zeitung“", "„Neuen Osnabrücker Zeitung“")."""
    if words[a].casefold().endswith(heads):
        return True
    b = next((m for m in range(a + 1, min(a + 6, len(words))) if words[m] == close), None)
    if b is None or b < a + 2 or not all(w[:1].isupper() and w.isalpha() for w in words[a:b]):
        return False
    return words[b - 1].casefold().endswith(suffixes)


def _dateline_parts(doc: Doc, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """Token ranges of the places in a span that opens a paragraph, is followed by a bracket or a dash and joins
    known cities or countries by slashes ("Doha/Kairo (Reuters) –"); empty for anything else."""
    opens = start == 0 or "\n" in doc[start - 1].text_with_ws
    if not opens or end >= len(doc) or doc[end].text not in ("(", "–", "-", "—"):
        return []
    slashes = [k for k in range(start, end) if doc[k].text == "/"]
    if not slashes:
        return []
    parts = list(zip([start] + [k + 1 for k in slashes], [*slashes, end], strict=True))
    places = all(
        a < b and (gz.country_code(doc[a:b].text, lang) or gz.exact_places(doc[a:b].text, lang)) for a, b in parts
    )
    return parts if places else []


def _city_building(text: str, lang: str) -> bool:
    """ "Kölner Rathaus", "Hamburger Hafen": a city adjective and a site word of ``place_words.tsv`` that is no
    organisation head ("Kieler Universität" stays an organisation), read as a site of that city."""
    noun = text.split()[-1]
    if _ends_in_head(noun, lang_resource(lang, "org_heads.txt")):
        return False
    return any(p.kind == "site" for p in gz.place_candidates(text, lang))


def _org_alias_in_span(doc: Doc, start: int, end: int, lang: str) -> tuple[int, int] | None:
    """A known multi-word organisation name (``orgs.tsv``) that an NER span overruns or starts one word late
    ("Kieler | Instituts für Weltwirtschaft am Montag"): its token range, or None when the span is the name already
    or holds none."""
    text, words, offsets, _, _ = token_strings(doc)  # span texts without a Span object each

    def span_text(a: int, b: int) -> str:
        return text[offsets[a] : offsets[b - 1] + len(words[b - 1])]

    if gz.org(span_text(start, end), lang) is not None:
        return None
    starts = [start]
    if start > 0 and doc[start - 1].ent_iob_ == "O" and doc[start - 1].text[:1].isupper():
        starts.insert(0, start - 1)
    longest = end  # "Truth | Social": one or two capitalised words after the span that no other span holds
    while longest < min(end + 2, len(doc)) and doc[longest].ent_iob_ == "O" and doc[longest].text[:1].isupper():
        longest += 1
    # "Europäischen Gerichtshof | für Menschenrechte": a span that goes on with "für" + nouns is a longer name
    longer = end - start >= 4 and any(
        doc[k].lower_ in _entity_words("name_continuation_words", lang)
        and all(doc[m].text[:1].isupper() for m in range(k + 1, end))
        for k in range(start + 2, end - 1)
    )
    for a in starts:
        for b in range(longest, a + 1, -1):
            if longer and b < end:
                break
            if (a, b) != (start, end) and b > start + 1 and gz.org(span_text(a, b), lang) is not None:
                return a, b
    # "des Bundesamts für Ausrüstung, Informationstechnik | und Nutzung der Bundeswehr": a long known name the NER
    # cut at "und" runs on over up to six more words of the same sentence
    if end - start >= 2:
        last = end
        while last < min(end + 6, len(doc)) and not doc[last].is_sent_start:
            last += 1
        # "Partei La France | insoumise": also without the span's first word, a kind noun the NER took in
        for a in (start, start + 1):
            for b in range(last, end, -1):
                if gz.org(span_text(a, b), lang) is not None:
                    return a, b
    return None


def _single_place_mistagged(
    doc: Doc, i: int, multi_name_words: frozenset[str], lang: str, countries: Callable[[], frozenset[str]]
) -> bool:
    """A one-word PER or ORG span that is a large place (a country, region or a city of ≥ 100,000) right after
    "in", "nach" or "aus", joined by "und"/"oder" to a place the NER tagged LOC ("in Belgrad und Pristina"), or
    (a PER span) tagged LOC elsewhere in the text;
    not a first name, a known organisation ("in der Hamas" has its article anyway) nor a word of a longer name
    the NER found elsewhere ("Präsident Andrzej Duda … bei Duda")."""
    word = doc[i].text
    if i == 0 or _given_name(word, lang) or gz.org(word, lang) is not None:
        return False
    # a word of a longer person or organisation name ("bei Duda"); not of a place ("Flughafen Vilnius")
    if word in multi_name_words and any(
        len(e) > 1 and e.label_ != "LOC" and any(t.text == word for t in e) for e in doc.ents
    ):
        return False
    places = gz.exact_places(word, lang)
    capital = gz.capital_country(word) is not None  # "mit Belgrad": also an old name of Berat, but a capital
    if (
        doc[i].ent_type_ == "PER" and places and all(p.alias for p in places) and len({p.country for p in places}) > 1
        and not capital
    ):  # fmt: skip
        return False  # "unter Stalin": only a former name of cities in several countries (Varna, Donezk)
    big = any(p.kind not in ("city", "site") or p.population >= 100_000 for p in places)
    prev = doc[i - 1].lower_
    if (
        (prev in HOME_TOWN_PREPOSITIONS | {"nahe"} or _around_settlement(doc, i, lang))
        and word not in multi_name_words
        and any(p.kind == "city" and p.country in countries() for p in places)
    ):  # fmt: skip
        # "in einem Wald bei Jonava" tagged PER in a report on Lithuania: a town of a country named; a big one too
        # ("Bei Albacete stehen Felder unter Wasser" in a report from Madrid)
        return True
    joined = prev in PAIR_CONJUNCTIONS and i >= 2 and doc[i - 2].ent_type_ == "LOC"
    # "Beziehungen zu Rabat" tagged PER where "aus Rabat" was tagged LOC: the same big place (an ORG span may be
    # a club or an office named after its place: "gewann Bayern")
    elsewhere = doc[i].ent_type_ == "PER" and any(e.label_ == "LOC" and e.text == word for e in doc.ents)
    # "Moskau wies die Vorwürfe zurück" tagged PER: a city of half a million or more, acting for its government
    huge = doc[i].ent_type_ == "PER" and any(
        p.kind == "city" and p.population >= 500_000 for p in gz.exact_places(word, lang)
    )
    # "zwischen Neu-Delhi und Islamabad vermitteln": the first of two places a mediator stands between
    between = prev == "zwischen" and i + 2 < len(doc) and doc[i + 1].lower_ == "und"
    return big and (prev in lang_resource(lang, "place_entry_preps.txt") or joined or elsewhere or huge or between)


def _name_adjective(word: str) -> bool:
    """ "Karibische", "Königlichen", "Nationaler": a capitalised word ending in an adjective name suffix
    (``adjective_name_suffixes``) with any inflection ending."""
    return (
        word[:1].isupper()
        and word.isalpha()
        and any(word.endswith(suffix[:-1] + ending) for suffix in ADJ_NAME_SUFFIXES for ending in ADJ_ENDINGS)
    )


@lru_cache(maxsize=1 << 14)  # pure, asked for every lone surname against every person's name
def _spelling_key(word: str) -> str:
    """A transliterated surname reduced to what its German and English spellings share: "Karzai"/"Karsai",
    "Gaddafi"/"Gadafi" (only these letter pairs fold; "Janukowitsch"/"Yanukovych" stay apart)."""
    key = _unaccented(word).casefold().replace("ph", "f").replace("z", "s").replace("y", "i")
    return re.sub(r"(.)\1", r"\1", key)


def _noun_after_family_name(doc: Doc, start: int, end: int, lang: str) -> bool:
    """A person's span that runs from a known family name into a noun of a charge or label the tagger calls a common
    noun ("warfen Merz Wortbruch vor"): the object after the name, which names no one (thirty-second session)."""
    if end - start < 2:
        return False
    last, before = doc[end - 1], doc[end - 2].text
    if last.tag_ != "NN" or last.text not in _charge_words(lang):
        return False
    if _given_name(before, lang) or not (_listed_family_name(before, lang) or _current_alone_name(before, lang)):
        return False
    word = last.text
    return not (_listed_family_name(word, lang) or _current_alone_name(word, lang) or _given_name(word, lang))


@lru_cache(maxsize=4)
def _charge_words(lang: str) -> frozenset[str]:
    """The nouns of a charge or a label ("Wortbruch", "Korruption", "Lügen"): what "warf X … vor" names after X."""
    names = ("charge_nouns.txt", "wrongdoing_words.txt", "negative_labels.txt")
    return frozenset(w for name in names for w in lang_resource(lang, name) if w[:1].isupper() and " " not in w)


def _capital_after_name(token_texts: list[str], start: int, end: int, lang: str) -> bool:
    """A person's span of two or more words that ends on a national capital's name ("Marco Rubio Peking"): the NER ran
    the name into the object after it (thirty-second session). Not after a particle ("Rainer von Monaco"), not a
    first name, nor a known organisation's name ("Real Madrid")."""
    if end - start < 2:
        return False
    last = token_texts[end - 1]
    before = token_texts[end - 2]
    if gz.capital_country(last) is None or _given_name(last, lang) or before.islower():
        return False
    if gz.role(before, lang) is not None:
        return False  # ("Königin Sophia": the title's holder)
    return gz.org(" ".join(token_texts[start:end]), lang) is None


def _before_genitive_state(token_texts: list[str], start: int, end: int, lang: str) -> int:
    """The end of a person's span cut before "von" and a country's or a federal state's genitive that the NER ran the
    name into ("Klingbeil von Hessens Ministerpräsident Boris Rhein": the praise comes from Hesse's premier; thirty-
    second session); a family name after the particle ("Ursula von der Leyen", "Richard von Weizsäcker") stays."""
    for k in range(start + 1, end - 1):
        if token_texts[k] not in ("von", "vom"):
            continue
        bare = _strip_genitive(token_texts[k + 1])
        if bare == token_texts[k + 1]:
            continue
        if gz.country_code(bare, lang) or any(p.kind == "admin1" for p in gz.exact_places(bare, lang)):
            return k
    return end


def _trim_marks(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token range without quote marks or brackets at its edges ("Bundesagentur für Arbeit (", "Union “"); a
    closing bracket stays when the span opens one ("Frankfurt (Oder)"). A clause mark the tokenizer split off the
    last word goes too ("sagte Sprecher Peter Müller." with the full stop tagged into the name)."""
    while (
        end - start >= 2
        and all(ch in CLAUSE_MARKS for ch in doc[end - 1].text)
        and not _ordinal_or_initial(doc[end - 2])
    ):
        end -= 1
    while end - start >= 2 and all(ch in EDGE_MARKS for ch in doc[start].text):
        start += 1
    while end - start >= 2 and all(ch in EDGE_MARKS for ch in doc[end - 1].text):
        last = doc[end - 1].text
        if last in (")", "]") and any(t.text == ("(" if last == ")" else "[") for t in doc[start : end - 1]):
            break
        end -= 1
    return start, end


def _ordinal_or_initial(tok: Token) -> bool:
    """An initial ("Tarek M .") or a Roman numeral ("Mohammed VI ."): the full stop after it belongs to the name."""
    return len(tok.text) == 1 or re.fullmatch(r"[IVXLC]+", tok.text) is not None


def _trim_mention_edges(mentions: list[Mention], text: str) -> list[Mention]:
    """Mentions without quote marks or unbalanced brackets glued to their first or last character ("Zimbabwe
    African National Union“", "„Die Welt“"); a mention of marks only is dropped."""
    out = []
    for m in mentions:
        a, b = m.start, m.end
        while (
            a < b and text[a] in EDGE_MARKS and not (text[a] in "([" and (")" if text[a] == "(" else "]") in text[a:b])
        ):
            a += 1
        while a < b and text[b - 1] in EDGE_MARKS:
            close = text[b - 1]
            if close in ")]" and ("(" if close == ")" else "[") in text[a : b - 1]:
                break
            b -= 1
        last = text[a:b].split()[-1] if b > a and text[a:b].split() else ""
        if (
            len(last) >= 3 and last.endswith(".") and "." not in last[:-1] and last[:1].isupper()
            and last[:-1].isalnum() and (last[:-1].isupper() or last[-2].isdigit())
            and not re.fullmatch(r"[IVXLC]+", last[:-1])  # "Mohammed VI.": the ordinal's full stop stays
        ):  # fmt: skip
            b -= 1  # "berichtete der Sender TA3." with the sentence's full stop tokenized into the acronym
        dropped = 0
        while m.label == "PER" and " " in text[a:b].strip() and text[a:b].split()[-1].islower():
            # "Joseph Kimaro von der Partei Chadema": a person's name never ends in a lower-case particle; the NER
            # took "von der" of the affiliation for a family-name particle (fifteenth session)
            b = a + text[a:b].rstrip().rindex(" ")
            while b > a and text[b - 1] == " ":
                b -= 1
            dropped += 1
        while m.label in ("ORG", "LOC") and " " in text[a:b].strip() and text[a:b].split()[-1] in DETERMINERS:
            # "der Oberste Gerichtshof des Landes die Wahl …": no name ends in an article; the NER ran on into the
            # object's article after a genitive (seventeenth session)
            b = a + text[a:b].rstrip().rindex(" ")
            while b > a and text[b - 1] == " ":
                b -= 1
            dropped += 1
        if a == b:
            continue
        if dropped and m.tok_end - dropped > m.tok_start:
            m = replace(m, tok_end=m.tok_end - dropped)
        if (a, b) != (m.start, m.end):
            m = replace(m, start=a, end=b, text=text[a:b])
        out.append(m)
    return out


_FINAL_NUMBER = re.compile(r"\d{1,3}\.")


def _sentence_final_number(doc: Doc, k: int) -> int | None:
    """Character end of the digits of token ``k`` when it is a short number with the sentence's full stop glued on
    ("Nord Stream 2." before "Die …", which the tokenizer keeps as one ordinal-like token), else None."""
    tok = doc[k]
    if not _FINAL_NUMBER.fullmatch(tok.text) or (k + 1 < len(doc) and not doc[k + 1].is_sent_start):
        return None
    return tok.idx + len(tok.text) - 1


def _numbered_names(doc: Doc, mentions: list[Mention], taken: list[bool]) -> list[Mention]:
    """ "die Mission Artemis 3.", "Fans von Hannover 96.": an organisation or other name (not a person or place:
    "in Bayern 2023.") followed by one to three digits that close the sentence has the number in its name; the
    tokenizer glued the full stop to the number, so the NER and the name rules stop before it."""
    out = []
    for m in mentions:
        # "Artemis 3. Grund sind …" tagged as one span: the name ends with the number that closes the sentence
        cut = next((k for k in range(m.tok_start + 1, m.tok_end) if _sentence_final_number(doc, k) is not None), None)
        if cut is not None and (end := _sentence_final_number(doc, cut)) is not None and end > m.start:
            m = replace(m, end=end, text=doc.text[m.start : end], tok_end=cut + 1)
        k = m.tok_end
        if (
            m.label in ("ORG", "MISC") and m.kind == "name" and k < len(doc) and not taken[k]
            and doc[k].idx == m.end + 1 and (end := _sentence_final_number(doc, k)) is not None
        ):  # fmt: skip
            m = replace(m, end=end, text=f"{m.text} {doc[k].text[:-1]}", tok_end=k + 1)
            taken[k] = True
        out.append(m)
    return out


def _place_noun_names(doc: Doc, view: DocView, mentions: list[Mention], taken: list[bool], lang: str) -> list[Mention]:
    """(fifteenth session) "flohen aus den Vierteln Abu Salim und Ain Zara", "im Stadtteil Kafr Suse": a name right
    after a capitalised place noun (``place_nouns.txt``; the NER may tag the noun with it) is a place whatever label
    the NER gave it, and after a plural one (``plural_place_nouns.txt``: "die Regionen A und B") so is every name of the
    list that follows it, also one the NER left untagged. A known organisation or country keeps its label."""
    nouns = gz.place_nouns(lang)
    plural = gz.plural_place_nouns(lang)
    links = PAIR_CONJUNCTIONS | LIST_CONJUNCTIONS | {","}
    out: list[Mention] = []
    at = {m.tok_start: m for m in mentions if m.kind == "name"}
    n = len(doc)
    for i in range(n - 1):
        word = view.words[i]
        if word not in nouns or not word[:1].isupper() or doc[i].pos_ not in ("NOUN", "PROPN"):
            continue
        k = i + 1
        m = next((x for x in mentions if x.kind == "name" and x.tok_start == i and x.tok_end > i + 1), None)
        if m is None and word in plural and i >= 1 and _town_adjective(view.words[i - 1], lang) is not None:
            # (sixteenth session) "an den Pariser Flughäfen Le Bourget und Orly" tagged from the town's adjective:
            # the adjective says where the places are, the list after the noun names them
            m = next((x for x in mentions if x.kind == "name" and x.tok_start == i - 1 and x.tok_end > i + 1), None)
        if m is not None and word in plural:  # "Regionen Aragonien" tagged as one span: the first name of the list
            # (a singular noun stays in the span, "die Provinz Sulawesi", one place with its bare name)
            m.start, m.tok_start = view.starts[i + 1], i + 1
            m.text = view.span_text(i + 1, m.tok_end)
            at[i + 1] = m
        elif m is not None:
            if m.label != "LOC" and gz.org(m.text, lang) is None:
                m.label = "LOC"  # "im Stadtteil Kafr Suse" tagged as one person's name
            continue
        while k < n:
            m = at.get(k)
            if m is None:
                if taken[k] or k == i + 1 or not _place_name_token(doc[k], lang):
                    break
                end = k + 1  # "… Abu Salim und Ain Zara" with the second name untagged
                while end < n and end - k < 3 and not taken[end] and _place_name_token(doc[end], lang):
                    end += 1
                m = Mention(view.starts[k], view.ends[end - 1], "LOC", "name", view.span_text(k, end),
                            tok_start=k, tok_end=end)  # fmt: skip
                out.append(m)
                for t in range(k, end):
                    taken[t] = True
            if m.label != "LOC" and gz.org(m.text, lang) is None and not gz.country_code(m.text, lang):
                m.label = "LOC"
            k = m.tok_end
            if word not in plural or k + 1 >= n or view.lowers[k] not in links:
                break
            k += 1
    return out + _repeated_mentions(doc, view.text, out, taken, lang)


def _titled_apposition_people(doc: Doc, view: DocView, mentions: list[Mention], lang: str) -> None:
    """(fifteenth session) "Der UN-Hochkommissar für Menschenrechte, Tomás Ferreira, verlangte …": a name of two or
    three capitalised words set off by commas right after a definite person's title (with its "für"/genitive
    complement) is that person, whatever label the NER gave it; a one-word "place" inside the title's complement
    that the gazetteer does not know ("Menschenrechte") is part of the title, no entity."""
    n = len(doc)
    for m in list(mentions):
        a, b = m.tok_start, m.tok_end
        if m.kind != "name" or not 2 <= b - a <= 3 or a < 3 or b >= n:
            continue
        if view.words[a - 1] != "," or view.words[b] != "," or not all(w[:1].isupper() for w in view.words[a:b]):
            continue
        if gz.country_code(m.text, lang) or gz.exact_places(m.text, lang) or gz.org(m.text, lang) is not None:
            continue
        title = None
        for k in range(a - 2, max(a - 8, 0), -1):
            tok = doc[k]
            if not view.words[k].replace("-", "").isalpha() or tok.pos_ in ("VERB", "AUX"):
                break
            if _person_title(tok, lang) and view.lowers[k - 1] in DETERMINERS:
                title = k
                break
        if title is None:
            continue
        m.label = "PER"
        for x in list(mentions):
            inside = title < x.tok_start and x.tok_end <= a - 1 and x.tok_end - x.tok_start == 1
            if (
                inside and x.kind == "name" and x.label == "LOC" and not gz.place_candidates(x.text, lang)
                and not _continent(x.text, lang) and doc[x.tok_start].tag_ == "NN" and _dictionary_word(x.text, lang)
            ):  # fmt: skip
                mentions.remove(x)


@lru_cache(maxsize=1 << 12)
def _apposition_person_noun(word: str, lang: str) -> bool:
    """ "Sekretär", "Exstellvertreter", "Parlamentsmitglieder", "Putschisten", "Präsident": a capitalised noun for a
    person (an office of roles.tsv, a noun of name_title_nouns.txt or apposition_person_nouns.txt, inflected or as
    the head of a compound) that a comma apposition can pair with a name."""
    if not word[:1].isupper() or not word.replace("-", "").isalpha():
        return False
    role = gz.role(word, lang) or _split_compound(word, lang)[1] or _role_suffix(word, lang)
    if role is not None:
        return role.kind == "person"
    if _name_title_noun(word, lang):
        return True
    heads = lang_resource(lang, "apposition_person_nouns.txt")
    suffixes = _suffix_tuple(heads)
    low = word.rpartition("-")[2].casefold()
    for ending in ("", "en", "n", "s", "e", "er", "nen"):
        if ending and not low.endswith(ending):
            continue
        stem = low[: len(low) - len(ending)]
        # a head ending the stem after at least two more letters: each such tail of the stem looked up in the set
        # (not every head tried against the stem), once one of the heads ends it at all
        if stem in heads or (stem.endswith(suffixes) and any(stem[k:] in heads for k in range(2, len(stem)))):
            return True
    return False


@lru_cache(maxsize=1 << 14)  # pure, asked for every word of every document: keyed by the word, not the token
def _apposable_name_word(text: str, lower: str, lang: str) -> bool:
    """A capitalised word (``lower``: its lower-case form, spaCy's LOWER) that can be part of a foreign person's
    name in an apposition: unknown to the dictionary ("Qarase", "Anodina", "Bambang") or a first name
    ("Mohammed"); no title, country, demonym or article."""
    if not (text[:1].isupper() and text[1:].islower() and text.replace("-", "").isalpha() and len(text) >= 3):
        return False
    if lower in DETERMINERS or gz.role(text, lang) or gz.country_code(text, lang) or gz.demonym_noun(text, lang):
        return False
    if _apposition_person_noun(text, lang):
        return False  # "Mafiajägers": a person noun no dictionary knows is still no name
    return _given_name(text, lang) or not _dictionary_word(text, lang)


def _person_apposition_after(doc: Doc, view: DocView, b: int, lang: str) -> bool:
    """ "…, der Sekretär des Weltkongresses", "…, Sprecher der CFDR", "…, einer der mutmaßlichen Bombenleger": a
    comma, then an optional article ("einer der", "eines der"), adjectives and a person noun."""
    n = len(doc)
    if b + 1 >= n or view.words[b] != ",":
        return False
    k = b + 1
    if view.lowers[k] in DETERMINERS:
        k += 1
        if k < n and view.lowers[k - 1] in ("einer", "eines", "einem") and view.lowers[k] == "der":
            k += 1  # "einer der …", "eines der …": one of a group
    while k < n and k - b <= 6 and view.words[k].islower() and doc[k].pos_ == "ADJ":
        k += 1
    if not (k < n and _apposition_person_noun(view.words[k], lang)):
        return False
    # "…im Central Command, Generalleutnant Joseph Guastella, sagte": a title with its own name names another person
    return not (
        k + 1 < n
        and _apposable_name_word(view.words[k + 1], view.lowers[k + 1], lang)
        and view.lowers[k] != view.words[k]
    )


def _person_apposition_before(doc: Doc, view: DocView, a: int, lang: str) -> bool:
    """ "Die Vorsitzende des Luftfahrtkomitees MAK, …", "dem Ministerpräsidenten Fidschis, …", "Einer der
    Putschisten, …": before the comma at ``a - 1`` a person noun after an article (adjectives between allowed) with
    its complement (no verb, no other punctuation) within eight words."""
    if a < 3 or view.words[a - 1] != ",":
        return False
    for k in range(a - 2, max(a - 10, 0), -1):
        tok = doc[k]
        if not view.words[k].replace("-", "").replace(".", "").isalnum() or tok.pos_ in ("VERB", "AUX"):
            return False
        if not _apposition_person_noun(view.words[k], lang):
            continue
        j = k - 1
        while j > 0 and view.words[j].islower() and doc[j].pos_ == "ADJ":
            j -= 1  # "der oberste Militärführer"
        return view.lowers[j] in DETERMINERS
    return False


def _apposed_person_names(
    doc: Doc, view: DocView, mentions: list[Mention], taken: list[bool], lang: str
) -> list[Mention]:
    """(eighteenth session) A name set off by commas against a person noun is a person: "Dolkun Isa, der Sekretär
    des Weltkongresses, sagte …" (tagged ORG), "Dulmatin, einer der mutmaßlichen Bombenleger, wurde …" (missed),
    "Einer der Putschisten, Harouna Djibrilla Adamou, dankte …" (tagged LOC), "der Präsident Indonesiens, Susilo
    Bambang Yudhoyono." (only the last word tagged). Foreign names the NER does not know come in this construction
    in news all the time. A name tagged ORG or LOC that the gazetteer knows keeps its label; an untagged word must be
    unknown to the dictionary (or a first name); a one-word name before the apposition is taken only at the start
    of a sentence, and one after it only when no list goes on ("Attac, Blockupy und …")."""
    n = len(doc)
    out: list[Mention] = []
    people: set[str] = set()
    spans: list[tuple[int, int, Mention | None]] = [
        (m.tok_start, m.tok_end, m) for m in mentions if m.kind == "name" and m.label != "PER"
    ]
    i = 0
    while i < n:
        if taken[i] or not _apposable_name_word(view.words[i], view.lowers[i], lang):
            i += 1
            continue
        j = i
        while j < n and j - i < 3 and not taken[j] and _apposable_name_word(view.words[j], view.lowers[j], lang):
            j += 1
        spans.append((i, j, None))
        i = j
    for a, b, m in spans:
        if m is not None:  # "Susilo Bambang | Yudhoyono": untagged name words before the tagged one
            while (
                a > 0
                and b - a < 4
                and not taken[a - 1]
                and _apposable_name_word(view.words[a - 1], view.lowers[a - 1], lang)
            ):
                a -= 1
        # (the apposition tests come before the gazetteer look-ups of the name: both must pass, and most spans have
        # no apposition, which plain-string tests see at once, while a place look-up of an unknown name is costly)
        sentence_start = a == 0 or doc[a].is_sent_start or view.words[a - 1] in ("„", '"', "(")
        after = _person_apposition_after(doc, view, b, lang) and (
            sentence_start or (m is not None and b - a >= 2 and doc[a - 1].pos_ != "ADP")
        )  # a name after a preposition ("im Central Command, …") is the place or body of the phrase, not the person
        closes = b < n and (view.words[b] in (".", "!", "?") or (view.words[b] == "," and b + 1 < n))
        listed = any(view.lowers[k] in ("und", "oder", "sowie") for k in range(b, min(b + 4, n)))
        before = closes and not listed and _person_apposition_before(doc, view, a, lang)
        # "des italienischen Mafiajägers Salvatore Boemi" tagged ORG: a two- or three-word name right after a
        # person noun with its article is that person
        titled = (
            m is not None and 2 <= b - a <= 3 and a >= 2 and _apposition_person_noun(view.words[a - 1], lang)
            and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[a:b])
            and (view.lowers[a - 2] in DETERMINERS or (doc[a - 2].pos_ == "ADJ" and view.lowers[a - 3] in DETERMINERS))
        )  # fmt: skip
        if not (after or before or titled):
            continue
        name = m.text if m is not None else view.span_text(a, b)
        if gz.country_code(name, lang) or gz.exact_places(name, lang) or gz.org(name, lang) is not None:
            continue
        if name in gz.org_aliases(lang) or gz.place_candidates(name, lang):
            continue
        people.add(view.span_text(a, b))
        if m is None:
            span = doc[a:b]
            out.append(Mention(span.start_char, span.end_char, "PER", "name", span.text, tok_start=a, tok_end=b))
        else:
            m.label = "PER"
            if a < m.tok_start:
                m.start, m.tok_start = view.starts[a], a
                m.text = view.span_text(a, m.tok_end)
        for k in range(a, b):
            taken[k] = True
    # the name found here is the same person wherever else the article repeats it ("Dulmatin soll …"), also where
    # the NER tagged the repetition as a place or organisation
    for x in mentions:
        if x.kind == "name" and x.label != "PER" and _strip_genitive(x.text) in people:
            x.label = "PER"
    return out + _repeated_mentions(doc, view.text, out, taken, lang)


@lru_cache(maxsize=1 << 14)  # pure, asked for most words of every document
def _named_after_head(word: str, lang: str) -> bool:
    """A generic head noun before a name (``name_heads.txt``), also as a closed compound or a genitive:
    "Terrorgruppe", "des Bandenbündnisses", "der Miliz"."""
    heads = lang_resource(lang, "name_heads.txt")
    low = word.casefold()
    for cand in (low, low[:-1] if low.endswith("s") else "", low[:-2] if low.endswith("es") else ""):
        # (sixteenth session) four letters suffice for a compound head ("das UN-Nothilfebüro Ocha": "Büro")
        if cand and any(cand == h.casefold() or (len(h) >= 4 and cand.endswith(h.casefold())) for h in heads):
            return True
    return False


def _headed_name_tails(doc: Doc, view: DocView, mentions: list[Mention], taken: list[bool], lang: str) -> None:
    """(fifteenth session) "des Bandenbündnisses Viv Ansanm", "die Terrorgruppe Ansaru Jama" with only the first word
    tagged: after a generic head noun (``name_heads.txt``, also compounds and genitives) an organisation's name runs
    on over up to two more unknown capitalised words (no dictionary word, first name, title or country), also over
    one the NER tagged as a person or place of its own."""
    n = len(doc)
    at = {m.tok_start: m for m in mentions if m.kind == "name"}
    for m in list(mentions):
        a = m.tok_start
        if m.kind != "name" or m.label != "ORG" or a == 0 or not _named_after_head(view.words[a - 1], lang):
            continue
        end = m.tok_end
        swallowed: list[Mention] = []
        while end < n and end - m.tok_end < 2 and _unknown_capitalised_word(doc[end], lang):
            other = at.get(end)
            if other is not None and (other.tok_end != end + 1 or other.label == "ORG" or other.alias_of is not None):
                break
            if other is None and taken[end]:
                break
            if other is not None:
                swallowed.append(other)
            end += 1
        if end == m.tok_end or (end < n and view.words[end] in ("-", "(")):
            continue
        for other in swallowed:
            mentions.remove(other)
        m.end, m.tok_end = view.ends[end - 1], end
        m.text = view.span_text(a, end)
        for t in range(a, end):
            taken[t] = True


def _hyphen_region_mentions(
    doc: Doc, view: DocView, mentions: list[Mention], taken: list[bool], lang: str
) -> list[Mention]:
    """(fifteenth session) "im nördlichen Shan-Staat", "in der Sagaing-Region": a hyphen compound of a capitalised
    name (no dictionary word, unless the NER tagged the compound a place) and a region noun
    (``hyphen_region_heads``) is a place, also where the common-noun rule dropped the NER's span; not "EU-Staat",
    "Golf-Staat", "Kurden-Region" (an organisation, a common noun or a people in front: a kind of state)."""
    heads = frozenset(_entity_words("hyphen_region_heads", lang))
    peoples = lang_resource(lang, "peoples.txt")
    out: list[Mention] = []
    for i, word in enumerate(view.words):
        front, _, last = word.rpartition("-")
        if not front or last not in heads or not front[:1].isupper() or "-" in front:
            continue
        if not (front[1:].islower() and front.isalpha()):
            continue
        if _dictionary_word(front, lang) and doc[i].ent_type_ != "LOC":
            continue
        if gz.org(front, lang) is not None or gz.demonym_noun(front, lang) or front in peoples:
            continue
        j = i - 1
        while j > 0 and doc[j].tag_ == "ADJA":
            j -= 1
        if j < 0 or view.lowers[j] not in _entity_words("definite_forms", lang):
            continue  # "jeder Golf-Staat", "ein Nachbar-Staat": a kind of state; a name takes the definite article
        own = [m for m in mentions if m.tok_start <= i < m.tok_end]
        if own:
            if len(own) == 1 and own[0].tok_start == i and own[0].tok_end == i + 1 and own[0].kind == "name":
                own[0].label = "LOC"  # the NER's "Shan-Staat" tagged as an organisation
            continue
        out.append(Mention(view.starts[i], view.ends[i], "LOC", "name", word, tok_start=i, tok_end=i + 1,
                           country=gz.country_code(front, lang)))  # fmt: skip
        taken[i] = True
    return out


def _strait_names(doc: Doc, view: DocView, mentions: list[Mention], taken: list[bool], lang: str) -> list[Mention]:
    """(fifteenth session) "über die Straße von Messina", "im Golf von Aden": a sea passage or bay noun
    (``strait_heads``), "von" and a place name are one place, the passage itself; the town or country it is named
    after is not a place of the sentence (a bridge over the strait is not in the town)."""
    heads = frozenset(_entity_words("strait_heads", lang))
    out: list[Mention] = []
    n = len(doc)
    for i in range(n - 2):
        if view.words[i] not in heads or view.lowers[i + 1] != "von" or taken[i] or taken[i + 1]:
            continue
        if i == 0 or view.lowers[i - 1] not in DETERMINERS | {"im", "am", "zum", "vom"}:
            continue
        name = next((m for m in mentions if m.tok_start == i + 2 and m.kind == "name"), None)
        if name is None or name.label != "LOC":
            continue
        mentions.remove(name)
        out.append(Mention(view.starts[i], name.end, "LOC", "name", view.text[view.starts[i] : name.end],
                           tok_start=i, tok_end=name.tok_end))  # fmt: skip
        for t in range(i, name.tok_end):
            taken[t] = True
    return out


def _disaster_place_names(
    doc: Doc, view: DocView, mentions: list[Mention], taken: list[bool], lang: str
) -> list[Mention]:
    """(fifteenth session) "die Aufarbeitung des Zugunglücks von Tempi", "das Massaker von Butscha": after a noun of
    a disaster or attack (``disaster_nouns``, as word ending) and "von", one capitalised proper noun (no first name,
    people, title or inflected plural: "der Anschlag von Islamisten") names the place the event is named after, also
    a village no gazetteer lists."""
    endings = _entity_words("disaster_nouns", lang)
    out: list[Mention] = []
    n = len(doc)
    for i in range(n - 2):
        k = i + 2
        if view.lowers[i + 1] != "von" or not view.lowers[i].endswith(endings) or not view.words[i][:1].isupper():
            continue
        word = view.words[k]
        tok = doc[k]
        if not (word[1:].islower() and (_foreign_name_token(tok, lang) or _unknown_capitalised_word(tok, lang))):
            continue
        own = [m for m in mentions if m.tok_start <= k < m.tok_end]
        if own:  # "des Fährunglücks von Kalamaki" tagged as a person: the place
            one = own[0]
            single = len(own) == 1 and one.kind == "name" and one.tok_end == k + 1 and one.label in ("PER", "MISC")
            if single and not _given_name(word, lang) and not (k + 1 < n and view.words[k + 1][:1].isupper()):
                one.label = "LOC"
            continue
        if taken[k]:
            continue
        if k + 1 < n and (view.words[k + 1][:1].isupper() and not taken[k + 1] and doc[k + 1].pos_ == "PROPN"):
            continue  # "der Anschlag von Anis Amri": a person's full name
        if _given_name(word, lang) or gz.demonym_noun(word, lang) or word in lang_resource(lang, "peoples.txt"):
            continue
        out.append(Mention(view.starts[k], view.ends[k], "LOC", "name", view.words[k], tok_start=k, tok_end=k + 1))
        taken[k] = True
    return out


def _field_body_names(doc: Doc, view: DocView, mentions: list[Mention], taken: list[bool], lang: str) -> list[Mention]:
    """(fifteenth session) "eine Sondersitzung des Rats für Steuer- und Finanzpolitik", "die Behörde für
    Lebensmittelsicherheit": a definite body noun (``field_body_heads``, also genitive) with "für" and the field it
    deals with (capitalised nouns, "und", a truncated "Steuer-", adjectives before a noun; up to six words) is the
    body's own name, one organisation. Not after an indefinite article ("ein Rat für Eltern": a kind of council)."""
    heads = frozenset(_entity_words("field_body_heads", lang))
    definite = frozenset(_entity_words("definite_forms", lang))
    preps = frozenset(_entity_words("field_body_prepositions", lang))  # "für", and "gegen" (twenty-third session)
    links = PAIR_CONJUNCTIONS
    out: list[Mention] = []
    n = len(doc)
    for i in range(1, n - 2):
        if view.lowers[i + 1] not in preps:
            continue  # (tested first, one look-up: most words have no "für" after them)
        word = view.words[i]
        base = next((c for c in (word, word[:-1], word[:-2]) if c in heads), None)
        if base is None or taken[i] or view.lowers[i - 1] not in definite:
            continue
        end = None
        k = i + 2
        while k < n and k - i <= 7:
            w = view.words[k]
            tok = doc[k]
            if w[:1].isupper() and w.endswith("-") and w[:-1].isalpha():
                k += 1  # "Steuer- und …": a truncated compound, the noun comes after "und"
                continue
            if w[:1].isupper() and w.replace("-", "").isalpha() and tok.pos_ in ("NOUN", "PROPN"):
                if not _is_capitalised(tok) or gz.role(w, lang) is not None:
                    break
                k += 1
                end = k
                continue
            if view.lowers[k] in links or (tok.tag_ == "ADJA" and w[:1].islower()):
                k += 1
                continue
            break
        if end is None:
            continue
        if any(taken[t] and not any(m.tok_start <= t < m.tok_end for m in mentions) for t in range(i, end)):
            continue
        inside = [m for m in mentions if i <= m.tok_start and m.tok_end <= end]
        if any(m.tok_start < i < m.tok_end or m.tok_start < end < m.tok_end for m in mentions):
            continue
        if any(m.label == "PER" or gz.org(m.text, lang) is not None for m in inside):
            continue
        for m in inside:
            mentions.remove(m)
        # the name in the nominative ("des Rats für …" → "Rat für …"), as the body names itself
        _add_org_name(view, out, taken, i, end, base + view.text[view.ends[i] : view.ends[end - 1]])
    return out


def _capitalised_genitive_names(
    doc: Doc, view: DocView, mentions: list[Mention], taken: list[bool], lang: str
) -> list[Mention]:
    """(fifteenth session) "der Rebellenallianz der Drei Brüder", "die Bewegung des Fünften Juli": an organisation
    head (``org_heads.txt``, also a compound) with a genitive whose first word is a capitalised number word or
    adjective (only a name capitalises those) and whose noun follows is one organisation name with that genitive."""
    heads = lang_resource(lang, "org_heads.txt")
    numbers = _number_words(lang)
    genitive = frozenset(_entity_words("genitive_articles", lang))
    out: list[Mention] = []
    n = len(doc)
    peoples = lang_resource(lang, "peoples.txt")
    for i in range(n - 3):
        opened = -1
        word = view.words[i]
        if view.lowers[i + 1] != "für" and view.lowers[i + 1] not in genitive:
            continue  # (tested first, a plain string: each branch below wants "für" or a genitive article next)
        if not word[:1].isupper() or not _ends_in_head(word, heads):
            continue
        first = doc[i + 2]
        if view.lowers[i + 1] in ("für",) and i > 0 and view.lowers[i - 1] in _DEFINITE_FORMS and word in heads:
            # (seventeenth session) "die Gesellschaft für bedrohte Sprachen", "der Verein für soziale Arbeit":
            # after a definite article a bare head, "für" and lower-case adjectives before a capitalised noun
            k = i + 2
            while k < n - 1 and doc[k].pos_ == "ADJ" and view.words[k][:1].islower():
                k += 1
            if k == i + 2 or not view.words[k][:1].isupper() or doc[k].pos_ not in ("NOUN", "PROPN"):
                continue
            end = k + 1
        elif view.lowers[i + 1] not in genitive:
            continue
        elif (
            (first.text in peoples or gz.demonym_noun(first.text, lang))
            and word not in heads
            and i > 0
            and view.lowers[i - 1] in _DEFINITE_FORMS
        ):
            # (seventeenth session) "der Weltkongress der Tamilen", "der Zentralrat der Sinti": a compound head and
            # the genitive of a people or a nation's inhabitants
            end = i + 3
        elif (
            not first.text[:1].isupper()
            or not (first.pos_ in ("ADJ", "NUM") or first.lower_ in numbers)
            or first.is_sent_start
        ):
            continue
        else:
            end = i + 3
            opened = end  # the number word or adjective needs its noun after it
        while (
            opened > 0 and end < n and end - i < 6 and view.words[end][:1].isupper()
            and doc[end].pos_ in ("NOUN", "PROPN", "ADJ")
        ):  # fmt: skip
            end += 1  # (only after a capitalised adjective: "kritisierte der Zentralrat der Sinti Ungarn" ends there)
        if end == opened or doc[end - 1].pos_ not in ("NOUN", "PROPN"):
            continue
        own = [m for m in mentions + out if m.tok_start < end and i < m.tok_end]
        if any(m.tok_start < i or m.tok_end > end or m.label == "PER" for m in own):
            continue
        # (a people's name the NER tagged is blocked, not a mention: "der Uiguren" may still close the name)
        people_at = i + 2 if view.lowers[i + 1] in genitive and first.text in peoples else -1
        if any(
            taken[t] and t != people_at and not any(m.tok_start <= t < m.tok_end for m in own) for t in range(i, end)
        ):
            continue
        for m in own:
            if m in mentions:
                mentions.remove(m)
        out.append(Mention(view.starts[i], view.ends[end - 1], "ORG", "name", view.span_text(i, end), tok_start=i,
                           tok_end=end))  # fmt: skip
        for t in range(i, end):
            taken[t] = True
    return out


_YEAR_BODY = re.compile(r"\d{4}-[A-ZÄÖÜ][a-zäöüß]+")


def _year_body_names(doc: Doc, view: DocView, taken: list[bool], lang: str) -> list[Mention]:
    """(seventeenth session) "das 1900-Komitee", "des einflussreichen 1922-Komitees", "der 1848-Verein": a year
    hyphened to an organisation head (``org_heads.txt``) after an article or adjective names a body founded then
    (the NER tags the compound as a number or common noun)."""
    heads = lang_resource(lang, "org_heads.txt")
    out: list[Mention] = []
    for i in range(1, len(doc)):
        word = view.words[i]
        if taken[i] or not _YEAR_BODY.fullmatch(word) or not _ends_in_head(word.split("-")[1], heads):
            continue
        if not (view.lowers[i - 1] in DETERMINERS or doc[i - 1].pos_ == "ADJ"):
            continue
        out.append(Mention(view.starts[i], view.ends[i], "ORG", "name", word, tok_start=i, tok_end=i + 1))
        taken[i] = True
    return out


def _numbered_unit_names(doc: Doc, view: DocView, mentions: list[Mention], taken: list[bool], lang: str) -> None:
    """(fifteenth session) "die Brigade 444", "das Bataillon 12": a unit noun (``armed_unit_nouns``) and the number
    right after it are one organisation name (the NER tags the noun alone, often as a place); "die Organisation
    Utopia 56": an organisation named after its head noun keeps the short number right after it in its name when no
    noun follows the number ("Utopia 56 warf …", not "die Partei X 25 Sitze")."""
    units = frozenset(_entity_words("armed_unit_nouns", lang))
    heads = lang_resource(lang, "name_heads.txt") | lang_resource(lang, "org_heads.txt")
    n = len(doc)
    for i in range(n - 1):
        if view.words[i] not in units or not _short_number(view.words[i + 1]) or taken[i + 1]:
            continue
        own = [m for m in mentions if m.tok_start <= i < m.tok_end]
        if any(m.tok_start != i or m.tok_end != i + 1 for m in own):
            continue
        for m in own:
            mentions.remove(m)
        mentions.append(Mention(view.starts[i], view.ends[i + 1], "ORG", "name", view.span_text(i, i + 2),
                                tok_start=i, tok_end=i + 2))  # fmt: skip
        taken[i] = taken[i + 1] = True
    for m in mentions:
        k = m.tok_end
        if m.label != "ORG" or m.kind != "name" or k >= n or taken[k] or not _short_number(view.words[k]):
            continue
        if view.starts[k] != m.end + 1 or m.tok_start == 0 or not _ends_in_head(view.words[m.tok_start - 1], heads):
            continue
        if k + 1 < n and (doc[k + 1].pos_ in ("NOUN", "PROPN", "NUM") or view.words[k + 1][:1].isupper()):
            continue
        m.end, m.tok_end = view.ends[k], k + 1
        m.text = view.span_text(m.tok_start, k + 1)
        taken[k] = True


def _short_number(word: str) -> bool:
    """One to three digits, no year: the number of a unit or a group's name."""
    return word.isdigit() and len(word) <= 3


def _hyphen_org_head_labels(view: DocView, mentions: list[Mention], lang: str) -> None:
    """(fifteenth session) "zwischen der Radaa-Miliz und …" tagged as a place: a hyphen compound whose last part is
    an organisation head (``org_heads.txt``: "-Miliz", "-Partei", "-Allianz") is an organisation, not a place or a
    person; a country or known place before the hyphen does not change that ("Kosovo-Polizei" acts)."""
    heads = lang_resource(lang, "org_heads.txt")
    for m in mentions:
        if m.kind != "name" or m.label not in ("LOC", "PER"):
            continue
        last = view.words[m.tok_end - 1]
        parts = last.split("-")
        named = len(parts) >= 2 and all(p[:1].isupper() for p in parts)
        if named and _ends_in_head(parts[-1], heads) and not gz.exact_places(m.text, lang):
            m.label = "ORG"


@lru_cache(maxsize=4)
def _compass_prefixes(lang: str) -> tuple[str, ...]:
    """The gazetteer's compass prefixes as they open a capitalised name ("Nord", "Südost"), longest first."""
    return tuple(w.capitalize() for w in gz.compass_prefixes(lang))


def _compass_region_mentions(doc: Doc, view: DocView, taken: list[bool], lang: str) -> list[Mention]:
    """(fifteenth session) "im Nordirak", "die Ostukraine", "in Westafrika": a compass prefix
    glued to a country's or continent's name is a region of it, a place the gazetteer does not list; it belongs to
    that country (the prefixes are the ``direction`` words of ``place_words.tsv``, longest first)."""
    prefixes = _compass_prefixes(lang)
    out: list[Mention] = []
    for i, word in enumerate(view.words):
        if taken[i] or not word[:1].isupper() or "-" in word or doc[i].pos_ not in ("PROPN", "NOUN", "X"):
            continue
        prefix = next((p for p in prefixes if word.startswith(p) and len(word) > len(p) + 2), None)
        if prefix is None:
            continue
        rest = word[len(prefix)].upper() + word[len(prefix) + 1 :]
        code = None
        for cand in (rest, rest[:-1] if rest.endswith("s") else None):
            if cand and (gz.country_code(cand, lang) or _continent(cand, lang)):
                code = gz.country_code(cand, lang)
                break
        else:
            continue
        if gz.country_code(word, lang) or gz.exact_places(word, lang):
            continue  # "Nordkorea", "Südafrika", "Osttimor": a country of its own, found by the gazetteer
        out.append(Mention(view.starts[i], view.ends[i], "LOC", "name", word, tok_start=i, tok_end=i + 1,
                           country=code))  # fmt: skip
        taken[i] = True
    return out


def _coast_mentions(doc: Doc, view: DocView, taken: list[bool], lang: str) -> list[Mention]:
    """(fifteenth session) "an der Ostseeküste", "die Kanalküste": a closed compound of a sea's, region's or
    country's name and a coast head (``coast_compounds.json``) after an article is a place, a stretch of coast the
    gazetteer does not list; it belongs to the prefix's country where it has one. "Steilküste", "Westküste" (no
    name before the head) stay common nouns."""
    compass = frozenset(_compass_prefixes(lang))
    out: list[Mention] = []
    for i, word in enumerate(view.words):
        if taken[i] or i == 0 or view.lowers[i - 1] not in DETERMINERS or not word[:1].isupper() or "-" in word:
            continue
        parts = gz.coast_compound_parts(word, lang)
        if parts is None:
            continue
        prefix, name = parts
        if prefix in compass:
            continue  # "an der Westküste": a side of some coast, no name
        places = [p for p in gz.place_candidates(name, lang) if p.kind in ("country", "admin1")]
        if not places and prefix.endswith("s"):  # "Italiensküste" is rare, "Landesküste" no name: linking -s
            places = [p for p in gz.place_candidates(prefix[:-1], lang) if p.kind == "country"]
        if not places or gz.country_code(word, lang):
            continue  # "Elfenbeinküste": a country of its own, found by the gazetteer
        codes = {p.country for p in places}
        out.append(Mention(view.starts[i], view.ends[i], "LOC", "name", word, tok_start=i, tok_end=i + 1,
                           country=next(iter(codes)) if len(codes) == 1 else None))  # fmt: skip
        taken[i] = True
    return out


def _long_name_acronyms(doc: Doc, mentions: list[Mention], taken: list[bool], lang: str) -> list[Mention]:
    """(fifteenth session) "die Entwicklungsgemeinschaft des südlichen Afrika (SADC)", "die Gemeinschaft der Staaten
    Lateinamerikas (CELAC)": a bracketed all-capital short form after a noun phrase headed by an organisation noun
    (``org_heads.txt``, ``acronym_org_heads``; after an article) and its genitive, "für" or adjective complement
    names the organisation the whole phrase spells, even where the short form spells another language's name; the
    place inside the phrase is part of the name, not an entity of its own, and never takes the short form."""
    heads = lang_resource(lang, "org_heads.txt") | frozenset(_entity_words("acronym_org_heads", lang))
    skipped = frozenset(_entity_words("acronym_skipped_words", lang))
    out: list[Mention] = []
    for j, short in _short_form_brackets(doc, 2):
        tagged = next((m for m in mentions + out if m.tok_start == j + 1 and m.tok_end == j + 2), None)
        if taken[j + 1] and (tagged is None or tagged.alias_of is not None or tagged.label == "PER"):
            continue
        head = None
        k = j - 1
        while k >= 0 and j - k <= 8:
            tok = doc[k]
            if not tok.is_alpha or tok.pos_ in ("VERB", "AUX"):
                break
            low = tok.text[:1].islower()
            if low and tok.lower_ not in skipped and tok.pos_ != "ADJ":
                break
            if (
                not low and tok.pos_ in ("NOUN", "PROPN") and _ends_in_head(tok.text, heads)
                and k > 0 and doc[k - 1].lower_ in DETERMINERS
            ):  # fmt: skip
                head = k
            k -= 1
        if head is None or (j - head < 2 and not _compound_spells(doc[head].text, short, lang)):
            continue  # (nineteenth session) one word only where it spells the short form ("Erdölbevorratungsverband")
        if not short.isupper() and short[0] != doc[head].text[0]:
            continue  # a short form with lower-case letters ("SdK", "GdP") opens with the long name's letter
        inside = [m for m in mentions + out if head <= m.tok_start and m.tok_end <= j]
        if any(m.label == "PER" for m in inside):
            continue
        if any(taken[t] for t in range(head, j) if not any(m.tok_start <= t < m.tok_end for m in inside)):
            continue  # a mention reaching over the long name's edge: leave both alone
        if any(m.tok_start < head < m.tok_end for m in mentions):
            continue
        _add_long_name(doc, mentions, out, taken, head, j, inside, tagged)
    return out


def _short_form_brackets(doc: Doc, first: int) -> list[tuple[int, str]]:
    """ "(SADC)", "(OVKS)": each bracket from token ``first`` on around one all-capital word of two to six letters, a
    short form, as (the bracket's token, the short form); one scan for the acronym rules. (2026-12-06, nineteenth
    session) Also a short form with lower-case letters for the short words of the name ("(GdP)", "(SdK)", "(VfGH)",
    "(BaFin)"): capitalised, two capitals at least, up to seven letters."""
    words = token_strings(doc)[1]  # (plain strings: a Token object per word was this scan's main cost)
    return [
        (j, short)
        for j in range(first, len(doc) - 2)
        if words[j] == "("
        and words[j + 2] == ")"
        and (short := words[j + 1]).isalpha()
        and (
            (short.isupper() and 2 <= len(short) <= 6)
            or (short[:1].isupper() and sum(c.isupper() for c in short) >= 2 and len(short) <= 7)
        )
    ]


def _compound_spells(word: str, short: str, lang: str) -> bool:
    """(2026-12-06, nineteenth session) "den Erdölbevorratungsverband (EBV)", "das Landesverwaltungsgericht (LVwG)":
    one closed compound names the organisation its bracketed short form abbreviates when the short form's letters
    stand in the compound in their order, the first one first, and no dictionary knows the short form as a word
    ("die Nichtregierungsorganisation (NGO)", "das Sondereinsatzkommando (SEK)" name a kind of body)."""
    low, letters = word.casefold(), short.casefold()
    if len(letters) < 2 or not low.startswith(letters[0]) or _dictionary_word(short, lang):
        return False
    pos = 1
    for ch in letters[1:]:
        pos = low.find(ch, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def _add_long_name(
    doc: Doc,
    mentions: list[Mention],
    out: list[Mention],
    taken: list[bool],
    start: int,
    j: int,
    inside: list[Mention],
    tagged: Mention | None,
) -> None:
    """The long name (tokens ``start`` to the bracket at ``j``) before a bracketed short form becomes one organisation,
    replacing the mentions ``inside`` it; the short form (``tagged`` or a new mention) is its alias (read by
    :func:`_spelled_out_acronyms` and :func:`_long_name_acronyms`)."""
    for m in inside:
        if m in mentions:
            mentions.remove(m)
        if m in out:
            out.remove(m)
    end = doc[j - 1].idx + len(doc[j - 1])
    long = Mention(doc[start].idx, end, "ORG", "name", doc.text[doc[start].idx : end], tok_start=start, tok_end=j)
    out.append(long)
    if tagged is not None:
        tagged.label, tagged.alias_of = "ORG", long.start
    else:
        acro = doc[j + 1]
        out.append(Mention(acro.idx, acro.idx + len(acro), "ORG", "name", acro.text, tok_start=j + 1, tok_end=j + 2,
                           alias_of=long.start))  # fmt: skip
    for t in range(start, j + 2):
        taken[t] = True


def _given_name_before(doc: Doc, view: DocView, mentions: list[Mention], taken: list[bool], lang: str) -> None:
    """ "nach Angaben von Rodrigo Salinas" with only "Salinas" tagged PER: a known first name right before a
    person's name, tagged as a noun or proper noun and in no other mention, is the first word of that name."""
    for m in mentions:
        k = m.tok_start - 1
        if (
            m.label != "PER"
            or m.kind != "name"
            or k < 0
            or taken[k]
            or view.starts[k] + len(view.words[k]) + 1 != m.start
        ):
            continue
        plain = all(part[1:].islower() for part in view.words[k].split("-"))  # "Hans-Peter" too
        if _given_name(view.words[k], lang) and doc[k].pos_ in ("PROPN", "NOUN") and plain:
            m.start, m.text, m.tok_start = view.starts[k], view.words[k] + " " + m.text, k
            taken[k] = True


def _place_after_in(doc: Doc, start: int, end: int, label: str, lang: str) -> int | None:
    """Index of an "in" inside a non-person NER span that joins an inflected name to a known place ("des
    Bundeskartellamts in Bonn"), or of an "in"/"im" after a known organisation's name ("der Hisbollah im
    Südlibanon", thirty-second session): the place is where the thing is. Names with "in" inside are known
    organisations or have lowercase words before it ("Zentralrat der Juden in Deutschland"), and stay whole."""
    if label == "PER" or end - start < 3 or gz.org(doc[start:end].text, lang) is not None:
        return None
    for k in range(start + 1, end - 1):
        if doc[k].text not in ("in", "im"):
            continue
        before = doc[start:k]
        place = doc[k + 1 : end].text
        if gz.org(before.text, lang) is not None and doc[k + 1].text[:1].isupper():
            return k  # "Ziele der Hisbollah im Südlibanon": a known organisation where it is (thirty-second session)
        if doc[k].text != "in":
            return None
        inflected = before[-1].text.endswith(_entity_words("inflected_name_endings", lang)) and all(
            t.text[:1].isupper() for t in before
        )
        # "Landtagswahl in Sachsen-Anhalt": a common noun (``common_noun_heads.txt``) at a place, no organisation
        inflected = inflected or (len(before) == 1 and _common_head(before[0].text, lang) == "closed")
        # (fifteenth session) "vor dem St Mary's Hospital in Leeds": a building's name (``building_name_heads``) and
        # the town it stands in
        building = before[-1].text in _entity_words("building_name_heads", lang) and all(
            t.text[:1].isupper() or not t.is_alpha for t in before
        )
        inflected = inflected or building
        if inflected and (gz.exact_places(place, lang) or gz.country_code(place, lang)):
            return k
        return None
    return None


@dataclass(frozen=True)
class DocView:
    """Plain strings and offsets of a doc, built once: spaCy creates a new Token object on every ``doc[i]`` and a new
    string on every ``doc.text``, which made these per-token scans the component's main cost."""

    text: str
    words: list[str]
    lowers: list[str]
    starts: list[int]  # char offset of each token
    ends: list[int]  # char offset one past each token
    # the sentence starts, read at the first ask (five rules of a document's scan ask; its sentences stay as they are)
    _sentence_starts_read: list[list[int]] = field(default_factory=list, compare=False, repr=False)

    @classmethod
    def of(cls, doc: Doc) -> DocView:
        text, words, starts, _, _ = token_strings(doc)
        lowers = [w.lower() for w in words]  # what spaCy's LOWER attribute holds
        ends = [start + len(word) for start, word in zip(starts, words, strict=True)]
        return cls(text, words, lowers, starts, ends)

    def span_text(self, start: int, end: int) -> str:
        return self.text[self.starts[start] : self.ends[end - 1]]

    def sentence_starts(self, doc: Doc) -> list[int]:
        """:func:`_sentence_starts` of the view's doc, read once (callers do not change the list)."""
        if not self._sentence_starts_read:
            self._sentence_starts_read.append(_sentence_starts(doc))
        return self._sentence_starts_read[0]


@lru_cache(maxsize=4)
def _lower_org_openers(lang: str) -> frozenset[str]:
    """First words of the listed organisation names that open with a lower-case adjective ("kurdischen
    Regionalregierung", 2026-12-06, sixteenth session): the gazetteer scan also starts at them."""
    return frozenset(a.split()[0] for a in gz.org_aliases(lang) if " " in a and a[:1].islower())


def _skeleton_in(word: str, skeletons: frozenset[str]) -> bool:
    """The word's spelling skeleton, with or without its accents, is one of ``skeletons`` ("Erdoğan" as "erdogan")."""
    return gz.name_skeleton(word) in skeletons or gz.name_skeleton(_unaccented(word)) in skeletons


@lru_cache(maxsize=1 << 16)
def _listed_family_name(word: str, lang: str) -> bool:
    """The word is the family name of a Phoenix actor ("Erdoğan" as "Erdogan")."""
    return _skeleton_in(word, gz.actor_surnames(lang))


@lru_cache(maxsize=1 << 16)
def _current_alone_name(word: str, lang: str) -> bool:
    """The word names a current figure alone ("Merz", "Selenskyj", "Xi"; the list's third column)."""
    return _skeleton_in(word, gz.current_alone_names(lang))


def _without_adjectives_before_place_noun(ent: Span, lang: str) -> Span:
    """ "in der russischen Region Samara" tagged as one span: the lower-case adjectives before a place noun and a
    name describe the place; the name starts at the place noun ("Region Samara"), as when the NER leaves them out."""
    doc = ent.doc
    lead = ent.start
    while lead < ent.end - 2 and doc[lead].text[:1].islower() and doc[lead].pos_ == "ADJ":
        lead += 1
    if lead == ent.start or doc[lead].text not in gz.place_nouns(lang) or not doc[lead + 1].text[:1].isupper():
        return ent
    return Span(doc, lead, ent.end, label=ent.label_)


def _after_attribute(doc: Doc, i: int) -> bool:
    """ "in neun aufregenden Modi": a word after a lower-case article, adjective or number is a common noun ("Modus"),
    not a person named alone."""
    if i == 0 or not doc[i - 1].text[:1].islower() or doc[i - 1].pos_ not in ("DET", "ADJ", "NUM"):
        return False
    # ("Merz kritisierte Orbán scharf" with the verb tagged as an adjective: a past verb form, whose dictionary
    # lemma is an infinitive, is no attribute)
    return doc[i - 1].pos_ != "ADJ" or not dictionary_lemma(doc[i - 1].lower_, doc.lang_).endswith("en")


def _current_figure_name(doc: Doc, start: int, end: int, lang: str) -> bool:
    """The span is a current figure's name, whole or in a form the list gives as naming the person alone ("Spahn",
    "Le Pen", "Friedrich Merz"), and names no organisation, country or place that the gazetteers know."""
    text = doc[start:end].text
    if end - start == 1:
        if not _current_alone_name(text, lang) or _after_attribute(doc, start):
            return False
    elif gz.name_skeleton(text) not in gz.current_names(lang):
        return False
    return gz.org(text, lang) is None and not gz.country_code(text, lang)


def _preposition_particle(doc: Doc, k: int, lang: str) -> bool:
    """The name particle at k is a preposition: "von", "zu" after a word that is no name ("die Regierung von Tusk",
    "der Besuch von Macron"), not inside "Ursula von der Leyen" or "Karl-Theodor zu Guttenberg"."""
    if k < 1 or doc[k].lower_ not in _entity_words("preposition_particles", lang):
        return False
    prev = doc[k - 1].text
    return not prev[:1].isupper() or (_dictionary_word(prev, lang) and not _given_name(prev, lang))


def _known_family_name(doc: Doc, i: int, word: str, lang: str) -> bool:
    """ "Putin kritisierte …", "Am Montag traf Erdoğan …", "Netanjahu lehnte ab": the family name of an actor of the
    Phoenix dictionaries, alone, that the NER missed (twenty-sixth session); no word of the German or English
    dictionary, no first name, title, place or listed organisation. A form the list of current figures gives as
    naming its person alone ("Merz", "Macron", "Strack-Zimmermann") was judged by hand and skips those word tests
    (the dictionaries know "Merz", "Laschet" and "Macron" as words)."""
    if not word[:1].isupper():
        return False
    current = _current_alone_name(word, lang)
    if not current:
        if len(word) < 4 or not _listed_family_name(word, lang):
            return False  # (plain-string tests first: this is asked for most capitalised words)
        if not word.isalpha():
            return False
    if not current and doc[i].pos_ not in ("PROPN", "NOUN"):
        return False  # (the tagger reads a name it does not know as anything: "Weimer" ADV)
    if current and _after_attribute(doc, i):
        return False
    # (the tagger's proper-noun tags are no help here, and the dictionaries know some famous names too: a name they
    # know is left to the NER, for precision: "Islam", "Hacking", "Community", "Groß" at a sentence start; a first name
    # alone, "Mohammed", is no one's family name; nor a title, "Major")
    # (an English word, "Community", "Service", "Power", names a thing in German news, not a person)
    if not current and (_dictionary_word(word, lang) or _dictionary_word(word, "en") or _given_name(word, lang)):
        return False
    if gz.role(word, lang) is not None:
        return False
    # alone: no capitalised word, particle or slash next to it ("Donald Trumps", "Pater Jaison", "Sportfoto Zink /
    # MaWi", "Jung von Matt", "Hadi al-Tamimi", "De Vries" are parts of other names)
    particles = {p.lower() for p in lang_resource(lang, "name_particles.txt")}
    before = doc[i - 1] if i > 0 else None
    after = doc[i + 1] if i + 1 < len(doc) else None
    # (a current figure's form may stand before a country's genitive: "bekräftigte Wadephul Israels Recht")
    genitive_country = after is not None and current and gz.country_code(_strip_genitive(after.text), lang) is not None
    if (
        after is not None
        and not genitive_country
        and (
            after.text[:1].isupper()
            or after.text in ("/", "&")
            or after.lower_ in particles
            or after.lower_.startswith(("al-", "el-", "ad-", "as-", "at-", "az-"))
        )
    ):
        return False
    titled = before is not None and gz.role(before.text, lang) is not None  # "Präsident Putin", "Regierung Netanjahu"
    joined = before is not None and (before.text in ("/", "&") or before.lower_ in particles)
    if joined and not titled and not _preposition_particle(doc, i - 1, lang):
        return False
    # ("Auch Putin …": a word capitalised to open the sentence is no part of the name; nor a time word: "trifft am
    # Montag Macron in Paris", thirty-first session)
    opener = before is not None and before.is_sent_start and _dictionary_word(before.lower_, lang)
    dated = before is not None and any(tx.start <= before.idx < tx.end for tx in doc._.timexes or ())
    if before is not None and not titled and before.text[:1].isupper() and not opener and not dated:
        return False
    if gz.org(word, lang) is not None or gz.country_code(word, lang):
        return False
    if not gz.exact_places(word, lang):
        return True
    # "Söder", "Röttgen" are villages too: for a current figure, a place only after a place preposition ("in Söder")
    return current and not (before is not None and before.lower_ in lang_resource(lang, "place_prepositions.txt"))


def _gazetteer_mentions(doc: Doc, view: DocView, taken: list[bool], lang: str) -> list[Mention]:
    """Names the NER missed: organisations, countries, curated places, political actors, big cities."""
    orgs = gz.org_aliases(lang)
    actors = gz.actors(lang)
    current = gz.current_names(lang)  # (with those of international bodies, whom ``actors`` gives no country)
    preps = lang_resource(lang, "place_prepositions.txt")
    context = _text_countries(doc, view, lang)
    place_nouns = gz.place_nouns(lang)
    inner_lower = frozenset(_entity_words("name_inner_lower_words", lang))  # (read once, not per span)
    lower_openers = _lower_org_openers(lang)
    street_heads = _genitive_set(lang_resource(lang, "place_name_heads.txt"))
    words = view.words
    out = []
    i = 0
    n = len(doc)
    while i < n:
        found = None
        # "der kurdischen Regionalregierung": a listed name that opens with a lower-case adjective (orgs.tsv)
        lower_open = not words[i][:1].isupper() and words[i] in lower_openers
        if not taken[i] and (words[i][:1].isupper() or lower_open):
            # what comes before position i is the same for every span length tried below: read once per position
            place_word_before = i > 0 and (
                view.lowers[i - 1] in preps
                or words[i - 1] in place_nouns
                or _place_noun_compound(words[i - 1], place_nouns)
            )
            prep_before = _preposition_before(view, i, lang) if i > 1 else ""
            free = 1  # the untaken tokens from i on (up to five): no span may reach over a taken one
            while free < 5 and i + free < n and not taken[i + free]:
                free += 1
            # Plain-string tests that the one-word helpers below make first (on Token objects): where one fails, that
            # helper answers False, so it is not called. A dateline place is followed by one of these marks
            # (``_dateline_place``); a capital's rules all need the word to name a capital; a place no gazetteer lists
            # is one capitalised word of letters (``_unlisted_place_after_in``).
            dateline_mark_after = i + 1 < n and words[i + 1] in ("(", "/", ",", "–", "-", "—")
            word = words[i]
            unlisted_shape = (
                len(word) >= 4 and word[:1].isupper() and word[1:].islower() and word.replace("'", "").isalpha()
            )
            quoted = i > 1 and words[i - 1] in ("„", '"', "»", "‚")
            start_char = view.starts[i]
            for length in range(free, 0, -1):  # (``free`` is at most five and reaches no further than the doc)
                last = words[i + length - 1]
                text = view.text[start_char : view.ends[i + length - 1]]  # view.span_text(i, i + length)
                listed_org = text in orgs
                if not last[:1].isupper() and length > 1 and last not in inner_lower and not listed_org:
                    continue  # (nineteenth session) unless the words are a listed name ("amnesty international")
                label = None
                site = False
                capital = length == 1 and gz.capital_country(text) is not None
                if length == 1 and listed_org and _attributive_before_noun(doc, i):
                    pass  # "Linke Gruppen", "Grüne Energie": an adjective, not the party
                elif listed_org or ((bare := _strip_genitive(text)) in orgs and length > 0 and text != bare):
                    label = "ORG"
                elif _is_country_or_curated(text, lang) and not _inhabitants(doc, i, text, lang):
                    label = "LOC"
                elif length >= 2 and ((skeleton := gz.name_skeleton(text)) in actors or skeleton in current):
                    label = "PER"
                elif length == 1 and _known_family_name(doc, i, text, lang):
                    label = "PER"  # "Putin kritisierte …", "traf Erdoğan": a listed actor's family name alone
                elif place_word_before and _detectable_city(text, words[i - 1], lang, context):
                    label = "LOC"
                elif prep_before and _detectable_city(text, prep_before, lang, context):
                    label = "LOC"  # "im benachbarten Neunkirchen"
                elif (
                    i > 2 and view.lowers[i - 1] in ("und", "oder") and view.lowers[i - 3] in preps
                    and taken[i - 2] and words[i - 2][:1].isupper()
                    and _detectable_city(text, view.lowers[i - 3], lang, context)
                ):  # fmt: skip
                    label = "LOC"  # "in Lüttich und Gent": the second town of a pair shares the preposition
                elif (
                    length == 1 and i > 0 and "-" in text and not taken[i - 1] and _site_noun(words[i - 1], lang)
                    and _detectable_city(text, "", lang)
                ):  # fmt: skip
                    label = "LOC"  # "am Flughafen Brüssel-Zaventem": a big city and the site's own name
                    site = True
                elif length == 1 and dateline_mark_after and _dateline_city(doc, i, lang):
                    label = "LOC"  # "Bogotá (AFP) – …" missed by the NER: the city of the dateline
                elif capital and _capital_as_subject(doc, i, text, lang):
                    label = "LOC"  # "Bukarest gab seinen Widerstand auf": the capital acts for its government
                elif capital and _capital_as_object(doc, i, text, lang, context):
                    label = "LOC"  # "Manila warf Peking vor, …": the capital as the addressee of an act
                elif length == 1 and _context_city_target(doc, view, i, text, lang, context):
                    label = "LOC"  # "Luftangriffe gegen Sirte", "hatten Tobruk angegriffen": a city the act is aimed at
                elif length == 1 and _capital_genitive(doc, i, text, lang):
                    label = "LOC"  # "kritisierte das Vorgehen Pekings": the capital's genitive after a noun
                elif length == 1 and (
                    (capital and _capital_apposition(doc, i, text, lang))
                    or (unlisted_shape and _unlisted_place_after_in(doc, i, lang))
                ):
                    label = "LOC"  # "die Hauptstadt Tongas, Nuku'alofa, …"; "in Rüttenscheid festgenommen"
                elif length <= 2 and last.rpartition("-")[2] in street_heads and _street_name(doc, i, length, lang):
                    label = "LOC"  # "am Potsdamer Platz", "am Dorothea-Schlegel-Platz"
                if label == "LOC" and length == 1 and text in lang_resource(lang, "months.txt"):
                    label = None  # "Im Juli dieses Jahres": a month, though GeoNames has a hamlet of that name
                if label == "LOC" and quoted and _product_noun(view.words[i - 2], lang):
                    label = "MISC"  # "der Frachter „Hamburg“": a ship named after a place
                if label:
                    a = i - 1 if site else i  # the site noun opens the name ("Flughafen Köln/Bonn")
                    found = Mention(view.starts[a], view.ends[i + length - 1], label, "name",
                                    view.span_text(a, i + length), tok_start=a, tok_end=i + length)  # fmt: skip
                    break
        if found:
            out.append(found)
            for k in range(found.tok_start, found.tok_end):
                taken[k] = True
            i = found.tok_end
        else:
            i += 1
    return out


@lru_cache(maxsize=4)
def _party_role_compounds(lang: str) -> frozenset[str]:
    """ "oppositionspartei", "regierungspartei": each role prefix (``party_role_prefixes``) with each party head
    (``party_heads.txt``), lower-cased, built once (not every pair for every organisation span)."""
    heads = lang_resource(lang, "party_heads.txt")
    return frozenset(p + h.lower() for p in _entity_words("party_role_prefixes", lang) for h in heads)


def _listed_full_name(text: str, lang: str) -> bool:
    """ "Donald Trump": a full name of a listed actor or current figure."""
    skeleton = gz.name_skeleton(text)
    return skeleton in gz.actors(lang) or skeleton in gz.current_names(lang)


def _genitive_figure_stem(view: DocView, i: int, lang: str, titled: bool = False) -> str | None:
    """ "Putins", "Macrons", "Trumps" before a common noun ("Putins Sprecher", "Trumps Zölle"): the current figure's
    name the Saxon genitive is made of (one word, no first name before it unless ``titled``, the last word of a full
    name), else None."""
    word = view.words[i]
    if (
        len(word) < 5
        or not word.endswith("s")
        or not word[:1].isupper()
        or not word.isalpha()
        or i + 1 >= len(view.words)
    ):
        return None
    stem = word[:-1]
    after = view.words[i + 1]
    if not _current_alone_name(stem, lang) or not after[:1].isupper() or not after[1:].islower():
        return None
    before = view.words[i - 1] if i > 0 else ""
    if (
        not titled
        and before[:1].isupper()
        and (_given_name(before, lang) or not _dictionary_word(before.lower(), lang))
    ):
        return None  # "Donald Trumps Zölle": the full name's genitive, read with the name
    if not _dictionary_word(after, lang) or _current_alone_name(after, lang) or gz.country_code(after, lang):
        return None  # (the owned thing is a common noun: "Putins Sprecher", not "Macrons Frankreich")
    return stem


def _genitive_figure_mentions(
    doc: Doc, view: DocView, mentions: list[Mention], taken: list[bool], lang: str
) -> list[Mention]:
    """ "Putins Besuch wurde abgesagt", "Trumps Zölle", "Selenskyjs Rede" (tagged ORG as one span): a current figure in
    the Saxon genitive before a common noun is that person, named without the "-s" (thirty-first session; the mention
    spans the whole word, as NER gold does). A span of the NER over the genitive (and the noun) becomes the person's
    mention; the noun after it is left free."""
    out: list[Mention] = []
    for m in mentions:
        i = m.tok_start
        last = m.tok_end - 1
        if (
            m.label == "PER" and m.kind == "name" and last == i + 1 and _given_name(view.words[i], lang)
            and (stem := _genitive_figure_stem(view, last, lang, titled=True)) is not None
            and _listed_full_name(f"{view.words[i]} {stem}", lang)
        ):  # fmt: skip
            m.text = m.text[: len(m.text) - 1]  # "Donald Trumps Zölle" (the span keeps the token, as NER gold has it)
            continue
        if m.kind != "name" or m.tok_end - i not in (1, 2) or (stem := _genitive_figure_stem(view, i, lang)) is None:
            continue
        if m.tok_end - i == 2:
            taken[i + 1] = False
        m.label, m.text, m.end, m.tok_end = "PER", stem, view.ends[i], i + 1
    for i in range(len(doc) - 1):
        if taken[i] or (stem := _genitive_figure_stem(view, i, lang)) is None:
            continue
        out.append(Mention(view.starts[i], view.ends[i], "PER", "name", stem, tok_start=i, tok_end=i + 1))
        taken[i] = True
    return out


def _genitive_town_mentions(doc: Doc, view: DocView, taken: list[bool], lang: str) -> list[Mention]:
    """ "Potsdams Bildungsministerin", "Schwerins Innenminister": a town in the genitive right before an office
    (a role word or a compound ending in one) is the place whose office it is, found as the town the gazetteer
    would take after "in" (a big city, a town of a home country or of a country the text names)."""
    context = _text_countries(doc, view, lang)
    out = []
    for i in range(len(doc) - 1):
        word = view.words[i]
        if taken[i] or not word.endswith("s") or len(word) < 5 or not word[:1].isupper() or not word.isalpha():
            continue
        after = view.words[i + 1]
        if not after[:1].isupper() or (gz.role(after, lang) is None and _role_suffix(after, lang) is None):
            continue
        stem = word[:-1]
        if i > 0 and _given_name(view.words[i - 1], lang):
            continue  # "Stephan Weils Sprecher": a surname in the genitive, whatever town shares it
        if _given_name(stem, lang) or gz.org(stem, lang) or not _detectable_city(stem, "in", lang, context):
            continue
        tok = doc[i]
        out.append(Mention(tok.idx, tok.idx + len(stem), "LOC", "name", stem, tok_start=i, tok_end=i + 1))
        taken[i] = True
    return out


def _town_after_office(doc: Doc, mentions: list[Mention], lang: str) -> None:
    """ "der Bürgermeister von Susa, Franco Rossi": the one name after "von" and an office only a town has
    (``town_office_titles``) is that town, though the NER took it for a person (a surname after "von")."""
    titles = frozenset(_entity_words("town_office_titles", lang))
    for m in mentions:
        k = m.tok_start
        if m.label != "PER" or m.kind != "name" or m.tok_end != k + 1 or k < 2:
            continue
        if doc[k - 1].lower_ == "von" and doc[k - 2].text in titles:
            m.label = "LOC"


def _place_noun_compound(word: str, place_nouns: frozenset[str]) -> bool:
    """ "Grenzstadt", "Küstendorf", "Nachbarprovinz": a closed compound ending in a place noun of four letters or
    more announces a place name as the noun itself does ("nahe der Grenzstadt Kilis")."""
    return word[:1].isupper() and word.isalpha() and gz.compound_ends_in(word, place_nouns, 4)


def _attributive_before_noun(doc: Doc, i: int) -> bool:
    """Token ``i`` is an adjective: an adjective's ending, no article before it and a common noun after it ("Linke
    Gruppen riefen auf", "Grüne Energie"), so a party name of that spelling is not meant ("die Linke forderte")."""
    word = doc[i].text
    if not (word[1:].islower() and word.endswith(_entity_words("weak_adjective_endings"))) or i + 1 >= len(doc):
        return False  # "BMW Group", "Bosch Rexroth": an organisation's name before another name word
    if i > 0 and doc[i - 1].lower_ in DETERMINERS:
        return False
    nxt = doc[i + 1]
    return nxt.text[:1].isupper() and nxt.text.isalpha() and nxt.tag_ == "NN"


def _capital_as_subject(doc: Doc, i: int, text: str, lang: str = "de") -> bool:
    """A national capital's name as the subject of a verb stands for its government, with no NER span needed.
    The parser often calls a capital opening the sentence an adverb ("Teheran wies … zurück" parsed as advmod): a
    capital alone in the prefield, right before the finite verb, is a whole phrase and a place either way (subject or
    fronted object), unless it is a first name ("Victoria sagte")."""
    if gz.capital_country(text) is None or not _capital_as_subject_shape(doc, i):
        return False
    # (a parsed subject is one whatever its spelling; a bare word before the verb only when it is no first name)
    return _verb_subject(doc[i]) or not _given_name(text, lang)


def _state_as_subject(doc: Doc, i: int, lang: str, view: DocView | None) -> bool:
    """(fifteenth session) A national capital's or a country's name that the NER tagged a person, as the subject
    of a verb or alone before the finite verb of its sentence or headline ("Lima und Quito einigen sich", "Polen
    droht mit Veto"): metonymy for the government, a place. A capital only where the text names its country (by
    name, adjective or dateline), so that a first name of the same spelling ("Victoria lenkt ein") stays a person."""
    text = doc[i].text
    capital = gz.capital_country(text)
    if (capital is None and gz.country_code(text, lang) is None) or _given_name(text, lang):
        return False
    if not _capital_as_subject_shape(doc, i):
        return False
    return capital is None or capital in _text_countries(doc, view or DocView.of(doc), lang)


def _capital_as_subject_shape(doc: Doc, i: int) -> bool:
    """The subject shape of ``_capital_as_subject`` without its capital check: a parsed subject of a verb, or a word
    alone at the sentence start right before the finite verb."""
    tok = doc[i]
    if _verb_subject(tok):
        return True
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return tok.is_sent_start and nxt is not None and nxt.tag_.endswith("FIN") and nxt.text.islower()


def _verb_subject(tok: Token) -> bool:
    """Whether the parser makes ``tok`` the subject of a verb."""
    return tok.dep_ in ("nsubj", "sb") and tok.head.pos_ in ("VERB", "AUX")


def _capital_as_object(doc: Doc, i: int, text: str, lang: str, context: frozenset[str]) -> bool:
    """ "Die Regierung warf Peking vor, …", "kritisierte Teheran scharf": a national capital's name alone as the
    object of a verb stands for its government like a subject does (2026-12-06, thirteenth session). The tagger
    often calls it a common noun there, so the capital's country must be named in the text (which keeps out
    alternate names that are German words, "Kita" for Quito) and the word must stand bare (no article or
    adjective of a common noun) and be no first name."""
    tok = doc[i]
    code = gz.capital_country(text)
    if code is None or code not in context:
        return False
    if tok.dep_ == "flat" and i > 0 and doc[i - 1].ent_type_ == "PER" and tok.head.ent_type_ == "PER":
        return not _given_name(text, lang)  # ("warnte Marco Rubio Peking vor …": parsed as the name's last part)
    if tok.dep_ not in ("obj", "iobj", "da", "oa") or tok.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("det", "amod", "nk") and c.i < i for c in tok.children):
        return False
    return not _given_name(text, lang)


def _context_city_target(doc: Doc, view: DocView, i: int, text: str, lang: str, context: frozenset[str]) -> bool:
    """ "flog Angriffe gegen Sirte", "Gefechte um Tobruk", "hatten Derna angegriffen": a city of 100,000 or more (by
    its main or an alternate name, "Bengasi") in a country the text names, bare after a preposition of aim
    (``target_city_prepositions``) or as the object of a verb, is that place; the NER misses many such cities when
    no locative preposition stands before them (seventeenth session). A first name, a known organisation or a
    word followed by another capitalised name word ("gegen Tripolis Müller") is no such city."""
    if not context or len(text) < 4 or not text.isalpha() or not text[1:].islower():
        return False
    tok = doc[i]
    aimed = i > 0 and view.lowers[i - 1] in _entity_words("target_city_prepositions", lang)
    objected = tok.dep_ in ("obj", "oa") and tok.head.pos_ in ("VERB", "AUX") and tok.pos_ in ("PROPN", "NOUN")
    if objected and tok.pos_ == "NOUN" and _dictionary_word(text, lang):
        return False  # the tagger calls a foreign city a common noun; a German noun ("Essen", "Wesel") stays one
    if not (aimed or objected) or any(c.dep_ in ("det", "amod", "nk") and c.i < i for c in tok.children):
        return False
    if i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i + 1].pos_ == "PROPN":
        return False
    if _given_name(text, lang) or gz.org(text, lang) is not None:
        return False
    index, places = gz.cities()
    return any(places[p].country in context and places[p].population >= 100_000 for p in index.get(gz.norm(text), ()))


def _capital_genitive(doc: Doc, i: int, text: str, lang: str) -> bool:
    """ "kritisierte das Vorgehen Pekings", "die Haltung Moskaus", "an der Seite Kiews": a national capital's name
    with the genitive -s right after a capitalised common noun is that noun's genitive owner and, like the bare
    capital, stands for its government; the NER misses many of these forms (2026-12-06, fifteenth session). A
    first name or a word that is itself a known place ("Paris") is no such genitive."""
    if i == 0 or len(text) < 5 or not text.endswith("s") or text.endswith("ss"):
        return False
    prev = doc[i - 1]
    if prev.tag_ != "NN" or not prev.text[:1].isupper():
        return False
    bare = text[:-1]
    if gz.capital_country(bare) is None or gz.capital_country(text) is not None:
        return False
    return not _given_name(text, lang) and not _given_name(bare, lang)


def _capital_apposition(doc: Doc, i: int, text: str, lang: str) -> bool:
    """ "in der Hauptstadt des Inselstaates, Nuku'alofa, statt": a national capital's name (main or exonym) that
    the tagger calls a proper noun or that is no German dictionary word, set off by commas (or a colon) and standing
    alone, not a first name."""
    tok = doc[i]
    if i == 0 or doc[i - 1].text not in (",", ":") or gz.capital_country(text) is None:
        return False
    if not (tok.tag_ == "NE" or tok.pos_ == "PROPN" or not _dictionary_word(text, lang)):
        return False  # a common noun of the same spelling
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return (nxt is None or not nxt.text[:1].isupper()) and not _given_name(text, lang)


def _street_name(doc: Doc, i: int, length: int, lang: str) -> bool:
    """ "am Dorothea-Schlegel-Platz", "auf dem Roten Platz", "am Potsdamer Platz": after an article or a
    contracted preposition, a hyphen compound of capitalised parts or a capitalised adjective (not the sentence's
    first word) before a head of ``place_name_heads.txt`` (also in the genitive) is the name of a street, square
    or site."""
    if i == 0 or doc[i - 1].lower_ not in lang_resource(lang, "place_articles.txt"):
        return False
    heads = lang_resource(lang, "place_name_heads.txt")
    last = doc[i + length - 1].text.rpartition("-")[2]
    if last not in _genitive_set(heads):
        return False
    first = doc[i].text
    if length == 1:
        parts = first.split("-")
        return len(parts) >= 2 and all(len(p) >= 2 and p[:1].isupper() for p in parts)
    adjective = (
        first[:1].isupper()
        and first[1:].islower()
        and first.endswith(_entity_words("capitalised_adjective_endings", lang))
    )
    return adjective and len(first) >= 4 and doc[i].pos_ in ("ADJ", "PROPN", "NOUN") and "-" not in last


def _unlisted_place_after_in(doc: Doc, i: int, lang: str) -> bool:
    """ "in Rüttenscheid festgenommen", "nahe Villacoublay": one word after "in"/"nahe", a place noun
    (``place_nouns.txt``) or a site noun ("Luftwaffenstützpunkt", ``place_words.tsv``) that the tagger calls a
    proper noun (NE or PROPN), that no lexicon knows (no German word in simplemma's dictionary, no first name,
    organisation or place) and that is no word of a person's name in the text: a town or quarter the gazetteer
    lacks. Not after "bei", "nach", "aus" or "von", which often take people ("bei Merz")."""
    tok = doc[i]
    word = tok.text
    if i == 0 or len(word) < 4:
        return False  # (tested first: no letters to read)
    # a letter no German word has ("Białowieża", tagged NN as often as not) marks a foreign name, whatever the tag
    foreign_letters = _foreign_letters(word.lower())
    proper = tok.tag_ == "NE" or tok.pos_ == "PROPN" or foreign_letters
    if not proper:
        return False
    prev = doc[i - 1].text
    place_nouns = gz.place_nouns(lang)
    after_noun = (
        prev in place_nouns
        or _place_noun_compound(prev, place_nouns)
        or (prev[:1].isupper() and gz.site_noun(prev, lang))
    )  # ("nahe der Grenzstadt Kilis" too)
    # "die Lager in Shëngjin und Gjadër": the last of a list of proper nouns after "in" stands where the first does
    listed = _listed_after_in(doc, i, lang, "unlisted_place_preps.txt")
    # "bei Głuchołazy", "bei Târgu Jiu": after "bei" a word with a letter no German word has is a foreign town
    foreign = prev.lower() == "bei" and foreign_letters
    if prev.lower() not in lang_resource(lang, "unlisted_place_preps.txt") and not (after_noun or listed or foreign):
        return False  # "im Stadtteil Kalk", "auf dem Luftwaffenstützpunkt Villacoublay" are taken too
    if not (word[:1].isupper() and word[1:].islower() and word.replace("'", "").isalpha()):
        return False  # no acronyms, no hyphen compounds
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and ((nxt.text[:1].isupper() and nxt.tag_ == "NE") or nxt.text in ("'", "’")):
        return False  # "in Angela Merkel", "in Merz' Rede"
    if _given_name(word, lang) or _known_name(word, lang) or _dictionary_word(word, lang):
        return False
    return not any(e.label_ == "PER" and any(t.text == word for t in e) for e in doc.ents)


def _preposition_before(view: DocView, i: int, lang: str) -> str:
    """The locative preposition before a town's describing adjectives (``place_adjectives.txt``, a country
    adjective): "im benachbarten Neunkirchen" → "in" (the contracted article read as its preposition); else ""."""
    p = i - 1
    adjectives = lang_resource(lang, "place_adjectives.txt")
    while p > 0 and view.words[p][:1].islower() and (
        view.lowers[p] in adjectives or gz.demonym_adjective(view.lowers[p], lang)
    ):  # fmt: skip
        p -= 1
    if p == i - 1:
        return ""
    prep = {"im": "in", "beim": "bei"}.get(view.lowers[p], view.lowers[p])
    return prep if prep in HOME_TOWN_PREPOSITIONS else ""  # not "von brutalen Morden"


# After these, towns of the home countries are taken too ("aus Eisenach"); "von" is left out: "von Martin".
HOME_TOWN_PREPOSITIONS = frozenset(_entity_words("home_town_prepositions"))


def _text_countries(doc: Doc, view: DocView, lang: str) -> frozenset[str]:
    """Countries the text or headline names, by country name or country adjective (read once per document: several
    mention rules ask)."""
    key = ("chronik.text_countries", lang)
    if key not in doc.user_data:
        doc.user_data[key] = _named_countries(doc, view, lang)
    return doc.user_data[key]


def _named_countries(doc: Doc, view: DocView, lang: str) -> frozenset[str]:
    words = view.words + re.findall(r"[\w\-]+", doc._.title or "")
    out = set()
    for word in dict.fromkeys(words):  # each distinct word once: the answer is a set
        code = gz.demonym_adjective(word, lang) if word[:1].islower() else None
        if code is None and word[:1].isupper() and len(word) > 3:
            code = gz.country_code(word, lang)
        if code:
            out.add(code)
    # "LISSABON (dpa) – … bei Nazaré": the dateline names where the report comes from, so the towns of its country
    # are as expected as those of a country the text names ("MADRID (dpa) – Bei Cáceres brannte Wald")
    code = _dateline_text_country(doc, lang)
    if code:
        out.add(code)
    return frozenset(out)


def _dateline_text_country(doc: Doc, lang: str) -> str | None:
    """The country of the dateline city in the first lines ("ATHEN (dpa) –", "DEN HAAG (AFP) –"), or None; of a
    double dateline in two countries, the first city's (see ``dateline_countries``)."""
    countries = dateline_countries(doc, lang)
    return countries[0] if countries else None


DATELINE_LIMIT = 60  # tokens: a dateline opens the text or the paragraph after a title and a teaser line
DATELINE_DASHES = ("–", "-", "—")


def dateline_countries(doc: Doc, lang: str) -> tuple[str, ...]:
    """(fifteenth session) The countries of the dateline's places, in the dateline's order and each once: ("BAGDAD
    (dpa) –" → IRQ; "DEN HAAG (AFP) –" → NLD; "BRÜSSEL/MANAGUA (dpa) –" → BEL, NIC; "Doha/Kairo (Reuters) –" →
    QAT, EGY); empty without a dateline. The one reading for the entity linker (text country, reported country)
    and the geo resolver (focus country).
    A dateline opens a paragraph in the first lines; it is one to four words per place, places joined by
    slashes, and ends in "(agency) –", a bare dash, or (in capitals only) a comma. Every place must be a city or
    a country the gazetteer knows under any of its names (German, local, alternate), and no known
    organisation ("NATO"). A name in small letters ("Jena (dpa) –") needs the bracketed word and the dash, which
    a sentence opening with a person's name has not ("Lingen (CDU) sagte"). Read once per document: the linker and
    the geo resolver both ask."""
    key = ("chronik.dateline_countries", lang)
    if key not in doc.user_data:
        doc.user_data[key] = _first_dateline(doc, lang)
    return doc.user_data[key]


def _first_dateline(doc: Doc, lang: str) -> tuple[str, ...]:
    """The countries of the first dateline in the document's opening tokens (see ``dateline_countries``)."""
    for i in range(min(len(doc), DATELINE_LIMIT)):
        if i and "\n" not in doc[i - 1].text_with_ws:
            continue
        codes = _dateline_at(doc, i, lang)
        if codes:
            return codes
    return ()


def _dateline_at(doc: Doc, i: int, lang: str) -> tuple[str, ...]:
    """The countries of a dateline that starts at token ``i`` (see ``dateline_countries``), or ()."""
    n = len(doc)
    parts: list[tuple[int, int]] = []
    a = i
    while True:
        b = a
        while (
            b < n
            and b - a < 4
            and doc[b].text.replace("-", "").replace("'", "").isalpha()
            and doc[b].text[:1].isupper()
        ):
            b += 1
        if b == a:
            return ()
        parts.append((a, b))
        if b < n and doc[b].text == "/" and len(parts) < 3:
            a = b + 1
            continue
        break
    if b >= n:
        return ()
    capitals = all(doc[k].text.isupper() for a, b in parts for k in range(a, b))
    bracket = doc[b].text == "(" and any(
        doc[k].text == ")" and k + 1 < n and doc[k + 1].text in DATELINE_DASHES for k in range(b + 2, min(b + 8, n))
    )
    if not (bracket or doc[b].text in DATELINE_DASHES or (capitals and doc[b].text in ("(", ","))):
        return ()
    if not capitals and not bracket:
        return ()  # "Trump – der Präsident": a capitalised name before a dash is no dateline in small letters
    if not capitals and _bracket_names_no_agency(doc, b + 1, lang):
        return ()  # "Hagen (SPD) – der Bürgermeister –": a person and a party, not a town and an agency
    codes: list[str] = []
    for k, (a, b) in enumerate(parts):
        code = _dateline_part_country(doc[a:b].text, lang)
        if code is None and k and b - a == 1 and not gz.org(doc[a].text, lang):
            # "FRANKFURT/MAIN", "HALLE/SAALE": a river or region after the slash names the city before it, whose
            # full name the gazetteer may know ("Halle (Saale)", not the Belgian Halle)
            pa, pb = parts[k - 1]
            full = f"{doc[pa:pb].text} ({doc[a].text})"
            if any(p.kind == "city" for p in gz.exact_places(full, lang)):
                codes[-1:] = [_biggest_place_country(full, lang) or codes[-1]] if codes else []
            continue
        if code is None:
            return ()
        if code not in codes:
            codes.append(code)
    return tuple(codes)


def _bracket_names_no_agency(doc: Doc, start: int, lang: str) -> bool:
    """The bracket opened before ``start`` holds a known organisation that is no news agency (a party, a company)."""
    kinds = _org_kinds(lang)
    for k in range(start, min(start + 6, len(doc))):
        if doc[k].text == ")":
            break
        org = gz.org(doc[k].text, lang)
        if org is not None and kinds.get(org.name) != "news_agency":
            return True
    return False


def _dateline_part_country(name: str, lang: str) -> str | None:
    """The country of one dateline place: a country name, else the most populous namesake city."""
    if len(name) < 3 or gz.org(name, lang) or gz.org(name.title(), lang):
        return None
    code = gz.country_code(name, lang) or gz.country_code(name.title(), lang)
    if code:
        return code
    if not any(p.kind == "city" for p in gz.exact_places(name, lang)):
        return None  # a region or a building opens no dateline
    return _biggest_place_country(name, lang)


def _detectable_city(text: str, preposition: str, lang: str, context: frozenset[str] = frozenset()) -> bool:
    """A big city's name, a town after a locative preposition in a home country or in a country the text names
    ("in Grasse" in an article about France), or a quarter ("Berlin-Kreuzberg")."""
    cities = gz.detectable_cities()
    key = gz.norm(text)
    if key in cities:
        return True
    if not text[:1].isupper():
        return False
    place_noun = preposition[:1].isupper()  # "Stadtteil", "Gemeinde" … (see place_nouns.txt)
    if (preposition.lower() in HOME_TOWN_PREPOSITIONS or place_noun) and key in gz.detectable_home_towns(lang):
        return True
    # "vor Porvoo", "nahe Sines": a town near which something happens, when no German word ("vor Ort")
    near = preposition.lower() in lang_resource(lang, "near_place_preps.txt") and not _dictionary_word(text, lang)
    if preposition.lower() in HOME_TOWN_PREPOSITIONS | {"von"} or place_noun or near:
        # towns of a country the text names; after a place noun any GeoNames town
        index, places = gz.cities()
        if any(places[p].country in context or place_noun for p in index.get(key, ())):
            return True
    head = text.split("-")[0]
    return "-" in text and " " not in text and gz.norm(head) in cities and text[len(head) + 1 :][:1].isupper()


def _name_token(tok: Token, lang: str, loose: bool = False) -> bool:
    """Could this token be part of a person's name (after a title, or after a first name when ``loose``)?"""
    if _PARTICLE_NAME.match(tok.text) and tok.text.replace("-", "").isalpha() and tok.pos_ in ("PROPN", "NOUN", "X"):
        return True  # "der Geistliche Hadi al-Rubaie": a surname opening with a lower-case particle
    if not _is_capitalised(tok) or not tok.text.replace("-", "").isalpha() or tok.lower_ in DETERMINERS:
        return False
    if gz.role(tok.text, lang) or gz.country_code(tok.text, lang) or tok.text in gz.org_aliases(lang):
        return False
    if gz.demonym_noun(tok.text, lang) or gz.demonym_adjective(tok.text, lang):
        return False
    if loose:
        return tok.pos_ in ("PROPN", "NOUN", "X")
    return tok.pos_ in ("PROPN", "") or (tok.pos_ == "NOUN" and tok.tag_ == "NE")


@lru_cache(maxsize=1 << 12)
def _name_title_noun(word: str, lang: str) -> bool:
    """ "Aktivisten", "Journalistin", "Menschenrechtsaktivist", "Sikh-Aktivisten": a noun of ``name_title_nouns.txt``
    (inflected, or the head of a compound) that news puts before a person's full name, as it does a title."""
    nouns = lang_resource(lang, "name_title_nouns.txt")
    shortest = _shortest_lowered(lang, "name_title_nouns.txt")
    tails = tuple(shortest)  # (a stem that ends in none of them has no tail to look up below)
    last = word.rpartition("-")[2]
    for form in (last, last.capitalize()):
        for ending in ("", *_entity_words("name_title_noun_endings", lang)):
            stem = form[: -len(ending)] if ending and form.endswith(ending) else form
            if ending and not form.endswith(ending):
                continue
            if stem in nouns:
                return True
            if not stem.endswith(tails):
                continue
            # a noun (lower-cased) ending the stem after more than two letters: each tail of the stem looked up
            for k in range(len(stem)):
                length = shortest.get(stem[k:])
                if length is not None and len(stem) > length + 2:
                    return True
    return False


@lru_cache(maxsize=8)
def _shortest_lowered(lang: str, name: str) -> dict[str, int]:
    """Each entry of the resource ``name`` lower-cased → the length of the shortest entry with that lower-case form
    (read once: the compound test looks the tails of a word up here instead of trying every entry)."""
    out: dict[str, int] = {}
    for entry in lang_resource(lang, name):
        low = entry.lower()
        out[low] = min(out.get(low, len(entry)), len(entry))
    return out


def _titled_split_names(doc: Doc, view: DocView, mentions: list[Mention], lang: str) -> list[Mention]:
    """ "Oppositionsführer Gilchrist Olympio": right after a person's title, an unknown proper noun the NER left out
    and a one-word place or organisation that no list knows are one person's name (an unknown given name, then the
    surname read as a place; thirtieth session, Wikinews)."""
    out: list[Mention] = []
    for m in mentions:
        k = m.tok_start
        if (
            m.label in ("LOC", "ORG")
            and m.tok_end - k == 1
            and k >= 2
            and doc[k - 1].pos_ == "PROPN"
            and view.words[k - 1].isalpha()
            and view.words[k - 1][:1].isupper()
            and not any(x.tok_start <= k - 1 < x.tok_end for x in mentions)
            and (role := gz.role(view.words[k - 2], lang)) is not None
            and role.kind == "person"
            and view.words[k].isalpha()
            and not gz.exact_places(m.text, lang)
            and gz.org(m.text, lang) is None
            and not _is_country_or_curated(m.text, lang)
            and not _is_country_or_curated(view.words[k - 1], lang)
        ):
            start = doc[k - 1].idx
            out.append(replace(m, start=start, text=view.text[start : m.end], tok_start=k - 1, label="PER"))
            continue
        out.append(m)
    return out


def _titled_name_mentions(doc: Doc, view: DocView, taken: list[bool], lang: str) -> list[Mention]:
    """Names the NER missed right after a person's title: "Ministerpräsidentin Beata Szydlo sprach …"."""
    out = []
    for i, word in enumerate(view.words):
        if taken[i] or not word[:1].isupper():
            continue
        role = gz.role(word, lang) or _split_compound(word, lang)[1]  # "Bundesjustizminister"
        suffix = role is None and word.isalpha() and i + 2 < len(doc) and not taken[i + 1]
        if suffix:
            role = _role_suffix(word, lang)  # "Außenamtssprecher Hossein Rahimi": a closed compound's title
        named_by_deed = role is None and i + 2 < len(doc) and _name_title_noun(word, lang)
        if (role is None or role.kind != "person") and not named_by_deed:
            continue
        tok = doc[i]
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 3 and not taken[end] and _name_token(doc[end], lang):
            prev = view.words[end - 1]
            if end > tok.i + 1 and prev.endswith("s") and not _given_name(prev, lang) and (
                view.words[end][1:].islower() and _dictionary_word(view.words[end], lang)
            ):  # fmt: skip
                break  # (eighteenth session) "Präsident Trumps | Entscheidung": the genitive name owns the noun
            end += 1
        if suffix and end < len(doc) and taken[end]:
            continue  # "Armeesprecher Oberst | Somchai Prasert": a rank before the name found already
        if end == tok.i + 2 and end < len(doc) and taken[end] and _given_name(view.words[end - 1], lang):
            continue  # (eighteenth session) "Landesgruppenvorsitzende Hans-Peter | Friedrich": the first name of the
            # person the NER found right after it (joined by _given_name_before), no person of its own
        n = end - tok.i - 1
        propn = sum(doc[k].pos_ == "PROPN" for k in range(tok.i + 1, end))
        # two capitalised words, or one the tagger calls a proper noun ("Staatspräsident Mattarella")
        if (n >= 2 and (propn or not doc[tok.i].pos_)) or (n == 1 and propn == 1):
            span = doc[tok.i + 1 : end]
            out.append(Mention(span.start_char, span.end_char, "PER", "name", span.text, tok_start=span.start,
                               tok_end=span.end))  # fmt: skip
            for k in range(span.start, span.end):
                taken[k] = True
    return out


def _inhabitants(doc: Doc, i: int, text: str, lang: str) -> bool:
    """ "der Polen", "die Briten": an inhabitant noun after a determiner means the people, not the country."""
    if i == 0 or doc[i - 1].lower_ not in DETERMINERS or gz.demonym_noun(text, lang) is None:
        return False
    if i >= 2 and doc[i - 2].text == ",":
        return False  # "nach Polen, der Polen einer Gefahr aussetzt": a relative pronoun, not an article
    return doc[i - 1].pos_ in ("DET", "")  # a relative pronoun "der" ("nach Polen, der Polen …") is no article


def _given_name_mentions(doc: Doc, view: DocView, taken: list[bool], lang: str) -> list[Mention]:
    """ "Giuseppe Conte", "Fouad Belkacem" missed by the NER: a known first name followed by capitalised name words.

    Needs the tagger (a first name must be tagged as a noun or proper noun, which rules out "Sein Vater")."""
    names = gz.given_names(lang)
    out = []
    for i, word in enumerate(view.words):
        if taken[i] or not word[:1].isupper():
            continue
        if word not in names and "-" not in word:
            continue  # not given below (a Token object only for the candidates)
        tok = doc[i]
        parts = tok.text.split("-")
        # "Gina-Lisa", "Karl-Theodor": a hyphenated first name with one known part and both parts capitalised
        plain = all(p[:1].isupper() and p[1:].islower() for p in parts)
        given = tok.text in names or (len(parts) == 2 and any(p in names for p in parts) and plain)
        if taken[tok.i] or not given or tok.pos_ not in ("PROPN", "NOUN"):
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 2 and not taken[end] and _name_token(doc[end], lang, loose=True):
            end += 1
            if _genitive_surname(view.words[end - 1], names):
                break  # "Matteo Salvinis Lega": the genitive ends the name, what follows is his
        if end > tok.i + 1:
            span = doc[tok.i : end]
            out.append(Mention(span.start_char, span.end_char, "PER", "name", span.text, tok_start=span.start,
                               tok_end=span.end))  # fmt: skip
            for k in range(span.start, span.end):
                taken[k] = True
    return out


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _find_whole(text: str, needle: str) -> list[int]:
    """Start offsets of ``needle`` as a whole word in ``text`` (what ``(?<!\\w)needle(?!\\w)`` finds), by plain
    ``str.find``: a regex per name would be compiled again for every name of every document."""
    out = []
    i = text.find(needle)
    while i >= 0:
        end = i + len(needle)
        if (i == 0 or not _is_word_char(text[i - 1])) and (end == len(text) or not _is_word_char(text[end])):
            out.append(i)
            i = text.find(needle, end)
        else:
            i = text.find(needle, i + 1)
    return out


def _org_pattern_mentions(
    doc: Doc, view: DocView, mentions: list[Mention], taken: list[bool], lang: str
) -> list[Mention]:
    """Organisation names the NER missed, by their shape:

    * a capitalised hyphen compound ending in a party head, with an acronym, a number word or a known name in front
      ("Fünf-Sterne-Bewegung", "CDU-Fraktion": not "Regierungs-Partei", and not "Labour-Partei" either);
    * the name after a generic head noun, in quotes or as proper nouns / foreign words ("die Zeitung „Hürriyet“",
      "die Partei Prawo i Sprawiedliwość", "die Tageszeitung La Nacion");
    * a proper noun owned by a person named in the genitive ("Matteo Salvinis Lega", "Erdoğans AKP"): a party or
      company; a relative or aide is a common noun ("Trumps Sohn") and a country is found by the gazetteer first."""
    # token after a person's genitive name ("Salvinis")
    given = gz.given_names(lang)
    owned = {
        m.tok_end for m in mentions
        if m.label == "PER" and m.kind == "name" and _genitive_surname(m.text.split()[-1], given)
    }  # fmt: skip
    party_heads = lang_resource(lang, "party_heads.txt")
    name_heads = lang_resource(lang, "name_heads.txt")
    long_heads = tuple(h.lower() for h in name_heads if len(h) >= 4)  # one str.endswith per word, not one per head
    numbers = _number_words(lang)
    place_nouns = gz.place_nouns(lang)
    words = view.words
    out: list[Mention] = []
    single = {m.tok_start: m for m in mentions if m.kind == "name" and m.tok_end == m.tok_start + 1}
    # (sixteenth session) "Ryanair-Chef Declan Byrne": the front of a hyphen compound with a person's title names
    # the body that person leads or speaks for
    led = {front for w in words if "-" in w and (front := _front_of_title(w, lang)) is not None}  # (no "-": None)
    for i, word in enumerate(words):
        if taken[i] and word in led and i in single and single[i].label == "LOC" and _unplaced_word(word, lang):
            single[i].label = "ORG"  # "auch Ryanair sagte Flüge ab" tagged LOC, with "Ryanair-Chef" in the text
            continue
        if taken[i] and i in single and single[i].label in ("PER", "LOC") and _party_by_orientation(doc, view, i):
            single[i].label = "ORG"  # "die rechtsextreme Chega" tagged PER: the orientation adjective makes a party
            continue
        if taken[i] and i in single and single[i].label == "PER" and _company_named_after(doc, view, i, lang):
            single[i].label = "ORG"  # "des Landmaschinenherstellers Hollmann" tagged PER: a company, as the noun says
            continue
        if taken[i] and i in single and single[i].label == "LOC" and _org_named_after(doc, view, i, lang):
            single[i].label = "ORG"  # "die Staatengemeinschaft Ecowas" tagged LOC: the head noun makes a body
            continue
        if taken[i] or not word[:1].isupper():
            continue
        if _described_acronym(doc, view, i):  # "die rechtsnationale AUR": an unknown acronym with an adjective
            end = i + 1
            while (
                end < len(words) and end - i < 4 and not taken[end] and words[i].isalpha() and not words[i].isupper()
                and _foreign_name_token(doc[end], lang) and not _given_name(words[end], lang)
            ):  # fmt: skip
                end += 1  # "der rechtsextreme Vlaams Belang": the foreign name's further words
            out.append(Mention(view.starts[i], view.ends[end - 1], "ORG", "name", view.span_text(i, end),
                               tok_start=i, tok_end=end))  # fmt: skip
            for k in range(i, end):
                taken[k] = True
            continue
        parts = word.split("-")
        if len(parts) >= 2 and all(p[:1].isupper() for p in parts) and _ends_in_head(parts[-1], party_heads):
            first = parts[0]
            # an acronym further in names the movement too ("die No-TAV-Bewegung", "die Pro-EU-Partei")
            acronym = any(p.isupper() and p.isalpha() and len(p) >= 2 for p in parts[:-1])
            # a hyphenated or several-word organisation in front ("die Al-Schabaab-Miliz", "der Boko-Haram-Miliz":
            # German joins every word of the name to the head with hyphens)
            known_front = len(parts) > 2 and _org_front(parts, lang) is not None
            if acronym or first.casefold() in numbers or _known_name(first, lang) or known_front:
                out.append(Mention(view.starts[i], view.ends[i], "ORG", "name", word, tok_start=i, tok_end=i + 1))
                taken[i] = True
            continue
        if _international_body_compound(doc, view, i, taken, lang):  # "das UN-Menschenrechtsbüro in Genf"
            out.append(Mention(view.starts[i], view.ends[i], "ORG", "name", word, tok_start=i, tok_end=i + 1))
            taken[i] = True
            continue
        facility = _facility_noun(word, lang) and doc[i].pos_ in ("NOUN", "PROPN")
        if (
            (word in place_nouns or facility) and i + 1 < len(words) and not taken[i + 1]
            and _place_name_token(doc[i + 1], lang)
        ):  # fmt: skip  # "die Urananreicherungsanlage Fordo": a facility's name is its place
            end = i + 2  # "im Stadtteil Molenbeek": a place too small or too new for GeoNames
            while end < len(words) and end - i <= 3 and not taken[end] and _place_name_token(doc[end], lang):
                end += 1
            out.append(Mention(view.starts[i + 1], view.ends[end - 1], "LOC", "name", view.span_text(i + 1, end),
                               tok_start=i + 1, tok_end=end))  # fmt: skip
            for k in range(i + 1, end):
                taken[k] = True
            continue
        named = _adjective_institution_name(doc, view, i, taken, lang)
        if named is not None:  # "der Militärische Abschirmdienst", "das Statistische Amt"
            out.append(Mention(view.starts[i], view.ends[named - 1], "ORG", "name", view.span_text(i, named),
                               tok_start=i, tok_end=named))  # fmt: skip
            for k in range(i, named):
                taken[k] = True
            continue
        if _institution_compound(doc, i, word, lang):  # "Bundesanwaltschaft", "Bundessozialgericht"
            out.append(Mention(view.starts[i], view.ends[i], "ORG", "name", word, tok_start=i, tok_end=i + 1))
            taken[i] = True
            continue
        position = _org_name_words(lang).get(word)
        if position is not None:
            span = _foreign_org_name(doc, view, i, position, taken, lang)
            if span is not None:
                a, b = span
                out.append(Mention(view.starts[a], view.ends[b - 1], "ORG", "name", view.span_text(a, b),
                                   tok_start=a, tok_end=b))  # fmt: skip
                for k in range(a, b):
                    taken[k] = True
                continue
        span = None
        # also a closed compound ending in a head ("die Menschenrechtsorganisation Wjasna", "die Fluglinie X")
        compound = word[1:].islower() and word.endswith(long_heads)
        # (sixteenth session) or a hyphen compound whose last part ends in one ("das UN-Nothilfebüro Ocha", "die
        # EU-Grenzschutzagentur Frontex")
        last = word.rsplit("-", 1)[-1]
        compound = compound or (
            "-" in word and last[:1].isupper() and last[1:].islower() and last.casefold().endswith(long_heads)
        )
        # (fifteenth session) also a compound in the genitive ("des staatlichen Gesundheitsdienstes NHS",
        # "des Landmaschinenherstellers Hollmann")
        compound = compound or (
            word[1:].islower() and any(word[:-k].endswith(long_heads) for k in (1, 2) if word[-k:] in ("s", "es"))
        )
        genitive = word.endswith("s") and (word[:-1] in name_heads or (word.endswith("es") and word[:-2] in name_heads))
        if (word in name_heads or compound or genitive) and i + 1 < len(words):
            span = _name_after_head(doc, view, i + 1, taken, lang)
        elif i in owned and words[i] not in gz.given_names(lang) and _foreign_name_token(doc[i], lang):
            span = _name_after_head(doc, view, i, taken, lang)
        if span is not None:
            _add_org_name(view, out, taken, *span)
    return out


def _head_noun_acronyms(
    doc: Doc, view: DocView, mentions: list[Mention], taken: list[bool], lang: str
) -> list[Mention]:
    """(2026-12-06, nineteenth session) "die nationale Polizei PNTL", "vom Radsportverband UCI", "der
    Parlamentsfraktion LSAP": an unknown all-capital short form right after a noun ending in an organisation head
    (``org_heads.txt``) is that organisation's name. A one-word mention the NER made of the head noun itself
    ("Radsportverband" tagged LOC) is a common noun and goes, also where the short form is listed (orgs.tsv) and
    found already; a known name there stays, and so does a head the NER tagged as an organisation."""
    heads = lang_resource(lang, "org_heads.txt")
    words = view.words
    single = {m.tok_start: m for m in mentions if m.tok_end == m.tok_start + 1}
    out: list[Mention] = []
    for i in range(len(words) - 1):
        word = words[i]
        short = words[i + 1]
        if not short.isalpha() or not short.isupper() or (i + 2 < len(words) and words[i + 2] in ("-", "/")):
            continue  # (tested first: most words have no all-capital short form after them)
        if not (word[:1].isupper() and word[1:].islower() and _ends_in_head(word, heads)):
            continue
        before = words[i - 1] if i > 0 else ""
        if before[:1].isupper() and before.isalpha() and not before.endswith("er"):
            continue  # the head ends a longer name ("Deutsche Post DHL"); not a town's adjective ("Luxemburger")
        listed = single.get(i + 1)  # the short form found already ("vom Radsportverband UCI", UCI listed)
        if taken[i + 1] and (listed is None or listed.label != "ORG"):
            continue
        if not taken[i + 1] and not _head_acronym(short, lang):
            continue
        if taken[i]:
            head = single.get(i)
            if head is None or head.kind != "name" or head.label == "ORG" or _known_name(word, lang):
                continue
            mentions.remove(head)
            taken[i] = False
        if not taken[i + 1]:
            _add_org_name(view, out, taken, i + 1, i + 2)
    return out


def _add_org_name(
    view: DocView, out: list[Mention], taken: list[bool], a: int, b: int, text: str | None = None
) -> None:
    """Add the organisation name over tokens ``a``–``b`` (its own text unless ``text`` names it otherwise, e.g. in
    the nominative) and mark those tokens as taken."""
    name = text if text is not None else view.span_text(a, b)
    out.append(Mention(view.starts[a], view.ends[b - 1], "ORG", "name", name, tok_start=a, tok_end=b))
    for k in range(a, b):
        taken[k] = True


def _listed_party_names(
    doc: Doc, view: DocView, mentions: list[Mention], taken: list[bool], lang: str
) -> list[Mention]:
    """ "die Oppositionsparteien Progressive Slowakei und Freiheit und Solidarität", "die Regierungsparteien Neue
    Mitte und Freie Bürger": after a plural party noun (a head of ``party_heads.txt`` in the plural, or another
    organisation kind of ``org_list_heads.txt``: "die Gewerkschaften CCOO und UGT") come the
    names of two or more parties, joined by ``list_joiners.txt``. Party names are often ordinary words ("Freiheit",
    "Ordnung"), so the list itself is the evidence: the capitalised words up to the next lower-case word are split
    at the commas and at the first "und"/"sowie" outside a name already found; the last part keeps any further "und"
    (a party may be called "Recht und Gerechtigkeit"). Each part is an organisation; a part the NER read as a
    person is relabelled, a known place is left alone."""
    heads = tuple(h.lower() for h in lang_resource(lang, "party_heads.txt"))
    plurals = tuple(h + e for h in heads for e in lang_resource(lang, "party_head_plural_endings.txt"))
    plurals += tuple(lang_resource(lang, "org_list_heads.txt"))  # "die Gewerkschaften CCOO und UGT"
    found_at = {m.tok_start: m for m in mentions if m.kind == "name"}
    joiners = lang_resource(lang, "list_joiners.txt")
    words = view.words
    n = len(words)
    out: list[Mention] = []
    for i, word in enumerate(words):
        if not (word[1:].islower() and view.lowers[i].endswith(plurals)) or i + 1 >= n:
            continue
        end = i + 1  # the list: capitalised words and joiners, up to the next other word
        while end < n and (words[end][:1].isupper() or words[end] in joiners) and end - i <= 12:
            end += 1
        while end > i + 1 and words[end - 1] in joiners:
            end -= 1
        if end - i < 4 or not any(w in joiners and w != "," for w in words[i + 1 : end]):
            continue
        parts: list[tuple[int, int]] = []
        a = i + 1
        k = a
        while k < end:
            m = found_at.get(k)
            if m is not None and m.tok_end <= end:
                k = m.tok_end  # a name already found is one part, whatever words it holds
                continue
            if words[k] == "," or (words[k] in joiners and not any(words[x] in joiners for x in range(a, k))):
                parts.append((a, k))
                a = k + 1
                if words[k] != ",":  # after "und", "sowie": the last part runs to the end of the list
                    break
            k += 1
        parts.append((a, end))
        if len(parts) < 2 or any(b <= x or b - x > 4 for x, b in parts):
            continue
        if any(_plural_common_noun(doc[b - 1], lang) for x, b in parts):
            continue  # "die Parteien A und B Änderungen": the list ends before an object noun
        for x, b in parts:
            m = found_at.get(x)
            if m is not None and m.tok_end == b:
                if m.label == "PER":
                    m.label = "ORG"  # "Freie Bürger" tagged PER: a party of the list
                continue
            if any(taken[x:b]) or gz.exact_places(view.span_text(x, b), lang):
                continue  # "an den Fronten Charkiw und Saporischschja": places, no parties
            out.append(Mention(view.starts[x], view.ends[b - 1], "ORG", "name", view.span_text(x, b), tok_start=x,
                               tok_end=b))  # fmt: skip
            for k in range(x, b):
                taken[k] = True
    return out


def _mission_noun(word: str, lang: str) -> bool:
    """ "Mission", "Marinemission", "EU-Mission": a noun of ``mission_nouns.txt``, also as a hyphen compound's last
    part (not "Kommission", which is no listed noun)."""
    return word.rpartition("-")[2] in lang_resource(lang, "mission_nouns.txt")


def _mission_names(doc: Doc, view: DocView, mentions: list[Mention], taken: list[bool], lang: str) -> list[Mention]:
    """ "im Rahmen der EU-Mission Aspides", "die Nato-Mission Sea Guardian": one to three capitalised proper nouns
    right after a mission noun name the mission, an organisation (its ships and soldiers act). The NER misses such
    names or calls them a person or place; a country or known place after the noun ("die Mission Mali") is left."""
    found_at = {m.tok_start: m for m in mentions if m.kind == "name"}
    words = view.words
    n = len(words)
    out: list[Mention] = []
    for i in range(n - 1):
        if not _mission_noun(words[i], lang):
            continue
        m = found_at.get(i + 1)
        if m is not None:
            if m.label in ("PER", "LOC", "MISC") and not gz.exact_places(m.text, lang):
                m.label = "ORG"  # "Nato-Mission Sea Guardian" tagged PER
            continue
        end = i + 1
        while end < n and end - i <= 3 and not taken[end] and _is_capitalised(doc[end]) and doc[end].pos_ == "PROPN":
            end += 1
        if end == i + 1 or gz.exact_places(view.span_text(i + 1, end), lang):
            continue
        out.append(Mention(view.starts[i + 1], view.ends[end - 1], "ORG", "name", view.span_text(i + 1, end),
                           tok_start=i + 1, tok_end=end))  # fmt: skip
        for k in range(i + 1, end):
            taken[k] = True
    return out


def _described_acronym(doc: Doc, view: DocView, i: int) -> bool:
    """ "die rechtsnationale AUR", "die oppositionelle PSD": an all-capital word of two to five letters that no
    dictionary knows ("KI", "WM", "DNA" are known), after "die" and a lower-case adjective, is an organisation
    (parties and bodies are feminine nouns)."""
    word = view.words[i]
    # "die oppositionelle PiS", "der rechten AfD": a short form with small letters inside that opens and ends in
    # capitals and has two of them is an acronym too; after "der" the adjective ends in "-en" (genitive, dative)
    # (the capitals are counted only in a short word: most words are longer)
    acronym = (
        2 <= len(word) <= 5
        and word.isalpha()
        and (word.isupper() or (word[0].isupper() and word[-1].isupper() and sum(ch.isupper() for ch in word) >= 2))
    )
    article = view.lowers[i - 2] if i >= 2 else ""
    return (
        acronym
        and i >= 2
        and (article == "die" or (article == "der" and view.words[i - 1].endswith("en")))
        and view.words[i - 1].islower()
        and view.words[i - 1].endswith(_entity_words("weak_adjective_endings"))
        and doc[i - 1].pos_ == "ADJ"
        and not _dictionary_word(word, doc.lang_)
    ) or _party_by_orientation(doc, view, i)


def _company_named_after(doc: Doc, view: DocView, i: int, lang: str) -> bool:
    """ "des Landmaschinenherstellers Hollmann", "der Autozulieferer Brenner": a single capitalised word right after a
    noun for a company (``company_name_heads.txt``, also as the head of a compound, also in the genitive) names that
    company, even where the NER read a surname; not a known first name, place or title (a person after the noun,
    "der Firmenchef Peter Brenner", has a title noun, not a company noun, before the name)."""
    if i < 1 or (i + 1 < len(doc) and view.words[i + 1][:1].isupper() and doc[i + 1].pos_ == "PROPN"):
        return False  # ("der Konzern Thyssen Krupp": a longer name the NER holds whole or not at all)
    head = view.lowers[i - 1]
    heads = tuple(h.casefold() for h in lang_resource(lang, "company_name_heads.txt"))
    if not view.words[i - 1][1:].islower() or not (
        head.endswith(heads) or (head[-1] == "s" and head[:-1].endswith(heads))
    ):
        return False
    word = view.words[i]
    return (
        word.isalpha()
        and not _given_name(word, lang)
        and not gz.role(word, lang)
        and not gz.country_code(word, lang)
        and not gz.exact_places(word, lang)
    )


def _front_of_title(word: str, lang: str) -> str | None:
    """ "Ryanair-Chef", "Tesla-Sprecherin": the capitalised front of a two-part hyphen compound whose last part is a
    person's title (``roles.tsv``, kind person); None for any other word."""
    front, _, last = word.partition("-")
    if not front[:1].isupper() or not front.isalpha() or not last[:1].isupper() or "-" in last:
        return None
    role = gz.role(last, lang)
    return front if role is not None and role.kind == "person" else None


def _unplaced_word(word: str, lang: str) -> bool:
    """A word that is no country, place, demonym or known person's first name in the gazetteers."""
    return not (
        gz.country_code(word, lang) or gz.exact_places(word, lang) or gz.demonym_noun(word, lang)
        or _given_name(word, lang)
    )  # fmt: skip


def _international_body_compound(doc: Doc, view: DocView, i: int, taken: list[bool], lang: str) -> bool:
    """(sixteenth session) "das UN-Menschenrechtsbüro in Genf", "die EU-Grenzschutzagentur": a hyphen compound of an
    international organisation (in ``orgs.tsv`` with no country) and a noun for a body (``org_heads.txt``,
    ``name_heads.txt``, also as a compound's head) names one of that organisation's bodies; not where a name follows
    the compound ("das UN-Nothilfebüro Ocha": the name is the body's, found after the head), nor "UN-Generalsekretär",
    "EU-Staaten", "EU-Gipfel" (no body noun)."""
    word = view.words[i]
    front, _, last = word.partition("-")
    if not front or not last[:1].isupper() or not last[1:].islower() or not last.isalpha():
        return False
    body = gz.org(front, lang)
    if body is None or body.country is not None or front.casefold() == word.casefold():
        return False
    if not (_ends_in_head(last, lang_resource(lang, "org_heads.txt")) or _named_after_head(last, lang)):
        return False
    if doc[i].morph.get("Number") == ["Plur"]:
        return False  # "die UN-Organisationen": several bodies, no name
    if last in lang_resource(lang, "org_kind_nouns.txt"):
        return False  # "die UN-Organisation": the organisation itself by its kind, no body of its own
    heads = lang_resource(lang, "org_heads.txt") | lang_resource(lang, "name_heads.txt")
    if any(last.casefold() in (h.casefold(), h.casefold() + "s") for h in heads):
        return False  # "die UN-Mission", "das EU-Büro": a kind of body, no name; only a field names one
    after = view.words[i + 1 : i + 6]
    if "(" in after and any(w.isupper() and len(w) >= 3 for w in after):
        return False  # "der UN-Unterstützungsmission in Libyen (UNSMIL)": a long name with its short form
    if i + 1 < len(doc) and taken[i + 1] and view.words[i + 1][:1].isupper():
        return False  # "die UN-Mission Monusco" with the name tagged: the name is the body's
    return i + 1 >= len(doc) or _name_after_head(doc, view, i + 1, taken, lang) is None


def _org_named_after(doc: Doc, view: DocView, i: int, lang: str) -> bool:
    """(sixteenth session) "die Staatengemeinschaft Ecowas", "der Fluggesellschaft Aerolux": one capitalised word
    right after a generic head noun of a body (``name_heads.txt``, also a compound or a genitive) names that body,
    where the NER read it as a place; not a place or country the gazetteer knows ("die Bank Frankfurt")."""
    if (
        i < 1
        or not _named_after_head(view.words[i - 1], lang)
        or not view.words[i - 1].rsplit("-", 1)[-1][1:].islower()
    ):
        return False
    if i + 1 < len(doc) and view.words[i + 1][:1].isupper() and doc[i + 1].pos_ == "PROPN":
        return False  # a longer name the NER holds whole or not at all
    word = view.words[i]
    return word.isalpha() and not gz.country_code(word, lang) and not gz.exact_places(word, lang)


def _party_by_orientation(doc: Doc, view: DocView, i: int) -> bool:
    """ "die rechtspopulistische Vox", "die separatistische Bildu": a capitalised word no dictionary knows after
    "die" and an adjective of political orientation (``party_orientation_stems.txt``) is a party, whatever its
    length; not a first name, a place or a title."""
    word = view.words[i]
    # "der rechtsextreme Vlaams Belang", "der linke Frente Amplio": a party whose own name is masculine takes "der"
    # (the adjective's "-e" then is the nominative)
    if i < 2 or view.lowers[i - 2] not in NOMINATIVE_ARTICLES or not (word[:1].isupper() and word[1:].islower()):
        return False
    if not word.isalpha():
        return False
    adjective = view.lowers[i - 1]
    lang = doc.lang_
    stems = lang_resource(lang, "party_orientation_stems.txt")
    if not adjective.endswith("e") or not any(s in adjective for s in stems):
        return False
    return (
        doc[i].pos_ in ("PROPN", "NOUN", "X")
        and (not _dictionary_word(word, lang) or _conjunct_of_party_list(view, i, lang))
        and not _given_name(word, lang)
        and not gz.role(word, lang)
        and not gz.country_code(word, lang)
        and not gz.exact_places(word, lang)
        # "die rechtsnationale Meloni": a person's surname the NER knows from this text (elsewhere: the NER's own
        # PER on this very word, "die rechtsextreme Chega", is what the rule corrects)
        and not any(e.label_ == "PER" and any(t.text == word and t.i != i for t in e) for e in doc.ents)
    )


def _conjunct_of_party_list(view: DocView, i: int, lang: str) -> bool:
    """ "die konservative Volkspartei (PP), die rechtspopulistische Vox und die katalanische Partei Junts": a party
    name that is also a dictionary word ("Vox", "Mitte") counts after an orientation adjective only as one member of a
    list of "die <adjective> ..." conjuncts, joined by ``list_joiners.txt``, another of which holds a party head
    ("Partei", "Volkspartei", "Bündnis"). The word itself must be no such head ("die konservative Partei")."""
    heads = tuple(h.lower() for h in lang_resource(lang, "party_heads.txt"))
    joiners = lang_resource(lang, "list_joiners.txt")
    lowers = view.lowers
    if lowers[i].endswith(heads):
        return False
    joined_before = i >= 3 and lowers[i - 3] in joiners
    joined_after = i + 2 < len(lowers) and lowers[i + 1] in joiners and lowers[i + 2] == "die"
    if not (joined_before or joined_after):
        return False
    lo, hi = max(0, i - 8), min(len(lowers), i + 8)
    return any(k != i and lowers[k].endswith(heads) for k in range(lo, hi))


def _org_body_name(word: str, named: frozenset[str], lang: str) -> str | None:
    """ "CDU-Spitze" → "CDU", "Grünen-Fraktion" → "Grünen", "ZF-Vorstand" → "ZF" (an organisation named in the
    text, ``named``): the organisation whose leading body or group (``org_bodies.txt``) a compound names."""
    bodies = lang_resource(lang, "org_bodies.txt") | lang_resource(lang, "org_sites.txt")  # "Nato-Hauptquartier"
    prefix, _, head = word.rpartition("-")
    if not prefix or head not in bodies or not prefix[:1].isupper():
        return None
    return prefix if gz.org(prefix, lang) is not None or prefix in named else None


def _org_body_mentions(view: DocView, mentions: list[Mention], taken: list[bool], lang: str) -> list[Mention]:
    """ "die sächsische CDU-Spitze lehnte ab", "Der SPD-Vorstand kritisierte": a compound of a known organisation
    (or one the text names) and a noun for its leading body or group is a mention of that organisation, which acts
    through it; also where the NER made the compound a name of its own."""
    named = frozenset(m.text for m in mentions if m.label == "ORG" and m.kind == "name" and "-" not in m.text)
    out: list[Mention] = []
    for m in list(mentions):  # a copy: _join_slash_pair may drop a mention
        site = m.label == "LOC" and m.text.rpartition("-")[2] in lang_resource(lang, "org_sites.txt")
        if m.tok_end - m.tok_start == 1 and (m.label in ("ORG", "MISC") or site):
            name = _org_body_name(m.text, named, lang)
            if name is not None:
                m.label, m.text = "ORG", name
                _join_slash_pair(view, m, mentions, lang)
    for i, word in enumerate(view.words):
        if taken[i] or "-" not in word:
            continue
        name = _org_body_name(word, named, lang)
        if name is not None:
            out.append(Mention(view.starts[i], view.ends[i], "ORG", "name", name, tok_start=i, tok_end=i + 1))
            taken[i] = True
            _join_slash_pair(view, out[-1], mentions, lang)
    return out


def _join_slash_pair(view: DocView, m: Mention, mentions: list[Mention], lang: str) -> None:
    """ "die CDU/CSU-Fraktion": the body compound after "CDU /" belongs to the joint organisation "CDU/CSU" (a
    known one): the mention grows over "CDU /" and a mention of "CDU" alone there is dropped."""
    i = m.tok_start
    if i < 2 or view.words[i - 1] != "/" or not view.ends[i - 2] == view.starts[i - 1] == view.ends[i - 1] - 1:
        return
    if view.ends[i - 1] != view.starts[i]:
        return
    joint = f"{view.words[i - 2]}/{m.text}"
    if gz.org(joint, lang) is None:
        return
    mentions[:] = [x for x in mentions if not (x.tok_start == i - 2 and x.tok_end == i - 1)]
    m.start, m.tok_start, m.text = view.starts[i - 2], i - 2, joint


@lru_cache(maxsize=4)
def _institution_compounds(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(prefixes, heads) of ``institution_compounds.tsv``; prefixes longest first."""
    rows = lang_rows(lang, "institution_compounds.tsv", strip=True)
    prefixes = sorted((r[1] for r in rows if len(r) >= 2 and r[0] == "prefix"), key=len, reverse=True)
    heads = [r[1].casefold() for r in rows if len(r) >= 2 and r[0] == "head"]
    return tuple(prefixes), tuple(heads)


def _institution_word(word: str, lang: str) -> bool:
    """ "Staatskanzlei", "Innenministerium", "Landesregierung": a noun ending in an institution head."""
    low = word.casefold()
    heads = _institution_compounds(lang)[1] + ("kanzlei",)
    return low.endswith(heads) or _ends_in_head(word, lang_resource(lang, "org_heads.txt"))


# definite articles and preposition+article contractions before a name of capitalised adjectives
_DEFINITE_FORMS = frozenset(_entity_words("definite_forms"))


@lru_cache(maxsize=4)
def _adjective_name_heads(lang: str) -> tuple[str, ...]:
    """Heads (lower case) that end an institution's name of capitalised adjectives and a noun: the institution
    compound heads, "kanzlei", and the ``adjective_head`` rows of ``institution_compounds.tsv``."""
    rows = lang_rows(lang, "institution_compounds.tsv", strip=True)
    extra = tuple(r[1].casefold() for r in rows if len(r) >= 2 and r[0] == "adjective_head")
    return _institution_compounds(lang)[1] + ("kanzlei",) + extra


def _adjective_institution_name(doc: Doc, view: DocView, i: int, taken: list[bool], lang: str) -> int | None:
    """End token of an institution's name opened by one or two capitalised adjectives inside a sentence, before a
    noun ending in an institution head: "nachdem der Militärische Abschirmdienst ihn …", "der Oberste Nationale
    Sicherheitsrat". German writes adjectives in lower case except in names, so a capitalised one that opens no
    sentence, quote or heading is part of a name."""
    if i == 0 or view.lowers[i - 1] not in _DEFINITE_FORMS:
        return None  # (tested first, on plain strings: most words follow no definite article)
    tok = doc[i]
    # (sixteenth session) also a country's adjective the tagger read as a noun ("Der Irische Flüchtlingsrat")
    adjective = tok.tag_ == "ADJA" or (tok.tag_ == "NN" and gz.demonym_adjective(tok.lower_, lang) is not None)
    if not adjective or not tok.is_alpha or not tok.text[1:].islower() or i == 0 or tok.is_sent_start:
        return None
    if view.lowers[i - 1] not in _DEFINITE_FORMS or _town_adjective(tok.text, lang):
        return None  # after a definite article only: not after a quote or colon; "ein Londoner Gericht": a town's
    k = i + 1
    while k < len(doc) and k - i <= 2 and not taken[k] and doc[k].tag_ == "ADJA" and doc[k].text[:1].isupper():
        k += 1
    if k >= len(doc) or taken[k] or doc[k].tag_ not in ("NN", "NE") or not doc[k].text[:1].isupper():
        return None
    word = doc[k].text
    if not word.isalpha() or doc[k].morph.get("Number") == ["Plur"]:
        return None
    low = word.casefold()
    heads = _adjective_name_heads(lang)
    if (
        low.endswith(heads)
        or (low.endswith("s") and low[:-1].endswith(heads))
        or (low.endswith("es") and low[:-2].endswith(heads))  # "des Nationalen Sicherheitsdienstes"
        or _ends_in_head(word, lang_resource(lang, "org_heads.txt"))
    ):
        return k + 1
    return None


def _institution_compound(doc: Doc, i: int, word: str, lang: str) -> bool:
    """ "Bundesanwaltschaft", "Bundessozialgerichts", "Generalbundesanwaltschaft": one closed compound of a national
    prefix and an institution head (``institution_compounds.tsv``) names one institution; not a plural. ``word``:
    the text of token ``i``."""
    prefixes, heads = _institution_compounds(lang)
    if not word.startswith(prefixes):  # most words: no prefix, nothing more to read (and no Token object built)
        return False
    tok = doc[i]
    if not word.isalpha() or not word[1:].islower() or tok.tag_ not in ("NN", "NE"):
        return False
    prefix = next((p for p in prefixes if word.startswith(p)), None)
    if prefix is None or tok.morph.get("Number") == ["Plur"]:
        return False
    rest = word[len(prefix) :].casefold()
    for cand in (rest, rest[:-1] if rest.endswith("s") else None, rest[:-2] if rest.endswith("es") else None):
        if cand and any(cand.endswith(h) and len(cand) >= len(h) for h in heads):
            return True
    return False


@lru_cache(maxsize=4)
def _org_name_words(lang: str) -> dict[str, str]:
    path = gz.LANG_DIR / lang / "org_name_words.tsv"
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line and line[0] != "#"]
    return {r[0]: r[1] for r in rows if len(r) >= 2}


def _foreign_org_name(
    doc: Doc, view: DocView, i: int, position: str, taken: list[bool], lang: str
) -> tuple[int, int] | None:
    """Token range of a foreign organisation name around its institution word at ``i``: capitalised name words
    before a final one ("Stanford University"), or after an initial one, maybe joined by a short particle ("Lycée
    Alexis de Tocqueville"). The institution word is the evidence: the tagger calls these foreign words NN."""
    n = len(doc)
    if position == "last":
        a = i
        while a > 0 and i - a < 3 and not taken[a - 1] and _name_token(doc[a - 1], lang, loose=True):
            if a < i and doc[a - 1].tag_ == "NN" and a > 1 and doc[a - 2].tag_ in ("ART", "ADJA", "PDAT", "PPOSAT"):
                break  # "der japanische Autozulieferer Nakamura Precision": the head noun before the name
            a -= 1
        return (a, i + 1) if a < i else None
    end = i + 1
    while end < n and end - i <= 4 and not taken[end]:
        word = view.words[end]
        # a short particle joins two name words ("Alexis de Tocqueville")
        particle = end > i + 1 and word.islower() and len(word) <= 3 and end + 1 < n and word not in NOT_VERBS
        if not (_name_token(doc[end], lang, loose=True) or (particle and _name_token(doc[end + 1], lang, loose=True))):
            break
        end += 1
    return (i, end) if end > i + 1 else None


def _place_name_token(tok: Token, lang: str) -> bool:
    """A proper noun after a place noun; by either tagger, since place names unknown to the tagger's training
    ("Molenbeek") get NN from one of them. Not a plural, title, country adjective or organisation."""
    if not _is_capitalised(tok) or tok.lower_ in DETERMINERS or not tok.text.replace("-", "").isalpha():
        return False
    if tok.morph.get("Number") == ["Plur"] and tok.lemma_ and tok.lemma_ != tok.text:
        return False
    if gz.role(tok.text, lang) or gz.org(tok.text, lang) or gz.demonym_noun(tok.text, lang):
        return False
    return tok.pos_ == "PROPN" or tok.tag_ in ("NE", "FM")


def _genitive_surname(word: str, given: frozenset[str]) -> bool:
    """ "Salvinis", "Merkels": a name in the genitive; "Jens", "Hans", "Klaus" are first names that end in -s."""
    return word.endswith("s") and not word.endswith("ss") and len(word) > 3 and word not in given


def _foreign_name_token(tok: Token, lang: str) -> bool:
    """A capitalised proper noun or foreign word (not a title, determiner, country adjective or common noun)."""
    if not _is_capitalised(tok) or tok.lower_ in DETERMINERS or gz.role(tok.text, lang):
        return False
    if tok.morph.get("Number") == ["Plur"] and tok.lemma_ and tok.lemma_ != tok.text:
        return False  # an inflected plural ("Gruppe Passagiere") is a common noun, whatever the tag
    # the fine tag decides when the two taggers disagree ("Gruppe Passagiere": PROPN but NN)
    if tok.tag_ in ("NE", "FM") or (tok.pos_ in ("PROPN", "X") and tok.tag_ != "NN"):
        return True
    # "die Oppositionspartei Možemo": a letter no German word has marks a foreign name, whatever the tag
    return tok.pos_ == "PROPN" and _foreign_letters(tok.lower_)


_GERMAN_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzäöüß")


def _foreign_letters(low: str) -> bool:
    """A letter no German word has in the lower-cased word ``low`` ("białowieża"): the word's distinct characters
    less the German letters, not a test per character (asked for many capitalised words of every document)."""
    return any(ch.isalpha() for ch in set(low).difference(_GERMAN_LETTERS))


def _unknown_word(tok: Token, lang: str) -> bool:
    """A capitalised word ("Lumera", not "LUMERA" nor "McKinsey") that no dictionary, country or title knows."""
    text = tok.text
    if not (text[:1].isupper() and text[1:].islower() and text.isalpha()):
        return False
    if tok.lower_ in DETERMINERS or gz.role(text, lang) or gz.country_code(text, lang):
        return False
    return not _dictionary_word(text, lang)


def _unknown_capitalised_word(tok: Token, lang: str) -> bool:
    """An unknown capitalised word (any tag; nor a first name or a demonym): right after a head noun such as
    "Partei" or "Hersteller" it is the name, even where the tagger calls it a common noun."""
    return (
        len(tok.text) >= 3
        and _unknown_word(tok, lang)
        and not _given_name(tok.text, lang)
        and not gz.demonym_noun(tok.text, lang)
    )


def _unknown_name_continuation(tok: Token, lang: str) -> bool:
    """An unknown capitalised word the tagger calls a proper noun (whatever its fine tag): after foreign name words
    it is one more of them ("Serra Azul", "Costa Verde")."""
    return tok.pos_ == "PROPN" and _unknown_word(tok, lang)


def _head_acronym(word: str, lang: str) -> bool:
    """An all-capital short form of two to six letters that no dictionary knows ("HSE", "CGT"; not "EU-", "KI")."""
    return 2 <= len(word) <= 6 and word.isalpha() and word.isupper() and not _dictionary_word(word, lang)


def _name_after_head(doc: Doc, view: DocView, i: int, taken: list[bool], lang: str) -> tuple[int, int] | None:
    """Token range of the name right after a head noun: inside quotes, or a run of proper nouns / foreign words
    that may be joined by short lower-case particles ("Prawo i Sprawiedliwość", "Lycée Alexis de Tocqueville")."""
    n = len(doc)
    if view.words[i] in ("„", '"', "»", "“"):
        close = next((k for k in range(i + 1, min(i + 7, n)) if view.words[k] in ("“", '"', "«", "”")), None)
        if close is None or close == i + 1 or any(taken[i + 1 : close]):
            return None
        # capitalised words, or a capitalised first word and short lower-case words inside ("Reporter ohne Grenzen",
        # "Aufstehen gegen Rassismus", "Deutsche Wohnen & Co. enteignen")
        inner = range(i + 1, close)
        if not all(view.words[k][:1].isupper() or not view.words[k].isalpha() for k in inner) and not (
            view.words[i + 1][:1].isupper() and close - i <= 6
        ):
            return None
        return i + 1, close
    end = i
    while end < n and end - i < 6 and not taken[end]:
        if _foreign_name_token(doc[end], lang):
            end += 1
        elif end == i and _unknown_capitalised_word(doc[end], lang):
            end += 1  # "der Batteriehersteller Voltara" with the name tagged NN: a word no dictionary knows
        elif end == i and _head_acronym(view.words[end], lang):
            end += 1  # (fifteenth session) "des Gesundheitsdienstes HSE" with the short form tagged NN
        elif end > i and _foreign_name_token(doc[end - 1], lang) and _unknown_name_continuation(doc[end], lang):
            end += 1  # "der Bergbaukonzern Mineração Serra | Azul": a word no dictionary knows goes on with the name
        elif (
            end > i and view.words[end].islower() and len(view.words[end]) <= 3 and end + 1 < n
            and view.lowers[end] not in NOT_VERBS and _foreign_name_token(doc[end + 1], lang)
        ):  # fmt: skip
            end += 1  # a particle between two name words ("i", "di", "de")
        else:
            break
    return (i, end) if end > i else None


def _repeated_mentions(doc: Doc, text_all: str, mentions: list[Mention], taken: list[bool], lang: str) -> list[Mention]:
    """Other occurrences of a name found once ("Hoover Institution" … "Hoover Institution"), also as genitive.

    ``text_all`` is ``doc.text``, passed in because spaCy rebuilds that string on every access."""
    names: dict[str, str] = {}
    for m in mentions:
        if m.kind == "name" and m.text[:1].isupper() and len(m.text) > 2:
            names.setdefault(m.text, m.label)
            if m.label == "PER":
                names.setdefault(m.text + "s", "PER")
    surnames = {m.text.split()[-1] for m in mentions if m.label == "PER"}
    suffixed = _org_name_words(lang)
    for m in mentions:  # "Brenner Automotive … wie Brenner mitteilte": a company's name without its suffix
        words = m.text.split()
        if m.kind == "name" and m.label == "ORG" and len(words) == 2 and suffixed.get(words[1]) == "last":
            first = words[0]
            if len(first) > 2 and first[1:].islower() and first not in surnames and not _big_name(first, lang):
                names.setdefault(first, "ORG")
    out = []
    for text, label in names.items():
        for at in _find_whole(text_all, text):
            span = doc.char_span(at, at + len(text))
            if span is None or any(taken[k] for k in range(span.start, span.end)):
                continue
            if (label == "LOC" and _inhabitants(doc, span.start, text, lang)) or _inside_longer_name(doc, span.end):
                continue
            out.append(Mention(span.start_char, span.end_char, label, "name", text, tok_start=span.start,
                               tok_end=span.end))  # fmt: skip
            for k in range(span.start, span.end):
                taken[k] = True
    return out


def _big_name(word: str, lang: str) -> bool:
    """A country, organisation, first name, region or city of 100,000 people or more: a word that a company's name
    without its suffix ("Nakamura Precision" … "Nakamura", also a Japanese town) must not be mistaken for."""
    if gz.country_code(word, lang) or gz.org(word, lang) or word in gz.given_names(lang):
        return True
    return any(p.kind != "city" or p.population >= 100_000 for p in gz.exact_places(word, lang))


def _parenthetical_acronyms(doc: Doc, mentions: list[Mention], taken: list[bool]) -> list[Mention]:
    """ "Recherche Assistance Intervention Dissuasion (RAID)": the short form in brackets names the same entity."""
    out = []
    by_start = {m.tok_start: m for m in mentions}
    for m in mentions:
        if m.label == "ORG" and m.kind == "name":
            _complete_by_acronym(doc, m, taken)
        k = m.tok_end
        inner = by_start.get(k + 1)
        if (
            m.label == "ORG" and inner is not None and inner.label == "ORG" and inner.tok_end == k + 2
            and k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and inner.text.isupper()
        ):  # fmt: skip
            inner.alias_of = m.start  # "die italienischen Sozialdemokraten (PD)", the short form tagged too
            continue
        if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and not taken[k + 1]:
            short = doc[k + 1]
            if 2 <= len(short.text) <= 8 and short.text[:1].isupper() and sum(c.isupper() for c in short.text) >= 2:
                out.append(Mention(short.idx, short.idx + len(short), m.label, "name", short.text, tok_start=k + 1,
                                   tok_end=k + 2, alias_of=m.start))  # fmt: skip
                taken[k + 1] = True
    return out


def _join_name_word_acronyms(doc: Doc, mentions: list[Mention], text: str, lang: str) -> list[Mention]:
    """ "die Bank Banco BPM" tagged as "Bank Banco" and "BPM": an organisation mention that ends in a word opening
    foreign company names (``org_name_words.tsv``, position first: "Banco", "Crédit", "Groupe") and an all-capital
    organisation mention right after it are one name ("Banco BPM", "Groupe SEB"); so is such a word left untagged
    right before the all-capital mention ("von Banco BPM" with only "BPM" tagged)."""
    words = _org_name_words(lang)
    covered = {k for m in mentions for k in range(m.tok_start, m.tok_end)}
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        k = m.tok_start
        if (
            m.label == "ORG" and m.kind == "name" and m.text.isupper() and m.text.isalpha() and k > 0
            and k - 1 not in covered and words.get(doc[k - 1].text) == "first"
        ):  # fmt: skip
            m.start, m.tok_start = doc[k - 1].idx, k - 1
            m.text = text[m.start : m.end]
        prev = out[-1] if out else None
        if (
            prev is not None and prev.label == "ORG" and m.label == "ORG" and prev.kind == m.kind == "name"
            and m.tok_start == prev.tok_end and m.text.isupper() and m.text.isalpha()
            and words.get(prev.text.split()[-1]) == "first" and text[prev.end : m.start].isspace()
        ):  # fmt: skip
            prev.end, prev.tok_end = m.end, m.tok_end
            prev.text = text[prev.start : prev.end]
            continue
        out.append(m)
    return out


def _spelled_out_acronyms(doc: Doc, mentions: list[Mention], taken: list[bool], lang: str) -> list[Mention]:
    """ "die Organisation des Vertrags über kollektive Sicherheit (OVKS)", "die Schanghaier Organisation für
    Zusammenarbeit (SOZ)": a bracketed all-capital short form that spells the initials of the words right before it
    (capitalised nouns and lower-case adjectives; articles and prepositions skipped) names the organisation those
    words spell out, whether or not the NER found (part of) it. Mentions lying wholly inside the long name are
    replaced by it."""
    skipped = frozenset(_entity_words("acronym_skipped_words", lang))
    out: list[Mention] = []
    for j, short in _short_form_brackets(doc, 1):
        # (nineteenth session) all capitals only: "Alternative für Deutschland (AfD)" would take the country out of
        # the text's places, and the state institutions named alone ("die Polizei") read their country from those
        if not short.isupper():
            continue
        # the short form may be tagged on its own already ("(SOZ)"): that mention becomes the alias
        tagged = next((m for m in mentions if m.tok_start == j + 1 and m.tok_end == j + 2), None)
        if taken[j + 1] and (tagged is None or tagged.label == "PER"):
            continue
        # walk back over the words the initials stand for, the last letter first
        k, letter = j, len(short)
        while k > 0 and letter > 0 and j - k < 14:
            word = doc[k - 1].text
            if not word.isalpha():
                break
            if word in skipped:
                k -= 1
                continue
            if word[0].upper() != short[letter - 1]:
                break
            letter -= 1
            k -= 1
        # the long name opens with a capitalised word and spells every letter; two words at least
        if letter > 0 or j - k < 2 or not doc[k].text[:1].isupper() or doc[k].text in skipped:
            continue
        inside = [m for m in mentions + out if k <= m.tok_start and m.tok_end <= j]
        if any(taken[t] for t in range(k, j) if not any(m.tok_start <= t < m.tok_end for m in inside)):
            continue  # a mention reaching over the long name's edge: leave both alone
        if any(m.label == "PER" for m in inside):
            continue
        _add_long_name(doc, mentions, out, taken, k, j, inside, tagged)
    return out


def _complete_by_acronym(doc: Doc, m: Mention, taken: list[bool]) -> None:
    """ "die Linkspartei La France insoumise (LFI)" with only "Linkspartei La France" tagged: one or two lower-case
    words between a name and a bracketed all-capital short form belong to the name when the short form spells the
    initials of the name's last words together with them (L-F-I); foreign names keep lower-case words."""
    k = m.tok_end
    j = k
    while j < len(doc) and j - k < 2 and not taken[j] and doc[j].text.isalpha() and doc[j].text.islower():
        j += 1
    # "der Bundesverband Güterkraftverkehr Logistik und Entsorgung (BGL)" with "… Logistik" tagged: up to two more
    # capitalised words, "und" and one capitalised word right before the bracketed short form close a multi-word
    # name (its initials need not show: "und" has none)
    caps = k
    while caps < len(doc) and caps - k < 2 and not taken[caps] and doc[caps].text[:1].isupper() and doc[caps].is_alpha:
        caps += 1
    joined = (
        (j == k or j == k + 1) and caps < len(doc) - 1 and doc[caps].lower_ == "und" and not taken[caps + 1]
        and m.tok_end - m.tok_start >= 2 and doc[caps + 1].text[:1].isupper() and doc[caps + 1].is_alpha
    )  # fmt: skip
    if joined:
        j = caps + 2
    if j == k or j + 2 >= len(doc) or doc[j].text != "(" or doc[j + 2].text != ")":
        return
    short = doc[j + 1].text
    if not (short.isalpha() and short.isupper() and 2 <= len(short) <= 6) or j - m.tok_start < len(short):
        return
    if not joined and "".join(t.text[0] for t in doc[j - len(short) : j]).upper() != short:
        return
    m.end = doc[j - 1].idx + len(doc[j - 1])
    m.text = doc.text[m.start : m.end]
    m.tok_end = j
    for i in range(k, j):
        taken[i] = True


def _inside_longer_name(doc: Doc, end: int) -> bool:
    """A repeat followed by a proper noun is part of another name ("den Wiener Linien", "Trump Tower")."""
    return end < len(doc) and _is_capitalised(doc[end]) and doc[end].pos_ == "PROPN"


def _inner_names(text: str, lang: str = "de") -> list[str]:
    """Name words between the first and the last of a long name that a text may use alone: "Lula" in "Luiz
    Inácio Lula da Silva" (not a first name such as "Inácio", not a particle)."""
    toks = text.split()
    if len(toks) < 3:
        return []
    names = gz.given_names(lang)
    return [t for t in toks[1:-1] if t[:1].isupper() and t[1:].islower() and len(t) > 2 and t not in names]


@lru_cache(maxsize=1 << 14)  # pure, asked for every pair of a lone word and a person's name
def _family_name_first(text: str, lang: str) -> str | None:
    """The family name of a two-word name written family name first ("Xi Jinping" … "Xi", "Lee Jae-myung" …
    "Lee"): a first word that is no given name, no title or role, before a last word that is no given name either."""
    toks = text.split()
    if len(toks) != 2 or not all(t[:1].isupper() and t.replace("-", "").isalpha() for t in toks):
        return None
    first, last = toks
    if len(first) < 2 or first.isupper() or _given_name(last, lang):
        return None
    if gz.role(first, lang) is not None or gz.country_code(first, lang) or gz.org(first, lang):
        return None
    # (sixteenth session) a first word the lexicon also lists as a given name ("Liu Jianhua", "Wang Yi") is the
    # family name as well when the last word is no known name: the callers take it only where the last word is
    # never used alone ("Peter Müller" … "Müller")
    if _known_name(first, lang) and _known_name(last, lang):
        return None
    return first


def _used_alone(words: list[str], word: str, before: str) -> bool:
    """Whether ``word`` occurs without ``before`` right in front of it."""
    return any(w == word and (k == 0 or words[k - 1] != before) for k, w in enumerate(words))


def _surname_mentions(
    doc: Doc, view: DocView, mentions: list[Mention], taken: list[bool], lang: str = "de"
) -> list[Mention]:
    """Later bare surnames of people already named in full ("Angela Merkel" … "Merkel will", "Merkels")."""
    surnames = {_tokens(m.text)[-1] for m in mentions if m.label == "PER" and len(_tokens(m.text)) >= 2}
    surnames |= {t for m in mentions if m.label == "PER" for t in _inner_names(m.text, lang)}
    # "Silvana Koch-Mehrin" … "Koch-Mehrin": a double surname is used whole
    surnames |= {m.text.split()[-1] for m in mentions if m.label == "PER" and len(m.text.split()) >= 2}
    # "Khaled al-Saadi" … "al-Saadi", "Al-Saadi" at a sentence start: a surname may open with a lower-case particle
    surnames = {_particle_case(s) for s in surnames if len(s) > 2 and (s[:1].isupper() or _PARTICLE_NAME.match(s))}
    # "Ursula von der Leyen" … "von der Leyen", "Von der Leyen": the particles before the surname join its mention
    particles = _name_particles(m.text.split() for m in mentions if m.label == "PER")
    # "Xi Jinping" … "Xi": only when the other word is never used alone ("Jeb Bush" … "Bush": given name first)
    family = {
        f for m in mentions if m.label == "PER" and (f := _family_name_first(m.text, lang))
        and not _used_alone(view.words, m.text.split()[-1], f) and f not in surnames and f[:-1] not in surnames
    }  # fmt: skip
    # "Hugo Chávez" … "Chavez": the surname written without its accents
    bare = {_unaccented(s): s for s in surnames if _unaccented(s) != s}
    out = []
    for i, word in enumerate(view.words):
        if "-" in word:  # (a word without a hyphen has no particle to lower-case: kept as it is)
            word = _particle_case(word)
        if taken[i] or not (word[:1].isupper() or _PARTICLE_NAME.match(word)):
            continue
        if bare and word not in surnames and word[:-1] not in surnames:
            word = bare.get(word) or (bare[word[:-1]] + "s" if word[:-1] in bare else word)
        tok = doc[i]
        nxt = view.words[i + 1] if i + 1 < len(view.words) else ""
        if word in family and tok.pos_ == "PROPN" and not nxt[:1].isupper():
            out.append(Mention(tok.idx, tok.idx + len(tok), "PER", "name", tok.text, tok_start=tok.i,
                               tok_end=tok.i + 1))  # fmt: skip
            taken[tok.i] = True
            continue
        if not (word in surnames or word[:-1] in surnames):
            continue
        # "Macron Scholz" after both were named in full is two people ("traf Macron Scholz"), not one name;
        # a genitive owns what follows ("Johnsons Amtsvorgängerin Theresa May")
        genitive = word not in surnames and word.endswith("s")
        # ("bezeichnete Pelosi Trumps Vorgehen": the next word is another person's genitive; thirtieth session)
        next_person = (nxt in surnames or (nxt.endswith("s") and nxt[:-1] in surnames)) and nxt != word
        # ("traf Takaichi Bundespräsident Steinmeier": a title after it opens the next person's name; thirty-second
        # session)
        next_person = next_person or (bool(nxt) and gz.role(nxt, lang) is not None)
        if _inside_longer_name(doc, tok.i + 1) and not next_person and not genitive:
            continue
        if word in surnames or (word.endswith("s") and word[:-1] in surnames):
            first = i
            before = particles.get(word if word in surnames else word[:-1], [])
            n = len(before)
            if n and i >= n and [w.casefold() for w in view.words[i - n : i]] == before and not any(taken[i - n : i]):
                first = i - n
            start = doc[first].idx
            out.append(Mention(start, tok.idx + len(tok), "PER", "name", view.text[start : tok.idx + len(tok)],
                               tok_start=first, tok_end=tok.i + 1))  # fmt: skip
            for k in range(first, tok.i + 1):
                taken[k] = True
    return out


def _name_particles(forms: Iterable[list[str]], bare: bool = False) -> dict[str, list[str]]:
    """Surname → the lower-case particles before it in a name's words ("Ursula von der Leyen" → Leyen: von, der);
    with ``bare`` also of a form that opens with them ("von der Leyen", a listed alone form)."""
    out: dict[str, list[str]] = {}
    for toks in forms:
        k = len(toks) - 1
        while k > 0 and toks[k - 1].islower():
            k -= 1
        if k < len(toks) - 1 and ((k > 0 and toks[k - 1][:1].isupper()) or (k == 0 and bare)):
            out[_particle_case(toks[-1])] = [t.casefold() for t in toks[k:-1]]
    return out


def _with_name_particles(
    doc: Doc, view: DocView, mentions: list[Mention], taken: list[bool], lang: str
) -> list[Mention]:
    """ "Ursula von der Leyen" … "Später traf von der Leyen …": a one-word person mention (the NER's "Leyen") right
    after the lower-case particles of a name it ends — a full name of the text, or a figure listed by its alone form
    ("von der Leyen") — takes those particles in, so "von" reads as part of the name, not as a preposition
    (thirtieth session)."""
    particles = _name_particles(m.text.split() for m in mentions if m.label == "PER")
    listed = _name_particles((name.split() for name in gz.current_alone_phrases(lang)), bare=True)
    particles = {**listed, **particles}
    if not particles:
        return mentions
    out = []
    for m in mentions:
        word = m.text
        before = particles.get(word) or particles.get(word[:-1] if word.endswith("s") else word)
        n = len(before) if before else 0
        first = m.tok_start - n
        if (
            m.label != "PER"
            or not n
            or m.tok_end - m.tok_start != 1
            or first < 0
            or [w.casefold() for w in view.words[first : m.tok_start]] != before
            or any(taken[first : m.tok_start])
        ):
            out.append(m)
            continue
        start = doc[first].idx
        out.append(replace(m, start=start, text=view.text[start : m.end], tok_start=first))
        for k in range(first, m.tok_start):
            taken[k] = True
    return out


_PARTICLE_NAME = re.compile(r"[a-z]{1,3}-[A-ZÄÖÜ]")  # "al-Saadi", "el-Sisi", "bin-Salman"


def _particle_case(word: str) -> str:
    """ "Al-Saadi" (at a sentence start) → "al-Saadi": the particle of such a name in its usual lower case."""
    low = word[:1].lower() + word[1:]
    return low if _PARTICLE_NAME.match(low) else word


@lru_cache(maxsize=1 << 16)  # pure, asked for every span of capitalised words the gazetteer scan tries
def _is_country_or_curated(text: str, lang: str) -> bool:
    if len(text) < 3 and not text.isupper():
        return False
    if gz.country_code(text, lang) and gz.norm(text) not in _english_only_names(lang):
        return True
    key = gz.norm(text)
    return key in gz._aliases(lang) or (key.endswith("s") and key[:-1] in gz._aliases(lang))


@lru_cache(maxsize=4)
def _english_only_names(lang: str) -> frozenset[str]:
    """English country names (CLDR en / pycountry) that are not also German ones: too risky to spot without NER."""
    from babel import Locale

    german = {gz.norm(v) for v in Locale(lang).territories.values()}
    english = {gz.norm(v) for v in Locale("en").territories.values()}
    return frozenset(english - german)


# --- step 2: roles ---------------------------------------------------------------------------------------


@dataclass
class RolePhrase:
    tok_start: int  # first token of the phrase after the determiner
    tok_end: int  # one past the role noun
    role: gz.Role
    country: str | None
    org: str | None
    has_det: bool
    genitive_country_tok: int | None  # token index of a country genitive before the role ("Frankreichs")
    complement_end: int = 0  # one past a country complement after the role ("… der Vereinigten Staaten")
    predicative: bool = False  # "als Kanzlerin", "zum Außenminister": a role named, not a person referred to
    region: str | None = None  # "das bayerische Innenministerium": a region's adjective before the role


def _role_at(doc: Doc, i: int, lang: str, mention_at: dict[int, Mention]) -> RolePhrase | None:
    tok = doc[i]
    if not _is_capitalised(tok):
        return None
    role = gz.role(tok.text, lang)
    country, org = None, None
    if role is None:
        country, role, org = _split_compound(tok.text, lang)
        role = role or _title_before_name(doc, i, lang)
        if role is None:
            return None
    start = i
    genitive = None
    region = None
    j = i - 1
    while j >= 0:
        prev = doc[j]
        # capitalised too: "Britische Soldaten" at a sentence start
        code = gz.demonym_adjective(prev.text, lang) if prev.text.endswith(("isch", *ADJ_ENDINGS)) else None
        place = _region_adjective(prev.text, lang) if not code and role.kind == "group" and not country else None
        if place is not None:  # "das bayerische Innenministerium": the region's institution
            country, region, start = place.country, place.name, j
        elif code:
            country = country or code
            start = j
        elif prev.text[:1].islower() and _is_adjective(prev, lang) and prev.text not in DETERMINERS:
            start = j
        else:
            break
        j -= 1
    has_det = j >= 0 and (doc[j].lower_ in DETERMINERS or doc[j].lower_ in _SINGULAR_POSSESSIVES)
    # "Frankreichs Präsident": a country genitive right before the title (kept as its own LOC mention)
    if j >= 0 and not has_det and doc[j].text.endswith("s"):
        code = gz.country_code(doc[j].text, lang)
        org_before = gz.org(doc[j].text, lang)
        if code:
            country, genitive = country or code, j
        elif org_before is not None:
            country, org = country or org_before.country, org or org_before.name
    # "der Präsident Frankreichs" / "der Präsident der USA"
    # "der Präsident Frankreichs" / "der Außenminister der Vereinigten Staaten"
    k = i + 1
    complement_end = i + 1
    if k < len(doc):
        nxt = doc[k]
        after = mention_at.get(k + 1) if nxt.lower_ in _entity_words("title_complement_words", lang) else None
        if nxt.text.endswith("s") and nxt.text[:1].isupper() and gz.country_code(nxt.text, lang):
            country, complement_end = country or gz.country_code(nxt.text, lang), k + 1
        elif after is not None and after.tok_start == k + 1 and after.label == "LOC" and gz.country_code(after.text):
            country, complement_end = country or gz.country_code(after.text, lang), after.tok_end
        elif (
            nxt.lower_ in _entity_words("title_place_prepositions", lang)
            and mention_at.get(k + 1) is not None
            and mention_at[k + 1].label == "LOC"
        ):
            complement_end = mention_at[k + 1].tok_end  # "der US-Botschafter in Berlin, Richard Grenell"
        elif nxt.lower_ in _entity_words("title_genitive_words", lang):
            # "Die Vorsitzende des Rechtsausschusses, Renate Künast": a short genitive phrase before a comma
            # ("Die Ministerin für Arbeit und Soziales, Bärbel Bas": her portfolio)
            comma = next((m for m in range(k + 1, min(k + 5, len(doc))) if doc[m].text == ","), None)
            # ... but never across the verb of the clause ("Ein Sprecher des Präsidialamts sagte, Marin werde …")
            if comma is not None and all(
                doc[m].is_alpha and doc[m].pos_ not in ("VERB", "AUX") for m in range(k + 1, comma)
            ):
                complement_end = comma
    if not country and not org:
        country = role.country
    predicative = j >= 0 and doc[j].lower_ in PREDICATIVE
    return RolePhrase(start, i + 1, role, country, org, has_det, genitive, complement_end, predicative, region)


def _region_adjective(word: str, lang: str) -> gz.Place | None:
    """ "bayerische", "nordrhein-westfälischen": the region (``region_adjectives.tsv``) of an inflected adjective."""
    stems = _pairs(lang, "region_adjectives.tsv")
    low = word.casefold()
    for ending in ADJ_ENDINGS:
        if low.endswith(ending) and low[: -len(ending)] in stems:
            places = gz.exact_places(stems[low[: -len(ending)]], lang)
            return next((p for p in places if p.kind == "admin1"), None)
    return None


# --- step 3: grouping ------------------------------------------------------------------------------------


def _unify_name_labels(doc: Doc, mentions: list[Mention], lang: str) -> None:
    """One unknown name, one label: the tagger may call the same name ORG in one sentence and PER or LOC in the
    next ("die Koalition mit der Lega", "Wikipedia"). The majority label wins for all of its mentions; against a
    PER tag the first word of a two- or three-word ORG name counts as an ORG vote ("Lega Nord … Lega"); a name
    tagged PER once stays a person when it opens with a first name or its last word is a PER mention on its own
    ("Mitt Romney" … "Romney"); in other ties PER loses ("Bester Werfer" tagged PER and ORG would compete with
    the player named next for his "Er"), else the first mention's label wins. Names the gazetteer knows as a
    place, country or organisation keep the labels the rules gave them ("im Schloss Bellevue" LOC, "der Kreml"
    ORG); so do words the tagger reads as common nouns ("der Backstop" tagged LOC here and ORG there is no
    name, and joining its mentions would only multiply the error)."""
    by_key: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.kind == "name" and m.label in ("PER", "ORG", "LOC"):
            by_key.setdefault(_name_key(m.text), []).append(m)
    common = {
        _name_key(m.text)
        for m in mentions
        if m.tok_end > m.tok_start and all(t.pos_ == "NOUN" for t in doc[m.tok_start : m.tok_end])
    }
    short_orgs = Counter(
        _name_key(words[0])
        for m in mentions
        if m.kind == "name" and m.label == "ORG" and 2 <= len(words := m.text.split()) <= 3 and len(words[0]) >= 4
    )
    lone_people = {_strip_genitive(m.text) for m in mentions if m.label == "PER" and " " not in m.text}
    full_surnames = {_strip_genitive(m.text.split()[-1]) for m in mentions if m.label == "PER" and " " in m.text}
    for key, group in by_key.items():
        votes = Counter(m.label for m in group)
        if votes["PER"]:  # not "im Wiener Prater" (LOC) … "die Wiener Feuerwehr": a place adjective, no short form
            votes["ORG"] += short_orgs[key]
        elif short_orgs[key] and set(votes) == {"LOC"} and key not in common and not gz.exact_places(key, lang):
            for m in group:  # "Wendt Automotive … wie Wendt mitteilte": the company's short name, no place
                m.label = "ORG"
            continue
        surname = (
            votes["PER"] > 0 and _strip_genitive(group[0].text) in full_surnames and not _dictionary_word(key, lang)
        )
        if len(+votes) < 2 or (key in common and not surname):  # a tagged common noun, unless a person's surname
            continue
        text = group[0].text
        if gz.org(text, lang) or gz.exact_places(text, lang) or gz.country_code(text, lang):
            continue
        best = max(votes.values())
        winners = [label for label, n in votes.items() if n == best]
        parts = text.split()
        surname_alone = len(parts) >= 2 and _full_person_name(text) and parts[-1] in lone_people
        # (eighteenth session) "Voreqe (Frank) Bainirama" (a person) … "Bainirama" tagged PER once and LOC once:
        # the last word of a longer person's name is that person's surname
        surname_alone = surname_alone or (len(parts) == 1 and surname)
        if votes["PER"] and (_given_name(parts[0], lang) or surname_alone):
            label = "PER"
        elif len(winners) == 1:
            label = winners[0]
        else:  # a tie: not a person (a spurious PER would compete for pronouns), else the first mention's label
            label = next((m.label for m in sorted(group, key=lambda m: m.start) if m.label in winners), "ORG")
            label = next((x for x in ("ORG", "LOC") if x in winners), label) if "PER" in winners else label
        for m in group:
            m.label = label


def _group_names(mentions: list[Mention], lang: str, headline_end: int = 0) -> list[Cluster]:
    clusters: list[Cluster] = []
    by_key: dict[tuple[str, str], Cluster] = {}
    per_full: list[Cluster] = []
    # Full (multi-token) person names first, so single surnames can join them afterwards.
    ordered = sorted(mentions, key=lambda m: (m.label != "PER" or len(m.text.split()) < 2, m.start))
    queue = list(reversed(ordered))
    while queue:
        m = queue.pop()
        parts = _split_surname_pair(m, per_full)
        if len(parts) > 1:
            queue.extend(reversed(parts))
            continue
        if m.label != "PER" and _surname_of_person(m, per_full, lang, headline_end):
            m.label = "PER"  # "Olaf Scholz … Scholz": the NER's LOC/ORG label on a known surname is wrong
        if m.label == "PER":
            cluster = _match_person(m, per_full, lang, family_first=True)
            if cluster is None:
                cluster = Cluster("PER")
                clusters.append(cluster)
                per_full.append(cluster)
            cluster.add(m)
            continue
        key = (m.label if m.label != "LOC" else "LOC", _other_key(m, lang))
        if m.label == "ORG" and m.key.startswith("generic:"):
            key = ("ORG", m.key)  # "der Kongress" of the country the text is about, not the foreign body
        elif m.label == "ORG" and gz.org(m.text, lang):
            key = ("ORG", "org:" + gz.org(m.text, lang).name)  # type: ignore[union-attr]
        elif m.label == "ORG" and (same := _org_with_kind_noun(m.text, lang)) is not None:
            key = ("ORG", "org:" + same)  # "die Huthi-Miliz" … "die Huthi": the group and its kind noun
        if m.key.startswith("party:"):  # "die italienischen Sozialdemokraten": per country, "?" for none
            key = ("ORG", f"{m.key}|{m.country or '?'}")
        if key not in by_key:
            by_key[key] = Cluster(m.label)
            clusters.append(by_key[key])
        by_key[key].add(m)
    _merge_acronyms(clusters, lang)
    _merge_aliases(clusters)
    _merge_place_short_forms(clusters)
    _merge_party_members(clusters, lang)
    return clusters


@lru_cache(maxsize=4)
def _party_members(lang: str) -> dict[str, tuple[tuple[str, ...], bool]]:
    """``party_members.tsv``: member noun → (the parties of that kind it may mean, only_join)."""
    rows = lang_rows(lang, "party_members.tsv", strip=True)
    return {
        r[0]: (tuple(x for x in r[1].split(",") if x and x != "-"), len(r) > 2 and r[2] == "yes")
        for r in rows
        if len(r) >= 2
    }


def _party_member_mentions(
    doc: Doc, view: DocView, taken: list[bool], lang: str, found: list[Mention] | None = None
) -> list[Mention]:
    """ "die Sozialdemokraten", "die italienischen Sozialdemokraten": a party named by its members, after an
    article (maybe with adjectives; a country adjective gives the country). Not when a name follows ("den
    Sozialdemokraten Olaf Scholz": one member)."""
    members = _party_members(lang)
    names = gz.given_names(lang)
    # "die Europäische Union … die Union": a form that may be the tail of another name joins it later
    out = []
    for i, word in enumerate(view.words):
        if word not in members:
            continue
        # "die Union" tagged ORG: the NER's one-word mention becomes the party-member mention
        ner = next((m for m in found or () if m.tok_start == i and m.tok_end == i + 1 and m.text == word), None)
        if taken[i] and (ner is None or ner.label != "ORG" or ner.key):
            continue
        j, country = i - 1, None
        while j >= 0 and view.words[j][:1].islower() and view.words[j].endswith(ADJ_ENDINGS):
            if view.lowers[j] in DETERMINERS:
                break
            country = country or gz.demonym_adjective(view.words[j], lang)
            j -= 1
        if (
            j < 0
            or view.lowers[j] not in lang_json(lang, "institution_anaphors.json").get("plural_articles", ())
            or (members[word][1] and j != i - 1)
        ):
            continue
        if i + 1 < len(doc) and (view.words[i + 1] in names or doc[i + 1].pos_ == "PROPN"):
            continue
        if taken[i] and ner is not None:
            ner.key, ner.country = "party:" + word, country
            continue
        out.append(Mention(view.starts[i], view.ends[i], "ORG", "name", word, key="party:" + word, country=country,
                           tok_start=i, tok_end=i + 1))  # fmt: skip
        taken[i] = True
    return out


def _merge_party_members(clusters: list[Cluster], lang: str) -> None:
    """Party-member clusters join the party they mean: the home party named in the text when the country fits
    ("die SPD … die Sozialdemokraten"); without a country, the one party of that kind in the text (the one named
    with a country, "die italienischen Sozialdemokraten (PD) … die Sozialdemokraten", or the home party)."""
    members = _party_members(lang)

    def form_of(c: Cluster) -> tuple[str, str | None] | None:
        m = next((m for m in c.mentions if m.key.startswith("party:")), None)
        return (m.key[len("party:") :], m.country) if m is not None else None

    def party_clusters(names: tuple[str, ...], country: str | None) -> list[Cluster]:
        """Clusters of the listed parties named in the text (of ``country`` when given)."""
        wanted = {o.name for o in (gz.org(n, lang) for n in names) if o is not None and country in (None, o.country)}
        return [c for c in clusters if c.label == "ORG" and c.mentions and form_of(c) is None and any(
            m.kind == "name" and (o := gz.org(m.text, lang)) is not None and o.name in wanted
            for m in c.mentions)]  # fmt: skip

    def move(c: Cluster, target: Cluster) -> None:
        for m in c.mentions:
            target.add(m)
        c.mentions = []

    kinds = _org_kinds(lang)

    def home_parties(country: str | None) -> bool:
        """Another party of that country is named ("die Union" in a report on German politics)."""
        return any(
            m.kind == "name" and (o := gz.org(m.text, lang)) is not None and o.country == country
            and kinds.get(o.name) == "party"
            for o_c in clusters if o_c.label == "ORG" and form_of(o_c) is None for m in o_c.mentions
        )  # fmt: skip

    def tails_named(c: Cluster) -> list[Cluster]:
        """Clusters of a longer name the form may be the tail of ("die Europäische Union", "die EU")."""
        form = (form_of(c) or ("",))[0]
        return [o_c for o_c in clusters if o_c is not c and any(
            m.kind == "name" and (o := gz.org(m.text, lang)) is not None and o.name.endswith(" " + form)
            for m in o_c.mentions)]  # fmt: skip

    for with_country in (True, False):
        for c in [c for c in clusters if c.mentions and form_of(c) is not None]:
            form, country = form_of(c)  # type: ignore[misc]
            if (country is not None) != with_country:
                continue
            parties, only_join = members.get(form, ((), False))
            home = party_clusters(parties, country)
            if country is not None:
                if len(home) == 1:  # "die österreichischen Sozialdemokraten" … "die SPÖ"
                    move(c, home[0])
                continue
            same_kind = [o for o in clusters if o is not c and o.mentions and (form_of(o) or ("",))[0] == form]
            targets = same_kind + home
            first = [t for t in home if only_join and parties and _best_name(t, lang) == parties[0]]
            longer = tails_named(c) if only_join else []
            if longer and targets:
                c.mentions = []  # "die Europäische Union und die CDU … die Union": either of them
            elif len(targets) == 1:
                move(c, targets[0])
            elif len(first) == 1:
                move(c, first[0])  # "die CDU … die Unionsfraktion … die Union": the first listed party
            elif not targets and only_join:
                party = gz.org(parties[0], lang) if parties else None
                if len(longer) == 1:
                    move(c, longer[0])  # "die EU … die Union"
                elif party is not None and not longer and home_parties(party.country):
                    for m in c.mentions:  # "die Union" beside "die SPD" and no other union: CDU/CSU
                        m.text, m.country = party.name, party.country
                else:
                    c.mentions = []
    clusters[:] = [c for c in clusters if c.mentions]


# "Frankfurt am Main" … "Frankfurt", "Halle (Saale)" … "Halle", "Weil am Rhein" … "Weil": a place named once in
# full and then by its first word is one place (the qualifier is a lowercase preposition or a bracket).
_PLACE_QUALIFIER = re.compile(r"^(\w[\w.-]*)\s+(?:(?:am|an|im|in|ob|bei|unter|auf|vor)\s+\w|\()")


def _merge_place_short_forms(clusters: list[Cluster]) -> None:
    """Also for organisations: "Lega Nord" … "Lega" (a two- or three-word name, then its first word alone)."""
    places = [c for c in clusters if c.label in ("LOC", "ORG")]
    short_of: dict[tuple[str, str], Cluster] = {}
    for c in places:
        for m in c.mentions:
            match = _PLACE_QUALIFIER.match(m.text) if c.label == "LOC" else None
            words = m.text.split()
            if match:
                short_of.setdefault(("LOC", match.group(1)), c)
            elif c.label == "ORG" and m.kind == "name" and 2 <= len(words) <= 3 and len(words[0]) >= 4:
                short_of.setdefault(("ORG", words[0]), c)
    for c in places:
        target = short_of.get((c.label, c.mentions[0].text)) if c.mentions else None
        if target is None or target is c or any(m.text != c.mentions[0].text for m in c.mentions):
            continue
        for m in c.mentions:
            target.add(m)
        c.mentions = []
    clusters[:] = [c for c in clusters if c.mentions]


def _surname_of_person(m: Mention, people: list[Cluster], lang: str, headline_end: int = 0) -> bool:
    """A one-word non-person mention that repeats the surname of a person named in full earlier (or, in the headline
    that ends before ``headline_end``, anywhere in the text: "Haftstrafe für Timoschenko" above "… Julia Timoschenko";
    sixteenth session, Wikinews audit), and is not itself a known country, place or organisation."""
    if " " in m.text.strip() or not people or gz.org(m.text, lang) is not None:
        return False
    if _is_country_or_curated(m.text, lang) or (m.label == "LOC" and gz.exact_places(m.text, lang)):
        return False  # a town of that name counts only when the NER, too, read a place ("Duda" tagged ORG)
    headline = m.end <= headline_end
    named = [
        c for c in people if (headline or c.first < m.start) and any(_full_person_name(x.text) for x in c.mentions)
    ]
    return _match_person(m, named) is not None


def _split_surname_pair(m: Mention, people: list[Cluster]) -> list[Mention]:
    """ "Am Dienstag traf Macron Scholz": a two-word PER span whose words are the surnames of two
    different people named in full before it is two mentions (the NER joined subject and object)."""
    words = m.text.split(" ")
    pair = m.label in ("PER", "ORG", "MISC") and len(words) == 2 and m.tok_end - m.tok_start == 2
    if not pair and not (m.label == "PER" and len(words) >= 3):
        return [m]  # neither case below: the people named so far are not needed
    named = [c for c in people if c.first < m.start and any(_full_person_name(x.text) for x in c.mentions)]
    if m.label == "PER" and len(words) >= 3 and named:
        # "Innenminister Gérald Darmanin Meloni scharf kritisiert": a name, then the surname of someone named before
        last = replace(m, start=m.end - len(words[-1]), text=words[-1], tok_start=m.tok_end - 1, roles=[],
                       gender=None, country=None)  # fmt: skip
        owner = _match_person(last, named)
        rest = replace(m, end=last.start - 1, text=" ".join(words[:-1]), tok_end=m.tok_end - 1)
        surname = words[-2]
        full_rest = surname not in gz.given_names("de") and surname.isalpha() and len(surname) > 2
        repeat = owner is not None and any(_tokens(x.text) == _tokens(m.text) for x in owner.mentions)
        if owner is not None and not full_rest and words[-1] == _tokens(owner.mentions[0].text)[-1] + "s":
            # "Präsident Irfaan Ali Maduros Forderung": a genitive of someone else's surname owns what follows, even
            # after a surname that is also a given name ("Ali", "Said"), unless the words before are that person's
            # own ("Sir Paul McCartneys"); seventeenth session
            own = {t for x in owner.mentions for t in _tokens(x.text) if not gz.role(t, "de")}  # name words only
            full_rest = surname.isalpha() and len(surname) > 2 and not set(words[:-1]) & own
        if (
            owner is not None
            and full_rest  # "Gérald Darmanin", not "Sir Paul" or "John F."
            and not repeat  # not the owner's own full name again ("Jon Bon Jovi")
            and _match_person(rest, named) is not owner
            and m.text.endswith(" " + words[-1])
        ):
            return [rest, last]
    # The NER may label the joined pair ORG ("traf Macron Scholz"); two surnames of two people named before are
    # two people whatever the label.
    if m.label not in ("PER", "ORG", "MISC") or len(words) != 2 or m.tok_end - m.tok_start != 2:
        return [m]
    parts = []
    for k, word in enumerate(words):
        start = m.start if k == 0 else m.end - len(word)
        parts.append(replace(m, start=start, end=start + len(word), text=word, tok_start=m.tok_start + k,
                             tok_end=m.tok_start + k + 1, roles=[], label="PER"))  # fmt: skip
    owners = [_match_person(p, named) for p in parts]
    if None in owners or owners[0] is owners[1]:
        return [m]
    return parts


@lru_cache(maxsize=1 << 14)  # pure, asked for every mention of every person named before a mention
def _full_person_name(text: str) -> bool:
    """Given name(s) and surname, all capitalised, no genitive inside ("Olaf Scholz", not "Salvinis Lega")."""
    toks = _tokens(text)
    given = gz.first_names("de")  # "Markus", "Klaus", "Jens": first names that end in -s are no genitive
    return (
        len(toks) >= 2
        and all(t[:1].isupper() for t in toks)
        # ("Nicolás Maduro": a first name in -s counts with its accent too; seventeenth session)
        and not any(t.endswith("s") and t not in given and _unaccented(t) not in given for t in toks[:-1])
    )


def _other_key(m: Mention, lang: str) -> str:
    code = gz.country_code(m.text, lang) if m.label in ("LOC", "ORG", "MISC") else None
    if code:
        return "country:" + code
    key = _name_key(m.text)
    places = gz._aliases(lang)
    if key.endswith("s") and key not in places and key[:-1] in places:
        key = key[:-1]
    elif m.label == "LOC" and _genitive_place(m.text, lang):
        key = _name_key(m.text[:-1])  # "Teherans" … "Teheran": a city in the genitive
    elif m.label == "LOC" and (continent := _continent(m.text, lang)):
        key = _name_key(continent)  # "Europas" … "Europa"
    elif m.label == "LOC":
        key = _name_key(_bare_place_name(m.text, lang))
    return key


def _bare_place_name(text: str, lang: str) -> str:
    """What stays the same in every mention of a place: "Provinz Isabela" … "Isabela" (a place noun of
    ``place_nouns.txt`` before the name), "im Roten Meer" … "das Rote Meer", "Indischen Ozean" … "Indischer
    Ozean" (capitalised adjectives before the last word, without their case ending)."""
    words = text.split()
    if len(words) >= 2 and words[0] in gz.place_nouns(lang) and words[1][:1].isupper():
        return " ".join(words[1:])
    if len(words) >= 2 and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words):
        stems = []
        for w in words[:-1]:
            ending = next((e for e in _LONGEST_ENDING_FIRST if w.endswith(e) and len(w) - len(e) >= 3), None)
            if ending is None:
                return text
            stems.append(w[: -len(ending)])
        return " ".join([*stems, words[-1]])
    return text


def _org_with_kind_noun(text: str, lang: str) -> str | None:
    """ "Huthi-Miliz", "Hamas-Bewegung": a known organisation and, after a hyphen, a noun for its own kind
    (``org_kind_nouns.txt``) name that organisation itself (its canonical name), not a part of it."""
    parts = text.split("-")
    if len(parts) < 2 or parts[-1] not in lang_resource(lang, "org_kind_nouns.txt"):
        return None
    org = _org_front(parts, lang)
    return org.name if org is not None else None


def _org_front(parts: list[str], lang: str) -> gz.Org | None:
    """The known organisation named by all parts of a hyphen compound but its head: "Huthi" (Huthi-Miliz),
    "Al-Schabaab" (Al-Schabaab-Miliz), "Boko Haram" (Boko-Haram-Miliz: the compound hyphenates the name's space)."""
    front = parts[:-1]
    return gz.org("-".join(front), lang) or (gz.org(" ".join(front), lang) if len(front) > 1 else None)


def _tokens(text: str) -> list[str]:
    return [t for t in re.split(r"[\s\-]+", text) if t]


def _match_person(m: Mention, people: list[Cluster], lang: str = "de", family_first: bool = False) -> Cluster | None:
    """The person a name mention belongs to; ``family_first`` lets a lone word match a two-word name written family
    name first ("Xi" … "Xi Jinping"), only when grouping (never to split a span into two people)."""
    toks = _tokens(m.text)
    if not toks:  # a mention of dashes only ("–") names nobody
        return None
    last = toks[-1]
    if len(toks) == 1:  # "Chavez" for "Hugo Chávez": a lone surname compares without accents (the other side too)
        last = _unaccented(last)
    fold_all, fold_head = {t.casefold() for t in toks}, {t.casefold() for t in toks[:-1]}
    candidates: list[Cluster] = []
    family: list[Cluster] = []
    for cluster in people:
        for other in cluster.mentions:
            if other.kind != "name":
                continue
            o_toks = _tokens(other.text)
            if not o_toks:
                continue
            o_last = o_toks[-1] if o_toks[-1] in (last, _strip_genitive(last)) else _unaccented(o_toks[-1])
            same_last = o_last in (last, _strip_genitive(last)) or _strip_genitive(o_last) == last
            if not same_last and len(toks) == 1 and len(last) >= 5:
                # "Karzai" … "Hamid Karsai": one transliterated surname spelt two ways (z/s, ph/f, y/i, double
                # consonants) in one text
                same_last = _spelling_key(o_toks[-1]) in (_spelling_key(last), _spelling_key(_strip_genitive(last)))
            if len(toks) == 1 and not same_last and {last, _strip_genitive(last)} & set(_inner_names(other.text)):
                candidates.append(cluster)  # "Lula" for "Luiz Inácio Lula da Silva"
                break
            if family_first and len(toks) == 1 and not same_last and last == _family_name_first(other.text, lang):
                family.append(cluster)  # "Xi" for "Xi Jinping", unless someone else has that surname
                break
            # particles compare in any case: "De Maizière" at a sentence start for "Thomas de Maizière"
            o_fold = [t.casefold() for t in o_toks] if same_last else []
            if same_last and (fold_head <= set(o_fold) or set(o_fold[:-1]) <= fold_all):
                candidates.append(cluster)
                break
    if not candidates and len(family) == 1:
        return family[0]
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    # Several people share the surname: the one mentioned last before this mention.
    before = [c for c in candidates if c.last_before(m.start) >= 0]
    return max(before, key=lambda c: c.last_before(m.start)) if before else None


def _merge_aliases(clusters: list[Cluster]) -> None:
    """Join the cluster of a bracketed short form to the cluster of the name it follows."""
    for c in clusters:
        for m in list(c.mentions):
            if m.alias_of is None:
                continue
            target = next((t for t in clusters if any(x.start == m.alias_of for x in t.mentions)), None)
            if target is not None and target is not c:
                for x in c.mentions:
                    target.add(x)
                c.mentions = []
                break
    clusters[:] = [c for c in clusters if c.mentions]


def _merge_acronyms(clusters: list[Cluster], lang: str = "de") -> None:
    """ "Internationale Energieagentur" … "IEA" style: an all-caps ORG name joins the ORG whose initials it spells."""
    orgs = [c for c in clusters if c.label == "ORG"]
    for short in orgs:
        text = short.mentions[0].text
        # all caps ("IEA"), or caps around a lowercase function word ("PiS" = "Prawo i Sprawiedliwość")
        if not (2 <= len(text) <= 6 and text.isalpha() and sum(ch.isupper() for ch in text) >= 2 and text[0].isupper()):
            continue
        known = gz.org(text, lang)
        for long in orgs:
            if long is short or not long.mentions:
                continue
            if gz.exact_places(long.mentions[0].text, lang) and gz.org(long.mentions[0].text, lang) is None:
                continue  # "Upper Nile" (a state the NER tagged ORG) is no long form of "UN"
            if known is not None and (other := gz.org(long.mentions[0].text, lang)) is not None and other != known:
                continue  # both listed, as different bodies
            tokens = _tokens(long.mentions[0].text)
            capitalised = "".join(w[0] for w in tokens if w[:1].isupper())
            every_word = "".join(w[0] for w in tokens if w[:1].isalpha())
            if (text.isupper() and capitalised.upper() == text) or (len(tokens) > 1 and every_word == text):
                for m in short.mentions:
                    long.add(m)
                short.mentions = []
                break
    clusters[:] = [c for c in clusters if c.mentions]


# --- the component ---------------------------------------------------------------------------------------


class EntityLinker:
    def __init__(self, lang: str = "de") -> None:
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        clusters = entity_clusters(doc, self.lang)
        doc._.entities = _to_entities(clusters, self.lang)
        # which mentions are names (not "der Präsident", "sie"): the contract's Entity does not say, scorers need it;
        # each as the name alone: "Präsident Emmanuel Macron" is one mention, its name is "Emmanuel Macron"
        doc._.name_mentions = sorted(
            {(m.start if m.name_start is None else m.name_start, m.end) for c in clusters for m in c.mentions
             if m.kind == "name"}
        )  # fmt: skip
        return doc


def build_entities(doc: Doc, lang: str = "de") -> list[Entity]:
    return _to_entities(entity_clusters(doc, lang), lang)


def entity_clusters(doc: Doc, lang: str = "de") -> list[Cluster]:
    """The document's entities as clusters of typed mentions (name, nominal, group, pronoun)."""
    if not len(doc):
        return []
    blocked: list[int] = []
    view = DocView.of(doc)
    mentions = _ner_mentions(doc, lang, blocked, view)
    mentions = _titled_split_names(doc, view, mentions, lang)
    mentions = _institution_place_names(doc, view, mentions, lang)
    taken = [False] * len(doc)
    for k in blocked:
        taken[k] = True
    for m in mentions:
        for k in range(m.tok_start, m.tok_end):
            taken[k] = True
    # (sixteenth session) a range opened by "Hohe" first: "im Hohen Himalaya" is one name, not the listed range alone
    mentions += _elevated_landform_mentions(doc, view, taken, lang)
    mentions += _genitive_figure_mentions(doc, view, mentions, taken, lang)
    mentions += _gazetteer_mentions(doc, view, taken, lang)
    mentions += _genitive_town_mentions(doc, view, taken, lang)
    mentions += _feature_name_mentions(doc, view, taken, lang)
    mentions += _valley_mentions(doc, view, taken, lang)
    mentions += _vessel_name_mentions(doc, view, taken, lang)
    mentions += _infrastructure_name_mentions(doc, view, taken, lang)
    mentions += _compass_region_mentions(doc, view, taken, lang)
    mentions += _coast_mentions(doc, view, taken, lang)
    mentions += _hyphen_region_mentions(doc, view, mentions, taken, lang)
    mentions += _strait_names(doc, view, mentions, taken, lang)
    mentions += _disaster_place_names(doc, view, mentions, taken, lang)
    mentions += _titled_name_mentions(doc, view, taken, lang)
    mentions += _given_name_mentions(doc, view, taken, lang)
    mentions += _org_pattern_mentions(doc, view, mentions, taken, lang)
    mentions += _head_noun_acronyms(doc, view, mentions, taken, lang)
    mentions += _field_body_names(doc, view, mentions, taken, lang)
    mentions += _capitalised_genitive_names(doc, view, mentions, taken, lang)
    mentions += _year_body_names(doc, view, taken, lang)
    mentions += _listed_party_names(doc, view, mentions, taken, lang)
    mentions += _mission_names(doc, view, mentions, taken, lang)
    mentions += _party_member_mentions(doc, view, taken, lang, mentions)
    mentions += _spelled_out_acronyms(doc, mentions, taken, lang)
    mentions += _long_name_acronyms(doc, mentions, taken, lang)
    mentions += _parenthetical_acronyms(doc, mentions, taken)
    mentions += _repeated_mentions(doc, view.text, mentions, taken, lang)
    mentions += _surname_mentions(doc, view, mentions, taken, lang)
    mentions = _with_name_particles(doc, view, mentions, taken, lang)
    mentions += _org_body_mentions(view, mentions, taken, lang)
    mentions = _trim_mention_edges(mentions, view.text)
    mentions = _join_name_word_acronyms(doc, mentions, view.text, lang)
    mentions = _numbered_names(doc, mentions, taken)
    _numbered_unit_names(doc, view, mentions, taken, lang)
    _hyphen_org_head_labels(view, mentions, lang)
    mentions += _place_noun_names(doc, view, mentions, taken, lang)
    _titled_apposition_people(doc, view, mentions, lang)
    mentions += _apposed_person_names(doc, view, mentions, taken, lang)
    _headed_name_tails(doc, view, mentions, taken, lang)
    _given_name_before(doc, view, mentions, taken, lang)
    _foreign_generic_institutions(doc, view, mentions, lang)
    _town_after_office(doc, mentions, lang)
    _elevated_landform_labels(doc, view, mentions, lang)
    mentions = _parliament_groups(view, mentions, lang)
    # "beim Treffen der Minister Ende kommender Woche": a one-word person name that only opens a longer time phrase
    # is that phrase's head noun ("Ende", "Anfang", "Mitte"), no person (2026-12-06, fifteenth session)
    opening = {tx.start for tx in doc._.timexes or () if " " in tx.text}
    mentions = [m for m in mentions if not (m.label == "PER" and m.tok_end - m.tok_start == 1 and m.start in opening)]
    mentions.sort(key=lambda m: m.start)
    mention_at = {k: m for m in mentions for k in range(m.tok_start, m.tok_end)}

    extra: list[Mention] = []  # nominal and group mentions
    for i in range(len(doc)):
        if i in mention_at or not view.words[i][:1].isupper():  # titles are capitalised nouns
            continue
        phrase = _role_at(doc, i, lang, mention_at)
        if phrase is None:
            continue
        _attach_role(doc, phrase, mention_at, extra, lang)
    extra += _member_groups(doc, view, mention_at, mentions, lang)

    _unify_name_labels(doc, [m for m in mentions if m.kind == "name"], lang)
    clusters = _group_names([m for m in mentions if m.kind == "name"], lang, _headline_end(view.text))
    _apply_name_attributes(clusters, lang)
    _apposition_gender(doc, clusters)
    blockers, deferred = _link_nominals(clusters, [m for m in extra if m.kind == "nominal"], lang, doc)
    _group_groups(clusters, [m for m in extra if m.kind == "group"], lang)
    _institution_anaphors(doc, view, clusters, lang)
    _outcome_anaphors(doc, view, clusters, lang)
    _member_anaphors(doc, view, clusters, lang)
    blockers += _unnamed_individuals(doc, view, mention_at, lang)
    _link_epithets(view, clusters, blockers, mention_at, lang)
    _resolve_pronouns(doc, view, clusters, blockers, lang, deferred)
    _neuter_pronouns(doc, view, clusters, lang)
    _office_org_countries(doc, clusters, lang)
    _local_leader_countries(doc, clusters, lang)
    _titled_people_countries(doc, view, clusters, lang)
    _ambiguous_org_countries(clusters, lang)
    _foreign_namesakes(doc, clusters, lang)
    _possessive_countries(doc, view, clusters, blockers, lang)
    _counterparts(doc, view, clusters, blockers, lang)
    _clients(doc, view, clusters, lang)
    _nominative_names(doc, clusters, lang)
    return clusters


def _feature_name_mentions(doc: Doc, view: DocView, taken: list[bool], lang: str) -> list[Mention]:
    """ "nahe dem Second-Thomas-Riff", "die Spratly-Inseln": a hyphen compound whose front parts are capitalised
    names (no word of the noun lexicon, no known organisation) and whose last part is a natural feature
    (``feature_heads.txt``) names a place, whether or not the NER found it."""
    heads = lang_resource(lang, "feature_heads.txt")
    out = []
    for i, tok in enumerate(doc):
        word = view.words[i]
        if taken[i] or "-" not in word or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        *front, last = word.split("-")
        if last not in _genitive_set(heads):
            continue
        if not all(p[:1].isupper() and p.isalpha() and nouns.lexicon_base(p, lang) is None for p in front):
            continue  # "Korallen-Riff", "Nord-Insel" … a common noun or a direction in front: no name
        if gz.org(word, lang) is not None or any(gz.org(p, lang) is not None for p in front):
            continue
        taken[i] = True
        out.append(Mention(tok.idx, tok.idx + len(tok), "LOC", "name", word, tok_start=i, tok_end=i + 1))
    return out


def _feature_compound(word: str, lang: str) -> bool:
    """A hyphen compound of capitalised name parts (no word of the noun lexicon) and a natural feature noun
    (``feature_heads.txt``): "Kongo-Fluss", "Spratly-Inseln"."""
    *front, last = word.split("-")
    heads = lang_resource(lang, "feature_heads.txt")
    return (
        bool(front)
        and last in _genitive_set(heads)
        and all(p[:1].isupper() and p.isalpha() and nouns.lexicon_base(p, lang) is None for p in front)
    )


def _elevated_landform_at(doc: Doc, view: DocView, i: int, lang: str) -> bool:
    """ "im Hohen Atlas", "in der Hohen Tatra", "in den Hohen Tauern": German writes an adjective in capitals
    inside a sentence only in a name, and a capitalised "Hohe" at ``i`` with a capitalised word after a place
    preposition (or its contraction with an article) names a mountain range; not a body or an office ("im Hohen
    Haus", "beim Hohen Kommissar")."""
    if i < 1 or i + 1 >= len(doc) or view.words[i] not in _entity_words("elevated_landform_adjectives", lang):
        return False
    if doc[i].is_sent_start:
        return False
    before = view.lowers[i - 1]
    preps = lang_resource(lang, "place_prepositions.txt")
    after_prep = before in lang_resource(lang, "article_contractions.txt") or (
        i >= 2 and before in _DEFINITE_FORMS and view.lowers[i - 2] in preps
    )
    name = doc[i + 1]
    if not after_prep or not name.is_alpha or not name.text[:1].isupper():
        return False
    if name.text in _entity_words("elevated_landform_non_places", lang):
        return False
    return not (gz.role(name.text, lang) or gz.org(name.text, lang) or _given_name(name.text, lang))


def _elevated_landform_mentions(doc: Doc, view: DocView, taken: list[bool], lang: str) -> list[Mention]:
    """Mountain ranges opened by a capitalised "Hohe" (``_elevated_landform_at``) that the NER missed."""
    out = []
    for i in range(1, len(doc) - 1):
        if taken[i] or taken[i + 1] or not _elevated_landform_at(doc, view, i, lang):
            continue
        out.append(Mention(doc[i].idx, view.ends[i + 1], "LOC", "name", view.span_text(i, i + 2), tok_start=i,
                           tok_end=i + 2))  # fmt: skip
        taken[i] = taken[i + 1] = True
    return out


def _valley_mentions(doc: Doc, view: DocView, taken: list[bool], lang: str) -> list[Mention]:
    """ "im Susatal", "im norditalienischen Pankisital", "aus dem Kinzigtal": a capitalised compound in "-tal" that
    no dictionary knows, after a place preposition (maybe with adjectives between), is a valley named after its
    river or town, a place the NER misses. Known words ("Eigenkapital", "Seitental") unless named after a town the
    gazetteer knows ("Aostatal"), and endings that are no valley ("-portal", "-spital", ``valley_non_name_endings``)
    are left alone."""
    endings = tuple(_entity_words("valley_non_name_endings", lang))
    # (sixteenth session) a highland or lowland too ("im Andenhochland"; ``landform_compound_heads``)
    heads = tuple(_entity_words("landform_compound_heads", lang))
    preps = lang_resource(lang, "place_prepositions.txt") | lang_resource(lang, "article_contractions.txt")
    out = []
    for i in range(1, len(doc)):
        word = view.words[i]
        low = view.lowers[i]
        if taken[i] or len(word) < 6 or not low.endswith(heads) or not word[:1].isupper() or not word.isalpha():
            continue
        if low.endswith(endings):
            continue
        head = next(h for h in heads if low.endswith(h))
        stem = word[: -len(head)]
        if len(stem) < 3:
            continue  # "Hochland" itself has no name in front
        if _dictionary_word(word, lang) and not (len(stem) >= 3 and gz.exact_places(stem, lang)):
            continue  # "Seitental", "Jammertal"; but "Aostatal" is listed as a word and named after a town
        p = i - 1
        while p > 0 and i - p <= 2 and doc[p].tag_ == "ADJA" and view.words[p].islower():
            p -= 1  # "im norditalienischen Susatal"
        if view.lowers[p] in _DEFINITE_FORMS and view.lowers[p] not in preps and p > 0:
            p -= 1  # "aus dem Kinzigtal" ("im" is an article too, and the preposition itself)
        if view.lowers[p] not in preps:
            continue
        out.append(Mention(doc[i].idx, view.ends[i], "LOC", "name", word, tok_start=i, tok_end=i + 1))
        taken[i] = True
    return out


def _parliament_groups(view: DocView, mentions: list[Mention], lang: str) -> list[Mention]:
    """(sixteenth session) "Die Grünen im Europaparlament forderten …": a national party (``orgs.tsv``, with a
    country) right before "im" and an international parliament (``orgs.tsv``, no country) is that parliament's
    group, no national party: one organisation name over both, with no country."""
    at = {m.tok_start: m for m in mentions if m.kind == "name"}
    drop: set[int] = set()
    for m in mentions:
        if m.kind != "name" or m.label != "ORG" or m.tok_end + 1 >= len(view.words):
            continue
        party = gz.org(m.text, lang)
        after = at.get(m.tok_end + 1)
        if party is None or party.country is None or view.lowers[m.tok_end] != "im" or after is None:
            continue
        body = gz.org(after.text, lang)
        if (
            body is None
            or body.country is not None
            or not _ends_in_head(body.name, frozenset(_entity_words("international_parliament_heads", lang)))
        ):
            continue
        m.end, m.tok_end = after.end, after.tok_end
        m.text = view.span_text(m.tok_start, m.tok_end)
        drop.add(id(after))
    return [m for m in mentions if id(m) not in drop] if drop else mentions


def _elevated_landform_labels(doc: Doc, view: DocView, mentions: list[Mention], lang: str) -> None:
    """ "in der Hohen Tatra" tagged ORG by the NER: a mountain range is a place."""
    for m in mentions:
        two_words = m.kind == "name" and m.label != "LOC" and m.tok_end == m.tok_start + 2
        if two_words and _elevated_landform_at(doc, view, m.tok_start, lang):
            m.label = "LOC"


@lru_cache(maxsize=1 << 14)  # pure, asked for most words of every document
def _product_noun(word: str, lang: str) -> bool:
    """A noun that introduces a product's or vessel's name (``product_type_nouns.txt``), also as the head of a
    closed compound: "Seenotrettungsschiff", "Marineschiffs", "Schlauchboot" end in a listed noun of six letters
    or more (short ones such as "typ" only as the whole word)."""
    low = word.lower()
    nouns = lang_resource(lang, "product_type_nouns.txt")
    return low in nouns or (low.isalpha() and any(len(n) >= 6 and low.endswith(n) for n in nouns))


def _vessel_name_mentions(doc: Doc, view: DocView, taken: list[bool], lang: str) -> list[Mention]:
    """ "das Rettungsschiff „Sea Star 2“", "die Fähre „Nordlicht“": a quoted name right after a vessel or product
    noun is a name (MISC) even when the NER tags none of it (numbers and English words inside)."""
    out = []
    for i in range(1, len(doc) - 2):
        if view.words[i] not in ("„", "»") or not _product_noun(view.words[i - 1], lang):
            continue
        close = next((k for k in range(i + 1, min(i + 7, len(doc))) if view.words[k] in ("“", "«", '"')), None)
        if close is None or close == i + 1 or not view.words[i + 1][:1].isupper():
            continue
        if any(taken[k] for k in range(i + 1, close)):
            continue
        for k in range(i + 1, close):
            taken[k] = True
        end = doc[close - 1].idx + len(doc[close - 1])
        text = view.text[doc[i + 1].idx : end]
        out.append(Mention(doc[i + 1].idx, end, "MISC", "name", text, tok_start=i + 1, tok_end=close))
    return out


def _infrastructure_name_mentions(doc: Doc, view: DocView, taken: list[bool], lang: str) -> list[Mention]:
    """ "das Kabel Estlink 2", "die Gasleitung Nord Stream 2": after a noun of ``infrastructure_nouns.txt`` (or a
    closed compound ending in one: "Stromkabel", "Gaspipeline"), one to three capitalised words that the tagger
    calls proper nouns or no dictionary knows, and an optional number, name the line or cable (MISC), which the NER
    misses. A known place after the noun ("die Leitung Berlin", "die Pipeline Russland") is left to the place rules."""
    nouns = tuple(lang_resource(lang, "infrastructure_nouns.txt"))
    words = view.words
    n = len(words)
    out: list[Mention] = []
    for i in range(n - 1):
        if not (words[i][:1].isupper() and words[i][1:].islower() and view.lowers[i].endswith(nouns)):
            continue
        end = i + 1
        while (
            end < n and end - i <= 3 and not taken[end] and words[end][:1].isupper() and words[end].isalpha()
            and (doc[end].tag_ == "NE" or doc[end].pos_ == "PROPN" or not _dictionary_word(words[end], lang))
        ):  # fmt: skip
            end += 1
        if end == i + 1:
            continue
        name = view.span_text(i + 1, end)
        if gz.exact_places(name, lang) or gz.country_code(name, lang) or gz.org(name, lang):
            continue
        last_end = None
        if end < n and not taken[end] and words[end].isdigit() and len(words[end]) <= 2:
            end += 1  # "Estlink 2": the line's number belongs to its name
        elif end < n and not taken[end] and (last_end := _sentence_final_number(doc, end)) is not None:
            end += 1  # "… an Nord Stream 2. Die Ermittler …": the number without the sentence's full stop
        char_end = last_end if last_end is not None else view.ends[end - 1]
        out.append(Mention(view.starts[i + 1], char_end, "MISC", "name", view.text[view.starts[i + 1] : char_end],
                           tok_start=i + 1, tok_end=end))  # fmt: skip
        for k in range(i + 1, end):
            taken[k] = True
    return out


def _foreign_generic_institutions(doc: Doc, view: DocView, mentions: list[Mention], lang: str) -> None:
    """ "der Kongress" in a report on Argentina: a bare institution noun that many countries use
    (``generic_institution_nouns.txt``) and that ``orgs.tsv`` gives to one country's body ("US-Kongress") is that
    body only when the text names that country or no country at all; else it is the institution of the country the
    text names (when it names one) and is no link to the foreign body."""
    generic = lang_resource(lang, "generic_institution_nouns.txt")
    countries: frozenset[str] | None = None
    places = {m.tok_start: m for m in mentions if m.label == "LOC" and m.kind == "name"}
    for m in mentions:
        if m.label != "ORG" or m.kind != "name" or (org := gz.org(m.text, lang)) is None or not org.country:
            continue
        seat = places.get(m.tok_end + 1) if m.tok_end < len(doc) and doc[m.tok_end].lower_ == "in" else None
        seat_country = _loc_country(seat, lang) if seat is not None else None
        if seat_country and seat_country != org.country and " " not in m.text and _dictionary_word(m.text, lang):
            # "die Bundesregierung in Wien", "das Parlament in Kiew": a common-noun body placed in a city of another
            # country is that country's body, not the one orgs.tsv gives the noun
            m.key = "generic:" + _strip_genitive(m.text)
            m.country = seat_country
            continue
        if m.text not in generic and _strip_genitive(m.text) not in generic:
            continue
        if countries is None:
            countries = _text_countries(doc, view, lang)
        if not countries or org.country in countries:
            continue
        m.key = "generic:" + _strip_genitive(m.text) if m.text not in generic else "generic:" + m.text
        m.country = next(iter(countries)) if len(countries) == 1 else None


_AGE_NOUN = re.compile(r"\d+-Jährige[rn]?")


def _link_epithets(
    view: DocView, clusters: list[Cluster], blockers: list[Cluster], mention_at: dict[int, Mention], lang: str
) -> None:
    """ "Mark Rutte … sagte der Niederländer", "Olaf Scholz … Der 65-Jährige": an inhabitant noun joins the one person
    of that country named before it in its paragraph (at most three sentences back), an age noun the one person named
    there; with two candidates it stays unresolved."""
    text = view.text
    # "warf der 58-Jährigen vor", "dem 40-Jährigen": an age noun in the dative, accusative or genitive, where the
    # article alone gives the gender (2026-12-06, thirteenth session)
    oblique = _pairs(lang, "age_noun_oblique_articles.tsv")
    for i in range(1, len(view.words)):
        word, article = view.words[i], view.lowers[i - 1]
        oblique_gender = oblique.get(article) if word.endswith("n") and _AGE_NOUN.fullmatch(word) else None
        if i in mention_at or (article not in NOMINATIVE_ARTICLES and oblique_gender is None) or not word[:1].isalnum():
            continue
        if i + 1 < len(view.words) and (i + 1 in mention_at or view.words[i + 1][:1].isupper()):
            continue  # "der Niederländer Mark Rutte": an apposition, the name follows
        feminine = word.endswith(_entity_words("feminine_noun_endings", lang))
        if oblique_gender is None and (article == "die") != feminine and not (article == "der" and word.endswith("e")):
            continue  # "die Niederländer": a plural
        code = gz.demonym_noun(word, lang) or (gz.demonym_noun(word[:-2], lang) if word.endswith("in") else None)
        if code is None and not _AGE_NOUN.fullmatch(word):
            continue
        start = view.starts[i]
        para = text.rfind("\n", 0, start) + 1
        lo = max(para, _sentence_start_before(text, start, 3))
        people = [c for c in clusters + blockers if c.label == "PER" and c.mentioned_in(lo, start)]
        gender = oblique_gender or ("f" if article == "die" else "m")
        people = [c for c in people if not (gender and c.gender and c.gender != gender)]
        if code:
            fits = [c for c in people if code in c.country_votes]
            if not fits and len(people) == 1 and not people[0].country_votes:
                fits = people
        else:
            fits = people
        if len(fits) == 1 and fits[0] not in blockers:
            fits[0].add(Mention(start, view.ends[i], "PER", "nominal", word, country=code, gender=gender,
                                tok_start=i, tok_end=i + 1))  # fmt: skip


def _sentence_start_before(text: str, pos: int, n: int) -> int:
    """The offset where the ``n``-th sentence before ``pos`` starts (full stops, ! and ? before a space)."""
    at = pos
    for _ in range(n + 1):
        found = max(text.rfind(". ", 0, at), text.rfind("! ", 0, at), text.rfind("? ", 0, at))
        if found < 0:
            return 0
        at = found
    return at + 2


def _unnamed_individuals(doc: Doc, view: DocView, mention_at: dict[int, Mention], lang: str) -> list[Cluster]:
    """ "den Tod des Polizisten in Kauf genommen, als er auf ihn schoss": a group noun for one unnamed man
    (``individual_group_nouns.txt`` after a singular article) is a pronoun blocker, like an unnamed "der Richter"."""
    nouns = lang_resource(lang, "individual_group_nouns.txt")
    articles = lang_resource(lang, "singular_articles.txt")
    out = []
    for i in range(1, len(view.words)):
        word = view.words[i]
        if i in mention_at or view.lowers[i - 1] not in articles or not word[:1].isupper():
            continue
        # "Polizist", "(des) Polizisten", "(des) Ermittlers"; after "der" only the nominative ("der Polizisten": plural)
        stems = [word] if view.lowers[i - 1] == "der" else [word, word[:-2], word[:-1]]
        stem = next((x for x in stems if x in nouns), None)
        role = gz.role(stem, lang) if stem else None
        if role is None:
            continue
        blocker = Cluster("PER")
        blocker.add(Mention(view.starts[i], view.ends[i], "PER", "nominal", view.words[i], roles=[role.form],
                            gender="m", tok_start=i, tok_end=i + 1))  # fmt: skip
        out.append(blocker)
    return out


def _possessive_countries(doc: Doc, view: DocView, clusters: list[Cluster], blockers: list[Cluster], lang: str) -> None:
    """ "Lula forderte … Sein Land habe …": "Land" after a possessive whose owner is one person (found as for
    "er") is that person's country, when the text names that country."""
    owners = _pairs(lang, "possessives.tsv")
    nouns = lang_resource(lang, "possessive_country_nouns.txt")
    people = [c for c in clusters if c.label == "PER"] + blockers
    starts = view.sentence_starts(doc)
    for i in range(len(view.words) - 1):
        gender = owners.get(view.lowers[i])
        if gender is None or view.words[i + 1] not in nouns:
            continue
        pos = view.starts[i]
        sent_i = max(k for k, s in enumerate(starts) if s <= pos)
        for lo in (starts[sent_i], starts[max(0, sent_i - SENT_WINDOW)]):
            in_window = [c for c in people if c.mentioned_in(lo, pos)]
            if any(_pronoun_fits(c, gender) for c in in_window):
                break
        fits = [c for c in in_window if _pronoun_fits(c, gender)]
        if len(fits) > 1:
            fits = [c for c in fits if _subject_mention_in(doc, c, lo, pos)]
        if len(fits) != 1 or fits[0] in blockers:
            continue
        if fits[0].country_votes:
            code = fits[0].country_votes.most_common(1)[0][0]
        else:  # "Die Regierung in Juba reagierte empört. …, sagte Außenminister Deng Malual. … sein Land"
            code = _spoken_for_country(doc, fits[0], clusters, starts, lang)
        if code is None:  # an international office holder
            continue
        country = [c for c in clusters if c.label == "LOC" and any(
            m.kind == "name" and gz.country_code(m.text, lang) == code for m in c.mentions)]  # fmt: skip
        if len(country) == 1:
            country[0].add(Mention(view.starts[i + 1], view.ends[i + 1], "LOC", "nominal", view.words[i + 1],
                                   tok_start=i + 1, tok_end=i + 2))  # fmt: skip


def _spoken_for_country(doc: Doc, person: Cluster, clusters: list[Cluster], starts: list[int], lang: str) -> str | None:
    """The country a holder of a national office (``national_office_endings.txt``) with no country of his own speaks
    for: the country named, or the country of the state institution ("die Regierung in Juba") named, in the subject
    of the sentence before his first mention or of his own sentence before him; None with none or two."""
    endings = tuple(lang_resource(lang, "national_office_endings.txt"))
    if not endings or not any(r.casefold().endswith(endings) for r in person.roles):
        return None
    first = min(person.mentions, key=lambda m: m.start)
    sent_i = max(k for k, s in enumerate(starts) if s <= first.start)
    lo = starts[max(0, sent_i - 1)]
    codes: set[str] = set()
    for c in clusters:
        for m in c.mentions:
            if not (lo <= m.start < first.start) or m.tok_start >= len(doc) or not _in_subject(doc, m.tok_start):
                continue
            if m.kind == "group" and m.country:
                codes.add(m.country)
            elif c.label == "LOC" and m.kind == "name" and (code := gz.country_code(m.text, lang)):
                codes.add(code)
    return codes.pop() if len(codes) == 1 else None


def _office(role: str) -> str:
    """ "Verteidigungsministerin" → "verteidigungsminister": a title's office, either gender."""
    low = role.casefold()
    return low[:-2] if low.endswith("in") and len(low) > 5 else low


def _same_office(a: list[str], b: list[str], lang: str) -> bool:
    """Whether two people's titles name the same office ("Bundesverteidigungsminister", "Verteidigungsministerin")."""
    offices = [_office(r) for r in b]
    return any(_office(r) in offices or _role_fits(_office(r), offices, lang) for r in a)


def _people_scan(doc: Doc, view: DocView, clusters: list[Cluster]) -> tuple[list[Cluster], set[int], list[int]]:
    """What a scan for a possessive + person noun needs: the person clusters, the tokens already in a mention and
    the sentence starts."""
    people = [c for c in clusters if c.label == "PER"]
    taken = {k for c in clusters for m in c.mentions for k in range(m.tok_start, m.tok_end)}
    return people, taken, view.sentence_starts(doc)


@lru_cache(maxsize=8)
def _gender_lexicon(
    lang: str, name: str, genders: tuple[str, ...], words: tuple[str, ...]
) -> tuple[list[dict[str, str]], list[frozenset[str]]]:
    """The possessive-noun lexicons of :func:`_counterparts` and :func:`_clients` (``counterparts.json``,
    ``client_nouns.json``): the word -> gender maps under ``genders`` and the word sets under ``words`` (empty
    where the language lacks the file), built once per language rather than for every document; callers must not
    change them."""
    lex = lang_json(lang, name)
    return [lex.get(key, {}) for key in genders], [frozenset(lex.get(key, ())) for key in words]


def _counterparts(doc: Doc, view: DocView, clusters: list[Cluster], blockers: list[Cluster], lang: str) -> None:
    """ "Pistorius will … sich mit seiner litauischen Amtskollegin treffen": a counterpart noun
    (``counterparts.json``) after a possessive whose owner is one person (found as for "er"/"sie") is the one
    other person of the text who holds the owner's office (of the country an adjective names, of the noun's
    gender); with none or several it stays unresolved. "seinen Amtskollegen Blinken" (a name follows) is left to
    the apposition rules; "seine Amtskollegen" is a plural."""
    (nouns, owner_forms), (plural_owners,) = _gender_lexicon(
        lang, "counterparts.json", ("nouns", "owners"), ("plural_owners",)
    )
    if not nouns:
        return
    people, taken, starts = _people_scan(doc, view, clusters)
    n = len(view.words)
    for i in range(n - 1):
        owner_gender = owner_forms.get(view.lowers[i])
        if owner_gender is None:
            continue
        k = i + 1
        while k < n - 1 and k <= i + 2 and view.words[k][:1].islower() and doc[k].tag_ == "ADJA":
            k += 1
        noun = view.words[k]
        if noun not in nouns or k in taken or (view.lowers[i] in plural_owners and noun.endswith("en")):
            continue
        if k + 1 < n and (k + 1 in taken or doc[k + 1].pos_ == "PROPN"):
            continue  # "seinen Amtskollegen Antony Blinken": the name follows
        codes = {gz.demonym_adjective(view.lowers[a], lang) for a in range(i + 1, k)} - {None}
        pos = view.starts[i]
        sent_i = max(x for x, s in enumerate(starts) if s <= pos)
        lo = starts[max(0, sent_i - SENT_WINDOW)]
        owners = [c for c in people + blockers if c.mentioned_in(lo, pos) and _pronoun_fits(c, owner_gender)]
        if len(owners) > 1:
            owners = [c for c in owners if _subject_mention_in(doc, c, lo, pos)]
        if len(owners) != 1 or owners[0] in blockers or not owners[0].roles:
            continue
        owner = owners[0]
        gender = nouns[noun] if nouns[noun] in ("m", "f") else None
        fits = [
            c for c in people
            if c is not owner and c.roles and _same_office(c.roles, owner.roles, lang)
            and not (gender and c.gender and c.gender != gender)
            and not (codes and not codes & set(c.country_votes))
            and not (owner.country_votes and c.country_votes and set(c.country_votes) <= set(owner.country_votes))
        ]  # fmt: skip
        if len(fits) == 1:
            fits[0].add(Mention(view.starts[i + 1], view.ends[k], "PER", "nominal", view.span_text(i + 1, k + 1),
                                gender=gender, tok_start=i + 1, tok_end=k + 1))  # fmt: skip


def _clients(doc: Doc, view: DocView, clusters: list[Cluster], lang: str) -> None:
    """ "Pfeiffers Anwalt kündigte an, sein Mandant werde …": a possessive + client noun (``client_nouns.json``) is
    the one person named as the owner of the last lawyer noun before it (this or the previous sentence): a genitive
    name right before the lawyer noun, or a name after "von"/"des"/"der" right after it."""
    (clients,), (lawyers, owner_words) = _gender_lexicon(
        lang, "client_nouns.json", ("clients",), ("lawyers", "owner_words")
    )
    if not clients:
        return
    people, taken, starts = _people_scan(doc, view, clusters)
    n = len(view.words)
    for i in range(n - 1):
        gender = clients.get(f"{view.lowers[i]} {view.words[i + 1]}")
        if gender is None or i + 1 in taken:
            continue
        if i + 2 < n and (i + 2 in taken or doc[i + 2].pos_ == "PROPN"):
            continue  # "sein Mandant Peter Kranz": the name follows
        pos = view.starts[i]
        sent_i = max(x for x, s in enumerate(starts) if s <= pos)
        lo = starts[max(0, sent_i - SENT_WINDOW)]
        owner = None
        for k in range(i - 1, 0, -1):
            if view.starts[k] < lo:
                break
            if view.words[k] not in lawyers:
                continue
            # "Pfeiffers Anwalt"; "der Anwalt von Anna Roth", "der Verteidiger des Angeklagten Kranz"
            end = k - 1 if view.words[k - 1] in ("'", "’") else k  # "Kranz' Anwalt"
            before = [
                c for c in people if any(m.tok_end == end and (end < k or m.text.endswith("s")) for m in c.mentions)
            ]
            after = []
            if k + 1 < n and view.lowers[k + 1] in owner_words:
                after = [c for c in people if any(k + 2 <= m.tok_start <= k + 3 for m in c.mentions)]
            found = before or after
            if len(found) == 1 and _pronoun_fits(found[0], gender):
                owner = found[0]
            break  # only the last lawyer noun
        if owner is not None:
            owner.add(Mention(view.starts[i + 1], view.ends[i + 1], "PER", "nominal", view.words[i + 1],
                              gender=gender, tok_start=i + 1, tok_end=i + 2))  # fmt: skip


def _loc_country(m: Mention, lang: str) -> str | None:
    """The country a place mention names: a country, or the country of a city's most populous reading."""
    code = gz.country_code(m.text, lang)
    if code is None and _continent(m.text, lang):
        return None  # "Südamerika": no country (a namesake in the gazetteer is not meant)
    if code is None:
        places = gz.place_candidates(m.text, lang)
        code = max(places, key=lambda p: (p.kind != "city", p.population)).country if places else None
    return code


def _office_org_countries(doc: Doc, clusters: list[Cluster], lang: str) -> None:
    """ "Die Präsidentin des Europäischen Parlaments, Roberta Metsola": a title owned by an organisation named in
    the genitive is an office of that organisation; the person takes the organisation's country, or none when
    ``orgs.tsv`` lists it with none (an international body): the places around say nothing about such a person."""
    orgs = {m.tok_start: c for c in clusters if c.label == "ORG" for m in c.mentions if m.kind == "name"}
    for c in clusters:
        if c.label != "PER" or c.country_votes:
            continue
        for m in c.mentions:
            k = m.tok_end
            # the title opens the mention ("EU-Kommissarin Hadja Lahbib") or stands right before it
            titles = (doc[t] for t in (m.tok_start - 1, m.tok_start) if t >= 0)
            if m.kind == "name" and any(_international_title(t, lang) for t in titles):
                c.country_votes[None] += 1  # "EU-Kommissarin Hadja Lahbib": no country, and none guessed below
                break
            if not m.roles or k + 1 >= len(doc) or doc[k].lower_ not in GENITIVE_ARTICLES:
                continue
            org = orgs.get(k + 1)
            code = _country(org, lang) if org is not None else None
            if code is None and org is not None:  # an international body: no country, and no rule below guesses one
                known = [gz.org(x.text, lang) for x in org.mentions if x.kind == "name"]
                code = None if any(o is not None and o.country is None for o in known) else "?"
            if org is not None and code != "?":
                c.country_votes[code] += 1
                break


def _international_title(tok: Token, lang: str) -> bool:
    """ "EU-Kommissarin", "Nato-Generalsekretär": a title compounded with an organisation that ``orgs.tsv`` lists
    with no country (an international body)."""
    first, _, rest = tok.text.partition("-")
    if not rest or gz.role(rest, lang) is None or rest in lang_resource(lang, "national_member_titles.txt"):
        return False  # "EU-Abgeordneter", "UN-Botschafterin": a member or envoy of one country
    org = gz.org(first, lang)
    return org is not None and org.country is None


def _ambiguous_org_countries(clusters: list[Cluster], lang: str) -> None:
    """ "Die Grünen" in a report on Austria: a name ``orgs.tsv`` gives to organisations of several countries reads
    as the one whose country the article's places and unambiguous organisations name most (mentions counted), when
    that country has more evidence than the first-listed reading's; else the first listed."""
    ambiguous = []
    evidence: Counter = Counter()
    for c in clusters:
        names = [m for m in c.mentions if m.kind == "name"]
        if not names:
            continue
        if c.label == "LOC":
            code = _loc_country(names[0], lang)
            if code:
                evidence[code] += len(c.mentions)
        elif c.label == "ORG":
            readings = next((r for m in names if len(r := gz.org_readings(m.text, lang)) > 1), None)
            if readings is not None:
                ambiguous.append((c, readings))
            else:
                org = next((o for m in names if (o := gz.org(m.text, lang)) is not None), None)
                if org is not None and org.country:
                    evidence[org.country] += len(c.mentions)
    for c, readings in ambiguous:
        best = max(readings, key=lambda o: evidence[o.country] if o.country else -1)
        n = evidence[best.country] if best.country else 0
        if n >= 2 and n > evidence[readings[0].country or ""]:
            c.country_votes = Counter({best.country: 1})


def _foreign_namesakes(doc: Doc, clusters: list[Cluster], lang: str) -> None:
    """ "die Sozialdemokraten verlangten eine Sondersitzung des Reichstags" under "STOCKHOLM (Reuters) –", "den Antrag
    der Linken" under "PARIS (AFP) –": a name of ``german_namesakes.txt`` that the lexicons give to a German body is
    the body of the text's own country when the dateline lies abroad and no other place or organisation of the
    text is German (news agencies and companies aside): the cluster becomes an organisation of the dateline's
    country under its bare name, with no link to the German entry."""
    namesakes = lang_resource(lang, "german_namesakes.txt")
    kinds = _org_kinds(lang)
    candidates: list[tuple[Cluster, str]] = []
    evidence: Counter = Counter()
    for c in clusters:
        names = [m for m in c.mentions if m.kind == "name"]
        if not names:
            continue
        if c.label in ("ORG", "LOC") and all(m.text in namesakes for m in names):
            org = gz.org(names[0].text, lang)
            text = names[0].text  # "des Reichstags": the place lexicon holds the bare form
            places = gz.exact_places(text, lang) or gz.exact_places(_strip_genitive(text), lang)
            home = org.country if org is not None else next((p.country for p in places), None)
            if home and not any(m.key.startswith("generic:") for m in names):
                candidates.append((c, home))
            continue
        if c.label == "LOC":
            code = _loc_country(names[0], lang)
        elif c.label == "ORG":
            org = next((o for m in names if (o := gz.org(m.text, lang)) is not None), None)
            # a news agency, a company ("Volkswagen" in a report on a Swedish plant) says nothing of the setting
            code = org.country if org is not None and kinds.get(org.name) not in ("news_agency", "company") else None
        else:
            code = None
        if code:
            evidence[code] += 1
    if not candidates:
        return
    dateline = _dateline_country(doc, lang)
    for c, home in candidates:
        if dateline is None or dateline == home or evidence[home]:
            continue
        for m in c.mentions:
            if m.kind == "name":  # the bare form names it: "der Linken" → "Linke", "des Reichstags" → "Reichstag"
                m.key = "generic:" + next((m.text[:-k] for k in (1, 2) if m.text[:-k] in namesakes), m.text)
        c.label = "ORG"
        c.country_votes = Counter({dateline: 1})


@lru_cache(maxsize=4)
def _leader_roles(lang: str) -> dict[str, bool]:
    """``country_leader_roles.tsv``: role → whether a German holder counts (read once, not once per document)."""
    return {row[0]: row[1] == "yes" for row in lang_rows(lang, "country_leader_roles.tsv", strip=True) if row}


@lru_cache(maxsize=4)
def _monarch_titles(lang: str) -> frozenset[str]:
    """The titles ``country_leader_roles.tsv`` marks as a monarch's (read once)."""
    rows = lang_rows(lang, "country_leader_roles.tsv", strip=True)
    return frozenset(r[0] for r in rows if len(r) > 2 and r[2] == "monarch")


@lru_cache(maxsize=4)
def _federal_titles(lang: str) -> dict[str, list[str]]:
    """``federal_titles.tsv``: a title Germany shares → the other countries that use it (read once)."""
    return {r[0]: r[1].split(",") for r in lang_rows(lang, "federal_titles.tsv", strip=True) if len(r) > 1}


def _local_leader_countries(doc: Doc, clusters: list[Cluster], lang: str) -> None:
    """A head of state or government (``country_leader_roles.tsv``) with no country of their own takes the one
    country named around their first titled mention: in the sentence before, and in their own sentence before the
    name (anywhere in it when the person is not the subject: "nach Seoul, wo er mit Präsident Lee zusammentrifft").
    Nothing when two countries are named."""
    leaders = _leader_roles(lang)
    people = [c for c in clusters if c.label == "PER" and not c.country_votes and any(r in leaders for r in c.roles)]
    if not people:
        return
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else []
    if not sents:
        return
    places = [m for c in clusters if c.label == "LOC" for m in c.mentions if m.kind == "name"]
    for c in people:
        titled = [m for m in c.mentions if m.kind == "name" and any(r in leaders for r in m.roles)]
        if not titled:
            continue
        m = min(titled, key=lambda x: x.start)
        k = next((j for j, s in enumerate(sents) if s.start_char <= m.start < s.end_char), None)
        if k is None:
            continue
        subject = any(_is_subject(doc[t]) or doc[t].dep_ == "sb" for t in range(m.tok_start, m.tok_end))
        german = any(leaders.get(r, False) for r in m.roles)
        windows = [(sents[k].start_char, m.start if subject else sents[k].end_char)]
        # within the paragraph: a sentence ending in the paragraph break ("prüfen.\n\n") belongs to the one before
        if k > 0 and "\n" not in doc_text(doc)[sents[k - 1].start_char : m.start].lstrip():
            windows.append((sents[k - 1].start_char, sents[k - 1].end_char))  # within the paragraph
        for lo, hi in windows:  # the own sentence first, the one before only when the own names no country
            codes = {_loc_country(p, lang) for p in places if lo <= p.start < hi} - {None}
            if not german:
                codes.discard("DEU")
            if codes:
                if len(codes) == 1:
                    c.country_votes[codes.pop()] += 1
                break


def _titled_people_countries(doc: Doc, view: DocView, clusters: list[Cluster], lang: str) -> None:
    """A person with no country of their own, in an article about one country, is of that country.

    Evidence: country names, country adjectives and place names in the text and headline. Applied only when one
    country clearly dominates (seen at least twice, ≥ 60 % of the evidence for people with a title, ≥ 75 % for
    others), since articles about two countries' leaders are common.
    """
    votes: Counter = Counter()
    title_words = re.findall(r"[\w\-]+", doc._.title or "")  # the headline counts too
    for word in view.words + title_words:
        code = gz.demonym_adjective(word, lang) if word[:1].islower() else None
        if code:
            votes[code] += 1
    for word in title_words:  # country names in the text are counted through the LOC entities below
        code = gz.country_code(word, lang) if word[:1].isupper() and word not in gz.org_aliases(lang) else None
        if code:
            votes[code] += 1
    for c in clusters:
        if c.label == "LOC":
            code = next((gz.country_code(m.text, lang) for m in c.mentions if m.kind == "name"), None)
            code = code or _loc_country(c.mentions[0], lang)  # a city or region: its most populous reading
            if code:
                votes[code] += len(c.mentions)
    if not votes:
        return
    top, n = votes.most_common(1)[0]
    total = sum(votes.values())
    for c in clusters:
        # Titled people follow a clear majority; people named without a title only an overwhelming one.
        share = 0.6 if c.roles else 0.75
        if c.label == "PER" and not c.country_votes and n >= 2 and n >= share * total:
            c.country_votes[top] += 1
        chamber = c.label == "ORG" and all(m.kind == "group" and m.key.endswith("|?") for m in c.mentions)
        if chamber and not c.country_votes and n >= 2 and n >= 0.6 * total:
            c.country_votes[top] += 1  # "im Senat" in an article about Italy
        # Organisations the lexicon does not know (parties, agencies, newspapers) are mostly domestic ones.
        unknown_org = c.label == "ORG" and all(gz.org(m.text, lang) is None for m in c.mentions)
        unknown_org = unknown_org and not any(_union_of_states(m.text, lang) for m in c.mentions)  # of no country
        if unknown_org and not c.country_votes and _org_country(c, lang) is None and n >= 3 and n >= 0.75 * total:
            c.country_votes[top] += 1
    # "Bundeskanzler Karl Nehammer" in a report on Austria: a title Germany shares, with no country word, follows
    # the sharing country when the article gives it at least three times Germany's evidence.
    shared = _federal_titles(lang)
    for c in clusters:
        titled = [m for m in c.mentions if m.kind == "name" and any(r in shared for r in m.roles)]
        if c.label != "PER" or set(c.country_votes) != {"DEU"} or not titled:
            continue
        if any(gz.demonym_adjective(w, lang) or gz.country_code(w.split("-")[0], lang) for w in titled[0].text.split()):
            continue  # "der deutsche Bundespräsident", "Deutschlands Bundeskanzler"
        others = [code for r in titled[0].roles for code in shared.get(r, [])]
        best = max(others, key=lambda code: votes[code], default=None)
        if best is not None and votes[best] >= 3 and votes[best] >= 3 * votes["DEU"]:  # clearly the other country
            c.country_votes = Counter({best: 1})
    # A monarch's country is never Germany: without it, one foreign country may dominate ("König Mohammed VI." in
    # a report on Morocco that also names German helpers).
    monarchs = _monarch_titles(lang)
    foreign = votes.copy()
    foreign.pop("DEU", None)
    if not foreign or not monarchs:
        return
    top, n = foreign.most_common(1)[0]
    for c in clusters:
        if (
            c.label == "PER"
            and not c.country_votes
            and monarchs & set(c.roles)
            and n >= 2
            and n >= 0.6 * sum(foreign.values())
        ):
            c.country_votes[top] += 1


def _genitive_of_named(doc: Doc, m: Mention) -> bool:
    """``m`` is a name in the genitive -s ("Samanis", "Rahmani Purs") of a name the text also gives without it."""
    if not m.text.endswith("s") or m.text.endswith(("ss", "'s")) or len(m.text) < 4:
        return False
    stem = m.text[:-1]
    text = doc_text(doc)
    return re.search(rf"(?<!\w){re.escape(stem)}(?![\w-])", text) is not None


def _attach_role(doc: Doc, phrase: RolePhrase, mention_at: dict[int, Mention], extra: list[Mention], lang: str) -> None:
    role = phrase.role
    nxt = mention_at.get(phrase.tok_end)
    if nxt is not None and phrase.has_det and _genitive_of_named(doc, nxt):
        # "die Anwältin Samanis", "der Sprecher Müllers": after an article a title's own name takes no genitive -s
        # ("des Präsidenten Macron"), so a name in -s of someone named without it is the owner: the lawyer of
        # Samani, not Samani
        nxt = None
    if role.kind == "person" and nxt is not None and nxt.tok_start == phrase.tok_end and _could_be_person(nxt, lang):
        nxt.label = "PER"  # a person's title right before a name makes it a person's name
        # Attached title: "(der französische) Präsident Emmanuel Macron" — the name's mention grows to the title.
        nxt.roles.append(role.form)
        nxt.country = nxt.country or phrase.country
        nxt.gender = nxt.gender or role.gender
        if nxt.name_start is None:
            nxt.name_start = nxt.start  # the name alone, for scorers of names ("Emmanuel Macron")
        nxt.start = doc[phrase.tok_start].idx
        nxt.tok_start = phrase.tok_start
        return
    start, end = doc[phrase.tok_start].idx, doc[phrase.tok_end - 1].idx + len(doc[phrase.tok_end - 1])
    if phrase.predicative:
        return
    text = doc[phrase.tok_start : phrase.tok_end].text  # not doc.text[…]: that rebuilds the whole text
    # "Der frühere Außenminister der Vereinigten Staaten, George Shultz, …": title, comma, name.
    c = phrase.complement_end
    after = mention_at.get(c + 1) if c < len(doc) and doc[c].text == "," else None
    appositive = after is not None and after.tok_start == c + 1 and _could_be_person(after, lang)
    if role.kind == "person" and phrase.has_det and appositive and after is not None:
        after.label = "PER"
        extra.append(_title_of(after, role, phrase, start, end, text))
        return
    # Apposition after a name: "Macron, der französische Präsident," → the title is another mention of him.
    before = _person_before_apposition(doc, phrase, mention_at)
    if role.kind == "person":
        if before is not None:
            extra.append(_title_of(before, role, phrase, start, end, text))
            return
        if phrase.has_det and not _plural_title(doc, phrase):
            extra.append(Mention(start, end, "PER", "nominal", text, roles=[role.form], country=phrase.country,
                                 gender=role.gender, tok_start=phrase.tok_start, tok_end=phrase.tok_end))  # fmt: skip
        elif (
            phrase.has_det
            and phrase.org
            and "-" in doc[phrase.tok_end - 1].text
            and doc[phrase.tok_start - 1].lower_ == "die"
        ):
            # "die EU-Innenminister", "die Nato-Verteidigungsminister": an organisation's office holders, one group
            extra.append(Mention(start, end, "ORG", "group", text, key=f"org:{phrase.org}", roles=[role.form],
                                 country=phrase.country, tok_start=phrase.tok_start,
                                 tok_end=phrase.tok_end))  # fmt: skip
        return
    before = doc[phrase.tok_start - 1] if phrase.tok_start > 0 else None
    counted = before is not None and (before.like_num or before.lower_ in _number_words(lang))
    if phrase.country and counted and role.form in _entity_words("counted_territory_groups", lang):
        return  # "bei Razzien in drei Bundesländern": some of the states counted, not the states as one group
    if phrase.country:
        key = f"{_pairs(lang, 'group_synonyms.tsv').get(role.form, role.form)}|{phrase.country}"  # one force
        key += f"|{phrase.region}" if phrase.region else ""  # not "die sächsische Polizei" with the Bavarian one
        extra.append(Mention(start, end, "ORG", "group", text, key=key, roles=[role.form], country=phrase.country,
                             tok_start=phrase.tok_start, tok_end=phrase.tok_end))  # fmt: skip
    elif role.form in lang_resource(lang, "member_state_nouns.txt") and doc[phrase.tok_end - 1].text != role.form:
        # "forderte die Mitgliedstaaten auf", "andere EU-Staaten": the member states (plural only) as one group
        extra.append(Mention(start, end, "ORG", "group", text, key="Mitgliedstaaten|*", roles=[role.form],
                             tok_start=phrase.tok_start, tok_end=phrase.tok_end))  # fmt: skip
    elif (
        role.form in lang_resource(lang, "chamber_nouns.txt")
        and doc[phrase.tok_end - 1].text in (role.form, role.form + "s", role.form + "es")  # singular only
        and _definite(doc, phrase.tok_start, lang)
    ):
        # "in der Abgeordnetenkammer und im Senat": the chamber of the country the text is about (set later)
        extra.append(Mention(start, end, "ORG", "group", text, key=f"{role.form}|?", roles=[role.form],
                             tok_start=phrase.tok_start, tok_end=phrase.tok_end))  # fmt: skip


def _plural_title(doc: Doc, phrase: RolePhrase) -> bool:
    """ "die EU-Außenminister", "beim Treffen der Außenminister": a masculine title after "die", or after "der"
    that follows a noun (a genitive plural), is a group of office holders, not one person."""
    det = phrase.tok_start - 1
    noun = doc[phrase.tok_end - 1]
    if det < 0 or phrase.role.gender != "m" or noun.text.endswith("s"):
        return False
    article = doc[det].lower_
    if article == "die":
        return True
    # "am Montag der Außenminister" (an inverted subject) is no genitive: the title must hang on the noun before
    return article == "der" and det > 0 and doc[det - 1].pos_ == "NOUN" and noun.head.i == det - 1


def _definite(doc: Doc, i: int, lang: str) -> bool:
    """An article or a preposition with the article in it ("im", "vom") right before token ``i``."""
    prev = doc[i - 1].lower_ if i > 0 else ""
    return prev in DETERMINERS or prev in lang_resource(lang, "article_contractions.txt")


def _title_of(person: Mention, role: gz.Role, phrase: RolePhrase, start: int, end: int, text: str) -> Mention:
    """An appositive title ("Macron, der französische Präsident," or "der Präsident, Macron,"): the
    person takes its role, country and gender; the title becomes a nominal mention of that person."""
    person.roles.append(role.form)
    person.country = person.country or phrase.country
    person.gender = person.gender or role.gender
    return Mention(start, end, "PER", "nominal", text, roles=[role.form], country=phrase.country,
                   gender=role.gender, tok_start=phrase.tok_start, tok_end=phrase.tok_end,
                   key="appos:" + str(person.start))  # fmt: skip


def _could_be_person(m: Mention, lang: str) -> bool:
    """A name the NER may have mislabelled as ORG/MISC, but not a known country, place or organisation."""
    if m.label == "PER":
        return True
    if m.label == "LOC" or gz.org(m.text, lang) is not None or gz.country_code(m.text, lang):
        return False
    toks = _tokens(m.text)
    return 2 <= len(toks) <= 4 and all(t[:1].isupper() for t in toks)


def _person_before_apposition(doc: Doc, phrase: RolePhrase, mention_at: dict[int, Mention]) -> Mention | None:
    j = phrase.tok_start - 1
    if j >= 0 and doc[j].lower_ in DETERMINERS:
        j -= 1
    if j >= 1 and doc[j].text == ",":
        prev = mention_at.get(j - 1)
        if prev is not None and prev.label == "PER" and prev.tok_end == j:
            return prev
    return None


def _apposition_gender(doc: Doc, clusters: list[Cluster]) -> None:
    """ "Die Bloggerin Leila Karimi", "den Botschafter Karim Nasser": a person whose first name the lexicon lacks
    takes the gender of the common noun right before the name (inside the mention or before it): a woman after a
    feminine "-in" noun, a man after a masculine one (not a noun from an adjective, "der Vorsitzenden", whose
    gender the tagger guesses), so that a later "sie" finds her, or does not take him."""
    for c in clusters:
        if c.label != "PER" or c.gender:
            continue
        for m in c.mentions:
            if m.kind != "name" or m.tok_end > len(doc):
                continue
            k = next((x for x in range(m.tok_start, m.tok_end) if doc[x].tag_ in ("NE", "FM")), m.tok_start)
            noun = doc[k - 1] if k > 0 else None
            if noun is None or noun.tag_ != "NN" or noun.morph.get("Number") != ["Sing"] or len(noun.text) < 6:
                continue
            gender = noun.morph.get("Gender")
            if gender == ["Fem"] and noun.text.endswith("in"):
                c.gender = "f"
            elif gender == ["Masc"] and not noun.text.endswith(_entity_words("non_masculine_person_endings")):
                c.gender = "m"
            if c.gender:
                break


def _apply_name_attributes(clusters: list[Cluster], lang: str) -> None:
    names = gz.first_names(lang)
    actors = gz.actors(lang)
    for c in clusters:
        if c.label != "PER":
            continue
        for m in c.mentions:
            toks = _tokens(m.text)
            first = next((t for t in toks if t in names), None)
            if first and not c.gender:
                c.gender = names[first]
        if not c.country_votes:
            for m in c.mentions:
                skeleton = gz.name_skeleton(_strip_title(m.text, lang))
                # "Hugo Chávez" for the dictionary's "Hugo Chavez": German news keeps or drops the accents
                code = actors.get(skeleton) or actors.get(_unaccented(skeleton))
                if code:
                    c.country_votes[code] += 1
                    break


def _strip_title(text: str, lang: str) -> str:
    toks = text.split()
    while toks and (toks[0][:1].islower() or gz.role(toks[0], lang) or _split_compound(toks[0], lang)[1]):
        toks = toks[1:]
    return " ".join(toks)


@lru_cache(maxsize=4)
def _same_office_prefixes(lang: str) -> dict[str, frozenset[str] | None]:
    """``lang/<code>/same_office_prefixes.tsv``: prefix → the titles it may drop from (None: every title)."""
    return {
        row[0]: None if row[1] == "*" else frozenset(t.strip() for t in row[1].split(","))
        for row in lang_rows(lang, "same_office_prefixes.tsv")
    }


def _role_fits(role: str, roles: list[str], lang: str = "de", synonyms: bool = True) -> bool:
    """ "der Kanzler" for "Bundeskanzler Scholz": the same title, or one with a prefix naming the same office
    (with ``synonyms``, also another title of the office: "Ministerpräsidentin … die Regierungschefin")."""
    if role in roles:
        return True
    group = gz.office_groups(lang).get(role)
    if synonyms and group is not None and any(gz.office_groups(lang).get(other) == group for other in roles):
        return True  # "Ministerpräsidentin Meloni … die Regierungschefin"
    prefixes = _same_office_prefixes(lang)
    low = role.lower()
    for other in roles:
        short, long_ = sorted((low, other.lower()), key=len)
        prefix = long_[: -len(short)]
        if long_.endswith(short) and prefix in prefixes:
            allowed = prefixes[prefix]
            if allowed is None or short in allowed:
                return True
        # "Bundesinnenminister Dobrindt" … "der Minister": a general prefix before a portfolio
        if long_.endswith(short) and any(
            prefix.startswith(p) and prefixes[p] is None and short in (prefixes.get(prefix[len(p) :]) or ())
            for p in prefixes
        ):
            return True
        if _same_base_leader(low, other.lower(), _leader_heads(lang)):
            return True
    return False


@lru_cache(maxsize=4)
def _leader_heads(lang: str) -> tuple[str, ...]:
    """``lang/<code>/leader_heads.txt``, longest first."""
    return tuple(sorted(lang_resource(lang, "leader_heads.txt"), key=len, reverse=True))


def _same_base_leader(a: str, b: str, heads: tuple[str, ...]) -> bool:
    """ "der Verbandschef" for "Verbandspräsident Rukwied": two leader titles on the same base."""
    ends = [next((h for h in heads if w.endswith(h)), None) for w in (a, b)]
    if ends[0] is None or ends[1] is None or ends[0][:4] == ends[1][:4]:
        return False  # not both leader titles, or the same head (left to the prefix rule)
    base_a, base_b = a[: -len(ends[0])], b[: -len(ends[1])]
    return len(base_a) >= 4 and base_a == base_b


def _affiliations(doc: Doc, c: Cluster, org_ends: dict[int, str], lang: str) -> set[str]:
    """Organisations the text ties a person to: a title compound ("SPÖ-Chef Babler"), a bracket after the name
    ("Markus Söder (CSU)"), or "ORG von/unter NAME" ("die ÖVP von Bundeskanzler Karl Nehammer")."""
    out: set[str] = set()
    text = doc_text(doc)
    for m in c.mentions:
        if m.kind != "name":
            continue
        for word in text[m.start : m.end].split():  # the text with its title ("SPÖ-Chef Andreas Babler")
            org = _split_compound(word, lang)[2]
            if org:
                out.add(org)
        k = m.tok_end
        if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
            org_ = gz.org(doc[k + 1].text, lang)
            if org_ is not None:
                out.add(org_.name)
        for j in range(max(0, m.tok_start - 3), m.tok_start):  # "von (Bundeskanzler) Karl Nehammer"
            if (
                doc[j].lower_ in _entity_words("name_intro_prepositions", lang)
                and j in org_ends
                and all(doc[x].text[:1].isupper() for x in range(j + 1, m.tok_start))
            ):
                out.add(org_ends[j])
    return out


def _party_title_holder(
    doc: Doc, m: Mention, org: str, clusters: list[Cluster], aff: dict[int, set[str]]
) -> Cluster | None:
    """ "Er beanspruche den Auftrag, sagte der FPÖ-Chef": an organisation's title with no holder of that title named
    goes to the person the text ties to that organisation, most recent first; failing that, when the title is the
    subject after "der"/"die", to the person named last in its sentence or the one before, if the text ties that
    person to no other organisation."""
    people = [c for c in clusters if c.label == "PER" and c.last_before(m.start) >= 0]
    members = [c for c in people if org in aff.get(id(c), set())]
    if members:
        return max(members, key=lambda c: c.last_before(m.start))
    head = m.tok_end - 1
    before = doc[m.tok_start - 1].lower_ if m.tok_start > 0 else ""
    definite = before in NOMINATIVE_ARTICLES or m.text.split()[0].lower() in NOMINATIVE_ARTICLES
    if not definite or not _is_subject(doc[head]):
        return None
    text = doc_text(doc)
    # (2026-12-06, fourteenth session, second round) "Minister X zeigte sich verärgert. Er habe Bahnchefin Y
    # einbestellt, sagte der CSU-Politiker": the title agrees in gender with its holder (a woman named last is not
    # "der …-Politiker"); with none of its gender in the sentence before, the one before that in the paragraph
    people = [c for c in people if not (m.gender and c.gender and c.gender != m.gender)]
    near: list[Cluster] = []
    for back in (1, 2):
        lo = _sentence_start_before(text, m.start, back)
        near = [
            c for c in people if c.last_before(m.start) >= lo and "\n" not in text[c.last_before(m.start) : m.start]
        ]
        if near:
            break
    if not near:
        return None
    if len(near) > 1:
        # of several, the one that was a subject ("Er habe Y einbestellt": the man who speaks, not his object)
        near = [c for c in near if _subject_mention_in(doc, c, lo, m.start)] or near
    last = max(near, key=lambda c: c.last_before(m.start))
    return last if not aff.get(id(last)) else None


def _link_nominals(
    clusters: list[Cluster], nominals: list[Mention], lang: str = "de", doc: Doc | None = None
) -> tuple[list[Cluster], list[Mention]]:
    """Attach titles to people; returns the unattached titled people ("der Richter") as pronoun blockers, and the
    descriptive titles with no holder ("die Labour-Politikerin", ``anaphoric_titles.txt``), which are resolved
    like pronouns, in text order, by :func:`_resolve_pronouns`."""
    blockers: list[Cluster] = []
    deferred: list[Mention] = []
    anaphoric = lang_resource(lang, "anaphoric_titles.txt")
    aff: dict[int, set[str]] | None = None  # organisations of each person, read when a title names one
    for m in sorted(nominals, key=lambda x: x.start):
        if m.key.startswith("appos:"):
            anchor = int(m.key.split(":")[1])
            target = next((c for c in clusters if any(x.start == anchor for x in c.mentions)), None)
            if target is not None:
                target.add(m)
                continue
        candidates = [
            c for c in clusters
            if c.label == "PER" and _role_fits(m.roles[0], c.roles)
            and (not m.country or not c.country_votes or m.country in c.country_votes)
        ]  # fmt: skip
        org = _split_compound(m.text.split()[-1], lang)[2] if doc is not None and m.text else None
        if org is not None and getattr(gz.org(org, lang), "country", None) is None:
            org = None  # "EU-Abgeordneter", "UN-Generalsekretär": an international body's title, not a party's
        if org is not None:  # "der FPÖ-Chef" is not "SPÖ-Chef Babler"
            if aff is None:
                org_ends = {
                    x.tok_end: gz.org(x.text, lang).name  # type: ignore[union-attr]
                    for c in clusters if c.label == "ORG" for x in c.mentions
                    if x.kind == "name" and gz.org(x.text, lang) is not None
                }  # fmt: skip
                aff = {id(c): _affiliations(doc, c, org_ends, lang) for c in clusters if c.label == "PER"}  # type: ignore[arg-type]
            candidates = [c for c in candidates if not aff.get(id(c)) or org in aff[id(c)]]
        # Only people already mentioned: a title before the name ("the president … Macron") is too often someone else.
        before = [c for c in candidates if c.last_before(m.start) >= 0]
        # "Bundeskanzler Merz besuchte mit Söder … Der Kanzler": the holder of the title itself before the holder
        # of a synonymous office (Ministerpräsident) named later
        before = [c for c in before if _role_fits(m.roles[0], c.roles, lang, synonyms=False)] or before
        # ... unless the title comes back with the name at once: "die Entlassung des Generalbundesanwalts. …
        # ließ den Generalbundesanwalt Harald Range …" (the one person with that title, in the next sentence).
        soon = [c for c in candidates if 0 < c.first - m.end <= CATAPHOR_CHARS and c.first_named_role(m.roles[0])]
        # ... of the same gender, and of the party the title names: "Der CDU-Vorsitzende traf die Co-Vorsitzende der
        # Grünen, Franziska Brantner" (a party title joins a person named later only with that party known)
        soon = [
            c for c in soon if not (m.gender and c.gender and m.gender != c.gender)
            and (org is None or (aff is not None and org in aff.get(id(c), set())))
        ]  # fmt: skip
        candidates = [max(before, key=lambda c: c.last_before(m.start))] if before else soon
        indefinite = doc is not None and m.tok_start > 0 and doc[m.tok_start - 1].lower_ in INDEFINITE
        if indefinite and before:
            # "Der Sprecher der Rebellen, X, … „…“, sagte ein Sprecher in London": a title after an indefinite article
            # introduces someone new, not the named holder before (2026-12-06, fourteenth session, second round)
            candidates = []
        if not candidates and m.gender == "f" and not indefinite:  # "sagte eine Sprecherin": someone new
            # "Jo Cox … die Labour-Politikerin": a woman's title with no holder of that title named, when exactly
            # one woman was named before it (women are few enough among named people for this to hold).
            women = [c for c in clusters if c.label == "PER" and c.gender == "f" and c.last_before(m.start) >= 0]
            # ... unless she holds another office ("die Staatsanwältin Claudia Reiter … die Justizministerin")
            fits = len(women) == 1 and (not women[0].roles or m.roles[0] in anaphoric)
            candidates = women if fits else []
        if not candidates and m.country and m.roles[0] in _leader_roles(lang) and not indefinite:
            # "Rafael Correa … Der ecuadorianische Präsident kündigte an": a leader's title with a country and no
            # holder of it named is the one person of that country named before it with no office of their own
            # (news names well-known heads of state without a title); two such people, one with another office
            # ("der Botschafter X") or an untitled one whose country is unknown (who may be the holder) leave it open;
            # one introduced by a noun ("den Guerillaführer X") is described as someone else
            untitled = [
                c for c in clusters
                if c.label == "PER" and c.last_before(m.start) >= 0 and not c.roles
                and any(x.kind == "name" for x in c.mentions)
                and not any(x.tok_start > 0 and doc[x.tok_start - 1].pos_ == "NOUN" for x in c.mentions)
            ]  # fmt: skip
            same = [c for c in untitled if m.country in c.country_votes]
            fits = len(same) == 1 and not (m.gender and same[0].gender and m.gender != same[0].gender)
            candidates = same if fits and all(c.country_votes for c in untitled) else []
        if not candidates and org is not None and aff is not None and doc is not None:
            holder = _party_title_holder(doc, m, org, clusters, aff)
            candidates = [holder] if holder is not None else []
        if len(candidates) == 1:
            candidates[0].add(m)
        elif m.roles[0] in anaphoric and not indefinite:
            # ("sagte ein Diplomat in Brüssel": an indefinite title is someone new, unnamed; fifteenth session)
            deferred.append(m)
        else:
            _unresolved_nominal(m, clusters, blockers)
    return blockers, deferred


def _unresolved_nominal(m: Mention, clusters: list[Cluster], blockers: list[Cluster]) -> Cluster:
    """A title no person took: its own actor when it has a country, else a pronoun blocker."""
    if m.country:
        # A titled person never named in the text ("der französische Präsident") is still an actor.
        same = next((c for c in clusters if c.label == "PER" and not any(x.kind == "name" for x in c.mentions)
                     and m.roles[0] in c.roles and m.country in c.country_votes), None)  # fmt: skip
        if same is None:
            same = Cluster("PER")
            clusters.append(same)
        same.add(m)
        return same
    blocker = Cluster("PER")
    blocker.add(m)
    blockers.append(blocker)
    return blocker


def _group_groups(clusters: list[Cluster], groups: list[Mention], lang: str = "de") -> None:
    by_key: dict[str, Cluster] = {}
    for m in groups:
        if m.key.startswith("org:"):  # "die EU-Innenminister": the organisation they act for, when it is named
            named = [c for c in clusters if c.label == "ORG" and any(
                x.kind == "name" and getattr(gz.org(x.text, lang), "name", None) == m.key[4:]
                for x in c.mentions)]  # fmt: skip
            if len(named) == 1:
                named[0].add(replace(m, country=None, roles=[]))
                continue
            if not named and m.key not in by_key and (org := gz.org(m.key[4:], lang)) is not None:
                # the organisation named only in its ministers' title: the EU itself acts
                by_key[m.key] = Cluster("ORG")
                clusters.append(by_key[m.key])
                m = replace(m, kind="name", text=org.name, country=org.country, roles=[])
        if m.key.endswith("|?"):  # a chamber without a country: the one of that kind named with a country
            named = {k for k in by_key if k.startswith(m.key[:-1])}
            if len(named) == 1:
                by_key[named.pop()].add(m)
                continue
        if m.key not in by_key:
            by_key[m.key] = Cluster("ORG")
            clusters.append(by_key[m.key])
        by_key[m.key].add(m)


def _member_groups(
    doc: Doc, view: DocView, mention_at: dict[int, Mention], mentions: list[Mention], lang: str
) -> list[Mention]:
    """Group mentions for the members of an alliance ("die Nato-Partner", "die EU-Partner") and for the states of a
    federation ("die Länder", "Bund und Länder" in a text on German federal politics); ``member_groups.json``."""
    data = lang_json(lang, "member_groups.json")
    members, kinds, fed = set(data.get("alliance_members", ())), _org_kinds(lang), data.get("federal_states", {})
    forms, articles = set(fed.get("forms", ())), set(fed.get("articles", ()))
    context = set(fed.get("context", ()))
    federal = any(w in context for w in view.words) or any(
        m.label == "LOC" and m.kind == "name"
        and any(p.kind == "admin1" and p.country == fed.get("country") for p in gz.exact_places(m.text, lang))
        for m in mentions
    )  # fmt: skip
    out = []
    for i, word in enumerate(view.words):
        if i in mention_at or not word[:1].isupper() or gz.role(word, lang):
            continue  # "die EU-Staaten": a group role of its own (member_state_nouns.txt)
        prev = view.lowers[i - 1] if i > 0 else ""
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        prefix, _, head = word.rpartition("-")
        org = gz.org(prefix, lang) if prefix and head in members else None
        if org is not None and kinds.get(org.name) in data.get("alliance_kinds", ()):
            key, country, role = f"members|{org.name}", org.country, None
        elif (
            federal and word in forms
            and (prev in articles or (prev == "und" and i >= 2 and view.words[i - 2] in fed.get("federation", ())))
            and (nxt is None or (nxt.pos_ != "PROPN" and nxt.lower_ not in _NOT_NEUTER_DEFINITE))
        ):  # fmt: skip  # not "die Länder Afrikas", "die Länder der EU"
            key, country, role = f"{fed['key']}|{fed['country']}", fed["country"], fed["key"]
            word = fed["key"]  # named like the group role ("Bundesländer")
            if prev == "und" and i - 2 not in mention_at and not any(m.tok_start == i - 2 for m in mentions):
                # "haben sich Bund und Länder geeinigt": the federation coordinated with its states is a party of
                # its own, which the NER leaves out when it never stands alone ("Der Bund zahlt …")
                mentions.append(Mention(view.starts[i - 2], view.ends[i - 2], "ORG", "name", view.words[i - 2],
                                        tok_start=i - 2, tok_end=i - 1))  # fmt: skip
        else:
            continue
        out.append(Mention(view.starts[i], view.ends[i], "ORG", "group", word, key=key, country=country,
                           roles=[role] if role else [], tok_start=i, tok_end=i + 1))  # fmt: skip
    return out


@lru_cache(maxsize=4)
def _institution_place_heads(lang: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in lang_resource(lang, "institution_place_heads.txt"))


@lru_cache(maxsize=1 << 14)  # pure, asked for most words of every document
@lru_cache(maxsize=1 << 14)  # pure, asked for every word of every document
def _institution_head(word: str, lang: str) -> bool:
    """A capitalised institution noun that a place can complete ("Staatsanwaltschaft", "Landgerichts")."""
    if not word[:1].isupper() or not word.isalpha():
        return False
    low = word.casefold()
    heads = _institution_place_heads(lang)
    forms = (low, low[:-1] if low.endswith("s") else "", low[:-2] if low.endswith("es") else "")
    return any(w.endswith(heads) for w in forms if w)


def _local_place(text: str, lang: str) -> gz.Place | None:
    """The city, region or quarter ``text`` names (not a country, not a known organisation); these institutions
    are the language's own, so a place of its home countries first, the largest of them ("Halle": Saale)."""
    if not text[:1].isupper() or gz.country_code(text, lang) or gz.org(text, lang) is not None:
        return None
    places = [p for p in gz.place_candidates(text, lang) if p.kind in ("city", "admin1", "site")]
    home = [p for p in places if p.country in HOME_COUNTRIES.get(lang, ())]
    if home:
        return max(home, key=lambda p: p.population)
    return places[0] if places else None


def _institution_place_names(doc: Doc, view: DocView, mentions: list[Mention], lang: str) -> list[Mention]:
    """ "die Staatsanwaltschaft Kassel", "das Amtsgericht München", "die Polizei Köln", "das Landeskriminalamt
    Hessen": an institution noun (``institution_place_heads.txt``) and the place right after it are one
    organisation name; the place takes the organisation's country and is neither a person nor a place mention."""
    starts = {m.tok_start: m for m in mentions}
    covering = {k: m for m in mentions for k in range(m.tok_start, m.tok_end)}
    out = list(mentions)
    n = len(doc)
    for i in range(n - 1):
        if not _institution_head(view.words[i], lang):
            continue
        own = covering.get(i)
        if own is not None and own.tok_start == i and own.tok_end > i + 1 and own.tok_end - i <= 4:
            place = _local_place(view.span_text(i + 1, own.tok_end), lang)  # the NER's "Amtsgericht Cottbus"
            if place is not None:
                own.label, own.country = "ORG", own.country or place.country
            continue
        if own is not None and (own.tok_start < i or own.tok_end > i + 1):
            continue  # the head is inside a longer name already ("Zentralstelle … bei der Staatsanwaltschaft")
        j = i + 1
        after = starts.get(j)
        span: tuple[int, int] | None = None
        place: gz.Place | None = None
        if after is not None:
            if after.tok_end - j <= 3 and after.label in ("LOC", "PER", "ORG", "MISC"):
                place = _local_place(after.text, lang)
                span = (j, after.tok_end)
        elif j not in covering:
            for k in range(min(n, j + 3), j, -1):
                if any(x in covering for x in range(j, k)) or doc[k - 1].is_punct:
                    continue
                tok = doc[j]
                if not (tok.pos_ == "PROPN" or tok.tag_ in ("NE", "FM")):
                    break
                place = _local_place(view.span_text(j, k), lang)
                if place is not None:
                    span = (j, k)
                    break
        if place is None or span is None:
            continue
        end = span[1]
        text = view.span_text(i, end)
        out = [m for m in out if m.tok_end <= i or m.tok_start >= end]
        org = Mention(view.starts[i], view.ends[end - 1], "ORG", "name", text, country=place.country,
                      tok_start=i, tok_end=end)  # fmt: skip
        out.append(org)
        for k in range(i, end):
            covering[k] = org
        starts.pop(j, None)
    out.sort(key=lambda m: m.start)
    return out


@lru_cache(maxsize=4)
def _org_kinds(lang: str) -> dict[str, str]:
    return gz.org_kinds(lang)


def _antecedent_words(text: str) -> list[str]:
    words = re.findall(r"\w+", text.casefold())
    return words + [w[:-2] if w.endswith("es") else w[:-1] for w in words if w.endswith("s")]


def _state_name(c: Cluster, lang: str) -> bool:
    """Every name of the cluster is a country or a state ("Hessens")."""
    names = [m.text for m in c.mentions if m.kind == "name"]
    return bool(names) and all(
        gz.country_code(t, lang) or any(p.kind == "admin1" for p in gz.place_candidates(t, lang)[:1]) for t in names
    )


def _news_agency(doc: Doc, m: Mention, org, lang: str) -> bool:
    """A news agency (kind news_agency in ``org_kinds.tsv``, or a name, full name or preceding word with one of the
    ``channel_words`` of ``institution_anaphors.json``: "die Nachrichtenagentur Anadolu")."""
    if org is not None and _org_kinds(lang).get(org.name) == "news_agency":
        return True
    texts = [m.text, org.name if org is not None else ""]
    if m.tok_start > 0:
        texts.append(doc[m.tok_start - 1].text)
    channel = tuple(lang_json(lang, "institution_anaphors.json").get("channel_words", ()))
    return bool(channel) and any(w in t.casefold() for t in texts for w in channel)


def _covers(doc: Doc, c: Cluster, m: Mention, covers: list[str], lang: str) -> bool:
    """Whether mention ``m`` of cluster ``c`` is an entity the institution noun with ``covers`` can refer to."""
    if c.label in ("LOC", "PER"):
        if m.kind != "name":
            return False
        if gz.country_code(m.text, lang):
            kind = "country"
        else:
            place = next(iter(gz.place_candidates(m.text, lang)), None)
            kind = place.kind if place is not None else ""
            if not kind and _called_town(doc, c, lang):
                kind = "city"  # "nahe der Stadt El Fascher": a town the gazetteer lacks, named as a town
        return "@" + kind in covers
    words = _antecedent_words(m.text)
    org = gz.org(m.text, lang)
    if "@news_agency" not in covers and _news_agency(doc, m, org, lang):
        return False  # "sagte sie der Deutschen Presse-Agentur … begründete die Behörde": the channel, not an actor
    if org is not None and org.name != m.text:
        words += _antecedent_words(org.name)  # "Verfassungsschutz": the "Bundesamt für Verfassungsschutz"
    if m.tok_end - m.tok_start == 1 and m.tok_start < len(doc) and doc[m.tok_start].text != m.text:
        words += _antecedent_words(doc[m.tok_start].text)  # "die BSW-Fraktion" (the party BSW) … "die Fraktion"
    if m.tok_start > 0:
        # "die Gewerkschaft Verdi", "der Konzern Siemens", "des Pharmakonzerns Bayer"
        words += _antecedent_words(doc[m.tok_start - 1].text)
        if m.tok_start > 1 and doc[m.tok_start - 1].text in ("„", '"', "»"):
            # "der Vereinigung „Nordlicht“": the class noun before the quoted name (2026-12-06, fifteenth session)
            words += _antecedent_words(doc[m.tok_start - 2].text)
        if m.tok_start > 1 and doc[m.tok_start - 1].text == "(":
            # "die UN-Mission im Südsudan (UNMISS)": the spelled-out name before an abbreviation in brackets, back
            # to its article (fifteenth session, second round)
            k = m.tok_start - 2
            while k >= 0 and k >= m.tok_start - 8 and not doc[k].is_punct and doc[k].tag_ != "ART":
                words += _antecedent_words(doc[k].text)
                k -= 1
    plain = tuple(w for w in covers if not w.startswith("@"))
    false_endings = lang_json(lang, "institution_anaphors.json").get("cover_false_endings", {})
    if any(w.endswith(p) and not w.endswith(tuple(false_endings.get(p, ()))) for w in words for p in plain):
        return True
    return org is not None and "@" + _org_kinds(lang).get(org.name, "-") in covers


def _called_town(doc: Doc, c: Cluster, lang: str) -> bool:
    """A mention of the place cluster follows a town noun (one whose covers are "@city" in
    ``institution_anaphors.json``: "der Stadt El Fascher", "die Hafenstadt Sittwe")."""
    nouns = lang_json(lang, "institution_anaphors.json").get("nouns", {})
    return any(
        0 < m.tok_start <= len(doc) and nouns.get(doc[m.tok_start - 1].text, ["", ""])[1] == "@city"
        for m in c.mentions
        if m.kind == "name"
    )


def _inside_own_report(doc: Doc, i: int, m: Mention) -> bool:
    """ "Beamte des Bundeskriminalamts hätten … gefasst, teilte die Behörde mit": a name inside the content clause
    of the verb whose subject the institution noun at ``i`` is; a speaker seldom names itself in its own report."""
    tok = doc[i]
    if tok.dep_ not in ("nsubj", "sb") or m.tok_start >= len(doc):
        return False
    verb = tok.head
    k = doc[m.tok_start]
    for _ in range(12):
        if k.head.i == k.i:
            return False
        if k.head.i == verb.i:
            return k.dep_ in ("ccomp", "parataxis", "oc", "rs")
        k = k.head
    return False


def _place_country(c: Cluster, lang: str) -> str | None:
    """The country of a place cluster: its votes, a country name, or the gazetteer's reading of its name."""
    if c.country_votes:
        return c.country_votes.most_common(1)[0][0]
    for m in c.mentions:
        if m.kind != "name":
            continue
        code = gz.country_code(m.text, lang) or _biggest_place_country(m.text, lang)
        if code:
            return code
    return None


def _biggest_place_country(text: str, lang: str) -> str | None:
    """ "Madrid" (Spain's, not the Colombian town): the country of the most populous namesake the name itself names
    (a curated alias or region listed first keeps its place)."""
    cands = gz.place_candidates(text, lang)
    if not cands or cands[0].kind != "city":
        return cands[0].country if cands else None
    same = [p for p in cands if p.kind == "city" and not p.alias] or cands
    return max(same, key=lambda p: p.population).country


def _focus_country(clusters: list[Cluster], share: float, lang: str) -> str | None:
    """The country in which at least ``share`` of the text's place-name mentions lie."""
    votes: Counter = Counter()
    for c in clusters:
        if c.label == "LOC":
            code = _place_country(c, lang)
            if code:
                votes[code] += sum(1 for m in c.mentions if m.kind == "name")
    if not votes:
        return None
    code, n = votes.most_common(1)[0]
    return code if n >= share * sum(votes.values()) else None


@lru_cache(maxsize=65536)
def _compound_head(word: str, lang: str, key: str) -> tuple[str, str] | None:
    """(head, base form) of a closed compound ending in one of the heads under ``key`` of
    ``institution_anaphors.json`` ("Feuerwehrgewerkschaft"); cached, as the same words recur across documents."""
    if not word[1:].islower():
        return None  # (every head below asks for it: tested once, not per head)
    low = word.casefold()
    if not low.endswith(_compound_head_suffixes(lang, key)):
        return None  # no head with any of its endings closes the word: the loop below could not match
    heads = lang_json(lang, "institution_anaphors.json").get(key, {})
    for head, value in heads.items():
        gender = value if isinstance(value, str) else value[0]
        for ending in GENITIVE_ENDINGS if gender in ("m", "n") else ("",):
            if low.endswith(head + ending) and len(low) - len(ending) - len(head) >= 4 and word[1:].islower():
                return head, word[: len(word) - len(ending)]
    return None


@lru_cache(maxsize=16)
def _compound_head_suffixes(lang: str, key: str) -> tuple[str, ...]:
    """Every head under ``key`` of ``institution_anaphors.json`` with each ending ``_compound_head`` tries after it,
    for one C-level ``str.endswith`` test that rules out most words before the loop over the heads."""
    heads = lang_json(lang, "institution_anaphors.json").get(key, {})
    out = []
    for head, value in heads.items():
        gender = value if isinstance(value, str) else value[0]
        out.extend(head + ending for ending in (GENITIVE_ENDINGS if gender in ("m", "n") else ("",)))
    return tuple(out)


def _institution_anaphors(doc: Doc, view: DocView, clusters: list[Cluster], lang: str) -> None:
    """ "teilte die Behörde mit" after "die Bundesanwaltschaft …", "ein Sprecher der Gewerkschaft" after "die
    Gewerkschaft Verdi", "das Ministerium" after "das Innenministerium", "die Stadt" after "Kassel": a definite
    singular institution noun (``institution_anaphors.json``) with no name of its own is another mention of the
    last organisation of its kind named before it (one named in the content clause of the noun's own speech verb
    only when no other fits; a place: one named earlier in its sentence's subject, else the one named most often
    before it). The NER's "names" that are only such a noun ("des Ministeriums") are read the same way. A state
    institution with none before it ("die Polizei", "die Behörden") is the country group of the country of a place
    after "in" ("die Polizei in Paris"), of the towns of its sentence, of the dateline, or of two thirds of the
    text's place-name mentions."""
    lex = lang_json(lang, "institution_anaphors.json")
    nouns: dict[str, list[str]] = lex.get("nouns", {})
    generic: dict[str, str] = lex.get("generic_state", {})
    if not (nouns or generic) or not clusters:
        return
    articles = {g: frozenset(v) for g, v in lex.get("articles", {}).items()}
    articles["p"] = frozenset(lex.get("plural_articles", ()))
    blocked_before = frozenset(lex.get("blocked_before", ()))
    blocked_adjectives = tuple(lex.get("blocked_adjectives", ()))
    # clusters the NER made of the bare noun alone ("Ministeriums"): anaphors, not antecedents
    lone = {
        id(c): c for c in clusters
        if all(m.kind == "name" and m.tok_end - m.tok_start == 1 and m.text in nouns for m in c.mentions)
    }  # fmt: skip
    lone_at = {m.tok_start: (c, m) for c in lone.values() for m in c.mentions}
    taken = {k for c in clusters if id(c) not in lone for m in c.mentions for k in range(m.tok_start, m.tok_end)}
    sent_starts = view.sentence_starts(doc)
    focus: list[str | None] = []  # read once, when a state institution needs it
    reported: list[str | None] = []  # the country the report is about (:func:`_reported_country`), read once too
    last_state: dict[str, str] = {}  # a state institution's form -> the country of its last mention
    holder_roles: dict[str, list[str]] = lex.get("holder_roles", {})
    ruling_forms = frozenset(lex.get("ruling_forms", ()))
    subject_only = frozenset(lex.get("subject_only", ()))
    followers = frozenset(lex.get("followers", ()))
    blocked_next: dict[str, list[str]] = lex.get("blocked_next", {})
    links = frozenset(lex.get("bare_links", ()))
    state_heads: dict[str, str] = lex.get("generic_state_heads", {})
    noun_heads: dict[str, list[str]] = lex.get("noun_heads", {})
    cataphoric = frozenset(lex.get("cataphoric", ()))
    local_forces = frozenset(lex.get("local_forces", ()))
    # 'für' before a possessive gives a reason, no name ("lobte die Gewerkschaft für ihre Geduld"): the possessives of
    # the event rules and the relative ones of the quote rules ("für deren Einsatz"), no list of its own
    reason_possessives = frozenset(lang_json(lang, "event_modality.json").get("possessives", ())) | frozenset(
        lang_json(lang, "quote_grammar.json").get("possessive_relatives", ())
    )

    def head_state(word: str) -> tuple[str, str] | None:
        """(gender, base form) of a closed compound ending in a generic state head ("Feuerwehrgewerkschaft")."""
        found = _compound_head(word, lang, "generic_state_heads")
        return (state_heads[found[0]], found[1]) if found is not None else None

    def holder_after(noun: str, lo: int, hi: int) -> bool:
        suffixes = tuple(holder_roles.get(noun, ()))
        return bool(suffixes) and any(
            c.label == "PER" and any(r.casefold().endswith(suffixes) for r in c.roles) and c.mentioned_in(lo + 1, hi)
            for c in clusters
        )

    n = len(doc)
    for i in range(n):
        word = view.words[i]
        entry, state = nouns.get(word), generic.get(word)
        base = word
        if entry is None and state is None and state_heads and word[:1].isupper():
            found = head_state(word)  # "die Feuerwehrgewerkschaft": one national institution of its kind
            if found is not None:
                state, base = found
        if entry is None and state is None and noun_heads and word[:1].isupper():
            head = _compound_head(word, lang, "noun_heads")  # "befand der Staatsschutzsenat": the court named before
            if head is not None:
                entry = noun_heads[head[0]]
        if (entry is None and state is None) or i in taken:
            continue
        bare = state is not None and _bare_conjunct(view, i, generic, links)  # ("Polizei und Zoll …")
        if i == 0 and not bare:
            continue
        gender = entry[0] if entry is not None else state
        j = i - 1
        while j > 0 and j >= i - 2 and view.words[j][:1].islower() and doc[j].tag_ == "ADJA":
            j -= 1
        town = entry is not None and j == i - 1 and j > 0 and _town_adjective(view.words[j], lang) is not None
        if town:  # "ein Sprecher der Brüsseler Behörde": the town's adjective names its seat, not another body
            j -= 1
        bare = bare and j == i - 1
        plural = "Plur" in doc[i].morph.get("Number")
        if plural and gender != "p" and j >= 0 and doc[j].morph.get("Number") == ["Sing"]:
            plural = False  # "teilte der Konzern mit": a singular form the tagger read as plural, its article not
        if plural and gender == "m" and j >= 0 and view.lowers[j] == "den":
            plural = False  # "kritisierte den Konzern": a masculine singular form after "den" is accusative singular
        if entry is not None and gender == "p":
            plural = True  # "warf den Rebellen … vor": a listed plural form, whatever case the tagger read
        elif entry is not None and gender in ("m", "n") and not word.endswith(("e", "en", "er", "el")):
            # "Sollte der Konzern …": a listed singular form no plural shares ("Konzerne"), read as a genitive
            # plural by the tagger; forms in -en/-er/-el ("Unternehmen", "Hersteller") keep the tagger's reading
            plural = False
        if plural != (gender == "p"):
            continue
        adjectives = [view.lowers[k] for k in range(j + 1, i - 1 if town else i)]
        unarticled = j < 0 or view.lowers[j] not in articles.get(gender or "", ())
        if (unarticled and not bare) or (j > 0 and view.lowers[j - 1] in blocked_before):
            continue
        if any(a.startswith(blocked_adjectives) or gz.demonym_adjective(a, lang) for a in adjectives):
            continue
        if i + 1 < n:
            nxt = doc[i + 1]
            # ("lobte die Gewerkschaft für ihre Geduld": a possessive after "für" opens a reason, not a name)
            reason = nxt.lower_ == "für" and i + 2 < n and view.lowers[i + 2] in reason_possessives
            if (
                (i + 1 in taken and nxt.text[:1].isupper())
                or nxt.text in ("„", '"', "»", "(")
                or (nxt.lower_ == "für" and not reason)
            ):
                continue  # "die Gewerkschaft Verdi", "die Stadt Kassel", "die Behörde für …": a name follows
            # (a common noun the parser calls PROPN but tags NN is the object: "verhängte das Gremium Einreiseverbote")
            if nxt.text[:1].isupper() and ((nxt.pos_ == "PROPN" and nxt.tag_ != "NN") or nxt.tag_ in ("NE", "FM")):
                continue
            if nxt.lower_ in blocked_next.get(word, ()):
                continue  # "der Zoll auf Stahl": a tariff
        start = view.starts[i]
        best: tuple[tuple[int, ...], Cluster] | None = None
        held = False
        covers = entry[1].split() if entry is not None else []
        places = bool(covers) and covers[0] in ("@city", "@country", "@admin1")
        sent_start = max((s for s in sent_starts if s <= start), default=0)
        prev_start = max((s for s in sent_starts if s < sent_start), default=0)
        # (fourteenth session) the one place of the noun's kind named in the sentence right before it: "… forderte
        # Zugang nach El Fascher. Die Stadt wird seit einem Jahr belagert" is that town, not the town named more
        # often as the dateline or the venue of talks
        prev_places = {
            id(c) for c in clusters if places and c.label in ("LOC", "PER") and id(c) not in lone
            and any(prev_start <= m.start < sent_start and _covers(doc, c, m, covers, lang) for m in c.mentions)
        } if sent_start > prev_start else set()  # fmt: skip
        for c in clusters if covers else ():
            # ("Hessens Innenminister": the NER's PER, made a place only later) a country or state name is a place
            loc = c.label == "LOC" or (places and c.label == "PER" and _state_name(c, lang))
            if loc != places or (c.label == "PER" and not loc) or id(c) in lone:
                continue
            before = [m for m in c.mentions if m.start < start and _covers(doc, c, m, covers, lang)]
            if not before:
                continue
            latest = max(before, key=lambda m: m.start)
            last = latest.start
            if holder_after(word, last, start):
                held = True
                continue  # "Verteidigungsminister Pistorius … ein Sprecher des Ministeriums": his ministry
            if places:  # in its sentence's subject first, then the one place of the sentence before, then the most
                # often named place (a dateline, where the report was filed, not counted), then the first named
                earlier = [m for m in c.mentions if m.start < start and not _dateline_place(doc, m.tok_start, lang)]
                here = last >= sent_start and _in_subject(doc, latest.tok_start)
                if here and _same_clause_object(doc, view, latest.tok_end, j, i):
                    continue  # "China drohte dem Inselstaat": an object is not its own clause's subject
                prev = len(prev_places) == 1 and id(c) in prev_places
                prev_subject = prev and any(
                    prev_start <= m.start < sent_start and _in_subject(doc, m.tok_start) for m in c.mentions
                )
                if not here and not prev_subject and word in subject_only:
                    # "das Land": only a country named in its sentence's subject, or (fourteenth session) the one
                    # named in the subject of the sentence before ("Thüringen hat … gekürzt. Der Verband kritisierte
                    # das Bundesland")
                    continue
                rank: tuple[int, ...] = (here, last if here else 0, prev, len(earlier), -c.first)
            else:
                rank = (not _inside_own_report(doc, i, latest), last)
            if best is None or rank > best[0]:
                best = (rank, c)
        if best is None and places and word in cataphoric:
            # "setzte dem Freistaat eine Frist … Bayerns Innenminister …": the first place of its kind named in the
            # next two sentences
            after_starts = [x for x in sent_starts if x > start]
            until = after_starts[2] if len(after_starts) > 2 else len(view.text)
            later = [
                (min(m.start for m in c.mentions if start < m.start < until and _covers(doc, c, m, covers, lang)), c)
                for c in clusters
                if c.label in ("LOC", "PER") and id(c) not in lone and _state_name(c, lang)
                and any(start < m.start < until and _covers(doc, c, m, covers, lang) for m in c.mentions)
            ]  # fmt: skip
            best = ((0,), min(later, key=lambda x: x[0])[1]) if later else None
        if best is None and not held and "@company" in covers:
            found = _unkinded_company(doc, clusters, lone, start, nouns, generic, lang)
            best = ((0,), found) if found is not None else None
        first = j + 1
        text = view.span_text(first, i + 1)
        if best is not None and state is not None:
            # (sixteenth session) "hat die Polizei … geräumt. Rund 600 Beamte, unterstützt von Einheiten der
            # Bundespolizei, … Die Polizei setzte Wasserwerfer ein": the bare noun goes on with the unnamed body it
            # named before a more specific one (a compound of the noun) came in, not with that newcomer
            earlier = _earlier_bare_group(best[1], word, base, start, clusters, lang)
            if earlier is not None:
                best = ((0,), earlier)
        if best is not None:
            target = best[1]
            m = Mention(view.starts[first], view.ends[i], target.label, "nominal", text, tok_start=first, tok_end=i + 1)
        elif state is not None:
            if j > 0 and view.lowers[j] == "der" and view.words[j - 1] in followers:
                continue  # "Unterstützer der Regierung": the supporters, not the government
            ends = [x for x in sent_starts if x > start]
            role = gz.role(word, lang)
            form = role.form if role is not None else base
            country = _country_after_in(doc, view, i, clusters, lang) or _local_country(
                clusters, sent_start, ends[0] if ends else len(view.text), lang, doc, i
            )
            if country is None and word in local_forces and prev_start < sent_start:
                # (sixteenth session) "Vor der Botschaft in Neu-Delhi demonstrierten Hunderte. Die Polizei nahm …":
                # the police act where the sentence before happened, not in the dateline's country; a town with a
                # namesake in the country the report is about is that one ("In Hyderabad …" in a report on Pakistan)
                country = _local_country(clusters, prev_start, sent_start, lang)
                if country is not None and not reported:
                    reported.append(_reported_country(doc, clusters, lang))
                reported_home = reported[0] if country is not None else None
                if reported_home is not None and _towns_also_in(clusters, prev_start, sent_start, reported_home, lang):
                    country = None
            # "mit der Regierung in Lilongwe … verpflichtete sich die Regierung": the country of the last one
            country = country or last_state.get(form)
            # (fifteenth session) "Myanmars Militärregierung … Die Militärregierung wies … zurück": a military or
            # transitional government is the one named before with its country, not the dateline's (where the
            # report was filed, often the venue of talks abroad); a plain "die Regierung" and the army keep the
            # older order (in reports on wars and visits they are as often the other side's or the home one)
            syn = _pairs(lang, "group_synonyms.tsv").get(form, form)
            if syn in ruling_forms:
                country = country or _earlier_state_country(clusters, start, syn, generic, lang)
            if country is None:
                if not focus:
                    share = float(lex.get("focus_share", 0.66))
                    if not reported:
                        reported.append(_reported_country(doc, clusters, lang))
                    focus.append(
                        reported[0]
                        or _focus_country(clusters, share, lang)
                        or _headline_country(doc, view, clusters, lang)
                    )
                country = focus[0]
            if country is None:
                continue
            last_state[form] = country
            key = f"{_pairs(lang, 'group_synonyms.tsv').get(form, form)}|{country}"
            m = Mention(view.starts[first], view.ends[i], "ORG", "group", text, key=key, roles=[form],
                        country=country, tok_start=first, tok_end=i + 1)  # fmt: skip
            target = next((c for c in clusters if any(x.kind == "group" and x.key == key for x in c.mentions)), None)
            if target is None:
                target = Cluster("ORG")
                clusters.append(target)
        else:
            if held and i in lone_at:  # the NER's bare "Ministeriums" for a ministry never named: no entity
                own, old = lone_at.pop(i)
                own.mentions.remove(old)
                if not own.mentions:
                    clusters.remove(own)
            continue
        if i in lone_at:  # the NER's bare noun: it leaves its own cluster
            own, old = lone_at.pop(i)
            own.mentions.remove(old)
            if not own.mentions:
                clusters.remove(own)
        target.add(m)
        taken.update(range(first, i + 1))


def _earlier_bare_group(
    named: Cluster, word: str, base: str, start: int, clusters: list[Cluster], lang: str
) -> Cluster | None:
    """The state institution group of ``base`` ("Polizei|DEU") whose first mention comes before every mention of the
    named organisation ``named`` and before ``start``, when ``named`` is called by a longer compound of the noun
    ("Bundespolizei" for "Polizei"); None otherwise."""
    low = word.casefold()
    names = [m for m in named.mentions if m.kind == "name"]
    if not names or any(low in m.text.casefold().split() for m in names):
        return None  # "die Polizei Köln … die Polizei": the name holds the noun as a word of its own
    if not all(any(w.casefold().endswith(low) and w.casefold() != low for w in m.text.split()) for m in names):
        return None
    role = gz.role(word, lang)
    form = role.form if role is not None else base
    form = _pairs(lang, "group_synonyms.tsv").get(form, form)
    named_first = min(m.start for m in named.mentions)
    for c in clusters:
        if c is named:
            continue
        groups = [m for m in c.mentions if m.kind == "group" and m.key.partition("|")[0] == form]
        if groups and min(m.start for m in groups) < min(named_first, start):
            return c
    return None


def _earlier_state_country(
    clusters: list[Cluster], start: int, form: str, generic: dict[str, str], lang: str
) -> str | None:
    """The country of the last state-institution group mention before ``start`` that carries a country ("Myanmars
    Militärregierung" = key "Militärregierung|MMR"): one of the same form if any, else one of another ruling
    form or a government (``ruling_forms``, ``ruling_antecedent_forms``); None with none."""
    synonyms = _pairs(lang, "group_synonyms.tsv")
    state_forms = {synonyms.get(f, f) for f in generic}
    lex = lang_json(lang, "institution_anaphors.json")
    ruling = frozenset(lex.get("ruling_forms", ())) | frozenset(lex.get("ruling_antecedent_forms", ()))
    same: tuple[int, str] | None = None
    other: tuple[int, str] | None = None
    for c in clusters:
        for m in c.mentions:
            if m.kind != "group" or m.start >= start or "|" not in m.key:
                continue
            kind, _, country = m.key.rpartition("|")
            if not country or country == "?" or kind not in state_forms:
                continue
            if kind == form and (same is None or m.start > same[0]):
                same = (m.start, country)
            elif kind in ruling and (other is None or m.start > other[0]):
                other = (m.start, country)
    found = same or other
    return found[1] if found is not None else None


def _member_anaphors(doc: Doc, view: DocView, clusters: list[Cluster], lang: str) -> None:
    """ "Aufgerufen hatten Studierende der Universität Belgrad. … bot er den Studierenden ein Treffen an": a
    definite plural member noun (``member_plurals`` of ``institution_anaphors.json``) with no owner after it is
    another mention of the organisation a phrase "<noun> der/des <organisation>" named before it."""
    lex = lang_json(lang, "institution_anaphors.json")
    members = frozenset(lex.get("member_plurals", ()))
    if not members:
        return
    articles = frozenset(lex.get("plural_articles", ()))
    owner_at = {m.tok_start: c for c in clusters if c.label == "ORG" for m in c.mentions if m.kind == "name"}
    taken = {k for c in clusters for m in c.mentions for k in range(m.tok_start, m.tok_end)}
    n = len(doc)

    def form(word: str) -> str | None:
        return word if word in members else word[:-1] if word.endswith("n") and word[:-1] in members else None

    owners: dict[str, Cluster] = {}
    for i in range(n):
        noun = form(view.words[i])
        if noun is None or i in taken:
            continue
        owner = owner_at.get(i + 2) if i + 2 < n and view.lowers[i + 1] in ("der", "des") else None
        if owner is not None:
            owners[noun] = owner  # "Studierende der Universität Belgrad"
            continue
        if i + 1 < n and view.lowers[i + 1] in ("der", "des", "von", "aus"):
            continue  # "die Studierenden der anderen Hochschulen": an owner of their own
        if noun in owners and i > 0 and view.lowers[i - 1] in articles:
            text = view.span_text(i - 1, i + 1)
            owners[noun].add(Mention(view.starts[i - 1], view.ends[i], "ORG", "nominal", text,
                                     tok_start=i - 1, tok_end=i + 1))  # fmt: skip
            taken.update((i - 1, i))


def _outcome_person(
    doc: Doc, view: DocView, k: int, people: list[tuple[Mention, Cluster]], lex: dict
) -> tuple[Cluster | None, Cluster | None]:
    """(winner, loser) that the marker word at ``k`` names (``outcome_nouns.json``): "den Sieg von X" (the owner
    after the noun), "X hat die Wahl gewonnen" / "X räumte seine Niederlage ein" (the one person of the sentence
    outside a "gegen" phrase), "X hat gegen Y verloren" (the person in the "gegen" phrase takes the other part)."""
    word, lemma = view.words[k], doc[k].lemma_
    won = lemma in lex.get("win_verbs", ()) or word in lex.get("win_nouns", ())
    lost = lemma in lex.get("lose_verbs", ()) or word in lex.get("lose_nouns", ())
    if not (won or lost):
        return None, None
    noun = word in lex.get("win_nouns", ()) or word in lex.get("lose_nouns", ())
    if noun and k + 1 < len(doc) and view.lowers[k + 1] in lex.get("owner_words", ()):
        owner = next((c for m, c in people if k + 1 < m.tok_start <= k + 4), None)
        if owner is not None:
            return (owner, None) if won else (None, owner)
    sent = doc[k].sent
    inside = [(m, c) for m, c in people if sent.start <= m.tok_start < sent.end]
    against = frozenset(lex.get("against", ()))

    def in_against(m: Mention) -> bool:
        return any(view.lowers[j] in against for j in range(max(sent.start, m.tok_start - 3), m.tok_start))

    doer = {id(c): c for m, c in inside if not in_against(m)}
    other = {id(c): c for m, c in inside if in_against(m)} if not noun else {}
    subject = next(iter(doer.values())) if len(doer) == 1 else None
    opponent = next(iter(other.values())) if len(other) == 1 and not set(other) & set(doer) else None
    return (subject, opponent) if won else (opponent, subject)


def _outcome_anaphors(doc: Doc, view: DocView, clusters: list[Cluster], lang: str) -> None:
    """ "Bei der Stichwahl hat X gegen Y gewonnen. … gratulierte dem Wahlsieger": a definite noun for the winner
    or loser of a vote (``outcome_nouns.json``) with no name after it is another mention of the person the text
    named as winning or losing before it (the last such marker); with none it stays unresolved."""
    lex = lang_json(lang, "outcome_nouns.json")
    nouns: dict[str, list[str]] = lex.get("nouns", {})
    if not nouns:
        return
    articles = frozenset(lex.get("articles", ()))
    adjectives = frozenset(lex.get("lose_adjectives", ()))
    taken = {k for c in clusters for m in c.mentions for k in range(m.tok_start, m.tok_end)}
    people = sorted(
        ((m, c) for c in clusters if c.label == "PER" for m in c.mentions if m.kind == "name"),
        key=lambda x: x[0].tok_start,
    )
    for i in range(1, len(doc)):
        entry = nouns.get(view.words[i])
        if entry is None or i in taken or view.lowers[i - 1] not in articles:
            continue
        if i + 1 < len(doc) and (i + 1 in taken or view.words[i + 1] in ('"', "„", "(")):
            continue  # "dem Wahlsieger Mateo Quispe": the name follows
        role, gender = entry
        found: Cluster | None = None
        before = [(m, c) for m, c in people if m.tok_start < i]
        for k in range(i - 1, 0, -1):
            if view.lowers[k] in adjectives and role == "loser":  # "der unterlegene Kandidat X"
                found = next((c for m, c in people if k < m.tok_start <= k + 3), None)
            else:
                winner, loser = _outcome_person(doc, view, k, before, lex)
                found = winner if role == "winner" else loser
            if found is not None:
                break
        if found is None or (gender in ("m", "f") and found.gender not in (None, gender)):
            continue
        found.add(Mention(view.starts[i], view.ends[i], "PER", "nominal", view.words[i], tok_start=i, tok_end=i + 1))
        taken.add(i)


def _unkinded_company(
    doc: Doc,
    clusters: list[Cluster],
    lone: dict[int, Cluster],
    start: int,
    nouns: dict[str, list[str]],
    generic: dict[str, str],
    lang: str,
) -> Cluster | None:
    """ "Die Regierung will das Stahlwerk von Tata Steel unterstützen. … verpflichtet sich das Unternehmen": with no
    organisation known as a company before it, "das Unternehmen" / "der Konzern" is the last organisation named
    before it whose kind is unknown (not in ``org_kinds.tsv``) and whose name ends in no institution noun of another
    kind ("Regierung", "Gewerkschaft", "Partei", "Behörde" …): news names companies the gazetteer cannot list."""
    other = {w for entry in nouns.values() if "@company" not in entry[1] for w in entry[1].split() if w[:1] != "@"}
    other |= {w.casefold() for w in generic}
    ends = tuple(other)
    kinds = _org_kinds(lang)
    best: tuple[int, Cluster] | None = None
    for c in clusters:
        if c.label != "ORG" or id(c) in lone:
            continue
        before = [m for m in c.mentions if m.start < start]
        names = [m for m in before if m.kind == "name"]
        if not names or any(m.kind == "group" for m in c.mentions):
            continue
        words = [w for m in names for w in _antecedent_words(m.text)]
        # "die Partei Volt", "die Initiative X": the noun right before the name says its kind
        words += [w for m in names if m.tok_start > 0 for w in _antecedent_words(doc[m.tok_start - 1].text)]
        if any(w.endswith(ends) for w in words):
            continue
        orgs = [gz.org(m.text, lang) for m in names]
        if any(o is not None and kinds.get(o.name, "-") != "company" for o in orgs):
            continue  # a known organisation of another (or no listed) kind: a party, an agency, a ministry …
        if any(_news_agency(doc, m, o, lang) for m, o in zip(names, orgs, strict=True)):
            continue
        last = max(m.start for m in before)
        if best is None or last > best[0]:
            best = (last, c)
    return best[1] if best is not None else None


def _bare_conjunct(view: DocView, i: int, generic: dict[str, str], links: frozenset[str]) -> bool:
    """ "Polizei und Zoll durchsuchten …": a state institution noun without an article is one when it is
    coordinated ("und", "sowie", a comma) with another such noun right before or after it."""
    n = len(view.words)
    before = i >= 2 and view.lowers[i - 1] in links and view.words[i - 2] in generic
    after = i + 2 < n and view.lowers[i + 1] in links and view.words[i + 2] in generic
    return before or after


def _same_clause_object(doc: Doc, view: DocView, lo: int, first: int, i: int) -> bool:
    """The noun at ``i`` (its phrase opening at ``first``) is a bare object, and no clause boundary (a comma, a
    colon, a conjunction) lies between it and the subject ending at ``lo``: "China drohte dem Inselstaat"
    (non-reflexive objects name another actor). Not a phrase after a preposition or a noun ("Kassel baut in der
    Stadt Schulen", "der Bürgermeister der Stadt"), nor a genitive "des": those may name the subject itself."""
    if _in_subject(doc, i) or first < 1 or view.lowers[first] == "des":
        return False
    if doc[first].tag_ == "APPRART" or doc[first - 1].tag_ in ("APPR", "APPRART", "NN", "NE"):
        return False
    return not any(view.words[k] in (",", ";", ":", "und", "oder", "sowie") for k in range(lo, i))


def _in_subject(doc: Doc, k: int) -> bool:
    """Token ``k`` is (in) a clause subject: "Polen wünscht …", "Hessens Innenminister kündigte an"."""
    if k >= len(doc):
        return False
    tok = doc[k]
    for _ in range(3):
        if tok.dep_ in ("nsubj", "nsubj:pass", "sb"):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _local_country(
    clusters: list[Cluster], lo: int, hi: int, lang: str, doc: Doc | None = None, own: int = -1
) -> str | None:
    """The one country of the towns and regions (not countries) named between ``lo`` and ``hi`` (a sentence);
    only a country the text names, a home country ("Far" read as a US town in a text about Cameroon), or (sixteenth
    session) the country of a capital or a city of 250,000 or more after a sentence-opening "In" ("In Den Haag
    bestellte das Außenministerium …" with the Netherlands named only by an adjective). With ``doc``, a town after
    "in" right after another noun than the one at ``own`` is that noun's seat, not where the sentence happens ("Das
    UN-Menschenrechtsbüro in Genf rief die Sicherheitskräfte … auf": not Swiss forces)."""
    named = set(HOME_COUNTRIES.get(lang, ()))
    for c in clusters:
        if c.label == "LOC":
            named.update(code for m in c.mentions if m.kind == "name" and (code := gz.country_code(m.text, lang)))
    codes = set()
    for c in clusters:
        here = [m for m in c.mentions if m.kind == "name" and lo <= m.start < hi]
        if c.label == "LOC" and here:
            if any(gz.country_code(m.text, lang) for m in c.mentions if m.kind == "name"):
                continue
            if _only_sites(c, lang):
                continue  # (fifteenth session) "dem Reichstag": a seat of another country's body by the same name
            if doc is not None and all(_seat_of_other_noun(doc, m.tok_start, own, lang) for m in here):
                continue
            code = _place_country(c, lang)
            fronted = doc is not None and any(_fronted_in(doc, m.tok_start) for m in here)
            if code is not None and fronted and any(_major_city(m.text, lang) for m in here):
                named.add(code)
            codes.add(code)
    return codes.pop() if len(codes) == 1 and codes <= named else None


def _towns_also_in(clusters: list[Cluster], lo: int, hi: int, code: str, lang: str) -> bool:
    """Some town or region named between ``lo`` and ``hi`` has a namesake in the country ``code``."""
    return any(
        c.label == "LOC" and any(p.country == code for p in gz.exact_places(m.text, lang))
        for c in clusters
        for m in c.mentions
        if m.kind == "name" and lo <= m.start < hi
    )


def _seat_of_other_noun(doc: Doc, k: int, own: int, lang: str) -> bool:
    """The place at token ``k`` follows "in" right after a common noun other than the one at ``own`` and other than a
    state institution ("das UN-Büro in Genf"; not "die Regierung in Addis Abeba", which names the country's own
    state)."""
    if k < 2 or k - 2 == own or doc[k - 1].lower_ != "in" or doc[k - 2].pos_ != "NOUN":
        return False  # ("sagte Parteisprecher Anil Bhatt in Neu-Delhi": where a person speaks is the sentence's place)
    generic = lang_json(lang, "institution_anaphors.json").get("generic_state", {})
    return doc[k - 2].text not in generic


def _fronted_in(doc: Doc, k: int) -> bool:
    """The place at token ``k`` follows a sentence-opening "In" ("In Den Haag bestellte …"): the scene of the
    sentence, not where something was said ("…, hieß es in Brüssel")."""
    return k >= 1 and doc[k - 1].lower_ == "in" and doc[k - 1].is_sent_start


def _major_city(text: str, lang: str) -> bool:
    """A capital, or a city of 250,000 people or more ("Den Haag", the seat of its country's government)."""
    return gz.capital_country(text) is not None or any(
        p.kind == "city" and p.population >= 250_000 for p in gz.exact_places(text, lang)
    )


def _only_sites(c: Cluster, lang: str) -> bool:
    """A place cluster whose names the gazetteer knows only as buildings ("Reichstag", "Kreml")."""
    names = [m.text for m in c.mentions if m.kind == "name"]
    places = [p for name in names for p in gz.exact_places(name, lang)]
    return bool(places) and all(p.kind == "site" for p in places)


def _dateline_country(doc: Doc, lang: str) -> str | None:
    """The country of the dateline ("ATHEN (Reuters) –", ``dateline_countries``); None with none, or two in
    different countries ("BRÜSSEL/MANAGUA (dpa) –": which one the report is about, the text must say)."""
    countries = dateline_countries(doc, lang)
    return countries[0] if len(countries) == 1 else None


def _reported_country(doc: Doc, clusters: list[Cluster], lang: str) -> str | None:
    """(fifteenth session) The country a report is about, for a state institution named by a common noun alone:
    the dateline's country, unless the text below it names the places of one other country more often ("BRÜSSEL
    (dpa) – … Haiti … Port-au-Prince … falls die Polizei …": Haiti's police; "PEKING (dpa) – … Myanmar …
    Die Armee …": Myanmar's army). The dateline is where the report was filed, which is often a neighbour's or an
    international body's seat."""
    home = _dateline_country(doc, lang)
    if home is None:
        return None
    votes: Counter = Counter()
    for c in clusters:
        if c.label != "LOC" or not (code := _place_country(c, lang)):
            continue
        votes[code] += sum(1 for m in c.mentions if m.kind == "name" and not _dateline_place(doc, m.tok_start, lang))
    if not votes:
        return home
    top, count = votes.most_common(1)[0]
    return top if top != home and count >= 2 and count > votes.get(home, 0) else home


def _headline_end(text: str) -> int:
    """The end of the text's first line when it is a headline (a line above the body that ends in no full stop), else
    0: a headline names people by surname before the body names them in full.

    One of three title detectors that differ (session 18 review, kept apart because merging changes results):
    :func:`chronik.components.events.headline_end` takes up to three title lines of at most 200 characters (a kicker
    and a subtitle too) and lets a title end in "?" or "!", but not in ":" or ","; ``timex_rules._title_break`` gives
    the line break after a first line of at most 200 characters, which the tense reader's sentence splitter misses
    (a line ending in "?" or "!" is already a sentence end there). Here only the first line counts, of any length
    and ending in anything but ".", "!" or "?": the surname and headline-country rules were written and tested on
    that line; reading a subtitle as headline too would change which surnames count as named in it."""
    first_line, newline, _ = text.partition("\n")
    return len(first_line) if newline and not first_line.rstrip().endswith((".", "!", "?")) else 0


def _headline_country(doc: Doc, view: DocView, clusters: list[Cluster], lang: str) -> str | None:
    """ "Haiti: Banden erobern Viertel" over a text with no dateline that also names the helpers' countries: the one
    country the headline names (a country name, or the country of its places) is the text's country in focus.
    The headline is the article's title, else a first line of the text that ends in no full stop."""
    codes: set[str] = set()
    title = doc._.title or ""
    for word in re.findall(r"[\w\-]+", title):
        if word[:1].isupper() and (code := gz.country_code(word, lang)) and word not in gz.org_aliases(lang):
            codes.add(code)
    headline = 0 if title else _headline_end(view.text)
    if headline:
        for c in clusters:
            named = c.label == "LOC" and any(m.kind == "name" and m.end <= headline for m in c.mentions)
            if named and (code := _place_country(c, lang)):
                codes.add(code)
    return codes.pop() if len(codes) == 1 else None


def _country_after_in(doc: Doc, view: DocView, i: int, clusters: list[Cluster], lang: str) -> str | None:
    """ "die Polizei in Paris": the country of the place named right after the noun."""
    if i + 2 >= len(doc) or view.lowers[i + 1] != "in":
        return None
    place = next((c for c in clusters if c.label == "LOC" and any(m.tok_start == i + 2 for m in c.mentions)), None)
    return _place_country(place, lang) if place is not None else None


def _sentence_starts(doc: Doc) -> list[int]:
    if not doc.has_annotation("SENT_START"):
        return [0]  # no sentence boundaries set
    if "sents" in doc.user_hooks:
        return [s.start_char for s in doc.sents]
    # the starts doc.sents gives (token 0, then each token flagged as a start) from one array read: no Span per
    # sentence, and this is asked several times per document
    flags = doc.to_array([SENT_START]).tolist() if len(doc) else []
    offsets = token_strings(doc)[2]
    return [offsets[i] for i, flag in enumerate(flags) if i == 0 or flag == 1]


def _pronoun_number_ok(tok: Token) -> bool:
    """Singular "sie" only: morphology if the parser gives it, else the finite verb's ending."""
    doc = tok.doc
    for k in (tok.i - 1, tok.i + 1):
        # "Dort wird sie … empfangen": the finite verb next to a subject "sie" agrees with it, and its
        # form is less ambiguous than the pronoun's own (which the tagger often guesses as plural)
        finite = 0 <= k < len(doc) and "Fin" in doc[k].morph.get("VerbForm") and doc[k].morph.get("Number")
        if finite and tok.dep_.startswith("nsubj") and doc[k].morph.get("Person") == ["3"]:
            return doc[k].morph.get("Number") == ["Sing"]
    number = tok.morph.get("Number")
    if number:
        return number == ["Sing"]
    # The finite verb: before the pronoun after inversion ("sagte sie"), else after it ("sie sagte").
    neighbours = []
    if tok.i > 0 and doc[tok.i - 1].is_alpha and doc[tok.i - 1].lower_ not in NOT_VERBS:
        neighbours.append(doc[tok.i - 1])
    if tok.i + 1 < len(doc):
        neighbours.append(doc[tok.i + 1])
    for nb in neighbours:
        if nb.pos_ and nb.pos_ not in ("VERB", "AUX"):
            continue
        if nb.text[:1].islower() and nb.is_alpha:
            # plural finite verbs end in -en/-n ("sagten", "sind"); singular ones do not ("sagte", "ist", "hat")
            return not (nb.lower_.endswith("n") or nb.lower_ == "sind")
        return False
    return False


def _singular_verb_subject(tok: Token) -> bool:
    """A subject "sie" next to its finite verb in a form that cannot be plural ("Dabei griff sie …", "betont
    sie"): German third-person plural verbs all end in -n except "sind", whatever number the tagger guessed."""
    doc = tok.doc
    if not tok.dep_.startswith("nsubj"):
        return False
    for k in (tok.i - 1, tok.i + 1):
        if 0 <= k < len(doc) and doc[k].i == tok.head.i and "Fin" in doc[k].morph.get("VerbForm"):
            verb = doc[k]
            return verb.is_alpha and verb.text[:1].islower() and not verb.lower_.endswith("n") and verb.lower_ != "sind"
    return False


def _is_subject(tok: Token) -> bool:
    return tok.dep_.startswith("nsubj") or (tok.is_sent_start and not tok.dep_)


def _subject_mention_in(doc: Doc, cluster: Cluster, lo: int, hi: int, main_clause: bool = False) -> bool:
    """A mention between ``lo`` and ``hi`` is a subject (with ``main_clause``, of its sentence's root verb or of a
    verb coordinated with it)."""
    for m in cluster.mentions:
        if lo <= m.start < hi:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                if t.dep_.startswith("nsubj") and (not main_clause or _main_verb(t.head)):
                    return True
    return False


def _main_verb(verb: Token) -> bool:
    """The root of its sentence, a verb coordinated with it, or an auxiliary's participle in the main clause."""
    while verb.dep_ in ("conj", "aux", "xcomp") and verb.head != verb:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _resolve_pronouns(
    doc: Doc, view: DocView, clusters: list[Cluster], blockers: list[Cluster], lang: str,
    nominals: list[Mention] | None = None,
) -> None:  # fmt: skip
    """ "er"/"sie"/"ihn"/"ihm" → the one compatible person in this or the previous sentence. A titled person we
    could not identify ("der Richter") still counts as a person there, so it blocks rather than misleads.

    ``nominals`` are descriptive titles no holder took ("die Labour-Politikerin"); in text order with the pronouns
    (a resolved one gives its gender to the person, which a later "sie" needs) each joins the one person of
    compatible gender named in the previous sentence, else falls back to :func:`_unresolved_nominal`."""
    pronouns = _pronouns(lang)
    starts = view.sentence_starts(doc)
    people = [c for c in clusters if c.label == "PER"] + blockers
    queue: list[tuple[int, Mention | None]] = [(m.start, m) for m in nominals or ()]
    queue += [(view.starts[i], None) for i, low in enumerate(view.lowers) if low in pronouns]
    for pos, nominal in sorted(queue, key=lambda x: x[0]):
        sent_i = max(k for k, s in enumerate(starts) if s <= pos)
        if nominal is not None:
            target = _nominal_antecedent(doc, nominal, people, blockers, starts, sent_i)
            if target is None:
                target = _unresolved_nominal(nominal, clusters, blockers)
                if target not in people:
                    people.append(target)
            else:
                target.add(nominal)
            continue
        tok = doc.char_span(pos, pos + 1, alignment_mode="expand")[0]
        if not people:
            if tok.lower_ == "sie" and _singular_verb_subject(tok) and (tok.is_sent_start or tok.text == "sie"):
                _institution_pronoun(doc, tok, clusters, starts[max(0, sent_i - SENT_WINDOW)])
            continue
        gender = pronouns[tok.lower_]
        if tok.text[:1].isupper() and not tok.is_sent_start:
            continue  # "Sie"/"Er" mid-sentence: polite form or a name
        singular_subject = tok.lower_ == "sie" and _singular_verb_subject(tok)
        if tok.lower_ == "sie" and not singular_subject and not _pronoun_number_ok(tok):
            continue
        if tok.lower_ == "sie" and not singular_subject and tok.morph.get("Case") not in ([], ["Nom"]):
            continue  # object "sie" is as often a thing ("man kann sie finden") as a woman
        morph_gender = tok.morph.get("Gender")
        if morph_gender and morph_gender != (["Masc"] if gender == "m" else ["Fem"]):
            continue
        subject = tok.lower_ in _entity_words("subject_pronouns", lang)
        speaker = _cataphoric_speaker(doc, view, tok, people, gender) if subject else None
        if speaker is not None:
            if speaker not in blockers:
                speaker.add(Mention(tok.idx, tok.idx + len(tok), "PER", "pronoun", tok.text, tok_start=tok.i,
                                    tok_end=tok.i + 1))  # fmt: skip
            continue
        if subject and _matrix_subject_pronoun(doc, tok, people, clusters):
            continue
        # an object is never the subject of its own clause ("Er lobte ihn": not the same man)
        own_subjects = set() if subject else _clause_subjects(doc, tok, people, starts[sent_i])
        # First the pronoun's own sentence ("Macron sagte, er …"), then also the previous one; also when no one
        # in the own sentence fits ("Merkel lobte Macron. Sie dankte ihm."). Sentences that open inside a
        # quotation belong to the speaker's sentence before them ("X sagte: „A. B.“ Er warf …": back to X).
        back = SENT_WINDOW
        while sent_i - back > 0 and back < SENT_WINDOW + 2 and _opens_in_quote(view.text, starts[sent_i - back]):
            back += 1
        for lo in (starts[sent_i], starts[max(0, sent_i - back)]):
            in_window = [c for c in people if c.mentioned_in(lo, tok.idx) and id(c) not in own_subjects]
            if any(_pronoun_fits(c, gender) for c in in_window) or (in_window and tok.lower_ == "sie"):
                break  # "sie" with no woman in its own sentence is as likely a thing or a group
        if not in_window and subject and _subjunctive_sentence(doc, starts[sent_i]):
            # "X erwiderte: „…“ Man fordere … Er habe auch mit … gesprochen": reported speech runs on in the
            # subjunctive over sentences that name no one; its subject pronoun is the speaker before them
            while sent_i - back > 0 and back < SENT_WINDOW + 3 and _subjunctive_sentence(doc, starts[sent_i - back]):
                back += 1
                in_window = [c for c in people if c.mentioned_in(starts[sent_i - back], tok.idx)]
                if in_window:
                    break
        # Feminine "sie" needs a known female referent; masculine "er" accepts unknown gender.
        compatible = [c for c in in_window if _pronoun_fits(c, gender)]
        unique = len(in_window) == len(compatible) == 1 or (len(compatible) == 1 and all(c.gender for c in in_window))
        here = [c for c in compatible if c.mentioned_in(starts[sent_i], tok.idx)]
        if not unique and len(compatible) > 1 and (_is_subject(tok) or (not subject and not here)):
            # "Maas wurde vom damaligen Ministerpräsidenten Lafontaine gefördert. Er …": a pronoun continues the
            # subject before it when exactly one candidate was a subject there; an object pronoun only when the
            # candidates are all in the previous sentence ("Shultz trat zurück … 1982 berief ihn Reagan …").
            subjects = [c for c in compatible if _subject_mention_in(doc, c, lo, tok.idx)]
            if len(subjects) > 1 and _is_subject(tok):
                # "Der Präsident kündigte an, dass der Botschafter X ausgewiesen werde. Er fügte hinzu …": of two
                # subjects the one of a main clause goes on, not the one of the clause it embeds
                main = [c for c in subjects if _subject_mention_in(doc, c, lo, tok.idx, main_clause=True)]
                subjects = main if len(main) == 1 else subjects
            compatible, unique = subjects, len(subjects) == 1
        if not compatible:
            # "Das Gespräch habe ihn ermutigt, sagte Boris Johnson": no one before fits, the main clause's subject
            # after the pronoun's own clause does
            compatible = _subject_after(doc, tok, people, gender)
            unique = len(compatible) == 1
        if unique and not here and _competing_place(doc, tok, gender, lang):
            continue  # "In dem Stadtteil hatten Attentäter Unterschlupf gefunden, er gilt als Hochburg …"
        if unique and compatible[0] not in blockers:
            compatible[0].add(Mention(tok.idx, tok.idx + len(tok), "PER", "pronoun", tok.text, tok_start=tok.i,
                                      tok_end=tok.i + 1))  # fmt: skip
        elif singular_subject and not compatible:
            # "Minister X … Die Gewerkschaft Verdi lehnte ab. Sie kündigte an": an organisation named as a subject
            # after every person in the window (none of them a woman) is what "sie" continues
            # (a man named after the organisation is no "sie": "Die Regierung bestellte den Botschafter X ein. Sie …")
            after = [m.start for c in in_window if c.gender != "m" for m in c.mentions if m.start < tok.idx]
            _institution_pronoun(doc, tok, clusters, max([starts[max(0, sent_i - SENT_WINDOW)], *after]))


def _subjunctive_sentence(doc: Doc, pos: int) -> bool:
    """The sentence at ``pos`` is reported speech: its main verb (or that verb's auxiliary) is in the subjunctive
    ("Man fordere …", "Er habe … gesprochen")."""
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if span is None:
        return False
    root = span[0].sent.root
    verbs = [t for t in (root, *root.children) if t.i == root.i or t.dep_ in ("aux", "cop")]
    if any("Sub" in t.morph.get("Mood") for t in verbs):
        return True
    first = span[0].sent[0]
    if first.lower_ in _entity_words("reported_speech_openers", doc.lang_) and first.i + 1 < len(doc):
        # "Man fordere feste Verpflichtungen": the finite verb follows a pronoun subject in second place; a present
        # singular in -e there is the subjunctive (the indicative ends in -t; "sagte" is a past), even where the
        # tagger took it for an adjective (2026-12-06, eighteenth session)
        verb = doc[first.i + 1]
        if verb.is_alpha and verb.is_lower and verb.lower_.endswith("e") and not verb.lower_.endswith("te"):
            return True
    # "Die Reform komme zu spät", "Das Geld reiche nicht": a present singular in -e with a subject other than
    # "ich" is the third person's subjunctive (its indicative ends in -t), whatever mood the tagger guessed
    subjects = [t for t in root.children if t.dep_.startswith("nsubj")]
    return any(
        t.lower_.endswith("e") and t.morph.get("Number") == ["Sing"] and t.morph.get("Tense") == ["Pres"]
        and "Fin" in t.morph.get("VerbForm")
        for t in verbs
    ) and bool(subjects) and all(t.lower_ != "ich" for t in subjects)  # fmt: skip


def _opens_in_quote(text: str, pos: int) -> bool:
    """The sentence at ``pos`` begins inside a quotation („…“ or »…«) opened in an earlier sentence."""
    return text.count("„", 0, pos) > text.count("“", 0, pos) or text.count("»", 0, pos) > text.count("«", 0, pos)


@lru_cache(maxsize=4)
def _institution_genders(lang: str) -> dict[str, str]:
    """Gender (f/m/n/p) of the institution nouns of ``institution_anaphors.json`` ("Regierung" f, "Ministerium" n)."""
    lex = lang_json(lang, "institution_anaphors.json")
    out = {noun: value[0] for noun, value in lex.get("nouns", {}).items()}
    out.update(lex.get("generic_state", {}))
    return out


def _institution_gender(word: str, lang: str) -> str | None:
    return _institution_genders(lang).get(word)


def _institution_pronoun(doc: Doc, tok: Token, clusters: list[Cluster], lo: int) -> None:
    """ "Die Militärregierung in Bamako erklärte … Zugleich warf sie … vor": a singular subject "sie" with no
    person before it is the organisation whose feminine singular noun ("Regierung", "Behörde", "Polizei") was the
    last subject before it, in its sentence or the one before."""
    best: tuple[int, Cluster] | None = None
    for c in clusters:
        if c.label != "ORG":
            continue
        for m in c.mentions:
            if not (lo <= m.start < tok.idx) or m.tok_end > len(doc):
                continue
            head = doc[m.tok_end - 1]
            root = doc[m.tok_start : m.tok_end].root
            if root.i != head.i and root.dep_.startswith("nsubj"):
                head = root  # "Die Gewerkschaft der Polizei hat … abgelehnt. Sie …": the name's own head noun
            fem = head.morph.get("Gender") == ["Fem"] and head.morph.get("Number") != ["Plur"]
            # ("Kroatiens Regierung", the tagger reading it masculine: the lexicon knows the noun's gender)
            fem = fem or _institution_gender(head.text, doc.lang_) == "f"
            # ("Rom (dpa) – Die italienische Regierung hat …": after a dateline the parser may join the subject to
            # the town as a conjunct or an apposition; its nominative case still tells, unless it is the agency in
            # the dateline's brackets)
            nominative = head.morph.get("Case") == ["Nom"] and head.dep_ in ("conj", "ROOT", "appos", "flat")
            nominative = nominative and not (m.tok_start > 0 and doc[m.tok_start - 1].text == "(")
            subject = head.dep_.startswith("nsubj") or nominative
            noun = doc[m.tok_start - 1] if m.tok_start > 0 else None
            if not fem and noun is not None and noun.tag_ == "NN" and noun.morph.get("Gender") == ["Fem"]:
                # "Die Gewerkschaft Verdi lehnte ab. Sie kündigte an …": the feminine noun the name is in apposition to
                fem = noun.morph.get("Number") != ["Plur"]
                subject = subject or noun.dep_.startswith("nsubj")
                # "Zu dem Ausstand hatte die Gewerkschaft SNCTA aufgerufen": a nominative noun after the finite verb
                # the parser took for the object of a verb that has no subject (seventeenth session)
                subject = subject or (
                    noun.morph.get("Case") == ["Nom"]
                    and noun.dep_ == "obj"
                    and not any(c.dep_.startswith("nsubj") for c in noun.head.children)
                )
            if fem and subject and (best is None or m.start > best[0]):
                best = (m.start, c)
    if best is not None:
        best[1].add(Mention(tok.idx, tok.idx + len(tok), "ORG", "pronoun", tok.text, tok_start=tok.i,
                            tok_end=tok.i + 1))  # fmt: skip


def _neuter_pronouns(doc: Doc, view: DocView, clusters: list[Cluster], lang: str) -> None:
    """ "Das Innenministerium hat den Verein verboten. Es wirft ihm vor …", "Russland … Zugleich warf es Kiew vor":
    a subject "es" next to its singular finite verb is the organisation with a neuter noun ("Ministerium",
    "Gericht") or the country named without an article that was the last subject before it, in its sentence or
    the one before; not the empty "es" of "es gibt", "es kam zu" (the parser's ``expl``, or a verb of
    ``expletive_es_lemmas``)."""
    expletive = frozenset(lang_json(lang, "institution_anaphors.json").get("expletive_es_lemmas", ()))
    starts = view.sentence_starts(doc)
    for i, low in enumerate(view.lowers):
        if low != "es" or (view.words[i] == "Es" and not doc[i].is_sent_start):
            continue
        tok = doc[i]
        verb = next(
            (doc[k] for k in (i - 1, i + 1) if 0 <= k < len(doc) and "Fin" in doc[k].morph.get("VerbForm")), None
        )
        if verb is None or not tok.dep_.startswith("nsubj") or verb.morph.get("Number") != ["Sing"]:
            continue
        if verb.lemma_ in expletive or tok.head.lemma_ in expletive:
            continue
        sent_i = max(k for k, s in enumerate(starts) if s <= tok.idx)
        lo = starts[max(0, sent_i - SENT_WINDOW)]
        best: tuple[int, Cluster] | None = None
        for c in clusters:
            if c.label not in ("ORG", "LOC"):
                continue
            for m in c.mentions:
                if not (lo <= m.start < tok.idx) or m.tok_end > len(doc) or m.kind == "pronoun":
                    continue
                head = doc[m.tok_end - 1]
                if c.label == "ORG":
                    neuter = head.morph.get("Gender") == ["Neut"] or _institution_gender(head.text, lang) == "n"
                else:  # "Russland", not "die Türkei", "der Iran"
                    bare = m.tok_start == 0 or doc[m.tok_start - 1].pos_ != "DET"
                    neuter = bare and gz.country_code(m.text, lang) is not None
                nominative = head.morph.get("Case") == ["Nom"] and head.dep_ in ("conj", "ROOT", "appos", "flat")
                if m.tok_start > 0 and doc[m.tok_start - 1].text == "(":
                    nominative = False  # the agency in the dateline's brackets
                subject = head.dep_.startswith("nsubj") or nominative
                if neuter and subject and (best is None or m.start > best[0]):
                    best = (m.start, c)
        if best is not None:
            best[1].add(Mention(tok.idx, tok.idx + len(tok), best[1].label, "pronoun", tok.text, tok_start=i,
                                tok_end=i + 1))  # fmt: skip


def _competing_place(doc: Doc, tok: Token, gender: str, lang: str) -> bool:
    """A singular place noun of the pronoun's gender (``place_nouns.txt``: "der Stadtteil", "die Provinz") in an
    earlier clause of the pronoun's sentence is a referent it may mean as well as a person of the previous
    sentence; in its own clause it may not ("Im Ort wuchs er auf"), so a comma must lie between them."""
    nouns = gz.place_nouns(lang)
    want = ["Masc"] if gender == "m" else ["Fem"]
    if not doc.has_annotation("SENT_START"):
        return False
    for k in range(tok.sent.start, tok.i):
        t = doc[k]
        place = t.text in nouns and t.morph.get("Gender") == want and t.morph.get("Number") == ["Sing"]
        if place and any(x.text == "," for x in doc[k + 1 : tok.i]):
            return True
    return False


def matrix_subject(tok: Token) -> Token | None:
    """ "Die Stadtverwaltung erklärte, dass sie …", "Der Verband teilte mit, er werde …": the subject of the verb of
    saying that embeds a singular subject "er"/"sie" (a content clause, or reported speech after a comma, hanging on
    it) when that subject is an institution noun before the pronoun in the same sentence that agrees with it in
    gender and number. German binds such a pronoun to the speaker above it before any person of an earlier sentence
    (2026-12-07, twenty-third session, round 2). None where there is none."""
    lang = tok.doc.lang_
    if not tok.dep_.startswith("nsubj") or tok.lower_ not in _entity_words("subject_pronouns", lang):
        return None
    clause = tok.head
    while clause.dep_ in ("aux", "cop", "aux:pass") and clause.head != clause:
        clause = clause.head
    upper = clause.head
    if clause.dep_ not in ("ccomp", "advcl", "parataxis") or upper.i >= clause.i or upper.pos_ not in ("VERB", "AUX"):
        return None
    # a verb of saying (``speech_verbs`` of event_modality.json): "kritisierte, dass sie …" is about someone else
    speech = lang_json(lang, "event_modality.json").get("speech_verbs", ())
    if upper.lemma_.lower() not in speech and upper.lower_ not in speech:
        return None
    subj = next((c for c in upper.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subj is None or subj.pos_ != "NOUN" or subj.sent != tok.sent or subj.morph.get("Number") == ["Plur"]:
        return None
    # an institution noun of ``institution_anaphors.json`` (also as a compound's end: "Stadtverwaltung"); a person
    # noun ("der Angeklagte") may itself stand for a person named before, whom the usual search finds
    genders = _institution_genders(lang)
    gender = genders.get(subj.text) or next(
        (g for noun, g in genders.items() if len(subj.text) > len(noun) and subj.text.endswith(noun.lower())), None
    )
    if gender is None or gender != _pronouns(lang).get(tok.lower_):
        return None
    if tok.morph.get("Number") == ["Plur"]:
        return None
    return subj


def _matrix_subject_pronoun(doc: Doc, tok: Token, people: list[Cluster], clusters: list[Cluster]) -> bool:
    """A pronoun whose :func:`matrix_subject` is no person's mention: joined to the organisation that subject names
    ("Die Gewerkschaft Verdi teilte mit, dass sie …"), else left open ("Die Stadtverwaltung erklärte, dass sie …" is
    no woman of the sentence before); True where it was handled so."""
    subj = matrix_subject(tok)
    if subj is None:
        return False
    core = [subj, *(c for c in subj.children if c.dep_ in ("appos", "flat"))]
    lo, hi = min(t.idx for t in core), max(t.idx + len(t) for t in core)
    if any(lo <= m.start < hi for c in people for m in c.mentions):
        return False  # a person: the usual search finds it in the pronoun's own sentence
    orgs = [c for c in clusters if c.label == "ORG" and any(lo <= m.start < hi for m in c.mentions)]
    if len(orgs) == 1:
        orgs[0].add(Mention(tok.idx, tok.idx + len(tok), "ORG", "pronoun", tok.text, tok_start=tok.i,
                            tok_end=tok.i + 1))  # fmt: skip
    return True


def _cataphoric_speaker(doc: Doc, view: DocView, tok: Token, people: list[Cluster], gender: str) -> Cluster | None:
    """ "Er werde die Polizei verstärken, sagte Bürgermeister Meier": the subject pronoun of reported speech that
    opens its sentence, outside any quotation, ahead of the verb of saying that embeds it (``ccomp``/``parataxis``
    after a comma) is that verb's subject, the speaker named after it, when the speaker is one person it agrees with
    (reported speech turns the speaker's "ich" into "er"/"sie"). Not where the speaker's phrase has a possessive
    ("…, sagte sein Anwalt": he speaks for the man before) nor inside a direct quotation ("„Er lügt“, sagte Meier":
    the speaker would say "ich") (2026-12-07, twenty-third session, round 2)."""
    if not tok.dep_.startswith("nsubj") or _opens_in_quote(view.text, tok.idx):
        return None
    sent = tok.sent
    # the main clause that opens the sentence ("Im Juni habe er …"), no clause before it ("Nachdem er …", "…, der …")
    # and no person before the pronoun ("Laut Meier habe er …": Meier is the nearer one)
    if any(t.is_punct or t.tag_ in ("KOUS", "KOUI", "PRELS", "PWAV") for t in doc[sent.start : tok.i]):
        return None
    if any(sent.start_char <= m.start < tok.idx for c in people for m in c.mentions):
        return None
    clause = tok.head
    while clause.dep_ in ("aux", "cop") and clause.head != clause:
        clause = clause.head
    say = clause.head
    if clause.dep_ not in ("ccomp", "parataxis") or say.i <= clause.i or say.pos_ != "VERB":
        return None
    if not any(t.text == "," for t in doc[tok.i : say.i]) or any(
        t.text in ("„", "“", "»", "«", '"') for t in doc[sent.start : say.i]
    ):
        return None
    subj = next((c for c in say.children if c.dep_.startswith("nsubj") and c.i > say.i), None)
    if subj is None or any(t.tag_ == "PPOSAT" for t in subj.subtree):
        return None
    span = [t.idx for t in subj.subtree]
    lo, hi = min(span), max(t.idx + len(t) for t in subj.subtree)
    found = [c for c in people if any(lo <= m.start < hi and m.kind == "name" for m in c.mentions)]
    if len(found) != 1 or not _pronoun_fits(found[0], gender):
        return None
    return found[0]


def _subject_after(doc: Doc, tok: Token, people: list[Cluster], gender: str) -> list[Cluster]:
    """People named later in the pronoun's sentence as the subject of a verb whose clause embeds the pronoun's
    own clause (never of the pronoun's own verb: "Dort trifft ihn der Minister" is someone else)."""
    sent = tok.sent
    out: list[Cluster] = []
    for c in people:
        if not _pronoun_fits(c, gender):
            continue
        for m in c.mentions:
            if not (tok.idx < m.start < sent.end_char) or m.kind != "name":
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            subj = next((t for t in span if t.dep_.startswith("nsubj")), None) if span is not None else None
            if (
                subj is not None
                and subj.head != tok.head
                and tok in subj.head.subtree
                and subj.head.i > tok.i
                and any(t.text == "," for t in doc[tok.i : subj.head.i])  # the pronoun's clause ends first
            ):
                out.append(c)
                break
    return out


def _pronoun_fits(c: Cluster, gender: str) -> bool:
    return c.gender == gender or (gender == "m" and c.gender is None)


def _finite_before(doc: Doc, k: int) -> bool:
    """Token k is a finite verb, also one the tagger read as an attributive adjective with no article before it
    ("Am Abend dankte Macron ihm": "dankte" tagged ADJA)."""
    verb = doc[k]
    if verb.tag_ in ("VVFIN", "VAFIN", "VMFIN"):
        return True
    return verb.tag_ == "ADJA" and verb.is_lower and doc[k - 1].tag_ not in ("ART", "PIAT", "PPOSAT", "PDAT")


def _clause_subjects(doc: Doc, tok: Token, people: list[Cluster], sent_start: int) -> set[int]:
    """``id()`` of the people whose mention in this sentence is the subject of the pronoun's own verb."""
    out = set()
    for c in people:
        for m in c.mentions:
            if m.start < sent_start or m.start == tok.idx:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if (
                span is not None
                and span.sent == tok.sent
                and any(t.dep_.startswith("nsubj") and t.head == tok.head for t in span)
            ):
                out.add(id(c))
            elif span is not None and span.end == tok.i and span.start >= 2 and _finite_before(doc, span.start - 1):
                # "Am Abend dankte Macron ihm", "Daraufhin warf Wilders ihm vor": a name between the fronted finite
                # verb and an object pronoun is the subject, however the parser reads the two (twenty-ninth session)
                out.add(id(c))
    return out


def _nominal_antecedent(
    doc: Doc, m: Mention, people: list[Cluster], blockers: list[Cluster], starts: list[int], sent_i: int
) -> Cluster | None:
    """The person a descriptive title refers back to: the one of compatible gender named in the previous
    sentence (not earlier in the title's own one: "Mair attackierte die Parlamentarierin"), or the one that was a
    subject there."""
    if sent_i == 0:
        return None
    lo, hi = starts[max(0, sent_i - SENT_WINDOW)], starts[sent_i]
    end = starts[sent_i + 1] if sent_i + 1 < len(starts) else len(doc_text(doc))
    # not someone named in the title's own sentence ("Der CSU-Politiker habe …, sagte Richter Lehner"); a pronoun
    # there does not name anyone ("Der Rechnungshof mische sich in Dinge ein, die ihm nicht zustünden, erklärte der
    # Lega-Politiker": "ihm", read as the minister, is no reason to pass him over; fifteenth session, second round)
    window = [
        c for c in people
        if c not in blockers and c.mentioned_in(lo, hi)
        and not any(hi <= x.start < end and x.kind != "pronoun" for x in c.mentions)
    ]  # fmt: skip
    fits = [
        c for c in window
        if not (m.gender and c.gender and c.gender != m.gender)
        and not (m.country and c.country_votes and m.country not in c.country_votes)  # "der französische Politiker"
    ]  # fmt: skip
    if len(fits) > 1:
        fits = [c for c in fits if _subject_mention_in(doc, c, lo, hi)]
    return fits[0] if len(fits) == 1 else None


def _genitive_place(text: str, lang: str, cities: bool = True) -> str | None:
    """ "Sachsens", "Teherans": the genitive of a place in the gazetteer (the place's own name), else None.
    Without ``cities`` only curated places count (a one-word person name may look like a town's genitive)."""
    if " " in text or not text.endswith("s") or text.endswith("ss") or len(text) < 5:
        return None
    if not cities:
        places = gz._aliases(lang)
        if gz.norm(text) in places or gz.norm(text[:-1]) not in places:
            return None
        return places[gz.norm(text[:-1])][0].name
    if gz.exact_places(text, lang):
        return None
    found = gz.exact_places(text[:-1], lang)  # a curated place, a country or a city
    return text[:-1] if found and found[0].kind != "country" else None


def _without_describing_adjectives(text: str, lang: str) -> str:
    """ "konservativen Regierung" → "Regierung"; "britische Regierung", "Brüsseler Behörde" keep their adjective (a
    lower-case country adjective or a town's adjective in -er names whose body it is)."""
    words = text.split()
    kept = [
        w for w in words[:-1]
        if not w[:1].islower() or gz.demonym_adjective(w, lang) or _region_adjective(w, lang) is not None
    ]  # fmt: skip
    return " ".join(kept + words[-1:]) if words else text


def _best_name(c: Cluster, lang: str) -> str:
    names = [m for m in c.mentions if m.kind == "name"]
    if not names:  # a titled person or a group never named: its longest description
        if c.label == "ORG" and all(m.kind == "group" for m in c.mentions):
            # (fifteenth session) "warf der konservativen Regierung vor": a describing adjective is no part of the
            # body's name; a country's or town's adjective is ("die britische Regierung")
            texts = [_without_describing_adjectives(m.text, lang) for m in c.mentions]
            return max(texts, key=lambda t: (len(t.split()), -texts.index(t)))
        return max(c.mentions, key=lambda x: (len(x.text.split()), -x.start)).text
    cities = c.label == "LOC"
    if c.label in ("LOC", "PER") and all(_genitive_place(m.text, lang, cities) for m in names):
        return _genitive_place(names[0].text, lang, cities) or names[0].text  # "Sachsens Ministerpräsident"
    if c.label == "LOC":
        code = next((gz.country_code(m.text, lang) for m in names if gz.country_code(m.text, lang)), None)
        if code and code in gz.countries(lang):
            return gz.countries(lang)[code].name
    if c.label == "ORG" and any(m.key.startswith("generic:") for m in names):
        return next(m.key for m in names if m.key.startswith("generic:"))[len("generic:") :]
    if c.label == "ORG":
        org = next((gz.org(m.text, lang) for m in names if gz.org(m.text, lang)), None)
        if org is not None:
            code = c.country_votes.most_common(1)[0][0] if c.country_votes else None
            readings = [o for m in names for o in gz.org_readings(m.text, lang) if code and o.country == code]
            return readings[0].name if readings else org.name  # "Grüne" in a report on Austria
        # (fifteenth session) "die Boko-Haram-Miliz" named so alone: the known group's own name (a one-word front,
        # "Huthi-Miliz", keeps the compound as written)
        kind = next(
            (k for m in names if m.text.count("-") > 1 and (k := _org_with_kind_noun(m.text, lang)) is not None), None
        )
        if kind is not None:
            return kind
    texts = [_strip_title(m.text, lang) or m.text for m in names] if c.label == "PER" else [m.text for m in names]
    # a dateline in capitals ("BRÜSSEL (dpa)") names the place as the text writes it elsewhere ("in Brüssel")
    # "im Roten Meer" … "das Rote Meer": of a place's case forms, one whose adjective does not end in -en (the
    # dative and genitive form)
    best = max(
        texts,
        key=lambda t: (
            len(_tokens(t)),
            not (cities and t.isupper()),
            not (cities and " " in t and t.split()[0].endswith("en") and t[:1].isupper()),
            -texts.index(t),
        ),
    )
    # "Merkels" is the genitive of a name given elsewhere in the text
    base = _strip_genitive(best)
    if best.endswith("s") and any(t == base or _tokens(t)[-1] == _tokens(base)[-1] for t in texts if t != best):
        best = base
    if c.label == "LOC" and len(names) and (continent := _continent(best, lang)):
        best = continent  # "Europas" named alone: "Europa"
    return best


def _country(c: Cluster, lang: str) -> str | None:
    if c.country_votes:
        return c.country_votes.most_common(1)[0][0]
    return _org_country(c, lang)


def _union_of_states(text: str, lang: str) -> bool:
    """ "Organisation Amerikanischer Staaten", "Liga Arabischer Länder": a country adjective before a plural noun for
    states (``state_group_nouns``) in an organisation's name makes it a body of many states."""
    words = text.split()
    return any(gz.demonym_adjective(a, lang) and b in STATE_GROUP_NOUNS for a, b in itertools.pairwise(words))


def _org_country(c: Cluster, lang: str) -> str | None:
    """Country from the names themselves: a country name, a known organisation, a country adjective or prefix."""
    for m in c.mentions:
        if m.kind != "name":
            continue
        if c.label in ("LOC", "ORG", "MISC"):
            code = gz.country_code(m.text, lang)
            if code:
                return code
        if c.label == "ORG" and not m.key.startswith("generic:"):
            org = gz.org(m.text, lang)
            if org is None and (kind := _org_with_kind_noun(m.text, lang)) is not None:
                org = gz.org(kind, lang)  # "Boko-Haram-Miliz": the known group's country
            if org is not None:
                return org.country
            if _union_of_states(m.text, lang):
                return None  # "Liga Arabischer Staaten": a union of many states has no one country
            for word in m.text.split():
                # "US-Regierung" is American; the "Ukraine-Kontaktgruppe" (a country's full name) is about Ukraine
                prefix = word.split("-")[0] if "-" in word else ""
                about = len(prefix) > 3 and not prefix.isupper()
                code = gz.demonym_adjective(word, lang) or (gz.country_code(prefix, lang)
                                                           if prefix and not about else None)  # fmt: skip
                code = code or getattr(_region_adjective(word, lang), "country", None)  # "sächsische Polizei"
                if code:
                    return code
            words = m.text.split()
            owner = _genitive_place(words[0], lang, cities=False) if len(words) >= 2 else None
            if owner:  # "Bayerns Innenministerium", "Italiens Regierung": the country of the place in the genitive
                code = gz.country_code(owner, lang) or next((p.country for p in gz.exact_places(owner, lang)), None)
                if code:
                    return code
    return None


def _nominative_names(doc: Doc, clusters: list[Cluster], lang: str) -> None:
    """ "der Erste Senat", "das marokkanische Innenministerium": a name of adjectives in -e and a noun after "der"
    or "das" is a masculine or neuter nominative with weak endings; its name takes the strong ending of the bare
    name ("Erster Senat", "marokkanisches Innenministerium"). Other cases ("im Südchinesischen Meer") would need
    the noun's gender and are left as they are; known organisations keep their lexicon name."""
    for c in clusters:
        if c.label == "PER":
            continue
        for m in c.mentions:
            k = m.tok_start
            if m.kind not in ("name", "group") or k == 0 or gz.org(m.text, lang) is not None:
                continue
            # "des Bundesgerichts", "des Verwaltungsgerichts Minden"
            if doc[k - 1].lower_ in _entity_words("genitive_singular_articles", lang):
                h = next(
                    (i for i in range(m.tok_end - 1, k - 1, -1) if doc[i].tag_ == "NN" and doc[i].text[-1] == "s"), None
                )
                word = doc[h].text if h is not None else ""
                # "Hauptbahnhofs" → "Hauptbahnhof", "Kongresses" → "Kongress"; not "Atlas", "Zirkus"
                lemma = nouns.base_noun(word, "genitive", lang) if len(word) > 2 and word[-2] not in "aiouäöü" else ""
                regular = h is not None and doc[h].text in (lemma + "s", lemma + "es") and len(lemma) >= 4
                names_after = h is not None and all(doc[i].text[:1].isupper() for i in range(h + 1, m.tok_end))
                plain = h is not None and not any(doc[i].text.endswith("en") for i in range(k, h))  # "des Deutschen …"
                if regular and names_after and plain and lemma[:1].isupper():
                    m.text = " ".join(lemma if i == h else doc[i].text for i in range(k, m.tok_end))
                continue
            if m.tok_end - k < 2:
                continue
            ending = {"der": "r", "das": "s"}.get(doc[k - 1].lower_)
            j = k
            while j < m.tok_end - 1 and doc[j].text.endswith("e") and _attributive_adjective(doc[j], lang):
                j += 1
            if ending is None or j == k or not doc[j].text[:1].isupper() or doc[j].tag_ not in ("NN", "NE"):
                continue
            words = [doc[i].text + ending if i < j else doc[i].text for i in range(k, m.tok_end)]
            m.text = " ".join(words)


def _attributive_adjective(tok: Token, lang: str) -> bool:
    """An adjective inside a name: tagged ADJA, a country adjective, or a capitalised word with an adjective
    suffix the tagger calls a noun ("das Rote Meer" is not, "der Islamische Staat" is). Not "der Gruppe Wagner"."""
    low = tok.text.lower()
    return tok.tag_ == "ADJA" or bool(gz.demonym_adjective(tok.text, lang)) or low.endswith(ADJ_NAME_SUFFIXES)


def _to_entities(clusters: list[Cluster], lang: str) -> list[Entity]:
    clusters = [c for c in clusters if c.mentions]
    clusters.sort(key=lambda c: c.first)
    out = []
    for i, c in enumerate(clusters, start=1):
        spans = sorted({(m.start, m.end) for m in c.mentions})
        label = c.label
        if (
            label != "LOC"
            and any(gz.country_code(m.text, lang) for m in c.mentions if m.kind == "name")
            and all(gz.org(m.text, lang) is None for m in c.mentions)
        ):
            label = "LOC"  # "Brasilien sagte zu": the country acts, but it stays a place
        names = [m for m in c.mentions if m.kind == "name"]
        if label == "PER" and names and all(_genitive_place(m.text, lang, cities=False) for m in names):
            label = "LOC"  # "Sachsens Ministerpräsident": a region in the genitive, not a person
        out.append(
            Entity(
                id=f"e{i}",
                label=label,  # type: ignore[arg-type]
                name=_best_name(c, lang),
                # "Südamerika": a continent or world region is in no country (the gazetteer may hold a namesake)
                country=None if label == "LOC" and names and _continent(names[0].text, lang) else _country(c, lang),
                roles=list(c.roles),
                mentions=[[s, e] for s, e in spans],
            )
        )
    return out


@Language.factory("chronik_entities")
def make_entities(nlp: Language, name: str) -> EntityLinker:
    return EntityLinker(nlp.lang)
