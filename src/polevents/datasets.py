"""Datasets that ship with polevents.

>>> from polevents.datasets import twitter_space_2022
>>> case = twitter_space_2022()
>>> [event.title for event in case.events]
["Imran Khan's Twitter Space", 'PTI rally at Minar-e-Pakistan', 'Imported Hakumat Na-Manzoor']
"""

from __future__ import annotations

import functools
import importlib.resources

from polevents.io import Dataset, loads

__all__ = ["DATA_FILES", "twitter_space_2022"]

#: The files behind each bundled dataset, inside the package.
DATA_FILES = {"twitter_space_2022": "data/twitter_space_2022.json"}


def _read(name: str) -> str:
    return importlib.resources.files("polevents").joinpath(DATA_FILES[name]).read_text("utf-8")


@functools.cache
def twitter_space_2022() -> Dataset:
    """Imran Khan's Twitter Space of 20 April 2022, the next day's rally, and the notices.

    Built from two reports: The Express Tribune (21 April 2022) and a news blog
    that names no publisher. Every figure is a claim citing its report with
    the report's own words; the reports' conflicts (the K-pop record is
    "almost 44,000" in one and "over 44,000" in the other) are kept side by
    side. Facts from outside the reports: Imran Khan took office as Prime
    Minister on 18 August 2018; Twitter Spaces opened to the public in late
    2020 (the earliest the K-pop record can have been set).
    """
    return loads(
        _read("twitter_space_2022"), source=f"polevents/{DATA_FILES['twitter_space_2022']}"
    )
