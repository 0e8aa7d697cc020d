"""Event sources and quote speakers, thirteenth session: institution nouns that refer back ("das Gremium", "der
Rat", "das Unternehmen" for a company the gazetteer does not know, "der Brüsseler Behörde"), a federal body named
with a foreign seat ("die Bundesregierung in Wien"), the organisation of an unnamed spokesperson, staff after a
fronted participle ("Aufgerufen hatten Mitglieder der …"), and quotations: "hieß es in einer Mitteilung vom
Montag", a Konjunktiv speech act continuing a statement, a one-word fragment after "als" or an indefinite article,
and reported speech after a colon (invented mini-articles)."""

from __future__ import annotations

from chronik.document import Document
from tests.event_docs import rows_by_trigger
from tests.quote_docs import analyzed


def _speaker(doc: Document, text: str) -> str | None:
    """The speaker's entity name of the quotation whose text starts with ``text``."""
    names = {e.id: e.name for e in doc.entities}
    q = next(q for q in doc.quotes if q.text.startswith(text))
    return names.get(q.speaker or "")


def test_gremium_refers_back_to_the_council_named_before() -> None:
    text = (
        "Der Weltsicherheitsrat hat die Friedensmission in Mali um ein Jahr verlängert. Zugleich verhängte das "
        "Gremium Sanktionen gegen drei Offiziere."
    )
    assert rows_by_trigger(text)["Sanktionen"][2] == ["UN-Sicherheitsrat"]


def test_der_rat_refers_back_to_the_council_named_before() -> None:
    text = (
        "Der Weltsicherheitsrat hat die Friedensmission in Mali verlängert. Die Regierung in Bamako kritisierte "
        "den Rat scharf."
    )
    assert rows_by_trigger(text)["kritisierte"][3] == ["UN-Sicherheitsrat"]


def test_das_unternehmen_is_the_unlisted_company_named_before() -> None:
    text = (
        "Die spanische Regierung will das Werk von Orbana Motors in Vigo mit Krediten unterstützen. Im Gegenzug "
        "verpflichtet sich das Unternehmen, 500 Stellen zu schaffen."
    )
    assert rows_by_trigger(text)["verpflichtet"][2] == ["Orbana Motors"]


def test_das_unternehmen_is_no_party_named_before() -> None:
    doc = analyzed("Die Partei Volt hat in Köln ein Büro eröffnet. Das Unternehmen lehnte Gespräche ab.")
    volt = next(e for e in doc.entities if e.name == "Volt")
    assert all(doc.text[s:e] != "Unternehmen" for s, e in volt.mentions)


def test_town_adjective_before_an_institution_noun_is_no_person() -> None:
    doc = analyzed(
        "Die Förderung muss noch von der EU-Kommission genehmigt werden. Ein Sprecher der Brüsseler Behörde "
        "sagte am Freitag, man werde den Antrag prüfen."
    )
    assert not any(e.label == "PER" for e in doc.entities)
    assert _speaker(doc, "man werde") == "EU-Kommission"


def test_federal_government_with_a_foreign_seat_is_that_country_s() -> None:
    doc = analyzed("Die Bundesregierung in Wien kündigte an, mit Ungarn über den Grenzverkehr zu verhandeln.")
    government = next(e for e in doc.entities if e.name == "Bundesregierung")
    assert government.country == "AUT"


def test_federal_government_in_berlin_stays_germany_s() -> None:
    doc = analyzed("Die Bundesregierung in Berlin kündigte an, mit Ungarn über den Grenzverkehr zu verhandeln.")
    government = next(e for e in doc.entities if e.name == "Bundesregierung")
    assert government.country == "DEU"


def test_organisation_of_an_unnamed_spokesperson_is_the_source() -> None:
    text = "Ein Sprecher des Verteidigungsministeriums in Paris kritisierte die Entscheidung des Parlaments."
    row = rows_by_trigger(text)["kritisierte"]
    assert row[2] == ["Verteidigungsministerium"] and "Verteidigungsministerium" not in row[3]


