"""Layer 2: the framework's records, the Framework that holds them, and the framework file format."""
