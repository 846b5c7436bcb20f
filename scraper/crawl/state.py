"""Crawl state: what was written, by which run, and whether a listing was walked to its end.

The record of an item is committed only after its line is flushed to the dataset,
so after any crash the state says no more than the output holds.  Incremental runs
ask it which listed items are known; a listing whose last walk did not finish
cleanly is walked to its end again instead of stopping at the first known page
(a crash in a first crawl must not strand the older pages).

Two implementations with one interface: SQLite (standard library, WAL mode) for
one machine, Redis for several workers (``scraper.crawl.distributed.state``).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol

from scraper.extract import urls
from scraper.extract.normalize import content_hash as hash_content


def content_hash(record: dict[str, Any]) -> str:
    """The record's own hash (every news record carries one), else computed the same way."""
    value = record.get("content_hash")
    return value if isinstance(value, str) and value else hash_content(record)


def node_key(url: str, node_id: str | None = None) -> str | None:
    """One node in one language, whatever address asked for it (``/node/N``, its
    alias, another host): ``"ru:499851"``.  Translations share node ids, so the
    language prefix is part of the key."""
    nid = node_id or urls.node_id(url)
    return f"{urls.language_prefix(url) or ''}:{nid}" if nid else None


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class CrawlState(Protocol):
    """What a crawl asks of its state (SQLite on one machine, Redis for several)."""

    def start_run(self, run_id: str, spider: str, mode: str) -> None: ...
    def finish_run(self, run_id: str, status: str, counts: dict[str, Any]) -> None: ...
    def runs(self) -> list[dict[str, Any]]: ...
    def known(self, urls: Iterable[str]) -> dict[str, str]: ...
    def record_item(self, record: dict[str, Any], requested_urls: Iterable[str],
                    run_id: str) -> None: ...
    def record_gone(self, request_url: str, reason: str) -> None: ...
    def add_pending(self, request_urls: Iterable[str]) -> None: ...
    def add_twins(self, request_urls: Iterable[str]) -> None: ...
    def pending(self) -> list[str]: ...
    def listing_complete(self, start_url: str) -> bool: ...
    def set_listing_complete(self, start_url: str, complete: bool) -> None: ...
    def close(self) -> None: ...


SCHEMA_VERSION = 2
_SCHEMA = """
CREATE TABLE IF NOT EXISTS items (
    url TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT '',
    node_id TEXT,
    content_hash TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    run_id TEXT,
    PRIMARY KEY (url, language)
);
CREATE TABLE IF NOT EXISTS requested (
    request_url TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS gone (
    request_url TEXT PRIMARY KEY,
    reason TEXT NOT NULL,
    seen TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS pending (
    request_url TEXT PRIMARY KEY,
    added TEXT NOT NULL,
    node_key TEXT
);
CREATE TABLE IF NOT EXISTS listings (
    start_url TEXT PRIMARY KEY,
    complete INTEGER NOT NULL DEFAULT 0,
    updated TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT PRIMARY KEY,
    spider TEXT NOT NULL,
    mode TEXT NOT NULL,
    started TEXT NOT NULL,
    finished TEXT,
    status TEXT NOT NULL DEFAULT 'running',
    counts TEXT
);
"""


