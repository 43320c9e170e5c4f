"""Round 22's participants (invented releases): who accompanied a guest, named after a role
with its country ("Honorarkonsul für Valdoria, X")."""

from __future__ import annotations

from tests.importers.drafting import draft, participants


def test_a_consul_for_a_country_who_accompanied_the_guest_took_part() -> None:
    found = draft(
        "Antrittsbesuch des Botschafters von Valdoria",
        "23.04.2019",
        "Der valdorianische Botschafter in Wien, Per Ek, stattete heute Landeshauptmann "
        "Olaf Berg seinen Antrittsbesuch ab. Begleitet wurde Ek vom Honorarkonsul für Valdoria, "
        "Karl Moen.",
        "Im Gespräch ging es um den Tourismus und die Zusammenarbeit der Hochschulen.",
    )
    assert sorted(participants(found)) == ["Karl Moen", "Olaf Berg", "Per Ek"]
