"""What a parse and coreference chains say about a cue: its subject, its clause, its entity.

The attribution stage asks these questions when the backend left tokens with heads (stanza
does; the rules backend does not, and then every function returns None). All spans are
character offsets into the document text. Each call costs the tokens of one sentence: the
per-document indexes (children of each token, mentions by start, the best name of each coref
cluster) are built once per ``Analysis`` and kept while that ``Analysis`` lives.

Relations are Universal Dependencies, as stanza's English models produce them:

- ``Smith said`` / ``said Smith`` / ``Smith, the mayor, said``: ``nsubj`` of the cue verb;
  ``Smith was quoted as saying``: ``nsubj:pass``.
- ``..., adding that``: the participle (``advcl``, ``xcomp`` or ``conj``) has no subject of
  its own; the subject of the verb it hangs from is taken.
- ``TASS quoted Smith as saying``: the speaker is the ``obj`` of ``quote``/``cite``; the
  channel (``TASS``) is its ``nsubj``, see ``channel_of``.
- ``according to Smith, ...``: ``according`` is the ``case`` of ``Smith`` (``obl`` of the
  main verb).
- The reported clause is the ``ccomp`` or ``parataxis`` dependent of the cue; when the quote
  comes first (``"...," Smith said``) UD hangs the cue from the quote's verb as ``parataxis``.
"""

from __future__ import annotations

import bisect
import threading
import weakref
from collections.abc import Iterable, Iterator, Mapping

import attrs

from quotekit._document import Analysis, EntityMention

__all__ = ["channel_of", "clause_of", "coref_antecedent", "entity_label", "subject_of"]

# Labels of mentions that are not named entities: pronouns and the noun phrases a coref
# model adds (``the governor``). Everything else (PERSON, ORG, GPE, NORP, NAME, ...) is a name.
_UNNAMED = frozenset(("PRONOUN", "NOMINAL"))
_SUBJECTS = ("nsubj", "nsubj:pass", "nsubj:outer")
_CLAUSES = ("ccomp", "parataxis")
# Relations by which a verb without a subject of its own shares its governor's subject.
_SHARED_SUBJECT = ("advcl", "xcomp", "conj")
_MAX_CLIMB = 4  # governors climbed for a participle's subject ("said, adding, noting that")
_QUOTING_LEMMAS = frozenset(("quote", "cite"))
_RELATIVES = frozenset(("who", "that", "which", "whom"))
_ACCORDING_OBJECTS = ("obl", "nmod", "obj", "pobj")
_ACCORDING_HEADS = ("obl", "nmod", "advcl", "obl:npmod")


@attrs.frozen
class _Index:
    """Lookups over one ``Analysis``, built once so that each question costs one sentence."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    children: tuple[tuple[int, ...], ...]
    sentence_starts: tuple[int, ...]
    mention_starts: tuple[int, ...]
    best_of_cluster: Mapping[int, EntityMention]


_indexes: dict[int, tuple[weakref.ref[Analysis], _Index]] = {}
_indexes_lock = threading.Lock()


def _index(analysis: Analysis) -> _Index:
    """The index of ``analysis``, built on first use and dropped when the analysis is."""
    key = id(analysis)
    entry = _indexes.get(key)
    if entry is not None and entry[0]() is analysis:
        return entry[1]
    index = _build_index(analysis)
    with _indexes_lock:
        entry = _indexes.get(key)
        if entry is not None and entry[0]() is analysis:
            return entry[1]
        _indexes[key] = (weakref.ref(analysis), index)
        weakref.finalize(analysis, _indexes.pop, key, None)
    return index


def _build_index(analysis: Analysis) -> _Index:
    tokens = analysis.tokens
    children: list[list[int]] = [[] for _ in tokens]
    for position, token in enumerate(tokens):
        if token.head is not None and 0 <= token.head < len(tokens) and token.head != position:
            children[token.head].append(position)
    index = _Index(
        starts=tuple(token.start for token in tokens),
        ends=tuple(token.end for token in tokens),
        children=tuple(tuple(found) for found in children),
        sentence_starts=tuple(sentence.start for sentence in analysis.sentences),
        mention_starts=tuple(mention.start for mention in analysis.mentions),
        best_of_cluster={},
    )
    best: dict[int, tuple[tuple[int, int, int], EntityMention]] = {}
    for mention in analysis.mentions:
        if mention.cluster is None:
            continue
        rank = _name_rank(analysis, index, mention)
        if rank is None:
            continue
        key = (rank, -(mention.end - mention.start), mention.start)
        if mention.cluster not in best or key < best[mention.cluster][0]:
            best[mention.cluster] = (key, mention)
    return attrs.evolve(
        index, best_of_cluster={cluster: found for cluster, (_, found) in best.items()}
    )


def _name_rank(analysis: Analysis, index: _Index, mention: EntityMention) -> int | None:
    """How well a mention names its entity: a person's name, another name, a proper noun."""
    if mention.label == "PERSON":
        return 0
    if mention.label not in _UNNAMED:
        return 1
    if mention.label == "NOMINAL":
        head = _head_of_span(analysis, index, mention.start, mention.end)
        if head is not None and analysis.tokens[head].upos == "PROPN":
            return 2
    return None


