"""A quotation credited to an office below a minister's rank (round 24): "the assistant
minister said", "a déclaré la ministre déléguée" is the one person the release gives that
rank, not the minister quoted in the paragraph before."""

from __future__ import annotations

from tests.importers.drafting import draft


def _speakers(*paragraphs: str) -> list[str | None]:
    found = draft(*paragraphs)
    return [s.speaker.name if s.speaker else None for s in found.statements]


def test_the_assistant_minister_is_not_the_prime_minister_quoted_before() -> None:
    speakers = _speakers(
        "PM meets Assistant Minister from Norland",
        "Prime Minister Anna Kestrel met Maren Holt MP, Assistant Minister for Foreign Affairs "
        "of Norland, today.",
        "“We are thankful for the many students your colleges have welcomed,” the prime "
        "minister said.",
        "“It is remarkable to see the region grow despite the storms,” the assistant minister "
        "said, adding that her visit showed Norland’s commitment.",
    )
    assert speakers == ["Anna Kestrel", "Maren Holt"]


def test_a_deputy_minister_in_lower_case_is_the_deputy_the_release_names() -> None:
    speakers = _speakers(
        "Governor receives trade delegation",
        "Prime Minister Anna Kestrel met Maren Holt, Deputy Minister for Trade of Norland, in "
        "Brio on Monday.",
        "“Our ports are open to your timber,” the prime minister said.",
        "“We will send our first ships in spring,” the deputy minister said.",
    )
    assert speakers == ["Anna Kestrel", "Maren Holt"]


def test_la_ministre_deleguee_is_not_the_minister_quoted_before() -> None:
    speakers = _speakers(
        "Visite de travail à Brio",
        "La ministre déléguée au Commerce, Maren Holt, a été reçue jeudi à Brio par la "
        "ministre des Affaires étrangères, Anna Kestrel.",
        "« Nous sommes reconnaissants pour tous les étudiants que vos écoles ont accueillis », "
        "a déclaré la ministre des Affaires étrangères.",
        "« Il est remarquable de voir la région grandir malgré les tempêtes », a déclaré la "
        "ministre déléguée.",
    )
    assert speakers == ["Anna Kestrel", "Maren Holt"]
