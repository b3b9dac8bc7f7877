"""Routine public life that is no act between political actors, however its verb is
coded: precision first, a wrong event costs more than a missing one.

* Business ("signed a licensing agreement", "agreed to buy its rival") and money raised,
  paid or spent at home ("raised money with donors", "paid $110,000 in rent"), with no
  party named by its country; an economic forecast ("warned that the economy could slow").
* Speech and opinion: "claimed the plan would fail", "argued that", "insisted", "explained
  how"; a warning to no one ("warned of a tough fight") unless a country warns; a defence
  of one's own conduct ("defended his handling of"); a disagreement with words
  ("disputed the figures") unless a country is a party; an opinion of a thing ("supports
  the new law"); applause for no one ("supporters cheered").
* Campaigns and elections: "ended her campaign", "won the endorsement", "Nevada votes",
  "gets 3 percent support", backing someone "for president", a rally held by someone
  named or behind someone; acts toward one's own audience ("welcomed the guests", "met
  supporters").
* Lawmaking at home ("passed a bill"), a text released ("released the footage"), a
  return home ("returned to Washington"), asking someone to speak ("asked him to
  explain"), a wish that someone be something, and any act in a direct question.
"""

from __future__ import annotations

from communique.events.acts import Coding, code_noun
from communique.events.clause_parties import (
    addressee,
    armed,
    country_in_clause,
    doer_words,
    is_party,
    literal_party,
    named,
    names_a_country,
    nation_named,
    party_words,
    verb_objects,
)
from communique.events.lexicon import Lexicon
from communique.events.tree import objects_after
from communique.events.vocab import (
    APPLAUSE_VERBS,
    AUDIENCE_NOUNS,
    CAMPAIGN_NOUNS,
    COMMERCIAL_ROOTS,
    COMMERCIAL_WORDS,
    COPULA_LEMMA,
    COURT_NOUNS,
    DESIRE_VERBS,
    DISAGREEMENT_VERBS,
    DOCUMENT_NOUNS,
    ECONOMIC_SUBJECTS,
    ELECTORAL_NOUNS,
    FORECAST_VERBS,
    FUNDRAISING_NOUNS,
    JUSTIFYING_VERBS,
    LAWMAKING_VERBS,
    LEGISLATION_NOUNS,
    MONEY_VERBS,
    OBJECT_DEPS,
    OFFICE_NOUNS,
    OFFICE_PREPOSITION,
    OPINION_VERBS,
    POLL_NOUNS,
    POLL_SHARE_WORDS,
    QUANTITY_NOUNS,
    QUESTION_MARK,
    QUESTION_VERBS,
    RACE_FIELD_NOUNS,
    RACE_STANDING_VERBS,
    RALLY_BEHIND,
    RALLY_WORDS,
    RANK_NOUNS,
    RANK_WORDS,
    RELEASE_VERBS,
    RETURN_PARTICLE,
    RETURN_VERBS,
    RULING_VERBS,
    SPEECH_OPINION_VERBS,
    SPEECH_WITHOUT_OBJECT_VERBS,
    SUBJECT_DEPS,
    TABLE_NOUNS,
    TALK_COMPLEMENTS,
    VICTORY_VERBS,
    VOTING_VERBS,
    WARNING_VERBS,
)
from communique.model import Analysis, Token

__all__ = ["is_routine"]


def is_routine(lexicon: Lexicon, analysis: Analysis, verb: int, coding: Coding,
               forms: set[str]) -> bool:
    """Whether a coded verb reports routine public life rather than an act between
    political actors (module docstring)."""
    return (_business_deal(lexicon, analysis, verb, coding)
            or _money_at_home(lexicon, analysis, verb)
            or _economic_forecast(analysis, verb)
            or _done_by_the_economy(analysis, verb)
            or _electoral_backing(analysis, verb)
            or _applause_for_no_one(analysis, verb)
            or _lawmaking(lexicon, analysis, verb)
            or _court_ruling(lexicon, analysis, verb)
            or _opinion_of_a_thing(lexicon, analysis, verb)
            or _speech_or_opinion(lexicon, analysis, verb, coding, forms)
            or _campaign_act(lexicon, analysis, verb, forms)
            or _race_standing(analysis, verb)
            or _election_won(lexicon, analysis, verb)
            or _toward_own_audience(lexicon, analysis, verb)
            or _text_released(analysis, verb)
            or _going_back(lexicon, analysis, verb, forms)
            or _in_a_question(analysis, verb)
            or _asked_to_speak(lexicon, analysis, verb)
            or _wished_to_be(analysis, verb))


