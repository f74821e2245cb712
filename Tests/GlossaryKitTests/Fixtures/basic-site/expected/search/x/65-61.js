__glossarySearchShard("x/65-61",[["each",[1]]]);