def _tokens_in(index: _Index, start: int, end: int) -> list[int]:
    """Positions of the tokens that overlap ``[start, end)``, in order."""
    position = bisect.bisect_left(index.starts, start)
    while position > 0 and index.ends[position - 1] > start:
        position -= 1  # a token that starts before the span and reaches into it
    found = []
    while position < len(index.starts) and index.starts[position] < end:
        if index.ends[position] > start:
            found.append(position)
        position += 1
    return found


def _head_of_span(analysis: Analysis, index: _Index, start: int, end: int) -> int | None:
    """The first token of the span whose head lies outside it (the phrase's head)."""
    inside = _tokens_in(index, start, end)
    members = set(inside)
    for position in inside:
        if analysis.tokens[position].head not in members:
            return position
    return None


def _top(analysis: Analysis, positions: list[int]) -> int:
    """The token of a multi-word cue that governs the others (a verb first)."""
    members = set(positions)
    tops = [p for p in positions if analysis.tokens[p].head not in members]
    verbs = [p for p in tops if analysis.tokens[p].upos in ("VERB", "AUX")]
    return (verbs or tops or positions)[0]


def _child(
    analysis: Analysis, index: _Index, position: int, relations: Iterable[str]
) -> int | None:
    """The first dependent of ``position`` whose relation is in ``relations``."""
    wanted = tuple(relations)
    for child in index.children[position]:
        if analysis.tokens[child].deprel in wanted:
            return child
    return None


def _subtree(index: _Index, root: int, excluded: frozenset[int] = frozenset()) -> list[int]:
    """The positions of ``root`` and its dependents, skipping ``excluded`` and what they govern."""
    found = []
    stack = [root]
    seen = set(excluded)
    while stack:
        position = stack.pop()
        if position in seen:
            continue
        seen.add(position)
        found.append(position)
        stack.extend(index.children[position])
    found.sort()
    return found


def _span(
    analysis: Analysis, index: _Index, positions: list[int], drop_that: bool = False
) -> tuple[int, int] | None:
    """The character span of sorted token positions, without punctuation at its edges."""
    tokens = analysis.tokens
    first, last = 0, len(positions) - 1
    while first <= last and _is_punctuation(analysis, positions[first]):
        first += 1
    while last >= first and _is_punctuation(analysis, positions[last]):
        last -= 1
    if drop_that and first < last:
        leading = tokens[positions[first]]
        if leading.deprel == "mark" and leading.lemma.lower() == "that":
            first += 1
    if first > last:
        return None
    return index.starts[positions[first]], index.ends[positions[last]]


def _is_punctuation(analysis: Analysis, position: int) -> bool:
    token = analysis.tokens[position]
    return token.upos == "PUNCT" or token.deprel == "punct"


def _cue(analysis: Analysis, cue_start: int, cue_end: int) -> tuple[_Index, list[int]] | None:
    if not analysis.tokens or cue_start >= cue_end:
        return None
    index = _index(analysis)
    positions = _tokens_in(index, cue_start, cue_end)
    return (index, positions) if positions else None


def _according_source(analysis: Analysis, index: _Index, positions: list[int]) -> int | None:
    """The ``X`` of ``according to X``: the noun ``according`` is the case marker of."""
    members = set(positions)
    for position in positions:
        token = analysis.tokens[position]
        if token.lemma.lower() != "accord" and token.lemma.lower() != "according":
            continue
        if token.deprel == "case" and token.head is not None and token.head not in members:
            return token.head
        for child in index.children[position]:
            if analysis.tokens[child].deprel in _ACCORDING_OBJECTS and child not in members:
                return child
    return None


