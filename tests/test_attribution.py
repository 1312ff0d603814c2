"""Stage 3: who said each quote."""

from __future__ import annotations

import pytest

from quotekit import (
    Config,
    Lexicon,
    QuoteExtractor,
    SpeakerKind,
    default_lexicon,
    extract_quotes,
)
from quotekit._lexicon import read_table
from quotekit.mentions import looks_like_person, person_name


def _speakers(text: str) -> list[tuple[str | None, str | None, str]]:
    return [
        (
            q.speaker.name if q.speaker else None,
            q.speaker.mention.text if q.speaker else None,
            q.sieve,
        )
        for q in extract_quotes(text)
    ]


def test_pronoun_points_at_pronoun_and_names_person() -> None:
    text = "Viktor Hale spoke first.\n\n\u201cWe lost the vote,\u201d he said."
    assert _speakers(text) == [("Viktor Hale", "he", "cue-adjacent")]


def test_same_surname_goes_to_most_recent_full_name() -> None:
    text = (
        "Anna Brandt and her husband Felix Brandt both ran for the council.\n\n"
        "Felix Brandt lost his seat.\n\n"
        "\u201cIt was a long night,\u201d Brandt said."
    )
    assert _speakers(text)[0][0] == "Felix Brandt"


def test_entity_ids_shared_across_quotes_of_one_speaker() -> None:
    text = (
        "\u201cThe dam is safe,\u201d engineer Luka Sorensen said.\n\n"
        "\u201cWe checked every valve,\u201d Sorensen said.\n\n"
        "\u201cThe report is wrong,\u201d said Mira Holt."
    )
    quotes = extract_quotes(text)
    ids = [q.speaker.entity for q in quotes if q.speaker]
    assert ids[0] == ids[1] != ids[2]


def test_pronoun_never_resolves_to_a_name_inside_a_quote() -> None:
    text = "Coach Erik Dahl met the press.\n\n\u201cI spoke to Peter Vance about it,\u201d he said."
    assert _speakers(text)[0][0] == "Erik Dahl"


def test_question_then_answer_paragraph_continues_speaker() -> None:
    text = (
        "\u201cWe will not sign,\u201d said Irina Kovac.\n\n"
        "Asked whether talks could resume, she paused.\n\n"
        "\u201cNot this year.\u201d"
    )
    speakers = _speakers(text)
    assert speakers[-1][0] == "Irina Kovac"


def test_organisation_and_group_kinds() -> None:
    quotes = extract_quotes(
        "The health ministry said the outbreak was under control. "
        "Local officials say the clinics are full."
    )
    assert [q.speaker.kind for q in quotes if q.speaker] == [
        SpeakerKind.ORGANISATION,
        SpeakerKind.GROUP,
    ]
    assert [q.speaker.name for q in quotes if q.speaker] == ["health ministry", "Local officials"]


def test_confidence_and_sieve_recorded() -> None:
    quotes = extract_quotes("\u201cIt works,\u201d said Tom Keel. \u201cTry it.\u201d")
    assert [q.sieve for q in quotes] == ["cue-adjacent", "statement"]
    assert all(0.0 < q.confidence <= 1.0 for q in quotes)
    assert quotes[0].confidence >= quotes[1].confidence


def test_reported_clause_confidence_follows_its_cue_class() -> None:
    """A paraphrase is less sure than a quotation, a belief or a post less than a saying."""
    quotes = extract_quotes(
        "Mayor Ines Vale said the ferry would run. Mayor Ines Vale believes the pier is safe. "
        'Mayor Ines Vale wrote that the fares would fall. "We will sail," Mayor Ines Vale said.'
    )
    by_cue = {q.cue.text: q.confidence for q in quotes if q.cue}
    assert [q.kind.value for q in quotes] == ["indirect", "indirect", "indirect", "direct"]
    assert by_cue["wrote"] < by_cue["believes"] < quotes[0].confidence < quotes[-1].confidence


def test_passive_cue_without_agent_names_nobody() -> None:
    text = (
        "Asked about the delay, Mayor Ruth Okafor said the bridge would open in May.\n\n"
        "Okafor smiled when asked whether the crews would work at night."
    )
    assert _speakers(text) == [
        (None, None, "unnamed"),
        ("Ruth Okafor", "Mayor Ruth Okafor", "cue-adjacent"),
        (None, None, "unnamed"),
    ]


