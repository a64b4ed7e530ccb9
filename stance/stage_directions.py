"""Stage directions in transcripts, which are no one's statement.

"(Applause)", "[laughs]", "(Speaking in French)", a parliament's record's reactions and
interjections ("(Beifall bei der SPD)", "(Dr. Alice Weidel [AfD]: …)"), Hansard's citations of
its report, and music in subtitles ("♪ anthem plays ♪"): :func:`_without_stage_directions`
leaves them out of a line, and :func:`_wrapped_directions` brings one that wraps over lines
onto the line it opens, so that it is left out whole.
"""

from __future__ import annotations

import re

from .captions import _SECONDS
from .lines import _CAP, _SENTENCE_END, _strip
from .numbered_lines import _without_lines
from .speakers import _NAME_WORD

# Stage directions in transcripts ("(Applause)", "[laughs]", "(inaudible)", and a parliament's
# "(The sitting was suspended at 11.50)"), and Hansard's citations of its report ("[Official
# Report, 3 February 2025; Vol. 759, c. 12.]"): no one's statement, so they are left out like
# furniture, and a sentence they interrupt is kept whole. Whole words only: "(Musicians…)"
# is no direction, so the inflected ones are listed ("(pauses)", "(Musical interlude)"). The
# reaction may be described first ("(Loud applause)", "(Loud and sustained applause)",
# "(Standing ovation)"), as parliaments' verbatim reports do. The Bundestag's record and the
# Assemblée's have theirs in German and French ("(Beifall bei der CDU/CSU – Zuruf von der AfD:
# …)", "(Heiterkeit)", "(Applaudissements sur les bancs du groupe RN.)", "(Rires)", "(La séance,
# suspendue à 15 h 10, est reprise à 15 h 25.)"), and the Italian Senate's in Italian ("(Applausi dal
# Gruppo FdI)."); a heckler's words quoted in one ("Zuruf von der Linken: Wer soll das bezahlen?") are
# no statement of the speaker's. The Bundestag names every group that applauded and may chain
# reactions, so a direction may run to 200 characters.
# The languages a press conference's directions name ("(Speaking in French)"); a name only, as
# "(in 2014 …)" is words.
_LANGUAGE = (r"(?:English|French|German|Ukrainian|Russian|Polish|Latvian|Lithuanian|Estonian|Finnish|Swedish|"
             r"Norwegian|Danish|Dutch|Spanish|Italian|Portuguese|Turkish|Romanian|Bulgarian|Greek|Hungarian|"
             r"Czech|Slovak|Slovenian|Croatian|Albanian|Macedonian|Montenegrin|Icelandic|Arabic|Chinese|"
             r"Japanese|Korean|Hebrew|Georgian|Belarusian|Moldovan|native language)")
_REACTION_DESCRIPTION = (r"(?:(?:Loud|Prolonged|Sustained|Lengthy|Long|Brief|Some|Scattered|Warm|Mild|Enthusiastic|"
                         r"Renewed|More|General|Great|Much|Further|Continued|Standing|"
                         r"Lebhafter|Anhaltender|Langanhaltender|Starker|Großer|Vereinzelter|Erneuter|Vifs|Longs)"
                         r"(?:,?\s+(?:and|und))?\s+)*")
