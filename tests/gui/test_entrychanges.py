"""An entry whose library record changed shows what changed, word by word, and takes the
library's version with one button (undoably)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from briefer.gui.mainwindow import MainWindow
from briefer.model import RecordEntry, Statement
from briefer.model.changes import Change, Stretch, word_changes


def test_word_changes_mark_whole_words_removed_and_added() -> None:
    changes = word_changes("Japan is a key partner of Germany.", "Japan is a close partner.")
    assert changes == [
        Stretch(Change.SAME, "Japan is a "),
        Stretch(Change.REMOVED, "key"),
        Stretch(Change.ADDED, "close"),
        Stretch(Change.SAME, " "),
        Stretch(Change.REMOVED, "partner of Germany."),
        Stretch(Change.ADDED, "partner."),
    ]
    assert word_changes("same text", "same text") == [Stretch(Change.SAME, "same text")]
    old = "".join(s.text for s in changes if s.change is not Change.ADDED)
    new = "".join(s.text for s in changes if s.change is not Change.REMOVED)
    assert (old, new) == ("Japan is a key partner of Germany.", "Japan is a close partner.")


def maas(window: MainWindow) -> RecordEntry:
    return next(
        e
        for e in window.document.briefing.entries()
        if isinstance(e, RecordEntry) and e.record_id == 2
    )


def test_a_changed_record_shows_its_changes_and_an_update_button(window: MainWindow) -> None:
    entry = maas(window)
    window.outline.setCurrentIndex(window.outline_model.index_of(entry.id))
    editor = window.editor
    assert not editor.update_button.isVisibleTo(window)  # unchanged: nothing to update
    assert not editor.changed_notice.isVisibleTo(window)
    said = window.library.get(2)
    assert isinstance(said, Statement)
    corrected = said.text.replace("world of tomorrow", "world of <b>today</b>")
    window.library.update(2, replace(said, text=corrected))
    window.library_changed()  # the editor follows while it shows the entry
    assert editor.update_button.isVisibleTo(window) and editor.changed_notice.isVisibleTo(window)
    shown = editor.record_view.document()
    removed, added = [], []
    block = shown.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            look = fragment.charFormat()
            if look.fontStrikeOut():
                removed.append(fragment.text())
            elif look.fontUnderline():
                added.append(fragment.text())
            fragments += 1
        block = block.next()
    assert "".join(removed) == "tomorrow," and "".join(added) == "<b>today</b>,"  # as typed
    editor.update_button.click()
    assert maas(window).record.text == corrected  # type: ignore[attr-defined]
    assert not editor.update_button.isVisibleTo(window)
    assert "<b>today</b>" in editor.record_view.toPlainText()
    window.undo_action.trigger()
    assert maas(window).record.text == said.text  # type: ignore[attr-defined]
    index = window.outline_model.index_of(entry.id)
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None  # marked again
