"""What the people recogniser derives from a :class:`~newsmodel.lexicon.Lexicon`: its word sets
and compiled patterns, built once per lexicon (:func:`rules_for`) and reused for every story."""

from __future__ import annotations

import functools
import re

from ..._regex import words, words_by_initial
from ...lexicon import Lexicon
from ...text import Block

__all__ = ["APPOSITION", "Rules", "capitals_open_sentences", "rules_for"]

# One word of a name: ``Zhang``, ``Jee-ho``, ``O'Brien``, ``McCain``, ``MacLeod``, ``DeSantis``.
_NAME_WORD = r"(?:Mc|Mac|De|Di|La|Le)?[A-Z][a-zà-ÿ'’]+(?:-[A-Za-z][a-zà-ÿ'’]+)?"
# Initials that open a name: ``K. Annamalai``, ``R.N. Ravi``, ``T.C.`` in ``Henry T.C. Wu``.
_INITIALS = r"(?:[A-Z]\.){1,3}"
# Apposition: ``, also a member of ... ,`` -- up to the next comma or semicolon outside brackets,
# or a full stop that ends a sentence (not the one of ``U.S.``). Runs of plain characters are
# taken whole, so the engine does not stop at every character; its length is checked after.
APPOSITION = (
    r",\s(?:also\s)?(?:(?:a|an|the)\s)?"
    r"(?P<appos>(?:[^,;().]++|\.(?![\s\"”]|$)|\([^()]*+\))++)(?=[,;]|\.(?:[\s\"”]|$))"
)
# What an honorific standing before a mention is not written right after (``H.H.``).
_IN_WORD = r"[\w.]"
# What may stand before a word that opens a sentence (see titles.opens_sentence).
SENTENCE_STOPS = '.!?:;"”'


