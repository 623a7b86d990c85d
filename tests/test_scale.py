"""Scale: texts longer than spaCy's max_length, fast mode, streaming, worker processes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

import quotes
from quotes import fast
from quotes.extract import CHUNK_CHARS, Excerpt, plan_excerpts, split_text
from quotes.model import Document

#: One block of an article: quotes of each kind, each complete within its paragraph.
BLOCK = "\n\n".join(
    [
        "“We will not give up on this town,” the mayor, Helena Varga, said on Monday.",
        "The council met for three hours on Monday evening. Its members voted to keep the library open.",
        "Tom Reed, a local teacher, said the decision was a relief for families across the valley.",
        "“It is the right call and it came just in time,” Mr Reed told reporters outside the hall.",
    ]
)


def _check_offsets(text: str, found: list[quotes.Quote]) -> None:
    for q in found:
        assert text[q.quote_start : q.quote_end] == q.quote
        if q.speaker_start is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker
        if q.cue_start is not None:
            assert text[q.cue_start : q.cue_end] == q.cue
    assert [q.quote_index for q in found] == list(range(len(found)))


# --------------------------------------------------------------------------------------------- splitting


def test_split_text_cuts_at_blank_lines_first() -> None:
    text = "one two.\nthree.\n\nfour five.\n\nsix."
    ranges = split_text(text, 20)
    assert "".join(text[a:b] for a, b in ranges) == text
    assert [text[a:b] for a, b in ranges] == ["one two.\nthree.\n\n", "four five.\n\nsix."]


def test_split_text_falls_back_to_line_breaks_then_sentences_then_spaces() -> None:
    assert split_text("aaaa\nbbbb\ncccc", 10) == [(0, 10), (10, 14)]
    text = "One two. Three four. Five"
    assert [text[a:b] for a, b in split_text(text, 12)] == ["One two. ", "Three four. ", "Five"]
    assert split_text("x" * 25, 10) == [(0, 10), (10, 20), (20, 25)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab .\n", max_size=300), st.integers(min_value=1, max_value=40))
def test_split_text_covers_the_text_in_pieces_under_the_limit(text: str, limit: int) -> None:
    ranges = split_text(text, limit)
    assert "".join(text[a:b] for a, b in ranges) == text
    assert all(0 < b - a <= limit for a, b in ranges) or text == ""


def test_a_text_under_max_length_is_one_excerpt() -> None:
    assert plan_excerpts("Short text.", max_length=1000) == [Excerpt.whole("Short text.")]
    assert plan_excerpts(" \n ", max_length=1000) == []


def test_a_long_text_is_parsed_in_chunks_and_its_quotes_found_in_every_chunk(nlp, monkeypatch) -> None:
    monkeypatch.setattr(nlp, "max_length", 2_000)
    text = "\n\n".join([BLOCK] * 40)  # ~16,000 characters
    assert len(plan_excerpts(text, max_length=nlp.max_length)) > 5
    per_block = quotes.extract(BLOCK, nlp=nlp)
    assert len(per_block) == 3
    found = quotes.extract(text, nlp=nlp)
    assert len(found) == 40 * len(per_block)
    _check_offsets(text, found)
    assert found[-1].quote_start > len(text) - len(BLOCK)  # quotes of the last chunk, at whole-text offsets
    # every block's quotes are those of the block alone, shifted to where the block sits
    step = len(BLOCK) + 2
    shape = [(q.type, q.quote_start, q.quote_end, q.speaker_start, q.cue_start) for q in per_block]
    for k in range(40):
        got = found[3 * k : 3 * k + 3]
        assert [(q.type, q.quote_start - k * step, q.quote_end - k * step, q.speaker_start - k * step, q.cue_start - k * step) for q in got] == shape  # fmt: skip


def test_extract_many_splits_long_texts_too(nlp, monkeypatch) -> None:
    monkeypatch.setattr(nlp, "max_length", 2_000)
    long_text = "\n\n".join([BLOCK] * 10)
    results = list(quotes.extract_many(["", BLOCK, long_text], nlp=nlp, batch_size=4))
    assert [r.status for r in results] == ["empty", "ok", "ok"]
    assert len(results[2].quotes) == 10 * len(results[1].quotes)
    _check_offsets(long_text, results[2].quotes)


def test_five_megabyte_document(fake_quotes) -> None:
    """Five times spaCy's max_length: parsed in chunks, every quote found at its offset in the whole text.

    The rules are stood in for (conftest's `fake_quotes`) and the pipeline is a tokenizer, so that this
    runs in seconds; the real rules on chunks are tested above, and benchmarks/throughput.py runs the
    real pipeline on a 5 MB document.
    """
    nlp = spacy.blank("en")
    text = "\n\n".join([BLOCK] * (5_000_000 // len(BLOCK) + 1))
    assert len(text) > 5_000_000 > nlp.max_length
    excerpts = plan_excerpts(text, max_length=nlp.max_length)
    assert len(excerpts) >= 50 and all(len(e.text) <= CHUNK_CHARS for e in excerpts)
    n_blocks = text.count(BLOCK)
    found = quotes.extract(text, nlp=nlp)
    assert len(found) == 2 * n_blocks  # the stand-in finds the two quotes in double marks of each block
    _check_offsets(text, found)
    assert found[-1].quote_start > len(text) - len(BLOCK)
    [result] = quotes.extract_many([text], nlp=nlp)
    assert result.status == "ok" and len(result.quotes) == 2 * n_blocks
    assert result.quotes[-1].quote_end == found[-1].quote_end


# --------------------------------------------------------------------------------------------- fast mode

#: Articles of my own: quotes of every kind among sentences that hold none.
ARTICLES = [
    "Council keeps library open\n\n"
    "The library on Mill Street opened in 1932. It holds about 40,000 books and a small archive of maps.\n\n"
    "Helena Varga, the mayor, spoke after the vote. “We will not give up on this town,” she said. "
    "The building needs a new roof. Repairs will start in spring.\n\n"
    "According to the council's own figures, visits rose by a fifth last year.\n\n"
    "The roof was last replaced in 1978. Parking remains a problem in the area.",
    "Storm closes coast road\n\n"
    "Heavy rain fell overnight across the north. Rivers rose quickly in the hills.\n\n"
    "The police said the coast road would stay closed until Friday. Drivers were sent inland.\n\n"
    "Inspector Paul Okoro told the BBC: “Please do not try to drive through flood water. "
    "It is deeper than it looks.”\n\n"
    "Schools in the valley opened as usual. Buses ran a reduced timetable.",
    "Factory to add 200 jobs\n\n"
    "The plant makes parts for trains. It opened ten years ago on a former airfield.\n\n"
    "Its owner, Lumen Rail, confirmed that the new jobs would be filled by local people. "
    "The firm warned of “very tight” margins.\n\n"
    "Unemployment in the town is above the national average. Wages are lower too.",
]


def _shape(found: list[quotes.Quote]) -> list[tuple]:
    return [
        (q.type, q.quote_start, q.quote_end, q.speaker_start, q.speaker_end, q.cue_start, q.speaker_canonical)
        for q in found
    ]


@pytest.mark.parametrize("text", ARTICLES)
def test_fast_mode_finds_the_same_quotes_as_normal_mode(nlp, text: str) -> None:
    kept = fast.excerpt(text)
    assert len(kept.text) < 0.8 * len(text)  # sentences without quotes or cues are really skipped
    normal = quotes.extract(text, nlp=nlp)
    quick = quotes.extract(text, nlp=nlp, fast=True)
    assert normal, "the article should have quotes"
    assert _shape(quick) == _shape(normal)
    _check_offsets(text, quick)


def test_fast_extract_many_matches_normal(nlp) -> None:
    normal = list(quotes.extract_many(ARTICLES, nlp=nlp))
    quick = list(fast.extract_many(ARTICLES, nlp=nlp))
    assert [_shape(r.quotes) for r in quick] == [_shape(r.quotes) for r in normal]


def test_cue_forms_are_inflections_of_the_lexicon() -> None:
    forms = fast.cue_forms()
    assert {"say", "says", "said", "saying", "told", "warned", "admitted", "replies", "statements", "according"} <= forms
    assert not {"city", "the", "address"} & forms


def test_fast_mode_keeps_the_sentence_before_a_quote() -> None:
    text = "Nothing here. Ms Varga arrived late. “We are ready,” she said. More filler. And more."
    ranges = fast.select(text)
    assert [text[a:b] for a, b in ranges] == ["Ms Varga arrived late. “We are ready,” she said. "]


def test_fast_mode_keeps_the_sentence_before_only_where_the_speaker_may_need_it() -> None:
    text = "Filler one. Acme reported a loss. Sales fell, Acme said. Filler two. Filler three. The firm said so. End."
    kept = [text[a:b] for a, b in fast.select(text)]
    # "Acme said" names its speaker: no context; "The firm said" refers back: the sentence before comes too
    assert kept == ["Acme reported a loss. Sales fell, Acme said. ", "Filler three. The firm said so. "]
    always = [text[a:b] for a, b in fast.select(text, when_needed=False)]
    assert always == ["Filler one. Acme reported a loss. Sales fell, Acme said. ", "Filler three. The firm said so. "]


def test_fast_levels_choose_the_context() -> None:
    text = "Filler one. Acme reported a loss. Sales fell, Acme said. Filler two. Filler three. The firm said so. End."
    kept = {level: fast.excerpt(text, **fast.settings(level)).text for level in fast.LEVELS}
    assert kept["needed"] == fast.excerpt(text, **fast.settings(True)).text
    assert kept["none"] == "Acme reported a loss. Sales fell, Acme said. The firm said so. "  # no sentence before
    assert kept["always"].startswith("Filler one. ") and len(kept["always"]) > len(kept["needed"]) > len(kept["none"])
    with pytest.raises(ValueError, match="unknown fast mode 'quick'"):
        fast.settings("quick")


def test_cli_fast_context_level_is_fast_mode(tmp_path) -> None:
    from click.testing import CliRunner

    from quotes.cli import cli

    (tmp_path / "a.txt").write_text("Filler one. “We are ready,” the mayor said. Filler two.", encoding="utf8")
    runner = CliRunner()
    result = runner.invoke(cli, ["extract", str(tmp_path), "-q", "--fast-context", "none"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "We are ready," in result.stdout and "the mayor" in result.stdout
    bad = runner.invoke(cli, ["extract", str(tmp_path), "--fast-context", "quick"])
    assert bad.exit_code == 2


def test_fast_mode_keeps_where_a_name_given_with_an_honorific_is_written_out() -> None:
    text = "Patricia Hewitt visited. Filler. More filler. Ms Hewitt said the plan works. End."
    kept = [text[a:b] for a, b in fast.select(text)]
    assert kept == ["Patricia Hewitt visited. ", "Ms Hewitt said the plan works. "]
    assert [text[a:b] for a, b in fast.select(text, context=0)] == ["Ms Hewitt said the plan works. "]


def test_needs_context() -> None:
    assert fast.needs_context("He also said it was fine.")
    assert fast.needs_context("“We will appeal,” said she.")
    assert fast.needs_context("A spokesman for its parent company said so.")
    assert fast.needs_context("“We are ready.”", has_cue=False)
    assert not fast.needs_context("Profits rose, Acme said.")
    assert not fast.needs_context("It rained all day, and Ann Lee said the roads flooded.")


def test_fast_mode_keeps_a_quote_of_several_sentences_whole() -> None:
    text = "Filler first. Filler second. “One. Two. Three,” said Ann. Filler last."
    assert [text[a:b] for a, b in fast.select(text, context=0)] == ["“One. Two. Three,” said Ann. "]


def test_fast_mode_selects_nothing_in_a_text_without_quotes_or_cues(nlp) -> None:
    text = "The river rose. The road closed.\n\nSchools opened."
    assert fast.select(text) == []
    [result] = quotes.extract_many([text], nlp=nlp, fast=True)
    assert result.status == "ok" and result.quotes == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*"ab .\n“”\"", " said ", " told ", "Ann "]), max_size=80).map("".join))
def test_fast_excerpt_segments_are_slices_of_the_text(text: str) -> None:
    kept = fast.excerpt(text)
    previous_end = -1
    for start, origin, length in kept.segments:
        assert kept.text[start : start + length] == text[origin : origin + length]
        assert origin >= previous_end
        previous_end = origin + length
        assert kept.to_document(start) == origin
        assert kept.to_document(start + length, end=True) == origin + length


# --------------------------------------------------------------------------------------------- streaming


def test_extract_many_reads_its_input_lazily(nlp) -> None:
    consumed = 0

    def documents() -> Iterator[str]:
        nonlocal consumed
        for i in range(40):
            consumed += 1
            yield f"“Line {i} is here,” Ann said."

    results = quotes.extract_many(documents(), nlp=nlp, batch_size=4)
    first = next(results)
    assert first.doc_id == "0" and first.quotes
    assert consumed < 40  # the first result came out before the generator was exhausted
    assert len(list(results)) == 39 and consumed == 40


def test_worker_processes_give_the_same_results_in_order(nlp) -> None:
    documents = [Document(doc_id=f"d{i}", text=text) for i, text in enumerate(ARTICLES * 3)]
    documents.insert(2, Document(doc_id="empty", text=""))
    documents.insert(5, Document(doc_id="bad", text="", error="could not be read"))
    one = list(quotes.extract_many(documents, nlp=nlp, batch_size=2))
    two = list(quotes.extract_many(documents, nlp=nlp, batch_size=2, n_process=2))
    assert [r.doc_id for r in two] == [d.doc_id for d in documents]
    assert two == one


def test_bad_process_counts_are_refused(nlp) -> None:
    with pytest.raises(quotes.QuotesError, match="n_process"):
        list(quotes.extract_many(["x"], nlp=nlp, n_process=0))
    with pytest.raises(quotes.QuotesError, match="batch_size"):
        list(quotes.extract_many(["x"], nlp=nlp, batch_size=0))
