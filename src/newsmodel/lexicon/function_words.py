"""English function words: articles, pronouns, prepositions, conjunctions and sentence openers (data).

Where the entries come from: the closed word classes of English (determiners, pronouns,
prepositions, conjunctions, auxiliaries) as any English grammar lists them (e.g. the Cambridge
Grammar of the English Language), and the sentence adverbs wire copy opens a sentence with
(``Meanwhile``, ``Separately``). The people recogniser uses them to tell a title's qualifier from
the words around it.
"""

from __future__ import annotations

__all__ = [
    "CLAUSE_OPENERS",
    "COMMON_WORDS",
    "FUNCTION_WORDS",
    "PRONOUNS_AND_DETERMINERS",
    "QUALIFYING_PARTICIPLES",
    "SECOND_TITLE_OPENERS",
    "SENTENCE_OPENERS",
    "TITLE_WORDS",
]

# Capitalised pronouns, articles and prepositions: they may stand in a run of capitalised words
# (``The Hague``, ``In Beijing``), never as a name's own word.
PRONOUNS_AND_DETERMINERS: tuple[str, ...] = tuple(
    """
    The A An In On At For From With By This That These Those It Its He She They We His Her Their
    """.split()
)

# Capitalised words that open a sentence, never a title's own qualifier: the above, conjunctions
# and sentence adverbs (``Meanwhile``, ``Separately``).
SENTENCE_OPENERS: tuple[str, ...] = PRONOUNS_AND_DETERMINERS + tuple(
    """
    But And Yet Also Meanwhile However When While After Before As If So Then Now Still Last Next
    Later Earlier Separately Instead Elsewhere Today Yesterday Besides Like Unlike Among
    """.split()
)

# Titles and courtesy titles that, inside a run of capitalised words, show it is not a bare name.
TITLE_WORDS: tuple[str, ...] = tuple(
    "Mr. Mrs. Ms. Dr. Sen. Rep. Gov. Gen. President Premier Minister Chancellor Secretary".split()
)

# Words that open a clause: a role phrase before a name never reaches back over them.
CLAUSE_OPENERS: tuple[str, ...] = tuple(
    """
    whether that which who whom whose when while where if because although though as than said
    says told tells added by with from to into is was were are be been has have had will would
    can could may might should must did does do
    """.split()
)

# Lowercase words that never qualify a role before a name (besides the clause openers): articles,
# pronouns, prepositions, conjunctions and the like (``said analyst Jane Doe``: no title ``said``).
FUNCTION_WORDS: tuple[str, ...] = tuple(
    """
    a an the this these those his her their its our my your what at for in of on onto without
    about after before against among between during under over then and or but nor so yet also
    not no being shall say asked according including like such both another other each every
    many some any all most more fellow why how unless today yesterday tomorrow tonight
    """.split()
)

# Words in -ed or -ing that qualify a role rather than open a clause.
QUALIFYING_PARTICIPLES: tuple[str, ...] = tuple(
    "retired acting outgoing incoming ruling governing reigning".split()
)

# Words that open a second title after ``and`` in an apposition (``... and former senator``).
SECOND_TITLE_OPENERS: tuple[str, ...] = tuple("a an the former also".split())

# Words that most often stand before a capital in news prose (``of China``, ``said Smith``,
# ``The`` opening a sentence): a scan for names after role nouns passes over them.
COMMON_WORDS: tuple[str, ...] = tuple(
    """
    a of in to at on by as is an the and for was are has his her its from with said says told when
    that were have east west north south but so if out than over about after before since while
    like former between their whether The In On An About
    """.split()
)
