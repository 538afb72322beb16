"""Builds the hub's ASGI application from an engine and a config (no module-level state)."""

from __future__ import annotations

import asyncio
import contextlib

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response

from station.hub import api, db, stations
from station.sync import wire


async def _database_unavailable(_request: Request, _exc: DBAPIError) -> Response:
    # Routes outside api.endpoint (supervisor pages): a database that is down or restarting is expected,
    # so answer 503 + Retry-After quietly. An unhandled error would make uvicorn write a traceback from the
    # event loop; with stderr a pipe nobody reads, a few of those block the loop and the whole hub.
    return Response("database unavailable", status_code=503, headers={"Retry-After": "10"},
                    media_type="text/plain")


def create_app(engine: Engine, config: api.HubConfig | None = None, migrate: bool = True) -> Starlette:
    config = config or api.HubConfig()
    if migrate:
        db.upgrade(engine)
    key = stations.hub_key(engine)
    hub = api.HubState(engine=engine, config=config, key=key, fp=wire.key_fingerprint(wire.public_key_text(key)))
    if engine.dialect.name == "sqlite":
        config.max_concurrent_ingest = 1  # one writer at a time anyway; queue in the app, not on the lock

    @contextlib.asynccontextmanager
    async def lifespan(_app):
        hub.ingest_gate = asyncio.Semaphore(config.max_concurrent_ingest)
        yield

    from station.hub import admin

    app = Starlette(routes=[*api.routes, *admin.routes], lifespan=lifespan,
                    exception_handlers={DBAPIError: _database_unavailable})
    app.state.hub = hub
    hub.ingest_gate = asyncio.Semaphore(config.max_concurrent_ingest)
    return app
