"""Speaker tags: who speaks at the start of a transcript's line, and where the tag ends.

A tag opens a transcript's line and names who speaks: "MODERATOR:", "Q:", "Mr Healey:", an
office with its holder in brackets, Hansard's, the Bundestag's, the Congressional Record's,
the Assemblée's, the Dutch and Flemish parliaments', the Verkhovna Rada's and the Duma's forms, a press
transcript's questioner and outlet, and a short name in a script without capitals ("发言人：",
"المتحدث:"). Names are matched as written however their spaces,
accents and apostrophes were typed, and a heading, a lead-in ("First:") or a numbered part
("Part One:") is no speaker. :mod:`stance.sentences` tells a transcript by these tags and
splits it by them (:func:`stance.sentences.split_speakers`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Container
from functools import cache

from . import _forksafe as forksafe
from .lines import _AGENCY, _CAP, _is_heading
from .text import _ANY_ANNOTATION_MARK, drop_annotation_marks
from .text import INVISIBLE as _INVISIBLE  # pasted web text has them inside names; tags are matched without them

# A tag's colon, with the space French typography puts before it ("M. Dupont : …", "QUESTION : …"),
# or a full-width one ("：", "﹕"), as Chinese and Japanese type it even after a Latin name ("Q：
# Will…", "RUTTE：Yes"), which takes no space after it.
_COLON = r" ?(?::(?:\s+|$)|[：﹕]\s*)"
# The letters of scripts without capitals, whose names no capital can tell from a sentence's first
# words: Hebrew, Arabic (not its comma, semicolon, question mark or Urdu full stop), Devanagari and
# the other Indic scripts (not the danda), Thai and Lao, Hiragana and Katakana, Han, Hangul; with
# their vowel signs and marks, which are in these blocks.
_CASELESS = ("\u05d0-\u05ea\u0620-\u064a\u064b-\u065f\u066e-\u06d3\u06d5-\u06ff\u0750-\u077f\u08a0-\u08ff"
             "\u0900-\u0963\u0966-\u0dff\u0e00-\u0eff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
             "\uac00-\ud7a3")
_CJK_NAME = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# The titles of Polish, Russian and Ukrainian records and press that make a name a tag, as "Mr"
# does ("Poseł Jan Kowalski:", "Posłanka Anna Nowak:", "Депутат Иванов:", "Господин Петров:", "Пан
# Шевченко:", "Народний депутат Гончаренко:"); not those that are English words too ("Pan Am:",
# "Minister says NATO:", "General Motors:"), save a minister's before the ministry, in words no
# headline's verb is ("Министр обороны Иванов:", "Міністр закордонних справ Сибіга:", "Minister obrony
# narodowej Kosiniak-Kamysz:").
_SLAVIC_TITLES = (r"Poseł|Posłanka|Pani|Senatorka|Marszałek|Wicemarszałek|Wiceminister|Wiceministra|Prezydent|"
                  r"Generał|Profesor|Депутат|Депутатка|Господин|Госпожа|Пан|Пані|Сенатор|Генерал|Президент|"
                  r"Председатель|Премьер-министр|Прем['’]єр-міністр|Профессор|Професор|Посол|Голова|"
                  r"Народний депутат|Народна депутатка|Министр|Міністр|Міністерка")
_MINISTERS = r"Министр|Міністр|Міністерка|Minister|Ministra|Wiceminister|Wiceministra"
_MINISTRY_WORDS = (r"обороны|иностранных|внутренних|дел|финансов|юстиции|оборони|закордонних|внутрішніх|справ|"
                   r"фінансів|юстиції|obrony|narodowej|spraw|zagranicznych|wewnętrznych|finansów|sprawiedliwości")
# A minister before the ministry, whose words the Sejm's record writes in title case ("Minister Obrony
# Narodowej Władysław Kosiniak-Kamysz:"), a newsroom in lower case.
_MINISTER_OFFICE = rf"(?:{_MINISTERS})(?: (?i:{_MINISTRY_WORDS})){{1,3}}"
# The Sejm's other government offices, which its record names with their holder ("Prezes Rady
# Ministrów Donald Tusk:", "Wiceprezes Rady Ministrów Minister Obrony Narodowej …:", "Sekretarz Stanu
# w Ministerstwie Obrony Narodowej Paweł Bejda:"): the Council of Ministers', or a ministry's,
# each named as a minister's is, so no headline's verb makes one.
_POLISH_OFFICES = (rf"(?:Wiceprezes|Prezes) Rady Ministrów(?: {_MINISTER_OFFICE})?|"
                   rf"(?:Sekretarz|Podsekretarz) [Ss]tanu w Ministerstwie(?: (?i:{_MINISTRY_WORDS})){{1,3}}")
# Who is speaking, at the start of a transcript's line: "MODERATOR:", "Q:", "Mr Healey:",
# "The Prime Minister:", "SECRETARY GENERAL (in French):", optionally after a timestamp. A name
# in capitals may be long, an office and its holder ("NATO DEPUTY SECRETARY GENERAL RADMILA
# SHEKERINSKA:"), its words then weighed (see _is_long_for_a_name).
_SPEAKER = re.compile(
    rf"^(?P<speaker>Q|A|[{_CAP}][{_CAP}.'’\- ]{{0,78}}[{_CAP}.]|"
    rf"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Madam|Hon|The)\.?|{_SLAVIC_TITLES}|"
    rf"{_MINISTER_OFFICE}|{_POLISH_OFFICES}) [{_CAP}][\w'’\-]*"
    rf"(?: [{_CAP}][\w'’.\-]*){{0,4}}|"
    r"(?:(?:An?|Several|Some) )?(?:[Hh]on\.|[Nn]oble) (?:Members?|Gentlemen|Ladies|Lords?))"
    # Hansard adds constituency and party: "Sarah Whitfield (Ashby North) (Lab):"; a transcript
    # a note in square brackets: "JOURNALIST [inaudible]:" (see _NOTE_IN_TAG, below)
    r"(?: \([^()]{1,60}\)| \[[^\[\]]{1,60}\]){0,2}" + _COLON
)
# The parties Hansard (and the Scottish Parliament's Official Report) puts in a Member's tag after
# the constituency ("Sarah Whitfield (Ashby North) (Lab):"): a tag of this shape names a Member.
_HANSARD_PARTIES = (r"Con|Lab|Lab/Co-op|Lab Co-op|LD|SNP|DUP|PC|Green|Ind|Ind Con|Ind Lab|Ind Green|Reform|"
                    r"Reform UK|RUK|SDLP|UUP|Alliance|APNI|TUV|SF|Alba|SDP|UKIP|Ukip|Respect|Spk|CB|Non-Afl|Bp")
# What follows a Member's name in such a tag: the constituency and the party, each in brackets.
_MEMBER_BRACKETS = re.compile(rf" \([{_CAP}][^()]{{0,58}}\) \((?:{_HANSARD_PARTIES})\)" + _COLON)
# Hansard numbers an oral question, and gives a Prime Minister's or topical question its
# reference too ("1. Mrs Anne Cole (Wealden) (Con):", "Q2. [901301] Tan Dhesi (Slough) (Lab):",
# "T3. [901234] Mr Jones (Bexley) (Con):"): no one's words, before the Member's tag. Only before
# a tag with the constituency and party (see _MEMBER_BRACKETS), since "1. Ukraine: we will…"
# is a list's item.
_QUESTION_NUMBER = re.compile(r"(?:[QT]?\d{1,3}\. ?)?(?:\[\d{1,8}\] ?)?")
# Hansard's tag of the House, or some of it, calling out together ("Hon. Members: Hear, hear.",
# "Several hon. Members: Order!", "Noble Lords: Hear, hear!"): a cheer or a jeer, no one's
# statement, so it is left out as "(Applause)" is and the speaker before it goes on. One
# Member calling out ("An hon. Member: Rubbish!") is a speaker like any other.
_CHORUS = re.compile(r"(?:(?:Several|Some|Many) )?(?:[Hh]on\.|[Nn]oble) (?:Members|Gentlemen|Ladies|Lords)")
# A question from a named outlet: "Q [Reuters]:", "Q - Reuters:", "Question (Anna Keller, DW):",
# and, in a transcript, with the questioner and the outlet after commas ("Question, Jane Doe,
# Reuters:"; see _is_press_credit, since "Question, however, is:" is none).
_QUESTION_TAG = re.compile(
    r"^(?P<speaker>Q|Question|QUESTION)(?: ?\[[^\[\]]{1,60}\]| ?\([^()]{1,60}\)| [-–—] [^:]{1,40}?|"
    r", (?P<asker>[^,:()]{1,60}), (?P<outlet>[^,:()]{1,60}))" + _COLON
)
# "Q:" or "A:" with no space before the answer ("Q:Will you…?"), as hurried transcripts
# write it; only these short tags, since "NATO:The" or "10:30" are not tags.
_TIGHT_QA_TAG = re.compile(r"^(?P<speaker>Q|A|Question|QUESTION|Answer|ANSWER):(?=[A-Z\"“‘'])")
# "Q." and "A." as interview transcripts write them ("Q. Will you…?" / "A. We will."). They
# count only in a transcript, and "A." only after a question, since a line may open with
# an initial ("A. Merkel said…").
_DOTTED_QA_TAG = re.compile(r"^(?P<speaker>Q|A)\.\s+(?=[A-Z\"“‘'«])")
# "q:" and "a:" in lower case, as some transcripts type them ("q: Is NATO divided?" / "a: No."). They
# count only in a transcript and before a capital, and "a:" only after a question, since a
# list's letters may be typed so ("a: the first option", "Here they are." / "a: More tanks.").
_LOWER_QA_TAG = re.compile(r"^(?P<speaker>q|a)" + _COLON)
# "Q" set off from its question by two spaces or more or a tab, no colon, as the White House's
# transcripts have it ("Q    Will you send Patriots?"). Matched on the line as written, since a
# tag's spaces are otherwise read as one ("Q Ratings fell" is no tag), and only in a transcript.
_SPACED_Q_TAG = re.compile(r"Q(?:\t|\s{2,})\s*(?=\S)")
# What every answer tag ("A:", "A.", "Answer:", "ANSWER:") names, as every question tag names "Q".
# So are the interview transcripts of the other languages we split ("Frage:"/"Antwort:",
# "Réponse :", "Pytanie:"/"Odpowiedź:", "Вопрос:"/"Ответ:", "ПИТАННЯ:"/"ВІДПОВІДЬ:", "问："/"答：",
# "質問："/"回答：", "سؤال:"/"جواب:" (not the short "س:"/"ج:", which are list letters too),
# "שאלה:"/"תשובה:", "प्रश्न:"/"उत्तर:", …), compared in capitals; French's question is English's word.
_ANSWER_TAGS = frozenset({"A", "ANSWER", "ANTWORT", "RÉPONSE", "RESPUESTA", "RISPOSTA", "ANTWOORD", "ODPOWIEDŹ",
                          "ОТВЕТ", "ВІДПОВІДЬ", "答", "回答", "جواب", "الجواب", "תשובה",
                          "उत्तर", "जवाब"})
_QUESTION_NAMES = frozenset({"Q", "QUESTION", "FRAGE", "PREGUNTA", "DOMANDA", "VRAAG", "PYTANIE", "ВОПРОС",
                             "ПИТАННЯ", "问", "問", "提问", "提問", "質問", "سؤال", "السؤال",
                             "שאלה", "प्रश्न", "सवाल"})
# The French chair, as the Assemblée's record names it, a tag in any of the forms below ("M. le
# président :", "Mme la présidente. – …", "M. le président. La séance est ouverte.").
_FRENCH_CHAIR = r"(?:M\.|Mme) (?:le|la) (?:[Vv]ice-)?[Pp]résidente?"
# A particle elided before a name's capital, as French and Italian write it ("M. Jean-Paul
# d'Aubert", "M. Valéry Giscard d'Estaing", "Marco dell'Utri"): a word of the name, though in
# lower case, where "d'accord" is none.
_ELIDED_PARTICLE = rf"(?:d|dell|dall)['’][{_CAP}][\w'’\-]*"
# An honorary doctorate's "h. c." (honoris causa), in lower case after "Dr." as the Bundestag's
# record writes it ("Präsident Dr. h. c. Wolfgang Schäuble:", "Prof. Dr. h. c. mult. …").
_HONORIS_CAUSA = r"h\. ?c\.(?: mult\.)?"
# Titles written with a full stop before a name ("M. Jean-Luc Mélenchon", "Dr. Kraft"), which
# is then no name's end.
_TITLES_WITH_DOT = r"(?:M|MM|Mme|Mmes|Mlle|Mr|Mrs|Ms|Dr|Prof)"
# The words of a name in lower case: a particle, elided or not ("Ursula von der Leyen", "Karl
# vom Stein", "Jean-Paul d'Aubert"), and an honorary doctorate ("Dr. h. c. Wolfgang Schäuble").
# With a capitalised word they make _NAME_WORD, the one piece every pattern of a name (_NAME,
# _ROLE_TAG, _SITTING_TAG, _FRENCH_MEMBER_TAG, _PERSON, _INTERJECTION) takes a name's words
# from, so that a word one of them learns each knows. Capitals are capitals even in a pattern
# that ignores case, since "d'accord" is no name's word.
_NAME_LOWER_WORDS = rf"{_ELIDED_PARTICLE}|{_HONORIS_CAUSA}|de|da|del|der|den|di|du|la|le|van|von|vom|zu|ter"
_NAME_WORD = rf"(?-i:[{_CAP}][\w'’.\-]*|{_NAME_LOWER_WORDS})"
# So where a full stop ends the tag ("M. Jean-Luc Mélenchon. – …"): a capitalised word has
# none but a title's ("Präsident Dr. h. c. Wolfgang Schäuble. – …").
_NAME_WORD_UNDOTTED = rf"(?-i:{_TITLES_WITH_DOT}\.|[{_CAP}][\w'’\-]*|{_NAME_LOWER_WORDS})"
# An office in sentence case after the name's first word, as many a newsroom's style writes a
# tag ("Opposition leader:", "Defence minister:", "Prime minister Kaja Kallas:"), whose answers
# were the question's before; up to two words of its kind before it ("Deputy prime minister:",
# "British prime minister Keir Starmer:", "Foreign affairs minister:") and a secretary's
# "general" after it ("NATO secretary general Mark Rutte:", "Secretary general:"). Not
# "general", "member", "head", "chief" or "deputy" alone ("In general:"), nor after a word that
# makes it a phrase ("Our leader:", "Which minister:", "One minister:", "So minister:").
_OFFICE_PHRASE_WORDS = ("Our", "Your", "My", "His", "Her", "Their", "Every", "Each", "Any", "No", "Which", "What",
                        "This", "That", "A", "An", "Another", "One", "Some", "As", "So")
_SENTENCE_CASE_OFFICE = (
    "".join(rf"(?<!\b{word})" for word in _OFFICE_PHRASE_WORDS)
    + r"(?:(?: (?:prime|deputy|vice|foreign|defence|defense|finance|interior|affairs|shadow|acting|former)){0,2}"
    r" (?:minister|leader|secretary|president|chancellor|spokesperson|spokesman|spokeswoman|ambassador|"
    r"commissioner|chair|chairman|chairwoman|chairperson|envoy|premier|mayor|governor|senator|commander|director|"
    r"rapporteur)(?!\w)|(?<=\bSecretary)(?=[ -]general))(?:(?<=[Ss]ecretary)[ -]general(?!\w))?"
)
# A name in ordinary case ("Kaja Kallas:", "Secretary General Mark Rutte:", "Healey:",
# "Question:", Hansard's "Baroness Smith of Basildon (Lab):" and "The Minister for the Armed
# Forces (Luke Harrow):"). Such a line can also be a label ("Key Points:", "Ukraine:", "The
# Baltic and the Balkans:"), so these tags count only in a document with two or more tag
# lines: a transcript.
_NAME = (
    rf"(?P<speaker>{_FRENCH_CHAIR}|[{_CAP}][\w'’.\-]*(?:{_SENTENCE_CASE_OFFICE})?"
    rf"(?: (?:{_NAME_WORD}|bin|al|of|for|the|and)){{0,6}}"
    # a number telling apart people a transcript does not name ("Speaker 1", "REPORTER 2")
    r"(?: \d{1,2})?)"
)
# A transcriber's note in square brackets between a tag's name and its colon ("Journalist
# [inaudible]:", "Speaker 3 [crosstalk]:", "Rutte [in French]:"): the tag is the name's, the
# note no one's words, as "(inaudible)" is.
_NOTE_IN_TAG = r" \[[^\[\]]{1,60}\]"
_NAME_TAG = re.compile(rf"^{_NAME}(?: \([^()]{{1,60}}\)|{_NOTE_IN_TAG}){{0,2}}" + _COLON)
# The Dutch and Flemish parliaments' tags: a member as "De heer" or "Mevrouw" and the name,
# maybe with the party in brackets ("De heer Wilders (PVV):", "Mevrouw Van der Plas (BBB):",
# "De heer Theo Francken (N-VA):"), and the chair, "De voorzitter:". The speaker keeps the
# title, as "Mr Healey" does. "heer" and "voorzitter" are in lower case, so these are no
# _NAME; the title tells them from a sentence ("De conclusie is duidelijk: …"), so that, like
# "Mr Healey:", they count outside a transcript too.
# The particles a Dutch surname opens with in lower case after a title ("De heer van Dijk",
# "Mevrouw de Vries", "De heer van der Staaij", "De heer 't Hart"); a capital follows them,
# so that "Mevrouw de voorzitter:" (a member addressing the chair) is no tag.
_DUTCH_PARTICLES = r"(?:van|de|der|den|het|'t|ter|ten|te|in|op|uit|la|le|du)"
_DUTCH_TAG = re.compile(
    rf"^(?P<speaker>(?:De heer|Mevrouw) (?:{_DUTCH_PARTICLES} ){{0,3}}[{_CAP}][\w'’\-]*"
    rf"(?: (?:{_NAME_WORD}|te|ten|'t)){{0,5}}|De voorzitter)"
    r"(?: \([^()]{1,60}\))?" + _COLON
)
# A name in a script without capitals (see _CASELESS): one to four words, maybe numbered ("发言人：",
# "官房長官：", "المتحدث:", "प्रवक्ता:", "记者2："), maybe with a note in brackets ("发言人（外交部）："),
# before a colon; Chinese and Japanese may type an ASCII one with no space after it ("记者:你们…").
# As no capital tells such a name from a sentence's first words, it counts, as a name in
# ordinary case does (_NAME_TAG), only in a transcript, and only short (see _is_caseless_name).
# A Hebrew acronym is written with a gershayim, ASCII's double quote or U+05F4, between its last two
# letters, as the Knesset's record titles its chair and members ('היו"ר אמיר אוחנה:', 'ח"כ …:'):
# a letter of such a word, only between two Hebrew letters, since a quotation's marks stand elsewhere.
_CASELESS_WORD = rf"[{_CASELESS}]+(?:(?<=[\u05d0-\u05ea])[\"\u05f4][\u05d0-\u05ea]+)?"
_CASELESS_TAG = re.compile(
    rf"^(?P<speaker>{_CASELESS_WORD}(?: {_CASELESS_WORD}){{0,3}}(?: ?\d{{1,2}})?)"
    r"(?: ?[(（][^()（）]{1,30}[)）])?" + rf"(?:{_COLON}|:(?=[\u3040-\u30ff\u3400-\u9fff]))"
)
# How long such a name may be: a Chinese or Japanese one, a word of characters, twelve; another
# thirty letters, in four words at most ("المتحدث باسم وزارة الخارجية").
_CJK_NAME_LENGTH = 12
_CASELESS_NAME_LENGTH = 30
# A clause of speaking before a quotation, which opens a line as a tag does but names no one: its
# verb ends it in Chinese, Japanese and Hindi ("他说：", "外长强调：", "と述べた：", "उन्होंने कहा:") and
# opens it in Arabic ("قال الوزير:"). A tag is a name or an office, never a verb.
_SAYING_END = re.compile(r"(?:说|說|道|称|稱|表示|指出|强调|強調|认为|認為|宣布|补充|補充|回应|回應|透露|问|問|"
                         r"述べた|語った|話した|言った|強調した|कहा|बताया|पूछा|बोले|बोलीं)(?: कि)?$")
_SAYING_START = re.compile(r"و?(?:قال|قالت|أضاف|أضافت|أكد|أكدت|صرح|صرحت|سأل|سألت)(?:\s|$)")
# A speaker named in square brackets, as some transcription services tag a turn ("[Minister
# Kallas] Europe must…", "[RUTTE]: We are united."): the name inside is read as a tag of its own
# would be (see _bracketed_name), and counts, as a name in ordinary case does, only in a
# transcript; never a stage direction ("[Laughter]"), a timestamp ("[00:12:31]"), a footnote's
# number ("[1]") or an agency's credit ("[Reuters]"). Without a colon a capital must follow.
_BRACKET_TAG = re.compile(r"^\[(?P<speaker>[^\[\]]{1,60})\](?:(?P<colon>" + _COLON + r")|\s+|$)")
_AGENCY_NAME = re.compile(_AGENCY)
# Otter.ai's tag: a name and the time the speaker starts, alone on a line above the words
# ("Mark Rutte  0:03", "Speaker 2  1:02:07", "Unknown Speaker  0:21"), as Rev's "Mark Rutte
# (00:00:03):" is a tag (_NAME_TAG); like a name in ordinary case, it counts only in a transcript.
_TIMED_TAG = re.compile(rf"^{_NAME} (?:\d{{1,2}}:)?\d{{1,2}}:\d{{2}}$")
# An office whose name has commas, with its holder in brackets, as Hansard names a minister
# by department ("The Minister of State, Ministry of Defence (Lord Coaker) (Lab):", "The
# Parliamentary Under-Secretary of State for Foreign, Commonwealth and Development Affairs
# (Stephen Doughty):"). _NAME_TAG has no commas, since "Ukraine, Moldova and Georgia:" is a
# label; this counts only when the brackets name a person (see _office_holder).
_OFFICE_TAG = re.compile(
    rf"^(?P<speaker>(?:The|THE) [{_CAP}][\w'’\-]*(?:,? (?:[{_CAP}][\w'’\-]*|of|for|the|and|in|on)){{1,16}})"
    r"(?: \([^()]{1,60}\)){1,2}" + _COLON
)
# The Congressional Record's tag: a Member's title and surname in capitals, maybe with a state
# ("Mr. SMITH of Texas.", "Ms. DeLAURO.", "Mr. VAN HOLLEN."), or the chair in capitals
# ("The SPEAKER pro tempore.", "The PRESIDING OFFICER (Mr. KING)."), then a full stop, the
# statement going on in the same line; so the Assemblée's record tags its chair ("M. le
# président. La séance est ouverte."). The surname in capitals tells it from a sentence
# ("Mr. Smith. He…"); like a name in ordinary case, it counts only in a transcript.
_RECORD_TAG = re.compile(
    rf"^(?P<speaker>(?:Mr|Mrs|Ms|Miss|Dr)\. (?:Mc|Mac|De|Di|Da|La|Le|O'|O’|St\. )?[{_CAP}][{_CAP}'’\-]+"
    rf"(?: [{_CAP}][{_CAP}'’\-]+)?(?: of [{_CAP}][a-z]+(?: [{_CAP}][a-z]+)?)?|"
    r"The (?:ACTING |DEPUTY )?(?:SPEAKER|PRESIDENT|VICE PRESIDENT|PRESIDING OFFICER|CHAIR|CHAIRMAN|CHAIRWOMAN|"
    rf"CLERK)(?: pro tempore)?|{_FRENCH_CHAIR})"
    r"(?: \([^()]{1,60}\))?\.(?:\s+|$)"
)
# The Verkhovna Rada's record tags a member by the surname in capitals and the initials
# ("СТЕФАНЧУК Р.О. Дякую.", "ГОНЧАРЕНКО О.О. Україна…"), maybe with an office after a comma
# ("МЕРЕЖКО О.О., голова Комітету … (фракція … «Слуга народу»). Шановні…"), and its chair
# "ГОЛОВУЮЧИЙ." (the Duma's "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ."), the words going on in the same line, as the
# Congressional Record does. The Duma's stenogram writes them in ordinary case, with no colon
# ("Жириновский В. В. Нет блоку НАТО…", "Председательствующий. Слово предоставляется…"). Cyrillic
# only, the initials needed but for the chair ("НАТО. Це альянс.", "Голова. Це…" are sentences, so
# the chair in ordinary case is only the word no sentence is made of); like that record's, it counts
# only in a transcript, which two such lines make.
_CYRILLIC_CAP = "А-ЯЁЄІЇҐЎ"
_CYRILLIC_SURNAME = rf"[{_CYRILLIC_CAP}](?:[{_CYRILLIC_CAP}'’\-]+|[а-яёєіїґў'’\-]+)"
_RADA_TAG = re.compile(
    rf"^(?P<speaker>{_CYRILLIC_SURNAME}(?: {_CYRILLIC_SURNAME})?"
    rf" [{_CYRILLIC_CAP}]\. ?[{_CYRILLIC_CAP}]\.|ГОЛОВУЮЧИЙ|ГОЛОВУЮЧА|ГОЛОВА|ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ|ПРЕДСЕДАТЕЛЬ|"
    r"Головуючий|Головуюча|Председательствующий|Председательствующая)"
    r"(?:, (?P<role>[^.]{1,200}?)\.|(?<=\.)|\.)(?:\s+|$)"
)
# The Italian Senate's and Camera's record tags its chair "PRESIDENTE." and a member by the surname in
# capitals with the group in brackets, or a minister's office after a comma, and a full stop, the words
# going on in the same line ("PRESIDENTE. Dichiaro aperta la seduta.", "ROSSI (FdI). Signor Presidente…",
# "LA RUSSA (FdI). …", "CROSETTO, ministro della difesa. …"). A surname needs its group or its office, so that
# an acronym opening a sentence is none ("NATO. Allies…"), and a group is one word (the Autonomie's "(Aut
# (SVP-Patt, Cb))" too), no agency's ("ROMA (ANSA). Il governo…" is a dateline); like the Rada's, it counts
# only in a transcript, which two such lines make, and a member's only with Italian words after it and a
# bracket that is no agency's and no translation's ("NATO (OTAN). Allies met…", "VILNIUS (BNS). Lithuania…":
# news datelines, see _is_italian_member).
# Words that tell Italian, after a member's tag in the Italian record: its articles, prepositions and the
# words of address and of the chair's a member answers ("Signor Presidente, …", "Grazie.", "Domando di parlare.").
_ITALIAN_WORDS = re.compile(
    r"(?<!\w)(?i:il|lo|gli|di|del|dello|della|dei|degli|delle|che|è|non|per|con|una|sono|nel|nella|alla|al|ai|"
    r"questo|questa|signor|signora|presidente|colleghi|onorevoli|governo|grazie|sì|anche|perché|ministro|"
    r"domando|parlare|favorevole|contrario|noi|siamo)(?!\w)")
_ITALIAN_SURNAME = "[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\\-]+"
_ITALIAN_TAG = re.compile(
    rf"^(?P<speaker>PRESIDENTE(?=\.)|{_ITALIAN_SURNAME}(?: {_ITALIAN_SURNAME}){{0,2}}(?= \(|, ))"
    r"(?: \((?P<group>[^()\s]*[^\W\d_][^()\s]*|Aut \([^()]{1,30}\))\)|"
    r", (?P<role>(?:ministr[oa]|vice ?ministr[oa]|sottosegretari[oa]|vice ?presidente|presidente|relat(?:ore|rice))\b"
    r"[^.]{0,160}?))?\.\s+(?=\S)"
)
# The Assemblée's record without dashes tags a member as its chair, a title, a name (maybe an
# office after a comma) and a full stop, the words going on in the same line ("M. Jean-Luc
# Mélenchon. Monsieur le ministre…", "M. Sébastien Lecornu, ministre des armées. Monsieur…").
# Since "M. Dupont." may end a sentence, it counts only in a record whose chair is so tagged
# (see _is_french_record), and an office has no verb or relative in it ("M. Dupont, qui…").
_FRENCH_MEMBER_TAG = re.compile(
    rf"^(?P<speaker>(?:M\.|Mme\.?) [{_CAP}][\w'’\-]*"
    rf"(?: (?:{_NAME_WORD_UNDOTTED}|des)){{0,5}})"
    r"(?:, (?P<role>[^.,:;!?()]{1,80}?))?\.\s+(?=\S)"
)
_FRENCH_CHAIR_TAG = re.compile(rf"^{_FRENCH_CHAIR}\.(?:\s|$)")
# Words that make what follows a French name's comma a clause, not an office ("qui préside…", "a dit").
_FRENCH_CLAUSE_WORDS = frozenset({"qui", "que", "qu", "dont", "où", "a", "ont", "est", "sont", "était", "avait",
                                  "il", "elle", "nous", "vous", "ils", "elles", "on", "lui", "selon", "dit"})
# A name with its office after a comma and a colon, as the Bundestag's record (and many a
# press transcript) tags a minister ("Boris Pistorius, Federal Minister of Defence:", "Mark
# Rutte, NATO Secretary General:"): the speaker is the name. The office must name one
# (a minister, a secretary…), since "Eastern Europe, the Baltic and the Balkans:" is a label.
# Or, as a press conference's transcript tags a questioner, the outlet ("John Smith, BBC:",
# "Jane Doe, The New York Times:"), as "Jane Doe (Reuters):" has it in brackets: the speaker
# is the name, as there (see _is_press_credit).
_ROLE_TAG = re.compile(
    rf"^(?P<speaker>[{_CAP}][\w'’.\-]*(?: {_NAME_WORD}){{1,4}}),"
    r" (?P<role>[^:()]{1,120}?)(?: \([^()]{1,60}\))?" + _COLON
)
_OFFICE_WORDS = frozenset({
    "minister", "secretary", "chancellor", "president", "chair", "chairman", "chairwoman", "chairperson",
    "commissioner", "member", "senator", "ambassador", "governor", "mayor", "representative", "spokesperson",
    "spokesman", "spokeswoman", "director", "leader", "rapporteur", "general", "admiral", "commander", "chief",
    "head", "premier", "deputy", "envoy",
    # as the German record itself has them ("Bundesminister der Verteidigung", "Parl. Staatssekretärin")
    "bundesminister", "bundesministerin", "bundeskanzler", "bundeskanzlerin", "staatssekretär",
    "staatssekretärin", "staatsminister", "staatsministerin", "ministerin", "präsident", "präsidentin",
})
# An outlet after a questioner's name and a comma ("BBC", "Reuters", "The New York Times", "France 24",
# "Radio Free Europe/Radio Liberty", "The Times of India"): a few words, each capitalised (or a number)
# but for the particles of a title; no "and", since "Eastern Europe, Moldova and Georgia:" lists places.
_OUTLET = re.compile(rf"(?-i:[{_CAP}\d][\w'’.&/\-]*)(?: (?-i:[{_CAP}\d][\w'’.&/\-]*|&|of|the|de|du|des|la|le|el|"
                     rf"di|del|der|für)){{0,5}}")
# Words that open no one's name, though capitalised on a line's start ("The Baltic, Poland:", "In
# Brussels, Today:", "Dear Friends, Colleagues:"), compared in capitals; and the titles a name may
# open with, which are no word of it ("Mr President, Excellencies:" names no one in full).
_NOT_NAME_OPENERS = frozenset({"THE", "A", "AN", "IN", "ON", "AT", "FOR", "FROM", "BY", "TO", "WITH", "AND", "BUT",
                               "OR", "OUR", "YOUR", "MY", "HIS", "HER", "ITS", "THEIR", "THIS", "THAT", "THESE",
                               "THOSE", "DEAR", "LAST", "NEXT", "EVERY", "EACH", "ALL", "SOME", "MANY", "BOTH"})
_ADDRESS_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lord|Lady|Madam|Madame|Mister|Monsieur|Herr|"
                            r"Frau)\.? ", re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]+")
# A European Parliament verbatim report's tag: a name, a group in brackets, a role after a
# comma, then a full stop and a dash, the statement going on in the same line ("Michael
# Gahler, on behalf of the PPE Group. – Madam President, …", "President. – The next item
# is …"), as the Assemblée's is ("M. Jean-Luc Mélenchon. – C'est une honte !", "Mme la
# présidente. – …"). Like a name in ordinary case, it counts only in a transcript, and a name
# of one word only when it is the chair's ("President."), not "Well, the point is. – And…".
_SITTING_TAG = re.compile(
    rf"^(?P<speaker>{_FRENCH_CHAIR}|(?:{_TITLES_WITH_DOT}\.|[{_CAP}][\w'’\-]*)(?: {_NAME_WORD_UNDOTTED}){{0,7}})"
    r"(?: \([^()]{1,60}\))?(?:, (?P<role>[^–—]{1,200}?))?\.\s+[–—-](?:\s+|$)"
)
# Words that make what follows a name's comma a clause, not a role ("General Cavoli, who
# leads SACEUR, agreed. – We…", "Mark Rutte, the Secretary General, was in Tapa. – He…"): a
# role ("on behalf of the PPE Group", "President of the Commission", "blue-card question")
# is a noun phrase, with no relative or personal pronoun, auxiliary or verb of saying.
_CLAUSE_WORDS = frozenset({
    "who", "whom", "whose", "which", "that", "he", "she", "we", "they", "it", "you",
    "is", "was", "are", "were", "be", "been", "has", "had", "have", "will", "would", "shall", "should", "can",
    "could", "may", "might", "must", "do", "does", "did", "said", "says", "say", "told", "tells", "spoke",
    "speaks", "wrote", "writes", "agrees", "adds", "asks", "leads", "led", "thinks", "thought", "knows", "knew",
})
_ROLE_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_CHAIRS = frozenset({"PRESIDENT", "VICE-PRESIDENT", "PRÄSIDENT", "PRÄSIDENTIN", "PRÉSIDENT", "PRÉSIDENTE",
                     "PRESIDENTE", "CHAIR", "CHAIRMAN", "CHAIRWOMAN", "CHAIRPERSON"})
# Words that a number after them makes a part of a text, not a person ("Article 5:", "Step 2:",
# "Part One:", "Chapter II:", "Annex A:"), as does an ordinal before them ("First Lesson:").
_NUMBERED_PARTS = frozenset({"ARTICLE", "CHAPTER", "SECTION", "PART", "STEP", "POINT", "PHASE", "RULE", "ITEM",
                             "ANNEX", "APPENDIX", "TOPIC", "PARAGRAPH", "OPTION", "TABLE", "FIGURE", "PAGE", "DAY",
                             "WEEK", "YEAR", "ROUND", "LEVEL", "STAGE", "TIER", "PILLAR", "GOAL", "PRIORITY", "LESSON",
                             "RECOMMENDATION", "FINDING", "PRINCIPLE", "EPISODE", "VOLUME", "NUMBER", "NO", "TOP",
                             "CLAUSE", "RESOLUTION", "AMENDMENT"})
# A part's number written as a word ("Twenty-One" is read word by word), a Roman numeral to
# 39, or a letter; and the ordinals that number a part written before it.
_NUMBER_WORDS = frozenset({"ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN", "ELEVEN",
                           "TWELVE", "THIRTEEN", "FOURTEEN", "FIFTEEN", "SIXTEEN", "SEVENTEEN", "EIGHTEEN",
                           "NINETEEN", "TWENTY", "THIRTY"})
_PART_NUMBER = re.compile(r"\d+|[A-Z]|X{0,3}(?:IX|IV|V?I{0,3})")
_ORDINALS = frozenset({"FIRST", "SECOND", "THIRD", "FOURTH", "FIFTH", "SIXTH", "SEVENTH", "EIGHTH", "NINTH", "TENTH",
                       "ELEVENTH", "TWELFTH", "FINAL", "LAST"})
# Phrases that lead into what follows, its speaker's words, not a speaker ("Bottom line: NATO
# must…", "In short: we act.", "The point: …"), compared in capitals; an ordinal or number
# alone ("First:", "Secondly:", "Finally:", "Two:") is one too (see _is_lead_in). A topic is
# not ("Ukraine: we will keep sending air defence."): in a transcript a speaker named in one
# word may open every turn in lower case too ("Healey: we keep going."), and is told from it by
# nothing but knowing names.
_LEAD_INS = frozenset({"BOTTOM LINE", "THE BOTTOM LINE", "IN SHORT", "IN SUM", "IN SUMMARY", "IN BRIEF",
                       "IN CONCLUSION", "TO CONCLUDE", "TO SUM UP", "IN OTHER WORDS", "THE POINT", "MY POINT",
                       "KEY POINT", "THE KEY POINT", "KEY TAKEAWAY", "KEY TAKEAWAYS", "THE TAKEAWAY", "TAKEAWAY",
                       "TAKEAWAYS", "THE LESSON", "THE GOOD NEWS", "THE BAD NEWS", "THE QUESTION", "THE ANSWER",
                       "THE PROBLEM", "THE RESULT", "THE REALITY", "THE TRUTH", "THE FACT", "THE FACTS", "FACT",
                       "TL;DR", "TLDR", "NEXT"})
# Words of thanks, which name no one, however capitalised ("Vielen Dank. – Nächster Redner ist
# …", German capitalising its nouns as a name is; "Thank You. – We now vote."), compared in
# lower case; and greetings, compared whole in capitals ("Guten Morgen. – Wir beginnen.").
_THANKS = frozenset({"thank", "thanks", "dank", "danke", "dankeschön", "merci", "gracias", "grazie", "obrigado",
                     "obrigada", "dziękuję", "dziekuje", "bedankt", "tack", "kiitos", "спасибо", "дякую"})
_GREETINGS = frozenset({"GOOD MORNING", "GOOD AFTERNOON", "GOOD EVENING", "GUTEN MORGEN", "GUTEN TAG", "GUTEN ABEND",
                        "BONJOUR", "BONSOIR", "BUENOS DÍAS", "BUONGIORNO", "DZIEŃ DOBRY", "HELLO", "HI", "WELCOME",
                        "WILLKOMMEN", "BIENVENUE"})
# Labels that open a line but name no speaker (compared in capitals). A name in capitals is a
# tag on one line alone ("RUTTE: We agree."), so a label in capitals must be known to be one.
_NOT_SPEAKERS = frozenset({"NOTE", "NOTES", "UPDATE", "BREAKING", "BREAKING NEWS", "WARNING", "CORRECTION", "SOURCE",
                           "CAPTION", "IMAGE", "PHOTOGRAPH", "QUELLE", "FOTO", "BILD",
                           "WATCH", "LIVE", "ANALYSIS", "OPINION", "EDITOR'S NOTE", "PHOTO",
                           # what a post or a newsroom's feed flags the news after it with ("NEW: Germany to
                           # station…", "ICYMI: …"): read as tags, they named the speaker of every post below
                           "NEW", "JUST IN", "ICYMI", "THREAD", "DEVELOPING", "DEVELOPING STORY", "HAPPENING NOW",
                           "LIVE NOW", "NOW", "LATEST", "ALERT", "NEWS ALERT", "URGENT", "FLASH", "NEWSFLASH",
                           "SCOOP", "RECAP", "REMINDER", "PSA", "FYI", "MUST READ", "MUST WATCH",
                           "NEW VIDEO", "UPDATES", "LIVE UPDATES", "EILMELDUNG", "AKTUELL", "DERNIÈRE MINUTE",
                           "ALERTE", "URGENTE", "ÚLTIMA HORA", "ТЕРМІНОВО", "СРОЧНО", "PILNE",
                           "VIDEO", "READ MORE", "RELATED", "RELATED COVERAGE", "RELATED ARTICLE", "RELATED ARTICLES",
                           "RELATED STORIES", "SEE ALSO", "MORE ON THIS", "KEY POINTS", "SUMMARY", "BACKGROUND",
                           "CONTEXT", "AGENDA",
                           "LOCATION", "DATE", "TIME", "WHEN", "WHERE", "SUBJECT", "RE", "FROM", "TO", "CC",
                           # an e-mail's header labels in German and French ("Betreff: …" is its headline)
                           # ("An" and "De" below, in capitals initials and a delegation's code)
                           "VON", "GESENDET", "DATUM", "BETREFF", "À", "ENVOYÉ", "OBJET", "CCI",
                           "CONTACT", "MEDIA CONTACT", "PRESS CONTACT", "NOTES TO EDITORS", "KEYWORDS", "DISCLAIMER",
                           "TRANSCRIPT", "EXCERPT", "QUOTE", "LISTEN", "ALSO READ", "FACT CHECK", "FACT BOX",
                           "FACTBOX", "EXPLAINER", "EXCLUSIVE", "ADVERTISEMENT", "SPONSORED", "P.S", "PS",
                           # what a headline says the text is ("INTERVIEW: “We will not leave…”")
                           "INTERVIEW", "EXCLUSIVE INTERVIEW", "FULL TEXT", "SPEECH", "STATEMENT", "PRESS RELEASE",
                           "PRESS STATEMENT", "REMARKS", "READOUT", "COMMENTARY", "EDITORIAL", "OP-ED", "HEADLINE",
                           "TITLE", "TRANSLATION", "UPDATED", "PUBLISHED"})
# German and French mail labels that in capitals are an interviewee's initials or a delegation's country
# code ("AN: Allies must…", "DE: Germany supports…"): labels, naming no speaker, only as mail programs write
# them ("An: Redaktion", "De : Service de presse"); compared as written, not in capitals.
_MAIL_LABELS = frozenset({"An", "De"})
# A vote's tally after its label's colon, as a parliament's record prints a division: a figure alone,
# with a word of what it counts or not ("312.", "0", "1 vote", "312 posłów"), and the line's other
# tallies after it ("Za: 312. Przeciw: 1."). Read as a tag, "Za:" named a speaker of the figure,
# and its "312." was dropped as a list's marker or a number alone; "Przeciw: 1." lost its "1." so.
# A figure's word is one no label's colon follows ("312 posłów", not "1 Wstrzymało się:"): either
# reading matched "1 ab cd: 1 ab cd: …", and a line of them that fails at its end was tried both
# ways a tally, twice the time for each ("Za: " and 40 such: minutes). So too a figure's last three
# digits after a comma or stop are its thousands, never its decimals: "1,000" read either way
# doubled the time for each figure as well ("Budget: 1,000 EUR; " and 22 "Year two: 1,500 EUR; ").
# A figure's word takes all its letters: looking ahead for a colon after each shorter part of it
# cost a word of n letters n²/2 steps ("Za: 1 " and 30,000 letters and "!": 70 s).
_FIGURE = (r"\d+(?:[,.\u00a0\u202f ]\d{3})*(?:[.,](?!\d{3}(?!\d))\d+)?%?"
           r"(?: [^\W\d_]+(?![^\W\d_])(?![\w'’\-]*(?: [\w'’\-]+){0,4} ?[:：]))?")
_TALLY_LABEL = r"[^\W\d_][\w'’\-]*(?: [\w'’\-]+){0,4} ?[:：]"
_TALLY_TURN = re.compile(rf"{_FIGURE}(?:[.;,]?\s+{_TALLY_LABEL}\s*{_FIGURE})*[.;]?")
# A label that names a vote's side or its abstentions, as records print a division in English, Polish, German,
# French, Spanish, Dutch, the Baltic languages, Russian and Ukrainian ("Ayes: 312.", "Noes to the left: 201.", "Za:
# 312.", "Wstrzymało się: 0.", "Enthaltungen: 3"): with a figure alone it is a tally even right after a question, the
# chair's "Those in favour?" (a name so answering is its speaker's, see stance.transcripts._speaking_names).
_VOTE_LABEL = re.compile(
    r"(?:the |votes? |those )?(?:ayes|noes|nays|yeas|aye|no|yes|for|against|in favou?r|abstentions?|abstained|"
    r"abstaining|abstain|not contents?|contents?|za|przeciw|wstrzymało się|wstrzymujących się|ja|nein|"
    r"enthaltungen?|dafür|dagegen|pour|contre|a favor|en contra|abstenciones|sí|voor|tegen|onthoudingen|poolt|vastu|"
    r"erapooletuid|už|prieš|susilaikė|par|pret|atturas|за|против|воздержались|проти|утрималися)"
    r"(?: to the (?:right|left))?")
_WORD_OR_SPACE = re.compile(rf"\s+|[{_INVISIBLE}]+|[^\s{_INVISIBLE}]+")
# What a line needs normalising for: whitespace that is not one plain space (two in a row, a
# tab, a no-break space…) or an invisible mark.
_ODD_SPACE_OR_MARK = re.compile(rf"\s\s|[^\S ]|[{_INVISIBLE}]")
# The apostrophes a name is typed with (a word processor's right or left single quote, the
# modifier letter), which a tag reads as the typewriter's, so that one person's tags agree:
# one character for one, so that a tag's end in the matched text is its end in the line.
_APOSTROPHES = str.maketrans("’‘ʼ", "'''")


def _for_matching(line: str) -> tuple[str, list[int]]:
    r"""``line`` as speaker tags are matched, and where each of its characters starts in ``line``.

    Text copied from web pages, PDFs or macOS writes a name with a non-breaking or thin
    space, two spaces, a zero-width space, or a letter and a separate accent; the tag patterns
    have one plain space and composed letters. So each run of whitespace becomes one space,
    zero-width marks go, and each letter is composed with its accents (NFC). An apostrophe
    may be typed straight or curly ("O'Neill", "O’Neill", "OʼNeill"): each is read as the
    typewriter's. The marks that only annotate pronunciation go too (a stress mark on a
    Cyrillic letter, "С.Шо́йгу:", the Arabic harakat; see
    :func:`stance.text.drop_annotation_marks`), as the words they are on are read without them.
    The offsets (one more, for the end) carry a tag's end back to ``line``, whose text is kept
    as written.

    >>> _for_matching("Mr\u00a0\u00a0He\u0301aley:")
    ('Mr Héaley:', [0, 1, 2, 4, 5, 7, 8, 9, 10, 11, 12])
    >>> _for_matching("Mr O\u2019Neill:")[0]
    "Mr O'Neill:"
    >>> _for_matching("Q\u200b:")  # a zero-width space is not matched
    ('Q:', [0, 2, 3])
    >>> _for_matching("Шо\u0301йгу:")
    ('Шойгу:', [0, 1, 3, 4, 5, 6, 7])
    """
    if (not _ODD_SPACE_OR_MARK.search(line) and unicodedata.is_normalized("NFC", line)
            and not _ANY_ANNOTATION_MARK.search(line)):  # the usual line
        return line.translate(_APOSTROPHES), list(range(len(line) + 1))
    matched: list[str] = []
    starts: list[int] = []
    # Word by word (a word already in NFC as it is), letter by letter only where needed.
    for run in _WORD_OR_SPACE.finditer(line):
        at, word = run.start(), run.group()
        if word[0] in _INVISIBLE:
            continue
        if word.isspace():
            if not matched or matched[-1] != " ":  # "Mr \u200b Healey" has one space once the mark goes
                matched.append(" ")
                starts.append(at)
        elif unicodedata.is_normalized("NFC", word) and not _ANY_ANNOTATION_MARK.search(word):
            matched.append(word)
            starts.extend(range(at, at + len(word)))
        else:
            for start, cluster in _clusters(word):
                piece = drop_annotation_marks(unicodedata.normalize("NFC", cluster))
                matched.append(piece)
                starts.extend([at + start] * len(piece))
    return "".join(matched).translate(_APOSTROPHES), [*starts, len(line)]


def _clusters(line: str) -> list[tuple[int, str]]:
    r"""``line`` cut into runs of whitespace and letters with their combining marks, each with its start.

    NFC composes within a cluster, so no composed character straddles two of them and
    every cluster's start is a place in ``line`` to cut at.

    >>> [(start, len(cluster)) for start, cluster in _clusters("Q:  e\u0301!")]
    [(0, 1), (1, 1), (2, 2), (4, 2), (6, 1)]
    """
    starts = [i for i, char in enumerate(line)
              if not i or not (unicodedata.combining(char) or (char.isspace() and line[i - 1].isspace()))]
    return [(start, line[start:end]) for start, end in zip(starts, [*starts[1:], len(line)])]


def _speaker_tag(line: str, names_are_tags: bool, after_question: bool = False,
                 holders: dict[str, str] | None = None, french_record: bool = False,
                 speakers: Container[str] | None = None) -> tuple[str, int] | None:
    r"""Who the speaker tag opening ``line`` names, and where in ``line`` the tag ends; None without one.

    The name is read in NFC with single spaces (see :func:`_for_matching`), so that one
    speaker's tags agree however each was typed. ``after_question`` says that the speaker so
    far is "Q", after whom "A." is an answer's tag. An office with its holder's name in
    brackets names the holder (see :func:`_office_holder`); ``holders``, given, records each
    such office's holder by :func:`_spelling_key`, and a later tag of the office alone names the
    holder too, written in capitals or not ("MODERATOR:" after "Moderator (Allison Hart):"). In a
    transcript that is the Assemblée's record without dashes (``french_record``, see
    :func:`_is_french_record`), a member's "M. Jean-Luc Mélenchon. …" is a tag. A label whose
    turn is a vote's tally alone ("Za: 312.", "Noes: 120.", see :func:`_is_tally`) is none, but
    for a question's or an answer's tag, a tag after a question (its answer, "Q: How many?" /
    "RUTTE: 32."), and a name in ``speakers``, the :func:`_spelling_key` of
    each name that tags a line of words in the text ("RUTTE: 32." answering a question, where
    "RUTTE:" speaks elsewhere). None, the default, reads a tally's label as a tag, as the
    readers that only count a text's tags (:func:`stance.transcripts._is_transcript`) and the
    page readers do: a tally must not unmake a transcript of two turns ("Rutte: We agreed." /
    "RUTTE: 32.").

    >>> _speaker_tag("Mr\u00a0Healey:  We agree.", names_are_tags=False)
    ('Mr Healey', 12)
    >>> _speaker_tag("Q    Will you?", names_are_tags=True), _speaker_tag("Q ratings fell.", names_are_tags=True)
    (('Q', 5), None)
    >>> holders = {}
    >>> _speaker_tag("The Prime Minister (Keir Starmer): Yes.", True, holders=holders), holders
    (('Keir Starmer', 35), {'the prime minister': 'Keir Starmer'})
    >>> _speaker_tag("THE PRIME MINISTER: No.", True, holders=holders)
    ('Keir Starmer', 20)
    >>> _speaker_tag("ZA: 312. PRZECIW: 1.", True, speakers=set()), _speaker_tag("RUTTE: 32.", True, speakers={"rutte"})
    (None, ('RUTTE', 7))
    """
    if names_are_tags and (spaced := _SPACED_Q_TAG.match(line)) and _opens_sentence(line[spaced.end():]):
        return "Q", spaced.end()
    # A tag opens the line: only its head is normalised (per character, the slow part),
    # and what follows the tag is read as written.
    matched, starts = _for_matching(line[:_head_end(line, _TAG_SPAN)])
    numbered = _QUESTION_NUMBER.match(matched).end()  # "1. Mrs Anne Cole (Wealden) (Con):": the number is no name
    tag = _member_tag(matched[numbered:]) if numbered else None
    if tag is None:
        numbered = 0
        tag = _tag_match(matched, names_are_tags, after=lambda end: _normalised(line[starts[end]:]),
                         after_question=after_question)
    if tag is None and french_record and names_are_tags:
        tag = _FRENCH_MEMBER_TAG.match(matched)
        role_words = _LETTERS.findall(((tag and tag.group("role")) or "").lower())
        if tag and (not _opens_sentence(line[starts[tag.end()]:]) or _FRENCH_CLAUSE_WORDS.intersection(role_words)):
            tag = None  # "M. Dupont. et puis…", "M. Dupont, qui préside la commission. Il…"
    if tag is None:
        return None
    name = _speaker_name(tag)
    holder = _office_holder(tag)
    end = starts[numbered + tag.end()]
    if (speakers is not None and name not in ("Q", "A") and (not after_question or _is_vote_label(name))
            and _is_tally(line[end:])
            and _spelling_key(holder or (holders or {}).get(_spelling_key(name), name)) not in speakers):
        return None  # "Za: 312. Przeciw: 1.": a vote's tally, no speaker's turn
    if holder and holders is not None:
        holders[_spelling_key(name)] = holder  # a later "MODERATOR:" is "Moderator (Allison Hart):"'s holder too
    return holder or (holders or {}).get(_spelling_key(name), name), end


def _is_vote_label(name: str) -> bool:
    """Whether ``name``, a tag's, names a vote's side or its abstentions (see _VOTE_LABEL).

    >>> [_is_vote_label(name) for name in ("Ayes", "NOES TO THE LEFT", "Wstrzymało się", "Against", "RUTTE", "Q")]
    [True, True, True, True, False, False]
    """
    return _VOTE_LABEL.fullmatch(name.casefold()) is not None


def _is_tally(turn: str) -> bool:
    """Whether ``turn``, the words after a label's colon, is a vote's tally alone (see _TALLY_TURN):
    a figure, with a word of what it counts or not, and the line's other tallies after it.

    >>> [_is_tally(turn) for turn in (" 312.", "0", "1 vote", "312 posłów", "312. Przeciw: 1. Wstrzymało się: 0.")]
    [True, True, True, True, True]
    >>> [_is_tally(turn) for turn in ("312 is too many.", "Dziękuję.", "", "32 allies agreed.", "1. We agreed.")]
    [False, False, False, False, False]
    """
    turn = turn.strip()
    # a tally opens with its figure: the other turns, most, are not read again composed
    return turn[:1].isdigit() and _TALLY_TURN.fullmatch(_composed(turn)) is not None


def _composed(text: str) -> str:
    """``text`` with each letter composed with its accents (NFC) and without the marks that only annotate
    pronunciation, each run of whitespace one space and no invisible mark, as a tag's name is read (see
    :func:`_for_matching`): so a tally's word, which its patterns read as letters after one space, is read however it
    was typed. A decomposed accent is no letter to them, and "Za: 312 poslo\u0301w." (macOS's NFD) was no tally, "Za"
    its speaker, where "Za: 312 posłów." is one; so too a no-break space after the figure ("Pour : 312\u00a0députés.",
    as French and Polish typesetting writes it) or two spaces.

    >>> _composed("312 poslo\u0301w"), _composed("5 депута\u0301тов"), _composed("312\u00a0\u200b members")
    ('312 poslów', '5 депутатов', '312 members')
    """
    if not text.isascii():
        text = drop_annotation_marks(unicodedata.normalize("NFC", text))
    # every space but the plain one and every invisible mark is unprintable: most lines are told at C's speed
    odd = ("  " in text or not text.isprintable()) and _ODD_SPACE_OR_MARK.search(text)
    return _SPACE_RUN.sub(" ", _INVISIBLE_MARKS.sub("", text)) if odd else text


_INVISIBLE_MARKS = re.compile(f"[{_INVISIBLE}]+")
_SPACE_RUN = re.compile(r"\s+")


def _wraps_tag(line: str, below: str) -> bool:
    """Whether ``line`` is the head of a tag that wraps onto ``below`` at its brackets, as a PDF's
    columns break Hansard's ("Mr Peter Harding (Bexley)" / "(Con): I beg to move."): ``line``
    alone is no tag, and the two lines joined open with one that counts on one line alone (a
    name with a title or in capitals, a Member's or an office holder's; see _counts_alone)
    reaching past the break.

    >>> _wraps_tag("Mr Peter Harding (Bexley)", "(Con): I beg to move."), _wraps_tag("Ukraine", "(2024): war.")
    (True, False)
    """
    line, below = line.strip(), below.strip()
    if not below.startswith("(") or not line or _speaker_tag(line, True):
        return False
    tag = _speaker_tag(f"{line} {below}", False)
    return tag is not None and tag[1] > len(line) + 1


def _member_tag(line: str) -> re.Match | None:
    """The tag opening ``line`` if it names a Member with the constituency and party in
    brackets, as Hansard does (see _MEMBER_BRACKETS): a name with a title or in capitals, or
    a person's name in ordinary case. The shape is no label's, so that it is a tag on one
    line of a text alone too.

    >>> _member_tag("Tan Dhesi (Slough) (Lab): NATO must stay united.").group("speaker")
    'Tan Dhesi'
    >>> _member_tag("Eastern Europe (Baltic) (Nordic): troops."), _member_tag("Tan Dhesi (Slough): Yes.")
    (None, None)
    """
    tag = _SPEAKER.match(line) or _NAME_TAG.match(line)
    return tag if tag and (tag.re is _SPEAKER or _PERSON.fullmatch(tag.group("speaker"))) and _is_member(tag) else None


def _is_member(tag: re.Match) -> bool:
    """Whether the brackets of ``tag`` hold a Member's constituency and party (see _MEMBER_BRACKETS)."""
    return _MEMBER_BRACKETS.fullmatch(tag.string, tag.end("speaker"), tag.end()) is not None


def _counts_alone(tag: re.Match) -> bool:
    """Whether ``tag``, a name in ordinary case (see _NAME_TAG) or an office with commas (see
    _OFFICE_TAG), is a tag on one line of a text alone, as a name in capitals is: a person's
    name with the constituency and party after it, or an office with its holder's name after
    it, each in brackets as Hansard writes them. Another such line may be a label ("Ukraine
    (2024):", "Eastern Europe (Baltic States):"), so it counts only in a transcript.

    >>> _counts_alone(_NAME_TAG.match("Sarah Whitfield (Ashby North) (Lab): We will stay."))
    True
    >>> _counts_alone(_NAME_TAG.match("The Minister for the Armed Forces (Luke Harrow): We will stay."))
    True
    >>> [_counts_alone(_NAME_TAG.match(line)) for line in ("The Baltic (Eastern Europe): troops.", "Kaja Kallas: Yes.")]
    [False, False]
    """
    name = tag.group("speaker").strip()
    return ((_is_member(tag) and _PERSON.fullmatch(name) is not None)
            or (_office_holder(tag) is not None and _names_an_office(name)))


# A title that opens a person's name ("Mr. Peter Wimsey", "Dame Rosie Winterton", "Lord Coaker").
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Baroness|Baron|Earl|Viscount|Rt Hon)\.? ")
# A person's name: two to five words, each capitalised but for the particles of names.
_PERSON = re.compile(rf"[{_CAP}][\w'’.\-]*(?: (?:{_NAME_WORD}|bin|al|of)){{1,4}}")
# An office named without its holder: "The Prime Minister", "Madam Deputy Speaker", "Mr Speaker".
# So is the role that runs a panel or a press conference, which a transcript names with its
# holder in brackets ("Moderator (Allison Hart):", "HOST (Jane Doe):").
_OFFICE = re.compile(r"(?:The|THE) .+|(?:Mr|Madam|Madame)\.? (?:Deputy )?(?:Speaker|Chairman|Chair|President)|"
                     r"(?i:moderator|host|co-host|presenter|facilitator|chair|chairman|chairwoman|chairperson)")


