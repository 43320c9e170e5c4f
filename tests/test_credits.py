"""The About box's facts: briefer's version, its libraries' and fonts' licences."""

from __future__ import annotations

import re

from briefer import credits, paths


def test_every_library_briefer_runs_on_is_named_with_its_licence() -> None:
    found = {c.name.casefold().replace("_", "-"): c for c in credits.libraries()}
    for needed in ("reportlab", "python-docx", "pyside6-essentials", "platformdirs", "pypdf"):
        assert needed in found
        assert found[needed].licence and found[needed].version
    assert "pytest" not in found and "mypy" not in found  # test tools are not shipped


def test_every_bundled_font_file_is_credited_with_its_licence() -> None:
    folder = paths.resources_dir() / "fonts"
    readme = (folder / "README.md").read_text("utf-8")
    listed: set[str] = set()
    for pattern in re.findall(r"^\|\s*`([^`]+)`", readme, re.MULTILINE):
        names = [pattern]
        while any("{" in n for n in names):
            expanded = []
            for name in names:
                brace = re.search(r"\{([^}]*)\}", name)
                if brace is None:
                    expanded.append(name)
                    continue
                for part in brace.group(1).split(","):
                    expanded.append(name[: brace.start()] + part + name[brace.end() :])
            names = expanded
        listed.update(names)
    assert {f.name for f in folder.glob("*.ttf")} <= listed
    families = {c.name: c.licence for c in credits.fonts()}
    assert families["Noto Serif"] == "SIL Open Font License 1.1"
    assert families["IPAexGothic"] == "IPA Font License 1.0"
    assert all(licence for licence in families.values())


def test_the_version_is_the_installed_one() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+.*", credits.version())
