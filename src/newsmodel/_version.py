"""The version of newsmodel: the one place it is written (hatch reads it for the package's metadata).

A constant, so ``import newsmodel`` does not pay for :mod:`importlib.metadata` to learn it.
"""

__version__ = "0.1.0"
