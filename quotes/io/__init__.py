"""Readers that turn files, folders and stdin into `Document` records, and writers for the results.

Reading never stops on a bad document: a file that cannot be read, a JSONL line that is not JSON or a CSV
row with the wrong number of fields becomes a `Document` with ``error`` set, reported in the output with
status ``"error"``. Only a mistake in how the inputs were asked for (a CSV without the text column, an
unknown encoding) raises `InputError`, before any document is read.

One idea per module, all re-exported here:

- `quotes.io.formats`: the formats, standard input, the errors, spreadsheet escaping, `DOC_COLUMNS`;
- `quotes.io.readers`: `read_inputs`, `expand_paths`, `count_documents`, `decode`;
- `quotes.io.extraction`: `extract_documents`, which keeps going past a failed document or batch;
- `quotes.io.writers`: `write_table` (CSV, JSONL, parquet) and `jsonl_record`;
- `quotes.io.parquet`: `write_parquet_dataset`, a partitioned Parquet dataset;
- `quotes.io.resume`: `prepare_resume`, to add to the output of an interrupted run;
- `quotes.io.progress`: `Progress`, the progress report on stderr (tqdm on a terminal);
- `quotes.io.files`: the low-level file helpers they share.
"""

from .extraction import extract_documents
from .formats import (
    DEFAULT_ID_COLUMN,
    DEFAULT_TEXT_COLUMN,
    DOC_COLUMNS,
    FORMAT_SUFFIXES,
    FORMATS,
    FORMULA_PREFIXES,
    RESERVED_KEYS,
    STDIN,
    InputError,
    OutputError,
    choose_format,
    escape_formula,
    unescape_formula,
)
from .parquet import DATASET_DOCUMENTS_PER_FILE, DATASET_FILE, parquet_schema, write_parquet_dataset
from .progress import PROGRESS_LOG_SECONDS, PROGRESS_SECONDS, Progress
from .readers import INPUT_SUFFIXES, Warn, count_documents, decode, expand_paths, read_inputs
from .resume import prepare_resume
from .writers import Summary, jsonl_record, neutralise_formulas, write_table

__all__ = [
    "DATASET_DOCUMENTS_PER_FILE",
    "DATASET_FILE",
    "DEFAULT_ID_COLUMN",
    "DEFAULT_TEXT_COLUMN",
    "DOC_COLUMNS",
    "FORMATS",
    "FORMAT_SUFFIXES",
    "FORMULA_PREFIXES",
    "INPUT_SUFFIXES",
    "PROGRESS_LOG_SECONDS",
    "PROGRESS_SECONDS",
    "RESERVED_KEYS",
    "STDIN",
    "InputError",
    "OutputError",
    "Progress",
    "Summary",
    "Warn",
    "choose_format",
    "count_documents",
    "decode",
    "escape_formula",
    "expand_paths",
    "extract_documents",
    "jsonl_record",
    "neutralise_formulas",
    "parquet_schema",
    "prepare_resume",
    "read_inputs",
    "unescape_formula",
    "write_parquet_dataset",
    "write_table",
]
