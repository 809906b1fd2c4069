"""A text area that paints flagged spans by category while the editor types."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import TextArea

from ...core.model import Issue

CATEGORY_COMPONENTS = {
    "terminology": "flagged-text--terminology",
    "accuracy": "flagged-text--accuracy",
    "fluency": "flagged-text--fluency",
    "locale-convention": "flagged-text--locale",
    "style": "flagged-text--style",
}


class FlaggedTextArea(TextArea):
    COMPONENT_CLASSES = TextArea.COMPONENT_CLASSES | {f"flagged-text--{n}" for n in
                                                      ("terminology", "accuracy", "fluency", "locale", "style")}

    def __init__(self, text: str, **kwargs) -> None:
        super().__init__(text, soft_wrap=True, show_line_numbers=False, **kwargs)
        self._issues: list[Issue] = []
        self._flagged_text = ""

    def flag(self, text: str, issues: list[Issue]) -> None:
        """Show ``issues`` (found in ``text``); ignored if the text has changed since."""
        if text != self.text:
            return
        self._issues = [i for i in issues if i.end > i.start and not (i.start == 0 and i.end == len(text))]
        self._flagged_text = text
        self.refresh()

    @property
    def flagged(self) -> list[Issue]:
        return list(self._issues)

    def get_line(self, line_index: int) -> Text:
        line = super().get_line(line_index)
        if not self._issues or self._flagged_text != self.text:
            return line
        starts = self._line_starts()
        line_start = starts[line_index]
        line_end = line_start + len(line.plain)
        for issue in self._issues:
            start, end = max(issue.start, line_start), min(issue.end, line_end)
            if start < end:
                name = CATEGORY_COMPONENTS.get(issue.category.value, "flagged-text--terminology")
                line.stylize(self.get_component_rich_style(name, partial=True), start - line_start, end - line_start)
        return line

    def _line_starts(self) -> list[int]:
        starts, total = [0], 0
        for line in self.text.split("\n")[:-1]:
            total += len(line) + 1
            starts.append(total)
        return starts
