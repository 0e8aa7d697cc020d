"""Trigger typing, ninth session, fourth round (invented sentences, 2026-12-05): separable verbs (hochhalten,
ausrufen, einberufen, sich einschalten), unknown triggers (ermahnen, zu unerwünschten Personen erklären, Solidarität
bekunden, Vermögenswerte einfrieren, das Feuer erwidern, sich als Vermittler anbieten, weiterreisen in …, stürmen,
den Krieg erklären, des Landes verweisen), event nouns after "berichteten von", requested extraditions and
"Unterstützung leisten" (decisions in docs/annotation-events.md)."""

from __future__ import annotations

import chronik
from tests.event_docs import EventRow, event_rows
from tests.event_docs import rows_by_trigger as by_trigger


def events(text: str, published: str = "2026-05-04") -> list[EventRow]:
    return event_rows(text, published=published)


def types(text: str) -> list[str]:
    return [e[1] for e in events(text)]


def test_holding_up_signs_is_protest():
    assert by_trigger("In Graz hielten Hunderte Schüler Plakate gegen die Reform hoch.")["hielten"][1] == "PROTEST"
    assert by_trigger("Vor dem Rathaus haben Anwohner Transparente hochgehalten.")["hochgehalten"][1] == "PROTEST"
    assert by_trigger("Die Aktivisten wollen am Sonntag Schilder hochhalten.")["hochhalten"][5] == "planned"
    # holding up a trophy is no protest
    assert events("Der Kapitän hielt den Pokal hoch.") == []


def test_declaring_a_disaster_is_coded_like_a_state_of_emergency():
    assert by_trigger("Die Landesregierung rief am Montag den Katastrophenfall aus.")["Katastrophenfall"][1] == "COERCE"
    assert by_trigger("Für den Landkreis wurde der Katastrophenfall ausgerufen.")["Katastrophenfall"][1] == "COERCE"
    # a plan for the case of a disaster declares nothing
    assert events("Die Feuerwehr übt regelmäßig für den Katastrophenfall.") == []


def test_convening_a_security_council_or_cabinet_is_consult():
    assert by_trigger("Präsidentin Mendes berief den Nationalen Sicherheitsrat ein.")["berief"][1] == "CONSULT"
    assert by_trigger("Der Krisenstab wurde am Abend einberufen.")["einberufen"][1] == "CONSULT"
    # convening soldiers is no meeting
    assert "CONSULT" not in types("Die Armee berief tausende Reservisten ein.")


def test_admonishing_is_request_with_what_is_asked_else_accuse():
    row = by_trigger("Die EU-Kommission hatte Polen ermahnt, die Urteile umzusetzen.")["ermahnt"]
    assert row[1] == "REQUEST" and row[3] == ["Polen"]
    assert by_trigger("Der Papst ermahnte beide Seiten zur Mäßigung.")["ermahnte"][1] == "REQUEST"
    assert by_trigger("Ungarn wurde von der EU-Kommission ermahnt.")["ermahnt"][1] == "ACCUSE"


def test_persona_non_grata_is_sanction_expel():
    row = by_trigger("Lettland erklärte zwei russische Diplomaten zu unerwünschten Personen.")["erklärte"]
    assert row[1] == "SANCTION" and row[2] == ["Lettland"]
    assert by_trigger("Drei Diplomaten wurden zu unerwünschten Personen erklärt.")["erklärt"][1] == "SANCTION"


def test_expelling_a_diplomat_from_the_country_is_sanction_else_coerce():
    assert by_trigger("Litauen verwies den russischen Botschafter des Landes.")["verwies"][1] == "SANCTION"
    assert by_trigger("Der Diplomat wurde des Landes verwiesen.")["verwiesen"][1] == "SANCTION"
    assert by_trigger("Die Regierung verwies den Reporter des Landes.")["verwies"][1] == "COERCE"


def test_declaring_solidarity_is_support():
    row = by_trigger("Tausende Menschen in Riga bekundeten ihre Solidarität mit der Ukraine.")["bekundeten"]
    assert row[1] == "SUPPORT" and row[3] == ["Ukraine"]
    assert by_trigger("Spanien hat Marokko sein Beileid bekundet.")["bekundet"][1] == "SUPPORT"
    # declaring an interest is no support
    assert events("Mehrere Investoren bekundeten Interesse an dem Werk.") == []


def test_freezing_assets_is_sanction():
    assert by_trigger("Frankreich fror die Vermögenswerte zweier Oligarchen ein.")["fror"][1] == "SANCTION"
    assert by_trigger("Die Vermögenswerte des Ministers wurden eingefroren.")["eingefroren"][1] == "SANCTION"
    assert by_trigger("Die Schweiz hat Guthaben der Familie eingefroren.")["eingefroren"][1] == "SANCTION"


def test_returning_fire_is_assault():
    assert by_trigger("Die Grenzsoldaten von Kambodscha erwiderten das Feuer.")["erwiderten"][1] == "ASSAULT"
    assert by_trigger("Die Soldaten hätten das Feuer erwidert.")["erwidert"][1] == "ASSAULT"
    assert events("Die Ministerin erwiderte den Gruß.") == []


def test_offering_to_mediate_is_consult():
    row = by_trigger("Malaysia und Indonesien boten sich als Vermittler an.")["boten"]
    assert row[1] == "CONSULT" and row[2] == ["Malaysia", "Indonesien"]
    assert by_trigger("Katar hat sich als Vermittler angeboten.")["angeboten"][1] == "CONSULT"
    assert by_trigger("Die Nachbarländer boten ihre Vermittlung an.")["boten"][1] == "CONSULT"
    assert by_trigger("Die Türkei schaltete sich in den Konflikt ein.")["schaltete"][1] == "CONSULT"
    assert events("Die Staatsanwaltschaft hat sich eingeschaltet.") == []


