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
# Marks that may close quoted words right after their comma ('"a mistake," she said').
CLOSING_MARKS = DOUBLE_CLOSERS | DOUBLE_AMBIGUOUS | SINGLE_CLOSERS | SINGLE_AMBIGUOUS
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
# Tuned: with a colon, these cover the cues of 94% of train's direct quotations.  The
# last line and "read" introduce direct quotations only (see DIRECT_ONLY_VERBS) but for
# "assure" (on train +3 exact direct matches and +10 matched attributions).
SPEECH_VERBS = words("""
    say tell add continue write tweet ask respond reply declare conclude report state
    explain note stress confirm announce warn argue claim insist admit acknowledge
    suggest emphasize emphasise observe remark recall predict promise shout chant comment
    joke quip testify assert maintain deny reiterate underline underscore mention
    complain caution urge vow boast concede contend counter retort exclaim yell scream
    lament charge allege post muse recount agree disclose reveal indicate
    proclaim pledge threaten demand answer whisper cry thunder opine elaborate read
    bark snap interject interrupt confess scoff gush marvel sigh rail assure
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
# The last three lines: verbs whose reports on train were right at least three times as
# often as they overlapped no attribution at all (tried and left out at lower ratios:
# seem, appear, seek, offer, speak, vote, focus, release, decide, post, share, publish).
# "push" was dropped: on train it was wrong (no attribution at all) as often as right.
# The verbs of thinking at the end (with an object: "X fears a recession") paid once
# reports nested in other reports' content were dropped (all-attribution F1 0.641 ->
# 0.643 on train); "see", "seek", "offer", "speak", "feel", "decide", "back", "share"
# and "post" still overlapped no attribution once for every two right.  The last two lines
# are speech verbs with an object ("X noted the attendance"), kept where on train their
# reports were right at least four times as often as they overlapped no attribution
# ("write", "respond", "pledge", "charge", "answer" and "underscore" were not).  The
# last two ("remind", "thank") were right 23 times on train for one report overlapping
# nothing; "seek", "offer", "echo" and "name" about twice as often only, which the direct
# precision they cost did not pay for.
STANCE_VERBS = words("""
    endorse criticize criticise accuse want show describe urge refer cite defend
    support propose oppose plan reject dismiss question praise blame attack
    condemn recommend welcome applaud slam decline refuse demand request insist vow
    promise hope expect predict threaten acknowledge admit deny announce
    suggest argue warn ask call talk point blast prefer denounce
    discuss mock favor favour express tout decry portray encourage
    insist mention tweet recall learn emphasize emphasise complain order reiterate signal
    estimate list concede voice contend deem characterize characterise label lament hint
    forecast repeat imply think believe know fear worry understand doubt consider view
    note report claim agree explain indicate declare state confirm assert allege stress
    reveal remind thank""")
# Verbs by which research reports its findings ("a survey found 90 percent support",
# "..., the audit concluded."), and the nouns for research that speak through them.
# Tuned on train: all-attribution F1 +0.0004, direct exact F1 unchanged.
FINDING_VERBS = words("find conclude")
RESEARCH_NOUNS = words("""
    poll survey study investigation analysis report review audit research inquiry probe
    """)
# Verbs that, joined with no subject of their own to the content of a report, start a
# second report of the same speaker ("X said the plan works and criticized ...").
# Tuned on train: stance and cognition verbs besides speech verbs, all-attribution F1
# +0.0003, direct exact F1 +0.0001.
SECOND_REPORT_VERBS = SPEECH_VERBS | STANCE_VERBS | COGNITION_VERBS
# Verbs that hold a view of something "as" something ("X sees the vote as a test", "the
# vote is seen as a test"): a report only in that shape.  Tuned on train: all-attribution
# F1 +0.0013, direct exact F1 -0.0010 (as a cognition verb with any clause "see" cost
# 0.0032 direct exact F1 for +0.0010).
VIEWING_VERBS = words("see regard")
# Stance verbs that report only with a named source (a proper noun as their subject):
# "Smith sought a recount", where "the county sought funds" or "who sought office" is
# an act.  Tuned on train: with a named source their reports were right at least three
# times as often as they overlapped no attribution (with any other source about once).
NAMED_SOURCE_STANCE_VERBS = words("seek decide share echo back")
# Speech verbs that introduce a direct quotation ('"...," she continued') but whose
# reported use is mostly no report ("continued to"): on train 4 right of 24.  "read"
# ('"...," the letter read'): tuned on train, direct exact F1 0.8230 -> 0.8259 (+12
# exact matches for 7 more predictions); as a reported-speech cue it reads books.  The
# verbs of manner after "read" ('"Go home," she snapped') added 3 exact matches on train
# for 2 more predictions.
DIRECT_ONLY_VERBS = words("""
    continue read bark snap interject interrupt confess scoff gush marvel sigh rail
    """)
# Speech verbs that take a clause, not a noun, for what was said: an "object" of theirs
# with a finite verb under it is a misparsed clause ("says the rise ... makes it harder").
CLAUSE_ONLY_VERBS = words("say claim argue insist contend assert")
FINITE_VERB_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})
# Stance verbs whose "that" or "-ing" clause is no report ("plan that", "support having").
STANCE_ONLY_VERBS = words("support plan push favor favour back")
# Verbs that report an impression with no one named: "X seems ready", "X appeared to".
RAISING_VERBS = words("seem appear")
# How a clause hangs on the noun it describes: there a relative pronoun subject of a
# raising or passive report ("donations that appear questionable") stands for the noun.
# Tuned on train: all-attribution F1 0.6799 -> 0.6803 (17 more matched of 24 more
# reports), direct exact F1 0.8266 -> 0.8257 (reports matching nothing count there).
RELATIVE_CLAUSE_DEPS = frozenset({"relcl"})
# Verbs whose passive reports a view and leaves its holder out: "X is expected to win".
# Tuned on train: "see" and "project" were wrong about as often as right.
PASSIVE_REPORT_VERBS = words("""
    expect say believe think report consider rumor rumour predict estimate
    """)
# Stance verbs that, in the passive with their holder in a "by" phrase ("the bill was
# opposed by the unions"), report the holder's stance on the passive subject.  Tuned on
# train: all-attribution F1 0.6805 -> 0.6812, direct exact F1 0.8254 -> 0.8248; every
# reporting verb gave 0.6809 for direct 0.8230, and the participle after a noun ("a bill
# opposed by ...") added nothing for direct -0.0006.
PASSIVE_AGENT_VERBS = words("""
    report back share reject criticize criticise echo claim attack accuse denounce applaud
    welcome endorse support oppose praise condemn blast slam decry dismiss
    """)
PASSIVE_TAGS = frozenset({"VBN"})
# Verbs that put a question, asked of someone left unnamed: "when asked whether ...".
QUESTION_VERBS = words("ask")
# How what was asked hangs from the verb: a question ("asked whether ...") or a request
# ("asked to leave the room"; tuned on train: requests +7 matched of 9 more reports).
QUESTION_DEPS = frozenset({"ccomp", "xcomp"})
# Words that open a question put, however the parser hangs it ("asked if the plan was
# fair": an adverbial clause).  Tuned on train: all-attribution F1 0.6794 -> 0.6797 (6 more
# matched of 3 more reports), direct exact F1 unchanged; the topic with its "about" lost.
QUESTION_WORDS = words("if whether what which who whom whose why how when where")
# Prepositions that name the topic of a question put ("when asked about the merger").
# Tuned on train: all-attribution F1 +0.0005 (16 more matched of 25 more reports).
TOPIC_PREPOSITIONS = words("about")
# Dependents of a raising or passive reporting verb that say what seems or is expected.
RAISED_DEPS = frozenset({"xcomp", "oprd", "acomp", "ccomp", "attr"})
# Prepositions that lead to what something seems ("the climb seemed like a long shot").
# Tuned on train: +6 matched attributions for 8 more reports.
RAISED_PREPOSITIONS = words("like")
# Subjects that stand for the clause that follows ("it seems that ...").
EMPTY_SUBJECTS = words("it")
# Adjectives (and participles used as such) that state a holder's stance towards their
# complement: "X is confident that ...", "X is worried about Y".
# Tuned on train: "sure", "certain", "confident", "proud", "happy", "pleased",
# "surprised", "determined" and "unaware" were right in at most a third of their reports.
STANCE_ADJECTIVES = words("""
    convinced adamant optimistic pessimistic skeptical sceptical hopeful afraid fearful
    worried concerned anxious aware critical supportive angry furious frustrated upset
    disappointed dismayed glad shocked troubled alarmed mistrustful wary eager insistent
    """)
# Prepositions that lead from a stance adjective to what the stance is about.
STANCE_ADJECTIVE_PREPOSITIONS = words("about of that with for over")
# Nouns that name what someone said or holds, with a "that" clause as the content:
# "X's claim that ...", "the argument by X that ...".
CLAIM_NOUNS = words("""
    claim argument assertion allegation suggestion insistence view belief
    fear hope concern promise pledge warning statement contention charge complaint
    prediction assurance admission notion idea position message demand
    """)
# Claim nouns that report their "that" clause even with no holder named ("amid fears
# that ...", "the allegation that ..."; PolNeAR marks these without a source).  Tuned on
# train: all claim nouns +0.0016 all-attribution F1 for -0.0014 direct exact F1; "idea",
# "notion", "statement", "position", "view" and "message" were wrong most often; without
# them +0.0013 for -0.0008.
UNHELD_CLAIM_NOUNS = CLAIM_NOUNS - words("idea notion statement position view message")
# Nouns that name a stance towards what their preposition's object names, held by their
# possessor or "by" phrase: "X's attacks on Y", "criticism of Y by X".  Tuned on train:
# +39 matched attributions for 9 reports overlapping nothing; "support", "praise" and
# "rejection" were right in at most a third of their reports.
STANCE_NOUNS = words("attack criticism opposition endorsement condemnation")
# The prepositions that lead from a stance noun to what the stance is about.
STANCE_NOUN_PREPOSITIONS = words("for of on against to")
# Verbs whose subject holds the claim that is their object: "X made the argument that".
CLAIM_MAKING_VERBS = words("make repeat voice express raise issue offer reiterate advance")
# How a "that" clause hangs from a claim noun.
CLAIM_CLAUSE_DEPS = frozenset({"acl", "ccomp", "relcl", "appos"})
# Possessives that speak only inside someone else's words ("my claim that").
QUOTED_PERSON_POSSESSIVES = words("my our your")
# Prepositions that belong to a stance cue ("called for X", "referred to X", "accused Y
# of X", "talked about X"); any other preposition after the verb is a circumstance.
CUE_PREPOSITIONS = words("for to of about on against")
# Subjects that speak only inside someone else's words ("I think", "we want"): a report
# with such a subject is part of a quotation, not an attribution of its own.
# Tuned on train: first- and second-person subjects were the largest group of false
# reported-speech predictions.
QUOTED_PERSON_SUBJECTS = words("i we you me us")
# Of those, the subjects by which the writer reports a view of their own outside any
# quotation marks ("I think the plan fails", in a column or a letter).  Tuned on train:
# "you" outside quotation marks was mostly generic ("if you want to ..."); the writer's
# view counts only as the sentence's main verb, not denied (all-attribution F1 +0.0010,
# direct exact F1 -0.0008; with any verb +0.0017 for -0.0025).
WRITER_SUBJECTS = words("i we")
# Of those, the subjects by which the writer reports a view of their own outside any
# quotation marks ("I think the plan fails", in a column or a letter).  Tuned on train:
# "you" outside quotation marks was mostly generic ("if you want to ..."); the writer's
# view counts only as the sentence's main verb, not denied (all-attribution F1 +0.0010,
# direct exact F1 -0.0008; with any verb +0.0017 for -0.0025).
# Prepositions whose phrase after a stance verb's object says when, not what ("endorsed
# X during the debate"); so does any phrase whose object the model names a date or time
# ("endorsed X in December").  Tuned on train: +19 matched attributions; dropping every
# phrase whose preposition is no cue's lost 112 (the parser hangs the object's own
# phrases on the verb: "a concert in support of Y"), adding "at" lost 4.
CIRCUMSTANCE_PREPOSITIONS = words("during after before since amid through while")
# Nouns of where words were put: a phrase after a stance verb's object with one of them
# says where, not what ("called the plan a disgrace in a tweet").  Tuned on train:
# all-attribution F1 +0.0006.
VENUE_NOUNS = words("""
    tweet interview statement speech commercial ad advertisement appearance letter post
    email op-ed column debate rally broadcast podcast video radio television tv
    """)
# Named-span labels of dates and times.
TIME_LABELS = frozenset({"DATE", "TIME"})
# Dependents of a stance verb that make its content, in text order after the verb.
COMPLEMENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "oprd", "attr", "acomp", "prep", "pcomp"})
# Verbs whose quoted object is someone's words in a paraphrase: "called it 'a disaster'".
NAMING_VERBS = words("call describe dub label brand term deride praise")
# Dependents that join a second verb to a naming verb ("called it "a test" and compared
# it to ..."): the phrase of what was named ends before them.  Tuned on train:
# all-attribution F1 +0.0006, direct exact F1 -0.0004.  Quoted words after that second
# verb make no naming either ("called him weak and accused him of "lying""): all-attribution
# F1 0.6812 -> 0.6816, direct exact F1 0.8248 -> 0.8247.
COORDINATION_DEPS = frozenset({"cc", "conj"})
# Punctuation that, closing a name's quoted words ('called him a "fraud," citing ...'),
# ends what was named.  Tuned on train: all-attribution F1 0.6803 -> 0.6805, direct exact
# F1 0.8257 -> 0.8254 (comma only: 0.6804 and 0.8256).
NAME_CLOSING_PUNCTUATION = frozenset({",", "—", "–"})
# Subjects that name nobody: "there", or a relative pronoun outside a relative clause.
NOT_A_SPEAKER = frozenset({"there", "which", "what", "who", "that", "whom"})
# Subjects of a relative clause that stand for the noun it describes ("X, who said").
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})

# Verbs whose object before a clause is whom they address ("told reporters that ...",
# "warned voters that ..."), not the clause's subject as the parser may have it ("felt
# [her anger] was ...": the content starts at "her"; +5 matched on train).
ADDRESSEE_VERBS = words("""
    tell ask remind warn assure inform promise urge convince persuade show notify advise
    caution teach thank
    """)
# Object nouns that belong to the cue of "tell": "told reporters", "told journalists".
AUDIENCE_NOUNS = words("reporters journalists press media audience crowd interviewer supporters")

# "In the latest poll, X leads ...": a survey that speaks through a preposition.
SURVEY_PREPOSITIONS = words("in")
SURVEY_NOUNS = words("poll survey")

# "according to X": the preposition's lemma pair.
ACCORDING = ("accord", "to")

# A quotation with no cue keeps the previous quotation's speaker across at most this
# many paragraph breaks (blank lines).  Tuned on train (0, 1, 3 tried: source overlap
# 0.9387, 0.9394, 0.9395); 1 keeps the speaker near.
MAX_PARAGRAPH_BREAKS_TO_CARRY_SPEAKER = 1

# --- speaker labels of transcripts ("SMITH: Well, ...") ------------------------------------

# A label is at most this many words and ends within this many characters of the line start.
MAX_LABEL_WORDS = 3
MAX_LABEL_CHARS = 40
# Titles that may stand in a label ("Mr. Smith:", "Sen. Jones:").
LABEL_TITLES = words("Mr. Mrs. Ms. Dr. Sen. Rep. Gov. Prof. Mr Mrs Ms Dr")
# A transcript line ends like a sentence; a headline does not.
SPOKEN_LINE_END = frozenset(".?!…\"”’)")
# Parts of speech of which a spoken line has at least one (a list of names has none).
SPOKEN_LINE_POS = frozenset({"VERB", "AUX"})
# Capitalised words before a colon that announce something other than a speaker.  Tuned
# on train: the line from "latest" on was added once capitalised labels that the tagger
# does not read as names counted ("The Latest: ..."); together +0.0007 all-attribution
# F1, direct exact F1 unchanged.
NOT_SPEAKER_LABELS = words("""
    update related note editor photo photos video source sources read watch breaking
    correction advertisement image credit caption listen also see more poll latest look
    revealed exclusive breaking boom notice
    """)

# --- headlines in title case (headlines.py) ---------------------------------------------

# Labels of an opening line that name a source although they announce something else
# further down ("Poll: ...", "Sources: ...").
HEADLINE_SOURCE_LABELS = words("poll source sources")
# An opening line longer than this is a paragraph, not a headline.
MAX_HEADLINE_WORDS = 25
# What a headline may end with and its content does not keep.
HEADLINE_END = frozenset(".;")
# A title-case line holds at least this many words ("Group Slams Plan" has three).
MIN_HEADLINE_WORDS = 4
# Endings of a verb's third-person present and what they stand for, tried in this order:
# "denies" -> "deny", "praises" -> "praise", "pushes" -> "push", "slams" -> "slam".
THIRD_PERSON_ENDINGS = (("ies", "y"), ("s", ""), ("es", ""))
# Forms of headline cues that are in headlines mostly plural nouns ("Battleground States").
# Tuned on train: headlines +0.0006 all-attribution F1, direct exact F1 -0.0004.
HEADLINE_NOUN_FORMS = words("states reports claims attacks plans")

# --- dependency labels (spaCy English, ClearNLP style) ---------------------------------

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
CLAUSE_DEPS = frozenset({"ccomp"})
# Words saying when, which the parser may hang on a quoted verb ('said Monday "..."')
# without making the quotation part of reported speech.
WHEN_DEPS = frozenset({"npadvmod", "tmod"})
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
# A condition or reason hung on a reporting verb right after its content is part of what
# was said ("promised to cut the fees if he wins", "... should he win", "... because it
# costs too much"): how it hangs and the words that open it.  Tuned on train: conditions
# +0.0004 all-attribution F1, reasons and concessions +0.0003 more; time clauses ("as",
# "when", "before", "after") lost 0.0006.
CONDITION_DEPS = frozenset({"advcl"})
CONDITION_OPENERS = words("if unless should because although though until once since so")
# Marks of a clause that vouches for the clause it hangs on ("As the paper noted, ...").
# Tuned on train (with MAX_WORDS_AFTER_AS_CUE): all-attribution F1 +0.0005, direct exact
# F1 -0.0004; any speech, stance or cognition verb: +0.0011 for -0.0018; any speech verb
# with no comma or length limit: +0.0009 for -0.0009.
AS_MARKERS = words("as")
# At most this many words follow the cue in such a clause ("as HuffPost noted on its
# front page"); a longer one says when ("as voters responded to the ads ...").
MAX_WORDS_AFTER_AS_CUE = 5
# Dependents after a cue that make it take content of its own, so that it is no cue set
# after its content ("..., he urged the voters to stay home").  Tuned on train:
# all-attribution F1 +0.0009, direct exact F1 +0.0024.
OWN_OBJECT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "oprd"})
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
# Tuned on train (4, 6, 9 tried; within 0.0005 direct F1; then 10, 16 and no limit: 16
# gave direct exact F1 0.8219 -> 0.8228 and all-attribution F1 +0.0004, the passage
# then going into the mixed report around it).
MIN_WORDS_EMBEDDED_DIRECT = 16
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
# How many words may stand between a cue and a clause the parser hung elsewhere ("said in
# a statement on Tuesday that ...").
MAX_WORDS_BEFORE_MISATTACHED_CLAUSE = 8
# Content of a report that names no source ("X seems ready", "X is expected to win")
# has at least this many words.  Tuned on train (4, 5, 7 tried): shorter ones overlapped
# no attribution a third of the time; 5 keeps all-attribution F1 and raises direct exact
# F1 by 0.002 (7: +0.004 direct for -0.0006 all).
MIN_WORDS_WITHOUT_SOURCE = 5
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

# --- where reported content stops (boundaries.py) ---------------------------------------

# Dependents that, set off by a comma at the end of reported content, are the writer's
# aside about it, not what was said: "..., which passed in 2010", "..., a rise of 4%".
# Tuned on train: relative clauses +32 matched attributions, appositions +8, both +39
# (then +32 more once reports inside the aside stood on their own); adverbial clauses
# ("..., because ...", "..., though ...") lost 49: PolNeAR's content keeps them.
TRAILING_ASIDE_DEPS = frozenset({"relcl", "appos"})
# Clauses that, set off by a comma and led by a contrast marker, set the writer's own
# observation against the content: "..., while the other candidates ...".  Tuned on
# train: +15 matched attributions (all-attribution F1 0.6610 -> 0.6616); general
# adverbial clauses ("because", "though") stay in the content (see above).
CONTRAST_CLAUSE_DEPS = frozenset({"advcl"})
# An apposition with these dependents is the tail of a list ("of Ryan, Lee and Ward"),
# not an aside.  Tuned on train: all-attribution F1 0.6797 -> 0.6799, direct exact F1
# 0.8265 -> 0.8266 ("cc" as well: no change).
LIST_ITEM_DEPS = frozenset({"conj"})
# What joins a coordinated clause to the one before it: ", but added ...".
JOINING_DEPS = frozenset({"cc", "punct"})
# Clauses that carry a direct quotation the parser hung on reported content: "but added,
# "..."", ", adding "...".  Cutting there instead of dropping the report, and letting
# reports between two passages of one direct quotation through, tuned on train together:
# all-attribution F1 0.6816 -> 0.6833, direct exact F1 0.8247 -> 0.8217 (every new
# prediction that overlaps no gold counts against direct precision in the scorer).
CARRYING_DEPS = frozenset({"conj", "advcl"})
CONTRAST_MARKERS = words("while whereas")
# A speech verb's participle set off at the end of content starts a report of its own
# ("..., telling reporters that ..."); tuned on train: +12 matched attributions for 19
# more predictions (with stance verbs too: +6 more for 13 more, left out).
ASIDE_REPORT_TAGS = frozenset({"VBG"})
# The punctuation that sets such an aside off.
ASIDE_OPENERS = frozenset({",", "—", "–", "--"})

# Every verb that can report a stance, and every verb that introduces reported speech.
STANCE_CUES = STANCE_VERBS | NAMED_SOURCE_STANCE_VERBS
REPORTING_VERBS = (SPEECH_VERBS | COGNITION_VERBS | STANCE_CUES) - DIRECT_ONLY_VERBS
