"""Which act a verb (or meeting noun) reports: CAMEO code from the verb-pattern dictionary.

A trigger's CAMEO code comes from its verb block in the dictionary: the most specific
pattern whose words all occur, in order, in the words the verb governs (and, for words
before ``*``, in its subject) wins; with none, the verb's default code; a pattern coded
``---`` means "not an event".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from communique.events.lexicon import Lexicon, Pattern, VerbEntry
from communique.events.vocab import (
    ACT_NOUN_SUFFIXES,
    ADJUNCT_PREPOSITIONS,
    COMMISSIVE_VERBS,
    COMPLAINT_CODE,
    COMPLAINT_NOUNS,
    COMPLAINT_VERBS,
    DEFAULT_CODES,
    DEMAND_CODE,
    DESIRE_VERBS,
    EXERCISE_NOUNS,
    FIXED_EXPRESSIONS,
    FORCE_ROOTS,
    FUNCTION_WORDS,
    IN_PROTEST_CODE,
    INTENT_CODE,
    INTENT_CODES,
    JOINT_EXERCISE_CODE,
    JOINT_MODIFIERS,
    LIGHT_VERBS,
    MARKER_ONLY_VERBS,
    NOUN_TRIGGERS,
    PROTEST_ACT_NOUNS,
    SHOW_OF_FORCE_CODE,
    SUBJECT_DEPS,
    VERB_CODE_OVERRIDES,
)
from communique.model import Analysis, Token

# Clauses below a verb that report other acts: their words never fill its pattern.
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "conj", "parataxis", "csubj", "acl"})
CLAUSE_COMPLEMENTS = frozenset({"xcomp", "ccomp"})
TIME_LABELS = frozenset({"DATE", "TIME"})


@dataclass(frozen=True, slots=True)
class Coding:
    code: str
    verb_form: str
    pattern: Pattern | None


def words_after(analysis: Analysis, verb: int, *, complement: bool = True) -> list[Token]:
    """The tokens a verb governs after it, without embedded clauses of their own, nor
    adjuncts of time ("on Saturday", "after the attack"); with ``complement=False``
    without its infinitive complement either ("pressed X to resume talks")."""
    out: list[Token] = []
    for child in analysis.children(verb):
        token = analysis.tokens[child]
        passive_subject = token.dep in ("nsubjpass", "csubjpass")  # the object, moved
        if (child < verb and not passive_subject) or token.dep in CLAUSE_DEPS \
                or token.dep in SUBJECT_DEPS or _adjunct(analysis, child) \
                or (not complement and token.dep == "xcomp"):
            continue
        out.extend(analysis.tokens[i] for i in analysis.subtree(child))
    out.extend(analysis.tokens[i] for i in raised_object(analysis, verb))
    return sorted(out, key=lambda t: t.i)


def _adjunct(analysis: Analysis, child: int) -> bool:
    token = analysis.tokens[child]
    if token.dep == "prep" and token.text.lower() in ADJUNCT_PREPOSITIONS:
        return True
    if token.dep == "npadvmod" and token.ent_type in TIME_LABELS:
        return True
    objects = [c for c in analysis.children(child) if analysis.tokens[c].dep == "pobj"]
    return token.dep == "prep" and bool(objects) and all(
        analysis.tokens[o].ent_type in TIME_LABELS for o in objects)


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


def _forms(tokens: Sequence[Token]) -> Forms:
    return [frozenset((t.lemma.lower(), t.text.lower())) for t in tokens]


def _options(lexicon: Lexicon, term: str) -> tuple[tuple[str, ...], ...]:
    """The word sequences a pattern term stands for (a synset or itself), computed once."""
    key = (id(lexicon), term)
    if key not in _OPTIONS:
        raw = lexicon.synsets.get(term, frozenset()) if term.startswith("&") else {term}
        _OPTIONS[key] = tuple(tuple(option.split()) for option in raw)
    return _OPTIONS[key]


def _term_matches(options: tuple[tuple[str, ...], ...], forms: Forms, at: int) -> int:
    """Length matched by a term (its ``options``) at ``forms[at]`` (0: no match)."""
    best = 0
    for words in options:
        n = len(words)
        if n > best and at + n <= len(forms) and all(
            words[k] in forms[at + k] for k in range(n)
        ):
            best = n
    return best


def _in_order(lexicon: Lexicon, terms: Sequence[str], forms: Forms, present: set[str]) -> bool:
    """Whether the terms occur in this order; ``present`` (all forms) rules most out fast."""
    term_options = [_options(lexicon, term) for term in terms]
    if not all(any(words and words[0] in present for words in o) for o in term_options):
        return False
    at = 0
    for options in term_options:
        while at < len(forms) and not _term_matches(options, forms, at):
            at += 1
        if at >= len(forms):
            return False
        at += _term_matches(options, forms, at)
    return True


def best_pattern(
    lexicon: Lexicon, patterns: Sequence[Pattern], before: Sequence[Token],
    after: Sequence[Token], lemma: str = "", own_phrase: Sequence[Token] | None = None,
) -> Pattern | None:
    """The most specific matching pattern; among equally specific ones, one written for
    this very verb ("deploy troops" and "send troops" share a block but not a code).
    A pattern written for another verb of the block must name more than function words
    ("welcome ... to" = host a visit says nothing of "praise ... to"), and matches only
    the verb's own phrase (``own_phrase``), not its complement clause ("want talks" is
    not "pressed X to resume talks")."""
    best: Pattern | None = None
    best_rank = (0, False)
    before_forms, after_forms = _forms(before), _forms(after)
    own_forms = _forms(own_phrase) if own_phrase is not None else after_forms
    present_before = set().union(*before_forms)
    present_after = set().union(*after_forms)
    present_own = set().union(*own_forms)
    for pattern in patterns:
        rank = (len(pattern.before) + len(pattern.after), pattern.verb == lemma)
        if rank[0] == 0 or rank <= best_rank:
            continue
        borrowed = bool(lemma) and pattern.verb is not None and pattern.verb != lemma
        if borrowed and all(term in FUNCTION_WORDS for term in (*pattern.before,
                                                                 *pattern.after)):
            continue
        own = borrowed and own_phrase is not None
        forms, present = (own_forms, present_own) if own else (after_forms, present_after)
        if _in_order(lexicon, pattern.after, forms, present) and _in_order(
            lexicon, pattern.before, before_forms, present_before
        ):
            best, best_rank = pattern, rank
    return best


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
    if in_fixed_expression(analysis, verb):
        return None
    lemma = analysis.tokens[verb].lemma.lower()
    if lemma in COMPLAINT_VERBS and any(
            _lodged_complaint(analysis, analysis.tokens[c]) for c in analysis.children(verb)):
        return Coding(COMPLAINT_CODE, lemma, None)
    protest = _protest_act(analysis, verb)
    if protest is not None:
        return protest
    found = verb_entry(lexicon, analysis, verb)
    if found is None:
        return _code_light_verb(lexicon, analysis, verb) if lemma in LIGHT_VERBS else None
    form, entry = found
    has_clause = governs_clause(analysis, verb)
    if lemma in DESIRE_VERBS and _asks_another(analysis, verb):
        return Coding(DEMAND_CODE, form, None)
    if lemma in MARKER_ONLY_VERBS and has_clause:
        return None
    pattern = best_pattern(lexicon, lexicon.patterns.get(entry.block, []),
                           words_before(analysis, verb), words_after(analysis, verb), lemma,
                           words_after(analysis, verb, complement=False))
    if pattern is not None:
        return Coding(pattern.code, form, pattern) if pattern.code else None
    if lemma in COMMISSIVE_VERBS and has_clause:
        return Coding(_commissive_code(lexicon, analysis, verb), form, None)
    if lemma in LIGHT_VERBS:
        # a light verb's default code ("take" = seize) says little: its object decides
        return _code_light_verb(lexicon, analysis, verb)
    code = VERB_CODE_OVERRIDES.get(form) or VERB_CODE_OVERRIDES.get(lemma) or entry.code \
        or DEFAULT_CODES.get(lemma)
    return Coding(code, form, None) if code else None


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
                     if analysis.tokens[c].dep == "compound"]
        for form in (" ".join([*compounds[-1:], noun.lemma.lower()]), noun.lemma.lower()):
            if form in PROTEST_ACT_NOUNS and (form != noun.lemma.lower() or not compounds):
                return Coding(PROTEST_ACT_NOUNS[form], form, None)
    return None


def _names_an_act(token: Token) -> bool:
    forms = (token.text.lower(), token.lemma.lower())
    return any(f in NOUN_TRIGGERS or f.endswith(ACT_NOUN_SUFFIXES) for f in forms)


def in_fixed_expression(analysis: Analysis, verb: int) -> bool:
    following = analysis.tokens[verb + 1] if verb + 1 < len(analysis.tokens) else None
    word = analysis.tokens[verb].text.lower()
    return following is not None and (word, following.text.lower()) in FIXED_EXPRESSIONS


def code_noun(analysis: Analysis, noun: int) -> Coding | None:
    token = analysis.tokens[noun]
    if token.pos != "NOUN":
        return None
    for form in (token.text.lower(), token.lemma.lower()):
        if form in NOUN_TRIGGERS:
            if _lodged_complaint(analysis, token):
                return Coding(COMPLAINT_CODE, form, None)
            return Coding(NOUN_TRIGGERS[form], form, None)
    return None


def _lodged_complaint(analysis: Analysis, noun: Token) -> bool:
    """"lodged a protest with Turkey" is an official complaint, not a demonstration."""
    governor = analysis.tokens[noun.head]
    return (noun.dep == "dobj" and noun.lemma.lower() in COMPLAINT_NOUNS
            and governor.lemma.lower() in COMPLAINT_VERBS)
