"""Event places, modality and triggers, seventh session (invented sentences, 2026-12-05)."""

from __future__ import annotations

import chronik
from tests.event_docs import EventRow, event_rows, rows_by_trigger


def events(text: str, published: str = "2025-03-12") -> list[EventRow]:
    return event_rows(text, published=published)


def by_trigger(text: str) -> dict[str, EventRow]:
    return rows_by_trigger(text, published="2025-03-12")


# --- places: statements and scenes ---------------------------------------------------------------------


def test_a_statement_a_paragraph_after_an_attack_is_not_placed_at_its_scene():
    text = (
        "Unbekannte haben am Montag in Hannover einen Polizisten angegriffen. Der Beamte wurde schwer verletzt.\n\n"
        "Die Gewerkschaft der Polizei forderte einen besseren Schutz für Beamte."
    )
    found = by_trigger(text)
    assert found["angegriffen"][4] == "Hannover"
    assert found["forderte"][1] == "REQUEST" and found["forderte"][4] is None


def test_a_statement_in_a_paragraph_that_tells_the_scene_keeps_its_place():
    text = (
        "Auf einer Kundgebung in Leipzig haben am Samstag 3000 Menschen demonstriert.\n\n"
        "Auf der Schlusskundgebung am Marktplatz sprachen mehrere Redner. "
        "Die Aktivistin Lena Hartmann forderte ein Ende der Überwachung."
    )
    assert by_trigger(text)["forderte"][4] == "Leipzig"


def test_a_clash_after_a_statement_elsewhere_takes_the_last_scene():
    text = (
        "Tausende Soldaten haben am Montag in Polen mit einem Manöver begonnen.\n\n"
        "Das Außenministerium in Moskau warf der Nato vor, die Lage gezielt anzuheizen.\n\n"
        "Am Dienstag blockierten Aktivisten eine Zufahrtsstraße zum Übungsplatz."
    )
    found = by_trigger(text)
    assert found["warf"][4] == "Moskau"
    assert found["blockierten"][1] == "PROTEST" and found["blockierten"][4] == "Polen"


# --- modality: conditions, open questions, counterfactuals; threats with a condition ----------------------


def test_the_consequence_after_an_embedded_condition_is_hypothetical():
    found = by_trigger("Der Verband erklärte, falls die Regierung nicht einlenke, werde man die Autobahnen blockieren.")
    assert found["blockieren"][5] == "hypothetical"


def test_an_open_question_is_hypothetical():
    # a verb in the open question is no event at all since the fourteenth session (it was hypothetical before; the
    # blind audits 17 count such an output as spurious)
    assert "festgenommen" not in by_trigger("Ob die Polizei weitere Verdächtige festgenommen hat, blieb offen.")
    assert (
        by_trigger("Die Behörde prüft, ob sie Sanktionen gegen die Firma verhängt.")["Sanktionen"][5] == "hypothetical"
    )
    # a noun the question only mentions keeps its modality
    text = "Ob ein Zusammenhang mit dem Anschlag in Paris besteht, ist nicht bekannt."
    assert by_trigger(text)["Anschlag"][5] == "asserted"


def test_an_event_noun_after_im_fall_is_hypothetical():
    text = "Den Managern drohen im Fall einer Festnahme hohe Kautionen."
    assert by_trigger(text)["Festnahme"][5] == "hypothetical"


def test_what_should_have_been_done_is_hypothetical():
    text = "Das Ministerium hätte den Botschafter sofort einbestellen müssen, sagte die Abgeordnete Eva Roth."
    assert by_trigger(text)["einbestellen"][5] == "hypothetical"


def test_a_threat_by_a_condition_and_its_consequence():
    text = (
        "Die Ministerin Karin Lenz drohte, falls Serbien die Grenze schließe, werde man Truppen in den Kosovo verlegen."
    )
    found = by_trigger(text)
    assert found["drohte"][1] == "THREATEN" and found["drohte"][2] == ["Karin Lenz"]
    assert "verlegen" not in found  # what is threatened is not an event of its own
    # the risk of a punishment is no threat
    assert "drohen" not in by_trigger(
        "Den Angeklagten drohen zehn Jahre Haft, falls sie verurteilt werden, sagte der Richter."
    )


