"""A shim for ``scrapyd-deploy``, which builds its egg with ``python setup.py bdist_egg``.

Everything (name, version, packages, package data, the ``scrapy`` entry point that
tells Scrapyd where the settings are) is in pyproject.toml.  Without this file
scrapyd-deploy would write its own setup.py here, with a made-up name and
``find_packages()``, which misses schema/ and the package data.
"""

from setuptools import setup

setup()
