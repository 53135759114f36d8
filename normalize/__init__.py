"""normalize: scraped multilingual news text in, one typed polars table out."""

__version__ = "0.1.0"
