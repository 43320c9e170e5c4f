"""Transcript labels read in round 17: a speaker in capitals with a role after the name and
an interpreter's note (invented releases)."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_a_capitals_label_with_role_and_via_interpreter_names_the_speaker() -> None:
    found = draft(
        "Transcript: joint press conference in Brio",
        "HALVOR ENN, VALDORIA'S MINISTER OF DEFENCE (VIA INTERPRETER): Thank you, Mara, for "
        "your warm welcome. I am glad to be here.",
        "MARA LIND: Thank you, Halvor. It is good to welcome you to Brio today.",
    )
    said = [s for s in found.statements if s.speaker.name == "Halvor Enn"]
    assert len(said) == 1
    assert said[0].text.startswith("Thank you, Mara")
    assert "INTERPRETER" not in said[0].text
    assert said[0].speaker.role == "Minister of Defence"
