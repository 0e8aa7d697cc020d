"""Leftovers of the seventeenth session (eighteenth session): described actors (``source_groups`` /
``target_groups``) kept where events are merged (in the pipeline, across chunks, in the store) and exported; event
triggers always lists (no pydantic serializer warning). Invented sentences, read after a title and a dateline as an
article would be."""

from __future__ import annotations

import io
import warnings

import pytest

import chronik
from chronik.chunks import Merger
from chronik.document import Document
from chronik.store import Store
from chronik.store.export import PARQUET_COLUMNS, export_gdelt, export_parquet
from tests.event_docs import event_at, group_texts
from tests.store_docs import BACKENDS, article_a, article_b, open_store

LEAD = "Meldung\nHAMBURG (dpa) – "


def _analyse(text: str) -> Document:
    return chronik.analyze(LEAD + text, published="2026-05-04")


_group_texts = group_texts


# --- 1. described actors where events are merged -------------------------------------------------------------------


def test_a_scene_merged_with_what_it_came_to_keeps_the_described_doers():
    # "Bei Protesten … zu Krawallen von Studenten gekommen": one event, the riot's doers are the protest's
    doc = _analyse("Bei Protesten vor dem Landtag ist es am Samstag zu Krawallen von Studenten gekommen.")
    assert [doc.text[e.trigger[0] : e.trigger[1]] for e in doc.events] == ["Protesten"]
    assert _group_texts(doc, "Protesten") == (["Studenten"], [])


def test_a_colon_headline_noun_takes_the_described_doers_of_the_clause_after_it():
    doc = _analyse("Schüsse am Checkpoint: Maskierte hätten auf eine Streife geschossen.")
    assert _group_texts(doc, "Schüsse")[0] == ["Maskierte"]


def test_a_merged_event_with_a_named_actor_shows_no_described_one():
    # (negative) the named source stays alone
    doc = _analyse("Bei Protesten der Gewerkschaft Verdi ist es am Samstag in Bremen zu Krawallen gekommen.")
    ev = doc.events[0]
    assert ev.source and ev.source_groups == []


def test_chunks_shift_the_described_actors_offsets():
    text = "Vorspann. Demonstranten blockierten die Straße."
    part = Document.model_validate(
        {
            "id": "x",
            "lang": "de",
            "text": text,
            "sentences": [[0, 9], [10, len(text)]],
            "events": [
                {
                    "id": "ev1",
                    "type": "PROTEST",
                    "trigger": [24, 35],
                    "sentence": 1,
                    "source_groups": [{"start": 10, "end": 23, "text": "Demonstranten"}],
                }
            ],
        }
    )
    full = "X" * 100 + text
    merger = Merger(Document(id="y", lang="de", text=full))
    merger.add(100, part)
    group = merger.result().events[0].source_groups[0]
    assert (group.start, group.end) == (110, 123) and full[group.start : group.end] == "Demonstranten"


def _without_target(doc: Document, words: str) -> Document:
    data = doc.to_dict()
    start = doc.text.index(words)
    data["events"][0]["target"] = []
    data["events"][0]["target_groups"] = [{"start": start, "end": start + len(words), "text": "Journalisten"}]
    return Document.model_validate(data)


@pytest.mark.parametrize("backend", BACKENDS)
def test_merged_events_list_their_mentions_described_actors(backend, tmp_path):
    a = _without_target(article_a(), "Emmanuel Macron")
    b = _without_target(article_b(), "Scholz")
    store: Store
    for store in open_store(backend, tmp_path):
        store.add_document(a)
        store.add_document(b)
        (merged,) = store.merged_events()
        assert merged["n_mentions"] == 2 and merged["target_actors"] == []
        assert merged["target_groups"] == [{"text": "Journalisten", "n_mentions": 2}]
        assert merged["source_groups"] == []  # (named sources: no described source)
        assert [m["target_groups"] for m in store.iter_merged_events()] == [merged["target_groups"]]


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_named_actor_of_one_mention_hides_the_described_actor_of_another(backend, tmp_path):
    # (negative) article A names Macron as the target: the merged event's target is an actor, no group
    for store in open_store(backend, tmp_path):
        store.add_document(article_a())
        store.add_document(_without_target(article_b(), "Scholz"))
        (merged,) = store.merged_events()
        assert merged["target_actors"] and merged["target_groups"] == []


