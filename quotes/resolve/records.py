"""What resolution gives (`Speaker`) and what it works on: the mentions it indexes and the names it reads."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token


@dataclass(frozen=True)
class Speaker:
    """Who a mention refers to. ``canonical`` is None when that could not be told; ``written`` is set when
    it is a description that names no one ("the chancellor"): its words as written, which a quote's speaker
    resolved to it shows instead of a head noun."""

    canonical: str | None
    type: str = "unknown"
    role: str | None = None
    affiliation: str | None = None
    resolution: str = "as-written"
    gender: str | None = None
    number: str = "sg"
    written: str | None = None


UNKNOWN = Speaker(None)


@dataclass(slots=True)  # slots: the rules read these fields in their innermost loops
class _Mention:
    """A place in the document that may name a speaker, with what the parse says about it."""

    token: Token  # the head
    sent: int
    subject: bool
    quote: int | None  # the quoted content it stands in (an index into the sorted contents), if any
    is_speaker: bool = False
    speaker: Speaker | None = None


@dataclass(slots=True)
class _Name:
    """The proper-name part of a mention, as written and as a matching key."""

    text: str
    key: str
    kind: str  # person | organisation | place | media | group | unknown
    gender: str | None
    size: int  # tokens in the key: the fullest form of a cluster has most
