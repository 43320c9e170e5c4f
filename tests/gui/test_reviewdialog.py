"""The import review: fields the parser inferred are marked, and each statement says where
in the release it was found."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QLineEdit

from briefer.gui.reviewdialog import ImportReviewDialog
from briefer.importing import draft_file

CORPUS = Path(__file__).parents[1] / "data/corpus/tuning"


def test_inferred_fields_are_marked_and_statements_say_where_they_were_found(qtbot) -> None:  # type: ignore[no-untyped-def]
    draft = draft_file(next(CORPUS.glob("nato-04-*.txt")))
    assert "statements[0].speaker" in draft.inferred  # "he said": the last person named
    assert "consultation.participants[1].country" in draft.inferred
    dialog = ImportReviewDialog([draft], [])
    qtbot.addWidget(dialog)
    dialog.show()
    editor = dialog.editors[0]
    speaker = editor.statements[0].speaker
    assert speaker.property("inferred") is True
    assert "last person named" in speaker.toolTip()
    assert "Check it" in speaker.accessibleDescription()
    title = editor.title  # read from the headline: not marked
    assert title.property("inferred") is None
    marked = {f for f in editor.findChildren(QLineEdit) if f.property("inferred")}
    statement = editor.statements[0]
    assert marked == {statement.speaker, statement.country}  # the two inferred, no other
    country = editor.meeting.people.item(1, 2)
    assert country is not None and "the country named" in country.toolTip()
    legend = editor.findChild(QLabel, "inferred-legend")
    assert legend is not None and "inferred" in legend.text()
    source = editor.statements[0].findChild(QLabel, "statement-source")
    assert source is not None
    assert source.text() == f"From {draft.provenance['statements[0]']}"
    assert source.text().startswith("From paragraph ")


def test_a_release_with_nothing_inferred_has_no_legend(qtbot) -> None:  # type: ignore[no-untyped-def]
    draft = draft_file(next(CORPUS.glob("nato-04-*.txt")))
    clean = type(draft)(**{**draft.__dict__, "inferred": {}})
    dialog = ImportReviewDialog([clean], [])
    qtbot.addWidget(dialog)
    assert dialog.editors[0].findChild(QLabel, "inferred-legend") is None
    assert not [f for f in dialog.findChildren(QLineEdit) if f.property("inferred")]
