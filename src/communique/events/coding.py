"""Which act a verb (or meeting noun) reports: CAMEO code from the verb-pattern dictionary.

A trigger's CAMEO code comes from its verb block in the dictionary: the most specific
pattern whose words all occur, in order, in the words the verb governs (and, for words
before ``*``, in its subject) wins; with none, the verb's default code; a pattern coded
``---`` means "not an event".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from communique.events.acts import (
    CLAUSE_COMPLEMENTS,
    Coding,
    adjunct,
    lodged_complaint,
)
from communique.events.figurative import reports_no_act, words_as_blows, words_as_shield
from communique.events.lexicon import Lexicon, Pattern, VerbEntry
from communique.events.modality import negated_here
from communique.events.object_acts import decided_by_object_or_doer
from communique.events.vocab import (
    ACT_NOUN_SUFFIXES,
    ASSENT_VERBS,
    COMMISSIVE_VERBS,
    COMPLAINT_CODE,
    COMPLAINT_VERBS,
    CRITICISM_CODES,
    CROWD_NOUNS,
    CROWD_RECODES,
    DEFAULT_CODES,
    DEMAND_CODE,
    DESIRE_VERBS,
    DURATION_NOUNS,
    EXERCISE_NOUNS,
    FIXED_EXPRESSIONS,
    FORCE_ROOTS,
    FUNCTION_WORDS,
    HYPHEN,
    IN_PROTEST_CODE,
    INTENT_CODE,
    INTENT_CODES,
    JOINT_EXERCISE_CODE,
    JOINT_MODIFIERS,
    LIGHT_VERBS,
    MARKER_ONLY_VERBS,
    MATERIAL_CONFLICT_ROOTS,
    NOUN_TRIGGERS,
    OWN_POSITION_VERBS,
    PASSIVE_IDIOM_VERBS,
    PHRASE_BOUNDING_DEPS,
    PROTEST_ACT_NOUNS,
    PROTEST_PURPOSE_VERBS,
    QUESTION_MARKS,
    QUESTION_REACH,
    QUESTION_VERBS,
    QUOTE_MARKS,
    REFUSAL_CODE,
    REFUSAL_VERBS,
    REPORTED_PRONOUNS,
    RIOT_CODE,
    SHOW_OF_FORCE_CODE,
    SPEECH_COMPLEMENTS,
    STANCE_ADJECTIVES,
    SUBJECT_DEPS,
    SUPPORT_ROOTS,
    TRANSITIVE_DEFAULTS,
    VERB_CODE_OVERRIDES,
    VERB_CODES_OVER_PATTERNS,
    VERBAL_CONFLICT_ROOTS,
    VIOLENT_ROOTS,
)
from communique.model import Analysis, Token

# Clauses below a verb that report other acts: their words never fill its pattern.
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "conj", "parataxis", "csubj", "acl"})
# Clauses inside a noun phrase: they report acts of their own ("a decision to hold a vote").
NOUN_CLAUSE_DEPS = frozenset({"acl", "relcl"})
# Verbs that link a subject to a stance adjective ("is", "remains", "has been").
STANCE_COPULAS = frozenset({"be", "remain", "stay", "appear", "seem"})


def words_after(analysis: Analysis, verb: int, *, complement: bool = True) -> list[Token]:
    """The tokens a verb governs after it, without embedded clauses of their own, nor
    adjuncts of time ("on Saturday", "after the attack"); with ``complement=False``
    without its infinitive complement either ("pressed X to resume talks")."""
    out: list[Token] = []
    for child in analysis.children(verb):
        token = analysis.tokens[child]
        passive_subject = token.dep in ("nsubjpass", "csubjpass")  # the object, moved
        if (child < verb and not passive_subject) or token.dep in CLAUSE_DEPS \
                or token.dep in SUBJECT_DEPS or adjunct(analysis, child) \
                or (not complement and token.dep == "xcomp"):
            continue
        out.extend(analysis.tokens[i] for i in _phrase_without_clauses(analysis, child))
    out.extend(analysis.tokens[i] for i in raised_object(analysis, verb))
    return sorted(out, key=lambda t: t.i)


def _phrase_without_clauses(analysis: Analysis, head: int) -> list[int]:
    """A phrase without the clauses inside it: in "welcomed Chile's decision to hold a
    vote" the infinitive's "to" is not the "welcome ... to" of hosting a visit."""
    nested = {i for i in analysis.subtree(head) if i != head
              and analysis.tokens[i].dep in NOUN_CLAUSE_DEPS}
    inside = {j for i in nested for j in analysis.subtree(i)}
    return [i for i in analysis.subtree(head) if i not in inside]


