"""The archive: articles, raw inputs, failures, extraction results and assessments."""

from ceasewatch.store.base import ArticleQuery, EventQuery, Store

__all__ = ["ArticleQuery", "EventQuery", "Store"]
