"""The exceptions ``iwp`` raises. The command line catches only :class:`IwpError`.

Third-party failures are wrapped at the boundary (``raise LoadError(...) from e``) with the
file and the place named, so a user always sees one line that says what to fix.
"""

from __future__ import annotations


class IwpError(Exception):
    """Raised when ``iwp`` cannot do what was asked; the root of every error here."""

    exit_code = 2


class LoadError(IwpError):
    """Raised when a plan file cannot be read or parsed into a mapping.

    ``line`` and ``column`` are 1-based and point at the problem when it is known.
    """

    def __init__(self, path: str, message: str, line: int | None = None,
                 column: int | None = None, code: str = "IWP001") -> None:
        self.path = path
        self.message = message
        self.line = line
        self.column = column
        self.code = code
        where = path if line is None else f"{path}:{line}:{column or 1}"
        super().__init__(f"{where}: {message}")


class UsageError(IwpError):
    """Raised when the arguments given to a command or function do not make sense."""


class OutputError(IwpError):
    """Raised when an output file cannot be written (permissions, disk full, would overwrite an input)."""


class RenderError(IwpError):
    """Raised when a plan cannot be turned into a PDF."""


class PdfReadError(IwpError):
    """Raised when a PDF cannot be read at all (not a PDF, damaged beyond repair, encrypted)."""
