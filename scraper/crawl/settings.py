"""Scrapy settings for osce-scraper.

Every value that differs from Scrapy's default says why.  The defaults are polite
for the live site; the offline copy and benchmarks turn politeness off with ``-s``.
"""

from __future__ import annotations

BOT_NAME = "osce-scraper"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"
# The project's own "scrapy crawl" (scraper/crawl/commands/crawl.py): settings and
# arguments checked first (one line and exit status 2), exit status from the run report
# (scraper/exitcodes.py) instead of Scrapy's 0 for any crawl that started.
COMMANDS_MODULE = "scraper.crawl.commands"
# INFO, not Scrapy's DEBUG: a line per request and a dump of every record made the log
# bigger than the dataset.  -L DEBUG (osce-scraper crawl --log-level DEBUG) brings them back.
LOG_LEVEL = "INFO"
# records named by their URL in the log, not dumped whole (scraper/crawl/logformatter.py)
LOG_FORMATTER = "scraper.crawl.logformatter.QuietLogFormatter"

# Name the crawler and give a way to reach its operators (override with -s USER_AGENT=…).
USER_AGENT = "osce-scraper/0.1 (+https://github.com/osce-scraper/osce-scraper; research crawler)"

# The site's robots.txt is the operator's word on what may be crawled.
ROBOTSTXT_OBEY = True

# Politeness: at most 2 parallel requests to the site, at least 1 s apart, slower
# when the server slows down (AutoThrottle adapts the delay to its latency).
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# A news page is small: give up on a silent server after 30 s (default 180 s) and
# refuse anything over 32 MiB (default 1 GiB), warning from 8 MiB (default 32 MiB).
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 32 * 1024 * 1024
DOWNLOAD_WARNSIZE = 8 * 1024 * 1024

# Retries: Scrapy's RetryMiddleware has neither backoff nor Retry-After, so ours
# replaces it (scraper/crawl/middlewares/).
RETRY_ENABLED = False
OSCE_RETRY_TIMES = 4
OSCE_RETRY_HTTP_CODES = [408, 429, 500, 502, 503, 504, 522, 524]
OSCE_RETRY_BACKOFF_BASE = 2.0      # seconds; doubles on each try
OSCE_RETRY_BACKOFF_MAX = 120.0     # never wait longer than this between tries
OSCE_RETRY_AFTER_MAX = 600.0       # a Retry-After longer than this is capped

# Each failure is counted by kind for the run report (scraper/crawl/middlewares/ says which
# stat each one keeps); ours replace Scrapy's redirect and decompression middlewares.
DOWNLOADER_MIDDLEWARES = {
    # next to the downloader: archives responses as the site sent them (WARC_ENABLED)
    "scraper.crawl.middlewares.warc.WarcArchiveMiddleware": 950,
    # outermost: sees only the failures no other middleware turned into another try
    "scraper.crawl.middlewares.failures.FailureCountMiddleware": 20,
    # before the offsite filter (50), and robots.txt (100), which would first fetch the
    # private host's own robots.txt
    "scraper.crawl.middlewares.addresses.PrivateAddressMiddleware": 40,
    # Scrapy's lets through unchecked the requests that wait for robots.txt after the
    # first one (scraper/crawl/middlewares/robots.py)
    "scraper.crawl.middlewares.robots.StrictRobotsTxtMiddleware": 100,
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "scraper.crawl.middlewares.retry.BackoffRetryMiddleware": 550,
    "scraper.crawl.middlewares.compression.SizeLimitedCompressionMiddleware": 590,
    "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware": None,
    "scraper.crawl.middlewares.redirect.SafeRedirectMiddleware": 600,
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
}
# a chain of redirects ends after 5 hops (default 20); a loop ends at its first repeat
REDIRECT_MAX_TIMES = 5

SPIDER_MIDDLEWARES = {
    # a sitemap the parser stopped reading part way (cut short, an entity bomb) is logged
    "scraper.crawl.middlewares.sitemap.SitemapCheckMiddleware": 60,
}
# Records carry text only; -s BODY_HTML=1 adds body_html to each news record: the body
# region's HTML through an allowlist sanitizer (no scripts, event handlers, styles or
# javascript: URLs; scraper/sanitize.py).  Off, the key is not in the record at all.
BODY_HTML = False

