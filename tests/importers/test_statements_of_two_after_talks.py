"""A transcript of the statements two leaders made after their talks, named only in its
headline ("Statements by Prime Minister Tal and President Ona after their talks",
"Déclarations de M. Tal et de M. Ona à l'issue de leur entretien", "Pressestatements von
Bundeskanzler Tal und Präsident Ona nach ihrem Gespräch"), its first-person text unlabelled:
each run of paragraphs is one of them, told by the headline's order and a change of speaker
("Thank you, Mr President", "Merci, Monsieur le Premier ministre"); a run no sign tells is
no one's (invented releases)."""

from __future__ import annotations

import pytest

from tests.importers.drafting import draft


def _speakers(found: object) -> list[str]:
    return [s.speaker.name.split()[-1] for s in found.statements]  # type: ignore[attr-defined]


def test_the_host_opens_the_statements_the_headline_names_first() -> None:
    found = draft(
        "Statements by Prime Minister Karl Tal and President Mira Ona after their talks",
        "Brio, 3 May 2026",
        "It was a pleasure to welcome the President to our capital today. We had an open and "
        "friendly discussion.",
        "We agreed to double our trade by 2030 and to build the new bridge together.",
        "I am convinced that our two countries will work ever more closely together.",
    )
    assert _speakers(found) == ["Tal"]
    assert found.statements[0].text.startswith("It was a pleasure")
    assert found.statements[0].text.endswith("ever more closely together.")


_PAIRS = [
    (
        "Statements by Prime Minister Karl Tal and President Mira Ona after their talks",
        "It was a pleasure to welcome the President to our capital today. We had an open "
        "discussion on trade.",
        "We agreed to build the new bridge together.",
        "Thank you, Prime Minister, for your kind words and your hospitality.",
        "I am glad that we could agree on the bridge, and I look forward to your visit.",
    ),
    (
        "Déclarations de M. Karl Tal, Premier ministre, et de Mme Mira Ona, Présidente, à "
        "l'issue de leur entretien",
        "C'est un plaisir pour moi d'accueillir la Présidente dans notre capitale. Nous avons "
        "eu un entretien franc.",
        "Nous avons décidé de construire ensemble le nouveau pont.",
        "Merci, Monsieur le Premier ministre, pour votre accueil chaleureux.",
        "Je suis heureuse que nous soyons d'accord sur le pont, et j'attends votre visite.",
    ),
    (
        "Pressestatements von Bundeskanzler Karl Tal und Präsidentin Mira Ona nach ihrem Gespräch",
        "Ich freue mich sehr, die Präsidentin heute in unserer Hauptstadt zu begrüßen. Wir "
        "hatten ein offenes Gespräch.",
        "Wir haben vereinbart, die neue Brücke gemeinsam zu bauen.",
        "Vielen Dank, Herr Bundeskanzler, für die freundliche Aufnahme.",
        "Ich freue mich, dass wir uns über die Brücke einig sind, und ich erwarte Ihren Besuch.",
    ),
]


@pytest.mark.parametrize(("title", "one", "two", "three", "four"), _PAIRS)
def test_thanks_to_the_first_speaker_open_the_second_ones_words(
    title: str, one: str, two: str, three: str, four: str
) -> None:
    found = draft(title, "3 May 2026", one, two, three, four)
    assert _speakers(found) == ["Tal", "Ona"]
    assert found.statements[0].text.startswith(one[:20])
    assert found.statements[1].text.startswith(three[:12])
    assert found.statements[1].text.endswith(four[-12:])


def test_a_run_no_sign_tells_is_no_ones() -> None:
    found = draft(
        "Remarks by President Karl Tal and President Mira Ona after their meeting",
        "3 May 2026",
        "It was a pleasure to welcome the President to our capital today.",
        "We agreed to build the new bridge together.",
        "Thank you.",
        "I am glad that we could agree, and I look forward to the next visit.",
        "Question: When will the bridge be built?",
        "I think we will start next year, and we will finish it by 2030.",
    )
    # after the question no sign tells which of the two presidents answers
    assert _speakers(found) == ["Tal", "Ona"]
    assert "next year" not in " ".join(s.text for s in found.statements)


def test_a_label_with_an_honorifics_dot_gives_the_run_to_the_one_it_names() -> None:
    found = draft(
        "Conférence de presse conjointe de M. Karl Tal et de Mme Mira Ona",
        "Brio, le 3 mai 2026",
        "M. Karl Tal : Je suis heureux d'accueillir la Présidente. Nous avons parlé du pont.",
        "Nous allons le construire ensemble.",
        "Mme Mira Ona : Merci. Je suis d'accord avec ce qui a été dit.",
        "Question : Quand le pont sera-t-il construit ?",
        "M. Karl Tal : Je pense que nous commencerons l'an prochain.",
    )
    assert _speakers(found) == ["Tal", "Ona", "Tal"]
    assert found.statements[0].text.startswith("Je suis heureux")
    assert found.statements[2].text.startswith("Je pense")
