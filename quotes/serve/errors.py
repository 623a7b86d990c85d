"""How `quotes serve` says no: JSON errors with the right status, never a traceback.

- `BodyLimit`: a body over ``--max-bytes`` gets 413, by its Content-Length or while it is read.
- `PlainText`: a ``text/plain`` body to ``/extract`` or ``/speakers`` is one text (400 if it is not UTF-8).
- `install` registers the handlers: 400 for a body that is not JSON, 415 for one of another type, 422 for
  JSON of the wrong shape (each problem named by where it is), ``{"error", "status"}`` for every HTTP
  error, and 500 with the exception's type and message (the traceback goes to the server's stderr).
"""

from __future__ import annotations

import json
import sys
import traceback
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send



class BodyLimit:
    """ASGI middleware: a request body over ``max_bytes`` gets 413 (by Content-Length, or while it is read)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_bytes:
            await error_response(413, self._message(int(length)))(scope, receive, send)
            return
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise HTTPException(413, self._message(received, more=True))
            return message

        await self.app(scope, limited, send)

    def _message(self, size: int, more: bool = False) -> str:
        return (
            f"the request body is {'over ' if more else ''}{size:,} bytes, more than this server takes "
            f"({self.max_bytes:,}): send fewer or shorter documents per request, or start it with a larger --max-bytes"
        )


class PlainText:
    """ASGI middleware: a ``text/plain`` body to ``/extract`` or ``/speakers`` is one text, ``{"text": body}``."""

    PATHS = frozenset({"/extract", "/speakers"})

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = dict(scope.get("headers", []))
        kind = headers.get(b"content-type", b"").split(b";")[0].strip().lower()
        if scope["type"] != "http" or scope["path"] not in self.PATHS or kind != b"text/plain":
            await self.app(scope, receive, send)
            return
        body = b""
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        try:
            text = body.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            await error_response(400, f"the text/plain body is not UTF-8 ({err.reason} at byte {err.start}): send UTF-8 text")(scope, receive, send)
            return
        data = json.dumps({"text": text}).encode()
        headers[b"content-type"] = b"application/json"
        headers[b"content-length"] = str(len(data)).encode()
        sent = False

        async def as_json() -> Message:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": data, "more_body": False}

        await self.app({**scope, "headers": list(headers.items())}, as_json, send)


def error_response(status: int, message: str, details: list[str] | None = None) -> JSONResponse:
    """The JSON error every failure gets: ``{"error": message, "status": status}``, ``details`` when there are several."""
    body: dict[str, Any] = {"error": message, "status": status}
    if details:
        body["details"] = details
    return JSONResponse(body, status_code=status)


def _where(location: tuple[Any, ...] | list[Any]) -> str:
    return ".".join(str(part) for part in location) or "body"


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = exc.errors()
    invalid_json = [e for e in errors if e.get("type") == "json_invalid"]
    if invalid_json:
        problem = invalid_json[0].get("ctx", {}).get("error", "")
        return error_response(400, f"the body is not valid JSON ({problem}): send a JSON object such as {{\"text\": \"...\"}}")
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind and kind != "application/json" and not kind.endswith("+json"):
        return error_response(415, f"the body is {kind}: send JSON (Content-Type: application/json) or text (Content-Type: text/plain)")
    if any(e.get("type") == "missing" and tuple(e.get("loc", ())) == ("body",) for e in errors):
        return error_response(422, 'the body is empty: send a JSON object, {"documents": [...]} or {"text": "..."}, or text/plain')
    details = [f"{_where(e.get('loc', ()))}: {str(e.get('msg')).removeprefix('Value error, ')}" for e in errors]
    return error_response(422, "the request does not have the expected shape: " + "; ".join(details), details)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    return error_response(exc.status_code, str(exc.detail))


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    # Never a traceback to the client: the type and message only, and the traceback on the server's stderr.
    traceback.print_exception(exc, file=sys.stderr)
    return error_response(500, f"the server failed on this request: {type(exc).__name__}: {exc}")


def install(app: FastAPI, max_bytes: int) -> None:
    """Add the error handlers and the two middlewares to ``app``."""
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)
    app.add_middleware(PlainText)
    app.add_middleware(BodyLimit, max_bytes=max_bytes)  # added last: runs first
