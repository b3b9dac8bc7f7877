"""Heuristic vocabulary of event coding, grouped by concept.

The CAMEO verb patterns, the CAMEO->PLOVER table, Goldstein scores, country names and
agent nouns are data files (``communique/data/events``, built by
``scripts/build_event_data.py``); what is here is the small linguistic glue around them.
"""

from __future__ import annotations

# --- CAMEO -> PLOVER ----------------------------------------------------------------

# CAMEO2PLOVER-2021 leaves root 02 (appeals) unmapped; the PLOVER codebook's REQUEST
# covers "appeal, request, demand", so appeals are requests.
ROOT_FALLBACK = {"02": "REQUEST"}

# Root 01 is "make public statement": reported speech, never an event by itself.
NON_EVENT_ROOTS = frozenset({"01"})

# Signing a formal agreement (CAMEO 057) is SUPPORT in PLOVER draft 0.8, but the
# project's contract counts a signed agreement as both parties agreeing: AGREE.
# Imposing sanctions or an embargo (CAMEO 163) is COERCE in draft 0.8, but the codebook's
# SANCTION covers every curtailing of "commercial or material exchanges": SANCTION.
# Denying an accusation or a claim (CAMEO 016) is a statement in CAMEO, yet the
# codebook's REJECT takes "all rejections and refusals".
PLOVER_OVERRIDES = {"057": "AGREE", "163": "SANCTION", "016": "REJECT"}

# Verbs missing from CAMEO.2.0 although the CAMEO codebook names them as appeals (020).
SUPPLEMENTARY_VERBS = {
    "urge": "020",
    "call on": "020",
    "call for": "020",
    "press for": "020",
    "press": "020",
    "mass": "154",
    "downgrade": "161",
}

# Phrasal verbs whose particle changes the act, by the CAMEO codebook's code for it; they
# override the dictionary's entry for the phrase, which often lacks a default code.
PHRASAL_VERB_CODES = {
    "turn down": "120",
    "break off": "161",
    "pull out": "0874",
    "back down": "080",
    "give in": "080",
    "work with": "060",
    "shut down": "1721",
    "hand over": "0842",
    "vote against": "120",
    "walk out": "143",
    "walk off": "143",
}

# Commissive verbs: "X agreed / offered / promised to <verb>" expresses intent to
# cooperate (CAMEO 030), whatever the verb's own default code.
COMMISSIVE_VERBS = frozenset({"agree", "offer", "promise", "pledge", "vow", "commit"})
INTENT_CODE = "030"

# --- triggers that are nouns ----------------------------------------------------------

# Meeting nouns, with their CAMEO code: "the chancellor's visit to Brazil", "talks between A and B"
# (CAMEO codebook codes of the act each noun names).
NOUN_TRIGGERS = {
    "visit": "042",
    "trip": "042",
    "talk": "046",
    "talks": "046",
    "negotiation": "046",
    "meeting": "040",
    "summit": "040",
    "consultation": "040",
    # protests and attacks named as nouns: "Palestinian riots against Israeli policies"
    "protest": "141",
    "protests": "141",
    "demonstration": "141",
    "demonstrations": "141",
    # sanctions named as nouns: "announced a trade embargo against Iran"
    "embargo": "163",
    "blockade": "191",
    "riot": "145",
    "riots": "145",
    "attack": "190",
    "attacks": "190",
    "raid": "190",
    "raids": "190",
    "airstrike": "195",
    "airstrikes": "195",
    "invasion": "192",
}

# --- modality ---------------------------------------------------------------------------

# Auxiliaries that make the clause not (yet) factual.
MODAL_AUXILIARIES = {
    "will": "future",
    "shall": "future",
    "would": "possible",
    "could": "possible",
    "may": "possible",
    "might": "possible",
    "should": "demanded",
    "must": "demanded",
    "can": "possible",
    "'ll": "future",
    "wo": "future",
    "ca": "possible",
}