def raised_object(analysis: Analysis, verb: int) -> list[int]:
    """"contracts are expected to be signed": the governor's passive subject is what the
    complement verb acts on."""
    token = analysis.tokens[verb]
    if token.dep != "xcomp" or any(analysis.tokens[c].dep in SUBJECT_DEPS
                                   for c in analysis.children(verb)):
        return []
    return [i for child in analysis.children(token.head)
            if analysis.tokens[child].dep == "nsubjpass"
            for i in analysis.subtree(child)]


def words_before(analysis: Analysis, verb: int) -> list[Token]:
    out: list[Token] = []
    for child in analysis.children(verb):
        if child < verb and analysis.tokens[child].dep not in CLAUSE_DEPS:
            out.extend(analysis.tokens[i] for i in analysis.subtree(child))
    return sorted(out, key=lambda t: t.i)


Forms = list[frozenset[str]]  # per token: its lower-cased lemma and surface form
_OPTIONS: dict[tuple[int, str], tuple[tuple[str, ...], ...]] = {}


# Marks a modifier inside a compound noun: "aid" in "aid workers" names no aid.
MODIFIER_MARK = "\x00compound"


def _forms(tokens: Sequence[Token]) -> Forms:
    """Per token: lemma and surface form, for a noun also its plural (the dictionary
    writes "receive ... ministers" where the news has "the minister"), and the modifier
    mark of a compound."""
    return [frozenset((t.lemma.lower(), t.text.lower(),
                       *((f"{t.lemma.lower()}s",) if t.pos == "NOUN" else ()),
                       *((MODIFIER_MARK,) if t.dep == "compound" else ())))
            for t in tokens]


def _options(lexicon: Lexicon, term: str) -> tuple[tuple[str, ...], ...]:
    """The word sequences a pattern term stands for (a synset or itself), computed once."""
    key = (id(lexicon), term)
    if key not in _OPTIONS:
        raw = lexicon.synsets.get(term, frozenset()) if term.startswith("&") else {term}
        _OPTIONS[key] = tuple(tuple(option.split()) for option in raw)
    return _OPTIONS[key]


def _term_matches(options: tuple[tuple[str, ...], ...], forms: Forms, at: int,
                  *, last: bool = False) -> int:
    """Length matched by a term (its ``options``) at ``forms[at]`` (0: no match).  The
    ``last`` term of a pattern ends on a phrase's head, not on a modifier of it ("aid"
    of "aid workers"); an earlier one may ("air" of "air strike")."""
    best = 0
    for words in options:
        n = len(words)
        if n > best and at + n <= len(forms) and all(
            words[k] in forms[at + k] for k in range(n)
        ) and not (last and MODIFIER_MARK in forms[at + n - 1]):
            best = n
    return best


def _reach(tokens: Sequence[Token]) -> list[int]:
    """Per position: the last position a later pattern term may end on.  After a
    preposition that is its own phrase's end: "withdraw from &treaty" needs the treaty in
    the "from" phrase, not in "withdrew from three villages under the deal"."""
    where = {t.i: n for n, t in enumerate(tokens)}
    last = len(tokens) - 1
    reach = [last] * len(tokens)
    for n, token in enumerate(tokens):
        if token.dep in PHRASE_BOUNDING_DEPS:
            reach[n] = max((m for m, other in enumerate(tokens)
                            if m >= n and _governed_by(other, token.i, where, tokens)),
                           default=n)
    return reach


