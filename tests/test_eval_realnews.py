"""The automatic scorer of the hand-written real-news gold (``chronik eval realnews``)."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pytest

from chronik.document import Document
from chronik.eval import data_dir
from chronik.eval.realnews import (
    Counts,
    SystemActor,
    articles_of,
    gold_files,
    locate,
    name_matches,
    parse_gold,
    parse_role,
    repo_data,
    role_right,
    score_article,
    write_texts,
)

GOLD = """# a set
## dewn-1 — 2020-05-04 (Mon)
- E1 | traf … zusammen | CONSULT (meet) | Olaf Scholz / Deutschland | Emmanuel Macron | Berlin | – | asserted
- E2 | verhaftet | COERCE (arrest) | ? (Polizei) | zwei Demonstranten (empty accepted) | – | – | asserted
- E3 | kritisierte | ACCUSE (alt REJECT) | Opposition | Olaf Scholz | – | – | asserted
- E4 | unterzeichneten | AGREE | Deutschland + Frankreich | – | – | – | asserted
- O1 | Gespräch | CONSULT (optional, not scored)
"""

TEXT = (
    "Scholz traf am Montag mit Macron zusammen. "
    "Die Polizei hat zwei Demonstranten verhaftet. "
    "Die Opposition kritisierte den Kanzler. "
    "Deutschland und Frankreich unterzeichneten ein Abkommen."
)


def _sentences(text: str) -> list[list[int]]:
    spans, start = [], 0
    for i, ch in enumerate(text):
        if ch == "." and (i + 1 == len(text) or text[i + 1] == " "):
            spans.append([start, i + 1])
            start = i + 2
    return spans


def _document(events: list[dict]) -> Document:
    entities = [
        {"id": "e1", "label": "PER", "name": "Olaf Scholz", "mentions": [[0, 6]], "roles": []},
        {"id": "e2", "label": "PER", "name": "Emmanuel Macron", "mentions": [[30, 36]], "roles": []},
        {"id": "e3", "label": "ORG", "name": "Polizei", "country": "DEU", "mentions": [[47, 54]], "roles": []},
        {"id": "e4", "label": "ORG", "name": "Opposition", "mentions": [[92, 102]], "roles": []},
        {"id": "e5", "label": "LOC", "name": "Deutschland", "country": "DEU", "mentions": [[128, 139]], "roles": []},
        {"id": "e6", "label": "LOC", "name": "Frankreich", "country": "FRA", "mentions": [[144, 154]], "roles": []},
        {"id": "e7", "label": "ORG", "name": "Bundesregierung", "country": "DEU", "mentions": [[0, 1]], "roles": []},
    ]
    full = [{"trigger": [7, 11], "source": [], "target": [], **e} for e in events]
    return Document.model_validate(
        {"id": "d", "lang": "de", "text": TEXT, "sentences": _sentences(TEXT), "entities": entities,
         "events": [{"id": f"ev{i}", **e} for i, e in enumerate(full)]}
    )  # fmt: skip


def _score(events: list[dict]) -> tuple[Counts, list[str]]:
    (gold,) = parse_gold(GOLD)
    counts, verdicts = Counts(), []
    score_article(_document(events), gold, counts, verdicts)
    return counts, verdicts


def test_gold_lines_are_read_with_types_and_alternatives() -> None:
    (article,) = parse_gold(GOLD)
    assert article.article_id == "dewn-1" and str(article.published) == "2020-05-04"
    assert [e.id for e in article.events] == ["E1", "E2", "E3", "E4"]  # optional events are not core
    assert article.events[2].types == {"ACCUSE", "REJECT"}
    assert article.events[0].source.alternatives == [["Olaf Scholz"], ["Deutschland"]]
    assert article.events[3].source.alternatives == [["Deutschland", "Frankreich"]]
    assert article.events[3].target.must_be_empty


def test_role_cells() -> None:
    assert parse_role("?").empty_ok
    assert parse_role("Kolumbien or empty").empty_ok
    assert not parse_role("Kolumbien").empty_ok
    role = parse_role("A + B (one accepted)")
    assert ["A"] in role.alternatives and ["B"] in role.alternatives
    role = parse_role("ANP (acc. Afghanistan; the set [Bundeswehr, ANP] accepted; Bundeswehr alone = wrong)")
    assert ["Afghanistan"] in role.alternatives and ["Bundeswehr", "ANP"] in role.alternatives
    assert ["Bundeswehr"] not in role.alternatives


def test_nested_brackets_are_asides_as_a_whole() -> None:
    # A quoted context with an acronym in brackets inside it: the whole aside goes, not just "(PA)", so the
    # trigger is found in its own sentence and the role reads the outer aside's names as accepted ones.
    gold = (
        "## dewn-3 — 2021-01-26\n"
        "- E1 | beschuldigte (Die Autonomiebehörde (PA) … beschuldigte Israel, …) | ACCUSE | PA (Autonomiebehörde"
        " (Ramallah) accepted) | Israel | – | 2021 (or 2020 (rare)) | asserted\n"
    )
    (article,) = parse_gold(gold)
    (event,) = article.events
    text = "Die Krise. Die Autonomiebehörde warnt. Die Autonomiebehörde (PA) beschuldigte Israel."
    assert locate(text, [(0, 10), (11, 38), (39, len(text))], event, 0) == 2
    assert ["Autonomiebehörde"] in event.source.alternatives
    assert not any("Ramallah" in part for alternative in event.source.alternatives for part in alternative)
    assert event.dates == ["2021"]


def test_triggers_listed_in_one_cell_are_one_act_in_any_of_their_sentences() -> None:
    # "A \| B": the gold lists two triggers of one act (the audits' X4), here in two sentences; the system codes the
    # act on the second one only: found, and the first trigger's word alone does not misplace it.
    gold = (
        "## dewn-4 — 2019-07-12\n"
        "- E1 | zurücktrete \\| informiert (habe er Trump informiert) | CONCEDE | Acosta | – | – | – | asserted\n"
    )
    (article,) = parse_gold(gold)
    assert article.events[0].triggers == ["zurücktrete", "informiert (habe er Trump informiert)"]
    text = "Acosta geht. Er habe Trump informiert, sagte er."
    entities = [{"id": "e1", "label": "PER", "name": "Alexander Acosta", "mentions": [[0, 6]], "roles": []}]
    event = {"id": "ev0", "type": "CONCEDE", "sentence": 1, "trigger": [28, 38], "source": ["e1"], "target": []}
    document = Document.model_validate(
        {"id": "d", "lang": "de", "text": text, "sentences": [[0, 12], [13, len(text)]], "entities": entities,
         "events": [event]}
    )  # fmt: skip
    counts, verdicts = Counts(), []
    score_article(document, article, counts, verdicts)
    assert (counts.found, counts.correct, counts.unlocated) == (1, 1, 0), verdicts


def test_names_match_after_folding_endings_and_by_country() -> None:
    role = parse_role("Demokratische Partei")
    assert role_right(role, [SystemActor(["Demokratischen Partei"], None)], [])
    assert role_right(parse_role("Frankreich"), [SystemActor(["Regierung"], "FRA")], [])
    assert not role_right(parse_role("Frankreich"), [SystemActor(["Regierung"], "DEU")], [])
    assert not role_right(parse_role("–"), [SystemActor(["Polizei"], "DEU")], [])


def test_all_right() -> None:
    counts, verdicts = _score(
        [
            {"type": "CONSULT", "sentence": 0, "source": ["e1"], "target": ["e2"]},
            {"type": "COERCE", "sentence": 1, "source": ["e3"], "target": []},
            {"type": "ACCUSE", "sentence": 2, "source": ["e4"], "target": ["e1"]},
            {"type": "AGREE", "sentence": 3, "source": ["e5", "e6"], "target": []},
        ]
    )
    assert (counts.gold, counts.found, counts.correct) == (4, 4, 4), verdicts


def test_errors_are_counted_by_kind() -> None:
    counts, verdicts = _score(
        [
            {"type": "CONSULT", "sentence": 0, "source": ["e2"], "target": ["e1"]},  # roles swapped
            {"type": "ASSAULT", "sentence": 1, "source": ["e3"], "target": []},  # wrong type
            # E3 missed: nothing in its sentence
            {"type": "AGREE", "sentence": 3, "source": ["e5"], "target": ["e6"]},  # one of a required pair
            {"type": "PROTEST", "sentence": 2, "source": [], "target": []},  # no: E3's sentence, wrong type
        ]
    )
    assert counts.correct == 0, verdicts
    assert counts.wrong_type == 2 and counts.found == 4
    assert counts.source_wrong == 2 and counts.target_wrong == 2
    assert counts.system == 4 and counts.unmatched == 0


def test_audit_headings_name_the_file_with_or_without_its_extension() -> None:
    for head in (
        "## z1_topic.txt — dewn-cm12 — published 2007-04-04",
        "## z1_topic — dewn-cm12 — published 2007-04-04",
    ):
        (article,) = parse_gold(head + "\nE1 | traf | CONSULT | A | B | – | – | asserted\n")
        assert (article.key, article.article_id, len(article.events)) == ("z1_topic", "dewn-cm12", 1)


def test_places_and_dates_are_scored_where_the_gold_gives_them() -> None:
    gold = (
        "## dewn-2 — 2020-05-04 (Mon)\n"
        "- E1 | traf | CONSULT | Olaf Scholz | Emmanuel Macron | Berlin or – | 2020-05-04 | asserted\n"
        "- E2 | verhaftet | COERCE | ? | ? | Paris | – (before May) | asserted\n"
    )
    (article,) = parse_gold(gold)
    assert article.events[0].places == ["Berlin", ""] and article.events[0].dates == ["2020-05-04"]
    assert article.events[1].places == ["Paris"] and article.events[1].dates is None
    document = _document(
        [
            {"type": "CONSULT", "sentence": 0, "source": ["e1"], "target": ["e2"], "date": "2020-05-04TEV"},
            {"type": "COERCE", "sentence": 1, "source": [], "target": [], "place": "e5", "date": "1999"},
        ]
    )
    counts = Counts()
    score_article(document, article, counts)
    # E1: no place is accepted, the evening of the right day counts as the day;
    # E2: Deutschland is not Paris, and its date is not scored
    assert (counts.correct, counts.place_wrong, counts.date_wrong) == (2, 1, 0)


def test_an_event_goes_to_the_gold_event_it_fits_not_the_first_of_its_sentence() -> None:
    # Two gold events in one sentence and one system event that is the second one's type: the first gold event is
    # missed, the second found — not the first "found with a wrong type" and the second missed.
    gold = (
        "## dewn-2 — 2020-05-04\n"
        "- E1 | verhaftet | COERCE | Polizei | zwei Demonstranten | – | – | asserted\n"
        "- E2 | kritisierte | ACCUSE | Opposition | – | – | – | asserted\n"
    )
    text = "Die Opposition kritisierte, die Polizei habe zwei Demonstranten verhaftet."
    entities = [
        {"id": "e1", "label": "ORG", "name": "Opposition", "mentions": [[4, 14]], "roles": []},
        {"id": "e2", "label": "ORG", "name": "Polizei", "mentions": [[31, 38]], "roles": []},
    ]
    event = {"id": "ev0", "type": "ACCUSE", "sentence": 0, "trigger": [15, 26], "source": ["e1"], "target": []}
    document = Document.model_validate(
        {"id": "d", "lang": "de", "text": text, "sentences": [[0, len(text)]], "entities": entities, "events": [event]}
    )
    (article,) = parse_gold(gold)
    counts, verdicts = Counts(), []
    score_article(document, article, counts, verdicts)
    assert (counts.found, counts.correct, counts.wrong_type) == (1, 1, 0), verdicts
    assert verdicts[0].startswith("dewn-2 E1: missed") and verdicts[1].startswith("dewn-2 E2: correct")


@pytest.mark.parametrize("audit", ["2026-12-06e", "2026-12-05x"])  # (audit 27's files end with a newline, 33's do not)
def test_audit_texts_are_written_back_from_the_shared_corpus_as_frozen(tmp_path: Path, audit: str) -> None:
    # The real-news audits keep no copy of the shared articles; the files written back from the corpus are the ones
    # the auditors froze (the sha256 sums of the freeze record).
    data = data_dir()
    if not (data / "wikinews_de" / "articles.jsonl.gz").is_file():
        pytest.skip(f"the shared Wikinews corpus is not in {data} (set CHRONIK_DATA)")
    folder = tmp_path / audit
    shutil.copytree(repo_data() / "audit" / audit, folder)
    written = write_texts(folder, data)
    frozen = dict(
        (name, digest)
        for digest, name in re.findall(
            r"^([0-9a-f]{64})\s+\S*?([^/\s]+\.txt)$", (folder / "README_freeze_record.txt").read_text(), re.M
        )
    )
    assert len(written) == 8
    for path in written:
        assert hashlib.sha256(path.read_bytes()).hexdigest() == frozen[path.name]


def test_a_symmetric_row_takes_its_parties_in_either_role_or_both_as_sources() -> None:
    # the audits' C1: "A + B" as the source and "(see source)" or "(symmetric)" as the target
    gold_text = GOLD.replace(
        "| CONSULT (meet) | Olaf Scholz / Deutschland | Emmanuel Macron |",
        "| CONSULT (meet) | Olaf Scholz / Deutschland (H8) + Emmanuel Macron / Frankreich, symmetric | (symmetric) |",
    )
    mutual = "| AGREE | Deutschland and Frankreich | (see source) |"
    gold_text = gold_text.replace("| AGREE | Deutschland + Frankreich | – |", mutual)
    (gold,) = parse_gold(gold_text)
    assert gold.events[0].parties is not None and len(gold.events[0].parties) == 2

    def verdicts(consult: tuple[list[str], list[str]], agree: tuple[list[str], list[str]]) -> list[str]:
        out: list[str] = []
        events = [
            {"type": "CONSULT", "sentence": 0, "source": consult[0], "target": consult[1]},
            {"type": "AGREE", "sentence": 3, "source": agree[0], "target": agree[1]},
        ]
        score_article(_document(events), gold, Counts(), out)
        return [v.split(":")[1].split("(")[0].split(",")[0].strip() for v in out if " E1:" in v or " E4:" in v]

    assert verdicts((["e2"], ["e1"]), (["e5", "e6"], [])) == ["correct", "correct"]  # reversed; co-sources
    assert verdicts((["e1", "e2"], []), (["e6"], ["e5"])) == ["correct", "correct"]
    # a party missing, or one that is no party, is wrong
    assert verdicts((["e1"], []), (["e5", "e6"], ["e4"])) == ["role wrong"] * 2


def test_invented_current_news_audits_are_read_with_the_texts_of_their_folder(tmp_path: Path) -> None:
    # "news-…" ids: the texts are in the folder (no shared corpus needed); `evaluate` totals these sets apart
    files = gold_files()
    assert "audit-2026-12-07j" in files and "audit-2026-12-07k" in files
    pairs = articles_of("audit-2026-12-07j", files["audit-2026-12-07j"], tmp_path)
    assert len(pairs) == 8 and all(gold.article_id.startswith("news-") for gold, _ in pairs)
    assert sum(len(gold.events) for gold, _ in pairs) == 94
    assert pairs[0][1].startswith("Lula und Merz")


def test_an_act_split_by_its_conjuncts_counts_one_event_carrying_them_for_each_row() -> None:
    # the audits' C4: "E4a"/"E4b" rows, the second with its trigger again or "(same)" / "(same clause)"
    gold_text = GOLD.replace(
        "- E4 | unterzeichneten | AGREE | Deutschland + Frankreich | – | – | – | asserted",
        "- E4a | unterzeichneten | AGREE | Deutschland | – | – | – | asserted\n"
        "- E4b | (same clause) | AGREE | Frankreich | – | – | – | asserted",
    )
    (gold,) = parse_gold(gold_text)
    e4a, e4b = gold.events[3:]
    assert e4a.shared and e4b.shared and e4b.triggers == ["unterzeichneten"]
    out: list[str] = []
    events = [{"type": "AGREE", "sentence": 3, "source": ["e5", "e6"], "target": []}]
    counts = Counts()
    score_article(_document(events), gold, counts, out)
    assert [v.split(":")[1].split("(")[0].strip() for v in out if " E4" in v] == ["correct", "correct"]


def _agree_verdict(target_cell: str, source: list[str], target: list[str]) -> str:
    (gold,) = parse_gold(GOLD.replace("| AGREE | Deutschland + Frankreich | – |", f"| AGREE | {target_cell} |"))
    out: list[str] = []
    score_article(
        _document([{"type": "AGREE", "sentence": 3, "source": source, "target": target}]), gold, Counts(), out
    )
    return next(v for v in out if " E4:" in v).split(": ")[1]


def test_a_symmetric_target_may_carry_a_note_and_an_extra_party() -> None:
    # "(see source; C1/C74)" is symmetric as plain "(see source)"; a name the note accepts may be a third party
    plain = "Deutschland + Frankreich | (see source; C1/C74)"
    assert _agree_verdict(plain, ["e5"], ["e6"]).startswith("correct")
    assert _agree_verdict(plain, ["e5"], ["e6", "e4"]).startswith("role wrong")
    extra = "Deutschland + Frankreich | (see source; Opposition accepted as extra target)"
    assert _agree_verdict(extra, ["e5"], ["e6"]).startswith("correct")
    assert _agree_verdict(extra, ["e5"], ["e6", "e4"]).startswith("correct")


def test_symmetric_parties_or_empty_accept_no_actors_and_short_plural_party_names_meet() -> None:
    assert _agree_verdict("Deutschland + Frankreich (…) or empty (passive) | (symmetric)", [], []).startswith("correct")
    assert _agree_verdict("Deutschland + Frankreich | (symmetric)", [], []).startswith("role wrong")
    assert name_matches("Grüne", ["Bündnis 90/Die Grünen"]) and name_matches("Linke", ["Die Linken"])
    assert not name_matches("Hamas", ["Hama"])


def test_a_lead_trigger_is_located_in_the_lead_when_no_headline_opens_the_text() -> None:
    # the reader takes a title line followed by a blank line off the text: sentence 0 is then the lead, whose trigger
    # is not to be pushed to a later sentence with the same word; a title kept in the text is still skipped (H1)
    (gold,) = parse_gold("## dewn-1 — 2020-05-04\n- E1 | verhaftet | COERCE | ? | ? | – | – | asserted\n")
    body = "Die Polizei hat zwei Männer verhaftet. Später wurde ein dritter verhaftet."
    assert locate(body, [(0, 38), (39, len(body))], gold.events[0], 0) == 0
    titled = "Zwei Männer verhaftet\n" + body
    assert locate(titled, [(0, 21), (22, 60), (61, len(titled))], gold.events[0], 0) == 1


def test_an_upper_case_gold_short_form_matches_the_initials_of_the_system_name() -> None:
    assert name_matches("EU", ["Europäische Union"])
    assert name_matches("TI", ["Transparency International"])
    assert not name_matches("EU", ["Europäische Zentralbank"])
    assert not name_matches("Eu", ["Europäische Union"])
    assert name_matches("Chaos Computer Club", ["CCC"])


def test_a_dash_with_a_note_accepts_no_actor_as_well_as_the_noted_one() -> None:
    role = parse_role("– (Polen / Russland accepted where output)")
    assert role.empty_ok and ["Polen"] in role.alternatives
    assert role_right(role, [], [])
    assert not parse_role("Polen (Russland accepted)").empty_ok


def test_a_trigger_fragment_opens_a_word() -> None:
    # "wies … zurück" is not inside "zurückgewiesenen": the rebuttal's own sentence is found
    (gold,) = parse_gold("## dewn-1 — 2020-05-04\n- E1 | wies … zurück | REJECT | ? | ? | – | – | asserted\n")
    text = "Polen werde keine zurückgewiesenen Personen übernehmen. Der Minister wies die Vorwürfe zurück."
    assert locate(text, [(0, 55), (56, len(text))], gold.events[0], 0) == 1


def test_of_the_sentences_with_the_trigger_words_the_one_with_its_quoted_context_is_taken() -> None:
    (gold,) = parse_gold(
        "## dewn-1 — 2020-05-04\n"
        "- E1 | warf … vor (und warf Deutschland vor, sich einzumischen) | ACCUSE | ? | ? | – | – | asserted\n"
    )
    text = (
        "Seoul warf Pjöngjang Drohungen vor. KCNA nannte das ein Komplott und warf Deutschland vor, sich einzumischen."
    )
    assert locate(text, [(0, 35), (36, len(text))], gold.events[0], 0) == 1
