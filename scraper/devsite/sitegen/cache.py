"""The offline copy as it is served: built once per state of the fixtures, then read.

:func:`site_dir` keeps the copy in ``.cache/site/<digest>``, the digest that of the
fixtures, the page skeletons and this package's code, and builds it anew when one of
them changed; :func:`load_routes` and :func:`expected_records` read it back for the
server, the tests and the benchmarks.
"""

from __future__ import annotations

import copy
import hashlib
import json
import logging
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from scraper.devsite.fixtures import FIXTURES_DIR
from scraper.devsite.sitegen.build import EXPECTED_DIR, ROUTES_FILE, build_site
from scraper.devsite.sitegen.items import rebase, set_value_at, value_at
from scraper.devsite.sitegen.markup import TEMPLATES
from scraper.extract.normalize import content_hash

CACHE_DIR = FIXTURES_DIR.parent / ".cache" / "site"


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def localize(record: dict[str, Any], origin: str) -> dict[str, Any]:
    """An expected record as a crawl of the site served at ``origin`` writes it:
    the ``_local`` URLs on ``origin``, internal ``_`` keys dropped."""
    rec = copy.deepcopy(record)
    for key in rec.get("_local", []):
        value = value_at(rec, key)
        if isinstance(value, str):
            set_value_at(rec, key, rebase(value, origin))
    if "content_hash" in rec:     # a hash of what a crawl of ``origin`` sees
        rec["content_hash"] = content_hash(rec)
    return {k: v for k, v in rec.items() if not k.startswith("_")}


def expected_records(kind: str, origin: str, site: Path | None = None) -> list[dict[str, Any]]:
    """``_expected/<kind>.jsonl`` of the site, as served at ``origin``."""
    folder = site or site_dir()
    return [localize(r, origin) for r in read_jsonl(folder / EXPECTED_DIR / f"{kind}.jsonl")]


def load_routes(site: Path | None = None) -> dict[str, Any]:
    """``_routes.json``: ``origin``, ``traps`` (the paths of each trap) and ``routes``."""
    return dict(json.loads(((site or site_dir()) / ROUTES_FILE).read_text(encoding="utf-8")))


# digests already taken in this process, by the name, size and change times of every
# file read: a file written since (even one of the same size) has other change times
_DIGESTS: dict[tuple[tuple[str, int, int, int], ...], str] = {}


def _digest(root: Path) -> str:
    """What the copy is made of: every fixture file, the templates and this package."""
    sources = sorted(p for p in root.rglob("*") if p.is_file())
    sources += [*sorted(TEMPLATES.glob("*.html")),
                *sorted(Path(__file__).parent.glob("*.py"))]
    stats = tuple((str(p), st.st_size, st.st_mtime_ns, st.st_ctime_ns) for p in sources
                  for st in [p.stat()])
    if stats not in _DIGESTS:
        _DIGESTS[stats] = _read_digest(sources)
    return _DIGESTS[stats]


def _read_digest(sources: list[Path]) -> str:
    h = hashlib.sha256()
    for path in sources:
        h.update(str(path.relative_to(path.anchor)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def site_dir(root: Path = FIXTURES_DIR, cache: Path = CACHE_DIR,
             designs: int | None = None) -> Path:
    """The offline copy built from ``root``: from the cache when the fixtures have not
    changed since it was built, else built anew (into a temporary folder, then renamed,
    so that two processes asking at once both get a complete copy).  ``designs``: the
    small copy of that many news fixtures (:func:`.build_site`), kept beside the whole."""
    digest = _digest(root)
    target = cache / (digest if designs is None else f"{digest}-{designs}")
    if (target / ROUTES_FILE).exists():
        return target
    cache.mkdir(parents=True, exist_ok=True)
    tmp = cache / f".{target.name}.{os.getpid()}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    quiet = logging.getLogger("scraper")
    level = quiet.level
    quiet.setLevel(logging.ERROR)   # broken-on-purpose fixtures warn: no news here
    try:
        build_site(tmp, root=root, designs=designs)
    finally:
        quiet.setLevel(level)
    try:
        os.rename(tmp, target)
    except OSError:                 # another process was first: its copy is the same
        shutil.rmtree(tmp, ignore_errors=True)
    for old in cache.iterdir():     # copies of fixtures that are no more
        if old.name.split("-")[0] != digest and not old.name.startswith("."):
            shutil.rmtree(old, ignore_errors=True)
    return target
