"""The word lists quotekit reads, loaded once from ``quotekit/data`` and never changed.

Each data file is UTF-8 text: ``#`` starts a comment, blank lines are skipped, columns are
separated by tabs, and the last column says where the entry comes from. A user extends a list
without touching global state: ``lexicon.extended(cues={"quipped": CueClass.SPEECH})`` returns a
new ``Lexicon`` to pass in ``Config(lexicon=...)``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from importlib import resources
from types import MappingProxyType

import attrs

from quotekit._types import CueClass, SpeakerKind

__all__ = ["Lexicon", "default_lexicon", "read_table"]


def read_table(name: str) -> Iterator[list[str]]:
    """Yield the tab-separated columns of each entry of data file ``name``."""
    raw = resources.files("quotekit").joinpath("data", name).read_text(encoding="utf-8")
    for line in raw.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            yield [column.strip() for column in line.split("\t")]


def _frozen_map(pairs: Mapping[str, object]) -> MappingProxyType[str, object]:
    return MappingProxyType(dict(pairs))


@attrs.frozen
class Lexicon:
    """Every word list the stages use. Immutable; build a changed copy with ``extended``."""

    cues: Mapping[str, CueClass]  # lower-case surface form -> class ("said", "according to")
    abbreviations: frozenset[str]  # lower-case, with the final dot ("sen.", "jan.")
    given_names: Mapping[str, str]  # lower-case given name -> "f", "m" or "u"
    group_nouns: Mapping[str, SpeakerKind]  # lower-case head noun -> GROUP or ORGANISATION
    titles: Mapping[str, str]  # lower-case title form -> canonical title ("sen." -> "Senator")
    nationalities: Mapping[str, str]  # lower-case adjective or name -> country ("russian")
    not_names: frozenset[str]  # lower-case capitalised words that are not names ("however")

    def extended(
        self,
        *,
        cues: Mapping[str, CueClass] | None = None,
        abbreviations: frozenset[str] | None = None,
        given_names: Mapping[str, str] | None = None,
        group_nouns: Mapping[str, SpeakerKind] | None = None,
        titles: Mapping[str, str] | None = None,
        nationalities: Mapping[str, str] | None = None,
    ) -> Lexicon:
        """Return a copy with the given entries added (keys are lower-cased)."""

        def merge(old: Mapping[str, object], new: Mapping[str, object] | None) -> object:
            if not new:
                return old
            return _frozen_map({**old, **{key.lower(): value for key, value in new.items()}})

        return attrs.evolve(
            self,
            cues=merge(self.cues, cues),
            abbreviations=self.abbreviations | {a.lower() for a in abbreviations or ()},
            given_names=merge(self.given_names, given_names),
            group_nouns=merge(self.group_nouns, group_nouns),
            titles=merge(self.titles, titles),
            nationalities=merge(self.nationalities, nationalities),
        )


@functools.cache
def default_lexicon() -> Lexicon:
    """The lexicon shipped in ``quotekit/data``, read on first use and shared afterwards."""
    return Lexicon(
        cues=MappingProxyType(
            {row[0].lower(): CueClass(row[1]) for row in read_table("cues.tsv")}
        ),
        abbreviations=frozenset(row[0].lower() for row in read_table("abbreviations.tsv")),
        given_names=MappingProxyType(
            {row[0].lower(): row[1] for row in read_table("given_names.tsv")}
        ),
        group_nouns=MappingProxyType(
            {row[0].lower(): SpeakerKind(row[1]) for row in read_table("group_nouns.tsv")}
        ),
        titles=MappingProxyType({row[0].lower(): row[1] for row in read_table("titles.tsv")}),
        nationalities=MappingProxyType(
            {row[0].lower(): row[1] for row in read_table("nationalities.tsv")}
        ),
        not_names=frozenset(row[0].lower() for row in read_table("not_names.tsv")),
    )
