"""The stanza backend: stanza ``Document`` -> ``Analysis``, the parse questions of ``syntax``,
and the failure paths of loading stanza (no package, no models, never the network).

The documents are built here with the structures real stanza produces: UD relations, OntoNotes
NER in BIOES on tokens, multi-word tokens (``don't``), coref chains on ``Document.coref``. No
model is needed; the tests that run stanza's real English models are skipped without them.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from quotekit import Config
from quotekit._document import Analysis, EntityMention, Sentence, Token
from quotekit._errors import BackendUnavailable
from quotekit.syntax import channel_of, clause_of, coref_antecedent, entity_label, subject_of

stanza = pytest.importorskip("stanza", reason="the stanza extra is not installed")

from stanza.models.common.doc import Document  # noqa: E402
from stanza.models.coref.coref_chain import CorefChain, CorefMention  # noqa: E402
from stanza.utils.conll import CoNLL  # noqa: E402

from quotekit.backends import stanza as backend  # noqa: E402


def _rows(text: str, cursor: int, block: str) -> tuple[list[dict[str, Any]], int]:
    """Token dicts of one sentence from CoNLL-like rows ``id form lemma upos head deprel ner``,
    with the character offsets stanza's tokenizer would give (found in order in ``text``)."""
    entries: list[dict[str, Any]] = []
    inside_mwt = 0
    for line in block.strip().splitlines():
        fields = line.split()
        identifier, form = fields[0], fields[1]
        if "-" in identifier:  # a multi-word token line: offsets and NER live here
            first, last = (int(part) for part in identifier.split("-"))
            start = text.index(form, cursor)
            cursor = start + len(form)
            entry = {"id": (first, last), "text": form, "start_char": start, "end_char": cursor}
            entry["ner"] = fields[6] if len(fields) > 6 else "O"
            entries.append(entry)
            inside_mwt = last - first + 1
            continue
        lemma, upos, head, deprel = fields[2], fields[3], int(fields[4]), fields[5]
        entry = {"id": (int(identifier),), "text": form, "lemma": lemma, "upos": upos}
        entry.update(head=head, deprel=deprel)
        if len(fields) > 7:
            entry["feats"] = fields[7]
        if inside_mwt:
            inside_mwt -= 1  # a word of the token above: no offsets of its own
        else:
            start = text.index(form, cursor)
            cursor = start + len(form)
            entry.update(start_char=start, end_char=cursor, ner=fields[6])
        entries.append(entry)
    return entries, cursor


def _doc(text: str, *blocks: str, coref: list[list[tuple[int, int, int]]] | None = None) -> Any:
    """A stanza ``Document`` of ``text`` from one block of rows per sentence; ``coref`` lists
    chains of ``(sentence, start_word, end_word)`` mentions (0-based, end exclusive)."""
    sentences = []
    cursor = 0
    for block in blocks:
        entries, cursor = _rows(text, cursor, block)
        sentences.append(entries)
    document = Document(sentences, text=text)
    if coref is not None:
        chains = []
        for number, mentions in enumerate(coref):
            found = [CorefMention(*mention) for mention in mentions]
            chains.append(CorefChain(number, found, "", 0))
        document.coref = chains
    return document


def _text(text: str, span: tuple[int, int] | None) -> str | None:
    return None if span is None else text[span[0] : span[1]]