def _office_holder(tag: re.Match) -> str | None:
    """The person named in brackets after an office in ``tag``, as Hansard names a Member
    who holds one ("The Secretary of State for Defence (John Healey):", "Madam Deputy Speaker
    (Dame Rosie Winterton):"), so that the tag names the person its later ones name ("John
    Healey:"); None when the tag has no such name. A name with a title ("Mr. Peter Wimsey")
    is a person's after any office; one without only after an office, since after a person's
    name brackets hold a constituency or party ("Sarah Whitfield (Ashby North) (Lab):"),
    after a role a language or outlet ("SECRETARY GENERAL (in French):"). A phrase with
    "The" is an office only when it names one ("The Prime Minister", not "The Baltic States"),
    and a name without a title only when it is no place or outlet (see _is_untitled_name):
    "The Baltic States (Eastern Europe):" and "The Interview (Sky News):" name no one.

    >>> [_office_holder(_SPEAKER.match(line)) for line in ("The Prime Minister (Keir Starmer): Yes.",
    ...  "The Baltic States (Eastern Europe): Troops stay.", "The Prime Minister (United Kingdom): Yes.")]
    ['Keir Starmer', None, None]
    """
    rest = tag.string[tag.end("speaker"):tag.end()]
    if not rest.startswith(" ("):  # most tags: nothing in brackets
        return None
    inside = rest[2:].split(")")[0].strip()
    if _PERSON.fullmatch(inside) is None:
        return None
    if _HONORIFIC.match(inside):
        return inside
    office = tag.group("speaker").strip()
    if not _OFFICE.fullmatch(office) or not _is_untitled_name(inside):
        return None
    if office.split()[0] in ("The", "THE") and not _HOLDER_OFFICE_WORDS.intersection(
            word.lower() for word in _LETTERS.findall(office)):
        return None  # "The Baltic States", "The Interview": no office, so no holder
    return inside


