__glossarySearchShard("x/65",[["e",[3]]]);
