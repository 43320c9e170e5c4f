"""In a release of one country's, a national office ("Außenminister X") is that country's,
but not the office of a country the sentence names just before it ("die Maßnahmen Polens
sowie das Engagement von Außenminister X")."""

from __future__ import annotations

from tests.importers.drafting import draft

_LEDE = (
    "Am 2. Mai 2025 fand in Wien ein Treffen der Botschafter mit der österreichischen "
    "Außenministerin Anna Berg statt. Sie stellte die Prioritäten der österreichischen "
    "Regierung vor und betonte die Bedeutung des EU-Beitritts Österreichs."
)


def test_a_minister_after_another_country_is_not_the_releases() -> None:
    found = draft(
        "Treffen mit der österreichischen Außenministerin",
        f"{_LEDE} Im europäischen Kontext würdigte sie die Maßnahmen Polens sowie das "
        "Engagement von Außenminister Jan Nowak.",
        "Österreich unterstütze die Integration der Region.",
    )
    assert found.consultation is not None
    countries = {p.name: p.country for p in found.consultation.participants}
    assert countries.get("Jan Nowak", "") != "Austria"
    assert countries.get("Anna Berg") == "Austria"


def test_a_national_office_in_a_releases_own_sentence_is_the_releases() -> None:
    found = draft(
        "Treffen mit dem Vizekanzler",
        f"{_LEDE} An dem Treffen nahm auch Vizekanzler Karl Moen teil.",
        "Österreich unterstütze die Integration der Region.",
    )
    assert found.consultation is not None
    countries = {p.name: p.country for p in found.consultation.participants}
    assert countries.get("Karl Moen") == "Austria"
