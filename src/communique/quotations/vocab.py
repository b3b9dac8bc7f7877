"""Heuristic vocabulary of the quotations stage, grouped by concept.

Everything the stage recognises by word or character lives here, so the rules in the
other modules read as rules and the lists can be reviewed (and tuned) in one place.
Lists marked "tuned" were adjusted on the PolNeAR ``train`` split (bench/quotes.py).
"""

from __future__ import annotations


def words(block: str) -> frozenset[str]:
    """A word list written as a block of whitespace-separated words."""
    return frozenset(block.split())


# --- quotation marks -------------------------------------------------------------------

# Marks that only ever open / only ever close a double-quoted passage.
DOUBLE_OPENERS = frozenset("“„«")
DOUBLE_CLOSERS = frozenset("”»")
# The straight double quote opens or closes depending on its neighbours.
DOUBLE_AMBIGUOUS = frozenset('"')
# Single marks: ‘…’ and '…'; the closing one doubles as the apostrophe.
SINGLE_OPENERS = frozenset("‘")
SINGLE_CLOSERS = frozenset("’")
SINGLE_AMBIGUOUS = frozenset("'")
ALL_QUOTE_MARKS = (
    DOUBLE_OPENERS | DOUBLE_CLOSERS | DOUBLE_AMBIGUOUS | SINGLE_OPENERS | SINGLE_CLOSERS
    | SINGLE_AMBIGUOUS
)
# Two apostrophes written for a double mark (''like this''), as some archives do.
DOUBLED_SINGLE = "''"
# Characters that may stand right before an opening mark ("(", "[", a dash, a space...).
BEFORE_OPENING = frozenset(" \t\n\r\u00a0([{—–-/:")

# --- punctuation -----------------------------------------------------------------------

# Ends a sentence when followed by a space, a closing mark or the end of the paragraph.
SENTENCE_END = frozenset(".!?")
# Words that end with a full stop without ending the sentence.
ABBREVIATIONS = words("""
    mr mrs ms dr prof sen rep gov gen col capt lt sgt st jr sr rev pres atty supt insp
    jan feb mar apr jun jul aug sep sept oct nov dec no vs etc inc corp co ltd dept
    """)
# Trimmed off the edges of content spans (never the bracketed insertions or an ellipsis
# inside them).
EDGE_TRIM = frozenset(" \t\r\n\u00a0,;:-–—")

# --- speech cues -----------------------------------------------------------------------

# Verbs that introduce what someone said, by lemma (direct and reported speech).
# Tuned: with a colon, these cover the cues of 94% of train's direct quotations.
SPEECH_VERBS = words("""
    say tell add continue write tweet ask respond reply declare conclude report state
    explain note stress confirm announce warn argue claim insist admit acknowledge
    suggest emphasize emphasise observe remark recall predict promise shout chant comment
    joke quip testify assert maintain deny reiterate underline underscore mention
    complain caution urge vow boast concede contend counter retort exclaim yell scream
    lament charge allege post muse recount agree disclose reveal indicate
    proclaim pledge threaten demand answer whisper cry thunder opine elaborate
    """)
# Verbs of thinking that report a stance only with a clausal complement ("X believes
# that ..."): used for reported speech, never for direct quotations.
# Tuned on train: with them all-attribution F1 0.590 -> 0.597, direct exact F1 0.864 ->
# 0.856 (the scorer counts reports it has no gold for against direct precision).
COGNITION_VERBS = words("""
    think believe expect hope fear feel worry doubt know estimate figure guess find
    wonder imagine suspect assume understand recognize recognise
    """)
# Verbs that attribute a stance whose content is their object or complement ("X endorsed
# Y", "X accused Y of Z", "polls show Y", "X called for Y"); never direct-quotation cues.
# Tuned on train: the most frequent cues of PolNeAR attributions missed without them;
# the first four lines raised all-attribution F1 from 0.538 to 0.583, the last two from
# 0.599 to 0.612 for direct exact F1 0.854 -> 0.841 (their false reports count against
# direct precision); "see", "seek", "consider", "view" and "back" cost more than they gave.
STANCE_VERBS = words("""
    endorse criticize criticise accuse want show describe urge refer cite defend
    support propose oppose plan reject dismiss question praise blame attack
    condemn recommend welcome applaud slam decline refuse demand request insist vow
    promise hope expect predict threaten acknowledge admit deny announce
    suggest argue warn ask call talk point blast prefer denounce
    discuss mock favor favour express tout decry push portray encourage""")
# Prepositions that belong to a stance cue ("called for X", "referred to X", "accused Y
# of X", "talked about X"); any other preposition after the verb is a circumstance.
CUE_PREPOSITIONS = words("for to of about on against")
# Subjects that speak only inside someone else's words ("I think", "we want"): a report
# with such a subject is part of a quotation, not an attribution of its own.
# Tuned on train: first- and second-person subjects were the largest group of false
# reported-speech predictions.
QUOTED_PERSON_SUBJECTS = words("i we you me us")
# Dependents of a stance verb that make its content, in text order after the verb.
COMPLEMENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "oprd", "attr", "acomp", "prep", "pcomp"})
# Verbs whose quoted object is someone's words in a paraphrase: "called it 'a disaster'".
NAMING_VERBS = words("call describe dub label brand term deride praise")
# Subjects that name nobody: "there", or a relative pronoun outside a relative clause.
NOT_A_SPEAKER = frozenset({"there", "which", "what", "who", "that", "whom"})
# Subjects of a relative clause that stand for the noun it describes ("X, who said").
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})

