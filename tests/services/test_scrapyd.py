"""Scrapyd deployment: the project deployed to a real Scrapyd and a scheduled news crawl.

A Scrapyd (``.venv/bin/scrapyd``) runs on 127.0.0.1 and a free port with its eggs,
logs, items and databases in a temporary directory.  The project is deployed with
``scrapyd-deploy`` as the README says, from a copy of the files the egg is built from
(``setup.py clean -a`` and ``bdist_egg`` write ``build/`` and ``*.egg-info`` beside
``setup.py``: not in a working tree others use).  Then the news spider is scheduled
through ``schedule.json`` against the offline copy of the site, and both the items
Scrapyd stores for the job and the project's own dataset in OUTPUT_DIR must hold
every item of the site copy once.
"""

from __future__ import annotations

import configparser
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import tomllib
import urllib.request
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest

from scraper.devsite.server import RunningSite
from scraper.devsite.services import free_port
from scraper.devsite.sitegen import expected_records, read_jsonl
from spiders.navigation import NavigationSpider
from spiders.news import NewsSpider
from tests.crawling import FETCH_FIELDS, without_fetch

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
# what the egg is built from: the packaging files and the top-level packages
PACKAGES = sorted({p.rstrip("*").split(".")[0]
                   for p in PYPROJECT["tool"]["setuptools"]["packages"]["find"]["include"]})
BUILD_FILES = ["setup.py", "pyproject.toml", "README.md", "scrapy.cfg"]
JOB_TIMEOUT = 90.0


def deploy_target() -> dict[str, str]:
    """The ``[deploy]`` section of the project's scrapy.cfg."""
    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "scrapy.cfg", encoding="utf-8")
    return dict(cfg["deploy"])


PROJECT = deploy_target()["project"]


