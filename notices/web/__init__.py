"""The public site: pages, feeds and API over the register; it reads and never writes."""
