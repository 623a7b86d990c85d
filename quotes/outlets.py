"""Which outlet published a document, from what the reader kept about it.

A file name is rarely an outlet (``000_69839728d357f881``). The outlet is read, in this order, from:

1. a metadata field naming it (``outlet``, ``publisher``, ``sitename`` as trafilatura gives it for an HTML
   page, ``site_name``, ``site``, ``source``), as a JSONL field or CSV column kept by the reader;
2. the host of the document's ``url`` (``www.example.org`` -> ``example.org``);
3. the folder the document sits in below the input folder: ``bbc/2024-05-01.txt`` read from ``articles/``
   has the id ``bbc/2024-05-01``, so its outlet is ``bbc``.

When none of them says, `outlet_name` returns None and `outlet_label` falls back to the article's headline.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

#: Metadata fields that name the outlet, most specific first.
OUTLET_FIELDS = ("outlet", "publisher", "sitename", "site_name", "site", "source")
#: A headline standing in for the outlet is cut to this many characters.
HEADLINE_CHARS = 48


def outlet_name(doc_id: str | None, meta: Mapping[str, Any] | None = None) -> str | None:
    """The outlet of a document from its metadata, its url or its folder; None when none of them says.

    Args:
        doc_id: the document's id as the reader made it (the path inside the input folder, without extension).
        meta: the document's metadata (`Document.meta`, `DocResult.meta`).
    """
    meta = meta or {}
    for field in OUTLET_FIELDS:
        value = meta.get(field)
        if isinstance(value, str) and value.strip():
            host = _host(value)
            return host or " ".join(value.split())
    url = meta.get("url")
    if isinstance(url, str):
        host = _host(url)
        if host:
            return host
    if doc_id and "/" in doc_id.strip("/"):
        return doc_id.strip("/").split("/", 1)[0]
    return None


def outlet_label(doc_id: str | None, meta: Mapping[str, Any] | None = None, text: str | None = None) -> str:
    """`outlet_name`, else the article's headline (its ``title``, else its first line of five words or more,
    cut to `HEADLINE_CHARS`), else the ``doc_id``: a name a reader can tell the documents apart by."""
    name = outlet_name(doc_id, meta)
    if name:
        return name
    title = (meta or {}).get("title")
    headline = title if isinstance(title, str) and title.strip() else _first_long_line(text or "")
    if headline:
        headline = " ".join(headline.split())
        return headline if len(headline) <= HEADLINE_CHARS else headline[: HEADLINE_CHARS - 1].rstrip() + "…"
    return doc_id or "(unknown)"


def _host(value: str) -> str | None:
    value = value.strip()
    if "://" not in value:
        return None
    host = urlsplit(value).hostname
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def _first_long_line(text: str, words: int = 5) -> str | None:
    for line in text.splitlines():
        if len(line.split()) >= words:
            return line
    return None
