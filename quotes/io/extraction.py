"""Running the extractor over documents as they are read, so that one bad document or batch never stops
the others."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from ..extract import extract_many
from ..model import DocResult, Document


def extract_documents(documents: Iterable[Document], **options: Any) -> Iterator[tuple[Document, DocResult]]:
    """`extract_many`, yielding each result with the `Document` it came from (whose text JSONL output carries).

    Holds only the documents still inside the pipeline's current batch.

    Args:
        documents: `Document` records, e.g. from `read_inputs`.
        **options: passed to `extract_many` (``nlp``, ``batch_size``, ``n_process``).
    """
    source = iter(documents)
    pending: deque[Document] = deque()
    reader_failed: list[BaseException] = []

    def remember() -> Iterator[Document]:
        while True:
            try:
                document = next(source)
            except StopIteration:
                return
            except Exception as err:  # a bug in the reader, not in the pipeline: re-raised below
                reader_failed.append(err)
                raise
            pending.append(document)
            yield document

    while True:
        try:
            for result in extract_many(remember(), **options):
                yield pending.popleft(), result
            return
        except Exception:
            if reader_failed or not pending:  # a reader bug, or a failure before any document (no model)
                raise
            # The pipeline itself failed on a batch (a text longer than nlp.max_length, a component that
            # crashes): run that batch's documents one at a time, so only the culprit gets status
            # "error", then carry on with the rest.
            suspects = list(pending)
            pending.clear()
            for document in suspects:
                yield document, _extract_alone(document, options)


def _extract_alone(document: Document, options: dict[str, Any]) -> DocResult:
    alone = {**options, "batch_size": 1, "n_process": 1}
    try:
        return next(iter(extract_many([document], **alone)))
    except Exception as err:
        return DocResult.failed(document, err)
