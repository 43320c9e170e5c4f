"""The PySide6 desktop app; the only package that imports Qt."""

from briefer.gui.emitfix import guard

guard()  # before any module emits a signal
