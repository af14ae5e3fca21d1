"""The urllib package: only urllib.parse is here (no urllib.request, urllib.error, urllib.robotparser)."""