def _governed_by(token: Token, head: int, where: dict[int, int],
                 tokens: Sequence[Token]) -> bool:
    """Whether ``head`` is ``token`` or one of its heads among ``tokens``."""
    current = token
    for _ in range(len(tokens)):
        if current.i == head:
            return True
        if current.head == current.i or current.head not in where:
            return False
        current = tokens[where[current.head]]
    return False


def _in_order(lexicon: Lexicon, terms: Sequence[str], forms: Forms, present: set[str],
              reach: Sequence[int] | None = None) -> bool:
    """Whether the terms occur in this order, each within the phrase of a preposition
    matched before it (``reach``); ``present`` (all forms) rules most out fast."""
    term_options = [_options(lexicon, term) for term in terms]
    if not all(any(words and words[0] in present for words in o) for o in term_options):
        return False
    bounds = list(reach) if reach is not None else [len(forms) - 1] * len(forms)
    return _match_from(term_options, 0, forms, bounds, 0, len(forms) - 1)


def _match_from(term_options: Sequence[tuple[tuple[str, ...], ...]], k: int, forms: Forms,
                reach: Sequence[int], at: int, limit: int) -> bool:
    """Terms ``k`` on match at or after ``at``, ending by ``limit`` (backtracking: the
    first "from" may head the wrong phrase)."""
    if k == len(term_options):
        return True
    last = k == len(term_options) - 1
    for start in range(at, min(limit, len(forms) - 1) + 1):
        length = _term_matches(term_options[k], forms, start, last=last)
        end = start + length - 1
        if length and end <= limit and _match_from(
                term_options, k + 1, forms, reach, end + 1, min(limit, reach[end])):
            return True
    return False


def best_pattern(
    lexicon: Lexicon, patterns: Sequence[Pattern], before: Sequence[Token],
    after: Sequence[Token], lemma: str = "", own_phrase: Sequence[Token] | None = None,
    default: str | None = None,
) -> Pattern | None:
    """The most specific matching pattern; among equally specific ones, one written for
    this very verb ("deploy troops" and "send troops" share a block but not a code).
    A pattern written for another verb of the block must name more than function words
    ("welcome ... to" = host a visit says nothing of "praise ... to") and more than the
    subject ("forces seized" = occupy says nothing of "forces arrested"), and matches only
    the verb's own phrase (``own_phrase``), not its complement clause ("want talks" is
    not "pressed X to resume talks")."""
    best: Pattern | None = None
    best_rank = (0, False)
    before_forms, after_forms = _forms(before), _forms(after)
    own_forms = _forms(own_phrase) if own_phrase is not None else after_forms
    after_reach = _reach(after)
    own_reach = _reach(own_phrase) if own_phrase is not None else after_reach
    present_before = set().union(*before_forms)
    present_after = set().union(*after_forms)
    present_own = set().union(*own_forms)
    for pattern in patterns:
        rank = (len(pattern.before) + len(pattern.after), pattern.verb == lemma)
        if rank[0] == 0 or rank <= best_rank:
            continue
        borrowed = bool(lemma) and pattern.verb is not None and pattern.verb != lemma
        if borrowed and (not pattern.after or all(
                term in FUNCTION_WORDS for term in (*pattern.before, *pattern.after))):
            continue  # nor by its subject alone: "forces seized" is no "forces arrested"
        if borrowed and _turns_words_into_deeds(default, pattern.code):
            continue
        if _turns_criticism_into_support(default, pattern.code):
            continue
        own = borrowed and own_phrase is not None
        forms, present, reach = ((own_forms, present_own, own_reach) if own
                                 else (after_forms, present_after, after_reach))
        if _in_order(lexicon, pattern.after, forms, present, reach) and _in_order(
            lexicon, pattern.before, before_forms, present_before
        ):
            best, best_rank = pattern, rank
    return best


