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
    COMMISSIVE_VERBS,
    DEFAULT_CODES,
    FIXED_EXPRESSIONS,
    INTENT_CODE,
    LIGHT_VERBS,
    MARKER_ONLY_VERBS,
    NOUN_TRIGGERS,
    SUBJECT_DEPS,
    VERB_CODE_OVERRIDES,
)
from communique.model import Analysis, Token

# Clauses below a verb that report other acts: their words never fill its pattern.
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "conj", "parataxis", "csubj", "acl"})
CLAUSE_COMPLEMENTS = frozenset({"xcomp", "ccomp"})


@dataclass(frozen=True, slots=True)
class Coding:
    code: str
    verb_form: str
    pattern: Pattern | None


def words_after(analysis: Analysis, verb: int) -> list[Token]:
    """The tokens a verb governs after it, without embedded clauses of their own."""
    out: list[Token] = []
    for child in analysis.children(verb):
        token = analysis.tokens[child]
        passive_subject = token.dep in ("nsubjpass", "csubjpass")  # the object, moved
        if (child < verb and not passive_subject) or token.dep in CLAUSE_DEPS \
                or token.dep in SUBJECT_DEPS:
            continue
        out.extend(analysis.tokens[i] for i in analysis.subtree(child))
    out.extend(analysis.tokens[i] for i in raised_object(analysis, verb))
    return sorted(out, key=lambda t: t.i)


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


def _term_matches(lexicon: Lexicon, term: str, tokens: Sequence[Token], at: int) -> int:
    """Length matched by ``term`` at ``tokens[at]`` (0 when it does not match)."""
    options = lexicon.synsets.get(term, frozenset()) if term.startswith("&") else {term}
    best = 0
    for option in options:
        words = option.split()
        window = tokens[at : at + len(words)]
        if len(window) == len(words) and all(
            w in (t.lemma.lower(), t.text.lower()) for w, t in zip(words, window, strict=True)
        ):
            best = max(best, len(words))
    return best


def _in_order(lexicon: Lexicon, terms: Sequence[str], tokens: Sequence[Token]) -> bool:
    at = 0
    for term in terms:
        while at < len(tokens) and not _term_matches(lexicon, term, tokens, at):
            at += 1
        if at >= len(tokens):
            return False
        at += _term_matches(lexicon, term, tokens, at)
    return True


def best_pattern(
    lexicon: Lexicon, patterns: Sequence[Pattern], before: Sequence[Token],
    after: Sequence[Token], lemma: str = "",
) -> Pattern | None:
    """The most specific matching pattern; among equally specific ones, one written for
    this very verb ("deploy troops" and "send troops" share a block but not a code)."""
    best: Pattern | None = None
    best_rank = (0, False)
    for pattern in patterns:
        rank = (len(pattern.before) + len(pattern.after), pattern.verb == lemma)
        if rank[0] == 0 or rank <= best_rank:
            continue
        if _in_order(lexicon, pattern.after, after) and _in_order(lexicon, pattern.before, before):
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
    found = verb_entry(lexicon, analysis, verb)
    if found is None:
        return None
    form, entry = found
    lemma = analysis.tokens[verb].lemma.lower()
    has_clause = governs_clause(analysis, verb)
    if lemma in MARKER_ONLY_VERBS and has_clause:
        return None
    pattern = best_pattern(lexicon, lexicon.patterns.get(entry.block, []),
                           words_before(analysis, verb), words_after(analysis, verb), lemma)
    if pattern is not None:
        return Coding(pattern.code, form, pattern) if pattern.code else None
    if lemma in COMMISSIVE_VERBS and has_clause:
        return Coding(INTENT_CODE, form, None)
    if lemma in LIGHT_VERBS:
        # a light verb's default code ("take" = seize) says little: its object decides
        return _code_light_verb(lexicon, analysis, verb)
    code = VERB_CODE_OVERRIDES.get(lemma) or entry.code or DEFAULT_CODES.get(lemma)
    return Coding(code, form, None) if code else None


def _code_light_verb(lexicon: Lexicon, analysis: Analysis, verb: int) -> Coding | None:
    """"made concessions" codes as "concede": the object's own dictionary entry."""
    for child in analysis.children(verb):
        token = analysis.tokens[child]
        if token.dep not in ("dobj", "nsubjpass"):
            continue
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
            return Coding(NOUN_TRIGGERS[form], form, None)
    return None
