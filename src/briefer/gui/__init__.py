"""The PySide6 desktop app; the only package that imports Qt."""

from briefer.gui.refleak import guard

guard()  # before any other module calls into Qt
