"""The `quotes serve` application: the HTTP API, the page's routes, and errors as JSON.

Built on FastAPI; the model is loaded once per worker (`quotes.serve.work`), and every request's
parsing runs in the worker pool, so the server keeps answering (``/health``, the page, other requests)
while a long article is parsed.
"""

from __future__ import annotations

import asyncio
import io
import json
import re
import sys
import threading
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import asynccontextmanager
from dataclasses import dataclass
from functools import partial
from importlib.resources import files
from multiprocessing import get_context
from typing import Annotated, Any, Literal

from fastapi import Body, FastAPI, File, Form, Request, UploadFile
from fastapi.responses import FileResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field, model_validator
from starlette.exceptions import HTTPException

from .. import __version__
from ..io import FORMATS, OutputError, jsonl_record, write_table
from ..model import DocResult, Document
from . import errors, work
from .errors import error_response
from .examples import CHECK_EXAMPLES, EXTRACT_EXAMPLES, SPEAKERS_EXAMPLES

#: The largest request body accepted by default (``--max-bytes``).
DEFAULT_MAX_BYTES = 5_000_000
#: Page batches whose results are kept for download; the oldest are dropped first.
MAX_BATCHES = 16
#: Characters of document text kept for downloads, over all batches; the oldest batches go first.
MAX_KEPT_CHARS = 50_000_000
STATIC = files("quotes.serve") / "static"
MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson; charset=utf-8", "parquet": "application/vnd.apache.parquet"}
NDJSON = "application/x-ndjson"
_BATCH_ID = re.compile(r"[A-Za-z0-9_-]{8,64}")


@dataclass(frozen=True)
class Settings:
    """How the server runs.

    Attributes:
        model: the spaCy pipeline (as ``--model``; default: `quotes.load_model`'s).
        workers: worker processes that parse; 0 parses in a thread of the server process (one at a time).
        max_bytes: the largest request body; larger ones get 413.
        speakers: the path of the newsroom's speakers file (as ``--speakers``, `quotes.people`), read by each
            worker once, or None.
    """

    model: str | None = None
    workers: int = 1
    max_bytes: int = DEFAULT_MAX_BYTES
    speakers: str | None = None


# --------------------------------------------------------------------------------------------- models


class ExtractOptions(BaseModel):
    """Choices about the extraction, as the options of ``quotes extract``."""

    model_config = ConfigDict(extra="forbid")

    fast: bool | Literal["needed", "always", "none"] = Field(
        False, description="Fast mode: parse only the sentences that can hold a quote (as --fast / --fast-context LEVEL)."
    )
    link_speakers: bool = Field(False, description="One canonical name per speaker across the documents (as --link-speakers).")


class ExtractRequest(BaseModel):
    """Documents to read (``documents``), or one text (``text``, with an optional ``doc_id``)."""

    model_config = ConfigDict(extra="forbid")

    documents: list[Any] | None = Field(
        None,
        description="Objects with doc_id and text (or html: the article text is extracted from the page, offline); "
        "other fields are kept as metadata. A document that is not valid gets an error record; the others are read.",
        json_schema_extra={
            "items": {
                "type": "object",
                "properties": {"doc_id": {"type": "string"}, "text": {"type": "string"}, "html": {"type": "string"}},
                "additionalProperties": True,
            }
        },
    )
    text: str | None = Field(None, description="One text, instead of documents.")
    doc_id: str | None = Field(None, description="The id of the one text (default: text).")
    options: ExtractOptions = Field(default_factory=ExtractOptions)

    @model_validator(mode="after")
    def _one_input(self) -> ExtractRequest:
        if (self.documents is None) == (self.text is None):
            raise ValueError('give either "documents" (a list of objects) or "text" (one string), not both or neither')
        if self.doc_id is not None and self.text is None:
            raise ValueError('"doc_id" goes with "text"; in "documents" each document has its own doc_id')
        return self

    def items(self) -> list[Any]:
        if self.documents is not None:
            return self.documents
        return [{"doc_id": self.doc_id or "text", "text": self.text}]

    def work_options(self) -> work.Options:
        return work.Options(fast=self.options.fast, link_speakers=self.options.link_speakers)


