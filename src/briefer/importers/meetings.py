"""What a release says about a meeting: which paragraph, its format, place and agenda."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from briefer.importers.patterncache import compiled
from briefer.months import MONTHS as MONTH_NAMES

# a place named between a host's verb and the guest: "in his office", "in Brio", "at MFAN,"
_WHERE = (
    r"(?:(?:in|at) (?:(?:his|her|their|the) (?:office|residence|ministry)|"
    r"(?-i:[A-Z][\w-]+)),?\s+)?"
)
# whom a host receives or welcomes: a person or a delegation, not "welcomed the decision"
_GUEST = (
    # "received in his office today Ambassador X", "welcomed at MFAN, the …": where the host
    # received comes first (or after when: "received today in Brio at a farewell visit the …")
    rf"(?=\s+{_WHERE}"
    # and when: "a reçu le 12 mars 2013 son homologue", "received today the Ambassador"
    r"(?:(?:le|on|am|ce|this) [^.,;]{0,20}?\d{4},?\s+|"
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|today|yesterday|heute|gestern|"
    r"ce jour|hier),?\s+)?"
    rf"{_WHERE}"
    # on what occasion: "at a farewell visit", "on a courtesy call"
    r"(?:(?:at|on|for) (?:a|an|his|her|the) (?:[\w-]+ )?(?:visit|call),?\s+)?"
    r"(?:(?:his|her|their|the|a|an|seinen?|ihren?|den|die|le|la|les|son|sa|ses)\s+|l['’]\s*)?"
    # "Valdoria's newly appointed defence minister": a possessive, then up to three words
    # ("newly appointed" one word)
    r"(?:[\w-]+['’]s\s+)?(?:(?:newly\s+)?[\w'’-]+\s+){0,3}?(?:counterparts?|amtskolleg\w*|kolleg\w*|homologues?|"
    r"colleagues?|coll[eè]gues?|\w*minister\w*|"
    r"ministre|president\w*|präsident\w*|président\w*|prime|premier|secretary|chancellor|"
    r"kanzler\w*|chancelier|ambassador|botschafter\w*|ambassadeur\w*|king|könig|roi|queen|"
    r"reine|königin|majesty|majesté|majestät|"
    r"emir|sheikh|delegations?|délégation|guests?|gast|gäste|visitors?|mr|ms|mrs|dr|h\.?e|"
    r"herrn?|frau|m|mme|senator|governor|consuls?|konsul\w*|"
    # an envoy, a nominee, the head of a body: "received the nominee of Egypt for …", "a reçu
    # l'envoyé spécial", "empfing den Generalsekretär"
    r"envoys?|nominees?|candidates?|representatives?|commissioners?|director(?:-general)?s?|"
    r"secretary-general|heads?|chairm[ae]n|chairperson|chairwoman|"
    r"envoyée?s?|représentante?s?|commissaires?|directeur\w*|directrice|secrétaire|"
    r"candidate?s?|gesandte\w*|vertreter\w*|kommissar\w*|direktor\w*|generalsekretär\w*)\b)"
)
# in English the host is never named between the verb and the guest, who may have four words
# before the role ("welcomed the visiting Finnish Deputy Defence Minister X"); German puts the host
# there ("begrüßt Präsident Karl Muster den Gast")
_GUEST_EN = _GUEST.replace("{0,3}?", "{0,4}?")
# what an appeal asks of someone: "called on the minister to withdraw …"
_APPEALED = (
    r"withdraw|stop|end|halt|release|respect|reconsider|refrain|reverse|ensure|take|act|uphold|"
    r"comply|abandon|drop|cease|lift|restore|allow|intervene|rethink|scrap|publish|explain|"
    r"clarify|resign|step|use|do|make|put|press|prevent|protect|recogni[sz]e|commit|return|"
    r"apologi[sz]e|immediately|urgently"
)
# every phrase starts with a word character: the look-ahead passes over the boundary after
# each word at once instead of trying every phrase there (the search takes 40 % less time);
# tests/importers/test_initials.py checks that no phrase starts otherwise
_MEETING = compiled(
    r"(?i)\b(?=\w)(?:held|hold|holds|holding|met|meet|meets|meetings?|spoke|speaks|talked|hosted|hosts|"
    # a group that came together somewhere: "ministers gathered in Schengen", not "data gathered"
    r"(?:gathered|convened)(?= (?:in|at|on|for|today|yesterday|virtually|online)\b)|"
    r"called(?! (?:on|for|upon|to)\b)|(?:tele)?phone conversation|conversation with|"
    r"telefongespräch\w*|"
    rf"(?:received|receives|welcomed|welcomes){_GUEST_EN}|visited|"
    # the host told in a participle: "In welcoming Ambassador X, Minister Y …", "En accueillant
    # l'ambassadeur X", "Bei der Begrüßung des Botschafters X"
    rf"(?:(?<=^)|(?<=\bin )|(?<=\bon )|(?<=\bupon )|(?<=\bwhen )|(?<=\bwhile ))"
    rf"(?:welcoming|receiving){_GUEST_EN}|"
    rf"en (?:accueillant|recevant){_GUEST}|"
    r"bei (?:der|seiner|ihrer) begrüßung (?:de[sr]|seine[sr]|ihre[sr]) (?:[\w-]+ ){0,3}?"
    r"(?:\w*botschafter\w*|\w*minister\w*|präsident\w*|amtskolleg\w*|gast|gäste|delegation)|consultations?|2\+2|"
    r"(?:strategic|political|security|bilateral|ministerial) dialogue|talks|call with|"
    # a courtesy call: "called on Foreign Minister X", not "called on all parties to …" nor an
    # appeal to an office: "has called on the Foreign Secretary to withdraw …"
    r"(?<!has )(?<!have )call(?:ed|s)? on (?:the )?(?:[\w-]+ ){0,3}(?:Minister|President|"
    r"Secretary|Chancellor|Ambassador|King|Emir|Governor|Chairman|Speaker|Premier)"
    rf"(?![^.;,]{{0,40}}?\bto (?:{_APPEALED})\b)|courtesy calls?|"
    # or on a person by an honorific: "called on Her Excellency Dr. X", "called on Hon. Y"
    r"(?-i:call(?:ed|s)? on (?:(?:His|Her|Their) Excellenc(?:y|ies)|H\.\s?E\.|Hon\.?|"
    r"Honourable|Dr\.|Mr\.?|Ms\.?|Mrs\.?) )|"
    r"telephone (?:call|talk)s?|phone call|video ?(?:tele)?conference|summit|"
    r"konsultation(?:en)?|trafen|traf|\w*treffen|getroffen|zusammengetroffen|telefoniert\w*|"
    rf"telefonat|\w*gespräch(?:e|en|s)?|empfing|empfängt|empfangen|(?:begrüßte|begrüßt){_GUEST}|"
    r"kam(?:en)? [^.]{0,200}?zusammen|videokonferenz|"
    # a body that sat: "Der Rat tagte unter dem Vorsitz von X", "trat in Brio zusammen"
    r"tagten?|trat(?:en)? (?:[^.]|(?<=\d)\.){0,200}?zusammen|"
    r"(?:strategischen?|politischen?) dialog\w*|"
    # "hat dem Landeshauptmann einen Antrittsbesuch abgestattet", "hat sich … vorgestellt"
    r"\w*besuch abgestattet|stattete (?:[^.]|(?<=\d)\.){0,120}?besuch ab|"  # "am 12. Mai"
    # "Am 3. Mai fanden Verhandlungen des Ministers mit … statt", "fand der Arbeitsbesuch … statt"
    r"(?:fand|fanden) (?:[^.]|(?<=\d)\.){0,60}?(?:verhandlungen|\w*besuch)\b|"
    r"(?:verhandlungen|\w*besuch)\b(?:[^.]|(?<=\d)\.){0,160}?\bstatt(?:gefunden)?\b|"
    r"(?:führte|führten) (?:\w+ ){0,3}?verhandlungen|"
    r"(?:hat|haben) sich [^.]{0,60}?vorgestellt|"
    # "war zu Gast bei Landtagspräsidentin X": a guest of someone, not "zu Gast in Bayern"
    r"(?:war|waren) (?:[^.]|(?<=\d)\.){0,80}?zu gast bei|"
    # a minister receives an envoy's credentials (or a copy of them), letters of credence
    r"(?:received|receives|presented|presents) (?:[\w-]+ ){0,4}?"
    r"(?:credentials|letters? of credence)|"
    r"s['’]est (?:[\w'’]+ )?entretenue?s?|"  # "s’est également entretenu", "d'abord"
    # in the first person, in someone's own words: "je me suis entretenue avec", "nous nous
    # sommes rencontrés", "j'ai rencontré ce matin"
    r"(?:me suis|nous sommes) (?:\w+ )?(?:entretenue?s?|rencontrée?s?)|"
    r"(?:j['’]ai|nous avons) (?:\w+ )?rencontré|"
    r"se sont entretenu(?:e)?s|entretiens?|a rencontré|ont rencontré|rencontrer?|"
    r"(?:a|ont) (?:\w+ ){1,2}rencontrée?s?|"  # "a ensuite rencontré"
    r"ont (?:débattu|discuté)|"
    # "a été reçu le 30 septembre à Paris par …": when and where may come before "par"
    r"se sont rencontrée?s|rencontres? avec|a été reçue? (?:(?:[^.]|(?<=\d)\.){0,60}?\s)?par|"
    rf"(?:a reçu|a accueilli){_GUEST}|se sont réunis|"
    # a body that sat: "Le Conseil s'est réuni à Lanvia sous la présidence de X", "la
    # commission mixte s'est réunie le 3 mars", not "s'est réjoui"
    r"s['’]est (?:\w+ )?réunie?s?|"
    # an envoy's credentials handed over, also in a cleft sentence: "a remis jeudi à la
    # Présidente la lettre qui l'accrédite", "a présenté ses lettres de créance"
    r"(?:a|ont) (?:\w+ )?(?:remis|présenté)\b[^.;]{0,100}?(?:lettres? de créance|"
    r"(?:lettre|acte|copies?)s? (?:[\w'’-]+ ){0,3}?qui l['’]accrédit\w*)|"
    r"(?:a|ont) reçu en audience|receive[sd]? in audience|a reçu un appel|"
    # calls told by their direction: "received congratulatory calls from the leaders of …",
    # "got calls of congratulation from", "took a call from", "made a phone call to"
    r"(?:received|receives|got|gets|took|takes|made|makes|returned|had) (?:a |an |the |two |"
    r"three |several |many |numerous |\w+ )?(?:[\w-]+ ){0,2}?(?:(?:tele)?phone )?calls?"
    r"(?: of (?:congratulations?|condolences?|support))? (?:from|to|with)|"
    r"(?:received|receives|got|gets|had) (?:[\w-]+ ){0,2}?calls? of (?:congratulations?|"
    r"condolences?)|"
    # "had discussions with", "conducted talks with", "held discussions with"
    r"(?:had|has|have|conducted|conducts|held|holds) (?:\w+ )?(?:discussions|talks) with|"
    # French calls: "a appelé le président X", "a donné un coup de téléphone à",
    # "a téléphoné à", "s'est entretenu au téléphone avec"
    r"(?:a|ont) (?:\w+ )?(?:appelé|téléphoné)(?= (?:[\w'’-]+ ){0,3}?(?:à |au |l['’]|"
    r"(?:son|sa|ses|le|la|les) )?(?:homologue|président|présidente|premier|première|"
    r"ministre|chef|roi|reine|chancelier|chancelière|secrétaire|émir|(?-i:[A-Z])))|"
    r"coups? de (?:téléphone|fil)|"
    # an audience told by its noun: "au cours de l'audience accordée à X par Y", "une audience
    # qu'il lui a accordée", "a accordé le 3 mars une audience à X", "the audience he granted
    # him", "was granted an audience by", "gewährte X eine Audienz", "concedió una audiencia"
    r"audiences? (?:qu['’](?:il|elle|ils|elles) (?:lui|leur) (?:a|ont) )?accordée?s?|"
    r"(?:a|ont) accordé (?:(?:[^.;]|(?<=\d)\.){0,40}?\s)?(?:une |son |sa |leur )?audiences?|"
    r"(?:granted|gave|accorded) (?:(?:[^.;]|(?<=\d)\.){0,40}?\s)?(?:an |his |her )?audience|"
    r"audiences? (?:(?:that |which )?(?:[\w.'’-]+ ){1,5}?)?(?:had )?(?:granted|accorded)|"
    r"(?:was|were) (?:\w+ )?granted an audience|gewährte (?:[^.]|(?<=\d)\.){0,60}?audienz|"
    r"(?:concedió|concedieron) (?:[^.;]{0,40}?\s)?(?:una )?audiencia|"
    # talks told by "discussed with": "en a discuté avec X", "a discuté avec X de …"
    r"(?:en )?(?:a|ont) (?:\w+ )?discuté avec (?!(?:la presse|les journalistes|les médias)\b)|"
    r"réunion|"
    r"consultations|entretien téléphonique|appel téléphonique|visioconférence|"
    r"conférence téléphonique|conference call|telefonkonferenz|telefonschalte|"
    r"a eu un échange|a effectué une visite|co-?chaired|"
    # a session of a body told by who chaired it: "The session was chaired by Speaker X, with
    # the participation of …", "la séance était présidée par", "Die Sitzung fand unter dem
    # Vorsitz von X statt"
    r"(?:session|sitting|plenary|meeting|séance|réunion|sitzung|plenarsitzung|tagung)\b"
    r"(?:[^.;]|(?<=\d)\.){0,80}?\b(?:(?:was|were) (?:\w+ )?(?:chaired|presided over) by|"
    r"(?:était|a été|fut) (?:\w+ )?présidée? par|"
    r"unter (?:dem|der) (?:vorsitz|leitung) (?:von|des|der))|"
    # a session taken up again: "resumed the second plenary session", "ont repris la séance",
    # "setzten die Plenarsitzung fort"
    r"(?:resumed|reconvened) (?:the |its |their )?(?:[\w-]+ ){0,3}?(?:session|sitting|plenary)|"
    r"(?:ont|a) repris (?:la |leur |sa )?(?:[\w-]+ ){0,2}?(?:séance|session)|"
    r"setzten (?:[^.]|(?<=\d)\.){0,60}?(?:sitzung|tagung) fort|"
    # a minister with his heads of mission: "pendant leur retraite annuelle", "briefed the
    # ambassadors", "a informé les ambassadeurs", not "départ à la retraite"
    r"(?:leur|sa|une|la) retraite (?:annuelle|diplomatique|des ambassadeurs)|"
    r"(?:annual|ambassadors['’]?) retreat|"
    # a ministry's conference of its own envoys, told as held (a page announcing one is no
    # meeting yet): "opened its biennial Heads of Mission Conference", "a ouvert la conférence
    # diplomatique", "eröffnete die Botschafterkonferenz", "la conférence des ambassadeurs s'est
    # ouverte", "inauguró la reunión de embajadores"
    r"(?:opened|held|hosted|convened|addressed|chaired|closed|concluded) (?:[\w'’-]+ ){0,5}?"
    r"(?:(?:heads? of missions?|chiefs? of missions?|ambassadors['’]?|envoys['’]?) "
    r"(?:conference|meeting|seminar|forum)|(?:conference|meeting) of (?:[\w-]+ ){0,2}?"
    r"(?:heads of missions?|ambassadors|envoys)\b)|"
    r"(?:heads? of missions?|chiefs? of missions?|ambassadors['’]?|envoys['’]?) "
    r"(?:conference|meeting|seminar|forum) (?:[\w'’-]+ ){0,6}?(?:opened|was held|took place|"
    r"was convened|ended|closed|concluded)\b|"
    r"(?:a|ont) (?:ouvert|clôturé|présidé|clos) (?:[\w'’-]+ ){0,4}?(?:conférence diplomatique|"
    r"conférence des ambassadeurs|réunion des (?:ambassadeurs|chefs de mission))|"
    r"(?:conférence diplomatique|conférence des ambassadeurs)(?: annuelle)? (?:s['’]est (?:tenue|"
    r"ouverte|déroulée)|a eu lieu)|"
    r"(?:eröffnete|leitete|beendete) (?:[\w-]+ ){0,6}?(?:botschafterkonferenz|konferenz der "
    r"(?:botschafter|missionschefs))|"
    r"(?:inauguró|clausuró|presidió) (?:[\w-]+ ){0,4}?(?:conferencia|reunión|encuentro) "
    r"(?:anual )?de (?:embajadores|jefes de misión)|"
    # a minister with a body of envoys: "organised … a briefing for the diplomatic corps", "at an
    # engagement with the diplomatic corps", "the induction programme for new ambassadors",
    # "une séance d'information à l'intention du corps diplomatique"
    r"(?:briefing|engagement|interaction|induction(?: \w+)?|séance d['’]information|"
    r"unterrichtung) (?:for|with|of|à l['’]intention d[ue]|pour|avec|des|für) "
    r"(?:the |le |les |das |die |all |tous les )?(?:[\w-]+ ){0,3}?(?:diplomatic corps|"
    r"corps diplomatique|diplomatischen korps|(?:ambassadors|envoys|heads of missions?|"
    r"ambassadeurs|chefs de mission|botschafter\w*|missionschefs)\b)|"
    # a joint press conference of a visit: "At a joint press conference with visiting …"
    r"joint (?:press|news) (?:conference|briefing|availability|encounter) with|"
    r"gemeinsamen? pressekonferenz (?:mit|von)|conférence de presse conjointe (?:avec|de)|"
    r"(?:a|ont) (?:\w+ )?informé les (?:\w+ ){0,2}(?:ambassadeurs|chefs de (?:mission|poste))|"
    r"briefed (?:the )?(?:\w+ ){0,2}(?:ambassadors|heads of (?:mission|missions|post))|"
    # a host told about an institution's work by its head: "was briefed by X, President of …"
    r"(?:was|were) briefed by|"
    # an envoy summoned, told in the passive: "Ambassador X was invited to the Ministry of
    # Foreign Affairs", "has been summoned to the Foreign Office", "wurde ins Auswärtige Amt
    # einbestellt", "a été convoqué au ministère"
    r"(?:was|were|has been|have been|had been) (?:\w+ )?(?:summoned|invited|called in|convened)"
    r" (?:(?:on \w+ |today |yesterday )?(?:to|at|by) (?:the |its |his |her )?(?:[\w'’-]+ ){0,3}?"
    r"(?:ministry|foreign office|mfa|state department|department of state|foreign ministry)|"
    r"(?:by|to) (?:the )?(?:[\w'’-]+ ){0,4}?(?:minister|secretary)\b)|"
    r"(?:wurde|wurden|ist|sind) (?:[^.]|(?<=\d)\.){0,100}?einbestellt|"
    # or in the active: "has summoned Iran's most senior diplomat", "a convoqué l'ambassadeur",
    # "bestellte den Botschafter ein"
    r"summon(?:s|ed)? (?:[\w'’-]+ ){0,5}?(?:ambassador|chargé|diplomat|envoy|representative|"
    r"high commissioner)s?|(?:a|ont) convoqué (?:[\w'’-]+ ){0,4}?(?:ambassadeur|chargé|"
    r"diplomate|représentant)\w*|bestellte (?:[^.]{0,60}?)(?:botschafter|geschäftsträger)\w* "
    r"(?:[^.]{0,60}?)ein|"
    r"(?:a|ont) été convoquée?s? (?:au|à|par|ce|le|lundi|mardi|mercredi|jeudi|vendredi)|"
    # "a eu une entrevue avec", "a eu un entretien avec"
    r"(?:a|ont) eu (?:une |un )?(?:entrevue|entretien|rencontre|séance de travail|tête-à-tête)s?|"
    # "a tenu des discussions avec", "ont mené des pourparlers avec"
    r"(?:a|ont) (?:\w+ )?(?:tenu|mené|eu) (?:des|de longues) (?:discussions|pourparlers|"
    r"consultations|échanges) avec|"
    # one who "has discussed with" another: "X, Minister of …, has discussed with Y, …"
    r"(?:has |have |had )?discussed with (?!(?:the |his |her |their )?(?:press|media|"
    r"reporters|journalists)\b)|"
    # "s'est rendu à Berlin", "s'est rendu le 8 février 2006 à Berlin"
    r"s['’]est rendue? (?:(?:[^.]|(?<=\d)\.){0,40}?\s)?(?:à|au|aux)|"
    r"exchang\w* views (?:\w+ ){0,8}?with|échang\w* de vues avec|"
    # "dialogued with Ambassador X", "engaged in discussions with", "a dialogué avec"
    r"dialogu(?:ed|es|ing) with|engaged in (?:\w+ )?(?:discussions|talks|dialogue) with|"
    r"(?:a|ont) (?:\w+ )?dialogué avec|dialog(?:ó|aron) con|"
    r"working (?:lunch|dinner|breakfast)|arbeits(?:essen|frühstück|mittagessen)|"
    r"(?:petit-)?déjeuner(?: de travail)?|dîner de travail|"
    r"led the [\w -]{0,40}delegation|leitete die [\w -]{0,40}delegation|co-?présid\w*|"
    # "Die norländische Seite leitete X", "Die Delegation stand unter der Leitung von X"
    r"(?:seite|delegation) (?:leitete|leiteten|führte|wurde vom?)|"
    r"(?:seite|delegation) (?:stand )?unter (?:der )?leitung (?:von|des|der)|"
    # "The Philippine delegation was led by X", "headed the Mexican delegation"
    r"(?:delegation|side) (?:was|were) (?:led|headed|chaired) by|headed the [\w -]{0,40}delegation|"
    # a message carried to someone is a meeting of its bearer with them (not its sender):
    # "a remis un message du président X à son homologue Y", "porteur d'un message",
    # "delivered a message from President X to Y", "übergab eine Botschaft von X an Y"
    r"(?:a|ont) (?:\w+ )?(?:remis|transmis) (?:un|une|le|la) (?:\w+ )?(?:message|lettre|missive)"
    r"(?=[^.;]{0,80}? (?:à|au) (?:(?:son|sa|leur|l['’]|la|le)\s*)?(?:homologue|président|"
    r"présidente|ministre|chef|roi|reine|premier|première|secrétaire|ambassad))|"
    r"(?:delivered|handed over|handed|conveyed) (?:a|the) (?:\w+ )?(?:message|letter)"
    r"(?= from [^.;]{0,80}? to (?:(?:his|her|the)\s+)?(?:counterpart|president|minister|prime|"
    r"king|queen|emir|secretary|chancellor|ambassador|foreign))|"
    # who met told with a counterpart between commas: "A et son homologue malien, B, ont
    # discuté", "A and her Malian counterpart, B, discussed"
    r"(?:and|et|und) (?:his|her|their|son|sa|leurs?|seine[mn]?|ihre[mn]?) (?:[\w-]+ )?"
    r"(?:counterparts?|homologues?|amtskolleg\w*)[^.;]{0,80}? (?:also |then |aussi |"
    r"également )?(?:discussed|talked|ont (?:\w+ )?(?:discuté|évoqué|abordé|échangé)|"
    r"besprachen|erörterten)|"
    # Spanish: "se reunió con", "sostuvo reuniones bilaterales con", "en su encuentro con",
    # "recibió al Canciller …", "conversó con", "mantuvo una conversación telefónica"
    r"se reuni(?:ó|eron)|se (?:ha|han) reunido|se reúnen? con|"
    r"(?:(?:ha|han) (?:sostenido|mantenido|celebrado)|sostuvo|sostuvieron|mantuvo|mantuvieron|"
    r"celebr(?:ó|aron)) "
    r"(?:una |un |unas |unos )?(?:\w+ )?(?:reuni(?:ón|ones)|encuentros?|conversaci(?:ón|ones)|"
    r"diálogo|consultas|entrevistas?)|encuentro con|reunión (?:bilateral )?con|"
    r"(?:recib(?:e|en|ió|ieron)|(?:ha|han) recibido) (?:(?:hoy|ayer|este \w+|el \w+) )?"
    r"(?:al?|a la|a los|a las) (?:\w+ ){0,3}?(?:canciller|ministr[oa]|embajador\w*|"
    r"president[ea]|viceministr[oa]|secretari[oa]|delegación|jef[ea]|comandante|almirante|"
    r"general|director\w*|representante|enviad[oa]|homólog[oa]|rey|reina)|"
    r"convers(?:ó|aron) con|"
    # a host receiving his peer, where and when first: "recibió esta mañana en la sede del
    # Gobierno a su par de Valdoria", "recibió este lunes a su homóloga"
    r"(?:recib(?:e|en|ió|ieron)|(?:ha|han) recibido) (?:[^.;]{0,60}?\s)?a (?:su|sus) "
    r"(?:par(?:es)?|homólog[oa]s?|invitad[oa]s?)\b|"
    # a visit or call paid to someone: "paid a courtesy visit to Prime Minister X", "made a
    # working visit to", "paid a courtesy call on"
    r"(?:paid|pays|paying|made|makes|making) (?:a|an|his|her|their) (?:[\w-]+ ){0,2}?"
    r"(?:visit|call) (?:to|on) (?:the |his |her )?(?:[\w'’-]+ ){0,3}?(?:(?-i:[A-Z])\w*|"
    r"counterpart|homologue)|"
    # an exchange with someone: "hat sich mit X ausgetauscht", "tauschte sich mit X über … aus",
    # "a échangé lundi avec X", "intercambió opiniones con"
    r"(?:hat|haben) sich (?:[^.]|(?<=\d)\.){0,120}?\bmit\b(?:[^.]|(?<=\d)\.){0,160}?"
    r"ausgetauscht|tausch(?:te|ten|t|en) sich (?:[^.]|(?<=\d)\.){0,120}?\bmit\b"
    r"(?:[^.]|(?<=\d)\.){0,160}?\baus\b|"
    r"(?:a|ont) (?:\w+ )?échangé (?:(?:[^.;]|(?<=\d)\.){0,40}?\s)?avec|"
    r"intercambi(?:ó|aron) (?:\w+ )?(?:opiniones|puntos de vista) con|"
    # a ministerial told as taken part in: "took part in the Council of Defence Ministers",
    # "attended the Foreign Ministers' Meeting", "participated in the ministerial", "la
    # Conferencia de Ministros de Defensa", "la réunion des ministres de la Défense", "an der
    # Tagung der Verteidigungsminister" (not a cabinet's "Conseil des ministres")
    r"(?:took|takes|taking) part in (?:the |a |an )?(?:[\w'’-]+ ){0,4}?ministerial\b|"
    r"(?:(?:took|takes|taking) part|participated|participates|attended|attends) (?:in |at )?"
    r"(?:the |a |an )?(?:[\w'’-]+ ){0,4}?(?:(?:council|conference|meeting|session|summit)s? of "
    r"(?:the )?(?:[\w-]+ ){0,3}?ministers|ministers['’]? (?:council|conference|meeting|"
    r"summit|session)|ministerial)|"
    r"(?:conferencia|reunión|consejo|cumbre) de (?:los )?ministr[oa]s|"
    r"(?:conférence|réunion) des ministres|conseil des ministres (?:de la |des |de l['’])|"
    r"(?:konferenz|tagung|rat) der \w*minister|"
    r"(?:conversación|llamada) telefónica|videoconferencia|"
    # talks told by who held them: "A and B also discussed …", "the two sides discussed …"
    r"(?:\w+ (?:and|und|et) \w+|the two (?:[\w-]+ )?\w+|both sides|die beiden \w+|"
    r"les deux \w+)"
    r" (?:also |then |further )?(?:discussed|besprachen|erörterten|ont (?:aussi |également )?"
    r"(?:discuté|évoqué)))\b"
)
# the look-aheads at the phrases' first letters pass over every other word at once: without
# case, re tries each phrase at each word (tests/importers/test_initials.py checks them)
_FORMATS = (
    ("hybrid", re.compile(r"(?i)\bhybrid\b")),
    (
        "video teleconference",
        re.compile(
            r"(?i)\b(?=[beopv])(?:video ?(?:tele)?conferenc\w*|videoconferenc\w*|video call|"
            r"by video|via video|virtual(?:ly)?|online meeting|videokonferenz\w*|per video|"
            r"videoschalte|videotelefonat|visioconférence|vidéoconférence|en visio)\b"
        ),
    ),
    (
        "telephone",
        re.compile(
            r"(?i)\b(?=[abcoprstv])(?:telephone|phone call|by phone|on the phone|over the phone|"
            r"phone talks?|via phone|call with|called(?! (?:on|for|upon)\b)|"
            r"spoke by phone|"
            r"phone conversation|telefongespräch\w*|conférence téléphonique|conference call|"
            r"telefonkonferenz|telefonschalte|"
            r"telefonier\w*|telefonat\w*|telefonisch|téléphon\w*|par téléphone|"
            r"reçu un appel|(?:a|ont) (?:\w+ )?appelé|coups? de (?:téléphone|fil)|"
            r"(?:tele)?phone calls?|calls? of (?:congratulations?|condolences?|support)|"
            r"(?:congratulatory|condolence) calls?|(?<!courtesy )calls? from)\b"
        ),
    ),
)
_IN_PERSON = re.compile(
    r"(?i)\b(?=[abehimrstvz])(?:met|meet|meets|hosted|hosts|received|visited|visit|visiting|"
    r"in person|trafen|traf|empfing|besuch\w*|zu gast|a rencontré|a reçu|a accueilli|"
    r"s['’]est rendue? |visite)\b"
)
_PLACE_WORD = "[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ\u0100-\u017f]+"
_PLACE = re.compile(
    r"(?:\bin|\bà|\bvisiting|\b(?:welcomed|received|hosted|empfing|begrüßte)\b[^.;]{0,80}?\bto)\s+"
    # whole words: not "Jo" of "João"
    rf"(?P<place>{_PLACE_WORD}(?:[- ]{_PLACE_WORD})?)(?![^\W\d_])"
)
_NOT_PLACES = {
    *(m for names in MONTH_NAMES.values() for m in names),
    *(
        "Person Addition Particular Order Line Light View Response Support Future Zukunft Asia "
        "Europe Africa America Latin Indo-Pacific Rahmen Zusammenhang Anschluss Gegenwart Bezug "
        "Vertretung Namen Hinblick Abstimmung Format"
    ).split(),
}
_AGENDA = re.compile(
    r"(?i)\b(?:the agenda included|on the agenda (?:were|was)|the agenda covered|"
    r"(?:they|ministers|the ministers|both sides|the two sides|the leaders) (?:also )?"
    r"(?:discussed|exchanged views on|talked about|focused on|addressed)|"
    r"(?:the )?(?:talks|discussions?|consultations|meeting|call|conversation) "
    r"(?:focused|centred|centered|touched) on|topics (?:included|were)|discussed|"
    r"exchanged views on|reviewed|welcomed (?:steady )?progress (?:in|on)|condemned|"
    r"themen (?:waren|der gespräche waren)|im mittelpunkt (?:\w+ \w+ )?(?:standen|stand)|"
    r"ging es um|sprachen über|besprachen|erörterten|tauschten sich .{0,30}? aus über|"
    r"ont (?:notamment )?(?:évoqué|abordé|discuté de|échangé sur|passé en revue)|"
    r"(?:les )?(?:entretiens?|échanges|discussions) ont (?:notamment )?porté sur)"
    r"(?:,?\s*among other things,?|,?\s*inter alia,?|,?\s*unter anderem,?)?\s+(?P<list>[^.]+)"
)
_SPLIT = re.compile(
    r"\s*(?:;|,\s*(?:as well as|and|sowie|und)\s+|,\s+|\s+as well as\s+|"
    r"\s+sowie\s+|\s+and on\s+)\s*"
)
# Where a list of topics ends and the sentence goes on: "…, and agreed that …".
_CLAUSE = re.compile(
    r"(?:,\s*|\s+)(?:and|und)\s+(?:also\s+)?(?:\w+ed|agreed|confirmed|"
    r"underlined|stressed|reaffirmed|vereinbarten|bekräftigten|betonten)\b.*$"
)
_DIRECTIONS = {"East", "West", "North", "South", "Central", "Ost", "Nord", "Süd"}
_RELATIVE = re.compile(r"(?i)^(?:during which|which|who|where|that|die|der|das|welche)\b")
_TRAILING = re.compile(
    r"\s+(?:signed|adopted|agreed|launched|held|made|taken|announced|"
    r"unterzeichnet|beschlossen)\b.*$"
)
_LEADING = re.compile(
    r"(?i)^(?:(?:among other things|inter alia|unter anderem|including|in particular|"
    r"discussed|addressed|exchanged views on|reviewed|"
    r"regional issues such as|issues such as|such as|ideas for deepening|ways to (?:deepen|"
    r"strengthen|expand)|how to (?:deepen|strengthen)|the situation (?:in|on)|on|the|a|an|"
    r"their|our|die|der|das|den|dem|über|zu|zur|zum|fragen der|themen wie|wie|"
    r"notamment|la situation (?:en|au|aux|à)|les|le|la|des|du|de|sur)\s+)+"
)


_FUTURE = re.compile(
    r"(?i)\b(?:will|shall|is (?:scheduled|expected|due|set) to|are (?:scheduled|expected|due|set) "
    r"to|plans? to|planning to|is to|are to|hop(?:e|es|ed) to|look(?:s|ed)? forward to|"
    r"wish(?:es|ed)? to|"
    r"would like to|wird|werden|soll|sollen|plant|planen|reist|next (?:week|month|year)|"
    r"upcoming|kommende[nr]?|se rendra|rencontrera|recevra|participera|aura lieu|prochaine?|"
    # an infinitive without "is": "a fair to be held in June", "due to be held online"
    r"(?:due )?to be (?:held|hosted|convened|organi[sz]ed))\b"
)
# the meeting word is what is to come: "a fair to be held", "the summit due to take place"
_TO_COME = re.compile(r"(?i)\b(?:to be|due to|will be)\s+$")
# a meeting that is planned, wherever the sentence says so ("… ist vorgesehen")
# or on a visit's programme ("Auf dem Besuchsprogramm standen Treffen mit …"): planned, not
# told as held
_PLANNED = re.compile(
    r"(?i)\b(?:vorgesehen|geplant|est prévue?|is planned|are planned|auf dem \w*programm|"
    r"on the (?:\w+ )?programme|au programme)\b"
)
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Ms|Mrs|Dr|Prof|St|No|Nr|Hon|Rt|Sen|Gen|Col|Lt|Apr|Jan|Feb|Mar|Jun|Jul|Aug|Sep|"
    r"Sept|Oct|Nov|Dec|e\.g|i\.e|p\.m|a\.m|U\.S|z\.B|bzw|ca|Abs|Art)|\b[A-Z]|"
    r"(?<![\d.])\d{1,2})\.$"  # an initial, a German ordinal day ("am 20. April")
)


def each_sentence(text: str) -> Iterator[str]:
    """Yield the sentences of text one by one, for a reader that may stop early; not split
    at "Dr." or "p.m." or an initial ("S. Jaishankar")."""
    start = 0
    for match in re.finditer(r"[.!?][”“\"»«’)]?\s+(?=[A-ZÄÖÜÉÀÈÇ„“\"«»‘(\d])", text):
        if _ABBREVIATION.search(text[max(start, match.start() - 12) : match.start() + 1]):
            continue
        sentence = text[start : match.end()].strip()
        start = match.end()
        if sentence:
            yield sentence
    if text[start:].strip():
        yield text[start:].strip()


@functools.lru_cache(maxsize=4096)  # asked of the same paragraph by several passes
def meeting_sentence(text: str, programme: bool = False) -> str | None:
    """Return the first sentence of text that reports a meeting or call that took place;
    with programme, also a visit's programme told in the past ("Auf dem Besuchsprogramm
    standen Treffen mit X"), which reports the visit's meetings when nothing before does."""
    for sentence in each_sentence(text):
        match = _meeting_word(sentence)
        if (
            match
            and not _FUTURE.search(sentence[: match.start()])
            and not _to_come(sentence, match.start())
            and not (
                _PLANNED.search(sentence) and not (programme and _PROGRAMME_HELD.search(sentence))
            )
            and not _CONDOLENCE_BOOK.search(sentence)
        ):
            return sentence
    return None


