"""What each page shows, computed once and served twice: as HTML by ``pages`` and as JSON by
``api``. A view function takes the ``Desk`` and validated parameters and returns a pydantic
model, so the JSON twin of a page is that model, documented in /openapi.json."""
