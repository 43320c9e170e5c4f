"""Forms of statements and meetings the real corpus showed, each in a release written here."""

from __future__ import annotations

import pytest

from briefer.importers.draft import Draft
from briefer.importers.meetings import meeting_sentence
from briefer.importers.persons import find_mentions
from briefer.importers.pressrelease import parse_release
from briefer.importers.readers import read_pasted


def _parse(text: str) -> Draft:
    return parse_release(read_pasted(text))


def _said(draft: Draft) -> list[tuple[str, str, str]]:
    return [(s.speaker.name, s.speaker.role, s.text) for s in draft.statements]


def test_a_transcript_of_questions_gives_the_answers_not_the_questions() -> None:
    draft = _parse(
        "Foreign Ministry Spokesperson Li Wei's Remarks on the Situation in the Region\n\n"
        "2024-03-05\n\n"
        "Q: It is reported that the two sides held talks yesterday. What is your comment?\n\n"
        "A: We have noted the reports. We hope that all parties will exercise restraint.\n\n"
        "We stand ready to play a constructive role.\n\n"
        "Q: Will the minister attend the conference?\n\n"
        "A: We will release information in due course.\n"
    )
    assert draft.kind == "statement"
    assert _said(draft) == [
        (
            "Li Wei",
            "Spokesperson",
            "We have noted the reports. We hope that all parties will exercise restraint.\n"
            "We stand ready to play a constructive role.",
        ),
        ("Li Wei", "Spokesperson", "We will release information in due course."),
    ]


def test_an_unsigned_text_in_the_first_person_plural_is_the_office_statement() -> None:
    draft = _parse(
        "Press Release Regarding the Attack in the Capital\n\n"
        "12 May 2023\n\n"
        "We are deeply saddened to learn of the attack that took place in the capital today.\n\n"
        "We extend our condolences to the families of those who lost their lives.\n\n"
        "For further information, contact:\n"
    )
    assert draft.kind == "statement"
    [(name, _, text)] = _said(draft)
    assert name == ""
    assert text.startswith("We are deeply saddened") and text.endswith("lost their lives.")


def test_an_office_that_takes_a_position_speaks_for_itself() -> None:
    draft = _parse(
        "Intrusion into the Maritime Zone\n\n"
        "The Ministry of Foreign Affairs strongly protests the intrusion of a foreign vessel "
        "into the country's maritime zone on 3 June 2021.\n\n"
        "The Ministry calls on all parties to respect international law.\n"
    )
    [(name, role, text)] = _said(draft)
    assert (name, role) == ("", "The Ministry of Foreign Affairs")
    assert text.endswith("respect international law.")


def test_a_collective_declaration_is_no_single_office_statement() -> None:
    draft = _parse(
        "Declaration of the Ministers\n\n"
        "We, the Ministers for Foreign Affairs of the region, met today and agreed as follows.\n"
    )
    assert draft.statements == ()


def test_a_statement_under_its_own_heading_in_the_body() -> None:
    draft = _parse(
        "Position of the Prime Minister on the Crisis\n\n"
        "The Prime Minister is alarmed by the escalation and has voiced his conviction that "
        "talks are needed.\n\n"
        "Statement by the Ministry of Foreign Affairs on the Escalation of the Conflict\n\n"
        "The Ministry expresses its deep concern over the outbreak of armed clashes. It calls "
        "on all parties to stop their military activities immediately.\n"
    )
    [(name, role, text)] = _said(draft)
    assert (name, role) == ("", "Ministry of Foreign Affairs")
    assert text.startswith("The Ministry expresses its deep concern")


def test_a_message_that_reads_as_follows_is_its_writers() -> None:
    draft = _parse(
        "Condolence Message of the President\n\n"
        "H.E. Dr. Amani Juma, President of the Republic of Tanzania, has sent a condolence "
        "message to the President of Chile after the earthquake.\n\n"
        "The message reads as follows:\n\n"
        "“Your Excellency,\n\n"
        "I have learnt with deep sorrow of the earthquake that hit your country.\n\n"
        "Please accept the assurances of my highest consideration”.\n"
    )
    [(name, _, text)] = _said(draft)
    assert name == "Amani Juma"
    assert text.startswith("Your Excellency,") and text.endswith("highest consideration")


def test_a_spokesperson_for_someone_speaks_unnamed_for_them() -> None:
    draft = _parse(
        "Le Secrétaire général condamne l’attentat\n\n"
        "La déclaration suivante a été communiquée aujourd’hui par le Porte-parole de "
        "M. Ban Ki-moon, Secrétaire général de l’ONU:\n\n"
        "Le Secrétaire général condamne l’attentat perpétré ce matin.\n\n"
        "Le Secrétaire général se dit convaincu que la crise ne peut être réglée que par une "
        "solution politique.\n"
    )
    [(name, role, text)] = _said(draft)
    assert name == ""
    assert role.startswith("Porte-parole de M. Ban Ki-moon")
    assert text.endswith("solution politique.")  # both paragraphs: the spokesperson narrates


