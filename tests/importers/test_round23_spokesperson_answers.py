"""An embassy spokesperson's answer to a question it poses itself (round 23): "Question: … X
called on the UK to “defend …”. What is the comment …?" / "Embassy Spokesperson: …"; the
words the question quotes are no statement, the answer is the spokesperson's."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_the_spokesperson_s_labelled_answer_is_the_statement_not_the_question_s_quote() -> None:
    found = draft(
        "Selonian Embassy Spokesperson’s Remarks",
        "2021-03-04 10:15",
        "Question: The Norlandic Foreign Minister Ola Dimas said in a speech that Selonia "
        "should “stop its economic pressure on its neighbours” and work with Norland. What is "
        "the comment of the Selonian Embassy?",
        "Embassy Spokesperson: The accusations in this speech confuse right and wrong and are "
        "full of disinformation about Selonia.",
        "What people see is Selonia taking concrete measures for peace and development. Facts "
        "are facts.",
    )
    assert found.kind == "statement"
    [statement] = found.statements
    assert statement.speaker is None or not statement.speaker.name
    assert statement.text.startswith("The accusations in this speech")
    assert statement.text.endswith("Facts are facts.")


def test_a_french_spokesperson_s_labelled_answer_starts_after_the_label() -> None:
    found = draft(
        "Remarques du porte-parole de l’ambassade de Sélonie",
        "Question : Le ministre norlandais Ola Dimas a appelé à « cesser toute pression "
        "économique sur les voisins de la Sélonie ». Quel est votre commentaire ?",
        "Porte-parole de l’ambassade : Ces accusations confondent le vrai et le faux et sont "
        "pleines de désinformation sur la Sélonie.",
    )
    [statement] = found.statements
    assert statement.text.startswith("Ces accusations confondent")
