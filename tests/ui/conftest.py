from __future__ import annotations

import pytest

from station.app import StationApp, apply_look
from station.paths import resolve_paths
from station.settings import LANGUAGE, Settings
from station.ui import i18n_build


@pytest.fixture(scope="session", autouse=True)
def compiled_translations():
    i18n_build.build()


@pytest.fixture
def station_app(qapp, station_home):
    paths = resolve_paths(str(station_home)).ensure()
    settings = Settings(paths.settings_file)
    settings.set(LANGUAGE, "zh_CN")
    apply_look(qapp, settings)
    app = StationApp(qapp, paths, settings, training=False)
    app.open_storage()
    yield app
    if app.window is not None:
        app.window.close()
    app.close()