def test_words_introduced_by_an_office_alone() -> None:
    draft = _parse(
        "Déclaration à la presse\n\n"
        "On trouvera ci-après la déclaration faite par le Secrétaire général à la presse :\n\n"
        "« Je regrette que cet incident ait eu lieu dans ce bâtiment. »\n"
    )
    [(name, role, text)] = _said(draft)
    assert (name, role) == ("", "Secrétaire général")
    assert text.startswith("Je regrette")


def test_a_meeting_only_the_headline_reports() -> None:
    draft = _parse(
        "Heiko Maas rencontre le président français Emmanuel Macron\n\n"
        "Le ministre fédéral des Affaires étrangères Heiko Maas a pris part le 19 juin 2019 au "
        "conseil des ministres français.\n"
    )
    assert draft.kind == "consultation"
    assert draft.consultation is not None
    assert {p.name for p in draft.consultation.participants} == {"Heiko Maas", "Emmanuel Macron"}
    assert str(draft.consultation.date) == "2019-06-19"


def test_names_lose_honorifics_and_stop_before_countries_and_nouns() -> None:
    names = [
        m.name
        for text in (
            "including HE Dr Rangin Spanta, Foreign Minister of Afghanistan; HH Sheikh Abdullah "
            "bin Zayed Al-Nahyan of the United Arab Emirates; H.E Mr. Jan Kubis, Foreign "
            "Minister of Slovakia",
            "besuchte Bundesverteidigungsministerin Annegret Kramp-Karrenbauer Polen, Bulgarien",
            "Le président ukrainien, Petro Porochenko, et le chancelier allemand, Olaf Scholz",
        )
        for m in find_mentions(text)
    ]
    assert names == [
        "Rangin Spanta",
        "Abdullah bin Zayed Al-Nahyan",
        "Jan Kubis",
        "Annegret Kramp-Karrenbauer",
        "Petro Porochenko",
        "Olaf Scholz",
    ]


def test_a_statement_signed_at_its_end_is_the_signers() -> None:
    draft = _parse(
        "Statement on the Closure of the Consulate\n\n"
        "The Ministry of Foreign Affairs notes with regret the decision to close the "
        "consulate in the port city on 3 March 2022.\n\n"
        "The Ministry will ask for the reasons of this decision.\n\n"
        "MARTA KOVAČ\n\n"
        "Minister of Foreign Affairs\n\n"
        "Ljubljana, 4 March 2022\n"
    )
    [(name, role, text)] = _said(draft)
    assert (name, role) == ("Marta Kovač", "Minister of Foreign Affairs")
    assert text.endswith("reasons of this decision.")


def test_letters_after_a_name_are_not_part_of_it() -> None:
    assert [m.name for m in find_mentions("Tánaiste Simon Coveney TD said")] == ["Simon Coveney"]


def test_numeric_dates_follow_the_language_of_the_release() -> None:
    french = _parse(
        "Le Secrétaire général condamne l’attentat\n\n10/02/2012\n\n"
        "Le Secrétaire général condamne l’attentat perpétré ce matin dans la ville et "
        "présente ses condoléances aux familles des victimes.\n"
    )
    english = _parse(
        "Secretary Meets Counterpart\n\n10/02/2012\n\n"
        "The Secretary met his counterpart today and discussed the situation in the region "
        "and the cooperation of the two countries.\n"
    )
    assert str(french.source.date_published) == "2012-02-10"
    assert str(english.source.date_published) == "2012-10-02"


def test_a_closing_place_and_date_line_dates_the_release() -> None:
    draft = _parse(
        "Déclaration de l’Union européenne sur la situation\n\n"
        "L’Union européenne salue la reprise du dialogue entre les deux parties et les "
        "encourage à poursuivre leurs efforts.\n\n"
        "Conseil permanent n°1362, Vienne, le 10 mars 2022.\n"
    )
    assert str(draft.source.date_published) == "2022-03-10"


@pytest.mark.parametrize(
    ("sentence", "reports"),
    [
        ("The ministers exchanged views via video conference with Secretary Blinken.", True),
        ("Le ministre a convié son homologue à un petit-déjeuner de travail.", True),
        ("Foreign Minister Qureshi was called on by Ambassador Lee.", True),
        ("The Minister called on Foreign Minister Wang in Beijing.", True),
        ("The Minister called on all parties to exercise restraint.", False),
        ("The Minister welcomed the decision of the Council.", False),
        ("The Minister welcomed his Swedish counterpart in Berlin.", True),
        ("Die Ministerin begrüßt die Einigung der Parteien.", False),
        ("We call for an inclusive dialogue between the parties.", False),
        ("The two countries held their third strategic dialogue in Delhi.", True),
    ],
)
def test_which_sentences_report_a_meeting(sentence: str, reports: bool) -> None:
    assert (meeting_sentence(sentence) is not None) is reports


