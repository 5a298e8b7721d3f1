"""Qt Linguist sources (.ts) for zh_CN and en; compiled to .qm at run time."""
