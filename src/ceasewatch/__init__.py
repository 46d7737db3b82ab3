"""ceasewatch: news reports about armed conflict -> a verifiable, geocoded event dataset."""

__version__ = "0.1.0"

__all__ = ["__version__"]
