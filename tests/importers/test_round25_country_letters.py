"""A photo label naming an office under the headline ("US Consul General") over a report
that names the holder (round 25): "US" in capitals is the country, not "us", so the report
is no first-person statement of the holder."""

from __future__ import annotations

from tests.importers.drafting import draft


def _speakers(*paragraphs: str) -> list[str | None]:
    found = draft(*paragraphs)
    return [s.speaker.name if s.speaker else None for s in found.statements]


def test_a_role_label_over_a_report_naming_the_us_consul_general() -> None:
    speakers = _speakers(
        "Premier Welcomes New Consul General to Brio",
        "US Consul General",
        "The Cabinet Office advised that the Premier, the Hon. Ana Lo, JP, MP, met with the "
        "newly appointed US Consul General, Karla Moen, during an introductory visit.",
        "The meeting provided an opportunity to reaffirm the partnership. Discussions "
        "encompassed trade and security. Both parties explored avenues to enhance relations.",
        "The Premier said, “The Government welcomes the new Consul General, Karla Moen, to "
        "Brio. Our objective is to remain a trusted partner.”",
    )
    assert speakers == ["Ana Lo"]


def test_ein_rollenetikett_ueber_dem_bericht_zur_us_generalkonsulin() -> None:
    speakers = _speakers(
        "Ministerpräsidentin empfängt neue Generalkonsulin",
        "US-Generalkonsulin",
        "Ministerpräsidentin Ana Lo hat die neue US-Generalkonsulin Karla Moen zu einem "
        "Antrittsbesuch in der Staatskanzlei empfangen.",
        "Bei dem Gespräch ging es um Handel und Sicherheit. Beide Seiten wollen enger "
        "zusammenarbeiten.",
        "„Wir heißen die neue Generalkonsulin herzlich willkommen“, sagte Ministerpräsidentin Lo.",
    )
    assert speakers == ["Ana Lo"]