def _business_deal(lexicon: Lexicon, analysis: Analysis, verb: int, coding: Coding) -> bool:
    if coding.code[:2] not in COMMERCIAL_ROOTS:
        return False
    said = [analysis.tokens[i] for i in analysis.subtree(verb)]
    commercial = any(w.lemma.lower() in COMMERCIAL_WORDS or w.text.lower() in COMMERCIAL_WORDS
                     for w in said)
    return commercial and not any(names_a_country(lexicon, analysis, w) for w in said)


def _money_at_home(lexicon: Lexicon, analysis: Analysis, verb: int) -> bool:
    """"Raised money with donors", "paid $110,000 in rent": money raised, paid or spent
    with no country a party is fundraising or business."""
    return analysis.tokens[verb].lemma.lower() in MONEY_VERBS and any(
        obj.lemma.lower() in FUNDRAISING_NOUNS or obj.text.startswith("$")
        or any(analysis.tokens[i].text == "$" for i in analysis.subtree(obj.i))
        for obj in verb_objects(analysis, verb)) and not country_in_clause(lexicon, analysis, verb)


def _economic_forecast(analysis: Analysis, verb: int) -> bool:
    if analysis.tokens[verb].lemma.lower() not in FORECAST_VERBS:
        return False
    clauses = [c for c in analysis.children(verb) if analysis.tokens[c].dep == "ccomp"]
    return any(analysis.tokens[s].dep in SUBJECT_DEPS
               and analysis.tokens[s].lemma.lower() in ECONOMIC_SUBJECTS
               for clause in clauses for s in analysis.children(clause))


def _done_by_the_economy(analysis: Analysis, verb: int) -> bool:
    """"The economy hit bottom", "prices attacked savings": an economy or one of its
    measures is no actor, whoever's it is."""
    return any(analysis.tokens[c].dep in SUBJECT_DEPS
               and analysis.tokens[c].lemma.lower() in ECONOMIC_SUBJECTS
               for c in analysis.children(verb))


def _electoral_backing(analysis: Analysis, verb: int) -> bool:
    return any(obj.lemma.lower() in ELECTORAL_NOUNS for obj in verb_objects(analysis, verb))


def _applause_for_no_one(analysis: Analysis, verb: int) -> bool:
    """"Supporters cheered": no object and no one cheered at or for."""
    if analysis.tokens[verb].lemma.lower() not in APPLAUSE_VERBS:
        return False
    return not any(analysis.tokens[c].dep in OBJECT_DEPS or analysis.tokens[c].dep == "prep"
                   for c in analysis.children(verb))


def _speech_or_opinion(lexicon: Lexicon, analysis: Analysis, verb: int, coding: Coding,
                       forms: set[str]) -> bool:
    """"Claimed the plan would fail", "warned of a tough fight", "defended his record":
    words about a matter, acting on no one."""
    if forms & JUSTIFYING_VERBS:
        return not any(_defends_a_party(lexicon, analysis, obj)
                       for obj in verb_objects(analysis, verb))
    if forms & SPEECH_WITHOUT_OBJECT_VERBS and addressee(analysis, verb):
        return False
    if forms & WARNING_VERBS and addressee(analysis, verb):
        return False
    talk = forms & (SPEECH_OPINION_VERBS | SPEECH_WITHOUT_OBJECT_VERBS | DISAGREEMENT_VERBS
                    | WARNING_VERBS)
    # a country as the speaker makes it diplomacy: "Cyprus insisted that Turkey withdraw",
    # "India warned that it would respond"; a country it speaks about does not
    return bool(talk) and not any(names_a_country(lexicon, analysis, word)
                                  for word in doer_words(analysis, verb))


