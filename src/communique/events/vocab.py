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
# Draft 0.8 moves a few codes out of their CAMEO root; the PLOVER gold standard (coded
# with the earlier drafts, one type per CAMEO root except root 08) and the codebook's
# COERCE ("arrest or detain people", "seize") keep them with their root:
# - 175 "violent repression": CAMEO.2.0 files arrests of protesters and journalists
#   under it ("arrested a journalist"): COERCE, not ASSAULT;
# - 1712 "destroy property" (demolitions by the authorities): COERCE, as root 17;
# - 191 "impose blockade" and 192 "occupy territory" ("troops seized the town"): armed
#   force, root 19: ASSAULT (the older FIGHT).
PLOVER_OVERRIDES = {
    "057": "AGREE",
    "163": "SANCTION",
    "016": "REJECT",
    "175": "COERCE",
    "1712": "COERCE",
    "191": "ASSAULT",
    "192": "ASSAULT",
}

# Verbs missing from CAMEO.2.0 although the CAMEO codebook names them as appeals (020).
SUPPLEMENTARY_VERBS = {
    "urge": "020",
    "call on": "020",
    "call for": "020",
    "press for": "020",
    "press": "020",
    "mass": "154",
    "downgrade": "161",
    # killing by a mob (CAMEO 1823), demolishing by bulldozer (1712)
    "lynch": "1823",
    "bulldoze": "1712",
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
    # "would never give up its claim": yielding (CAMEO 08), so its refusal is a REJECT
    "give up": "080",
    # giving back what was taken is a return (CAMEO 084), as "return" and "release" are
    "hand back": "084",
    "give back": "084",
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
    # fighting named as a noun: "clashes erupted between Armenian and Azerbaijani forces"
    "clash": "190",
    "clashes": "190",
    "fighting": "190",
    "battle": "190",
    "shelling": "194",
}

# --- acts named by the object of a verb of saying or doing --------------------------------

# "extended an invitation", "voiced opposition", "issued a warning": the verb only
# delivers the act its object names.  Object lemma -> CAMEO code (codebook code of the
# act: 036 invite, 030 express intent, 051 praise or endorse, 111 criticize, 130 threaten,
# 139 ultimatum, 020 appeal, 100 demand, 055 apologize).
ACT_NOUN_CODES = {
    "invitation": "036",
    "willingness": "030",
    "intention": "030",
    "intent": "030",
    "desire": "030",
    "readiness": "030",
    "commitment": "030",
    "pledge": "030",
    "support": "051",
    "solidarity": "051",
    "praise": "051",
    "backing": "051",
    "endorsement": "051",
    "apology": "055",
    "opposition": "111",
    "condemnation": "111",
    "criticism": "111",
    "disapproval": "111",
    "warning": "130",
    "threat": "130",
    "ultimatum": "139",
    "appeal": "020",
    "plea": "020",
    "request": "020",
    "demand": "100",
    # investigations opened or ordered: "launched an inquiry into the shooting"
    "investigation": "090",
    "inquiry": "090",
    "probe": "090",
    # sanctions delivered by any verb: "slapped an arms embargo on Belarus"
    "embargo": "163",
    "sanction": "163",
    "sanctions": "163",
}
# Verbs that deliver such an act rather than doing one of their own ("expressed support"
# is praise, not the dictionary's "express" = disapprove).
ACT_DELIVERY_VERBS = frozenset(
    {
        "extend",
        "issue",
        "express",
        "voice",
        "make",
        "give",
        "deliver",
        "renew",
        "reiterate",
        "repeat",
        "send",
        "offer",
        "pledge",
        "declare",
        "announce",
        "slap",
        "impose",
        "launch",
        "open",
        "order",
    }
)

# "Blocked Sweden's bid", "thwarted the resolution": stopping another's proposal is
# rejecting it (CAMEO 12), not coercion (the dictionary's "block" = 170).
BLOCKING_VERBS = frozenset({"block", "thwart", "torpedo", "scuttle", "veto"})
PROPOSAL_NOUNS = frozenset(
    {"bid", "proposal", "resolution", "plan", "deal", "move", "attempt", "request",
     "motion", "application", "accession", "membership", "initiative", "nomination"}
)

# "Occupied the university to protest against fees": an act whose purpose is to protest
# is a protest (CAMEO 140), as one done "in protest" is.
PROTEST_PURPOSE_VERBS = frozenset({"protest", "demonstrate", "denounce", "condemn"})

# Verbs of assent: negated by the doer ("has not accepted the verdict", "will never
# recognize the vote") they state a refusal, which the codebook's REJECT takes ("all
# rejections and refusals").  "Agree" is not here: "did not agree on a date" is no refusal.
ASSENT_VERBS = frozenset(
    {
        "accept",
        "approve",
        "recognize",
        "recognise",
        "endorse",
        "allow",
        "permit",
        "tolerate",
        "comply",
        "obey",
        "heed",
        "ratify",
        "support",
        "back",
        "acknowledge",
        "consent",
    }
)

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
    # an attempt is not a plan stated for later: "tried to assassinate" is no threat
    "try": "attempted",
    "attempt": "attempted",
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

# "Would not hesitate to use force": a negated hesitation asserts the intent.
LITOTES_GOVERNORS = frozenset({"hesitate"})

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
        "out of",
    }
)
# Which of several prepositional phrases on a verb names the target, best first: the
# addressee ("appealed to X for help", "fired from Gaza into Israel"); "from" and "out
# of" name what is left ("withdrew from X") only when nothing else does.
TARGET_PREPOSITION_PREFERENCE = (
    "with", "to", "against", "at", "on", "upon", "toward", "towards", "into", "for", "from",
    "out of", "between",  # "mediated between X and Y"
    "around",  # "held drills around X"
)
# Nouns for a frontier: a border named with a country is that country's ("massed troops
# along its border with X", "on the Lebanese border").
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
# Agents of a country's own public life (sector codes of the agent tables): named without
# a nationality, they belong to the country where they act ("police fired on students
# in Dhaka") or to that of a domestic body acting on them ("Turkish police detained
# opposition activists").  Armed forces and rebels are left out: they often fight abroad
# or against foreigners.
DOMESTIC_SECTORS = frozenset({
    "GOV", "COP", "LEG", "JUD", "CVL", "OPP", "PTY", "EDU", "LAB",
    "AGR", "MED",  # farmers, doctors: "farmers protested against the government's plans"
})
# Verbs whose object does not do what the verb's complement says ("promised Iraq to
# help": the promiser helps); after other verbs it does ("urged Iraq to comply").
SUBJECT_CONTROL_VERBS = frozenset({"promise", "pledge", "vow", "threaten"})
# Verbs whose clause names who is helped or let act ("help X rebuild", "let X build"):
# that clause's subject is the target.
SMALL_CLAUSE_VERBS = frozenset({"help", "let", "assist", "enable", "allow", "permit"})
# Verbs of receiving: the one named after "from" gives, the subject gets ("Cuba obtained
# a loan from China": China -> Cuba).
RECEIVING_VERBS = frozenset(
    {"receive", "obtain", "get", "secure", "accept", "win", "gain", "earn", "garner"}
)
# Only for what is given, help or backing ("won support from France": France backs the
# subject): accepting a proposal or receiving a visitor is the subject's own act ("Iraq
# accepted a proposal from Russia" is Iraq's agreement).
RECEIVED_TYPES = frozenset({"AID", "SUPPORT"})
# "Iranian-backed", "Western-funded": a patron named on an actor is another actor, so
# its country is not the actor's (a leader is part of what it leads: "the Saudi-led
# coalition" keeps Saudi Arabia).
PATRON_PARTICIPLES = frozenset({"back", "backed", "support", "supported", "fund", "funded",
                                "sponsor", "sponsored", "arm", "armed", "train", "trained"})