_DIRECTIONS = (rf"(?:{_REACTION_DESCRIPTION}(?:Applause|Laughter|Cheers|Cheering|Ovation|Booing|Heckling|Beifall|"
               r"Applaudissements)|"
               r"Applauds|Laughs|Laughing|Chuckles|Interruption|Interruptions|Interjection|Interjections|"
               r"Inaudible|Indiscernible|Unintelligible|Crosstalk|Cross-talk|Cross talk|Hear, hear|Mixed reactions|"
               r"Shouting|Pause|Pauses|Paused|Pausing|Silence|Music|Musical|Video plays|Off mic|Off microphone|"
               r"The sitting|As interpreted|As translated|Through (?:an )?interpreter|"
               # the European Parliament's verbatim report's ("(The speaker agreed to take a blue-card question
               # under Rule 171(8))"): only so whole, since "(The speaker, a Lithuanian MEP, …)" is words
               r"The speaker (?:agreed|declined|refused) to (?:take|answer|respond to) (?:a )?blue-card|"
               # a press conference's: the language switched to, the interpreting, a gap in the recording
               # ("(Speaking in French)", "(in Ukrainian)", "(Interpretation from French)", "(unclear)")
               rf"(?:Speaking|Speaks|Spoke|Continues|Continuing|Answers|Answering|Replies|Replying) in {_LANGUAGE}|"
               rf"In {_LANGUAGE}|(?:Interpretation|Interpreted|Translation|Translated) from|Off-mic|Off-microphone|"
               r"Unclear|Audio cut|Audio drops|No audio|Technical difficult(?:y|ies)|Audience applauds|"
               r"Heiterkeit|Lachen|Widerspruch|Zuruf|Zurufe|Zwischenruf|Zwischenrufe|Unruhe|Glocke|Die Sitzung|"
               r"Exclamations|Rires|Sourires|Protestations|Murmures|Huées|Brouhaha|Mouvements|Mêmes mouvements|"
               r"La séance|"
               # the Verkhovna Rada's and the Duma's ("(Іде реєстрація)", "(Лунає Державний Гімн України)", "(Оплески)")
               # and the Sejm's ("(Oklaski)", "(Wesołość na sali)")
               r"Оплески|Бурхливі оплески|Іде реєстрація|Іде голосування|Лунає|Шум у залі|Шум в залі|Сміх|Пауза|"
               r"Хвилина мовчання|Аплодисменты|Бурные аплодисменты|Идет регистрация|Идёт регистрация|Звучит|"
               r"Шум в зале|Смех|Оживление в зале|Минута молчания|Oklaski|Burzliwe oklaski|Wesołość na sali|"
               r"Poruszenie na sali|Gwar na sali|Dzwonek|"
               # and Hansard's citation of its own report, a reference set in brackets after the words it
               # sources ("[Official Report, 3 February 2025; Vol. 759, c. 12.]"), which Punkt cut at "c." into
               # two statements of the Member's; only with its comma, since "(Official Report figures show…)" is words
               r"Official Report(?=,))\b")
# The Bundestag's interjection by name: a member, with the group in square brackets since the
# interjection is in round ones, and a colon ("(Dr. Alice Weidel [AfD]: Keine Waffen!)", "(Matthias
# Helferich [fraktionslos]: …)"), maybe answered ("– Gegenruf des Abg. …: Doch!"). Left out like
# "(Zuruf von der AfD: …)", not given to the member: a heckle of a few words takes no position the
# member argued, and it may cut a sentence of the speaker's, which goes on around it. Only a
# parliamentary group in the brackets, spelt as the record spells it, makes one: elsewhere such
# brackets quote someone ("(Jens Stoltenberg [former NATO chief]: Ukraine will join NATO)",
# "(Washington Treaty [sic]: …)", "(… [NATO]: …)"), which is the writer's words and stays.
_PARLIAMENTARY_GROUP = (r"(?-i:CDU/CSU|CDU|CSU|SPD|AfD|FDP|BÜNDNIS 90/DIE GRÜNEN|GRÜNE|DIE LINKE|Die Linke|LINKE|"
                        r"PDS|BSW|SSW|fraktionslos|FREIE WÄHLER|BVB/FREIE WÄHLER|PIRATEN)")
_INTERJECTION = (rf"(?-i:[{_CAP}])[\w'’.\-]*(?: {_NAME_WORD}){{0,6}}"
                 rf" \[{_PARLIAMENTARY_GROUP}\] ?:")
