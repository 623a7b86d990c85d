"""`quotes serve`: a local web page and HTTP API over the extractor.

Needs the ``serve`` extra (FastAPI, uvicorn, python-multipart): ``pip install "quotes[serve]"``. This
module imports none of them, so that `missing_dependencies` can say what to install; `create_app` and
`run` import them when called.

- `quotes.serve.work`: what the worker processes do (load the model once, read, extract, draw).
- `quotes.serve.app`: the FastAPI application: the API, the page's routes, the worker pool.
- `quotes.serve.errors`: errors as JSON with the right status; the body limit.
- `quotes.serve.static`: the page (HTML, JavaScript, CSS), served from the package: no CDN.
"""

from __future__ import annotations

import importlib.util
from typing import TYPE_CHECKING, Any

from ..extract import QuotesError

if TYPE_CHECKING:
    from fastapi import FastAPI

    from .app import Settings

#: The modules `quotes serve` needs, by the name pip installs them under.
REQUIRED = {"fastapi": "fastapi", "uvicorn": "uvicorn", "multipart": "python-multipart"}
INSTALL_HINT = 'pip install "quotes[serve]"'


class MissingDependencyError(QuotesError):
    """FastAPI, uvicorn or python-multipart is not installed: the message says how to install them."""


def missing_dependencies() -> list[str]:
    """The pip names of the packages `quotes serve` needs that are not installed (empty when all are)."""
    return [pip_name for module, pip_name in REQUIRED.items() if importlib.util.find_spec(module) is None]


def require() -> None:
    """Raise `MissingDependencyError`, naming ``pip install "quotes[serve]"``, if a dependency is missing."""
    missing = missing_dependencies()
    if missing:
        raise MissingDependencyError(
            f"quotes serve needs {', '.join(missing)}, which {'is' if len(missing) == 1 else 'are'} not installed: "
            f"run {INSTALL_HINT}"
        )


def create_app(settings: Settings | None = None, **options: Any) -> FastAPI:
    """The FastAPI application (see `quotes.serve.app.create_app`).

    Raises:
        MissingDependencyError: the ``serve`` extra is not installed.
    """
    require()
    from .app import create_app as _create_app

    return _create_app(settings, **options)


def run(**options: Any) -> None:
    """Serve until interrupted (see `quotes.serve.app.run`).

    Raises:
        MissingDependencyError: the ``serve`` extra is not installed.
    """
    require()
    from .app import run as _run

    _run(**options)


__all__ = ["INSTALL_HINT", "MissingDependencyError", "create_app", "missing_dependencies", "require", "run"]
