"""Knowledge of language, as data: each module holds one kind of word and says where its
entries come from; :class:`Lexicon` gathers them, once, into one immutable object that
recognisers receive.

>>> lexicon = Lexicon.default()
>>> "Prime Minister" in lexicon.roles, lexicon.demonyms["Chinese"]
(True, 'China')
>>> police = lexicon.extended(LexiconAdditions(roles=("Insp.",)))
>>> "Insp." in police.roles, "Insp." in lexicon.roles
(True, False)

A wire format extends the default lexicon with its own words
(:attr:`newsmodel.formats.base.WireFormat.lexicon`); the core is not edited.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

import attrs

from . import (
    caption_positions,
    credit_words,
    dateline_words,
    demonyms,
    function_words,
    heads,
    honorifics,
    months,
    particles,
    places,
    roles_en,
    site_labels,
    surnames,
    time_zones,
)

__all__ = ["Lexicon", "LexiconAdditions", "lexicon_with"]


def _words(value: Iterable[str]) -> frozenset[str]:
    return frozenset(value)


def _texts(_: object, attribute: attrs.Attribute[Any], value: Iterable[str]) -> None:
    for word in value:
        if not isinstance(word, str) or not word.strip():
            raise ValueError(
                f"{attribute.name}: every entry must be a non-empty word, got {word!r}"
            )


def _ordered(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _mapping(value: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(value))


def _lower(value: Iterable[str]) -> frozenset[str]:
    return frozenset(word.lower() for word in value)


def _lower_keys(value: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType({key.lower(): form for key, form in value.items()})


def _offsets(value: Mapping[str, int]) -> Mapping[str, int]:
    return MappingProxyType(dict(value))


def _groups(value: Iterable[Iterable[str]]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(group) for group in value)


def _word_groups(
    _: object, attribute: attrs.Attribute[Any], value: Iterable[Iterable[str]]
) -> None:
    for group in value:
        _texts(_, attribute, group)


@attrs.frozen(kw_only=True)
class LexiconAdditions:
    """Words a wire format or a plugin adds to the default lexicon (each field as in :class:`Lexicon`).

    ``LexiconAdditions(name_styles=("Datuk Seri",), roles=("ASP",))``: Bernama's honours, PTI's
    police rank.
    """

    roles: tuple[str, ...] = attrs.field(default=(), converter=tuple, validator=_texts)
    role_nouns: tuple[str, ...] = attrs.field(default=(), converter=tuple, validator=_texts)
    qualifiers: tuple[str, ...] = attrs.field(default=(), converter=tuple, validator=_texts)
    honorifics: tuple[str, ...] = attrs.field(default=(), converter=tuple, validator=_texts)
    name_styles: tuple[str, ...] = attrs.field(default=(), converter=tuple, validator=_texts)
    names_with_honorific: tuple[str, ...] = attrs.field(
        default=(), converter=tuple, validator=_texts
    )
    particles: tuple[str, ...] = attrs.field(default=(), converter=tuple, validator=_texts)
    chinese_surnames: tuple[str, ...] = attrs.field(default=(), converter=tuple, validator=_texts)
    korean_surnames: tuple[str, ...] = attrs.field(default=(), converter=tuple, validator=_texts)
    japanese_surnames: tuple[str, ...] = attrs.field(default=(), converter=tuple, validator=_texts)
    vietnamese_surnames: tuple[str, ...] = attrs.field(
        default=(), converter=tuple, validator=_texts
    )
    not_name_words: tuple[str, ...] = attrs.field(default=(), converter=tuple, validator=_texts)
    demonyms: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=tuple)
    place_words: tuple[str, ...] = attrs.field(default=(), converter=tuple, validator=_texts)
    not_places: tuple[str, ...] = attrs.field(default=(), converter=tuple, validator=_texts)
    byline_roles: tuple[str, ...] = attrs.field(default=(), converter=tuple, validator=_texts)
    #: Credit qualifiers, each with the form kept (``("archive", "File")``).
    credit_qualifiers: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=tuple)
    site_labels: tuple[str, ...] = attrs.field(default=(), converter=tuple, validator=_texts)
    caption_positions: tuple[str, ...] = attrs.field(default=(), converter=tuple, validator=_texts)


# eq=False: a lexicon is compared and hashed by identity, so what is derived from it (compiled
# patterns) is cached per lexicon object, built once.
@attrs.frozen(kw_only=True, eq=False)
class Lexicon:
    """Every word list the recognisers read, immutable; build it with :meth:`default` and
    :meth:`extended`, never per story."""

    #: Roles before a name or heading an apposition (``Vice Premier``, ``director``).
    roles: frozenset[str] = attrs.field(converter=_words, validator=_texts)
    #: Words that qualify a role (``Vice``, ``former``).
    qualifiers: frozenset[str] = attrs.field(converter=_words, validator=_texts)
    #: Lowercase words that open a title extended back (``former``, ``company``).
    leading_qualifiers: frozenset[str] = attrs.field(converter=_words, validator=_texts)
    #: Role nouns right before a name, lower case (``analyst``, ``coach``).
    role_nouns: frozenset[str] = attrs.field(converter=_words, validator=_texts)
    #: Role nouns of several words (``tight end``).
    role_phrases: frozenset[str] = attrs.field(converter=_words, validator=_texts)
    #: Roles whose own name holds ``of`` (``head of government``), in the order they are tried.
    roles_with_of: tuple[str, ...] = attrs.field(converter=_ordered, validator=_texts)
    #: Titles of several people at once (``sens.``).
    plural_roles: frozenset[str] = attrs.field(converter=_words, validator=_texts)
    #: Courtesy titles (``Mr.``, ``Ms.``).
    honorifics: frozenset[str] = attrs.field(converter=_words, validator=_texts)
    #: Styles before a name, kept apart from it as honorifics (``Datuk Seri``, ``Dr.``, ``Sheikh``).
    name_styles: frozenset[str] = attrs.field(converter=_words, validator=_texts)
    #: Names that open with a word that is elsewhere a style (``Sheikh Hasina``).
    names_with_honorific: frozenset[str] = attrs.field(converter=_words, validator=_texts)
    #: Demonym -> country (``Chinese`` -> ``China``).
    demonyms: Mapping[str, str] = attrs.field(converter=_mapping)
    #: Particles kept inside a name (``von``, ``bin``), and those that make a patronymic.
    particles: frozenset[str] = attrs.field(converter=_words, validator=_texts)
    patronymic_particles: frozenset[str] = attrs.field(converter=_words, validator=_texts)
    #: Family names that may be written first, by tradition.
    chinese_surnames: frozenset[str] = attrs.field(converter=_words, validator=_texts)
    korean_surnames: frozenset[str] = attrs.field(converter=_words, validator=_texts)
    japanese_surnames: frozenset[str] = attrs.field(converter=_words, validator=_texts)
    vietnamese_surnames: frozenset[str] = attrs.field(converter=_words, validator=_texts)
    #: Generational suffixes and regnal numerals (``Jr.``, ``XIV``).
    generational_suffixes: frozenset[str] = attrs.field(converter=_words, validator=_texts)
    regnal_numerals: frozenset[str] = attrs.field(converter=_words, validator=_texts)
    #: Capitalised words that make a run of words no person's name (``River``, ``Ministry``).
    not_name_words: frozenset[str] = attrs.field(converter=_words, validator=_texts)
    #: Words that end an organisation's or a place's name (``Affairs``, ``Agency``, ``Province``).
    organisation_ends: frozenset[str] = attrs.field(converter=_words, validator=_texts)
    #: Capitalised words that never qualify a title (sentence openers, months, weekdays).
    not_modifiers: frozenset[str] = attrs.field(converter=_words, validator=_texts)
    #: Words that open a clause, and the other function words (``whether``, ``the``).
    clause_openers: frozenset[str] = attrs.field(converter=_words, validator=_texts)
    function_words: frozenset[str] = attrs.field(converter=_words, validator=_texts)
    #: Participles that qualify a role (``acting``), and words that open a second title.
    qualifying_participles: frozenset[str] = attrs.field(converter=_words, validator=_texts)
    second_title_openers: frozenset[str] = attrs.field(converter=_words, validator=_texts)
    #: The commonest words before a capital, which a scan for names passes over.
    common_words: tuple[str, ...] = attrs.field(converter=_ordered, validator=_texts)
    #: Month and weekday words, one group a month (January first) and a day (Monday first), as
    #: :class:`~newsmodel.lexicon.months.WireParserInfo` reads them.
    months: tuple[tuple[str, ...], ...] = attrs.field(converter=_groups, validator=_word_groups)
    weekdays: tuple[tuple[str, ...], ...] = attrs.field(converter=_groups, validator=_word_groups)
    #: Place words a dateline may open with in title case (``Riyadh``), lower case.
    place_words: frozenset[str] = attrs.field(converter=_lower, validator=_texts)
    #: Lower-case words inside a place name (``Rio de Janeiro``).
    place_joiners: frozenset[str] = attrs.field(converter=_lower, validator=_texts)
    #: Labels in capitals that open a paragraph and are no place (``FILE``, ``UPDATE``).
    not_places: frozenset[str] = attrs.field(converter=_words, validator=_texts)
    #: Words that make a byline's last chunk a role (``writer``), lower case.
    byline_roles: frozenset[str] = attrs.field(converter=_lower, validator=_texts)
    #: A credit's qualifiers, lower case, and the form kept (``file photo`` -> ``File``).
    credit_qualifiers: Mapping[str, str] = attrs.field(converter=_lower_keys)
    #: Site and section labels a web page prints above a story (``World``), lower case.
    site_labels: frozenset[str] = attrs.field(converter=_lower, validator=_texts)
    #: Time-zone abbreviations and their offsets from UTC in minutes (``EST`` -> -300).
    time_zones: Mapping[str, int] = attrs.field(converter=_offsets)
    #: Where a caption says a person stands (``center``, ``C``, ``2nd R``), lower case: not a name
    #: and not a title.
    caption_positions: frozenset[str] = attrs.field(converter=_lower, validator=_texts)
    #: Given names that, standing second, show a name written family name first (Hungarian).
    hungarian_given_names: frozenset[str] = attrs.field(
        default=frozenset(), converter=_words, validator=_texts
    )

    @staticmethod
    @functools.cache
    def default() -> Lexicon:
        """The lexicon of the data modules, built once."""
        return Lexicon(
            roles=roles_en.ROLES,
            qualifiers=roles_en.QUALIFIERS,
            leading_qualifiers=roles_en.LEADING_QUALIFIERS,
            role_nouns=roles_en.ROLE_NOUNS,
            role_phrases=roles_en.ROLE_PHRASES,
            roles_with_of=roles_en.ROLES_WITH_OF,
            plural_roles=roles_en.PLURAL_ROLES,
            honorifics=honorifics.COURTESY_TITLES,
            name_styles=honorifics.NAME_STYLES,
            names_with_honorific=honorifics.NAMES_WITH_HONORIFIC,
            demonyms=demonyms.DEMONYMS,
            particles=particles.PARTICLES,
            patronymic_particles=particles.PATRONYMIC_PARTICLES,
            chinese_surnames=surnames.CHINESE_SURNAMES,
            korean_surnames=surnames.KOREAN_SURNAMES,
            japanese_surnames=surnames.JAPANESE_SURNAMES,
            vietnamese_surnames=surnames.VIETNAMESE_SURNAMES,
            generational_suffixes=particles.GENERATIONAL_SUFFIXES,
            regnal_numerals=particles.REGNAL_NUMERALS,
            not_name_words=(
                *function_words.PRONOUNS_AND_DETERMINERS,
                *heads.PLACE_HEADS,
                *heads.ORGANISATION_HEADS,
                *heads.ORGANISATION_ENDS,
                *heads.EVENT_HEADS,
                *heads.PLACE_QUALIFIERS,
                *heads.POLITICAL_WORDS,
                *function_words.TITLE_WORDS,
                *months.WEEKDAY_NAMES,
            ),
            organisation_ends=(
                *heads.PLACE_HEADS,
                *heads.ORGANISATION_HEADS,
                *heads.ORGANISATION_ENDS,
            ),
            not_modifiers=(
                *function_words.SENTENCE_OPENERS,
                *months.WEEKDAY_NAMES,
                *months.MONTH_NAMES,
            ),
            clause_openers=function_words.CLAUSE_OPENERS,
            function_words=(*function_words.CLAUSE_OPENERS, *function_words.FUNCTION_WORDS),
            qualifying_participles=function_words.QUALIFYING_PARTICIPLES,
            second_title_openers=function_words.SECOND_TITLE_OPENERS,
            common_words=function_words.COMMON_WORDS,
            months=months.WireParserInfo.MONTHS,
            weekdays=months.WireParserInfo.WEEKDAYS,
            place_words=places.PLACE_WORDS,
            place_joiners=dateline_words.PLACE_JOINERS,
            not_places=dateline_words.NOT_PLACES,
            byline_roles=credit_words.BYLINE_ROLES,
            credit_qualifiers=credit_words.CREDIT_QUALIFIERS,
            site_labels=site_labels.SITE_LABELS,
            time_zones=time_zones.ZONES,
            caption_positions=caption_positions.POSITIONS,
            hungarian_given_names=surnames.HUNGARIAN_GIVEN_NAMES,
        )

    def extended(self, additions: LexiconAdditions) -> Lexicon:
        """This lexicon with ``additions`` added: a new object (build it once, not per story)."""
        changes: dict[str, object] = {
            field.name: getattr(self, field.name) | frozenset(getattr(additions, field.name))
            for field in attrs.fields(LexiconAdditions)
            if field.name not in _PAIRS and getattr(additions, field.name)
        }
        for name in _PAIRS:
            if getattr(additions, name):
                changes[name] = {**getattr(self, name), **dict(getattr(additions, name))}
        return attrs.evolve(self, **changes)  # type: ignore[arg-type]


# The additions given as pairs, which extend a mapping.
_PAIRS = ("demonyms", "credit_qualifiers")


@functools.cache
def lexicon_with(additions: LexiconAdditions | None) -> Lexicon:
    """The default lexicon extended by ``additions`` (a wire format's), built once for each."""
    default = Lexicon.default()
    return default if additions is None else default.extended(additions)
