__glossarySearchShard("n/65-63",[["école",[3,1]]]);