def test_a_pluperfect_act_of_the_lead_keeps_the_leads_place():
    text = (
        "Nach dem Anschlag auf einen Markt in Rostock hat die Polizei einen Verdächtigen festgenommen. "
        "Der Mann wurde am Sonntag in einer Wohnung in Schwerin gefasst.\n\n"
        "Der Täter hatte am Samstagabend auf dem Markt mehrere Passanten angegriffen."
    )
    found = by_trigger(text)
    assert found["gefasst"][4] == "Schwerin"
    assert found["angegriffen"][1] == "ASSAULT" and found["angegriffen"][4] == "Rostock"


def test_an_event_noun_after_a_number_in_a_pp_is_not_an_offer():
    text = "Die Arbeitgeber haben in drei Verhandlungsrunden kein Angebot vorgelegt."
    assert by_trigger(text)["Verhandlungsrunden"][5] == "asserted"


# --- re-mentions and participation ---------------------------------------------------------------------


def test_the_act_reacted_to_is_not_a_new_event():
    text = (
        "Estland wies am Montag zwei russische Diplomaten aus. Moskau erklärte, man werde auf die Ausweisung reagieren."
    )
    found = by_trigger(text)
    assert found["wies"][1] == "SANCTION"
    assert "Ausweisung" not in found


def test_not_taking_part_negates_the_event_noun():
    assert by_trigger("Die Rebellen nahmen nicht an den Verhandlungen teil.")["Verhandlungen"][5] == "negated"
    assert by_trigger("Die Rebellen nahmen an den Verhandlungen teil.")["Verhandlungen"][5] == "asserted"


def test_helpers_arriving_are_aid_not_a_visit():
    assert by_trigger("Aus Polen sollen bis Freitag rund 80 Feuerwehrleute eintreffen.")["eintreffen"][1] == "AID"
    assert by_trigger("Am Abend trafen die ersten Hilfsgüter in der Region ein.")["trafen"][1] == "AID"
    assert by_trigger("Die Kanzlerin traf am Abend in Warschau ein.")["traf"][1] == "CONSULT"


def test_travellers_postponing_trips_is_no_cancelled_visit():
    assert by_trigger("Reisende sollten ihre Reisen nach Möglichkeit verschieben, teilte die Bahn mit.") == {}
    assert by_trigger("Die Kanzlerin verschob ihre Reise nach China.")["verschob"][1] == "REJECT"


def test_a_maxim_with_wer_is_no_event_even_when_its_verb_is_tagged_a_participle():
    # the tagger reads "angreift" as a participle; a participle in a free relative needs its auxiliary
    text = "„Wer Polizisten angreift, gehört vor Gericht“, sagte der Innenminister Paul Hahn."
    assert "angreift" not in by_trigger(text)
    assert (
        by_trigger("Wer die Polizisten angegriffen hat, wurde am Montag festgenommen.")["angegriffen"][1] == "ASSAULT"
    )


def test_a_zu_infinitive_with_the_particle_durch_is_the_demands_content():
    # "durchzusetzen" is a zu-infinitive like "abzuziehen": what is asked for in it is not done (eleventh session:
    # not coded at all, it was planned)
    found = by_trigger("Der Minister Jan Roth forderte die Liga auf, Stadionverbote schneller durchzusetzen.")
    assert found["forderte"][1] == "REQUEST"
    assert "Stadionverbote" not in found


def test_an_event_noun_asked_for_in_the_zu_infinitive_is_not_coded():
    text = "Der Minister Jan Roth forderte den Deutschen Fußball-Bund auf, Stadionverbote schneller auszusprechen."
    found = by_trigger(text)
    assert found["forderte"][3] == ["Deutschen Fußball-Bund"] and "Stadionverbote" not in found


