"""Step 5 - read: what a PDF page shows, as a layout model, and what it says, as a plan.

In: a PDF that ``iwp`` did not make (a fillable form, another EN's template, a scan read by
OCR). Out: a :class:`~iwp.read.model.ReadPlan`, the (partial) plan the pages hold, in the
keys of the plan format, with the evidence for every value (page, place, label, how sure).
The check step judges that plan with the same rule pack as a YAML file.
"""