@functools.lru_cache(maxsize=32768)  # asked of each sentence by several passes
def _meeting_word(sentence: str) -> re.Match[str] | None:
    """Return the first word of a sentence that names a meeting of its people, passing over
    those that name none: a reception "held" or a gathering "hosted", remarks "spoken at"
    an event or "addressing a meeting", talks others "had held" in what someone said, a
    matter "being discussed with" others, "in Council meetings", a dialogue to "carry on"."""
    for match in _MEETING.finditer(sentence):
        before = sentence[: match.start()]
        word = match.group(0).lower()
        if not any(
            any(part in word for part in words) and pattern.search(before)
            for words, pattern in _NO_MEETING_BEFORE
        ) and not (
            (word in ("spoke", "speaks") and _SPOKE_AT.match(sentence, match.end()))
            or _AUDIENCE.match(sentence, match.end())
            or (
                _STAFF_WORD.search(sentence, match.end(), match.end() + 90)
                and _OWN_STAFF.match(sentence, match.end())
            )
            or (
                _TALKS_NOUN.fullmatch(match.group(0))
                and _FRONTED.match(before)
                and _MEETING.search(sentence, match.end() + 1)
            )
            or (
                (word in _EVENT_NOUNS or (word == "held" and before.rstrip().endswith(",")))
                and _OPENED_BY.match(sentence, match.end())
            )
            or _quoted_others(sentence, match.start())
            or (word in ("traf", "trafen") and _SEPARATED.match(sentence, match.end()))
        ):
            return match
    return None


