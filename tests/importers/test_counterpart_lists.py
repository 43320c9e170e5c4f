"""A counterpart named after "his counterpart," and followed by "the Minister for …, Y": the
role is Y's, and both take part."""

from __future__ import annotations

from tests.importers.drafting import draft, participants


def test_the_role_after_a_counterpart_belongs_to_the_next_name() -> None:
    found = draft(
        "Minister Dahl in Brio",
        "On Monday in Brio, Minister Jon Dahl held bilateral meetings with his Norlandic"
        " counterpart, Per Ek, the Minister for Defence, Karl Moen and the Minister for"
        " Police, Ivo Lind.",
    )
    assert participants(found) == ["Jon Dahl", "Per Ek", "Karl Moen", "Ivo Lind"]


def test_a_counterpart_with_only_a_role_after_keeps_it() -> None:
    found = draft(
        "Minister Dahl in Brio",
        "On Monday in Brio, Minister Jon Dahl met his Norlandic counterpart, Per Ek, the"
        " Minister for Defence. They discussed the ports.",
    )
    assert participants(found) == ["Jon Dahl", "Per Ek"]
