"""The document → highlighted HTML renderer: nesting, crossing spans, escaping."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from chronik.web.render import Mark, event_records, quote_records, render_document, render_marks
from tests.test_web_data import XSS_IMG, XSS_SCRIPT, hostile_document, summit_document

VOID = {"img", "br", "input"}


class _Checker(HTMLParser):
    """Collects text, checks tags close in order, and records every element seen."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.badge_depth = 0
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)
        if "badge" in (dict(attrs).get("class") or ""):
            self.badge_depth = len(self.stack)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unbalanced </{tag}>")
            return
        if self.badge_depth == len(self.stack):
            self.badge_depth = 0
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not self.badge_depth:  # badges (speaker names) are labels, not article text
            self.text.append(data)


def parse(html: str) -> _Checker:
    checker = _Checker()
    checker.feed(html)
    checker.close()
    assert not checker.errors, checker.errors
    assert not checker.stack, f"unclosed: {checker.stack}"
    return checker


def test_nested_marks_render_inside_each_other() -> None:
    html = render_marks("Er sagte: „Olaf kommt“.", [Mark(10, 22, "quote"), Mark(11, 15, "ent")])
    assert html == 'Er sagte: <span class="quote">„<span class="ent">Olaf</span> kommt“</span>.'


def test_crossing_marks_are_split_and_stay_well_formed() -> None:
    text = "abcdefghijklmno"
    html = render_marks(text, [Mark(0, 10, "quote", first_attrs=(("id", "q0"),)), Mark(5, 15, "ent")])
    checker = parse(html)
    assert "".join(checker.text) == text
    # the entity is split at the quote's end: two pieces, the second marked as a continuation
    ents = [attrs for tag, attrs in checker.elements if "ent" in (attrs.get("class") or "")]
    assert len(ents) == 2 and "cont" in (ents[1]["class"] or "")
    # an id is only ever emitted once even if its mark is split
    assert html.count('id="q0"') == 1


def test_same_span_marks_nest_by_rank() -> None:
    html = render_marks("Paris", [Mark(0, 5, "trigger", tag="a"), Mark(0, 5, "ent"), Mark(0, 5, "sent")])
    assert html == '<span class="sent"><span class="ent"><a class="trigger">Paris</a></span></span>'


def test_broken_offsets_are_ignored() -> None:
    html = render_marks("kurz", [Mark(2, 2, "ent"), Mark(3, 99, "ent"), Mark(-1, 2, "ent"), Mark(1, 3, "timex")])
    assert html == 'k<span class="timex">ur</span>z'


def test_text_and_attributes_are_escaped() -> None:
    text = f"A {XSS_SCRIPT} B {XSS_IMG}"
    html = render_marks(text, [Mark(0, len(text), "quote", attrs=(("data-speaker", XSS_IMG),), badge=XSS_SCRIPT)])
    assert "<script>" not in html and "<img" not in html
    checker = parse(html)
    assert [tag for tag, _ in checker.elements] == ["span", "span"]  # the badge and the quote, nothing injected
    assert checker.elements[1][1]["data-speaker"] == XSS_IMG
    assert "".join(checker.text) == text


def test_document_has_every_highlight_type() -> None:
    doc = summit_document()
    html = render_document(doc)
    checker = parse(html)
    assert "".join(checker.text) == doc.text
    classes = " ".join(attrs.get("class") or "" for _, attrs in checker.elements)
    for kind in ("sent", "ent-PER", "ent-LOC", "timex", "qty-money", "quote-direct", "badge-quote", "trigger", "cue"):
        assert kind in classes, kind
    ids = [attrs["id"] for _, attrs in checker.elements if attrs.get("id")]
    assert ids == sorted(set(ids), key=ids.index)  # unique
    assert {"s0", "s1", "s2", "s3", "q0", "t-ev1", "t-ev2", "t-ev3"} <= set(ids)
    badge = next(i for i, (_, a) in enumerate(checker.elements) if "badge" in (a.get("class") or ""))
    assert checker.elements[badge + 1][1]["data-speaker"] == "Olaf Scholz"


def test_hostile_document_renders_as_text() -> None:
    doc = hostile_document()
    html = render_document(doc)
    assert "<script" not in html and "<img" not in html
    assert html.count("&lt;script&gt;") == 3  # two in the text (one inside the quote), none lost
    checker = parse(html)
    assert "".join(checker.text) == doc.text
    assert {tag for tag, _ in checker.elements} <= {"span", "a"}


def test_overlapping_triggers_never_nest_links() -> None:
    doc = summit_document()
    first = doc.events[0]
    doc.events.append(first.model_copy(update={"id": "dup", "type": "MOBILIZE"}))
    checker = parse(render_document(doc))
    triggers = [(tag, attrs) for tag, attrs in checker.elements if "trigger" in (attrs.get("class") or "")]
    assert [(tag, attrs["data-event"]) for tag, attrs in triggers] == [
        ("a", "ev1"),
        ("span", "dup"),
        ("a", "ev2"),
        ("a", "ev3"),
    ]
    assert triggers[1][1]["role"] == "link" and "href" not in triggers[1][1]


def test_event_and_quote_records_resolve_names() -> None:
    doc = summit_document()
    ev = {r["id"]: r for r in event_records(doc)}
    assert ev["ev1"]["source"] == ["Olaf Scholz"] and ev["ev1"]["target"] == ["Emmanuel Macron"]
    assert ev["ev1"]["place"] == "Paris" and ev["ev1"]["geo"]["kind"] == "city"
    assert ev["ev2"]["modality"] == "planned" and ev["ev2"]["quantities"] == ["500 Millionen Euro"]
    assert ev["ev3"]["sentence_text"].startswith("In Russland")
    assert quote_records(doc)[0]["speaker"] == "Olaf Scholz"


KINDS = ["sent", "quote", "ent", "timex", "qty", "cue", "trigger"]


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(alphabet="ab<>&\"' \n„“", min_size=0, max_size=40),
    spans=st.lists(st.tuples(st.integers(-2, 45), st.integers(-2, 45), st.sampled_from(KINDS)), max_size=12),
)
def test_any_marks_give_well_formed_html_with_the_text_intact(text: str, spans: list[tuple[int, int, str]]) -> None:
    marks = [Mark(a, b, kind, tag="a" if kind == "trigger" else "span") for a, b, kind in spans]
    checker = parse(render_marks(text, marks))
    assert "".join(checker.text) == text