# The offices Hansard names with their holder in brackets, beside those of a name's comma (see
# _OFFICE_WORDS): "The Speaker", "The Solicitor General", "The Lord Privy Seal", "The Chief Whip"…
_HOLDER_OFFICE_WORDS = _OFFICE_WORDS | {"speaker", "whip", "solicitor", "attorney", "advocate", "paymaster",
                                        "comptroller", "chamberlain", "treasurer", "seal", "clerk", "lord",
                                        "moderator", "host", "presenter", "facilitator"}
# Words of places and outlets, which no one's name has, compared in capitals: "Eastern Europe",
# "United Kingdom", "Sky News", "The New York Times" in brackets are no holder of an office. A
# short list: a place or outlet that it misses ("Ashby North") is still taken for a name.
_PLACE_AND_OUTLET_WORDS = frozenset({
    "STATES", "KINGDOM", "REPUBLIC", "UNION", "NATIONS", "EMIRATES", "ISLANDS", "FEDERATION", "EUROPE",
    "AFRICA", "AMERICA", "AMERICAS", "ASIA", "EASTERN", "WESTERN", "NORTHERN", "SOUTHERN", "CENTRAL", "BALTIC",
    "BALKANS", "NORDIC", "PACIFIC", "ATLANTIC", "MIDDLE", "KOREA", "MACEDONIA", "ZEALAND", "ARABIA", "LANKA",
    "RICA", "GUINEA", "KONG", "YORK",
    "NEWS", "TIMES", "RADIO", "TV", "TELEVISION", "PRESS", "AGENCY", "CHANNEL", "NETWORK", "JOURNAL", "HERALD",
    "GUARDIAN", "TELEGRAPH", "TRIBUNE", "BROADCASTING", "MEDIA", "DAILY", "GAZETTE", "MAGAZINE", "ONLINE",
})