# "the North" / "the South" of a divided country -> the half's code, when the sentence
# names the half itself or its kin (either half of the pair).
DIVIDED_COUNTRY_HALVES = {
    "north": {"PRK": frozenset({"KOR", "PRK"})},
    "south": {"KOR": frozenset({"KOR", "PRK"}), "SSD": frozenset({"SDN", "SSD"})},
}
# Prepositions naming the author of a text that acts ("a message from the king urged").
AUTHOR_PREPOSITIONS = ("by", "from")
# Verbs of travel: a consultation reached by one is hosted where it arrives ("arrived in
# Athens for talks", "flew to Beijing for consultations").
TRAVEL_VERBS = frozenset({"arrive", "fly", "travel", "go", "come", "head", "journey"})
# Prepositions placing an act at a frontier.
BORDER_PREPOSITIONS = frozenset({"along", "near", "on", "at", "across", "to", "toward",
                                 "towards", "by"})
# For these types a "with X" phrase names the other party of a joint act.
JOINT_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# Verbs of a joint act whose object is its topic, never a party: "discussed US missile
# defence" is not a consultation with the United States.
TOPIC_VERBS = frozenset({"discuss", "debate", "consider", "review", "examine", "address",
                         "raise", "tackle", "explore"})
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
    # heads and envoys of a body ("the head of the Palestinian delegation")
    "head": "GOV",
    "chief": "GOV",
    "delegation": "GOV",
    "negotiator": "GOV",
    "aide": "GOV",
    "adviser": "GOV",
    "advisor": "GOV",
    "mission": "GOV",
    "party": "PTY",
    "supporter": "CVL",
    "opposition": "OPP",
    "activist": "CVL",
    "demonstrator": "CVL",
    "student": "EDU",
    # armed forces and the weapons that stand for them ("Israeli jets pounded ...")
    "force": "MIL",
    "forces": "MIL",
    "troop": "MIL",
    "troops": "MIL",
    "jet": "MIL",
    "warship": "MIL",
    "gunboat": "MIL",
    "helicopter": "MIL",
    "tank": "MIL",
}

# --- acts decided by what the verb acts on, or by who does it ---------------------------

# Moving armed units or weapons ("sent two warships to the Gulf", "deployed missiles
# along the coast") is a deployment (CAMEO 154, MOBILIZE), whichever of the dictionary's
# equally specific "send &MILITARY" patterns (062, 072, 154) comes first; sending them
# "to help" or "to protect" someone is military aid, left to the dictionary.
DEPLOYMENT_VERBS = frozenset(
    {"send", "deploy", "dispatch", "move", "station", "redeploy", "rush", "position",
     "scramble"}
)
DEPLOYED_SYNSETS = ("&military", "&weapon", "&aircraft")
# Sending peacekeepers is providing peacekeeping (CAMEO 074, AID), not mobilising.
PEACEKEEPER_SYNSET = "&pko"
PEACEKEEPING_CODE = "074"
AID_PURPOSE_VERBS = frozenset({"help", "assist", "support", "protect", "defend", "aid"})
MOBILIZE_CODE = "154"

# "Students clashed with riot police": fighting the police is a violent protest (CAMEO
# 145), not a battle between armed forces.
RIOT_VERBS = frozenset({"clash", "fight", "battle", "scuffle"})
POLICE_NOUNS = frozenset({"police", "policeman", "policemen", "riot police", "security forces"})
RIOT_CODE = "145"

# "Used force against the rebels", "resorted to force": conventional force (CAMEO 190);
# stated as the doer's future it is a threat of force ("would use force" -> 138).
FORCE_USE_VERBS = frozenset({"use", "employ", "resort"})
FORCE_NOUNS = frozenset({"force", "military force", "armed force", "violence"})
FORCE_CODE = "190"
# Weapons used: conventional force (190), and weapons of mass destruction (CAMEO 204),
# not the "violent repression" (175) the dictionary gives "use &WEAPON".
FORCE_WEAPON_SYNSET = "&weapon"
MASS_DESTRUCTION_SYNSET = "&wmd"
MASS_DESTRUCTION_CODE = "204"

# "Placed the opposition leader under house arrest", "put the city under curfew": the
# state someone is put under names the act (CAMEO 173 arrest, 1723 curfew, 1724 martial
# law or emergency, 191 siege).
UNDER_ACT_NOUNS = {
    "arrest": "173",
    "house arrest": "173",
    "detention": "173",
    "curfew": "1723",
    "martial law": "1724",
    "emergency": "1724",
    "siege": "191",
}

# Leaving a body or a treaty ("withdrew from the African Union", "pulled out of the
# arms treaty") reduces relations (CAMEO 16, SANCTION), unlike leaving a place (RETREAT).
WITHDRAWAL_VERBS = frozenset({"withdraw", "pull out", "quit", "leave", "exit"})
RELATION_BODIES = frozenset(
    {
        "union",
        "alliance",
        "treaty",
        "pact",
        "accord",
        "agreement",
        "deal",
        "organization",
        "organisation",
        "council",
        "court",
        "convention",
        "commission",
        "bloc",
        "league",
        "coalition",
        "federation",
        "community",
    }
)
RELATION_CUT_CODE = "160"

# "Would not return to the talks", "rejoined the negotiations": going to a meeting is
# the meeting's act (its noun's code), so refusing to go is refusing to meet.
JOINING_VERBS = frozenset({"return", "rejoin", "join", "attend", "participate"})

# "A roadside bomb killed four soldiers": a weapon as the subject of an attack stands for
# an unnamed attacker; the act is kept when its target is known.
WEAPON_SUBJECTS = frozenset(
    {"bomb", "explosion", "blast", "mine", "missile", "rocket", "shell", "grenade", "attack",
     "airstrike", "strike", "bombing", "shelling", "gunfire", "device"}
)

# "Approved a loan for Kenya", "provided assistance to Haiti": giving what the codebook's
# AID lists ("monetary aid ... grants, gifts and credit", "humanitarian aid") is aid,
# whatever the giving verb's own default (often 060, material cooperation).
AID_GIVING_VERBS = frozenset(
    {"approve", "grant", "extend", "give", "provide", "disburse", "donate", "deliver",
     "airlift", "airdrop", "ship", "send", "dispatch", "despatch", "allocate"}
)
# "Humanitarian aid from Turkey arrived in Somalia": aid as the subject of a verb of
# arrival is aid delivered, not a visit (the default of "arrive").
ARRIVAL_VERBS = frozenset({"arrive", "reach", "land"})
AID_NOUNS = {
    "loan": "071",
    "credit": "071",
    "grant": "071",
    "funding": "071",
    "aid": "070",
    "assistance": "070",
    "relief": "073",
    "food": "073",
    "medicine": "073",
    "medicines": "073",
    "vaccine": "073",
    "tent": "073",
    "blanket": "073",
    "rice": "073",
    "grain": "073",
    "wheat": "073",
    "supplies": "073",
    "medical supplies": "073",
    "humanitarian aid": "073",
    "humanitarian assistance": "073",
    "economic aid": "071",
    "military aid": "072",
    "medical equipment": "073",
    "field hospital": "073",
    "medical team": "073",
    "rescue team": "073",
    "ambulance": "073",
    "military equipment": "072",
    "asylum": "075",
}

# "Allowed UN inspectors into the country": admitting outsiders is the codebook's RETREAT
# ("access": observers, peacekeepers, aid workers; CAMEO 086).
ADMITTING_VERBS = frozenset({"allow", "permit", "admit", "let"})
ADMITTED_NOUNS = frozenset(
    {"inspector", "observer", "monitor", "peacekeeper", "worker", "convoy", "aid",
     "journalist", "investigator", "team", "mission", "delegation", "relief"}
)
ACCESS_CODE = "086"