@dataclass
class Scrapyd:
    url: str
    home: Path          # its working directory: scrapyd.conf, eggs/, logs/, items/, dbs/
    log: Path           # what the daemon printed
    process: subprocess.Popen[bytes]

    def get(self, endpoint: str, **params: str) -> dict[str, Any]:
        url = f"{self.url}/{endpoint}?{urlencode(params)}"
        with urllib.request.urlopen(url, timeout=30) as reply:
            return dict(json.load(reply))

    def post(self, endpoint: str, fields: list[tuple[str, str]]) -> dict[str, Any]:
        data = urlencode(fields).encode()
        with urllib.request.urlopen(f"{self.url}/{endpoint}", data=data, timeout=60) as reply:
            return dict(json.load(reply))

    def daemon_log(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")[-4000:]


def _env(home: Path) -> dict[str, str]:
    """The environment of Scrapyd and scrapyd-deploy: HOME in the temporary directory (no
    ``~/.scrapyd.conf``, ``~/.scrapy.cfg`` or ``~/.netrc`` of the user's), and no
    settings module, so the job finds its settings through the egg's entry point."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("SCRAPY_", "SCRAPYD_"))}
    env["HOME"] = str(home)
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def _wait_until_up(scrapyd: Scrapyd, deadline: float) -> None:
    while time.monotonic() < deadline:
        if scrapyd.process.poll() is not None:
            raise RuntimeError(f"scrapyd exited with {scrapyd.process.returncode}:\n"
                               f"{scrapyd.daemon_log()}")
        try:
            if scrapyd.get("daemonstatus.json").get("status") == "ok":
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"scrapyd did not answer:\n{scrapyd.daemon_log()}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop Scrapyd and whatever crawl it still runs (its own process group)."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
    # a crawl child left in the group after Scrapyd itself is gone
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)


@pytest.fixture(scope="module")
def scrapyd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scrapyd]:
    """A Scrapyd on 127.0.0.1 and a free port; stopped at the end, whatever happened.

    Scrapyd 1.6 reads ``scrapyd.conf`` from its working directory (after /etc/scrapyd,
    before ``~/.scrapyd.conf`` and the closest scrapy.cfg), so it runs in one of its own.
    """
    home = tmp_path_factory.mktemp("scrapyd")
    port = free_port()
    dirs = {name: home / name for name in ("eggs", "logs", "items", "dbs")}
    (home / "scrapyd.conf").write_text(
        "[scrapyd]\n"
        "bind_address = 127.0.0.1\n"
        f"http_port = {port}\n"
        + "".join(f"{name}_dir = {path}\n" for name, path in dirs.items())
        + "max_proc = 2\n"
        "poll_interval = 0.2\n",     # start a scheduled job at once (default 5 s)
        encoding="utf-8")
    log = home / "scrapyd.log"
    with log.open("wb") as out:
        process = subprocess.Popen([str(BIN / "scrapyd")], cwd=home, env=_env(home),
                                   stdout=out, stderr=subprocess.STDOUT,
                                   start_new_session=True)
    server = Scrapyd(f"http://127.0.0.1:{port}", home, log, process)
    try:
        _wait_until_up(server, time.monotonic() + 30)
        yield server
    finally:
        _stop(process)


@dataclass
class Deployment:
    seconds: float
    reply: dict[str, Any]
    egg: Path           # the egg as Scrapyd stored it
    source: Path        # the copy it was built from


@pytest.fixture(scope="module")
def deployed(scrapyd: Scrapyd, tmp_path_factory: pytest.TempPathFactory) -> Deployment:
    """``scrapyd-deploy`` to a target that points at the test's Scrapyd."""
    source = tmp_path_factory.mktemp("deploy") / "osce-scraper"
    source.mkdir()
    for name in BUILD_FILES:
        shutil.copy2(ROOT / name, source / name)
    for package in PACKAGES:
        shutil.copytree(ROOT / package, source / package,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    with (source / "scrapy.cfg").open("a", encoding="utf-8") as cfg:
        cfg.write(f"\n[deploy:pytest]\nurl = {scrapyd.url}/\nproject = {PROJECT}\n")
    started = time.monotonic()
    proc = subprocess.run([str(BIN / "scrapyd-deploy"), "pytest", "--version", "1"],
                          cwd=source, env=_env(scrapyd.home), capture_output=True, text=True,
                          timeout=120, check=False)
    seconds = time.monotonic() - started
    assert proc.returncode == 0, f"{proc.stderr}\n{proc.stdout}\n{scrapyd.daemon_log()}"
    reply = json.loads(proc.stdout)
    assert reply["status"] == "ok", reply
    eggs = list((scrapyd.home / "eggs" / PROJECT).glob("*.egg"))
    assert len(eggs) == 1, eggs
    return Deployment(seconds, reply, eggs[0], source)


@dataclass
class Job:
    id: str
    seconds: float
    status: dict[str, Any]              # its entry in listjobs.json
    log: str                            # the crawl's log (Scrapyd's logs_dir)
    feed: list[dict[str, Any]]          # Scrapyd's items_dir feed of the job
    dataset: list[dict[str, Any]]       # the project's own file in OUTPUT_DIR
    output_dir: Path


@pytest.fixture(scope="module")
def job(scrapyd: Scrapyd, deployed: Deployment, local_site: RunningSite,
        tmp_path_factory: pytest.TempPathFactory) -> Job:
    """The README's scheduled incremental news crawl, against the offline site copy."""
    work = tmp_path_factory.mktemp("job")
    output_dir, state_dir = work / "data", work / "state"
    settings = ["DOWNLOAD_DELAY=0", "AUTOTHROTTLE_ENABLED=0",
                f"OUTPUT_DIR={output_dir}", f"STATE_DIR={state_dir}"]
    started = time.monotonic()
    reply = scrapyd.post("schedule.json", [
        ("project", PROJECT), ("spider", "news"), ("mode", "incremental"),
        ("start_url", f"{local_site.url}/press-releases"),
        *(("setting", s) for s in settings)])
    assert reply["status"] == "ok", reply
    job_id = reply["jobid"]
    deadline = started + JOB_TIMEOUT
    status: dict[str, Any] | None = None
    while time.monotonic() < deadline:
        jobs = scrapyd.get("listjobs.json", project=PROJECT)
        status = next((j for j in jobs["finished"] if j["id"] == job_id), None)
        if status is not None:
            break
        time.sleep(0.2)
    seconds = time.monotonic() - started
    log_file = scrapyd.home / "logs" / PROJECT / "news" / f"{job_id}.log"
    log = log_file.read_text(encoding="utf-8") if log_file.exists() else ""
    assert status is not None, (f"job {job_id} not finished after {JOB_TIMEOUT:.0f} s\n"
                                f"{log[-3000:]}\n{scrapyd.daemon_log()}")
    feed_file = scrapyd.home / "items" / PROJECT / "news" / f"{job_id}.jl"
    feed = list(read_jsonl(feed_file)) if feed_file.exists() else []
    # the job's own file (named by its Scrapyd job id) and the dataset rebuilt from it
    files = sorted(output_dir.glob("news*.jsonl"))
    assert files == [output_dir / f"news-{job_id}.jsonl", output_dir / "news.jsonl"], \
        f"{files}\n{log[-3000:]}"
    return Job(job_id, seconds, status, log, feed, list(read_jsonl(files[1])), output_dir)


def by_url(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["url"]: r for r in records}


# ------------------------------------------------------------------------ the spiders
@pytest.mark.parametrize("spider", [NewsSpider, NavigationSpider])
def test_the_arguments_scrapyd_adds_are_not_refused(spider: Any) -> None:
    # Scrapyd starts every job as "scrapy crawl SPIDER -a _job=ID" (and "-a _version=V")
    args = spider.parse_arguments(_job="5f3c", _version="1", start_url="http://127.0.0.1:9/")
    assert args.start_urls == ["http://127.0.0.1:9/"]


# ---------------------------------------------------------------------------- the egg
def test_scrapyd_deploy_uses_the_committed_setup_py(deployed: Deployment) -> None:
    # without one, scrapyd-deploy writes its own (name 'project', find_packages())
    assert (deployed.source / "setup.py").read_bytes() == (ROOT / "setup.py").read_bytes()
    assert deployed.reply["project"] == PROJECT
    assert deployed.reply["spiders"] == 3


def test_the_egg_holds_every_package_but_the_dev_site_and_the_settings_entry_point(
        deployed: Deployment) -> None:
    with zipfile.ZipFile(deployed.egg) as egg:
        names = set(egg.namelist())
        entry_points = egg.read("EGG-INFO/entry_points.txt").decode()
        pkg_info = egg.read("EGG-INFO/PKG-INFO").decode()
    packages = [p.parent for p in ROOT.glob("*/**/__init__.py")
                if p.parent.parts[len(ROOT.parts)] in ("scraper", "spiders", "pipelines", "schema")]
    assert len(packages) >= 10
    for folder in packages:
        modules = sorted(p.relative_to(ROOT).as_posix() for p in folder.glob("*.py"))
        dev = folder.relative_to(ROOT).as_posix().startswith("scraper/devsite")
        shipped = [m for m in modules if m in names]
        # the offline copy, its fault server and the fixture tools stay in the checkout
        assert shipped == ([] if dev else modules), f"{folder}: {'shipped' if dev else 'missing'}"
    files = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "schema").glob("*.schema.json"))
    assert files
    assert [f for f in files if f not in names] == [], "schema files missing"
    tables = sorted(p.relative_to(ROOT).as_posix()
                    for p in (ROOT / "scraper" / "extract" / "identities").glob("*.json"))
    assert len(tables) == 3
    assert [f for f in tables if f not in names] == [], "identity tables missing"
    assert "[scrapy]\nsettings = scraper.crawl.settings" in entry_points
    assert "Name: osce-scraper\n" in pkg_info