def test_an_office_written_in_other_words_is_its_holder() -> None:
    draft = _parse(
        "Annual Report to Parliament\n\n"
        "Today Gunnar Sveinsson, Minister for Foreign Affairs, presented his annual report to "
        "Parliament. In his statement the Foreign Minister said that „our foreign policy rests "
        "on our core values and vital interests”. He also spoke of the consular services.\n"
    )
    assert [(s.speaker.name, s.text) for s in draft.statements] == [
        ("Gunnar Sveinsson", "our foreign policy rests on our core values and vital interests")
    ]


def test_a_speech_goes_on_past_a_line_about_others_while_the_speaker_still_speaks() -> None:
    draft = _parse(
        "Attentat de Nice - Déclaration de l’Ambassadrice\n\n"
        "Mme Claire Bodonyi s’est exprimée auprès des médias sur l’attentat du 14 juillet.\n\n"
        "L’Ambassadrice a prononcé la déclaration suivante :\n\n"
        "Hier, une attaque terroriste a frappé la France à Nice.\n\n"
        "Le Président de la République a décidé aujourd’hui de trois mesures :\n"
        "- un deuil national de trois jours\n\n"
        "Face au terrorisme, nous continuerons cette lutte ensemble.\n\n"
        "Dernière modification : 15/07/2016\n"
    )
    [statement] = draft.statements
    assert statement.speaker.name == "Claire Bodonyi"  # the one person the release names
    assert statement.text.startswith("Hier,") and statement.text.endswith("lutte ensemble.")
    assert "statements[0].speaker" in draft.inferred


def test_a_hard_wrapped_paragraph_that_wraps_unevenly_is_one_paragraph() -> None:
    draft = _parse(
        "Landeshauptmann empfängt den Gesandten der Ukraine\n"
        "Eisenstadt (blms) - Der Landeshauptmann Hans Niessl traf am 28.11. im Beisein\n"
        "von Landesamtsdirektor Dr. Robert Tauber, mit dem Gesandten der Ukraine in Österreich, "
        "Andrii Bereznyi,\n"
        "im Landhaus zusammen. Niessl dazu: „Der Gesandte ist ein Vermittler zwischen\n"
        "politischen Interessen und ein Vermittler zwischen unterschiedlichen Kulturen und "
        "Ländern.“\n"
    )
    assert draft.source.title == "Landeshauptmann empfängt den Gesandten der Ukraine"
    [(name, _, text)] = _said(draft)
    assert name == "Hans Niessl"
    assert "\n" not in text and text.startswith("Der Gesandte ist ein Vermittler zwischen")


def test_long_german_roles_of_officials_below_minister() -> None:
    mentions = find_mentions(
        "Am 23. März fanden in Moskau Konsultationen des Direktors der Dritten Europäischen "
        "Abteilung des Außenministeriums Russlands, Sergej Netschajew, mit dem Beauftragten des "
        "Außenministeriums Deutschlands für die Länder Osteuropas, Transkaukasien und "
        "Zentralasien, Andreas Peschke, statt. Begleitet vom Honorarkonsul des Haschemitischen "
        "Königreichs Jordanien Claus Gielisch."
    )
    assert [(m.name, m.role, m.country) for m in mentions] == [
        (
            "Sergej Netschajew",
            "Direktor der Dritten Europäischen Abteilung des Außenministeriums Russlands",
            "Russia",
        ),
        (
            "Andreas Peschke",
            "Beauftragter des Außenministeriums Deutschlands für die Länder Osteuropas, "
            "Transkaukasien und Zentralasien",
            "",
        ),
        ("Claus Gielisch", "Honorarkonsul", "Jordan"),
    ]


def test_a_meeting_dated_in_a_sentence_of_its_own_and_who_came_with_a_guest() -> None:
    draft = _parse(
        "Ministerpräsident empfängt den Doyen des Konsularischen Korps\n\n"
        "19. September 2017\n\n"
        "Ministerpräsident Armin Laschet hat den Generalkonsul der Republik Polen Jan Sobczak zu "
        "einem Gespräch getroffen. Die Begegnung fand am Dienstag im Landeshaus in Düsseldorf "
        "statt. Der Doyen wurde begleitet vom Vizedoyen, dem Honorarkonsul des Haschemitischen "
        "Königreichs Jordanien Claus Gielisch.\n"
    )
    assert draft.consultation is not None
    assert str(draft.consultation.date) == "2017-09-19"  # that Tuesday
    assert {p.name for p in draft.consultation.participants} == {
        "Armin Laschet",
        "Jan Sobczak",
        "Claus Gielisch",
    }