# a German separable verb, not "treffen" (met): "traf am Montag in Norland ein" (arrived),
# "traf in Brio auf Vertreter der Opposition" (came upon); "traf … zusammen" and "traf X auf
# dem Gipfel" are meetings
_SEPARATED = re.compile(
    r"(?i)[^.;:,]{0,120}?\s(?:ein|auf)\b\s*(?:[.;:,!)]|$|(?:und|wo)\b)|"
    # "auf" before what was come upon, not before a place in the dative ("auf dem Gipfel")
    r"(?:\s+[^.;:,\s]+){0,6}?\s+auf\s+(?!(?:der|dem|einer|einem|diese[rm]|seine[rm]|ihre[rm])\b)"
)


# a body's meeting opened by one person is an event they opened with a speech, not talks
# (nor is it "held" in a participle after a comma): "The meeting, held in hybrid form, was
# opened by Director-General X", "La réunion a été
# ouverte par le Secrétaire général", "Die Sitzung wurde von X eröffnet"
_EVENT_NOUNS = frozenset(("meeting", "meetings", "summit", "réunion", "treffen"))
_OPENED_BY = re.compile(
    r"(?i)[^.;]{0,80}?\b(?:(?:was|were|has been|had been) (?:\w+ )?opened by|"
    r"(?:a|ont) été (?:\w+ )?ouverte?s? par|(?:wurde|wurden) (?:[^.;]{0,60}?\s)?von "
    r"[^.;]{0,80}?eröffnet|fue (?:\w+ )?inaugurada por)\s+(?!(?:the )?(?:two|both)\b)"
)