def test_a_lawsuit_a_cordon_and_taking_to_the_streets():
    assert by_trigger("Der Verband klagte gegen die Landesregierung.")["klagte"][1] == "ACCUSE"
    assert "klagten" not in by_trigger("Die Anwohner klagten über den Lärm.")
    assert by_trigger("Die Armee riegelte die Stadt ab.")["riegelte"][1] == "COERCE"
    assert by_trigger("Tausende Menschen gingen in Belgrad auf die Straße.")["gingen"][1] == "PROTEST"


def test_a_paragraph_that_looks_elsewhere_with_auch_does_not_move_the_story():
    text = (
        "ROTTERDAM (dpa) – Ein Streik der Hafenarbeiter hat am Dienstag den Hafen lahmgelegt.\n\n"
        "Auch in Deutschland wächst die Sorge. Viele Firmen seien auf den Hafen angewiesen, sagte ein Sprecher.\n\n"
        "Am Abend nahm die Polizei zwölf Streikende fest."
    )
    found = by_trigger(text)
    assert (found["Streik"][4] or "").lower() == "rotterdam"
    assert found["nahm"][1] == "COERCE" and (found["nahm"][4] or "").lower() == "rotterdam"


def test_support_by_helpers_or_money_is_aid():
    assert by_trigger("Die Feuerwehr wurde von 300 Helfern des Roten Kreuzes unterstützt.")["unterstützt"][1] == "AID"
    assert by_trigger("Die Regierung unterstützt die Ukraine mit 500 Millionen Euro.")["unterstützt"][1] == "AID"
    assert by_trigger("Die Grünen unterstützen den Antrag der SPD.")["unterstützen"][1] == "SUPPORT"


def test_a_statement_is_made_at_the_seat_of_its_government():
    found = by_trigger("Die Regierung in Riga bestellte den russischen Botschafter ein.")
    assert found["bestellte"][4] == "Riga"
    found = by_trigger(
        "Die Regierung in Riga wies die Vorwürfe zurück. Die Nato kündigte an, Soldaten nach Lettland zu verlegen."
    )
    assert found["wies"][4] == "Riga" and found["verlegen"][4] != "Riga"


def test_a_vote_for_is_agree_as_a_vote_against_is_reject():
    assert by_trigger("Der Landtag stimmte am Donnerstag für das Gesetz.")["stimmte"][1] == "AGREE"
    assert by_trigger("Die Abgeordneten stimmten gegen den Antrag.")["stimmten"][1] == "REJECT"
    assert by_trigger("Das stimmt für die meisten Fälle.") == {}  # "is true", no vote


def test_an_event_noun_in_a_pp_of_an_announced_zu_infinitive_is_planned():
    text = "Der Verband kündigte an, die Randalierer mit bundesweiten Stadionverboten zu belegen."
    assert by_trigger(text)["Stadionverboten"][5] == "planned"


def test_the_later_day_a_speaker_spoke_on_dates_what_follows():
    text = (
        "Bei Krawallen am Samstagabend wurden zwölf Polizisten verletzt.\n\n"
        "Der Innenminister Paul Hahn zeigte sich empört. „Das ist inakzeptabel“, sagte der SPD-Politiker am Sonntag. "
        "Er forderte den Deutschen Fußball-Bund auf, härter durchzugreifen."
    )
    doc = chronik.analyze(text, published="2026-10-05")
    request = next(e for e in doc.events if e.type == "REQUEST")
    assert request.date == "2026-10-04"


def test_this_years_adjective_does_not_date_the_event_it_names():
    # "der diesjährigen Kundgebung" says which year's rally; the rally itself was on the day the story is about
    text = (
        "Bei einer Kundgebung in Hamburg haben am Samstag Tausende Menschen gegen die Rentenpläne protestiert. "
        "Die Gewerkschaft Verdi sprach von einem Erfolg.\n\n"
        "Im Mittelpunkt der diesjährigen Kundgebung standen die Löhne in der Pflege."
    )
    doc = chronik.analyze(text, published="2025-05-12")
    rally = [e for e in doc.events if doc.text[e.trigger[0] : e.trigger[1]] == "Kundgebung"]
    assert rally and rally[-1].date == "2025-05-10"