# Verbs whose complement clause did not (yet) happen, by the mode they give it.
# Any other governor of an infinitival complement gives mode "unasserted".
GOVERNOR_MODES = {
    "expect": "expected",
    "plan": "planned",
    "schedule": "planned",
    "intend": "planned",
    "prepare": "planned",
    "aim": "planned",
    "hope": "expected",
    "want": "intended",
    "wish": "intended",
    "seek": "intended",
    "try": "intended",
    "attempt": "intended",
    "propose": "proposed",
    "suggest": "proposed",
    "demand": "demanded",
    "urge": "demanded",
    "ask": "demanded",
    "call": "demanded",
    "request": "demanded",
    "insist": "demanded",
    "threaten": "threatened",
    "consider": "possible",
    "agree": "agreed",
    "offer": "offered",
    "promise": "promised",
    "pledge": "promised",
    "vow": "promised",
    "decide": "planned",
    "instruct": "demanded",
    "order": "demanded",
    "allow": "possible",
    "likely": "possible",
    "possible": "possible",
    "ready": "intended",
    "willing": "intended",
    "prepared": "intended",
    "determined": "intended",
    "eager": "intended",
}

# Governors whose complement did happen: "began to withdraw", "managed to sign".
FACTIVE_GOVERNORS = frozenset(
    {
        "begin",
        "start",
        "continue",
        "keep",
        "resume",
        "manage",
        "finish",
        "go",
        "help",
    }
)

# Governors that deny their complement: "failed to agree", "refused to meet".
NEGATING_GOVERNORS = {
    "fail": "failed",
    "deny": "denied",
    "refuse": "refused",
    "decline": "refused",
    "avoid": "avoided",
    "reject": "refused",
    "unable": "failed",
    "unwilling": "refused",
}

# Verbs that, governing an event, are modality markers and not events themselves.
MODALITY_VERBS = frozenset(GOVERNOR_MODES) | frozenset(NEGATING_GOVERNORS) | FACTIVE_GOVERNORS

# Clause-level markers: subordinators of conditions, and negators outside the "neg" arc.
CONDITIONAL_MARKERS = frozenset({"if", "unless", "whether"})
NEGATORS = frozenset({"not", "n't", "never", "no"})
# Adjectives that make a meeting noun hypothetical: "a possible visit".
HYPOTHETICAL_ADJECTIVES = {
    "possible": "possible",
    "planned": "planned",
    "proposed": "proposed",
    "future": "planned",
    "upcoming": "planned",
    "expected": "expected",
    "potential": "possible",
    "prospective": "possible",
}

# --- roles ------------------------------------------------------------------------------

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "dative", "attr"})
# Prepositions that introduce the target of an event ("accused X of", "talks with X").
TARGET_PREPOSITIONS = frozenset(
    {
        "with",
        "to",
        "against",
        "on",
        "at",
        "toward",
        "towards",
        "into",
        "from",
        "for",
        "upon",
    }
)
# For these types a "with X" phrase names the other party of a joint act.
JOINT_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# Meeting nouns name their parties with these prepositions: "talks between A and B".
# In order of preference ("visit to Japan on December 15": "to" names the party).
NOUN_PARTY_PREPOSITIONS = ("between", "with", "to", "against", "of", "on")

# Pronouns and generic nouns that do not name an actor on their own.
EMPTY_ACTOR_LEMMAS = frozenset({"it", "this", "that", "which", "who", "what", "there"})

# Plural agent nouns whose singular the agent lists lack: map the lemma spaCy gives.
AGENT_SECTOR_FALLBACK = {
    "official": "GOV",
    "leader": "GOV",
    "diplomat": "GOV",
    "spokesman": "GOV",
    "spokeswoman": "GOV",
    "lawmaker": "LEG",
    "authority": "GOV",
    "side": "GOV",
}