def test_participle_after_comma_shares_the_main_clause_subject() -> None:
    text = (
        "Governor Ines Varga backed the plan in Kettering on Monday, saying the money would "
        "reach schools by June.\n\n"
        "At a rally in Eastbrook, Maine, on Sunday, Senator Piet Olsen cheered the crowd, saying "
        'the flood crews were "heroes of the river."'
    )
    assert [(name, mention) for name, mention, _ in _speakers(text)] == [
        ("Ines Varga", "Governor Ines Varga"),  # "backed the plan": her stance (sG22)
        ("Ines Varga", "Governor Ines Varga"),
        ("Piet Olsen", "Senator Piet Olsen"),
    ]


def test_quote_framed_by_an_unlisted_verb_goes_to_the_frame_name() -> None:
    text = (
        '"All of Ruritania is at risk," said Marek Halvorsen.\n\n'
        '"Ruritania will always be Ruritania," an angry Ilse Brandvold retaliated. "It never '
        'gives up."\n\n'
        'Governor Jane Pell demurred: "A governor cannot simply cancel an election."\n\n'
        '"The paper claims we met in January," Dobbs began.'
    )
    assert _speakers(text) == [
        ("Marek Halvorsen", "Marek Halvorsen", "cue-adjacent"),
        ("Ilse Brandvold", "Ilse Brandvold", "frame"),
        ("Ilse Brandvold", "Ilse Brandvold", "statement"),
        ("Jane Pell", "Governor Jane Pell", "frame"),
        ("Dobbs", "Dobbs", "frame"),
    ]


def test_quote_after_a_reported_sentence_goes_to_its_speaker() -> None:
    text = (
        "Halvorsen praised Ines Varga's calm during the harbour fire and her knack for winning "
        "over a divided council.\n\n"
        "\u201cThe port needs a leader who can settle quarrels and keep the ships moving.\u201d"
    )
    assert _speakers(text)[-1] == ("Halvorsen", "Halvorsen", "continuation")


def test_opening_participle_clause_is_said_by_the_subject_after_it() -> None:
    text = (
        "Citing last week\u2019s flood as a warning for the city, Kay Dorn urged the council "
        "to act.\n\n"
        "Two weeks after announcing his backing for the dam, Dorn said that it was too late."
    )
    speakers = [
        (q.cue.text if q.cue else None, q.speaker.name if q.speaker else None)
        for q in extract_quotes(text)
    ]
    assert ("Citing", "Kay Dorn") in speakers
    assert ("announcing", "Kay Dorn") in speakers


def test_word_capitalised_only_to_open_a_sentence_is_no_speaker() -> None:
    text = (
        "Early in the debate, Lee Ames mocked Kay Dorn, calling her a "
        "\u201cspent force.\u201d\n\nThe vote came early."
    )
    assert _speakers(text)[0][:2] == ("Lee Ames", "Lee Ames")


def test_time_between_subject_and_cue_is_skipped() -> None:
    text = (
        "Kay Dorn, who backed the levy, last week said the mayor was hiding the costs.\n\n"
        "Lee Ames, the party chairman, on Tuesday announced that the vote would be held.\n\n"
        "Gus Orr, the treasurer, earlier in the day said the books were closed.\n\n"
        "But this merely explains why the voters left."
    )
    assert [mention for _, mention, _ in _speakers(text)] == [
        "Kay Dorn, who backed the levy",
        "Lee Ames, the party chairman",
        "Gus Orr, the treasurer",
        "this",  # a time needs its noun: "this" alone is the subject
    ]


def test_relative_who_stands_for_the_phrase_before_it() -> None:
    text = (
        "Inspector Tom Vance toured the shelter on Monday.\n\n"
        "Holt, who runs the shelter, arrived late and acknowledged that the roof had "
        "\u201cfailed twice.\u201d"
    )
    assert _speakers(text) == [("Holt", "who", "cue-adjacent")]


