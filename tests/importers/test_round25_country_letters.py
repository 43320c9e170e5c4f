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
        "Premier Ana Lo received the US Consul General, Karla Moen, at the Cabinet Office on "
        "Tuesday, a month after she took up her post in Brio.",
        "Trade, shipping and the coast guard were on the agenda. The two agreed to meet again "
        "in the autumn.",
        "The Premier said, “Karla Moen comes to Brio at a busy time for both our countries, and "
        "we look forward to working with her.”",
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
