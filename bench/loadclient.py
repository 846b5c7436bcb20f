"""A minimal HTTP/1.1 load client: is the loopback server fast enough for the crawl?

``python -m bench.loadclient URL PATHS_FILE CONNECTIONS`` asks for every path in
PATHS_FILE (one a line) over CONNECTIONS keep-alive connections and prints one JSON
line: requests, errors, seconds, bytes.  Raw asyncio streams, no HTTP library, so
that the client costs as little as it can and the server is what is measured.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from urllib.parse import urlsplit


async def _worker(host: str, port: int, queue: asyncio.Queue[str],
                  totals: dict[str, int]) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    try:
        while True:
            try:
                path = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\n"
                         "User-Agent: osce-bench\r\n\r\n".encode("latin-1"))
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head.split(b" ", 2)[1])
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip())
            await reader.readexactly(length)
            totals["requests"] += 1
            totals["bytes"] += length
            if status >= 400:
                totals["errors"] += 1
    finally:
        writer.close()


async def load(url: str, paths: list[str], connections: int) -> dict[str, float]:
    parts = urlsplit(url)
    queue: asyncio.Queue[str] = asyncio.Queue()
    for path in paths:
        queue.put_nowait(path)
    totals = {"requests": 0, "errors": 0, "bytes": 0}
    started = time.perf_counter()
    await asyncio.gather(*(_worker(parts.hostname or "127.0.0.1", parts.port or 80, queue,
                                   totals) for _ in range(connections)))
    return {**totals, "seconds": time.perf_counter() - started}


def main(argv: list[str]) -> int:
    url, paths_file, connections = argv[0], argv[1], int(argv[2])
    with open(paths_file, encoding="utf-8") as f:
        paths = [line.strip() for line in f if line.strip()]
    print(json.dumps(asyncio.run(load(url, paths, connections))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