def _defends_a_party(lexicon: Lexicon, analysis: Analysis, obj: Token) -> bool:
    """"Defended him", "defended Syria's decision"; not "defended his handling of"."""
    return obj.pos == "PRON" or is_party(lexicon, analysis, obj) or any(
        named(lexicon, analysis, analysis.tokens[i]) for i in analysis.subtree(obj.i))


def _campaign_act(lexicon: Lexicon, analysis: Analysis, verb: int, forms: set[str]) -> bool:
    """Voting, and acts on a campaign, a race or a poll share: how an office is sought."""
    if forms & VOTING_VERBS:
        # "the Israeli cabinet voted against the Syrian proposal" is a refusal between
        # states; a town's board named like a country ("the Lebanon school board") is not
        return not any(nation_named(lexicon, analysis, word) and word.dep != "compound"
                       for word in party_words(analysis, verb))
    words = _reached_nouns(analysis, verb)
    campaign = any(w.lemma.lower() in CAMPAIGN_NOUNS and w.pos == "NOUN" for w in words) \
        or _for_an_office(analysis, verb) or _campaign_rally(lexicon, analysis, verb, words)
    return (campaign and not literal_party(lexicon, analysis, verb)) \
        or any(_poll_share(analysis, obj) for obj in verb_objects(analysis, verb))


def _for_an_office(analysis: Analysis, verb: int) -> bool:
    """"Endorsed the senator for president", "is running for governor"."""
    return any(analysis.tokens[g].lemma.lower() in OFFICE_NOUNS
               for g in objects_after(analysis, verb, frozenset({OFFICE_PREPOSITION})))


def _campaign_rally(lexicon: Lexicon, analysis: Analysis, verb: int,
                    words: list[Token]) -> bool:
    """A rally held by someone named ("Councilwoman Diaz held a rally"), not a group that
    stands for a country ("Hamas"), or rallying behind someone ("donors rallied behind
    her").  A crowd's rally ("thousands held a rally against") stays a protest."""
    if analysis.tokens[verb].lemma.lower() in RALLY_WORDS:
        return bool(objects_after(analysis, verb, RALLY_BEHIND))
    held = any(w.lemma.lower() in RALLY_WORDS for w in words)
    return held and any(analysis.tokens[c].dep in SUBJECT_DEPS
                        and analysis.tokens[c].pos == "PROPN"
                        and not lexicon.named_group(analysis.tokens[c].text)
                        for c in analysis.children(verb))


def _reached_nouns(analysis: Analysis, verb: int) -> list[Token]:
    """The heads of a verb's objects, of its prepositions' objects ("dropped out of the
    race") and of its infinitive's objects ("vowed to take his campaign to ...")."""
    heads: list[int] = []
    for child in analysis.children(verb):
        token = analysis.tokens[child]
        if token.dep in ("dobj", "attr", "dative"):
            heads.append(child)
        elif token.dep in ("prep", "prt"):
            heads.extend(_preposition_objects(analysis, child))
        elif token.dep == "xcomp":
            heads.extend(c for c in analysis.children(child)
                         if analysis.tokens[c].dep in ("dobj", "attr"))
    return [analysis.tokens[i] for i in heads]


def _preposition_objects(analysis: Analysis, preposition: int) -> list[int]:
    """Objects of a preposition, through a second one ("out of the race")."""
    out: list[int] = []
    for child in analysis.children(preposition):
        dep = analysis.tokens[child].dep
        if dep == "pobj":
            out.append(child)
        elif dep == "prep":
            out.extend(g for g in analysis.children(child) if analysis.tokens[g].dep == "pobj")
    return out


def _election_won(lexicon: Lexicon, analysis: Analysis, verb: int) -> bool:
    """"Senator Hale defeated Governor Price by double digits": a rival beaten at the
    polls; "Israel defeated Egypt", "the army defeated the rebels" are wars."""
    if analysis.tokens[verb].lemma.lower() not in VICTORY_VERBS:
        return False
    rivals = [obj for obj in verb_objects(analysis, verb) if obj.dep == "dobj"]
    people = [obj for obj in rivals if obj.ent_type == "PERSON" or obj.pos == "PROPN"]
    return bool(people) and not literal_party(lexicon, analysis, verb)