def test_staff_after_a_fronted_participle_is_the_inverted_subject() -> None:
    row = rows_by_trigger("Aufgerufen hatten Mitglieder der Gewerkschaft Unia zu dem Streik in Basel.")["Aufgerufen"]
    assert row[2] == ["Unia"] and row[3] == []


def test_students_of_a_university_act_for_it() -> None:
    text = "Studierende der Universität Zagreb protestierten am Montag gegen die Regierung."
    assert rows_by_trigger(text)["protestierten"][2] == ["Universität Zagreb"]


def test_hiess_es_in_einer_mitteilung_with_its_day_is_the_organisation_before() -> None:
    doc = analyzed(
        "Die Beobachtermission der Afrikanischen Union rief beide Parteien zur Ruhe auf. Man habe keine Belege "
        "für Manipulationen gefunden, hieß es in einer Mitteilung vom Montag."
    )
    assert _speaker(doc, "Man habe keine Belege") == "Afrikanische Union"


def test_konjunktiv_speech_act_after_a_statement_continues_it() -> None:
    doc = analyzed(
        "Die Lage an der Grenze sei angespannt, sagte Kenias Innenminister Paul Otieno am Montag in Nairobi. "
        "Seine Regierung habe die Afrikanische Union um Vermittlung gebeten."
    )
    q = next(q for q in doc.quotes if q.text.startswith("Seine Regierung"))
    assert q.kind == "indirect" and _speaker(doc, "Seine Regierung") == "Paul Otieno"


def test_one_word_fragment_after_als_is_a_partial_quote() -> None:
    doc = analyzed("Die russische Regierung wies die Kritik aus Kiew als „Hetze“ zurück.")
    q = next(q for q in doc.quotes if q.text == "Hetze")
    assert q.kind == "partial" and _speaker(doc, "Hetze") == "russische Regierung"


def test_one_word_fragment_after_an_indefinite_article_is_a_partial_quote() -> None:
    doc = analyzed("Die Gewerkschaft Verdi nannte das Gesetz einen „Skandal“.")
    assert any(q.kind == "partial" and q.text == "Skandal" for q in doc.quotes)


def test_konjunktiv_clause_after_a_colon_is_the_subject_s_speech() -> None:
    doc = analyzed(
        "Die Gewerkschaft Verdi lehnte das Angebot sofort ab: Mit einem Vorstand, der die Beschäftigten belüge, "
        "werde man nicht verhandeln."
    )
    q = next(q for q in doc.quotes if q.text.startswith("Mit einem Vorstand"))
    assert q.kind == "indirect" and _speaker(doc, "Mit einem Vorstand") == "Verdi"


def test_indicative_list_after_a_colon_is_no_speech() -> None:
    doc = analyzed("Die Polizei fand am Tatort drei Dinge: ein Messer, eine Jacke und ein Handy.")
    assert doc.quotes == []


def test_die_klaeger_are_the_subjects_of_the_earlier_suit() -> None:
    text = (
        "Das Landesverfassungsgericht hat das neue Versammlungsgesetz von Sachsen gekippt. Geklagt hatten der "
        "Deutsche Gewerkschaftsbund und mehrere Abgeordnete der Linken. Die Kläger begrüßten die Entscheidung."
    )
    assert rows_by_trigger(text)["begrüßten"][2] == ["Deutscher Gewerkschaftsbund", "Die Linke"]


def test_die_klaegerin_is_not_the_court_that_dismissed_the_suit() -> None:
    text = (
        "Der Verein Foodwatch hatte gegen den Konzern Nestlé geklagt. Das Landgericht Köln wies die Klage ab. "
        "Die Klägerin kritisierte das Urteil."
    )
    assert rows_by_trigger(text)["kritisierte"][2] == ["Foodwatch"]
