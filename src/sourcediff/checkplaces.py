"""Where each piece of a finding's evidence sits: the source's outlet, file path, line and column.

Reports hold offsets into each source's extracted text; a person (and SARIF's
``relatedLocations``) needs the file's line and column, which only the file's
own text gives. The CLI reads the files; this module only maps offsets.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from sourcediff.diffinput import FileMap
from sourcediff.model import Report

if TYPE_CHECKING:
    from sourcediff.check import Evidence


class SourcePlaces:
    """Outlet, path and file line of each piece of evidence; one file map per source, built once."""

    def __init__(self, report: Report, files: Mapping[str, str]) -> None:
        self.report = report
        self.files = files
        self.maps: dict[str, FileMap] = {}

    def place(self, e: Evidence) -> Evidence:
        try:
            article = self.report.source(e.source).article
        except KeyError:
            return e
        location = None
        if e.span is not None and e.source in self.files:
            if e.source not in self.maps:
                self.maps[e.source] = FileMap.build(self.files[e.source], article.text)
            location = self.maps[e.source].locate(e.span)
        return replace(e, outlet=article.outlet, path=article.path, location=location)
