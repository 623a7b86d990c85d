"""What the server's workers do: load the model once, then read, extract and draw documents.

The functions here run in the worker processes of `quotes serve` (or in a thread of the server with
``--workers 0``): `start_worker` loads the pipeline once per worker, and each job function takes plain,
picklable values and returns plain values. They use the library's public functions only: documents go
through `quotes.io.extract_documents` and come out as `quotes.io.jsonl_record`, exactly as
``quotes extract --format jsonl`` writes them; the drawing is `quotes.render`'s.

`check_documents` is ``quotes check`` over a request's originals and rewrites, drawn by
`quotes.check_page`. Nothing here raises for a bad document: it becomes a record with status ``error``.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from spacy.language import Language

from ..extract import QuotesError, default_model_name, load_model
from ..io import InputError, extract_documents, jsonl_record, read_inputs
from ..link import link_pairs, summarize_speakers
from ..model import DocResult, Document
from ..people import People, read_people
from ..render import render
from ..table import to_frame

#: Values of the ``fast`` option: off, on (context where needed), or a context level of `quotes.fast`.
FAST_VALUES: tuple[bool | str, ...] = (False, True, "needed", "always", "none")
#: Request fields that are not a document's metadata.
DOCUMENT_FIELDS = ("doc_id", "text", "html")
#: The doc_id of a request's ``k``-th document (from 1) that has none: like ``<file>:<line>`` of a JSONL file.
REQUEST_ID = "request:{}"

_NLP: Language | None = None
_MODEL = ""
_START_ERROR: QuotesError | None = None
_PEOPLE: People | None = None


@dataclass(frozen=True)
class Options:
    """What a request may choose about the extraction.

    Attributes:
        fast: fast mode, as ``quotes extract --fast`` / ``--fast-context LEVEL`` (see `FAST_VALUES`).
        link_speakers: one canonical name per speaker across the request's documents, as
            ``quotes extract --link-speakers``.
    """

    fast: bool | str = False
    link_speakers: bool = False


@dataclass(frozen=True)
class Upload:
    """A file dropped on the page (``data``), or text pasted into it (``text``), before it is read."""

    name: str
    data: bytes | None = None
    text: str | None = None


@dataclass
class PageDocument:
    """One document as the page shows it: the JSONL record, the drawing, and what the download needs."""

    document: Document
    result: DocResult
    record: dict[str, Any]
    drawing: str | None = None
    drawing_note: str | None = None
    warnings: list[str] = field(default_factory=list)


def start_worker(model: str | None = None, speakers: str | None = None) -> None:
    """Load the pipeline (and the speakers file, when given), once: the initializer of each worker process.

    A pipeline that cannot be loaded is not raised here (a pool would only say that its worker died) but by
    every job after, `describe` first: `quotes.ModelNotFoundError` says how to install it.
    """
    global _NLP, _MODEL, _START_ERROR, _PEOPLE
    _MODEL = model or default_model_name()
    _START_ERROR = None
    try:
        _PEOPLE = read_people(speakers) if speakers else None
        _NLP = load_model(_MODEL)
    except QuotesError as err:  # kept for `describe` to raise, so that the server can say it in one line
        _START_ERROR = err


def describe() -> dict[str, Any]:
    """The worker's process id and the pipeline it loaded (name and version)."""
    nlp = _nlp()
    meta = nlp.meta
    return {"pid": os.getpid(), "model": _MODEL, "pipeline": f"{meta.get('lang')}_{meta.get('name')}", "version": meta.get("version")}


def _nlp() -> Language:
    if _START_ERROR is not None:
        raise _START_ERROR
    if _NLP is None:
        raise RuntimeError("the worker has no pipeline: start_worker was not called")
    return _NLP


# --------------------------------------------------------------------------------------------- the API


def extract_pairs(items: list[Any], options: Options) -> list[tuple[Document, DocResult]]:
    """Each of the request's documents with its result, in order, as `quotes.io.extract_documents` gives them.

    `quotes.io.jsonl_record` (or `quotes.io.write_table`) turns them into the records of
    ``quotes extract --format jsonl``.

    Args:
        items: the request's documents: objects with ``text`` or ``html`` and optional ``doc_id``; other
            fields are metadata. An item that is not such an object gives an ``error`` result.
        options: the request's `Options`.
    """
    documents = [request_document(item, position) for position, item in enumerate(items, 1)]
    return list(_extract(documents, options))


