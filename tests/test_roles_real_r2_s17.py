"""Roles in coordinations, passive agents, pronouns and noun agents (seventeenth session, second round): invented
news items, several variants per construction, after the real-news audits 27/28.

The classes: a strong preterite after "und" that the tagger reads as an adjective ("… und warfen Flaschen"); a second
conjunct with no subject of its own whose required noun is the shared subject ("Die Kundgebung verlief friedlich,
wurde aber … aufgelöst"); a bracketed age between coordinated names ("X (46) und Y (50)"); a plural "sie" after a pair
of persons named together; a passive "von X" right before the participle after a prepositional phrase; a court that
upholds a ban; an armed force in the genitive of an attack noun, also as the antecedent of a relative clause; the
dative pronoun "ihr". ``None`` = not checked; a trigger "a|b" accepts either word.
"""

from __future__ import annotations

import pytest

import chronik
from tests.event_docs import TABLE_LEAD, check_table_row, event_rows, table_params
from tests.event_docs import TableRow as Row

# fmt: off
# A. A second verb after "und": a strong preterite plural the tagger reads as an adjective is the clause's verb.
SECOND_VERB = [
    Row("warfen_flaschen", "warfen", "ASSAULT", None, None, None,
        "Anhänger der Partei AfD blockierten in Leipzig eine Kreuzung und warfen Flaschen auf Polizisten."),
    Row("warfen_mit_steinen", "warfen", "ASSAULT", None, None, None,
        "Bauern sperrten in Lyon eine Brücke und warfen mit Steinen."),
    Row("nahmen_ab", "nahmen", "COERCE", None, None, None,
        "Zwei Häftlinge überwältigten in Bremen einen Wachmann und nahmen ihm die Dienstwaffe ab."),
    Row("ueberwaeltigten", "überwältigten", "ASSAULT", None, None, None,
        "Zwei Häftlinge überwältigten in Bremen einen Wachmann und nahmen ihm die Dienstwaffe ab."),
    Row("abgenommen_partizip", "abgenommen", "COERCE", None, ["Polizei"], None,
        "Die Polizei hat den Verdächtigen festgenommen und ihm die Waffe abgenommen."),
]

# B. A second conjunct with no subject of its own: its required noun is the subject both conjuncts share.
SHARED_SUBJECT = [
    Row("verlief_wurde_aber", "aufgelöst", "COERCE", None, ["Polizei"], [],
        "Die Kundgebung in Hamburg verlief friedlich, wurde aber von der Polizei aufgelöst."),
    Row("blieben_und_wurden", "aufgelöst", "COERCE", None, ["Polizei"], [],
        "Die Proteste blieben ruhig und wurden am Abend durch die Polizei aufgelöst."),
    Row("nach_relativsatz", "aufgelöst", "COERCE", None, ["Polizei"], [],
        "Auch die Versammlungen, die trotz Verbot am Sonntag stattfanden, verliefen ruhig, wurden aber durch die "
        "Polizei aufgelöst."),
    Row("veranstaltung_kompositum", "aufgelöst", "COERCE", None, ["Polizei"], None,
        "Die Wahlkampfveranstaltung der AfD in Kiel verlief zunächst ruhig, wurde dann aber von der Polizei "
        "aufgelöst."),
]

# C. Coordinated names with a bracketed age each: one group, one role.
BRACKETED_AGES = [
    Row("passiv_gefasst", "gefasst", "COERCE", None, [], ["Peter Paul Brenner", "Josef Huber"],
        "Peter Paul Brenner (46) und Josef Huber (50) sind in Italien gefasst worden."),
    Row("passiv_titel", "festgenommen", "COERCE", None, [], ["Peter Brenner", "Josef Huber"],
        "Die Häftlinge Peter Brenner (46) und Josef Huber (50) wurden festgenommen."),
    Row("aktiv_kritisiert", "kritisiert", "ACCUSE", None, ["Anna Berg", "Lena Kurz"], None,
        "Anna Berg (34) und Lena Kurz (29) haben den Bürgermeister scharf kritisiert."),
]

# D. A plural "sie" after a pair of persons named together, with no other actor named since.
PAIR_PRONOUN = [
    Row("sie_ueberfielen", "überfielen", "ASSAULT", None, ["Peter Brenner", "Josef Huber"], None,
        "Peter Brenner (46) und Josef Huber (50) entkamen aus der JVA Celle. Am Abend überfielen sie eine "
        "Tankstelle in Celle."),
    Row("sie_liessen_frei", "ließen", "RETREAT", None, ["Peter Brenner", "Josef Huber"], None,
        "Peter Brenner und Josef Huber entkamen aus der JVA Celle. Später ließen sie ihre Geisel in Hannover frei."),
    Row("sie_zweites_verb", "ließen", "RETREAT", None, ["Peter Brenner", "Josef Huber"], None,
        "Peter Brenner und Josef Huber entkamen aus der JVA Celle. Sie ließen sich von einem Taxifahrer nach Bremen "
        "fahren und ließen danach ihre Geisel frei."),
    # (another person named since: the pair is no longer the one "sie" refers back to)
    Row("sie_nach_anderer_person", "ließen", "RETREAT", None, [], None,
        "Peter Brenner und Josef Huber entkamen aus der JVA Celle. Der Anwalt Klaus Rinke besuchte sie. Später "
        "ließen sie ihre Geisel frei."),
]

