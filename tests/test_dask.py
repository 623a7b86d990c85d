"""The Dask engine on a local cluster of two worker processes gives the single-process table."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

dd = pytest.importorskip("dask.dataframe", reason="the dask engine needs dask[dataframe]: pip install 'quotes[dask]'")
distributed = pytest.importorskip("distributed", reason="the dask engine test needs distributed: pip install 'quotes[dask]'")

import quotes  # noqa: E402
import quotes.dask  # noqa: E402
from quotes.model import Document  # noqa: E402

DEV = Path(__file__).parent / "data" / "dev.jsonl"
KEY = ["doc_id", "quote_index"]


@pytest.fixture(scope="module")
def documents() -> pd.DataFrame:
    rows = [json.loads(line) for line in DEV.open(encoding="utf8")][:20]
    return pd.DataFrame({"doc_id": [str(r["doc_id"]) for r in rows], "text": [r["text"] for r in rows]})


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        yield client


def _single_process(documents: pd.DataFrame, nlp) -> pd.DataFrame:
    records = [Document(doc_id=i, text=t) for i, t in zip(documents["doc_id"], documents["text"])]
    return quotes.to_frame(quotes.extract_many(records, nlp=nlp))


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    """Sorted, and an empty cell is None whatever its column's dtype: a text column with no value in any row
    (``anonymity_reason`` in these articles) reads back from Parquet as NaN where the table has None."""
    frame = frame.sort_values(KEY).reset_index(drop=True)
    empty = frame.isna()
    return frame.astype(object).mask(empty, None)


def test_extract_frame_on_a_cluster_equals_the_single_process_table(client, documents, nlp) -> None:
    table = quotes.dask.extract_frame(dd.from_pandas(documents, npartitions=4))
    assert list(table.columns) == list(quotes.COLUMNS)
    got = table.compute()
    expected = _single_process(documents, nlp)
    assert len(expected) > 20
    # dask may store text columns as its string dtype: compare values, not dtypes
    pd.testing.assert_frame_equal(_sorted(got), _sorted(expected), check_dtype=False)
    # each worker that ran partitions holds one pipeline, loaded once in its module-level cache
    loaded = client.run(lambda: sorted(str(k) for k in __import__("quotes.dask").dask._MODELS))
    assert all(names in ([], ["None"]) for names in loaded.values())
    assert ["None"] in loaded.values()


def test_extract_to_parquet_writes_the_same_table(client, documents, nlp, tmp_path) -> None:
    out = tmp_path / "quotes-table"
    quotes.dask.extract_to_parquet(dd.from_pandas(documents, npartitions=4), out)
    assert len(list(out.glob("*.parquet"))) == 4
    got = pd.read_parquet(out)
    pd.testing.assert_frame_equal(_sorted(got), _sorted(_single_process(documents, nlp)), check_dtype=False)


def test_a_missing_text_column_is_named(documents) -> None:
    with pytest.raises(quotes.QuotesError, match="no text column 'body'.*'doc_id', 'text'"):
        quotes.dask.extract_frame(dd.from_pandas(documents, npartitions=1), text_column="body")


def test_extract_documents_streams_results_in_input_order(client, documents, nlp) -> None:
    records = [Document(doc_id=i, text=t) for i, t in zip(documents["doc_id"], documents["text"])]
    records.insert(3, Document(doc_id="empty", text=""))
    pairs = list(quotes.dask.extract_documents(iter(records), client=client, group_size=5))
    assert [document.doc_id for document, _ in pairs] == [r.doc_id for r in records]
    assert [result for _, result in pairs] == list(quotes.extract_many(records, nlp=nlp))


def _articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("“We are ready,” the general said.\n\nPolice said the road was closed.", "utf8")
    (folder / "b.txt").write_text("The ministry said that talks would resume in May.", "utf8")
    (folder / "c.txt").write_text("", "utf8")
    return folder


def test_cli_engine_dask_writes_a_partitioned_parquet_dataset_with_the_spacy_engine_table(tmp_path):
    from click.testing import CliRunner

    from quotes.cli import cli

    folder = _articles(tmp_path)
    runner = CliRunner()
    local = runner.invoke(cli, ["extract", str(folder), "-q", "-o", str(tmp_path / "local.parquet")], catch_exceptions=False)
    assert local.exit_code == 0
    out, docs = tmp_path / "quotes.parquet", tmp_path / "docs.csv"
    on_dask = runner.invoke(
        cli, ["extract", str(folder), "-q", "--engine", "dask", "-o", str(out), "--docs-out", str(docs)], catch_exceptions=False
    )
    assert on_dask.exit_code == 0, on_dask.output
    assert out.is_dir() and [p.name for p in out.iterdir()] == ["part.00000.parquet"]
    expected = pd.read_parquet(tmp_path / "local.parquet")
    assert len(expected) == 3
    missing_as_none = lambda frame: frame.astype(object).where(frame.notna(), None)  # noqa: E731
    pd.testing.assert_frame_equal(missing_as_none(pd.read_parquet(out)), missing_as_none(expected))
    # every input document is accounted for, the empty one too
    summary = pd.read_csv(docs)
    assert list(summary["doc_id"]) == ["a", "b", "c"]
    assert list(summary["status"]) == ["ok", "ok", "empty"]


def test_cli_engine_dask_asks_for_a_directory_instead_of_csv_or_stdout(tmp_path):
    from click.testing import CliRunner

    from quotes.cli import cli

    folder = _articles(tmp_path)
    runner = CliRunner()
    for args in ([], ["-o", str(tmp_path / "quotes.csv")], ["-o", str(tmp_path / "out"), "-f", "jsonl"]):
        result = runner.invoke(cli, ["extract", str(folder), "--engine", "dask", *args])
        assert result.exit_code == 2
        assert "partitioned Parquet" in result.output
    (tmp_path / "file").write_text("x", "utf8")
    result = runner.invoke(cli, ["extract", str(folder), "--engine", "dask", "-o", str(tmp_path / "file")])
    assert result.exit_code == 2 and "is a file" in result.output
    result = runner.invoke(cli, ["extract", str(folder), "-o", str(folder)])  # the spacy engine writes one file
    assert result.exit_code == 2 and "is a directory" in result.output