def _turns_words_into_deeds(default: str | None, code: str | None) -> bool:
    """Whether a pattern would make a verbal act (criticism, rejection, threat: its verb's
    default) a material one: "accused X of war crimes" is no "convicted X of crimes"."""
    return bool(default and code) and default[:2] in VERBAL_CONFLICT_ROOTS \
        and code[:2] in MATERIAL_CONFLICT_ROOTS


def _turns_criticism_into_support(default: str | None, code: str | None) -> bool:
    """Whether a pattern would make a criticism support: "denounced the sanctions" names
    what is criticised (and by its author, whom), not a rally behind the sanctioned."""
    return bool(default and code) and default in CRITICISM_CODES \
        and code[:2] in SUPPORT_ROOTS


def verb_entry(lexicon: Lexicon, analysis: Analysis, verb: int) -> tuple[str, VerbEntry] | None:
    """The dictionary entry of a verb, trying phrasal forms ("call for") first."""
    token = analysis.tokens[verb]
    lemma = token.lemma.lower()
    for child in analysis.children(verb):
        particle = analysis.tokens[child]
        if child > verb and particle.dep in ("prt", "prep"):
            entry = lexicon.verb(f"{lemma} {particle.text.lower()}")
            if entry:
                return f"{lemma} {particle.text.lower()}", entry
    following = analysis.tokens[verb + 1] if verb + 1 < len(analysis.tokens) else None
    if following is not None and following.dep == "mark" and following.head > verb:
        # "called for North Korea to free ...": the particle heads the clause after it
        entry = lexicon.verb(f"{lemma} {following.text.lower()}")
        if entry:
            return f"{lemma} {following.text.lower()}", entry
    for form in (lemma, token.text.lower()):
        entry = lexicon.verb(form)
        if entry:
            return form, entry
    return None


def governs_clause(analysis: Analysis, verb: int) -> bool:
    return any(analysis.tokens[c].dep in CLAUSE_COMPLEMENTS for c in analysis.children(verb))


def code_verb(lexicon: Lexicon, analysis: Analysis, verb: int) -> Coding | None:
    """CAMEO code of a verb token, or ``None`` when it reports no codable act."""
    coding = _crowd_act(analysis, verb, _code_verb(lexicon, analysis, verb))
    coding = coding and words_as_blows(lexicon, analysis, verb, coding)
    coding = coding and words_as_shield(lexicon, analysis, verb, coding)
    if coding is not None and reports_no_act(lexicon, analysis, verb, coding):
        return None
    return coding


def _crowd_act(analysis: Analysis, verb: int, coding: Coding | None) -> Coding | None:
    """"Farmers blockaded the ports" is a protest by obstruction, "rioters set fire to
    the town hall" a riot: what a civilian crowd does by force is protest."""
    if coding is None:
        return None
    subjects = [c for c in analysis.children(verb) if analysis.tokens[c].dep == "nsubj"]
    if not any(analysis.tokens[c].lemma.lower() in CROWD_NOUNS for c in subjects):
        return coding
    if coding.code in CROWD_RECODES:
        return replace(coding, code=CROWD_RECODES[coding.code])
    if coding.code[:2] in VIOLENT_ROOTS:
        return replace(coding, code=RIOT_CODE)
    return coding


def is_stance_copula(analysis: Analysis, verb: int) -> bool:
    """"Libya was critical of the decision": the copula carries a stated stance."""
    return _stance(analysis, verb) is not None


def _stance(analysis: Analysis, verb: int) -> Coding | None:
    token = analysis.tokens[verb]
    if token.lemma.lower() not in STANCE_COPULAS:
        return None
    for child in analysis.children(verb):
        adjective = analysis.tokens[child]
        # a stance is toward something: "critical of", "ready for talks", "ready to meet";
        # "the situation is critical" or "he said he was ready" state none
        aimed = any(analysis.tokens[c].dep in ("prep", "xcomp")
                    for c in analysis.children(child))
        if adjective.dep == "acomp" and aimed \
                and adjective.lemma.lower() in STANCE_ADJECTIVES:
            return Coding(STANCE_ADJECTIVES[adjective.lemma.lower()], adjective.lemma.lower(),
                          None)
    return None


