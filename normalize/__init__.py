"""normalize: scraped multilingual news text in, one typed polars table out.

Importing the package also registers the ``norm`` expression namespace on polars.
"""

from normalize import expressions
from normalize.ascii_titles import title_ascii
from normalize.documents import normalize_document
from normalize.files import convert, write_parquet
from normalize.hashtags import Hashtag, find_hashtags, split_hashtag
from normalize.inputs import iter_documents, read_documents, scan_documents
from normalize.languages import Fragment, detect_fragments, detect_language
from normalize.options import Options
from normalize.schema import SCHEMA
from normalize.table import normalize_documents
from normalize.timestamps import parse_timestamp
from normalize.titles import normalize_title, title_key

__all__ = [
    "SCHEMA",
    "Fragment",
    "Hashtag",
    "Options",
    "convert",
    "detect_fragments",
    "detect_language",
    "expressions",
    "find_hashtags",
    "iter_documents",
    "normalize_document",
    "normalize_documents",
    "normalize_title",
    "parse_timestamp",
    "read_documents",
    "scan_documents",
    "split_hashtag",
    "title_ascii",
    "title_key",
    "write_parquet",
]
__version__ = "0.1.0"