# Codes that already state an intention (CAMEO 03) or a threat (13): said of the doer's
# own future ("will supply helicopters", coded 0332) they are made when stated.
STATEMENT_ROOTS = frozenset({"03", "13"})

# Civilian crowds: what they block is a protest by obstruction (CAMEO 144, "farmers
# blockaded the ports"), and their violence a riot (145, "rioters set fire to ...").
CROWD_NOUNS = frozenset(
    {"protester", "protestor", "demonstrator", "rioter", "mob", "crowd", "striker",
     "farmer", "fisherman", "fishermen", "trucker", "driver", "student", "worker", "miner",
     "villager", "resident", "activist", "youth", "supporter", "opponent"}
)
# A crowd's blocking is obstruction (144), its boycott a protest boycott (143), not the
# state's coercion (170, 191) or embargo (163).
CROWD_RECODES = {"170": "144", "191": "144", "163": "143"}
VIOLENT_ROOTS = frozenset({"18", "19", "20"})

# "Raised the combat readiness of its army", "heightened the alert": CAMEO 152.
ALERT_VERBS = frozenset({"raise", "increase", "heighten", "step", "boost"})
ALERT_NOUNS = frozenset({"alert", "readiness", "alert level", "combat readiness"})
ALERT_CODE = "152"
# "Declared a state of military alert": the state declared names the act.
DECLARING_VERBS = frozenset({"declare", "announce", "proclaim", "order", "put"})
STATE_NOUNS = frozenset({"state", "level", "status"})

# Expelling a diplomat cuts relations (CAMEO 166, SANCTION), unlike deporting others (174).
# Peacekeepers, observers and inspectors likewise (CAMEO 1661, 1662).
DIPLOMAT_NOUNS = frozenset(
    {"ambassador", "diplomat", "envoy", "consul", "attache", "attaché", "chargé", "charge",
     "peacekeeper", "observer", "inspector", "monitor"}
)
EXPULSION_VERBS = frozenset({"expel", "deport", "kick"})
DIPLOMATIC_EXPULSION_CODE = "166"

# Returning a call or a visit is making one (CAMEO 041 phone call, 042 visit), not the
# return of persons or property (084) that "return" defaults to.
RETURNING_VERBS = frozenset({"return", "reciprocate"})
RETURNED_CALL_NOUNS = frozenset({"call", "phone", "telephone"})
RETURNED_VISIT_NOUNS = frozenset({"visit", "trip"})
# Defending a stance or record is verbal support (CAMEO 051), not protection (074).
DEFENDING_VERBS = frozenset({"defend", "justify"})
DEFENDED_STANCE_NOUNS = frozenset(
    {"record", "decision", "policy", "position", "stance", "right", "action", "move",
     "choice", "handling", "conduct", "response", "plan", "approach"}
)
VERBAL_SUPPORT_CODE = "051"
# A participle joined by a hyphen to the word before it is part of an adjective ("US-led
# coalition", "Iranian-backed militias"), not an act.
HYPHEN = "-"
PHONE_CALL_CODE = "041"
VISIT_CODE = "042"

# Breaking a truce is violating a ceasefire (CAMEO 196), whatever the verb of breaking.
BREACHING_VERBS = frozenset({"break", "breach", "violate", "flout"})
TRUCE_NOUNS = frozenset({"truce", "ceasefire", "cease-fire", "armistice"})
CEASEFIRE_VIOLATION_CODE = "196"
# Laying down or surrendering arms ends the fight (CAMEO 0871, the dictionary's code of
# "lay down &weapon", whose synonym set lacks the plain word "arms").
DISARMING_VERBS = frozenset({"lay", "surrender", "relinquish"})
ARMS_NOUNS = frozenset({"arm", "arms", "weapon", "gun"})
LAID_DOWN_ARMS_CODE = "0871"

# Putting trade barriers on another is an economic sanction (CAMEO 163, embargo, boycott
# or sanctions): "slapped tariffs on", "imposed duties on", "levied an embargo".
TRADE_BARRIER_VERBS = frozenset({"impose", "slap", "levy", "place", "put", "introduce"})
TRADE_BARRIER_NOUNS = frozenset(
    {"tariff", "duty", "levy", "embargo", "boycott", "sanction", "quota"}
)
TRADE_SANCTION_CODE = "163"

# Receiving a visitor is hosting a visit (CAMEO 043): "received the visiting chancellor",
# "hosted a delegation of lawmakers".  The guest is an official (agent sector GOV), a
# named person, or one of these nouns; greeting verbs host only a "visiting" guest.
HOSTING_VERBS = frozenset({"receive", "host"})
GREETING_VERBS = frozenset({"welcome", "greet"})
GUEST_SECTORS = frozenset({"GOV"})
GUEST_NOUNS = frozenset(
    {"delegation", "counterpart", "visitor", "guest", "lawmaker", "official", "emissary",
     "mission", "leader"}
)
VISITING_MODIFIERS = frozenset({"visiting"})
HOST_VISIT_CODE = "043"

# "Found the commander guilty": a verdict (CAMEO 116, find guilty or liable).
VERDICT_VERBS = frozenset({"find", "declare", "pronounce", "rule"})
VERDICT_WORDS = frozenset({"guilty", "liable"})
VERDICT_CODE = "116"

# Sending to people in need is humanitarian aid (CAMEO 073): "sent tents to the victims".
NEEDY_NOUNS = frozenset({"victim", "survivor", "refugee", "displaced", "needy", "homeless",
                         "evacuee", "famine"})
HUMANITARIAN_AID_CODE = "073"

# "Gave Yemen $2 billion": money given is economic aid (CAMEO 071).
MONEY_AID_CODE = "071"

# "Dropped its demand for an apology", "withdrew its objection": yielding (CAMEO 080).
YIELDING_VERBS = frozenset({"drop", "abandon", "withdraw", "waive", "relinquish", "give up",
                            "shelve", "renounce"})
CLAIM_NOUNS = frozenset({"demand", "claim", "objection", "opposition", "condition",
                         "precondition", "veto", "insistence", "request"})
YIELD_CODE = "080"

# Modifiers of length ("a 24-hour strike", "a two-day visit") do not change the act.
DURATION_NOUNS = frozenset({"hour", "day", "week", "month", "year", "minute"})

# Stances stated with a copula: "is critical of the decision" (111), "has been supportive
# of the process" (051), "is ready for talks" (030).  Adjective -> CAMEO code.
STANCE_ADJECTIVES = {
    "critical": "111",
    "hostile": "110",
    "opposed": "110",
    "supportive": "051",
    "grateful": "051",
    "thankful": "051",
    "ready": "030",
    "willing": "030",
    "prepared": "030",
    "committed": "030",
}

# What is eased or lifted decides the act (CAMEO 08): a blockade (0872) or sanctions
# (085) eased are a RETREAT, a curfew (0813) or an emergency (0814) too; other
# restrictions eased are a concession (081, the default of EASING_VERBS).
EASING_VERBS = frozenset({"ease", "lift", "relax", "loosen"})
EASED_NOUN_CODES = {
    "blockade": "0872",
    "siege": "0872",
    "sanction": "085",
    "sanctions": "085",
    "embargo": "085",
    "boycott": "085",
    "curfew": "0813",
    "emergency": "0814",
    "martial law": "0814",
}

# "Accepted the strikers' demands": acceding to demands (CAMEO 083, CONCEDE).
ACCEDING_VERBS = frozenset({"accept", "meet", "grant", "satisfy", "heed", "fulfil", "fulfill"})
ACCEDED_NOUNS = frozenset({"demand", "grievance"})
ACCEDE_CODE = "083"