# a past programme: "Auf dem Besuchsprogramm standen Treffen mit …", "… stand auf dem Programm"
_PROGRAMME_HELD = re.compile(
    r"(?i)\b(?:auf dem \w*programm[^.]{0,120}?\b(?:standen|stand)|(?:standen|stand)\b[^.]{0,160}?"
    r"auf dem \w*programm|(?:was|were) on the (?:\w+ )?programme|"
    r"on the (?:\w+ )?programme (?:was|were)|au programme (?:figuraient|figurait|étaient|était))\b"
)
# what is held at an event is the event: "a reception that the embassy held", "a yearly
# gathering hosted by"
_EVENT_HELD = re.compile(
    r"(?i)\b(?:reception|gathering|banquet|luncheon|ceremony|celebration|iftar|party|concert|"
    r"exhibition|festival|gala|empfang|feier|réception|cérémonie)\b(?:\s+(?:that|which))?"
    r"[^.;,]{0,40}$"
)
_NO_MEETING_BEFORE: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (("held", "hold", "hosted", "hosts"), _EVENT_HELD),
    # the occasion of someone's words, told by a participle: "She said so at the 9th Meeting
    # of the Regional Council, held in Brio on 4 May", "… during the forum, which was held …"
    (
        ("held", "hosted"),
        re.compile(
            r"(?i)\b(?:(?:said|spoke|stated|declared|remarks|speech|address|so|this|these) "
            r"(?:[\w'’-]+ ){0,3}?(?:at|during|to|before)|address(?:ed|ing|es)) "
            r"(?:the|a|an|its|this) [^.;,]{3,100},"
            r"(?:\s*(?:which|that) (?:was|were))?\s*$"
        ),
    ),
    # someone's speech at a session: "Addressing a meeting of the Assembly's board, …"
    (
        ("meeting", "summit", "réunion", "consultation", "talks", "treffen"),
        re.compile(
            # "speaking yesterday at the …", "in his remarks on Monday at the …"
            r"(?i)\b(?:(?:address(?:ing|ed|es)?|(?:speaking|spoke)(?: (?:today|yesterday|"
            r"(?:on )?\w+day|this \w+))? (?:at|to|before)|"
            r"in (?:his|her|a) (?:address|speech|remarks)(?: (?:today|yesterday|(?:on )?\w+day|"
            r"this \w+))? (?:to|at))\s+(?:a|an|the)"
            # at its opening: "Speaking at the opening of the 12th Council Meeting, …"
            r"(?:\s+(?:official |formal )?(?:opening|closing|launch|start|end)"
            r"(?: session| ceremony)? of (?:a|an|the|this|its))?|"
            # words said at its opening: "X said yesterday at the opening of the 12th Council
            # Meeting that …"
            r"(?:said|stated|declared|stressed|underlined|noted)(?: (?:today|yesterday|"
            r"(?:on )?\w+day|this \w+))? (?:at|during) (?:a|an|the)\s+(?:official |formal )?"
            r"(?:opening|closing)(?: session| ceremony)? of (?:a|an|the|this|its)|"
            # a speech given there: "gave a speech at the 12th Meeting of …", "delivered the
            # keynote address to the summit"
            r"(?:gave|gives|give|delivered|delivers|deliver|made|presented) (?:a|an|the|his|her|"
            r"their) (?:[\w-]+ ){0,2}?(?:speech|address|remarks|statement|presentation|lecture)"
            r"(?: (?:today|yesterday|(?:on )?\w+day|this \w+))? (?:at|to|before|during)\s+"
            r"(?:a|an|the)|"
            # "s'adressant à la réunion", "dans son discours devant la réunion", "a prononcé un
            # discours lors de la réunion"
            r"(?:s['’]adressant|(?:dans|lors de) (?:son|un) (?:discours|allocution)) (?:à|devant) "
            r"(?:la|le|l['’]|une?)|"
            r"(?:a|ont) (?:\w+ )?prononcé (?:un|une|son|sa|leur) (?:discours|allocution|"
            r"intervention) (?:lors d[eu]|à|au|devant|pendant) (?:la|le|l['’]|une?)?|"
            # "in seiner Rede beim Ministertreffen", "hielt eine Rede beim Treffen"
            r"(?:in (?:seiner|ihrer|einer)|hielt (?:eine|seine|ihre|die)) rede "
            r"(?:beim|vor dem|auf dem|bei dem))\s*"
            r"(?:(?:[\w'’-]+|\d+\.)\s+){0,4}$"  # "beim 12. Treffen"
        ),
    ),
    # others' talks told in someone's words: "He said the ministers of A and B had met"
    (
        ("met", "held", "talk", "meeting", "spoke", "hosted", "call"),
        re.compile(
            r"(?i)\b(?:said|says|told [^.;]{0,40}?|noted|recalled|added)\b(?:\s+that)?\s+"
            # not the speaker's own talks: "he said he had met X"
            r"(?!(?:he|she|they|we|i|the two|both)\b)[^.;\"“”]{0,120}?"
            r"\b(?:had|have|has) (?:(?:also|already|recently|just|not) )?$"
        ),
    ),
    # others' talks in the words of the one the release quotes: "He said that on the margins
    # President X held talks with Y", "According to the minister, X met Y"
    (
        ("met", "held", "talk", "meeting", "summit"),
        re.compile(
            r"(?i)(?:^(?:he|she|they) (?:also |further )?(?:said|says|noted|added|"
            r"explained|pointed out)(?: that)?|^according to (?:him|her|them|the \w+),)\s+"
            r"(?!(?:he|she|they|we|i|the two|both)\b)[^.;\"“”]{0,120}?$"
        ),
    ),
    # a summit or meeting someone speaks about: "X said on Monday that the summit in Brio had
    # been a success"
    (
        ("meeting", "summit"),
        re.compile(
            r"(?i)^(?:[^.;,\"“”]{0,60}?\s)?(?:said|says|noted|added|explained|"
            r"told (?:reporters|journalists|the press))(?: (?:on |last )?\w+day| today|"
            r" yesterday)?(?: that)? (?:the|this|last week's|this week's) (?:[\w-]+ ){0,3}?$"
        ),
    ),
    # a meeting as a purpose or a proposal, not one held: "un mécanisme permettant de
    # rencontrer les pays riverains", "proposed a meeting of the ministers", "prône une
    # réunion régionale"; or one someone spoke at, recalled in passing: "contradicting what X
    # said in a meeting with Y"
    (
        ("meet", "rencontr", "réunion", "talks", "treffen", "consultation", "summit"),
        re.compile(
            r"(?i)(?:\b(?:permettant d[e'’]|afin d[e'’]|visant à|en vue d[e'’]|to allow|"
            r"to enable|so as to|in order to|um\b[^.,;]{0,60})\s*(?:\w+\s+){0,1}|"
            r"\b(?:propos\w*|suggest\w*|encourag\w*|prôn\w*|call(?:s|ed)? for|appel\w* à|"
            r"plaid\w* pour|schl(?:ä|a)g\w* (?:\w+ )?vor|urg\w*)\s+(?:(?:a|an|the|une?|la|"
            r"le|la tenue d['’]une?|ein\w*)\s+)?(?:[\w-]+\s+){0,2}|"
            r"\b(?:said|stated|told \w+|promised|pledged|agreed|declared|committed)\s+"
            r"(?:(?:in|at|during)\s+(?:a|an|the|their|his|her)\s+)(?:[\w-]+\s+){0,1})$"
        ),
    ),
    # a matter still being discussed: "the question is still being discussed with X"
    (
        ("discussed with", "has discussed", "have discussed", "had discussed"),
        re.compile(r"(?i)\b(?:being|been|is|are|was|were)\s+(?:still\s+)?$"),
    ),
    # a meeting mentioned in passing, not told: "made known to the staff at a recent meeting"
    (
        ("meeting", "réunion", "sitzung"),
        re.compile(
            r"(?i)\b(?:at|in|during|lors d['’]|bei) (?:a|an|une|einer) (?:recent|"
            r"previous|earlier|past|regular|weekly|monthly|staff|internal|récente|kürzlichen)\s+$"
        ),
    ),
    # a third party's words in a clause: "the remarks of X, where he talked of sanctions"
    (
        ("talked", "spoke", "speaks"),
        re.compile(
            r"(?i)\b(?:where|in which|when|wherein) (?:he|she|they|it) (?:(?:also|reportedly|"
            r"allegedly|openly|publicly|had|has|have) )?$"
        ),
    ),
    # habitual: "as the two share a table in Council meetings"
    (("meetings",), re.compile(r"\bin (?:[A-Z][\w-]+ ){1,2}$")),
    # an intention: "wants to carry on the strategic dialogue on the ports"
    (
        ("strategic", "political", "security", "bilateral", "ministerial"),
        re.compile(
            r"(?i)\b(?:carry on|continue|continuing|pursue|pursuing|deepen|strengthen|develop|"
            r"advance|intensify|resume|maintain|keep up)\s+(?:(?:the|our|its|their|this|a)\s+)?$"
        ),
    ),
)