class Rules:
    """The word sets and patterns of one lexicon, as the people recogniser reads them."""

    __slots__ = (
        "after_lowercase",
        "apposed",
        "capital_roles",
        "clause_openers",
        "comma_suffix",
        "demonyms",
        "first_family_names",
        "function_words",
        "honorific_before",
        "honorific_item",
        "honorific_reach",
        "honorific_words",
        "leading_qualifiers",
        "lexicon",
        "name_after_role",
        "name_and",
        "name_starts",
        "name_then",
        "names_with_honorific",
        "not_modifiers",
        "not_names",
        "organisation_ends",
        "particle_words",
        "plural_roles",
        "position_words",
        "positioned",
        "qualifying",
        "role_ends",
        "role_nouns",
        "role_phrase_ends",
        "role_phrases",
        "role_words",
        "roles_with_of",
        "second_title_openers",
        "style_starts",
        "styled",
        "styles",
        "title_starts",
        "titled",
    )

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        # (Each alternation of words is grouped by first letter: where the words may stand, the
        # engine tries the group of that letter, not each word in turn; find_people 0.6% fewer
        # instructions.)
        particle = rf"(?:{words_by_initial(lexicon.particles)})\s|al-|el-|Al-"
        # A further word of a name, after initials or particles: `` J. Smith``, `` von der Leyen``.
        # (no ``Jr``: a suffix, read apart below)
        no_suffix = rf"(?!(?:{words_by_initial(lexicon.generational_suffixes)})(?![a-z]))"
        name_next = rf"\s(?:{_INITIALS}\s)?+(?>(?:{particle}){{0,2}}){no_suffix}{_NAME_WORD}"
        # Further words joined by a particle: `` bin Rashid Al Maktoum``.
        joined = rf"(?:\s(?>(?:{particle}){{1,2}}){_NAME_WORD}){{0,2}}"
        # What may end a name: a generational suffix or a regnal numeral (``Casey Jr.``, ``Felipe VI``),
        # set off by a comma or not (not ``I``: after a name it is more often the pronoun). Behind
        # a comma (``Casey, Jr.``) it is looked for alone too: a name may run on past that comma.
        # (built twice, once a lexicon: one statement fewer in a constructor at its bound)
        self.comma_suffix = re.compile("," + _suffix_after(lexicon))
        suffix = rf"(?:,?{_suffix_after(lexicon)})?"
        name = (
            rf"(?:{_INITIALS}\s{_NAME_WORD}(?:{name_next}){{0,2}}"
            rf"|{_NAME_WORD}(?:{name_next}){{1,2}}){joined}{suffix}"
        )
        # After a title a name may be one word (``British Prime Minister Cameron``).
        name_or_word = rf"(?:{_INITIALS}\s)?+{_NAME_WORD}(?:{name_next}){{0,2}}{joined}{suffix}"
        pre_roles = words_by_initial(r for r in lexicon.roles if r[0].isupper())
        title = (
            rf"(?:(?P<country>{words_by_initial(lexicon.demonyms)})\s)?"
            rf"(?:(?:{words_by_initial(lexicon.qualifiers)})\s)*(?:{pre_roles})"
        )
        # Courtesy titles and styles before a name, kept apart from it (``His Highness Sheikh``).
        honorific_word = rf"(?:(?:{words_by_initial(lexicon.honorifics | lexicon.name_styles)})\s)"
        honorific = rf"(?P<honorifics>{honorific_word}{{0,3}})"
        self.demonyms: dict[str, str] = dict(lexicon.demonyms)  # (a dict reads faster than a proxy)
        self.particle_words = lexicon.particles
        # One-word capitalised roles that may be held ``of``/``to``/``for`` something.
        self.capital_roles = frozenset(r for r in lexicon.roles if r[0].isupper() and " " not in r)
        # What may end the organisation or country a role is held in: ``Affairs``, ``Australia``.
        self.organisation_ends = lexicon.organisation_ends | frozenset(lexicon.demonyms.values())
        self.styles = lexicon.name_styles
        self.names_with_honorific = lexicon.names_with_honorific
        # The most words a caption's position has (``2nd from left``): a longer phrase is none.
        self.position_words = max((len(p.split()) for p in lexicon.caption_positions), default=0)
        # Every word of an honorific: a name's start is looked for back over them.
        self.honorific_words = frozenset(
            w for h in lexicon.honorifics | lexicon.name_styles for w in h.split()
        )
        self.role_nouns = lexicon.role_nouns
        self.role_phrases = lexicon.role_phrases
        self.roles_with_of = lexicon.roles_with_of
        self.plural_roles = lexicon.plural_roles
        self.not_names = lexicon.not_name_words
        self.not_modifiers = lexicon.not_modifiers
        self.leading_qualifiers = lexicon.leading_qualifiers
        self.clause_openers = lexicon.clause_openers
        self.function_words = lexicon.function_words
        self.qualifying = lexicon.qualifying_participles
        self.second_title_openers = lexicon.second_title_openers
        # One honorific among those written before a name.
        self.honorific_item = re.compile(words(lexicon.honorifics | lexicon.name_styles))
        # A courtesy title right before a later mention: ``Mr. Stegner`` (styles too: ``Dr. Marsh``,
        # ``Datuk Seri Azman``), looked for this far back. (The look-behind follows each first
        # letter: the search skips to those letters, where it tried every character of its reach.)
        self.honorific_before = re.compile(
            rf"(?:{words_by_initial(lexicon.honorifics | lexicon.name_styles, not_after=_IN_WORD)})"
            r"\s\Z"
        )
        self.honorific_reach = 1 + max(map(len, lexicon.honorifics | lexicon.name_styles))
        # Both are tried only at a capitalised word (see candidates), never over the whole text.
        self.titled = re.compile(
            rf"(?P<title>{title})\s{honorific}(?P<name>{name_or_word})(?:{APPOSITION})?"
        )
        # Honorifics alone before a name: ``His Highness Sheikh ...``, ``Dr. Helen Marsh``.
        self.styled = re.compile(
            rf"(?P<honorifics>{honorific_word}{{1,3}})(?P<name>{name_or_word})(?:{APPOSITION})?"
        )
        # (honorifics before it are ``styled``'s: a start is tried with that first)
        self.apposed = re.compile(rf"(?P<name>{name}){APPOSITION}")
        # The words a title can begin with, as a paragraph's word set holds them (no final full
        # stop): where ``titled`` is worth trying.
        self.title_starts = frozenset(
            phrase.split()[0].rstrip(".")
            for phrase in (
                *lexicon.demonyms,
                *lexicon.qualifiers,
                *lexicon.roles,
            )
            if phrase[0].isupper()
        )
        # The words honorifics begin with (no full stop): where ``styled`` is worth trying.
        self.style_starts = frozenset(
            h.split()[0].rstrip(".") for h in lexicon.honorifics | lexicon.name_styles
        )
        self.name_starts = self.title_starts | self.style_starts
        self.role_words = (
            frozenset(w.lower() for r in lexicon.roles for w in r.split() if len(w) > 2)
            | lexicon.role_nouns
        ) - {"of", "the"}
        # A name standing right after a role noun: one to three words (``President Reagan`` too).
        self.name_after_role = re.compile(rf"{honorific}(?P<name>{name_or_word})(?:{APPOSITION})?")
        # The last words of the role phrases: only after one of them is a phrase looked for.
        self.role_phrase_ends = frozenset(p.rsplit(None, 1)[-1] for p in lexicon.role_phrases)
        # The words a role can end with, lowercased: any other word is rejected with one look-up.
        self.role_ends = frozenset(
            word.lower() for word in lexicon.role_nouns | self.role_phrase_ends
        )
        # A capital letter right after a lowercase word: where a name may follow a role noun.
        # (the commonest words before a capital that never end a role are passed over in C)
        self.after_lowercase = _after_lowercase(
            [w for w in lexicon.common_words if w not in self.role_ends]
        )
        # A name right before ``and`` and the name a search ends at: the first of a list of two.
        self.name_and = re.compile(rf"(?<![\w\-])(?P<name>{name})\sand\s\Z")
        # A name, then what follows a name set off after a role phrase: a comma, a full stop, a report.
        self.name_then = re.compile(rf"(?P<name>{name})(?=,|\.|\s(?:said|says|told|added)\b)")
        # A name, then where a caption says the person stands: ``Han Duck-soo (C)``, ``(2nd R)``
        # (what the brackets hold is checked against ``caption_positions`` after).
        self.positioned = re.compile(rf"(?P<name>{name})\s\((?P<position>[^()]{{1,20}})\)")
        # The family names that may be written first: a name opening with any other is given first.
        self.first_family_names = (
            lexicon.chinese_surnames
            | lexicon.japanese_surnames
            | lexicon.korean_surnames
            | lexicon.vietnamese_surnames
        )

    def patterns(self) -> dict[str, re.Pattern[str]]:
        """Every compiled pattern, by name (for the linear-time check)."""
        return {
            "honorific_before": self.honorific_before,
            "honorific_item": self.honorific_item,
            "titled": self.titled,
            "apposed": self.apposed,
            "comma_suffix": self.comma_suffix,
            "styled": self.styled,
            "name_after_role": self.name_after_role,
            "after_lowercase": self.after_lowercase,
            "name_and": self.name_and,
            "name_then": self.name_then,
            "positioned": self.positioned,
        }