def speaker_rows(items: list[Any], options: Options) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The speaker table of ``quotes speakers`` over the request's documents, and each document's status.

    Returns:
        The rows of `quotes.summarize_speakers` as JSON values, and ``{doc_id, status, message}`` per document.
    """
    documents = [request_document(item, position) for position, item in enumerate(items, 1)]
    results = [result for _, result in _extract(documents, options)]
    table = summarize_speakers(to_frame(results))
    rows = json.loads(table.to_json(orient="records", force_ascii=False))
    statuses = [{"doc_id": r.doc_id, "status": r.status, "message": r.message or None, "n_quotes": len(r.quotes)} for r in results]
    return rows, statuses


def check_documents(originals: list[Any], derived: list[Any], min_words: int = 1, draw: bool = False) -> dict[str, Any]:
    """``quotes check``: each direct or mixed quote of the ``derived`` documents checked against the ``originals``.

    Args:
        originals: the request's original documents (as for `extract_pairs`; a string is one text).
        derived: the rewrites whose quotes are checked.
        min_words: quotes with fewer quoted words are left out.
        draw: also draw the rewrites with each quote coloured by its status (`quotes.check_page`).

    Returns:
        ``quotes``: the rows of `quotes.check`; ``summary``: the count of each status, ``passed`` (every
        quote verbatim, fragment or elided, and every document read: ``quotes check``'s exit code 0) and ``line`` (``quotes check``'s summary line); ``documents``:
        each document's side, doc_id, status, message and number of quotes; ``drawing``: HTML or None.
    """
    from ..check import PASSING, STATUSES, check_frames, link_together, summary_line
    from ..check_page import render_checked
    from ..quote_tables import results_frame

    sides = {}
    for side, items in (("original", originals), ("derived", derived)):
        documents = [request_document({"text": i} if isinstance(i, str) else i, k, f"{side}:{{}}") for k, i in enumerate(items, 1)]
        sides[side] = list(_extract(documents, Options()))
    left, right = (results_frame([r for _, r in sides[side]]) for side in ("original", "derived"))
    if len(left) and len(right):
        left, right = link_together(left, right)
    texts = {d.doc_id: d.text for d, r in sides["original"] if r.status != "error"}
    checked = check_frames(left, right, original_texts=texts, min_words=min_words)
    counts = checked["status"].value_counts()
    summary: dict[str, Any] = {"quotes": len(checked), **{s: int(counts.get(s, 0)) for s in STATUSES}}
    failed = any(r.status == "error" for pairs in sides.values() for _, r in pairs)
    summary.update(passed=not failed and bool(checked["status"].isin(PASSING).all()), line=summary_line(checked))
    drawing = None
    if draw:
        drawn = {d.doc_id: d.text for d, r in sides["derived"] if r.status != "error"}
        drawing = render_checked(checked, right, drawn, page=False)
    statuses = [
        {"side": side, "doc_id": r.doc_id, "status": r.status, "message": r.message or None, "n_quotes": len(r.quotes)}
        for side, pairs in sides.items()
        for _, r in pairs
    ]
    rows = json.loads(checked.to_json(orient="records", force_ascii=False))
    return {"quotes": rows, "summary": summary, "documents": statuses, "drawing": drawing}


def request_document(item: Any, position: int, fallback_id: str = REQUEST_ID) -> Document:
    """A `Document` from one document of a request; one that cannot be read has ``error`` set.

    ``html`` is read as ``quotes extract`` reads an ``.html`` file (article text by trafilatura, offline;
    title, author, date and url into the metadata); the request's own fields win over those. A document
    without a doc_id gets ``fallback_id`` with its position (from 1).
    """
    fallback = fallback_id.format(position)
    if not isinstance(item, dict):
        return _bad(fallback, f"a document must be a JSON object with a \"text\" or \"html\" field, not {_kind(item)}")
    doc_id = item.get("doc_id")
    if doc_id is None:
        doc_id = fallback
    elif isinstance(doc_id, (int, str)) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    else:
        return _bad(fallback, f"\"doc_id\" must be a string or a number, not {_kind(doc_id)}")
    meta = {key: value for key, value in item.items() if key not in DOCUMENT_FIELDS}
    given = [name for name in ("text", "html") if item.get(name) is not None]
    if len(given) != 1:
        problem = "both \"text\" and \"html\"" if given else "no \"text\" or \"html\" field"
        return _bad(doc_id, f"the document has {problem}: give one of them", meta)
    name = given[0]
    value = item[name]
    if not isinstance(value, str):
        return _bad(doc_id, f"\"{name}\" must be a string, not {_kind(value)}", meta)
    if name == "text":
        return Document(doc_id=doc_id, text=value, source="request", meta=meta)
    read = _read_file("document.html", value.encode("utf8"))
    document = read[0] if read else Document(doc_id=doc_id, text="")
    return replace(document, doc_id=doc_id, source="request", meta={**document.meta, **meta})


def _bad(doc_id: str, message: str, meta: dict[str, Any] | None = None) -> Document:
    return Document(doc_id=doc_id, text="", source="request", meta=meta or {}, error=message)


def _kind(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "true/false", type(None): "null"}
    return names.get(type(value), "a number" if isinstance(value, (int, float)) else type(value).__name__)


def _extract(documents: list[Document], options: Options) -> Iterator[tuple[Document, DocResult]]:
    pairs = extract_documents(documents, nlp=_nlp(), fast=options.fast, speakers=_PEOPLE)
    if options.link_speakers:
        return iter(link_pairs(pairs, keep_text=True))
    return pairs


# --------------------------------------------------------------------------------------------- the page


def page_documents(upload: Upload) -> list[PageDocument]:
    """Read a dropped file or pasted text as ``quotes extract`` would, extract, and draw each document.

    A file is read by its extension as by ``quotes extract FILE`` (so its doc_ids are the same): a
    ``.jsonl`` or ``.csv`` file may hold many documents. A file that cannot be read as asked (a CSV
    without a ``text`` column) gives one ``error`` document named after the file.
    """
    warnings: list[str] = []
    if upload.text is not None:
        documents = [Document(doc_id=upload.name or "pasted", text=upload.text, source="paste")]
    else:
        documents = _read_file(upload.name, upload.data or b"", warnings.append)
    out = []
    for document, result in extract_documents(documents, nlp=_nlp(), speakers=_PEOPLE):
        record = jsonl_record(result)
        item = PageDocument(document=document, result=result, record=record, warnings=warnings)
        if result.status == "ok":
            item.drawing, item.drawing_note = _draw(document.text)
        out.append(item)
    return out


def _draw(text: str) -> tuple[str | None, str | None]:
    """`quotes.render`'s drawing of a text, or why there is none."""
    nlp = _nlp()
    if len(text) > nlp.max_length:
        return None, f"the text is too long to draw ({len(text):,} characters); the table has its quotes"
    try:
        return render(nlp(text), jupyter=False), None
    except Exception as err:  # the table is still shown: a drawing that fails is said, not fatal
        return None, f"could not draw this document: {type(err).__name__}: {err}"


def _read_file(name: str, data: bytes, warn: Any = None) -> list[Document]:
    """The documents of one file, read by `quotes.io.read_inputs` from a private temporary folder."""
    base = Path(name.replace("\\", "/")).name.lstrip(".") or "upload.txt"
    with tempfile.TemporaryDirectory(prefix="quotes-serve-") as folder:
        path = Path(folder) / base
        path.write_bytes(data)
        try:
            documents = list(read_inputs([str(path)], warn=lambda message: (warn or _ignore)(message.replace(str(path), base))))
        except InputError as err:
            message = str(err).replace(str(path), base)
            return [Document(doc_id=path.stem, text="", source=base, error=message)]
    here = str(path)

    def scrub(value: Any) -> Any:  # the temporary path is no business of the user's
        return value.replace(here, base) if isinstance(value, str) else value

    return [
        replace(d, source=base, error=scrub(d.error), meta={key: scrub(value) for key, value in d.meta.items()})
        for d in documents
    ]


def _ignore(message: str) -> None:
    pass
