"""Icons, style sheets and translations; installed as ``faceid_console.resources``."""
