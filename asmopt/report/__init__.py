"""Reports over results files: the paper's metrics and our stricter ones."""