def _suffix_after(lexicon: Lexicon) -> str:
    """The pattern of a name's suffix or regnal numeral after the name's last word and a space."""
    ending = words_by_initial(
        w for w in (*lexicon.generational_suffixes, *lexicon.regnal_numerals) if w != "I"
    )
    return rf"\s(?:{ending})(?![\w.]|\.\w)"


def _after_lowercase(never_roles: list[str]) -> re.Pattern[str]:
    """The pattern of a capital letter right after a lowercase word that is not one of
    ``never_roles``.

    The literal space first makes the scan fast; the capital is checked next (most spaces are
    followed by a lowercase letter, so most tries end there), then the look-behinds check the
    letter before the space and pass over ``never_roles`` and over capitalised words (``Vice
    Premier``, ``Party Chief``) that do not open a sentence: only there is a capitalised word a
    role noun (``Employee Steve Castro``).
    """
    return re.compile(
        r" [A-Z](?<=[a-z] .)"
        + "".join(
            rf"(?<! (?:{'|'.join(group)}) .)"
            for size in sorted({len(w) for w in never_roles})
            if (group := [w for w in never_roles if len(w) == size])
        )
        + "".join(rf"(?<![^{SENTENCE_STOPS}] [A-Z][a-z]{{{n}}} .)" for n in range(1, 12))
    )


# A full stop before a space and a capital: where a sentence after the first opens (a full stop
# first: the scan runs at C speed between full stops, rarer than the spaces that lead
# ``after_lowercase``).
_SENTENCE_OPENING = re.compile(r"\.(?= [A-Z])")


def capitals_open_sentences(block: Block) -> bool:
    """Whether every capitalised word of ``block`` but one at its start opens a sentence after a
    full stop and a space: then no capital follows a lowercase word, and ``after_lowercase``
    finds nothing (a scan of the full stops is cheaper: body paragraph 106K -> 103K instructions)."""
    text = block.text
    return block.capitals - ("A" <= text[:1] <= "Z") == len(_SENTENCE_OPENING.findall(text))


@functools.cache
def rules_for(lexicon: Lexicon) -> Rules:
    """The rules of ``lexicon``, built on first use and kept (lexicons are few and long-lived)."""
    return Rules(lexicon)
