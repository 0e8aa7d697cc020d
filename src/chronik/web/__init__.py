"""chronik's web UI and HTTP API (``chronik serve``); see :func:`chronik.web.app.create_app`."""

from chronik.web.app import create_app

__all__ = ["create_app"]