# Verbs whose block in CAMEO.2.0 has no default code although the verb alone is an
# act of refusal (CAMEO 12, "Reject"): "refused the offer", "rejected the plan".
DEFAULT_CODES = {
    "reject": "120",
    "refuse": "120",
    "decline": "120",
    "rebuff": "120",
    "spurn": "120",
    "veto": "129",
    "deny": "016",
    # halting an exchange reduces relations (CAMEO 16) unless a pattern says
    # what was halted ("halted the offensive")
    "halt": "160",
    "suspend": "160",
}

# Modality verbs that are not events when they govern a clause: "expected to sign" is
# about signing; "failed to agree" is about agreeing.  (Commissives, demands and
# threats stay events: "agreed to meet" is an AGREE.)
MARKER_ONLY_VERBS = frozenset(
    {
        "expect",
        "plan",
        "schedule",
        "intend",
        "prepare",
        "aim",
        "hope",
        "want",
        "wish",
        "seek",
        "try",
        "attempt",
        "fail",
        "begin",
        "start",
        "continue",
        "keep",
        "resume",
        "manage",
        "finish",
        "go",
        "help",
        "consider",
        "decide",
        "allow",
        "seem",
        "appear",
        "be",
        "have",
        "need",
        "like",
        "use",
        "get",
        "work",
    }
)

# Light verbs: "made concessions", "held talks", "gave support" report the act their
# object names; the object is looked up in the verb dictionary instead.
# Aspectual verbs do the same: "continued a hunger strike", "resumed talks".
LIGHT_VERBS = frozenset(
    {
        "make",
        "take",
        "give",
        "hold",
        "conduct",
        "carry",
        "stage",
        "have",
        "mount",
        "continue",
        "resume",
        "begin",
        "start",
    }
)

# Verbs whose subject does the act their object (or "for" object) names: "staged a
# protest", "flew to Beijing for talks".  Verbs that judge an act are not here.
NOUN_DOER_VERBS = LIGHT_VERBS | frozenset(
    {
        "stage",
        "launch",
        "organise",
        "organize",
        "lead",
        "join",
        "hold",
        "arrive",
        "fly",
        "travel",
        "go",
        "come",
        "open",
        "start",
        "begin",
        "staged",  # the English model lemmatizes "staged" as the noun "stag"
        "announce",
        "impose",
        "declare",
        "order",
    }
)

# Quantity heads of a subject: "thousands of workers" acts through "workers".
QUANTITY_NOUNS = frozenset(
    {
        "thousand",
        "thousands",
        "hundred",
        "hundreds",
        "dozen",
        "dozens",
        "million",
        "millions",
        "group",
        "groups",
        "number",
        "some",
        "many",
        "several",
        "all",
        "members",
        "member",
        "crowd",
        "crowds",
        "score",
        "scores",
    }
)

# Reported speech: "Syria says it will withdraw" -- the pronoun is the reporter.
REPORTING_VERBS = frozenset(
    {
        "say",
        "tell",
        "announce",
        "state",
        "declare",
        "add",
        "insist",
        "claim",
        "report",
        "confirm",
        "indicate",
        "stress",
        "warn",
        "note",
        "explain",
        "reiterate",
    }
)
REPORTED_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})
# "said it would ...": in reported speech these report the future of the reporting time.
REPORTED_FUTURE_AUXILIARIES = frozenset({"would", "'d"})

# Acts done to a place: their target without a country is in the place ("shelled a
# market in Chad" targets Chad; a protest in Serbia is aimed at Serbia's rulers).
# Meetings are not: "met in Geneva" is not with Geneva.
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})

# Nationality suffixes, longest first: a NORP word the country table lacks ("Icelandic")
# is matched to the one country name that starts with its stem ("Iceland").
DEMONYM_SUFFIXES = ("ians", "ian", "ans", "ese", "ish", "ic", "an", "i", "n")
DEMONYM_MIN_STEM = 4

# Agreement nouns the CAMEO synonym set &TREATY lacks ("signed a cooperation deal").
SYNSET_SUPPLEMENTS = {
    "&treaty": ("deal", "memorandum", "memorandum of understanding", "convention", "protocol"),
    # armed units &MILITARY lacks ("moved two divisions to the border")
    "&military": (
        "forces",
        "divisions",
        "division",
        "tanks",
        "warships",
        "units",
        "artillery",
        "regiments",
        "battalion",
        "brigade",
        "soldier",
        "troop",
    ),
}