def _is_untitled_name(words: str) -> bool:
    """Whether ``words``, capitalised words in brackets after an office (see _PERSON), may be
    a person's name without a title: they open with no article or preposition ("The Times")
    and have no word of a place or outlet (see _PLACE_AND_OUTLET_WORDS).

    >>> _is_untitled_name("Allison Hart"), _is_untitled_name("Eastern Europe"), _is_untitled_name("Sky News")
    (True, False, False)
    >>> _is_untitled_name("The Guardian"), _is_untitled_name("United States")
    (False, False)
    """
    upper = [word.upper() for word in _LETTERS.findall(words)]
    return bool(upper) and upper[0] not in _NOT_NAME_OPENERS and not _PLACE_AND_OUTLET_WORDS.intersection(upper)


# A title's full stop, which one transcript may write in one tag and not the next ("Mr. Peter
# Wimsey:", "Mr Peter Wimsey:"; "MR. SMITH:", "MR SMITH:"; "M. Dupont :", "M Dupont :"): one person's tags are told
# apart without it, and the speaker is named as the document's first tag wrote the name.
_TITLE_DOT = re.compile(r"\b(M|Mr|Mrs|Ms|Mx|Dr|Prof|Gen|Lt|Col|Maj|Capt|Cdr|Sgt|Adm|Amb|Sen|Rep|Gov|Rev|Hon|Rt|"
                        r"Pres|Sec|Messrs|Mme|Mlle|St|Jr|Sr)\.(?=\s|$)", re.IGNORECASE)
