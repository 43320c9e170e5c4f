"""Speech and greeting releases: a heading that names a speech or greeting ("Grußwort des
Botschafters", "Palavras da Ministra …"), a salutation taken for the title, a photo caption or
a photo's label in the text."""

from __future__ import annotations

from briefer.importers.document import TextDocument
from briefer.importers.pressrelease import parse_release
from tests.importers.drafting import draft


def test_a_greeting_by_an_office_is_its_statement_from_the_text_after_a_glued_photo_label() -> None:
    found = draft(
        "Grußwort des Botschafters",
        "BOTSCHAFTFOTONach langer Vorbereitung ist heute die neue Internetseite der Botschaft "
        "freigeschaltet worden. Ich freue mich sehr darüber.",
        "Selbstverständlich weiß ich, dass wir noch viel zu tun haben.",
        "Wie viele schon gehört haben, endet meine Zeit als Botschafter in Brio bald.",
    )
    assert found.kind == "statement"
    assert len(found.statements) == 1
    said = found.statements[0]
    assert said.text.startswith("Nach langer Vorbereitung")
    assert said.text.endswith("in Brio bald.")
    assert said.speaker is not None
    assert (said.speaker.name, said.speaker.role) == ("", "Botschafter")


def test_a_greeting_whose_salutation_was_taken_for_the_title_opens_with_it() -> None:
    found = draft(
        "Grußwort",
        "Liebe Leserinnen und Leser,",
        "herzlich willkommen auf der Internetseite unserer Botschaft in Brio! Wir freuen uns "
        "sehr über Ihr Interesse an unserer Arbeit und an den Beziehungen beider Länder.",
        "Ich hoffe, dass Ihnen die Lektüre auch ein wenig Spaß macht.",
        "Mit besten Grüßen",
        "Karl Moen",
        "Botschafter",
    )
    assert found.kind == "statement"
    assert [s.text.split("\n")[0] for s in found.statements] == ["Liebe Leserinnen und Leser,"]
    assert found.statements[0].speaker is not None
    assert found.statements[0].speaker.name == "Karl Moen"


def test_a_photo_caption_naming_the_speaker_parts_a_greeting_into_two_passages() -> None:
    found = draft(
        "Grußwort von Botschafter Karl Moen",
        "Seit vielen Jahren feiern wir im Oktober den Tag der Einheit unseres Landes, und "
        "wir freuen uns auf das Fest mit Ihnen.",
        "Botschafter Karl Moen © Anna Berg",
        "Unser Land ist seither noch vielfältiger geworden, von den Küsten bis zu den Bergen "
        "und von den Städten bis zu den Dörfern.",
        "Mit herzlichen Grüßen",
    )
    assert [s.text[:20] for s in found.statements] == [
        "Seit vielen Jahren f",
        "Unser Land ist seith",
    ]
    assert all(s.speaker and s.speaker.name == "Karl Moen" for s in found.statements)


def test_a_speech_heading_in_portuguese_or_spanish_makes_the_release_a_statement() -> None:
    for heading in (
        "Palavras da Ministra da Defesa, Embaixadora Anna Berg, na Cúpula do Grupo Norte",
        "Discurso del Canciller Karl Moen en la Asamblea del Grupo Norte",
    ):
        found = draft(
            heading,
            "Senhoras e senhores, é uma honra estar aqui hoje com todos vocês nesta cúpula.",
            "Norland está comprometida com a paz e com a cooperação entre os nossos países.",
        )
        assert found.kind == "statement", heading


def test_a_speech_under_its_heading_begins_with_its_address_lines_ending_in_semicolons() -> None:
    heading = "Inaugural address by the Foreign Minister, Ambassador Karl Moen – Brio, May 4, 2020"
    paragraphs = (
        heading,
        "Mr. Jon Dahl, President of Norland;",
        "Ms. Anna Berg, Vice-President;",
        "General Lars Holm, Head of the Cabinet Office, through whom I salute all cabinet "
        "members in the hall; and",
        "Dear colleagues, friends.",
        "Let me start by thanking the President for the trust he has placed in me.",
        "Our diplomacy will stand for peace and for trade with all our neighbours.",
    )
    # the title given, as a web page's title tag gives it (choosing it is the layout's part)
    found = parse_release(TextDocument(paragraphs, origin="r.html", format="html", title=heading))
    assert found.kind == "statement"
    assert len(found.statements) == 1
    said = found.statements[0]
    assert said.speaker is not None
    assert said.speaker.name == "Karl Moen"
    assert said.text.startswith("Mr. Jon Dahl, President of Norland;")
    assert said.text.endswith("with all our neighbours.")
    assert said.text.count("\n") == 5


def test_plural_abbreviations_at_the_start_of_a_greeting_are_no_photo_label() -> None:
    found = draft(
        "Grußwort des Botschafters",
        "NGOs und Stiftungen haben die neue Internetseite der Botschaft mit uns vorbereitet. "
        "Ich freue mich sehr darüber und danke allen, die geholfen haben.",
        "Wie viele schon gehört haben, endet meine Zeit als Botschafter in Brio bald.",
    )
    assert [s.text[:20] for s in found.statements] == ["NGOs und Stiftungen "]