def test_ministers_named_by_the_countries_they_represent() -> None:
    english = find_mentions(
        "The Minister met the foreign ministers of Fiji and Samoa, Manoa Kamikamica and "
        "Cedric Schuster, in Suva."
    )
    german = find_mentions(
        "Er traf die Aussenminister Dänemarks, Norwegens und Finnlands, Lars Beispielsen, "
        "Kari Mustermann und Ville Virtanen."
    )
    assert [(m.name, m.country) for m in english] == [
        ("Manoa Kamikamica", "Fiji"),
        ("Cedric Schuster", "Samoa"),
    ]
    assert [(m.name, m.country) for m in german] == [
        ("Lars Beispielsen", "Denmark"),
        ("Kari Mustermann", "Norway"),
        ("Ville Virtanen", "Finland"),
    ]


def test_a_role_of_an_organisation_before_a_name() -> None:
    texts = (
        "said the President of the Confederation, Anna Keller.",
        "hat die Ministerpräsidentin von Schleswig-Holstein, Petra Beispiel (CDU), empfangen",
        "empfing die Ministerpräsidentin von Schleswig-Holstein, CDU, Petra Beispiel.",
    )
    assert [[(m.name, m.role) for m in find_mentions(t)] for t in texts] == [
        [("Anna Keller", "President of the Confederation")],
        [("Petra Beispiel", "Ministerpräsidentin von Schleswig-Holstein")],
        [],
    ]


def test_headline_kickers_wire_datelines_and_dates_at_the_end() -> None:
    kicker = _parse(
        "LH Pröll traf Botschafter aus 16 Nationen\n\n"
        "„Internationale Kontakte müssen gepflegt werden“\n\n"
        "In der Wachau traf der Landeshauptmann die Botschafterinnen und Botschafter aus "
        "16 Nationen und dankte ihnen für ihren Besuch.\n\n"
        "Staatskanzlei, Pressemitteilung v. 17.09.2008\n"
    )
    wire = _parse(
        "Landeshauptmann trifft Botschafter\n\n"
        "Eisenstadt (blms) -\n\n"
        "Landeshauptmann Max Muster traf heute in Wien den Botschafter Ungarns zu einem "
        "Gespräch über die Zusammenarbeit in der Grenzregion.\n"
    )
    tanaiste = _parse(
        "Published on\n\n"
        "Statement by the Tánaiste and Minister for Justice, Frances Fitzgerald T.D.\n\n"
        "The Tánaiste has described the attack in the city last night as an outrage against "
        "freedom itself.\n"
    )
    assert kicker.source.title == "LH Pröll traf Botschafter aus 16 Nationen"
    assert str(kicker.source.date_published) == "2008-09-17"
    assert wire.source.title == "Landeshauptmann trifft Botschafter"
    assert tanaiste.source.title.startswith("Statement by the Tánaiste")


def test_a_bracketed_dateline_after_captions_dates_a_visit_given_in_its_own_clause() -> None:
    draft = _parse(
        "Bundespräsident zu Gast bei Landeshauptmann Christopher Drexler\n"
        "LH Christopher Drexler (l.) im Gespräch mit Bundespräsident Alexander Van der Bellen.\n"
        "Foto: Land Steiermark\n"
        "Graz (11. August 2022).- Auf seiner Tour durch Österreich machte der Bundespräsident "
        "in der Steiermark Station.\n"
        "Am 4. Juli wurde der Landeshauptmann angelobt - gestern war Alexander Van der Bellen "
        "bei ihm in der Grazer Burg zu Gast.\n"
    )
    assert str(draft.source.date_published) == "2022-08-11"
    assert draft.consultation is not None
    assert str(draft.consultation.date) == "2022-08-10"


def test_german_quotes_attributed_by_how_the_speaker_felt() -> None:
    draft = _parse(
        "Ministerin dankt Partnern im Ostseeraum\n\n"
        "14. Juni 2019\n\n"
        "Zum Ende der Ratspräsidentschaft lud das Ministerium Vertreter der Ostseestaaten ein.\n\n"
        "„Ich bin dankbar, wie eng wir in diesem Jahr zusammengearbeitet haben“, freute sich "
        "Europaministerin Petra Musterfrau.\n"
    )
    assert _said(draft) == [
        (
            "Petra Musterfrau",
            "Europaministerin",
            "Ich bin dankbar, wie eng wir in diesem Jahr zusammengearbeitet haben",
        )
    ]


def test_narration_between_two_quotes_parts_them_and_a_reception_is_a_news_item() -> None:
    draft = _parse(
        "Empfang\n\n"
        "Neujahrsempfang für das Konsularische Korps\n\n"
        "„Unser Land lebt vom Austausch mit der Welt. Dafür sind Sie unverzichtbar“, sagte "
        "Ministerpräsidentin Anna Beispiel beim Empfang im Schloss. „Deshalb danke ich Ihnen "
        "herzlich für Ihre Arbeit.“ Die Konsulate betreuen jedes Jahr viele Tausend Menschen. "
        "„Wir wollen diese Zusammenarbeit in Zukunft weiter stärken“, betonte Beispiel.\n"
    )
    assert draft.kind == "other"
    assert [text for _, _, text in _said(draft)] == [
        "Unser Land lebt vom Austausch mit der Welt. Dafür sind Sie unverzichtbar. "
        "Deshalb danke ich Ihnen herzlich für Ihre Arbeit.",
        "Wir wollen diese Zusammenarbeit in Zukunft weiter stärken",
    ]