# Verb forms in fixed expressions that report no act: "according to", "taking into
# account", "given that".  (form, word after it)
FIXED_EXPRESSIONS = frozenset(
    {
        ("according", "to"),
        ("taking", "into"),
        ("take", "into"),
        ("took", "into"),
        ("given", "that"),
        ("regarding", "the"),
    }
)

# First-person pronouns inside a quotation stand for its speaker ("We signed ...").
FIRST_PERSON = frozenset({"i", "we", "me", "us"})

# A stated intention is itself an act (CAMEO 03 "express intent to ..." mirrors roots
# 04-08, CAMEO 13 "threaten" mirrors 14-20): "Kenya will send aid" is an AGREE now,
# whatever becomes of the aid.  Root of the intended act -> code of the statement.
INTENT_CODES = {
    "04": "036",
    "05": "032",
    "06": "031",
    "07": "033",
    "08": "035",
    "14": "130",
    "15": "130",
    "16": "131",
    "17": "130",
    "18": "138",
    "19": "138",
    "20": "138",
}
# Modes in which the doer states the intention (not others expecting or demanding it).
INTENT_MODES = frozenset({"future", "planned", "intended"})
# A promise of force is a threat ("vowed to strike X"); a promise of anything else, even
# of coercion ("promised to crack down on smuggling"), stays an intent to cooperate.
FORCE_ROOTS = frozenset({"18", "19", "20"})

# Acts addressed to someone who is to act in a "that" clause: "urged that X withdraw".
ADDRESSEE_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN", "REJECT"})

# Country abbreviations the country tables lack (they have "U.K." but not "UK").
COUNTRY_ALIASES = {
    "uk": "GBR",
    "gaza": "PSE",
    # nationality nouns the tables and the suffix rule miss
    "serb": "SRB",
    "serbs": "SRB",
    "kazakh": "KAZ",
    "azeri": "AZE",
    "azeris": "AZE",
}

# Seats of government that stand for it in news ("the Kremlin said"), like capitals.
GOVERNMENT_SEATS = {
    "kremlin": "RUS",
    "white house": "USA",
    "state department": "USA",
    "pentagon": "USA",
    "downing street": "GBR",
    "whitehall": "GBR",
    "elysee": "FRA",
    "élysée": "FRA",
    "quai d'orsay": "FRA",
    "zhongnanhai": "CHN",
    "blue house": "KOR",
}

# Possessives that make an object the doer's own ("withdrew its troops from X"): such an
# object is not the target; a preposition after it names the target instead.
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})

# Quotation marks: a pronoun inside a direct quotation is not its reporter.
QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''", "«", "»"})

# Light-verb objects that name an act as a noun ("concession", "agreement", "meeting");
# a bare verb-like object ("took the first step") is not looked up.
ACT_NOUN_SUFFIXES = ("ion", "ment", "ance", "ence", "al", "ure", "ing", "ship")

# Verbs that name a PLOVER type but whose CAMEO default is another root: "agreed"
# defaults to 050 (diplomatic cooperation) in CAMEO.2.0, yet PLOVER's AGREE is named
# for it.  Used only when no pattern of the verb matches.
VERB_CODE_OVERRIDES = {
    "agree": "030",
    "cooperate": "060",
    "aid": "070",
    "retreat": "0874",
    # CAMEO.2.0 defaults "withdraw" to yielding (080); with no pattern
    # naming what is withdrawn, it is a withdrawal from a place
    "withdraw": "0874",
    # "rebuffed the calls", "dismissed the offer": refusals (CAMEO 12),
    # although CAMEO.2.0 files them under disapproval
    "rebuff": "120",
    "dismiss": "120",
    # an invitation states the will to meet (codebook AGREE)
    "invite": "036",
}

