"""Words of speech: the verbs that attribute it, its first person, a transcript's labels."""

from __future__ import annotations

import re

SPOKESPERSON = re.compile(
    r"\b(?:spokes(?:person|man|woman)|Sprecher(?:in)?|porte-parole)\b", re.IGNORECASE
)

# Verbs that introduce or attribute speech.
SPEECH_VERBS_EN = (
    r"said|says|stated|states|added|adds|explained|stressed|emphasi[sz]ed|noted|underlined|"
    r"declared|remarked|commented|continued|concluded|warned|told|affirmed|highlighted|"
    r"underscored|observed|announced|replied|replies|responded|responds|answered|answers|claimed|"
    r"pointed out|points out|indicated|recalled|assured|reiterated|insisted|acknowledged|"
    r"disclosed|asserted|confided|vowed|cautioned|maintained|conceded|elaborated|"
    # words of appeal: "“…,” he urged."
    r"urged|appealed|implored|exhorted|pleaded|"
    r"began|begins|"  # words that open a speech: "“…,” the President began."
    r"wrote|writes|shared|tweeted|posted"  # words written in a letter or posted on social media
)
# what a German speaker is shown to feel after a quotation: "„…“, ist X überzeugt",
# "zeigte sich X erfreut"
CONVICTION = "überzeugt|sicher|zuversichtlich|optimistisch|erfreut|stolz|froh|gewiss|begeistert"
SPEECH_VERBS_DE = (
    r"sagte|sagt|erklärte|erklärt|betonte|betont|unterstrich|ergänzte|fügte|äußerte|"
    r"hob|führte|mahnte|warnte|kommentierte|bekräftigte|so|teilt mit|teilte mit|antwortete|gesagt|"
    r"erwiderte|freute sich|freut sich|zeigte sich|meinte|versicherte|bilanzierte|resümierte|"
    r"lobte|lobt|erinnerte|verwies|erläuterte|stellte klar|hielt fest|räumte ein|"
    r"begrüßte|begrüßt|"  # „…“, begrüßte die Ministerin die Gäste: words of welcome
    # the present and the conviction of a Land's releases: "„…“, zeigt sich X zuversichtlich",
    # "ist X überzeugt", "ist sich die Senatorin sicher", "unterstreicht Y", "resümiert Z"
    r"zeigt sich|zeigte sich|zeigen sich|zeigten sich|zeigte?(?= (?:er|sie) sich\b)|"
    rf"ist(?=(?: sich)? [^.!?„“”]{{1,60}}? (?:{CONVICTION})\b)|"
    r"unterstreicht|ergänzt|hebt|fügt|mahnt|warnt|bekräftigt|versichert|resümiert|bilanziert|"
    r"erläutert|appelliert|appellierte|fordert|forderte|verweist|"
    r"schrieb|twitterte"
)
SPEECH_VERBS_FR = (
    r"a déclaré|a dit|a affirmé|a souligné|a indiqué|a ajouté|a rappelé|a estimé|a expliqué|"
    r"a insisté|a précisé|a assuré|a conclu|a averti|a réaffirmé|a martelé|a lancé|"
    r"a relevé|a noté|a fait remarquer|a fait savoir|a reconnu|a observé|a écrit|a partagé|"
    # verbs of the French-language press: "« … », a confié la ministre à la radio."
    r"a annoncé|a confié|a poursuivi|a renchéri|a laissé entendre|a tranché|a rassuré|"
    r"a plaidé|a fustigé|a salué|a réitéré|a répondu|a répliqué|a rétorqué|a commenté|"
    r"a résumé|a témoigné|a confirmé|a regretté|a déploré|a prévenu|a soutenu|a admis|"
    r"déclare|affirme|souligne|indique|ajoute|rappelle|estime|explique|précise|assure|"
    # the speaker's satisfaction: "« … », s'est félicitée la présidente", "se réjouit X"
    r"s['’]est (?:félicitée?|réjouie?|dite?|montrée?)|s['’]est-(?:il|elle) (?:félicitée?|réjouie?)|"
    r"se félicite|se réjouit|se dit|"
    r"déclaré|affirmé|souligné|indiqué|ajouté|rappelé|estimé|expliqué|précisé|"
    # the inverted forms after a quotation: "a-t-il martelé", "a-t-elle fait savoir",
    # "souligne-t-elle", "poursuit-il"
    r"a-t-(?:il|elle) (?:fait savoir|fait remarquer|laissé entendre|dit espérer|"
    r"[a-zéèêîïôûç]+(?:é|i|u|it|is))|"
    r"[a-zéèêîïôûç]+e-t-(?:il|elle)|"
    r"(?:dit|poursuit|conclut|écrit|admet|reconnaît|répond|soutient)-(?:il|elle)|selon|"
    # the present of the press before the speaker: "« … » prévient Jeanne Morel"
    r"prévient|avertit|insiste|martèle|poursuit|conclut|relève|renchérit|confie|plaide|"
    # the press present of words written or judged: "« … », écrit le président sur X",
    # "« … », dit le ministre", "« … », juge la ministre"
    r"écrit|dit|juge|constate|observe|déplore|regrette|dénonce|résume|tranche|commente|"
    # a compound verb with adverbs between: "a ensuite longuement insisté", "a vivement salué"
    r"a(?:\s+(?:[a-zéèê]+ment|ensuite|aussi|également|encore|notamment|déjà|enfin|alors|"
    r"toutefois|cependant|donc|bien|même|surtout|ainsi|d'ailleurs|d’ailleurs))+\s+"
    r"(?:déclaré|dit|affirmé|souligné|indiqué|ajouté|rappelé|estimé|expliqué|insisté|précisé|"
    r"assuré|conclu|averti|réaffirmé|martelé|lancé|relevé|noté|reconnu|observé|écrit|"
    r"annoncé|confié|poursuivi|renchéri|plaidé|fustigé|salué|réitéré|répondu|répliqué|"
    r"rétorqué|commenté|résumé|confirmé|regretté|déploré|prévenu|soutenu|dénoncé|condamné)"
)
# Speech is in the first person; a line of narration or a dateline is not.
FIRST_PERSON = re.compile(
    r"(?i)\b(?:I|we|my|our|us|ich|mich|mir|wir|mein\w*|unser\w*|uns|je|j['’]|nous|notre|nos|"
    r"mon|ma|mes)\b"
)
SPEECH_VERBS = SPEECH_VERBS_EN + "|" + SPEECH_VERBS_DE + "|" + SPEECH_VERBS_FR
# the note over a speech's text: "Rede des Ersten Bürgermeisters X. Es gilt das gesprochene
# Wort.", "Den Wortlaut der Rede gibt der Landtag … wieder. Es gilt das gesprochene Wort:"
SPOKEN_TEXT = re.compile(
    r"(?i)(?:es gilt das gesprochene wort|check against delivery|seul le prononcé fait foi|"
    r"seule la version orale fait foi)\W*$"
)
# A journalist's question in a transcript, and the label of the answer to it
QUESTION = re.compile(r"(?i)^(?:q|questions?|fragen?|journalist|journaliste)\s?:")
# the answer's label, or the spokesperson's who gives it: "A:", "Embassy Spokesperson:",
# "Porte-parole de l'ambassade :", "Botschaftssprecher:"
ANSWER = re.compile(
    r"(?i)^(?:a|answer|antwort|réponse|r|(?:[\w’'-]+\s+){0,3}(?:spokes(?:person|man|woman)|"
    r"\w*sprecher(?:in)?)|porte-parole(?:\s+[\w’'-]+){0,3})\s?:\s*"
)