def test_an_office_named_before_the_verb_is_the_person_who_holds_it() -> None:
    draft = _parse(
        "President Condemns Bombing in the Capital\n\n"
        "The President, Mr. Arjun Verma has strongly condemned the bombing in the capital.\n\n"
        "In a message to His Excellency Mr. Tomas Halden, the President of the Republic, the "
        'President has said "I was shocked to learn of the bombing in your capital today.\n\n'
        'Please accept my deepest sympathies."\n'
    )
    [(name, _, text)] = _said(draft)
    assert name == "Arjun Verma"
    assert text.endswith("Please accept my deepest sympathies.")


def test_a_quoted_letter_ends_at_its_closing_formula_not_its_signature() -> None:
    draft = _parse(
        "Prime Minister sends condolences\n\n"
        "Prime Minister Eva Lindqvist today sent the following letter to the Prime Minister of "
        "the neighbouring country:\n\n"
        "“I was deeply saddened by the news of the flooding in your country.\n\n"
        "Our thoughts are with the families who lost their loved ones.\n\n"
        "Yours sincerely,\n\n"
        "Eva Lindqvist ”\n"
    )
    [(name, _, text)] = _said(draft)
    assert name == "Eva Lindqvist"
    assert text.endswith("who lost their loved ones.\nYours sincerely.")


def test_remarks_by_the_eu_high_representative_abbreviated() -> None:
    draft = _parse(
        "EEAS: Remarks by HR/VP Marta Kowal upon arrival at the Foreign Affairs Council\n\n"
        "Good morning,\n\n"
        "Today we will discuss the situation in the region and our support to our partners.\n"
    )
    assert draft.kind == "statement"
    [(name, role, text)] = _said(draft)
    assert (name, role) == ("Marta Kowal", "HR/VP")
    assert text.startswith("Good morning,")


def test_a_transcript_label_with_an_initial_before_the_name() -> None:
    draft = _parse(
        "Foreign Minister K. Papadakis statements on the storm (Athens, 3 May 2021)\n\n"
        "JOURNALIST: Minister, what is your comment on the storm?\n\n"
        "K. PAPADAKIS: First of all, I would like to express my solidarity with the victims.\n\n"
        "Thank you very much.\n"
    )
    assert draft.kind == "statement"
    [(name, _, text)] = _said(draft)
    assert name.endswith("Papadakis")
    assert text.startswith("First of all") and text.endswith("Thank you very much.")


def test_an_appalled_ministry_speaks_for_itself() -> None:
    draft = _parse(
        "Press release by the Ministry of Foreign Affairs on the shooting in the city\n\n"
        "The Ministry of Foreign Affairs is appalled by the shooting that took place in the city "
        "on Sunday, which killed several civilians.\n\n"
        "We express condolences to the families of the victims.\n"
    )
    assert draft.kind == "statement"
    [(name, role, text)] = _said(draft)
    assert name == "" and role == "The Ministry of Foreign Affairs"
    assert text.endswith("to the families of the victims.")


_VISIT = (
    "Die Gäste konnten sich an vielen Ständen über die Arbeit der Diplomatinnen und "
    "Diplomaten informieren und die historischen Räume besichtigen.\n\n"
)


def test_a_quotation_over_two_paragraphs_attributed_where_it_closes() -> None:
    draft = _parse(
        "Besuch aus Nordland\n\n"
        "„Heute war der Regierungschef von Nordland, Olaf Lind, bei mir zu Gast. Wir haben "
        "über die Zusammenarbeit unserer Parlamente gesprochen.\n\n"
        "Wir wollen die Kontakte zwischen unseren Ländern weiter ausbauen“, erklärte "
        "Parlamentspräsidentin Erika Sommer.\n"
    )
    [(name, _, text)] = _said(draft)
    assert name == "Erika Sommer"
    assert text.startswith("Heute war der Regierungschef") and text.count("\n") == 1


def test_a_quotation_signed_by_a_line_with_only_a_role_and_a_name() -> None:
    draft = _parse(
        "Besuch aus Nordland\n\n"
        + _VISIT
        + "„Heute war der Regierungschef von Nordland bei mir zu Gast. Wir haben über die "
        "Zusammenarbeit unserer Parlamente gesprochen.“\n\n"
        "Parlamentspräsidentin Erika Sommer\n"
    )
    [(name, _, text)] = _said(draft)
    assert name == "Erika Sommer"
    assert text.endswith("gesprochen.")