def test_the_job_runs_the_egg_not_the_checkout(deployed: Deployment, tmp_path: Path) -> None:
    """Scrapyd's runner puts the egg on sys.path; its modules, not the editable install
    of the checkout, are what a job imports, and they read their data from the zip."""
    probe = (
        "import sys, os\n"
        "from scrapyd.runner import activate_egg\n"
        "activate_egg(sys.argv[1])\n"
        "import scraper.crawl.settings, scraper.extract.pages, spiders.news, pipelines.write\n"
        "import schema\n"
        "from scraper.output.schema import load_schema\n"
        "for m in (scraper.crawl.settings, scraper.extract.pages, spiders.news,\n"
        "          pipelines.write, schema):\n"
        "    print(m.__file__)\n"
        "print(os.environ['SCRAPY_SETTINGS_MODULE'])\n"
        "from scraper.extract.identities import structure_id\n"
        "print(load_schema('news')['$id'] != '', load_schema('navigation')['type'],\n"
        "      structure_id('OSZE-Sekretariat'))\n")
    proc = subprocess.run([sys.executable, "-c", probe, str(deployed.egg)], cwd=tmp_path,
                          env=_env(tmp_path), capture_output=True, text=True, timeout=60,
                          check=False)
    assert proc.returncode == 0, proc.stderr
    *files, settings_module, schemas = proc.stdout.splitlines()
    assert all(f.startswith(f"{deployed.egg}{os.sep}") for f in files), files
    assert settings_module == "scraper.crawl.settings"
    assert schemas == "True object secretariat"       # the identity tables read from the zip


