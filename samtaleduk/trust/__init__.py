"""Keys, recovery, re-keying, the audit log, deletion and retention."""