def test_words_of_welcome_at_an_open_day_are_no_meeting() -> None:
    draft = _parse(
        "Tag der offenen Tür im Ministerium\n\n"
        "Rund 3000 Menschen kamen am Samstag ins Ministerium. "
        + _VISIT
        + "„Ich freue mich, dass so viele Menschen heute unser Haus besuchen“, begrüßte "
        "Ministerin Clara Weiß die Gäste.\n"
    )
    assert draft.kind == "other"
    assert draft.consultation is None
    assert _said(draft) == [
        (
            "Clara Weiß",
            "Ministerin",
            "Ich freue mich, dass so viele Menschen heute unser Haus besuchen",
        )
    ]


def test_french_attributions_by_inversion_and_by_whose_view() -> None:
    lead = (
        "Visite de travail à Berlin\n\n"
        "Le ministre des Affaires étrangères, Jean Morel, s'est rendu aujourd'hui à Berlin pour "
        "un échange de vues avec son homologue sur les questions européennes.\n\n"
    )
    quote = "« Sans concertation préalable, nous ne pouvons pas accepter une telle décision »"
    inverted = _parse(lead + quote + ", a-t-il déclaré.\n")
    view = _parse(lead + "Pour Jean Morel, " + quote + ".\n")
    for draft in (inverted, view):
        [(name, _, text)] = _said(draft)
        assert name == "Jean Morel"
        assert text.startswith("Sans concertation préalable")


def test_a_ministry_protest_that_names_the_ambassador_it_summoned() -> None:
    draft = _parse(
        "PRESS RELEASE\n\n"
        "INTRUSION INTO NATIONAL AIRSPACE\n\n"
        "The Ministry of Foreign Affairs refers to the intrusion of twelve military aircraft "
        "into the national airspace on 3 May 2021.\n\n"
        "The Foreign Minister, Dato' Seri Ahmad Rahman, has instructed that the Ambassador be "
        "summoned to explain this breach.\n\n"
        "The Ministry reiterates that friendly relations do not mean that the country will "
        "compromise its sovereignty.\n"
    )
    assert draft.kind == "statement"
    [(name, role, text)] = _said(draft)
    assert (name, role) == ("", "The Ministry of Foreign Affairs")
    assert text.endswith("compromise its sovereignty.")


def test_a_condemnation_in_a_language_briefer_does_not_read_is_still_a_statement() -> None:
    draft = _parse(
        "Nordlandia condena el atentado en la capital\n\n"
        "El Gobierno de Nordlandia condena en los términos más enérgicos el atentado perpetrado "
        "hoy en la capital, que ha causado numerosas víctimas mortales.\n\n"
        "El Gobierno traslada sus más sinceras condolencias a las familias de las víctimas y "
        "desea una pronta recuperación a los heridos.\n"
    )
    assert draft.language == "es"
    assert draft.kind == "statement"
    assert draft.statements == ()


def test_photo_captions_given_twice_under_the_headline_and_a_date_line_under_it() -> None:
    captions = _parse(
        "Empfang\n\n"
        "Neujahrsempfang für das Konsularische Korps\n\n"
        "Ministerpräsidentin Anna Beispiel (1. Reihe, M.) mit dem Konsularischen Korps\n"
        "Ministerpräsidentin Anna Beispiel (1. Reihe, M.) mit dem Konsularischen Korps\n"
        "Der Generalkonsul Paul Muster, der Doyen des Konsularischen Korps\n"
        "Der Generalkonsul Paul Muster, der Doyen des Konsularischen Korps\n\n"
        "„Unser Land lebt vom Austausch mit der Welt“, sagte Ministerpräsidentin Anna Beispiel "
        "beim Empfang im Schloss.\n"
    )
    dated = _parse(
        "President Condemns Bombing in the Capital\n\n"
        "President Condemns Bombing in the Capital\n"
        "Government House : 02.07.2016\n\n"
        "The President, Mr. Arjun Verma, has strongly condemned the bombing in the capital.\n"
    )
    assert captions.source.title == "Neujahrsempfang für das Konsularische Korps"
    assert dated.source.title == "President Condemns Bombing in the Capital"
    assert str(dated.source.date_published) == "2016-07-02"


def test_the_top_diplomat_is_the_one_person_the_headline_names() -> None:
    draft = _parse(
        "Minister Novak attends Foreign Affairs Council in Brussels\n\n"
        "“Our support for the people of the region must remain strong and united,” the "
        "country’s top diplomat emphasized at the Council session.\n\n"
        "The debate in Brussels today focused on the developments in the region.\n"
    )
    [(name, _, text)] = _said(draft)
    assert name == "Novak"
    assert text.startswith("Our support for the people of the region")


def test_a_colon_clause_credits_its_subject_not_the_one_spoken_of() -> None:
    draft = _parse(
        "Bundespräsident zu Gast in der Landeshauptstadt\n\n"
        "Landeshauptfrau Anna Beispiel empfing heute Bundespräsident Karl Muster zu einem "
        "Arbeitsgespräch.\n\n"
        "Landeshauptfrau Anna Beispiel unterstreicht die Bedeutung der regelmäßigen Gespräche "
        "mit dem Bundespräsidenten: „Karl Muster kennt unser Land seit vielen Jahren. Ich "
        "freue mich über jeden Besuch und über den offenen Austausch.“\n"
    )
    [(name, _, text)] = _said(draft)
    assert name == "Anna Beispiel"
    assert text.startswith("Karl Muster kennt unser Land")


