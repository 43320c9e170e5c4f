"""Reading saved web pages: the article without page furniture, and the page's metadata."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefer.errors import ImportFailed
from briefer.importers.readers import read_file

DATA = Path(__file__).resolve().parents[1] / "data" / "readers"


def write(tmp_path: Path, name: str, markup: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(markup.encode(encoding))
    return path


def test_a_saved_press_release_gives_its_article_only() -> None:
    document = read_file(DATA / "press-release.html", url="https://caller.example/page")
    assert document.paragraphs == (
        "13.04.2021 – Press release",
        "Germany and Japan hold first 2+2 consultations",
        "Today, Foreign Minister Maas and Defence Minister Kramp-Karrenbauer held joint political"
        " and security policy consultations via video teleconference with their Japanese"
        " counterparts.",
        "Foreign Minister Maas made the following statement:",
        "“Our cooperation with Japan plays an important role, because Japan is a key partner of"
        " Germany.”",
        "R&D, security & defence were discussed; the markup <b> is shown as text.",
        "regional issues in the Indo-Pacific",
        "the Korean peninsula",
    )
    text = "\n".join(document.paragraphs)
    for furniture in ("cookie", "Skip to", "Newsroom", "Share", "Related", "Imprint", "©"):
        assert furniture not in text
    for scripted in ("Minister X", "Scripted quote", "Injected quote", "JavaScript", "content:"):
        assert scripted not in text


def test_a_saved_press_release_gives_its_metadata() -> None:
    document = read_file(DATA / "press-release.html", url="https://caller.example/page")
    assert (document.origin, document.format) == ("press-release.html", "html")
    assert document.title == "Germany and Japan hold first 2+2 consultations"
    assert document.url == "https://www.example.org/en/newsroom/news/2plus2-japan"
    assert document.publisher == "Federal Foreign Office"
    assert document.author == "Press Office"
    assert document.date_published == date(2021, 4, 13)
    assert (
        document.meta["description"] == "Joint consultations of the foreign and defence ministers."
    )
    assert document.meta["article:published_time"] == "2021-04-13T10:30:00+02:00"


def test_without_article_markup_the_densest_text_is_the_article(tmp_path: Path) -> None:
    markup = """<html><head><title>Consultations | Ministry</title></head><body>
    <div class="top"><a href="/">Home</a> <a href="/press">Press</a></div>
    <div class="column"><p>Short teaser.</p></div>
    <div class="content">
      <h1>Consultations with Japan</h1>
      <p>The ministers met today in Tokyo for talks on security in the region.</p>
      <p>They agreed to meet again next year in Berlin.</p>
      <div>Contact: press office</div>
    </div>
    <div id="footer">Imprint · Data protection</div>
    </body></html>"""
    document = read_file(write(tmp_path, "page.html", markup))
    assert document.paragraphs == (
        "Consultations with Japan",
        "The ministers met today in Tokyo for talks on security in the region.",
        "They agreed to meet again next year in Berlin.",
        "Contact: press office",
    )
    assert document.title == "Consultations with Japan"


def test_an_h1_outside_the_article_comes_first(tmp_path: Path) -> None:
    markup = """<!DOCTYPE html><html><head><title>Page title</title></head><body>
    <div class="page-title"><h1>Joint statement on Japan</h1></div>
    <div itemprop="articleBody"><p>First paragraph.</p><p>Second <b>bold</b> paragraph.</p></div>
    </body></html>"""
    document = read_file(write(tmp_path, "statement.htm", markup))
    assert document.paragraphs == (
        "Joint statement on Japan",
        "First paragraph.",
        "Second bold paragraph.",
    )


def test_the_page_title_is_the_last_resort_title(tmp_path: Path) -> None:
    markup = (
        "<html><head><title> Readout  of a call </title></head><body><p>Text.</p></body></html>"
    )
    document = read_file(write(tmp_path, "readout.html", markup))
    assert document.title == "Readout of a call"
    assert document.date_published is None
    assert document.url == ""


def test_the_callers_url_is_used_when_the_page_names_none(tmp_path: Path) -> None:
    markup = "<html><body><main><p>Text.</p></main></body></html>"
    document = read_file(write(tmp_path, "p.html", markup), url="https://example.org/p")
    assert document.url == "https://example.org/p"


def test_a_time_in_the_article_dates_it(tmp_path: Path) -> None:
    markup = """<html><body><article><p>Posted <time datetime="2022-11-03T09:00">3 Nov</time>.</p>
    <p>Text.</p></article></body></html>"""
    document = read_file(write(tmp_path, "t.html", markup))
    assert document.date_published == date(2022, 11, 3)


def test_a_page_declared_windows_1252_is_decoded_as_such(tmp_path: Path) -> None:
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        "</head><body><p>Grüße aus Köln – „Zitat“ für 5 €</p></body></html>"
    )
    document = read_file(write(tmp_path, "alt.html", markup, encoding="cp1252"))
    assert document.paragraphs == ("Grüße aus Köln – „Zitat“ für 5 €",)


def test_an_xhtml_page_with_an_xml_declaration_is_read(tmp_path: Path) -> None:
    markup = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Straße</p></body></html>'
    )
    assert read_file(write(tmp_path, "x.xhtml", markup)).paragraphs == ("Straße",)


def test_markup_in_a_txt_file_is_still_read_as_html(tmp_path: Path) -> None:
    markup = "\n\n<!doctype html><p>Saved with the wrong name.</p><script>x()</script>"
    document = read_file(write(tmp_path, "saved.txt", markup))
    assert (document.format, document.paragraphs) == ("html", ("Saved with the wrong name.",))


def test_an_html_fragment_named_html_is_read_as_html(tmp_path: Path) -> None:
    markup = "<p>First &amp; <i>only</i></p>\n<p>Second</p>"
    document = read_file(write(tmp_path, "fragment.html", markup))
    assert (document.format, document.paragraphs) == ("html", ("First & only", "Second"))


def test_plain_text_named_html_is_read_as_text(tmp_path: Path) -> None:
    document = read_file(write(tmp_path, "copied.html", "Just text & no markup.\n"))
    assert (document.format, document.paragraphs) == ("text", ("Just text & no markup.",))


def test_text_mentioning_tags_is_not_taken_for_html(tmp_path: Path) -> None:
    text = "The ministers discussed <security> and R&D.\n"
    document = read_file(write(tmp_path, "note.txt", text))
    assert (document.format, document.paragraphs) == ("text", (text.strip(),))


def test_a_page_holding_only_furniture_is_refused(tmp_path: Path) -> None:
    markup = "<html><body><nav><a href='/'>Home</a></nav><script>var a = 1;</script></body></html>"
    with pytest.raises(ImportFailed, match=r"^menu\.html holds no text"):
        read_file(write(tmp_path, "menu.html", markup))


def test_a_page_nested_deeper_than_the_html_parser_goes_keeps_its_text(tmp_path: Path) -> None:
    depth = 200_000
    markup = (
        "<html><head><title>Ministers meet</title><script>var x = 1;</script></head><body>"
        + "<div>" * depth
        + "<h1>Ministers meet in Berlin</h1><p>Foreign Minister Anna Schmidt met her French"
        " counterpart.</p><nav>Home</nav><p>“We stand together,” she said.</p>"
        + "</div>" * depth
        + "</body></html>"
    )
    document = read_file(write(tmp_path, "deep.html", markup))
    assert document.title == "Ministers meet"
    assert document.paragraphs == (
        "Ministers meet in Berlin",
        "Foreign Minister Anna Schmidt met her French counterpart.",
        "“We stand together,” she said.",
    )
