"""Steps 1-2 - plan: a YAML/JSON plan file in, a validated ``Plan`` or ``Amendment`` and its findings out.

``load`` reads files and case-management exports safely with the place of every value,
``models`` is the plan format, ``rules`` the compliance rule pack and ``validate`` runs both.
"""
