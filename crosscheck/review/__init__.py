"""The review workbench: users, reviewers' decisions on clusters, and the web UI (``crosscheck serve``).

Heavy imports (Starlette, Jinja2, uvicorn, argon2) stay inside the modules that need them, so the CLI
starts at once."""