def _declines_to_speak(analysis: Analysis, verb: int) -> bool:
    """"Declined to comment on the report", "refused to be named"."""
    return analysis.tokens[verb].lemma.lower() in REFUSAL_VERBS and any(
        analysis.tokens[c].dep == "xcomp"
        and analysis.tokens[c].lemma.lower() in SPEECH_COMPLEMENTS
        for c in analysis.children(verb))


def _asks_a_question(analysis: Analysis, verb: int) -> bool:
    """"'Why now?' he asked", "asked whether talks would resume", "asked him about the
    treaty" are questions; "asked X to leave", "asked for aid", "asked that X be freed",
    "asked permission" are requests."""
    if analysis.tokens[verb].lemma.lower() not in QUESTION_VERBS:
        return False
    question = False
    for child in analysis.children(verb):
        token = analysis.tokens[child]
        if token.dep == "xcomp" or (token.dep == "prep" and token.text.lower() == "for"):
            return False
        if token.dep == "dobj" and token.pos == "NOUN":
            return False  # what is asked for: "asked permission", "asked clemency"
        if token.dep == "ccomp":
            if not _asks_which(analysis, child):
                return False
            question = True
        question = question or (token.dep == "prep" and token.text.lower() == "about")
    # a bare "asked" puts the question quoted beside it (the model may end the sentence
    # at the question's closing mark); "if Uganda asks" requests
    sentence = analysis.sentence_of(verb)
    said = analysis.text[max(0, sentence.start - QUESTION_REACH):sentence.end]
    return question or "?" in said or any(mark in said for mark in QUOTE_MARKS)


def _asks_which(analysis: Analysis, clause: int) -> bool:
    """A clause of an open question: "whether ...", "if ...", "what / why / who ..."."""
    words = [analysis.tokens[i] for i in analysis.subtree(clause)]
    first = words[0] if words else None
    return first is not None and (first.text.lower() in QUESTION_MARKS
                                  or first.tag in ("WDT", "WP", "WP$", "WRB"))


def _states_own_position(analysis: Analysis, verb: int) -> bool:
    """"Insisted that he would not hand over power": no demand of anyone else."""
    if analysis.tokens[verb].lemma.lower() not in OWN_POSITION_VERBS:
        return False
    for clause in analysis.children(verb):
        if analysis.tokens[clause].dep != "ccomp":
            continue
        subjects = [analysis.tokens[g] for g in analysis.children(clause)
                    if analysis.tokens[g].dep in SUBJECT_DEPS]
        return all(s.text.lower() in REPORTED_PRONOUNS for s in subjects)
    return False


