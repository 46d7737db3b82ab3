"""Stage versions: what made an extraction, so that a changed stage re-runs exactly the
articles it touched.

Each stage has a version constant in its own package (``extract.STAGE``, ``resolve.STAGE``,
``geocode.STAGE``, the learned model's format); the knowledge the stages read counts as much as
their code, so the actor base (built-in plus ``--kb`` folders), the gazetteer (built-in, an
imported GeoNames index, ``--gazetteer`` files), the extract rule tables and a ``--model``
folder each get a content digest. An extraction records all of them (and the clean stage its
article was cleaned by); ``ceasewatch extract`` re-runs the articles whose record differs.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ceasewatch.pipeline import Resources

# Re-extracting cannot re-clean (the archive keeps the cleaned text): the clean stage is
# recorded, never a reason to re-run ``extract``.
RECORDED_ONLY = frozenset({"clean"})
# Files above this size (an imported GeoNames index runs to gigabytes) are known by their
# size and modification time instead of their bytes.
MAX_HASHED_BYTES = 64 * 1024 * 1024


def digest(paths: Iterable[Path]) -> str:
    """A short digest of the files' names and contents (folders: every file inside)."""
    hasher = hashlib.sha256()
    for path in sorted(_files(paths)):
        hasher.update(path.name.encode("utf-8") + b"\0")
        size = path.stat().st_size
        if size > MAX_HASHED_BYTES:
            hasher.update(f"{size}:{path.stat().st_mtime_ns}".encode())
        else:
            hasher.update(path.read_bytes())
    return hasher.hexdigest()[:12]


def _files(paths: Iterable[Path]) -> Iterable[Path]:
    for path in paths:
        if path.is_dir():
            yield from (p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        elif path.is_file():
            yield path


def actor_files(kb_dirs: Iterable[Path]) -> list[Path]:
    """The files the actor base is built from: the built-in actors and every actor and
    descriptor file of the ``--kb`` folders (their agreements are not the extraction's)."""
    from ceasewatch.knowledge.actors import DATA_DIR
    from ceasewatch.knowledge.files import kb_files

    found = [DATA_DIR]
    for folder in kb_dirs:
        found += kb_files(Path(folder), "actors") + kb_files(Path(folder), "descriptors")
    return found


def gazetteer_files(extra: Iterable[Path]) -> list[Path]:
    from ceasewatch.knowledge.gazetteer import DATA_DIR, default_import_path

    return [DATA_DIR, default_import_path(), *extra]


def stage_versions(resources: Resources) -> dict[str, str]:
    """The version of every stage ``resources`` would run, knowledge digests included."""
    from ceasewatch.extract import STAGE as EXTRACT
    from ceasewatch.extract.nlp import NLP_VERSION
    from ceasewatch.geocode import STAGE as GEOCODE
    from ceasewatch.resolve import STAGE as RESOLVE

    extract_data = Path(__file__).resolve().parent.parent / "extract" / "data"
    versions = {
        "extract": f"{EXTRACT}+{NLP_VERSION}+{digest([extract_data])}",
        "resolve": RESOLVE,
        "geocode": GEOCODE,
        "actors": digest(actor_files(resources.all_kb_dirs)),
        "gazetteer": digest(gazetteer_files(resources.all_gazetteer_files)),
    }
    if resources.model_dir is not None:
        from ceasewatch.learn import FORMAT_VERSION

        versions["learn"] = f"learn.v{FORMAT_VERSION}+{digest([resources.model_dir])}"
    elif resources.use_reader:
        # The default reader's key (corpus, recipe, scikit-learn), or why it could not run;
        # no key when it is switched off, so switching it off re-runs nothing.
        versions["reader"] = resources.reader_state
        if resources.quiet_reader is not None:
            # the recall fallback's reader and its two limits (learn.fallback): switching it
            # on or moving a limit re-extracts what it may add to
            versions["reader_fallback"] = resources.quiet_state
    return versions


def recorded(versions: Mapping[str, str], clean_stage: str) -> str:
    """The versions as stored with one extraction: canonical JSON, so equal versions are
    equal text."""
    return json.dumps({**versions, "clean": clean_stage}, sort_keys=True)


def changed(stored: str | None, current: Mapping[str, str]) -> list[str]:
    """The stages whose stored version differs from ``current`` (["unrecorded"] for an
    extraction from before versions were recorded); [] when up to date."""
    if stored is None:
        return ["unrecorded"]
    try:
        old = json.loads(stored)
    except ValueError:
        return ["unrecorded"]
    keys = (set(old) | set(current)) - RECORDED_ONLY
    return sorted(k for k in keys if old.get(k) != current.get(k))
