"""Entity rules of the twelfth session, round 3 (blind audits 17 and 18: missed companies, courts, juntas and
places), each on invented sentences."""

from __future__ import annotations

from tests.quote_docs import entities_of


def test_company_after_what_it_runs_or_makes() -> None:
    names = entities_of(
        "Strom\nOSLO (dpa) – Der Stromnetzbetreiber Statnett meldete am Montag einen Ausfall. "
        "Auch der Autohersteller Polestar stoppte die Bänder."
    )
    assert names.get("Statnett", ("",))[0] == "ORG"
    assert names.get("Polestar", ("",))[0] == "ORG"


def test_junta_of_a_country_is_its_government() -> None:
    names = entities_of("Junta\nBANGKOK (dpa) – Perus Militärjunta wies die Kritik am Dienstag scharf zurück.")
    assert names.get("Militärjunta") == ("ORG", "PER")
    assert "Perus Militärjunta" not in names


def test_junta_in_a_capital_is_that_country_s_government() -> None:
    names = entities_of("Junta\nGENF (dpa) – Die Junta in Ouagadougou kündigte am Freitag Neuwahlen an.")
    assert names.get("Junta") == ("ORG", "BFA")


def test_court_named_by_its_level_is_the_country_s_court() -> None:
    names = entities_of(
        "Urteil\nLISSABON (dpa) – Der Verurteilte will vor das Berufungsgericht ziehen. "
        "Zuvor hatte bereits das Kassationsgericht über den Fall entschieden."
    )
    assert names.get("Berufungsgericht") == ("ORG", "PRT")
    assert names.get("Kassationsgericht") == ("ORG", "PRT")


def test_place_after_departamento() -> None:
    names = entities_of("Gefechte\nBOGOTÁ (dpa) – Im Departamento Cauca wurden zwei Polizisten verletzt.")
    assert names.get("Cauca") == ("LOC", "COL")


def test_district_tagged_as_organisation_is_a_place() -> None:
    names = entities_of("Gefechte\nSRINAGAR (dpa) – Soldaten beschossen Stellungen im Bezirk Baramulla mit Granaten.")
    assert names.get("Baramulla", ("",))[0] == "LOC"
    assert "Bezirk Baramulla" not in names


def test_mediating_between_two_capitals() -> None:
    names = entities_of("Vermittlung\nGENF (dpa) – Norwegen bot an, zwischen Neu-Delhi und Islamabad zu vermitteln.")
    assert names.get("Neu-Delhi") == ("LOC", "IND")


def test_party_after_adjective_of_political_orientation() -> None:
    names = entities_of(
        "Abstimmung\nMADRID (dpa) – Gegen das Gesetz stimmten die linkspopulistische Podemos und die "
        "separatistische Bildu."
    )
    assert names.get("Podemos", ("",))[0] == "ORG"
    assert names.get("Bildu", ("",))[0] == "ORG"


def test_surname_after_political_adjective_stays_a_person() -> None:
    names = entities_of(
        "Rom\nROM (dpa) – Regierungschefin Giorgia Castellani wies die Kritik zurück. Die rechtsnationale "
        "Castellani sprach von Lügen."
    )
    assert names.get("Castellani", ("",))[0] != "ORG"
    assert all(label != "ORG" for name, (label, _) in names.items() if "Castellani" in name)


def test_unknown_word_after_a_kind_of_company_or_party_is_its_name() -> None:
    names = entities_of(
        "Insolvenz\nOSLO (dpa) – Der norwegische Batteriehersteller Voltara hat Insolvenz angemeldet. Dagegen "
        "stimmte die Partei Comuns."
    )
    assert names.get("Voltara", ("",))[0] == "ORG"
    assert names.get("Comuns", ("",))[0] == "ORG"