# Music and lyrics in subtitles and transcripts, set off by music signs ("♪ anthem plays ♪", "[♪ music ♪]",
# "♫ Ode to Joy ♫"): a sound cue, no one's words, as "[MUSIC]" is; in a line of speech too ("Thank you.
# ♪ anthem ♪"), each sign paired with the next on its line, so that a sign alone ("We love ♪ music") takes
# no words. A line of signs alone ("♪", "♪♪") is one too, and so is a line that the emoji 🎵 or 🎶 open and
# close around words ("🎵 Ode to Joy 🎵"), though not such emoji inside a post's line nor alone, a post's.
_MUSIC_SIGNS = "♪♫♬"
_MUSIC_MARKS = _MUSIC_SIGNS + "🎵🎶"
_MUSIC = rf"[{_MUSIC_SIGNS}]+[^{_MUSIC_SIGNS}\n]{{0,200}}[{_MUSIC_SIGNS}]+"
_MUSIC_EMOJI_LINE = re.compile(r"(?:[\[(]\s*)?[🎵🎶]\ufe0f?.{0,200}[🎵🎶]\ufe0f?(?:\s*[\])])?")
# The Italian record's reactions ("(Applausi dal Gruppo FdI).", "(Commenti dai banchi dell'opposizione)",
# "(Ilarità)") and a voice from the floor, a heckle a record quotes with no name ("(Głos z sali: Hańba!)",
# "(Okrzyki na sali)", "(Une voix à droite : …)", "(Una voce dai banchi: …)", "(Voci dal centro)", "(Voice
# from the floor: …)"): no statement of the speaker's, as "(Zuruf …)" is. These words are prose's too
# ("(proteste anche a Napoli e Torino)", "(Voci dal Quirinale parlano di …)", "(Des voix de gauche se sont
# jointes …)", "(Okrzyki poparcia … słychać było …)"), so they make a direction only in a direction's shape:
# capitalised as the records write them, and the whole bracket the reaction or voice alone, or followed by
# where it came from in the words a record names a place or group with (_FLOOR_WORD: "dal Gruppo FdI",
# "dai banchi dell'opposizione", "na sali", "sur les bancs du groupe RN", no verb), then maybe a colon and
# the heckle. A voice says where it came from or what it said: "(Voci di corridoio …)" is words.
_FLOOR_VOICE = r"(?:(?:Une|Des|Plusieurs|De\s+nombreuses)\s+voix|Una\s+voce|Voci|Alcune\s+voci)"
_FLOOR_WORD = (rf"(?:[{_CAP}\d][\w'’/.\-]*|dell['’]|dall['’]|l['’]|"
               r"(?:e|ed|di|del|dei|della|delle|degli|dal|dai|dalla|dalle|dagli|da|a|al|ai|alla|nei|sui|sul|banchi|"
               r"banco|gruppo|gruppi|settore|settori|centro|destra|sinistra|estrema|opposizione|maggioranza|governo|"
               r"senatore|senatrice|senatori|senatrici|deputato|deputata|deputati|tribuna|tribune|emiciclo|aula|"
               r"presidente|ministro|relatore|richiami|congratulazioni|applausi|commenti|proteste|na|z|ze|sali|ław|"
               r"ławach|strony|posłów|oklaski|i|sur|les|bancs|du|groupe|groupes|à|au|aux|droite|gauche|extrême|de|"
               r"des|la|le|et|plusieurs|from|the|floor|gallery|and)(?![\w'’]))")
_FLOOR_SOURCE = (r"(?:d(?:al|ai|alla|alle|agli|allo|el|ei|ella|elle|egli)\s|dell['’]|dall['’]|na\s+sali|z\s+sali|"
                 r"z\s+ław|sur\s|à\s|au\s|aux\s|venant\s|from\s)")
