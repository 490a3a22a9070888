"""Read back what a built index.html shows: policy-table cells, images, links, figure ids."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Facts:
    cells: dict[str, dict[str, tuple[str, str]]] = field(default_factory=dict)  # policy -> col -> (value, text)
    images: list[str] = field(default_factory=list)  # img src
    links: list[str] = field(default_factory=list)  # a href
    figures: list[str] = field(default_factory=list)  # figure ids
    tags: set[str] = field(default_factory=set)
    text: str = ""


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.facts = Facts()
        self.in_policies = False
        self.row_name: str | None = None
        self.cell: tuple[str, str] | None = None  # (col, value) of the open td
        self.capture: list[str] | None = None
        self.texts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.facts.tags.add(tag)
        if tag == "table":
            self.in_policies = "policies" in (a.get("class") or "")
        elif tag == "img":
            self.facts.images.append(a.get("src") or "")
        elif tag == "a":
            self.facts.links.append(a.get("href") or "")
        elif tag == "figure":
            self.facts.figures.append(a.get("id") or "")
        elif self.in_policies and tag == "th" and "name" in (a.get("class") or ""):
            self.capture = []
        elif self.in_policies and tag == "td" and self.row_name is not None:
            self.cell = (a.get("data-col") or "", a.get("data-value") or "")
            self.capture = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self.in_policies = False
        elif self.in_policies and tag == "th" and self.capture is not None:
            name = "".join(self.capture).strip()
            if name != "policy":  # the header cell
                self.row_name = name
                self.facts.cells[name] = {}
            self.capture = None
        elif self.in_policies and tag == "td" and self.cell is not None and self.capture is not None:
            assert self.row_name is not None
            self.facts.cells[self.row_name][self.cell[0]] = (self.cell[1], "".join(self.capture).strip())
            self.cell, self.capture = None, None

    def handle_data(self, data: str) -> None:
        self.texts.append(data)
        if self.capture is not None:
            self.capture.append(data)


def read(html_text: str) -> Facts:
    p = _Parser()
    p.feed(html_text)
    p.close()
    p.facts.text = "".join(p.texts)
    return p.facts
