"""Identifiers of the parts of a briefing: sections, entries and annexes."""

from __future__ import annotations

import uuid


def new_id() -> str:
    """Return a fresh identifier for a section, an entry or an annex."""
    return uuid.uuid4().hex[:12]
