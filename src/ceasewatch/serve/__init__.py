"""The desk: a FastAPI application with a JSON API and server-rendered pages over the archive.

``create_app(store_path, token=...)`` builds it; ``ceasewatch serve`` runs it with uvicorn.
"""

from ceasewatch.serve.app import create_app, run
from ceasewatch.serve.settings import Settings, settings_table

__all__ = ["Settings", "create_app", "run", "settings_table"]
