"""The main window's pages, built the first time they are needed (opened, or asked for by a test or wiring)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtWidgets import QStackedWidget

from .context import AppContext
from .pages.base import Page
from .pages.registry import PAGES


class LazyPages(Mapping[str, Page]):
    def __init__(self, stack: QStackedWidget) -> None:
        self._stack = stack
        self._ctx: AppContext | None = None
        self._built: dict[str, Page] = {}
        self._hooks: dict[str, list[Callable[[Page], None]]] = {}

    def attach(self, ctx: AppContext) -> None:
        self._ctx = ctx

    def built(self, key: str) -> Page | None:
        return self._built.get(key)

    def when_built(self, key: str, hook: Callable[[Page], None]) -> None:
        """Run `hook(page)` once the page exists (now, if it already does)."""
        if key in self._built:
            hook(self._built[key])
        else:
            self._hooks.setdefault(key, []).append(hook)

    def __getitem__(self, key: str) -> Page:
        if key in self._built:
            return self._built[key]
        if self._ctx is None:
            raise KeyError(f"no database yet, page {key!r} cannot be built")
        index = [spec.key for spec in PAGES].index(key)
        page = PAGES[index].create(self._ctx)
        placeholder = self._stack.widget(index)
        current = self._stack.currentIndex()
        self._stack.insertWidget(index, page)
        self._stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self._stack.setCurrentIndex(current)
        take_over = getattr(page, "take_over", None)
        if take_over is not None:  # the Vandaag page shows the rows its start-up preview already showed
            take_over(placeholder)
        self._built[key] = page
        for hook in self._hooks.pop(key, []):
            hook(page)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(spec.key for spec in PAGES)

    def __len__(self) -> int:
        return len(PAGES)