# The Assemblée's reactions of members, named or by group ("(Mme Mathilde Panot proteste.)", "(M. Ugo Bernalicis
# s’exclame.)", "(Les députés des groupes EPR et Dem se lèvent et applaudissent.)"): the verb ends the bracket or
# a floor's words follow it, since "(Mme Panot proteste contre la loi.)" is words.
_FRENCH_REACTION_VERB = (r"(?:proteste|protestent|s['’]exclame|s['’]exclament|applaudit|applaudissent|rit|rient|"
                         r"se\s+lève|se\s+lèvent)(?:\s+et\s+(?:applaudit|applaudissent))?")
_FRENCH_MEMBER = rf"(?:M\.|Mme)(?:\s+{_NAME_WORD}){{1,4}}"
_FRENCH_MEMBERS_REACTION = (rf"(?:{_FRENCH_MEMBER}(?:(?:\s*,|\s+et)\s+{_FRENCH_MEMBER})*|"
                            rf"(?:Les|Plusieurs|De\s+nombreux|Mmes\s+et\s+MM\.\s+les|MM\.\s+les|Mmes\s+les)\s+"
                            rf"députés(?:\s+{_FLOOR_WORD})*?)\s+{_FRENCH_REACTION_VERB}")
# The Sejm's heckle by name, its members' chants and standing ("(Poseł Anna Nowak: Kłamstwo!)", "(Posłowie
# skandują: …)", "(Posłowie PiS wstają)", "(Część posłów wstaje)"): a named member's only with the colon of the
# heckle, as the Bundestag's interjection has one.
_SEJM_REACTION = (rf"(?:Poseł|Posłanka)(?:\s+{_NAME_WORD}){{1,4}}(?=\s*:)|"
                  rf"Posłowie(?:\s+[{_CAP}][\w\-]*)?\s+(?:skandują|wstają|klaszczą)|"
                  r"Część\s+posłów\s+(?:wstaje|skanduje|klaszcze)")
_FLOOR_REACTION = (r"(?:(?:Vivi|Vivissimi|Prolungati|Generali)\s+(?:applausi|commenti|proteste)|Applausi|Commenti|"
                   r"Proteste|Ilarità|Brusio|Rumori|Interruzione|Interruzioni|Segni di assenso|Okrzyki|Okrzyk|"
                   r"(?:Głos|Głosy)\s+z\s+sali|(?:A\s+)?Voices?\s+from\s+the\s+floor|"
                   # the Assemblée's cheer quoted, with the benches or the side it came from ("(« Très bien ! »
                   # sur les bancs du groupe SOC.)", "(« Très bien ! » à droite.)", a cry closing on "!", "?" or
                   # "…"); not a quotation with another source ("(« open door » from the Bucharest Declaration)",
                   # "(« une honte » à Paris)", "(« Sortie » à droite)"), words
                   r"«[^«»()]{1,60}»(?=\s+sur\s+(?:les|plusieurs|quelques|divers|de\s+nombreux|certains)\s+bancs\b)|"
                   r"«[^«»()]{1,60}[!?…]\s*»(?=\s+à\s+(?:droite|gauche)\s*\.?\s*\))|"
                   rf"{_FRENCH_MEMBERS_REACTION}|{_SEJM_REACTION})")
# The Sejm chair's notes on the sitting, as the whole bracket and capitalised as the record writes them
# ("(Przerwa w posiedzeniu o godz. 12 min 15)", "(Wznowienie posiedzenia o godz. 12 min 30)", "(Przewodnictwo w
# obradach obejmuje wicemarszałek Monika Wielichowska)", "(Marszałek wyłącza mikrofon)"): their first words open
# prose too ("(przerwa w posiedzeniu była nielegalna, …)", "(Przewodnictwo w obradach objął po raz pierwszy …)",
# "(marszałek wyłącza mikrofon każdemu, kto …)"), which stays.
_SEJM_TIME = r"godz\.\s+\d{1,2}(?:\s+min\.?\s+\d{1,2})?"
_SEJM_CHAIR_NOTE = (rf"(?:Przerwa\s+w\s+posiedzeniu(?:\s+(?:o\s+{_SEJM_TIME}|od\s+{_SEJM_TIME}\s+do\s+{_SEJM_TIME}))?|"
                    rf"Wznowienie\s+posiedzenia(?:\s+o\s+{_SEJM_TIME})?|"
                    rf"Przewodnictwo\s+w\s+obradach\s+obejmuje\s+(?:[Ww]ice)?[Mm]arszałk?(?:ek|ini)(?:\s+Sejmu)?"
                    rf"(?:\s+{_NAME_WORD}){{1,4}}|"
                    r"(?:Marszałek|Wicemarszałek)\s+wyłącza\s+mikrofon)")
