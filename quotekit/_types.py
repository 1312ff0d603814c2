"""The public records quotekit returns.

Every record is frozen and slotted, and every span in it is grounded: ``text[span.start:span.end]
== span.text`` for the input ``text``. Field names are a contract read by tools outside the
project: extend them, never rename them. This module imports nothing else of quotekit's.
"""

from __future__ import annotations

import enum
from typing import Any, TypeVar

import attrs
import cattrs

__all__ = ["SAYING_CLASSES", "CueClass", "Quote", "QuoteKind", "Span", "Speaker", "SpeakerKind"]


class QuoteKind(enum.Enum):
    """How the words reach the reader."""

    DIRECT = "direct"  # verbatim, inside quote marks
    INDIRECT = "indirect"  # reported speech, no quote marks
    MIXED = "mixed"  # reported speech with a verbatim fragment in quote marks


class SpeakerKind(enum.Enum):
    """What sort of source a speaker is."""

    PERSON = "person"
    ORGANISATION = "organisation"
    GROUP = "group"  # "officials", "two people familiar with the plan"
    UNKNOWN = "unknown"


class CueClass(enum.Enum):
    """What the cue says the source did (PolNeAR marks all four)."""

    SPEECH = "speech"  # said, told, according to, a colon introducing a quote
    WRITING = "writing"  # wrote, tweeted, posted
    THOUGHT = "thought"  # believes, wants, fears, hopes (beliefs, intentions, perceptions)
    DOCUMENT = "document"  # a poll shows, the report found


# The classes of cues by which someone puts words out (said, wrote), as against what they think
# or what a document shows: several rules hold only for words someone said or wrote.
SAYING_CLASSES = frozenset((CueClass.SPEECH, CueClass.WRITING))


_RecordT = TypeVar("_RecordT")

_converter = cattrs.Converter()


class _Record:
    """Shared conversion to and from plain data (dicts of str, int, float, list, None)."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the record as plain data, ready for ``json.dumps``."""
        data: dict[str, Any] = _converter.unstructure(self)
        return data

    @classmethod
    def from_dict(cls: type[_RecordT], data: dict[str, Any]) -> _RecordT:
        """Rebuild a record from what ``to_dict`` returned (or its JSON round trip)."""
        return _converter.structure(data, cls)


@attrs.frozen
class Span(_Record):
    """A half-open range of characters of the input, with the text it covers."""

    start: int
    end: int
    text: str


@attrs.frozen
class Speaker(_Record):
    """Who said a quote, as the document names them and as quotekit understands them.

    ``name`` is the fullest form of the name found anywhere in the document (``Vladimir Saldo``
    for a quote attributed to ``he``); ``mention`` is the words naming the speaker where this
    quote is attributed. ``entity`` is shared by every quote of the same speaker in a document.
    """

    name: str
    mention: Span
    kind: SpeakerKind = SpeakerKind.UNKNOWN
    title: str | None = None
    affiliation: str | None = None
    modifiers: tuple[str, ...] = ()
    entity: int = 0
    party: str | None = None  # "Democratic" for "Sen. Jane Roe, D-Mass."
    region: str | None = None  # "Massachusetts" for the same


@attrs.frozen
class Quote(_Record):
    """One attributed quotation.

    ``text``/``start``/``end`` cover the content as written; a direct quote includes its outer
    quote marks. Quotes with the same ``statement`` number are pieces of one statement split by an
    interrupting cue (``"We are ready," he said. "The plan is final."``) or running on over
    paragraphs without a cue of their own. ``sieve`` names the rule that chose the speaker.
    ``negated`` marks a report of what the source did not say or refused to say (``did not say
    when the bridge would reopen``, ``declined to say whether``): the source asserts nothing.
    """

    text: str
    start: int
    end: int
    kind: QuoteKind
    cue: Span | None = None
    speaker: Speaker | None = None
    via: Speaker | None = None
    confidence: float = 0.0
    sentence: int = 0
    cue_class: CueClass | None = None
    sieve: str = ""
    statement: int = 0
    paragraph: int = 0
    negated: bool = False