# Refusing for the future is rejecting now: "will not accept refugees" (CAMEO 12).
REFUSAL_CODE = "120"
# Requiring an act of another in reported speech is demanding it (CAMEO 10).
DEMAND_CODE = "100"

# Prepositions through which a target is looked for inside an object ("positions of
# the army", "calls by the rulers", "sanctions against Iran"); never places ("in Lima").
NESTED_TARGET_PREPOSITIONS = frozenset(
    {
        "of",
        "by",
        "against",
        "for",
        "from",
        "to",
        "on",
        "with",
        "toward",
        "towards",
    }
)

# Adjunct phrases that never fill a verb's CAMEO pattern: "suspended trade after the
# attack" is not a ceasefire ("after" + "attack"), "called on Saturday" not an appeal.
ADJUNCT_PREPOSITIONS = frozenset(
    {
        "after",
        "before",
        "during",
        "since",
        "until",
        "despite",
        "amid",
        "following",
        "throughout",
        "ahead",
    }
)
# Patterns made only of these words say little; one written for another verb of the
# block ("welcome ... to" = host a visit) does not apply to "praised X for ... to ...".
FUNCTION_WORDS = frozenset(
    {
        "to",
        "on",
        "with",
        "for",
        "from",
        "in",
        "at",
        "into",
        "of",
        "by",
        "against",
        "over",
        "about",
        "up",
        "out",
        "off",
        "down",
        "back",
        "away",
    }
)

# "X wants Y to do Z": a wish about another's act is a demand of it (CAMEO 10).
DESIRE_VERBS = frozenset({"want", "wish"})

# Objects of a light verb that name a military exercise: joint ones are military
# cooperation (CAMEO 062), others a show of force (CAMEO 150).
EXERCISE_NOUNS = frozenset({"exercise", "drill", "manoeuvre", "maneuver", "war game"})
JOINT_MODIFIERS = frozenset({"joint", "combined", "bilateral", "trilateral"})
JOINT_EXERCISE_CODE = "062"
SHOW_OF_FORCE_CODE = "150"

# Where protesters stand names whom they protest: "rallied outside the Japanese embassy".
PROTEST_SITE_PREPOSITIONS = frozenset({"outside", "at", "near", "before"})

# Nouns naming a protest act after a verb of undertaking: "went on strike", "began a
# hunger strike" (CAMEO 14 codes); the verb's own code ("go" = travel) is not the act.
# "walked out in protest at": an act done "in protest" is a protest (CAMEO 140).
IN_PROTEST_CODE = "140"
PROTEST_ACT_NOUNS = {
    "strike": "143",
    "hunger strike": "142",
    "boycott": "143",
    "sit-in": "141",
    "walkout": "143",
    "march": "141",
    "rally": "141",
}

# "lodged a protest with X", "filed a complaint": an official complaint (CAMEO 114,
# ACCUSE), not a street protest.
COMPLAINT_VERBS = frozenset({"lodge", "file", "register", "submit", "deliver"})
COMPLAINT_NOUNS = frozenset({"protest", "complaint", "objection"})
COMPLAINT_CODE = "114"

# Verbs of feeling: in the passive with no agent ("were disappointed with", "is worried
# about") they describe a state, not an act, and code no event.
EMOTION_VERBS = frozenset(
    {
        "disappoint",
        "worry",
        "concern",
        "surprise",
        "shock",
        "upset",
        "frustrate",
        "anger",
        "dismay",
        "alarm",
        "trouble",
        "please",
        "satisfy",
        "delight",
        "encourage",
        "disturb",
        "outrage",
        "offend",
        "disgust",
        "embarrass",
        "scare",
        "frighten",
        "annoy",
        "irritate",
    }
)

# Plurals that, with "two" or "both", stand for the two actors named last ("the two
# leaders agreed"): people for the first set, countries for the rest.
PAIR_PERSON_NOUNS = frozenset({"leader", "president", "minister", "premier", "head"})
PAIR_NOUNS = PAIR_PERSON_NOUNS | {"side", "country", "nation", "government", "state"}
