"""Crawl state in Redis, shared by every worker of a distributed crawl.

Same interface and rules as :class:`scraper.crawl.state.SqliteState`: an item is recorded
only after its line was flushed to its worker's dataset.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import redis

from scraper.crawl.state import content_hash, node_key, now


class RedisState:
    """Hashes ``<prefix>:state:items``, ``:requested``, ``:gone``, ``:pending``,
    ``:listings``, ``:runs``; a set ``:pending_node:<node key>`` for each pending node
    (the SQLite store's index on ``pending.node_key``), so recording an item does not
    read every pending request."""

    def __init__(self, url: str, prefix: str = "osce") -> None:
        self.redis = redis.Redis.from_url(url, decode_responses=True)
        self.prefix = prefix

    def _key(self, name: str) -> str:
        return f"{self.prefix}:state:{name}"

    def _node_key(self, key: str) -> str:
        return self._key(f"pending_node:{key}")

    def start_run(self, run_id: str, spider: str, mode: str) -> None:
        self.redis.hset(self._key("runs"), run_id, json.dumps(
            {"spider": spider, "mode": mode, "started": now(), "status": "running"}))

    def finish_run(self, run_id: str, status: str, counts: dict[str, Any]) -> None:
        raw = self.redis.hget(self._key("runs"), run_id)
        run = json.loads(raw) if isinstance(raw, str) else {}
        run.update(finished=now(), status=status, counts=counts)
        self.redis.hset(self._key("runs"), run_id, json.dumps(run, default=str))

    def runs(self) -> list[dict[str, Any]]:
        raw = self.redis.hgetall(self._key("runs"))
        return [{"run_id": k, **json.loads(v)} for k, v in sorted(raw.items())]

    def known(self, urls: Iterable[str]) -> dict[str, str]:
        urls = list(dict.fromkeys(urls))
        if not urls:
            return {}
        keys = self.redis.hmget(self._key("requested"), urls)
        found = [(u, k) for u, k in zip(urls, keys, strict=True) if k]
        out: dict[str, str] = {}
        if found:
            items = self.redis.hmget(self._key("items"), [k for _, k in found])
            for (url, _), item in zip(found, items, strict=True):
                if item:
                    out[url] = json.loads(item)["first_seen"]
        gone = self.redis.hmget(self._key("gone"), urls)
        for url, value in zip(urls, gone, strict=True):
            if value:
                out.setdefault(url, json.loads(value)["seen"])
        return out

    def record_item(self, record: dict[str, Any], requested_urls: Iterable[str],
                    run_id: str) -> None:
        key = f"{record['url']}\t{record.get('language') or ''}"
        stamp = now()
        old = self.redis.hget(self._key("items"), key)
        first_seen = json.loads(old)["first_seen"] if isinstance(old, str) else stamp
        value = json.dumps({"node_id": record.get("node_id"), "content_hash": content_hash(record),
                            "first_seen": first_seen, "last_seen": stamp, "run_id": run_id})
        asked = {record["url"], *requested_urls}
        keys = sorted({k for u in asked if (k := node_key(u, record.get("node_id")))})
        if keys:
            # the same node asked for at another address is answered too
            read = self.redis.pipeline(transaction=False)
            for k in keys:
                read.smembers(self._node_key(k))
            for members in read.execute():
                asked.update(str(u) for u in members)
        pipe = self.redis.pipeline(transaction=True)
        pipe.hset(self._key("items"), key, value)
        for url in asked:
            pipe.hset(self._key("requested"), url, key)
            pipe.hdel(self._key("pending"), url)
            pipe.hdel(self._key("gone"), url)
        for k in keys:
            pipe.delete(self._node_key(k))
            pipe.hset(self._key("written_node"), k, key)    # for add_twins
        pipe.execute()

    def record_gone(self, request_url: str, reason: str) -> None:
        pipe = self.redis.pipeline(transaction=True)
        pipe.hset(self._key("gone"), request_url, json.dumps({"reason": reason, "seen": now()}))
        pipe.hdel(self._key("pending"), request_url)
        if (k := node_key(request_url)) is not None:
            pipe.srem(self._node_key(k), request_url)
        pipe.execute()

    def add_twins(self, request_urls: Iterable[str]) -> None:
        """As :meth:`SqliteState.add_twins`: answered at once when the node is written."""
        urls = list(dict.fromkeys(request_urls))
        self.add_pending(urls)
        keys = [node_key(u) for u in urls]
        written = self.redis.hmget(self._key("written_node"), [k or "" for k in keys]) \
            if urls else []
        pipe = self.redis.pipeline(transaction=True)
        for url, k, item in zip(urls, keys, written, strict=True):
            if k and item:
                pipe.hset(self._key("requested"), url, item)
                pipe.hdel(self._key("pending"), url)
                pipe.srem(self._node_key(k), url)
        pipe.execute()

    def add_pending(self, request_urls: Iterable[str]) -> None:
        urls = list(dict.fromkeys(request_urls))
        if urls:
            stamp = now()
            pipe = self.redis.pipeline(transaction=True)
            pipe.hset(self._key("pending"), mapping={
                u: json.dumps({"added": stamp, "node_key": node_key(u)}) for u in urls})
            for u in urls:
                if (k := node_key(u)) is not None:
                    pipe.sadd(self._node_key(k), u)
            pipe.execute()

    def pending(self) -> list[str]:
        raw: dict[str, str] = self.redis.hgetall(self._key("pending"))  # type: ignore[assignment]
        return [str(u) for u, _ in sorted(raw.items(), key=lambda kv: json.loads(kv[1])["added"])]

    def listing_complete(self, start_url: str) -> bool:
        return self.redis.hget(self._key("listings"), start_url) == "1"

    def set_listing_complete(self, start_url: str, complete: bool) -> None:
        self.redis.hset(self._key("listings"), start_url, "1" if complete else "0")

    def close(self) -> None:
        self.redis.close()
