"""German separable verbs built on "treffen" (K12-4): "traf … ein" (arrived) and "traf … auf"
(came upon) are no meeting, "traf … zusammen" and "traf X auf dem Gipfel" are; a meeting told
verb-last with a future ("…, wo sie mit X zusammentreffen wird") is still ahead."""

from __future__ import annotations

from tests.importers.drafting import draft, participants

HEADLINE = "Präsidentin des Hilfswerks in Norland"
DATELINE = "Genf, 4. Mai 2024"


def test_an_arrival_with_meetings_ahead_is_no_meeting() -> None:
    for lede in (
        "Die Präsidentin des Hilfswerks, Ana Lo, traf am Montag in Norland ein, wo sie mit "
        "Vertretern der Regierung zusammentreffen wird.",
        "Die Präsidentin des Hilfswerks, Ana Lo, traf am Montag in Norland ein. Sie wird dort "
        "mit Präsident Ivo Ran zusammentreffen.",
        "Die Präsidentin des Hilfswerks, Ana Lo, trifft am Montag in Norland ein, wo sie mit "
        "Präsident Ivo Ran zusammentreffen wird.",
        "Ana Lo traf gestern in Brio ein und soll heute Präsident Ivo Ran treffen.",
    ):
        found = draft(HEADLINE, DATELINE, lede)
        assert found.kind == "other", lede
        assert found.consultation is None, lede


def test_what_someone_came_upon_is_no_meeting() -> None:
    found = draft(
        HEADLINE,
        DATELINE,
        "Bei seinem Besuch traf Präsident Ivo Ran in Brio auf heftigen Widerstand der "
        "Opposition, deren Führerin Ana Lo Neuwahlen forderte.",
    )
    assert found.consultation is None


def test_met_together_or_at_a_place_is_a_meeting() -> None:
    for lede in (
        "Präsidentin Ana Lo traf am Montag in Brio mit Präsident Ivo Ran zusammen.",
        "Präsidentin Ana Lo traf am Montag in Brio Präsident Ivo Ran.",
        "Präsidentin Ana Lo traf am Montag Präsident Ivo Ran auf dem Gipfel in Brio.",
    ):
        found = draft(HEADLINE, DATELINE, lede)
        assert found.kind == "consultation", lede
        assert participants(found) == ["Ana Lo", "Ivo Ran"], lede
