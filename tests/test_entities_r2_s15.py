"""Entity rules of the fifteenth session, round 2 (classes of names the blind audits 23/24 got wrong): a country's
audit court, constitutional council, election commission or health service; a bracketed acronym after a long
organisation name in another language; a person set off by commas after a title with a complement; numbered units
and militia compounds; names after plural place nouns; compass regions; hyphen regions; straits; places that name
a disaster; a bare state noun grounded to the country the report is about rather than its dateline; describing
adjectives not in a body's name; England as itself. Each on invented sentences, with negative rows."""

from __future__ import annotations

import pytest

from tests.quote_docs import entities_of

# (text, name that must be an entity, its label, its country or None when not checked)
FOUND = [
    # a country's state body in the genitive, and the bare noun with the report's country
    (
        "WIEN (dpa) – Portugals Rechnungshof hat dem Bau eines Flughafens die Zustimmung verweigert.",
        "Rechnungshof",
        "ORG",
        "PRT",
    ),
    (
        "PARIS (AFP) – Polens Verfassungsgericht hat das neue Mediengesetz am Montag gestoppt.",
        "Verfassungsgericht",
        "ORG",
        "POL",
    ),
    (
        "NAIROBI (dpa) – Die Wahlkommission verschob die Auszählung am Montag um einen Tag.",
        "Wahlkommission",
        "ORG",
        "KEN",
    ),
    # a long name before a bracketed acronym that spells another language's name
    (
        "BERLIN (dpa) – Die Gemeinschaft der Staaten Lateinamerikas (CELAC) bot am Montag Vermittlung an.",
        "Gemeinschaft der Staaten Lateinamerikas",
        "ORG",
        None,
    ),
    (
        "LAGOS (dpa) – Die Wirtschaftsgemeinschaft des westlichen Afrika (ECOWAS) drohte am Montag mit Sanktionen.",
        "Wirtschaftsgemeinschaft des westlichen Afrika",
        "ORG",
        None,
    ),
    # a person in commas after a title with a "für" complement
    (
        "DHAKA (AFP) – Die Vereinten Nationen zeigten sich besorgt. Der UN-Hochkommissar für Menschenrechte, Tomás "
        "Ibáñez, verlangte am Montag eine Untersuchung der Todesfälle.",
        "Tomás Ibáñez",
        "PER",
        None,
    ),
    # numbered units, militia compounds, a group's name with its number
    (
        "KIEW (dpa) – Bei Gefechten zwischen der Asow-Miliz und der Brigade 72 starben am Montag drei Soldaten.",
        "Brigade 72",
        "ORG",
        None,
    ),
    ("PARIS (AFP) – Die Organisation Refuge 41 warf der Präfektur am Montag Willkür vor.", "Refuge 41", "ORG", None),
    (
        "LAGOS (dpa) – Die Terrorgruppe Ansaru Jama hat sich am Montag zu dem Angriff bekannt.",
        "Ansaru Jama",
        "ORG",
        None,
    ),
    # names after a plural place noun, every one of the list
    (
        "KAIRO (dpa) – Hunderte Familien flohen am Montag aus den Vierteln Bab Tuma und Kafr Suse im Norden der Stadt.",
        "Bab Tuma",
        "LOC",
        None,
    ),
    (
        "KAIRO (dpa) – Hunderte Familien flohen am Montag aus den Vierteln Bab Tuma und Kafr Suse im Norden der Stadt.",
        "Kafr Suse",
        "LOC",
        None,
    ),
    ("MADRID (dpa) – Die Regionen Aragonien und Kantabrien lehnten den Pakt am Montag ab.", "Aragonien", "LOC", None),
    # a compass prefix glued to a country
    ("ANKARA (dpa) – Die Armee griff am Montag Stellungen im Nordsyrien an.", "Nordsyrien", "LOC", "SYR"),
    ("MOSKAU (dpa) – In der Ostukraine wurde am Montag wieder gekämpft.", "Ostukraine", "LOC", "UKR"),
    ("SEOUL (dpa) – Nordkorea hat am Montag erneut eine Rakete getestet.", "Nordkorea", "LOC", "PRK"),
    # a hyphen region
    (
        "RANGUN (dpa) – Im nördlichen Kachin-Staat und in der Sagaing-Region wurde am Montag gekämpft.",
        "Kachin-Staat",
        "LOC",
        "MMR",
    ),
    (
        "RANGUN (dpa) – Im nördlichen Kachin-Staat und in der Sagaing-Region wurde am Montag gekämpft.",
        "Sagaing-Region",
        "LOC",
        "MMR",
    ),
    # a strait named after a place
    (
        "MADRID (dpa) – Der Bau eines Tunnels unter der Straße von Gibraltar wurde am Montag geprüft.",
        "Straße von Gibraltar",
        "LOC",
        None,
    ),
    # the place a disaster is named after
    ("ATHEN (dpa) – Die Aufarbeitung des Fährunglücks von Kalamaki dauert an.", "Kalamaki", "LOC", None),
    ("KIEW (dpa) – Das Massaker von Butscha jährt sich am Montag.", "Butscha", "LOC", None),
    # England is itself, in the United Kingdom
    ("LONDON (dpa) – In England haben Pflegekräfte am Mittwoch einen Streik begonnen.", "England", "LOC", "GBR"),
    # a central or regional government named with an adjective
    (
        "MADRID (dpa) – Die spanische Zentralregierung und die baskische Regionalregierung haben sich auf ein Modell "
        "verständigt.",
        "spanische Zentralregierung",
        "ORG",
        "ESP",
    ),
    (
        "MADRID (dpa) – Die spanische Zentralregierung und die baskische Regionalregierung haben sich auf ein Modell "
        "verständigt.",
        "baskische Regionalregierung",
        "ORG",
        "ESP",
    ),
    # a company named after a compound of "Gesellschaft"
    (
        "ATHEN (dpa) – Angeklagt wurden vier frühere Manager der Bahngesellschaft Doric Trains.",
        "Doric Trains",
        "ORG",
        None,
    ),
    # a body named by its field with "für", in the nominative
    (
        "MADRID (dpa) – Die Regionen verlangten eine Sondersitzung des Rats für Umwelt- und Klimapolitik.",
        "Rat für Umwelt- und Klimapolitik",
        "ORG",
        None,
    ),
    ("BERLIN (dpa) – Das Amt für Statistik meldete am Montag mehr Geburten.", "Amt für Statistik", "ORG", None),
    # an organisation named with a capitalised number word in its genitive
    (
        "RANGUN (dpa) – Vertreter der Militärregierung und der Rebellenallianz der Fünf Flüsse haben Gespräche "
        "aufgenommen.",
        "Rebellenallianz der Fünf Flüsse",
        "ORG",
        None,
    ),
    # a building's name and the town it stands in
    (
        "LEEDS (dpa) – Vor dem St Mary's Hospital in Leeds versammelten sich am Mittwoch Hunderte Streikende.",
        "Leeds",
        "LOC",
        "GBR",
    ),
]


