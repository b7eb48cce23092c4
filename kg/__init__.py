"""kg — a knowledge graph of Chinese regional-policy newsletters.

``import kg`` stays light: heavy libraries (spaCy, pyvis, rdflib) are imported
by the modules that need them, so the CLI starts fast.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["__version__", "BUNDLED_CORPUS", "DEFAULT_GRAPH_JSON"]

__version__ = "0.1.0"

#: The sample newsletters shipped with the package (see ``kg/data/corpus/README.md``).
BUNDLED_CORPUS = Path(__file__).parent / "data" / "corpus"

#: Where the lookups and queries read a build by default (``kg build`` writes into ``exports/``).
DEFAULT_GRAPH_JSON = Path("exports") / "graph.json"
