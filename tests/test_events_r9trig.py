"""Trigger typing, ninth session (invented sentences, 2026-12-05): a pledge of help or support is AID or SUPPORT,
the content of a demand or proposal noun is no event, coups, seizing towns, holding a head of state, withdrawing
armies, arson, the model's "ss" lemmas of ß verbs, material put at someone's disposal, arrests into custody,
missile tests."""

from __future__ import annotations

from tests.event_docs import EventRow, event_rows
from tests.event_docs import rows_by_trigger as by_trigger


def events(text: str, published: str = "2026-05-04") -> list[EventRow]:
    return event_rows(text, published=published)


def types(text: str) -> list[str]:
    return [e[1] for e in events(text)]


def test_pledged_help_is_aid():
    assert by_trigger("Österreich sagte Slowenien nach den Überschwemmungen rasche Hilfe zu.")["sagte"][1] == "AID"
    assert by_trigger("Der Bürgermeister versprach den Opfern unbürokratische Hilfe.")["versprach"][1] == "AID"


def test_assured_support_is_support():
    row = by_trigger("Polen sicherte Estland seine uneingeschränkte Unterstützung zu.")
    assert row["sicherte"][1] == "SUPPORT"


def test_pledged_money_stays_a_pledge():
    row = by_trigger("Japan sagte Indonesien Unterstützung in Höhe von drei Milliarden Dollar zu.")
    assert row["sagte"][1] == "AGREE"


def test_rejected_demand_content_is_no_event():
    assert types("Die Miliz lehnte die Forderung der Vermittler ab, die Geiseln freizulassen.") == ["REJECT"]
    assert types("Die Junta wies den Vorschlag zurück, die Ausgangssperre aufzuheben.") == ["REJECT"]


def test_demanded_step_after_a_verb_of_demanding_is_its_content():
    # (eleventh session: the act asked for in the zu-infinitive is the demand's content, one REQUEST; it was planned)
    assert types("Die Vermittler forderten die Miliz auf, die Geiseln freizulassen.") == ["REQUEST"]


def test_deposing_a_government_is_coerce():
    row = by_trigger("Die Offiziere erklärten im Radio die Absetzung des Präsidenten.")
    assert row["Absetzung"][1] == "COERCE"
    assert events("Der Intendant verkündete die Absetzung der Talkshow.") == []


def test_overthrowing_and_coups_are_coerce():
    assert by_trigger("Meuternde Soldaten stürzten am Sonntag den Staatschef.")["stürzten"][1] == "COERCE"
    assert by_trigger("In Gabun hat das Militär geputscht.")["geputscht"][1] == "COERCE"
    assert events("Die Ministerin stürzte beim Skifahren.") == []


def test_seizing_a_town_is_coerce():
    assert by_trigger("Die Aufständischen eroberten die Provinzhauptstadt.")["eroberten"][1] == "COERCE"
    assert by_trigger("Die Miliz nahm den Flughafen der Stadt ein.")["nahm"][1] == "COERCE"
    assert events("Die Gemeinde nahm im Vorjahr Millionen an Gebühren ein.") == []
    assert events("Der Verein eroberte die Tabellenspitze.") == []


def test_head_of_state_held_at_a_place_is_coerce():
    row = by_trigger("Der Präsident werde an einem geheimen Ort festgehalten, sagte ein Offizier.")
    assert row["festgehalten"][1] == "COERCE"
    assert events("Die Präsidentin hielt an ihrem Sparkurs fest.") == []


def test_an_army_withdrawing_is_retreat():
    assert by_trigger("Die Armee zog sich aus der umkämpften Region zurück.")["zog"][1] == "RETREAT"
    assert events("Die Sängerin zog sich aus der Öffentlichkeit zurück.") == []


def test_arson_is_assault():
    row = by_trigger("Vermummte steckten in der Nacht ein Parteibüro in Brand.")
    assert row["steckten"][1] == "ASSAULT"


def test_shooting_verbs_lemmatised_with_ss_are_found():
    assert by_trigger("Die Artillerie beschoss Dörfer im Grenzgebiet.")["beschoss"][1] == "ASSAULT"
    assert by_trigger("Ein Scharfschütze erschoss einen Wachmann.")["erschoss"][1] == "ASSAULT"


def test_weapons_put_at_disposal_are_aid():
    row = by_trigger("Norwegen stellte Litauen zwei Luftabwehrsysteme zur Verfügung.")
    assert row["stellte"][1] == "AID"
    assert events("Der Staatssekretär stellte sein Amt zur Verfügung.") == []


def test_bringing_relief_goods_is_aid():
    row = by_trigger("Der Konvoi brachte Hilfsgüter in die eingeschlossene Stadt.")
    assert row["brachte"][1] == "AID"


def test_taking_into_custody_is_coerce():
    assert by_trigger("Die Ermittler nahmen den Tatverdächtigen in Untersuchungshaft.")["nahmen"][1] == "COERCE"


def test_missile_test_is_mobilize():
    assert by_trigger("Pjöngjang testete erneut eine Interkontinentalrakete.")["testete"][1] == "MOBILIZE"
    assert events("Die Behörde testete neue Software.") == []


def test_attack_warned_of_is_hypothetical():
    row = by_trigger("Die Kanzlerin warnte Serbien vor einem Einmarsch in das Kosovo.")
    assert row["Einmarsch"][5] == "hypothetical"
    assert by_trigger("Nach dem Anschlag warnte die Polizei die Anwohner.")["Anschlag"][5] == "asserted"


def test_cutting_aid_is_sanction():
    assert by_trigger("Schweden kürzte die Entwicklungshilfe für Niger.")["kürzte"][1] == "SANCTION"
    assert by_trigger("Die USA strichen die Militärhilfe für das Land.")["strichen"][1] == "SANCTION"
    assert events("Der Landkreis kürzte die Zuschüsse für Sportvereine.") == []


def test_laying_down_arms_and_ceasing_fighting_are_retreat():
    assert by_trigger("Die Kämpfer der Miliz legten am Freitag ihre Waffen nieder.")["legten"][1] == "RETREAT"
    assert by_trigger("Beide Seiten stellten die Kampfhandlungen um Mitternacht ein.")["stellten"][1] == "RETREAT"
    assert events("Das Werk stellte die Produktion ein.") == []


def test_massing_troops_is_mobilize():
    assert by_trigger("Aserbaidschan zog Truppen an der Grenze zu Armenien zusammen.")["zog"][1] == "MOBILIZE"


def test_genitive_after_pledged_support_gives_it():
    row = by_trigger("Außenministerin Annalena Baerbock sicherte Chile die Unterstützung Deutschlands zu.")
    assert row["sicherte"][1] == "SUPPORT" and row["sicherte"][3] == ["Chile"]


def test_flying_out_citizens_is_aid():
    assert by_trigger("Die Luftwaffe flog 120 Staatsbürger aus dem Libanon aus.")["flog"][1] == "AID"
    assert "flogen" not in by_trigger("Die Behörden flogen sechs Gefangene nach Oman aus.")
    assert events("Die Maschine flog am Abend aus.") == []


def test_granting_a_loan_is_aid():
    assert by_trigger("Der Währungsfonds gewährte Ghana ein Darlehen.")["gewährte"][1] == "AID"