# "Ended military operations in Aceh", "halted the offensive": de-escalation (CAMEO 087,
# RETREAT), not the reduction of relations that "halt" or "suspend" alone is.
ENDING_VERBS = frozenset({"end", "halt", "stop", "suspend", "call", "cease", "scale"})
HOSTILITY_NOUNS = frozenset(
    {"operation", "offensive", "attack", "bombing", "hostility", "fighting", "campaign",
     "raid", "airstrike", "shelling", "war", "assault", "incursion"}
)
DEESCALATION_CODE = "087"

# Firing a weapon at nothing ("launched a ballistic missile", "tested a new missile") is
# a weapons test: a show of force (CAMEO 150, MOBILIZE "test weapons systems"); aimed
# "at", "on" or "into" something it is an attack, left to the dictionary.
WEAPON_TEST_VERBS = frozenset({"launch", "fire", "test", "test-fire"})
AIMING_PREPOSITIONS = frozenset({"at", "on", "into", "against", "toward", "towards", "over"})
WEAPON_TEST_NOUNS = frozenset({"test", "tests", "launch", "launches"})

# "Declined to comment", "refused to be named": declining to speak is a statement
# (CAMEO 011), not a refusal of anything; very common in news, never an event.
REFUSAL_VERBS = frozenset({"refuse", "decline"})
SPEECH_COMPLEMENTS = frozenset(
    {"comment", "elaborate", "speculate", "confirm", "disclose", "reveal", "say", "specify",
     "name", "identify", "give", "answer", "respond",
     "rule"}  # "refused to rule out a tax": declining to commit, in words
)

# "Insisted that Israel withdraw" demands an act of another; "insisted that it would not
# hand over power" only states the speaker's own position (the complement's act).
OWN_POSITION_VERBS = frozenset({"insist"})

# --- verb codes where the dictionary has none or a misleading one -----------------------

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
    # ignoring a resolution or a ruling is defying norms (CAMEO 128)
    "ignore": "128",
    "flout": "128",
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
# Verbs that put a question as often as a request; only a request is an event.
QUESTION_VERBS = frozenset({"ask"})
QUESTION_MARKS = frozenset({"whether", "if"})
# How many characters before its sentence a bare "asked" looks for the quoted question
# ('"Why now?" he asked': the question mark and closing quote just before).
QUESTION_REACH = 3
# Doers that name nobody unless coreference resolves them to an entity.
# No deity is a political actor: "God bless America", "may God protect our troops".
DEITIES = frozenset({"god", "allah", "the lord", "lord", "the almighty", "jesus"})
ANONYMOUS_DOERS = frozenset({"i", "me", "you", "we", "us", "he", "him", "she", "her", "it",
                             "they", "them", "one", "someone", "somebody", "anyone",
                             "everyone", "people"})
# "said it would ...": in reported speech these report the future of the reporting time.
REPORTED_FUTURE_AUXILIARIES = frozenset({"would", "'d"})

# Acts done to a place: their target without a country is in the place ("shelled a
# market in Chad" targets Chad; a protest in Serbia is aimed at Serbia's rulers).
# Meetings are not: "met in Geneva" is not with Geneva.  Forces moved into a place are
# aimed at it ("deployed troops in Lebanon"), and aid given there goes to it
# ("distributed food to refugees in Sudan").
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "AID"})
# The same for the act a threat announces ("vowed to strike fighters in Syria").
THREAT_PLACE_TYPES = PLACE_TARGET_TYPES | {"THREATEN"}

# Nationality suffixes, longest first: a NORP word the country table lacks ("Icelandic")
# is matched to the one country name that starts with its stem ("Iceland").
DEMONYM_SUFFIXES = ("ians", "ian", "ans", "ese", "ish", "ic", "an", "i", "n")
DEMONYM_MIN_STEM = 4