def test_speech_cue_closing_the_sentence_of_an_unlinked_quote() -> None:
    text = (
        "Lee Ames chairs the flood board.\n\n"
        "\u201cAs a builder, he left half the levee unfinished, too\u201d Ames said after the "
        "vote.\n\n"
        "\u201cWe are extremely happy with the ruling\u201d the tenants\u2019 lawyer, Tomas Reyes, "
        "said after the hearing."
    )
    direct = [(name, sieve) for name, _, sieve in _speakers(text) if sieve == "trailing-cue"]
    assert direct == [("Lee Ames", "trailing-cue"), ("Tomas Reyes", "trailing-cue")]


def test_dateline_and_subordinate_opener_are_skipped_for_the_subject() -> None:
    text = (
        "HARLOW (Wire) \u2014 Mayor Ruth Okafor opened the bridge on Monday, saying that the "
        "delays were over.\n\n"
        "Once she was mayor, Okafor made the bridge a priority, announcing a new budget."
    )
    assert [name for name, _, _ in _speakers(text)] == ["Ruth Okafor", "Ruth Okafor"]


def test_opening_participle_content_ending_in_a_quoted_comma() -> None:
    text = 'Remarking upon the mayor\'s "quiet courage," Tomas Reyes said that she had won.'
    assert _speakers(text)[0][0] == "Tomas Reyes"


def test_relative_which_or_that_before_a_cue_stands_for_the_phrase_before_it() -> None:
    text = (
        "Inspector Tom Vance toured the dam.\n\n"
        "The warning came from the Harlow flood board, which found that the levee was weak. "
        "That suggests the repairs were never finished."
    )
    quotes = {q.cue.text: q.speaker for q in extract_quotes(text) if q.cue and q.speaker}
    assert (quotes["found"].mention.text, quotes["found"].name) == ("which", "Harlow flood board")
    assert quotes["suggests"].mention.text == "That"


def test_quote_inside_a_sentence_goes_to_the_sentence_subject() -> None:
    text = (
        "Kay Dorn, who chairs the board, toasted Lee Ames for \u201cmending the dykes before "
        "the rains.\u201d\n\n"
        "Unless Lee Ames acts soon, Dorn has a message for the farmers: \u201cWe will lose "
        "the whole harvest this year.\u201d"
    )
    assert _speakers(text) == [
        ("Kay Dorn", "Kay Dorn", "frame"),
        ("Kay Dorn", "Dorn", "frame"),
    ]


def test_a_name_inside_a_quoted_fragment_is_never_the_speaker() -> None:
    text = (
        "Mayor Rosa Castillo has used the phrase \u201cGreenmoor first\u201d often in her "
        "campaign, and criticized the council for ignoring it."
    )
    names = {name for name, _, _ in _speakers(text)}
    assert names == {"Rosa Castillo"}


def test_unnamed_subject_shared_by_coordinated_verbs_is_its_noun_phrase() -> None:
    text = (
        "Judge Hanna Mertz heard the appeal on Monday.\n\n"
        "The short notice gave no grounds and did not say who had signed it."
    )
    assert _speakers(text)[0][1] == "The short notice"


def test_quote_inside_a_sentence_with_an_unnamed_subject_goes_to_its_noun_phrase() -> None:
    text = (
        "Farmers met Olav Brekke at the market.\n\n"
        "The old ferryman toasted the crews for \u201ckeeping the channel open all night.\u201d"
    )
    assert _speakers(text) == [("old ferryman", "The old ferryman", "frame")]


def test_opening_adverbial_ends_at_a_clause_that_starts_with_a_pronoun() -> None:
    text = (
        "Mayor Ines Varga called the council in.\n\n"
        "Shortly after the storm, she brought the pilots to her office, to tell them "
        "that the bridge would close."
    )
    speakers = _speakers(text)
    assert (speakers[0][0], speakers[0][1]) == ("Ines Varga", "she")


def test_subject_before_an_aside_between_dashes() -> None:
    text = (
        "The harbour master -- who has run the port for a decade and knows every pier -- "
        "said the channel would reopen on Friday."
    )
    assert _speakers(text)[0][1] == "The harbour master"


def test_capitalised_will_before_a_cue_is_a_name_not_an_auxiliary() -> None:
    text = (
        "Columnist Garrett Will wrote about the race.\n\n"
        "Instead, Will called for the council to back the harbour plan."
    )
    assert _speakers(text)[-1][:2] == ("Garrett Will", "Will")