def test_the_text_of_a_speech_under_its_note_is_the_speakers_statement() -> None:
    under_byline = _parse(
        "12. März 2024\n\n"
        "Neujahrsempfang für die Konsuln\n\n"
        "Rede der Ersten Bürgermeisterin Dr. Anna Beispiel. Es gilt das gesprochene Wort.\n\n"
        "Sehr geehrte Frau Doyenne,\nsehr geehrte Damen und Herren,\n\n"
        "herzlich willkommen im Rathaus.\n\n"
        "Herr Präsident der Handelskammer, Sie haben den Abend mit vorbereitet, dafür danke "
        "ich Ihnen.\n\n"
        "Unsere Stadt lebt vom Austausch mit der Welt, und Sie tragen täglich dazu bei.\n"
    )
    introduced = _parse(
        "Landtagspräsident zum Empfang des Bundespräsidenten\n\n"
        "Heute empfängt der Landtag den Bundespräsidenten zu seinem Antrittsbesuch.\n\n"
        "Gegen 11 Uhr begrüßt Landtagspräsident Karl Muster den Gast auf einem Empfang mit "
        "einer Rede.\n\n"
        "Den Wortlaut der Rede gibt der Landtag im Folgenden wieder. Es gilt das gesprochene "
        "Wort:\n\n"
        "Sehr geehrter Herr Bundespräsident,\n\n"
        "es ist mir eine große Freude, dass Sie heute zu uns gekommen sind.\n\n"
        "Hier schlägt das Herz unserer Demokratie, hier debattieren wir frei\n\n"
        "damit begrüße ich:\n"
    )
    assert under_byline.kind == introduced.kind == "statement"
    [(name, _, text)] = _said(under_byline)
    assert name == "Anna Beispiel"
    assert text.startswith("Sehr geehrte Frau Doyenne,")
    assert text.endswith("und Sie tragen täglich dazu bei.")
    [(name, _, text)] = _said(introduced)
    assert name == "Karl Muster"  # not "Karl Muster den Gast": an article is no particle
    assert text.startswith("Sehr geehrter Herr Bundespräsident,")
    assert text.endswith("damit begrüße ich:")


def test_a_ministry_statement_after_a_dateline_begins_with_the_ministry() -> None:
    summoned = _parse(
        "Press release\n\n"
        "Published on: Mon, 03/05/2021 - 18:10\n\n"
        "May 3rd 2021, Nordstadt - The Ministry of Foreign Affairs took note of the remarks of "
        "the spokesperson of a neighbouring country's army.\n\n"
        "To this end, the Ministry summoned Ivan Petrenko, the Ambassador of that country, and "
        "expressed deep concern over the remarks.\n\n"
        "It was reiterated that the country is a neutral state and that this must be respected.\n"
    )
    clarified = _parse(
        "Press clarifications of the MFA in relation to the remarks of a foreign minister at "
        "the ministerial conference\n\n"
        "June 1, 2023, Nordstadt - Since the start of the war in the region, in our country we "
        "have felt the pressure of our neighbour. Fortunately, our partners have stood by us.\n\n"
        "We hope that our message will be understood: we insist on the withdrawal of foreign "
        "troops from our territory.\n"
    )
    for draft, opening in (
        (summoned, "The Ministry of Foreign Affairs took note"),
        (clarified, "Since the start of the war"),
    ):
        assert draft.kind == "statement"
        [(name, _, text)] = _said(draft)
        assert name == ""
        assert text.startswith(opening)


def test_a_quotation_the_next_sentence_points_back_to_is_its_speakers() -> None:
    draft = _parse(
        "Minister Novak meets his Nordlandian counterpart\n\n"
        "“This meeting shows the will of both sides to keep working together for the good of "
        'both peoples." Minister for Foreign Affairs Petra Novak claimed this after an official '
        "meeting she had with the Minister for Foreign Affairs of Nordlandia Jan Berg.\n\n"
        "Minister Novak said that migration was at the top of the agenda.\n"
    )
    [(name, _, text)] = _said(draft)
    assert name == "Petra Novak"
    assert text.startswith("This meeting shows the will of both sides")


def test_a_quotation_credited_to_le_president_is_the_president_spoken_of() -> None:
    draft = _parse(
        "Le président Jean Morel présente ses condoléances au Nordland\n\n"
        "Le président de la République, Jean Morel, a présenté samedi ses condoléances au "
        "président Paul Lind et au peuple du Nordland.\n\n"
        "M. Lind a fait part de son émotion en recevant les condoléances de son homologue.\n\n"
        "« Ce sont des moments difficiles, mais nous savons que nos amis sont à nos côtés », a "
        "dit le président du Nordland.\n\n"
        "« C’est avec beaucoup d’émotion que je vous reçois aujourd’hui », a-t-il ajouté.\n"
    )
    [(name, _, text)] = _said(draft)
    assert name == "Paul Lind"
    assert text.startswith("Ce sont des moments difficiles")
    assert text.endswith("que je vous reçois aujourd’hui")