def _quoted_others(sentence: str, start: int) -> bool:
    """Return whether a meeting word stands inside someone's quoted words, closed and
    attributed in the sentence, that do not tell of the speaker's own meeting: "“The talks
    between our two neighbours went well,” he said" (not "“We held good talks,” he said", nor a
    spokesman's whole statement quoted, which is the release's report)."""
    before = sentence[:start]
    opened = _quotation_open(before)
    attributed = _ATTRIBUTED.search(sentence, start)
    if attributed is None:
        return False
    if opened < 0:
        # the tail of a quotation opened in a sentence before: "… The phone call between A
        # and B helped,” the minister said"
        if sentence[attributed.start()] not in "”»" or any(m in before for m in '“«„"'):
            return False
        opened = 0
    return not _FIRST_PERSON.search(before[opened:])


def quoted_others_meeting(paragraph: str, sentence: str) -> bool:
    """Return whether a meeting sentence stands inside someone's quotation opened before it
    in its paragraph and tells of others' meeting, not the speaker's own ("“Ministerial
    engagement is key. Just this week, Secretary X met a Japanese company in Osaka …")."""
    start = paragraph.find(sentence)
    return (
        start > 0 and _quotation_open(paragraph[:start]) >= 0 and not _FIRST_PERSON.search(sentence)
    )


