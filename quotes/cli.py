"""The `quotes` command line: click commands only; the work is done by the library."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator

import click

from . import __version__
from .baseline import textacy_predictions
from .cli_options import MODEL_HELP, AgainstCommand
from .cli_options import input_paths as _input_paths
from .cli_options import load_pipeline as _load
from .cli_options import read_documents as _read_documents
from .cli_options import reading_options as _reading_options
from .evaluate import GoldFormatError, evaluate, format_report, read_gold, score
from .extract import TIME_LIMIT, QuotesError, default_model_name
from .io import (
    FORMATS,
    STDIN,
    InputError,
    OutputError,
    Progress,
    choose_format,
    count_documents,
    extract_documents,
    prepare_resume,
    read_inputs,
    write_parquet_dataset,
    write_table,
)
from .link import link_pairs, link_speakers, summarize_speakers
from .model import DocResult, Document
from .people import People, SpeakersFileError, read_people
from .cli_guards import PathUsageError
from .cli_guards import check_outputs as _check_outputs
from .cli_guards import check_streams as _check_streams
from .cli_guards import stdout_to_devnull as _stdout_to_devnull
from .cli_guards import terminate_as_interrupt as _terminate_as_interrupt
from .outputs import write_error_message
from .render import render_page
from .summary import GROUPINGS, format_voices, summarize_voices, voice_frame
from .table import to_frame


def _speakers_file(ctx: click.Context, param: click.Parameter, value: str | None) -> People | None:
    """Read ``--speakers FILE``; a bad file is a usage error naming the line."""
    if value is None:
        return None
    try:
        return read_people(value)
    except SpeakersFileError as err:
        raise click.BadParameter(str(err), ctx=ctx, param=param) from None


def speakers_option(command: Callable[..., None]) -> Callable[..., None]:
    """``--speakers FILE``: the newsroom's list of people (`quotes.people`)."""
    return click.option(
        "--speakers",
        "people",
        type=click.Path(exists=True, dir_okay=False),
        callback=_speakers_file,
        metavar="FILE",
        help="The newsroom's people: a CSV or JSONL with name, aliases (|-separated), id, gender, category. "
        "A speaker matching a name or alias takes its name, id, gender and category; --keep-column COL "
        "adds another of its columns.",
    )(command)


def fast_context_option(command: Callable[..., None]) -> Callable[..., None]:
    """``--fast-context LEVEL``: how much context fast mode keeps (implies ``--fast``; see `quotes.fast.LEVELS`)."""
    return click.option(
        "--fast-context",
        type=click.Choice(["needed", "always", "none"]),
        help="Fast mode's context before a kept sentence (implies --fast): 'needed' (the default), 'always' "
        "(best canonical speakers), 'none' (fastest, canonical speakers less often right).",
    )(command)


