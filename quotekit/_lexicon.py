"""The word lists quotekit reads, loaded once from ``quotekit/data`` and never changed.

Each data file is UTF-8 text: ``#`` starts a comment, blank lines are skipped, columns are
separated by tabs, and the last column says where the entry comes from. A user extends a list
without touching global state: ``lexicon.extended(cues={"quipped": CueClass.SPEECH})`` returns a
new ``Lexicon`` to pass in ``Config(lexicon=...)``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Mapping
from importlib import resources
from types import MappingProxyType
from typing import Any, TypeVar

import attrs

from quotekit._types import CueClass, SpeakerKind

__all__ = ["Lexicon", "abbreviations_used_as", "default_lexicon", "read_table", "read_words"]


def read_table(name: str) -> Iterator[list[str]]:
    """Yield the tab-separated columns of each entry of data file ``name``."""
    raw = resources.files("quotekit").joinpath("data", name).read_text(encoding="utf-8")
    for line in raw.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            yield [column.strip() for column in line.split("\t")]


@functools.cache
def read_words(name: str) -> frozenset[str]:
    """The entries (first column, lower case) of data file ``name``, read once."""
    return frozenset(row[0].lower() for row in read_table(name))


@functools.cache
def abbreviations_used_as(*uses: str) -> frozenset[str]:
    """The entries of ``data/abbreviations.tsv`` whose source starts with one of ``uses``
    (``US state abbreviation``, ``company or name suffix``)."""
    return frozenset(row[0] for row in read_table("abbreviations.tsv") if row[1].startswith(uses))


_Value = TypeVar("_Value")


def _merged(old: Mapping[str, _Value], new: Mapping[str, _Value] | None) -> Mapping[str, _Value]:
    """``old`` with the entries of ``new`` added (keys lower-cased), as a new read-only map."""
    if not new:
        return old
    return MappingProxyType({**old, **{key.lower(): value for key, value in new.items()}})


def _empty_map() -> Mapping[str, str]:
    return MappingProxyType({})


def _read_only_map(table: Mapping[str, Any]) -> Mapping[str, Any]:
    """A read-only copy of ``table``: the caller may change its dict later, the lexicon's copy
    never changes (caches keyed by a table, and other threads, rely on that)."""
    return MappingProxyType(dict(table))


def _read_only_set(words: Iterable[str]) -> frozenset[str]:
    return words if type(words) is frozenset else frozenset(words)


def _column_map(name: str) -> Mapping[str, str]:
    """First column (lower-cased) -> second column of data file ``name``."""
    return MappingProxyType({row[0].lower(): row[1] for row in read_table(name)})


def _dotted_words(*tables: Mapping[str, str]) -> frozenset[str]:
    """Every word ending in a dot in the keys of ``tables`` ("lt. gen." -> "lt.", "gen.")."""
    return frozenset(
        word for table in tables for form in table for word in form.split() if word.endswith(".")
    )


@attrs.frozen
class Lexicon:
    """Every word list the stages use. Immutable; build a changed copy with ``extended``."""

    # Every table is copied into a read-only map or a frozenset when the lexicon is built, so
    # no caller can change a table under a running extractor.
    # lower-case surface form -> class ("said", "according to")
    cues: Mapping[str, CueClass] = attrs.field(converter=_read_only_map)
    # lower-case, with the final dot ("sen.", "jan.")
    abbreviations: frozenset[str] = attrs.field(converter=_read_only_set)
    # lower-case given name -> "f", "m" or "u"
    given_names: Mapping[str, str] = attrs.field(converter=_read_only_map)
    # lower-case head noun -> GROUP or ORGANISATION
    group_nouns: Mapping[str, SpeakerKind] = attrs.field(converter=_read_only_map)
    # lower-case title form -> canonical title ("sen." -> "Senator")
    titles: Mapping[str, str] = attrs.field(converter=_read_only_map)
    # lower-case adjective or name -> country ("russian")
    nationalities: Mapping[str, str] = attrs.field(converter=_read_only_map)
    # lower-case capitalised words that are not names ("however")
    not_names: frozenset[str] = attrs.field(converter=_read_only_set)
    # The tables of the titles stage (see docs/titles.md). They default to empty so a Lexicon
    # built by hand with the fields above still works.
    # "defense" -> "Defense"
    title_qualifiers: Mapping[str, str] = attrs.field(factory=_empty_map, converter=_read_only_map)
    # "ex-" -> "former"
    modifiers: Mapping[str, str] = attrs.field(factory=_empty_map, converter=_read_only_map)
    # "mass." -> "Massachusetts"
    us_states: Mapping[str, str] = attrs.field(factory=_empty_map, converter=_read_only_map)
    # "d" -> "Democratic"
    parties: Mapping[str, str] = attrs.field(factory=_empty_map, converter=_read_only_map)
    # "mrs." -> "f"
    honorifics: Mapping[str, str] = attrs.field(factory=_empty_map, converter=_read_only_map)
    # "dean" -> "given-name"
    ambiguous_titles: Mapping[str, str] = attrs.field(factory=_empty_map, converter=_read_only_map)
    # "ministry" -> kind
    organisation_words: Mapping[str, str] = attrs.field(
        factory=_empty_map, converter=_read_only_map
    )
    # lower-case family names written first ("zhou" in "Zhou Minghua")
    surnames_first: frozenset[str] = attrs.field(factory=frozenset, converter=_read_only_set)

    def __reduce__(self) -> tuple[Callable[[dict[str, Any]], Lexicon], tuple[dict[str, Any]]]:
        """Pickle the tables as plain dicts (read-only maps do not pickle); the copy that is
        unpickled (in a worker process, say) is read-only again."""
        tables = {
            field.name: dict(value) if isinstance(value, Mapping) else value
            for field in attrs.fields(Lexicon)
            for value in (getattr(self, field.name),)
        }
        return _lexicon_from_tables, (tables,)

    def extended(
        self,
        *,
        cues: Mapping[str, CueClass] | None = None,
        abbreviations: frozenset[str] | None = None,
        given_names: Mapping[str, str] | None = None,
        group_nouns: Mapping[str, SpeakerKind] | None = None,
        titles: Mapping[str, str] | None = None,
        nationalities: Mapping[str, str] | None = None,
        not_names: frozenset[str] | None = None,
        title_qualifiers: Mapping[str, str] | None = None,
        modifiers: Mapping[str, str] | None = None,
        us_states: Mapping[str, str] | None = None,
        parties: Mapping[str, str] | None = None,
        honorifics: Mapping[str, str] | None = None,
        ambiguous_titles: Mapping[str, str] | None = None,
        organisation_words: Mapping[str, str] | None = None,
        surnames_first: frozenset[str] | None = None,
    ) -> Lexicon:
        """Return a copy with the given entries added (keys are lower-cased)."""
        return attrs.evolve(
            self,
            cues=_merged(self.cues, cues),
            abbreviations=self.abbreviations | {a.lower() for a in abbreviations or ()},
            given_names=_merged(self.given_names, given_names),
            group_nouns=_merged(self.group_nouns, group_nouns),
            titles=_merged(self.titles, titles),
            nationalities=_merged(self.nationalities, nationalities),
            not_names=self.not_names | {word.lower() for word in not_names or ()},
            title_qualifiers=_merged(self.title_qualifiers, title_qualifiers),
            modifiers=_merged(self.modifiers, modifiers),
            us_states=_merged(self.us_states, us_states),
            parties=_merged(self.parties, parties),
            honorifics=_merged(self.honorifics, honorifics),
            ambiguous_titles=_merged(self.ambiguous_titles, ambiguous_titles),
            organisation_words=_merged(self.organisation_words, organisation_words),
            surnames_first=self.surnames_first | {word.lower() for word in surnames_first or ()},
        )


def _lexicon_from_tables(tables: dict[str, Any]) -> Lexicon:
    return Lexicon(**tables)


@functools.cache
def default_lexicon() -> Lexicon:
    """The lexicon shipped in ``quotekit/data``, read on first use and shared afterwards.

    The dotted words of the title and honorific tables ("lt.", "gen.", "atty.") join the
    abbreviations, so the sentence splitter does not end a sentence inside "Lt. Gen. Jane Roe".
    """
    titles = _column_map("titles.tsv")
    honorifics = _column_map("honorifics.tsv")
    listed = read_words("abbreviations.tsv")
    return Lexicon(
        cues=MappingProxyType({row[0].lower(): CueClass(row[1]) for row in read_table("cues.tsv")}),
        abbreviations=listed | _dotted_words(titles, honorifics),
        given_names=MappingProxyType(
            {row[0].lower(): row[1] for row in read_table("given_names.tsv")}
        ),
        group_nouns=MappingProxyType(
            {row[0].lower(): SpeakerKind(row[1]) for row in read_table("group_nouns.tsv")}
        ),
        titles=titles,
        nationalities=MappingProxyType(
            {row[0].lower(): row[1] for row in read_table("nationalities.tsv")}
        ),
        not_names=read_words("not_names.tsv"),
        title_qualifiers=_column_map("title_qualifiers.tsv"),
        modifiers=_column_map("modifiers.tsv"),
        us_states=_column_map("us_states.tsv"),
        parties=_column_map("parties.tsv"),
        honorifics=honorifics,
        ambiguous_titles=_column_map("ambiguous_titles.tsv"),
        organisation_words=_column_map("organisation_words.tsv"),
        surnames_first=read_words("surnames_first.tsv"),
    )
