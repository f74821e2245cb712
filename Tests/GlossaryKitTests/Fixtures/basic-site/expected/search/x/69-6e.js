__glossarySearchShard("x/69-6e",[["interface",[2]]]);
