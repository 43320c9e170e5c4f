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
        "Karl Moen, Speaker of the Riksdag, welcomed a delegation of the Regional Assembly on "
        "3 May. “Your visit shows how close our two chambers have grown in ten years,” "
        "stressed the leader of the Riksdag.",
    )
    assert speakers == ["Karl Moen"]


def test_le_chef_de_l_assemblee_est_son_president() -> None:
    speakers = _speakers(
        "Une délégation à l'Assemblée nationale",
        "Karl Moen, Président de l'Assemblée nationale, a accueilli le 3 mai une délégation du "
        "Conseil régional. « Votre venue montre combien nos deux chambres se sont rapprochées "
        "en dix ans », a souligné le chef de l'Assemblée nationale.",
    )
    assert speakers == ["Karl Moen"]


def test_the_head_of_another_body_is_not_the_speaker() -> None:
    speakers = _speakers(
        "Delegation visits the Riksdag",
        "Karl Moen, Speaker of the Riksdag, welcomed the guests on 3 May. “Your visit shows how "
        "close our two chambers have grown in ten years,” said the head of the Regional "
        "Assembly.",
    )
    assert speakers != ["Karl Moen"]
