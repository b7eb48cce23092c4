"""The pieces of the segmenter, each a decision a reader can find by name.

:mod:`kg.headlines` (readings of a file as items by their headlines) and :mod:`kg.segment` (the choice between
readings, articles) are built from these; imports run one way, down this list:

- :mod:`~kg.segmenting.records` — headline candidates, items, readings;
- :mod:`~kg.segmenting.furniture` — mastheads, issue lines, running headers, rules, back matter;
- :mod:`~kg.segmenting.marks` — headline shape: a line's form and marks, sections, metadata lines, decks;
- :mod:`~kg.segmenting.candidates` — which lines could head an item;
- :mod:`~kg.segmenting.item_lines` — which lines around the headlines belong to each item;
- :mod:`~kg.segmenting.item_scores` — how well a run of items reads as a digest;
- (:mod:`kg.headlines`, :mod:`kg.run_in`)
- :mod:`~kg.segmenting.drafts` — draft items and layout options, cutting lines into items;
- :mod:`~kg.segmenting.article_fields` — an item's date, source, outlet and title;
- :mod:`~kg.segmenting.toc` — a bundled digest's table of contents;
- :mod:`~kg.segmenting.tables` — a file that is a table of items;
- :mod:`~kg.segmenting.bundled` — the newsletter layouts kg knows by their marks.
"""
