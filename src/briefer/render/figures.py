"""How large a figure prints, in every format: within the room it has, never enlarged."""

from __future__ import annotations

DPI = 150  # a picture's natural size: its pixels at this resolution, sharp enough on paper
_POINTS_PER_INCH = 72


def figure_size(
    width_px: int, height_px: int, room_width: float, room_height: float
) -> tuple[float, float]:
    """Return the width and height in points of a picture of width_px × height_px: its
    natural size, scaled down (keeping its shape) to fit room_width × room_height."""
    width = width_px * _POINTS_PER_INCH / DPI
    height = height_px * _POINTS_PER_INCH / DPI
    scale = min(1.0, room_width / width, max(room_height, 1.0) / height)
    return width * scale, height * scale
