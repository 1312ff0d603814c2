"""A one-line progress bar for the command line, drawn on stderr only when it is a terminal.

Small on purpose (no runtime dependency for a bar): progress is counted in bytes of input, the
one measure known before the work starts for text files and large JSONL files alike.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from typing import TextIO

__all__ = ["Progress"]

_REDRAW_EVERY = 0.1  # seconds; a faster redraw costs more than it shows


def _size(count: float) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if count < 1000 or unit == "GB":
            return f"{count:.0f} {unit}" if unit == "B" else f"{count:.1f} {unit}"
        count /= 1000
    raise AssertionError("unreachable")


def _duration(seconds: float) -> str:
    minutes, seconds = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


class Progress:
    """Documents done and bytes read, with a bar and time left when the total is known.

    Args:
        stream: where to draw (stderr).
        total: bytes of input expected, or ``None`` when unknown (standard input).
        enabled: draw at all; when false every method does nothing.
        clock: seconds, for tests.
    """

    def __init__(
        self,
        stream: TextIO,
        total: int | None,
        *,
        enabled: bool,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream
        self.total = total
        self.enabled = enabled
        self.clock = clock
        self.documents = 0
        self.done = 0
        self.started = clock()
        self._drawn_at: float | None = None
        self._shown = False

    def advance(self, size: int, documents: int = 1) -> None:
        """Count ``documents`` more as done, covering ``size`` bytes of input."""
        self.documents += documents
        self.done += size
        if self.enabled:
            now = self.clock()
            if self._drawn_at is None or now - self._drawn_at >= _REDRAW_EVERY:
                self._draw(now)

    def line(self) -> str:
        """The text of the bar as it stands, fitted to the terminal's width."""
        width = min(shutil.get_terminal_size((80, 24)).columns, 100) - 1
        elapsed = self.clock() - self.started
        count = f"{self.documents} document{'s' if self.documents != 1 else ''}"
        if not self.total:
            return f"quotekit  {count}  {_size(self.done)}  {_duration(elapsed)}"[:width]
        fraction = min(self.done / self.total, 1.0)
        left = elapsed * (1 - fraction) / fraction if fraction > 0 else None
        tail = f" {fraction:4.0%}  {count}  " + (
            f"{_duration(left)} left" if left is not None else "--:-- left"
        )
        room = max(width - len("quotekit  []") - len(tail), 10)
        filled = int(room * fraction)
        bar = "=" * filled + (">" if filled < room else "") + " " * max(room - filled - 1, 0)
        return f"quotekit  [{bar}]{tail}"[:width]

    def _draw(self, now: float) -> None:
        self.stream.write("\r\x1b[K" + self.line())
        self.stream.flush()
        self._drawn_at = now
        self._shown = True

    def note(self, message: str) -> None:
        """Write ``message`` on a line of its own, keeping the bar below it."""
        if self._shown:
            self.stream.write("\r\x1b[K")
        self.stream.write(message + "\n")
        if self._shown:
            self._draw(self.clock())
        self.stream.flush()

    def close(self) -> None:
        """Wipe the bar, leaving the terminal as it was."""
        if self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False
