"""Leftovers of blind audits 25 and 26 (session 17): general constructions of German news language, each tested with
invented sentences."""

from __future__ import annotations

from tests.event_docs import rows_by_trigger
from tests.quote_docs import analyzed, speaker_name


def test_konjunktiv_in_te_read_as_an_adjective_opens_the_reported_clause() -> None:
    # "erklärte, die Regierung verbreite Lügen": the tagger reads the Konjunktiv I of a verb whose stem ends in -t as
    # an attributive adjective before the plural noun; it is still what was said
    text = (
        "Streit um Wahl in Sambia\n"
        "LUSAKA (AFP) – Die Opposition in Sambia hat der Regierung Betrug vorgeworfen. Parteichef Moses Banda "
        "erklärte am Dienstag, die Regierung verbreite Gerüchte."
    )
    doc = analyzed(text, published="2026-11-10")
    hits = [q for q in doc.quotes if q.text.startswith("die Regierung verbreite")]
    assert len(hits) == 1, doc.quotes
    assert hits[0].kind == "indirect"
    assert speaker_name(doc, hits[0]) == "Moses Banda"


def test_konjunktiv_read_as_an_adjective_before_an_inverted_frame() -> None:
    # "Die Regierung verbreite Lügen, erklärte X": the content before the comma is X's words, not the government's
    text = (
        "Streit um Wahl in Sambia\n"
        "LUSAKA (AFP) – Die Opposition in Sambia hat der Regierung Betrug vorgeworfen. Der Minister bereite "
        "Fälschungen vor, erklärte Parteichef Moses Banda am Dienstag."
    )
    doc = analyzed(text, published="2026-11-10")
    hits = [q for q in doc.quotes if q.text.startswith("Der Minister bereite")]
    assert len(hits) == 1, doc.quotes
    assert hits[0].kind == "indirect"
    assert speaker_name(doc, hits[0]) == "Moses Banda"


def test_act_a_permission_allows_is_no_event() -> None:
    # "ermächtigte die Armee, Plünderer festzunehmen": whoever grants it, a permission tells no arrest
    text = (
        "Unruhen in Marseille\n"
        "MARSEILLE (AFP) – In Marseille ist es in der Nacht erneut zu Krawallen gekommen. Die Regierung ermächtigte "
        "die Gendarmerie am Sonntag, Plünderer ohne Haftbefehl festzunehmen. Ein Erlass des Präfekten ermächtigt "
        "die Polizei außerdem, Ausgangssperren zu verhängen."
    )
    rows = rows_by_trigger(text, published="2026-11-10")
    assert "festzunehmen" not in rows, rows
    assert "verhängen" not in rows, rows


def test_country_adjective_before_staat_is_the_country() -> None:
    # "wirft dem tschechischen Staat vor": "Staat" after a country adjective stands for the country the text names
    text = (
        "Streit um Autobahn in Polen\n"
        "WARSCHAU (dpa) – Ein Baukonzern aus Polen hat Klage eingereicht. Die Firma Budomex wirft dem polnischen "
        "Staat vor, Aufträge ohne Ausschreibung vergeben zu haben."
    )
    rows = rows_by_trigger(text, published="2026-11-10")
    assert rows["wirft"][3] == ["Polen"], rows["wirft"]


def test_unnamed_court_of_the_lead_is_the_court_the_next_sentence_names() -> None:
    # "Ein ungarisches Gericht hat … untersagt. Das Landgericht in X gab …": the lead's court is the one named next
    text = (
        "Gericht stoppt Verkauf von Flughafen in Ungarn\n"
        "BUDAPEST (dpa) – Ein ungarisches Gericht hat den Verkauf des Flughafens Debrecen an einen Investor aus "
        "Katar vorläufig untersagt. Das Komitatsgericht Hajdú-Bihar gab am Montag einer Klage der Stadt statt."
    )
    rows = rows_by_trigger(text, published="2026-11-10")
    assert rows["untersagt"][1] == "COERCE"
    assert rows["untersagt"][2] == ["Komitatsgericht Hajdú-Bihar"], rows["untersagt"]


def test_largest_party_of_the_lead_is_the_party_the_next_sentence_names() -> None:
    # "hat die größte Oppositionspartei des Landes zum Boykott aufgerufen. Die UFDG werde …": a superlative
    # description of a party is the party the next sentence opens with
    text = (
        "Guinea: Opposition ruft zum Boykott auf\n"
        "CONAKRY (AFP) – Nach dem Verbot ihrer Kundgebungen hat die wichtigste Oppositionspartei Guineas zum Boykott "
        "der Parlamentswahl aufgerufen. Die UFDG werde keine Kandidaten aufstellen, erklärte Parteisprecher Mamadou "
        "Baldé am Freitag in Conakry."
    )
    rows = rows_by_trigger(text, published="2026-11-10")
    assert rows["aufgerufen"][1] == "REQUEST"
    assert rows["aufgerufen"][2] == ["UFDG"], rows["aufgerufen"]


def test_unnamed_lead_noun_stays_unresolved_when_the_next_sentence_names_another_kind() -> None:
    # "Ein Gericht hat … Die Staatsanwaltschaft X …": a prosecutor is no court; the lead's source stays open
    text = (
        "Gericht verurteilt Bürgermeister\n"
        "WIEN (dpa) – Ein österreichisches Gericht hat den Bürgermeister von Linz wegen Untreue verurteilt. Die "
        "Wirtschafts- und Korruptionsstaatsanwaltschaft WKStA hatte drei Jahre Haft gefordert."
    )
    rows = rows_by_trigger(text, published="2026-11-10")
    assert rows["verurteilt"][2] == [], rows["verurteilt"]


def test_sie_after_a_union_the_parser_read_as_object_is_the_union() -> None:
    # "Zu dem Ausstand hatte die Gewerkschaft X aufgerufen. Sie verlangt …": the nominative noun after the finite
    # verb is the subject the parser missed, and "sie" continues it
    text = (
        "Piloten streiken in Frankreich\n"
        "PARIS (AFP) – Ein Streik der Piloten hat am Donnerstag den Flugverkehr in Frankreich weitgehend lahmgelegt. "
        "Zu dem Ausstand hatte die Gewerkschaft SNPL aufgerufen. Sie verlangt höhere Löhne und mehr Personal."
    )
    rows = rows_by_trigger(text, published="2026-11-10")
    assert rows["verlangt"][2] == ["SNPL"], rows["verlangt"]


def test_place_after_a_night_to_a_weekday_is_the_scene() -> None:
    # "zündeten in der Nacht zum Freitag in Harburg … an": "zum Freitag" is a time phrase, not a topic, so the
    # town after it is where it happened
    text = (
        "Brandanschläge in Bremen\n"
        "BREMEN (dpa) – In Bremen sind erneut Autos in Flammen aufgegangen. Unbekannte zündeten in der Nacht zum "
        "Sonntag in Vegesack fünf Autos an."
    )
    rows = rows_by_trigger(text, published="2026-11-10")
    assert rows["zündeten"][4] == "Vegesack", rows["zündeten"]
