"""chronik: German news → who did what to whom, when, where, what they said, with offsets."""

from chronik.analysis import Article, analyze, analyze_articles
from chronik.document import Document
from chronik.pipeline import load

__all__ = ["Article", "Document", "analyze", "analyze_articles", "load"]
__version__ = "0.1.0"
