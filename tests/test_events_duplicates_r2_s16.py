"""Duplicates, title restatements and re-mentions (2026-12-06, sixteenth session, round 2; blind audits 25/26,
errors_base §6 and §7 (i)/(ii)). Invented sentences only: one act told twice gives one event; a title line whose act
the body tells again gives none of its own; a definite noun that only says when or how long an act told before
happened, or what it cost, is no second act."""

from __future__ import annotations

import pytest

import chronik
from tests.event_docs import CountRow, NonEventRow, check_count, check_no_event, event_rows

# one act told twice: the count of events of the type in the whole item
COUNT_ROWS = [
    # a definite noun as the subject of a verb of happening or lasting, after the act was told
    CountRow(
        "when-ereignen",
        "ASSAULT",
        1,
        "Bei einem Raketenangriff auf ein Dorf in der Provinz Idlib sind mindestens zwölf Menschen getötet worden. "
        "Der Angriff ereignete sich am frühen Morgen in der Ortschaft Sarmin, wie Helfer berichteten.",
    ),
    CountRow(
        "when-geschehen",
        "ASSAULT",
        1,
        "Unbekannte haben in der Nacht einen Brandanschlag auf eine Moschee in Lyon verübt. "
        "Der Anschlag geschah gegen drei Uhr, teilte die Präfektur mit.",
    ),
    CountRow(
        "when-befristet",
        "PROTEST",
        1,
        "Ein Streik der Busfahrer hat am Dienstag den Nahverkehr in Hamburg weitgehend lahmgelegt. Die "
        "Verkehrsbetriebe richteten einen Notfahrplan ein. Der Ausstand ist vorerst auf zwei Tage befristet.",
    ),
    CountRow(
        "when-dauern",
        "PROTEST",
        1,
        "Die Hafenarbeiter in Antwerpen sind am Montag in einen Streik getreten. "
        "Der Streik soll bis Donnerstag dauern.",
    ),
    # the cause of a loss
    CountRow(
        "loss-durch",
        "PROTEST",
        1,
        "Seit Montag blockieren Landwirte mehrere Autobahnen rund um Toulouse. Der Speditionsverband beziffert die "
        "Einbußen durch die Blockaden auf zwei Millionen Euro.",
    ),
    CountRow(
        "loss-wegen",
        "PROTEST",
        1,
        "Die Lokführer der staatlichen Bahn streiken seit Mittwoch. Der Handelsverband schätzt die Umsatzeinbußen "
        "wegen des Streiks auf 40 Millionen Euro.",
    ),
    # two verbs of one agreement: the lead and the next sentence's detail
    CountRow(
        "agree-next",
        "AGREE",
        1,
        "Serbien und Kosovo haben sich auf einen Austausch von Gefangenen verständigt. Nach Gesprächen in Brüssel "
        "vereinbarten die Regierungschefs beider Länder am Dienstag die Freilassung von je 30 Häftlingen.",
    ),
    CountRow(
        "agree-next-einigten",
        "AGREE",
        1,
        "Peru und Ecuador haben sich auf gemeinsame Grenzpatrouillen geeinigt. Die Verteidigungsminister beider "
        "Staaten vereinbarten am Freitag in Lima gemeinsame Streifen ab Januar.",
    ),
    # the members of the organisation decide the lead's measures
    CountRow(
        "sanction-members",
        "SANCTION",
        1,
        "Die Europäische Union hat Sanktionen gegen drei Minister aus Belarus verhängt. Die Außenminister der "
        "Mitgliedstaaten beschlossen am Montag in Brüssel Einreiseverbote und Kontosperren.",
    ),
    # the same verb sums the act up
    CountRow(
        "summary-insgesamt",
        "COERCE",
        1,
        "Fahnder haben am Mittwoch Wohnungen mutmaßlicher Schleuser in Köln durchsucht. Die Staatsanwaltschaft wirft "
        "den Männern vor, Migranten über die Balkanroute geschleust zu haben. Insgesamt seien 14 Objekte in drei "
        "Bundesländern durchsucht worden, teilte die Behörde mit.",
    ),
    # an indefinite noun in the lead's "nach" phrase, then told in the past perfect in the next sentence
    CountRow(
        "backstory-ueberfall",
        "ASSAULT",
        1,
        "Nach einem Überfall auf einen Militärposten hat die Regierung Kolumbiens die Gespräche mit der ELN "
        "ausgesetzt. Bewaffnete hatten am Samstag den Posten in der Provinz Arauca angegriffen.",
    ),
    CountRow(
        "backstory-anschlag",
        "ASSAULT",
        1,
        "Nach einem Anschlag auf eine Polizeiwache hat die Regierung in Islamabad den Notstand verhängt. Extremisten "
        "hatten am Freitag die Wache in Peschawar mit Granaten beschossen.",
    ),
    # two acts stay two: an adding word, another date, another party
    CountRow(
        "backstory-definite",
        "ASSAULT",
        2,
        "Nach dem Überfall auf einen Militärposten hat die Regierung Kolumbiens die Gespräche mit der ELN "
        "ausgesetzt. Bewaffnete hatten am Samstag den Posten in der Provinz Arauca angegriffen.",
    ),
    CountRow(
        "backstory-new-act",
        "ASSAULT",
        2,
        "Nach einem Überfall auf einen Militärposten hat die Regierung Kolumbiens die Gespräche mit der ELN "
        "ausgesetzt. Bewaffnete griffen am Montag einen weiteren Posten in der Provinz Arauca an.",
    ),
    CountRow(
        "agree-zudem",
        "AGREE",
        2,
        "Serbien und Kosovo haben sich auf einen Austausch von Gefangenen verständigt. Die Regierungschefs beider "
        "Länder vereinbarten zudem eine gemeinsame Kommission für vermisste Personen.",
    ),
    CountRow(
        "agree-other-date",
        "AGREE",
        2,
        "Die Ukraine und Russland haben sich am Montag auf einen Austausch von Gefangenen geeinigt. Im Mai 2024 "
        "vereinbarten beide Seiten einen Austausch von Leichen.",
    ),
    CountRow(
        "sanction-other-party",
        "SANCTION",
        2,
        "Die Europäische Union hat Sanktionen gegen iranische Generäle verhängt. Kanada verhängte am Montag "
        "Einreiseverbote gegen zwei iranische Richter.",
    ),
    CountRow(
        "summary-weitere",
        "COERCE",
        2,
        "Fahnder haben am Mittwoch Wohnungen mutmaßlicher Schleuser in Köln durchsucht. Am Donnerstag wurden in Bonn "
        "weitere Wohnungen durchsucht.",
    ),
]


