"""Credits read in more than one form (round 18): a role with no article or named by its
nationality alone, a dash quotation credited verb last, the French press present, a verb of
judgement whose object is a quotation, and "he" after an epithet of the head of state
(invented releases)."""

from __future__ import annotations

from tests.importers.drafting import draft


def _said(found, words: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.speaker.name if s.speaker else "" for s in found.statements if words in s.text]


# "…,' Minister said.": the release's minister, not a "Defence Minister" made a name
def test_a_role_with_no_article_credits_the_releases_minister() -> None:
    found = draft(
        "Minister Kell visits the troops",
        "Defence Minister Ardo Kell visited the troops in Brio on Monday.",
        "'We have to act before winter and we must keep our promises,' Minister said.",
    )
    assert _said(found, "act before winter") == ["Ardo Kell"]


# "As Minister said to Minister Jan Pell “…”": Pell hears, the release's minister speaks
def test_the_one_a_bare_role_speaks_to_is_no_speaker() -> None:
    found = draft(
        "Minister Kell meets his counterpart",
        "Defence Minister Ardo Kell met Defence Minister of Valdoria Jan Pell in Brio on Monday.",
        "As Minister said to Minister Jan Pell “Norland will stand with Valdoria as long as it"
        " takes.”",
    )
    assert _said(found, "as long as it takes") == ["Ardo Kell"]


# "- …, Minister Kell says.": a dash quotation credited at its end, subject before verb
def test_dash_speech_credited_subject_first() -> None:
    named = draft(
        "Minister Kell: we keep our promises",
        "Defence Minister Ardo Kell visited the allied battalion in Brio on Monday.",
        "- Norland is a reliable ally. We will keep our promises, Minister Kell says.",
    )
    role = draft(
        "Minister Kell: we keep our promises",
        "Defence Minister Ardo Kell visited the allied battalion in Brio on Monday.",
        "– Norland is a reliable ally. We will keep our promises, the minister said.",
    )
    for found in (named, role):
        assert _said(found, "reliable ally") == ["Ardo Kell"]
        assert [s.text for s in found.statements] == [
            "Norland is a reliable ally. We will keep our promises"
        ]


# « … », écrit le président sénégalais: the French press present of a post
def test_french_press_present_ecrit() -> None:
    found = draft(
        "Le président Sall appelle au dialogue",
        "Le président sénégalais Macky Sall s'est entretenu lundi au téléphone avec le président"
        " malien Assimi Goïta.",
        "« Le dialogue reste ouvert et nous continuerons à travailler ensemble », écrit le"
        " président malien sur les réseaux sociaux.",
    )
    assert _said(found, "Le dialogue reste ouvert") == ["Assimi Goïta"]


# a verb of judgement whose object is the quotation, an adverb or a first object between
def test_a_quotation_that_is_the_object_of_a_verb_of_judgement() -> None:
    alone = draft(
        "Le ministre Kell condamne l'attaque",
        "Le ministre de la Défense Ardo Kell s'est rendu lundi à Brio.",
        "Le ministre a fermement condamné « une attaque lâche contre des civils innocents ».",
    )
    second = draft(
        "Le ministre Kell condamne l'attaque",
        "Le ministre de la Défense Ardo Kell s'est rendu lundi à Brio.",
        "Le ministre a vivement condamné l'attaque et « un acte lâche contre des civils"
        " innocents ».",
    )
    english = draft(
        "Minister Kell condemns the attack",
        "Defence Minister Ardo Kell visited Brio on Monday.",
        "The minister strongly condemned the attack and “a cowardly act against innocent"
        " civilians”.",
    )
    for found in (alone, second, english):
        assert _said(found, "civil") == ["Ardo Kell"]


# "le président sénégalais a déclaré ce qui suit :" over the speech: the release's one
# president of Senegal, though it names two presidents
def test_a_role_and_nationality_over_a_speech_is_its_one_holder() -> None:
    found = draft(
        "Le président Sall reçoit le président Goïta",
        "Dakar, le 3 mars 2025 – Le président sénégalais Macky Sall a reçu lundi à Dakar le"
        " président malien Assimi Goïta pour une visite d'État de deux jours.",
        "Lors de la cérémonie, le président sénégalais a déclaré ce qui suit :",
        "« Excellence, soyez le bienvenu dans notre pays, qui est aussi le vôtre. »",
        "« Nos peuples partagent une longue histoire et nous voulons la poursuivre. »",
    )
    assert _said(found, "soyez le bienvenu") == ["Macky Sall"]


# "The Head of State also greeted Trade Envoy Maria Vel, …" / "He said …": the president
def test_he_after_an_epithet_of_the_head_of_state_is_the_president() -> None:
    next_paragraph = draft(
        "President Ona receives trade mission",
        "Brio, 3 March 2025 – President Ivo Ona on Monday received a trade mission from Valdoria"
        " at the State House in Brio.",
        "The Head of State also greeted Trade Envoy Maria Vel, who led the visitors.",
        "He said the two nations would build prosperity for “all our people in both our"
        " countries.”",
    )
    same_paragraph = draft(
        "President Ona receives trade mission",
        "Brio, 3 March 2025 – President Ivo Ona on Monday received a trade mission from Valdoria"
        " at the State House in Brio.",
        "The Head of State also greeted Trade Envoy Maria Vel, who led the visitors.",
        "The newly elected President observed that trade between the two nations had doubled,"
        " and he added that the new road would bring prosperity for “all our citizens in both"
        " our countries.”",
    )
    assert _said(next_paragraph, "all our people") == ["Ivo Ona"]
    assert _said(same_paragraph, "all our citizens") == ["Ivo Ona"]


# "…,' said Minister." and "said the Swedish minister.": verb first, the same holders; a
# spokesperson for an office is not the office
def test_a_role_after_the_verb_with_no_article_or_a_nationality() -> None:
    bare = draft(
        "Minister Kell visits the troops",
        "Defence Minister Ardo Kell met Defence Minister of Sweden Jan Pell in Brio on Monday.",
        "'We have to act before winter and we must keep our promises,' said Minister.",
    )
    swedish = draft(
        "Minister Kell visits the troops",
        "Defence Minister Ardo Kell met Defence Minister of Sweden Jan Pell in Brio on Monday.",
        "“We have to act before winter and we must keep our promises,” said the Swedish minister.",
    )
    assert _said(bare, "act before winter") == ["Ardo Kell"]
    assert _said(swedish, "act before winter") == ["Jan Pell"]


# "», a ensuite longuement insisté le ministre.": adverbs inside the compound verb
def test_adverbs_inside_a_french_compound_credit() -> None:
    found = draft(
        "Le ministre Kell en visite",
        "Le ministre de la Défense Ardo Kell s'est rendu lundi à Brio.",
        "« Nous devons rester unis face à cette menace », a ensuite longuement insisté le"
        " ministre.",
    )
    assert _said(found, "rester unis") == ["Ardo Kell"]
