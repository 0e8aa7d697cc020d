"""TimeML round trip, the spaCy component, and the scorer on the gold sets (when present)."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronik.eval import data_dir
from chronik.eval.timex import Span, canonical, compare
from chronik.timeml import insert_timexes, parse
from tests.conftest import needs_data

RAW = (
    '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>x</DOCID>\n'
    '<DCT><TIMEX3 tid="t0" type="DATE" value="2010-02-20" functionInDocument="CREATION_TIME">'
    "2010-02-20</TIMEX3></DCT>\n"
    "<TEXT>\nBOZEN. Man l&auml;dt am Donnerstag, 25. Februar um 20.30 Uhr &amp; n&auml;chstes Jahr ein.\n"
    "</TEXT>\n</TimeML>\n"
)


def test_parse_maps_entities_and_keeps_offsets() -> None:
    doc = parse(RAW)
    assert doc.text == "\nBOZEN. Man lädt am Donnerstag, 25. Februar um 20.30 Uhr & nächstes Jahr ein.\n"
    assert str(doc.dct) == "2010-02-20"
    i = doc.text.index("&")
    assert RAW[doc.raw_start[i] : doc.raw_end[i]] == "&amp;"


def test_render_inserts_tags_and_keeps_every_other_byte() -> None:
    import chronik
    from chronik.timeml import render_timeml

    doc = parse(RAW)
    document = chronik.analyze(doc.text, published=doc.dct)
    values = [(t.text, t.type, t.value) for t in document.timexes]
    assert values == [
        ("Donnerstag, 25. Februar", "DATE", "2010-02-25"),
        ("20.30 Uhr", "TIME", "2010-02-25T20:30"),
        ("nächstes Jahr", "DATE", "2011"),
    ]
    out = insert_timexes(doc, [(t.start, t.end, t.type, t.value) for t in document.timexes])
    assert '<TIMEX3 tid="t1" type="DATE" value="2010-02-25">Donnerstag, 25. Februar</TIMEX3>' in out
    assert '<TIMEX3 tid="t3" type="DATE" value="2011">n&auml;chstes Jahr</TIMEX3>' in out
    import re

    assert re.sub(r'<TIMEX3 tid="t[1-9]\d*"[^>]*>|</TIMEX3>(?!</DCT>)', "", out) == RAW
    # re-rendering a tagged file replaces its TIMEX3s instead of nesting them
    again = insert_timexes(parse(out), [(t.start, t.end, t.type, t.value) for t in document.timexes])
    assert again == out
    assert render_timeml is not None


def test_component_fills_doc_timexes() -> None:
    import chronik

    document = chronik.analyze("Gestern Abend kam es zum Streit.", published="2024-03-14")
    (timex,) = document.timexes
    assert (timex.text, timex.type, timex.value, timex.anchor) == (
        "Gestern Abend",
        "TIME",
        "2024-03-13TEV",
        "DCT:2024-03-14",
    )
    assert timex.model_extra == {"date": "2024-03-13"}


def test_scorer_counts_strict_relaxed_and_value() -> None:
    gold = [Span(0, 10, "DATE", "2024-03-14"), Span(20, 25, "TIME", "2024-03-14T20:30"), Span(40, 45, "DATE", "2025")]
    system = [
        Span(0, 10, "DATE", "2024-03-14"),
        Span(18, 25, "TIME", canonical("2024-03-14T20.30")),
        Span(50, 55, "SET", "P1Y"),
    ]
    counts, errors = compare(gold, system)
    assert (counts.strict, counts.relaxed, counts.value, counts.type) == (1, 2, 2, 2)
    assert [kind for kind, _, _ in errors] == ["extent", "missed", "spurious"]
    assert canonical("2013-11-24T8:30") == "2013-11-24T08:30"


@needs_data("krauts_timeml_de", "gold", "Dolomiten-42")
def test_krauts_dev_beats_heideltime() -> None:
    from chronik.eval.timex import score_krauts

    ours, heidel, _ = score_krauts(data_dir(), "Dolomiten-42")
    our_row, their_row = ours.row(), heidel.row()
    assert their_row[6] == pytest.approx(0.80, abs=0.01)  # HeidelTime value F1 as published
    assert our_row[6] > their_row[6]
    assert our_row[2] > their_row[2]  # strict extent F1


@needs_data("krauts_timeml_de", "raw_text", "Dolomiten-42")
def test_cli_timeml_output_is_byte_identical_outside_tags(tmp_path: Path) -> None:
    import re

    from typer.testing import CliRunner

    from chronik.cli import app

    source = sorted((data_dir() / "krauts_timeml_de" / "raw_text" / "Dolomiten-42").glob("*.tml"))[0]
    result = CliRunner().invoke(app, ["analyze", str(source), "--format", "timeml"])
    assert result.exit_code == 0, result.output
    stripped = re.sub(r'<TIMEX3 tid="t[1-9]\d*"[^>]*>|</TIMEX3>(?!</DCT>)', "", result.stdout)
    assert stripped == source.read_text(encoding="utf-8")
    assert '<TIMEX3 tid="t1"' in result.stdout


def test_plain_text_input_becomes_a_new_timeml_document(tmp_path: Path) -> None:
    from xml.dom.minidom import parseString

    from typer.testing import CliRunner

    from chronik.cli import app

    article = tmp_path / "meldung.txt"
    article.write_text("Titel\n\nA & B <x> trafen sich am 3. Mai in Rom.", encoding="utf-8")
    result = CliRunner().invoke(app, ["analyze", str(article), "--published", "2024-05-06", "--format", "timeml"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    parseString(out)  # well-formed XML, the text escaped
    assert 'functionInDocument="CREATION_TIME">2024-05-06</TIMEX3></DCT>' in out
    assert '<TIMEX3 tid="t1" type="DATE" value="2024-05-03">3. Mai</TIMEX3>' in out
    assert parse(out).text.endswith("A & B <x> trafen sich am 3. Mai in Rom.")
