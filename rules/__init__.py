"""The rule catalogue, shipped as data: one folder a rule (rule.yaml + check.py + examples/).

Loaded by iacreview.engine.catalogue.Catalogue.load, which imports each check.py by path.
"""