# quoted words closed and attributed: "…,” the minister said", "…», a-t-il dit"
_ATTRIBUTED = re.compile(
    r"""[”»“"]\s*[,–—-]?\s*(?:[\w'’.-]+\s+){0,6}?(?:said|says|added|stated|noted|told|"""
    r"""sagte|erklärte|betonte|a-t-il|a-t-elle|a (?:\w+ )?(?:dit|déclaré|ajouté))\b"""
)


def _quotation_open(before: str) -> int:
    """Return where the quotation still open at the end of before opens, or -1."""
    german = before.rfind("„")
    if german >= 0 and "“" not in before[german:]:
        return german
    french = before.rfind("«")
    if french >= 0 and "»" not in before[french:]:
        return french
    english = before.rfind("“")
    if english > german and "”" not in before[english:]:
        return english
    return before.rfind('"') if before.count('"') % 2 else -1


# the speaker's own part in quoted words: "“We met", "« J'ai rencontré", "„Wir haben"
_FIRST_PERSON = re.compile(r"(?i)\b(?:I|we|us|me|je|j['’]|nous|ich|wir|uns)\b")
# an audience met is no counterpart: "met with a group of visiting foreign reporters"
_AUDIENCE = re.compile(
    # "traf sich am Montag in Brio mit Journalisten": a day and a place may come first
    r"(?i)\s+(?:sich\s+)?(?:(?:am|on|in|at|le|à|au)\s+[\w-]+\s+){0,2}(?:(?:with|mit|avec)\s+)?"
    r"(?:(?:a|the|some|several|un|une|des|les|einer|einigen) )?"
    r"(?:(?:group|delegation|team|members|groupe|représentants|gruppe|vertreter) "
    r"(?:of|de|des|d['’]|von) (?:the |la |les )?)?"
    r"(?:[\w-]+ ){0,3}(?:reporters|journalists|media|press|editors|bloggers|newsmen|"
    r"journalistes|journalist(?:inn)?en|medienvertreter\w*)\b"
    r"(?!\s+(?:secretary|secretaries|attach\w*|officers?|council|union|freedom|agency)\b)"
)
_STAFF_WORD = re.compile(r"(?i)team|staff|employees|équipe|personnel|mitarbeit|belegschaft")
# one's own institution's office or staff met is no counterpart: "traf dessen Team", "met its
# team and its head", "a rencontré son équipe", "met the embassy's staff"
_OWN_STAFF = re.compile(
    r"(?i)\s+(?:sich\s+)?(?:(?:am|on|in|at|le|à|au)\s+[\w-]+\s+){0,2}(?:(?:with|mit|avec)\s+)?"
    r"(?:(?:its|their|his|her|dessen|deren|sein\w*|ihr\w*|son|sa|ses|leurs?)\s+|"
    r"(?:the|das|die|le|les|l['’])\s+(?:[\w-]+['’]s\s+)?(?=(?:\w+\s+)?(?:team|staff|"
    r"employees|équipe|personnel|mitarbeit\w*|belegschaft)\b(?!\s+(?:of|von|de|des|du|der)\b)))"
    r"(?:[\w-]+\s+)?(?:team|staff|employees|équipe|personnel|mitarbeit\w*|belegschaft)\b"
)
# talks named by a noun, which a fronted clause can hold (not "Nach dem Gipfel traf X Y")
_TALKS_NOUN = re.compile(
    r"(?i)(?:(?:tele)?phone )?calls?(?: with)?|conversation(?: with)?|talks|meetings?|"
    r"consultations?|entretiens?|réunion|rencontres?(?: avec)?|entretien téléphonique|"
    r"appel téléphonique|\w*telefonat|\w*gespräch(?:e|en|s)?|\w*treffen|konsultation(?:en)?"
)
# a fronted clause of what came before: "After a call with X, …", "Nach einem Telefonat mit X
# …", "Après un entretien avec X, …" — background when the main clause tells its own meeting
_FRONTED = re.compile(
    r"(?i)^(?:after|following|nach|après|à la suite d['’])\s*(?:(?:a|an|the|his|her|their|"
    r"einem|einer|dem|der|ihrem|seinem|un|une|son|sa|leur)\s+)?(?:[\w-]+\s+){0,2}"
    # the clause may go on to more talks: "Nach einem Telefonat mit X und Treffen mit Y …"
    r"(?:(?:with|mit|avec)\s[^,;.]{0,60}?\s(?:and|und|et)\s+(?:[\w-]+\s+){0,2})?$"
)