def _code_verb(lexicon: Lexicon, analysis: Analysis, verb: int) -> Coding | None:
    if in_fixed_expression(analysis, verb):
        return None
    stance = _stance(analysis, verb)
    if stance is not None:
        return stance
    if _declines_to_speak(analysis, verb) or _states_own_position(analysis, verb) \
            or _asks_a_question(analysis, verb):
        return None
    lemma = analysis.tokens[verb].lemma.lower()
    if lemma in COMPLAINT_VERBS and any(
            lodged_complaint(analysis, analysis.tokens[c]) for c in analysis.children(verb)):
        return Coding(COMPLAINT_CODE, lemma, None)
    protest = _protest_act(analysis, verb)
    if protest is not None:
        return protest
    if lemma in ASSENT_VERBS and negated_here(analysis, verb):
        return Coding(REFUSAL_CODE, lemma, None, refusal=True)
    special = decided_by_object_or_doer(lexicon, analysis, verb)
    if special is not None:
        return special
    found = verb_entry(lexicon, analysis, verb)
    if found is None:
        return _code_light_verb(lexicon, analysis, verb) if lemma in LIGHT_VERBS else None
    form, entry = found
    if form in VERB_CODES_OVER_PATTERNS:
        return Coding(VERB_CODES_OVER_PATTERNS[form], form, None)
    has_clause = governs_clause(analysis, verb)
    if lemma in DESIRE_VERBS and _asks_another(analysis, verb):
        return Coding(DEMAND_CODE, form, None)
    if lemma in MARKER_ONLY_VERBS and has_clause:
        return None
    pattern = best_pattern(lexicon, lexicon.patterns.get(entry.block, []),
                           words_before(analysis, verb), words_after(analysis, verb), lemma,
                           words_after(analysis, verb, complement=False), entry.code)
    if pattern is not None:
        return Coding(pattern.code, form, pattern) if pattern.code else None
    if lemma in COMMISSIVE_VERBS and has_clause:
        return Coding(_commissive_code(lexicon, analysis, verb), form, None)
    if lemma in LIGHT_VERBS and form == lemma:
        # a light verb's default code ("take" = seize) says little: its object decides;
        # a phrasal form ("give up") is a verb of its own
        return _code_light_verb(lexicon, analysis, verb)
    code = VERB_CODE_OVERRIDES.get(form) or VERB_CODE_OVERRIDES.get(lemma) or entry.code \
        or DEFAULT_CODES.get(lemma) or _transitive_default(analysis, verb, form)
    return Coding(code, form, None) if code else None


def _transitive_default(analysis: Analysis, verb: int, form: str) -> str | None:
    if form in TRANSITIVE_DEFAULTS and any(analysis.tokens[c].dep == "dobj"
                                           for c in analysis.children(verb)):
        return TRANSITIVE_DEFAULTS[form]
    return None


def _asks_another(analysis: Analysis, verb: int) -> bool:
    """"Spain wants Britain to begin talks": the complement has a subject of its own."""
    return any(analysis.tokens[c].dep in ("ccomp", "xcomp") and any(
        analysis.tokens[g].dep in SUBJECT_DEPS for g in analysis.children(c))
        for c in analysis.children(verb))


def _commissive_code(lexicon: Lexicon, analysis: Analysis, verb: int) -> str:
    """"vowed to strike X" is a threat (CAMEO 13), "vowed to help X" a promise (03): the
    promised act's root decides, by the same table as stated intentions."""
    for child in analysis.children(verb):
        if analysis.tokens[child].dep not in CLAUSE_COMPLEMENTS:
            continue
        promised = code_verb(lexicon, analysis, child)
        if promised is not None and promised.code[:2] in FORCE_ROOTS:
            return INTENT_CODES.get(promised.code[:2], INTENT_CODE)
    return INTENT_CODE


def _code_light_verb(lexicon: Lexicon, analysis: Analysis, verb: int) -> Coding | None:
    """"made concessions" codes as "concede": the object's own dictionary entry."""
    for child in analysis.children(verb):
        token = analysis.tokens[child]
        if token.dep not in ("dobj", "nsubjpass"):
            continue
        exercise = _exercise_code(analysis, child)
        if exercise:
            return Coding(exercise, token.lemma.lower(), None)
        if any(analysis.tokens[c].dep == "compound" for c in analysis.children(child)):
            return None  # "hunger strike" is not a "strike": a compound changes the act
        if not _names_an_act(token):
            return None
        for form in (token.text.lower(), token.lemma.lower()):
            entry = lexicon.verb(form)
            if entry is None:
                continue
            pattern = best_pattern(lexicon, lexicon.patterns.get(entry.block, []),
                                   words_before(analysis, verb), words_after(analysis, child),
                                   token.lemma.lower())
            code = pattern.code if pattern else entry.code
            return Coding(code, form, pattern) if code else None
    return None