def test_since_after_has_is_an_adverb_between_subject_and_cue() -> None:
    text = (
        "Mayor Lena Ortiz was briefed in March.\n\n"
        "She has since stressed that the memo never reached her desk."
    )
    assert _speakers(text) == [("Lena Ortiz", "She", "cue-adjacent")]


def test_cue_after_whom_takes_the_pronoun_after_it() -> None:
    text = 'Nadia Voss contrasted the mayor, whom she described as "reckless," with the governor.'
    assert _speakers(text)[-1][:2] == ("Nadia Voss", "she")


def test_according_to_after_a_long_quote_names_the_relay_as_channel() -> None:
    # the quote spans two sentences, so its cue sits in the sentence where the quote ends
    text = (
        "“The ferry is late again. How long will this go on?” the clerk said, according to "
        "the Gazette."
    )
    quotes = extract_quotes(text)
    assert [quote.text for quote in quotes] == [
        "“The ferry is late again. How long will this go on?”"
    ]
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == "clerk"
    assert quotes[0].via is not None
    assert quotes[0].via.name == "Gazette"
    assert quotes[0].cue is not None
    assert quotes[0].cue.text == "said"


def test_according_to_after_a_report_names_the_relay_as_its_channel() -> None:
    # two records, as PolNeAR marks them: the newspaper's account of what the mayor said, and
    # the mayor's report, which the newspaper relays
    text = "Mayor Lena Voss said the ferry would stop in May, according to the Harlow Ledger."
    outer, inner = extract_quotes(text)
    assert outer.cue is not None
    assert outer.cue.text == "according to"
    assert outer.speaker is not None
    assert outer.speaker.name == "Harlow Ledger"
    assert outer.via is None
    assert inner.text == "the ferry would stop in May"
    assert inner.speaker is not None
    assert inner.speaker.name == "Lena Voss"
    assert inner.via is not None
    assert inner.via.name == "Harlow Ledger"


def test_according_to_after_a_sentence_relays_no_report_of_its_own() -> None:
    text = "The ferry will stop in May, according to the Harlow Ledger. Voss said it would not."
    assert [quote.via for quote in extract_quotes(text)] == [None, None]


def test_relative_before_a_verb_phrase_is_the_subject() -> None:
    text = "Marta Lind read the port audit, which left little doubt that both cranes had failed."
    assert _speakers(text)[0][1] == "which"
    text = "The inquiry was led by the two harbour boards, which together vowed that it would end."
    assert _speakers(text)[0][1] == "which"


def test_verb_phrase_after_and_goes_back_to_the_clause_subject() -> None:
    text = "Tomas Berg inspected the mine in May and left convinced that the shaft was safe."
    assert _speakers(text)[0][0] == "Tomas Berg"


def test_a_weekday_is_not_a_speaker() -> None:
    text = (
        "Tomas Berg has answered his critics with posts, including Friday\u2019s tweets that "
        "the mine is safe."
    )
    assert _speakers(text)[-1][0] == "Tomas Berg"  # the quote "tweets" cues


def test_pronoun_before_a_verb_phrase_is_the_whole_mention() -> None:
    text = (
        "Ines Vogel toured the dam.\n\n"
        "When Vogel saw the spillway, \u201cIt is far too small,\u201d she was echoing staff."
    )
    assert (_speakers(text)[0][:2]) == ("Ines Vogel", "she")


def test_a_time_before_a_relative_is_not_its_antecedent() -> None:
    text = "Tomas Berg released a note from his lawyer Friday afternoon that says the mine is safe."
    assert _speakers(text)[0][0] != "Friday afternoon"


def test_writer_words_after_a_partial_quote_are_not_its_speaker() -> None:
    # the sentence goes on after the quoted words ("yet in ..."): the speaker is the subject
    # next to the cue, not the words between the quote and the cue
    text = (
        "Ines Calder spoke at the opening.\n\n"
        "The crews had \u201ccut the deepest channel\u201d yet in the history of the port, she "
        "said in a recorded message to the harbour board."
    )
    fragment = next(q for q in extract_quotes(text) if "\u201ccut" in q.text)
    assert fragment.speaker is not None
    assert (fragment.speaker.name, fragment.speaker.mention.text) == ("Ines Calder", "she")


