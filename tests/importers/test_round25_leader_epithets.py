"""A quotation credited to the head of a body by an epithet the release gives no one (round
25): "stressed the leader of the Riksdag" after "X, Speaker of the Riksdag", "a souligné le
chef de l'Assemblée nationale" after "X, Président de l'Assemblée nationale" are X's words."""

from __future__ import annotations

from tests.importers.drafting import draft


def _speakers(*paragraphs: str) -> list[str | None]:
    found = draft(*paragraphs)
    return [s.speaker.name if s.speaker else None for s in found.statements]


def test_the_leader_of_the_body_is_its_speaker() -> None:
    speakers = _speakers(
        "Delegation visits the Riksdag",
        "On 3 May a delegation of the Regional Assembly visited the Riksdag.",
        "Opening the meeting, Karl Moen, Speaker of the Riksdag, noted that the Riksdag was "
        "ready. “We consider this visit a great honour and a sign of trust between our "
        "parliaments,” stressed the leader of the Riksdag.",
    )
    assert speakers == ["Karl Moen"]


def test_le_chef_de_l_assemblee_est_son_president() -> None:
    speakers = _speakers(
        "Une délégation à l'Assemblée nationale",
        "Le 3 mai, une délégation du Conseil régional a visité l'Assemblée nationale.",
        "En ouvrant la réunion, Karl Moen, Président de l'Assemblée nationale, a rappelé que "
        "l'Assemblée était prête. « Nous considérons cette visite comme un grand honneur et un "
        "signe de confiance entre nos parlements », a souligné le chef de l'Assemblée "
        "nationale.",
    )
    assert speakers == ["Karl Moen"]


def test_the_head_of_another_body_is_not_the_speaker() -> None:
    speakers = _speakers(
        "Delegation visits the Riksdag",
        "Opening the meeting, Karl Moen, Speaker of the Riksdag, welcomed the guests. “We "
        "consider this visit a great honour and a sign of trust between us,” said the head of "
        "the Regional Assembly.",
    )
    assert speakers != ["Karl Moen"]
