"""The spaCy pipeline: ``spacy.blank("zh")`` + sentence splitting + the ``kg_linker`` component.

The component takes its candidates from the linker's Aho–Corasick scan (see
:mod:`kg.link`) and writes them as ``doc.ents`` with ``ent.kb_id_`` set, so
links survive ``DocBin``. Tokens are characters by default: a mention then
always aligns with tokens exactly (a jieba token such as 上海市委 would swallow
the 上海市 inside it), and the linker spends jieba only on the names where a
word boundary decides the link. ``make_nlp(segmenter="jieba")`` gives jieba
tokens instead, with every name of the knowledge base added to jieba first.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from kg.kb import KnowledgeBase, load_kb
from kg.link import Linker

__all__ = ["make_nlp", "LinkerComponent", "SENTENCE_PUNCT"]

#: Where a Chinese sentence ends; ``；`` included (the default sentencizer misses it).
SENTENCE_PUNCT = ["。", "！", "？", "；", "!", "?", ";", "…", "\n"]


class LinkerComponent:
    """Writes the linked mentions of a Doc's text as entities with their KB ids.

    Context that is not in the text (the article's section tag) can be handed
    in as ``doc.user_data["kg_context"] = ["上海"]``.
    """

    def __init__(self, linker: Linker | None) -> None:
        self.linker = linker

    def __call__(self, doc: Doc) -> Doc:
        if self.linker is None:
            self.linker = Linker(load_kb())
        from kg.link import Unit

        context = doc.user_data.get("kg_context", ())
        mentions = self.linker.link_units([Unit(doc.text)], context_names=context)
        spans = []
        for m in mentions:
            span = doc.char_span(m.start, m.end, label=m.type, kb_id=m.id, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.ents = filter_spans(spans)
        return doc


@Language.factory("kg_linker", assigns=["doc.ents", "token.ent_kb_id"], default_config={})
def _make_linker_component(nlp: Language, name: str) -> LinkerComponent:
    # The knowledge base is data handed in at build time (make_nlp), never put in the
    # config; on its own the component uses the bundled knowledge base.
    return LinkerComponent(None)


def make_nlp(kb: KnowledgeBase | None = None, segmenter: str = "char") -> Language:
    """The pipeline: tokenizer, sentencizer (with ；), kg_linker."""
    import spacy

    kb = kb or load_kb()
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": segmenter}}})
    if segmenter == "jieba":
        import jieba

        for form in kb.aliases:
            if len(form) >= 2:
                jieba.add_word(form)
    nlp.add_pipe("sentencizer", config={"punct_chars": SENTENCE_PUNCT})
    component = nlp.add_pipe("kg_linker")
    component.linker = Linker(kb)
    return nlp