def test_travelling_on_into_a_camp_is_a_visit():
    row = by_trigger("Die Ministerin reiste anschließend in das Lager Kutupalong weiter.")["reiste"]
    assert row[1] == "CONSULT"
    assert by_trigger("Der Außenminister reiste danach nach Amman weiter.")["reiste"][1] == "CONSULT"


def test_event_nouns_after_berichteten_von_are_reported_assaults():
    doc = chronik.analyze(
        "Geflüchtete berichteten von Vergewaltigungen und Tötungen durch Kämpfer der Miliz.", published="2026-03-01"
    )
    assert [e.type for e in doc.events] == ["ASSAULT", "ASSAULT"]
    assert all(e.reported for e in doc.events)
    # a negligent killing in a charge is no assault
    assert "ASSAULT" not in types("Der Fahrer wurde wegen fahrlässiger Tötung verurteilt.")


def test_a_requested_extradition_is_request_not_coerce():
    row = by_trigger("Die Türkei hatte seine Auslieferung beantragt.")["beantragt"]
    assert row[1] == "REQUEST" and row[5] == "asserted"
    assert types("Kroatien beantragte die Überstellung des Ministers.") == ["REQUEST"]
    # an extradition that happened is no request
    assert "REQUEST" not in types("Spanien lieferte den Mann an Kroatien aus.")


def test_giving_support_is_aid():
    assert by_trigger("Die EU leistete Portugal Unterstützung bei der Brandbekämpfung.")["leistete"][1] == "AID"
    assert by_trigger("Deutschland will den Flüchtlingen humanitäre Hilfe leisten.")["leisten"][1] == "AID"
    # moral support without "leisten" stays SUPPORT
    assert by_trigger("Die Partei sicherte dem Kandidaten ihre Unterstützung zu.")["sicherte"][1] == "SUPPORT"


def test_declaring_war_is_threaten():
    row = by_trigger("Russland erklärte der Ukraine den Krieg.")["erklärte"]
    assert row[1] == "THREATEN" and row[2] == ["Russland"]
    # declaring a war over is no declaration of war; it is a de-escalation, RETREAT (twenty-second session)
    assert "THREATEN" not in types("Die Regierung erklärte den Krieg für beendet.")
    assert types("Die Regierung erklärte den Krieg für beendet.") == ["RETREAT"]


def test_storming_by_police_soldiers_or_protesters():
    assert by_trigger("Polizisten stürmten eine Wohnung in Bremen.")["stürmten"][1] == "COERCE"
    assert by_trigger("Soldaten haben das Dorf gestürmt.")["gestürmt"][1] == "ASSAULT"
    assert by_trigger("Hunderte Demonstranten stürmten das Parlament.")["stürmten"][1] == "PROTEST"
    assert events("Die Fans stürmten nach dem Spiel das Feld.") == []


def test_suspending_participation_in_a_treaty_is_sanction():
    row = by_trigger("Russland setzte die Teilnahme am Abrüstungsvertrag aus.")["setzte"]
    assert row[1] == "SANCTION" and row[2] == ["Russland"]


def test_opening_proceedings_is_accuse_investigate():
    assert by_trigger("Die Ermittler leiteten ein Verfahren gegen den Bürgermeister ein.")["leiteten"][1] == "ACCUSE"
    found = by_trigger("Das Parlament hat ein Amtsenthebungsverfahren gegen den Präsidenten eingeleitet.")
    assert found["eingeleitet"][1] == "ACCUSE"
    # an asylum procedure is no accusation
    assert events("Die Behörde leitete das Asylverfahren ein.") == []


def test_summoning_an_ambassador_is_accuse_like_einbestellen():
    assert by_trigger("Die Regierung lud den Botschafter vor.")["lud"][1] == "ACCUSE"
    assert by_trigger("Der Geschäftsträger wurde ins Außenministerium vorgeladen.")["vorgeladen"][1] == "ACCUSE"
    assert events("Das Gericht lud drei Zeugen vor.") == []


def test_expelling_embassy_staff_is_sanction_expel():
    row = by_trigger("Estland hat drei Mitarbeiter der russischen Botschaft ausgewiesen.")["ausgewiesen"]
    assert row[1] == "SANCTION" and row[2] == ["Estland"]
    assert by_trigger("Die Regierung wies drei Asylbewerber aus.")["wies"][1] == "COERCE"


def test_opening_an_investigation_keeps_the_noun_trigger():
    found = by_trigger("Die Staatsanwaltschaft hat ein Ermittlungsverfahren eingeleitet.")
    assert found["Ermittlungsverfahren"][1] == "ACCUSE" and "eingeleitet" not in found
    found = by_trigger("Die Kommission leitete ein Vertragsverletzungsverfahren gegen Italien ein.")
    assert found["Vertragsverletzungsverfahren"][1] == "ACCUSE" and "leitete" not in found


def test_building_barricades_is_protest_obstruct():
    assert by_trigger("Die Demonstranten errichteten Barrikaden vor dem Parlament.")["errichteten"][1] == "PROTEST"
    assert by_trigger("In Nairobi wurden Barrikaden errichtet.")["errichtet"][1] == "PROTEST"
    assert "PROTEST" not in types("Die Polizei errichtete Barrikaden vor dem Stadion.")


def test_police_storming_a_protest_camp_is_coerce():
    found = by_trigger("Polizisten stürmten das Protestlager der Demonstranten.")
    assert found["stürmten"][1] == "COERCE"
