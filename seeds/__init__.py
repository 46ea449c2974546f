"""The bundled sample article and its glossary."""