def test_common_words_found_by_search_equal_the_whole_texts_tables() -> None:
    """The few words asked about are found as the tables of the whole text find them: edge
    marks, curly apostrophes, final sigma, no-break spaces, a capital after a comma."""
    from quotekit.attribution import _all_common_words, _common_words

    texts = [
        'Instead, he left. "instead," she said, Instead of Early early. (early)',
        "It\u2019s late; it's early, It\u2019s ok.",
        "\u039f\u0394\u039f\u03a3 \u03bf\u03b4\u03bf\u03c2, \u039f\u0394\u039f\u03a3.",
        "a\u00a0b A\u00a0B, Ab ab. \x1cab ab\x1c --ab-- ab's Ab's",
    ]
    words = {"instead", "early", "it's", "it", "\u03bf\u03b4\u03bf\u03c2", "a\u00a0b", "ab", "ab's"}
    for text in texts:
        lower, inside = _all_common_words(text.translate(dict.fromkeys(range(0x1C, 0x20), 0)))
        assert _common_words(text, words) == (lower & words, inside & words)


def test_quantifier_speaks_for_the_group_named_before_it() -> None:
    text = (
        "Officials said the walls would hold. Residents were less sure. Some called the "
        "walls a \u201cpatchwork\u201d and said the repairs had never been finished."
    )
    quotes = extract_quotes(text)
    assert [(q.speaker.name, q.speaker.mention.text) for q in quotes if q.speaker][1:] == [
        ("residents", "Some"),
        ("residents", "Some"),
    ]
    assert all(q.speaker.kind is SpeakerKind.GROUP for q in quotes[1:] if q.speaker)


def test_quantifier_with_no_group_before_it_stays_unresolved() -> None:
    (quote,) = extract_quotes("Some said the ferry would never run again.")
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == ("Some", SpeakerKind.GROUP)
    assert quote.confidence < 0.5


def test_inverted_subject_ends_before_its_relative_clause() -> None:
    text = (
        "\u201cI have never seen the river this high,\u201d said Anton Belic, a retired teacher "
        "whose house stands 200 metres from the water."
    )
    assert _speakers(text) == [("Anton Belic", "Anton Belic, a retired teacher", "cue-adjacent")]


def test_a_family_name_a_user_adds_is_read_as_written_first() -> None:
    text = 'Oyun Batbold opened the mine on Monday. "It will employ 400 people," Oyun said.'
    lexicon = default_lexicon().extended(surnames_first=frozenset({"Oyun"}))
    (default,) = extract_quotes(text)
    (extended,) = QuoteExtractor(Config(lexicon=lexicon)).extract(text)
    assert default.speaker is not None
    assert default.speaker.name == "Oyun"
    assert extended.speaker is not None
    assert extended.speaker.name == "Oyun Batbold"


@pytest.mark.parametrize(
    "text",
    [
        "According to its wharfinger, Ola Berg, the pier will reopen in the spring.",
        "The pier will reopen in the spring, according to its wharfinger, Ola Berg.",
    ],
)
def test_a_title_a_user_adds_names_the_source_after_according_to(text: str) -> None:
    lexicon = default_lexicon().extended(titles={"wharfinger": "Wharfinger"})
    (default,) = extract_quotes(text)
    (extended,) = QuoteExtractor(Config(lexicon=lexicon)).extract(text)
    assert default.speaker is not None
    assert default.speaker.name == "its wharfinger"
    assert extended.speaker is not None
    assert (extended.speaker.name, extended.speaker.title) == ("Ola Berg", "Wharfinger")
    assert extended.text.lower() == "the pier will reopen in the spring"


@pytest.mark.parametrize(
    ("text", "lexicon", "speaker"),
    [
        (
            "The Board of Harbours and Oriel Vance said on Monday that the pier would stay shut.",
            default_lexicon().extended(given_names={"oriel": "f"}),
            "Oriel Vance",
        ),
        (
            "Sen. Ada Lowe, Grn-Vt., who chairs the panel, said the bill was dead.",
            default_lexicon().extended(parties={"grn": "Green"}),
            "Ada Lowe",
        ),
        (
            "Rep. Ada Lowe (Grn), who chairs the panel, said the bill was dead.",
            default_lexicon().extended(parties={"grn": "Green"}),
            "Ada Lowe",
        ),
    ],
)
def test_given_names_and_parties_a_user_adds_shape_the_subject(
    text: str, lexicon: Lexicon, speaker: str
) -> None:
    (default,) = extract_quotes(text)
    (extended,) = QuoteExtractor(Config(lexicon=lexicon)).extract(text)
    assert default.speaker is not None
    assert default.speaker.name != speaker
    assert extended.speaker is not None
    assert extended.speaker.name == speaker