# E. A passive "von X" that closes right on the participle after a prepositional phrase is the agent.
PASSIVE_AGENT = [
    Row("aus_sorge_vor", "verboten", "COERCE", None, ["Leipzig"], None,
        "Im Vorfeld wurden alle Kundgebungen aus Sorge vor Krawallen von der Stadt Leipzig verboten."),
    Row("wegen_der_gefahr", "untersagt", "COERCE", None, ["Landratsamt Bautzen"], None,
        "Die Versammlungen wurden wegen der Gefahr von Ausschreitungen vom Landratsamt Bautzen untersagt."),
    # (a subject noun with "von X": an attribute, no agent)
    Row("sprecher_von", "festgenommen", "COERCE", None, [], None,
        "Der Sprecher von Peter Krause wurde in Berlin festgenommen."),
]

# F. A court that upholds a ban in the passive imposes it; another body that confirms it does not.
UPHELD = [
    Row("verbot_bestaetigt", "Verbot", "COERCE", None, ["Oberverwaltungsgericht Münster"], None,
        "Das Verbot wurde vom Oberverwaltungsgericht Münster bestätigt."),
    Row("verbote_bestaetigt_plural", "Verbote", "COERCE", None, ["Verwaltungsgericht Kassel"], None,
        "Die Verbote wurden vom Verwaltungsgericht Kassel zum großen Teil bestätigt."),
    Row("polizei_bestaetigt", "Verbot", "COERCE", None, [], None,
        "Das Verbot wurde von der Polizei bestätigt."),
]

# G. An armed force in the genitive of an attack noun attacks; persons in the genitive of a killing undergo it.
FORCE_GENITIVE = [
    Row("massaker_armee", "Massaker", "ASSAULT", None, ["serbischen Armee"], None,
        "Im Dorf Racak wurde im Krieg ein Massaker der serbischen Armee an 40 Zivilisten verübt."),
    Row("relativsatz_nach_offensive", "tötete", "ASSAULT", None, ["türkischen Armee"], ["Ali Kaya"],
        "Die Regierung reagierte auf die Offensive der türkischen Armee, die am Montag den Rebellenführer Ali Kaya "
        "im Nordirak tötete."),
    Row("relativsatz_nach_aktion", "tötete", "ASSAULT", None, ["türkischen Armee"], ["Ali Kaya"],
        "Die Regierung reagierte auf die Strafaktion der türkischen Armee, die am Sonntag den Kommandeur Ali Kaya "
        "tötete."),
]

# H. The dative pronoun "ihr" is the woman named before; the possessive "ihr" is not.
DATIVE_IHR = [
    Row("ihr_angedroht", "angedroht", "THREATEN", None, ["Peter Krause"], ["Anna Vogt"],
        "Die Ministerin Anna Vogt steht unter Druck. Der Fraktionschef Peter Krause hatte ihr ein Misstrauensvotum "
        "angedroht."),
    Row("ihr_einzige_frau_weiter_zurueck", "angedroht", "THREATEN", None, ["Peter Krause"], ["Anna Vogt"],
        "Die Gesundheitsministerin Anna Vogt hat am Montag ihren Rücktritt angekündigt. Als Grund nannte Vogt die "
        "anhaltende Kritik an der Beschaffung von Schutzmasken. Die Opposition hatte seit Wochen eine Aufklärung der "
        "Vorgänge verlangt, die Landesregierung hatte die Vorwürfe stets zurückgewiesen. Ein Untersuchungsausschuss "
        "des Landtags soll nun die Verträge mit den Lieferanten prüfen, die im Frühjahr ohne Ausschreibung "
        "geschlossen worden waren. Auslöser für den Schritt war ein Gespräch mit dem Fraktionschef Peter Krause. "
        "Dieser hatte ihr ein Misstrauensvotum angedroht."),
    Row("ihr_amt", "kritisiert", "ACCUSE", None, ["Peter Krause"], [],
        "Die Ministerin Anna Vogt steht unter Druck. Der Fraktionschef Peter Krause hat ihr Amt kritisiert."),
]
# I. Two participles on one auxiliary: harm to persons and damage to things are two acts; two of one kind stay one.
TWO_PARTICIPLES = [
    Row("erstochen_und_in_brand", "gesetzt", "ASSAULT", None, None, None,
        "Unbekannte sollen in Kaschgar zwei Händler erstochen und Polizeiautos in Brand gesetzt haben."),
    Row("erstochen_erster", "erstochen", "ASSAULT", None, None, None,
        "Unbekannte sollen in Kaschgar zwei Händler erstochen und Polizeiautos in Brand gesetzt haben."),
]

# J. The noun of an expulsion takes the expelled in the genitive.
EXPULSION = [
    Row("ausschluss_des_abgeordneten", "Ausschluss", "SANCTION", None, [], ["Max Berg"],
        "Die Fraktion beschloss den Ausschluss des Abgeordneten Max Berg aus der Partei."),
]