def _cue(text: str, cue: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(cue, start + 1)
    return start, start + len(cue)


# -- attribution patterns -------------------------------------------------------------------

X_SAID = "Vladimir Saldo said the bridge would reopen."
X_SAID_ROWS = """
1 Vladimir Vladimir PROPN 2 compound B-PERSON
2 Saldo Saldo PROPN 3 nsubj E-PERSON
3 said say VERB 0 root O
4 the the DET 5 det O
5 bridge bridge NOUN 7 nsubj O
6 would would AUX 7 aux O
7 reopen reopen VERB 3 ccomp O
8 . . PUNCT 3 punct O
"""

SAID_X = (
    "\u201cWe expect a vote next week,\u201d said Dana Whitfield, a spokeswoman for the council."
)
SAID_X_ROWS = """
1 \u201c \u201c PUNCT 3 punct O
2 We we PRON 3 nsubj O
3 expect expect VERB 0 root O
4 a a DET 5 det O
5 vote vote NOUN 3 obj O
6 next next ADJ 7 amod B-DATE
7 week week NOUN 3 obl:tmod E-DATE
8 , , PUNCT 3 punct O
9 \u201d \u201d PUNCT 3 punct O
10 said say VERB 3 parataxis O
11 Dana Dana PROPN 12 compound B-PERSON
12 Whitfield Whitfield PROPN 10 nsubj E-PERSON
13 , , PUNCT 15 punct O
14 a a DET 15 det O
15 spokeswoman spokeswoman NOUN 12 appos O
16 for for ADP 18 case O
17 the the DET 18 det O
18 council council NOUN 15 nmod O
19 . . PUNCT 3 punct O
"""

APPOSITIVE = "Jane Roe, a spokeswoman for the Interior Ministry, said that talks had failed."
APPOSITIVE_ROWS = """
1 Jane Jane PROPN 2 compound B-PERSON
2 Roe Roe PROPN 11 nsubj E-PERSON
3 , , PUNCT 5 punct O
4 a a DET 5 det O
5 spokeswoman spokeswoman NOUN 2 appos O
6 for for ADP 9 case O
7 the the DET 9 det B-ORG
8 Interior Interior PROPN 9 compound I-ORG
9 Ministry Ministry PROPN 5 nmod E-ORG
10 , , PUNCT 2 punct O
11 said say VERB 0 root O
12 that that SCONJ 15 mark O
13 talks talk NOUN 15 nsubj O
14 had have AUX 15 aux O
15 failed fail VERB 11 ccomp O
16 . . PUNCT 11 punct O
"""

ACCORDING = "According to the Interior Ministry, the plan was dropped."
ACCORDING_ROWS = """
1 According accord VERB 5 case O
2 to to ADP 1 fixed O
3 the the DET 5 det B-ORG
4 Interior Interior PROPN 5 compound I-ORG
5 Ministry Ministry PROPN 10 obl E-ORG
6 , , PUNCT 5 punct O
7 the the DET 8 det O
8 plan plan NOUN 10 nsubj:pass O
9 was be AUX 10 aux:pass O
10 dropped drop VERB 0 root O
11 . . PUNCT 10 punct O
"""

TOLD = "Pavel Drostan told reporters the army would withdraw."
TOLD_ROWS = """
1 Pavel Pavel PROPN 2 compound B-PERSON
2 Drostan Drostan PROPN 3 nsubj E-PERSON
3 told tell VERB 0 root O
4 reporters reporter NOUN 3 obj O
5 the the DET 6 det O
6 army army NOUN 8 nsubj O
7 would would AUX 8 aux O
8 withdraw withdraw VERB 3 ccomp O
9 . . PUNCT 3 punct O
"""

QUOTED = "TASS quoted the governor, Vasily Golubev, as saying that the fires were contained."
QUOTED_ROWS = """
1 TASS TASS PROPN 2 nsubj S-ORG
2 quoted quote VERB 0 root O
3 the the DET 4 det O
4 governor governor NOUN 2 obj O
5 , , PUNCT 7 punct O
6 Vasily Vasily PROPN 7 compound B-PERSON
7 Golubev Golubev PROPN 4 appos E-PERSON
8 , , PUNCT 7 punct O
9 as as SCONJ 10 mark O
10 saying say VERB 2 advcl O
11 that that SCONJ 15 mark O
12 the the DET 13 det O
13 fires fire NOUN 15 nsubj:pass O
14 were be AUX 15 aux:pass O
15 contained contain VERB 10 ccomp O
16 . . PUNCT 2 punct O
"""

PASSIVE = "Golubev was quoted as saying the fires were out."
PASSIVE_ROWS = """
1 Golubev Golubev PROPN 3 nsubj:pass S-PERSON
2 was be AUX 3 aux:pass O
3 quoted quote VERB 0 root O
4 as as SCONJ 5 mark O
5 saying say VERB 3 advcl O
6 the the DET 7 det O
7 fires fire NOUN 9 nsubj O
8 were be AUX 9 cop O
9 out out ADV 5 ccomp O
10 . . PUNCT 3 punct O
"""

ADDING = "\u201cWe will rebuild,\u201d Saldo said, adding that the work would take a year."
ADDING_ROWS = """
1 \u201c \u201c PUNCT 4 punct O
2 We we PRON 4 nsubj O
3 will will AUX 4 aux O
4 rebuild rebuild VERB 0 root O
5 , , PUNCT 4 punct O
6 \u201d \u201d PUNCT 4 punct O
7 Saldo Saldo PROPN 8 nsubj S-PERSON
8 said say VERB 4 parataxis O
9 , , PUNCT 10 punct O
10 adding add VERB 8 advcl O
11 that that SCONJ 15 mark O
12 the the DET 13 det O
13 work work NOUN 15 nsubj O
14 would would AUX 15 aux O
15 take take VERB 10 ccomp O
16 a a DET 17 det B-DATE
17 year year NOUN 15 obj E-DATE
18 . . PUNCT 4 punct O
"""

RELATIVE = "Saldo, who said the bridge was safe, left."
RELATIVE_ROWS = """
1 Saldo Saldo PROPN 10 nsubj S-PERSON
2 , , PUNCT 4 punct O
3 who who PRON 4 nsubj O
4 said say VERB 1 acl:relcl O
5 the the DET 6 det O
6 bridge bridge NOUN 8 nsubj O
7 was be AUX 8 cop O
8 safe safe ADJ 4 ccomp O
9 , , PUNCT 4 punct O
10 left leave VERB 0 root O
11 . . PUNCT 10 punct O
"""


def _analysis(text: str, rows: str) -> Analysis:
    return backend.to_analysis(_doc(text, rows))


def test_x_said_subject_clause_and_label() -> None:
    analysis = _analysis(X_SAID, X_SAID_ROWS)
    cue = _cue(X_SAID, "said")
    subject = subject_of(analysis, *cue)
    assert _text(X_SAID, subject) == "Vladimir Saldo"
    assert _text(X_SAID, clause_of(analysis, *cue)) == "the bridge would reopen"
    assert subject is not None
    assert entity_label(analysis, *subject) == "PERSON"
    assert channel_of(analysis, *cue) is None


def test_said_x_inverted_after_the_quote() -> None:
    analysis = _analysis(SAID_X, SAID_X_ROWS)
    cue = _cue(SAID_X, "said")
    subject = subject_of(analysis, *cue)
    assert _text(SAID_X, subject) == "Dana Whitfield, a spokeswoman for the council"
    # the cue hangs from the quote's verb (UD parataxis): the clause is the quote's words
    assert _text(SAID_X, clause_of(analysis, *cue)) == "We expect a vote next week"
    assert subject is not None
    assert entity_label(analysis, *subject) == "PERSON"


def test_x_the_appositive_said() -> None:
    analysis = _analysis(APPOSITIVE, APPOSITIVE_ROWS)
    cue = _cue(APPOSITIVE, "said")
    subject = subject_of(analysis, *cue)
    assert _text(APPOSITIVE, subject) == "Jane Roe, a spokeswoman for the Interior Ministry"
    assert _text(APPOSITIVE, clause_of(analysis, *cue)) == "talks had failed"  # no "that"
    assert subject is not None
    # the head of the phrase is Roe: PERSON, not the ministry's ORG inside it
    assert entity_label(analysis, *subject) == "PERSON"
    ministry = _cue(APPOSITIVE, "the Interior Ministry")
    assert entity_label(analysis, *ministry) == "ORG"
    assert entity_label(analysis, *_cue(APPOSITIVE, "Interior")) == "ORG"


def test_a_wrong_head_gives_no_subject_rather_than_a_wrong_one() -> None:
    rows = APPOSITIVE_ROWS.replace("2 Roe Roe PROPN 11 nsubj", "2 Roe Roe PROPN 12 nsubj")
    analysis = _analysis(APPOSITIVE, rows)  # a parser's slip: "Roe" hangs from "that"
    assert subject_of(analysis, *_cue(APPOSITIVE, "said")) is None


def test_according_to_x() -> None:
    analysis = _analysis(ACCORDING, ACCORDING_ROWS)
    cue = _cue(ACCORDING, "According to")
    source = subject_of(analysis, *cue)
    assert _text(ACCORDING, source) == "the Interior Ministry"
    assert _text(ACCORDING, clause_of(analysis, *cue)) == "the plan was dropped"
    assert source is not None
    assert entity_label(analysis, *source) == "ORG"


def test_according_to_x_when_according_governs_x() -> None:
    rows = ACCORDING_ROWS.replace(
        "1 According accord VERB 5 case", "1 According accord VERB 10 advcl"
    ).replace("5 Ministry Ministry PROPN 10 obl", "5 Ministry Ministry PROPN 1 obl")
    analysis = _analysis(ACCORDING, rows)
    assert _text(ACCORDING, subject_of(analysis, *_cue(ACCORDING, "According to"))) == (
        "the Interior Ministry"
    )


def test_x_told() -> None:
    analysis = _analysis(TOLD, TOLD_ROWS)
    cue = _cue(TOLD, "told")
    assert _text(TOLD, subject_of(analysis, *cue)) == "Pavel Drostan"
    assert _text(TOLD, clause_of(analysis, *cue)) == "the army would withdraw"


def test_quoted_x_as_saying() -> None:
    analysis = _analysis(QUOTED, QUOTED_ROWS)
    whole = (QUOTED.index("quoted"), QUOTED.index("saying") + len("saying"))  # the joined cue
    for cue in (whole, _cue(QUOTED, "saying"), _cue(QUOTED, "quoted")):
        assert _text(QUOTED, subject_of(analysis, *cue)) == "the governor, Vasily Golubev"
        assert _text(QUOTED, channel_of(analysis, *cue)) == "TASS"
    assert _text(QUOTED, clause_of(analysis, *whole)) == "the fires were contained"
    assert _text(QUOTED, clause_of(analysis, *_cue(QUOTED, "saying"))) == (
        "the fires were contained"
    )
    speaker = subject_of(analysis, *whole)
    assert speaker is not None
    assert entity_label(analysis, *speaker) is None  # "the governor": no name at the head


def test_x_was_quoted_as_saying() -> None:
    analysis = _analysis(PASSIVE, PASSIVE_ROWS)
    cue = _cue(PASSIVE, "quoted as saying")
    assert _text(PASSIVE, subject_of(analysis, *cue)) == "Golubev"
    assert channel_of(analysis, *cue) is None
    assert _text(PASSIVE, clause_of(analysis, *cue)) == "the fires were out"


def test_participle_takes_the_subject_of_its_verb() -> None:
    analysis = _analysis(ADDING, ADDING_ROWS)
    adding = _cue(ADDING, "adding")
    assert _text(ADDING, subject_of(analysis, *adding)) == "Saldo"
    assert _text(ADDING, clause_of(analysis, *adding)) == "the work would take a year"
    said = _cue(ADDING, "said")
    assert _text(ADDING, subject_of(analysis, *said)) == "Saldo"
    assert _text(ADDING, clause_of(analysis, *said)) == "We will rebuild"


def test_relative_pronoun_subject_is_the_noun_it_describes() -> None:
    analysis = _analysis(RELATIVE, RELATIVE_ROWS)
    assert _text(RELATIVE, subject_of(analysis, *_cue(RELATIVE, "said"))) == "Saldo"


def test_pronoun_resolved_through_a_coref_chain() -> None:
    text = (
        "The Russian-installed governor Vladimir Saldo visited the bridge.\n\n"
        "\u201cIt will reopen,\u201d he said. Saldo left."
    )
    first = """
1 The the DET 3 det O
2 Russian-installed Russian-installed ADJ 3 amod S-NORP
3 governor governor NOUN 5 compound O
4 Vladimir Vladimir PROPN 5 compound B-PERSON
5 Saldo Saldo PROPN 6 nsubj E-PERSON
6 visited visit VERB 0 root O
7 the the DET 8 det O
8 bridge bridge NOUN 6 obj O
9 . . PUNCT 6 punct O
"""
    second = """
1 \u201c \u201c PUNCT 4 punct O
2 It it PRON 4 nsubj O
3 will will AUX 4 aux O
4 reopen reopen VERB 0 root O
5 , , PUNCT 4 punct O
6 \u201d \u201d PUNCT 4 punct O
7 he he PRON 8 nsubj O
8 said say VERB 4 parataxis O
9 . . PUNCT 4 punct O
"""
    third = """
1 Saldo Saldo PROPN 2 nsubj S-PERSON
2 left leave VERB 0 root O
3 . . PUNCT 2 punct O
"""
    # stanza's chains: the governor (sentence 0, words 0-5), he, Saldo; the bridge and It
    coref = [[(0, 0, 5), (1, 6, 7), (2, 0, 1)], [(0, 6, 8), (1, 1, 2)]]
    analysis = backend.to_analysis(_doc(text, first, second, third, coref=coref))
    he = _cue(text, "he said")[0], _cue(text, "he said")[0] + 2
    assert _text(text, coref_antecedent(analysis, *he)) == "Vladimir Saldo"
    assert _text(text, coref_antecedent(analysis, *_cue(text, "Saldo", 1))) == "Vladimir Saldo"
    assert _text(text, subject_of(analysis, *_cue(text, "said"))) == "he"
    # "It" and "the bridge" share a cluster, but no name: the rule resolver must decide
    assert coref_antecedent(analysis, *_cue(text, "It")) is None
    labels = {text[m.start : m.end]: (m.label, m.cluster) for m in analysis.mentions}
    assert labels["The Russian-installed governor Vladimir Saldo"] == ("NOMINAL", 0)
    assert labels["Vladimir Saldo"] == ("PERSON", 0)  # holds the head word: joins the chain
    assert labels["Russian-installed"] == ("NORP", None)
    assert labels["he"] == ("PRONOUN", 0)
    assert labels["the bridge"] == ("NOMINAL", 1)
    assert labels["It"] == ("PRONOUN", 1)


def test_subject_phrase_takes_the_cluster_of_the_name_at_its_head() -> None:
    # chains: "Dana Whitfield" with "a spokeswoman for the council"
    document = _doc(SAID_X, SAID_X_ROWS, coref=[[(0, 10, 12), (0, 13, 18)]])
    analysis = backend.to_analysis(document)
    subject = subject_of(analysis, *_cue(SAID_X, "said"))
    assert subject is not None
    assert _text(SAID_X, coref_antecedent(analysis, *subject)) == "Dana Whitfield"
    assert coref_antecedent(analysis, *_cue(SAID_X, "We")) is None  # a pronoun in no chain


def test_a_pronoun_in_no_chain_does_not_borrow_the_chain_around_it() -> None:
    text = "Saldo praised the officer he met."
    rows = """
1 Saldo Saldo PROPN 2 nsubj S-PERSON
2 praised praise VERB 0 root O
3 the the DET 4 det O
4 officer officer NOUN 2 obj O
5 he he PRON 6 nsubj O
6 met meet VERB 4 acl:relcl O
7 . . PUNCT 2 punct O
"""
    document = _doc(text, rows, coref=[[(0, 2, 6)], [(0, 0, 1)]])
    analysis = backend.to_analysis(document)
    assert coref_antecedent(analysis, *_cue(text, "he")) is None
    assert _text(text, coref_antecedent(analysis, *_cue(text, "Saldo"))) == "Saldo"


def test_without_coref_there_is_no_antecedent() -> None:
    analysis = _analysis(ADDING, ADDING_ROWS)
    assert all(mention.cluster is None for mention in analysis.mentions)
    assert coref_antecedent(analysis, *_cue(ADDING, "Saldo")) is None
    assert coref_antecedent(analysis, *_cue(ADDING, "We")) is None


def test_questions_without_a_parse_return_none() -> None:
    analysis = Analysis(paragraphs=(), sentences=())
    for question in (subject_of, clause_of, channel_of, entity_label, coref_antecedent):
        assert question(analysis, 0, 4) is None
    parsed = _analysis(X_SAID, X_SAID_ROWS)
    assert subject_of(parsed, 5, 5) is None  # an empty cue
    assert subject_of(parsed, 200, 210) is None  # past the text


# -- stanza Document -> Analysis ------------------------------------------------------------

MWT = "\u201cI don't know,\u201d Smith said."
MWT_ROWS = """
1 \u201c \u201c PUNCT 5 punct O
2 I I PRON 5 nsubj O
3-4 don't _ _ _ _ O
3 do do AUX 5 aux O
4 n't not PART 5 advmod O
5 know know VERB 0 root O
6 , , PUNCT 5 punct O
7 \u201d \u201d PUNCT 5 punct O
8 Smith Smith PROPN 9 nsubj S-PERSON
9 said say VERB 5 parataxis O
10 . . PUNCT 5 punct O
"""


def test_multi_word_tokens_get_their_words_offsets() -> None:
    analysis = _analysis(MWT, MWT_ROWS)
    words = [MWT[token.start : token.end] for token in analysis.tokens]
    assert words == ["\u201c", "I", "do", "n't", "know", ",", "\u201d", "Smith", "said", "."]
    know = words.index("know")
    assert analysis.tokens[words.index("do")].head == know
    assert analysis.tokens[words.index("n't")].lemma == "not"
    assert analysis.tokens[know].head is None
    assert analysis.tokens[know].deprel == "root"
    assert _text(MWT, subject_of(analysis, *_cue(MWT, "said"))) == "Smith"
    assert _text(MWT, clause_of(analysis, *_cue(MWT, "said"))) == "I don't know"


def test_multi_word_token_that_does_not_spell_its_words_shares_the_token_span() -> None:
    text = "They won't go."
    rows = """
1 They they PRON 4 nsubj O
2-3 won't _ _ _ _ O
2 will will AUX 4 aux O
3 not not PART 4 advmod O
4 go go VERB 0 root O
5 . . PUNCT 4 punct O
"""
    analysis = _analysis(text, rows)
    assert [text[t.start : t.end] for t in analysis.tokens] == ["They", "won't", "won't", "go", "."]


def test_word_offsets_stanza_set_are_kept() -> None:
    document = _doc(MWT, MWT_ROWS)
    token = document.sentences[0].tokens[2]
    token.words[0].start_char, token.words[0].end_char = token.start_char, token.start_char + 2
    token.words[1].start_char, token.words[1].end_char = token.start_char + 2, token.end_char
    analysis = backend.to_analysis(document)
    assert [MWT[t.start : t.end] for t in analysis.tokens[2:4]] == ["do", "n't"]


def test_heads_are_global_across_sentences() -> None:
    text = "Saldo spoke. He left."
    analysis = backend.to_analysis(
        _doc(
            text,
            "1 Saldo Saldo PROPN 2 nsubj S-PERSON\n2 spoke speak VERB 0 root O\n"
            "3 . . PUNCT 2 punct O",
            "1 He he PRON 2 nsubj O\n2 left leave VERB 0 root O\n3 . . PUNCT 2 punct O",
        )
    )
    assert [t.head for t in analysis.tokens] == [1, None, 1, 4, None, 4]
    assert [(s.start, s.end, s.paragraph) for s in analysis.sentences] == [(0, 12, 0), (13, 21, 0)]


def test_sentences_are_cut_at_line_breaks_and_keep_their_paragraph() -> None:
    text = "Saldo spoke\nHe left."  # stanza may run one sentence over a single newline
    rows = """
1 Saldo Saldo PROPN 2 nsubj S-PERSON
2 spoke speak VERB 0 root O
3 He he PRON 4 nsubj O
4 left leave VERB 2 parataxis O
5 . . PUNCT 2 punct O
"""
    analysis = _analysis(text, rows)
    assert [text[p.start : p.end] for p in analysis.paragraphs] == ["Saldo spoke", "He left."]
    assert [(text[s.start : s.end], s.paragraph) for s in analysis.sentences] == [
        ("Saldo spoke", 0),
        ("He left.", 1),
    ]


def test_mentions_from_bioes_ner_and_pronouns() -> None:
    text = "She met officials of the Interior Ministry and his aide in Kyiv on Monday."
    rows = """
1 She she PRON 2 nsubj O Case=Nom|Gender=Fem|PronType=Prs
2 met meet VERB 0 root O
3 officials official NOUN 2 obj O
4 of of ADP 7 case O
5 the the DET 7 det B-ORG
6 Interior Interior PROPN 7 compound I-ORG
7 Ministry Ministry PROPN 3 nmod E-ORG
8 and and CCONJ 10 cc O
9 his his PRON 10 nmod:poss O Gender=Masc|Poss=Yes|PronType=Prs
10 aide aide NOUN 3 conj O
11 in in ADP 12 case O
12 Kyiv Kyiv PROPN 2 obl S-GPE
13 on on ADP 14 case O
14 Monday Monday PROPN 2 obl S-DATE
15 . . PUNCT 2 punct O
"""
    analysis = _analysis(text, rows)
    found = [(text[m.start : m.end], m.label) for m in analysis.mentions]
    assert found == [
        ("She", "PRONOUN"),
        ("the Interior Ministry", "ORG"),
        ("Kyiv", "GPE"),
        ("Monday", "DATE"),
    ]  # "his" is a possessive: not a speaker pronoun


def test_conll_ner_labels_and_stray_bio_tags() -> None:
    tags = ["B-PER", "I-PER", "O", "I-ORG", "E-ORG", "S-LOC", "B-X", "B-Y"]
    assert list(backend._bioes(tags)) == [
        (0, 2, "PER"),
        (3, 5, "ORG"),
        (5, 6, "LOC"),
        (6, 7, "X"),
        (7, 8, "Y"),
    ]
    text = "Jane Roe said."
    rows = """
1 Jane Jane PROPN 2 compound B-PER
2 Roe Roe PROPN 3 nsubj I-PER
3 said say VERB 0 root O
4 . . PUNCT 3 punct O
"""
    analysis = _analysis(text, rows)
    assert [(text[m.start : m.end], m.label) for m in analysis.mentions] == [("Jane Roe", "PERSON")]


def test_conll2doc_documents_convert_too() -> None:
    text = "Smith said."
    conllu = (
        "1\tSmith\tSmith\tPROPN\tNNP\t_\t2\tnsubj\t_\tstart_char=0|end_char=5|ner=S-PERSON\n"
        "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\tstart_char=6|end_char=10|ner=O\n"
        "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\tstart_char=10|end_char=11|ner=O\n\n"
    )
    document = CoNLL.conll2doc(input_str=conllu)
    document.text = text
    analysis = backend.to_analysis(document)
    assert [(text[m.start : m.end], m.label) for m in analysis.mentions] == [("Smith", "PERSON")]
    assert _text(text, subject_of(analysis, *_cue(text, "said"))) == "Smith"


def test_documents_without_text_or_offsets_are_refused() -> None:
    document = _doc(X_SAID, X_SAID_ROWS)
    document.text = None
    with pytest.raises(ValueError, match="no text"):
        backend.to_analysis(document)
    conllu = "1\tSmith\tSmith\tPROPN\tNNP\t_\t0\troot\t_\t_\n\n"
    bare = CoNLL.conll2doc(input_str=conllu)
    bare.text = "Smith"
    with pytest.raises(ValueError, match="offsets"):
        backend.to_analysis(bare)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (X_SAID, X_SAID_ROWS),
        (SAID_X, SAID_X_ROWS),
        (ACCORDING, ACCORDING_ROWS),
        (QUOTED, QUOTED_ROWS),
        (ADDING, ADDING_ROWS),
        (MWT, MWT_ROWS),
    ],
)
def test_every_span_lies_in_the_text_and_sentences_in_paragraphs(text: str, rows: str) -> None:
    analysis = _analysis(text, rows)
    spans: list[Token | EntityMention | Sentence] = [
        *analysis.tokens,
        *analysis.mentions,
        *analysis.sentences,
    ]
    for item in spans:
        assert 0 <= item.start < item.end <= len(text)
        assert text[item.start : item.end].strip() == text[item.start : item.end]
    for sentence in analysis.sentences:
        paragraph = analysis.paragraphs[sentence.paragraph]
        assert paragraph.start <= sentence.start < sentence.end <= paragraph.end
    for token in analysis.tokens:
        assert token.head is None or 0 <= token.head < len(analysis.tokens)


