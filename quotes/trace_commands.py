"""The `quotes trace` and `quotes check` commands (registered on the `quotes` group by `quotes.cli`).

Click commands only, as in `quotes.cli`; the work is done by `quotes.trace`, `quotes.check` and
`quotes.quote_tables`. The helpers the commands share with `quotes.cli` are in `quotes.cli_options`.
"""

from __future__ import annotations

import os
import sys

import click
import pandas as pd
from spacy.language import Language

from .cli_options import AgainstCommand, input_paths, load_pipeline, read_documents, reading_options
from .io import STDIN, extract_documents, neutralise_formulas
from .model import DocResult, Document


def _load_quote_table(
    inputs: tuple[str, ...], model: str | None, text_column: str, id_column: str, encoding: str | None
) -> tuple[pd.DataFrame, bool]:
    """The quote table of INPUTs (extracted tables read back, articles extracted) and whether any document failed."""
    from .quote_tables import TableError, load_quotes

    def warn(message: str) -> None:
        click.echo(f"warning: {message}", err=True)

    nlp: list[Language] = []

    def run(documents: list[Document]) -> list[DocResult]:
        nlp.append(nlp[0] if nlp else load_pipeline(model))
        return [result for _, result in extract_documents(documents, nlp=nlp[0])]

    try:
        frame, results = load_quotes(
            inputs, extract=run, read=lambda paths: read_documents(tuple(paths), text_column, id_column, encoding), warn=warn
        )
    except TableError as err:
        raise click.BadParameter(str(err), param_hint="INPUT") from None
    return frame, any(r.status == "error" for r in results)


def _write_frame(frame: pd.DataFrame, output: str, what: str, csv_escape: bool = True) -> None:
    """Write a table as CSV (stdout or a .csv file), JSONL (.jsonl) or Parquet (.parquet).

    CSV cells that a spreadsheet would run as a formula (``-"not" +"never"``) get a leading ``'``, as in
    `quotes extract`, unless ``csv_escape`` is false."""
    suffix = os.path.splitext(output)[1].lower() if output != STDIN else ".csv"
    try:
        if suffix == ".jsonl":
            frame.to_json(output, orient="records", lines=True, force_ascii=False)
        elif suffix == ".parquet":
            frame.to_parquet(output, index=False)
        else:
            frame = neutralise_formulas(frame) if csv_escape else frame
            frame.to_csv(sys.stdout if output == STDIN else output, index=False)
    except OSError as err:
        raise click.ClickException(f"cannot write the {what} to {output}: {err.strerror or err}") from None


@click.command(name="trace")
@click.argument("inputs", nargs=-1, required=True, callback=input_paths)
@click.option("-o", "--output", default=STDIN, type=click.Path(dir_okay=False, allow_dash=True),
              help="Write the traced quotes here (.csv, .jsonl or .parquet) instead of stdout (CSV).")  # fmt: skip
@reading_options
@click.option("--clusters-out", type=click.Path(dir_okay=False), help="Also write one row per cluster here (.csv, .jsonl, .parquet).")
@click.option("--min-words", default=5, show_default=True, type=click.IntRange(min=1),
              help="Leave out quotes with fewer quoted words (\"no comment\").")  # fmt: skip
@click.option("--date-column", default="date", show_default=True, help="Metadata column giving when a document was published.")
@click.option("--outlet-column", default="outlet", show_default=True, help="Metadata column naming the outlet.")
@click.option("--no-csv-escape", is_flag=True, help="Do not prefix CSV cells starting with = + - @ with an apostrophe.")
@click.option("-q", "--quiet", is_flag=True, help="No summary on stderr.")
def trace_command(
    inputs: tuple[str, ...],
    output: str,
    model: str | None,
    text_column: str,
    id_column: str,
    encoding: str | None,
    clusters_out: str | None,
    min_words: int,
    date_column: str,
    outlet_column: str,
    no_csv_escape: bool,
    quiet: bool,
) -> None:
    """Follow quotes across INPUT documents: which report the same words, changed or given to someone else.

    INPUT is anything `quotes extract` reads, or a table it wrote (CSV, JSONL, Parquet: read as it is,
    nothing parsed again). One row per direct or mixed quote: its cluster (the same words of the same
    statement), its relation to the cluster's reference wording (reference, same, fragment, elided,
    altered), the word differences, and whether documents disagree on the speaker. Exit code 1 if some
    documents could not be read, 2 for usage errors.
    """
    from .link import link_speakers
    from .trace import summarize_clusters, trace_frame

    frame, failed = _load_quote_table(inputs, model, text_column, id_column, encoding)
    if len(frame):
        frame = link_speakers(frame)
    traced = trace_frame(frame, min_words=min_words)
    _write_frame(traced, output, "traced quotes", not no_csv_escape)
    clusters = summarize_clusters(traced, date_column=date_column, outlet_column=outlet_column)
    if clusters_out:
        _write_frame(clusters, clusters_out, "clusters", not no_csv_escape)
    if not quiet:
        shared = int((clusters["n_documents"] > 1).sum())
        click.echo(
            f"quotes trace: {len(traced)} quotes in {len(clusters)} clusters, {shared} in more than one document, "
            f"{int(clusters['altered'].sum())} with an altered quote, {int(clusters['speaker_conflict'].sum())} "
            f"with a speaker conflict" + ("" if output == STDIN else f" -> {output}"),
            err=True,
        )
    if failed:
        sys.exit(1)