@pytest.mark.parametrize("row", COUNT_ROWS, ids=[r.id for r in COUNT_ROWS])
def test_one_act_told_twice(row: CountRow) -> None:
    check_count(row)


# what a verb of refuting refutes is the accusation told before
NO_EVENT_ROWS = [
    NonEventRow(
        "refute-alle",
        "Anschuldigungen",
        "Die Opposition wirft dem Bürgermeister von Varna Bestechlichkeit vor. Der Bürgermeister erklärte, er werde "
        "alle Anschuldigungen widerlegen.",
    ),
    NonEventRow(
        "refute-die",
        "Vorwürfe",
        "Umweltschützer werfen der Reederei vor, Altöl ins Meer geleitet zu haben. Die Reederei kündigte an, sie werde "
        "die Vorwürfe entkräften.",
    ),
]


@pytest.mark.parametrize("row", NO_EVENT_ROWS, ids=[r.id for r in NO_EVENT_ROWS])
def test_refuted_accusation_is_no_event(row: NonEventRow) -> None:
    check_no_event(row)


def _title_events(text: str) -> list[str]:
    """The triggers of the events on the title line (the text's first line)."""
    doc = chronik.analyze(text, published="2026-11-10")
    title_end = text.index("\n")
    return [doc.text[e.trigger[0] : e.trigger[1]] for e in doc.events if e.trigger[0] < title_end]


@pytest.mark.parametrize(
    "text",
    [
        # the title's noun comes again in the body, as the content of a call
        "Lehrer rufen zum Streik\nMADRID (dpa) – Die Lehrergewerkschaften in Spanien riefen am Montag für kommenden "
        "Dienstag zu einem landesweiten Streik auf.",
        # as the content of an agreement
        "Armenien und Aserbaidschan einigen sich auf Truppenrückzug\nJEREWAN (dpa) – Armenien und Aserbaidschan haben "
        "sich auf einen Truppenrückzug aus dem Grenzgebiet verständigt.",
        # as a time phrase of the lead
        "Regierung in Lima ruft Notstand aus nach Protesten gegen Wasserpreise\nLIMA (AFP) – Nach wochenlangen "
        "Protesten gegen höhere Wasserpreise hat die peruanische Regierung am Montag in drei Provinzen den Notstand "
        "verhängt.",
    ],
    ids=["call-content", "agreement-content", "time-phrase"],
)
def test_title_noun_told_again_in_body(text: str) -> None:
    assert _title_events(text) == [], event_rows(text, published="2026-11-10")


def test_title_capital_restated_by_minister() -> None:
    """ "Kiew wirft X Erpressung vor" above "Energieminister Y warf X vor": a minister of no known country may speak
    for the capital's state; the same target makes it the title's act."""
    text = (
        "Kiew wirft Mol Erpressung vor\nBRÜSSEL (dpa) – Im Streit um Öllieferungen verschärft sich der Ton. "
        "Energieminister Bohdan Kravets warf dem Ölkonzern Mol am Dienstag vor, die Lieferungen gezielt zu drosseln."
    )
    assert _title_events(text) == [], event_rows(text, published="2026-11-10")


def test_title_act_of_another_target_stays() -> None:
    """The minister's accusation of another target does not restate the title's: the title's act stays."""
    text = (
        "Kiew wirft Mol Erpressung vor\nBRÜSSEL (dpa) – Im Streit um Öllieferungen verschärft sich der Ton. "
        "Energieminister Bohdan Kravets warf der EU-Kommission am Dienstag vor, zu zögern."
    )
    assert _title_events(text) == ["wirft"], event_rows(text, published="2026-11-10")