class SqliteState:
    """The state of one machine's crawls in ``STATE_DIR/crawl.sqlite``."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        # Scrapy calls pipelines from the reactor thread only; the lock guards the
        # command-line tools that share the class
        self._lock = threading.Lock()
        self.db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        # NORMAL in WAL mode: a committed row survives a process crash (not a power cut)
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(_SCHEMA)
        self._migrate()

    def _migrate(self) -> None:
        """Bring a store written by an older version up to this one's tables."""
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version < 2:
            columns = {row[1] for row in self.db.execute("PRAGMA table_info(pending)")}
            if "node_key" not in columns:
                self.db.execute("ALTER TABLE pending ADD COLUMN node_key TEXT")
            self.db.execute("CREATE INDEX IF NOT EXISTS pending_node ON pending (node_key)")
            self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def start_run(self, run_id: str, spider: str, mode: str) -> None:
        with self._lock:
            self.db.execute("INSERT OR REPLACE INTO runs (run_id, spider, mode, started, status)"
                            " VALUES (?, ?, ?, ?, 'running')", (run_id, spider, mode, now()))

    def finish_run(self, run_id: str, status: str, counts: dict[str, Any]) -> None:
        with self._lock:
            self.db.execute("UPDATE runs SET finished = ?, status = ?, counts = ? WHERE run_id = ?",
                            (now(), status, json.dumps(counts, default=str), run_id))

    def runs(self) -> list[dict[str, Any]]:
        cur = self.db.execute("SELECT run_id, spider, mode, started, finished, status, counts "
                              "FROM runs ORDER BY started")
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    def known(self, urls: Iterable[str]) -> dict[str, str]:
        """Of these requested URLs, those already written or given up on (404, rejected):
        request URL → first_seen."""
        urls = list(dict.fromkeys(urls))
        out: dict[str, str] = {}
        for i in range(0, len(urls), 500):
            chunk = urls[i:i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT r.request_url, i.first_seen FROM requested r JOIN items i "
                f"ON i.url = r.url AND i.language = r.language WHERE r.request_url IN ({marks})",
                chunk).fetchall()
            out.update(dict(rows))
            rows = self.db.execute(
                f"SELECT request_url, seen FROM gone WHERE request_url IN ({marks})",
                chunk).fetchall()
            for url, seen in rows:
                out.setdefault(url, seen)
        return out

    def record_item(self, record: dict[str, Any], requested_urls: Iterable[str],
                    run_id: str) -> None:
        url, language = record["url"], record.get("language") or ""
        stamp = now()
        with self._lock:
            self.db.execute("BEGIN")
            try:
                self.db.execute(
                    "INSERT INTO items (url, language, node_id, content_hash, first_seen, "
                    "last_seen, run_id) VALUES (?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (url, language) DO UPDATE SET "
                    "content_hash = excluded.content_hash, last_seen = excluded.last_seen, "
                    "run_id = excluded.run_id, node_id = excluded.node_id",
                    (url, language, record.get("node_id"), content_hash(record), stamp, stamp,
                     run_id))
                asked = {url, *requested_urls}
                # the same node asked for at another address (a /node/N that redirected
                # to an alias this run had asked for already) is answered too
                keys = {k for u in asked if (k := node_key(u, record.get("node_id")))}
                for key in keys:
                    asked.update(r[0] for r in self.db.execute(
                        "SELECT request_url FROM pending WHERE node_key = ?", (key,)))
                for request_url in asked:
                    self.db.execute("INSERT OR REPLACE INTO requested (request_url, url, language)"
                                    " VALUES (?, ?, ?)", (request_url, url, language))
                    self.db.execute("DELETE FROM pending WHERE request_url = ?", (request_url,))
                    self.db.execute("DELETE FROM gone WHERE request_url = ?", (request_url,))
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise

    def record_gone(self, request_url: str, reason: str) -> None:
        """A listed URL that gives no item (404, 410, a rejected page): not asked again
        by incremental runs; a full run or ``reextract`` revisits it."""
        with self._lock:
            self.db.execute("BEGIN")
            self.db.execute("INSERT OR REPLACE INTO gone (request_url, reason, seen) VALUES "
                            "(?, ?, ?)", (request_url, reason, now()))
            self.db.execute("DELETE FROM pending WHERE request_url = ?", (request_url,))
            self.db.execute("COMMIT")

    def add_pending(self, request_urls: Iterable[str]) -> None:
        """Item requests made but not yet answered: a crash or a dead worker leaves them
        here, and the next run asks for them first."""
        stamp = now()
        with self._lock:
            self.db.execute("BEGIN")
            self.db.executemany("INSERT OR IGNORE INTO pending (request_url, added, node_key) "
                                "VALUES (?, ?, ?)",
                                [(u, stamp, node_key(u)) for u in request_urls])
            self.db.execute("COMMIT")

    def add_twins(self, request_urls: Iterable[str]) -> None:
        """Addresses of a node this run already asked for at another address: answered at
        once when that node is written already (its page may have come back before the
        listing that shows the second address was read), else pending like any request
        and answered when it is written."""
        urls = list(request_urls)
        self.add_pending(urls)
        with self._lock:
            self.db.execute("BEGIN")
            for url in urls:
                key = node_key(url)
                nid = key.split(":", 1)[1] if key else None
                rows = self.db.execute("SELECT url, language FROM items WHERE node_id = ?",
                                       (nid,)).fetchall() if nid else []
                for item_url, language in rows:
                    if node_key(item_url, nid) == key:
                        self.db.execute("INSERT OR REPLACE INTO requested (request_url, url, "
                                        "language) VALUES (?, ?, ?)", (url, item_url, language))
                        self.db.execute("DELETE FROM pending WHERE request_url = ?", (url,))
                        break
            self.db.execute("COMMIT")

    def pending(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT request_url FROM pending ORDER BY added")]

    def listing_complete(self, start_url: str) -> bool:
        row = self.db.execute("SELECT complete FROM listings WHERE start_url = ?",
                              (start_url,)).fetchone()
        return bool(row and row[0])

    def set_listing_complete(self, start_url: str, complete: bool) -> None:
        with self._lock:
            self.db.execute("INSERT INTO listings (start_url, complete, updated) VALUES (?, ?, ?)"
                            " ON CONFLICT (start_url) DO UPDATE SET complete = excluded.complete,"
                            " updated = excluded.updated", (start_url, int(complete), now()))

    def close(self) -> None:
        self.db.close()


def open_state(settings: Any) -> CrawlState:
    """The store the settings ask for: Redis when STATE_REDIS_URL is set, else SQLite.

    STATE_NAME keeps apart crawls whose records must not answer each other's questions:
    the back-fill from web archives (``history``) must not make the live crawl think
    it has an item it only read from an archive.
    """
    name = settings.get("STATE_NAME") or "crawl"
    redis_url = settings.get("STATE_REDIS_URL")
    if redis_url:
        from scraper.crawl.distributed.state import RedisState

        prefix = settings.get("STATE_REDIS_PREFIX", "osce")
        return RedisState(redis_url, prefix=prefix if name == "crawl" else f"{prefix}:{name}")
    return SqliteState(Path(settings.get("STATE_DIR", "state")) / f"{name}.sqlite")
