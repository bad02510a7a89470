"""Name particles and name suffixes: the small words kept inside a name (data).

Where the entries come from: the nobiliary and patronymic particles of Wikipedia's "Nobiliary
particle" and "Patronymic" articles (Dutch ``van``, German ``von``, Romance ``de``/``da``/``del``/
``di``/``la``/``le``, Arabic ``al``/``el``, Malay ``bin``/``binti``/``bint``); generational
suffixes as the AP Stylebook's "junior, senior" entry writes them; regnal numerals as Roman
numerals (Wikipedia, "Regnal number"), up to the highest in use (``Louis XVIII``; popes to ``XXIII``).
"""

from __future__ import annotations

__all__ = ["GENERATIONAL_SUFFIXES", "PARTICLES", "PATRONYMIC_PARTICLES", "REGNAL_NUMERALS"]

# Particles kept inside a name, lower case as written inside it (``Ursula von der Leyen``).
PARTICLES: tuple[str, ...] = (
    "bin",
    "binti",
    "bint",
    "al",
    "Al",  # Gulf family names: ``Mohamed bin Zayed Al Nahyan``
    "el",
    "van",
    "von",
    "de",
    "da",
    "del",
    "der",
    "di",
    "la",
    "le",
)

# Particles that join a given name to the father's name (Malay, Arabic): ``Anwar bin Ibrahim``.
PATRONYMIC_PARTICLES: tuple[str, ...] = ("bin", "binti", "bint")

# Generational suffixes after a family name: ``Robert Casey Jr.``.
GENERATIONAL_SUFFIXES: tuple[str, ...] = ("Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV")


def _roman(number: int) -> str:
    digits = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = []
    for value, letters in digits:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


# Regnal numerals after a monarch's or pope's name: ``Felipe VI``, ``Leo XIV``, ``Louis XVIII``.
REGNAL_NUMERALS: tuple[str, ...] = tuple(_roman(n) for n in range(1, 24))
