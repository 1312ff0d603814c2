"""Stage 2: quoted stretches, cues and candidate spans."""

from __future__ import annotations

from quotekit import Config, QuoteKind, default_lexicon
from quotekit._document import Context, Document
from quotekit.backends.rules import RulesBackend
from quotekit.sentences import segment, split_paragraphs
from quotekit.spans import find_cues, find_quoted, find_spans


def _candidates(text: str, config: Config | None = None) -> list[tuple[str, QuoteKind]]:
    config = config or Config()
    context = Context(config=config, backend=RulesBackend(config.lexicon))
    document = find_spans(segment(Document(text=text), context), context)
    return [(text[c.start : c.end], c.kind) for c in document.candidates]


def _quoted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quoted(text, split_paragraphs(text))]


def test_every_mark_style_pairs() -> None:
    text = (
        'A "one two" B \u201cthree four\u201d C \u00abfive six\u00bb '
        "D \u201eseven eight\u201c E \u300cnine ten\u300d"
    )
    assert _quoted(text) == [
        '"one two"',
        "\u201cthree four\u201d",
        "\u00abfive six\u00bb",
        "\u201eseven eight\u201c",
        "\u300cnine ten\u300d",
    ]


def test_mixed_straight_and_curly_marks_pair() -> None:
    assert _quoted('He said "we will go\u201d and left.') == ['"we will go\u201d']


def test_unclosed_mark_stops_at_paragraph_and_next_paragraph_is_clean() -> None:
    text = 'A sign read "No entry\nThen "yes" came.'
    assert _quoted(text) == ['"No entry', '"yes"']


def test_multi_paragraph_quote_joins_while_paragraphs_reopen() -> None:
    text = "\u201cFirst part.\n\n\u201cSecond part.\n\n\u201cLast part,\u201d she said.\n\nAfter."
    assert _quoted(text) == ["\u201cFirst part.\n\n\u201cSecond part.\n\n\u201cLast part,\u201d"]


def test_quote_of_another_mark_style_does_not_reopen_an_open_one() -> None:
    text = (
        '"The harbour was quiet that morning.\n\n'
        "\u201cNone of us thought the wall would fail,\u201d Greta Lindqvist said."
    )
    assert _quoted(text) == [
        '"The harbour was quiet that morning.',
        "\u201cNone of us thought the wall would fail,\u201d",
    ]


def test_apostrophes_are_not_quotes() -> None:
    assert _quoted("The union's leaders don't agree with the '90s rules.") == []


def test_cues_found_with_longest_form_and_class() -> None:
    text = "According to the report, prices rose, and she tweeted about it."
    cues = find_cues(text, 0, len(text), default_lexicon())
    assert [(c.form, c.cue_class.value) for c in cues][:1] == [("according to", "speech")]
    assert ("tweeted", "writing") in [(c.form, c.cue_class.value) for c in cues]


def test_cue_inside_a_quote_is_not_a_new_attribution() -> None:
    text = '"They said the plan would fail," Ana Ruiz said.'
    assert _candidates(text) == [('"They said the plan would fail,"', QuoteKind.DIRECT)]


def test_long_uncued_quote_mid_sentence_is_kept_short_one_dropped() -> None:
    long_quote = 'The banner carried "we will never give up our land to anyone" in red.'
    short_quote = 'The banner carried "never" in red.'
    assert [kind for _, kind in _candidates(long_quote)] == [QuoteKind.DIRECT]
    assert _candidates(short_quote) == []


def test_reported_clause_stops_before_next_participle_cue() -> None:
    text = "Ola Berg said the vote was fair, adding that turnout was high."
    assert [span for span, _ in _candidates(text)] == ["the vote was fair", "turnout was high"]


def test_transcript_speaker_goes_on_over_reopened_paragraphs_as_one_statement() -> None:
    text = (
        'Partial transcript as follows:\n\n"HOST: Will she be at the debate on Monday?\n\n'
        '"HALE: Well, look, she will not be joining the forum on Friday night.\n\n'
        '"But the truth is that our nominee talks to the people of this state.\n\n'
        '"(CROSSTALK.)\n\n"Nobody in the studio could hear a word of it after that."'
    )
    context = Context(config=Config(), backend=RulesBackend(default_lexicon()))
    document = find_spans(segment(Document(text=text), context), context)
    pieces = [(text[c.start : c.end], c.statement) for c in document.candidates]
    assert [piece for piece, _ in pieces] == [
        "Will she be at the debate on Monday?",
        "Well, look, she will not be joining the forum on Friday night",
        "But the truth is that our nominee talks to the people of this state",
    ]
    assert pieces[1][1] == pieces[2][1] != pieces[0][1]


def test_refusal_agreeing_with_the_reported_subject_stays_in_the_report() -> None:
    # "has" agrees with Brody, not with "Aides": Brody's refusal, inside the aides' report
    text = (
        "Aides say Governor Lena Brody has raised $4 million this year but has not said "
        "whether she will seek a second term."
    )
    assert [span for span, _ in _candidates(text)][:1] == [text[len("Aides say ") : -1]]


def test_quote_opening_a_statement_reported_at_its_end_is_one_mixed_candidate() -> None:
    text = (
        "Lee Ames chairs the flood board.\n\n"
        "\u201cThe levee was never finished\u201d before the storm, Ames said after the vote.\n\n"
        '"Troops on the border" would be wise, the general said.\n\n'
        '"We are ready," the mayor said.'
    )
    assert _candidates(text) == [
        ("\u201cThe levee was never finished\u201d before the storm", QuoteKind.MIXED),
        ('"Troops on the border" would be wise', QuoteKind.MIXED),
        ('"We are ready,"', QuoteKind.DIRECT),
    ]


def test_a_preposition_or_a_quantifier_opening_a_sentence_is_no_imperative() -> None:
    # (a verb opening an imperative is followed by an article: "Come to the meeting and tell
    # us"; these words are followed by one too but open a sentence with a subject)
    for text, report in (
        (
            "Outside the plant workers gather and say the layoffs came late.",
            ["the layoffs came late"],
        ),
        # ("oppose" reports its object too, a stance)
        (
            "All the parents oppose the closure and say nobody asked them.",
            ["the closure", "nobody asked them"],
        ),
        (
            "Half the town turned out and say the festival should stay.",
            ["the festival should stay"],
        ),
    ):
        assert [span for span, _ in _candidates(text)] == report


def test_title_case_noun_cue_before_that_reads_without_error() -> None:
    # "Claim That": the relative "that" after a noun cue is found in any case (it was
    # searched for in lower case only, and a capitalised one raised ValueError)
    found = _candidates("His Claim That vote was rigged.")
    assert [text for text, _ in found] == ["vote was rigged"]
