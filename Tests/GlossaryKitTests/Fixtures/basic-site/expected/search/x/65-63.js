__glossarySearchShard("x/65-63",[["école",[3]]]);
