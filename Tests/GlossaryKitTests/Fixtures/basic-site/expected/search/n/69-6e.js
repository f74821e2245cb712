__glossarySearchShard("n/69-6e",[["interface",[1,133]]]);