# Agreement nouns the CAMEO synonym set &TREATY lacks ("signed a cooperation deal").
SYNSET_SUPPLEMENTS = {
    # what is shared in intelligence cooperation ("shared information with Iraq": 064)
    "&evidence": ("information", "intelligence", "data"),
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
        "reinforcements",
        "carrier",
        "carriers",
        "destroyers",
        "warship",
        "jets",
        "warplanes",
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

# Verbs whose passive is an idiom reporting no act: "would be met with a crushing
# response" is no meeting.
PASSIVE_IDIOM_VERBS = frozenset({"meet"})

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
# CAMEO roots of acts done to another (statements, appeals, intents, talks, cooperation,
# aid, concessions, investigation, demands, criticism, rejection, threats, reduced
# relations): with no one they are done to and no country on either side there is no
# act between parties.  Protests (14), shows of force (15), coercion (17) and violence
# (18-20) may have one party.
TWO_PARTY_ROOTS = frozenset(
    {"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "16"}
)
# Modes in which a negated assent is a refusal made now: a plain negation ("has not
# accepted") or the doer's own future or plan ("will not accept").
REFUSAL_STATED_MODES = INTENT_MODES | {"negated"}
# A promise of force is a threat ("vowed to strike X"); a promise of anything else, even
# of coercion ("promised to crack down on smuggling"), stays an intent to cooperate.
FORCE_ROOTS = frozenset({"18", "19", "20"})

# Acts addressed to someone who is to act in a "that" clause: "urged that X withdraw".
ADDRESSEE_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN", "REJECT"})

# Names shared by two states ("Congo": Brazzaville or Kinshasa): no country is better than
# a wrong one; the full names ("Democratic Republic of Congo") and capitals still decide.
# "Congolese" stays with the tables (Kinshasa's): in wire copy it is far more often so.
AMBIGUOUS_COUNTRY_NAMES = frozenset({"congo"})
# Diplomatic posts: "closed its embassy in Baghdad" acts on the host country.
MISSION_NOUNS = frozenset({"embassy", "consulate", "mission", "legation"})

# Country abbreviations the country tables lack (they have "U.K." but not "UK").
COUNTRY_ALIASES = {
    "uk": "GBR",
    "gaza": "PSE",
    "gaza strip": "PSE",
    # nationality nouns the tables and the suffix rule miss
    "serb": "SRB",
    "serbs": "SRB",
    "kazakh": "KAZ",
    "azeri": "AZE",
    "azeris": "AZE",
    # Former states, coded as the ISO state that continues them.
    "yugoslav": "SRB",
    "yugoslavia": "SRB",
    "soviet": "RUS",
    "soviet union": "RUS",
    "ussr": "RUS",
    "czechoslovak": "CZE",
    "czechoslovakia": "CZE",
    "vatican": "VAT",
    "holy see": "VAT",
    # Two nationality words for one community: the country it lives in, not its
    # ethnic kin ("Greek Cypriot" -> Cyprus, "Bosnian Serb" -> Bosnia).
    "greek cypriot": "CYP",
    "greek cypriots": "CYP",
    "turkish cypriot": "CYP",
    "turkish cypriots": "CYP",
    "bosnian serb": "BIH",
    "bosnian serbs": "BIH",
    "bosnian croat": "BIH",
    "bosnian croats": "BIH",
    "bosnian muslim": "BIH",
    "bosnian muslims": "BIH",
    "iraqi kurdish": "IRQ",
    "syrian kurdish": "SYR",
    # Epithets that name one state in wire copy.
    "jewish state": "ISR",
}

# Non-state groups, state news agencies and offices that stand for one country in news
# and that the named-actor tables lack.  Groups active in several countries (al-Qaeda,
# "Kurdish rebels") are left out: they have no one country.
NAMED_GROUPS = {
    "hamas": "PSE",
    "fatah": "PSE",
    "islamic jihad": "PSE",
    "plo": "PSE",
    "palestine liberation organization": "PSE",
    "palestine liberation organisation": "PSE",
    "palestinian authority": "PSE",
    "hezbollah": "LBN",
    "hizbollah": "LBN",
    "hizballah": "LBN",
    "taliban": "AFG",
    "pkk": "TUR",
    "farc": "COL",
    # Somali and Nigerian insurgents that strike neighbours but are coded to their home
    "al-shabaab": "SOM",
    "al shabaab": "SOM",
    "shabaab": "SOM",
    "boko haram": "NGA",
    "ltte": "LKA",
    "tamil tigers": "LKA",
    "khmer rouge": "KHM",
    "unita": "AGO",
    "xinhua": "CHN",
    "tass": "RUS",
    "itar-tass": "RUS",
    "kcna": "PRK",
    "irna": "IRN",
    "mena": "EGY",
    "pope": "VAT",
}

# Prominent heads of state or government and ministers that the named-actor tables (built
# in 2014) lack, mostly people in office since.  A surname alone still names one only when
# no namesake of another country is known.  People of international bodies (UN, NATO, EU)
# are left out: no country.
KNOWN_PEOPLE = {
    "hassan nasrallah": "LBN",
    "omar al-bashir": "SDN",
    "volodymyr zelensky": "UKR",
    "volodymyr zelenskyy": "UKR",
    "emmanuel macron": "FRA",
    "donald trump": "USA",
    "kamala harris": "USA",
    "antony blinken": "USA",
    "lloyd austin": "USA",
    "rishi sunak": "GBR",
    "boris johnson": "GBR",
    "liz truss": "GBR",
    "keir starmer": "GBR",
    "annalena baerbock": "DEU",
    "pedro sanchez": "ESP",
    "justin trudeau": "CAN",
    "sergei shoigu": "RUS",
    "maria zakharova": "RUS",
    "mikhail mishustin": "RUS",
    "valery gerasimov": "RUS",
    "alexander lukashenko": "BLR",
    "kassym-jomart tokayev": "KAZ",
    "wang yi": "CHN",
    "li qiang": "CHN",
    "kim jong un": "PRK",
    "yoon suk yeol": "KOR",
    "ebrahim raisi": "IRN",
    "hossein amir-abdollahian": "IRN",
    "mohammed bin salman": "SAU",
    "yoav gallant": "ISR",
    "ismail haniyeh": "PSE",
    "yahya sinwar": "PSE",
    "hakan fidan": "TUR",
    "mevlut cavusoglu": "TUR",
    "shehbaz sharif": "PAK",
    "sheikh hasina": "BGD",
    "joko widodo": "IDN",
    "prabowo subianto": "IDN",
    "anwar ibrahim": "MYS",
    "min aung hlaing": "MMR",
    "cyril ramaphosa": "ZAF",
    "william ruto": "KEN",
    "bola tinubu": "NGA",
    "abiy ahmed": "ETH",
    "javier milei": "ARG",
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
    # CAMEO.2.0 defaults "free" to yielding (080); what is freed is nearly always
    # people (captives, prisoners): a release (0841, RETREAT)
    "free": "0841",
    # CAMEO.2.0 defaults "ease" to material cooperation (060), yet what a government
    # eases is nearly always a restriction ("eased the closure"): CAMEO 081
    "ease": "081",
    # a surrender is a military retreat (CAMEO 0874), not a mere yielding (080)
    "surrender": "0874",
    # CAMEO.2.0 defaults "hijack" to seizing property (171); the codebook's 181 names it
    "hijack": "181",
    # CAMEO.2.0 files "rally" under mobilizing forces (150); people rallying in news are
    # demonstrating (141), and "rallied support" has its own pattern
    "rally": "141",
}

# Defaults for a verb with an object only: "returned the remains of six soldiers" is a
# return (CAMEO 084, RETREAT); "returned to Kabul" is not.
TRANSITIVE_DEFAULTS = {"return": "084"}

# Verbs whose whole dictionary block codes another act, patterns included: CAMEO.2.0
# codes "sue" (even "sue in court") as arrest or charge (173); suing is bringing a
# lawsuit (CAMEO 115, the codebook's ACCUSE "sue in court").
VERB_CODES_OVER_PATTERNS = {"sue": "115", "convict": "116"}

# A block mixes verbs of saying and of doing ("accuse", "condemn", "convict"): a pattern
# written for a verb of another root may not turn a verbal conflict (CAMEO 11-13) into
# a material one (14-20).
VERBAL_CONFLICT_ROOTS = frozenset({"11", "12", "13"})
MATERIAL_CONFLICT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
# The dictionary codes "denounce ... sanctions" and "protest ... arrests" as support for
# the sanctioned or detained (CAMEO 05); the act reported is a criticism (111) or a
# protest (140), aimed at whoever imposed them.
CRITICISM_CODES = frozenset({"111", "140"})
SUPPORT_ROOTS = frozenset({"05"})

# Refusing for the future is rejecting now: "will not accept refugees" (CAMEO 12).
REFUSAL_CODE = "120"
# Requiring an act of another in reported speech is demanding it (CAMEO 10).
DEMAND_CODE = "100"
# Saying another party broke a truce is accusing it (CAMEO 112): the acts whose report
# by another side is a charge (196, violate ceasefire), not only news of it.
CHARGEABLE_CODES = frozenset({"196"})
CHARGE_CODE = "112"
# An act noun as subject names the act; the verb only says it took place ("clashes
# erupted between A and B", "fighting broke out"), and the parties are on the verb.
ACT_SUBJECT_DEPS = frozenset({"nsubj"})

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
        "over",  # "concern over X's policy"
        "about",
        "between",  # "welcomed the agreement between X and Y"
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
# A pattern term after one of these must lie in its phrase: "withdraw from &treaty" says
# nothing of "withdrew from three villages under the deal".
PHRASE_BOUNDING_DEPS = frozenset({"prep", "agent"})
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
# ... but wishing another to be something ("I want her to be the next president") asks
# no act of anyone.
COPULA_LEMMA = "be"

# Objects of a light verb that name a military exercise: joint ones are military
# cooperation (CAMEO 062), others a show of force (CAMEO 150).
EXERCISE_NOUNS = frozenset(
    {"exercise", "drill", "manoeuvre", "maneuver", "war game", "patrol"}
)
JOINT_MODIFIERS = frozenset({"joint", "combined", "bilateral", "trilateral"})
JOINT_EXERCISE_CODE = "062"
# A joint undertaking as what is done is cooperation, whatever the verb ("launched a
# joint operation", "set up a joint investigation team"): armed or policing work is
# military cooperation (062), other work cooperation in general (060).  A "joint
# statement" is no undertaking: statements are not listed.
JOINT_SECURITY_NOUNS = frozenset(
    {"operation", "patrol", "exercise", "drill", "manoeuvre", "maneuver", "raid", "sweep"}
)
JOINT_WORK_NOUNS = frozenset(
    {"investigation", "team", "venture", "project", "task", "force", "commission",
     "committee", "study", "production", "development", "inquiry", "probe", "programme",
     "program"}
)
JOINT_WORK_CODE = "060"
SHOW_OF_FORCE_CODE = "150"

# Where protesters stand names whom they protest: "rallied outside the Japanese embassy".
PROTEST_SITE_PREPOSITIONS = frozenset({"outside", "at", "near", "before", "past"})
# Prepositions made of a noun between two words ("in front of the embassy", "in protest
# against X", "in support of the Kurds"): "in" + noun + preposition -> the plain
# preposition whose role it plays; "in" alone would make the noun a venue.
PHRASAL_PREPOSITIONS = {
    "in front of": "outside",
    "in protest against": "against",
    "in protest at": "against",
    "in protest over": "over",
    "in retaliation for": "for",
    "in response to": "to",
    "in support of": "for",
    "in solidarity with": "for",
    "in favour of": "for",
    "in favor of": "for",
}
# Subordinators of a condition on a threat or refusal: "threatened to use force if X went
# ahead" is aimed at X, "refused to sign unless X returned the islands" rejects X.
CONDITION_MARKERS = frozenset({"if", "unless"})
CONDITION_TARGET_TYPES = frozenset({"THREATEN", "REJECT", "ASSAULT", "COERCE", "SANCTION"})

# Nouns naming a protest act after a verb of undertaking: "went on strike", "began a
# hunger strike" (CAMEO 14 codes); the verb's own code ("go" = travel) is not the act.
# "walked out in protest at": an act done "in protest" is a protest (CAMEO 140).
IN_PROTEST_CODE = "140"
PROTEST_ACT_NOUNS = {
    "strike": "143",
    "hunger strike": "142",
    "boycott": "143",
    "sit-in": "141",
    "sit in": "141",  # the English model splits "sit-in" into "sit" (compound) and "in"
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
        # states of mind reported with a copula ("voters were conflicted", "was stunned
        # by the loss", "the town is divided over"): no one did anything to them
        "conflict",
        "stun",
        "divide",
        "split",
        "exhaust",
        "bewilder",
        "confuse",
    }
)

# Plurals that, with "two" or "both", stand for the two actors named last ("the two
# leaders agreed"): people for the first set, countries for the rest.
PAIR_PERSON_NOUNS = frozenset({"leader", "president", "minister", "premier", "head"})
PAIR_NOUNS = PAIR_PERSON_NOUNS | {"side", "country", "nation", "government", "state"}


# --- Precision on domestic news: words that look like acts but report none -----------------
# (tuned on bench/data/events_nonevents_sentences.jsonl; checked against the recall sets)

# Verbs of combat that political and sports writing use of words, ideas and rivals ("fired
# back at critics", "attacked her record", "shot down the idea", "crushed their rivals
# 5-0").  Coded as force (CAMEO roots in ``COMBAT_ROOTS``) they are kept only
# where an armed doer, a weapon or a country-named party is in the clause.
COMBAT_METAPHOR_VERBS = frozenset(
    {"fire", "fire back", "fire off", "attack", "fight", "fight off", "battle", "hit", "shoot",
     "shoot down", "crush", "storm", "target", "rip", "blast", "hammer", "slam", "torpedo",
     "wage", "tear", "smash", "pummel", "bludgeon", "ambush", "pounce", "strike", "bomb",
     "annihilate", "savage", "rout", "beat", "trounce",
     # harm and struggle used of campaigns and careers: "was hurt by the gaffe",
     # "struggled to pay for", "the scandal damaged her"
     "hurt", "damage", "wound", "bruise", "batter", "struggle", "press"}
)
# Verbs of combat that news uses of words far more than of force: aimed at a person
# ("former presidents fired back at the candidate", "pummeled her rival as divisive")
# they are criticism even when a country is named in the clause, unless an armed party
# is; aimed at a place ("pummeled Gaza") they keep their force.
RHETORIC_VERBS = frozenset(
    {"fire back", "fire off", "slam", "blast", "hammer", "pummel", "rip", "savage", "lash",
     "bash", "tear", "lambast", "lambaste", "skewer", "excoriate"}
)
RHETORIC_PREPOSITIONS = frozenset({"at", "on", "into"})
# How the parser attaches the particle of a phrasal verb ("fired back"): "prt" or "advmod".
PARTICLE_DEPS = frozenset({"prt", "advmod"})
# Objects that make any verb a blow ("pressing his attack on her record"); used of words
# they are criticism at most, like the verbs above.
COMBAT_OBJECT_NOUNS = frozenset(
    {"attack", "assault", "offensive", "broadside", "salvo", "barrage", "fight", "war",
     "battle", "blow", "shot", "jab", "swipe"}
)
# CAMEO roots of material force a combat verb may be coded with: coerce, assault, fight,
# mass violence
COMBAT_ROOTS = frozenset({"17", "18", "19", "20"})
# Sectors of armed actors (CAMEO: military, rebels, insurgents, unidentified armed
# forces): a general's attack on a commander is still force.
ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "UAF"})
# Sectors of the press (CAMEO agents: JRN; the actors stage: MEDIA), whose crowding and
# chasing is no force.
PRESS_SECTORS = frozenset({"JRN", "MEDIA"})
# Acts that need someone they are done to, even where the doer has a country: talks and
# visits (CAMEO 04: someone met) ...
COUNTERPART_ROOTS = frozenset({"04"})
# ... and force and intents (CAMEO 18-20: someone struck; 03: a promise to someone),
# unless the doer is armed or a state.
UNLESS_A_STATE_ROOTS = FORCE_ROOTS | {"03"}
# Material cooperation in general (CAMEO 060), the default of vague verbs ("handle",
# "lead", "direct", "merge", "work with"): between states only.
VAGUE_COOPERATION_CODES = frozenset({"060"})
# Where a verb names the meeting it takes part in ("rejoined the talks").
MEETING_OBJECT_DEPS = frozenset({"dobj"})
# Doers and instruments that make a combat verb literal, besides the lexicon's synsets of
# armed units and weapons (``ARMED_SYNSETS``).
ARMED_SYNSETS = ("&military", "&weapon", "&aircraft")
ARMED_ACTOR_NOUNS = frozenset(
    {"militant", "rebel", "insurgent", "gunman", "gunmen", "fighter", "jihadist", "terrorist",
     "militia", "militiaman", "police", "policeman", "officer", "hacker", "sniper", "soldier",
     "troop", "force", "army", "navy", "bomber", "guerrilla", "attacker", "assailant", "mob",
     "pirate", "extremist", "raider", "commando", "gang", "drone", "missile", "rocket",
     "shell", "bomb", "artillery", "airstrike", "gunfire", "tank", "jet", "warplane"}
)
# Clause members whose words are searched for an armed doer or a country-named party.
COMBAT_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "prep", "agent", "dative"})

