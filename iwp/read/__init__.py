"""Step 5 - read: any PDF in; what its pages show and what plan they hold out.

``parse`` reads a PDF leniently and with bounded work from the best source it holds (the
plan ``iwp render`` embeds, form fields, the text layer, or page images through ``ocr``),
with ``pdfread`` and ``pyhanko_reader`` as the small fast paths into pypdf and pyHanko.
For a PDF that ``iwp`` did not make, the layout model turns each page into words with
real boxes, ruling lines, boxes and check marks, and the reader pairs labels with values
into a :class:`~iwp.read.model.ReadPlan`: the (partial) plan in the keys of the plan
format, with the evidence for every value. The check step judges that plan with the same
rule pack as a YAML file.
"""
