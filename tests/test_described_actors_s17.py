"""Described actors (seventeenth session): an event role that names no entity keeps the unnamed people the syntax
gives for it ("Demonstranten blockierten …" → source_groups "Demonstranten"), with offsets; source and target stay
entity ids. Invented sentences, read after a title and a dateline as an article would be."""

from __future__ import annotations

import pytest

import chronik
from chronik.document import DescribedActor, Document, Event
from chronik.output import render_text
from chronik.store import Store
from chronik.web.queries import actors_label
from tests.event_docs import event_at, group_texts
from tests.store_docs import article_a, open_store

LEAD = "Meldung\nHAMBURG (dpa) – "


def _analyse(sentence: str) -> Document:
    return chronik.analyze(LEAD + sentence, published="2026-05-04")


_groups = group_texts


@pytest.mark.parametrize(
    ("sentence", "trigger", "sources", "targets"),
    [
        # subject of an active verb
        ("Demonstranten blockierten am Montag die Zufahrt zum Hafen.", "blockierten", ["Demonstranten"], []),
        # accusative object with its number word, subject without its article
        ("Die Polizisten nahmen am Dienstag drei Verdächtige fest.", "nahmen", ["Polizisten"], ["drei Verdächtige"]),
        # passive: the "von" phrase is the doer
        ("Der Grenzposten wurde in der Nacht von Rebellen überfallen.", "überfallen", ["Rebellen"], []),
        # passive subject with a number word the dateline hides from the parser
        ("Hunderte Studenten wurden am Sonntag von Polizisten festgenommen.", "festgenommen", ["Polizisten"],
         ["Hunderte Studenten"]),
        # number word with its approximation
        ("Mehr als 300 Studenten protestierten vor der Universität.", "protestierten", ["Mehr als 300 Studenten"], []),
        # nominalised adjective
        ("Unbekannte griffen in der Nacht eine Polizeiwache an.", "griffen", ["Unbekannte"], []),
        # compound ending in a people noun, and coordinated people nouns
        ("Regierungsgegner und Bauern protestierten am Freitag in der Innenstadt.", "protestierten",
         ["Regierungsgegner", "Bauern"], []),
        # a subject in the middle field the parser took for an object, after a fronted adverbial
        ("Vor dem Rathaus demonstrierten am Abend mehrere Tausend Anhänger des Bürgermeisters.", "demonstrierten",
         ["mehrere Tausend Anhänger"], []),
        # a target after "auf" of an attack, hung on the object noun by the parser
        ("Vermummte warfen in der Nacht Steine auf Einsatzkräfte.", "warfen", ["Vermummte"], ["Einsatzkräfte"]),
        # the subject of the verb whose object the act noun is
        ("Aufständische verübten am Morgen einen Anschlag auf eine Kaserne.", "Anschlag", ["Aufständische"], []),
    ],
)  # fmt: skip
def test_unnamed_people_fill_the_empty_role(sentence: str, trigger: str, sources: list[str], targets: list[str]):
    doc = _analyse(sentence)
    ev = event_at(doc, trigger)
    assert not ev.source and not ev.target  # the scored roles stay entity ids: none here
    assert _groups(doc, trigger) == (sources, targets)


def test_a_named_actor_leaves_its_side_without_a_described_actor():
    doc = _analyse("Innenministerin Nancy Faeser kritisierte die Demonstranten scharf.")
    ev = event_at(doc, "kritisierte")
    assert ev.source and not ev.source_groups
    assert _groups(doc, "kritisierte") == ([], ["Demonstranten"])


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Sie blockierten am Montag die Zufahrt zum Hafen.", "blockierten"),  # a pronoun
        ("Der Bericht kritisierte die Zustände in den Gefängnissen scharf.", "kritisierte"),  # a thing noun
    ],
)
def test_pronouns_and_thing_nouns_are_no_described_actors(sentence: str, trigger: str):
    doc = _analyse(sentence)
    assert _groups(doc, trigger) == ([], [])