# How far into a line a speaker tag can reach: a name of up to eight words and two
# parentheses of up to 60 characters, with room to spare.
_TAG_SPAN = 400


# "ё" written as "е", as Russian mostly does: "Соловьёв:" and "Соловьев:" are one person's tags.
_YO = str.maketrans("ёЁ", "еЕ")

# The space between two initials, which one record writes and the next leaves out
# ("Жириновский В. В.", "Жириновский В.В."; "J. R. Smith", "J.R. Smith"): one person's tags.
_SPACE_BETWEEN_INITIALS = re.compile(r"(?<![^\W\d_])([^\W\d_]\.) +(?=[^\W\d_]\.)")


# The titles a person's later tags keep before the surname alone, as Hansard shortens a
# Member's ("Mr Peter Harding (Bexley) (Con):", then "Mr Harding:"); not "Sir" or "Dame",
# which go with the given name ("Sir Keir"). In lower case, as _spelling_key reads them.
_SURNAME_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof"})


def _full_names(speakers: set[str]) -> dict[str, str]:
    """Each of ``speakers`` that is a title and a surname, with the one full name among them
    that has the same title and surname ("Mr Harding" → "Mr Peter Harding"), as Hansard names a
    Member in full once and by surname after. Two full names with that surname ("Mr Peter
    Harding", "Mr John Harding") leave it as it is: who it is, the text does not say.

    >>> _full_names({"Mr Peter Harding", "Mr. Harding", "Mrs Cole", "Mrs Anne Cole", "Ms Anne Cole"})
    {'Mr. Harding': 'Mr Peter Harding', 'Mrs Cole': 'Mrs Anne Cole'}
    >>> _full_names({"Mr Peter Harding", "Mr John Harding", "Mr Harding", "Dr Harding"})
    {}
    """
    words = {speaker: _spelling_key(speaker).split() for speaker in speakers}
    full: dict[str, str] = {}
    for short, (title, *surname) in ((speaker, parts) for speaker, parts in sorted(words.items()) if parts):
        if title not in _SURNAME_TITLES or not surname:
            continue
        longer = [speaker for speaker, parts in words.items()
                  if len(parts) > len(surname) + 1 and parts[0] == title and parts[-len(surname):] == surname]
        if len(longer) == 1:
            full[short] = longer[0]
    return full