# No remote control of a running crawl: the telnet console is off, and so is Scrapy's
# remote-control HTTP server (2.19, on by default: it runs any Python code sent to it
# with the token it writes to a job file in the user's home).
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
EXTENSIONS = {
    "scrapy.extensions.telnet.TelnetConsole": None,
    "scraper.crawl.extensions.progress.Progress": 500,
    "scraper.crawl.extensions.state.CrawlStateExtension": 600,
    # each run its own file; the dataset rebuilt by merge when the spider closes
    "scraper.crawl.extensions.outputs.RunOutputs": 700,
    # Spidermon, running the monitors (scraper/crawl/monitors.py); an extension, so it
    # runs on spider_closed before the report pipeline, which records their outcome
    "scraper.crawl.extensions.monitoring.Monitoring": 800,
}
# A crawler of a web site has no business reading local files or data: URLs.
DOWNLOAD_HANDLERS = {"file": None, "data": None, "s3": None, "ftp": None}

# The HTTP cache is there for development: -s HTTPCACHE_ENABLED=1
HTTPCACHE_ENABLED = False
HTTPCACHE_DIR = "httpcache"
HTTPCACHE_IGNORE_HTTP_CODES = [429, 500, 502, 503, 504]

# 404 and 410 reach the spider, which counts and logs them with their URL.
HTTPERROR_ALLOWED_CODES = [404, 410]

# One job each, in this order; a record dropped by one never reaches the next.
ITEM_PIPELINES = {
    "pipelines.normalize.NormalizePipeline": 100,
    "pipelines.validate.ValidatePipeline": 200,
    "pipelines.dedupe.DedupePipeline": 300,
    "pipelines.write.WritePipeline": 400,
    "pipelines.report.ReportPipeline": 500,
}

FEED_EXPORT_ENCODING = "utf-8"
# a progress line every 30 s (default 60 s)
LOGSTATS_INTERVAL = 30.0
PROGRESS_INTERVAL = 30.0
# where the progress goes: "log" (a line in the log every PROGRESS_INTERVAL), "terminal"
# (osce-scraper crawl, whose log goes to a file: a live bar on a terminal, else a plain
# line on standard error every PROGRESS_INTERVAL), "off"
PROGRESS_DISPLAY = "log"
# a few lines on standard output when the crawl ends (scraper/crawl/summary.py)
OSCE_SUMMARY = True
# the crawl command checks that each start URL's host answers before Scrapy starts
OSCE_PREFLIGHT = True
# when every start URL is on this machine (127.0.0.1, localhost: the offline copy),
# the crawl command drops DOWNLOAD_DELAY and AutoThrottle and logs so; a -s value wins
OSCE_LOOPBACK_FAST = True

# Output (pipelines): the dataset, rejects and run reports go here.
OUTPUT_DIR = "data"

# Each run's records, a file inside OUTPUT_DIR of their own; {spider}, {run_id} and
# {worker} (OSCE_WORKER_ID) are filled in (distributed mode: one per worker and run).
OUTPUT_FILE = "{spider}-{run_id}.jsonl"
# The dataset: rebuilt when a run ends by merging every run's file (newest version of
# each page wins; scraper/crawl/extensions/outputs.py), never appended to.  Empty: no
# merge.  A distributed crawl merges once its workers are done (crawl-distributed).
OUTPUT_DATASET = "{spider}.jsonl"
# Records that break schema/*.schema.json, each with the record and every reason.
OUTPUT_REJECTS_FILE = "rejects.jsonl"
# Each record reaches the OS as it is written, which survives kill -9; fsync per
# record also survives a power cut but costs a disk flush each (see pipelines/jsonl.py).
OUTPUT_FSYNC = False
# The run's id, used for OUTPUT_DIR/runs/<id>.json; osce-scraper crawl sets it,
# empty means the run's start time (plain scrapy crawl).
OSCE_RUN_ID = ""
# Monitoring (Spidermon, scraper/crawl/monitors.py): the suites run when the spider
# closes; a failed monitor is the alarm (exit status 3, "alarm" in the run report).
SPIDERMON_ENABLED = True
SPIDERMON_SPIDER_CLOSE_MONITORS = ["scraper.crawl.monitors.CrawlMonitors"]
SPIDERMON_EXPECTED_FINISH_REASONS = ["finished", "closespider_itemcount",
                                     "closespider_pagecount"]
