"""Importers: turn files that schools and the government hand us into plain data.

Each importer is a pure parser (bytes in, dataclasses out) so it can be tested without a
database or Qt; the services in ``wishdesk.core.services`` write the result in one transaction.

- ``class_list``: class lists from CSV / XLSX (``read_table``, ``plan_import``, ``format_report``).
"""
