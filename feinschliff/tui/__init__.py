"""The review editor (``feinschliff review``): a Textual app over ``core.review`` (``ReviewSession``)."""