# Verbs of thinking, wanting and being in a situation: "many voters hope", "the team
# thinks", "the party needs turnout", "the country faces problems", "few have heard of".
# They report a state of mind or affairs; CAMEO's defaults (consult, appeal) do not apply.
STATE_OF_MIND_VERBS = frozenset(
    {"hope", "think", "believe", "need", "face", "hear", "wonder", "feel", "expect",
     "fear", "weigh in", "imagine", "suppose", "assume", "doubt", "reckon",
     # grief for victims is sympathy (CAMEO 018, a statement), never blame of them
     "mourn", "grieve"}
)

# Objects that make a verb of giving or striking figurative: "offered a window into the
# campaign", "gave a glimpse of", "hit a hat-trick", "crushed expectations".
FIGURATIVE_OBJECTS = frozenset(
    {"window", "glimpse", "insight", "peek", "preview", "taste", "hint", "hat-trick",
     "homer", "expectation", "estimate", "forecast", "chord", "nerve",
     # "occupied the spotlight", "stole the headlines", "invaded the airwaves", "captured
     # the mood": attention and feeling, not ground
     "spotlight", "limelight", "headline", "airwave", "airwaves", "mood", "imagination",
     "advantage",  # "pressing their advantage"
     # "offered his assessment of the game", "shared her thoughts": views, not offers
     "assessment", "opinion", "thought", "view", "take", "prediction", "analysis",
     # "broke her silence", "broke ranks", "broke the story", "shattered the glass
     # ceiling", "broke with tradition": no one is hit
     "silence", "rank", "ranks", "ice", "mold", "mould", "tradition", "ceiling", "story",
     "news"}
)

