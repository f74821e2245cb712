__glossarySearchShard("x/69-74",[["its",[1]]]);