class CheckOptions(BaseModel):
    """Choices about the check, as the options of ``quotes check``."""

    model_config = ConfigDict(extra="forbid")

    min_words: int = Field(1, ge=1, description="Leave out quotes with fewer quoted words (as --min-words).")
    draw: bool = Field(False, description="Also return `drawing`: the rewrites as HTML, each quote coloured by its status.")


class CheckRequest(BaseModel):
    """Original documents, and rewrites of them whose quotes are checked."""

    model_config = ConfigDict(extra="forbid")

    originals: list[Any] = Field(
        min_length=1,
        description="The originals: objects as the documents of /extract (doc_id, text or html, metadata), or strings.",
    )
    derived: list[Any] = Field(min_length=1, description="The rewrites (summaries, edits, copies), in the same forms.")
    options: CheckOptions = Field(default_factory=CheckOptions)


class CheckResponse(BaseModel):
    quotes: list[dict[str, Any]] = Field(description="One row per quote of the rewrites, the columns of `quotes check`.")
    summary: dict[str, Any] = Field(description="The number of quotes with each status; `passed` (all verbatim, fragment or elided, every document read); `line`.")
    documents: list[dict[str, Any]] = Field(description="Each document's side (original/derived), doc_id, status, message, n_quotes.")
    drawing: str | None = Field(None, description="With options.draw: the rewrites drawn as HTML (a fragment).")


class Summary(BaseModel):
    documents: int
    ok: int
    empty: int
    error: int
    quotes: int


class ExtractResponse(BaseModel):
    documents: list[dict[str, Any]] = Field(description="One record per document, as a line of `quotes extract --format jsonl`.")
    summary: Summary


class SpeakersResponse(BaseModel):
    speakers: list[dict[str, Any]] = Field(description="The rows of `quotes speakers`, most quoted first.")
    documents: list[dict[str, Any]] = Field(description="Each document's doc_id, status, message and number of quotes.")


class Health(BaseModel):
    status: str
    version: str
    model: str
    pipeline: str
    workers: int


class ErrorBody(BaseModel):
    error: str = Field(description="What is wrong, and how to fix it.")
    status: int
    details: list[str] | None = None


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "The body is not valid JSON (or not UTF-8 text)."},
    413: {"model": ErrorBody, "description": "The body is larger than the server's --max-bytes."},
    415: {"model": ErrorBody, "description": "The body is neither JSON nor text/plain."},
    422: {"model": ErrorBody, "description": "The JSON does not have the shape described here."},
}
TEXT_BODY = {
    "requestBody": {
        "content": {
            "text/plain": {
                "schema": {"type": "string"},
                "example": "“We will rebuild the bridge by spring,” the mayor, Ana Ruiz, said on Monday.",
            }
        }
    }
}


# --------------------------------------------------------------------------------------------- workers


class WorkerCrashed(RuntimeError):
    """A worker process died while it read a request's documents (the pool is started again)."""


