"""Coverage-guided fuzz targets (atheris) for the readers and the normalizers.

    python fuzz/fuzz_targets.py TARGET [-atheris_runs=N] [-max_total_time=S] [CORPUS_DIR]

TARGET is one of: html, timeml, jsonl, warc, txt, timex, quantities. A target fails only on an
exception that is not the documented clean refusal (ReaderError). Crashing inputs that were
found and fixed live in tests/data/fuzz-regressions/ and are replayed by the test suite.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import atheris

# The readers import some modules lazily; import them here so they are instrumented too.
with atheris.instrument_imports(include=["chronik", "trafilatura", "warcio"]):
    import trafilatura  # noqa: F401

    import chronik.ingest.warc
    import chronik.numbers
    import chronik.timeml
    import chronik.timex_rules  # noqa: F401
    from chronik.ingest.readers import ReaderError, read_bytes


def _reader(name: str) -> Callable[[bytes], None]:
    def target(data: bytes) -> None:
        try:
            for article in read_bytes(data, name):
                assert isinstance(article.text, str)
        except ReaderError:
            pass

    return target


def _component(name: str, field: str) -> Callable[[bytes], None]:
    """A target running one chronik component (no model) and checking that its spans match the text."""
    pipeline = []  # built on the first call, so startup stays fast for the other targets

    def target(data: bytes) -> None:
        from chronik.pipeline import build

        if not pipeline:
            pipeline.append(build("de", with_model=False, components=[name]))
        text = data.decode("utf-8", "replace")
        doc = pipeline[0](text)
        for item in getattr(doc._, field) or []:
            assert text[item.start : item.end] == item.text

    return target


TARGETS: dict[str, Callable[[bytes], None]] = {
    "html": _reader("fuzz.html"),
    "timeml": _reader("fuzz.tml"),
    "jsonl": _reader("fuzz.jsonl"),
    "jsonlgz": _reader("fuzz.jsonl.gz"),
    "warc": _reader("fuzz.warc"),
    "txt": _reader("fuzz.txt"),
    "timex": _component("timex", "timexes"),
    "quantities": _component("quantities", "quantities"),
}


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        sys.exit(f"usage: {sys.argv[0]} {{{','.join(TARGETS)}}} [libFuzzer options]")
    target = TARGETS[sys.argv.pop(1)]
    atheris.Setup(sys.argv, target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
