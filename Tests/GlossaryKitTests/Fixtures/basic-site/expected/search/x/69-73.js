__glossarySearchShard("x/69-73",[["is","S"]]);