# Words that end an office's words as its portfolio's opening ("SECRETARY OF STATE FOR DEFENCE", "Secretary of
# the Navy"), compared in capitals: the portfolio's next word (and "THE" before it) is the office's, no name's.
_PORTFOLIO_OPENERS = ("OF", "FOR")
# Words of an office or a body that no holder's name has, compared in lower case, beside _HOLDER_OFFICE_WORDS:
# a portfolio the office's words run on into ("SECRETARY OF STATE FOR FOREIGN AFFAIRS") names no one.
_NOT_HOLDER_WORDS = _HOLDER_OFFICE_WORDS | {
    "affairs", "defence", "defense", "state", "foreign", "office", "executive", "officer", "staff", "forces",
    "armed", "council", "commission", "committee", "house", "ministry", "department", "general", "deputy"}
# Offices that name one of many, not one person's post ("AUDIENCE MEMBER JOHN SMITH:", "PANEL MEMBER …:"),
# compared in lower case: their office alone ("AUDIENCE MEMBER:") is anyone's.
_MANY_HOLD = frozenset({"member", "members"})


def _office_and_name(speaker: str) -> tuple[str, str] | None:
    """The office and the name of ``speaker``, a tag's name that gives both, the office first, as a
    press conference's transcript tags a speaker ("SECRETARY GENERAL MARK RUTTE", "Defence minister
    Hanno Pevkur", "US SECRETARY OF STATE MARCO RUBIO"); None for any other. The office ends in an
    office's word (see _OFFICE_WORDS) or its portfolio ("OF STATE"); the name is the one to three
    capitalised words after it, none an office's or a portfolio's, a place's or an outlet's.

    >>> _office_and_name("SECRETARY GENERAL MARK RUTTE"), _office_and_name("Defence minister Hanno Pevkur")
    (('SECRETARY GENERAL', 'MARK RUTTE'), ('Defence minister', 'Hanno Pevkur'))
    >>> _office_and_name("US SECRETARY OF STATE MARCO RUBIO"), _office_and_name("PRESIDENT KARIS")
    (('US SECRETARY OF STATE', 'MARCO RUBIO'), ('PRESIDENT', 'KARIS'))
    >>> [_office_and_name(name) for name in ("SECRETARY GENERAL", "DEPUTY SPEAKER", "Mark Rutte", "Speaker 2",
    ...  "SECRETARY OF STATE FOR FOREIGN AFFAIRS", "FOREIGN MINISTER OF THE UNITED KINGDOM", "Q")]
    [None, None, None, None, None, None, None]
    """
    words = speaker.split()
    offices = [at for at, word in enumerate(words) if word.strip(".,-").lower() in _OFFICE_WORDS]
    if not offices:
        return None
    at = offices[-1] + 1
    while at < len(words) and words[at].upper() in _PORTFOLIO_OPENERS:
        at += 3 if words[at + 1:at + 2] and words[at + 1].upper() == "THE" else 2
    office, name = words[:at], words[at:]
    if not office or not _is_holders_length(name) or not _is_untitled_name(" ".join(name)):
        return None
    if any((not word[:1].isupper() and word not in _NAME_PARTICLES) or "'" in word or "’" in word
           or word.strip(".,-").lower() in _NOT_HOLDER_WORDS or not _LETTERS.search(word) for word in name):
        return None
    return " ".join(office), " ".join(name)


# Words that make an office another one when they open it ("DEPUTY SECRETARY GENERAL" is not the Secretary
# General), compared in lower case: an office opening with any other word (a body's or a country's, "NATO
# SECRETARY GENERAL", "US SECRETARY OF STATE") is also the office without it (see _offices_of).
_OTHER_OFFICE_OPENERS = frozenset({"deputy", "assistant", "vice", "under", "acting", "associate", "former", "shadow",
                                   "junior", "co", "lieutenant", "sub"})


def _offices_of(office: str) -> list[str]:
    """``office`` and the offices it ends with, of two words or more, past an opening body's or
    country's word ("NATO SECRETARY GENERAL" is the "SECRETARY GENERAL" too), up to a word that
    makes it another office (see _OTHER_OFFICE_OPENERS).

    >>> _offices_of("NATO SECRETARY GENERAL"), _offices_of("NATO DEPUTY SECRETARY GENERAL")
    (['NATO SECRETARY GENERAL', 'SECRETARY GENERAL'], ['NATO DEPUTY SECRETARY GENERAL', 'DEPUTY SECRETARY GENERAL'])
    """
    words = office.split()
    offices = [office]
    for at in range(1, len(words) - 1):
        if words[at - 1].lower().strip(".,-") in _OTHER_OFFICE_OPENERS:
            break
        offices.append(" ".join(words[at:]))
    return offices


class _NamedHolders:
    """The speakers that a document's tags named by an office and a name (see _office_and_name), so
    that a later tag of the office, the name or the surname alone names the same speaker, as the
    full tag first wrote it ("SECRETARY GENERAL MARK RUTTE:", then "SECRETARY GENERAL:", "MARK RUTTE:"
    or "Rutte:"). An office of one word is a rank or title that many hold ("PRESIDENT", "SENATOR",
    "GENERAL"), and a member's one of many ("AUDIENCE MEMBER"): their office alone names no one.
    A tag that two earlier tags' speakers may be, two holders of the office or two people of the
    surname (any earlier tag of two words or more: "ANNA KALLAS:" beside "PRIME MINISTER KAJA
    KALLAS:"), stays as written, and is kept in ``unsure`` for a warning. A later tag of an office
    and a name whose office is that of one earlier full tag and whose name is its name or surname
    is that holder ("SECRETARY GENERAL RUTTE:" after "SECRETARY GENERAL MARK RUTTE:"), and an
    office after a body's or a country's word is the office alone too ("SECRETARY GENERAL:" after
    "NATO SECRETARY GENERAL MARK RUTTE:"; see _offices_of). A tag of a name alone ("Mark Rutte:";
    see _is_plain_name) names so a later tag of its surname alone ("RUTTE:"). One document's; another
    text's "SECRETARY GENERAL" may be another Secretary General.

    >>> holders = _NamedHolders()
    >>> [holders.speaker(name, line) for line, name in enumerate(
    ...     ["SECRETARY GENERAL", "SECRETARY GENERAL MARK RUTTE", "Q", "SECRETARY GENERAL", "RUTTE", "PRESIDENT KARIS",
    ...      "PRESIDENT", "SECRETARY GENERAL JENS STOLTENBERG", "SECRETARY GENERAL"], start=1)]
    ... # doctest: +NORMALIZE_WHITESPACE
    ['SECRETARY GENERAL', 'SECRETARY GENERAL MARK RUTTE', 'Q', 'SECRETARY GENERAL MARK RUTTE',
     'SECRETARY GENERAL MARK RUTTE', 'PRESIDENT KARIS', 'PRESIDENT', 'SECRETARY GENERAL JENS STOLTENBERG',
     'SECRETARY GENERAL']
    >>> holders.unsure
    [(9, 'SECRETARY GENERAL', ('SECRETARY GENERAL MARK RUTTE', 'SECRETARY GENERAL JENS STOLTENBERG'))]
    >>> holders = _NamedHolders()
    >>> [holders.speaker(name, line) for line, name in enumerate(["NATO SECRETARY GENERAL MARK RUTTE",
    ...  "SECRETARY GENERAL RUTTE", "SECRETARY GENERAL", "RUTTE"], start=1)], holders.unsure
    ... # doctest: +NORMALIZE_WHITESPACE
    (['NATO SECRETARY GENERAL MARK RUTTE', 'NATO SECRETARY GENERAL MARK RUTTE', 'NATO SECRETARY GENERAL MARK RUTTE',
      'NATO SECRETARY GENERAL MARK RUTTE'], [])
    """

    def __init__(self) -> None:
        # by _spelling_key of an office, a name or a surname: the speakers of the earlier tags that have it, each
        # with whether the tag gave an office and a name (a speaker a later tag may be) or is a name's surname alone
        self._named: dict[str, dict[str, bool]] = {}
        self._plain: set[str] = set()  # the speakers of earlier tags of a name alone ("Mark Rutte"; see _is_plain_name)
        self.unsure: list[tuple[int, str, tuple[str, ...]]] = []  # each tag left as written: line, tag, speakers
        self._offices: dict[str, set[str]] = {}  # by the speaker of a tag of an office and a name: its office's keys

    def resolve(self, name: str) -> str:
        """The speaker that ``name``, a tag's, names: the one earlier tag's of an office and a name whose
        office, name or surname it is, or of a name alone whose surname it is (one word); else ``name``."""
        named = self._named.get(_spelling_key(name), {})
        if len(named) == 1:
            (speaker, full), = named.items()
            if full or speaker in self._plain:  # a plain name's only key is its surname
                return speaker
        return name

    def _may_be(self, named: dict[str, bool]) -> bool:
        """Whether a tag that ``named``'s speakers have may name one of them, as :meth:`resolve` reads it."""
        return any(full or speaker in self._plain for speaker, full in named.items())

    def speaker(self, name: str, line: int) -> str:
        """What :meth:`resolve` gives for the tag of ``name`` on ``line``, the tags so far read; the tag is
        read too, for the tags below it."""
        named = self._named.get(_spelling_key(name))
        if named:
            if len(named) > 1 and self._may_be(named) and name not in (tag for _, tag, _ in self.unsure):
                self.unsure.append((line, name, tuple(named)))
            return self.resolve(name)
        parts = _office_and_name(name)
        if parts:
            office, holder = parts
            same = [speaker for speaker, full in self._named.get(_spelling_key(holder), {}).items()
                    if full and _spelling_key(office) in self._offices.get(speaker, ())]
            if len(same) == 1:  # "SECRETARY GENERAL RUTTE" after "SECRETARY GENERAL MARK RUTTE": his office, his name
                return same[0]
            many = len(office.split()) == 1 or not _MANY_HOLD.isdisjoint(office.lower().split())
            self._offices[name] = {_spelling_key(key) for key in _offices_of(office)}  # "PRESIDENT KARIS" too
            for key in ([] if many else _offices_of(office)) + [holder, _surname(holder.split())]:
                self._named.setdefault(_spelling_key(key), {})[name] = True
        elif len(words := name.split()) > 1:
            self._named.setdefault(_spelling_key(_surname(words)), {}).setdefault(name, False)
            if _is_plain_name(words):
                self._plain.add(name)
        return name


# Titles that open a tag's name and go with a surname or a given name ("Mr Harding", "Sir Keir",
# "Lord Robertson"), compared in lower case without a full stop: such a tag is another's than the
# surname alone (see _full_names), as "Dr Harding" is no "Mr Harding".
_NAME_TITLES = _SURNAME_TITLES | {"sir", "dame", "lord", "lady", "baroness", "baron", "madam", "madame", "mister",
                                  "monsieur", "herr", "frau", "m", "mme", "mlle", "gen", "lt", "col", "maj", "capt",
                                  "cdr", "sgt", "adm", "amb", "sen", "rep", "gov", "rev", "hon", "rt", "pres", "sec"}