def test_a_label_with_a_quotation_and_a_label_that_goes_on_are_one_passage() -> None:
    draft = _parse(
        "Ministerpräsidentin Beispiel empfängt den Botschafter Nordlands\n\n"
        "Ministerpräsidentin Anna Beispiel hat am Mittwoch, 3. Mai 2023, den Botschafter "
        "Nordlands, Jan Berg, zu einem Gespräch empfangen.\n\n"
        "Ministerpräsidentin Anna Beispiel: „Gerade in schwierigen Zeiten brauchen wir den "
        "offenen Austausch. Deshalb suchen wir das Gespräch.“\n\n"
        "Die Ministerpräsidentin weiter: „Unsere Unternehmen sind eng verbunden. Wir hoffen auf "
        "noch mehr Zusammenarbeit.“\n"
    )
    [(name, _, text)] = _said(draft)
    assert name == "Anna Beispiel"
    assert text == (
        "Gerade in schwierigen Zeiten brauchen wir den offenen Austausch. Deshalb suchen wir "
        "das Gespräch.\nUnsere Unternehmen sind eng verbunden. Wir hoffen auf noch mehr "
        "Zusammenarbeit."
    )


def test_a_paragraph_that_is_only_a_quotation_is_the_person_the_sentence_before_names() -> None:
    draft = _parse(
        "Tag der offenen Tür\n\n"
        "Viele Gäste in der Staatskanzlei\n\n"
        "Hunderte Besucherinnen und Besucher kamen am Samstag in die Staatskanzlei. "
        "Ministerpräsidentin Anna Beispiel führte durch den Festsaal und zeigte sich sehr "
        "erfreut über das Interesse.\n"
        "Begegnung mit Ministerpräsidentin Anna Beispiel im Festsaal; Bild: Staatskanzlei\n\n"
        "„Es kamen viele Familien mit Kindern. Mich hat besonders gefreut, wie neugierig alle "
        "auf die Arbeit der Landesregierung waren.“\n\n"
        "Großes Interesse fanden auch die Führungen durch den Ratskeller.\n"
    )
    [(name, _, text)] = _said(draft)
    assert name == "Anna Beispiel"
    assert text.startswith("Es kamen viele Familien mit Kindern.")
    assert draft.kind == "other"  # an open day is a news item, whoever it quotes


def test_a_speech_headed_discours_de_is_its_speakers_after_the_line_that_dates_it() -> None:
    draft = _parse(
        "Discours de Jean Morel pour l’ouverture de la journée portée au public (3 mai 2021)\n\n"
        "Discours prononcé lors de la journée ouverte au public du ministère, le 3 mai 2021.\n\n"
        "Mesdames et Messieurs,\n\n"
        "Je suis heureux de vous accueillir aujourd’hui dans notre ministère.\n\n"
        "Les rencontres de cette semaine servent nos priorités.\n"
    )
    assert draft.kind == "statement"
    [(name, _, text)] = _said(draft)
    assert name == "Jean Morel"
    assert text.startswith("Mesdames et Messieurs,")


def test_condolences_presented_in_person_with_talks_after_them_are_a_meeting() -> None:
    draft = _parse(
        "Le président Jean Morel présente au Nordland les condoléances de son pays\n\n"
        "Le président de la République, Jean Morel, a présenté samedi à Nordstadt les "
        "condoléances de son pays au président Paul Lind et au peuple du Nordland.\n\n"
        "« Nous sommes venus présenter nos condoléances au peuple du Nordland », a dit M. Morel "
        "à la presse.\n\n"
        "Les deux chefs d’Etat ont eu un tête-à-tête, lors duquel ils ont discuté de la sécurité "
        "dans la région.\n"
    )
    assert draft.kind == "consultation"


def test_a_phrase_quoted_inside_the_releases_own_sentence_is_no_statement() -> None:
    draft = _parse(
        "Protecting our interests\n\n"
        "The Minister says there are ‘a number of omissions and misleading assertions’ in the "
        "letter and he is concerned at the damage it could do.\n\n"
        "Commenting on the letter, Minister Jan Berg said:\n\n"
        "“We will resist any move to curtail these visits. Nothing prevents ministers from "
        "travelling to promote our interests.”\n\n"
        "The letter reads:\n\n"
        "30 April 2023\n\n"
        "Dear Colleague,\n"
    )
    [(name, _, text)] = _said(draft)
    assert name == "Jan Berg"
    assert text.startswith("We will resist any move")
    assert draft.source.date_published is None  # the letter's date, not the release's