def subject_of(analysis: Analysis, cue_start: int, cue_end: int) -> tuple[int, int] | None:
    """The span of the speaker phrase of the cue at ``[cue_start, cue_end)``, from the parse.

    The whole noun phrase is returned (``Jane Roe, a spokeswoman for the ministry``); the
    attribution stage picks the name out of it. For ``quoted X as saying`` it is ``X``; for
    ``according to X`` it is ``X``. None when the analysis has no parse or the cue no subject.

    Args:
        analysis: the backend's analysis, with tokens and heads.
        cue_start: where the cue starts (a character offset).
        cue_end: where it ends; a multi-word cue (``quoted ... as saying``) is fine.
    """
    found = _cue(analysis, cue_start, cue_end)
    if found is None:
        return None
    index, positions = found
    tokens = analysis.tokens
    source = _according_source(analysis, index, positions)
    if source is not None:
        return _span(analysis, index, _subtree(index, source, frozenset(positions)))
    for verb in _verbs_sharing_subject(analysis, _top(analysis, positions)):
        if tokens[verb].lemma.lower() in _QUOTING_LEMMAS:
            quoted = _child(analysis, index, verb, ("obj",))
            if quoted is not None:
                return _span(analysis, index, _subtree(index, quoted))
        subject = _child(analysis, index, verb, _SUBJECTS)
        if subject is not None:
            head = tokens[verb].head
            relative = tokens[subject].lemma.lower() in _RELATIVES
            if relative and tokens[verb].deprel == "acl:relcl" and head is not None:
                # "Jane Roe, who said ...": the noun the relative clause describes
                return _span(analysis, index, _subtree(index, head, frozenset((verb,))))
            return _span(analysis, index, _subtree(index, subject))
    return None


def _verbs_sharing_subject(analysis: Analysis, verb: int) -> Iterator[int]:
    """The cue's verb, then each verb it takes its subject from (``..., adding that``: the
    participle, then the verb it hangs from), at most ``_MAX_CLIMB`` of them."""
    tokens = analysis.tokens
    for _ in range(_MAX_CLIMB):
        yield verb
        head = tokens[verb].head
        if tokens[verb].deprel not in _SHARED_SUBJECT or head is None:
            return
        verb = head


def channel_of(analysis: Analysis, cue_start: int, cue_end: int) -> tuple[int, int] | None:
    """The span of who passes a quote on in ``TASS quoted X as saying``: the subject of
    ``quote``/``cite``. None for other cues, or without a parse.

    Args:
        analysis: the backend's analysis, with tokens and heads.
        cue_start: where the cue starts.
        cue_end: where it ends.
    """
    found = _cue(analysis, cue_start, cue_end)
    if found is None:
        return None
    index, positions = found
    tokens = analysis.tokens
    for verb in _verbs_sharing_subject(analysis, _top(analysis, positions)):
        if tokens[verb].lemma.lower() in _QUOTING_LEMMAS:
            if _child(analysis, index, verb, ("obj",)) is None:
                return None  # "X was quoted as saying": X is the speaker, no channel named
            subject = _child(analysis, index, verb, ("nsubj",))
            return None if subject is None else _span(analysis, index, _subtree(index, subject))
    return None


def clause_of(analysis: Analysis, cue_start: int, cue_end: int) -> tuple[int, int] | None:
    """The span of what the cue reports: its ``ccomp``/``parataxis`` clause.

    Punctuation at the clause's edges (quote marks, commas) and a leading ``that`` are left
    out. When the quote comes first (``"We will win," Smith said``) the clause is the verb the
    cue hangs from, without the cue's own words; for ``according to X, CLAUSE`` it is the clause
    ``X`` modifies. None without a parse or a clause.

    Args:
        analysis: the backend's analysis, with tokens and heads.
        cue_start: where the cue starts.
        cue_end: where it ends.
    """
    found = _cue(analysis, cue_start, cue_end)
    if found is None:
        return None
    index, positions = found
    tokens = analysis.tokens
    members = frozenset(positions)
    source = _according_source(analysis, index, positions)
    if source is not None:
        head = tokens[source].head
        if tokens[source].deprel in _ACCORDING_HEADS and head is not None:
            clause = _subtree(index, head, frozenset((source,)))
            return _span(analysis, index, clause, drop_that=True)
        return None
    for position in reversed(positions):  # "quoted X as saying": the clause hangs from "saying"
        for child in index.children[position]:
            if tokens[child].deprel in _CLAUSES and child not in members:
                return _span(analysis, index, _subtree(index, child), drop_that=True)
    verb = _top(analysis, positions)
    head = tokens[verb].head
    if tokens[verb].deprel == "parataxis" and head is not None:
        clause = _subtree(index, head, frozenset((verb,)))
        return _span(analysis, index, clause, drop_that=True)
    return None


