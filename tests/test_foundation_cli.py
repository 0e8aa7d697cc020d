"""`chronik analyze`: formats, input types and a clear message for every kind of bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE = "Bundeskanzler Olaf Scholz traf am Dienstag in Berlin den französischen Präsidenten.\n"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "chronik.cli", "analyze", *args]
    return subprocess.run(cmd, input=stdin.decode() if stdin else None, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("inputs")
    files = {
        "good.txt": ("Gipfel in Berlin\n\n" + ARTICLE).encode(),
        "empty.txt": b"",
        "binary.txt": bytes(range(256)) * 8,
        "latin1.txt": "Die Straße in Köln war überfüllt.".encode("latin-1"),
        "notes.docx": b"PK\x03\x04 whatever",
        "feed.jsonl": (
            json.dumps({"id": "a1", "title": "Eins", "date": "2024-03-14", "text": ARTICLE})
            + "\n"
            + json.dumps(
                {"id": "a2", "title": "Zwei", "date": "2024-03-15", "text": "Die Polizei nahm zwei Männer fest."}
            )
            + "\n"
        ).encode(),
        "doc.tml": (
            b'<?xml version="1.0" ?>\n<TimeML>\n<DOCID>d1</DOCID>\n<DCT><TIMEX3 tid="t0" type="DATE" '
            b'value="2014-02-18" functionInDocument="CREATION_TIME">2014-02-18</TIMEX3></DCT>\n<TEXT>\n'
            b"Die Polizei nahm am Wochenende zwei Diebe &amp; Hehler fest.\n</TEXT>\n</TimeML>\n"
        ),
    }
    for name, data in files.items():
        (d / name).write_bytes(data)
    return {name: d / name for name in files}


def test_txt_title_rule_and_json_output(inputs):
    result = run(str(inputs["good.txt"]))
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["title"] == "Gipfel in Berlin"
    assert doc["text"] == ARTICLE
    assert doc["schema"] == "chronik/1"


def test_jsonl_round_trips_title_and_published(inputs):
    result = run(str(inputs["feed.jsonl"]), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(d["id"], d["title"], d["published"]) for d in docs] == [
        ("a1", "Eins", "2024-03-14"),
        ("a2", "Zwei", "2024-03-15"),
    ]


def test_timeml_takes_dct_as_published_and_decodes_entities(inputs):
    result = run(str(inputs["doc.tml"]))
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["published"] == "2014-02-18"
    assert "Diebe & Hehler" in doc["text"]


def test_published_option_overrides(inputs):
    result = run(str(inputs["good.txt"]), "--published", "2020-01-02")
    assert json.loads(result.stdout)["published"] == "2020-01-02"
    bad = run(str(inputs["good.txt"]), "--published", "gestern")
    assert bad.returncode != 0 and "not a date" in bad.stderr


def test_stdin(inputs):
    result = run("-", stdin=ARTICLE.encode())
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["text"] == ARTICLE


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("missing.txt", "no such file"),
        ("empty.txt", "empty input"),
        ("binary.txt", "binary data"),
        ("latin1.txt", "invalid UTF-8"),
        ("notes.docx", "unknown file type"),
    ],
)
def test_bad_input_is_one_clear_line_and_others_still_run(inputs, name, message):
    bad = str(inputs.get(name, inputs["good.txt"].parent / name))
    result = run(bad, str(inputs["good.txt"]))
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and message in errors[0], result.stderr
    # the good file after the bad one was still analysed
    assert json.loads(result.stdout)["title"] == "Gipfel in Berlin"


def test_text_format_prints_a_header_line(inputs):
    result = run(str(inputs["feed.jsonl"]), "--format", "text")
    assert result.returncode == 0
    assert result.stdout.startswith("# Eins  (2024-03-14)")
