"""Eleventh session (timex tense): a past act told with a weekday or a year-less date is the past day, not the
coming one. Invented sentences, 2026-12-05, for the constructions a helper found misread on invented news: the
verb right after a fronted date ("Am 12. Februar stürmten Polizisten …"), strong simple pasts after an
inseparable prefix or joined to a separable particle ("überfielen", "verließ", "ausbrach"), participles of
"über-/unter-/durch-" verbs without ge- ("hat … unterzeichnet", "hätten … überfallen"), the subjunctive perfect
of reported speech, "bekannten sich" (also an adjective), and a conjunction that yields to its clause's verb.
The guards keep the future: "wird am Freitag", "soll am 12. Februar", a present for the future ("Am Freitag
reist er ab"), a counterfactual without a report. The paper's date is Tuesday 10 November 2026: a bare
Wednesday to Friday is nearer ahead than behind, and so is a bare 12 February."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timex_docs import tag

DCT = date(2026, 11, 10)  # a Tuesday
PAST_THURSDAY, NEXT_THURSDAY = "2026-11-05", "2026-11-12"
PAST_FRIDAY, NEXT_FRIDAY = "2026-11-06", "2026-11-13"


def first_value(text: str) -> str:
    return tag(text, DCT)[0][2]


# --- the finite verb right after a fronted date --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Am 12. Februar stürmten Polizisten das Gebäude der Stiftung.", "2026-02-12"),
        ("Am 12. Februar protestierten Bauern vor dem Landtag in Linz.", "2026-02-12"),
        ("Am 3. März landeten Soldaten an der Küste.", "2026-03-03"),
        ("Mitte Februar kauften Investoren das Stahlwerk.", "2026-02"),
        ("Ende März demonstrierten Tausende gegen die Reform.", "2026-03"),
    ],
)
def test_weak_preterite_after_a_fronted_date_is_past(text: str, value: str) -> None:
    assert first_value(text) == value


def test_fronted_plan_participle_is_no_past_verb() -> None:
    # guard: "erwartete" is a plan; the clause says nothing about a past act
    assert first_value("Am 12. Februar erwartete Ergebnisse liegen noch nicht vor.") != "2026-02-12"


# --- strong simple pasts with a prefix --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Am Donnerstag überfielen Bewaffnete ein Dorf im Norden.", PAST_THURSDAY),
        ("Bewaffnete überfielen am Donnerstag eine Polizeistation.", PAST_THURSDAY),
        ("Der Präsident verließ am Donnerstag das Land.", PAST_THURSDAY),
        ("Der Bürgermeister entging am Donnerstag knapp einem Anschlag.", PAST_THURSDAY),
        ("Am Donnerstag misslang der Start der Trägerrakete.", PAST_THURSDAY),
        ("Der Frachter verließ am 12. Februar den Hafen von Triest.", "2026-02-12"),
        ("Es ist unklar, ob die Rebellen am Donnerstag die Grenze überschritten.", PAST_THURSDAY),
        # verb-final: a separable particle joined to the strong past
        ("Als am Donnerstag in der Altstadt ein Feuer ausbrach, schliefen die Bewohner.", PAST_THURSDAY),
        ("Die Polizei war vor Ort, bevor am Donnerstag die Demonstranten eintrafen.", PAST_THURSDAY),
    ],
)
def test_prefixed_strong_preterite_is_past(text: str, value: str) -> None:
    assert first_value(text) == value


# --- participles of über-/unter-/durch- verbs (no ge-) ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Die Stadt hat am Donnerstag den Vertrag unterzeichnet.", PAST_THURSDAY),
        ("Am Donnerstag hat die Stadt den Pachtvertrag unterschrieben.", PAST_THURSDAY),
        ("Ermittler haben am Donnerstag die Büros der Partei durchsucht.", PAST_THURSDAY),
        ("Die Armee hat am Donnerstag die Kontrolle über den Flughafen übernommen.", PAST_THURSDAY),
        ("Bewaffnete sollen am Donnerstag ein Dorf überfallen haben.", PAST_THURSDAY),
        ("Die Männer, die das Dorf am Donnerstag überfallen haben, sind flüchtig.", PAST_THURSDAY),
        ("Der Konzern hat am 12. Februar den Rivalen übernommen.", "2026-02-12"),
        # attributive: done by that day, whatever the present of the main clause
        ("Die am Freitag unterzeichnete Vereinbarung tritt im Januar in Kraft.", PAST_FRIDAY),
    ],
)
def test_inseparable_participle_makes_a_perfect(text: str, value: str) -> None:
    assert first_value(text) == value


# --- the subjunctive perfect of reported speech -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Bewaffnete hätten das Dorf am Freitag überfallen, sagte ein Sprecher.", PAST_FRIDAY),
        ("Die Angreifer hätten am Freitag mehrere Häuser angezündet, berichteten Augenzeugen.", PAST_FRIDAY),
        ("Laut Polizei hätten die Täter am Freitag zwei Wachleute überwältigt.", PAST_FRIDAY),
        ("Die Täter wären am Freitag über die Grenze geflohen, hieß es aus Polizeikreisen.", PAST_FRIDAY),
        ("Die Miliz hätte am 12. Februar ein Dorf überfallen, sagte der Gouverneur.", "2026-02-12"),
    ],
)
def test_reported_subjunctive_perfect_is_past(text: str, value: str) -> None:
    assert first_value(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "Die Minister hätten am Freitag Zeit für ein Treffen, sagte ein Sprecher.",  # no participle
        "Am Freitag wäre der Komponist 100 Jahre alt geworden, sagte die Witwe.",  # an anniversary
    ],
)
def test_subjunctive_without_a_past_act_keeps_the_nearest_day(text: str) -> None:
    assert first_value(text) == NEXT_FRIDAY


# --- "bekannte(n)": an adjective and a simple past --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Die Taliban bekannten sich am Donnerstag zu dem Anschlag.", PAST_THURSDAY),
        ("Am Donnerstag bekannten sich die Taliban zu dem Anschlag.", PAST_THURSDAY),
        ("Eine Splittergruppe bekannte sich am Donnerstag zu der Tat.", PAST_THURSDAY),
        ("Der Anschlag, zu dem sich die Miliz am Donnerstag bekannte, forderte zehn Tote.", PAST_THURSDAY),
        ("Am 12. Februar bekannten sich die Rebellen zu dem Angriff.", "2026-02-12"),
    ],
)
def test_bekannten_sich_is_a_past_verb(text: str, value: str) -> None:
    assert first_value(text) == value


def test_bekannte_before_its_noun_stays_an_adjective() -> None:
    # guard: "bekannten" before a noun is an adjective; the clause's present "legt … vor" looks ahead
    assert first_value("Am Donnerstag legt der Minister die bekannten Zahlen vor.") == NEXT_THURSDAY


def test_weak_preterite_in_ften_is_past() -> None:
    # "-ften" was refused as an ending ("dürften", "-haften"); "verkauften", "kämpften" are weak preterites
    assert first_value("Die Aktionäre verkauften am Donnerstag ihre Anteile.") == PAST_THURSDAY
    assert first_value("Die Truppen kämpften am Donnerstag um die Stadt.") == PAST_THURSDAY


# --- guards: the future stays ahead -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Der Präsident wird am Freitag nach Rom reisen.", NEXT_FRIDAY),
        ("Am Freitag wird der Vertrag unterzeichnet.", NEXT_FRIDAY),
        ("Der Vertrag soll am Freitag unterzeichnet werden, sagte er.", NEXT_FRIDAY),
        ("Das Parlament soll am 12. Februar über das Gesetz abstimmen.", "2027-02-12"),
        ("Am 12. Februar soll das Parlament abstimmen.", "2027-02-12"),
        ("Am Freitag reist er ab.", NEXT_FRIDAY),
        ("Am Freitag reist die Ministerin nach Warschau.", NEXT_FRIDAY),
        ("Am 12. Februar stimmt das Parlament über das Gesetz ab.", "2027-02-12"),
        ("Am Freitag übernimmt die Armee die Kontrolle.", NEXT_FRIDAY),
        ("Am Freitag unterzeichnen beide Seiten den Vertrag.", NEXT_FRIDAY),
        ("Am Freitag überarbeiten Juristen den Entwurf.", NEXT_FRIDAY),  # a present in -ten, no participle
        ("Die Parteien könnten sich am Freitag einigen.", NEXT_FRIDAY),
        ("Die Polizei teilt mit, dass am Freitag die Straße gesperrt wird.", NEXT_FRIDAY),
        ("Der Chef, der am Freitag zurücktritt, ist umstritten.", NEXT_FRIDAY),
        ("Die Regierung kündigte an, am 12. Februar neue Zahlen vorzulegen.", "2027-02-12"),
    ],
)
def test_future_and_present_for_future_stay_ahead(text: str, value: str) -> None:
    assert first_value(text) == value