# Business dealings: "signed a licensing agreement", "agreed to buy its smaller rival",
# "announced plans to build a new plant".  A cooperative code (roots ``COMMERCIAL_ROOTS``)
# over such words, with no country-named party, is commerce, not a political act.
COMMERCIAL_WORDS = frozenset(
    {"licensing", "license", "licence", "merger", "acquisition", "acquire", "buy", "purchase",
     "takeover", "sponsorship", "franchise", "lease", "royalty", "royalties", "shareholder",
     "retailer", "stake", "dividend", "endorsement", "contract",
     "distribution", "supplier"}
)
COMMERCIAL_ROOTS = frozenset({"03", "05", "06", "08"})

# Raising money ("raised money with donors", "raised $2m from supporters") is fundraising.
FUNDRAISING_NOUNS = frozenset(
    {"money", "fund", "funds", "cash", "donation", "dollar", "million", "billion", "pound"}
)

# An agentless passive names no doer; it is kept as an act only for material types, with
# a country-bearing target ("sanctions were imposed on Iraq", "villages were shelled"):
# "the actor was praised", "the bill was approved" are no political acts.
AGENTLESS_PASSIVE_TYPES = frozenset(
    {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "AID", "RETREAT", "CONCEDE"}
)

# "Challenged his rival to a debate": an invitation to a contest, not an accusation.
CHALLENGE_VERBS = frozenset({"challenge", "dare"})
CONTEST_NOUNS = frozenset(
    {"debate", "duel", "race", "contest", "match", "rematch", "showdown", "game", "vote",
     "runoff", "primary", "election", "poll", "bout", "competition"}
)

# "Washington celebrating itself", "the party praised itself": an act with the doer as its
# own object is between no two parties.
REFLEXIVE_PRONOUNS = frozenset(
    {"itself", "himself", "herself", "themselves", "ourselves", "myself", "yourself",
     "yourselves", "oneself"}
)

# "The Treasury warned that the economy could slow": a forecast about the economy, not a
# threat to anyone.  A warning whose clause is about one of these is no act.
FORECAST_VERBS = frozenset({"warn", "caution", "predict", "forecast"})
ECONOMIC_SUBJECTS = frozenset(
    {"economy", "market", "markets", "price", "inflation", "growth", "rate", "unemployment",
     "recession", "sale", "profit", "share", "stock", "earnings", "demand", "output",
     "wage", "cost", "deficit", "debt", "revenue", "weather", "turnout"}
)

# Backing a candidate in an election ("endorsing candidates in the primaries") is party
# politics, not support between political actors in the PLOVER sense.
ELECTORAL_NOUNS = frozenset(
    {"candidate", "candidacy", "nominee", "ticket", "slate", "challenger", "incumbent",
     "runner"}
)
# Applause without anyone applauded ("supporters cheered as she took the stage").
APPLAUSE_VERBS = frozenset({"cheer", "applaud", "clap", "celebrate", "rejoice"})

# "Calling the report a partisan smear", "branded the plan a disaster": naming something
# (a verb with a predicate noun or adjective) is no telephone call, meeting or appeal.
NAMING_VERBS = frozenset({"call", "label", "brand", "dub", "term", "describe"})
PREDICATE_DEPS = frozenset({"oprd", "xcomp", "ccomp"})
# the codes "call" gets when read as a telephone call or an appeal
NAMING_MISREAD_ROOTS = frozenset({"02", "04"})

# A visit to a place at home ("the senator visited a factory in Michigan") is between no
# two parties: a visit or hosting kept only when the host is not the visitor's own country.
VISIT_CODES = frozenset({VISIT_CODE, HOST_VISIT_CODE})


# --- Precision on domestic news, second round: speech, campaigns, idioms, topic names ------
# (tuned on bench/data/events_nonevents2_sentences.jsonl, written after a hand-read sample of
# factual events from US political news; checked against the recall sets)

# Verbs that report what someone says or thinks about a matter and act on no one: "claimed
# the plan would cost jobs", "argued that", "insisted", "explained how", "touted her work".
# CAMEO's defaults for some of them (disapprove, appeal, demand, consult) do not apply.
SPEECH_OPINION_VERBS = frozenset(
    {"claim", "argue", "suggest", "insist", "contend", "assert", "explain", "tout", "boast",
     "contrast", "speculate", "opine", "stress", "emphasize", "emphasise", "reiterate",
     "muse", "quip", "play down", "downplay", "predict", "promote", "lament", "bemoan",
     "complain", "marvel", "joke", "brag"}
)
# Verbs that report speech only without a direct object: "recalled that the committee
# had been", "admitted the rollout was a mess"; "recalled its ambassador", "admitted
# refugees", "maintained sanctions" are acts.
SPEECH_WITHOUT_OBJECT_VERBS = frozenset(
    {"recall", "admit", "acknowledge", "maintain", "note", "observe", "add", "point out"}
)
# Disagreeing with what another said ("disputed the auditor's figures", "contradicted his
# account") is talk too, unless a country is a party: "China disputed Japan's claim to the
# islands" is a refusal between states.
DISAGREEMENT_VERBS = frozenset({"dispute", "contradict", "question", "challenge"})
# Verbs of warning: with no one warned ("warned of a tough fight", "warned that the
# shutdown could last"), a warning is a forecast; it stays a threat only where a country
# is a party ("Iran warned that it would retaliate").
WARNING_VERBS = frozenset({"warn", "caution"})
# "Defended his handling of the franchise", "justified the decision": speaking for one's
# own conduct, not protecting anyone (CAMEO 074).  Kept when a person, a body or a
# country is what is defended ("defended Israel at the Security Council").
JUSTIFYING_VERBS = frozenset({"defend", "justify"})

# Criticism idioms whose subject is the one criticised: "came under fire for his remarks",
# "came under attack from her own party".  With an armed party or a country in the clause
# ("the convoy came under fire from militants") the words are literal.
UNDER_FIRE_VERBS = frozenset({"come", "be"})
UNDER_FIRE_NOUNS = frozenset(
    {"fire", "attack", "criticism", "pressure", "scrutiny", "assault", "siege", "gun"}
)

# Campaigns and elections: what a candidate, a party or a voter does to win an office is
# no act between political actors ("ended her campaign", "launched his bid for the seat",
# "picked up most delegates", "won the endorsement", "dropped out of the race").  Such a
# word as the act's object, or as the object of one of its prepositions, makes it none,
# unless an armed party or a country is in the clause ("Russia ended its campaign in Syria").
CAMPAIGN_NOUNS = frozenset(
    {"campaign", "bid", "candidacy", "nomination", "delegate", "race", "seat", "primary",
     "caucus", "endorsement", "ballot", "runoff", "election", "reelection", "re-election",
     "ad", "advert", "advertisement", "poll", "polling", "ticket", "district", "vote",
     "fundraiser", "stump", "superdelegate", "win", "victory", "landslide"}
)
# Offices sought: "endorsed the senator for president", "running for governor".
OFFICE_NOUNS = frozenset(
    {"president", "presidency", "governor", "mayor", "senate", "congress", "office",
     "senator", "congressman", "congresswoman", "parliament", "chancellor", "premier"}
)
OFFICE_PREPOSITION = "for"
# A rally held by a candidate is a campaign event, and rallying behind someone is backing
# him: "the senator held a rally at the university", "donors rallied behind her".  A
# crowd's rally against someone stays a protest.
RALLY_WORDS = frozenset({"rally"})
RALLY_BEHIND = frozenset({"behind", "around"})
# Voting and electing are how an office is filled: "Nevada votes next week", "rural
# counties voted for the challenger", "re-elected the congresswoman".
VOTING_VERBS = frozenset(
    {"vote", "caucus", "canvass", "elect", "re-elect", "reelect", "campaign", "nominate"}
)
# A share in a poll ("gets 3 percent support") is no support given.
POLL_SHARE_WORDS = frozenset({"percent", "%", "per cent", "point", "points"})
# Winning against a rival: "defeated the governor by double digits", "beat Price in New
# Hampshire".  Between people with no armed party and no country it is an election won.
VICTORY_VERBS = frozenset({"defeat", "beat", "trounce", "rout", "upset", "oust", "unseat"})
# Standing in a race: "the poll showed her leading the field", "trailing by four points".
# With a poll or a share in the sentence these verbs rank candidates, they do nothing.
RACE_STANDING_VERBS = frozenset({"lead", "trail", "top", "edge", "outpace", "outpoll"})
POLL_NOUNS = frozenset({"poll", "polls", "survey", "surveys", "pollster", "pollsters"})
# ... or by the race itself as what is led: "leads the Republican field", "tops the pack".
RACE_FIELD_NOUNS = frozenset({"field", "pack", "race", "primary", "polls"})
# ... or by a rank as what is held, whatever the verb: "occupied a third tier", "took
# second place", "held the top spot".
RANK_NOUNS = frozenset({"tier", "place", "spot", "position", "rank", "slot"})
RANK_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "top",
                        "last", "bottom", "lower", "upper", "middle"})

