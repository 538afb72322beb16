"""Serial device layer: pure frame parsers/encoders, port workers, the device manager, profiles and
the in-process simulators behind the ``sim://`` pyserial URL handler. No Qt here.

The UI and services see only the Protocols in ``station.domain.ports_devices``; ``station.app`` builds a
``station.devices.manager.DeviceManager`` and hands out its handles.
"""
