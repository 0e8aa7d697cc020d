"""Ninth session, round 3b (roles): common nouns that refer back to a named organisation."""

from tests.event_docs import rows_by_trigger

COMPANY = (
    "Duisburg (dpa) - In einer Halle der Firma Baltrex in Duisburg ist am Montag ein Feuer ausgebrochen. "
    "Die Feuerwehr war mit 60 Kräften im Einsatz. "
    "Das Unternehmen sicherte den Behörden volle Unterstützung zu."
)


def _militia(name: str) -> str:
    return (
        "Bukavu (epd) - Bewaffnete haben am Montag einen Konvoi gestoppt. "
        f"Die Lastwagen würden an einem Kontrollposten der {name} festgehalten, sagte ein Sprecher. "
        "Die Kämpfer verlangten ein Lösegeld von 2.000 Dollar."
    )


def test_company_noun_is_the_firm_named_before():
    """'Das Unternehmen' after 'der Firma Baltrex' is Baltrex, not the fire brigade named last."""
    row = rows_by_trigger(COMPANY)["sicherte"]
    assert row[2] == ["Baltrex"]


def test_fighters_are_the_militia_named_inside_a_phrase():
    """'Die Kämpfer' after 'der Miliz Codeco' is the militia named after its kind noun."""
    row = rows_by_trigger(_militia("Miliz Codeco"))["verlangten"]
    assert row[2] == ["Codeco"]


def test_militia_name_with_digit_is_an_actor():
    """'M23' (one letter, digits) names an actor; only a lone letter does not."""
    row = rows_by_trigger(_militia("Rebellengruppe M23"))["verlangten"]
    assert row[2] == ["M23"]