_SEJM_CHAIR_NOTE_OPENS = r"(?:Przerwa\s+w\s+posiedzeniu|Wznowienie\s+posiedzenia|Przewodnictwo\s+w\s+obradach)"
_FLOOR_PLACE = rf"(?:[\s,.;–\-]*{_FLOOR_WORD})"
_FLOOR = (rf"\((?-i:\s*(?:{_FLOOR_REACTION}{_FLOOR_PLACE}*|{_FLOOR_VOICE}(?:\s+(?={_FLOOR_SOURCE}){_FLOOR_PLACE}+|"
          rf"(?=\s*:)))(?:\s*:[^()]{{1,200}}|[.!])?\s*|\s*{_SEJM_CHAIR_NOTE}\.?\s*)\)")
# Hansard's chorus set in brackets inside a speech or on its own line ('[Hon. Members: "Hear, hear!"]',
# "[An hon. Member: Shame!]", "(Several hon. Members: Order!)"): a heckle, no one's statement, as the
# unbracketed "Hon. Members: Hear, hear." tag already is (see stance.speakers._CHORUS). Only with its colon
# and a short call after it, so that a bracket naming them ("[Hon. Members of both Houses]") is words.
_BRACKETED_CHORUS = (r"(?-i:(?:(?:Several|Some|Many|An) )?(?:[Hh]on\.|[Nn]oble) (?:Members?|Gentlemen|Ladies|Lords?))"
                     r"\s*:\s*")
_CHORUS_CALL = 80  # the longest call: a heckle of a few words
# A transcript's timestamp inside a line, with seconds: in square brackets ("[00:01:10]"), or in
# parentheses after a sentence's end and before no word in lower case ("…united. (00:01:45) We…"): no
# one's words, left out as "[inaudible]" is. Not one in parentheses inside a sentence nor a bare one:
# prose gives times so ("Kipchoge (2:01:09) beat Bekele (2:01:41)", "it ended at 10:30:00. 10:30:05…").
_BRACKETED_STAMP = (rf"\[{_SECONDS}\]|(?:(?<=[.!?…][\"”’] )|(?<=[.!?…] ))\({_SECONDS}\)"
                    r"(?!\s+(?-i:[a-z]))")  # "He won. (2:01:09) was his time.": the sentence's
# A short bracket inside a round one, as a record cites its rules ("(The sitting was suspended at 12.30
# (Rule 171))", "… under Rule 171(8))"): the direction ended at its ")" and was scored with what followed.
_INNER_BRACKET = r"\([^()]{1,20}\)"
_INNER_BRACKET_FOUND = re.compile(_INNER_BRACKET)
# A direction may be followed by a full stop of its own, as the Sejm's and the Italian Senate's records
# write it ("(Oklaski).", "(Applausi dal Gruppo FdI).") and a transcript may ("…with Ukraine. (Applause). We…"):
# captured, so that it goes with the direction after a sentence's end, and stays the sentence's end otherwise.
_STAGE_DIRECTION = re.compile(
    rf"\s*(?:\((?:{_DIRECTIONS}|{_INTERJECTION})(?:[^()]|{_INNER_BRACKET}){{0,200}}\)|\[{_DIRECTIONS}[^\[\]]{{0,200}}\]|{_FLOOR}|"
    rf"\[{_BRACKETED_CHORUS}[^\[\]]{{1,{_CHORUS_CALL}}}\]|\({_BRACKETED_CHORUS}[^()]{{1,{_CHORUS_CALL}}}\)|"
    rf"\(\s*{_MUSIC}\s*\)|\[\s*{_MUSIC}\s*\]|{_MUSIC}|{_BRACKETED_STAMP})(?P<stop>\.(?!\.))?\s*",
    re.IGNORECASE)