def _race_standing(analysis: Analysis, verb: int) -> bool:
    """"The poll showed her leading the field", "trailing his rival by four points",
    "leads the Republican field": a rank in a race, told by the race as what is led or by
    a poll or a share in the same sentence."""
    if any(_a_rank(analysis, obj) for obj in verb_objects(analysis, verb)):
        return True
    if analysis.tokens[verb].lemma.lower() not in RACE_STANDING_VERBS:
        return False
    if any(obj.lemma.lower() in RACE_FIELD_NOUNS for obj in verb_objects(analysis, verb)):
        return True
    sentence = analysis.sentence_of(verb)
    words = {analysis.tokens[i].text.lower()
             for i in range(sentence.first_token, sentence.last_token + 1)}
    return bool(words & (POLL_NOUNS | POLL_SHARE_WORDS))


def _a_rank(analysis: Analysis, obj: Token) -> bool:
    """"Occupied a third tier", "took second place", "held the top spot": a rank, held
    by any verb, is a standing, not a place seized."""
    return obj.lemma.lower() in RANK_NOUNS and any(
        analysis.tokens[c].text.lower() in RANK_WORDS for c in analysis.children(obj.i))


def _poll_share(analysis: Analysis, obj: Token) -> bool:
    """"Gets 3 percent support": a share of a poll, not support given."""
    return any(analysis.tokens[i].text.lower() in POLL_SHARE_WORDS
               for i in analysis.subtree(obj.i))


def _toward_own_audience(lexicon: Lexicon, analysis: Analysis, verb: int) -> bool:
    """"Welcomed hundreds of guests", "met supporters at a diner in Georgia"; not a
    foreign audience ("met Syrian opposition supporters")."""
    objects = [_through_quantity(analysis, analysis.tokens[c])
               for c in analysis.children(verb) if analysis.tokens[c].dep in ("dobj", "dative")]
    return any(obj.lemma.lower() in AUDIENCE_NOUNS and not any(
        names_a_country(lexicon, analysis, analysis.tokens[i]) for i in analysis.subtree(obj.i))
        for obj in objects)


def _opinion_of_a_thing(lexicon: Lexicon, analysis: Analysis, verb: int) -> bool:
    """"Said he supports the health law", "praised the new bike lanes": no party is
    favoured, and no country favours it."""
    if analysis.tokens[verb].lemma.lower() not in OPINION_VERBS:
        return False
    objects = [obj for obj in verb_objects(analysis, verb) if obj.dep == "dobj"]
    if not objects:
        return False
    said = [analysis.tokens[i] for obj in objects for i in analysis.subtree(obj.i)]
    # whose the thing is counts: "praised the governor's handling of the storm"
    owners = [word for word in said if word.dep == "poss" and word.pos != "PRON"]
    return not any(is_party(lexicon, analysis, w) for w in objects + owners) \
        and not any(named(lexicon, analysis, word) for word in said) \
        and not country_in_clause(lexicon, analysis, verb)


def _lawmaking(lexicon: Lexicon, analysis: Analysis, verb: int) -> bool:
    """"Lawmakers passed a bill on voting hours": a law made at home, unless a country is
    a party ("passed a bill imposing sanctions on Russia")."""
    laws = [obj for obj in verb_objects(analysis, verb) if obj.lemma.lower() in LEGISLATION_NOUNS]
    if analysis.tokens[verb].lemma.lower() not in LAWMAKING_VERBS or not laws:
        return False
    words = [analysis.tokens[i] for law in laws for i in analysis.subtree(law.i)]
    # "Idaho's law" is at home; "the US blocked the measure" is a state's act, where
    # "lawmakers in Georgia" are not a state
    doers = [word for word in doer_words(analysis, verb) if word.dep in SUBJECT_DEPS]
    return not any(nation_named(lexicon, analysis, word) for word in words + doers)