# ---------------------------------------------------------------------------- the job
def test_scrapyd_lists_the_spiders(scrapyd: Scrapyd, deployed: Deployment) -> None:
    reply = scrapyd.get("listspiders.json", project=PROJECT)
    assert sorted(reply["spiders"]) == ["history", "navigation", "news"]


def test_the_scheduled_crawl_finishes_cleanly(job: Job) -> None:
    assert job.seconds < JOB_TIMEOUT
    assert "Spider closed (finished)" in job.log, job.log[-3000:]
    for bad in ("Traceback", "] ERROR:", "] CRITICAL:"):
        assert bad not in job.log, job.log[-3000:]
    # the settings given with -d setting=… reached the crawl
    assert "'DOWNLOAD_DELAY': '0'" in job.log


def test_scrapyds_items_feed_holds_every_item_of_the_site_once(
        job: Job, local_site: RunningSite) -> None:
    expected = expected_records("news", local_site.url)
    assert len(expected) >= 36
    counts = Counter(r["url"] for r in job.feed)
    assert [u for u, n in counts.items() if n > 1] == [], "exported more than once"
    assert sorted(counts) == sorted(r["url"] for r in expected)
    # a Scrapyd job's records carry its job id as their run id
    assert {r["run_id"] for r in job.feed} == {job.id}
    assert by_url([without_fetch(r) for r in job.feed]) == by_url(
        [{k: v for k, v in r.items() if k not in FETCH_FIELDS} for r in expected])


def test_the_projects_dataset_in_output_dir_matches_the_feed(job: Job) -> None:
    counts = Counter(r["url"] for r in job.dataset)
    assert [u for u, n in counts.items() if n > 1] == [], "written more than once"
    assert by_url(job.dataset) == by_url(job.feed)
    reports = list((job.output_dir / "runs").glob("*.json"))
    # the run is named after Scrapyd's job, so its report is found from the job
    assert reports == [job.output_dir / "runs" / f"{job.id}.json"], reports
    report = json.loads(reports[0].read_text(encoding="utf-8"))
    assert report["finish_reason"] == "finished"
    assert report["alarm"] == []
    # Scrapyd keeps no exit status: the report has the one scrapy crawl returned
    assert (report["exit_status"], report["outcome"]) == (0, "ok")