def _containing(
    analysis: Analysis, index: _Index, start: int, end: int, clustered: bool
) -> EntityMention | None:
    """The smallest mention around ``[start, end)`` (named, or with a cluster), in its sentence."""
    sentence = bisect.bisect_right(index.sentence_starts, start) - 1
    floor = index.sentence_starts[sentence] if sentence >= 0 else 0
    position = bisect.bisect_right(index.mention_starts, start) - 1
    best: EntityMention | None = None
    while position >= 0 and index.mention_starts[position] >= floor:
        mention = analysis.mentions[position]
        wanted = mention.cluster is not None if clustered else mention.label not in _UNNAMED
        if (
            wanted
            and mention.end >= end
            and (best is None or mention.end - mention.start < best.end - best.start)
        ):
            best = mention
        position -= 1
    return best


def entity_label(analysis: Analysis, start: int, end: int) -> str | None:
    """The named-entity label (PERSON, ORG, GPE, NORP, ...) of the phrase at ``[start, end)``.

    A name around the span gives its label; else the name at the phrase's syntactic head
    (``Jane Roe, a spokeswoman for the ministry`` -> PERSON, not the ministry's ORG); else,
    without a parse, the first name inside the span. None when no name is there.

    Args:
        analysis: the backend's analysis.
        start: where the phrase starts.
        end: where it ends.
    """
    if start >= end or not analysis.mentions:
        return None
    index = _index(analysis)
    around = _containing(analysis, index, start, end, clustered=False)
    if around is not None:
        return around.label
    if analysis.tokens:
        head = _head_of_span(analysis, index, start, end)
        if head is not None:
            at_head = _containing(
                analysis, index, index.starts[head], index.ends[head], clustered=False
            )
            if at_head is not None and at_head.start >= start and at_head.end <= end:
                return at_head.label
            return None
    position = bisect.bisect_left(index.mention_starts, start)
    while position < len(index.mention_starts) and index.mention_starts[position] < end:
        mention = analysis.mentions[position]
        if mention.label not in _UNNAMED and mention.end <= end:
            return mention.label
        position += 1
    return None


def _cluster_of(analysis: Analysis, index: _Index, start: int, end: int) -> int | None:
    """The coref cluster of the phrase at ``[start, end)``.

    The mention exactly there decides (a pronoun the coref model left alone has none); else the
    longest clustered mention inside the phrase that holds its head word (``Dana Whitfield`` in
    ``Dana Whitfield, a spokeswoman``); else the smallest clustered mention around it.
    """
    position = bisect.bisect_left(index.mention_starts, start)
    inside: EntityMention | None = None
    head = _head_of_span(analysis, index, start, end) if analysis.tokens else None
    while position < len(index.mention_starts) and index.mention_starts[position] < end:
        mention = analysis.mentions[position]
        if mention.start == start and mention.end == end:
            return mention.cluster
        holds_head = head is None or (
            mention.start <= index.starts[head] and index.ends[head] <= mention.end
        )
        if (
            mention.cluster is not None
            and mention.end <= end
            and holds_head
            and (inside is None or mention.end - mention.start > inside.end - inside.start)
        ):
            inside = mention
        position += 1
    if inside is not None:
        return inside.cluster
    around = _containing(analysis, index, start, end, clustered=True)
    return None if around is None else around.cluster


def coref_antecedent(analysis: Analysis, start: int, end: int) -> tuple[int, int] | None:
    """The span of the best name of the entity that the phrase at ``[start, end)`` refers to.

    Within the phrase's coreference cluster, a PERSON name wins, then another name (ORG,
    GPE, ...), then a noun phrase headed by a proper noun; the longest, then the first. So
    ``he`` -> ``Vladimir Saldo`` and ``Saldo`` -> ``Vladimir Saldo``. None when the phrase
    has no cluster (no coref ran, or the model linked it to nothing) or its cluster holds no name.

    Args:
        analysis: the backend's analysis, with coref clusters on its mentions.
        start: where the phrase starts (a pronoun, a short name, a subject from ``subject_of``).
        end: where it ends.
    """
    if start >= end or not analysis.mentions:
        return None
    index = _index(analysis)
    if not index.best_of_cluster:
        return None  # no coreference ran (the rules backend), or it named nobody
    cluster = _cluster_of(analysis, index, start, end)
    best = None if cluster is None else index.best_of_cluster.get(cluster)
    return None if best is None else (best.start, best.end)