def _court_ruling(lexicon: Lexicon, analysis: Analysis, verb: int) -> bool:
    """"The Supreme Court upheld the law", "an appeals court ruled against the state's
    procedure": a court's ruling is the judiciary at work, unless a country by name or
    an armed party is in the clause ("the court ruled against Serbia").  Sentencing and
    jailing are coercion and are not rulings here."""
    return analysis.tokens[verb].lemma.lower() in RULING_VERBS and any(
        word.lemma.lower() in COURT_NOUNS for word in doer_words(analysis, verb)
    ) and not literal_party(lexicon, analysis, verb)


def _through_quantity(analysis: Analysis, obj: Token) -> Token:
    """"hundreds of guests" -> "guests"."""
    if obj.pos == "NUM" or obj.lemma.lower() in QUANTITY_NOUNS:
        of = [g for c in analysis.children(obj.i) if analysis.tokens[c].text.lower() == "of"
              for g in analysis.children(c) if analysis.tokens[g].dep == "pobj"]
        if of:
            return analysis.tokens[of[0]]
    return obj


def _text_released(analysis: Analysis, verb: int) -> bool:
    """"Released the footage to the stations": a text or a recording, not a captive."""
    return analysis.tokens[verb].lemma.lower() in RELEASE_VERBS and any(
        obj.lemma.lower() in DOCUMENT_NOUNS for obj in verb_objects(analysis, verb))


def _going_back(lexicon: Lexicon, analysis: Analysis, verb: int, forms: set[str]) -> bool:
    """"Returned to Washington for the vote", "went back to private life": going home is
    no visit and no withdrawal, unless troops go back."""
    children = [analysis.tokens[c] for c in analysis.children(verb)]
    back = any(c.dep in ("prt", "advmod") and c.text.lower() == RETURN_PARTICLE
               for c in children)
    phrasal = {f"{form} {RETURN_PARTICLE}" for form in forms} if back else set()
    returning = bool((forms | phrasal) & RETURN_VERBS)
    # "returned to the talks" resumes an act; only a return to a place or a life is home
    to_an_act = any(code_noun(analysis, g) or analysis.tokens[g].lemma.lower() in TABLE_NOUNS
                    for g in objects_after(analysis, verb, frozenset({"to"})))
    return returning and not to_an_act and not any(c.dep == "dobj" for c in children) \
        and not any(armed(lexicon, word) for word in party_words(analysis, verb))


def _in_a_question(analysis: Analysis, verb: int) -> bool:
    """"Do you support the plan?": the clause that a question mark closes asks, states
    nothing.  Clauses joined to it by "and" are left alone."""
    sentence = analysis.sentence_of(verb)
    asked = {analysis.tokens[i].head for i in range(sentence.first_token, sentence.last_token + 1)
             if analysis.tokens[i].text == QUESTION_MARK}
    node, steps = verb, 0
    while steps <= len(analysis.tokens):
        if node in asked:
            return True
        token = analysis.tokens[node]
        if token.head == node or token.dep == "conj":
            return False
        node, steps = token.head, steps + 1
    return False


def _asked_to_speak(lexicon: Lexicon, analysis: Analysis, verb: int) -> bool:
    """"Asking the candidate to share his views": a question put, not a request; asking a
    country to explain itself ("asked Hungary to explain the closures") is diplomacy."""
    return analysis.tokens[verb].lemma.lower() in QUESTION_VERBS and any(
        analysis.tokens[c].dep == "xcomp"
        and analysis.tokens[c].lemma.lower() in TALK_COMPLEMENTS
        for c in analysis.children(verb)) and not country_in_clause(lexicon, analysis, verb)


def _wished_to_be(analysis: Analysis, verb: int) -> bool:
    """"I want her to be the next president": a wish about what someone is, no demand."""
    return analysis.tokens[verb].lemma.lower() in DESIRE_VERBS and any(
        analysis.tokens[c].dep in ("xcomp", "ccomp")
        and analysis.tokens[c].lemma.lower() == COPULA_LEMMA
        for c in analysis.children(verb))