@pytest.mark.parametrize(("text", "name", "label", "country"), FOUND)
def test_found(text: str, name: str, label: str, country: str | None) -> None:
    found = entities_of(text)
    assert name in found, found
    assert found[name][0] == label, found
    if country is not None:
        assert found[name][1] == country, found


# (text, name that must not be an entity)
NOT_FOUND = [
    # a place inside a long organisation name is no entity of its own
    (
        "LAGOS (dpa) – Die Wirtschaftsgemeinschaft des westlichen Afrika (ECOWAS) drohte am Montag mit Sanktionen.",
        "Afrika",
    ),
    # the plural common noun in a title's complement
    (
        "DHAKA (AFP) – Die Vereinten Nationen zeigten sich besorgt. Der UN-Hochkommissar für Menschenrechte, Tomás "
        "Ibáñez, verlangte am Montag eine Untersuchung der Todesfälle.",
        "Menschenrechte",
    ),
    # the unit noun alone, the group name without its number
    (
        "KIEW (dpa) – Bei Gefechten zwischen der Asow-Miliz und der Brigade 72 starben am Montag drei Soldaten.",
        "Brigade",
    ),
    # a strait, not its town
    ("MADRID (dpa) – Der Bau eines Tunnels unter der Straße von Gibraltar wurde am Montag geprüft.", "Gibraltar"),
    # a kind of state, no name
    ("RIAD (dpa) – Jeder Golf-Staat hat am Montag seine Hilfe zugesagt.", "Golf-Staat"),
    # the perpetrators of an attack are no place
    ("PARIS (AFP) – Der Anschlag von Islamisten schockierte am Montag das Land.", "Islamisten"),
    # a describing adjective is not part of a body's name
    (
        "ATHEN (dpa) – Die Gewerkschaft warf der sozialistischen Regierung am Montag Lügen vor.",
        "sozialistischen Regierung",
    ),
    # England is not the whole kingdom
    ("LONDON (dpa) – In England haben Pflegekräfte am Mittwoch einen Streik begonnen.", "Vereinigtes Königreich"),
    # a building's name does not run on over the town
    (
        "LEEDS (dpa) – Vor dem St Mary's Hospital in Leeds versammelten sich am Mittwoch Hunderte Streikende.",
        "St Mary's Hospital in Leeds",
    ),
    # a kind of council, no name
    ("BERLIN (dpa) – In der Stadt wurde am Montag ein Rat für Eltern gegründet.", "Rat für Eltern"),
]


