"""Steps 3-4 - document: a validated plan in, a signature-ready, tagged PDF/A out.

``render`` fills the HTML templates; ``pdf`` lays them out with WeasyPrint and adds the
embedded plan, the hashes (``pdfhash``) and the empty signature fields.
"""