# remarks made somewhere, not to someone: "spoke at the forum", "spoke on the sidelines of"
_SPOKE_AT = re.compile(
    r"(?i)\s+(?:at(?! length)|during|before|on the (?:sidelines|margins|occasion)|about|of|"
    # when, then the speech: "spoke Thursday, August 20th, when he delivered a statement at"
    r"(?:(?:on |last |this )?\w+day|today|yesterday)(?:,? [\w ]{0,20}?\d\w*)?,? "
    r"(?:when|as|where) (?:he|she|they) (?:delivered|gave|made|addressed|presented)|"
    # speaks on a matter: "Government speaks on the minister's statement", not "spoke on the
    # phone with", "spoke on Monday with"
    r"on (?!(?:the )?(?:tele)?phone\b|behalf\b|\w+day\b|\d|(?:january|february|march|april|"
    r"may|june|july|august|september|october|november|december)\b|(?:the )?\d))\b"
)


# "visited the embassy to sign the book of condolences": a gesture of mourning, no meeting
_CONDOLENCE_BOOK = re.compile(
    r"(?i)\b(?:books? of condolences?|condolence books?|kondolenzbuch\w*|"
    r"registres? de condoléances|livres? de condoléances)\b"
)


def _to_come(sentence: str, start: int) -> bool:
    """Return whether the words around a meeting word put it ahead ("to be held"; German
    verb-last "…, wo sie mit X zusammentreffen wird", "… treffen soll")."""
    return _TO_COME.search(sentence[max(0, start - 12) : start]) is not None or bool(
        _GERMAN_TO_COME.match(sentence, start)
    )


