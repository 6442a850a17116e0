"""``crosscheck serve``: the review app under uvicorn."""

from __future__ import annotations

import os
import sys


def serve(db: str, host: str, port: int) -> None:
    """Serve until interrupted. Sessions are signed with CROSSCHECK_SESSION_SECRET if set, else with a
    key made at start (so a restart logs everyone out)."""
    import uvicorn

    from crosscheck.review.app import create_app

    app = create_app(db, os.environ.get("CROSSCHECK_SESSION_SECRET"))
    print(f"crosscheck: reviewing {db} at http://{host}:{port}/ (Ctrl-C to stop)", file=sys.stderr)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
