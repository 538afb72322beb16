"""Village Station (村站): the counter program and its township hub."""

__version__ = "0.1.0"