# Words of a role or a description that tags an unnamed speaker ("Second Journalist:", "Female Reporter:",
# "UNIDENTIFIED MALE:", "SENIOR ADMINISTRATION OFFICIAL:", "Female Voice:"), compared in lower case: such a tag
# is no plain name (see _is_plain_name), and its last word alone ("Journalist:") another unnamed speaker.
_ROLE_WORDS = frozenset({
    "journalist", "journalists", "reporter", "reporters", "correspondent", "male", "female", "man", "woman", "men",
    "women", "voice", "voices", "official", "officials", "unidentified", "unknown", "anonymous", "participant",
    "participants", "audience", "questioner", "interviewer", "interviewee", "interpreter", "translator",
    "narrator", "announcer", "anchor", "guest", "caller", "panelist", "panellist", "delegate", "student",
    "protester", "protestor", "soldier", "officer", "crowd", "first", "second", "third", "fourth", "fifth",
    "another", "other", "senior", "administration", "press", "media", "several", "all", "both", "voiceover",
    "off", "camera", "person", "resident", "witness", "expert", "analyst", "activist", "veteran", "citizen"})


def _is_plain_name(words: list[str]) -> bool:
    """Whether ``words``, a tag's, are a person's given name and surname alone, two or three
    capitalised words of letters ("Mark Rutte", "JENS STOLTENBERG", "Anne-Marie O'Neill"), a surname's
    particles apart ("Ursula von der Leyen"), no title, office, role (see _ROLE_WORDS), place or outlet
    among them: a later tag of the surname alone ("Rutte:") is
    that speaker, as an interview's transcript tags a guest in full once.

    >>> [_is_plain_name(tag.split()) for tag in ("Mark Rutte", "JENS STOLTENBERG", "Mr Harding", "Speaker 2",
    ...  "PRIME MINISTER", "AUDIENCE MEMBER", "Sky News", "The Moderator", "mark rutte", "Second Journalist")]
    [True, True, False, False, False, False, False, False, False, False]
    """
    if len(words) < 2 or not _is_holders_length(words) or not _is_untitled_name(" ".join(words)):
        return False
    return words[0].strip(".").lower() not in _NAME_TITLES and all(
        (word[:1].isupper() or word in _NAME_PARTICLES)
        and _LETTERS.fullmatch(word.replace("-", "").replace("'", "").replace("’", ""))
        and word.lower() not in _NOT_HOLDER_WORDS and word.lower() not in _ROLE_WORDS for word in words)


def _spelling_key(speaker: str) -> str:
    """What tells one speaker's tags apart: the name without its titles' full stops (see
    _TITLE_DOT) or the spaces between its initials, with "ё" read as "е", and in any case, since a
    transcript may tag one person "RUTTE:" and later "Rutte:".

    >>> _spelling_key("Mr. Wimsey"), _spelling_key("Соловьёв"), _spelling_key("Жириновский В. В.")
    ('mr wimsey', 'соловьев', 'жириновский в.в.')
    >>> _spelling_key("RUTTE") == _spelling_key("Rutte") != _spelling_key("Mr. Rutte")
    True
    """
    return _SPACE_BETWEEN_INITIALS.sub(r"\1", _TITLE_DOT.sub(r"\1", speaker)).translate(_YO).casefold()


def _normalised(text: str) -> str:
    """``text`` with one plain space per run of whitespace, in NFC: what follows a tag, as
    the heading test reads it (its word lengths and capitals), however it was typed."""
    return unicodedata.normalize("NFC", " ".join(text.split()))


def _head_end(line: str, span: int) -> int:
    """Where to cut ``line`` near ``span`` without splitting a letter from its accents or a
    run of whitespace (so that the head normalises as it would in the whole line)."""
    end = min(span, len(line))
    while end < len(line) and (unicodedata.combining(line[end]) or (line[end].isspace() and line[end - 1].isspace())):
        end += 1
    return end


def _tag_match(line: str, names_are_tags: bool, after: Callable[[int], str],
               after_question: bool = False) -> re.Match | None:
    """The speaker tag that opens ``line``, if any (see :func:`split_speakers`); ``after``
    gives the text that follows a tag ending at a position of ``line``."""
    question = _QUESTION_TAG.match(line) or _TIGHT_QA_TAG.match(line)
    if question and question.re is _QUESTION_TAG and question.group("asker") is not None and not (
            names_are_tags and _is_press_credit(question.group("asker"), question.group("outlet"))):
        question = None  # "Question, however, is: …", and "Question, Jane Doe, Reuters:" outside a transcript
    # "A:" against its text is an answer only in a transcript: elsewhere "A:B testing".
    if question and (names_are_tags or question.group("speaker").upper() not in _ANSWER_TAGS):
        return question
    dotted = _DOTTED_QA_TAG.match(line) if names_are_tags else None
    if dotted and (dotted.group("speaker") == "Q" or after_question):
        return dotted
    lower = _LOWER_QA_TAG.match(line) if names_are_tags else None
    if lower and (lower.group("speaker") == "q" or after_question) and _opens_sentence(after(lower.end())):
        return lower
    bracket = _BRACKET_TAG.match(line) if names_are_tags else None
    if bracket and _bracketed_name(bracket, after):
        return bracket
    for pattern, allowed in ((_SPEAKER, True), (_DUTCH_TAG, True), (_NAME_TAG, names_are_tags),
                             (_TIMED_TAG, names_are_tags), (_SITTING_TAG, names_are_tags),
                             (_RECORD_TAG, names_are_tags), (_RADA_TAG, names_are_tags),
                             (_ITALIAN_TAG, names_are_tags), (_ROLE_TAG, names_are_tags),
                             (_CASELESS_TAG, names_are_tags)):
        # A name in ordinary case is a tag on one line alone when its brackets tell it from a label
        # (see _counts_alone): "Sarah Whitfield (Ashby North) (Lab):", "The Minister for … (Luke Harrow):".
        alone = pattern is _NAME_TAG and not allowed
        tag = pattern.match(line) if allowed or alone else None
        if not tag and pattern is _NAME_TAG and ", " in line:
            office = _OFFICE_TAG.match(line)  # "The Minister of State, Ministry of Defence (Lord Coaker):"
            if (office and _office_holder(office) and not _is_heading([after(office.end()).strip() or "."])
                    and (allowed or _counts_alone(office))):
                return office
        if not tag or (alone and not _counts_alone(tag)):
            continue
        name = tag.group("speaker").strip()
        # An all-capital line opening with a long phrase and a colon is a heading, not a name;
        # so is a title in ordinary case with a title after the colon ("Defence: Eastern Europe").
        if (name.upper() in _NOT_SPEAKERS or name in _MAIL_LABELS or _is_lead_in(name) or _is_courtesy(name)
                or _is_long_for_a_name(name, names_are_tags)):
            continue
        if pattern is _NAME_TAG and _is_heading([after(tag.end()).strip() or "."]):
            continue
        if pattern is _SITTING_TAG and (not _opens_sentence(after(tag.end()))  # not "Ukraine. – and so on"
                                        or (len(name.split()) == 1 and name.upper() not in _CHAIRS)
                                        or _is_clause(tag.group("role") or "")):
            continue
        if pattern in (_RECORD_TAG, _RADA_TAG, _ITALIAN_TAG) and not _opens_sentence(after(tag.end())):
            continue  # "Mr. NATO. and…", "ПУТІН В.В. заявив…"
        if pattern is _ITALIAN_TAG and tag.group("group") and not _is_italian_member(tag, after):
            continue  # "ROMA (ANSA). Il governo…", "NATO (OTAN). Allies met…", "VILNIUS (BNS). Lithuania…"
        if pattern is _ROLE_TAG and (_is_clause(tag.group("role")) or not (
                _names_an_office(tag.group("role")) or _is_questioner(tag, after))):
            continue  # "Eastern Europe, the Baltic and the Balkans:", "Mark Rutte, who leads NATO:"
        if pattern is _CASELESS_TAG and not _is_caseless_name(name):
            continue
        if _names_a_part(name):
            continue
        return tag
    return None


# How many words a name in capitals may have: four ("SECRETARY GENERAL MARK RUTTE:"), since a longer
# run of capitals and a colon is more often a headline or a slogan ("NATO LEADERS AGREE NEW DEFENCE
# PLAN:", "WE WILL NEVER ABANDON UKRAINE:"); eight when it names an office, as a press conference's
# transcript tags its speaker by office and name ("NATO SECRETARY GENERAL MARK RUTTE:", "US SECRETARY
# OF STATE MARCO RUBIO:"), as many as a name in ordinary case may have.
_CAPITALS_NAME_WORDS = 4
_NAME_WORDS = 8
# Words that make a long run of capitals a sentence or a headline, not an office and its holder
# ("WE WILL NEVER…", "DEFENCE CHIEF IN KYIV FOR TALKS", "MINISTER SAYS NO"), compared in lower case,
# with _CLAUSE_WORDS: a name's words are its office's, its holder's and "of", "for", "the", "and".
_HEADLINE_WORDS = frozenset({
    "a", "an", "in", "on", "at", "from", "by", "to", "with", "but", "or", "our", "your", "my", "his", "her", "its",
    "their", "this", "these", "those", "every", "each", "all", "some", "many", "both", "not", "no", "never", "new",
    "over", "after", "against", "amid", "as", "into", "under", "about", "vs", "why", "how", "what", "when", "where",
    "warns", "urges", "calls", "vows", "agree", "agrees", "meets", "visits", "backs", "rejects",
    # a news story's ("PRESS RELEASE OF THE DEFENCE MINISTER", "GENERAL ELECTION RESULTS LIVE UPDATES")
    "welcomes", "slams", "demands", "resigns", "quits", "betrayed", "rejected", "press", "release", "statement",
    "live", "updates", "results", "transcript", "session", "report", "election", "assembly",
})
# The most words a holder's name has after the office it follows ("MARK RUTTE", "RADMILA SHEKERINSKA"), its
# particles apart (see _NAME_PARTICLES).
_HOLDER_WORDS = 3
# A surname's particles ("Ursula von der Leyen", "URSULA VON DER LEYEN", "Ursula Von Der Leyen", "Luigi Di Maio"),
# compared in lower case: they count for no word of a name's (see _HOLDER_WORDS), and the surname alone is the
# last word with those before it ("VON DER LEYEN:"). A surname of two words without one ("Jaap de Hoop Scheffer")
# is not told: its surname alone is its last word.
_NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "del", "della", "da", "di", "du", "dos", "le", "la",
                             "al", "bin", "ibn", "ter", "ten", "zu"})


def _is_particle(word: str) -> bool:
    """Whether ``word`` is a surname's particle (see _NAME_PARTICLES), in any case."""
    return word.lower() in _NAME_PARTICLES


def _is_holders_length(words: list[str]) -> bool:
    """Whether ``words`` may be a holder's name by their number: one to three, a surname's particles apart
    (see _NAME_PARTICLES), which may open it, as a surname alone does ("VON DER LEYEN"), but not end it.

    >>> [_is_holders_length(name.split()) for name in ("MARK RUTTE", "URSULA VON DER LEYEN", "Ursula von der Leyen",
    ...  "VON DER LEYEN", "A B C D", "Leyen von", "von der", "")]
    [True, True, True, True, False, False, False, False]
    """
    if not words or _is_particle(words[-1]):
        return False
    return sum(not _is_particle(word) for word in words) <= _HOLDER_WORDS


def _surname(words: list[str]) -> str:
    """The surname of a name's ``words``: its last word, with the particles before it (see _NAME_PARTICLES).

    >>> _surname("Ursula von der Leyen".split()), _surname("MARK RUTTE".split()), _surname(["Rutte"])
    ('von der Leyen', 'RUTTE', 'Rutte')
    >>> _surname("VON DER LEYEN".split()), _surname("AL GORE".split())
    ('VON DER LEYEN', 'GORE')
    """
    if len(words) > 2 and all(_is_particle(word) for word in words[:-1]):  # "VON DER LEYEN": no given name
        return " ".join(words)
    at = len(words) - 1
    while at > 1 and _is_particle(words[at - 1]):  # not the first word: "Al Gore"'s surname is "Gore"
        at -= 1
    return " ".join(words[at:])