# Verbs of combat used of words ("slammed the decision", "blasted the proposal", "fired off
# an email") are criticism at most: CAMEO 111 of a person or body named as what is hit,
# otherwise no act.  The codes they are read with: force, and verbal conflict.
WORDS_AS_BLOWS_ROOTS = frozenset({"11", "12", "13", "17", "18", "19", "20"})
CRITICISM_CODE = "111"

# Passing, signing or proposing a law is lawmaking at home, not an act between political
# actors: "lawmakers passed a bill", "the president signed the measure".
LAWMAKING_VERBS = frozenset({"pass", "approve", "adopt", "enact", "sign", "introduce",
                             "veto", "propose", "unveil", "block"})
LEGISLATION_NOUNS = frozenset(
    {"bill", "law", "legislation", "measure", "budget", "ordinance", "statute", "amendment",
     "referendum", "initiative", "proposition", "rule", "regulation"}
)
# Courts ruling at home: "the Supreme Court upheld the law", "a judge sided with the
# county".
COURT_NOUNS = frozenset({"court", "judge", "justice", "tribunal", "panel"})
RULING_VERBS = frozenset({"rule", "uphold", "overturn", "strike", "approve", "block",
                          "invalidate", "reinstate", "side"})

# Favouring or disliking a thing ("said he supports the health law", "praised the new bike
# lanes") is an opinion: an act only where a country is a party, as doer or in what is
# favoured ("Canada welcomed the decision"), or a person or body is what is favoured.
OPINION_VERBS = frozenset(
    {"support", "back", "favour", "favor", "oppose", "praise", "welcome", "like", "love",
     "hate", "dislike", "applaud", "endorse", "embrace", "champion", "tout"}
)

# Acts aimed at one's own audience are campaign events: "welcomed hundreds of guests",
# "met supporters at a diner", "thanked the crowd".
AUDIENCE_NOUNS = frozenset(
    {"guest", "crowd", "audience", "supporter", "voter", "attendee", "fan", "volunteer",
     "constituent", "follower", "well-wisher"}
)

# What is released or freed can be a text or a recording rather than a captive ("released
# the footage to the stations", "released the audit"): CAMEO's release codes do not apply.
RELEASE_VERBS = frozenset({"release", "free"})
DOCUMENT_NOUNS = frozenset(
    {"video", "footage", "report", "audit", "statement", "data", "document", "record",
     "email", "e-mail", "tape", "transcript", "memo", "letter", "list", "poll", "survey",
     "figure", "book", "album", "plan", "budget", "ad", "advert", "result", "return", "photo",
     "picture", "image", "recording", "file", "text", "details", "study", "findings",
     "information", "version", "proposal", "schedule", "song", "film", "trailer", "note",
     "correspondence", "message", "memoir", "speech", "excerpt", "statistic"}
)

# Going back where one came from is no visit and no withdrawal: "returned to Washington
# for the vote", "went back to private life", "flew back to his home state".  With an
# armed doer ("troops went back to their barracks") it is a pull-back and stays.
RETURN_VERBS = frozenset({"return", "go back", "come back", "fly back", "head back",
                          "get back", "move back"})
RETURN_PARTICLE = "back"
# Where a return resumes an act: "returned to the negotiating table" (besides act nouns
# such as "talks").
TABLE_NOUNS = frozenset({"table", "negotiation", "negotiations", "process", "fold"})

# Giving ground in words: "backed away from the allegations", "walked back his remarks",
# "climbed down over the tax" (CAMEO 08) is no retreat unless troops or a country do it.
BACKING_DOWN_PARTICLES = {"back": frozenset({"away", "down", "off"}),
                          "walk": frozenset({"back"}), "climb": frozenset({"down"}),
                          "row": frozenset({"back"}), "step": frozenset({"back", "down"})}
RETREAT_ROOT = "08"

# "Went on to explain", "went ahead and endorsed": the verb only carries the next act.
CARRYING_VERBS = {"go": frozenset({"on", "ahead"})}

# Asking someone to speak is a question, not a request: "asking the candidate to share
# his views", "asked her to explain".
TALK_COMPLEMENTS = frozenset(
    {"share", "explain", "discuss", "talk", "clarify", "describe", "address", "weigh",
     "comment", "elaborate", "answer", "respond", "say", "tell", "speak", "defend"}
)

# Money paid or spent at home ("paid $110,000 in rent", "spent millions on ads") is
# business, as raising it is fundraising; with a country a party it may be aid.
MONEY_VERBS = frozenset({"raise", "pay", "spend", "donate", "give", "contribute"})

# Verbs with "on"/"upon" that seize an argument, not a thing: "seized on the figures",
# "jumped on the remark", "latched onto the gaffe".
SEIZE_ON_VERBS = frozenset({"seize", "jump", "latch", "pounce", "fasten"})
SEIZE_ON_PREPOSITIONS = frozenset({"on", "upon", "onto"})

# A question asks whether an act happens; it states none ("Do you support the plan?").
QUESTION_MARK = "?"

# Heads of a name for a body, a meeting or an accord that a place name only labels with its
# topic: "the Mosul oversight committee", "the Havana embassy panel", "the Maine caucus
# organisers", "the Kigali amendment" are not Iraq's, Cuba's or Rwanda's.  A city, state or
# region there gives no country; a country's own name still does ("the United States
# Senate committee", "the Iran deal"), a nationality word always ("the Mexican committee").
TOPIC_NAMED_HEADS = frozenset(
    {"committee", "panel", "commission", "caucus", "subcommittee", "board", "council",
     "convention", "summit", "conference", "session", "meeting", "primary", "organiser",
     "organizer", "deal", "accord", "agreement", "treaty", "protocol", "amendment",
     "declaration", "framework", "process", "format", "pact", "compact"}
)
# Heads naming an inquiry into a matter: even a country's name is only its topic ("the
# Iraq inquiry" sat in London, "the Russia probe" in Washington).
INQUIRY_HEADS = frozenset(
    {"inquiry", "probe", "investigation", "hearing", "review", "trial", "case", "scandal",
     "affair"}
)
# Labels of names and entities that are places, not parties (never a nationality: "the
# Mexican committee"); a visit to one is a visit to its country.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Words of quantity before what is counted: "hundreds of guests", "a dozen voters".
QUANTITY_NOUNS = frozenset({"hundred", "thousand", "dozen", "million"})
