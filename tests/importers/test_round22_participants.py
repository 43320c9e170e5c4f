"""Round 22's participants (invented releases): who accompanied a guest, named after a role
with its country ("Honorarkonsul für Valdoria, X")."""

from __future__ import annotations

from tests.importers.drafting import draft, participants


def test_a_consul_for_a_country_who_accompanied_the_guest_took_part() -> None:
    found = draft(
        "Antrittsbesuch des Botschafters von Valdoria",
        "23.04.2019",
        "Der valdorianische Botschafter in Wien, Per Ek, stattete heute Landeshauptmann "
        "Olaf Berg seinen Antrittsbesuch ab. Begleitet wurde Ek vom Honorarkonsul für die Republik "
        "Valdoria, Karl Moen.",
        "Im Gespräch ging es um den Tourismus und die Zusammenarbeit der Hochschulen.",
    )
    assert sorted(participants(found)) == ["Karl Moen", "Olaf Berg", "Per Ek"]


def test_an_austrian_female_academic_title_stands_between_role_and_name() -> None:
    found = draft(
        "Landeshauptmann trifft Gäste der Konferenz",
        "Linz (lk) - Am Rande der Konferenz traf Landeshauptmann Mag. Olaf Berg "
        "Bundespräsident Prof. Dr. Per Ek, Außenministerin Dr.in Ana Lo und "
        "Staatssekretärin Mag.a Eva Moen zu einem Arbeitsgespräch.",
        "Im Gespräch ging es um die Industrie des Landes.",
    )
    assert found.consultation is not None
    roles = {p.name: p.role for p in found.consultation.participants}
    assert roles["Per Ek"] == "Bundespräsident"
    assert roles["Ana Lo"] == "Außenministerin"
    assert roles["Eva Moen"] == "Staatssekretärin"


def test_who_led_a_delegation_named_with_no_role_took_part() -> None:
    found = draft(
        "Le partenariat avec la Norlande se dessine",
        "Conduite par Ana Lo, la délégation du gouvernement s’est rendue dans la capitale "
        "norlandaise les 9 et 10 juin pour mener des entretiens qui ont porté sur la "
        "coopération régionale.",
        "Au cours de ces rencontres, les membres de la délégation et leurs homologues ont "
        "esquissé des axes de coopération. Il a été convenu que la présidente envoie au "
        "ministre Per Ek une lettre proposant ces axes.",
    )
    assert participants(found) == ["Ana Lo"]
