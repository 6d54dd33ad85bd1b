"""Web: a WSGI app serving each page as HTML or JSON (`/film/x`, `/film/x.json`)."""

from cinesift.web.app import create_app

__all__ = ["create_app"]
