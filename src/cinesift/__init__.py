"""CineSift: film reviews from the web in, a trustworthy film verdict out."""

from cinesift.errors import CineSiftError
from cinesift.model import Comment, FilmRef, Page, Review, Score, Span
from cinesift.settings import Options

__all__ = ["CineSiftError", "Comment", "FilmRef", "Options", "Page", "Review", "Score", "Span"]
__version__ = "0.1.0"