@pytest.mark.parametrize(("text", "name"), NOT_FOUND)
def test_not_found(text: str, name: str) -> None:
    assert name not in entities_of(text)


def test_number_before_noun_stays_out_of_the_name() -> None:
    # "die Partei Volt 12 Sitze": a count of seats, not the party's number
    found = entities_of("BERLIN (dpa) – Bei der Wahl holte die Partei Volt 12 Sitze im Stadtrat.")
    assert "Volt 12" not in found


def test_country_adjective_stays_in_a_body_name() -> None:
    found = entities_of("LONDON (dpa) – Die britische Regierung hat am Montag neue Regeln beschlossen.")
    assert found.get("britische Regierung") == ("ORG", "GBR"), found


# a state institution named by its noun alone, grounded to the country the report is about
GROUNDED = [
    # the dateline is the seat of the EU; the text is about Haiti
    (
        "BRÜSSEL (dpa) – Die EU hat Sanktionen gegen Bandenchefs in Haiti verhängt. In Port-au-Prince kontrollieren "
        "Banden ganze Viertel. Aus Haiti flohen Tausende. Ein Bandenchef drohte mit Angriffen, falls die Polizei ihre "
        "Razzien fortsetze.",
        "Polizei",
        "HTI",
    ),
    # a report from Brussels about Belgium stays Belgian
    (
        "BRÜSSEL (dpa) – In Antwerpen und Gent haben Hafenarbeiter am Montag gestreikt. In Brüssel blieb es ruhig. "
        "Die Polizei sprach von friedlichen Kundgebungen.",
        "Polizei",
        "BEL",
    ),
    # a building of the home country by the same name does not ground the body
    (
        "STOCKHOLM (dpa) – Die Justizministerin lobte die Ermittler in Malmö. Die Regierung werde dem Reichstag "
        "bald einen Gesetzentwurf vorlegen, sagte sie.",
        "Regierung",
        "SWE",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), GROUNDED)
def test_grounded(text: str, name: str, country: str) -> None:
    found = entities_of(text)
    assert found.get(name) == ("ORG", country), found


def _parsed(text: str):  # type: ignore[no-untyped-def]
    from chronik.pipeline import load

    return load("de")(text)


def test_company_name_after_gesellschaft_compound() -> None:
    # the pattern rule alone (no NER span given): "Bahngesellschaft" is a head before a company's name
    from chronik.components import entities as ent

    doc = _parsed("Angeklagt wurden zwei frühere Manager der Bahngesellschaft Adriatic Train.")
    view = ent.DocView.of(doc)
    found = ent._org_pattern_mentions(doc, view, [], [False] * len(doc), "de")
    assert [m.text for m in found] == ["Adriatic Train"]


def test_building_name_split_from_its_town() -> None:
    # an NER span "St Patrick's Hospital in Belfast" is cut before "in": the building, then the town
    from chronik.components import entities as ent

    doc = _parsed("Vor dem St Patrick's Hospital in Belfast versammelten sich Streikende.")
    start = next(t.i for t in doc if t.text == "St")
    end = next(t.i for t in doc if t.text == "Belfast") + 1
    at = ent._place_after_in(doc, start, end, "LOC", "de")
    assert at is not None and doc[at].text == "in"


def test_acronym_after_genitive_service_compound() -> None:
    # "des staatlichen Gesundheitsdienstes HSE": a service noun in the genitive heads the name after it
    from chronik.components import entities as ent

    doc = _parsed("Nach Angaben des staatlichen Gesundheitsdienstes HSE mussten rund 4000 Termine abgesagt werden.")
    view = ent.DocView.of(doc)
    found = ent._org_pattern_mentions(doc, view, [], [False] * len(doc), "de")
    assert [m.text for m in found] == ["HSE"]


def test_a_mission_noun_does_not_refer_back_to_a_commission() -> None:
    """(lead, fifteenth session) "Mission" covers names ending in "mission", but a "Wahlkommission" is a commission
    that only ends in the same letters: "Die Beobachtermission der Union" is not that commission's mention."""
    import chronik

    doc = chronik.analyze(
        "Die Wahlkommission in Lusaka erklärte den Amtsinhaber zum Sieger. "
        "Die Beobachtermission der Afrikanischen Union hatte zuvor Unregelmäßigkeiten beklagt.",
        published="2026-10-10",
    )
    commission = next(e for e in doc.entities if e.name == "Wahlkommission")
    start = doc.text.index("Beobachtermission")
    assert all(m[0] != start for m in commission.mentions)
