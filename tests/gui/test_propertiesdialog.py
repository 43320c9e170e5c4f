"""The briefing's properties: a marking above VS-NfD or OFFICIAL-SENSITIVE is warned about."""

from __future__ import annotations

from briefer.gui.preferences import Preferences, PreferencesDialog
from briefer.gui.propertiesdialog import PropertiesDialog
from briefer.library.sample import sample_briefing_path
from briefer.model import briefingfile


def choose(dialog: PropertiesDialog | PreferencesDialog, label: str) -> None:
    box = dialog.classification
    index = box.findData(label)
    assert index >= 0, label
    box.setCurrentIndex(index)


def test_a_level_for_approved_systems_only_is_warned_about(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PropertiesDialog(briefingfile.load(sample_briefing_path()).meta)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.marking_warning.isVisible()  # the sample is VS-NfD: ordinary office IT
    for label in ("GEHEIM", "VS-VERTRAULICH", "SECRET UK EYES ONLY", "NATO CONFIDENTIAL"):
        choose(dialog, label)
        assert dialog.marking_warning.isVisible(), label
        assert label in dialog.marking_warning.text()
        assert "approved" in dialog.marking_warning.text()
    for label in ("OFFICIAL-SENSITIVE UK EYES ONLY", "VS-NUR FÜR DEN DIENSTGEBRAUCH", ""):
        choose(dialog, label)
        assert not dialog.marking_warning.isVisible(), label
    choose(dialog, "STRENG GEHEIM")
    assert dialog.meta().classification == "STRENG GEHEIM"  # a warning, not a refusal


def test_the_preferences_warn_too(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    dialog.show()
    choose(dialog, "TOP SECRET")
    assert dialog.marking_warning.isVisible()
