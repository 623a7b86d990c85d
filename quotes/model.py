"""The records `quotes` produces and the fixed column order of its table."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

QUOTE_TYPES = ("direct", "indirect", "mixed")

SPEAKER_TYPES = ("person", "organisation", "place", "media", "group", "unknown")

SPEAKER_RESOLUTIONS = ("as-written", "pronoun", "nominal", "name-variant", "inherited", "unresolved")

#: The table's columns, in order. Documented in README.md ("The table").
COLUMNS: tuple[str, ...] = (
    "doc_id",
    "quote_index",
    "type",
    "quote",
    "speaker",
    "speaker_canonical",
    "speaker_type",
    "speaker_role",
    "speaker_affiliation",
    "speaker_resolution",
    "cue",
    "cue_lemma",
    "addressee",
    "confidence",
    "quote_start",
    "quote_end",
    "speaker_start",
    "speaker_end",
    "cue_start",
    "cue_end",
    "addressee_start",
    "addressee_end",
    "speaker_gender",
    "speaker_gender_source",
    "source_kind",
    "anonymity_reason",
    "anonymity_reason_start",
    "anonymity_reason_end",
    "speaker_id",
    "speaker_category",
    "section",
)

SPEAKER_GENDERS = ("female", "male", "unknown")

GENDER_SOURCES = ("speakers-file", "honorific", "role", "pronoun", "first-name")

SOURCE_KINDS = ("named", "anonymous", "generic", "document")

#: Where in the document a quote is: in a headline (or a title, subhead, byline) or in the body.
SECTIONS = ("body", "headline")


@dataclass
class Quote:
    """One quotation: what was said, who said it and how.

    All offsets are character offsets ``[start, end)`` into the document text.
    A field that does not apply (no speaker found, no addressee) is ``None``.
    """

    type: str
    quote: str
    quote_start: int
    quote_end: int
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_canonical: str | None = None
    speaker_type: str = "unknown"
    speaker_role: str | None = None
    speaker_affiliation: str | None = None
    speaker_resolution: str | None = None
    cue: str | None = None
    cue_lemma: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    addressee: str | None = None
    addressee_start: int | None = None
    addressee_end: int | None = None
    confidence: float = 0.0
    section: str = "body"
    doc_id: str | None = None
    quote_index: int = 0
    speaker_gender: str | None = None
    speaker_gender_source: str | None = None
    source_kind: str | None = None
    anonymity_reason: str | None = None
    anonymity_reason_start: int | None = None
    anonymity_reason_end: int | None = None
    speaker_id: str | None = None
    speaker_category: str | None = None
    #: Other columns of the matched row of a speakers file (`quotes.people`); not a column of the table
    #: unless asked for (``extra_columns``).
    speaker_extra: dict[str, Any] | None = field(default=None, repr=False)

    def extra_value(self, name: str, meta: dict[str, Any]) -> Any:
        """The value of an extra column ``name`` for this quote: its speaker's row of a speakers file has it
        first (`quotes.people`), else the document's metadata ``meta``."""
        if self.speaker_extra and name in self.speaker_extra:
            return self.speaker_extra[name]
        return meta.get(name)

    def to_row(self) -> dict[str, Any]:
        """The quote as a table row: a dict with the keys of `COLUMNS`, in order."""
        values = asdict(self)
        return {name: values[name] for name in COLUMNS}

    def to_gold(self) -> dict[str, Any]:
        """The quote in the JSONL format of docs/gold-format.md (offsets as ``[start, end]``)."""

        def pair(start: int | None, end: int | None) -> list[int] | None:
            return None if start is None or end is None else [start, end]

        return {
            "content": [self.quote_start, self.quote_end],
            "speaker": pair(self.speaker_start, self.speaker_end),
            "speaker_text": self.speaker,
            "speaker_canonical": self.speaker_canonical,
            "cue": pair(self.cue_start, self.cue_end),
            "cue_text": self.cue,
            "cue_lemma": self.cue_lemma,
            "type": self.type,
            "text": self.quote,
            "addressee": pair(self.addressee_start, self.addressee_end),
            "addressee_text": self.addressee,
            "speaker_type": self.speaker_type,
            "speaker_role": self.speaker_role,
            "speaker_affiliation": self.speaker_affiliation,
            "speaker_resolution": self.speaker_resolution,
            "confidence": self.confidence,
            "speaker_gender": self.speaker_gender,
            "speaker_gender_source": self.speaker_gender_source,
            "source_kind": self.source_kind,
            "anonymity_reason": pair(self.anonymity_reason_start, self.anonymity_reason_end),
            "anonymity_reason_text": self.anonymity_reason,
            "speaker_id": self.speaker_id,
            "speaker_category": self.speaker_category,
            "section": self.section,
            **({"speaker_extra": dict(self.speaker_extra)} if self.speaker_extra else {}),
        }


@dataclass
class Document:
    """One input document as read from a file, a JSONL/CSV row or stdin.

    ``error`` is set (and ``text`` empty) when the input could not be read; such a document is still
    reported in the output with status ``"error"``.
    """

    doc_id: str
    text: str
    source: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    error: str | None = None


@dataclass
class DocResult:
    """What happened to one input document: its status and the quotes found in it.

    ``status`` is ``"ok"``, ``"empty"`` (no text to read) or ``"error"`` (``message`` says why).
    """

    doc_id: str
    quotes: list[Quote] = field(default_factory=list)
    status: str = "ok"
    message: str = ""
    source: str = ""
    n_chars: int = 0
    meta: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def failed(cls, document: Document, err: BaseException) -> DocResult:
        """The result of a document whose extraction raised ``err``: status ``"error"`` with the message."""
        return cls(
            doc_id=document.doc_id,
            status="error",
            message=f"{type(err).__name__}: {err}",
            source=document.source,
            n_chars=len(document.text),
            meta=document.meta,
        )

    def to_gold(self) -> dict[str, Any]:
        """The document as one JSONL line of docs/gold-format.md, plus its status."""
        record: dict[str, Any] = {**self.meta, "doc_id": self.doc_id, "status": self.status}
        if self.message:
            record["message"] = self.message
        record["quotes"] = [q.to_gold() for q in self.quotes]
        return record
