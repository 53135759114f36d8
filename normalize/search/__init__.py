"""Search over the table: an embedded Tantivy index, and an export for OpenSearch/Elasticsearch.

>>> from normalize.search import build_index, search, export_opensearch
"""

from normalize.search.build import build_index
from normalize.search.index import Hit, SearchIndex, open_index, search
from normalize.search.opensearch import Export, export_opensearch, mapping
from normalize.search.terms import fold, korean_terms, transliterations, word_terms

__all__ = [
    "Export",
    "Hit",
    "SearchIndex",
    "build_index",
    "export_opensearch",
    "fold",
    "korean_terms",
    "mapping",
    "open_index",
    "search",
    "transliterations",
    "word_terms",
]