# A direction set off by a pair of dashes, em or en dashes or a typewriter's "--", as a transcript
# sets off an interruption ("…threat — [inaudible] — to NATO."), or a run of them between dashes
# ("— [applause] — [laughter] —"): the pair goes with it, one dash left in its place (see _dashed_gap).
# Em and en dashes may touch the words, as Hansard sets them ("said—[Interruption.]—that"); a
# hyphen's pair ("-[Interruption.]-", "--") only with spaces around, since hyphens join words.
_DASHED_DIRECTION = re.compile(
    rf"(?:^|[ \t]+|(?<=[^\s—–-])(?=[—–]))(?:[—–]|--)(?:(?:{_STAGE_DIRECTION.pattern})(?:[—–]|--))+"
    rf"(?:[ \t]+|$|(?<=[—–])(?=[^\s—–-]))", re.IGNORECASE)
_PAIR_DASH = re.compile(r"[—–]|--")
# What may follow a direction with no space ("territory (inaudible), and…").
_NO_SPACE_BEFORE = frozenset(",.;:!?)]”’»")
# A stage direction opening at a line's end, its bracket closed on a line below, as a record's
# narrow columns wrap a long one ("(Beifall bei der CDU/CSU sowie bei Abgeordneten" / "der SPD)").
_DIRECTION_OPENS = re.compile(rf"(?:\((?:{_DIRECTIONS}|{_INTERJECTION}|"
                              rf"(?-i:{_FLOOR_REACTION}|{_FLOOR_VOICE}(?![\w'’])|{_SEJM_CHAIR_NOTE_OPENS}))[^()]*|"
                              rf"\[{_DIRECTIONS}[^\[\]]*|"
                              rf"^\s*[{_MUSIC_SIGNS}]+[^{_MUSIC_SIGNS}]*\w[^{_MUSIC_SIGNS}]*)$", re.IGNORECASE)
_DIRECTION_LINES = 4  # how many lines a direction of 200 characters may take, at most
# A bare direction between dashes opening a speech, as Hansard sets a Member breaking in ("Ms Finch:
# —interrupting— The public…", "— inaudible —", "--interrupting--"): no one's words, left out as "[inaudible]"
# is. Only these words, and only at the line's start: between dashes inside a line a word is an aside.
# Several in a row go together ("—interrupting— —laughter— The public…"), and only before the line's
# end or a new sentence (see _without_dashed_opening): "—Laughter— is what Moscow wants" is words.
_DASHED_WORD_OPENING = re.compile(
    r"^(?:[ \t]*(?:[—–]|--)[ \t]*(?:interrupting|interruption|interrupted|inaudible|indistinct|unintelligible|"
    r"laughter|applause|crosstalk|cross-talk)[ \t]*(?:[—–]|--))+[ \t]*", re.IGNORECASE)
# What opens a new sentence after such a direction: a capital (tested apart), a quote or a digit.
_SENTENCE_OPENERS = "\"'“‘«„0123456789"


def _without_dashed_opening(line: str) -> str:
    """``line`` without the directions between dashes opening it (see :data:`_DASHED_WORD_OPENING`),
    where what follows is the line's end or a new sentence; else as it is: "—Laughter— is what
    Moscow wants from us." lost its subject.

    >>> _without_dashed_opening("—interrupting— —laughter— The public…"), _without_dashed_opening("—Laughter— is it")
    ('The public…', '—Laughter— is it')
    """
    found = _DASHED_WORD_OPENING.match(line)
    if found is None:
        return line
    rest = line[found.end():]
    if rest.strip() and not (rest[0].isupper() or rest[0] in _SENTENCE_OPENERS):
        return line
    return rest