def test_objects_the_parser_misses_and_genitives():
    doc = _analyse(
        "Die Feuerwehr räumte die Straße am Abend und nahm zwölf Menschen vorübergehend fest. Die Streikenden "
        "forderten die Freilassung inhaftierter Journalisten. Die Staatsanwaltschaft leitete Ermittlungen gegen zwei "
        "Vertraute des Bürgermeisters ein."
    )
    # a conjunct verb: its object, not a subject (the subject is the first conjunct's)
    assert _groups(doc, "nahm")[1] == ["zwölf Menschen"]
    # a genitive after a noun is no object of the demand
    assert _groups(doc, "forderten")[1] == []
    # the "gegen" phrase right after an act noun, wherever the parser hung it
    assert _groups(doc, "Ermittlungen")[1] == ["zwei Vertraute"]


def test_phrase_bounds_and_a_time_phrase_before_the_object():
    doc = _analyse(
        "Die Feuerwehr räumte die Straße und nahm nach eigenen Angaben 34 Menschen fest. In der Provinz wurde am "
        "Sonntag ein Demonstrant erschossen."
    )
    assert _groups(doc, "nahm")[1] == ["34 Menschen"]  # (not "eigenen Angaben 34 Menschen")
    assert _groups(doc, "erschossen")[1] == ["Demonstrant"]  # ("am Sonntag" is no noun it is the genitive of)


def test_forces_sent_are_no_described_target():
    # "entsandte 3000 Soldaten": the troops are the means of the deployment, not whom it is aimed at
    doc = _analyse("Die Armee entsandte am Dienstag 3000 Soldaten in die Region.")
    assert _groups(doc, "entsandte")[1] == []


def test_text_format_shows_a_described_actor_in_parentheses():
    doc = _analyse("Demonstranten blockierten am Montag die Zufahrt zum Hafen.")
    line = next(line for line in render_text(doc).splitlines() if "PROTEST" in line)
    assert "  (Demonstranten)  " in line or "  (Demonstranten) → " in line


def test_text_format_and_web_label_put_them_where_a_name_would_be():
    ev = Event(
        id="ev1",
        type="COERCE",
        trigger=[0, 4],
        sentence=0,
        target=["e1"],
        source_groups=[DescribedActor(start=0, end=10, text="Polizisten")],
    )
    doc = Document(id="d", lang="de", text="x" * 20, sentences=[[0, 20]], events=[ev])
    doc.entities = []
    assert "(Polizisten) → e1" in render_text(doc)
    label = actors_label(
        {"source_actors": [], "target_actors": [{"name": "Bundesregierung"}], "source_groups": [{"text": "Polizisten"}]}
    )
    assert label == "(Polizisten) → Bundesregierung"
    assert actors_label({"source_actors": [], "target_actors": []}) == ""


def test_described_actors_survive_the_store(tmp_path):
    doc = article_a()
    data = doc.to_dict()
    data["events"][0]["target"] = []
    data["events"][0]["target_groups"] = [{"start": 0, "end": 3, "text": "Bun"}]
    data["events"][0]["confidence"] = 0.5
    doc = Document.model_validate(data)
    store: Store
    for store in open_store("sqlite", tmp_path):
        assert store.add_document(doc)
        back = store.get_document(doc.id)
        assert back == doc
        assert back.events[0].target_groups[0].text == "Bun"
        assert back.events[0].model_extra == {"confidence": 0.5}  # (not an extra: a contract field)
        row = store.events(doc_id=doc.id)[0]
        assert row["target_groups"] == [{"start": 0, "end": 3, "text": "Bun"}] and row["source_groups"] == []


def test_events_default_to_no_described_actors():
    ev = Event(id="ev1", type="PROTEST", trigger=[0, 4], sentence=0)
    assert ev.source_groups == [] and ev.target_groups == []


def test_described_actors_reach_the_api_and_the_timeline(tmp_path):
    from fastapi.testclient import TestClient

    from chronik.web import create_app

    data = article_a().to_dict()
    data["events"][0]["target"] = []
    data["events"][0]["target_groups"] = [{"start": 0, "end": 3, "text": "Bun"}]
    url = f"sqlite:///{tmp_path / 'web.db'}"
    store = Store(url)
    store.add_document(Document.model_validate(data))
    store.close()
    with TestClient(create_app(url)) as client:
        items = client.get("/api/events").json()["items"]
        assert items[0]["target_groups"] == [{"start": 0, "end": 3, "text": "Bun"}]
        page = client.get("/timeline").text
        assert "Olaf Scholz → (Bun)" in page  # where a name would be, and no link on it
        assert ">(Bun)</a>" not in page
