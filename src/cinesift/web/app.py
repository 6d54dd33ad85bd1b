"""The web app: films list, film reports and the pages that could not be analysed, each as HTML
or, with a `.json` suffix, as JSON."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from http import HTTPStatus
from socketserver import ThreadingMixIn
from typing import Any
from urllib.parse import unquote
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from cinesift.errors import CineSiftError, NotFoundError
from cinesift.settings import Options

StartResponse = Callable[[str, list[tuple[str, str]]], Any]


def films_context(db_path: str) -> dict[str, Any]:
    from cinesift.store import Store

    with Store(db_path) as store:
        rows = store.films()
        errors = len(store.errors())
    return {
        "films": [{**f.to_dict(), "url": f"/film/{f.key}"} for f in rows],
        "pages_with_errors": errors,
    }


def errors_context(db_path: str) -> dict[str, Any]:
    from cinesift.store import Store

    with Store(db_path) as store:
        return {"errors": store.errors()}


def film_context(db_path: str, key: str, options: Options) -> dict[str, Any]:
    from cinesift.aggregate import build_verdict
    from cinesift.report import report_context
    from cinesift.store import Store

    with Store(db_path) as store:
        row = store.film(key)
        return report_context(build_verdict(store, row, options))


def create_app(db_path: str, options: Options | None = None) -> Callable[..., Iterable[bytes]]:
    """A WSGI application over one CineSift database."""
    options = options or Options(db_path=db_path)

    def app(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        path = unquote(environ.get("PATH_INFO", "/")) or "/"
        as_json = path.endswith(".json")
        if as_json:
            path = path[: -len(".json")] or "/"
        try:
            if environ.get("REQUEST_METHOD", "GET") not in ("GET", "HEAD"):
                return _send(start_response, HTTPStatus.METHOD_NOT_ALLOWED, as_json, "GET only")
            if path in ("/", "/films"):
                context = films_context(db_path)
                body = _json(context) if as_json else _render("films.html", context)
            elif path == "/errors":
                context = errors_context(db_path)
                body = _json(context) if as_json else _render("errors.html", context)
            elif path.startswith("/film/"):
                context = film_context(db_path, path[len("/film/") :], options)
                if as_json:
                    body = _json(context)
                else:
                    from cinesift.report import render_html

                    body = render_html(context)
            else:
                raise NotFoundError(f"no page at {path}")
        except CineSiftError as exc:
            return _send(start_response, HTTPStatus(exc.http_status), as_json, str(exc))
        content_type = "application/json" if as_json else "text/html; charset=utf-8"
        data = body.encode("utf-8")
        start_response("200 OK", _headers(content_type, len(data)))
        return [data]

    return app


def _headers(content_type: str, length: int) -> list[tuple[str, str]]:
    return [
        ("Content-Type", content_type),
        ("Content-Length", str(length)),
        ("X-Content-Type-Options", "nosniff"),
        ("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:"),
    ]


def _json(context: dict[str, Any]) -> str:
    return json.dumps(context, ensure_ascii=False, indent=2)


def _send(start: StartResponse, status: HTTPStatus, as_json: bool, message: str) -> list[bytes]:
    if as_json:
        body = _json({"error": message, "status": status.value})
        content_type = "application/json"
    else:
        body = _render(
            "error.html", {"status": status.value, "phrase": status.phrase, "message": message}
        )
        content_type = "text/html; charset=utf-8"
    data = body.encode("utf-8")
    start(f"{status.value} {status.phrase}", _headers(content_type, len(data)))
    return [data]


def _render(template: str, context: dict[str, Any]) -> str:
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(
        loader=PackageLoader("cinesift", "web/templates"),
        autoescape=select_autoescape(default=True),
    )
    return env.get_template(template).render(**context)


class ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    """One thread per connection: browsers keep idle spare connections open, and a
    one-at-a-time server would stall every other client behind them."""

    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def make_app_server(
    db_path: str, host: str = "127.0.0.1", port: int = 8750, quiet: bool = False
) -> WSGIServer:
    """A threading WSGI server for the app (port 0 picks a free port)."""
    return make_server(
        host,
        port,
        create_app(db_path),
        server_class=ThreadingWSGIServer,
        handler_class=_QuietHandler if quiet else WSGIRequestHandler,
    )


def serve(db_path: str, host: str = "127.0.0.1", port: int = 8750) -> None:
    """Serve the app until interrupted (for one user or a small team on one machine)."""
    with make_app_server(db_path, host, port) as server:
        print(f"CineSift on http://{host}:{server.server_port}/  (Ctrl-C to stop)")
        server.serve_forever()
