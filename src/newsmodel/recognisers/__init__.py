"""The recognisers: each reads one kind of part from a story's blocks.

- :mod:`~newsmodel.recognisers.datelines` reads a dateline (the grammar, and a format's hook);
- :mod:`~newsmodel.recognisers.captions` groups photo captions and reads their credits;
- :mod:`~newsmodel.recognisers.people` finds people: its candidates, titles, names and mentions,
  each a module of its own, with the words of a :class:`~newsmodel.lexicon.Lexicon`;
- :mod:`~newsmodel.recognisers.times` finds time expressions, resolved with
  :mod:`~newsmodel.recognisers.dates`;
- :mod:`~newsmodel.recognisers.furniture` tells a headline from site furniture and reads
  publication lines.

They read the story's blocks and the wire format's data and return parts for the pipeline
(:mod:`newsmodel.pipeline`) to build into validated models; none of them builds an article.
"""
