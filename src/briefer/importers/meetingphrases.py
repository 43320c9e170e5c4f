"""Every phrase that may tell of a meeting, a call, a visit or an audience, in English, German,
French and Spanish: one pattern, compiled once per machine.
"""

from __future__ import annotations

from briefer.importers.alternations import by_first_letter
from briefer.importers.patterncache import compiled

# a place named between a host's verb and the guest: "in his office", "in Brio", "at MFAN,"
_WHERE = (
    r"(?:(?:in|at) (?:(?:his|her|their|the) (?:office|residence|ministry)|"
    r"(?-i:[A-Z][\w-]+)),?\s+|"
    # "a reçu au Palais de la Nation, X": a French place set off by a comma
    r"(?:au |à la |à l['’]\s?)(?-i:[A-ZÀ-Þ])[\w'’-]+(?: [\w'’-]+){0,4}?,\s+)?"
)
# whom a host receives or welcomes: a person or a delegation, not "welcomed the decision"
_GUEST = (
    # "received in his office today Ambassador X", "welcomed at MFAN, the …": where the host
    # received comes first (or after when: "received today in Brio at a farewell visit the …")
    rf"(?=\s+{_WHERE}"
    # and when: "a reçu le 12 mars 2013 son homologue", "received today the Ambassador"
    r"(?:(?:le|on|am|ce|this) [^.,;]{0,20}?\d{4},?\s+|"
    r"(?:(?:ce|this) )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|today|yesterday|"
    r"heute|gestern|ce jour|hier),?\s+)?"
    rf"{_WHERE}"
    # on what occasion: "at a farewell visit", "on a courtesy call"
    r"(?:(?:at|on|for) (?:a|an|his|her|the) (?:[\w-]+ )?(?:visit|call),?\s+)?"
    r"(?:(?:his|her|their|the|a|an|seinen?|ihren?|den|die|le|la|les|son|sa|ses)\s+|l['’]\s*)?"
    # "Valdoria's newly appointed defence minister": a possessive, then up to three words
    # ("newly appointed" one word)
    # (not a letter's words: "received a congratulatory letter from Her Majesty X")
    r"(?:[\w-]+['’]s\s+)?(?:(?:newly\s+)?(?!(?:letters?|messages?|lettres?)\b)[\w'’-]+\s+){0,3}?"
    r"(?:counterparts?|amtskolleg\w*|kolleg\w*|homologues?|"
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
    r"candidate?s?|gesandte\w*|vertreter\w*|kommissar\w*|direktor\w*|generalsekretär\w*|"
    # a guest by name, the role set off after it or the day next: "received Ivo Ren, the
    # Foreign Minister of …", "received Ivo Ren on Tuesday"
    r"(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})(?=,| (?:on|am|le|ce|this|last) "
    r"(?:\w+day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\w+tag|mittwoch)\b))\b)"
)
# in English the host is never named between the verb and the guest, who may have four words
# before the role ("welcomed the visiting Finnish Deputy Defence Minister X"); German puts the host
# there ("begrüßt Präsident Karl Muster den Gast")
_GUEST_EN = _GUEST.replace("{0,3}?", "{0,4}?")
# a German guest named before the host's verb: "hat den Botschafter …", "eine Delegation"
_GUEST_WORDS = (
    r"\w*botschafter\w*|\w*konsul\w*|gesandte\w*|delegation\w*|\w*minister\w*|\w*präsident\w*|"
    r"amtskolleg\w*|gast|gäste\w*|besucher\w*|vertreter\w*|kommissar\w*|könig\w*"
)
# what an appeal asks of someone: "called on the minister to withdraw …"
_APPEALED = (
    r"withdraw|stop|end|halt|release|respect|reconsider|refrain|reverse|ensure|take|act|uphold|"
    r"comply|abandon|drop|cease|lift|restore|allow|intervene|rethink|scrap|publish|explain|"
    r"clarify|resign|step|use|do|make|put|press|prevent|protect|recogni[sz]e|commit|return|"
    r"apologi[sz]e|immediately|urgently"
)
_PHRASES = (
    r"held|hold|holds|holding|met|meet|meets|meetings?|spoke|speaks|talked|hosted|hosts|"
    r"(?:sat|sits|sit) down with|"
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
    # or on a person by an honorific: "called on Her Excellency Dr. X", "called on Hon. Y",
    # "called on Hon’ble Prime Minister Z" (South Asian usage)
    r"(?-i:call(?:ed|s)? on (?:(?:His|Her|Their) Excellenc(?:y|ies)|H\.\s?E\.|Hon\.?|"
    r"Honourable|Hon['’]ble|Dr\.|Mr\.?|Ms\.?|Mrs\.?) )|"
    r"telephone (?:call|talk)s?|phone call|video ?(?:tele)?conference|summit|"
    r"konsultation(?:en)?|trafen|traf|\w*treffen|getroffen|zusammengetroffen|telefoniert\w*|"
    rf"telefonat|\w*gespräch(?:e|en|s)?|empfing|empfängt|empfangen|(?:begrüßte|begrüßt){_GUEST}|"
    # the guest before the participle: "hat den Botschafter Kanadas, X, im Landtag begrüßt"
    r"(?:hat|haben) (?:[^.;]{0,60}? )?(?:den|die|eine[n]?|seinen?|ihren?) "
    r"(?-i:[a-zäöü][\w-]* ){0,2}"
    rf"(?:{_GUEST_WORDS})\b[^.;]{{0,160}}?\bbegrüßt(?=\s*(?:[.,;]|$))|"
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
    # the French present of a meeting told on its day: "s'entretient ce jour avec", "reçoit
    # aujourd'hui son homologue" (one ahead is told so too: kinds.py finds the day named)
    r"s['’]entretien(?:t|nent)|"
    # in the first person, in someone's own words: "je me suis entretenue avec", "nous nous
    # sommes rencontrés", "j'ai rencontré ce matin"
    r"(?:me suis|nous sommes) (?:\w+ )?(?:entretenue?s?|rencontrée?s?)|"
    r"(?:j['’]ai|nous avons) (?:\w+ )?rencontré|"
    r"se sont entretenu(?:e)?s|entretiens?|a rencontré|ont rencontré|rencontrer?|"
    r"(?:a|ont) (?:\w+ ){1,2}rencontrée?s?|"  # "a ensuite rencontré"
    # a call paid on someone: "a rendu une visite de courtoisie à", "rend visite à"
    r"(?:a|ont) (?:\w+ )?rendu (?:une )?visite|rend(?:ent)? (?:une )?visite|"
    r"ont (?:débattu|discuté)|"
    # "a été reçu le 30 septembre à Paris par …": when and where may come before "par"
    r"se sont rencontrée?s|rencontres? avec|a été reçue? (?:(?:[^.]|(?<=\d)\.){0,60}?\s)?par|"
    rf"(?:a reçu|a accueilli|reçoi(?:t|vent)|accueill(?:e|ent)){_GUEST}|se sont réunis|"
    # a body that sat: "Le Conseil s'est réuni à Lanvia sous la présidence de X", "la
    # commission mixte s'est réunie le 3 mars", not "s'est réjoui"
    r"s['’]est (?:\w+ )?réunie?s?|"
    # an envoy's credentials handed over, also in a cleft sentence: "a remis jeudi à la
    # Présidente la lettre qui l'accrédite", "a présenté ses lettres de créance"
    r"(?:a|ont) (?:\w+ )?(?:remis|présenté)\b[^.;]{0,100}?(?:lettres? de créance|"
    r"(?:lettre|acte|copies?)s? (?:[\w'’-]+ ){0,3}?qui l['’]accrédit\w*)|"
    r"(?:a|ont) reçu en audience|receive[sd]? in audience|a reçu un appel|"
    # a host told as receiving the visit: "a reçu, ce 9 mai, la visite de Mme X", "received
    # a courtesy visit from", "erhielt am Montag Besuch von"
    r"(?:a|ont) reçu,? (?:(?:[^.;]|(?<=\d)\.){0,40}?,\s+)?la visite (?:de|d['’]|du|des)|"
    # a guest told as paying the visit: "paid a courtesy visit to" ("a rendu une visite" above)
    r"paid (?:a|an) (?:[\w-]+ )?(?:visit|call) (?:to|on)\b|"
    r"received (?:a|the) (?:[\w-]+ )?visit (?:from|of)|erhielt "
    r"(?:(?:[^.;]|(?<=\d)\.){0,40}?\s)?Besuch (?:von|des|der)|"
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
    # the talks named by the noun with whom: "à l'issue d'une entrevue avec son homologue X",
    # "l'entrevue entre les deux Premiers ministres", "nach einer Unterredung mit X"
    r"entrevues? (?:avec|entre)|unterredung(?:en)? mit|"
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
    r"(?:discuté|évoqué|échangé)|"
    # or exchanged views: "A und B tauschten sich über … aus", "A and B exchanged views on"
    r"tauschten sich|exchanged (?:views|ideas|opinions))|"
    # the same told in the passive: "the issues discussed by A and B on …", "les sujets
    # abordés par A et B", "die von A und B erörterten Themen" (German puts the names first)
    r"discussed by [^.;]{3,160}? and |(?:abord|évoqu|discut)(?:é|ée|és|ées) par [^.;]{3,160}? et "
)
# every phrase starts with a word character: the look-ahead passes over the boundary after
# each word at once instead of trying every phrase there (the search takes 40 % less time);
# and by their first letters, the phrases that cannot start with the letter there are passed
# over at once too (the search takes half the time again). tests/importers/test_initials.py
# checks that no phrase starts otherwise and that the groups match as the phrases do.
MEETING = compiled(rf"(?i)\b(?=\w)(?:{by_first_letter(_PHRASES, case_blind=True)})\b")
