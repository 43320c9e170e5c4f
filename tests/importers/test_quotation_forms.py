"""Quotations and introduced words in forms seen in real releases, each in a release written
here: who said them, and where they begin and end."""

from __future__ import annotations

from briefer.importers.draft import Draft
from tests.importers.drafting import draft


def _said(found: Draft) -> list[tuple[str, str]]:
    return [(s.speaker.name, s.text) for s in found.statements]


def test_a_quote_alone_with_its_full_stop_after_the_mark_is_the_person_named_before() -> None:
    found = draft(
        "Secretary-General Welcomes the Summit",
        "The Secretary-General of the Coral Sea Forum, Ms. Talia Verrano, was pleased that "
        "the leaders could meet despite the storms.",
        "“It is a turning point. We will bring our region's priorities to the table”.",
    )
    [(name, text)] = _said(found)
    assert name == "Talia Verrano"
    assert text == "It is a turning point. We will bring our region's priorities to the table"


def test_a_long_report_that_ends_by_introducing_a_message_gives_the_message() -> None:
    report = (
        "Dr. Oskar Halvorsen, Secretary-General of the Northern Forum, visited the city hall "
        "of Tarnovo to sign the book of condolences in honour of the victims of the flood. "
        "The Secretary-General paid his respects to the victims and expressed his heartfelt "
        "condolences to their families and his support to the government and the people of "
        "the country, recalling the long friendship between the members of the Forum and the "
        "many towns along the river that suffered in the past weeks. After signing the book "
        "of condolences, he left the following message:"
    )
    found = draft(
        "Secretary-General Expresses Condolences",
        report,
        "“No word can ease this loss. We stand with the families of the victims”.",
        "The Secretary-General also sent a letter to the Minister of the Interior.",
    )
    [(name, text)] = _said(found)
    assert name == "Oskar Halvorsen"
    assert text == "No word can ease this loss. We stand with the families of the victims"


def test_a_transcript_paragraph_that_goes_on_after_a_colon_stays_with_its_speaker() -> None:
    found = draft(
        "Regierungspressekonferenz vom 3. Mai",
        "MÜLLERSEN (BReg): Ich möchte etwas zur Lage in Nordland sagen. Dort haben gestern "
        "wieder Tausende friedlich demonstriert.",
        "Wir bekräftigen daher unsere Forderungen: Die Gefangenen müssen frei kommen.",
        "FRAGE: Gibt es dazu neue Erkenntnisse?",
        "MÜLLERSEN: Solche Erkenntnisse haben wir nicht.",
    )
    assert [(s.speaker.name, s.text.count("\n") + 1) for s in found.statements] == [
        ("Müllersen", 2),
        ("Müllersen", 1),
    ]
    assert found.statements[0].text.endswith("Die Gefangenen müssen frei kommen.")


def test_a_quote_credited_to_an_office_and_country_is_the_one_holding_it() -> None:
    found = draft(
        "Prime Ministers Met in Riverton",
        "On 7 June, Prime Minister of Norland Edda Vaskainen and Prime Minister of Suland "
        "Piet Marrow met in Riverton.",
        "‘As the threat grows, it is crucial for the Alliance to reinforce its eastern "
        "flank’, said Prime Minister of Norland.",
    )
    [(name, text)] = _said(found)
    assert name == "Edda Vaskainen"
    assert text.startswith("As the threat grows") and text.endswith("its eastern flank")


def test_words_introduced_by_a_described_foreign_minister_are_his() -> None:
    found = draft(
        "Une journée franco-allemande",
        "Le ministre fédéral des Affaires étrangères Karl Weinmann a convié son homologue "
        "français Paul Delaroche à un petit-déjeuner.",
        "Après leur entretien, le chef de la diplomatie allemande a déclaré :",
        "Nous avons présenté un programme commun et nous continuerons à coopérer étroitement.",
    )
    assert _said(found) == [
        (
            "Karl Weinmann",
            "Nous avons présenté un programme commun et nous continuerons à coopérer étroitement.",
        )
    ]


