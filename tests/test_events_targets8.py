"""Event targets, eighth session (2026-12-05): the author of a judged proposal named in a Saxon genitive
("lehnte Putins Vorschlag ab"), a postnominal genitive ("den Vorschlag Russlands") or a possessive ("wies ihre
Forderung zurück") is the target; "Rutos erster Besuch" names the visitor past an adjective; a name in the
genitive of a setting PP ("bei einer Sondersitzung der X") is no target. Own invented sentences; the whole
pipeline."""

from __future__ import annotations

from tests.quote_docs import analyzed, event_of, names


def test_saxon_genitive_author_of_rejected_proposal_is_target():
    text = (
        "Der französische Präsident Emmanuel Macron hatte eine europäische Armee vorgeschlagen. "
        "Der Kanzler Olaf Scholz lehnte Macrons Vorschlag ab."
    )
    doc = analyzed(text)
    ev = event_of(doc, "lehnte")
    assert names(doc, ev.source) == ["Olaf Scholz"]
    assert names(doc, ev.target) == ["Emmanuel Macron"]


def test_possessive_author_of_rejected_demand_is_target():
    text = (
        "Die Gewerkschaft Verdi hatte eine Lohnerhöhung von zehn Prozent verlangt. "
        "Die Lufthansa wies ihre Forderung am Mittwoch zurück."
    )
    doc = analyzed(text)
    ev = event_of(doc, "wies")
    assert names(doc, ev.source) == ["Lufthansa"]
    assert names(doc, ev.target) == ["Verdi"]


def test_possessive_of_defended_policy_is_no_target():
    doc = analyzed("Bundeskanzler Friedrich Merz verteidigte seine Politik am Mittwoch im Bundestag.")
    assert event_of(doc, "verteidigte").target == []


def test_saxon_genitive_past_adjective_names_the_visitor():
    text = (
        "Der kenianische Präsident William Ruto kam am Dienstag nach Berlin. "
        "Es ist Rutos erster Besuch in Deutschland seit 2019."
    )
    doc = analyzed(text)
    ev = event_of(doc, "Besuch")
    assert names(doc, ev.source) == ["William Ruto"]
    assert ev.target == []


def test_genitive_of_meeting_in_bei_phrase_is_no_target():
    text = (
        "Bayern und Sachsen lehnten den Gesetzentwurf der Bundesregierung am Mittwoch bei einer Sondersitzung "
        "der Gesundheitsministerkonferenz in Berlin ab."
    )
    doc = analyzed(text)
    assert names(doc, event_of(doc, "lehnten").target) == ["Bundesregierung"]


def test_rebuttal_of_accusations_targets_the_accuser():
    text = (
        "Die SPD warf der Staatsregierung am Montag vor, den Hochwasserschutz vernachlässigt zu haben. "
        "Ministerpräsident Markus Söder wies die Vorwürfe am Dienstag zurück."
    )
    doc = analyzed(text)
    ev = event_of(doc, "wies")
    assert names(doc, ev.source) == ["Markus Söder"]
    assert names(doc, ev.target) == ["SPD"]


def test_rebuttal_of_das_targets_the_accuser():
    text = (
        "Ein Sprecher der Hamas warf Israel vor, neue Bedingungen zu stellen. "
        "Der israelische Ministerpräsident Benjamin Netanjahu wies das zurück."
    )
    doc = analyzed(text)
    assert names(doc, event_of(doc, "wies").target) == ["Hamas"]


def test_rebuttal_without_accusation_before_has_no_target():
    text = (
        "Die Regierung will die Steuern erhöhen. Der Finanzminister Lars Klingbeil wies die Vorwürfe am Montag zurück."
    )
    doc = analyzed(text)
    assert event_of(doc, "wies").target == []


def test_readiness_noun_takes_the_partner_of_its_zu_infinitive():
    text = "Der Kanzler Olaf Scholz bekundete die Bereitschaft, mit China über neue Handelsregeln zu verhandeln."
    doc = analyzed(text)
    assert names(doc, event_of(doc, "Bereitschaft").target) == ["China"]


def test_refusal_noun_takes_the_an_partner_of_its_zu_infinitive():
    text = (
        "Der Konzern begründete den Schritt mit der Weigerung der Regierungschefin Giorgia Meloni, Anteile an "
        "Frankreich zu verkaufen."
    )
    doc = analyzed(text)
    ev = event_of(doc, "Weigerung")
    assert names(doc, ev.source) == ["Giorgia Meloni"]
    assert names(doc, ev.target) == ["Frankreich"]


