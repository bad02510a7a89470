"""English titles and role nouns, as wire copy writes them before a name or after it (data).

Where the entries come from: the titles and role words of English-language wire copy (AP, Reuters,
Xinhua, Bernama, PTI, Yonhap) as the AP Stylebook's "titles" and "abbreviations" entries list them
(``Sen.``, ``Rep.``, ``Gov.``, ``Lt. Gov.``, military ranks), completed with the role nouns the
development corpus shows before names. Kept as data in the manner of python-nameparser's
``config/titles.py``: add words here, not code. Entries whose reading is not obvious carry a comment.
"""

from __future__ import annotations

__all__ = [
    "LEADING_QUALIFIERS",
    "PLURAL_ROLES",
    "QUALIFIERS",
    "ROLES",
    "ROLES_WITH_OF",
    "ROLE_NOUNS",
    "ROLE_PHRASES",
]

# Roles that stand before a name (``Vice Premier Zhang Guoqing``) or head an apposition
# (``Lyu Daliang, director of ...``). Matched case-insensitively after a name, as written before
# one; the capitalised entries are the ones looked for before a name.
ROLES: tuple[str, ...] = (
    "Premier",
    "Prime Minister",
    "President",
    "Vice President",
    "Chancellor",
    "Vice-Chancellor",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Emperor",
    "Pope",
    "Foreign Minister",
    "Defense Minister",
    "Defence Minister",
    "Finance Minister",
    "Interior Minister",
    "Economy Minister",
    "Trade Minister",
    "Health Minister",
    "Minister",
    "State Councilor",
    "Secretary of State",
    "Secretary-General",
    "Secretary General",
    "Defense Secretary",
    "Treasury Secretary",
    "Secretary",
    "Ambassador",
    "Envoy",
    "Adviser",  # ``National Security Adviser``, ``Trade Adviser``
    "Advisor",
    "Senator",
    "Sen.",
    "Sens.",
    "Rep.",
    "Reps.",
    "Representative",
    "Congressman",
    "Congresswoman",
    "Speaker",
    "Governor",
    "Gov.",
    "Lt. Gov.",
    "Mayor",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Director",
    "Director-General",
    "Director General",
    "Commissioner",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Judge",
    "Justice",
    "Chief Justice",
    "Attorney General",
    "Prosecutor",
    "General",
    "Gen.",
    "Lt. Gen.",
    "Maj. Gen.",
    "Brig. Gen.",
    "Col.",
    "Lt. Col.",
    "Capt.",
    "Admiral",
    "Adm.",
    "Commander",
    "Chief Executive",
    "CEO",
    "Chief Economist",
    "Economist",
    "Coach",
    "Professor",
    "Prof.",
    "Sheriff",
    "Police Chief",
    "Detective",
    "Sgt.",
    # Indian police rank (Assistant Superintendent of Police) in PTI copy.
    "ASP",
    "Member",
    "member",
    "head",
    # Gulf and Muslim offices, lower case only: ``Amir`` and ``Ruler`` also open given names.
    "ruler",
    "amir",
    "emir",
    "mufti",
    "chief",
    "director",
    "deputy director",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "expert",
    "researcher",
    "professor",
    "analyst",
    "economist",
    "chairman",
    "chairwoman",
    "president",
    "vice president",
    "vice premier",
    "premier",
    "minister",
    "vice minister",
    "deputy minister",
    "secretary",
    "ambassador",
    "counselor",
    "counsellor",
    "principal",
    "representative",
    "envoy",
    "governor",
    "mayor",
    "official",
    "officer",
    "founder",
    "co-founder",
    "manager",
    "general manager",
    "executive",
    "leader",
    "commander",
    "coordinator",
    "adviser",
    "advisor",
    "consul",
    "consul general",
    "dean",
    "editor",
    "correspondent",
    "lawmaker",
    "senator",
)

# Words that qualify a role: ``Vice Premier``, ``former President``, ``acting Director``.
QUALIFIERS: tuple[str, ...] = (
    "Vice",
    "Deputy",
    "Acting",
    "acting",
    "Former",
    "former",
    "Senior",
    "senior",
    "Executive",
    "Managing",  # ``Managing Director``, ``Managing Editor``
    "Assistant",
    "First",
    "Under",
    "Associate",
    "Chief",
    "then-",
    "outgoing",
    "incoming",
    "Permanent",
)

# Lowercase words that may open a title before a name and are read as part of it when the title
# is extended back: ``former President``, ``senior SPD member``, ``company CEO``.
LEADING_QUALIFIERS: tuple[str, ...] = tuple(
    """
    former senior interim acting assistant deputy opposition company then-president outgoing
    incoming principal chief executive retired
    """.split()
)

# Role nouns that stand right before a name with whatever qualifies them before (``Commerzbank
# analyst Carsten Fritsch``, ``Rams coach Sean McVay``, ``planetary geologist Rosaly Lopes``):
# the name is found first, then the word before it is looked up here (in lower case).
ROLE_NOUNS: tuple[str, ...] = tuple(
    """
    analyst trader strategist economist geologist scientist co-author fellow researcher professor
    oceanographer meteorologist forecaster expert boss worker employee defendant lawyer attorney
    hopeful adviser advisor envoy figure leader activist spokesman spokeswoman spokesperson official
    coach quarterback punter kicker guard center centre forward striker goalkeeper pitcher rusher
    businessman businesswoman entrepreneur chair chairman chairwoman founder co-founder ceo cfo coo
    hairstylist oncologist surgeon doctor nurse physician director manager executive president
    secretary minister premier senator sen. sens. rep. reps. gov. governor mayor chief judge
    ambassador commissioner superintendent sheriff captain capt. lt. col. gen. colonel general
    curator historian author writer novelist singer actor actress producer artist
    painter sculptor poet playwright composer pianist violinist conductor musician dancer
    photographer filmmaker architect designer
    member cornerback linebacker receiver safety tackle co-litigant evp svp vp
    """.split()
)

# Role nouns of several words, read like ROLE_NOUNS: ``Chiefs tight end Travis Kelce``.
ROLE_PHRASES: tuple[str, ...] = (
    "tight end",
    "running back",
    "wide receiver",
    "point guard",
    "chief of staff",
    "press secretary",
)

# Roles whose own name holds ``of``: a title is not cut there into role and organisation
# (``the city's head of government``: role ``head of government``, organisation ``city``).
ROLES_WITH_OF: tuple[str, ...] = (
    "head of government",
    "head of state",
    "chief of staff",
    "secretary of state",
    "minister of state",
    "chief of police",
)

# Titles that speak of several people at once: ``Sens. Cory Booker and Kamala Harris``.
PLURAL_ROLES: tuple[str, ...] = tuple("sens. reps. govs. senators ministers leaders".split())
