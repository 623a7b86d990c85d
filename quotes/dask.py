"""Quote extraction on a Dask cluster: a DataFrame of documents in, the tidy quote table out.

Needs ``pip install "quotes[dask]"`` (dask[dataframe], distributed, pyarrow).

    import dask.dataframe as dd
    from dask.distributed import Client
    import quotes.dask

    client = Client("tcp://scheduler:8786")          # or a LocalCluster
    documents = dd.read_parquet("articles/")          # columns doc_id, text
    table = quotes.dask.extract_frame(documents)      # lazy: one row per quote, columns quotes.COLUMNS
    quotes.dask.extract_to_parquet(documents, "quotes-table/")

    # or stream `Document`s (from quotes.io.read_inputs) through the cluster, results in input order
    for document, result in quotes.dask.extract_documents(documents_iter, "tcp://scheduler:8786"):
        ...

Each partition (or group of documents) is extracted with `quotes.extract_many` in the worker that holds it. The spaCy
pipeline is loaded once per worker process and kept in a module-level cache, so every later
partition on that worker reuses it. Documents that are empty or fail give no rows, as in the CSV
output.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from .extract import QuotesError, extract_many, load_model
from .io import parquet_schema as io_parquet_schema
from .model import DocResult, Document
from .table import to_frame

if TYPE_CHECKING:
    import dask.dataframe as dd
    from spacy.language import Language

__all__ = ["extract_documents", "extract_frame", "extract_to_parquet", "table_meta"]

#: The pipelines loaded in this (worker) process, by the name asked for (None: the default).
_MODELS: dict[str | None, Language] = {}


def _import_dask() -> Any:
    try:
        import dask.dataframe as dd
    except ImportError:
        raise QuotesError('the dask engine needs dask: pip install "quotes[dask]"') from None
    return dd


def _model(name: str | None) -> Language:
    """The pipeline ``name``, loaded the first time a partition in this process asks for it."""
    if name not in _MODELS:
        _MODELS[name] = load_model(name)
    return _MODELS[name]


def table_meta() -> pd.DataFrame:
    """An empty quote table with the columns and dtypes of `quotes.to_frame`: the ``meta`` of `extract_frame`."""
    return to_frame([])


def _documents(partition: pd.DataFrame, text_column: str, id_column: str | None) -> Iterator[Document]:
    texts = partition[text_column].tolist()
    ids = partition[id_column].tolist() if id_column is not None else partition.index.tolist()
    for doc_id, text in zip(ids, texts):
        if isinstance(text, str):
            yield Document(doc_id=str(doc_id), text=text)
        elif text is None or pd.isna(text):
            yield Document(doc_id=str(doc_id), text="")
        else:
            yield Document(doc_id=str(doc_id), text="", error=f"text is a {type(text).__name__}, not a string")


def _extract_partition(
    partition: pd.DataFrame, text_column: str, id_column: str | None, model: str | None, batch_size: int, fast: bool | str
) -> pd.DataFrame:
    documents = _documents(partition, text_column, id_column)
    results = extract_many(documents, nlp=_model(model), batch_size=batch_size, fast=fast)
    return to_frame(results)


def extract_frame(
    ddf: dd.DataFrame,
    text_column: str = "text",
    id_column: str | None = "doc_id",
    model: str | None = None,
    *,
    batch_size: int = 32,
    fast: bool | str = False,
) -> dd.DataFrame:
    """The quote table of a Dask DataFrame of documents, as a lazy Dask DataFrame.

    Args:
        ddf: one document per row.
        text_column: the column holding the text.
        id_column: the column holding the document id (cast to str). When it is the default
            ``doc_id`` and the frame has no such column, the index is the id.
        model: the spaCy pipeline each worker loads (once): a package name or a path that every
            worker can reach; by default `quotes.load_model`'s choice on each worker.
        batch_size: texts per ``nlp.pipe`` batch within a partition.
        fast: extract in fast mode (`quotes.fast`).

    Returns:
        One row per quote, the columns of `quotes.COLUMNS` with the dtypes of `quotes.to_frame`;
        one output partition per input partition, rows in document order within it.

    Raises:
        QuotesError: dask is not installed, or a named column is missing.
    """
    _import_dask()
    columns = list(ddf.columns)
    if text_column not in columns:
        raise QuotesError(
            f"the DataFrame has no text column {text_column!r}; its columns are {', '.join(map(repr, columns))}. "
            "Pass text_column= to name it."
        )
    if id_column is not None and id_column not in columns:
        if id_column != "doc_id":
            raise QuotesError(
                f"the DataFrame has no id column {id_column!r}; its columns are {', '.join(map(repr, columns))}. "
                "Pass id_column= to name it, or id_column=None to use the index."
            )
        id_column = None
    return ddf.map_partitions(
        _extract_partition, text_column, id_column, model, batch_size, fast, meta=table_meta()
    )


def parquet_schema() -> Any:
    """The pyarrow schema of the quote table (so partitions without a value in a column still agree)."""
    return io_parquet_schema()


def extract_to_parquet(
    ddf: dd.DataFrame,
    path: str | Path,
    text_column: str = "text",
    id_column: str | None = "doc_id",
    model: str | None = None,
    *,
    batch_size: int = 32,
    fast: bool | str = False,
    **to_parquet: Any,
) -> None:
    """Extract the quote table of ``ddf`` and write it as partitioned Parquet, one file per partition.

    Args:
        path: a directory (local, or any URL fsspec knows: ``s3://...``).
        to_parquet: passed to ``dask.dataframe.DataFrame.to_parquet`` (``partition_on``,
            ``compression``...).

    The other arguments are those of `extract_frame`.
    """
    table = extract_frame(ddf, text_column, id_column, model, batch_size=batch_size, fast=fast)
    options = {"write_index": False, "schema": parquet_schema(), **to_parquet}
    table.to_parquet(str(path), **options)


def _extract_group(documents: list[Document], model: str | None, batch_size: int, fast: bool | str) -> list[DocResult]:
    return list(extract_many(documents, nlp=_model(model), batch_size=batch_size, fast=fast))


def extract_documents(
    documents: Iterable[Document],
    scheduler: str | None = None,
    *,
    client: Any = None,
    model: str | None = None,
    batch_size: int = 32,
    fast: bool | str = False,
    group_size: int = 64,
) -> Iterator[tuple[Document, DocResult]]:
    """Like `quotes.io.extract_documents`, on a Dask cluster: ``(Document, DocResult)`` pairs in input order.

    The documents are read lazily, sent to the workers in groups of ``group_size``, with at most two
    groups per worker in flight; every input yields one result (a group whose task fails, say a worker
    that died, gives each of its documents status ``error``). The pairs can go straight to
    `quotes.io.write_table`.

    Args:
        documents: `Document` records, e.g. from `quotes.io.read_inputs`.
        scheduler: the address of a running scheduler (``tcp://host:8786``). Without it (and without
            ``client``) a local cluster is started, one single-threaded worker process per CPU, and
            closed at the end.
        client: a ``distributed.Client`` to use instead (left open).
        model: the spaCy pipeline each worker loads once (a name or a path every worker can reach).
        batch_size: texts per ``nlp.pipe`` batch in a worker.
        fast: extract in fast mode (`quotes.fast`).
        group_size: documents per task.

    Raises:
        QuotesError: distributed is not installed, or ``group_size`` is less than 1.
    """
    if group_size < 1:
        raise QuotesError(f"group_size must be a positive number of documents, not {group_size!r}")
    try:
        import distributed
    except ImportError:
        raise QuotesError('the dask engine needs distributed: pip install "quotes[dask]"') from None
    own = client is None
    if own:
        if scheduler:
            client = distributed.Client(scheduler)
        else:
            client = distributed.Client(processes=True, threads_per_worker=1, dashboard_address=None)
    try:
        n_workers = max(len(client.scheduler_info().get("workers", {})), 1)
        running: deque[tuple[list[Document], Any]] = deque()

        def finish() -> Iterator[tuple[Document, DocResult]]:
            group, future = running.popleft()
            try:
                results = future.result()
            except Exception as err:  # a lost worker, a task that could not run: its documents fail
                results = [DocResult.failed(document, err) for document in group]
            yield from zip(group, results)

        group: list[Document] = []
        for document in documents:
            group.append(document)
            if len(group) >= group_size:
                running.append((group, client.submit(_extract_group, group, model, batch_size, fast, pure=False)))
                group = []
                while len(running) > 2 * n_workers:
                    yield from finish()
        if group:
            running.append((group, client.submit(_extract_group, group, model, batch_size, fast, pure=False)))
        while running:
            yield from finish()
    finally:
        if own:
            client.close()
