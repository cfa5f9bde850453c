"""The engine: finds files, runs frontends, runs the rules of the catalogue, collects findings."""
