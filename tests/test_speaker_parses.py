"""Speakers of direct quotes through parses the model gets wrong in real news (issue 10): each `Doc` is built by
hand with the parse the pipeline gave a sentence like it, so the rule is tested on that parse whatever the model
does with the sentence today. Sentences are made up; the parses copy the shape of the model's mistakes."""

from __future__ import annotations

from test_reported_parses import found  # the same hand-built parses, here with a column for the spaces


# "His final assessment: “It’s fine,” he said.": the lead-in before the colon parsed as a second subject of the cue
TWO_SUBJECTS = """
His his PRON PRP$ poss 2 1
final final ADJ JJ amod 2 1
assessment assessment NOUN NN nsubj 11 0
: : PUNCT : punct 2 1
“ “ PUNCT `` punct 6 0
It it PRON PRP nsubj 6 0
’s be AUX VBZ ccomp 11 1
fine fine ADJ JJ acomp 6 0
, , PUNCT , punct 11 0
” ” PUNCT '' punct 11 1
he he PRON PRP nsubj 11 1
said say VERB VBD ROOT 11 0
. . PUNCT . punct 11 0
"""


def test_speaker_is_the_subject_between_quotation_and_cue(nlp):
    assert found(nlp, TWO_SUBJECTS) == [("direct", "It’s fine,", "he")]


# "“We are scared,” said the clerk, who asked not to be named.": the speaker, with its relative clause, parsed as the
# subject of a clause that the cue takes for its content
SPEAKER_AS_CONTENT = """
“ “ PUNCT `` punct 2 0
We we PRON PRP nsubj 2 1
are be AUX VBP ccomp 6 1
scared scared ADJ JJ acomp 2 0
, , PUNCT , punct 6 0
” ” PUNCT '' punct 6 1
said say VERB VBD ROOT 6 1
the the DET DT det 8 1
clerk clerk NOUN NN nsubj 13 0
, , PUNCT , punct 8 1
who who PRON WP nsubj 13 1
did do AUX VBD aux 13 1
not not PART RB neg 13 1
want want VERB VB ccomp 6 1
to to PART TO aux 15 1
talk talk VERB VB xcomp 13 0
. . PUNCT . punct 6 0
"""


def test_inverted_speaker_taken_for_content_attributes_quotation_before(nlp):
    assert found(nlp, SPEAKER_AS_CONTENT) == [("direct", "We are scared,", "the clerk")]
