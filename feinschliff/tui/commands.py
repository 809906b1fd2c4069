"""Command palette (ctrl+p): jump to a segment by number or words, or search for a term.
The editor's own actions come from ``ReviewApp.get_system_commands``."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

MAX_TEXT_HITS = 40


def _preview(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class SegmentCommands(Provider):
    def _review_screen(self):
        from .screens.review import ReviewScreen

        return self.screen if isinstance(self.screen, ReviewScreen) else None

    async def discover(self) -> Hits:
        screen = self._review_screen()
        if screen is None:
            return
        for state in screen.review.segments:
            if state.state == "open":
                yield DiscoveryHit(f"Go to segment {state.index + 1} (first with open issues)",
                                   partial(screen.jump_to_segment, state.index), help=_preview(state.text))
                return

    async def search(self, query: str) -> Hits:
        screen = self._review_screen()
        if screen is None or not query.strip():
            return
        states = screen.review.segments
        wanted = query.strip()
        number = wanted.removeprefix("#")
        if number.isdigit() and 1 <= int(number) <= len(states):
            state = states[int(number) - 1]
            yield Hit(1.0, f"Go to segment {number}", partial(screen.jump_to_segment, state.index),
                      help=_preview(state.text))
        yield Hit(0.9, f"Search segments for “{wanted}”", partial(screen.apply_search, wanted),
                  help="shows only segments whose text, re-translation or source contain it")
        matcher = self.matcher(query)
        needle = wanted.casefold()
        hits = 0
        for state in states:
            if hits >= MAX_TEXT_HITS:
                break
            if needle not in state.text.casefold():
                continue
            title = f"Segment {state.index + 1}: {_preview(state.text)}"
            score = matcher.match(title)
            if score > 0:
                hits += 1
                yield Hit(score * 0.8, matcher.highlight(title), partial(screen.jump_to_segment, state.index))