# Object nouns that belong to the cue of "tell": "told reporters", "told journalists".
AUDIENCE_NOUNS = words("reporters journalists press media audience crowd interviewer supporters")

# "according to X": the preposition's lemma pair.
ACCORDING = ("accord", "to")

# --- speaker labels of transcripts ("SMITH: Well, ...") ------------------------------------

# A label is at most this many words and ends within this many characters of the line start.
MAX_LABEL_WORDS = 3
MAX_LABEL_CHARS = 40
# Titles that may stand in a label ("Mr. Smith:", "Sen. Jones:").
LABEL_TITLES = words("Mr. Mrs. Ms. Dr. Sen. Rep. Gov. Prof. Mr Mrs Ms Dr")
# A transcript line ends like a sentence; a headline does not.
SPOKEN_LINE_END = frozenset(".?!…\"”’)")
# Capitalised words before a colon that announce something other than a speaker.
NOT_SPEAKER_LABELS = words("""
    update related note editor photo photos video source sources read watch breaking
    correction advertisement image credit caption listen also see more poll
    """)

# --- dependency labels (spaCy English, ClearNLP style) ---------------------------------

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
CLAUSE_DEPS = frozenset({"ccomp"})
# Children that end a speaker's mention: what follows is a description of the speaker.
DESCRIPTION_DEPS = frozenset({"appos", "relcl", "acl", "punct", "advmod", "prep"})
# A verb with no subject of its own borrows the subject of the verb it hangs from
# ("X tweeted, saying ...", "X said and added ...", "the envoy, who said").
SUBJECT_SHARING_DEPS = frozenset({"conj", "advcl", "xcomp", "relcl"})
# Prepositions whose phrase is part of a speaker mention ("a majority of voters", "an
# aide to the senator", "a spokesman for the ministry", "a voter from Ohio").
# Tuned on train: PolNeAR sources include these phrases.
MENTION_PREPOSITIONS = words("of for at from to")
# A bracketed note after a speaker's name ("(D-Ohio)", "(R)") is part of the mention up
# to this many tokens.
MAX_BRACKETED_NOTE_TOKENS = 6
# Tags of a finite verb ("reported", "reports"), as opposed to a participle.
FINITE_PAST_PRESENT_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Right children that are still part of a name ("Smith Jr", "Air Force One").
NAME_CONTINUATION_DEPS = frozenset({"compound", "flat", "nummod"})
# How a reporting verb hangs from the main verb when it comes after its content.
PARENTHETICAL_DEPS = frozenset({"parataxis", "ccomp", "advcl", "conj", "dep"})

# --- thresholds ------------------------------------------------------------------------

# A quoted passage with no speech cue, standing as a sentence of its own, counts as a
# quotation only from this many words on: shorter ones are titles, nicknames and scare
# quotes.  Tuned on train (2..8 tried: 2..4 within 0.004 direct F1, 6 and 8 lose 0.015
# and 0.033); 4 keeps short quoted title lines out.
MIN_WORDS_WITHOUT_CUE = 4
# A quoted passage inside a sentence ('blamed a "bad line," he said') is a direct
# quotation only from this many words on; shorter ones are quoted words in a paraphrase.
# Tuned on train (4, 6, 9 tried; within 0.0005 direct F1).
MIN_WORDS_EMBEDDED_DIRECT = 6
# The text between two quoted passages of one split quotation is at most this many
# words (the speaker and the cue: "he said in a statement on Tuesday", or a speaker with
# a long description).  Tuned on train (14, 24, 40 tried).
MAX_WORDS_SPLIT_GAP = 40
# How many words the clause after a closing mark may have to hold the cue.  A speaker
# with a long description ("X, who is also ..., told journalists") needs the room.
MAX_WORDS_CUE_AFTER = 40
# The same when the passage ends with a full stop ('"... done." Smith said.'): then only
# a short clause made of speaker and cue belongs to it.
MAX_WORDS_CUE_AFTER_FULL_STOP = 5
# How many words may follow the cue verb in the clause before a passage that has no
# comma or colon ('X told reporters "..."', 'X said on Monday "..."').
MAX_WORDS_AFTER_CUE_BEFORE = 3
# How many words may follow a cue that comes after its content ("..., X said on
# Tuesday in an interview with a local paper.").
MAX_WORDS_AFTER_PARENTHETICAL_CUE = 8
# A piece of a sentence around "according to X" shorter than this is a connective
# ("However, according to X, ...") and not content.
MIN_WORDS_FRAGMENT = 2
# A passage of at most this many words, all capitalised but for small words, is a title
# ("Meet the Press," "The Art of the Deal") even when a cue follows it.
MAX_TITLE_WORDS = 6
TITLE_SMALL_WORDS = words("a an the of in on at to for and or but with from by as")
# How a clause may end right before a quotation that it introduces.
BEFORE_QUOTE_CLAUSE_END = frozenset(":,—–-(")
# What may stand between a closing mark and its cue besides the speaker ('"...," he
# later said', '"...", the minister then told reporters').
CUE_CLAUSE_FILLER_POS = frozenset({"PUNCT", "ADV", "AUX", "PART", "SPACE"})
# How far after reported content its quoted words may still close ('"... wraps."').
MAX_CHARS_TO_CLOSING_MARK = 3
# Parts of speech that may head a speaker mention found without a parse subject.
SPEAKER_POS = frozenset({"PROPN", "PRON", "NOUN"})
