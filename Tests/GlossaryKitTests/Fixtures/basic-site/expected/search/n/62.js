__glossarySearchShard("n/62",[["b",[2,129]]]);