def test_index_is_per_analysis_and_released_with_it() -> None:
    import gc

    from quotekit import syntax

    analysis = _analysis(X_SAID, X_SAID_ROWS)
    subject_of(analysis, *_cue(X_SAID, "said"))
    key = id(analysis)
    assert key in syntax._indexes
    del analysis
    gc.collect()
    assert key not in syntax._indexes


# -- text -> Document: loading stanza -------------------------------------------------------


def test_import_quotekit_imports_neither_torch_nor_stanza() -> None:
    code = (
        "import quotekit, quotekit.cli, quotekit.syntax, quotekit.backends.stanza, sys; "
        "quotekit.cli.build_parser(); "
        "assert 'torch' not in sys.modules and 'stanza' not in sys.modules, 'heavy import'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_missing_stanza_package_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "stanza", None)  # makes ``import stanza`` fail
    with pytest.raises(BackendUnavailable, match=r"pip install 'quotekit\[stanza\]'") as caught:
        backend.StanzaBackend(Config(backend="stanza"))
    assert caught.value.__cause__ is None
    assert caught.value.__suppress_context__


def test_missing_stanza_package_through_the_public_api(monkeypatch: pytest.MonkeyPatch) -> None:
    from quotekit import QuoteExtractor

    monkeypatch.setitem(sys.modules, "stanza", None)
    with pytest.raises(BackendUnavailable, match="quotekit"):
        QuoteExtractor(Config(backend="stanza")).extract("\u201cHi,\u201d Smith said.")


def test_empty_model_folder_says_which_command_fixes_it(tmp_path: Path) -> None:
    stanza_backend = backend.StanzaBackend(Config(backend="stanza", stanza_dir=str(tmp_path)))
    with pytest.raises(BackendUnavailable) as caught:
        stanza_backend.analyse("Smith said so.")
    message = str(caught.value)
    assert f"quotekit download-models --dir {tmp_path}" in message
    assert "resources.json" in message
    assert caught.value.__cause__ is None


def test_missing_coref_model_asks_for_coref(tmp_path: Path) -> None:
    _fake_models(tmp_path)
    config = Config(backend="stanza", stanza_dir=str(tmp_path), stanza_coref=True)
    with pytest.raises(BackendUnavailable, match=r"en/coref.*download-models --dir .* --coref"):
        backend.StanzaBackend(config).analyse("Smith said so.")


def test_environment_folder_is_used_without_a_config_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "models"))
    with pytest.raises(BackendUnavailable) as caught:
        backend.StanzaBackend(Config(backend="stanza")).analyse("Smith said so.")
    assert str(tmp_path / "models") in str(caught.value)
    assert "quotekit download-models" in str(caught.value)
    assert "--dir" not in str(caught.value)  # the command already uses the variable


