"""The loopback server of the offline copy: routes, statuses, headers, the request log."""

from __future__ import annotations

import gzip
import http.client
import io
import json
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from scraper.devsite.server import (
    MODES,
    Content,
    FaultMode,
    FlakyMode,
    GzipBomb,
    Mode,
    Redirect,
    Reply,
    Reset,
    RunningSite,
    Site,
    SiteRequest,
    Slow,
    Status,
    route_key,
    serving,
)
from scraper.devsite.sitegen import load_routes, site_dir

SITE = site_dir()   # the offline copy, built from fixtures/ when they changed

ROUTES = {route_key(r["path"]): r for r in load_routes()["routes"]}
TRAPS = load_routes()["traps"]


def get(site: RunningSite, target: str, method: str = "GET") -> tuple[int, dict[str, str], bytes]:
    parts = urlsplit(site.url)
    conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=10)
    try:
        conn.request(method, target)
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def _item(fixture: str) -> dict[str, object]:
    return next(r for r in ROUTES.values()
                if r["kind"] == "item" and str(r["file"]).endswith(f"-{fixture}.html"))


def test_listens_on_loopback_only_on_a_free_port(local_site: RunningSite) -> None:
    host, port = local_site.server.server_address[:2]
    assert host == "127.0.0.1"
    assert port > 0
    assert local_site.url == f"http://127.0.0.1:{port}"


def test_item_is_served_with_the_charset_its_fixture_declares(local_site: RunningSite) -> None:
    route = _item("d7-cp1252-yerevan-aarhus")
    status, headers, body = get(local_site, str(route["path"]))
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=windows-1252"
    assert body == (SITE / str(route["file"])).read_bytes()
    assert int(headers["Content-Length"]) == len(body)


def test_a_page_without_declared_headers_is_plain_text_html(local_site: RunningSite) -> None:
    status, headers, _ = get(local_site, str(_item("cur-seed-border-management")["path"]))
    assert (status, headers["Content-Type"]) == (200, "text/html")
    status, headers, body = get(local_site, "/robots.txt")
    assert (status, headers["Content-Type"]) == (200, "text/plain; charset=utf-8")
    assert b"Disallow: /search" in body


def test_unknown_paths_and_pages_are_404(local_site: RunningSite) -> None:
    for target in ("/no/such/page", "/press-releases?page=999", TRAPS["missing"]):
        status, headers, body = get(local_site, target)
        assert status == 404, target
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        assert b"Page not found" in body


def test_query_parameters_match_in_any_order(local_site: RunningSite) -> None:
    with_query = [r for r in ROUTES.values() if "?" in str(r["path"]) and "&" in str(r["path"])]
    assert with_query     # a fixture fetched with tracking parameters
    path, query = str(with_query[0]["path"]).split("?")
    swapped = "&".join(reversed(query.split("&")))
    assert get(local_site, f"{path}?{swapped}")[0] == 200


def test_redirect_names_its_target_on_this_server(local_site: RunningSite) -> None:
    node, alias = TRAPS["redirect"]
    status, headers, _ = get(local_site, node)
    assert status == 301
    assert headers["Location"] == f"{local_site.url}{alias}"
    with urllib.request.urlopen(f"{local_site.url}{node}", timeout=10) as response:
        assert response.geturl() == f"{local_site.url}{alias}"


def test_head_gives_the_headers_without_the_body(local_site: RunningSite) -> None:
    _, get_headers, body = get(local_site, "/press-releases")
    status, headers, head_body = get(local_site, "/press-releases", "HEAD")
    assert status == 200
    assert head_body == b""
    assert headers["Content-Length"] == get_headers["Content-Length"] == str(len(body))
    assert headers["Content-Type"] == get_headers["Content-Type"]


def test_the_log_records_path_query_status_and_time(local_site: RunningSite) -> None:
    mark = local_site.log.mark()
    before = time.time()
    get(local_site, "/press-releases?page=1")
    get(local_site, "/nowhere?x=1", "HEAD")
    after = time.time()
    entries = local_site.log.entries(mark)
    assert [(e.method, e.path, e.query, e.status) for e in entries] == [
        ("GET", "/press-releases", "page=1", 200), ("HEAD", "/nowhere", "x=1", 404)]
    assert all(before <= e.time <= after for e in entries)
    assert local_site.log.targets(mark) == ["/press-releases?page=1", "/nowhere?x=1"]


def test_concurrent_requests_are_all_answered_and_logged(local_site: RunningSite) -> None:
    mark = local_site.log.mark()
    targets = [str(r["path"]) for r in ROUTES.values() if r["kind"] == "item"][:20]
    statuses: list[int] = []
    threads = [threading.Thread(target=lambda t=t: statuses.append(get(local_site, t)[0]))
               for t in targets]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert statuses == [200] * len(targets)
    assert sorted(map(route_key, local_site.log.targets(mark))) == sorted(map(route_key, targets))


