"""quotes: who said what, and how, in news articles.

Finds direct quotes, mixed quotes and reported speech with spaCy's dependency parse, attributes each to
its speaker, and returns them as records or as a tidy pandas table.
"""

from .check import check
from .extract import (
    ModelNotFoundError,
    QuotesError,
    extract,
    extract_many,
    find_quotes,
    load_model,
)
from .link import link_speakers, summarize_speakers
from .model import COLUMNS, DocResult, Document, Quote
from .people import People, read_people
from .render import render
from .summary import summarize_voices, voice_frame
from .table import to_frame
from .trace import summarize_clusters, trace

__all__ = [
    "COLUMNS",
    "DocResult",
    "Document",
    "ModelNotFoundError",
    "People",
    "Quote",
    "QuotesError",
    "check",
    "extract",
    "extract_many",
    "find_quotes",
    "link_speakers",
    "load_model",
    "read_people",
    "render",
    "summarize_clusters",
    "summarize_speakers",
    "summarize_voices",
    "to_frame",
    "trace",
    "voice_frame",
]

__version__ = "0.1.0"