def test_a_quotation_in_straight_single_quotes_is_read_and_an_apostrophe_kept() -> None:
    found = draft(
        "Minister Berg Visits Ostland",
        "Oslo, 3 May 2024",
        "Foreign Minister Anna Berg met her counterpart Piet Marrow in Ostland on Monday. The "
        "ministers discussed the situation in the region.",
        "'We discussed the country's reconstruction and agreed to work closely together,' "
        "said Berg.",
    )
    assert _said(found) == [
        (
            "Anna Berg",
            "We discussed the country's reconstruction and agreed to work closely together.",
        )
    ]


def test_selon_gives_whose_words_follow() -> None:
    found = draft(
        "Le ministre Marchal en visite à Ostland",
        "Paris, le 3 mai 2024",
        "Le ministre des Affaires étrangères Paul Marchal a rencontré lundi son homologue Piet "
        "Marrow à Ostland. Les deux ministres ont évoqué la situation dans la région.",
        "Selon Paul Marchal, « nous avons parlé de la situation dans la région et nous voulons "
        "travailler ensemble ».",
    )
    [(name, text)] = _said(found)
    assert name == "Paul Marchal"
    assert text.startswith("nous avons parlé") and text.endswith("travailler ensemble")


def test_a_line_that_only_names_someone_introduces_their_words() -> None:
    found = draft(
        "Floods in Ostland",
        "Oslo, 3 May 2024",
        "Foreign Minister Anna Berg",
        "We are deeply saddened by the loss of life in the floods in Ostland.",
        "We call on all parties to help the families of the victims.",
    )
    [(name, text)] = _said(found)
    assert name == "Anna Berg"
    assert text == (
        "We are deeply saddened by the loss of life in the floods in Ostland.\n"
        "We call on all parties to help the families of the victims."
    )


def test_a_spokesperson_recalling_the_ministers_statement_gives_the_minister_words() -> None:
    found = draft(
        "Déclarations officielles du 18 mai 2024",
        "Paris, le 18 mai 2024",
        "Au point de presse de ce jour, le porte-parole a rappelé la déclaration du ministre "
        "Paul Marchal :",
        "Ostland - Inondations - Rappel de la déclaration de M. Paul Marchal, ministre des "
        "affaires étrangères",
        "C'est avec une profonde émotion que j'ai appris le bilan des inondations.",
        "Mes pensées vont aux familles des victimes.",
    )
    [(name, text)] = _said(found)
    assert name == "Paul Marchal"
    assert text.startswith("C'est avec") and text.endswith("familles des victimes.")


def test_a_short_first_person_sentence_credited_right_after_it_is_a_statement() -> None:
    found = draft(
        "Außenbeauftragter ruft zu Deeskalation auf",
        "Brüssel, 13. Dezember 2021",
        "Der Hohe Vertreter Karl Weinmann hat vor einer Eskalation gewarnt. „Wir müssen "
        "deeskalieren“, so Weinmann. Denn wenn es wirklich zu einer Krise komme, würde es "
        "viel schwieriger. „Das ist diplomatische Arbeit: klar zu machen, dass jede Aktion "
        "kostspielig sein wird.“ Er begrüßte den Besuch der Ministerin.",
    )
    assert _said(found) == [
        ("Karl Weinmann", "Wir müssen deeskalieren"),
        (
            "Karl Weinmann",
            "Das ist diplomatische Arbeit: klar zu machen, dass jede Aktion kostspielig sein wird.",
        ),
    ]


def test_a_short_quoted_term_is_no_statement() -> None:
    found = draft(
        "Ministerin Berg in Ostland",
        "Berlin, 3. Mai 2024",
        "Außenministerin Anna Berg traf ihren Amtskollegen Piet Marrow. Beide sprachen über "
        "die „Partnerschaft für Wachstum“ und die Lage in der Region.",
    )
    assert found.statements == ()