@click.command(name="check", cls=AgainstCommand)
@click.argument("originals", nargs=-1, required=True, callback=input_paths)
@click.option("--against", "derived", multiple=True, required=True, metavar="DERIVED...", callback=input_paths,
              help="The rewritten texts whose quotes are checked (one or more inputs, or tables).")  # fmt: skip
@click.option("-o", "--output", default=STDIN, type=click.Path(dir_okay=False, allow_dash=True),
              help="Write the checked quotes here (.csv, .jsonl or .parquet) instead of stdout (CSV).")  # fmt: skip
@reading_options
@click.option("--min-words", default=1, show_default=True, type=click.IntRange(min=1), help="Leave out shorter quotes.")
@click.option("--html", "html_out", type=click.Path(dir_okay=False),
              help="Also draw the derived articles as an HTML page: each quote coloured by its status, the original on hover.")  # fmt: skip
@click.option("--no-csv-escape", is_flag=True, help="Do not prefix CSV cells starting with = + - @ with an apostrophe.")
@click.option("-q", "--quiet", is_flag=True, help="No summary on stderr.")
def check_command(
    originals: tuple[str, ...],
    derived: tuple[str, ...],
    output: str,
    model: str | None,
    text_column: str,
    id_column: str,
    encoding: str | None,
    min_words: int,
    html_out: str | None,
    no_csv_escape: bool,
    quiet: bool,
) -> None:
    """Check every direct or mixed quote of the DERIVED texts against the ORIGINAL ones.

    Each quote is verbatim, fragment, elided, altered (the differences are listed), misattributed (the
    words are in the originals, said by someone else) or not-found. Inputs are read as by `quotes
    extract`, or are tables it wrote. Exit code: 0 every quote is verbatim, fragment or elided; 1 some
    quote is altered, misattributed or not found (or a document could not be read); 2 usage error.
    """
    from .check import PASSING, summary_line

    checked, right, failed = _check_inputs(originals, derived, model, text_column, id_column, encoding, min_words)
    _write_frame(checked, output, "checked quotes", not no_csv_escape)
    if html_out:
        _draw_checked(checked, right, _texts(derived, text_column, id_column, encoding), html_out)
    if not quiet:
        click.echo(f"quotes check: {summary_line(checked)}", err=True)
    if failed or not checked["status"].isin(PASSING).all():
        sys.exit(1)


def show_checked(
    derived: tuple[str, ...], originals: tuple[str, ...], output: str, model: str | None, text_column: str,
    id_column: str, encoding: str | None,
) -> None:  # fmt: skip
    """``quotes show DERIVED... --against ORIGINAL...``: check the quotes as `quotes check` does and draw them.

    The page is `quotes check --html`'s; the exit code is `quotes check`'s."""
    from .check import PASSING, summary_line

    checked, right, failed = _check_inputs(originals, derived, model, text_column, id_column, encoding, 1)
    texts = _texts(derived, text_column, id_column, encoding)
    _draw_checked(checked, right, texts, output)
    where = "" if output == STDIN else f" -> {output}"
    noun = "document" if len(texts) == 1 else "documents"
    click.echo(f"quotes show: {len(texts)} {noun} drawn, {summary_line(checked)}{where}", err=True)
    if failed or not checked["status"].isin(PASSING).all():
        sys.exit(1)


def _check_inputs(
    originals: tuple[str, ...], derived: tuple[str, ...], model: str | None, text_column: str, id_column: str,
    encoding: str | None, min_words: int,
) -> tuple[pd.DataFrame, pd.DataFrame, bool]:  # fmt: skip
    """`quotes.check` on the inputs: the checked table, the derived quote table, and whether a document failed."""
    from .check import check_frames, link_together

    left, failed_left = _load_quote_table(originals, model, text_column, id_column, encoding)
    right, failed_right = _load_quote_table(derived, model, text_column, id_column, encoding)
    texts = _texts(originals, text_column, id_column, encoding)
    if len(left) and len(right):
        left, right = link_together(left, right)
    checked = check_frames(left, right, original_texts=texts, min_words=min_words)
    return checked, right, failed_left or failed_right


def _draw_checked(checked: pd.DataFrame, right: pd.DataFrame, texts: dict[str, str], output: str) -> None:
    """Write `quotes.check_page.render_checked`'s page of the derived articles (``texts``) to ``output`` (- is
    stdout)."""
    from .check_page import render_checked

    page = render_checked(checked, right, texts)
    try:
        if output == STDIN:
            click.echo(page)
        else:
            with open(output, "w", encoding="utf8") as fh:
                fh.write(page)
    except OSError as err:
        raise click.ClickException(f"cannot write {output}: {err.strerror or err}") from None


def _texts(inputs: tuple[str, ...], text_column: str, id_column: str, encoding: str | None) -> dict[str, str]:
    """The texts of the articles among the inputs (tables have none): to find quotes the extractor missed in
    the originals, and to draw the derived ones."""
    from .quote_tables import is_quote_table

    raw = tuple(p for p in inputs if p != STDIN and not is_quote_table(p))
    if not raw:
        return {}
    return {d.doc_id: d.text for d in read_documents(raw, text_column, id_column, encoding) if d.error is None}
