"""Knowledge as data: actors, agreements and places, loaded from cited YAML/TSV files."""

from ceasewatch.knowledge.actors import ActorKB, load_actors

__all__ = ["ActorKB", "load_actors"]
