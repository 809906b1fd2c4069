"""Feinschliff's domain code, one package per stage: formats → segment → translate → align →
scoring → checks → review → export. Entry point: ``pipeline.check_document`` runs the stages."""