def test_stanza_errors_while_loading_become_backend_unavailable(tmp_path: Path) -> None:
    # the folders are there but hold no models: stanza itself fails, offline, at once
    _fake_models(tmp_path)
    stanza_backend = backend.StanzaBackend(Config(backend="stanza", stanza_dir=str(tmp_path)))
    with pytest.raises(BackendUnavailable, match="could not load") as caught:
        stanza_backend.analyse("Smith said so.")
    assert caught.value.__cause__ is None
    assert caught.value.__suppress_context__


def _fake_models(directory: Path) -> None:
    (directory / "resources.json").write_text("{}", encoding="utf-8")
    for processor in backend.PROCESSORS.split(","):
        (directory / "en" / processor).mkdir(parents=True)


class _FakePipeline:
    """Stands in for ``stanza.Pipeline``: records how it was built, returns a fixed document."""

    built: list[dict[str, Any]] = []  # noqa: RUF012 - a test double's log

    def __init__(self, **kwargs: Any) -> None:
        _FakePipeline.built.append(kwargs)

    def __call__(self, text: str) -> Any:
        return _doc(text, X_SAID_ROWS)


def test_pipeline_never_downloads_and_is_built_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_models(tmp_path)
    _FakePipeline.built = []
    monkeypatch.setattr(stanza, "Pipeline", _FakePipeline)
    stanza_backend = backend.StanzaBackend(Config(backend="stanza", stanza_dir=str(tmp_path)))
    results: list[Analysis] = []
    threads = [
        threading.Thread(target=lambda: results.append(stanza_backend.analyse(X_SAID)))
        for _ in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 8
    assert len(_FakePipeline.built) == 1
    built = _FakePipeline.built[0]
    assert built["download_method"] is None
    assert built["dir"] == str(tmp_path)
    assert built["lang"] == "en"
    assert built["processors"] == "tokenize,mwt,pos,lemma,depparse,ner"
    assert _text(X_SAID, subject_of(results[0], *_cue(X_SAID, "said"))) == "Vladimir Saldo"
    assert stanza_backend.analyse("  \n").sentences == ()


def test_coref_processor_is_added_when_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_models(tmp_path)
    (tmp_path / "en" / "coref").mkdir()
    _FakePipeline.built = []
    monkeypatch.setattr(stanza, "Pipeline", _FakePipeline)
    config = Config(backend="stanza", stanza_dir=str(tmp_path), stanza_coref=True)
    backend.StanzaBackend(config).analyse(X_SAID)
    assert _FakePipeline.built[0]["processors"].endswith(",coref")
    assert _FakePipeline.built[0]["download_method"] is None


def test_extract_quotes_runs_on_the_stanza_analysis(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quotekit import QuoteExtractor

    text = "\u201cWe will rebuild,\u201d Saldo said, adding that the work would take a year."

    class Pipeline(_FakePipeline):
        def __call__(self, text: str) -> Any:
            return _doc(text, ADDING_ROWS)

    _fake_models(tmp_path)
    monkeypatch.setattr(stanza, "Pipeline", Pipeline)
    quotes = QuoteExtractor(Config(backend="stanza", stanza_dir=str(tmp_path))).extract(text)
    assert quotes
    assert quotes[0].text == "\u201cWe will rebuild,\u201d"
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Saldo"


# -- quotekit download-models ---------------------------------------------------------------


def test_download_models_downloads_explicitly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from quotekit.cli import main

    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    monkeypatch.setattr(stanza, "download", lambda *a, **k: calls.append((a, k)))
    _FakePipeline.built = []
    monkeypatch.setattr(stanza, "Pipeline", _FakePipeline)
    assert main(["download-models", "--dir", str(tmp_path), "--coref"]) == 0
    ((args, kwargs),) = calls
    assert args == ("en",)
    assert kwargs["model_dir"] == str(tmp_path)
    assert kwargs["processors"] == "tokenize,mwt,pos,lemma,depparse,ner,coref"
    assert kwargs["logging_level"] == "INFO"  # stanza's progress bars
    # loaded once after the download (fetching coref's transformer), never during analysis
    assert _FakePipeline.built[0]["download_method"] == "reuse_resources"
    assert str(tmp_path) in capsys.readouterr().out


def test_download_models_reports_a_failed_download(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from quotekit.cli import main

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise ConnectionError("no route to host")

    monkeypatch.setattr(stanza, "download", refuse)
    assert main(["download-models", "--dir", str(tmp_path)]) == 1
    assert "no route to host" in capsys.readouterr().err


def test_download_models_without_stanza(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from quotekit.cli import main

    monkeypatch.setitem(sys.modules, "stanza", None)
    assert main(["download-models"]) == 1
    assert "pip install 'quotekit[stanza]'" in capsys.readouterr().err


# -- the real English models, when they are installed ---------------------------------------


def _real_models() -> str | None:
    directory = os.environ.get("STANZA_RESOURCES_DIR")
    if directory and not backend._missing_models(directory, coref=False):
        return directory
    return None


@pytest.mark.skipif(
    _real_models() is None,
    reason="stanza's English models are not in $STANZA_RESOURCES_DIR "
    "(run `quotekit download-models` with network access to run this test)",
)
def test_real_models_find_the_speaker() -> None:
    text = (
        "Vladimir Saldo, the Russian-installed governor, visited the bridge on Monday.\n\n"
        "\u201cIt will reopen in May,\u201d Saldo said, adding that repairs were under way."
    )
    analysis = backend.StanzaBackend(Config(backend="stanza")).analyse(text)
    assert _text(text, subject_of(analysis, *_cue(text, "said"))) == "Saldo"
    assert _text(text, subject_of(analysis, *_cue(text, "adding"))) == "Saldo"
    assert entity_label(analysis, *_cue(text, "Vladimir Saldo")) == "PERSON"
    assert len(analysis.paragraphs) == 2


def test_attribution_follows_the_coref_chain_over_the_rules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rules give ``he`` to the subject of the sentence before (Saldo); the chain says
    Drostan, the man he met."""
    from quotekit import QuoteExtractor

    text = "Vladimir Saldo met Pavel Drostan.\n\n\u201cIt will reopen,\u201d he said."
    first = """
1 Vladimir Vladimir PROPN 2 compound B-PERSON
2 Saldo Saldo PROPN 3 nsubj E-PERSON
3 met meet VERB 0 root O
4 Pavel Pavel PROPN 5 compound B-PERSON
5 Drostan Drostan PROPN 3 obj E-PERSON
6 . . PUNCT 3 punct O
"""
    second = """
1 \u201c \u201c PUNCT 4 punct O
2 It it PRON 4 nsubj O
3 will will AUX 4 aux O
4 reopen reopen VERB 0 root O
5 , , PUNCT 4 punct O
6 \u201d \u201d PUNCT 4 punct O
7 he he PRON 8 nsubj O
8 said say VERB 4 parataxis O
9 . . PUNCT 4 punct O
"""

    class Pipeline(_FakePipeline):
        def __call__(self, text: str) -> Any:
            return _doc(text, first, second, coref=[[(0, 3, 5), (1, 6, 7)]])

    _fake_models(tmp_path)
    monkeypatch.setattr(stanza, "Pipeline", Pipeline)
    quotes = QuoteExtractor(Config(backend="stanza", stanza_dir=str(tmp_path))).extract(text)
    assert [q.text for q in quotes] == ["\u201cIt will reopen,\u201d"]
    speaker = quotes[0].speaker
    assert speaker is not None
    assert speaker.mention.text == "he"
    assert speaker.name == "Pavel Drostan"
    rules = QuoteExtractor().extract(text)[0].speaker
    assert rules is not None
    assert rules.name == "Vladimir Saldo"
