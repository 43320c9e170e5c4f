"""The import review: the release's text beside the fields, lit where the focused field came
from; fields the parser inferred marked; dates read as people write them."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QWidget

from briefer.gui.reviewdialog import ImportReviewDialog
from briefer.importers.dates import read_date
from briefer.importing import draft_file, store
from briefer.library import Library
from tests.gui.windows import close, opened_window

CORPUS = Path(__file__).parents[1] / "data/corpus/tuning"
NATO = next(CORPUS.glob("nato-04-*.txt"))


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
    # the one inferred line field; the speaker's country ("NATO Secretary General X") is read
    assert "statements[0].country" not in draft.inferred
    assert marked == {statement.speaker}
    country = editor.meeting.people.item(1, 2)
    # Kuleba's country is Ukraine's, the side of the NATO–Ukraine meeting nobody else has
    assert country is not None and country.text() == "Ukraine"
    assert "the other side named" in country.toolTip()
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


def focus(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Put the focus on widget, as a click or Tab does."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


@pytest.fixture
def review(qtbot) -> ImportReviewDialog:  # type: ignore[no-untyped-def]
    dialog = ImportReviewDialog([draft_file(NATO)], [])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    return dialog


def test_the_release_s_text_highlights_where_the_focused_field_came_from(  # type: ignore[no-untyped-def]
    qtbot, review: ImportReviewDialog
) -> None:
    editor = review.editors[0]
    source, meeting = editor.source, editor.meeting
    assert source.isVisible() and source.text.toPlainText() == editor.draft.source.text
    focus(qtbot, editor.title)
    assert source.highlighted() == [editor.title.text()]
    focus(qtbot, meeting.meeting_date)  # shown as 2023-11-29, written "29 November 2023"
    assert [read_date(h) for h in source.highlighted()] == [read_date(meeting.meeting_date.text())]
    focus(qtbot, meeting.summary)
    assert source.highlighted() == [meeting.summary.toPlainText()]
    meeting.people.setCurrentCell(1, 2)  # Dmytro Kuleba's row
    assert source.highlighted() == ["Foreign Minister", "Dmytro Kuleba"]
    assert "inferred" in source.where.text()  # his country: "the country named"
    statement = editor.statements[0]
    focus(qtbot, statement.text)
    assert source.highlighted() == [statement.text.toPlainText()]
    assert "highlighted where the release says it" in source.where.text()
    focus(qtbot, statement.speaker)  # from "he said": the nearest mention, marked inferred
    assert source.highlighted() == ["Stoltenberg"]
    assert "inferred, not read" in source.where.text()
    focus(qtbot, meeting.place)  # the release names no place
    assert source.highlighted() == []
    assert source.where.text() == "Meeting: place is empty."


def test_a_statement_far_down_a_long_release_is_scrolled_into_view(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path
) -> None:
    filler = [
        f"Paragraph {n} of the background, which says nothing anyone said." for n in range(60)
    ]
    release = tmp_path / "long-release.txt"
    release.write_text(
        "\n\n".join(
            [
                "Foreign Minister Maas meets Japanese Foreign Minister Motegi",
                "Federal Foreign Office, 13 April 2021",
                *filler,
                "“We stand together with Japan for a free and open Indo-Pacific, today and in "
                "the years to come,” said Foreign Minister Heiko Maas after the talks.",
                "“Our partnership grows stronger every year and every month,” he added.",
            ]
        ),
        encoding="utf-8",
    )
    draft = draft_file(release)
    assert len(draft.statements) == 1
    dialog = ImportReviewDialog([draft], [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitActive(dialog)
    editor = dialog.editors[0]
    view = editor.source.text
    assert view.verticalScrollBar().value() == 0
    statement = editor.statements[0]
    focus(qtbot, statement.text)
    # two quotes, one statement: both are lit, and the words read as the statement does
    highlighted = editor.source.highlighted()
    assert len(highlighted) == 2
    assert words(" ".join(highlighted)) == words(statement.text.toPlainText())
    assert view.verticalScrollBar().value() > 0
    assert view.viewport().rect().contains(view.cursorRect())


def test_dates_are_read_in_english_german_and_french(qtbot, review: ImportReviewDialog) -> None:  # type: ignore[no-untyped-def]
    editor = review.editors[0]
    said = editor.statements[0].date
    focus(qtbot, said)
    said.setText("16 mars 2021")
    focus(qtbot, editor.title)  # leaving a date field shows how it was read
    assert said.text() == "2021-03-16"
    said.setText("16 mars 2021")
    editor.published.setText("March 16, 2021")
    editor.meeting.meeting_date.setText("16. März 2021")
    review.accept()
    assert review.result() == ImportReviewDialog.DialogCode.Accepted
    (draft,) = review.drafts()
    assert draft.consultation is not None
    day = date(2021, 3, 16)
    assert (draft.source.date_published, draft.consultation.date) == (day, day)
    assert draft.statements[0].date == day


def test_a_date_that_cannot_be_read_names_the_file_and_goes_to_its_tab(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = draft_file(NATO), draft_file(next(CORPUS.glob("au-dfat-01-*.txt")))
    dialog = ImportReviewDialog([first, second], [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitActive(dialog)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    bad = dialog.editors[1].published
    bad.setText("On Mar 16")  # what the parser's debris looks like: no year
    assert dialog.tabs.currentIndex() == 0
    dialog.accept()
    assert dialog.result() != ImportReviewDialog.DialogCode.Accepted  # nothing stored
    assert warned == [
        f"{second.origin}: Published: “On Mar 16” has no year; write it as 16 March 2021."
    ]
    assert dialog.tabs.currentIndex() == 1
    qtbot.waitUntil(bad.hasFocus, timeout=2000)
    bad.setText("16.03.2021")
    dialog.accept()
    assert dialog.result() == ImportReviewDialog.DialogCode.Accepted
    assert [d.origin for d in dialog.drafts()] == [first.origin, second.origin]


def test_a_release_left_out_is_not_held_up_by_its_dates(qtbot, review: ImportReviewDialog) -> None:  # type: ignore[no-untyped-def]
    editor = review.editors[0]
    editor.published.setText("soon")
    editor.include.setChecked(False)
    review.accept()
    assert review.result() == ImportReviewDialog.DialogCode.Accepted
    assert review.drafts() == []


@pytest.mark.parametrize("choice", ["Skip", "Import Anyway"])
def test_re_importing_a_release_says_so_before_the_review(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch: pytest.MonkeyPatch, sample_library: Library, tmp_path: Path, choice: str
) -> None:
    window = opened_window(sample_library, tmp_path)
    stored = store(sample_library, draft_file(NATO))
    meeting = sample_library.get(stored.added[0])
    happened: list[str] = []
    reviewed: list[list[str]] = []

    def show_review(dialog: ImportReviewDialog) -> bool:
        happened.append("review")
        reviewed.append([editor.draft.origin for editor in dialog.editors])
        return False

    def answer() -> None:  # the user, reading the question and choosing
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and not happened:
            happened.append(f"{box.text()} {box.informativeText()}")
            next(b for b in box.buttons() if b.text() == choice).click()

    monkeypatch.setattr(ImportReviewDialog, "exec", show_review)
    user = QTimer(interval=5)
    user.timeout.connect(answer)
    user.start()
    other = draft_file(next(CORPUS.glob("au-dfat-01-*.txt")))
    window.review(([draft_file(NATO), other], []))
    user.stop()
    asked = happened[0]
    assert asked.startswith(f"{NATO.name} is in the library already.")
    today = date.today()  # the day the first import read it in
    imported = f"imported on {today.day} {today:%B %Y}"
    assert f"the consultation “{meeting.heading}” (record {meeting.id}, {imported})" in asked
    if choice == "Skip":
        assert happened[1:] == ["review"] and reviewed == [[other.origin]]
    else:
        assert happened[1:] == ["review"] and reviewed == [[NATO.name, other.origin]]
    close(window)
