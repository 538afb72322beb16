import pytest
from dev_helpers import Collector

from station.devices.sim.bench import SimBench


@pytest.fixture
def collector():
    return Collector()


@pytest.fixture
def bench():
    b = SimBench()
    yield b
    b.close()
