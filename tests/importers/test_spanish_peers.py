"""The Spanish peer ("recibió a su par de Uruguay, Ana Lo", "su par uruguayo Ana Lo") is a
counterpart as "su homólogo" is, and a Spanish nationality in -ayo/-ense after either
("su homólogo paraguayo", "su par estadounidense") is read as "chileno" was."""

import pytest

from briefer.importers.meetingmentions import mentioned


@pytest.mark.parametrize(
    "text",
    [
        "El Presidente Ivo Ren recibió esta mañana en la sede del Gobierno a su par de Uruguay, "
        "Ana Lo.",
        "El Presidente Ivo Ren recibió a su par uruguaya Ana Lo en la sede del Gobierno.",
        "El Presidente Ivo Ren se reunió con su homóloga paraguaya, Ana Lo.",
        "El canciller Ivo Ren conversó con su par estadounidense Ana Lo.",
    ],
)
def test_the_peer_is_named(text: str) -> None:
    found = {m.name: m.role for m in mentioned(text)}
    assert "Ana Lo" in found
    assert found["Ana Lo"] in ("", "par de Uruguay")  # the bare word is no role


def test_par_elsewhere_is_no_counterpart() -> None:
    assert [m.name for m in mentioned("Il a été reçu par Ana Lo et Ivo Ren.")] == []
