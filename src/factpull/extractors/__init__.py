"""One module per kind of fact; each has ``extract(doc, *, ...) -> Iterator[record]``.

Named ``extractors`` so that it never shadows the public function ``factpull.extract``.
"""
