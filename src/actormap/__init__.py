"""actormap: a sourced map of actors from conflict reporting."""

__version__ = "0.1.0"