def test_possessive_arrest_of_someone_else_than_its_agent():
    text = (
        "Der Drogenboss Joaquín Guzmán war im Januar in Mexiko gefasst worden. "
        "Der Polizist Carlos Mendoza soll an seiner Festnahme beteiligt gewesen sein."
    )
    doc = analyzed(text)
    ev = event_of(doc, "Festnahme")
    assert names(doc, ev.source) == ["Carlos Mendoza"]
    assert names(doc, ev.target) == ["Joaquín Guzmán"]


def test_refusal_of_the_demands_targets_who_made_them():
    text = (
        "Die Gewerkschaft Verdi fordert acht Prozent mehr Lohn für die Beschäftigten. Die Gespräche laufen seit "
        "Wochen. Am Montag streikten erneut Tausende. Innenministerin Nancy Faeser lehnte die Forderungen ab."
    )
    doc = analyzed(text)
    assert names(doc, event_of(doc, "lehnte").target) == ["Verdi"]


def test_generic_demands_are_no_reference_back():
    text = (
        "Die Gewerkschaft Verdi fordert acht Prozent mehr Lohn. Forderungen nach einem Streikverbot wies "
        "Innenministerin Nancy Faeser zurück."
    )
    doc = analyzed(text)
    assert event_of(doc, "wies").target == []


def test_dative_of_a_passive_accusation_is_its_target():
    doc = analyzed("Dem Oppositionsführer Ekrem İmamoğlu wird Korruption vorgeworfen.")
    ev = event_of(doc, "vorgeworfen")
    assert ev.source == []
    assert names(doc, ev.target) == ["Ekrem İmamoğlu"]


def test_plural_den_of_a_passive_accusation_is_its_target():
    doc = analyzed("Den deutschen Staatsangehörigen Michael H. und Ralf B. wird Spionage vorgeworfen.")
    ev = event_of(doc, "vorgeworfen")
    assert ev.source == []
    assert names(doc, ev.target) == ["Michael H.", "Ralf B."]


def test_unnamed_ambassador_of_a_country_stands_for_the_country():
    doc = analyzed("Die Regierung in Prag wies am Montag den Botschafter Russlands aus.")
    assert names(doc, event_of(doc, "wies").target) == ["Russland"]


def test_named_title_holder_keeps_the_person():
    doc = analyzed("Der Außenminister Russlands, Sergej Lawrow, kritisierte die Nato scharf.")
    assert names(doc, event_of(doc, "kritisierte").source) == ["Sergej Lawrow"]


def test_condemned_visit_von_x_targets_the_visitor():
    doc = analyzed("China verurteilte am Mittwoch den Besuch von Nancy Pelosi in Taiwan.")
    ev = event_of(doc, "verurteilte")
    assert names(doc, ev.source) == ["China"]
    assert names(doc, ev.target) == ["Nancy Pelosi"]


def test_condemned_arrest_von_x_does_not_target_the_arrested():
    doc = analyzed("Die Bundesregierung verurteilte die Festnahme von Alexej Nawalny.")
    assert event_of(doc, "verurteilte").target == []


def test_pledged_aid_in_a_country_goes_to_it():
    doc = analyzed("Die Bundesregierung sagte am Mittwoch weitere 20 Millionen Euro für humanitäre Hilfe im Jemen zu.")
    ev = event_of(doc, "sagte")
    assert names(doc, ev.source) == ["Bundesregierung"]
    assert names(doc, ev.target) == ["Jemen"]


def test_agreement_signed_in_a_country_has_no_recipient():
    doc = analyzed("Die Bundesregierung vereinbarte in Frankreich ein neues Abkommen.")
    assert event_of(doc, "vereinbarte").target == []


def test_both_sides_are_the_parties_of_the_last_clash():
    text = (
        "Die Hamas feuerte am Montag Raketen auf Israel ab. Die Lage bleibt angespannt. "
        "UN-Generalsekretär António Guterres rief beide Seiten zur Zurückhaltung auf."
    )
    doc = analyzed(text)
    ev = event_of(doc, "rief")
    assert names(doc, ev.source) == ["António Guterres"]
    assert sorted(names(doc, ev.target)) == ["Hamas", "Israel"]


def test_both_sides_without_a_clash_before_stay_open():
    text = "UN-Generalsekretär António Guterres rief am Montag beide Seiten zur Zurückhaltung auf."
    doc = analyzed(text)
    assert event_of(doc, "rief").target == []