def _exercise_code(analysis: Analysis, noun: int) -> str | None:
    """"held joint naval drills" (military cooperation) or "held military exercises"."""
    token = analysis.tokens[noun]
    if token.lemma.lower() not in EXERCISE_NOUNS and token.text.lower() not in EXERCISE_NOUNS:
        return None
    modifiers = {analysis.tokens[c].text.lower() for c in analysis.children(noun)}
    return JOINT_EXERCISE_CODE if modifiers & JOINT_MODIFIERS else SHOW_OF_FORCE_CODE


def _protest_act(analysis: Analysis, verb: int) -> Coding | None:
    """"went on strike", "staged a hunger strike": a protest noun as the verb's object
    (or object of its preposition) names the act, whatever the verb; "in protest at"
    makes any act a protest."""
    heads = []
    for child in analysis.children(verb):
        token = analysis.tokens[child]
        if token.dep == "advcl" and token.lemma.lower() in PROTEST_PURPOSE_VERBS and any(
                analysis.tokens[c].tag == "TO" for c in analysis.children(child)):
            return Coding(IN_PROTEST_CODE, "to protest", None)  # "occupied X to protest"
        if token.dep == "prep" and token.text.lower() == "in" and any(
                analysis.tokens[c].lemma.lower() == "protest"
                for c in analysis.children(child) if analysis.tokens[c].dep == "pobj"):
            return Coding(IN_PROTEST_CODE, "in protest", None)
        if token.dep == "dobj":
            heads.append(child)
        elif token.dep == "prep" and token.text.lower() == "on":
            heads.extend(c for c in analysis.children(child)
                         if analysis.tokens[c].dep == "pobj")
    for head in heads:
        noun = analysis.tokens[head]
        # "hunger strike" and "air strike" differ by a compound; "general strike" does not
        compounds = [analysis.tokens[c].text.lower() for c in analysis.children(head)
                     if analysis.tokens[c].dep == "compound"
                     and not _duration(analysis, c)]
        for form in (" ".join([*compounds[-1:], noun.lemma.lower()]), noun.lemma.lower()):
            if form in PROTEST_ACT_NOUNS and (form != noun.lemma.lower() or not compounds):
                return Coding(PROTEST_ACT_NOUNS[form], form, None)
        hyphenated = _hyphenated_protest(analysis, head)
        if hyphenated is not None:
            return hyphenated
    return None


def _hyphenated_protest(analysis: Analysis, head: int) -> Coding | None:
    """"Staged a sit-in outside parliament": the parser splits a hyphenated protest noun
    into modifiers of another word, so its words are read as written, in the phrase."""
    tokens = [analysis.tokens[i] for i in analysis.subtree(head)]
    written = analysis.text[tokens[0].start : tokens[-1].end].lower()
    for form, code in PROTEST_ACT_NOUNS.items():
        if HYPHEN in form and re.search(rf"\b{re.escape(form)}\b", written):
            return Coding(code, form, None)
    return None


def _duration(analysis: Analysis, modifier: int) -> bool:
    """"24-hour", "two-day": a length of time says how long, not which act."""
    words = [analysis.tokens[i] for i in analysis.subtree(modifier)]
    return any(w.lemma.lower() in DURATION_NOUNS or any(ch.isdigit() for ch in w.text)
               for w in words)


def _names_an_act(token: Token) -> bool:
    forms = (token.text.lower(), token.lemma.lower())
    return any(f in NOUN_TRIGGERS or f.endswith(ACT_NOUN_SUFFIXES) for f in forms)


def in_fixed_expression(analysis: Analysis, verb: int) -> bool:
    following = analysis.tokens[verb + 1] if verb + 1 < len(analysis.tokens) else None
    word = analysis.tokens[verb].text.lower()
    if analysis.tokens[verb].lemma.lower() in PASSIVE_IDIOM_VERBS and any(
            analysis.tokens[c].dep == "auxpass" for c in analysis.children(verb)):
        return True  # "was met with protests"
    return following is not None and (word, following.text.lower()) in FIXED_EXPRESSIONS
