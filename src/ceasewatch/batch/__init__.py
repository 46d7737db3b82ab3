"""Running the pipeline over many articles: the one loop (``loop``), stage versions
(``versions``), extraction over the archive (``extract``) and, for more cores or machines,
Dask (``cluster``)."""

from ceasewatch.batch.extract import ExtractReport, Plan, extract_archive, plan_extraction
from ceasewatch.batch.loop import BATCH, Outcome, run_batches
from ceasewatch.batch.versions import stage_versions

__all__ = [
    "BATCH",
    "ExtractReport",
    "Outcome",
    "Plan",
    "extract_archive",
    "plan_extraction",
    "run_batches",
    "stage_versions",
]