def test_speech_after_a_dash_glued_to_its_first_word_is_credited_at_its_end() -> None:
    found = draft(
        "Northland donates radars to Ostland",
        "-The conflict could last, and Ostland depends on our support. The government has "
        "therefore decided to donate radars, says Northland's Minister of Defence Ola Berget.",
        "-The radars are modern and will be of great use, says the Minister of Defence.",
        "The radars have already been shipped.",
    )
    [(name, text)] = _said(found)
    assert name == "Ola Berget"
    assert text == (
        "The conflict could last, and Ostland depends on our support. The government has "
        "therefore decided to donate radars\nThe radars are modern and will be of great use"
    )


def test_words_alone_after_a_photo_caption_are_the_person_named_before_it() -> None:
    found = draft(
        "Berg takes office as Minister of Foreign Affairs",
        "The new ministers were sworn in today. Minister of Foreign Affairs Anna Berg took "
        "over from her predecessor.",
        "Official handover of tasks. From left to right: Minister Dahl, Minister Berg, Eva "
        "Lund, Piet Marrow.",
        "'I took up my duties today. I want to defend the Northlands’ interests in strong "
        "alliances, like the EU and the UN.'",
    )
    [(name, text)] = _said(found)
    assert name == "Anna Berg"
    assert text.endswith("the Northlands’ interests in strong alliances, like the EU and the UN.")


def test_he_or_she_after_a_quote_is_the_subject_not_the_last_person_named() -> None:
    found = draft(
        "Le ministre Marchal en visite à Ostland",
        "Paris, le 3 mai 2024",
        "Le ministre des Affaires étrangères Paul Marchal a rencontré lundi son homologue Piet "
        "Marrow à Ostland. Les deux ministres ont évoqué la situation dans la région.",
        "« Nous voulons travailler ensemble à la reconstruction du pays », a-t-il affirmé.",
    )
    assert [name for name, _ in _said(found)] == ["Paul Marchal"]


def test_a_quote_credited_according_to_an_office_is_the_office_holder() -> None:
    found = draft(
        "Minister Berg Visits Ostland",
        "Oslo, 3 May 2024",
        "Foreign Minister Anna Berg met her Ostland counterpart Piet Marrow on Monday.",
        "“We want to work closely together on the reconstruction of the country,” according to "
        "the Foreign Minister.",
    )
    assert [name for name, _ in _said(found)] == ["Anna Berg"]


def test_a_quote_going_on_in_the_next_paragraph_with_she_continued_is_one_passage() -> None:
    found = draft(
        "Minister Berg Visits Ostland",
        "Oslo, 3 May 2024",
        "Foreign Minister Anna Berg met her Ostland counterpart Piet Marrow on Monday.",
        "“We discussed the situation in the region,” Berg said.",
        "She continued: “We will also step up our support for the reconstruction.”",
    )
    assert _said(found) == [
        (
            "Anna Berg",
            "We discussed the situation in the region.\n"
            "We will also step up our support for the reconstruction.",
        )
    ]


def test_a_headline_naming_someone_on_a_topic_gives_them_the_first_person_text() -> None:
    found = draft(
        "Foreign Minister Anna Berg on the floods in Ostland",
        "3 May 2024",
        "We are deeply saddened by the loss of life in the floods in Ostland.",
        "Norland stands ready to help the people of Ostland.",
    )
    assert found.kind == "statement"
    [(name, text)] = _said(found)
    assert name == "Anna Berg"
    assert text.endswith("Norland stands ready to help the people of Ostland.")


def test_an_intertitle_quoting_someone_does_not_introduce_the_next_paragraph() -> None:
    found = draft(
        "Hoher Besuch in Nordstadt",
        "Nordstadt, 3. Mai 2024",
        "Heute empfing Ministerpräsident Karl Weinmann die Botschafter aus zwölf Ländern im "
        "Rathaus. Die Gäste besuchen auf Einladung der Universität die Stadt.",
        "Weinmann: „Stadt im Herzen Europas.“",
        "Ministerpräsident Karl Weinmann nutzte den Anlass, die Gäste über die Stadt zu "
        "informieren: „Nordstadt gehört zu unseren stärksten Regionen.“",
        "Die Botschafter reisen am Dienstag weiter nach Südstadt.",
    )
    assert [text for _, text in _said(found)] == ["Nordstadt gehört zu unseren stärksten Regionen."]