class Workers:
    """The pool that parses: processes (each loading the model once), or one thread with ``workers=0``."""

    def __init__(self, model: str | None, workers: int, speakers: str | None = None) -> None:
        self.model = model
        self.speakers = speakers
        self.size = workers
        self.pool: Executor | None = None
        self.info: dict[str, Any] = {}
        self._lock = threading.Lock()

    def start(self) -> dict[str, Any]:
        """Start the pool and wait until every worker has loaded the model; return what they loaded.

        Raises:
            QuotesError: the model cannot be loaded (the message says how to install it).
        """
        self.pool = self._new_pool()
        futures = [self.pool.submit(work.describe) for _ in range(max(self.size, 1))]
        described = [future.result() for future in futures]
        self.info = described[0]
        return self.info

    def _new_pool(self) -> Executor:
        if self.size == 0:
            return ThreadPoolExecutor(1, thread_name_prefix="quotes-worker", initializer=work.start_worker, initargs=(self.model, self.speakers))
        context = get_context("spawn")  # not fork: the server has threads, and each worker loads the model itself
        return ProcessPoolExecutor(self.size, mp_context=context, initializer=work.start_worker, initargs=(self.model, self.speakers))

    async def run(self, function: Callable[..., Any], *args: Any) -> Any:
        """Run ``function(*args)`` in the pool without blocking the event loop.

        Raises:
            WorkerCrashed: the worker died (out of memory, killed); a new pool is started for later requests.
        """
        pool = self.pool
        if pool is None:
            raise RuntimeError("the worker pool is not started")
        try:
            return await asyncio.get_running_loop().run_in_executor(pool, partial(function, *args))
        except BrokenProcessPool:
            with self._lock:
                if self.pool is pool:
                    pool.shutdown(wait=False, cancel_futures=True)
                    self.pool = self._new_pool()
            raise WorkerCrashed("a worker process died while reading these documents (out of memory?)") from None

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None


class Batches:
    """The page's results, kept by batch so that the download buttons can write them with `write_table`."""

    def __init__(self, max_batches: int = MAX_BATCHES, max_chars: int = MAX_KEPT_CHARS) -> None:
        self.max_batches = max_batches
        self.max_chars = max_chars
        self._batches: OrderedDict[str, dict[tuple[int, int], tuple[Document, DocResult]]] = OrderedDict()

    def add(self, batch: str, index: int, pairs: list[tuple[Document, DocResult]]) -> None:
        kept = self._batches.setdefault(batch, {})
        self._batches.move_to_end(batch)
        for position, pair in enumerate(pairs):
            kept[(index, position)] = pair
        while len(self._batches) > self.max_batches or (len(self._batches) > 1 and self._chars() > self.max_chars):
            self._batches.popitem(last=False)

    def pairs(self, batch: str) -> list[tuple[Document, DocResult]] | None:
        kept = self._batches.get(batch)
        return None if kept is None else [kept[key] for key in sorted(kept)]

    def _chars(self) -> int:
        return sum(len(d.text) for kept in self._batches.values() for d, _ in kept.values())


# --------------------------------------------------------------------------------------------- the app