# K. An agentless passive in the dass-clause of an order is done by whoever gave the order.
ORDERED = [
    Row("ordnete_an_angeklagt", "angeklagt", "ACCUSE", None, ["Kemal Aydin"], ["Ali Demir"],
        "Im Jahr 2019 ordnete Präsident Kemal Aydin an, dass der Oppositionsführer Ali Demir wegen Verrats angeklagt "
        "wird."),
    Row("verfuegte_ausgewiesen", "ausgewiesen", "COERCE", None, ["Jan Novak"], ["Piotr Lis"],
        "Der Innenminister Jan Novak verfügte, dass der Journalist Piotr Lis ausgewiesen wird."),
    # (reported speech is no order; an agent of its own stays)
    Row("sagte_festgenommen", "festgenommen", "COERCE", None, [], ["Ali Demir"],
        "Präsident Kemal Aydin sagte, dass der Oppositionsführer Ali Demir festgenommen worden sei."),
    Row("ordnete_an_mit_agens", "festgenommen", "COERCE", None, ["Polizei"], ["Piotr Lis"],
        "Der Innenminister Jan Novak ordnete an, dass der Journalist Piotr Lis von der Polizei festgenommen wird."),
]

# L. A closing quote mark of a quoted name cut short, right before "und", does not split the group of agents.
QUOTED_CONJUNCT = [
    Row("anfuehrung_vor_und", "untersucht", "ACCUSE", None, ["NATO", "irakischen Regierung"], [],
        "Wie es heißt, wird der Zwischenfall durch das „NATO Initial Review Team“ und eine Kommission der irakischen "
        "Regierung untersucht."),
    # (a quoted name before a comma and an apposition: its town is no second actor)
    Row("anfuehrung_vor_komma", "kritisierte", "ACCUSE", None, ["Die Linke"], None,
        "Der „Ermittlungsausschuss Leipzig“, ein Gremium der Partei Die Linke, kritisierte den Einsatz der Polizei."),
]
# fmt: on

ROWS = (
    SECOND_VERB
    + SHARED_SUBJECT
    + BRACKETED_AGES
    + PAIR_PRONOUN
    + PASSIVE_AGENT
    + UPHELD
    + FORCE_GENITIVE
    + DATIVE_IHR
    + TWO_PARTICIPLES
    + EXPULSION
    + ORDERED
    + QUOTED_CONJUNCT
)


@pytest.mark.parametrize("row", table_params(ROWS, ()))
def test_roles_real_r2_s17(row: Row) -> None:
    check_table_row(row)


@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei sammelte Flaschen und geworfene Steine ein.",  # an attributive participle with "ge-"
        "Die Sängerin war von der Anteilnahme überwältigt.",  # overwhelmed by feelings, no assault
    ],
)
def test_no_assault(text: str) -> None:
    rows = event_rows(TABLE_LEAD + text, published="2026-11-10")
    assert not [r for r in rows if r[1] == "ASSAULT"], rows


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Die Saboteure hätten Kabel durchtrennt und Feuer gelegt.", "gelegt"),  # two acts on things: one act
        ("Die Täter haben zwei Menschen erschossen und drei weitere verletzt.", "verletzt"),  # one attack on persons
    ],
)
def test_one_act_of_one_kind(text: str, trigger: str) -> None:
    rows = event_rows(TABLE_LEAD + text, published="2026-11-10")
    assert not [r for r in rows if r[0] == trigger], rows


def test_killed_soldiers_stay_patient() -> None:
    # "die Tötung der Soldaten": persons in the genitive of a killing are who undergo it, never its source
    rows = event_rows(TABLE_LEAD + "Die Tötung der Soldaten des Bataillons Asow wurde von Kiew verurteilt.")
    assert not any("Asow" in " ".join(r[2]) for r in rows if r[1] == "ASSAULT"), rows


# -- the country of an attacked town (lead's merge fix) ----------------------------------------------------------------


def _attack_roles(text: str) -> tuple[list[str], list[str], str | None]:
    doc = chronik.analyze(text, published="2022-03-18")
    names = {e.id: e.name for e in doc.entities}
    attack = next(ev for ev in doc.events if ev.type == "ASSAULT")
    return [names[x] for x in attack.source], [names[x] for x in attack.target], names.get(attack.place or "")


def test_the_attacked_towns_country_is_the_target() -> None:
    text = "Russland hat am Montag Angriffe auf Kiew geflogen. Die Ukraine meldete Tote."
    source, target, place = _attack_roles(text)
    assert (source, target, place) == (["Russland"], ["Ukraine"], "Kiew")


def test_a_states_own_forces_bombing_its_town_keep_the_state_as_source() -> None:
    # a civil war: the town's country is the attacker, so it is not also the target
    _, target, place = _attack_roles(
        "Die libysche Luftwaffe hat am Donnerstag begonnen, Luftangriffe gegen Bengasi zu fliegen. In Libyen herrscht "
        "Bürgerkrieg."
    )
    assert "Libyen" not in target and place == "Bengasi"
