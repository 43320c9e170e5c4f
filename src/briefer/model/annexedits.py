"""Pure edit operations on a briefing's annexes: each returns a new briefing."""

from __future__ import annotations

from dataclasses import replace

from briefer.errors import AnnexError, BriefingError
from briefer.i18n import _, number
from briefer.model.annexes import MAX_ANNEXES_BYTES, Annex, ReleaseAnnex, annexes_size
from briefer.model.briefing import Briefing
from briefer.model.records import Source


def find_annex(briefing: Briefing, annex_id: str) -> int:
    """Return the index of the annex with this id."""
    for index, annex in enumerate(briefing.annexes):
        if annex.id == annex_id:
            return index
    raise BriefingError(_("The briefing has no annex with id '{id}'").format(id=annex_id))


def add_annex(briefing: Briefing, annex: Annex, index: int | None = None) -> Briefing:
    """Insert an annex at index (default: after the others); refuse one that would make the
    annexes larger than a briefing holds."""
    together = annexes_size((*briefing.annexes, annex))
    if together > MAX_ANNEXES_BYTES:
        raise AnnexError(
            _(
                "With “{title}” the annexes would hold {size} MiB; a briefing's annexes hold "
                "at most {most} MiB together. Attach a smaller copy, or remove another annex first"
            ).format(
                title=annex.title,
                size=number(round(together / 2**20)),
                most=number(MAX_ANNEXES_BYTES // 2**20),
            )
        )
    annexes = list(briefing.annexes)
    annexes.insert(len(annexes) if index is None else max(0, min(index, len(annexes))), annex)
    return replace(briefing, annexes=tuple(annexes))


def remove_annex(briefing: Briefing, annex_id: str) -> Briefing:
    """Remove an annex; those after it move up a number."""
    index = find_annex(briefing, annex_id)
    return replace(briefing, annexes=briefing.annexes[:index] + briefing.annexes[index + 1 :])


def move_annex(briefing: Briefing, annex_id: str, index: int) -> Briefing:
    """Move an annex so that it ends up at index (kept within the list)."""
    annexes = list(briefing.annexes)
    annex = annexes.pop(find_annex(briefing, annex_id))
    annexes.insert(max(0, min(index, len(annexes))), annex)
    return replace(briefing, annexes=tuple(annexes))


def rename_annex(briefing: Briefing, annex_id: str, title: str) -> Briefing:
    """Give an annex a new title."""
    index = find_annex(briefing, annex_id)
    annexes = list(briefing.annexes)
    annexes[index] = replace(annexes[index], title=title)
    return replace(briefing, annexes=tuple(annexes))


def release_number(briefing: Briefing, source: Source) -> int | None:
    """Return the number (1-based) of the annex that already holds this release, if any."""
    for position, annex in enumerate(briefing.annexes, start=1):
        if isinstance(annex, ReleaseAnnex) and annex.source.content_hash == source.content_hash:
            return position
    return None