# Field coverage: the least share of written records that must have each field.  Set
# well below what healthy pages give (the 22 news fixtures have every field, but
# issued_on is missing on 2 old pages), so that only a real drop, such as a redesign
# hiding a label, fires it; fields_of_work is an editor's tag and the loosest.  Tune
# from the coverage in data/runs/ of real crawls.  A field left out is not watched;
# -s OSCE_COVERAGE_THRESHOLDS='{"title": 0.95}' replaces the whole table.
OSCE_COVERAGE_THRESHOLDS = {
    "title": 0.95,
    "issued_on": 0.80,
    "issued_by": 0.80,
    "fields_of_work": 0.50,
    "body": 0.90,
}
# Listing pages that may give no entries before the alarm (a newsroom redesign gives
# a listing page without entries, in every mode)
OSCE_MONITOR_EMPTY_LISTINGS_MAX = 0
# An incremental run's few new records are too small a sample for shares (2 of 3 with
# a date is 67%): coverage is measured from this many records on; a full crawl is
# always measured (none at all is the redesign the alarm is for)
OSCE_MONITOR_COVERAGE_MIN_RECORDS = 20
# A full crawl that writes fewer records than the median of the last
# OSCE_MONITOR_HISTORY comparable runs (same spider, mode and start URLs; their
# reports in OUTPUT_DIR/runs/) by more than this share raises the alarm
OSCE_MONITOR_MAX_DROP = 0.5
OSCE_MONITOR_HISTORY = 5
# The most each kind of failure may take of the pages tried (scraper/crawl/stats.py);
# kinds left out are not watched (robots.txt and off-site links are by design)
OSCE_MONITOR_FAILURE_RATIOS = {
    "timeout": 0.10,
    "connection_error": 0.10,
    "http_5xx": 0.10,
    "http_4xx": 0.20,
    "size_limit": 0.05,
    "redirect_loop": 0.05,
    "not_html": 0.10,
    "other": 0.05,
}
# A run that tried fewer pages is judged as if it had tried this many, so that a
# daily run of a few pages does not fail on one broken link (1 of 4 is 25%)
OSCE_MONITOR_FAILURE_MIN_PAGES = 10
# Notifications: Spidermon actions run when a monitor failed, e.g.
# ["spidermon.contrib.actions.slack.notifiers.SendSlackMessageSpiderFinished"] with
# its SPIDERMON_SLACK_* settings (README, "Monitoring"), or
# ["scraper.crawl.monitors.AlertFile"] with OSCE_ALERT_FILE
OSCE_MONITOR_ACTIONS: list[str] = []
OSCE_ALERT_FILE = ""

# Crawl state (scraper/state.py): what was written, so incremental runs fetch only
# what is new and a re-run after a crash finishes the job.  SQLite in STATE_DIR;
# with STATE_REDIS_URL set, shared through Redis by every worker instead.
STATE_ENABLED = True
STATE_DIR = "state"
STATE_REDIS_URL = ""
STATE_REDIS_PREFIX = "osce"
# STATE_DIR/<name>.sqlite (Redis: <prefix>:<name>); the history spider sets "history"
STATE_NAME = "crawl"

# WARC archive of every response (spiders/archive.py), off unless asked for
# (make crawl turns it on): the raw pages let a parser fix rebuild the past.
WARC_ENABLED = False
WARC_DIR = "archive"
WARC_MAX_SIZE = 100 * 1024 * 1024   # rotate to a new file past 100 MiB

# Distributed crawl (spiders/distributed.py; README, "Several workers, several
# machines"): -s OSCE_DISTRIBUTED=1 -s REDIS_URL=redis://host:6379/0 makes this process
# one worker of a crawl shared through scrapy-redis's queue and duplicate filter, with
# the crawl state in the same Redis.  The add-on does nothing while it is off.
ADDONS = {"scraper.crawl.distributed.addon.DistributedAddon": 0}
OSCE_DISTRIBUTED = False
REDIS_URL = ""
OSCE_REDIS_PREFIX = "osce"     # keys <prefix>:<spider>:requests, :dupefilter, :seed, …
OSCE_WORKER_ID = ""            # {worker} in file names; empty: <host name>-<process id>
# A worker closes once it has had nothing to do, with the shared queue empty, for this
# long (scrapy-redis's setting; its default 0 idles for ever).  Longer than the slowest
# listing page takes, or a worker leaves while another still feeds the queue (the crawl
# still completes, with fewer hands).
MAX_IDLE_TIME_BEFORE_CLOSE = 30
# how often an idle worker asks the shared queue again (Scrapy's engine: every 5 s)
OSCE_REDIS_POLL_INTERVAL = 0.1