def create_app(
    settings: Settings | None = None, *, on_ready: Callable[[dict[str, Any]], None] | None = None, **options: Any
) -> FastAPI:
    """The FastAPI application; the worker pool starts (and loads the model) when the app starts.

    Args:
        settings: a `Settings`; or its fields as keyword arguments (``model``, ``workers``, ``max_bytes``).
        on_ready: called with what the workers loaded (`quotes.serve.work.describe`) once they are ready.
    """
    settings = settings or Settings(**options)
    workers = Workers(settings.model, settings.workers, settings.speakers)
    batches = Batches()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        info = workers.info if workers.pool is not None else await asyncio.to_thread(workers.start)
        if on_ready is not None:
            on_ready(info)
        try:
            yield
        finally:
            await asyncio.to_thread(workers.close)

    app = FastAPI(
        title="quotes",
        version=__version__,
        summary="Who said what, and how: quotes with their speakers, from news articles.",
        description="Runs on your own machine: nothing is sent anywhere. The records are those of "
        "`quotes extract --format jsonl`; errors are JSON `{\"error\": ..., \"status\": ...}`.",
        lifespan=lifespan,
        # FastAPI's /docs and /redoc pages load their scripts from a CDN: this server sends nothing elsewhere,
        # so it serves the description itself (/openapi.json) for any OpenAPI viewer or client generator.
        docs_url=None,
        redoc_url=None,
    )
    app.state.workers = workers
    app.state.batches = batches
    app.state.settings = settings
    errors.install(app, settings.max_bytes)

    @app.get("/health", tags=["service"], response_model=Health)
    async def health() -> dict[str, Any]:
        """Whether the server is up, and the model its workers loaded."""
        info = workers.info
        return {
            "status": "ok",
            "version": __version__,
            "model": info.get("model", ""),
            "pipeline": f"{info.get('pipeline')} {info.get('version')}",
            "workers": settings.workers,
        }

    @app.post(
        "/extract",
        tags=["extract"],
        response_model=ExtractResponse,
        responses={**ERROR_RESPONSES, 200: {"content": {NDJSON: {"schema": {"type": "string"}}}}},
        openapi_extra=TEXT_BODY,
    )
    async def extract(
        request: Request, body: Annotated[ExtractRequest, Body(openapi_examples=EXTRACT_EXAMPLES)]
    ) -> Response:
        """The quotes of each document, as the records of `quotes extract --format jsonl`.

        One record per document, in order, with `status` `ok`, `empty` or `error` (and `message`): a
        document that cannot be read gets an error record and the others are still read. With
        `Accept: application/x-ndjson` the answer is exactly the JSONL that `quotes extract` writes.
        A `text/plain` body is one text, with doc_id `text`.
        """
        pairs = await _run(workers, work.extract_pairs, body.items(), body.work_options())
        if NDJSON in request.headers.get("accept", ""):
            out = io.StringIO()
            write_table(pairs, out, "jsonl")
            return Response(out.getvalue(), media_type=NDJSON)
        records = [jsonl_record(result, text=document.text) for document, result in pairs]
        summary = {"documents": len(pairs), "ok": 0, "empty": 0, "error": 0, "quotes": 0}
        for _, result in pairs:
            summary[result.status] = summary.get(result.status, 0) + 1
            summary["quotes"] += len(result.quotes)
        return _json({"documents": records, "summary": summary})

    @app.post("/speakers", tags=["extract"], response_model=SpeakersResponse, responses=ERROR_RESPONSES, openapi_extra=TEXT_BODY)
    async def speakers(body: Annotated[ExtractRequest, Body(openapi_examples=SPEAKERS_EXAMPLES)]) -> Response:
        """One row per speaker over all the documents, as `quotes speakers` writes them."""
        rows, statuses = await _run(workers, work.speaker_rows, body.items(), body.work_options())
        return _json({"speakers": rows, "documents": statuses})

    @app.post("/check", tags=["check"], response_model=CheckResponse, responses=ERROR_RESPONSES)
    async def check(body: Annotated[CheckRequest, Body(openapi_examples=CHECK_EXAMPLES)]) -> Response:
        """Check each direct or mixed quote of the rewrites against the originals, as `quotes check`.

        Each quote is `verbatim`, `fragment`, `elided`, `altered` (with the word `differences`),
        `misattributed` (the words are in the originals, said by someone else) or `not-found`; the row
        names the original quote it was matched to. A document that cannot be read gets its error in
        `documents`; the others are still checked.
        """
        options = body.options
        result = await _run(workers, work.check_documents, body.originals, body.derived, options.min_words, options.draw)
        return _json(result)

    @app.get("/", include_in_schema=False)
    async def page() -> FileResponse:
        return FileResponse(str(STATIC / "index.html"), media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")

    @app.post("/page/documents", include_in_schema=False)
    async def page_documents(
        batch: Annotated[str, Form()],
        index: Annotated[int, Form(ge=0)],
        name: Annotated[str, Form()] = "pasted",
        text: Annotated[str | None, Form()] = None,
        file: Annotated[UploadFile | None, File()] = None,
    ) -> Response:
        """The page's one call: read a dropped file or pasted text, extract and draw each document."""
        if not _BATCH_ID.fullmatch(batch):
            return error_response(422, "batch: 8 to 64 letters, digits, - or _")
        if (file is None) == (text is None):
            return error_response(422, "send a file or a text")
        if file is not None:
            upload = work.Upload(name=file.filename or name, data=await file.read())
        else:
            upload = work.Upload(name=name.strip() or "pasted", text=text)
        items = await _run_page(workers, upload)
        batches.add(batch, index, [(item.document, item.result) for item in items])
        shown = [
            {**item.record, "drawing": item.drawing, "drawing_note": item.drawing_note, "warnings": item.warnings}
            for item in items
        ]
        return _json({"documents": shown})

    @app.get("/page/download/{batch}", include_in_schema=False)
    async def download(batch: str, format: str = "csv") -> Response:
        """The batch's table, written by `quotes.io.write_table` as `quotes extract` writes it."""
        if format not in FORMATS:
            return error_response(422, f"format: one of {', '.join(FORMATS)}, not {format!r}")
        pairs = batches.pairs(batch)
        if pairs is None:
            return error_response(404, "no such batch on this server (it restarted, or the batch was dropped): read the articles again")
        try:
            content = await asyncio.to_thread(_write, pairs, format)
        except OutputError as err:
            return error_response(501, str(err))
        headers = {"Content-Disposition": f'attachment; filename="quotes.{format}"'}
        return Response(content, media_type=MEDIA_TYPES[format], headers=headers)

    return app


async def _run(workers: Workers, function: Callable[..., Any], *args: Any) -> Any:
    try:
        return await workers.run(function, *args)
    except WorkerCrashed as err:
        raise HTTPException(503, f"{err}: try again, with fewer or shorter documents") from None


async def _run_page(workers: Workers, upload: work.Upload) -> list[work.PageDocument]:
    try:
        return await workers.run(work.page_documents, upload)
    except WorkerCrashed as err:
        document = Document(doc_id=upload.name, text="", source=upload.name, error=str(err))
        result = DocResult.failed(document, err)
        return [work.PageDocument(document=document, result=result, record=jsonl_record(result))]


def _write(pairs: list[tuple[Document, DocResult]], format: str) -> bytes:
    if format == "parquet":
        binary = io.BytesIO()
        write_table(pairs, binary, "parquet")
        return binary.getvalue()
    text = io.StringIO()
    write_table(pairs, text, format)
    return text.getvalue().encode("utf8")


def _json(content: Any, status: int = 200) -> Response:
    # json.dumps with default=str, as the JSONL writer: metadata may hold values JSON has no type for.
    return Response(json.dumps(content, ensure_ascii=False, default=str), status_code=status, media_type="application/json")


def run(
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    model: str | None = None,
    workers: int = 1,
    max_bytes: int = DEFAULT_MAX_BYTES,
    announce: Callable[[str], None] | None = None,
    speakers: str | None = None,
) -> None:
    """Serve on ``host:port`` until interrupted (Ctrl+C).

    Args:
        host: the address to bind: 127.0.0.1 (this machine only) by default.
        port: the port; 0 picks a free one (the address announced says which).
        model: the spaCy pipeline.
        workers: worker processes; 0 parses in the server process.
        max_bytes: the largest request body.
        announce: called with a line once the server is ready (by default: printed to stderr).
        speakers: the path of a speakers file (`quotes.people`) applied to every document, or None.
    """
    import socket

    import uvicorn

    announce = announce or (lambda line: print(line, file=sys.stderr, flush=True))
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host

    def ready(info: dict[str, Any]) -> None:
        plural = "s" if workers != 1 else ""
        announce(
            f"quotes: serving http://{shown}:{bound}/ (API description at /openapi.json; model {info.get('model')}, "
            f"{workers} worker{plural}); Ctrl+C stops"
        )

    app = create_app(Settings(model=model, workers=workers, max_bytes=max_bytes, speakers=speakers), on_ready=ready)
    try:
        app.state.workers.start()  # before serving: a model that cannot be loaded is an error here, not a page that fails
    except BaseException:
        app.state.workers.close()
        sock.close()
        raise
    config = uvicorn.Config(app, log_level="warning", access_log=False, timeout_graceful_shutdown=5)
    uvicorn.Server(config).run(sockets=[sock])