def _is_long_for_a_name(name: str, names_are_tags: bool = True) -> bool:
    """Whether ``name``, a tag's, has too many words to be a speaker's (see _CAPITALS_NAME_WORDS):
    more than four in capitals, unless, in a transcript (``names_are_tags``), they name an office
    and then its holder (up to three words, no possessive, after the last word of the office) and
    no word of theirs is a sentence's or a headline's (_CLAUSE_WORDS, _HEADLINE_WORDS); more than
    eight in any case. A review found headlines read as speakers by their office word alone ("NATO
    SECRETARY GENERAL WELCOMES FINLAND'S ACCESSION:", "FULL TRANSCRIPT OF THE SECRETARY GENERAL:").

    >>> [_is_long_for_a_name(name) for name in ("NATO SECRETARY GENERAL MARK RUTTE",
    ...                                         "US SECRETARY OF STATE MARCO RUBIO",
    ...                                         "NATO secretary general Mark Rutte")]
    [False, False, False]
    >>> [_is_long_for_a_name(name) for name in ("NATO LEADERS AGREE NEW DEFENCE PLAN",
    ...                                         "WE WILL NEVER ABANDON UKRAINE",
    ...                                         "DEFENCE MINISTERS MEET IN BRUSSELS",
    ...                                         "FULL TRANSCRIPT OF THE SECRETARY GENERAL",
    ...                                         "NATO SECRETARY GENERAL HAILS FINLAND'S ACCESSION")]
    [True, True, True, True, True]
    >>> _is_long_for_a_name("NATO SECRETARY GENERAL MARK RUTTE", names_are_tags=False)
    True
    >>> _is_long_for_a_name("THE SECRETARY OF STATE FOR DEFENCE")
    False
    """
    words = name.split()
    if len(words) > _NAME_WORDS:
        return True
    if len(words) <= _CAPITALS_NAME_WORDS or not name.isupper():
        return False
    if not names_are_tags:
        return True
    offices = [at for at, word in enumerate(words) if word.strip(".,-").lower() in _OFFICE_WORDS]
    holder = words[offices[-1] + 1:] if offices else []
    while holder[:1] and holder[0] in ("OF", "FOR"):  # the office's portfolios: "SECRETARY OF STATE FOR DEFENCE"
        holder = holder[2:] if holder[1:2] != ["THE"] else holder[3:]
    lower = {word.lower() for word in _LETTERS.findall(name)}
    # An office alone, as Hansard tags one ("THE SECRETARY OF STATE FOR DEFENCE:"), opens with "THE".
    held = _is_holders_length(holder) or (not holder and words[0] == "THE" and offices[0] == 1)
    return not (offices and held and not any("'" in w or "’" in w for w in holder)
                and lower.isdisjoint(_CLAUSE_WORDS) and lower.isdisjoint(_HEADLINE_WORDS))


def _is_italian_member(tag: re.Match, after: Callable[[int], str]) -> bool:
    """Whether ``tag``, a surname in capitals with a bracket (see _ITALIAN_TAG), tags a member of the
    Italian record: Italian words after it (_ITALIAN_WORDS; a dateline's or a translation's line in
    another language is no record's), and the bracket no agency's ("ROMA (ANSA).", a dateline) nor the
    name's own letters, as a translation gives them ("NATO (OTAN).").

    >>> [_is_italian_member(_ITALIAN_TAG.match(line), lambda end: line[end:]) for line in (
    ...     "ROSSI (FdI). Signor Presidente, noi diciamo no.", "NATO (OTAN). La NATO si riunisce.",
    ...     "ROMA (ANSA). Il governo ha deciso.", "VILNIUS (BNS). Lithuania will buy more tanks.")]
    [True, False, False, False]
    """
    group = tag.group("group")
    return not (_AGENCY_NAME.fullmatch(group) or sorted(group.upper()) == sorted(tag.group("speaker").upper())) \
        and _ITALIAN_WORDS.search(after(tag.end())) is not None


def _bracketed_name(tag: re.Match, after: Callable[[int], str]) -> bool:
    """Whether ``tag``, words in square brackets opening a line (see _BRACKET_TAG), names a
    speaker: they would be a tag with a colon after them, no stage direction or agency's credit,
    and without a colon a statement opens after them.

    >>> [_bracketed_name(_BRACKET_TAG.match(line), lambda end: line[end:]) for line in (
    ...  "[Minister Kallas] Europe must pay.", "[RUTTE]: We agree.", "[Laughter] Yes.", "[00:12:31] Yes.",
    ...  "[1] NATO, 2024.", "[Reuters] Allies met.", "[Kallas] said so.")]
    [True, True, False, False, False, False, False]
    """
    name = tag.group("speaker").strip()
    rest = after(tag.end())
    if (not name or _bracketed_direction().match(name) or _AGENCY_NAME.fullmatch(name)
            or (tag.group("colon") is None and not (rest and _opens_sentence(rest)))):
        return False
    inner = _tag_match(f"{name}: ", True, after=lambda end: rest)
    return inner is not None and inner.end() >= len(name) + 1


@cache
def _bracketed_direction() -> re.Pattern:
    """A stage direction as square brackets hold it ("[Laughter]", "[APPLAUSE]"), from
    :mod:`stance.stage_directions`, which imports this module and so is imported when first needed
    (through :func:`stance._forksafe.imported`, so that no fork catches the import half-way)."""
    directions = forksafe.imported(".stage_directions")._DIRECTIONS
    return re.compile(rf"(?i:{directions})(?![\w'’\-])")


def _is_caseless_name(name: str) -> bool:
    """Whether ``name``, a tag's in a script without capitals (see _CASELESS_TAG), may name a
    speaker: short enough, and no clause of speaking before a quotation (see _SAYING_END).

    >>> _is_caseless_name("发言人"), _is_caseless_name("他说"), _is_caseless_name("问"), _is_caseless_name("قال الوزير")
    (True, False, True, False)
    """
    if len(name) > (_CJK_NAME_LENGTH if _CJK_NAME.search(name) else _CASELESS_NAME_LENGTH):
        return False
    return name in _QUESTION_NAMES or not (_SAYING_END.search(name) or _SAYING_START.match(name))


def _is_questioner(tag: re.Match, after: Callable[[int], str]) -> bool:
    """Whether ``tag``, a name and a role after its comma (see _ROLE_TAG), names a questioner and
    the outlet, as a press transcript tags a question ("John Smith, BBC: Will NATO…?"; see
    :func:`_is_press_credit`), before a statement: a capital, not a title ("Eastern Europe,
    Baltic States: Troops And Tanks" heads a part)."""
    rest = after(tag.end())
    return (_is_press_credit(tag.group("speaker"), tag.group("role")) and _opens_sentence(rest)
            and not _is_heading([rest.strip() or "."]))


def _names_a_part(name: str) -> bool:
    """Whether ``name``, a tag's, is a numbered part of a text rather than a person (see
    _NUMBERED_PARTS): a number alone, a part's word and its number, or an ordinal and a
    part's word. A heading such as "Part One: Unity is not a slogan" is a title, not a
    speaker's tag, and a numbered speaker ("Speaker 1", "REPORTER 2") is a person.

    >>> _names_a_part("Article 5"), _names_a_part("Part Two"), _names_a_part("Chapter IV"), _names_a_part("Annex A")
    (True, True, True, True)
    >>> _names_a_part("First Lesson"), _names_a_part("FINAL POINTS"), _names_a_part("5")
    (True, True, True)
    >>> _names_a_part("Speaker 1"), _names_a_part("Speaker Two"), _names_a_part("King Charles III"), _names_a_part(" ")
    (False, False, False, False)
    """
    words = name.upper().replace(".", "").split()
    if len(words) < 2:  # an empty name (a line opening with its colon, ": Ukraine") is no part
        return bool(words) and words[0].isdigit()
    first, second = words[-2:]  # "Security Council Resolution 2231" too
    if first in _NUMBERED_PARTS:
        return _PART_NUMBER.fullmatch(second) is not None or all(
            part in _NUMBER_WORDS for part in second.split("-"))
    # "First Lesson:", "Final Points:"
    return first in _ORDINALS and (second in _NUMBERED_PARTS or second.removesuffix("S") in _NUMBERED_PARTS)


def _is_lead_in(name: str) -> bool:
    """Whether ``name``, a tag's, leads into what follows rather than naming a person: an
    ordinal, its adverb or a number alone ("First:", "Secondly:", "Finally:", "Lastly:",
    "Two:"), or a phrase such as "Bottom line:" or "Key takeaway:" (see _LEAD_INS).

    >>> _is_lead_in("Secondly"), _is_lead_in("FINALLY"), _is_lead_in("Bottom Line"), _is_lead_in("Second Lady")
    (True, True, True, False)
    """
    name = name.upper()
    return (name in _LEAD_INS or name in _ORDINALS or name.removesuffix("LY") in _ORDINALS
            or name in _NUMBER_WORDS)


def _is_courtesy(name: str) -> bool:
    """Whether ``name``, a tag's, is thanks or a greeting rather than a person (see _THANKS).

    >>> _is_courtesy("Vielen Dank"), _is_courtesy("Thank You"), _is_courtesy("Guten Morgen")
    (True, True, True)
    >>> _is_courtesy("Anna Dankert")
    False
    """
    return name.upper() in _GREETINGS or any(word.lower() in _THANKS for word in _LETTERS.findall(name))


def _names_an_office(role: str) -> bool:
    """Whether ``role``, what follows a name's comma in a tag, names an office (see _OFFICE_WORDS).

    >>> _names_an_office("Federal Minister of Defence"), _names_an_office("Vice-President of the Commission")
    (True, True)
    >>> _names_an_office("the Baltic and the Balkans")
    False
    """
    return any(word.lower() in _OFFICE_WORDS for word in _LETTERS.findall(role))


def _is_press_credit(name: str, outlet: str) -> bool:
    """Whether ``name`` and ``outlet``, a tag's words before and after its comma, are a
    questioner's full name and outlet, as a press transcript tags a question ("John Smith,
    BBC:", "JANE DOE, REUTERS:"): two capitalised words or more after any title, none of them
    opening a phrase, and a few capitalised words or an acronym (see _OUTLET).

    >>> _is_press_credit("John Smith", "BBC"), _is_press_credit("Jane Doe", "The New York Times")
    (True, True)
    >>> _is_press_credit("Dr. Jane Doe", "France 24"), _is_press_credit("JANE DOE", "REUTERS")
    (True, True)
    >>> _is_press_credit("Key points", "in short"), _is_press_credit("Eastern Europe", "Moldova and Georgia")
    (False, False)
    >>> _is_press_credit("Mr President", "Excellencies"), _is_press_credit("The Baltic", "Poland")
    (False, False)
    """
    words = _ADDRESS_TITLE.sub("", name.strip(), count=1).split()
    if sum(word[:1].isupper() for word in words) < 2 or words[0].upper() in _NOT_NAME_OPENERS:
        return False
    outlet = outlet.strip()
    return (_OUTLET.fullmatch(outlet) is not None and not outlet.split()[-1].islower()
            and outlet.upper() not in _NOT_SPEAKERS and outlet not in _MAIL_LABELS
            and not _is_lead_in(outlet) and not _is_courtesy(outlet))


def _is_clause(role: str) -> bool:
    """Whether ``role``, what follows a name's comma in a sitting tag, is a clause rather than
    a role: it has one of _CLAUSE_WORDS in lower case ("IT" is no pronoun), or a verb in the
    past (a word in lower case of five letters or more ending in "ed", not hyphenated:
    "non-attached" is a role's, and Italian's "ed" is "and").

    >>> _is_clause("who leads SACEUR, agreed"), _is_clause("the commander, nodded")
    (True, True)
    >>> _is_clause("on behalf of the Verts/ALE Group"), _is_clause("rapporteur for the non-attached Members")
    (False, False)
    """
    for word in _ROLE_WORD.findall(role):
        if word in _CLAUSE_WORDS or (len(word) > 4 and word.islower() and word.endswith("ed") and "-" not in word):
            return True
    return False


def _opens_sentence(text: str) -> bool:
    """Whether ``text`` is empty or opens with a capital, as a statement after a tag does.

    >>> _opens_sentence("Über allem steht…"), _opens_sentence("and so it goes"), _opens_sentence("")
    (True, False, True)
    """
    return not text or text[0].isupper() or text[0] in "\"“‘'«"


def _speaker_name(tag: re.Match) -> str:
    """Who a tag names: every question tag, with or without its outlet, is "Q", and every
    answer tag ("A:", "A.", "Answer:", "ANSWER:") is "A".

    A bare "Question:" or "QUESTION:" is matched as a name (it needs no outlet), so it is
    mapped here: a profile that leaves out speaker "Q" must leave out these questions too.
    Answers are mapped alike, so that one interview's answers are one speaker's.

    >>> _speaker_tag("QUESTION: Why?", names_are_tags=True), _speaker_tag("Question: Why?", names_are_tags=True)
    (('Q', 10), ('Q', 10))
    >>> _speaker_tag("Answer: Because.", names_are_tags=True), _speaker_tag("A. Because.", True, after_question=True)
    (('A', 8), ('A', 3))
    """
    if tag.re is _QUESTION_TAG:
        return "Q"
    name = tag.group("speaker").strip().upper()
    if name in _QUESTION_NAMES:
        return "Q"
    return "A" if name in _ANSWER_TAGS else tag.group("speaker").strip()