def _without_stage_directions(line: str, after_end: bool = True) -> str:
    """``line`` without its stage directions, one space (or none, before punctuation) where each was.

    A full stop right after a direction goes with it when a sentence's end comes before the
    direction (on the line, or, for one opening the line, the line above: ``after_end``), and
    is kept as the sentence's end otherwise: "(Applause)." joins no two sentences and leaves
    no stop alone, while "…every inch (Applause). And…" still ends "…every inch.".

    >>> _without_stage_directions("Thank you. (Laughter) We will defend every inch (inaudible), and more.")
    'Thank you. We will defend every inch, and more.'
    >>> _without_stage_directions("[Applause]"), _without_stage_directions("♪ anthem plays ♪")
    ('', '')
    >>> _without_stage_directions("We stand with Ukraine. (Applause). We will defend every inch (Applause). Yes.")
    'We stand with Ukraine. We will defend every inch. Yes.'
    >>> _without_stage_directions("(Oklaski)."), _without_stage_directions("(Oklaski).", after_end=False)
    ('', '.')
    >>> _without_stage_directions("Russia is the biggest threat — [inaudible] — to NATO.")
    'Russia is the biggest threat — to NATO.'
    >>> _without_stage_directions("We will keep the support... (pause) ...flowing to Kyiv.")
    'We will keep the support... ...flowing to Kyiv.'
    >>> _without_stage_directions("—interrupting— The public did not vote for this!")
    'The public did not vote for this!'
    """
    dashed = line.lstrip()[:1] in ("—", "–", "-")
    if dashed:
        line = _without_dashed_opening(line)  # "—interrupting— The public…"
    if "(" not in line and "[" not in line and not any(mark in line for mark in _MUSIC_MARKS):  # most lines: no scan
        return line
    if _is_music(line):
        return ""
    if "—" in line or "–" in line or "--" in line:
        line = _DASHED_DIRECTION.sub(lambda pair: _dashed_gap(line, pair), line)

    def gap(match: re.Match) -> str:
        rest = match.end() < len(line)
        if match.group("stop"):
            before = _STAGE_DIRECTION.sub(" ", line[:match.start()]).strip()  # "…now. (Applause) (Laughter)."
            if not (_SENTENCE_END.search(before) if before else after_end):
                return "." + (" " if rest else "")  # "…every inch (Applause). And…": the sentence's end
        # an ellipsis set off from the direction ("support... (pause) ...flowing") opens the words after it, and
        # keeps its space as "…" does, where one touching it ("(pause)... more") is punctuation
        inside = match.start() > 0 and rest and (line[match.end()] not in _NO_SPACE_BEFORE or (
            line.startswith("..", match.end()) and match.group()[-1].isspace()))
        return " " if inside else ""

    kept = _STAGE_DIRECTION.sub(gap, line)
    # Once a bracketed direction after it is gone ("—applause— (Hear, hear!) We will…"), a dashed one
    # opening the line may stand before a new sentence; before an aside of words ("—laughter— (the
    # kind Moscow wants) is no answer") it was, and is, words.
    return _without_dashed_opening(kept) if dashed and kept != line else kept


def _dashed_gap(line: str, pair: re.Match[str]) -> str:
    """What stays of a direction set off by dashes in ``line`` (``pair``, see _DASHED_DIRECTION):
    nothing at its ends, and inside it one dash, its first: the dashes may be the sentence's own
    ("We will not — (Applause) — we will not back down.", "Russia — and China — [inaudible] —
    are threats."), and one dash reads right where the pair was the note's.

    The dash keeps the spaces the pair had, none of Hansard's "said—[Interruption.]—that".

    >>> line = "We will not — (Applause) — we will not back down."
    >>> _dashed_gap(line, _DASHED_DIRECTION.search(line))
    ' — '
    >>> line = "The Minister said—[Interruption.]—that we must act."
    >>> _dashed_gap(line, _DASHED_DIRECTION.search(line))
    '—'
    """
    if not (pair.start() > 0 and pair.end() < len(line)):
        return ""
    text = pair.group()
    before = " " if text[0] in " \t" else ""
    after = " " if text[-1] in " \t" else ""
    return f"{before}{_PAIR_DASH.search(text).group()}{after}"