@click.group()
@click.version_option(__version__, prog_name="quotes")
def cli() -> None:
    """Find who said what in news articles: direct, mixed and reported quotes with their speakers."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True, callback=_input_paths)
@click.option(
    "-o",
    "--output",
    default=STDIN,
    type=click.Path(allow_dash=True),
    help="Write here instead of stdout; the extension (.csv, .jsonl, .parquet) sets the format. "
    "With --engine dask: the directory of a partitioned Parquet dataset.",
)
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), help="Output format. Default: from -o, else csv.")
@click.option("--model", help=MODEL_HELP)
@click.option("--text-column", default="text", show_default=True, help="JSONL field / CSV column with the text.")
@click.option("--id-column", default="doc_id", show_default=True, help="JSONL field / CSV column with the id.")
@click.option(
    "--keep-column",
    "keep_columns",
    multiple=True,
    metavar="COL",
    help="Metadata field (url, date, outlet...) to add as a CSV/parquet column; repeat for more. "
    "JSONL output keeps all metadata.",
)
@click.option("--encoding", help="Decode every input with this codec (latin-1, cp1252...). Default: UTF-8.")
@click.option("--batch-size", default=32, show_default=True, type=click.IntRange(min=1), help="Texts per spaCy batch.")
@click.option("--n-process", default=1, show_default=True, type=click.IntRange(min=1), help="Worker processes.")
@click.option(
    "--time-limit",
    default=TIME_LIMIT,
    show_default=True,
    type=click.FloatRange(min=0),
    metavar="SECONDS",
    help="Give up on a document still being parsed after this long (an error; the others go on). 0: no limit.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress or summary on stderr (document errors still show).")
@click.option("--no-csv-escape", is_flag=True, help="Do not prefix CSV cells starting with = + - @ with an apostrophe.")
@click.option(
    "--docs-out",
    type=click.Path(dir_okay=False),
    help="Also write a CSV with one row per input document: doc_id, source, status, message, n_quotes, n_chars.",
)
@click.option(
    "--resume",
    is_flag=True,
    help="Add to the -o file of an interrupted run: skip the documents it already has, redo the rest.",
)
@click.option(
    "--fast",
    is_flag=True,
    help="Parse only the paragraphs where quotes can be (quotation marks or a cue word) and their context.",
)
@fast_context_option
@click.option(
    "--link-speakers",
    is_flag=True,
    help="One canonical name per speaker across all inputs (\"US-led coalition\" / \"US military coalition\"). "
    "The quotes are held until the last document is read, then written.",
)
@click.option(
    "--engine",
    type=click.Choice(["spacy", "dask"]),
    default="spacy",
    show_default=True,
    help="Run here with spaCy, or on a Dask cluster (pip install \"quotes[dask]\").",
)
@click.option("--scheduler", metavar="ADDRESS", help="With --engine dask: a running scheduler (tcp://host:8786).")
@speakers_option
@_terminate_as_interrupt()  # a context manager as a decorator: SIGTERM ends the run as Ctrl-C does
def extract(
    inputs: tuple[str, ...],
    output: str,
    fmt: str | None,
    model: str | None,
    text_column: str,
    id_column: str,
    keep_columns: tuple[str, ...],
    encoding: str | None,
    batch_size: int,
    n_process: int,
    time_limit: float,
    quiet: bool,
    no_csv_escape: bool,
    docs_out: str | None,
    resume: bool,
    fast: bool,
    fast_context: str | None,
    link_speakers: bool,
    engine: str,
    scheduler: str | None,
    people: People | None,
) -> None:
    """Extract quotes from INPUT files, directories or - (stdin).

    Inputs: .txt (one article), .jsonl and .csv (one article per line/row), .html/.htm (article text
    extracted offline), directories (searched recursively for those). One row per quote goes to stdout
    as CSV, or to -o; with --engine dask, to a partitioned Parquet dataset in the directory -o (one file
    per 1,000 documents). Exit code: 0 all documents read, 1 some failed (the others are still
    written), 2 usage error.
    """
    _check_streams(inputs, output)
    if engine == "dask":
        out_format = _dataset_format(output, fmt)
    else:
        if output != STDIN and os.path.isdir(output):
            raise click.BadParameter(
                f"{output!r} is a directory: name a file (a directory is for --engine dask's Parquet dataset)",
                param_hint="'-o' / '--output'",
            )
        try:
            out_format = choose_format(output, fmt)
        except OutputError as err:
            raise click.BadParameter(str(err), param_hint="'-o' / '--output'") from None
    if out_format == "parquet" and output == STDIN:
        raise click.BadParameter("parquet is a binary format: write it to a file, e.g. -o quotes.parquet", param_hint="'-o' / '--output'")

    if scheduler and engine != "dask":
        raise click.BadParameter("--scheduler is for --engine dask", param_hint="'--scheduler'")
    fast_mode = fast_context or fast  # a level implies --fast
    if resume and link_speakers:
        raise click.BadParameter(
            "--link-speakers names speakers from all documents at once: it cannot add to an earlier run's output",
            param_hint="'--link-speakers'",
        )
    if resume and output == STDIN:
        raise click.BadParameter("--resume adds to an output file: pass -o FILE too", param_hint="'--resume'")
    if engine == "dask":
        _check_outputs(inputs, [("--docs-out", docs_out)])
    else:
        _check_outputs(inputs, [("-o", output), ("--docs-out", docs_out)])
    progress = None if quiet else Progress(sys.stderr)

    def warn(message: str) -> None:
        if progress is not None:
            progress.clear()  # a warning on a line of its own, not inside the progress bar
        click.echo(f"warning: {message}", err=True)

    try:
        documents = read_inputs(inputs, text_column=text_column, id_column=id_column, encoding=encoding, warn=warn)
    except InputError as err:
        if "nothing to read" in str(err):
            raise click.BadParameter(str(err), param_hint="INPUTS") from None
        hint = "'--encoding'" if encoding and "encoding" in str(err) else "'--text-column' / '--id-column'"
        raise click.BadParameter(str(err), param_hint=hint) from None
    if progress is not None:
        progress.total = _count(inputs, encoding)
    done: set[str] = set()
    if resume:
        try:
            done = prepare_resume(
                output, out_format, extra_columns=keep_columns, csv_escape=not no_csv_escape, docs_out=docs_out
            )
        except OutputError as err:
            raise click.BadParameter(str(err), param_hint="'--resume'") from None
    skipped = 0

    def not_done(documents: Iterator[Document]) -> Iterator[Document]:
        nonlocal skipped
        for document in documents:
            if document.doc_id in done:
                skipped += 1
                if progress is not None:
                    progress.skip()
            else:
                yield document

    def reported(pairs: Iterator[tuple[Document, DocResult]]) -> Iterator[tuple[Document, DocResult]]:
        for document, result in pairs:
            if result.status == "error":
                warn(f"{result.doc_id}: {result.message}")
            if progress is not None:
                progress.update(result)
            yield document, result

    if engine == "dask":
        from . import dask as dask_engine

        try:
            extracted = dask_engine.extract_documents(
                not_done(documents), scheduler, model=model or default_model_name(), batch_size=batch_size, fast=fast_mode
            )
        except QuotesError as err:
            raise click.ClickException(str(err)) from None
    else:
        nlp = _load(model)
        extracted = extract_documents(
            not_done(documents),
            nlp=nlp,
            batch_size=batch_size,
            n_process=n_process,
            fast=fast_mode,
            speakers=people,
            time_limit=time_limit or None,
        )
    pairs = reported(extracted if people is None or engine != "dask" else _with_people(extracted, people))
    if link_speakers:
        pairs = iter(link_pairs(pairs, keep_text=out_format == "jsonl"))
    if output == STDIN and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="backslashreplace")  # a lone surrogate from a JSON escape: \\ud800
    target = sys.stdout if output == STDIN else output
    try:
        if engine == "dask":  # the contract: the dask engine writes partitioned Parquet
            summary = write_parquet_dataset(
                pairs, output, extra_columns=keep_columns, csv_escape=not no_csv_escape, docs_out=docs_out, append=resume
            )
        else:
            summary = write_table(
                pairs,
                target,
                out_format,
                extra_columns=keep_columns,
                csv_escape=not no_csv_escape,
                docs_out=docs_out,
                append=resume,
            )
    except OutputError as err:
        raise click.ClickException(str(err)) from None
    except BrokenPipeError:  # `quotes extract ... | head`: stop quietly, as Python's docs advise
        _stdout_to_devnull()
        sys.exit(1)
    except OSError as err:  # a full disk, a quota, a file system gone read-only
        path = err.filename or (output if docs_out is None else f"{output} or {docs_out}")
        if output == STDIN and err.filename is None:
            _stdout_to_devnull()
        raise click.ClickException(write_error_message(err, str(path), resumable=output != STDIN)) from None
    if progress is not None:
        progress.close()
    for name in summary.missing_columns:
        warn(f"--keep-column {name}: no document has this field; its column is empty")
    if not quiet:
        where = "" if output == STDIN else f" -> {output}"
        already = f" ({skipped} already in {output}, skipped)" if resume else ""
        click.echo(f"quotes: {summary}{where}{already}", err=True)
    if summary.error:
        sys.exit(1)


def _with_people(pairs: Iterator[tuple[Document, DocResult]], people: People) -> Iterator[tuple[Document, DocResult]]:
    for document, result in pairs:
        people.apply(result.quotes)
        yield document, result


def _dataset_format(output: str, fmt: str | None) -> str:
    """--engine dask writes a partitioned Parquet dataset: -o must name its directory."""
    hint = "'-o' / '--output'"
    if output == STDIN:
        raise click.BadParameter(
            "--engine dask writes a partitioned Parquet dataset: pass -o DIR (e.g. -o quotes.parquet)", param_hint=hint
        )
    if fmt not in (None, "parquet"):
        raise click.BadParameter(f"--engine dask writes partitioned Parquet, not {fmt}", param_hint="'-f' / '--format'")
    suffix = os.path.splitext(output.rstrip("/" + os.sep))[1].lower()
    if suffix not in ("", ".parquet"):
        raise click.BadParameter(
            f"--engine dask writes a partitioned Parquet dataset to a directory, not to a {suffix} file: "
            "pass -o DIR (e.g. -o quotes.parquet)",
            param_hint=hint,
        )
    if os.path.isfile(output):
        raise click.BadParameter(f"{output!r} is a file: --engine dask writes a directory", param_hint=hint)
    return "parquet"


@cli.command(name="evaluate")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--model", help=MODEL_HELP)
@click.option("--details", is_flag=True, help="Also list, per document, missed quotes, false positives, wrong speakers.")
@click.option(
    "--baseline",
    type=click.Choice(["textacy"]),
    help="Also score textacy's direct_quotations on the same gold, with the same rule.",
)
@click.option("--fast", is_flag=True, help="Extract in fast mode, to see what it costs in accuracy.")
@fast_context_option
@speakers_option
def evaluate_command(
    gold: str,
    as_json: bool,
    model: str | None,
    details: bool,
    baseline: str | None,
    fast: bool,
    fast_context: str | None,
    people: People | None,
) -> None:
    """Score the extractor against GOLD, a JSONL file in the gold format (docs/gold-format.md).

    Prints precision, recall and F1 for quotes (spans), quote+speaker and each quote type, and the
    canonical-speaker accuracy; with gold that has them, the speaker-gender and source-kind accuracy.
    Exit code 1 if extraction failed on some document.
    """
    nlp = _load(model)
    try:
        scores = evaluate(gold, nlp=nlp, fast=fast_context or fast, speakers=people)
    except GoldFormatError as err:
        raise click.BadParameter(str(err), param_hint="GOLD") from None
    for error in scores["errors"]:
        click.echo(f"warning: extraction failed on {error['doc_id']}: {error['message']}", err=True)
    if not details:
        scores.pop("documents_detail", None)
    if baseline:
        gold_docs = read_gold(gold)
        predictions = list(textacy_predictions(gold_docs, nlp))
        scores["baseline"] = score(gold_docs, predictions)
        scores["baseline"]["name"] = baseline
        scores["baseline"]["documents_given_up"] = sum(p["error"] is not None for p in predictions)
    if as_json:
        click.echo(json.dumps(scores, indent=2, ensure_ascii=False))
    else:
        click.echo(format_report(scores, details=details))
        if baseline:
            given_up = scores["baseline"]["documents_given_up"]
            click.echo(f"\nbaseline: {baseline} direct_quotations (gave up on {given_up} documents)")
            click.echo(format_report(scores["baseline"]))
    if scores["errors"]:
        sys.exit(1)


def _inputs_and_output(output_help: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """INPUT arguments, ``-o/--output`` (stdout by default) and the reading options of `_reading_options`."""

    def decorate(command: Callable[..., None]) -> Callable[..., None]:
        command = _reading_options(command)
        output = click.option(
            "-o", "--output", default=STDIN, type=click.Path(dir_okay=False, allow_dash=True), help=output_help
        )
        inputs = click.argument("inputs", nargs=-1, required=True, callback=_input_paths)
        return inputs(output(command))

    return decorate


def _count(inputs: tuple[str, ...], encoding: str | None) -> int | None:
    """The number of input documents for the progress bar, if it can be told before reading (else None)."""
    try:
        return count_documents(inputs, encoding=encoding)
    except (InputError, LookupError):  # read_inputs reports these
        return None


@cli.command(name="show", cls=AgainstCommand)
@_inputs_and_output("Write the HTML page here instead of stdout.")
@click.option("--against", "originals", multiple=True, metavar="ORIGINAL...", callback=_input_paths,
              help="Check INPUT's direct and mixed quotes against these originals (as quotes check) and colour "
              "each by its status, the original wording on hover.")  # fmt: skip
def show_command(
    inputs: tuple[str, ...], output: str, model: str | None, text_column: str, id_column: str, encoding: str | None,
    originals: tuple[str, ...],
) -> None:  # fmt: skip
    """Draw the quotes of INPUT files as one HTML page, to open in a browser.

    Quote content is highlighted by type, speakers with their canonical name, and cues; a legend lists
    who is quoted. Inputs are read as by `quotes extract`. Exit code 1 if some documents could not be read.
    With --against ORIGINAL...: the page of `quotes check --html`, and quotes check's exit code.
    """
    if originals:
        from .trace_commands import show_checked

        show_checked(inputs, originals, output, model, text_column, id_column, encoding)
        return
    _check_streams(inputs, output)
    _check_outputs(inputs, [("-o", output)])
    documents = list(_read_documents(inputs, text_column, id_column, encoding))
    readable = [d for d in documents if d.error is None]
    for document in documents:
        if document.error is not None:
            click.echo(f"warning: {document.doc_id}: {document.error}", err=True)
    nlp = _load(model)
    page = render_page(nlp.pipe(d.text for d in readable), titles=[d.doc_id for d in readable])
    if output == STDIN:
        click.echo(page)
    else:
        try:
            with open(output, "w", encoding="utf8") as fh:
                fh.write(page)
        except OSError as err:
            raise click.ClickException(f"cannot write {output}: {err.strerror}") from None
        noun = "document" if len(readable) == 1 else "documents"
        click.echo(f"quotes: {len(readable)} {noun} drawn -> {output}", err=True)
    if len(readable) < len(documents):
        sys.exit(1)


@cli.command(name="speakers")
@_inputs_and_output("Write the speaker table (CSV) here instead of stdout.")
@click.option("-q", "--quiet", is_flag=True, help="No summary on stderr.")
@speakers_option
@click.option(
    "--named-only", is_flag=True, help="Leave out descriptions that name no one ('critics', 'the senator')."
)
def speakers_command(
    inputs: tuple[str, ...],
    output: str,
    model: str | None,
    text_column: str,
    id_column: str,
    encoding: str | None,
    quiet: bool,
    people: People | None,
    named_only: bool,
) -> None:
    """One row per speaker over all INPUT documents: quotes by type, documents, and every alias seen.

    The same speaker under different surface forms in different articles ("Russia's Defence Ministry",
    "Russian Defence Ministry") is one row. A description that names no one ("critics", "the senator" when
    no earlier name says who) has unresolved = True and comes after the named speakers; --named-only leaves
    it out. Inputs are read as by `quotes extract`.
    """
    _check_streams(inputs, output)
    _check_outputs(inputs, [("-o", output)])
    documents = _read_documents(inputs, text_column, id_column, encoding)
    results = [result for _, result in extract_documents(documents, nlp=_load(model), speakers=people)]
    table = summarize_speakers(to_frame(results), unresolved=not named_only)
    table.to_csv(sys.stdout if output == STDIN else output, index=False)
    failed = [r for r in results if r.status == "error"]
    for result in failed:
        click.echo(f"warning: {result.doc_id}: {result.message}", err=True)
    if not quiet:
        click.echo(f"quotes: {len(results)} documents, {len(table)} speakers", err=True)
    if failed:
        sys.exit(1)


@cli.command(name="summary")
@_inputs_and_output("Write the summary (CSV) here instead of stdout.")
@click.option("--by", type=click.Choice(GROUPINGS), default="outlet", show_default=True,
              help="Group by outlet (the outlet metadata, else the folder or file), date (the date metadata) or doc.")
@click.option("-f", "--format", "fmt", type=click.Choice(["csv", "table"]),
              help="csv, or a readable table. Default: a table on a terminal, else CSV.")
@click.option("-q", "--quiet", is_flag=True, help="No summary line on stderr.")
@speakers_option
def summary_command(
    inputs: tuple[str, ...],
    output: str,
    model: str | None,
    text_column: str,
    id_column: str,
    encoding: str | None,
    by: str,
    fmt: str | None,
    quiet: bool,
    people: People | None,
) -> None:
    """Who gets a voice in INPUT documents, per outlet, date or document, then over all of them.

    Per group: quotes and distinct speakers by gender, by source kind (named, anonymous, generic,
    document) and by quote type, with shares. Speakers are linked across documents first. Inputs are read
    as by `quotes extract`.
    """
    documents = _read_documents(inputs, text_column, id_column, encoding)
    results = [result for _, result in extract_documents(documents, nlp=_load(model), speakers=people)]
    table = summarize_voices(link_speakers(voice_frame(results)), by=by)
    failed = [r for r in results if r.status == "error"]
    for result in failed:
        click.echo(f"warning: {result.doc_id}: {result.message}", err=True)
    if fmt is None:
        fmt = "table" if output == STDIN and sys.stdout.isatty() else "csv"
    if fmt == "table":
        text = format_voices(table) + "\n"
    else:
        text = table.to_csv(index=False)
    if output == STDIN:
        click.echo(text, nl=False)
    else:
        try:
            with open(output, "w", encoding="utf8", newline="") as fh:
                fh.write(text)
        except OSError as err:
            raise click.ClickException(f"cannot write {output}: {err.strerror}") from None
    if not quiet:
        click.echo(f"quotes: {len(results)} documents, {len(table) - 1} {by} groups", err=True)
    if failed:
        sys.exit(1)


# --------------------------------------------------------------------------------------------- quotes serve (issue 16)
# Self-contained: FastAPI and uvicorn are imported only when the command runs (the `serve` extra).

_LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


@cli.command(name="serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on; 0.0.0.0 lets anyone on the network in.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port; 0 picks a free one.")
@click.option("--model", help=MODEL_HELP)
@click.option(
    "--workers", default=1, show_default=True, type=click.IntRange(0, 64),
    help="Worker processes that parse (each loads the model once); 0 parses in the server process.",
)  # fmt: skip
@click.option(
    "--max-bytes", default=5_000_000, show_default=True, type=click.IntRange(1),
    help="The largest request body; a larger one gets HTTP 413.",
)  # fmt: skip
@click.option(
    "--speakers", "speakers_path", type=click.Path(dir_okay=False),
    help="The newsroom's list of people (CSV or JSONL, see quotes extract --speakers), applied to every document.",
)  # fmt: skip
def serve_command(host: str, port: int, model: str | None, workers: int, max_bytes: int, speakers_path: str | None) -> None:
    """Serve a web page and an HTTP API on this machine: paste or drop articles, see and download their quotes.

    The page is at the address printed; the API (POST /extract, POST /speakers, POST /check, GET /health) is described
    at /openapi.json. Nothing is sent to any other host. Needs pip install "quotes[serve]".
    """
    from .serve import MissingDependencyError, require, run

    try:
        require()
    except MissingDependencyError as err:
        raise click.ClickException(str(err)) from None
    if host not in _LOCAL_HOSTS and not host.startswith("127."):
        click.echo(
            f"warning: --host {host}: anyone who can reach this machine on the network can use this server and "
            "read what is sent to it (there is no login); use --host 127.0.0.1 to keep it to this machine",
            err=True,
        )
    if speakers_path is not None:  # a bad file is a usage error before the server starts
        ctx = click.get_current_context()
        _speakers_file(ctx, next(p for p in ctx.command.params if p.name == "speakers_path"), speakers_path)
    try:
        run(host=host, port=port, model=model, workers=workers, max_bytes=max_bytes, speakers=speakers_path)
    except QuotesError as err:  # the model cannot be loaded: the message says how to install it
        raise click.ClickException(str(err)) from None
    except OSError as err:  # the port is taken, the address is not this machine's
        raise click.ClickException(f"cannot listen on {host}:{port}: {err.strerror or err}") from None


# --- quotes trace / quotes check (issue 15): the commands live in quotes/trace_commands.py -------------------

from .trace_commands import check_command, trace_command  # noqa: E402

cli.add_command(trace_command)
cli.add_command(check_command)