def test_parquet_and_gdelt_exports_carry_the_described_actors(tmp_path):
    import pyarrow.parquet as pq

    for store in open_store("sqlite", tmp_path):
        store.add_document(_without_target(article_a(), "Emmanuel Macron"))
        path = tmp_path / "events.parquet"
        assert export_parquet(store, path) == 1
        table = pq.read_table(path)
        assert table.column_names == PARQUET_COLUMNS
        (row,) = table.to_pylist()
        assert row["target_groups"] == ["Journalisten"] and row["source_groups"] == []
        assert row["source_actors"] == ["Olaf Scholz"]
        out = io.StringIO()
        export_gdelt(store, out)
        header, line = out.getvalue().splitlines()
        gdelt = dict(zip(header.split("\t"), line.split("\t"), strict=True))
        # no target actor: the described one is the name, with no codes
        assert gdelt["Actor2Name"] == "Journalisten" and gdelt["Actor2Code"] == gdelt["Actor2CountryCode"] == ""
        assert gdelt["Actor1Name"] == "Olaf Scholz"


# --- 2. triggers are lists: no serializer warning ------------------------------------------------------------------


def test_serialising_documents_of_several_articles_gives_no_warning():
    texts = [
        # a check whether to open an inquiry: the inquiry's trigger moves to the checking verb
        "Die Staatsanwaltschaft hatte geprüft, ob sie Ermittlungen gegen den Landrat aufnimmt.",
        "Bei Protesten vor dem Landtag ist es am Samstag zu Krawallen von Studenten gekommen.",
        "Die Polizisten nahmen am Dienstag drei Verdächtige fest. Der Innenminister kritisierte die Gewalt.",
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for text in texts:
            doc = _analyse(text)
            assert all(isinstance(ev.trigger, list) for ev in doc.events)
            assert Document.model_validate_json(doc.to_json()) == doc
            doc.to_dict()


# --- 3. the gazetteer's hyphen branch: only the heads that may follow a place name ----------------------------------


@pytest.mark.parametrize(
    ("name", "kind", "country"),
    [
        ("Kassel-Stadt", "city", "DEU"),  # the city as against its district
        ("München-Stadt", "city", "DEU"),  # also under its German name (a GeoNames alias)
        ("Rakhine-Staat", "admin1", "MMR"),  # a region named by its own name
        ("Tigray-Region", "admin1", "ETH"),
        ("Dresden-Loschwitz", "site", "DEU"),  # (unchanged) a quarter of the city named first
    ],
)
def test_a_place_name_before_a_head_that_may_follow_it(name: str, kind: str, country: str):
    from chronik import gazetteer as gz

    found = gz.place_candidates(name)
    assert found and found[0].kind == kind and found[0].country == country


@pytest.mark.parametrize("name", ["Bayern-Insel", "Hessen-Gemeinde", "Sachsen-Republik", "Sylt-Insel"])
def test_another_generic_noun_after_the_hyphen_names_no_place(name: str):
    from chronik import gazetteer as gz

    assert gz.place_candidates(name) == []


def test_a_city_district_in_a_sentence_is_placed_at_the_city():
    doc = _analyse("Die Grünen gewannen am Sonntag in Kassel-Stadt und in München-Stadt deutlich.")
    places = {e.name: e for e in doc.entities if e.label == "LOC"}
    assert places["München-Stadt"].geo is not None and places["München-Stadt"].country == "DEU"


# --- 4. a bare title that stands for a named person is no described actor -----------------------------------------


def test_a_bare_title_of_a_person_named_with_that_title_is_no_described_actor():
    doc = _analyse("Regierungssprecher Peter Lindner sagte, man prüfe alles. Der Sprecher kritisierte die Opposition.")
    assert _group_texts(doc, "kritisierte")[0] == []


@pytest.mark.parametrize(
    "text",
    [
        # no named holder of the title in the article: an unnamed person as written
        "Der Sprecher kritisierte am Montag die Opposition scharf.",
        # a title with a word of its own: someone else than the named person
        "Die Bürgermeisterin Anna Krüger reiste am Montag nach Kiel. Ihr Sprecher kritisierte dort die Opposition.",
        # plural titles: unnamed people
        "Regierungssprecher Peter Lindner sagte, man prüfe alles. "
        "Die Sprecher der Fraktionen kritisierten die Opposition.",
    ],
)
def test_titles_that_stay_described_actors(text: str):
    doc = _analyse(text)
    ev = next(e for e in doc.events if doc.text[e.trigger[0] : e.trigger[1]].startswith("kritisierte"))
    assert ev.source == [] and ev.source_groups


# --- 5. audits 27/28 leftovers, each by a general rule --------------------------------------------------------------


def test_an_unknown_acronym_after_an_indefinite_article_is_a_thing():
    doc = _analyse("Der Informant übergab die Daten auf einer CD an die Steuerbehörde und schickte eine alte DVD nach.")
    names = {e.name for e in doc.entities}
    assert "CD" not in names and "DVD" not in names


def test_a_known_or_definite_acronym_stays_a_name():
    # (negative) after a definite article or an adjective the acronym names a body
    doc = _analyse("Den Antrag hatten die rechtsnationale VNR und die SPD eingebracht.")
    assert {"VNR", "SPD"} <= {e.name for e in doc.entities if e.label == "ORG"}


def test_a_thing_in_a_phrase_of_the_theme_keeps_the_recipient():
    # "übergab diese Liste auf einer CD an X": the PP hangs on the carrier noun of the theme; X is the recipient
    doc = _analyse("Der Informant Karl Berger übergab diese Liste auf einer CD an den Minister Peter Wolf.")
    ev = event_at(doc, "übergab")
    names = {e.id: e.name for e in doc.entities}
    assert [names[x] for x in ev.target] == ["Peter Wolf"]


def test_a_name_between_commas_with_its_title_is_no_described_target():
    doc = _analyse("Im Mai übergab Anna Krüger, damals deutsche Finanzministerin, die Liste an Peter Wolf.")
    ev = event_at(doc, "übergab")
    assert ev.target_groups == []


@pytest.mark.parametrize("title", ["Der Anwalt", "Die Verteidigerin"])
def test_a_lawyer_named_by_the_client_in_the_genitive_does_not_act_as_the_client(title: str):
    doc = _analyse(
        f"Der frühere Minister Peter Wolf wurde am Montag verhaftet. {title} Wolfs kritisierte die Staatsanwaltschaft."
    )
    ev = event_at(doc, "kritisierte")
    names = {e.id: e.name for e in doc.entities}
    assert "Peter Wolf" not in [names[x] for x in ev.source]


def test_a_spokesperson_named_by_the_owner_in_the_genitive_speaks_for_the_owner():
    # (negative) a spokesperson speaks for whom the genitive names
    doc = _analyse("Wladimir Putin traf am Montag Xi Jinping. Der Sprecher Putins kritisierte die Nato scharf.")
    ev = event_at(doc, "kritisierte")
    names = {e.id: e.name for e in doc.entities}
    assert [names[x] for x in ev.source] == ["Wladimir Putin"]


def test_man_after_a_quoted_fragment_of_a_reported_clause_is_the_speaker():
    doc = _analyse(
        "Innenminister Karl Berger fügte hinzu, dass „eine Entschuldigung nicht ausreichen werde“. "
        "Man fordere eine rasche Untersuchung der Vorfälle."
    )
    ev = event_at(doc, "fordere")
    names = {e.id: e.name for e in doc.entities}
    assert [names[x] for x in ev.source] == ["Karl Berger"]
    assert any(q.kind == "indirect" and q.text.startswith("Man fordere") for q in doc.quotes)