def _is_music(line: str) -> bool:
    """Whether ``line`` is a sound cue of music as a whole line shows one and _STAGE_DIRECTION
    does not: music signs alone, or words that the emoji 🎵 or 🎶 open and close (see _MUSIC_SIGNS).

    >>> _is_music(" ♪ "), _is_music("🎵 Ode to Joy 🎵"), _is_music("🎵🎶"), _is_music("We sing 🎵 and stand.")
    (True, True, False, False)
    """
    line = _strip(line)
    return not line.strip(_MUSIC_SIGNS + " ") or (
        _MUSIC_EMOJI_LINE.fullmatch(line) is not None and any(character.isalpha() for character in line))


def _wrapped_directions(lines: list[str], numbers: list[int],
                        page_breaks: set[int]) -> tuple[list[str], list[int], set[int]]:
    """``lines``, their ``numbers`` and ``page_breaks``, each stage direction that wraps onto
    the lines below (see _DIRECTION_OPENS) brought onto the line it opens, so that it is left
    out as one on its line is; what follows its close stays on its own line. A blank line, or
    another bracket's opening, before the close ends the search: the brackets are words. Music's
    sign opening a line, with words after it and no other sign, opens lyrics that the next sign
    closes (see _MUSIC); one inside a line of speech ("We love ♪ music") opens none.

    >>> _wrapped_directions(["We act (Applause from", "the floor) now.", "Next."], [1, 2, 3], set())
    (['We act (Applause from the floor)', 'now.', 'Next.'], [1, 2, 3], set())
    >>> _wrapped_directions(["♪ Oh say can you see", "by the dawn's light ♪♪", "Next."], [1, 2, 3], set())[0]
    ["♪ Oh say can you see by the dawn's light ♪♪", 'Next.']
    """
    lines = list(lines)
    left_out: set[int] = set()
    for at, line in enumerate(lines):
        opens = _DIRECTION_OPENS.search(line) if ("(" in line or "[" in line or any(
            sign in line for sign in _MUSIC_SIGNS)) and at not in left_out else None
        if opens is None:
            continue
        opening = opens.group()[0]
        closing = ")" if opening == "(" else "]" if opening == "[" else _MUSIC_SIGNS  # lyrics: "♪ Oh say" / "… ♪"
        pieces = [opens.group().rstrip()]
        for below in range(at + 1, min(at + _DIRECTION_LINES, len(lines))):
            rest = lines[below].strip()
            # a rule a wrapped direction cites ("(The speaker agreed … under" / "Rule 171(8))"): its short
            # bracket is the direction's, as on one line (_INNER_BRACKET), not the words' own bracket
            seen = _INNER_BRACKET_FOUND.sub(lambda inner: "_" * len(inner.group()), rest) if opening == "(" else rest
            close = next((where for where, mark in enumerate(seen) if mark in closing), -1)
            if not rest or (opening in "([" and opening in (seen if close < 0 else seen[:close])):
                break
            if close >= 0 and opening not in "([":  # the run of signs closes the lyric
                while close + 1 < len(rest) and rest[close + 1] in closing:
                    close += 1
            if close < 0:
                pieces.append(rest)
                continue
            direction = " ".join([*pieces, rest[:close + 1]])
            if _STAGE_DIRECTION.fullmatch(direction):
                lines[at] = line[:opens.start()] + direction
                lines[below] = rest[close + 1:].strip()
                left_out.update(range(at + 1, below + (not lines[below])))
            break
    return _without_lines(lines, numbers, page_breaks, left_out) if left_out else (lines, numbers, page_breaks)