_GERMAN_TO_COME = re.compile(r"(?i)\w*treffen\s+(?:wird|werden|soll|sollen|will|wollen)\b")


# a summons told in the passive: the one who received the envoy is named after
_SUMMONED = re.compile(
    r"(?i)\b(?:(?:was|were|has been|have been|had been) (?:\w+ )?(?:summoned|invited|called in|"
    r"convened)|einbestellt|(?:a|ont) été convoquée?s?)\b"
)


def summoned(sentence: str) -> bool:
    """Return whether a meeting sentence tells of an envoy summoned, in the passive ("was
    invited to the Ministry"): who received the envoy is told in the sentence after."""
    match = _meeting_word(sentence)
    return match is not None and bool(_SUMMONED.match(sentence, match.start()))


def meeting_to_come(sentence: str) -> bool:
    """Return whether a sentence speaks of a meeting still to come ("He will also meet X")."""
    match = _meeting_word(sentence)
    return match is not None and bool(
        _FUTURE.search(sentence[: match.start()])
        or _to_come(sentence, match.start())
        # a programme told in the past is no meeting to come: "standen Treffen mit X"
        or (_PLANNED.search(sentence) and not _PROGRAMME_HELD.search(sentence))
    )


def future_tense(sentence: str) -> bool:
    """Return whether a sentence speaks of what is ahead ("will travel", "wird … reisen")."""
    return bool(_FUTURE.search(sentence))


def without_background(sentence: str) -> str:
    """Return a meeting sentence from after the talks its fronted clause names for
    background ("After a phone call with X, Minister Y met Z …"), or the sentence whole."""
    first = _MEETING.search(sentence)
    told = _meeting_word(sentence)
    if first is None or told is None or told.start() <= first.start():
        return sentence
    if _TALKS_NOUN.fullmatch(first.group(0)) and _FRONTED.match(sentence[: first.start()]):
        return sentence[first.end() :]
    return sentence


def meeting_subject(sentence: str) -> str:
    """Return what a meeting sentence says before its word for the meeting: who met ("The
    foreign ministers of A, B and C held …"), or ""."""
    match = _meeting_word(sentence)
    return sentence[: match.start()] if match else ""


def only_spoke(text: str) -> bool:
    """Return whether text makes a meeting a call only because someone "spoke with" another,
    with no word for a call or a place."""
    return meeting_format(text) == "telephone" and not any(
        name == "telephone" and pattern.search(text) for name, pattern in _FORMATS
    )


@functools.lru_cache(maxsize=4096)  # asked of the same sentence by several passes
def meeting_format(text: str) -> str:
    """Return how a meeting was held, as one of the model's meeting formats, or ""; someone
    who "spoke with" or "spoke this evening to" another, with no place, visit or margins
    said, called them."""
    for name, pattern in _FORMATS:
        if pattern.search(text):
            return name
    if _IN_PERSON.search(text) or meeting_place(text):
        return "in person"
    return "telephone" if _SPOKE.search(text) and not _MARGINS.search(text) else ""


# "spoke with his counterparts", "spoke this evening to the Foreign Minister": a call when
# nothing says where
_SPOKE = re.compile(
    r"(?i)\b(?:spoke|speaks|has spoken)\s+(?:(?:today|yesterday|this (?:morning|afternoon|"
    r"evening)|tonight|on \w+day)\s+)?(?:with|to)\s+(?!(?:the )?(?:press|media|reporters|"
    r"journalists|students|participants|audience)\b)"
)
# talks on the side of a gathering are held there: "on the margins of", "am Rande"
_MARGINS = re.compile(r"(?i)\b(?:margins?|sidelines?|am rande|en marge)\b")


def format_words(text: str, form: str) -> list[tuple[int, int]]:
    """Return where text says a meeting was held in form ("by video", "met"), as characters."""
    pattern = dict(_FORMATS).get(form) or (_IN_PERSON if form == "in person" else None)
    return [] if pattern is None else [m.span() for m in pattern.finditer(text)]


def meeting_place(text: str, loose: bool = False) -> str:
    """Return the city or country a meeting was held "in", or ""; with loose, also the place
    someone was "visiting" or "welcomed to". Never where something "will be held"."""
    for match in _PLACE.finditer(text):
        place = match.group("place")
        before = text[max(0, match.start() - 40) : match.start()]
        strict = match.group(0).startswith(("in", "à"))
        if place.split()[0] in _NOT_PLACES or _FUTURE.search(before) or not (strict or loose):
            continue
        return place
    return ""


def agenda_topics(text: str) -> list[str]:
    """Return the topics of the agenda sentences in text ("The agenda included X, Y and Z")."""
    topics: list[str] = []
    for match in _AGENDA.finditer(text):
        for topic in _topics(_CLAUSE.sub("", match.group("list"))):
            if topic not in topics:
                topics.append(topic)
    return topics


def _topics(listed: str) -> list[str]:
    parts = _SPLIT.split(listed)
    # "A, B and C": the last part holds two topics when both sides of its last "and" are
    # phrases, but not "between A and B"
    joins = list(re.finditer(r"\s+(?:and|und)\s+", parts[-1]))
    if joins:
        head, tail = parts[-1][: joins[-1].start()], parts[-1][joins[-1].end() :]
        shortest = 2 if len(parts) > 1 else 3
        proper_pair = head.split()[-1] in _DIRECTIONS  # "the East and South China Seas"
        if (
            min(len(head.split()), len(tail.split())) >= shortest
            and not proper_pair
            and not re.match(r"(?:of|on|in|at|for|von|zu)\b", tail)
            and not re.search(r"\b(?:between|zwischen)\b", head)
        ):
            parts[-1:] = [head, tail]
    topics: list[str] = []
    for part in parts:
        topic = _LEADING.sub("", part.strip(" .,;:")).strip(" .,;:")
        topic = _TRAILING.sub("", topic)
        if len(topic) > 2 and not _RELATIVE.match(topic) and len(topic.split()) <= 16:
            topics.append(topic[0].upper() + topic[1:])
    return topics