class _Unavailable(Mode):
    """503 on the first request for each path, then the normal answer."""

    name = "unavailable-once"

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.lock = threading.Lock()

    def reply(self, request: SiteRequest, site: Site) -> Reply:
        with self.lock:
            first = request.path not in self.seen
            self.seen.add(request.path)
        if first:
            return Reply(503, [("Retry-After", "0")], b"")
        return site.reply(request)


def test_a_mode_decides_each_answer() -> None:
    with serving(mode=_Unavailable()) as site:
        assert get(site, "/")[0] == 503
        assert get(site, "/")[0] == 200
        assert [e.status for e in site.log.entries()] == [503, 200]


def test_serving_stops_the_server_on_exit() -> None:
    with serving() as site:
        url = site.url
    try:
        urllib.request.urlopen(url, timeout=2)
    except OSError:
        return
    raise AssertionError("the server still answers")


def test_serve_command_prints_its_url_and_serves(tmp_path: Path) -> None:
    proc = subprocess.Popen([str(Path(sys.executable).parent / "osce-scraper"), "serve",
                             str(SITE), "--quiet"], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        url = line.split(" at ", 1)[1].split()[0].rstrip("/")
        assert url.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(f"{url}/robots.txt", timeout=10) as response:
            assert response.status == 200
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        if proc.stdout is not None:
            proc.stdout.close()


def test_serve_command_refuses_a_directory_without_routes(tmp_path: Path) -> None:
    proc = subprocess.run([str(Path(sys.executable).parent / "osce-scraper"), "serve",
                           str(tmp_path)], capture_output=True, text=True, timeout=30,
                          check=False)
    assert proc.returncode == 2
    assert "_routes.json" in proc.stderr


def test_routes_file_is_json_with_one_route_a_line() -> None:
    text = (SITE / "_routes.json").read_text(encoding="utf-8")
    data = json.loads(text)
    assert len(data["routes"]) == sum(line.startswith('{"path"') for line in text.splitlines())


# ---------------------------------------------------------------------------- fault modes
def test_a_fault_answers_its_path_so_many_times_then_the_page_is_served() -> None:
    mode = FaultMode({"/press-releases": Status(status=503, retry_after="2", times=2),
                      "/robots.txt": Status(status=500)})
    with serving(mode=mode) as site:
        answers = [get(site, "/press-releases") for _ in range(3)]
        assert [a[0] for a in answers] == [503, 503, 200]
        assert answers[0][1]["Retry-After"] == "2"
        assert [get(site, "/robots.txt")[0] for _ in range(3)] == [500] * 3   # no times: always
        assert get(site, "/")[0] == 200                                      # other paths: normal


def test_a_slow_fault_answers_late_and_is_logged_when_it_starts() -> None:
    with serving(mode=FaultMode({"/": Slow(seconds=0.3)})) as site:
        started = time.monotonic()
        status, _, body = get(site, "/")
        assert time.monotonic() - started >= 0.3
        assert status == 200
        assert b"<html" in body.lower()


def test_a_reset_fault_cuts_the_body_with_a_tcp_reset() -> None:
    with serving(mode=FaultMode({"/press-releases": Reset(after=100)})) as site:
        parts = urlsplit(site.url)
        conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=10)
        try:
            conn.request("GET", "/press-releases")
            response = conn.getresponse()
            assert response.status == 200
            assert int(response.headers["Content-Length"]) > 100     # it promised the whole page
            try:
                response.read()
            except (ConnectionResetError, http.client.IncompleteRead):
                pass
            else:
                raise AssertionError("the body was not cut")
        finally:
            conn.close()


def test_redirect_gzip_bomb_and_content_faults() -> None:
    mode = FaultMode({"/a": Redirect(location="/b"), "/c": Redirect(location="http://10.0.0.1/"),
                      "/bomb": GzipBomb(size=8 << 20),
                      "/sitemap.xml": Content(body=b"<urlset/>", content_type="application/xml")})
    with serving(mode=mode) as site:
        status, headers, _ = get(site, "/a")
        assert (status, headers["Location"]) == (302, f"{site.url}/b")
        assert get(site, "/c")[1]["Location"] == "http://10.0.0.1/"
        status, headers, body = get(site, "/bomb")
        assert headers["Content-Encoding"] == "gzip"
        assert len(body) < 16 * 1024                   # about a thousandth of what it becomes
        with gzip.GzipFile(fileobj=io.BytesIO(body)) as gz:
            assert len(gz.read()) == 8 << 20
        status, headers, body = get(site, "/sitemap.xml")
        assert (status, headers["Content-Type"], body) == (200, "application/xml", b"<urlset/>")


def test_flaky_mode_fails_every_path_once_and_is_a_serve_mode() -> None:
    with serving(mode=FlakyMode()) as site:
        assert [get(site, "/")[0] for _ in range(2)] == [503, 200]
        assert get(site, "/press-releases")[1]["Retry-After"] == "1"
    assert MODES["flaky"] is FlakyMode