def test_a_mention_of_marks_alone_or_an_office_alone_has_a_name() -> None:
    lexicon = default_lexicon()
    assert person_name('"', lexicon) == ""  # no word at all: an empty name, no error
    assert person_name("Prime Minister", lexicon) == "Prime Minister"
    assert person_name("Gov. King", lexicon) == "King"


def test_the_person_of_a_body_and_a_quoted_word_in_a_relative_clause() -> None:
    text = (
        "Imam Yusuf Khalani of the Wenmouth Central Mosque said the plan was fair. "
        'Ines Humphrey, who calls the plan a "sham," said she would vote against it.'
    )
    assert [q.speaker.name if q.speaker else None for q in extract_quotes(text)] == [
        "Yusuf Khalani",
        "Ines Humphrey",
        "Ines Humphrey",
    ]


def test_a_coordinated_verb_keeps_the_body_and_title_before_the_name() -> None:
    text = "Castlemere boss Tomasz Wrobel was furious and said he would appeal the red card."
    (quote,) = extract_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.mention.text == "Castlemere boss Tomasz Wrobel"
    assert (quote.speaker.name, quote.speaker.title, quote.speaker.affiliation) == (
        "Tomasz Wrobel",
        "Boss",
        "Castlemere",
    )


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            'Dana Kell, star of television\'s "Harbour," praised the "safe" plan.',
            'Dana Kell, star of television\'s "Harbour,"',
        ),
        (
            "The striker, nicknamed \u2018Annie\u2019, said the lads were brilliant.",
            "The striker, nicknamed \u2018Annie\u2019",
        ),
        (
            '"The port is silting up," said Marieke in \'t Hout, a Dutch member of parliament.',
            "Marieke in 't Hout, a Dutch member of parliament",
        ),
    ],
)
def test_a_mention_never_ends_inside_a_quotation(text: str, mention: str) -> None:
    speakers = [q.speaker for q in extract_quotes(text) if q.speaker]
    assert speakers[-1].mention.text == mention


@pytest.mark.parametrize(
    ("words", "person"),
    [
        (["Sharni", "O'Loughlin"], True),
        (["Nadia", "D\u2019Arcy"], True),
        (["Halvorsen's", "Lawyer"], False),
        (["Reyes\u2019", "Campaign"], False),
    ],
)
def test_an_apostrophe_before_a_capital_is_in_a_surname(words: list[str], person: bool) -> None:
    assert looks_like_person(words, default_lexicon()) is person


def test_inverted_subject_mention_ends_before_the_writers_clause() -> None:
    text = (
        '"The budget is a disaster," said Ina Ralls, a councillor, but the mayor disagreed.\n\n'
        '"We are ready," said Ana Roe, Tom Lee, and Ivo Marsh.'
    )
    mentions = [q.speaker.mention.text for q in extract_quotes(text) if q.speaker]
    assert mentions == ["Ina Ralls, a councillor", "Ana Roe, Tom Lee, and Ivo Marsh"]


def test_inverted_subject_mention_ends_before_a_participle_cue() -> None:
    text = (
        '"It refreshes the library," said Peter Vance, chairman of Harbour Networks, noting '
        "that old episodes sell well.\n\n"
        '"We are ready," said Tom Lee, managing editor of the Courier.'
    )
    mentions = [q.speaker.mention.text for q in extract_quotes(text) if q.speaker]
    assert mentions == [
        "Peter Vance, chairman of Harbour Networks",
        "Peter Vance, chairman of Harbour Networks",
        "Tom Lee, managing editor of the Courier",
    ]


def test_impersonal_adjectives_say_where_they_come_from() -> None:
    rows = list(read_table("impersonal_adjectives.tsv"))
    assert rows
    assert len({row[0] for row in rows}) == len(rows)
    for row in rows:
        assert len(row) == 2, f"{row} is no adjective and source"
        assert row[1], f"{row} has no source"
        assert row[0] == row[0].lower()
