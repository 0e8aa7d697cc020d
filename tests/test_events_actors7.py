"""Event actors written as organisation bodies, counterparts and first-person pronouns (seventh session,
2026-12-05): "die sächsische CDU-Spitze" and "der SPD-Vorstand" are the party; "die Fraktion" is the party whose
parliamentary group was named; "teilte der Konzern mit", "den Vorstand", "der Konzernführung" are the company
named before; "mit seiner polnischen Amtskollegin" is the one other person holding the owner's office; "wir" in a
direct quote and "man" in an indirect one act for the speaker. Own invented sentences; the whole pipeline."""

from __future__ import annotations

from tests.quote_docs import analyzed, entity_named, event_of, names


def test_party_leadership_compound_is_the_party():
    text = (
        "DRESDEN (dpa) – Der sächsische Innenminister Peter Lange (CDU) hat am Dienstag seinen Rücktritt erklärt. "
        "Ein Ausschlussverfahren gegen ihn lehnte die sächsische CDU-Spitze ab. Der SPD-Vorstand kritisierte den "
        "Minister scharf."
    )
    doc = analyzed(text)
    assert names(doc, event_of(doc, "lehnte").source) == ["CDU"]
    assert names(doc, event_of(doc, "kritisierte").source) == ["SPD"]


def test_the_group_is_the_party_whose_group_was_named():
    text = (
        "POTSDAM (dpa) – Die BSW-Landtagsfraktion drohte der SPD mit dem Ende der Koalition. Die Fraktion "
        "kritisierte den Vertrag scharf, sagte Fraktionschef Jan Gross."
    )
    doc = analyzed(text)
    bsw = entity_named(doc, "Bündnis Sahra Wagenknecht")
    assert bsw is not None
    assert "Fraktion" in [doc.text[a:b] for a, b in bsw.mentions]
    assert names(doc, event_of(doc, "drohte").target) == ["SPD"]


def test_union_group_is_cdu_csu():
    doc = analyzed("BERLIN (dpa) – Die Unionsfraktion kritisierte den Haushaltsentwurf der Regierung scharf.")
    assert names(doc, event_of(doc, "kritisierte").source) == ["CDU/CSU"]


def test_company_bodies_refer_back_to_the_company():
    text = (
        "STUTTGART (dpa) – Der Autozulieferer Bosch will 2000 Stellen streichen, teilte der Konzern am Montag mit. "
        "Die IG Metall kritisierte die Pläne. Die Gewerkschaft forderte den Vorstand auf, die Entscheidung "
        "zurückzunehmen. Ministerpräsident Peter Hauk kündigte an, sich mit der Konzernführung zu treffen."
    )
    doc = analyzed(text)
    bosch = entity_named(doc, "Bosch")
    assert bosch is not None
    assert {"Konzern", "Vorstand", "Konzernführung"} <= {doc.text[a:b] for a, b in bosch.mentions}
    assert names(doc, event_of(doc, "forderte").target) == ["Bosch"]
    assert names(doc, event_of(doc, "treffen").target) == ["Bosch"]


def test_counterpart_is_the_other_holder_of_the_office():
    text = (
        "„Wir stehen an der Seite der Ukraine“, sagte die polnische Außenministerin Anna Kowalska in Warschau. Der "
        "deutsche Außenminister Peter Brandt reist am Freitag nach Polen. Er werde sich dort mit seiner polnischen "
        "Amtskollegin treffen, teilte ein Sprecher mit."
    )
    doc = analyzed(text)
    assert names(doc, event_of(doc, "treffen").target) == ["Anna Kowalska"]


def test_counterpart_stays_open_with_two_candidates():
    text = (
        "Die polnische Außenministerin Anna Kowalska und die lettische Außenministerin Inga Berzina trafen sich in "
        "Riga. Der deutsche Außenminister Peter Brandt will sich kommende Woche mit seiner Amtskollegin treffen."
    )
    doc = analyzed(text)
    assert names(doc, event_of(doc, "treffen").target) == []


def test_we_in_a_direct_quote_is_the_speaker():
    text = (
        "„Wir werden keine einzigen Flüchtlinge aufnehmen“, sagte der ungarische Ministerpräsident Viktor Orbán in "
        "Brüssel. „Ein Angriff auf eine Moschee ist ein Angriff auf uns alle“, sagte Hendrik Wüst."
    )
    doc = analyzed(text)
    assert names(doc, event_of(doc, "aufnehmen").source) == ["Viktor Orbán"]
    assert not [ev for ev in doc.events if "Angriff" in doc.text[ev.trigger[0] : ev.trigger[1]] and ev.target]


def test_man_in_an_indirect_quote_is_the_speaker():
    text = (
        "„Moskau testet unsere Geduld“, sagte der litauische Ministerpräsident Jonas Petraitis. Man werde den "
        "russischen Botschafter ausweisen."
    )
    doc = analyzed(text)
    assert names(doc, event_of(doc, "ausweisen").source) == ["Jonas Petraitis"]


def test_a_noun_in_the_speakers_we_clause_is_no_event():
    doc = analyzed("„Wir werden unsere Zusammenarbeit in der Verteidigung deutlich vertiefen“, sagte Friedrich Merz.")
    assert not [ev for ev in doc.events if "Zusammenarbeit" in doc.text[ev.trigger[0] : ev.trigger[1]]]


def test_the_club_is_the_football_club_named_before():
    text = (
        "Nach dem Spiel zwischen Werder Bremen und dem VfL Bochum nahm die Polizei zwölf Männer fest. Werder Bremen "
        "verurteilte die Gewalt. Der Verein kündigte an, eng mit der Polizei zusammenzuarbeiten."
    )
    doc = analyzed(text)
    club = entity_named(doc, "Werder Bremen")
    assert club is not None and club.label == "ORG"
    assert names(doc, event_of(doc, "zusammenzuarbeiten").source) == ["Werder Bremen"]


def test_the_group_is_the_contact_group_named_before():
    text = (
        "Die Außenminister der Sahel-Kontaktgruppe haben sich am Montag in Rom getroffen. Insgesamt sagten die zwölf "
        "Staaten der Gruppe neue Hilfen von 300 Millionen Euro zu."
    )
    doc = analyzed(text)
    assert names(doc, event_of(doc, "sagten").source) == ["Sahel-Kontaktgruppe"]


def test_we_is_the_organisation_the_speaker_is_introduced_with():
    text = (
        "Das Kinderhilfswerk UNICEF reagierte mit Entsetzen. Der Direktor des Hilfswerks, Anthony Lake, sagte: „Wir "
        "werden die Familien in Syrien weiter unterstützen.“ „Wir werden uns kommende Woche mit der Regierung in "
        "Damaskus treffen“, sagte Lake."
    )
    doc = analyzed(text)
    assert names(doc, event_of(doc, "unterstützen").source) == ["UNICEF"]
    meeting = event_of(doc, "treffen")
    assert "UNICEF" not in names(doc, meeting.target) and "Anthony Lake" not in names(doc, meeting.target)
